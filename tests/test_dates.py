"""Date expressions of the seed and of the April 2021 reports, resolved against publication."""

from __future__ import annotations

import datetime as dt

import pytest

from pipeline.arabic import normalise
from pipeline.dates import find_dates

PUB = dt.date(2021, 4, 22)  # Thursday


def one(text, published=PUB):
    spans = find_dates(normalise(text), published)
    assert len(spans) == 1, [s.text for s in spans]
    s = spans[0]
    assert s.text == text[s.start:s.end]
    return s


@pytest.mark.parametrize("text, day, part", [
    ("اندلعت الاشتباكات مساء الثلاثاء", "2021-04-20", "evening"),
    ("عقد اجتماع في مطار القامشلي ليلة الأربعاء", "2021-04-21", "night"),
    ("استقدمت الاسايش في وقت متأخر من ليلة الأربعاء مدرعات", "2021-04-21", "late night"),
    ("في بيان نشرته في وقت متأخر من ليلة الثلاثاء- الأربعاء", "2021-04-20", "late night"),
    ("وأوضح المراسل أن معارك عنيفة جرت الأربعاء", "2021-04-21", ""),
    ("ويعود الأهالي صباح يوم غد السبت", "2021-04-24", "morning"),
])
def test_weekdays_resolve_to_the_most_recent_day(text, day, part):
    s = one(text)
    assert s.date_from.isoformat() == day == s.date_to.isoformat()
    assert s.part_of_day == part
    assert s.time_precision == 1


@pytest.mark.parametrize("text, day, part", [
    # "last Thursday" said on a Thursday is a week ago, not today
    ("وقع الهجوم صباح الخميس الماضي في حي طي", "2021-04-15", "morning"),
    ("الخميس المنصرم", "2021-04-15", ""),
    ("السبت الفائت", "2021-04-17", ""),
    # a part of the day before اليوم / أمس
    ("اندلعت معارك فجر اليوم", "2021-04-22", "dawn"),
    ("سقط قتيلان ظهر أمس", "2021-04-21", "noon"),
    ("اختطف مدني ليلة أمس", "2021-04-21", "night"),
    ("دارت اشتباكات الليلة الماضية", "2021-04-21", "night"),
    ("تعرض حاجز لهجوم قبل يومين", "2021-04-20", ""),
    ("جرت الاشتباكات في ساعة متأخرة من ليل الأربعاء", "2021-04-21", "late night"),
])
def test_past_weekdays_parts_of_relative_days(text, day, part):
    s = one(text)
    assert (s.date_from.isoformat(), s.date_to.isoformat(), s.part_of_day) == (day, day, part)


def test_days_ago_without_a_number_is_the_past_week():
    s = one("انسحبت القوات قبل أيام")
    assert (s.date_from, s.date_to, s.time_precision) == (dt.date(2021, 4, 15), dt.date(2021, 4, 21), 2)


def test_since_marks_background_dates():
    s = one("التوتر المستمر بين الطرفين منذ مساء الثلاثاء")
    assert s.background and s.date_from == dt.date(2021, 4, 20)


@pytest.mark.parametrize("text, a, b, precision", [
    ("تصاعدت الاشتباكات خلال اليومين الماضيين", "2021-04-20", "2021-04-21", 2),
    ("هدأت الاشتباكات اليوم", "2021-04-22", "2021-04-22", 1),
    ("قتل طفل أمس", "2021-04-21", "2021-04-21", 1),
    ("قصف مدفعي استهدف المدينة في نيسان 2021", "2021-04-01", "2021-04-30", 3),
])
def test_relative_words_and_months(text, a, b, precision):
    s = one(text)
    assert (s.date_from.isoformat(), s.date_to.isoformat(), s.time_precision) == (a, b, precision)


@pytest.mark.parametrize("text", ["مساء ٢٠ نيسان", "في 20 نيسان", "في العشرين من نيسان/أبريل 2021", "يوم 20 أبريل"])
def test_explicit_dates_in_any_digits_and_month_names(text):
    spans = find_dates(normalise(text), PUB)
    assert [s.date_from for s in spans] == [dt.date(2021, 4, 20)]


def test_year_is_inferred_near_publication():
    s = one("اشتباكات في 28 كانون الأول", published=dt.date(2022, 1, 3))
    assert s.date_from == dt.date(2021, 12, 28)


def test_clock_range_runs_into_next_day():
    # the humanitarian truce of Friday 23 April 2021, 19:00 → 10:00 Saturday (timeline, Shafaq AR 2021-04-23)
    text = "أعلنت الأسايش هدنة إنسانية مؤقتة يوم الجمعة من السابعة مساءً حتى العاشرة صباحاً"
    s = one(text, published=dt.date(2021, 4, 23))
    assert (s.time_from, s.time_to) == ("19:00", "10:00")
    assert s.date_from == dt.date(2021, 4, 23) and s.date_to == dt.date(2021, 4, 24)


def test_a_clock_time_with_no_day_is_on_the_day_told_before_it():
    # the lead gives the day; the next sentence gives only the hour: Tuesday's hour, not publication day's
    text = ("أصيب مزارعان مساء الثلاثاء بقصف على أطراف قرية في ريف عامودا.\n"
            "وقال شاهد إن القذيفة سقطت قرب الساعة الثامنة مساءً على حقل للقمح.")
    spans = find_dates(normalise(text), PUB)
    clock = next(s for s in spans if s.time_from)
    assert clock.time_from == "20:00" and clock.date_from == clock.date_to == dt.date(2021, 4, 20)
    # with no day told before it, the hour is of the day of publication
    alone = find_dates(normalise(text.split("\n")[1]), PUB)
    assert [(s.time_from, s.date_from) for s in alone] == [("20:00", PUB)]
    # a "since" day dates a state, not the hour: the hour stays on the day of publication
    since = find_dates(normalise("وتتواصل الاشتباكات منذ الثلاثاء.\nوقال شاهد إن القذيفة سقطت قرب الساعة الثامنة مساءً."), PUB)
    assert next(s for s in since if s.time_from).date_from == PUB
    # a day after publication is a plan's: the hour that follows is not put on it (nor after the news)
    plan = find_dates(normalise("وقال المصدر إن الجنازة ستقام غداً.\nوفي الساعة السابعة مساءً انفجرت عبوة ناسفة."), PUB)
    assert next(s for s in plan if s.time_from).date_from == PUB


def test_one_is_not_sunday():
    """'أحد عناصر' (one of the members) is a number, not the weekday الأحد."""
    assert find_dates(normalise("أطلق أحد عناصر الدفاع الوطني النار"), PUB) == []
    assert one("أمس الأحد").date_from == dt.date(2021, 4, 18)


# Every form the date grammar knows, with and without proclitics, for the scan's equivalence
_FORMS = [
    "اندلعت الاشتباكات مساء الثلاثاء", "وفي وقت متأخر من ليلة الأربعاء", "وبمساء الخميس", "فصباح يوم غد السبت",
    "ليلة الثلاثاء- الأربعاء", "منذ مساء الثلاثاء", "منذ أمس", "وأمس الأحد", "واليوم الخميس", "يوم الجمعة",
    "خلال اليومين الماضيين", "والأيام القليلة الماضية", "الأسبوع الماضي", "خلال الساعات الماضية", "أول أمس",
    "البارحة", "غداً", "في ٢٠ نيسان", "و20 نيسان", "ب٢١ نيسان ٢٠٢١", "في العشرين من نيسان/أبريل 2021",
    "الحادي والعشرين من شهر نيسان", "وثالث عشر آذار", "شهر نيسان 2021", "كانون الثاني 2020", "تشرين الأول/أكتوبر 2019",
    "من السابعة مساءً حتى العاشرة صباحاً", "اعتبارا من الساعة 7 مساء يوم الجمعة ولغاية الساعة العاشرة صباحا",
    "في تمام الساعة الثامنة مساء", "الساعة 22:30", "وعند منتصف ليلة الخميس", "عصر الاثنين", "فجر الأحد",
    "أحد عناصر الدفاع الوطني", "عام 2021 في 12 أيار", "يوم 20 أبريل",
]


def test_keyword_scan_finds_what_the_grammar_finds_everywhere():
    """``_scan`` tries the grammar only near keywords; it must miss nothing ``finditer`` finds."""
    from pathlib import Path

    from pipeline.dates import _DATE_RE, _scan

    seed = Path(__file__).resolve().parent.parent / "seeds" / "000_35a237ec7240c52b.txt"
    texts = [normalise(seed.read_text(encoding="utf-8")).text, normalise("، ".join(_FORMS)).text]
    texts += [normalise(f).text for f in _FORMS]
    for text in texts:
        assert [m.span() for m in _scan(text)] == [m.span() for m in _DATE_RE.finditer(text)], text


def test_the_last_three_days_and_this_week_are_ranges():
    _dt = dt
    wed = _dt.date(2023, 6, 14)
    (d,) = find_dates(normalise("وخلال الأيام الثلاثة الماضية نزحت عائلات"), wed)
    assert (d.date_from, d.date_to) == (_dt.date(2023, 6, 11), wed)
    (d,) = find_dates(normalise("وفي مطلع الأسبوع الجاري اعتقلت الأسايش شابين"), wed)
    assert (d.date_from, d.date_to) == (_dt.date(2023, 6, 10), _dt.date(2023, 6, 12))
    (d,) = find_dates(normalise("خلال الأسبوع الجاري"), wed)
    assert (d.date_from, d.date_to) == (_dt.date(2023, 6, 10), wed)


def test_the_same_day_is_not_today():
    _dt = dt
    assert find_dates(normalise("وفي اليوم ذاته اعتقلت الأسايش شابين"), _dt.date(2023, 6, 14)) == []
    assert find_dates(normalise("وفي ذات اليوم اعتقلت الأسايش شابين"), _dt.date(2023, 6, 14)) == []
