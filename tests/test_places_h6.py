"""Places never snap elsewhere (issue 10, point 4): an event whose own place is a name the
gazetteer lacks is drawn in the area the text gives around that name, else in a coarser area
that holds it (the governorate when nothing nearer is known), flagged approximate with the
name and listed as unresolved; never at another town or village, nor at the article's town.

Every sentence here was written for these tests in the style of Arabic and English news copy;
none is copied from a report or from the evaluation texts. The village and town names that
are not in the gazetteer are made up (``خربة سليمو``, ``Kherbet Salimo``).
"""

from __future__ import annotations

import datetime as dt

import pytest

from pipeline.records import Article

DAY = dt.date(2024, 3, 14)
SETTLEMENTS = {"city", "town", "village", "neighbourhood"}


def _run(pipeline, text: str, language: str):
    return pipeline.process(Article("h6", "h6.txt", text, DAY, "Test outlet", language))


def _event_at(result, name: str):
    """The one event whose evidence names ``name``."""
    (ev,) = [e for e in result.events if name in e.evidence]
    return ev


def _kind(gazetteer, pid):
    return gazetteer.places[pid].kind if pid else None


# ---------------------------------------------------------------- Arabic

@pytest.mark.parametrize("text, name", [
    # the article is about Tal Tamr; the village's own sentence names no area around it
    ("سقطت قذائف على مدينة تل تمر صباح اليوم الخميس. وفي المساء قصفت القوات التركية قرية خربة سليمو "
     "بالمدفعية الثقيلة.", "خربة سليمو"),
    # a subdistrict's centre the gazetteer lacks, in an article about Tal Tamr
    ("هدأت الجبهات في محيط بلدة تل تمر اليوم الخميس. وشنت طائرات تركية غارات على مواقع في محيط ناحية "
     "كرسنجق دون معلومات عن خسائر.", "كرسنجق"),
])
def test_an_unknown_village_with_no_area_given_is_drawn_in_the_governorate_not_the_articles_town(
        pipeline, gazetteer, text, name):
    result = _run(pipeline, text, "ar")
    ev = _event_at(result, name)
    assert ev.place_id == "hasakah_governorate"
    assert ev.approximate and name in ev.unresolved_name
    assert any(name in u.name and u.placed_at == "hasakah_governorate" for u in result.unresolved)


def test_an_unknown_village_the_sentence_places_in_a_countryside_is_drawn_there(pipeline):
    """What the text gives still wins over the governorate."""
    result = _run(pipeline, "قصفت القوات التركية اليوم الخميس قرية خربة سليمو بريف عامودا.", "ar")
    ev = _event_at(result, "خربة سليمو")
    assert ev.place_id == "amuda_countryside" and ev.unresolved_name


def test_an_unknown_town_in_an_area_the_gazetteer_lacks_is_drawn_nowhere_not_at_the_articles_city(pipeline):
    text = ("شهدت مدينة الحسكة هدوءاً حذراً اليوم الخميس. وتبادل مسلحون من عشيرتين إطلاق النار قرب بلدة "
            "كرسنجق في ريف بلدروش الشرقي البعيد عن المحافظة.")
    result = _run(pipeline, text, "ar")
    ev = _event_at(result, "كرسنجق")
    assert ev.place_id is None and ev.latitude is None
    assert ev.unresolved_name == "كرسنجق" and ev.approximate


# ---------------------------------------------------------------- English

def test_an_unknown_town_after_outskirts_of_is_not_drawn_at_the_articles_town(pipeline, gazetteer):
    text = ("Shops in Tal Tamr stayed closed on Wednesday and residents of Tal Tamr feared a new offensive.\n"
            "Turkish-backed factions shelled the outskirts of Kherbet Salimo on Wednesday, wounding two soldiers.")
    result = _run(pipeline, text, "en")
    ev = _event_at(result, "Kherbet Salimo")
    assert ev.place_id == "hasakah_governorate"
    assert ev.unresolved_name == "Kherbet Salimo" and ev.approximate
    assert [u.placed_at for u in result.unresolved if u.name == "Kherbet Salimo"] == ["hasakah_governorate"]


@pytest.mark.parametrize("text, area", [
    ("A Turkish drone struck a car near the village of Kherbet Salimo, east of Amuda, on Wednesday, "
     "killing two men.", "amuda_countryside"),
    ("Two men were killed on Wednesday when a Turkish drone struck a car near the village of Kherbet Salimo "
     "in the Qamishli countryside.", "qamishli_countryside"),
])
def test_an_unknown_village_is_drawn_in_the_area_its_sentence_gives(pipeline, gazetteer, text, area):
    result = _run(pipeline, text, "en")
    ev = _event_at(result, "Kherbet Salimo")
    assert ev.place_id == area and ev.unresolved_name == "Kherbet Salimo"
    assert all(u.placed_at == area for u in result.unresolved if u.name == "Kherbet Salimo")
    assert _kind(gazetteer, ev.place_id) not in SETTLEMENTS


def test_an_unknown_neighbourhood_stays_in_its_city(pipeline):
    """A quarter lies in the city the text names with it: the city is its enclosing area."""
    result = _run(pipeline, "A drone hit a car in the Kherbet Salimo neighbourhood of Qamishli on Wednesday.", "en")
    ev = _event_at(result, "Kherbet Salimo")
    assert ev.place_id == "qamishli" and ev.unresolved_name == "Kherbet Salimo"
    assert [u.placed_at for u in result.unresolved if u.name == "Kherbet Salimo"] == ["qamishli"]


def test_a_known_town_named_again_in_brackets_is_that_town_not_an_unresolved_name(pipeline):
    """``X (Amuda) town``, no head noun before X: the pair is called a town, Amuda's kind, so X
    is Amuda's other name, not an unknown place."""
    result = _run(pipeline, "A Turkish drone struck a position of government forces near Kherbet Salimo (Amuda) "
                            "town on Wednesday.", "en")
    ev = _event_at(result, "Kherbet Salimo")
    assert ev.place_id == "amuda" and not ev.unresolved_name
    assert not [u for u in result.unresolved if u.name == "Kherbet Salimo"]


@pytest.mark.parametrize("text, area", [
    # a head noun before the unknown name: a village, so the bracketed town is its enclosure
    ("A Turkish drone struck a car near the village of Kherbet Salimo (Tal Tamr) on Wednesday, killing two men.",
     "tall_tamr_countryside"),
    ("Turkish artillery shelled the village of Kherbet Salimo (Amuda) on Wednesday.", "amuda_countryside"),
    # no head noun, and nothing says the two are one place: the enclosure again
    ("A Turkish drone struck a position of government forces near Kherbet Salimo (Amuda) on Wednesday.",
     "amuda_countryside"),
])
def test_a_known_town_in_brackets_after_an_unknown_village_is_its_enclosing_area(pipeline, gazetteer, text, area):
    """House rule: a place missing from the gazetteer is never moved to a different named place.
    ``the village of X (Tal Tamr)`` is drawn in Tal Tamr's countryside, approximate, flagged
    with its name and listed in unresolved.csv, not at Tal Tamr town."""
    result = _run(pipeline, text, "en")
    ev = _event_at(result, "Kherbet Salimo")
    assert ev.place_id == area and ev.approximate and ev.unresolved_name == "Kherbet Salimo"
    assert [u.placed_at for u in result.unresolved if u.name == "Kherbet Salimo"] == [area]
    assert _kind(gazetteer, ev.place_id) not in SETTLEMENTS


# ---------------------------------------------------------------- coverage: names of cited rows

def test_the_villages_reports_call_leilan_and_qasrok_are_the_cited_rows(pipeline):
    """``ليلان`` (the village by Tell Leilan) and ``قصروك`` (Qasrok), as reports of the Qahtaniyah
    countryside write them, are the gazetteer's cited rows, not unresolved names; the rows'
    points are unchanged and stay low trust."""
    result = _run(pipeline, "التهمت النيران أمس حقول القمح في قريتي ليلان وقصروك بريف القحطانية.", "ar")
    found = {m.place_id for m in result.mentions}
    assert {"tell_leilan", "qasrok"} <= found
    assert not [u for u in result.unresolved if u.name in ("ليلان", "قصروك")]
    for pid in ("tell_leilan", "qasrok"):
        assert pipeline.gazetteer.places[pid].trust == "low"
    result = _run(pipeline, "Fires burned wheat fields near Laylan and Qesrok in the Qahtaniyah countryside.", "en")
    assert {"tell_leilan", "qasrok"} <= {m.place_id for m in result.mentions}


# ---------------------------------------------------------------- an article that names no known place

@pytest.mark.parametrize("text, name, language", [
    ("قصفت القوات التركية قرية خربة سليمو بقذائف المدفعية صباح اليوم الخميس.", "خربة سليمو", "ar"),
    ("Turkish forces shelled the village of Kherbet Salimo with artillery on Thursday morning.",
     "Kherbet Salimo", "en"),
])
def test_an_unknown_village_in_an_article_naming_no_known_place_keeps_its_name_drawn_nowhere(
        pipeline, text, name, language):
    """No enclosing area in the sentence, no known place in the article (so no governorate):
    the event keeps the name as written, has no place and no point, and is approximate."""
    result = _run(pipeline, text, language)
    ev = _event_at(result, name)
    assert ev.unresolved_name == name
    assert ev.place_id is None and ev.latitude is None and ev.longitude is None and ev.geo_precision is None
    assert ev.approximate
    assert [(u.name, u.placed_at) for u in result.unresolved] == [(name, "")]


@pytest.mark.parametrize("text, names, language", [
    # the same village twice on one day: one event
    ("قصفت القوات التركية قرية خربة سليمو بقذائف المدفعية صباح اليوم الخميس. وعادت القوات التركية "
     "لتقصف قرية خربة سليمو بالمدفعية بعد الظهر.", ["خربة سليمو"], "ar"),
    # two villages the gazetteer lacks, the same day: two events, one at each name
    ("قصفت القوات التركية قرية خربة سليمو بقذائف المدفعية صباح اليوم الخميس. وفي المساء قصفت القوات "
     "التركية قرية كاني جمو بالمدفعية.", ["خربة سليمو", "كاني جمو"], "ar"),
    ("Turkish forces shelled the village of Kherbet Salimo with artillery on Thursday morning. "
     "On Thursday evening, Turkish forces shelled the village of Kani Jemo with mortars.",
     ["Kherbet Salimo", "Kani Jemo"], "en"),
])
def test_unknown_villages_drawn_nowhere_merge_by_their_names(pipeline, text, names, language):
    result = _run(pipeline, text, language)
    assert sorted(e.unresolved_name for e in result.events) == sorted(names)
    assert all(e.place_id is None and e.latitude is None for e in result.events)


# ---------------------------------------------------------------- the name a place-less event carries

@pytest.mark.parametrize("text, name, area_en, area_ar, language", [
    # no known place in the article: drawn nowhere
    ("Turkish forces shelled the village of Kherbet Salimo with artillery on Thursday morning.",
     "Kherbet Salimo", None, None, "en"),
    ("قصفت القوات التركية قرية خربة سليمو بقذائف المدفعية صباح اليوم الخميس.", "خربة سليمو", None, None, "ar"),
    # the article's town names no area around the name: the governorate, which has no point either
    ("Markets in Qamishli reopened on Wednesday. On Thursday, gunmen on a motorbike shot dead a shepherd "
     "on the outskirts of Dugirkan, a local source said.", "Dugirkan", "Hasakah governorate", "محافظة الحسكة", "en"),
    # an area the sentence gives, with a point: the name is kept there too, as in Arabic
    ("A Turkish drone struck a car near the village of Kherbet Salimo, in the Hasakah countryside, "
     "on Thursday, killing its driver.", "Kherbet Salimo", "Hasakah countryside", "ريف الحسكة", "en"),
])
def test_an_event_at_a_name_the_gazetteer_lacks_names_it_in_its_location_in_both_languages(
        pipeline, text, name, area_en, area_ar, language):
    """English events placed for a name the gazetteer lacks had the area's bare name as their
    location, or a blank one with no area (CSV and GeoJSON downloads, build outputs), where an
    Arabic event says ``Hasakah governorate (approx.), unresolved: …`` or ``… (not in the
    gazetteer)``. Both languages now name the place the same way: the name, and the area."""
    ev = _event_at(_run(pipeline, text, language), name)
    assert ev.unresolved_name == name
    if area_en is None:
        assert (ev.location, ev.location_ar.endswith(name)) == (f"{name} (not in the gazetteer)", True)
    else:
        assert ev.location == f"{area_en} (approx.), unresolved: {name}"
        assert name in ev.location_ar and area_ar in ev.location_ar


def test_the_downloads_of_an_english_event_with_no_point_name_its_place(pipeline, gazetteer):
    """The ACLED CSV and GeoJSON downloads carry the event's own ``location``: the name the text
    gives and the area, never an empty cell."""
    import csv
    import io
    import json

    import pandas as pd

    from mapapp import exports

    texts = ["Turkish forces shelled the village of Kherbet Salimo with artillery on Thursday morning.",
             "Markets in Qamishli reopened on Wednesday. On Thursday, gunmen on a motorbike shot dead a "
             "shepherd on the outskirts of Dugirkan, a local source said."]
    events = pd.DataFrame([e.to_dict() for t in texts for e in _run(pipeline, t, "en").events])
    unplaced = events[events["latitude"].isna()]
    assert set(unplaced["unresolved_name"]) == {"Kherbet Salimo", "Dugirkan"}
    rows = list(csv.DictReader(io.StringIO(exports.acled_csv(unplaced, bom=False).decode("utf-8"), newline="")))
    feats = json.loads(exports.events_geojson(unplaced))["features"]
    for got in ([r["location"] for r in rows], [f["properties"]["location"] for f in feats]):
        assert sorted(got) == ["Hasakah governorate (approx.), unresolved: Dugirkan",
                               "Kherbet Salimo (not in the gazetteer)"]
