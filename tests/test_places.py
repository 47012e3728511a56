"""Places never snap elsewhere; spelling variants by rule; outlets and adjectives are no places.

Every sentence here was written for these tests (facts in the style of 2019-2023 reports
about the Qamishli countryside), not copied from a source.
"""

from __future__ import annotations

import pytest

from pipeline.places import loose_key, matchable_names, name_variants


def _by_text(result):
    return {m.text: m for m in result.mentions}


# --------------------------------------------------------------------- unknown names
def test_unknown_village_falls_back_to_the_countryside_the_text_gives(run_text):
    r = run_text("واستهدفت طائرة مسيّرة تركية صباح اليوم قرية دوكركا بريف القامشلي الشرقي، دون ورود أنباء عن إصابات.")
    m = _by_text(r)["قرية دوكركا"]
    assert m.unresolved_name == "دوكركا"
    assert m.how == "unresolved" and m.approximate
    assert m.kind == "village"  # what the text named, so it stays the clause's most specific place
    # never Qamishli city as a named place: an area around it, coarse
    assert m.place_id != "qamishli"
    assert m.geo_precision == 3
    assert "unresolved: دوكركا" in m.name_en and "approx." in m.name_en
    assert "دوكركا" in m.location_note and "not in the gazetteer" in m.location_note
    assert [u.name for u in r.unresolved] == ["دوكركا"]
    assert r.unresolved[0].placed_at == m.place_id
    # the event takes its place from the mention, and says so
    assert r.events, "a drone strike on a village is an event"
    assert all(e.place_id == m.place_id and e.unresolved_name == "دوكركا" and e.approximate for e in r.events)
    assert all(e.place_id != "qamishli" for e in r.events)


def test_unknown_village_in_a_named_subdistrict_stays_in_the_subdistrict(run_text):
    r = run_text("وقصفت المدفعية التركية محيط قرية خربة كرمو التابعة لناحية القحطانية مساء أمس.")
    m = _by_text(r)["قرية خربة كرمو"]
    assert m.place_id == "qahtaniyah_subdistrict" and m.unresolved_name == "خربة كرمو"
    assert m.geo_precision == 3 and m.approximate


def test_enclosing_place_named_before_the_village(run_text):
    r = run_text("وفي ريف الحسكة الشمالي، سقطت قذائف على قرية أم حرملة وأصيب طفلان.")
    m = _by_text(r)["قرية أم حرملة"]
    assert m.unresolved_name == "أم حرملة"
    assert m.place_id not in ("hasakah", "qamishli")


def test_unknown_neighbourhood_falls_back_to_its_city_not_to_another_quarter(run_text):
    r = run_text("واندلعت اشتباكات بين الأسايش ومسلحين في حي العزيزية بمدينة الحسكة، قرب حي غويران.")
    by = _by_text(r)
    m = by["حي العزيزية"]
    assert m.place_id == "hasakah" and m.approximate and m.geo_precision == 2
    assert m.unresolved_name == "العزيزية"
    assert "Hasakah (approx.)" in m.name_en


def test_unknown_village_without_any_enclosing_place_gets_no_point(run_text):
    r = run_text("وقصفت طائرة مسيرة سيارة قرب قرية زركا.")
    assert [u.name for u in r.unresolved] == ["زركا"]
    assert r.unresolved[0].placed_at == ""
    # named, drawn nowhere: no place, no point (the event keeps the name, tests/test_places_h6.py)
    assert [(m.unresolved_name, m.place_id, m.lat, m.approximate) for m in r.mentions if m.unresolved_name] \
        == [("زركا", None, None, True)]


def test_a_village_is_never_placed_in_another_village(run_text):
    # تل شعير is a village in the gazetteer; the unknown village beside it is not moved there
    r = run_text("وتعرضت قرية كرديم المجاورة لقرية تل شعير لقصف مدفعي، والقريتان في ريف القامشلي.")
    m = _by_text(r)["قرية كرديم"]
    assert m.place_id != "tal_shaeer"
    assert m.unresolved_name == "كرديم"


def test_unknown_town_never_becomes_the_article_city(run_text):
    r = run_text("سيطرت القوات الحكومية على مدينة القامشلي. وفي مدينة سري كانيه المجاورة اندلعت اشتباكات.")
    for m in r.mentions:
        if m.unresolved_name:
            assert m.place_id != "qamishli"


# --------------------------------------------------------------------- spelling variants
@pytest.mark.parametrize("text", [
    "اشتباكات في حي قدور بيك بالقامشلي",
    "اشتباكات في حي قدور بك بالقامشلي",
    "اشتباكات في حي قدوربك بالقامشلي",
    "اشتباكات في حي قدوربيك بالقامشلي",
    "اشتباكات في قدوربيك بالقامشلي",
])
def test_qaddur_bek_in_every_spelling(run_text, text):
    r = run_text(text)
    assert "qaddur_bek" in {m.place_id for m in r.mentions}
    assert not r.unresolved


def test_variants_after_a_head_noun_with_and_without_the_article(run_text):
    r = run_text("وانفجرت عبوة ناسفة في مدينة حسكة وأخرى في بلدة قحطانية.")
    ids = {m.place_id for m in r.mentions}
    assert {"hasakah", "qahtaniyah"} <= ids
    assert not r.unresolved
    # ta marbuta / alef: عامودة and عامودا
    r = run_text("وشهدت بلدة عامودة مظاهرة.")
    assert "amuda" in {m.place_id for m in r.mentions}


def test_loose_key_folds_article_beik_hamza_and_joins():
    assert loose_key(["قدور", "بيك"]) == loose_key(["قدوربك"])
    assert loose_key(["الهلاليه"]) == loose_key(["هلاليه"])
    assert loose_key(["عاموده"]) == loose_key(["عامودا"])
    assert loose_key(["طيء"]) == loose_key(["طي"])
    assert loose_key(["القامشلي"]) != loose_key(["الحسكه"])


def test_name_variants_are_made_by_rule():
    v = name_variants("قدور بك")
    assert {"قدور بيك", "قدوربك", "قدوربيك"} <= v
    assert "تل ذهب" in name_variants("تل الذهب")
    assert "تل الذهب" in name_variants("تل ذهب")
    # a single word keeps its article: الحول (al-Hawl) must never match حول ('around')
    assert "حول" not in name_variants("الحول")
    assert name_variants("Qamishli") == set()


def test_bare_common_word_is_not_a_name_when_the_row_lists_safe_aliases(gazetteer):
    gharbiyah = gazetteer.places["gharbiyah"]
    assert "الغربية" not in matchable_names(gharbiyah)
    assert "حي الغربية" in matchable_names(gharbiyah)


# --------------------------------------------------------------------- not places
def test_adjectives_are_not_neighbourhoods(run_text):
    r = run_text("وتعرضت الأجزاء الغربية من مدينة الحسكة والأحياء الشرقية لقصف مدفعي.")
    ids = {m.place_id for m in r.mentions}
    assert "gharbiyah" not in ids
    assert "hasakah" in ids
    # with its head noun the quarter is still found
    r = run_text("وقعت اشتباكات في حي الغربية بالقامشلي.")
    assert "gharbiyah" in {m.place_id for m in r.mentions}


@pytest.mark.parametrize("outlet", ["تلفزيون سوريا", "لتلفزيون سوريا", "شبكة أخبار القامشلي", "وكالة سوريا"])
def test_outlet_names_are_not_places(run_text, outlet):
    r = run_text(f"وقال مراسل {outlet} إن اشتباكات اندلعت في حي طي.")
    ids = [m.place_id for m in r.mentions]
    assert "syria" not in ids
    assert ids.count("qamishli") == 0
    assert "tayy" in ids


@pytest.mark.parametrize("text", [
    "سقطت قذيفة على منزل في قرية بالقرب من مدينة القامشلي.",
    "قتل راعٍ في بلدة تقع جنوب القامشلي.",
    "اندلعت اشتباكات في قرية يسيطر عليها الجيش بريف القامشلي.",
    "نزحت عائلات إلى مخيم للنازحين قرب الحسكة.",
    "وقصفت المدفعية قرية كبيرة في ريف القامشلي.",
])
def test_words_after_a_head_noun_that_name_nothing(run_text, text):
    r = run_text(text)
    assert r.unresolved == []
    assert not any(m.unresolved_name for m in r.mentions)


def test_the_city_countryside_by_anaphora(run_text):
    r = run_text("دارت اشتباكات في القامشلي أمس. وقصفت مسيّرة سيارة عسكرية بريف المدينة.")
    by = _by_text(r)
    assert by["بريف المدينة"].place_id == "qamishli_countryside"
    assert by["بريف المدينة"].geo_precision == 3 and by["بريف المدينة"].approximate
    # a side of the countryside the gazetteer has no row for: the countryside as a whole, not the city
    r = run_text("دارت اشتباكات في القامشلي أمس. وقصفت مسيّرة موقعاً في الريف الشرقي للمدينة.")
    assert _by_text(r)["الريف الشرقي"].place_id == "qamishli_countryside"


def test_kurdish_town_names_in_arabic_script(run_text):
    r = run_text("واستهدفت مسيّرة تركية سيارة على طريق مدينة ديرك، وأخرى قرب سري كانيه، وثالثة في تربة سبيه.")
    ids = {m.place_id for m in r.mentions}
    assert {"malikiyah", "ras_al_ayn", "qahtaniyah"} <= ids


def test_front_line_villages_of_tal_tamr_have_their_own_points(run_text):
    r = run_text("وسقطت قذائف مدفعية تركية على قريتي تل جمعة وأم الكيف بريف تل تمر، دون إصابات.")
    by = {m.place_id: m for m in r.mentions}
    assert {"tall_jumah", "umm_al_kayf", "tall_tamr_countryside"} <= set(by)
    assert not by["umm_al_kayf"].approximate and by["umm_al_kayf"].geo_precision == 1
    assert "LOW TRUST" in by["umm_al_kayf"].location_note  # the module's points stay flagged


def test_lists_after_plural_and_dual_heads(run_text):
    r = run_text("وسقطت قذائف تركية على قرى الدردارة وقبر القرجنة والمجيبرة وعين العبد بريف تل تمر، "
                 "ونزحت عائلات من حيي غويران والزهور في مدينة الحسكة.")
    names = [u.name for u in r.unresolved]
    assert names == ["الدردارة", "قبر القرجنة", "المجيبرة", "عين العبد"]
    assert all(m.place_id == "tall_tamr_countryside" for m in r.mentions if m.unresolved_name)
    ids = {m.place_id for m in r.mentions}
    assert {"ghuwayran", "zuhour_hasakah"} <= ids  # الزهور (a common word) only as a list item of حيي
    # a known village inside the list stays itself
    r = run_text("وتعرضت قريتا سيكركا وتل زيوان في ريف القامشلي لقصف مدفعي.")
    by = {m.text: m for m in r.mentions}
    assert by["وتل زيوان"].place_id == "tal_ziwan"
    assert by["قريتا سيكركا"].unresolved_name == "سيكركا"


def test_the_city_whose_quarters_are_named_is_the_focus_over_a_dateline(run_text):
    r = run_text("الحسكة – اندلعت اشتباكات في حي طي بمدينة القامشلي قرب دوار الوحدة. "
                 "ونزحت عائلات نحو قرى في الريف الجنوبي.")
    assert {m.text: m for m in r.mentions}["الريف الجنوبي"].place_id == "qamishli_southern_countryside"


def test_two_unknown_villages_in_one_countryside_stay_two_events(run_text):
    r = run_text("قصفت المدفعية التركية صباح اليوم قرية دوكركا بريف القامشلي. "
                 "كما قصفت المدفعية التركية صباح اليوم قرية سيكركا بريف القامشلي.")
    assert sorted(e.unresolved_name for e in r.events) == ["دوكركا", "سيكركا"]
    assert {e.place_id for e in r.events} == {"qamishli_countryside"}


def test_reports_of_two_unknown_villages_do_not_merge():
    from pipeline.merge import _key

    a = {"date_from": "2022-11-20", "date_to": "2022-11-20", "place_id": "qamishli_countryside",
         "actor1_id": "turkey", "actor2_id": "", "event_type": "Explosions/Remote violence",
         "sub_event_type": "Shelling/artillery/missile attack", "unresolved_name": "دوكركا"}
    assert _key(a) != _key({**a, "unresolved_name": "سيكركا"})
    assert _key(a) == _key(dict(a))
