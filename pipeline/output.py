"""Writing the build's output files, atomically.

Every writer takes plain JSON-ready dicts (what :meth:`ArticleResult.to_json` gives, or
what the incremental cache holds). :func:`write_outputs` writes a complete new version of
the output folder and switches the ``build`` link to it in one atomic step, so a crash
never leaves a half-written or mixed output. :func:`atomic_write` does the same for a
single file. The files and their columns are documented in the README ("Output folder").
"""

from __future__ import annotations

import csv
import io
import os
import shutil
import tempfile
import time
from pathlib import Path
from typing import Any, Iterable

import geopandas as gpd
import orjson
import pandas as pd
from shapely.geometry import mapping

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


def to_json_bytes(obj: Any, compact: bool = False) -> bytes:
    """UTF-8 JSON with Arabic kept readable (orjson); ``compact`` for the large outputs."""
    return orjson.dumps(obj, default=str, option=0 if compact else orjson.OPT_INDENT_2)


def _csv_bytes(rows: Iterable[dict], columns: list[str]) -> bytes:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(columns)
    # a missing key and None both write as an empty field
    w.writerows(map(r.get, columns) for r in rows)
    return buf.getvalue().encode("utf-8")


def _article_rows(results: list[dict], key: str, columns: list[str]) -> Iterable[list]:
    """CSV rows of ``r[key]`` records for every result, ``article_id`` first.

    The same rows as ``{"article_id": <article id>, **record}`` looked up by ``columns``,
    without building that merged dict per record.
    """
    rest = columns[1:]
    for r in results:
        aid = r["article"]["id"]
        for rec in r[key]:
            yield [rec.get("article_id", aid), *map(rec.get, rest)]


def _csv_rows_bytes(rows: Iterable[list], columns: list[str]) -> bytes:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(columns)
    w.writerows(rows)
    return buf.getvalue().encode("utf-8")


_NESTED = ("reports", "fatalities_by_source", "outlet_figures", "fatalities_range", "merged_ids")


def events_frame(events: list[dict]) -> gpd.GeoDataFrame:
    """Events as a GeoDataFrame (EPSG:4326, point geometry or None), for GeoParquet.

    Lists become ``;``-joined text (``tags``, ``alignments``, ``more_evidence`` as
    ``start-end``); nested records (``reports``...) become JSON text.
    """
    keys = list(dict.fromkeys(k for e in events for k in e))
    columns: dict[str, list] = {}
    for k in keys:
        col = [e.get(k) for e in events]
        if k == "more_evidence":
            col = [";".join(f"{s}-{t}" for s, t in v or []) for v in col]
        elif k in _NESTED:
            col = [orjson.dumps(v).decode() if v is not None else None for v in col]
        elif any(isinstance(v, list) for v in col):
            col = [";".join(map(str, v)) if isinstance(v, list) else v for v in col]
        columns[k] = col
    df = pd.DataFrame(columns)
    if df.empty:
        return gpd.GeoDataFrame(df, geometry=gpd.GeoSeries([], crs="EPSG:4326"), crs="EPSG:4326")
    lat = pd.to_numeric(df["latitude"], errors="coerce")
    lon = pd.to_numeric(df["longitude"], errors="coerce")
    geom = gpd.points_from_xy(lon, lat, crs="EPSG:4326")
    geom[lat.isna().to_numpy() | lon.isna().to_numpy()] = None
    return gpd.GeoDataFrame(df, geometry=geom, crs="EPSG:4326")


def events_geojson(events: list[dict]) -> dict:
    """Events as a GeoJSON FeatureCollection (properties = the event record)."""
    feats = []
    for e in events:
        geom = None
        if e.get("latitude") is not None and e.get("longitude") is not None:
            geom = {"type": "Point", "coordinates": [e["longitude"], e["latitude"]]}
        feats.append({"type": "Feature", "id": e["event_id"], "geometry": geom, "properties": e})
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


def write_outputs(out_dir: Path, results: list[dict], events: list[dict], texts: dict[str, str], gaz: Gazetteer,
                  errors: list[dict], report: str, manifest: dict, extra: dict[str, bytes] | None = None) -> None:
    """Write every output file of a build and publish them as ``out_dir`` in one step.

    All files are written into a fresh version folder (``.<name>.versions/<stamp>/``
    beside ``out_dir``); then ``out_dir``, a symbolic link, is switched to it with one
    atomic ``os.replace``. A reader sees the whole old build or the whole new one; a crash
    at any point leaves the old build untouched. The previous version is kept (so a
    reader in the middle of loading it is not cut off); older ones are removed.

    Parameters
    ----------
    out_dir : Path
    results : list of dict
        One ``ArticleResult.to_json()`` per article that built.
    events : list of dict
        All events, merged (:func:`pipeline.merge.merge_reports`).
    texts : dict
        Article id → original text (for ``articles.json``).
    gaz : Gazetteer
    errors : list of dict
        ``{"path", "line", "reason"}`` for every input that failed.
    report : str
        Markdown summary.
    manifest : dict
    extra : dict of name -> bytes, optional
        More files to write (zones, the cache as ``cache/results.jsonl``).
    """
    out_dir = Path(out_dir)
    versions = out_dir.parent / f".{out_dir.name}.versions"
    versions.mkdir(parents=True, exist_ok=True)
    stamp = time.strftime("%Y%m%dT%H%M%S", time.gmtime()) + f"-{os.getpid()}-{time.monotonic_ns() % 10**9}"
    stage = versions / stamp
    stage.mkdir()
    try:
        files: dict[str, bytes] = {}
        files["events.geojson"] = to_json_bytes(events_geojson(events), compact=True)
        gdf = events_frame(events)
        buf = io.BytesIO()
        gdf.to_parquet(buf, index=False)
        files["events.parquet"] = buf.getvalue()
        files["mentions.csv"] = _csv_rows_bytes(_article_rows(results, "mentions", MENTION_COLUMNS), MENTION_COLUMNS)
        files["unresolved.csv"] = _csv_bytes((u for r in results for u in r["unresolved"]), UNRESOLVED_COLUMNS)
        files["control.csv"] = _csv_rows_bytes(_article_rows(results, "control", CONTROL_COLUMNS), CONTROL_COLUMNS)
        files["articles.json"] = to_json_bytes(compact=True, obj=[
            {**r["article"], "text": texts.get(r["article"]["id"], ""), "mentions": r["mentions"],
             "actors": r["actors"], "dates": r["dates"], "event_ids": [e["event_id"] for e in r["events"]]}
            for r in results
        ])
        files["places.geojson"] = to_json_bytes(places_geojson(gaz))
        files["errors.json"] = to_json_bytes(errors)
        files["report.md"] = report.encode("utf-8")
        files.update(extra or {})
        files["manifest.json"] = to_json_bytes(manifest)
        for name, data in files.items():
            target = stage / name
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(data)
        _publish(out_dir, stage)
    except BaseException:
        shutil.rmtree(stage, ignore_errors=True)
        raise
    _prune(versions, keep={stage.name, *_current_targets(out_dir)})


def _publish(out_dir: Path, stage: Path) -> None:
    """Point the ``out_dir`` link at ``stage`` atomically."""
    if out_dir.exists() and not out_dir.is_symlink():
        # an output folder from before versioning: keep it as a version, then link
        legacy = stage.parent / f"legacy-{os.getpid()}-{time.monotonic_ns()}"
        os.replace(out_dir, legacy)
    link = out_dir.parent / f".{out_dir.name}.link-{os.getpid()}"
    link.unlink(missing_ok=True)
    os.symlink(os.path.relpath(stage, out_dir.parent), link)
    try:
        os.replace(link, out_dir)
    except BaseException:
        link.unlink(missing_ok=True)
        raise


def _current_targets(out_dir: Path) -> set[str]:
    try:
        return {Path(os.readlink(out_dir)).name}
    except OSError:
        return set()


def _prune(versions: Path, keep: set[str], previous: int = 1) -> None:
    """Remove old versions, keeping ``keep`` and the ``previous`` most recent others."""
    others = sorted((p for p in versions.iterdir() if p.name not in keep), key=lambda p: p.stat().st_mtime)
    for p in others[: max(0, len(others) - previous)]:
        shutil.rmtree(p, ignore_errors=True)
