"""A list of villages naming known and unknown ones: the event is at a known one (issue 10, real
reports).

``shelled the villages of A, B, and C (D)``: every village listed is a place of the event; when the
gazetteer has one of them (D), the event is drawn there, not in the wide area around the unknown first
one. A known village that is no item of the list (``…, where families from D had taken shelter``) says
nothing of where the event was. Every sentence here was written for these tests; the unknown village
names are made up.
"""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import english_events

MON = dt.date(2021, 11, 8)  # a Monday
_events = english_events(MON)


@pytest.mark.parametrize("text, place", [
    ("Turkish forces shelled the villages of Kherbet Xoxo, Tal Zuzan, and Umm al-Kayf in the Tal Tamr "
     "countryside on Sunday.", "umm_al_kayf"),
    ("Turkish artillery shelled the villages of Kherbet Xoxo, Tal Zuzan, Mezra Bava and Tell Shamiram near Tal "
     "Tamr on Sunday.", "tell_shamiram"),
    ("Turkish forces shelled the villages of Kherbet Xoxo, Tal Zuzan and Timar (Umm al-Kayf) in the Tal Tamr "
     "countryside on Sunday.", "umm_al_kayf"),
])
def test_a_known_village_in_the_list_is_the_place(pipeline, text, place):
    (ev,) = _events(pipeline, text)
    assert ev.place_id == place


def test_a_known_village_outside_the_list_is_not_the_place(pipeline):
    text = ("A Turkish shell fell on the village of Kherbet Xoxo on Sunday, where families from Umm al-Kayf had "
            "taken shelter.")
    (ev,) = _events(pipeline, text)
    assert ev.place_id != "umm_al_kayf"
