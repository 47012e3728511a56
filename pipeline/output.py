"""Writing the build's output files, atomically.

Every writer takes plain JSON-ready dicts (what :meth:`ArticleResult.to_json` gives, or
what the incremental cache holds) and writes one file through :func:`atomic_write`: a
temporary file in the same folder, flushed and then renamed over the target, so a crash
never leaves a half-written file. The files and their columns are documented in the
README ("Output folder").
"""

from __future__ import annotations

import csv
import io
import json
import os
import tempfile
from pathlib import Path
from typing import Any, Iterable

import geopandas as gpd
import pandas as pd
from shapely.geometry import Point, mapping

from .gazetteer import Gazetteer

MENTION_COLUMNS = ["article_id", "start", "end", "text", "place_id", "name_en", "name_ar", "kind", "lat", "lon",
                   "geo_precision", "approximate", "how", "location_note"]
UNRESOLVED_COLUMNS = ["article_id", "start", "end", "text", "head", "name", "context"]
CONTROL_COLUMNS = ["article_id", "controller_id", "place_id", "place_text", "qualifier", "as_of", "evidence",
                   "start", "end"]


def atomic_write(path: str | Path, data: bytes | str) -> None:
    """Write ``data`` to ``path`` so that readers see the old file or the new one, never half.

    Parameters
    ----------
    path : str or Path
    data : bytes or str
        ``str`` is encoded as UTF-8.
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(data, str):
        data = data.encode("utf-8")
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def to_json_bytes(obj: Any) -> bytes:
    return json.dumps(obj, ensure_ascii=False, indent=1, default=str).encode("utf-8")


def _csv_bytes(rows: Iterable[dict], columns: list[str]) -> bytes:
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=columns, extrasaction="ignore", lineterminator="\n")
    w.writeheader()
    for r in rows:
        w.writerow(r)
    return buf.getvalue().encode("utf-8")


def events_frame(results: list[dict]) -> gpd.GeoDataFrame:
    """All events of all articles as a GeoDataFrame (EPSG:4326, point geometry or None)."""
    rows = []
    for r in results:
        art = r["article"]
        for e in r["events"]:
            row = dict(e)
            row["source_url"] = art.get("url", "")
            row["published"] = art["published"]
            row["tags"] = ";".join(e.get("tags") or [])
            row["more_evidence"] = json.dumps(e.get("more_evidence") or [])
            rows.append(row)
    df = pd.DataFrame(rows)
    if df.empty:
        return gpd.GeoDataFrame(df, geometry=gpd.GeoSeries([], crs="EPSG:4326"), crs="EPSG:4326")
    geom = [Point(lon, lat) if pd.notna(lat) and pd.notna(lon) else None
            for lat, lon in zip(df["latitude"], df["longitude"])]
    return gpd.GeoDataFrame(df, geometry=gpd.GeoSeries(geom, crs="EPSG:4326"), crs="EPSG:4326")


def events_geojson(results: list[dict]) -> dict:
    """Events as a GeoJSON FeatureCollection (properties = the event record)."""
    feats = []
    for r in results:
        art = r["article"]
        for e in r["events"]:
            props = dict(e)
            props["source_url"] = art.get("url", "")
            props["published"] = art["published"]
            geom = None
            if e.get("latitude") is not None and e.get("longitude") is not None:
                geom = {"type": "Point", "coordinates": [e["longitude"], e["latitude"]]}
            feats.append({"type": "Feature", "id": e["event_id"], "geometry": geom, "properties": props})
    return {"type": "FeatureCollection", "features": feats}


def places_geojson(gaz: Gazetteer) -> dict:
    """Every gazetteer place with where it is drawn: point, or approximate area.

    Properties carry the location rule's outcome (``geo_precision``, ``approximate``,
    ``basis``) so the app never re-implements it.
    """
    feats = []
    for p in gaz.places.values():
        loc = gaz.locate(p.id)
        props = {
            "place_id": p.id, "kind": p.kind, "name_en": p.name_en, "name_ar": p.name_ar, "parent": p.parent,
            "lat": loc.lat, "lon": loc.lon, "geo_precision": loc.geo_precision, "approximate": loc.approximate,
            "basis": loc.basis, "source": p.source, "trust": p.trust, "has_point": p.has_point,
            "position": p.position, "position_text": p.position_text,
        }
        geom = None
        if loc.approximate and loc.area is not None:
            geom = mapping(loc.area)
        elif loc.lat is not None:
            geom = {"type": "Point", "coordinates": [loc.lon, loc.lat]}
        feats.append({"type": "Feature", "id": p.id, "geometry": geom, "properties": props})
    return {"type": "FeatureCollection", "features": feats}


def write_outputs(out_dir: Path, results: list[dict], texts: dict[str, str], gaz: Gazetteer,
                  errors: list[dict], report: str, manifest: dict, extra: dict[str, bytes] | None = None) -> None:
    """Write every output file of a build into ``out_dir``.

    Files are first written into a staging folder beside ``out_dir`` and then moved in one
    by one (``os.replace``), ``manifest.json`` last: a reader that sees the new manifest
    sees complete new files, and a crash before the moves leaves the old build intact.

    Parameters
    ----------
    out_dir : Path
    results : list of dict
        One ``ArticleResult.to_json()`` per article that built.
    texts : dict
        Article id → original text (for ``articles.json``).
    gaz : Gazetteer
    errors : list of dict
        ``{"path", "line", "reason"}`` for every input that failed.
    report : str
        Markdown summary.
    manifest : dict
    extra : dict of name -> bytes, optional
        More files to write (e.g. zones).
    """
    out_dir = Path(out_dir)
    out_dir.parent.mkdir(parents=True, exist_ok=True)
    stage = Path(tempfile.mkdtemp(prefix=f".{out_dir.name}.stage-", dir=out_dir.parent))
    try:
        files: dict[str, bytes] = {}
        files["events.geojson"] = to_json_bytes(events_geojson(results))
        gdf = events_frame(results)
        buf = io.BytesIO()
        gdf.to_parquet(buf, index=False)
        files["events.parquet"] = buf.getvalue()
        files["mentions.csv"] = _csv_bytes(
            ({"article_id": r["article"]["id"], **m} for r in results for m in r["mentions"]), MENTION_COLUMNS)
        files["unresolved.csv"] = _csv_bytes((u for r in results for u in r["unresolved"]), UNRESOLVED_COLUMNS)
        files["control.csv"] = _csv_bytes(
            ({"article_id": r["article"]["id"], **c} for r in results for c in r["control"]), CONTROL_COLUMNS)
        files["articles.json"] = to_json_bytes([
            {**r["article"], "text": texts.get(r["article"]["id"], ""), "mentions": r["mentions"],
             "actors": r["actors"], "dates": r["dates"], "event_ids": [e["event_id"] for e in r["events"]]}
            for r in results
        ])
        files["places.geojson"] = to_json_bytes(places_geojson(gaz))
        files["errors.json"] = to_json_bytes(errors)
        files["report.md"] = report.encode("utf-8")
        files.update(extra or {})
        for name, data in files.items():
            (stage / name).write_bytes(data)
        out_dir.mkdir(parents=True, exist_ok=True)
        for name in files:
            os.replace(stage / name, out_dir / name)
        atomic_write(out_dir / "manifest.json", to_json_bytes(manifest))
    finally:
        for f in stage.glob("*"):
            f.unlink(missing_ok=True)
        stage.rmdir()
