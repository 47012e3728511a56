"""Acts across the border, in Turkey or Iraq, are no events of this map (arvar probe, 2026-12-07):
``في ولاية هكاري``، ``في جبل قنديل``، ``قرية … التابعة لزاخو``، a Turkish soldier killed ``في ولاية
شانلي أورفا`` by rockets from Syria. Every sentence here was written for these tests in the style of
Syrian outlets; none is copied from an outlet or from the evaluation reports. Published 2024-03-14.
"""

from __future__ import annotations

import pytest

PUBLISHED = "2024-03-14"


@pytest.mark.parametrize("text", [
    "قتل ثلاثة جنود أتراك في هجوم لحزب العمال الكردستاني في ولاية هكاري جنوب شرقي تركيا، أمس.",
    "قصفت مسيرة تركية موقعاً في جبل قنديل بإقليم كردستان العراق، ما أسفر عن مقتل اثنين.",
    "قتل ثلاثة مدنيين بقصف مدفعي تركي على قرية في ناحية دركار التابعة لزاخو بإقليم كردستان العراق، أمس.",
    "أعلنت وزارة الدفاع التركية مقتل أحد جنودها وإصابة آخر في ولاية شانلي أورفا جراء إطلاق صواريخ من سوريا.",
])
def test_an_act_across_the_border_is_no_event(run_text, text):
    assert run_text(text, PUBLISHED).events == []


@pytest.mark.parametrize("text, place", [
    # the far place is where the guns stand, the villages hit are mapped
    ("قصفت القوات التركية من ولاية ماردين قرى ريف القامشلي أمس.", "qamishli_countryside"),
    ("قصفت القوات التركية المتمركزة في ولاية ماردين قرى ريف القامشلي أمس.", "qamishli_countryside"),
    # a village near the border with a far province
    ("قتل ثلاثة عناصر من قسد بقصف تركي على قرية تل شعير القريبة من الحدود مع ولاية ماردين.", "tal_shaeer"),
])
def test_a_far_place_that_only_says_where_from_keeps_the_event(run_text, text, place):
    assert [e.place_id for e in run_text(text, PUBLISHED).events] == [place]
