"""Data exports: ACLED CSV, events GeoJSON, zones GeoJSON (pictures: ``test_printing.py``).

The events are the real ones: the seed article is built into ``tmp_path`` by the pipeline
and loaded from its ``events.geojson`` into a DataFrame, as the app does.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import math
import pathlib

import pandas as pd
import pytest

from mapapp import exports
from mapapp.exports import acled_csv, events_geojson
from pipeline.build import build

ROOT = pathlib.Path(__file__).resolve().parent.parent
BORDER = ROOT / "geo" / "border_sy_tr.geojson"
GENERATED = dt.datetime(2021, 4, 30, 12, 0, tzinfo=dt.UTC)

# The column order of shared/reference/acled.md, then ours: spelled out, not imported.
EXPECTED_COLUMNS = [
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type",
    "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2",
    "interaction", "civilian_targeting", "iso", "country", "admin1", "admin2", "admin3", "location",
    "latitude", "longitude", "geo_precision", "source", "source_scale", "notes", "fatalities", "tags",
    "timestamp",
    "injuries", "displaced", "date_from", "date_to", "evidence", "article_id", "start", "end",
    "location_ar", "source_url", "review_status", "reviewed_by", "reviewed_at", "approximate", "location_note",
    "reports", "outlets", "background_outlets", "confidence", "rule", "review_reason",
]


# --------------------------------------------------------------------------- fixtures

@pytest.fixture(scope="module")
def built(tmp_path_factory) -> pathlib.Path:
    """The pipeline's output folder for the real seed article."""
    out = tmp_path_factory.mktemp("exports") / "out"
    stats = build(ROOT / "seeds", ROOT / "geo", out)
    assert stats.ok and stats.events > 0, stats
    return out


@pytest.fixture(scope="module")
def events(built) -> pd.DataFrame:
    from mapapp.exports import acled_row_order

    data = json.loads((built / "events.geojson").read_text(encoding="utf-8"))
    # in the ACLED CSV's row order (by date, then place), so that its rows and the frame's line up
    return pd.DataFrame(sorted((f["properties"] for f in data["features"]), key=acled_row_order))


@pytest.fixture(scope="module")
def zones_fc(built) -> dict:
    return json.loads((built / "zones.geojson").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def places_fc(built) -> dict:
    return json.loads((built / "places.geojson").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def border_fc() -> dict:
    return json.loads(BORDER.read_text(encoding="utf-8"))




def _rows(data: bytes) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"), newline="")))


def _one(events: pd.DataFrame, **where) -> pd.Series:
    mask = pd.Series(True, index=events.index)
    for key, value in where.items():
        mask &= events[key] == value
    assert mask.sum() == 1, (where, mask.sum())
    return events[mask].iloc[0]


# --------------------------------------------------------------------------- ACLED CSV

def test_acled_csv_columns_and_rows(events):
    data = acled_csv(events, generated=GENERATED)
    reader = csv.reader(io.StringIO(data.decode("utf-8-sig"), newline=""))
    header = next(reader)
    body = list(reader)
    assert header == EXPECTED_COLUMNS
    assert len(body) == len(events) > 0
    assert all(len(r) == len(header) for r in body)
    rows = _rows(data)
    assert [r["event_id_cnty"] for r in rows] == list(events["event_id"])
    shuffled = acled_csv(events.iloc[::-1], generated=GENERATED)  # by date, then place, whatever the input order
    assert [r["event_id_cnty"] for r in _rows(shuffled)] == list(events["event_id"])
    for row, (_, ev) in zip(rows, events.iterrows()):
        assert row["event_date"] == ev.event_date
        assert row["year"] == ev.event_date[:4]
        assert row["timestamp"] == str(int(GENERATED.timestamp()))
        assert (row["iso"], row["country"], row["admin1"]) == ("760", "Syria", "Al-Hasakah")
        assert float(row["latitude"]) == ev.latitude and float(row["longitude"]) == ev.longitude
        assert row["geo_precision"] == str(ev.geo_precision)
        assert row["tags"] == "; ".join(ev.tags)
        assert row["location_ar"] == ev.location_ar
        assert (row["confidence"], row["rule"]) == (ev.confidence or "", ev.rule or "")
        assert row["notes"].startswith(("On ", "Between ", "Around ", "In "))
        if ev.notes:
            assert row["notes"].endswith(f"Note: {ev.notes}" + ("" if ev.notes.endswith(".") else "."))


def test_acled_csv_says_how_sure_each_event_is_and_why_an_analyst_changed_it(events):
    assert set(events["confidence"]) <= {"high", "medium", "low"} and events["rule"].str.len().gt(0).all()
    corrected = events.copy()
    i = corrected.index[0]
    corrected["review_reason"] = None
    corrected.loc[i, ["review_status", "review_reason"]] = ["corrected", "SOHR's later report gives three, not two"]
    rows = {r["event_id_cnty"]: r for r in _rows(acled_csv(corrected, generated=GENERATED))}
    row = rows[corrected.loc[i, "event_id"]]
    assert (row["review_status"], row["review_reason"]) == ("corrected", "SOHR's later report gives three, not two")
    assert all(r["review_reason"] == "" for eid, r in rows.items() if eid != row["event_id_cnty"])
    assert {r["confidence"] for r in rows.values()} == set(events["confidence"])


def test_acled_csv_arabic_round_trips_byte_exact(events):
    data = acled_csv(events, generated=GENERATED, bom=False)
    rows = _rows(data)
    assert any(any("\u0600" <= ch <= "\u06ff" for ch in ev) for ev in events["evidence"])
    for row, evidence in zip(rows, events["evidence"]):
        assert row["evidence"].encode("utf-8") == evidence.encode("utf-8")
        if '"' not in evidence:
            assert evidence.encode("utf-8") in data  # written as is, not escaped
    assert not data.startswith(b"\xef\xbb\xbf")
    assert acled_csv(events, generated=GENERATED) == b"\xef\xbb\xbf" + data  # the default: with the mark


def test_acled_csv_starts_with_a_bom_that_readers_skip(events):
    """The analysts' CSV opens in Excel: UTF-8 with a byte order mark (without it Excel shows the Arabic
    as mojibake); pandas and ``utf-8-sig`` skip the mark, so ACLED's first column keeps its name."""
    data = acled_csv(events, generated=GENERATED)
    assert data.startswith(exports.UTF8_BOM) and data.count(exports.UTF8_BOM) == 1
    frame = pd.read_csv(io.BytesIO(data), dtype=str, keep_default_na=False)
    assert list(frame.columns) == EXPECTED_COLUMNS
    assert list(frame["evidence"]) == list(events["evidence"])  # the Arabic as written
    assert next(csv.reader(io.StringIO(data.decode("utf-8-sig"))))[0] == "event_id_cnty"
    assert next(csv.reader(io.StringIO(data.decode("utf-8"))))[0] == "\ufeffevent_id_cnty"  # plain utf-8 keeps it


def test_acled_csv_wahda_shooting_fatalities(events):
    wahda = _one(events, place_id="wahda_roundabout")
    row = next(r for r in _rows(acled_csv(events)) if r["event_id_cnty"] == wahda.event_id)
    assert row["location"] == "Wahda roundabout"
    assert row["fatalities"] == "1"
    assert row["event_type"] == "Battles"
    assert "1 fatality" in row["notes"]


def test_acled_csv_battle_sdf_side_vs_ndf(events):
    rows = {r["event_id_cnty"]: r for r in _rows(acled_csv(events))}
    battles = events[(events.event_type == "Battles") & (events.actor2_id == "ndf")]
    assert len(battles) >= 1
    for _, ev in battles.iterrows():
        assert ev.actor1_id in ("sdf", "asayish")  # SDF side, inter 2
        row = rows[ev.event_id]
        assert (row["inter1"], row["inter2"]) == ("2", "3")
        assert row["disorder_type"] == "Political violence"
        assert row["interaction"] == "23"
        assert row["civilian_targeting"] == ""
    # NDF as actor1: the lower digit still comes first
    wahda = _one(events, place_id="wahda_roundabout")
    assert (wahda.inter1, wahda.inter2) == (3, 2)
    assert rows[wahda.event_id]["interaction"] == "23"


def test_acled_csv_derived_columns(events, places_fc):
    rows = {r["event_id_cnty"]: r for r in _rows(acled_csv(events, places=places_fc))}
    for _, ev in events.iterrows():
        row = rows[ev.event_id]
        expected = {"Battles": "Political violence", "Strategic developments": "Strategic developments"}
        assert row["disorder_type"] == expected[ev.event_type]
        codes = sorted(int(c) for c in (ev.inter1, ev.inter2) if c is not None and not pd.isna(c))
        assert row["interaction"] == (str(codes[0] * 10 + codes[1]) if len(codes) == 2 else str(codes[0] * 10))
        assert row["admin2"] == "Qamishli" and row["admin3"] == "Qamishli"
    sole = _one(events, event_type="Strategic developments", sub_event_type="Change to group/activity")
    assert pd.isna(sole.inter2) and rows[sole.event_id]["interaction"] == "20"
    meeting = _one(events, place_id="qamishli_airport")
    assert rows[meeting.event_id]["interaction"] == "12"
    assert rows[meeting.event_id]["tags"] == "meeting"
    clash = events[(events.place_id == "tayy") & (events.fatalities == 3)].iloc[0]
    assert rows[clash.event_id]["injuries"] == "15"
    displaced = events[events.displaced.notna()].iloc[0]
    assert rows[displaced.event_id]["displaced"] == str(int(displaced.displaced))
    assert rows[displaced.event_id]["interaction"] == "70"
    # the notes keep the text's unit: 'عشرات العوائل' (dozens of families) is no "20 displaced" (people)
    assert displaced.displaced_text == "عشرات العوائل"
    assert "Reported: 20+ families displaced." in rows[displaced.event_id]["notes"]
    assert "20 displaced" not in rows[displaced.event_id]["notes"]


def test_acled_csv_admin_and_civilian_targeting(events, places_fc):
    base = _one(events, place_id="wahda_roundabout").to_dict()
    nusaybin = {**base, "event_id": "x-nusaybin", "place_id": "nusaybin", "location": "Nusaybin",
                "latitude": 37.07028, "longitude": 41.21465}
    amuda = {**base, "event_id": "x-amuda", "place_id": "amuda", "location": "Amuda",
             "latitude": 37.10417, "longitude": 40.93}
    attack = {**base, "event_id": "x-attack", "event_type": "Violence against civilians",
              "sub_event_type": "Attack", "actor2": "Civilians (Syria)", "inter2": 7, "assoc_actor_2": ""}
    df = pd.DataFrame([nusaybin, amuda, attack])
    rows = {r["event_id_cnty"]: r for r in _rows(acled_csv(df, places=places_fc, admin2="Al-Qamishli"))}
    assert [rows["x-nusaybin"][k] for k in ("iso", "country", "admin1", "admin2")] == ["", "", "", ""]
    assert (rows["x-amuda"]["country"], rows["x-amuda"]["admin2"], rows["x-amuda"]["admin3"]) == ("Syria", "", "Amuda")
    assert rows["x-attack"]["admin2"] == "Al-Qamishli"
    assert rows["x-attack"]["civilian_targeting"] == "Civilian targeting"
    assert rows["x-attack"]["disorder_type"] == "Political violence"
    assert rows["x-attack"]["interaction"] == "37"
    # without places: distance from the city point decides admin2
    plain = {r["event_id_cnty"]: r for r in _rows(acled_csv(df))}
    assert plain["x-amuda"]["admin2"] == "" and plain["x-attack"]["admin2"] == "Qamishli"


def test_acled_csv_empty_is_header_only(events):
    for empty in (events.iloc[0:0], pd.DataFrame()):
        data = acled_csv(empty, generated=GENERATED)
        lines = data.decode("utf-8-sig").splitlines()
        assert len(lines) == 1
        assert next(csv.reader(lines)) == EXPECTED_COLUMNS


def test_interaction_codes():
    assert exports.interaction(1, 3) == exports.interaction(3, 1) == 13
    assert exports.interaction(2, None) == 20
    assert exports.interaction(None, 2.0) == 20
    assert exports.interaction(float("nan"), None) is None
    assert exports.interaction("7", "") == 70


# --------------------------------------------------------------------------- GeoJSON

def test_events_geojson_round_trip(events):
    data = events_geojson(events)

    def no_constants(name):
        raise AssertionError(f"non-JSON constant {name}")

    fc = json.loads(data.decode("utf-8"), parse_constant=no_constants)
    assert fc["type"] == "FeatureCollection"
    assert len(fc["features"]) == len(events)
    for feature, (_, ev) in zip(fc["features"], events.iterrows()):
        assert feature["type"] == "Feature" and feature["id"] == ev.event_id
        assert feature["geometry"] == {"type": "Point", "coordinates": [ev.longitude, ev.latitude]}
        props = feature["properties"]
        assert set(props) == set(events.columns)
        assert props["evidence"] == ev.evidence and props["location_ar"] == ev.location_ar
        assert props["tags"] == list(ev.tags)
        assert props["fatalities"] == ev.fatalities
        for key in ("injuries", "displaced", "inter2"):
            value = ev[key]
            assert props[key] == (None if value is None or (isinstance(value, float) and math.isnan(value))
                                  else value)
    assert "حي طي".encode() in data  # Arabic written as is


def test_events_geojson_from_parquet_types(built):
    """The parquet output has numpy types, NaN and a geometry column: all JSON-safe."""
    df = pd.read_parquet(built / "events.parquet")
    fc = json.loads(events_geojson(df))
    assert len(fc["features"]) == len(df)
    assert all("geometry" not in f["properties"] for f in fc["features"])
    assert all(f["geometry"]["type"] == "Point" for f in fc["features"])




@pytest.fixture(scope="module")
def built_curated(tmp_path_factory) -> pathlib.Path:
    """The shipped seeds and curated rows, built as the app builds them: the output folder."""
    out = tmp_path_factory.mktemp("exports-curated") / "out"
    build(ROOT / "seeds", ROOT / "geo", out, curated_dir=ROOT / "curated")
    return out


@pytest.fixture(scope="module")
def curated_events(built_curated) -> pd.DataFrame:
    """The shipped seeds and curated rows, built as the app builds them."""
    data = json.loads((built_curated / "events.geojson").read_text(encoding="utf-8"))
    return pd.DataFrame([f["properties"] for f in data["features"]])


def test_the_apps_downloads_write_whole_numbers_as_integers(built_curated):
    """Probe: the Events GeoJSON download wrote ``injuries: 1.0``, ``inter1: 3.0``, ``start: 0.0`` (the
    app's frame holds a column with a missing value as floats) while the build's ``events.geojson`` says 1.
    Every field the event record types as an integer is an integer in the download (null when missing),
    the build's own value; the ACLED CSV's cells are digits."""
    from mapapp.store import EventStore
    from pipeline.schema import INTEGER_FIELDS

    whole = {"time_precision", "inter1", "inter2", "geo_precision", "fatalities", "injuries", "displaced", "start",
             "end", "report_count", "article_count", "outlet_count"}
    assert whole == INTEGER_FIELDS
    frame = EventStore.open(built_curated / "events.parquet").frame()  # what the download buttons export
    assert frame["injuries"].isna().any() and frame["inter1"].isna().any(), "the shipped data has no gap: pick another"
    build_props = {f["properties"]["event_id"]: f["properties"]
                   for f in json.loads((built_curated / "events.geojson").read_text(encoding="utf-8"))["features"]}
    features = json.loads(events_geojson(frame))["features"]
    assert len(features) == len(build_props)
    for feature in features:
        props, own = feature["properties"], build_props[feature["id"]]
        for key in whole & set(props):
            value = props[key]
            assert value is None or type(value) is int, (feature["id"], key, value)
            assert value == own.get(key) and type(value) is type(own.get(key)), (feature["id"], key, value)
    assert any(type(f["properties"]["injuries"]) is int for f in features)
    for row in _rows(acled_csv(frame, generated=GENERATED)):
        for key in ("time_precision", "inter1", "inter2", "interaction", "geo_precision", "fatalities", "injuries",
                    "displaced", "start", "end"):
            assert row[key] == "" or row[key].isdigit(), (row["event_id_cnty"], key, row[key])


def test_acled_csv_unnamed_perpetrator_of_violence_against_civilians(curated_events):
    """ACLED codes an unnamed attacker of civilians as "Unidentified Armed Group (Syria)" (its inter
    code, and the interaction follows); a named perpetrator is kept; other types get no invented actor."""
    from pipeline.actors import default_actors

    unknown = default_actors()["unidentified"]
    ev = curated_events
    vac = ev[ev["event_type"] == "Violence against civilians"]
    unnamed = vac[vac["actor1"].fillna("") == ""]
    named = vac[vac["actor1"].fillna("") != ""]
    assert len(unnamed) >= 2 and len(named) >= 1, "the shipped data changed: no unnamed/named perpetrators"
    rows = {r["event_id_cnty"]: r for r in _rows(acled_csv(vac))}
    for _, e in unnamed.iterrows():
        r = rows[e["event_id"]]
        assert r["actor1"] == "Unidentified Armed Group (Syria)" == unknown.name
        assert r["inter1"] == str(unknown.inter)
        assert r["interaction"] == str(exports.interaction(unknown.inter, e["inter2"]))
        assert r["civilian_targeting"] == "Civilian targeting"
    for _, e in named.iterrows():
        assert rows[e["event_id"]]["actor1"] == e["actor1"]
    # only violence against civilians always has a perpetrator: an agreement keeps its empty actor1
    other = ev[(ev["event_type"] != "Violence against civilians")].iloc[[0]].copy()
    other["actor1"], other["inter1"] = None, None
    assert _rows(acled_csv(other))[0]["actor1"] == ""


def test_zones_geojson_of_one_day(zones_fc):
    """The zones download holds exactly the zones the map draws for that day, with their properties."""
    from mapapp.mapview import active_zones

    for day in (dt.date(2021, 4, 22), dt.date(2021, 4, 24), dt.date(2021, 4, 27)):
        fc = json.loads(exports.zones_geojson(zones_fc, day))
        assert fc["type"] == "FeatureCollection" and fc["as_of"] == day.isoformat()
        ids = [f["properties"]["zone_id"] for f in fc["features"]]
        assert ids == [f["properties"]["zone_id"] for f in active_zones(zones_fc, day)]
        for f in fc["features"]:
            p = f["properties"]
            assert (p["valid_from"] or "0000") <= day.isoformat() <= (p["valid_to"] or "9999")
            assert p["source"] and f["geometry"]["type"] in ("Polygon", "MultiPolygon")
    on_24 = {f["properties"]["zone_id"] for f in json.loads(exports.zones_geojson(zones_fc, dt.date(2021, 4, 24)))["features"]}
    assert "contested_tayy" in on_24 and "sdf_tayy" not in on_24 and "gov_tayy" not in on_24


def _geojson_row_by_row(events: pd.DataFrame) -> bytes:
    """The export as it was written before it went column by column: ``_jsonable`` of every cell of
    every ``to_dict("records")`` row (the reference the faster export must equal byte for byte)."""
    from pipeline.schema import INTEGER_FIELDS

    def cell(k, v):  # a whole-number field's integral float is its integer (1, not 1.0)
        v = exports._jsonable(v)
        return int(v) if k in INTEGER_FIELDS and type(v) is float and v.is_integer() else v

    feats = []
    for row in events.to_dict("records"):
        props = {k: cell(k, v) for k, v in row.items() if k != "geometry"}
        lat, lon = exports._float_or_none(row.get("latitude")), exports._float_or_none(row.get("longitude"))
        feat: dict = {"type": "Feature"}
        if props.get("event_id") is not None:
            feat["id"] = props["event_id"]
        feat["geometry"] = {"type": "Point", "coordinates": [lon, lat]} if lat is not None and lon is not None else None
        feat["properties"] = props
        feats.append(feat)
    return json.dumps({"type": "FeatureCollection", "features": feats}, ensure_ascii=False,
                      allow_nan=False).encode("utf-8")


def test_events_geojson_equals_the_row_by_row_export_byte_for_byte(events):
    import numpy as np

    assert events_geojson(events) == _geojson_row_by_row(events)
    odd = events.head(4).copy()
    odd["latitude"] = [np.nan, float("inf"), 36.9, None]
    odd["fatalities"] = np.array([1, 2, 3, 4], dtype=np.int64)
    odd["extra_obj"] = [np.int64(3), pd.NA, dt.date(2021, 4, 1), {"a": [np.float64(1.5), float("nan")]}]
    odd["extra_ts"] = pd.to_datetime(["2021-04-01", None, "2021-04-03", "2021-04-04"])
    odd["extra_bool"] = pd.array([True, None, False, True], dtype="boolean")
    assert events_geojson(odd) == _geojson_row_by_row(odd)
    assert events_geojson(events.head(0)) == _geojson_row_by_row(events.head(0))


def test_events_geojson_of_the_apps_frame_equals_the_row_by_row_export(built):
    from mapapp.store import EventStore

    frame = EventStore.open(built / "events.parquet").frame()  # the app's typed frame (dates, Arrow strings)
    assert len(frame) > 0
    assert events_geojson(frame) == _geojson_row_by_row(frame)


def test_zone_evidence_as_of_splits_on_the_events_first_day():
    """The one rule (pipeline.zones.evidence_as_of): an item is evidence as of a day when it began on or
    before it; an undated item stays evidence; later ones are returned apart, in order."""
    from pipeline.zones import evidence_as_of

    items = [{"event_id": "a", "date": "2021-04-26"}, {"event_id": "b", "date": "2021-04-27"},
             {"event_id": "c", "date": None}, {"event_id": "d", "date": "2021-04-20"}]
    before, after = evidence_as_of(items, dt.date(2021, 4, 26))
    assert [x["event_id"] for x in before] == ["a", "c", "d"] and [x["event_id"] for x in after] == ["b"]


def test_zones_geojson_says_which_zones_are_stale_as_the_map_draws_them(zones_fc):
    """A zone whose evidence is older than the map's window carries ``stale`` and the words the map says."""
    from mapapp.mapview import active_zones, is_stale, zone_evidence

    late = dt.date(2024, 8, 16)
    fc = json.loads(exports.zones_geojson(zones_fc, late))
    assert fc["features"]
    lasts = zone_evidence(zones_fc, active_zones(zones_fc, late), late)
    for f, last in zip(fc["features"], lasts, strict=True):
        p = f["properties"]
        assert p["stale"] is True and is_stale(last, late)
        assert p["stale_note"] == (f"no evidence since {last:%d %b %Y}" if last else "no evidence")
    fresh = json.loads(exports.zones_geojson(zones_fc, dt.date(2021, 4, 24)))
    assert fresh["features"]
    assert all(f["properties"]["stale"] is False and f["properties"]["stale_note"] is None
               for f in fresh["features"])
