"""The truce analysis kept beside the cache (``cache/truces.bin``): an added report's build analyses only
the truces it may change.

The truce analysis (:mod:`pipeline.truces`) looks, for every truce, at the violent events of its places
and days; most of what it makes of a truce (its :class:`pipeline.truces.TruceCore`: times, parties,
violations, first violation, evidence) depends only on its own row and those events. A build that keeps
the merge's state (:mod:`pipeline.mergestate`) keeps this part of its analysis too
(:class:`pipeline.truces.Analysis`: the cores, the last day the events cover, the owners of the ids
truces extend). The next build that merges added reports against that state knows which events left and
which came (the groups the added reports joined, before and after): it analyses again only the truces
among them and those whose window one of the violent ones may fall in, and takes every other truce's
core from here (:func:`pipeline.truces.update_analysis`); the last steps (status, chains of
extensions, actual ends, evidence) are made of all of them as a build from nothing makes them, so the
files are the same bytes.

The file, read and written here only: a header line (compact JSON: format, Python's marshal version,
the build's fingerprint, the digest of its other inputs, the *token* of the merge state written with it,
the size and sha256 of what follows), then the analysis as :mod:`marshal` data (times as nanoseconds
and their unit). It is used only with the merge state of the same build (the same token: a state of
another build, even of the same inputs, describes other events); a file that is missing, damaged or made
with other inputs is not used (a warning, except when missing) and every truce is analysed. Like the
merge state it is the build's own, not listed among the manifest's ``outputs``;
:func:`canonical_truce_state` gives its content without the token, to compare builds.
"""

from __future__ import annotations

import hashlib
import logging
import marshal
from pathlib import Path
from typing import Any

import orjson
import pandas as pd

from .files import marshal_tag, read_input
from .truces import Analysis, TruceCore

log = logging.getLogger(__name__)

#: Where the kept analysis is, in a build folder (beside :data:`pipeline.mergestate.MERGE_STATE`).
TRUCE_STATE = "cache/truces.bin"
_FORMAT = 1
#: The fields of a core's record kept (the others are made again: ``actual_end`` NaT, the status
#: fields empty, ``truce_id`` its ``event_id``), in the record's order.
_KEPT = ("event_id", "start", "end", "start_approximate", "end_approximate", "planned_hours", "actor1",
         "actor2", "mediator", "place_id", "location", "violations", "uncertain_violations", "extends",
         "evidence", "violation_at")
_TIMES = frozenset({"start", "end"})


class TruceStateError(ValueError):
    """A kept analysis that cannot be used (damaged, or holding what it cannot hold)."""


def _moment(ts: Any) -> tuple[int, str] | None:
    """A Timestamp as marshal takes it: nanoseconds and unit (None for NaT or None)."""
    if ts is None or ts is pd.NaT:
        return None
    if not isinstance(ts, pd.Timestamp) or ts.tz is not None:
        raise TruceStateError(f"not a naive Timestamp: {ts!r}")
    return ts.value, ts.unit


def _core_plain(c: TruceCore) -> tuple:
    rec = c.record
    values = []
    for k in _KEPT:
        v = rec[k]
        if k in _TIMES:
            v = _moment(v)
        elif k == "violation_at":
            v = [_moment(x) for x in v]
        elif isinstance(v, list):
            v = list(v)
        values.append(v)
    window = None if c.window is None else (c.window[0], _moment(c.window[1]), _moment(c.window[2]))
    return (tuple(values), tuple(sorted(c.sides)), c.reported, _moment(c.first_violation),
            _moment(c.own_evidence), window)


def plain_analysis(found: Analysis) -> tuple:
    """An :class:`pipeline.truces.Analysis` as plain data (:mod:`marshal`, JSON).

    Parameters
    ----------
    found : Analysis

    Returns
    -------
    tuple

    Raises
    ------
    TruceStateError
        A time that is no naive Timestamp (a kept analysis could not give it back).
    """
    return (_moment(found.horizon), sorted(found.named), dict(found.owners), [_core_plain(c) for c in found.cores])


def _from_plain(plain: Any) -> Analysis:
    """:func:`plain_analysis` read back (TypeError, ValueError or KeyError when it is not one)."""
    made: dict[tuple[int, str], pd.Timestamp] = {}  # (truces share their moments: each made once)

    def moment(m: Any) -> Any:
        if m is None:
            return None
        key = (int(m[0]), str(m[1]))
        ts = made.get(key)
        if ts is None:
            ts = made[key] = pd.Timestamp(key[0]).as_unit(key[1])
        return ts

    horizon, named, owners, cores = plain
    if not isinstance(owners, dict) or not all(isinstance(k, str) and isinstance(v, str) for k, v in owners.items()):
        raise TypeError("owners")
    out = []
    for values, sides, reported, first_violation, own, window in cores:
        if len(values) != len(_KEPT):
            raise ValueError("a truce of another shape")
        kept = dict(zip(_KEPT, values))
        start, end = moment(kept["start"]), moment(kept["end"])
        record = {
            "event_id": str(kept["event_id"]),
            "start": start if start is not None else pd.NaT,
            "end": end if end is not None else pd.NaT,
            "actual_end": pd.NaT,
            "start_approximate": bool(kept["start_approximate"]),
            "end_approximate": bool(kept["end_approximate"]),
            "planned_hours": float(kept["planned_hours"]),
            "actor1": str(kept["actor1"]),
            "actor2": str(kept["actor2"]),
            "mediator": str(kept["mediator"]),
            "place_id": kept["place_id"] if isinstance(kept["place_id"], str) else None,
            "location": str(kept["location"]),
            "status": "",
            "violations": [str(v) for v in kept["violations"]],
            "uncertain_violations": [str(v) for v in kept["uncertain_violations"]],
            "extends": kept["extends"] if isinstance(kept["extends"], str) else None,
            "status_computed": "",
            "evidence": str(kept["evidence"]),
            "truce_id": str(kept["event_id"]),
            "violation_at": [moment(m) for m in kept["violation_at"]],
        }
        if len(record["violation_at"]) != len(record["violations"]):
            raise ValueError("violations and their moments differ in number")
        win = None if window is None else (str(window[0]), moment(window[1]), moment(window[2]))
        out.append(TruceCore(record, frozenset(map(str, sides)), str(reported), moment(first_violation),
                             moment(own), win))
    return Analysis(out, moment(horizon), frozenset(map(str, named)), owners)


def write_truce_state(path: Path, fingerprint: str, digest: str, token: str, found: Analysis) -> None:
    """Write the kept analysis ``found`` to ``path`` (atomically: :func:`pipeline.output.atomic_write`).

    Parameters
    ----------
    path : Path
        In the new build's version folder.
    fingerprint, digest : str
        As for :meth:`pipeline.mergestate.MergeState.load`.
    token : str
        The token of the merge state written by the same build (:func:`pipeline.mergestate.write_state`).
    found : Analysis

    Raises
    ------
    TruceStateError
        ``found`` holds what the file cannot (the build then goes without it).
    ValueError
        A value :mod:`marshal` cannot write.
    OSError
        The file cannot be written.
    """
    from .output import atomic_write

    payload = marshal.dumps(plain_analysis(found))
    head = orjson.dumps({"format": _FORMAT, "python": marshal_tag(), "fingerprint": fingerprint, "inputs": digest,
                         "token": token, "size": len(payload), "sha256": hashlib.sha256(payload).hexdigest()})
    atomic_write(path, head + b"\n" + payload)


def _read(path: Path) -> tuple[dict, bytes] | None:
    """The header and the payload of the file at ``path`` (None: no file; TruceStateError: damaged)."""
    try:  # (never blocking on a named pipe put in its place)
        data = read_input(path)
    except FileNotFoundError:
        return None
    except OSError as e:
        raise TruceStateError(f"cannot be read: {e}") from e
    line, _, payload = data.partition(b"\n")
    try:
        head = orjson.loads(line)
    except orjson.JSONDecodeError as e:
        raise TruceStateError("its header is damaged") from e
    if not isinstance(head, dict):
        raise TruceStateError("its header is damaged")
    if head.get("size") != len(payload) or head.get("sha256") != hashlib.sha256(payload).hexdigest():
        raise TruceStateError("its content is not what its header says")
    return head, payload


def load_truce_state(path: Path, fingerprint: str, digest: str, token: str | None) -> Analysis | None:
    """The kept analysis at ``path`` when it was made with ``fingerprint``, inputs of ``digest`` and the
    merge state of ``token``; else None (logged as a warning unless there is no file).

    Parameters
    ----------
    path : Path
        ``<out_dir>/cache/truces.bin``.
    fingerprint, digest : str
        This build's (:func:`pipeline.build.fingerprint`, :func:`pipeline.mergestate.inputs_digest`).
    token : str or None
        The token of the merge state this build merges against (:attr:`pipeline.mergestate.MergeState.token`).

    Returns
    -------
    Analysis or None
    """
    try:
        found = _read(path)
        if found is None:
            return None
        head, payload = found
        if (head.get("format"), head.get("python"), head.get("fingerprint"), head.get("inputs")) != \
                (_FORMAT, marshal_tag(), fingerprint, digest):
            raise TruceStateError("made by another build's inputs or code")
        if token is None or head.get("token") != token:
            raise TruceStateError("made with another merge state")
        return _from_plain(marshal.loads(payload))
    except (TruceStateError, EOFError, ValueError, TypeError, KeyError, IndexError) as e:
        log.warning("%s: truce analysis not reused (%s: %s): every truce is analysed", path, type(e).__name__, e)
        return None


def canonical_truce_state(path: str | Path) -> bytes:
    """A kept analysis' content without its token (the merge state it goes with), as JSON, to compare
    an added report's build with a build from nothing; empty when there is no usable one.

    Parameters
    ----------
    path : str or Path

    Returns
    -------
    bytes
    """
    try:
        found = _read(Path(path))
        if found is None:
            return b""
        head, payload = found
        content = {k: v for k, v in head.items() if k not in ("token", "size", "sha256")}
        return orjson.dumps({"head": content, "analysis": plain_analysis(_from_plain(marshal.loads(payload)))},
                            option=orjson.OPT_SORT_KEYS)
    except (TruceStateError, EOFError, ValueError, TypeError, KeyError, IndexError):
        return b""
