"""A country's name that is no place: its adjective after a noun it describes (a Syrian family, two
hundred Syrian pounds), and the country closing a party's name (the Kurdish party in Syria).

Every sentence here was written for these tests, not copied from a report.
"""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import english_article


def _ids(result):
    return [m.place_id for m in result.mentions]


# ----------------------------------------------------------- a country's adjective after a noun
@pytest.mark.parametrize("text", [
    "وبلغ سعر ربطة الخبز في الحسكة 300 ليرة سورية بعد القرار الأخير.",
    "وتسكن في المخيم قرب الحسكة نحو 900 عائلة عراقية و400 عائلة سورية.",
    "وذكرت وسائل إعلام سورية أن رتلاً عسكرياً دخل مدينة القامشلي.",
    "ووثقت منظمة حقوقية مقتل 12 مدنياً سورياً قرب الحدود شمال القامشلي.",
    "وقال مصدر إن امرأة سورية قتلت داخل مخيم الهول بريف الحسكة.",
    "وتشارك فصائل سورية موالية لأنقرة في القصف على ريف تل تمر.",
])
def test_a_country_adjective_after_the_noun_it_describes_is_no_place(run_text, text):
    assert "syria" not in _ids(run_text(text))


@pytest.mark.parametrize("text", [
    "ووقع الانفجار في مدينة القامشلي شمال شرقي سورية.",
    "وتعد الحسكة أكبر منتج للقمح في سورية.",
    "وأكدت الحكومة حرصها على وحدة سورية وسلامة أراضيها.",
])
def test_the_country_spelled_with_ta_marbuta_is_still_the_country(run_text, text):
    ids = _ids(run_text(text))
    assert "syria" in ids or "northeast_syria" in ids


# --------------------------------------------------------------- a country closing a party's name
@pytest.mark.parametrize("text", [
    "واعتقلت الأسايش عضواً في حزب يكيتي الكردي في سوريا على حاجز قرب عامودا.",
    "ونظم المجلس الوطني الكردي في سوريا وقفة أمام مكتب الأمم المتحدة في القامشلي.",
    "وداهمت دورية مكتب الحزب الديمقراطي الكوردستاني – سوريا في مدينة المالكية.",
    "وأصدر الحزب الديمقراطي التقدمي الكردي في سوريا بياناً بشأن الاعتقالات في الحسكة.",
])
def test_the_country_closing_a_kurdish_partys_name_is_no_place(run_text, text):
    assert "syria" not in _ids(run_text(text))


def test_a_kurdish_noun_not_in_a_partys_name_keeps_the_country(run_text):
    # no party before the adjective: the country is where the people live
    r = run_text("ويعيش معظم الشعب الكردي في سوريا في محافظة الحسكة.")
    assert "syria" in _ids(r)


# ----------------------------------------------------------------- English: an outlet or a monitor
@pytest.mark.parametrize("text", [
    "The Syria Observatory for Human Rights said two fighters were killed near Tal Tamr on Tuesday.",
    "Three residents of Amuda told Syria Direct that the raid began at dawn.",
    "According to the Syria Observatory, the drone hit a car east of Qamishli.",
])
def test_an_english_outlet_or_monitor_named_after_the_country_is_no_place(pipeline, text):
    r = pipeline.process(english_article(text, dt.date(2022, 11, 23)))
    assert "syria" not in _ids(r)
    assert _ids(r)  # the town in the sentence is still found


def test_a_direct_hit_in_syria_keeps_the_country(pipeline):
    r = pipeline.process(english_article("Turkey carried out a direct strike in Syria near Qamishli on Tuesday.",
                                         dt.date(2022, 11, 23)))
    assert "syria" in _ids(r)


# -------------------------------------------------------------- the area in a side's name
@pytest.mark.parametrize("text", [
    "وأعلنت قوى الأمن الداخلي لشمال وشرق سوريا اعتقال ثلاثة أشخاص في القامشلي.",
    "وقالت قوات الأسايش لشمال وشرق سوريا إنها فككت عبوة ناسفة في الحسكة.",
    "وذكرت قوى الأمن الداخلي لشمال شرق سوريا أن الهجوم وقع قرب عامودا.",
])
def test_the_region_joined_to_a_sides_name_is_that_bodys_name(run_text, text):
    assert "northeast_syria" not in _ids(run_text(text))


def test_the_region_after_another_word_stays_the_region(run_text):
    assert "northeast_syria" in _ids(run_text("وأرسلت قسد تعزيزات لشمال شرق سوريا بعد الهجوم على القامشلي."))
