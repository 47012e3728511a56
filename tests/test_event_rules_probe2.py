"""Arabic rules from the second new-user probe (2026-12-06, late night). Sentences written for
these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from pipeline.core import Pipeline
from pipeline.records import Article


@pytest.fixture(scope="module")
def rules(pipeline):
    return Pipeline(pipeline.gazetteer, pipeline.actors, screening=False)


def _events(rules, sentence):
    text = "خبر محلي\n" + sentence
    return rules.process(Article(id="p2", path="", text=text, published=dt.date(2022, 3, 14), source="test",
                                 language="ar")).events


@pytest.mark.parametrize("sentence", [
    "ويتخوف السكان من اشتباكات جديدة بين قسد والفصائل المسلحة قرب قرية تل جمعة.",
    "وتتخوف العائلات من تجدد القصف على قرى ريف عامودا خلال الأيام المقبلة.",
    "ويتخوفون من أن تطال الغارات منازلهم في حي الهلالية.",
    "وقالت إحدى الأمهات إنها تخشى قصفاً جديداً على المدرسة.",
])
def test_a_feared_clash_or_strike_is_no_event(rules, sentence):
    assert _events(rules, sentence) == []


def test_a_clash_told_with_the_fear_it_caused_stays(rules):
    evs = _events(rules, "اندلعت اشتباكات مساء الأحد بين قسد ومسلحين قرب قرية تل جمعة، ويتخوف السكان من تجددها.")
    assert [e.sub_event_type for e in evs] == ["Armed clash"]
