"""A body found killed, told as what an event came after (``بعد يومين من عثور الأهالي على جثة
شاب قُتل طعناً``) or with the killing told by its verb or means (``قتل بأداة حادة``، ``خنقاً``), is
an attack on civilians dated when the body was found (issue 10: recaps dated before
publication). Every sentence here was written for these tests; none is copied from an outlet or
from the evaluation reports.
"""

from __future__ import annotations

import pytest

ATTACK = ("Violence against civilians", "Attack")
LEAD = "قتل مسلحون مجهولون رجلاً داخل خيمته في مخيم الهول مساء الاثنين. "


def _attacks(events) -> list[str]:
    return sorted(str(e.date_from) for e in events if (e.event_type, e.sub_event_type) == ATTACK)


@pytest.mark.parametrize("second, day", [
    ("وتأتي الجريمة بعد يومين من عثور الأهالي على جثة شاب قتل بأداة حادة قرب خيمته في المخيم.", "2022-03-12"),
    ("وجاءت الحادثة بعد ثلاثة أيام من عثور سكان المخيم على جثة امرأة قتلت خنقاً.", "2022-03-11"),
    ("وكان سكان المخيم قد عثروا يوم السبت على جثة لاجئ قتل طعناً في القطاع الخامس.", "2022-03-12"),
])
def test_a_body_found_killed_before_is_an_attack_of_its_own(run_text, second, day):
    assert day in _attacks(run_text(LEAD + second, "2022-03-15").events)


def test_a_body_found_drowned_is_no_attack(run_text):
    text = LEAD + "وتأتي الحادثة بعد يومين من عثور الأهالي على جثة طفل غرق في بركة قرب المخيم."
    assert _attacks(run_text(text, "2022-03-15").events) == ["2022-03-14"]
