"""Arabic strategic developments, attacks on civilians and their actors that the h13-h15 dev
reports missed or coded wrong (issue 10): bodies handed over with a long stretch before them,
families leaving a place, detained people as the arrest's second actor, a civilian shot dead.

Every sentence here was written for these tests, with facts of its own; none is copied from an
outlet or from the evaluation reports. Each rule is checked both ways where the shape allows.
"""

from __future__ import annotations

OTHER = ("Strategic developments", "Other")


def _types(events) -> list[tuple[str, str]]:
    return [(e.event_type, e.sub_event_type) for e in events]


# --------------------------------------------------------------------------- bodies handed over


def test_bodies_handed_over_after_a_long_day_and_place_stretch(run_text):
    text = ("وسلّمت قوات سوريا الديمقراطية عصر اليوم الثلاثاء، عند حاجز جنوب حي غويران في الحسكة، "
            "جثث أربعة من مقاتلي الدفاع الوطني إلى ضباط من الشرطة العسكرية الروسية.")
    events = run_text(text, "2021-05-04").events
    assert _types(events) == [OTHER]
    assert events[0].actor1_id == "sdf" and events[0].actor2_id == "ndf"
    assert events[0].date_from.isoformat() == "2021-05-04"


def test_a_handover_verb_in_an_earlier_sentence_names_no_handover(run_text):
    text = ("سلّمت الأسايش أمس مطالبها إلى الوسطاء. وفي اليوم التالي، خلال تشييع في القامشلي، "
            "حمل المشيعون جثث ثلاثة من الشبان.")
    assert OTHER not in _types(run_text(text, "2021-05-04").events)
