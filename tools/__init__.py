"""Development-time scripts that reproduce data files from their cited sources (not run by
the app or the build). A package, so that one script imports another's helpers as
``tools.make_border``, never by a bare top-level name; each still runs as
``python tools/<name>.py``.
"""
