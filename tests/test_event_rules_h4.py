"""Arabic rules for the classes the fourth blind set (h4ar) showed failing on unseen copy:
dates told earlier in the sentence, lives lost to a named force's fire, dual and plural
trigger forms, sentences that report no new event.

Every sentence here was written for these tests; none is copied from an outlet or from the
evaluation reports.
"""

from __future__ import annotations

import datetime as dt


def _types(events) -> list[tuple[str, str]]:
    return [(e.event_type, e.sub_event_type) for e in events]


AGREEMENT = ("Strategic developments", "Agreement")
CLASH = ("Battles", "Armed clash")
VAC = ("Violence against civilians", "Attack")
ARRESTS = ("Strategic developments", "Arrests")


# --------------------------------------------------------------------------- when: a date told earlier in the sentence


def test_a_truce_in_a_recap_takes_the_month_its_sentence_told(run_text):
    text = ("اندلعت اشتباكات صباح اليوم بين الأسايش وقوات النظام في القامشلي. "
            "ويذكّر ذلك بمعارك أيار 2019 في الحسكة، حين تقاتل الطرفان يومين، قبل أن تنتهي المواجهات بهدنة في المدينة.")
    events = run_text(text, "2021-06-10").events
    truce = [e for e in events if (e.event_type, e.sub_event_type) == AGREEMENT]
    assert len(truce) == 1
    assert (truce[0].date_from, truce[0].date_to) == (dt.date(2019, 5, 1), dt.date(2019, 5, 31))


def test_a_later_date_in_the_sentence_still_belongs_to_its_own_event(run_text):
    # the date after the trigger is the shelling's, not the clash's (the earlier rule stands)
    text = ("قُتل عنصران من الأسايش أمس الأول في القامشلي. "
            "واندلعت اشتباكات في حي طي، وقصفت قوات النظام صباح اليوم حي الهلالية.")
    events = run_text(text, "2021-06-10").events
    clash = next(e for e in events if (e.event_type, e.sub_event_type) == CLASH and e.place_id == "tayy")
    assert clash.date_from != dt.date(2021, 6, 10)


def test_that_day_is_the_day_just_told_not_today(run_text):
    text = ("ويوم الاثنين الـ7 من الشهر، سقطت قذائف هاون على حي غويران في الحسكة. "
            "وانهارت هدنة أُعلنت مساء ذلك اليوم بعد ساعات في المدينة.")
    events = run_text(text, "2021-06-10").events
    truce = next(e for e in events if (e.event_type, e.sub_event_type) == AGREEMENT)
    assert truce.date_from == dt.date(2021, 6, 7)
    dates = run_text("وانهارت هدنة أُعلنت مساء ذلك اليوم بعد ساعات في الحسكة.", "2021-06-10").dates
    assert not any(d.text.endswith("اليوم") and d.date_from == dt.date(2021, 6, 10) for d in dates)
