"""One event, many reports: merging the events of all articles and the curated file.

ACLED counts reports of the same day, place, actors and type as one event with several
sources. :func:`merge_reports` groups event records on that key — date range, place,
the set of the two actors (order does not matter: outlets disagree on who started it),
event type and sub-type — and returns one record per group with:

- ``reports``: every report kept whole (outlet, alignment, figures, evidence, offsets);
- ``fatalities``: ACLED's most conservative figure among the reports that give one
  (a report that mentions no deaths does not pull the toll to zero), with
  ``fatalities_range`` ``[low, high]`` and ``fatalities_by_source``;
- ``source``: the outlets, ``alignments``: their partisanship, and ``partisan_only``
  when every report comes from a partisan outlet (pro-government, AANES-aligned or
  opposition), so the app can hide claims no independent outlet made.

The first report (an article's, when there is one, so that ``evidence`` stays the exact
sentence at ``start``/``end`` of that article) provides the other fields.
"""

from __future__ import annotations

from typing import Any, Iterable, Mapping

PARTISAN = {"pro-government", "AANES-aligned", "opposition"}


def outlet_alignment(outlet: str, sources: Mapping[str, Any] | None) -> str:
    """Alignment of an outlet name from the source index (``other`` when unknown)."""
    if not sources or not outlet:
        return "other"
    name = outlet.lower()
    for s in sources.values():
        indexed = getattr(s, "outlet", "").lower()
        if indexed and (indexed == name or indexed.startswith(name + " ") or indexed.startswith(name + "(")):
            return getattr(s, "alignment", "other") or "other"
    return "other"


def _key(e: Mapping[str, Any]) -> tuple:
    actors = frozenset(a for a in (e.get("actor1_id"), e.get("actor2_id")) if a)
    return (e.get("date_from"), e.get("date_to"), e.get("place_id"), actors, e.get("event_type"), e.get("sub_event_type"))


def _report(e: Mapping[str, Any], sources: Mapping[str, Any] | None) -> dict[str, Any]:
    origin = e.get("origin") or "article"
    alignments = list(e.get("alignments") or []) or [outlet_alignment(e.get("source", ""), sources)]
    return {
        "origin": origin, "event_id": e["event_id"], "source": e.get("source", ""),
        "source_url": e.get("source_url", ""), "alignments": alignments,
        "fatalities": e.get("fatalities") or 0, "fatalities_text": e.get("fatalities_text") or e.get("fatalities_note") or "",
        "injuries": e.get("injuries"), "evidence": e.get("evidence", ""), "article_id": e.get("article_id", ""),
        "start": e.get("start"), "end": e.get("end"), "source_refs": list(e.get("source_refs") or []),
        "outlet_figures": dict(e.get("outlet_figures") or {}),
    }


def merge_reports(events: Iterable[Mapping[str, Any]], sources: Mapping[str, Any] | None = None) -> list[dict[str, Any]]:
    """Merge event records that report the same event (ACLED), keeping every report.

    Parameters
    ----------
    events : iterable of dict
        Event records (pipeline events with ``source_url``/``published``, curated ones).
    sources : mapping, optional
        The source index (``curated/sources.tsv``) for outlet alignments.

    Returns
    -------
    list of dict
        One record per event, first-seen order, with the keys of the input records plus
        ``reports``, ``report_count``, ``fatalities_range``, ``fatalities_by_source``,
        ``alignments``, ``partisan_only`` and ``merged_ids``.
    """
    groups: dict[tuple, list[Mapping[str, Any]]] = {}
    for e in events:
        groups.setdefault(_key(e), []).append(e)
    out = []
    for members in _split_distinct(groups.values()):
        # an article's report first (its evidence is an exact sentence with offsets), then curated, then ACLED
        members = sorted(members, key=lambda e: _ORDER.get(e.get("origin") or "article", 3))
        base = dict(members[0])
        reports = [_report(e, sources) for e in members]
        figures = [(r["source"], r["fatalities"]) for r in reports if r["fatalities"]]
        for r in reports:  # outlets' own figures listed in curated rows
            for ref, fig in r["outlet_figures"].items():
                n = _leading_int(fig)
                if n:
                    src = (sources or {}).get(ref)
                    figures.append((getattr(src, "outlet", ref), n))
        values = [n for _, n in figures]
        outlets = list(dict.fromkeys(r["source"] for r in reports if r["source"]))
        alignments = list(dict.fromkeys(a for r in reports for a in r["alignments"]))
        base.update(
            reports=reports,
            report_count=len(reports),
            fatalities=min(values) if values else 0,
            fatalities_range=[min(values), max(values)] if values else [0, 0],
            fatalities_by_source=[{"source": s, "fatalities": n} for s, n in figures],
            source="; ".join(outlets) or base.get("source", ""),
            alignments=alignments,
            partisan_only=bool(alignments) and all(a in PARTISAN for a in alignments),
            merged_ids=[e["event_id"] for e in members],
        )
        injuries = [r["injuries"] for r in reports if r["injuries"]]
        if injuries:
            base["injuries"] = min(injuries)
        out.append(base)
    return out


_ORDER = {"article": 0, "curated": 1, "acled": 2}


def _split_distinct(groups: Iterable[list[Mapping[str, Any]]]) -> Iterable[list[Mapping[str, Any]]]:
    """Curated rows are distinct events by the analyst's decision, and ACLED rows by ACLED's:
    never merge two rows of the same such origin.

    In a group with several, the i-th curated row and the i-th ACLED row form one event;
    article reports join the first.
    """
    for members in groups:
        cur = [e for e in members if e.get("origin") == "curated"]
        acl = [e for e in members if e.get("origin") == "acled"]
        if len(cur) <= 1 and len(acl) <= 1:
            yield members
            continue
        clusters: list[list[Mapping[str, Any]]] = [[] for _ in range(max(len(cur), len(acl)))]
        clusters[0] += [e for e in members if e.get("origin", "article") not in ("curated", "acled")]
        for i, e in enumerate(cur):
            clusters[i].append(e)
        for i, e in enumerate(acl):
            clusters[i].append(e)
        yield from (c for c in clusters if c)


def _leading_int(text: str) -> int | None:
    digits = ""
    for ch in str(text).strip():
        if ch.isdigit():
            digits += ch
        elif digits:
            break
    return int(digits) if digits else None
