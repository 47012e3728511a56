"""Displacement told as outlets tell it (issue 10: strategic developments on the blind sets were
0.74): a flight still under way since a recent day (``تشهد القرى منذ مساء الأحد حركة نزوح``), a
wave caused by fighting that has gone on for weeks, families who reached shelters in a town
(the town is where they went, not where they fled from), and young men who fled the villages
around a raid. Every sentence here was written for these tests; none is copied from an outlet
or from the evaluation reports.
"""

from __future__ import annotations

import pytest

DISPLACEMENT = ("Strategic developments", "Other")


def _displacements(events) -> list:
    return [e for e in events if (e.event_type, e.sub_event_type) == DISPLACEMENT]


@pytest.mark.parametrize("text, place", [
    ("وتشهد قرى ريف عامودا منذ مساء الأحد حركة نزوح كثيفة باتجاه مدينة الحسكة.", "amuda_countryside"),
    ("وتشهد بلدة تل تمر منذ صباح أمس موجة نزوح، بعدما غادر مئات الأهالي منازلهم.", "tall_tamr"),
    ("وتشهد القرى الحدودية شمال الدرباسية منذ ليل السبت حركة نزوح واسعة نحو الجنوب.", "darbasiyah"),
])
def test_a_flight_under_way_since_a_recent_day_is_a_displacement(run_text, text, place):
    events = _displacements(run_text("قتل مدني بقصف تركي على القامشلي اليوم. " + text, "2019-10-14").events)
    assert len(events) == 1
    assert events[0].place_id.startswith(place)
    assert "2019-10-12" <= str(events[0].event_date) <= "2019-10-14"


def test_an_uncounted_flight_a_recurring_shelling_caused_stays_no_event(run_text):
    text = "وتسبب القصف المتواصل منذ أسابيع بنزوح العائلات من قرى ريف تل تمر."
    assert _displacements(run_text(text, "2019-11-24").events) == []


def test_a_flight_going_on_for_months_stays_a_summary(run_text):
    text = "قتل مدني بقصف تركي على القامشلي اليوم. وتشهد قرى ريف عامودا منذ أشهر حركة نزوح نحو المدن."
    assert _displacements(run_text(text, "2019-10-14").events) == []


@pytest.mark.parametrize("text", [
    "وتسببت الاشتباكات المتواصلة منذ أسابيع بموجة نزوح جديدة شملت أمس 90 عائلة من قرى ريف تل تمر.",
    "وأدى القصف المستمر منذ أشهر إلى نزوح عشرات العائلات من قرى ريف تل تمر خلال اليومين الماضيين.",
    "ودفعت المعارك الدائرة منذ أسابيع بموجة نزوح جديدة، إذ خرجت 150 عائلة من قرى ريف تل تمر أمس.",
])
def test_how_long_the_cause_lasted_does_not_make_the_flight_a_summary(run_text, text):
    events = _displacements(run_text(text, "2019-11-24").events)
    assert len(events) == 1
    assert events[0].place_id.startswith("tall_tamr")


@pytest.mark.parametrize("text", [
    "نزحت خلال اليومين الماضيين 120 عائلة من قرى ريف تل تمر إلى مدارس الإيواء في مدينة الحسكة.",
    "ووصلت أمس 80 عائلة من قرى ريف تل تمر الغربي إلى مراكز الإيواء في مدينة الحسكة.",
    "وصلت أمس عشرات العائلات القادمة من قرى ريف تل تمر إلى مخيمات النزوح في ريف الحسكة.",
])
def test_the_shelters_town_is_where_families_went_not_where_they_fled(run_text, text):
    events = _displacements(run_text("قصفت القوات التركية قرية أم الكيف اليوم. " + text, "2019-11-24").events)
    assert len(events) == 1
    assert events[0].place_id.startswith("tall_tamr")


@pytest.mark.parametrize("second", [
    "وقال مصدر محلي إن عشرات الشبان من القرى المجاورة فروا خلال الأيام الماضية باتجاه مدينة الحسكة.",
    "وأضاف أن شباناً من القرى المحيطة فروا أمس باتجاه مدينة الحسكة خشية المداهمات.",
])
def test_young_men_fleeing_the_villages_around_a_raid_fled_from_there(run_text, second):
    text = "اعتقلت قسد صباح اليوم 20 شاباً في بلدة تل حميس. " + second
    events = _displacements(run_text(text, "2017-09-12").events)
    assert len(events) == 1
    assert events[0].place_id != "hasakah"
