"""What a build keeps on disk instead of in memory until it writes its outputs.

A merged event lists every report merged into it (``reports``, ``merged_ids``, ``report_ids``,
``fatalities_by_source``): those lists grow with the number of articles, not of events. The
build's merge (:class:`pipeline.merge.Merger`) writes each of them, as the JSON the outputs
give it, to a :class:`SpillFile` (a temporary file the system removes once it is closed) and
keeps in the event a :class:`SpilledList`: where the JSON is and how many items it has. The
event writers copy the JSON as it is (:meth:`SpilledList.json_fragment`); a reader of the
build's events in memory (the truce analysis, the links of merged ids) reads it as the list it
was, one event at a time.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

import orjson


class SpillFile:
    """An append-only temporary file in ``folder`` read back at given offsets.

    It is removed by the system when it is closed (:meth:`close`) or its process ends, and is
    never seen in the folder under a name. Reads use ``os.pread`` where the system has it;
    elsewhere (Windows) a seek and a read on this file's own handle, which :meth:`append` moves
    back to the end before it writes.

    Parameters
    ----------
    folder : str or Path
        Where the file goes (the build's, beside its new version: the same disk as the outputs).
    prefix : str
        The start of its temporary name.
    """

    def __init__(self, folder: str | Path, prefix: str = ".spill-"):
        self._fh = tempfile.TemporaryFile(dir=folder, prefix=prefix, buffering=1 << 20)  # noqa: SIM115
        self.size = 0
        self._durable = 0  # the bytes before this offset are in the file (flushed), not in its buffer
        self._moved = False  # the handle's position left the end by a read (no os.pread)

    def append(self, data: bytes) -> int:
        """Write ``data`` at the end; returns its offset."""
        if self._moved:
            self._fh.seek(self.size)
            self._moved = False
        start = self.size
        self._fh.write(data)
        self.size += len(data)
        return start

    def read(self, offset: int, size: int) -> bytes:
        """The ``size`` bytes written at ``offset`` (the buffer is flushed only when they may be in it:
        reading back what was written long before, between appends, costs no write to the system)."""
        if offset + size > self._durable:
            self._fh.flush()
            self._durable = self.size
        pread = getattr(os, "pread", None)
        if pread is not None:
            return pread(self._fh.fileno(), size, offset)
        self._fh.seek(offset)
        self._moved = True
        return self._fh.read(size)

    @property
    def closed(self) -> bool:
        return self._fh.closed

    def close(self) -> None:
        self._fh.close()


class SpilledList(Sequence[Any]):
    """A list kept in a :class:`SpillFile` as its JSON (made by :meth:`write`), read as a sequence.

    Its length is known without reading it; its items are read (and parsed) each time they are
    asked for. The event writers serialise it through :func:`pipeline.schema.json_default` (its
    JSON as written); ``events.parquet`` joins a list column's items as it joins a list's.

    Parameters
    ----------
    file : SpillFile
    offset, size : int
        Where its JSON is in ``file``.
    count : int
        Its number of items.
    origins : tuple of str, optional
        For a merged event's ``reports``: the distinct ``origin`` of its reports, in order (what
        :func:`pipeline.reviews.merged_status` reads of them, without reading them all).
    """

    __slots__ = ("_count", "_file", "_offset", "_size", "origins")

    def __init__(self, file: SpillFile, offset: int, size: int, count: int, origins: tuple[str, ...] | None = None):
        self._file, self._offset, self._size, self._count = file, offset, size, count
        self.origins = origins

    @classmethod
    def write(cls, file: SpillFile, data: bytes, count: int, origins: tuple[str, ...] | None = None) -> SpilledList:
        """The list whose JSON is ``data`` (``count`` items), appended to ``file``."""
        return cls(file, file.append(data), len(data), count, origins)

    def json(self) -> bytes:
        """The list's JSON, as written."""
        return self._file.read(self._offset, self._size)

    def json_fragment(self) -> orjson.Fragment:
        """:meth:`json` for ``orjson.dumps`` (:func:`pipeline.schema.json_default`)."""
        return orjson.Fragment(self.json())

    def items(self) -> list[Any]:
        """The list itself (read and parsed now)."""
        return orjson.loads(self.json())

    def __len__(self) -> int:
        return self._count

    def __getitem__(self, index: Any) -> Any:
        return self.items()[index]

    def __iter__(self) -> Iterator[Any]:
        return iter(self.items())

    def __eq__(self, other: object) -> bool:
        if isinstance(other, SpilledList):
            return self.items() == other.items()
        if isinstance(other, list):
            return self.items() == other
        return NotImplemented

    __hash__ = None  # type: ignore[assignment]  # (unhashable, as a list)

    def __repr__(self) -> str:
        return f"SpilledList({self.json().decode()})"
