"""Rows of columns that wrap in a narrow window, instead of cutting what they hold.

Streamlit's columns shrink with the window until it is 640 px wide, then stack: at 1000 px beside
the sidebar (about 540 px of page) the Timeline's chart column was 210 px wide (its legend cut to
"Violence against civili") and the Review page's four filters 90-150 px each ("unre", the end date
hidden). A row made with :func:`columns` gives each column a least width: when they do not all fit
on one line, the row wraps (Streamlit's column rows wrap), and a column on a line of its own takes
the line's width.

The rules are one style sheet (:data:`CSS`, which the app adds once to every page) keyed on the
rows' container keys (Streamlit's ``st-key-<key>`` class). Nothing is computed from the window
width on the server, which does not know it.
"""

from __future__ import annotations

from collections.abc import Sequence

#: Each wrapping row: its container key -> the least width (px) of each of its columns, in order.
ROWS: dict[str, tuple[int, ...]] = {
    # the Timeline's map and its per-day chart (the chart's legend and subtitle need ~300 px)
    "tl_top": (300, 300),
    # the Review page's filters: status ("unreviewed"), a date range, types, article
    "rv_filters": (150, 250, 170, 170),
    # the Map's downloads: each column holds its "Prepare …" button whole (as Chromium draws them,
    # 172, 138, 231, 169 and 184 px; "Prepare Zones of 30 Apr (GeoJSON)" with room for a wider day)
    "exports": (190, 155, 255, 185, 200),
}


def _rules(key: str, widths: Sequence[int]) -> str:
    row = f".st-key-{key} > div > [data-testid=stHorizontalBlock] > [data-testid=stColumn]"
    return "".join(f"{row}:nth-child({i}){{min-width:min(100%,{w}px)}}" for i, w in enumerate(widths, 1))


#: The style sheet of every row in :data:`ROWS` (the app adds it to its own, once a page).
CSS = "".join(_rules(key, widths) for key, widths in ROWS.items())


def columns(spec: int | Sequence[float], key: str):
    """``st.columns(spec)`` in a container keyed ``key`` (one of :data:`ROWS`): the row wraps when its
    columns' least widths do not fit the page.

    Parameters
    ----------
    spec : int or sequence of float
        As ``st.columns``.
    key : str
        The row's key in :data:`ROWS` (also the container's Streamlit key: one row per key on a page).

    Returns
    -------
    list of streamlit containers
    """
    import streamlit as st  # (imported when a row is drawn: the module's rules are plain data)

    if key not in ROWS:
        raise KeyError(f"no wrapping row {key!r} in mapapp.layout.ROWS")
    return st.container(key=key).columns(spec)
