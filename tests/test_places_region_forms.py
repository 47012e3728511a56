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
