"""Writing the build's output files, atomically.

The event writers take the build's typed event records (:class:`pipeline.schema.EventRecord`,
written as they are: orjson serialises them natively, fields in record order) or plain
dicts; the other writers take JSON-ready dicts (what :meth:`ArticleResult.to_json` gives,
or what the incremental cache holds). :func:`write_outputs` writes a complete new version of
the output folder and switches the ``build`` link to it in one atomic step, so a crash
never leaves a half-written or mixed output. :func:`atomic_write` does the same for a
single file. The files and their columns are documented in the README ("Output folder").

The large files are made by faster routes than the plain library calls, with the same
bytes: ``events.parquet`` straight from Arrow (:func:`events_parquet`), the CSV files with
one ``csv.writer`` call per distinct value (:func:`_csv_bytes`). Every CSV line ends in
``\n``, and a field holding a line break of any kind (``\n``, ``\r``) is quoted, so that it
reads back whole in Python's :mod:`csv`, pandas and spreadsheets (:func:`pipeline.csvio.csv_line`).
"""

from __future__ import annotations

import array
import io
import mmap
import os
import re
import shutil
import struct
import tempfile
import time
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping, Sequence
from itertools import repeat
from operator import itemgetter
from pathlib import Path
from typing import Any, BinaryIO, NamedTuple

import geopandas as gpd
import orjson
import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
from shapely.geometry import mapping

from .cells import formula_safe
from .csvio import csv_line
from .errors import OutputError
from .gazetteer import Gazetteer
from .mergestate import MERGE_STATE
from .schema import NESTED_FIELDS, flat_columns, flat_keys, json_default, json_fragment
from .seednotes import SEED_NOTES
from .trucestate import TRUCE_STATE

MENTION_COLUMNS = ["article_id", "start", "end", "text", "place_id", "name_en", "name_ar", "kind", "lat", "lon",
                   "geo_precision", "approximate", "how", "location_note", "unresolved_name"]
UNRESOLVED_COLUMNS = ["article_id", "start", "end", "text", "head", "name", "context", "placed_at"]
CONTROL_COLUMNS = ["article_id", "controller_id", "place_id", "place_text", "qualifier", "as_of", "evidence",
                   "start", "end"]


def atomic_write(path: str | Path, data: bytes | str) -> None:
    """Write ``data`` to ``path`` so that readers see the old file or the new one, never half.

    Parameters
    ----------
    path : str or Path
    data : bytes or str
        ``str`` is encoded as UTF-8.
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(data, str):
        data = data.encode("utf-8")
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def to_json_bytes(obj: Any, compact: bool = False) -> bytes:
    """UTF-8 JSON with Arabic kept readable (orjson); ``compact`` for the large outputs."""
    return orjson.dumps(obj, default=str, option=0 if compact else orjson.OPT_INDENT_2)


class StreamedItems:
    """The members of a JSON object made as it is written (:func:`json_parts`), not held: the
    manifest's ``inputs`` (a name and a hash per seed file) grow with the corpus.

    Parameters
    ----------
    make : callable
        Gives the ``(key, value)`` pairs, in order, each time it is called.
    """

    def __init__(self, make: Callable[[], Iterable[tuple[str, Any]]]):
        self._make = make

    def __iter__(self) -> Iterator[tuple[str, Any]]:
        return iter(self._make())


def json_parts(obj: Mapping[str, Any]) -> Iterator[bytes]:
    """``to_json_bytes(obj)`` (indented) in parts, the members of a :class:`StreamedItems` value one
    by one: the same bytes, joined, as ``to_json_bytes`` gives for that value as a dict."""
    if not obj:
        yield to_json_bytes(obj)
        return
    yield b"{\n"
    for n, (key, value) in enumerate(obj.items()):
        if n:
            yield b",\n"
        if not isinstance(value, StreamedItems):
            yield to_json_bytes({key: value})[2:-2]  # (its line(s) in the object: '  "key": value')
            continue
        head = to_json_bytes({key: {}})[2:-4]  # '  "key": '
        members = 0
        for k, v in value:
            member = to_json_bytes({k: v})[2:-2]  # '  "k": v', one level deeper
            yield (head + b"{\n" if not members else b",\n") + b"  " + member.replace(b"\n", b"\n  ")
            members += 1
        yield head + b"{}" if not members else b"\n  }"
    yield b"\n}"


class _CsvFields(dict):
    """One column's fields as ``csv.writer`` writes them, by value, each written once.

    A value's field does not depend on the rest of its row, except that a row of a single
    empty field is written ``""``; the memo keeps the field a row of several gives.
    """

    def __missing__(self, value: Any) -> str:
        field = csv_line([formula_safe(value)])  # article text read as a formula: shown, never run
        self[value] = field = "" if field == '""' else field
        return field


#: The values a memo may hold: str, None and one numeric type per column (they never compare
#: equal to one another; an int and a bool or float of the same value would, and 0.0 == -0.0).
_CSV_SAFE = {str, type(None)}
_CSV_NUMBERS = {int, bool, float}


class CsvRows:
    """Rows of one CSV file made into bytes batch by batch, as :func:`pipeline.csvio.csv_line` writes them.

    ``csv.writer`` writes a field the same way whatever the rest of its
    row, so a file is the concatenation of its batches (say, one per article) whatever the
    batches. Each distinct value of a column is written by ``csv.writer`` once and reused
    (several times faster than writing every field: long Arabic texts repeat). A value may
    only be reused when no other value compares equal to it: once a column has mixed value
    types that compare equal (``1``, ``True``, ``1.0``...), a float zero (``0.0 == -0.0``) or
    an unhashable value, this batch and every later one are written by ``csv.writer`` row
    by row. The memo is emptied now and then, so it never grows with the file.

    Parameters
    ----------
    width : int
        The number of columns.
    """

    #: memo entries per column before it is emptied
    MEMO_LIMIT = 50_000

    def __init__(self, width: int):
        self.memos = [_CsvFields() for _ in range(width)]
        self.kinds: list[set[type]] = [set() for _ in range(width)]
        self.plain = False  # True: row by row through csv.writer from now on

    def header(self, header: list[str]) -> bytes:
        """The header line's bytes."""
        return (csv_line(header) + "\n").encode("utf-8")

    def render(self, rows: list[tuple]) -> bytes:
        """The bytes of ``rows`` (each a tuple of ``width`` values), every line ending in ``\\n``."""
        if not rows:
            return b""
        if not self.plain:
            try:
                types = set(map(tuple, map(map, repeat(type), rows)))  # each row's value types
                for i, kinds in enumerate(self.kinds):
                    kinds.update(t[i] for t in types)
                    other = kinds - _CSV_SAFE
                    if len(other) > 1 or not other <= _CSV_NUMBERS:
                        raise TypeError("mixed value types")
                field, join = _CsvFields.__getitem__, ",".join
                text = "\n".join([join(map(field, self.memos, row)) for row in rows])
            except TypeError:  # an unhashable value, or types a memo cannot tell apart
                self.plain = True
            else:
                if any(kinds == {float} and 0.0 in memo for kinds, memo in zip(map(set.__sub__, self.kinds,
                                                                                  repeat(_CSV_SAFE)), self.memos)):
                    self.plain = True  # 0.0 and -0.0: this batch again, row by row
                else:
                    for memo in self.memos:
                        if len(memo) > self.MEMO_LIMIT:
                            memo.clear()
                    return (text + "\n").encode("utf-8")
        return "".join([csv_line(list(map(formula_safe, row))) + "\n" for row in rows]).encode("utf-8")


def _csv_bytes(header: list[str], batches: Callable[[], Iterable[list[tuple]]]) -> bytes:
    """The UTF-8 bytes of ``header`` and the rows, each line as :func:`pipeline.csvio.csv_line` writes it, ending in ``\\n``.

    ``batches()`` gives the rows in lists (say, one per article); see :class:`CsvRows`.
    """
    rows = CsvRows(len(header))
    return b"".join([rows.header(header), *map(rows.render, batches())])


def _article_rows(result: dict, key: str, columns: list[str]) -> list[tuple]:
    """The rows of ``result[key]``'s records, ``article_id`` first (the result's article
    unless a record names its own); a missing key and None both write as an empty field."""
    records = result[key]
    if not records:
        return []
    aid = result["article"]["id"]
    if any(map(dict.__contains__, records, repeat("article_id"))):  # a record naming its article
        return [(rec.get("article_id", aid), *map(rec.get, columns[1:])) for rec in records]
    try:
        values = itemgetter(*columns[1:])
        return [(aid, *values(rec)) for rec in records]
    except KeyError:  # a record without some column
        return [(aid, *map(rec.get, columns[1:])) for rec in records]


def _article_records_csv(results: list[dict], key: str, columns: list[str]) -> bytes:
    """CSV of the ``r[key]`` records of every result, ``article_id`` first (see :func:`_article_rows`)."""
    return _csv_bytes(columns, lambda: (_article_rows(r, key, columns) for r in results))


def records_csv(records: list[dict], columns: list[str]) -> bytes:
    """CSV of records by ``columns`` (a missing key and None both write as an empty field).

    Parameters
    ----------
    records : list of dict
    columns : list of str
        The header, and the keys read of each record, in order.

    Returns
    -------
    bytes
    """
    return _csv_bytes(columns, lambda: [[tuple(map(rec.get, columns)) for rec in records]])


#: The record -> flat columns mapping of ``events.parquet`` is the schema's (one definition).
_event_columns = flat_columns


def events_frame(events: Sequence[Mapping[str, Any]]) -> gpd.GeoDataFrame:
    """Events as a GeoDataFrame (EPSG:4326, point geometry or None), for GeoParquet.

    Lists become ``;``-joined text (``tags``, ``alignments``, ``more_evidence`` as
    ``start-end``); nested records (``reports``...) become JSON text.
    """
    df = pd.DataFrame({k: col for k, (col, _) in _event_columns(events).items()})
    if df.empty:
        return gpd.GeoDataFrame(df, geometry=gpd.GeoSeries([], crs="EPSG:4326"), crs="EPSG:4326")
    lat = pd.to_numeric(df["latitude"], errors="coerce")
    lon = pd.to_numeric(df["longitude"], errors="coerce")
    geom = gpd.points_from_xy(lon, lat, crs="EPSG:4326")
    geom[lat.isna().to_numpy() | lon.isna().to_numpy()] = None
    return gpd.GeoDataFrame(df, geometry=geom, crs="EPSG:4326")


#: Events per row group of ``events.parquet``: the writer holds one group's columns at a
#: time, so its memory does not grow with the number of events (a file of fewer events is
#: one row group, as geopandas writes it by default). A merged event's ``reports`` (every
#: report's sentence, as JSON) reached 20 KB on a 20k-article corpus: 2,048 events a group
#: peaked ~95 MB below 8,192 there and ~110 MB below one group (measured, noisy machine).
PARQUET_ROW_GROUP = 2048
#: Most bytes of text (JSON of nested records, mostly ``reports``) in one row group: a group of
#: events with more is written as several, each under this (or of one event). Writing a group
#: takes about three times its text (the first 2,048 events of a 20k-article corpus held 44 MB
#: of reports, and their writing peaked 122 MB above the rest of the build).
PARQUET_GROUP_BYTES = 8 << 20
#: Most reports (items of the events' ``reports``) in one row group: the events of a group are
#: converted together, and their reports' JSON is most of what that holds.
PARQUET_GROUP_REPORTS = 8192


def events_parquet(events: Sequence[Mapping[str, Any]], row_group: int = PARQUET_ROW_GROUP,
                   group_bytes: int | None = PARQUET_GROUP_BYTES) -> bytes:
    """``events.parquet`` as bytes (:func:`write_events_parquet`)."""
    buf = io.BytesIO()
    write_events_parquet(buf, events, row_group, group_bytes)
    return buf.getvalue()


def write_events_parquet(fh: BinaryIO, events: Sequence[Mapping[str, Any]], row_group: int = PARQUET_ROW_GROUP,
                         group_bytes: int | None = PARQUET_GROUP_BYTES) -> None:
    """Write ``events.parquet`` to ``fh``: :func:`events_frame` as GeoParquet, as geopandas writes
    it with ``row_group_size=row_group``, except that events are converted at most
    :data:`PARQUET_GROUP_REPORTS` reports at a time and a group whose nested text is more than
    ``group_bytes`` is written as several row groups, each of at most that much (or of one
    event): what its writing takes stays bounded however many reports the events have
    (``group_bytes`` None: groups of ``row_group`` events, as geopandas writes them).

    The columns the pipeline produces (text, integers, numbers with gaps, flags) are
    converted to Arrow directly, which is several times faster than going through pandas
    and geopandas, and ``row_group`` events at a time (each group written before the next is
    made); the file is the same, byte for byte: the schema (with its ``pandas`` and ``geo``
    metadata) is the one geopandas writes for a small frame of the same column types and
    extent. Any other column (mixed types, flags with gaps...) takes the geopandas path.
    """
    kept: dict[str, tuple[list, set[type]]] = {}
    plan = _parquet_plan(events, row_group, kept)
    if plan is not None:
        start = fh.tell()
        writer = pq.ParquetWriter(fh, plan[1], compression="snappy", memory_pool=_ARROW_POOL)
        try:
            for i, j in _report_slices(events, row_group, PARQUET_GROUP_REPORTS if group_bytes else None):
                table = _events_table(events[i:j], *plan,
                                      typed={k: (v[i:j], t) for k, (v, t) in kept.items()} if kept else None)
                if table is None:
                    break
                for a, b in _byte_slices(table, group_bytes):
                    writer.write_table(table.slice(a, b - a))
                del table
            else:
                writer.close()
                return
        except BaseException:
            writer.close()
            raise
        writer.close()  # (a value the Arrow route cannot take: the geopandas route, from the start)
        fh.seek(start)
        fh.truncate()
    events_frame(events).to_parquet(fh, index=False, row_group_size=row_group)


def _report_slices(events: Sequence[Mapping[str, Any]], row_group: int, limit: int | None) -> list[tuple[int, int]]:
    """Ranges of at most ``row_group`` events holding at most ``limit`` reports together (an event
    with more alone); ranges of ``row_group`` events when ``limit`` is None."""
    if limit is None:
        return [(i, min(i + row_group, len(events))) for i in range(0, len(events), row_group)]
    out, start, held = [], 0, 0
    for i, e in enumerate(events):
        n = len(e.get("reports") or ())
        if i > start and (i - start >= row_group or held + n > limit):
            out.append((start, i))
            start, held = i, 0
        held += n
    if start < len(events):
        out.append((start, len(events)))
    return out


def _byte_slices(table: pa.Table, limit: int | None) -> list[tuple[int, int]]:
    """Row ranges of ``table`` whose text columns (``large_string``: the nested records' JSON) hold
    at most ``limit`` bytes each (a row holding more alone); the whole table when ``limit`` is None
    or it holds less."""
    n = table.num_rows
    texts = [c for c, f in zip(table.columns, table.schema) if f.type == pa.large_string()]
    if limit is None or n <= 1 or not texts or sum(c.nbytes for c in texts) <= limit:
        return [(0, n)]
    import numpy as np
    import pyarrow.compute as pc

    sizes = np.zeros(n, dtype=np.int64)
    for c in texts:
        sizes += pc.fill_null(pc.binary_length(c), 0).to_numpy(zero_copy_only=False)
    ends = np.cumsum(sizes)
    out, a, base = [], 0, 0
    while a < n:
        b = max(a + 1, int(np.searchsorted(ends, base + limit, side="right")))
        out.append((a, b))
        base, a = int(ends[b - 1]), b
    return out


#: The allocator for the Arrow conversion: pyarrow's default (mimalloc) takes several times
#: as long on a process's first large conversion; the file does not depend on it.
_ARROW_POOL = pa.system_memory_pool()



#: Arrow conversion of each column kind: (pandas dtype of the sample frame, sample value, Arrow type).
_KINDS = {
    "str": ("str", "", pa.large_string()),
    "int": ("int64", 0, pa.int64()),
    "float": ("float64", 0.0, pa.float64()),
    "bool": ("bool", False, pa.bool_()),
    "none": (object, None, pa.null()),
}


def _column_kind(types: set[type]) -> str | None:
    """The :data:`_KINDS` entry pandas gives a column of values of these types (None: another case)."""
    gaps = type(None) in types
    types = types - {type(None)}
    if not types:
        return "none"
    if types == {str}:
        return "str"
    if types == {bool} and not gaps:
        return "bool"  # (with gaps: an object column)
    if types == {int} and not gaps:
        return "int"
    if types <= {int, float}:
        return "float"  # numbers with gaps: NaN
    return None


def _point(x: Any, y: Any) -> tuple[float, float] | None:
    """A point where both coordinates are given (and not NaN); None otherwise."""
    return (float(x), float(y)) if x is not None and y is not None and x == x and y == y else None


_Plan = tuple[tuple[bool, list[str]], pa.Schema, dict[str, str]]


#: Most cells (events × fields) whose column values :func:`write_events_parquet` keeps from its plan for
#: its row groups (~8 bytes each, 12 MB: the ~11k events of a 5k-article corpus) instead of reading the
#: events again; more events are read again, group by group (the memory stays bounded).
PARQUET_KEEP_CELLS = 1_500_000


def _parquet_plan(events: Sequence[Mapping[str, Any]], row_group: int,
                  keep: dict[str, tuple[list, set[type]]] | None = None) -> _Plan | None:
    """What every row group of :func:`write_events_parquet` shares, read ``row_group`` events at a
    time: the fields (:func:`pipeline.schema.flat_keys`), the file's Arrow schema (column kinds
    and extent of all events) and each column's kind; None when not a simple case. ``keep`` (when
    given) gets every event's column values (:func:`pipeline.schema.flat_columns`, ``nested_raw``)
    when they are at most :data:`PARQUET_KEEP_CELLS` (read then in one step)."""
    if not events:
        return None
    layout = flat_keys(events)
    types: dict[str, set[type]] = {k: set() for k in layout[1]}
    bounds: list[float] | None = None
    step = len(events) if keep is not None and len(events) * len(layout[1]) <= PARQUET_KEEP_CELLS else row_group
    for i in range(0, len(events), step):
        typed = _event_columns(events[i:i + step], nested_raw=True, layout=layout)
        if step == len(events) and keep is not None:
            keep.update(typed)
        for k, (_, t) in typed.items():
            types[k] |= t
        if "latitude" not in typed or "longitude" not in typed:
            return None
        for p in map(_point, typed["longitude"][0], typed["latitude"][0]):
            if p is None:
                continue
            if bounds is None:
                bounds = [p[0], p[1], p[0], p[1]]
            else:
                bounds = [min(bounds[0], p[0]), min(bounds[1], p[1]), max(bounds[2], p[0]), max(bounds[3], p[1])]
        del typed
    if "geometry" in types:
        return None
    maybe_kinds = {k: _column_kind(t) for k, t in types.items()}
    kinds = {k: v for k, v in maybe_kinds.items() if v is not None}
    if len(kinds) < len(maybe_kinds) or kinds["latitude"] == "str" or kinds["longitude"] == "str":
        return None
    if bounds is not None and 0.0 in bounds:  # an edge at 0: min() and numpy may disagree on its sign (-0.0)
        return None
    return layout, _geoparquet_schema(tuple(kinds.items()), None if bounds is None else tuple(bounds)), kinds


def _events_table(events: Sequence[Mapping[str, Any]], layout: tuple[bool, list[str]], schema: pa.Schema,
                  kinds: dict[str, str], typed: dict[str, tuple[list, set[type]]] | None = None) -> pa.Table | None:
    """One row group of :func:`write_events_parquet` as an Arrow table (``layout``, ``schema`` and
    ``kinds``: :func:`_parquet_plan` of all events; ``typed``: the events' column values when the plan
    kept them), or None when a value does not convert."""
    if typed is None:
        typed = _event_columns(events, nested_raw=True, layout=layout)
    points = list(map(_point, typed["longitude"][0], typed["latitude"][0]))
    arrays = []
    try:
        for k in list(typed):
            # (inferring the type then casting is much faster than converting to a given type; text given
            # as UTF-8 bytes is checked by the cast.) Each column's values are let go once converted
            col = typed.pop(k)[0]
            if k in NESTED_FIELDS:
                arrays.append(_nested_array(col, _KINDS[kinds[k]][2]))
            else:
                arrays.append(pa.array(col, from_pandas=True, memory_pool=_ARROW_POOL).cast(_KINDS[kinds[k]][2],
                                                                                             memory_pool=_ARROW_POOL))
            del col
    except (pa.ArrowInvalid, OverflowError):  # e.g. an integer beyond int64, or beyond a double's precision
        return None
    arrays.append(pa.array([_POINT_WKB.pack(1, 1, *p) if p is not None else None for p in points], pa.binary(),
                           memory_pool=_ARROW_POOL))
    return pa.Table.from_arrays(arrays, schema=schema)


def _nested_array(values: list, arrow_type: pa.DataType) -> pa.Array:
    """The Arrow array of ``values`` (nested records, or None) as JSON text.

    For a text column (``large_string``), each value's JSON is written once into one buffer
    that becomes the array's data (no text object per value, no second copy): ``reports``
    holds every report's sentence, the largest column by far.
    """
    if arrow_type != pa.large_string():
        return pa.array([orjson.dumps(v, default=json_fragment).decode() if v is not None else None for v in values],
                        from_pandas=True, memory_pool=_ARROW_POOL).cast(arrow_type, memory_pool=_ARROW_POOL)
    data = io.BytesIO()
    offsets = array.array("q", [0])
    valid = [v is not None for v in values]
    pos = 0
    for v, ok in zip(values, valid):
        if ok:
            pos += data.write(orjson.dumps(v, default=json_fragment))
        offsets.append(pos)
    bitmap = None if all(valid) else pa.array(valid, pa.bool_()).buffers()[1]
    return pa.LargeStringArray.from_buffers(len(values), pa.py_buffer(offsets), pa.py_buffer(data.getbuffer()),
                                            bitmap)


_POINT_WKB = struct.Struct("<BIdd")  # little-endian, type 1 (Point), x, y


def _geoparquet_schema(kinds: tuple[tuple[str, str], ...], bounds: tuple[float, ...] | None) -> pa.Schema:
    """The Arrow schema geopandas writes for events with these column kinds and this extent.

    Taken from geopandas itself, writing a frame of two sample rows whose points are the
    corners of ``bounds`` (one row without a point when there is no extent): the
    ``pandas`` metadata, the ``geo`` metadata (CRS, geometry types, bounding box) and the
    WKB geometry field are then exactly those of the full frame.
    """
    from shapely.geometry import Point

    n = 1 if bounds is None else 2
    frame = pd.DataFrame({k: pd.Series([_KINDS[kind][1]] * n, dtype=_KINDS[kind][0]) for k, kind in kinds})
    geometry = [None] if bounds is None else [Point(bounds[0], bounds[1]), Point(bounds[2], bounds[3])]
    sample = gpd.GeoDataFrame(frame, geometry=gpd.GeoSeries(geometry, crs="EPSG:4326"), crs="EPSG:4326")
    buf = io.BytesIO()
    sample.to_parquet(buf, index=False)
    return pq.read_schema(pa.BufferReader(buf.getvalue()))


def events_geojson(events: Sequence[Mapping[str, Any]]) -> dict:
    """Events as a GeoJSON FeatureCollection (properties = the event record)."""
    feats = []
    for e in events:
        geom = None
        if e.get("latitude") is not None and e.get("longitude") is not None:
            geom = {"type": "Point", "coordinates": [e["longitude"], e["latitude"]]}
        feats.append({"type": "Feature", "id": e["event_id"], "geometry": geom, "properties": e})
    return {"type": "FeatureCollection", "features": feats}


def places_geojson(gaz: Gazetteer) -> dict:
    """Every gazetteer place with where it is drawn: point, or approximate area.

    Properties carry the location rule's outcome (``geo_precision``, ``approximate``,
    ``basis``) so the app never re-implements it. A place with a cited polygon
    (``has_area``, from ``geo/areas.geojson``) is drawn as that polygon.
    """
    feats = []
    for p in gaz.places.values():
        loc = gaz.locate(p.id)
        props = {
            "place_id": p.id, "kind": p.kind, "name_en": p.name_en, "name_ar": p.name_ar, "parent": p.parent,
            "lat": loc.lat, "lon": loc.lon, "geo_precision": loc.geo_precision, "approximate": loc.approximate,
            "basis": loc.basis, "source": p.source, "trust": p.trust, "has_point": p.has_point,
            "position": p.position, "position_text": p.position_text, "has_area": p.area is not None,
        }
        geom = None
        if loc.area is not None and (loc.approximate or p.area is not None):  # an uncertainty area or a cited outline
            geom = mapping(loc.area)
        elif loc.lat is not None:
            geom = {"type": "Point", "coordinates": [loc.lon, loc.lat]}
        feats.append({"type": "Feature", "id": p.id, "geometry": geom, "properties": props})
    return {"type": "FeatureCollection", "features": feats}


class ArticleParts(NamedTuple):
    """One article's share of the per-article outputs, as the bytes written for it."""

    mentions: bytes  # its rows of mentions.csv
    unresolved: bytes  # its rows of unresolved.csv
    control: bytes  # its rows of control.csv
    article: bytes  # its item of articles.json (compact JSON)


#: What ``articles.json`` keeps of each event the sentence model set aside (:mod:`pipeline.screening`);
#: ``event_id`` names it in an analyst's ``restore`` decision (:mod:`pipeline.reviews`).
SET_ASIDE_KEYS = ("event_id", "event_type", "sub_event_type", "event_date", "date_from", "date_to", "place_id", "location",
                  "actor1", "actor2", "fatalities", "evidence", "start", "end", "confidence", "rule",
                  "sentence_score")


class ArticleRenderer:
    """Makes each article's :class:`ArticleParts` (the CSV rows of one build share a memo)."""

    def __init__(self) -> None:
        self.mentions = CsvRows(len(MENTION_COLUMNS))
        self.unresolved = CsvRows(len(UNRESOLVED_COLUMNS))
        self.control = CsvRows(len(CONTROL_COLUMNS))

    def parts(self, result: dict, text: str) -> ArticleParts:
        """The parts of one ``ArticleResult.to_json()`` whose article text is ``text``."""
        return ArticleParts(
            self.mentions.render(_article_rows(result, "mentions", MENTION_COLUMNS)),
            self.unresolved.render([tuple(map(u.get, UNRESOLVED_COLUMNS)) for u in result["unresolved"]]),
            self.control.render(_article_rows(result, "control", CONTROL_COLUMNS)),
            # (the count before the text: the index of articles.json keeps it, so the app can say which
            # articles hold sentences no rule read without reading them)
            orjson.dumps({**result["article"], "unread_count": len(result.get("unread") or ()), "text": text,
                          "mentions": result["mentions"],
                          "actors": result["actors"], "dates": result["dates"],
                          "event_ids": [e["event_id"] for e in result["events"]],
                          "set_aside": [{k: a.get(k) for k in SET_ASIDE_KEYS} for a in result.get("set_aside", ())],
                          "unread": result.get("unread") or []},
                         default=str),
        )


#: The files made of every article's parts, in :class:`ArticleParts` order, with their headers.
ARTICLE_FILES = {"mentions.csv": MENTION_COLUMNS, "unresolved.csv": UNRESOLVED_COLUMNS,
                 "control.csv": CONTROL_COLUMNS, "articles.json": None}


class Stage:
    """A new version of the output folder being written, published in one atomic step.

    Files are written into a fresh version folder (``.<name>.versions/<stamp>/`` beside
    ``out_dir``), whole (:meth:`put`) or streamed (:meth:`open`); :meth:`publish` then
    switches ``out_dir``, a symbolic link, to it with one atomic ``os.replace``. A reader
    sees the whole old build or the whole new one; a crash at any point leaves the old
    build untouched (:meth:`abort` removes the unfinished version). The previous version is
    kept (so a reader in the middle of loading it is not cut off); older ones are removed.
    A file holding the same bytes as the current build's is hard-linked instead.

    Parameters
    ----------
    out_dir : Path
    """

    def __init__(self, out_dir: str | Path):
        self.out_dir = Path(out_dir)
        self.versions = self.out_dir.parent / f".{self.out_dir.name}.versions"
        self.versions.mkdir(parents=True, exist_ok=True)
        stamp = time.strftime("%Y%m%dT%H%M%S", time.gmtime()) + f"-{os.getpid()}-{time.monotonic_ns() % 10**9}"
        self.path = self.versions / stamp
        self.path.mkdir()
        self._streams: dict[str, BinaryIO] = {}

    def put(self, name: str, data: bytes | list[bytes], unchanged: bool = False) -> None:
        """Write ``data`` (or its parts, in order) as ``name``; link the current build's file
        instead when it holds the same bytes (``unchanged``: the caller knows it does)."""
        parts = [data] if isinstance(data, bytes) else data
        target = self.path / name
        target.parent.mkdir(parents=True, exist_ok=True)
        if unchanged:
            try:
                os.link(self.out_dir / name, target)
                return
            except OSError:
                pass
        if not _link_same(self.out_dir / name, target, parts):
            with open(target, "wb") as fh:
                fh.writelines(parts)

    def open(self, name: str) -> BinaryIO:
        """A file ``name`` to write piece by piece (closed, and shared with the current build
        when it has the same bytes, by :meth:`close_streams`)."""
        target = self.path / name
        target.parent.mkdir(parents=True, exist_ok=True)
        fh = self._streams[name] = open(target, "wb")  # noqa: SIM115 (closed by close_streams)
        return fh

    def close_streams(self) -> None:
        """Close the files of :meth:`open`; each one equal to the current build's becomes a link to it."""
        for name, fh in self._streams.items():
            fh.close()
            _link_if_equal(self.out_dir / name, self.path / name)
        self._streams.clear()

    def publish(self, manifest: dict) -> None:
        """Write ``manifest.json`` (with the size of every file, ``outputs``) and switch ``out_dir`` to this version."""
        self.close_streams()
        # the size of every file published, so a reader can tell a truncated one (pipeline.freshness)
        # (not the merge state's nor the seed notes': their sizes depend on the adds before, and the build checks them)
        sizes = {name: f.stat().st_size for f in sorted(self.path.rglob("*"))
                 if f.is_file() and (name := f.relative_to(self.path).as_posix()) not in _NOT_LISTED}
        target = self.path / "manifest.json"
        with open(target, "wb") as fh:  # (written in parts: its inputs may be StreamedItems)
            fh.writelines(json_parts({**manifest, "outputs": sizes}))
        _link_if_equal(self.out_dir / "manifest.json", target)
        _publish(self.out_dir, self.path)
        _prune(self.versions, keep={self.path.name, *_current_targets(self.out_dir)})

    def abort(self) -> None:
        """Remove the unfinished version (the current build stays as it is)."""
        for fh in self._streams.values():
            fh.close()
        self._streams.clear()
        shutil.rmtree(self.path, ignore_errors=True)


#: The files of a version its manifest does not list: the merge state, the truce analysis kept beside it
#: and the seed notes, the build's own (their sizes depend on the adds before).
_NOT_LISTED = frozenset({MERGE_STATE, TRUCE_STATE, SEED_NOTES})

#: The index of ``articles.json``: per article, its metadata and where its item lies in that file.
ARTICLE_INDEX = "articles_index.json"
#: Where an ``articles.json`` item's metadata ends: its text comes next (:class:`ArticleRenderer`).
_TEXT_KEY = b',"text":'


def article_index_item(item: bytes, offset: int) -> bytes:
    """The :data:`ARTICLE_INDEX` item of the ``articles.json`` item ``item`` written at byte ``offset``.

    The item's metadata (``id``, ``published``, ``source``, ``language``, ``title``, ``url``: its
    members before ``text``, as :class:`ArticleRenderer` writes them) with ``offset`` and ``length``,
    the bytes to read for the whole item; the item is not parsed. A quote inside a JSON string is
    escaped, so ``,"text":`` in the item's bytes is the member's own (the metadata holds no object).

    Parameters
    ----------
    item : bytes
        One article's item of ``articles.json`` (compact JSON).
    offset : int
        Its first byte's position in ``articles.json``.

    Returns
    -------
    bytes
        Compact JSON: ``{...metadata, "offset": int, "length": int}``.
    """
    cut = item.find(_TEXT_KEY)
    head = item[1:cut] if cut > 0 else b""
    return b"".join((b"{", head, b"," if head else b"", b'"offset":%d,"length":%d}' % (offset, len(item))))


class ArticleOutputs:
    """``mentions.csv``, ``unresolved.csv``, ``control.csv`` and ``articles.json`` of a
    :class:`Stage`, written article by article (:meth:`add`), in the order given, and
    :data:`ARTICLE_INDEX` (where each ``articles.json`` item lies: the app reads one article at
    a time, :mod:`mapapp.articlestore`)."""

    def __init__(self, stage: Stage):
        self.files = [stage.open(name) for name in ARTICLE_FILES]
        for fh, columns in zip(self.files, ARTICLE_FILES.values()):
            fh.write(b"[" if columns is None else (csv_line(columns) + "\n").encode("utf-8"))
        self.index = stage.open(ARTICLE_INDEX)
        self.index.write(b"[")
        self._comma = b""
        self._at = 1  # where the next item of articles.json begins (after "[" or its comma)

    def add(self, parts: ArticleParts) -> None:
        """Append one article's rows, its ``articles.json`` item and its index item."""
        mentions, unresolved, control, articles = self.files
        mentions.write(parts.mentions)
        unresolved.write(parts.unresolved)
        control.write(parts.control)
        articles.write(self._comma)
        articles.write(parts.article)
        self.index.write(self._comma)
        at = self._at + len(self._comma)
        self.index.write(article_index_item(parts.article, at))
        self._at = at + len(parts.article)
        self._comma = b","

    def close(self) -> None:
        """End ``articles.json`` and its index (the files are closed by the stage)."""
        self.files[3].write(b"]")
        self.index.write(b"]")


class ArticleSplice:
    """:class:`ArticleOutputs` for a build that adds articles to the current one: the current
    build's articles, in the same order, are copied from its files (by the system, a run of
    articles at a time) instead of written again; the added ones are written between them.

    The current build's articles are given by the sizes of their parts (:class:`ArticleParts`,
    as its cache records give them, :class:`pipeline.resultcache.Entry`), in file order, and
    must be its files' articles exactly: :meth:`old` raises ValueError at the first one that
    is not where the current files have it (the build then writes every article itself).

    Parameters
    ----------
    stage : Stage
    current : Path
        The current build's folder.
    """

    #: ``,"offset":N,"length":N}`` ending an item of :data:`ARTICLE_INDEX` (no JSON text holds it: a
    #: quote inside a string is escaped)
    _INDEX_END = re.compile(rb'"offset":(\d+),"length":(\d+)\}')

    def __init__(self, stage: Stage, current: Path):
        self.out = ArticleOutputs(stage)
        names = [*ARTICLE_FILES, ARTICLE_INDEX]
        self._fds: list[int] = []
        try:
            for name in names:
                self._fds.append(os.open(current / name, os.O_RDONLY | getattr(os, "O_BINARY", 0)))
            with open(current / ARTICLE_INDEX, "rb") as fh:
                index = fh.read()
        except OSError:
            self.close_files()
            raise
        self._sizes = [os.fstat(fd).st_size for fd in self._fds]
        # each current item of the index: where it begins and where its offset and length begin
        self._items: list[tuple[int, int, int, int]] = []
        begin = 1
        for m in self._INDEX_END.finditer(index):
            self._items.append((begin, m.start(), int(m.group(1)), int(m.group(2))))
            begin = m.end() + 1  # (after its comma)
        self._index = index
        # where the next current article's parts are in each file (after the CSV headers, the "[")
        self._at = [len(csv_line(columns)) + 1 if columns is not None else 1 for columns in ARTICLE_FILES.values()]
        self._next = 0  # the current articles copied so far
        self._runs: list[tuple[int, int] | None] = [None] * len(ARTICLE_FILES)  # a run of bytes to copy, per file
        self._last_old = False  # the article written last is a current one (its comma in articles.json is copied)

    def old(self, sizes: Sequence[int]) -> None:
        """Copy the next current article, whose parts' sizes are ``sizes`` (its cache record's
        ``mentions``, ``unresolved``, ``control`` and ``article`` sizes).

        Raises
        ------
        ValueError
            The current files do not have that article there.
        """
        if self._next >= len(self._items):
            raise ValueError("more articles than the current build's")
        begin, cut, offset, length = self._items[self._next]
        article = sizes[3]
        if offset != self._at[3] or length != article:
            raise ValueError(f"the current build's article {self._next} is not where its index says")
        out = self.out
        for i in range(3):
            start = self._at[i]
            self._extend(i, start, start + sizes[i])
            self._at[i] = start + sizes[i]
        comma = out._comma
        if comma and self._last_old:  # (its comma is the current file's, before it)
            self._extend(3, offset - 1, offset + article)
        else:
            self._flush(3)
            out.files[3].write(comma)
            self._extend(3, offset, offset + article)
        self._at[3] = offset + article + 1
        out.index.write(comma)
        at = out._at + len(comma)
        out.index.write(self._index[begin:cut])
        out.index.write(b'"offset":%d,"length":%d}' % (at, article))
        out._at = at + article
        out._comma = b","
        self._last_old = True
        self._next += 1

    def add(self, parts: ArticleParts) -> None:
        """Write an added article (as :meth:`ArticleOutputs.add`)."""
        for i in range(len(self._runs)):
            self._flush(i)
        self.out.add(parts)
        self._last_old = False

    def close(self) -> None:
        """Copy what is left to copy, end the files (as :meth:`ArticleOutputs.close`) and close the
        current build's.

        Raises
        ------
        ValueError
            Not every current article was copied, or a current file is not the size its articles make.
        """
        try:
            for i in range(len(self._runs)):
                self._flush(i)
            if self._next != len(self._items) or self._at[:3] != self._sizes[:3] or \
                    self._at[3] != (self._sizes[3] if self._items else self._sizes[3] - 1):
                raise ValueError("the current build's articles are not those copied")
            self.out.close()
        finally:
            self.close_files()

    def close_files(self) -> None:
        """Close the current build's files (the new ones are the stage's)."""
        for fd in self._fds:
            os.close(fd)
        self._fds = []

    def _extend(self, i: int, start: int, end: int) -> None:
        run = self._runs[i]
        if run is not None and run[1] == start:
            self._runs[i] = (run[0], end)
            return
        self._flush(i)
        self._runs[i] = (start, end)

    def _flush(self, i: int) -> None:
        run = self._runs[i]
        if run is None:
            return
        self._runs[i] = None
        from .resultcache import copy_range

        fh = self.out.files[i]
        fh.flush()
        copy_range(self._fds[i], fh.fileno(), run[1] - run[0], run[0])
        fh.seek(0, os.SEEK_END)  # (the buffered file's position: after what the system copied)


def write_outputs(out_dir: Path, results: list[dict], events: Sequence[Mapping[str, Any]], texts: dict[str, str],
                  gaz: Gazetteer,
                  errors: list[dict], report: str, manifest: dict,
                  extra: dict[str, bytes | list[bytes]] | None = None, unchanged: Collection[str] = ()) -> None:
    """Write every output file of a build and publish them as ``out_dir`` in one step.

    The build itself streams the per-article files (:class:`Stage`, :class:`ArticleOutputs`,
    :func:`finish_outputs`); this writes the same files from results held in memory.

    Parameters
    ----------
    out_dir : Path
    results : list of dict
        One ``ArticleResult.to_json()`` per article that built.
    events : list of EventRecord
        All events, merged (:func:`pipeline.merge.merge_reports`).
    texts : dict
        Article id → original text (for ``articles.json``).
    gaz : Gazetteer
    errors : list of dict
        ``{"path", "line", "reason"}`` for every input that failed.
    report : str
        Markdown summary.
    manifest : dict
    extra : dict of name -> bytes or list of bytes, optional
        More files to write, whole or in parts (zones, the cache).
    unchanged : collection of str, optional
        Names of ``extra`` files the caller knows to hold the current build's bytes (the
        cache when every article came from it): linked without comparing them.
    """
    stage = Stage(out_dir)
    try:
        articles = ArticleOutputs(stage)
        renderer = ArticleRenderer()
        for r in results:
            articles.add(renderer.parts(r, texts.get(r["article"]["id"], "")))
        articles.close()
        finish_outputs(stage, events, gaz, errors, report, manifest, extra, unchanged)
    except BaseException:
        stage.abort()
        raise


def write_event_files(stage: Stage, events: Sequence[Mapping[str, Any]],
                      copy: FeatureCopy | None = None) -> list[tuple[int, int]]:
    """Write ``events.geojson`` and ``events.parquet`` of the merged ``events`` into ``stage``.

    Parameters
    ----------
    stage : Stage
    events : sequence of EventRecord
    copy : FeatureCopy, optional
        Features of the current build's ``events.geojson`` that are those of some of ``events``
        (copied, not made again: the same bytes).

    Returns
    -------
    list of (int, int)
        Where each event's feature is in the new ``events.geojson`` (offset, length).
    """
    where = _write_events_geojson(stage.open("events.geojson"), events, copy=copy)
    write_events_parquet(stage.open("events.parquet"), events)
    return where


def finish_outputs(stage: Stage, events: Sequence[Mapping[str, Any]] | None, gaz: Gazetteer, errors: list[dict],
                   report: str, manifest: dict, extra: dict[str, bytes | list[bytes]] | None = None,
                   unchanged: Collection[str] = ()) -> None:
    """Write the files made of the merged events and the build's summary into ``stage`` and publish it.

    Parameters are those of :func:`write_outputs`; the per-article files are in ``stage`` already,
    and so are the event files when ``events`` is None (:func:`write_event_files`).
    """
    if events is not None:
        write_event_files(stage, events)
    stage.put("places.geojson", to_json_bytes(places_geojson(gaz)))
    stage.put("errors.json", to_json_bytes(errors))
    stage.put("report.md", report.encode("utf-8"))
    for name, data in (extra or {}).items():
        stage.put(name, data, unchanged=name in unchanged)
    stage.publish(manifest)


_GEOJSON_HEAD = b'{"type":"FeatureCollection","features":['


class FeatureCopy:
    """The features of the current build's ``events.geojson`` a new one copies (:func:`write_event_files`).

    Parameters
    ----------
    path : Path
        The current build's ``events.geojson``.
    ranges : sequence of (int, int) or None
        For each event of the new file, in order: where its feature is in the current file
        (offset, length), when it is the same bytes; None for one to make.
    """

    def __init__(self, path: Path, ranges: Sequence[tuple[int, int] | None]):
        self.ranges = ranges
        with open(path, "rb") as fh:
            self._map = mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_READ)

    def view(self, start: int, end: int) -> memoryview:
        """The current file's bytes from ``start`` to ``end``."""
        if end > len(self._map):
            raise ValueError("the current events.geojson is shorter than its features")
        return memoryview(self._map)[start:end]

    def close(self) -> None:
        """Let go of the current file."""
        self._map.close()


def _write_events_geojson(fh: BinaryIO, events: Sequence[Mapping[str, Any]], chunk: int = 500,
                          reports: int = 4096, copy: FeatureCopy | None = None) -> list[tuple[int, int]]:
    """``to_json_bytes(events_geojson(events), compact=True)``, written ``chunk`` features (holding
    at most ``reports`` reports, or one event) at a time; each feature of ``copy`` copied from the
    current file (a run of them at a time). Returns where each feature is (offset, length)."""
    fh.write(_GEOJSON_HEAD)
    at = len(_GEOJSON_HEAD)
    where: list[tuple[int, int]] = []
    run: tuple[int, int] | None = None  # a run of the current file's features to copy

    def flush() -> None:
        if run is not None and copy is not None:
            fh.write(copy.view(*run))

    for i, j in _report_slices(events, chunk, reports):
        if copy is not None:
            todo = [k for k in range(i, j) if copy.ranges[k] is None]
            made = dict(zip(todo, map(_feature_json, events_geojson([events[k] for k in todo])["features"])))
        else:
            made = dict(zip(range(i, j), map(_feature_json, events_geojson(events[i:j])["features"])))
        for k in range(i, j):
            sep = b"," if k else b""
            old = copy.ranges[k] if copy is not None else None
            if old is not None:
                start = old[0] - len(sep)
                if run is not None and run[1] == start and sep:
                    run = (run[0], old[0] + old[1])
                else:
                    flush()
                    run = None
                    if sep:
                        fh.write(sep)
                    run = (old[0], old[0] + old[1])
                where.append((at + len(sep), old[1]))
                at += len(sep) + old[1]
                continue
            flush()
            run = None
            data = made[k]
            fh.write(sep)
            fh.write(data)
            where.append((at + len(sep), len(data)))
            at += len(sep) + len(data)
    flush()
    fh.write(b"]}")
    return where


def _feature_json(feature: dict) -> bytes:
    """One feature's JSON (as it is in the features' list: orjson writes a list item by item)."""
    return orjson.dumps(feature, default=json_default)


def _link_if_equal(current: Path, target: Path, chunk: int = 1 << 20) -> None:
    """Replace ``target`` by a hard link to ``current`` when both hold the same bytes."""
    try:
        if os.stat(current).st_size != os.stat(target).st_size:
            return
        with open(current, "rb") as a, open(target, "rb") as b:
            while True:
                x = a.read(chunk)
                if x != b.read(chunk):
                    return
                if not x:
                    break
        tmp = target.with_name(f".{target.name}.link")
        os.link(current, tmp)
        os.replace(tmp, target)
    except OSError:  # no current build, or a file system without hard links
        return


def _link_same(current: Path, target: Path, parts: list[bytes]) -> bool:
    """Hard-link ``current`` as ``target`` if it holds exactly the bytes ``parts`` make; False when not done.

    An unchanged output (most of them when few articles changed) is then not written again:
    reading and comparing it costs a fraction of writing it, and the version folders share
    the file. Files are only ever replaced whole, never edited in place, so sharing is safe.
    """
    try:
        if os.stat(current).st_size != sum(map(len, parts)):
            return False
        with open(current, "rb") as fh:
            old = fh.read()
        pos = 0
        for part in parts:
            if not old.startswith(part, pos):
                return False
            pos += len(part)
        os.link(current, target)
    except OSError:  # no current build, or a file system without hard links
        return False
    return True


def check_out_dir(out_dir: str | Path) -> None:
    """Refuse an output path the build would replace but that holds no build.

    ``out_dir`` may be missing, the link a build made, an empty folder, or an output folder
    from before versioning (it has a ``manifest.json``: it is kept as a version). Anything
    else (a file, a folder of other things: ``--out`` naming the wrong place) would be moved
    aside and deleted by later builds.

    Raises
    ------
    OutputError
    """
    out_dir = Path(out_dir)
    if out_dir.is_symlink() or not out_dir.exists():
        return
    if not out_dir.is_dir():
        raise OutputError(out_dir, "is a file, not a build folder; give --out a new folder or the build's own "
                                   "(the file was left as it is)")
    try:
        names = os.listdir(out_dir)
    except OSError as e:
        raise OutputError(out_dir, f"cannot read the output folder: {e.strerror}; give --out a folder you can "
                                   "write") from None
    if names and "manifest.json" not in names:
        shown = ", ".join(sorted(names)[:3]) + (", …" if len(names) > 3 else "")
        raise OutputError(out_dir, f"is a folder of other files ({shown}), not a build folder (no manifest.json); "
                                   "give --out a new or empty folder (nothing in it was touched)")


def _publish(out_dir: Path, stage: Path) -> None:
    """Point the ``out_dir`` link at ``stage`` atomically."""
    check_out_dir(out_dir)  # (checked before the build too: this is for a folder made meanwhile)
    if out_dir.exists() and not out_dir.is_symlink():
        # an output folder from before versioning: keep it as a version, then link
        legacy = stage.parent / f"legacy-{os.getpid()}-{time.monotonic_ns()}"
        os.replace(out_dir, legacy)
    link = out_dir.parent / f".{out_dir.name}.link-{os.getpid()}"
    link.unlink(missing_ok=True)
    os.symlink(os.path.relpath(stage, out_dir.parent), link)
    try:
        os.replace(link, out_dir)
    except BaseException:
        link.unlink(missing_ok=True)
        raise


def _current_targets(out_dir: Path) -> set[str]:
    try:
        return {Path(os.readlink(out_dir)).name}
    except OSError:
        return set()


#: A version folder's name (:class:`Stage`): ``20261207T050000-<pid>-<ns>``.
_STAMP = re.compile(r"\d{8}T\d{6}-\d+-\d+")


def _prune(versions: Path, keep: set[str], previous: int = 1) -> None:
    """Remove old versions, keeping ``keep`` and the ``previous`` most recent published others. Only
    version folders count: a build's temporary file beside them (the merge's spill, which has a name on
    Windows) is neither removed nor taken for the previous version. A version without ``manifest.json``
    was never finished: one whose build is gone (killed half-way, ``kill -9``: its folder can hold
    hundreds of MB) is removed, and none is ever kept in place of the previous build, which a reader
    may be in the middle of loading; one whose process still runs is left to it."""
    others = sorted((p for p in versions.iterdir() if p.name not in keep and _STAMP.fullmatch(p.name) and p.is_dir()),
                    key=lambda p: p.stat().st_mtime)
    finished = [p for p in others if (p / "manifest.json").is_file()]
    abandoned = [p for p in others if p not in finished and not _writer_running(p.name)]
    for p in finished[: max(0, len(finished) - previous)] + abandoned:
        shutil.rmtree(p, ignore_errors=True)


def _writer_running(name: str) -> bool:
    """Whether the process that made the version folder ``name`` (``<stamp>-<pid>-<ns>``) still runs
    (this one included: it may be writing another version)."""
    pid = int(name.split("-")[1])
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # another user's process
        return True
    return True
