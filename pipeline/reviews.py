"""Analysts' review decisions on extracted events (``curated/reviews.csv``) and how the build applies them.

Every event the pipeline extracts from an article starts ``unreviewed``. An analyst
confirms it, corrects it (with, optionally, where the new values come from), rejects it (with a
reason) or merges it into another event, and
restores a rejected one with a later ``restore`` row (never by editing the rejection); each
decision is one row of ``curated/reviews.csv`` (schema in ``curated/README.md``)::

    event_id,decision,changes,merged_into,reason,reviewed_by,reviewed_at

The file is a history: rows are only ever appended (:func:`record_decision`, which the app
uses), and the last row for an event is the decision in force. The article and the shipped
data are never edited. Event ids are stable while the sentence is the same
(:mod:`pipeline.ids`), so a decision survives rebuilds and rule changes; a decision whose
event no longer exists is an *orphan*, reported with its line (never dropped silently).

The build (:func:`apply_reviews`, before reports are merged) gives every event a
``review_status``:

- ``unreviewed``: no decision yet;
- ``confirmed``: the analyst checked it as extracted;
- ``corrected``: some fields changed (``changes``), or merged into another event (it then
  takes that event's type, dates, place and actors, so the two are one event with two
  reports); the extracted values are kept in ``extracted`` (field -> value as extracted);
- ``rejected``: not an event; it leaves ``events.geojson`` (and so the map and the exports)
  and is listed in ``reviews.json`` with the reason;
- ``unreviewed`` again after ``restore``: the analyst takes back an earlier decision (typically a
  rejection); the event is back on the map and in the queue as extracted, with who restored it
  and when (``reviewed_by``, ``reviewed_at``, ``review_reason``); the earlier rows stay;
- ``confirmed`` after ``restore`` of an event the sentence model set aside
  (:mod:`pipeline.screening`: the rules made it, its sentence reads as no new event, so it is not
  drawn): the analyst overrules the model; the event joins its article's events before merging,
  as the rules made it (its ``rule`` names their trigger and pattern), with who and when and a
  ``review_reason`` that says it was restored from the set-aside list (and its sentence score).
  A later decision on it applies as on any event (a ``reject`` sets it aside again); a decision
  on a set-aside event that was never restored is reported, not applied;
- ``confirmed`` after ``add``: an event an analyst read in a sentence no rule read (:mod:`pipeline.unread`:
  the sentence model scores it as telling an event, and no event comes from it; the Articles view
  lists it). The ``add`` row's ``changes`` give every field the event needs (``event_type``,
  ``sub_event_type``, ``date_from``, ``date_to``, ``place_id``; actors and tolls when known); its
  ``event_id`` is the sentence's (``unread`` item's ``event_id``), or that id with ``-2``, ``-3``…
  for a further event of the same sentence. The event joins its article's events before merging,
  with the sentence as its evidence, ``rule`` :data:`ADDED_RULE`, ``confidence`` ``high``, and who
  added it and when; later decisions on it apply as on any event. When the sentence is no longer
  listed as unread (the rules now make an event from it, the sentence model changed, or the article
  is gone), the row is reported as an orphan, with what to do, and the event is not drawn; the row
  stays in the file;
- ``curated``: analysts' rows and ACLED imports (``curated/events.csv``, ``curated/acled``),
  which are reviewed by construction.

Run ``python -m pipeline.reviews [reviews.csv] [--geo geo]`` to check the file.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .acled_vocab import ACLED_TAXONOMY
from .actors import Actor
from .cells import day
from .csvio import COUNT_RE, clip, csv_line, ends_line, read_csv, read_for_append
from .datemath import implausible
from .errors import InputError
from .files import folder_lock
from .gazetteer import Gazetteer
from .output import atomic_write
from .schema import make_record

ROOT = Path(__file__).resolve().parent.parent
REVIEWS_CSV = ROOT / "curated" / "reviews.csv"
#: Columns of ``curated/reviews.csv``, in order.
COLUMNS = ("event_id", "decision", "changes", "merged_into", "reason", "reviewed_by", "reviewed_at")
#: Decision -> the ``review_status`` it gives.
DECISIONS = {"confirm": "confirmed", "correct": "corrected", "reject": "rejected", "merge": "corrected",
             "restore": "unreviewed", "add": "confirmed"}
#: The fields an ``add`` decision must give (the event's type, days and place).
NEEDED_TO_ADD = ("event_type", "sub_event_type", "date_from", "date_to", "place_id")
#: The ``rule`` of an event an analyst added from an unread sentence.
ADDED_RULE = "analyst:added"
#: What ``review_reason`` says of an event an analyst added (before the analyst's reason).
ADDED_REASON = "added by an analyst from a sentence no rule read"
_ADDED_ID = re.compile(r"(.+)-([0-9]+)")
STATUSES = ("unreviewed", "confirmed", "corrected", "rejected", "curated")
#: Fields a correction may change, in the order they are written.
CORRECTABLE = ("event_type", "sub_event_type", "date_from", "date_to", "place_id", "actor1_id", "actor2_id",
               "fatalities", "injuries")
#: The ``changes`` value that says a toll is not reported (``injuries=not reported``: no figure, the popup,
#: briefing and exports say none; ``fatalities=not reported``: 0, as ACLED and curated rows code a toll that
#: none reported). The app writes it for an emptied Injuries field (an emptied Fatalities field as ``fatalities=0``);
#: an empty ``injuries=`` (older rows) means the same.
NOT_REPORTED = "not reported"
#: Fields a merge copies from the event it merges into (so that the two are one event).
MERGE_FIELDS = ("event_type", "sub_event_type", "date_from", "date_to", "place_id", "actor1_id", "actor2_id")
_DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_ALL_SUBTYPES = {s for subs in ACLED_TAXONOMY.values() for s in subs}


class ReviewError(InputError):
    """A bad or orphan row of ``curated/reviews.csv`` (file and line)."""


@dataclass(frozen=True, slots=True)
class Review:
    """One decision (one row of ``curated/reviews.csv``).

    Attributes
    ----------
    event_id : str
        The extracted event's id (``<article>-e<hash>``).
    decision : str
        ``confirm``, ``correct``, ``reject``, ``merge``, ``restore`` (takes back the earlier
        decision: the event is shown again, as extracted and unreviewed) or ``add`` (an event read
        in a sentence no rule read).
    changes : dict
        Field -> new value (strings; ints for ``fatalities``/``injuries``, None for
        ``injuries`` not reported: :data:`NOT_REPORTED`): only the fields that changed; for
        ``add``, the event's fields (at least :data:`NEEDED_TO_ADD`).
    merged_into : str
        For ``merge``: the event it is a report of (an extracted id, or ``cur-<id>``).
    reason : str
        Why (required to reject; for a correction, optional: where its new values come from, which the
        app asks for).
    reviewed_by, reviewed_at : str
        Who and when (``YYYY-MM-DDTHH:MM[:SS][+00:00]``).
    line : int
        1-based line in the file.
    """

    event_id: str
    decision: str
    changes: dict = field(default_factory=dict)
    merged_into: str = ""
    reason: str = ""
    reviewed_by: str = ""
    reviewed_at: str = ""
    line: int = 0

    @property
    def status(self) -> str:
        """The ``review_status`` this decision gives (to an event the rules drew; a ``restore`` of a
        set-aside event gives ``confirmed``: :func:`apply_reviews`)."""
        return DECISIONS[self.decision]


def parse_changes(text: str) -> dict[str, str]:
    """``"fatalities=3; place_id=tayy"`` -> ``{"fatalities": "3", "place_id": "tayy"}`` (unchecked).

    Raises
    ------
    ValueError
        A part without ``=`` or a field named twice.
    """
    out: dict[str, str] = {}
    for part in text.split(";"):
        if not part.strip():
            continue
        if "=" not in part:
            raise ValueError(f"change {part.strip()!r} is not field=value")
        k, v = part.split("=", 1)
        k = k.strip()
        if k in out:
            raise ValueError(f"field {k!r} changed twice")
        out[k] = v.strip()
    return out


def format_changes(changes: Mapping[str, Any]) -> str:
    """The ``changes`` cell for ``changes`` (fields in :data:`CORRECTABLE` order); a toll of None (not
    reported) is written :data:`NOT_REPORTED`, an id of None (none) empty."""

    def cell(k: str, v: Any) -> str:
        if v is None:
            return NOT_REPORTED if k in ("fatalities", "injuries") else ""
        return str(v)

    return "; ".join(f"{k}={cell(k, changes[k])}" for k in CORRECTABLE if k in changes)


def check_changes(raw: Mapping[str, str], gazetteer: Gazetteer, actors: Mapping[str, Actor]) -> tuple[dict, list[str]]:
    """Validate and convert a correction's values.

    Returns
    -------
    (dict, list of str)
        The converted changes and the problems (each saying what to fix).
    """
    out: dict[str, Any] = {}
    problems = []
    for k, v in raw.items():
        if k not in CORRECTABLE:
            problems.append(f"field {k!r} cannot be corrected here; correctable: {', '.join(CORRECTABLE)}")
        elif k == "event_type":
            if v not in ACLED_TAXONOMY:
                problems.append(f"event_type {v!r} is not an ACLED event type")
            out[k] = v
        elif k == "sub_event_type":
            if v not in _ALL_SUBTYPES:
                problems.append(f"sub_event_type {v!r} is not an ACLED sub-event type")
            out[k] = v
        elif k in ("date_from", "date_to"):
            try:
                if not _DATE_RE.match(v):
                    raise ValueError
                why = implausible(dt.date.fromisoformat(v))
                if why:
                    problems.append(f"{k} {why}")
            except ValueError:
                problems.append(f"{k} must be a date YYYY-MM-DD, not {clip(v)}")
            out[k] = v
        elif k == "place_id":
            if v not in gazetteer.places:
                problems.append(f"place_id {v!r} is not in the gazetteer (add it there first)")
            out[k] = v
        elif k in ("actor1_id", "actor2_id"):
            if v and v not in actors:
                problems.append(f"{k} {v!r} is not in pipeline/data/actors.csv")
            out[k] = v
        elif k == "fatalities":
            if v.lower() == NOT_REPORTED:  # coded 0, as ACLED and curated rows code a toll none reported
                out[k] = 0
            elif not COUNT_RE.fullmatch(v):  # as curated rows and ACLED exports: a typo of 11 digits is no toll
                problems.append(f"fatalities must be a whole number >= 0 of at most 7 digits or "
                                f"{NOT_REPORTED!r}, not {clip(v)}")
            else:
                out[k] = int(v)
        elif k == "injuries":
            if not v or v.lower() == NOT_REPORTED:  # (empty: older rows' way of saying it)
                out[k] = None
            elif not COUNT_RE.fullmatch(v):
                problems.append(f"injuries must be a whole number >= 0 of at most 7 digits or {NOT_REPORTED!r} "
                                f"(or empty), not {clip(v)}")
            else:
                out[k] = int(v)
    if "date_from" in out and "date_to" in out and not problems and out["date_from"] > out["date_to"]:
        problems.append(f"date_from {out['date_from']} is after date_to {out['date_to']}")
    if "event_type" in out and "sub_event_type" in out and out["event_type"] in ACLED_TAXONOMY \
            and out["sub_event_type"] not in ACLED_TAXONOMY[out["event_type"]]:
        problems.append(f"sub_event_type {out['sub_event_type']!r} is not a sub-event type of {out['event_type']!r}")
    return out, problems


def _stamp_ok(s: str) -> bool:
    try:
        dt.datetime.fromisoformat(s)
    except ValueError:
        return False
    return bool(_DATE_RE.match(s[:10])) and "T" in s


def check_row(values: Mapping[str, str], gazetteer: Gazetteer, actors: Mapping[str, Actor],
              line: int = 0) -> tuple[Review | None, list[str]]:
    """Validate one row's values (the checks :func:`load_reviews` and :func:`record_decision` make).

    Returns
    -------
    (Review or None, list of str)
        The decision, or None with the problems.
    """
    v = {k: (values.get(k) or "").strip() for k in COLUMNS}
    problems = []
    if not v["event_id"]:
        problems.append("event_id is empty")
    if v["decision"] not in DECISIONS:
        problems.append(f"decision must be one of {', '.join(DECISIONS)}, not {v['decision']!r}")
    changes: dict = {}
    if v["changes"]:
        try:
            raw = parse_changes(v["changes"])
        except ValueError as e:
            problems.append(str(e))
        else:
            changes, bad = check_changes(raw, gazetteer, actors)
            problems += bad
    if v["decision"] == "correct" and not v["changes"]:
        problems.append("a correction needs changes (field=value; ...)")
    if v["decision"] == "add" and not problems:
        lacking = [k for k in NEEDED_TO_ADD if not changes.get(k)]
        if lacking:
            problems.append(f"an added event needs {', '.join(lacking)} in changes (field=value; ...)")
    if v["decision"] not in ("correct", "add") and v["changes"]:
        problems.append(f"changes are only for decisions 'correct' and 'add', not {v['decision']!r}")
    if v["decision"] == "merge" and not v["merged_into"]:
        problems.append("a merge needs merged_into (the event it is a report of)")
    if v["decision"] != "merge" and v["merged_into"]:
        problems.append("merged_into is only for decision 'merge'")
    if v["decision"] == "merge" and v["merged_into"] == v["event_id"]:
        problems.append("an event cannot be merged into itself")
    if v["decision"] == "reject" and not v["reason"]:
        problems.append("a rejection needs a reason")
    if not v["reviewed_by"]:
        problems.append("reviewed_by is empty (who decided)")
    if not _stamp_ok(v["reviewed_at"]):
        problems.append(f"reviewed_at must be a date-time YYYY-MM-DDTHH:MM[:SS], not {clip(v['reviewed_at'])}")
    elif implausible(dt.date.fromisoformat(v["reviewed_at"][:10])):  # a decision made in 2099 or 1921
        problems.append(f"reviewed_at {implausible(dt.date.fromisoformat(v['reviewed_at'][:10]))}")
    if problems:
        return None, problems
    return Review(v["event_id"], v["decision"], changes, v["merged_into"], v["reason"], v["reviewed_by"],
                  v["reviewed_at"], line), []


def load_reviews(path: str | Path, gazetteer: Gazetteer,
                 actors: Mapping[str, Actor]) -> tuple[list[Review], list[ReviewError]]:
    """Read and validate ``curated/reviews.csv``; bad rows are reported and skipped.

    Parameters
    ----------
    path : str or Path
    gazetteer : Gazetteer
    actors : dict of id -> Actor

    Returns
    -------
    (list of Review, list of ReviewError)
        Every good row in file order (a later row for the same event supersedes an
        earlier one), and the problems with their lines. A missing file is no decision.
    """
    path = Path(path)
    if not path.exists():
        return [], []
    header, rows, errors = read_csv(path, ReviewError)
    if header and tuple(header) != COLUMNS:
        return [], [ReviewError(path, f"header must be {','.join(COLUMNS)}", 1)]
    out = []
    for line, values in rows:
        review, problems = check_row(values, gazetteer, actors, line)
        if review is None:
            errors.extend(ReviewError(path, f"{p} (row skipped)", line) for p in problems)
        else:
            out.append(review)
    return out, list(errors)


def now_iso() -> str:
    """UTC time, to the second, for ``reviewed_at``."""
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


def _iso_day(value: Any) -> str | None:
    """``YYYY-MM-DD`` of a date cell, or None when it is missing or not a date (never ``'nan'``)."""
    d = day(value)
    return None if d is None else d.date().isoformat()


def record_decision(path: str | Path, event_id: str, decision: str, *, reviewed_by: str, gazetteer: Gazetteer,
                    actors: Mapping[str, Actor], changes: Mapping[str, Any] | None = None, merged_into: str = "",
                    reason: str = "", reviewed_at: str = "", event: Mapping[str, Any] | None = None) -> int:
    """Append one decision to ``curated/reviews.csv`` (validated first; the file written atomically).

    Parameters
    ----------
    path : str or Path
        ``curated/reviews.csv`` (created with its header when missing).
    event_id, decision : str
    reviewed_by : str
    gazetteer, actors
        To check the changes against.
    changes : dict, optional
        Field -> new value, for ``correct``.
    merged_into, reason, reviewed_at : str, optional
        ``reviewed_at`` defaults to now (UTC).
    event : mapping, optional
        The event as the analyst sees it (``event_type``, ``sub_event_type``, ``date_from``,
        ``date_to``): a correction that would leave it inconsistent (a From day after its To
        day, a sub-event type of another type), which the build would not apply, is refused.

    Returns
    -------
    int
        The line of the new row.

    Raises
    ------
    ReviewError
        When the row would be rejected, or the file is UTF-16 or unreadable (nothing written).
    """
    path = Path(path)
    row = {"event_id": event_id, "decision": decision, "changes": format_changes(changes or {}),
           "merged_into": merged_into, "reason": " ".join(reason.split()), "reviewed_by": reviewed_by.strip(),
           "reviewed_at": reviewed_at or now_iso()}
    with folder_lock(path.parent):  # two analysts deciding at once: both rows kept
        old = ends_line(read_for_append(path, ReviewError))  # a hand-edited line not UTF-8 stays as it is
        line = old.count(b"\n") + 1 if old else 2
        review, problems = check_row(row, gazetteer, actors, line)
        if review is None:
            raise ReviewError(path, "; ".join(problems), line)
        if review.decision == "add" and (review.event_id, "add") in _loose_rows(old):
            raise ReviewError(path, f"an event was added as {review.event_id} already (by another analyst, or before this "
                                    f"page was rebuilt): add this one as the next free id ({review.event_id}-2, -3 …); "
                                    "nothing was written", line)
        if event is not None and review.decision == "correct":
            shown = {"event_type": event.get("event_type"), "sub_event_type": event.get("sub_event_type"),
                     "date_from": _iso_day(event.get("date_from")), "date_to": _iso_day(event.get("date_to"))}
            try:  # what apply_reviews will do with it
                corrected(shown, review.changes, gazetteer, actors)
            except ValueError as e:
                raise ReviewError(path, f"{e}: the build would not apply this correction; nothing was written",
                                  line) from None
        head = "" if old else csv_line(COLUMNS) + "\n"
        atomic_write(path, old + (head + csv_line([row.get(c, "") for c in COLUMNS]) + "\n").encode("utf-8"))
    return line


def _loose_rows(data: bytes) -> list[tuple[str, str]]:
    """``(event_id, decision)`` of each row of a reviews file's bytes, unchecked (a row that cannot be read is none)."""
    import csv
    import io

    text = data.decode("utf-8", errors="replace").removeprefix("\ufeff")
    return [(row[0].strip(), row[1].strip()) for row in csv.reader(io.StringIO(text)) if len(row) > 1]


def _read_loose(path: str | Path) -> list[tuple[str, str]]:
    try:
        return _loose_rows(Path(path).read_bytes())
    except OSError:
        return []


def decisions_in_force(path: str | Path) -> dict[str, str]:
    """Event id -> its decision in force (the last row's ``decision``) in ``curated/reviews.csv``, read
    without checking the rows (none when the file is missing or unreadable)."""
    return dict(_read_loose(path))


def added_ids(path: str | Path) -> set[str]:
    """The ids of every ``add`` row of ``curated/reviews.csv`` (none when it is missing or unreadable): the
    ids an event added from an unread sentence may not take again."""
    return {eid for eid, decision in _read_loose(path) if decision == "add"}


# --------------------------------------------------------------------------- applying

def _set_place(e: dict, place_id: str, gazetteer: Gazetteer) -> None:
    place = gazetteer.places[place_id]
    loc = gazetteer.locate(place_id)
    e.update(place_id=place_id, location=place.name_en, location_ar=place.name_ar,
             latitude=loc.lat if loc else None, longitude=loc.lon if loc else None,
             geo_precision=loc.geo_precision if loc else None, approximate=loc.approximate if loc else True)


def _set_actor(e: dict, n: int, actor_id: str, actors: Mapping[str, Actor]) -> None:
    a = actors.get(actor_id) if actor_id else None
    e[f"actor{n}_id"] = actor_id
    e[f"actor{n}"] = a.name if a else ""
    e[f"inter{n}"] = a.inter if a else None


def corrected(e: Mapping[str, Any], changes: Mapping[str, Any], gazetteer: Gazetteer,
              actors: Mapping[str, Actor]) -> tuple[dict, dict]:
    """A copy of event ``e`` with ``changes`` applied, and the extracted values they replace.

    Changing the place also sets its names, coordinates and precision from the gazetteer;
    an actor, its name and ``inter`` code; ``date_from``, ``event_date``; changing a day clears the part
    of the day and the clock times (told of the day as extracted).

    Returns
    -------
    (dict, dict)
        The corrected event, and field -> extracted value for every field that changed.

    Raises
    ------
    ValueError
        When the corrected event is inconsistent (a sub-event type of another type, dates
        in the wrong order).
    """
    out = dict(e)
    for k, v in changes.items():
        if k == "place_id":
            _set_place(out, v, gazetteer)
        elif k in ("actor1_id", "actor2_id"):
            _set_actor(out, int(k[5]), v, actors)
        else:
            out[k] = v
    if "date_from" in changes:
        out["event_date"] = out["date_from"]
    if _iso_day(out.get("date_from")) != _iso_day(e.get("date_from")) or \
            _iso_day(out.get("date_to")) != _iso_day(e.get("date_to")):
        # the part of the day and the clock times were told of the day as extracted, not of the analyst's
        # (a kidnapping moved to the day before kept "(morning)" from the sentence before it)
        for k, none in (("part_of_day", ""), ("time_from", ""), ("time_to", ""), ("duration_hours", None)):
            if k in out:
                out[k] = none
    if out["sub_event_type"] not in ACLED_TAXONOMY.get(out["event_type"], ()):
        raise ValueError(f"sub_event_type {out['sub_event_type']!r} is not a sub-event type of {out['event_type']!r}")
    lo, hi = day(out.get("date_from")), day(out.get("date_to"))
    if lo is not None and hi is not None and lo > hi:  # a missing day has no order to break
        raise ValueError(f"date_from {out['date_from']} is after date_to {out['date_to']}")
    extracted = {k: e.get(k) for k in CORRECTABLE if e.get(k) != out.get(k)}
    return out, with_names(extracted, e)


#: The name field an id field's value is shown by (a place's, an actor's): kept beside the id in ``extracted``.
NAME_FIELDS = {"place_id": "location", "actor1_id": "actor1", "actor2_id": "actor2"}


def with_names(extracted: dict[str, Any], e: Mapping[str, Any]) -> dict[str, Any]:
    """``extracted`` with, beside each place or actor id replaced, the name the event had for it
    (``location``, ``actor1``, ``actor2`` as extracted): what the analyst saw, in words, not ids."""
    out = dict(extracted)
    for k, name in NAME_FIELDS.items():
        if k in extracted and name not in out:
            out[name] = e.get(name) or ""
    return out


@dataclass
class Applied:
    """What :func:`apply_reviews` did.

    Attributes
    ----------
    events : list
        The events to merge, in order: untouched ones as given, reviewed ones as new typed
        records (:class:`pipeline.schema.EventRecord`) with ``review_status``,
        ``reviewed_by``, ``reviewed_at``, ``review_reason``, ``extracted`` and ``merged_into``.
    status : dict
        Event id -> ``review_status`` of every reviewed event that stays.
    rejected : list of dict
        Rejected events (with the same review fields), left out of ``events``.
    errors : list of ReviewError
        Orphans and decisions that cannot apply, each with its line.
    restored : list of dict
        The set-aside events an analyst restored, in ``events`` order: ``event_id``, the
        ``review_status`` in force (``rejected`` when a later decision set it aside again),
        ``sentence_score``, and who restored it, when and why (``reviewed_by``, ``reviewed_at``,
        ``review_reason`` of the last ``restore`` row).
    added : list of dict
        The events analysts added from unread sentences, in ``events`` order: ``event_id``, the
        sentence's id (``sentence_id``), the ``review_status`` in force, ``sentence_score``, and who
        added it, when and why (of the last ``add`` row).
    """

    events: list = field(default_factory=list)
    status: dict[str, str] = field(default_factory=dict)
    rejected: list[dict] = field(default_factory=list)
    errors: list[ReviewError] = field(default_factory=list)
    restored: list[dict] = field(default_factory=list)
    added: list[dict] = field(default_factory=list)


def added_reason(score: Any, reason: str = "") -> str:
    """The ``review_reason`` of an event an analyst added from an unread sentence: that it was, the
    sentence's score when known, and the analyst's reason when given."""
    said = ADDED_REASON + (f" (sentence score {score})" if isinstance(score, (int, float)) else "")
    return f"{said}: {reason}" if reason else said


def _time_precision(d0: dt.date, d1: dt.date) -> int:
    """ACLED's time precision of a span of days: 1 one day, 2 up to a week, 3 longer."""
    days = (d1 - d0).days
    return 1 if days <= 0 else 2 if days <= 6 else 3


def added_event(sentence: Mapping[str, Any], event_id: str, changes: Mapping[str, Any], gazetteer: Gazetteer,
                actors: Mapping[str, Actor]) -> dict:
    """The event an ``add`` decision makes of an unread sentence.

    Parameters
    ----------
    sentence : mapping
        The unread item (:class:`pipeline.records.Unread` as a dict) with its article's ``article_id``
        and ``source`` (:func:`pipeline.resultcache.merge_part`).
    event_id : str
        The added event's id (the sentence's, or it with ``-2``… for a further event of the sentence).
    changes : mapping
        The decision's checked values (:func:`check_changes`), with every field of :data:`NEEDED_TO_ADD`.
    gazetteer, actors

    Returns
    -------
    dict
        An event with the article's fields, the sentence as its evidence, :data:`ADDED_RULE`, and the
        decision's values (place names and coordinates from the gazetteer, actor names from the table).

    Raises
    ------
    ValueError
        When the values are inconsistent (see :func:`corrected`).
    """
    from .records import Event

    d0 = dt.date.fromisoformat(changes["date_from"])
    d1 = dt.date.fromisoformat(changes["date_to"])
    base = Event(event_id=event_id, article_id=sentence.get("article_id") or "", source=sentence.get("source") or "",
                 event_date=d0, date_from=d0, date_to=d1, time_precision=_time_precision(d0, d1),
                 event_type=changes["event_type"], sub_event_type=changes["sub_event_type"],
                 evidence=sentence.get("evidence") or "", start=int(sentence.get("start") or 0),
                 end=int(sentence.get("end") or 0), confidence="high", rule=ADDED_RULE).to_dict()
    e, _ = corrected(base, {k: v for k, v in changes.items() if k not in NEEDED_TO_ADD[:4]}, gazetteer, actors)
    return e


#: What ``review_reason`` says of an event restored from the set-aside list (before the analyst's reason).
RESTORED_REASON = "restored from the set-aside list"


def restored_reason(score: Any, reason: str = "") -> str:
    """The ``review_reason`` of a set-aside event an analyst restored: that it was, its sentence
    score when known, and the analyst's reason when given."""
    said = RESTORED_REASON + (f" (sentence score {score})" if isinstance(score, (int, float)) else "")
    return f"{said}: {reason}" if reason else said


def _joined(parts: list, joining: list[tuple[int, Any]]) -> list:
    """``parts`` with each ``(at, part)`` of ``joining`` put before ``parts[at]`` (after the rest), in order."""
    joining = sorted(joining, key=lambda j: j[0])  # (stable: an article's events keep their order)
    out, j = [], 0
    for i, part in enumerate(parts):
        while j < len(joining) and joining[j][0] <= i:
            out.append(joining[j][1])
            j += 1
        out.append(part)
    out += [part for _, part in joining[j:]]
    return out


def apply_reviews(parts: list, others: Iterable[Mapping[str, Any]], reviews: list[Review], path: str | Path,
                  gazetteer: Gazetteer, actors: Mapping[str, Actor], set_aside: Iterable[tuple[int, Any]] = (),
                  unread: Iterable[tuple[int, Any]] = ()) -> Applied:
    """Apply the decisions in force to the extracted events.

    Parameters
    ----------
    parts : list of (dict, dict)
        The article events as the build holds them (event, its article's fields).
    others : iterable of dict
        Curated and ACLED events (targets of a merge; never changed).
    reviews : list of Review
        From :func:`load_reviews`, file order; the last decision for an event is in force.
    path : str or Path
        The reviews file, for messages.
    gazetteer, actors
    set_aside : iterable of (int, (dict, dict)), optional
        The events the sentence model set aside (:mod:`pipeline.screening`; each with its
        ``sentence_score``), as parts, each with the index of ``parts`` it joins before when an
        analyst restored it (after its article's events). One with a ``restore`` row joins
        ``events`` there; the others stay out.
    unread : iterable of (int, (dict, dict)), optional
        The sentences no rule read (:mod:`pipeline.unread`), as parts placed as ``set_aside``'s: an
        event an ``add`` row makes of one joins ``events`` there.

    Returns
    -------
    Applied
        ``events`` are ``(event, more)`` parts like ``parts``.
    """
    out = Applied()
    latest: dict[str, Review] = {}
    restores: dict[str, Review] = {}  # event id -> its last restore row
    for r in reviews:
        latest[r.event_id] = r
        if r.decision == "restore":
            restores[r.event_id] = r
    scores: dict[str, Any] = {}  # set-aside event id -> its sentence score
    joining = []
    drawn = {e["event_id"] for e, _ in parts} if restores else set()
    for at, (e, more) in set_aside:
        eid = e["event_id"]
        scores[eid] = e.get("sentence_score")
        if eid in restores and eid not in drawn:  # (ids are one article's apart: never both)
            joining.append((at, ({k: v for k, v in e.items() if k != "sentence_score"}, more)))
    restored = {p[0]["event_id"] for _, p in joining}
    added, failed = _added(reviews, unread, gazetteer, actors, {e["event_id"] for e, _ in parts}, path, out)
    joining += [(a[0], a[1]) for a in added.values()]
    if joining:  # (one join: each part's place counts the parts of the list as given)
        parts = _joined(parts, joining)
    ids = {e["event_id"]: i for i, (e, _) in enumerate(parts)}
    other_by_id = {e["event_id"]: e for e in others}
    add_ids = {r.event_id for r in reviews if r.decision == "add"}
    for r in reviews:  # every line of an unknown event is an orphan
        if r.event_id not in ids:
            if r.event_id in failed:
                where = f"{failed[r.event_id]}; the added event is not drawn"
            elif r.event_id in other_by_id:
                where = "an analyst's or ACLED row: edit curated/ instead"
            elif r.event_id in add_ids:
                where = ("no sentence of its article is listed as unread with this id now (an event of the rules "
                         "may come from it now: review that one in the queue; or the sentence model changed, or "
                         "the article was removed), so the added event is not drawn; the row stays in the file")
            elif r.event_id in scores:
                where = ("this event is set aside by the sentence model (its sentence reads as no new event), so "
                         "it is not drawn: restore it (Articles view) to draw it")
            elif r.decision == "restore":
                where = ("no extracted event has this id now, drawn or set aside (its sentence changed, the rules "
                         "or the sentence model changed, or the article was removed)")
            else:
                where = "no extracted event has this id now (its sentence changed, or the article was removed)"
            out.errors.append(ReviewError(path, f"orphan decision for {r.event_id}: {where}; it is not applied", r.line))
    new_parts = list(parts)
    drop: set[int] = set()
    stamp = {}
    # corrections and confirmations first, so that a merge copies its target as corrected
    for r in sorted((r for r in latest.values() if r.event_id in ids), key=lambda r: r.decision == "merge"):
        if r.decision == "add" and r.event_id not in added:
            continue  # (an add naming a drawn event: reported above, never applied)
        i = ids[r.event_id]
        e, more = new_parts[i]
        status, reason = r.status, r.reason
        if r.event_id in restored and r.decision != "reject":  # the analyst's, over the sentence model
            status = "confirmed" if r.decision == "restore" else status
            reason = restored_reason(scores.get(r.event_id), r.reason)
        elif r.event_id in added and r.decision in ("add", "restore"):  # the analyst's own event, as added
            status = "confirmed"
            reason = added_reason(added[r.event_id][2], added[r.event_id][3].reason if r.decision == "restore"
                                  else r.reason)
        elif r.event_id in added:  # a later decision on it: it still says it was an analyst's, not the rules'
            said = added_reason(added[r.event_id][2], added[r.event_id][3].reason)
            reason = f"{said}; {r.reason}" if r.reason else said
        review_fields = {"review_status": status, "reviewed_by": r.reviewed_by, "reviewed_at": r.reviewed_at,
                         "review_reason": reason, "extracted": {}, "merged_into": ""}
        if r.decision == "correct":
            try:
                e2, extracted = corrected(e, r.changes, gazetteer, actors)
            except ValueError as err:
                out.errors.append(ReviewError(path, f"{err}; the correction is not applied", r.line))
                continue
            # (an added event's values before the correction are an analyst's, never "as extracted")
            review_fields["extracted"] = {} if r.event_id in added else extracted
        elif r.decision == "merge":
            target = new_parts[ids[r.merged_into]][0] if r.merged_into in ids else other_by_id.get(r.merged_into)
            if target is None or (r.merged_into in ids and ids[r.merged_into] in drop):
                out.errors.append(ReviewError(path, f"merged_into {r.merged_into!r} is no event on the map now "
                                                    "(unknown or rejected); the merge is not applied", r.line))
                continue
            changes = {k: target.get(k) for k in MERGE_FIELDS if target.get(k) != e.get(k)}
            e2, extracted = dict(e), {}
            for k, v in changes.items():
                if k == "place_id" and v:
                    _set_place(e2, v, gazetteer)
                elif k in ("actor1_id", "actor2_id"):
                    _set_actor(e2, int(k[5]), v or "", actors)
                else:
                    e2[k] = v
                extracted[k] = e.get(k)
            e2["event_date"] = e2["date_from"]
            review_fields.update(extracted=with_names(extracted, e), merged_into=r.merged_into)
        else:
            e2 = dict(e)
        e2.update(review_fields)
        stamp[r.event_id] = status
        if r.decision == "reject":
            drop.add(i)
            out.rejected.append({**e2, **more})
        else:
            new_parts[i] = (make_record(e2), more)
    for e, _ in parts:
        eid = e["event_id"]
        if eid in restored:
            how = restores[eid]
            out.restored.append({"event_id": eid, "review_status": stamp.get(eid, "unreviewed"),
                                 "sentence_score": scores.get(eid), "reviewed_by": how.reviewed_by,
                                 "reviewed_at": how.reviewed_at, "review_reason": how.reason})
    for eid, (_, _, score, how, sid) in sorted(added.items(), key=lambda kv: ids[kv[0]]):
        out.added.append({"event_id": eid, "sentence_id": sid, "review_status": stamp.get(eid, "confirmed"),
                          "sentence_score": score, "reviewed_by": how.reviewed_by, "reviewed_at": how.reviewed_at,
                          "review_reason": how.reason})
    out.events = [p for i, p in enumerate(new_parts) if i not in drop]
    out.status = {k: v for k, v in stamp.items() if v != "rejected"}
    return out


def _added(reviews: list[Review], unread: Iterable[tuple[int, Any]], gazetteer: Gazetteer,
           actors: Mapping[str, Actor], drawn: set[str], path: str | Path,
           out: Applied) -> tuple[dict[str, tuple], dict[str, str]]:
    """The events the ``add`` rows in force make of the unread sentences: id -> (where it joins, its part,
    the sentence's score, the last ``add`` row, the sentence's id); and id -> why one could not be made.
    An ``add`` row for an id an earlier ``add`` row took (two analysts adding from one sentence at once), or
    for an event the rules draw, is reported in ``out.errors`` (the later row is in force; an add never
    changes a drawn event)."""
    adds: dict[str, Review] = {}
    for r in reviews:
        if r.decision != "add":
            continue
        if r.event_id in drawn:
            out.errors.append(ReviewError(path, f"{r.event_id} is an event the rules draw, not an unread sentence: "
                                                "an add does not change it (correct it instead); not applied", r.line))
            continue
        if r.event_id in adds:
            out.errors.append(ReviewError(path, f"a second add for {r.event_id} (the first is line "
                                                f"{adds[r.event_id].line}): this one is in force and the first event is "
                                                "not drawn; give a further event of the sentence the id "
                                                f"{r.event_id}-2 (the next free)", r.line))
        adds[r.event_id] = r
    if not adds:
        return {}, {}
    sentences = {p[0]["event_id"]: (at, p) for at, p in unread}
    made: dict[str, tuple] = {}
    failed: dict[str, str] = {}
    for eid, r in adds.items():
        m = _ADDED_ID.fullmatch(eid)
        sid = eid if eid in sentences else m.group(1) if m and m.group(1) in sentences else None
        if sid is None:
            continue  # (an orphan: reported with the others)
        at, (item, more) = sentences[sid]
        try:
            e = added_event(item, eid, r.changes, gazetteer, actors)
        except (ValueError, KeyError) as err:
            failed[eid] = str(err)
            continue
        made[eid] = (at, (e, more), item.get("sentence_score"), r, sid)
    return made, failed


def merged_status(event: Mapping[str, Any], status: Mapping[str, str]) -> str:
    """The ``review_status`` of a merged event from its reports' (see the module docstring).

    An analyst's or ACLED report makes it ``curated``; otherwise it is ``unreviewed`` while
    any extracted report is, ``corrected`` when one was corrected, else ``confirmed``.
    """
    reports = event.get("reports") or ()
    # (a list kept on disk, pipeline.spill.SpilledList, knows its reports' origins without reading them)
    origins = getattr(reports, "origins", None)
    if origins is None:
        origins = [r.get("origin") for r in reports]
    origins = origins or [event.get("origin") or "article"]
    if any(o in ("curated", "acled") for o in origins):
        return "curated"
    states = [status.get(i, "unreviewed") for i in event.get("merged_ids") or (event["event_id"],)]
    if "unreviewed" in states:
        return "unreviewed"
    return "corrected" if "corrected" in states else "confirmed"


def main(argv: list[str] | None = None) -> int:
    """``python -m pipeline.reviews [REVIEWS] [--geo DIR]``: print problems, exit 1 if any."""
    import argparse
    import sys

    from .actors import default_actors
    from .gazetteer import load_geo_dir

    ap = argparse.ArgumentParser(prog="python -m pipeline.reviews", description=main.__doc__)
    ap.add_argument("reviews", nargs="?", default=str(REVIEWS_CSV))
    ap.add_argument("--geo", default=str(ROOT / "geo"))
    args = ap.parse_args(argv)
    reviews, errors = load_reviews(args.reviews, load_geo_dir(args.geo), default_actors())
    for problem in errors:
        print(problem, file=sys.stderr)
    print(f"{len(reviews)} decision(s); {len(errors)} problem(s)")
    return 1 if errors else 0


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
