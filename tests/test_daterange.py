"""The app's date range (mapapp/daterange.py: default range, typed dates, the zones' "as of"
line) and Play's steps (mapapp/playback.next_end)."""

from __future__ import annotations

import datetime as dt

from mapapp import daterange, playback

D = dt.date


def test_default_range_pads_the_latest_window_inside_the_bounds_and_falls_back_to_them():
    bounds = (D(2021, 4, 19), D(2024, 3, 11))
    act = {"latest": {"from": "2024-03-10", "to": "2024-03-10"}}
    assert daterange.default_range(act, bounds) == (D(2024, 3, 9), D(2024, 3, 11))
    assert daterange.default_range({"latest": {"from": "2021-04-20", "to": "2021-04-29"}}, bounds) == \
        (D(2021, 4, 19), D(2021, 4, 30))
    assert daterange.default_range(None, bounds) == bounds  # a build older than activity.json
    assert daterange.default_range({"latest": None}, bounds) == bounds


def test_typed_dates_stay_in_bounds_and_in_order():
    bounds, cur = (D(2021, 4, 19), D(2024, 3, 11)), (D(2024, 3, 9), D(2024, 3, 11))
    assert daterange.typed_range(D(2021, 4, 19), cur[1], cur, bounds) == (D(2021, 4, 19), D(2024, 3, 11))
    assert daterange.typed_range(D(2020, 1, 1), D(2030, 1, 1), cur, bounds) == bounds
    assert daterange.typed_range(None, D(2021, 4, 26), cur, bounds) == (D(2021, 4, 26), D(2021, 4, 26))  # end first
    assert daterange.typed_range(D(2024, 3, 10), None, (D(2021, 4, 20), D(2021, 4, 26)), bounds) == \
        (D(2024, 3, 10), D(2024, 3, 10))  # a start after the end carries the end


def test_zones_as_of_names_the_latest_evidence_only_when_later():
    assert daterange.zones_as_of(D(2024, 3, 11), "2021-04-26") == \
        "control zones as of 11 Mar 2024 (latest evidence 26 Apr 2021)"
    assert daterange.zones_as_of(D(2021, 4, 26), "2021-04-26") == "control zones as of 26 Apr 2021"
    assert daterange.zones_as_of(D(2021, 4, 26), None) == "control zones as of 26 Apr 2021"


def test_play_steps_day_by_day_through_activity_and_jumps_long_empty_stretches():
    days = (D(2021, 4, 20), D(2021, 4, 22), D(2021, 4, 28), D(2024, 3, 10))
    hi = D(2024, 3, 11)
    assert playback.next_end(D(2021, 4, 20), hi, days) == D(2021, 4, 21)  # next event 2 days on: a day at a time
    assert playback.next_end(D(2021, 4, 22), hi, days) == D(2021, 4, 28)  # 5 days on: jumped
    assert playback.next_end(D(2021, 4, 28), hi, days) == D(2024, 3, 10)  # three years: one step
    assert playback.next_end(D(2024, 3, 10), hi, days) == hi
    # after the last day with events, the slider's end is the next stop: near, day by day; far, jumped
    assert playback.next_end(D(2021, 4, 28), D(2021, 4, 30), days[:3]) == D(2021, 4, 29)
    assert playback.next_end(D(2021, 4, 28), hi, days[:3]) == hi
    assert playback.next_end(D(2021, 4, 22), hi) == D(2021, 4, 23)  # no activity known: every day
    steps, rng = 0, (D(2021, 4, 19), D(2021, 4, 19))
    more = True
    while more:
        rng, more = playback.next_range(rng, hi, days=days)
        steps += 1
    assert rng == (D(2021, 4, 19), hi) and steps == 6  # 20, 21, 22, 28 Apr 2021, 10 and 11 Mar 2024: not ~1,050
