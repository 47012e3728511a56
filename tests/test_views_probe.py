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


# --------------------------------------------------------------------------- 2. what a hollow symbol means
def _near_tal_ziwan(pipeline) -> pd.DataFrame:
    """An event of our own words reported near a village with a cited point (drawn there, approximate)."""
    from pipeline.records import Article

    art = Article("near", "near.txt", "أصيب مدني بجروح صباح الأحد بعد أن استهدفت مسيرة تركية دراجته قرب قرية "
                  "تل زيوان شرقي القامشلي.", dt.date(2024, 6, 12), "Test outlet", "ar")
    (ev,) = pipeline.process(art).events
    row = ev.to_dict()
    return pd.DataFrame([{**row, "review_status": "unreviewed"}])


def test_the_legend_the_about_page_and_a_popup_say_one_rule_for_hollow(app, ds, pipeline):
    """Probe: Tal Ziwan's popup said "geo_precision 1 — approximate location" and its symbol was hollow, while the
    legend and About page said hollow means precision 2-3. A symbol is hollow when its location is approximate
    (``approximate``, whatever the precision): the legend, the About page and the popup say so, and the popup says
    why (:func:`mapapp.locating.approximate_reason`)."""
    import html

    from mapapp import locating, mapview

    legend = html.unescape(mapview.legend_html(dt.date(2021, 4, 30), "strip"))
    assert locating.HOLLOW_LEGEND in legend and "(precision 2–3)" not in legend
    at = app(view="About the data").run()
    assert not at.exception
    about = " ".join(m.value for m in at.markdown)
    assert locating.HOLLOW_RULE in about and "approximate: hollow" not in about
    assert "whatever the precision" in about and "reported near the place" in about
    near = _near_tal_ziwan(pipeline)
    # near a place: ACLED's precision 2 (a new analyst's trial: it had kept the village's 1)
    assert bool(near["approximate"].iloc[0]) and int(near["geo_precision"].iloc[0]) == 2
    places = {f["properties"]["place_id"]: f["properties"] for f in ds.places["features"]}
    (group,) = mapview.group_events(near)
    popup = html.unescape(mapview.event_popup_html(group, place=places.get(group["place_id"])))
    assert "Tal Ziwan (geo_precision 2 — approximate location: reported near Tal Ziwan, not at it)" in popup
    tayy = next(g for g in mapview.store_groups(ds.store, _april()) if g["place_id"] == "tayy")
    popup = html.unescape(mapview.event_popup_html(tayy, place=places["tayy"]))
    assert "(geo_precision 2 — approximate location: no cited point of its own, drawn in the area reported " \
           "(south of Qamishli))" in popup


def _april():
    from mapapp.filters import Filters

    return Filters(dt.date(2021, 4, 19), dt.date(2021, 4, 30))


def test_a_symbol_is_hollow_when_any_of_its_events_is_approximate(ds, pipeline):
    """A symbol took its look from its newest event: an exact report of a place drew an approximate one beside it
    solid. It is hollow when any of its events is approximate (its popup says which), from a frame or a query."""
    from mapapp import mapview

    near = _near_tal_ziwan(pipeline)
    exact = near.assign(event_id="exact", approximate=False, notes="", date_from="2024-06-13", date_to="2024-06-13",
                        event_date="2024-06-13")
    (group,) = mapview.group_events(pd.concat([exact, near], ignore_index=True))
    assert group["records"][0]["event_id"] == "exact" and group["approximate"]
    assert group["approximate_count"] == 1
    f = _april()
    for g in mapview.store_groups(ds.store, f):
        rows = mapview.group_rows(g)
        assert g["approximate"] == bool(rows["approximate"].fillna(False).astype(bool).any()), g["id"]
    framed = {g["id"]: g["approximate"] for g in mapview.group_events(ds.store.shown(f))}
    assert framed == {g["id"]: g["approximate"] for g in mapview.store_groups(ds.store, f)}


def test_the_acled_csv_says_which_rows_are_approximate_and_why(ds):
    """Probe: Tayy, Halko and the Railway roundabout share one point (no cited point of their own: the project never
    invents a coordinate); an analyst stacking the ACLED CSV in a GIS could not tell. Two columns after ACLED's:
    ``approximate`` (the map's hollow symbols) and ``location_note`` (why)."""
    import io

    from mapapp import exports

    data = exports.acled_csv(ds.store.shown(_april()), places=ds.places)
    table = pd.read_csv(io.BytesIO(data), encoding="utf-8-sig", keep_default_na=False)
    assert {"approximate", "location_note"} <= set(table.columns)
    assert list(table.columns[:len(exports.ACLED_COLUMNS)]) == list(exports.ACLED_COLUMNS)  # ACLED's order kept
    by_place = table.drop_duplicates("location").set_index("location")
    for name in ("Tayy neighbourhood", "Halko neighbourhood", "Railway (al-Sekka) roundabout"):
        assert str(by_place.loc[name, "approximate"]).lower() == "true", name
        assert by_place.loc[name, "location_note"].startswith("no cited point of its own"), name
    assert "shown at Tayy neighbourhood" in by_place.loc["Railway (al-Sekka) roundabout", "location_note"]
    airport = by_place.loc["Qamishli International Airport"]
    assert str(airport["approximate"]).lower() == "false" and airport["location_note"] == ""


def test_a_place_with_no_cited_point_is_labelled_only_where_a_symbol_is(ds):
    """Probe: the map labelled "Qamishli–Nusaybin border crossing (approx.)" where nothing is drawn (a crossing with no
    cited point of its own, placed north of the city as reported). A label of a kind the map always names (city, town,
    airport, crossing) needs a cited point, or events shown there."""
    from mapapp import mapview

    assert "nusaybin_crossing" not in {d["id"] for d in mapview.label_data(ds.places)}
    assert "nusaybin_crossing" in {d["id"] for d in mapview.label_data(ds.places, {"nusaybin_crossing": 1})}
    assert {"qamishli", "qamishli_airport", "nusaybin"} <= {d["id"] for d in mapview.label_data(ds.places)}


# --------------------------------------------------------------------------- 3. data that span years
@pytest.fixture
def years_app(two_episodes, monkeypatch, restore_folium):
    """The app on the shipped seed plus a report of March 2024 (``conftest.two_episodes``)."""
    import streamlit as st

    st.cache_resource.clear()
    yield app_runner(monkeypatch, two_episodes)
    st.cache_resource.clear()


def _slider_bounds(at) -> tuple[dt.date, dt.date]:
    s = at.slider(key="dates")
    return tuple(dt.datetime.fromtimestamp(v / 1e6, dt.UTC).date() for v in (s.min, s.max))


def test_a_long_span_has_a_period_that_narrows_the_slider(years_app):
    """Probe (28_article_seed.png, 35_1920_Map.png): once the data span 2021-2024 the date slider's two handles sat
    on top of each other. A Period choice (the whole span, each year, each month with events) narrows the slider;
    it opens on the narrowest period holding the range, and links keep their ``from``/``to``."""
    at = years_app().run()
    assert not at.exception
    period = at.selectbox(key="date_period")
    assert period.value == "2024-03"
    labels = [o.split(" (")[0] for o in period.options]  # "2021 (7 events)", "Apr 2021 (7 events)"
    assert labels[0].startswith("All: ") and labels[1:] == ["2024", "Mar 2024", "2021", "Apr 2021"]
    lo, hi = _slider_bounds(at)
    assert (lo.year, lo.month) == (2024, 3) and (hi.year, hi.month) == (2024, 3)
    opened = at.slider(key="dates").value
    # a year: the slider spans its days with events (a day's margin), the range moves into them, the URL follows
    at.selectbox(key="date_period").set_value("2021").run()
    assert _slider_bounds(at) == (dt.date(2021, 4, 19), dt.date(2021, 4, 22))  # the seed's events: 20-21 April
    a, b = at.slider(key="dates").value
    assert (a, b) == (dt.date(2021, 4, 19), dt.date(2021, 4, 22))
    assert (at.query_params["from"], at.query_params["to"]) == (f"{a}", f"{b}")
    # the whole span: the range stays
    at.selectbox(key="date_period").set_value("all").run()
    assert at.slider(key="dates").value == (a, b) and _slider_bounds(at)[1].year == 2024
    # a link's days open on the period that holds them
    at = years_app(**{"from": "2021-04-22", "to": "2021-04-24"}).run()
    assert at.selectbox(key="date_period").value == "2021-04"
    assert at.slider(key="dates").value == (dt.date(2021, 4, 22), dt.date(2021, 4, 24))
    # a typed day outside the period: the period follows (the typed dates reach the whole data)
    at.date_input(key="date_to_typed").set_value(opened[1]).run()
    assert at.slider(key="dates").value == (dt.date(2021, 4, 22), opened[1])
    assert at.selectbox(key="date_period").value == "all"


def test_data_of_a_few_days_have_no_period_choice(app):
    at = app(**APRIL).run()
    assert not at.exception
    assert not [s for s in at.selectbox if s.key == "date_period"]
    assert _slider_bounds(at) == (dt.date(2021, 4, 19), dt.date(2021, 4, 30))


def test_the_typed_dates_say_how_a_typed_day_applies(app):
    """Probe (03b_from_typed.png): a day typed in From applied only when the calendar closed; Enter did nothing.
    Enter now closes it (a script in the page), and the help says how a typed day applies."""
    from mapapp import daterange

    at = app(**APRIL).run()
    helps = [at.date_input(key=k).help for k in ("date_from_typed", "date_to_typed")]
    assert all("press Enter" in h and "when the calendar closes" in h for h in helps), helps
    assert any(daterange.ENTER_APPLIES in getattr(h.proto, "body", "") for h in at.get("html")), \
        [getattr(h.proto, "body", "")[:80] for h in at.get("html")]


def test_the_timeline_counts_weeks_or_months_over_a_long_range(years_app):
    """Probe: over 2021-2024 the Timeline's daily bars were a pixel wide. A range of more than three months counts
    by week, of more than two years by month (:func:`mapapp.timeline.bin_for`), and the titles say so."""
    from streamlit.dataframe_util import convert_arrow_bytes_to_pandas_df

    at = years_app(view="Timeline", **{"from": "2021-04-19", "to": "2024-03-11"}).run()
    assert not at.exception
    charts = {str(json.loads(e.proto.spec)["title"]["text"]): e for e in at.get("vega_lite_chart")}
    main = next(e for t, e in charts.items() if t.startswith("Events per month and truces"))
    spec = json.loads(main.proto.spec)
    bars = next(layer for layer in spec["layer"] if layer["encoding"].get("y2", {}).get("field") == "y1")
    assert bars["encoding"]["y"]["title"] == "Events per month"
    rows = next(f for f in (convert_arrow_bytes_to_pandas_df(d.data.data) for d in main.proto.datasets)
                if "y1" in f.columns)
    shown = int(re.match(r"\*\*(\d+)\*\* of", next(m.value for m in at.markdown
                                                    if " of " in m.value and "events" in m.value)).group(1))
    assert rows["count"].sum() == shown
    # a month's bar: the month's days in the range (19-30 Apr 2021, 1-11 Mar 2024), not a day's
    assert ((pd.to_datetime(rows["x2"]) - pd.to_datetime(rows["x"])).dt.days >= 9).all()
    assert any(t.startswith("Events per month by event type") for t in charts)
    at = years_app(view="Timeline", **{"from": "2021-04-19", "to": "2021-09-30"}).run()
    titles = [str(json.loads(e.proto.spec)["title"]["text"]) for e in at.get("vega_lite_chart")]
    assert any(t.startswith("Events per week and truces") for t in titles), titles


def test_the_list_under_the_map_and_the_briefings_footer_say_the_same_rule(ds, pipeline):
    """The list of a clicked symbol's events said "precision 1" of the event near Tal Ziwan with no word of why its
    symbol was hollow, and the briefing's footer said "Approximate places are hollow" (an event near a place with a
    cited point is hollow too)."""
    import html

    from mapapp import briefing, mapview

    near = _near_tal_ziwan(pipeline).iloc[0].to_dict()
    places = {f["properties"]["place_id"]: f["properties"] for f in ds.places["features"]}
    item = html.unescape(mapview.evidence_item_html(near, place=places.get(near["place_id"])))
    assert "precision 2 (approximate location: reported near Tal Ziwan, not at it)" in item
    b = briefing.Briefing(title="t", caption="", date_from=dt.date(2021, 4, 19), date_to=dt.date(2021, 4, 30))
    _, _, foot = briefing.page_html_parts(b, ds.store.shown(_april()), ds.places, ds.border,
                                          mapview.TileSetting.parse("none"), ds.zones)
    assert "Approximate places are hollow" not in foot and "Approximate locations are hollow" in foot


def test_the_map_s_export_row_gives_each_prepare_button_its_whole_label():
    """Each column of the Map's export row is at least as wide as its "Prepare …" button as Chromium
    draws it (measured in a 2400 px window, 2026-12-07: the labels cut at 1280 px were "Prepare Events
    GeoJS…" and "Prepare Zones of 30 Apr (GeoJS…"), with room for a wider day and month."""
    from mapapp.layout import ROWS

    drawn = (("Prepare Events GeoJSON", 172), ("Prepare ACLED CSV", 138),
             ("Prepare Zones of 30 Apr (GeoJSON)", 231), ("Prepare PNG of this view", 169),
             ("Prepare A4 PDF of this view", 184))
    widths = ROWS["exports"]
    assert len(widths) == len(drawn)
    for (label, px), least in zip(drawn, widths, strict=True):
        assert least >= px + 12, (label, least)


def test_the_events_table_says_a_month_or_a_range_not_its_first_day():
    """A month-precision event (time_precision 3, 1–31 Jul 2024) read as the exact day "2024-07-01"; a
    range now reads as its two ends, a month as the month, an exact day as before."""
    from mapapp.eventstable import COLUMNS, date_cells

    rows = pd.DataFrame({
        "event_date": ["2024-07-01", "2024-08-13", "2021-04-20", "2024-06-01", "2021-04-28"],
        "date_from": ["2024-07-01", "2024-08-13", "2021-04-20", "2024-06-01", "2021-04-28"],
        "date_to": ["2024-07-31", "2024-08-13", "2021-04-23", "2024-06-01", "2021-05-02"],
        "time_precision": [3, 1, 1, 3, 1],
        "event_id": ["m", "d", "r", "m1", "r2"],
    })
    out = date_cells(rows)
    assert list(out["event_date"]) == ["2024-07 (month)", "2024-08-13", "2021-04-20 → 23", "2024-06 (month)",
                                       "2021-04-28 → 05-02"]
    assert set(out.columns) <= set(COLUMNS)  # what the cell is made of is not shown beside it
