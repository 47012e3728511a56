"""English actor roles (issue 10): who did it and who was hit, on sentences written for these tests.

``between A and B`` names the two sides only when the parties stand right after ``between``;
a road or area "between" two towns says nothing about who fought.
"""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import english_events

from pipeline.records import Article

SUN = dt.date(2024, 3, 12)


_events = english_events(SUN)


@pytest.mark.parametrize("sentence", [
    "A Turkish drone struck a car on the road between Qamishli and Amuda on Sunday, killing two "
    "members of the Asayish and wounding a civilian.",
    "On Sunday a Turkish drone hit a checkpoint on the stretch between Amuda and Derbasiyah, "
    "killing two fighters of the Asayish.",
])
def test_places_after_between_do_not_make_the_victims_the_attackers(pipeline, sentence):
    (e,) = _events(pipeline, sentence)
    assert e.sub_event_type == "Air/drone strike"
    assert (e.actor1_id, e.actor2_id) == ("turkey", "asayish")
    assert e.fatalities == 2


@pytest.mark.parametrize("sentence, pair", [
    ("Clashes broke out on Sunday between the Asayish and the National Defence Forces in Qamishli.",
     ("asayish", "ndf")),
    ("On Sunday fighting between SDF fighters and regime forces flared up near Tal Tamr.",
     ("sdf", "syrian_government")),
])
def test_parties_right_after_between_are_the_two_sides(pipeline, sentence, pair):
    (e,) = _events(pipeline, sentence)
    assert e.event_type == "Battles"
    assert (e.actor1_id, e.actor2_id) == pair


@pytest.mark.parametrize("sentence, language", [
    ("ISIS militants attacked an SDF checkpoint near al-Shaddadi on Sunday, killing two fighters.", "en"),
    ("قتل عنصران من قوات سوريا الديمقراطية يوم الأحد بهجوم شنته خلايا تنظيم داعش على حاجز قرب بلدة الشدادي.",
     "ar"),
])
def test_the_islamic_state_is_an_actor_of_its_own(pipeline, sentence, language):
    (e,) = pipeline.process(Article("isis", "isis.txt", sentence, SUN, "Test outlet", language)).events
    assert e.event_type == "Battles"
    assert {e.actor1_id, e.actor2_id} == {"isis", "sdf"}
    assert e.actor1 == "Islamic State (Syria)" or e.actor2 == "Islamic State (Syria)"


def test_the_verb_is_is_not_the_islamic_state(pipeline):
    (e,) = _events(pipeline, "The Asayish arrested a man in Amuda on Sunday; the town is calm now, residents said.")
    assert "isis" not in (e.actor1_id, e.actor2_id)


@pytest.mark.parametrize("sentence, hit", [
    ("A roadside bomb wounded two members of the Asayish on the Hasakah–Shaddadi road on Sunday.", "asayish"),
    ("On Sunday a motorcycle rigged with explosives blew up near a bakery in the Nasra neighbourhood of "
     "Hasakah, killing three civilians.", "civilians"),
    ("Two SDF fighters were killed on Sunday when a landmine exploded under their vehicle near Tal Hamis.", "sdf"),
])
def test_a_bombing_with_no_bomber_named_is_by_an_unidentified_group(pipeline, sentence, hit):
    (e,) = _events(pipeline, sentence)
    assert (e.actor1_id, e.actor2_id) == ("unidentified", hit)


def test_a_bombing_claimed_later_keeps_its_claimer(pipeline):
    (e,) = _events(pipeline, "A car bomb exploded near an Asayish checkpoint in Qamishli on Sunday, killing "
                             "four people. The Islamic State group claimed the bombing on its channels.")
    assert e.actor1_id == "isis"


@pytest.mark.parametrize("sentence, actors", [
    ("Fighters of the People's Protection Units (YPG) clashed with ISIS gunmen near al-Hol on Sunday.", {"sdf", "isis"}),
    ("A Turkish drone killed two members of the Women's Protection Units near Amuda on Sunday.", {"turkey", "sdf"}),
    ("The YPG and government forces agreed a ceasefire in Qamishli on Sunday.", {"sdf", "syrian_government"}),
])
def test_the_kurdish_protection_units_are_the_sdf(pipeline, sentence, actors):
    (e,) = _events(pipeline, sentence)
    assert {e.actor1_id, e.actor2_id} == actors


@pytest.mark.parametrize("sentence, faced", [
    ("Villagers of Tal al-Dhahab stopped a convoy of the US forces on Sunday and made it turn back.", "usa"),
    ("On Sunday residents of Khirbet Ammo blocked a US convoy and pelted it with stones.", "usa"),
    ("People of Tal Tamr intercepted a convoy of the Russian forces on Sunday and forced it to leave.", "russia"),
])
def test_a_crowd_that_confronts_a_convoy_faces_its_force(pipeline, sentence, faced):
    (e,) = _events(pipeline, sentence)
    assert e.actor1_id in ("protesters", "rioters") and e.actor2_id == faced


def test_a_crowd_that_gathers_before_an_office_faces_no_force(pipeline):
    (e,) = _events(pipeline, "Dozens of residents gathered outside the Asayish office in Amuda on Sunday to "
                             "demand the release of their sons.")
    assert (e.actor1_id, e.actor2_id) == ("protesters", "")


@pytest.mark.parametrize("sentence", [
    "A displaced man was killed by gunfire in the second section of al-Hol camp on Sunday.",
    "On Sunday a young man was found shot dead near his home in the Tayy neighbourhood of Qamishli.",
    "A shopkeeper was killed by a stray bullet in the market of Amuda on Sunday.",
])
def test_a_killing_told_with_a_weapon_and_no_killer_is_by_an_unidentified_group(pipeline, sentence):
    (e,) = _events(pipeline, sentence)
    assert (e.actor1_id, e.actor2_id) == ("unidentified", "civilians")


def test_a_killing_by_a_named_force_keeps_its_author(pipeline):
    (e,) = _events(pipeline, "On Sunday a young man was shot dead by Asayish members at a checkpoint in Amuda.")
    assert (e.actor1_id, e.actor2_id) == ("asayish", "civilians")
