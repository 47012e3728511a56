"""A definite landmark noun that refers back to the landmark the article named (issue 10, point 4).

``السجن`` / "the prison", ``المخيم`` / "the camp", ``القاعدة`` / "the base", ``المعبر`` / "the
crossing" with no name of their own refer to the one landmark of that kind the article has named
before them (``سجن الصناعة``، "al-Hol camp", a camp the gazetteer lacks): the mention is that
landmark's, so that an event told with it is placed there rather than at the city the sentence
also names. Two landmarks of that kind named before it, or none: no mention.

Every sentence here was written for these tests in the style of news copy; none is copied from a
report or from the evaluation texts. Names the gazetteer lacks are made up.
"""

from __future__ import annotations

import datetime as dt

from pipeline.records import Article

DAY = dt.date(2024, 2, 2)


def _run(pipeline, text: str, language: str = "ar"):
    return pipeline.process(Article("lm", "lm.txt", text, DAY, "Test outlet", language))


def _at(result, text: str, word: str):
    start = text.index(word)
    return [m for m in result.mentions if m.start <= start < m.end]


# ---------------------------------------------------------------- Arabic

def test_the_prison_is_the_prison_named_before_and_the_event_is_placed_there(pipeline):
    text = ("هاجم عشرات المسلحين سجن الصناعة بحي غويران مساء الخميس. وقصفت طائرات التحالف فجر الجمعة "
            "مواقع المهاجمين داخل السجن في مدينة الحسكة، ما أدى إلى مقتل سبعة منهم.")
    result = _run(pipeline, text)
    (m,) = _at(result, text, "السجن في")
    assert m.place_id == "sinaa_prison" and m.how == "anaphora"
    (ev,) = [e for e in result.events if "طائرات التحالف" in e.evidence]
    assert ev.place_id == "sinaa_prison"


def test_the_camp_is_the_camp_named_before_even_when_the_gazetteer_lacks_it(pipeline):
    text = ("وصلت عشرات العائلات النازحة أمس إلى مخيم كندال قرب مدينة عامودا. وقالت إدارة المخيم إن "
            "الخيام لا تكفي الجميع.")
    result = _run(pipeline, text)
    (m,) = _at(result, text, "المخيم")
    assert m.unresolved_name == "كندال" and m.place_id == "amuda" and m.how == "anaphora"


def test_the_camp_after_a_camp_named_by_its_town_is_that_camp(pipeline):
    text = ("عثرت دورية على جثة امرأة داخل خيمتها في مخيم الهول شرقي الحسكة. وقالت مصادر إن مسلحين "
            "اقتحموا القسم الثالث من المخيم ليلاً.")
    result = _run(pipeline, text)
    (m,) = _at(result, text, "المخيم ليلاً")
    assert m.place_id == "al_hawl"


def test_two_prisons_named_before_leave_the_prison_unresolved(pipeline):
    text = ("تحدث تقرير حقوقي عن الاكتظاظ في سجن الصناعة بالحسكة وسجن علايا بالقامشلي. وقال معتقل سابق "
            "إن السجن لا يصلح للعيش.")
    result = _run(pipeline, text)
    assert _at(result, text, "السجن لا") == []


def test_a_prison_never_named_before_is_no_place(pipeline):
    text = ("خرج العشرات في القامشلي للمطالبة بالإفراج عن أبنائهم، وقالوا إن السجن مكتظ. ونقل مراسل عن "
            "أحدهم أن ابنه معتقل في سجن الصناعة منذ عامين.")
    result = _run(pipeline, text)
    assert _at(result, text, "السجن مكتظ") == []


def test_fighting_told_again_inside_the_prison_is_the_same_battle(pipeline):
    """The prison referred back to is no place of the sentence's own: the clash told again there
    (no date of its own) is the battle already reported, not a new one."""
    text = ("هاجم مسلحون سجن الصناعة بحي غويران ليل الخميس بعد تفجير شاحنة مفخخة قرب مدخله. وأفاد مصدر محلي "
            "أن عصياناً رافق الهجوم داخل السجن، وأن معارك عنيفة دارت بين المسلحين وقسد وانتقلت إلى الشوارع "
            "القريبة.")
    result = _run(pipeline, text)
    assert len([e for e in result.events if e.event_type == "Battles"]) == 1


def test_a_quarter_named_beside_the_prison_told_back_is_the_event_s_place(pipeline):
    """"in the quarter next to the prison": the quarter named is where it happened; the prison
    referred back to only says where the quarter lies."""
    text = ("شهد سجن الصناعة بالحسكة عصياناً ليل السبت. واعتقلت الأسايش صباح الأحد سجينين فارّين داخل "
            "منزل في حي الزهور المحاذي للسجن.")
    result = _run(pipeline, text)
    (ev,) = [e for e in result.events if e.sub_event_type == "Arrests"]
    assert ev.place_id == "zuhour_hasakah"


# ---------------------------------------------------------------- English

def test_english_the_prison_is_the_prison_named_before(pipeline):
    text = ("Islamic State fighters stormed al-Sina'a prison in Hasakah on Thursday night. On Friday, "
            "coalition jets bombed buildings inside the prison in Hasakah city, killing six attackers.")
    result = _run(pipeline, text, "en")
    (m,) = _at(result, text, "the prison in")
    assert m.place_id == "sinaa_prison" and m.how == "anaphora"
    (ev,) = [e for e in result.events if "coalition jets" in e.evidence]
    assert ev.place_id == "sinaa_prison"


def test_english_the_camp_is_the_camp_named_by_its_town(pipeline):
    text = ("Guards found the body of a woman in al-Hol camp east of Hasakah on Monday. Gunmen had "
            "entered the camp at night, a source said.")
    result = _run(pipeline, text, "en")
    (m,) = _at(result, text, "the camp at")
    assert m.place_id == "al_hawl"


def test_english_two_prisons_named_leave_the_prison_alone(pipeline):
    text = ("A report described crowding in al-Sina'a prison and in Alaya prison. A former inmate said "
            "the prison was unfit for people.")
    result = _run(pipeline, text, "en")
    assert _at(result, text, "the prison was") == []



def test_english_a_prison_named_by_its_town_and_by_its_name_is_one_prison(pipeline):
    """"Hasakah prison" and "al-Sina'a prison" (in Hasakah) are one prison named twice; "the
    prison's gate" is its gate."""
    text = ("The siege of Hasakah prison ended on Wednesday. Militants had stormed al-Sina'a prison in "
            "Hasakah a week earlier, blowing up a car at the prison's main gate.")
    result = _run(pipeline, text, "en")
    assert [m.place_id for m in _at(result, text, "the prison's")] == ["sinaa_prison"]


def test_english_the_airport_is_the_airport_of_the_article_s_city(pipeline):
    """As ``المطار`` in Arabic (rule 5): "the airport", "the city's airport" is the focus city's."""
    text = ("Qamishli was calm on Sunday after the Asayish and government officers met at the city's airport. "
            "Residents of Qamishli said government troops still hold the airport and a few streets.")
    result = _run(pipeline, text, "en")
    assert [m.place_id for m in _at(result, text, "city's airport")] == ["qamishli_airport"]
    assert [m.place_id for m in _at(result, text, "the airport and")] == ["qamishli_airport"]


def test_english_the_airport_of_a_city_without_one_is_no_place(pipeline):
    text = "Hasakah was calm on Sunday. Residents of Hasakah said the airport road was open again."
    result = _run(pipeline, text, "en")
    assert _at(result, text, "the airport") == []


# ------------------------------------------- a landmark told back yields to its clause's town

def test_an_event_in_another_town_is_not_moved_to_the_prison_told_back(pipeline):
    text = ("شن عناصر من التنظيم هجوماً على سجن الصناعة في الحسكة ليل الأحد. واعتقلت قوى الأمن الداخلي "
            "صباح الثلاثاء في مدينة عامودا رجلاً كان قد فرّ من السجن قبل عامين.")
    result = _run(pipeline, text)
    (ev,) = [e for e in result.events if "عامودا" in e.evidence]
    assert ev.place_id == "amuda"


def test_english_an_event_in_another_town_is_not_moved_to_the_prison_told_back(pipeline):
    text = ("Militants stormed al-Sina'a prison in Hasakah late on Sunday. On Tuesday security forces "
            "detained a man in Amuda who had escaped from the prison two years ago.")
    result = _run(pipeline, text, "en")
    (ev,) = [e for e in result.events if "Amuda" in e.evidence]
    assert ev.place_id == "amuda"


def test_a_landmark_noun_with_its_own_qualifier_is_not_told_back(pipeline):
    text = ("أعادت السلطات التركية فتح معبر نصيبين صباح الاثنين. وفي خبر آخر، أوقفت الإدارة الذاتية "
            "الثلاثاء العمل في المعبر النهري مع العراق.")
    result = _run(pipeline, text)
    assert not _at(result, text, "المعبر النهري")
    text = ("أعادت السلطات التركية فتح معبر نصيبين صباح الاثنين. وأوقفت الإدارة الذاتية الثلاثاء "
            "العمل في المعبر مع إقليم كردستان.")
    result = _run(pipeline, text)
    assert not _at(result, text, "المعبر مع")


def test_a_prison_sentence_is_no_mention_of_the_prison(pipeline):
    text = ("شن عناصر من التنظيم هجوماً على سجن الصناعة في الحسكة ليل الأحد. وحكمت محكمة في عامودا "
            "الثلاثاء على رجلين بالسجن ثلاث سنوات.")
    result = _run(pipeline, text)
    assert not _at(result, text, "بالسجن")


def test_al_qaeda_is_no_base_told_back(pipeline):
    text = ("قصفت طائرة مسيّرة محيط قاعدة خراب الجير صباح الأحد. وقال مسؤول إن عناصر من تنظيم القاعدة "
            "ينشطون في المنطقة.")
    result = _run(pipeline, text)
    assert not _at(result, text, "القاعدة ينشطون")


def test_the_neighbourhood_is_the_one_named_before(pipeline):
    text = ("اندلعت اشتباكات مساء الثلاثاء في حي الطي جنوبي القامشلي بين الأسايش والدفاع الوطني. "
            "وقال سكان إن قذائف سقطت على منازل في الحي صباح الأربعاء.")
    r = _run(pipeline, text)
    back = _at(r, text, "الحي صباح")
    assert back and back[0].place_id == "tayy" and back[0].how == "anaphora"
    # two neighbourhoods named before: which one is not said
    text = ("اندلعت اشتباكات في حي الطي وحي حلكو بالقامشلي مساء الثلاثاء. وقال سكان إن قذائف سقطت على "
            "منازل في الحي صباح الأربعاء.")
    assert not _at(_run(pipeline, text), text, "الحي صباح")


def test_english_the_neighbourhood_is_the_one_named_before(pipeline):
    text = ("Clashes broke out on Tuesday in the Tayy neighbourhood of Qamishli. Residents said mortar rounds "
            "hit houses in the neighbourhood on Wednesday.")
    r = _run(pipeline, text, "en")
    back = _at(r, text, "neighbourhood on")
    assert back and back[0].place_id == "tayy"


def test_a_neighbourhood_or_prison_told_back_as_a_destination_is_not_the_scene(pipeline):
    text = ("هاجم مسلحون فجر اليوم سجناً في حي غويران بالحسكة. وفرضت قوى الأمن حظر تجول في مدينة الحسكة "
            "ظهر اليوم، وأغلقت الطرق المؤدية إلى الحي.")
    r = _run(pipeline, text)
    assert not _at(r, text, "الحي.")
    curfews = [e for e in r.events if "حظر" in e.evidence]
    assert curfews and all(e.place_id == "hasakah" for e in curfews), [(e.sub_event_type, e.place_id) for e in curfews]
