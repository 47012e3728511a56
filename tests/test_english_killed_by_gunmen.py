"""Civilians "killed by (suspected) ISIS gunmen": an attack on civilians, not a battle (issue 10,
real reports).

A passive killing whose agent is a band of armed men (``by unknown gunmen``, ``by suspected ISIS
militants``, ``at the hands of …``) names the killers, not armed men killed in a fight; a group's
name behind a hedge (``by suspected ISIS …``, ``by alleged IS members``) is the perpetrator. When the
killed are themselves armed (``two SDF fighters were killed by ISIS gunmen``), it stays a clash.
Every sentence here was written for these tests; none is copied from a report.
"""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import english_events

SAT = dt.date(2021, 11, 13)  # a Saturday
_events = english_events(SAT)


@pytest.mark.parametrize("text, actor1, killed", [
    ("Two displaced women were killed by suspected ISIS gunmen in al-Hol camp on Friday.", "isis", 2),
    ("A shepherd was killed by ISIS militants near Tal Hamis on Friday.", "isis", 1),
    ("An elderly man was killed by unknown gunmen in Amuda on Friday.", "unidentified", 1),
    ("Two refugees were shot dead by alleged ISIS members inside al-Hol camp on Friday.", "isis", 2),
    ("A taxi driver was killed at the hands of unknown gunmen in Qamishli on Friday.", "unidentified", 1),
])
def test_civilians_killed_by_gunmen_are_an_attack(pipeline, text, actor1, killed):
    (ev,) = _events(pipeline, text)
    assert (ev.event_type, ev.sub_event_type) == ("Violence against civilians", "Attack")
    assert (ev.actor1_id, ev.actor2_id) == (actor1, "civilians")
    assert ev.fatalities == killed


@pytest.mark.parametrize("text", [
    # armed men killed by gunmen: a side hit
    "Two SDF fighters were killed by ISIS gunmen near al-Hol on Friday.",
    "Three Asayish members were killed by suspected ISIS gunmen at a checkpoint near Tal Hamis on Friday.",
    # armed men after the verb with no "by": those killed in the fight
    "SDF fighters repelled an ISIS attack near al-Hol on Friday, killing two attackers.",
])
def test_armed_men_killed_stay_a_clash(pipeline, text):
    (ev,) = _events(pipeline, text)
    assert ev.event_type == "Battles"


@pytest.mark.parametrize("text", [
    "A film about a journalist killed by unknown gunmen was screened in Qamishli on Monday.",
    "A documentary on the teacher killed by masked gunmen in Amuda was shown at the cultural centre on Monday.",
    "Hundreds marked the fifth anniversary of the killing of a local politician by Turkish-backed gunmen in "
    "Qamishli on Monday.",
    "A book about two brothers killed by ISIS gunmen near Hasakah was launched in Qamishli on Monday.",
])
def test_a_killing_a_work_or_an_anniversary_is_about_is_no_attack(pipeline, text):
    assert not [e for e in _events(pipeline, text) if e.event_type == "Violence against civilians"]


def test_a_comma_ends_the_anniversary_phrase(pipeline):
    text = "On the anniversary of the offensive, an elderly man was killed by unknown gunmen in Amuda on Monday."
    (ev,) = _events(pipeline, text)
    assert (ev.event_type, ev.sub_event_type, ev.fatalities) == ("Violence against civilians", "Attack", 1)


@pytest.mark.parametrize("text", [
    "A Turkish drone struck a car in Amuda on Friday. The Asayish gave no names of those killed.",
    "A Turkish drone struck a car in Amuda on Friday. The Asayish gave no names of those killed",
    "Gunmen opened fire on a checkpoint in Derik on Friday, and the SDF mourned those killed",
])
def test_a_killing_word_that_ends_the_text_is_read_without_error(pipeline, text):
    # (the agent check looked one word past the last)
    assert len(_events(pipeline, text)) >= 1
