"""The app's date range (mapapp/daterange.py: default range, typed dates, the zones' "as of"
line) and Play's steps (mapapp/playback.next_range)."""

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
    assert daterange.zones_as_of(D(2021, 5, 26), "2021-04-26") == \
        "control zones as of 26 May 2021 (latest evidence 26 Apr 2021)"
    # more than STALE_EVIDENCE_DAYS (90) later: the zones are drawn faded, and the line says so
    assert daterange.zones_as_of(D(2021, 7, 25), "2021-04-26") == \
        "control zones as of 25 Jul 2021 (latest evidence 26 Apr 2021)"  # 90 days: still current
    assert daterange.zones_as_of(D(2024, 3, 11), "2021-04-26") == \
        "control zones as of 11 Mar 2024: no evidence since 26 Apr 2021 (drawn faded)"
    assert daterange.zones_as_of(D(2021, 4, 26), "2021-04-26") == "control zones as of 26 Apr 2021"
    assert daterange.zones_as_of(D(2021, 4, 26), None) == "control zones as of 26 Apr 2021"


def test_play_goes_from_one_day_with_events_to_the_next_and_ends_on_the_last():
    """Play stops only on days with events (mapapp.playback.stop_days gives them for the filters in
    force): the days between, empty, are no steps, near or far; after the last there is no stop."""
    days = (D(2021, 4, 20), D(2021, 4, 22), D(2021, 4, 28), D(2024, 3, 10))
    assert playback.next_end(D(2021, 4, 20), days) == D(2021, 4, 22)  # the empty 21st: no step
    assert playback.next_end(D(2021, 4, 22), days) == D(2021, 4, 28)
    assert playback.next_end(D(2021, 4, 28), days) == D(2024, 3, 10)  # three years: one step
    assert playback.next_end(D(2024, 3, 10), days) is None
    steps, rng, more = 0, (D(2021, 4, 19), D(2021, 4, 19)), True
    while more:
        rng, more = playback.next_range(rng, days)
        steps += 1
    assert rng == (D(2021, 4, 19), D(2024, 3, 10)) and steps == 4
    # Play pressed on the last stop: again from the range's first day (itself a stop when an event begins on it)
    assert playback.next_range(rng, days, restart=True) == ((D(2021, 4, 19), D(2021, 4, 20)), True)
    assert playback.next_range((D(2021, 4, 20), D(2021, 4, 25)), days, restart=True) == (
        (D(2021, 4, 20), D(2021, 4, 20)), True)
    # no day with events: the range stays, and the sidebar says why Play cannot start
    assert playback.next_range(rng, ()) == (rng, False)
    assert playback.how_text((), D(2021, 4, 19), D(2021, 4, 30)).startswith("Nothing to play: no event under the "
                                                                            "current filters")
    assert "the 4 days with events under the current filters (20 Apr 2021 → 10 Mar 2024)" in playback.how_text(
        days, D(2021, 4, 19), D(2024, 3, 11))
