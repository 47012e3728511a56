"""Arabic rules of the seventh-set session narrowed after review (issue 10): the future tense
told by a real future verb only, a blast heard that wounded people, what an agreement provides
for, fighters held in a battle, closures by a force, approach and attempt, villages fled, the
city told back, and the year before a year.

Every sentence here was written for these tests, with facts of its own.
"""

from __future__ import annotations

import datetime as dt

from pipeline.arabic import normalise
from pipeline.dates import find_dates
from pipeline.events import future_verb

CLASH = ("Battles", "Armed clash")
AIR = ("Explosions/Remote violence", "Air/drone strike")
IED = ("Explosions/Remote violence", "Remote explosive/landmine/IED")
DEPLOYMENT = ("Strategic developments", "Change to group/activity")


def _types(events) -> list[tuple[str, str]]:
    return [(e.event_type, e.sub_event_type) for e in events]


# --------------------------------------------------------------------------- the future: a verb, not a car, a name or two years


def test_a_noun_or_a_name_opening_with_sin_is_no_future_verb():
    for word in ("سيارتهم", "سيارتنا", "سيطرت", "سنتين", "سيبان", "سيامند", "وسيارته"):
        assert not future_verb(normalise(word).text), word
    for word in ("سيتم", "ستشهد", "سيتسبب", "سنقاتل", "وسيقومون"):
        assert future_verb(normalise(word).text), word


def test_people_in_their_car_struck_by_a_drone_is_an_air_strike(run_text):
    text = "كانت امرأتان في سيارتهما حين قصفتهما طائرة مسيرة تركية قرب قرية الدردارة، فقتلتا على الفور."
    assert AIR in _types(run_text(text, "2022-11-20").events)
    text = "وقال المسؤول العسكري سيامند علي إن مقاتليه اشتبكوا مع خلية لداعش في ريف الحسكة الجنوبي."
    assert CLASH in _types(run_text(text, "2022-11-20").events)
    # the future told by a verb stays no event
    text = "ويتوقع الأهالي أن سيتم قصف القرى الحدودية قرب الدرباسية خلال الأيام المقبلة."
    assert run_text(text, "2022-11-20").events == []


# --------------------------------------------------------------------------- a blast heard that wounded people is a blast


def test_a_blast_residents_heard_that_wounded_two_is_an_explosion(run_text):
    text = "وتحدث أهالي عن سماع صوت انفجار عبوة ناسفة صباح اليوم في حي الهلالية بالقامشلي، أسفر عن جرح رجلين."
    assert IED in _types(run_text(text, "2022-11-20").events)


# --------------------------------------------------------------------------- closures by a force

def test_a_force_closing_a_market_and_its_roads_is_a_closure(run_text):
    text = "وأغلقت دوريات الأسايش السوق الشعبي والشوارع المحيطة به صباح اليوم في مدينة عامودا بعد الانفجار."
    assert DEPLOYMENT in _types(run_text(text, "2022-11-20").events)


# --------------------------------------------------------------------------- an approach then a clash keeps its place


def test_forces_that_neared_a_village_then_fought_there_are_placed_there(run_text):
    text = ("واقتربت وحدات من الفصائل الموالية لتركيا صباح اليوم من قرية أم الكيف بريف تل تمر، "
            "واندلعت معارك ضارية مع مقاتلي قسد.")
    clashes = [e for e in run_text(text, "2022-11-20").events if _types([e]) == [CLASH]]
    assert clashes and all(e.place_id for e in clashes), [e.place_id for e in clashes]


# --------------------------------------------------------------------------- the year before a year told


def test_the_year_before_after_an_explicit_year_is_not_the_year_before_publication():
    text = "وفي عام 2018 تكررت الهجمات، وكانت أولاها في العاشر من أيار من العام السابق."
    spans = find_dates(normalise(text), dt.date(2023, 5, 1))
    # "في عام 2018" is a date of its own (the whole year, precision 3); the day is the year before it
    assert [(s.date_from, s.time_precision) for s in spans] == [(dt.date(2018, 1, 1), 3), (dt.date(2017, 5, 10), 1)]
    # with no year told, "the year before" has no year to count from: no date
    text = "وكانت أولاها في العاشر من أيار من العام السابق."
    assert find_dates(normalise(text), dt.date(2023, 5, 1)) == []
    # "من العام الماضي" is still the year before publication
    text = "وفي عام 2018 تكررت الهجمات، وكانت أولاها في العاشر من أيار من العام الماضي."
    assert [s.date_from for s in find_dates(normalise(text), dt.date(2023, 5, 1))][1:] == [dt.date(2022, 5, 10)]


# --------------------------------------------------------------------------- what an agreement provides for, and what it does not

SHELLING = ("Explosions/Remote violence", "Shelling/artillery/missile attack")
AGREEMENT = ("Strategic developments", "Agreement")


def test_a_killing_or_a_clash_told_after_an_agreement_word_is_no_term_of_it(run_text):
    text = "وبعد يوم واحد من سريان الهدنة، قضى ثلاثة رعاة بقصف مدفعي تركي طال قرية قرب بلدة الدرباسية."
    assert SHELLING in _types(run_text(text, "2022-11-20").events)
    text = "وعرضت قيادة الأسايش نص الاتفاق على الصحفيين واندلعت اشتباكات متقطعة في حي حلكو بمدينة القامشلي."
    assert CLASH in _types(run_text(text, "2022-11-20").events)
    # the terms told after the verb are still no act
    text = "توصل الطرفان مساء أمس إلى اتفاق يقضي بانسحاب المسلحين من حي طي وتبادل الأسرى."
    assert _types(run_text(text, "2022-11-20").events) == [AGREEMENT]


def test_no_word_has_two_roles_that_contradict_each_other():
    import csv
    from importlib.resources import files

    roles: dict[str, set[str]] = {}
    with files("pipeline").joinpath("data/event_words.csv").open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            roles.setdefault(normalise(row["word"]).text, set()).add(row["role"])
    # a word telling that the act happened cannot also tell the terms of an agreement, nor a
    # shop closing its doors be a road that a force closes
    conflicts = [({"terms_verb"}, {"kill_word", "death_verb", "bare_death_verb", "death_noun", "wound_word"}),
                 ({"civil_premises", "own_doors"}, {"road_noun"}),
                 ({"future_particle"}, {"future_lookalike"}),
                 ({"hearing"}, {"heard_and_struck"})]
    bad = [(w, sorted(r)) for w, r in roles.items() for a, b in conflicts if r & a and r & b]
    assert bad == []


# --------------------------------------------------------------------------- displacement: the villages must be where people fled from


def test_families_fleeing_a_town_after_shelling_of_its_villages_left_the_town(run_text):
    text = "وفرت عشرات الأسر صباح اليوم من مدينة الدرباسية إثر قصف مدفعي تركي أصاب القرى القريبة منها."
    displaced = [e for e in run_text(text, "2022-11-20").events if "displacement" in e.tags]
    assert [e.place_id for e in displaced] == ["darbasiyah"]


# --------------------------------------------------------------------------- fighters held in a battle: only that battle's sentence, day and place

ARREST = ("Strategic developments", "Arrests")


def test_an_arrest_told_with_a_new_place_after_a_distant_battle_is_an_arrest(run_text):
    battle = ("دارت معارك عنيفة بين قوات سوريا الديمقراطية وعناصر من داعش قرب بلدة الهول، "
              "قتل فيها ثلاثة من المهاجمين. ")
    arrest = "وفي مدينة الحسكة، اعتقلت الأسايش خمسة عناصر من خلية لداعش خلال مداهمة منزل في حي غويران."
    assert ARREST in _types(run_text(battle + arrest, "2022-11-20").events)
    # the same two sentences with no day at all: both fall back to publication, no tie between them
    arrest = "واعتقلت الأسايش خمسة عناصر من خلية لداعش خلال مداهمة منزل في حي غويران بمدينة الحسكة."
    assert ARREST in _types(run_text(battle + arrest, "2022-11-20").events)


# --------------------------------------------------------------------------- the city told back is one introduced as a city


def test_the_city_told_back_is_not_a_place_introduced_as_a_town(run_text):
    text = ("وعقد وجهاء من حي الهلالية بمدينة القامشلي اجتماعا مساء أمس، في وقت تعيش فيه بلدة الدرباسية هدوءا حذرا. "
            "وسيرت الأسايش دوريات في أحياء المدينة واعتقلت أربعة شبان.")
    arrests = [e for e in run_text(text, "2022-11-20").events if e.sub_event_type == "Arrests"]
    assert [e.place_id for e in arrests] == ["qamishli"]
    # a city introduced as one is told back
    text = ("وعقد وجهاء من حي الهلالية بالقامشلي اجتماعا مساء أمس، في وقت تعيش فيه مدينة الحسكة هدوءا حذرا. "
            "وسيرت الأسايش دوريات في أحياء المدينة واعتقلت أربعة شبان.")
    arrests = [e for e in run_text(text, "2022-11-20").events if e.sub_event_type == "Arrests"]
    assert [e.place_id for e in arrests] == ["hasakah"]
