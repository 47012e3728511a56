"""Arabic tolls: a number that is a day of the month is no count; a number before a person noun counts
the people, not the noun.

Every sentence here was written for these tests; none is copied from a report.
"""

from __future__ import annotations

import pytest


def _tolls(run_text, text, published="2021-04-29"):
    return [(e.fatalities, e.injuries) for e in run_text(text, published).events]


@pytest.mark.parametrize("text, killed", [
    # the day of the month after the verb is a date; the subject before قد is the toll
    ("وكان نحو 30 شخصاً قد قتلوا يوم 20 آذار عام 2015 في تفجيرين استهدفا احتفالاً في الحسكة.", 30),
    ("وكان خمسة مدنيين قد قتلوا في 12 تشرين الأول بقصف تركي على ريف رأس العين.", 5),
    ("وكان ثلاثة أشخاص قد قتلوا يوم 3 شباط بانفجار لغم في ريف الحسكة.", 3),
])
def test_a_day_of_the_month_is_not_the_toll(run_text, text, killed):
    assert [k for k, _ in _tolls(run_text, text)] == [killed]


def test_a_number_after_the_verb_that_is_no_date_is_still_the_toll(run_text):
    # near miss: «مقتل 20» is twenty dead, whatever follows
    assert [k for k, _ in _tolls(run_text, "أسفر القصف التركي على ريف رأس العين اليوم عن مقتل 20 مدنياً.")] == [20]


def test_a_person_noun_with_its_own_number_counts_the_number(run_text):
    assert [k for k, _ in _tolls(run_text, "وكان أربعة رجال قد قتلوا بانفجار لغم في ريف الحسكة أمس.")] == [4]
