"""The Timeline view: the map beside the charts an analyst asks for, then the truces.

Everything follows the sidebar's filters (and playback): the map shows the filtered
events (framed on them as the Map view is: :func:`frame_map`) and the zones of the range's end (those it cannot draw, with no point, are counted
and listed under the summary line, as on the Map: :func:`mapapp.unplaced.render`); beside it, events or fatalities per day by type
or by actor (:func:`mapapp.timeline.per_day_chart`); under them the events-and-truces
timeline and the truce table (:func:`mapapp.timeline.truce_table`: no internal ids). The table lists
the truces the chart's subtitle counts (:func:`mapapp.timeline.truce_scope`), or all of them when
asked, with each status as of the range's end.
"""

from __future__ import annotations

import html

import pandas as pd
import streamlit as st
from streamlit_folium import st_folium

from . import framing, layout, mapview, timeline, unplaced
from .filters import Filters
from .textsafe import html_block

#: Column -> its header's tooltip.
_HELP = {"status": "As reported, and what the events say when they differ (a violation presumed: probably)",
         "violations": "Violent events between its sides, in its area, after it began (see the chart's markers)"}
_TABLE_CSS = ("<style>.qtruces{width:100%;border-collapse:collapse;font-size:.85rem;table-layout:auto}"
              ".qtruces th,.qtruces td{border-bottom:1px solid #e4e4e4;padding:4px 6px;text-align:left;"
              "vertical-align:top;white-space:normal;overflow-wrap:break-word}"
              ".qtruces th{font-weight:600;color:#444;white-space:nowrap}.qtruces td.num{text-align:right}</style>")


def truce_table_html(table: pd.DataFrame) -> str:
    """The truce table as an HTML table whose cells wrap (escaped), so that long party names never
    push it wider than the page (a data grid keeps each cell on one line and hides the columns
    after them at 1280 px); one line (:func:`mapapp.textsafe.html_block`)."""
    e = html.escape
    head = "".join(f'<th title="{e(_HELP[c], quote=True)}">{e(c)}</th>' if c in _HELP else f"<th>{e(c)}</th>"
                   for c in table.columns)
    body = "".join("<tr>" + "".join(f'<td class="num">{e(str(v))}</td>' if c == "violations" else
                                    f"<td>{e('' if v is None else str(v))}</td>" for c, v in row.items()) + "</tr>"
                   for row in table.to_dict("records"))
    return html_block(f'{_TABLE_CSS}<table class="qtruces"><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>')


MEASURES = {"events": "Events", "fatalities": "Fatalities"}
GROUPS = {"type": "by event type", "actor": "by actor"}


def render(ds, shown: pd.DataFrame, f: Filters, tiles: mapview.TileSetting, summary: str) -> None:
    """Draw the view (``summary``: the app's one-line count of what is shown)."""
    st.markdown(summary)
    unplaced.render(ds.store, f, ds.places)  # the map beside the charts cannot draw them either: counted, listed
    left, right = layout.columns([3, 2], "tl_top")  # the chart goes under the map in a narrow window
    with left:
        base = mapview.base_map(tiles, ds.places, ds.border, labels=False)
        layers = mapview.dynamic_layers(ds.with_truce_status(shown, f.as_of), ds.zones, ds.places, f.as_of)
        center, zoom = frame_map(shown, f)
        st_folium(base, key="timeline_map", height=framing.TIMELINE_MAP_PX[1], use_container_width=True,
                  feature_group_to_add=layers, returned_objects=[], center=center, zoom=zoom)
        st.markdown(mapview.legend_html(f.as_of, "strip", ds.zones_latest_evidence, ds.zones), unsafe_allow_html=True)
    with right:
        a, b = st.columns(2)
        measure = a.radio("Count", list(MEASURES), format_func=MEASURES.get, horizontal=True, key="tl_measure")
        by = b.radio("Split", list(GROUPS), format_func=GROUPS.get, horizontal=True, key="tl_by")
        st.altair_chart(timeline.per_day_chart(shown, f.date_from, f.date_to, measure, by, height=300),
                        width="stretch")
    st.divider()  # the chart's title sat against the map's legend strip
    st.altair_chart(timeline.timeline_chart(shown, ds.truces, f.date_from, f.date_to), width="stretch")
    st.subheader("Truces and ceasefires")
    if ds.truces.empty:
        st.info("No truce or ceasefire in the data.")
        return
    total = len(ds.truces)
    every = st.toggle(f"All {total} truces in the data, not only those of the range shown", key="tl_all_truces")
    scope = timeline.truce_scope(ds.truces, f.date_from, f.date_to)
    table = timeline.truce_table(ds.truces, f.as_of, only=None if every else scope != "")
    st.caption(scope_caption(len(table), total, every, f.as_of))
    if not table.empty:
        st.markdown(truce_table_html(table), unsafe_allow_html=True)


def frame_map(shown: pd.DataFrame, f: Filters) -> framing.View:
    """The Timeline map's view, as the Map view frames its own (:func:`mapapp.framing.choose`, kept in the
    session): the range's events on the first map, then the user's view until new filters leave none of the
    events shown in it."""
    points = [(float(a), float(b)) for a, b in zip(shown.get("latitude", []), shown.get("longitude", []))
              if pd.notna(a) and pd.notna(b)]
    framed = framing.choose(points, repr(f), st.session_state.get("timeline_map_framed"), None,
                            size_px=framing.TIMELINE_MAP_PX)
    st.session_state["timeline_map_framed"] = framed
    return framed.view


def scope_caption(listed: int, total: int, every: bool, as_of) -> str:
    """What the truce table lists and as of when its statuses speak."""
    when = f"status as of {as_of:%d %b %Y}, the range's end"
    if every:
        return f"All {total} truces in the data; {when}."
    if not listed:
        return f"None of the {total} truces is in the range shown (as counted above the chart)."
    return f"{listed} of {total} truces: those of the range shown, as counted above the chart; {when}."
