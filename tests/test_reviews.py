"""Review decisions (``curated/reviews.csv``): validated, written atomically, applied by the build,
surviving rebuilds and rule changes; orphans reported with their line."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from pipeline import events as event_rules
from pipeline.actors import default_actors
from pipeline.build import build
from pipeline.reviews import ReviewError, load_reviews, record_decision

ROOT = Path(__file__).resolve().parent.parent

# a report written for these tests (one clash with a toll, a truce, a meeting, an arrest); each
# sentence gives its day, as a report does (an undated meeting sentence reads as background to
# the sentence model and is set aside: pipeline/screening.py)
REPORT = (
    "توتر في القامشلي\n"
    "اندلعت اشتباكات عنيفة بين قوات الأسايش وعناصر الدفاع الوطني في حي حلكو بمدينة القامشلي مساء الثلاثاء، "
    "ما أسفر عن مقتل عنصرين.\n"
    "وأعلن الطرفان هدنة لمدة 24 ساعة برعاية روسية في مدينة القامشلي يوم الأربعاء.\n"
    "وعقد اجتماع في مطار القامشلي بين الطرفين يوم الأربعاء لبحث تثبيت الهدنة.\n"
    "واعتقلت قوات الأسايش ثلاثة شبان في حي طي يوم الأربعاء.\n"
)
META = 'source = "Test Outlet"\npublished = 2021-04-22\nlanguage = "ar"\n'


@pytest.fixture
def dirs(tmp_path):
    seeds, geo, curated = tmp_path / "seeds", tmp_path / "geo", tmp_path / "curated"
    seeds.mkdir()
    curated.mkdir()
    (seeds / "rev1.txt").write_text(REPORT, encoding="utf-8")
    (seeds / "rev1.toml").write_text(META, encoding="utf-8")
    shutil.copytree(ROOT / "geo", geo)
    return seeds, geo, curated, tmp_path / "out"


def _build(dirs, **kw):
    seeds, geo, curated, out = dirs
    stats = build(seeds, geo, out, curated_dir=curated, **kw)
    feats = json.loads((out / "events.geojson").read_text(encoding="utf-8"))["features"]
    return stats, {f["properties"]["event_id"]: f["properties"] for f in feats}


def _by_kind(events: dict) -> dict:
    return {p["sub_event_type"]: p for p in events.values()}


def _decide(dirs, pipeline, event_id, decision, **kw):
    return record_decision(dirs[2] / "reviews.csv", event_id, decision, reviewed_by=kw.pop("by", "analyst A"),
                           gazetteer=pipeline.gazetteer, actors=default_actors(), **kw)


def test_every_event_starts_unreviewed(dirs):
    stats, evs = _build(dirs)
    assert stats.ok and len(evs) >= 4
    assert {p["review_status"] for p in evs.values()} == {"unreviewed"}


def test_each_decision_is_applied(dirs, pipeline):
    _, evs = _build(dirs)
    t = _by_kind(evs)
    clash, truce, meeting, arrest = t["Armed clash"], t["Agreement"], t["Other"], t["Arrests"]
    assert clash["fatalities"] == 2 and clash["place_id"] == "halko"
    _decide(dirs, pipeline, truce["event_id"], "confirm")
    _decide(dirs, pipeline, clash["event_id"], "correct", changes={"fatalities": 3, "injuries": 4,
                                                                         "place_id": "qamishli_airport"})
    _decide(dirs, pipeline, arrest["event_id"], "reject", reason="the arrests were in Hasakah, not Qamishli")
    _decide(dirs, pipeline, meeting["event_id"], "merge", merged_into=clash["event_id"])
    stats, after = _build(dirs)
    assert stats.ok, stats.errors
    c = after[clash["event_id"]]  # corrected, and the meeting merged into it (see below)
    assert c["review_status"] == "corrected" and (c["fatalities"], c["injuries"]) == (3, 4)
    assert c["place_id"] == "qamishli_airport" and c["location"] == "Qamishli International Airport" and c["reviewed_by"] == "analyst A"
    # kept beside the correction, with the place's name as extracted (what the analyst saw, not the id)
    assert c["extracted"] == {"place_id": "halko", "location": clash["location"], "fatalities": 2, "injuries": None}
    assert clash["location"] and clash["location"] != "halko"
    # in words, for the popup and the Review table: who, when, and what the correction replaced
    from mapapp.reviewtext import decision_words, reviewed_when
    from mapapp.reviewview import EXTRACTED_HEADING, field_table

    assert c["reviewed_at"] and reviewed_when(c["reviewed_at"]).endswith(" UTC")
    said = decision_words(c)
    assert said == (f"corrected by analyst A on {reviewed_when(c['reviewed_at'])} "
                    f"(extracted: {clash['location']}, 2 killed, injuries not reported)"), said
    assert "place_id" not in said and "halko" not in said
    table = field_table(c).set_index("field")
    assert list(table.columns) == ["value now (corrected)", EXTRACTED_HEADING]
    assert table.loc["location"].tolist() == ["Qamishli International Airport", clash["location"]]
    assert table.loc["fatalities"].tolist() == ["3", "2"] and table.loc["injuries"].tolist() == ["4", "(none)"]
    assert table.loc["reviewed_at", "value now (corrected)"] == reviewed_when(c["reviewed_at"])
    assert table.loc["reviewed_by"].tolist() == ["analyst A", ""]
    assert (c["latitude"], c["longitude"]) != (clash["latitude"], clash["longitude"])
    assert c["evidence"] == clash["evidence"]  # the article's sentence is untouched
    assert after[truce["event_id"]]["review_status"] == "confirmed"
    confirmed = after[truce["event_id"]]
    assert decision_words(confirmed) == f"confirmed by analyst A on {reviewed_when(confirmed['reviewed_at'])}"
    assert list(field_table(confirmed).columns) == ["field", "value (confirmed as extracted)"]  # nothing replaced
    # rejected: off the map and the exports, listed with its reason
    assert arrest["event_id"] not in after
    summary = json.loads((dirs[3] / "reviews.json").read_text(encoding="utf-8"))
    assert [(r["event_id"], r["review_reason"]) for r in summary["rejected"]] == \
        [(arrest["event_id"], "the arrests were in Hasakah, not Qamishli")]
    # merged: one event with two reports
    assert meeting["event_id"] not in after
    assert c["merged_ids"] == [clash["event_id"], meeting["event_id"]] and c["report_count"] == 2
    # ... from one article: one report with two sentences, not "2 reports" (new-user trial)
    assert c["article_count"] == 1 and c["report_ids"] == [clash["article_id"]] and c["outlet_count"] == 1
    from mapapp import mapview

    lines = mapview._report_lines(c)
    assert "1 report from 1 outlet (2 sentences of one article)" in lines and "2 reports" not in lines
    assert c["fatalities"] == 3  # the meeting's report gives no toll
    # the article and the reviewed file are the only things written
    assert (dirs[0] / "rev1.txt").read_text(encoding="utf-8") == REPORT


def test_latest_decision_wins_and_history_is_kept(dirs, pipeline):
    _, evs = _build(dirs)
    clash = _by_kind(evs)["Armed clash"]
    _decide(dirs, pipeline, clash["event_id"], "reject", reason="duplicate")
    _decide(dirs, pipeline, clash["event_id"], "correct", changes={"fatalities": 5}, by="analyst B")
    rows = (dirs[2] / "reviews.csv").read_text(encoding="utf-8").splitlines()
    assert len(rows) == 3 and rows[1].split(",")[1] == "reject"  # nothing overwritten
    _, after = _build(dirs)
    assert after[clash["event_id"]]["fatalities"] == 5 and after[clash["event_id"]]["reviewed_by"] == "analyst B"


def test_corrections_survive_a_rebuild_and_a_rule_change(dirs, pipeline, monkeypatch):
    _, evs = _build(dirs)
    t = _by_kind(evs)
    clash, truce = t["Armed clash"], t["Agreement"]
    _decide(dirs, pipeline, clash["event_id"], "correct", changes={"fatalities": 7})
    _decide(dirs, pipeline, truce["event_id"], "confirm")
    stats, again = _build(dirs)  # from the cache
    assert stats.cached == 1 and again[clash["event_id"]]["fatalities"] == 7
    # a rule change: clashes coded as another sub-event type; every article reprocessed
    rules = {(event_rules.Trigger(k.kind, k.event_type, "Government regains territory", k.tags)
              if k.kind == "clash" else k): words for k, words in event_rules.TRIGGERS.items()}
    monkeypatch.setattr(event_rules, "TRIGGERS", rules)
    # (a real rule change changes the code's fingerprint; here only the module's state changes, so the
    # pipeline this process keeps between builds is dropped by hand: pipeline.engines.build_pipeline)
    import pipeline.engines

    monkeypatch.setattr(pipeline.engines, "_WORKER", {})
    stats, changed = _build(dirs, force=True)
    assert stats.ok, stats.errors  # no orphan: the ids did not move
    c = changed[clash["event_id"]]
    assert c["sub_event_type"] == "Government regains territory"  # the new rule's output...
    assert c["fatalities"] == 7 and c["review_status"] == "corrected"  # ...with the analyst's correction on it
    assert changed[truce["event_id"]]["review_status"] == "confirmed"


def test_orphan_decisions_are_reported_with_their_line(dirs, pipeline):
    _, evs = _build(dirs)
    clash = _by_kind(evs)["Armed clash"]
    _decide(dirs, pipeline, clash["event_id"], "correct", changes={"fatalities": 3})
    _decide(dirs, pipeline, "rev1-e00000000", "confirm")
    # the clash's sentence is rewritten (another toll): its old id is gone
    text = REPORT.replace("مقتل عنصرين", "مقتل ثلاثة عناصر")
    (dirs[0] / "rev1.txt").write_text(text, encoding="utf-8")
    stats, after = _build(dirs)
    assert not stats.ok
    orphans = [e for e in stats.errors if e["kind"] == "review"]
    assert [e["line"] for e in orphans] == [2, 3]
    assert all("orphan decision" in e["reason"] and e["path"].endswith("reviews.csv") for e in orphans)
    assert clash["event_id"] not in after
    assert any(p["sub_event_type"] == "Armed clash" and p["review_status"] == "unreviewed" for p in after.values())
    report = (dirs[3] / "report.md").read_text(encoding="utf-8")
    assert "reviews.csv:2" in report and "reviews.csv:3" in report


def test_bad_rows_are_refused_with_file_and_line(dirs, pipeline):
    path = dirs[2] / "reviews.csv"
    path.write_text(
        "event_id,decision,changes,merged_into,reason,reviewed_by,reviewed_at\n"
        "a-e1,confirm,,,,ana,2021-04-22T10:00\n"
        "a-e2,delete,,,,ana,2021-04-22T10:00\n"
        "a-e3,reject,,,,ana,2021-04-22T10:00\n"
        "a-e4,correct,fatalities=two; place_id=atlantis,,,ana,2021-04-22T10:00\n"
        "a-e5,correct,event_type=Battles; sub_event_type=Arrests,,,ana,2021-04-22T10:00\n"
        "a-e6,merge,,,,ana,yesterday\n"
        "a-e7,confirm,,,,,2021-04-22T10:00\n",
        encoding="utf-8")
    reviews, errors = load_reviews(path, pipeline.gazetteer, default_actors())
    assert [r.event_id for r in reviews] == ["a-e1"]
    by_line: dict[int, list[str]] = {}
    for e in errors:
        by_line.setdefault(e.line, []).append(e.reason)
    assert sorted(by_line) == [3, 4, 5, 6, 7, 8]
    assert "decision must be one of" in by_line[3][0]
    assert "a rejection needs a reason" in by_line[4][0]
    assert any("fatalities must be a whole number" in r for r in by_line[5])
    assert any("atlantis" in r and "not in the gazetteer" in r for r in by_line[5])
    assert "not a sub-event type of 'Battles'" in by_line[6][0]
    assert any("merged_into" in r for r in by_line[7]) and any("reviewed_at" in r for r in by_line[7])
    assert "reviewed_by is empty" in by_line[8][0]
    before = path.read_bytes()
    with pytest.raises(ReviewError, match="a rejection needs a reason"):
        _decide(dirs, pipeline, "a-e9", "reject")
    assert path.read_bytes() == before  # nothing written


def test_a_rejected_event_is_restored_by_a_new_row(dirs, pipeline):
    """Restoring is a decision of its own: the rejection stays in the history, the event is back
    on the map as extracted and unreviewed, with who restored it."""
    _, evs = _build(dirs)
    clash = _by_kind(evs)["Armed clash"]
    _decide(dirs, pipeline, clash["event_id"], "correct", changes={"fatalities": 9})
    _decide(dirs, pipeline, clash["event_id"], "reject", reason="a rumour", by="analyst A")
    _, gone = _build(dirs)
    assert clash["event_id"] not in gone
    line = _decide(dirs, pipeline, clash["event_id"], "restore", reason="rejected by mistake", by="analyst B")
    rows = (dirs[2] / "reviews.csv").read_text(encoding="utf-8").splitlines()
    assert line == 4 and len(rows) == 4
    assert rows[2].startswith(f"{clash['event_id']},reject,,,a rumour,analyst A,")  # kept, not edited
    assert rows[3].startswith(f"{clash['event_id']},restore,,,rejected by mistake,analyst B,")
    _, back = _build(dirs)
    e = back[clash["event_id"]]
    assert e["review_status"] == "unreviewed" and e["reviewed_by"] == "analyst B"
    assert e["fatalities"] == 2 and e["extracted"] == {}  # as extracted: the earlier correction is not in force
    summary = json.loads((dirs[3] / "reviews.json").read_text(encoding="utf-8"))
    assert summary["rejected"] == [] and summary["problems"] == []


def test_acled_export_carries_the_review_status_and_leaves_rejected_out(dirs, pipeline):
    import csv
    import io

    import pandas as pd

    from mapapp.exports import acled_csv

    _, evs = _build(dirs)
    t = _by_kind(evs)
    _decide(dirs, pipeline, t["Armed clash"]["event_id"], "correct", changes={"fatalities": 4}, by="analyst C")
    _decide(dirs, pipeline, t["Agreement"]["event_id"], "confirm", by="analyst C")
    _decide(dirs, pipeline, t["Arrests"]["event_id"], "reject", reason="not in Qamishli", by="analyst C")
    _, after = _build(dirs)
    rows = {r["event_id_cnty"]: r for r in csv.DictReader(io.StringIO(
        acled_csv(pd.DataFrame(list(after.values()))).decode("utf-8-sig")))}
    assert t["Arrests"]["event_id"] not in rows
    clash = rows[t["Armed clash"]["event_id"]]
    assert (clash["review_status"], clash["reviewed_by"], clash["fatalities"]) == ("corrected", "analyst C", "4")
    assert clash["reviewed_at"][:4] == dt_year()
    assert rows[t["Agreement"]["event_id"]]["review_status"] == "confirmed"
    assert rows[t["Other"]["event_id"]]["review_status"] == "unreviewed"
    assert rows[t["Other"]["event_id"]]["reviewed_by"] == ""


def dt_year() -> str:
    import datetime as dt

    return str(dt.datetime.now(dt.UTC).year)


@pytest.mark.parametrize("missing", [None, float("nan")])
def test_a_correction_to_an_event_with_no_from_day_is_not_refused_for_its_order(dirs, pipeline, missing):
    """An event with no ``date_from`` (None, or NaN from a table) has no From/To order to break:
    setting its To day is recorded, not refused as 'nan is after 2021-04-21'. A real wrong order
    is still refused."""
    shown = {"event_type": "Battles", "sub_event_type": "Armed clash", "date_from": missing,
             "date_to": "2021-04-20"}
    line = _decide(dirs, pipeline, "a-e1", "correct", changes={"date_to": "2021-04-21"}, event=shown)
    assert line == 2
    assert "date_to=2021-04-21" in (dirs[2] / "reviews.csv").read_text(encoding="utf-8")
    shown = {"event_type": "Battles", "sub_event_type": "Armed clash", "date_from": "2021-04-20",
             "date_to": missing}
    _decide(dirs, pipeline, "a-e2", "correct", changes={"date_from": "2021-04-19"}, event=shown)
    shown = {"event_type": "Battles", "sub_event_type": "Armed clash", "date_from": "2021-04-20",
             "date_to": "2021-04-20"}
    with pytest.raises(ReviewError, match="is after date_to"):
        _decide(dirs, pipeline, "a-e3", "correct", changes={"date_from": "2021-04-22"}, event=shown)


WHY = "SOHR's report of 23 Apr names a third man killed <b>&</b>"


def test_a_corrections_reason_is_kept_applied_and_said(dirs, pipeline):
    """Probe: "Correct" had no reason field, so a toll changed from 2 to 3 was saved with no word of why. The
    reason is written beside who and when (earlier rows kept), applied by the build and said, escaped."""
    import csv
    import html

    from mapapp import mapview
    from mapapp.reviewtext import decision_words, reviewed_when
    from mapapp.reviewview import field_table
    from pipeline.reviews import COLUMNS

    _, evs = _build(dirs)
    clash = _by_kind(evs)["Armed clash"]
    _decide(dirs, pipeline, clash["event_id"], "confirm", by="analyst A")
    _decide(dirs, pipeline, clash["event_id"], "correct", changes={"fatalities": 3}, by="analyst B",
            reason="  SOHR's report of 23 Apr\nnames a third man killed <b>&</b> ")
    with open(dirs[2] / "reviews.csv", encoding="utf-8", newline="") as f:
        rows = list(csv.reader(f))
    assert tuple(rows[0]) == COLUMNS  # the file's format as before
    assert [r[1] for r in rows[1:]] == ["confirm", "correct"]  # the confirmation kept, not overwritten
    row = dict(zip(COLUMNS, rows[2], strict=True))
    assert row["changes"] == "fatalities=3" and row["reason"] == WHY  # one line, spaces collapsed
    assert row["reviewed_by"] == "analyst B" and row["reviewed_at"]
    stats, after = _build(dirs)
    assert stats.ok, stats.errors
    c = after[clash["event_id"]]
    assert (c["review_status"], c["fatalities"], c["review_reason"]) == ("corrected", 3, WHY)
    said = decision_words(c)
    assert said == f"corrected by analyst B on {reviewed_when(c['reviewed_at'])} (extracted: 2 killed); reason: {WHY}"
    line = mapview.review_line(c)  # the popup: escaped
    assert "<b>&</b>" not in line and "reason: SOHR&#x27;s report of 23 Apr names a third man killed &lt;b&gt;&amp;" in line
    assert html.unescape(line).count(WHY) == 1
    table = field_table(c).set_index("field")
    assert table.loc["review_reason", "value now (corrected)"] == WHY  # the Review page's table (a grid: text)


def test_a_correction_without_a_reason_is_saved_and_said_as_before(dirs, pipeline):
    from mapapp.reviewtext import decision_words

    _, evs = _build(dirs)
    clash = _by_kind(evs)["Armed clash"]
    _decide(dirs, pipeline, clash["event_id"], "correct", changes={"fatalities": 3})
    _, after = _build(dirs)
    c = after[clash["event_id"]]
    assert c["review_reason"] == "" and "reason" not in decision_words(c)


def test_reason_words():
    from mapapp.reviewtext import decision_words, reason_words

    assert reason_words(None) == reason_words("") == reason_words(float("nan")) == ""
    assert reason_words(" a\n b ") == "a b"
    # a restore from the set-aside list: the analyst's words, not what the build says of the restore
    assert reason_words("restored from the set-aside list (sentence score 0.02): they saw it") == "they saw it"
    assert reason_words("restored from the set-aside list") == ""
    r = {"review_status": "confirmed", "reviewed_by": "R", "reviewed_at": "2024-06-01T09:30:00+00:00",
         "review_reason": "restored from the set-aside list (sentence score 0.02): they saw it"}
    assert decision_words(r) == "confirmed by R on 1 Jun 2024 09:30 UTC, restored from the set-aside list; reason: they saw it"


def test_confirming_an_event_a_report_was_merged_into_keeps_the_merge(dirs, pipeline):
    """New analyst's trial: a duplicate merged into a clash, then Confirm on the clash wrote a confirm row
    for the duplicate too, which undid the merge (the duplicate came back on the map, "confirmed")."""
    from mapapp.reviewview import record

    _, evs = _build(dirs)
    t = _by_kind(evs)
    clash, meeting = t["Armed clash"], t["Other"]
    _decide(dirs, pipeline, meeting["event_id"], "merge", merged_into=clash["event_id"])
    _, after = _build(dirs)
    merged = after[clash["event_id"]]
    assert merged["merged_ids"] == [clash["event_id"], meeting["event_id"]]
    lines = record(dirs[2], merged, "confirm", reviewed_by="analyst B", gazetteer=pipeline.gazetteer,
                   actors=default_actors())
    assert len(lines) == 1  # the clash's own report only: the merged one keeps its merge
    _, again = _build(dirs)
    assert meeting["event_id"] not in again
    assert again[clash["event_id"]]["merged_ids"] == [clash["event_id"], meeting["event_id"]]
    # reviewed: its own report confirmed, the other merged (a merge is a correction)
    assert again[clash["event_id"]]["review_status"] == "corrected"
    # a rejection is written for every report of the event (all of them are no event)
    lines = record(dirs[2], again[clash["event_id"]], "reject", reviewed_by="analyst B", gazetteer=pipeline.gazetteer,
                   actors=default_actors(), reason="a rumour")
    assert len(lines) == 2


def test_a_day_corrected_drops_the_part_of_day_told_of_the_old_one(pipeline):
    from pipeline.reviews import corrected

    e = {"event_type": "Violence against civilians", "sub_event_type": "Abduction/forced disappearance",
         "date_from": "2026-12-06", "date_to": "2026-12-06", "event_date": "2026-12-06", "part_of_day": "morning",
         "time_from": "08:00", "time_to": "", "duration_hours": None}
    out, extracted = corrected(e, {"date_from": "2026-12-05", "date_to": "2026-12-05"}, pipeline.gazetteer,
                               default_actors())
    assert (out["part_of_day"], out["time_from"], out["event_date"]) == ("", "", "2026-12-05")
    assert extracted == {"date_from": "2026-12-06", "date_to": "2026-12-06"}
    same, _ = corrected(e, {"fatalities": 1}, pipeline.gazetteer, default_actors())  # the day kept: so is its morning
    assert (same["part_of_day"], same["time_from"]) == ("morning", "08:00")
