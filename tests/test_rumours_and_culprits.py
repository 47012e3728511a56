"""An act its own sentence calls a rumour is no event (Arabic and English), and culprits of a
theft who run off are no displaced people. Near misses keep the event: a rumour without a verdict,
a denied rumour about something else, people who fled shelling. Every sentence here was written
for these tests; none is copied from a report or from the evaluation texts."""
from __future__ import annotations

import datetime as dt

import pytest
from conftest import english_events

SUN = dt.date(2023, 5, 7)  # a Sunday
_en = english_events(SUN)


def _types(events) -> list[str]:
    return [e.event_type for e in events]


# --------------------------------------------------------------------------- Arabic: a rumour

@pytest.mark.parametrize("text", [
    "وتداولت صفحات محلية خبر غارة جوية على قرية قرب عامودا، إلا أن الخبر تبين أنه مجرد شائعة.",
    "وتحدث ناشطون عن اشتباكات في حي الطي مساء أمس، لكن اتضح لاحقاً أن الأمر مجرد إشاعة.",
    "ونشرت حسابات خبر اغتيال مختار قرية في ريف القامشلي اليوم، ثم تبين أن الخبر محض إشاعة.",
])
def test_an_act_called_a_rumour_in_its_sentence_is_no_event(run_text, text):
    assert run_text(text, "2023-05-07").events == []


@pytest.mark.parametrize("text", [
    # a rumour without a verdict: the shelling is told as a fact
    "قصفت القوات التركية قرية في ريف الدرباسية اليوم، وسط شائعات عن تعزيزات جديدة.",
    # the rumour is a second thing, denied; the clash stays
    "اندلعت اشتباكات بين الأسايش ومسلحين في حي الطي اليوم، ونفت الأسايش شائعات عن انسحابها من الحي.",
])
def test_a_rumour_without_a_verdict_on_the_act_keeps_it(run_text, text):
    assert len(run_text(text, "2023-05-07").events) == 1


# --------------------------------------------------------------------------- English: a rumour

@pytest.mark.parametrize("text", [
    "Local pages also spoke of a drone strike on a village near Amuda, but the report turned out to be only a rumour.",
    "Activists said clashes had broken out in Tayy neighbourhood in Qamishli on Saturday, but the news proved baseless.",
    "Accounts online claimed that gunmen had kidnapped a teacher in Derik on Sunday, which turned out to be a hoax.",
])
def test_english_act_called_a_rumour_is_no_event(pipeline, text):
    assert _en(pipeline, text) == []


@pytest.mark.parametrize("text", [
    "Turkish artillery shelled a village near Darbasiyah on Sunday amid rumours of new reinforcements.",
    "Gunmen shot dead a shopkeeper in Amuda on Sunday, and police dismissed rumours of a second attack.",
])
def test_english_rumour_without_a_verdict_on_the_act_keeps_it(pipeline, text):
    assert len(_en(pipeline, text)) >= 1


# --------------------------------------------------------------------------- culprits who fled

@pytest.mark.parametrize("text", [
    "وسرق ثلاثة أشخاص محلاً تجارياً في حي الوسطى بالقامشلي اليوم ثم فروا إلى جهة مجهولة.",
    "سطا شابان على محل صرافة في سوق عامودا ظهر اليوم وفروا بمبلغ من المال.",
    "وسلب مجهولون سيارة تاجر على طريق الحسكة القامشلي اليوم ثم فروا نحو البادية.",
])
def test_thieves_who_run_off_are_no_displacement(run_text, text):
    assert "Strategic developments" not in _types(run_text(text, "2023-05-07").events)


def test_families_who_fled_shelling_are_still_displaced(run_text):
    text = "فرت عشرات العائلات من قرية أم الكيف في ريف تل تمر اليوم بسبب القصف التركي المتواصل."
    subs = [e.sub_event_type for e in run_text(text, "2023-05-07").events]
    assert subs.count("Displacement") + subs.count("Other") >= 1


@pytest.mark.parametrize("text, dead", [
    ("Claims that the Asayish had pulled out of Amuda on Saturday proved baseless, but a Turkish drone did kill "
     "two fighters near Amuda that day.", 2),
    ("Talk of a curfew in Derik turned out to be only a rumour, while shelling killed three civilians in a "
     "village near Derik on Sunday.", 3),
])
def test_english_a_rumour_keeps_the_toll_of_the_act_told_beside_it(pipeline, text, dead):
    events = _en(pipeline, text)
    assert [e.fatalities for e in events] == [dead]
