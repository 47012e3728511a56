"""Gazetteer curation: analysts place points and import polygons without touching the shipped file.

- :func:`add_override` appends one row to ``geo/overrides.csv`` (who, when, source), after
  checking that the gazetteer still loads with it; the shipped ``gazetteer.csv`` is never
  rewritten. A row for an existing id changes that place (e.g. gives a neighbourhood a
  cited point); a row with a new id adds a place (e.g. a name from the unresolved report).
- :func:`import_areas` reads a polygon file (GeoJSON, GeoPackage, Shapefile or a zipped
  Shapefile; e.g. OCHA's city neighbourhoods) and joins its features to gazetteer ids by
  name, reporting what did not match; :func:`save_areas` writes the matches to
  ``geo/areas.geojson``.

The pipeline and the map pick both files up on the next build (they are build inputs).
"""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass, field
from pathlib import Path

from .arabic import normalise_phrase
from .csvio import csv_line, ends_line, line_breaks, read_for_append
from .errors import GazetteerError
from .files import folder_lock, read_input
from .gazetteer import OVERRIDE_COLUMNS, Gazetteer, load_geo_dir
from .output import atomic_write

#: Feature properties tried, in order, for a polygon's name.
NAME_FIELDS = ("place_id", "name", "name_en", "name_ar", "NAME", "Name", "name_1", "ADM4_EN", "ADM4_AR",
               "ADM3_EN", "ADM3_AR", "neighbourhood", "neighborhood", "Neighbourhood")
_HEADS = ("حي ", "حاره ", "قريه ", "بلده ", "مدينه ")


def now_iso() -> str:
    """UTC time, to the second, for ``added_at``."""
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


def add_override(geo_dir: str | Path, place_id: str, *, source: str, added_by: str, lat: float | None = None,
                 lon: float | None = None, geo_precision: int | None = 1, notes: str = "", added_at: str = "",
                 **fields: str) -> int:
    """Append an analyst's row to ``geo/overrides.csv`` and check it.

    Parameters
    ----------
    geo_dir : str or Path
    place_id : str
        An existing id (changes that place) or a new one (adds a place: then give at least
        ``kind``, ``name_en`` and ``parent`` in ``fields``).
    source : str
        Where the coordinate comes from (required: never an uncited point).
    added_by : str
        Who placed it.
    lat, lon : float, optional
        The point (both or neither).
    geo_precision : int, optional
        ACLED precision of the point (1 = the place itself).
    notes, added_at : str
    **fields : str
        Other gazetteer columns (``name_en``, ``name_ar``, ``kind``, ``parent``, ``aliases``...).

    Returns
    -------
    int
        The line of the new row.

    Raises
    ------
    GazetteerError
        When the row would be rejected, or the file is UTF-16 or unreadable (the file is left as it was).
    """
    if not source.strip() or not added_by.strip():
        raise GazetteerError(Path(geo_dir) / "overrides.csv", "a source and the analyst's name are required")
    path = Path(geo_dir) / "overrides.csv"
    with folder_lock(path.parent):  # another save meanwhile is neither lost nor undone by a rollback
        raw = read_for_append(path, GazetteerError)  # a hand-edited line not UTF-8 stays as it is
        old = ends_line(raw)
        row = {c: "" for c in OVERRIDE_COLUMNS}
        row.update({k: str(v) for k, v in fields.items() if k in row and v is not None})
        row.update(id=place_id, source=source.strip(), added_by=added_by.strip(), added_at=added_at or now_iso(),
                   notes=notes)
        if lat is not None and lon is not None:
            row.update(lat=f"{float(lat):.6f}", lon=f"{float(lon):.6f}",
                       geo_precision=str(geo_precision) if geo_precision else "")
        head = "" if old else csv_line(OVERRIDE_COLUMNS) + "\n"
        # where the row starts, as the reader counts lines (a note may hold a line break of any kind)
        line = line_breaks(old) + line_breaks(head) + 1
        atomic_write(path, old + (head + csv_line([row[c] for c in OVERRIDE_COLUMNS]) + "\n").encode("utf-8"))
        gaz = load_geo_dir(geo_dir)
        bad = [e for e in gaz.errors if e.path == str(path) and e.line == line]
        if bad:
            if raw:
                atomic_write(path, raw)
            else:
                path.unlink()
            raise bad[0]
    return line


@dataclass
class AreaImport:
    """Result of :func:`import_areas`: matched polygons and the names that matched nothing."""

    matched: list[dict] = field(default_factory=list)  # {"place_id", "name", "geometry"}
    unmatched: list[str] = field(default_factory=list)
    source_file: str = ""


def _keys(text: str) -> set[str]:
    n = normalise_phrase(text)
    out = {n}
    for h in _HEADS:
        if n.startswith(h):
            out.add(n[len(h):])
    out |= {re.sub(r"(^| )ال", r"\1", k) for k in list(out)}
    return {k for k in out if k}


def _name_index(gaz: Gazetteer) -> dict[str, str]:
    index: dict[str, str] = {}
    for p in gaz.places.values():
        for name in [p.id, p.name_en, p.name_ar, *p.aliases]:
            for k in _keys(name or ""):
                index.setdefault(k, p.id)
    return index


def import_areas(path: str | Path, gazetteer: Gazetteer) -> AreaImport:
    """Read a polygon file and join its features to gazetteer ids by name.

    Parameters
    ----------
    path : str or Path
        GeoJSON, GeoPackage, Shapefile or a ``.zip`` holding a Shapefile.
    gazetteer : Gazetteer

    Returns
    -------
    AreaImport
        Features whose name (any of :data:`NAME_FIELDS`, Arabic or English, with or
        without حي/ال) is a gazetteer name or alias, and the names that were not.
    """
    import geopandas as gpd

    path = Path(path)
    gdf = gpd.read_file(f"zip://{path}" if path.suffix.lower() == ".zip" else path)
    if gdf.crs is not None and gdf.crs.to_epsg() != 4326:
        gdf = gdf.to_crs(4326)
    index = _name_index(gazetteer)
    out = AreaImport(source_file=path.name)
    fields = [c for c in NAME_FIELDS if c in gdf.columns]
    for _, row in gdf.iterrows():
        geom = row.geometry
        if geom is None or geom.geom_type not in ("Polygon", "MultiPolygon"):
            continue
        names = [str(row[c]) for c in fields if isinstance(row[c], str) and row[c].strip()]
        pid = next((index[k] for n in names for k in _keys(n) if k in index), None)
        if pid is None:
            out.unmatched.append(names[0] if names else "(no name)")
        else:
            out.matched.append({"place_id": pid, "name": names[0], "geometry": geom})
    return out


def _area_features(path: Path) -> list:
    """The features of ``areas.geojson`` as they are (a bad one is kept: the build reports it); [] when missing.

    Raises
    ------
    GazetteerError
        The file is no GeoJSON FeatureCollection (not JSON, not UTF-8, ``features`` not a list).
    """
    try:
        raw = read_input(path)
    except FileNotFoundError:
        return []
    except OSError as e:
        raise GazetteerError(path, f"cannot read it ({e.strerror}); nothing was written") from None
    try:
        fc = json.loads(raw.decode("utf-8"))
        feats = fc["features"]
    except RecursionError:
        feats = None
    except (ValueError, KeyError, TypeError, IndexError) as e:
        raise GazetteerError(path, f"not a GeoJSON FeatureCollection ({str(e)[:200]}); fix or move it, nothing was "
                                   "written") from None
    if not isinstance(feats, list):
        raise GazetteerError(path, "not a GeoJSON FeatureCollection ('features' is no list); fix or move it, nothing "
                                   "was written")
    return feats


def save_areas(geo_dir: str | Path, result: AreaImport, *, source: str, added_by: str) -> Path:
    """Write matched polygons into ``geo/areas.geojson`` (replacing those of the same places).

    Raises
    ------
    GazetteerError
        No source or name, or an ``areas.geojson`` that is no FeatureCollection (left as it was).
    """
    from shapely.geometry import mapping

    if not source.strip() or not added_by.strip():
        raise GazetteerError(Path(geo_dir) / "areas.geojson", "a source and the analyst's name are required")
    path = Path(geo_dir) / "areas.geojson"
    with folder_lock(path.parent):  # another import meanwhile is kept
        feats = [f for f in _area_features(path) if not isinstance(f, dict) or not isinstance(f.get("properties"), dict)
                 or f["properties"].get("place_id") not in {m["place_id"] for m in result.matched}]
        when = now_iso()
        for m in result.matched:
            feats.append({"type": "Feature", "geometry": mapping(m["geometry"]),
                          "properties": {"place_id": m["place_id"], "name": m["name"], "source": source,
                                         "file": result.source_file, "added_by": added_by, "added_at": when}})
        atomic_write(path, json.dumps({"type": "FeatureCollection", "features": feats}, ensure_ascii=False, indent=1))
    return path


def import_areas_from_bytes(name: str, data: bytes, gazetteer: Gazetteer) -> AreaImport:
    """:func:`import_areas` on an uploaded file's bytes (a temporary copy, always removed).

    Parameters
    ----------
    name : str
        The uploaded file's name (its suffix tells the format).
    data : bytes
    gazetteer : Gazetteer

    Returns
    -------
    AreaImport
    """
    import tempfile

    with tempfile.TemporaryDirectory(prefix="qmap-areas-") as tmp:
        path = Path(tmp) / (Path(name).name or "upload.geojson")
        path.write_bytes(data)
        return import_areas(path, gazetteer)


@dataclass
class AcledImport:
    """Result of :func:`add_acled_import`: where the export was saved and what it holds."""

    path: Path
    events: int
    excluded: int
    problems: list[str] = field(default_factory=list)


def add_acled_import(curated_dir: str | Path, name: str, data: bytes, gazetteer: Gazetteer, *,
                     radius_km: float = 40.0) -> AcledImport:
    """Check an ACLED export and save it as ``<curated_dir>/acled/<name>`` (atomically).

    The build then merges its events (:func:`pipeline.build.build`). The bytes are read
    exactly as the build will read them (:func:`pipeline.acled.load_acled`) before
    anything is written.

    Parameters
    ----------
    curated_dir : str or Path
        The curated folder (``curated/``).
    name : str
        The uploaded file's name; only its last component is used and it must end in ``.csv``.
    data : bytes
        The file's bytes.
    gazetteer : Gazetteer
        For matching its rows to places (as the build does).
    radius_km : float, default 40
        Rows farther than this from Qamishli are left out (not errors).

    Returns
    -------
    AcledImport
        The saved path, the number of events kept and left out, and the rows' problems
        (each names its line; those rows are skipped by the build).

    Raises
    ------
    AcledError
        When the name is not a ``.csv``, a different file of that name is already there
        (imports are never overwritten: rename the new one), or the file gives no event
        in the area (empty, wrong header, not ACLED, every row bad or outside the area);
        nothing is written then.
    """
    import tempfile

    from .acled import AcledError, load_acled

    folder = Path(curated_dir) / "acled"
    base = Path(name).name
    target = folder / base
    if not base.lower().endswith(".csv") or base.startswith("."):
        raise AcledError(target, "an ACLED export must be a .csv file; rename it")
    if target.exists():
        if target.read_bytes() == data:
            raise AcledError(target, "this export is already imported (same file, same bytes)")
        raise AcledError(target, "another export of this name is already imported; rename the new file "
                                 "(imports are never overwritten)")
    with tempfile.TemporaryDirectory(prefix="qmap-acled-") as tmp:
        probe = Path(tmp) / base
        probe.write_bytes(data)
        events, errors = load_acled(probe, gazetteer, radius_km=radius_km)
    problems = [str(e).replace(str(probe), base) for e in errors]
    if not events:
        why = "; ".join(problems[:3]) if problems else f"every row lies outside {radius_km:.0f} km of Qamishli"
        raise AcledError(target, f"no event to import ({why})")
    folder.mkdir(parents=True, exist_ok=True)
    with folder_lock(folder):  # two uploads of one name at once: the second is refused, not written over the first
        if target.exists():
            raise AcledError(target, "another export of this name was imported meanwhile; rename the new file "
                                     "(imports are never overwritten)")
        atomic_write(target, data)
    return AcledImport(target, len(events), errors.excluded, problems)
