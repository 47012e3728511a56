"""The Timeline view: the map beside the charts an analyst asks for, then the truces.

Everything follows the sidebar's filters (and playback): the map shows the filtered
events and the zones of the range's end; beside it, events or fatalities per day by type
or by actor (:func:`mapapp.timeline.per_day_chart`); under them the events-and-truces
timeline and the truce table (:func:`mapapp.timeline.truce_table`: no internal ids).
"""

from __future__ import annotations

import pandas as pd
import streamlit as st
from streamlit_folium import st_folium

from . import mapview, timeline
from .filters import Filters

MEASURES = {"events": "Events", "fatalities": "Fatalities"}
GROUPS = {"type": "by event type", "actor": "by actor"}


def render(ds, shown: pd.DataFrame, f: Filters, tiles: mapview.TileSetting, summary: str) -> None:
    """Draw the view (``summary``: the app's one-line count of what is shown)."""
    st.markdown(summary)
    left, right = st.columns([3, 2])
    with left:
        base = mapview.base_map(tiles, ds.places, ds.border, labels=False)
        layers = mapview.dynamic_layers(ds.with_truce_status(shown), ds.zones, ds.places, f.as_of)
        st_folium(base, key="timeline_map", height=470, use_container_width=True, feature_group_to_add=layers,
                  returned_objects=[])
        st.markdown(mapview.legend_html(f.as_of, "strip"), unsafe_allow_html=True)
    with right:
        a, b = st.columns(2)
        measure = a.radio("Count", list(MEASURES), format_func=MEASURES.get, horizontal=True, key="tl_measure")
        by = b.radio("Split", list(GROUPS), format_func=GROUPS.get, horizontal=True, key="tl_by")
        st.altair_chart(timeline.per_day_chart(shown, f.date_from, f.date_to, measure, by, height=300),
                        width="stretch")
    st.altair_chart(timeline.timeline_chart(shown, ds.truces, f.date_from, f.date_to), width="stretch")
    st.subheader("Truces and ceasefires")
    table = timeline.truce_table(ds.truces)
    if table.empty:
        st.info("No truce or ceasefire in the data.")
        return
    st.dataframe(table, width="stretch", hide_index=True, column_config={
        "status": st.column_config.TextColumn("status", width="medium",
                                              help="As reported; in brackets what the events say when they differ"),
        "parties": st.column_config.TextColumn("parties", width="large"),
        "violations": st.column_config.NumberColumn("violations", help="Violent events between its sides, in its "
                                                    "area, after it began (see the chart's markers)"),
    })
