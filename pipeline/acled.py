"""ACLED exports as an event source: loader, validator and area filter.

An ACLED data export (a CSV from ACLED's Data Export Tool or API, or this project's own
ACLED CSV, :func:`mapapp.exports.acled_csv`) filtered to the map's area can be dropped
into ``curated/acled/*.csv``; the build loads every such file with :func:`load_acled`
and merges its events with the article and curated events (one event, many reports), so
ACLED's coding shows on the same map and timeline with ``origin == "acled"``.

Columns are read by name from the header row. Required: :data:`REQUIRED`. Used when
present: ``time_precision``, ``assoc_actor_1``, ``assoc_actor_2``, ``inter1``,
``inter2``, ``location``, ``geo_precision``, ``notes``, ``tags`` and this project's
``date_from``, ``date_to``, ``location_ar``, ``source_url``. Any other column (ACLED's
``event_id_no_cnty``, ``region``, ``admin3``, ``interaction``...) is ignored.

Validation is per row, as for the curated file: a bad row is reported with its file and
1-based line (:class:`AcledError`) and skipped, and the other rows still load. Rows
outside the area (``radius_km`` around the Qamishli city point by default) are not
errors: they are counted on the returned error list (:class:`AcledErrors`).

Places: the ACLED coordinates, precision and location name are kept as ACLED coded
them; ``place_id`` links the row to the gazetteer for merging (see :func:`match_place`).

Run ``python -m pipeline.acled FILE.csv [--geo geo]`` to print ``file:line: problem``
for every bad row (exit code 1 when there is one).
"""

from __future__ import annotations

import datetime as dt
import logging
import math
import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .acled_vocab import INTER_WORDS, REQUIRED_COLUMNS, taxonomy_problem
from .actors import Actor, default_actors
from .articles import URL_RE
from .csvio import COUNT_RE, clip, read_csv
from .datemath import implausible
from .errors import InputError
from .gazetteer import BBOX, Gazetteer, in_box
from .merge import outlet_alignment
from .schema import EventRecord, make_record

#: An ``event_id_cnty`` (``SYR12345``): a slug, as curated ids and article ids are.
EVENT_ID_RE = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.-]{0,99}")

log = logging.getLogger(__name__)

#: Columns every ACLED export must have (:data:`pipeline.acled_vocab.REQUIRED_COLUMNS`).
REQUIRED = REQUIRED_COLUMNS
#: Prefix of ACLED event ids in merged data (``acled-SYR12345``).
ID_PREFIX = "acled-"
#: ``article_id`` of every ACLED event.
ARTICLE_ID = "acled"
#: Gazetteer kinds counted as settlements for the 10 km fallback of :func:`match_place`.
SETTLEMENT_KINDS = frozenset({"city", "town", "village"})
#: A place named by the row's ``location``, or with a cited point, is matched within this distance.
NEAR_KM = 1.0
#: The nearest settlement is matched within this distance.
SETTLEMENT_KM = 10.0

_MONTHS = {m: i for i, m in enumerate(
    ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
     "november", "december"), 1)}
_MONTHS.update({m[:3]: i for m, i in list(_MONTHS.items())})
_MONTHS["sept"] = 9
_ISO_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_WORDS_RE = re.compile(r"^(\d{1,2})[\s-]+([A-Za-z]+)\.?[\s-]+(\d{4})$")
_INT_RE = re.compile(r"^\d+$")
#: ACLED's period suffix on state actors: "Military Forces of Syria (2000-)", "(1971-2000)".
_PERIOD_RE = re.compile(r"\s*\(\d{4}-(\d{4})?\)\s*$")


class AcledError(InputError):
    """A bad row (or header) in an ACLED export (file and line)."""


class AcledErrors(list):
    """The errors of :func:`load_acled` (a list of :class:`AcledError`), plus the area count.

    Attributes
    ----------
    excluded : int
        Good rows left out because they lie farther than ``radius_km`` from the centre
        (not errors).
    excluded_ids : list of str
        Their ``event_id_cnty``, in file order.
    """

    def __init__(self, errors=(), excluded_ids: list[str] | None = None):
        super().__init__(errors)
        self.excluded_ids: list[str] = list(excluded_ids or [])

    @property
    def excluded(self) -> int:
        return len(self.excluded_ids)


@dataclass(frozen=True, slots=True)
class PlaceMatch:
    """Where an ACLED row sits in the gazetteer.

    Attributes
    ----------
    place_id : str
        Gazetteer id, or ``""`` when nothing is near enough.
    how : str
        ``location`` (the row's location names the place and its drawn point is within
        :data:`NEAR_KM`), ``point`` (nearest cited point within :data:`NEAR_KM`),
        ``settlement`` (nearest settlement within :data:`SETTLEMENT_KM`) or ``none``.
    distance_km : float or None
    """

    place_id: str
    how: str
    distance_km: float | None


# ---------------------------------------------------------------------------------------
# helpers
# ---------------------------------------------------------------------------------------

def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in km."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0088 * math.asin(math.sqrt(min(1.0, a)))


def parse_acled_date(text: str) -> dt.date | None:
    """An ACLED ``event_date``: ``2021-04-20``, ``20 April 2021``, ``20-April-2021`` (or ``20-Apr-2021``).

    Returns None when the text is not one of these forms or not a real date.

    Examples
    --------
    >>> parse_acled_date("20 April 2021"), parse_acled_date("20-Apr-2021")
    (datetime.date(2021, 4, 20), datetime.date(2021, 4, 20))
    """
    s = (text or "").strip()
    try:
        if _ISO_RE.match(s):
            return dt.date.fromisoformat(s)
        m = _WORDS_RE.match(s)
        if m and m.group(2).lower() in _MONTHS:
            return dt.date(int(m.group(3)), _MONTHS[m.group(2).lower()], int(m.group(1)))
    except ValueError:
        return None
    return None


def _norm(name: str) -> str:
    return " ".join((name or "").split()).casefold()


def _actor_index(actors: Mapping[str, Actor]) -> dict[str, str]:
    """Normalised name -> actor id: names, their ``/`` parts and ``X: Y`` halves, aliases."""
    index: dict[str, str] = {}

    def add(key: str, aid: str) -> None:
        key = _norm(key)
        if key:
            index.setdefault(key, aid)

    for aid, a in actors.items():  # full names first: they win over aliases
        add(a.name, aid)
    for aid, a in actors.items():
        for part in a.name.split(" / "):
            add(part, aid)
            head, sep, tail = part.partition(": ")
            if sep:
                add(head, aid)
                add(tail, aid)
        for alias in a.aliases:
            add(alias, aid)
    return index


def match_actor(name: str, index: Mapping[str, str]) -> str:
    """Our actor id for an ACLED actor name (``""`` when unmatched).

    Case-insensitive, against the actors table's names (each ``/`` part, each half of
    ``ACRONYM: Full name``) and aliases. ACLED's period suffix is dropped first
    ("Military Forces of Syria (2000-)" is "Military Forces of Syria"); then the whole
    name, its part before ``": "`` and its part after are tried in turn.

    Parameters
    ----------
    name : str
        As ACLED gives it.
    index : mapping
        From :func:`_actor_index`.
    """
    base = _PERIOD_RE.sub("", name or "")
    candidates = [base]
    head, sep, tail = base.partition(": ")
    if sep:
        candidates += [head, tail]
    for c in candidates:
        aid = index.get(_norm(c))
        if aid:
            return aid
    return ""


def _inter(value: str, actor: Actor | None) -> int | None:
    """ACLED inter code from the row (digit or words), else the matched actor's."""
    v = (value or "").strip()
    if len(v) == 1 and _INT_RE.match(v) and 1 <= int(v) <= 8:
        return int(v)
    if _norm(v) in INTER_WORDS:
        return INTER_WORDS[_norm(v)]
    return actor.inter if actor else None


def _names_of(place) -> set[str]:
    return {_norm(n) for n in (place.name_en, place.name_ar, *place.aliases) if n}


def match_place(lat: float, lon: float, location: str, gazetteer: Gazetteer) -> PlaceMatch:
    """The gazetteer place an ACLED row's coordinates stand for.

    In this order:

    1. a place named by ``location`` (English or Arabic name or alias, case-insensitive)
       whose drawn point (:meth:`Gazetteer.locate`) is within :data:`NEAR_KM` -- this
       tells apart places the gazetteer draws at the same point (the city's
       neighbourhoods without a cited point are drawn at the city or at one area
       centroid), so an event exported by this project comes back to its own place;
    2. the place with a cited point nearest to the coordinates, within :data:`NEAR_KM`
       (ties: the more specific kind);
    3. the nearest settlement (:data:`SETTLEMENT_KINDS`) with a cited point within
       :data:`SETTLEMENT_KM`;
    4. none (``place_id == ""``).
    """
    from .gazetteer import SPECIFICITY

    wanted = _norm(location)
    if wanted:
        best = None
        for p in gazetteer.places.values():
            if wanted not in _names_of(p):
                continue
            loc = gazetteer.locate(p.id)
            if loc.lat is None or loc.lon is None:
                continue
            d = haversine_km(lat, lon, loc.lat, loc.lon)
            if d <= NEAR_KM and (best is None or d < best[0]):
                best = (d, p.id)
        if best:
            return PlaceMatch(best[1], "location", round(best[0], 3))
    point = settlement = None
    for p in gazetteer.places.values():
        if not p.has_point or p.lat is None or p.lon is None:
            continue
        d = haversine_km(lat, lon, p.lat, p.lon)
        key = (round(d, 6), SPECIFICITY.get(p.kind, 9))
        if d <= NEAR_KM and (point is None or key < point[0]):
            point = (key, p.id)
        if p.kind in SETTLEMENT_KINDS and d <= SETTLEMENT_KM and (settlement is None or key < settlement[0]):
            settlement = (key, p.id)
    if point:
        return PlaceMatch(point[1], "point", point[0][0])
    if settlement:
        return PlaceMatch(settlement[1], "settlement", settlement[0][0])
    return PlaceMatch("", "none", None)


# ---------------------------------------------------------------------------------------
# loader
# ---------------------------------------------------------------------------------------

def _parse_row(v: Mapping[str, str]) -> tuple[dict[str, Any], list[str]]:
    """Checked values of one row (stripped cells) and its problems (empty when good)."""
    problems: list[str] = []
    out: dict[str, Any] = {}

    eid = v["event_id_cnty"]
    if not eid:
        problems.append("event_id_cnty is empty")
    elif any(ch.isspace() for ch in eid):
        problems.append(f"event_id_cnty {clip(eid)} contains spaces")
    elif not EVENT_ID_RE.fullmatch(eid):
        # it keys the event everywhere (acled-<id>: links ?event=, reviews.csv, the map's symbols)
        problems.append(f"event_id_cnty {clip(eid)} must be letters, digits, '.', '_' or '-' (ACLED's look like "
                        "SYR12345), at most 100 characters")
    out["event_id_cnty"] = eid

    d = parse_acled_date(v["event_date"])
    if d is None:
        problems.append(f"event_date {clip(v['event_date'])} is not a date; use YYYY-MM-DD or '20 April 2021'")
    elif implausible(d):
        problems.append(f"event_date {implausible(d)}")
        d = None
    out["event_date"] = d
    for col in ("date_from", "date_to"):  # this project's own exports carry the reported range
        s = v.get(col, "")
        out[col] = parse_acled_date(s) if s else d
        if s and out[col] is None:
            problems.append(f"{col} {clip(s)} is not a date; use YYYY-MM-DD or leave it empty")
        elif s and implausible(out[col]):
            problems.append(f"{col} {implausible(out[col])}")
            out[col] = None
    if d and out["date_from"] and out["date_to"] and not out["date_from"] <= d <= out["date_to"]:
        problems.append(f"event_date {d} is outside date_from..date_to ({out['date_from']}..{out['date_to']})")

    url = v.get("source_url", "")
    if url and not URL_RE.match(url):  # it becomes the popup's link
        problems.append(f"source_url {clip(url)} must be an http:// or https:// address (no space) or empty")

    tp = v.get("time_precision", "")
    if tp and tp not in {"1", "2", "3"}:
        problems.append(f"time_precision must be 1, 2 or 3 (ACLED), not {tp!r}")
    out["time_precision"] = int(tp) if tp in {"1", "2", "3"} else 1

    etype, sub = v["event_type"], v["sub_event_type"]
    if (problem := taxonomy_problem(etype, sub)) is not None:
        problems.append(problem)
    out.update(event_type=etype, sub_event_type=sub)

    coords: dict[str, float | None] = {}
    for col in ("latitude", "longitude"):
        try:
            f = float(v[col])
            coords[col] = f if math.isfinite(f) else None
        except ValueError:
            coords[col] = None
        if coords[col] is None:
            problems.append(f"{col} {v[col]!r} is not a number")
    lat, lon = coords["latitude"], coords["longitude"]
    if lat is not None and lon is not None and not in_box(lat, lon):
        problems.append(f"coordinate ({lat}, {lon}) is outside the project's box lat {BBOX['lat']}, "
                        f"lon {BBOX['lon']}" + ("; are latitude and longitude swapped?" if in_box(lon, lat) else ""))
    out.update(latitude=lat, longitude=lon)

    gp = v.get("geo_precision", "")
    if gp and gp not in {"1", "2", "3"}:
        problems.append(f"geo_precision must be 1, 2 or 3 (ACLED), not {gp!r}")
    out["geo_precision"] = int(gp) if gp in {"1", "2", "3"} else 1

    if not COUNT_RE.fullmatch(v["fatalities"]):
        problems.append(f"fatalities must be a whole number >= 0 of at most 7 digits, not {clip(v['fatalities'])}")
        out["fatalities"] = 0
    else:
        out["fatalities"] = int(v["fatalities"])
    return out, problems


def load_acled(path: str | Path, gazetteer: Gazetteer, actors: Mapping[str, Actor] | None = None,
               sources: Mapping[str, Any] | None = None, centre: tuple[float, float] | None = None,
               radius_km: float = 40.0) -> tuple[list[EventRecord], AcledErrors]:
    """Read an ACLED export and turn its rows in the area into event dicts.

    Parameters
    ----------
    path : str or Path
        UTF-8 CSV with a header row of ACLED column names (:data:`REQUIRED` at least;
        the columns of :data:`mapapp.exports.ACLED_COLUMNS` and of real ACLED exports
        are accepted, unknown columns ignored).
    gazetteer : Gazetteer
        For ``place_id`` (:func:`match_place`) and the default centre.
    actors : dict of id -> Actor, optional
        For ``actor1_id``/``actor2_id`` (:func:`match_actor`); the shipped table by default.
    sources : mapping of ref -> Source, optional
        The source index (``curated/sources.tsv``): ``alignments`` holds the alignment
        of each ``;``-separated outlet of ACLED's ``source`` (``other`` when not indexed).
        Without it ``alignments`` is empty and :func:`pipeline.merge.merge_reports`
        falls back to its own lookup.
    centre : (lat, lon), optional
        Centre of the area; default the Qamishli point, ``gazetteer.locate("qamishli")``.
    radius_km : float
        Rows farther than this from ``centre`` are left out (not errors).

    Returns
    -------
    (events, errors)
        ``events``: one typed record (:class:`pipeline.schema.EventRecord`) per kept row
        in file order, with the fields of :func:`pipeline.curated.to_event_dicts`' dicts
        (see :func:`to_event_dict`).
        ``errors``: an :class:`AcledErrors` list, one :class:`AcledError` per skipped row
        or header problem, sorted by line; its ``excluded`` / ``excluded_ids`` count the
        rows outside the area. Checked per row: empty ``event_id_cnty``; a date that is
        not ``YYYY-MM-DD``, ``20 April 2021`` or ``20-April-2021``; event or sub-event
        type outside ACLED's taxonomy; latitude/longitude not numbers or outside the
        project's box (:data:`pipeline.gazetteer.BBOX`); ``fatalities`` not a whole number
        >= 0; ``time_precision``/``geo_precision`` not 1-3; duplicate ``event_id_cnty``;
        more fields than the header; a line that is not UTF-8.
    """
    path = str(path)
    actors = default_actors() if actors is None else actors
    index = _actor_index(actors)
    if centre is None:
        loc = gazetteer.locate("qamishli") if "qamishli" in gazetteer else None
        if loc is None or loc.lat is None or loc.lon is None:
            raise AcledError(path, "no centre given and the gazetteer has no point for 'qamishli'")
        centre = (loc.lat, loc.lon)
    header, rows, read_errors = read_csv(path, AcledError)
    errors = AcledErrors(read_errors)
    if not header:
        if not errors:
            errors.append(AcledError(path, "file is empty; expected a header row of ACLED columns", 1))
        return [], errors
    missing = [c for c in REQUIRED if c not in header]
    if missing:
        errors.append(AcledError(path, f"header lacks ACLED column(s) {', '.join(missing)}; "
                                       f"an ACLED export needs {','.join(REQUIRED)}", 1))
        errors.sort(key=lambda e: e.line or 0)
        return [], errors

    events: list[EventRecord] = []
    seen: dict[str, int] = {}
    for line, row in rows:
        v = {k: (val or "").strip() for k, val in row.items()}
        values, problems = _parse_row(v)
        eid = values["event_id_cnty"]
        if eid and eid in seen:
            problems.insert(0, f"duplicate event_id_cnty '{eid}' (first at line {seen[eid]})")
        if problems:
            errors.append(AcledError(path, "; ".join(problems) + "; row skipped", line))
            continue
        seen[eid] = line
        if haversine_km(values["latitude"], values["longitude"], *centre) > radius_km:
            errors.excluded_ids.append(eid)
            continue
        events.append(make_record(to_event_dict(v, values, gazetteer, actors, index, sources)))
    errors.sort(key=lambda e: e.line or 0)
    log.info("%s: %d ACLED event(s) kept, %d outside %.0f km of (%.5f, %.5f), %d problem(s)",
             path, len(events), errors.excluded, radius_km, centre[0], centre[1], len(errors))
    return events, errors


def _split(cell: str) -> list[str]:
    return [p.strip() for p in (cell or "").split(";") if p.strip()]


def to_event_dict(v: Mapping[str, str], values: Mapping[str, Any], gazetteer: Gazetteer,
                  actors: Mapping[str, Actor], index: Mapping[str, str],
                  sources: Mapping[str, Any] | None) -> dict[str, Any]:
    """One checked ACLED row as an event dict (the keys of the curated events).

    ``event_id`` is ``acled-<event_id_cnty>``; ``article_id`` ``"acled"``; ``origin``
    ``"acled"``; ``actor1``/``actor2``/``assoc_actor_*`` as ACLED names them, with our
    ids in ``actor1_id``/``actor2_id`` (``""`` when unmatched); ``inter1``/``inter2`` from
    the row (digit or ACLED's words), else from the matched actor; coordinates,
    ``geo_precision`` and ``location`` as ACLED coded them, except that a row placed at
    the nearest settlement (:func:`match_place`, step 3) gets ``geo_precision`` at least
    2; ``approximate`` when ``geo_precision`` > 1; ``location_ar`` from the row (this
    project's exports) or the matched place's Arabic name when the place was matched by
    name or point; ``evidence`` ACLED's ``notes``; ``source`` ACLED's source field;
    ``tags`` split on ``;``; ``start``/``end``/``published`` None; ``rule`` ``"acled"``;
    ``confidence`` ``"high"`` (ACLED's coding), ``"medium"`` when ACLED's place or date is
    coarse (``geo_precision`` or ``time_precision`` 3).
    """
    lat, lon = values["latitude"], values["longitude"]
    location = v.get("location", "")
    match = match_place(lat, lon, location, gazetteer)
    precision = values["geo_precision"]
    if match.how == "settlement":
        precision = max(precision, 2)
    place = gazetteer.places.get(match.place_id) if match.place_id else None
    location_ar = v.get("location_ar", "") or (place.name_ar if place and match.how in ("location", "point") else "")
    a1_id, a2_id = match_actor(v["actor1"], index), match_actor(v.get("actor2", ""), index)
    outlets = _split(v["source"])
    alignments = (list(dict.fromkeys(outlet_alignment(o, sources) for o in outlets)) if sources else [])
    return {
        "event_id": ID_PREFIX + values["event_id_cnty"],
        "article_id": ARTICLE_ID,
        "source": v["source"],
        "event_date": values["event_date"].isoformat(),
        "date_from": values["date_from"].isoformat(),
        "date_to": values["date_to"].isoformat(),
        "time_precision": values["time_precision"],
        "event_type": values["event_type"],
        "sub_event_type": values["sub_event_type"],
        "actor1": v["actor1"],
        "actor2": v.get("actor2", ""),
        "assoc_actor_1": v.get("assoc_actor_1", ""),
        "assoc_actor_2": v.get("assoc_actor_2", ""),
        "actor1_id": a1_id,
        "actor2_id": a2_id,
        "mediator": "",
        "inter1": _inter(v.get("inter1", ""), actors.get(a1_id)) if v["actor1"] else None,
        "inter2": _inter(v.get("inter2", ""), actors.get(a2_id)) if v.get("actor2") else None,
        "place_id": match.place_id,
        "location": location,
        "location_ar": location_ar,
        "latitude": lat,
        "longitude": lon,
        "geo_precision": precision,
        "approximate": precision > 1,
        "fatalities": values["fatalities"],
        "fatalities_text": "",
        "injuries": None,
        "injuries_text": "",
        "displaced": None,
        "displaced_text": "",
        "part_of_day": "",
        "time_from": "",
        "time_to": "",
        "duration_hours": None,
        "tags": _split(v.get("tags", "")),
        "evidence": v.get("notes", ""),
        "start": None,
        "end": None,
        "more_evidence": [],
        "trigger": "",
        "notes": "",
        "confidence": "medium" if precision >= 3 or values["time_precision"] >= 3 else "high",
        "rule": "acled",
        "unresolved_name": "",
        "source_url": v.get("source_url", ""),
        "published": None,
        "origin": "acled",
        "source_refs": [],
        "outlet_figures": {},
        "alignments": alignments,
        "truce_end": None,
        "extends": None,
        "status": None,
        "fatalities_note": "",
        "background_refs": [],
    }


def main(argv: list[str] | None = None) -> int:
    """``python -m pipeline.acled …``: an alias of ``python -m pipeline acled …`` (:mod:`pipeline.cli`)."""
    import sys

    from .cli import main as cli_main

    return cli_main(["acled", *(sys.argv[1:] if argv is None else argv)])


if __name__ == "__main__":
    raise SystemExit(main())
