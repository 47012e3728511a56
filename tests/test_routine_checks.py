"""Routine checkpoints (issue 10; found by the new-user probe): a patrol that sets up a temporary,
mobile or flying checkpoint and checks papers does police work; it is no change to a group's
activity. New checkpoints or reinforcements still are.

Every sentence here was written for these tests; none is copied from an outlet or a dev report.
"""

from __future__ import annotations

import datetime as dt

from conftest import english_article

DEPLOYMENT = ("Strategic developments", "Change to group/activity")


def _types(events):
    return [(e.event_type, e.sub_event_type) for e in events]


def test_a_temporary_checkpoint_is_routine(run_text, pipeline):
    r = run_text("قال سكان من قرية قرب عامودا إن عناصر من الأسايش نصبوا صباح الاثنين حاجزاً مؤقتاً على مدخلها "
                 "وفتشوا السيارات ثم غادروا.", "2024-08-16")
    assert DEPLOYMENT not in _types(r.events)
    r = pipeline.process(english_article("Residents of a village near Amuda said an Asayish patrol set up a mobile "
                                         "checkpoint at its entrance on Monday and searched cars before leaving.",
                                         dt.date(2024, 8, 16)))
    assert DEPLOYMENT not in _types(r.events)


def test_new_checkpoints_are_still_a_change(run_text, pipeline):
    r = run_text("ونصبت الأسايش حواجز جديدة عند مداخل حي الطي في القامشلي مساء الأحد.", "2024-08-16")
    assert DEPLOYMENT in _types(r.events)
    r = pipeline.process(english_article("The Asayish set up new checkpoints at the entrances of the Tayy "
                                         "neighbourhood of Qamishli on Sunday evening.", dt.date(2024, 8, 16)))
    assert DEPLOYMENT in _types(r.events)


def test_an_earlier_strike_told_as_what_the_news_came_after_is_less_sure(run_text):
    text = ("استهدفت مسيرة تركية ظهر اليوم سيارة قرب قرية في ريف القامشلي الجنوبي، ما أدى إلى مقتل شخصين.\n"
            "ويأتي الاستهداف بعد خمسة أيام من قصف مسيرة تركية نقطة عسكرية قرب بلدة تل حميس قتل فيه مقاتل.\n")
    r = run_text(text, "2024-08-14")
    by_day = {e.event_date.isoformat(): e for e in r.events + [a.event for a in r.set_aside]}
    assert by_day["2024-08-14"].confidence == "high"
    assert "2024-08-09" in by_day and by_day["2024-08-09"].confidence != "high"


def test_english_roads_closed_since_a_day_run_from_that_day(pipeline):
    r = pipeline.process(english_article("Security forces have closed the roads into the Tayy neighbourhood of Qamishli since "
                                         "Monday, letting only residents through.", dt.date(2024, 8, 15)))
    closures = [e for e in r.events if e.sub_event_type == "Change to group/activity"]
    assert closures and (closures[0].date_from, closures[0].date_to) == (dt.date(2024, 8, 12), dt.date(2024, 8, 15))
    # a campaign of strikes "since Monday" stays a running account, no event
    r = pipeline.process(english_article("Since Monday, Turkish drones have been striking villages near Amuda.",
                                         dt.date(2024, 8, 15)))
    assert not r.events


def test_english_roads_closed_since_a_day_told_before_the_verb(pipeline):
    r = pipeline.process(english_article("The Asayish have since Monday shut the roads into the Tayy neighbourhood of "
                                         "Qamishli.", dt.date(2024, 8, 15)))
    closures = [e for e in r.events if e.sub_event_type == "Change to group/activity"]
    assert closures and closures[0].date_from == dt.date(2024, 8, 12)
    # "since the clashes began" still names a cause, no event of its own
    r = pipeline.process(english_article("Shops have stayed shut since the clashes began in the Tayy neighbourhood.",
                                         dt.date(2024, 8, 15)))
    assert not [e for e in r.events if e.event_type == "Battles"]
