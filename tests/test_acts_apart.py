"""Two acts told in one sentence, each in a clause of its own (arvar probe, 2026-12-07): ``…، في حين
أصيب 4 مدنيين جراء استهداف صاروخي …``، ``…، كما أصيب مقاتلان جراء قصف مدفعي …``. Each clause's toll
is its own act's, and the second act, named as the cause of its own clause's casualties, is no
background of the first. Every sentence here was written for these tests in the style of Syrian
outlets; none is copied from an outlet or from the evaluation reports. Published 2024-03-14.
"""

from __future__ import annotations

import pytest

PUBLISHED = "2024-03-14"


def _coded(events) -> list[tuple]:
    return sorted((e.sub_event_type, e.place_id, e.fatalities or 0, e.injuries or 0) for e in events)


@pytest.mark.parametrize("text, coded", [
    ("أصيب عنصر من قسد بقصف تركي على قرية تل شعير، في حين أصيب 4 مدنيين بقصف تركي على قرية زنده، أمس.",
     [("Shelling/artillery/missile attack", "tal_shaeer", 0, 1), ("Shelling/artillery/missile attack", "zenda", 0, 4)]),
    ("أصيب عنصر من قسد بقصف تركي على قرية تل شعير، في حين أصيب 4 مدنيين جراء استهداف صاروخي تركي على قرية "
     "زنده، أمس.",
     [("Shelling/artillery/missile attack", "tal_shaeer", 0, 1), ("Shelling/artillery/missile attack", "zenda", 0, 4)]),
    ("قُتل عنصر من قسد بقصف مسيرة تركية على ريف عامودا، كما أصيب مقاتلان جراء قصف مدفعي تركي على قرية تل شعير، "
     "اليوم.",
     [("Air/drone strike", "amuda_countryside", 1, 0), ("Shelling/artillery/missile attack", "tal_shaeer", 0, 2)]),
])
def test_each_clause_keeps_its_own_act_and_toll(run_text, text, coded):
    assert _coded(run_text(text, PUBLISHED).events) == coded


@pytest.mark.parametrize("text, coded", [
    # "كما أفادت مصادر" (as sources said): no second act, the toll stays with the strike
    ("استهدفت مسيرة تركية سيارة في ريف عامودا، كما أفادت مصادر محلية، ما أدى لمقتل شخصين.",
     [("Air/drone strike", "amuda_countryside", 2, 0)]),
    # one clause: the killing and its strike are one act
    ("قُتل عنصران من قسد وأصيب ثالث جراء قصف مدفعي تركي على قرية تل شعير، اليوم.",
     [("Shelling/artillery/missile attack", "tal_shaeer", 2, 1)]),
    # a cause in the clause of the act it caused stays its background
    ("نزحت عشرات العائلات من قرى ريف تل تمر، أمس، بسبب القصف التركي.",
     [("Other", "tall_tamr_countryside", 0, 0)]),
])
def test_one_act_stays_one(run_text, text, coded):
    assert _coded(run_text(text, PUBLISHED).events) == coded
