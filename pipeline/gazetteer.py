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
   (2 below a settlement, 3 below a region) and ``approximate=True``.
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

from .csvio import read_csv
from .errors import GazetteerError, GazetteerErrors

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
BBOX = {"lat": (32.0, 38.5), "lon": (35.5, 43.5)}

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

    def _walk_up(self, place_id: str) -> list[Place]:
        out = []
        seen = {place_id}
        p = self.places[place_id]
        while p.parent and p.parent in self.places and p.parent not in seen:
            seen.add(p.parent)
            p = self.places[p.parent]
            out.append(p)
        return out

    def extent_of(self, place_id: str) -> float | None:
        """The approximate radius (m) of a place or of its nearest ancestor that has one."""
        p = self.places[place_id]
        if p.extent_m:
            return p.extent_m
        for a in self.ancestors(place_id):
            if a.extent_m:
                return a.extent_m
        return None

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
            return Location(p.lat, p.lon, p.geo_precision or 1, False, None, basis, p.id)
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
        coarser = 3 if parent_place.kind in REGION_KINDS else 2
        precision = max(parent.geo_precision or 1, coarser)
        return Location(parent.lat, parent.lon, precision, True, parent.area,
                        f"no cited point: shown at {parent_place.name_en}", parent.via)

    def _relative_area(self, p: Place, parent: Location) -> BaseGeometry | None:
        extent = self.extent_of(p.parent)
        if not extent:
            return None
        if parent.area is not None and parent.approximate:
            # a relative position inside an approximate parent: keep the parent's area
            return parent.area
        return relative_area(parent.lat, parent.lon, extent, p.position)


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
        if not (BBOX["lat"][0] <= lat <= BBOX["lat"][1] and BBOX["lon"][0] <= lon <= BBOX["lon"][1]):
            raise err(
                f"'{pid}' coordinate ({lat}, {lon}) is outside the project's box "
                f"lat {BBOX['lat']}, lon {BBOX['lon']}; are lat and lon swapped?"
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
        if extent <= 0:
            raise err(f"'{pid}' extent_m must be positive")
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


def load_gazetteer(*paths: str | Path, strict: bool = False) -> Gazetteer:
    """Load and validate one or more gazetteer CSVs (later files add places).

    Parameters
    ----------
    *paths : str or Path
        ``geo/gazetteer.csv`` first, then optional overrides.
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
        r, e = read_rows(path)
        rows += r
        errors += e
    places: dict[str, Place] = {}
    for p in rows:
        if p.id in places:
            first = places[p.id]
            errors.append(GazetteerError(p.path, f"duplicate id '{p.id}' (first defined at {first.path}:{first.line})", p.line))
            continue
        places[p.id] = p
    # parents: drop rows whose parent is unknown (repeat: a dropped row may be a parent)
    rejected = {_row_id(e): e for e in errors}
    changed = True
    while changed:
        changed = False
        for p in list(places.values()):
            if p.parent and p.parent not in places:
                if p.parent in rejected:
                    r = rejected[p.parent]
                    msg = f"'{p.id}' has parent '{p.parent}', which was rejected ({r.path}:{r.line}); fix that row"
                else:
                    msg = f"'{p.id}' has unknown parent '{p.parent}'; add that place or fix the id"
                err = GazetteerError(p.path, msg, p.line)
                errors.append(err)
                rejected[p.id] = err
                del places[p.id]
                changed = True
    for p in list(places.values()):
        seen = {p.id}
        q = p
        while q.parent:
            if q.parent in seen:
                errors.append(GazetteerError(p.path, f"'{p.id}' is its own ancestor (parent cycle via '{q.parent}')", p.line))
                places.pop(p.id, None)
                break
            seen.add(q.parent)
            q = places.get(q.parent)
            if q is None:
                break
    errors.extend(_alias_clashes(places))
    gaz = Gazetteer(places=places, errors=errors, paths=[str(p) for p in paths])
    for e in errors:
        log.warning("gazetteer: %s", e)
    if strict and errors:
        raise GazetteerErrors(errors)
    return gaz


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
