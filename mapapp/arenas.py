"""Cap glibc's malloc arenas in the app's server, so many analysts' sessions share memory.

Streamlit runs each session's script in a thread of its own. glibc gives a thread that
allocates while another does an arena of its own (up to eight per core) and each arena keeps
the peak it reached, so ten sessions moving their sliders at once left the server's peak tens
of MB above what two arenas keep (README, "Serving many analysts"). Operators had to remember
``MALLOC_ARENA_MAX=2``; the app now sets
the same cap itself (``mallopt(M_ARENA_MAX, 2)``), unless the environment already names one:
``python -m mapapp.serve`` before its server starts any thread, ``streamlit run app.py`` on the
first script run. glibc fixes its limit for good once more than eight arenas exist, and a cap set
later only stops new ones: arenas made before it stay. So under ``streamlit run`` the cap holds from
the first page on (the server then has a few threads), but not when many sessions open their first
page in the same instant (each script thread's imports make an arena first); the launcher is the
sure way. Elsewhere than glibc (macOS, musl) nothing is done.
"""

from __future__ import annotations

import ctypes
import logging
import os

log = logging.getLogger(__name__)

#: glibc's ``mallopt`` parameter number for the arena cap (``M_ARENA_MAX`` in ``malloc.h``).
M_ARENA_MAX = -8

#: The cap the server sets: what ``MALLOC_ARENA_MAX=2`` was measured with.
SERVER_ARENAS = 2

#: The environment variable glibc reads at start-up; when it is set, it wins.
ENV = "MALLOC_ARENA_MAX"

_state: dict[str, bool | None] = {"done": None}


def limit_arenas(arenas: int = SERVER_ARENAS, environ: dict[str, str] | None = None) -> bool | None:
    """Cap the process's malloc arenas at ``arenas`` (once per process; later calls return the first answer).

    Parameters
    ----------
    arenas : int
        The most arenas glibc may make from now on (arenas made before stay).
    environ : dict, optional
        The environment to look in for ``MALLOC_ARENA_MAX`` (default: ``os.environ``).

    Returns
    -------
    bool or None
        True when the cap was set; False when glibc refused it or is not the C library here;
        None when ``MALLOC_ARENA_MAX`` is set (glibc already applied the operator's value).
    """
    if _state["done"] is not None or (environ if environ is not None else os.environ).get(ENV):
        return _state["done"]
    if arenas < 1:
        raise ValueError(f"arenas must be at least 1, not {arenas}")
    try:
        libc = ctypes.CDLL(None)
        mallopt = libc.mallopt
    except (OSError, AttributeError):
        _state["done"] = False
        return False
    if not hasattr(libc, "gnu_get_libc_version"):  # glibc only: musl's mallopt does nothing
        _state["done"] = False
        return False
    mallopt.argtypes = [ctypes.c_int, ctypes.c_int]
    mallopt.restype = ctypes.c_int
    ok = mallopt(M_ARENA_MAX, arenas) == 1
    log.debug("malloc arenas capped at %d: %s", arenas, ok)
    _state["done"] = ok
    return ok
