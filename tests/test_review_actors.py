"""Actor rules narrowed after review (findings on the rules that name Islamic State, the other
side of a pair and unnamed attackers): each rule's wrong reach, in Arabic and English, on
sentences written for these tests."""

from __future__ import annotations

import datetime as dt

from conftest import english_events

_events = english_events(dt.date(2024, 5, 10))


def _pairs(events) -> list[tuple[str, str]]:
    return [(e.actor1_id, e.actor2_id) for e in events]


# --------------------------------------------------------------------------- the coalition's target has an owner

def test_a_coalition_strike_on_a_car_the_text_says_was_someone_elses_is_not_against_isis(run_text, pipeline):
    text = ("قصفت طائرة مسيرة تابعة للتحالف الدولي سيارة قرب بلدة الشدادي مساء الثلاثاء. "
            "وأفادت مصادر محلية بأن السيارة تعود لتاجر أغنام من أهالي المنطقة. "
            "ويشن التحالف منذ سنوات حملة ضد خلايا تنظيم داعش.")
    assert _pairs(run_text(text, "2024-05-10").events) == [("coalition", "")]
    evs = _events(pipeline, "Coalition aircraft struck a pickup truck outside Shaddadi on Wednesday night. Residents "
                            "told reporters the truck was owned by a local fuel trader. The coalition has fought "
                            "Islamic State in Syria since 2014.")
    assert _pairs(evs) == [("coalition", "")]


def test_a_coalition_strike_on_a_car_said_to_be_an_isis_commanders_is_against_isis(run_text, pipeline):
    text = ("قصفت طائرة مسيرة تابعة للتحالف الدولي سيارة قرب بلدة الشدادي مساء الثلاثاء. "
            "وأفادت مصادر محلية بأن السيارة تعود لقيادي في تنظيم داعش.")
    assert _pairs(run_text(text, "2024-05-10").events) == [("coalition", "isis")]
    evs = _events(pipeline, "Coalition aircraft struck a pickup truck outside Shaddadi on Wednesday night. "
                            "Residents said the truck belonged to an Islamic State commander.")
    assert _pairs(evs) == [("coalition", "isis")]


# --------------------------------------------------------------------------- the other side of a pair: not across incidents

_PAIR_AR = "وقعت اشتباكات عنيفة بين قوات النظام والأسايش في حي طي بالقامشلي مساء الأحد. "
_PAIR_EN = "Fighting broke out between the SDF and Turkish forces near Tal Tamr on Monday. "


def test_a_clash_told_as_another_matter_or_with_unnamed_gunmen_gets_no_side_of_the_pair(run_text):
    for tail in ("وفي سياق آخر، قتل عنصر من الأسايش في اشتباك قرب بلدة تل حميس مساء الأربعاء.",
                 "وقتل عنصر من الأسايش في اشتباك مع مسلحين قرب بلدة تل حميس مساء الأربعاء."):
        pairs = _pairs(run_text(_PAIR_AR + tail, "2024-05-10").events)
        assert pairs[-1][0] == "asayish" and pairs[-1][1] != "syrian_government", tail
    # the fight going on the next day, or gunmen of a side: the same pair
    for tail in ("واشتبكت الأسايش في حي طي مساء الاثنين.",
                 "وهاجم مسلحون تابعون لقوات النظام حاجزاً للأسايش مساء الاثنين."):
        pairs = _pairs(run_text(_PAIR_AR + tail, "2024-05-10").events)
        assert pairs[-1] in (("asayish", "syrian_government"), ("syrian_government", "asayish")), tail


def test_english_a_clash_told_as_another_matter_or_with_unnamed_gunmen_gets_no_side_of_the_pair(pipeline):
    for tail in ("In a separate incident, the SDF clashed near Tal Hamis on Thursday.",
                 "The SDF clashed with gunmen near Tal Tamr on Tuesday."):
        pairs = _pairs(_events(pipeline, _PAIR_EN + tail))
        assert pairs[-1][0] == "sdf" and pairs[-1][1] != "turkey", tail
    pairs = _pairs(_events(pipeline, _PAIR_EN + "The SDF clashed again on the same front on Tuesday."))
    assert pairs[-1] == ("sdf", "turkey")


def test_the_gunmen_told_before_are_no_unnamed_other_side(run_text):
    text = _PAIR_AR + "وقال مصدر أمني إن المسلحين قتلوا عنصراً من الأسايش في اشتباك عند الحاجز مساء الاثنين."
    assert _pairs(run_text(text, "2024-05-10").events)[-1] in (("asayish", "syrian_government"),
                                                                ("syrian_government", "asayish"))


# --------------------------------------------------------------------------- suspects of ordinary crime are not Islamic State

def test_suspects_held_on_another_charge_or_far_from_any_mention_of_isis_are_not_isis(run_text):
    for text in ("ألقت الأسايش القبض على أربعة مطلوبين بتهمة سرقة محال تجارية في حي الهلالية بالقامشلي أمس. "
                 "وكان تنظيم داعش قد تبنى هجوماً على حاجز قرب الشدادي الشهر الماضي.",
                 "اعتقلت الأسايش أمس خمسة من الفارين من مركز لإيواء الأحداث في القامشلي. "
                 "وتعيد الأسايش تنظيم حواجزها في المدينة. "
                 "وتنشط خلايا داعش في ريف دير الزور منذ أشهر."):
        events = run_text(text, "2024-05-10").events
        arrests = [e for e in events if e.sub_event_type == "Arrests"]
        assert [e.actor2_id for e in arrests] == [""], text
        # the pair an arrest wrongly named is no pair for the attack told after it
        assert all(e.actor2_id != "asayish" for e in events if e.actor1_id == "isis"), text


def test_english_suspects_held_on_another_charge_or_far_from_any_mention_of_isis_are_not_isis(pipeline):
    for text in ("The Asayish detained four suspects accused of robbing shops in Qamishli on Monday. "
                 "Separately, ISIS claimed an attack on a checkpoint near Shaddadi.",
                 "The Asayish arrested two runaways from a youth detention centre in Qamishli on Monday. "
                 "Asayish patrols were reinforced across the city. ISIS attacks have increased in the region."):
        evs = _events(pipeline, text)
        assert [e.actor2_id for e in evs if e.sub_event_type == "Arrests"] == [""], text


def test_suspects_arrested_right_after_a_sentence_about_isis_cells_are_still_isis(run_text, pipeline):
    text = ("تواصل قسد حملة أمنية ضد خلايا داعش في ريف الحسكة الجنوبي. "
            "واعتقلت قسد أمس ستة مشتبهين في بلدة الهول.")
    assert ("sdf", "isis") in _pairs(run_text(text, "2024-05-10").events)
    evs = _events(pipeline, "The SDF pressed on with a sweep against ISIS cells south of Hasakah. "
                            "SDF units detained six suspects in al-Hol on Monday.")
    assert [e.actor2_id for e in evs if e.sub_event_type == "Arrests"] == ["isis"]


def test_escapees_recaptured_after_a_break_out_told_earlier_in_the_article_are_still_isis(run_text, pipeline):
    text = ("هاجم عناصر من داعش سجناً في مدينة الحسكة فجر الخميس. "
            "وتمكن عشرات السجناء من الفرار إلى الأحياء المجاورة خلال الفوضى. "
            "وأعلنت قسد مساء الجمعة أنها ألقت القبض على عشرين من الفارين.")
    assert ("sdf", "isis") in _pairs(run_text(text, "2024-05-10").events)
    evs = _events(pipeline, "ISIS fighters stormed a prison in Hasakah on Thursday. Dozens of inmates slipped out into "
                            "nearby streets in the chaos. The SDF said on Friday it had recaptured twenty of the escapees.")
    assert [e.actor2_id for e in evs if e.sub_event_type == "Arrests"] == ["isis"]
