"""Curated events: analyst-entered ACLED events, their source index, loader and validator.

Analysts record events they have read about in ``curated/events.csv`` (one ACLED event a
row, citing refs of ``curated/sources.tsv``); the schema is in ``curated/README.md``. This
module reads both files, checks every row against the gazetteer, the actors table, the
source index and ACLED's taxonomy, and turns the good rows into dicts with the same keys as
the pipeline's event records, so the two can be merged.

Validation is per row, as for the gazetteer: a bad row is reported with its file and
1-based line (:class:`CuratedError`) and skipped, and the other rows still load. A row
whose ``extends`` points at a skipped row is skipped too, naming that row's line.

Run ``python -m pipeline.curated [events.csv] [--geo geo]`` to print ``file:line: problem``
for every bad row (exit code 1 when there is one).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .acled_vocab import TRUCE_TYPE, taxonomy_problem
from .actors import Actor, default_actors
from .csvio import COUNT_RE, clip, read_csv
from .datemath import implausible
from .errors import InputError
from .files import read_input
from .gazetteer import Gazetteer
from .merge import PARTISAN
from .outlets import outlet_problem
from .schema import EventRecord, make_record

ROOT = Path(__file__).resolve().parent.parent
CURATED_DIR = ROOT / "curated"
EVENTS_CSV = CURATED_DIR / "events.csv"
SOURCES_TSV = CURATED_DIR / "sources.tsv"

#: Columns of ``curated/events.csv``, in order.
COLUMNS = (
    "event_id", "event_date", "date_from", "date_to", "time_from", "time_to", "time_precision",
    "event_type", "sub_event_type", "actor1", "assoc_actor_1", "actor2", "assoc_actor_2", "mediator",
    "place_id", "fatalities", "fatalities_note", "injuries", "displaced", "truce_end", "extends", "status",
    "source_refs", "outlet_figures", "evidence", "notes", "tags", "background_refs",
)
#: Columns a file may leave out (written before they were added): each is read as empty.
OPTIONAL_COLUMNS = frozenset({"background_refs"})
#: Columns of ``curated/sources.tsv``, in order.
SOURCE_COLUMNS = ("ref", "outlet", "published", "language", "title", "url", "alignment")
#: Partisanship of an outlet (see ``curated/README.md``).
ALIGNMENTS = ("pro-government", "AANES-aligned", "opposition", "monitor", "other")
#: Outcome of a truce (Agreement rows only).
STATUSES = ("held", "extended", "broken", "unknown")

#: Prefix of curated event ids in merged data (pipeline ids are ``<article>-eNN``).
ID_PREFIX = "cur-"

_ID_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]*$")
_DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_TIME_RE = re.compile(r"^([01]\d|2[0-3]):[0-5]\d$")
_STAMP_RE = re.compile(r"^\d{4}-\d{2}-\d{2}T([01]\d|2[0-3]):[0-5]\d$")
_LEADING_DATE_RE = re.compile(r"^(\d{4}-\d{2}-\d{2})(?!\d)")


class CuratedError(InputError):
    """A bad row in the curated events file or its source index (file and line)."""


@dataclass(frozen=True, slots=True)
class Source:
    """One entry of the source index.

    Attributes
    ----------
    ref : str
        Short id cited by events (``02``).
    outlet : str
        Outlet in English, as indexed (``Shafaq News (English)``).
    published : str
        Publication date as indexed: ``YYYY-MM-DD`` first when printed, else how it was inferred.
    language : str
    title : str
        Index entry (headline or a short description), never article text.
    url : str
        As indexed: one URL, several separated by `` ; ``, or a note such as ``URL not recorded``.
    alignment : str
        One of :data:`ALIGNMENTS`.
    line : int
        1-based line in the index.
    """

    ref: str
    outlet: str
    published: str
    language: str
    title: str
    url: str
    alignment: str
    line: int = 0

    @property
    def urls(self) -> tuple[str, ...]:
        """The http(s) URLs of the ``url`` field (empty when none was recorded)."""
        return tuple(u.strip() for u in self.url.split(" ; ") if u.strip().startswith(("http://", "https://")))

    @property
    def first_url(self) -> str:
        """The first URL, or ``""``."""
        return self.urls[0] if self.urls else ""

    @property
    def published_date(self) -> dt.date | None:
        """The publication date when the index gives one as ``YYYY-MM-DD`` first, else None."""
        m = _LEADING_DATE_RE.match(self.published.strip())
        if not m:
            return None
        try:
            return dt.date.fromisoformat(m.group(1))
        except ValueError:
            return None


@dataclass(frozen=True, slots=True)
class CuratedEvent:
    """One validated row of the curated events file.

    Ids (actors, place, refs) are kept as written; names are looked up by
    :func:`to_event_dicts`. Empty optional cells are ``""``, ``None`` or empty tuples.

    Attributes
    ----------
    event_id : str
    event_date, date_from, date_to : datetime.date
        ``date_from``/``date_to`` default to ``event_date``.
    time_from, time_to : str
        ``HH:MM`` or ``""``; a ``time_to`` not after ``time_from`` is on the next day.
    time_precision : int
        ACLED code 1-3.
    event_type, sub_event_type : str
        ACLED taxonomy (:data:`pipeline.acled_vocab.ACLED_TAXONOMY`).
    actor1, actor2 : str
        Actor ids; ``actor1`` is empty only for violence against civilians by an unidentified actor.
    assoc_actor_1, assoc_actor_2, mediator : tuple of str
        Actor ids (``;``-separated in the file).
    place_id : str
    fatalities : int
        ACLED's most conservative figure.
    fatalities_note : str
    injuries, displaced : int or None
    truce_end : datetime.datetime or None
        When a truce ends (Agreement rows only).
    extends : str
        Event id of the truce this one prolongs, or ``""``.
    status : str
        ``held``, ``extended``, ``broken``, ``unknown`` or ``""`` (Agreement rows only).
    source_refs : tuple of str
    outlet_figures : dict of str -> str
        Ref -> toll as that outlet gives it, when outlets disagree.
    evidence, notes : str
    tags : tuple of str
    background_refs : tuple of str
        The refs of ``source_refs`` cited as background, not known to report this event (a day's
        sources of which the row cannot say which reports it): they count as no outlet reporting it.
    path : str
    line : int
    """

    event_id: str
    event_date: dt.date
    date_from: dt.date
    date_to: dt.date
    time_from: str
    time_to: str
    time_precision: int
    event_type: str
    sub_event_type: str
    actor1: str
    assoc_actor_1: tuple[str, ...]
    actor2: str
    assoc_actor_2: tuple[str, ...]
    mediator: tuple[str, ...]
    place_id: str
    fatalities: int
    fatalities_note: str
    injuries: int | None
    displaced: int | None
    truce_end: dt.datetime | None
    extends: str
    status: str
    source_refs: tuple[str, ...]
    outlet_figures: dict[str, str] = field(hash=False)
    evidence: str
    notes: str
    tags: tuple[str, ...]
    background_refs: tuple[str, ...] = ()
    path: str = ""
    line: int = 0

    @property
    def is_truce(self) -> bool:
        return (self.event_type, self.sub_event_type) == TRUCE_TYPE

    @property
    def start(self) -> dt.datetime:
        """``date_from`` at ``time_from`` (midnight when no clock time)."""
        t = dt.time.fromisoformat(self.time_from) if self.time_from else dt.time(0, 0)
        return dt.datetime.combine(self.date_from, t)


# ---------------------------------------------------------------------------------------
# source index
# ---------------------------------------------------------------------------------------

class SourceIndex(dict):
    """The source index: ref -> :class:`Source`, in file order, plus ``rejected``: the refs of
    rows that were skipped as bad, with their lines (so an event citing one can say why)."""

    def __init__(self):
        super().__init__()
        self.rejected: dict[str, int] = {}


def load_sources(path: str | Path = SOURCES_TSV, errors: list | None = None) -> SourceIndex:
    """Read and validate the source index (tab-separated, no quoting).

    Parameters
    ----------
    path : str or Path
    errors : list, optional
        Where bad rows go. Given a list, each bad row (not UTF-8, wrong number of fields,
        missing or malformed ref, no outlet, duplicate ref, alignment outside
        :data:`ALIGNMENTS`) is appended as a :class:`CuratedError` and skipped: only the
        events citing it are lost, each saying so. Without it, the first bad row raises.

    Returns
    -------
    SourceIndex
        ref -> Source, in file order.

    Raises
    ------
    CuratedError
        When the file cannot be read, its header is wrong or it is empty; and on the first
        bad row when ``errors`` is not given.
    """
    path = str(path)
    try:
        raw = read_input(path)  # a regular file only: a named pipe would block the build
    except OSError as e:
        raise CuratedError(path, f"cannot open: {e.strerror}") from None
    sources = SourceIndex()
    header: list[str] | None = None

    def bad(reason: str, n: int, ref: str = "") -> None:
        err = CuratedError(path, reason, n)
        if errors is None:
            raise err
        errors.append(err)
        if ref and ref not in sources:
            sources.rejected.setdefault(ref, n)

    for n, bline in enumerate(raw.split(b"\n"), 1):
        try:
            line = bline.decode("utf-8")
        except UnicodeDecodeError as e:
            bad(f"line is not UTF-8 (byte 0x{bline[e.start]:02x}); re-save the file as UTF-8", n)
            continue
        line = line.removesuffix("\r")
        if n == 1:
            line = line.removeprefix("\ufeff")
        if not line.strip():
            continue
        fields_ = line.split("\t")
        if header is None:
            header = [h.strip() for h in fields_]
            if tuple(header) != SOURCE_COLUMNS:
                raise CuratedError(path, f"header must be {' TAB '.join(SOURCE_COLUMNS)}; found {' TAB '.join(header)}", n)
            continue
        ref = fields_[0].strip()
        if len(fields_) != len(SOURCE_COLUMNS):
            bad(f"row has {len(fields_)} tab-separated fields, expected {len(SOURCE_COLUMNS)}", n, ref)
            continue
        row = dict(zip(SOURCE_COLUMNS, (f.strip() for f in fields_)))
        if not ref or not _ID_RE.match(ref):
            bad(f"ref {ref!r} must be a short id (letters, digits, '.', '_', '-')", n)
            continue
        if ref in sources:
            bad(f"duplicate ref '{ref}' (first at line {sources[ref].line})", n)
            continue
        if not row["outlet"]:
            bad(f"ref '{ref}' has no outlet", n, ref)
            continue
        if outlet_problem(row["outlet"]):
            bad(f"ref '{ref}': {outlet_problem(row['outlet'])}", n, ref)
            continue
        if row["alignment"] not in ALIGNMENTS:
            bad(f"ref '{ref}': alignment {row['alignment']!r} is not one of {', '.join(ALIGNMENTS)}", n, ref)
            continue
        sources[ref] = Source(line=n, **row)
        sources.rejected.pop(ref, None)
    if header is None:
        raise CuratedError(path, "source index is empty; expected a header row", 1)
    return sources


# ---------------------------------------------------------------------------------------
# events
# ---------------------------------------------------------------------------------------

def _split(cell: str) -> list[str]:
    return [p.strip() for p in cell.split(";") if p.strip()]


def _parse_row(row: Mapping[str, str], gazetteer: Gazetteer, actors: Mapping[str, Actor],
               sources: Mapping[str, Source]) -> tuple[dict[str, Any], list[str]]:
    """Values of one row and the list of its problems (empty when the row is good)."""
    v = {k: (row.get(k) or "").strip() for k in COLUMNS}
    problems: list[str] = []
    out: dict[str, Any] = {}

    eid = v["event_id"]
    if not eid:
        problems.append("event_id is empty")
    elif not _ID_RE.match(eid):
        problems.append(f"event_id {eid!r} must be letters, digits, '.', '_' or '-' (no spaces)")
    out["event_id"] = eid

    def date(col: str, default: dt.date | None) -> dt.date | None:
        s = v[col]
        if not s:
            if default is None:
                problems.append(f"{col} is empty; use YYYY-MM-DD")
            return default
        if not _DATE_RE.match(s):
            problems.append(f"{col} {s!r} is not a date; use YYYY-MM-DD")
            return None
        try:
            day = dt.date.fromisoformat(s)
        except ValueError:
            problems.append(f"{col} {s!r} is not a valid date")
            return None
        why = implausible(day)
        if why:
            problems.append(f"{col} {why}")
            return None
        return day

    event_date = date("event_date", None)
    date_from = date("date_from", event_date)
    date_to = date("date_to", event_date)
    if date_from and date_to and date_to < date_from:
        problems.append(f"date_to {date_to} is before date_from {date_from}")
    elif event_date and date_from and date_to and not date_from <= event_date <= date_to:
        problems.append(f"event_date {event_date} is outside date_from..date_to ({date_from}..{date_to})")
    out.update(event_date=event_date, date_from=date_from, date_to=date_to)

    for col in ("time_from", "time_to"):
        if v[col] and not _TIME_RE.match(v[col]):
            problems.append(f"{col} {v[col]!r} is not a clock time; use HH:MM (24 h) or leave it empty")
        out[col] = v[col]

    if v["time_precision"] not in {"1", "2", "3"}:
        problems.append(f"time_precision must be 1, 2 or 3 (ACLED), not {v['time_precision']!r}")
        out["time_precision"] = 0
    else:
        out["time_precision"] = int(v["time_precision"])

    etype, sub = v["event_type"], v["sub_event_type"]
    if (problem := taxonomy_problem(etype, sub)) is not None:
        problems.append(problem)
    out.update(event_type=etype, sub_event_type=sub)
    is_truce = (etype, sub) == TRUCE_TYPE

    def actor_list(col: str, many: bool) -> list[str]:
        ids = _split(v[col]) if many else ([v[col]] if v[col] else [])
        for a in ids:
            if a not in actors:
                problems.append(f"unknown actor '{a}' in {col}; use an id of pipeline/data/actors.csv "
                                f"({', '.join(actors)})")
        return ids

    a1 = actor_list("actor1", many=False)
    a2 = actor_list("actor2", many=False)
    if not a1 and etype != "Violence against civilians":
        problems.append("actor1 is empty; only violence against civilians by an unidentified actor may leave it empty")
    if not a1 and not a2:
        problems.append("actor1 and actor2 are both empty")
    out.update(actor1=v["actor1"], actor2=v["actor2"],
               assoc_actor_1=tuple(actor_list("assoc_actor_1", many=True)),
               assoc_actor_2=tuple(actor_list("assoc_actor_2", many=True)),
               mediator=tuple(actor_list("mediator", many=True)))

    pid = v["place_id"]
    if not pid:
        problems.append("place_id is empty; use a gazetteer id")
    elif pid not in gazetteer:
        problems.append(f"unknown place_id '{pid}'; add it to geo/gazetteer.csv or fix the id")
    out["place_id"] = pid

    if not COUNT_RE.fullmatch(v["fatalities"]):
        problems.append(f"fatalities must be a whole number >= 0 of at most 7 digits (0 when only injuries "
                        f"are reported), not {clip(v['fatalities'])}")
        out["fatalities"] = 0
    else:
        out["fatalities"] = int(v["fatalities"])
    for col in ("injuries", "displaced"):
        if v[col] and not COUNT_RE.fullmatch(v[col]):
            problems.append(f"{col} must be a whole number >= 0 of at most 7 digits, or empty, not {clip(v[col])}")
            out[col] = None
        else:
            out[col] = int(v[col]) if v[col] else None
    out["fatalities_note"] = v["fatalities_note"]

    truce_end = None
    if v["truce_end"]:
        if not is_truce:
            problems.append("truce_end is only for Strategic developments / Agreement rows")
        if not _STAMP_RE.match(v["truce_end"]):
            problems.append(f"truce_end {v['truce_end']!r} must be YYYY-MM-DDTHH:MM")
        else:
            try:
                truce_end = dt.datetime.fromisoformat(v["truce_end"])
            except ValueError:
                problems.append(f"truce_end {v['truce_end']!r} is not a valid date and time")
        if truce_end and date_from and (not v["time_from"] or _TIME_RE.match(v["time_from"])):
            start = dt.datetime.combine(date_from, dt.time.fromisoformat(v["time_from"] or "00:00"))
            if truce_end <= start:
                problems.append(f"truce_end {v['truce_end']} is not after the truce's start ({start:%Y-%m-%dT%H:%M})")
    out["truce_end"] = truce_end

    if v["extends"]:
        if not is_truce:
            problems.append("extends is only for Strategic developments / Agreement rows")
        if v["extends"] == eid:
            problems.append("a truce cannot extend itself")
    out["extends"] = v["extends"]

    if v["status"]:
        if v["status"] not in STATUSES:
            problems.append(f"status {v['status']!r} is not one of {', '.join(STATUSES)} (or empty)")
        elif not is_truce:
            problems.append("status is only for Strategic developments / Agreement rows")
    out["status"] = v["status"]

    refs = _split(v["source_refs"])
    if not refs:
        problems.append("source_refs is empty; cite at least one ref of curated/sources.tsv")
    rejected = getattr(sources, "rejected", {})
    for r in refs:
        if r in rejected:
            problems.append(f"source ref '{r}' was rejected (curated/sources.tsv line {rejected[r]}); fix that row")
        elif r not in sources:
            problems.append(f"unknown source ref '{r}'; add it to curated/sources.tsv or fix the ref")
    if len(set(refs)) != len(refs):
        problems.append("source_refs lists a ref twice")
    out["source_refs"] = tuple(refs)

    figures: dict[str, str] = {}
    for pair in _split(v["outlet_figures"]):
        ref, sep, fig = pair.partition(":")
        ref, fig = ref.strip(), fig.strip()
        if not sep or not ref or not fig:
            problems.append(f"outlet_figures item {pair!r} must be ref:figure")
        elif ref in figures:
            problems.append(f"outlet_figures gives ref '{ref}' twice")
        elif ref not in refs:
            problems.append(f"outlet_figures ref '{ref}' is not in this row's source_refs")
        else:
            figures[ref] = fig
    out["outlet_figures"] = figures

    background = _split(v["background_refs"])
    for r in background:
        if r not in refs:
            problems.append(f"background ref '{r}' is not in this row's source_refs")
        elif r in figures:
            problems.append(f"background ref '{r}' gives a figure in outlet_figures, so it reports this event; "
                            "leave it out of background_refs")
    if len(set(background)) != len(background):
        problems.append("background_refs lists a ref twice")
    out["background_refs"] = tuple(background)

    if not v["evidence"]:
        problems.append("evidence is empty; say in your own words what the sources report")
    out.update(evidence=v["evidence"], notes=v["notes"], tags=tuple(_split(v["tags"])))
    return out, problems


def load_curated(path: str | Path, gazetteer: Gazetteer, actors: Mapping[str, Actor] | None = None,
                 sources: Mapping[str, Source] | None = None) -> tuple[list[CuratedEvent], list[CuratedError]]:
    """Read and validate the curated events file.

    Parameters
    ----------
    path : str or Path
        ``curated/events.csv`` (UTF-8 CSV, header :data:`COLUMNS`).
    gazetteer : Gazetteer
        For ``place_id``.
    actors : dict of id -> Actor, optional
        For the actor columns; the shipped table by default.
    sources : dict of ref -> Source, optional
        For ``source_refs`` and ``outlet_figures``; :data:`SOURCES_TSV` by default.

    Returns
    -------
    (events, errors)
        Good rows in file order, and one :class:`CuratedError` (file and 1-based line) per
        skipped row or header problem, sorted by line. Checked per row: unknown actor,
        place, source ref, event type or sub-event type; bad or inverted dates; bad clock
        times; ``fatalities`` not a whole number >= 0; ``truce_end``/``extends``/``status``
        malformed or on a row that is not an Agreement; ``extends`` pointing to an unknown
        (or skipped) event id; duplicate ``event_id``; more fields than the header;
        a line that is not UTF-8.
    """
    path = str(path)
    actors = default_actors() if actors is None else actors
    sources = load_sources() if sources is None else sources
    header, rows, read_errors = read_csv(path, CuratedError)
    errors: list[CuratedError] = list(read_errors)
    if not header:
        if not errors:
            errors.append(CuratedError(path, "file is empty; expected a header row", 1))
        return [], errors
    missing = [c for c in COLUMNS if c not in header and c not in OPTIONAL_COLUMNS]
    if missing:
        errors.append(CuratedError(path, f"header lacks column(s) {', '.join(missing)}; expected {','.join(COLUMNS)}", 1))
        return [], sorted(errors, key=lambda e: e.line or 0)
    unknown = [c for c in header if c not in COLUMNS]
    if unknown:
        errors.append(CuratedError(path, f"unknown column(s) {', '.join(unknown)} ignored", 1))

    parsed: dict[str, tuple[int, dict[str, Any]]] = {}
    skipped: dict[str, int] = {}  # event id -> line of a skipped row
    for line, row in rows:
        values, problems = _parse_row(row, gazetteer, actors, sources)
        eid = values["event_id"]
        if eid and eid in parsed:
            problems.insert(0, f"duplicate event_id '{eid}' (first at line {parsed[eid][0]})")
        if problems:
            errors.append(CuratedError(path, "; ".join(problems) + "; row skipped", line))
            if eid and eid not in parsed:
                skipped.setdefault(eid, line)
            continue
        parsed[eid] = (line, values)

    # extends: the target must be a kept truce, and chains must not loop (repeat: a
    # dropped row may be the target of another)
    changed = True
    while changed:
        changed = False
        for eid, (line, values) in list(parsed.items()):
            target = values["extends"]
            if not target:
                continue
            msg = None
            if target in parsed:
                if not _is_truce_values(parsed[target][1]):
                    msg = f"extends '{target}', which is not an Agreement (truce)"
                elif _loops(eid, parsed):
                    msg = f"extends '{target}', which leads back to '{eid}' (a loop)"
            elif target in skipped:
                msg = f"extends '{target}', which was skipped (line {skipped[target]}); fix that row"
            else:
                msg = f"extends unknown event_id '{target}'"
            if msg:
                errors.append(CuratedError(path, msg + "; row skipped", line))
                del parsed[eid]
                skipped[eid] = line
                changed = True

    events = [CuratedEvent(path=path, line=line, **values) for line, values in parsed.values()]
    events.sort(key=lambda e: e.line)
    errors.sort(key=lambda e: e.line or 0)
    return events, errors


def _is_truce_values(values: Mapping[str, Any]) -> bool:
    return (values["event_type"], values["sub_event_type"]) == TRUCE_TYPE


def _loops(eid: str, parsed: Mapping[str, tuple[int, dict[str, Any]]]) -> bool:
    seen = {eid}
    cur = parsed[eid][1]["extends"]
    while cur and cur in parsed:
        if cur in seen:
            return True
        seen.add(cur)
        cur = parsed[cur][1]["extends"]
    return False


# ---------------------------------------------------------------------------------------
# merging with the pipeline's events
# ---------------------------------------------------------------------------------------

def _names(ids: tuple[str, ...] | list[str], actors: Mapping[str, Actor]) -> str:
    return "; ".join(actors[a].name for a in ids if a in actors)


def _duration_hours(ev: CuratedEvent) -> float | None:
    """Planned length of a truce: its start (with a clock time) to ``truce_end``."""
    if ev.truce_end is None or not ev.time_from:
        return None
    return round((ev.truce_end - ev.start).total_seconds() / 3600, 2)


def to_event_records(events: list[CuratedEvent], gazetteer: Gazetteer, actors: Mapping[str, Actor] | None = None,
                     sources: Mapping[str, Source] | None = None) -> list[EventRecord]:
    """:func:`to_event_dicts` as typed records (:class:`pipeline.schema.EventRecord`), for the build."""
    return [make_record(d) for d in to_event_dicts(events, gazetteer, actors, sources)]


def to_event_dicts(events: list[CuratedEvent], gazetteer: Gazetteer, actors: Mapping[str, Actor] | None = None,
                   sources: Mapping[str, Source] | None = None) -> list[dict[str, Any]]:
    """Curated events as dicts with the keys of the pipeline's event records.

    The keys are those of :class:`pipeline.records.Event` plus ``source_url`` and
    ``published`` (as in ``events.geojson``), then the curated extras ``origin``
    (``"curated"``), ``source_refs`` (list), ``outlet_figures`` (dict ref -> figure),
    ``alignments`` (distinct alignments of the cited outlets, in citation order),
    ``truce_end`` (``YYYY-MM-DDTHH:MM`` or None), ``extends`` (prefixed id or None),
    ``status`` (or None), ``fatalities_note`` and ``background_refs`` (the refs cited as background,
    not known to report the event: :func:`pipeline.sourcing.event_sourcing` counts no outlet for them).

    Parameters
    ----------
    events : list of CuratedEvent
    gazetteer : Gazetteer
        Coordinates, precision and approximation come from ``gazetteer.locate``.
    actors : dict of id -> Actor, optional
    sources : dict of ref -> Source, optional

    Returns
    -------
    list of dict
        ``event_id`` is prefixed ``cur-``; ``article_id`` is ``"curated"``; ``source`` the
        cited outlets joined with ``"; "``; ``source_url`` the first cited ref's first URL;
        ``published`` that ref's date (``YYYY-MM-DD``) when the index prints one, else None;
        ``evidence`` the analyst's note; ``start``/``end`` None; ``rule`` ``"curated"``;
        ``confidence`` ``"high"`` (an analyst checked the row against its sources), ``"medium"``
        when every cited outlet is partisan.
    """
    actors = default_actors() if actors is None else actors
    sources = load_sources() if sources is None else sources
    out = []
    for ev in events:
        place = gazetteer.places.get(ev.place_id)
        loc = gazetteer.locate(ev.place_id) if place is not None else None
        cited = [sources[r] for r in ev.source_refs if r in sources]
        outlets = list(dict.fromkeys(s.outlet for s in cited))
        alignments = list(dict.fromkeys(s.alignment for s in cited))
        first = cited[0] if cited else None
        published = first.published_date if first else None
        a1, a2 = actors.get(ev.actor1), actors.get(ev.actor2)
        out.append({
            "event_id": ID_PREFIX + ev.event_id,
            "article_id": "curated",
            "source": "; ".join(outlets),
            "event_date": ev.event_date.isoformat(),
            "date_from": ev.date_from.isoformat(),
            "date_to": ev.date_to.isoformat(),
            "time_precision": ev.time_precision,
            "event_type": ev.event_type,
            "sub_event_type": ev.sub_event_type,
            "actor1": a1.name if a1 else "",
            "actor2": a2.name if a2 else "",
            "assoc_actor_1": _names(ev.assoc_actor_1, actors),
            "assoc_actor_2": _names(ev.assoc_actor_2, actors),
            "actor1_id": ev.actor1,
            "actor2_id": ev.actor2,
            "mediator": _names(ev.mediator, actors),
            "inter1": a1.inter if a1 else None,
            "inter2": a2.inter if a2 else None,
            "place_id": ev.place_id,
            "location": place.name_en if place else "",
            "location_ar": place.name_ar if place else "",
            "latitude": loc.lat if loc else None,
            "longitude": loc.lon if loc else None,
            "geo_precision": loc.geo_precision if loc else None,
            "approximate": loc.approximate if loc else True,
            "fatalities": ev.fatalities,
            "fatalities_text": "",
            "injuries": ev.injuries,
            "injuries_text": "",
            "displaced": ev.displaced,
            "displaced_text": "",
            "part_of_day": "",
            "time_from": ev.time_from,
            "time_to": ev.time_to,
            "duration_hours": _duration_hours(ev),
            "tags": list(ev.tags),
            "evidence": ev.evidence,
            "start": None,
            "end": None,
            "more_evidence": [],
            "trigger": "",
            "notes": ev.notes,
            "confidence": "medium" if alignments and all(x in PARTISAN for x in alignments) else "high",
            "rule": "curated",
            "unresolved_name": "",
            "source_url": first.first_url if first else "",
            "published": published.isoformat() if published else None,
            "origin": "curated",
            "source_refs": list(ev.source_refs),
            "outlet_figures": dict(ev.outlet_figures),
            "alignments": alignments,
            "truce_end": ev.truce_end.strftime("%Y-%m-%dT%H:%M") if ev.truce_end else None,
            "extends": ID_PREFIX + ev.extends if ev.extends else None,
            "status": ev.status or None,
            "fatalities_note": ev.fatalities_note,
            "background_refs": list(ev.background_refs),
        })
    return out


def main(argv: list[str] | None = None) -> int:
    """``python -m pipeline.curated …``: an alias of ``python -m pipeline curated …`` (:mod:`pipeline.cli`)."""
    import sys

    from .cli import main as cli_main

    return cli_main(["curated", *(sys.argv[1:] if argv is None else argv)])


if __name__ == "__main__":
    raise SystemExit(main())
