"""One event, many reports: the seed article's events merged with the curated April 2021 rows."""

from __future__ import annotations

import json
import os

import orjson
import pytest
from conftest import ROOT, SEED

from pipeline.merge import PARTISAN, merge_report_parts, merge_reports, outlet_alignment


@pytest.fixture(scope="module")
def merged(tmp_path_factory):
    from pipeline.build import build

    out = tmp_path_factory.mktemp("m") / "out"
    stats = build(ROOT / "seeds", ROOT / "geo", out, progress=False, curated_dir=ROOT / "curated")
    assert stats.ok, stats.errors
    feats = json.loads((out / "events.geojson").read_text(encoding="utf-8"))["features"]
    return {f["id"]: f["properties"] for f in feats}, stats


def _by_member(events, member_id):
    return next(e for e in events.values() if member_id in e["merged_ids"])


def test_wahda_shooting_is_one_event_with_every_report(merged):
    events, _ = merged
    e = _by_member(events, "cur-0420-wahda-shooting")
    # the article's report (Shafaq, Arabic) and the analysts' curated row are one event
    assert any(i.startswith("000_35a237ec7240c52b") for i in e["merged_ids"])
    assert e["report_count"] == 2
    # each source keeps its own figure; the headline is the analysts' curated one (one dead on each side)
    figures = [f["fatalities"] for f in e["fatalities_by_source"]]
    assert len(figures) >= 3 and e["fatalities_range"] == [min(figures), max(figures)]
    assert e["fatalities"] == 2 and e["fatalities_basis"] == "curated"
    # the evidence stays the article's exact sentence
    text = SEED.read_text(encoding="utf-8")
    assert e["evidence"] == text[e["start"]:e["end"]] and "دوار الوحدة" in e["evidence"]
    assert "pro-government" in e["alignments"] and not e["partisan_only"]


def test_curated_rows_are_never_merged_with_each_other(merged):
    events, stats = merged
    curated_ids = [i for e in events.values() for i in e["merged_ids"] if i.startswith("cur-")]
    assert len(curated_ids) == len(set(curated_ids)) == stats.curated
    for e in events.values():
        assert sum(i.startswith("cur-") for i in e["merged_ids"]) <= 1
    # the truce "until 22:00" and the "permanent" truce of 25 April stay two truces
    a = _by_member(events, "cur-0425-truce-until-22")
    b = _by_member(events, "cur-0425-permanent-truce")
    assert a is not b


def test_alignment_of_outlets():
    from pipeline.curated import load_sources

    sources = load_sources(ROOT / "curated" / "sources.tsv")
    assert outlet_alignment("Shafaq News", sources) == "other"
    assert outlet_alignment("RT Arabic", sources) == "pro-government"
    assert outlet_alignment("Unknown Gazette", sources) == "other"
    assert {"pro-government", "AANES-aligned", "opposition"} == PARTISAN


def _ev(eid, source, fatalities, alignment, origin="article", **kw):
    base = {"event_id": eid, "date_from": "2021-04-23", "date_to": "2021-04-23", "place_id": "tayy",
            "actor1_id": "asayish", "actor2_id": "ndf", "event_type": "Battles", "sub_event_type": "Armed clash",
            "source": source, "fatalities": fatalities, "alignments": [alignment], "origin": origin,
            "evidence": f"report by {source}", "start": 0, "end": 5}
    base.update(kw)
    return base


def test_conflicting_tolls_keep_each_figure_and_partisan_flag():
    out = merge_reports([
        _ev("a", "Hawar", 7, "AANES-aligned"),
        _ev("b", "Al-Watan", 2, "pro-government", actor1_id="ndf", actor2_id="asayish"),  # sides swapped
        _ev("c", "Other place", 4, "monitor", place_id="halko"),
    ])
    assert len(out) == 2
    tayy = next(e for e in out if e["place_id"] == "tayy")
    assert tayy["fatalities"] == 2 and tayy["fatalities_range"] == [2, 7]
    assert {f["source"] for f in tayy["fatalities_by_source"]} == {"Hawar", "Al-Watan"}
    assert tayy["partisan_only"]  # only partisan outlets report it
    halko = next(e for e in out if e["place_id"] == "halko")
    assert not halko["partisan_only"] and halko["report_count"] == 1


def test_a_report_without_a_toll_does_not_zero_the_headline():
    out = merge_reports([_ev("a", "X", 0, "other"), _ev("b", "Y", 3, "monitor")])
    assert out[0]["fatalities"] == 3 and out[0]["fatalities_range"] == [3, 3]


def test_merge_parts_is_merge_of_whole_records():
    """Records given as (fields, more) merge exactly as the records {**fields, **more}."""
    def ev(eid, origin=None, **kw):
        e = {"event_id": eid, "date_from": "2021-04-23", "date_to": "2021-04-23", "place_id": "tayy",
             "actor1_id": "asayish", "actor2_id": "ndf", "event_type": "Battles", "sub_event_type": "Armed clash",
             "source": "S" + eid, "fatalities": len(eid), "evidence": eid, "start": 0, "end": 1}
        if origin:
            e["origin"] = origin
        e.update(kw)
        return e

    parts = [
        (ev("a"), {"source_url": "u1", "published": "2021-04-23", "origin": "article"}),
        (ev("cur1", "curated", outlet_figures={"01": "3 killed"}), {}),
        (ev("b"), {"source_url": "u2", "published": "2021-04-24", "origin": "article"}),
        (ev("cur2", "curated"), {}),
        (ev("acl", "acled", actor1_id="ndf", actor2_id="asayish"), {}),
        (ev("c", place_id="halko"), {"source_url": "u3", "published": "2021-04-25", "origin": "article",
                                     "event_id": "renamed"}),  # a field merging reads: merged first
    ]
    whole = merge_reports([{**e, **more} for e, more in parts])
    assert merge_report_parts(parts) == whole
    assert [list(e) for e in merge_report_parts(parts)] == [list(e) for e in whole]


def test_merger_fed_one_record_at_a_time_merges_as_merge_report_parts():
    """The build's streaming merge (``Merger``) gives the same records, byte for byte, as merging
    every record at the end, while holding of a later article report only its report."""
    import orjson

    from pipeline.curated import load_sources
    from pipeline.merge import _MADE, Merger, _report
    from pipeline.resultcache import Records

    def ev(eid, origin=None, **kw):
        e = {"event_id": eid, "date_from": "2021-04-23", "date_to": "2021-04-23", "place_id": "tayy",
             "actor1_id": "asayish", "actor2_id": "ndf", "event_type": "Battles", "sub_event_type": "Armed clash",
             "source": kw.pop("source", "RT Arabic"), "fatalities": len(eid), "evidence": "sentence " + eid,
             "start": 0, "end": 1, "tags": ["x"]}
        if origin:
            e["origin"] = origin
        e.update(kw)
        return e

    def art(n):
        return {"source_url": f"u{n}", "published": "2021-04-23", "origin": "article"}

    parts = [
        (ev("a", injuries=3), art(1)),
        (ev("b", source="Shafaq News", injuries=2), art(2)),  # a later article report: held as its report
        (ev("c", place_id="halko"), art(3)),
        (ev("d", source="Hawar"), art(4)),
        (ev("e", place_id="halko", actor1_id="ndf", actor2_id="asayish"), art(5)),
        (ev("cur1", "curated", place_id="amuda", outlet_figures={"01": "3 killed"}), {}),
        (ev("cur2", "curated", place_id="amuda"), {}),  # two curated rows: two events
        (ev("acl", "acled", actor1_id="ndf", actor2_id="asayish"), {}),
        (ev("acl2", "acled", place_id="amuda", alignments=["monitor"]), {}),
        (ev("f", place_id="amuda"), art(6)),  # an article report after curated rows: never held as a report
        (ev("g", place_id="qamishli"), {**art(7), "event_id": "renamed"}),  # a field merging reads: made whole
    ]
    sources = load_sources(ROOT / "curated" / "sources.tsv")
    tayy_report_keys = list(_report(parts[0], sources))
    records = Records()
    merger = Merger(records, records.text)
    for e, more in parts:
        merger.add(e, more)
    held = [m for group in merger.groups.values() for m in merger._members(group)]
    assert sum(more is _MADE and set(e) == set(tayy_report_keys) for e, more in held) == 3  # b, d, e: as reports
    streamed = merger.result(sources)
    merged = merge_report_parts(parts, sources)
    assert len(streamed) == len(merged) == 5
    assert [orjson.dumps(e) for e in streamed] == [orjson.dumps(e) for e in merged]
    tayy = streamed[0]
    assert tayy["merged_ids"] == ["a", "b", "d", "acl"] and tayy["injuries"] == 2
    assert [r["alignments"] for r in tayy["reports"]][:3] == [["pro-government"], ["other"], ["AANES-aligned"]]


def test_merger_spilling_later_reports_to_disk_writes_the_same_files(tmp_path):
    """With ``spill``, a later article report waits in a temporary file (the merge holds a few
    numbers of it), and the merged events keep their lists that grow with their reports in that
    file too; the merged events, their GeoJSON and parquet are the same bytes, and a spilled
    list reads as the list it was."""
    import orjson

    from pipeline.merge import SPILLED_FIELDS, Merger
    from pipeline.output import _write_events_geojson, events_parquet
    from pipeline.schema import json_default
    from pipeline.spill import SpilledList

    def ev(eid, day, **kw):
        e = {"event_id": eid, "date_from": day, "date_to": day, "place_id": "tayy", "actor1_id": "asayish",
             "actor2_id": "ndf", "event_type": "Battles", "sub_event_type": "Armed clash", "source": "Hawar",
             "fatalities": len(eid) % 3, "fatalities_text": "قتل اثنان", "injuries": None,
             "evidence": f"جملة التقرير {eid}", "start": 10, "end": 300 + len(eid), "latitude": 37.05,
             "longitude": 41.2}
        e.update(kw)
        return e

    parts = [(ev(f"e{i}", f"2021-04-{20 + i % 3}", source=["Hawar", "RT Arabic", "Shafaq News"][i % 3],
                 injuries=i if i % 4 == 0 else None), {"source_url": f"u{i}", "published": "2021-04-25",
                                                       "origin": "article"})
             for i in range(12)]
    parts.append((ev("cur-1", "2021-04-20", origin="curated", outlet_figures={"01": "3 killed"}), {}))
    spilled, plain = Merger(spill=tmp_path), Merger()
    for e, more in parts:
        spilled.add(e, more)
        plain.add(e, more)
    a, b = spilled.result(), plain.result()
    assert [orjson.dumps(e, default=json_default) for e in a] == [orjson.dumps(e) for e in b]
    assert spilled.spill is not None and len(spilled.spill._starts) == 9  # every article report after its event's first
    assert [e["event_id"] for e, _ in spilled._held] == ["cur-1"]  # (the curated row whole, no article report)
    for e, f in zip(a, b):
        for name in SPILLED_FIELDS:
            assert type(e[name]) is SpilledList and len(e[name]) == len(f[name]) and e[name] == f[name], name
    geo_a, geo_b = tmp_path / "a.geojson", tmp_path / "b.geojson"
    with open(geo_a, "wb") as fa, open(geo_b, "wb") as fb:
        _write_events_geojson(fa, a, chunk=2)
        _write_events_geojson(fb, b, chunk=2)
    assert geo_a.read_bytes() == geo_b.read_bytes()
    assert events_parquet(a, row_group=2) == events_parquet(b, row_group=2)
    assert not list(tmp_path.glob(".reports-*"))  # the spill file is never seen in the folder
    spilled.close()


def test_a_build_closes_its_spill_file_when_it_succeeds_and_when_it_fails(work_dirs, monkeypatch):
    from pipeline import build as build_mod
    from pipeline.merge import ReportSpill

    closed = []
    real_close = ReportSpill.close
    monkeypatch.setattr(ReportSpill, "close", lambda self: closed.append(self) or real_close(self))
    seeds, geo, out = work_dirs
    build_mod.build(seeds, geo, out, progress=False)
    assert len(closed) == 1 and closed[0]._fh.closed

    def boom(*a, **k):
        raise RuntimeError("writing failed")

    monkeypatch.setattr(build_mod, "_finish", boom)
    with pytest.raises(RuntimeError, match="writing failed"):
        build_mod.build(seeds, geo, out, force=True, progress=False)
    assert len(closed) == 2 and closed[1]._fh.closed


@pytest.mark.parametrize("pread", [True, False], ids=["os.pread", "no os.pread (Windows)"])
def test_spilled_reports_read_back_whole_with_or_without_os_pread(tmp_path, monkeypatch, pread):
    """Windows has no ``os.pread``: the spill then seeks and reads its own handle, and a report
    added after a read still goes at the end (reads and additions interleave)."""
    from pipeline.merge import ReportSpill

    if not pread:
        monkeypatch.delattr(os, "pread", raising=False)
    spill = ReportSpill(tmp_path)
    reports = [{"event_id": f"e{i}", "source": f"outlet {i % 3}", "alignments": None, "fatalities": i,
                "injuries": None, "evidence": "قُتل اثنان" * (i + 1)} for i in range(6)]
    try:
        for i, report in enumerate(reports):
            spill.add(dict(report))
            if i % 2:  # a read between additions moves the handle where os.pread is missing
                assert orjson.loads(spill.json(0, b'["SDF"]')) == {**reports[0], "alignments": ["SDF"]}
        for i, report in enumerate(reports):
            assert orjson.loads(spill.json(i, b"[]")) == {**report, "alignments": []}
    finally:
        spill.close()


# ---------------------------------------------------------------------------------------
# reports and outlets: one owner (pipeline.sourcing), a curated row one report
# ---------------------------------------------------------------------------------------

def _index():
    from pipeline.curated import Source

    def src(ref, outlet, alignment="other"):
        return Source(ref, outlet, "2021-04-26", "ar", "an index entry", "URL not recorded", alignment)

    return {"a1": src("a1", "Daily Courier (Arabic)"), "a2": src("a2", "Daily Courier (English)"),
            "b1": src("b1", "Valley Monitor", "monitor"), "c1": src("c1", "Border Radio")}


def _row(eid, refs, background=(), fatalities=1, **kw):
    return _ev(eid, "; ".join(dict.fromkeys(_index()[r].outlet for r in refs)), fatalities, "other",
               origin="curated", source_refs=list(refs), background_refs=list(background), start=None, end=None,
               article_id="curated", **kw)


def test_a_curated_row_citing_a_days_sources_is_one_report_from_no_outlet_said_to_report_it():
    """A row whose refs are all background (the day's sources, none said to report this event) is one
    report, and its cited outlets are counted apart, each edition of an outlet once."""
    (e,) = merge_reports([_row("cur-x", ["a1", "a2", "b1", "c1"], background=["a1", "a2", "b1", "c1"])], _index())
    assert (e["article_count"], e["outlet_count"]) == (1, 0)
    assert e["reporting_outlets"] == [] and e["background_outlets"] == ["Daily Courier", "Valley Monitor", "Border Radio"]
    (cited,) = e["reports"][0]["outlets"][:1]
    assert cited["background"] is True


def test_an_article_and_a_curated_row_count_the_outlets_that_report_the_event():
    """The article's outlet and the row's one reporting ref are the outlets; the row's background refs
    are not, unless an outlet also reports it (here the article's own outlet, in another edition)."""
    article = _ev("art-1", "Daily Courier (English)", 1, "other", article_id="art")
    row = _row("cur-y", ["a1", "b1", "c1"], background=["a1", "c1"], fatalities=2)
    (e,) = merge_reports([article, row], _index())
    assert (e["article_count"], e["outlet_count"]) == (2, 2)
    assert e["reporting_outlets"] == ["Daily Courier", "Valley Monitor"] and e["background_outlets"] == ["Border Radio"]


def test_one_outlets_editions_and_one_articles_sentences_count_once():
    a = _ev("art-1-e1", "Daily Courier (Arabic)", 1, "other", article_id="art-1")
    b = _ev("art-1-e2", "Daily Courier (Arabic)", 1, "other", article_id="art-1")
    c = _ev("art-2-e1", "Daily Courier (English)", 1, "other", article_id="art-2")
    (e,) = merge_reports([a, b, c])
    assert (e["report_count"], e["article_count"], e["outlet_count"]) == (3, 2, 1)
    assert e["report_ids"] == ["art-1", "art-2"] and e["reporting_outlets"] == ["Daily Courier"]


def test_shipped_day_rows_and_wahda_count_reports_and_outlets(merged):
    """The probe's counts: the 26 April rows said "14 reports from 13 outlets" and the Wahda roundabout
    shooting "2 reports from 8 outlets" in its popup and "8 reports from 8 outlets" in the briefing."""
    events, _ = merged
    for row in ("cur-0426-samer-alou-killed", "cur-0426-mill-roundabout-clash"):
        e = _by_member(events, row)
        assert (e["article_count"], e["outlet_count"]) == (1, 0) and len(e["background_outlets"]) >= 10
    wahda = _by_member(events, "cur-0420-wahda-shooting")
    assert (wahda["article_count"], wahda["outlet_count"]) == (2, 2)
    assert wahda["reporting_outlets"] == ["Shafaq News", "Syrian Observatory for Human Rights"]


# ---------------------------------------------------------------------------------------
# the merged toll: an analyst's curated figure wins; a report's figure is its article's whole toll
# ---------------------------------------------------------------------------------------

def test_an_analysts_curated_toll_is_not_replaced_by_a_lower_extracted_one():
    """The analyst coded 2 dead (one on each side, from each side's account); an article gives only
    its own side's 1. The merged event keeps the analyst's 2 and says so (``fatalities_basis``)."""
    article = _ev("art-1", "Daily Courier", 1, "other", article_id="art", injuries=2)
    row = _row("cur-z", ["b1"], fatalities=2, injuries=6)
    for records in ([article, row], [row, article]):
        (e,) = merge_reports(records, _index())
        assert (e["fatalities"], e["fatalities_basis"], e["injuries"]) == (2, "curated", 6)
        assert e["fatalities_range"] == [1, 2] and e["evidence"] == "report by Daily Courier"


def test_a_curated_row_with_no_deaths_is_no_toll_of_zero():
    """A curated 0 ("only injuries reported") is no figure, as an article that tells no deaths: an
    article's death still shows."""
    (e,) = merge_reports([_ev("art-1", "Daily Courier", 1, "other", article_id="art"), _row("cur-z", ["b1"], fatalities=0)],
                         _index())
    assert e["fatalities"] == 1 and e["fatalities_basis"] == ""


def test_one_articles_sentences_give_its_whole_toll_and_reports_that_differ_give_the_lowest():
    """One article tells one side's dead in a sentence and the other side's in another: its toll is the
    larger (the sentences are parts or an update of one account, never two estimates to choose the
    lower of); between two articles whose tolls differ the lowest stands (ACLED), said as such."""
    a1 = _ev("art-1-e1", "Daily Courier", 1, "other", article_id="art-1")
    a2 = _ev("art-1-e2", "Daily Courier", 3, "other", article_id="art-1")
    b = _ev("art-2-e1", "Valley Monitor", 2, "monitor", article_id="art-2")
    (e,) = merge_reports([a1, a2, b])
    assert (e["fatalities"], e["fatalities_basis"], e["fatalities_range"]) == (2, "lowest", [1, 3])
    (one,) = merge_reports([a1, a2])
    assert (one["fatalities"], one["fatalities_basis"]) == (3, "")


def test_shipped_wahda_shooting_keeps_the_analysts_toll(merged):
    """Probe: at the Wahda roundabout the analysts' row codes 2 dead (one on each side); the map showed 1,
    the lowest of its reports (the Asayish's own count, in Shafaq's article)."""
    events, _ = merged
    e = _by_member(events, "cur-0420-wahda-shooting")
    assert (e["fatalities"], e["fatalities_basis"]) == (2, "curated")

def test_a_spilling_merger_holds_a_few_numbers_per_later_report(tmp_path):
    """Issue 13 (build memory flat in the number of articles): with a spill, what the merge holds
    grows with the events, not the reports. 20,000 article reports of 10 events: under 48 bytes
    a report held while they come, and the merged events keep their reports on disk."""
    import tracemalloc

    from pipeline.merge import Merger
    from pipeline.resultcache import Records

    def ev(i):
        return {"event_id": f"a{i:05d}-e{i:08x}", "date_from": "2021-04-23", "date_to": "2021-04-23",
                "place_id": "tayy", "actor1_id": "asayish", "actor2_id": "ndf", "event_type": "Battles",
                "sub_event_type": "Armed clash", "source": ["Hawar", "RT Arabic"][i % 2], "fatalities": i % 4,
                "evidence": f"قتل {i % 4} في اشتباك بين الطرفين، بحسب تقرير رقم {i}", "start": 0, "end": 40,
                "article_id": f"a{i:05d}", "event_date": f"2021-04-{10 + i % 10}"}

    def report(i):  # (made as it is added, as the build decodes each article's events: nothing else holds it)
        return ({**ev(i), "event_date": "2021-04-23", "date_from": f"2021-04-{10 + i % 10}",
                 "date_to": f"2021-04-{10 + i % 10}"},
                {"source_url": f"https://example.org/{i}", "published": "2021-04-24", "origin": "article"})

    records = Records()
    merger = Merger(records, records.text, spill=tmp_path)
    for i in range(1010):  # each event's first report, and a thousand more (the file's write buffer made)
        merger.add(*report(i))
    tracemalloc.start()
    try:
        before = tracemalloc.get_traced_memory()[0]
        for i in range(1010, 20_010):
            merger.add(*report(i))
        held = tracemalloc.get_traced_memory()[0] - before
    finally:
        tracemalloc.stop()
    assert held / 19_000 < 48, f"{held / 19_000:.0f} bytes a report"
    events = merger.result()
    assert len(events) == 10 and sum(e["report_count"] for e in events) == 20_010
    assert all(len(e["reports"]) == e["report_count"] == len(e["merged_ids"]) for e in events)
    assert events[3]["reports"][1]["event_id"] == report(13)[0]["event_id"]  # read back from the file
    merger.close()


def test_a_spill_read_back_between_appends_writes_its_buffer_only_when_the_bytes_may_be_in_it(tmp_path):
    """The merge reads each event's reports back (written long before) between the lists it appends:
    the buffer went to the system before every such read (5.8k writes for an added report at 5k
    articles); now only when a read reaches bytes still in it. The bytes read are the same."""
    from pipeline.spill import SpillFile

    spill = SpillFile(tmp_path)
    flushes = []

    class Counted:  # the file, counting its flushes
        def __init__(self, fh):
            self.fh = fh

        def flush(self):
            flushes.append(1)
            self.fh.flush()

        def __getattr__(self, name):
            return getattr(self.fh, name)

    spill._fh = Counted(spill._fh)
    first = spill.append(b'["an early report"]')
    assert spill.read(first, 19) == b'["an early report"]'  # (in the buffer still: written out)
    assert len(flushes) == 1
    for i in range(50):  # lists appended, the early report read back between them
        spill.append(b'["a merged list %d"]' % i)
        assert spill.read(first, 19) == b'["an early report"]'
    assert len(flushes) == 1
    last = spill.append(b'["the newest"]')
    assert spill.read(last, 14) == b'["the newest"]'
    assert len(flushes) == 2
    spill.close()
