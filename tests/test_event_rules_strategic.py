"""Arabic rules for the strategic developments the dev reports missed or invented (issue 10):
a device defused, convoys brought in, roads reopened, families driven from a place, and what
reads like an arrest or a truce but is none.

Every sentence here was written for these tests, with facts of its own; none is copied from an
outlet or from the evaluation reports. Each rule is checked both ways where the shape allows: the
sentence it changes, and one of the same shape that stays as it was.
"""

from __future__ import annotations

DISRUPTED = ("Strategic developments", "Disrupted weapons use")
IED = ("Explosions/Remote violence", "Remote explosive/landmine/IED")


def _types(events) -> list[tuple[str, str]]:
    return [(e.event_type, e.sub_event_type) for e in events]


# --------------------------------------------------------------------------- a device made safe


def test_a_bomb_defused_is_disrupted_weapons_use_not_an_explosion(run_text):
    text = "فككت فرق الهندسة التابعة للأسايش صباح اليوم عبوة ناسفة وضعها مجهولون قرب دوار الكورنيش في القامشلي."
    events = run_text(text, "2021-05-03").events
    assert _types(events) == [DISRUPTED]
    assert events[0].place_id == "corniche" and events[0].actor1_id == "asayish"
    assert events[0].date_from.isoformat() == "2021-05-03"
    text = "عثرت دورية لقوات النظام على لغم أرضي في محيط حي غويران بمدينة الحسكة مساء أمس، وتولت وحدة الهندسة تفكيكه."
    assert _types(run_text(text, "2021-05-03").events) == [DISRUPTED]


def test_a_bomb_that_went_off_while_defused_is_still_an_explosion(run_text):
    text = "انفجرت عبوة ناسفة أثناء محاولة عناصر من الأسايش تفكيكها قرب دوار الكورنيش في القامشلي صباح اليوم."
    assert _types(run_text(text, "2021-05-03").events) == [IED]


def test_a_defusal_after_an_attempt_to_plant_is_no_event(run_text):
    text = "وكان مجهولون قد حاولوا الأسبوع الماضي زرع عبوة قرب جسر في ريف الشدادي، إلا أن دورية لقسد عثرت عليها وفككتها."
    assert DISRUPTED not in _types(run_text(text, "2021-05-03").events)


def test_a_defusal_told_before_a_long_subject_still_undoes_the_blast(run_text):
    text = "فككت وحدة من فرق الهندسة في قوى الأمن الداخلي بعد ظهر اليوم عبوة ناسفة مزروعة قرب دوار الكورنيش بالقامشلي."
    assert _types(run_text(text, "2021-05-03").events) == [DISRUPTED]


# --------------------------------------------------------------------------- convoys brought in, vehicles deployed

DEPLOYMENT = ("Strategic developments", "Change to group/activity")


def test_a_convoy_brought_in_is_a_change_to_group_activity(run_text):
    text = "أدخلت القوات الأمريكية مساء أمس رتلاً من 30 شاحنة محملة بمعدات عسكرية إلى ريف المالكية عبر الحدود العراقية."
    events = run_text(text, "2020-03-10").events
    assert _types(events) == [DEPLOYMENT]
    assert events[0].actor1_id == "usa" and events[0].date_from.isoformat() == "2020-03-09"
    text = "وأدخل التحالف الدولي اليوم رتلاً جديداً إلى ريف القحطانية."
    assert _types(run_text(text, "2020-03-10").events) == [DEPLOYMENT]


def test_vehicles_that_spread_out_in_a_village_are_a_deployment(run_text):
    text = "انتشرت عربات تابعة للشرطة العسكرية الروسية صباح اليوم في محيط بلدة القحطانية."
    events = run_text(text, "2020-03-10").events
    assert _types(events) == [DEPLOYMENT]
    assert events[0].actor1_id == "russia"
    # what is brought in that is no force is no deployment
    text = "أدخلت منظمة إغاثية اليوم شاحنات محملة بالطحين إلى بلدة القحطانية."
    assert DEPLOYMENT not in _types(run_text(text, "2020-03-10").events)
