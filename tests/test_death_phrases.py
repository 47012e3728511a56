"""Deaths told by phrases the toll reader did not know (arvar probe, 2026-12-07): ``فارق … الحياة``
(departed life), ``قضى`` with its dead counted after it, ``راح ضحيته`` (fell victim to it), a
headline's present tense ``وتقتل اثنين``, and ``آخران`` (two more). Every sentence here was written
for these tests in the style of Syrian outlets; none is copied from an outlet or from the
evaluation reports. Published on a Thursday, 2024-03-14.
"""

from __future__ import annotations

import pytest

PUBLISHED = "2024-03-14"


def _tolls(events) -> list[tuple[str, int | None, int | None]]:
    return [(e.event_type, e.fatalities, e.injuries) for e in events]


@pytest.mark.parametrize("text, event_type, killed, injured", [
    # فارق … الحياة, the dying person between the verb and the life
    ("فارق عنصر في قوى الأمن الداخلي الحياة متأثراً بجروح أصيب بها في استهداف مسيرة تركية لحاجز "
     "قرب دوار الوحدة بالقامشلي يوم الثلاثاء.", "Explosions/Remote violence", 1, None),
    ("فارق طفل الحياة متأثراً بجراح خطيرة أصيب بها بانفجار لغم في قرية ذبانة، أمس.",
     "Explosions/Remote violence", 1, None),
    # قضى + a count of persons
    ("قضى ثلاثة مدنيين، بينهم طفل، إثر غارة لمسيرة تركية استهدفت دراجة نارية في ريف الدرباسية يوم أمس.",
     "Explosions/Remote violence", 3, None),
    # راح ضحيته + the victims after it
    ("استهدف قصف مدفعي تركي سوقاً شعبياً في بلدة تل تمر، مساء أمس، راح ضحيته مدنيان.",
     "Explosions/Remote violence", 2, None),
    # a headline in the present tense
    ("مسيرة تركية تستهدف سيارة في القامشلي وتقتل اثنين", "Explosions/Remote violence", 2, None),
    # آخران: two more wounded
    ("قُتل مدنيان وجُرح آخران بقصف تركي على قرية تل شعير بريف القامشلي.", "Explosions/Remote violence", 2, 2),
])
def test_the_phrase_gives_the_toll(run_text, text, event_type, killed, injured):
    assert _tolls(run_text(text, PUBLISHED).events) == [(event_type, killed, injured)]


@pytest.mark.parametrize("text", [
    # قضى + a stretch of time: a time spent, not a death
    "وقضى 3 أيام محاصراً قبل أن تندلع اشتباكات بين الأسايش والدفاع الوطني في حي طي أمس.",
    # فارق as a noun (a gap), with الحياة nearby but no one counted
    "اندلعت اشتباكات بين الأسايش والدفاع الوطني في حي طي أمس، وسط فارق كبير في تكاليف الحياة.",
    # راح ضحيته with no figure
    "استهدف قصف تركي بلدة تل تمر أمس، راح ضحيته عدد من المدنيين.",
    # the present tense negated: no one killed
    "مسيرة تركية تستهدف سيارة في القامشلي دون أن تقتل أحداً",
])
def test_no_toll_where_no_one_is_counted_dead(run_text, text):
    events = run_text(text, PUBLISHED).events
    assert events and all(not e.fatalities for e in events)


def test_the_plural_others_gives_no_figure(run_text):
    events = run_text("قصفت القوات التركية قرية تل شعير أمس، ما أسفر عن إصابة مدني وجرح آخرين.", PUBLISHED).events
    assert [e.injuries for e in events] == [1]


@pytest.mark.parametrize("text, killed, injured", [
    # a pluperfect قضوا: its counted subject before قد
    ("وكان ثلاثة مدنيين قد قضوا بقصف تركي على قرية زنده، الأحد الماضي.", 3, 0),
    # a relative of both victims counts one
    ("قتلت مسيرة تركية طفلين وأصابت والدتهما بجروح في قرية تل جمعة بريف تل تمر، مساء أمس.", 2, 1),
])
def test_more_ways_of_telling_the_dead(run_text, text, killed, injured):
    assert [(e.fatalities or 0, e.injuries or 0) for e in run_text(text, PUBLISHED).events] == [(killed, injured)]


@pytest.mark.parametrize("text", [
    "وكان القاضي قد قضى بسجنه ثلاث سنوات بعد اشتباكات في حي طي أمس.",
    "وكان المعتقلون قد قضوا ثلاث سنوات في السجن قبل اشتباكات في حي طي أمس.",
])
def test_time_served_is_no_toll(run_text, text):
    assert [e.fatalities or 0 for e in run_text(text, PUBLISHED).events] == [0]
