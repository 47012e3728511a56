"""Protests told as "a similar stand" at another town (``وقفة مماثلة``) and protests whose demand
names how long someone has been held (``معتقلين منذ أشهر``): issue 10, protest recall on the
blind sets was half. Every sentence here was written for these tests; none is copied from an
outlet or from the evaluation reports.
"""

from __future__ import annotations

import pytest

PROTEST = ("Protests", "Peaceful protest")


def _types(events) -> list[tuple[str, str]]:
    return [(e.event_type, e.sub_event_type) for e in events]


LEAD = "نظم العشرات من أهالي الحسكة ظهر اليوم وقفة احتجاجية أمام مبنى البلدية تنديداً بانقطاع المياه. "


@pytest.mark.parametrize("second, place, day", [
    ("وفي مدينة عامودا، شهدت ساحة البلدية وقفة مماثلة.", "amuda", "2021-06-14"),
    ("وفي بلدة الدرباسية، شارك العشرات في وقفة احتجاجية مماثلة وانفضت بهدوء.", "darbasiyah", "2021-06-14"),
    ("وكانت مدينة القامشلي قد شهدت أمس وقفة مماثلة أمام مقر المحافظة.", "qamishli", "2021-06-13"),
    ("وشهدت مدينة عامودا يوم السبت وقفات مماثلة شارك فيها طلاب.", "amuda", "2021-06-12"),
])
def test_a_similar_stand_elsewhere_or_on_its_own_day_is_a_protest(run_text, second, place, day):
    events = run_text(LEAD + second, "2021-06-14").events
    assert _types(events) == [PROTEST, PROTEST]
    assert (events[1].place_id, str(events[1].event_date)) == (place, day)


def test_a_similar_stand_told_as_long_before_stays_background(run_text):
    events = run_text(LEAD + "وكانت مدينة عامودا قد شهدت وقفات مماثلة في أوقات سابقة.", "2021-06-14").events
    assert _types(events) == [PROTEST]


@pytest.mark.parametrize("text", [
    "تظاهر العشرات من أهالي عامودا اليوم للمطالبة بالإفراج عن شبان معتقلين منذ أشهر.",
    "اعتصم ذوو المفقودين اليوم أمام مبنى البلدية في عامودا وطالبوا بالكشف عن مصير أبناء مغيبين منذ سنوات.",
    "نظمت نساء وقفة صامتة ظهر اليوم في ساحة عامودا مطالبات بإطلاق سراح أقارب محتجزين منذ عامين.",
])
def test_a_since_in_the_protests_demand_does_not_make_it_a_running_summary(run_text, text):
    events = run_text(text, "2021-06-14").events
    assert _types(events) == [PROTEST]
    assert events[0].place_id == "amuda"


def test_a_since_before_the_protest_still_sums_up_months(run_text):
    assert run_text("وتشهد مدينة عامودا منذ أشهر مظاهرات للمطالبة بالإفراج عن المعتقلين.", "2021-06-14").events == []
