"""Control zones: who controls which area, when, on whose word.

The zones file ``geo/zones.csv`` is hand-edited (schema in the README, "Control zones").
Each row is one controller holding one area over one date interval. The area is a
gazetteer place id, drawn with the gazetteer's own location rules (an approximate place
is an approximate zone), or a WKT geometry drawn by an analyst. A place that has only a
point needs ``radius_m`` to become a zone: the disc is schematic and says so.

``zones_outputs`` turns the file into ``zones.geojson`` for the app; bad rows are
reported with file and line and skipped. Each zone carries ``latest_evidence`` (the latest
day its interval, the events behind it or its source's dated reports speak of), and the
collection the latest of them (a foreign member ``"latest_evidence"``, null without zones):
the app says when it draws zones as of a later day.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from shapely import wkt
from shapely.geometry import mapping
from shapely.geometry.base import BaseGeometry

from .actors import default_actors
from .csvio import read_csv
from .errors import ZonesError
from .files import read_input
from .gazetteer import BBOX, MAX_EXTENT_M, Gazetteer, _offset, bounds_in_box
from .output import to_json_bytes

COLUMNS = ("id", "controller", "status", "area", "radius_m", "geometry_wkt", "valid_from", "valid_to",
           "confidence", "source", "notes", "caused_by")
STATUSES = {"control", "contested"}
#: Schematic radius for a zone whose place has only a point (e.g. a neighbourhood an analyst placed).
DEFAULT_RADIUS_M = {"neighbourhood": 600, "village": 500, "landmark": 150, "roundabout": 100, "military_base": 400}
CONFIDENCE = {"high", "medium", "low"}
_ID_RE = re.compile(r"^[a-z0-9][a-z0-9_]*$")


@dataclass
class Zone:
    """One row of the zones file with its geometry resolved."""

    id: str
    controller: str
    status: str
    area: str
    geometry: BaseGeometry
    approximate: bool
    valid_from: dt.date | None
    valid_to: dt.date | None
    confidence: str
    source: str
    notes: str
    caused_by: list[str]
    basis: str
    line: int

    def active_on(self, day: dt.date) -> bool:
        """True when the zone is valid on ``day`` (open ends are unbounded)."""
        return (self.valid_from is None or self.valid_from <= day) and (self.valid_to is None or day <= self.valid_to)


def _disc(lat: float, lon: float, radius: float):
    from shapely.geometry import Polygon

    return Polygon([_offset(lat, lon, a, radius) for a in range(0, 360, 10)])


def _analyst_polygon(text: str, err):
    """The polygon of a ``geometry_wkt`` field, checked: WKT, a (multi)polygon, valid, in the project's box."""
    from shapely.validation import explain_validity

    try:
        geom = wkt.loads(text)
    except Exception:
        raise err("geometry_wkt is not valid WKT (e.g. POLYGON((lon lat, ...)))") from None
    if geom.geom_type not in ("Polygon", "MultiPolygon") or geom.is_empty:
        raise err(f"geometry_wkt must be a POLYGON or MULTIPOLYGON, not {geom.geom_type.upper()}")
    if not geom.is_valid:
        raise err(f"geometry_wkt is not a valid polygon ({explain_validity(geom)}); redraw it without crossings")
    if not bounds_in_box(geom.bounds):
        raise err(f"geometry_wkt lies outside the project's box (lon {BBOX['lon']}, lat {BBOX['lat']}); "
                  "WKT takes 'lon lat': are they swapped?")
    return geom


def _parse(row: dict, line: int, path: str, gaz: Gazetteer, actors: set[str]) -> Zone:
    def err(msg: str) -> ZonesError:
        return ZonesError(path, msg, line)

    zid = (row.get("id") or "").strip()
    if not _ID_RE.match(zid):
        raise err(f"id {zid!r} must be lower_snake_case")
    controller = (row.get("controller") or "").strip()
    if controller not in actors:
        raise err(f"controller {controller!r} is not an actor id ({', '.join(sorted(actors))})")
    status = (row.get("status") or "control").strip()
    if status not in STATUSES:
        raise err(f"status {status!r} must be one of {sorted(STATUSES)}")
    confidence = (row.get("confidence") or "").strip()
    if confidence not in CONFIDENCE:
        raise err(f"confidence {confidence!r} must be one of {sorted(CONFIDENCE)}")
    source = (row.get("source") or "").strip()
    if not source:
        raise err("source is empty: every zone says who reported it")
    dates: list[dt.date | None] = []
    for key in ("valid_from", "valid_to"):
        v = (row.get(key) or "").strip()
        if not v:
            dates.append(None)
            continue
        try:
            dates.append(dt.date.fromisoformat(v))
        except ValueError:
            raise err(f"{key} {v!r} must be YYYY-MM-DD or empty (open-ended)") from None
    if dates[0] and dates[1] and dates[1] < dates[0]:
        raise err(f"valid_to {dates[1]} is before valid_from {dates[0]}")
    area = (row.get("area") or "").strip()
    geom_wkt = (row.get("geometry_wkt") or "").strip()
    radius_s = (row.get("radius_m") or "").strip()
    approximate = True
    if geom_wkt and area:
        raise err("give an area or a geometry_wkt, not both (which one should be drawn?)")
    if geom_wkt:
        geom = _analyst_polygon(geom_wkt, err)
        basis = "drawn by an analyst"
        approximate = False
    elif area:
        if area not in gaz:
            raise err(f"area {area!r} is not a gazetteer place id")
        loc = gaz.locate(area)
        if loc.lat is None or loc.lon is None:
            raise err(f"area {area!r} has no point in the gazetteer (nor its parents); use geometry_wkt")
        if radius_s:
            try:
                radius = float(radius_s)
            except ValueError:
                raise err(f"radius_m {radius_s!r} must be a number of metres") from None
            if not 0 < radius <= MAX_EXTENT_M:  # (NaN fails too)
                raise err(f"radius_m {radius_s!r} must be a positive number of metres up to {MAX_EXTENT_M:,}")
            geom = _disc(loc.lat, loc.lon, radius)
            basis = f"schematic disc of {radius:.0f} m around {gaz[area].name_en} ({loc.basis})"
        elif loc.area is not None:
            geom = loc.area
            basis = loc.basis
        elif (extent := gaz[area].extent_m):
            geom = _disc(loc.lat, loc.lon, extent)
            basis = f"approximate extent of {gaz[area].name_en} ({gaz[area].extent_m:.0f} m, see gazetteer notes)"
        elif gaz[area].kind in DEFAULT_RADIUS_M:
            radius = DEFAULT_RADIUS_M[gaz[area].kind]
            geom = _disc(loc.lat, loc.lon, radius)
            basis = (f"schematic disc of {radius} m around {gaz[area].name_en} ({loc.basis}); "
                     "give radius_m or a polygon (geo/areas.geojson) for a better outline")
        else:
            raise err(f"area {area!r} is only a point; give radius_m for a schematic zone")
    else:
        raise err("give an area (gazetteer id) or a geometry_wkt")
    caused_by = [c.strip() for c in (row.get("caused_by") or "").split(";") if c.strip()]
    return Zone(zid, controller, status, area, geom, approximate, dates[0], dates[1], confidence, source,
                (row.get("notes") or "").strip(), caused_by, basis, line)


def load_zones(path: str | Path, gaz: Gazetteer) -> tuple[list[Zone], list[ZonesError]]:
    """Read and validate the zones file.

    Parameters
    ----------
    path : str or Path
    gaz : Gazetteer
        For ``area`` ids.

    Returns
    -------
    (zones, errors)
        Bad rows are skipped and reported with file and line.
    """
    path = str(path)
    actors = set(default_actors())
    header, rows, raw_errors = read_csv(path, ZonesError)
    errors: list[ZonesError] = list(raw_errors)
    missing = [c for c in ("id", "controller", "valid_from", "valid_to", "source", "confidence") if c not in header]
    if missing:
        return [], errors + [ZonesError(path, f"header lacks {', '.join(missing)}; expected {','.join(COLUMNS)}", 1)]
    zones: list[Zone] = []
    seen: dict[str, int] = {}
    for line, row in rows:
        try:
            z = _parse(row, line, path, gaz, actors)
        except ZonesError as e:
            errors.append(e)
            continue
        except (ValueError, TypeError, ArithmeticError) as e:  # a value shapely cannot draw: this row only
            errors.append(ZonesError(path, f"zone cannot be drawn ({type(e).__name__}: {e}); check its numbers", line))
            continue
        if z.id in seen:
            errors.append(ZonesError(path, f"duplicate zone id {z.id!r} (first at line {seen[z.id]})", line))
            continue
        seen[z.id] = line
        zones.append(z)
    errors.sort(key=lambda e: e.line or 0)
    return zones, errors


def zones_geojson(zones: list[Zone]) -> dict:
    """Zones as GeoJSON features with controller, interval, status, confidence and source."""
    actors = default_actors()
    feats = []
    for z in zones:
        feats.append({
            "type": "Feature", "id": z.id, "geometry": mapping(z.geometry),
            "properties": {
                "zone_id": z.id, "controller": z.controller,
                "controller_name": actors[z.controller].name if z.controller in actors else z.controller,
                "status": z.status, "area": z.area,
                "valid_from": z.valid_from.isoformat() if z.valid_from else None,
                "valid_to": z.valid_to.isoformat() if z.valid_to else None,
                "confidence": z.confidence, "source": z.source, "notes": z.notes,
                "caused_by": z.caused_by, "approximate": z.approximate, "basis": z.basis,
            },
        })
    return {"type": "FeatureCollection", "features": feats}


def link_predecessors(zones: list[Zone]) -> list[dict]:
    """What each zone replaced: the zone of the same area valid on the day before it starts.

    A zone that starts on day *d* continues, on its area, whatever zone of that area was
    valid on *d − 1*. Knowing it lets the map say what changed hands ("Tayy: Government
    → contested, 23 Apr") and draw a contested zone in both sides' colours.

    Parameters
    ----------
    zones : list of Zone

    Returns
    -------
    list of dict
        Per zone, in order: ``previous_zone``, ``previous_controller``, ``previous_status``
        (None when nothing of that area was valid the day before, e.g. an open start), and
        ``contested_with``: for a contested zone, the other side (the previous controller
        when it differs, else None).
    """
    by_area: dict[str, list[Zone]] = {}
    for z in zones:
        if z.area:
            by_area.setdefault(z.area, []).append(z)
    out = []
    for z in zones:
        prev = None
        if z.valid_from is not None and z.area:
            day = z.valid_from - dt.timedelta(days=1)
            cands = [o for o in by_area.get(z.area, []) if o is not z and o.active_on(day)]
            # the narrowest claim of the day before (an enclave over a broad zone)
            prev = min(cands, key=lambda o: o.geometry.area) if cands else None
        other = prev.controller if prev is not None and prev.controller != z.controller else None
        out.append({"previous_zone": prev.id if prev else None,
                    "previous_controller": prev.controller if prev else None,
                    "previous_status": prev.status if prev else None,
                    "contested_with": other if z.status == "contested" else None})
    return out


def syria_side(border_path: str | Path) -> BaseGeometry | None:
    """The area south of the Syria–Turkey border line (None when the file is missing; a
    :class:`ZonesError` naming it when it cannot be read or is not GeoJSON lines).

    Zones are claims about control inside Syria; a schematic disc around a border city
    (Qamishli's point is 1.5 km from the border) must not spill into Turkey.
    """
    import json

    from shapely.geometry import Polygon, shape
    from shapely.ops import linemerge

    path = Path(border_path)
    if not path.exists() and not path.is_symlink():
        return None
    try:
        fc = json.loads(read_input(path).decode("utf-8"))
        lines = [shape(f["geometry"]) for f in fc.get("features", [])]
        merged = linemerge(lines) if len(lines) > 1 else (lines[0] if lines else None)
    except OSError as e:
        raise ZonesError(path, f"cannot read the border: {e.strerror}; zones are not clipped to Syria until it is "
                               "a GeoJSON file (tools/make_border.py remakes it)") from None
    except RecursionError:
        raise ZonesError(path, "the border is not GeoJSON (arrays nested too deep to read); zones are not clipped "
                               "to Syria (tools/make_border.py remakes it)") from None
    except Exception as e:  # not JSON, not features, a geometry shapely refuses: the same advice
        raise ZonesError(path, f"the border is not a GeoJSON FeatureCollection of lines ({str(e)[:150]}); zones "
                               "are not clipped to Syria (tools/make_border.py remakes it)") from None
    if merged is None or merged.geom_type != "LineString":
        return None
    coords = sorted(merged.coords) if merged.coords[0][0] > merged.coords[-1][0] else list(merged.coords)
    west, east = coords[0][0], coords[-1][0]
    south = min(c[1] for c in coords) - 5
    return Polygon(coords + [(east, south), (west, south)]).buffer(0)


def clip_zones(zones: list[Zone], side: BaseGeometry | None) -> list[Zone]:
    """Cut every zone to ``side`` (the Syrian side of the border); zones outside the line's span keep their shape."""
    if side is None:
        return zones
    west, _, east, _ = side.bounds
    for z in zones:
        zw, _, ze, _ = z.geometry.bounds
        if zw >= west and ze <= east:
            clipped = z.geometry.intersection(side)
            if not clipped.is_empty:
                z.geometry = clipped
    return zones


def link_evidence(zones: list[Zone], events: Sequence[Mapping[str, Any]], path: str) -> tuple[list[list[dict]], list[ZonesError]]:
    """The events each zone's ``caused_by`` names, checked against the build's events.

    An id may be any event's id or one of the reports merged into it (``cur-…`` curated
    rows). Unknown ids are errors with the zone's line; the zone is kept.

    Returns
    -------
    (evidence per zone, errors)
        ``[{"event_id", "date", "event_type", "sub_event_type", "source"}, ...]`` per zone.
    """
    # only the ids the zones name are indexed (every report's id would grow with the articles)
    wanted = {eid for z in zones for eid in z.caused_by}
    index: dict[str, Mapping[str, Any]] = {}
    curated_loaded = False
    for e in events if wanted else ():
        for eid in [e["event_id"], *(e.get("merged_ids") or [])]:
            if eid in wanted:
                index[eid] = e
            if not curated_loaded and eid.startswith("cur-"):
                curated_loaded = True
    out: list[list[dict]] = []
    errors: list[ZonesError] = []
    for z in zones:
        found = []
        for eid in z.caused_by:
            linked = index.get(eid)
            if linked is None and eid.startswith("cur-") and not curated_loaded:
                continue  # a build without the curated file (--no-curated): nothing to link to
            if linked is None:
                errors.append(ZonesError(path, f"zone {z.id!r}: caused_by names unknown event {eid!r}; "
                                               "use an id from build/events.geojson (or a curated row as cur-<id>)", z.line))
                continue
            found.append({"event_id": linked["event_id"],
                          "date": linked.get("date_from") or linked.get("event_date"),
                          "event_type": linked.get("event_type"), "sub_event_type": linked.get("sub_event_type"),
                          "source": linked.get("source", "")})
        out.append(found)
    return out, errors


_ISO_DAY = re.compile(r"(?<!\d)(\d{4}-\d{2}-\d{2})(?!\d)")


def _iso(day: dt.date | None) -> str | None:
    return day.isoformat() if day else None


def latest_evidence(zone: Zone, evidence: Sequence[Mapping[str, Any]] = ()) -> dt.date | None:
    """The latest day any evidence for ``zone`` speaks of: its interval's ends, the days of the
    events behind it (``caused_by``), and the ISO days its ``source`` cites (a report's date).

    The map draws an open-ended zone on any later day; past this day it is an assumption
    (nothing newer says who holds the area), and the app says so.
    """
    days = [d for d in (zone.valid_from, zone.valid_to) if d]
    for e in evidence:
        try:
            days.append(dt.date.fromisoformat(str(e.get("date") or "")[:10]))
        except ValueError:
            pass
    for m in _ISO_DAY.findall(zone.source):
        try:
            days.append(dt.date.fromisoformat(m))
        except ValueError:  # 2021-02-30: no day
            pass
    return max(days, default=None)


def _item_day(item: Mapping[str, Any]) -> str:
    """The ``YYYY-MM-DD`` an evidence item (an event behind a zone) begins on, ``""`` when undated."""
    return str(item.get("date") or "")[:10]


def evidence_as_of(evidence: Sequence[Mapping[str, Any]] | None, as_of: dt.date
                   ) -> tuple[list[Mapping[str, Any]], list[Mapping[str, Any]]]:
    """A zone's evidence as known on ``as_of``: the items (events behind it, ``caused_by``) that began
    on or before that day, and apart, in their order, those that began after it.

    A zone drawn as of a day rests only on what was reported up to that day: an event of a later
    day is hindsight there, never its evidence (the exported zones of a day, the map's zone popup
    and the areas that changed hands all read it through this rule). An undated item stays evidence.

    Parameters
    ----------
    evidence : list of dict
        A zone's ``evidence`` (``zones.geojson``): ``{"event_id", "date", ...}`` items.
    as_of : datetime.date
        The day the zones are drawn for.

    Returns
    -------
    (list, list)
        The items up to ``as_of`` and the items after it.
    """
    day = as_of.isoformat()
    before: list[Mapping[str, Any]] = []
    after: list[Mapping[str, Any]] = []
    for item in evidence or ():
        (after if _item_day(item) > day else before).append(item)
    return before, after


def latest_evidence_as_of(props: Mapping[str, Any], as_of: dt.date) -> str | None:
    """:func:`latest_evidence` of a zone's properties (``zones.geojson``) as known on ``as_of``: the
    latest of its interval's ends, its events' days and its source's report dates that are no later
    than ``as_of`` (``YYYY-MM-DD``), None when none is."""
    day = as_of.isoformat()
    before, _ = evidence_as_of(props.get("evidence"), as_of)
    days = [str(d)[:10] for d in (props.get("valid_from"), props.get("valid_to")) if d]
    days += [_item_day(x) for x in before]
    days += _ISO_DAY.findall(str(props.get("source") or ""))
    return max((d for d in days if d and d <= day), default=None)


def zones_outputs(geo_dir: str | Path, gaz: Gazetteer, events: Sequence[Mapping[str, Any]]) -> tuple[dict[str, bytes], list[dict]]:
    """Build hook for :func:`pipeline.build.build`: ``zones.geojson`` (clipped to Syria, with the
    events behind each change of control) and its errors."""
    path = Path(geo_dir) / "zones.csv"
    if not path.exists():
        return {}, []
    zones, errors = load_zones(path, gaz)
    try:
        side = syria_side(Path(geo_dir) / "border_sy_tr.geojson")
    except ZonesError as e:  # a bad border costs the clipping, not the zones or the build
        errors.append(e)
        side = None
    zones = clip_zones(zones, side)
    evidence, link_errors = link_evidence(zones, events, str(path))
    fc = zones_geojson(zones)
    for f, z, ev, prev in zip(fc["features"], zones, evidence, link_predecessors(zones)):
        f["properties"]["evidence"] = ev
        f["properties"].update(prev)
        f["properties"]["latest_evidence"] = _iso(latest_evidence(z, ev))
    fc["latest_evidence"] = _iso(max((d for z, ev in zip(zones, evidence) if (d := latest_evidence(z, ev))),
                                     default=None))
    errs = [{"path": e.path, "line": e.line, "reason": e.reason, "kind": "zones"} for e in errors + link_errors]
    return {"zones.geojson": to_json_bytes(fc)}, errs
