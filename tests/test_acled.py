"""ACLED exports as an event source (pipeline.acled and the build's curated/acled/ folder).

The "ACLED export" is this project's own ACLED CSV of the shipped data (seeds + curated
rows), so the rows are real events; hand-written rows are appended as text to check
validation, the date forms and the area filter.
"""

from __future__ import annotations

import csv
import io
import json
import math
import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

HASAKAH = ("36.50237", "40.74772")
AMUDA = ("37.10417", "40.93")


@pytest.fixture(scope="module")
def shipped(tmp_path_factory):
    """The shipped data built with the curated rows, and its ACLED export."""
    from mapapp.data import load_dataset
    from mapapp.exports import acled_csv
    from pipeline.build import build

    out = tmp_path_factory.mktemp("acled") / "build"
    build(ROOT / "seeds", ROOT / "geo", out, curated_dir=ROOT / "curated", progress=False)
    ds = load_dataset(out)
    data = acled_csv(ds.events, places=ds.places)
    return {"out": out, "events": ds.events, "csv": data}


@pytest.fixture(scope="module")
def gaz():
    from pipeline.gazetteer import load_gazetteer

    return load_gazetteer(ROOT / "geo" / "gazetteer.csv")


@pytest.fixture(scope="module")
def sources():
    from pipeline.curated import load_sources

    return load_sources(ROOT / "curated" / "sources.tsv")


def _template(data: bytes) -> tuple[list[str], dict[str, str]]:
    """Header and first data row of an export (a real event to vary)."""
    rows = list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"), newline="")))
    return list(rows[0].keys()), dict(rows[0])


def _row_text(header: list[str], row: dict[str, str]) -> bytes:
    buf = io.StringIO(newline="")
    csv.writer(buf).writerow([row.get(c, "") for c in header])
    return buf.getvalue().encode("utf-8")


def _plain(value) -> str:
    """A cell as text for comparison: NaN/None -> "", 2.0 -> "2"."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _variant(template: dict[str, str], **changes: str) -> dict[str, str]:
    row = dict(template, date_from="", date_to="")
    row.update(changes)
    return row


def test_round_trip_of_the_export(shipped, gaz, sources, tmp_path):
    from pipeline.acled import load_acled

    path = tmp_path / "export.csv"
    assert shipped["csv"].startswith(b"\xef\xbb\xbf")  # as downloaded (for Excel): the import skips the mark
    path.write_bytes(shipped["csv"])
    events, errors = load_acled(path, gaz, sources=sources)
    assert list(errors) == [] and errors.excluded == 0
    exported = shipped["events"]
    exported = exported[exported["latitude"].notna() & exported["longitude"].notna()]
    assert len(events) == len(exported) > 20
    by_id = {r["event_id"]: r for r in exported.to_dict("records")}
    for e in events:
        assert e["event_id"].startswith("acled-") and e["origin"] == "acled" and e["article_id"] == "acled"
        o = dict(by_id[e["event_id"].removeprefix("acled-")])
        if o["event_type"] == "Violence against civilians" and not _plain(o["actor1"]):
            # the export codes an unnamed perpetrator as ACLED does; the import reads it back as that actor
            o["actor1"], o["actor1_id"] = "Unidentified Armed Group (Syria)", "unidentified"
        for key in ("event_date", "date_from", "date_to", "event_type", "sub_event_type", "actor1", "actor2",
                    "actor1_id", "actor2_id", "place_id", "location", "time_precision", "geo_precision",
                    "fatalities"):
            assert _plain(e[key]) == _plain(o[key]), (e["event_id"], key)
        assert (e["latitude"], e["longitude"]) == (o["latitude"], o["longitude"])
        assert e["tags"] == list(o["tags"] if isinstance(o["tags"], list) else [])
    # the keys of the curated events, so both merge and export alike
    from pipeline.curated import load_curated, to_event_dicts

    rows, _ = load_curated(ROOT / "curated" / "events.csv", gaz, sources=sources)
    assert set(events[0]) == set(to_event_dicts(rows[:1], gaz, sources=sources)[0])
    shafaq = next(e for e in events if e["source"] == "Shafaq News")
    assert shafaq["alignments"] == ["other"]


def test_bad_rows_area_and_date_forms(shipped, gaz, tmp_path):
    from pipeline.acled import AcledError, load_acled

    data = shipped["csv"]
    header, tpl = _template(data)
    first = data.count(b"\n") + 1  # line of the first appended row
    extra = [
        _variant(tpl, event_id_cnty="SYR-FAR", latitude=HASAKAH[0], longitude=HASAKAH[1], location="Al-Hasakah"),
        _variant(tpl, event_id_cnty="SYR-BADDATE", event_date="2021-04-31"),
        _variant(tpl, event_id_cnty="SYR-BADSUB", sub_event_type="Drone attack"),
        _variant(tpl, event_id_cnty="SYR-SWAP", latitude=tpl["longitude"], longitude=tpl["latitude"]),
        _variant(tpl, event_id_cnty="SYR-WORDS", event_date="20 April 2021"),
        _variant(tpl, event_id_cnty="SYR-DASHES", event_date="22-April-2021"),
        _variant(tpl, event_id_cnty="SYR-DASHES", event_date="23-April-2021"),  # duplicate id
        _variant(tpl, event_id_cnty="SYR-FATAL", fatalities="2.5"),
    ]
    path = tmp_path / "export.csv"
    path.write_bytes(data + b"".join(_row_text(header, r) for r in extra) + b"SYR-EXTRA" + b",x" * len(header) + b"\r\n")
    events, errors = load_acled(path, gaz)
    assert all(isinstance(e, AcledError) for e in errors)
    lines = {e.line: e.reason for e in errors}
    assert sorted(lines) == [first + 1, first + 2, first + 3, first + 6, first + 7, first + 8]
    assert "event_date '2021-04-31'" in lines[first + 1]
    assert "'Drone attack'" in lines[first + 2]
    assert "outside the project's box" in lines[first + 3] and "swapped" in lines[first + 3]
    assert "duplicate event_id_cnty 'SYR-DASHES'" in lines[first + 6]
    assert "fatalities" in lines[first + 7]
    assert "fields" in lines[first + 8]
    assert all(str(path) == e.path for e in errors)
    # Hasakah (about 70 km away) is left out, and not an error
    assert errors.excluded == 1 and errors.excluded_ids == ["SYR-FAR"]
    by_id = {e["event_id"]: e for e in events}
    assert "acled-SYR-FAR" not in by_id
    assert by_id["acled-SYR-WORDS"]["event_date"] == "2021-04-20" == by_id["acled-SYR-WORDS"]["date_from"]
    assert by_id["acled-SYR-DASHES"]["event_date"] == "2021-04-22"
    assert len(events) == len(shipped["events"]) + 2
    # a larger radius keeps Hasakah
    wide, errors = load_acled(path, gaz, radius_km=100)
    assert errors.excluded == 0 and "acled-SYR-FAR" in {e["event_id"] for e in wide}


def test_header_must_have_acled_columns(gaz, tmp_path):
    from pipeline.acled import load_acled

    path = tmp_path / "x.csv"
    path.write_text("event_id_cnty,event_date,latitude,longitude\nSYR1,2021-04-20,37.05,41.23\n", encoding="utf-8")
    events, errors = load_acled(path, gaz)
    assert events == [] and len(errors) == 1 and errors[0].line == 1
    assert "event_type" in errors[0].reason and "fatalities" in errors[0].reason


def test_real_acled_columns_names_and_inter_words(gaz, tmp_path):
    """A row as ACLED's own exports write it: more columns, ACLED actor names, inter in words."""
    from pipeline.acled import load_acled

    header = ("event_id_cnty,event_id_no_cnty,event_date,year,time_precision,disorder_type,event_type,"
              "sub_event_type,actor1,assoc_actor_1,inter1,actor2,assoc_actor_2,inter2,interaction,"
              "civilian_targeting,iso,region,country,admin1,admin2,admin3,location,latitude,longitude,"
              "geo_precision,source,source_scale,notes,fatalities,tags,timestamp")
    rows = [
        ('SYR90001,90001,22 April 2021,2021,1,Political violence,Battles,Armed clash,SDF: Syrian Democratic Forces,'
        ',Rebel group,NDF: National Defence Forces,,Political militia,Rebel group-Political militia,,760,Middle East,'
        'Syria,Al Hasakeh,Al Hasakeh,Qamishli,Qamishli,37.0522,41.2317,1,North Press Agency; SOHR,National,'
        '"On 22 April 2021, SDF clashed with NDF in Qamishli.",2,,1619000000'),
        ('SYR90002,90002,23-April-2021,2021,1,Strategic developments,Strategic developments,Agreement,'
        'Military Forces of Syria (2000-),,State forces,Military Forces of Russia (2000-),,External/Other forces,'
        ',,760,Middle East,Syria,Al Hasakeh,Qamishli,Qamishli,Qamishli Airport,37.0209,41.1915,1,Hawar News Agency,'
        'National,Agreement at the airport.,0,,1619000000'),
        ('SYR90003,90003,2021-04-24,2021,1,Political violence,Violence against civilians,Attack,'
        'Unidentified Armed Group (Syria),,Political militia,Civilians (Syria),,Civilians,,Civilian targeting,760,'
        'Middle East,Syria,Al Hasakeh,Qamishli,Amuda,Amuda,37.1042,40.9300,1,SOHR,Other,A civilian was shot.,1,,1'),
    ]
    path = tmp_path / "acled.csv"
    path.write_text(header + "\n" + "\n".join(rows) + "\n", encoding="utf-8")
    from pipeline.curated import load_sources

    events, errors = load_acled(path, gaz, sources=load_sources(ROOT / "curated" / "sources.tsv"))
    assert list(errors) == []
    a, b, c = events
    assert (a["actor1_id"], a["actor2_id"], a["inter1"], a["inter2"]) == ("sdf", "ndf", 2, 3)
    assert a["place_id"] == "qamishli" and a["event_date"] == "2021-04-22" and a["fatalities"] == 2
    assert a["source"] == "North Press Agency; SOHR" and a["alignments"] == ["AANES-aligned", "other"]
    assert a["evidence"] == "On 22 April 2021, SDF clashed with NDF in Qamishli."
    assert (b["actor1_id"], b["actor2_id"], b["inter1"], b["inter2"]) == ("syrian_government", "russia", 1, 8)
    assert b["place_id"] == "qamishli_airport" and b["actor1"] == "Military Forces of Syria (2000-)"
    assert b["alignments"] == ["AANES-aligned"]
    # ACLED's unnamed attackers are our "unidentified" actor (the table has it since 0.1.2)
    assert (c["actor1_id"], c["actor2_id"], c["inter2"]) == ("unidentified", "civilians", 7)
    assert c["actor1"] == "Unidentified Armed Group (Syria)"
    assert c["place_id"] == "amuda" and c["location"] == "Amuda" and c["geo_precision"] == 1


def test_place_matching(gaz):
    from pipeline.acled import match_place

    # a cited point within 1 km
    assert match_place(37.0525, 41.2320, "", gaz).place_id == "qamishli"
    # the location names a place the gazetteer draws there (Tayy: south of the city, no cited point)
    tayy = gaz.locate("tayy")
    assert match_place(tayy.lat, tayy.lon, "Tayy", gaz).place_id == "tayy"
    # same point, no name: the nearest settlement within 10 km
    m = match_place(tayy.lat, tayy.lon, "", gaz)
    assert (m.place_id, m.how) == ("qamishli", "settlement")
    # nothing within 10 km (the desert south of Ya'rubiyah: the gazetteer now has villages near Tal Tamr)
    assert match_place(36.0, 42.0, "", gaz).place_id == ""


def test_actor_names():
    from pipeline.acled import _actor_index, match_actor
    from pipeline.actors import default_actors

    index = _actor_index(default_actors())
    assert match_actor("SDF: Syrian Democratic Forces", index) == "sdf"
    assert match_actor("NDF: National Defence Forces", index) == "ndf"
    assert match_actor("Military Forces of Syria (2000-)", index) == "syrian_government"
    assert match_actor("military forces of russia (2000-)", index) == "russia"
    assert match_actor("Civilians (Syria)", index) == "civilians"
    assert match_actor("Civilians (Turkey)", index) == ""
    assert match_actor("Unidentified Armed Group (Syria)", index) == "unidentified"
    assert match_actor("Unidentified Armed Group (Iraq)", index) == ""
    assert match_actor("Military Forces of Turkey (2002-)", index) == "turkey"
    assert match_actor("Protesters (Syria)", index) == "protesters" and match_actor("Rioters (Syria)", index) == "rioters"


def test_build_merges_acled_events(shipped, tmp_path):
    from pipeline.build import build, input_files, is_stale

    cur = tmp_path / "curated"
    (cur / "acled").mkdir(parents=True)
    shutil.copy(ROOT / "curated" / "events.csv", cur / "events.csv")
    shutil.copy(ROOT / "curated" / "sources.tsv", cur / "sources.tsv")
    header, tpl = _template(shipped["csv"])
    # one event nobody else reports (Amuda, a day of its own) and one bad row
    lone = _variant(tpl, event_id_cnty="SYR99999", event_date="2021-04-29", latitude=AMUDA[0], longitude=AMUDA[1],
                    location="Amuda", geo_precision="1")
    bad = _variant(tpl, event_id_cnty="SYR99998", event_type="Battle")
    export = shipped["csv"] + _row_text(header, lone) + _row_text(header, bad)
    (cur / "acled" / "export.csv").write_bytes(export)
    bad_line = export.count(b"\n")

    out = tmp_path / "build"
    stats = build(ROOT / "seeds", ROOT / "geo", out, curated_dir=cur, progress=False)
    acled_errors = [e for e in stats.errors if e["kind"] == "acled"]
    assert [(Path(e["path"]).name, e["line"]) for e in acled_errors] == [("export.csv", bad_line)]
    assert "'Battle'" in acled_errors[0]["reason"]

    before = json.loads((shipped["out"] / "events.geojson").read_text(encoding="utf-8"))["features"]
    after = json.loads((out / "events.geojson").read_text(encoding="utf-8"))["features"]
    props = [f["properties"] for f in after]
    # merged with the events they report, not duplicated: only the lone event is new
    assert len(after) == len(before) + 1
    lone_ev = next(p for p in props if p["event_id"] == "acled-SYR99999")
    assert lone_ev["origin"] == "acled" and lone_ev["merged_ids"] == ["acled-SYR99999"]
    assert lone_ev["place_id"] == "amuda" and lone_ev["location"] == "Amuda"
    ids = [i for p in props for i in p["merged_ids"]]
    assert sorted(i for i in ids if i.startswith("acled-")) == sorted(
        ["acled-" + f["properties"]["event_id"] for f in before] + ["acled-SYR99999"])
    merged = [p for p in props if len(p["merged_ids"]) > 1 and any(i.startswith("acled-") for i in p["merged_ids"])
              and any(not i.startswith("acled-") for i in p["merged_ids"])]
    assert merged
    assert any(i.startswith("cur-") for p in merged for i in p["merged_ids"])
    assert any(r["origin"] == "acled" for p in merged for r in p["reports"])
    # the exported events came back to the events they were exported from (all but the two
    # curated truces of 25 April: they share a merge key, so each ACLED copy may join either;
    # in the CSV's date-then-place order they come back swapped)
    together = sum(any(i.removeprefix("acled-") in p["merged_ids"] for i in p["merged_ids"] if i.startswith("acled-"))
                   for p in props)
    assert together >= len(before) - 2
    truces = [p for p in props if p["event_id"] in ("cur-0425-permanent-truce", "cur-0425-truce-until-22")]
    assert all(any(i.startswith("acled-cur-0425-") for i in p["merged_ids"]) for p in truces)  # each has one

    # the export is an input of the build: changing it makes the build stale
    assert cur / "acled" / "export.csv" in input_files(ROOT / "seeds", ROOT / "geo", cur)
    assert not is_stale(ROOT / "seeds", ROOT / "geo", out, cur)
    (cur / "acled" / "export.csv").write_bytes(shipped["csv"])
    assert is_stale(ROOT / "seeds", ROOT / "geo", out, cur)


def test_import_through_the_pipeline_checks_then_saves_atomically(shipped, gaz, tmp_path):
    """The app's ACLED upload goes through pipeline.curation.add_acled_import."""
    from pipeline.acled import AcledError
    from pipeline.curation import add_acled_import

    curated = tmp_path / "curated"
    saved = add_acled_import(curated, "../../export.csv", shipped["csv"], gaz)
    assert saved.path == curated / "acled" / "export.csv"  # only the name's last part is used
    assert saved.path.read_bytes() == shipped["csv"] and saved.events > 20 and saved.problems == []
    assert [p.name for p in (curated / "acled").iterdir()] == ["export.csv"]  # no temporary left beside it
    with pytest.raises(AcledError, match="already imported"):
        add_acled_import(curated, "export.csv", shipped["csv"], gaz)
    with pytest.raises(AcledError, match="never overwritten"):
        add_acled_import(curated, "export.csv", shipped["csv"] + b"\n", gaz)
    with pytest.raises(AcledError, match=r"\.csv"):
        add_acled_import(curated, "export.txt", shipped["csv"], gaz)
    header, row = _template(shipped["csv"])
    far = _row_text(header, _variant(row, latitude=HASAKAH[0], longitude=HASAKAH[1]))
    with pytest.raises(AcledError, match="outside"):
        add_acled_import(curated, "far.csv", ",".join(header).encode() + b"\n" + far, gaz)
    with pytest.raises(AcledError, match="header lacks"):
        add_acled_import(curated, "notacled.csv", b"a,b\n1,2\n", gaz)
    assert sorted(p.name for p in (curated / "acled").iterdir()) == ["export.csv"]  # nothing else written
