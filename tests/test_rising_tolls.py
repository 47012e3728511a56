"""A toll that "rose to" a figure (issue 10): SOHR and others report a death toll as a number the
count of the dead rose to (ارتفع إلى 31 عدد القتلى جراء …، ارتفع عدد قتلى الانفجار … إلى 31).
That figure is the event's toll, and a count of one event's dead is not a running total.

Every sentence here was written for these tests; none is copied from an outlet or a dev report.
"""

from __future__ import annotations


def _bombs(events):
    return [e for e in events if e.event_type == "Explosions/Remote violence"]


def test_a_toll_that_rose_to_a_figure_before_the_dead_is_the_events_toll(run_text):
    r = run_text("ارتفع إلى 31 على الأقل عدد القتلى الذين سقطوا جراء انفجار شاحنة مفخخة قرب مبنى البلدية في "
                 "مدينة القامشلي صباح اليوم الثلاثاء.", "2019-03-12")
    bombs = _bombs(r.events)
    assert len(bombs) == 1 and bombs[0].fatalities == 31, [(e.sub_event_type, e.fatalities) for e in r.events]


def test_a_count_of_one_blasts_dead_that_rose_is_that_blast_and_its_toll(run_text):
    r = run_text("ارتفع عدد قتلى الانفجار الذي ضرب حي الوسطى في القامشلي صباح اليوم الثلاثاء إلى 31 شخصاً، "
                 "بحسب مصادر طبية في المدينة.", "2019-03-12")
    bombs = _bombs(r.events)
    assert len(bombs) == 1 and bombs[0].fatalities == 31, [(e.sub_event_type, e.fatalities) for e in r.events]


def test_a_total_since_a_day_stays_no_event(run_text):
    r = run_text("وارتفع عدد قتلى القصف التركي على قرى ريف تل تمر منذ بداية الشهر إلى 14 مدنياً، وفق إحصائية "
                 "لمنظمة محلية.", "2019-03-12")
    assert not _bombs(r.events), [(e.sub_event_type, e.fatalities) for e in r.events]


def test_a_toll_in_the_feminine_that_rose_to_a_figure(run_text):
    r = run_text("انفجرت دراجة مفخخة قرب سوق الهال في القامشلي صباح اليوم الثلاثاء، وارتفعت حصيلة قتلى التفجير "
                 "إلى ستة أشخاص بينهم طفلان.", "2019-03-12")
    bombs = _bombs(r.events)
    assert len(bombs) == 1 and bombs[0].fatalities == 6, [(e.sub_event_type, e.fatalities) for e in r.events]
    r = run_text("وبلغت حصيلة ضحايا القصف التركي على قرية في ريف الدرباسية أمس أربعة قتلى.", "2019-03-12")
    assert [e.fatalities for e in _bombs(r.events)] == [4]
