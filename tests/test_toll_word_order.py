"""Tolls whose number stands apart from the casualty verb (arvar probe, 2026-12-07): a verb whose
subject comes between it and its victims (``قتلت طائرة مسيرة تركية خمسة مسلحين``), a plural or dual
verb whose counted subject comes before it (``أن ثلاثة عناصر من قسد قتلوا``), and victims listed
with و (``ثلاثة … واثنان من …``). Every sentence here was written for these tests in the style of
Syrian outlets; none is copied from an outlet or from the evaluation reports. Published 2024-03-14.
"""

from __future__ import annotations

import pytest

PUBLISHED = "2024-03-14"


def _tolls(events) -> list[tuple[int, int]]:
    return [(e.fatalities or 0, e.injuries or 0) for e in events]


@pytest.mark.parametrize("text, killed, injured", [
    # verb, long subject, then the victims
    ("قتلت طائرة مسيّرة تركية خمسة مسلحين من قسد، مساء أمس، بقصف استهدف موقعاً لهم قرب بلدة تل حميس.", 5, 0),
    ("قتل قصف مدفعي تركي مكثف استهدف منازل المدنيين في قرية تل اللبن بريف زركان، مساء أمس، طفلين.", 2, 0),
    ("أصاب انفجار عبوة ناسفة قرب دوار السكة في القامشلي، اليوم، ثلاثة عناصر من الأسايش بجروح.", 0, 3),
    # counted subject before a plural or dual verb, inside a reported statement
    ("ذكر المرصد السوري لحقوق الإنسان أن ثلاثة عناصر من قسد قتلوا جراء استهداف مسيرة تركية لسيارتهم "
     "في ريف القامشلي.", 3, 0),
    ("صرح مسؤول في الأسايش بأن عنصرين قتلا في هجوم مسلح على حاجز في حي غويران الليلة الماضية.", 2, 0),
    # victims of two sides listed with و
    ("وقتل في الاشتباك الذي اندلع في حي طي أمس ثلاثة عناصر من الأسايش واثنان من مسلحي الدفاع الوطني.", 5, 0),
])
def test_the_toll_is_read_across_the_subject(run_text, text, killed, injured):
    assert _tolls(run_text(text, PUBLISHED).events) == [(killed, injured)]


@pytest.mark.parametrize("text, killed, injured", [
    # the three are the attackers, the two their victims
    ("هاجم ثلاثة مسلحين حاجزاً للأسايش في حي غويران أمس وقتلوا عنصرين.", 2, 0),
    # a day of the month is no toll
    ("قُتل في القصف التركي على قرية تل شعير في 12 آذار الجاري، بحسب مصادر محلية.", 0, 0),
    # things listed after the victims are not added
    ("قتلت طائرة مسيرة تركية عنصرين من قسد في ريف القامشلي أمس و3 سيارات احترقت.", 2, 0),
    # a blast that hit a car carrying five: no wound told, no injured
    ("أصاب انفجار عبوة ناسفة سيارة تقل خمسة أشخاص قرب دوار السكة في القامشلي أمس.", 0, 0),
    ("أصاب القصف التركي منزل عائلة من خمسة أشخاص في قرية تل شعير أمس.", 0, 0),
])
def test_no_toll_from_counts_that_are_not_the_victims(run_text, text, killed, injured):
    assert _tolls(run_text(text, PUBLISHED).events) == [(killed, injured)]


@pytest.mark.parametrize("text, killed, injured", [
    # a reported clause puts its subject first, even a singular one; the two after وأصيب are wounded
    ("وأفاد مصدر محلي بأن قيادياً من قسد قتل وأصيب اثنان بجروح خطيرة جراء استهداف طائرة مسيرة تركية "
     "لسيارة على طريق القامشلي – المالكية، اليوم.", 1, 2),
    ("وقال ناشط إن فتى في الخامسة عشرة من عمره قُتل، وأصيب ثلاثة آخرون جراء قصف تركي على قرية تل شعير أمس.", 1, 3),
    # a part of the people named: "ثلاثة من عناصر …"
    ("وأوضح المصدر أن ثلاثة من عناصر الدفاع الوطني قتلوا في الاشتباك الذي شهده حي طي بالقامشلي، أمس.", 3, 0),
    # a person named by their work counts one
    ("انفجر لغم بسيارة على طريق تل براك أمس، ما أدى إلى استشهاد مزارع وإصابة طفله بجروح.", 1, 1),
])
def test_subject_first_and_partitive_tolls(run_text, text, killed, injured):
    assert _tolls(run_text(text, PUBLISHED).events) == [(killed, injured)]


@pytest.mark.parametrize("text, killed, injured", [
    # a singular subject not after أن: the reader after the verb decides
    ("مسيرة تركية قتلت وأصيب اثنان في ريف القامشلي أمس.", 0, 2),
    # "ثلاثة من المواقع": things, not people
    ("وقال المصدر إن ثلاثة من المواقع قصفت وقتل فيها عنصر من قسد في ريف القامشلي أمس.", 1, 0),
])
def test_no_subject_toll_when_the_count_is_not_the_subject(run_text, text, killed, injured):
    assert _tolls(run_text(text, PUBLISHED).events)[:1] == [(killed, injured)]


@pytest.mark.parametrize("text, killed", [
    # the tally first, its verb of rising after it
    ("وأشارت مصادر المرصد إلى أن حصيلة قتلى القصف التركي على ريف المالكية أمس ارتفعت إلى 6 أشخاص.", 6),
    ("وقالت مصادر إن حصيلة قتلى القصف التركي على ريف المالكية أمس بلغت 6 أشخاص.", 6),
    # no figure told, or a running total since a date
    ("حصيلة قتلى القصف التركي على ريف المالكية لم تعرف بعد، ووصل الجرحى إلى المشفى.", 0),
    ("قصفت القوات التركية ريف المالكية أمس، وحصيلة قتلى القصف منذ بداية الشهر بلغت 25 شخصاً.", 0),
])
def test_a_tally_told_before_its_verb(run_text, text, killed):
    assert [e.fatalities or 0 for e in run_text(text, PUBLISHED).events] == [killed]
