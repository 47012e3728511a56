"""The briefing of a link with no map area (``bbox``) shows the events it lists.

New-analyst probe: a report of a drone strike near Tall Hamis (30 km south-east of Qamishli) added,
``?view=briefing&from=2024-06-01&to=2024-06-12`` typed or shared without the map's ``bbox`` (or the
PNG prepared before the map had reported its view) drew the Qamishli view: the strike was in the
header's counts and the Key events, and not on the map. The Map view opens on the events' bounds.
"""

from __future__ import annotations

import datetime as dt
import re

import pytest
import streamlit as st
from conftest import app_runner, seed_plus_report

TALL_HAMIS = (36.75678, 41.39943)


@pytest.fixture(scope="module")
def strike_out(tmp_path_factory):
    return seed_plus_report(tmp_path_factory.mktemp("tall_hamis"),
                            "A Turkish drone struck a military vehicle near the town of Tall Hamis in the southern "
                            "countryside of Qamishli on Sunday evening, killing two members of the SDF and injuring "
                            "three others, local sources said.", dt.date(2024, 6, 10))


def _bounds(page: str):
    m = re.search(r"var bounds = (null|\[[^\]]*\]);", page)
    assert m, "the page script's bounds"
    return None if m.group(1) == "null" else [float(x) for x in m.group(1)[1:-1].split(",")]


def test_a_briefing_link_without_a_map_area_frames_the_events_it_lists(strike_out, monkeypatch, restore_folium):
    app = app_runner(monkeypatch, strike_out)
    at = app(view="briefing", **{"from": "2024-06-01", "to": "2024-06-12"}).run()
    assert not at.exception
    page = next(e.proto.srcdoc or e.proto.html for e in at.get("iframe"))
    assert "Tall Hamis" in page  # in the Key events
    b = _bounds(page)
    assert b is not None, "the Qamishli view: the strike near Tall Hamis is off the map"
    s, w, n, e = b
    assert s < TALL_HAMIS[0] < n and w < TALL_HAMIS[1] < e
    # a link with a map area keeps it; one whose events all lie in the Qamishli view keeps that view
    at = app(view="briefing", **{"from": "2024-06-01", "to": "2024-06-12"}, bbox="36.9,41.0,37.1,41.4").run()
    assert _bounds(next(e.proto.srcdoc or e.proto.html for e in at.get("iframe"))) == [36.9, 41.0, 37.1, 41.4]
    at = app(view="briefing", **{"from": "2021-04-19", "to": "2021-04-30"}).run()
    assert _bounds(next(e.proto.srcdoc or e.proto.html for e in at.get("iframe"))) is None
    assert not [b for b in at.button if b.key == "brief_frame"]  # no map area held: nothing to let go of
    st.cache_resource.clear()


def test_the_briefing_says_its_area_is_the_map_views_and_frames_the_events_on_request(strike_out, monkeypatch,
                                                                                     restore_folium):
    """A new analyst's trial: popups opened on the Map panned it, and that area (mostly Turkey) became the slide's.
    The briefing says where its area comes from, and a button frames the map on the events it lists."""
    app = app_runner(monkeypatch, strike_out)
    at = app(view="briefing", **{"from": "2024-06-01", "to": "2024-06-12"}, bbox="37.2,40.8,37.6,41.6").run()
    assert not at.exception
    assert _bounds(next(e.proto.srcdoc or e.proto.html for e in at.get("iframe"))) == [37.2, 40.8, 37.6, 41.6]
    assert any("area last seen in the Map view" in c.value for c in at.caption)
    at.button(key="brief_frame").click().run()
    assert not at.exception and "bbox" not in at.query_params
    s, w, n, e = _bounds(next(e.proto.srcdoc or e.proto.html for e in at.get("iframe")))
    assert s < TALL_HAMIS[0] < n and w < TALL_HAMIS[1] < e  # the strike, on the map
    st.cache_resource.clear()
