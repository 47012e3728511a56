"""A place's other name given a few words on in its clause ('… التي يطلق عليها التنظيم اسم “…”',
'المعروف باسم «…»') is a mention of the same place; a name given to something else after a
comma is not.

Every sentence here was written for these tests, not copied from a report.
"""

from __future__ import annotations

import pytest


def _mentions(result):
    return {m.text: (m.place_id, m.unresolved_name) for m in result.mentions}


@pytest.mark.parametrize("text, other, same_as", [
    ("وشن طيران التحالف غارة على قرية تل الدبس التي يطلق عليها التنظيم اسم “تل النصر” جنوب الحسكة.",
     "تل النصر", "قرية تل الدبس"),
    ("وسقطت قذيفة في حي الغربية المعروف باسم «الحارة الغربية» في القامشلي.",
     "الحارة الغربية", "حي الغربية"),
    ("واقتحم المسلحون قرية أم الخير التي يسميها الأهالي باسم “أم الخيرات” غربي تل تمر.",
     "أم الخيرات", "قرية أم الخير"),
])
def test_a_name_given_to_the_place_is_the_same_place(run_text, text, other, same_as):
    found = _mentions(run_text(text))
    assert other in found and found[other] == found[same_as]


def test_a_name_given_after_a_comma_is_not_the_places(run_text):
    found = _mentions(run_text("وقصفت المدفعية قرية تل الدبس، وأطلق الأهالي على الحملة اسم “الصمود”."))
    assert "الصمود" not in found
