"""Download buttons that always deliver the file (the events and zones exports).

Why downloads failed (``MediaFileStorageError`` in the log, nothing downloaded): the
buttons were given a callable, and Streamlit registers a callable under a new random id on
every script run and drops the previous run's ids when the run ends (``add_deferred`` and
``remove_orphaned_files`` in ``streamlit/runtime/media_file_manager.py``). A click that
reached the server just after a rerun asked for an id that no longer existed. Bytes, on
the other hand, are stored under a hash of their content, so a rerun that produces the same
bytes keeps the same URL alive.

So each export is made as bytes, *deterministically* (the ACLED CSV's ``timestamp`` is the
build's time, not "now"), cached per build and filter state (``st.cache_data``: a rerun
costs nothing), and the button does not rerun the app when clicked (``on_click="ignore"``).

The bytes are made only when the analyst asks for them ("Prepare …", then the download
button): made on every run, the exports cost each slider move seconds at 10k events (a
34 MB GeoJSON and a 10 MB CSV) and kept a copy per session and per filter state in the
server's memory. The session remembers only which (build, filters) key it prepared, never
the bytes; the shared cache keeps the last few files.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

import streamlit as st

#: ``st.session_state`` key: widget key -> the export key prepared in this session (small: no bytes).
PREPARED = "downloads_prepared"


@st.cache_data(max_entries=4, ttl=900, show_spinner=False)
def _bytes(kind: str, key: tuple, _make: Callable[[], bytes]) -> bytes:
    """The export ``kind`` for ``key`` (build, filters): made once, then served from the cache."""
    return _make()


def build_time(manifest: dict[str, Any]) -> dt.datetime | None:
    """The build's time (``manifest.json`` ``built_at``): the exports' fixed "generated" time."""
    try:
        return dt.datetime.fromisoformat(str(manifest["built_at"]))
    except (KeyError, ValueError):
        return None


def build_stamp(ds: Any) -> tuple:
    """What identifies a build's data (its time, fingerprint and inputs): part of every export's key."""
    m = ds.manifest
    return (m.get("built_at"), m.get("fingerprint"), hash(tuple(sorted((m.get("inputs") or {}).items()))),
            ds.store.total)


def button(container: Any, label: str, kind: str, key: tuple, make: Callable[[], bytes], file_name: str,
           mime: str, widget_key: str | None = None) -> None:
    """A download button for the bytes ``make()`` returns, identical on every rerun with ``key``.

    Until the session asks for the file under ``key`` (a "Prepare <label>" button, without the
    label's leading "Download "), only that button is shown and ``make`` is not called.

    Parameters
    ----------
    container : streamlit container (``st``, a column...)
    label : str
    kind : str
        Which export (part of the cache key).
    key : tuple
        Everything the bytes depend on (the build's stamp, the filters): hashable.
    make : callable
        Makes the bytes; must give the same bytes for the same ``key``.
    file_name, mime : str
    widget_key : str, optional
    """
    slot = widget_key or f"{kind}:{label}"
    prepared = st.session_state.get(PREPARED) or {}
    if prepared.get(slot) != key:  # not asked for with these filters (yet): offer to make it
        if not container.button(f"Prepare {label.removeprefix('Download ')}", key=f"prepare_{slot}",
                                help="Makes the file for the current filters, then offers it for download"):
            return
        st.session_state[PREPARED] = {**prepared, slot: key}
    data = _bytes(kind, key, make)
    container.download_button(label, data, file_name, mime, key=widget_key, on_click="ignore")
