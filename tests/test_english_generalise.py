"""English rules meant to generalise (issue 10): general mechanisms rather than phrases.

Tolls bound through a determiner or possessive, the agent of a participle that is not the
trigger's, events far outside the map's area. Every sentence was written for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import english_events

from pipeline.records import Article

WED = dt.date(2022, 11, 23)  # a Wednesday


_events = english_events(WED)


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

@pytest.mark.parametrize("sentence, place", [
    # a town of north-east Syria the gazetteer holds (its own cited point): the event is drawn there
    ("A Turkish drone struck a motorbike near the town of Kobani on Monday, killing its rider.", "kobani"),
    ("Unknown gunmen killed a tribal elder in Deir ez-Zor on Monday.", "deir_ez_zor"),
    # a far place the gazetteer lacks: no event of this map
    ("Turkish jets bombed hideouts in the mountains of northern Iraq on Monday.", None),
])
def test_event_far_outside_the_area_is_not_placed_at_the_article_town(pipeline, sentence, place):
    text = "Qamishli – Turkish artillery shelled two villages west of Amuda on Monday.\n" + sentence
    events = _events(pipeline, text)
    assert [e.place_id for e in events] == ["amuda_countryside"] + ([place] if place else [])


def test_government_named_by_its_capital_is_no_place(pipeline):
    (ev,) = _events(pipeline, "The SDF and Damascus agreed on Monday to a ceasefire in Qamishli.")
    assert ev.place_id == "qamishli"


def test_an_area_place_in_the_clause_keeps_the_event(pipeline):
    (ev,) = _events(pipeline, "A drone launched from Iraq struck a car in Amuda on Monday.")
    assert ev.place_id == "amuda"


def test_a_dateline_town_does_not_place_a_far_event(pipeline):
    events = _events(pipeline, "QAMISHLI (Test outlet) – Turkish jets bombed hideouts in northern Iraq on Monday.")
    assert events == []


# ---------------------------------------------------------------- dates of a noun, the future

def test_a_possessive_date_does_not_date_the_next_sentence(pipeline):
    text = ("Hundreds of people rallied in Qamishli on Tuesday against the strikes. Many held photos of "
            "those killed in last week's bombardment.\nIn Amuda, a second crowd marched to the town hall.")
    events = _events(pipeline, text)
    assert [(e.sub_event_type, e.place_id, e.event_date.isoformat()) for e in events] == [
        ("Peaceful protest", "qamishli", "2022-11-22"), ("Peaceful protest", "amuda", "2022-11-22")]


@pytest.mark.parametrize("sentence", [
    "The council's spokesman said in Qamishli on Tuesday that the protests would go on until Friday.",
    "Local officials warned on Tuesday that clashes in the Tayy neighbourhood could resume at any moment.",
])
def test_what_is_said_of_the_future_is_no_event(pipeline, sentence):
    assert _events(pipeline, sentence) == []


def test_a_funeral_does_not_place_the_killing(pipeline):
    text = ("In Amuda, crowds buried three Asayish members who died on Sunday.\n"
            "The three were killed when a Turkish drone struck their car near Tal Tamr on Sunday.")
    events = _events(pipeline, text)
    assert [(e.sub_event_type, e.place_id, e.fatalities) for e in events] == [
        ("Air/drone strike", "tall_tamr", 3)]


# ---------------------------------------------------------------- one act told against another

def test_a_definite_trigger_set_against_another_event_refers_back(pipeline):
    text = ("Asayish units detained six men in Amuda on Tuesday. The detentions came a day after the "
            "arrival on Monday of some 60 SDF fighters and coalition vehicles in Amuda.")
    events = _events(pipeline, text)
    assert sorted((e.sub_event_type, e.event_date.isoformat()) for e in events) == [
        ("Arrests", "2022-11-22"), ("Change to group/activity", "2022-11-21")]


@pytest.mark.parametrize("sentence, n", [
    ("About 70 SDF fighters arrived in Amuda on Tuesday.", 1),
    ("A delegation of tribal elders arrived in Qamishli on Tuesday.", 0),
])
def test_only_forces_arriving_are_a_deployment(pipeline, sentence, n):
    assert len(_events(pipeline, sentence)) == n


def test_a_headline_event_told_again_in_the_body_takes_the_body_place(pipeline):
    text = ("Raids in Amuda as reinforcements arrive\n"
            "Asayish units detained six men in Amuda on Tuesday. The raids came after the arrival on "
            "Monday of 60 SDF fighters in Tal Tamr.")
    deploy = [e for e in _events(pipeline, text) if e.sub_event_type == "Change to group/activity"]
    assert [(e.place_id, e.event_date.isoformat()) for e in deploy] == [("tall_tamr", "2022-11-21")]


# ---------------------------------------------------------------- bodies named after places

@pytest.mark.parametrize("text", [
    "The shelling was reported by Syria TV on Tuesday.",
    "A commander of the Tal Tamr Military Council told reporters on Tuesday that the front was calm.",
])
def test_outlet_or_group_names_are_no_places(pipeline, text):
    res = pipeline.process(Article("eng", "eng.txt", text, WED, "Test outlet", "en"))
    assert [m.place_id for m in res.mentions] == []


def test_a_lowercase_council_of_a_town_still_names_it(pipeline):
    res = pipeline.process(Article("eng", "eng.txt", "The Tal Tamr military council met on Tuesday.", WED, "T", "en"))
    assert [m.place_id for m in res.mentions] == ["tall_tamr"]


def test_a_relative_clause_dates_its_noun(pipeline):
    events = _events(pipeline, "A shepherd died on Tuesday of wounds he suffered in a blast that tore through a "
                               "market in Amuda on Saturday.")
    assert [e.event_date.isoformat() for e in events] == ["2022-11-19"]


# ---------------------------------------------------------------- arrests, gatherings, watching drones

def test_taken_away_and_held_for_questioning_are_arrests(pipeline):
    text = "In Amuda, six men were taken away on Tuesday, while in Tal Tamr two others were held for questioning."
    events = _events(pipeline, text)
    assert sorted((e.sub_event_type, e.place_id) for e in events) == [("Arrests", "amuda"), ("Arrests", "tall_tamr")]


@pytest.mark.parametrize("sentence, n", [
    ("Dozens of teachers gathered outside the education office in Amuda on Tuesday demanding unpaid wages.", 1),
    ("Relatives gathered at the hospital in Amuda on Tuesday.", 0),
])
def test_a_gathering_is_a_protest_only_with_a_demand(pipeline, sentence, n):
    assert len(_events(pipeline, sentence)) == n


def test_a_gathering_after_a_protest_in_the_same_city_is_that_protest(pipeline):
    text = ("Hundreds of people protested in Qamishli on Tuesday against the new taxes. In Qamishli, the crowd "
            "gathered at the Wahda roundabout.")
    events = _events(pipeline, text)
    assert [e.sub_event_type for e in events] == ["Peaceful protest"]


def test_drones_watching_an_operation_are_no_strike(pipeline):
    text = "The Asayish detained four men in Amuda on Tuesday in an operation watched over by coalition drones."
    assert [e.sub_event_type for e in _events(pipeline, text)] == ["Arrests"]


def test_a_takeover_after_since_opens_a_span(pipeline):
    text = "Water has been cut 12 times since Turkish-backed factions seized the area in October 2019."
    assert _events(pipeline, text) == []


def test_the_town_around_an_earlier_event_refers_back(pipeline):
    text = ("Russian military police arrived at Qamishli airport on Tuesday with two helicopters. "
            "Moscow said the deployment in Qamishli would protect the joint patrols.")
    events = _events(pipeline, text)
    assert len(events) == 1 and events[0].sub_event_type == "Change to group/activity"
