"""A stage after the event rules: an event whose place its own sentence does not name is at most ``medium``.

The event rules (:func:`pipeline.events._confidence`, the English rules) grade an event ``high``
when its sentence gives its trigger, place and date. A place can also be *inferred*: a
"the city" (``المدينة``) or "the areas of the fighting" read as the place an earlier sentence
named, or the article's city. Such an event's place is a guess from context, however sure its
trigger and date: :func:`cap_inferred_places` lowers it from ``high`` to ``medium`` (``medium`` and
``low`` stay). The place is *named in its own sentence* when a place mention of the article
(:class:`pipeline.records.Mention`) lies inside the event's sentence (its evidence or one of its
further sentences, ``more_evidence``), is not an anaphor (``how`` ``anaphora``: "the city", "the
airport"), and resolves to the event's place or to a place inside it (an event drawn at the
enclosing area of a named street or village), or the event is drawn at an area of the named
place ("two villages west of Tal Tamr": its countryside); or the sentence names a place the gazetteer
lacks (``unresolved_name``), for which the event is drawn at the enclosing area.

Run by :meth:`pipeline.core.Pipeline.process` on every article, Arabic and English, after the
events; it changes only ``confidence``.
"""

from __future__ import annotations

from collections.abc import Iterable

from .gazetteer import Gazetteer
from .records import ArticleResult, Event, Mention

#: Mentions that refer back to a place rather than name it.
NOT_NAMED = frozenset({"anaphora"})


def _spans(e: Event) -> list[tuple[int, int]]:
    out = [(e.start, e.end)] if e.start is not None and e.end is not None else []
    for pair in e.more_evidence or ():
        if len(pair) == 2:
            out.append((int(pair[0]), int(pair[1])))
    return out


def _within(place_id: str | None, target: str, gazetteer: Gazetteer) -> bool:
    """True when ``place_id`` is ``target`` or lies inside it (its chain of parents)."""
    seen = set()
    while place_id and place_id not in seen:
        if place_id == target:
            return True
        seen.add(place_id)
        p = gazetteer.places.get(place_id)
        place_id = p.parent if p is not None else None
    return False


def place_named(e: Event, mentions: Iterable[Mention], gazetteer: Gazetteer) -> bool:
    """True when one of the event's own sentences names its place (see the module docstring)."""
    if not e.place_id:
        return False
    if e.unresolved_name and e.unresolved_name in (e.evidence or ""):
        return True  # a village the gazetteer lacks, named here: drawn at the enclosing area, approximate
    spans = _spans(e)
    place = gazetteer.places.get(e.place_id)
    # an area of a named place ("villages west of Tal Tamr": its countryside) is told by that name
    around = place.parent if place is not None and place.kind == "area" else None
    return any(m.how not in NOT_NAMED and any(s <= m.start and m.end <= t for s, t in spans)
               and (_within(m.place_id, e.place_id, gazetteer) or (around and m.place_id == around))
               for m in mentions)


def cap_inferred_places(result: ArticleResult, gazetteer: Gazetteer) -> ArticleResult:
    """Lower every ``high`` event of ``result`` whose place is not named in its own sentence to ``medium``
    (in place; returns ``result``)."""
    for e in result.events:
        if e.confidence == "high" and not place_named(e, result.mentions, gazetteer):
            e.confidence = "medium"
    return result
