"""The local gazetteer of Qamishli places: loading, validation and location rules.

The gazetteer is a hand-edited CSV (``geo/gazetteer.csv``, schema in the README). This
module reads it row by row, rejects malformed rows with the file and line (the other rows
still load), and answers one question for the rest of the pipeline: *where do we draw a
place, and how sure are we?*

Location rules (never invent a coordinate):

1. A place with its own cited point is drawn there, with the row's ``geo_precision``.
2. A place without a point but with a reported relative position (``position``: south,
   centre, south_countryside...) is drawn as an approximate area built with shapely from
   its parent's point and extent (e.g. the southern part of the city's approximate
   extent); its point is the area's centroid, ``geo_precision`` 2 (3 for a countryside),
   and the label quotes the words the position came from.
3. Otherwise it falls back to its nearest located ancestor, with a coarser precision
   (2 below a settlement, 3 below a region or for a region itself, such as a town's
   countryside ``ريف X``) and ``approximate=True``.
4. A place with no located ancestor (a country or region here) has no point.
"""

from __future__ import annotations

import logging
import math
import re
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

from shapely.geometry import Polygon
from shapely.geometry.base import BaseGeometry

from .csvio import clip, read_csv
from .errors import GazetteerError, GazetteerErrors
from .files import read_input

log = logging.getLogger(__name__)

COLUMNS = (
    "id", "kind", "name_en", "name_ar", "aliases", "parent", "lat", "lon", "geo_precision",
    "position", "position_text", "extent_m", "pcode", "trust", "source", "licence", "notes",
)
REQUIRED = ("id", "kind", "name_en", "source")

KINDS = {
    "country", "region", "governorate", "subdistrict", "city", "town", "village",
    "neighbourhood", "roundabout", "street", "landmark", "airport", "military_base",
    "crossing", "area",
}
#: Kinds that stand for an administrative or vague region: children fall back with precision 3.
REGION_KINDS = {"country", "region", "governorate", "subdistrict", "area"}
#: Kinds that hold the mapped area or the country around it (:meth:`Gazetteer.outside_area`).
_CONTAINERS = frozenset({"country", "region", "governorate"})
#: How specific a kind is, lower = more specific (used to pick an event's place).
SPECIFICITY = {
    "roundabout": 0, "street": 0, "landmark": 0, "airport": 0, "military_base": 0, "crossing": 0,
    "neighbourhood": 1, "village": 2, "town": 3, "city": 4, "area": 5, "subdistrict": 6,
    "governorate": 7, "region": 8, "country": 9,
}

#: Compass bearing (degrees clockwise from north) of each position keyword.
BEARINGS = {
    "north": 0, "north-east": 45, "east": 90, "south-east": 135,
    "south": 180, "south-west": 225, "west": 270, "north-west": 315,
}
POSITIONS = (set(BEARINGS) | {f"{d}_countryside" for d in ("north", "south", "east", "west")}
             | {f"{d}_outskirts" for d in BEARINGS} | {"centre"})

#: Sane bounding box for this project (north-east Syria and the Turkish border towns).
#: The largest ``extent_m`` (or zone ``radius_m``) accepted, in metres: well beyond any city here.
MAX_EXTENT_M = 100_000
BBOX = {"lat": (32.0, 38.5), "lon": (35.5, 43.5)}


def in_box(lat: float, lon: float) -> bool:
    """Whether a point lies in the project's box (:data:`BBOX`; NaN does not)."""
    return BBOX["lat"][0] <= lat <= BBOX["lat"][1] and BBOX["lon"][0] <= lon <= BBOX["lon"][1]


def bounds_in_box(bounds: tuple[float, float, float, float]) -> bool:
    """Whether a geometry's ``(minx, miny, maxx, maxy)`` (lon/lat) lies in the project's box."""
    x0, y0, x1, y1 = bounds
    return in_box(y0, x0) and in_box(y1, x1)

_ID_RE = re.compile(r"^[a-z0-9][a-z0-9_]*$")
_M_PER_DEG_LAT = 111_320.0


@dataclass(slots=True)
class Place:
    """One gazetteer row, validated."""

    id: str
    kind: str
    name_en: str
    name_ar: str
    aliases: list[str]
    parent: str
    lat: float | None
    lon: float | None
    geo_precision: int | None
    position: str
    position_text: str
    extent_m: float | None
    pcode: str
    trust: str
    source: str
    licence: str
    notes: str
    line: int
    path: str
    #: a cited polygon for the place (``geo/areas.geojson``), and where it came from
    area: BaseGeometry | None = None
    area_source: str = ""
    #: set when an analyst's row in ``geo/overrides.csv`` changed or added this place
    override: str = ""

    @property
    def has_point(self) -> bool:
        return self.lat is not None and self.lon is not None


@dataclass(frozen=True, slots=True)
class Location:
    """Where a place is drawn and how precise that is.

    Attributes
    ----------
    lat, lon : float or None
        Point to draw (None when nothing in the chain has a cited point).
    geo_precision : int or None
        ACLED code 1–3.
    approximate : bool
        True unless the place has its own cited point.
    area : shapely geometry or None
        Uncertainty area for approximate places (lon/lat), when one can be built.
    basis : str
        Human-readable explanation: the source of the point, or the words an
        approximation came from.
    via : str
        Id of the place whose point was used.
    """

    lat: float | None
    lon: float | None
    geo_precision: int | None
    approximate: bool
    area: BaseGeometry | None
    basis: str
    via: str


@dataclass
class Gazetteer:
    """Validated places, indexed by id, plus the errors of rows that were skipped."""

    places: dict[str, Place]
    errors: list[GazetteerError] = field(default_factory=list)
    paths: list[str] = field(default_factory=list)

    def __contains__(self, place_id: str) -> bool:
        return place_id in self.places

    def __getitem__(self, place_id: str) -> Place:
        return self.places[place_id]

    def __len__(self) -> int:
        return len(self.places)

    def children(self, place_id: str) -> list[Place]:
        """Places whose parent is ``place_id``."""
        return [p for p in self.places.values() if p.parent == place_id]

    def find_child(self, parent_id: str, *, kind: str | None = None, position: str | None = None) -> Place | None:
        """First child of ``parent_id`` with the given kind and/or position."""
        for p in self.places.values():
            if p.parent == parent_id and (kind is None or p.kind == kind) and (position is None or p.position == position):
                return p
        return None

    def ancestors(self, place_id: str) -> list[Place]:
        """Parent, grandparent, ... of a place (nearest first)."""
        cache = self._ancestors
        if place_id not in cache:
            cache[place_id] = self._walk_up(place_id)
        return cache[place_id]

    @cached_property
    def _ancestors(self) -> dict[str, list[Place]]:
        return {}

    def ancestor_ids(self, place_id: str) -> frozenset[str]:
        """The ids of :meth:`ancestors` (cached: containment tests run per event)."""
        cache = self._ancestor_ids
        ids = cache.get(place_id)
        if ids is None:
            ids = cache[place_id] = frozenset(a.id for a in self.ancestors(place_id))
        return ids

    @cached_property
    def _ancestor_ids(self) -> dict[str, frozenset[str]]:
        return {}

    def outside_area(self, place_id: str) -> bool:
        """Whether a place lies outside the mapped area: in the country, under no governorate or
        region of its own (a town of another governorate, ``parent=syria``: Afrin, Deir ez-Zor, and
        what hangs from it, such as its countryside). The governorate the map covers, its places and
        a place with no parent (Nusaybin, across the border) are inside; so are the country and the
        regions themselves.

        Parameters
        ----------
        place_id : str

        Returns
        -------
        bool
        """
        cache = self._outside
        out = cache.get(place_id)
        if out is None:
            p = self.places[place_id]
            if p.kind in _CONTAINERS:
                out = False
            else:
                first = next((a for a in self.ancestors(place_id) if a.kind in _CONTAINERS), None)
                out = first is not None and first.kind == "country"
            cache[place_id] = out
        return out

    @cached_property
    def _outside(self) -> dict[str, bool]:
        return {}

    def _walk_up(self, place_id: str) -> list[Place]:
        out = []
        seen = {place_id}
        p = self.places[place_id]
        while p.parent and p.parent in self.places and p.parent not in seen:
            seen.add(p.parent)
            p = self.places[p.parent]
            out.append(p)
        return out

    @cached_property
    def _locations(self) -> dict[str, Location]:
        return {}

    def locate(self, place_id: str) -> Location:
        """Where to draw ``place_id`` (see the module docstring for the rules).

        Parameters
        ----------
        place_id : str

        Returns
        -------
        Location
        """
        cache = self._locations
        if place_id in cache:
            return cache[place_id]
        loc = self._locate(place_id, depth=0)
        cache[place_id] = loc
        return loc

    def _locate(self, place_id: str, depth: int) -> Location:
        p = self.places[place_id]
        if p.has_point:
            basis = p.source + (" (LOW TRUST: verify)" if p.trust == "low" else "")
            if p.override:
                basis += f" [{p.override}]"
            return Location(p.lat, p.lon, p.geo_precision or 1, False, p.area, basis, p.id)
        if p.area is not None:  # a cited polygon: drawn as itself, its point inside it
            c = p.area.representative_point()
            return Location(round(c.y, 6), round(c.x, 6), p.geo_precision or 1, False, p.area,
                            f"polygon: {p.area_source}", p.id)
        if depth > 20 or not p.parent or p.parent not in self.places:
            return Location(None, None, 3 if p.kind in REGION_KINDS else None, True, None,
                            f"no cited point for {p.name_en}", p.id)
        parent = self.locate(p.parent)
        if parent.lat is None:
            return Location(None, None, 3, True, None, f"no cited point for {p.name_en} or its parents", p.id)
        if p.position:
            area = self._relative_area(p, parent)
            if area is not None:
                c = area.centroid
                precision = 3 if p.position.endswith("_countryside") else 2
                words = f"'{p.position_text}'" if p.position_text else p.position
                basis = (f"approximate: {p.position.replace('_', ' ')} of "
                         f"{self.places[p.parent].name_en} as reported ({words}); no cited point")
                return Location(round(c.y, 6), round(c.x, 6), precision, True, area, basis, parent.via)
        parent_place = self.places[p.parent]
        # below a region, or a region itself (a town's countryside, ريف X, drawn at the town): 3
        coarser = 3 if parent_place.kind in REGION_KINDS or p.kind in REGION_KINDS else 2
        precision = max(parent.geo_precision or 1, coarser)
        return Location(parent.lat, parent.lon, precision, True, parent.area,
                        f"no cited point: shown at {parent_place.name_en}", parent.via)

    def _relative_area(self, p: Place, parent: Location) -> BaseGeometry | None:
        extent = self.places[p.parent].extent_m  # the parent's own size: a city's is no scale for a school
        if extent and parent.lat is not None and parent.lon is not None:
            return relative_area(parent.lat, parent.lon, extent, p.position)
        if parent.area is not None:
            # a relative position inside a parent drawn as an area: keep the parent's area
            return parent.area
        return None


def _offset(lat: float, lon: float, bearing_deg: float, dist_m: float) -> tuple[float, float]:
    """Lon/lat of the point ``dist_m`` away on ``bearing_deg`` (local flat approximation)."""
    b = math.radians(bearing_deg)
    dlat = dist_m * math.cos(b) / _M_PER_DEG_LAT
    dlon = dist_m * math.sin(b) / (_M_PER_DEG_LAT * math.cos(math.radians(lat)))
    return lon + dlon, lat + dlat


def relative_area(lat: float, lon: float, extent_m: float, position: str) -> BaseGeometry:
    """Approximate area for a position relative to a place's point and extent.

    Construction (documented in the README, "Approximate places"):

    - ``centre``: a disc of a third of the extent;
    - a compass direction: the quarter of the extent's disc centred on that bearing,
      without the central third;
    - ``<dir>_outskirts``: the band from 0.85 to 1.35 extents out, 90 degrees wide (a
      quarter beyond the edge of the built-up area, "south of the ring road");
    - ``<dir>_countryside``: the band from one to three extents out, 120 degrees wide,
      centred on that bearing.

    Parameters
    ----------
    lat, lon : float
        Parent point.
    extent_m : float
        Parent's approximate radius in metres.
    position : str
        One of :data:`POSITIONS`.

    Returns
    -------
    shapely Polygon in lon/lat.
    """
    if position == "centre":
        ring = [_offset(lat, lon, a, extent_m / 3) for a in range(0, 360, 10)]
        return Polygon(ring)
    if position.endswith("_countryside"):
        centre = BEARINGS[position.split("_", 1)[0]]
        half, r_in, r_out = 60, extent_m, 3 * extent_m
    elif position.endswith("_outskirts"):
        centre = BEARINGS[position.split("_", 1)[0]]
        half, r_in, r_out = 45, 0.85 * extent_m, 1.35 * extent_m
    else:
        centre = BEARINGS[position]
        half, r_in, r_out = 45, extent_m / 3, extent_m
    angles = [centre - half + i * (2 * half) / 12 for i in range(13)]
    outer = [_offset(lat, lon, a, r_out) for a in angles]
    inner = [_offset(lat, lon, a, r_in) for a in reversed(angles)]
    return Polygon(outer + inner)


def _split_aliases(raw: str) -> list[str]:
    return [a.strip() for a in raw.split(";") if a.strip()]


def _parse_row(row: dict[str, str], line: int, path: str) -> Place:
    def err(msg: str) -> GazetteerError:
        return GazetteerError(path, msg, line)

    for col in REQUIRED:
        if not (row.get(col) or "").strip():
            raise err(f"column '{col}' is empty; every row needs {', '.join(REQUIRED)}")
    pid = row["id"].strip()
    if not _ID_RE.match(pid):
        raise err(f"id '{pid}' must be lower_snake_case ASCII (a-z, 0-9, _)")
    kind = row["kind"].strip()
    if kind not in KINDS:
        raise err(f"unknown kind '{kind}' for '{pid}'; use one of: {', '.join(sorted(KINDS))}")
    lat_s, lon_s = (row.get("lat") or "").strip(), (row.get("lon") or "").strip()
    lat = lon = None
    if bool(lat_s) != bool(lon_s):
        raise err(f"'{pid}' has only one of lat/lon; give both (with a source) or neither")
    if lat_s:
        try:
            lat, lon = float(lat_s), float(lon_s)
        except ValueError:
            raise err(f"'{pid}' has a non-numeric coordinate ({lat_s!r}, {lon_s!r}); use decimal degrees") from None
        if not (math.isfinite(lat) and math.isfinite(lon)):  # nan, inf, 1e400, 5,000 digits
            raise err(f"'{pid}' has a coordinate that is no finite number ({clip(lat_s)}, {clip(lon_s)}); "
                      "use decimal degrees")
        if not in_box(lat, lon):
            raise err(
                f"'{pid}' coordinate ({lat}, {lon}) is outside the project's box "
                f"lat {BBOX['lat']}, lon {BBOX['lon']}"
                + ("; are lat and lon swapped?" if in_box(lon, lat) else "; check the source's coordinate")
            )
    prec_s = (row.get("geo_precision") or "").strip()
    precision = None
    if prec_s:
        if prec_s not in {"1", "2", "3"}:
            raise err(f"'{pid}' geo_precision must be 1, 2 or 3 (ACLED), not {prec_s!r}")
        if lat is None:
            raise err(f"'{pid}' has a geo_precision but no coordinate; leave it empty (it is derived)")
        precision = int(prec_s)
    position = (row.get("position") or "").strip()
    if position and position not in POSITIONS:
        raise err(f"'{pid}' position '{position}' is not one of: {', '.join(sorted(POSITIONS))}")
    extent_s = (row.get("extent_m") or "").strip()
    extent = None
    if extent_s:
        try:
            extent = float(extent_s)
        except ValueError:
            raise err(f"'{pid}' extent_m must be a number of metres, not {extent_s!r}") from None
        if not 0 < extent <= MAX_EXTENT_M:  # (NaN fails too)
            raise err(f"'{pid}' extent_m must be a positive number of metres up to {MAX_EXTENT_M:,}, not {extent_s!r}")
    trust = (row.get("trust") or "normal").strip() or "normal"
    if trust not in {"normal", "low"}:
        raise err(f"'{pid}' trust must be 'normal' or 'low', not {trust!r}")
    return Place(
        id=pid, kind=kind, name_en=row["name_en"].strip(), name_ar=(row.get("name_ar") or "").strip(),
        aliases=_split_aliases(row.get("aliases") or ""), parent=(row.get("parent") or "").strip(),
        lat=lat, lon=lon, geo_precision=precision, position=position,
        position_text=(row.get("position_text") or "").strip(), extent_m=extent,
        pcode=(row.get("pcode") or "").strip(), trust=trust, source=row["source"].strip(),
        licence=(row.get("licence") or "").strip(), notes=(row.get("notes") or "").strip(),
        line=line, path=path,
    )


def read_rows(path: str | Path) -> tuple[list[Place], list[GazetteerError]]:
    """Parse every row of one gazetteer CSV; bad rows become errors, not exceptions.

    Parameters
    ----------
    path : str or Path

    Returns
    -------
    (places, errors)
    """
    path = str(path)
    header, rows, errors = read_csv(path, GazetteerError)
    if not header and not errors:
        return [], [GazetteerError(path, "gazetteer is empty; expected a header row", 1)]
    missing = [c for c in REQUIRED if c not in header]
    if header and missing:
        return [], errors + [GazetteerError(path, f"header lacks column(s) {', '.join(missing)}; "
                                                  f"expected {','.join(COLUMNS)}", 1)]
    unknown = [c for c in header if c not in COLUMNS]
    if unknown:
        errors.append(GazetteerError(path, f"unknown column(s) {', '.join(unknown)} ignored", 1))
    places: list[Place] = []
    for line, row in rows:
        try:
            places.append(_parse_row(row, line, path))
        except GazetteerError as e:
            errors.append(e)
    errors.sort(key=lambda e: e.line or 0)
    return places, errors


#: Files of ``geo/`` that make the gazetteer, in the order they apply.
GEO_FILES = ("gazetteer.csv", "overrides.csv", "areas.geojson")
OVERRIDE_COLUMNS = COLUMNS + ("added_by", "added_at")


def load_geo_dir(geo_dir: str | Path, strict: bool = False) -> Gazetteer:
    """The gazetteer of a ``geo/`` folder: ``gazetteer.csv``, then the analysts'
    ``overrides.csv`` and ``areas.geojson`` when they exist.

    Parameters
    ----------
    geo_dir : str or Path
    strict : bool
        Raise on any bad row (see :func:`load_gazetteer`).
    """
    geo_dir = Path(geo_dir)
    overrides = geo_dir / "overrides.csv"
    areas = geo_dir / "areas.geojson"
    return load_gazetteer(geo_dir / "gazetteer.csv", overrides=overrides if overrides.exists() else None,
                          areas=areas if areas.exists() else None, strict=strict)


def load_gazetteer(*paths: str | Path, overrides: str | Path | None = None, areas: str | Path | None = None,
                   strict: bool = False) -> Gazetteer:
    """Load and validate gazetteer CSVs, then apply analysts' overrides and polygons.

    Parameters
    ----------
    *paths : str or Path
        ``geo/gazetteer.csv`` (further files add places; a repeated id is an error).
    overrides : str or Path, optional
        ``geo/overrides.csv``: rows that change a place (its non-empty fields replace the
        shipped ones, e.g. a point with its source) or add one; each names who and when
        (``added_by``, ``added_at``). The shipped file is never rewritten.
    areas : str or Path, optional
        ``geo/areas.geojson``: cited polygons for places (``place_id``, ``source``).
    strict : bool
        Raise :class:`GazetteerErrors` when any row is bad, instead of skipping it.

    Returns
    -------
    Gazetteer
        Good rows, plus ``errors`` naming file and line for every skipped row.
    """
    rows: list[Place] = []
    errors: list[GazetteerError] = []
    for path in paths:
        file_rows, file_errors = read_rows(path)
        rows += file_rows
        errors += file_errors
    places: dict[str, Place] = {}
    for p in rows:
        if p.id in places:
            first = places[p.id]
            errors.append(GazetteerError(p.path, f"duplicate id '{p.id}' (first defined at {first.path}:{first.line})", p.line))
            continue
        places[p.id] = p
    if overrides is not None:
        errors += _apply_overrides(places, overrides)
    # parent cycles: every place on a cycle is reported with its own line and dropped
    rejected = {_row_id(e): e for e in errors}
    for cycle in _parent_cycles(places):
        for k, pid in enumerate(cycle):
            p = places.pop(pid)
            chain = cycle[k:] + cycle[:k + 1]  # from this place back to it
            err = GazetteerError(p.path, f"'{p.id}' is its own ancestor (parent cycle {' → '.join(chain)}); "
                                         "fix one of these parents", p.line)
            errors.append(err)
            rejected[pid] = err
    # parents: a row whose parent is unknown is reported. It is dropped only when it depends on
    # that parent for its position (no point of its own); one with its own cited point is kept,
    # without a parent, so one bad row never costs the places merely filed under it
    # (repeat: a dropped row may be a parent)
    changed = True
    while changed:
        changed = False
        for p in list(places.values()):
            if p.parent and p.parent not in places:
                if p.parent in rejected:
                    why = rejected[p.parent]
                    msg = f"'{p.id}' has parent '{p.parent}', which was rejected ({why.path}:{why.line}); fix that row"
                else:
                    msg = f"'{p.id}' has unknown parent '{p.parent}'; add that place or fix the id"
                if p.has_point:
                    errors.append(GazetteerError(p.path, msg + " (kept at its own cited point, without a parent "
                                                       "until then)", p.line))
                    p.parent = ""
                    continue
                err = GazetteerError(p.path, msg, p.line)
                errors.append(err)
                rejected[p.id] = err
                del places[p.id]
                changed = True
    errors.extend(_alias_clashes(places))
    if areas is not None:
        errors += _apply_areas(places, areas)
    extra = [str(x) for x in (overrides, areas) if x is not None]
    gaz = Gazetteer(places=places, errors=errors, paths=[str(p) for p in paths] + extra)
    for e in errors:
        log.warning("gazetteer: %s", e)
    if strict and errors:
        raise GazetteerErrors(errors)
    return gaz


def _parent_cycles(places: dict[str, Place]) -> list[list[str]]:
    """The parent cycles among ``places``, each as its ids in parent order (a place that is
    its own parent is a cycle of one)."""
    cycles, done = [], set()
    for start in places:
        path: list[str] = []
        on_path: set[str] = set()
        pid = start
        while pid in places and pid not in done and pid not in on_path:
            path.append(pid)
            on_path.add(pid)
            pid = places[pid].parent
        if pid in on_path:
            cycles.append(path[path.index(pid):])
        done.update(path)
    return cycles


def _ancestors(places: dict[str, Place], pid: str) -> set[str]:
    """The ids above ``pid`` through known parents (stops at a repeat)."""
    out: set[str] = set()
    parent = places[pid].parent if pid in places else ""
    while parent and parent in places and parent not in out:
        out.add(parent)
        parent = places[parent].parent
    return out


def _apply_overrides(places: dict[str, Place], path: str | Path) -> list[GazetteerError]:
    """Apply ``overrides.csv`` to ``places`` in place; bad rows become errors."""
    path = str(path)
    header, rows, errors = read_csv(path, GazetteerError)
    missing = [c for c in ("id", "source", "added_by", "added_at") if c not in header]
    if header and missing:
        return errors + [GazetteerError(path, f"header lacks {', '.join(missing)}; expected "
                                              f"{','.join(OVERRIDE_COLUMNS)}", 1)]
    for line, row in rows:
        pid = (row.get("id") or "").strip()
        who, when = (row.get("added_by") or "").strip(), (row.get("added_at") or "").strip()
        if not who or not when:
            errors.append(GazetteerError(path, f"override of '{pid}' needs added_by and added_at (who and when)", line))
            continue
        base = places.get(pid)
        merged = dict(row)
        if base is not None:
            shipped = {c: _field(base, c) for c in COLUMNS}
            if (row.get("lat") or "").strip():  # a new point replaces the derived position
                shipped.update(position="", position_text="")
            merged = {**shipped, **{k: v for k, v in row.items() if k in COLUMNS and (v or "").strip()}}
            if (row.get("aliases") or "").strip():
                merged["aliases"] = "; ".join(dict.fromkeys(base.aliases + _split_aliases(row["aliases"])))
        try:
            place = _parse_row(merged, line, path)
        except GazetteerError as e:
            errors.append(e)
            continue
        if base is not None and place.parent != base.parent:
            # a bad parent rejects the override, never the shipped place and those under it
            if place.parent and place.parent not in places:
                errors.append(GazetteerError(path, f"override of '{pid}' gives unknown parent '{place.parent}'; "
                                                   "the shipped place is kept", line))
                continue
            if place.parent == pid or pid in _ancestors(places, place.parent):
                errors.append(GazetteerError(path, f"override of '{pid}' gives parent '{place.parent}', which lies "
                                                   f"under '{pid}' (a parent cycle); the shipped place is kept", line))
                continue
        place.override = f"override {Path(path).name}:{line} by {who}, {when}"
        if base is not None:
            place.area, place.area_source = base.area, base.area_source
        places[pid] = place
    return errors


def _field(p: Place, column: str) -> str:
    v = getattr(p, column)
    if v is None:
        return ""
    if column == "aliases":
        return "; ".join(v)
    if isinstance(v, float):
        return repr(v)
    return str(v)


def _apply_areas(places: dict[str, Place], path: str | Path) -> list[GazetteerError]:
    """Attach the cited polygons of ``areas.geojson`` to their places; bad features become errors."""
    import json

    from shapely.geometry import shape

    path = str(path)
    try:
        raw = read_input(path)
    except OSError as e:
        return [GazetteerError(path, f"cannot read: {e.strerror}; polygons are left out until it is a GeoJSON file")]
    try:
        fc = json.loads(raw.decode("utf-8"))
        feats = fc["features"]
    except RecursionError:
        return [GazetteerError(path, "not a GeoJSON FeatureCollection (arrays nested too deep to read)")]
    except (ValueError, KeyError, TypeError) as e:
        return [GazetteerError(path, f"not a GeoJSON FeatureCollection ({str(e)[:200]})")]
    if not isinstance(feats, list):
        return [GazetteerError(path, f"not a GeoJSON FeatureCollection: 'features' is {type(feats).__name__}, "
                                     "not a list")]
    errors = []
    for n, f in enumerate(feats, 1):
        props = f.get("properties") if isinstance(f, dict) else None
        if not isinstance(props, dict):
            errors.append(GazetteerError(path, f"feature {n}: not a GeoJSON Feature with properties"))
            continue
        pid, source = props.get("place_id"), str(props.get("source") or "").strip()
        where = f"feature {n} ({pid or 'no place_id'})"
        if not isinstance(pid, str) or pid not in places:
            errors.append(GazetteerError(path, f"{where}: place_id is not a gazetteer id"))
            continue
        if not source:
            errors.append(GazetteerError(path, f"{where}: source is empty; every polygon says where it comes from"))
            continue
        try:
            geom = shape(f["geometry"])
        except Exception:
            errors.append(GazetteerError(path, f"{where}: geometry is not valid GeoJSON"))
            continue
        if geom.geom_type not in ("Polygon", "MultiPolygon") or geom.is_empty:
            errors.append(GazetteerError(path, f"{where}: geometry must be a Polygon or MultiPolygon"))
            continue
        if not bounds_in_box(geom.bounds):
            errors.append(GazetteerError(path, f"{where}: polygon lies outside the project's box (lon/lat swapped?)"))
            continue
        places[pid].area = geom if geom.is_valid else geom.buffer(0)
        places[pid].area_source = source
    return errors


def _row_id(e: GazetteerError) -> str | None:
    m = re.search(r"'([a-z0-9_]+)'", e.reason)
    return m.group(1) if m else None


def _alias_clashes(places: dict[str, Place]) -> list[GazetteerError]:
    from .arabic import normalise_phrase

    owner: dict[str, Place] = {}
    out = []
    for p in places.values():
        names = {normalise_phrase(a) for a in [p.name_ar, *p.aliases] if a}
        for n in names:
            if not n:
                continue
            if n in owner and owner[n].id != p.id:
                o = owner[n]
                out.append(GazetteerError(p.path, f"alias '{n}' of '{p.id}' is also a name of '{o.id}' (line {o.line}); a name must point to one place", p.line))
            else:
                owner[n] = p
    return out
