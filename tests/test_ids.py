"""Event ids stay the same while the sentence that reports the event stays the same."""

from __future__ import annotations

import dataclasses
import datetime as dt

from pipeline.ids import event_id, unique_event_ids
from pipeline.records import Article

# written for this test
CLASH = "اندلعت اشتباكات عنيفة بين قوات الأسايش وعناصر الدفاع الوطني في حي طي بمدينة القامشلي مساء الثلاثاء."
TRUCE = "وأعلن الطرفان هدنة لمدة 24 ساعة برعاية روسية."
NEW = "وقتل مدني برصاص قناص في حي حلكو صباح اليوم."


def _article(text: str) -> Article:
    return Article(id="t_ids", path="t_ids.txt", text=text, published=dt.date(2021, 4, 21), source="Test")


def test_ids_derive_from_sentence_and_trigger_not_position(pipeline):
    before = {e.trigger: e for e in pipeline.process(_article(CLASH + "\n" + TRUCE)).events}
    # a new sentence before them shifts every offset and the events' order
    after = {e.trigger: e for e in pipeline.process(_article(NEW + "\n" + CLASH + "\n" + TRUCE)).events}
    assert set(before) <= set(after) and len(after) == len(before) + 1
    for trig, ev in before.items():
        assert after[trig].event_id == ev.event_id
        assert after[trig].start != ev.start  # really moved
    assert len({e.event_id for e in after.values()}) == len(after)
    assert all(e.event_id.startswith("t_ids-e") for e in after.values())


def test_ids_ignore_spelling_variants_and_rule_outputs(pipeline):
    ev = pipeline.process(_article(CLASH)).events[0]
    # the same sentence typed with another hamza form, a shadda and extra spaces
    variant = CLASH.replace("الأسايش", "الاسايش").replace("حي طي", "حيّ  طي")
    assert event_id("t_ids", variant, ev.trigger) == ev.event_id
    # what the rules decide (type, actors, toll) is not part of the id: a retyped event keeps it
    retyped = dataclasses.replace(ev, event_type="Violence against civilians", fatalities=3)
    assert event_id(retyped.article_id, retyped.evidence, retyped.trigger) == ev.event_id
    # another sentence or another article gives another id
    assert event_id("t_ids", TRUCE, ev.trigger) != ev.event_id
    assert event_id("other", CLASH, ev.trigger) != ev.event_id


def test_repeated_ids_get_a_suffix_in_order():
    assert unique_event_ids(["a-e1", "a-e2", "a-e1", "a-e1"]) == ["a-e1", "a-e2", "a-e1-2", "a-e1-3"]
