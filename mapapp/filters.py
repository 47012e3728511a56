"""Filters shared by the map, the timeline and the table, and their URL form.

A :class:`Filters` value is the whole view state an analyst can share: the date range,
event types, actors, sources, search and the lowest confidence shown. ``to_query_params``/``from_query_params`` put it in
and take it out of the page URL (``st.query_params``), so a link reproduces the view. The URL
always holds the dates shown: the range the app opens on is the data's latest activity and moves
when a report is added, so a link that left them out would open on other days later.
Hand-written values are read as meant where that is unambiguous (types and actors separated by
``,`` or ``|``, in any case); bad or unknown URL values are ignored (with the default kept),
never an error page, and :func:`read_query_params` says which, in the app's words (:class:`LinkView`).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass, replace

import pandas as pd

#: The separator a link's types and actors are written with; ``|`` is read as one too.
LIST_SEP = ","
#: The separator of a link's sources: outlet names may contain commas ("Al-Watan (Damascus, Arabic)").
SOURCE_SEP = "|"


@dataclass(frozen=True)
class Filters:
    """The view state.

    Attributes
    ----------
    date_from, date_to : datetime.date
        Inclusive. An event is shown when its own date range overlaps this one.
    event_types : tuple of str
        ACLED event types to show; empty = all.
    actors : tuple of str
        Actor ids; an event is shown when actor1 or actor2 is one of them; empty = all.
    sources : tuple of str
        Outlets; an event is shown when one of its reports comes from one of them; empty = all.
    hide_partisan : bool
        Hide events that only partisan outlets (pro-government, AANES-aligned, opposition) report.
    reviewed_only : bool
        Only events an analyst confirmed, corrected or curated (``review_status``), for briefings.
    query : str
        Search text (:mod:`mapapp.search`): every word must occur in the event's fields.
    min_confidence : str
        The lowest ``confidence`` shown: ``"low"`` (every event), ``"medium"`` (low-confidence
        events hidden) or ``"high"``. An event with no confidence given passes only ``"low"``.
    """

    date_from: dt.date
    date_to: dt.date
    event_types: tuple[str, ...] = ()
    actors: tuple[str, ...] = ()
    sources: tuple[str, ...] = ()
    hide_partisan: bool = False
    reviewed_only: bool = False
    query: str = ""
    min_confidence: str = "low"

    @property
    def as_of(self) -> dt.date:
        """The day control zones are drawn for: the end of the range."""
        return self.date_to


def date_bounds(events: pd.DataFrame | None, zones: dict | None = None, pad_days: int = 1,
                days: tuple[dt.date, dt.date] | None = None) -> tuple[dt.date, dt.date]:
    """The slider's range: all event days and zone change days, padded by ``pad_days``.

    Falls back to April 2021 (the shipped episode) when there is nothing.

    Parameters
    ----------
    events : DataFrame or None
        Events with ``day_from``/``day_to``; None when ``days`` gives their range.
    zones : dict, optional
        ``zones.geojson``.
    pad_days : int
    days : (date, date), optional
        The events' first and last day, already known (:meth:`mapapp.store.EventStore.date_range`).
    """
    days_seen: list[dt.date] = list(days or ())
    if events is not None and not events.empty:
        days_seen += list(events["day_from"]) + list(events["day_to"])
    for f in (zones or {}).get("features", []):
        for k in ("valid_from", "valid_to"):
            if f["properties"].get(k):
                days_seen.append(dt.date.fromisoformat(f["properties"][k]))
    if not days_seen:
        return dt.date(2021, 4, 19), dt.date(2021, 4, 30)
    pad = dt.timedelta(days=pad_days)
    return min(days_seen) - pad, max(days_seen) + pad


#: ``review_status`` values shown by the "reviewed only" filter.
REVIEWED = ("confirmed", "corrected", "curated")

#: The confidence levels of an event (:class:`pipeline.records.Event`), lowest first.
CONFIDENCE_LEVELS = ("low", "medium", "high")


def confidence_allowed(min_confidence: str) -> tuple[str, ...]:
    """The ``confidence`` values an event may have to pass ``min_confidence``.

    Parameters
    ----------
    min_confidence : str
        One of :data:`CONFIDENCE_LEVELS`; anything else counts as ``"low"`` (everything shown).

    Returns
    -------
    tuple of str
        Empty when every event passes (an event with no confidence included).
    """
    if min_confidence not in CONFIDENCE_LEVELS[1:]:
        return ()
    return CONFIDENCE_LEVELS[CONFIDENCE_LEVELS.index(min_confidence):]


def apply_filters(events: pd.DataFrame, f: Filters, search_index: pd.Series | None = None,
                  synonyms: dict[str, tuple[str, ...]] | None = None) -> pd.DataFrame:
    """Rows of ``events`` that pass ``f``.

    Parameters
    ----------
    events : DataFrame
        From :func:`mapapp.data.events_frame` (needs ``day_from``/``day_to``).
    f : Filters
    search_index : Series, optional
        :func:`mapapp.search.haystack` of ``events``, computed once per dataset.
    synonyms : dict, optional
        :func:`mapapp.search.place_synonyms`: a place's name also finds its other-language name.

    Returns
    -------
    DataFrame
        A filtered view, original order.
    """
    if events.empty:
        return events
    mask = (events["day_from"] <= f.date_to) & (events["day_to"] >= f.date_from)
    if f.event_types:
        mask &= events["event_type"].isin(f.event_types)
    if f.actors:
        mask &= events["actor1_id"].isin(f.actors) | events["actor2_id"].isin(f.actors)
    if f.sources:
        wanted = set(f.sources)
        mask &= events["source"].map(lambda s: bool(wanted & set(outlets(s))))
    if f.hide_partisan and "partisan_only" in events:
        mask &= ~events["partisan_only"].astype(bool)
    if f.reviewed_only and "review_status" in events:
        mask &= events["review_status"].isin(REVIEWED)
    allowed = confidence_allowed(f.min_confidence)
    if allowed:
        mask &= events["confidence"].isin(allowed) if "confidence" in events else False
    if f.query.strip():
        from .search import search_mask

        mask &= search_mask(events, f.query, search_index, synonyms)
    return events[mask]


def short_actor_name(name: str) -> str:
    """An actor's name as a filter line says it: the abbreviation before ``:`` ("NDF: National Defence
    Forces" -> "NDF"), else the whole name."""
    head, sep, _ = name.partition(":")
    return head.strip() if sep and head.strip() else name.strip()


def _outlet_words(sources: Sequence[str]) -> list[str]:
    """The chosen source names as the Sources filter lists them (:func:`mapapp.sourcegroups.groups`):
    several editions of one outlet (``Shafaq News``, ``Shafaq News (Arabic)``) as the outlet once, a
    single name as it is."""
    from .sourcegroups import groups

    return [names[0] if len(names) == 1 else outlet for outlet, names in groups(sources).items()]


def describe(f: Filters, actor_name=None) -> list[str]:
    """The filters of ``f`` other than the dates, in words, in the sidebar's order; empty when none is on.

    ``["Battles", "NDF", "reviewed only", "high confidence"]``: what a briefing must say it shows
    (:func:`mapapp.briefing.filter_text`). ``actor_name``: actor id -> display name (default: the id).
    """
    parts: list[str] = []
    if f.query.strip():
        parts.append(f'search "{f.query.strip()}"')
    if f.event_types:
        parts.append(", ".join(f.event_types))
    if f.actors:
        parts.append(", ".join(short_actor_name(actor_name(a)) if actor_name else a for a in f.actors))
    if f.sources:
        parts.append("sources: " + ", ".join(_outlet_words(f.sources)))
    if f.hide_partisan:
        parts.append("partisan-only events hidden")
    if f.reviewed_only:
        parts.append("reviewed only")
    allowed = confidence_allowed(f.min_confidence)
    if allowed:
        parts.append(" or ".join(allowed) + " confidence")
    return parts


def outlets(source) -> list[str]:
    """The outlets of an event's ``source`` (merged events list several, ``; ``-separated)."""
    return [s.strip() for s in str(source or "").split(";") if s.strip()]


def to_query_params(f: Filters) -> dict[str, str]:
    """The URL parameters of ``f``: the dates always, the other filters when they are on.

    The dates are written even when they are the range the app opens on: that range is the data's
    latest activity and moves when a report is added, so a link without them would open on other
    days once the data grows. The other filters' "off" values (all types, actors and sources, no
    search, every confidence) do not depend on the data and stay out of the link.
    """
    out = {"from": f.date_from.isoformat(), "to": f.date_to.isoformat()}
    for key, val in (("types", f.event_types), ("actors", f.actors), ("sources", f.sources)):
        if val:
            out[key] = SOURCE_SEP.join(val) if key == "sources" else LIST_SEP.join(val)
    if f.hide_partisan:
        out["partisan"] = "hide"
    if f.reviewed_only:
        out["reviewed"] = "only"
    if confidence_allowed(f.min_confidence):
        out["confidence"] = f.min_confidence
    if f.query.strip():
        out["q"] = f.query.strip()
    return out


#: The longest piece of a link's value a note quotes.
_QUOTE_CHARS = 40


def _quoted(value: str) -> str:
    """A link's value as a note quotes it: on one line, cut to :data:`_QUOTE_CHARS` characters."""
    text = " ".join(str(value).split())
    return f"“{text[:_QUOTE_CHARS - 1]}…”" if len(text) > _QUOTE_CHARS else f"“{text}”"


def _day_text(d: dt.date) -> str:
    return f"{d:%d %b %Y}"


def _range_text(a: dt.date, b: dt.date) -> str:
    """``20 Apr 2021 → 27 Apr 2021``, or one day as ``20 Apr 2021`` (the summary line's words)."""
    return _day_text(a) if a == b else f"{_day_text(a)} → {_day_text(b)}"


_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


def _link_date(qp: Mapping[str, str], key: str) -> tuple[dt.date | None, str | None]:
    """The link's ``from`` or ``to``: ``(day, None)``; ``(None, None)`` when absent; ``(None, why)``
    when it is not a date, ``why`` the note's words for it."""
    v = qp.get(key)
    if v is None or str(v).strip() == "":
        return None, None
    text = str(v).strip()
    try:
        return dt.date.fromisoformat(text), None
    except ValueError:
        kind = "a day of the calendar" if _ISO_DAY.fullmatch(text) else "a date like 2021-04-20"
        return None, f"{_quoted(v)} is not {kind}"


def _one_end(given: dt.date, default_end: dt.date, span: dt.timedelta, start_given: bool) -> tuple[dt.date, str, bool]:
    """The missing end of a range a link gives one end of: ``(day, how, fits)``.

    The default range's end (or start) when it lies on the right side of ``given`` (``fits``); else
    as many days from (or up to) ``given`` as the default range has: a range, never a lone day made
    by chance. ``how`` says which, in a note's words."""
    if start_given and default_end >= given:
        return default_end, "to the end of the range the app opens on", True
    if not start_given and default_end <= given:
        return default_end, "from the start of the range the app opens on", True
    days = span.days + 1
    if start_given:
        return given + span, f"the {days} days from the link's start date, as many as the range the app opens on", False
    return given - span, f"the {days} days up to the link's end date, as many as the range the app opens on", False


def _link_dates(qp: Mapping[str, str], defaults: Filters, bounds: tuple[dt.date, dt.date],
                notes: list[str]) -> tuple[dt.date, dt.date]:
    """The range a link's ``from``/``to`` show (see :func:`read_query_params`), its notes added to ``notes``.

    Every note about the dates says what is shown, once: a bad end's note, a lone end's whose default
    other end did not fit, or the note of a range the data does not (wholly) cover."""
    lo, hi = bounds
    (a, bad_a), (b, bad_b) = _link_date(qp, "from"), _link_date(qp, "to")
    bad = [f"start date {bad_a}"] * bool(bad_a) + [f"end date {bad_b}"] * bool(bad_b)
    opening = (defaults.date_from, defaults.date_to)
    if a is None and b is None:
        if bad:
            notes.append(f"The link's {' and '.join(bad)}: showing the range the app opens on, "
                         f"{_range_text(*opening)}.")
        return opening
    how, fits = "", True  # how a lone end's other end was chosen; fits: the default's end was used
    span = defaults.date_to - defaults.date_from
    if a is not None and b is not None:
        a, b = min(a, b), max(a, b)  # a range written end first is the same days
        asked, start, end = _range_text(a, b), a, b
    elif a is not None:
        end, how, fits = _one_end(a, defaults.date_to, span, True)
        asked, start = f"the days from {_day_text(a)}", a
    else:
        assert b is not None
        start, how, fits = _one_end(b, defaults.date_from, span, False)
        asked, end = f"the days up to {_day_text(b)}", b
    covers = f"the data covers {_range_text(lo, hi)}"
    if end < lo or start > hi:  # nothing of it in the data
        start, end = opening
        shown = f"the range the app opens on, {_range_text(start, end)}, instead"
    elif start < lo or end > hi:  # the part the data covers
        start, end = max(start, lo), min(end, hi)
        shown = f"{_range_text(start, end)} instead"
    else:
        shown = ""
    if bad:
        said = f"The link's {bad[0]}"
        notes.append(f"{said}: ignored." if shown else f"{said}: showing {_range_text(start, end)} ({how}).")
    elif not fits and not shown:  # a lone end whose default other end did not fit: say what was made
        notes.append(f"This link gives no {'end' if b is None else 'start'} date: showing "
                     f"{_range_text(start, end)} ({how}).")
    if shown:
        notes.append(f"This link asks for {asked}, but {covers}: showing {shown}.")
    return start, end


def _match(items: Sequence[str], allowed: Collection[str],
           names: Mapping[str, str] | None = None) -> dict[str, str | None]:
    """Each of a link's ``items`` -> the allowed value it names (exactly, else in another case when
    only one allowed value is spelt so), or None.

    ``names``: allowed value -> its displayed name (actors: ``turkey`` -> "Military Forces of
    Turkey"); an item that is no value may be a displayed name or its short name
    (:func:`short_actor_name`: "NDF" of "NDF: National Defence Forces"), in any case, when it
    names one value only."""
    folded: dict[str, list[str]] = {}
    for v in allowed:
        folded.setdefault(v.casefold(), []).append(v)
    shown: dict[str, dict[str, None]] = {}
    for v, name in (names or {}).items():
        if v in allowed and name:
            for said in (name, short_actor_name(name)):
                shown.setdefault(said.strip().casefold(), {})[v] = None
    out: dict[str, str | None] = {}
    for s in items:
        near = folded.get(s.casefold(), [])
        named = list(shown.get(s.casefold(), {}))
        out[s] = (s if s in allowed else near[0] if len(near) == 1 else named[0] if len(named) == 1 else None)
    return out


def _link_list(qp: Mapping[str, str], key: str, allowed: Collection[str] | None, what: str, seps: str,
               notes: list[str], names: Mapping[str, str] | None = None) -> tuple[str, ...]:
    """A link's list (types, actors, sources): the values ``allowed`` knows, in order; the others noted.

    Any of ``seps`` separates the values. An item that is not a value but whose ``,``-separated parts
    all are (sources, whose names may hold a comma, are split on ``|`` alone) is read as those parts.
    ``names``: each value's displayed name, which a link may write instead (:func:`_match`)."""
    v = qp.get(key)
    if not v:
        return ()
    text = str(v)
    for sep in seps[1:]:
        text = text.replace(sep, seps[0])
    items = [s.strip() for s in text.split(seps[0]) if s.strip()]
    if allowed is None:
        return tuple(dict.fromkeys(items))
    found = _match(items, allowed, names)
    if "," not in seps:
        for s in [s for s in items if found[s] is None and "," in s]:
            parts = [p.strip() for p in s.split(",") if p.strip()]
            named = _match(parts, allowed, names)
            if parts and all(named.values()):
                items[items.index(s):items.index(s) + 1] = parts
                found.update(named)
    unknown = list(dict.fromkeys(s for s in items if found[s] is None))
    if unknown:
        words = ", ".join(map(_quoted, unknown))
        notes.append(f"The link's {what} {words} is not in this data: ignored." if len(unknown) == 1 else
                     f"The link's {what}s {words} are not in this data: ignored.")
    return tuple(dict.fromkeys(k for s in items if (k := found[s]) is not None))


def _link_flag(qp: Mapping[str, str], key: str, on: str, notes: list[str]) -> bool:
    """A link's switch (``partisan=hide``, ``reviewed=only``): on only with its one value; another is noted."""
    v = qp.get(key)
    if v is not None and v != on:
        notes.append(f"The link's {key}={_quoted(v)} is not understood ({key}={on} is): ignored.")
    return v == on


#: The longest search a link sets (characters).
QUERY_CHARS = 200


@dataclass(frozen=True)
class LinkView:
    """What a link (the page's URL parameters) shows, and what it asked for that is not shown.

    Attributes
    ----------
    filters : Filters
    notes : tuple of str
        One sentence per thing the link asked for that the view does not show as asked (dates the
        data does not cover, a value that is not a date, a type, actor or source the build does not
        have), in the app's words; empty when the link is followed as it is.
    """

    filters: Filters
    notes: tuple[str, ...] = ()


def read_query_params(qp: Mapping[str, str], defaults: Filters, event_types: Collection[str] | None = None,
                      actors: Collection[str] | None = None, sources: Collection[str] | None = None,
                      bounds: tuple[dt.date, dt.date] | None = None,
                      actor_names: Mapping[str, str] | None = None) -> LinkView:
    """Filters from URL parameters, and a note of each value not followed as asked.

    A value that is not understood (a date that is not ``YYYY-MM-DD``, a type, actor or source
    not among the allowed ones, an unknown confidence level) is ignored alone: the rest of the
    link holds. Types and actors are separated by ``,`` or ``|``, sources by ``|`` (an outlet's
    name may hold a comma; ``,`` between names the build has is read as ``|``); each is matched
    exactly, else in any case when only one allowed value is spelt so.

    Dates: a range the data partly covers (``bounds``) is cut to the part it covers; one it does
    not cover at all gives the defaults' range (the range the app opens on). A missing or bad
    ``from``/``to`` takes the defaults' one, unless that end lies on the wrong side of the other
    (the data grew since the link was made): then the range has as many days as the defaults'.
    A bad end is noted with the range shown; a range written end first is read in order.

    Parameters
    ----------
    qp : mapping
        ``st.query_params`` (or a plain dict).
    defaults : Filters
        The default range (used for a missing ``from``/``to``) and "all" selections.
    event_types, actors, sources : collection of str, optional
        Allowed values (others are ignored and noted); None allows any.
    bounds : (date, date), optional
        The slider's whole range (what the data covers); the defaults' range when not given.
    actor_names : mapping, optional
        Actor id -> displayed name: a link may name an actor by its id, its displayed name
        ("Military Forces of Turkey") or its short name ("NDF"), in any case.

    Returns
    -------
    LinkView
    """
    notes: list[str] = []
    d_from, d_to = _link_dates(qp, defaults, bounds or (defaults.date_from, defaults.date_to), notes)
    types = _link_list(qp, "types", event_types, "event type", LIST_SEP + SOURCE_SEP, notes)
    actor_ids = _link_list(qp, "actors", actors, "actor", LIST_SEP + SOURCE_SEP, notes, actor_names)
    source_names = _link_list(qp, "sources", sources, "source", SOURCE_SEP, notes)
    hide_partisan = _link_flag(qp, "partisan", "hide", notes)
    reviewed_only = _link_flag(qp, "reviewed", "only", notes)
    confidence = str(qp.get("confidence") or "low")
    if confidence not in CONFIDENCE_LEVELS:
        notes.append(f"The link's lowest confidence {_quoted(confidence)} is not "
                     f"{', '.join(CONFIDENCE_LEVELS[:-1])} or {CONFIDENCE_LEVELS[-1]}: ignored.")
        confidence = "low"
    query = str(qp.get("q") or "").strip()
    if len(query) > QUERY_CHARS:
        notes.append(f"The link's search is cut to its first {QUERY_CHARS} characters.")
    return LinkView(replace(defaults, date_from=d_from, date_to=d_to, event_types=types, actors=actor_ids,
                            sources=source_names, hide_partisan=hide_partisan, reviewed_only=reviewed_only,
                            query=query[:QUERY_CHARS], min_confidence=confidence), tuple(notes))


def from_query_params(qp: Mapping[str, str], defaults: Filters, event_types: Collection[str] | None = None,
                      actors: Collection[str] | None = None, sources: Collection[str] | None = None,
                      bounds: tuple[dt.date, dt.date] | None = None) -> Filters:
    """Filters from URL parameters (:func:`read_query_params` without its notes).

    Parameters
    ----------
    qp : mapping
        ``st.query_params`` (or a plain dict).
    defaults : Filters
        The default range (used for a missing ``from``/``to``) and "all" selections.
    event_types, actors, sources : collection of str, optional
        Allowed values (others are ignored).
    bounds : (date, date), optional
        The slider's whole range; the defaults' range when not given.
    """
    return read_query_params(qp, defaults, event_types, actors, sources, bounds).filters
