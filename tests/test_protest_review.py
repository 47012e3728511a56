"""Protests, crowds and handovers a reviewer found misread (review of the day's protest and English
rules): a protest with a day or town of its own told after a killing, a protester killed at a
protest, a march's destination, a strike by shopkeepers beside an air strike, bodies handed over.

Every sentence here was written for these tests; none is copied from an outlet or from the
evaluation reports.
"""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import english_events

PROTEST = ("Protests", "Peaceful protest")

_english = english_events(dt.date(2022, 3, 9))


def _kinds(events) -> list[tuple[str, str, str | None]]:
    return sorted((e.event_type, e.sub_event_type, e.place_id) for e in events)


# --------------------------------------------------------------------------- a crowd told after a killing


def test_a_protest_with_its_own_day_told_after_a_killing_is_news_of_its_own(run_text):
    events = run_text("قتل رجل برصاص قوات النظام قرب بلدة الدرباسية، بعدما اعتصم المئات في مدينة عامودا "
                      "يوم الأحد الماضي للمطالبة بإطلاق سراح المعتقلين.", "2022-03-09").events
    protests = [e for e in events if e.event_type == "Protests"]
    assert len(protests) == 1
    assert protests[0].place_id == "amuda"
    assert str(protests[0].event_date) == "2022-03-06"
    assert any(e.fatalities == 1 and e.event_type != "Protests" for e in events)


# --------------------------------------------------------------------------- a protester killed at a protest


FORCE = ("Protests", "Excessive force against protesters")


def test_a_protester_killed_during_a_protest_is_force_against_protesters_with_his_death(run_text):
    events = run_text("قُتل محتج بنيران عناصر من قوات النظام أثناء مظاهرة في القامشلي يوم الأحد.", "2022-03-09").events
    assert [(e.event_type, e.sub_event_type, e.fatalities) for e in events] == [(*FORCE, 1)]
    assert events[0].place_id == "qamishli"


def test_english_a_crowd_then_fired_at_is_one_event_of_force_with_the_toll(pipeline):
    events = _english(pipeline, "Demonstrators rallied outside the bakery in Amuda on Monday, and gunmen shot at them, "
                                "killing a teenager.")
    assert [(e.event_type, e.sub_event_type, e.fatalities) for e in events] == [(*FORCE, 1)]
    assert events[0].place_id == "amuda"


# --------------------------------------------------------------------------- where a march headed


def test_english_the_town_a_march_headed_for_is_no_second_protest(pipeline):
    events = _english(pipeline, "Farmers in Darbasiyah staged a sit-in outside the grain silo on Tuesday, and a march "
                                "headed toward the town of Amuda later that day.")
    assert events and all(e.event_type == "Protests" for e in events)
    assert {e.place_id for e in events} == {"darbasiyah"}


# --------------------------------------------------------------------------- a strike beside an air strike


def test_english_a_strike_by_shopkeepers_keeps_its_own_town_beside_an_air_strike(pipeline):
    events = _english(pipeline, "Traders in Hasakah went on strike on Tuesday, and a Turkish drone carried out a strike "
                                "near Tal Tamr the same day.")
    assert _kinds(events) == [("Explosions/Remote violence", "Air/drone strike", "tall_tamr"),
                              ("Protests", "Peaceful protest", "hasakah")]


# --------------------------------------------------------------------------- bodies given back, in the passive


@pytest.mark.parametrize("text", [
    "The remains of three Asayish members killed in an ambush near Amuda were returned to their relatives in "
    "Hasakah on Sunday.",
    "The bodies of four fighters killed during fighting near Darbasiyah were handed over to their families on "
    "Sunday.",
])
def test_english_bodies_handed_back_in_the_passive_are_a_handover_not_a_battle(pipeline, text):
    events = _english(pipeline, text)
    assert [(e.event_type, e.sub_event_type, e.fatalities) for e in events] == [
        ("Strategic developments", "Other", 0)]


@pytest.mark.parametrize("text, place", [
    ("The remains of three Asayish members killed in an ambush near Amuda were returned to their relatives in "
     "Hasakah on Sunday.", "hasakah"),
    ("The SDF handed over the bodies of two fighters killed in shelling near Darbasiyah to their families in "
     "Qamishli on Sunday.", "qamishli"),
])
def test_english_bodies_are_handed_over_where_the_text_says_not_where_the_dead_fell(pipeline, text, place):
    events = _english(pipeline, text)
    assert [(e.event_type, e.place_id) for e in events] == [("Strategic developments", place)]
