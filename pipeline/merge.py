"""One event, many reports: merging the events of all articles and the curated file.

ACLED counts reports of the same day, place, actors and type as one event with several
sources. :func:`merge_reports` groups event records on that key — date range, place,
the set of the two actors (order does not matter: outlets disagree on who started it),
event type and sub-type — and returns one record per group with:

- ``reports``: every report kept whole (outlet, alignment, figures, evidence, offsets);
- ``fatalities``: an analyst's curated figure when a curated row is among the reports, else
  ACLED's most conservative figure among the reports that give one (a report that mentions no
  deaths does not pull the toll to zero; an article's figure is the largest its sentences give),
  with ``fatalities_basis`` (how it was chosen: :func:`_toll`), ``fatalities_range`` ``[low,
  high]`` and ``fatalities_by_source``; ``injuries`` alike;
- ``source``: the outlets, ``alignments``: their partisanship, and ``partisan_only``
  when every report comes from a partisan outlet (pro-government, AANES-aligned or
  opposition), so the app can hide claims no independent outlet made.

The first report (an article's, when there is one, so that ``evidence`` stays the exact
sentence at ``start``/``end`` of that article) provides the other fields. Each merged event
is a typed :class:`pipeline.schema.EventRecord` carrying the first report's fields, the
merged ones and :data:`pipeline.schema.LATE_FIELDS` (set by the build afterwards).
"""

from __future__ import annotations

import os
import tempfile
from array import array
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from types import MappingProxyType
from typing import Any

import orjson

from .schema import EventRecord, merged_record
from .sourcing import event_sourcing

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


#: The actor ACLED codes for an attacker no report names: for merging, the same as no actor.
UNNAMED_ACTOR = "unidentified"


def _key(e: Mapping[str, Any]) -> tuple:
    get = e.get
    # an ACLED row's "Unidentified Armed Group (Syria)" and an article's unnamed attacker are one side
    a1, a2 = (a if a != UNNAMED_ACTOR else None for a in (get("actor1_id"), get("actor2_id")))
    actors = frozenset((a1, a2) if a1 and a2 else (a1,) if a1 else (a2,) if a2 else ())
    # unresolved_name: two villages the gazetteer lacks, drawn in one countryside, are two places
    return (get("date_from"), get("date_to"), get("place_id"), get("unresolved_name") or "", actors,
            get("event_type"), get("sub_event_type"))


def merge_key(e: Mapping[str, Any]) -> tuple:
    """The key :func:`merge_reports` groups records on (date range, place, actors, type)."""
    return _key(e)


#: A record in two parts (see :func:`merge_report_parts`).
Part = tuple[Mapping[str, Any], Mapping[str, Any]]
_NO_MORE: Mapping[str, Any] = MappingProxyType({})
#: The fields the second part of a record may hold as it is (merging reads ``origin`` and
#: ``source_url`` from either part, and never ``published``); with others, the record is built first.
_MORE_FIELDS = frozenset({"origin", "source_url", "published"})


def _origin(part: Part) -> Any:
    e, more = part
    return more.get("origin", e.get("origin"))


def _report(part: Part, sources: Mapping[str, Any] | None, resolve: bool = True) -> dict[str, Any]:
    """What a merged event's ``reports`` lists of one of its records (``resolve`` False: the
    outlet's alignment, which needs ``sources``, left None when the record gives none)."""
    e, more = part
    if more is _MADE:  # a Merger's report, made before the sources were known
        if type(e) is SpilledReport:
            if e.alignments is None:
                e.alignments = [outlet_alignment(e.source, sources)]
            return e  # type: ignore[return-value]
        made: dict[str, Any] = e  # type: ignore[assignment]
        if made["alignments"] is None:
            made["alignments"] = [outlet_alignment(made["source"], sources)]
        return made
    get = e.get
    source = get("source", "")
    return {
        "origin": more.get("origin", get("origin")) or "article", "event_id": e["event_id"], "source": source,
        "source_url": more.get("source_url", get("source_url", "")), "published": more.get("published", get("published")) or "",
        "alignments": list(get("alignments") or ()) or ([outlet_alignment(source, sources)] if resolve else None),
        "fatalities": get("fatalities") or 0, "fatalities_text": get("fatalities_text") or get("fatalities_note") or "",
        "injuries": get("injuries"), "evidence": get("evidence", ""), "article_id": get("article_id", ""),
        "start": get("start"), "end": get("end"),
        "more_evidence": [list(span) for span in get("more_evidence") or ()],  # further sentences (a toll's)
        "source_refs": list(get("source_refs") or ()),
        "outlet_figures": dict(get("outlet_figures") or {}),
        **_cited_outlets(get("source_refs"), sources, get("background_refs")),
    }


def _cited_outlets(refs: Any, sources: Mapping[str, Any] | None, background: Any = ()) -> dict[str, Any]:
    """``{"outlets": [...]}``: each outlet a curated or ACLED row cites (its refs in the source index),
    once, with its own alignment, the dates of the articles cited and ``background`` (true when every
    ref of it the row cites is in ``background``: cited as background, not known to report the event)
    (empty when it cites none the index knows), so a reader sees which outlet each alignment belongs to."""
    found: dict[str, dict[str, Any]] = {}
    for ref in refs or ():
        src = (sources or {}).get(ref)
        if src is None:
            continue
        item = found.setdefault(src.outlet, {"source": src.outlet, "alignment": src.alignment or "other",
                                             "published": [], "refs": []})
        day = _day(src.published)
        if day and day not in item["published"]:
            item["published"].append(day)
        item["refs"].append(ref)
    marked = set(background or ())
    for item in found.values():
        item["background"] = all(ref in marked for ref in item["refs"])
    return {"outlets": list(found.values())} if found else {}


def _day(published: Any) -> str:
    """The ``YYYY-MM-DD`` a publication date starts with (``""`` when it gives none)."""
    text = str(published or "").strip()
    return text[:10] if len(text) >= 10 and text[4] == "-" and text[7] == "-" and text[:4].isdigit() else ""


def merge_reports(events: Iterable[Mapping[str, Any]], sources: Mapping[str, Any] | None = None) -> list[EventRecord]:
    """Merge event records that report the same event (ACLED), keeping every report.

    Parameters
    ----------
    events : iterable of dict
        Event records (pipeline events with ``source_url``/``published``, curated ones).
    sources : mapping, optional
        The source index (``curated/sources.tsv``) for outlet alignments.

    Returns
    -------
    list of EventRecord
        One record per event, first-seen order, with the fields of its first report plus
        ``reports``, ``report_count`` (records merged), ``article_count`` (reports: an article's
        several sentences are one; ``report_ids`` names them: article ids, curated or ACLED row ids),
        ``outlet_count`` and ``reporting_outlets`` (the outlets that report it, editions as one),
        ``background_outlets`` (cited by a curated row only as background; see
        :func:`pipeline.sourcing.event_sourcing`), ``fatalities_range``, ``fatalities_by_source``,
        ``alignments``, ``partisan_only`` and ``merged_ids`` (and ``review_status``,
        ``truce_id``, ``violates`` with their defaults).
    """
    return merge_report_parts(((e, _NO_MORE) for e in events), sources)


def merge_report_parts(parts: Iterable[Part], sources: Mapping[str, Any] | None = None) -> list[EventRecord]:
    """:func:`merge_reports` of records given in two parts: ``(fields, more)`` is ``{**fields, **more}``.

    Only the record kept for each event is built whole, so a caller adding a few fields
    to many records does not copy them all: the build passes each article event with its
    article's ``{"source_url", "published", "origin"}``. ``more`` holding other fields is
    merged into the record first.

    Parameters
    ----------
    parts : iterable of (dict, dict)
    sources : mapping, optional
        As for :func:`merge_reports`.

    Returns
    -------
    list of EventRecord
        As :func:`merge_reports` returns for the records ``{**fields, **more}``.
    """
    groups: dict[tuple, list[Part]] = {}
    for part in parts:
        e, more = part
        if more and not _MORE_FIELDS.issuperset(more):
            part = e, more = {**e, **more}, _NO_MORE
        key = _key(e)
        group = groups.get(key)
        if group is None:
            groups[key] = [part]
        else:
            group.append(part)
    return [_merged(members, sources) for members in _split_distinct(groups.values())]


class Merger:
    """:func:`merge_report_parts` fed one record at a time (the build's merge, as articles come).

    Records are grouped on :func:`merge_key` as they come, so the merge holds per event its
    first report's record and, of each later article report that can never be its event's
    first (its group's first is an article's too: :func:`_merged` keeps article reports
    first, in arrival order), only that report as the merged event will list it (the dict
    of its ``reports`` item, its strings shared through ``intern`` when given; its outlet's
    alignment resolved by :meth:`result`) instead of its record. :meth:`result` gives what
    :func:`merge_report_parts` gives for the records in the order they were added.

    Parameters
    ----------
    record : callable, optional
        Makes the record kept of each event's first report (the build's compact
        :class:`pipeline.resultcache.Records`); default: the record as given.
    intern : callable, optional
        ``str -> str``, returning one shared object per distinct text (the build's
        :meth:`pipeline.resultcache.Records.text`).
    spill : str or Path, optional
        A folder: each such later report is then written there as its JSON (a
        :class:`ReportSpill`, a temporary file) and held only as a :class:`SpilledReport`
        (what merging reads of it: event id, outlet, figures), so the memory the merge
        holds per report does not include its sentence and the rest of its fields.
    """

    def __init__(self, record: Any = None, intern: Any = None, spill: str | Path | None = None) -> None:
        self.groups: dict[tuple, list[Part]] = {}
        self._record = record
        self._intern = intern
        self.spill = ReportSpill(spill) if spill is not None else None

    def add(self, e: Mapping[str, Any], more: Mapping[str, Any] = _NO_MORE) -> None:
        """Add one record, given in two parts as for :func:`merge_report_parts`."""
        if more and not _MORE_FIELDS.issuperset(more):
            e, more = {**e, **more}, _NO_MORE
        key = _key(e)
        group = self.groups.get(key)
        if group is None:
            if self._record is not None:
                e = self._record(e)
                key = _key(e)  # (of the record's texts: the key then holds no texts of its own)
            self.groups[key] = [(e, more)]
        elif (_origin((e, more)) or "article") == "article" and (_origin(group[0]) or "article") == "article":
            group.append((self._made(e, more), _MADE))
        else:
            group.append((e, more))

    def _made(self, e: Mapping[str, Any], more: Mapping[str, Any]) -> dict[str, Any]:
        """``_report((e, more), sources)`` before the sources are known (alignments None unless
        given). Its texts that repeat are shared, and so are its empty lists (nothing edits a
        report once made: they are only written)."""
        report = _report((e, more), None, resolve=False)
        if self.spill is not None and report["alignments"] is None:
            return self.spill.add(report, self._intern)  # type: ignore[return-value]
        intern = self._intern
        if intern is not None:
            for k in _SHARED_TEXTS:
                v = report[k]
                if v.__class__ is str:
                    report[k] = intern(v)
        if not report["source_refs"]:
            report["source_refs"] = _NO_REFS
        if not report["more_evidence"]:
            report["more_evidence"] = _NO_SPANS
        if not report["outlet_figures"]:
            report["outlet_figures"] = _NO_FIGURES
        return report

    def result(self, sources: Mapping[str, Any] | None = None) -> list[EventRecord]:
        """The merged events (as :func:`merge_report_parts` of every record added, with ``sources``)."""
        alignment: dict[str, list[str]] = {}  # outlet -> its reports' alignments (one list, shared)
        for members in self.groups.values():
            for e, more in members:
                if more is _MADE and e["alignments"] is None:
                    source = e["source"]
                    found = alignment.get(source)
                    if found is None:
                        found = alignment[source] = [outlet_alignment(source, sources)]
                    if type(e) is SpilledReport:
                        e.alignments = found
                    else:
                        made: dict[str, Any] = e  # type: ignore[assignment]
                        made["alignments"] = found
        figures: dict[tuple, dict[str, Any]] = {}  # (report, toll) -> its fatalities_by_source item, shared
        return [_merged(members, sources, figures) for members in _split_distinct(self.groups.values())]

    def clear(self) -> None:
        """Let go of every record (the merged events keep what they need)."""
        self.groups = {}


class ReportSpill:
    """Reports written as JSON to a temporary file in ``folder`` as they come, read back one at
    a time when the event files are written (:class:`SpilledReport`). Each is kept with
    ``"alignments":null`` (known only once the source index is read), replaced when it is read."""

    def __init__(self, folder: str | Path):
        # (removed by the system once closed: when the last handle goes, or at close())
        self._fh = tempfile.TemporaryFile(dir=folder, prefix=".reports-", buffering=1 << 20)  # noqa: SIM115
        self._starts = array("q")  # each report's offset
        self._heads = array("q")  # where its alignments go
        self._size = 0
        self._flushed = True
        self._moved = False  # the handle's position left the end by a read (no os.pread)

    def add(self, report: dict[str, Any], intern: Any = None) -> SpilledReport:
        """Write ``report`` (a :func:`_report` dict whose ``alignments`` are None) and give its handle."""
        data = orjson.dumps(report)  # its "alignments":null, replaced when read (no text before can hold
        cut = data.index(b',"alignments":null,') + 14  # that sequence: a quote in a JSON string is escaped)
        self._starts.append(self._size)
        self._heads.append(cut)
        if self._moved:  # a read moved the handle: reports are only ever appended
            self._fh.seek(self._size)
            self._moved = False
        self._fh.write(data)
        self._size += len(data)
        self._flushed = False
        index = len(self._heads) - 1
        source = report["source"]
        article, published = report.get("article_id") or "", report.get("published") or ""
        if intern is not None:
            source, article, published = intern(source), intern(article), intern(published)
        return SpilledReport(self, index, report["event_id"], source, report["fatalities"], report["injuries"],
                             article, published)

    def json(self, index: int, alignments: bytes) -> bytes:
        """The JSON of report ``index`` with its ``alignments`` (JSON)."""
        if not self._flushed:
            self._fh.flush()
            self._flushed = True
        start = self._starts[index]
        end = self._starts[index + 1] if index + 1 < len(self._starts) else self._size
        data = self._read_at(start, end - start)
        cut = self._heads[index]
        return b"".join((data[:cut], alignments, data[cut + 4:]))

    def _read_at(self, start: int, size: int) -> bytes:
        """``size`` bytes of the file from ``start``: ``os.pread`` where the system has it (the
        handle's position is kept), else (Windows) a seek and a read on the spill's own handle,
        which :meth:`add` moves back to the end before it writes."""
        pread = getattr(os, "pread", None)
        if pread is not None:
            return pread(self._fh.fileno(), size, start)
        self._fh.seek(start)
        self._moved = True
        return self._fh.read(size)

    def close(self) -> None:
        self._fh.close()


#: The fields of a report (:func:`_report`), in order.
REPORT_KEYS = ("origin", "event_id", "source", "source_url", "published", "alignments", "fatalities", "fatalities_text",
               "injuries", "evidence", "article_id", "start", "end", "more_evidence", "source_refs", "outlet_figures")


class SpilledReport(Mapping[str, Any]):
    """A merged event's report written to a :class:`ReportSpill`: what merging reads of it is
    held (event id, outlet, toll, injuries, alignments, article, date), the rest read back from the file when
    asked (:meth:`json`, or as a mapping: a report of an article). The event writers serialise
    it through :func:`pipeline.schema.json_default`."""

    __slots__ = ("_index", "_spill", "alignments", "article_id", "event_id", "fatalities", "injuries", "published",
                 "source")

    def __init__(self, spill: ReportSpill, index: int, event_id: str, source: str, fatalities: Any, injuries: Any,
                 article_id: str = "", published: str = ""):
        self._spill, self._index = spill, index
        self.event_id, self.source, self.fatalities, self.injuries = event_id, source, fatalities, injuries
        self.article_id, self.published = article_id, published
        self.alignments: list[str] | None = None

    def json(self) -> bytes:
        """The report's JSON, as ``orjson.dumps`` of its dict gives it."""
        return self._spill.json(self._index, orjson.dumps(self.alignments))

    def json_fragment(self) -> orjson.Fragment:
        """:meth:`json` for ``orjson.dumps`` (:func:`pipeline.schema.json_default`)."""
        return orjson.Fragment(self.json())

    def __getitem__(self, key: str) -> Any:
        if key in _HELD:
            return getattr(self, key)
        if key == "origin":
            return "article"
        if key == "outlet_figures":
            return _NO_FIGURES
        return orjson.loads(self.json())[key]

    def get(self, key: str, default: Any = None) -> Any:
        return self[key] if key in REPORT_KEYS else default

    def __iter__(self) -> Iterator[str]:
        return iter(REPORT_KEYS)

    def __len__(self) -> int:
        return len(REPORT_KEYS)

    def __repr__(self) -> str:
        return f"SpilledReport({self.json().decode()})"


_HELD = frozenset({"event_id", "source", "fatalities", "injuries", "alignments", "article_id", "published"})


#: The second part of a :class:`Merger` member that is already its report (see :func:`_report`).
_MADE: Mapping[str, Any] = MappingProxyType({})
#: The texts of a :class:`Merger`'s report that repeat from report to report (not its event id).
_SHARED_TEXTS = ("origin", "source", "source_url", "published", "fatalities_text", "evidence", "article_id")
_NO_REFS: list[str] = []
_NO_SPANS: list[list[int]] = []
_NO_FIGURES: dict[str, Any] = {}


def _merged(members: list[Part], sources: Mapping[str, Any] | None,
            shared: dict[tuple, dict[str, Any]] | None = None) -> EventRecord:
    """One event record from the records of one group (see :func:`merge_reports`); ``shared``:
    a memo making one ``fatalities_by_source`` item per report and toll (they are only written)."""
    if len(members) > 1:
        # an article's report first (its evidence is an exact sentence with offsets), then curated, then ACLED
        members = sorted(members, key=lambda part: _ORDER.get(_origin(part) or "article", 3))
    first, more = members[0]
    base = {**first, **more}
    reports = [_report(part, sources) for part in members]
    figures: dict[tuple, None] = {}  # (origin, outlet, article, ref, toll, date, alignment), once each
    outlets: dict[str, None] = {}
    alignments: dict[str, None] = {}
    killed: dict[str, Any] = {}  # each report's toll (an article's: the largest its sentences give)
    injured: dict[str, Any] = {}
    coded: tuple[Any, Any] | None = None  # a curated row's (fatalities, injuries): the analyst's
    for r in reports:
        origin = r.get("origin") or "article"
        article = r.get("article_id") or ""
        aligned = [a for a in r["alignments"] or () if a]
        report = article if origin == "article" and article else str(r["event_id"])
        if r["fatalities"]:
            figures[(origin, r["source"], article if origin == "article" else "", "", r["fatalities"],
                     _day(r.get("published")), aligned[0] if len(aligned) == 1 else "")] = None
            killed[report] = max(killed.get(report, 0), r["fatalities"])
        if r["source"]:
            outlets[r["source"]] = None
        alignments.update(dict.fromkeys(r["alignments"]))
        if r["injuries"]:
            injured[report] = max(injured.get(report, 0), r["injuries"])
        if origin == "curated" and coded is None:
            coded = (r["fatalities"], r["injuries"])
    for r in reports:  # outlets' own figures listed in curated rows
        for ref, fig in r["outlet_figures"].items():
            n = _leading_int(fig)
            if n:
                src = (sources or {}).get(ref)
                figures[("cited", getattr(src, "outlet", ref), "", ref, n, _day(getattr(src, "published", "")),
                         getattr(src, "alignment", "") or "")] = None
                killed.setdefault(f"cited:{ref}", n)
    values = [f[4] for f in figures]
    fatalities, basis = _toll(killed, coded[0] if coded else None)
    injuries, _ = _toll(injured, coded[1] if coded else None)
    aligned = list(alignments)
    sourcing = event_sourcing(reports)  # reports and outlets: the one rule every view reads
    base.update(
        reports=reports,
        report_count=len(reports),
        article_count=sourcing.reports,
        report_ids=list(sourcing.report_ids),
        outlet_count=len(sourcing.outlets),
        reporting_outlets=list(sourcing.outlets),
        background_outlets=list(sourcing.background),
        fatalities=fatalities,
        fatalities_basis=basis,
        fatalities_range=[min(values), max(values)] if values else [0, 0],
        fatalities_by_source=([_figure(f) for f in figures] if shared is None else
                              [_shared_figure(shared, f) for f in figures]),
        source="; ".join(outlets) or base.get("source", ""),
        alignments=aligned,
        partisan_only=bool(aligned) and all(a in PARTISAN for a in aligned),
        merged_ids=[e["event_id"] for e, _ in members],
    )
    if injuries:
        base["injuries"] = injuries
    return merged_record(base)


def _toll(by_report: Mapping[str, Any], coded: Any) -> tuple[Any, str]:
    """An event's toll from each report's (``by_report``: report -> its figure) and an analyst's
    curated row's (``coded``), with how it was chosen (``fatalities_basis``).

    The analyst's figure wins when the row gives one (``"curated"``): the analyst weighed the
    reports, and often counts people no single report counts (each side's own dead). Otherwise,
    when reports differ, the lowest (``"lowest"``: ACLED's most conservative figure among
    conflicting reports of one event). A report's figure is the largest its sentences give (one
    article's figures for one event are its parts or its update, never two estimates); a report
    that tells none is no zero, and neither is a curated 0 ("only injuries reported").
    ``(0, "")`` when no report gives a figure; ``""`` when one does or they agree.
    """
    if coded:
        return coded, "curated"
    values = [v for v in by_report.values() if v]
    if not values:
        return 0, ""
    return min(values), ("lowest" if len(set(values)) > 1 else "")


_ORDER = {"article": 0, "curated": 1, "acled": 2}


def _figure(key: tuple) -> dict[str, Any]:
    """One ``fatalities_by_source`` item: ``source`` (the outlet, or a curated row's outlets), ``fatalities``,
    and which report gave it: ``origin`` (``article``, ``curated``, ``acled``, or ``cited``: an outlet's
    own figure a curated row cites), ``article_id``, ``ref`` (the source index's), ``published``
    (``YYYY-MM-DD`` or ``""``) and the outlet's ``alignment`` (``""`` when a row cites several)."""
    origin, source, article, ref, n, published, alignment = key
    return {"source": source, "fatalities": n, "origin": origin, "article_id": article, "ref": ref,
            "published": published, "alignment": alignment}


def _shared_figure(shared: dict[tuple, dict[str, Any]], key: tuple) -> dict[str, Any]:
    full = (*key, type(key[4]))  # (1 and True are one key otherwise)
    item = shared.get(full)
    if item is None:
        item = shared[full] = _figure(key)
    return item


def _split_distinct(groups: Iterable[list[Part]]) -> Iterable[list[Part]]:
    """Curated rows are distinct events by the analyst's decision, and ACLED rows by ACLED's:
    never merge two rows of the same such origin.

    In a group with several, the i-th curated row and the i-th ACLED row form one event;
    article reports join the first.
    """
    for members in groups:
        if len(members) == 1:
            yield members
            continue
        origins = list(map(_origin, members))
        cur = [part for part, o in zip(members, origins) if o == "curated"]
        acl = [part for part, o in zip(members, origins) if o == "acled"]
        if len(cur) <= 1 and len(acl) <= 1:
            yield members
            continue
        clusters: list[list[Part]] = [[] for _ in range(max(len(cur), len(acl)))]
        clusters[0] += [part for part, o in zip(members, origins) if o not in ("curated", "acled")]
        for i, part in enumerate(cur):
            clusters[i].append(part)
        for i, part in enumerate(acl):
            clusters[i].append(part)
        yield from (c for c in clusters if c)


def _leading_int(text: str) -> int | None:
    digits = ""
    for ch in str(text).strip():
        if ch.isdecimal():
            digits += ch
        elif digits:
            break
    return int(digits) if digits and len(digits) <= 7 else None
