"""English phrasings real reports use that the first English rules missed or misread.

One section per class (issue 10, English): places around a town and spelling variants,
dates, tolls, reported speech and passive voice, background and reference back, attempts and
denials, truces, control statements. Every sentence here was written for these tests in the
style of English-language outlets (Kurdistan 24, North Press, Rudaw, SOHR, Enab Baladi,
AFP); none is copied from a report.
"""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import english_article, english_events

from pipeline.arabic import normalise
from pipeline.english.dates import anchored_offset, find_dates
from pipeline.english.places import skeleton
from pipeline.records import Article

WED = dt.date(2022, 11, 23)  # a Wednesday


def _run(pipeline, text: str, published: dt.date = WED):
    return pipeline.process(english_article(text, published))


_events = english_events(WED)


# ---------------------------------------------------------------- places around a town, spellings

@pytest.mark.parametrize("sentence, place", [
    ("Turkish artillery shelled two villages west of the town of Tal Tamr on Monday.", "tall_tamr_countryside"),
    ("A farmer was wounded by a shell on Monday while working his land north of Amuda.", "amuda_countryside"),
    ("A Turkish drone hit a car in a village near Tal Tamr on Monday.", "tall_tamr_countryside"),
    ("Shells fell on farmland 10 km east of Qamishli on Monday.", "qamishli_countryside"),
    # a direction in apposition only says where the place before it is
    ("Clashes broke out on Monday in the Tayy neighbourhood, south of Qamishli.", "tayy"),
    ("Turkish shells hit the town of Amuda on Monday.", "amuda"),
])
def test_around_a_town_is_its_countryside(pipeline, sentence, place):
    (ev,) = _events(pipeline, sentence)
    assert ev.place_id == place


def test_around_keeps_the_mention_of_the_town(pipeline):
    res = _run(pipeline, "Turkish artillery shelled two villages west of the town of Tal Tamr on Monday.")
    assert [m.place_id for m in res.mentions] == ["tall_tamr"]


@pytest.mark.parametrize("written, gazetteer", [
    (["Qadourbek"], ["Qaddur", "Bek"]),
    (["Tel", "al", "Laban"], ["Tall", "al", "Lubn"]),
    (["Jal", "Agha"], ["Jil", "Agha"]),
    (["Tel", "Ziwan"], ["Tal", "Ziwan"]),
])
def test_skeleton_folds_transliterations(written, gazetteer):
    assert skeleton(written) == skeleton(gazetteer)


@pytest.mark.parametrize("sentence, name, place", [
    ("Two children were killed when mortar rounds hit the Qadourbek neighbourhood on Thursday.", "Qadourbek",
     "qaddur_bek"),
    ("Shells landed on Tel al-Laban on Monday, damaging homes.", "Tel al-Laban", "tall_al_lubn"),
    ("A drone struck the gas plant in the Jal Agha area on Wednesday.", "Jal Agha", "jawadiyah"),
])
def test_spelling_variants_found_by_consonants(pipeline, sentence, name, place):
    res = _run(pipeline, sentence)
    assert [(m.text, m.place_id) for m in res.mentions] == [(name, place)]


@pytest.mark.parametrize("sentence", [
    "The Turkish army shelled a village on Monday.",  # a common capitalised word is no place
    "Mazloum Abdi said the strikes hit civilian targets.",
    "Hawar News Agency reported the attack on Monday.",
])
def test_skeleton_does_not_invent_places(pipeline, sentence):
    assert _run(pipeline, sentence).mentions == []


def test_country_in_an_organisation_name_is_no_place(pipeline):
    res = _run(pipeline, "Members of the Kurdistan Democratic Party of Syria were detained in Qamishli on Monday.")
    assert [m.place_id for m in res.mentions] == ["qamishli"]


# ---------------------------------------------------------------- tolls, passive voice, reported speech

@pytest.mark.parametrize("sentence, killed, injured", [
    # the count and its verb far apart, an appositive between them
    ("Four members of the Self-Defence Forces, the conscript wing of the Syrian Democratic Forces (SDF), were "
     "killed and three others were injured when a Turkish drone hit them in Qamishli on Tuesday.", 4, 3),
    # "both sides" counts no one
    ("The Asayish and the NDF clashed in Tayy on Tuesday; more than 15 fighters on both sides were wounded.", 0, 15),
    # a community named for the victims
    ("Two Syriac Christians were killed by Turkish shelling in Qamishli on Wednesday.", 2, None),
])
def test_tolls_bound_to_their_verb(pipeline, sentence, killed, injured):
    (ev,) = _events(pipeline, sentence)
    assert (ev.fatalities, ev.injuries) == (killed, injured)


def test_killed_after_an_attack_is_that_attack(pipeline):
    # passive toll first, the act after "after": the act is the event, and the toll is its own
    (ev,) = _events(pipeline, "At least 25 people were killed after Islamic State fighters stormed the Ghwayran "
                              "prison in Hasakah late Thursday, the group's biggest operation since 2019, a monitor "
                              "said.", dt.date(2022, 1, 21))
    assert (ev.event_type, ev.place_id, ev.event_date, ev.fatalities) == (
        "Battles", "sinaa_prison", dt.date(2022, 1, 20), 25)


def test_day_total_is_no_event_and_no_toll(pipeline):
    evs = _events(pipeline, "A girl was wounded when shells landed on Tal Shaeer on Tuesday.\n"
                            "A hospital in Qamishli received seven civilians wounded in the day's shelling, a medical "
                            "source said.", dt.date(2022, 8, 16))
    (ev,) = evs
    assert (ev.place_id, ev.injuries) == ("tal_shaeer", 1)


def test_also_hurt_elsewhere_is_another_strike(pipeline):
    a, b = _events(pipeline, "A girl was wounded when shells landed on Tal Shaeer on Tuesday.\n"
                             "A farmer was also hurt while working his land north of Amuda.", dt.date(2022, 8, 16))
    assert (b.sub_event_type, b.place_id, b.event_date, b.injuries) == (
        a.sub_event_type, "amuda_countryside", a.event_date, 1)


def test_two_things_reported_are_two_clauses(pipeline):
    evs = _events(pipeline, "A spokesman said that a Turkish drone struck a gas plant in Jal Agha, and that warplanes "
                            "carried out four raids on the village of Ali Agha near Tel Koçer.")
    assert [e.sub_event_type for e in evs] == ["Air/drone strike", "Air/drone strike"]
    assert evs[1].unresolved_name == "Ali Agha"


# ---------------------------------------------------------------- background, reference back

@pytest.mark.parametrize("text", [
    # a campaign since a day, told in the present perfect
    "Since Monday, Turkish forces have been pounding the border countryside of Amuda and Qamishli.",
    # a habit over years
    "Turkish forces and allied factions have attacked the Tal Tamr front repeatedly for more than two years.",
    # a reason given, with the date of something else
    "Turkey launched an air campaign on Sunday, saying it was retaliating for a bombing in Istanbul.",
    # who the displaced are, not a new flight
    "Families who fled the Tayy neighbourhood during the clashes may now go back.",
])
def test_background_is_no_event(pipeline, text):
    assert _events(pipeline, text) == []


def test_the_attackers_tell_more_of_the_same_attack(pipeline):
    evs = _events(pipeline, "Islamic State fighters stormed the Ghwayran prison in Hasakah late Thursday.\n"
                            "The attackers set off a car bomb at the gate while inmates rioted inside.",
                  dt.date(2022, 1, 21))
    (ev,) = evs
    assert ev.event_type == "Battles" and len(ev.more_evidence) == 1


def test_the_prison_is_the_prison_named_before(pipeline):
    evs = _events(pipeline, "Islamic State fighters stormed the Ghwayran prison in Hasakah late Thursday and fled "
                            "into the al-Zuhour district.\n"
                            "Fighting was still going on around the prison on Friday.", dt.date(2022, 1, 21))
    assert [(e.event_date.isoformat(), e.place_id) for e in evs if e.event_type == "Battles"][-1] == (
        "2022-01-21", "sinaa_prison")


def test_summary_lead_is_not_an_event(pipeline):
    evs = _events(pipeline, "The Asayish arrested four activists in al-Hasakah province on 17 and 18 July.\n"
                            "On the evening of 17 July, a joint patrol detained two of them in Qamishli.\n"
                            "At dawn the next day, the forces detained a journalist in al-Jawadiyah.",
                  dt.date(2021, 7, 21))
    assert [(e.sub_event_type, e.place_id, e.event_date.isoformat()) for e in evs] == [
        ("Arrests", "qamishli", "2021-07-17"), ("Arrests", "jawadiyah", "2021-07-18")]


def test_meeting_that_made_a_truce_is_the_truce(pipeline):
    evs = _events(pipeline, "A meeting held at Qamishli airport on Wednesday night under Russian sponsorship "
                            "produced a 24-hour truce between the SDF and government forces.\n"
                            "During the talks, the Asayish demanded the NDF hand over the gunmen.", THU)
    (ev,) = evs
    assert (ev.sub_event_type, ev.place_id, ev.mediator) == ("Agreement", "qamishli_airport",
                                                             "Military Forces of Russia")


THU = dt.date(2021, 4, 22)


# ---------------------------------------------------------------- control statements

def _claims(pipeline, text: str, published: dt.date = WED):
    res = _run(pipeline, text, published)
    for c in res.control:
        assert res.article.text[c.start:c.end] == c.evidence
    return [(c.controller_id, c.place_id, c.as_of.isoformat(), c.qualifier) for c in res.control]


@pytest.mark.parametrize("text, claims", [
    ("The SDF controls most of Qamishli, while government forces hold the airport and the security square.",
     [("sdf", "qamishli", "2022-11-23", "most of"), ("syrian_government", "qamishli_airport", "2022-11-23", ""),
      ("syrian_government", "security_square", "2022-11-23", "")]),
    ("Tal Tamr is held by the SDF, a local source said.", [("sdf", "tall_tamr", "2022-11-23", "")]),
    ("The Tayy neighbourhood, which remains under the control of the NDF, was quiet on Monday.",
     [("ndf", "tayy", "2022-11-23", "")]),
    ("Shells hit the SDF-held town of Amuda on Monday.", [("sdf", "amuda", "2022-11-23", "")]),
    # a change the events report: the taker, the receiver, dated when it happened
    ("The SDF handed over its positions in Tal Tamr to Syrian government forces on Monday.",
     [("syrian_government", "tall_tamr", "2022-11-21", "handed over")]),
    ("On Tuesday the Asayish seized the Tayy neighbourhood from the NDF.", [("asayish", "tayy", "2022-11-22",
                                                                           "took control")]),
])
def test_control_statements(pipeline, text, claims):
    assert _claims(pipeline, text) == claims


@pytest.mark.parametrize("text", [
    "The SDF no longer controls Tal Tamr.",
    "Turkey wants to control Qamishli.",
    "Representatives of the two sides will hold talks in Qamishli on Monday.",
    "The Asayish withdrew from the Tayy neighbourhood on Monday.",  # no one named to take over
])
def test_no_control_statement(pipeline, text):
    assert _claims(pipeline, text) == []


# ---------------------------------------------------------------- dates

@pytest.mark.parametrize("text, first, last, precision", [
    ("two weeks ago", "2022-11-06", "2022-11-12", 2),
    ("in mid-January", "2022-01-01", "2022-01-31", 3),
    ("in early November", "2022-11-01", "2022-11-23", 3),
    ("in July", "2022-07-01", "2022-07-31", 3),
])
def test_more_relative_dates(text, first, last, precision):
    (d,) = find_dates(normalise(text), WED)
    assert (d.date_from.isoformat(), d.date_to.isoformat(), d.time_precision) == (first, last, precision)


def test_since_a_month_is_background():
    (d,) = find_dates(normalise("since early January"), WED)
    assert d.background


def test_may_is_no_month_without_a_year():
    assert find_dates(normalise("The truce may hold in May."), WED) == []


@pytest.mark.parametrize("text", ["Later that day", "the same day", "On that same day"])
def test_same_day_is_anchored(text):
    assert anchored_offset(text) == 0


def test_later_that_day_and_the_next_day_follow_the_text(pipeline):
    evs = _events(pipeline, "On the evening of 17 July, a patrol detained two activists in Qamishli.\n"
                            "Later that day, patrols tracked down a party member in al-Jawadiyah.\n"
                            "At dawn the next day, the forces detained a journalist in al-Muabbada.", dt.date(2021, 7, 21))
    assert [(e.place_id, e.event_date.isoformat()) for e in evs] == [
        ("qamishli", "2021-07-17"), ("jawadiyah", "2021-07-17"), ("muabbada", "2021-07-18")]


# ---------------------------------------------------------------- strikes with no weapon word, killings

def test_foreign_army_hitting_a_place_is_remote_violence(pipeline):
    (ev,) = _events(pipeline, "Turkish forces on Wednesday hit the surroundings of the Jerkin prison in Qamishli, a "
                              "spokesman said.")
    assert (ev.event_type, ev.actor1_id, ev.unresolved_name) == ("Explosions/Remote violence", "turkey", "Jerkin")


def test_passive_bombing_takes_the_articles_kind_and_its_own_village(pipeline):
    a, b = _events(pipeline, "A Turkish drone struck a gas plant near al-Jawadiyah on Wednesday.\n"
                             "Two engineers were wounded when a pumping station in the village of Gerhok, east of "
                             "al-Jawadiyah, was bombed.")
    assert (b.sub_event_type, b.unresolved_name, b.injuries) == ("Air/drone strike", "Gerhok", 2)
    assert a.injuries is None


@pytest.mark.parametrize("text, remote", [
    # the strike already told, by a pronoun
    ("A drone struck a car in Amuda on Tuesday.\nThe car belonged to a commander who was not inside it when it was "
     "hit.", 1),
    # a place targeted by someone other than a foreign army, no weapon: no remote violence
    ("Gunmen targeted a house in Amuda on Tuesday night; no one was hurt.", 0),
])
def test_strike_verbs_alone_are_not_new_strikes(pipeline, text, remote):
    evs = _events(pipeline, text)
    assert len([e for e in evs if e.event_type == "Explosions/Remote violence"]) == remote


def test_victims_killed_amid_a_bombardment_are_its_toll_on_their_own_day(pipeline):
    a, b = _events(pipeline, "Turkish shells hit the Qadourbek neighbourhood on Thursday, killing two children.\n"
                             "The Observatory said two Syriac Christians had been killed in Qamishli on Wednesday, the "
                             "first day of the offensive.", dt.date(2019, 10, 11))
    assert (b.sub_event_type, b.place_id, b.event_date, b.fatalities) == (
        "Shelling/artillery/missile attack", "qamishli", dt.date(2019, 10, 9), 2)


@pytest.mark.parametrize("text, kind", [
    ("Two children were wounded on Monday when a mine left over from the fighting exploded near Tal Tamr.",
     "Remote explosive/landmine/IED"),
    ("Gunmen fired on an Asayish checkpoint in Qamishli on Monday.", "Armed clash"),
])
def test_weapon_words(pipeline, text, kind):
    (ev,) = _events(pipeline, text)
    assert ev.sub_event_type == kind


def test_where_the_shells_fell_refines_the_strike(pipeline):
    evs = _events(pipeline, "Turkish artillery shelled two villages west of the town of Tal Tamr on Monday.\n"
                            "A source said the shells fell on Tel al-Laban and another village.", dt.date(2022, 8, 15))
    assert [(e.event_type, e.place_id) for e in evs] == [("Explosions/Remote violence", "tall_al_lubn")]


# ---------------------------------------------------------------- attempts, denials, truces

@pytest.mark.parametrize("text", [
    "The NDF rejected reports that its members had clashed with the Asayish in Tayy on Monday.",
    "Gunmen tried to kidnap a teacher in Amuda on Monday, but residents stopped them.",
    "The SDF denied any involvement in the shelling of Nusaybin on Monday.",
    "Turkey threatened on Monday to launch a ground offensive against Qamishli.",
    "The council urged both sides to stop fighting, saying thousands of families had been displaced.",
])
def test_attempts_denials_threats_are_no_events(pipeline, text):
    assert _events(pipeline, text) == []


def test_a_truce_that_collapsed_is_no_agreement(pipeline):
    evs = _events(pipeline, "The ceasefire in Qamishli collapsed on Monday when gunmen fired on an Asayish checkpoint.")
    assert [e.event_type for e in evs] == ["Battles"]


@pytest.mark.parametrize("text", [
    "The Asayish and the NDF agreed to a ceasefire in Qamishli on Monday under Russian mediation.",
    "Late on Friday (April 23) a temporary ceasefire was announced in Qamishli.",
])
def test_truces_are_agreements(pipeline, text):
    (ev,) = _events(pipeline, text, THU)
    assert ev.sub_event_type == "Agreement"


def test_but_ends_a_denial(pipeline):
    (ev,) = _events(pipeline, "A spokesman would not deny the toll, but he said fighting was still going on around "
                              "the prison in Hasakah on Friday.", dt.date(2022, 1, 21))
    assert ev.event_type == "Battles"


def test_fighters_captured_in_a_clash_are_no_takeover(pipeline):
    (ev,) = _events(pipeline, "Late on January 23, clashes broke out between the NDF and the Asayish in the Halko "
                              "neighbourhood of Qamishli.\nAn NDF fighter was killed and three others were captured by "
                              "the Asayish during the clashes.", dt.date(2021, 1, 25))
    assert (ev.event_type, ev.place_id, ev.event_date, ev.fatalities) == (
        "Battles", "halko", dt.date(2021, 1, 23), 1)


def test_a_place_captured_is_a_takeover(pipeline):
    (ev,) = _events(pipeline, "The Asayish captured the Tayy neighbourhood on Monday.", dt.date(2021, 1, 25))
    assert ev.sub_event_type == "Non-state actor overtakes territory"


def test_the_death_of_a_fighter_names_the_side_hit(pipeline):
    (ev,) = _events(pipeline, "SOHR activists have documented the death of an SDF fighter after being shot near Tal "
                              "Tamr on Monday.", dt.date(2021, 1, 25))
    assert (ev.event_type, ev.actor2_id, ev.fatalities) == ("Battles", "sdf", 1)


# ---------------------------------------------------------------- more of one event; reference points

def test_suicide_attack_and_the_blast_after_it(pipeline):
    (ev,) = _events(pipeline, "A suicide attacker driving a truck packed with explosives struck the Asayish "
                              "headquarters in Qamishli on Wednesday, killing at least 16 people.\n"
                              "The blast tore through the industrial district of the city.", dt.date(2015, 8, 19))
    assert (ev.sub_event_type, ev.fatalities, len(ev.more_evidence)) == ("Suicide bomb", 16, 1)


def test_how_it_began_is_the_same_clash_placed_better(pipeline):
    (ev,) = _events(pipeline, "Fighting erupted late on January 23 between the NDF and the Asayish in Qamishli.\n"
                              "According to a source, it began when NDF gunmen fired on an SDF position in the Halko "
                              "neighbourhood.\nOne NDF fighter died, a TV channel said.", dt.date(2021, 1, 24))
    assert (ev.place_id, ev.event_date, ev.fatalities) == ("halko", dt.date(2021, 1, 23), 1)


def test_same_sides_same_day_in_a_neighbourhood_of_the_city_is_one_clash(pipeline):
    (ev,) = _events(pipeline, "The Asayish and the NDF clashed in Qamishli on Tuesday.\n"
                              "The Asayish and the NDF also exchanged fire in the Tayy neighbourhood on Tuesday.")
    assert ev.place_id == "tayy"


def test_talks_that_came_to_nothing_are_no_event(pipeline):
    assert _events(pipeline, "A Russian delegation flew back on Friday after its talks with SDF commanders in "
                             "Qamishli produced no result.") == []


def test_a_day_after_dates_the_reference_point(pipeline):
    deal, troops = sorted(_events(pipeline, "Syrian government troops moved into the town of Tal Tamr on Monday, a day "
                                            "after Damascus and the SDF reached an agreement to deploy the army.\n"
                                            "An official said the deal only covers deployment along the border, from "
                                            "Manbij to Derik.", dt.date(2019, 10, 14)),
                          key=lambda e: e.sub_event_type)
    assert (deal.sub_event_type, deal.event_date) == ("Agreement", dt.date(2019, 10, 13))
    assert (troops.sub_event_type, troops.place_id, troops.event_date) == (
        "Change to group/activity", "tall_tamr", dt.date(2019, 10, 14))


# ---------------------------------------------------------------- protests broken up, lists, recaps without a place

def test_protests_in_a_list_of_towns_with_aliases_in_brackets(pipeline):
    evs = _events(pipeline, "Supporters of the council took to the streets on August 16 in al-Malikiyah (Dêrik), "
                            "al-Muabbada (Girkê Legê), Amuda and Tal Tamr.", dt.date(2016, 8, 25))
    assert sorted(e.place_id for e in evs) == ["amuda", "malikiyah", "muabbada", "tall_tamr"]


def test_force_on_demonstrators_is_a_protest_with_intervention(pipeline):
    evs = _events(pipeline, "Protesters rallied in Amuda and al-Qahtaniyah on August 16.\n"
                            "They were protesting against the arrest of two politicians the day before.\n"
                            "In al-Qahtaniyah, the Asayish attacked the demonstrators and broke up the rally.",
                  dt.date(2016, 8, 25))
    assert sorted((e.place_id, e.sub_event_type, e.event_date.isoformat()) for e in evs) == [
        ("amuda", "Peaceful protest", "2016-08-16"), ("qahtaniyah", "Protest with intervention", "2016-08-16")]


def test_recap_with_a_date_and_no_place_is_no_event_and_gives_no_toll(pipeline):
    (ev,) = _events(pipeline, "A Turkish drone struck a car in Amuda on Sunday, wounding three people.\n"
                              "On November 6, a Turkish drone killed an SDF fighter and wounded two others.",
                    dt.date(2022, 11, 13))
    assert (ev.place_id, ev.fatalities, ev.injuries) == ("amuda", 0, 3)


def test_a_part_of_the_dead_is_not_added(pipeline):
    (ev,) = _events(pipeline, "Four people, two of them children, were killed when a drone struck a car in Qamishli "
                              "on Saturday.", dt.date(2022, 8, 6))
    assert ev.fatalities == 4


@pytest.mark.parametrize("text, n", [
    # a funeral names a killing told elsewhere, with no date of its own
    ("On Monday, thousands attended the funeral of two children killed in a Turkish drone strike on Qamishli.", 0),
    # a killing the funeral sentence dates is an event
    ("Hundreds took part on Monday in the funeral of Ahmed, 23, who was shot dead by regime forces in Tayy on "
     "Saturday night.", 1),
])
def test_funerals(pipeline, text, n):
    evs = _events(pipeline, text)
    assert len(evs) == n and all(e.fatalities == 1 for e in evs)


@pytest.mark.parametrize("text, kind", [
    ("The reinforcements arrived on Thursday and the Syrian army recaptured the villages around Tal Tamr.",
     "Government regains territory"),
    ("The SDF said it had recaptured 89 of the escaped inmates in Hasakah on Friday.", "Arrests"),
])
def test_recaptured_places_and_people(pipeline, text, kind):
    evs = _events(pipeline, text, dt.date(2019, 11, 1))
    assert kind in [e.sub_event_type for e in evs]
    assert "Arrests" not in [e.sub_event_type for e in evs] or kind == "Arrests"


@pytest.mark.parametrize("text", [
    "Government troops were sent to Tal Tamr earlier in the month under a deal between the SDF and Damascus.",
    "On Thursday night, 18 soldiers who had been captured near Ras al-Ain on Tuesday were handed over to the "
    "Russian military police.",
])
def test_basis_and_captives_handed_over_are_no_new_events(pipeline, text):
    evs = _events(pipeline, text, dt.date(2019, 11, 1))
    assert all(e.sub_event_type not in ("Agreement", "Non-violent transfer of territory") for e in evs)


# ---------------------------------------------------------------- sought truces, continuing talks, flags, advances

@pytest.mark.parametrize("text", [
    "Russian officers are still trying to broker a deal to end the siege of the security square in Qamishli.",
    "Talks under Russian sponsorship are still going on in Qamishli to reach a final agreement.",
    "Qamishli calm as talks on a lasting ceasefire go on",
    "The talks continued in Qamishli on Saturday after the truce between the Asayish and the NDF expired.",
])
def test_sought_truces_and_continuing_talks_are_no_events(pipeline, text):
    assert _events(pipeline, text, dt.date(2021, 4, 24)) == []


def test_flag_raised_over_a_neighbourhood_is_a_takeover(pipeline):
    (ev,) = _events(pipeline, "On Saturday morning, the Asayish published photos of their fighters inside the Tayy "
                              "neighbourhood, raising their flag over buildings.", dt.date(2021, 4, 24))
    assert (ev.sub_event_type, ev.place_id, ev.actor1_id) == ("Non-state actor overtakes territory", "tayy", "asayish")


def test_an_advance_close_to_a_place_is_fighting_there(pipeline):
    (ev,) = _events(pipeline, "Late on Thursday night, the Asayish advanced and came close to the Tayy roundabout.",
                    dt.date(2021, 4, 24))
    assert (ev.sub_event_type, ev.event_date) == ("Armed clash", dt.date(2021, 4, 22))
    assert ev.sub_event_type != "Non-state actor overtakes territory"


def test_since_a_day_in_the_present_perfect_is_background(pipeline):
    assert _events(pipeline, "Since Tuesday, the Tayy neighbourhood has seen heavy clashes.", dt.date(2021, 4, 24)) == []


def test_strengthened_posts_are_a_change_of_activity(pipeline):
    (ev,) = _events(pipeline, "Syrian government forces have strengthened their posts on the front line near Tal Tamr, "
                              "SOHR reported on Saturday.", dt.date(2022, 7, 16))
    assert ev.sub_event_type == "Change to group/activity"


def test_airbase_is_the_citys_airport(pipeline):
    res = _run(pipeline, "The Asayish blocked the roads leading to Al-Qamishli airbase on Saturday.")
    assert [m.place_id for m in res.mentions] == ["qamishli_airport"]


def test_a_pronoun_sentence_places_the_event_before(pipeline):
    (ev,) = _events(pipeline, "Unknown gunmen shot dead a tribal notable in Qamishli on Thursday.\n"
                              "He was hit by three bullets in front of his house in the Halko neighbourhood.", THU)
    assert (ev.place_id, ev.fatalities) == ("halko", 1)


def test_also_after_a_recap_is_the_storys_day(pipeline):
    evs = _events(pipeline, "Turkish artillery shelled Tal Tamr on Monday.\n"
                            "On August 1, about 120 shells fell on villages in the Tal Tamr countryside.\n"
                            "Turkish-backed factions also shelled the town of Zirgan (Abu Rasin).", dt.date(2022, 8, 15))
    assert [e.event_date.isoformat() for e in evs] == ["2022-08-15", "2022-08-01", "2022-08-15"]


def test_two_killings_the_same_day_in_the_city_and_at_a_roundabout_stay_two(pipeline):
    evs = _events(pipeline, "Late on Thursday, a tribal notable was shot dead by an NDF sniper as he returned home.\n"
                            "Earlier on Thursday, a boy was killed when NDF gunmen opened fire near the Wahda "
                            "roundabout in Qamishli.", dt.date(2021, 4, 23))
    assert len(evs) == 2


def test_residents_who_have_fled_since_a_day_are_displaced(pipeline):
    (ev,) = _events(pipeline, "Thousands of residents have fled Qamishli's border neighbourhoods since Wednesday.",
                    dt.date(2019, 10, 11))
    # a state at publication (the flight is still going on), within the interval "since Wednesday" opens
    assert "displacement" in ev.tags and dt.date(2019, 10, 9) <= ev.date_from and ev.date_to == dt.date(2019, 10, 11)


def test_what_militias_had_done_is_no_new_event(pipeline):
    (ev,) = _events(pipeline, "The Syrian army sent reinforcements to Tal Tamr on Thursday to push back militias that "
                              "had advanced in the area.", dt.date(2019, 11, 1))
    assert ev.sub_event_type == "Change to group/activity"


# ---------------------------------------------------------------- months, adjectives, separate attacks, bodies found

def test_march_the_month_is_no_march(pipeline):
    (ev,) = _events(pipeline, "On March 24, three SDF members were wounded when an IED went off under their car near "
                              "Al-Dashisha village.", dt.date(2023, 3, 30))
    assert (ev.sub_event_type, ev.place_id, ev.injuries) == ("Remote explosive/landmine/IED", "dashishah", 3)


def test_a_displaced_woman_is_no_flight(pipeline):
    evs = _events(pipeline, "Gunmen shot dead a refugee in al-Hol camp on Saturday and wounded a displaced Syrian woman.",
                  dt.date(2021, 4, 18))
    assert [e.event_type for e in evs] == ["Violence against civilians"]


def test_fire_on_fighters_car_is_a_clash(pipeline):
    (ev,) = _events(pipeline, "ISIS gunmen opened fire on the fighters' car south of Al-Hasakah on Wednesday, killing "
                              "one.", dt.date(2023, 8, 3))
    assert ev.event_type == "Battles"


def test_a_separate_attack_is_another_event_of_that_kind(pipeline):
    a, b = _events(pipeline, "An SDF member was killed on Wednesday when ISIS gunmen opened fire on his car south of "
                             "Al-Hasakah.\nIn a separate attack, ISIS fighters hurt four SDF members on a road "
                             "between Markada and al-Sawr.", dt.date(2023, 8, 3))
    assert (b.event_type, b.place_id, b.event_date, b.injuries) == (a.event_type, "markada", a.event_date, 4)


def test_a_body_found_dates_the_killing(pipeline):
    (ev,) = _events(pipeline, "An Iraqi refugee was killed in al-Hol camp, the monitor said.\n"
                              "The man's body was found in the camp's first section on Saturday.", dt.date(2021, 4, 18))
    assert (ev.place_id, ev.event_date) == ("al_hawl", dt.date(2021, 4, 17))


def test_aircraft_flying_is_no_strike(pipeline):
    assert _events(pipeline, "Coalition aircraft were seen flying over Hasakah on Friday morning.",
                   dt.date(2022, 1, 21)) == []


def test_the_aircraft_firing_after_a_comma_and_is_the_strike_told(pipeline):
    (ev,) = _events(pipeline, "On Wednesday, coalition aircraft struck a house in the village of Khirbet Jamous in the "
                              "countryside of al-Hasakah.\nA reporter said the SDF had surrounded the house for hours, "
                              "and the aircraft fired two missiles at it.", dt.date(2021, 7, 22))
    assert (ev.sub_event_type, ev.unresolved_name, len(ev.more_evidence)) == ("Air/drone strike", "Khirbet Jamous", 1)


def test_no_town_named_the_countryside_named_is_the_place(pipeline):
    (ev,) = _events(pipeline, "SDF dismantle ISIS cell in al-Hasakah countryside\n"
                              "During the raid, the cell's members shot at the SDF units, killing one SDF fighter.",
                    dt.date(2021, 7, 22))
    assert (ev.event_type, ev.place_id, ev.fatalities) == ("Battles", "hasakah_countryside", 1)


def test_a_running_total_kills_no_one_now(pipeline):
    assert _events(pipeline, "Since the start of Ramadan, ISIS cells have carried out five operations that killed two "
                             "SDF fighters near Markada.", dt.date(2023, 3, 30)) == []


def test_taken_by_an_armed_group_is_an_abduction(pipeline):
    (ev,) = _events(pipeline, "Two girls aged 15 and 14 were taken by members of the Women's Protection Units in "
                              "Qamishlo on October 17, their family said.", dt.date(2023, 10, 20))
    assert (ev.sub_event_type, ev.place_id, ev.event_date) == (
        "Abduction/forced disappearance", "qamishli", dt.date(2023, 10, 17))


def test_a_body_named_for_reconciliation_is_no_agreement(pipeline):
    assert _events(pipeline, "Reconciliation committees set up in Qamishli have so far failed to stop the feuds.",
                   dt.date(2023, 1, 1)) == []


def test_raids_after_an_air_strike_are_air_raids_and_a_regional_total_no_event(pipeline):
    evs = _events(pipeline, "Turkish warplanes bombed the Teqil Beqil power station near Derik on Sunday.\n"
                            "Across the region, the overnight raids killed 31 people.\n"
                            "Grain silos near Darbasiyah were also damaged in the strikes.", dt.date(2022, 11, 21))
    assert [e.sub_event_type for e in evs] == ["Air/drone strike", "Air/drone strike"]
    # (a named power station near a town is drawn in that town's countryside, with its name)
    assert (evs[0].place_id, evs[0].unresolved_name) == ("malikiyah_countryside", "Teqil Beqil")
    assert evs[1].place_id in ("darbasiyah", "darbasiyah_countryside")


@pytest.mark.parametrize("text", [
    "Russia is hosting meetings between the Asayish and the NDF to end several days of deadly fighting in Qamishli.",
    "The city has been relatively calm, and Russian media said the fighting had stopped.",
    "The clashes between the Asayish and the NDF in the Tayy neighbourhood had gone on for four days.",
])
def test_ending_fighting_and_ongoing_talks_are_no_events(pipeline, text):
    assert _events(pipeline, text, dt.date(2021, 4, 24)) == []


def test_forced_residents_to_leave_is_displacement(pipeline):
    evs = _events(pipeline, "On Tuesday, Turkish forces seized three villages around Tal Tamr after an assault with "
                            "heavy weapons that destroyed homes and roads and forced residents to leave.",
                  dt.date(2019, 11, 13))
    assert "displacement" in [t for e in evs for t in e.tags]


def test_a_lead_listing_towns_then_each_strike_is_no_event_of_its_own(pipeline):
    evs = _events(pipeline, "Turkish forces widened their attacks on Tuesday, shelling the countryside of Qamishli and "
                            "the areas of Derbasiyah, Amuda and al-Qahtaniyah.\n"
                            "One shell landed near an army post by the village of Tel Hamdoun, between Derbasiyah and "
                            "Amuda.\nTurkish artillery also pounded three villages in the northern countryside of "
                            "Tirbespiyê.", dt.date(2022, 8, 16))
    assert len(evs) == 2 and not any(e.evidence.startswith("Turkish forces widened") for e in evs)
    assert evs[0].unresolved_name == "Tel Hamdoun"


def test_the_towns_countryside_is_the_one_last_spoken_of(pipeline):
    evs = _events(pipeline, "Turkish artillery pounded three villages in the northern countryside of Tirbespiyê on "
                            "Tuesday.\nIn the town's western countryside, shells fell on five more villages.",
                  dt.date(2022, 8, 16))
    assert [e.place_id for e in evs][-1] == "qahtaniyah_countryside"


def test_a_second_strike_with_nothing_of_its_own_is_the_same_attack(pipeline):
    (ev,) = _events(pipeline, "A drone struck a marble factory in a village in the countryside of al-Qahtaniyah on "
                              "Nov. 20.\nA second strike hit behind the village, and a mortar shell fell on empty "
                              "fields.", dt.date(2022, 11, 28))
    assert ev.sub_event_type == "Air/drone strike" and len(ev.more_evidence) == 1


@pytest.mark.parametrize("sentence, killed", [
    ("A Turkish drone struck a car carrying three SDF fighters near Amuda on Monday, killing all of them.", 3),
    ("A drone strike near Amuda on Monday killed a commander of the SDF and his driver.", 2),
    ("A Turkish drone struck a car near Amuda on Monday, killing all three passengers.", 3),
    ("Two SDF fighters lost their lives on Monday when a Turkish drone hit their car near Amuda.", 2),
    ("A Turkish drone strike on a car near Amuda on Monday claimed the lives of two SDF fighters.", 2),
])
def test_more_toll_wordings(pipeline, sentence, killed):
    (ev,) = _events(pipeline, sentence)
    assert ev.fatalities == killed


def test_a_body_found_on_an_earlier_day_is_a_killing_of_its_own(pipeline):
    a, b = _events(pipeline, "On Sunday an Iraqi refugee was shot in al-Hol camp's fourth section and died.\n"
                             "North Press recalled that an unidentified body had been found by the Asayish "
                             "in the camp on Jan. 1.", dt.date(2022, 4, 10))
    assert (b.sub_event_type, b.place_id, b.event_date, b.fatalities) == ("Attack", "al_hawl", dt.date(2022, 1, 1), 1)


def test_ordinal_person_and_displaced_numbers(pipeline):
    evs = _events(pipeline, "Clashes broke out in Markada on September 30 when the units surrounded the house; two "
                            "men were arrested, and the third was killed.\n"
                            "Over the last twelve months more than 90 displaced Iraqis died violently in the camp.",
                  dt.date(2023, 10, 1))
    clash = next(e for e in evs if e.event_type == "Battles")
    assert clash.fatalities == 1 and not any("displacement" in e.tags for e in evs)


@pytest.mark.parametrize("text", [
    "Some placards called for an end to forced conscription and arbitrary abductions in Qamishli.",
    "The council urged the two sides to stop the shelling of villages near Tal Tamr.",
])
def test_what_is_called_for_has_not_happened(pipeline, text):
    assert _events(pipeline, text, dt.date(2015, 9, 8)) == []


def test_the_blast_placed_in_a_neighbourhood_of_the_city_is_the_blast_told(pipeline):
    (ev,) = _events(pipeline, "A car bomb exploded in Qamishli on Monday, June 17, wounding civilians.\n"
                              "A researcher said the blast was in the Qidurbek neighbourhood, by the Asayish "
                              "headquarters; no one was killed.", dt.date(2019, 6, 17))
    assert (ev.place_id, len(ev.more_evidence)) == ("qaddur_bek", 1)


@pytest.mark.parametrize("sentence, killed, injured", [
    ("Refugee killed, two women hurt in al-Hol camp", 1, 2),
    ("A car bomb went off near the Asayish headquarters in Qamishli on Monday; no one was killed.", 0, None),
])
def test_headline_lists_and_no_one(pipeline, sentence, killed, injured):
    (ev,) = _events(pipeline, sentence, dt.date(2021, 4, 18))
    assert (ev.fatalities, ev.injuries) == (killed, injured)


def test_a_recap_in_the_city_with_its_own_month_and_toll_is_its_own_event(pipeline):
    evs = _events(pipeline, "The Islamic State group has claimed the car bomb that killed three civilians in Qamishli "
                            "on Friday night.\nThe city has suffered deadly attacks, the worst of them in July 2016, when "
                            "a truck bomb killed at least 48 people.", dt.date(2019, 10, 12))
    assert [(e.event_date.isoformat(), e.fatalities) for e in evs] == [("2019-10-11", 3), ("2016-07-01", 48)]


def test_blame_for_the_explosion_refers_back(pipeline):
    (ev,) = _events(pipeline, "A car bomb exploded on Munir Habib Street in Qamishli on Friday, killing four people.\n"
                              "The SDF blamed Turkish forces for the explosion, but Ankara said it had carried out no "
                              "operations near Qamishli or Derik.", dt.date(2019, 10, 11))
    assert (ev.place_id, ev.fatalities) == ("qamishli", 4)


def test_forces_in_a_region_are_no_organisation(pipeline):
    res = _run(pipeline, "Turkey began its offensive against Kurdish-led forces in northeast Syria on Wednesday.")
    assert "northeast_syria" in [m.place_id for m in res.mentions]


@pytest.mark.parametrize("text, claims", [
    ("The SDF hold most of Qamishli, though parts of its centre are under the control of government forces.",
     [("sdf", "qamishli", "2022-11-23", "most of"), ("syrian_government", "qamishli", "2022-11-23", "parts of")]),
    # "took full control of": the change (from the event), not a present hold of the city named after it
    ("The Asayish took full control of the Tayy neighbourhood in al-Qamishli city on Monday.",
     [("asayish", "tayy", "2022-11-21", "took control")]),
    # villages seized around a town: no claim on the town
    ("On Tuesday, Turkish forces seized three villages around Tal Tamr.", []),
])
def test_control_qualifiers_and_changes(pipeline, text, claims):
    assert _claims(pipeline, text) == claims


@pytest.mark.parametrize("text", [
    "Officials in the governorate of al-Hasakah said the water station had stopped pumping again.",
    "Cells loyal to the group kept up raids on SDF posts across Hasakah, Raqqa and Deir ez-Zor provinces last month.",
])
def test_a_city_named_as_a_province_is_the_governorate(pipeline, text):
    res = pipeline.process(Article("gv", "gv.txt", text, dt.date(2023, 3, 2), "Test outlet", "en"))
    assert [m.place_id for m in res.mentions if "Hasakah" in m.text] == ["hasakah_governorate"]


def test_a_city_without_a_governorate_row_stays_the_city_in_a_list_of_provinces(pipeline):
    """The gazetteer has no Raqqa governorate row, and Qamishli names no governorate: no
    governorate is made up for them."""
    text = "Raids went on across Qamishli, Hasakah and Raqqa provinces during the week."
    res = pipeline.process(Article("gv", "gv.txt", text, dt.date(2023, 3, 2), "Test outlet", "en"))
    assert {m.text: m.place_id for m in res.mentions} == {
        "Qamishli": "qamishli", "Hasakah": "hasakah_governorate", "Raqqa": "raqqa"}


@pytest.mark.parametrize("text", [
    "Turkish drones have struck power plants in the far northeast of Syria since Thursday.",
    "The talks were meant to set up a joint administration in north-eastern Syria before the winter.",
])
def test_the_far_northeast_of_syria_is_the_region_and_a_lowercase_body_ends_no_region_name(pipeline, text):
    assert "northeast_syria" in [m.place_id for m in _run(pipeline, text).mentions]
