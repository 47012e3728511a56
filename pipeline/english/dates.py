"""Date expressions in English news text, resolved against the publication date.

What English reports about Qamishli say, and what each becomes (a
:class:`~pipeline.records.DateSpan` with ACLED's ``time_precision``: 1 a day, 2 a few days
or a week, 3 a month):

- explicit dates: ``April 20``, ``20 April 2021``, ``April 20, 2021``, ``on the 20th of
  April``; a year left out is the latest such day no more than a week after publication;
- dates in figures, day first: ``17/10/2023``, ``17.10.2023`` (month first only when the second
  figure cannot be a month: ``10/17/2023``);
- ranges: ``April 20-22``, ``20–22 April``, ``between April 20 and 22`` (precision 2);
- a month: ``in April 2021``, and without a year ``in mid-January``, ``in early July`` (the
  latest such month begun by publication; precision 3); ``last September`` is the latest
  September before the month of publication;
- weekdays, with a part of the day: ``on Tuesday``, ``late on Wednesday``, ``Tuesday
  night``, ``on Wednesday evening``, ``overnight Tuesday``, ``the night of Tuesday to
  Wednesday`` (the most recent such day on or before publication; ``last Tuesday`` said on
  a Tuesday is a week back); an explicit date beside the weekday wins: ``Friday (April
  23)``, ``on Tuesday, April 20`` are the date they state;
- relative words: ``today``, ``this morning``, ``tonight``, ``yesterday`` (``yesterday
  evening``), ``last night``, ``the day before yesterday``, ``two days ago``, ``earlier this
  week``, ``last week``, ``in recent days``, ``over the past two days``, ``in the past 24
  hours``;
- ``two weeks ago`` (the week around that day, precision 2); ``five years ago`` (that calendar
  year, precision 3; inside a phrase describing a noun, ``a landmine planted five years ago
  exploded``, the event rules let it date no act);
- a year or a part of one: ``last year``, ``late last year``, ``earlier this year``, ``in 2019``,
  ``in early 2022``, ``since the end of last year`` and ``so far this year`` (background)
  (precision 3); ``this year`` alone is no date (it may lie ahead). A clause dated only by a year
  makes no event (:func:`pipeline.datemath.is_year_level`), unless the year lies inside a phrase
  describing a noun (``a landmine planted by ISIS in 2016 exploded``: the event rules let it date
  no act);
- dates told from another: ``two days earlier``, ``the day before``, ``the next day``,
  ``later that day``, ``the same day``
  (resolved from the publication date here; the event rules move them to the date the text
  has just told, :func:`anchored_offset`);
- ``since``: ``since Tuesday``, ``since April 20`` open an interval: the span is marked
  ``background`` and dates no event by itself (``from Thursday's strike`` is that day's act,
  not an interval).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from ..arabic import NormalisedText
from ..datemath import EARLY, LATE, MIDDLE, months_span
from ..datemath import infer_year as _infer_year
from ..datemath import weekday_date as _weekday_date
from ..records import DateSpan

WEEKDAYS = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6}
MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7, "august": 8,
    "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9, "oct": 10,
    "nov": 11, "dec": 12,
}
PARTS = {"morning": "morning", "afternoon": "afternoon", "evening": "evening", "night": "night",
         "dawn": "dawn", "noon": "noon", "midday": "noon", "midnight": "midnight", "overnight": "night"}
_NUMBER_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "several": 3, "a few": 3, "few": 3}


def _alt(words) -> str:
    return "|".join(sorted(map(re.escape, words), key=len, reverse=True))


_WD = _alt(WEEKDAYS)
_MON = _alt(MONTHS)
_FULL_MON = _alt(m for m in MONTHS if len(m) > 3 and m != "may" or m == "june" or m == "july")
_PART = _alt(PARTS)
_ORD = r"(?:st|nd|rd|th)?"
_B, _E = r"(?<![\w])", r"(?![\w])"
_POSS = r"(?:['’]s)?"
def _lead(n: str) -> str:
    """``since``/``late``/``on`` before a date (group names ending in ``n``: each alternative has its own)."""
    return rf"(?:(?P<since{n}>since|from)\s+)?(?P<late{n}>(?:late|early|earlier|later)\s+(?:on\s+|in\s+)?)?(?:on\s+|by\s+)?"
# an explicit date, month first or day first, with an optional year and an optional second day
_DATE_MD = rf"(?P<mon>{_MON})\.?\s+(?P<day>\d{{1,2}}){_ORD}(?:\s*(?:-|–|to|and)\s*(?P<day2>\d{{1,2}}){_ORD})?(?:,?\s+(?P<year>\d{{4}}))?"
_DATE_DM = rf"(?:the\s+)?(?P<dday>\d{{1,2}}){_ORD}(?:\s*(?:-|–|to|and)\s*(?P<dday2>\d{{1,2}}){_ORD})?\s+(?:of\s+)?(?P<dmon>{_MON})\.?(?:,?\s+(?P<dyear>\d{{4}}))?"
# a weekday before the date: "Friday (April 23)", "on Tuesday, April 20", "Tuesday 20 April"
_WD_BEFORE = rf"(?:(?P<xwd>{_WD}){_POSS}(?:\s+(?P<xpart>{_PART}))?\s*[,(]?\s*)?"
_EXPLICIT = (rf"{_B}{_lead('')}(?:between\s+)?{_WD_BEFORE}(?:{_DATE_MD}|{_DATE_DM})"
             rf"(?:\s*\)?\s*(?:-|–|to|and)\s*(?:{_WD}\s*,?\s*)?(?P<day3>\d{{1,2}}){_ORD})?(?:\s*\))?"
             rf"(?:,?\s+(?P<ly>last\s+year))?{_E}")
_MONTH_ONLY = (rf"{_B}(?:(?P<since_m>since)\s+)?(?:in\s+|during\s+|early\s+|late\s+|mid-?\s*)?(?P<mmon>{_MON})\s+(?P<myear>\d{{4}}){_E}|"
               rf"{_B}(?:(?P<since_n>since)\s+|in\s+|during\s+|(?P<last_n>last)\s+)(?:(?:early|late|mid)-?\s*)?(?P<nmon>{_FULL_MON})(?:,?\s+(?P<lyn>last\s+year))?{_E}(?!\s+\d)")
_WEEKDAY = (
    rf"{_B}{_lead('_w')}(?:(?:in\s+)?the\s+(?P<part_of>{_PART})\s+of\s+)?(?:(?P<last>last|this\s+past|past)\s+)?"
    rf"(?:(?P<overnight>overnight)\s+(?:on\s+|into\s+)?)?(?P<wd>{_WD}){_POSS}"
    rf"(?:\s*(?:-|–|/|to|into)\s*(?P<wd2>{_WD}))?(?:\s+(?P<part>{_PART}))?(?:\s+(?P<last2>last))?{_E}"
)
#: ``three months ago``, ``the dispute goes back five months``, ``dates back two months``: that month.
_MONTH_COUNTS = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
                 "nine": 9, "ten": 10, "eleven": 11}
_MONTHS_BACK = (rf"(?:(?:about|some|nearly|almost|around)\s+)?(?:{_alt(_MONTH_COUNTS)}|\d{{1,2}})\s+months?\s+ago|"
                rf"(?:goes|go|went|going|dates|date|dated|dating)\s+back\s+(?:(?:about|some|nearly|almost|around)\s+)?"
                rf"(?:{_alt(_MONTH_COUNTS)}|\d{{1,2}})\s+months?")
_RELATIVE = (
    rf"{_B}(?:(?P<since_r>since)\s+)?(?P<rel>"
    r"(?:earlier\s+|late\s+|later\s+)?today|this\s+(?:morning|afternoon|evening)|tonight|"
    r"the\s+day\s+before\s+yesterday|(?:late\s+|early\s+)?yesterday(?:\s+(?:morning|afternoon|evening|night))?|"
    r"(?:late\s+)?last\s+night|overnight|"
    r"(?:(?:two|three|four|five|six|several|a\s+few|few|\d)\s+)?days\s+ago|a\s+day\s+ago|"
    r"earlier\s+in\s+the\s+week|(?:over|at|during|on)\s+the\s+weekend|(?:this|last)\s+weekend|"
    r"(?:earlier\s+)?this\s+week|last\s+week|last\s+month|earlier\s+this\s+month|(?:in\s+|over\s+|during\s+)?(?:the\s+)?(?:recent|past|last)\s+(?:few\s+|two\s+|three\s+|several\s+)?days|"
    r"(?:in\s+|over\s+|during\s+|within\s+)?the\s+(?:past|last)\s+(?:24|twenty-four|48|forty-eight)\s+hours|"
    r"(?:a|one|two|three|four|five|six|seven|\d)\s+days?\s+(?:earlier|before|later)|"
    r"the\s+(?:day|night|evening)\s+before|the\s+previous\s+(?:day|night|evening)|"
    r"the\s+(?:following|next)\s+(?:day|morning|night|evening)|a\s+day\s+later|"
    r"(?:later|earlier)\s+(?:that|the\s+same)\s+day|(?:on\s+)?(?:that\s+same|the\s+same)\s+day|"
    r"(?:a|one|two|three|four|\d)\s+weeks?\s+ago|"
    rf"{_MONTHS_BACK}"
    rf"){_E}"
)
#: A year: ``last year``, ``late last year``, ``earlier this year``, ``so far this year`` (a running
#: count: background), ``in 2019``, ``in early 2022``, ``during 2020``, ``since 2019`` (background).
#: Words that may follow a year told as a time ("in 2019 the SDF …", "in 2019, when …"); any other
#: word makes the number a count ("resulted in 2000 families fleeing").
_AFTER_A_YEAR = ("and", "when", "after", "before", "as", "while", "until", "amid", "during", "in", "on", "at",
                 "by", "with", "the", "a", "an", "that", "which", "following", "to", "from", "for", "but", "or",
                 "was", "were", "had", "has", "it", "they", "he", "she", "its", "their")
_YEAR_PARTS = {"early": EARLY, "mid": MIDDLE, "late": LATE, "start": EARLY, "beginning": EARLY, "middle": MIDDLE,
               "end": LATE}
_YEAR = (rf"{_B}(?:(?P<since_y2>since)\s+)?(?:(?:the\s+)?(?P<ypart3>start|beginning|middle|end)\s+of\s+)?"
         rf"(?:(?P<ypart>early|late|mid)-?\s*)?(?P<yrel>last\s+year|earlier\s+this\s+year|this\s+year|"
         rf"(?P<sofar>so\s+far\s+this\s+year)){_E}|"
         rf"{_B}(?:(?P<since_y>since)\s+|in\s+|during\s+|throughout\s+)(?:(?P<ypart2>early|late|mid)-?\s*)?"
         rf"(?P<ynum>(?:19|20)\d\d){_E}(?!\s*[-–/]\s*\d)(?!\s+(?!{_alt(_AFTER_A_YEAR)}\b)[A-Za-z])")
#: A date in figures, day first as the region's outlets write it: ``17/10/2023``, ``17.10.2023``,
#: ``17-10-2023`` (a day above 12 in the second place is read month first: ``10/17/2023``).
_NUMERIC = (rf"{_B}(?:(?P<since_d>since)\s+)?(?:on\s+)?(?P<nd1>\d{{1,2}})(?P<nsep>[/.-])(?P<nd2>\d{{1,2}})(?P=nsep)"
            rf"(?P<nyear>(?:19|20)\d\d){_E}")
#: Whole years back: ``five years ago``, ``two years ago`` (that calendar year; precision 3, so a
#: clause dated only so tells an old episode, no event of the day).
_YEARS_BACK = (rf"{_B}(?:(?:about|some|nearly|almost|around|more\s+than|over)\s+)?"
               rf"(?P<yago>a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{{1,2}})\s+years?\s+ago{_E}")
_DATE_RE = re.compile("|".join(f"(?:{p})" for p in (_NUMERIC, _EXPLICIT, _MONTH_ONLY, _WEEKDAY, _RELATIVE, _YEARS_BACK,
                                                      _YEAR)))
_YEARS_BACK_COUNTS = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
                      "nine": 9, "ten": 10, "eleven": 11, "twelve": 12}


_ANCHORED_RE = re.compile(
    r"(?P<same>(?:later|earlier)\s+that\s+day|(?:that\s+)?(?:the\s+)?same\s+day)|"
    r"(?P<n>a|one|two|three|four|five|six|seven|\d)\s+days?\s+(?P<dir>earlier|before|later)|"
    r"the\s+(?:(?:day|night|evening)\s+(?P<before>before)|(?P<previous>previous)\s+\w+|(?P<next>following|next)\s+\w+)",
    re.IGNORECASE)
_SMALL = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7}


def anchored_offset(text: str) -> int | None:
    """Days from the date just told: ``two days earlier`` → -2, ``the next day`` → 1; None
    for an expression that is not anchored to another date.

    Examples
    --------
    >>> anchored_offset("Two days earlier"), anchored_offset("the following day"), anchored_offset("on Tuesday")
    (-2, 1, None)
    """
    m = _ANCHORED_RE.search(text)
    if m is None:
        return None
    if m.group("same"):
        return 0
    if m.group("n"):
        n = int(m.group("n")) if m.group("n").isdigit() else _SMALL[m.group("n").lower()]
        return n if m.group("dir").lower() == "later" else -n
    return 1 if m.group("next") else -1


_INTERVAL_RE = re.compile(
    r"(?:(?:just|only|exactly|barely|about|some|nearly|almost|roughly|around)\s+)?"
    r"(?P<over>(?:little\s+)?(?:over|more\s+than)\s+)?"
    r"(?:(?P<n>an?|one|two|three|four|five|six|seven|\d{1,2}|(?:a\s+)?few|several)\s+)?"
    r"(?P<unit>hours?|days?|weeks?|fortnight)", re.IGNORECASE)


def interval_back(text: str) -> tuple[int, int] | None:
    """Days back, as a (fewest, most) pair, that an interval told before ``after`` spans: the
    span between an act and the later event it is set against (``came three days after``).

    A count of days is exact; ``days`` or ``a few days`` is two to seven; weeks are that many
    weeks give or take two days (``just over a week``: one to three days more); ``hours`` is the
    same day or the one before. None for anything else (months, years: too far to date a day by).

    Examples
    --------
    >>> interval_back("three days"), interval_back("just over a week"), interval_back("two weeks")
    ((3, 3), (8, 10), (12, 16))
    >>> interval_back("days"), interval_back("hours"), interval_back("nine years") is None
    ((2, 7), (0, 1), True)
    """
    m = _INTERVAL_RE.fullmatch(text.strip())
    if m is None:
        return None
    n, unit = (m.group("n") or "").lower(), m.group("unit").lower()
    count = int(n) if n.isdigit() else 1 if n in ("a", "an", "one") else _SMALL.get(n)
    if unit.startswith("hour"):
        return (0, 1) if not n or count is None or count < 24 else None
    if unit == "fortnight":
        unit, count = "weeks", 2
    if unit.startswith("day"):
        if count is None:
            return (2, 7)  # "days", "a few days", "several days"
        return (count + 1, count + 3) if m.group("over") else (count, count)
    if count is None:
        return (10, 28)  # "weeks", "a few weeks"
    days = 7 * count
    return (days + 1, days + 3) if m.group("over") else (days - 2, days + 2)


def _part(g: dict, *keys: str) -> str:
    for k in keys:
        if g.get(k):
            return PARTS[g[k]]
    return ""


def _late(g: dict, part: str) -> str:
    word = (g.get("late") or g.get("late_w") or "").split()
    if not word or word[0] not in ("late", "early"):
        return part
    return f"{word[0]} {part or 'night' if word[0] == 'late' else part or 'morning'}".strip()


def _resolve(m: re.Match, published: dt.date) -> dict | None:
    """The fields of the DateSpan a match makes (without offsets), or None."""
    g = m.groupdict()
    since = bool(g.get("since") or g.get("since_w") or g.get("since_m") or g.get("since_r"))
    if since and re.search(r"['’]s$", m.group(0).rstrip()) and m.group(0).lstrip().lower().startswith("from"):
        since = False  # "the toll from Thursday's strike": that day's act, not an interval from it
    if g.get("nyear"):
        day, month = int(g["nd1"]), int(g["nd2"])
        if month > 12 >= day:
            day, month = month, day  # "10/17/2023": month first
        try:
            d = dt.date(int(g["nyear"]), month, day)
        except ValueError:
            return None
        if d > published + dt.timedelta(days=7):
            return None
        return {"date_from": d, "date_to": d, "time_precision": 1, "part_of_day": "", "background": bool(g.get("since_d"))}
    if g.get("yago"):
        n = int(g["yago"]) if g["yago"].isdigit() else _YEARS_BACK_COUNTS[g["yago"]]
        a, b = months_span(published.year - n, 1, 12)
        return {"date_from": a, "date_to": b, "time_precision": 3, "part_of_day": "", "background": False}
    if g.get("mon") or g.get("dmon"):
        month = MONTHS[g.get("mon") or g["dmon"]]
        day = int(g.get("day") or g["dday"])
        second = g.get("day2") or g.get("dday2") or g.get("day3")
        year = g.get("year") or g.get("dyear")
        d1: dt.date | None
        try:
            if not year and g.get("ly"):
                d1 = dt.date(published.year - 1, month, day)  # "on 12 March last year"
            else:
                d1 = dt.date(int(year), month, day) if year else _infer_year(published, month, day)
        except ValueError:
            return None
        if d1 is None:
            return None
        d2 = d1
        if second and int(second) > day:
            try:
                d2 = d1.replace(day=int(second))
            except ValueError:
                d2 = d1
        part = _late(g, _part(g, "xpart"))
        return {"date_from": d1, "date_to": d2, "time_precision": 1 if d1 == d2 else 2, "part_of_day": part,
                "background": since}
    if g.get("nmon"):
        # a month with no year: the latest such month that has begun by publication
        month = MONTHS[g["nmon"]]
        year = published.year if month <= published.month else published.year - 1
        if g.get("last_n") and month == published.month:
            year -= 1  # "last September" said in September: a year before
        if g.get("lyn"):
            year = published.year - 1  # "in June last year"
        first = dt.date(year, month, 1)
        last = (first.replace(day=28) + dt.timedelta(days=4)).replace(day=1) - dt.timedelta(days=1)
        return {"date_from": first, "date_to": min(last, published), "time_precision": 3, "part_of_day": "",
                "background": bool(g.get("since_n"))}
    if g.get("mmon"):
        first = dt.date(int(g["myear"]), MONTHS[g["mmon"]], 1)
        last = (first.replace(day=28) + dt.timedelta(days=4)).replace(day=1) - dt.timedelta(days=1)
        return {"date_from": first, "date_to": last, "time_precision": 3, "part_of_day": "", "background": since}
    if g.get("wd"):
        d = _weekday_date(published, WEEKDAYS[g["wd"]])
        if (g.get("last") or g.get("last2")) and d == published:
            d -= dt.timedelta(days=7)
        part = _part(g, "part", "part_of")
        if g.get("overnight") or g.get("wd2"):
            part = part or "night"  # "the night of Tuesday to Wednesday" begins on Tuesday
        return {"date_from": d, "date_to": d, "time_precision": 1, "part_of_day": _late(g, part),
                "background": since}
    if g.get("yrel") or g.get("ynum"):
        return _year(g, published)
    rel = g.get("rel")
    if not rel:
        return None
    rel = " ".join(rel.split())
    one = dt.timedelta(days=1)
    part = next((PARTS[w] for w in rel.split() if w in PARTS), "")
    if rel.endswith("today") or rel.startswith("this ") and rel.split()[1] in PARTS:
        a = b = published
    elif rel == "tonight":
        a = b = published
        part = "night"
    elif "before yesterday" in rel:
        a = b = published - 2 * one
    elif "yesterday" in rel or "last night" in rel or rel == "overnight":
        a = b = published - one
        if "last night" in rel or rel == "overnight":
            part = "night"
    elif anchored_offset(rel) is not None:
        # "two days earlier": from the publication date here; the event rules re-anchor it
        # on the date the text has just told (pipeline.english.events)
        a = b = published + dt.timedelta(days=anchored_offset(rel) or 0)
        if "night" in rel:
            part = "night"
    elif "month" in rel and ("ago" in rel or "back" in rel):
        # "three months ago", "goes back five months": that calendar month
        count = next(w for w in rel.split() if w in _MONTH_COUNTS or w.isdigit())
        n = int(count) if count.isdigit() else _MONTH_COUNTS[count]
        first = published.replace(day=1)
        for _ in range(n):
            first = (first - one).replace(day=1)
        a = first
        b = min((first.replace(day=28) + 4 * one).replace(day=1) - one, published)
        return {"date_from": a, "date_to": b, "time_precision": 3, "part_of_day": "", "background": since}
    elif rel.endswith("ago") and "week" in rel:
        n = 1 if rel.split()[0] in ("a", "one") else int(rel.split()[0]) if rel[0].isdigit() else \
            _NUMBER_WORDS.get(rel.split()[0], 2)
        a, b = published - dt.timedelta(days=7 * n + 3), published - dt.timedelta(days=7 * n - 3)
    elif rel.endswith("ago"):
        n = 1 if rel.startswith("a day") else int(rel.split()[0]) if rel[0].isdigit() else \
            _NUMBER_WORDS.get(" ".join(rel.split()[:-2]), 3)
        if rel.split()[0] in ("several", "few", "a", "days") and not rel.startswith("a day"):
            a, b = published - 7 * one, published - one
        else:
            a = b = published - n * one
    elif rel.endswith("this week"):
        a, b = published - dt.timedelta(days=published.weekday()), published
        if rel.startswith("earlier"):
            b = max(a, published - one)  # before the day it is told on, as "earlier in the week"
    elif rel == "earlier in the week":
        # before the day of publication, since the week's Monday
        a = published - dt.timedelta(days=published.weekday())
        b = max(a, published - one)
    elif rel.endswith("weekend"):
        # the latest weekend begun by publication, Friday to Sunday (the Syrian and the Western
        # weekends); "last weekend" said on a weekend day is the one before
        a = published - dt.timedelta(days=(published.weekday() - 4) % 7)
        if rel.startswith("last") and a >= published - 2 * one:
            a -= 7 * one
        b = min(a + 2 * one, published)
    elif rel == "last week":
        a, b = published - 7 * one, published - one
    elif rel == "last month":
        b = published.replace(day=1) - one
        a = b.replace(day=1)
    elif rel == "earlier this month":
        a = published.replace(day=1)
        b = max(a, published - one)  # before the day it is told on
    elif rel.endswith("hours"):
        hours = 48 if ("48" in rel or "forty" in rel) else 24
        a, b = published - (hours // 24) * one, published
    elif "days" in rel:
        n = 2 if " two " in f" {rel} " else 3 if " three " in f" {rel} " else 7
        a, b = published - n * one, published - one
    else:
        return None
    if a == b and not part and rel.startswith("late "):
        part = "late night"
    precision = 3 if rel.endswith("month") else 1 if a == b else 2
    return {"date_from": a, "date_to": b, "time_precision": precision, "part_of_day": part, "background": since}


def _year(g: dict, published: dt.date) -> dict | None:
    """A year or a part of one (:data:`_YEAR`), up to publication; precision 3."""
    rel = " ".join((g.get("yrel") or "").split())
    if rel == "this year" and not (g.get("since_y2") or g.get("ypart3")):
        return None  # "this year" alone may be ahead ("elections this year"): only "since/the start of this year"
    year = int(g["ynum"]) if g.get("ynum") else published.year - 1 if rel == "last year" else published.year
    if year > published.year:
        return None
    first_month, last_month = _YEAR_PARTS.get(g.get("ypart3") or g.get("ypart") or g.get("ypart2") or "", (1, 12))
    a, b = months_span(year, first_month, last_month)
    if rel == "earlier this year":
        b = published - dt.timedelta(days=1)
    if a > published or b < a:
        return None
    return {"date_from": a, "date_to": min(b, published), "time_precision": 3, "part_of_day": "",
            "background": bool(g.get("since_y") or g.get("since_y2") or g.get("sofar"))}


def find_dates(nt: NormalisedText, published: dt.date) -> list[DateSpan]:
    """Every date expression of an English text, resolved.

    Parameters
    ----------
    nt : NormalisedText
        The article, normalised (:func:`pipeline.arabic.normalise`: lower-case Latin letters,
        offsets kept).
    published : datetime.date
        The publication date relative expressions resolve against.

    Returns
    -------
    list of DateSpan
        In text order; ``text == original[start:end]``. A leading ``on``/``since`` is part of
        the span; ``background`` is True after ``since``.
    """
    filed = _dateline(nt.original, published)
    anchor = filed[2] if filed is not None else published
    out = []
    for m in _DATE_RE.finditer(nt.text):
        fields = _resolve(m, anchor)
        if fields is None:
            continue
        s, e = nt.to_original(m.start(), m.end())
        if filed is not None and s >= filed[0] and e <= filed[1]:
            fields["background"] = True  # the day the copy was filed, no event's
        out.append(DateSpan(start=s, end=e, text=nt.original[s:e], **fields))
    return _ranges(nt, out)


#: A wire's dateline with the day it was filed: ``QAMISHLI, Syria, Jan 21 (Reuters) -``,
#: ``DAMASCUS, Aug. 10 (Xinhua) --``, ``KurdWatch, December 11, 2015—`` (a capitalised place or
#: outlet, an optional country, a month and a day, then an optional year and the agency in brackets,
#: or a year and a long dash; a roundup line, ``Amuda, March 10 - A drone …``, is none).
_DATELINE_RE = re.compile(
    rf"^[A-Z][A-Za-z'’. -]{{1,30}},(?:\s*[A-Z][A-Za-z'’. -]{{1,30}},)?\s*(?P<mon>{_alt(m.capitalize() for m in MONTHS)})"
    rf"\.?\s+(?P<day>\d{{1,2}})(?:(?:,?\s+(?P<year>\d{{4}}))?\s*\(|,?\s+(?P<year2>\d{{4}})\s*[—–])", re.MULTILINE)


def _dateline(original: str, published: dt.date) -> tuple[int, int, dt.date] | None:
    """The offsets and the day of a wire dateline among the first three lines, when that day is
    at most a week before publication (or on it): relative dates (``on Thursday``) are told from
    the day the copy was filed, and the dateline's own date dates no event."""
    head = "\n".join(original.split("\n")[:3])
    m = _DATELINE_RE.search(head)
    if m is None:
        return None
    month, day = MONTHS[m.group("mon").lower()], int(m.group("day"))
    year = m.group("year") or m.group("year2")
    try:
        filed = dt.date(int(year), month, day) if year else _infer_year(published, month, day)
    except ValueError:
        return None
    if filed is None or not published - dt.timedelta(days=7) <= filed <= published:
        return None
    end = m.end("year") if m.group("year") else m.end("year2") if m.group("year2") else m.end("day")
    return m.start("mon"), end, filed


_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_WEEKDAY_RANGE_RE = re.compile(r"^from\s+(?P<a>\w+day)\s+(?:to|until|till|through)\s+(?P<b>\w+day)$", re.IGNORECASE)
_RANGE_LINK_RE = re.compile(r"^\s+(?:to|until|till|through)\s+(?:on\s+)?$", re.IGNORECASE)


def _ranges(nt: NormalisedText, spans: list[DateSpan]) -> list[DateSpan]:
    """``from Tuesday to Thursday``, ``from April 20 to April 22``, ``from Jan. 12 until Jan.
    15``, ``between Tuesday and Thursday``: the days from the first date to the second (a range, precision 2), not a time
    since the first (``since``/``from`` alone stays background). A range longer than a month
    or running backwards is left as it was."""
    out: list[DateSpan] = []
    i = 0
    while i < len(spans):
        a = spans[i]
        w = _WEEKDAY_RANGE_RE.match(a.text.strip())
        if w is not None and a.background and w.group("a").lower() in _WEEKDAYS and w.group("b").lower() in _WEEKDAYS:
            days = (_WEEKDAYS.index(w.group("b").lower()) - _WEEKDAYS.index(w.group("a").lower())) % 7
            if days:
                out.append(replace(a, date_to=a.date_from + dt.timedelta(days=days), time_precision=2,
                                   background=False, part_of_day=""))
                i += 1
                continue
        b = spans[i + 1] if i + 1 < len(spans) else None
        opened = a.background and a.text.lower().startswith("from ") \
            and b is not None and _RANGE_LINK_RE.match(nt.original[a.end:b.start]) is not None
        between = nt.original[max(0, a.start - 8):a.start].lower().rstrip().endswith("between") \
            and b is not None and nt.original[a.end:b.start].strip().lower() == "and"
        if b is not None and (opened or between) and a.date_from < b.date_to <= a.date_from + dt.timedelta(days=31):
            out.append(DateSpan(start=a.start, end=b.end, text=nt.original[a.start:b.end], date_from=a.date_from,
                                date_to=b.date_to, time_precision=2, part_of_day="", background=False))
            i += 2
            continue
        out.append(a)
        i += 1
    return out
