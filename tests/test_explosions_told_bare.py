"""An explosion told by its noun alone, and an accident told the same way (issue 10, from the
real sets' misses: «قتل نحو 30 شخصاً … جراء انفجارين في حي …» gave no event, while the English
rules made "a gas cylinder explosion" a bombing). Every sentence here was written for these tests;
none is copied from a report or from the evaluation texts.
"""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import english_events

MON = dt.date(2022, 11, 14)  # a Monday

_events = english_events(MON)


# ---------------------------------------------------------------- Arabic: انفجار with its casualties

@pytest.mark.parametrize("text, place, killed", [
    ("قتل شخصان بانفجار في حي الوسطى بالقامشلي اليوم الاثنين.", "wusta", 2),
    ("أدى انفجار في سوق مدينة عامودا صباح اليوم إلى مقتل ثلاثة مدنيين.", "amuda", 3),
    ("وقع انفجار قرب دوار في مدينة الحسكة اليوم، وأسفر عن مقتل أربعة أشخاص وجرح آخرين.", "hasakah", 4),
])
def test_an_explosion_with_its_dead_is_a_remote_explosive(run_text, text, place, killed):
    (ev,) = run_text(text, MON.isoformat()).events
    assert (ev.event_type, ev.sub_event_type) == ("Explosions/Remote violence", "Remote explosive/landmine/IED")
    assert (ev.place_id, ev.fatalities, ev.event_date) == (place, killed, MON)
    # a bare explosion may be any attack: never more than medium, and the rule says which stage made it
    assert ev.confidence == "medium"
    assert "explosion_toll" in ev.rule


def test_a_wounded_toll_alone_also_makes_it_one(run_text):
    (ev,) = run_text("أصيب خمسة مدنيين بجروح جراء انفجار في حي الكورنيش بالقامشلي اليوم.", MON.isoformat()).events
    assert (ev.sub_event_type, ev.place_id, ev.injuries) == ("Remote explosive/landmine/IED", "corniche", 5)


@pytest.mark.parametrize("text", [
    "قتل شخصان بانفجار أسطوانة غاز داخل منزل في القامشلي اليوم.",  # a gas canister
    "قتل عامل بانفجار مولدة كهربائية في حي الهلالية بالقامشلي اليوم.",  # a generator
    "أصيب ثلاثة أشخاص بانفجار في مستودع للوقود بريف القامشلي اليوم.",  # a fuel depot
    "قتل طفل بانفجار مدفأة في منزل عائلته بعامودا اليوم.",  # a heater
    "سمع سكان القامشلي دوي انفجار قوي في المدينة اليوم.",  # a sound, no casualties
])
def test_an_accident_or_a_blast_with_no_casualties_is_no_event(run_text, text):
    assert [e.sub_event_type for e in run_text(text, MON.isoformat()).events] == []


def test_a_blast_a_device_trigger_already_names_is_one_event(run_text):
    (ev,) = run_text("قتل شخصان بانفجار عبوة ناسفة في حي الوسطى بالقامشلي اليوم.", MON.isoformat()).events
    assert (ev.place_id, ev.fatalities) == ("wusta", 2)
    assert "explosion_toll" not in ev.rule


# ---------------------------------------------------------------- English: the accident is no bombing

@pytest.mark.parametrize("text", [
    "A gas cylinder explosion killed two people in a house in Qamishli on Monday.",
    "Two people were killed when a generator exploded in a bakery in Amuda on Monday.",
    "A fuel tanker blast injured four people on the road near Tal Tamr on Monday.",
])
def test_an_english_explosion_told_with_its_accidental_cause_is_no_event(pipeline, text):
    assert _events(pipeline, text) == []


@pytest.mark.parametrize("text", [
    "An explosion in Qamishli killed three people on Monday.",
    # a device named beside the cause-looking word is still a bomb
    "A bomb exploded near a gas station in Qamishli on Monday, killing two.",
])
def test_an_english_explosion_with_no_accident_named_stays_a_bombing(pipeline, text):
    (ev,) = _events(pipeline, text)
    assert (ev.sub_event_type, ev.place_id) == ("Remote explosive/landmine/IED", "qamishli")


# ---------------------------------------------------------------- a death no one inflicted

@pytest.mark.parametrize("text", [
    "قتل طفل بحادث سير على طريق عامودا اليوم.",
    "قتل طفل غرقاً في نهر الجغجغ بمدينة القامشلي اليوم.",
    "قتل طفل بانفجار مدفأة في منزل عائلته بعامودا اليوم.",
])
def test_a_civilian_killed_in_an_accident_is_no_attack(run_text, text):
    assert run_text(text, MON.isoformat()).events == []


@pytest.mark.parametrize("text, sub_type", [
    ("قتل طفل برصاص قناص في حي طي بالقامشلي اليوم.", "Attack"),
    # a tanker someone blew up is no accident, though a tanker may be one
    ("قتل مدني بتفجير صهريج مفخخ قرب دوار في الحسكة اليوم.", "Remote explosive/landmine/IED"),
])
def test_a_killing_someone_did_stays_an_event(run_text, text, sub_type):
    assert [e.sub_event_type for e in run_text(text, MON.isoformat()).events] == [sub_type]


@pytest.mark.parametrize("text", [
    "A child was killed in a traffic accident in Amuda on Monday.",
    "A civilian was killed by electrocution in Qamishli on Monday.",
])
def test_an_english_civilian_killed_in_an_accident_is_no_attack(pipeline, text):
    assert _events(pipeline, text) == []


def test_an_english_civilian_killed_by_gunmen_stays_an_attack(pipeline):
    (ev,) = _events(pipeline, "Gunmen killed a civilian in Qamishli on Monday.")
    assert (ev.sub_event_type, ev.place_id, ev.fatalities) == ("Attack", "qamishli", 1)
