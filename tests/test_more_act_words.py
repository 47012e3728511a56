"""Acts told by words the lexicon lacked (arvar probe, 2026-12-07): a missile that fell (``سقط
صاروخ``), artillery that pounded (``دكت المدفعية``), a man led away (``واقتادته``), villages
"liberated" told by the noun (``أعلنت قسد تحرير ثلاث قرى``) or a takeover completed (``استكمال
السيطرة``), a side that undertook a killing (``أقدم مسلحون على قتل …``), and a headline's label
set off by a colon (``الحسكة: اشتباكات … في ريف الشدادي``). Every sentence here was written for
these tests in the style of Syrian outlets; none is copied from an outlet or from the evaluation
reports. Published 2024-03-14.
"""

from __future__ import annotations

import pytest

PUBLISHED = "2024-03-14"


def _coded(events) -> list[tuple]:
    return [(e.event_type, e.sub_event_type, e.place_id) for e in events]


@pytest.mark.parametrize("text, coded", [
    ("سقط صاروخ على محيط مطار القامشلي، فجر اليوم، دون أن يسفر عن خسائر بشرية.",
     ("Explosions/Remote violence", "Shelling/artillery/missile attack", "qamishli_airport")),
    ("دكت المدفعية التركية قرى ريف عين عيسى صباح اليوم.",
     ("Explosions/Remote violence", "Shelling/artillery/missile attack", "ain_issa_countryside")),
    ("داهمت دورية للأسايش منزل ناشط في حي العنترية بالقامشلي واقتادته إلى جهة مجهولة.",
     ("Strategic developments", "Arrests", "antariyah")),
    ("أعلنت قسد تحرير ثلاث قرى في ريف الشدادي الجنوبي من قبضة التنظيم.",
     ("Battles", "Non-state actor overtakes territory", "shaddadah_countryside")),
    ("أعلنت قسد استكمال السيطرة على بلدة الهول بعد طرد عناصر داعش منها.",
     ("Battles", "Non-state actor overtakes territory", "al_hawl")),
    ("أقدم مسلحون مجهولون على قتل ثلاثة عناصر من قسد قرب بلدة تل حميس، مساء أمس.",
     ("Battles", "Armed clash", "tall_hamis")),
    ("الحسكة: اشتباكات بين قسد ومسلحين عشائريين في ريف الشدادي\n"
     "وقالت مصادر محلية إن الاشتباكات استمرت ساعات دون معلومات عن خسائر.",
     ("Battles", "Armed clash", "shaddadah_countryside")),
])
def test_the_act_is_read(run_text, text, coded):
    assert _coded(run_text(text, PUBLISHED).events) == [coded]


@pytest.mark.parametrize("text", [
    # a demand, and people freed, are no takeover
    "طالب الأهالي بتحرير قرية تل شعير من الألغام.",
    "تحرير الأسرى مطلب أساسي للأهالي في القامشلي.",
    # a crowd that killed an animal
    "أقدم الأهالي على قتل ذئب في قرية تل شعير.",
])
def test_no_act(run_text, text):
    assert run_text(text, PUBLISHED).events == []


def test_a_colon_label_alone_still_places_the_act(run_text):
    events = run_text("القامشلي: مسيرة تركية تستهدف سيارة\nوقالت مصادر محلية إن الاستهداف لم يسفر عن إصابات.",
                      PUBLISHED).events
    assert [e.place_id for e in events] == ["qamishli"]


@pytest.mark.parametrize("text, sub", [
    # a suicide bomber as the attacker: a suicide bombing, subject before or after the verb
    ("وذكر المرصد أن انتحارياً هاجم مقراً للأسايش في حي الكورنيش بالقامشلي اليوم، ما أدى إلى مقتل ثلاثة عناصر.",
     "Suicide bomb"),
    ("هاجم انتحاري مقراً للأسايش في حي الكورنيش بالقامشلي اليوم.", "Suicide bomb"),
    # a bombing that shook the city, the noun after its verb
    ("وليلة الأحد، هز تفجير استهدف دورية للأسايش مدينة القامشلي، وأسفر عن إصابة عنصر.",
     "Remote explosive/landmine/IED"),
    # gunmen who attacked stay a clash, whatever bomber the sentence names as the cause
    ("هاجم مسلحون مقراً للأسايش في حي الكورنيش بالقامشلي اليوم بعد أن فجر انتحاري نفسه قرب المقر.", "Armed clash"),
])
def test_who_attacked_and_what_shook(run_text, text, sub):
    assert [e.sub_event_type for e in run_text(text, PUBLISHED).events] == [sub]


@pytest.mark.parametrize("text", [
    "وقال مصدر أمني إن دراجة نارية انفجرت قرب دوار الوحدة في القامشلي اليوم، ما أدى إلى مقتل شخصين.",
    "انفجرت دراجة نارية قرب دوار الوحدة في القامشلي اليوم، ما أدى إلى مقتل شخصين.",
])
def test_a_vehicle_that_went_off_and_killed_is_a_vehicle_bomb(run_text, text):
    events = run_text(text, PUBLISHED).events
    assert [(e.sub_event_type, e.place_id, e.fatalities) for e in events] == [
        ("Remote explosive/landmine/IED", "wahda_roundabout", 2)]


@pytest.mark.parametrize("text", [
    # a car that caught fire and blew up; a tyre that burst with no one hurt
    "اشتعلت النيران في سيارة قرب دوار الوحدة في القامشلي وانفجرت، ما أدى إلى إصابة شخصين.",
    "انفجر إطار سيارة قرب دوار الوحدة في القامشلي اليوم.",
])
def test_a_vehicle_that_blew_up_in_a_fire_or_hurt_no_one_is_no_bomb(run_text, text):
    assert run_text(text, PUBLISHED).events == []


def test_a_vehicle_told_before_is_not_a_second_bomb(run_text):
    text = ("انفجرت سيارتان مفخختان في القامشلي اليوم.\n"
            "وانفجرت السيارة الأولى قرب دوار الوحدة، ما أدى إلى مقتل شخصين، والثانية قرب شارع القوتلي.\n"
            "وأغلقت الأسايش الطرق المؤدية إلى المكانين.")
    bombs = [e for e in run_text(text, PUBLISHED).events if e.event_type == "Explosions/Remote violence"]
    assert len(bombs) <= 2
