"""Restoring an event the sentence model set aside (``pipeline/screening.py``): an analyst's
``restore`` row in ``curated/reviews.csv`` puts it back among its article's events, and the build
draws it as the analyst's, with who and when; a restore whose event is no longer set aside is an
orphan; without a restore the set-aside events change no output byte.

The report is written for these tests: a shelling told with its day, then the residents' fear of
fighting (the rules make a clash of it, the shipped model sets it aside), then a statement.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import ROOT

from pipeline.actors import default_actors
from pipeline.build import build
from pipeline.incremental import canonical_outputs
from pipeline.resultcache import CACHE_NAME, ResultCache, decode
from pipeline.reviews import record_decision
from pipeline.screening import SET_ASIDE_BELOW

FEAR = "ويخشى سكان الهلالية أن تصبح منازلهم هدفا للقصف والاشتباكات في حال تواصلت المعارك على الحدود"
REPORT = ("قصف مدفعي على ريف القامشلي\n"
          "قصفت المدفعية التركية مساء الجمعة أطراف قرية الهلالية في ريف القامشلي، ما أدى إلى إصابة طفلين بجروح.\n"
          f"{FEAR}.\n"
          "وقال مصدر محلي إن الأهالي يطالبون بفتح ملاجئ آمنة للعائلات.\n")
META = 'title = "قصف مدفعي على ريف القامشلي"\nsource = "Test Outlet"\npublished = 2022-03-12\nlanguage = "ar"\n'
ARTICLE = "rst1"


@pytest.fixture
def dirs(tmp_path):
    seeds, curated = tmp_path / "seeds", tmp_path / "curated"
    seeds.mkdir()
    curated.mkdir()
    (seeds / f"{ARTICLE}.txt").write_text(REPORT, encoding="utf-8")
    (seeds / f"{ARTICLE}.toml").write_text(META, encoding="utf-8")
    return seeds, curated, tmp_path / "out"


def _build(dirs, out: Path | None = None, **kw):
    seeds, curated, default_out = dirs
    out = out or default_out
    stats = build(seeds, ROOT / "geo", out, curated_dir=curated, progress=False, **kw)
    feats = json.loads((out / "events.geojson").read_text(encoding="utf-8"))["features"]
    return stats, {f["properties"]["event_id"]: f["properties"] for f in feats}


def _outputs(out: Path) -> dict[str, bytes]:
    """The published files but the manifest and the report (they count cached articles) and the cache."""
    return {k: v for k, v in canonical_outputs(out).items() if k != CACHE_NAME}


def _set_aside(out: Path) -> list[dict]:
    arts = json.loads((out / "articles.json").read_text(encoding="utf-8"))
    return next(a for a in arts if a["id"] == ARTICLE)["set_aside"]


def _restore(dirs, pipeline, event_id: str, **kw) -> int:
    return record_decision(dirs[1] / "reviews.csv", event_id, "restore", reviewed_by=kw.pop("by", "analyst R"),
                           gazetteer=pipeline.gazetteer, actors=default_actors(), **kw)


def test_a_restored_set_aside_event_is_drawn_as_the_analysts_and_survives_a_rebuild(dirs, pipeline):
    stats, before = _build(dirs)
    assert stats.ok, stats.errors
    aside = _set_aside(dirs[2])
    assert [a["evidence"] for a in aside] == [FEAR], "the shipped model no longer sets the fear aside: pick another"
    assert aside[0]["sentence_score"] < SET_ASIDE_BELOW
    eid = aside[0]["event_id"]  # articles.json names it, so an analyst's decision can
    assert eid.startswith(f"{ARTICLE}-e") and eid not in before
    assert len(before) == 1  # the shelling
    line = _restore(dirs, pipeline, eid, reason="the residents saw the clashes", reviewed_at="2024-06-01T09:30:00+00:00")
    assert line == 2
    stats, after = _build(dirs)
    assert stats.ok, stats.errors
    e = after[eid]
    assert (e["review_status"], e["reviewed_by"], e["reviewed_at"]) == ("confirmed", "analyst R",
                                                                        "2024-06-01T09:30:00+00:00")
    assert "restored" in e["review_reason"] and "the residents saw the clashes" in e["review_reason"]
    assert e["rule"] == aside[0]["rule"] and e["rule"].startswith("trigger:")  # the rules' trigger and pattern
    assert (e["evidence"], e["sub_event_type"], e["place_id"]) == (FEAR, aside[0]["sub_event_type"],
                                                                    aside[0]["place_id"])
    assert "sentence_score" not in e
    from mapapp.reviewtext import decision_words  # the popup's review line says so

    assert decision_words(e) == "confirmed by analyst R on 1 Jun 2024 09:30 UTC, restored from the set-aside list"
    assert set(after) == {*before, eid}  # the shelling as it was, and the restored clash
    summary = json.loads((dirs[2] / "reviews.json").read_text(encoding="utf-8"))
    assert summary["problems"] == [] and [r["event_id"] for r in summary["restored"]] == [eid]
    assert _set_aside(dirs[2])[0]["event_id"] == eid  # still listed as the model set it aside
    # a rebuild from the cache, and one from nothing, draw it the same; so do two processes
    stats, cached = _build(dirs)
    assert stats.cached == 1 and cached[eid] == e
    files = _outputs(dirs[2])
    stats, forced = _build(dirs, force=True)
    assert stats.processed == 1 and forced[eid] == e
    other = dirs[2].parent / "out2"
    _build(dirs, out=other, jobs=2)
    assert _outputs(other) == files


def test_an_unknown_or_stale_restore_is_an_orphan_with_its_line(dirs, pipeline):
    _build(dirs)
    eid = _set_aside(dirs[2])[0]["event_id"]
    _restore(dirs, pipeline, eid)
    _restore(dirs, pipeline, f"{ARTICLE}-e00000000")
    # the fear is told in other words: still set aside, under another id
    (dirs[0] / f"{ARTICLE}.txt").write_text(REPORT.replace("منازلهم", "بيوتهم"), encoding="utf-8")
    stats, after = _build(dirs)
    new = _set_aside(dirs[2])
    assert len(new) == 1 and new[0]["event_id"] != eid
    orphans = [e for e in stats.errors if e["kind"] == "review"]
    assert [e["line"] for e in orphans] == [2, 3]
    assert all("orphan decision" in e["reason"] and e["path"].endswith("reviews.csv") for e in orphans)
    # never applied to another event: the new set-aside clash is not drawn
    assert new[0]["event_id"] not in after and all("يخشى" not in p["evidence"] for p in after.values())
    # a decision other than restore on a set-aside event says so (it is not drawn until restored)
    record_decision(dirs[1] / "reviews.csv", new[0]["event_id"], "confirm", reviewed_by="analyst R",
                    gazetteer=pipeline.gazetteer, actors=default_actors())
    stats, after = _build(dirs)
    problem = next(e for e in stats.errors if e["kind"] == "review" and e["line"] == 4)
    assert "set aside" in problem["reason"] and new[0]["event_id"] not in after


def test_set_aside_events_reach_merging_and_change_no_output_without_a_restore(dirs, pipeline, tmp_path):
    """The cache's merge part carries the set-aside events (the build merges them when restored);
    without a restore decision, the outputs are the bytes of a build with no decision file at all,
    in one process or two."""
    stats, evs = _build(dirs)
    cache = ResultCache(dirs[2] / CACHE_NAME)
    try:
        merge, _ = decode(cache.read(cache.entries[ARTICLE]), cache.entries[ARTICLE])
    finally:
        cache.close()
    assert [e["evidence"] for e in merge["set_aside"]] == [FEAR]
    plain = _outputs(dirs[2])
    shelling = next(iter(evs))
    (dirs[1] / "reviews.csv").write_text("event_id,decision,changes,merged_into,reason,reviewed_by,reviewed_at\n",
                                         encoding="utf-8")
    _build(dirs)
    assert _outputs(dirs[2]) == plain  # (the manifest, not compared, lists the decision file's hash)
    # decisions that restore nothing leave the set-aside event where it is
    record_decision(dirs[1] / "reviews.csv", shelling, "confirm", reviewed_by="analyst R",
                    gazetteer=pipeline.gazetteer, actors=default_actors())
    stats, after = _build(dirs)
    assert stats.ok and set(after) == {shelling} and "restored" not in json.loads(
        (dirs[2] / "reviews.json").read_text(encoding="utf-8"))
    _build(dirs, out=tmp_path / "two", jobs=2)
    assert _outputs(tmp_path / "two") == _outputs(dirs[2])


def test_an_analyst_restores_a_set_aside_event_from_the_articles_view(dirs, monkeypatch, restore_folium):
    from streamlit.testing.v1 import AppTest

    seeds, curated, out = dirs
    _build(dirs)
    eid = _set_aside(out)[0]["event_id"]
    for k, v in {"QMAP_SEEDS": seeds, "QMAP_GEO": ROOT / "geo", "QMAP_OUT": out, "QMAP_CURATED": curated,
                 "QMAP_TILES": "none", "QMAP_SKIP_BUILD": "0"}.items():
        monkeypatch.setenv(k, str(v))
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=120)
    at.query_params["view"] = "Articles"
    at.query_params["article"] = ARTICLE
    at.run()
    assert not at.exception
    assert [o for o in at.selectbox(key="aside_event").options if o.endswith(f"[{eid}]")]  # (as labelled)
    assert at.selectbox(key="aside_event").value is None  # nothing chosen for the analyst
    assert at.button(key="aside_restore").disabled
    at.selectbox(key="aside_event").set_value(eid).run()
    at.text_input(key="aside_who").set_value("analyst R").run()
    at.text_input(key="aside_reason").set_value("<b>seen</b> by the residents").run()
    at.button(key="aside_restore").click().run()
    assert not at.exception, at.exception
    rows = (curated / "reviews.csv").read_text(encoding="utf-8").splitlines()
    assert len(rows) == 2 and rows[1].startswith(f"{eid},restore,,,<b>seen</b> by the residents,analyst R,")
    said = " ".join(s.value for s in at.success)
    assert "Restored" in said and "line 2" in said and "<b>" not in said
    feats = json.loads((out / "events.geojson").read_text(encoding="utf-8"))["features"]  # rebuilt by the app
    drawn = next(f["properties"] for f in feats if f["properties"]["event_id"] == eid)
    assert drawn["reviewed_by"] == "analyst R" and drawn["review_status"] == "confirmed"
    table = next(d.value for d in at.dataframe if "sentence score" in d.value.columns)
    assert "analyst R" in str(table.loc[table["sentence"] == FEAR, "restored"].iloc[0])


def test_the_build_report_and_manifest_count_the_set_aside(dirs):
    stats, _ = _build(dirs)
    out = dirs[2]
    assert stats.set_aside == len(_set_aside(out)) == 1
    report = (out / "report.md").read_text(encoding="utf-8")
    assert "set aside by screening: 1" in report
    assert json.loads((out / "manifest.json").read_text(encoding="utf-8"))["counts"]["set_aside"] == 1
    # a second build from the cache counts them again
    again, _ = _build(dirs)
    assert again.cached == 1 and again.set_aside == 1
