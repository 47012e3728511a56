"""Restoring an event the sentence model set aside (``pipeline/screening.py``): an analyst's
``restore`` row in ``curated/reviews.csv`` puts it back among its article's events, and the build
draws it as the analyst's, with who and when; a restore whose event is no longer set aside is an
orphan; without a restore the set-aside events change no output byte.

The report is written for these tests: a shelling told with its day, then the residents' fear of
fighting (the rules make a clash of it, the shipped model sets it aside), then a statement.
"""

from __future__ import annotations

import html
import json
import re
from pathlib import Path

import pytest
from conftest import articles_view, build_drawn, one_report

from pipeline.actors import default_actors
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
    return one_report(tmp_path, ARTICLE, REPORT, META)


def _build(dirs, out: Path | None = None, **kw):
    return build_drawn(dirs, out, **kw)


def _outputs(out: Path) -> dict[str, bytes]:
    """The published files but the manifest and the report (they count cached articles) and the cache folder
    (the records, and the merge state and notes beside them, which a build with decisions does not keep)."""
    return {k: v for k, v in canonical_outputs(out).items() if not k.startswith("cache/")}


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

    assert decision_words(e) == ("confirmed by analyst R on 1 Jun 2024 09:30 UTC, restored from the set-aside list; "
                               "reason: the residents saw the clashes")
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
    seeds, curated, out = dirs
    _build(dirs)
    eid = _set_aside(out)[0]["event_id"]
    at = _articles_view(dirs, monkeypatch, skip_build=False)  # the app rebuilds after the restore
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
    table = _set_aside_markup(at)
    row = next(r for r in table.split("<tr") if html.escape(FEAR) in r)
    assert "<th>Restored</th>" in table and "by analyst R on " in row  # who restored it, in its own row
    # a restored row says it is drawn, confirmed by whom, and why (the reason typed, escaped)
    assert "drawn on the map, confirmed by analyst R on " in row
    assert "&lt;b&gt;seen&lt;/b&gt; by the residents" in row and "<b>seen</b>" not in row
    # to correct it (drawn as the rules made it), a link to the event in Review, in the row and after the restore
    review = html.escape(f"?view=Review&review={eid}")
    assert f'href="{review}"' in row
    assert f"(?view=Review&review={eid})" in said
    caption = " ".join(c.value for c in at.caption)
    assert "Not drawn on the map or counted." not in caption and "restored" in caption


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


# --------------------------------------------------------------------------- the set-aside list, readable

#: The residents' fear told with "since last month", and the same fear of a second village's residents: the
#: rules date both from the month before publication to the day of publication (an approximate date, not the
#: bare first of the month), and both are set aside.
SINCE = (FEAR + " منذ الشهر الماضي. "
         "ويخشى سكان قرية تل حبش كذلك أن تصبح منازلهم هدفا للقصف والاشتباكات منذ الشهر الماضي")


def _set_aside_markup(at) -> str:
    """The set-aside list as the Articles view draws it (the HTML of its table)."""
    found = [m.value for m in at.markdown if 'class="qaside"' in m.value]
    assert len(found) == 1, [m.value[:80] for m in at.markdown]
    return found[0]


def _articles_view(dirs, monkeypatch, skip_build: bool = True):
    return articles_view(dirs, monkeypatch, ARTICLE, skip_build)


def test_the_set_aside_list_shows_each_sentence_in_full_in_plain_words(dirs, monkeypatch, restore_folium):
    """Probe: the set-aside table (st.dataframe) cut the Arabic sentence so that its beginning was not seen
    and put the rule off-screen; its heading read "1 set aside: the rules made them"; its caption spoke of a
    sentence model; "since last month" showed as a bare 2022-02-01. The list is a table of its own: the
    sentence first, whole, right-to-left; the rule beside it; the date as the approximate date it is; the
    heading in the singular or plural; set aside explained in plain words."""
    _build(dirs)
    aside = _set_aside(dirs[2])
    assert [a["evidence"] for a in aside] == [FEAR]
    at = _articles_view(dirs, monkeypatch)
    assert not [d for d in at.dataframe if "sentence score" in d.value.columns]  # (it cut the sentence)
    label = next(e.label for e in at.expander if "set aside" in e.label)
    assert label.startswith("1 event set aside: the rules found it, but its sentence reads"), label
    said = " ".join(c.value for c in at.caption)
    assert "background, a statement, a fear or a recap rather than news of a new event" in said
    assert "most such events are wrong" in said and "restore" in said
    table = _set_aside_markup(at)
    row = table.split("<tbody>", 1)[1]
    sentence = re.search(r'<td class="qaside-sentence"><div ([^>]*)>(.*?)</div></td>', row)
    assert sentence and sentence.group(2) == html.escape(FEAR) and 'dir="rtl"' in sentence.group(1)
    rule = html.escape(aside[0]["rule"]).replace("/", "/<wbr>")  # (it may break after a slash)
    assert row.index(html.escape(FEAR)) < row.index(rule)  # sentence first, rule beside
    assert re.search(r"<br>\d{1,2} Mar 2022<br>", row) and "2022-03" not in row  # a day, in words
    # told "since last month", the fears are dated from February to the day of the report, and say so
    (dirs[0] / f"{ARTICLE}.txt").write_text(REPORT.replace(FEAR, SINCE), encoding="utf-8")
    _build(dirs)
    aside = _set_aside(dirs[2])
    assert len(aside) == 2 and {(a["date_from"], a["date_to"]) for a in aside} == {("2022-02-01", "2022-03-12")}
    at = _articles_view(dirs, monkeypatch)
    label = next(e.label for e in at.expander if "set aside" in e.label)
    assert label.startswith("2 events set aside: the rules found them, but their sentences read"), label
    table = _set_aside_markup(at)
    assert table.count("1 Feb – 12 Mar 2022 (range)") == 2 and "2022-02-01" not in table
    assert at.selectbox(key="aside_event").options  # the restore form is offered


def test_a_month_and_a_day_read_as_what_they_are():
    from mapapp.articleview import date_words

    month = {"event_date": "2026-11-01", "date_from": "2026-11-01", "date_to": "2026-11-30", "time_precision": 3}
    assert date_words(month) == "Nov 2026 (month)"
    assert date_words({**month, "date_to": "2026-11-01"}) == "Nov 2026 (month)"  # a month by its first day
    day = {"event_date": "2021-04-20", "date_from": "2021-04-20", "date_to": "2021-04-20", "time_precision": 1}
    assert date_words(day) == "20 Apr 2021"
    assert date_words({**day, "time_precision": 2}) == "about 20 Apr 2021"
    assert date_words({**day, "date_to": "2021-04-23", "time_precision": 2}) == "20–23 Apr 2021 (range)"
    assert date_words({**day, "date_from": "2020-12-30", "time_precision": 2}) == "30 Dec 2020 – 20 Apr 2021 (range)"
    assert date_words({}) == "date unknown"


def test_every_article_string_in_the_set_aside_list_is_escaped():
    from mapapp.articleview import set_aside_html, set_aside_table

    hostile = '<img src=x onerror="alert(1)"> هجوم\n\n![x](https://example.org/x.png)'
    art = {"set_aside": [{k: hostile for k in ("event_type", "sub_event_type", "location", "evidence", "rule",
                                                "event_id", "confidence")}
                         | {"sentence_score": 0.01, "fatalities": 2, "date_from": "<i>", "date_to": "<i>"}]}
    markup = set_aside_html(set_aside_table(art, {hostile: {"event_id": hostile, "reviewed_by": hostile,
                                                             "review_reason": hostile}}))
    assert "<img" not in markup and "<i>" not in markup and "&lt;img src=x" in markup
    assert "\n" not in markup  # one HTML block: a blank line in the data never ends it


def test_the_set_aside_headings_agree_in_number():
    from mapapp.articleview import set_aside_heading

    assert set_aside_heading(1) == "1 event set aside: the rules found it, but its sentence reads as no new event"
    assert set_aside_heading(3).startswith("3 events set aside: the rules found them, but their sentences read")
    assert set_aside_heading(1, more=True).startswith("1 more event set aside: the rules found it")  # Add report


def test_the_articles_view_opens_on_the_newest_article_of_the_range_shown():
    """Probe: with December 2026 shown, the Articles view opened on the 2021 seed (the first article of the
    build). It opens on the newest article published within the date range; with none there, on the newest."""
    import datetime as dt

    from mapapp.articleview import opening_article

    arts = [{"id": "old2021", "published": "2021-04-26"}, {"id": "dec1", "published": "2026-12-01"},
            {"id": "dec5", "published": "2026-12-05T08:00:00+03:00"}, {"id": "nov", "published": "2026-11-20"},
            {"id": "undated", "published": ""}]
    december = (dt.date(2026, 12, 1), dt.date(2026, 12, 31))
    assert opening_article(arts, *december) == "dec5"
    assert opening_article(arts, dt.date(2026, 11, 1), dt.date(2026, 11, 30)) == "nov"
    assert opening_article(arts, dt.date(2023, 1, 1), dt.date(2023, 12, 31)) == "dec5"  # none in 2023: the newest
    assert opening_article(arts, *december, chosen="old2021") == "old2021"  # the link names one
    assert opening_article(arts, *december, chosen="gone") == "dec5"
    assert opening_article([], *december) is None
