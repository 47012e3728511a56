"""English phrasings found by a one-dimension-at-a-time variation probe (envar): the same core
facts told with other verbs, dates and toll shapes than the first rules knew.

Every sentence here was written for these tests in the style of English-language outlets
(North Press, Rudaw, Kurdistan 24, SOHR, Enab Baladi, wire copy); none is copied from a report.
Each class has sentences that must now give the event and near misses that must not.
"""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import english_events

from pipeline.arabic import normalise
from pipeline.english.dates import find_dates

THU = dt.date(2023, 10, 19)  # a Thursday
TUE = dt.date(2023, 10, 17)

_events = english_events(THU)

TAKE = "Non-state actor overtakes territory"
REGAIN = "Government regains territory"


# ---------------------------------------------------------------- ground taken: occupy, overrun, liberate, retake

@pytest.mark.parametrize("sentence, sub_event_type, place", [
    ("Turkish-backed factions occupied the village of Tal Shaeer in the Qamishli countryside on Tuesday.",
     TAKE, "tal_shaeer"),
    ("Turkish-backed factions overran the village of Tal Shaeer on Tuesday.", TAKE, "tal_shaeer"),
    ("The SDF said its fighters liberated the village of Tal Shaeer from ISIS on Tuesday.", TAKE, "tal_shaeer"),
    ("Government forces regained control of the village of Tal Shaeer on Tuesday.", REGAIN, "tal_shaeer"),
    ("Syrian army units retook the town of Tal Tamr on Tuesday after a day of fighting.", REGAIN, "tall_tamr"),
])
def test_verbs_of_taking_ground_are_a_takeover(pipeline, sentence, sub_event_type, place):
    evs = [e for e in _events(pipeline, sentence) if e.event_type == "Battles"]
    assert [(e.sub_event_type, e.place_id, e.date_from) for e in evs] == [(sub_event_type, place, TUE)]


@pytest.mark.parametrize("sentence", [
    # the verb as an adjective: ground held, no act told
    "Two civilians were killed on Tuesday in Turkish-occupied areas near Ras al-Ain.",
    "Turkish shells hit the occupied villages near Tal Tamr on Tuesday.",
    "Residents of the areas occupied by Turkey in 2019 protested on Tuesday in Ras al-Ain.",
    # people, not ground, freed
    "The SDF liberated three hostages in a raid near Hasakah on Tuesday.",
    # an old takeover told by its year
    "The SDF liberated the town of Shaddadi from ISIS in 2016.",
])
def test_taking_verbs_without_an_act_of_taking_ground(pipeline, sentence):
    assert not [e for e in _events(pipeline, sentence) if e.sub_event_type in (TAKE, REGAIN)]


# ---------------------------------------------------------------- verbs of arrest

def test_apprehended_is_an_arrest(pipeline):
    (ev,) = _events(pipeline, "Security forces apprehended two ISIS suspects in Hasakah on Tuesday.")
    assert (ev.sub_event_type, ev.place_id, ev.date_from) == ("Arrests", "hasakah", TUE)


def test_apprehension_feared_is_no_arrest(pipeline):
    assert not _events(pipeline, "Residents of Qamishli voiced apprehension on Tuesday about new taxes.")


# ---------------------------------------------------------------- dates in figures, years back

def _dates(text: str, published: dt.date = THU):
    return [(d.date_from, d.date_to) for d in find_dates(normalise(text), published)]


@pytest.mark.parametrize("text, day", [
    ("on 17/10/2023", TUE),
    ("on 17.10.2023", TUE),
    ("on 10/17/2023", TUE),  # the second figure cannot be a month: month first
    ("on 3/10/2023", dt.date(2023, 10, 3)),  # day first, as the region's outlets write it
])
def test_dates_in_figures(text, day):
    assert _dates(text) == [(day, day)]


@pytest.mark.parametrize("text", [
    "decision 12/2023 of the council",  # a numbered decision, no day
    "call 0933/45/2023",
    "on 31/02/2023",  # no such day
])
def test_figures_that_are_no_date(text):
    assert _dates(text) == []


def test_event_dated_in_figures(pipeline):
    (ev,) = _events(pipeline, "A Turkish drone struck a car near Amuda on 17/10/2023, killing two people.")
    assert (ev.date_from, ev.place_id, ev.fatalities) == (TUE, "amuda", 2)


def test_years_ago_is_that_year():
    assert _dates("five years ago") == [(dt.date(2018, 1, 1), dt.date(2018, 12, 31))]


def test_an_episode_years_ago_is_not_dated_today(pipeline):
    """Told only by "five years ago", the strike is an old episode: never an event of the day."""
    evs = _events(pipeline, "Five years ago, a Turkish air strike on the village of Tal Shaeer killed seven people.")
    assert all(e.date_from.year == 2018 for e in evs)


# ---------------------------------------------------------------- toll shapes

@pytest.mark.parametrize("sentence, killed, injured", [
    # a part of the victims before "among", the whole toll after it
    ("Two children were among six people killed when Turkish shells hit the town of Amuda on Tuesday.", 6, None),
    ("Three women were among 11 people wounded by Turkish shelling on Amuda on Tuesday.", 0, 11),
    # one more person told by an ordinal
    ("A Turkish drone targeted a car near Amuda on Tuesday, killing two SDF members and wounding a third.", 2, 1),
    # people sharing the fate of the one counted before the verb
    ("An SDF commander was killed along with his driver when a Turkish drone struck their car near Amuda on Tuesday.",
     2, None),
    ("A girl was wounded together with her two brothers when a shell hit their house in Amuda on Tuesday.", 0, 3),
    # injuries told as a noun with "to"
    ("A Turkish drone strike near Amuda on Tuesday resulted in the deaths of two people and injuries to three others.",
     2, 3),
])
def test_toll_shapes(pipeline, sentence, killed, injured):
    (ev,) = _events(pipeline, sentence)
    assert (ev.fatalities, ev.injuries) == (killed, injured)


@pytest.mark.parametrize("sentence, killed, injured", [
    # "a third" as a fraction or "a second" as a time counts no one
    ("A Turkish drone struck a house near Amuda on Tuesday, destroying a third of the building.", 0, None),
    ("Turkish shelling wounded two people near Amuda on Tuesday, a second time this week.", 0, 2),
    # "among" with no count after it: the part is all that is told
    ("Two children were among the wounded when Turkish shells hit Amuda on Tuesday.", 0, 2),
    # "along with" a thing, not people
    ("A commander of the SDF was killed in a Turkish drone strike near Amuda on Tuesday along with his plans.", 1, None),
])
def test_toll_shapes_near_misses(pipeline, sentence, killed, injured):
    (ev,) = _events(pipeline, sentence)
    assert (ev.fatalities, ev.injuries) == (killed, injured)
