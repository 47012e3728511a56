"""pipeline/repeats.py: one act an article tells twice, once at a wide area and once at a place inside
it, is one event (the finer), with both sentences as its evidence; acts at two places stay two.

Every text here was written for these tests; none is copied from a report.
"""

from __future__ import annotations

import datetime as dt

from conftest import english_events

TUE = dt.date(2021, 4, 27)
_events = english_events(TUE)


def _places(events):
    return sorted((e.sub_event_type, e.place_id or "", e.unresolved_name) for e in events)


def test_a_lead_in_the_countryside_and_its_village_are_one_event(run_text):
    text = ("قتل مزارع بانفجار لغم أرضي في ريف الحسكة صباح اليوم الثلاثاء.\n"
            "وقالت مصادر محلية إن اللغم انفجر بجرار زراعي أثناء عمل المزارع في أرضه بقرية تل حميس.")
    events = run_text(text, "2021-04-27").events
    assert _places(events) == [("Remote explosive/landmine/IED", "tall_hamis", "")]
    # the lead's sentence stays as evidence of the one event
    assert any(p[0] == 0 for p in events[0].more_evidence)


def test_an_english_lead_gives_its_toll_to_the_village_it_names_next(pipeline):
    text = ("A Turkish drone struck a car in the Hasakah countryside on Tuesday, killing two people.\n"
            "The drone hit the car on the edge of the village of Tal Hamis, local sources said.")
    events = _events(pipeline, text)
    assert _places(events) == [("Air/drone strike", "tall_hamis", "")]
    assert events[0].fatalities == 2


def test_two_villages_with_their_own_tolls_stay_two_events(run_text):
    text = ("قتل ثلاثة رعاة بانفجار لغم أرضي قرب الهول صباح اليوم الثلاثاء.\n"
            "وفي ريف الحسكة أيضاً، قتل طفلان بانفجار لغم آخر في قرية تل حميس.")
    events = run_text(text, "2021-04-27").events
    assert {e.place_id for e in events} == {"al_hawl", "tall_hamis"}


def test_a_wide_lead_with_another_toll_is_not_folded(pipeline):
    # the countryside's toll (five) is not the village's (one): two acts, or a sum; neither is dropped
    text = ("Turkish shelling killed five civilians in the Qamishli countryside on Tuesday.\n"
            "Separately, a Turkish drone struck a motorbike in the village of Tal Hamis, killing one man.")
    events = _events(pipeline, text)
    assert len(events) == 2


def test_acts_at_two_sites_of_one_city_are_not_folded(pipeline):
    # a city is not a wide area: two drone strikes at two sites of Qamishli on one day are two events
    text = ("A Turkish drone struck the power station in Qamishli on Tuesday.\n"
            "Another drone hit a car in the Hilaliya neighbourhood of the city an hour later.")
    events = _events(pipeline, text)
    assert len([e for e in events if e.sub_event_type == "Air/drone strike"]) == 2


def test_the_undated_telling_of_an_act_dated_the_day_before_folds(run_text):
    # the detail is dated (yesterday), the lead gives no day: one act
    text = ("انفجر لغم أرضي في ريف الحسكة ما أدى إلى مقتل راعٍ.\n"
            "وأوضحت المصادر أن اللغم انفجر أمس الاثنين قرب قرية تل حميس أثناء رعي الأغنام.")
    events = run_text(text, "2021-04-27").events
    ieds = [e for e in events if e.sub_event_type == "Remote explosive/landmine/IED"]
    assert [(e.place_id, e.date_from) for e in ieds] == [("tall_hamis", dt.date(2021, 4, 26))]


def test_a_telling_that_says_another_is_a_second_act(pipeline):
    text = ("A Turkish drone struck a car in the Qamishli countryside on Tuesday, killing two fighters.\n"
            "Another car was hit near the village of Tal Hamis on the same afternoon.")
    assert len(_events(pipeline, text)) == 2


def test_the_word_list_names_its_bad_row(tmp_path):
    from pipeline.errors import InputError
    from pipeline.repeats import another_act_words

    bad = tmp_path / "repeat_words.csv"
    bad.write_text("word,language,role,note\nanother,en,another,\nأخرى,fr,another,\n", encoding="utf-8")
    import pytest

    with pytest.raises(InputError, match=r"repeat_words.csv:3: language 'fr': give ar or en"):
        another_act_words(bad)
    assert "another" in another_act_words() and "اخري" in another_act_words()


def test_a_morning_and_an_evening_shelling_are_two_acts(run_text):
    text = ("قتل مدني بقصف تركي على ريف القامشلي صباح أمس.\n"
            "وفي المساء، قصفت القوات التركية قرية تل حميس بعدة قذائف.")
    events = run_text(text, "2021-04-27").events
    assert len([e for e in events if e.sub_event_type == "Shelling/artillery/missile attack"]) == 2


def test_a_telling_that_hurt_no_one_is_not_the_act_that_killed(run_text):
    text = ("قتل مدني بقصف تركي على ريف القامشلي اليوم.\n"
            "وقصفت القوات التركية قرية تل حميس بعدة قذائف، دون وقوع إصابات.")
    events = run_text(text, "2021-04-27").events
    shelling = [e for e in events if e.sub_event_type == "Shelling/artillery/missile attack"]
    assert len(shelling) == 2
    assert sorted(e.fatalities for e in shelling) == [0, 1]


def test_the_finer_telling_takes_the_side_only_the_lead_names(pipeline):
    text = ("A Turkish drone struck an SDF vehicle in the Qamishli countryside on Tuesday, killing two fighters.\n"
            "The drone hit the vehicle on the edge of the village of Tal Ziwan, local sources said.")
    (ev,) = _events(pipeline, text)
    assert ev.place_id == "tal_ziwan" and ev.actor2_id == "sdf" and ev.fatalities == 2


def test_a_person_counted_with_another_word_does_not_make_a_second_act(run_text):
    """New user's probe: «وأصيب ثالث» (a third man wounded) read as "one more act", so the detail that
    told the same strike again on the road between the village and the city stayed a second strike."""
    text = ("قتل شخصان وأصيب ثالث بجروح مساء الخميس جراء استهداف طائرة مسيرة تركية سيارة قرب قرية تل زيوان "
            "في ريف القامشلي.\n"
            "وقال مصدر محلي إن المسيرة أطلقت صاروخين على السيارة أثناء مرورها على الطريق الواصل بين القرية "
            "ومدينة القامشلي.")
    events = run_text(text, "2026-12-04").events
    assert _places(events) == [("Air/drone strike", "tal_ziwan", "")]
    assert (events[0].fatalities, events[0].injuries) == (2, 1) and len(events[0].more_evidence) == 1


def test_another_strike_on_a_road_and_an_unknown_village_still_stay_apart(run_text):
    # «أخرى» beside the act, not a person: a second strike
    two = ("قتل شخصان مساء الخميس جراء استهداف طائرة مسيرة تركية سيارة قرب قرية تل زيوان في ريف القامشلي.\n"
           "واستهدفت مسيرة أخرى سيارة على الطريق الواصل بين القرية ومدينة القامشلي.")
    assert len(run_text(two, "2026-12-04").events) == 2
    # a village the gazetteer lacks, drawn at the countryside, may be another place: not folded
    village = ("قتل شخصان مساء الخميس جراء استهداف طائرة مسيرة تركية سيارة قرب قرية تل زيوان في ريف القامشلي.\n"
               "وقال مصدر محلي إن المسيرة استهدفت السيارة في قرية خربة الفرسان بريف القامشلي.")
    got = _places(run_text(village, "2026-12-04").events)
    assert ("Air/drone strike", "tal_ziwan", "") in got and len(got) == 2, got


def test_an_english_third_man_wounded_is_no_other_act(pipeline):
    text = ("Two fighters were killed on Saturday when a Turkish drone struck their vehicle near the village of "
            "Tal Shaeer, west of Qamishli.\n"
            "A third man was wounded when the drone hit the vehicle in the Qamishli countryside, residents said.")
    events = _events(pipeline, text)
    assert [e.place_id for e in events] == ["tal_shaeer"], _places(events)
    assert events[0].fatalities == 2


def test_also_after_a_casualty_verb_still_tells_another_act(run_text):
    # reviewer: «وأصيب أيضاً» (also wounded) is no person counted: the second sentence's strike is its own
    text = ("قتل شخصان مساء الخميس جراء استهداف طائرة مسيرة تركية سيارة قرب قرية تل زيوان في ريف القامشلي.\n"
            "وأصيب أيضا ثلاثة مدنيين مساء الخميس جراء قصف طائرة مسيرة تركية في ريف القامشلي.")
    assert len(run_text(text, "2026-12-04").events) == 2
