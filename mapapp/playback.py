"""Playback: a play button that steps the date slider's end day by day, skipping empty stretches.

With the build's play days (``activity.json``: the days events begin and control changes),
Play steps one day at a time where they lie within :data:`GAP_DAYS` days of each other and
jumps straight to the next of them across a longer empty stretch (two reports three years
apart are two steps, not a thousand empty days); after the last of them the slider's last
day is the next stop, by the same rule.

The map, the counts and the timeline follow, because they all read the slider. Playback
stops by itself at the last day (or when the analyst presses Stop). Streamlit widgets
can only be changed before they are drawn, so a run works in three steps:
:func:`advance` (before the slider: move its end one day), :func:`controls` (the
buttons, in the sidebar), :func:`schedule` (at the end of the run: wait, then rerun).
"""

from __future__ import annotations

import bisect
import datetime as dt
import time
from collections.abc import Sequence

import streamlit as st

#: Seconds per day.
SPEEDS = {"slow (2 s a day)": 2.0, "normal (1 s a day)": 1.0, "fast (0.3 s a day)": 0.3}
_PLAYING, _RESTART, _SPEED = "play_on", "play_restart", "play_speed"
#: Empty stretches longer than this many days are jumped.
GAP_DAYS = 3


def next_end(end: dt.date, hi: dt.date, days: Sequence[dt.date] = (), gap_days: int = GAP_DAYS) -> dt.date:
    """The end's next day: the next day when ``days`` is empty or the next of them (or ``hi``,
    after the last of them) comes within ``gap_days`` days; else that day (an empty stretch jumped).

    Parameters
    ----------
    end : date
        The range's current end.
    hi : date
        The slider's last day.
    days : sequence of date
        The days Play stops on (the build's ``activity.json``: events begin, control changes), sorted.
    gap_days : int
    """
    step = end + dt.timedelta(days=1)
    if days:
        i = bisect.bisect_right(days, end)
        stop = min(days[i], hi) if i < len(days) else hi  # nothing more happens: the last day is the next stop
        if (stop - end).days > gap_days:
            step = stop
    return min(hi, step)


def next_range(dates: tuple[dt.date, dt.date], hi: dt.date, restart: bool = False,
               days: Sequence[dt.date] = ()) -> tuple[tuple[dt.date, dt.date], bool]:
    """The slider's range one step on, and whether playback goes on after it.

    Parameters
    ----------
    dates : (date, date)
        The slider's current range.
    hi : date
        The slider's last day.
    restart : bool
        Start again from the range's first day (play was pressed with the end already at the last day).
    days : sequence of date
        The days with events (:func:`next_end`); empty: every day.
    """
    start, end = dates
    if restart:
        return (start, start), start < hi
    end = next_end(end, hi, days)
    return (start, end), end < hi


def advance(hi: dt.date, days: Sequence[dt.date] = ()) -> None:
    """Before the slider is drawn: when playing, move its end one step (:func:`next_end`; stop at ``hi``)."""
    if not st.session_state.get(_PLAYING) or "dates" not in st.session_state:
        return
    dates, more = next_range(tuple(st.session_state["dates"]), hi, bool(st.session_state.pop(_RESTART, False)),
                             days)
    st.session_state["dates"] = dates
    st.session_state[_PLAYING] = more


def controls(hi: dt.date, days: Sequence[dt.date] = ()) -> None:
    """Play / Stop and the speed, in the sidebar under the slider; says how Play steps."""
    playing = bool(st.session_state.get(_PLAYING))
    c1, c2 = st.columns([1, 2])
    how = (f"Steps the end of the date range day by day where events happen and jumps empty stretches "
           f"longer than {GAP_DAYS} days; the map, counts and timeline follow" if days else
           "Step the end of the date range one day at a time; the map, counts and timeline follow")
    if c1.button("⏹ Stop" if playing else "▶ Play", key="play_button", help=how):
        if playing:
            st.session_state[_PLAYING] = False
        else:
            st.session_state[_PLAYING] = True
            st.session_state[_RESTART] = tuple(st.session_state["dates"])[1] >= hi
        st.rerun()
    c2.selectbox("Speed", list(SPEEDS), index=1, key=_SPEED, label_visibility="collapsed")
    if days:
        st.caption(f"Play skips empty stretches longer than {GAP_DAYS} days.")


def schedule() -> None:
    """At the end of a run: when playing, wait one step and rerun."""
    if st.session_state.get(_PLAYING):
        time.sleep(SPEEDS.get(st.session_state.get(_SPEED, ""), 1.0))
        st.rerun()
