"""A side that killed, told by an active killing verb with the side as its subject (arvar probe,
2026-12-07): ``قتلت قسد أربعة عناصر من داعش``، ``قتل الجيش التركي سبعة عناصر من قسد``, in a
statement behind a pronoun (``أعلنت قسد أنها قتلت …``) or the speaker's aircraft (``إن طائراتها
قتلت …``). Every sentence here was written for these tests in the style of Syrian outlets; none is
copied from an outlet or from the evaluation reports. Published 2024-03-14 (a Thursday).
"""

from __future__ import annotations

import pytest

PUBLISHED = "2024-03-14"


def _coded(events) -> list[tuple]:
    return [(e.event_type, e.sub_event_type, e.place_id, str(e.date_from), {e.actor1_id, e.actor2_id}, e.fatalities)
            for e in events]


@pytest.mark.parametrize("text, coded", [
    ("قتلت قسد أربعة عناصر من داعش في بلدة الهول أمس.",
     ("Battles", "Armed clash", "al_hawl", "2024-03-13", {"sdf", "isis"}, 4)),
    ("قتل الجيش التركي سبعة عناصر من قسد في ريف القامشلي أمس.",
     ("Battles", "Armed clash", "qamishli_countryside", "2024-03-13", {"turkey", "sdf"}, 7)),
    ("قتل مسلحون مجهولون عنصرين من الأسايش في عامودا أمس.",
     ("Battles", "Armed clash", "amuda", "2024-03-13", {"unidentified", "asayish"}, 2)),
    ("أعلنت قسد أنها قتلت أربعة عناصر من خلايا داعش خلال عملية أمنية في بلدة الهول بريف الحسكة الشرقي، أمس.",
     ("Battles", "Armed clash", "al_hawl", "2024-03-13", {"sdf", "isis"}, 4)),
    ("قتلت قوات الأسايش مسلحاً من داعش خلال مداهمة في مدينة الحسكة اليوم.",
     ("Battles", "Armed clash", "hasakah", "2024-03-14", {"asayish", "isis"}, 1)),
])
def test_a_side_that_killed_is_the_clash(run_text, text, coded):
    assert _coded(run_text(text, PUBLISHED).events) == [coded]


def test_the_speakers_aircraft_that_killed_is_an_air_strike(run_text):
    events = run_text("قالت وزارة الدفاع التركية في بيان، اليوم الخميس، إن طائراتها قتلت سبعة إرهابيين في منطقة "
                      "القامشلي شمالي سوريا.", PUBLISHED).events
    assert [(e.sub_event_type, e.place_id, e.fatalities) for e in events] == [("Air/drone strike", "qamishli", 7)]


def test_the_speakers_aircraft_that_struck_is_an_air_strike_not_shelling(run_text):
    events = run_text("قالت وزارة الدفاع التركية إن طائراتها قصفت مواقع في القامشلي أمس.", PUBLISHED).events
    assert [e.sub_event_type for e in events] == ["Air/drone strike"]


@pytest.mark.parametrize("text", [
    # passive: no side right after the verb
    "قتل عنصران من قسد في الهول أمس.",
    # denied, or only claimed
    "نفت قسد في بيان أنها قتلت مدنيين في قرية تل شعير.",
    "ادعت وزارة الدفاع التركية أن طائراتها قتلت 7 إرهابيين في ريف القامشلي.",
    # a pronoun with no statement before it
    "وتبين أنها قتلت ثلاثة عناصر في ريف القامشلي.",
])
def test_no_side_that_killed(run_text, text):
    assert run_text(text, PUBLISHED).events == []


def test_a_killing_told_with_its_strike_is_one_event(run_text):
    events = run_text("قتلت القوات التركية خمسة عناصر من قسد بغارة جوية على ريف القامشلي أمس.", PUBLISHED).events
    assert [(e.sub_event_type, e.fatalities) for e in events] == [("Air/drone strike", 5)]


def test_a_side_telling_its_part_in_the_fighting_reported_adds_no_event(run_text):
    text = ("اندلعت اشتباكات عنيفة بين قسد ومسلحين من داعش في محيط سجن الصناعة بحي غويران في الحسكة، مساء أمس.\n"
            "وقالت قسد في بيان صباح اليوم إن قواتها قتلت ستة من المهاجمين خلال الليل.\n"
            "وأضافت أن الاشتباكات توقفت فجر اليوم.")
    events = run_text(text, PUBLISHED).events
    assert [(e.event_type, e.place_id) for e in events if e.event_type == "Battles"] == [("Battles", "sinaa_prison")]


@pytest.mark.parametrize("text, kind", [
    # a member of a force killed by a sniper: a clash (ACLED), not an attack on civilians
    ("لقي عنصر من قوات النظام مصرعه برصاص قناص من قسد على خطوط التماس في حي الطي.", "Battles"),
    # a civilian, or someone the text does not say is armed, shot by a sniper: an attack on civilians
    ("لقي شاب حتفه برصاص قناص في حي الطي.", "Violence against civilians"),
    ("لقي فلان حتفه برصاص قناص في حي الطي.", "Violence against civilians"),
])
def test_a_snipers_victim_is_coded_by_who_was_killed(run_text, text, kind):
    assert [e.event_type for e in run_text(text, PUBLISHED).events] == [kind]
