"""The confidence stage after the events (pipeline/confidence.py): an event whose own sentence does
not name its place (only "the city", "the neighbourhood", or nothing) is at most medium.

The trial found a displacement "high confidence" whose sentence names no place (only المدينة)."""

from __future__ import annotations

import datetime as dt

import pytest

import pipeline.core as core
from pipeline.confidence import cap_inferred_places, place_named
from pipeline.records import Article

AR = ("اندلعت اشتباكات عنيفة مساء الثلاثاء في حي طي بمدينة القامشلي بين قوات الأسايش وعناصر الدفاع الوطني.\n"
      "وفي مساء الأربعاء نزحت عشرات العائلات من الحي هرباً من الاشتباكات بين الأسايش والدفاع الوطني.")
EN = ("Clashes broke out on Tuesday evening in the Tayy neighbourhood of Qamishli between the Asayish and the "
      "National Defence Forces.\nOn Wednesday, a drone strike hit a car near the roundabout in the city, "
      "killing two SDF fighters.")


def _run(pipeline, text, language):
    art = Article(id="t", path="<test>", text=text, published=dt.date(2021, 4, 22), source="test", language=language)
    return pipeline.process(art)


@pytest.mark.parametrize("text, language, inferred", [(AR, "ar", "Other"), (EN, "en", "Air/drone strike")])
def test_an_event_placed_by_inference_is_at_most_medium(pipeline, monkeypatch, text, language, inferred):
    r = _run(pipeline, text, language)
    named = next(e for e in r.events if e.sub_event_type == "Armed clash")
    guessed = next(e for e in r.events if e.sub_event_type == inferred)
    assert named.place_id == "tayy" and named.confidence == "high"  # its sentence names Tayy
    assert place_named(named, r.mentions, pipeline.gazetteer)
    assert not place_named(guessed, r.mentions, pipeline.gazetteer)  # "the neighbourhood", "the city"
    assert guessed.confidence == "medium"
    # the event rules alone graded it high: this stage is what lowers it
    monkeypatch.setattr(core, "cap_inferred_places", lambda result, gazetteer: result)
    again = next(e for e in _run(pipeline, text, language).events if e.sub_event_type == inferred)
    assert again.confidence == "high"
    assert cap_inferred_places(_run(pipeline, text, language), pipeline.gazetteer).events[1].confidence == "medium"


def test_the_seed_displacement_in_the_city_is_medium(seed_result):
    """'نزحت عشرات العوائل من مناطق الاشتباكات' names no place: its Tayy comes from earlier sentences."""
    d = next(e for e in seed_result.events if "displacement" in e.rule)
    assert d.place_id == "tayy" and d.confidence == "medium"
    assert all(e.confidence == "high" for e in seed_result.events if e.place_id == "wahda_roundabout")


def test_a_village_missing_from_the_gazetteer_named_in_the_sentence_counts_as_named(pipeline):
    """Drawn at the countryside the text gives (approximate), but named in its own sentence: not inferred."""
    r = _run(pipeline, "تقع قرية خربة كنعو في ريف القامشلي الشرقي.\n"
                       "وقصفت القوات التركية صباح الثلاثاء قرية خربة كنعو بقذائف الهاون.", "ar")
    e = next(e for e in r.events if e.unresolved_name)
    assert e.place_id == "qamishli_countryside" and place_named(e, r.mentions, pipeline.gazetteer)
    assert e.confidence == "high"
