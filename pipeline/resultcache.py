"""The build's per-article cache (``cache/results.bin``), read and written record by record.

An unchanged article (same bytes, same metadata, same gazetteer, actors and code: its
*key*) is not analysed again: its record holds everything the build needs from it, so
the build neither parses nor encodes its mentions and text again:

- a header line, compact JSON: ``{"id": <file stem>, "key": <key>, "article": <article id>,
  "sizes": [merge, mentions, unresolved, control, article]}``;
- the *merge* part, compact JSON: ``{"source_url", "published", "events", "mentions"
  (count), "unresolved" (the unresolved names)}``: what merging and the report need;
- the article's rows of ``mentions.csv``, ``unresolved.csv`` and ``control.csv`` and its
  item of ``articles.json``, as the bytes written there (:class:`pipeline.output.ArticleParts`).

:class:`ResultCache` indexes the current build's file by reading the header lines only
(seeking over the rest), and reads one record when the build needs it: memory does not
grow with the corpus. :class:`CacheWriter` writes the new build's file in article order;
while the records are the old file's, in its order, nothing is written (the old bytes are
copied, or the old file linked, at the end). A damaged file is ignored (everything is
analysed again), as is a file of an older format.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any, NamedTuple

import orjson

from .output import ArticleParts, Stage

log = logging.getLogger(__name__)

CACHE_NAME = "cache/results.bin"


class Entry(NamedTuple):
    """Where one article's record is in the cache file, and what its header says."""

    key: str
    article_id: str
    offset: int  # of the header line
    length: int  # of the whole record
    header: int  # length of the header line


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
            fd = os.open(path, os.O_RDONLY)
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
        data = os.pread(self._fd, entry.length, entry.offset)
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
            entries[head["id"]] = Entry(head["key"], head["article"], pos, length, len(line))
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


def merge_part(result: dict) -> dict[str, Any]:
    """What merging and the report need of one ``ArticleResult.to_json()`` (the merge part)."""
    art = result["article"]
    return {"source_url": art.get("url", ""), "published": art["published"], "events": result["events"],
            "mentions": len(result["mentions"]), "unresolved": [u["text"] for u in result["unresolved"]]}


def encode(stem: str, key: str, article_id: str, merge: dict[str, Any], parts: ArticleParts) -> bytes:
    """One article's record (see the module docstring)."""
    merge_bytes = orjson.dumps(merge, default=str)
    header = orjson.dumps({"id": stem, "key": key, "article": article_id,
                           "sizes": [len(merge_bytes), *map(len, parts)]})
    return b"".join([header, b"\n", merge_bytes, *parts])


def decode(record: bytes, entry: Entry) -> tuple[dict[str, Any], ArticleParts]:
    """The merge part (parsed) and the output parts of a record read for ``entry``."""
    head = orjson.loads(record[:entry.header])
    pos = entry.header
    pieces = []
    for n in head["sizes"]:
        pieces.append(record[pos:pos + n])
        pos += n
    return orjson.loads(pieces[0]), ArticleParts(*pieces[1:])


class CacheWriter:
    """The new build's cache file in ``stage``, record by record, in article order.

    Records reused from ``old`` in its own order are not written while nothing else came
    before them: when the whole file is the old one it is linked, when it begins like the
    old one that beginning is copied by the system.
    """

    def __init__(self, stage: Stage, old: ResultCache):
        self.target = stage.path / CACHE_NAME
        self.target.parent.mkdir(parents=True, exist_ok=True)
        self.old = old
        self.same_upto = 0  # the new file so far is the old file's first same_upto bytes
        self.fh: Any = None  # open once the new file differs from the old one

    def reuse(self, entry: Entry, record: bytes) -> None:
        """Append the old file's record of ``entry`` (its bytes: ``record``)."""
        if self.fh is None and entry.offset == self.same_upto:
            self.same_upto += entry.length
            return
        self.add(record)

    def add(self, record: bytes) -> None:
        """Append a record."""
        if self.fh is None:
            self._diverge()
        self.fh.write(record)

    def _diverge(self) -> None:
        out = os.open(self.target, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
        try:
            fd = self.old.fd()
            if self.same_upto and fd is not None:
                _copy(fd, out, self.same_upto)
        except BaseException:
            os.close(out)
            raise
        self.fh = open(out, "wb")  # noqa: SIM115 (closed by close)

    def close(self) -> None:
        """Finish the file (a link to the old one when it is the same)."""
        if self.fh is None:
            if self.same_upto and self.same_upto == self.old.size and self.old.path is not None:
                try:
                    os.link(self.old.path, self.target)
                    return
                except OSError:
                    pass
            self._diverge()
        self.fh.close()


def _copy(src: int, dst: int, n: int) -> None:
    """Copy the first ``n`` bytes of file ``src`` to ``dst`` at its position (by the system where it can)."""
    pos = 0
    try:
        while pos < n:
            done = os.copy_file_range(src, dst, n - pos, pos)
            if done <= 0:
                break
            pos += done
    except (AttributeError, OSError):  # no copy_file_range here, or not between these files
        pass
    while pos < n:
        chunk = os.pread(src, min(n - pos, 1 << 20), pos)
        if not chunk:
            raise ValueError("the cache file is shorter than its index")
        view = memoryview(chunk)
        while view:
            view = view[os.write(dst, view):]
        pos += len(chunk)
