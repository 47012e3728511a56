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
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

import streamlit as st

#: Session keys of the slider (the range) and of the two typed dates.
RANGE_KEY, FROM_KEY, TO_KEY = "dates", "date_from_typed", "date_to_typed"
#: Session keys of one rerun's callbacks: the slider was moved; the range two typed dates make.
_MOVED_KEY, _TYPED_KEY = "_dates_slider_moved", "_dates_typed"
#: Session key of the bounds the slider was last drawn with.
_BOUNDS_KEY = "_dates_bounds"

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


def controls(bounds: tuple[dt.date, dt.date]) -> None:
    """The slider and, under it, the two typed dates, in sync (draw in the sidebar).

    A rerun where the slider moved ignores the typed dates: the browser sends every widget's value,
    and when quick slider moves interrupt reruns, the typed dates it sends can be an older range the
    app had set, which would put the slider back (seen with keyboard steps in a loaded browser)."""
    lo, hi = bounds
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
    if kept != tuple(s[RANGE_KEY]) or s.get(_BOUNDS_KEY) != bounds:  # new bounds: a new widget, set it
        s[RANGE_KEY] = kept
    s[_BOUNDS_KEY] = bounds
    if (s.get(FROM_KEY), s.get(TO_KEY)) != kept:  # the slider (or Play, or the URL) moved: the dates follow
        s[FROM_KEY], s[TO_KEY] = kept
    st.slider("Dates (zones shown as of the end)", min_value=lo, max_value=hi, key=RANGE_KEY, format="YYYY-MM-DD",
              help=DEFAULT_RULE, on_change=_slider_moved)
    # one a line: side by side, the sidebar cut the days off
    st.date_input("From", min_value=lo, max_value=hi, key=FROM_KEY, format="YYYY-MM-DD",
                  on_change=_copy_typed, args=(bounds,), help="Type an exact first day; the slider follows")
    st.date_input("To (zones as of)", min_value=lo, max_value=hi, key=TO_KEY, format="YYYY-MM-DD",
                  on_change=_copy_typed, args=(bounds,), help="Type an exact last day; the slider follows")
