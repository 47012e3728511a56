"""More report-level Arabic rules (issue 10, second pass): the false-event and missed-event
classes left on the development reports, each as a general cue with its own test.

Every sentence here was written for these tests; none is copied from an outlet or from the
evaluation reports.
"""

from __future__ import annotations


def _types(events) -> list[tuple[str, str]]:
    return [(e.event_type, e.sub_event_type) for e in events]


# --------------------------------------------------------------------------- not events


def test_a_drone_flying_over_is_no_strike(run_text):
    events = run_text("انفجرت عبوة ناسفة بسيارة عسكرية قرب قرية تل زيوان صباح اليوم، وتزامن ذلك مع تحليق "
                      "طائرة مسيرة تركية في سماء المنطقة.", "2022-10-04").events
    assert _types(events) == [("Explosions/Remote violence", "Remote explosive/landmine/IED")]
    assert run_text("وحلقت طائرة مسيرة فوق مدينة عامودا لساعات مساء الأحد.", "2022-10-04").events == []


def test_a_strike_beside_a_flight_word_elsewhere_is_still_a_strike(run_text):
    # the flight word must stand by the drone it describes
    events = run_text("استهدفت طائرة مسيرة تركية سيارة في ريف عامودا صباح اليوم بعد تحليق استمر ساعة.",
                      "2022-10-04").events
    assert ("Explosions/Remote violence", "Air/drone strike") in _types(events)


def test_an_accusation_is_no_event(run_text):
    events = run_text("واتهمت الإدارة الذاتية فصائل المعارضة بقصف قرى في ريف تل تمر.", "2022-10-04").events
    assert events == []
    # the same act stated as a fact is an event
    events = run_text("وقصفت فصائل المعارضة قرى في ريف تل تمر صباح اليوم.", "2022-10-04").events
    assert _types(events) == [("Explosions/Remote violence", "Shelling/artillery/missile attack")]


def test_the_suspects_of_an_earlier_act_do_not_make_it_an_accusation(run_text):
    # "accused of kidnapping" names a real, earlier kidnapping (coded by the report's gold style)
    events = run_text("ألقت الأسايش القبض في مدينة عامودا اليوم على رجلين متهمين بخطف طبيب الشهر الماضي.",
                      "2023-06-13").events
    assert ("Strategic developments", "Arrests") in _types(events)


def test_bodies_returned_to_their_families_are_no_event(run_text):
    events = run_text("وسلّمت الأسايش جثامين أربعة مدنيين قضوا خلال المعارك إلى ذويهم مساء اليوم.",
                      "2022-01-26").events
    assert events == []
    # handed over to the other armed side: an event (Strategic developments / Other)
    events = run_text("وسلّمت الأسايش جثامين أربعة من عناصر الدفاع الوطني إلى قوات النظام عند دوار الوحدة "
                      "مساء اليوم.", "2021-04-24").events
    assert _types(events) == [("Strategic developments", "Other")]


def test_a_leaflet_or_a_presence_is_no_deployment(run_text):
    assert run_text("وتحدث الأهالي عن انتشار ملصقات في شوارع الحسكة تطالب بالإفراج عن المعتقلين.",
                    "2019-09-19").events == []
    assert run_text("وتسود حالة من الترقب وسط انتشار أمني في أحياء القامشلي الجنوبية.", "2019-09-19").events == []
    # the verb of a deployment still is one
    events = run_text("ونشرت الأسايش حواجز جديدة عند مداخل حي الهلالية صباح اليوم.", "2019-09-19").events
    assert _types(events) == [("Strategic developments", "Change to group/activity")]


def test_an_aim_is_no_agreement(run_text):
    events = run_text("قتل الشيخ أحمد الخلف برصاص قناص في حي طي أمس، وكان قد سعى إلى التهدئة بين الطرفين.",
                      "2021-04-23").events
    assert _types(events) == [("Violence against civilians", "Attack")]
