"""Typed records passed between pipeline stages.

Stages: read (:class:`Article`) → normalise → find places (:class:`Mention`) and actors
(:class:`ActorMention`) → resolve → extract events (:class:`Event`) → write
(:class:`ArticleResult`). Each record is a frozen or plain dataclass with a ``to_dict``
that gives the JSON shape documented in the README.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, fields
from operator import attrgetter
from typing import Any


@dataclass(frozen=True, slots=True)
class Article:
    """An article text and its metadata.

    Attributes
    ----------
    id : str
        Stable id, the file stem (``000_35a237ec7240c52b``).
    path : str
        Path of the text file.
    text : str
        The text exactly as Python reads it (UTF-8, universal newlines).
    published : datetime.date
        Publication date; relative dates resolve against it.
    source : str
        Outlet name in English (``Shafaq News``).
    language : str
        ISO 639-1 code (``ar``).
    title : str
    url : str
        Empty when unknown.
    published_basis : str
        How the date is known (``as printed`` or the reasoning when inferred).
    source_ar : str
    notes : str
    """

    id: str
    path: str
    text: str
    published: dt.date
    source: str
    language: str = "ar"
    title: str = ""
    url: str = ""
    published_basis: str = ""
    source_ar: str = ""
    notes: str = ""

    def meta_dict(self) -> dict[str, Any]:
        """Metadata as JSON-ready values (no text)."""
        return {
            "id": self.id,
            "published": self.published.isoformat(),
            "source": self.source,
            "language": self.language,
            "title": self.title,
            "url": self.url,
            "published_basis": self.published_basis,
            "source_ar": self.source_ar,
            "path": self.path,
        }


@dataclass(slots=True)
class Mention:
    """A place named in an article, resolved against the gazetteer.

    ``text == article.text[start:end]`` always holds.
    """

    start: int
    end: int
    text: str
    place_id: str | None
    name_en: str
    name_ar: str
    kind: str
    lat: float | None
    lon: float | None
    geo_precision: int | None
    approximate: bool = False
    how: str = "name"  # name | anaphora | relative | variant | unresolved
    location_note: str = ""
    #: a name the text gives after a head noun (قرية دوكركا) that is not in the gazetteer; the
    #: mention is then drawn at the enclosing area the text gives, approximate (``how`` "unresolved")
    unresolved_name: str = ""

    def to_dict(self) -> dict[str, Any]:
        return dict(zip(_MENTION_FIELDS, _mention_values(self)))


@dataclass(slots=True)
class ActorMention:
    """An actor (armed group, government, mediator) named in an article."""

    start: int
    end: int
    text: str
    actor_id: str


@dataclass(slots=True)
class DateSpan:
    """A resolved date expression.

    Attributes
    ----------
    start, end : int
        Span in the original text.
    text : str
    date_from, date_to : datetime.date
        Inclusive range of days the expression covers.
    time_precision : int
        ACLED code: 1 day, 2 week/range of days, 3 month.
    part_of_day : str
        ``morning``, ``evening``, ``night``, ``late night``... or empty.
    time_from, time_to : str
        ``HH:MM`` when the text gives clock times, else empty.
    background : bool
        True after ``منذ`` (since): it dates a state, not the event in the clause.
    """

    start: int
    end: int
    text: str
    date_from: dt.date
    date_to: dt.date
    time_precision: int
    part_of_day: str = ""
    time_from: str = ""
    time_to: str = ""
    background: bool = False


#: The note of an event whose text gives no day, the publication date standing in for it (the event
#: rules of both languages write it; :mod:`pipeline.repeats` reads it).
NO_DATE_NOTE = "no date in the text: publication date used"


@dataclass(slots=True)
class Event:
    """One event in ACLED terms, with the evidence it comes from.

    ``evidence == article.text[start:end]``. Further sentences reporting the same event
    are kept in ``more_evidence`` as ``[start, end]`` pairs. ``confidence`` (``high``,
    ``medium``, ``low``) says how sure the rule that made the event is, and ``rule`` names
    it (``trigger:اشتباكات/pattern:clash_between``; ``curated``, ``acled`` for rows from
    those files).
    """

    event_id: str
    article_id: str
    source: str
    event_date: dt.date
    date_from: dt.date
    date_to: dt.date
    time_precision: int
    event_type: str
    sub_event_type: str
    actor1: str = ""
    actor2: str = ""
    assoc_actor_1: str = ""
    assoc_actor_2: str = ""
    actor1_id: str = ""
    actor2_id: str = ""
    mediator: str = ""
    inter1: int | None = None
    inter2: int | None = None
    place_id: str | None = None
    location: str = ""
    location_ar: str = ""
    latitude: float | None = None
    longitude: float | None = None
    geo_precision: int | None = None
    approximate: bool = False
    fatalities: int = 0
    fatalities_text: str = ""
    injuries: int | None = None
    injuries_text: str = ""
    displaced: int | None = None
    displaced_text: str = ""
    part_of_day: str = ""
    time_from: str = ""
    time_to: str = ""
    duration_hours: float | None = None
    tags: list[str] = field(default_factory=list)
    evidence: str = ""
    start: int = 0
    end: int = 0
    more_evidence: list[list[int]] = field(default_factory=list)
    trigger: str = ""
    notes: str = ""
    confidence: str = ""
    rule: str = ""
    #: the place name the text gives when it is not in the gazetteer (the event is then drawn,
    #: approximate, at the enclosing area the text gives; see ``Mention.unresolved_name``)
    unresolved_name: str = ""

    def to_dict(self) -> dict[str, Any]:
        d = dict(zip(_EVENT_FIELDS, _event_values(self)))
        for k in ("event_date", "date_from", "date_to"):
            d[k] = _iso(d[k])
        d["tags"] = list(self.tags)
        d["more_evidence"] = [list(s) for s in self.more_evidence]
        return d


@dataclass(slots=True)
class ControlClaim:
    """A statement that an actor controls a place ("X تسيطر على Y")."""

    controller_id: str
    place_id: str | None
    place_text: str
    as_of: dt.date
    evidence: str
    start: int
    end: int
    qualifier: str = ""  # e.g. "most of"

    def to_dict(self) -> dict[str, Any]:
        d = dict(zip(_CONTROL_FIELDS, _control_values(self)))
        d["as_of"] = _iso(self.as_of)
        return d


@dataclass(slots=True)
class Unresolved:
    """A name that looks like a place (after حي، قرية...) but is not in the gazetteer."""

    article_id: str
    start: int
    end: int
    text: str
    head: str
    name: str
    context: str
    #: the gazetteer id of the enclosing area the name is drawn at ("" when the text gives none)
    placed_at: str = ""

    def to_dict(self) -> dict[str, Any]:
        return dict(zip(_UNRESOLVED_FIELDS, _unresolved_values(self)))


@dataclass(slots=True)
class SetAside:
    """An event the rules made from a sentence the sentence model judged to report no new event.

    Kept with its evidence (it is not shown on the map, and an analyst can still read it).
    """

    event: Event
    #: the model's probability that the event's sentence reports a new event
    sentence_score: float

    def to_dict(self) -> dict[str, Any]:
        return {**self.event.to_dict(), "sentence_score": self.sentence_score}


@dataclass(slots=True)
class Unread:
    """A sentence that reads as a new event (the sentence model) but that no event comes from
    (:mod:`pipeline.unread`): listed for an analyst, never drawn.

    ``evidence == article.text[start:end]``. ``event_id`` is the id an event added from it gets
    (:func:`pipeline.ids.event_id` of the sentence with no trigger). ``place_id``/``place_text`` and
    ``date_from``/``date_to`` are the first resolved place and the first date its own words give
    (empty / None when they give none): hints for the analyst, not findings.
    """

    event_id: str
    start: int
    end: int
    evidence: str
    #: the model's probability that the sentence reports a new event (cut to three decimals)
    sentence_score: float
    place_id: str = ""
    place_text: str = ""
    date_from: dt.date | None = None
    date_to: dt.date | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"event_id": self.event_id, "start": self.start, "end": self.end, "evidence": self.evidence,
                "sentence_score": self.sentence_score, "place_id": self.place_id, "place_text": self.place_text,
                "date_from": _iso(self.date_from) if self.date_from else None,
                "date_to": _iso(self.date_to) if self.date_to else None}


@dataclass(slots=True)
class ArticleResult:
    """Everything the pipeline extracts from one article."""

    article: Article
    mentions: list[Mention]
    actors: list[ActorMention]
    dates: list[DateSpan]
    events: list[Event]
    control: list[ControlClaim]
    unresolved: list[Unresolved]
    #: events the rules made but the sentence model set aside (:mod:`pipeline.screening`)
    set_aside: list[SetAside] = field(default_factory=list)
    #: sentences that read as an event but that no event comes from (:mod:`pipeline.unread`)
    unread: list[Unread] = field(default_factory=list)
    #: the article's sentence spans, worked out once for the stages after the rules
    #: (:class:`pipeline.tollevidence.SentenceSpans`; not part of the JSON)
    sentences: Any = field(default=None, repr=False, compare=False)

    def to_json(self) -> dict[str, Any]:
        """The ``extract --json`` object (see README, "extract JSON")."""
        return {
            "article": {
                "id": self.article.id,
                "published": _iso(self.article.published),
                "source": self.article.source,
                "language": self.article.language,
                "title": self.article.title,
                "url": self.article.url,
            },
            "mentions": [m.to_dict() for m in self.mentions],
            "actors": [
                {"start": a.start, "end": a.end, "text": a.text, "actor_id": a.actor_id} for a in self.actors
            ],
            "dates": [
                {
                    "start": d.start,
                    "end": d.end,
                    "text": d.text,
                    "date_from": _iso(d.date_from),
                    "date_to": _iso(d.date_to),
                    "time_precision": d.time_precision,
                    "part_of_day": d.part_of_day,
                    "time_from": d.time_from,
                    "time_to": d.time_to,
                }
                for d in self.dates
            ],
            "events": [e.to_dict() for e in self.events],
            "control": [c.to_dict() for c in self.control],
            "unresolved": [u.to_dict() for u in self.unresolved],
            "set_aside": [a.to_dict() for a in self.set_aside],
            "unread": [u.to_dict() for u in self.unread],
        }


_ISO: dict[dt.date, str] = {}


def _iso(day: dt.date) -> str:
    """``day.isoformat()``, remembered (a build writes the same few thousand days many times)."""
    text = _ISO.get(day)
    if text is None:
        text = _ISO[day] = day.isoformat()
    return text


# field names in declaration order, and one C-level getter per record type for their values
# (``to_dict`` runs for every record of every article a build writes)
_MENTION_FIELDS = tuple(f.name for f in fields(Mention))
_EVENT_FIELDS = tuple(f.name for f in fields(Event))
_CONTROL_FIELDS = tuple(f.name for f in fields(ControlClaim))
_UNRESOLVED_FIELDS = tuple(f.name for f in fields(Unresolved))
_mention_values = attrgetter(*_MENTION_FIELDS)
_event_values = attrgetter(*_EVENT_FIELDS)
_control_values = attrgetter(*_CONTROL_FIELDS)
_unresolved_values = attrgetter(*_UNRESOLVED_FIELDS)
