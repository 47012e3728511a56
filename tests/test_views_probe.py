"""A new-user analyst's probe of the views: one truce status everywhere, what a hollow symbol means,
narrow windows and data that span years.

``streamlit.testing.v1.AppTest`` (no browser) on a build of the shipped seed and curated rows (April 2021,
seven truces) made here; the layouts themselves are checked in a real browser
(``tests/test_browser_views.py``).
"""

from __future__ import annotations

import datetime as dt
import json
import re

import pandas as pd
import pytest
from conftest import ROOT, app_runner

APRIL = {"from": "2021-04-19", "to": "2021-04-30"}
FINAL = "cur-0426-final-agreement"  # the 26 April agreement: reported held, a violation presumed the same day


@pytest.fixture(scope="module")
def out_dir(tmp_path_factory):
    from pipeline.build import build

    out = tmp_path_factory.mktemp("views_probe") / "out"
    assert build(ROOT / "seeds", ROOT / "geo", out, progress=False, curated_dir=ROOT / "curated").ok
    return out


@pytest.fixture(scope="module")
def ds(out_dir):
    from mapapp.data import load_dataset

    return load_dataset(out_dir)


@pytest.fixture
def app(out_dir, monkeypatch, restore_folium):
    import streamlit as st

    st.cache_resource.clear()
    yield app_runner(monkeypatch, out_dir)
    st.cache_resource.clear()


def _timeline_spec(at) -> dict:
    specs = [json.loads(e.proto.spec) for e in at.get("vega_lite_chart")]
    return next(s for s in specs if str(s.get("title", {}).get("text", "")).startswith("Events per")
                and "truces" in str(s["title"]["text"]))


def _subtitle(spec: dict) -> str:
    sub = spec["title"]["subtitle"]
    return " ".join(sub) if isinstance(sub, list) else sub


def _table_statuses(at) -> list[str]:
    """The Timeline's truce table's status cells."""
    import html

    table = next(m.value for m in at.markdown if 'class="qtruces"' in m.value)
    return [html.unescape(status) for status in re.findall(r"<tr><td>(.*?)</td>", table)]


def _popup_truce_lines(ds, f) -> dict[str, str]:
    """Every truce line of the map's popups (the symbols the Map view draws for ``f``), by event id."""
    from mapapp import mapview

    found = {}
    for g in mapview.store_groups(ds.store, f, ds.truce_status):
        page = mapview.event_popup_html(g)
        for eid, line in re.findall(r'data-event-id="([^"]+)".*?<b>truce: (.*?)</b>', page):
            found[eid] = line
    return found


# --------------------------------------------------------------------------- 1. one truce status, every view
def test_every_view_says_each_truces_status_in_the_same_words(app, ds):
    """Probe: for 19-30 Apr 2021 the 26 April agreement's popup said "truce: held (1 violation)" while the Timeline's
    table said "reported held; events say probably broken on 26 Apr 2021". Map popups, the Timeline's table and the
    briefing's popups now say one status, made by one function (:func:`pipeline.truces.status_words`)."""
    import html

    from mapapp.filters import Filters
    from pipeline.truces import lapsed, status_words

    f = Filters(dt.date(2021, 4, 19), dt.date(2021, 4, 30))
    truces = ds.truces.set_index("event_id", drop=False)
    stale = dict(zip(ds.truces["event_id"], lapsed(ds.truces, f.as_of)))
    words = {eid: status_words(t, stale[eid]) for eid, t in truces.iterrows()}
    assert words[FINAL] == "reported held; events say probably broken on 26 Apr 2021"
    popups = _popup_truce_lines(ds, f)
    assert popups[FINAL] == f"{html.escape(words[FINAL])} (1 violation)"
    for eid, line in popups.items():
        assert html.unescape(line).startswith(words[eid] + " (") or html.unescape(line) == words[eid], (eid, line)
    at = app(view="Timeline", **APRIL).run()
    assert not at.exception
    table = _table_statuses(at)
    assert sorted(table) == sorted(words.values())
    page_at = app(view="briefing", **APRIL).run()
    page = html.unescape(next(e.proto.srcdoc or e.proto.html for e in page_at.get("iframe")))
    assert "truce: held" not in page


def test_the_charts_subtitle_counts_every_truce_by_the_tables_words(app, ds):
    """Probe: the subtitle said "7 truces in the range shown (3 broken, 2 reported extended or held but probably
    broken)": two truces the table calls "reported extended; events say broken" were in no count. The subtitle
    tallies the table's own words (without the days), and its counts add up to the truces it names."""
    from pipeline.truces import status_words

    at = app(view="Timeline", **APRIL).run()
    subtitle = _subtitle(_timeline_spec(at))
    head, _, tally = subtitle.partition("7 truces in the range shown: ")
    assert tally, subtitle
    counts = dict((phrase, int(n)) for n, phrase in re.findall(r"(\d+) ([^·]+?)(?: · |$)", tally))
    assert sum(counts.values()) == 7, counts
    want = pd.Series([status_words(t, days=False) for t in ds.truces.to_dict("records")]).value_counts().to_dict()
    assert counts == want
    assert counts["reported extended; events say broken"] == 2 and counts["broken"] == 3


def test_the_briefings_key_events_say_the_truce_status_of_an_agreement(app):
    """The briefing's Key events named the 26 April agreement without its status, while its popup gave one."""
    import html

    at = app(view="briefing", types="Strategic developments", q="agreement", **APRIL).run()
    assert not at.exception
    page = html.unescape(next(e.proto.srcdoc or e.proto.html for e in at.get("iframe")))
    key = page.split('<div id="qkey">', 1)[1].split("</div>", 1)[0]
    line = next(li for li in re.findall(r"<li[^>]*>(.*?)</li>", key) if "26 Apr 2021" in li and "Agreement" in li)
    assert "truce: reported held; events say probably broken on 26 Apr 2021" in line
    assert "truce: reported held; events say probably broken on 26 Apr 2021 (1 violation)" in page  # its popup


def test_the_tallest_bar_is_drawn_whole_under_the_truce_labels(ds):
    """Probe: the 26 April bar (10 events) ran into the top of the chart, under the status strip and the truce
    labels. The y scale leaves room above the tallest bar for the label lines."""
    from mapapp import timeline

    height = 220
    spec = timeline.timeline_chart(ds.events, ds.truces, "2021-04-19", "2021-04-30", height=height).to_dict()
    bars = next(layer for layer in spec["layer"] if layer["encoding"].get("y2", {}).get("field") == "y1")
    tallest = max(r["y1"] for r in spec["datasets"][bars["data"]["name"]])
    top = bars["encoding"]["y"]["scale"]["domain"][1]
    texts = next(layer for layer in spec["layer"] if layer.get("mark", {}).get("type") == "text"
                 and layer["encoding"].get("yOffset"))
    lowest_label = max(r["lane_y"] for r in spec["datasets"][texts["data"]["name"]]) + 7  # half a line under it
    assert height * (1 - tallest / top) >= lowest_label, (tallest, top, lowest_label)
