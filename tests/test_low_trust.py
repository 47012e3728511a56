"""Events that rest only on outlets of low trust are marked so by the build (``low_trust_only``), and the
popup says it beside the extraction's confidence (new user's probe: an event resting only on a forum's tag
pages showed "high confidence", which an analyst read as a sure event).

Real builds of the shipped seed and curated rows (``curated/outlets.tsv`` marks two outlets low), and of
copies whose trust table is changed.
"""

from __future__ import annotations

import shutil

import pandas as pd
import pytest
from conftest import ROOT

from mapapp import mapview
from pipeline.build import build
from pipeline.outlets import source_outlets

LOW = {"forum.nef2.com (tag pages)", 'Wikipedia (mirror) "Battle of Qamishli (2016)"'}


def _events(tmp, curated) -> pd.DataFrame:
    out = tmp / "out"
    assert build(ROOT / "seeds", ROOT / "geo", out, progress=False, curated_dir=curated).ok
    return pd.read_parquet(out / "events.parquet")


@pytest.fixture(scope="module")
def shipped(tmp_path_factory):
    return _events(tmp_path_factory.mktemp("lowtrust"), ROOT / "curated")


@pytest.mark.parametrize("reviews", [True, False])  # two ways the build merges: with analysts' decisions or as they come
def test_an_event_is_marked_when_every_outlet_it_names_is_of_low_trust(tmp_path, reviews):
    curated = tmp_path / "curated"
    shutil.copytree(ROOT / "curated", curated)
    (curated / "reviews.csv").unlink(missing_ok=True)
    if reviews:  # a decision on one event (any): the build then keeps every event whole before merging
        first = _events(tmp_path / "first", curated)["event_id"].iloc[0]
        (curated / "reviews.csv").write_text("event_id,decision,changes,merged_into,reason,reviewed_by,reviewed_at\n"
                                             f"{first},confirm,,,,analyst T,2026-12-08T09:00\n", encoding="utf-8")
    ev = _events(tmp_path, curated)
    assert (ev["review_status"] == "confirmed").sum() == (1 if reviews else 0)
    named = ev["source"].map(source_outlets)
    want = named.map(lambda ns: bool(ns) and all(n in LOW for n in ns))
    assert want.any() and not want.all()  # the shipped data have both kinds
    assert list(ev["low_trust_only"]) == list(want)
    mixed = named.map(lambda ns: any(n in LOW for n in ns) and not all(n in LOW for n in ns))
    assert not ev.loc[mixed, "low_trust_only"].any()  # one outlet of normal trust is enough


def test_no_mark_without_a_trust_table_and_a_new_low_outlet_marks_its_events(tmp_path, shipped):
    curated = tmp_path / "curated"
    shutil.copytree(ROOT / "curated", curated)
    (curated / "outlets.tsv").unlink()
    assert not _events(tmp_path / "a", curated)["low_trust_only"].any()
    # mark the outlet of the most events low: exactly its events that name no other outlet get the mark
    outlet = shipped["source"].map(source_outlets).explode().value_counts().index[0]
    (curated / "outlets.tsv").write_text(f"outlet\ttrust\tbasis\n{outlet}\tlow\ta test of our own\n", encoding="utf-8")
    ev = _events(tmp_path / "b", curated)
    alone = ev["source"].map(lambda s: source_outlets(s) == [outlet] or source_outlets(s) == (outlet,))
    assert alone.any() and list(ev["low_trust_only"]) == list(alone)


def test_the_popup_says_it_beside_the_confidence(shipped):
    marked = shipped[shipped["low_trust_only"]].iloc[0].to_dict()
    line = mapview.rule_line(marked)
    assert mapview.LOW_TRUST_ONLY in line and "confidence" in line
    plain = shipped[~shipped["low_trust_only"] & shipped["confidence"].notna()].iloc[0].to_dict()
    assert mapview.LOW_TRUST_ONLY not in mapview.rule_line(plain)
    assert mapview.LOW_TRUST_ONLY in mapview.evidence_item_html(marked)
    assert mapview.LOW_TRUST_ONLY not in mapview.rule_line({**marked, "low_trust_only": float("nan")})
