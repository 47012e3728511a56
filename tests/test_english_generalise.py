"""English rules meant to generalise (issue 10): general mechanisms rather than phrases.

Tolls bound through a determiner or possessive, the agent of a participle that is not the
trigger's, events far outside the map's area. Every sentence was written for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

from pipeline.records import Article

WED = dt.date(2022, 11, 23)  # a Wednesday


def _events(pipeline, text: str, published: dt.date = WED):
    return pipeline.process(Article("eng", "eng.txt", text, published, "Test outlet", "en")).events


# ---------------------------------------------------------------- tolls after a determiner

@pytest.mark.parametrize("sentence, dead", [
    ("A Turkish drone hit a pickup outside Amuda on Monday, killing its four occupants.", 4),
    ("Gunmen broke into a farmhouse near Tal Tamr on Monday and shot dead the two brothers living there.", 2),
    ("Turkish artillery shelled a village west of Amuda on Monday, killing their three children.", 3),
    # no number after the determiner: no toll invented
    ("A Turkish drone hit a pickup outside Amuda on Monday, killing its driver.", 1),
])
def test_toll_after_a_determiner(pipeline, sentence, dead):
    (ev,) = _events(pipeline, sentence)
    assert ev.fatalities == dead


# ---------------------------------------------------------------- a participle's agent

def test_by_after_an_active_trigger_is_not_its_agent(pipeline):
    (ev,) = _events(pipeline, "Government forces took over the checkpoints abandoned by the SDF in Tal Tamr on Monday.")
    assert ev.actor1_id == "syria_gov" or ev.inter1 == 1
    assert ev.sub_event_type == "Government regains territory"


def test_passive_by_is_still_the_agent(pipeline):
    (ev,) = _events(pipeline, "Two SDF fighters were killed by a Turkish drone near Amuda on Monday.")
    assert ev.actor1_id == "turkey"


# ---------------------------------------------------------------- far outside the area

@pytest.mark.parametrize("sentence", [
    "A Turkish drone struck a motorbike near the town of Kobani on Monday, killing its rider.",
    "Turkish jets bombed hideouts in the mountains of northern Iraq on Monday.",
    "Unknown gunmen killed a tribal elder in Deir ez-Zor on Monday.",
])
def test_event_far_outside_the_area_is_not_placed_at_the_article_town(pipeline, sentence):
    text = "Qamishli – Turkish artillery shelled two villages west of Amuda on Monday.\n" + sentence
    events = _events(pipeline, text)
    assert [e.place_id for e in events] == ["amuda_countryside"]


def test_government_named_by_its_capital_is_no_place(pipeline):
    (ev,) = _events(pipeline, "The SDF and Damascus agreed on Monday to a ceasefire in Qamishli.")
    assert ev.place_id == "qamishli"


def test_an_area_place_in_the_clause_keeps_the_event(pipeline):
    (ev,) = _events(pipeline, "A drone launched from Iraq struck a car in Amuda on Monday.")
    assert ev.place_id == "amuda"


def test_a_dateline_town_does_not_place_a_far_event(pipeline):
    events = _events(pipeline, "QAMISHLI (Test outlet) – Turkish jets bombed hideouts in northern Iraq on Monday.")
    assert events == []
