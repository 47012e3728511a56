"""The parts of an :class:`~pipeline.records.Event` that the Arabic (:mod:`pipeline.events`)
and English (:mod:`pipeline.english.events`) rules share: the kind a trigger word gives
(:class:`EventKind`), where the event is drawn, who its actors are, the further sentences
reporting it, and the note of an event placed at the article's city.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from .actors import Actor
from .records import Mention


@dataclass(frozen=True, slots=True)
class EventKind:
    """An event trigger kind and its ACLED coding (``events.Trigger``, ``english.lexicon.Kind``)."""

    kind: str
    event_type: str
    sub_event_type: str
    tags: tuple[str, ...] = ()


def place_fields(loc: Mention | None) -> dict[str, Any]:
    """An event's place fields from the mention it is placed at (none: unplaced, approximate).

    Returns
    -------
    dict
        ``place_id``, ``location``, ``location_ar``, ``latitude``, ``longitude``,
        ``geo_precision`` and ``approximate`` as :class:`~pipeline.records.Event` takes them.
    """
    if loc is None:
        return {"place_id": None, "location": "", "location_ar": "", "latitude": None, "longitude": None,
                "geo_precision": None, "approximate": True}
    return {"place_id": loc.place_id, "location": loc.name_en, "location_ar": loc.name_ar, "latitude": loc.lat,
            "longitude": loc.lon, "geo_precision": loc.geo_precision, "approximate": loc.approximate}


def actor_fields(actors: Mapping[str, Actor], actor1: str, actor2: str, mediator: str) -> dict[str, Any]:
    """An event's actor fields from actor ids (``""`` for none): names, ids, mediator and inter codes.

    Returns
    -------
    dict
        ``actor1``, ``actor2``, ``actor1_id``, ``actor2_id``, ``mediator``, ``inter1`` and
        ``inter2`` as :class:`~pipeline.records.Event` takes them.
    """
    a1, a2 = actors.get(actor1), actors.get(actor2)
    return {"actor1": a1.name if a1 else "", "actor2": a2.name if a2 else "", "actor1_id": actor1,
            "actor2_id": actor2, "mediator": actors[mediator].name if mediator in actors else "",
            "inter1": a1.inter if a1 else None, "inter2": a2.inter if a2 else None}


def more_evidence(main: tuple[int, int], spans: Iterable[tuple[int, int]]) -> list[list[int]]:
    """The ``[start, end]`` of each further sentence reporting an event, once each, not its main one."""
    first = list(main)
    more: list[list[int]] = []
    for s, e in spans:
        span = [s, e]
        if span != first and span not in more:
            more.append(span)
    return more


def city_note(loc: Mention) -> str:
    """The note of an event whose sentence names no place, placed at the article's city."""
    return f"no place in the sentence: located at the article's city ({loc.name_en})"


def scene_note(loc: Mention) -> str:
    """The note of an event whose sentence names no place, placed where the sentence before
    placed its event."""
    return f"no place in the sentence: located where the sentence before placed its event ({loc.name_en})"


def near_precision(precision: int | None) -> int:
    """ACLED's ``geo_precision`` of an event near a place, not at it: 2 (near a known location) at least
    (``../shared/reference/acled.md``; a strike "near Amuda" had kept the town's 1).

    Parameters
    ----------
    precision : int or None
        The place's own precision.
    """
    return max(precision or 1, 2)
