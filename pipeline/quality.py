"""The measured quality of the extraction, as the app shows it to analysts.

``pipeline/data/quality.toml`` keeps the figures the team measured with
``benchmarks/eval_extraction.py`` on texts the rules were not tuned on: our own written
report sets and real reports. The app's "About the data" page shows them, so an analyst
knows how far to trust a dot that no one has reviewed. This module reads and validates the
file; it computes nothing (the figures are measured, never derived here).

File format (TOML), one ``[[measure]]`` table per measurement::

    [[measure]]
    texts = "20 real reports (14 Arabic, 6 English), 14 outlets, 2015-2026"
    kind = "real"            # "real" (published reports) or "written" (our own texts in an outlet's style)
    blind = true             # nobody had tuned a rule on these texts when they were scored
    measured = 2026-12-07    # a TOML date
    commit = "7ebba6f"
    command = "python benchmarks/eval_extraction.py --reports …"
    gold_events = 44
    precision = 0.54         # share of the events extracted that are true (type, dates, place)
    recall = 0.48            # share of the true events that were extracted

    [measure.by_confidence]  # optional: [right, extracted] for the events of each confidence level
    high = [25, 32]
    medium = [20, 33]
    low = [4, 8]
"""

from __future__ import annotations

import datetime as dt
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from .errors import InputError

#: The shipped file of measured figures.
QUALITY_FILE = Path(__file__).resolve().parent / "data" / "quality.toml"

#: What a ``kind`` may be.
KINDS = ("real", "written")

#: The confidence levels a ``[measure.by_confidence]`` table may give (the events' ``confidence``).
CONFIDENCE_LEVELS = ("high", "medium", "low")

_FIELDS = {"texts": str, "kind": str, "blind": bool, "measured": dt.date, "commit": str, "command": str,
           "gold_events": int, "precision": float, "recall": float}


class QualityFileError(InputError):
    """``quality.toml`` cannot be read or one of its measures is malformed."""


@dataclass(frozen=True, slots=True)
class Measure:
    """One measured figure of the extraction (one ``[[measure]]`` of ``quality.toml``)."""

    texts: str
    kind: str
    blind: bool
    measured: dt.date
    commit: str
    command: str
    gold_events: int
    precision: float
    recall: float
    #: ``{level: (right, extracted)}`` for the levels measured (optional; empty when not given).
    by_confidence: dict[str, tuple[int, int]] = field(default_factory=dict)


def _by_confidence(path: Path, where: str, raw: object) -> dict[str, tuple[int, int]]:
    """``[measure.by_confidence]``: for each level given, two whole numbers, right ≤ extracted."""
    if not isinstance(raw, dict):
        raise QualityFileError(path, f"{where}: by_confidence must be a table of levels (high, medium, low)")
    out: dict[str, tuple[int, int]] = {}
    for level, pair in raw.items():
        if level not in CONFIDENCE_LEVELS:
            raise QualityFileError(path, f"{where}: by_confidence level {level!r} is not one of {', '.join(CONFIDENCE_LEVELS)}")
        if (not isinstance(pair, list) or len(pair) != 2
                or not all(isinstance(v, int) and not isinstance(v, bool) for v in pair)
                or not 0 <= pair[0] <= pair[1]):
            raise QualityFileError(path, f"{where}: by_confidence {level} must be [right, extracted], two whole "
                                         f"numbers with right no more than extracted, not {pair!r}")
        out[level] = (pair[0], pair[1])
    return out


def _measure(path: Path, n: int, raw: object) -> Measure:
    where = f"[[measure]] number {n}"
    if not isinstance(raw, dict):
        raise QualityFileError(path, f"{where} is not a table")
    missing = [k for k in _FIELDS if k not in raw]
    if missing:
        raise QualityFileError(path, f"{where} lacks {', '.join(missing)}")
    unknown = sorted(set(raw) - set(_FIELDS) - {"by_confidence"})
    if unknown:
        raise QualityFileError(path, f"{where} has unknown keys {', '.join(unknown)}")
    values = dict(raw)
    if "by_confidence" in values:
        values["by_confidence"] = _by_confidence(path, where, values["by_confidence"])
    for key, kind in _FIELDS.items():
        v = values[key]
        if kind is float and isinstance(v, int) and not isinstance(v, bool):
            v = values[key] = float(v)
        if not isinstance(v, kind) or (kind is int and isinstance(v, bool)) or (kind is dt.date and isinstance(v, dt.datetime)):
            raise QualityFileError(path, f"{where}: {key} must be a {kind.__name__}, not {v!r}")
    if values["kind"] not in KINDS:
        raise QualityFileError(path, f"{where}: kind must be one of {', '.join(KINDS)}, not {values['kind']!r}")
    for key in ("precision", "recall"):
        if not 0.0 <= values[key] <= 1.0:
            raise QualityFileError(path, f"{where}: {key} must be between 0 and 1, not {values[key]}")
    if values["gold_events"] < 1:
        raise QualityFileError(path, f"{where}: gold_events must be at least 1")
    return Measure(**values)


def read_quality(path: str | Path = QUALITY_FILE) -> list[Measure]:
    """The measured figures of ``path``, newest first.

    Parameters
    ----------
    path : str or Path
        A ``quality.toml`` (default: the shipped one).

    Returns
    -------
    list of Measure
        Newest first: by ``measured``, and among measures of one day the one added later in
        the file first (measures are appended as they are made).

    Raises
    ------
    QualityFileError
        When the file cannot be read, is not TOML (with its line) or a measure is malformed.
    """
    path = Path(path)
    try:
        doc = tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as e:
        raise QualityFileError(path, f"cannot be read ({e.strerror or e})") from e
    except UnicodeDecodeError as e:
        raise QualityFileError(path, "is not UTF-8 text") from e
    except tomllib.TOMLDecodeError as e:
        line = int(e.args[0].rsplit("line ", 1)[1].split(",")[0]) if "line " in str(e) else None
        raise QualityFileError(path, f"is not valid TOML: {e}", line) from e
    raw = doc.get("measure")
    if not isinstance(raw, list) or not raw:
        raise QualityFileError(path, "holds no [[measure]] table")
    out = [(_measure(path, n, m), n) for n, m in enumerate(raw, 1)]
    return [m for m, _ in sorted(out, key=lambda mn: (mn[0].measured, mn[1]), reverse=True)]
