"""Truce intervals, violations, extensions and status (pipeline/truces.py), and what the build writes.

The events come from a real build of the seed article (run into ``tmp_path``). Extra rows
are written the way the pipeline writes them and follow the sourced timeline in
``/work/shared/reference/timeline-2021-04.md`` (19-30 April 2021); their ``evidence`` says
which line they stand for. Two rows are marked synthetic: a clash in Amuda and a Turkish
drone strike, controls for the place and party rules.
"""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
from conftest import ASAYISH, NDF, RUSSIA, SDF, TAYY, event_row

from mapapp.style import TRUCE_STATUS_COLORS
from pipeline.articles import load_article
from pipeline.build import build
from pipeline.core import Pipeline
from pipeline.truces import truce_intervals

ROOT = Path(__file__).resolve().parent.parent
SEED_ID = "000_35a237ec7240c52b"


def _seed_ids() -> dict[str, str]:
    """The seed's event ids by trigger word (ids are hashes of the sentence: pipeline/ids.py)."""
    art = load_article(ROOT / "seeds" / f"{SEED_ID}.txt")
    return {ev.trigger: ev.event_id for ev in Pipeline.from_geo_dir(ROOT / "geo").process(art).events}


_IDS = _seed_ids()
SEED_TRUCE = _IDS["هدنة"]  # 24-hour truce, Wednesday 21 Apr night, Qamishli, SDF-NDF, Russia mediating
SEED_MEETING = _IDS["اجتماع"]  # airport meeting (Strategic developments / Other): not a truce
SEED_CLASH_2DAYS = _IDS["الاشتباكات"]  # clashes in Tayy "during the past two days" (20-21 Apr)
SEED_CLASH_WED = _IDS["معارك"]  # fierce battles in Tayy on Wednesday 21 Apr, no time given
SEED_WAHDA = _IDS["أطلق النار"]  # Tuesday evening 20 Apr shooting at the Wahda roundabout


# ---------------------------------------------------------------------------------------
# truce_intervals on the seed build alone
# ---------------------------------------------------------------------------------------

def test_seed_build_has_one_truce_with_its_real_properties(seed_events, places):
    truces = truce_intervals(seed_events, places)
    assert list(truces["event_id"]) == [SEED_TRUCE]  # the airport meeting (Other) is not a truce
    t = truces.iloc[0]
    assert t["start"] == pd.Timestamp("2021-04-21 22:00")  # "night" guessed as 22:00
    assert t["start_approximate"]
    assert t["end"] == pd.Timestamp("2021-04-22 22:00")  # + duration_hours 24
    assert t["planned_hours"] == 24.0
    assert (t["actor1"], t["actor2"], t["mediator"]) == (SDF[0], NDF[0], RUSSIA)
    assert t["place_id"] == "qamishli"
    assert "هدنة" in t["evidence"]
    assert t["extends"] is None


def test_seed_truce_not_broken_by_the_fighting_it_was_meant_to_stop(seed_events, places):
    """Tayy is inside Qamishli, but the 20-21 Apr clashes and Wednesday's battles came first."""
    assert places["tayy"] == "qamishli"
    t = truce_intervals(seed_events, places).iloc[0]
    assert SEED_CLASH_2DAYS not in t["violations"]  # under way since the 20th, not reported past the 21st
    assert SEED_CLASH_WED not in t["violations"]  # same day, no time, reported with the truce
    assert SEED_WAHDA not in t["violations"]  # the day before
    assert t["violations"] == []
    # the build's last day is 21 Apr and the truce runs to the 22nd
    assert t["status"] == "in force"


def test_columns_and_empty_input(seed_events):
    expected = ["event_id", "start", "end", "start_approximate", "planned_hours", "actor1", "actor2", "mediator",
                "place_id", "location", "status", "violations", "evidence", "extends"]
    truces = truce_intervals(seed_events)
    assert set(expected) <= set(truces.columns)
    no_truce = seed_events[seed_events["sub_event_type"] != "Agreement"]
    empty = truce_intervals(no_truce)
    assert empty.empty and set(expected) <= set(empty.columns)
    assert truce_intervals(seed_events.iloc[:0]).empty


def test_without_places_only_the_truce_place_itself_counts(april):
    truces = truce_intervals(april).set_index("event_id")  # no parent mapping
    assert truces.loc["zhyan-0425-e01", "violations"] == []  # clashes in Tayy/Halko not known to be inside
    assert truces.loc["zhyan-0425-e01", "status"] == "in force"


# ---------------------------------------------------------------------------------------
# truce_intervals on 21-26 April
# ---------------------------------------------------------------------------------------

def test_humanitarian_truce_clock_range_ends_next_morning(april_truces):
    t = april_truces.loc["shafaq-0423-e01"]
    assert t["start"] == pd.Timestamp("2021-04-23 19:00")
    assert not t["start_approximate"]
    assert t["end"] == pd.Timestamp("2021-04-24 10:00")
    assert t["planned_hours"] == 15.0


def test_clock_range_rolls_over_even_when_date_to_is_the_same_day(april_rows, places):
    row = dict(next(r for r in april_rows if r["event_id"] == "shafaq-0423-e01"), date_to="2021-04-23")
    t = truce_intervals(pd.DataFrame([row]), places).iloc[0]
    assert t["end"] == pd.Timestamp("2021-04-24 10:00")


def test_clash_before_the_truce_start_is_not_a_violation(april_truces):
    t = april_truces.loc["shafaq-0423-e01"]
    # Friday-morning fighting in Tayy and Halko preceded the 19:00 truce; calm after midnight
    assert "nps-0423-e01" not in t["violations"] and "nps-0423-e02" not in t["violations"]
    assert t["violations"] == []
    assert t["status"] == "held"


def test_extension_chains_to_the_truce_it_extends(april_truces):
    ext = april_truces.loc["k24-0424-e01"]
    assert ext["start"] == pd.Timestamp("2021-04-24 10:00")
    assert ext["end"] == pd.Timestamp("2021-04-25 10:00")  # 10:00 -> 10:00 is a day
    assert ext["extends"] == "shafaq-0423-e01"  # Asayish-NDF and SDF-NDF: same sides
    # the Sunday-night clashes came after it ended at 10:00 (both have clock times)
    assert ext["violations"] == [] and ext["status"] == "held"
    perm = april_truces.loc["zhyan-0425-e01"]
    assert perm["extends"] == "k24-0424-e01"  # announced on the day the extension ended
    assert april_truces.loc["shafaq-0423-e01", "extends"] is None
    assert april_truces.loc[SEED_TRUCE, "extends"] is None  # ended 22 Apr; next truce on the 23rd


def test_truce_between_other_parties_does_not_chain(april_rows, places):
    rows = [dict(r) for r in april_rows if r["event_id"] in ("shafaq-0423-e01", "k24-0424-e01")]
    rows[1].update(actor1_id="turkey", actor1="Military Forces of Turkey", actor2_id="sdf", actor2=SDF[0])
    truces = truce_intervals(pd.DataFrame(rows), places).set_index("event_id")
    assert truces.loc["k24-0424-e01", "extends"] is None


def test_permanent_truce_broken_by_the_same_night_clashes(april_truces):
    perm = april_truces.loc["zhyan-0425-e01"]
    assert perm["start"] == pd.Timestamp("2021-04-25 19:00") and perm["start_approximate"]
    assert pd.isna(perm["end"]) and pd.isna(perm["planned_hours"])
    assert perm["status"] == "broken"
    assert perm["violations"] == ["enab-0425-e01", "enab-0425-e02", "hawar-0426-e01"]
    assert perm["uncertain_violations"] == []


def test_clash_in_another_city_is_not_a_violation(april_truces, places):
    assert places["amuda"] != "qamishli"
    assert all("synthetic-0425-e01" not in v for v in april_truces["violations"])


def test_third_party_strike_is_not_a_violation_unless_parties_ignored(april, april_truces, places):
    assert "synthetic-0425-e02" not in april_truces.loc["zhyan-0425-e01", "violations"]
    loose = truce_intervals(april, places, match_parties=False).set_index("event_id")
    assert "synthetic-0425-e02" in loose.loc["zhyan-0425-e01", "violations"]
    assert "synthetic-0425-e01" not in loose.loc["zhyan-0425-e01", "violations"]  # still the wrong town


def test_seed_truce_broken_by_the_thursday_attack(april_truces):
    t = april_truces.loc[SEED_TRUCE]
    assert t["violations"] == ["jesr-0422-e01"]  # the 20-21 Apr fighting still excluded
    assert t["status"] == "broken"


def test_same_day_clash_without_time_counts_only_when_not_reported_with_the_truce(april_rows, places):
    """Unknowable order: another source's same-day clash is presumed a violation, flagged uncertain."""
    perm = next(r for r in april_rows if r["event_id"] == "zhyan-0425-e01")
    clash = event_row(perm, "qasioun-0425-e01", "2021-04-25", "Battles", "Armed clash", ASAYISH, NDF, TAYY,
                 "Sun 25 Apr: clashes in Tayy, 2 Asayish wounded (Qasioun, ref 38); no time given")
    t = truce_intervals(pd.DataFrame([perm, clash]), places).iloc[0]
    assert t["violations"] == ["qasioun-0425-e01"] and t["uncertain_violations"] == ["qasioun-0425-e01"]
    assert t["status"] == "broken"
    clash_same_article = dict(clash, article_id=perm["article_id"])
    t = truce_intervals(pd.DataFrame([perm, clash_same_article]), places).iloc[0]
    assert t["violations"] == [] and t["status"] == "in force"


def test_truces_sorted_by_start(april_truces):
    assert list(april_truces["event_id"]) == [SEED_TRUCE, "shafaq-0423-e01", "k24-0424-e01", "zhyan-0425-e01"]
    assert april_truces["start"].is_monotonic_increasing
    assert set(april_truces["status"]) <= set(TRUCE_STATUS_COLORS)


# ---------------------------------------------------------------------------------------
# extension chains: candidates found by end time
# ---------------------------------------------------------------------------------------

def test_long_truce_ending_at_a_later_start_is_extended(april_rows, places):
    """The earlier truce started weeks before; only its end is near the new one's start."""
    long = dict(next(r for r in april_rows if r["event_id"] == "shafaq-0423-e01"),
                event_id="long-0401-e01", event_date="2021-04-01", date_from="2021-04-01", date_to="2021-04-01",
                time_from="10:00", time_to="", duration_hours=23 * 24.0 - 1)  # 1 Apr 10:00 -> 24 Apr 09:00
    ext = next(r for r in april_rows if r["event_id"] == "k24-0424-e01")  # starts 24 Apr 10:00
    truces = truce_intervals(pd.DataFrame([long, ext]), places).set_index("event_id")
    assert truces.loc["long-0401-e01", "end"] == pd.Timestamp("2021-04-24 09:00")
    assert truces.loc["k24-0424-e01", "extends"] == "long-0401-e01"
    assert truces.loc["k24-0424-e01", "truce_id"] == "long-0401-e01"  # the chain's first truce
    # a day later the gap is more than two hours and another day: no extension
    late = dict(ext, event_date="2021-04-25", date_from="2021-04-25", date_to="2021-04-25")
    truces = truce_intervals(pd.DataFrame([long, late]), places).set_index("event_id")
    assert truces.loc["k24-0424-e01", "extends"] is None
    assert truces.loc["k24-0424-e01", "truce_id"] == "k24-0424-e01"


def test_chain_ids_follow_extensions(april_truces):
    chain = ["shafaq-0423-e01", "k24-0424-e01", "zhyan-0425-e01"]
    assert [april_truces.loc[t, "truce_id"] for t in chain] == ["shafaq-0423-e01"] * 3
    assert april_truces.loc[SEED_TRUCE, "truce_id"] == SEED_TRUCE


# ---------------------------------------------------------------------------------------
# what the build writes, and what the app reads back
# ---------------------------------------------------------------------------------------

def test_json_records_read_back_as_the_same_table(april, april_truces, places):
    from pipeline.truces import analyse, to_json_records, truces_frame

    records = json.loads(json.dumps(to_json_records(analyse(april.to_dict("records"), places))))
    back = truces_frame(records).set_index("event_id", drop=False)
    pd.testing.assert_frame_equal(back, april_truces)
    perm = next(r for r in records if r["event_id"] == "zhyan-0425-e01")
    assert perm["end"] is None and perm["planned_hours"] is None  # open-ended: null, not NaN
    assert len(perm["violation_at"]) == len(perm["violations"])
    assert all(at >= perm["start"] for at in perm["violation_at"])  # never before the truce


def test_build_writes_truces_and_marks_the_events(tmp_path):
    import csv

    from mapapp.data import load_dataset

    out = tmp_path / "out"
    stats = build(ROOT / "seeds", ROOT / "geo", out, progress=False, curated_dir=ROOT / "curated")
    assert stats.ok, stats.errors
    table = json.loads((out / "truces.json").read_text(encoding="utf-8"))
    by_id = {t["event_id"]: t for t in table}
    assert len(by_id) == len(table) >= 4
    with open(out / "truces.csv", encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert [r["event_id"] for r in rows] == [t["event_id"] for t in table]
    assert [r["violations"] for r in rows] == [";".join(t["violations"]) for t in table]
    features = json.loads((out / "events.geojson").read_text(encoding="utf-8"))["features"]
    props = {f["properties"]["event_id"]: f["properties"] for f in features}
    for eid, p in props.items():
        assert p["violates"] == [t for t in by_id if eid in by_id[t]["violations"]]
        if p["event_type"] == "Strategic developments" and p["sub_event_type"] == "Agreement":
            assert p["truce_id"] == by_id[eid]["truce_id"]
        else:
            assert p["truce_id"] == ""
    assert any(p["violates"] for p in props.values())
    parquet = pd.read_parquet(out / "events.parquet").set_index("event_id")
    for eid, p in props.items():
        assert parquet.loc[eid, "violates"] == ";".join(p["violates"])
        assert parquet.loc[eid, "truce_id"] == p["truce_id"]
    # the app reads the table as the build wrote it
    ds = load_dataset(out)
    assert list(ds.truces["event_id"]) == [t["event_id"] for t in table]
    assert list(ds.truces["status"]) == [t["status"] for t in table]


# ---------------------------------------------------------------------------------------
# how long a truce's evidence speaks for (a truce with no report for a season is not called in force)
# ---------------------------------------------------------------------------------------

def _amuda_truce(template: dict) -> dict:
    """An open-ended SDF-NDF truce at Amuda on 26 April 2021 that nothing breaks (our own row)."""
    return event_row(template, "test-0426-amuda", "2021-04-26", "Strategic developments", "Agreement", SDF, NDF,
                     ("amuda", "Amuda"), "Mon 26 Apr: the two sides agreed to stop fighting in Amuda (test row)",
                     mediator=RUSSIA)


def _later_report(template: dict) -> dict:
    """A shelling at Tal Hamis in December 2026, years after the truces (our own row)."""
    return event_row(template, "test-1205-shelling", "2026-12-05", "Explosions/Remote violence", "Shelling/artillery/missile attack",
                     ("Unidentified Armed Group (Syria)", ""), ("Civilians (Syria)", "civilians"),
                     ("tal_hamis", "Tal Hamis"), "Sat 5 Dec 2026: shells fell on a village (test row)")


def _with_later_rows(april: pd.DataFrame, template: dict) -> pd.DataFrame:
    return pd.concat([april, pd.DataFrame([_amuda_truce(template), _later_report(template)])], ignore_index=True)


def test_a_truces_last_evidence_is_its_agreement_its_violations_and_its_extensions(april, april_rows, places):
    """Probe: a report of December 2026 added to data whose truces are of April 2021, and the Timeline called the
    26 April truce "held … in force" in December 2026. The build now says when each truce was last spoken of
    (``last_evidence``: its agreement's last day, the last day of a violation, the evidence of a truce extending
    it) and the last day that evidence speaks for (``evidence_until``: the window the map fades zones after)."""
    from pipeline.evidence import STALE_EVIDENCE_DAYS
    from pipeline.truces import TRUCE_COLUMNS

    t = april_rows[0]
    truces = truce_intervals(_with_later_rows(april, t), places).set_index("event_id")
    assert TRUCE_COLUMNS[-2:] == ["last_evidence", "evidence_until"]  # new fields only, after the old ones
    last = truces["last_evidence"].dt.strftime("%Y-%m-%d").to_dict()
    assert last["test-0426-amuda"] == "2021-04-26"  # its agreement, nothing since
    assert last["zhyan-0425-e01"] == "2021-04-26"  # agreed the 25th, broken again on the 26th
    assert last[SEED_TRUCE] == "2021-04-22"  # broken on the 22nd
    assert last["k24-0424-e01"] == "2021-04-26"  # extended by the permanent truce, whose evidence runs to the 26th
    assert last["shafaq-0423-e01"] == "2021-04-26"  # the chain's first truce
    assert (truces["evidence_until"] - truces["last_evidence"] == pd.Timedelta(days=STALE_EVIDENCE_DAYS)).all()
    assert truces.loc["test-0426-amuda", "status"] == "in force"  # the data run to 2026: as the build said before


def test_the_build_writes_each_truces_last_evidence_as_a_day(tmp_path):
    import csv

    out = tmp_path / "out"
    assert build(ROOT / "seeds", ROOT / "geo", out, progress=False, curated_dir=ROOT / "curated").ok
    table = {t["event_id"]: t for t in json.loads((out / "truces.json").read_text(encoding="utf-8"))}
    final = table["cur-0426-final-agreement"]
    assert (final["last_evidence"], final["evidence_until"]) == ("2021-04-26", "2021-07-25")
    with open(out / "truces.csv", encoding="utf-8", newline="") as fh:
        header = next(csv.reader(fh))
    assert header[-2:] == ["last_evidence", "evidence_until"] and header[:20] == [
        "event_id", "start", "end", "actual_end", "start_approximate", "end_approximate", "planned_hours", "actor1",
        "actor2", "mediator", "place_id", "location", "status", "violations", "uncertain_violations", "extends",
        "status_computed", "evidence", "truce_id", "violation_at"]  # the columns before them as they were


def test_a_truce_not_reported_for_a_season_is_not_called_held_or_in_force_after_it(april, april_rows, places):
    """``lapsed``/``status_as_of``: the app asks whether a truce's status still speaks for a day; after its
    ``evidence_until`` a held or in-force truce that was not known to end reads "no report since <day>"; a broken
    truce stays broken, and a truce that ended as planned stays what it was."""
    import datetime as dt

    from pipeline.truces import lapsed, status_as_of

    t = april_rows[0]
    truces = truce_intervals(_with_later_rows(april, t), places)
    ids = list(truces["event_id"])
    early, late = dt.date(2021, 5, 10), dt.date(2026, 12, 7)
    assert not lapsed(truces, early).any()
    assert dict(zip(ids, lapsed(truces, late))) == {SEED_TRUCE: False, "shafaq-0423-e01": False,
                                                    "k24-0424-e01": False, "zhyan-0425-e01": False,
                                                    "test-0426-amuda": True}
    assert lapsed(truces, dt.date(2021, 7, 25)).sum() == 0 and lapsed(truces, dt.date(2021, 7, 26)).sum() == 1
    now = dict(zip(ids, status_as_of(truces, late)))
    assert now["test-0426-amuda"] == "no report since 26 Apr 2021 (in force until then)"
    # in the one wording every view says a truce's status in (pipeline.truces.status_words)
    assert now["zhyan-0425-e01"] == "broken (a violation on 25 Apr 2021)" and now["k24-0424-e01"] == "held"
    assert dict(zip(ids, status_as_of(truces, early)))["test-0426-amuda"] == "in force"
    # a table without the new fields (a build older than them) reads as before
    old = truces.drop(columns=["last_evidence", "evidence_until"])
    assert not lapsed(old, late).any() and list(status_as_of(old, late)) == list(status_as_of(truces, None))


# ---------------------------------------------------------------------------------------
# the analysis updated for the events that left and came (an added report's build)
# ---------------------------------------------------------------------------------------

def _records(truces):
    from pipeline.output import to_json_bytes
    from pipeline.truces import to_json_records

    return to_json_bytes(to_json_records(truces))


def test_an_analysis_updated_for_each_event_that_comes_leaves_or_changes_equals_a_full_one(april, places):
    """Every April row in turn comes (the others analysed before), leaves, or changes its day, place or
    parties: the updated analysis gives the records a full analysis of the same events gives, and the
    truces whose window the row is not in are not analysed again."""
    import pipeline.truces as truces
    from pipeline.truces import analyse, analysis, complete_analysis, update_analysis

    rows = april.to_dict("records")
    again: list[str] = []
    real = truces.truce_core

    def counted(r, *a, **kw):
        again.append(r["event_id"])
        return real(r, *a, **kw)

    def check(before, after, removed, added):
        prior = analysis(before, places)
        again.clear()
        truces.truce_core = counted
        try:
            found = update_analysis(prior, after, removed, added, places)
        finally:
            truces.truce_core = real
        assert found is not None
        assert _records(complete_analysis(found, places)) == _records(analyse(after, places)), (removed, added)
        return list(again)

    redone = []
    for n, row in enumerate(rows):
        others = rows[:n] + rows[n + 1:]
        redone.append(check(others, rows, [], [row]))  # it comes
        check(rows, others, [row], [])  # it leaves
        for change in ({"date_from": "2021-04-24", "date_to": "2021-04-24"}, {"place_id": "amuda"},
                       {"actor2_id": ""}, {"time_from": "23:00"}, {"event_type": "Battles"}):
            moved = {**row, **change}
            check(rows, others[:n] + [moved] + others[n:], [row], [moved])
    n_truces = sum(truces.is_truce(r) for r in rows)
    assert any(0 < len(r) < n_truces for r in redone)  # some, not all, truces analysed again
    assert any(len(r) == 0 for r in redone)  # a row outside every window: none


def test_the_kept_analysis_reads_back_as_it_was_written(april, places, tmp_path, caplog):
    from pipeline.truces import analysis, complete_analysis
    from pipeline.trucestate import canonical_truce_state, load_truce_state, plain_analysis, write_truce_state

    found = analysis(april.to_dict("records"), places)
    path = tmp_path / "truces.bin"
    write_truce_state(path, "fp", "digest", "token", found)
    back = load_truce_state(path, "fp", "digest", "token")
    assert back is not None
    assert json.dumps(plain_analysis(back)) == json.dumps(plain_analysis(found))  # (NaN, NaT: by their text)
    assert [(str(v), getattr(v, "unit", None)) for c in back.cores for v in c.record.values()] == \
        [(str(v), getattr(v, "unit", None)) for c in found.cores for v in c.record.values()]
    assert _records(complete_analysis(back, places)) == _records(complete_analysis(found, places))
    assert canonical_truce_state(path) != b""
    # another build's inputs or merge state, or a damaged file: not used, said as a warning
    for args in (("other", "digest", "token"), ("fp", "other", "token"), ("fp", "digest", "another"),
                 ("fp", "digest", None)):
        caplog.clear()
        assert load_truce_state(path, *args) is None
        assert "truce analysis not reused" in caplog.text
    data = path.read_bytes()
    for damaged in (data[:-10], data[:len(data) // 2], data[:-1] + bytes([data[-1] ^ 1]), b"", b"\n" + data):
        path.write_bytes(damaged)
        caplog.clear()
        assert load_truce_state(path, "fp", "digest", "token") is None
        assert "truce analysis not reused" in caplog.text
        assert canonical_truce_state(path) == b""
    path.unlink()
    caplog.clear()
    assert load_truce_state(path, "fp", "digest", "token") is None and "not reused" not in caplog.text
    # a truce of the year 9999 (no nanoseconds for it) and one of a clock time to the second: kept as they are
    rows = april.to_dict("records")
    far = {**next(r for r in rows if r["event_id"] == "zhyan-0425-e01"), "event_id": "far-e01", "date_from": "9999-01-01",
           "date_to": "9999-01-01", "time_from": "", "time_to": ""}
    found = analysis([*rows, far], places)
    assert any(c.record["start"].year == 9999 for c in found.cores)
    write_truce_state(path, "fp", "digest", "token", found)
    back = load_truce_state(path, "fp", "digest", "token")
    assert back is not None
    assert _records(complete_analysis(back, places)) == _records(complete_analysis(found, places))
    assert [(str(v), getattr(v, "unit", None)) for c in back.cores for v in c.record.values()] == \
        [(str(v), getattr(v, "unit", None)) for c in found.cores for v in c.record.values()]
