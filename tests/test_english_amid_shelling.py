"""Shelling told as the setting of a flight, with who fired: an event of its own (issue 10, real reports).

``families fled amid heavy shelling by the Turkish army``: the flight is one event and the shelling,
named with its author, another (ACLED codes both). Shelling named only as a setting, with no author
(``fled amid shelling``), or after another cause word (``after the shelling by …``) stays background.
Every sentence here was written for these tests; none is copied from a report.
"""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import english_events

MON = dt.date(2023, 3, 13)  # a Monday
_events = english_events(MON)


def _types(events):
    return sorted(e.event_type for e in events)


@pytest.mark.parametrize("text", [
    "Dozens of families fled the villages of Tal Tamr on Sunday amid heavy shelling by the Turkish army.",
    "Residents of Abu Rasin fled their homes on Sunday amidst intense artillery fire by Turkey and its proxies.",
    "Families left their homes in the villages of Tal Tamr on Sunday amid rocket fire by Turkish-backed factions.",
])
def test_shelling_with_its_author_is_an_event_beside_the_flight(pipeline, text):
    assert _types(_events(pipeline, text)) == ["Explosions/Remote violence", "Strategic developments"]


@pytest.mark.parametrize("text", [
    "Dozens of families fled the villages of Tal Tamr on Sunday amid heavy shelling.",
    "Dozens of families fled the villages of Tal Tamr on Sunday after the shelling by the Turkish army last week.",
])
def test_shelling_as_a_setting_only_is_no_event(pipeline, text):
    assert _types(_events(pipeline, text)) == ["Strategic developments"]


def _shelling_places(events):
    return [e.place_id for e in events if e.event_type == "Explosions/Remote violence"]


@pytest.mark.parametrize("text", [
    "Dozens of families fled on Sunday to Hasakah amidst intense shelling by Turkey and its proxies.",
    "Hundreds of residents escaped on Sunday towards Qamishli amid heavy shelling by the Turkish army.",
    "Families arrived in Hasakah city on Sunday amid artillery fire by Turkish-backed factions.",
])
def test_the_flights_destination_is_never_where_the_shelling_fell(pipeline, text):
    assert _shelling_places(_events(pipeline, text)) == []


@pytest.mark.parametrize("text, place", [
    ("Dozens of families fled on Sunday from Tal Tamr amidst intense shelling by Turkey and its proxies on "
     "Ras al-Ain, some thirty kilometres away.", "ras_al_ayn"),
    ("Residents of Abu Rasin fled on Sunday amid heavy rocket fire by the Turkish army targeting Darbasiyah.",
     "darbasiyah"),
    ("Families left Amuda for Qamishli on Sunday amid shelling by Turkish forces.", "amuda"),
])
def test_the_shelling_is_where_the_text_says_it_fell_else_where_the_flight_began(pipeline, text, place):
    assert _shelling_places(_events(pipeline, text)) == [place]
