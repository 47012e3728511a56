"""Civilians hit by one side's fire (issue 10; from the twelfth blind set's misses, now dev): a
woman or a man killed by fire aimed at them, or people wounded by fire from a border post in a
sentence that tells no fighting, were attacked; they were not a party to an armed clash.

Every sentence here was written for these tests; none is copied from an outlet or a dev report.
"""

from __future__ import annotations

VAC = ("Violence against civilians", "Attack")
CLASH = ("Battles", "Armed clash")


def _types(events):
    return [(e.event_type, e.sub_event_type) for e in events]


def test_fire_aimed_at_the_victim_is_an_attack(run_text):
    r = run_text("قُتلت امرأة نازحة مساء الأحد بعد إطلاق النار عليها من قبل ملثمين قرب خيمتها في مخيم الهول.",
                 "2022-03-15")
    assert VAC in _types(r.events) and CLASH not in _types(r.events), _types(r.events)


def test_civilians_wounded_by_fire_from_a_post_with_no_fighting_were_attacked(run_text):
    r = run_text("أصيبت امرأة وطفلها بجروح مساء الجمعة جراء إطلاق نار من نقطة تركية قرب الحدود شمال الدرباسية.",
                 "2022-03-15")
    assert VAC in _types(r.events) and CLASH not in _types(r.events), _types(r.events)


def test_civilians_hurt_in_fighting_stay_the_clash_s_toll(run_text):
    r = run_text("اندلعت اشتباكات بين الأسايش والدفاع الوطني مساء الجمعة في حي حلكو، وأصيب رجل وطفلة جراء "
                 "إطلاق النار.", "2022-03-15")
    assert CLASH in _types(r.events) and VAC not in _types(r.events), _types(r.events)


def test_fighting_feared_is_no_event_but_the_measure_taken_is(run_text):
    r = run_text("وتحسباً لتجدد الاشتباكات بين العشيرتين، نشرت قوى الأمن الداخلي دوريات إضافية في أحياء مدينة "
                 "الحسكة مساء الثلاثاء.", "2022-03-15")
    types = _types(r.events)
    assert CLASH not in types and ("Strategic developments", "Change to group/activity") in types, types


def test_a_third_strike_told_by_its_number_is_one_more_event(run_text):
    text = ("قصفت طائرة مسيرة تركية صباح اليوم الخميس محطة للمياه قرب بلدة تل حميس.\n"
            "وطالت ضربة ثالثة قبيل المساء شاحنة صغيرة قرب قرية كرزيرو جنوبي القحطانية، وأصيب سائقها.\n")
    r = run_text(text, "2023-10-05")
    strikes = [e for e in r.events if e.sub_event_type == "Air/drone strike"]
    assert len(strikes) == 2 and {e.event_date.isoformat() for e in strikes} == {"2023-10-05"}, \
        [(e.sub_event_type, e.place_id) for e in r.events]
    # a further strike with no strike told before it is no event of its own
    assert not [e for e in run_text("وطالت ضربة ثالثة قبيل المساء شاحنة صغيرة قرب قرية كرزيرو.", "2023-10-05").events
                if e.sub_event_type == "Air/drone strike"]


def test_mothers_of_detainees_gathering_then_dispersed_is_a_protest_with_intervention(run_text):
    text = ("الحسكة – تجمعت عشرات النساء من زوجات الموقوفين وأقاربهم، ظهر اليوم الأحد، أمام مبنى المحكمة في مدينة "
            "الحسكة، مطالبات بالإفراج عن ذويهن.\n"
            "وأطلق عناصر من قوى الأمن النار في الهواء لتفريق المحتجات، واحتجزوا إحداهن لساعات.\n")
    r = run_text(text, "2023-11-12")
    protests = [e for e in r.events if e.event_type == "Protests"]
    assert protests and protests[0].sub_event_type == "Protest with intervention", \
        [(e.event_type, e.sub_event_type) for e in r.events]


def test_the_shelling_that_forced_families_out_is_the_shelling_told_before(run_text):
    text = ("قصفت المدفعية التركية مساء الاثنين قرية الأسدية في ريف أبو راسين.\n"
            "وأجبر القصف المتواصل عشرات العائلات من الأسدية على النزوح صباح اليوم الثلاثاء نحو بلدة تل تمر.\n")
    r = run_text(text, "2020-11-24")
    shelling = [e for e in r.events if e.sub_event_type == "Shelling/artillery/missile attack"]
    assert len(shelling) == 1, [(e.sub_event_type, e.event_date) for e in r.events]
    assert any(e.sub_event_type == "Other" for e in r.events)  # the displacement stays
