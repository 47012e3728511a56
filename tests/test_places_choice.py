"""Which place an event is given (issue 10, "places never snap elsewhere"): the largest class of
invented events on unseen text was the right type and day at the wrong place.

Every sentence here was written for these tests in the style of news copy; none is copied from
a report or from the evaluation texts.
"""

from __future__ import annotations

import datetime as dt

from pipeline.records import Article

DAY = dt.date(2024, 3, 14)


def _run(pipeline, text: str, language: str):
    return pipeline.process(Article("pc", "pc.txt", text, DAY, "Test outlet", language))


def _event_at(result, words: str):
    (ev,) = [e for e in result.events if words in e.evidence]
    return ev


# ---------------------------------------------------------------- a far homonym of an English spelling

def test_an_english_spelling_is_not_matched_to_a_far_homonym_of_the_reports_area(pipeline, gazetteer):
    """``Tel Nasri`` has the consonants of the gazetteer's ``Tell Nasr`` (south-east of Qamishli), but
    the text puts it by Tal Tamr, about 100 km away: it is a village the gazetteer lacks, drawn in
    the countryside the text gives, approximate, with its name."""
    text = ("On Monday a Turkish drone hit a farm tractor close to the Christian village of Tel Nasri, "
            "south-east of Tal Tamr, and its driver died.")
    result = _run(pipeline, text, "en")
    assert not [m for m in result.mentions if m.place_id == "tell_nasr"]
    ev = _event_at(result, "tractor")
    assert ev.place_id == "tall_tamr_countryside"
    assert ev.unresolved_name == "Tel Nasri" and ev.approximate


def test_an_english_spelling_near_the_reports_area_still_matches_its_place(pipeline):
    """The same spelling in a report about the Qamishli countryside is that village."""
    text = "Mortar rounds landed on Tel Nasri, a village south-east of Qamishli, on Monday, wounding a farmer."
    result = _run(pipeline, text, "en")
    assert [m.place_id for m in result.mentions if m.text == "Tel Nasri"] == ["tell_nasr"]


def test_a_peoples_adjective_before_village_is_not_an_unresolved_place(pipeline):
    """``the Assyrian village of X``: the adjective says who lives there; the name is X."""
    text = ("On Monday a Turkish drone hit a farm tractor close to the Assyrian village of Tel Nasri, "
            "south-east of Tal Tamr, and its driver died.")
    result = _run(pipeline, text, "en")
    assert [u.name for u in result.unresolved] == ["Tel Nasri"]
    assert _event_at(result, "tractor").unresolved_name == "Tel Nasri"


# ---------------------------------------------------------------- "Amuda's western countryside"

def test_a_towns_countryside_with_a_side_between_is_the_countryside_not_the_town(pipeline, gazetteer):
    """``Amuda's western countryside``: the possessive and a side word before ``countryside``
    name the town's countryside, as ``the western countryside of Amuda`` does."""
    result = _run(pipeline, "Unknown gunmen shot dead a shepherd on Monday in Amuda's western countryside.", "en")
    ev = _event_at(result, "shepherd")
    assert ev.place_id != "amuda" and "amuda" in gazetteer.ancestor_ids(ev.place_id)
    assert gazetteer.places[ev.place_id].kind == "area" and ev.approximate


# ---------------------------------------------------------------- the hospital where a victim died

def test_the_town_of_the_hospital_a_victim_died_in_is_not_the_events_place(pipeline):
    """``وتوفي أحدهما لاحقاً في مستشفى بمدينة القامشلي``: where the wounded man died is not where
    the mine went off; the subdistrict named at the head of the sentence is."""
    text = ("وفي ناحية تل حميس، أصيب راعيان بانفجار لغم أرضي اليوم الاثنين، "
            "وتوفي أحدهما لاحقاً في مستشفى بمدينة القامشلي.")
    ev = _event_at(_run(pipeline, text, "ar"), "لغم")
    assert ev.place_id == "tal_hmis_subdistrict"


def test_a_hospital_that_is_the_target_keeps_its_town(pipeline):
    """A hospital struck is where the event was: its town stays the place."""
    text = "قصفت طائرة مسيرة تركية اليوم الاثنين محيط مستشفى في مدينة القامشلي دون وقوع إصابات."
    ev = _event_at(_run(pipeline, text, "ar"), "مستشفى")
    assert ev.place_id == "qamishli"


# ---------------------------------------------------------------- a town's other name in brackets

def test_a_towns_other_name_in_brackets_does_not_replace_the_countryside_before_it(pipeline):
    """``في ريف مدينة ديرك (المالكية)``: the bracket only gives the town's other name; the place
    the sentence gives is still the town's countryside, where the unknown village lies."""
    text = ("استهدفت طائرة مسيرة تركية ظهر اليوم سيارة مدنية على الطريق المؤدي إلى قرية خربة سليمو "
            "الحدودية في ريف مدينة ديرك (المالكية) دون إصابات.")
    ev = _event_at(_run(pipeline, text, "ar"), "سيارة")
    assert ev.place_id == "malikiyah_countryside" and ev.approximate


def test_a_town_named_with_its_other_name_in_brackets_is_still_that_town(pipeline):
    text = "قصفت القوات التركية اليوم الاثنين سوق مدينة ديرك (المالكية) بقذائف الهاون دون إصابات."
    ev = _event_at(_run(pipeline, text, "ar"), "الهاون")
    assert ev.place_id == "malikiyah"


# ---------------------------------------------------------------- "near X" is approximate

def test_an_english_event_near_a_town_is_marked_approximate(pipeline):
    """``exploded near Amuda``: ACLED places it at Amuda, but not at it: approximate, as Arabic
    ``قرب``، ``بالقرب من`` already are."""
    ev = _event_at(_run(pipeline, "A farmer died on Monday when a landmine went off close to Amuda.", "en"),
                   "landmine")
    assert ev.place_id == "amuda" and ev.approximate and "near" in ev.notes


def test_an_english_event_in_a_town_is_not_approximate(pipeline):
    ev = _event_at(_run(pipeline, "A farmer died on Monday when a landmine went off in Amuda.", "en"), "landmine")
    assert ev.place_id == "amuda" and not ev.approximate


def test_a_variant_spelling_of_a_far_village_is_not_a_district_of_the_city_named(pipeline):
    """``the Salihiya district in Hasakah``: the gazetteer's only Al-Salihiyah is a village some
    60 km west of the city; a district of Hasakah is not moved there, it stays in the city,
    with its name."""
    result = _run(pipeline, "Air raids on Friday hit the Salihiya district in Hasakah, killing three civilians.", "en")
    assert not [m for m in result.mentions if m.place_id == "al_salihiyah"]
    ev = _event_at(result, "Salihiya")
    assert ev.place_id == "hasakah" and ev.unresolved_name == "Salihiya" and ev.approximate


def test_an_unknown_name_called_a_district_of_a_city_is_in_the_city_not_its_countryside(pipeline):
    """``in X, the southern district of Qamishli``: a district of a city lies in the city; the
    side word says where in it, not that it is in the countryside."""
    result = _run(pipeline, "A roadside bomb went off on Sunday in Kherbet Salimo, the southern district of "
                            "Qamishli, wounding two men.", "en")
    ev = _event_at(result, "roadside bomb")
    assert ev.place_id == "qamishli" and ev.unresolved_name == "Kherbet Salimo" and ev.approximate
    assert [u.placed_at for u in result.unresolved if u.name == "Kherbet Salimo"] == ["qamishli"]


# ---------------------------------------------------------------- where an act was seen from

def test_a_town_the_blast_was_seen_from_is_not_the_events_place(pipeline):
    """``its smoke could be seen from the Turkish town of Nusaybin``: the onlookers' town, not the
    blast's; the dateline city the article is about holds it."""
    text = ("QAMISHLI, Syria (Reuters) - A car bomb exploded on Monday beside a bakery in the eastern part "
            "of the city, and its smoke could be seen from the Turkish town of Nusaybin.")
    ev = _event_at(_run(pipeline, text, "en"), "car bomb")
    assert ev.place_id == "qamishli"


# ---------------------------------------------------------------- where the attackers came from

def test_the_town_attackers_came_from_is_not_the_place_of_the_attack(pipeline):
    """``gunmen who had come from Hasakah shot dead a shepherd in the village of X in the Amuda
    countryside``: Hasakah is where the gunmen set out, not where they killed; the village the
    gazetteer lacks is drawn in the countryside the text gives, not in Hasakah's."""
    result = _run(pipeline, "Gunmen who had driven over from Hasakah shot dead a shepherd on Monday in the village "
                            "of Kherbet Salimo in the Amuda countryside.", "en")
    ev = _event_at(result, "shepherd")
    assert ev.place_id == "amuda_countryside" and ev.unresolved_name == "Kherbet Salimo"


def test_a_town_some_kilometres_from_which_an_attack_happened_still_places_it(pipeline):
    """``15 km from Amuda`` says where, near the town: it is not an origin."""
    result = _run(pipeline, "A Turkish drone struck a car on Monday about 15 km from Amuda, killing two men.", "en")
    ev = _event_at(result, "drone")
    assert ev.place_id in ("amuda", "amuda_countryside")


# ---------------------------------------------------------------- a reporter's city after the village

def test_the_city_a_reporter_writes_from_does_not_enclose_an_unknown_village(pipeline):
    """``في قرية X، بحسب ما أفاد مراسلنا في القامشلي``: the reporter's city, named after the
    attribution, is not the area the village lies in; the governorate holds it."""
    text = ("قتل مدني اليوم الاثنين برصاص مسلحين مجهولين في قرية خربة سليمو، "
            "بحسب ما أفاد مراسلنا في القامشلي.")
    result = _run(pipeline, text, "ar")
    assert [u.placed_at for u in result.unresolved if u.name == "خربة سليمو"] == ["hasakah_governorate"]
    ev = _event_at(result, "خربة سليمو")
    assert ev.place_id == "hasakah_governorate" and ev.unresolved_name == "خربة سليمو"


def test_a_countryside_named_right_after_an_unknown_village_still_encloses_it(pipeline):
    text = "قتل مدني اليوم الاثنين برصاص مسلحين مجهولين في قرية خربة سليمو بريف عامودا، بحسب مراسلنا."
    result = _run(pipeline, text, "ar")
    assert [u.placed_at for u in result.unresolved if u.name == "خربة سليمو"] == ["amuda_countryside"]


# ---------------------------------------------------------------- where the shooters are stationed

def test_where_the_shelling_side_is_stationed_is_not_the_place_it_shelled_ar(pipeline):
    """``قوات النظام المتمركزة في المربع الأمني قصفت حي الزيتونية``: the square is where the
    gunners are; the quarter they hit is the event's place."""
    text = "قصفت قوات النظام المتمركزة في المربع الأمني اليوم الاثنين حي الزيتونية بقذائف الهاون، ما أدى إلى إصابة طفلين."
    ev = _event_at(_run(pipeline, text, "ar"), "الزيتونية")
    assert ev.place_id == "zaytuniyah"


def test_where_the_shelling_side_is_stationed_is_not_the_place_it_shelled_en(pipeline):
    text = ("Government forces stationed in the security square shelled the Zaytuniyah neighbourhood with mortars "
            "on Monday, wounding two children.")
    ev = _event_at(_run(pipeline, text, "en"), "Zaytuniyah")
    assert ev.place_id == "zaytuniyah"


def test_a_side_stationed_somewhere_and_attacked_there_keeps_that_place(pipeline):
    """With no other place named, where the side is stationed is where it was hit."""
    text = "A Turkish drone struck government forces stationed in the security square on Monday, wounding two soldiers."
    ev = _event_at(_run(pipeline, text, "en"), "drone")
    assert ev.place_id == "security_square"


def test_an_unknown_name_before_area_is_reported_and_drawn_in_the_area_the_text_gives(pipeline):
    """``in the Jazaa area, south of Qamishli``: a name the gazetteer lacks before ``area`` is
    reported with the event, drawn in the countryside the text gives."""
    result = _run(pipeline, "Gunmen killed a shepherd on Monday in the Jazaa area, south of Qamishli.", "en")
    ev = _event_at(result, "shepherd")
    assert ev.unresolved_name == "Jazaa" and ev.approximate
    assert ev.place_id in ("qamishli_countryside", "qamishli_southern_countryside")


# ---------------------------------------------------------------- the place people fled

def test_the_place_families_fled_is_the_displacements_place_not_a_landmark_of_another_clause(pipeline):
    """``As shells hit homes near the Wahda roundabout, dozens of families fled Hilaliya``: the
    displacement is from Hilaliya, the object of ``fled``; the roundabout is where shells fell."""
    text = "As shells hit homes near the Wahda roundabout, dozens of families fled Hilaliya on Monday."
    result = _run(pipeline, text, "en")
    (ev,) = [e for e in result.events if "displacement" in e.tags or e.trigger == "fled"]
    assert ev.place_id == "hilaliyah"
