"""Arabic rules of the eleventh pass kept to what they are about: each cause has sentences that
still fire and near misses that must not (a crowd that is the object, stones in a place name, a
car that caught fire, cyber attacks, thieves who fled, a candle vigil)."""
import pytest

RIOT = ("Riots", "Violent demonstration")
CLASH = ("Battles", "Armed clash")


def _kinds(events) -> list[tuple[str, str]]:
    return [(e.event_type, e.sub_event_type) for e in events]


# --------------------------------------------------------------------------- crowds as the subject

@pytest.mark.parametrize("text", [
    "هاجم مسلحون ملثمون المحتجين قرب دوار البلدية في مدينة الحسكة مساء اليوم وأطلقوا الرصاص باتجاههم.",
    "اقتحم عناصر مجهولون المتظاهرين في ساحة عامودا اليوم وضربوهم بالهراوات.",
    "هاجم مسلحون المشيعين في بلدة الدرباسية ليلة أمس.",
])
def test_protesters_as_the_object_of_an_attack_are_no_riot(run_text, text):
    assert RIOT not in _kinds(run_text(text, "2026-01-12").events)


@pytest.mark.parametrize("text", [
    "دخل عدد من المحتجين قاعة البلدية في القامشلي اليوم، إذ اقتحم المتظاهرون المبنى بشكل سلمي وجلسوا في الممرات.",
    "اقتحم مئات المحتجين مقر المجلس المحلي في عامودا اليوم وسلموا عريضة بمطالبهم.",
    "اعتصم الأهالي أمام مبنى المحافظة في الحسكة اليوم، وهاجم المحتجون في خطاباتهم غلاء الأسعار.",
])
def test_a_peaceful_entry_or_an_attack_in_words_is_no_riot(run_text, text):
    kinds = _kinds(run_text(text, "2026-01-12").events)
    assert RIOT not in kinds and CLASH not in kinds


def test_protesters_counted_before_the_attack_verb_still_riot(run_text):
    # the rule still fires: a count between the verb and the protesters
    text = "اقتحم عدد من المحتجين الغاضبين مقر الحزب في القامشلي اليوم وحطموا أثاثه."
    assert _kinds(run_text(text, "2026-01-12").events) == [RIOT]


# --------------------------------------------------------------------------- stones that are thrown

@pytest.mark.parametrize("text", [
    "دارت اشتباكات بين قسد وعناصر التنظيم بالقرب من كسارة الحجارة في ريف الشدادي اليوم، ما أسفر عن مقتل مقاتل.",
    "اندلعت اشتباكات بين قوات الأسايش ومطلوبين في حي الحجارة بمدينة الحسكة اليوم.",
    "اشتبكت قسد مع خلية لداعش قرب مقالع حجارة البناء شرق الهول اليوم وقتل عنصران.",
])
def test_a_stone_word_in_a_place_leaves_the_clash_armed(run_text, text):
    kinds = _kinds(run_text(text, "2026-01-12").events)
    assert CLASH in kinds and RIOT not in kinds


def test_stones_thrown_in_a_clash_still_make_it_no_armed_clash(run_text):
    text = "اندلع شجار بين عائلتين في حي غويران اليوم، واشتبك الطرفان عبر رمي الحجارة على المنازل."
    assert CLASH not in _kinds(run_text(text, "2026-01-12").events)


# --------------------------------------------------------------------------- counted vehicles that are bombs

IED = ("Explosions/Remote violence", "Remote explosive/landmine/IED")


@pytest.mark.parametrize("text", [
    "انقلبت حافلة على طريق تل تمر اليوم، ثم احترقت سيارة ثانية وانفجرت بعد قليل.",
    "شب حريق في ورشة لتصليح السيارات في حي العنترية اليوم، وانفجرت سيارة ثانية بفعل الحرارة.",
    "اندلعت النيران في مستودع للمحروقات بمدينة الحسكة، وانفجرت سيارة أخرى كانت متوقفة بجانبه.",
])
def test_a_counted_car_that_caught_fire_and_blew_up_is_no_bomb(run_text, text):
    assert IED not in _kinds(run_text(text, "2026-01-12").events)


@pytest.mark.parametrize("text", [
    "انفجرت عبوة ناسفة بسيارة في حي العنترية صباح اليوم، ثم انفجرت سيارة ثانية مفخخة قرب دوار الكورنيش.",
    "شهدت مدينة القامشلي اليوم تفجيرين، إذ انفجرت سيارة أخرى قرب دوار الكورنيش بعد انفجار الأولى.",
])
def test_a_counted_car_told_as_a_bomb_is_still_one(run_text, text):
    assert IED in _kinds(run_text(text, "2019-11-11").events)


# --------------------------------------------------------------------------- the strikes told, again

AIR = ("Explosions/Remote violence", "Air/drone strike")
DRONE = "قصفت مسيرة تركية مساء أمس مستودعاً للحبوب في بلدة القحطانية. "


def _air_sites(events) -> list[str]:
    return sorted(e.place_id for e in events if (e.event_type, e.sub_event_type) == AIR)


@pytest.mark.parametrize("second", [
    "وطالت الهجمات السيبرانية أيضاً الموقع الإلكتروني لمجلس مدينة القامشلي.",
    "واستهدفت الهجمات الإعلامية كذلك مؤسسات الإدارة في مدينة عامودا.",
    "ولم تطل الضربات أيضاً أي منشأة في بلدة الدرباسية.",
    "ولم تسفر الهجمات كذلك عن ضحايا في بلدة الدرباسية المجاورة.",
])
def test_other_attacks_or_strikes_that_did_no_harm_are_no_further_strike(run_text, second):
    assert _air_sites(run_text(DRONE + second, "2023-10-06").events) == ["qahtaniyah"]


def test_the_air_strikes_named_again_still_hit_one_more_site(run_text):
    text = DRONE + "وطالت الضربات الجوية أيضاً محطة الوقود في بلدة الدرباسية."
    assert _air_sites(run_text(text, "2023-10-06").events) == ["darbasiyah", "qahtaniyah"]


# --------------------------------------------------------------------------- who fled

DISPLACED = ("Strategic developments", "Other")


@pytest.mark.parametrize("text", [
    "سطا لصوص على صيدلية في حي العزيزية بمدينة الحسكة ليلة أمس، ثم فروا بالأموال.",
    "أطلق مجهولون النار على سيارة مدنية قرب بلدة تل تمر أمس ثم فروا من المكان.",
    "حاول مهربون عبور الحدود قرب الدرباسية أمس، وعندما لاحقتهم الدورية فروا نحو الأراضي التركية.",
])
def test_culprits_who_fled_are_no_displacement(run_text, text):
    assert DISPLACED not in _kinds(run_text(text, "2026-01-12").events)


@pytest.mark.parametrize("text", [
    "اشتد القصف على قرى ريف تل تمر أمس، وقالت مصادر محلية إن عشرات العائلات فروا نحو مدينة الحسكة.",
    "استهدف القصف قرية أم الكيف أمس، ففرت العائلات باتجاه بلدة تل تمر.",
])
def test_families_who_fled_are_still_displaced(run_text, text):
    assert DISPLACED in _kinds(run_text(text, "2026-01-12").events)


# --------------------------------------------------------------------------- stands that are ceremonies

PROTEST = ("Protests", "Peaceful protest")


@pytest.mark.parametrize("text", [
    "أحيا طلاب مدرسة في بلدة الدرباسية اليوم ذكرى رحيل معلمهم بوقفة شموع في باحة المدرسة.",
    "نظمت عائلات الضحايا في القامشلي اليوم وقفة شموع في حفل تأبين لضحايا حادث السير.",
    "أقيم في مدينة الحسكة اليوم احتفال بعيد النوروز. وفي بلدة عامودا، نظم الأهالي وقفة مماثلة شارك فيها الشبان بالرقص.",
    "افتتحت بلدية القامشلي اليوم حديقة جديدة للأطفال. وفي مدينة الحسكة، شهد الحي وقفة مماثلة بحضور المسؤولين.",
])
def test_a_stand_at_a_ceremony_is_no_protest(run_text, text):
    assert PROTEST not in _kinds(run_text(text, "2026-01-12").events)


def test_a_similar_stand_after_a_protest_is_still_one(run_text):
    text = ("تظاهر العشرات في مدينة القامشلي اليوم احتجاجاً على انقطاع المياه. "
            "وفي بلدة عامودا، نظم الأهالي وقفة مماثلة أمام مبنى البلدية.")
    events = run_text(text, "2026-01-12").events
    assert sorted(e.place_id for e in events if (e.event_type, e.sub_event_type) == PROTEST) == ["amuda", "qamishli"]
