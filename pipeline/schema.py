"""The event record of the outputs, typed, and its column list, defined once.

An event of ``build/events.geojson`` (a feature's properties), ``events.parquet`` and the
app's frame is :class:`EventRecord`: the fields of an extracted event
(:class:`pipeline.records.Event`, dates as ``YYYY-MM-DD`` text), then what merging adds
(:data:`MERGED_FIELDS`, :mod:`pipeline.merge`), what curated rows carry
(:data:`CURATED_FIELDS`, :mod:`pipeline.curated`), the truce fields
(:data:`TRUCE_FIELDS`, :mod:`pipeline.truces`) and the analysts' review
(:data:`REVIEW_FIELDS`, :mod:`pipeline.reviews`). :data:`EVENT_COLUMNS` is their order;
the app's frame (:func:`mapapp.data.events_frame`) has exactly these columns.

The build checks every merged event against it (:func:`check_events`): a stage that adds a
field must declare it here first.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import MISSING, field, fields, make_dataclass
from typing import Any

from .errors import PipelineError
from .records import Event

#: Added by merging reports (pipeline/merge.py) and by the build (``source_url``, ``published``, ``origin``).
MERGED_FIELDS: tuple[tuple[str, Any, Any], ...] = (
    ("source_url", str, ""), ("published", str, ""), ("origin", str, "article"), ("reports", list, list),
    ("report_count", int, 1), ("fatalities_range", list, list), ("fatalities_by_source", dict, dict),
    ("alignments", list, list), ("partisan_only", bool, False), ("merged_ids", list, list),
)
#: On curated rows only (curated/events.csv).
CURATED_FIELDS: tuple[tuple[str, Any, Any], ...] = (
    ("source_refs", list, list), ("outlet_figures", dict, dict), ("truce_end", str, ""), ("extends", str, ""),
    ("status", str, ""), ("fatalities_note", str, ""),
)
#: Written by the truce analysis (pipeline/truces.py).
TRUCE_FIELDS: tuple[tuple[str, Any, Any], ...] = (("truce_id", str, ""), ("violates", list, list))
#: Written when an analyst reviewed the event (curated/reviews.csv, pipeline/reviews.py).
REVIEW_FIELDS: tuple[tuple[str, Any, Any], ...] = (
    ("review_status", str, ""), ("reviewed_by", str, ""), ("reviewed_at", str, ""), ("review_reason", str, ""),
    ("extracted", dict, dict), ("merged_into", str, ""),
)


def _json_type(t: Any) -> Any:
    return str if t in (dt.date, "dt.date", "datetime.date") else t


def _spec(name: str, typ: Any, default: Any) -> tuple[str, Any, Any]:
    return (name, typ | None, field(default_factory=default) if callable(default) else field(default=default))


def _event_specs() -> list[tuple[str, Any, Any]]:
    out = []
    for f in fields(Event):
        if f.default is not MISSING:
            default = field(default=f.default)
        elif f.default_factory is not MISSING:
            default = field(default_factory=f.default_factory)
        else:
            default = field(default=None)
        out.append((f.name, _json_type(f.type), default))
    return out


#: One event as written to the outputs (every field optional: a field absent from a record
#: takes its default). Fields: :class:`pipeline.records.Event`'s, then merged, curated, truce
#: and review fields.
EventRecord: Any = make_dataclass(
    "EventRecord",
    _event_specs() + [_spec(*s) for s in MERGED_FIELDS + CURATED_FIELDS + TRUCE_FIELDS + REVIEW_FIELDS],
    slots=True,
)
EventRecord.__doc__ = "One event of the outputs (see :mod:`pipeline.schema`)."
EventRecord.__module__ = __name__

#: The columns of an event, in order (the app's frame, the column list of the README).
EVENT_COLUMNS: list[str] = [f.name for f in fields(EventRecord)]
_KNOWN = frozenset(EVENT_COLUMNS)


class SchemaError(PipelineError):
    """An event carries a field that :class:`EventRecord` does not declare."""


def unknown_fields(events: Iterable[Mapping[str, Any]]) -> set[str]:
    """The keys of ``events`` that are no :data:`EVENT_COLUMNS` (empty when all are known)."""
    keys: set[str] = set()
    for layout in {tuple(e) for e in events}:
        keys.update(layout)
    return keys - _KNOWN


def check_events(events: Iterable[Mapping[str, Any]]) -> None:
    """Raise :class:`SchemaError` naming any field an event has that the schema does not declare.

    Parameters
    ----------
    events : iterable of mapping
        Event records (the build's merged events).

    Raises
    ------
    SchemaError
        With the unknown field names and where to declare them.
    """
    unknown = unknown_fields(events)
    if unknown:
        raise SchemaError(f"event field(s) {', '.join(sorted(unknown))} not declared in pipeline/schema.py; "
                          "add them to the group of the stage that writes them")


def to_record(event: Mapping[str, Any]) -> Any:
    """An event dict as a typed :class:`EventRecord` (absent fields take their defaults).

    Raises
    ------
    SchemaError
        When the dict has a field the schema does not declare.
    """
    check_events([event])
    return EventRecord(**event)
