"""English precision on unseen copy (issue 10): constructions where an event word names people or
things by an earlier act instead of telling a new one. Every sentence here was written for these
tests, with facts of its own; none is copied from a report or from the evaluation texts.
"""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import english_events

WED = dt.date(2024, 3, 13)  # a Wednesday

_events = english_events(WED)


# ---------------------------------------------------------------- people named by an earlier act

@pytest.mark.parametrize("text", [
    # killed in earlier fighting: the dead are named by how they died, the act is a handover
    "Tribal mediators on Tuesday returned to the Asayish the bodies of four guards killed in earlier "
    "clashes near Amuda.",
    "The two sides swapped the remains of fighters killed in recent fighting at a crossing near Tal Tamr on Tuesday.",
    # held in earlier raids: the people are named by how they were held, the act is a gathering
    "Mothers of young men detained in earlier raids sat in outside the council building in Amuda on Tuesday.",
    # a participle before its noun: captives, not ground taken nor a new arrest
    "The Asayish on Tuesday freed 12 captured gunmen of the NDF at a checkpoint in Qamishli.",
    "The detained teachers were moved on Tuesday to a prison outside Amuda, their union said.",
])
def test_people_named_by_an_earlier_act_are_no_new_event(pipeline, text):
    evs = _events(pipeline, text)
    kinds = {(e.event_type, e.sub_event_type) for e in evs}
    assert ("Battles", "Armed clash") not in kinds
    assert ("Battles", "Non-state actor overtakes territory") not in kinds
    assert ("Battles", "Government regains territory") not in kinds
    assert ("Strategic developments", "Arrests") not in kinds


@pytest.mark.parametrize("text", [
    "Tribal mediators on Tuesday returned to the Asayish the bodies of four guards killed in earlier "
    "clashes near Amuda.",
    "The two sides swapped the remains of fighters killed in recent fighting at a crossing near Tal Tamr on Tuesday.",
    "Army officers and the SDF traded late on Tuesday the corpses of six soldiers at a crossing near Tal Tamr.",
])
def test_bodies_given_back_with_words_between_verb_and_object_are_a_handover(pipeline, text):
    (ev,) = _events(pipeline, text)
    assert (ev.event_type, ev.sub_event_type) == ("Strategic developments", "Other")
    assert ev.event_date == dt.date(2024, 3, 12)


@pytest.mark.parametrize("text, sub", [
    # the same words telling the act itself stay events
    ("Four Asayish guards were killed in clashes with gunmen near Amuda on Tuesday.", "Armed clash"),
    # a recap with a time of its own is its own event
    ("On Tuesday, mediators returned the bodies of four guards killed in last week's clashes in Amuda.",
     "Armed clash"),
    ("The Asayish detained 12 young men in raids on two villages near Amuda on Tuesday.", "Arrests"),
    ("Military police detained teachers at a school in Amuda on Tuesday, their union said.", "Arrests"),
    ("Gunmen captured two villages south of Tal Tamr on Tuesday after clashes with the SDF.",
     "Non-state actor overtakes territory"),
])
def test_the_same_words_telling_the_act_stay_events(pipeline, text, sub):
    evs = _events(pipeline, text)
    assert sub in {e.sub_event_type for e in evs}


# ---------------------------------------------------------------- an event word inside a name

@pytest.mark.parametrize("text", [
    "Russian armoured fighting vehicles drove through the centre of Qamishli on Tuesday.",
    "American infantry fighting vehicles were parked outside the airport in Qamishli on Tuesday.",
])
def test_an_event_word_inside_the_name_of_a_thing_is_no_event(pipeline, text):
    evs = _events(pipeline, text)
    assert "Armed clash" not in {e.sub_event_type for e in evs}


# ---------------------------------------------------------------- a strike told again in the passive

@pytest.mark.parametrize("detail, place", [
    # the spot named, inside the countryside the lead gave: that strike's place
    ("Farmers said the pickup was struck on a dirt road beside the village of Tal Ziwan.", "tal_ziwan"),
    ("Relatives told reporters that their car had been hit near Tal Shaeer, on the way back from the fields.",
     "tal_shaeer"),
    # a town outside that countryside: the same strike still, its place kept
    ("According to local sources, the vehicle was hit on a track outside Tal Hamis.", "qamishli_countryside"),
])
def test_a_definite_thing_struck_in_the_passive_is_the_strike_told_before(pipeline, detail, place):
    text = ("A Turkish drone fired a missile at an SDF pickup in the countryside of Qamishli on Tuesday "
            "afternoon, killing two fighters. " + detail)
    (ev,) = _events(pipeline, text)
    assert ev.sub_event_type == "Air/drone strike"
    assert (ev.place_id, ev.fatalities) == (place, 2)


@pytest.mark.parametrize("detail", [
    "A second car was struck near Tal Ziwan an hour later.",
    "Another vehicle was hit near Tal Shaeer on the same afternoon.",
])
def test_another_thing_struck_is_another_strike(pipeline, detail):
    text = ("A Turkish drone fired a missile at an SDF pickup in the countryside of Qamishli on Tuesday "
            "afternoon, killing two fighters. " + detail)
    assert len(_events(pipeline, text)) == 2


# ---------------------------------------------------------------- an event as the topic of a statement

@pytest.mark.parametrize("text", [
    "Asked about the artillery fire on Tal Tamr, a Turkish diplomat said his army answers only attacks.",
    "When asked about the detentions in Amuda, a spokesman for the Asayish would not say more.",
    "The Asayish did not comment on Sunday's shooting at the Hilaliya roundabout.",
    "The Hasakah governor described the shelling of the Ghwayran district as a crime against civilians.",
    "A clip shared widely online purports to show the bombing of a bakery in Amuda.",
    "Commenting on the raid in Hilaliya, the local council said the detainees were students.",
])
def test_an_event_named_as_the_topic_of_a_statement_is_no_new_report(pipeline, text):
    assert _events(pipeline, text) == []


def test_a_topic_event_in_an_article_about_another_event_adds_nothing(pipeline):
    text = ("Two Asayish members were wounded on Tuesday when gunmen fired at their patrol in Amuda. "
            "Asked about the shelling of villages near Tal Tamr, an SDF official said he had no details "
            "yet.")
    (ev,) = _events(pipeline, text)
    assert ev.location == "Amuda"


@pytest.mark.parametrize("text, sub", [
    # told with its own day before any other verb: the act itself
    ("Activists shared footage of the shelling of Amuda on Monday that killed two children.",
     "Shelling/artillery/missile attack"),
    ("Residents told us about a drone strike that killed a farmer near Amuda on Monday.", "Air/drone strike"),
])
def test_an_event_told_with_its_own_day_after_a_topic_word_stays(pipeline, text, sub):
    assert sub in {e.sub_event_type for e in _events(pipeline, text)}


# ---------------------------------------------------------------- said of the future, or going on

@pytest.mark.parametrize("text", [
    "A meeting between tribal elders and the Asayish is scheduled for Thursday in Amuda.",
    "A sit-in by teachers outside the education office in Amuda is planned for Friday.",
    "Talks between Russian officers and the SDF in Qamishli were still under way, a source said.",
])
def test_an_event_said_of_the_future_or_still_going_on_is_no_event(pipeline, text):
    assert _events(pipeline, text) == []


def test_a_violent_act_planned_by_someone_is_still_told(pipeline):
    text = "A car bomb that killed two guards in Amuda on Monday was planned by an ISIS cell, the Asayish said."
    assert "Remote explosive/landmine/IED" in {e.sub_event_type for e in _events(pipeline, text)}


# ---------------------------------------------------------------- a date told from another, at the clause's end

FRI = dt.date(2024, 3, 15)  # a Friday


@pytest.mark.parametrize("text, day", [
    # the statement's Thursday, then "two days earlier" at the end of the act's own clause
    ("The SDF said on Thursday that its commandos had captured an ISIS financier during a raid near "
     "al-Hol two days earlier.", dt.date(2024, 3, 12)),
    ("Asayish officers told reporters on Thursday that they detained a weapons smuggler at a checkpoint "
     "outside Amuda the day before.", dt.date(2024, 3, 13)),
])
def test_a_date_told_from_another_at_the_end_of_the_acts_clause_dates_the_act(pipeline, text, day):
    (ev,) = _events(pipeline, text, published=FRI)
    assert ev.sub_event_type == "Arrests"
    assert ev.event_date == day


def test_a_date_told_from_another_after_a_second_act_is_that_acts(pipeline):
    text = ("The Asayish arrested two men in Amuda on Thursday who had robbed a jeweller in Qamishli "
            "three days earlier.")
    evs = [e for e in _events(pipeline, text, published=FRI) if e.sub_event_type == "Arrests"]
    assert [e.event_date for e in evs] == [dt.date(2024, 3, 14)]


@pytest.mark.parametrize("text", [
    "The return of captured and injured guards to both sides started near Tal Tamr on Tuesday.",
    "Hundreds of detained men were moved from Hasakah to a camp near al-Hol on Tuesday.",
])
def test_a_participle_after_of_or_before_a_second_participle_describes_captives(pipeline, text):
    subs = {e.sub_event_type for e in _events(pipeline, text)}
    assert "Arrests" not in subs and "Non-state actor overtakes territory" not in subs
