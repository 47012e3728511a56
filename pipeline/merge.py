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

from array import array
from collections.abc import Callable, Iterable, Iterator, Mapping
from pathlib import Path
from types import MappingProxyType
from typing import Any

import orjson

from .schema import EventRecord, merged_record
from .sourcing import event_sourcing
from .spill import SpilledList, SpillFile

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
#: The empty second part of a record that is whole in its first.
NO_MORE: Mapping[str, Any] = MappingProxyType({})
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
    return merge_report_parts(((e, NO_MORE) for e in events), sources)


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
            part = e, more = {**e, **more}, NO_MORE
        key = _key(e)
        group = groups.get(key)
        if group is None:
            groups[key] = [part]
        else:
            group.append(part)
    return [merged_event(members, sources) for members in split_distinct(groups.values())]


class Merger:
    """:func:`merge_report_parts` fed one record at a time (the build's merge, as articles come).

    Records are grouped on :func:`merge_key` as they come. The merge holds per event its first
    report's record; of each later article report that can never be its event's first (its
    group's first is an article's too: :func:`_merged` keeps article reports first, in arrival
    order) it holds only that report as the merged event will list it (the dict of its
    ``reports`` item, its strings shared through ``intern`` when given; its outlet's alignment
    resolved by :meth:`result`) instead of its record. :meth:`result` gives what
    :func:`merge_report_parts` gives for the records in the order they were added.

    With ``spill``, those later reports wait on disk instead (:class:`ReportSpill`), so the
    memory the merge holds grows with the events, not with the reports: per later report a
    few numbers (where it is, which comes next in its event). :meth:`result` then reads each
    event's reports back as it merges it and writes the lists that grow with the reports
    (``reports``, ``merged_ids``, ``report_ids``, ``fatalities_by_source``) to the same file,
    each kept in the event as a :class:`pipeline.spill.SpilledList` (written by the event
    writers as the same JSON; readable as the list). The file stays open until
    :meth:`close` (the build closes it once its outputs are written).

    Parameters
    ----------
    record : callable, optional
        Makes the record kept of each event's first report (the build's compact
        :class:`pipeline.resultcache.Records`); default: the record as given.
    intern : callable, optional
        ``str -> str``, returning one shared object per distinct text (the build's
        :meth:`pipeline.resultcache.Records.text`).
    spill : str or Path, optional
        A folder for the temporary file of :class:`ReportSpill`.
    """

    def __init__(self, record: Any = None, intern: Any = None, spill: str | Path | None = None,
                 track: bool = False) -> None:
        self.groups: dict[tuple, int] = {}  # merge key -> its group's number (groups in first-seen order)
        # with ``track``: each record's ``ref`` (given to :meth:`add`), its group's first's then its later members'
        self._first_refs: array | None = array("q") if track else None
        self._member_refs: array | None = array("q") if track else None
        self._firsts: list[Part] = []  # each group's first record
        self._heads = array("q")  # each group's first later member (-1: none)
        self._tails = array("q")  # and its last
        self._next = array("q")  # each later member's next one in its group (-1: none)
        self._where = array("q")  # each later member: its report's number in the spill (>= 0), or -1 - its
        self._held: list[Part] = []  # number in _held (a record, or a report when there is no spill)
        self._record = record
        self._intern = intern
        self.spill = ReportSpill(spill) if spill is not None else None

    def add(self, e: Mapping[str, Any], more: Mapping[str, Any] = NO_MORE, ref: int = 0) -> None:
        """Add one record, given in two parts as for :func:`merge_report_parts` (``ref``: a number
        naming it, kept when the merger tracks its members: :meth:`result`'s ``group``)."""
        if more and not _MORE_FIELDS.issuperset(more):
            e, more = {**e, **more}, NO_MORE
        key = _key(e)
        group = self.groups.get(key)
        if group is None:
            if self._record is not None:
                e = self._record(e)
                key = _key(e)  # (of the record's texts: the key then holds no texts of its own)
            self.groups[key] = len(self._firsts)
            self._firsts.append((e, more))
            self._heads.append(-1)
            self._tails.append(-1)
            if self._first_refs is not None:
                self._first_refs.append(ref)
            return
        if (_origin((e, more)) or "article") == "article" and (_origin(self._firsts[group]) or "article") == "article":
            where = self._made(e, more)
        else:
            self._held.append((e, more))
            where = -len(self._held)
        member = len(self._next)
        self._next.append(-1)
        self._where.append(where)
        if self._member_refs is not None:
            self._member_refs.append(ref)
        if self._tails[group] < 0:
            self._heads[group] = member
        else:
            self._next[self._tails[group]] = member
        self._tails[group] = member

    def _made(self, e: Mapping[str, Any], more: Mapping[str, Any]) -> int:
        """``_report((e, more), sources)`` before the sources are known (alignments None unless
        given), written to the spill (its number there) or held (-1 - its number in ``_held``).
        A held report's texts that repeat are shared, and so are its empty lists (nothing
        edits a report once made: they are only written)."""
        report = _report((e, more), None, resolve=False)
        if self.spill is not None and report["alignments"] is None:
            return self.spill.add(report)
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
        self._held.append((report, _MADE))
        return -len(self._held)

    def _members(self, group: int) -> Iterator[Part]:
        """The records of ``group`` after its first, in the order they came (a spilled report
        as ``(its dict, _MADE)``, its alignments None)."""
        member = self._heads[group]
        while member >= 0:
            where = self._where[member]
            if where >= 0:
                assert self.spill is not None
                yield orjson.loads(self.spill.json(where, b"null")), _MADE
            else:
                yield self._held[-1 - where]
            member = self._next[member]

    def result(self, sources: Mapping[str, Any] | None = None,
               each: Callable[[EventRecord], None] | None = None,
               group: Callable[[tuple, list[int], int], None] | None = None) -> list[EventRecord]:
        """The merged events (as :func:`merge_report_parts` of every record added, with ``sources``;
        with a spill, their lists of reports kept in it as :class:`pipeline.spill.SpilledList`).

        ``each``, when given, is called with every merged event as soon as it is made, before
        its lists are spilled (a field made of its reports costs no reading back then). ``group``,
        when given (with ``track``), is called for each group once its events are made: its merge
        key, its members' ``ref`` (in the order they came) and how many events it made."""
        alignment: dict[str, list[str]] = {}  # outlet -> its reports' alignments (one list, shared)
        # (report, toll) -> its fatalities_by_source item, shared (in memory only: spilled, they are written)
        figures: dict[tuple, dict[str, Any]] | None = {} if self.spill is None else None
        out = []
        keys = list(self.groups) if group is not None else []  # (in group order: a dict keeps its insertion order)
        for group_no, first in enumerate(self._firsts):
            key = keys[group_no] if keys else ()
            members = [first]
            for e, more in self._members(group_no):
                if more is _MADE and e["alignments"] is None:
                    source = e["source"]
                    found = alignment.get(source)
                    if found is None:
                        found = alignment[source] = [outlet_alignment(source, sources)]
                    e["alignments"] = found  # type: ignore[index]
                members.append((e, more))
            made = 0
            for cluster in split_distinct((members,)):
                event = merged_event(cluster, sources, figures)
                if each is not None:
                    each(event)
                out.append(event if self.spill is None else self._spilled(event))
                made += 1
            if group is not None:
                group(key, self._refs(group_no), made)
        return out

    def _refs(self, group: int) -> list[int]:
        """The ``ref`` of each record of ``group``, in the order they came (empty when not tracked)."""
        if self._first_refs is None or self._member_refs is None:
            return []
        refs = [self._first_refs[group]]
        member = self._heads[group]
        while member >= 0:
            refs.append(self._member_refs[member])
            member = self._next[member]
        return refs

    def _spilled(self, event: EventRecord) -> EventRecord:
        """``event`` with its lists that grow with its reports written to the spill."""
        assert self.spill is not None
        for name in SPILLED_FIELDS:
            items = event[name]
            origins = tuple(dict.fromkeys(r.get("origin") for r in items)) if name == "reports" else None
            event[name] = SpilledList.write(self.spill, orjson.dumps(items), len(items), origins)
        return event

    def clear(self) -> None:
        """Let go of every record (the merged events keep what they need; the spill stays open)."""
        self.groups, self._firsts, self._held = {}, [], []
        self._heads, self._tails, self._next, self._where = array("q"), array("q"), array("q"), array("q")
        if self._first_refs is not None:
            self._first_refs, self._member_refs = array("q"), array("q")

    def close(self) -> None:
        """Close the spill (its merged events' lists can no longer be read)."""
        if self.spill is not None:
            self.spill.close()


#: The fields of a merged event that grow with its reports: kept on disk by a spilling :class:`Merger`.
SPILLED_FIELDS = ("reports", "merged_ids", "report_ids", "fatalities_by_source")


class ReportSpill(SpillFile):
    """A :class:`pipeline.spill.SpillFile` of reports: each written as its JSON as it comes
    (:meth:`add`), with ``"alignments":null`` (known only once the source index is read),
    replaced when it is read back (:meth:`json`)."""

    def __init__(self, folder: str | Path):
        super().__init__(folder, prefix=".reports-")
        self._starts = array("q")  # each report's offset
        self._end = 0  # where the last one ends

    def add(self, report: dict[str, Any]) -> int:
        """Write ``report`` (a :func:`_report` dict whose ``alignments`` are None); its number."""
        self._starts.append(self.append(orjson.dumps(report)))
        self._end = self.size  # (the lists Merger.result writes come after the reports)
        return len(self._starts) - 1

    def json(self, index: int, alignments: bytes) -> bytes:
        """The JSON of report ``index`` with its ``alignments`` (JSON)."""
        start = self._starts[index]
        end = self._starts[index + 1] if index + 1 < len(self._starts) else self._end
        data = self.read(start, end - start)
        # its "alignments":null: no text before it can hold that sequence (a quote in a JSON string is escaped)
        cut = data.index(b',"alignments":null,') + 14
        return b"".join((data[:cut], alignments, data[cut + 4:]))



#: The second part of a :class:`Merger` member that is already its report (see :func:`_report`).
_MADE: Mapping[str, Any] = MappingProxyType({})
#: The texts of a :class:`Merger`'s report that repeat from report to report (not its event id).
_SHARED_TEXTS = ("origin", "source", "source_url", "published", "fatalities_text", "evidence", "article_id")
_NO_REFS: list[str] = []
_NO_SPANS: list[list[int]] = []
_NO_FIGURES: dict[str, Any] = {}


def merged_event(members: list[Part], sources: Mapping[str, Any] | None,
                 shared: dict[tuple, dict[str, Any]] | None = None) -> EventRecord:
    """One event record from the records of one group (see :func:`merge_reports`).

    Parameters
    ----------
    members : list of Part
        The group's records (one cluster of :func:`split_distinct`).
    sources : mapping or None
        The source index (the outlets' alignments).
    shared : dict, optional
        A memo making one ``fatalities_by_source`` item per report and toll (they are only written).

    Returns
    -------
    EventRecord
    """
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


def split_distinct(groups: Iterable[list[Part]]) -> Iterable[list[Part]]:
    """Curated rows are distinct events by the analyst's decision, and ACLED rows by ACLED's:
    never merge two rows of the same such origin.

    In a group with several, the i-th curated row and the i-th ACLED row form one event;
    article reports join the first.

    Parameters
    ----------
    groups : iterable of list of Part
        The records of each group of one merge key.

    Returns
    -------
    iterable of list of Part
        The clusters, each merged into one event (:func:`merged_event`).
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
