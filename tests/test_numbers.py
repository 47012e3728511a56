"""Casualty counts from digits and Arabic number words, read conservatively (ACLED)."""

from __future__ import annotations

import pytest

from pipeline.arabic import normalise, tokenise
from pipeline.numbers import parse_count


def count(phrase):
    toks = tokenise(normalise(phrase).text)
    return parse_count(toks, 0)


@pytest.mark.parametrize("phrase, value, qualifier", [
    ("ثلاثة عناصر", 3, ""),
    ("أكثر من 15 مقاتلاً", 15, "more than"),
    ("قرابة 40 قرية", 40, "about"),
    ("عشرات العوائل", 20, "vague"),
    ("احد أعضاء قواتنا", 1, ""),
    ("قيادي في الاسايش", 1, ""),
    ("ثلاثة عشر مدنياً", 13, ""),
    ("خمسة وعشرون عنصراً", 25, ""),
    ("٥ عناصر", 5, ""),
    ("عنصرين من الأسايش", 2, ""),
    # hamza spellings: the tables are looked up in normalised text (مئة → ميه)
    ("مئة عائلة", 100, ""),
    ("أكثر من مئتي عائلة", 200, "more than"),
    ("مئات المدنيين", 200, "vague"),
    ("قرابة مائتي شخص", 200, "about"),
    ("قائد ميداني", 1, ""),
    # a singular noun in the accusative: "فقتلوا شاباً"
    ("شاباً", 1, ""),
    ("مقاتلان", 2, ""),
])
def test_counts(phrase, value, qualifier):
    c = count(phrase)
    assert c is not None and c.value == value and c.qualifier == qualifier


def test_non_numbers():
    assert count("الاشتباكات") is None
    assert count("في حي طي") is None


@pytest.mark.parametrize("sentence, killed, injured", [
    # seed: NDF announced three of its members killed; sources say more than 15 fighters wounded
    ("اندلعت اشتباكات في حي طي بالقامشلي. وأعلنت قوات الدفاع الوطني مقتل ثلاثة عناصر من قواتها فيما تشير المصادر "
     "إلى إصابة أكثر من 15 مقاتلاً من الطرفين.", 3, 15),
    # SOHR-style toll in one sentence: the wounded follow the verb "أصيب"
    ("قتل 5 عناصر من الدفاع الوطني وأصيب 6 آخرون في اشتباكات مع الأسايش في حي طي مساء الثلاثاء.", 5, 6),
    # number words after both verbs
    ("اندلعت اشتباكات مساء الثلاثاء في حي طي بمدينة القامشلي بين الأسايش والدفاع الوطني، "
     "قتل شخصان وأصيب ثلاثة آخرون بجروح.", 2, 3),
    # one wounded fighter: "عنصر" counts one, and no one is counted killed
    ("اندلعت اشتباكات في حي طي بالقامشلي وأصيب عنصر من الأسايش برصاص قناص.", 0, 1),
])
def test_tolls_attach_to_the_clash(run_text, sentence, killed, injured):
    r = run_text(sentence)
    clashes = [e for e in r.events if e.event_type == "Battles"]
    assert len(clashes) == 1
    assert clashes[0].fatalities == killed
    assert clashes[0].injuries == injured


@pytest.mark.parametrize("sentence, killed, injured", [
    # "another" / an ordinal standing for one more person after the casualty word (own sentences)
    ("استهدفت طائرة مسيرة تركية مساء الأحد سيارة عسكرية قرب قرية تل جمعة، ما أدى إلى مقتل عنصرين وإصابة "
     "ثالث بجروح.", 2, 1),
    ("استهدفت طائرة مسيرة تركية مساء الأحد سيارة عسكرية قرب قرية تل جمعة، ما أدى إلى مقتل عنصرين وإصابة "
     "آخر بجروح.", 2, 1),
    ("انفجرت عبوة ناسفة صباح اليوم بدورية للأسايش في عامودا ما تسبب بمقتل عنصر وجرح آخر.", 1, 1),
    ("انفجرت عبوة ناسفة صباح اليوم بدورية للأسايش في عامودا ما تسبب بمقتل ثلاثة عناصر ومقتل رابع متأثراً "
     "بجروحه.", 4, None),
    # "others" (plural) gives no figure; "another attack" is no person
    ("انفجرت عبوة ناسفة صباح اليوم بدورية للأسايش في عامودا ما تسبب بمقتل عنصر وإصابة آخرين.", 1, None),
])
def test_another_one_counts_one_more_person(run_text, sentence, killed, injured):
    r = run_text(sentence)
    (ev,) = [e for e in r.events if e.event_type in ("Battles", "Explosions/Remote violence")]
    assert (ev.fatalities, ev.injuries) == (killed, injured)


@pytest.mark.parametrize("text, killed", [
    ("فجّر انتحاري نفسه بحزام ناسف عند مدخل بلدة الهول صباح اليوم، ما أسفر عن مقتل حارسين.", 2),
    ("قُتل شقيقان برصاص مسلحين مجهولين في بلدة عامودا مساء اليوم.", 2),
])
def test_the_dual_of_a_person_noun_counts_two(run_text, text, killed):
    # the dual is made by rule from the singular (حارس → حارسين، شقيق → شقيقان), not listed
    (ev,) = run_text(text, "2022-01-30").events
    assert ev.fatalities == killed


def test_a_participles_plural_is_no_dual():
    # مقاتلين / مسلحين are "fighters" / "gunmen" (a sound plural), never two: no figure from the word alone
    from pipeline.numbers import DUAL_PERSONS

    assert {"حارسين", "حارسان", "شقيقان", "شهيدين", "طفلتين", "مقاتلان"} <= DUAL_PERSONS
    assert not {"مقاتلين", "مسلحين", "مدنيين", "قياديين", "فتيان"} & DUAL_PERSONS


def test_brothers_shot_by_gunmen_are_civilians_attacked(run_text):
    (ev,) = run_text("قُتل شقيقان برصاص مسلحين مجهولين في بلدة عامودا مساء اليوم.", "2023-02-19").events
    assert (ev.event_type, ev.place_id, ev.fatalities) == ("Violence against civilians", "amuda", 2)


@pytest.mark.parametrize("text, killed", [
    ("ارتقى مقاتلان من قوات سوريا الديمقراطية جراء قصف بطائرة درون على موقعهما قرب رميلان ليلة الأربعاء.", 2),
    ("سقط شهيدان من قسد في قصف تركي على قرية قرب القحطانية ليلة الأربعاء.", 2),
])
def test_a_martyrs_death_told_as_ascending_or_by_the_dual_counts_its_dead(run_text, text, killed):
    (ev,) = run_text(text, "2023-10-06").events
    assert ev.fatalities == killed


def test_ascending_that_is_no_death_is_no_event(run_text):
    assert run_text("ارتقى المنتخب إلى المركز الأول في القامشلي اليوم.", "2023-10-06").events == []
