"""Truces: intervals, extension chains, reported vs computed status, violations, actual ends.

Run once per build on the merged events (:func:`truce_outputs`, called by
:func:`pipeline.build.build`): the result is ``build/truces.json`` / ``truces.csv`` (one row
per truce, :data:`TRUCE_COLUMNS`) and two properties on every event of
``events.geojson``/``events.parquet``: ``truce_id`` (on an agreement: the first truce of
its chain of extensions, itself when it extends nothing) and ``violates`` (the truces the
event breaks). The app reads these; it computes none of it.

An added report's build does not analyse every truce again: the analysis before its last steps
(:class:`Analysis`: each truce's :class:`TruceCore`, the horizon) is kept beside the merge state
(:mod:`pipeline.trucestate`), and :func:`update_analysis` analyses again only the truces among the
events that left or came and those whose window a violent one of them may fall in; the statuses,
chains, actual ends and evidence are then made of all truces (:func:`complete_analysis`), as
:func:`analyse` makes them: the same records.

Times are local (Syria, UTC+3) and naive throughout: no time-zone conversion is made.

A truce is an event with ``event_type == "Strategic developments"`` and
``sub_event_type == "Agreement"`` (ACLED codes ceasefires and truces as Agreement).

*Start*. ``date_from`` plus ``time_from`` when the text gave a clock time. Otherwise the
clock time is guessed from ``part_of_day`` (:data:`PART_OF_DAY_CLOCK`: morning 09:00, noon
12:00, afternoon 15:00, evening 19:00, night 22:00, late night 23:30, ...) and
``start_approximate`` is True; with no part of day either, the start is 00:00 of
``date_from`` and ``start_approximate`` is True.

*End*. A curated row's ``truce_end`` (the planned end as reported) when given; else
``date_to`` plus ``time_to`` when the text gave a clock range (a range that would end at or
before its start runs into the next day: 19:00 -> 10:00 ends the next morning); else
``start + duration_hours``; else none (open-ended or unknown).

*Violations*. A violent event (:data:`pipeline.acled_vocab.VIOLENT_TYPES`: Battles,
Explosions/Remote violence, Violence against civilians) is a violation of a truce when all
of these hold:

1. **Days overlap.** Its ``date_from..date_to`` overlaps the truce's days (the end day is
   the day of ``end``; an open truce is checked for :data:`OPEN_ENDED_WINDOW`). On the end
   day the clock decides when both the event and the end have one.
2. **After the start.** An event whose days run past the truce's start day is after it.
   An event whose last day is the start day is compared on the clock when both it and the
   truce have a clock time (exact or guessed from ``part_of_day``): it counts when it ends
   at or after the start (so an evening clash does not break a truce agreed that night).
   When that cannot be known, it counts unless it is one of the events the truce was meant
   to stop: fighting that began before the start day and is not reported past it, and
   same-day fighting reported in the same article as the truce without a time (an article
   that reports a day's clashes and the truce that ended them). Events counted only by
   this presumption are also listed in ``uncertain_violations``.
3. **Place.** Its ``place_id`` is the truce's place or a descendant of it (following the
   gazetteer's parents); a truce with no place covers every place. An event with no place
   never violates a truce that has one.
4. **Parties** (``match_parties=True``, the default). Every armed actor the event names is
   on one of the truce's sides (the ``side`` column of ``pipeline/data/actors.csv``: Asayish
   and AANES count as SDF, the NDF as the government; ``none`` marks actors that are no armed
   party, such as civilians). An event that names no armed actor counts; a clash between a
   truce party and a third party (a Turkish drone strike on the SDF during an SDF-NDF truce)
   does not.

*Status* (``status_computed``): ``"broken"`` with any violation; otherwise ``"in force"``
when the truce is open-ended or ends after the last day the data cover (the latest
``date_to`` of any event); otherwise ``"held"``; ``"unknown"`` when it has no usable date.
``status`` is the analyst's reported status of a curated row (``held``, ``extended``,
``broken``) when there is one, else the computed one.

*Extensions*. A truce that starts within :data:`EXTENSION_GAP` (2 hours) of another truce's
end, or on the day that truce ends, whose parties are the same or overlap (one side set
contains the other, an unnamed side set matching anything) and whose place is the same,
containing or contained, extends it: its ``extends`` holds the earlier truce's ``event_id``
(the one whose end is closest to its start). A reported ``extends`` is kept as reported.
Candidates are found by bisecting the truces sorted by end, so the cost grows with the
number of truces times log of it, not with its square.

*Actual end*: the first certain violation of a broken truce (never before its start); for
an extended one, the actual end of the last truce in its chain; else the planned end.

*Evidence*. ``last_evidence`` is the last day anything reported speaks of the truce: its
agreement's last day, the last day of any of its violations (a report of it breaking), and
the ``last_evidence`` of a truce that extends it (a report of it holding, renewed).
``evidence_until`` is the last day that evidence speaks for:
:data:`pipeline.evidence.STALE_EVIDENCE_DAYS` later, the window after which the map fades a
control zone. ``status`` is what the reports say up to then; after it, a truce that was not
known to end (:func:`lapsed`) is no longer called held or in force but "no report since
<day>" (:func:`status_as_of`): the app draws it only up to ``evidence_until`` and filters by
the days shown, the build decides nothing about the date range.

*Words*. A truce's status is said in one phrase wherever the app names it (:func:`status_words`):
the report's word and the events' each as theirs ("reported held; events say probably broken on
26 Apr 2021"), and "no report since <day>" after its evidence.
"""

from __future__ import annotations

import bisect
import logging
import math
import re
from collections.abc import Iterable, Mapping, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from typing import Any

import pandas as pd

from .acled_vocab import TRUCE_TYPE, VIOLENT_TYPES
from .actors import actor_sides
from .cells import day as _day
from .cells import is_missing as _missing
from .cells import text as _text
from .evidence import evidence_until as _evidence_until

log = logging.getLogger(__name__)

#: Clock time assumed for a ``part_of_day`` word when the text gave no clock time.
#: "midnight" is the midnight that ends the day (the pipeline dates "the night of X" to X).
PART_OF_DAY_CLOCK: dict[str, str] = {
    "dawn": "05:00",
    "morning": "09:00",
    "late morning": "11:00",
    "noon": "12:00",
    "afternoon": "15:00",
    "late afternoon": "17:00",
    "evening": "19:00",
    "late evening": "21:00",
    "night": "22:00",
    "late night": "23:30",
    "midnight": "23:59",
}
#: A truce starting this close to another's end (or on its end day) may extend it.
EXTENSION_GAP = pd.Timedelta(hours=2)
#: The side value of an actor that is no armed party (ignored when matching parties).
NO_SIDE = "none"
#: Columns of the truces table (:func:`truce_intervals`, ``build/truces.json``), in order.
TRUCE_COLUMNS: list[str] = [
    "event_id", "start", "end", "actual_end", "start_approximate", "end_approximate", "planned_hours",
    "actor1", "actor2", "mediator", "place_id", "location", "status", "violations",
    "uncertain_violations", "extends", "status_computed", "evidence", "truce_id", "violation_at",
    "last_evidence", "evidence_until",
]
#: The statuses, in the order the timeline lists them.
STATUS_ORDER: list[str] = ["held", "in force", "broken", "unknown"]
#: Most truces analysed in one build (the most recent); each costs a scan of its days' events.
MAX_TRUCES = 2000
#: How long after its start an open-ended ("permanent") truce is checked for violations.
OPEN_ENDED_WINDOW = pd.Timedelta(days=30)
#: Events spanning more days than this before a truce's start are not looked at for it.
LONGEST_EVENT = pd.Timedelta(days=31)

_DAY = pd.Timedelta(days=1)
_CLOCK_RE = re.compile(r"^\s*(\d{1,2}):(\d{2})\s*$")
_TIMESTAMP_COLUMNS = ("start", "end", "actual_end")
#: Columns written as days (``YYYY-MM-DD``), read back as datetime64 days.
_DAY_COLUMNS = ("last_evidence", "evidence_until")


# ---------------------------------------------------------------------------------------
# cell helpers (events may hold None, NaN, "" or pd.NA for a missing value: pipeline/cells.py)
# ---------------------------------------------------------------------------------------

def _float(value: Any) -> float | None:
    if _missing(value) or value == "":
        return None
    try:
        f = float(value)
    except (TypeError, ValueError):
        return None
    return None if math.isnan(f) else f


def _clock(value: Any) -> pd.Timedelta | None:
    """``"HH:MM"`` -> time since midnight; None for empty or malformed values."""
    m = _CLOCK_RE.match(_text(value))
    if not m:
        return None
    hour, minute = int(m.group(1)), int(m.group(2))
    if hour > 24 or minute > 59:
        return None
    return pd.Timedelta(hours=hour, minutes=minute)


def _part_clock(part: str) -> pd.Timedelta | None:
    part = part.strip().lower()
    if not part:
        return None
    clock = PART_OF_DAY_CLOCK.get(part)
    if clock is None:
        log.debug("no clock guess for part of day %r", part)
        return None
    return _clock(clock)


# ---------------------------------------------------------------------------------------
# when an event happened
# ---------------------------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class When:
    """Days and, when known, clock moments of one event.

    ``first``/``last`` are the first and last moments the text allows on the clock (exact or
    guessed from the part of day); None when the text gives no time for that end of the range.
    """

    day_from: pd.Timestamp
    day_to: pd.Timestamp
    first: pd.Timestamp | None
    last: pd.Timestamp | None
    exact: bool


def when(row: Mapping[str, Any]) -> When | None:
    """The days and clock moments of an event record; None without a usable date.

    Parameters
    ----------
    row : mapping
        An event record (``date_from``/``event_date``, ``date_to``, ``time_from``,
        ``time_to``, ``part_of_day``).

    Returns
    -------
    When or None
    """
    day_from = _day(row.get("date_from")) or _day(row.get("event_date"))
    if day_from is None:
        return None
    day_to = _day(row.get("date_to")) or day_from
    if day_to < day_from:
        day_to = day_from
    t_from = _clock(row.get("time_from"))
    t_to = _clock(row.get("time_to"))
    exact = t_from is not None
    if t_from is None:
        t_from = _part_clock(_text(row.get("part_of_day")))
    first = day_from + t_from if t_from is not None else None
    if t_to is not None:
        last = day_to + t_to
        if first is not None and last <= first:
            last += _DAY
    elif first is not None and day_to == day_from:
        last = first
    else:
        last = None
    return When(day_from, day_to, first, last, exact)


def _when_memo() -> Any:
    """:func:`when` remembering its answers by the fields it reads (one analysis: dates repeat a lot)."""
    memo: dict[tuple, When | None] = {}

    def cached(row: Mapping[str, Any]) -> When | None:
        get = row.get
        key = (get("date_from"), get("event_date"), get("date_to"), get("time_from"), get("time_to"),
               get("part_of_day"))
        try:
            return memo[key]
        except KeyError:
            w = memo[key] = when(row)
            return w
        except TypeError:  # an unhashable value: not remembered
            return when(row)

    return cached


# ---------------------------------------------------------------------------------------
# places and parties
# ---------------------------------------------------------------------------------------

def _within(place: str, container: str, parents: Mapping[str, str] | None) -> bool:
    """True when ``place`` is ``container`` or a descendant of it (cycle-safe)."""
    if not place:
        return False
    seen: set[str] = set()
    while place and place not in seen:
        if place == container:
            return True
        seen.add(place)
        place = _text(parents.get(place)) if parents else ""
    return False


def _related(a: str, b: str, parents: Mapping[str, str] | None) -> bool:
    return not a or not b or _within(a, b, parents) or _within(b, a, parents)


def _sides(side_of: Mapping[str, str], *actor_ids: Any) -> set[str]:
    out: set[str] = set()
    for aid in actor_ids:
        aid = _text(aid)
        side = side_of.get(aid, aid) if aid else ""
        if side and side != NO_SIDE:
            out.add(side)
    return out


def _parties_compatible(a: AbstractSet[str], b: AbstractSet[str]) -> bool:
    """Same or overlapping parties: one side set contains the other (an empty set matches)."""
    return not a or not b or a <= b or b <= a


# ---------------------------------------------------------------------------------------
# truces
# ---------------------------------------------------------------------------------------

def is_truce(row: Mapping[str, Any]) -> bool:
    """True for an agreement event (ACLED's code for truces and ceasefires)."""
    # (the sub-type first: most events are told by it alone)
    return _text(row.get("sub_event_type")) == TRUCE_TYPE[1] and _text(row.get("event_type")) == TRUCE_TYPE[0]


def _truce_times(row: Mapping[str, Any]) -> tuple[pd.Timestamp | None, bool, bool, pd.Timestamp | None, bool]:
    """(start, start_approximate, start_has_clock, end, end_approximate) of a truce row."""
    day_from = _day(row.get("date_from")) or _day(row.get("event_date"))
    if day_from is None:
        return None, True, False, None, True
    day_to = _day(row.get("date_to")) or day_from
    t_from = _clock(row.get("time_from"))
    approximate = t_from is None
    if t_from is None:
        t_from = _part_clock(_text(row.get("part_of_day")))
    has_clock = t_from is not None
    start = day_from + (t_from if t_from is not None else pd.Timedelta(0))
    t_to = _clock(row.get("time_to"))
    duration = _float(row.get("duration_hours"))
    end: pd.Timestamp | None = None
    end_approximate = True
    reported_end = _text(row.get("truce_end"))  # curated rows: the planned end as reported
    if reported_end:
        try:
            end = pd.Timestamp(reported_end)
            end_approximate = "T" not in reported_end
            return start, approximate, has_clock, end, end_approximate
        except ValueError:
            log.warning("truce %s: unreadable truce_end %r", row.get("event_id"), reported_end)
    if t_to is not None:
        end = max(day_to, day_from) + t_to
        if end <= start:
            end += _DAY
        end_approximate = False
    elif duration is not None and duration > 0:
        end = start + pd.Timedelta(hours=duration)
        end_approximate = approximate
    return start, approximate, has_clock, end, end_approximate


def _end_day(end: pd.Timestamp | None) -> pd.Timestamp | None:
    """The last day a truce ending at ``end`` covers (an end at midnight ends the day before)."""
    if end is None:
        return None
    return (end - pd.Timedelta(microseconds=1)).normalize() if end == end.normalize() else end.normalize()


def _violation_kind(ev: When, start: pd.Timestamp, start_has_clock: bool,
                    end: pd.Timestamp | None, same_article: bool, start_day: pd.Timestamp,
                    end_day: pd.Timestamp | None) -> str:
    """``"yes"``, ``"presumed"`` (counted although the order is unknowable) or ``"no"`` (``start_day``
    and ``end_day``: ``start``'s day and :func:`_end_day` of ``end``, computed once by the caller)."""
    if ev.day_to < start_day:
        return "no"
    if end is not None and end_day is not None:
        if ev.day_from > end_day:
            return "no"
        if ev.day_from == end_day and ev.first is not None and ev.first > end:
            return "no"
    if ev.day_to > start_day:
        return "yes"
    # the event's last day is the truce's start day
    if ev.last is not None and start_has_clock:
        return "yes" if ev.last >= start else "no"
    if ev.day_from < start_day:
        return "no"  # fighting already under way that the truce was meant to stop
    if same_article:
        return "no"  # the day's fighting reported together with the truce that ended it
    return "presumed"


class ViolentIndex:
    """Violent events by place, sorted by first day: a truce looks only at its places and days.

    Parameters
    ----------
    rows : list of mapping
        Events (those of another type are left out).
    parents : mapping of str to str
        ``place_id -> parent place_id``.
    side_of : mapping of str to str
        ``actor_id -> side``.
    when_of : callable
        :func:`when` (or a memo of it).
    """

    def __init__(self, rows: list[Mapping[str, Any]], parents: Mapping[str, str], side_of: Mapping[str, str],
                 when_of: Any = when):
        violent = []
        for r in rows:
            if _text(r.get("event_type")) in VIOLENT_TYPES:
                w = when_of(r)
                if w is None:
                    log.debug("event %s has no usable date; not checked as a violation", r.get("event_id"))
                    continue
                violent.append((r, w))
        violent.sort(key=lambda vw: vw[1].day_from)
        # per place: the first days, and (event, when, id, sides, its article's id when an article reported it)
        self.by_place: dict[str, tuple[list[pd.Timestamp], list[tuple[Mapping, When, str, frozenset, str]]]] = {}
        for ev, w in violent:
            days, items = self.by_place.setdefault(_text(ev.get("place_id")), ([], []))
            days.append(w.day_from)
            items.append((ev, w, _text(ev.get("event_id")),
                          frozenset(_sides(side_of, ev.get("actor1_id"), ev.get("actor2_id"))),
                          # (an article's own events share its text: curated and ACLED rows are separate reports)
                          _text(ev.get("article_id")) if (_text(ev.get("origin")) or "article") == "article" else ""))
        self.children: dict[str, list[str]] = {}
        for child, parent in parents.items():
            self.children.setdefault(_text(parent), []).append(child)
        self._inside: dict[str, list[str]] = {}

    def inside(self, place: str) -> list[str]:
        """``place`` and its descendants that have violent events (all places when empty)."""
        if place not in self._inside:
            self._inside[place] = self._places_under(place)
        return self._inside[place]

    def _places_under(self, place: str) -> list[str]:
        if not place:
            return list(self.by_place)
        out, todo, seen = [], [place], set()
        while todo:
            p = todo.pop()
            if p in seen:
                continue
            seen.add(p)
            if p in self.by_place:
                out.append(p)
            todo += self.children.get(p, [])
        return out

    def candidates(self, place: str, first_day: pd.Timestamp, last_day: pd.Timestamp) -> list:
        """The violent events at ``place`` or inside it whose first day is from :data:`LONGEST_EVENT`
        before ``first_day`` to ``last_day``: (event, :class:`When`, id, sides, article id) each."""
        out: list = []
        earliest = first_day - LONGEST_EVENT
        for p in self.inside(place):
            days, items = self.by_place[p]
            out += items[bisect.bisect_left(days, earliest):bisect.bisect_right(days, last_day)]
        return out


@dataclass(slots=True)
class TruceCore:
    """What the analysis makes of one truce from its own row and the violent events of its window, before
    the parts that depend on other truces or on every event (status, chains, actual end, evidence).

    It stays right while the truce's row and the violent events that may fall in its window are the same
    (:func:`update_analysis`).

    Attributes
    ----------
    record : dict
        The truce's row of the table (:data:`TRUCE_COLUMNS` up to ``violation_at``, in their order): its
        times, parties, place, violations; ``extends`` as reported, the status fields left empty.
    sides : frozenset of str
        The sides of its parties (:func:`pipeline.actors.actor_sides`).
    reported : str
        The analyst's status of a curated row (``""`` when none).
    first_violation : Timestamp or None
        Its first certain violation's moment (never before its start).
    own_evidence : Timestamp or None
        The last day of its agreement and of its violations.
    window : tuple or None
        Where its violations were looked for: its place (``""``: every place), the first and the last
        day an event may start on to be one; None without a start.
    """

    record: dict[str, Any]
    sides: frozenset[str]
    reported: str
    first_violation: pd.Timestamp | None
    own_evidence: pd.Timestamp | None
    window: tuple[str, pd.Timestamp, pd.Timestamp] | None


@dataclass(slots=True)
class Analysis:
    """The truce analysis of a build before its last steps (:func:`complete_analysis`): what an added
    report's build reuses (:func:`update_analysis`, kept by :mod:`pipeline.trucestate`).

    Attributes
    ----------
    cores : list of TruceCore
        One per truce, in the events' order.
    horizon : Timestamp or None
        The last day any event covers.
    named : frozenset of str
        The ids the truces ``extends`` as reported (curated rows' ids).
    owners : dict of str to str
        For each of them, the event whose ``merged_ids`` hold it (the last), when one does.
    """

    cores: list[TruceCore]
    horizon: pd.Timestamp | None
    named: frozenset[str]
    owners: dict[str, str]


def _window(start: pd.Timestamp, end: pd.Timestamp | None) -> tuple[pd.Timestamp, pd.Timestamp]:
    """The first and last day a violent event may start on to be looked at for a truce of ``start`` and
    ``end`` (:data:`LONGEST_EVENT` before its first day; its end day, or :data:`OPEN_ENDED_WINDOW` after)."""
    return (start.normalize() - LONGEST_EVENT,
            (end if end is not None else start + OPEN_ENDED_WINDOW).normalize())


def truce_core(r: Mapping[str, Any], violent: ViolentIndex, side_of: Mapping[str, str], when_of: Any = when,
               match_parties: bool = True) -> TruceCore:
    """The :class:`TruceCore` of the truce row ``r``.

    Parameters
    ----------
    r : mapping
        An agreement event (:func:`is_truce`).
    violent : ViolentIndex
        The violent events (at least those at the truce's places).
    side_of : mapping of str to str
        ``actor_id -> side``.
    when_of : callable
        :func:`when` (or a memo of it).
    match_parties : bool

    Returns
    -------
    TruceCore
    """
    eid = _text(r.get("event_id"))
    start, start_approx, start_has_clock, end, end_approx = _truce_times(r)
    place = _text(r.get("place_id"))
    truce_sides = frozenset(_sides(side_of, r.get("actor1_id"), r.get("actor2_id")))
    duration = _float(r.get("duration_hours"))
    if duration is not None and duration > 0:
        planned = duration
    elif end is not None and start is not None:
        planned = (end - start) / pd.Timedelta(hours=1)
    else:
        planned = math.nan

    found: list[tuple[pd.Timestamp, str, str, pd.Timestamp]] = []
    own: pd.Timestamp | None = None
    window = None
    if start is not None:
        article = _text(r.get("article_id"))
        is_article = bool(article) and (_text(r.get("origin")) or "article") == "article"
        # only events at its places whose days can overlap [start day, end day]
        # (an open-ended truce is checked for OPEN_ENDED_WINDOW)
        first_day = start.normalize()
        earliest, last_day = _window(start, end)
        window = (place, earliest, last_day)
        end_day = _end_day(end)  # (the same for every candidate)
        for _ev, w, ev_id, ev_sides, ev_article in violent.candidates(place, first_day, last_day):
            if w.day_to < first_day or ev_id == eid:
                continue
            if match_parties and truce_sides and ev_sides and not ev_sides <= truce_sides:
                continue
            # only an article's own events share its text (curated and ACLED rows are separate reports)
            same_article = is_article and ev_article == article
            kind = _violation_kind(w, start, start_has_clock, end, same_article, first_day, end_day)
            if kind != "no":
                at = w.first if w.first is not None else w.day_from + pd.Timedelta(hours=12)
                found.append((w.first or w.day_from, ev_id, kind, max(at, start)))
                own = w.day_to if own is None else max(own, w.day_to)
        agreed = when_of(r)
        if agreed is not None:
            own = agreed.day_to if own is None else max(own, agreed.day_to)
    found.sort()
    certain = [f for f in found if f[2] != "presumed"]
    first_violation = max(certain[0][0], start) if certain and start is not None else None
    record = {
        "event_id": eid,
        "start": start if start is not None else pd.NaT,
        "end": end if end is not None else pd.NaT,
        "actual_end": pd.NaT,
        "start_approximate": bool(start_approx),
        "end_approximate": bool(end_approx) if end is not None else True,
        "planned_hours": planned,
        "actor1": _text(r.get("actor1")),
        "actor2": _text(r.get("actor2")),
        "mediator": _text(r.get("mediator")),
        "place_id": place or None,
        "location": _text(r.get("location")),
        "status": "",
        "violations": [f[1] for f in found],
        "uncertain_violations": [f[1] for f in found if f[2] == "presumed"],
        "extends": _text(r.get("extends")) or None,
        "status_computed": "",
        "evidence": _text(r.get("evidence")),
        "truce_id": eid,
        "violation_at": [f[3] for f in found],
    }
    return TruceCore(record, truce_sides, _text(r.get("status")), first_violation, own, window)


def latest_day(rows: Iterable[Mapping[str, Any]], when_of: Any = when) -> pd.Timestamp | None:
    """The last day any of ``rows`` covers (its ``date_to``, else its first day); None when none has a date.

    Parameters
    ----------
    rows : iterable of mapping
    when_of : callable
        :func:`when` (or a memo of it).

    Returns
    -------
    Timestamp or None
    """
    horizon: pd.Timestamp | None = None
    for r in rows:
        w = when_of(r)
        if w is not None and (horizon is None or w.day_to > horizon):
            horizon = w.day_to
    return horizon


def extends_owners(rows: Iterable[Mapping[str, Any]], named: set[str]) -> dict[str, str]:
    """For each id of ``named`` (the ids truces ``extends`` as reported: curated rows), the event whose
    ``merged_ids`` hold it (the last of ``rows`` that does): after merging, that row lives in it.

    Parameters
    ----------
    rows : iterable of mapping
    named : set of str

    Returns
    -------
    dict of str to str
    """
    if not named:  # (only the ids some truce extends: every report's id would grow with the articles)
        return {}
    return {m: _text(r.get("event_id")) for r in rows for m in (r.get("merged_ids") or [])
            if isinstance(m, str) and m in named}


def analysis(events: Iterable[Mapping[str, Any]], parents: Mapping[str, str] | None = None, *,
             match_parties: bool = True, sides: Mapping[str, str] | None = None) -> Analysis | None:
    """The truce analysis of ``events`` before its last steps (:func:`complete_analysis`); None when the
    events hold more than :data:`MAX_TRUCES` truces (:func:`analyse` then analyses the latest only).

    Parameters are those of :func:`analyse`.

    Returns
    -------
    Analysis or None
    """
    rows = events if isinstance(events, list) else list(events)
    side_of = actor_sides() if sides is None else sides
    truce_rows = [r for r in rows if is_truce(r)]
    if len(truce_rows) > MAX_TRUCES:
        return None
    when_of = _when_memo()
    horizon = latest_day(rows, when_of)
    violent = ViolentIndex(rows if truce_rows else [], parents or {}, side_of, when_of)
    cores = [truce_core(r, violent, side_of, when_of, match_parties) for r in truce_rows]
    named = frozenset(c.record["extends"] for c in cores if c.record["extends"])
    return Analysis(cores, horizon, named, extends_owners(rows, set(named)))


def _ancestors(place: str, parents: Mapping[str, str]) -> set[str]:
    """``place`` and the places that contain it (following ``parents``; cycle-safe)."""
    out: set[str] = set()
    while place and place not in out:
        out.add(place)
        place = _text(parents.get(place))
    return out


def update_analysis(prior: Analysis, events: list[Mapping[str, Any]], removed: Sequence[Mapping[str, Any]],
                    added: Sequence[Mapping[str, Any]], parents: Mapping[str, str] | None = None, *,
                    sides: Mapping[str, str] | None = None) -> Analysis | None:
    """The :func:`analysis` of ``events`` from that of the events before (``prior``), when the only
    difference is that ``removed`` left and ``added`` came (the same objects as those of ``events``).

    A truce is analysed again when it is one of them, or when one of them is a violent event that may
    fall in its window (its place or one inside it, the days it was looked for); every other truce's
    :class:`TruceCore` is ``prior``'s. The horizon and the owners of the ids truces extend are taken from
    ``prior`` unless the events that left or came may change them (then they are found again).

    Parameters
    ----------
    prior : Analysis
        Of the events before (:func:`analysis` or this function, with ``match_parties`` True).
    events : list of mapping
        All events now.
    removed, added : sequence of mapping
        The events that left and those that came (an event changed is both).
    parents : mapping of str to str, optional
    sides : mapping of str to str, optional

    Returns
    -------
    Analysis or None
        None when it cannot be told this way (more than :data:`MAX_TRUCES` truces, or two truces of
        one id): the caller analyses everything.
    """
    parents = parents or {}
    side_of = actor_sides() if sides is None else sides
    when_of = _when_memo()
    before = {c.record["event_id"]: c for c in prior.cores}
    if len(before) != len(prior.cores):
        return None
    changed = [*removed, *added]
    redo: set[str] = set()
    for ev in changed:
        if is_truce(ev):
            redo.add(_text(ev.get("event_id")))
        if _text(ev.get("event_type")) not in VIOLENT_TYPES:
            continue
        w = when_of(ev)
        if w is None:  # (never a candidate)
            continue
        around = _ancestors(_text(ev.get("place_id")), parents)
        for c in prior.cores:
            if c.window is not None and (not c.window[0] or c.window[0] in around) and \
                    c.window[1] <= w.day_from <= c.window[2]:
                redo.add(c.record["event_id"])
    fresh = {id(ev) for ev in added}
    truce_rows = [r for r in events if is_truce(r)]
    if len(truce_rows) > MAX_TRUCES:
        return None
    todo = [r for r in truce_rows if id(r) in fresh or _text(r.get("event_id")) in redo
            or _text(r.get("event_id")) not in before]
    if len({_text(r.get("event_id")) for r in truce_rows}) != len(truce_rows):
        return None
    violent: ViolentIndex | None = None
    if todo:
        # the violent events at the places of the truces analysed again (all of them when one has no place)
        places: set[str] | None = set()
        children: dict[str, list[str]] = {}
        for child, parent in parents.items():
            children.setdefault(_text(parent), []).append(child)
        for r in todo:
            place = _text(r.get("place_id"))
            if not place:
                places = None
                break
            stack = [place]
            while stack and places is not None:
                p = stack.pop()
                if p not in places:
                    places.add(p)
                    stack += children.get(p, [])
        # and of the days their windows span (the index is then of the few events they may look at)
        spans = [_window(start, end) for start, _, _, end, _ in map(_truce_times, todo) if start is not None]
        rows = []
        if spans:
            lo, hi = min(s[0] for s in spans), max(s[1] for s in spans)
            for r in events:
                if _text(r.get("event_type")) not in VIOLENT_TYPES or \
                        (places is not None and _text(r.get("place_id")) not in places):
                    continue
                first = _day(r.get("date_from")) or _day(r.get("event_date"))  # (its When's first day)
                if first is not None and lo <= first <= hi:
                    rows.append(r)
        violent = ViolentIndex(rows, parents, side_of, when_of)
    again = {id(r) for r in todo}
    cores = [truce_core(r, violent, side_of, when_of) if id(r) in again and violent is not None
             else before[_text(r.get("event_id"))] for r in truce_rows]
    horizon = prior.horizon
    gone = [w.day_to for w in map(when_of, removed) if w is not None]
    if horizon is None or (gone and max(gone) >= horizon):
        horizon = latest_day(events, when_of)
    else:
        came = [w.day_to for w in map(when_of, added) if w is not None]
        horizon = max([horizon, *came])
    named = frozenset(c.record["extends"] for c in cores if c.record["extends"])
    owners = prior.owners
    if named != prior.named or any(isinstance(m, str) and m in named
                                   for ev in changed for m in (ev.get("merged_ids") or [])):
        owners = extends_owners(events, set(named))
    return Analysis(cores, horizon, named, owners)


def complete_analysis(found: Analysis, parents: Mapping[str, str] | None = None) -> list[dict[str, Any]]:
    """The truces table's records of an :class:`Analysis` (:func:`analyse`'s result): each truce's status,
    the chains of extensions, the actual ends and the evidence.

    Parameters
    ----------
    found : Analysis
    parents : mapping of str to str, optional

    Returns
    -------
    list of dict
        As :func:`analyse` gives them (the cores are not changed).
    """
    horizon_end = found.horizon + _DAY if found.horizon is not None else None
    out: list[dict[str, Any]] = []
    sides_of: dict[str, frozenset[str]] = {}
    first_violation: dict[str, pd.Timestamp] = {}
    own_evidence: dict[str, pd.Timestamp] = {}  # the agreement's last day, its violations' last days
    for c in found.cores:
        t = dict(c.record)
        eid = t["event_id"]
        sides_of[eid] = c.sides
        if c.first_violation is not None:
            first_violation[eid] = c.first_violation
        if c.own_evidence is not None:
            own_evidence[eid] = max(own_evidence.get(eid, c.own_evidence), c.own_evidence)
        if t["start"] is pd.NaT:
            status = "unknown"
            log.warning("truce %s has no usable date", eid)
        elif t["violations"]:
            status = "broken"
        elif t["end"] is pd.NaT or horizon_end is None or t["end"] > horizon_end:
            status = "in force"
        else:
            status = "held"
        t["status_computed"] = status
        # an analyst's curated status wins, the computed one is kept
        t["status"] = c.reported if c.reported in ("held", "extended", "broken") else status
        if t["extends"]:  # a curated "extends" names a curated row; after merging, that row lives in some event
            t["extends"] = found.owners.get(t["extends"], t["extends"])
        out.append(t)
    parents = parents or {}
    _chain_extensions(out, sides_of, parents)
    _actual_ends(out, first_violation)
    _chain_roots(out)
    _last_evidence(out, own_evidence)
    out.sort(key=lambda t: (t["start"] is pd.NaT, t["start"] if t["start"] is not pd.NaT else pd.Timestamp(0),
                            t["event_id"]))
    log.debug("%d truces, %d broken", len(out), sum(t["status"] == "broken" for t in out))
    return out


def analyse(events: Iterable[Mapping[str, Any]], parents: Mapping[str, str] | None = None, *,
            match_parties: bool = True, sides: Mapping[str, str] | None = None) -> list[dict[str, Any]]:
    """One record per truce or ceasefire, with its interval, violations and status.

    Parameters
    ----------
    events : iterable of mapping
        Event records (the merged events of a build, or rows of the app's frame). Missing
        optional fields are treated as empty.
    parents : mapping of str to str, optional
        ``place_id -> parent place_id``, used to decide whether an event's place lies
        inside a truce's place. Without it only the truce's own place matches.
    match_parties : bool, default True
        Require the armed actors of a violation to be on the truce's sides (see the module
        docstring). False counts every violent event in time and place.
    sides : mapping of str to str, optional
        ``actor_id -> side``; by default the ``side`` column of the shipped actors table.

    Returns
    -------
    list of dict
        Keys :data:`TRUCE_COLUMNS`: ``event_id``; ``start`` and ``end`` (Timestamps,
        ``end`` NaT when neither a reported end, a clock range nor a duration is known);
        ``actual_end``; ``start_approximate`` (clock guessed from ``part_of_day`` or
        unknown); ``end_approximate``; ``planned_hours`` (``duration_hours``, else the
        planned interval's length, else NaN); ``actor1``, ``actor2``, ``mediator``,
        ``place_id``, ``location``; ``status`` (reported, else computed) and
        ``status_computed`` (``"held"``, ``"broken"``, ``"in force"`` or ``"unknown"``);
        ``violations`` (event ids, in time order); ``uncertain_violations`` (those of them
        counted only by the same-day presumption); ``violation_at`` (for each violation,
        the moment it falls in the truce: its first known moment, or noon of its first day,
        never before the truce's start); ``extends`` (event id of the truce this one
        extends, or None); ``truce_id`` (the first truce of its chain); ``evidence``;
        ``last_evidence`` (the day, see the module docstring; NaT without a usable date) and
        ``evidence_until``. Sorted by start, then event id.
    """
    rows = list(events)
    found = analysis(rows, parents, match_parties=match_parties, sides=sides)
    if found is None:
        # pathological volumes only (real reporting has a few truces a month): keep the latest
        truce_rows = [r for r in rows if is_truce(r)]
        log.warning("%d truces: analysing the %d most recent", len(truce_rows), MAX_TRUCES)
        keep = {id(r) for r in sorted(truce_rows, key=lambda r: _text(r.get("date_from")))[-MAX_TRUCES:]}
        rows = [r for r in rows if not is_truce(r) or id(r) in keep]
        found = analysis(rows, parents, match_parties=match_parties, sides=sides)
        if found is None:  # (cannot be: at most MAX_TRUCES are left)
            return []
    return complete_analysis(found, parents)


def _actual_ends(truces: list[dict[str, Any]], first_violation: Mapping[str, pd.Timestamp]) -> None:
    """Fill ``actual_end`` in place: the first violation of a broken truce; for an extended one,
    the actual end of the last truce in its chain of extensions; else the planned end."""
    by_id = {t["event_id"]: t for t in truces}
    extended_by = {t["extends"]: t["event_id"] for t in truces if t.get("extends")}

    def end_of(t: dict[str, Any], seen: set[str]) -> Any:
        if t["event_id"] in first_violation:
            return first_violation[t["event_id"]]
        nxt = extended_by.get(t["event_id"])
        if nxt and nxt not in seen and nxt in by_id:
            return end_of(by_id[nxt], seen | {nxt})
        return t["end"]

    for t in truces:
        t["actual_end"] = end_of(t, {t["event_id"]})


def _last_evidence(truces: list[dict[str, Any]], own: Mapping[str, pd.Timestamp]) -> None:
    """Fill ``last_evidence`` and ``evidence_until`` in place: a truce's own evidence (``own``: its
    agreement's and its violations' last days), or a later truce's in its chain of extensions (a truce
    extended was reported holding until it was renewed); cycle-safe."""
    by_id = {t["event_id"]: t for t in truces}
    last = {t["event_id"]: own.get(t["event_id"]) for t in truces}
    for t in truces:
        day = own.get(t["event_id"])
        if day is None:
            continue
        seen = {t["event_id"]}
        earlier = by_id.get(t["extends"] or "")
        while earlier is not None and earlier["event_id"] not in seen:
            seen.add(earlier["event_id"])
            if last[earlier["event_id"]] is None or last[earlier["event_id"]] < day:
                last[earlier["event_id"]] = day
            earlier = by_id.get(earlier["extends"] or "")
    untils: dict[Any, Any] = {}  # (truces share their days: each day's end of evidence made once)
    for t in truces:
        day = last[t["event_id"]]
        until = untils[day] if day in untils else untils.setdefault(day, _evidence_until(day))
        t["last_evidence"] = day if day is not None else pd.NaT
        t["evidence_until"] = until if until is not None else pd.NaT


def _chain_roots(truces: list[dict[str, Any]]) -> None:
    """Fill ``truce_id`` in place: the first truce of each chain of extensions (cycle-safe)."""
    by_id = {t["event_id"]: t for t in truces}
    for t in truces:
        root, seen = t, {t["event_id"]}
        while root["extends"] in by_id and root["extends"] not in seen:
            root = by_id[root["extends"]]
            seen.add(root["event_id"])
        t["truce_id"] = root["event_id"]


def _chain_extensions(truces: list[dict[str, Any]], sides_of: Mapping[str, AbstractSet[str]],
                      parents: Mapping[str, str]) -> None:
    """Fill ``extends`` in place (see the module docstring).

    The truces that can be extended are sorted by end; a truce starting at ``s`` looks only
    at those ending in ``[min(s - gap, day of s), max(s + gap, next midnight)]``, the only ends
    the rule accepts.
    """
    ended = sorted((t for t in truces if t["start"] is not pd.NaT and t["end"] is not pd.NaT),
                   key=lambda t: t["end"])
    ends = [t["end"] for t in ended]
    for b in truces:
        if b["start"] is pd.NaT or b["extends"]:  # a reported chain is kept as reported
            continue
        day = b["start"].normalize()
        lo = min(b["start"] - EXTENSION_GAP, day)
        hi = max(b["start"] + EXTENSION_GAP, day + _DAY)
        best: tuple[pd.Timedelta, str] | None = None
        for a in ended[bisect.bisect_left(ends, lo):bisect.bisect_right(ends, hi)]:
            if a is b or not a["start"] < b["start"]:
                continue
            gap = abs(b["start"] - a["end"])
            if gap > EXTENSION_GAP and day != a["end"].normalize():
                continue
            if not _parties_compatible(sides_of[a["event_id"]], sides_of[b["event_id"]]):
                continue
            if not _related(a["place_id"] or "", b["place_id"] or "", parents):
                continue
            if best is None or (gap, a["event_id"]) < best:
                best = (gap, a["event_id"])
        if best is not None:
            b["extends"] = best[1]


# ---------------------------------------------------------------------------------------
# tables
# ---------------------------------------------------------------------------------------

def _empty_truces() -> pd.DataFrame:
    frame = pd.DataFrame({c: pd.Series(dtype=object) for c in TRUCE_COLUMNS})
    for col in _TIMESTAMP_COLUMNS + _DAY_COLUMNS:
        frame[col] = pd.Series(dtype="datetime64[ns]")
    frame["start_approximate"] = pd.Series(dtype=bool)
    frame["end_approximate"] = pd.Series(dtype=bool)
    frame["planned_hours"] = pd.Series(dtype=float)
    return frame


def truces_frame(records: list[dict[str, Any]]) -> pd.DataFrame:
    """The truces table as a DataFrame (:data:`TRUCE_COLUMNS`; times as datetime64, None kept).

    Parameters
    ----------
    records : list of dict
        Output of :func:`analyse`, or the rows of ``build/truces.json`` (ISO times).

    Returns
    -------
    pandas.DataFrame
    """
    if not records:
        return _empty_truces()
    frame = pd.DataFrame(records, columns=TRUCE_COLUMNS)
    for col in _TIMESTAMP_COLUMNS:
        frame[col] = pd.to_datetime(frame[col])
    for col in _DAY_COLUMNS:  # NaT in a table of a build older than them
        frame[col] = pd.to_datetime(frame[col])
    frame["planned_hours"] = pd.to_numeric(frame["planned_hours"]).astype(float)
    frame["violation_at"] = frame["violation_at"].map(lambda v: [pd.Timestamp(x) for x in v or []])
    for col in ("violations", "uncertain_violations"):
        frame[col] = frame[col].map(lambda v: list(v or []))
    for col in ("place_id", "extends"):  # keep None (pandas 3 would infer str with NaN)
        frame[col] = pd.Series([v if isinstance(v, str) and v else None for v in frame[col]], dtype=object)
    return frame.reset_index(drop=True)


def _as_day(value: Any) -> pd.Timestamp:
    return pd.Timestamp(value).normalize()


def lapsed(truces: pd.DataFrame, as_of: Any) -> pd.Series:
    """Whether each truce's status no longer speaks for the day ``as_of``: the day is after its
    ``evidence_until``, it was planned to run past that day (open-ended, or a later end), and it is
    not known to have ended by then (not broken, its ``actual_end`` none or later).

    Parameters
    ----------
    truces : pandas.DataFrame
        The truces table (:func:`truces_frame`); a table without ``evidence_until`` (a build older
        than it) never lapses.
    as_of : str, date or Timestamp
        The day asked about (the app: the last day of the range shown).

    Returns
    -------
    pandas.Series of bool
        Indexed as ``truces``.
    """
    if truces is None or not len(truces) or "evidence_until" not in truces.columns:
        return pd.Series(False, index=getattr(truces, "index", None), dtype=bool)
    until = pd.to_datetime(truces["evidence_until"])
    reported_end = until + _DAY  # the evidence speaks for the whole of its last day
    day = _as_day(as_of)
    end = pd.to_datetime(truces["end"])
    actual = pd.to_datetime(truces["actual_end"])
    status = truces["status"].map(_text)
    out = (until.notna() & (day > until) & (status != "broken")
           & (end.isna() | (end > reported_end)) & (actual.isna() | (actual > reported_end)))
    return out.astype(bool)


def violation_moments(t: Mapping[str, Any]) -> tuple[list[pd.Timestamp], list[pd.Timestamp]]:
    """A truce's violations' moments (its ``violation_at``): the certain ones and all of them, each sorted.

    Parameters
    ----------
    t : mapping
        A row of the truces table (:func:`truces_frame`).
    """
    uncertain = set(t.get("uncertain_violations") or [])
    every, certain = [], []
    for vid, at in zip(t.get("violations") or [], t.get("violation_at") or []):
        if at is None or pd.isna(at):
            continue
        every.append(pd.Timestamp(at))
        if vid not in uncertain:
            certain.append(pd.Timestamp(at))
    return sorted(certain), sorted(every)


def events_verdict(t: Mapping[str, Any]) -> str:
    """What a truce's events say of it when the report says otherwise: ``"broken"`` (a certain violation),
    ``"probably broken"`` (only presumed ones: same day, time unknown), the computed status (``"in force"``,
    ``"held"``) or ``""`` (they agree, or nothing to say)."""
    status = _text(t.get("status")) or "unknown"
    computed = _text(t.get("status_computed"))
    if status == "broken":
        return ""
    certain, every = violation_moments(t)
    if computed == "broken" and every:
        return "broken" if certain else "probably broken"
    return computed if computed and computed not in (status, "unknown") else ""


def status_words(t: Mapping[str, Any], stale: bool = False, *, days: bool = True) -> str:
    """One truce's status in one phrase: what every view says of it (map, Timeline and briefing popups, the
    briefing's Key events, the truce table; the chart's subtitle counts these phrases ``days=False``).

    The report's word and the events' each said as theirs: ``"broken (a violation on 25 Apr 2021)"``;
    ``"reported held; events say broken on 25 Apr 2021"`` (``probably broken`` when its violations are only
    presumed: same day, time unknown); ``"reported held; events say in force"``; ``"held"`` when they agree.
    When ``stale`` (:func:`lapsed` on the day spoken of): ``"no report since 26 Apr 2021 (held until then)"``
    or ``"no report since 26 Apr 2021 (reported held; events say probably broken on 26 Apr 2021)"``.

    Parameters
    ----------
    t : mapping
        A row of the truces table (:func:`truces_frame`).
    stale : bool
        The truce's evidence no longer speaks for the day spoken of.
    days : bool, default True
        Name the violation's day ("on 25 Apr 2021"); False gives the phrase without it ("broken",
        "reported extended; events say broken"), which the chart's subtitle counts. "no report since"
        keeps its day either way.

    Returns
    -------
    str
    """
    status = _text(t.get("status")) or "unknown"
    certain, every = violation_moments(t)
    verdict = events_verdict(t)
    if status == "broken":
        first = (certain or every or [None])[0]
        return f"broken (a violation on {first:%d %b %Y})" if first is not None and days else "broken"
    if verdict in ("broken", "probably broken"):
        on = (certain if verdict == "broken" else every)[0]
        said = f"reported {status}; events say {verdict}" + (f" on {on:%d %b %Y}" if days else "")
    elif verdict and not stale:
        said = f"reported {status}; events say {verdict}"
    else:
        said = status
    if not stale:
        return said
    last = t.get("last_evidence")
    head = f"no report since {pd.Timestamp(last):%d %b %Y}" if last is not None and not pd.isna(last) else "no report since"
    if said == status:
        return f"{head} ({status} until then)" if status != "unknown" else head
    return f"{head} ({said})"


def status_short(t: Mapping[str, Any]) -> str:
    """The last word of :func:`status_words`, for a label a few characters wide (the chart's truce labels):
    the events' ``broken`` or ``probably broken`` when they say so, else the report's status."""
    verdict = events_verdict(t)
    return verdict if verdict in ("broken", "probably broken") else _text(t.get("status")) or "unknown"


def status_as_of(truces: pd.DataFrame, as_of: Any) -> pd.Series:
    """Each truce's :func:`status_words` as it may be said of the day ``as_of`` (``"no report since 26 Apr
    2021 (held until then)"`` when it :func:`lapsed`); ``as_of`` None: as the reports and events say.

    Returns
    -------
    pandas.Series of str
        Indexed as ``truces``.
    """
    if truces is None or not len(truces):
        return pd.Series([], dtype=object)
    stale = lapsed(truces, as_of) if as_of is not None else pd.Series(False, index=truces.index)
    said = [status_words(t, bool(gone)) for t, gone in zip(truces.to_dict("records"), stale)]
    return pd.Series(said, index=truces.index, dtype=object)


def truce_intervals(events: pd.DataFrame | Iterable[Mapping[str, Any]] | None,
                    places: Mapping[str, str] | None = None, *, match_parties: bool = True) -> pd.DataFrame:
    """:func:`analyse` as a DataFrame (:func:`truces_frame`).

    Parameters
    ----------
    events : pandas.DataFrame or iterable of mapping
        Events with the fields of ``build/events.geojson`` (dates as ``YYYY-MM-DD``).
    places : mapping of str to str, optional
        ``place_id -> parent place_id``.
    match_parties : bool, default True

    Returns
    -------
    pandas.DataFrame
    """
    if events is None:
        return _empty_truces()
    rows = events.to_dict("records") if isinstance(events, pd.DataFrame) else list(events)
    return truces_frame(analyse(rows, places, match_parties=match_parties))


def _iso(value: Any) -> str | None:
    if value is None or value is pd.NaT or (isinstance(value, float) and math.isnan(value)):
        return None
    return pd.Timestamp(value).isoformat()


def to_json_records(truces: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The records of :func:`analyse` as JSON-ready dicts (ISO times, null for none or NaN)."""
    out = []
    made: dict[Any, str | None] = {}  # each moment's ISO text, made once (truces share their moments)

    def iso(value: Any) -> str | None:
        if value.__class__ is not pd.Timestamp:
            return _iso(value)
        text = made.get(value)
        if text is None:
            text = made[value] = _iso(value)
        return text

    for t in truces:
        rec = dict(t)
        for col in _TIMESTAMP_COLUMNS:
            rec[col] = iso(rec[col])
        for col in _DAY_COLUMNS:
            text = iso(rec[col])
            rec[col] = text[:10] if text else None
        rec["violation_at"] = [iso(x) for x in rec["violation_at"]]
        if isinstance(rec["planned_hours"], float) and math.isnan(rec["planned_hours"]):
            rec["planned_hours"] = None
        out.append(rec)
    return out


def annotate_events(events: list[Any], truces: list[dict[str, Any]]) -> None:
    """Add ``truce_id`` and ``violates`` to every event record, in place.

    ``truce_id``: on an analysed agreement, the first truce of its chain of extensions (its
    own id when it extends none); empty elsewhere. ``violates``: the ids of the truces the
    event breaks (certain or presumed), in the truces' order; empty for most events.
    """
    root = {t["event_id"]: t["truce_id"] for t in truces}
    broken: dict[str, list[str]] = {}
    for t in truces:
        for vid in t["violations"]:
            broken.setdefault(vid, []).append(t["event_id"])
    for e in events:
        eid = e.get("event_id") or ""
        e["truce_id"] = root.get(eid, "")  # (a merged EventRecord carries both fields from the start)
        e["violates"] = broken.get(eid, [])


def truce_outputs(events: list[Any], parents: Mapping[str, str], *, prior: Analysis | None = None,
                  removed: Sequence[Any] = (), added: Sequence[Any] = (),
                  keep: list[Analysis] | None = None) -> dict[str, bytes]:
    """Build hook: analyse the merged events, annotate them and give ``truces.json``/``truces.csv``.

    Parameters
    ----------
    events : list of dict
        The build's merged events; each gets ``truce_id`` and ``violates`` (in place).
    parents : mapping of str to str
        The gazetteer's ``place_id -> parent``.
    prior : Analysis, optional
        The analysis of the events before (the current build's: :mod:`pipeline.trucestate`), when the
        only difference is ``removed`` and ``added``: only the truces they may change are analysed again
        (:func:`update_analysis`); the files are the same bytes.
    removed, added : sequence of EventRecord
        With ``prior``: the events that left and those that came.
    keep : list, optional
        Gets the :class:`Analysis` the files were made of (none with more than :data:`MAX_TRUCES` truces).

    Returns
    -------
    dict of str to bytes
        ``{"truces.json": ..., "truces.csv": ...}``; lists in the CSV are ``;``-joined.
    """
    from .output import records_csv, to_json_bytes

    found = update_analysis(prior, events, removed, added, parents) if prior is not None else None
    if prior is not None and found is None:
        log.info("truces: the last build's analysis cannot be updated; every truce is analysed")
    if found is None:
        found = analysis(events, parents)
    truces = complete_analysis(found, parents) if found is not None else analyse(events, parents)
    if keep is not None and found is not None:
        keep.append(found)
    annotate_events(events, truces)
    records = to_json_records(truces)
    flat = [{k: ";".join(v) if isinstance(v, list) else v for k, v in r.items()} for r in records]
    return {"truces.json": to_json_bytes(records), "truces.csv": records_csv(flat, TRUCE_COLUMNS)}
