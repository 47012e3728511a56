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
from collections.abc import Iterable, Mapping
from typing import Any

import pyarrow as pa
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
