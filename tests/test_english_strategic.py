"""English phrasing of strategic developments the dev reports missed or invented (issue 10):
roads and curfews imposed with words between the verb and its object, and arrests named only as
what a crowd demands to end. Every sentence here was written for these tests in the style of
English-language wires, with facts of its own; none is copied from a report or from the
evaluation texts.
"""

from __future__ import annotations

import datetime as dt

from conftest import english_events

SAT = dt.date(2021, 3, 13)  # a Saturday

_events = english_events(SAT)

DEPLOYMENT = "Change to group/activity"
ARRESTS = "Arrests"


def _subs(events) -> list[str]:
    return sorted(e.sub_event_type for e in events)


# ---------------------------------------------------------------- roads closed, curfews imposed

def test_roads_closed_with_words_before_the_road_are_a_change_to_group_activity(pipeline):
    evs = _events(pipeline, "Asayish units closed the main roads into the Tayy neighbourhood of Qamishli on Friday.")
    assert _subs(evs) == [DEPLOYMENT]
    assert evs[0].actor1_id == "asayish" and evs[0].date_from == dt.date(2021, 3, 12)
    evs = _events(pipeline, "The Asayish blocked two side roads near the Wahda roundabout in Qamishli on Friday.")
    assert _subs(evs) == [DEPLOYMENT]


def test_a_curfew_with_its_length_before_it_is_a_change_to_group_activity(pipeline):
    evs = _events(pipeline, "The SDF imposed a three-day curfew on Hasakah city on Friday.")
    assert _subs(evs) == [DEPLOYMENT]
    evs = _events(pipeline, "The Autonomous Administration declared a full overnight curfew in Amuda on Friday.")
    assert _subs(evs) == [DEPLOYMENT]


def test_roads_closed_by_protesters_or_reopened_words_stay_as_they_were(pipeline):
    # a crowd that closes a road protests; it is not a force's move
    evs = _events(pipeline, "Dozens of protesters closed the main road into Amuda on Friday, demanding jobs.")
    assert DEPLOYMENT not in _subs(evs)


# ---------------------------------------------------------------- what reads like an arrest or a truce

def test_men_whose_release_a_crowd_demands_are_no_new_arrest(pipeline):
    evs = _events(pipeline, "On Friday in Qamishli, families stood outside the courthouse calling for the release "
                            "of sons held by the conscription office.")
    assert ARRESTS not in _subs(evs)
    evs = _events(pipeline, "About fifty women protested in Amuda on Friday, demanding the release of teachers "
                            "arrested in earlier raids.")
    assert ARRESTS not in _subs(evs)


def test_an_arrest_the_demand_names_with_its_own_day_is_still_an_arrest(pipeline):
    evs = _events(pipeline, "Relatives gathered in Amuda on Friday to demand the release of three teachers "
                            "detained by the Asayish on Wednesday.")
    assert ARRESTS in _subs(evs)


def test_a_truce_that_enters_another_day_is_no_new_truce_nor_a_deployment(pipeline):
    evs = _events(pipeline, "The Asayish freed two government employees in Qamishli on Friday, as a truce between "
                            "the two sides entered its third day.")
    assert "Agreement" not in _subs(evs) and DEPLOYMENT not in _subs(evs)
    evs = _events(pipeline, "Russian military police entered the Tayy neighbourhood of Qamishli on Friday.")
    assert _subs(evs) == [DEPLOYMENT]



def test_a_truce_others_are_urged_or_set_out_to_reach_is_no_agreement(pipeline):
    for text in ("Washington has pressed Ankara to agree to a truce in the border towns.",
                 "European ministers urged both sides on Friday to accept a ceasefire in Qamishli.",
                 "Moscow asked the two sides on Friday to sign a lasting deal for the Tayy neighbourhood.",
                 "Tribal elders met Asayish officers in Qamishli on Friday to restore the truce in the Tayy "
                 "neighbourhood."):
        assert "Agreement" not in _subs(_events(pipeline, text)), text


def test_a_truce_agreed_or_signed_is_still_an_agreement(pipeline):
    evs = _events(pipeline, "After Russian mediation, the Asayish and the NDF agreed to a ceasefire in Qamishli on Friday.")
    assert _subs(evs) == ["Agreement"]
    evs = _events(pipeline, "Under pressure from Moscow, the two sides signed a truce at Qamishli airport on Friday.")
    assert _subs(evs) == ["Agreement"]
    # a deal the sides went on or moved to reach is reached
    evs = _events(pipeline, "Tribal mediators met both sides for hours and they moved to seal a ceasefire at "
                            "Qamishli airport on Saturday.")
    assert _subs(evs) == ["Agreement"]
    # the urging is told in its own relative clause: the deal itself was reached
    evs = _events(pipeline, "Local notables, who had called on the Asayish for calm, mediated a ceasefire in the Tayy "
                            "neighbourhood of Qamishli on Saturday.")
    assert _subs(evs) == ["Agreement"]


def test_breaches_of_a_ceasefire_agreement_are_no_agreement_of_the_truce_word_or_the_deal_word(pipeline):
    evs = _events(pipeline, "Monitors have counted scores of breaches of the ceasefire agreement by Turkish-backed "
                            "factions in the Tal Tamr countryside since the agreement took effect in October 2019.",
                  published=dt.date(2020, 12, 8))
    assert "Agreement" not in _subs(evs)
    evs = _events(pipeline, "The ceasefire agreement was signed at Qamishli airport on Friday.")
    assert _subs(evs) == ["Agreement"]


def test_captives_freed_in_an_exchange_are_an_agreement(pipeline):
    evs = _events(pipeline, "Prisoners held by the two sides went home in Qamishli on Friday in an exchange between "
                            "the Asayish and government security services.")
    assert _subs(evs) == ["Agreement"] and evs[0].place_id == "qamishli"
    evs = _events(pipeline, "The Asayish freed five NDF members in Qamishli on Friday in exchange for three of its "
                            "own fighters.")
    assert _subs(evs) == ["Agreement"]


def test_an_exchange_of_fire_or_a_ransom_is_no_agreement(pipeline):
    evs = _events(pipeline, "Two detainees were wounded in an exchange of fire at a checkpoint in Qamishli on Friday.")
    assert "Agreement" not in _subs(evs)
    evs = _events(pipeline, "Gunmen freed a kidnapped trader in Qamishli on Friday in exchange for a ransom.")
    assert "Agreement" not in _subs(evs)

    evs = _events(pipeline, "The Asayish released eight young men in Amuda on Sunday in exchange for pledges signed by "
                            "their fathers.")
    assert "Agreement" not in _subs(evs)


# ---------------------------------------------------------------- places that emptied

def test_neighbourhoods_that_emptied_are_a_displacement(pipeline):
    evs = _events(pipeline, "In Amuda, officials said the villages nearest the frontier had largely emptied since "
                            "Wednesday, as families moved south.", published=dt.date(2019, 10, 11))
    assert _subs(evs) == ["Other"] and evs[0].place_id == "amuda"
    # towns named together: a flight from each
    evs = _events(pipeline, "In Amuda and Darbasiyah, the houses closest to the border strip had emptied of their "
                            "families by Thursday.", published=dt.date(2019, 10, 11))
    assert sorted(e.place_id for e in evs) == ["amuda", "darbasiyah"]


def test_streets_that_emptied_or_stores_emptied_by_a_force_are_no_displacement(pipeline):
    evs = _events(pipeline, "The streets of Amuda emptied on Friday evening as the curfew began.")
    assert "Other" not in _subs(evs)
    evs = _events(pipeline, "Gunmen attacked a checkpoint in Amuda on Friday. Witnesses said the grocery shops in the "
                            "town emptied within hours as families bought up flour.")
    assert "Other" not in _subs(evs)
    evs = _events(pipeline, "SDF fighters emptied the houses of weapons in Amuda on Friday.")
    assert "Other" not in _subs(evs)


# ---------------------------------------------------------------- roads closed by no force

def test_a_road_blocked_by_nature_or_by_residents_or_a_curfew_ended_is_no_deployment(pipeline):
    for text in ("Floodwater blocked the road between Tal Tamr and Hasakah on Monday after a night of storms.",
                 "Farmers from Amuda blocked the main road with their tractors on Monday over water shortages.",
                 "The Asayish declared the night curfew in Amuda over on Monday, and traffic resumed."):
        assert DEPLOYMENT not in _subs(_events(pipeline, text)), text


def test_a_road_closed_by_a_force_is_still_a_deployment(pipeline):
    evs = _events(pipeline, "The Asayish closed the road between Amuda and Qamishli on Monday after a bomb went off.")
    assert _subs(evs) == [DEPLOYMENT]



# ---------------------------------------------------------------- people freed, places of detention

def test_people_freed_who_are_named_as_detained_are_a_release_not_an_arrest(pipeline):
    for text in ("The Asayish freed six detained farmers in Amuda on Thursday after talks with their clan.",
                 "Security forces set free four arrested students in Qamishli on Tuesday evening.",
                 "On Thursday the SDF released the detained shepherds in Tal Tamr."):
        assert "Arrests" not in _subs(_events(pipeline, text)), text


def test_people_freed_whose_own_arrest_has_a_day_are_still_that_arrest(pipeline):
    text = "The Asayish freed on Sunday two traders arrested by a patrol in Amuda on Thursday."
    assert "Arrests" in _subs(_events(pipeline, text))
    # a statement released is no release
    text = "The SDF released a statement on Monday saying its units arrested four ISIS men in Shaddadi."
    assert "Arrests" in _subs(_events(pipeline, text))


def test_a_place_of_detention_named_is_no_arrest(pipeline):
    for text in ("The men were moved on Monday to a new detention centre the administration built near Qamishli.",
                 "Rights groups asked on Monday to visit the detention facilities of Hasakah."):
        assert "Arrests" not in _subs(_events(pipeline, text)), text


def test_members_of_a_political_party_or_council_arrested_are_civilians(pipeline):
    for text in ("The Asayish detained three members of an opposition Kurdish party in Amuda on Tuesday.",
                 "Asayish patrols arrested a senior member of the party's local council in Derbasiyah on Tuesday."):
        evs = _events(pipeline, text)
        assert [(e.actor1_id, e.actor2_id) for e in evs] == [("asayish", "civilians")], text
    evs = _events(pipeline, "The Asayish arrested two members of the Tal Tamr Military Council in Amuda on Tuesday.")
    assert [e.actor2_id for e in evs] != ["civilians"]


def test_escapees_or_suspects_arrested_in_an_article_about_isis_are_isis(pipeline):
    evs = _events(pipeline, "Dozens of ISIS inmates broke out of a prison in Hasakah on Thursday. The SDF said its units "
                            "recaptured 30 of the escapees in nearby streets on Friday.")
    assert [(e.actor1_id, e.actor2_id) for e in evs if e.sub_event_type == "Arrests"] == [("sdf", "isis")]
    evs = _events(pipeline, "Six men held on theft charges broke out of a jail in Qamishli on Thursday. The Asayish said "
                            "its patrols recaptured three of the escapees on Friday.")
    assert [e.actor2_id for e in evs if e.sub_event_type == "Arrests"] != ["isis"]


def test_a_coalition_strike_that_names_no_side_hit_in_an_article_about_isis_hits_isis(pipeline):
    evs = _events(pipeline, "Islamic State fighters stormed a prison in Hasakah on Thursday. Aircraft of the US-led "
                            "coalition struck buildings in the Ghwayran district on Friday.")
    assert ("coalition", "isis") in [(e.actor1_id, e.actor2_id) for e in evs]
    evs = _events(pipeline, "Aircraft of the US-led coalition struck buildings in the Ghwayran district of Hasakah on Friday.")
    assert [e.actor2_id for e in evs] != ["isis"]


def test_a_takeover_naming_one_side_is_against_the_side_the_article_paired_it_with(pipeline):
    evs = _events(pipeline, "Heavy clashes broke out between the Asayish and government forces in Qamishli on Wednesday. "
                            "On Thursday morning, the Asayish seized the old prison building in the city centre.")
    assert [(e.actor1_id, e.actor2_id) for e in evs][-1] == ("asayish", "syrian_government")
    evs = _events(pipeline, "Heavy clashes broke out between the Asayish and government forces in Qamishli on Wednesday. "
                            "On Thursday, ISIS seized a village near Shaddadi.")
    assert [(e.actor1_id, e.actor2_id) for e in evs][-1] == ("isis", "")


def test_a_killing_in_a_family_or_clan_quarrel_has_no_unidentified_attacker(pipeline):
    for text in ("A man was shot dead on Sunday evening in a dispute between two clans in a village south of Amuda.",
                 "A farmer was killed in a family feud over farmland near Tal Tamr on Sunday."):
        evs = _events(pipeline, text)
        assert [e.actor1_id for e in evs] == [""], text
    evs = _events(pipeline, "A farmer was shot dead near Tal Tamr on Sunday.")
    assert [e.actor1_id for e in evs] == ["unidentified"]


def test_a_strike_that_kills_people_named_by_faith_trade_or_kin_is_against_civilians(pipeline):
    for text in ("Turkish shelling on Amuda on Sunday wounded three Christians.",
                 "A Turkish drone struck a fuel station on the edge of Qamishli on Monday, killing two traders.",
                 "Turkish shelling killed an elderly man and his grandson in Amuda on Friday."):
        evs = _events(pipeline, text)
        assert [(e.actor1_id, e.actor2_id) for e in evs] == [("turkey", "civilians")], text
