"""One act told twice in one sentence is one event (issue 10, precision on the dev reports).

A sentence can name one act with two trigger words: a drone told by its noun and by its verb
(``قصفت مسيّرة ثانية …``), the shells the two sides of a clash traded (``وسط تبادل للقصف
المدفعي بين الطرفين``), the youths a raid campaign took, told as kidnapped "during it"
(``حملة دهم …، اختطفت خلالها …``). Each gave a second event at the same place on the same day.
Each rule is checked both ways: the sentence it folds, and one of the same shape that names a
second act (another attacker, or an abduction that is not the campaign's) and keeps two events.

Every sentence here was written for these tests; none is copied from an outlet or from the
evaluation reports.
"""

from __future__ import annotations

AIR = ("Explosions/Remote violence", "Air/drone strike")
SHELLING = ("Explosions/Remote violence", "Shelling/artillery/missile attack")
CLASH = ("Battles", "Armed clash")
ARREST = ("Strategic developments", "Arrests")
ABDUCTION = ("Violence against civilians", "Abduction/forced disappearance")


def _types(events) -> list[tuple[str, str]]:
    return [(e.event_type, e.sub_event_type) for e in events]


def test_a_second_drone_told_by_its_noun_and_its_verb_is_one_strike(run_text):
    text = ("استهدفت مسيّرة تركية فجر اليوم دراجة نارية في ريف عامودا. "
            "ثم قصفت مسيّرة ثانية بعد الظهر خزان مياه في ريف الدرباسية الغربي من دون إصابات.")
    events = run_text(text, "2023-03-05").events
    assert _types(events).count(AIR) == 2
    assert sorted(e.place_id for e in events) == ["amuda_countryside", "darbasiyah_countryside"]


def test_shells_the_two_sides_of_a_clash_traded_are_the_clash(run_text):
    text = ("تجددت اليوم الأحد الاشتباكات بين قسد وفصائل الجيش الوطني قرب قرية أم الكيف، "
            "وسط تبادل للقصف المدفعي بين الطرفين.")
    assert _types(run_text(text, "2019-06-02").events) == [CLASH]
    text = ("تتواصل منذ صباح اليوم الأحد المواجهات بين قوات الأسايش وعناصر الدفاع الوطني في حي حلكو "
            "بمدينة القامشلي، وسط استخدام القذائف الصاروخية والرشاشات.")
    assert _types(run_text(text, "2019-06-02").events) == [CLASH]


def test_shells_another_force_fired_beside_a_clash_are_a_shelling(run_text):
    text = ("دارت اليوم الأحد اشتباكات بين قسد وفصائل الجيش الوطني قرب قرية أم الكيف، "
            "فيما قصفت المدفعية التركية القرية.")
    assert sorted(_types(run_text(text, "2019-06-02").events)) == sorted([CLASH, SHELLING])


def test_youths_kidnapped_during_a_raid_campaign_are_its_arrests(run_text):
    text = ("داهمت دورية لقسد أمس منازل في بلدة عامودا ضمن حملة دهم واعتقال، "
            "اختطفت خلالها سبعة شبان واقتادتهم إلى جهة مجهولة.")
    assert _types(run_text(text, "2020-03-08").events) == [ARREST]


def test_a_kidnapping_beside_a_raid_campaign_stays_its_own_event(run_text):
    text = ("شنت قسد أمس حملة دهم في بلدة عامودا اعتقلت خلالها ثلاثة شبان، "
            "فيما خطف مسلحون مجهولون تاجراً من السوق.")
    assert sorted(_types(run_text(text, "2020-03-08").events)) == sorted([ARREST, ABDUCTION])
