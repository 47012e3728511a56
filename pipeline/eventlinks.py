"""Where an event id that is no event of the build went: ``event_links.parquet``.

An analyst copies an event's link (``?event=<event_id>``) into notes and briefings. The id stays
an event's while its sentence is the same (:mod:`pipeline.ids`), but evidence added later can
take it off the map without the event going:

- **merged**: a second outlet's report of the same event is merged with it
  (:mod:`pipeline.merge`), and the merged event takes the first report's id in file order, which
  may be the new article's; the old id is one of the merged event's ``merged_ids``;
- **rejected**: a reviewer rejected it (``reviews.json``'s ``rejected``, with who, when and why);
- **set_aside**: the sentence model set it aside (``articles.json``'s ``set_aside``), until an
  analyst restores it from the Articles view.

The build writes one row per such id (:func:`link_rows`, :func:`links_parquet`): ``id``,
``status`` (one of the three above), ``event_id`` (the event it is now part of; empty unless
merged), ``article_id``, ``reviewed_by``, ``reviewed_at``, ``reason`` (a rejection's) and
``sentence_score`` (a set-aside event's), sorted by ``id`` so that a reader finds one id in
the row groups whose range holds it. An id the file does not list and no event has is gone
because its article was removed or no longer gives it (reworded, or the rules changed): the
app tells which from the articles of the build. Every build writes the file, with no rows when
nothing was merged, rejected or set aside, so a reader knows such an id is truly gone.
"""

from __future__ import annotations

import io
from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import Any

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from .ids import article_of

#: The file's name in the build folder.
LINKS_FILE = "event_links.parquet"
#: Why an id is no event of the build.
STATUSES = ("merged", "rejected", "set_aside")
#: The file's columns and their types.
SCHEMA = pa.schema([("id", pa.string()), ("status", pa.string()), ("event_id", pa.string()),
                    ("article_id", pa.string()), ("reviewed_by", pa.string()), ("reviewed_at", pa.string()),
                    ("reason", pa.string()), ("sentence_score", pa.float64())])


def _text(value: Any) -> str:
    return value if isinstance(value, str) else "" if value is None else str(value)


def _score(value: Any) -> float | None:
    return float(value) if isinstance(value, (int, float)) and not isinstance(value, bool) else None


def link_rows(events: Iterable[Mapping[str, Any]], rejected: Iterable[Mapping[str, Any]] = (),
              set_aside: Iterable[tuple[str, str, Any]] = (), restored: Iterable[str] = ()) -> list[tuple]:
    """The rows of ``event_links.parquet``, sorted by id.

    Parameters
    ----------
    events : iterable of mapping
        The build's merged events (``event_id``, ``merged_ids``).
    rejected : iterable of mapping
        The rejected events (``reviews.json``'s ``rejected``: ``event_id``, ``article_id``,
        ``reviewed_by``, ``reviewed_at``, ``review_reason``).
    set_aside : iterable of (str, str, float)
        Each event the sentence model set aside: its id, article id and sentence score.
    restored : iterable of str
        The ids of the set-aside events an analyst restored (drawn, unless rejected since).

    Returns
    -------
    list of tuple
        One tuple per id, in :data:`SCHEMA`'s order: every id merged into an event with another
        id, then (when not merged) every rejected id, then every set-aside id not restored.
    """
    rows: dict[str, tuple] = {}
    back = set(restored)
    for eid, article, score in set_aside:
        if eid not in back:
            rows[eid] = (eid, "set_aside", "", _text(article), "", "", "", _score(score))
    for r in rejected:
        eid = _text(r.get("event_id"))
        rows[eid] = (eid, "rejected", "", _text(r.get("article_id")), _text(r.get("reviewed_by")),
                     _text(r.get("reviewed_at")), _text(r.get("review_reason")), None)
    for e in events:
        eid = e["event_id"]
        for member in e.get("merged_ids") or ():
            if member != eid:
                rows[member] = (member, "merged", eid, article_of(member) or "", "", "", "", None)
    return [rows[k] for k in sorted(rows)]


def links_parquet(rows: list[tuple]) -> bytes:
    """``event_links.parquet`` of :func:`link_rows` (the same rows, the same bytes).

    Parameters
    ----------
    rows : list of tuple
        In :data:`SCHEMA`'s column order.

    Returns
    -------
    bytes
    """
    columns = list(zip(*rows)) if rows else [()] * len(SCHEMA)
    table = pa.table([pa.array(list(col), type=f.type) for col, f in zip(columns, SCHEMA)], schema=SCHEMA)
    buf = io.BytesIO()
    pq.write_table(table, buf, compression="snappy")
    return buf.getvalue()


#: Rows :func:`links_file` makes into Arrow arrays at a time.
LINK_BATCH = 8192
#: Its Arrow allocator: the system's, as for ``events.parquet`` (:mod:`pipeline.output`), so that
#: the memory one lets go the other reuses (Arrow's default allocator keeps what it had).
_POOL = pa.system_memory_pool()
_SET_ASIDE, _REJECTED, _MERGED = 0, 1, 2


def links_file(merged: Sequence[tuple[str, Iterable[str]]], rejected: Sequence[Mapping[str, Any]] = (),
               set_aside: Sequence[tuple[str, str, Any]] = (), restored: Iterable[str] = (),
               batch: int = LINK_BATCH) -> bytes:
    """``links_parquet(link_rows(events, rejected, set_aside, restored))``, the same bytes, made without
    holding a Python object per row (a build merges ~10 reports into each event: the ids merged into
    others grow with the articles, not the events) from each event's id and ``merged_ids`` only.

    Each row is first noted as its id, the kind of its source and where it is in that source,
    ``batch`` rows at a time into Arrow arrays (a few dozen bytes a row); they are sorted by id
    there (a stable sort: of an id listed twice, the row :func:`link_rows` keeps is the last),
    and the file's columns are taken from the sources by those places, in Arrow (the article of
    a merged id is read off the id ``batch`` rows at a time).

    Parameters
    ----------
    merged : sequence of (str, iterable of str)
        Each merged event's id and ``merged_ids``, in the order of the events.
    rejected, set_aside, restored
        As for :func:`link_rows` (read twice: they must be sequences).
    batch : int
        Rows converted at a time.

    Returns
    -------
    bytes
    """
    back = set(restored)
    ids: list[pa.Array] = []
    kinds: list[pa.Array] = []
    refs: list[pa.Array] = []
    for chunk in _batches(_row_sources(merged, rejected, set_aside, back), batch):
        ids.append(pa.array([c[0] for c in chunk], pa.string(), memory_pool=_POOL))
        kinds.append(pa.array([c[1] for c in chunk], pa.int8(), memory_pool=_POOL))
        refs.append(pa.array([c[2] for c in chunk], pa.int64(), memory_pool=_POOL))
    if not ids:
        return links_parquet([])
    table = pa.table([pa.chunked_array(ids), pa.chunked_array(kinds), pa.chunked_array(refs)],
                     names=["id", "kind", "ref"])
    del ids, kinds, refs
    order = pc.sort_indices(table, [("id", "ascending")], memory_pool=_POOL)  # (stable)
    table = pc.take(table, order, memory_pool=_POOL)
    del order
    sorted_ids = table.column("id").combine_chunks(memory_pool=_POOL)
    n = len(sorted_ids)
    last = (pc.not_equal(sorted_ids.slice(0, n - 1), sorted_ids.slice(1), memory_pool=_POOL) if n > 1
            else pa.array([], pa.bool_()))
    keep = pa.concat_arrays([last, pa.array([True])], memory_pool=_POOL)
    table = pc.filter(table, keep, memory_pool=_POOL)  # the last row of each id
    del sorted_ids, last, keep
    link_ids = table.column("id").combine_chunks(memory_pool=_POOL)
    kind = table.column("kind").combine_chunks(memory_pool=_POOL)
    ref = table.column("ref").combine_chunks(memory_pool=_POOL)
    del table

    def pick(values: list, source: int, default: Any, type_: pa.DataType, kind: pa.Array = kind,
             ref: pa.Array = ref) -> pa.Array:
        return _pick(values, source, default, type_, kind, ref)

    is_merged = pc.equal(kind, _MERGED, memory_pool=_POOL)
    articles = pa.concat_arrays([pa.array([article_of(i) or "" for i in link_ids.slice(start, batch).to_pylist()],
                                          pa.string(), memory_pool=_POOL)
                                 for start in range(0, len(link_ids), batch)], memory_pool=_POOL)
    others = pc.if_else(pc.equal(kind, _REJECTED), pick([_text(r.get("article_id")) for r in rejected], _REJECTED,
                                                         "", pa.string()),
                        pick([_text(a) for _, a, _ in set_aside], _SET_ASIDE, "", pa.string()), memory_pool=_POOL)
    articles = pc.if_else(is_merged, articles, others, memory_pool=_POOL)
    del others, is_merged
    columns = [link_ids, pc.take(pa.array(["set_aside", "rejected", "merged"]), kind, memory_pool=_POOL),
               pick([eid for eid, _ in merged], _MERGED, "", pa.string()), articles]
    columns += [pick([_text(r.get(k)) for r in rejected], _REJECTED, "", pa.string())
                for k in ("reviewed_by", "reviewed_at", "review_reason")]
    columns.append(pick([_score(s) for _, _, s in set_aside], _SET_ASIDE, None, pa.float64()))
    del link_ids, kind, ref, articles, pick
    out_table = pa.table(columns, schema=SCHEMA)
    del columns
    buf = io.BytesIO()
    with pq.ParquetWriter(buf, SCHEMA, compression="snappy", memory_pool=_POOL) as writer:  # (as pq.write_table)
        writer.write_table(out_table)
    return buf.getvalue()


def _row_sources(merged: Sequence[tuple[str, Iterable[str]]], rejected: Sequence[Mapping[str, Any]],
                 set_aside: Sequence[tuple[str, str, Any]], restored: set[str]) -> Iterator[tuple[str, int, int]]:
    """``(id, kind, where)`` of every row :func:`link_rows` makes, in the order it makes them."""
    for n, (eid, _, _) in enumerate(set_aside):
        if eid not in restored:
            yield eid, _SET_ASIDE, n
    for n, r in enumerate(rejected):
        yield _text(r.get("event_id")), _REJECTED, n
    for n, (eid, members) in enumerate(merged):
        for member in members or ():
            if member != eid:
                yield member, _MERGED, n


def _pick(values: list, source: int, default: Any, type_: pa.DataType, kind: pa.Array, ref: pa.Array) -> pa.Array:
    """``values[ref]`` on the rows whose ``kind`` is ``source``, ``default`` on the others."""
    index = pc.if_else(pc.equal(kind, source), ref, len(values), memory_pool=_POOL)
    return pc.take(pa.array([*values, default], type_, memory_pool=_POOL), index, memory_pool=_POOL)


def _batches(items: Iterable[Any], size: int) -> Iterator[list[Any]]:
    chunk: list[Any] = []
    for item in items:
        chunk.append(item)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk
