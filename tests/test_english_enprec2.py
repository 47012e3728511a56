"""English constructions of news copy the rules misread (issue 10, reworded dev texts): a count
before a force's long name with its abbreviation in brackets, the place in a description of the
source, claims worded as responsibility, ``again and again``, a delegation's comings and goings,
and a blast under a drone named in the same clause. Every sentence here was written for these
tests, with facts of its own; none is copied from a report or from the evaluation texts.
"""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import english_events

SAT = dt.date(2025, 8, 30)  # a Saturday


_events = english_events(SAT)


# ---------------------------------------------------------------- tolls

@pytest.mark.parametrize("text, toll", [
    ("A Turkish drone killed three Syrian Democratic Forces (SDF) fighters near Amuda on Friday.", 3),
    ("Unknown gunmen shot dead two National Defence Forces (NDF) members outside a bakery in Qamishli on Thursday.", 2),
])
def test_a_count_before_a_force_named_with_its_abbreviation_is_the_toll(pipeline, text, toll):
    (ev,) = _events(pipeline, text)
    assert ev.fatalities == toll


# ---------------------------------------------------------------- places of the source

@pytest.mark.parametrize("text", [
    "A Turkish drone hit a car near Amuda on Friday, killing two people, the Observatory, a monitor based in "
    "Britain, reported.",
    "A Turkish drone hit a car near Amuda on Friday, killing two people, said the war monitor, which is "
    "headquartered in London.",
    "The Britain-based Syrian Observatory said on Friday that a Turkish drone had hit a car near Amuda, killing two people.",
])
def test_the_place_where_a_source_is_based_is_never_the_event_place(pipeline, text):
    (ev,) = _events(pipeline, text)
    assert ev.location == "Amuda"
    assert "Britain" not in (ev.unresolved_name) and "London" not in (ev.unresolved_name)


# ---------------------------------------------------------------- claims

@pytest.mark.parametrize("claim", [
    "The Islamic State group took responsibility for the blast.",
    "The Islamic State group claimed responsibility for the blast on its channels.",
    "The Islamic State group later said it was behind the blast.",
])
def test_responsibility_worded_claims_name_the_claimer_as_actor1(pipeline, claim):
    text = "A roadside bomb went off beside an Asayish patrol in Qamishli on Friday, killing two of its members. " + claim
    (ev,) = _events(pipeline, text)
    assert ev.sub_event_type == "Remote explosive/landmine/IED"
    assert ev.actor1 == "Islamic State (Syria)"


# ---------------------------------------------------------------- habitual

@pytest.mark.parametrize("text", [
    "Turkish drones have struck the villages east of Amuda again and again since the spring.",
    "Turkish drones hit the villages east of Amuda again and again last month.",
    "Turkish drones have pounded the farms around Tal Tamr over and over.",
])
def test_again_and_again_is_habitual_like_repeatedly(pipeline, text):
    assert _events(pipeline, text) == []


@pytest.mark.parametrize("often", ["again and again", "repeatedly"])
def test_the_dated_act_singled_out_of_a_pattern_is_still_an_event(pipeline, often):
    evs = _events(pipeline, "A car bomb killed two people in Qamishli on Friday. Deadly attacks have hit the city "
                            f"{often} during the war, the worst in May 2017, when a car bomb planted by the "
                            "group killed at least 30 people.")
    assert sorted(str(e.date_from) for e in evs) == ["2017-05-01", "2025-08-29"]


# ---------------------------------------------------------------- delegations

@pytest.mark.parametrize("text", [
    "A delegation of the Syrian government met Kurdish officials in Qamishli on Friday.",
    "Government and SDF delegations held talks in Qamishli on Friday.",
    "After meeting the Asayish in Qamishli on Friday, the delegation went home.",
    "A Russian military delegation arrived at Qamishli airport on Friday.",
    "A Russian delegation entered Qamishli on Friday to see SDF commanders.",
    "The delegation withdrew from the talks in Qamishli on Friday.",
    "The delegation pulled out of Qamishli on Friday and flew back to Damascus.",
    "A delegation of clan elders met commanders of the SDF in Qamishli on Friday and went home with no deal.",
    "A government delegation left Qamishli on Friday after a round of talks with the Kurdish-led administration.",
    "A Russian delegation returned to Qamishli on Thursday for a second day of talks.",
])
def test_a_delegation_meeting_or_travelling_is_no_event(pipeline, text):
    assert _events(pipeline, text) == []


def test_a_delegation_that_reaches_a_deal_is_the_agreement(pipeline):
    evs = _events(pipeline, "Delegations of the two sides met in Qamishli on Friday and agreed on a ceasefire.")
    assert [e.sub_event_type for e in evs] == ["Agreement"]


def test_a_force_withdrawing_after_meeting_a_delegation_still_withdraws(pipeline):
    evs = _events(pipeline, "Following talks with a visiting Russian delegation, the SDF withdrew from the Tayy "
                            "neighbourhood of Qamishli on Friday.")
    assert [e.sub_event_type for e in evs] == ["Non-violent transfer of territory"]


# ---------------------------------------------------------------- drone in the clause of a blast

@pytest.mark.parametrize("text", [
    "A blast tore through a car near Amuda on Friday while a drone was flying over the road, killing two men.",
    "Two fighters died in an explosion near Amuda on Friday as a drone hovered overhead.",
])
def test_a_blast_with_a_drone_overhead_in_its_clause_is_a_drone_strike(pipeline, text):
    (ev,) = _events(pipeline, text)
    assert ev.sub_event_type == "Air/drone strike"


@pytest.mark.parametrize("text", [
    "A car bomb exploded near Amuda on Friday while a drone was flying over the town, killing two men.",
    "A landmine exploded under a shepherd near Amuda on Friday as a drone circled overhead.",
])
def test_a_named_device_stays_an_ied_under_a_drone(pipeline, text):
    (ev,) = _events(pipeline, text)
    assert ev.sub_event_type == "Remote explosive/landmine/IED"
