"""A new user's probe of the app (adding a report, the map's first view, the briefing link, old zones).

Each test replays what the probe did with ``streamlit.testing.v1.AppTest`` (no browser) on builds
made here into temporary folders (``QMAP_OUT``).
"""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import ROOT
from streamlit.testing.v1 import AppTest


@pytest.fixture(scope="module")
def out_dir(tmp_path_factory):
    from pipeline.build import build

    out = tmp_path_factory.mktemp("newuser") / "out"
    build(ROOT / "seeds", ROOT / "geo", out, progress=False)
    return out


@pytest.fixture
def app(out_dir, monkeypatch, restore_folium):
    import streamlit as st

    monkeypatch.setenv("QMAP_OUT", str(out_dir))
    monkeypatch.setenv("QMAP_SKIP_BUILD", "1")
    monkeypatch.setenv("QMAP_TILES", "none")
    st.cache_resource.clear()

    def make(**params):
        at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60)
        for k, v in params.items():
            at.query_params[k] = v
        return at

    yield make
    st.cache_resource.clear()


def _typed(at) -> tuple[dt.date, dt.date]:
    return at.date_input(key="date_from_typed").value, at.date_input(key="date_to_typed").value


def test_slider_and_typed_dates_agree_after_a_rebuild_moves_the_bounds(app, out_dir, two_episodes, monkeypatch):
    """Probe: after a report of 2024 was added to the 2021 data (a rebuild: the slider's bounds grow), the
    slider showed 19 Apr 2021 → 3 Mar 2024 and the typed dates 19 → 30 Apr 2021. Both keep the range in force."""
    import streamlit as st

    at = app(view="Add report").run()
    before = at.slider(key="dates").value
    assert _typed(at) == before
    monkeypatch.setenv("QMAP_OUT", str(two_episodes))  # the rebuild the added report makes
    st.cache_resource.clear()
    at.run()
    assert not at.exception
    assert at.slider(key="dates").max > dt.datetime(2024, 1, 1).timestamp() * 1e6  # the bounds did move
    assert at.slider(key="dates").value == before
    assert _typed(at) == before


def _brief_link(at) -> str:
    import html
    from urllib.parse import parse_qs, urlparse

    text = next(m.value for m in at.sidebar.markdown if "Open briefing view" in m.value)
    return {k: v[0] for k, v in parse_qs(urlparse(html.unescape(text.split("](", 1)[1].rstrip(")"))).query).items()}


def test_open_briefing_view_link_carries_this_runs_map_area_and_title(app, monkeypatch):
    """Probe: the sidebar's "Open briefing view" link carried the previous map area and title (the whole
    governorate while the map showed Qamishli; after a zoom, the area before it). It carries the current ones."""
    import streamlit_folium

    seen = {"bounds": {"_southWest": {"lat": 37.02, "lng": 41.18}, "_northEast": {"lat": 37.08, "lng": 41.27}}}
    monkeypatch.setattr(streamlit_folium, "st_folium", lambda *a, **k: dict(seen))  # the view the browser shows
    at = app().run()
    assert not at.exception
    assert _brief_link(at)["bbox"] == "37.02000,41.18000,37.08000,41.27000"
    seen["bounds"] = {"_southWest": {"lat": 37.04, "lng": 41.2}, "_northEast": {"lat": 37.06, "lng": 41.24}}  # zoomed in
    at.text_input(key="brief_title").set_value("Qamishli centre").run()
    link = _brief_link(at)
    assert link["bbox"] == "37.04000,41.20000,37.06000,41.24000" and link["title"] == "Qamishli centre"
    assert link["view"] == "briefing"
