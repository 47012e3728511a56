"""The Streamlit app's logic with ``streamlit.testing.v1.AppTest`` (no browser).

The app reads a build made here into a temporary folder (``QMAP_OUT``), so the repo's
own ``build/`` is never touched.
"""

from __future__ import annotations

import html
import json
import re

import pytest
from conftest import ROOT, app_runner

from mapapp import mapview
from mapapp.assets import nonlocal_links


@pytest.fixture(scope="module")
def out_dir(tmp_path_factory):
    from pipeline.build import build

    out = tmp_path_factory.mktemp("app") / "out"
    build(ROOT / "seeds", ROOT / "geo", out, progress=False)
    return out


@pytest.fixture
def app(out_dir, monkeypatch, restore_folium):
    # restore_folium: the app localises folium's class-level asset links; they are given back afterwards
    return app_runner(monkeypatch, out_dir)


def _summary(at) -> str:
    return next(m.value for m in at.markdown if " of " in m.value and "events" in m.value)


def _folium(at):
    els = [e for e in at.get("component_instance")
           if getattr(e.proto, "component_name", "").endswith("st_folium")]
    assert els, "no st_folium map on the page"
    return json.loads(els[0].proto.json_args)


def test_map_view_draws_zones_and_events_with_local_assets_only(app):
    at = app().run()
    assert not at.exception
    assert _summary(at).startswith("**7** of 7 events")
    args = _folium(at)
    links = list(args.get("js_links", [])) + list(args.get("css_links", []))
    assert links and all(link.startswith("/app/static/vendor/") for link in links), links
    assert nonlocal_links(links) == []
    page = json.dumps(args, ensure_ascii=False)
    assert "Control zones (as of" in page  # the layer control names the zones layer
    # event symbols travel as a feature group: one JSON record (with its svg) per symbol, deflated
    # in base64 (mapview.pack_json), so the popups' Arabic is not escaped in the message
    blobs = re.findall(r'\}\)\("([A-Za-z0-9+/=]+)"\);', args["feature_group"])
    assert len(blobs) == 1 and "qsym" in args["feature_group"] and "DecompressionStream" in args["feature_group"]
    symbols = mapview.unpack_json(blobs[0])
    assert len(symbols) >= 4 and all(d["svg"].startswith("<svg") and "qpop" in d["popup"] for d in symbols)
    arabic = [m for d in symbols for m in re.findall(r'<div class="qar" dir="rtl" lang="ar">(.+?)</div>', d["popup"])]
    fg = args["feature_group"]  # the evidence travels neither escaped (as it did) nor as plain text
    assert arabic and not any(json.dumps(a)[1:-1] in fg or html.unescape(a) in fg for a in arabic)
    assert "tile.openstreetmap.org" not in args["script"]


def test_the_app_caps_its_servers_malloc_arenas(app, monkeypatch):
    from mapapp import arenas

    monkeypatch.setitem(arenas._state, "done", None)
    monkeypatch.delenv("MALLOC_ARENA_MAX", raising=False)
    at = app().run()
    assert not at.exception
    assert arenas._state["done"] is not None  # asked once the script ran (True on glibc)


def test_filters_come_from_the_url(app):
    at = app(**{"from": "2021-04-20", "to": "2021-04-20"}).run()
    assert not at.exception
    assert _summary(at).startswith("**3** of 7 events")
    assert at.slider(key="dates").value[0].isoformat() == "2021-04-20"
    at = app(types="Battles").run()
    assert _summary(at).startswith("**3** of 7 events")


def test_moving_the_slider_updates_count_and_url(app):
    at = app().run()
    lo, hi = at.slider(key="dates").value
    import datetime as dt

    at.slider(key="dates").set_value((dt.date(2021, 4, 21), dt.date(2021, 4, 21))).run()
    assert not at.exception
    # 21 April: meeting, truce, checkpoints, storming of Tayy, and the two-day clashes and displacement
    assert _summary(at).startswith("**6** of 7 events")
    assert at.query_params["from"] == ["2021-04-21"] or at.query_params["from"] == "2021-04-21"


def test_events_view_table_and_exports(app):
    at = app(view="Events", types="Battles").run()
    assert not at.exception
    df = at.dataframe[0].value
    assert len(df) == 3 and set(df["event_type"]) == {"Battles"}
    assert any("دوار الوحدة" in ev for ev in df["evidence"])


def test_png_and_pdf_without_chromium_tell_the_user_what_to_install(app, monkeypatch):
    """No Chromium: the PNG and PDF buttons show the install hint; there is no other route."""
    from mapapp import printing

    def no_chromium(chromium=None):
        raise printing.PrintError(printing.CHROMIUM_MISSING)

    monkeypatch.setattr(printing, "find_chromium", no_chromium)
    for label in ("Prepare PNG of this view", "Prepare A4 PDF of this view"):
        at = app().run()
        at = next(b for b in at.button if b.label == label).click().run()
        assert not at.exception
        assert any("apt-get install chromium" in e.value for e in at.error), [e.value for e in at.error]


def test_curation_place_to_locate_is_never_a_country(app):
    at = app(view="Gazetteer curation").run()
    assert not at.exception
    box = next(s for s in at.selectbox if s.label == "Place to locate")
    assert box.value is None  # nothing chosen for the analyst
    assert "syria" not in box.options and "hasakah_governorate" not in box.options
    assert any(o.startswith("Tayy") for o in box.options)


def test_events_table_heads_the_sentence_column_for_both_languages(app):
    at = app(view="Events").run()
    assert not at.exception
    assert "evidence (Arabic)" not in str(at.dataframe[0].proto)
    assert "evidence (sentence or summary)" in str(at.dataframe[0].proto)


def test_articles_view_is_rtl_with_linked_places(app):
    at = app(view="Articles").run()
    assert not at.exception
    body = next(m.value for m in at.markdown if m.value.startswith("<div class=\"qarticle\""))
    assert 'dir="rtl"' in body
    assert 'href="?view=Map&amp;focus=tayy"' in body or 'href="?view=Map&focus=tayy"' in body
    assert body.count('class="hl-place"') >= 15


def test_timeline_and_about_views_render(app):
    at = app(view="Timeline").run()
    assert not at.exception
    assert any("Truces" in h.value for h in at.subheader)
    at = app(view="About the data").run()
    assert not at.exception
    assert any("cited coordinate" in m.value for m in at.markdown)
    # the measured quality of the extraction, from pipeline/data/quality.toml
    from pipeline.quality import read_quality

    real = next(m for m in read_quality() if m.kind == "real" and m.blind)
    assert any(h.value == "How far to trust an automatic event" for h in at.subheader)
    assert any(f"{round(real.precision * 10)} in 10** automatic events" in m.value for m in at.markdown)
    table = next(d.value for d in at.dataframe if "Precision" in d.value.columns)
    assert real.commit in set(table["Commit"]) and len(table) == len(read_quality())


def test_every_csv_download_starts_with_a_bom(app, monkeypatch):
    """Both "ACLED CSV" downloads (the Map's export row and the Events table) are the Excel-ready
    file: UTF-8 with a byte order mark, so the Arabic columns are not mojibake in Excel."""
    import streamlit as st

    from mapapp import exports

    made: list[bytes] = []
    real = exports.acled_csv
    monkeypatch.setattr(exports, "acled_csv", lambda *a, **k: made.append(real(*a, **k)) or made[-1])
    for view, label in (("Map", "Prepare ACLED CSV"), ("Events", "Prepare ACLED CSV")):
        st.cache_data.clear()  # the prepared files are cached per build and filters: make each view's own
        at = app(view=view).run()
        assert not at.exception
        next(b for b in at.button if b.label == label).click().run()
        assert not at.exception
        assert any("ACLED CSV" in getattr(e.proto, "label", "") for e in at.get("download_button")), view
    assert len(made) == 2
    assert all(d.startswith(exports.UTF8_BOM) and b"event_id_cnty" in d[:40] for d in made)


@pytest.fixture(scope="module")
def shipped_out(tmp_path_factory):
    """The shipped build: the seed article and the curated April 2021 rows."""
    from pipeline.build import build

    out = tmp_path_factory.mktemp("app_shipped") / "out"
    build(ROOT / "seeds", ROOT / "geo", out, progress=False, curated_dir=ROOT / "curated")
    return out


def test_every_view_counts_the_same_events(shipped_out, app, monkeypatch):
    """20-26 April 2021 of the shipped build: the summary line said 34 events and the Timeline's charts
    32 (they left out the two events of 26-29 April dated the 27th, which the filters show). Map,
    Events, Feed, Timeline (both charts, and their bars) and the briefing now count the same 34."""
    import streamlit as st

    from mapapp.data import load_dataset
    from mapapp.filters import Filters

    monkeypatch.setenv("QMAP_OUT", str(shipped_out))
    st.cache_resource.clear()
    window = {"from": "2021-04-20", "to": "2021-04-26"}
    import datetime as dt

    n = load_dataset(shipped_out).store.counts(Filters(dt.date(2021, 4, 20), dt.date(2021, 4, 26))).shown
    assert n == 34
    for view in ("Map", "Events"):
        at = app(view=view, **window).run()
        assert not at.exception
        assert _summary(at).startswith(f"**{n}** of ")
    at = app(view="Feed", **window).run()
    assert any(m.value.startswith(f"**{n}** events, newest first") for m in at.markdown)
    at = app(view="Timeline", **window).run()
    assert not at.exception and _summary(at).startswith(f"**{n}** of ")
    specs = [json.loads(e.proto.spec) for e in at.get("vega_lite_chart")]
    subtitles = [sp["title"]["subtitle"] for sp in specs]
    assert subtitles[0] == [f"{n} in 20 Apr – 26 Apr 2021", "incl. 2 events dated outside the range,",
                            "counted on their nearest day in it"]  # lines: the column beside the map is narrow
    assert " ".join(subtitles[1]).startswith(f"{n} events (incl. 2 events dated outside the range")
    from streamlit.dataframe_util import convert_arrow_bytes_to_pandas_df

    frames = [convert_arrow_bytes_to_pandas_df(d.data.data) for e in at.get("vega_lite_chart") for d in e.proto.datasets]
    per_day = next(f for f in frames if list(f.columns[:3]) == ["day", "group", "value"])
    bars = next(f for f in frames if "y1" in f.columns)
    assert per_day["value"].sum() == bars["count"].sum() == n  # the bars add up to the summary's count
    at = app(view="briefing", **window).run()
    page = next(e.proto.srcdoc or e.proto.html for e in at.get("iframe"))
    assert f" · {n} events · " in page
    # the briefing's sources: the forum's tag pages (low trust) after every agency, marked (they report 3
    # events; 4 more rows cite them only among a day's sources: pipeline.sourcing)
    sources = page[page.index('<div id="qsources">'):]
    sources = sources[:sources.index("</div>")]
    assert '<span class="qlow">forum.nef2.com (tag pages) (3, low trust)</span>' in sources
    assert sources.index("Shafaq News") < sources.index("more outlets") < sources.index("forum.nef2.com")
    st.cache_resource.clear()


def test_briefing_view_has_no_widgets(app):
    at = app(view="briefing", **{"from": "2021-04-20", "to": "2021-04-22"}, title="Morning <brief>",
             caption="Truce talks").run()
    assert not at.exception
    assert len(at.sidebar.radio) == 0 and len(at.slider) == 0
    page = next(e.proto.srcdoc or e.proto.html for e in at.get("iframe"))
    assert "<h1 dir=\"auto\">Morning &lt;brief&gt;</h1>" in page and "Truce talks" in page
    assert "20 Apr 2021 – 22 Apr 2021" in page and "Sources</b>" in page and "Generated " in page


def test_article_highlighting_escapes_text_and_marks_spans():
    from mapapp.articleview import highlight_article

    art = {"text": "اشتباك <b>في</b> حي طي",
           "mentions": [{"start": 17, "end": 22, "place_id": "tayy", "name_en": "Tayy", "geo_precision": 2}],
           "actors": [], "dates": []}
    assert art["text"][17:22] == "حي طي"
    out = highlight_article(art)
    assert "&lt;b&gt;في&lt;/b&gt;" in out and "<b>" not in out
    assert 'href="?view=Map&focus=tayy"' in out and ">حي طي</a>" in out


def test_playback_steps_through_the_days_with_events_and_stops_on_the_last(app, out_dir):
    from mapapp import playback
    from mapapp.data import load_dataset
    from mapapp.filters import Filters

    # in the app: Play pressed after the last day with events starts again from the range's first
    # day and runs to that last day, the counts following, then stops
    at = app().run()
    lo, hi = at.slider[0].value  # the full range at first
    days = playback.stop_days(load_dataset(out_dir).store, Filters(lo, lo), hi)
    assert days and days[-1] < hi
    at.slider[0].set_value((lo, hi)).run()
    at.selectbox(key="play_speed").set_value("fast (0.3 s a day)").run()
    at = at.button(key="play_button").click().run(timeout=60)
    assert not at.exception
    assert at.slider[0].value == (lo, days[-1])
    assert f"control zones as of {days[-1]:%d %b %Y}" in _summary(at)
    assert at.session_state["play_on"] is False
    assert at.button(key="play_button").label == "▶ Play"


def test_lowest_confidence_control_hides_less_sure_events_and_popups_name_the_rule(app, out_dir):
    """Issue 10 (3): a sidebar control (and ``?confidence=``) hides low/medium-confidence events;
    each popup says how sure the extraction is and which rule made the event."""
    import pyarrow.parquet as pq

    conf = pq.read_table(out_dir / "events.parquet", columns=["confidence"]).column("confidence").to_pylist()
    n_high = conf.count("high")
    assert 0 < n_high < len(conf)  # the seed has events of more than one level
    at = app(confidence="high").run()
    assert not at.exception
    assert _summary(at).startswith(f"**{n_high}** of {len(conf)} events")
    control = at.radio(key="min_confidence")
    assert control.value == "high"
    control.set_value("low").run()
    assert _summary(at).startswith(f"**{len(conf)}** of {len(conf)} events")
    assert "confidence" not in at.query_params
    blobs = re.findall(r'\}\)\("([A-Za-z0-9+/=]+)"\);', _folium(at)["feature_group"])
    popups = " ".join(d["popup"] for d in mapview.unpack_json(blobs[0]))
    assert popups.count('class="qrule"') == len(conf)  # one line per event (each popup lists all of its few)
    assert "high confidence</span> · rule <code" in popups and "rule <code title=\"trigger:" in popups
    assert '</code> · trigger «<bdi class="qtrig">' in popups  # as the article wrote it


def test_no_tiles_unless_asked_for(app, monkeypatch):
    """The default run makes no request off the machine: no tile layer unless QMAP_TILES or ?tiles= asks."""
    monkeypatch.delenv("QMAP_TILES")
    page = json.dumps(_folium(app().run()), ensure_ascii=False)
    assert "tile.openstreetmap.org" not in page
    page = json.dumps(_folium(app(tiles="osm").run()), ensure_ascii=False)
    assert "tile.openstreetmap.org" in page


def test_two_episodes_years_apart_open_on_the_latest_say_the_zones_evidence_date_and_play_jumps(
        two_episodes, app, monkeypatch):
    """New-user trial: after adding a report of March 2024 to the April 2021 data the app opened on
    19 Apr 2021 → 11 Mar 2024, said "control zones as of 11 Mar 2024" of April 2021 zones with no
    caveat, had no way to set a 19-26 April window exactly, and Play stepped through ~1,050 empty days."""
    import datetime as dt

    import streamlit as st

    monkeypatch.setenv("QMAP_OUT", str(two_episodes))
    st.cache_resource.clear()
    at = app().run()
    assert not at.exception
    # 1. the latest activity, not the whole span; the rule is in the slider's help
    assert at.slider(key="dates").value == (dt.date(2024, 3, 9), dt.date(2024, 3, 11))
    assert "latest activity" in at.slider(key="dates").help
    # 3. the zones' latest evidence (from the build) is named
    assert _summary(at).startswith("**1** of ")
    assert re.search(r"control zones as of 11 Mar 2024: no evidence since 2[0-9] Apr 2021 \(drawn faded\)$", _summary(at))
    legend = next(m.value for m in at.markdown if "qlegend" in m.value)  # the legend words it the same way
    assert re.search(r"Legend · control zones as of 11 Mar 2024: no evidence since 2[0-9] Apr 2021 \(drawn faded\)", legend)
    # 2. typed dates: in sync with the slider and the URL
    assert at.date_input(key="date_from_typed").value == dt.date(2024, 3, 9)
    at.date_input(key="date_from_typed").set_value(dt.date(2021, 4, 19)).run()
    at.date_input(key="date_to_typed").set_value(dt.date(2021, 4, 26)).run()
    assert not at.exception
    assert at.slider(key="dates").value == (dt.date(2021, 4, 19), dt.date(2021, 4, 26))
    assert at.query_params["from"] in (["2021-04-19"], "2021-04-19") and at.query_params["to"] in (["2021-04-26"], "2021-04-26")
    assert _summary(at).endswith("control zones as of 26 Apr 2021")  # evidence reaches that day: no caveat
    at.slider(key="dates").set_value((dt.date(2021, 4, 21), dt.date(2021, 4, 28))).run()
    assert (at.date_input(key="date_from_typed").value, at.date_input(key="date_to_typed").value) == \
        (dt.date(2021, 4, 21), dt.date(2021, 4, 28))
    # a shared link's dates reach the typed dates too
    at = app(**{"from": "2021-04-20", "to": "2021-04-22"}).run()
    assert (at.date_input(key="date_from_typed").value, at.date_input(key="date_to_typed").value) == \
        (dt.date(2021, 4, 20), dt.date(2021, 4, 22))
    # 4. Play from 28 Apr 2021 reaches the March 2024 report's day in one step (the stretch between
    # jumped: Play stops only on days with events), ends there, and says so
    assert any("skipping the days they leave empty" in c.value for c in at.sidebar.caption)
    at.slider(key="dates").set_value((dt.date(2021, 4, 20), dt.date(2021, 4, 28))).run()
    at.selectbox(key="play_speed").set_value("fast (0.3 s a day)").run()
    at = at.button(key="play_button").click().run(timeout=30)  # ~1,050 steps would take minutes
    assert not at.exception
    assert at.slider(key="dates").value == (dt.date(2021, 4, 20), dt.date(2024, 3, 10))
    assert at.session_state["play_on"] is False
    # the briefing (a printed page) carries the same caveat
    at = app(view="briefing").run()
    page = next(e.proto.srcdoc or e.proto.html for e in at.get("iframe"))
    assert re.search(r"control zones as of 11 Mar 2024: no evidence since 2[0-9] Apr 2021 \(drawn faded\)", page)
    st.cache_resource.clear()


def test_briefing_names_the_filters_it_shows(shipped_out, app, monkeypatch):
    """New-user trial: ``?to=2021-04-26&types=Battles&actors=ndf&reviewed=only&confidence=high``, then the
    briefing view: its header gave the filtered counts with no filter named. The page (and so its PNG
    and PDF, drawn from it) names them, with the period's total; with no filter, no line."""
    import datetime as dt

    import streamlit as st

    from mapapp.data import load_dataset
    from mapapp.filters import Filters

    monkeypatch.setenv("QMAP_OUT", str(shipped_out))
    st.cache_resource.clear()
    store = load_dataset(shipped_out).store
    lo, hi = dt.date(2021, 4, 19), dt.date(2021, 4, 26)
    period = Filters(lo, hi)
    f = Filters(lo, hi, ("Battles",), ("ndf",), reviewed_only=True, min_confidence="high")
    n, total = store.counts(f).shown, store.counts(period).shown
    assert 0 < n < total
    trial = {"from": "2021-04-19", "to": "2021-04-26", "types": "Battles", "actors": "ndf", "reviewed": "only",
             "confidence": "high"}  # the trial's link (its "from" was the slider's first day)
    at = app(view="briefing", **trial).run()
    assert not at.exception
    page = next(e.proto.srcdoc or e.proto.html for e in at.get("iframe"))
    assert (f'<div class="qfilter">Filtered: Battles · NDF · reviewed only · high confidence — {n} of {total} '
            "events in the period") in page
    assert f" · {n} events · " in page and "Changed hands <small>(all reports, not filtered)</small>" in page
    assert "<title>Qamishli: control zones and events — " in page
    at = app(view="briefing", **{"from": "2021-04-19", "to": "2021-04-26"}).run()
    page = next(e.proto.srcdoc or e.proto.html for e in at.get("iframe"))
    assert "Filtered:" not in page and f" · {total} events · " in page
    st.cache_resource.clear()


def test_events_table_puts_what_an_analyst_reads_first_and_keeps_every_column(app):
    """New-user trial: the first screen showed only date, type and actors. The table leads with date,
    confidence and review status (pinned), type, location, fatalities and actors, and keeps every column."""
    from mapapp.eventstable import COLUMNS

    at = app(view="Events").run()
    assert not at.exception
    assert not at.dataframe[0].proto.column_order  # the frame's order is the order shown
    table = at.dataframe[0].value
    assert list(table.columns) == list(COLUMNS)
    assert list(table.columns[:8]) == ["event_date", "confidence", "review_status", "event_type", "location",
                                       "fatalities", "actor1", "actor2"]
    before = {"event_date", "event_type", "sub_event_type", "actor1", "actor2", "location", "geo_precision",
              "fatalities", "injuries", "source", "review_status", "evidence", "event_id"}
    assert before <= set(table.columns)  # nothing dropped
    assert table["confidence"].isin(["low", "medium", "high"]).all()
    # the eight fit beside the sidebar of a 1400-px window (~940 px of table), the date pinned
    config = json.loads(at.dataframe[0].proto.columns)
    assert sum(config[c]["width"] for c in table.columns[:8]) <= 940
    # date, confidence and review status pinned: on screen at any width (a new-user probe at 1000 and 1280 px
    # found the last two cut off after the actors)
    assert [c for c in table.columns if config.get(c, {}).get("pinned")] == ["event_date", "confidence",
                                                                             "review_status"]


def test_a_slider_move_wins_over_stale_typed_dates_in_the_same_rerun(app):
    """CI (a loaded browser): quick keyboard steps on the slider interrupt reruns, and the next rerun can
    carry the typed dates of an older range along with the slider's new value; that put the slider back
    (the map stayed at 7 of 7 events). The slider wins in such a rerun; a typed date alone still moves it."""
    import datetime as dt

    at = app().run()
    lo, hi = at.slider(key="dates").value
    moved = (lo, hi - dt.timedelta(days=2))
    at.slider(key="dates").set_value(moved)
    at.date_input(key="date_to_typed").set_value(hi - dt.timedelta(days=1))  # an older value echoed back
    at.run()
    assert not at.exception
    assert at.slider(key="dates").value == moved
    assert at.date_input(key="date_to_typed").value == moved[1]  # the dates follow the slider
    at.date_input(key="date_to_typed").set_value(hi - dt.timedelta(days=1)).run()  # typed alone
    assert at.slider(key="dates").value == (lo, hi - dt.timedelta(days=1))


@pytest.mark.parametrize("name, value, said", [
    ("articles.json", [["a list", "where an article belongs"]], "article 1 is a list, not an object"),
    ("articles.json", [{"id": "a1", "text": "some words"}], "article 1 has no published, source"),
    ("activity.json", {"latest": ["2021-04-20"], "play_days": []}, "'latest' is a list where a dict belongs"),
    ("reviews.json", {"rejected": 3}, "'rejected' is a int where a list belongs"),
    ("places.geojson", {"type": "FeatureCollection", "features": [{"properties": {}, "geometry": None}]},
     "feature's properties 1 has no place_id"),
])
def test_a_build_json_of_the_wrong_shape_is_named_with_how_to_rebuild(out_dir, app, monkeypatch, tmp_path,
                                                                        name, value, said):
    """A published JSON of the wrong shape stopped the Articles page (and others) with a traceback;
    now every page names the file, what is wrong in it and the command to rebuild."""
    import shutil

    broken = tmp_path / "out"
    shutil.copytree(out_dir, broken, ignore=shutil.ignore_patterns("cache"))
    (broken / name).write_text(json.dumps(value), encoding="utf-8")
    monkeypatch.setenv("QMAP_OUT", str(broken))
    for view in ("Articles", "Map", "Review"):
        at = app(view=view).run()
        assert not at.exception, at.exception
        message = " ".join(e.value for e in at.error)
        assert f"{broken / name} is broken" in message and said in message
        assert "python -m pipeline build" in message


def test_events_table_location_cell_of_an_event_with_no_place_is_never_blank():
    """An event drawn nowhere (a village the gazetteer lacks, in an article naming no known place)
    shows its unresolved name in the Events table, else "place unknown"; a placed event is unchanged."""
    import pandas as pd

    from mapapp.eventstable import NO_PLACE, location_cells

    rows = pd.DataFrame({"event_id": ["a", "b", "c", "d"],
                         "location": ["Qamishli", "", None, "  "],
                         "unresolved_name": ["", "خربة سليمو", None, ""]})
    shown = location_cells(rows)
    assert list(shown["location"]) == ["Qamishli", "خربة سليمو", NO_PLACE, NO_PLACE]
    assert "unresolved_name" not in shown.columns and list(rows["location"])[1] == ""


def _said(at) -> list[str]:
    """The page's warnings as they read (their Markdown's character references undone)."""
    return [html.unescape(w.value) for w in at.warning]


def test_a_link_outside_the_data_is_followed_as_far_as_it_goes_and_says_so(app):
    """A colleague's link with dates the build does not cover opened on other days with no word (here
    its first day alone), and an unknown type or source in it vanished silently. The page now says what the link asked for,
    what the data covers and what is shown instead, once, until the analyst changes the view."""
    import datetime as dt

    at = app(**{"from": "2019-03-01", "to": "2019-03-04"}, types="Battles,Riots",
             sources="Shafaq News|Daily Nowhere").run()
    assert not at.exception
    lo, hi = at.slider(key="dates").min, at.slider(key="dates").max
    assert at.slider(key="dates").value == (dt.date(2021, 4, 19), dt.date(2021, 4, 27))  # the opening range
    assert len(at.warning) == 1
    said = _said(at)[0]
    assert "This link asks for 01 Mar 2019 → 04 Mar 2019, but the data covers 19 Apr 2021 → 27 Apr 2021" in said
    assert "showing the range the app opens on, 19 Apr 2021 → 27 Apr 2021, instead" in said
    assert "event type “Riots” is not in this data" in said and "source “Daily Nowhere”" in said
    assert at.multiselect(key="types").value == ["Battles"] and at.multiselect(key="sources").value == ["Shafaq News"]
    assert _summary(at).startswith("**3** of 7 events")
    at.run()  # another run of the same view (the map reporting its area): still said, once
    assert _said(at) == [said]
    at.slider(key="dates").set_value((dt.date(2021, 4, 20), dt.date(2021, 4, 21))).run()
    assert not at.warning  # the analyst moved on: the note no longer describes what is shown
    # a range the data partly covers: that part
    at = app(**{"from": "2021-04-25", "to": "2021-05-20"}).run()
    assert at.slider(key="dates").value == (dt.date(2021, 4, 25), dt.date(2021, 4, 27))
    assert "showing 25 Apr 2021 → 27 Apr 2021 instead" in _said(at)[0]
    # bad date text: that date alone is ignored
    at = app(**{"from": "20.04.2021", "to": "2021-04-21"}).run()
    assert at.slider(key="dates").value == (dt.date(2021, 4, 19), dt.date(2021, 4, 21))
    assert _said(at) == ["The link's start date “20.04.2021” is not a date like 2021-04-20: showing 19 Apr 2021 → "
                         "21 Apr 2021 (from the start of the range the app opens on)."]
    # the briefing view says it too; a link inside the data says nothing
    at = app(view="briefing", **{"from": "2030-01-01"}).run()
    assert not at.exception and "the data covers 19 Apr 2021 → 27 Apr 2021" in _said(at)[0]
    at = app(**{"from": "2021-04-20", "to": "2021-04-21"}, types="Battles").run()
    assert not at.warning and (lo, hi) == (at.slider(key="dates").min, at.slider(key="dates").max)


def test_the_url_holds_no_map_area_until_the_map_reports_one(app):
    """On load the URL held the whole governorate's bbox (st_folium's answer before the map has drawn,
    the base map's bounds) until the map reported its view: a link copied or reloaded then opened on the
    governorate. A shared link's area is kept as it is until the map reports."""
    at = app().run()
    assert not at.exception
    assert "bbox" not in at.query_params
    at.run()
    assert "bbox" not in at.query_params
    shared = "36.98000,41.15000,37.12000,41.32000"
    at = app(bbox=shared).run()
    assert at.query_params["bbox"] in (shared, [shared])


def test_the_session_keeps_no_copy_of_the_source_groups(shipped_out, app, monkeypatch):
    """Per-session state stays small: the Sources filter's outlets come from the dataset (one per build),
    not from a copy in every session's state."""
    import datetime as dt

    import streamlit as st

    from mapapp.data import load_dataset
    from mapapp.filters import Filters

    monkeypatch.setenv("QMAP_OUT", str(shipped_out))
    st.cache_resource.clear()
    ds = load_dataset(shipped_out)
    outlet, names = next((o, n) for o, n in ds.source_groups.items() if len(n) > 1)  # an outlet of two editions
    window = {"from": "2021-04-19", "to": "2021-04-26"}
    n = ds.store.counts(Filters(dt.date(2021, 4, 19), dt.date(2021, 4, 26), sources=names)).shown
    at = app(**window).run()
    at.multiselect(key="sources").set_value([outlet]).run()
    assert not at.exception
    assert "source_groups" not in at.session_state
    assert _summary(at).startswith(f"**{n}** of ")
    assert at.query_params["sources"] in ("|".join(names), ["|".join(names)])
    st.cache_resource.clear()


def test_st_folium_s_answer_before_the_map_reports_is_no_map_area():
    """The bounds st_folium answers before the browser's map reports (the folium map's own, the
    governorate) are no view; a reported one is, and reopens as itself (framing.view_of_viewport)."""
    from mapapp.briefing_view import reported_bounds
    from mapapp.framing import view_of_viewport, visible

    unreported = [[36.701003, 39.5], [37.324869, 42.356224]]
    answer = {"bounds": {"_southWest": {"lat": 36.701003, "lng": 39.5},
                         "_northEast": {"lat": 37.324869, "lng": 42.356224}}}
    assert reported_bounds(answer, unreported) is None
    view = ((37.05, 41.22), 13)
    s, w, n, e = visible(view)
    moved = {"bounds": {"_southWest": {"lat": s, "lng": w}, "_northEast": {"lat": n, "lng": e}}}
    b = reported_bounds(moved, unreported)
    assert b is not None and view_of_viewport(b) == view
    assert reported_bounds(moved, None) == b and reported_bounds(None, unreported) is None


def _popup_of(at, event_id: str) -> str:
    """The popup HTML of the event ``event_id`` (one ``qev`` block of its symbol's popup)."""
    blobs = re.findall(r'\}\)\("([A-Za-z0-9+/=]+)"\);', _folium(at)["feature_group"])
    for d in mapview.unpack_json(blobs[0]):
        marker = f'data-event-id="{event_id}"'
        if marker in d["popup"]:
            block = d["popup"][d["popup"].index(marker):]
            return block.split('<div class="qev', 1)[0]
    raise AssertionError(f"no popup holds {event_id}")


def test_every_view_says_the_same_reports_and_outlets_of_an_event(shipped_out, app, monkeypatch):
    """New-user probe (20–26 Apr 2021): the briefing said "14 reports from 13 outlets" of a curated row whose
    refs are the day's sources, none said to report it, and "8 reports from 8 outlets" of the Wahda roundabout
    shooting, whose popup said "2 reports from 8 outlets". A report is an article or a curated row; an outlet
    reports an event only when a report of it does (pipeline.sourcing). Popup, Feed, Events table and the
    briefing now say the same words, read from the build."""
    import streamlit as st

    from mapapp.data import load_dataset

    monkeypatch.setenv("QMAP_OUT", str(shipped_out))
    st.cache_resource.clear()
    window = {"from": "2021-04-20", "to": "2021-04-26"}
    store = load_dataset(shipped_out).store
    frame = store.frame()
    wahda = frame[frame["merged_ids"].map(lambda m: "cur-0420-wahda-shooting" in m)].iloc[0]["event_id"]
    alou = "cur-0426-samer-alou-killed"
    said = {wahda: "2 reports from 2 outlets (+5 cited as background)", alou: "1 report (12 outlets cited as background)"}

    at = app(view="Map", event=wahda, **window).run()
    assert not at.exception
    assert said[wahda] in _popup_of(at, wahda) and "from 8 outlets" not in _popup_of(at, wahda)
    at = app(view="Map", event=alou, **window).run()
    assert said[alou] in _popup_of(at, alou) and "13 outlets" not in _popup_of(at, alou)
    assert "cited as background:</span> <a href=" in _popup_of(at, alou)  # its links are no reports of it
    at = app(view="Feed", **window).run()
    feed = " ".join(m.value for m in at.markdown)
    assert all(words in feed for words in said.values())
    at = app(view="Events", **window).run()
    table = at.dataframe[0].value.set_index("event_id")
    assert {table.loc[eid, "reports"] for eid in said} == set(said.values())
    at = app(view="briefing", **window).run()
    page = next(e.proto.srcdoc or e.proto.html for e in at.get("iframe"))
    key = page[page.index('<div id="qkey">'):]
    assert "14 reports" not in key and "8 reports from 8 outlets" not in key
    assert said[alou] in key  # the Mill roundabout clash of that day: the same words
    assert f"{said[wahda]} · curated" in key
    # the sources line counts an outlet for the events it reports: the forum's pages report 3 of them
    sources = page[page.index('<div id="qsources">'):]
    sources = sources[:sources.index("</div>")]
    assert '<span class="qlow">forum.nef2.com (tag pages) (3, low trust)</span>' in sources
    assert "cited only as background" in sources
    st.cache_resource.clear()


def test_the_popup_keeps_the_analysts_curated_toll_and_says_what_reports_say(shipped_out, app, monkeypatch):
    """Probe: the Wahda roundabout shooting, coded by the analysts as 2 dead (one on each side), showed
    "killed 1 (reports: 1–5)" on the map, the lowest of its reports. The curated figure stands and the
    popup says where the others differ; the list under the map and the briefing say the same toll."""
    import streamlit as st

    from mapapp.data import load_dataset

    monkeypatch.setenv("QMAP_OUT", str(shipped_out))
    st.cache_resource.clear()
    frame = load_dataset(shipped_out).store.frame()
    row = frame[frame["merged_ids"].map(lambda m: "cur-0420-wahda-shooting" in m)].iloc[0]
    at = app(view="Map", event=row["event_id"], **{"from": "2021-04-20", "to": "2021-04-26"}).run()
    assert not at.exception
    popup = _popup_of(at, row["event_id"])
    assert "killed 2 (curated; other reports say 1)" in popup and "killed 1 (reports" not in popup
    assert "killed 2 (curated; other reports say 1)" in mapview.toll_text(row)
    st.cache_resource.clear()


@pytest.mark.parametrize("article, said", [
    ({"mentions": {"start": 0}}, "its article 1's mention are a dict, not a list"),
    ({"dates": [{"start": 0, "end": 3}, {"start": 5}]}, "article 1's date 2 has no end"),
    ({"actors": None}, "its article 1's actor are a NoneType, not a list"),
])
def test_an_article_span_of_the_wrong_shape_is_named_and_empty_ones_pass(tmp_path, article, said):
    """The spans of articles.json are checked on every load (an empty list has nothing to check)."""
    from mapapp import data

    fine = {"id": "a1", "published": "2021-04-20", "source": "X", "text": "t", "mentions": [], "actors": [],
            "dates": [{"start": 0, "end": 1}]}
    shapes = {"places": {"features": []}, "zones": {"features": []}, "reviews": {}, "manifest": {},
              "activity": None}
    data.check_shapes(tmp_path, articles=[fine], **shapes)
    with pytest.raises(data.BrokenBuild, match=said):
        data.check_shapes(tmp_path, articles=[{**fine, **article}],
                          **shapes)


def test_a_link_may_name_an_actor_as_the_app_shows_it(app):
    """``actors=NDF: National Defence Forces`` (as the Actors filter shows it) or ``actors=NDF`` picks
    the actor as its id does; it was refused as "not in this data"."""
    for asked in ("NDF: National Defence Forces", "NDF"):
        at = app(**{"from": "2021-04-19", "to": "2021-04-27"}, actors=asked).run()
        assert not at.exception
        assert at.multiselect(key="actors").value == ["ndf"], asked
        assert not [w for w in _said(at) if "not in this data" in w], asked


def test_the_actors_filter_says_which_side_a_force_counts_with(app):
    """Probe: filtering the April 2021 battles on the SDF showed none, though the zones read "contested (SDF
    vs Government)": the fighting is coded to the Asayish, listed apart. The filter lists each force with the
    side it counts with (actors.csv ``side``), and its help says to choose each force of a side."""
    from mapapp.briefing_view import actor_option

    at = app(**{"from": "2021-04-19", "to": "2021-04-27"}).run()
    actors = at.multiselect(key="actors")
    assert "Asayish (SDF side): Internal Security Forces (AANES)" in actors.options
    assert "NDF (Government side): National Defence Forces" in actors.options
    assert "SDF: Syrian Democratic Forces" in actors.options  # a side's own force: its name alone
    assert "choose each force of a side" in actors.help
    assert actor_option("no_such_actor") == "no_such_actor"
