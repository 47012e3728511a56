"""English names of facilities and quarters the gazetteer lacks (issue 10, places never snap
elsewhere): ``the X gas plant``, ``the X oil station``, ``the X border crossing``, ``the X
hospital``, ``the Church of X``, ``the X and Y districts``, ``the X River`` are places a reader
sees at once. Each is reported as an unresolved name, drawn in the area the text gives around it
(the countryside a plant or a crossing lies in, the city a hospital or a square is in), never at
another named place; a hospital the wounded were only taken to stays no event's place. Every
sentence here was written for these tests, with invented names and facts of its own.
"""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import english_article, english_events

MON = dt.date(2025, 9, 8)  # a Monday

_events = english_events(MON)


def _unresolved(pipeline, text: str) -> dict[str, str]:
    """Each unresolved name of ``text`` and the id of the area it is drawn in."""
    result = pipeline.process(english_article(text, MON, "en"))
    return {u.name: u.placed_at for u in result.unresolved}


@pytest.mark.parametrize(("text", "name", "area"), [
    ("A drone hit the Marwaniya oil station in the countryside of Amuda late on Sunday.",
     "Marwaniya", "amuda_countryside"),
    ("Engineers restarted the Hamrin water station in the Qamishli countryside after a week of cuts.",
     "Hamrin", "qamishli_countryside"),
    ("Fire crews worked all night at the Bayadir gas plant east of Derik, a local official said.",
     "Bayadir", "malikiyah_countryside"),
    ("Smoke rose from the Kalasa oil field near Shaddadi on Saturday evening.",
     "Kalasa", "shaddadah_countryside"),
])
def test_a_named_plant_station_or_field_is_unresolved_in_the_countryside_given(pipeline, text, name, area):
    assert _unresolved(pipeline, text).get(name) == area


def test_a_named_hospital_in_a_town_is_unresolved_in_that_town(pipeline):
    got = _unresolved(pipeline, "Doctors at the Bayan Kalasa hospital in Amuda asked for more fuel for their generators.")
    assert got.get("Bayan Kalasa") == "amuda"


def test_a_capitalised_square_or_church_keeps_its_head_in_its_name(pipeline):
    got = _unresolved(pipeline, "Hundreds of women gathered at the Mothers’ Square in Amuda on Sunday, and a second "
                                "crowd met outside the Church of Saint Elias in Qamishli.")
    assert got.get("Mothers’ Square") == "amuda"
    assert got.get("Church of Saint Elias") == "qamishli"


def test_names_coordinated_before_a_plural_head_are_each_unresolved(pipeline):
    got = _unresolved(pipeline, "Mortar rounds fell on the Rashidiya and Bustan districts of Hasakah on Sunday.")
    assert got.get("Rashidiya") == got.get("Bustan") == "hasakah"


def test_a_named_crossing_and_a_river_are_places_of_their_area(pipeline):
    got = _unresolved(pipeline, "Trucks loaded with flour came in through the Bayadir crossing on Sunday. "
                                "Farms along the Jaghjagh River south of Qamishli were flooded.")
    assert "Bayadir" in got
    assert got.get("Jaghjagh") == "qamishli_countryside"


def test_the_name_told_again_without_its_head_is_the_same_unresolved_place(pipeline):
    result = pipeline.process(english_article(
        "Pumping resumed at the Hamrin water station in the countryside of Amuda on Sunday. "
        "Officials hope the Hamrin agreement will hold through the summer.", MON, "en"))
    assert [u.name for u in result.unresolved] == ["Hamrin", "Hamrin"]


def test_a_strike_on_a_named_plant_is_drawn_in_its_countryside_with_the_name(pipeline):
    (ev,) = _events(pipeline, "A Turkish drone struck the Marwaniya gas plant in the countryside of Amuda on Sunday, "
                              "setting a storage tank on fire.")
    assert (ev.sub_event_type, ev.place_id, ev.unresolved_name) == ("Air/drone strike", "amuda_countryside",
                                                                    "Marwaniya")


def test_the_hospital_the_wounded_were_taken_to_is_not_the_events_place(pipeline):
    (ev,) = _events(pipeline, "Turkish artillery shelled the countryside of Amuda on Sunday, wounding two farmers "
                              "who were taken to the Bayan Kalasa hospital in Qamishli.")
    assert (ev.place_id, ev.unresolved_name) == ("amuda_countryside", "")


@pytest.mark.parametrize("text", [
    "The Syrian Democratic Forces closed the Turkish border crossing on Sunday.",
    "The Administration of North and East Syria reopened the crossing on Sunday.",
    "A spokesman for the Kurdish Red Crescent hospital said supplies were short.",
])
def test_a_people_word_or_an_organisation_before_a_head_is_no_unresolved_place(pipeline, text):
    assert _unresolved(pipeline, text) == {}



def test_a_square_takes_the_town_of_its_own_clause_not_one_named_after_a_comma_and(pipeline):
    got = _unresolved(pipeline, "Shopkeepers from Amuda stood for an hour at the Peace Square, and later a convoy of "
                                "cars drove slowly through Darbasiyah.")
    assert got.get("Peace Square") == "amuda"


def test_a_named_plant_beside_a_city_target_joined_by_as_well_as_keeps_each_place(pipeline):
    evs = _events(pipeline, "Drones hit the Tawila gas plant in the Amuda countryside as well as the water tower "
                            "inside the city of Qamishli on Sunday.")
    assert sorted((e.place_id, e.unresolved_name) for e in evs) == [("amuda_countryside", "Tawila"), ("qamishli", "")]
