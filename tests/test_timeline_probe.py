"""A new user's probe of the Timeline view on data whose truces are years older than its latest report.

``streamlit.testing.v1.AppTest`` (no browser) on a build made here: the shipped seed and curated rows (April
2021, seven truces) plus a report of December 2026 in our own words.
"""

from __future__ import annotations

import datetime as dt
import json

import pytest
from conftest import ROOT, app_runner, seed_plus_report


@pytest.fixture(scope="module")
def years_later(tmp_path_factory):
    return seed_plus_report(tmp_path_factory.mktemp("years_later"),
                            "Shells land near a village west of Qamishli\nArtillery shells landed on farmland "
                            "beside the village of Tal Hamis on Saturday, 5 December 2026, wounding three "
                            "farmers, a local source told us.", dt.date(2026, 12, 6), title="Shelling",
                            curated=ROOT / "curated")


@pytest.fixture
def app(years_later, monkeypatch, restore_folium):
    import streamlit as st

    st.cache_resource.clear()
    yield app_runner(monkeypatch, years_later)
    st.cache_resource.clear()


def _timeline_spec(at) -> dict:
    specs = [json.loads(e.proto.spec) for e in at.get("vega_lite_chart")]
    return next(s for s in specs if str(s.get("title", {}).get("text", "")).startswith("Events per day and truces"))


def _frames(at) -> list:
    """The charts' data (AppTest keeps them beside the specs)."""
    from streamlit.dataframe_util import convert_arrow_bytes_to_pandas_df

    return [convert_arrow_bytes_to_pandas_df(d.data.data) for e in at.get("vega_lite_chart") for d in e.proto.datasets]


def _table(at) -> str:
    return next(m.value for m in at.markdown if 'class="qtruces"' in m.value)


def test_truces_of_2021_are_not_in_force_in_december_2026(app):
    """Probe: on the default range (December 2026) the Timeline said "2 truces (1 broken)", drew bands labelled
    "25 Apr broken / 26 Apr held" over every day, and the table read "held … in force" for the 26 April 2021 truce,
    while its caption-less table listed all 7. Now: no band, the subtitle says "no report since 26 Apr 2021", and
    the table lists what the subtitle counts, saying which, with the status as of the range's end."""
    at = app(view="Timeline").run()
    assert not at.exception
    assert at.slider(key="dates").value[0].year == 2026  # the default range is the latest activity
    spec = _timeline_spec(at)
    subtitle = " ".join(spec["title"]["subtitle"])
    assert "no truce reported in the range shown, 1 earlier truce with no report since 26 Apr 2021" in subtitle
    assert any("y1" in f.columns for f in _frames(at))  # the bars are there
    assert not any("status" in f.columns for f in _frames(at))  # no truce band
    table = _table(at)
    assert table.count("<tr>") == 1 + 1  # the header and the one truce counted above the chart
    # reported held, but a presumed violation the same day: both said, as theirs, in one phrase
    assert "no report since 26 Apr 2021 (reported held; events say probably broken on 26 Apr 2021)" in table
    assert "in force" not in table
    assert any("1 of 7 truces" in c.value and "as counted above the chart" in c.value for c in at.caption)
    at.toggle(key="tl_all_truces").set_value(True).run()
    table = _table(at)
    assert table.count("<tr>") == 1 + 7 and "in force" not in table and ">held<" not in table
    assert any("All 7 truces" in c.value and "as of 06 Dec 2026" in c.value for c in at.caption)
    # the April days: as the reports say, and the events beside them (no "in force" beside "broken")
    at = app(view="Timeline", **{"from": "2021-04-19", "to": "2021-04-30"}).run()
    assert "7 truces in the range shown: 3 broken · " in " ".join(_timeline_spec(at)["title"]["subtitle"])
    assert ">reported held; events say probably broken on 26 Apr 2021<" in _table(at)
    assert "in force" not in _table(at) and _table(at).count("<tr>") == 1 + 7
    assert any("status" in f.columns for f in _frames(at))


def test_the_briefing_and_the_maps_popups_say_no_report_since(app):
    """The truce's popup (Map, Timeline, briefing) said "truce held" on a range ending years after its last report.
    It says what the truce table says (the report's word and the events', :func:`pipeline.truces.status_words`)."""
    import html

    at = app(view="briefing", **{"from": "2021-04-20", "to": "2026-12-06"}).run()
    assert not at.exception
    page = html.unescape(next(e.proto.srcdoc or e.proto.html for e in at.get("iframe")))
    assert ("truce: no report since 26 Apr 2021 (reported held; events say probably broken on 26 Apr 2021)"
            in page)
    assert "truce: held" not in page
    at = app(view="briefing", **{"from": "2021-04-20", "to": "2021-04-30"}).run()
    page = html.unescape(next(e.proto.srcdoc or e.proto.html for e in at.get("iframe")))
    assert "truce: reported held; events say probably broken on 26 Apr 2021" in page
    assert "truce: held" not in page and "no report since" not in page
