"""English phrasing classes read from how unseen report-length copy failed (issue 10, the
h4 development texts): blame told as a statement, places far outside the area named with
their country, and the like. Every sentence here was written for these tests in the style of
English-language wires and outlets (Reuters, AFP, North Press, Kurdistan 24, SOHR, SANA,
Al-Monitor); none is copied from a report or from the evaluation texts.
"""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import english_events

from pipeline.records import Article

THU = dt.date(2023, 3, 16)  # a Thursday


_events = english_events(THU)


# ---------------------------------------------------------------- far outside, with its country

@pytest.mark.parametrize("text, place", [
    ("A Turkish drone struck a car near the town of Kobani in northern Syria on Tuesday, killing two fighters.", "kobani"),
    ("On Monday, clashes broke out in Deir ez-Zor in eastern Syria between tribal fighters and the SDF.", "deir_ez_zor"),
])
def test_a_place_outside_the_area_with_its_country_is_its_own_point(pipeline, text, place):
    """A town of north-east Syria outside Al-Hasakah that the gazetteer holds at its own cited
    point keeps the event there (ACLED codes it; the map draws it where it was), never at the
    article's town; its country named after it places nothing."""
    (ev,) = _events(pipeline, text)
    assert ev.place_id == place


def test_a_place_of_the_area_with_its_country_is_kept(pipeline):
    (ev,) = _events(pipeline, "A Turkish drone struck a car near Amuda in northern Syria on Tuesday, killing two fighters.")
    assert ev.place_id == "amuda"
    assert ev.date_from == dt.date(2023, 3, 14)
    assert ev.fatalities == 2


# ---------------------------------------------------------------- blame is a statement

@pytest.mark.parametrize("text", [
    "On Wednesday, a senior PYD official accused Damascus and Moscow of stirring up the fighting in Qamishli.",
    "The Asayish blamed the NDF for the clashes in the Tayy neighbourhood.",
    "Local officials held the militia responsible for the shelling of Tal Tamr.",
])
def test_what_someone_is_blamed_for_is_no_event(pipeline, text):
    assert _events(pipeline, text) == []


def test_an_accusation_with_its_own_day_place_and_toll_reports_the_act(pipeline):
    (ev,) = _events(pipeline, "The SDF accused Turkish forces of shelling the village of Tal Jumaa near Tal Tamr "
                              "on Monday, killing two civilians.")
    assert ev.sub_event_type == "Shelling/artillery/missile attack"
    assert ev.date_from == dt.date(2023, 3, 13)
    assert ev.fatalities == 2


# ---------------------------------------------------------------- a deal carries no toll

@pytest.mark.parametrize("last", [
    "The truce came after the violence had killed nine people.",
    "The truce was reached after nine people died.",
    "The deal came after the unrest killed nine people, the Asayish said.",
    "By the time the truce took hold, the fighting had killed nine people.",
])
def test_a_toll_told_with_the_truce_is_the_fightings(pipeline, last):
    text = ("Clashes broke out in Qamishli on Tuesday between the Asayish and the NDF. "
            "The two sides agreed a truce on Wednesday. " + last)
    evs = _events(pipeline, text)
    (deal,) = [e for e in evs if e.sub_event_type == "Agreement"]
    (clash,) = [e for e in evs if e.event_type == "Battles"]
    assert not deal.fatalities
    assert clash.fatalities == 9


# ---------------------------------------------------------------- "by the time …, … had": a summing up

def test_by_the_time_sums_up_and_adds_no_event(pipeline):
    text = ("Clashes broke out in Qamishli on Tuesday between the Asayish and the NDF. "
            "By the time a truce took hold on Thursday, the fighting had killed nine people, according to the "
            "Asayish, who said they had also detained 40 NDF fighters.")
    evs = _events(pipeline, text)
    assert [e.sub_event_type for e in evs] == ["Armed clash"]
    assert evs[0].fatalities == 9


def test_by_a_day_the_act_is_an_event(pipeline):
    (ev,) = _events(pipeline, "By Friday afternoon, the SDF had recaptured 30 inmates who had escaped into the "
                              "streets of Hasakah.", dt.date(2022, 1, 21))
    assert ev.sub_event_type == "Arrests"
    assert ev.place_id == "hasakah"


# ---------------------------------------------------------------- "in Thursday's fighting": the event of that day

FRI = dt.date(2023, 3, 17)


def test_a_toll_in_a_days_fighting_goes_to_that_days_event(pipeline):
    text = ("A car bomb exploded at the gate of a prison in Hasakah on Thursday evening and gunmen stormed the "
            "compound. The SDF said nine of its fighters and prison guards were killed in Thursday night's fighting.")
    (ev,) = _events(pipeline, text, FRI)
    assert ev.date_from == dt.date(2023, 3, 16)
    assert ev.place_id == "hasakah"
    assert ev.fatalities == 9


def test_a_days_attack_with_no_event_of_that_day_is_its_own(pipeline):
    text = ("Clashes broke out between the Asayish and the NDF in Qamishli on Thursday. "
            "In Tuesday's attack, gunmen shot dead a shepherd near Amuda.")
    evs = _events(pipeline, text, FRI)
    assert sorted((e.date_from, e.place_id) for e in evs) == [
        (dt.date(2023, 3, 14), "amuda"), (dt.date(2023, 3, 16), "qamishli")]


# ---------------------------------------------------------------- "seven of its fighters and prison guards"

@pytest.mark.parametrize("text, dead", [
    ("Seven of its fighters and prison guards were killed in clashes in Hasakah on Thursday, the SDF said.", 7),
    ("Four SDF fighters and two civilians were killed in a drone strike on Amuda on Tuesday.", 6),
    ("Two children and their mother were killed when a shell hit their house in Amuda on Tuesday.", 3),
])
def test_a_group_joined_by_and_is_counted_once(pipeline, text, dead):
    (ev,) = _events(pipeline, text)
    assert ev.fatalities == dead


def test_a_days_toll_told_again_joins_that_days_event(pipeline):
    text = ("Turkish artillery shelled a village near Amuda on Tuesday, killing a fighter. "
            "Two civilians were also wounded in Tuesday's shelling, a medic said.")
    (ev,) = _events(pipeline, text, FRI)
    assert (ev.fatalities, ev.injuries) == (1, 2)


def test_a_days_event_at_another_place_is_another_event(pipeline):
    text = ("Turkish drones struck a car near Amuda on Tuesday, killing a fighter. "
            "Two civilians were killed in Tuesday's shelling of Tal Tamr.")
    evs = _events(pipeline, text, FRI)
    assert sorted((e.place_id, e.fatalities) for e in evs) == [("amuda", 1), ("tall_tamr", 2)]


def test_a_days_possessive_is_no_place_name(pipeline):
    res = pipeline.process(Article("enh4", "enh4.txt", "Two civilians were wounded in Tuesday's shelling of Amuda.",
                                   FRI, "Test outlet", "en"))
    assert [u.name for u in res.unresolved] == []


# ---------------------------------------------------------------- summary leads

def test_a_city_and_its_countryside_lead_sums_up_the_strikes_told_next(pipeline):
    text = ("Turkish artillery shelled Qamishli city and its countryside on Friday, hitting homes and farms. "
            "In the Qudurbeg neighbourhood, a child was wounded by a shell. "
            "Shells also fell on the village of Girbawi, damaging two houses.")
    evs = _events(pipeline, text, FRI)
    assert sorted(e.place_id for e in evs) == ["girbawi", "qaddur_bek"]


def test_a_city_and_its_countryside_with_its_own_toll_stays(pipeline):
    text = ("Turkish artillery shelled Qamishli and its countryside on Friday, killing two civilians. "
            "A shell also wounded a child in the Qudurbeg neighbourhood.")
    evs = _events(pipeline, text, FRI)
    assert sorted((e.place_id, e.fatalities) for e in evs) == [("qaddur_bek", 0), ("qamishli", 2)]


def test_a_city_and_its_countryside_alone_is_an_event(pipeline):
    (ev,) = _events(pipeline, "Turkish artillery shelled Qamishli and its countryside on Friday.", FRI)
    assert ev.place_id == "qamishli"


def test_among_the_days_targets_places_the_strike(pipeline):
    text = ("Turkish drones kept up their strikes on oil facilities in Hasakah governorate on Friday, a day after "
            "strikes that killed 15 people. Among Friday's targets was the power station of Amuda.")
    (ev,) = _events(pipeline, text, dt.date(2023, 10, 6))
    assert (ev.sub_event_type, ev.place_id, ev.date_from) == ("Air/drone strike", "amuda", dt.date(2023, 10, 6))


def test_the_targets_included_places_the_strike(pipeline):
    text = ("Turkish drones kept up their strikes on oil facilities in Hasakah governorate on Friday, a day after "
            "strikes that killed 15 people. The targets included the power station of Amuda.")
    (ev,) = _events(pipeline, text, dt.date(2023, 10, 6))
    assert (ev.sub_event_type, ev.place_id) == ("Air/drone strike", "amuda")


def test_targets_named_in_a_threat_are_no_strike(pipeline):
    text = ("A Turkish drone hit a car in Amuda on Thursday, killing a civilian. "
            "A Turkish minister said on Wednesday that energy facilities in the region were legitimate targets.")
    (ev,) = _events(pipeline, text, FRI)
    assert ev.place_id == "amuda"


# ---------------------------------------------------------------- a place's other name in brackets

@pytest.mark.parametrize("text, place", [
    ("A Turkish drone hit a fuel depot in the countryside of al-Malikiyah (Derik) on Tuesday, wounding a guard.",
     "malikiyah_countryside"),
    ("A Turkish drone hit a fuel depot in the countryside of al-Qahtaniyah (Tirbespiyê) on Tuesday, wounding a guard.",
     "qahtaniyah_countryside"),
])
def test_a_towns_other_name_in_brackets_does_not_move_the_event_into_town(pipeline, text, place):
    (ev,) = _events(pipeline, text, dt.date(2023, 3, 15))
    assert ev.place_id == place


def test_a_place_with_its_town_and_a_reference_point_is_not_a_list(pipeline):
    text = ("On Tuesday, a Turkish drone struck a car in Amuda, killing two fighters. A drone also bombed a fuel depot "
            "at Khirbet Jamal, in the countryside of al-Qahtaniyah (Tirbespiyê), east of Qamishli, wounding a guard. "
            "A third drone hit a farm near Tal Tamr, wounding a shepherd.")
    evs = _events(pipeline, text, dt.date(2023, 3, 15))
    assert sorted(e.place_id for e in evs) == ["amuda", "qahtaniyah_countryside", "tall_tamr_countryside"]


# ---------------------------------------------------------------- on the road between two towns

def test_a_strike_on_the_road_between_two_towns_is_in_the_area_holding_both(pipeline):
    (ev,) = _events(pipeline, "On Monday, a drone hit a car on the road between Qamishli and Hasakah, killing "
                              "an Asayish member.")
    assert ev.place_id == "hasakah_governorate"
    assert ev.fatalities == 1


def test_a_road_to_a_place_the_gazetteer_lacks_keeps_the_first_town(pipeline):
    (ev,) = _events(pipeline, "On Monday, a roadside bomb hit a patrol on a road between Markada and al-Sawr, "
                              "killing an SDF member.")
    assert ev.place_id == "markada"


def test_a_place_on_the_road_names_where_it_happened(pipeline):
    (ev,) = _events(pipeline, "On Monday, a roadside bomb hit a patrol on the road between Markada and Shaddadi, "
                              "near the village of Dashishah, killing an SDF member.")
    assert ev.place_id == "dashishah"


# ---------------------------------------------------------------- "killing Asayish member Mahmoud Derwish"

@pytest.mark.parametrize("text, dead", [
    ("A drone hit a car in Amuda on Monday, killing Asayish member Mahmoud Hassan.", 1),
    ("A drone hit a car in Amuda on Monday, killing senior SDF commander Ahmed Ali, the force said.", 1),
    ("A drone hit a car in Amuda on Monday, killing local journalist Sara Omar.", 1),
    ("A drone hit a car in Amuda on Monday, killing SDF commander Ahmed Ali and his driver.", 2),
    ("A drone hit a car in Amuda on Monday, killing SDF fighters.", 0),
])
def test_a_title_and_a_name_after_the_verb_is_one_person(pipeline, text, dead):
    (ev,) = _events(pipeline, text)
    assert ev.fatalities == dead


def test_a_short_road_between_two_towns_stays_at_the_first(pipeline):
    (ev,) = _events(pipeline, "On Monday, a drone hit a car on the road between Amuda and Darbasiyah, killing "
                              "an Asayish member.")
    assert ev.place_id == "amuda"


# ---------------------------------------------------------------- displacement told as a state since a day

def test_families_who_have_left_neighborhoods_since_a_day_are_displaced(pipeline):
    text = ("Since Wednesday, hundreds of families have left the neighborhoods close to the border in Amuda "
            "and moved to villages further south, fearing the shelling.")
    (ev,) = _events(pipeline, text, FRI)
    assert (ev.event_type, ev.sub_event_type, ev.place_id) == ("Strategic developments", "Other", "amuda")
    assert "displacement" in ev.tags


def test_what_people_fear_is_no_event(pipeline):
    assert _events(pipeline, "Residents of Tal Tamr are fearing renewed shelling.", FRI) == []


# ---------------------------------------------------------------- a count since the fighting began; "he died"

def test_a_count_since_the_fighting_started_is_no_events_toll(pipeline):
    text = ("Clashes broke out on Tuesday between the Asayish and the NDF in the Tayy neighbourhood of Qamishli, "
            "killing an Asayish commander. The monitor has documented the death of at least seven people since the "
            "fighting started on Tuesday.")
    (ev,) = _events(pipeline, text, FRI)
    assert ev.fatalities == 1


def test_the_deadliest_since_the_fighting_began_is_still_a_toll(pipeline):
    text = ("A car bomb killed nine people in Qamishli on Tuesday, the deadliest attack since the fighting began.")
    (ev,) = _events(pipeline, text, FRI)
    assert ev.fatalities == 9


@pytest.mark.parametrize("text", [
    "A sniper shot a tribal sheikh near his home in Qamishli on Thursday evening, and he died of his wounds hours later.",
    "A sniper shot a woman in Qamishli on Thursday; she later died in hospital.",
])
def test_he_died_counts_the_victim(pipeline, text):
    (ev,) = _events(pipeline, text, FRI)
    assert ev.event_type == "Violence against civilians"
    assert ev.fatalities == 1


# ---------------------------------------------------------------- "elsewhere"; a second blast of the same attack

def test_fighting_elsewhere_in_the_province_is_no_event(pipeline):
    text = ("Such clashes have been rare in Qamishli, where the two sides have mostly avoided each other while "
            "fighting the Islamic State group elsewhere in Hasakeh province.")
    assert _events(pipeline, text) == []


def test_clashes_elsewhere_at_a_named_neighbourhood_are_an_event(pipeline):
    (ev,) = _events(pipeline, "On Tuesday, clashes also broke out elsewhere in the city, in the Tayy neighbourhood "
                              "of Qamishli.")
    assert (ev.event_type, ev.place_id) == ("Battles", "tayy")


def test_a_second_blast_minutes_later_is_the_same_attack(pipeline):
    text = ("A suicide bomber blew himself up at an Asayish checkpoint in Qamishli on Tuesday, killing five members. "
            "Another blast went off moments later at the same spot, wounding three people.")
    (ev,) = _events(pipeline, text)
    assert (ev.sub_event_type, ev.fatalities, ev.injuries) == ("Suicide bomb", 5, 3)


def test_a_second_bombing_elsewhere_is_another_event(pipeline):
    text = ("A car bomb exploded near a church in Qamishli on Tuesday, killing two people. "
            "On Wednesday, a second car bomb went off in Amuda, wounding four.")
    evs = _events(pipeline, text)
    assert sorted(e.place_id for e in evs) == ["amuda", "qamishli"]


# ---------------------------------------------------------------- raids over the past few days

SUN = dt.date(2021, 2, 14)  # a Sunday


def test_raids_over_the_past_two_days_are_events_dated_by_that_span(pipeline):
    (ev,) = _events(pipeline, "Over the past two days, SDF patrols raided houses in the village of Girbawi near "
                              "Qamishli, arresting five young men.", SUN)
    assert (ev.sub_event_type, ev.place_id) == ("Arrests", "girbawi")
    assert ev.date_from < SUN and ev.date_from >= dt.date(2021, 2, 12)


def test_arrests_over_the_past_two_months_are_a_tally(pipeline):
    assert _events(pipeline, "Over the past two months, the militia has arrested 40 young men in villages near "
                             "Tal Hamis.", SUN) == []


def test_a_raid_and_the_kidnapping_it_made_are_one_act(pipeline):
    evs = _events(pipeline, "On Saturday, gunmen raided a house in Amuda, kidnapping a merchant.", SUN)
    assert [(e.sub_event_type, e.place_id) for e in evs] == [("Abduction/forced disappearance", "amuda")]


@pytest.mark.parametrize("text, places", [
    ("SDF gunmen on Saturday stormed houses in Tal Hamis town and in al-Yarubiya, kidnapping a number of young men.",
     ["tall_hamis", "yarubiyah"]),
    ("The Asayish arrested five men in Amuda and Darbasiyah on Saturday.", ["amuda", "darbasiyah"]),
])
def test_arrests_in_two_towns_are_one_event_in_each(pipeline, text, places):
    evs = _events(pipeline, text, SUN)
    assert sorted(e.place_id for e in evs) == places
    assert {e.date_from for e in evs} == {dt.date(2021, 2, 13)}


def test_arrests_in_a_village_named_with_its_town_stay_one(pipeline):
    evs = _events(pipeline, "The Asayish arrested five men in the village of Girbawi near Qamishli on Saturday.", SUN)
    assert [e.place_id for e in evs] == ["girbawi"]


# ---------------------------------------------------------------- roadblocks as a step of the raids

def test_barriers_set_up_before_the_raids_are_part_of_them(pipeline):
    text = ("SDF gunmen raided houses in Tal Hamis on Saturday, kidnapping a number of young men. "
            "Sources said the militia set up barriers at the entrances of the town before the raids.")
    evs = _events(pipeline, text, SUN)
    assert [e.sub_event_type for e in evs] == ["Abduction/forced disappearance"]


@pytest.mark.parametrize("text", [
    "The Asayish set up checkpoints at the entrances of Amuda before the holiday.",
    "The Asayish set up checkpoints at the entrances of Amuda before the raids.",  # no raid told: its own event
])
def test_checkpoints_with_no_operation_told_are_a_change_of_activity(pipeline, text):
    (ev,) = _events(pipeline, text, SUN)
    assert (ev.sub_event_type, ev.place_id) == ("Change to group/activity", "amuda")


# ---------------------------------------------------------------- "six members of the Asayish and two other people"

@pytest.mark.parametrize("text, dead, wounded", [
    ("A drone struck a building in Amuda on Thursday. Six members of the Internal Security Forces (Asayish) and "
     "two other people were killed there.", 8, 0),
    ("Three members of the SDF and a civilian were killed in a drone strike on Amuda on Thursday.", 4, 0),
    ("Two fighters of the Syrian Democratic Forces (SDF) and a child were wounded in shelling on Tal Tamr on "
     "Thursday.", 0, 3),
])
def test_members_of_a_side_and_others_add_up(pipeline, text, dead, wounded):
    (ev,) = _events(pipeline, text, FRI)
    assert (ev.fatalities, ev.injuries or 0) == (dead, wounded)


# ---------------------------------------------------------------- English spellings of Ghuwayran (gazetteer aliases)

@pytest.mark.parametrize("text", [
    "Hundreds of families left Ghweran on Friday, heading for other parts of Hasakah.",
    "Hundreds of families left the Geweran neighbourhood on Friday, heading for other parts of Hasakah.",
])
def test_ghuwayran_spelt_as_the_wires_spell_it(pipeline, text):
    (ev,) = _events(pipeline, text, FRI)
    assert ev.place_id == "ghuwayran"
    assert "displacement" in ev.tags


# ---------------------------------------------------------------- ", bringing the number … to 14": a count carried forward

@pytest.mark.parametrize("text", [
    "A drone strike on Tuesday killed two fighters near Tal Tamr, bringing the number of strikes this month to 14.",
    "Two fighters were killed in a drone strike near Tal Tamr on Tuesday, bringing the death toll from Turkish "
    "strikes this year to 30.",
    "A drone strike killed two fighters near Tal Tamr on Tuesday, raising to 14 the number of strikes this month.",
])
def test_a_running_count_after_the_act_keeps_the_act_and_its_own_toll(pipeline, text):
    (ev,) = _events(pipeline, text)
    assert (ev.sub_event_type, ev.place_id, ev.date_from) == ("Air/drone strike", "tall_tamr", dt.date(2023, 3, 14))
    assert ev.fatalities == 2


def test_a_running_count_alone_is_still_no_event(pipeline):
    assert _events(pipeline, "Turkish drones have killed 25 people in Qamishli since the start of the year, "
                             "bringing the number of strikes this year to 40.") == []


@pytest.mark.parametrize("last", [
    "A young man died of his wounds on Wednesday, bringing the death toll of the blast to three.",
    "A young man died of his wounds on Wednesday, bringing the death toll to three.",
])
def test_bringing_the_toll_of_that_blast_is_its_toll(pipeline, last):
    text = "A car bomb exploded in the industrial area of Qamishli on Tuesday, killing two people. " + last
    (ev,) = _events(pipeline, text)
    assert ev.fatalities == 3  # the total told, not the total plus the man who died


# ---------------------------------------------------------------- prisoner exchanges; a truce that ended the clashes

@pytest.mark.parametrize("text, place", [
    ("Kurdish forces and the government exchanged 20 prisoners at the Qamishli airport on Monday.", "qamishli_airport"),
    ("The SDF and government forces swapped dozens of detainees in Qamishli on Monday.", "qamishli"),
])
def test_an_exchange_of_counted_prisoners_is_an_agreement(pipeline, text, place):
    (ev,) = _events(pipeline, text)
    assert (ev.sub_event_type, ev.place_id, ev.date_from) == ("Agreement", place, dt.date(2023, 3, 13))
    assert not ev.fatalities


@pytest.mark.parametrize("text", [
    "The two sides are expected to exchange 20 prisoners in Qamishli next week.",
    "The SDF denied that it had exchanged any prisoners with the government.",
])
def test_an_exchange_expected_or_denied_is_no_event(pipeline, text):
    assert _events(pipeline, text) == []


def test_clashes_a_truce_ended_are_no_new_clash(pipeline):
    evs = _events(pipeline, "Kurdish forces and the government exchanged 20 prisoners at the Qamishli airport on "
                            "Monday, a week after a truce ended clashes in the city.")
    assert [e.sub_event_type for e in evs] == ["Agreement"]


# ---------------------------------------------------------------- an earlier truce told with its own day

def test_the_truce_agreed_on_an_earlier_day_is_its_own_agreement(pipeline):
    text = ("Kurdish and government officials agreed on Sunday to exchange prisoners in Qamishli. "
            "Under the deal, the truce that the two sides agreed on Friday stays in force.")
    evs = _events(pipeline, text)
    assert sorted(e.date_from for e in evs if e.sub_event_type == "Agreement") == [
        dt.date(2023, 3, 10), dt.date(2023, 3, 12)]


@pytest.mark.parametrize("last", [
    "Under the deal, prisoners will be exchanged on Friday.",
    "The deal will be reviewed on Friday.",
    "The truce, the Asayish said on Wednesday, is holding.",
])
def test_the_same_truce_told_again_is_one_agreement(pipeline, last):
    text = "The Asayish and the NDF agreed on Tuesday to a ceasefire in Qamishli. " + last
    evs = _events(pipeline, text)
    assert [(e.sub_event_type, e.date_from) for e in evs] == [("Agreement", dt.date(2023, 3, 14))]


# ---------------------------------------------------------------- "as well as": targets at two places

FRI_OCT = dt.date(2023, 10, 6)


def test_strikes_on_targets_at_two_places_are_one_at_each(pipeline):
    text = ("On Thursday, drones struck an oil station in the Qamishli countryside as well as the power station "
            "inside the city of Qamishli.")
    evs = _events(pipeline, text, FRI_OCT)
    assert sorted(e.place_id for e in evs) == ["qamishli", "qamishli_countryside"]
    assert {e.date_from for e in evs} == {dt.date(2023, 10, 5)}


def test_a_strike_with_its_toll_on_two_targets_stays_one(pipeline):
    evs = _events(pipeline, "On Thursday, drones struck an oil station near Amuda as well as silos in Tal Tamr, "
                            "killing a guard.", FRI_OCT)
    assert len(evs) == 1 and evs[0].fatalities == 1


def test_two_targets_at_one_place_are_one_strike(pipeline):
    evs = _events(pipeline, "On Thursday, drones struck an oil station as well as a power plant in Amuda.", FRI_OCT)
    assert [e.place_id for e in evs] == ["amuda"]


# ---------------------------------------------------------------- claims across a region; unconfirmed; heard; a funeral

def test_a_ministrys_regional_count_is_no_toll_and_no_event(pipeline):
    text = ("A Turkish drone struck a car in Amuda on Monday, killing two fighters. Turkey's defence ministry said its "
            "forces had killed 15 militants in northern Syria in retaliation for the attack.")
    (ev,) = _events(pipeline, text)
    assert (ev.place_id, ev.fatalities) == ("amuda", 2)
    assert _events(pipeline, "Turkey's defence ministry said its forces had killed 15 militants in northern Syria "
                             "on Monday.") == []


def test_an_unconfirmed_report_of_deaths_is_no_event(pipeline):
    assert _events(pipeline, "SOHR said it could not confirm reports that two civilians were killed in Tal Tamr "
                             "on Monday.") == []


@pytest.mark.parametrize("text", [
    "Residents said they heard loud explosions in the eastern part of Qamishli on Tuesday night.",
    "Residents of Amuda heard the sound of clashes on Tuesday night.",
])
def test_a_noise_heard_is_no_event(pipeline, text):
    assert _events(pipeline, text) == []


def test_a_drone_heard_before_it_struck_is_a_strike(pipeline):
    (ev,) = _events(pipeline, "A farmer near Amuda said he heard a drone over the village on Tuesday seconds before "
                              "it struck a tractor, wounding his brother.")
    assert (ev.sub_event_type, ev.injuries) == ("Air/drone strike", 1)


def test_a_deal_named_by_its_year_is_background(pipeline):
    assert _events(pipeline, "Russia has sent military police to Qamishli to patrol the border strip under a 2019 "
                             "deal with Turkey.") == []


def test_a_march_in_a_funeral_procession_is_no_protest(pipeline):
    assert _events(pipeline, "Thousands of people marched in the funeral procession in Qamishli on Wednesday, "
                             "chanting slogans against Turkey.") == []


def test_a_march_with_slogans_is_a_protest(pipeline):
    (ev,) = _events(pipeline, "Thousands of people marched in Qamishli on Wednesday, chanting slogans against Turkey.")
    assert ev.event_type == "Protests"


@pytest.mark.parametrize("text, dead", [
    ("A woman and her two children were killed when a shell struck their home in Amuda on Wednesday.", 3),
    ("Two SDF fighters and their commander were killed in a drone strike near Amuda on Wednesday.", 3),
    ("A man and two of his children were killed in a drone strike near Amuda on Wednesday.", 3),
])
def test_a_person_and_his_or_her_relatives_add_up(pipeline, text, dead):
    (ev,) = _events(pipeline, text, FRI)
    assert ev.fatalities == dead


def test_a_village_said_to_lie_in_a_province_outside_the_area_is_not_the_gazetteers_namesake(pipeline):
    text = ("Gunmen on a motorcycle shot dead a mukhtar in the village of Abu Khashab in the Deir ez-Zor countryside "
            "on Tuesday.")
    (ev,) = _events(pipeline, text, FRI)
    # drawn in the far area the text gives, the name kept as unresolved: never the Hasakah namesake
    assert (ev.place_id, ev.unresolved_name) == ("deir_ez_zor_countryside", "Abu Khashab")
    (ev,) = _events(pipeline, "Gunmen on a motorcycle shot dead a mukhtar in the village of Abu Khashab on Tuesday.",
                    FRI)
    assert ev.place_id == "abu_khashab"


# ---------------------------------------------------------------- another day's killing in the same city; drones downed

def test_another_days_killing_in_the_same_city_is_its_own_event(pipeline):
    text = ("The monitor reported that unknown gunmen shot dead a young man in Hasakah city on Tuesday. The monitor "
            "had documented on Monday the killing of a woman by unknown gunmen in the same city.")
    evs = _events(pipeline, text, dt.date(2023, 10, 18))
    assert sorted((e.date_from, e.place_id, e.fatalities) for e in evs) == [
        (dt.date(2023, 10, 16), "hasakah", 1), (dt.date(2023, 10, 17), "hasakah", 1)]


@pytest.mark.parametrize("text", [
    "The SDF said it shot down a Turkish drone over Amuda on Tuesday.",
    "Air defences intercepted a drone near Qamishli on Tuesday.",
])
def test_a_drone_shot_down_is_no_strike(pipeline, text):
    assert _events(pipeline, text, dt.date(2023, 10, 18)) == []


def test_a_drone_shot_down_after_a_strike_adds_nothing(pipeline):
    evs = _events(pipeline, "A Turkish drone hit a car near Amuda on Tuesday; another was shot down near Qamishli.",
                  dt.date(2023, 10, 18))
    assert [(e.sub_event_type, e.place_id) for e in evs] == [("Air/drone strike", "amuda")]


# ---------------------------------------------------------------- "the regime-backed NDF": the force, not its backer

def test_a_backed_force_is_the_actor_not_its_backer(pipeline):
    (ev,) = _events(pipeline, "Clashes broke out on Tuesday between the Asayish and the regime-backed National "
                              "Defence Forces (NDF) in Qamishli.")
    assert {ev.actor1_id, ev.actor2_id} == {"asayish", "ndf"}


def test_units_backed_by_a_side_with_no_force_named_are_that_sides(pipeline):
    (ev,) = _events(pipeline, "SDF-backed anti-terrorism units raided a house in Hasakah on Tuesday, arresting "
                              "two ISIS suspects.")
    assert ev.actor1_id == "sdf"


def test_a_groups_claim_goes_to_its_attack_not_to_the_air_strikes_after_it(pipeline):
    text = ("A car bomb exploded at the gate of a prison in Hasakah on Thursday evening, killing two guards. "
            "Coalition aircraft carried out strikes on Friday on buildings near the prison. "
            "In a statement, ISIS claimed the assault.")
    evs = _events(pipeline, text, dt.date(2022, 1, 21))
    by_type = {e.sub_event_type: e for e in evs}
    assert by_type["Remote explosive/landmine/IED"].actor1_id == "isis"
    assert by_type["Air/drone strike"].actor1_id != "isis"


# ---------------------------------------------------------------- date ranges: "from Tuesday to Thursday"

@pytest.mark.parametrize("text, first, last", [
    ("Clashes raged between the Asayish and the NDF in Qamishli from Tuesday to Thursday.", (3, 14), (3, 16)),
    ("Clashes raged between the Asayish and the NDF in Qamishli between Tuesday and Thursday.", (3, 14), (3, 16)),
    ("Turkish artillery shelled villages near Tal Tamr from March 6 to March 9.", (3, 6), (3, 9)),
])
def test_a_range_of_days_dates_the_event(pipeline, text, first, last):
    (ev,) = _events(pipeline, text)
    assert (ev.date_from, ev.date_to) == (dt.date(2023, *first), dt.date(2023, *last))


def test_from_a_day_alone_is_still_a_time_since(pipeline):
    from pipeline.arabic import normalise
    from pipeline.english.dates import find_dates

    (ds,) = find_dates(normalise("Families have been fleeing Amuda from Tuesday."), THU)
    assert ds.background and ds.date_from == ds.date_to == dt.date(2023, 3, 14)


@pytest.mark.parametrize("text", [
    "An armed Turkish UAV targeted a house in the village of Girbawi on Tuesday, wounding three civilians.",
    "A Turkish warplane bombed an oil station near Derik on Tuesday.",
])
def test_turkish_aircraft_are_the_turkish_military(pipeline, text):
    (ev,) = _events(pipeline, text)
    assert (ev.sub_event_type, ev.actor1_id) == ("Air/drone strike", "turkey")


# ---------------------------------------------------------------- a deal as the basis of another act; "handed … over to"

def test_a_release_under_a_deal_is_no_agreement_of_that_day(pipeline):
    assert _events(pipeline, "The Asayish released 15 detainees in Qamishli on Tuesday under a deal with tribal "
                             "elders.") == []


def test_posts_handed_over_under_a_deal_are_a_transfer(pipeline):
    (ev,) = _events(pipeline, "Under its deal with Damascus, the SDF handed four border posts west of Amuda over to "
                              "government border guards on Wednesday.")
    assert (ev.sub_event_type, ev.actor1_id, ev.date_from) == (
        "Non-violent transfer of territory", "sdf", dt.date(2023, 3, 15))


def test_bodies_handed_over_are_a_handover(pipeline):
    (ev,) = _events(pipeline, "The SDF handed the bodies of three soldiers over to the Syrian army at the Qamishli "
                              "airport on Tuesday.")
    assert (ev.event_type, ev.sub_event_type) == ("Strategic developments", "Other")


def test_suspects_handed_over_are_no_transfer(pipeline):
    assert _events(pipeline, "The Asayish handed two suspects over to the SDF in Amuda on Tuesday.") == []


# ---------------------------------------------------------------- "Turkey carried out …"; the strike's blast; Turkey is outside

@pytest.mark.parametrize("text", [
    "Turkey carried out a drone strike in the Qamishli countryside on Tuesday, killing an SDF commander.",
    "Turkey has stepped up drone strikes on Amuda, and on Tuesday a drone killed two fighters there.",
])
def test_turkey_as_the_subject_of_a_strike_is_its_military(pipeline, text):
    (ev,) = _events(pipeline, text)
    assert ev.actor1_id == "turkey"


def test_turkey_as_a_place_is_no_actor(pipeline):
    (ev,) = _events(pipeline, "Shells fired from Turkey hit a house in Amuda on Tuesday, wounding a child.")
    assert ev.place_id == "amuda"


@pytest.mark.parametrize("last", [
    "The blast was heard across the border in Turkey.",
    "The explosion killed two people.",
])
def test_the_blast_after_a_drone_strike_is_that_strike(pipeline, last):
    evs = _events(pipeline, "A drone struck a car near Amuda on Tuesday. " + last)
    assert [e.sub_event_type for e in evs] == ["Air/drone strike"]


def test_clashes_in_turkey_are_outside_the_area(pipeline):
    assert _events(pipeline, "Clashes broke out between soldiers and PKK fighters in Turkey on Tuesday.") == []


# ---------------------------------------------------------------- the one artillery an article names

def test_shells_with_no_author_are_the_one_artillery_the_article_names(pipeline):
    text = ("Turkish artillery shelled the Qudurbeg neighbourhood of Qamishli on Friday, wounding two civilians. "
            "In the Zaytuniya neighbourhood, mortar shells fell among the houses, killing a woman.")
    evs = _events(pipeline, text, FRI)
    assert [e.actor1_id for e in evs] == ["turkey", "turkey"]


def test_mortar_fire_from_syria_is_not_the_turkish_artillery(pipeline):
    text = ("Turkish artillery shelled the Qudurbeg neighbourhood of Qamishli on Friday, wounding two civilians. "
            "Across the border, mortar fire from Syria killed two civilians in Nusaybin on Friday.")
    evs = _events(pipeline, text, FRI)
    nusaybin = [e for e in evs if e.place_id == "nusaybin"]
    assert nusaybin and nusaybin[0].actor1_id != "turkey"


# ---------------------------------------------------------------- "the militia": the side last called a militia

def test_the_militia_is_the_side_the_article_called_a_militia(pipeline):
    text = ("Gunmen of the QSD militia on Saturday stormed houses in Tal Hamis, kidnapping a number of young men. "
            "On Thursday, a militia checkpoint north of Shaddadi kidnapped two young men from a nearby village.")
    evs = _events(pipeline, text, SUN)
    assert [e.actor1_id for e in sorted(evs, key=lambda e: e.date_from)] == ["sdf", "sdf"]


def test_a_militia_with_no_side_called_so_stays_unnamed(pipeline):
    (ev,) = _events(pipeline, "On Thursday, a militia checkpoint north of Shaddadi kidnapped two young men.", SUN)
    assert ev.actor1_id != "sdf"


# ---------------------------------------------------------------- dashed roads: "the Hasakah–Qamishli highway"

@pytest.mark.parametrize("dash", ["–", "-"])
def test_a_long_dashed_road_is_in_the_area_holding_both_ends(pipeline, dash):
    text = f"Bomb hits patrol\nA roadside bomb hit an SDF patrol on the Hasakah{dash}Qamishli highway on Tuesday."
    (ev,) = _events(pipeline, text)
    assert ev.place_id == "hasakah_governorate"


def test_a_short_dashed_road_is_at_its_first_town(pipeline):
    (ev,) = _events(pipeline, "Strike on road\nA drone struck a car near a checkpoint on the Qamishli-Amuda road on "
                              "Tuesday.")
    assert ev.place_id == "qamishli"


def test_a_dash_inside_a_name_pair_is_no_dateline(pipeline):
    (ev,) = _events(pipeline, "A roadside bomb hit an SDF patrol on the Hasakah–Qamishli highway on Tuesday.")
    assert ev.place_id == "hasakah_governorate"


def test_a_count_since_the_fighting_began_with_no_toll_told_before_is_the_fightings(pipeline):
    text = ("Clashes between the Asayish and the NDF continued in Qamishli on Thursday. At least four Asayish members "
            "and two civilians have been killed since the fighting began, the monitor said.")
    (ev,) = _events(pipeline, text, FRI)
    assert ev.fatalities == 6


@pytest.mark.parametrize("text", [
    "The Asayish handed a letter over to UN officials in Qamishli on Tuesday.",
    "The SDF handed the seized vehicles over to the coalition in Hasakah on Tuesday.",
])
def test_things_handed_over_are_no_transfer_of_ground(pipeline, text):
    assert _events(pipeline, text) == []


def test_a_prison_handed_over_is_a_transfer(pipeline):
    (ev,) = _events(pipeline, "The SDF handed the Alaya prison over to government forces on Tuesday.")
    assert (ev.sub_event_type, ev.place_id) == ("Non-violent transfer of territory", "alaya")
