"""Timeline of events and truces: truce intervals, their violations, daily counts and a chart.

The app hands in the events as a :class:`pandas.DataFrame` with the columns of
``build/events.geojson`` (dates as ``YYYY-MM-DD`` strings; ``time_from``/``time_to`` as
``HH:MM`` or empty; ``duration_hours`` a float or null). Nothing here imports streamlit:
:func:`timeline_chart` returns an Altair chart that the app passes to ``st.altair_chart``.

Times are local (Syria, UTC+3) and naive throughout: no time-zone conversion is made.

Truces
------
A truce is an event with ``event_type == "Strategic developments"`` and
``sub_event_type == "Agreement"`` (ACLED codes ceasefires and truces as Agreement).

*Start*. ``date_from`` plus ``time_from`` when the text gave a clock time. Otherwise the
clock time is guessed from ``part_of_day`` (:data:`PART_OF_DAY_CLOCK`: morning 09:00, noon
12:00, afternoon 15:00, evening 19:00, night 22:00, late night 23:30, ...) and
``start_approximate`` is True; with no part of day either, the start is 00:00 of
``date_from`` and ``start_approximate`` is True.

*End*. ``date_to`` plus ``time_to`` when the text gave a clock range (a range that would
end at or before its start runs into the next day: 19:00 -> 10:00 ends the next morning);
else ``start + duration_hours``; else ``NaT`` (open-ended or unknown).

*Violations*. A Battles, Explosions/Remote violence or Violence against civilians event is
a violation of a truce when all of these hold:

1. **Days overlap.** Its ``date_from..date_to`` overlaps the truce's days (the end day is
   the day of ``end``; an open truce never ends). On the end day the clock decides when
   both the event and the end have one.
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
   ``places`` parent mapping); a truce with no place covers every place. An event with no
   place never violates a truce that has one.
4. **Parties** (``match_parties=True``, the default). Every armed actor the event names is
   on one of the truce's sides (:data:`ACTOR_SIDES`: Asayish and AANES count as SDF, the
   NDF as the government). An event that names no armed actor counts; a clash between a
   truce party and a third party (a Turkish drone strike on the SDF during an SDF-NDF
   truce) does not.

*Status*: ``"broken"`` with any violation; otherwise ``"in force"`` when the truce is
open-ended or ends after the last day the data cover (the latest ``date_to`` of any event);
otherwise ``"held"``; ``"unknown"`` when it has no usable date.

*Extensions*. A truce that starts within :data:`EXTENSION_GAP` (2 hours) of another truce's
end, or on the day that truce ends, whose parties are the same or overlap (one side set
contains the other, an unnamed side set matching anything) and whose place is the same,
containing or contained, extends it: its ``extends`` column holds the earlier truce's
``event_id`` (the one whose end is closest to its start).

Daily counts
------------
Each event is counted once, on its ``event_date`` (ACLED practice: an event covering
several days is dated once), not on every day of its range.
"""

from __future__ import annotations

import bisect
import datetime as dt
import logging
import math
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

import altair as alt
import pandas as pd

from mapapp.style import DEFAULT_EVENT, EVENT_STYLE, TRUCE_STATUS_COLORS

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
TRUCE_EVENT_TYPE = "Strategic developments"
TRUCE_SUB_EVENT_TYPE = "Agreement"
#: Event types whose occurrence during a truce breaks it.
VIOLATION_TYPES: tuple[str, ...] = ("Battles", "Explosions/Remote violence", "Violence against civilians")
#: A truce starting this close to another's end (or on its end day) may extend it.
EXTENSION_GAP = pd.Timedelta(hours=2)
#: Actor id -> side, for comparing the parties of truces and events.
ACTOR_SIDES: dict[str, str] = {
    "sdf": "sdf",
    "asayish": "sdf",
    "aanes": "sdf",
    "syrian_government": "syrian_government",
    "ndf": "syrian_government",
}
#: Actor ids that are not armed parties (ignored when matching parties).
NON_COMBATANTS: frozenset[str] = frozenset({"civilians"})
#: Columns of :func:`truce_intervals`, in order.
TRUCE_COLUMNS: list[str] = [
    "event_id", "start", "end", "actual_end", "start_approximate", "end_approximate", "planned_hours",
    "actor1", "actor2", "mediator", "place_id", "location", "status", "violations",
    "uncertain_violations", "extends", "status_computed", "evidence",
]
STATUS_ORDER: list[str] = ["held", "in force", "broken", "unknown"]
#: Most truces analysed in one call (the most recent); each costs a scan of its days' events.
MAX_TRUCES = 2000
#: How long after its start an open-ended ("permanent") truce is checked for violations.
OPEN_ENDED_WINDOW = pd.Timedelta(days=30)
#: Events spanning more days than this before a truce's start are not looked at for it.
LONGEST_EVENT = pd.Timedelta(days=31)
VIOLATION_COLOR = TRUCE_STATUS_COLORS["broken"]

_DAY = pd.Timedelta(days=1)
_CLOCK_RE = re.compile(r"^\s*(\d{1,2}):(\d{2})\s*$")


# ---------------------------------------------------------------------------------------
# cell helpers (the app's frame may hold None, NaN, "" or pd.NA for a missing value)
# ---------------------------------------------------------------------------------------

def _missing(value: Any) -> bool:
    if value is None or value is pd.NA or value is pd.NaT:
        return True
    return isinstance(value, float) and math.isnan(value)


def _text(value: Any) -> str:
    return "" if _missing(value) else str(value).strip()


def _float(value: Any) -> float | None:
    if _missing(value) or value == "":
        return None
    try:
        f = float(value)
    except (TypeError, ValueError):
        return None
    return None if math.isnan(f) else f


def _day(value: Any) -> pd.Timestamp | None:
    """Midnight of a date given as ``YYYY-MM-DD``, date, datetime or Timestamp; None if unusable."""
    if _missing(value) or value == "":
        return None
    try:
        ts = pd.Timestamp(value)
    except (TypeError, ValueError):
        return None
    if ts is pd.NaT:
        return None
    if ts.tzinfo is not None:
        ts = ts.tz_localize(None)
    return ts.normalize()


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


def _column(events: pd.DataFrame, name: str) -> pd.Series:
    if name in events.columns:
        return events[name]
    return pd.Series([None] * len(events), index=events.index, dtype=object)


# ---------------------------------------------------------------------------------------
# when an event happened
# ---------------------------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class _When:
    """Days and, when known, clock moments of one event.

    ``first``/``last`` are the first and last moments the text allows on the clock (exact or
    guessed from the part of day); None when the text gives no time for that end of the range.
    """

    day_from: pd.Timestamp
    day_to: pd.Timestamp
    first: pd.Timestamp | None
    last: pd.Timestamp | None
    exact: bool


def _when(row: Mapping[str, Any]) -> _When | None:
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
    return _When(day_from, day_to, first, last, exact)


def _fmt(ts: pd.Timestamp | None, approximate: bool = False) -> str:
    if ts is None or pd.isna(ts):
        return ""
    text = ts.strftime("%Y-%m-%d %H:%M")
    return f"{text} (approx.)" if approximate else text


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


def _sides(*actor_ids: Any) -> set[str]:
    out: set[str] = set()
    for aid in actor_ids:
        aid = _text(aid)
        if aid and aid not in NON_COMBATANTS:
            out.add(ACTOR_SIDES.get(aid, aid))
    return out


def _parties_compatible(a: set[str], b: set[str]) -> bool:
    """Same or overlapping parties: one side set contains the other (an empty set matches)."""
    return not a or not b or a <= b or b <= a


# ---------------------------------------------------------------------------------------
# truces
# ---------------------------------------------------------------------------------------

def _empty_truces() -> pd.DataFrame:
    frame = pd.DataFrame({c: pd.Series(dtype=object) for c in TRUCE_COLUMNS})
    frame["start"] = pd.Series(dtype="datetime64[ns]")
    frame["end"] = pd.Series(dtype="datetime64[ns]")
    frame["start_approximate"] = pd.Series(dtype=bool)
    frame["end_approximate"] = pd.Series(dtype=bool)
    frame["planned_hours"] = pd.Series(dtype=float)
    return frame


def _is_truce(row: Mapping[str, Any]) -> bool:
    return (_text(row.get("event_type")) == TRUCE_EVENT_TYPE
            and _text(row.get("sub_event_type")) == TRUCE_SUB_EVENT_TYPE)


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


def _violation_kind(ev: _When, start: pd.Timestamp, start_has_clock: bool,
                    end: pd.Timestamp | None, same_article: bool) -> str:
    """``"yes"``, ``"presumed"`` (counted although the order is unknowable) or ``"no"``."""
    start_day = start.normalize()
    if ev.day_to < start_day:
        return "no"
    if end is not None:
        end_day = (end - pd.Timedelta(microseconds=1)).normalize() if end == end.normalize() else end.normalize()
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


def truce_intervals(events: pd.DataFrame, places: dict[str, str] | None = None, *,
                    match_parties: bool = True) -> pd.DataFrame:
    """One row per truce or ceasefire, with its interval, violations and status.

    Parameters
    ----------
    events : pandas.DataFrame
        Events with the columns of ``build/events.geojson`` (dates as ``YYYY-MM-DD``).
        Missing optional columns are treated as empty.
    places : dict of str to str, optional
        ``place_id -> parent place_id``, used to decide whether an event's place lies
        inside a truce's place. Without it only the truce's own place matches.
    match_parties : bool, default True
        Require the armed actors of a violation to be on the truce's sides (see the module
        docstring). False counts every violent event in time and place.

    Returns
    -------
    pandas.DataFrame
        Columns :data:`TRUCE_COLUMNS`: ``event_id``; ``start`` and ``end`` (Timestamps,
        ``end`` NaT when neither a clock range nor a duration is known);
        ``start_approximate`` (clock guessed from ``part_of_day`` or unknown);
        ``end_approximate``; ``planned_hours`` (``duration_hours``, else the clock range's
        length, else NaN); ``actor1``, ``actor2``, ``mediator``, ``place_id``, ``location``;
        ``status`` (``"held"``, ``"broken"``, ``"in force"`` or ``"unknown"``);
        ``violations`` (list of event ids, in time order); ``uncertain_violations`` (those of
        them counted only by the same-day presumption); ``extends`` (event id of the truce
        this one extends, or None); ``evidence``. Sorted by start.
    """
    if events is None or len(events) == 0:
        return _empty_truces()
    rows = events.to_dict("records")
    parents = places or {}
    truce_rows = [r for r in rows if _is_truce(r)]
    if len(truce_rows) > MAX_TRUCES:
        # pathological volumes only (real reporting has a few truces a month): keep the latest
        log.warning("%d truces: analysing the %d most recent", len(truce_rows), MAX_TRUCES)
        keep = {id(r) for r in sorted(truce_rows, key=lambda r: _text(r.get("date_from")))[-MAX_TRUCES:]}
        rows = [r for r in rows if not _is_truce(r) or id(r) in keep]

    horizon: pd.Timestamp | None = None
    for r in rows:
        w = _when(r)
        if w is not None and (horizon is None or w.day_to > horizon):
            horizon = w.day_to
    horizon_end = horizon + _DAY if horizon is not None else None

    violent = []
    for r in rows:
        if _text(r.get("event_type")) in VIOLATION_TYPES:
            w = _when(r)
            if w is None:
                log.debug("event %s has no usable date; not checked as a violation", r.get("event_id"))
                continue
            violent.append((r, w))

    # index: place -> violent events there, by first day (a truce looks only at its places and days)
    violent.sort(key=lambda vw: vw[1].day_from)
    by_place: dict[str, tuple[list[pd.Timestamp], list[tuple[dict, _When, str, frozenset]]]] = {}
    for ev, w in violent:
        days, items = by_place.setdefault(_text(ev.get("place_id")), ([], []))
        days.append(w.day_from)
        items.append((ev, w, _text(ev.get("event_id")), frozenset(_sides(ev.get("actor1_id"), ev.get("actor2_id")))))
    children: dict[str, list[str]] = {}
    for child, parent in parents.items():
        children.setdefault(_text(parent), []).append(child)

    inside_cache: dict[str, list[str]] = {}

    def inside(place: str) -> list[str]:
        """``place`` and its descendants that have violent events (all places when empty)."""
        if place not in inside_cache:
            inside_cache[place] = _inside(place)
        return inside_cache[place]

    def _inside(place: str) -> list[str]:
        if not place:
            return list(by_place)
        out, todo, seen = [], [place], set()
        while todo:
            p = todo.pop()
            if p in seen:
                continue
            seen.add(p)
            if p in by_place:
                out.append(p)
            todo += children.get(p, [])
        return out
    out: list[dict[str, Any]] = []
    sides_of: dict[str, set[str]] = {}
    first_violation: dict[str, pd.Timestamp] = {}
    for r in rows:
        if not _is_truce(r):
            continue
        eid = _text(r.get("event_id"))
        start, start_approx, start_has_clock, end, end_approx = _truce_times(r)
        place = _text(r.get("place_id"))
        sides = _sides(r.get("actor1_id"), r.get("actor2_id"))
        sides_of[eid] = sides
        duration = _float(r.get("duration_hours"))
        if duration is not None and duration > 0:
            planned = duration
        elif end is not None and start is not None:
            planned = (end - start) / pd.Timedelta(hours=1)
        else:
            planned = math.nan

        found: list[tuple[pd.Timestamp, str, str]] = []
        if start is not None:
            article = _text(r.get("article_id"))
            is_article = bool(article) and (_text(r.get("origin")) or "article") == "article"
            # only events at its places whose days can overlap [start day, end day]
            # (an open-ended truce is checked for OPEN_ENDED_WINDOW)
            first_day = start.normalize()
            last_day = (end if end is not None else start + OPEN_ENDED_WINDOW).normalize()
            candidates = []
            for p in inside(place):
                days, items = by_place[p]
                candidates += items[bisect.bisect_left(days, first_day - LONGEST_EVENT):bisect.bisect_right(days, last_day)]
            for ev, w, ev_id, ev_sides in candidates:
                if w.day_to < first_day or ev_id == eid:
                    continue
                if match_parties and sides and ev_sides and not ev_sides <= sides:
                    continue
                # only an article's own events share its text (curated and ACLED rows are separate reports)
                same_article = (is_article and (_text(ev.get("origin")) or "article") == "article"
                                and _text(ev.get("article_id")) == article)
                kind = _violation_kind(w, start, start_has_clock, end, same_article)
                if kind != "no":
                    found.append((w.first or w.day_from, ev_id, kind))
        found.sort()
        certain = [f for f in found if f[2] != "presumed"]
        if certain and start is not None:  # a presumed violation is too unsure to end a truce
            first_violation[eid] = max(certain[0][0], start)

        if start is None:
            status = "unknown"
            log.warning("truce %s has no usable date", eid)
        elif found:
            status = "broken"
        elif end is None or horizon_end is None or end > horizon_end:
            status = "in force"
        else:
            status = "held"
        computed = status
        reported = _text(r.get("status"))  # an analyst's curated status wins, the computed one is kept
        if reported in ("held", "extended", "broken"):
            status = reported
        out.append({
            "event_id": eid,
            "start": start if start is not None else pd.NaT,
            "end": end if end is not None else pd.NaT,
            "start_approximate": bool(start_approx),
            "end_approximate": bool(end_approx) if end is not None else True,
            "planned_hours": planned,
            "actor1": _text(r.get("actor1")),
            "actor2": _text(r.get("actor2")),
            "mediator": _text(r.get("mediator")),
            "place_id": place or None,
            "location": _text(r.get("location")),
            "status": status,
            "violations": [f[1] for f in found],
            "uncertain_violations": [f[1] for f in found if f[2] == "presumed"],
            "extends": _text(r.get("extends")) or None,
            "status_computed": computed,
            "evidence": _text(r.get("evidence")),
        })

    if not out:
        return _empty_truces()
    # curated "extends" name a curated row; after merging, that row lives in some event's merged_ids
    owner = {m: _text(r.get("event_id")) for r in rows for m in (r.get("merged_ids") or []) if isinstance(m, str)}
    for t in out:
        if t["extends"]:
            t["extends"] = owner.get(t["extends"], t["extends"])
    _chain_extensions(out, sides_of, parents)
    _actual_ends(out, first_violation)
    frame = pd.DataFrame(out, columns=TRUCE_COLUMNS)
    frame["start"] = pd.to_datetime(frame["start"])
    frame["end"] = pd.to_datetime(frame["end"])
    frame["actual_end"] = pd.to_datetime(frame["actual_end"])
    frame["planned_hours"] = frame["planned_hours"].astype(float)
    for col in ("place_id", "extends"):  # keep None (pandas 3 would infer str with NaN)
        frame[col] = pd.Series([v if isinstance(v, str) and v else None for v in frame[col]], dtype=object)
    frame = frame.sort_values(["start", "event_id"], na_position="last", kind="stable").reset_index(drop=True)
    log.debug("%d truces, %d broken", len(frame), int((frame["status"] == "broken").sum()))
    return frame


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


def _chain_extensions(truces: list[dict[str, Any]], sides_of: Mapping[str, set[str]],
                      parents: Mapping[str, str]) -> None:
    """Fill ``extends`` in place (see the module docstring)."""
    for b in truces:
        if b["start"] is pd.NaT or b["extends"]:  # a reported chain is kept as reported
            continue
        best: tuple[pd.Timedelta, str] | None = None
        for a in truces:
            if a is b or a["start"] is pd.NaT or a["end"] is pd.NaT or not a["start"] < b["start"]:
                continue
            gap = abs(b["start"] - a["end"])
            if gap > EXTENSION_GAP and b["start"].normalize() != a["end"].normalize():
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
# daily counts
# ---------------------------------------------------------------------------------------

def _window(date_from: Any, date_to: Any, days: Iterable[pd.Timestamp]) -> tuple[pd.Timestamp, pd.Timestamp]:
    """Inclusive first and last day; missing bounds come from ``days``, else today."""
    days = [d for d in days if d is not None and not pd.isna(d)]
    lo = _day(date_from) or (min(days) if days else None)
    hi = _day(date_to) or (max(days) if days else None)
    today = pd.Timestamp(dt.date.today())
    lo = lo if lo is not None else (hi if hi is not None else today)
    hi = hi if hi is not None else lo
    if hi < lo:
        log.warning("timeline window ends (%s) before it starts (%s); swapping", hi.date(), lo.date())
        lo, hi = hi, lo
    return lo, hi


def _event_days(events: pd.DataFrame) -> pd.Series:
    day = pd.to_datetime(_column(events, "event_date"), errors="coerce", format="mixed")
    fallback = pd.to_datetime(_column(events, "date_from"), errors="coerce", format="mixed")
    return day.fillna(fallback).dt.normalize()


def daily_counts(events: pd.DataFrame, date_from: Any = None, date_to: Any = None) -> pd.DataFrame:
    """Number of events per day and event type inside a window.

    Each event is counted once, on its ``event_date`` (``date_from`` when that is missing),
    as ACLED does; an event spanning several days is not spread over them.

    Parameters
    ----------
    events : pandas.DataFrame
        Events with ``event_date`` (``YYYY-MM-DD``) and ``event_type``.
    date_from, date_to : str, date or Timestamp, optional
        First and last day of the window, inclusive. Missing bounds are the data's first
        and last days.

    Returns
    -------
    pandas.DataFrame
        Columns ``day`` (datetime64), ``event_type`` (str) and ``count`` (int), one row per
        day and type that has events, sorted by day then type. The counts sum to the number
        of events dated inside the window.
    """
    empty = pd.DataFrame({"day": pd.Series(dtype="datetime64[ns]"), "event_type": pd.Series(dtype=object),
                          "count": pd.Series(dtype="int64")})
    if events is None or len(events) == 0:
        return empty
    days = _event_days(events)
    undated = int(days.isna().sum())
    if undated:
        log.info("%d events without a usable event_date are not counted", undated)
    lo, hi = _window(date_from, date_to, days.dropna().tolist())
    frame = pd.DataFrame({"day": days, "event_type": _column(events, "event_type").map(_text).replace("", "Other")})
    frame = frame[frame["day"].notna() & (frame["day"] >= lo) & (frame["day"] <= hi)]
    if frame.empty:
        return empty
    counts = frame.groupby(["day", "event_type"], sort=True).size().rename("count").reset_index()
    counts["day"] = counts["day"].astype("datetime64[ns]")
    counts["count"] = counts["count"].astype("int64")
    return counts


# ---------------------------------------------------------------------------------------
# chart
# ---------------------------------------------------------------------------------------

def _alt_datetime(ts: pd.Timestamp) -> alt.DateTime:
    return alt.DateTime(year=ts.year, month=ts.month, date=ts.day, hours=ts.hour, minutes=ts.minute)


def _message_chart(message: str, width: Any = "container", height: int = 220) -> alt.LayerChart:
    data = pd.DataFrame({"message": [message]})
    text = alt.Chart(data).mark_text(fontSize=14, color="#555555").encode(text="message:N")
    return alt.layer(text).properties(width=width, height=height,
                                      autosize=alt.AutoSizeParams(type="fit-x", contains="padding"))


def _type_style(event_type: str) -> dict[str, str]:
    return EVENT_STYLE.get(event_type, DEFAULT_EVENT)


def _bar_layer(counts: pd.DataFrame, x_scale: alt.Scale) -> alt.Chart:
    data = counts.copy()
    data["x"] = data["day"] + pd.Timedelta(hours=2)
    data["x2"] = data["day"] + pd.Timedelta(hours=22)
    data["day_text"] = data["day"].dt.strftime("%a %d %b %Y")
    data["type_label"] = data["event_type"].map(lambda t: _type_style(t)["label"])
    known = [t for t in EVENT_STYLE if t in set(data["event_type"])]
    others = sorted(set(data["event_type"]) - set(known))
    order = known + others
    domain = [_type_style(t)["label"] for t in order]
    colors = [_type_style(t)["color"] for t in order]
    # stacked by hand: with x and x2 both set, Vega-Lite would not stack the bars itself
    data["stack_order"] = data["event_type"].map({t: i for i, t in enumerate(order)})
    data = data.sort_values(["day", "stack_order"], kind="stable")
    data["y1"] = data.groupby("day")["count"].cumsum()
    data["y0"] = data["y1"] - data["count"]
    return alt.Chart(data).mark_bar(clip=True).encode(
        x=alt.X("x:T", scale=x_scale, title=None, axis=alt.Axis(format="%d %b", labelAngle=0, tickCount={"interval": "day", "step": 1})),
        x2="x2:T",
        y=alt.Y("y0:Q", title="Events per day", scale=alt.Scale(domainMin=0), axis=alt.Axis(tickMinStep=1)),
        y2="y1:Q",
        color=alt.Color("type_label:N", scale=alt.Scale(domain=domain, range=colors),
                        legend=alt.Legend(title="Event type", orient="bottom", labelLimit=0)),
        tooltip=[alt.Tooltip("day_text:N", title="Day"), alt.Tooltip("type_label:N", title="Event type"),
                 alt.Tooltip("count:Q", title="Events")],
    )


def _truce_frame(truces: pd.DataFrame, lo: pd.Timestamp, hi_end: pd.Timestamp) -> pd.DataFrame:
    rows = []
    for t in truces.to_dict("records"):
        start = t.get("start")
        if start is None or pd.isna(start):
            continue
        end = t.get("end")
        open_ended = end is None or pd.isna(end)
        shown_end = hi_end if open_ended else min(end, hi_end)
        if shown_end <= lo or start >= hi_end:
            continue
        parties = " – ".join(p for p in (_text(t.get("actor1")), _text(t.get("actor2"))) if p)
        violations = t.get("violations") or []
        rows.append({
            "x": max(start, lo),
            "x2": max(shown_end, start + pd.Timedelta(hours=1)),
            "status": _text(t.get("status")) or "unknown",
            "truce": _text(t.get("event_id")),
            "parties": parties or "(not named)",
            "mediator": _text(t.get("mediator")) or "—",
            "start_text": _fmt(start, bool(t.get("start_approximate"))),
            "end_text": "open-ended / not stated" if open_ended else _fmt(end, bool(t.get("end_approximate"))),
            "location": _text(t.get("location")) or "(any place)",
            "extends": _text(t.get("extends")) or "—",
            "violations_text": ", ".join(violations) if len(violations) else "none",
            "evidence": _text(t.get("evidence")),
        })
    return pd.DataFrame(rows)


_TRUCE_TOOLTIP = [
    alt.Tooltip("status:N", title="Truce status"),
    alt.Tooltip("parties:N", title="Parties"),
    alt.Tooltip("mediator:N", title="Mediator"),
    alt.Tooltip("start_text:N", title="Start"),
    alt.Tooltip("end_text:N", title="End"),
    alt.Tooltip("location:N", title="Place"),
    alt.Tooltip("extends:N", title="Extends"),
    alt.Tooltip("violations_text:N", title="Violations"),
    alt.Tooltip("evidence:N", title="Evidence"),
    alt.Tooltip("truce:N", title="Event id"),
]


def _truce_layers(bands: pd.DataFrame, x_scale: alt.Scale) -> list[alt.Chart]:
    statuses = [s for s in STATUS_ORDER if s in set(bands["status"])] + sorted(
        set(bands["status"]) - set(STATUS_ORDER))
    scale = alt.Scale(domain=statuses, range=[TRUCE_STATUS_COLORS.get(s, TRUCE_STATUS_COLORS["unknown"])
                                              for s in statuses])
    x = alt.X("x:T", scale=x_scale, title=None)
    band = alt.Chart(bands).mark_rect(opacity=0.18, clip=True).encode(
        x=x, x2="x2:T",
        color=alt.Color("status:N", scale=scale, legend=alt.Legend(title="Truce", orient="bottom", labelLimit=0)),
        tooltip=_TRUCE_TOOLTIP,
    )
    strip = alt.Chart(bands).mark_rect(opacity=0.9, clip=True).encode(
        x=x, x2="x2:T", y=alt.value(0), y2=alt.value(7),
        color=alt.Color("status:N", scale=scale, legend=None),
        tooltip=_TRUCE_TOOLTIP,
    )
    return [band, strip]


def _violation_frame(events: pd.DataFrame, truces: pd.DataFrame, lo: pd.Timestamp,
                     hi_end: pd.Timestamp) -> pd.DataFrame:
    if "violations" not in truces.columns or "event_id" not in events.columns:
        return pd.DataFrame()
    by_id = {_text(r.get("event_id")): r for r in events.to_dict("records")}
    rows = []
    for t in truces.to_dict("records"):
        start = t.get("start")
        uncertain = set(t.get("uncertain_violations") or [])
        for vid in t.get("violations") or []:
            ev = by_id.get(vid)
            if ev is None:
                continue
            w = _when(ev)
            if w is None:
                continue
            at = w.first if w.first is not None else w.day_from + pd.Timedelta(hours=12)
            if start is not None and not pd.isna(start) and at < start:
                at = start  # the part of the event that falls inside the truce
            if not lo <= at < hi_end:
                continue
            actors = " – ".join(a for a in (_text(ev.get("actor1")), _text(ev.get("actor2"))) if a)
            rows.append({
                "x": at,
                "violation": vid,
                "truce": _text(t.get("event_id")),
                "when": (f"{w.day_from.date()}" if w.day_to == w.day_from else f"{w.day_from.date()} – {w.day_to.date()}")
                        + (f" {_text(ev.get('time_from')) or _text(ev.get('part_of_day'))}".rstrip()),
                "what": " / ".join(p for p in (_text(ev.get("event_type")), _text(ev.get("sub_event_type"))) if p),
                "actors": actors or "(not named)",
                "location": _text(ev.get("location")),
                "fatalities": _text(ev.get("fatalities")) or "0",
                "certainty": "presumed (same day, time unknown)" if vid in uncertain else "after the truce start",
                "evidence": _text(ev.get("evidence")),
            })
    return pd.DataFrame(rows)


def _violation_layers(marks: pd.DataFrame, x_scale: alt.Scale) -> list[alt.Chart]:
    tooltip = [
        alt.Tooltip("violation:N", title="Violation"),
        alt.Tooltip("truce:N", title="Of truce"),
        alt.Tooltip("when:N", title="When"),
        alt.Tooltip("what:N", title="Event"),
        alt.Tooltip("actors:N", title="Actors"),
        alt.Tooltip("location:N", title="Place"),
        alt.Tooltip("fatalities:N", title="Fatalities"),
        alt.Tooltip("certainty:N", title="Timing"),
        alt.Tooltip("evidence:N", title="Evidence"),
    ]
    x = alt.X("x:T", scale=x_scale, title=None)
    rule = alt.Chart(marks).mark_rule(color=VIOLATION_COLOR, strokeWidth=2, strokeDash=[4, 2], clip=True).encode(
        x=x, tooltip=tooltip)
    point = alt.Chart(marks).mark_point(shape="triangle-down", filled=True, size=90, color=VIOLATION_COLOR,
                                        opacity=1, clip=True).encode(x=x, y=alt.value(12), tooltip=tooltip)
    return [rule, point]


def timeline_chart(events: pd.DataFrame, truces: pd.DataFrame | None = None, date_from: Any = None,
                   date_to: Any = None, *, height: int = 220) -> alt.LayerChart:
    """Events per day, stacked by type, with truce intervals and their violations.

    Parameters
    ----------
    events : pandas.DataFrame
        Events as in :func:`daily_counts`; violations are looked up here by ``event_id``.
    truces : pandas.DataFrame, optional
        Output of :func:`truce_intervals`. None or empty draws no truces.
    date_from, date_to : str, date or Timestamp, optional
        First and last day shown (inclusive); the x axis is exactly this window. Missing
        bounds are the data's first and last days.
    height : int, default 220
        Height in pixels; the width follows the container.

    Returns
    -------
    altair.LayerChart
        Layers: truce bands (translucent, full height, coloured by status from
        ``TRUCE_STATUS_COLORS``) and a status strip along the top; stacked daily bars
        coloured from ``EVENT_STYLE``; a dashed rule and a marker for each violation. The
        subtitle says when the window has no events or no truces. Never raises: on an
        unexpected error the chart is a message instead (and the error is logged).
    """
    try:
        return _timeline_chart(events, truces, date_from, date_to, height)
    except Exception:  # the timeline must never take the app down
        log.exception("timeline chart failed")
        return _message_chart("Timeline unavailable (see the log).", height=height)


def _timeline_chart(events: pd.DataFrame | None, truces: pd.DataFrame | None, date_from: Any, date_to: Any,
                    height: int) -> alt.LayerChart:
    events = events if events is not None else pd.DataFrame()
    truces = truces if truces is not None else _empty_truces()
    data_days = _event_days(events).dropna().tolist() if len(events) else []
    if len(truces) and "start" in truces.columns:
        data_days += [pd.Timestamp(s).normalize() for s in truces["start"].dropna()]
    lo, hi = _window(date_from, date_to, data_days)
    hi_end = hi + _DAY
    x_scale = alt.Scale(domain=[_alt_datetime(lo), _alt_datetime(hi_end)])

    counts = daily_counts(events, lo, hi)
    bands = _truce_frame(truces, lo, hi_end) if len(truces) else pd.DataFrame()
    marks = _violation_frame(events, truces, lo, hi_end) if len(bands) else pd.DataFrame()

    layers: list[alt.Chart] = []
    if len(bands):
        layers += _truce_layers(bands, x_scale)
    if len(counts):
        layers.append(_bar_layer(counts, x_scale))
    else:
        # an empty axis over the window, and the message in the middle
        frame = pd.DataFrame({"x": [lo, hi_end], "count": [0, 1]})
        layers.append(alt.Chart(frame).mark_point(opacity=0).encode(
            x=alt.X("x:T", scale=x_scale, title=None, axis=alt.Axis(format="%d %b", labelAngle=0)),
            y=alt.Y("count:Q", title="Events per day", scale=alt.Scale(domain=[0, 1]))))
        note = pd.DataFrame({"message": ["No events in this period"], "x": [lo + (hi_end - lo) / 2]})
        layers.append(alt.Chart(note).mark_text(fontSize=14, color="#555555").encode(
            text="message:N", x=alt.X("x:T", scale=x_scale, title=None), y=alt.value(height / 2)))
    if len(marks):
        layers += _violation_layers(marks, x_scale)

    n_events = int(counts["count"].sum()) if len(counts) else 0
    n_truces = len(bands)
    n_broken = int((bands["status"] == "broken").sum()) if n_truces else 0
    parts = [f"{n_events} event{'s' if n_events != 1 else ''}" if n_events else "No events in this period"]
    if n_truces:
        parts.append(f"{n_truces} truce{'s' if n_truces != 1 else ''} ({n_broken} broken)")
    else:
        parts.append("no truces in this period")
    title = alt.TitleParams(f"Events per day and truces, {lo:%d %b %Y} – {hi:%d %b %Y}",
                            subtitle=", ".join(parts), anchor="start", fontSize=13)
    # fit the width to the container but keep ``height`` for the plot itself (legends below it
    # would otherwise eat into it)
    chart = alt.layer(*layers).properties(width="container", height=height, title=title,
                                          autosize=alt.AutoSizeParams(type="fit-x", contains="padding"))
    return chart.resolve_scale(color="independent")
