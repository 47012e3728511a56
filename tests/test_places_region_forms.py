"""The north-east region named in the forms reports use beside the gazetteer's: the bearing's
adjective (شمالي شرقي), 'the country' for Syria (شمال شرق البلاد), and the far end in brackets
(أقصى شمال شرق سوريا).

Every sentence here was written for these tests, not copied from a report.
"""

from __future__ import annotations

import pytest


def _ids(result):
    return [m.place_id for m in result.mentions]


@pytest.mark.parametrize("text", [
    "وانفجرت عبوة ناسفة في مدينة عامودا، شمالي شرقي سوريا، صباح اليوم.",
    "وقصفت المدفعية التركية قرى في ريف الدرباسية شمالي شرق سوريا.",
    "وتتواصل حملة الاعتقالات في مدينة الحسكة شمال شرق البلاد منذ يومين.",
    "ودخلت قوات الأمن إلى مدينة القامشلي في شمال شرقي البلاد صباح الأحد.",
    "وشهدت بلدة تل حميس (أقصى شمال شرق سوريا) اشتباكات عنيفة أمس.",
    "وسقطت قذيفة في مدينة المالكية بأقصى شمالي شرقي البلاد.",
])
def test_the_north_east_in_the_forms_reports_use(run_text, text):
    assert "northeast_syria" in _ids(run_text(text))


@pytest.mark.parametrize("text", [
    "وتحدث المسؤول عن الأوضاع الاقتصادية في البلاد خلال زيارته مدينة القامشلي.",
    "وانتشرت قوات الجيش في شمال البلاد بعد الاتفاق مع قسد في القامشلي.",
])
def test_the_country_alone_or_one_bearing_of_it_is_not_the_north_east(run_text, text):
    assert "northeast_syria" not in _ids(run_text(text))


# ------------------------------------------------------------- a countryside in other forms
@pytest.mark.parametrize("text, pid", [
    ("واستهدفت طائرة مسيرة سيارة عسكرية في ريف محافظة الحسكة الشمالي.", "hasakah_countryside"),
    ("وقالت مصادر محلية في ريف محافظة الحسكة إن الرتل انسحب.", "hasakah_countryside"),
    ("وأفاد ناشطون بمقتل راعٍ بانفجار لغم في ريف محافظة الرقة الشمالي.", "raqqa_countryside"),
])
def test_a_countryside_named_as_the_governorates(run_text, text, pid):
    assert pid in _ids(run_text(text))


def test_the_governorate_alone_stays_the_governorate(run_text):
    ids = _ids(run_text("وقعت اشتباكات في محافظة الحسكة أمس."))
    assert "hasakah_governorate" in ids and "hasakah_countryside" not in ids
