"""Named facilities and landmarks after a head noun (محطة، حقل، معبر، جبل، مشفى، ساحة ...) that the
gazetteer lacks: reported as unresolved and drawn at the enclosing area the text gives, never at
another named place; a place's other name in brackets is that place.

Every sentence here was written for these tests, not copied from a report.
"""

from __future__ import annotations

import datetime as dt

import pytest

from pipeline.records import Article


def _by_text(result):
    return {m.text: m for m in result.mentions}


def _run(pipeline, text: str):
    art = Article(id="t", path="<test>", text=text, published=dt.date(2022, 11, 21), source="test", language="ar")
    return pipeline.process(art)


# ------------------------------------------------------------- facilities in the countryside

def test_a_generic_word_after_the_head_is_skipped_to_reach_the_name(pipeline):
    """``محطة مياه بيرزور``: 'water' says what the station is; its name is the word after it."""
    r = _run(pipeline, "توقفت محطة مياه بيرزور في ريف الدرباسية عن الضخ منذ يومين بسبب انقطاع التيار.")
    assert [u.name for u in r.unresolved] == ["بيرزور"]
    m = next(m for m in r.mentions if m.unresolved_name == "بيرزور")
    assert m.place_id == "darbasiyah_countryside" and m.approximate and m.geo_precision == 3
    assert m.kind == "landmark"


def test_an_oil_field_near_a_town_is_drawn_in_the_towns_countryside(pipeline):
    """``حقل زرزور النفطي قرب بلدة القحطانية``: the adjective ends the name; a field lies outside
    the town, in its countryside, never at the town itself."""
    r = _run(pipeline, "وقصفت مسيّرة تركية فجر اليوم حقل زرزور النفطي قرب بلدة القحطانية ما أدى لاحتراق خزان.")
    assert [u.name for u in r.unresolved] == ["زرزور"]
    m = next(m for m in r.mentions if m.unresolved_name == "زرزور")
    assert m.place_id == "qahtaniyah_countryside"
    assert r.events and all(e.place_id == "qahtaniyah_countryside" and e.unresolved_name == "زرزور"
                            for e in r.events)


def test_a_plant_named_with_its_purpose_after_it(pipeline):
    """``منشأة هيمو لتوليد الكهرباء``: the name is the word right after the head; what it makes
    is no part of it."""
    r = _run(pipeline, "واستهدفت غارة تركية منشأة هيمو لتوليد الكهرباء في ريف المالكية ليل الأحد.")
    assert [u.name for u in r.unresolved] == ["هيمو"]
    assert next(m for m in r.mentions if m.unresolved_name == "هيمو").place_id == "malikiyah_countryside"


def test_a_mountain_with_a_two_word_name(pipeline):
    r = _run(pipeline, "وضربت طائرات حربية مواقع للوحدات الكردية في جبل قره داغ بريف المالكية.")
    assert [u.name for u in r.unresolved] == ["قره داغ"]


@pytest.mark.parametrize("text", [
    "اشتعلت النيران في محطة وقود على طريق عامودا ظهر اليوم.",  # a fuel station: no name follows
    "وقصفت المسيّرة محطة كهرباء القامشلي ليلاً.",  # a known town: nothing new
    "وأنشأت القوات الروسية قاعدة عسكرية جديدة قرب القامشلي.",  # an adjective, not a name
    "وأصيب راعٍ بانفجار لغم في حقل ألغام قرب عامودا.",  # a minefield
    "وقتل مزارع شاب برصاص مجهولين قرب عامودا.",  # a farmer, not farms
    "وأقام الهلال الأحمر مشفى ميدانياً قرب القامشلي.",  # a field hospital
    "ودعت منظمات دولية إلى فتح معبر آمن يخرج منه المدنيون قرب القامشلي.",  # a safe crossing
    "ووصلت قافلة المساعدات عبر معبر إنساني إلى ريف الحسكة مساء السبت.",  # a humanitarian one
])
def test_words_after_a_facility_head_that_name_nothing(pipeline, text):
    r = _run(pipeline, text)
    assert r.unresolved == []


# ---------------------------------------------------------------- facilities inside a town

def test_a_mosque_inside_a_town_is_drawn_at_the_town(pipeline):
    r = _run(pipeline, "وأطلق مسلحون النار على شاب أمام مسجد الفرقان وسط مدينة عامودا مساء أمس.")
    m = _by_text(r)["مسجد الفرقان"]
    assert m.place_id == "amuda" and m.unresolved_name == "الفرقان" and m.geo_precision == 2
    assert r.events and all(e.place_id == "amuda" for e in r.events)


def test_the_hospital_the_wounded_were_taken_to_is_not_the_events_place(pipeline):
    """The village the shell fell on is the scene; the hospital (and its town) where the wounded
    man was taken is reported as a place, never the event's."""
    r = _run(pipeline, "سقطت قذيفة على قرية دوكركا بريف القامشلي وأصيب طفل، ونُقل إلى مشفى الرحمة في عامودا.")
    assert "الرحمة" in [u.name for u in r.unresolved]
    assert r.events and all(e.unresolved_name == "دوكركا" for e in r.events)


def test_the_hospital_a_wounded_man_is_treated_in_is_not_the_events_place(pipeline):
    r = _run(pipeline, "أصيب راعٍ بقصف تركي على قرية دوكركا بريف القامشلي، وهو يتلقى العلاج في مشفى الرحمة بعامودا.")
    assert r.events and all(e.unresolved_name == "دوكركا" for e in r.events)


# ------------------------------------------------------------- a place's other name in brackets

def test_a_known_towns_other_name_in_brackets_is_the_same_place(pipeline):
    r = _run(pipeline, "ونفذت الأسايش حملة اعتقالات في بلدة القحطانية (تربسبيه) فجر اليوم.")
    m = _by_text(r)["تربسبيه"]
    assert m.place_id == "qahtaniyah"
    assert r.unresolved == []


def test_an_outlet_in_brackets_after_a_dateline_is_no_other_name(pipeline):
    r = _run(pipeline, "القامشلي (نورث برس) – داهمت الأسايش منازل في حي طي صباح اليوم.")
    assert "نورث برس" not in _by_text(r) and "نورث" not in _by_text(r)
