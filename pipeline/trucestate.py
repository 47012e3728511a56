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
the size and sha256 of what follows), then the analysis as :mod:`marshal` data (its distinct times
as their values in their units, each once). It is used only with the merge state of the same build (the same token: a state of
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

import numpy as np
import orjson
import pandas as pd

from .files import marshal_tag, read_input
from .truces import Analysis, TruceCore

log = logging.getLogger(__name__)

#: Where the kept analysis is, in a build folder (beside :data:`pipeline.mergestate.MERGE_STATE`).
TRUCE_STATE = "cache/truces.bin"
_FORMAT = 1
class TruceStateError(ValueError):
    """A kept analysis that cannot be used (damaged, or holding what it cannot hold)."""


class _Moments:
    """The distinct moments of an analysis, each kept once as its value in its unit and the unit (truces
    share their days and times): an analysis' times are their places in the table."""

    def __init__(self) -> None:
        self.table: list[tuple[int, str]] = []
        self._at: dict[tuple[pd.Timestamp, str], int] = {}

    def __call__(self, ts: Any) -> int:
        """The place of ``ts`` in the table (-1 for NaT or None)."""
        if ts is None or ts is pd.NaT:
            return -1
        if ts.__class__ is not pd.Timestamp or ts.tz is not None:
            raise TruceStateError(f"not a naive Timestamp: {ts!r}")
        key = (ts, ts.unit)  # (with its unit: equal moments of two units are equal Timestamps)
        at = self._at.get(key)
        if at is None:
            at = self._at[key] = len(self.table)
            # (in its own unit: a day past 2262 has no nanoseconds)
            self.table.append((int(ts.asm8.view("i8")), ts.unit))
        return at


def plain_analysis(found: Analysis) -> tuple:
    """An :class:`pipeline.truces.Analysis` as plain data (:mod:`marshal`, JSON).

    Parameters
    ----------
    found : Analysis

    Returns
    -------
    tuple
        The moments (each its value in its unit, and the unit), the horizon, the ids extended, their owners and the
        cores, each a tuple of its record's fields (:data:`pipeline.truces.TRUCE_COLUMNS` but those made
        again) then its own; times as places among the moments (-1: none).

    Raises
    ------
    TruceStateError
        A time that is no naive Timestamp (a kept analysis could not give it back).
    """
    at = _Moments()
    cores = []
    for c in found.cores:
        r = c.record
        w = c.window
        cores.append((r["event_id"], at(r["start"]), at(r["end"]), r["start_approximate"], r["end_approximate"],
                      r["planned_hours"], r["actor1"], r["actor2"], r["mediator"], r["place_id"], r["location"],
                      list(r["violations"]), list(r["uncertain_violations"]), r["extends"], r["evidence"],
                      [at(x) for x in r["violation_at"]], sorted(c.sides), c.reported, at(c.first_violation),
                      at(c.own_evidence), None if w is None else (w[0], at(w[1]), at(w[2]))))
    horizon = at(found.horizon)
    return at.table, horizon, sorted(found.named), dict(found.owners), cores


def _from_plain(plain: Any) -> Analysis:
    """:func:`plain_analysis` read back (TypeError, ValueError, KeyError or IndexError when it is not one;
    the file's checksum was checked: this is the layout, not its integrity)."""
    table, horizon, named, owners, cores = plain
    times: list[Any] = [pd.Timestamp(np.datetime64(value, unit)) for value, unit in table]
    times.append(None)  # (place -1)
    nat = pd.NaT
    out = []
    for (eid, start, end, start_approx, end_approx, planned, actor1, actor2, mediator, place, location, violations,
         uncertain, extends, evidence, violation_at, sides, reported, first_violation, own, window) in cores:
        record = {
            "event_id": eid,
            "start": times[start] if start >= 0 else nat,
            "end": times[end] if end >= 0 else nat,
            "actual_end": nat,
            "start_approximate": start_approx,
            "end_approximate": end_approx,
            "planned_hours": planned,
            "actor1": actor1,
            "actor2": actor2,
            "mediator": mediator,
            "place_id": place,
            "location": location,
            "status": "",
            "violations": violations,
            "uncertain_violations": uncertain,
            "extends": extends,
            "status_computed": "",
            "evidence": evidence,
            "truce_id": eid,
            "violation_at": [times[i] for i in violation_at],
        }
        if len(violation_at) != len(violations) or -1 in violation_at:
            raise ValueError("violations and their moments differ")
        win = None if window is None else (window[0], times[window[1]], times[window[2]])
        out.append(TruceCore(record, frozenset(sides), reported, times[first_violation], times[own], win))
    if not isinstance(owners, dict):
        raise TypeError("owners")
    return Analysis(out, times[horizon], frozenset(named), owners)


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
