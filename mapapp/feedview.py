"""The Feed page: the filtered events newest first (by the day and time they began), one line each
(the Liveuamap habit).

Each row: the type's map symbol, date and time, place, a one-line English summary (type,
actors, toll, place), outlet and review status, an "On map" button (the map centred on
the event with its popup open) and a permalink (``?event=ID``) to copy.
"""

from __future__ import annotations

import html

import pandas as pd

from .eventlinks import event_days, link_query
from .eventstable import place_label
from .mapview import symbol_svg
from .reportwords import sourcing_words
from .style import event_style
from .textsafe import html_block, query_link

PAGE = 50


def short_actor(name) -> str:
    """``"SDF: Syrian Democratic Forces"`` -> ``"SDF"`` (the part before the colon)."""
    return str(name).split(":")[0].strip() if isinstance(name, str) and name else ""


def _int(v) -> int | None:
    try:
        return None if v is None or pd.isna(v) else int(v)
    except (TypeError, ValueError):
        return None


def summary_line(r) -> str:
    """One line in English: sub-type, actors, toll, place (``Armed clash: Asayish vs NDF, 2 killed, in Tayy``)."""
    a1, a2 = short_actor(r.get("actor1")), short_actor(r.get("actor2"))
    actors = " vs ".join(a for a in (a1 or ("unnamed attacker" if a2 else ""), a2) if a)
    tolls = []
    if _int(r.get("fatalities")):
        tolls.append(f"{_int(r['fatalities'])} killed")
    if _int(r.get("injuries")):
        tolls.append(f"{_int(r['injuries'])} injured")
    place = place_label(r.get("location"), r.get("unresolved_name"))
    text = str(r.get("sub_event_type") or r.get("event_type") or "Event")
    if actors:
        text += f": {actors}"
    if tolls:
        text += ", " + ", ".join(tolls)
    return text + f", in {place}"


def when(r) -> str:
    """Date (or range) and the time of day when known."""
    d = str(r.get("date_from") or r.get("event_date"))
    if r.get("date_to") and r.get("date_to") != r.get("date_from"):
        d += f" → {r['date_to']}"
    t = r.get("time_from") if isinstance(r.get("time_from"), str) else ""
    part = r.get("part_of_day") if isinstance(r.get("part_of_day"), str) else ""
    return d + (f" {t}" if t else "") + (f" ({part})" if part and not t else "")


def newest_first(events: pd.DataFrame) -> pd.DataFrame:
    """Events in the order they began, newest first: start day (``date_from``), then the time of day
    it began (``time_from``; a known time after an unknown one), then the end day; ties newest file
    position first.

    A feed is read as "what happened, latest first": a strike this morning comes before a clash
    that began three days ago and ended today (ordered by end day, the clash came first and a
    long event stayed at the top for its whole length). :meth:`mapapp.store.EventStore.newest`
    is the same order in SQL.
    """
    if events.empty:
        return events
    key = events["date_from"].astype(str) + " " + events["time_from"].fillna("").astype(str) + " " + \
        events["date_to"].astype(str)
    return events.iloc[key.argsort(kind="stable")[::-1]]


STATUS_BADGE = {"unreviewed": "? unreviewed", "confirmed": "✓ confirmed", "corrected": "✓ corrected",
                "curated": "✓ curated", "rejected": "✗ rejected"}


def row_html(r) -> str:
    """The row's HTML (escaped, one line: :func:`mapapp.textsafe.html_block`): symbol, when, summary,
    place in Arabic, outlet, its reports and outlets (:func:`mapapp.reportwords.sourcing_words`), status."""
    e = html.escape
    style = event_style(str(r.get("event_type")), str(r.get("sub_event_type")))
    icon = symbol_svg(style["shape"], style["color"], 18, bool(r.get("approximate")),
                      r.get("review_status") == "unreviewed")
    status = STATUS_BADGE.get(str(r.get("review_status")), str(r.get("review_status")))
    outlet = str(r.get("source") or "")
    sourced = sourcing_words(r)  # the build's counts (pipeline.sourcing), the words of every view
    unplaced = " · no point on the map" if no_point(r) else ""  # listed under the map, not drawn on it
    return html_block(f'<div class="qfeed">{icon} <b>{e(when(r))}</b> · {e(summary_line(r))}{unplaced}'
                      f' <span class="qfeed-meta">· {e(outlet)} · {e(sourced)} · {e(status)}</span></div>')


def no_point(r) -> bool:
    """Whether the event has no coordinates (the map cannot draw it; :mod:`mapapp.unplaced` lists it)."""
    lat, lon = r.get("latitude"), r.get("longitude")
    return lat is None or lon is None or bool(pd.isna(lat)) or bool(pd.isna(lon))


def show_on_map(event_id: str) -> None:
    """Switch to the Map with ``?event=ID`` (a button callback)."""
    import streamlit as st

    st.session_state["view_radio"] = "Map"
    st.query_params["view"] = "Map"
    st.query_params["event"] = event_id


def render(ds, f) -> None:
    """The Feed page for the events that pass ``f``: one page of them, read by a store query
    (:meth:`mapapp.store.EventStore.newest`, the order of :func:`newest_first`)."""
    import streamlit as st

    st.markdown('<style>.qfeed{font-size:.95rem;line-height:1.5}.qfeed svg{vertical-align:middle}'
                '.qfeed-meta{color:#555;font-size:.85rem}</style>', unsafe_allow_html=True)
    counts = ds.store.counts(f)
    st.markdown(f"**{counts.shown}** events, newest first ({counts.unreviewed} unreviewed) · "
                "filters and search in the sidebar")
    if not counts.shown:
        st.info("No event matches the filters.")
        return
    pages = max(1, -(-counts.shown // PAGE))
    page = st.number_input("Page", 1, pages, 1, key="feed_page") if pages > 1 else 1
    for _, r in ds.store.newest(f, PAGE, (min(int(page), pages) - 1) * PAGE).iterrows():
        c1, c2, c3 = st.columns([9, 1.5, 1])
        c1.markdown(row_html(r), unsafe_allow_html=True)
        c2.button("On map", help="The map centred on this event, its popup open", key=f"feed_{r['event_id']}", on_click=show_on_map, args=(str(r["event_id"]),))
        c3.markdown(f"[link]({query_link(**link_query(str(r['event_id']), event_days(r)))})",
                    help="Permalink to this event: right-click to copy")
