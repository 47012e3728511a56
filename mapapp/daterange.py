"""The date range: its default, the typed dates beside the slider, and the zones' "as of" line.

The default range is the build's latest activity (``activity.json``, :mod:`pipeline.activity`):
the last episode of events (events no more than a week apart), at most its last 14 days,
padded by a day as the slider's bounds are. Data that span years open on their latest
activity, not on years of mostly empty days; a build without ``activity.json`` (older than
this rule) opens on the whole range, as before.

Beside the slider, two typed dates (``st.date_input``) hold the same range: the slider
moves the dates, the dates move the slider, and both write the URL's ``from``/``to``. A
window of a few days stays exact whatever the span of the data.

Zones are drawn as of the end of the range; past the latest day their evidence speaks of
(``zones.geojson``'s ``latest_evidence``, from the build) the line says so.

*Periods*. Over data that span more than :data:`LONG_SPAN_DAYS` days, a slider over the whole span
squeezes a range of days into a few pixels (its two handles on top of each other over 2021-2024).
A **Period** choice above it (:func:`periods`: the whole span, each year's days with events, each
month with events) narrows the slider to that period; the period opens on the narrowest that holds the range
(:func:`period_of`: its month or months, at most three; else its year; else all), so a link's
``from``/``to`` open on a slider that shows them. Choosing a period that does not hold the range
moves the range into it (:func:`range_in`: a month whole, a year's latest activity); typed dates
may go anywhere in the data, and the period follows them.

Typed dates apply when the calendar under them closes (Streamlit's ``st.date_input``): Enter in the
field closes it (:data:`ENTER_APPLIES`, a script in the page), as Escape or a click elsewhere does.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import streamlit as st

#: Session keys of the slider (the range) and of the two typed dates.
RANGE_KEY, FROM_KEY, TO_KEY = "dates", "date_from_typed", "date_to_typed"
#: Session keys of one rerun's callbacks: the slider was moved; the range two typed dates make.
_MOVED_KEY, _TYPED_KEY = "_dates_slider_moved", "_dates_typed"
#: Session key of the bounds the slider was last drawn with.
_BOUNDS_KEY = "_dates_bounds"

#: Session key of the period the slider spans (:func:`periods`), shown over long spans only.
PERIOD_KEY = "date_period"
#: Data spanning more days than this get a Period choice that narrows the slider.
LONG_SPAN_DAYS = 120
#: The most months a period made of a range's own months spans (beyond: its year).
RANGE_MONTHS = 3
#: Days of a year's latest activity a chosen year opens on (as :func:`default_range`'s window).
YEAR_WINDOW_DAYS = 14

#: The typed dates' help: how a typed day is applied (Streamlit's date field applies it when its calendar closes).
TYPED_HELP = ("Type an exact {day} day (any day of the data, whatever the period) and press Enter, or pick it "
              "in the calendar; it applies when the calendar closes (Enter, Escape or a click elsewhere), "
              "and the slider follows")
#: The Period choice's help.
PERIOD_HELP = ("Narrows the slider to a year or a month, so that a few days can be picked in data that span "
               "years. The dates typed under the slider may be any day; the period follows them.")
#: A script in the page: Enter in a date field closes its calendar, which applies the day typed (Streamlit's
#: date field applies a typed day only when its calendar closes: Escape or a click elsewhere; Enter did nothing).
ENTER_APPLIES = (
    "<script>(function(){if(window.__qmapEnterDates)return;window.__qmapEnterDates=true;"
    "document.addEventListener('keydown',function(e){"
    "if(e.key!=='Enter'||e.isComposing||!e.isTrusted)return;"
    "var field=e.target&&e.target.closest&&e.target.closest('[data-testid=stDateInputField]');if(!field)return;"
    "e.preventDefault();e.stopPropagation();"
    "e.target.dispatchEvent(new KeyboardEvent('keydown',{key:'Escape',code:'Escape',keyCode:27,"
    "bubbles:true,cancelable:true}));},true);})();</script>")

#: The rule, as the UI and README state it.
DEFAULT_RULE = ("Opens on the latest activity: the last episode of events (events no more than a week apart), "
                "at most its last 14 days. Drag the slider or type exact dates; both go in the URL.")


def _day(v: Any) -> dt.date | None:
    try:
        return dt.date.fromisoformat(str(v)[:10]) if v else None
    except ValueError:
        return None


def default_range(activity: Mapping[str, Any] | None, bounds: tuple[dt.date, dt.date],
                  pad_days: int = 1) -> tuple[dt.date, dt.date]:
    """The range the app opens on: the build's latest window, padded by ``pad_days`` and kept in ``bounds``.

    Parameters
    ----------
    activity : mapping or None
        ``activity.json``; None (an older build) or no ``latest`` window gives ``bounds``.
    bounds : (date, date)
        The slider's range.
    pad_days : int
        As :func:`mapapp.filters.date_bounds` pads.
    """
    lo, hi = bounds
    latest = (activity or {}).get("latest") or {}
    a, b = _day(latest.get("from")), _day(latest.get("to"))
    if a is None or b is None:
        return bounds
    pad = dt.timedelta(days=pad_days)
    a, b = min(max(a - pad, lo), hi), max(min(b + pad, hi), lo)
    return (a, b) if a <= b else bounds


@dataclass(frozen=True)
class Period:
    """A span the date slider can be narrowed to: ``key`` (``"all"``, ``"2024"``, ``"2024-06"``,
    ``"2024-06..2024-07"``), its words, its first and last day (kept in the data's bounds), and how many
    events begin in it (None when not known)."""

    key: str
    label: str
    lo: dt.date
    hi: dt.date
    events: int | None = None

    def holds(self, a: dt.date, b: dt.date) -> bool:
        return self.lo <= a and b <= self.hi


def _month_end(year: int, month: int) -> dt.date:
    return dt.date(year + month // 12, month % 12 + 1, 1) - dt.timedelta(days=1)


def _clip(lo: dt.date, hi: dt.date, bounds: tuple[dt.date, dt.date]) -> tuple[dt.date, dt.date]:
    return max(lo, bounds[0]), min(hi, bounds[1])


def _event_days(activity: Mapping[str, Any] | None) -> list[tuple[dt.date, int]]:
    out = []
    for d in (activity or {}).get("days") or []:
        day = _day(d.get("day"))
        if day is not None:
            out.append((day, int(d.get("events") or 0)))
    return out


def _counted(label: str, n: int | None) -> str:
    return label if n is None else f"{label} ({n} event{'s' if n != 1 else ''})"


def _months_period(first: tuple[int, int], last: tuple[int, int], bounds: tuple[dt.date, dt.date],
                   days: list[tuple[dt.date, int]]) -> Period:
    lo, hi = _clip(dt.date(first[0], first[1], 1), _month_end(*last), bounds)
    n = sum(k for d, k in days if lo <= d <= hi) if days else None
    a, b = dt.date(first[0], first[1], 1), dt.date(last[0], last[1], 1)
    if first == last:
        return Period(f"{a:%Y-%m}", _counted(f"{a:%b %Y}", n), lo, hi, n)
    label = f"{a:%b} – {b:%b %Y}" if a.year == b.year else f"{a:%b %Y} – {b:%b %Y}"
    return Period(f"{a:%Y-%m}..{b:%Y-%m}", _counted(label, n), lo, hi, n)


def _year_period(year: int, bounds: tuple[dt.date, dt.date], days: list[tuple[dt.date, int]]) -> Period:
    """A year as a period: the days it has events on, a day's margin on each side (a slider over the whole of
    2021 when its events are of 19-30 April squeezes them into a few pixels); the whole year when its events
    are not known."""
    lo, hi = _clip(dt.date(year, 1, 1), dt.date(year, 12, 31), bounds)
    inside = [d for d, n in days if d.year == year and n]
    n = sum(k for d, k in days if d.year == year) if days else None
    if inside:
        pad = dt.timedelta(days=1)
        lo, hi = max(lo, min(inside) - pad), min(hi, max(inside) + pad)
    return Period(str(year), _counted(str(year), n), lo, hi, n)


def periods(bounds: tuple[dt.date, dt.date], activity: Mapping[str, Any] | None = None) -> list[Period]:
    """The periods the slider can span: the whole data, then each year with events (newest first; every year
    when ``activity`` is not known), from its first to its last day with events (:func:`_year_period`), each
    followed by its months with events (newest first; ``activity.json``'s ``days``), all kept in ``bounds``.

    Parameters
    ----------
    bounds : (date, date)
        The data's first and last day (the slider's widest range).
    activity : mapping, optional
        ``activity.json`` (:mod:`pipeline.activity`): the days events begin, with their counts.

    Returns
    -------
    list of Period
    """
    lo, hi = bounds
    days = _event_days(activity)
    total = sum(n for _, n in days) if days else None
    out = [Period("all", _counted(f"All: {lo:%d %b %Y} – {hi:%d %b %Y}", total), lo, hi, total)]
    for year in range(hi.year, lo.year - 1, -1):
        period = _year_period(year, bounds, days)
        if period.events == 0:
            continue  # a year with no event (2022 between reports of 2021 and 2024): no slider to show
        out.append(period)
        months = sorted({(d.year, d.month) for d, _ in days if d.year == year}, reverse=True)
        out += [_months_period(m, m, bounds, days) for m in months]
    return out


def period_of(date_from: dt.date, date_to: dt.date, bounds: tuple[dt.date, dt.date],
              activity: Mapping[str, Any] | None = None) -> Period:
    """The narrowest period that holds the range: its month, or its months when it spans at most
    :data:`RANGE_MONTHS` (``"Jun – Jul 2024"``); else its year; else the whole data."""
    days = _event_days(activity)
    first, last = (date_from.year, date_from.month), (date_to.year, date_to.month)
    months = (last[0] - first[0]) * 12 + last[1] - first[1] + 1
    if months <= RANGE_MONTHS:
        return _months_period(first, last, bounds, days)
    if date_from.year == date_to.year:
        year = _year_period(date_from.year, bounds, days)
        if year.holds(date_from, date_to):
            return year
    return periods(bounds, activity)[0]


def range_in(period: Period, current: tuple[dt.date, dt.date],
             activity: Mapping[str, Any] | None = None) -> tuple[dt.date, dt.date]:
    """The range a chosen period opens on: the current one when the period holds it; else the whole period
    when it is a month or a few; else its latest activity: the last :data:`YEAR_WINDOW_DAYS` days up to its
    last day with events, a day's margin on each side (the whole period when it has none)."""
    if period.holds(*current):
        return current
    if period.key == "all" or (period.hi - period.lo).days < 31 * RANGE_MONTHS:
        return period.lo, period.hi
    inside = [d for d, _ in _event_days(activity) if period.lo <= d <= period.hi]
    if not inside:
        return period.lo, period.hi
    last = max(inside)
    first = min(d for d in inside if d > last - dt.timedelta(days=YEAR_WINDOW_DAYS))
    pad = dt.timedelta(days=1)
    return max(first - pad, period.lo), min(last + pad, period.hi)


def typed_range(start: dt.date | None, end: dt.date | None, current: tuple[dt.date, dt.date],
                bounds: tuple[dt.date, dt.date]) -> tuple[dt.date, dt.date]:
    """The range two typed dates make: kept in ``bounds``; a cleared date keeps the current one;
    an end typed before the start moves the start back to it (and a start after the end the end on)."""
    lo, hi = bounds
    a = min(max(start or current[0], lo), hi)
    b = min(max(end or current[1], lo), hi)
    if b < a:  # the date just typed wins
        if end is not None and end != current[1]:
            a = b
        else:
            b = a
    return a, b


def zones_as_of(as_of: dt.date, latest_evidence: dt.date | str | None) -> str:
    """``control zones as of 11 Mar 2024``, plus ``(latest evidence 28 Apr 2021)`` when ``as_of`` is later,
    or ``: no evidence since 28 Apr 2021 (drawn faded)`` when it is more than
    :data:`mapapp.mapview.STALE_EVIDENCE_DAYS` later (the zones are then drawn faded)."""
    from .mapview import is_stale

    text = f"control zones as of {as_of:%d %b %Y}"
    last = _day(latest_evidence) if not isinstance(latest_evidence, dt.date) else latest_evidence
    if last is not None and is_stale(last, as_of):
        text += f": no evidence since {last:%d %b %Y} (drawn faded)"
    elif last is not None and as_of > last:
        text += f" (latest evidence {last:%d %b %Y})"
    return text


def request(date_from: dt.date, date_to: dt.date) -> None:
    """Ask for a range from a view drawn after the slider (a button, the Add report page): the next run's
    :func:`controls` applies it (kept in the bounds), the slider, the typed dates and the URL following."""
    st.session_state[_TYPED_KEY] = (date_from, date_to)


def _copy_typed(bounds: tuple[dt.date, dt.date]) -> None:
    """on_change of a typed date: the range it makes, applied by :func:`controls` (the slider follows)."""
    s = st.session_state
    s[_TYPED_KEY] = typed_range(s.get(FROM_KEY), s.get(TO_KEY), tuple(s[RANGE_KEY]), bounds)


def _slider_moved() -> None:
    """on_change of the slider: in the same rerun, the slider wins over the typed dates."""
    st.session_state[_MOVED_KEY] = True


def period_named(key: str, bounds: tuple[dt.date, dt.date],
                 activity: Mapping[str, Any] | None = None) -> Period | None:
    """The period a key names (``"all"``, ``"2024"``, ``"2024-06"``, ``"2024-06..2024-07"``), kept in ``bounds``;
    None for a key that names none."""
    try:
        if key == "all":
            return periods(bounds, activity)[0]
        if re.fullmatch(r"\d{4}", key):
            return _year_period(int(key), bounds, _event_days(activity))
        m = re.fullmatch(r"(\d{4})-(\d{2})(?:\.\.(\d{4})-(\d{2}))?", key)
        if m:
            first = (int(m[1]), int(m[2]))
            last = (int(m[3]), int(m[4])) if m[3] else first
            return _months_period(first, last, bounds, _event_days(activity))
    except ValueError:
        return None
    return None


def _period_chosen(bounds: tuple[dt.date, dt.date], activity: Mapping[str, Any] | None) -> None:
    """on_change of the Period choice: a range the period does not hold moves into it (:func:`range_in`)."""
    s = st.session_state
    chosen = period_named(str(s.get(PERIOD_KEY)), bounds, activity)
    if chosen is None:
        return
    current = tuple(s[RANGE_KEY])
    moved = range_in(chosen, (current[0], current[1]), activity)
    if moved != current:
        s[_TYPED_KEY] = moved


def _period_control(bounds: tuple[dt.date, dt.date], activity: Mapping[str, Any] | None,
                    current: tuple[dt.date, dt.date]) -> tuple[dt.date, dt.date]:
    """The Period choice (long spans only): the period chosen when it holds the range, else the narrowest
    that does (:func:`period_of`); returns the slider's bounds."""
    s = st.session_state
    options = periods(bounds, activity)
    fit = period_of(*current, bounds, activity)
    if fit.key not in {p.key for p in options}:  # the range's own months ("Jun – Jul 2024"), after its year
        at = next((i + 1 for i, p in enumerate(options) if p.key == str(current[0].year)), len(options))
        options.insert(at, fit)
    by_key = {p.key: p for p in options}
    chosen = by_key.get(str(s.get(PERIOD_KEY)))
    if chosen is None or not chosen.holds(*current):
        s[PERIOD_KEY] = fit.key
        chosen = fit
    st.selectbox("Period", list(by_key), key=PERIOD_KEY, format_func=lambda k: by_key[k].label,
                 on_change=_period_chosen, args=(bounds, activity), help=PERIOD_HELP)
    return chosen.lo, chosen.hi


def controls(bounds: tuple[dt.date, dt.date], activity: Mapping[str, Any] | None = None) -> None:
    """The slider and, under it, the two typed dates, in sync (draw in the sidebar); over data that span more
    than :data:`LONG_SPAN_DAYS` days, a Period choice above the slider narrows it (:func:`periods`).

    A rerun where the slider moved ignores the typed dates: the browser sends every widget's value,
    and when quick slider moves interrupt reruns, the typed dates it sends can be an older range the
    app had set, which would put the slider back (seen with keyboard steps in a loaded browser).

    Parameters
    ----------
    bounds : (date, date)
        The data's first and last day: the typed dates' range, and the slider's unless a period narrows it.
    activity : mapping, optional
        ``activity.json``: the months with events the Period choice lists, a chosen year's latest activity.
    """
    s = st.session_state
    typed, moved = s.pop(_TYPED_KEY, None), s.pop(_MOVED_KEY, False)
    if typed is not None and not moved:
        s[RANGE_KEY] = typed
    # kept in the bounds: when a rebuild moves the bounds (a report added) the slider is a new widget,
    # which would otherwise open on its whole range while the typed dates kept the old one. Each is
    # written only when it changes: a widget's value written by the script is sent to the browser, and
    # one written on every run sends the range of a rerun that quick key presses have already passed,
    # putting the slider back a step or two under load
    kept = typed_range(None, None, tuple(s[RANGE_KEY]), bounds)
    span = bounds
    if (bounds[1] - bounds[0]).days > LONG_SPAN_DAYS:  # a slider over years: narrowed to a period
        span = _period_control(bounds, activity, kept)
    if kept != tuple(s[RANGE_KEY]) or s.get(_BOUNDS_KEY) != span:  # new bounds: a new widget, set it
        s[RANGE_KEY] = kept
    s[_BOUNDS_KEY] = span
    if (s.get(FROM_KEY), s.get(TO_KEY)) != kept:  # the slider (or Play, or the URL) moved: the dates follow
        s[FROM_KEY], s[TO_KEY] = kept
    st.slider("Dates (zones shown as of the end)", min_value=span[0], max_value=span[1], key=RANGE_KEY,
              format="YYYY-MM-DD", help=DEFAULT_RULE, on_change=_slider_moved)
    # one a line: side by side, the sidebar cut the days off; anywhere in the data, whatever the period
    lo, hi = bounds
    st.date_input("From", min_value=lo, max_value=hi, key=FROM_KEY, format="YYYY-MM-DD",
                  on_change=_copy_typed, args=(bounds,), help=TYPED_HELP.format(day="first"))
    st.date_input("To (zones as of)", min_value=lo, max_value=hi, key=TO_KEY, format="YYYY-MM-DD",
                  on_change=_copy_typed, args=(bounds,), help=TYPED_HELP.format(day="last"))
    st.html(ENTER_APPLIES, unsafe_allow_javascript=True)
