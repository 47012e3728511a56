"""Date and time expressions in Arabic news text, resolved against the publication date.

Handles what news copy about Qamishli actually says:

- weekdays with a part of the day: ``مساء الثلاثاء``، ``ليلة الأربعاء``،
  ``في وقت متأخر من ليلة الأربعاء``، ``ليلة الثلاثاء- الأربعاء``، ``صباح يوم غد السبت``،
  ``أمس الأحد``، ``اليوم الخميس`` (the most recent such day on or before publication,
  or the next one after ``غد``, and ``الخميس المقبل``/``القادم``: what lies ahead is dated
  ahead, and a called or planned act then is no event);
- ``الخميس الماضي``/``الفائت``/``المنصرم``: a week back when said on that weekday;
- relative words, with a part of the day when given (``فجر اليوم``، ``ظهر أمس``، ``ليلة أمس``):
  ``اليوم`` and ``حالياً`` (now: what goes on at publication) (not ``اليوم ذاته``/``في ذات اليوم``/``عصر ذلك اليوم``: the day just told; not ``اليوم السابق``/``اليوم الثالث``: a day counted from another)، ``أمس``، ``أول أمس`` and ``أمس الأول`` (the day before yesterday; not ``أمس، الأول من …``: a date)، ``غداً``، ``الليلة الماضية``، ``قبل يومين``، ``قبل أيام``،
  ``خلال اليومين الماضيين``، ``خلال الأيام الماضية``، ``خلال الأيام الثلاثة الماضية``،
  ``الأسبوع الماضي``، ``الأسبوع الجاري`` (since its Saturday)، ``مطلع الأسبوع الجاري``;
- explicit dates in Levantine and Egyptian month names, digits of any script or ordinal
  words: ``٢٠ نيسان``، ``العشرين من نيسان/أبريل 2021``، ``نيسان 2021``; a day or a month "of
  last year" (``التاسع من آب من العام الفائت``، ``آب من السنة الماضية``) in the year before
  publication, "of this year" (``من العام الجاري``) in its year; a month "of the same
  year" (``في آب من العام نفسه``) in the year of the date told before it (:func:`same_year_months`);
- a year or a part of one: ``العام الماضي``، ``في السنة الفائتة``، ``في عام 2019``، ``أواخر عام 2022``،
  ``مطلع العام الجاري`` (precision 3; ``منذ`` before it opens an interval). A bare ``عام 2019``
  (``القرار 45 لعام 2021``) is no date. A clause dated only by a year makes no event (the event
  rules: :func:`pipeline.datemath.is_year_level`);
- clock times and ranges: ``من السابعة مساءً حتى العاشرة صباحاً`` (19:00 → 10:00 the
  next day), ``الساعة السابعة مساء``.

Each expression becomes a :class:`~pipeline.records.DateSpan` with ACLED's
``time_precision`` (1 day, 2 a few days or a week, 3 a month).

Why not dateparser: measured on this project's expressions it returns nothing for
Levantine months (نيسان) or Arabic-Indic digits and for part-of-day weekday phrases, and
costs 0.3–40 ms a call, while the pipeline's budget is 1 ms per article. The tables here
are the part it lacks.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections.abc import Callable, Sequence
from dataclasses import replace
from itertools import compress

from .arabic import (
    ARTICLE_PREFIXES,
    PLAIN_PREFIXES,
    NormalisedText,
    Token,
    normalise_phrase,
    positions,
    starts_of,
    tokenise,
    words_of,
)
from .datemath import EARLY, LATE, MIDDLE, months_span
from .datemath import infer_year as _infer_year
from .datemath import weekday_date as _weekday_date
from .records import DateSpan

_WEEKDAYS = {"اثنين": 0, "ثلاثاء": 1, "اربعاء": 2, "خميس": 3, "جمعه": 4, "سبت": 5, "احد": 6}
_MONTHS = {
    "كانون الثاني": 1, "شباط": 2, "اذار": 3, "نيسان": 4, "ايار": 5, "حزيران": 6, "تموز": 7,
    "اب": 8, "ايلول": 9, "تشرين الاول": 10, "تشرين الثاني": 11, "كانون الاول": 12,
    "يناير": 1, "فبراير": 2, "مارس": 3, "ابريل": 4, "مايو": 5, "يونيو": 6, "يونيه": 6,
    "يوليو": 7, "يوليه": 7, "اغسطس": 8, "سبتمبر": 9, "اكتوبر": 10, "نوفمبر": 11, "ديسمبر": 12,
}
#: The first word of each month's name (normalised): a number right before one is a day of the month.
MONTH_FIRST_WORDS = frozenset(name.split()[0] for name in _MONTHS)
_UNITS = ["", "اول", "ثاني", "ثالث", "رابع", "خامس", "سادس", "سابع", "ثامن", "تاسع", "عاشر"]
_TENS = {20: "عشرين", 30: "ثلاثين"}


def _ordinals() -> dict[str, int]:
    out = {}
    for n in range(1, 11):
        out[_UNITS[n]] = n
    out["حادي عشر"] = 11
    for n in range(12, 20):
        out[f"{_UNITS[n - 10]} عشر"] = n
    for tens, word in _TENS.items():
        out[word] = tens
        for u in range(1, 10):
            unit = "حادي" if u == 1 else _UNITS[u]
            out[f"{unit} و{word}"] = tens + u
            out[f"{unit} وال{word}"] = tens + u
    return {k: v for k, v in out.items() if v <= 31}


_ORDINALS = _ordinals()
_HOURS = {
    "واحده": 1, "ثانيه": 2, "ثالثه": 3, "رابعه": 4, "خامسه": 5, "سادسه": 6, "سابعه": 7,
    "ثامنه": 8, "تاسعه": 9, "عاشره": 10, "حاديه عشره": 11, "ثانيه عشره": 12,
}
_PARTS = {
    "مساء": "evening", "صباح": "morning", "ليله": "night", "ليل": "night", "ظهر": "noon",
    "ظهيره": "noon", "فجر": "dawn", "عصر": "afternoon", "منتصف ليله": "midnight", "منتصف ليل": "midnight",
}
_CLOCK_PARTS = {"صباحا": "am", "مساء": "pm", "مساءا": "pm", "ليلا": "night", "ظهرا": "noon", "فجرا": "am", "عصرا": "pm"}


def _alt(words) -> str:
    return "|".join(sorted((re.escape(w).replace(r"\ ", r"\s+") for w in words), key=len, reverse=True))


_B = r"(?<![\w])"
_E = r"(?![\w])"
_WD = rf"ال(?P<wd>{_alt(_WEEKDAYS)})(?:\s*[-–/]\s*(?:ال)?(?P<wd2>{_alt(_WEEKDAYS)}))?"
_WEEKDAY_EXPR = (
    rf"{_B}(?P<since>و?منذ\s+)?[وفبل]?(?P<late>(?:في\s+)?(?:وقت|ساعات|ساعه)\s+متاخره?\s+من\s+)?"
    rf"(?P<aftermid>بعد\s+(?=منتصف))?(?:[وفبل]?(?P<part>{_alt(_PARTS)})\s+)?(?:يوم\s+)?(?:(?P<rel>غدا|غد|امس|اليوم)\s+)?{_WD}"
    rf"(?:\s+(?:(?P<past>(?:ال)?(?:ماضي|فايت|منصرم))|(?P<ahead>(?:ال)?(?:مقبل|قادم))))?{_E}"
)
_REL_EXPR = (
    rf"{_B}(?P<since2>و?منذ\s+)?(?:[وفبل]?(?P<part2>{_alt(_PARTS)})\s+)?[وفبل]?(?P<relonly>(?<!ذات )(?<!نفس )(?<!ذلك )اليوم(?!\s+(?:ذاته|نفسه|التالي|الذي|السابق|الاول|الثاني|الثالث|الرابع|الخامس|السادس|السابع))|(?P<amsfirst>امس\s+الاول)(?!\s+من)|امس|البارحه|غدا|يوم\s+غد|اول\s+امس|(?<!حتي )حاليا|"
    r"(?:ال)?ليله\s+(?:ال)?ماضيه|قبل\s+(?:نحو\s+)?(?:يومين|(?:بضعه\s+|عده\s+)?ايام|اسبوعين|اسبوع|شهر|(?P<agon>\d{1,2}|ثلاثه|اربعه|خمسه|سته|سبعه|ثمانيه|تسعه|عشره)\s+(?P<agou>ايام|اسابيع))|"
    r"(?:خلال\s+)?(?:ال)?يومين\s+(?:ال)?ماضيين|(?:خلال\s+)?(?:ال)?ايام\s+(?:ال)?(?:قليله\s+)?(?:ال)?ماضيه|"
    r"(?:خلال\s+)?(?:ال)?ايام\s+(?:ال)?(?P<lastn>ثلاثه|اربعه|خمسه|سته|سبعه)\s+(?:ال)?ماضيه|"
    r"(?P<weekstart>(?:مطلع|بدايه|اوايل)\s+)?(?:ال)?اسبوع\s+(?:ال)?(?:جاري|حالي)|"
    rf"(?:ال)?اسبوع\s+(?:ال)?ماضي|(?:خلال\s+)?(?:ال)?ساعات\s+(?:ال)?ماضيه){_E}"
)
_DAY = rf"(?P<day>(?:ال)?\d{{1,2}}|(?:ال)?(?:{_alt(_ORDINALS)}))"
_MON = rf"(?P<mon>{_alt(_MONTHS)})(?:\s*[/(]\s*(?P<mon2>{_alt(_MONTHS)})\s*\)?)?"
#: "من العام الماضي/الفائت"، "من السنة الماضية" (the year before publication), "من العام الجاري".
#: "من العام السابق" is the year before the last year the text told (:func:`_which_year`).
_WHICH_YEAR = r"\s+من\s+(?:ال)?(?:عام|سنه)\s+(?:ال)?(?P<{}>ماضي|فايت|منصرم|سابق|جاري|حالي)ه?"
_EXPLICIT = (rf"{_B}(?P<since3>و?منذ\s+)?[وفبل]?{_DAY}\s+(?:من\s+)?(?:شهر\s+)?{_MON}"
             rf"(?:\s+(?:من\s+)?(?:عام\s+|سنه\s+)?(?P<year>\d{{4}})|{_WHICH_YEAR.format('yrel')})?{_E}")
_MONTH_ONLY = (rf"{_B}(?:شهر\s+)?(?P<mon3>{_alt(_MONTHS)})(?:\s*/\s*(?:{_alt(_MONTHS)}))?"
               rf"(?:\s+(?:من\s+)?(?:عام\s+)?(?P<year3>\d{{4}})|{_WHICH_YEAR.format('yrel3')}){_E}")
_HOUR = rf"(?:\d{{1,2}}(?::\d{{2}})?|(?:ال)?(?:{_alt(_HOURS)}))"
_CP = _alt(_CLOCK_PARTS)
_TIME_RANGE = (
    rf"{_B}(?:اعتبارا\s+)?من\s+(?:ال)?(?:ساعه\s+)?(?P<h1>{_HOUR})(?:\s+(?P<p1>{_CP}))?(?:\s+(?:يوم\s+)?(?:ال)?(?:{_alt(_WEEKDAYS)}))?"
    rf"\s+(?:حتي|الي|ولغايه|لغايه)\s+(?:ال)?(?:ساعه\s+)?(?P<h2>{_HOUR})(?:\s+(?P<p2>{_CP}))?{_E}"
)
#: "20-7-2023", "20/7/2023" (day, month, year).
_NUMERIC = rf"{_B}(?P<since4>و?منذ\s+)?(?P<nd>\d{{1,2}})\s*[-/]\s*(?P<nm>\d{{1,2}})\s*[-/]\s*(?P<ny>\d{{4}}){_E}"
#: "الشهر الماضي" (the previous month), "الشهر الجاري" (this month up to publication).
_MONTH_REL = rf"{_B}(?P<since5>و?منذ\s+)?[وفبل]?(?:ال)?شهر\s+(?:ال)?(?P<mwhich>ماضي|منصرم|فايت|جاري|حالي){_E}"
#: "تشرين الأول الماضي"، "في شهر آب الفائت": the last such month before the month of publication.
_MONTH_PAST = (rf"{_B}(?P<since7>و?منذ\s+)?[وفبل]?(?:ال)?(?:شهر\s+)?(?P<mon7>{_alt(_MONTHS)})"
               rf"(?:\s*/\s*(?:{_alt(_MONTHS)}))?\s+(?:ال)?(?:ماضي|فايت|منصرم){_E}")
#: "في أيار"، "أواخر شهر نيسان"، "خلال آب": a month named alone after a word that makes it a time
#: (no day, no year, no الماضي): the latest such month up to publication.
_MONTH_BARE = (rf"{_B}(?P<since8>و?منذ\s+)?[وفبل]?(?:في|خلال|مطلع|اواخر|منتصف|اوايل|بدايه|نهايه)\s+(?:شهر\s+)?"
               rf"(?P<mon8>{_alt(_MONTHS)})(?:\s*/\s*(?:{_alt(_MONTHS)}))?{_E}"
               rf"(?!\s*/|\s+(?:ال)?(?:ماضي|فايت|منصرم|سابق|جاري|حالي|من\s|عام|سنه|\d))")
#: "الثامن من الشهر الجاري"، "في 27 من الشهر الماضي": a day of this or the previous month.
_DAY_OF_MONTH_REL = (rf"{_B}(?P<since6>و?منذ\s+)?[وفبل]?(?P<dday>(?:ال)?\d{{1,2}}|(?:ال)?(?:{_alt(_ORDINALS)}))\s+من\s+"
                     rf"(?:ال)?شهر\s+(?:ال)?(?P<dwhich>ماضي|منصرم|فايت|جاري|حالي){_E}")
_TIME_ONE = rf"{_B}(?:في\s+)?(?:تمام\s+)?(?:ال)?ساعه\s+(?P<h3>{_HOUR})(?:\s+(?P<p3>{_CP}))?{_E}"
#: A part of a year: "مطلع/بداية/أوائل" its first quarter, "منتصف" its middle, "أواخر/نهاية" its last.
_YEAR_PARTS = {"مطلع": EARLY, "بدايه": EARLY, "اوايل": EARLY, "منتصف": MIDDLE, "اواخر": LATE, "نهايه": LATE}
#: "العام الماضي"، "في السنة الفائتة"، "مطلع العام الجاري"، "منذ العام الماضي" (an interval: background).
_YEAR_REL = (rf"{_B}(?P<since9>و?منذ\s+)?[وفبل]?(?P<yprep>(?:في|خلال)\s+)?(?:(?P<ypart>{_alt(_YEAR_PARTS)})\s+)?"
             rf"(?:ال)?(?:عام|سنه)\s+(?:ال)?(?P<ywhich>ماضي|فايت|منصرم|جاري|حالي)ه?{_E}")
#: "في عام 2019"، "خلال سنة 2020"، "أواخر عام 2022"، "منذ عام 2019": a year told by its number, after
#: a word that makes it a time (a bare "عام 2019" may name a decree's year: "القرار 119 لعام 2019").
_YEAR_NUM = (rf"{_B}(?:(?P<since10>و?منذ)\s+|و?(?:في|خلال)\s+|و?(?P<ypart2>{_alt(_YEAR_PARTS)})\s+)"
             rf"(?:(?:ال)?(?:عام|سنه)\s+)(?P<year10>(?:19|20)\d\d){_E}")

_DATE_RE = re.compile(
    "|".join(f"(?:{p})" for p in (_TIME_RANGE, _TIME_ONE, _NUMERIC, _EXPLICIT, _MONTH_ONLY, _MONTH_PAST, _MONTH_BARE,
                                               _DAY_OF_MONTH_REL, _MONTH_REL, _YEAR_REL, _YEAR_NUM,
                                               _WEEKDAY_EXPR, _REL_EXPR))
)


_AGO_WORDS = {"ثلاثه": 3, "اربعه": 4, "خمسه": 5, "سته": 6, "سبعه": 7, "ثمانيه": 8, "تسعه": 9, "عشره": 10}


def _squash(words: str) -> str:
    """Runs of white space as one space (``"كانون  الثاني"`` → ``"كانون الثاني"``)."""
    return " ".join(words.split())


def _hour(word: str, part: str | None) -> str:
    word = word[2:] if word.startswith("ال") and not word[0].isdigit() else word
    word = _squash(word)
    if word[0].isdigit():
        h, _, m = word.partition(":")
        hour, minute = int(h), int(m or 0)
    else:
        hour, minute = _HOURS[word], 0
    kind = _CLOCK_PARTS.get(part or "", "")
    if kind == "pm" and hour < 12 or kind == "night" and 6 <= hour < 12 or kind == "noon" and hour < 6:
        hour += 12
    elif kind == "am" and hour == 12:
        hour = 0
    return f"{hour % 24:02d}:{minute:02d}"


def _span(nt: NormalisedText, m: re.Match, **kw) -> DateSpan:
    s, e = nt.to_original(m.start(), m.end())
    # trim a leading clitic/space the pattern may have consumed
    return DateSpan(start=s, end=e, text=nt.original[s:e], **kw)


def _after_a_definite_noun(nt: NormalisedText, m: re.Match) -> bool:
    """Whether a bare "العام …" expression follows a definite word (``القائد العام الحالي``، ``الأمين
    العام``): there العام is the adjective "general", not the year."""
    before = nt.text[:m.start()].split()
    if not before or not m.group(0).lstrip("وفبل").startswith("ال"):
        return False
    word = before[-1].lstrip("و")
    return word.startswith("ال") and len(word) > 3


def _resolve(m: re.Match, nt: NormalisedText, published: dt.date) -> DateSpan | None:
    g = m.groupdict()
    if g.get("h1") or g.get("h3"):
        t1 = _hour(g["h1"] or g["h3"], g.get("p1") or g.get("p3") or g.get("p2"))
        t2 = _hour(g["h2"], g.get("p2")) if g.get("h2") else ""
        return _span(nt, m, date_from=published, date_to=published, time_precision=1,
                     time_from=t1, time_to=t2)
    if g.get("nd"):
        try:
            day_given = dt.date(int(g["ny"]), int(g["nm"]), int(g["nd"]))
        except ValueError:
            return None
        return _span(nt, m, date_from=day_given, date_to=day_given, time_precision=1,
                     background=bool(g.get("since4")))
    if g.get("mon8"):  # "في أيار": this year's when it has begun, else last year's
        month = _MONTHS[_squash(g["mon8"])]
        year = published.year if month <= published.month else published.year - 1
        first = dt.date(year, month, 1)
        last = min(published, (first.replace(day=28) + dt.timedelta(days=4)).replace(day=1) - dt.timedelta(days=1))
        return _span(nt, m, date_from=first, date_to=last, time_precision=3, background=bool(g.get("since8")))
    if g.get("mon7"):
        month = _MONTHS[_squash(g["mon7"])]
        year = published.year if month < published.month else published.year - 1
        first = dt.date(year, month, 1)
        last = (first.replace(day=28) + dt.timedelta(days=4)).replace(day=1) - dt.timedelta(days=1)
        return _span(nt, m, date_from=first, date_to=last, time_precision=3, background=bool(g.get("since7")))
    if g.get("dwhich"):
        dword = g["dday"][2:] if g["dday"].startswith("ال") else g["dday"]
        n = int(dword) if dword.isdigit() else _ORDINALS.get(_squash(dword))
        month_start = published.replace(day=1)
        if g["dwhich"] not in ("جاري", "حالي"):
            month_start = (month_start - dt.timedelta(days=1)).replace(day=1)
        try:
            that_day = month_start.replace(day=n) if n else None
        except ValueError:
            return None
        if that_day is None:
            return None
        return _span(nt, m, date_from=that_day, date_to=that_day, time_precision=1,
                     background=bool(g.get("since6")))
    if g.get("mwhich"):
        this = published.replace(day=1)
        if g["mwhich"] in ("جاري", "حالي"):
            a, b = this, published
        else:
            b = this - dt.timedelta(days=1)
            a = b.replace(day=1)
        return _span(nt, m, date_from=a, date_to=b, time_precision=3, background=bool(g.get("since5")))
    if g.get("ywhich") or g.get("year10"):
        # "العام الماضي": the year before publication; "العام الجاري": this year up to publication;
        # "في عام 2019": that year; a part of it ("أواخر العام الماضي") narrows it to its months
        if (g.get("ywhich") in ("جاري", "حالي") and not (g.get("since9") or g.get("yprep") or g.get("ypart"))
                and _after_a_definite_noun(nt, m)):
            return None  # "القائد العام الحالي": "general", an adjective of the noun before it, not a year
        if g.get("year10"):
            year = int(g["year10"])
        else:
            year = published.year if g["ywhich"] in ("جاري", "حالي") else published.year - 1
        if year > published.year:
            return None
        first_month, last_month = _YEAR_PARTS.get(g.get("ypart") or g.get("ypart2") or "", (1, 12))
        a, b = months_span(year, first_month, last_month)
        if a > published:
            return None
        return _span(nt, m, date_from=a, date_to=min(b, published), time_precision=3,
                     background=bool(g.get("since9") or g.get("since10")))
    if g.get("mon"):
        month = _MONTHS[_squash(g["mon"])]
        dword = g["day"]
        day: int | None
        if dword.startswith("ال") and dword[2:3].isdigit():  # "الـ20 من تموز"
            dword = dword[2:]
        if dword[0].isdigit():
            day = int(dword)
        else:
            key = _squash(dword[2:] if dword.startswith("ال") else dword)
            day = _ORDINALS.get(key) or _ORDINALS.get(key.replace(" وال", " و"))
            if day is None:
                return None
        d: dt.date | None
        if g.get("year") or g.get("yrel"):
            # "في التاسع من آب من العام الفائت": that day of the year before publication
            told = int(g["year"]) if g.get("year") else _which_year(g["yrel"], nt, m.start(), published)
            if told is None:
                return None
            year = told
            try:
                d = dt.date(year, month, day)
            except ValueError:
                return None
        else:
            d = _infer_year(published, month, day)
            if d is None:
                return None
        return _span(nt, m, date_from=d, date_to=d, time_precision=1, background=bool(g.get("since3")))
    if g.get("mon3"):
        month = _MONTHS[_squash(g["mon3"])]
        told3 = int(g["year3"]) if g.get("year3") else _which_year(g["yrel3"], nt, m.start(), published)
        if told3 is None:
            return None
        year = told3
        first = dt.date(year, month, 1)
        last = (first.replace(day=28) + dt.timedelta(days=4)).replace(day=1) - dt.timedelta(days=1)
        return _span(nt, m, date_from=first, date_to=last, time_precision=3)
    if g.get("wd"):
        # "غداً الأحد"، "يوم غد السبت"، "يوم الخميس المقبل": the next such day
        future = g.get("rel") in ("غد", "غدا") or bool(g.get("ahead"))
        d1 = _weekday_date(published, _WEEKDAYS[g["wd"]], future)
        if g.get("rel") == "امس":
            d1 = _weekday_date(published - dt.timedelta(days=1), _WEEKDAYS[g["wd"]], False)
        if g.get("past") and d1 >= published:  # "الخميس الماضي" said on a Thursday: a week ago
            d1 -= dt.timedelta(days=7)
        part = _PARTS.get(_squash(g["part"]), "") if g.get("part") else ""
        if g.get("late"):
            part = "late night" if part in ("night", "") else f"late {part}"
        if g.get("wd2") and part == "midnight":
            # "بعد منتصف ليل الخميس – الجمعة": past midnight of that night is the second day
            d1 += dt.timedelta(days=1)
        if g.get("wd2"):
            # "ليلة الثلاثاء- الأربعاء": the night that begins on the first day
            part = part or "night"
        return _span(nt, m, date_from=d1, date_to=d1, time_precision=1, part_of_day=part,
                     background=bool(g.get("since")))
    rel = g.get("relonly")
    if rel:
        rel = _squash(rel)
        one = dt.timedelta(days=1)
        if rel in ("اليوم", "حاليا"):  # "تدور اشتباكات حالياً": what goes on now, the day of publication
            a = b = published
        elif rel in ("امس", "البارحه"):
            a = b = published - one
        elif rel == "اول امس" or g.get("amsfirst"):  # "أول أمس"، "أمس الأول": the day before yesterday
            a = b = published - 2 * one
        elif rel in ("غدا", "يوم غد"):
            a = b = published + one
        elif rel.startswith("قبل"):  # قبل يومين: that day; قبل أيام: within the past week
            a, b = (published - 2 * one,) * 2 if "يومين" in rel else (published - 7 * one, published - one)
            if g.get("agon"):  # "قبل ثلاثة أيام": that day; "قبل ثلاثة أسابيع": that week
                n = int(g["agon"]) if g["agon"].isdigit() else _AGO_WORDS[g["agon"]]
                days = n * (7 if g["agou"] == "اسابيع" else 1)
                a, b = (published - days * one,) * 2 if days < 7 else (published - (days + 3) * one, published - (days - 3) * one)
            elif rel.endswith("اسبوعين"):  # about two weeks: 10 to 17 days back
                a, b = published - 17 * one, published - 10 * one
            elif rel.endswith("اسبوع"):
                a, b = published - 10 * one, published - 4 * one
            elif rel.endswith("شهر"):
                a, b = published - 40 * one, published - 20 * one
        elif g.get("lastn"):  # "خلال الأيام الثلاثة الماضية": those days, up to publication
            a, b = published - _AGO_WORDS[g["lastn"]] * one, published
        elif rel.endswith(("جاري", "حالي")):  # "الأسبوع الجاري": since its Saturday; "مطلع …": its first days
            a = published - dt.timedelta(days=(published.weekday() - 5) % 7)
            b = min(published, a + 2 * one) if g.get("weekstart") else published
        elif "يومين" in rel:
            a, b = published - 2 * one, published - one
        elif "ساعات" in rel:
            a, b = published - one, published
        elif "ليله" in rel:  # الليلة الماضية: the night before publication
            a = b = published - one
        else:  # الأيام الماضية / الأسبوع الماضي
            a, b = published - 7 * one, published - one
        precision = 1 if a == b else 2
        part = _PARTS.get(_squash(g["part2"]), "") if g.get("part2") else ("night" if "ليله" in rel else "")
        return _span(nt, m, date_from=a, date_to=b, time_precision=precision, part_of_day=part,
                     background=bool(g.get("since2")))
    return None


def _keyword_stems() -> set[str]:
    stems = set(_WEEKDAYS) | {m.split()[0] for m in _MONTHS} | {h.split()[0] for h in _HOURS}
    stems |= {"امس", "يوم", "غدا", "غد", "يومين", "ايام", "اسبوع", "اسبوعين", "اسابيع", "ساعه", "ساعات", "بارحه", "ماضيه", "شهر",
              "عام", "سنه", "حاليا"}
    stems |= {str(d) for d in range(10)}
    return stems


_KEY_STEMS = _keyword_stems()
_BACK = 8  # an expression starts at most this many words before its keyword


_KEY_FORMS = frozenset(p + w for w in _KEY_STEMS for p in PLAIN_PREFIXES + ARTICLE_PREFIXES)


def _first_words() -> frozenset[str]:
    """Every word an expression of :data:`_DATE_RE` can start with.

    Read off the grammar: the first word of each alternative, bare or with the article
    where the grammar allows it, behind up to two of the one-letter proclitics و ف ب ل;
    and the day numbers an explicit date starts with (``20 نيسان``، ``و٢٠ نيسان``: one
    or two digits, a longer number cannot start one). Generous on purpose: a word too
    many costs one failed match, a word missing would lose dates
    (``test_keyword_scan_finds_what_the_grammar_finds_everywhere`` checks).
    """
    words = {"اعتبارا", "من", "في", "تمام", "ساعه", "شهر", "منذ", "وقت", "ساعات", "يوم", "غد", "امس",
             "اليوم", "البارحه", "غدا", "اول", "خلال", "يومين", "ايام", "اسبوع", "قبل", "مطلع", "بدايه", "اوايل",
             "اواخر", "منتصف", "نهايه", "بعد", "عام", "سنه", "حاليا"}
    words |= {w.split()[0] for table in (_MONTHS, _PARTS, _ORDINALS, _HOURS) for w in table}
    words |= {"ال" + w for w in words} | {"ال" + w for w in _WEEKDAYS}
    one = ("", "و", "ف", "ب", "ل")
    days = {str(n) for n in range(100)} | {f"{n:02d}" for n in range(10)}
    return frozenset({a + b + w for a in one for b in one for w in words}
                     | {a + d for a in one + ("ال",) for d in days})


_FIRST_FORMS = _first_words()


def word_lists() -> list:
    """The word lists this stage looks tokens up in (for :class:`~pipeline.arabic.Vocabulary`)."""
    return [_KEY_FORMS, _FIRST_FORMS]


def _keyword_positions(tokens: Sequence[Token]) -> list[int]:
    """Indices of the tokens that are a keyword (:data:`_KEY_FORMS`) or start with a digit."""
    keys = positions(tokens, _KEY_FORMS)
    # numbers: tokens that start with a digit (not "ب20"); a token's characters are
    # digits, a-z and Arabic letters, so only a digit sorts before ":"
    words = words_of(tokens)
    numbers = list(compress(range(len(words)), map(":".__gt__, words)))  # w < ":", in one C-level pass
    return sorted(set(keys).union(numbers)) if numbers else keys


def _scan(text: str, tokens=None):
    """Matches of :data:`_DATE_RE`, tried only around keywords (a weekday, month, امس...).

    Equivalent to ``_DATE_RE.finditer`` for this grammar (every expression contains a
    keyword within :data:`_BACK` words of its start, and starts with a word of
    :data:`_FIRST_FORMS`) and about ten times faster, since the big alternation is tried
    only at those words, near a keyword.
    """
    if tokens is None:
        tokens = tokenise(text)
    starts = starts_of(tokens)
    can_start = positions(tokens, _FIRST_FORMS)  # the tokens an expression may start at
    pos = 0
    for k in _keyword_positions(tokens):
        ks = starts[k]
        if ks < pos:
            continue
        # the possible starts up to _BACK words before the keyword, farthest first
        lo = bisect.bisect_left(can_start, k - _BACK)
        for j in can_start[lo:bisect.bisect_right(can_start, k, lo)]:
            st = starts[j]
            if st < pos:
                continue
            m = _DATE_RE.match(text, st)
            if m and m.end() > ks:
                yield m
                pos = m.end()
                break


_YEAR_TOLD = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")


def _which_year(word: str, nt: NormalisedText, start: int, published: dt.date) -> int | None:
    """The year of "من العام الماضي/الجاري/السابق": the year before publication, publication's
    year, or (``السابق``) the year before the last year told before ``start``
    (``في عام 2018 … في العاشر من أيار من العام السابق``: 2017); None when no year was told."""
    if word in ("جاري", "حالي"):
        return published.year
    if word != "سابق":
        return published.year - 1
    told = _YEAR_TOLD.findall(nt.text[:start])
    return int(told[-1]) - 1 if told else None


def find_dates(nt: NormalisedText, published: dt.date, tokens: Sequence[Token] | None = None) -> list[DateSpan]:
    """Find and resolve every date/time expression in a text.

    Parameters
    ----------
    nt : NormalisedText
        The article, normalised (:func:`pipeline.arabic.normalise`).
    published : datetime.date
        Publication date that relative expressions resolve against.
    tokens : list of Token, optional
        ``tokenise(nt.text)`` when the caller has it already.

    Returns
    -------
    list of DateSpan
        In text order. A clock time next to a day expression (within 40 characters, same
        sentence) is folded into that day's span; a clock range that ends earlier than it
        starts runs into the next day.
    """
    spans = [s for m in _scan(nt.text, tokens) if (s := _resolve(m, nt, published)) is not None]
    if not spans:
        return spans
    out: list[DateSpan] = []
    times = [s for s in spans if s.time_from]
    days = [s for s in spans if not s.time_from]
    used: set[int] = set()
    for t in times:
        best, best_gap = None, 41
        for i, d in enumerate(days):
            gap = t.start - d.end if d.end <= t.start else d.start - t.end
            between = nt.original[min(d.end, t.end):max(d.start, t.start)]
            if 0 <= gap < best_gap and "." not in between and "\n" not in between:
                best, best_gap = i, gap
        if best is not None:
            d = days[best]
            used.add(best)
            base = d.date_from
            merged = DateSpan(min(d.start, t.start), max(d.end, t.end),
                              nt.original[min(d.start, t.start):max(d.end, t.end)], base, d.date_to,
                              d.time_precision, d.part_of_day, t.time_from, t.time_to, d.background)
            t = merged
        else:
            t = _clock_on_day_told(t, days, published)
        if t.time_to and t.time_to < t.time_from:
            t.date_to = t.date_from + dt.timedelta(days=1)
        out.append(t)
    out += [d for i, d in enumerate(days) if i not in used]
    out.sort(key=lambda s: s.start)
    return launched_on(times_counted(two_named_days(_join_named_days(same_month_days(same_year_months(out, nt), nt), nt), nt), nt), nt)


#: "…، التي أطلقتها في": a relative clause that tells the day a campaign, operation or truce began.
_LAUNCHED_ON = re.compile(r"(?:^|\s)(?:التي|الذي|والتي|والذي)\s+(?:كانت\s+|كان\s+|قد\s+)*"
                          r"(?:اطلق|بدا|انطلق|بدء|باشر|دشن)\S*\s+(?:\S+\s+)?(?:في|يوم|منذ|بتاريخ)?\s*$")


def launched_on(spans: list[DateSpan], nt: NormalisedText) -> list[DateSpan]:
    """Stage: a day told in a relative clause on when a campaign or operation began (``في إطار
    عملية «الفجر» التي أطلقتها في 20 من كانون الأول``، ``الحملة التي بدأت يوم الأحد``) dates
    the campaign's start: it opens an interval up to publication, as ``منذ`` does (``background``),
    so it neither dates an act told with it by itself nor becomes the article's running date for
    the sentences after it."""
    if "التي" not in nt.text and "الذي" not in nt.text:
        return spans
    return [replace(s, background=True)
            if not s.background and _LAUNCHED_ON.search(normalise_phrase(nt.original[max(0, s.start - 50):s.start]))
            else s for s in spans]


#: "للمرة الثالثة خلال" right before a period: the window the times are counted in.
_TIMES_COUNTED = re.compile(r"(?:^|\s)(?:لل|ل|ف)?مر[ةه]\s+\S+\s+(?:خلال|في|منذ|ضمن)\s*$")


def times_counted(spans: list[DateSpan], nt: NormalisedText) -> list[DateSpan]:
    """Stage: a period told after a count of times (``وأغلقته للمرة الثالثة خلال الشهر الماضي``،
    ``للمرة الثانية في أسبوع``) is the window the times are counted in, not a date of the act (the
    act's own day is told elsewhere, or is the report's): dropped. A period with no count before it
    (``واعتقلت الأسايش خلال الشهر الماضي …``) stays."""
    if "مر" not in nt.original:
        return spans
    return [s for s in spans if not _counts_times(normalise_phrase(nt.original[max(0, s.start - 40):s.start]),
                                                  normalise_phrase(s.text))]


def _counts_times(before: str, told: str) -> bool:
    """Whether a date told as ``told`` after the text ``before`` is a window times are counted in
    (the window word before it, or opening it: ``للمرة الثانية خلال الأيام الماضية``)."""
    if _TIMES_COUNTED.search(before):
        return True
    return bool(_TIMES_BEFORE.search(before)) and told.split(" ", 1)[0] in _WINDOW_WORDS


_TIMES_BEFORE = re.compile(r"(?:^|\s)(?:لل|ل|ف)?مر[ةه]\s+\S+\s*$")
_WINDOW_WORDS = frozenset({"خلال", "في", "منذ", "ضمن"})


def _clock_on_day_told(t: DateSpan, days: list[DateSpan], published: dt.date) -> DateSpan:
    """A clock time with no day beside it (``نحو الساعة السابعة مساءً``) is on the day the text told
    last before it (a one-day expression that dates an event: not a "since" one, nor a day after
    publication, which is a plan's: ``ستقام الجنازة غداً``): the hour of that day's news, not of
    the day of publication. With no such day before it, it stays on the day of publication."""
    told = [d for d in days if d.end <= t.start and not d.background and d.date_to <= published]
    if not told or told[-1].time_precision != 1 or told[-1].date_from != told[-1].date_to:
        return t
    return replace(t, date_from=told[-1].date_from, date_to=told[-1].date_from, time_precision=1)


#: "في آب من العام نفسه"، "خلال شهر أيار من السنة ذاتها": a month of the year just told.
_SAME_YEAR_RE = re.compile(
    rf"{_B}[وفبل]?(?:(?:في|خلال|مطلع|اواخر|منتصف|اوايل|بدايه|نهايه)\s+)?(?:شهر\s+)?(?P<mon>{_alt(_MONTHS)})"
    rf"\s+من\s+(?:ال)?(?:عام|سنه)\s+(?:ال)?(?:نفسه|ذاته){_E}")


def same_year_months(spans: list[DateSpan], nt: NormalisedText) -> list[DateSpan]:
    """Stage: a month told as of "the same year" (``وفي آب من العام نفسه، قتل أربعة …``) is that
    month of the year of the date told before it (``في 25 أيار 2016``), the whole month
    (``time_precision`` 3), not a month of the publication year nor no date at all. With no
    date before it, the year is unknown and the phrase is left undated.

    Parameters
    ----------
    spans : list of DateSpan
        The article's other date expressions, in text order.
    nt : NormalisedText

    Returns
    -------
    list of DateSpan
        ``spans`` with the same-year months added, in text order.
    """
    if "نفسه" not in nt.text and "ذاته" not in nt.text:
        return spans

    def month_of(m: re.Match, told: dt.date) -> tuple[dt.date, dt.date, int]:
        first = dt.date(told.year, _MONTHS[_squash(m["mon"])], 1)
        return first, (first.replace(day=28) + dt.timedelta(days=4)).replace(day=1) - dt.timedelta(days=1), 3

    return _of_the_date_told(spans, nt, _SAME_YEAR_RE, month_of)


def _of_the_date_told(spans: list[DateSpan], nt: NormalisedText, pattern: re.Pattern,
                      resolve: Callable[[re.Match, dt.date], tuple[dt.date, dt.date, int] | None]) -> list[DateSpan]:
    """``spans`` with a span added for each match of ``pattern`` that the date told last before it
    resolves (``resolve(match, that date's first day)`` → first day, last day, precision; None:
    not a date), in text order; a match with no date before it is left undated."""
    added = []
    for m in pattern.finditer(nt.text):
        s, _ = nt.to_original(m.start(), m.end())
        before = [d for d in spans if d.end <= s]
        got = resolve(m, before[-1].date_from) if before else None
        if got is not None:
            added.append(_span(nt, m, date_from=got[0], date_to=got[1], time_precision=got[2]))
    return sorted(spans + added, key=lambda d: d.start) if added else spans


#: "في الحادي عشر من الشهر نفسه"، "في 20 من الشهر ذاته"، "في الثالث من ذات الشهر": a day of the month just told.
_SAME_MONTH_RE = re.compile(
    rf"{_B}[وفبل]?(?:في\s+)?{_DAY}\s+من\s+(?:(?:ال)?شهر\s+(?:ال)?(?:نفسه|ذاته)|(?:نفس|ذات)\s+(?:ال)?شهر){_E}")


def same_month_days(spans: list[DateSpan], nt: NormalisedText) -> list[DateSpan]:
    """Stage: a day told as of "the same month" (``منذ بدء العملية في التاسع من تشرين الأول، حيث
    انفجرت سيارة مفخخة في الحادي عشر من الشهر نفسه``) is that day of the month and year of the
    date told before it (a "since" date too: its month is told all the same), not no date at
    all. With no date before it the month is unknown and the phrase is left undated.

    Parameters
    ----------
    spans : list of DateSpan
        The article's other date expressions, in text order.
    nt : NormalisedText

    Returns
    -------
    list of DateSpan
        ``spans`` with the same-month days added, in text order.
    """
    if "شهر" not in nt.text or ("نفس" not in nt.text and "ذات" not in nt.text):
        return spans

    def day_of(m: re.Match, told: dt.date) -> tuple[dt.date, dt.date, int] | None:
        dword = m["day"][2:] if m["day"].startswith("ال") else m["day"]
        n = int(dword) if dword.isdigit() else _ORDINALS.get(_squash(dword))
        try:
            day = told.replace(day=n) if n else None
        except ValueError:  # (the 31st of a 30-day month)
            day = None
        return (day, day, 1) if day else None

    return _of_the_date_told(spans, nt, _SAME_MONTH_RE, day_of)


#: What may stand between a weekday and the date that names it: "الأربعاء (18 يناير)".
_JOIN_GAP_RE = re.compile(r"[\s(،,\-–]{1,4}")


def _join_named_days(spans: list[DateSpan], nt: NormalisedText) -> list[DateSpan]:
    """A weekday or relative day followed by the explicit date it names is one expression
    ("اليوم الأربعاء (18 يناير/كانون الثاني)", "منذ مساء الثلاثاء 20 نيسان"): the explicit
    date gives the day (it beats a weekday, which a late report or a wrong publication date
    moves), the weekday its part of the day, and ``منذ`` before either makes it a "since"."""
    out: list[DateSpan] = []
    for s in spans:
        prev = out[-1] if out else None
        if (prev is not None and prev.time_precision == 1 and s.time_precision == 1 and not prev.time_from
                and not s.time_from and s.date_from == s.date_to and _is_explicit(s.text)
                and not _is_explicit(prev.text) and _JOIN_GAP_RE.fullmatch(nt.original[prev.end:s.start])):
            out[-1] = DateSpan(prev.start, s.end, nt.original[prev.start:s.end], s.date_from, s.date_to, 1,
                               prev.part_of_day or s.part_of_day, "", "", prev.background or s.background)
            continue
        out.append(s)
    return out


#: "يومي" right before the first of two days ("يومي الاثنين والثلاثاء").
_TWO_DAYS_BEFORE_RE = re.compile(r"(?:^|\s)[وفبل]?(?:في\s+)?يومي\s*$")


def two_named_days(spans: list[DateSpan], nt: NormalisedText) -> list[DateSpan]:
    """Stage: two days told as "on the two days" (``يومي الاثنين والثلاثاء``، ``يومي السبت والأحد``)
    are one span from the first to the second, not two dates of which the nearer would date the
    act alone. Days told apart (``يوم السبت، وتجددت الأحد``) stay two dates.

    Parameters
    ----------
    spans : list of DateSpan
        The article's date expressions, in text order.
    nt : NormalisedText

    Returns
    -------
    list of DateSpan
        ``spans`` with each such pair joined.
    """
    if "يومي" not in nt.original and "يومى" not in nt.original:
        return spans
    out: list[DateSpan] = []
    for s in spans:
        prev = out[-1] if out else None
        if (prev is not None and prev.time_precision == 1 == s.time_precision and not prev.background
                and not s.background and prev.date_from == prev.date_to and s.date_from == s.date_to
                and prev.date_from < s.date_from <= prev.date_from + dt.timedelta(days=6)
                and s.text.startswith("و") and not nt.original[prev.end:s.start].strip()  # ("و": the second's clitic)
                and _TWO_DAYS_BEFORE_RE.search(normalise_phrase(nt.original[max(0, prev.start - 12):prev.start]))):
            out[-1] = DateSpan(prev.start, s.end, nt.original[prev.start:s.end], prev.date_from, s.date_to, 2,
                               prev.part_of_day)
            continue
        out.append(s)
    return out


def is_explicit_date(text: str) -> bool:
    """Whether a date expression's text names a calendar date: a number (a day or a year) or a
    month's name (``20 نيسان``، ``الحادي عشر من تشرين الأول``، ``آب 2016``), not a weekday
    or a word relative to publication (``أمس``، ``الثلاثاء الماضي``).

    Parameters
    ----------
    text : str
        A :class:`~pipeline.records.DateSpan`'s ``text``.

    Returns
    -------
    bool
    """
    return _is_explicit(text)


def _is_explicit(text: str) -> bool:
    """Whether a date expression's text names a day by number and month."""
    if any(map(str.isdigit, text)):
        return True
    norm = normalise_phrase(text)  # once, not once per month name
    return any(m in norm for m in _MONTHS)
