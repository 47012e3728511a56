"""Text from files and addresses shown in Streamlit's Markdown, shown as written and never read as markup.

``st.markdown``, ``st.caption``, ``st.warning``, ``st.subheader``… render Markdown (with
LaTeX between ``$``, coloured text ``:red[…]``, images ``![](…)``), and with
``unsafe_allow_html`` HTML too. :func:`html.escape` stops only the HTML: an outlet name, a
place name, an ACLED export's location or a URL's ``?event=`` holding ``![x](https://…)``
would still load an image from another machine (the app makes no request off the machine),
``[log in](https://…)`` would be a link, ``# …`` a heading. :func:`md_safe` writes every
sign Markdown reads as a numeric character reference: Markdown shows the character itself.

HTML given to ``st.markdown(…, unsafe_allow_html=True)`` is read as raw HTML only up to a blank
line (a block opened by ``<style>``: up to its line's end), and Markdown again after it: a place
name, outlet or sentence holding a blank line (a quoted CSV cell, a TOML ``\n``) would end the
block and its ``![x](https://…)`` load an image. :func:`html_block` writes every line break of
such HTML as a character reference, so it stays one block.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote, urlencode

#: Signs of Markdown, Streamlit's extensions (LaTeX, directives, emoji) and HTML.
_SIGNS = "\\`*_{}[]()<>#+-.!|~$:=&\"'"
_TABLE = {ord(c): f"&#{ord(c)};" for c in _SIGNS} | {ord("\n"): " ", ord("\r"): " "}


def md_safe(value: Any) -> str:
    """``value`` as text for a Markdown sink (with or without ``unsafe_allow_html``): shown as
    written on one line, never a link, image, heading, formula or tag."""
    return str(value).translate(_TABLE)


#: Line endings in CommonMark's sense, as HTML character references (white space to the browser).
_BREAKS = {ord("\n"): "&#10;", ord("\r"): "&#13;"}


def html_block(markup: str) -> str:
    """``markup`` (HTML whose text is escaped) as one line for ``st.markdown(…, unsafe_allow_html=True)``.

    Parameters
    ----------
    markup : str
        HTML opening with a block tag (``<div``, ``<table``, ``<style>``…) and holding no
        ``<pre>``, ``<script>`` or style text that a line break would change.

    Returns
    -------
    str
        The same HTML with each LF and CR written ``&#10;`` / ``&#13;``: the browser reads the
        same white space, Markdown sees one line, so a blank line in the data never ends the block.
    """
    return markup.translate(_BREAKS)


def query_link(**params: str) -> str:
    """A link to a view of the app, ``?view=Map&event=ID``, every value percent-encoded.

    An event or article id comes from a file name, which may hold spaces, brackets, ``+`` and
    any script: written as it is, a space or bracket ends a Markdown link (it showed as text) and
    a ``+`` reads as a space (the event was not found). Escape it with :func:`html.escape` too
    when it goes into an HTML attribute (``&``).

    Parameters
    ----------
    **params : str
        The query's parameters, in order.

    Returns
    -------
    str
    """
    return "?" + urlencode(params, quote_via=quote)


__all__ = ["html_block", "md_safe", "query_link"]
