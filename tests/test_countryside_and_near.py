"""Where an event is drawn: English "the countryside of X" with words between "of" and the town's name
("the Al Qahtaniyah subdistrict", "Syria's Tel Tamr", "the town of Amuda") is the town's countryside, not
the town (issue 10, from a blind real set's misses); an event near a town, in either language, has ACLED's
geo_precision for "near" (2). Every sentence here was written for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import english_events

MON = dt.date(2022, 3, 14)  # a Monday
_events = english_events(MON)


@pytest.mark.parametrize("text, place", [
    ("Turkish drones struck SDF positions in the countryside of the Al Qahtaniyah subdistrict on Sunday.",
     "qahtaniyah_countryside"),
    ("On Sunday, Turkish shelling on the countryside of Syria's Tel Tamr wounded a woman.", "tall_tamr_countryside"),
    ("Turkish drones struck SDF positions in the countryside of the town of Amuda on Sunday.", "amuda_countryside"),
    ("Turkish drones struck SDF positions in the countryside of al-Malikiyah on Sunday.", "malikiyah_countryside"),
])
def test_the_countryside_of_a_town_is_its_countryside(pipeline, text, place):
    (ev,) = _events(pipeline, text)
    assert ev.place_id == place


def test_the_town_itself_stays_the_town(pipeline):
    (ev,) = _events(pipeline, "Turkish drones struck a house in the town of Amuda on Sunday.")
    assert ev.place_id == "amuda"


@pytest.mark.parametrize("text, language", [
    ("A Turkish drone struck a car near Amuda on Sunday, killing two people.", "en"),
    ("استهدفت طائرة مسيرة تركية سيارة قرب مدينة عامودا يوم الأحد، ما أدى إلى مقتل شخصين.", "ar"),
])
def test_an_event_near_a_town_has_acleds_precision_for_near(pipeline, text, language):
    # ACLED's geo_precision 2: near a known location (a new analyst's trial: the export said 1)
    (ev,) = _events(pipeline, text, language=language)
    assert (ev.place_id, ev.geo_precision, ev.approximate) == ("amuda", 2, True)
    (at,) = _events(pipeline, "A Turkish drone struck a car in Amuda on Sunday, killing two people.")
    assert (at.geo_precision, at.approximate) == (1, False)
