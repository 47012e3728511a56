"""The event record of the outputs, typed, and its column list, defined once.

An event of ``build/events.geojson`` (a feature's properties), ``events.parquet`` and the
app's frame is an :class:`EventRecord`: the fields of an extracted event
(:class:`pipeline.records.Event`, dates as ``YYYY-MM-DD`` text), then what merging adds
(:data:`MERGED_FIELDS`, :mod:`pipeline.merge`), what curated rows carry
(:data:`CURATED_FIELDS`, :mod:`pipeline.curated`), the truce fields
(:data:`TRUCE_FIELDS`, :mod:`pipeline.truces`) and the analysts' review
(:data:`REVIEW_FIELDS`, :mod:`pipeline.reviews`). :data:`EVENT_COLUMNS` is their order;
the app's frame (:func:`mapapp.data.events_frame`) has exactly these columns, and
:func:`flat_columns` / :data:`NESTED_FIELDS` say how a record becomes the flat columns of
``events.parquet`` (lists as ``;``-joined text, nested records as JSON text).

Records are typed from the merge step on: curated and ACLED rows
(:func:`pipeline.curated.to_event_records`, :func:`pipeline.acled.load_acled`), events an
analyst reviewed (:func:`pipeline.reviews.apply_reviews`) and every merged event
(:func:`pipeline.merge.merge_reports`) are records, and the writers
(:mod:`pipeline.output`) take them. A record is a slotted dataclass with the fields its
stage gives it, in the order the outputs write them (an extracted event's, a curated row's),
so the files are the same whatever built them; a field it does not carry reads as None.
It also reads as a mapping of those fields (``record["event_id"]``, ``record.get(...)``,
``dict(record)``), and a field can be set only if the record carries it
(``record["truce_id"] = ...``): a stage that adds a field must declare it here first, or
the build fails naming it (:class:`SchemaError`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import MISSING, fields, make_dataclass
from itertools import chain
from operator import attrgetter, itemgetter
from typing import TYPE_CHECKING, Any, ClassVar

import orjson

from .errors import PipelineError
from .records import Event
from .spill import SpilledList

#: Added by merging reports (pipeline/merge.py) and by the build (``source_url``, ``published``, ``origin``).
MERGED_FIELDS: tuple[tuple[str, Any, Any], ...] = (
    ("source_url", str, ""), ("published", str, ""), ("origin", str, "article"), ("reports", list, list),
    ("report_count", int, 1), ("fatalities_range", list, list), ("fatalities_by_source", dict, dict),
    ("alignments", list, list), ("partisan_only", bool, False), ("merged_ids", list, list),
    ("article_count", int, 1), ("outlet_count", int, 1), ("report_ids", list, list),
    ("reporting_outlets", list, list), ("background_outlets", list, list), ("fatalities_basis", str, ""),
    ("search_text", str, ""), ("low_trust_only", bool, False),
)
#: On curated rows only (curated/events.csv).
CURATED_FIELDS: tuple[tuple[str, Any, Any], ...] = (
    ("source_refs", list, list), ("outlet_figures", dict, dict), ("truce_end", str, ""), ("extends", str, ""),
    ("status", str, ""), ("fatalities_note", str, ""), ("background_refs", list, list),
)
#: Written by the truce analysis (pipeline/truces.py).
TRUCE_FIELDS: tuple[tuple[str, Any, Any], ...] = (("truce_id", str, ""), ("violates", list, list))
#: Written when an analyst reviewed the event (curated/reviews.csv, pipeline/reviews.py).
REVIEW_FIELDS: tuple[tuple[str, Any, Any], ...] = (
    ("review_status", str, ""), ("reviewed_by", str, ""), ("reviewed_at", str, ""), ("review_reason", str, ""),
    ("extracted", dict, dict), ("merged_into", str, ""),
)
#: Set on every merged event after merging (the build's review status, the truce analysis, the
#: search text: :mod:`pipeline.searchtext`):
#: a merged record carries them from the start, with their defaults.
LATE_FIELDS: tuple[str, ...] = ("review_status", "truce_id", "violates", "search_text", "low_trust_only")
#: Fields written to ``events.parquet`` as JSON text (nested records); other list fields
#: are ``;``-joined text there, ``more_evidence`` as ``start-end`` pairs.
NESTED_FIELDS: tuple[str, ...] = ("reports", "fatalities_by_source", "outlet_figures", "fatalities_range",
                                  "merged_ids", "extracted")
#: List fields written to ``events.parquet`` as ``;``-joined text (ids, words, outlets' alignments).
LIST_FIELDS: tuple[str, ...] = ("tags", "alignments", "source_refs", "violates", "report_ids", "reporting_outlets",
                                "background_outlets", "background_refs")
#: List fields of ``[start, end]`` pairs, written as ``start-end`` joined with ``;``.
SPAN_FIELDS: tuple[str, ...] = ("more_evidence",)


def _json_type(t: Any) -> Any:
    return str if t in (dt.date, "dt.date", "datetime.date") else t


def _event_specs() -> list[tuple[str, Any, Any]]:
    out = []
    for f in fields(Event):
        if f.default is not MISSING:
            default: Any = f.default
        elif f.default_factory is not MISSING:
            default = f.default_factory
        else:
            default = None
        out.append((f.name, _json_type(f.type), default))
    return out


_SPECS = _event_specs() + [(name, typ | None, default)
                           for name, typ, default in MERGED_FIELDS + CURATED_FIELDS + TRUCE_FIELDS + REVIEW_FIELDS]
#: The columns of an event, in order (the app's frame, the column list of the README).
EVENT_COLUMNS: list[str] = [name for name, _, _ in _SPECS]
#: Each column's type (an extracted event's as :class:`~pipeline.records.Event` annotates it,
#: dates as text; every other field may also be None) and default (a callable makes a fresh one).
FIELD_TYPES: dict[str, Any] = {name: typ for name, typ, _ in _SPECS}
DEFAULTS: dict[str, Any] = {name: default for name, _, default in _SPECS}


def _is_integer(typ: Any) -> bool:
    """Whether a field's type is a whole number (``int`` or ``int | None``; an annotation may be its text)."""
    if isinstance(typ, str):
        return typ.replace(" ", "") in ("int", "int|None")
    return typ is int or typ == int | None


#: The fields that hold whole numbers (counts, codes, offsets): written as integers in every output and
#: export, null when missing (a frame column with a gap holds them as floats: 1.0 is never written).
INTEGER_FIELDS: frozenset[str] = frozenset(name for name, typ in FIELD_TYPES.items() if _is_integer(typ))
_KNOWN = frozenset(EVENT_COLUMNS)


class SchemaError(PipelineError):
    """An event carries a field that :class:`EventRecord` does not declare."""


def _undeclared_message(names: Iterable[str]) -> str:
    return (f"event field(s) {', '.join(sorted(names))} not declared in pipeline/schema.py; "
            "add them to the group of the stage that writes them")


class EventRecord(Mapping[str, Any]):
    """One event of the outputs (see :mod:`pipeline.schema`): a slotted dataclass of the
    fields it carries (:attr:`KEYS`, in output order), read also as a mapping of them.

    Made by :func:`make_record` (or :func:`to_record`, every column); a field the record
    does not carry reads as None (``record.source_refs``) and ``record.get`` gives the
    default for it, as a dict would.
    """

    __slots__ = ()
    #: The fields this record carries, in the order the outputs write them.
    KEYS: ClassVar[tuple[str, ...]] = ()
    _KEYSET: ClassVar[frozenset[str]] = frozenset()
    _values: ClassVar[Any]
    _from_dict: ClassVar[Any]

    def __getitem__(self, key: str) -> Any:
        if key in type(self)._KEYSET:
            return getattr(self, key)
        raise KeyError(key)

    def __iter__(self) -> Iterator[str]:
        return iter(type(self).KEYS)

    def __len__(self) -> int:
        return len(type(self).KEYS)

    def __contains__(self, key: object) -> bool:
        return key in type(self)._KEYSET

    def get(self, key: str, default: Any = None) -> Any:
        return getattr(self, key) if key in type(self)._KEYSET else default

    def __setitem__(self, key: str, value: Any) -> None:
        if key not in type(self)._KEYSET:
            if key not in _KNOWN:
                raise SchemaError(_undeclared_message([key]))
            raise SchemaError(f"event field {key!r} is declared but not carried by this record; "
                              f"make the record with it ({__name__}.make_record)")
        setattr(self, key, value)

    def values_tuple(self) -> tuple:
        """The values of :attr:`KEYS`, in order."""
        return type(self)._values(self)

    def to_dict(self) -> dict[str, Any]:
        """The record as a plain dict (its fields in output order)."""
        return dict(zip(type(self).KEYS, type(self)._values(self)))

    def __repr__(self) -> str:
        return f"EventRecord({', '.join(f'{k}={v!r}' for k, v in zip(type(self).KEYS, type(self)._values(self)))})"

    if TYPE_CHECKING:  # a record's fields are made per layout (record_type); to the type checker, any field
        def __getattr__(self, name: str) -> Any: ...


_TYPES: dict[tuple[str, ...], type[EventRecord]] = {}
_RECORD_TYPES: set[type] = set()


def record_type(keys: tuple[str, ...]) -> type[EventRecord]:
    """The :class:`EventRecord` type carrying exactly ``keys``, in that order (one per layout).

    Raises
    ------
    SchemaError
        Naming any key that is no :data:`EVENT_COLUMNS`.
    """
    cls = _TYPES.get(keys)
    if cls is not None:
        return cls
    unknown = [k for k in keys if k not in _KNOWN]
    if unknown:
        raise SchemaError(_undeclared_message(unknown))
    if len(set(keys)) != len(keys):
        raise SchemaError(f"event fields repeated in {keys}")
    cls = make_dataclass("EventRecord", [(k, FIELD_TYPES[k]) for k in keys], bases=(EventRecord,),
                         slots=True, eq=False, repr=False, match_args=False)
    cls.__module__ = __name__
    for name in EVENT_COLUMNS:
        if name not in keys:
            setattr(cls, name, None)
    cls.KEYS = keys
    cls._KEYSET = frozenset(keys)
    cls._values = _getter(attrgetter, keys)
    cls._from_dict = _getter(itemgetter, keys)
    _TYPES[keys] = cls
    _RECORD_TYPES.add(cls)
    return cls


def _getter(kind: Any, keys: tuple[str, ...]) -> Any:
    """``kind(*keys)`` (``attrgetter``/``itemgetter``) that always returns a tuple."""
    if len(keys) > 1:
        return kind(*keys)
    one = kind(*keys) if keys else None
    return (lambda x: (one(x),)) if one is not None else (lambda x: ())


def make_record(fields: Mapping[str, Any], *more: Mapping[str, Any]) -> EventRecord:
    """A record of the fields of ``fields`` then those ``more`` add (as ``{**fields, **more[0], ...}``).

    Keys keep their first place; a later mapping's value wins. A record given alone is
    returned as it is.

    Raises
    ------
    SchemaError
        When a key is no declared field.
    """
    if more or type(fields) is not dict:  # (type checks: isinstance against the ABC costs more than the record)
        if not more and type(fields) in _RECORD_TYPES:
            return fields  # type: ignore[return-value]
        fields = dict(chain.from_iterable(m.items() for m in (fields, *more)))
    keys = tuple(fields)
    cls = _TYPES.get(keys) or record_type(keys)
    return cls(*cls._from_dict(fields))


def merged_record(fields: dict[str, Any]) -> EventRecord:
    """:func:`make_record` of a merged event, with :data:`LATE_FIELDS` added (defaults) when absent.

    ``fields`` is a new dict of the caller's (merging builds one per event): the late fields
    are added to it in place.
    """
    for k in LATE_FIELDS:
        if k not in fields:
            fields[k] = _default(k)
    return make_record(fields)


def _default(name: str) -> Any:
    default = DEFAULTS[name]
    return default() if callable(default) else default


def to_record(event: Mapping[str, Any]) -> EventRecord:
    """An event as a record of every column (:data:`EVENT_COLUMNS`; absent fields take their defaults).

    Raises
    ------
    SchemaError
        When the event has a field the schema does not declare.
    """
    check_events([event])
    return make_record({k: event[k] if k in event else _default(k) for k in EVENT_COLUMNS})


def unknown_fields(events: Iterable[Mapping[str, Any]]) -> set[str]:
    """The keys of ``events`` that are no :data:`EVENT_COLUMNS` (empty when all are known).

    Records are checked when they are made; only other mappings are read here.
    """
    keys: set[str] = set()
    for layout in {tuple(e) for e in events if type(e) not in _RECORD_TYPES}:
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
        raise SchemaError(_undeclared_message(unknown))


def json_fragment(obj: Any) -> Any:
    """``default`` for ``orjson.dumps`` of event records: a value that knows its own JSON (its
    type's ``json_fragment()``: a merged event's list kept on disk, :class:`pipeline.spill.SpilledList`)
    as that JSON; TypeError for anything else (as without a ``default``)."""
    make = getattr(type(obj), "json_fragment", None)
    if make is None:
        raise TypeError(f"Type is not JSON serializable: {type(obj).__name__}")
    return make(obj)


def json_default(obj: Any) -> Any:
    """:func:`json_fragment`, else ``str(obj)`` (the event files' ``default=str``)."""
    make = getattr(type(obj), "json_fragment", None)
    return make(obj) if make is not None else str(obj)


def flat_keys(events: Sequence[Mapping[str, Any]]) -> tuple[bool, list[str]]:
    """Whether ``events`` are all typed records, and the fields of their :func:`flat_columns`, in order.

    (Given to :func:`flat_columns` for a slice of ``events``, the fields make the slice's
    columns those of the whole, so a writer can take the events a slice at a time.)
    """
    types: dict[Any, None] = dict.fromkeys(map(type, events))
    if types and _RECORD_TYPES.issuperset(types):
        return True, list(dict.fromkeys(chain.from_iterable(t.KEYS for t in types)))
    # the distinct key layouts, in first-seen order, give the keys in first-seen order
    return False, list(dict.fromkeys(chain.from_iterable(dict.fromkeys(map(tuple, events)))))


#: What ``events.parquet`` writes as ``;``-joined text: lists, kept in memory or on disk.
_LISTS = (list, SpilledList)


def flat_columns(events: Sequence[Mapping[str, Any]], nested_raw: bool = False,
                 layout: tuple[bool, list[str]] | None = None) -> dict[str, tuple[list, set[type]]]:
    """The columns of ``events.parquet`` (before pandas or Arrow see them), with their value types.

    One list per field, fields in first-seen order (the fields of the first record, then
    those later records add), a field a record does not carry None. Lists become
    ``;``-joined text (``more_evidence`` as ``start-end``), :data:`NESTED_FIELDS` JSON text
    (``nested_raw``: left as they are, typed ``str``: the writer makes the text a chunk at a time).
    ``layout``: :func:`flat_keys` of the events ``events`` is a slice of (default: of ``events``).
    """
    records, keys = flat_keys(events) if layout is None else layout
    if not keys:
        return {}
    if records:
        values = attrgetter(*keys) if len(keys) > 1 else (lambda e: (getattr(e, keys[0]),))
        rows = list(map(values, events))  # a field a record type lacks is its class attribute None
    else:
        get = itemgetter(*keys) if len(keys) > 1 else (lambda e: (e[keys[0]],))
        # an event with as many keys as all events together has every key: one C call per event
        rows = [get(e) if len(e) == len(keys) else tuple(map(e.get, keys)) for e in events]
    columns: dict[str, tuple[list, set[type]]] = {}
    for k, col in zip(keys, zip(*rows)):
        types_ = set(map(type, col))
        if k == "more_evidence":
            columns[k] = [";".join(f"{s}-{t}" for s, t in v or []) for v in col], {str}
        elif k in NESTED_FIELDS:
            columns[k] = (list(col) if nested_raw else [orjson.dumps(v, default=json_fragment).decode()
                                                        if v is not None else None for v in col],
                          {t if t is type(None) else str for t in types_})
        elif any(issubclass(t, _LISTS) for t in types_):
            columns[k] = ([";".join(map(str, v)) if isinstance(v, _LISTS) else v for v in col],
                          {str if issubclass(t, _LISTS) else t for t in types_})
        else:
            columns[k] = list(col), types_
    return columns
