"""Gazetteer curation: analysts' points (overrides.csv) and polygons (areas.geojson)."""

from __future__ import annotations

import json
import shutil

import pytest
from conftest import ROOT

from pipeline.core import Pipeline
from pipeline.curation import add_override, import_areas, save_areas
from pipeline.errors import GazetteerError
from pipeline.gazetteer import load_geo_dir

# A point for the test only, named as such in its source: the mechanics are under test.
TEST_POINT = (37.0301, 41.2282)
SENTENCE = "اندلعت اشتباكات بين الأسايش والدفاع الوطني في حي طي بمدينة القامشلي مساء الثلاثاء."


@pytest.fixture
def geo(tmp_path):
    d = tmp_path / "geo"
    shutil.copytree(ROOT / "geo", d)
    (d / "overrides.csv").unlink(missing_ok=True)
    (d / "areas.geojson").unlink(missing_ok=True)
    return d


def _article(text):
    import datetime as dt

    from pipeline.records import Article

    return Article(id="t", path="<test>", text=text, published=dt.date(2021, 4, 22), source="test")


def test_an_override_moves_a_place_and_its_events(geo):
    before = Pipeline.from_geo_dir(geo).process(_article(SENTENCE))
    tayy_before = next(e for e in before.events if e.place_id == "tayy")
    assert tayy_before.geo_precision == 2 and tayy_before.approximate
    line = add_override(geo, "tayy", lat=TEST_POINT[0], lon=TEST_POINT[1], source="test fixture point",
                        added_by="Test Analyst")
    assert line == 2
    gaz = load_geo_dir(geo)
    assert not gaz.errors
    loc = gaz.locate("tayy")
    assert (loc.lat, loc.lon) == TEST_POINT and loc.geo_precision == 1 and not loc.approximate
    assert "Test Analyst" in loc.basis and "overrides.csv:2" in loc.basis
    # the shipped names and aliases survive the override
    assert "حارة الطي" in gaz["tayy"].aliases
    after = Pipeline.from_geo_dir(geo).process(_article(SENTENCE))
    ev = next(e for e in after.events if e.place_id == "tayy")
    assert (ev.latitude, ev.longitude) == TEST_POINT and ev.geo_precision == 1 and not ev.approximate
    # a child without its own point now falls back to Tayy's cited point, coarser
    school = gaz.locate("abbas_alawi_school")
    assert (school.lat, school.lon) == TEST_POINT and school.geo_precision == 2
    # the shipped gazetteer is untouched
    assert (geo / "gazetteer.csv").read_bytes() == (ROOT / "geo" / "gazetteer.csv").read_bytes()


def test_an_uncited_or_bad_override_is_refused_and_nothing_is_written(geo):
    with pytest.raises(GazetteerError, match="source"):
        add_override(geo, "tayy", lat=37.03, lon=41.23, source=" ", added_by="X")
    assert not (geo / "overrides.csv").exists()
    add_override(geo, "halko", lat=37.028, lon=41.226, source="test fixture point", added_by="X")
    before = (geo / "overrides.csv").read_bytes()
    with pytest.raises(GazetteerError, match="outside the project's box"):
        add_override(geo, "tayy", lat=41.23, lon=37.03, source="swapped", added_by="X")
    assert (geo / "overrides.csv").read_bytes() == before


def test_a_new_place_from_the_unresolved_report(geo):
    text = "وقالت مصادر إن اشتباكات اندلعت في حي الصناعة بالقامشلي مساء الثلاثاء."
    r = Pipeline.from_geo_dir(geo).process(_article(text))
    assert [u.text for u in r.unresolved] == ["حي الصناعة"]
    add_override(geo, "sinaa", kind="neighbourhood", name_en="Sinaa neighbourhood", name_ar="حي الصناعة",
                 parent="qamishli", lat=37.045, lon=41.24, source="test fixture point", added_by="X")
    r = Pipeline.from_geo_dir(geo).process(_article(text))
    assert r.unresolved == []
    assert [e.place_id for e in r.events] == ["sinaa"]


def test_override_rows_are_validated_with_their_line(geo):
    (geo / "overrides.csv").write_text(
        "id,lat,lon,geo_precision,source,added_by,added_at\n"
        "tayy,37.0301,41.2282,1,test fixture point,,2026-11-24T00:00:00+00:00\n"
        "halko,37.028,41.226,1,test fixture point,X,2026-11-24T00:00:00+00:00\n", encoding="utf-8")
    gaz = load_geo_dir(geo)
    assert [(e.line, "added_by" in e.reason) for e in gaz.errors] == [(2, True)]
    assert gaz.locate("halko").geo_precision == 1 and gaz.locate("tayy").approximate


def test_an_override_with_a_bad_parent_keeps_the_shipped_place_and_those_under_it(geo):
    shipped = load_geo_dir(geo)
    (geo / "overrides.csv").write_text(
        "id,parent,source,added_by,added_at\n"
        "qamishli,nowhere,test fixture,X,2026-11-24T00:00:00+00:00\n"        # unknown parent
        "qamishli,qamishli_airport,test fixture,X,2026-11-24T00:00:00+00:00\n"  # the airport lies under Qamishli
        "tayy,halko,test fixture,X,2026-11-24T00:00:00+00:00\n", encoding="utf-8")  # a good change
    gaz = load_geo_dir(geo)
    assert [(e.line, e.path.endswith("overrides.csv")) for e in gaz.errors] == [(2, True), (3, True)]
    assert "unknown parent 'nowhere'" in gaz.errors[0].reason and "cycle" in gaz.errors[1].reason
    assert all("shipped place is kept" in e.reason for e in gaz.errors)
    assert set(gaz.places) == set(shipped.places)  # nothing under Qamishli was lost
    assert gaz["qamishli"].parent == shipped["qamishli"].parent and gaz["tayy"].parent == "halko"


def test_a_parent_cycle_reports_every_place_on_it_and_those_under_it(geo):
    text = (geo / "gazetteer.csv").read_text(encoding="utf-8").rstrip("\n").split("\n")
    header = text[0].split(",")

    def row(pid, parent):
        values = {c: "" for c in header}
        values.update(id=pid, kind="landmark", name_en=pid, parent=parent, trust="normal", source="test row",
                      licence="n/a")
        return ",".join(values[c] for c in header)

    text += [row("t_a", "t_b"), row("t_b", "t_a"), row("t_under", "t_a"), row("t_self", "t_self")]
    (geo / "gazetteer.csv").write_text("\n".join(text) + "\n", encoding="utf-8")
    n = len(text)
    gaz = load_geo_dir(geo)
    by_line = {e.line: e.reason for e in gaz.errors}
    assert sorted(by_line) == [n - 3, n - 2, n - 1, n]
    assert "t_a → t_b → t_a" in by_line[n - 3] and "t_b → t_a → t_b" in by_line[n - 2]
    assert "'t_under' has parent 't_a', which was rejected" in by_line[n - 1]
    assert "t_self → t_self" in by_line[n]
    assert not {"t_a", "t_b", "t_under", "t_self"} & set(gaz.places) and "qamishli" in gaz


def test_polygon_import_joins_by_name_and_reports_the_rest(geo, tmp_path):
    square = lambda x, y, d=0.004: {"type": "Polygon", "coordinates": [[[x, y], [x + d, y], [x + d, y + d],  # noqa: E731
                                                                        [x, y + d], [x, y]]]}
    src = tmp_path / "neighbourhoods.geojson"
    src.write_text(json.dumps({"type": "FeatureCollection", "features": [
        {"type": "Feature", "properties": {"name_ar": "حي طي", "name_en": "Tayy"}, "geometry": square(41.225, 37.027)},
        {"type": "Feature", "properties": {"name_en": "Hilaliye"}, "geometry": square(41.24, 37.06)},
        {"type": "Feature", "properties": {"name_en": "Nowhere Quarter"}, "geometry": square(41.20, 37.05)},
    ]}, ensure_ascii=False), encoding="utf-8")
    result = import_areas(src, load_geo_dir(geo))
    assert sorted(m["place_id"] for m in result.matched) == ["hilaliyah", "tayy"]
    assert result.unmatched == ["Nowhere Quarter"]
    save_areas(geo, result, source="test fixture polygons", added_by="X")
    gaz = load_geo_dir(geo)
    assert not gaz.errors
    loc = gaz.locate("tayy")
    assert not loc.approximate and loc.geo_precision == 1 and loc.area is not None
    assert loc.area.contains(__import__("shapely").geometry.Point(loc.lon, loc.lat))
    assert "test fixture polygons" in loc.basis


def test_an_imported_polygon_is_drawn_as_itself_and_leaves_the_uncited_list(geo, tmp_path):
    from shapely.geometry import Polygon, shape

    from mapapp import mapview
    from mapapp.data import uncited_places
    from pipeline.output import places_geojson

    src = tmp_path / "tayy.geojson"
    ring = [[41.225, 37.027], [41.229, 37.027], [41.229, 37.031], [41.225, 37.031], [41.225, 37.027]]
    src.write_text(json.dumps({"type": "FeatureCollection", "features": [
        {"type": "Feature", "properties": {"name_en": "Tayy"}, "geometry": {"type": "Polygon", "coordinates": [ring]}},
    ]}), encoding="utf-8")
    before_fc = places_geojson(load_geo_dir(geo))
    before = {f["id"]: f for f in before_fc["features"]}
    assert before["tayy"]["properties"]["approximate"] and not before["tayy"]["properties"]["has_area"]
    save_areas(geo, import_areas(src, load_geo_dir(geo)), source="test fixture polygon", added_by="X")
    places = places_geojson(load_geo_dir(geo))
    tayy = next(f for f in places["features"] if f["id"] == "tayy")
    assert tayy["properties"]["has_area"] and not tayy["properties"]["approximate"]
    assert shape(tayy["geometry"]).equals(Polygon(ring))
    # a place with a point and no polygon is still a point
    assert next(f for f in places["features"] if f["id"] == "qamishli")["geometry"]["type"] == "Point"
    # on the map: a solid outline where events are, no dashed uncertainty area
    assert len(mapview.cited_areas_layer(places, {"tayy"})._children) == 1
    assert len(mapview.uncertainty_layer(places, {"tayy"})._children) == 0
    assert len(mapview.cited_areas_layer(places, {"qamishli"})._children) == 0
    # the curation page no longer lists it among the places without a cited location
    assert "tayy" in {p["place_id"] for p in uncited_places(before_fc)}
    assert "tayy" not in {p["place_id"] for p in uncited_places(places)}


def test_the_build_picks_up_an_override(geo, tmp_path):
    from pipeline.build import build, is_stale

    out = tmp_path / "out"
    seeds = ROOT / "seeds"
    build(seeds, geo, out, progress=False)
    assert not is_stale(seeds, geo, out)
    add_override(geo, "tayy", lat=TEST_POINT[0], lon=TEST_POINT[1], source="test fixture point", added_by="X")
    assert is_stale(seeds, geo, out)
    stats = build(seeds, geo, out, progress=False)
    assert stats.ok and stats.processed == 1  # the gazetteer changed: the article is reprocessed
    events = json.loads((out / "events.geojson").read_text(encoding="utf-8"))["features"]
    tayy = [f for f in events if f["properties"]["place_id"] == "tayy"]
    assert tayy and all(tuple(f["geometry"]["coordinates"][::-1]) == TEST_POINT for f in tayy)


def test_polygon_upload_is_read_from_a_temporary_copy_that_is_removed(geo, tmp_path, monkeypatch):
    import tempfile

    from pipeline.curation import import_areas_from_bytes

    scratch = tmp_path / "scratch"
    scratch.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(scratch))
    data = json.dumps({"type": "FeatureCollection", "features": [
        {"type": "Feature", "properties": {"name_en": "Tayy"},
         "geometry": {"type": "Polygon", "coordinates": [[[41.225, 37.027], [41.229, 37.027], [41.229, 37.031],
                                                          [41.225, 37.027]]]}}]}).encode()
    result = import_areas_from_bytes("upload.geojson", data, load_geo_dir(geo))
    assert [m["place_id"] for m in result.matched] == ["tayy"]
    assert list(scratch.iterdir()) == []  # the copy and its folder are gone


def test_an_override_whose_text_holds_a_carriage_return_is_saved_whole_and_read_back(geo):
    """A source or note pasted with a lone carriage return (an old Mac or a copied PDF line) was
    written unquoted: the row read back as two broken rows, and the override was refused with
    "row has 15 fields". It is quoted now, as the build's CSVs quote it, and reads back whole,
    with its true line (the reader counted a row's lines by its \\n only, so a bad row holding a \\r
    was reported on another line than its own, and kept)."""
    import csv
    import io

    line = add_override(geo, "tayy", lat=TEST_POINT[0], lon=TEST_POINT[1], source="test fixture map\rsheet 2",
                        added_by="X", notes="first note\rsecond note")
    assert line == 2
    rows = list(csv.DictReader(io.StringIO((geo / "overrides.csv").read_bytes().decode("utf-8"), newline="")))
    assert [(r["source"], r["notes"]) for r in rows] == [("test fixture map\rsheet 2", "first note\rsecond note")]
    gaz = load_geo_dir(geo)
    assert not gaz.errors and not gaz.locate("tayy").approximate
    before = (geo / "overrides.csv").read_bytes()
    with pytest.raises(GazetteerError) as bad:  # a bad row holding one is refused too, and nothing written
        add_override(geo, "halko", lat=41.23, lon=37.03, source="swapped\rcoordinates", added_by="X")
    assert ":5:" in str(bad.value)  # its own first line: the row above spans lines 2 to 4 (two CRs)
    assert (geo / "overrides.csv").read_bytes() == before
