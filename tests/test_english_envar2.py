"""English classes the envar variation probe found and left (envar2): remembrances and funerals of
old acts, inquiries into claims, arrests across the border in Turkey, the Turkish defence ministry's
"neutralised", a toll told in the sentence after the act, and the day of an act told by another
event's day.

Every sentence here was written for these tests (none is copied from a report or the probe); each
class has sentences that must give the coding and near misses that must not.
"""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import english_events

THU = dt.date(2023, 10, 19)  # a Thursday
MON, TUE, WED = dt.date(2023, 10, 16), dt.date(2023, 10, 17), dt.date(2023, 10, 18)

_events = english_events(THU)


# ---------------------------------------------------------------- remembrance told by a relative clause

@pytest.mark.parametrize("sentence", [
    "People in Amuda marked on Monday the anniversary of the 2004 unrest, in which dozens were killed.",
    "Families laid flowers at a memorial to the victims of the 2015 bombing, which killed 40 people in Qamishli.",
])
def test_act_a_remembrance_is_about_is_no_event(pipeline, sentence):
    assert not [e for e in _events(pipeline, sentence) if e.event_type != "Protests"]


def test_relative_clause_of_a_remembrance_leaves_the_news_toll_alone(pipeline):
    (ev,) = _events(pipeline, "On the anniversary of the uprising, in which dozens were killed, a Turkish "
                              "drone hit a car in Amuda on Tuesday, killing two fighters.")
    assert (ev.sub_event_type, ev.place_id, ev.fatalities) == ("Air/drone strike", "amuda", 2)


def test_relative_clause_after_a_memorial_held_now_is_news(pipeline):
    # the service's own verb comes between: the relative clause tells of the service
    evs = _events(pipeline, "A memorial service was held in Amuda on Tuesday, during which a bomb went off, "
                            "killing two people.")
    assert [(e.event_type, e.date_from, e.fatalities) for e in evs] == [("Explosions/Remote violence", TUE, 2)]


# ---------------------------------------------------------------- funeral of people killed in an old act

def test_funeral_of_people_killed_in_last_weeks_strike_is_no_new_strike(pipeline):
    assert not _events(pipeline, "The burial of the three Asayish members killed in last week's drone "
                                 "strike took place in Amuda on Tuesday.")


def test_funeral_of_people_killed_in_a_strike_with_its_own_day_and_place(pipeline):
    (ev,) = _events(pipeline, "The funeral of two girls killed in a Turkish drone strike on Amuda on Monday "
                              "was held on Wednesday.")
    assert (ev.sub_event_type, ev.place_id, ev.date_from, ev.fatalities) == ("Air/drone strike", "amuda", MON, 2)


# ---------------------------------------------------------------- inquiry into claims

@pytest.mark.parametrize("sentence", [
    "The Asayish said they would investigate claims that their members had kidnapped a teacher in Amuda.",
    "The SDF said on Tuesday it was looking into reports that its fighters had abducted two boys near Hasakah.",
])
def test_claims_under_inquiry_are_no_event(pipeline, sentence):
    assert not _events(pipeline, sentence)


def test_inquiry_into_the_act_itself_keeps_the_act(pipeline):
    (ev,) = _events(pipeline, "Police in Amuda were investigating the abduction of a teacher by gunmen on Monday.")
    assert (ev.sub_event_type, ev.place_id, ev.date_from) == ("Abduction/forced disappearance", "amuda", MON)


# ---------------------------------------------------------------- ground acts across the border in Turkey

@pytest.mark.parametrize("sentence", [
    "Turkish gendarmes arrested eight men in Nusaybin on Monday over alleged ties to the YPG.",
    "Hundreds of Kurds protested in Nusaybin on Tuesday against the strikes on Qamishli.",
])
def test_arrests_and_protests_in_nusaybin_are_turkeys(pipeline, sentence):
    assert not _events(pipeline, sentence)


def test_shells_landing_in_nusaybin_stay_an_event(pipeline):
    (ev,) = _events(pipeline, "Shells fired from the Syrian side landed in Nusaybin on Monday, wounding three civilians.")
    assert (ev.sub_event_type, ev.place_id, ev.injuries) == ("Shelling/artillery/missile attack", "nusaybin", 3)


def test_arrest_at_the_crossing_on_the_syrian_side_stays(pipeline):
    (ev,) = _events(pipeline, "The Asayish detained two smugglers near the Nusaybin crossing in Qamishli on Monday.")
    assert (ev.sub_event_type, ev.date_from) == ("Arrests", MON)


# ---------------------------------------------------------------- the Turkish defence ministry's "neutralised"

@pytest.mark.parametrize("sentence, sub_event_type, place", [
    ("Ankara's defence ministry said on Monday that 'three terrorists were neutralised' in an aerial "
     "operation near Tal Tamr.", "Air/drone strike", "tall_tamr"),
    ("Turkey said it had neutralized five PKK/YPG terrorists near Darbasiyah on Monday.", "Armed clash", "darbasiyah"),
    ("Turkish howitzers neutralised two YPG militants near Tal Tamr on Monday, the ministry said.",
     "Shelling/artillery/missile attack", "tall_tamr"),
])
def test_neutralised_near_a_place_is_an_act_with_no_toll(pipeline, sentence, sub_event_type, place):
    (ev,) = _events(pipeline, sentence)
    assert (ev.sub_event_type, ev.place_id, ev.date_from, ev.actor1_id) == (sub_event_type, place, MON, "turkey")
    assert not ev.fatalities  # "neutralised" is no count of the dead


def test_neutralised_by_its_drones_is_turkeys_strike(pipeline):
    (ev,) = _events(pipeline, "The Turkish defence ministry said on Monday its drones had neutralised six PKK "
                              "terrorists in the Amuda countryside.")
    assert (ev.sub_event_type, ev.actor1_id, ev.date_from) == ("Air/drone strike", "turkey", MON)
    assert not ev.fatalities


def test_killed_told_beside_neutralised_is_the_toll(pipeline):
    (ev,) = _events(pipeline, "Turkish drones killed three PKK/YPG terrorists near Tal Tamr on Monday, the ministry said.")
    assert (ev.sub_event_type, ev.fatalities) == ("Air/drone strike", 3)


@pytest.mark.parametrize("sentence", [
    # no place of the area named (the gold codes none)
    "Turkey's defence ministry said on Monday its forces had neutralised nine militants in northern Syria.",
    # things, not people
    "Turkish engineers neutralised two mines near Darbasiyah on Monday.",
])
def test_neutralised_without_a_place_or_people_is_no_event(pipeline, sentence):
    assert not _events(pipeline, sentence)


# ---------------------------------------------------------------- toll told in the sentence after the act

def test_they_died_when_binds_the_dead_before_to_the_act(pipeline):
    evs = _events(pipeline, "Three Asayish members were killed on Monday. They died when a Turkish drone hit "
                            "their pickup near Darbasiyah.")
    assert [(e.sub_event_type, e.date_from, e.actor1_id, e.fatalities) for e in evs] == [
        ("Air/drone strike", MON, "turkey", 3)]


def test_they_died_when_after_a_fight_of_its_own_stays_two_acts(pipeline):
    # the dead before were told in an act of their own (clashes): no killing without a trigger to bind
    evs = _events(pipeline, "Two SDF members were killed in clashes with ISIS near al-Hol on Monday. They died "
                            "when a Turkish drone struck their car near Amuda on Tuesday.")
    assert sorted(e.sub_event_type for e in evs) == ["Air/drone strike", "Armed clash"]


def test_the_raids_killed_is_the_toll_of_the_strikes_before(pipeline):
    (ev,) = _events(pipeline, "Turkish jets struck several villages in the Amuda countryside on Monday night. "
                              "Local officials said the raids killed four SDF fighters.")
    assert (ev.sub_event_type, ev.fatalities, ev.actor2_id) == ("Air/drone strike", 4, "sdf")


def test_the_blast_killed_with_a_blaming_tail_is_the_blast_before(pipeline):
    (ev,) = _events(pipeline, "An explosion hit an Asayish patrol near Tal Tamr on Monday. The blast killed one "
                              "member, the Asayish said, blaming ISIS cells.")
    assert (ev.sub_event_type, ev.fatalities, ev.actor1_id, ev.date_from) == (
        "Remote explosive/landmine/IED", 1, "isis", MON)


def test_a_blast_with_another_party_of_its_own_is_not_bound(pipeline):
    # the second sentence names a side of its own before its trigger: another act
    evs = _events(pipeline, "An explosion hit an Asayish patrol near Tal Tamr on Monday. Separately, government "
                            "forces clashed with the SDF in Qamishli on Tuesday.")
    assert len(evs) == 2


# ---------------------------------------------------------------- the act's day told beside another day

def test_died_of_wounds_sustained_in_a_strike_on_an_earlier_day(pipeline):
    (ev,) = _events(pipeline, "Two Asayish members died on Wednesday of wounds sustained in a Turkish drone "
                              "strike on their checkpoint near Tal Tamr on Monday.")
    assert (ev.sub_event_type, ev.date_from, ev.fatalities) == ("Air/drone strike", MON, 2)


def test_died_of_wounds_with_no_day_of_the_strike_keeps_the_day_told(pipeline):
    (ev,) = _events(pipeline, "An SDF fighter died on Wednesday of wounds sustained in a Turkish drone strike near Darbasiyah.")
    assert ev.date_from == WED


def test_the_previous_day_after_a_statements_day(pipeline):
    (ev,) = _events(pipeline, "The Asayish said on Wednesday that a Turkish drone had hit one of their cars near "
                              "Darbasiyah the previous day.")
    assert (ev.sub_event_type, ev.date_from) == ("Air/drone strike", TUE)


def test_the_previous_day_of_another_verb_is_not_the_strikes(pipeline):
    # the day told after a relative clause's own verb is that verb's, not the strike's
    (ev,) = _events(pipeline, "A Turkish drone struck a car near Darbasiyah on Wednesday, killing a man who had "
                              "returned from Qamishli the previous day.")
    assert ev.date_from == WED
