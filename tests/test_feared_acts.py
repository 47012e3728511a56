"""Acts told as what may follow or what is feared, however far the verb stands before them (arvar
probe, 2026-12-07): ``قد تؤدي أي عملية عسكرية تركية جديدة إلى نزوح …``، ``يخشى أهالي قرى ريف تل تمر
من تجدد القصف``. Every sentence here was written for these tests in the style of Syrian outlets;
none is copied from an outlet or from the evaluation reports. Published 2024-03-14.
"""

from __future__ import annotations

import pytest

PUBLISHED = "2024-03-14"


@pytest.mark.parametrize("text, kind", [
    ("قد تؤدي أي عملية عسكرية تركية جديدة إلى نزوح آلاف العائلات من ريف الحسكة.", "Strategic developments"),
    ("يخشى أهالي قرى ريف تل تمر من تجدد القصف التركي على منازلهم.", "Explosions/Remote violence"),
    ("وأبدى سكان حي طي مخاوف من عودة الاشتباكات بين الأسايش والدفاع الوطني.", "Battles"),
])
def test_a_feared_or_possible_act_is_no_event(run_text, text, kind):
    assert [e for e in run_text(text, PUBLISHED).events if e.event_type == kind] == []


@pytest.mark.parametrize("text, sub", [
    # the act happened; the fear is of its return
    ("قصفت القوات التركية قرية تل شعير أمس، وسط مخاوف من تجدد القصف.", "Shelling/artillery/missile attack"),
    ("نزحت عشرات العائلات من قرية تل شعير أمس خوفاً من تجدد القصف.", "Other"),
    # a renewal told as news
    ("تجدد القصف التركي على قرية تل شعير أمس.", "Shelling/artillery/missile attack"),
])
def test_an_act_that_happened_stays(run_text, text, sub):
    assert [e.sub_event_type for e in run_text(text, PUBLISHED).events] == [sub]


def test_may_after_and(run_text):
    text = "وقد يؤدي التوتر في حي طي إلى اشتباكات جديدة بين الطرفين."
    assert run_text(text, PUBLISHED).events == []
