"""Reading one cell of an event record or of a frame row, where a missing value may be
None, NaN, NaT, ``pd.NA`` or (for text and dates) ``""``.

Shared by the truce analysis (:mod:`pipeline.truces`), which reads merged events and rows
of the app's frame alike, and the app's charts and exports, so that both treat a gap the
same way. :func:`formula_safe` is the one spreadsheet formula guard of every CSV written:
the build's (:mod:`pipeline.output`) and the app's exports (:mod:`mapapp.exports`).
"""

from __future__ import annotations

import math
from functools import lru_cache
from typing import Any

import numpy as np
import pandas as pd

_NA, _NAT = pd.NA, pd.NaT
_FLOATS = (float, np.floating)


def is_missing(value: Any) -> bool:
    """True for None, NaN (any float type), NaT and ``pd.NA``; not for ``""`` or an empty list.

    Examples
    --------
    >>> is_missing(float("nan")), is_missing(None), is_missing(""), is_missing(0)
    (True, True, False, False)
    """
    # (called for every field the truce analysis reads: no type union made per call, texts first)
    if value is None or value is _NA or value is _NAT:
        return True
    if value.__class__ is str:
        return False
    return isinstance(value, _FLOATS) and math.isnan(value)


def text(value: Any) -> str:
    """A cell as stripped text (``""`` when missing)."""
    if value.__class__ is str:  # (most cells: the same as below, without the checks)
        return value.strip()
    return "" if is_missing(value) else str(value).strip()


def day(value: Any) -> pd.Timestamp | None:
    """Midnight of a date given as ``YYYY-MM-DD``, date, datetime or Timestamp; None if unusable.

    A time zone is dropped (the wall-clock day is kept).

    Examples
    --------
    >>> day("2021-04-20"), day(""), day("not a date")
    (Timestamp('2021-04-20 00:00:00'), None, None)
    """
    if value.__class__ is str:  # (a build's dates are texts: one Timestamp per distinct text)
        return _text_day(value)
    return _day(value)


@lru_cache(maxsize=4096)
def _text_day(value: str) -> pd.Timestamp | None:
    """:func:`day` of a text (remembered: a Timestamp is immutable, so one can be shared)."""
    return _day(value)


def _day(value: Any) -> pd.Timestamp | None:
    """:func:`day`, made anew."""
    if is_missing(value) or value == "":
        return None
    try:
        ts = pd.Timestamp(value)
    except (TypeError, ValueError):
        return None
    if ts is pd.NaT:
        return None
    if ts.tzinfo is not None:
        ts = ts.tz_localize(None)
    return ts.normalize()


#: First characters that make a spreadsheet (Excel, LibreOffice, Google Sheets) read a cell as a
#: formula, as OWASP lists them for "CSV injection".
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def formula_safe(cell: Any) -> Any:
    """A CSV cell that a spreadsheet shows as text and never runs.

    A text starting with ``= + - @`` (or a tab or carriage return) gets a leading ``'``,
    the spreadsheet's text marker: ``=HYPERLINK(…)`` in an outlet's name or a sentence is
    shown, not run, when the analyst opens the export. Numbers (``-41.2``) and every other
    text are unchanged.
    """
    if not isinstance(cell, str) or not cell.startswith(FORMULA_START):
        return cell
    try:
        float(cell)
        return cell  # a number such as -41.2
    except ValueError:
        return "'" + cell
