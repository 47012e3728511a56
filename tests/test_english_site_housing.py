"""Whom a camp or a prison holds is no party to a strike on its guards (issue 10, real reports).

``two fighters guarding a camp hosting people affiliated with ISIS were killed by a Turkish drone``:
the group named among whom the site houses describes the site; the strike's sides are the drone's
force and the fighters'. Fighting at a prison that holds the group's members may well be with that
group, so the rule is kept to strikes from afar. Every sentence here was written for these tests;
none is copied from a report.
"""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import english_events

MON = dt.date(2023, 5, 8)  # a Monday
_events = english_events(MON)


@pytest.mark.parametrize("text, hit", [
    ("Two SDF fighters, who were guarding a camp housing families of ISIS members near al-Hol, were killed by "
     "a Turkish drone on Monday.", "sdf"),
    ("A Turkish drone struck the guards of al-Hol camp, which houses thousands of ISIS relatives, on Monday, "
     "killing two SDF fighters.", "sdf"),
    ("A Turkish drone hit a vehicle of the Asayish guarding a prison holding ISIS detainees in Hasakah on "
     "Monday.", "asayish"),
])
def test_the_group_a_site_holds_is_no_side_of_the_strike(pipeline, text, hit):
    (ev,) = _events(pipeline, text)
    assert ev.sub_event_type == "Air/drone strike"
    assert ev.actor1_id == "turkey"
    assert ev.actor2_id in (hit, "")  # (never the group the site holds)
    assert "isis" not in (ev.actor1_id, ev.actor2_id)


def test_fighting_at_a_prison_holding_the_group_keeps_the_group(pipeline):
    text = "ISIS gunmen attacked the Asayish guards of a prison holding ISIS members in Hasakah on Monday."
    (ev,) = _events(pipeline, text)
    assert "isis" in (ev.actor1_id, ev.actor2_id)
