"""English reports: language detection, dates, tolls, places and events.

The report texts in ``tests/data/english/`` and the sentences below were written for these
tests in the style of English-language outlets covering Qamishli (no sentence is copied
from any outlet).
"""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import english_events

from pipeline.arabic import normalise
from pipeline.articles import load_article, read_metadata
from pipeline.english.dates import find_dates
from pipeline.english.places import fold
from pipeline.language import detect_language
from pipeline.records import Article

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data" / "english"
THU = dt.date(2021, 4, 22)  # a Thursday


def _article(text: str, published: dt.date = THU, aid: str = "en1") -> Article:
    return Article(aid, f"{aid}.txt", text, published, "Test outlet", "en")


_events = english_events(THU)


def _file(pipeline, name: str, published: str):
    text = (DATA / name).read_text(encoding="utf-8")
    return pipeline.process(_article(text, dt.date.fromisoformat(published), Path(name).stem))


def _dates(text: str, published: dt.date = THU):
    return [(d.text, d.date_from.isoformat(), d.date_to.isoformat(), d.time_precision, d.part_of_day, d.background)
            for d in find_dates(normalise(text), published)]


# ---------------------------------------------------------------- language

def test_language_detected_from_script():
    assert detect_language("Clashes broke out in the Tayy neighbourhood of Qamishli on Tuesday.") == "en"
    assert detect_language("اندلعت اشتباكات في حي طي بمدينة القامشلي مساء الثلاثاء.") == "ar"
    # a few Latin letters in Arabic copy (an acronym, a name) do not make it English, nor the reverse
    assert detect_language("اشتباكات بين قوات سوريا الديمقراطية (SDF) وقوات النظام في القامشلي") == "ar"
    assert detect_language("Fighting in Qamishli (القامشلي) between the SDF and regime forces") == "en"
    assert detect_language("2021-04-20 — 3") == "ar"  # no letters: the pipeline's first language


def test_metadata_without_language_is_detected(tmp_path):
    txt = tmp_path / "r.txt"
    txt.write_text("Clashes broke out in Qamishli on Tuesday between the Asayish and the NDF.\n", encoding="utf-8")
    meta = txt.with_suffix(".toml")
    meta.write_text('source = "North Press"\npublished = 2021-04-22\n', encoding="utf-8")
    assert "language" not in read_metadata(meta)
    assert load_article(txt).language == "en"
    # a language the metadata gives is kept, whatever the text looks like
    meta.write_text('source = "North Press"\npublished = 2021-04-22\nlanguage = "ar"\n', encoding="utf-8")
    assert load_article(txt).language == "ar"


def test_extract_bare_english_txt(tmp_path):
    txt = tmp_path / "bare.txt"
    txt.write_text("A Turkish drone struck a car near Qamishli on Tuesday, killing two SDF fighters.\n",
                   encoding="utf-8")
    r = subprocess.run([sys.executable, "-m", "pipeline", "extract", str(txt), "--published", "2021-04-22", "--json"],
                       capture_output=True, text=True, cwd=ROOT, check=True)
    obj = json.loads(r.stdout)
    assert obj["article"]["language"] == "en"
    (ev,) = obj["events"]
    assert (ev["event_type"], ev["sub_event_type"]) == ("Explosions/Remote violence", "Air/drone strike")
    assert ev["event_date"] == "2021-04-20" and ev["fatalities"] == 2 and ev["actor1_id"] == "turkey"
    text = txt.read_text(encoding="utf-8")
    assert ev["evidence"] == text[ev["start"]:ev["end"]]
    assert ev["confidence"] in ("high", "medium", "low") and ev["rule"].startswith("trigger:drone/")


# ---------------------------------------------------------------- dates

@pytest.mark.parametrize("text, expected", [
    ("on Tuesday", ("on Tuesday", "2021-04-20", "2021-04-20", 1, "", False)),
    ("late on Wednesday", ("late on Wednesday", "2021-04-21", "2021-04-21", 1, "late night", False)),
    ("on Wednesday evening", ("on Wednesday evening", "2021-04-21", "2021-04-21", 1, "evening", False)),
    ("the night of Tuesday to Wednesday", ("the night of Tuesday to Wednesday", "2021-04-20", "2021-04-20", 1,
                                           "night", False)),
    ("on April 20", ("on April 20", "2021-04-20", "2021-04-20", 1, "", False)),
    ("20 April 2021", ("20 April 2021", "2021-04-20", "2021-04-20", 1, "", False)),
    ("on the 19th of April", ("on the 19th of April", "2021-04-19", "2021-04-19", 1, "", False)),
    ("between April 20 and 22", ("between April 20 and 22", "2021-04-20", "2021-04-22", 2, "", False)),
    ("in April 2021", ("in April 2021", "2021-04-01", "2021-04-30", 3, "", False)),
    ("yesterday", ("yesterday", "2021-04-21", "2021-04-21", 1, "", False)),
    ("yesterday evening", ("yesterday evening", "2021-04-21", "2021-04-21", 1, "evening", False)),
    ("last night", ("last night", "2021-04-21", "2021-04-21", 1, "night", False)),
    ("this morning", ("this morning", "2021-04-22", "2021-04-22", 1, "morning", False)),
    ("two days ago", ("two days ago", "2021-04-20", "2021-04-20", 1, "", False)),
    # before the day it is told on, as "earlier in the week" (tests/test_english_h6.py)
    ("earlier this week", ("earlier this week", "2021-04-19", "2021-04-21", 2, "", False)),
    ("last Thursday", ("last Thursday", "2021-04-15", "2021-04-15", 1, "", False)),
    ("since Tuesday", ("since Tuesday", "2021-04-20", "2021-04-20", 1, "", True)),
])
def test_english_dates(text, expected):
    assert _dates(f"Fighting was reported {text} in the city.") == [expected]


def test_explicit_date_beats_weekday():
    # "Friday (April 23)": one span, the date it states
    assert _dates("On Friday (April 23), a drone struck.", dt.date(2021, 4, 24)) == [
        ("On Friday (April 23)", "2021-04-23", "2021-04-23", 1, "", False)]
    # the weekday is wrong for the date: the explicit date still wins
    assert _dates("on Monday, April 20, clashes", THU)[0][1] == "2021-04-20"


def test_year_inferred_back_from_publication():
    # "December 30" in a January report is last December, not next
    assert _dates("on December 30 the shelling began", dt.date(2022, 1, 3))[0][1] == "2021-12-30"


def test_may_the_verb_is_no_month():
    assert _dates("The toll may rise; residents may leave the area.") == []


# ---------------------------------------------------------------- places and actors

def test_fold_transliterations():
    assert fold("Hilaliyah") == fold("hilaliye") == fold("Hilaliya")
    assert fold("Qaddur") == fold("Qadour")
    assert fold("Tayy") != fold("Tal")


def test_english_names_and_possessives(pipeline):
    res = pipeline.process(_article(
        "Regime forces and the SDF's Asayish exchanged fire in Qamishli's al-Wusta neighbourhood; "
        "a Turkish drone later struck near al-Hilaliye."))
    actors = [(a.text, a.actor_id) for a in res.actors]
    assert ("Regime forces", "syrian_government") in actors
    assert ("SDF", "sdf") in actors and ("Asayish", "asayish") in actors
    assert ("Turkish drone", "turkey") in actors
    places = {m.place_id for m in res.mentions}
    assert {"qamishli", "wusta", "hilaliyah"} <= places
    for m in res.mentions:
        assert res.article.text[m.start:m.end] == m.text


def test_tribe_is_not_the_neighbourhood(pipeline):
    res = pipeline.process(_article("An elder of the Tayy tribe was shot dead in the Halko neighbourhood."))
    assert [m.place_id for m in res.mentions] == ["halko"]


def test_unknown_village_is_reported_not_moved(pipeline):
    res = pipeline.process(_article(
        "A Turkish drone struck a motorcycle in the village of Kherbet Zaqlan east of Qamishli on Tuesday."))
    # (placed in the area that holds it: a village east of the city lies in its countryside)
    assert [(u.name, u.placed_at) for u in res.unresolved] == [("Kherbet Zaqlan", "qamishli_countryside")]
    (ev,) = res.events
    # a village east of the city is in its countryside, not in the city
    assert ev.place_id == "qamishli_countryside" and ev.approximate
    assert "Kherbet Zaqlan" in ev.notes and ev.unresolved_name == "Kherbet Zaqlan"


# ---------------------------------------------------------------- tolls

@pytest.mark.parametrize("sentence, killed, injured", [
    ("Clashes in Tayy on Tuesday killed three and wounded five.", 3, 5),
    ("Three people were killed and two others were wounded in clashes in Tayy on Tuesday.", 3, 2),
    ("At least 5 fighters were killed in clashes in Tayy on Tuesday.", 5, None),
    ("A Turkish drone struck a car in Hilaliya on Tuesday, killing a child.", 1, None),
    ("A drone strike on Tuesday killed one SDF member and injured two others in Hilaliya.", 1, 2),
    ("Twenty-five fighters died in clashes in Tayy on Tuesday.", 25, None),
    ("Clashes broke out in Tayy on Tuesday; no casualties were reported.", 0, None),
    # the wounded are not counted as killed
    ("Clashes in Tayy on Tuesday left one NDF member dead and two wounded.", 1, 2),
])
def test_tolls_bound_to_their_verb(pipeline, sentence, killed, injured):
    (ev,) = _events(pipeline, sentence)
    assert ev.fatalities == killed
    assert ev.injuries == injured


def test_toll_in_a_later_sentence_goes_to_the_event(pipeline):
    evs = _events(pipeline, "Heavy clashes broke out in the Tayy neighbourhood on Tuesday between the Asayish and "
                            "the NDF.\nThe death toll of the clashes rose to seven on Wednesday, a medical source said.")
    (ev,) = evs
    assert ev.fatalities == 7 and ev.event_date == dt.date(2021, 4, 20)
    assert ev.more_evidence  # the toll's sentence is kept as evidence


# ---------------------------------------------------------------- events

def _codes(events):
    return [(e.event_type, e.sub_event_type) for e in events]


def test_report_clashes(pipeline):
    res = _file(pipeline, "clashes_tayy.txt", "2021-04-22")
    clash, arrest = res.events
    assert (clash.event_type, clash.sub_event_type) == ("Battles", "Armed clash")
    assert {clash.actor1_id, clash.actor2_id} == {"asayish", "ndf"}
    assert clash.place_id == "tayy" and clash.event_date == dt.date(2021, 4, 20)  # "late on Tuesday"
    assert clash.part_of_day == "late night"
    assert (clash.fatalities, clash.injuries) == (3, 2)
    # "since Tuesday" opens an interval and dates nothing; the arrest has its own date
    assert (arrest.sub_event_type, arrest.actor1_id, arrest.actor2_id) == ("Arrests", "asayish", "ndf")
    assert arrest.event_date == dt.date(2021, 4, 22)
    for ev in res.events:
        assert res.article.text[ev.start:ev.end] == ev.evidence
        assert ev.confidence == "high" and ev.rule.startswith("trigger:")


def test_report_drone_strike(pipeline):
    res = _file(pipeline, "drone_friday.txt", "2021-04-23")
    (ev,) = res.events  # the shelling "a day after" which the strike came is background
    assert _codes([ev]) == [("Explosions/Remote violence", "Air/drone strike")]
    assert (ev.actor1_id, ev.actor2_id) == ("turkey", "sdf")
    assert ev.place_id == "hilaliyah" and ev.event_date == dt.date(2021, 4, 23)
    assert (ev.fatalities, ev.injuries) == (2, 1)


def test_report_truce_is_one_agreement(pipeline):
    res = _file(pipeline, "truce.txt", "2021-04-24")
    (ev,) = res.events  # "after two days of clashes" is a recap; "calls for a truce had failed" no truce
    assert _codes([ev]) == [("Strategic developments", "Agreement")]
    assert (ev.actor1_id, ev.actor2_id) == ("asayish", "ndf")
    assert ev.mediator.startswith("Military Forces of Russia")
    assert ev.event_date == dt.date(2021, 4, 24)


def test_report_sniper_and_child(pipeline):
    res = _file(pipeline, "sniper.txt", "2021-04-22")
    sheikh, child = res.events
    assert _codes(res.events) == [("Violence against civilians", "Attack")] * 2
    assert sheikh.actor1_id == "ndf" and sheikh.actor2_id == "civilians"
    assert sheikh.place_id == "halko" and sheikh.fatalities == 1 and sheikh.part_of_day == "evening"
    assert child.place_id == "wahda_roundabout" and (child.fatalities, child.injuries) == (1, 2)


def test_report_attempt_is_no_event(pipeline):
    res = _file(pipeline, "kidnap_attempt.txt", "2021-05-04")
    (ev,) = res.events
    assert _codes([ev]) == [("Violence against civilians", "Abduction/forced disappearance")]
    assert (ev.actor1_id, ev.actor2_id) == ("unidentified", "civilians")
    assert ev.event_date == dt.date(2021, 5, 2) and ev.place_id == "corniche"


def test_report_takeover(pipeline):
    res = _file(pipeline, "takeover.txt", "2021-04-27")
    (ev,) = res.events  # the withdrawal it followed is the same act
    assert _codes([ev]) == [("Battles", "Non-state actor overtakes territory")]
    assert (ev.actor1_id, ev.actor2_id, ev.place_id) == ("asayish", "ndf", "tayy")
    assert ev.event_date == dt.date(2021, 4, 26)


def test_government_regains_territory(pipeline):
    (ev,) = _events(pipeline, "Syrian government forces took control of the Tayy neighbourhood on Tuesday "
                              "after the NDF left it.")
    assert ev.sub_event_type == "Government regains territory" and ev.actor1_id == "syrian_government"


def test_report_protest_and_toll(pipeline):
    res = _file(pipeline, "toll_protest.txt", "2021-09-13")
    protest, shelling = res.events  # "against the Turkish shelling" names no new shelling
    assert (protest.event_type, protest.actor1_id, protest.event_date) == ("Protests", "protesters",
                                                                            dt.date(2021, 9, 12))
    assert shelling.sub_event_type == "Shelling/artillery/missile attack"
    assert shelling.event_date == dt.date(2021, 9, 11) and shelling.fatalities == 5


def test_report_arrest_campaign(pipeline):
    res = _file(pipeline, "regime_raid.txt", "2021-06-08")
    (ev,) = res.events  # "no clashes were reported"
    assert (ev.sub_event_type, ev.actor1_id, ev.place_id) == ("Arrests", "syrian_government", "wusta")
    assert ev.event_date == dt.date(2021, 6, 7)


@pytest.mark.parametrize("sentence", [
    "The Asayish denied that clashes had broken out in Tayy on Tuesday.",
    "Unidentified gunmen tried to kidnap a shopkeeper in Qamishli on Tuesday.",
    "Tribal leaders called for a ceasefire in Qamishli on Tuesday.",
    "The SDF threatened to arrest anyone who joined the NDF in Qamishli.",
])
def test_denials_attempts_and_calls_are_no_events(pipeline, sentence):
    assert _events(pipeline, sentence) == []


def test_since_does_not_date_later_events(pipeline):
    evs = _events(pipeline, "Since Tuesday, the city has been tense.\n"
                            "Clashes broke out in Tayy, killing two people, a source said.")
    (ev,) = evs
    assert ev.event_date == THU  # no date of its own: the publication date, not Tuesday
    assert "publication date" in ev.notes


def test_arabic_articles_unchanged(pipeline, seed_result, gold):
    # the seed (Arabic) still goes through the Arabic rules
    assert seed_result.article.language == "ar"
    assert seed_result.events and all(not e.rule.split("/")[-1].startswith("pattern:en_") for e in seed_result.events)


def test_report_shelling_sides(pipeline):
    res = _file(pipeline, "sohr_shelling.txt", "2022-11-22")
    turkish, soldier, sdf = res.events
    # "Tel Ziwan" is the gazetteer's Tal Ziwan (same consonants): the first village named
    assert (turkish.actor1_id, turkish.place_id, turkish.injuries) == ("turkey", "tal_ziwan", 3)
    # "a regime soldier was killed": the side hit, not the shooter
    assert (soldier.actor1_id, soldier.actor2_id, soldier.fatalities, soldier.injuries) == (
        "", "syrian_government", 1, 3)
    assert soldier.place_id == "darbasiyah_countryside"
    # "Responding to the Turkish attack, SDF fighters targeted ... with mortar shells": a new
    # event with its own perpetrator, not merged into the shelling before it
    assert sdf.actor1_id == "sdf" and sdf.sub_event_type == "Shelling/artillery/missile attack"
    assert "Al-Hasakah province" in [m.text for m in res.mentions if m.place_id == "hasakah_governorate"]


def test_report_drone_missiles_are_the_drone_strike(pipeline):
    res = _file(pipeline, "npa_drone.txt", "2022-08-18")
    strike, earlier = res.events  # "the drone fired two missiles" is the same strike
    assert _codes(res.events) == [("Explosions/Remote violence", "Air/drone strike")] * 2
    assert (strike.actor1_id, strike.actor2_id, strike.fatalities) == ("turkey", "sdf", 2)
    texts = [res.article.text[a:b] for a, b in strike.more_evidence]
    assert any(t.startswith("The source said the drone fired two missiles") for t in texts)
    # "last week ... claimed the lives of three civilians": its own week and place
    assert (earlier.date_from, earlier.date_to, earlier.time_precision) == (
        dt.date(2022, 8, 11), dt.date(2022, 8, 17), 2)
    assert (earlier.place_id, earlier.fatalities, earlier.actor2_id) == ("qahtaniyah_countryside", 3, "civilians")


def test_report_protest_against_strikes_is_no_strike(pipeline):
    res = _file(pipeline, "rudaw_protest.txt", "2022-11-25")
    assert [(e.event_type, e.place_id) for e in res.events] == [("Protests", "qamishli"), ("Protests", "hasakah")]


def test_report_agreement_under_russian_sponsorship(pipeline):
    res = _file(pipeline, "k24_agreement.txt", "2021-04-27")
    deal = res.events[0]
    assert (deal.sub_event_type, deal.actor1_id, deal.actor2_id) == ("Agreement", "asayish", "syrian_government")
    assert deal.mediator.startswith("Military Forces of Russia") and deal.place_id == "tayy"
    # "Under the deal, the NDF will withdraw": the same agreement, and no withdrawal yet
    assert [e.sub_event_type for e in res.events].count("Agreement") == 1
    assert "Non-violent transfer of territory" not in [e.sub_event_type for e in res.events]


def test_report_assassination_one_attack_per_act(pipeline):
    res = _file(pipeline, "sohr_assassination.txt", "2021-09-13")
    notable, earlier = res.events  # "opened fire on the man … and fled": the same attack; no displacement
    assert (notable.sub_event_type, notable.actor1_id, notable.actor2_id) == ("Attack", "unidentified", "civilians")
    assert notable.place_id == "tall_hamis" and notable.fatalities == 1 and notable.part_of_day == "morning"
    assert earlier.event_date == dt.date(2021, 9, 3)


def test_report_kidnap_then_arrests(pipeline):
    res = _file(pipeline, "enab_kidnap.txt", "2023-02-14")
    kidnap, arrest = res.events
    assert (kidnap.sub_event_type, kidnap.event_date, kidnap.part_of_day) == (
        "Abduction/forced disappearance", dt.date(2023, 2, 11), "night")
    assert (arrest.sub_event_type, arrest.actor1_id, arrest.event_date) == ("Arrests", "asayish", dt.date(2023, 2, 13))


# ---------------------------------------------------------------- rules found on the development reports

def test_age_between_commas_is_no_toll(pipeline):
    (ev,) = _events(pipeline, "A farmer, Khalil Hamo, 62, was killed by Turkish shelling in Tayy on Tuesday.")
    assert ev.fatalities == 1


def test_running_total_since_a_period_is_no_event(pipeline):
    evs = _events(pipeline, "A Turkish drone struck a car in Hilaliya on Tuesday, killing two SDF fighters.\n"
                            "Monitors say at least 40 people have been killed by Turkish drones since the start of "
                            "the year.")
    (ev,) = evs
    assert ev.fatalities == 2


@pytest.mark.parametrize("sentence, killed", [
    ("On Tuesday, one SDF fighter, two children and a woman were killed in a drone strike in Hilaliya.", 4),
    ("At least three Asayish members and two civilians, including a boy, died in clashes in Tayy on Tuesday.", 5),
    ("Clashes in Tayy on Tuesday killed two fighters and a civilian.", 3),
])
def test_listed_victims_add_up(pipeline, sentence, killed):
    (ev,) = _events(pipeline, sentence)
    assert ev.fatalities == killed


def test_also_killed_adds_to_the_toll(pipeline):
    (ev,) = _events(pipeline, "Four NDF members were killed in clashes with the Asayish in Tayy on Tuesday night.\n"
                              "An Asayish member was also killed in the fighting, the same sources said.")
    assert ev.fatalities == 5


def test_days_earlier_counts_from_the_date_just_told(pipeline):
    evs = _events(pipeline, "Last Saturday, a landmine exploded under a car in the Antariyah neighbourhood, killing "
                            "its driver.\nThree days earlier, unknown gunmen shot dead a shepherd near Tal Hamis.",
                  dt.date(2024, 9, 3))
    mine, shooting = evs
    assert mine.event_date == dt.date(2024, 8, 31)
    assert shooting.event_date == dt.date(2024, 8, 28)


def test_protest_in_two_towns_is_two_events(pipeline):
    evs = _events(pipeline, "On Sunday, hundreds of people demonstrated in Amuda and Qamishli against the arrests.")
    assert sorted(e.place_id for e in evs) == ["amuda", "qamishli"]
    assert {e.event_type for e in evs} == {"Protests"}


def test_displacement_is_placed_where_people_fled_from(pipeline):
    evs = _events(pipeline, "Heavy clashes broke out in the Tayy neighbourhood on Tuesday.\n"
                            "Residents of the neighbourhood have started fleeing towards villages in the southern "
                            "countryside of Qamishli.")
    flight = [e for e in evs if "displacement" in e.tags]
    assert [e.place_id for e in flight] == ["tayy"]


def test_office_line_is_not_the_article_city(pipeline):
    evs = _events(pipeline, "Enab Baladi – Hasakah\nThe Asayish and the NDF agreed on a truce on Sunday in "
                            "al-Qamishli city after days of fighting.\nThe truce held on Monday, residents said.")
    assert [e.place_id for e in evs] == ["qamishli"]


def test_fighting_that_approached_is_no_event_there(pipeline):
    evs = _events(pipeline, "Clashes broke out in Tayy on Tuesday.\n"
                            "A mother from Halko said she fled with her children when the fighting approached.")
    assert [(e.event_type, e.place_id) for e in evs] == [("Battles", "tayy")]


def test_gunmen_opening_fire_on_a_crowd_is_an_attack(pipeline):
    (ev,) = _events(pipeline, "On Tuesday, a boy was killed and two men were wounded when NDF gunmen opened fire "
                              "near the Wahda roundabout.")
    assert (ev.event_type, ev.actor1_id, ev.actor2_id) == ("Violence against civilians", "ndf", "civilians")
    assert (ev.fatalities, ev.injuries) == (1, 2)


def test_recap_with_its_own_date_is_its_own_event(pipeline):
    evs = _events(pipeline, "Clashes between the Asayish and the NDF continued in Tayy on Thursday.\n"
                            "Mediation failed to halt the fighting, which erupted late on Tuesday after NDF gunmen "
                            "attacked an Asayish checkpoint.")
    assert sorted(e.event_date.isoformat() for e in evs) == ["2021-04-20", "2021-04-22"]


def test_report_driver_and_two_women(pipeline):
    res = _file(pipeline, "drone_driver.txt", "2022-07-23")
    strike, earlier = res.events  # "neither confirmed nor denied"; "in the past few days … five attacks": no events
    assert (strike.fatalities, strike.injuries, strike.event_date) == (3, 1, dt.date(2022, 7, 22))
    assert strike.part_of_day == "evening" and strike.unresolved_name == "Shorek" and strike.approximate
    assert (earlier.event_date, earlier.place_id, earlier.actor2_id) == (
        dt.date(2022, 7, 21), "amuda_countryside", "syrian_government")


def test_report_checkpoint_clash(pipeline):
    res = _file(pipeline, "checkpoint_clash.txt", "2021-09-06")
    (clash,) = [e for e in res.events if e.event_type == "Battles"]
    assert (clash.actor1_id, clash.actor2_id, clash.place_id) == ("sdf", "syrian_government", "zanoud")
    assert (clash.fatalities, clash.injuries) == (2, 1)  # the next sentence's toll
    # the rules read two deployments in "The Asayish later deployed reinforcements ..., while
    # regime forces closed the roads ..."; whether the sentence model keeps that undated follow-up
    # or sets it aside changes with each refit, but neither is ever lost: each is an event or a
    # set-aside event with its evidence
    kept = [e for e in res.events if e.event_type != "Battles"] + [a.event for a in res.set_aside]
    assert sorted((e.sub_event_type, e.actor1_id) for e in kept) == [
        ("Change to group/activity", "asayish"), ("Change to group/activity", "syrian_government")]
    assert all("closed the roads" in e.evidence or "deployed reinforcements" in e.evidence for e in kept)


def test_report_funeral_dates_the_killing_not_the_funeral(pipeline):
    res = _file(pipeline, "funeral.txt", "2021-09-07")
    killing, arrest = res.events  # "soldiers opened fire on his motorcycle" is the same killing
    assert (killing.sub_event_type, killing.actor1_id, killing.actor2_id) == ("Attack", "syrian_government",
                                                                             "civilians")
    assert (killing.event_date, killing.part_of_day, killing.place_id, killing.fatalities) == (
        dt.date(2021, 9, 4), "night", "tayy", 1)
    assert (arrest.sub_event_type, arrest.event_date) == ("Arrests", dt.date(2021, 9, 5))


def test_unknown_names_listed_and_in_brackets_are_reported(pipeline):
    res = pipeline.process(_article(
        "Militants attacked Qarmala prison on Thursday; prisoners fled into the neighbourhoods of Kallasa and "
        "al-Nashwa. Turkish shells hit the town of Dugirka (Tell Sebah) on Friday."))
    assert [u.name for u in res.unresolved] == ["Qarmala", "Kallasa", "al-Nashwa", "Dugirka", "Tell Sebah"]


def test_asayish_of_north_and_east_syria_is_no_place(pipeline):
    res = pipeline.process(_article("The Internal Security Forces of North and East Syria (Asayish) clashed with "
                                    "the NDF in Tayy on Friday."))
    assert [m.place_id for m in res.mentions] == ["tayy"]
    assert {a.actor_id for a in res.actors} == {"asayish", "ndf"}


def test_build_with_an_english_report(work_dirs):
    from pipeline.build import build

    seeds, geo, out = work_dirs
    (seeds / "en_test.txt").write_text((DATA / "clashes_tayy.txt").read_text(encoding="utf-8"), encoding="utf-8")
    (seeds / "en_test.toml").write_text('source = "North Press"\npublished = 2021-04-22\n', encoding="utf-8")
    build(seeds, geo, out)
    feats = json.loads((out / "events.geojson").read_text(encoding="utf-8"))["features"]
    mine = [f["properties"] for f in feats if f["properties"].get("article_id") == "en_test"]
    assert [(p["event_type"], p["place_id"]) for p in mine] == [("Battles", "tayy"), ("Strategic developments",
                                                                                       "wahda_roundabout")]
    articles = json.loads((out / "articles.json").read_text(encoding="utf-8"))
    assert {a["id"]: a["language"] for a in articles}["en_test"] == "en"


def test_report_dateline_is_not_the_place(pipeline):
    res = _file(pipeline, "sana_kidnap.txt", "2023-03-08")
    kidnap, raid = res.events  # "HASAKA, (SANA) –" says where it was filed
    assert (kidnap.sub_event_type, kidnap.actor1_id, kidnap.place_id) == (
        "Abduction/forced disappearance", "sdf", "qahtaniyah_countryside")
    assert (raid.sub_event_type, raid.place_id) == ("Arrests", "qahtaniyah")


def test_report_blast_and_its_toll(pipeline):
    res = _file(pipeline, "blast_toll.txt", "2022-06-13")
    (ev,) = res.events  # "the explosion, caused by a bomb …" is the same blast; the Asayish only speak
    assert (ev.sub_event_type, ev.event_date) == ("Remote explosive/landmine/IED", dt.date(2022, 6, 9))
    assert (ev.fatalities, ev.injuries, ev.actor2_id) == (3, 11, "")


def test_report_exchange_of_fire_and_sniper(pipeline):
    res = _file(pipeline, "artillery_exchange.txt", "2022-02-15")
    exchange, sniper = res.events
    assert (exchange.actor1_id, exchange.actor2_id, exchange.fatalities) == ("syrian_government", "sdf", 0)
    # an SDF fighter shot by a regime sniper: the victim is armed, so a clash
    assert (sniper.event_type, sniper.actor1_id, sniper.actor2_id, sniper.fatalities) == (
        "Battles", "syrian_government", "sdf", 1)
    # "Umm al-Kaif" is the gazetteer's Umm al-Kayf, matched by its consonants, not reported unresolved
    assert sniper.place_id == "umm_al_kayf" and not sniper.unresolved_name


def test_report_hostage_freed(pipeline):
    res = _file(pipeline, "hostage_freed.txt", "2023-05-11")
    arrest, kidnap = res.events
    assert (arrest.actor1_id, arrest.event_date) == ("asayish", dt.date(2023, 5, 10))
    # "a child who had been abducted three days earlier": the Asayish freed him, they did not take him
    # (a passive with no agent: an unidentified group, as ACLED codes it)
    assert (kidnap.actor1_id, kidnap.actor2_id, kidnap.event_date) == (
        "unidentified", "civilians", dt.date(2023, 5, 7))


def test_unknown_name_repeated_without_its_head_noun(pipeline):
    res = pipeline.process(_article("Turkish shells hit the town of Dugirka on Friday. Residents of Dugirka fled."))
    assert [(u.name, u.head) for u in res.unresolved] == [("Dugirka", "town"), ("Dugirka", "")]
    assert all(res.article.text[u.start:u.end] == u.text for u in res.unresolved)


def test_report_repelled_attack_and_bodies_handover(pipeline):
    res = _file(pipeline, "bodies_handover.txt", "2023-07-03")
    attack, recap, handover = res.events
    # "repelled an attack by an ISIS cell": the attacker is actor1, as the report gold codes "foiled an
    # attack by" (benchmarks/data/reports; tests/test_english_h6.py)
    assert (attack.event_type, attack.actor1_id, attack.actor2_id, attack.event_date) == (
        "Battles", "isis", "sdf", dt.date(2023, 7, 1))
    assert (attack.fatalities, attack.injuries, attack.part_of_day) == (2, 1, "late night")
    # handing over bodies is Strategic developments / Other (not a transfer of territory)
    assert (handover.event_type, handover.sub_event_type, handover.event_date) == (
        "Strategic developments", "Other", dt.date(2023, 6, 30))
    assert (handover.actor1_id, handover.actor2_id) == ("sdf", "syrian_government")
    assert handover.mediator.startswith("Military Forces of Russia")
    # "last week's clashes in Qamishli": a recap with its own week and place
    assert (recap.event_type, recap.time_precision, recap.place_id) == ("Battles", 2, "qamishli")


def test_report_riot_is_one_act_and_last_month(pipeline):
    res = _file(pipeline, "fuel_riot.txt", "2022-11-27")
    assert [(e.event_type, e.place_id) for e in res.events] == [
        ("Riots", "qamishli"), ("Strategic developments", "qamishli"), ("Protests", "amuda")]
    amuda = res.events[2]
    assert (amuda.date_from, amuda.date_to, amuda.time_precision) == (dt.date(2022, 10, 1), dt.date(2022, 10, 31), 3)


def test_text_without_full_stops_is_cut_into_bounded_sentences_and_still_read(pipeline):
    """A page with no full stops (a list, a menu, hostile input) made one sentence whose rules
    cost its length squared (230 KB took 30 s): it is cut at commas into bounded pieces."""
    from pipeline.arabic import tokenise
    from pipeline.english.text import MAX_SENTENCE_TOKENS, split_sentences

    item = "a Turkish drone struck a car near Amuda on Tuesday and killed two men, "
    filler = "residents said the market stayed open and the road to the border was busy, "
    text = (filler * 40 + item + filler * 40) * 3
    nt = normalise(text)
    tokens = tokenise(nt.text)
    sentences = split_sentences(nt, tokens)
    assert len(sentences) > 3
    assert max(s.last - s.first + 1 for s in sentences) <= MAX_SENTENCE_TOKENS
    assert [s.first for s in sentences[1:]] == [s.last + 1 for s in sentences[:-1]]  # no token lost or repeated
    # pieces end at a comma, not inside a clause
    assert all(nt.text[tokens.ends[s.last]:tokens.starts[s.last + 1]].strip() == "," for s in sentences[:-1])
    events = _events(pipeline, text)
    strikes = [e for e in events if e.event_type == "Explosions/Remote violence"]
    assert strikes and all(e.place_id == "amuda" and e.fatalities == 2 for e in strikes)
    assert all(text[e.start:e.end] == e.evidence for e in events)
