"""An event whose sentence names no place goes on with the scene of the sentence before it
(issue 10, point 4: places never snap elsewhere).

After a sentence of the same paragraph that placed its event at a village or a quarter (named,
or referred back to), the next sentence's event with no place of its own (``واعتقلت القوى ذاتها
أربعة أشخاص``) is placed there, not at the article's town: the report is still telling that
episode. A new paragraph, or a sentence before that placed its event at a town or wider, leaves
the article's town.

Every sentence here was written for these tests in the style of Arabic news copy; none is copied
from a report or from the evaluation texts. Village names are made up.
"""

from __future__ import annotations

import datetime as dt

from pipeline.records import Article

DAY = dt.date(2023, 6, 9)


def _run(pipeline, text: str):
    return pipeline.process(Article("sb", "sb.txt", text, DAY, "Test outlet", "ar"))


def _arrest(result):
    (ev,) = [e for e in result.events if e.sub_event_type == "Arrests"]
    return ev


def test_an_arrest_with_no_place_goes_on_with_the_village_of_the_sentence_before(pipeline):
    text = ("شهدت بلدة تل حميس هدوءاً حذراً اليوم. وكان اشتباك مسلح قد اندلع مساء الأربعاء بين عائلتين "
            "في قرية كندال بريف تل حميس، قتل فيه رجلان. واعتقلت القوى ذاتها صباح الخميس أربعة أشخاص "
            "شاركوا في إطلاق النار.")
    ev = _arrest(_run(pipeline, text))
    assert ev.place_id == "tall_hamis_countryside" and ev.unresolved_name == "كندال"
    assert "sentence before" in ev.notes


def test_a_new_paragraph_does_not_go_on_with_the_village(pipeline):
    text = ("شهدت بلدة تل حميس هدوءاً حذراً اليوم. وكان اشتباك مسلح قد اندلع مساء الأربعاء بين عائلتين "
            "في قرية كندال بريف تل حميس، قتل فيه رجلان.\n"
            "واعتقلت قوى الأمن الداخلي صباح الخميس أربعة أشخاص بتهمة تهريب السلاح.")
    assert _arrest(_run(pipeline, text)).place_id == "tall_hamis"


def test_a_sentence_before_placed_at_a_town_leaves_the_article_s_town(pipeline):
    text = ("شهدت مدينة القامشلي هدوءاً حذراً اليوم. وكان اشتباك مسلح قد اندلع مساء الأربعاء بين عائلتين "
            "في بلدة عامودا، قتل فيه رجلان. واعتقلت القوى ذاتها صباح الخميس أربعة أشخاص شاركوا في "
            "إطلاق النار.")
    assert _arrest(_run(pipeline, text)).place_id != "amuda"


def test_another_kind_of_event_with_no_reference_back_does_not_go_on_with_the_village(pipeline):
    text = ("شهدت مدينة عامودا هدوءاً حذراً اليوم. وداهمت قوى الأمن الداخلي منزلاً في قرية خربة بيلان "
            "بريف عامودا فجر الخميس واعتقلت رجلين. وقصف الجيش التركي بالمدفعية مواقع لقوات سوريا "
            "الديمقراطية مساء الخميس.")
    result = _run(pipeline, text)
    (ev,) = [e for e in result.events if "بالمدفعية" in e.evidence]
    assert ev.unresolved_name != "خربة بيلان" and "sentence before" not in ev.notes


def test_a_change_of_subject_does_not_go_on_with_the_village(pipeline):
    text = ("شهدت مدينة عامودا هدوءاً حذراً اليوم. واعتقلت قوى الأمن الداخلي رجلين في قرية خربة بيلان "
            "بريف عامودا فجر الخميس. وفي سياق منفصل، اعتقلت القوى ذاتها مساء الخميس ثلاثة أشخاص "
            "بتهمة تهريب السلاح.")
    result = _run(pipeline, text)
    ev = [e for e in result.events if "تهريب" in e.evidence][0]
    assert ev.unresolved_name != "خربة بيلان" and "sentence before" not in ev.notes
