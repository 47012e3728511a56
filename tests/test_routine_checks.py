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
