"""False fires of the eleventh pass's English rules (issue 10): a definite count whose noun is not
the people counted before, a joiner that opens a clause with a verb of its own rather than a second
target, a report of the arrest just told, a claim in the bombing's own sentence, a side named only
as what a victim once was or a relative was, and damage told with ``also`` that has a cause that is
no violence. Every sentence here was written for these tests, with facts of its own; none is copied
from a report or from the evaluation texts.
"""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import english_events

TUE = dt.date(2025, 4, 15)  # a Tuesday

_events = english_events(TUE)


def _kinds(events, sub: str) -> list:
    return [e for e in events if e.sub_event_type == sub]


# ---------------------------------------------------------------- "the + number" refers back only to the same people

@pytest.mark.parametrize("text", [
    "Masked men kidnapped two traders in Darbasiyah on Sunday. On Monday gunmen kidnapped the two daughters "
    "of a doctor in Tal Tamr, relatives said.",
    "Gunmen abducted three shepherds near Amuda on Saturday. Unknown men abducted the three nephews of a "
    "tribal elder in Derik on Monday.",
    "Armed men kidnapped two engineers in Hasakah on Sunday. Later, on Monday, a gang abducted the two "
    "brothers of a pharmacist in Qahtaniyah.",
])
def test_a_count_of_other_people_is_a_second_abduction(pipeline, text):
    assert len(_kinds(_events(pipeline, text), "Abduction/forced disappearance")) == 2


@pytest.mark.parametrize("text", [
    "Gunmen abducted two shepherds near Amuda on Monday. The kidnappers freed the two men hours later after "
    "their tribe intervened, but they abducted the two again at dawn.",
    "Asayish forces arrested four teachers in Darbasiyah on Monday. Relatives said the forces had arrested the "
    "four teachers at their school.",
])
def test_the_same_people_counted_again_stay_one_act(pipeline, text):
    evs = _events(pipeline, text)
    assert len([e for e in evs if e.sub_event_type in ("Arrests", "Abduction/forced disappearance")]) == 1


# ---------------------------------------------------------------- a reported act that is the one just told

@pytest.mark.parametrize("text", [
    "Asayish forces arrested two men in Darbasiyah on Tuesday. SOHR reported yesterday that the two men had "
    "been arrested in a dawn raid.",
    "Government forces arrested four people in Hasakah on Tuesday. A local network said yesterday that the "
    "four people were arrested in a raid on their homes.",
    "Asayish forces detained three men in Amuda today. Activists reported yesterday that the three men had been "
    "detained in a raid, their families said.",
])
def test_a_report_of_the_arrest_just_told_is_that_arrest(pipeline, text):
    assert len(_kinds(_events(pipeline, text), "Arrests")) == 1


# ---------------------------------------------------------------- a second part with a verb of its own

@pytest.mark.parametrize("text", [
    "A Turkish drone struck a motorbike near Darbasiyah on Monday and a crew from the civil defence in "
    "Hasakah raced to the site.",
    "A Turkish drone struck a car near Derik on Monday and a medic in Qamishli treated the wounded.",
    "Turkish drones struck a fuel tanker near Amuda on Monday and an ambulance from the hospital in "
    "Qamishli took the wounded away.",
])
def test_a_clause_with_its_own_verb_is_no_second_target(pipeline, text):
    evs = _events(pipeline, text)
    assert len(_kinds(evs, "Air/drone strike")) == 1


def test_an_act_of_another_day_after_in_addition_to_is_no_second_target(pipeline):
    evs = _events(pipeline, "A Turkish drone hit a water station near Darbasiyah on Monday, in addition to "
                            "the attack on Amuda reported by local activists on Saturday.")
    assert not [e for e in evs if e.sub_event_type == "Air/drone strike" and (e.place_id or "").startswith("amuda")]


def test_a_second_site_still_makes_a_second_strike(pipeline):
    evs = _events(pipeline, "Turkish drones on Monday struck a car near Derik and a farm house on the "
                            "outskirts of Darbasiyah.")
    assert len(_kinds(evs, "Air/drone strike")) == 2


# ---------------------------------------------------------------- a claim in the bombing's own sentence

@pytest.mark.parametrize("text", [
    "A roadside bomb went off near Shaddadi on Monday, and ISIS claimed responsibility for the blast.",
    "An explosive device blew up a car in Hasakah on Monday, and the Islamic State claimed the attack "
    "through its news agency.",
    "A car bomb exploded near a checkpoint in Qamishli on Monday, and ISIS claimed responsibility for the "
    "bombing hours later.",
])
def test_a_claim_in_the_same_sentence_names_the_bomber(pipeline, text):
    evs = [e for e in _events(pipeline, text) if e.event_type == "Explosions/Remote violence"]
    assert len(evs) == 1 and "Islamic State" in evs[0].actor1


# ---------------------------------------------------------------- a former member or a member's relative is no side

@pytest.mark.parametrize("text", [
    "Gunmen killed a former SDF fighter outside his shop in Hasakah on Monday.",
    "Unknown attackers shot dead an ex-YPG member in Darbasiyah on Monday.",
    "A Turkish drone struck a car near Amuda on Monday, killing a farmer whose son was an SDF commander.",
    "A Turkish drone struck a car near Amuda on Monday, killing a teacher, the brother of an SDF commander.",
])
def test_a_former_member_or_a_relative_is_no_side(pipeline, text):
    evs = _events(pipeline, text)
    assert evs and all("SDF" not in e.actor1 + e.actor2 for e in evs)


def test_a_serving_member_is_still_the_side_hit(pipeline):
    evs = _events(pipeline, "Gunmen killed an SDF fighter outside his house in Hasakah on Monday.")
    assert evs and evs[0].actor2.startswith("SDF")


# ---------------------------------------------------------------- damage with a cause that is no violence

@pytest.mark.parametrize("text", [
    "A Turkish drone hit a truck near Derik on Monday, killing its driver. Water stations in Amuda were also "
    "put out of service for maintenance, while the council in Hasakah repaired pipes.",
    "Turkish drones struck a checkpoint near Tal Tamr on Monday. Roads in Darbasiyah were also damaged by the "
    "floods, while schools in Hasakah closed.",
    "A Turkish drone hit a car near Amuda on Monday. Power lines in Qahtaniyah were also knocked out by a "
    "hailstorm, while bakeries in Hasakah kept working.",
])
def test_damage_with_a_peaceful_cause_is_no_strike(pipeline, text):
    evs = _events(pipeline, text)
    assert len(_kinds(evs, "Air/drone strike")) == 1
