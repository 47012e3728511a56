"""How many reports an event rests on, and from how many outlets: one rule, computed in the build.

A **report** is one article (its several sentences about the event are one report) or one
curated or ACLED row. An **outlet** reports the event when an article of it is among the
reports, or when a curated row cites a ref of it that is not marked background
(``background_refs`` in ``curated/events.csv``: the row cites a day's sources and cannot say
which of them reports this event), or when it is an ACLED row's source. An outlet's language
editions are one outlet (:func:`pipeline.outlets.outlet_name`). The outlets a curated row cites
only as background, and that no report of the event comes from, are counted apart: they are
no corroboration.

:func:`event_sourcing` is the one owner of these counts: merging (:mod:`pipeline.merge`) writes
them on every event as ``article_count`` (reports), ``report_ids``, ``outlet_count``,
``reporting_outlets`` and ``background_outlets``, and every view of the app and every export
reads those fields (never recounting ``source_refs`` or ``source``).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from .outlets import outlet_name, source_outlets


@dataclass(frozen=True, slots=True)
class Sourcing:
    """An event's reports and outlets (:func:`event_sourcing`).

    Attributes
    ----------
    report_ids : tuple of str
        One per report, in the reports' order: the article's id, or the curated or ACLED row's id.
    outlets : tuple of str
        The outlets that report the event, each once (editions as one), in the reports' order.
    background : tuple of str
        The outlets a curated row cites only as background and no report comes from.
    """

    report_ids: tuple[str, ...]
    outlets: tuple[str, ...]
    background: tuple[str, ...]

    @property
    def reports(self) -> int:
        """The number of reports."""
        return len(self.report_ids)


def event_sourcing(reports: Iterable[Mapping[str, Any]]) -> Sourcing:
    """The reports and outlets behind one event, from its ``reports`` (as merging lists them).

    Parameters
    ----------
    reports : iterable of mapping
        The event's reports (:mod:`pipeline.merge`): ``origin``, ``event_id``, ``article_id``,
        ``source`` and, for a curated or ACLED row, ``outlets`` (each cited outlet with
        ``background`` true when every ref of it the row cites is background).

    Returns
    -------
    Sourcing

    Examples
    --------
    >>> s = event_sourcing([{"origin": "article", "event_id": "a-e1", "article_id": "a", "source": "Shafaq News"},
    ...                     {"origin": "curated", "event_id": "cur-x", "source": "Shafaq News (English); Okaz",
    ...                      "outlets": [{"source": "Shafaq News (English)", "background": True},
    ...                                  {"source": "Okaz", "background": True}]}])
    >>> s.reports, s.outlets, s.background
    (2, ('Shafaq News',), ('Okaz',))
    """
    report_ids: dict[str, None] = {}
    outlets: dict[str, None] = {}
    background: dict[str, None] = {}
    for r in reports:
        origin = r.get("origin") or "article"
        article = r.get("article_id") or ""
        report_ids[article if origin == "article" and article else str(r.get("event_id") or "")] = None
        cited = r.get("outlets") if origin != "article" else None
        if cited:
            for o in cited:
                name = outlet_name(o.get("source") or "")
                if name:
                    (background if o.get("background") else outlets)[name] = None
        else:
            outlets.update(dict.fromkeys(source_outlets(r.get("source"))))
    return Sourcing(tuple(report_ids), tuple(outlets), tuple(b for b in background if b not in outlets))
