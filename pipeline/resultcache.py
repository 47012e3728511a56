"""The build's per-article cache (``cache/results.bin``), read and written record by record.

An unchanged article (same bytes, same metadata, same gazetteer, actors and code: its
*key*) is not analysed again: its record holds everything the build needs from it, so
the build neither parses nor encodes its mentions and text again:

- a header line, compact JSON: ``{"id": <file stem>, "key": <key>, "article": <article id>,
  "sizes": [merge, mentions, unresolved, control, article]}``;
- the *merge* part, compact JSON: ``{"source_url", "published", "events", "mentions"
  (count), "unresolved" (the unresolved names)}`` and, when the sentence model set some aside,
  ``"set_aside"`` (those events, merged when an analyst restores one): what merging and the report need;
- the article's rows of ``mentions.csv``, ``unresolved.csv`` and ``control.csv`` and its
  item of ``articles.json``, as the bytes written there (:class:`pipeline.output.ArticleParts`).

:class:`ResultCache` indexes the current build's file by reading the header lines only
(seeking over the rest), and reads one record when the build needs it: memory does not
grow with the corpus. :class:`CacheWriter` writes the new build's file: the old file's records that are reused,
copied by the system (or the old file linked), then the new records; the order of the
records does not matter (the index finds them). A damaged file is ignored (everything is
analysed again), as is a file of an older format.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any, NamedTuple

import orjson

from .files import read_at
from .output import ArticleParts, ArticleRenderer, Stage

log = logging.getLogger(__name__)

#: Open the cache's files as bytes on Windows too (else its C library translates line ends).
_BINARY = getattr(os, "O_BINARY", 0)

CACHE_NAME = "cache/results.bin"


class Entry(NamedTuple):
    """Where one article's record is in the cache file, and what its header says."""

    key: str
    article_id: str
    offset: int  # of the header line
    length: int  # of the whole record
    header: int  # length of the header line
    sizes: tuple[int, ...] = ()  # of its parts: merge, mentions, unresolved, control, article


class ResultCache:
    """The cache file of the current build, indexed by file stem without reading the records.

    Parameters
    ----------
    path : Path
        ``<out_dir>/cache/results.bin``; missing or damaged: an empty cache.
    """

    def __init__(self, path: Path | None):
        self.entries: dict[str, Entry] = {}
        self.path = path
        self.size = 0
        self._fd: int | None = None
        if path is None:
            return
        try:
            fd = os.open(path, os.O_RDONLY | _BINARY)
        except OSError:
            return
        try:
            self.entries, self.size = _index(fd)
            self._fd = fd  # open until close() (the build's end): the records are read from it
        except (OSError, ValueError, KeyError, TypeError, orjson.JSONDecodeError) as e:
            os.close(fd)
            self.entries = {}
            log.info("%s: cache not used (%s): every article is analysed again", path, e)

    def __del__(self) -> None:
        self.close()

    def get(self, stem: str) -> Entry | None:
        """The entry of the article file ``<stem>.txt``, or None."""
        return self.entries.get(stem)

    def read(self, entry: Entry) -> bytes:
        """The whole record of ``entry`` (header line included)."""
        assert self._fd is not None
        data = read_at(self._fd, entry.length, entry.offset)
        if len(data) != entry.length:
            raise ValueError(f"{self.path}: record at {entry.offset} cut short")
        return data

    def fd(self) -> int | None:
        """The open file (for copying a run of records), or None when there is none."""
        return self._fd

    def close(self) -> None:
        if self._fd is not None:
            os.close(self._fd)
            self._fd = None


def _index(fd: int) -> tuple[dict[str, Entry], int]:
    """Every record's entry, reading only the header lines; raises ValueError on a damaged file."""
    entries: dict[str, Entry] = {}
    size = os.fstat(fd).st_size
    pos = 0
    with open(fd, "rb", closefd=False, buffering=1 << 16) as fh:
        while pos < size:
            line = fh.readline()
            if not line.endswith(b"\n"):
                raise ValueError("a header line is cut short")
            head = orjson.loads(line)
            sizes = head["sizes"]
            if len(sizes) != 5 or not all(isinstance(n, int) and n >= 0 for n in sizes):
                raise ValueError("bad part sizes")
            length = len(line) + sum(sizes)
            entries[head["id"]] = Entry(head["key"], head["article"], pos, length, len(line), tuple(sizes))
            pos += length
            fh.seek(pos)
    if pos != size:
        raise ValueError("the last record is cut short")
    return entries, size


class Record(Mapping[str, Any]):
    """A read-only record whose values are held in a tuple, its keys shared with every record
    of the same layout (:class:`Records`): about a fifth of a dict's memory, for the events a
    build holds until it merges them. Reads like the dict it was made from."""

    __slots__ = ("_index", "_keys", "_values")

    def __init__(self, keys: tuple[str, ...], index: dict[str, int], values: tuple):
        self._keys, self._index, self._values = keys, index, values

    def __getitem__(self, key: str) -> Any:
        return self._values[self._index[key]]

    def get(self, key: str, default: Any = None) -> Any:
        i = self._index.get(key)
        return default if i is None else self._values[i]

    def __contains__(self, key: object) -> bool:
        return key in self._index

    def __iter__(self) -> Iterator[str]:
        return iter(self._keys)

    def __len__(self) -> int:
        return len(self._keys)

    def keys(self):  # (the shared index's keys, in the record's order)
        return self._index.keys()

    def __repr__(self) -> str:
        return f"Record({dict(self)!r})"


class Records:
    """Makes :class:`Record` s from dicts, sharing each distinct key layout and each distinct
    text value (names, types, dates and rules repeat from event to event)."""

    def __init__(self) -> None:
        self._layouts: dict[tuple[str, ...], tuple[tuple[str, ...], dict[str, int]]] = {}
        self._texts: dict[str, str] = {}

    def __call__(self, d: Mapping[str, Any]) -> Record:
        keys = tuple(d)
        layout = self._layouts.get(keys)
        if layout is None:
            layout = self._layouts[keys] = keys, {k: i for i, k in enumerate(keys)}
        text = self._texts.setdefault
        return Record(*layout, tuple([text(v, v) if v.__class__ is str else v for v in d.values()]))

    def text(self, value: str) -> str:
        """The shared object of a text equal to ``value`` (``value`` itself the first time)."""
        return self._texts.setdefault(value, value)


def merge_part(result: dict) -> dict[str, Any]:
    """What merging and the report need of one ``ArticleResult.to_json()`` (the merge part): with
    ``set_aside`` (the events the sentence model set aside, each with its ``sentence_score``) only
    when there are some, for the build merges one an analyst restored (:func:`pipeline.reviews.apply_reviews`),
    and ``unread`` (the sentences no rule read, :mod:`pipeline.unread`, each with its article's id and source)
    only when there are some, for an event an analyst adds from one."""
    art = result["article"]
    part = {"source_url": art.get("url", ""), "published": art["published"], "events": result["events"],
            "mentions": len(result["mentions"]), "unresolved": [u["text"] for u in result["unresolved"]]}
    aside = result.get("set_aside")
    if aside:
        part["set_aside"] = aside
    unread = result.get("unread")
    if unread:  # (what an analyst's event added from one is made of: its article's id and source)
        part["unread"] = [{**u, "article_id": art["id"], "source": art.get("source", "")} for u in unread]
    return part


def article_record(stem: str, key: str, article_id: str, result: dict, text: str, renderer: ArticleRenderer) -> bytes:
    """The cache record of one article's ``ArticleResult.to_json()`` whose text is ``text`` (made
    where the article was analysed: the build then only reads it, :func:`decode`)."""
    return encode(stem, key, article_id, merge_part(result), renderer.parts(result, text))


def encode(stem: str, key: str, article_id: str, merge: dict[str, Any], parts: ArticleParts) -> bytes:
    """One article's record (see the module docstring)."""
    merge_bytes = orjson.dumps(merge, default=str)
    header = orjson.dumps({"id": stem, "key": key, "article": article_id,
                           "sizes": [len(merge_bytes), *map(len, parts)]})
    return b"".join([header, b"\n", merge_bytes, *parts])


def decode(record: bytes, entry: Entry | None = None) -> tuple[dict[str, Any], ArticleParts]:
    """The merge part (parsed) and the output parts of a record (read for ``entry``, when given)."""
    pos = entry.header if entry is not None else record.index(b"\n") + 1
    head = orjson.loads(record[:pos])
    pieces = []
    for n in head["sizes"]:
        pieces.append(record[pos:pos + n])
        pos += n
    return orjson.loads(pieces[0]), ArticleParts(*pieces[1:])


class CacheWriter:
    """The new build's cache file in ``stage``: the old file's records it reuses, then the new ones.

    Records are found by the index (:class:`ResultCache`), so their order in the file does
    not matter. The reused records of ``old`` are noted as byte ranges of the old file and
    copied by the system at the end (:func:`_copy`, in the old file's order, adjacent
    ranges as one), then the new records follow: adding one article to a large corpus
    writes that article's record, not every record after it (:mod:`pipeline.incremental`).
    When the new file would be the old one whole, the old file is linked.
    """

    def __init__(self, stage: Stage, old: ResultCache):
        self.target = stage.path / CACHE_NAME
        self.target.parent.mkdir(parents=True, exist_ok=True)
        self.old = old
        self.ranges: list[tuple[int, int]] = []  # (offset, end) of the old file's reused records
        self.fresh = self.target.with_name(f".{self.target.name}.new")  # the new records, until close
        self.fh: Any = None  # open on the first new record

    def reuse(self, entry: Entry, record: bytes) -> None:
        """Keep the old file's record of ``entry`` (its bytes: ``record``, not written again)."""
        end = entry.offset + entry.length
        if self.ranges and self.ranges[-1][1] == entry.offset:
            self.ranges[-1] = (self.ranges[-1][0], end)
        else:
            self.ranges.append((entry.offset, end))

    def add(self, record: bytes) -> None:
        """Append a new record."""
        if self.fh is None:
            self.fh = open(self.fresh, "wb", buffering=1 << 20)  # noqa: SIM115 (closed by close)
        self.fh.write(record)

    def abort(self) -> None:
        """Drop the new records (a build that failed): close and remove the file of new records."""
        if self.fh is not None:
            self.fh.close()
            self.fh = None
        self.fresh.unlink(missing_ok=True)

    def close(self) -> None:
        """Finish the file: the reused records then the new ones (a link to the old file when it is the same)."""
        runs: list[tuple[int, int]] = []
        for a, b in sorted(self.ranges):
            if runs and runs[-1][1] == a:
                runs[-1] = (runs[-1][0], b)
            else:
                runs.append((a, b))
        fresh = 0
        if self.fh is not None:
            self.fh.close()
            fresh = self.fresh.stat().st_size
        if not fresh and runs == [(0, self.old.size)] and self.old.path is not None:
            try:
                os.link(self.old.path, self.target)
                return
            except OSError:
                pass
        if not runs and fresh:
            os.replace(self.fresh, self.target)
            return
        out = os.open(self.target, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | _BINARY, 0o644)
        try:
            fd = self.old.fd()
            for a, b in runs:
                if fd is None:
                    raise ValueError("the old cache file is closed")
                copy_range(fd, out, b - a, a)
            if fresh:
                src = os.open(self.fresh, os.O_RDONLY | _BINARY)
                try:
                    copy_range(src, out, fresh)
                finally:
                    os.close(src)
        finally:
            os.close(out)
            self.fresh.unlink(missing_ok=True)


def copy_range(src: int, dst: int, n: int, start: int = 0) -> None:
    """Copy ``n`` bytes of file ``src`` from ``start`` to ``dst`` at its position (by the system where it can).

    Parameters
    ----------
    src, dst : int
        File descriptors (``dst`` written at its position).
    n : int
        Bytes to copy.
    start : int
        Where in ``src`` they begin.

    Raises
    ------
    ValueError
        ``src`` holds fewer bytes than asked.
    """
    pos = 0
    try:
        while pos < n:
            done = os.copy_file_range(src, dst, n - pos, start + pos)
            if done <= 0:
                break
            pos += done
    except (AttributeError, OSError):  # no copy_file_range here, or not between these files
        pass
    while pos < n:
        chunk = read_at(src, min(n - pos, 1 << 20), start + pos)
        if not chunk:
            raise ValueError("the cache file is shorter than its index")
        view = memoryview(chunk)
        while view:
            view = view[os.write(dst, view):]
        pos += len(chunk)
