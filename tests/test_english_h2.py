"""English phrasing classes the second blind set (h2en01–h2en10) showed the rules missed or
misread, one section per class (issue 10, English). Every sentence here was written for these
tests in the style of English-language outlets (North Press, Kurdistan 24, SOHR, Enab Baladi,
Rudaw, Hawar); none is copied from a report or from the evaluation texts.
"""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import english_article, english_events

TUE = dt.date(2022, 8, 16)  # a Tuesday


def _run(pipeline, text: str, published: dt.date = TUE):
    return pipeline.process(english_article(text, published))


_events = english_events(TUE)


def _kinds(events) -> list[str]:
    return [e.sub_event_type for e in events]


# ---------------------------------------------------------------- things seized are no takeover

@pytest.mark.parametrize("text", [
    "Security forces detained five suspects in Tal Hamis on Monday. Rifles and ammunition were seized from them.",
    "Security forces detained five suspects in Tal Hamis on Monday and seized a cache of explosives.",
    "The Asayish arrested two smugglers in Amuda on Monday, capturing their truck and its cargo.",
])
def test_things_seized_are_no_takeover(pipeline, text):
    events = _events(pipeline, text)
    assert _kinds(events) == ["Arrests"]


def test_ground_seized_is_still_a_takeover(pipeline):
    events = _events(pipeline, "Government forces seized the Tal Hamis silos from ISIS fighters on Monday.")
    assert [e.event_type for e in events] == ["Battles"]


# ---------------------------------------------------------------- tallies over a period, toll lists

@pytest.mark.parametrize("tally", [
    "According to the monitor, Turkish drones have killed at least 20 people and wounded 45 this year.",
    "The observatory has recorded 41 drone attacks on the region so far in 2022.",
    "By the council's count, 17 fighters have died in such strikes in recent weeks.",
    "The number of Turkish drone attacks on the area has risen to 33, leaving 12 people dead.",
])
def test_a_tally_over_a_period_is_no_toll(pipeline, tally):
    text = "A Turkish drone struck a car in Amuda on Monday, killing two SDF fighters. " + tally
    (ev,) = _events(pipeline, text)
    assert ev.fatalities == 2


def test_so_far_without_a_count_is_no_tally(pipeline):
    text = ("Elders have so far been unable to calm the clashes, which broke out in the Tayy neighbourhood of "
            "Qamishli on Sunday.")
    assert _kinds(_events(pipeline, text)) == ["Armed clash"]


@pytest.mark.parametrize("sentence, dead", [
    ("A Turkish drone strike in Amuda on Monday killed a fighter, three children and another man.", 5),
    ("A Turkish drone strike in Amuda on Monday killed two fighters and their driver.", 3),
    # a comma without a closing "and" may be an apposition: one person
    ("A Turkish drone strike in Amuda on Monday killed a civilian, a 60-year-old shepherd.", 1),
    ("A Turkish drone strike in Amuda on Monday killed a farmer and his two sons.", 3),
    # a group named one by one after a comma: the group, not twice
    ("A Turkish drone strike in Amuda on Monday killed two Asayish members, an officer and his driver.", 2),
])
def test_groups_listed_after_a_killing_add_up(pipeline, sentence, dead):
    (ev,) = _events(pipeline, sentence)
    assert ev.fatalities == dead


# ---------------------------------------------------------------- places: near a town, at its edge, in apposition

@pytest.mark.parametrize("sentence, place", [
    # a village near a town is in its countryside
    ("Turkish shells killed a shepherd on Monday in a village close to Amuda.", "amuda_countryside"),
    ("Turkish shells fell on Monday on farms not far from Tal Tamr.", "tall_tamr_countryside"),
    # what is at the town's edge is the town, as ACLED codes it
    ("A Turkish drone struck a car on the outskirts of Amuda on Monday.", "amuda"),
    ("A Turkish drone struck a checkpoint on the road east of Amuda on Monday.", "amuda"),
    # a direction alone still says countryside
    ("Turkish shells fell on Monday on farmland north of Amuda.", "amuda_countryside"),
])
def test_near_a_town_and_at_its_edge(pipeline, sentence, place):
    (ev,) = _events(pipeline, sentence)
    assert ev.place_id == place


@pytest.mark.parametrize("sentence, names", [
    ("A Turkish drone hit a car on Monday in Kherbet Ali, a village close to Amuda.", ["Kherbet Ali"]),
    ("Turkish shells fell on Kaniya Spi and Girdim, two small villages north of Tal Tamr, on Monday.",
     ["Kaniya Spi", "Girdim"]),
    ("On Sunday, a village north of Tal Tamr came under Turkish shelling.", []),
])
def test_names_in_apposition_to_a_village_are_unresolved_places(pipeline, sentence, names):
    res = _run(pipeline, sentence)
    assert [u.name for u in res.unresolved] == names


def test_an_event_at_an_apposed_village_keeps_its_name_and_the_area(pipeline):
    (ev,) = _events(pipeline, "A Turkish drone hit a car on Monday in Kherbet Ali, a village close to Amuda.")
    assert (ev.unresolved_name, ev.place_id, ev.approximate) == ("Kherbet Ali", "amuda_countryside", True)


# ---------------------------------------------------------------- a reference point is not the place

@pytest.mark.parametrize("sentence, place", [
    ("Gunmen shot dead a farmer on Monday in the countryside of Amuda, north of Al-Hasakah.", "amuda_countryside"),
    ("A Turkish drone hit a farm on Monday in the Qahtaniyah countryside, east of Qamishli, north of Hasakah.",
     "qahtaniyah_countryside"),
    # with nothing named before it, the direction still places the event around the town
    ("A Turkish drone hit a farm on Monday 12 km west of Qamishli.", "qamishli_countryside"),
])
def test_a_place_after_a_comma_and_a_direction_only_locates_the_one_before(pipeline, sentence, place):
    (ev,) = _events(pipeline, sentence)
    assert ev.place_id == place


# ---------------------------------------------------------------- a protest called for or planned

@pytest.mark.parametrize("text", [
    "Residents of Qamishli protested the power cuts on Monday. The council called for a bigger rally on Friday.",
    "Residents of Qamishli protested the power cuts on Monday. Teachers urged parents to join a sit-in next week.",
    "Residents of Qamishli protested the power cuts on Monday. Unions plan to hold another march on Sunday.",
    "Residents of Qamishli protested the power cuts on Monday. A second march is planned for Sunday.",
])
def test_a_protest_called_for_or_planned_is_no_event(pipeline, text):
    events = _events(pipeline, text)
    assert [(e.sub_event_type, e.date_from) for e in events] == [("Peaceful protest", dt.date(2022, 8, 15))]


def test_protesters_calling_for_something_still_protest(pipeline):
    events = _events(pipeline, "Dozens of women demonstrated in Amuda on Monday, calling for the release of detainees.")
    assert _kinds(events) == ["Peaceful protest"]


# ---------------------------------------------------------------- a pattern over time

@pytest.mark.parametrize("pattern", [
    "Farmers say the repeated shelling has burned crops and killed 12 people.",
    "Near-daily drone attacks have emptied the border villages, killing nine civilians.",
    "The constant bombardment has forced many families out, and six people have died.",
])
def test_a_pattern_over_time_is_no_event_and_no_toll(pipeline, pattern):
    text = "Turkish artillery shelled the village of Tal Tawil near Tal Tamr on Monday, wounding two people. " + pattern
    (ev,) = _events(pipeline, text)
    assert (ev.injuries, ev.fatalities) == (2, 0)


def test_repeated_with_a_date_of_its_own_is_an_event(pipeline):
    text = "Turkish forces resumed their repeated shelling of Tal Tamr on Monday morning."
    assert _kinds(_events(pipeline, text)) == ["Shelling/artillery/missile attack"]


# ---------------------------------------------------------------- checkpoints set up, words between

@pytest.mark.parametrize("sentence", [
    "On Monday, the Asayish set up several additional checkpoints around Amuda.",
    "Government forces erected two new roadblocks at the entrances of Qamishli on Monday.",
])
def test_checkpoints_set_up_with_words_between_are_a_deployment(pipeline, sentence):
    assert _kinds(_events(pipeline, sentence)) == ["Change to group/activity"]


def test_a_checkpoint_attacked_is_not_a_deployment(pipeline):
    events = _events(pipeline, "Gunmen attacked an Asayish checkpoint built last year near Amuda on Monday.")
    assert "Change to group/activity" not in _kinds(events)


# ---------------------------------------------------------------- a lead over a whole region

def test_a_lead_over_the_region_is_no_event_of_its_own(pipeline):
    text = ("Turkish drones pounded oil and power sites across north-east Syria for a second day, officials said "
            "on Tuesday.\nOn Monday evening, a Turkish drone hit the power station in Qahtaniyah.")
    events = _events(pipeline, text)
    assert len(events) == 1
    assert events[0].date_from == dt.date(2022, 8, 15)
    assert "across north-east Syria" in " ".join([events[0].evidence] + [
        text[s:e] for s, e in events[0].more_evidence])


def test_a_strike_on_the_region_alone_is_still_reported(pipeline):
    text = "Turkish drones struck targets across north-east Syria on Tuesday, officials said."
    assert _kinds(_events(pipeline, text)) == ["Air/drone strike"]


# ---------------------------------------------------------------- strikes on towns named together

def test_strikes_on_towns_named_together_are_one_per_town(pipeline):
    events = _events(pipeline, "Turkish drones hit fuel depots in Amuda and Darbasiyah on Monday.")
    assert sorted(e.place_id for e in events) == ["amuda", "darbasiyah"]


def test_a_strike_with_a_toll_on_two_towns_stays_one_event(pipeline):
    events = _events(pipeline, "Turkish drones hit fuel depots in Amuda and Darbasiyah on Monday, killing three guards.")
    assert len(events) == 1 and events[0].fatalities == 3


def test_villages_shelled_together_stay_one_event(pipeline):
    events = _events(pipeline, "Turkish artillery shelled Tal Tawil and Tal Jumaa near Tal Tamr on Monday.")
    assert len(events) == 1


# ---------------------------------------------------------------- the strikes reaching a new place

def test_the_strikes_reaching_a_place_of_their_own_are_another_strike(pipeline):
    text = ("Turkish drones hit the power station in Qamishli on Monday.\n"
            "Later that night, the strikes reached a water plant in the countryside of Amuda.")
    events = _events(pipeline, text)
    assert [(e.sub_event_type, e.place_id) for e in events] == [
        ("Air/drone strike", "qamishli"), ("Air/drone strike", "amuda_countryside")]
    assert events[1].rule.endswith("_reached")


def test_the_strikes_at_the_same_place_are_no_new_event(pipeline):
    text = ("Turkish drones hit the power station in Qamishli on Monday.\n"
            "The strikes also hit homes in Qamishli, residents said.")
    assert len(_events(pipeline, text)) == 1


# ---------------------------------------------------------------- an earlier event named by its year

@pytest.mark.parametrize("sentence", [
    "The administration accused the guarantors of the 2019 ceasefire of ignoring the attacks.",
    "Residents recalled the October 2019 agreement that brought Russian patrols to Qamishli.",
    "The council said the truce of 2016 still shapes who holds the airport.",
])
def test_an_event_named_by_an_earlier_year_is_no_event(pipeline, sentence):
    assert _events(pipeline, sentence) == []


def test_a_truce_agreed_this_year_is_still_an_event(pipeline):
    assert _kinds(_events(pipeline, "The Asayish and the NDF agreed a truce in Qamishli on Monday.")) == ["Agreement"]


# ---------------------------------------------------------------- a lead dated by its announcement

def test_a_reference_back_gives_the_day_an_announced_event_took_place(pipeline):
    text = ("Eleven people are in custody after the Asayish raided houses in Amuda, the force said on Tuesday.\n"
            "The raids took place on Sunday night, according to its media office.")
    (ev,) = _events(pipeline, text)
    assert (ev.sub_event_type, ev.date_from) == ("Arrests", dt.date(2022, 8, 14))


def test_a_reference_back_does_not_move_an_event_dated_by_its_own_clause(pipeline):
    text = ("The Asayish raided houses in Amuda on Monday and detained eleven people.\n"
            "The raids took place after a bombing in the town on Saturday, the force said.")
    (ev,) = [e for e in _events(pipeline, text) if e.sub_event_type == "Arrests"]
    assert ev.date_from == dt.date(2022, 8, 15)


# ---------------------------------------------------------------- the day after, airport spellings

def test_the_day_after_dates_the_event_it_names_a_day_earlier(pipeline):
    text = "Qamishli's markets reopened on Tuesday, the day after the Asayish and the NDF agreed on a truce."
    (ev,) = _events(pipeline, text)
    assert (ev.sub_event_type, ev.date_from) == ("Agreement", dt.date(2022, 8, 15))


@pytest.mark.parametrize("written", ["Qamishly airport", "Qamishlo airport", "Qamishli Airport"])
def test_the_airport_under_any_spelling_of_the_city(pipeline, written):
    res = _run(pipeline, f"Officials met at {written} on Monday.")
    assert [m.place_id for m in res.mentions] == ["qamishli_airport"]


# ---------------------------------------------------------------- how long fighting lasted; its time

def test_how_long_fighting_had_lasted_is_background(pipeline):
    text = ("Shops in Qamishli reopened on Tuesday.\n"
            "Clashes had gone on for three days between the Asayish and the NDF.")
    assert _kinds(_events(pipeline, text)) == []


def test_fighting_that_had_started_on_a_day_is_still_an_event(pipeline):
    text = "Clashes had broken out on Sunday between the Asayish and the NDF in Qamishli."
    assert _kinds(_events(pipeline, text)) == ["Armed clash"]


def test_while_the_fighting_lasted_names_a_time_not_a_battle(pipeline):
    text = "Dozens of families left the Tayy neighbourhood of Qamishli while the fighting lasted."
    assert "Armed clash" not in _kinds(_events(pipeline, text))


# ---------------------------------------------------------------- a killing told as a noun

def test_the_killing_of_a_person_is_an_attack(pipeline):
    text = "Local sources reported the killing of a shepherd by masked gunmen near the village of Kherbet Ali on Sunday."
    (ev,) = _events(pipeline, text)
    assert (ev.sub_event_type, ev.fatalities, ev.date_from) == ("Attack", 1, dt.date(2022, 8, 14))


def test_the_killing_named_after_the_event_is_its_toll_not_a_new_event(pipeline):
    text = ("Gunmen shot dead a shepherd near Amuda on Sunday.\n"
            "Two men were arrested in Amuda on Monday over the killing of the shepherd.")
    assert _kinds(_events(pipeline, text)) == ["Attack", "Arrests"]


# ---------------------------------------------------------------- displacement with no flight word

def test_families_leaving_their_village_are_displaced_there(pipeline):
    text = ("Turkish shells fell on the village of Tal Jumaa near Tal Tamr on Monday.\n"
            "By evening most families had packed their cars and left the village for Hasakah.")
    events = _events(pipeline, text)
    assert _kinds(events) == ["Shelling/artillery/missile attack", "Other"]
    assert "displacement" in events[1].tags
    assert events[1].place_id == "tall_jumah"  # the village left, not Hasakah they went to


def test_a_delegation_leaving_a_town_is_no_displacement(pipeline):
    text = "The Russian delegation left Qamishli on Monday after the talks."
    assert "Other" not in _kinds(_events(pipeline, text))


# ---------------------------------------------------------------- roads shut, curfews

@pytest.mark.parametrize("sentence", [
    "Security forces shut the roads into Amuda on Monday while they searched for the gunmen.",
    "The Asayish imposed a curfew on Qamishli on Monday evening.",
])
def test_roads_shut_and_curfews_are_a_change_of_activity(pipeline, sentence):
    assert _kinds(_events(pipeline, sentence)) == ["Change to group/activity"]


# ---------------------------------------------------------------- the wounded who later died

@pytest.mark.parametrize("update, dead, hurt", [
    ("One of the wounded died in hospital on Tuesday, a medical source said.", 3, 5),
    ("Two of the injured later died, the hospital said.", 4, 4),
    ("A third man succumbed to his wounds overnight.", 3, 5),
])
def test_the_wounded_who_later_died_join_the_dead(pipeline, update, dead, hurt):
    text = "A car bomb went off in Amuda on Monday, killing two people and wounding six.\n" + update
    (ev,) = _events(pipeline, text)
    assert (ev.fatalities, ev.injuries) == (dead, hurt)


# ---------------------------------------------------------------- a similar operation elsewhere

def test_a_similar_operation_at_a_place_of_its_own_is_another_event(pipeline):
    text = ("The SDF detained 20 people in raids on al-Hol on Monday.\n"
            "A similar operation took place the same day in Shaddadi, residents said.")
    events = _events(pipeline, text)
    assert [(e.sub_event_type, e.place_id) for e in events] == [("Arrests", "al_hawl"), ("Arrests", "shaddadah")]


def test_a_similar_operation_at_the_same_place_is_no_new_event(pipeline):
    text = ("The SDF detained 20 people in raids on al-Hol on Monday.\n"
            "A similar operation was carried out in al-Hol last month, residents said.")
    assert len(_events(pipeline, text)) == 1


# ---------------------------------------------------------------- what talks are about

@pytest.mark.parametrize("sentence", [
    "New talks are due in Qamishli on Wednesday on the withdrawal of the fighters and on the checkpoints they seized.",
    "Negotiations over the release of the detainees arrested last week continued in Hasakah.",
])
def test_what_talks_are_about_is_no_event(pipeline, sentence):
    kinds = _kinds(_events(pipeline, sentence))
    assert not {"Non-state actor overtakes territory", "Arrests", "Non-violent transfer of territory"} & set(kinds)


def test_an_event_told_during_talks_is_still_an_event(pipeline):
    text = "During the talks, gunmen opened fire on an Asayish checkpoint near the Wahda roundabout in Qamishli on Monday."
    assert "Armed clash" in _kinds(_events(pipeline, text))


# ---------------------------------------------------------------- names of the region and of bodies

@pytest.mark.parametrize("text, place", [
    ("Turkish drones struck villages across Rojava on Monday.", "northeast_syria"),
    ("Turkish drones struck villages across north and east Syria on Monday.", "northeast_syria"),
    ("Turkish shells hit Dirbêsiyê on Monday.", "darbasiyah"),
    ("Turkish shells hit Çilaxa on Monday.", "jawadiyah"),
    ("Turkish shells hit Malkiya on Monday.", "malikiyah"),
    ("Turkish shells hit Gweran on Monday.", "ghuwayran"),
    # the gazetteer's "Ash Shaddadah": the sun-letter article is the text's "al-"
    ("Turkish shells hit Al-Shaddadah on Monday.", "shaddadah"),
])
def test_region_names_and_kurdish_spellings(pipeline, text, place):
    assert [m.place_id for m in _run(pipeline, text).mentions] == [place]


@pytest.mark.parametrize("text", [
    "The Autonomous Administration of North and East Syria condemned the strike.",
    "The Internal Security Forces of North and East Syria said the road was closed.",
    "The Rojava Information Centre counted the strikes.",
    "A member of the Amuda people's council spoke at the funeral.",
])
def test_bodies_named_after_the_region_are_no_place(pipeline, text):
    assert [m.place_id for m in _run(pipeline, text).mentions] == []


# ---------------------------------------------------------------- a village the gazetteer lacks, with no head noun

def test_a_name_after_a_locative_word_is_an_unresolved_place(pipeline):
    text = ("Turkish forces shelled the village of Tal Jumaa near Tal Tamr on Monday.\n"
            "A Turkish drone targeted an SDF position near Kaniya Spi on Tuesday.")
    res = _run(pipeline, text)
    assert [u.name for u in res.unresolved] == ["Kaniya Spi"]
    drone = next(e for e in res.events if e.sub_event_type == "Air/drone strike")
    assert drone.unresolved_name == "Kaniya Spi" and drone.approximate


@pytest.mark.parametrize("sentence", [
    "Turkish drones struck SDF positions in SDF-held areas on Monday.",
    "The footage was posted on Facebook on Monday.",
    "Turkish drones struck Amuda on Aug. 6 and again on Monday.",
    "Ten people were detained in ISIS raids on Monday.",
])
def test_no_unresolved_place_from_sides_media_or_dates(pipeline, sentence):
    assert [u.name for u in _run(pipeline, sentence).unresolved] == []


def test_a_direction_after_an_unknown_village_puts_it_in_the_countryside(pipeline):
    (ev,) = _events(pipeline, "A Turkish drone struck a car in the village of Kherbet Omar, east of Amuda, on Monday.")
    assert (ev.place_id, ev.unresolved_name) == ("amuda_countryside", "Kherbet Omar")


def test_another_strike_at_another_unknown_village_is_not_merged(pipeline):
    text = ("A Turkish drone hit an SDF vehicle in the countryside of Qamishli on Monday, killing a fighter.\n"
            "Minutes later, an explosion was heard near Girdim village, east of Qamishli, which local media "
            "blamed on another drone strike.")
    assert len(_events(pipeline, text)) == 2


def test_shelling_kept_up_for_days_is_a_campaign(pipeline):
    text = ("Turkish shells killed a farmer in the village of Tal Jumaa near Tal Tamr on Monday.\n"
            "For two weeks, Turkish forces have been shelling Tal Tamr and its villages.")
    (ev,) = _events(pipeline, text)
    assert ev.fatalities == 1


# ---------------------------------------------------------------- a pronoun after a casualty verb

@pytest.mark.parametrize("sentence, dead", [
    ("On Monday a landmine exploded under a shepherd in the countryside of Shaddadi, killing him.", 1),
    ("On Monday gunmen opened fire on two brothers in their car near Amuda, killing them.", 2),
])
def test_a_pronoun_after_a_killing_counts_the_person_named(pipeline, sentence, dead):
    (ev,) = _events(pipeline, sentence)
    assert ev.fatalities == dead


# ---------------------------------------------------------------- bombs defused, remnants of war, headlines

def test_a_bomb_foiled_and_defused_is_no_explosion(pipeline):
    text = ("Security forces foil bomb attack in Amuda\n"
            "The Asayish said on Tuesday that its experts had defused a roadside bomb in Amuda and arrested "
            "the man who planted it on Monday.")
    assert _kinds(_events(pipeline, text)) == ["Arrests"]


def test_an_unexploded_shell_is_an_explosive_remnant_and_one_event_with_its_headline(pipeline):
    text = ("Boy killed by unexploded shell near Tal Tamr\n"
            "A boy was killed on Monday when an unexploded shell went off while he was herding sheep in the "
            "village of Tal Jumaa near Tal Tamr.")
    (ev,) = _events(pipeline, text)
    assert (ev.sub_event_type, ev.fatalities) == ("Remote explosive/landmine/IED", 1)


# ---------------------------------------------------------------- denials, protesters' acts, label datelines

@pytest.mark.parametrize("sentence", [
    "The Asayish denied on Monday reports that its members had abducted a teacher in Amuda.",
    "The SDF dismissed claims that its fighters shelled the village of Tal Jumaa on Monday.",
])
def test_what_a_denial_says_did_not_happen_is_no_event(pipeline, sentence):
    assert _events(pipeline, sentence) == []


def test_protesters_blocking_a_road_are_the_protest_not_a_deployment(pipeline):
    text = ("Villagers protested near Tal Tamr on Monday against the convoy.\n"
            "The protesters blocked the road in front of the convoy for an hour.")
    assert _kinds(_events(pipeline, text)) == ["Peaceful protest"]


def test_a_place_label_after_the_outlet_is_a_dateline(pipeline):
    text = "SANA – Hasakah: Residents of villages in the Tal Tamr countryside protested on Monday."
    (ev,) = _events(pipeline, text)
    assert ev.place_id == "tall_tamr_countryside"


# ---------------------------------------------------------------- people evacuated or captured; unknown villages

def test_people_evacuated_are_no_transfer_of_ground(pipeline):
    text = "On Monday night the Khabour Guards evacuated the elderly from the villages near Tal Tamr."
    assert "Non-violent transfer of territory" not in _kinds(_events(pipeline, text))


def test_aides_captured_in_a_raid_are_no_takeover(pipeline):
    text = "The SDF raided a farm near Shaddadi on Monday night and captured two of the commander's aides."
    assert _kinds(_events(pipeline, text)) == ["Arrests"]


def test_an_unknown_village_in_a_report_about_a_town_is_drawn_at_its_countryside(pipeline):
    text = ("Turkish shells fell on Tal Tamr on Sunday.\n"
            "On Monday, a shell hit a house in the village of Tal Kifji, wounding two women.")
    events = _events(pipeline, text)
    assert [(e.place_id, e.unresolved_name) for e in events] == [
        ("tall_tamr", ""), ("tall_tamr_countryside", "Tal Kifji")]


def test_the_injury_of_a_person_is_counted(pipeline):
    text = "A drone strike in Amuda on Monday caused the death of a boy and the injury of his father."
    (ev,) = _events(pipeline, text)
    assert (ev.fatalities, ev.injuries) == (1, 1)


# ---------------------------------------------------------------- link lines, the month March, "another"

def test_a_read_more_line_is_another_story(pipeline):
    text = ("A Turkish drone struck a car near Amuda on Thursday, killing one person.\n"
            "Read More: Turkish drone strike kills three in Qamishli\n"
            "Turkey has stepped up its drone strikes in the region.")
    (ev,) = _events(pipeline, text)
    assert (ev.place_id, ev.fatalities) == ("amuda", 1)


def test_a_day_and_march_is_the_month(pipeline):
    text = "Gunmen abducted a boy in Amuda on Sunday, 5 March, his family said."
    assert _kinds(_events(pipeline, text, dt.date(2023, 3, 9))) == ["Abduction/forced disappearance"]


def test_injuring_another_counts_one(pipeline):
    text = "A Turkish drone struck a car near Amuda on Monday, killing one person and injuring another, sources said."
    (ev,) = _events(pipeline, text)
    assert (ev.fatalities, ev.injuries) == (1, 1)


# ---------------------------------------------------------------- a vow's date, a relative clause's "a day earlier"

def test_a_strike_a_day_before_a_vow_is_dated_a_day_before(pipeline):
    text = ("The SDF vowed on Saturday to answer a Turkish drone strike that killed two of its fighters "
            "near Amuda a day earlier.")
    (ev,) = _events(pipeline, text, dt.date(2023, 3, 11))
    assert ev.date_from == dt.date(2023, 3, 10)


# ---------------------------------------------------------------- who people are; a span up to now

def test_people_who_had_been_detained_are_described_not_arrested_again(pipeline):
    text = "The Asayish released 20 people in Amuda on Monday who had been detained during raids on ISIS cells."
    assert "Arrests" not in _kinds(_events(pipeline, text))


def test_arrests_over_the_past_months_are_no_event(pipeline):
    text = "The men had been arrested in Amuda over the past three months on suspicion of links to ISIS."
    assert _events(pipeline, text) == []
