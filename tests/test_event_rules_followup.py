"""Arabic follow-up sentences (a new-user trial: a short drone report got an invented second
strike placed on Qamishli, from its second sentence):

(a) a sentence whose weapon is the one already told, definite (المسيرة، القذيفة، العبوة)
    and whose place is a bare back-reference to the place told (القرية، البلدة، الحي), with no
    day, toll or parties of its own, is more evidence of that strike (``weapon_told_again``);
(b) where the wounded or the dead were taken (نقل الجرحى إلى مشفى في …، أسعف إلى …) is never
    the event's place (``evacuation_place``);

while a genuinely new strike told in a second sentence is still extracted.

Every sentence here was written for these tests; none is copied from an outlet or from the
evaluation reports.
"""

from __future__ import annotations

import datetime as dt

AIR = ("Explosions/Remote violence", "Air/drone strike")
SHELLING = ("Explosions/Remote violence", "Shelling/artillery/missile attack")
IED = ("Explosions/Remote violence", "Remote explosive/landmine/IED")

DRONE_ON_TAL_ZIWAN = "قتل مدنيان بقصف طائرة مسيرة تركية استهدف دراجة نارية في قرية تل زيوان صباح اليوم."


def _remote(events) -> list:
    return [e for e in events if e.event_type == "Explosions/Remote violence"]


# --------------------------------------------------------------------------- the trial's report


def test_the_trial_report_is_one_strike_on_the_village(run_text):
    text = ("قتل مدنيان وأصيب ثلاثة آخرون، صباح اليوم الإثنين، بقصف طائرة مسيرة تركية استهدف دراجة نارية "
            "في قرية تل زيوان بريف القامشلي.\n"
            "وقال مصدر محلي إن المسيرة أطلقت صاروخاً قرب مدخل القرية، ونقل الجرحى إلى مشفى في المدينة.\n"
            "وتتكرر الضربات التركية على المنطقة منذ أشهر.")
    events = _remote(run_text(text, "2024-03-11").events)
    assert len(events) == 1
    strike = events[0]
    assert (strike.event_type, strike.sub_event_type) == AIR
    assert strike.place_id == "tal_ziwan" and strike.fatalities == 2
    assert strike.date_from == dt.date(2024, 3, 11)
    # the follow-up sentence is kept as more evidence of the strike
    second = text.index("وقال")
    assert any(s <= second < e for s, e in strike.more_evidence)


# --------------------------------------------------------------------------- (a) the weapon told, the place referred back to


def test_the_drone_told_again_at_the_village_lying_by_a_city_is_the_same_strike(run_text):
    text = ("قتل مزارع بقصف طائرة مسيرة تركية استهدف جراراً زراعياً في قرية تل شعير، صباح اليوم. "
            "وذكر ناشطون أن المسيرة استهدفت الجرار عند أطراف القرية الواقعة شرقي القامشلي.")
    events = _remote(run_text(text, "2024-03-11").events)
    assert [(e.sub_event_type, e.place_id) for e in events] == [(AIR[1], "tal_shaeer")]
    assert events[0].more_evidence


def test_the_shell_told_again_in_the_town_is_the_same_shelling(run_text):
    text = ("سقطت قذيفة مدفعية تركية على بلدة عامودا مساء اليوم. "
            "وقالت مصادر في القامشلي إن القذيفة سقطت على سطح منزل وسط البلدة.")
    events = _remote(run_text(text, "2024-03-11").events)
    assert [(e.sub_event_type, e.place_id) for e in events] == [(SHELLING[1], "amuda")]


def test_the_bomb_told_again_in_the_quarter_is_the_same_blast(run_text):
    text = ("قتل عنصر من الأسايش بانفجار عبوة ناسفة في حي طي صباح اليوم. "
            "وقالت مصادر إن العبوة كانت مزروعة على جانب طريق في الحي قرب دوار زوري.")
    events = _remote(run_text(text, "2024-03-11").events)
    assert [(e.sub_event_type, e.place_id, e.fatalities) for e in events] == [(IED[1], "tayy", 1)]


def test_weapon_told_again_stage_alone(run_text):
    # the stage itself: with the back-reference removed, the named city is news it cannot fold
    from pipeline import events as E

    told = ("قتل مزارع بقصف طائرة مسيرة تركية استهدف جراراً زراعياً في قرية تل شعير، صباح اليوم. "
            "وذكر ناشطون أن المسيرة استهدفت الجرار عند أطراف القرية الواقعة شرقي القامشلي.")
    seen: list[bool] = []
    real = E.weapon_told_again

    def spy(ctx, d):
        r = real(ctx, d)
        seen.append(r is not None)
        return r

    E.weapon_told_again = spy
    try:
        run_text(told, "2024-03-11")
    finally:
        E.weapon_told_again = real
    assert seen == [False, True]


# --------------------------------------------------------------------------- (b) where the wounded were taken


def test_the_hospital_the_wounded_were_taken_to_is_not_the_place(run_text):
    events = _remote(run_text("أصيب ثلاثة مدنيين بقصف مدفعي تركي على ريف عامودا صباح اليوم، "
                              "ونقلوا إلى مشفى في القامشلي.", "2024-03-11").events)
    assert [(e.sub_event_type, e.place_id, e.injuries) for e in events] == [(SHELLING[1], "amuda_countryside", 3)]


def test_a_wounded_man_rushed_to_a_citys_hospital_does_not_move_the_blast(run_text):
    events = _remote(run_text("قتل شاب بانفجار عبوة ناسفة في ريف القامشلي الجنوبي مساء اليوم، "
                              "وأسعف رفيقه المصاب إلى مستشفى الحسكة.", "2024-03-11").events)
    assert [(e.sub_event_type, e.place_id) for e in events] == [(IED[1], "qamishli_southern_countryside")]


def test_a_clinic_in_a_town_the_wounded_reached_is_not_the_place(run_text):
    events = _remote(run_text("أصيب طفلان بقصف مدفعي على ريف عامودا، "
                              "وجرى إسعاف الجريحين إلى مستوصف في بلدة تل حميس.", "2024-03-11").events)
    assert [(e.sub_event_type, e.place_id) for e in events] == [(SHELLING[1], "amuda_countryside")]


def test_bodies_taken_to_a_hospital_make_no_second_strike(run_text):
    text = ("قتل مدنيان بقصف طائرة مسيرة تركية على ريف الدرباسية صباح اليوم. "
            "ونقلت الجثث إلى المشفى الوطني في القامشلي.")
    events = _remote(run_text(text, "2024-03-11").events)
    assert [(e.sub_event_type, e.place_id) for e in events] == [(AIR[1], "darbasiyah_countryside")]


def test_evacuation_place_stage_alone():
    from pipeline.arabic import normalise_phrase
    from pipeline.events import evacuation_place

    def at(sentence: str, place: str) -> bool:
        words = normalise_phrase(sentence).split()
        return evacuation_place(words, words.index(normalise_phrase(place)), 0)

    assert at("ونقل الجرحى إلى مشفى في القامشلي", "القامشلي")
    assert at("وأسعف المصاب إلى عامودا", "عامودا")
    assert at("ونقلتهم سيارات الإسعاف إلى الحسكة", "الحسكة")
    # a hospital hit, reinforcements brought, families heading somewhere: not a taking of the wounded
    assert not at("استهدفت مسيرة محيط مشفى في القامشلي", "القامشلي")
    assert not at("نقلت القوات تعزيزات إلى القامشلي", "القامشلي")
    assert not at("توجهت العائلات إلى الحسكة", "الحسكة")


def test_a_hospital_hit_or_reinforcements_brought_keep_their_place(run_text):
    hit = run_text("استهدفت مسيرة تركية محيط مشفى في بلدة عامودا صباح اليوم.", "2024-03-11").events
    assert [(e.sub_event_type, e.place_id) for e in hit] == [(AIR[1], "amuda")]
    sent = run_text("نقلت قوات الأسايش تعزيزات عسكرية إلى حي طي صباح اليوم.", "2024-03-11").events
    assert [e.place_id for e in sent] == ["tayy"]


# --------------------------------------------------------------------------- a new strike is still news


def test_another_drone_on_another_village_is_a_second_strike(run_text):
    text = DRONE_ON_TAL_ZIWAN + " كما استهدفت مسيرة أخرى سيارة في قرية تل شعير."
    events = _remote(run_text(text, "2024-03-11").events)
    assert sorted(e.place_id for e in events) == ["tal_shaeer", "tal_ziwan"]
    assert all((e.event_type, e.sub_event_type) == AIR for e in events)


def test_the_drone_striking_a_named_village_next_is_a_second_strike(run_text):
    text = DRONE_ON_TAL_ZIWAN + " وبعد ساعة، قصفت المسيرة منزلاً في قرية تل شعير."
    events = _remote(run_text(text, "2024-03-11").events)
    assert sorted(e.place_id for e in events) == ["tal_shaeer", "tal_ziwan"]


def test_a_second_drone_after_the_wounded_were_taken_is_still_a_strike(run_text):
    text = (DRONE_ON_TAL_ZIWAN + " وقال مصدر إن الجرحى نقلوا إلى القامشلي، "
            "فيما استهدفت مسيرة ثانية منزلاً في قرية تل شعير.")
    events = _remote(run_text(text, "2024-03-11").events)
    assert sorted(e.place_id for e in events) == ["tal_shaeer", "tal_ziwan"]


def test_the_drone_back_at_the_village_also_striking_is_one_more_act(run_text):
    # "كما" opens one more act: the stage does not fold it (nor a drone with a toll of its own)
    from pipeline import events as E

    text = DRONE_ON_TAL_ZIWAN + " كما أطلقت المسيرة صاروخاً على منزل في القرية الواقعة شرقي القامشلي."
    seen: list[bool] = []
    real = E.weapon_told_again

    def spy(ctx, d):
        r = real(ctx, d)
        seen.append(r is not None)
        return r

    E.weapon_told_again = spy
    try:
        run_text(text, "2024-03-11")
    finally:
        E.weapon_told_again = real
    assert True not in seen
