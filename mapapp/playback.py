"""Playback: a play button that moves the date slider's end through the days with events.

Play stops on the days on which the events the current filters show begin (types, actors,
sources, search, review and confidence filters included: :func:`stop_days`, a query of the
event store), from the range's start to the slider's last day, and on no other: a day the
filters leave empty changes nothing on the map, so it is no step. Two reports three years
apart are two steps; a type seen on three days of a month is three. Play ends on the last of
these days. When the filters leave no event after the range's start, Play does not start,
and the sidebar says why (:func:`controls`).

The map, the counts and the timeline follow, because they all read the slider. Playback
stops by itself on the last day (or when the analyst presses Stop). Streamlit widgets
can only be changed before they are drawn, so a run works in three steps:
:func:`advance` (before the slider: move its end to the next stop), :func:`controls` (the
buttons, in the sidebar), :func:`schedule` (at the end of the run: wait, then rerun).
"""

from __future__ import annotations

import bisect
import dataclasses
import datetime as dt
import time
from collections.abc import Callable, Sequence

import streamlit as st

from .filters import Filters

#: Seconds per step.
SPEEDS = {"slow (2 s a day)": 2.0, "normal (1 s a day)": 1.0, "fast (0.3 s a day)": 0.3}
_PLAYING, _RESTART, _SPEED = "play_on", "play_restart", "play_speed"


def stop_days(store, f: Filters, hi: dt.date) -> tuple[dt.date, ...]:
    """The days Play stops on: those on which the events that pass ``f`` between its first day and
    ``hi`` begin (one already under way on the first day counts on it), oldest first.

    Parameters
    ----------
    store : mapapp.store.EventStore
    f : Filters
        The current filters; only ``date_from`` of its range is used.
    hi : date
        The slider's last day.

    Returns
    -------
    tuple of date
        Shared by every session asking with the same filters (:meth:`~mapapp.store.EventStore.shared`).
    """
    wide = dataclasses.replace(f, date_to=max(hi, f.date_from))
    return tuple(store.shared("play_days", store.filter_key(wide), lambda: store.start_days(wide)))


def next_end(end: dt.date, days: Sequence[dt.date]) -> dt.date | None:
    """The first of ``days`` (sorted) after ``end``; None when there is none."""
    i = bisect.bisect_right(days, end)
    return days[i] if i < len(days) else None


def next_range(dates: tuple[dt.date, dt.date], days: Sequence[dt.date],
               restart: bool = False) -> tuple[tuple[dt.date, dt.date], bool]:
    """The slider's range one step on, and whether playback goes on after it.

    Parameters
    ----------
    dates : (date, date)
        The slider's current range.
    days : sequence of date
        The days Play stops on (:func:`stop_days`), sorted.
    restart : bool
        Start again from the range's first day (Play was pressed with the end on or after the last stop).

    Returns
    -------
    ((date, date), bool)
        The range with its end on the next stop (unchanged when there is none), and whether a stop follows it.
    """
    start, end = dates
    nxt = next_end(start - dt.timedelta(days=1) if restart else end, days)
    if nxt is None:
        return (start, end), False
    return (start, nxt), next_end(nxt, days) is not None


def advance(days: Callable[[], Sequence[dt.date]]) -> None:
    """Before the slider is drawn: when playing, move its end to the next stop (:func:`next_range`).

    ``days`` gives the stops for the filters in force (called only while playing)."""
    if not st.session_state.get(_PLAYING) or "dates" not in st.session_state:
        return
    dates, more = next_range(tuple(st.session_state["dates"]), days(), bool(st.session_state.pop(_RESTART, False)))
    st.session_state["dates"] = dates
    st.session_state[_PLAYING] = more


def how_text(days: Sequence[dt.date], start: dt.date, hi: dt.date) -> str:
    """What the sidebar says under Play: the stops, or why there is nothing to play."""
    if not days:
        return (f"Nothing to play: no event under the current filters begins between {start:%d %b %Y} and "
                f"{hi:%d %b %Y}. Change the filters or move the range's start back.")
    n = len(days)
    span = f"{days[0]:%d %b %Y}" if n == 1 else f"{days[0]:%d %b %Y} → {days[-1]:%d %b %Y}"
    return (f"Play moves the end of the range through the {n} day{'s' if n != 1 else ''} with events under the "
            f"current filters ({span}), skipping the days they leave empty.")


def controls(days: Sequence[dt.date], start: dt.date, hi: dt.date) -> None:
    """Play / Stop and the speed, in the sidebar under the slider; says where Play stops, or why it cannot."""
    playing = bool(st.session_state.get(_PLAYING))
    c1, c2 = st.columns([1, 2])
    how = how_text(days, start, hi)
    if c1.button("⏹ Stop" if playing else "▶ Play", key="play_button", help=how, disabled=not (playing or days)):
        if playing:
            st.session_state[_PLAYING] = False
        else:
            st.session_state[_PLAYING] = True
            st.session_state[_RESTART] = tuple(st.session_state["dates"])[1] >= days[-1]
        st.rerun()
    c2.selectbox("Speed", list(SPEEDS), index=1, key=_SPEED, label_visibility="collapsed")
    st.caption(how)


def schedule() -> None:
    """At the end of a run: when playing, wait one step and rerun."""
    if st.session_state.get(_PLAYING):
        time.sleep(SPEEDS.get(st.session_state.get(_SPEED, ""), 1.0))
        st.rerun()
