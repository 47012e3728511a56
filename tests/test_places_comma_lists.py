"""A plural head's list of villages set off by commas alone, to a final و or a closing bracket
(قرى أ، ب، ج ود؛ قرى (أ، ب، ج)), and commas that open a clause instead (no list).

Every sentence here was written for these tests, not copied from a report; the village names
are made up or chosen to be absent from the gazetteer.
"""

from __future__ import annotations

import pytest


def _unresolved(result):
    return {u.name for u in result.unresolved}


@pytest.mark.parametrize("text, names", [
    ("قصفت المدفعية التركية قرى الطويلة، الكوزلية، الدبيسية والمحمودية بريف تل تمر.",
     {"الطويلة", "الدبيسية", "المحمودية"}),
    ("قصفت المدفعية التركية قرى (الدبيسية، الرحمانية، الحمرة) بريف تل تمر.",
     {"الدبيسية", "الرحمانية", "الحمرة"}),
    ("وشنت طائرات مسيرة غارات على بلدات الهرمية، السعدونية والعزيزية في ريف الحسكة الجنوبي.",
     {"الهرمية", "السعدونية", "العزيزية"}),
    ("ونزحت عائلات من قرى «أم الخير، الرحمانية، الحمرة» باتجاه مدينة الحسكة.",
     {"الرحمانية", "الحمرة"}),
])
def test_names_set_off_by_commas_after_a_plural_head(run_text, text, names):
    assert names <= _unresolved(run_text(text))


@pytest.mark.parametrize("text, names", [
    ("قصفت المدفعية قرى الدبيسية، الواقعة غربي تل تمر، صباح اليوم.", {"الدبيسية"}),
    ("قصفت المدفعية قرى الدبيسية، ما أدى إلى أضرار مادية، ونزحت عائلات من المنطقة.", {"الدبيسية"}),
    ("استهدفت المسيرة قرى الرحمانية، وقتل مدنيان في القصف قرب تل تمر.", {"الرحمانية"}),
])
def test_a_comma_before_a_clause_ends_the_list(run_text, text, names):
    assert _unresolved(run_text(text)) == names
