"""A statement that tells an act back is no act of its own (issue 10, real reports).

Press-release copy repeats the act in the words of a side: ``the SDF said in a press release that the
drone attack targeted …``. Such a telling (a definite act noun right after the speech verb, no day of
its own) is the act the article tells with its day; it may name another place (what the victims
guarded) or other actors (whom a camp houses), and must not make a second event. Told alone, it is
the event. Every sentence here was written for these tests; none is copied from a report.
"""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import english_events

MON = dt.date(2023, 3, 13)  # a Monday
_events = english_events(MON)


def _kinds(events):
    return [(e.event_type, e.sub_event_type, e.place_id) for e in events]


@pytest.mark.parametrize("said", ["said in a press release that", "announced that", "said that"])
def test_a_press_release_around_the_body_is_the_same_strike(pipeline, said):
    text = ("Two SDF guards killed in Turkish drone strike: SDF\n"
            f"The SDF {said} the drone attack targeted the guards of the al-Hol camp.\n"
            "QAMISHLI (Test) – A Turkish drone on Monday killed two fighters of the SDF in the village of Kherbet "
            "Xoxo, in the countryside of Tal Hamis.\n"
            f"The SDF {said} the drone attack targeted the guards of the al-Hol camp, which houses thousands of "
            "ISIS families.\n")
    events = _events(pipeline, text)
    assert len(events) == 1
    assert events[0].sub_event_type == "Air/drone strike"
    assert events[0].date_from == MON


def test_a_statement_after_the_act_names_no_second_strike(pipeline):
    text = ("A Turkish drone struck a car near the village of Kherbet Xoxo east of Amuda on Monday, killing "
            "one man.\n"
            "The Asayish said the drone strike had targeted a member of its forces guarding the al-Hol camp.\n")
    assert len([e for e in _events(pipeline, text) if e.sub_event_type == "Air/drone strike"]) == 1


def test_a_statement_told_alone_is_the_event(pipeline):
    text = "The SDF said in a statement on Monday that the drone attack targeted a car near Amuda, killing a man.\n"
    assert [e.sub_event_type for e in _events(pipeline, text)] == ["Air/drone strike"]


@pytest.mark.parametrize("text, places", [
    ("A Turkish drone hit a car in Qamishli on Monday, killing two men.\n"
     "Separately, the SDF said in a statement that the drone strike on the gate of the al-Hol camp had wounded "
     "three guards.\n", ["al_hawl", "qamishli"]),
    ("Turkish drones struck a farm near Amuda on Monday, killing a shepherd.\n"
     "The Asayish also said that the drone attack at a checkpoint in Tal Tamr had injured two of its members.\n",
     ["tall_tamr"]),
])
def test_a_statement_naming_a_scene_of_its_own_is_another_strike(pipeline, text, places):
    events = [e for e in _events(pipeline, text) if e.sub_event_type == "Air/drone strike"]
    assert len(events) == 2
    assert set(places) <= {e.place_id for e in events}


def test_a_statement_naming_the_same_scene_is_the_same_strike(pipeline):
    text = ("A Turkish drone hit a car in Qamishli on Monday, killing two men.\n"
            "The SDF said in a statement that the drone strike in Qamishli targeted two of its commanders.\n")
    assert len([e for e in _events(pipeline, text) if e.sub_event_type == "Air/drone strike"]) == 1
