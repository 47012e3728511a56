"""Events with no point on the map are counted and listed, never lost silently.

A build of the shipped seeds plus one article written here: its event is at a village the
gazetteer lacks, with no area given around it, so the build places it in the governorate
(approximate, no point; its name kept as unresolved). The Map says how many filtered events it
cannot draw and where they are known to be, and lists them with their unresolved names; the
downloads keep them with empty coordinates. The article's sentences are written for this test.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import shutil

import pandas as pd
import pytest
from conftest import ROOT
from streamlit.testing.v1 import AppTest

from mapapp import exports, unplaced
from mapapp.filters import Filters
from mapapp.store import EventStore

VILLAGE = "تل جمعة"
ARTICLE = ("عاد الهدوء إلى مدينة عامودا صباح اليوم الخميس بعد ليلة متوترة. وفي وقت لاحق استهدفت طائرة مسيرة "
           f"تركية سيارة قرب قرية {VILLAGE} الغربية، ما أدى إلى مقتل شخص واحد.")
META = ('title = "test: a strike at a village the gazetteer lacks"\nsource = "Test outlet"\nlanguage = "ar"\n'
        'published = 2021-04-22\nurl = ""\n')


@pytest.fixture(scope="module")
def out_dir(tmp_path_factory):
    from pipeline.build import build

    base = tmp_path_factory.mktemp("unplaced")
    seeds = base / "seeds"
    shutil.copytree(ROOT / "seeds", seeds)
    (seeds / "900_unplacedvillage01.txt").write_text(ARTICLE + "\n", encoding="utf-8")
    (seeds / "900_unplacedvillage01.toml").write_text(META, encoding="utf-8")
    out = base / "out"
    build(seeds, ROOT / "geo", out, progress=False)
    return out


@pytest.fixture
def store(out_dir):
    return EventStore.open(out_dir / "events.parquet")


def _all(store) -> Filters:
    lo, hi = store.date_range()
    return Filters(lo, hi, (), (), (), False, False, "", "low")


def _places(out_dir) -> dict:
    return json.loads((out_dir / "places.geojson").read_text(encoding="utf-8"))


def test_the_build_leaves_the_village_event_without_a_point(store):
    """The premise: the event exists, in the governorate, without coordinates, its name kept."""
    ev = store.frame() if callable(store.frame) else store.frame
    (row,) = [r for _, r in ev.iterrows() if VILLAGE in str(r["evidence"])]
    assert row["place_id"] == "hasakah_governorate" and pd.isna(row["latitude"])
    assert row["unresolved_name"] == VILLAGE and bool(row["approximate"])


def test_without_point_lists_exactly_the_filtered_events_with_no_coordinates(store):
    f = _all(store)
    missing = store.without_point(f)
    assert VILLAGE in missing["unresolved_name"].tolist()
    assert missing["latitude"].isna().all()
    everything = store.shown(f)
    assert len(missing) == int(everything["latitude"].isna().sum())
    # outside the period: not counted
    before = Filters(dt.date(2000, 1, 1), dt.date(2000, 1, 2), (), (), (), False, False, "", "low")
    assert store.without_point(before).empty


def test_summary_line_counts_them_by_the_area_they_are_known_in(store, out_dir):
    missing = store.without_point(_all(store))
    line = unplaced.summary_line(missing, _places(out_dir))
    n = len(missing)
    assert line.startswith(f"**{n}** event")
    assert "without a map point" in line and "Hasakah governorate: " in line
    assert unplaced.summary_line(missing.iloc[0:0], _places(out_dir)) == ""


def test_table_shows_the_unresolved_name_and_the_area_and_flags(store, out_dir):
    t = unplaced.table(store.without_point(_all(store)), _places(out_dir))
    (row,) = [r for _, r in t.iterrows() if r["place named (not in the gazetteer)"] == VILLAGE]
    assert row["known only as"] == "Hasakah governorate"
    assert bool(row["approximate"]) and row["geo_precision"] == 3 and row["killed"] == 1


def test_exports_keep_the_event_with_empty_coordinates(store, out_dir):
    shown = store.shown(_all(store))
    text = exports.acled_csv(shown, dt.datetime(2026, 12, 6, tzinfo=dt.UTC), places=_places(out_dir))
    text = text.decode("utf-8-sig") if isinstance(text, bytes) else text
    (row,) = [r for r in csv.DictReader(io.StringIO(text)) if VILLAGE in r["evidence"]]
    assert row["latitude"] == "" and row["longitude"] == "" and row["geo_precision"] == "3"
    assert VILLAGE in row["location"]
    gj = json.loads(exports.events_geojson(shown))
    (feat,) = [x for x in gj["features"] if x["properties"].get("unresolved_name") == VILLAGE]
    assert feat["geometry"] is None and feat["properties"]["approximate"] is True


def test_the_map_says_how_many_events_it_cannot_draw_and_lists_them(out_dir, store, monkeypatch, restore_folium):
    monkeypatch.setenv("QMAP_OUT", str(out_dir))
    monkeypatch.setenv("QMAP_SKIP_BUILD", "1")
    monkeypatch.setenv("QMAP_TILES", "none")
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60).run()
    assert not at.exception
    n = len(store.without_point(_all(store)))
    (line,) = [m.value for m in at.markdown if "without a map point" in m.value]
    assert line.startswith(f"**{n}** event") and "Hasakah governorate: " in line
    (exp,) = [e for e in at.expander if "without a point" in e.label]
    (table,) = [d.value for d in exp.dataframe]
    assert len(table) == n and VILLAGE in table["place named (not in the gazetteer)"].tolist()


def _app(out_dir, monkeypatch, store, view: str) -> AppTest:
    monkeypatch.setenv("QMAP_OUT", str(out_dir))
    monkeypatch.setenv("QMAP_SKIP_BUILD", "1")
    monkeypatch.setenv("QMAP_TILES", "none")
    lo, hi = store.date_range()
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60)
    for k, v in {"view": view, "from": lo.isoformat(), "to": hi.isoformat()}.items():
        at.query_params[k] = v
    return at.run()


def test_the_timeline_says_how_many_events_it_cannot_draw_and_lists_them(out_dir, store, monkeypatch,
                                                                          restore_folium):
    """The Timeline's map cannot draw them either: it said nothing of them (only the Map did)."""
    at = _app(out_dir, monkeypatch, store, "Timeline")
    assert not at.exception
    n = len(store.without_point(_all(store)))
    (line,) = [m.value for m in at.markdown if "without a map point" in m.value]
    assert line.startswith(f"**{n}** event") and "Hasakah governorate: " in line
    (exp,) = [e for e in at.expander if "without a point" in e.label]
    (table,) = [d.value for d in exp.dataframe]
    assert len(table) == n and VILLAGE in table["place named (not in the gazetteer)"].tolist()


def test_the_briefing_page_says_how_many_events_have_no_map_point(out_dir, store, monkeypatch, restore_folium):
    """The briefing (and so its PNG and PDF, drawn from the same page) counted the events but not
    those its map leaves out: an analyst's slide must say "N events without a map point"."""
    at = _app(out_dir, monkeypatch, store, "briefing")
    assert not at.exception
    n = len(store.without_point(_all(store)))
    page = next(e.proto.srcdoc or e.proto.html for e in at.get("iframe"))
    head = page[page.index('<div id="qhead">'):]
    head = head[:head.index('<div id="qside">')]
    assert f" · {n} event{'s' if n != 1 else ''} without a map point" in head


def test_the_briefing_header_names_no_missing_point_when_every_event_has_one(store, out_dir):
    from mapapp import briefing, mapview

    shown = store.shown(_all(store))
    placed = shown[shown["latitude"].notna()]
    b = briefing.Briefing("t", "", *store.date_range())
    tiles = mapview.TileSetting.parse("none")
    head, _, _ = briefing.page_html_parts(b, placed, _places(out_dir), None, tiles)
    assert "without a map point" not in head
    head, _, _ = briefing.page_html_parts(b, shown, _places(out_dir), None, tiles)
    n = int(shown["latitude"].isna().sum())
    assert f"{n} event{'s' if n != 1 else ''} without a map point" in head


def test_the_feed_marks_an_event_without_a_point(store):
    """In the Feed (and its search), the event is findable and says the map does not draw it."""
    from mapapp import feedview

    f = _all(store)
    missing = store.without_point(f)
    (row,) = [r for _, r in missing.iterrows() if r["unresolved_name"] == VILLAGE]
    assert "no point on the map" in feedview.row_html(row) and VILLAGE in feedview.row_html(row)
    drawn = store.shown(f)
    placed = drawn[drawn["latitude"].notna()].iloc[0]
    assert "no point on the map" not in feedview.row_html(placed)


def test_the_feed_names_a_place_less_event_by_the_name_its_text_gives():
    """The Feed's line names an event drawn at no place as the Events table does (one wording:
    mapapp.eventstable.place_label): the village its text gives, else "place unknown"."""
    from mapapp import feedview
    from mapapp.eventstable import NO_PLACE

    row = {"sub_event_type": "Shelling/artillery/missile attack", "location": "", "unresolved_name": VILLAGE}
    assert feedview.summary_line(row).endswith(f", in {VILLAGE}")
    assert feedview.summary_line({**row, "unresolved_name": None}).endswith(f", in {NO_PLACE}")
