"""English recall classes read from the blind-set misses (issue 10, eleventh pass): one strike
sentence that lists targets at two places (``hit a gas plant near X and a power station on the
outskirts of Y``), a strike named by its noun (``a strike on the power station``), a convoy of
trucks brought in with military equipment, villagers intercepting a foreign convoy, and fighting
that ``erupted on Wednesday`` after a later end was told. Every sentence here was written for these
tests in the style of English-language outlets, with facts of its own; none is copied from a
report or from the evaluation texts.
"""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import english_events

SAT = dt.date(2025, 8, 30)  # a Saturday

_events = english_events(SAT)


def _where(events) -> list[tuple[str, str]]:
    return sorted((e.sub_event_type, e.place_id or "") for e in events)


# ---------------------------------------------------------------- targets at two places

@pytest.mark.parametrize("text", [
    "Turkish drones on Thursday hit a grain silo near the town of Amuda and a power station on the "
    "outskirts of Darbasiyah.",
    "Turkish warplanes struck the water station in Amuda on Thursday, and another station in Darbasiyah.",
    "Turkish drones targeted an electricity plant in Amuda on Thursday in addition to a fuel depot in "
    "Darbasiyah.",
    "On Thursday, Turkish artillery shelled a school in Amuda and a bakery in Darbasiyah.",
])
def test_a_strike_on_targets_at_two_places_is_one_event_at_each(pipeline, text):
    evs = _events(pipeline, text)
    places = {e.place_id for e in evs}
    assert len(evs) == 2 and {"amuda", "darbasiyah"} <= {p.split("_")[0] for p in places if p}


def test_the_toll_of_the_second_target_stays_with_it(pipeline):
    evs = _events(pipeline, "Turkish drones on Thursday hit a grain silo in Amuda and an oil station in "
                            "Darbasiyah, where two workers were killed.")
    assert len(evs) == 2
    by_place = {e.place_id.split("_")[0]: e for e in evs}
    assert by_place["darbasiyah"].fatalities == 2 and not by_place["amuda"].fatalities


@pytest.mark.parametrize("text", [
    # villages shelled together: one barrage
    "Turkish artillery shelled the villages of Tal Jumah and Tal Shamiram on Thursday.",
    # a second noun with no place of its own
    "A Turkish drone hit a car near Amuda on Thursday and a motorbike parked beside it.",
])
def test_targets_without_a_place_each_stay_one_strike(pipeline, text):
    assert len(_events(pipeline, text)) == 1


# ---------------------------------------------------------------- a convoy brought in

@pytest.mark.parametrize("text", [
    "US forces on Thursday brought in a convoy of 25 trucks loaded with weapons and logistic supplies to their "
    "base in Shaddadi.",
    "The US-led coalition sent a new convoy carrying ammunition and armoured vehicles to its base near Tal "
    "Baydar on Thursday.",
    "Russian forces dispatched 12 military trucks and four armoured vehicles to their post at Qamishli airport "
    "on Thursday.",
    "On Thursday, US troops called in six more armoured vehicles to the town of Tal Hamis.",
])
def test_a_military_convoy_brought_in_is_a_change_to_group_activity(pipeline, text):
    evs = _events(pipeline, text)
    assert [e.sub_event_type for e in evs] == ["Change to group/activity"]


@pytest.mark.parametrize("text", [
    "The UN sent a convoy of 20 trucks carrying food aid and medicine to al-Hol camp on Thursday.",
    "The local council brought in ten water tankers to Amuda on Thursday.",
])
def test_a_convoy_of_aid_or_services_is_no_change_to_group_activity(pipeline, text):
    assert _events(pipeline, text) == []


@pytest.mark.parametrize("text", [
    # the military word is where the convoy goes, not what it carries
    "The Amuda council sent a convoy of five trucks to the military airport on Thursday to clear rubble.",
    "The Tal Tamr bakery transferred its ovens and equipment to a new building next to the army base on Thursday.",
    # bodies, wounded men and soldiers going home are moved, but no force is deployed
    "The Asayish transferred the remains of three fighters to their families in Amuda on Thursday.",
    "Rescuers rushed two injured soldiers to the national hospital in Hasakah on Thursday after a car crash.",
    "The army sent home forty soldiers from its Qamishli garrison on Thursday at the end of their service.",
])
def test_a_convoy_with_no_military_load_or_people_carried_home_is_no_change_to_group_activity(pipeline, text):
    assert not [e for e in _events(pipeline, text) if e.sub_event_type == "Change to group/activity"]


def test_bodies_of_killed_soldiers_moved_keep_the_killing_and_make_no_deployment(pipeline):
    evs = _events(pipeline, "The SDF transferred the bodies of four fighters killed near Markada to their home "
                            "villages on Thursday.")
    assert "Change to group/activity" not in [e.sub_event_type for e in evs] and evs


@pytest.mark.parametrize("opening", ["In response", "Shortly afterwards", "In retaliation"])
def test_a_follow_on_act_with_no_place_is_at_the_scene_told_before(pipeline, opening):
    evs = _events(pipeline, "Hasaka – Villagers blocked a US convoy near the town of Tal Hamis on Thursday and "
                            "pelted it with stones. " + opening + ", US forces sent four more armoured "
                            "vehicles to pull the convoy out.")
    dep = [e for e in evs if e.sub_event_type == "Change to group/activity"]
    assert len(dep) == 1 and dep[0].place_id != "hasakah"


# ---------------------------------------------------------------- strikes told after a lead with no place

_LEAD = "QAMISHLI, Syria – Turkish {weapon} hit energy sites across northeast Syria on Thursday, officials said. "


def test_the_strikes_of_a_regional_lead_reaching_two_places_are_two_strikes(pipeline):
    evs = _events(pipeline, _LEAD.format(weapon="air strikes") + "The strikes targeted a gas plant near the town "
                  "of Amuda and a power station on the outskirts of Darbasiyah.")
    assert {e.place_id.split("_")[0] for e in evs if e.sub_event_type == "Air/drone strike"} >= {"amuda", "darbasiyah"}


@pytest.mark.parametrize("weapon, then", [
    ("drones", "A strike on the power station in Amuda cut electricity to the town."),
    ("warplanes", "Another strike on a fuel depot near Amuda set it ablaze."),
    ("air strikes", "The strikes also reached a grain silo in Amuda."),
])
def test_a_strike_named_by_its_noun_at_a_place_after_a_regional_lead_is_a_strike_there(pipeline, weapon, then):
    evs = _events(pipeline, _LEAD.format(weapon=weapon) + then)
    assert ("Air/drone strike", "amuda") in [(e.sub_event_type, e.place_id.split("_")[0]) for e in evs]


def test_a_labour_strike_after_air_strikes_is_no_air_strike(pipeline):
    evs = _events(pipeline, _LEAD.format(weapon="drones") + "Traders in Amuda began a strike on the main market "
                  "street on Saturday against price rises.")
    assert not [e for e in evs if e.sub_event_type == "Air/drone strike" and e.place_id.startswith("amuda")]


# ---------------------------------------------------------------- residents stopping a foreign convoy

@pytest.mark.parametrize("text", [
    "Hasaka – Locals of the village of Tal Hamis on Thursday intercepted a convoy of the US occupation forces and "
    "forced it to go back.",
    "Hasaka – Residents of Tal Hamis blocked a US military convoy on Thursday and forced it to turn around.",
    "Hasaka – Villagers in Tal Hamis stopped four American armoured vehicles on Thursday and prevented them from "
    "passing through the town.",
    "Hasaka – On Thursday, the people of Tal Hamis expelled a convoy of US occupation vehicles from the town.",
])
def test_residents_stopping_a_foreign_convoy_is_a_peaceful_protest(pipeline, text):
    evs = _events(pipeline, text)
    assert [(e.sub_event_type, e.place_id) for e in evs] == [("Peaceful protest", "tall_hamis")]


@pytest.mark.parametrize("text", [
    # a force stopping a convoy is no protest
    "Hasaka – Soldiers at a Syrian army checkpoint in Tal Hamis stopped a US convoy on Thursday and forced it to "
    "turn back.",
    # an attack on a convoy is violence, not a protest
    "Hasaka – Gunmen intercepted a fuel convoy near Tal Hamis on Thursday and set two trucks on fire.",
])
def test_a_convoy_stopped_by_a_force_or_gunmen_is_no_protest(pipeline, text):
    assert not [e for e in _events(pipeline, text) if e.event_type == "Protests"]


# ---------------------------------------------------------------- the place of another act in a sentence that names the fighting

@pytest.mark.parametrize("then", [
    "Dozens of families fled the Tayy neighbourhood while the fighting raged, residents said.",
    "Residents of the Tayy neighbourhood left their homes as the clashes went on.",
    "Hundreds of people were displaced from the Tayy neighbourhood during the fighting.",
])
def test_a_neighbourhood_fled_during_the_fighting_does_not_place_the_fighting(pipeline, then):
    evs = _events(pipeline, "Clashes broke out between the NDF and the Asayish in Qamishli on Wednesday. " + then)
    clash = [e for e in evs if e.sub_event_type == "Armed clash"]
    assert [e.place_id for e in clash] == ["qamishli"]


def test_a_sentence_telling_more_of_the_fighting_still_places_it_better(pipeline):
    evs = _events(pipeline, "Clashes broke out between the NDF and the Asayish in Qamishli on Wednesday. "
                            "The fighting centred on the Tayy neighbourhood.")
    assert [e.place_id for e in evs if e.sub_event_type == "Armed clash"] == ["tayy"]


# ---------------------------------------------------------------- families driven out, taking refuge elsewhere

_SHELLED = "Turkish shells hit the village of Tal Jumah on Tuesday. "


@pytest.mark.parametrize("then", [
    "The shelling drove dozens of families out of Tal Jumah toward the town of Tal Tamr.",
    "Dozens of families from Tal Jumah took refuge with relatives in Tal Tamr.",
    "Several families from Tal Jumah spent the night in Tal Tamr town, fearing more shelling.",
    "Residents of Tal Jumah sought shelter in Tal Tamr after the shelling.",
])
def test_families_driven_out_or_taking_refuge_elsewhere_are_displaced_from_their_village(pipeline, then):
    evs = _events(pipeline, _SHELLED + then)
    assert [e.place_id for e in evs if e.sub_event_type == "Other"] == ["tall_jumah"]


@pytest.mark.parametrize("then", [
    # shelter at home or underground is no flight
    "Residents of Tal Jumah took shelter in basements until the shelling stopped.",
    # fighters driven out are no displaced civilians
    "The shelling drove the militants out of their positions near Tal Jumah.",
])
def test_shelter_at_home_or_fighters_driven_out_are_no_displacement(pipeline, then):
    evs = _events(pipeline, _SHELLED + then)
    assert not [e for e in evs if e.sub_event_type == "Other"]


@pytest.mark.parametrize("text", [
    # what drove them is no violence
    "A long dry spell has driven hundreds of families from the villages east of Amuda to Qamishli looking for work.",
    "The football final drove thousands of people onto the streets of Amuda on Thursday night.",
    # "driven by" a driver: a vehicle, no one driven out
    "A minibus driven by a nurse carrying villagers from Tal Tamr crashed into a wall on Thursday.",
    # a night away or shelter from the weather with no fighting or flight told
    "Several families from Amuda spent the night in Qamishli on Thursday after a cousin's engagement party.",
    "Dozens of students from Derik took refuge from the summer heat in the public library of Qamishli on Thursday.",
])
def test_people_driven_or_sheltering_with_no_violence_told_are_no_displacement(pipeline, text):
    assert not [e for e in _events(pipeline, text) if e.sub_event_type == "Other"]


@pytest.mark.parametrize("text", [
    "Weeks of clashes between the factions have driven hundreds of families from the villages around Tal Tamr.",
    "Hasakah – Heavy Turkish shelling on Thursday drove hundreds of residents out of Tal Jumah.",
    "Hasakah – Fearing a Turkish offensive, dozens of families from Tal Jumah spent the night in Tal Tamr on Thursday.",
])
def test_people_driven_or_sheltering_because_of_violence_stay_displaced(pipeline, text):
    assert [e for e in _events(pipeline, text) if e.sub_event_type == "Other"]


# ---------------------------------------------------------------- sites also knocked out, beside a strike of the sentence

_STRUCK = "QAMISHLI, Syria – Turkish drones struck an oil field near Tal Hamis on Sunday, officials said. "


@pytest.mark.parametrize("then", [
    "Power stations in Amuda and Darbasiyah were also knocked out, officials said, while a drone hit a silo near "
    "Tal Tamr.",
    "Water stations in Amuda and Darbasiyah were also put out of service, while a drone hit a silo near Tal Tamr.",
    "Substations in Amuda and Darbasiyah were also damaged; a drone hit a silo near Tal Tamr.",
])
def test_sites_also_knocked_out_beside_a_strike_are_strikes_at_their_towns(pipeline, then):
    evs = _events(pipeline, _STRUCK + then)
    places = {e.place_id.split("_")[0] for e in evs if e.sub_event_type == "Air/drone strike"}
    assert {"amuda", "darbasiyah"} <= places


def test_sites_also_closed_beside_a_strike_are_no_strike(pipeline):
    evs = _events(pipeline, _STRUCK + "Schools in Amuda and Darbasiyah were also closed, while a drone hit a silo "
                                      "near Tal Tamr.")
    assert not {e.place_id for e in evs} & {"amuda", "darbasiyah"}


# ---------------------------------------------------------------- a security sweep launched

@pytest.mark.parametrize("text", [
    "Hasakah – Kurdish-led forces on Thursday launched a security sweep in al-Hol camp after a wave of killings.",
    "Hasakah – The Asayish began a new security campaign in al-Hol camp at dawn on Thursday.",
    "Hasakah – On Thursday the SDF started a combing operation in the Ghwayran neighbourhood of Hasakah.",
])
def test_a_security_sweep_launched_is_a_change_to_group_activity(pipeline, text):
    assert [e.sub_event_type for e in _events(pipeline, text)] == ["Change to group/activity"]


@pytest.mark.parametrize("text", [
    "Hasakah – Health officials on Thursday launched a vaccination campaign in al-Hol camp.",
    "Hasakah – The Kurdish Red Crescent began a relief operation in al-Hol camp on Thursday.",
])
def test_a_campaign_of_care_launched_is_no_change_to_group_activity(pipeline, text):
    assert _events(pipeline, text) == []


@pytest.mark.parametrize("text", [
    "Hasakah – The civil defence launched a search operation on Thursday for two boys who went missing near the "
    "Khabur river.",
    "Hasakah – The health directorate started a search campaign in al-Hol camp on Thursday for children who had "
    "not been vaccinated against measles.",
    "Hasakah – Farmers in Tal Tamr began a sweep of their orchards on Thursday for the pests eating the olive trees.",
])
def test_a_search_or_sweep_launched_by_no_force_is_no_change_to_group_activity(pipeline, text):
    assert _events(pipeline, text) == []


@pytest.mark.parametrize("text", [
    "Hasakah – The Asayish launched a sweep of the Ghwayran neighbourhood on Thursday.",
    "Hasakah – Volunteers and Kurdish-led fighters started a search operation near Tal Tamr on Thursday, hunting "
    "ISIS cells.",
])
def test_a_search_or_sweep_launched_by_a_force_stays_a_change_to_group_activity(pipeline, text):
    assert [e.sub_event_type for e in _events(pipeline, text)] == ["Change to group/activity"]


def test_a_sweep_told_with_its_arrests_is_the_arrests(pipeline):
    evs = _events(pipeline, "Hasakah – The Asayish launched a security campaign in al-Hol camp on Thursday, detaining "
                            "at least 20 suspected ISIS members.")
    assert [e.sub_event_type for e in evs] == ["Arrests"]


# ---------------------------------------------------------------- an act reported before the day told just before it

@pytest.mark.parametrize("then, day", [
    ("SOHR reported yesterday that the Asayish arrested four young men in Amuda.", 29),
    ("On Thursday, activists said the Asayish had raided homes in Amuda and detained three men.", 28),
    ("The Asayish announced on Wednesday that it had detained two suspects in Amuda.", 27),
])
def test_an_act_reported_before_the_day_just_told_is_dated_by_its_report(pipeline, then, day):
    evs = _events(pipeline, "QAMISHLI – A bomb exploded near a bakery in Qamishli on Saturday, wounding two people. "
                            + then)
    (arrest,) = [e for e in evs if e.sub_event_type == "Arrests"]
    assert arrest.date_from == dt.date(2025, 8, day)


def test_an_act_reported_after_the_day_just_told_keeps_that_day(pipeline):
    evs = _events(pipeline, "QAMISHLI – A bomb exploded near a bakery in Qamishli on Thursday, wounding two people. "
                            "The Asayish said on Saturday that it had arrested two suspects over the bombing in Amuda.")
    assert [e.date_from for e in evs if e.sub_event_type == "Arrests"] in ([], [dt.date(2025, 8, 28)])


# ---------------------------------------------------------------- an unknown place a protest is about

@pytest.mark.parametrize("text", [
    "Hundreds of people took to the streets of Amuda on Thursday to denounce the cutting of water by the armed "
    "groups that hold the Zarzuri pumping station.",
    "Dozens of residents rallied in Amuda on Thursday to protest against the closure of the Kherbet Nabo crossing.",
    "Hundreds of people demonstrated in Amuda on Thursday in solidarity with the besieged village of Tal Ghazlan.",
])
def test_an_unknown_place_a_protest_is_about_does_not_move_it(pipeline, text):
    evs = _events(pipeline, text)
    assert [(e.place_id, e.unresolved_name) for e in evs] == [("amuda", "")]


def test_an_unknown_place_where_a_protest_was_held_is_its_place(pipeline):
    evs = _events(pipeline, "Dozens of residents rallied outside the Zarzuri pumping station near Amuda on Thursday "
                            "to demand water for the town.")
    assert [e.unresolved_name for e in evs] != [""]
