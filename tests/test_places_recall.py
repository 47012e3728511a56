"""Place recall on text nobody tuned on (issue 10): place mentions a report gives in forms the
rules did not read. Every sentence here was written for these tests, not copied from a report.
"""

from __future__ import annotations

import datetime as dt

from pipeline.records import Article


def _run(pipeline, text: str, published: dt.date = dt.date(2022, 11, 21)):
    art = Article(id="t", path="<test>", text=text, published=published, source="test", language="ar")
    return pipeline.process(art)


def _unresolved(result):
    return [(m.text, m.unresolved_name, m.place_id) for m in result.mentions if m.unresolved_name]


# ------------------------------------------- a short name told again in a place's slot

def test_a_short_village_name_told_again_after_its_people_is_that_village(pipeline):
    r = _run(pipeline, "سقطت قذائف تركية على قرية كسرو بريف عامودا مساء أمس. ونزح معظم أهالي كسرو إلى القرى المجاورة.")
    assert ("كسرو", "كسرو", "amuda_countryside") in _unresolved(r)


def test_a_short_village_name_after_a_distance_verb_is_that_village(pipeline):
    r = _run(pipeline, "استهدفت مسيرة تركية سيارة قرب قرية نبعة في ريف الدرباسية. ولا تبعد نبعة سوى كيلومترين عن الحدود.")
    assert ("نبعة", "نبعة", "darbasiyah_countryside") in _unresolved(r)


def test_a_facility_name_told_again_after_water_is_that_facility(pipeline):
    r = _run(pipeline, "توقفت محطة زركا بريف رأس العين عن الضخ. ويشتري السكان الصهاريج منذ انقطاع مياه زركا قبل شهر.")
    assert [t for t, n, _ in _unresolved(r) if n == "زركا"] == ["محطة زركا", "زركا"]


def test_a_short_name_in_a_construct_is_a_common_noun_not_the_village(pipeline):
    r = _run(pipeline, "قصفت القوات التركية قرية خزنة في ريف القحطانية صباح اليوم. وقال الأهالي إن من خزنة المياه تسربت المياه.")
    assert [t for t, _, _ in _unresolved(r)] == ["قرية خزنة"]


def test_a_short_name_out_of_a_places_slot_is_not_sought(pipeline):
    r = _run(pipeline, "قصفت القوات التركية قرية نبعة في ريف الدرباسية. وقال نبعة إن القصف استمر ساعة.")
    assert [t for t, _, _ in _unresolved(r)] == ["قرية نبعة"]


def test_a_headline_facility_before_the_datelines_town_is_still_named(pipeline):
    r = _run(pipeline, "احتجاج على قطع مياه محطة زركا\nالحسكة – تظاهر العشرات أمام مبنى الأمم المتحدة.")
    assert "زركا" in [u.name for u in r.unresolved]


# ------------------------------------------- a definite head and a relational adjective

def test_a_national_hospital_the_wounded_were_taken_to_is_a_site_of_the_city(pipeline):
    r = _run(pipeline, "أصيب ثلاثة مدنيين بقصف على حي الهلالية في القامشلي، ونقلوا إلى المستشفى الوطني لتلقي العلاج.")
    assert ("المستشفى الوطني", "المستشفى الوطني", "qamishli") in _unresolved(r)


def test_a_municipal_stadium_and_a_courthouse_are_sites_of_the_town_the_text_gives(pipeline):
    r = _run(pipeline, "تجمع العشرات أمام القصر العدلي في مدينة عامودا، ثم ساروا حتى الملعب البلدي.")
    got = {t: p for t, _, p in _unresolved(r)}
    assert got.get("القصر العدلي") == "amuda" and got.get("الملعب البلدي") in ("amuda", "qamishli")


def test_an_industrial_zone_and_an_eastern_quarter_are_named(pipeline):
    r = _run(pipeline, "انفجرت سيارة مفخخة في المنطقة الصناعية بمدينة الحسكة. وفي الدرباسية سقطت قذيفة على منازل في الحي الشرقي.")
    got = {t: p for t, _, p in _unresolved(r)}
    assert got.get("المنطقة الصناعية") == "hasakah" and got.get("الحي الشرقي") == "darbasiyah"


def test_a_media_centre_a_local_market_and_an_eastern_region_are_no_sites(pipeline):
    r = _run(pipeline, "قال المركز الإعلامي لقوات سوريا الديمقراطية إن الأسعار ارتفعت في السوق المحلية في المنطقة الشرقية من القامشلي.")
    assert _unresolved(r) == []


def test_a_hospital_someone_works_at_is_his_employer_not_a_place(pipeline):
    r = _run(pipeline, "اعتقلت الأسايش شاباً يعمل موظفاً في المشفى الوطني بمدينة القامشلي.")
    assert _unresolved(r) == []


def test_a_site_of_the_city_told_after_a_clash_there_is_the_same_event(pipeline):
    r = _run(pipeline, "اندلعت اشتباكات بين الأسايش والدفاع الوطني وسط مدينة القامشلي مساء أمس. "
                       "واستمر تبادل إطلاق النار في محيط السوق المركزي حتى منتصف الليل.")
    assert len([e for e in r.events if e.event_type == "Battles"]) == 1


def test_the_areas_of_the_clash_are_no_clash_of_their_own(pipeline):
    r = _run(pipeline, "اندلعت اشتباكات بين الأسايش وعناصر من الجيش السوري في حي طي بالقامشلي مساء أمس. "
                       "وطوقت الأسايش الأحياء المحيطة لإبعاد المدنيين عن مناطق الاشتباك، بينما أغلقت المحال في السوق المركزي أبوابها.")
    assert len([e for e in r.events if e.event_type == "Battles"]) == 1


# ------------------------------------------- English: the capital's name as the province's

def _run_en(pipeline, text: str):
    art = Article(id="t", path="<test>", text=text, published=dt.date(2022, 11, 21), source="test", language="en")
    return pipeline.process(art)


def _ids(result, written: str) -> list[str | None]:
    return [m.place_id for m in result.mentions if m.text == written]


def test_an_opening_label_names_the_province(pipeline):
    r = _run_en(pipeline, "Al-Hasakah: two SDF fighters were killed on Monday when gunmen opened fire near Tal Tamr.")
    assert _ids(r, "Al-Hasakah") == ["hasakah_governorate"]


def test_a_list_with_another_provinces_capital_names_the_province(pipeline):
    r = _run_en(pipeline, "Cells of the group have carried out dozens of attacks in Raqqa and Hasakah since January, "
                          "the monitor said.")
    assert _ids(r, "Hasakah") == ["hasakah_governorate"]


def test_in_the_capitals_name_after_a_town_of_the_province_is_the_province(pipeline):
    r = _run_en(pipeline, "Gunmen shot dead a teacher in the eastern countryside of Tal Tamr in al-Hasakah on Sunday.")
    assert _ids(r, "al-Hasakah") == ["hasakah_governorate"]


def test_a_site_in_the_city_and_a_list_with_a_city_of_the_province_stay_the_city(pipeline):
    r = _run_en(pipeline, "Clashes broke out near the security square in Hasakah, and shops closed in Qamishli and Hasakah.")
    assert set(_ids(r, "Hasakah")) == {"hasakah"}


# ------------------------------------------- the airport told back; other spellings

def test_its_airport_after_the_city_is_the_citys_airport(pipeline):
    r = _run_en(pipeline, "Government forces keep a few offices in Qamishli and troops at its airport, residents said.")
    assert _ids(r, "its airport") == ["qamishli_airport"]


def test_the_airport_is_that_of_the_city_named_before_it_in_the_sentence(pipeline):
    r = _run_en(pipeline, "Most of Hasakah province is run by the SDF. In Qamishli, the army still holds the airport and "
                          "a few streets.")
    assert _ids(r, "the airport") == ["qamishli_airport"]


def test_an_airport_with_no_determiner_is_not_told_back(pipeline):
    r = _run_en(pipeline, "Russia wants an airport in the region, officials in Qamishli said.")
    assert _ids(r, "airport") == [] and _ids(r, "an airport") == []


def test_the_kurdish_name_of_the_city_before_its_airport_is_the_airport(pipeline):
    r = _run(pipeline, "وتوجهت المدرعات الروسية بعد انتهاء الدورية إلى مطار قامشلو.")
    assert [m.place_id for m in r.mentions if "مطار" in m.text] == ["qamishli_airport"]


def test_security_squares_in_the_plural_are_the_security_square(pipeline):
    r = _run_en(pipeline, "The SDF lifted its siege of the government-held security squares on Tuesday.")
    assert _ids(r, "security squares") == ["security_square"]


# ------------------------------------------- the Administration's region, the Khabur valley

def test_the_jazira_canton_and_region_are_the_region(pipeline):
    r = _run(pipeline, "شن التنظيم هجوماً على مواقع قرب الشدادي جنوب مقاطعة الجزيرة فجر اليوم.")
    assert [m.place_id for m in r.mentions if m.text == "مقاطعة الجزيرة"] == ["jazira_region"]
    e = _run_en(pipeline, "Power cuts hit much of the Jazira Region after strikes on the Cizîrê region's plants.")
    assert _ids(e, "Jazira Region") == ["jazira_region"]


def test_the_banks_and_villages_of_the_khabur_are_its_valley(pipeline):
    r = _run(pipeline, "نزحت عائلات من القرى المنتشرة على ضفاف الخابور، وتضم منطقة الخابور عشرات القرى.")
    assert [m.place_id for m in r.mentions if "الخابور" in m.text] == ["khabur_valley", "khabur_valley"]


def test_the_channel_and_the_administrations_bodies_are_no_region(pipeline):
    r = _run(pipeline, "وقال المجلس التنفيذي لإقليم الجزيرة لقناة الجزيرة إن شبكة الخابور نقلت الخبر.")
    assert not [m for m in r.mentions if m.place_id in ("jazira_region", "khabur_valley")]


# ------------------------------------------- villages named in a list after "among them"

def _names(result) -> list[str]:
    return [m.unresolved_name for m in result.mentions if m.unresolved_name]


def test_villages_listed_after_among_them_are_villages(pipeline):
    r = _run(pipeline, "أتت الحرائق على محاصيل أكثر من 20 قرية في ريف القحطانية، بينها كرشو وتل جهان وبركو.")
    assert _names(r) == ["كرشو", "تل جهان", "بركو"]
    assert {m.place_id for m in r.mentions if m.unresolved_name} == {"qahtaniyah_countryside"}


def test_a_village_given_as_an_example_is_a_village_and_a_destination(pipeline):
    r = _run(pipeline, "نزحت عشرات العائلات من القرى الحدودية في ريف الدرباسية، ولجأ النازحون إلى قرى في العمق مثل سفانة.")
    assert "سفانة" in _names(r)
    assert len([e for e in r.events if "displacement" in e.tags]) == 1


def test_quarters_named_after_especially_are_quarters(pipeline):
    r = _run(pipeline, "يعاني سكان أحياء واسعة في مدينة الحسكة، ولا سيما الكلاسة وتل شمرين، من انقطاع المياه.")
    assert _names(r)[-2:] == ["الكلاسة", "تل شمرين"]


def test_among_them_after_people_or_a_clause_after_a_comma_names_no_village(pipeline):
    r = _run(pipeline, "قتل خمسة مدنيين بقصف على قرى ريف عامودا، بينهم طفلان. وتضم المنطقة عشرات القرى أبرزها الجوادية، وتنتشر فيها الحقول.")
    assert _names(r) == []


# ------------------------------------------- ناحية before a town's other name

def test_nahiya_before_a_towns_kurdish_name_is_its_subdistrict(pipeline):
    r = _run(pipeline, "قصفت طائرات تركية محطة كهرباء في قرية تابعة لناحية ديرك فجر اليوم.")
    assert [m.place_id for m in r.mentions if "ديرك" in m.text] == ["malikiyah_subdistrict"]


def test_nahiya_before_another_towns_name_is_its_subdistrict(pipeline):
    r = _run(pipeline, "خرج المئات من أهالي ناحية تربه سبيه في مسيرة، كما تظاهر أهالي ناحية عامودا.")
    assert [m.place_id for m in r.mentions if m.text.startswith("ناحية")] == ["qahtaniyah_subdistrict", "amuda_subdistrict"]


def test_nahiya_before_a_town_with_no_subdistrict_row_stays_the_town(pipeline):
    r = _run(pipeline, "سقطت قذائف على أطراف ناحية تل تمر صباح اليوم.")
    assert [m.place_id for m in r.mentions if "تل تمر" in m.text] == ["tall_tamr"]


# ------------------------------------------- a road named for the airport

def test_the_airport_road_is_a_road_of_the_city_not_the_airport(pipeline):
    r = _run(pipeline, "انفجرت عبوة ناسفة صباح اليوم بسيارة عسكرية على طريق المطار جنوبي مدينة القامشلي.")
    road = [m for m in r.mentions if m.text == "طريق المطار"]
    assert road and road[0].place_id == "qamishli" and road[0].unresolved_name
    assert [e.place_id for e in r.events] == ["qamishli"]


def test_the_road_of_a_named_airport_and_one_behind_a_preposition_are_roads(pipeline):
    r = _run(pipeline, "أغلقت الأسايش طريق مطار القامشلي، ثم فتحت الحواجز المقامة بطريق المطار مساءً.")
    assert [m.text for m in r.mentions if m.unresolved_name] == ["طريق مطار القامشلي", "طريق المطار"]


def test_the_airport_itself_stays_the_airport(pipeline):
    r = _run(pipeline, "وصلت تعزيزات عسكرية إلى مطار القامشلي مساء أمس قادمة من الطريق الدولي.")
    assert [m.place_id for m in r.mentions if "مطار" in m.text] == ["qamishli_airport"]


# ------------------------------------------- a named checkpoint

def test_a_checkpoint_named_for_a_village_is_a_site(pipeline):
    r = _run(pipeline, "أطلق جنود أمريكيون النار قرب حاجز كرديس في ريف القامشلي الشرقي.")
    assert "كرديس" in [u.name for u in r.unresolved]


def test_a_checkpoint_of_a_named_place_in_the_town(pipeline):
    r = _run(pipeline, "اعتقلت الأسايش شاباً عند حاجز جرمز في مدينة القامشلي صباح اليوم.")
    assert "جرمز" in [u.name for u in r.unresolved]


def test_a_checkpoint_of_a_force_or_a_security_checkpoint_names_no_site(pipeline):
    r = _run(pipeline, "أقامت الأسايش حاجزاً أمنياً قرب دوار الوحدة، وأطلق مسلح النار على حاجز لقواتنا في القامشلي.")
    assert r.unresolved == []


# ------------------------------------------- a particle name joined to a known village

def test_a_tell_name_joined_to_a_known_village_is_one_more_village(pipeline):
    r = _run(pipeline, "سقطت قذائف مدفعية تركية على تل جمعة وتل كرابيت عصر اليوم.")
    assert [m.unresolved_name for m in r.mentions if m.unresolved_name] == ["تل كرابيت"]


def test_an_umm_or_abu_name_joined_to_a_known_village_is_one_more_village(pipeline):
    r = _run(pipeline, "نزحت عائلات من تل جمعة وأم رويسة ومن قرى أخرى.")
    assert "أم رويسة" in [m.unresolved_name for m in r.mentions if m.unresolved_name]


def test_a_word_with_no_particle_after_a_known_village_is_no_village(pipeline):
    r = _run(pipeline, "سقطت قذائف على تل جمعة ومحيطها دون إصابات.")
    assert [m.unresolved_name for m in r.mentions if m.unresolved_name] == []
