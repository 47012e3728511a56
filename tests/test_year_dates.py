"""Years and parts of years as dates (pipeline/dates.py, pipeline/english/dates.py): "last year",
"في عام 2019", "أواخر العام الماضي", "since the end of last year". A clause dated only by a year is
a year's summary or an old episode told by its year: it makes no event, and its toll never joins
the news of the day. Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import english_article

from pipeline.arabic import normalise
from pipeline.datemath import YEAR_LEVEL_DAYS
from pipeline.dates import find_dates
from pipeline.english.dates import find_dates as find_english_dates

PUB = dt.date(2024, 7, 3)


def _only(spans, text):
    assert len(spans) == 1, [s.text for s in spans]
    s = spans[0]
    assert s.text == text[s.start:s.end]
    return s


@pytest.mark.parametrize("text, first, last, background", [
    ("وشهدت المنطقة في العام الماضي موجة نزوح", "2023-01-01", "2023-12-31", False),
    ("ارتفعت الأسعار خلال السنة الفائتة بشكل كبير", "2023-01-01", "2023-12-31", False),
    ("بنيت المدرسة في عام 2019 بدعم من منظمة", "2019-01-01", "2019-12-31", False),
    ("تضررت الطرق أواخر عام 2022 بسبب السيول", "2022-10-01", "2022-12-31", False),
    ("عادت العائلات مطلع العام الجاري إلى القرية", "2024-01-01", "2024-03-31", False),
    ("يتكرر انقطاع المياه منذ العام الماضي", "2023-01-01", "2023-12-31", True),
])
def test_arabic_years_resolve_to_their_months(text, first, last, background):
    s = _only(find_dates(normalise(text), PUB), text)
    assert (s.date_from.isoformat(), s.date_to.isoformat(), s.time_precision) == (first, last, 3)
    assert s.background is background


def test_a_decree_year_is_no_date():
    # a bare year after a number names which decree, not when something happened
    assert find_dates(normalise("ونص القرار رقم 45 لعام 2021 على تنظيم المعابر"), PUB) == []


@pytest.mark.parametrize("text, first, last, background", [
    ("Prices rose sharply last year across the region", "2023-01-01", "2023-12-31", False),
    ("The school was built in 2019 with donor money", "2019-01-01", "2019-12-31", False),
    ("Floods damaged the roads in late 2022, residents said", "2022-10-01", "2022-12-31", False),
    ("Water cuts have recurred since the end of last year", "2023-10-01", "2023-12-31", True),
    ("So far this year the council has recorded dozens of cuts", "2024-01-01", "2024-07-03", True),
])
def test_english_years_resolve_to_their_months(text, first, last, background):
    s = _only(find_english_dates(normalise(text), PUB), text)
    assert (s.date_from.isoformat(), s.date_to.isoformat(), s.time_precision) == (first, last, 3)
    assert s.background is background


def test_this_year_alone_is_no_date():
    # it may lie ahead ("elections due this year")
    assert find_english_dates(normalise("Local elections are due this year, officials said"), PUB) == []


def test_a_year_after_today_is_no_date():
    assert find_dates(normalise("وتخطط الإدارة لافتتاح المشفى في عام 2026"), PUB) == []


ENGLISH_REPORT = (
    "Drone strike kills two near Qamishli\n"
    "QAMISHLI, Syria – Two SDF fighters were killed on Tuesday evening when a Turkish drone hit their car near "
    "the village of Tal Ziwan, east of Qamishli.\n"
    "A third person was wounded, a local source said.\n"
    "Last year, Turkish strikes on the Qamishli countryside killed more than twenty people.")


def test_a_years_toll_stays_out_of_the_days_event(pipeline):
    events = pipeline.process(english_article(ENGLISH_REPORT, PUB)).events
    (strike,) = [e for e in events if e.sub_event_type == "Air/drone strike"]
    assert strike.event_date == dt.date(2024, 7, 2)
    assert strike.fatalities == 2 and strike.injuries == 1
    assert not any(is_year_level_event(e) for e in events)


ARABIC_REPORT = (
    "مقتل عنصرين بقصف تركي\n"
    "قُتل عنصران من قسد مساء الثلاثاء باستهداف مسيّرة تركية سيارتهما قرب قرية تل زيوان شرقي القامشلي.\n"
    "وفي العام الماضي، قتلت الغارات التركية على ريف القامشلي أكثر من عشرين شخصاً.\n"
    "وأصيب شخص ثالث بجروح بحسب مصدر محلي.")


def test_an_arabic_years_summary_is_no_event(pipeline):
    result = pipeline.process(english_article(ARABIC_REPORT, PUB, "ar"))
    assert [e.event_date for e in result.events] == [dt.date(2024, 7, 2)]
    assert result.events[0].fatalities == 2
    assert not any(is_year_level_event(e) for e in result.events + [s.event for s in result.set_aside])


RUNNING_COUNT = (
    "انقطاع الكهرباء عن تل تمر\n"
    "قصفت المدفعية التركية صباح اليوم قرية أم الكيف شمال تل تمر.\n"
    "وتسبب القصف بتوقف محطة الكهرباء في البلدة للمرة العاشرة منذ بداية العام الجاري.\n"
    "ولم ترد معلومات عن إصابات.")


def test_a_running_count_since_the_start_of_the_year_dates_nothing(pipeline):
    # a guard: once "منذ بداية العام" is read as a date, it must not date the definite "القصف" told again
    result = pipeline.process(english_article(RUNNING_COUNT, PUB, "ar"))
    everything = result.events + [s.event for s in result.set_aside]
    assert all(e.date_from == PUB for e in everything), \
        [(e.sub_event_type, e.date_from) for e in everything]


def is_year_level_event(e) -> bool:
    return (e.date_to - e.date_from).days > YEAR_LEVEL_DAYS


def test_a_count_after_in_is_no_year():
    text = "The shelling resulted in 2000 families leaving the villages, officials said on Monday."
    assert [s.text for s in find_english_dates(normalise(text), PUB)] == ["on Monday"]


def test_general_after_a_definite_noun_is_no_year():
    # "العام" of "القائد العام" is "general": "الحالي" after it is the commander's, not the year's
    assert find_dates(normalise("انتقد الناشط القائد العام الحالي للقوات في منشور"), PUB) == []


TWO_ARRESTS = (
    "حملة اعتقالات في عامودا\n"
    "أوقفت الأسايش صباح اليوم في عامودا أربعة شبان انضموا إلى خلايا التنظيم في عام 2018.\n"
    "واقتادت دورية ثانية رجلاً آخر من منزله إلى جهة مجهولة.\n"
    "ولم تصدر الأسايش بياناً.")


def test_a_year_in_a_relative_clause_dates_neither_the_event_nor_the_next(pipeline):
    result = pipeline.process(english_article(TWO_ARRESTS, PUB, "ar"))
    arrests = [e for e in result.events if e.sub_event_type == "Arrests"]
    assert arrests and all(e.date_from == e.date_to == PUB for e in arrests), \
        [(e.date_from, e.date_to) for e in arrests]
