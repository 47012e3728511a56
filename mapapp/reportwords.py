"""An event's reports and outlets in words, the same in every view.

The counts are the build's (:func:`pipeline.sourcing.event_sourcing`, written on every event as
``article_count`` — reports: an article or a curated or ACLED row each once —, ``outlet_count`` —
the outlets that report it, an outlet's editions as one — and ``background_outlets`` — outlets a
curated row cites only as background, never said to report the event). The map popup, the Feed,
the Events table, the briefing page (and its PNG and PDF), the links' notes and the Add report
page all say them through :func:`sourcing_words`; nothing here recounts refs or outlets.

Nothing here imports Streamlit.
"""

from __future__ import annotations

import math
from typing import Any


def _whole(value: Any) -> int | None:
    """A count read from an event record or a frame cell (None when missing, NaN included)."""
    if value is None or isinstance(value, bool):
        return None
    try:
        f = float(value)
    except (TypeError, ValueError):
        return None
    return None if math.isnan(f) else int(f)


def _names(value: Any) -> list[str]:
    """A list field of names as a list (a frame cell may hold a list, an array, a ``;``-joined text or NaN)."""
    if isinstance(value, str):
        return [v.strip() for v in value.split(";") if v.strip()]
    if value is None or isinstance(value, float):
        return []
    try:
        return [str(v) for v in value if str(v).strip()]
    except TypeError:
        return []


def report_counts(r: Any) -> tuple[int, int, int]:
    """``(reports, outlets, background outlets)`` of an event as the build counted them.

    A build older than these fields: reports from ``report_ids``, else ``report_count``, else 1;
    no outlet is background.
    """
    reports = _whole(r.get("article_count")) or len(_names(r.get("report_ids"))) or _whole(r.get("report_count")) or 1
    outlets = _whole(r.get("outlet_count")) or 0
    return reports, outlets, len(_names(r.get("background_outlets")))


def _plural(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


def sourcing_words(r: Any) -> str:
    """"2 reports from 2 outlets"; "1 report (12 outlets cited as background)" for a curated row whose
    refs are a day's sources, none said to report the event; "3 reports from 2 outlets (+4 cited as
    background)".

    Parameters
    ----------
    r : mapping
        An event record or a row of the events frame.

    Examples
    --------
    >>> sourcing_words({"article_count": 2, "outlet_count": 2})
    '2 reports from 2 outlets'
    >>> sourcing_words({"article_count": 1, "outlet_count": 0, "background_outlets": ["A", "B"]})
    '1 report (2 outlets cited as background)'
    """
    reports, outlets, background = report_counts(r)
    words = _plural(reports, "report") + (f" from {_plural(outlets, 'outlet')}" if outlets else "")
    if background:
        words += (f" (+{background} cited as background)" if outlets
                  else f" ({_plural(background, 'outlet')} cited as background)")
    return words


#: What "cited as background" means, for a tooltip or a note beside the words.
BACKGROUND_NOTE = ("cited as background: the analyst's row cites these outlets (a day's sources) without saying "
                   "which of them reports this event, so they count as no outlet reporting it")
