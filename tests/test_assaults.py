"""An assault told with اعتدى على (issue 10): government outlets report attacks by one side on
another's patrol or checkpoint, or on residents, with this verb, the attacker between verb and
object. On a patrol, a checkpoint or a position it is an armed clash; on residents or protesters
an attack on civilians. A call to stop assaults or a denial is none.

Every sentence here was written for these tests; none is copied from an outlet or a dev report.
"""

from __future__ import annotations

VAC = ("Violence against civilians", "Attack")
CLASH = ("Battles", "Armed clash")


def _types(events):
    return [(e.event_type, e.sub_event_type) for e in events]


def test_an_assault_on_a_patrol_or_checkpoint_is_a_clash(run_text):
    for text in (
        "اعتدت عناصر من الأسايش صباح اليوم على دورية للجيش في حي حلكو بمدينة القامشلي، ما أدى إلى إصابة جندي.",
        "واعتدى مسلحون من الدفاع الوطني مساء أمس على حاجز للأسايش عند دوار زوري في القامشلي.",
    ):
        types = _types(run_text(text, "2018-09-08").events)
        assert CLASH in types, (text, types)


def test_an_assault_on_residents_is_an_attack_on_civilians(run_text):
    types = _types(run_text("واعتدى عناصر من الأسايش بالضرب على أهالي قرية في ريف القحطانية صباح اليوم، "
                            "وأصيب ثلاثة منهم.", "2018-09-08").events)
    assert VAC in types and CLASH not in types, types


def test_a_call_to_stop_assaults_is_no_event(run_text):
    types = _types(run_text("وطالب الوجهاء الطرفين بالكف عن الاعتداء على الحواجز في مدينة القامشلي.", "2018-09-08").events)
    assert not types, types


def test_an_attacker_with_long_epithets_before_the_object(run_text):
    text = ("اعتدت ميليشيا الأسايش التابعة لما تسمى الإدارة الذاتية المدعومة من القوات الأمريكية صباح اليوم "
            "على دورية للجيش في حي حلكو بالقامشلي.")
    assert CLASH in _types(run_text(text, "2018-09-08").events)


def test_a_family_quarrel_is_no_armed_clash(run_text):
    for text in ("اعتدى رجل على شقيقه بالضرب في حي الهلالية بالقامشلي مساء أمس بسبب خلاف على الميراث.",
                 "واعتدت امرأة على جارتها في قرية قرب عامودا إثر شجار بين العائلتين."):
        assert CLASH not in _types(run_text(text, "2018-09-08").events), text


def test_security_men_assaulting_protesters_is_an_intervention(run_text):
    types = _types(run_text("واعتدت عناصر من الأسايش على متظاهرين تجمعوا أمام مبنى البلدية في الدرباسية صباح اليوم.",
                            "2018-09-08").events)
    assert ("Protests", "Protest with intervention") in types and CLASH not in types and VAC not in types, types
