"""Exports: ACLED CSV, GeoJSON, offline HTML, Chromium screenshot (the only PNG route).

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
from urllib.parse import unquote, urlsplit

import folium
import folium.plugins
import pandas as pd
import pytest
from conftest import asset_links
from PIL import Image

from mapapp import exports
from mapapp.assets import ensure_static_assets, localise_folium
from mapapp.exports import ExportError, acled_csv, events_geojson, map_html_for_file, map_png
from pipeline.build import build

ROOT = pathlib.Path(__file__).resolve().parent.parent
BORDER = ROOT / "geo" / "border_sy_tr.geojson"
CHROMIUM = pathlib.Path("/usr/bin/chromium")
GENERATED = dt.datetime(2021, 4, 30, 12, 0, tzinfo=dt.UTC)

# The column order of shared/reference/acled.md, then ours: spelled out, not imported.
EXPECTED_COLUMNS = [
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type",
    "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2",
    "interaction", "civilian_targeting", "iso", "country", "admin1", "admin2", "admin3", "location",
    "latitude", "longitude", "geo_precision", "source", "source_scale", "notes", "fatalities", "tags",
    "timestamp",
    "injuries", "displaced", "date_from", "date_to", "evidence", "article_id", "start", "end",
    "location_ar", "source_url",
]
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"

needs_chromium = pytest.mark.skipif(not CHROMIUM.is_file(), reason="/usr/bin/chromium is not installed "
                                    "(apt-get install chromium)")


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
    data = json.loads((built / "events.geojson").read_text(encoding="utf-8"))
    return pd.DataFrame([f["properties"] for f in data["features"]])


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
    return list(csv.DictReader(io.StringIO(data.decode("utf-8"), newline="")))


def _one(events: pd.DataFrame, **where) -> pd.Series:
    mask = pd.Series(True, index=events.index)
    for key, value in where.items():
        mask &= events[key] == value
    assert mask.sum() == 1, (where, mask.sum())
    return events[mask].iloc[0]


def _app_map(events: pd.DataFrame, zones_fc: dict) -> folium.Map:
    """A map made the way the app makes it: no tiles, zones, border, clustered events."""
    m = folium.Map(location=(37.035, 41.23), zoom_start=13, tiles=None, maxZoom=18)
    folium.GeoJson(zones_fc, name="zones").add_to(m)
    folium.GeoJson(json.loads(BORDER.read_text(encoding="utf-8")), name="border").add_to(m)
    cluster = folium.plugins.MarkerCluster().add_to(m)
    for _, ev in events.iterrows():
        folium.CircleMarker((ev.latitude, ev.longitude), radius=8, fill=True, popup=ev.location).add_to(cluster)
    return m




def _colours(png: bytes) -> set[tuple[int, int, int]]:
    with Image.open(io.BytesIO(png)) as im:
        return {c for _, c in im.convert("RGB").getcolors(maxcolors=1 << 20)}


def _hex(colour: str) -> tuple[int, int, int]:
    return tuple(int(colour[i:i + 2], 16) for i in (1, 3, 5))


# --------------------------------------------------------------------------- ACLED CSV

def test_acled_csv_columns_and_rows(events):
    data = acled_csv(events, generated=GENERATED)
    reader = csv.reader(io.StringIO(data.decode("utf-8"), newline=""))
    header = next(reader)
    body = list(reader)
    assert header == EXPECTED_COLUMNS
    assert len(body) == len(events) > 0
    assert all(len(r) == len(header) for r in body)
    rows = _rows(data)
    assert [r["event_id_cnty"] for r in rows] == list(events["event_id"])
    for row, (_, ev) in zip(rows, events.iterrows()):
        assert row["event_date"] == ev.event_date
        assert row["year"] == ev.event_date[:4]
        assert row["timestamp"] == str(int(GENERATED.timestamp()))
        assert (row["iso"], row["country"], row["admin1"]) == ("760", "Syria", "Al-Hasakah")
        assert float(row["latitude"]) == ev.latitude and float(row["longitude"]) == ev.longitude
        assert row["geo_precision"] == str(ev.geo_precision)
        assert row["tags"] == "; ".join(ev.tags)
        assert row["location_ar"] == ev.location_ar
        assert row["notes"].startswith(("On ", "Between ", "Around ", "In "))
        if ev.notes:
            assert row["notes"].endswith(f"Note: {ev.notes}" + ("" if ev.notes.endswith(".") else "."))


def test_acled_csv_arabic_round_trips_byte_exact(events):
    data = acled_csv(events, generated=GENERATED)
    rows = _rows(data)
    assert any(any("\u0600" <= ch <= "\u06ff" for ch in ev) for ev in events["evidence"])
    for row, evidence in zip(rows, events["evidence"]):
        assert row["evidence"].encode("utf-8") == evidence.encode("utf-8")
        if '"' not in evidence:
            assert evidence.encode("utf-8") in data  # written as is, not escaped
    assert not data.startswith(b"\xef\xbb\xbf")
    assert acled_csv(events, generated=GENERATED, bom=True) == b"\xef\xbb\xbf" + data


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
        lines = data.decode("utf-8").splitlines()
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


# --------------------------------------------------------------------------- offline HTML

def test_map_html_for_file_rewrites_app_links(tmp_path, events, zones_fc, restore_folium):
    static = tmp_path / "static"
    files = ensure_static_assets(static)
    localise_folium("/app/static/")
    html = _app_map(events, zones_fc).get_root().render()
    assert "/app/static/vendor/" in html

    out = map_html_for_file(html, static)
    assert "/app/static" not in out
    links = asset_links(out)
    assert links
    prefix = static.resolve().as_uri() + "/vendor/"
    for link in links:
        assert link.startswith(prefix), link
        path = pathlib.Path(unquote(urlsplit(link).path))
        assert path.is_file(), link
        assert path.relative_to(static.resolve()).as_posix() in files
    assert prefix + "leaflet/leaflet.js" in links
    # relative "static/vendor" links (localise_folium("static")) too
    localise_folium("static")
    rel = map_html_for_file(_app_map(events, zones_fc).get_root().render(), static)
    assert sorted(asset_links(rel)) == sorted(links)


# --------------------------------------------------------------------------- Chromium

def test_map_png_missing_chromium_raises(tmp_path):
    with pytest.raises(ExportError, match="not found"):
        map_png("<html></html>", tmp_path, chromium=str(tmp_path / "no-such-chromium"))


def test_map_png_without_chromium_says_what_to_install(tmp_path, monkeypatch):
    """No Chromium anywhere: the error names the package to install (there is no other PNG route)."""
    monkeypatch.setattr(exports.os, "access", lambda *a, **k: False)
    monkeypatch.setattr(exports.shutil, "which", lambda *a, **k: None)
    with pytest.raises(ExportError) as err:
        map_png("<html></html>", tmp_path)
    message = str(err.value)
    assert "Chromium not found" in message
    assert "apt-get install chromium" in message


def test_exports_has_no_matplotlib_fallback():
    """The matplotlib map was removed: nothing in mapapp imports matplotlib (it is not a dependency)."""
    for path in (ROOT / "mapapp").glob("*.py"):
        assert "matplotlib" not in path.read_text(encoding="utf-8"), path
    assert not hasattr(exports, "static_map_png") and not hasattr(exports, "briefing_png")


@pytest.mark.browser
@needs_chromium
def test_map_png_screenshot(tmp_path, events, zones_fc, restore_folium):
    static = tmp_path / "static"
    ensure_static_assets(static)
    localise_folium("/app/static/")
    html = _app_map(events, zones_fc).get_root().render()
    png = map_png(html, static, width=1000, height=640)
    assert png.startswith(PNG_SIGNATURE)
    with Image.open(io.BytesIO(png)) as im:
        assert im.size == (1000, 640)
    assert len(_colours(png)) > 20  # the map drew: grey background, zones, markers, clusters


@pytest.mark.browser
@needs_chromium
def test_map_png_blank_page_raises(tmp_path):
    with pytest.raises(ExportError, match="blank"):
        map_png("<html><body></body></html>", tmp_path, width=400, height=300)
