"""English phrasing classes read from how the fifth blind set (the h5 development texts) failed:
a month named with ``last``, what a group is said to be involved in, a shooting at a protest's
crowd. Every sentence here was written for these tests in the style of English-language wires
and outlets; none is copied from a report or from the evaluation texts.
"""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import english_events

SAT = dt.date(2025, 8, 30)  # a Saturday


_events = english_events(SAT)


# ---------------------------------------------------------------- "last September"

@pytest.mark.parametrize("published, year", [
    (dt.date(2025, 8, 30), 2024),   # said before September: the September of the year before
    (dt.date(2025, 9, 20), 2024),   # said in September: a year back, not this month
    (dt.date(2025, 11, 3), 2025),   # said after September: this year's
])
def test_last_and_a_month_is_the_latest_such_month_before_publication(pipeline, published, year):
    (ev,) = _events(pipeline, "Last September, Asayish units raided a house in Dashishah and detained two men.",
                    published)
    assert ev.sub_event_type == "Arrests"
    assert (ev.date_from, ev.date_to) == (dt.date(year, 9, 1), dt.date(year, 9, 30))


# ---------------------------------------------------------------- "involved in …": who they are

@pytest.mark.parametrize("text", [
    "Officials said the checkpoints were set to catch gang members involved in kidnappings from reaching the "
    "countryside of Hasakah.",
    "The SDF said the cell it dismantled was involved in bombings in Qamishli.",
])
def test_what_a_group_is_involved_in_is_no_event(pipeline, text):
    assert not [e for e in _events(pipeline, text) if e.sub_event_type in (
        "Abduction/forced disappearance", "Remote explosive/landmine/IED")]


def test_an_act_told_on_its_own_is_still_an_event(pipeline):
    (ev,) = _events(pipeline, "On Thursday, gunmen kidnapped a teacher in Hasakah.")
    assert ev.sub_event_type == "Abduction/forced disappearance"


# ---------------------------------------------------------------- fire on a protest's crowd

def test_shooting_at_protesters_is_one_excessive_force_event(pipeline):
    evs = _events(pipeline, "According to state media, Asayish members fired on Thursday on residents protesting "
                            "against the road closures near the hospital in Qamishli, killing one man and "
                            "wounding three others.")
    (ev,) = evs
    assert (ev.event_type, ev.sub_event_type) == ("Protests", "Excessive force against protesters")
    assert ev.actor1_id == "protesters" and ev.actor2_id == "asayish"
    assert ev.fatalities == 1 and ev.injuries == 3
    assert ev.date_from == dt.date(2025, 8, 28)
    assert ev.rule.endswith("en_protest_force")


def test_a_shooting_and_a_later_protest_stay_two_events(pipeline):
    evs = _events(pipeline, "On Thursday, gunmen opened fire on a car in Qamishli, killing a driver. "
                            "Residents protested in the city on Friday against the killing.")
    kinds = sorted(e.sub_event_type for e in evs)
    assert kinds == ["Attack", "Peaceful protest"]


# ---------------------------------------------------------------- a count "since Wednesday"

@pytest.mark.parametrize("count", [
    "The Asayish said on Saturday that its units had killed 140 gunmen since Wednesday.",
    "The monitor said 75 people had been killed since Tuesday.",
])
def test_a_count_since_a_day_is_not_the_toll_of_the_strike_before(pipeline, count):
    text = "A Turkish drone struck a car near Amuda on Saturday, killing three fighters. " + count
    (ev,) = [e for e in _events(pipeline, text) if e.event_type == "Explosions/Remote violence"]
    assert ev.fatalities == 3


def test_a_toll_told_with_its_own_day_still_counts(pipeline):
    text = ("A Turkish drone struck a car near Amuda on Saturday, killing three fighters. "
            "Two more people died of their wounds on Saturday evening, the SDF said.")
    (ev,) = [e for e in _events(pipeline, text) if e.event_type == "Explosions/Remote violence"]
    assert ev.fatalities == 5


# ---------------------------------------------------------------- "following Sunday's bombing": a reason in passing

def test_an_act_named_in_passing_with_only_its_day_is_no_event(pipeline):
    text = "The governor said on Tuesday that roads would stay closed following Sunday's bombing outside the ministry."
    assert _events(pipeline, text, dt.date(2023, 10, 6)) == []


def test_an_act_named_in_passing_with_its_place_and_toll_is_an_event(pipeline):
    text = ("The governor said on Tuesday that roads would stay closed following Sunday's bombing in Amuda, "
            "which killed two people.")
    (ev,) = _events(pipeline, text, dt.date(2023, 10, 6))
    assert ev.sub_event_type == "Remote explosive/landmine/IED"
    assert ev.place_id == "amuda" and ev.fatalities == 2
    assert ev.date_from == dt.date(2023, 10, 1)


# ---------------------------------------------------------------- "an assassination cell": a group's name

@pytest.mark.parametrize("text", [
    "Asayish detain kidnapping gang in Qamishli",
    "The Asayish said on Sunday they had detained members of a bombing cell in Hasakah.",
])
def test_a_trigger_naming_a_groups_kind_is_no_act(pipeline, text):
    (ev,) = _events(pipeline, text)
    assert ev.sub_event_type == "Arrests"
