"""English phrasing classes the second blind set (h2en01–h2en10) showed the rules missed or
misread, one section per class (issue 10, English). Every sentence here was written for these
tests in the style of English-language outlets (North Press, Kurdistan 24, SOHR, Enab Baladi,
Rudaw, Hawar); none is copied from a report or from the evaluation texts.
"""

from __future__ import annotations

import datetime as dt

import pytest

from pipeline.records import Article

TUE = dt.date(2022, 8, 16)  # a Tuesday


def _run(pipeline, text: str, published: dt.date = TUE):
    return pipeline.process(Article("enh2", "enh2.txt", text, published, "Test outlet", "en"))


def _events(pipeline, text: str, published: dt.date = TUE):
    return _run(pipeline, text, published).events


def _kinds(events) -> list[str]:
    return [e.sub_event_type for e in events]


# ---------------------------------------------------------------- things seized are no takeover

@pytest.mark.parametrize("text", [
    "Security forces detained five suspects in Tal Hamis on Monday. Rifles and ammunition were seized from them.",
    "Security forces detained five suspects in Tal Hamis on Monday and seized a cache of explosives.",
    "The Asayish arrested two smugglers in Amuda on Monday, capturing their truck and its cargo.",
])
def test_things_seized_are_no_takeover(pipeline, text):
    events = _events(pipeline, text)
    assert _kinds(events) == ["Arrests"]


def test_ground_seized_is_still_a_takeover(pipeline):
    events = _events(pipeline, "Government forces seized the Tal Hamis silos from ISIS fighters on Monday.")
    assert [e.event_type for e in events] == ["Battles"]
