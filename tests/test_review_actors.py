"""Actor rules narrowed after review (findings on the rules that name Islamic State, the other
side of a pair and unnamed attackers): each rule's wrong reach, in Arabic and English, on
sentences written for these tests."""

from __future__ import annotations

import datetime as dt

from conftest import english_events

_events = english_events(dt.date(2024, 5, 10))


def _pairs(events) -> list[tuple[str, str]]:
    return [(e.actor1_id, e.actor2_id) for e in events]


# --------------------------------------------------------------------------- the coalition's target has an owner

def test_a_coalition_strike_on_a_car_the_text_says_was_someone_elses_is_not_against_isis(run_text, pipeline):
    text = ("قصفت طائرة مسيرة تابعة للتحالف الدولي سيارة قرب بلدة الشدادي مساء الثلاثاء. "
            "وأفادت مصادر محلية بأن السيارة تعود لتاجر أغنام من أهالي المنطقة. "
            "ويشن التحالف منذ سنوات حملة ضد خلايا تنظيم داعش.")
    assert _pairs(run_text(text, "2024-05-10").events) == [("coalition", "")]
    evs = _events(pipeline, "Coalition aircraft struck a pickup truck outside Shaddadi on Wednesday night. Residents "
                            "told reporters the truck was owned by a local fuel trader. The coalition has fought "
                            "Islamic State in Syria since 2014.")
    assert _pairs(evs) == [("coalition", "")]


def test_a_coalition_strike_on_a_car_said_to_be_an_isis_commanders_is_against_isis(run_text, pipeline):
    text = ("قصفت طائرة مسيرة تابعة للتحالف الدولي سيارة قرب بلدة الشدادي مساء الثلاثاء. "
            "وأفادت مصادر محلية بأن السيارة تعود لقيادي في تنظيم داعش.")
    assert _pairs(run_text(text, "2024-05-10").events) == [("coalition", "isis")]
    evs = _events(pipeline, "Coalition aircraft struck a pickup truck outside Shaddadi on Wednesday night. "
                            "Residents said the truck belonged to an Islamic State commander.")
    assert _pairs(evs) == [("coalition", "isis")]
