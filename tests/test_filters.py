"""Filtering and URL state on the shipped events."""

from __future__ import annotations

import datetime as dt

import pytest

from mapapp.data import load_dataset
from mapapp.filters import Filters, apply_filters, date_bounds, from_query_params, to_query_params


@pytest.fixture(scope="module")
def events(tmp_path_factory):
    from conftest import ROOT

    from pipeline.build import build

    out = tmp_path_factory.mktemp("b") / "out"
    build(ROOT / "seeds", ROOT / "geo", out, progress=False)
    return load_dataset(out).events


def test_date_range_overlap(events):
    lo, hi = date_bounds(events)
    assert lo <= dt.date(2021, 4, 20) and hi >= dt.date(2021, 4, 21)
    everything = apply_filters(events, Filters(lo, hi))
    assert len(everything) == len(events)
    tuesday = apply_filters(events, Filters(dt.date(2021, 4, 20), dt.date(2021, 4, 20)))
    # the Wahda shooting, and the two-day clashes and displacement that began that day
    assert set(tuesday["place_id"]) == {"wahda_roundabout", "tayy"}
    assert len(tuesday) == 3
    later = apply_filters(events, Filters(dt.date(2021, 4, 25), dt.date(2021, 4, 30)))
    assert later.empty


def test_type_actor_source_filters(events):
    lo, hi = date_bounds(events)
    battles = apply_filters(events, Filters(lo, hi, event_types=("Battles",)))
    assert set(battles["event_type"]) == {"Battles"} and len(battles) == 3
    ndf = apply_filters(events, Filters(lo, hi, actors=("ndf",)))
    assert all("ndf" in (a, b) for a, b in zip(ndf["actor1_id"], ndf["actor2_id"]))
    assert apply_filters(events, Filters(lo, hi, sources=("Nobody",))).empty


def test_query_params_round_trip(events):
    lo, hi = date_bounds(events)
    defaults = Filters(lo, hi)
    f = Filters(dt.date(2021, 4, 20), dt.date(2021, 4, 21), ("Battles", "Strategic developments"), ("ndf",), ())
    qp = to_query_params(f)
    assert qp == {"from": "2021-04-20", "to": "2021-04-21", "types": "Battles,Strategic developments",
                  "actors": "ndf"}
    assert from_query_params(qp, defaults, {"Battles", "Strategic developments"}, {"ndf"}, set()) == f
    # the dates are always written: the default range moves when the data grows (tests/test_link_dates.py)
    assert to_query_params(defaults) == {"from": lo.isoformat(), "to": hi.isoformat()}


def test_bad_query_params_fall_back(events):
    lo, hi = date_bounds(events)
    defaults = Filters(lo, hi)
    f = from_query_params({"from": "yesterday", "to": "2099-01-01", "types": "Battles,<script>"}, defaults,
                          {"Battles"}, set(), set())
    assert f.date_from == lo and f.date_to == hi and f.event_types == ("Battles",)
    swapped = from_query_params({"from": "2021-04-21", "to": "2021-04-20"}, defaults)
    assert swapped.date_from == dt.date(2021, 4, 20) and swapped.date_to == dt.date(2021, 4, 21)


def test_lowest_confidence_hides_the_less_sure_events(events):
    """Issue 10 (3): the analyst can hide low-confidence events; 'high' keeps only the surest."""
    lo, hi = date_bounds(events)
    assert set(events["confidence"]) <= {"low", "medium", "high"}
    assert events["confidence"].nunique() >= 2  # the shipped build has events of two levels at least
    everything = apply_filters(events, Filters(lo, hi, min_confidence="low"))
    assert len(everything) == len(events)
    medium_up = apply_filters(events, Filters(lo, hi, min_confidence="medium"))
    assert list(medium_up["event_id"]) == list(events[events["confidence"] != "low"]["event_id"])
    high = apply_filters(events, Filters(lo, hi, min_confidence="high"))
    assert set(high["confidence"]) == {"high"}
    assert len(high) == int((events["confidence"] == "high").sum()) < len(events)
    # an event whose confidence nobody gave passes only when everything is shown
    unknown = events.assign(confidence="")
    assert len(apply_filters(unknown, Filters(lo, hi))) == len(events)
    assert apply_filters(unknown, Filters(lo, hi, min_confidence="medium")).empty


def test_lowest_confidence_in_the_url(events):
    lo, hi = date_bounds(events)
    defaults = Filters(lo, hi)
    f = Filters(lo, hi, min_confidence="medium")
    qp = to_query_params(f)
    assert qp == {"from": lo.isoformat(), "to": hi.isoformat(), "confidence": "medium"}
    assert from_query_params(qp, defaults) == f
    assert from_query_params({"confidence": "certain"}, defaults).min_confidence == "low"  # unknown: all shown
    assert "confidence" not in to_query_params(Filters(lo, hi, min_confidence="low"))


def test_url_dates_are_clamped_to_the_bounds_and_missing_ones_take_the_default_range():
    import datetime as dt

    bounds = (dt.date(2021, 4, 19), dt.date(2024, 3, 11))
    defaults = Filters(dt.date(2024, 3, 9), dt.date(2024, 3, 11))  # the latest activity
    f = from_query_params({}, defaults, bounds=bounds)
    assert (f.date_from, f.date_to) == (dt.date(2024, 3, 9), dt.date(2024, 3, 11))
    f = from_query_params({"from": "2021-04-19", "to": "2021-04-26"}, defaults, bounds=bounds)  # outside the default
    assert (f.date_from, f.date_to) == (dt.date(2021, 4, 19), dt.date(2021, 4, 26))
    f = from_query_params({"from": "2020-01-01"}, defaults, bounds=bounds)
    assert (f.date_from, f.date_to) == (dt.date(2021, 4, 19), dt.date(2024, 3, 11))
    assert to_query_params(Filters(dt.date(2021, 4, 19), dt.date(2024, 3, 11))) == {"from": "2021-04-19",
                                                                                  "to": "2024-03-11"}
    # without bounds, the defaults' range bounds the dates (as before)
    f = from_query_params({"from": "2021-04-19"}, defaults)
    assert f.date_from == dt.date(2024, 3, 9)


def test_describe_names_every_filter_but_the_dates():
    """The briefing's filter line is made from these words: each filter on is named, none when none is."""
    from mapapp.filters import describe

    d = dt.date(2021, 4, 19), dt.date(2021, 4, 26)
    assert describe(Filters(*d)) == []
    names = {"ndf": "NDF: National Defence Forces", "syrian_government": "Military Forces of Syria"}
    f = Filters(*d, event_types=("Battles",), actors=("ndf",), reviewed_only=True, min_confidence="high")
    assert describe(f, names.get) == ["Battles", "NDF", "reviewed only", "high confidence"]
    assert describe(f) == ["Battles", "ndf", "reviewed only", "high confidence"]  # no names: the ids
    f = Filters(*d, actors=("ndf", "syrian_government"), sources=("Shafaq News",), hide_partisan=True,
                query=" Tayy ", min_confidence="medium")
    assert describe(f, names.get) == ['search "Tayy"', "NDF, Military Forces of Syria", "sources: Shafaq News",
                                      "partisan-only events hidden", "medium or high confidence"]


def test_a_link_outside_the_data_says_what_it_asked_for_what_the_data_covers_and_what_is_shown():
    """A colleague's link whose dates the build does not cover was clamped (or dropped) without a word;
    now the dates shown are the part the data covers, else the range the app opens on, and a note says so."""
    from mapapp.filters import read_query_params

    D = dt.date
    bounds, defaults = (D(2021, 4, 19), D(2021, 4, 27)), Filters(D(2021, 4, 20), D(2021, 4, 27))
    link = read_query_params({"from": "2023-06-01", "to": "2023-06-05"}, defaults, bounds=bounds)
    assert (link.filters.date_from, link.filters.date_to) == (D(2021, 4, 20), D(2021, 4, 27))
    assert link.notes == ("This link asks for 01 Jun 2023 → 05 Jun 2023, but the data covers 19 Apr 2021 → "
                          "27 Apr 2021: showing the range the app opens on, 20 Apr 2021 → 27 Apr 2021, instead.",)
    # overlapping: the part the data covers
    link = read_query_params({"from": "2021-04-25", "to": "2021-05-10"}, defaults, bounds=bounds)
    assert (link.filters.date_from, link.filters.date_to) == (D(2021, 4, 25), D(2021, 4, 27))
    assert link.notes == ("This link asks for 25 Apr 2021 → 10 May 2021, but the data covers 19 Apr 2021 → "
                          "27 Apr 2021: showing 25 Apr 2021 → 27 Apr 2021 instead.",)
    # one day; a start only, before the data; a start only, after it (never turned round into a range)
    link = read_query_params({"from": "2020-02-02", "to": "2020-02-02"}, defaults, bounds=bounds)
    assert link.notes[0].startswith("This link asks for 02 Feb 2020, but") and \
        (link.filters.date_from, link.filters.date_to) == (D(2021, 4, 20), D(2021, 4, 27))
    link = read_query_params({"from": "2021-04-01"}, defaults, bounds=bounds)
    assert (link.filters.date_from, link.filters.date_to) == (D(2021, 4, 19), D(2021, 4, 27))
    assert link.notes[0].startswith("This link asks for the days from 01 Apr 2021, but")
    link = read_query_params({"from": "2022-01-01"}, defaults, bounds=bounds)
    assert (link.filters.date_from, link.filters.date_to) == (D(2021, 4, 20), D(2021, 4, 27))
    assert "showing the range the app opens on" in link.notes[0]
    # inside the data, or no dates at all: nothing to say
    for qp in ({"from": "2021-04-21", "to": "2021-04-22"}, {}, {"to": "2021-04-22"}):
        assert read_query_params(qp, defaults, bounds=bounds).notes == ()


def test_a_malformed_link_value_is_ignored_alone_and_named_once():
    """Bad date text, an event type, actor or source the build does not have: only that value is
    ignored, the rest of the link is followed, and one note per kind names what was ignored."""
    from mapapp.filters import read_query_params

    D = dt.date
    bounds, defaults = (D(2021, 4, 19), D(2021, 4, 27)), Filters(D(2021, 4, 20), D(2021, 4, 27))
    qp = {"from": "21/04/2021", "to": "2021-04-22", "types": "Battles,Riots,Protest march",
          "actors": "ndf,<b>x</b>", "sources": "Shafaq News|Daily Nowhere", "confidence": "certain",
          "partisan": "yes"}
    link = read_query_params(qp, defaults, {"Battles", "Strategic developments"}, {"ndf", "sdf"},
                             {"Shafaq News"}, bounds)
    f = link.filters
    assert (f.date_from, f.date_to) == (D(2021, 4, 20), D(2021, 4, 22))  # the good end date is kept
    assert (f.event_types, f.actors, f.sources) == (("Battles",), ("ndf",), ("Shafaq News",))
    assert (f.min_confidence, f.hide_partisan) == ("low", False)
    assert link.notes == (
        "The link's start date “21/04/2021” is not a date like 2021-04-20: showing 20 Apr 2021 → 22 Apr 2021 "
        "(from the start of the range the app opens on).",
        "The link's event types “Riots”, “Protest march” are not in this data: ignored.",
        "The link's actor “<b>x</b>” is not in this data: ignored.",
        "The link's source “Daily Nowhere” is not in this data: ignored.",
        "The link's partisan=“yes” is not understood (partisan=hide is): ignored.",
        "The link's lowest confidence “certain” is not low, medium or high: ignored.",
    )
    # a long value is cut in the note
    long = read_query_params({"types": "x" * 500}, defaults, {"Battles"}, bounds=bounds).notes[0]
    assert len(long) < 120 and "…" in long
    # from_query_params is the filters alone
    assert from_query_params(qp, defaults, {"Battles"}, {"ndf"}, {"Shafaq News"}, bounds) == \
        read_query_params(qp, defaults, {"Battles"}, {"ndf"}, {"Shafaq News"}, bounds).filters


def test_a_link_may_name_an_actor_by_its_displayed_or_short_name():
    """``actors=`` takes an actor's id, its displayed name or the short name the filter line uses."""
    from mapapp.filters import read_query_params

    defaults = Filters(dt.date(2024, 8, 1), dt.date(2024, 8, 16))
    names = {"turkey": "Military Forces of Turkey", "ndf": "NDF: National Defence Forces", "sdf": "SDF: Syrian Democratic Forces"}
    for asked, ids in (("Military Forces of Turkey", ("turkey",)), ("military forces of turkey", ("turkey",)),
                       ("NDF", ("ndf",)), ("NDF: National Defence Forces|sdf", ("ndf", "sdf")),
                       ("turkey,SDF", ("turkey", "sdf"))):
        link = read_query_params({"actors": asked}, defaults, actors=set(names), actor_names=names)
        assert link.filters.actors == ids and not link.notes, (asked, link)
    unknown = read_query_params({"actors": "Army of Nowhere"}, defaults, actors=set(names), actor_names=names)
    assert unknown.filters.actors == () and "not in this data" in unknown.notes[0]
