"""The merge's state kept beside the cache (``cache/merged.bin``): an added report merged against it.

A build that merges as the articles come (:class:`pipeline.merge.Merger`, no ``reviews.csv``)
writes, beside the cache, every merged event as it left the merge (its late fields made, its
truce fields not yet), grouped as the merge grouped them: per group, its merge key
(:func:`pipeline.merge.merge_key`), the records it merged (:data:`Ref`: an article's event by
the article's file name and the event's place in it, or a curated or ACLED row by its place
in their list) and the events it made. The next build whose only change is added articles
(same fingerprint, same curated and gazetteer inputs, every other article the same cache
record) does not feed every article's events to the merge again: it merges only the groups
the added articles' events join, from their records (the new articles', the few old articles'
records read from the cache, the curated rows), and puts the new groups in their place. The
events are those a merge of everything gives, in the same order: a group's place is its first
record's (articles in file order, then the curated and ACLED rows), and its events depend only
on its records (:func:`pipeline.merge.merged_event`).

The file, read and written here only: a header line (compact JSON padded to 512 bytes: format,
Python's marshal version, the build's fingerprint, a digest of its other inputs, the sizes of
the two parts that follow, a token new with each state written: :mod:`pipeline.trucestate`), the *lists*: each event's lists that grow with its reports
(:data:`pipeline.merge.SPILLED_FIELDS`) as their JSON, read as :class:`pipeline.spill.SpilledList`
(only when an output is written; written as they come, never all held), then the *index*
(:mod:`marshal`: the articles merged, with their cache keys and counts, and the groups, each
event as its record's keys and values). A new state copies the
old lists it keeps by the system and adds the new ones after them (written anew, compactly,
when more than half of it is lists no event uses). A state that cannot be used (missing,
damaged, of another format or other inputs) is ignored: the build merges everything. It is
not listed among the manifest's ``outputs`` (its size depends on the history of adds);
:func:`canonical_state` gives its content in a form that does not.
"""

from __future__ import annotations

import hashlib
import logging
import marshal
import mmap
import os
import stat
from collections.abc import Callable, Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

import orjson

from .files import marshal_tag, read_at, read_input
from .merge import NO_MORE, SPILLED_FIELDS, Part, merge_key, merged_event, split_distinct
from .schema import EventRecord, record_type
from .spill import SpilledList, SpillFile

log = logging.getLogger(__name__)

#: Where the state is, in a build folder (beside :data:`pipeline.resultcache.CACHE_NAME`).
MERGE_STATE = "cache/merged.bin"
#: 3: the header's token (:attr:`MergeState.token`)
_FORMAT = 3
#: The header's room (its line padded with spaces): the lists follow it, then the index.
_HEAD = 512
#: Open the state's files as bytes on Windows too.
_BINARY = getattr(os, "O_BINARY", 0)
#: A record merged: ``(0, article file name, event's place in the article)`` or ``(1, "", row's place)``
#: (a curated or ACLED row); the tuples sort in the order the merge takes the records.
Ref = tuple[int, str, int]
#: A group of the state: its merge key, its records (sorted) and its events.
Group = tuple[tuple, list[Ref], list[EventRecord]]

#: :func:`article_ref` numbers: the article's place among those merged, shifted by this, plus the event's.
_SHIFT = 24
#: :func:`row_ref` numbers start here (after every article's).
_ROWS = 1 << 60


def article_ref(ordinal: int, index: int) -> int:
    """The number :class:`pipeline.merge.Merger` tracks for event ``index`` of the ``ordinal``-th article merged."""
    return (ordinal << _SHIFT) | index


def row_ref(index: int) -> int:
    """The number tracked for the ``index``-th curated or ACLED row merged."""
    return _ROWS + index


def ref_of(number: int, names: Sequence[str]) -> Ref:
    """The :data:`Ref` of a tracked number (``names``: the articles merged, in order)."""
    if number >= _ROWS:
        return (1, "", number - _ROWS)
    return (0, names[number >> _SHIFT], number & ((1 << _SHIFT) - 1))


def inputs_digest(paths: Iterable[Path]) -> str:
    """A digest of the names and bytes of the build's inputs besides the seeds (curated rows, outlets,
    ACLED exports, gazetteer and zones): a state made with other ones is not used.

    Parameters
    ----------
    paths : iterable of Path
        :func:`pipeline.build._other_inputs`.

    Returns
    -------
    str
        Hex sha256 (a file that cannot be read counts by its name and the error's).
    """
    h = hashlib.sha256()
    for p in paths:
        h.update(str(p).encode("utf-8", "surrogateescape") + b"\0")
        try:  # (as every input is read: never blocking on a named pipe, regular files only)
            h.update(read_input(p))
        except OSError as e:
            h.update(f"unreadable: {type(e).__name__}".encode())
        h.update(b"\0")
    return h.hexdigest()



class _Lists(SpillFile):
    """The lists part of a state file, read at offsets (for :class:`pipeline.spill.SpilledList`), through
    a map of the file (the event writers read every list: one system call each would cost more)."""

    def __init__(self, fd: int, base: int, size: int):  # (no temporary file: the state's own)
        self._fd, self._base, self.size = fd, base, size
        self._map = mmap.mmap(fd, 0, access=mmap.ACCESS_READ)

    def read(self, offset: int, size: int) -> bytes:
        start = self._base + offset
        data = self._map[start:start + size]
        if len(data) != size:
            raise ValueError("the merge state's lists are cut short")
        return data

    def append(self, data: bytes) -> int:
        raise ValueError("a merge state is read only")

    def copy_to(self, dst: int, n: int) -> None:
        """Copy the first ``n`` bytes of the lists to the file ``dst`` at its position (by the system)."""
        from .resultcache import copy_range

        copy_range(self._fd, dst, n, self._base)

    @property
    def closed(self) -> bool:
        return self._fd < 0

    def close(self) -> None:
        if self._fd >= 0:
            self._map.close()
            os.close(self._fd)
            self._fd = -1


class MergeState:
    """A build's merge state (see the module docstring), read from ``path``.

    Use :meth:`load`, which gives None for a state that cannot be used.

    Attributes
    ----------
    articles : list of tuple
        The articles merged (:func:`pipeline.build._merged_article`: file name, cache key, counts), in file order.
    groups : list of Group
        In the merge's order.
    """

    def __init__(self, articles: list[tuple], groups: list[Group], lists: _Lists, live: int,
                 raw: list[tuple] | None = None):
        self.articles = articles
        self.groups = groups
        self.lists = lists
        self.live = live  # bytes of the lists some event uses
        self.raw = raw if raw is not None else []  # each group as the index holds it (written again as it is)
        self._positions: dict[int, int] | None = None
        self.path: Path | None = None  # the file it was read from
        self.token: str | None = None  # written in its header, new with each state (pipeline.trucestate)
        # the bytes of the lists each group's events use
        self.sizes = [sum(s[2] for _, _, spilled in g[2] for s in spilled) for g in self.raw]

    @classmethod
    def load(cls, path: Path, fingerprint: str, digest: str) -> MergeState | None:
        """The state at ``path`` when it was made with ``fingerprint`` and inputs of ``digest``, else None.

        Parameters
        ----------
        path : Path
            ``<out_dir>/cache/merged.bin``.
        fingerprint : str
            The build's (:func:`pipeline.build.fingerprint`).
        digest : str
            :func:`inputs_digest` of the build's other inputs.

        Returns
        -------
        MergeState or None
        """
        try:  # (never blocking on a named pipe put in its place)
            fd = os.open(path, os.O_RDONLY | _BINARY | getattr(os, "O_NONBLOCK", 0))
        except OSError:
            return None
        lists: _Lists | None = None
        try:
            if not stat.S_ISREG(os.fstat(fd).st_mode):
                raise ValueError("not a regular file")
            with open(fd, "rb", closefd=False) as fh:
                head = orjson.loads(fh.readline())
                at = fh.tell()
            if (head.get("format"), head.get("python"), head.get("fingerprint"), head.get("inputs")) != \
                    (_FORMAT, marshal_tag(), fingerprint, digest):
                os.close(fd)
                return None
            index_size, lists_size = int(head["index"]), int(head["lists"])
            if at != _HEAD or os.fstat(fd).st_size != at + lists_size + index_size:
                raise ValueError("size differs from its header's")
            index = marshal.loads(read_at(fd, index_size, at + lists_size))
            lists = _Lists(fd, at, lists_size)
            articles = [tuple(a) for a in index[0]]
            groups = [(key, list(refs), [_event(e, lists) for e in events]) for key, refs, events in index[1]]
            state = cls(articles, groups, lists, int(head["live"]), index[1])
            state.path = path
            state.token = str(head["token"])
            return state
        except (OSError, ValueError, KeyError, TypeError, EOFError, IndexError, orjson.JSONDecodeError) as e:
            if lists is not None:
                lists.close()  # (its map of the file)
            os.close(fd)
            # a damaged or foreign state costs only time (a full merge); said loudly in case it is a bug
            log.warning("%s: merge state not used (%s: %s): every article's events are merged", path,
                        type(e).__name__, e)
            return None

    def position(self, event: EventRecord) -> int | None:
        """The place of ``event`` among the state's events (None: not one of them)."""
        if self._positions is None:
            self._positions = {id(ev): n for n, ev in enumerate(ev for _, _, events in self.groups for ev in events)}
        return self._positions.get(id(event))

    def count(self) -> int:
        """The number of the state's events."""
        return sum(len(events) for _, _, events in self.groups)

    def close(self) -> None:
        """Close the file (the events' lists can no longer be read)."""
        self.lists.close()


def _event(stored: tuple, lists: _Lists) -> EventRecord:
    """An event of the index: its record's keys, its values (None for a list kept in the lists part)
    and of each such list its field's place, offset, size, count and origins."""
    keys, values, spilled = stored
    if spilled:
        values = list(values)
        for i, offset, size, count, origins in spilled:
            values[i] = SpilledList(lists, offset, size, count, tuple(origins) if origins is not None else None)
    return record_type(tuple(keys))(*values)


def merge_added(state: MergeState, added: Mapping[str, dict[str, Any]], rows: Sequence[EventRecord],
                article: Callable[[str], dict[str, Any]], sources: Any,
                each: Callable[[EventRecord], None]) -> list[Group]:
    """The groups of the state with the added articles' events merged in, in the merge's order.

    Parameters
    ----------
    state : MergeState
        Made from every article merged now but the added ones.
    added : mapping of str to dict
        Each added article's file name and merge part (:func:`pipeline.resultcache.merge_part`).
    rows : sequence of EventRecord
        The curated then ACLED rows, as the build merges them.
    article : callable
        An old article's merge part, by file name (read from the cache).
    sources : mapping or None
        The source index, as for :func:`pipeline.merge.merge_report_parts`.
    each : callable
        Called with every event made anew (the build's late fields).

    Returns
    -------
    list of Group
    """
    where = {key: n for n, (key, _, _) in enumerate(state.groups)}
    joined: dict[int, list[Ref]] = {}  # a state group -> the added records that join it
    fresh: dict[tuple, list[Ref]] = {}  # a new group's key -> its records
    for name in sorted(added):
        for i, e in enumerate(added[name]["events"]):
            key = merge_key(e)
            ref: Ref = (0, name, i)
            n = where.get(key)
            if n is not None:
                joined.setdefault(n, []).append(ref)
            else:
                fresh.setdefault(key, []).append(ref)
    if not joined and not fresh:
        return state.groups
    parts: dict[str, dict[str, Any]] = dict(added)

    def record(ref: Ref) -> Part:
        if ref[0] == 1:
            return rows[ref[2]], NO_MORE
        merge = parts.get(ref[1])
        if merge is None:
            merge = parts[ref[1]] = article(ref[1])
        more = {"source_url": merge["source_url"], "published": merge["published"], "origin": "article"}
        return merge["events"][ref[2]], more

    def merged(key: tuple, refs: list[Ref]) -> Group:
        refs = sorted(refs)
        events = [merged_event(cluster, sources) for cluster in split_distinct(([record(r) for r in refs],))]
        for ev in events:
            each(ev)
        return key, refs, events

    made = [merged(state.groups[n][0], state.groups[n][1] + refs) for n, refs in joined.items()]
    made += [merged(key, refs) for key, refs in fresh.items()]
    kept = [g for n, g in enumerate(state.groups) if n not in joined]
    # the merge's order: each group where its first record is (the kept ones are in that order already)
    return sorted(kept + made, key=lambda g: g[1][0])


def write_state(path: Path, fingerprint: str, digest: str, articles: Sequence[tuple],
                groups: Iterable[tuple[tuple, list[Ref], Sequence[EventRecord]]],
                old: MergeState | None = None) -> str:
    """Write the merge state of ``groups`` (made from ``articles``) to ``path``.

    The groups ``old`` holds and ``groups`` keeps as they are (the same objects) are written as
    ``old``'s index has them, and its lists part is copied whole, while at least half of it is
    still used; every other list is written after it.

    Parameters
    ----------
    path : Path
        In the new build's version folder.
    fingerprint, digest : str
        As for :meth:`MergeState.load`.
    articles : sequence of tuple
        The articles merged (file name, cache key, counts: :attr:`MergeState.articles`), in file order.
    groups : iterable of (tuple, list of Ref, sequence of EventRecord)
        The merge key, records and events of every group, in the merge's order; the events as
        they left the merge (before the truce analysis marks them).
    old : MergeState, optional
        The state the groups came from (an added report's build).

    Returns
    -------
    str
        The state's token: new with each state written (a state shared with the current build keeps
        ``old``'s), so that what is kept beside it of the same build (:mod:`pipeline.trucestate`) is
        known to go with it.

    Raises
    ------
    ValueError
        A value :mod:`marshal` cannot write (the build then goes without a state).
    OSError
        The file cannot be written.
    """
    groups = list(groups)
    if old is not None and old.path is not None and list(articles) == old.articles and \
            len(groups) == len(old.groups) and all(a is b for a, b in zip(groups, old.groups)):
        try:  # (nothing added: the current build's file, shared)
            path.parent.mkdir(parents=True, exist_ok=True)
            os.link(old.path, path)
            if old.token is not None:
                return old.token
            path.unlink()
        except OSError:
            pass
    token = os.urandom(16).hex()
    stored_before = {id(g): raw for g, raw in zip(old.groups, old.raw)} if old is not None else {}
    present = {id(g) for g in groups}
    kept_live = old.live - sum(size for g, size in zip(old.groups, old.sizes) if id(g) not in present) \
        if old is not None else 0
    keep = old is not None and 2 * kept_live >= old.lists.size
    base = old.lists.size if keep and old is not None else 0
    at = base
    live = kept_live if keep else 0
    stored = []
    path.parent.mkdir(parents=True, exist_ok=True)
    # the lists are written as they come (never all held), after room for the header, then the index
    with open(path, "wb", buffering=1 << 20) as fh:
        try:
            fh.write(b" " * (_HEAD - 1) + b"\n")
            if base and old is not None:
                fh.flush()
                old.lists.copy_to(fh.fileno(), base)
                fh.seek(0, os.SEEK_END)
            for group in groups:
                raw = stored_before.get(id(group)) if keep else None
                if raw is not None:
                    stored.append(raw)
                    continue
                key, refs, events = group
                rows = []
                for ev in events:
                    keys = type(ev).KEYS
                    values = list(ev.values_tuple())
                    spilled = []
                    for i in _spilled_at(keys):
                        v = values[i]
                        origins = None
                        if type(v) is SpilledList:
                            data, count, origins = v.json(), len(v), v.origins
                        elif type(v) is list:
                            data, count = orjson.dumps(v), len(v)
                            if keys[i] == "reports":
                                origins = tuple(dict.fromkeys(r.get("origin") for r in v))
                        else:
                            continue
                        spilled.append((i, at, len(data), count, origins))
                        fh.write(data)
                        at += len(data)
                        live += len(data)
                        values[i] = None
                    rows.append((keys, tuple(values), tuple(spilled)))
                stored.append((key, tuple(refs), rows))
            index = marshal.dumps((list(articles), stored))
            fh.write(index)
            head = orjson.dumps({"format": _FORMAT, "python": marshal_tag(), "fingerprint": fingerprint,
                                 "inputs": digest, "index": len(index), "lists": at, "live": live, "token": token})
            if len(head) >= _HEAD:
                raise ValueError("the merge state's header is too long")
            fh.seek(0)
            fh.write(head + b" " * (_HEAD - 1 - len(head)))
        except BaseException:
            fh.close()
            Path(path).unlink(missing_ok=True)
            raise
    return token


_SPILLED_AT: dict[tuple[str, ...], tuple[int, ...]] = {}


def _spilled_at(keys: tuple[str, ...]) -> tuple[int, ...]:
    """The places of :data:`pipeline.merge.SPILLED_FIELDS` among a record's ``keys``."""
    found = _SPILLED_AT.get(keys)
    if found is None:
        found = _SPILLED_AT[keys] = tuple(i for i, k in enumerate(keys) if k in SPILLED_FIELDS)
    return found


def _plain(key: tuple) -> list:
    """A merge key as JSON takes it, the same whatever order its set of actors iterates in."""
    return [sorted(map(str, v)) if isinstance(v, frozenset) else v for v in key]


def canonical_state(path: str | Path) -> bytes:
    """A merge state's content in a form that does not depend on how its lists were written (for
    comparing an added report's build with a build from nothing): its articles and groups, each
    event's lists read back, as JSON; empty when there is no usable state.

    Parameters
    ----------
    path : str or Path

    Returns
    -------
    bytes
    """
    path = Path(path)
    try:
        head = orjson.loads(path.read_bytes().split(b"\n", 1)[0])
    except (OSError, orjson.JSONDecodeError):
        return b""
    state = MergeState.load(path, head.get("fingerprint"), head.get("inputs"))
    if state is None:
        return b""
    try:
        groups = [[_plain(key), refs, [[list(ev.KEYS), [list(v) if isinstance(v, SpilledList) else v
                                                       for v in ev.values_tuple()]] for ev in events]]
                  for key, refs, events in state.groups]
        return orjson.dumps({"articles": state.articles, "groups": groups}, default=repr)
    finally:
        state.close()


#: Beside the merge state: where each of its events' features is in ``events.geojson``, with the truce
#: fields it was written with (an added report's build copies the features whose event and truce
#: fields are the same: :func:`feature_copy`).
FEATURES = "cache/features.json"


def write_features(folder: Path, events: Sequence[EventRecord], where: Sequence[tuple[int, int]]) -> None:
    """Write :data:`FEATURES` into the build's ``folder``: for each of ``events`` (those of the merge
    state, in its order, marked by the truce analysis), where :func:`pipeline.output.write_event_files`
    put its feature (``where``) and its ``truce_id`` and ``violates``.

    Parameters
    ----------
    folder : Path
        The new build's version folder (its ``events.geojson`` written).
    events : sequence of EventRecord
    where : sequence of (int, int)
    """
    # (the file's size: it may still be in its buffer; its features end with "]}")
    size = where[-1][0] + where[-1][1] + 2 if where else len(b'{"type":"FeatureCollection","features":[]}')
    items = [[at, n, ev.get("truce_id"), ev.get("violates")] for ev, (at, n) in zip(events, where)]
    path = folder / FEATURES
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(orjson.dumps({"geojson": size, "features": items}, default=list))


def feature_copy(current: Path, state: MergeState, events: Sequence[EventRecord]) -> Any:
    """The features of the current build's ``events.geojson`` (folder ``current``) that an added
    report's build copies: those of the state's events it keeps whose truce fields are those they
    were written with (:class:`pipeline.output.FeatureCopy`); None when the current build's notes
    (:data:`FEATURES`) do not match its files.

    Parameters
    ----------
    current : Path
        The current build's folder.
    state : MergeState
        Read from it.
    events : sequence of EventRecord
        The new build's events, marked by the truce analysis.

    Returns
    -------
    pipeline.output.FeatureCopy or None
    """
    from .output import FeatureCopy

    try:
        notes = orjson.loads(read_input(current / FEATURES))
        geojson = current / "events.geojson"
        if notes["geojson"] != geojson.stat().st_size or len(notes["features"]) != state.count():
            return None
        old = notes["features"]
        ranges: list[tuple[int, int] | None] = []
        for ev in events:
            n = state.position(ev)
            item = old[n] if n is not None else None
            same = item is not None and item[2] == ev.get("truce_id") and item[3] == list(ev.get("violates") or ())
            ranges.append((item[0], item[1]) if same and item is not None else None)
        return FeatureCopy(geojson, ranges)
    except (OSError, ValueError, KeyError, TypeError, IndexError, orjson.JSONDecodeError) as e:
        log.warning("features of the current build not copied (%s: %s): every feature is made", type(e).__name__, e)
        return None
