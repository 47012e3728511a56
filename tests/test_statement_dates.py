"""Arabic: the day a statement was made is not the day of the act it reports (issue 10: clause-level date
anchoring, from a blind real set's miss). A day between a speech verb and the «إن/أن» that opens what is
said dates the statement; when what is said gives its own day, that is the act's. Every sentence here was
written for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import english_events

SUN = dt.date(2022, 8, 7)  # a Sunday
_events = english_events(SUN)


@pytest.mark.parametrize("text", [
    "قالت قوات سوريا الديمقراطية (قسد)، اليوم الأحد 7 من آب، إن أحد عناصرها قُتل جراء استهداف طائرة مسيّرة "
    "تركية سيارة في مدينة عامودا، مساء أمس السبت.",
    "قالت قسد يوم الأحد إن اشتباكات اندلعت مع خلايا داعش في ريف الشدادي مساء السبت.",
    "أعلنت الأسايش، اليوم الأحد، أن مسلحين مجهولين اغتالوا مختار قرية في ريف القامشلي مساء السبت.",
])
def test_the_reported_clause_dates_the_act_not_the_statement(pipeline, text):
    (ev,) = _events(pipeline, text, language="ar")
    assert (ev.date_from, ev.date_to) == (dt.date(2022, 8, 6), dt.date(2022, 8, 6))


def test_the_statements_day_still_dates_an_act_told_without_a_day(pipeline):
    (ev,) = _events(pipeline, "قالت قسد يوم الأحد إن اشتباكات اندلعت مع خلايا داعش في ريف الشدادي.", language="ar")
    assert ev.date_from == SUN


def test_a_day_of_the_act_before_the_speech_verb_is_the_acts(pipeline):
    # no speech verb before the day: the act's own
    (ev,) = _events(pipeline, "اندلعت اشتباكات يوم السبت في ريف الشدادي، وقالت قسد اليوم الأحد إن الوضع هادئ.",
                    language="ar")
    assert ev.date_from == dt.date(2022, 8, 6)
