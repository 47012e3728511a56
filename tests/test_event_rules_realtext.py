"""Rules for phrasing that real news pages use and our written texts did not (issue 10): roads
named by the two towns that end them, facilities named after the oil fields of a town, page
and person names that hold a town's name, riots and stone-throwing told as attacks or clashes,
and English arrests, curfews and strikes told with their towns and villages.

Every sentence here was written for these tests, with facts of its own; none is copied from an
outlet or from the evaluation reports. Each rule is checked both ways where the shape allows: the
sentence it changes, and one of the same shape that stays as it was.
"""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import english_events

DRONE = ("Explosions/Remote violence", "Air/drone strike")
IED = ("Explosions/Remote violence", "Remote explosive/landmine/IED")

events_en = english_events(dt.date(2022, 3, 14))


def _placed(events, kind: tuple[str, str]) -> list[tuple[str, str]]:
    return [(e.place_id, e.unresolved_name) for e in events if (e.event_type, e.sub_event_type) == kind]


# --------------------------------------------------------------------------- a road named by its two towns


@pytest.mark.parametrize("text", [
    "استهدفت مسيرة تركية ظهر اليوم سيارة عسكرية على طريق (عامودا- الدرباسية).",
    "استهدفت مسيرة تركية ظهر اليوم سيارة عسكرية على طريق عامودا – الدرباسية.",
    "استهدفت مسيرة تركية ظهر اليوم سيارة عسكرية على طريق عامودا-الدرباسية.",
])
def test_an_act_on_a_dashed_road_is_in_the_first_towns_countryside(run_text, text):
    placed = _placed(run_text(text, "2023-02-22").events, DRONE)
    assert [p for p, _ in placed] == ["amuda_countryside"]
    assert "الدرباسية" in placed[0][1]


def test_a_bomb_on_a_dashed_road_south_of_a_city_is_not_in_the_far_town(run_text):
    text = "انفجرت عبوة ناسفة صباح اليوم بسيارة عسكرية على طريق (الحسكة- الشدادي) جنوب الحسكة."
    assert [p for p, _ in _placed(run_text(text, "2023-02-22").events, IED)] == ["hasakah_countryside"]


def test_the_countryside_named_beside_a_dashed_road_places_the_act(run_text):
    text = "استهدفت مسيرة تركية ظهر اليوم سيارة لقسد في ريف عامودا بالقرب من قرية كرباطلي على طريق (عامودا- الدرباسية)."
    assert [p for p, _ in _placed(run_text(text, "2023-02-22").events, DRONE)] == ["amuda_countryside"]


def test_a_road_to_one_town_is_still_placed_at_that_town(run_text):
    # near miss: one town after the road word is where the road goes, not two ends
    text = "استهدفت مسيرة تركية ظهر اليوم سيارة عسكرية أثناء مرورها على طريق بلدة القحطانية."
    assert [p for p, _ in _placed(run_text(text, "2023-02-22").events, DRONE)] == ["qahtaniyah"]


def test_a_town_named_after_the_road_in_another_phrase_is_still_the_scene(run_text):
    # near miss: a dash that only separates the road from the town the act was in
    text = "استهدفت مسيرة تركية ظهر اليوم سيارة عسكرية في بلدة عامودا."
    assert [p for p, _ in _placed(run_text(text, "2023-02-22").events, DRONE)] == ["amuda"]


# --------------------------------------------------------------------------- fields named after a town


@pytest.mark.parametrize("text, place", [
    ("استهدفت مسيرات تركية اليوم محطة الضخ التابعة لحقول رميلان في ريف المالكية، ما أدى لإصابة عاملين.",
     "malikiyah_countryside"),
    ("قصفت طائرة تركية صباح اليوم منشأة تابعة لحقل رميلان في ريف المالكية.", "malikiyah_countryside"),
    ("استهدفت غارة تركية صباح اليوم خزانات آبار نفط رميلان في ريف المالكية.", "malikiyah_countryside"),
])
def test_a_facility_of_a_towns_fields_is_placed_where_the_text_puts_it(run_text, text, place):
    assert [p for p, _ in _placed(run_text(text, "2022-02-02").events, DRONE)] == [place]


def test_the_town_itself_or_its_fields_alone_stay_at_the_town(run_text):
    # near misses: the town is the scene, or the fields are the only place named
    text = "استهدفت مسيرة تركية اليوم مقراً لقسد في بلدة رميلان."
    assert [p for p, _ in _placed(run_text(text, "2022-02-02").events, DRONE)] == ["rmelan"]
    text = "استهدفت مسيرة تركية اليوم حقول رميلان النفطية."
    assert [p for p, _ in _placed(run_text(text, "2022-02-02").events, DRONE)] == ["rmelan"]
