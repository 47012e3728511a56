"""Events the map cannot draw: counted under the map and listed, never lost silently.

An event whose place the gazetteer lacks, with no enclosing area in its text, is placed in
the governorate (approximate, its unresolved name kept); the governorate has no cited point
or outline, so the event has no latitude or longitude. An event with no place at all has
none either. The map's symbols skip them (a point would be invented), so the Map and the
Timeline (whose map skips them too) say how many of the filtered events they do not draw, in
which areas they are known to be, and list them with their unresolved names; the briefing
page (and so its PNG and PDF) says how many in its header. One wording everywhere:
:func:`count_phrase`, "N events without a map point". Everything shown comes from the build (``place_id``,
``unresolved_name``, ``geo_precision``, ``approximate``); nothing is computed here but counts.
The downloads keep these events with empty coordinates (:mod:`mapapp.exports`).
"""

from __future__ import annotations

import pandas as pd

from .mapview import whole_number_columns
from .textsafe import md_safe

#: The list's columns, in an analyst's order (the build's own values, renamed for reading).
TABLE_COLUMNS = {"event_date": "date", "event_type": "type", "sub_event_type": "sub-type",
                 "unresolved_name": "place named (not in the gazetteer)", "area": "known only as",
                 "fatalities": "killed", "geo_precision": "geo_precision", "approximate": "approximate",
                 "source": "source", "evidence": "evidence", "event_id": "event_id"}
#: What the list says of an event with no place at all (not even an area).
NO_AREA = "no area, name not in the gazetteer"


def _text(v) -> str:
    return v.strip() if isinstance(v, str) else ""


def count_phrase(n: int, markdown: bool = False) -> str:
    """``"3 events without a map point"`` (``"1 event …"``; the number in bold with ``markdown``):
    the words every view uses for them."""
    return f"{f'**{n}**' if markdown else n} event{'s' if n != 1 else ''} without a map point"


def without_point_count(events: pd.DataFrame) -> int:
    """How many of ``events`` (a frame of shown events) have no latitude or longitude to draw;
    the same rule as :meth:`mapapp.store.EventStore.without_point`."""
    if events.empty:
        return 0
    if "latitude" not in events or "longitude" not in events:
        return len(events)
    lat = pd.to_numeric(events["latitude"], errors="coerce")
    lon = pd.to_numeric(events["longitude"], errors="coerce")
    return int((lat.isna() | lon.isna()).sum())


def area_names(places: dict | None) -> dict[str, str]:
    """English names of the gazetteer's places by ``place_id`` (``places.geojson``)."""
    return {str(p["place_id"]): str(p.get("name_en") or p["place_id"])
            for p in (f.get("properties") or {} for f in (places or {}).get("features", [])) if p.get("place_id")}


def known_only_as(events: pd.DataFrame, places: dict | None) -> pd.Series:
    """The area each event is known to be in (its gazetteer place's name), or :data:`NO_AREA`."""
    names = area_names(places)
    if events.empty:
        return pd.Series([], dtype=object, index=events.index)
    ids = events["place_id"] if "place_id" in events else pd.Series([None] * len(events), index=events.index)
    return ids.map(lambda p: names.get(p, p) if _text(p) else NO_AREA)


def summary_line(events: pd.DataFrame, places: dict | None) -> str:
    """One Markdown line: how many of the filtered events have no point, and where they are known to be.

    Parameters
    ----------
    events : DataFrame
        The filtered events without a point (:meth:`mapapp.store.EventStore.without_point`).
    places : dict
        The build's ``places.geojson`` (area names).

    Returns
    -------
    str
        ``""`` when every event has a point; else e.g. ``**2** events without a map point in the
        period (place known only as Hasakah governorate: 1; no area, name not in the gazetteer: 1) —
        listed below, …`` (:func:`count_phrase`).
    """
    if events.empty:
        return ""
    counts = known_only_as(events, places).value_counts()
    where = "; ".join(f"{md_safe(name)}: {n}" for name, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
    n = len(events)
    return (f"{count_phrase(n, markdown=True)} in the period (place known only as {where}) — listed below, "
            "and kept in the downloads with empty coordinates.")


def table(events: pd.DataFrame, places: dict | None) -> pd.DataFrame:
    """The events without a point as a table: date, type, the unresolved name, the area, toll, flags, id."""
    frame = events.copy()
    frame["area"] = known_only_as(frame, places)
    for col in TABLE_COLUMNS:
        if col not in frame:
            frame[col] = None
    frame["unresolved_name"] = frame["unresolved_name"].map(_text)
    shown = whole_number_columns(frame[list(TABLE_COLUMNS)], ("fatalities", "geo_precision"))  # 3, not 3.0
    return shown.rename(columns=TABLE_COLUMNS).reset_index(drop=True)


def render(store, f, places: dict | None, include: tuple[str, ...] = ()) -> None:
    """Under the summary line of a view with a map (Map, Timeline): the count of filtered events
    without a point (:func:`summary_line`) and, on request, their list (:func:`table`)."""
    import streamlit as st

    events = store.without_point(f, include)
    line = summary_line(events, places)
    if not line:
        return
    st.markdown(line, help="These events are in the counts above but have no cited point or outline to draw "
                           "(a point would be invented). Their place name is kept as unresolved.")
    with st.expander(f"Events without a point on the map ({len(events)})"):
        st.dataframe(table(events, places), width="stretch", hide_index=True)
