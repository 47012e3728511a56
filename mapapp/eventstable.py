"""The Events table's columns, in the order an analyst reads a row.

What the first screen must show is what a row is about and how far to trust it: when, how sure and
whether an analyst checked it (pinned on the left, so on screen at any width: at 1000 and 1280 px the
grid cut them off when they came after the actors), then what, where, how deadly and who; then the
source, the finer codes, the evidence and the id. Every column the table had is kept (only moved).
The downloads (ACLED CSV, GeoJSON) keep their own column order: ACLED's order is a contract
(:mod:`mapapp.exports`).

Nothing here imports Streamlit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pandas as pd

if TYPE_CHECKING:  # the type only: nothing here imports Streamlit when the app runs
    from streamlit.elements.lib.column_types import ColumnConfig

#: The Events table's columns, left to right.
COLUMNS = ("event_date", "confidence", "review_status", "event_type", "location", "fatalities", "actor1", "actor2",
           "source", "reports", "sub_event_type", "geo_precision", "injuries", "evidence", "event_id")
#: The event columns the "reports" cell is made of (:func:`report_cells`).
REPORT_COLUMNS = ("article_count", "outlet_count", "background_outlets", "report_count")
#: The event columns the date cell is made of besides ``event_date`` (:func:`date_cells`).
DATE_COLUMNS = ("date_from", "date_to", "time_precision")
#: The event columns the table reads: :data:`COLUMNS` less the cells made here, and what they are made of.
READ_COLUMNS = tuple(c for c in COLUMNS if c != "reports") + REPORT_COLUMNS + DATE_COLUMNS
#: The columns pinned on the left, on screen whatever the window's width: when, how sure, checked or not.
PINNED = COLUMNS[:3]
#: The columns on an analyst's first screen (a 1400-px window): the row's when, how sure, what, where and who.
FIRST_SCREEN = COLUMNS[:8]
#: Widths (px) of the first screen's columns, so that all of them fit beside the sidebar at 1400 px (940 px of
#: table; a long actor name is cut, whole on hover and in wider windows). The pinned three take 312 px: the
#: rest of a 1000-px window's 540 px scrolls beside them. The date holds a range ("2021-04-28 → 05-02").
WIDTHS = {"event_date": 128, "confidence": 82, "review_status": 102, "event_type": 132, "location": 140,
          "fatalities": 72, "actor1": 140, "actor2": 140}


def column_config() -> dict[str, ColumnConfig]:
    """``st.dataframe``'s ``column_config`` for the first screen (plain dicts, as ``st.column_config.Column``
    makes them): widths, and :data:`PINNED` pinned."""
    out: dict[str, ColumnConfig] = {}
    for c, w in WIDTHS.items():
        out[c] = {"width": w, "pinned": True} if c in PINNED else {"width": w}
    return out


#: What the location cell says for an event placed nowhere whose text gives no place name either.
NO_PLACE = "place unknown"


def place_label(location: object, unresolved_name: object = None) -> str:
    """What an event's place is called wherever the app names it (Events table, Feed): its
    ``location``, else the name its text gives (``unresolved_name``: a village the gazetteer
    lacks, in an article naming no known place), else :data:`NO_PLACE`; never blank.

    Examples
    --------
    >>> place_label("Qamishli"), place_label("", "خربة سليمو"), place_label(None, float("nan"))
    ('Qamishli', 'خربة سليمو', 'place unknown')
    """
    for value in (location, unresolved_name):
        if isinstance(value, str) and value.strip():
            return value.strip()
    return NO_PLACE


def location_cells(rows: pd.DataFrame) -> pd.DataFrame:
    """The table's rows with every location cell filled by :func:`place_label`.

    Parameters
    ----------
    rows : pandas.DataFrame
        With a ``location`` column, and ``unresolved_name`` when the caller read it.

    Returns
    -------
    pandas.DataFrame
        A copy, without ``unresolved_name``.
    """
    out = rows.copy()
    if "location" not in out.columns:
        return out
    names = out["unresolved_name"] if "unresolved_name" in out.columns else [None] * len(out)
    out["location"] = [place_label(loc, name) for loc, name in zip(out["location"], names)]
    return out.drop(columns=["unresolved_name"], errors="ignore")


def report_cells(rows: pd.DataFrame) -> pd.DataFrame:
    """The table's rows with a ``reports`` cell (``2 reports from 2 outlets``: the build's counts in the
    words of every view, :func:`mapapp.reportwords.sourcing_words`) after ``source``, and without the
    columns it is made of (:data:`REPORT_COLUMNS`)."""
    from .reportwords import sourcing_words

    out = rows.copy()
    out["reports"] = [sourcing_words(r) for r in out.to_dict("records")] if len(out) else []
    out = out.drop(columns=[c for c in REPORT_COLUMNS if c in out.columns])
    return out[[c for c in COLUMNS if c in out.columns] + [c for c in out.columns if c not in COLUMNS]]


def _iso_day(value: object) -> str:
    """A date cell's ``YYYY-MM-DD`` (text, date or timestamp), or ``""``."""
    if value is None or (isinstance(value, float) and value != value) or value is pd.NaT:
        return ""
    return str(value)[:10]


def date_cell(event_date: object, date_from: object = None, date_to: object = None,
              time_precision: object = None) -> str:
    """What the table's date cell says: as sure as the text was, sortable as text.

    Examples
    --------
    >>> date_cell("2024-07-01", "2024-07-01", "2024-07-31", 3), date_cell("2021-04-20", "2021-04-20", "2021-04-23")
    ('2024-07 (month)', '2021-04-20 → 23')
    >>> date_cell("2021-04-28", "2021-04-28", "2021-05-02"), date_cell("2021-12-30", "2021-12-30", "2022-01-02")
    ('2021-04-28 → 05-02', '2021-12-30 → 2022-01-02')
    >>> date_cell("2024-08-13", "2024-08-13", "2024-08-13", 1)
    '2024-08-13'
    """
    first = _iso_day(date_from) or _iso_day(event_date)
    last = _iso_day(date_to) or first
    try:
        precision = int(time_precision)  # type: ignore[call-overload]
    except (TypeError, ValueError):
        precision = 1
    if not first:
        return ""
    whole_month = first[8:] == "01" and last[:7] == first[:7] and (
        last == first or (pd.Timestamp(last) + pd.Timedelta(days=1)).day == 1)
    if precision >= 3 and whole_month:
        return f"{first[:7]} (month)"  # a month the text gave, not its first day
    if last <= first:
        return first
    # the second end without what it shares with the first: the cell stays narrow
    return f"{first} → {last[8:] if last[:7] == first[:7] else last[5:] if last[:4] == first[:4] else last}"


def date_cells(rows: pd.DataFrame) -> pd.DataFrame:
    """The table's rows with the ``event_date`` cell of :func:`date_cell` (a month reads ``2024-07
    (month)``, a range ``2021-04-20 → 23``; ``event_date`` alone is a range's first day), and
    without the columns it is made of (:data:`DATE_COLUMNS`)."""
    out = rows.copy()
    if "event_date" in out.columns and len(out):
        get = {c: out[c] if c in out.columns else [None] * len(out) for c in DATE_COLUMNS}
        out["event_date"] = [date_cell(*cells) for cells in zip(out["event_date"], *get.values())]
    return out.drop(columns=[c for c in DATE_COLUMNS if c in out.columns])


#: Rows the Events table shows before it scrolls: the page's height beside the sidebar, not ~10 rows
#: over a large empty area (Streamlit's default height).
VISIBLE_ROWS = 22
#: Streamlit's row and header heights (px) and the border.
ROW_PX, BORDER_PX = 35, 3


def table_height(rows: int, visible: int = VISIBLE_ROWS) -> int:
    """The table's height (px): every row up to ``visible``, then a scroll (at least one row's room)."""
    return ROW_PX * (min(max(rows, 1), visible) + 1) + BORDER_PX
