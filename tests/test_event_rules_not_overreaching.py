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

