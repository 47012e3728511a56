"""Playback: a play button that steps the date slider's end day by day.

The map, the counts and the timeline follow, because they all read the slider. Playback
stops by itself at the last day (or when the analyst presses Stop). Streamlit widgets
can only be changed before they are drawn, so a run works in three steps:
:func:`advance` (before the slider: move its end one day), :func:`controls` (the
buttons, in the sidebar), :func:`schedule` (at the end of the run: wait, then rerun).
"""

from __future__ import annotations

import datetime as dt
import time

import streamlit as st

#: Seconds per day.
SPEEDS = {"slow (2 s a day)": 2.0, "normal (1 s a day)": 1.0, "fast (0.3 s a day)": 0.3}
_PLAYING, _RESTART, _SPEED = "play_on", "play_restart", "play_speed"


def next_range(dates: tuple[dt.date, dt.date], hi: dt.date, restart: bool = False) -> tuple[tuple[dt.date, dt.date], bool]:
    """The slider's range one step on, and whether playback goes on after it.

    Parameters
    ----------
    dates : (date, date)
        The slider's current range.
    hi : date
        The slider's last day.
    restart : bool
        Start again from the range's first day (play was pressed with the end already at the last day).
    """
    start, end = dates
    if restart:
        return (start, start), start < hi
    end = min(hi, end + dt.timedelta(days=1))
    return (start, end), end < hi


def advance(hi: dt.date) -> None:
    """Before the slider is drawn: when playing, move its end one day (and stop at ``hi``)."""
    if not st.session_state.get(_PLAYING) or "dates" not in st.session_state:
        return
    dates, more = next_range(tuple(st.session_state["dates"]), hi, bool(st.session_state.pop(_RESTART, False)))
    st.session_state["dates"] = dates
    st.session_state[_PLAYING] = more


def controls(hi: dt.date) -> None:
    """Play / Stop and the speed, in the sidebar under the slider."""
    playing = bool(st.session_state.get(_PLAYING))
    c1, c2 = st.columns([1, 2])
    if c1.button("⏹ Stop" if playing else "▶ Play", key="play_button",
                 help="Step the end of the date range one day at a time; the map, counts and timeline follow"):
        if playing:
            st.session_state[_PLAYING] = False
        else:
            st.session_state[_PLAYING] = True
            st.session_state[_RESTART] = tuple(st.session_state["dates"])[1] >= hi
        st.rerun()
    c2.selectbox("Speed", list(SPEEDS), index=1, key=_SPEED, label_visibility="collapsed")


def schedule() -> None:
    """At the end of a run: when playing, wait one step and rerun."""
    if st.session_state.get(_PLAYING):
        time.sleep(SPEEDS.get(st.session_state.get(_SPEED, ""), 1.0))
        st.rerun()
