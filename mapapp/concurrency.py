"""Many analysts on one server: the Map view's heavy part runs for a few sessions at a time.

Every browser session of ``streamlit run app.py`` runs its script in a thread of one
process. Drawing the map (layers, st_folium's rendering) is pure Python, so under the GIL
ten sessions drawing at once take ten times as long each, and each holds its temporary
frames and strings meanwhile: the server's memory peaks at ten times one rerun's, and
the allocator keeps that peak. :func:`map_slot` lets ``QMAP_RENDER_SLOTS`` sessions
(default 2) draw at a time; the others wait their turn, so a move is served sooner on
average and the peak is bounded by the slots, not by the sessions. When the last drawer
leaves, freed memory is handed back to the system (glibc ``malloc_trim``, where there is
one), so the idle server does not keep the peak of a busy minute.

Shared read-only data (the build) is loaded once per server by ``st.cache_resource`` in
``app.py``; nothing here is per session.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import logging
import os
import threading
from collections.abc import Iterator
from contextlib import contextmanager

log = logging.getLogger(__name__)

#: Default number of sessions drawing the map at the same time.
DEFAULT_SLOTS = 2


def _slots_from_env() -> int:
    raw = os.environ.get("QMAP_RENDER_SLOTS", "")
    try:
        return max(1, int(raw)) if raw.strip() else DEFAULT_SLOTS
    except ValueError:
        log.warning("QMAP_RENDER_SLOTS=%r is not a number: using %d", raw, DEFAULT_SLOTS)
        return DEFAULT_SLOTS


SLOTS = _slots_from_env()
_slots = threading.BoundedSemaphore(SLOTS)
_count_lock = threading.Lock()
_active = 0


def _load_trim():
    name = ctypes.util.find_library("c")
    try:
        return getattr(ctypes.CDLL(name), "malloc_trim", None) if name else None
    except OSError:
        return None


_malloc_trim = _load_trim()


def active() -> int:
    """How many sessions are drawing the map now."""
    return _active


@contextmanager
def map_slot() -> Iterator[None]:
    """Hold one of the ``SLOTS`` drawing slots for the duration of the ``with`` block."""
    global _active
    _slots.acquire()
    with _count_lock:
        _active += 1
    try:
        yield
    finally:
        with _count_lock:
            _active -= 1
            last = _active == 0
        _slots.release()
        if last and _malloc_trim is not None:
            _malloc_trim(0)
