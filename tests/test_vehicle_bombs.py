"""Vehicle bombs (issue 10): a car, truck or tanker packed with explosives is a remote explosive;
driven or set off by a suicide bomber it is a suicide bombing, in Arabic and English.

Every sentence here was written for these tests; none is copied from an outlet or a dev report.
"""

from __future__ import annotations

SUICIDE = ("Explosions/Remote violence", "Suicide bomb")
IED = ("Explosions/Remote violence", "Remote explosive/landmine/IED")


def _types(events) -> list[tuple[str, str]]:
    return [(e.event_type, e.sub_event_type) for e in events]


def test_a_vehicle_bomb_driven_by_a_suicide_bomber_is_a_suicide_bombing(run_text):
    for text in (
        "الحسكة – بدأ مسلحو التنظيم هجومهم فجر اليوم الخميس بتفجير شاحنة مفخخة يقودها انتحاري عند بوابة المستودع، "
        "وقتل ثلاثة من الحراس.",
        "وانفجرت سيارة مفخخة يقودها أحد الانتحاريين قرب حاجز للأسايش شرقي القامشلي مساء أمس، وأصيب عنصران.",
        "وفجّر انتحاري صهريجاً مفخخاً عند مدخل بلدة تل تمر صباح اليوم، ما أدى إلى مقتل مدني.",
    ):
        types = _types(run_text(text, "2022-03-10").events)
        assert SUICIDE in types and IED not in types, (text, types)


def test_a_parked_vehicle_bomb_stays_a_remote_explosive(run_text):
    for text in (
        "انفجرت شاحنة مفخخة مركونة قرب سوق الخضار في القامشلي صباح اليوم، وأصيب أربعة مدنيين.",
        "وانفجرت سيارة مفخخة في حي الوسطى بالقامشلي مساء أمس، وقالت الأسايش إن انتحارياً أوقف قبل أسبوع.",
    ):
        types = _types(run_text(text, "2022-03-10").events)
        assert IED in types and SUICIDE not in types, (text, types)


def test_english_vehicle_bomb_driven_by_a_suicide_bomber(pipeline):
    import datetime as dt

    from conftest import english_article

    def run_en(text: str, day: str):
        return pipeline.process(english_article(text, dt.date.fromisoformat(day)))

    types = _types(run_en("QAMISHLI – A suicide bomber drove a truck packed with explosives into a checkpoint on the "
                            "road to Hasakah on Thursday morning, killing two guards.", "2022-03-10").events)
    assert SUICIDE in types and IED not in types, types
    types = _types(run_en("A truck bomb parked near the vegetable market in Qamishli exploded on Thursday, "
                            "wounding four people.", "2022-03-10").events)
    assert IED in types and SUICIDE not in types, types
