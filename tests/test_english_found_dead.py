"""People found killed: a killing, an attack on civilians (issue 10, real reports).

Outlets tell killings in the camps and the countryside by the finding: ``X was found dead``,
``were found shot in the head``, ``found the bodies of three people who had been murdered``. Found
dead (or bodies found) is a killing only with a mark of one in the sentence or the next (a killing, a
murder, gunshots, torture); a natural or accidental death told is none, nor is someone found alive.
Who found the bodies did not kill. Every sentence here was written for these tests; none is copied
from a report.
"""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import english_events

MON = dt.date(2022, 6, 6)  # a Monday
_events = english_events(MON)


@pytest.mark.parametrize("text, place, killed", [
    ("A displaced woman was found dead in al-Hol camp on Monday, the third killing in the camp this week.",
     "al_hawl", 1),
    ("Two brothers were found shot in the head in Amuda on Monday.", "amuda", 2),
    ("The Asayish on Monday found the bodies of three men who had been murdered in the second sector of al-Hol "
     "camp.", "al_hawl", 3),
    ("Camp security found four bodies of people who had been shot dead in al-Hol camp on Monday.", "al_hawl", 4),
    ("A farmer was reportedly found strangled in his home in Qamishli on Monday.", "qamishli", 1),
    ("An elderly man was found dead in his shop in Amuda on Monday.\nHis body bore marks of torture, relatives said.",
     "amuda", 1),
])
def test_people_found_killed_are_an_attack(pipeline, text, place, killed):
    (ev,) = _events(pipeline, text)
    assert (ev.event_type, ev.sub_event_type) == ("Violence against civilians", "Attack")
    assert ev.place_id == place
    assert ev.fatalities == killed
    assert ev.actor1_id != "asayish"  # (who found the bodies is not who killed)


@pytest.mark.parametrize("text", [
    "A man was found dead in his home in Qamishli on Monday; doctors said he had died of a heart attack.",
    "A child was found dead in the Jaghjagh river in Qamishli on Monday after drowning.",
    "The missing shepherd was found alive near Amuda on Monday.",
    "An elderly man was found dead in his shop in Amuda on Monday.",  # no mark of a killing
])
def test_a_death_with_no_mark_of_killing_is_no_event(pipeline, text):
    assert _events(pipeline, text) == []


@pytest.mark.parametrize("text", [
    "A boy was found dead in the Khabur river near Hasakah on Monday.\n"
    "Police said there were no signs of a killing and the boy had drowned while swimming.",
    "A young shepherd was found dead in a canal outside Amuda on Monday.\n"
    "There were no gunshot wounds on his body, and doctors said he had drowned.",
    "A worker was found dead at a farm near Qamishli on Monday.\n"
    "Relatives said there was no sign of a crime and that he had fallen from a roof.",
])
def test_a_killing_denied_or_a_natural_death_told_next_is_no_event(pipeline, text):
    assert _events(pipeline, text) == []


def test_a_killing_told_next_still_makes_the_finding_an_attack(pipeline):
    text = ("A teenager was found dead in a field near Hasakah on Monday.\n"
            "Police said he had been shot twice in the back.")
    (ev,) = _events(pipeline, text)
    assert (ev.event_type, ev.sub_event_type, ev.fatalities) == ("Violence against civilians", "Attack", 1)
