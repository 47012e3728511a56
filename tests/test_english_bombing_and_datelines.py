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
