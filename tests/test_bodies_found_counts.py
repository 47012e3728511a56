"""Bodies found with a sign of violence: the dual and plural of «مقتول» are signs too, and the
count after «جثث» is the toll. Sentences written for these tests."""
from __future__ import annotations

import pytest


def _attacks(events):
    return [(e.place_id, e.fatalities) for e in events if e.sub_event_type == "Attack"]


@pytest.mark.parametrize("text, toll", [
    ("عثرت دورية للأسايش على جثتي شابين مقتولين قرب قرية تل جمعة صباح اليوم.", 2),
    ("عثر رعاة على جثتي امرأتين مقتولتين قرب قرية تل جمعة صباح اليوم.", 2),
    ("عثر الأهالي على جثث ثلاثة رجال مقتولين قرب قرية تل جمعة اليوم.", 3),
    ("عثرت دورية على جثث 5 أشخاص مقتولين بالرصاص قرب قرية تل جمعة اليوم.", 5),
])
def test_bodies_of_people_killed_are_an_attack_with_their_count(run_text, text, toll):
    assert _attacks(run_text(text, "2022-08-11").events) == [("tall_jumah", toll)]


def test_bodies_of_people_who_died_in_an_accident_are_no_attack(run_text):
    text = "عثر الأهالي على جثث ثلاثة شبان قضوا في حادث سير قرب قرية تل جمعة اليوم."
    assert _attacks(run_text(text, "2022-08-11").events) == []
