"""English security measures and stone-throwing crowds (issue 10): a force that closes the streets
of an area changes what people may do there (Change to group/activity), while a blast site cordoned
off is part of the blast; villagers who pelt a convoy with stones riot (Violent demonstration).

Every sentence here was written for these tests; none is copied from an outlet or a dev report.
"""

from __future__ import annotations

import datetime as dt

from conftest import english_article

DEPLOYMENT = ("Strategic developments", "Change to group/activity")
RIOT = ("Riots", "Violent demonstration")


def _types(pipeline, text: str, day: str = "2020-02-13"):
    r = pipeline.process(english_article(text, dt.date.fromisoformat(day)))
    return [(e.event_type, e.sub_event_type) for e in r.events]


def test_a_force_closing_the_streets_of_an_area(pipeline):
    text = "Security forces closed the streets around the Qamishli court building on Wednesday morning."
    assert DEPLOYMENT in _types(pipeline, text), text


def test_a_site_cordoned_off_after_a_blast_is_routine_not_an_event(pipeline):
    # sealing a blast site while investigators work is part of the blast, not a new event
    text = ("A roadside bomb wounded two people near the Qamishli grain silos on Wednesday. Asayish units "
            "cordoned off the site and began an inquiry.")
    assert DEPLOYMENT not in _types(pipeline, text)


def test_villagers_stoning_a_convoy_riot(pipeline):
    text = ("Residents of a village east of Qamishli blocked a US convoy on Wednesday and pelted the armoured "
            "vehicles with stones until it turned back.")
    assert RIOT in _types(pipeline, text)


def test_a_force_throwing_stones_attacks_civilians_it_does_not_riot(pipeline):
    types = _types(pipeline, "Turkish soldiers threw stones at farmers harvesting near the border wall north of "
                             "Amuda on Tuesday, injuring two of them.")
    assert RIOT not in types and ("Violence against civilians", "Attack") in types, types


def test_a_force_named_with_the_body_it_belongs_to_is_the_actor(pipeline):
    # "X of the Autonomous Administration", "X, affiliated with the SDF": the owner takes no role
    for text in ("Security forces (Asayish) of the Autonomous Administration searched houses in a village south "
                 "of Qamishli on Thursday and detained four men.",
                 "The Asayish, affiliated with the SDF, detained four men in a village south of Qamishli on Thursday."):
        r = pipeline.process(english_article(text, dt.date(2024, 8, 16)))
        arrests = [e for e in r.events if e.sub_event_type == "Arrests"]
        assert arrests and arrests[0].actor1_id == "asayish" and arrests[0].actor2_id not in ("aanes", "sdf"), \
            [(e.actor1_id, e.actor2_id) for e in arrests]


def test_a_town_families_left_for_is_not_the_articles_city(pipeline):
    text = ("Turkish artillery shelled the village of Tell Shamiram on Tuesday, residents said.\n"
            "Nobody was wounded, but most of the families still there left for Hasakah city the same evening.\n")
    r = pipeline.process(english_article(text, dt.date(2020, 12, 2)))
    fled = [e for e in r.events if e.sub_event_type == "Other"]
    assert fled and fled[0].place_id == "tell_shamiram", [(e.sub_event_type, e.place_id) for e in r.events]


def test_the_town_of_x_families_left_for_is_not_the_shared_finders_city_either():
    from pipeline.places import went_to

    assert went_to(["most", "families", "left", "for", "the", "town", "of", "hasakah"], 7)
    assert not went_to(["a", "meeting", "was", "held", "close", "to", "the", "town", "of", "hasakah"], 9)
