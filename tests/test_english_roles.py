"""English actor roles (issue 10): who did it and who was hit, on sentences written for these tests.

``between A and B`` names the two sides only when the parties stand right after ``between``;
a road or area "between" two towns says nothing about who fought.
"""

from __future__ import annotations

import datetime as dt

import pytest

from pipeline.records import Article

SUN = dt.date(2024, 3, 12)


def _events(pipeline, text: str):
    return pipeline.process(Article("roles", "roles.txt", text, SUN, "Test outlet", "en")).events


@pytest.mark.parametrize("sentence", [
    "A Turkish drone struck a car on the road between Qamishli and Amuda on Sunday, killing two "
    "members of the Asayish and wounding a civilian.",
    "On Sunday a Turkish drone hit a checkpoint on the stretch between Amuda and Derbasiyah, "
    "killing two fighters of the Asayish.",
])
def test_places_after_between_do_not_make_the_victims_the_attackers(pipeline, sentence):
    (e,) = _events(pipeline, sentence)
    assert e.sub_event_type == "Air/drone strike"
    assert (e.actor1_id, e.actor2_id) == ("turkey", "asayish")
    assert e.fatalities == 2


@pytest.mark.parametrize("sentence, pair", [
    ("Clashes broke out on Sunday between the Asayish and the National Defence Forces in Qamishli.",
     ("asayish", "ndf")),
    ("On Sunday fighting between SDF fighters and regime forces flared up near Tal Tamr.",
     ("sdf", "syrian_government")),
])
def test_parties_right_after_between_are_the_two_sides(pipeline, sentence, pair):
    (e,) = _events(pipeline, sentence)
    assert e.event_type == "Battles"
    assert (e.actor1_id, e.actor2_id) == pair
