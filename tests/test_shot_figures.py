"""Shootings at a named kind of civilian (issue 10): gunmen who fire at a village head, a
shepherd, a doctor or a tribal elder attack a civilian; it is not an armed clash.

Every sentence here was written for these tests; none is copied from an outlet or a dev report.
"""

from __future__ import annotations

VAC = ("Violence against civilians", "Attack")
CLASH = ("Battles", "Armed clash")


def _types(events):
    return [(e.event_type, e.sub_event_type) for e in events]


def test_firing_at_a_village_head_or_an_elder_is_an_attack_on_civilians(run_text):
    for text in (
        "أطلق مسلحون مجهولون النار على مختار إحدى القرى في ريف عامودا مساء الأحد، ولاذوا بالفرار.",
        "وأطلق ملثمون النار على المختار أمام منزله في بلدة تل حميس فجر اليوم.",
        "أطلق مجهولون النار على راعٍ قرب قرية في ريف الدرباسية صباح الإثنين.",
        "وأطلق مسلحان النار على طبيب أثناء خروجه من عيادته في حي الهلالية مساء أمس.",
    ):
        types = _types(run_text(text, "2020-07-14").events)
        assert VAC in types and CLASH not in types, (text, types)


def test_firing_at_a_patrol_stays_a_clash(run_text):
    types = _types(run_text("أطلق مسلحون مجهولون النار على دورية للأسايش في ريف عامودا مساء الأحد.", "2020-07-14").events)
    assert CLASH in types and VAC not in types, types


def test_a_wounding_told_by_a_pronoun_counts_its_wounded(run_text):
    r = run_text("أطلق مسلحون مجهولون النار على مختار إحدى القرى في ريف عامودا مساء الأحد، ما أدى إلى إصابته "
                 "بجروح خطيرة.", "2020-07-14")
    attacks = [e for e in r.events if e.event_type == "Violence against civilians"]
    assert attacks and attacks[0].injuries == 1 and not attacks[0].fatalities, attacks
    r = run_text("استهدفت مسيرة تركية دراجة نارية تقل شقيقين قرب قرية في ريف القحطانية صباح اليوم، ما أدى إلى "
                 "إصابتهما بجروح.", "2020-07-14")
    assert [e.injuries for e in r.events if e.event_type == "Explosions/Remote violence"] == [2]
    r = run_text("أطلق مسلحون النار على سيارة مختار قرية في ريف عامودا مساء الأحد، ونجا من الهجوم دون إصابته "
                 "بأذى.", "2020-07-14")
    assert all(not e.injuries for e in r.events), [(e.sub_event_type, e.injuries) for e in r.events]
