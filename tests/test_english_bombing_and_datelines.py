"""English: a bombing by a force that strikes only from the air, and an outlet's dateline with a
year and a dash (issue 10, from the real sets' misses). Every sentence here was written for these
tests; none is copied from a report or from the evaluation texts.
"""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import english_events

FRI = dt.date(2015, 12, 11)  # a Friday

_events = english_events(FRI)


@pytest.mark.parametrize("text", [
    "The US-led coalition bombed farms near al-Hawl on Monday, killing 12 civilians.",
    "During the bombing of farms near al-Hawl by the US-led coalition on Monday, 12 civilians were killed.",
])
def test_a_coalition_bombing_is_an_air_strike(pipeline, text):
    (ev,) = _events(pipeline, text)
    assert (ev.sub_event_type, ev.fatalities, ev.date_from) == ("Air/drone strike", 12, dt.date(2015, 12, 7))


@pytest.mark.parametrize("text, sub_type", [
    ("Turkish forces bombed villages near Tal Tamr on Monday.", "Shelling/artillery/missile attack"),
    ("A bombing near a coalition base in Shaddadi killed two people on Monday.", "Remote explosive/landmine/IED"),
])
def test_a_bombing_by_others_stays_what_it_was(pipeline, text, sub_type):
    (ev,) = _events(pipeline, text)
    assert ev.sub_event_type == sub_type


@pytest.mark.parametrize("lead", ["Test Watch, December 11, 2015—", "Test Watch, December 11, 2015 – "])
def test_an_outlets_dated_dateline_dates_no_event(pipeline, lead):
    # the dateline's day (and year) is when the copy was filed; the act's day is the one the sentence gives
    (ev,) = _events(pipeline, lead + "Gunmen shot dead a teacher in Amuda on December 7, 2015.")
    assert (ev.place_id, ev.date_from) == ("amuda", dt.date(2015, 12, 7))
    # and a weekday counts back from the day it was filed
    (ev,) = _events(pipeline, lead + "Gunmen shot dead a teacher in Amuda on Tuesday.", dt.date(2015, 12, 16))
    assert ev.date_from == dt.date(2015, 12, 8)


# ---------------------------------------------------------------- arson and looting; figures of speech; an attack by its noun

MON = dt.date(2022, 3, 14)  # a Monday


@pytest.mark.parametrize("text, place", [
    ("Unknown people set fire to the office of a Kurdish party in Darbasiyah on Sunday night.", "darbasiyah"),
    ("Armed men looted the houses of displaced families in Ras al-Ain on Sunday.", "ras_al_ayn"),
    ("Unknown assailants torched the car of a journalist in Amuda on Sunday.", "amuda"),
])
def test_property_set_on_fire_or_looted_is_an_event(pipeline, text, place):
    (ev,) = _events(pipeline, text, MON)
    assert (ev.sub_event_type, ev.place_id, ev.date_from) == ("Looting/property destruction", place, dt.date(2022, 3, 13))


@pytest.mark.parametrize("text", [
    "The fire burned down three shops in the Amuda market on Sunday; a short circuit was blamed.",
    "Wildfires burned down farmland near Tal Tamr on Sunday.",
])
def test_a_fire_no_one_set_is_no_event(pipeline, text):
    assert _events(pipeline, text, MON) == []


def test_a_fire_a_shell_started_is_no_arson(pipeline):
    events = _events(pipeline, "Turkish shells set fire to a barn in a village near Tal Tamr on Sunday.", MON)
    assert [e.sub_event_type for e in events] == ["Shelling/artillery/missile attack"]


@pytest.mark.parametrize("text", [
    "Al-Hol camp remains a ticking time bomb, officials warned on Sunday.",
    "A bomb disposal course for Asayish members ended in Qamishli on Sunday.",
])
def test_a_bomb_of_speech_or_of_training_is_no_event(pipeline, text):
    assert _events(pipeline, text, MON) == []


def test_a_real_time_bomb_is_one(pipeline):
    (ev,) = _events(pipeline, "A time bomb exploded near a bakery in Qamishli on Sunday, wounding three.", MON)
    assert (ev.sub_event_type, ev.injuries) == ("Remote explosive/landmine/IED", 3)


@pytest.mark.parametrize("text, sub_type, killed", [
    # an attack told by its noun keeps the killing it tells (the noun is no trigger of its own)
    ("An attack on a church in Qamishli killed three people on Sunday.", "Attack", 3),
    ("An explosion ripped through a market in Qamishli on Sunday, killing three people as well as wounding ten.",
     "Remote explosive/landmine/IED", 3),
    ("Unknown gunmen shot dead a traffic police officer in Qamishli on Sunday.", "Attack", 1),
])
def test_a_killing_told_beside_the_new_rules_words_is_kept(pipeline, text, sub_type, killed):
    (ev,) = _events(pipeline, text, MON)
    assert (ev.sub_event_type, ev.place_id, ev.fatalities) == (sub_type, "qamishli", killed)


def test_a_bombing_aimed_at_the_coalition_is_no_air_strike(pipeline):
    (ev,) = _events(pipeline, "A roadside bombing targeted a US-led coalition patrol near al-Shaddadi on Sunday, "
                              "wounding two soldiers.", MON)
    assert ev.sub_event_type == "Remote explosive/landmine/IED"


def test_a_roundup_line_is_no_dateline(pipeline):
    # (a hyphen, no year: a roundup's line, whose own day is told, not the filing of the whole copy)
    (ev,) = _events(pipeline, "Amuda, March 10 - A Turkish drone strike killed two fighters near Amuda.", MON)
    assert (ev.date_from, ev.confidence) == (dt.date(2022, 3, 10), "high")


@pytest.mark.parametrize("text", [
    # a summary over a region, condemned in a statement: no one act
    "The council condemned the continued Turkish attacks on the region on Sunday.",
    # no casualties told: the noun alone is not enough
    "Officials discussed the attack on a checkpoint in Tal Tamr on Sunday.",
])
def test_an_attack_noun_without_its_act_is_no_event(pipeline, text):
    assert _events(pipeline, text, MON) == []


# ---------------------------------------------------------------- how English tells its dead

@pytest.mark.parametrize("text, killed", [
    ("Two civilians perished on Sunday as Turkish shells struck their home in a village near Tal Tamr.", 2),
    ("An SDF fighter was fatally shot by gunmen at a checkpoint in the town of al-Hol on Sunday.", 1),
    ("A drone strike on Sunday claimed the life of a journalist near Malikiyah.", 1),
    ("A tribal dignitary was assassinated in front of his house in the town of Shaddadi on Sunday evening.", 1),
    ("Gunmen on a motorcycle killed a money changer in the market of Qahtaniyah on Sunday.", 1),
])
def test_the_ways_english_tells_a_death_count_the_dead(pipeline, text, killed):
    (ev,) = _events(pipeline, text, MON)
    assert ev.fatalities == killed


def test_a_clan_a_person_is_from_is_no_home_town_for_the_place_after_it(pipeline):
    # "from the X clan" says who he is; "in front of his home in Shaddadi" says where he was killed
    (ev,) = _events(pipeline, "On Sunday, gunmen shot dead a tribal dignitary from the Jabour clan in front of his home "
                              "in Shaddadi city.", MON)
    assert (ev.place_id, ev.fatalities) == ("shaddadah", 1)
    # the home town told with another place after it stays his origin
    (ev,) = _events(pipeline, "On Sunday, gunmen shot dead a young man from Amuda in Qamishli's Tayy neighbourhood.", MON)
    assert ev.place_id == "tayy"


# ---------------------------------------------------------------- an attack told by its noun, with its dead

@pytest.mark.parametrize("text, sub_type, killed", [
    ("An IS attack on Sunday left one SDF fighter dead near Shaddadi.", "Armed clash", 1),
    ("An IS attack on Sunday resulted in the death of an SDF member near Shaddadi.", "Armed clash", 1),
    ("Two SDF fighters died in an IS attack near Shaddadi on Sunday.", "Armed clash", 2),
    ("An SDF fighter lost his life on Sunday in an attack by IS cells near Shaddadi.", "Armed clash", 1),
    ("A woman died on Sunday in an attack by unknown gunmen on her house in Amuda.", "Attack", 1),
])
def test_an_attack_noun_with_a_death_in_its_clause_is_the_killing(pipeline, text, sub_type, killed):
    (ev,) = _events(pipeline, text, MON)
    assert (ev.sub_event_type, ev.fatalities, ev.date_from) == (sub_type, killed, dt.date(2022, 3, 13))


@pytest.mark.parametrize("text", [
    "The death toll of Sunday's attacks in Qamishli has risen to twelve.",  # a running total, no new act
    "Officials discussed Sunday's attack on a checkpoint in Tal Tamr, in which nobody died.",
    "A detainee died of a heart attack in a prison in Hasakah on Sunday, the SDF said.",  # no one's act
    # a beast's attack, a weapon named "attack"/"assault", a past attack, what did not happen (a reviewer's cases)
    "A dog attack left a six-year-old boy dead in a village near Amuda on Sunday.",
    "A shepherd lost his life on Sunday in a wolf attack on his flock outside Shaddadi.",
    "A Syrian army attack helicopter crashed near Qamishli airport on Sunday, leaving two pilots dead.",
    "A man died in Amuda on Sunday when his own assault rifle went off while he was cleaning it.",
    "A fighter wounded in last year's attack on the Sina prison died of his injuries in Hasakah on Sunday.",
    "Relatives of those who died in the 2019 attack on Ras al-Ain held a vigil in Hasakah on Sunday.",
    "Nobody died in Sunday's attack on a checkpoint in Tal Tamr, the Asayish said.",
    "The Asayish denied reports that anyone died in Sunday's attack on a checkpoint near Qamishli.",
    "An elderly woman died of a stroke in Amuda on Sunday, a week after the attack on her neighbourhood.",
])
def test_an_attack_noun_with_a_toll_word_but_no_new_death_is_no_killing(pipeline, text):
    assert [e for e in _events(pipeline, text, MON) if e.fatalities] == []


@pytest.mark.parametrize("text", [
    "On Sunday a Turkish drone struck a car on the road connecting Amuda and Darbasiyah.",
    "On Sunday a Turkish drone struck a car on the road linking Amuda and Qamishli.",
    "On Sunday a Turkish drone struck a car on the road between Amuda and Qamishli.",
])
def test_a_strike_on_a_road_between_two_towns_is_one_strike(pipeline, text):
    # the two towns are the road's ends, not two targets: one strike, coded at the first town named
    (ev,) = _events(pipeline, text, MON)
    assert (ev.sub_event_type, ev.place_id) == ("Air/drone strike", "amuda")
    # people joined, not a road's ends: two protests
    evs = _events(pipeline, "Protesters marched along the road joining crowds in Amuda and Qamishli on Sunday.", MON)
    assert sorted(e.place_id for e in evs) == ["amuda", "qamishli"]
    # two towns a shelling hit are two targets still
    evs = _events(pipeline, "On Sunday Turkish shelling hit the villages of Amuda and Darbasiyah.", MON)
    assert sorted(e.place_id for e in evs) == ["amuda", "darbasiyah"]
