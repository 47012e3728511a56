"""Arabic: a vehicle told by its bare noun with an explosion verb and casualties (``انفجرت دراجة نارية
… ما أدى إلى مقتل``) is a vehicle bomb (``vehicles_that_killed``); a vehicle that blew up in a fire,
from gas or a fault is an accident.

Every sentence here was written for these tests; none is copied from a report.
"""

from __future__ import annotations

import pytest

IED = "Remote explosive/landmine/IED"


def _acts(run_text, text, published="2021-04-26"):
    return [(e.sub_event_type, e.place_id) for e in run_text(text, published).events]


@pytest.mark.parametrize("text, place", [
    ("قالت وسائل إعلام رسمية إن دراجة نارية انفجرت في حي الهلالية بالقامشلي اليوم الاثنين، ما أدى إلى إصابة ثلاثة أشخاص.",
     "hilaliyah"),
    ("انفجرت دراجة نارية صباح اليوم قرب دوار السبع بحرات في القامشلي، ما أدى إلى مقتل شخص.", None),
    ("أفاد مراسلنا بأن سيارة انفجرت مساء اليوم أمام مبنى البلدية في عامودا، ما أدى إلى إصابة اثنين من المارة.", "amuda"),
])
def test_a_vehicle_that_blew_up_is_a_vehicle_bomb(run_text, text, place):
    acts = _acts(run_text, text)
    assert [a for a, _ in acts] == [IED]
    if place:
        assert acts[0][1] == place


@pytest.mark.parametrize("text", [
    "اشتعلت النيران في سيارة على طريق القامشلي ثم انفجرت دون وقوع إصابات.",
    "انفجرت أسطوانة غاز داخل سيارة في سوق القامشلي صباح اليوم.",
    "قال الدفاع المدني إن سيارة انفجرت بسبب خلل فني في خزان الوقود قرب عامودا.",
    "انفجر إطار سيارة على طريق عامودا ولم يصب أحد.",
    "انقلبت شاحنة على طريق الحسكة واحترقت سيارة كانت خلفها ثم انفجرت.",
])
def test_a_vehicle_that_blew_up_in_an_accident_is_no_bomb(run_text, text):
    assert IED not in [a for a, _ in _acts(run_text, text)]


def test_a_mine_under_a_car_is_one_device_not_two(run_text):
    text = "انفجر لغم أرضي بسيارة مدنية على طريق تل تمر اليوم، ما أدى إلى مقتل سائقها."
    assert [a for a, _ in _acts(run_text, text)] == [IED]
