"""English rules tightened after a review of the rules landed on 2026-12-06: events they invented
and actors they misassigned. Every sentence here was written for these tests; none is copied from a
report or from the evaluation texts.
"""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import english_events

TUE = dt.date(2024, 4, 16)  # a Tuesday


_events = english_events(TUE)


# ---------------------------------------------------------------- a foiled attack is no clash by itself

@pytest.mark.parametrize("text", [
    "The Asayish foiled an attack on a church in Qamishli on Sunday by detaining three young men suspected "
    "of planning it, the internal security force said.",
    "The SDF thwarted an attack on the Ghwayran prison in Hasakah on Monday when its guards discovered a rigged "
    "minibus parked near the gate.",
])
def test_a_plot_foiled_by_arrests_or_a_find_is_no_clash(pipeline, text):
    assert not [e for e in _events(pipeline, text) if e.sub_event_type == "Armed clash"]


@pytest.mark.parametrize("tail", ["killing three of the attackers", "after a brief exchange of fire"])
def test_a_foiled_attack_told_with_fighting_stays_a_clash(pipeline, tail):
    (ev,) = _events(pipeline, f"The SDF foiled an attack by ISIS militants on a checkpoint near Tal Tamr on Monday, {tail}.")
    assert ev.sub_event_type == "Armed clash"
    assert (ev.actor1_id, ev.actor2_id) == ("isis", "sdf")


# ---------------------------------------------------------------- a crowd in another town after a protest

def test_families_setting_off_in_another_town_after_a_protest_are_no_protest(pipeline):
    events = _events(pipeline, "Hundreds of residents protested in Amuda on Monday against the cutting of water "
                               "supplies, chanting outside the municipality. In Derbasiyah, dozens of families set off "
                               "for villages to the south.")
    assert [(e.sub_event_type, e.place_id) for e in events] == [("Peaceful protest", "amuda")]


def test_a_crowd_walking_with_banners_in_another_town_after_a_protest_is_a_protest_there(pipeline):
    events = _events(pipeline, "Hundreds of residents protested in Amuda on Monday against the cutting of water "
                               "supplies, chanting outside the municipality. In Derbasiyah, dozens walked along the "
                               "market street carrying banners.")
    assert [(e.sub_event_type, e.place_id) for e in events] == [
        ("Peaceful protest", "amuda"), ("Peaceful protest", "darbasiyah")]


# ---------------------------------------------------------------- "the two sides" with other sides named

def test_the_two_sides_are_not_the_sides_before_when_other_sides_are_named(pipeline):
    events = _events(pipeline, "Clashes broke out between the Asayish and government forces in Qamishli on Sunday. "
                               "On Monday, Russian and Turkish officers met at a base near Tal Tamr, and the two sides "
                               "agreed on joint patrols along the border.")
    assert ("asayish", "syrian_government") not in [(e.actor1_id, e.actor2_id) for e in events
                                                    if e.sub_event_type == "Agreement"]
    assert ("syrian_government", "asayish") not in [(e.actor1_id, e.actor2_id) for e in events
                                                    if e.sub_event_type == "Agreement"]


# ---------------------------------------------------------------- actor aliases: another nation, capitals

def test_another_nations_government_officials_are_not_the_syrian_government(pipeline):
    (ev,) = _events(pipeline, "Iraqi government officials and SDF commanders agreed on Monday in Qamishli to reopen "
                              "the Semalka crossing for trade.")
    assert ev.sub_event_type == "Agreement"
    assert "syrian_government" not in (ev.actor1_id, ev.actor2_id)


def test_government_officials_with_no_nation_are_still_the_syrian_government(pipeline):
    (ev,) = _events(pipeline, "Government officials and SDF commanders agreed on Monday in Qamishli to reopen the "
                              "Semalka crossing for trade.")
    assert {ev.actor1_id, ev.actor2_id} == {"syrian_government", "sdf"}


def test_lower_case_words_are_not_an_all_caps_abbreviation_alias(pipeline):
    # "is gunmen" is not "IS gunmen"
    (ev,) = _events(pipeline, "The main worry in Amuda now is gunmen who attacked a checkpoint of the Asayish on "
                              "Monday night, wounding two of its members, residents said.")
    assert ev.actor1_id != "isis"
    assert ev.actor2_id == "asayish"


def test_an_all_caps_abbreviation_alias_still_matches_in_capitals(pipeline):
    (ev,) = _events(pipeline, "IS gunmen attacked a checkpoint of the Asayish in Amuda on Monday night, wounding two "
                              "of its members.")
    assert (ev.actor1_id, ev.actor2_id) == ("isis", "asayish")


def test_a_longer_abbreviation_alias_matches_in_any_case(pipeline):
    # outlets write "Isis" (and some copy is lower-cased); only two-letter ones ("IS": "is") need capitals
    (ev,) = _events(pipeline, "Isis gunmen attacked a checkpoint of the Asayish in Amuda on Monday night, wounding two "
                              "of its members, local sources said.")
    assert (ev.actor1_id, ev.actor2_id) == ("isis", "asayish")
