"""Events that rest only on outlets of low trust are marked so by the build (``low_trust_only``), and the
popup says it beside the extraction's confidence (new user's probe: an event resting only on a forum's tag
pages showed "high confidence", which an analyst read as a sure event).

Real builds of the shipped seed and curated rows (``curated/outlets.tsv`` marks a forum's tag pages and a
mirror of an encyclopaedia page low), and of copies whose rows or trust table are changed.
"""

from __future__ import annotations

import csv
import shutil

import pandas as pd
import pytest
from conftest import ROOT

from mapapp import mapview
from pipeline.build import build

#: The one shipped event that rests on the forum's tag pages alone (curated row 0424-gov-troops-zanoud).
ZANOUD = "cur-0424-gov-troops-zanoud"


def _events(tmp, curated) -> pd.DataFrame:
    out = tmp / "out"
    assert build(ROOT / "seeds", ROOT / "geo", out, progress=False, curated_dir=curated).ok
    return pd.read_parquet(out / "events.parquet")


def _curated(tmp):
    curated = tmp / "curated"
    shutil.copytree(ROOT / "curated", curated)
    (curated / "reviews.csv").unlink(missing_ok=True)
    return curated


def _edit_row(curated, row_id: str, **values) -> None:
    path = curated / "events.csv"
    with path.open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    fields = list(rows[0])
    for r in rows:
        if r["event_id"] == row_id:
            r.update(values)
    with path.open("w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, fieldnames=fields)
        w.writeheader()
        w.writerows(rows)


@pytest.fixture(scope="module")
def shipped(tmp_path_factory):
    return _events(tmp_path_factory.mktemp("lowtrust"), ROOT / "curated")


@pytest.mark.parametrize("reviews", [True, False])  # the two ways the build merges: with analysts' decisions or as they come
def test_the_event_resting_on_a_forum_alone_is_marked_and_no_other(tmp_path, reviews):
    curated = _curated(tmp_path)
    if reviews:  # a decision on one event (any): the build then keeps every event whole before merging
        first = _events(tmp_path / "first", curated)["event_id"].iloc[0]
        (curated / "reviews.csv").write_text("event_id,decision,changes,merged_into,reason,reviewed_by,reviewed_at\n"
                                             f"{first},confirm,,,,analyst T,2026-12-08T09:00\n", encoding="utf-8")
    ev = _events(tmp_path, curated)
    assert (ev["review_status"] == "confirmed").sum() == (1 if reviews else 0)
    assert set(ev.loc[ev["low_trust_only"], "event_id"]) == {ZANOUD}


def test_an_outlet_cited_only_as_background_does_not_lift_the_mark_but_one_that_reports_does(tmp_path):
    # reviewer: the forum's row citing Shafaq News (ref 01) as background only was no longer marked
    curated = _curated(tmp_path)
    _edit_row(curated, "0424-gov-troops-zanoud", source_refs="50;01", background_refs="01")
    ev = _events(tmp_path / "a", curated).set_index("event_id")
    assert ev.loc[ZANOUD, "low_trust_only"] and "Shafaq News" in ev.loc[ZANOUD, "background_outlets"]
    _edit_row(curated, "0424-gov-troops-zanoud", source_refs="50;01", background_refs="")
    ev = _events(tmp_path / "b", curated).set_index("event_id")
    assert not ev.loc[ZANOUD, "low_trust_only"]  # Shafaq News reports it too


def test_no_mark_without_a_trust_table_and_a_new_low_outlet_marks_its_events(tmp_path, shipped):
    curated = _curated(tmp_path)
    (curated / "outlets.tsv").unlink()
    assert not _events(tmp_path / "a", curated)["low_trust_only"].any()
    (curated / "outlets.tsv").write_text("outlet\ttrust\tbasis\nShafaq News\tlow\ta test of our own\n", encoding="utf-8")
    ev = _events(tmp_path / "b", curated)
    marked = set(ev.loc[ev["low_trust_only"], "event_id"])
    # the seed article (Shafaq News) and the curated rows resting on Shafaq alone; never one another outlet reports
    assert any(i.startswith("000_35a237ec7240c52b-") for i in marked)  # the seed article's own events
    for _, r in ev[ev["event_id"].isin(marked)].iterrows():
        assert set(r["reporting_outlets"].split(";") if isinstance(r["reporting_outlets"], str) else r["reporting_outlets"]) \
            <= {"Shafaq News"}, (r["event_id"], r["reporting_outlets"])
    assert ZANOUD not in marked


def test_the_popup_says_it_beside_the_confidence(shipped):
    marked = shipped[shipped["event_id"] == ZANOUD].iloc[0].to_dict()
    line = mapview.rule_line(marked)
    assert mapview.LOW_TRUST_ONLY in line and "confidence" in line
    plain = shipped[(shipped["event_id"] != ZANOUD) & shipped["confidence"].notna()].iloc[0].to_dict()
    assert mapview.LOW_TRUST_ONLY not in mapview.rule_line(plain)
    assert mapview.LOW_TRUST_ONLY in mapview.evidence_item_html(marked)
    assert mapview.LOW_TRUST_ONLY not in mapview.rule_line({**marked, "low_trust_only": float("nan")})
