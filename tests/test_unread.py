"""Sentences no rule read (``pipeline/unread.py``) and the events analysts add from them.

The stage lists the sentences the sentence model reads as telling an event and that no event comes
from; an analyst's ``add`` row in ``curated/reviews.csv`` makes an event of one, drawn with the
sentence as its evidence and who added it; the Articles view lists them and holds the form.

The reports are written for these tests: a clash the rules read, then an arson no Arabic rule reads
(a notable's house set on fire in Tall Hamis the evening before), then a statement.
"""

from __future__ import annotations

import datetime as dt
import html
import json
from pathlib import Path

import pytest
from conftest import articles_view, build_drawn, one_report

from pipeline.actors import default_actors
from pipeline.articles import load_article
from pipeline.core import Pipeline
from pipeline.incremental import canonical_outputs
from pipeline.reviews import ADDED_RULE, ReviewError, check_row, record_decision
from pipeline.unread import UNREAD_FROM

CLASH = "اندلعت اشتباكات عنيفة بين الأسايش وقوات الدفاع الوطني في حي طي بالقامشلي اليوم الثلاثاء"
ARSON = "وفي سياق متصل، أقدم مجهولون على إحراق منزل أحد الوجهاء في قرية تل حميس مساء أمس"
REPORT = f"{CLASH}.\n{ARSON}.\nوقال مصدر محلي إن التوتر لا يزال قائماً في المدينة.\n"
META = 'title = "اشتباكات في القامشلي"\nsource = "Test Outlet"\npublished = 2021-04-20\nlanguage = "ar"\n'
ARTICLE = "unr1"
#: An English report whose second sentence tells casualties at a village in words no English rule reads.
EN_CASUALTIES = "There were casualties as well in the village of Tal Baydar on Monday, a local outlet reported."
EN_REPORT = ("Clashes in Qamishli\n"
             "SDF and Asayish forces clashed with NDF gunmen in the Tayy neighbourhood of Qamishli on Tuesday, "
             f"local sources said.\n{EN_CASUALTIES}\nThe situation remains tense.\n")


def _result(pipeline: Pipeline, text: str, tmp_path: Path, published=dt.date(2021, 4, 20)):
    path = tmp_path / "a.txt"
    path.write_text(text, encoding="utf-8")
    return pipeline.process(load_article(path, published=published, require_metadata=False)).to_json()


def test_a_sentence_that_tells_an_event_no_rule_read_is_listed_with_its_hints(pipeline, tmp_path):
    j = _result(pipeline, REPORT, tmp_path)
    assert [e["evidence"] for e in j["events"]] == [CLASH]  # the rules read the clash only
    assert [u["evidence"] for u in j["unread"]] == [ARSON]
    u = j["unread"][0]
    assert REPORT[u["start"]:u["end"]] == ARSON
    assert u["sentence_score"] >= UNREAD_FROM
    # the place and day its own words give: Tall Hamis, "yesterday evening" of 20 April
    assert (u["place_id"], u["place_text"], u["date_from"], u["date_to"]) == ("tall_hamis", "تل حميس", "2021-04-19",
                                                                              "2021-04-19")
    assert u["event_id"].startswith("a-e") and u["event_id"] not in {e["event_id"] for e in j["events"]}


def test_english_unread_sentences_and_no_hint_when_the_words_give_none(pipeline, tmp_path):
    j = _result(pipeline, EN_REPORT, tmp_path, dt.date(2021, 4, 21))
    assert j["article"]["language"] == "en"
    assert [u["evidence"] for u in j["unread"]] == [EN_CASUALTIES]
    u = j["unread"][0]
    assert u["place_id"] == "" and u["place_text"] == ""  # Tal Baydar is not in the gazetteer: no place guessed
    assert u["date_from"] == "2021-04-19"  # Monday before a Wednesday


def test_sentences_events_come_from_are_never_listed(pipeline, tmp_path):
    """The clash's sentence, a toll's further sentence and a set-aside event's sentence are no unread ones;
    a statement and a short line are not listed either."""
    j = _result(pipeline, REPORT, tmp_path)
    taken = [(e["start"], e["end"]) for e in j["events"] + j["set_aside"]]
    taken += [tuple(x) for e in j["events"] for x in e["more_evidence"]]
    for u in j["unread"]:
        assert not any(a < u["end"] and b > u["start"] for a, b in taken)
    assert all("التوتر" not in u["evidence"] for u in j["unread"])
    # without screening too: the list does not depend on the screening stage
    bare = Pipeline(pipeline.gazetteer, screening=False)
    assert [u["evidence"] for u in _result(bare, REPORT, tmp_path)["unread"]] == [ARSON]


# --------------------------------------------------------------------------- adding an event

@pytest.fixture
def dirs(tmp_path):
    return one_report(tmp_path, ARTICLE, REPORT, META)


def _build(dirs, out: Path | None = None, **kw):
    return build_drawn(dirs, out, **kw)


def _unread(out: Path) -> list[dict]:
    arts = json.loads((out / "articles.json").read_text(encoding="utf-8"))
    return next(a for a in arts if a["id"] == ARTICLE)["unread"]


ARSON_VALUES = {"event_type": "Violence against civilians", "sub_event_type": "Attack", "date_from": "2021-04-19",
                "date_to": "2021-04-19", "place_id": "tall_hamis", "actor1_id": "", "fatalities": 0,
                "injuries": None}


def _add(dirs, pipeline, event_id: str, changes=None, **kw) -> int:
    return record_decision(dirs[1] / "reviews.csv", event_id, "add", reviewed_by=kw.pop("by", "analyst A"),
                           gazetteer=pipeline.gazetteer, actors=default_actors(),
                           changes=ARSON_VALUES if changes is None else changes, **kw)


def _outputs(out: Path) -> dict[str, bytes]:
    return {k: v for k, v in canonical_outputs(out).items() if not k.startswith("cache/")}


def test_an_added_event_is_drawn_with_its_sentence_and_who_added_it(dirs, pipeline):
    stats, before = _build(dirs)
    assert stats.ok, stats.errors
    unread = _unread(dirs[2])
    assert [u["evidence"] for u in unread] == [ARSON]
    sid = unread[0]["event_id"]
    assert sid.startswith(f"{ARTICLE}-e") and sid not in before
    _add(dirs, pipeline, sid, reason="an arson attack", reviewed_at="2024-06-01T09:30:00+00:00")
    stats, after = _build(dirs)
    assert stats.ok, stats.errors
    e = after[sid]
    assert (e["event_type"], e["sub_event_type"], e["date_from"], e["date_to"], e["place_id"]) == (
        "Violence against civilians", "Attack", "2021-04-19", "2021-04-19", "tall_hamis")
    assert e["location"] == pipeline.gazetteer.places["tall_hamis"].name_en and e["latitude"] is not None
    assert (e["evidence"], e["rule"], e["confidence"], e["article_id"]) == (ARSON, ADDED_RULE, "high", ARTICLE)
    assert REPORT[e["start"]:e["end"]] == ARSON  # the evidence's span in the article
    assert (e["review_status"], e["reviewed_by"], e["reviewed_at"]) == ("confirmed", "analyst A",
                                                                        "2024-06-01T09:30:00+00:00")
    assert "added by an analyst" in e["review_reason"] and "an arson attack" in e["review_reason"]
    assert e["fatalities"] == 0 and e.get("injuries") is None
    assert set(after) == {*before, sid}  # the clash as it was, and the added event
    summary = json.loads((dirs[2] / "reviews.json").read_text(encoding="utf-8"))
    assert summary["problems"] == [] and [(a["event_id"], a["sentence_id"], a["reviewed_by"])
                                          for a in summary["added"]] == [(sid, sid, "analyst A")]
    # a rebuild from the cache, one from nothing and one in two processes draw it the same
    files = _outputs(dirs[2])
    stats, cached = _build(dirs)
    assert stats.cached == 1 and cached[sid] == e
    stats, forced = _build(dirs, force=True)
    assert stats.processed == 1 and forced[sid] == e
    other = dirs[2].parent / "out2"
    _build(dirs, out=other, jobs=2)
    assert _outputs(other) == files


def test_a_second_event_from_the_same_sentence_and_later_decisions_on_an_added_one(dirs, pipeline):
    _build(dirs)
    sid = _unread(dirs[2])[0]["event_id"]
    _add(dirs, pipeline, sid)
    looting = {**ARSON_VALUES, "event_type": "Strategic developments", "sub_event_type": "Looting/property destruction"}
    _add(dirs, pipeline, f"{sid}-2", looting, by="analyst B")
    stats, after = _build(dirs)
    assert stats.ok, stats.errors
    assert after[sid]["sub_event_type"] == "Attack" and after[f"{sid}-2"]["sub_event_type"] == "Looting/property destruction"
    assert after[f"{sid}-2"]["reviewed_by"] == "analyst B" and after[f"{sid}-2"]["evidence"] == ARSON
    # a correction of an added event applies on top of what was added; a rejection takes it off the map
    record_decision(dirs[1] / "reviews.csv", sid, "correct", reviewed_by="analyst C", gazetteer=pipeline.gazetteer,
                    actors=default_actors(), changes={"fatalities": 1})
    record_decision(dirs[1] / "reviews.csv", f"{sid}-2", "reject", reviewed_by="analyst C",
                    gazetteer=pipeline.gazetteer, actors=default_actors(), reason="the same act as the attack")
    stats, after = _build(dirs)
    assert stats.ok, stats.errors
    e = after[sid]
    assert (e["fatalities"], e["review_status"], e["reviewed_by"], e["sub_event_type"]) == (1, "corrected",
                                                                                             "analyst C", "Attack")
    # still said to be an analyst's event, and no value of it shown as the rules' extraction
    assert e["review_reason"].startswith("added by an analyst") and not e.get("extracted")
    assert f"{sid}-2" not in after
    summary = json.loads((dirs[2] / "reviews.json").read_text(encoding="utf-8"))
    assert {a["event_id"]: a["review_status"] for a in summary["added"]} == {sid: "corrected", f"{sid}-2": "rejected"}


def test_an_add_needs_type_days_and_place_and_an_unknown_sentence_is_an_orphan(dirs, pipeline):
    _build(dirs)
    sid = _unread(dirs[2])[0]["event_id"]
    with pytest.raises(ReviewError, match="place_id"):
        _add(dirs, pipeline, sid, {k: v for k, v in ARSON_VALUES.items() if k != "place_id"})
    assert not (dirs[1] / "reviews.csv").exists()  # nothing written
    review, problems = check_row({"event_id": sid, "decision": "add", "changes": "", "reviewed_by": "a",
                                  "reviewed_at": "2024-06-01T09:30"}, pipeline.gazetteer, default_actors())
    assert review is None and any("event_type" in p for p in problems)
    # a confirm may not carry changes, an add may
    _, problems = check_row({"event_id": sid, "decision": "confirm", "changes": "fatalities=1", "reviewed_by": "a",
                             "reviewed_at": "2024-06-01T09:30"}, pipeline.gazetteer, default_actors())
    assert any("only for decisions" in p for p in problems)
    _add(dirs, pipeline, f"{ARTICLE}-e00000000")  # a sentence no build lists
    stats, after = _build(dirs)
    orphan = next(e for e in stats.errors if e["kind"] == "review")
    assert orphan["line"] == 2 and "orphan decision" in orphan["reason"] and "unread" in orphan["reason"]
    assert f"{ARTICLE}-e00000000" not in after and sid not in after  # never drawn at another sentence


def test_unread_sentences_change_no_output_without_an_add(dirs, pipeline):
    """The list rides in the cache and articles.json; with a decision file that adds nothing, the events
    are those of a build with no decision file at all."""
    _, plain = _build(dirs)
    (dirs[1] / "reviews.csv").write_text("event_id,decision,changes,merged_into,reason,reviewed_by,reviewed_at\n",
                                         encoding="utf-8")
    _, with_file = _build(dirs)
    assert with_file == plain


# --------------------------------------------------------------------------- the Articles view

def _articles_view(dirs, monkeypatch, skip_build: bool = True):
    return articles_view(dirs, monkeypatch, ARTICLE, skip_build)


def _unread_markup(at) -> str:
    found = [m.value for m in at.markdown if 'class="qunread"' in m.value]
    assert len(found) == 1, [m.value[:80] for m in at.markdown]
    return found[0]


def test_an_analyst_adds_an_event_from_the_articles_view(dirs, monkeypatch, restore_folium):
    seeds, curated, out = dirs
    _build(dirs)
    sid = _unread(out)[0]["event_id"]
    at = _articles_view(dirs, monkeypatch, skip_build=False)  # the app rebuilds after the addition
    table = _unread_markup(at)
    assert html.escape(ARSON) in table and 'lang="ar"' in table and "تل حميس" in table
    assert at.selectbox(key="unread_sentence").value is None  # nothing chosen for the analyst
    at.selectbox(key="unread_sentence").set_value(sid).run()
    key = f"unread_{sid}_"
    assert at.selectbox(key=key + "place").value == "tall_hamis"  # the hint, which the analyst may change
    assert at.date_input(key=key + "from").value == dt.date(2021, 4, 19)
    assert at.button(key="unread_add").disabled  # no type yet, no name
    at.selectbox(key=key + "type").set_value("Violence against civilians").run()
    at.selectbox(key=f"{key}sub_Violence against civilians").set_value("Attack").run()
    at.text_input(key="unread_who").set_value("analyst A").run()
    at.text_input(key=key + "why").set_value("<b>arson</b> of a house").run()
    assert not at.button(key="unread_add").disabled
    at.button(key="unread_add").click().run()
    assert not at.exception, at.exception
    rows = (curated / "reviews.csv").read_text(encoding="utf-8").splitlines()
    assert len(rows) == 2 and rows[1].startswith(f"{sid},add,event_type=Violence against civilians; "
                                                 "sub_event_type=Attack; date_from=2021-04-19; date_to=2021-04-19; "
                                                 "place_id=tall_hamis;")
    said = " ".join(s.value for s in at.success)
    assert "Added" in said and "line 2" in said and "draws it now" in said and "<b>" not in said
    feats = json.loads((out / "events.geojson").read_text(encoding="utf-8"))["features"]
    drawn = next(f["properties"] for f in feats if f["properties"]["event_id"] == sid)
    assert (drawn["reviewed_by"], drawn["evidence"], drawn["rule"]) == ("analyst A", ARSON, ADDED_RULE)
    table = _unread_markup(at)
    assert "<th>Added</th>" in table and f"{sid} by analyst A" in table  # who added what from it
    assert at.selectbox(key="unread_sentence").value is None  # the form starts again empty


def test_the_unread_helpers_say_what_is_missing_and_escape_the_article():
    from mapapp.unreadview import add_values, new_event_id, unread_heading, unread_html, unread_table

    assert unread_heading(1) == "1 sentence reads as an event, but no rule read it"
    assert unread_heading(3) == "3 sentences read as an event, but no rule read them"
    assert new_event_id("a-e1", set()) == "a-e1"
    assert new_event_id("a-e1", {"a-e1", "a-e1-2"}) == "a-e1-3"
    values, needs = add_values(event_type=None, sub_event_type=None, date_from=dt.date(2021, 4, 20),
                               date_to=dt.date(2021, 4, 19), place_id=None)
    assert needs == ["an event type", "a sub-event type", "To on or after From", "a place"]
    values, needs = add_values(event_type="Battles", sub_event_type="Armed clash", date_from=dt.date(2021, 4, 19),
                               date_to=dt.date(2021, 4, 19), place_id="tayy", fatalities=None)
    assert needs == [] and values["fatalities"] == 0 and values["injuries"] is None
    art = {"unread": [{"event_id": "x-e1", "evidence": '<script>alert("x")</script> قتل', "sentence_score": 0.7,
                       "place_text": "<i>", "date_from": None, "date_to": None}]}
    markup = unread_html(unread_table(art))
    assert "<script>" not in markup and "&lt;script&gt;" in markup and "&lt;i&gt;" in markup


def test_the_index_counts_each_articles_unread_sentences_and_the_app_names_them(dirs, monkeypatch, restore_folium):
    """articles_index.json carries each article's count (the app reads no article's item to know it); the
    Articles chooser says which articles hold some, and the Review page says how many, with a link."""
    from mapapp.articlestore import ArticleStore
    from mapapp.unreadview import article_label, review_note, unread_counts

    seeds, curated, out = dirs
    (seeds / "unr0.txt").write_text(f"{CLASH}.\n", encoding="utf-8")  # a report the rules read whole
    (seeds / "unr0.toml").write_text(META.replace("2021-04-20", "2021-04-19"), encoding="utf-8")
    _build(dirs)
    index = json.loads((out / "articles_index.json").read_text(encoding="utf-8"))
    assert {i["id"]: i["unread_count"] for i in index} == {"unr0": 0, ARTICLE: 1}
    store = ArticleStore.open(out)
    assert store is not None
    counts = unread_counts(store.articles)
    assert unread_counts(json.loads((out / "articles.json").read_text(encoding="utf-8"))) == counts  # read whole
    assert {k: v.sentences for k, v in counts.items()} == {ARTICLE: 1}
    assert article_label({"id": "x", "published": "2021-04-20", "source": "S", "title": "T"}, 2) == \
        "2021-04-20 · S · \u2068T\u2069 · 2 sentences no rule read"
    # a sentence an event was added from is no longer open
    added = {"added": [{"event_id": f"{ARTICLE}-e0000abcd", "sentence_id": f"{ARTICLE}-e0000abcd",
                        "review_status": "confirmed"}]}
    assert unread_counts(store.articles, added) == {}
    added["added"][0]["review_status"] = "rejected"
    assert unread_counts(store.articles, added) == counts
    note = review_note(counts, dt.date(2021, 4, 20), dt.date(2021, 4, 30))
    assert note.startswith("**1 sentence in 1 article**") and f"article={ARTICLE}" in note
    assert review_note(counts, dt.date(2021, 4, 21), dt.date(2021, 4, 30)) is None  # published before the dates
    at = _articles_view(dirs, monkeypatch)
    chooser = next(s for s in at.selectbox if s.label == "Article")
    assert any("1 sentence no rule read" in o for o in chooser.options)
    at.radio(key="view_radio").set_value("Review").run()
    assert not at.exception, at.exception
    said = [i.value for i in at.info if "no rule read them" in i.value]
    assert len(said) == 1 and said[0].startswith("**1 sentence in 1 article**"), [i.value[:80] for i in at.info]


def test_unread_spans_hold_with_invisible_characters_in_the_text(pipeline, tmp_path):
    # a zero-width space in the headline: every span is an offset into the text as read
    text = "Clashes in Qami\u200bshli\n" + EN_REPORT.split("\n", 1)[1]
    j = _result(pipeline, text, tmp_path, dt.date(2021, 4, 21))
    assert [u["evidence"] for u in j["unread"]] == [EN_CASUALTIES]
    assert all(text[u["start"]:u["end"]] == u["evidence"] for u in j["unread"])


def test_one_sentence_id_is_added_once_and_a_hand_written_second_add_is_reported(dirs, pipeline):
    _build(dirs)
    sid = _unread(dirs[2])[0]["event_id"]
    _add(dirs, pipeline, sid)
    # a second analyst working from a page built before the first add: refused, nothing written
    with pytest.raises(ReviewError, match="added as"):
        _add(dirs, pipeline, sid, by="analyst B")
    from pipeline.reviews import added_ids

    assert added_ids(dirs[1] / "reviews.csv") == {sid}
    path = dirs[1] / "reviews.csv"
    row = path.read_text(encoding="utf-8").splitlines()[1]
    path.write_text(path.read_text(encoding="utf-8") + row.replace("analyst A", "analyst B") + "\n", encoding="utf-8")
    stats, after = _build(dirs)  # the same id twice, by hand: the later row in force, the earlier one reported
    problem = next(e for e in stats.errors if e["kind"] == "review")
    assert problem["line"] == 3 and "second add" in problem["reason"] and after[sid]["reviewed_by"] == "analyst B"


def test_an_add_naming_an_event_the_rules_draw_changes_nothing(dirs, pipeline):
    _, before = _build(dirs)
    (clash,) = [k for k, v in before.items() if v.get("article_id") == ARTICLE]
    _add(dirs, pipeline, clash, {**ARSON_VALUES, "fatalities": 5})
    stats, after = _build(dirs)
    problem = next(e for e in stats.errors if e["kind"] == "review")
    assert "an event the rules draw" in problem["reason"]
    assert after[clash]["review_status"] == "unreviewed" and after[clash]["fatalities"] == before[clash]["fatalities"]
