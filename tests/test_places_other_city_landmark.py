"""A landmark the gazetteer keeps in one city, told in another city by a locative before that city
('… وسط الحسكة', '… الخاضع لسيطرة الحكومة وسط مدينة الحسكة'), is a place the gazetteer lacks in
the city the text gives, never the other city's row.

Every sentence here was written for these tests, not copied from a report.
"""

from __future__ import annotations

import pytest


def _ids(result):
    return [m.place_id for m in result.mentions]


@pytest.mark.parametrize("text", [
    "وأزالت قوات الأسايش الحواجز المحيطة بالمربع الأمني وسط الحسكة صباح اليوم.",
    "وأغلقت الأسايش الطرق المؤدية إلى المربع الأمني الخاضع لسيطرة الحكومة وسط مدينة الحسكة.",
    "وتجمع العشرات أمام المربع الأمني داخل مدينة الحسكة للمطالبة بفك الحصار.",
])
def test_a_landmark_of_qamishli_told_in_the_centre_of_hasakah_is_hasakahs(run_text, text):
    ids = _ids(run_text(text))
    assert "security_square" not in ids
    assert "hasakah" in ids


@pytest.mark.parametrize("text", [
    "وأزالت قوات الأسايش الحواجز المحيطة بالمربع الأمني وسط القامشلي صباح اليوم.",
    "وأغلقت الأسايش الطرق المؤدية إلى المربع الأمني، فيما قتل مدني برصاص مجهولين وسط مدينة الحسكة.",
])
def test_the_landmark_in_its_own_city_or_another_clause_stays_the_row(run_text, text):
    assert "security_square" in _ids(run_text(text))
