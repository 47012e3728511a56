"""Ground taken near or around a town is drawn in the town's countryside, never at the town
(which the map would show changing hands) and never at another place the article names. Every
sentence here was written for these tests; none is copied from a report or the evaluation texts."""
from __future__ import annotations

import datetime as dt

import pytest
from conftest import english_events

WED = dt.date(2022, 8, 10)  # a Wednesday
_en = english_events(WED)

TAKEN = ("Non-state actor overtakes territory", "Government regains territory")


def _takeovers(events) -> list[str]:
    return [e.place_id for e in events if e.sub_event_type in TAKEN]


@pytest.mark.parametrize("text, countryside", [
    ("Clashes near Tal Tamr\nOn Tuesday, Turkish troops and allied factions seized two villages on the outskirts "
     "of Tal Tamr after a night of fighting.\nKurdish police on Monday found the bodies of two women who had been "
     "killed in the al-Hol camp.\nThey raided the camp earlier this month and detained dozens of people.",
     "tall_tamr_countryside"),
    ("Factions advance\nThe SDF said on Tuesday that Turkish-backed factions had advanced towards Amuda and seized "
     "three villages near the town.", "amuda_countryside"),
    ("Factions advance\nOn Tuesday the factions captured two hamlets near Darbasiyah, local sources said.",
     "darbasiyah_countryside"),
])
def test_english_ground_taken_near_a_town_is_its_countryside(pipeline, text, countryside):
    assert _takeovers(_en(pipeline, text)) == [countryside]


def test_english_a_neighbourhood_taken_in_a_town_stays_there(pipeline):
    text = "Government forces took control of the Tayy neighbourhood in Qamishli on Tuesday after clashes."
    assert _takeovers(_en(pipeline, text)) == ["tayy"]


@pytest.mark.parametrize("text, countryside", [
    ("سيطرت الفصائل الموالية لتركيا، يوم الثلاثاء، على قريتين في محيط بلدة تل تمر بعد معارك مع قسد.",
     "tall_tamr_countryside"),
    ("سيطرت الفصائل على ثلاث قرى قرب عامودا مساء الثلاثاء.", "amuda_countryside"),
    ("وتمكنت الفصائل يوم الثلاثاء من السيطرة على مزرعتين على أطراف مدينة الدرباسية.", "darbasiyah_countryside"),
])
def test_arabic_ground_taken_near_a_town_is_its_countryside(run_text, text, countryside):
    assert _takeovers(run_text(text, "2022-08-10").events) == [countryside]


@pytest.mark.parametrize("text, place", [
    # a quarter taken inside a town stays at the quarter; shelling near a town stays at the town (ACLED: near)
    ("سيطرت قوات الحكومة على حي الطي في القامشلي يوم الثلاثاء بعد اشتباكات.", "tayy"),
    # the edge of a place with no countryside of its own stays that place
    ("سيطرت الأسايش على أطراف حي الطي في القامشلي يوم الثلاثاء.", "tayy"),
    ("سيطرت قوات الحكومة على محيط مطار القامشلي يوم الثلاثاء بعد اشتباكات مع الأسايش.", "qamishli_airport"),
])
def test_arabic_a_quarter_taken_in_a_town_stays_there(run_text, text, place):
    assert _takeovers(run_text(text, "2022-08-10").events) == [place]


def test_arabic_shelling_near_a_town_is_still_at_the_town(run_text):
    events = run_text("قصفت القوات التركية قريتين قرب عامودا يوم الثلاثاء.", "2022-08-10").events
    assert [e.place_id for e in events] == ["amuda"]
