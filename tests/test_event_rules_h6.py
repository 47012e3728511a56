"""Arabic rules for the classes of phrasing the dev set's Arabic misses and false events still
showed after the fifth pass (issue 10): an event told first with no day and then with its
day, standing states and habits told in the present tense, and the other classes added below.

Every sentence here was written for these tests, with facts of its own; none is copied from an
outlet or from the evaluation reports (sentences that had been were rewritten: none shares a run
of seven words with a dev report, and each rewritten test still fails without its rule). Each rule is checked both ways where the shape allows: the sentence it
stops or folds, and one of the same shape that stays an event.
"""

from __future__ import annotations

import datetime as dt

from pipeline.arabic import normalise
from pipeline.dates import find_dates

VAC = ("Violence against civilians", "Attack")
AIR = ("Explosions/Remote violence", "Air/drone strike")
SHELLING = ("Explosions/Remote violence", "Shelling/artillery/missile attack")
DEPLOYMENT = ("Strategic developments", "Change to group/activity")
PROTEST = ("Protests", "Peaceful protest")
ARREST = ("Strategic developments", "Arrests")
TRANSFER = ("Strategic developments", "Non-violent transfer of territory")
TAKEOVER = ("Battles", "Non-state actor overtakes territory")
AGREEMENT = ("Strategic developments", "Agreement")
BODIES = ("Strategic developments", "Other")


def _types(events) -> list[tuple[str, str]]:
    return [(e.event_type, e.sub_event_type) for e in events]


# --------------------------------------------------------------------------- one event: told with no day, then with its day


def test_an_event_told_first_with_no_day_then_with_its_day_is_one_event(run_text):
    # published on a Tuesday; the second sentence gives the day (Monday) of the killing the lead tells
    text = ("أفاد ناشطون بمقتل راعٍ جديد في قرية تل براك. "
            "وعثرت فرق الإنقاذ، مساء الاثنين، على جثة راعٍ قتل بطلق ناري قرب منزله في قرية تل براك.")
    events = [e for e in run_text(text, "2021-03-09").events if _types([e]) == [VAC]]
    assert len(events) == 1
    assert events[0].date_from == dt.date(2021, 3, 8)
    # a killing told with a day weeks before is another event, not the lead's
    text = ("أفاد ناشطون بمقتل راعٍ جديد في قرية تل براك. "
            "وعثرت فرق الإنقاذ في الثاني من شباط على جثة راعٍ قتل بطلق ناري قرب منزله في قرية تل براك.")
    events = [e for e in run_text(text, "2021-03-09").events if _types([e]) == [VAC]]
    assert len(events) == 2


# --------------------------------------------------------------------------- is it a fact: a standing state or a habit in the present tense


def test_forces_told_as_stationed_in_the_present_are_no_deployment(run_text):
    text = "وتنتشر قوات التحالف الدولي بشكل واسع في عدد من القواعد بريف الحسكة بحجة ملاحقة خلايا داعش."
    assert DEPLOYMENT not in _types(run_text(text, "2021-03-09").events)
    # the past tense with a day is a deployment
    text = "وانتشرت قوات التحالف الدولي بشكل واسع صباح اليوم في عدد من القواعد بريف الحسكة."
    assert DEPLOYMENT in _types(run_text(text, "2021-03-09").events)


def test_killings_a_cell_still_carries_out_are_a_habit_not_an_event(run_text):
    text = ("وأعلنت الأسايش في شباط الماضي تفكيك الخلية، لكن عناصرها ما زالوا ينشطون في ريف القامشلي "
            "وينفذون عمليات اغتيال بحق المخاتير.")
    assert VAC not in _types(run_text(text, "2021-03-09").events)
    # one killing carried out, with its day, is an event
    text = "ونفذ مسلحون مجهولون صباح اليوم عملية اغتيال بحق مختار قرية تل براك."
    assert VAC in _types(run_text(text, "2021-03-09").events)


# --------------------------------------------------------------------------- one event per site: a governorate-wide summary


def test_protests_told_for_the_governorate_then_town_by_town_are_the_towns_events(run_text):
    text = ("خرج مئات الطلاب، اليوم الأحد، في مظاهرات بعدة مناطق من محافظة الحسكة احتجاجاً على قرار المناهج. "
            "وفي مدينة عامودا، تظاهر العشرات أمام مبنى البلدية.")
    protests = [e for e in run_text(text, "2021-03-07").events if _types([e]) == [PROTEST]]
    assert [e.place_id for e in protests] == ["amuda"]
    assert protests[0].more_evidence  # the summary's sentence is the town's evidence too
    # a town's protest on another day sums nothing up: the governorate's stays
    text = ("خرج مئات الطلاب، اليوم الأحد، في مظاهرات بعدة مناطق من محافظة الحسكة احتجاجاً على قرار المناهج. "
            "وكان العشرات قد تظاهروا في مدينة عامودا يوم الخميس الماضي.")
    protests = [e for e in run_text(text, "2021-03-07").events if _types([e]) == [PROTEST]]
    assert sorted(e.place_id for e in protests) == ["amuda", "hasakah_governorate"]


# --------------------------------------------------------------------------- one event per act: the losers' withdrawal from ground taken


def test_a_withdrawal_after_a_takeover_of_the_same_day_is_the_takeover(run_text):
    text = ("سيطرت الفصائل الموالية لتركيا، اليوم الخميس، على قرية تل طويل بريف تل تمر بعد اشتباكات مع قسد. "
            "وقالت مصادر محلية إن مقاتلي قسد انسحبوا من القرية باتجاه بلدة تل تمر.")
    events = run_text(text, "2021-03-11").events
    assert TRANSFER not in _types(events)
    assert TAKEOVER in _types(events)
    # a withdrawal with no takeover told is a transfer of territory
    text = "انسحب مقاتلو قسد، اليوم الخميس، من نقاطهم في قرية تل طويل بريف تل تمر، وانتشرت قوات الحكومة السورية فيها."
    assert TRANSFER in _types(run_text(text, "2021-03-11").events)


# --------------------------------------------------------------------------- is it a fact: a long period before, an agreement as a frame


def test_a_withdrawal_elsewhere_is_not_part_of_a_takeover_of_the_same_day(run_text):
    text = ("استولت فصائل موالية لأنقرة صباح اليوم على قرية الرشيدية في ريف تل تمر. "
            "وفي ريف الدرباسية، انسحبت القوات الروسية اليوم من نقطة مراقبة قرب قرية شيخ علي.")
    events = run_text(text, "2020-10-21").events
    assert TAKEOVER in _types(events) and TRANSFER in _types(events)
    assert [e.place_id for e in events if _types([e]) == [TRANSFER]] == ["darbasiyah_countryside"]


def test_a_handover_of_other_days_told_in_return_is_another_event(run_text):
    # "بالمقابل" with a day of its own far from the exchange told: another act, not its other half
    text = ("سلّمت الأسايش في 3 شباط الماضي جثث أربعة عناصر من الدفاع الوطني في القامشلي. "
            "وتسلّمت الأسايش بالمقابل اليوم جثة أحد عناصرها في حي طي.")
    handovers = [e for e in run_text(text, "2022-03-10").events if _types([e]) == [BODIES]]
    assert sorted(e.date_from for e in handovers) == [dt.date(2022, 2, 3), dt.date(2022, 3, 10)]


def test_months_of_shelling_before_are_background_not_a_shelling(run_text):
    text = "وتأتي الغارات الجديدة على ريف عامودا بعد أشهر من قصف مدفعي متواصل على البلدات الحدودية."
    assert SHELLING not in _types(run_text(text, "2021-03-11").events)
    # two days are no long period: one shelling, told in passing
    text = "وتأتي الغارات الجديدة على ريف عامودا بعد يومين من قصف مدفعي على قرية تل حميس."
    assert SHELLING in _types(run_text(text, "2021-03-11").events)


def test_a_truce_named_as_the_topic_of_a_frame_is_no_agreement(run_text):
    text = "ويتجدد القصف رغم الاتفاق الروسي التركي حول وقف إطلاق النار في ريف عامودا."
    assert AGREEMENT not in _types(run_text(text, "2021-03-11").events)
    text = "واتفق الطرفان اليوم على وقف إطلاق النار في ريف عامودا."
    assert AGREEMENT in _types(run_text(text, "2021-03-11").events)


# --------------------------------------------------------------------------- when: a month "of the same year"


def test_a_month_of_the_same_year_takes_the_year_told_before_it(run_text):
    text = ("وفي 25 أيار 2016 قتل ثلاثة مدنيين بقصف على قرية تل حميس. "
            "وفي آب من العام نفسه، قتل أربعة مدنيين بانفجار عبوة ناسفة في قرية تل براك.")
    months = [d for d in find_dates(normalise(text), dt.date(2019, 5, 20)) if d.time_precision == 3]
    assert [(d.date_from, d.date_to) for d in months] == [(dt.date(2016, 8, 1), dt.date(2016, 8, 31))]
    ied = [e for e in run_text(text, "2019-05-20").events if e.sub_event_type == "Remote explosive/landmine/IED"]
    assert [e.date_from for e in ied] == [dt.date(2016, 8, 1)]
    # with no year told before it, the phrase gives no date
    assert not find_dates(normalise("وفي آب من العام نفسه، قتل أربعة مدنيين."), dt.date(2019, 5, 20))


# --------------------------------------------------------------------------- when: a date told beats a count of days


def test_an_earlier_blast_with_its_date_told_takes_the_date_not_the_count(run_text):
    head = "انفجرت عبوة ناسفة اليوم في سوق عامودا. "
    text = head + ("ويأتي الانفجار بعد شهر على انفجار سيارة مفخخة في حي الوسطى بمدينة القامشلي، "
                   "في الثالث من آذار الماضي، أدى إلى مقتل مدنيين.")
    earlier = [e for e in run_text(text, "2021-04-05").events if e.place_id == "wusta"]
    assert [e.date_from for e in earlier] == [dt.date(2021, 3, 3)]
    # with no date told, the count dates it
    text = head + "ويأتي الانفجار بعد شهر على انفجار سيارة مفخخة في حي الوسطى بمدينة القامشلي أدى إلى مقتل مدنيين."
    earlier = [e for e in run_text(text, "2021-04-05").events if e.place_id == "wusta"]
    assert [e.date_from for e in earlier] == [dt.date(2021, 3, 6)]


# --------------------------------------------------------------------------- what: a bomber who blew himself up


def test_a_bomber_who_blew_himself_up_is_a_suicide_bombing_that_killed_him(run_text):
    text = "وفي بلدة الهول، فجّر عنصر من خلايا داعش نفسه ظهر الثلاثاء قرب دورية للأسايش."
    bombs = [e for e in run_text(text, "2022-02-10").events if e.sub_event_type == "Suicide bomb"]
    assert [(e.date_from, e.fatalities) for e in bombs] == [(dt.date(2022, 2, 8), 1)]
    # bombers told in the plural: a suicide bombing, their number not told
    text = "وفي 9 تشرين الأول 2017 فجّر انتحاريون من التنظيم أنفسهم قرب مقر أمني في بلدة الهول."
    bombs = [e for e in run_text(text, "2019-05-20").events if e.sub_event_type == "Suicide bomb"]
    assert [(e.date_from, e.fatalities) for e in bombs] == [(dt.date(2017, 10, 9), 0)]
    # a bomb set off is no suicide bombing, and "the same day" is no bomber
    text = "وفجّر مسلحون عبوة ناسفة في اليوم نفسه عند حاجز في حي غويران."
    assert not [e for e in run_text(text, "2022-02-10").events if e.sub_event_type == "Suicide bomb"]


def test_dawn_before_a_day_and_a_blast_with_no_bomber_are_no_suicide_bombing(run_text):
    # "فجر" before a day or time word is the dawn, not the verb "فجّر"
    for text in ("داهمت الأسايش فجر اليوم منزلين واعتقلت رجلين من الحي نفسه.",
                 "أصيبت امرأة بجروح فجر الخميس في مخيم الهول نفسه برصاص مجهولين.",
                 # a verb of blowing up with no bomber named: a figure of speech
                 "وفجّرت الحادثة نفسها خلافات داخل المجلس المحلي."):
        assert not [e for e in run_text(text, "2023-09-08").events if e.sub_event_type == "Suicide bomb"], text
    # a bomber named with the article right after the verb stays one
    text = "وفي بلدة الهول، فجّر الانتحاري نفسه قرب حاجز للأسايش مساء الأربعاء."
    bombs = [e for e in run_text(text, "2023-09-08").events if e.sub_event_type == "Suicide bomb"]
    assert [(e.date_from, e.fatalities) for e in bombs] == [(dt.date(2023, 9, 6), 1)]


def test_a_headline_is_not_folded_into_a_recap_years_older(run_text):
    text = ("هجوم انتحاري يستهدف حاجزاً لقسد في الشدادي\n"
            "أفادت مصادر محلية بأن خلايا التنظيم نفذت هجوماً انتحارياً اليوم. "
            "وسبق أن وقع تفجير انتحاري عند حواجز في مدينة الشدادي في 25 أيار 2016.")
    bombs = [e for e in run_text(text, "2019-05-20").events if e.sub_event_type == "Suicide bomb"]
    assert sorted(e.date_from for e in bombs) == [dt.date(2016, 5, 25), dt.date(2019, 5, 20)]


# --------------------------------------------------------------------------- where: inside one place, near another


def test_an_act_inside_a_quarter_near_a_prison_is_placed_in_the_quarter(run_text):
    text = "وداهمت دورية للأسايش مساء الثلاثاء منزلاً داخل حي غويران، على مقربة من سجن الصناعة، واعتقلت شابين."
    arrests = [e for e in run_text(text, "2022-02-10").events if _types([e]) == [ARREST]]
    assert [e.place_id for e in arrests] == ["ghuwayran"]
    # a place only near another one, with no "inside", is where ACLED puts it
    text = "واعتقلت دورية للأسايش مساء الثلاثاء شابين على مقربة من سجن الصناعة."
    arrests = [e for e in run_text(text, "2022-02-10").events if _types([e]) == [ARREST]]
    assert [e.place_id for e in arrests] == ["sinaa_prison"]


def test_a_place_joined_to_a_destination_is_a_destination_too(run_text):
    text = ("مواجهات دامية اليوم في حي غويران بمدينة الحسكة. "
            "وغادرت مئات العائلات بيوتها باتجاه القرى ومدينة القامشلي.")
    fled = [e for e in run_text(text, "2016-08-20").events if "displacement" in e.tags]
    assert fled and all(e.place_id != "qamishli" for e in fled)
    # a place joined by و with no direction word before the first is where they fled from
    text = "وغادرت مئات العائلات حيّي غويران والنشوة اليوم إثر مواجهات دامية في مدينة الحسكة."
    fled = [e for e in run_text(text, "2016-08-20").events if "displacement" in e.tags]
    assert fled and all(e.place_id in ("ghuwayran", "hasakah") for e in fled)


# --------------------------------------------------------------------------- is it a fact: a similar act "also" elsewhere


def test_similar_protests_that_towns_also_saw_are_one_event_per_town(run_text):
    text = ("وفي بلدة تل تمر، تظاهر عشرات المعلمين اليوم الأحد أمام مديرية التربية رفضاً لفصل زملائهم. "
            "كما شهدت بلدة الهول ومدينة الشدادي مظاهرات مماثلة.")
    protests = [e for e in run_text(text, "2021-03-07").events if _types([e]) == [PROTEST]]
    assert sorted(e.place_id for e in protests) == ["al_hawl", "shaddadah", "tall_tamr"]
    assert {e.date_from for e in protests} == {dt.date(2021, 3, 7)}
    # similar protests a town saw before are background
    text = ("وفي بلدة تل تمر، تظاهر عشرات المعلمين اليوم الأحد أمام مديرية التربية رفضاً لفصل زملائهم. "
            "وسبق أن شهدت مدينة الشدادي مظاهرات مماثلة.")
    protests = [e for e in run_text(text, "2021-03-07").events if _types([e]) == [PROTEST]]
    assert [e.place_id for e in protests] == ["tall_tamr"]


def test_similar_protests_a_town_saw_at_earlier_times_are_background(run_text):
    head = "تظاهر عشرات الطلاب اليوم الاثنين وسط بلدة تل تمر رفضاً لإغلاق المدارس. "
    text = head + "كما عرفت بلدة الهول مظاهرات مشابهة في مناسبات سابقة."
    protests = [e for e in run_text(text, "2022-11-14").events if _types([e]) == [PROTEST]]
    assert [e.place_id for e in protests] == ["tall_tamr"]
    # earlier the same day is still the news
    text = head + "كما عرفت بلدة الهول مظاهرات مشابهة في وقت سابق من اليوم."
    protests = [e for e in run_text(text, "2022-11-14").events if _types([e]) == [PROTEST]]
    assert sorted(e.place_id for e in protests) == ["al_hawl", "tall_tamr"]


# --------------------------------------------------------------------------- where: a camp the gazetteer lacks, told again as "the camp"


def test_a_protest_at_the_gate_of_a_camp_named_before_is_at_that_camp(run_text):
    text = ("آباء يتظاهرون أمام معسكر تدريب.. تنظيم يجنّد قاصرين في الحسكة\n"
            "اقتاد عناصر من التنظيم قاصرين اثنين من مدينة الحسكة مساء الأحد. "
            "وأودع القاصران في معسكر الطلائع الواقع شرقي الحسكة. "
            "واحتشد آباء القاصرين، اليوم الثلاثاء، أمام بوابة المعسكر، مطالبين بالإفراج عنهما.")
    result = run_text(text, "2024-07-16")
    protests = [e for e in result.events if _types([e]) == [PROTEST]]
    assert [e.unresolved_name for e in protests] == ["الطلائع"]
    # what a camp is for is no name: "معسكر تدريب" names no place ("المعسكر" tells the named camp back)
    assert {m.unresolved_name for m in result.mentions if m.unresolved_name} == {"الطلائع"}
    assert [m.text for m in result.mentions if m.unresolved_name and m.how == "anaphora"] == ["المعسكر"]


def test_a_headline_place_after_a_break_is_the_second_statements():
    from pipeline.events import headline_break

    assert headline_break(" أمام معسكر تدريب.. تنظيم يخطف أطفالاً ")
    assert headline_break(" أمام المقر – قسد تعتقل شباناً ")
    assert not headline_break(" أمام مبنى البلدية وسط ")


# --------------------------------------------------------------------------- who: the nationality of the weapon or the gunner


def test_the_nationality_of_a_weapon_named_after_the_verb_is_the_attacker(run_text):
    cases = ["وبعد الظهر، قصفت المدفعية التركية قرية تل شعير، ما تسبب بأضرار في خزان للمياه.",
             "وقتل ثلاثة أشخاص اليوم جراء استهداف طائرتين مسيرتين تركيتين سيارة في القامشلي.",
             "واستهدفت طائرة مسيّرة يُرجّح أنها تركية سيارة قرب قرية تل جمعة اليوم.",
             "وتوفي رجل اليوم متأثراً برصاصة قناص تركي أصابته في ريف الدرباسية."]
    for text in cases:
        events = run_text(text, "2022-03-01").events
        assert events and all(e.actor1_id == "turkey" for e in events), text
    # a nationality that qualifies the target, not the weapon, names no attacker
    events = run_text("وقصفت المدفعية صباح اليوم نقطة للقوات التركية قرب قرية تل جمعة.", "2022-03-01").events
    assert events and all(e.actor1_id != "turkey" for e in events)


# --------------------------------------------------------------------------- who: "the organisation" told again, a claim


def test_the_organisation_refers_back_to_the_one_named_before(run_text):
    text = ("وتبنى تنظيم داعش هجمات عدة في ريف الحسكة خلال العام الماضي. "
            "وفي 12 نيسان الماضي، فجّر انتحاريون من التنظيم أنفسهم قرب مقر أمني في بلدة الهول. "
            "وفي الثالث من حزيران الماضي، فجّر التنظيم سيارة مفخخة قرب بوابة سجن الصناعة.")
    events = run_text(text, "2021-07-01").events
    bombs = [e for e in events if e.event_type == "Explosions/Remote violence"]
    assert len(bombs) == 2 and all(e.actor1_id == "isis" for e in bombs)
    # with no organisation named before, "التنظيم" names no one
    text = "وفي الثالث من حزيران الماضي، فجّر التنظيم سيارة مفخخة قرب بوابة سجن الصناعة."
    bombs = [e for e in run_text(text, "2021-07-01").events if e.event_type == "Explosions/Remote violence"]
    assert bombs and all(e.actor1_id in ("", "unidentified") for e in bombs)  # (no bomber named: unidentified)


def test_the_organisation_with_an_adjective_of_its_own_is_another_body(run_text):
    head = "وأعلن تنظيم داعش مسؤوليته عن هجوم على حاجز قرب الشدادي الشهر الماضي. "
    for tail in ("واعتقل التنظيم التابع لحزب محلي ثلاثة شبان في مدينة الحسكة اليوم.",
                 "واعتقل التنظيم الشبابي لحزب محلي شابين في مدينة الحسكة اليوم."):
        events = [e for e in run_text(head + tail, "2023-05-03").events if e.date_from == dt.date(2023, 5, 3)]
        assert all(e.actor1_id != "isis" for e in events), tail
    # a hostile adjective still refers back
    text = head + "وفجّر التنظيم الإرهابي اليوم عبوة ناسفة قرب حاجز في مدينة الحسكة."
    bombs = [e for e in run_text(text, "2023-05-03").events if e.date_from == dt.date(2023, 5, 3)]
    assert bombs and all(e.actor1_id == "isis" for e in bombs)


def test_a_bombing_claimed_by_a_group_is_that_groups(run_text):
    text = "وجاء ذلك عقب تفجيرين انتحاريين تبناهما تنظيم الدولة الإسلامية، استهدفا مطعمين في حي الوسطى ليلة أمس."
    bombs = [e for e in run_text(text, "2016-01-02").events if e.sub_event_type == "Suicide bomb"]
    assert bombs and bombs[0].actor1_id == "isis"


def test_the_militia_refers_back_to_the_militia_named_before(run_text):
    text = ("داهمت ميليشيا قسد اليوم منازل في بلدة عامودا واعتقلت شابين. "
            "وذكر سكان أن الميليشيا استقدمت تعزيزات عسكرية إلى محيط حي النشوة مساء اليوم.")
    moves = [e for e in run_text(text, "2021-01-20").events if _types([e]) == [DEPLOYMENT]]
    assert moves and moves[0].actor1_id == "sdf"
    # with no militia named before, "الميليشيا" names no one
    text = "وذكر سكان أن الميليشيا استقدمت تعزيزات عسكرية إلى محيط حي النشوة مساء اليوم."
    moves = [e for e in run_text(text, "2021-01-20").events if _types([e]) == [DEPLOYMENT]]
    assert moves and moves[0].actor1_id == ""


def test_a_speaker_named_twice_reports_the_strike_and_is_no_party(run_text):
    text = "أعلنت قوى الأمن الداخلي (الأسايش) اليوم الجمعة أن طائرة مسيّرة تركية استهدفت سيارة مدنية قرب قرية تل جمعة."
    strikes = [e for e in run_text(text, "2023-04-14").events if _types([e]) == [AIR]]
    assert strikes and strikes[0].actor1_id == "turkey"
    # a speaker is no party, but "its forces" in its statement are the speaker
    text = 'وذكر بيان لـ"أسايش" أن قواتها اعتقلت مهرّبَين اثنين خلال مداهمة جرت في 6 من حزيران بقرية تل براك.'
    arrests = [e for e in run_text(text, "2024-06-10").events if _types([e]) == [ARREST]]
    assert arrests and arrests[0].actor1_id == "asayish"


def test_the_side_after_an_attack_verb_is_the_attacker_and_the_side_after_it_the_target(run_text):
    text = "كما استهدف تنظيم داعش في آذار 2017 نقطة عسكرية لقسد قرب بلدة الشدادي بسيارة مفخخة."
    bombs = [e for e in run_text(text, "2019-05-20").events if e.event_type == "Explosions/Remote violence"]
    assert bombs and (bombs[0].actor1_id, bombs[0].actor2_id) == ("isis", "sdf")


def test_the_two_sides_as_subject_are_the_pair_told_before(run_text):
    text = ("اندلعت اشتباكات عنيفة أمس بين الأسايش وقوات النظام في حي طي بالقامشلي. "
            "واتفق الطرفان صباح اليوم على هدنة في مطار القامشلي برعاية روسية.")
    truces = [e for e in run_text(text, "2021-04-24").events if _types([e]) == [AGREEMENT]]
    assert truces and {truces[0].actor1_id, truces[0].actor2_id} == {"asayish", "syrian_government"}
    assert "Russia" in truces[0].mediator


def test_the_two_sides_named_by_nationality_are_not_the_pair_told_before(run_text):
    head = "تبادلت قوات النظام والأسايش إطلاق النار مساء أمس قرب دوار الوحدة في القامشلي. "
    for tail in ("وتوصل الجانبان الروسي والتركي اليوم إلى تفاهم حول دوريات مشتركة في ريف الدرباسية.",
                 "وتوصل الطرفان اليوم إلى تفاهم حول دوريات مشتركة بين روسيا وتركيا في ريف الدرباسية."):
        deals = [e for e in run_text(head + tail, "2022-06-12").events if _types([e]) == [AGREEMENT]]
        assert deals and all({e.actor1_id, e.actor2_id} != {"asayish", "syrian_government"} for e in deals), tail


def test_fighters_of_the_ypg_killed_by_a_strike_of_named_nationality_are_the_side_hit(run_text):
    for text in ("قُتل مقاتلان من وحدات حماية الشعب في غارة نفذتها مقاتلات تركية مساء اليوم قرب قرية تل شعير.",
                 "ولقي ثلاثة مقاتلين حتفهم اليوم، بينهم قيادية في وحدات حماية المرأة، إثر ضربة جوية تركية على قرية تل شعير."):
        strikes = [e for e in run_text(text, "2022-02-10").events if _types([e]) == [AIR]]
        assert strikes and (strikes[0].actor1_id, strikes[0].actor2_id) == ("turkey", "sdf"), text


def test_shelling_families_fled_from_is_the_cause_of_their_flight_not_an_event(run_text):
    text = "ووصلت إلى مخيم واشوكاني خلال اليومين الماضيين ثلاثون عائلة نزحت من القصف على ريف الدرباسية."
    assert SHELLING not in _types(run_text(text, "2022-08-23").events)
    text = "قصفت القوات التركية اليوم قرية تل جمعة، وفرت عائلات من القرية باتجاه الحسكة."
    assert SHELLING in _types(run_text(text, "2022-08-23").events)


def test_fire_opened_to_disperse_a_protest_is_excessive_force_with_its_dead(run_text):
    text = "وأفاد شهود بأن أفراداً من قسد فتحوا النار لتفريق تظاهرة وسط عامودا ظهر اليوم، ما أسفر عن مقتل شاب."
    events = run_text(text, "2021-05-18").events
    assert [(e.sub_event_type, e.fatalities) for e in events] == [("Excessive force against protesters", 1)]
    # dispersal with no fire is an intervention, not force
    text = "وتدخلت قوات الأسايش لتفريق مظاهرة في بلدة تل حميس اليوم واعتقلت عدداً من المشاركين فيها."
    events = run_text(text, "2021-05-18").events
    assert "Excessive force against protesters" not in [e.sub_event_type for e in events]


def test_bodies_received_in_return_are_the_same_exchange(run_text):
    head = "سلّمت قوات سوريا الديمقراطية اليوم جثث سبعة مسلحين من الفصائل عند نقطة قرب بلدة تل تمر. "
    events = run_text(head + "وتسلّم المجلس العسكري بالمقابل جثة أحد مقاتليه احتفظت بها الفصائل منذ الشهر الماضي.",
                      "2019-11-20").events
    assert _types(events) == [BODIES]
    # a handover on another day is another event
    text = head + "وكان المجلس العسكري قد تسلّم في العاشر من الشهر الماضي جثة أحد مقاتليه قرب بلدة تل تمر."
    assert _types(run_text(text, "2019-11-20").events) == [BODIES, BODIES]


def test_the_quarters_around_a_prison_are_the_prisons_quarter_not_the_prison(run_text):
    for text in ("وقالت قسد إن قواتها قبضت مساء اليوم على خمسة من الفارين في الأحياء المحيطة بسجن الصناعة.",
                 "حاول سجناء الفرار من سجن الصناعة في الحسكة أمس. وقبضت قسد صباح اليوم على سبعة منهم في الأحياء المحيطة بالسجن."):
        arrests = [e for e in run_text(text, "2022-01-22").events if _types([e]) == [ARREST]]
        assert arrests and arrests[0].place_id == "ghuwayran", text
        assert arrests[0].approximate
    # an arrest at the prison itself is at the prison
    text = "وألقت قسد القبض اليوم على عشرات الفارين داخل سجن الصناعة في الحسكة."
    arrests = [e for e in run_text(text, "2022-01-22").events if _types([e]) == [ARREST]]
    assert arrests and arrests[0].place_id == "sinaa_prison"


def test_a_canton_named_after_a_city_is_not_the_city(run_text):
    text = "قصفت مسيّرة تركية مساء أمس صوامع للحبوب في ريف ديريك بمقاطعة قامشلو دون وقوع إصابات."
    strikes = [e for e in run_text(text, "2023-10-06").events if _types([e]) == [AIR]]
    assert [e.place_id for e in strikes] == ["malikiyah_countryside"]
    text = "قصفت مسيّرة تركية مساء أمس صوامع للحبوب في مدينة قامشلو دون وقوع إصابات."
    strikes = [e for e in run_text(text, "2023-10-06").events if _types([e]) == [AIR]]
    assert [e.place_id for e in strikes] == ["qamishli"]


def test_past_midnight_of_a_two_day_night_is_the_second_day():
    published = dt.date(2023, 4, 14)  # a Friday
    after = find_dates(normalise("استهدفت مسيرة سيارة بعد منتصف ليل الخميس – الجمعة قرب معبر نصيبين."), published)
    assert [(d.date_from, d.part_of_day) for d in after] == [(dt.date(2023, 4, 14), "midnight")]
    # the night itself begins on its first day
    night = find_dates(normalise("قصفت المدفعية القرية ليلة الخميس – الجمعة."), published)
    assert [d.date_from for d in night] == [dt.date(2023, 4, 13)]


def test_artillery_as_the_subject_of_a_striking_verb_is_shelling(run_text):
    text = "واستهدفت مدفعية الجيش التركي صباح اليوم نقطة طبية في قرية تل جمعة."
    events = run_text(text, "2019-10-11").events
    assert [(e.sub_event_type, e.actor1_id) for e in events] == [(SHELLING[1], "turkey")]
    # artillery brought in is no shelling
    text = "واستقدمت قوات النظام صباح اليوم مدافع وراجمات إلى قرية تل جمعة."
    assert SHELLING not in _types(run_text(text, "2019-10-11").events)


def test_a_number_estimated_since_an_offensive_began_is_a_running_total():
    from pipeline.events import running_tally

    words = ["وتقدر", "الاداره", "الذاتيه", "عدد", "من", "نزحوا", "من", "المناطق", "الحدوديه", "منذ", "بدء", "الهجوم"]
    assert running_tally(words, words.index("نزحوا"), 0)
    words = ["وقدرت", "مصادر", "محليه", "ان", "مئات", "العائلات", "نزحوا", "اليوم", "من", "القريه"]
    assert not running_tally(words, words.index("نزحوا"), 0)


def test_the_factions_loyal_to_turkey_and_told_again_are_turkeys_forces(run_text):
    text = ("استولت الفصائل الموالية لتركيا مساء أمس على قرية تل طويل في ريف تل تمر. "
            "وبالتزامن، استهدفت الفصائل ظهر اليوم قرية تل جمعة بالمدفعية.")
    events = run_text(text, "2019-11-20").events
    assert [e.actor1_id for e in events if _types([e]) == [SHELLING]] == ["turkey"]
    assert [e.actor1_id for e in events if _types([e]) == [TAKEOVER]] == ["turkey"]
    # with no factions named before, "الفصائل" names no one
    text = "وبالتزامن، استهدفت الفصائل ظهر اليوم قرية تل جمعة بالمدفعية."
    assert [e.actor1_id for e in run_text(text, "2019-11-20").events if _types([e]) == [SHELLING]] == [""]


def test_two_workers_killed_count_two_and_an_official_counts_one(run_text):
    text = ("وكانت طائرة مسيّرة تركية قد قصفت ظهر السبت الماضي معملاً للأعلاف قرب عامودا، "
            "ما أسفر عن مقتل عاملين وجرح ثالث.")
    strikes = [e for e in run_text(text, "2023-02-20").events if _types([e]) == [AIR]]
    assert [e.fatalities for e in strikes] == [2]
    text = "واندلعت اشتباكات مساء أمس بين قسد وتنظيم داعش قرب قرية تل براك، قتل فيها مسلحان."
    clashes = [e for e in run_text(text, "2023-02-20").events if e.sub_event_type == "Armed clash"]
    assert [e.fatalities for e in clashes] == [2]
    text = "استشهدت الرئيسة المشتركة لمجلس البلدة اليوم جراء استهداف طائرة مسيرة تركية سيارتها قرب قرية تل شعير."
    strikes = [e for e in run_text(text, "2023-02-20").events if _types([e]) == [AIR]]
    assert [e.fatalities for e in strikes] == [1]


def test_shells_a_force_fired_feminine_relative_verb_are_that_forces(run_text):
    text = "وسقطت عصر اليوم قذائف مدفعية وهاون أطلقتها القوات التركية على قرية تل جمعة."
    shells = [e for e in run_text(text, "2022-08-23").events if _types([e]) == [SHELLING]]
    assert [e.actor1_id for e in shells] == ["turkey"]


def test_a_counted_subject_before_qad_and_a_plural_death_verb_is_the_toll(run_text):
    head = "استهدفت طائرة مسيرة تركية اليوم سيارة عسكرية قرب تل تمر. "
    for verb in ("استشهدوا", "قتلوا"):
        text = head + f"وكان ثلاثة مقاتلين قد {verb} في استهداف مماثل بريف القامشلي قبل عشرة أيام."
        earlier = [e for e in run_text(text, "2023-02-22").events if e.date_from < dt.date(2023, 2, 22)]
        assert [e.fatalities for e in earlier] == [3], verb


def test_a_sentence_opening_on_a_town_of_the_acts_told_keeps_their_day(run_text):
    text = ("نشرت الأسايش مساء أمس الاثنين حواجز في القامشلي وعامودا والدرباسية، واعتقلت عشرات الشبان للتجنيد. "
            "وذكر أهالٍ أن الشبان أرسلوا إلى مراكز التجنيد. "
            "وفي الدرباسية، رفعت الأسايش حالة التأهب إثر العثور على كتابات معادية على الجدران.")
    alerts = [e for e in run_text(text, "2021-11-23").events if _types([e]) == [DEPLOYMENT]]
    assert [e.date_from for e in alerts] == [dt.date(2021, 11, 22)]
    # a town no act was told at opens a scene of the day of publication
    text = ("نشرت الأسايش مساء أمس الاثنين حواجز في القامشلي وعامودا، واعتقلت عشرات الشبان للتجنيد. "
            "وفي الدرباسية، رفعت الأسايش حالة التأهب إثر العثور على كتابات معادية على الجدران.")
    alerts = [e for e in run_text(text, "2021-11-23").events if _types([e]) == [DEPLOYMENT]]
    assert [e.date_from for e in alerts] == [dt.date(2021, 11, 23)]


def test_children_led_away_in_the_passive_after_an_abduction_are_abducted_at_their_village(run_text):
    text = ("خطف أفراد من تنظيم الشبيبة الثورية خمسة قاصرين في محافظة الحسكة خلال الأسبوع الجاري. "
            "وأوضح قريب لأحدهم أن اثنين من القاصرين اقتيدوا من قرية تل براك أثناء عودتهم من المدرسة.")
    taken = [e for e in run_text(text, "2024-07-16").events if e.sub_event_type == "Abduction/forced disappearance"]
    assert [e.place_id for e in taken] == ["tell_brak"]  # the governorate-wide lead sums it up


def test_an_announced_governorate_wide_arrest_sums_up_the_days_before(run_text):
    text = ("أعلنت الأسايش في محافظة الحسكة، الأحد 9 من حزيران، توقيف ستة مطلوبين بتهمة تهريب السلاح. "
            "وأوضح بيان للأسايش أن قواتها اعتقلت أحدهم في 6 من حزيران بقرية تل براك.")
    arrests = [e for e in run_text(text, "2024-06-10").events if _types([e]) == [ARREST]]
    assert [e.place_id for e in arrests] == ["tell_brak"]
    # a governorate-wide arrest told as done that day, not announced, stays when the village's is days older
    text = ("اعتقلت الأسايش في محافظة الحسكة، الأحد 9 من حزيران، ستة مطلوبين بتهمة تهريب السلاح. "
            "وكانت قواتها قد اعتقلت أحدهم في 6 من حزيران بقرية تل براك.")
    arrests = [e for e in run_text(text, "2024-06-10").events if _types([e]) == [ARREST]]
    assert sorted(e.place_id for e in arrests) == ["hasakah_governorate", "tell_brak"]


def test_fighting_named_in_a_relative_clause_with_no_day_of_its_own_is_background(run_text):
    text = "وصل عشرون عنصراً من الدفاع الوطني إلى مقراتهم في الحسكة اليوم، بعدما أطلقت سراحهم قسد التي أسرتهم في مواجهات الشهر الماضي."
    assert ("Battles", "Armed clash") not in _types(run_text(text, "2016-04-27").events)
    # with a day of its own, the act in the relative clause is news
    text = "وشيع الأهالي الشاب الذي قتل في قصف تركي أمس على قرية تل جمعة."
    assert SHELLING in _types(run_text(text, "2016-04-27").events)


def test_an_arrest_for_filming_the_protests_is_an_arrest_not_the_protests_intervention(run_text):
    text = ("تظاهر عشرات الطلاب اليوم في مدينة القامشلي. "
            'وفي حي الوسطى بمدينة القامشلي، احتجزت دورية للأسايش شاباً بسبب تصويره التظاهرة.')
    types = _types(run_text(text, "2021-05-18").events)
    assert ARREST in types and ("Protests", "Protest with intervention") not in types
    # protesters arrested at their protest: one event, the protest with intervention
    text = "فرقت قوات الأسايش اليوم تظاهرة في مدينة عامودا، واعتقلت عدداً من المشاركين فيها."
    types = _types(run_text(text, "2021-05-18").events)
    assert ("Protests", "Protest with intervention") in types and ARREST not in types


def test_tyres_set_on_fire_by_residents_are_a_riot_not_property_destruction(run_text):
    text = ("طرد سكان حي النشوة في الحسكة دورية للأسايش من حيّهم ليلة أمس، "
            "بعدما أضرموا النار في إطارات وقطعوا الشوارع.")
    types = _types(run_text(text, "2018-05-26").events)
    assert ("Riots", "Violent demonstration") in types
    assert ("Strategic developments", "Looting/property destruction") not in types
    # fire set to an office is the destruction of property
    text = "أضرم مجهولون النار في مقر المجلس الوطني الكردي في مدينة عامودا مساء أمس."
    assert _types(run_text(text, "2018-05-26").events) == [("Strategic developments", "Looting/property destruction")]


# --------------------------------------------------------------------------- who: the force that met a protest


def test_a_protest_dispersed_by_a_force_is_an_intervention_with_that_force_as_actor2(run_text):
    text = ("تجمع عشرات الأهالي في مظاهرة وسط بلدة عامودا اليوم احتجاجاً على قطع المياه، "
            "قبل أن تفرّقهم دورية من الأسايش.")
    protests = [e for e in run_text(text, "2022-03-14").events if e.event_type == "Protests"]
    assert [(e.sub_event_type, e.actor1_id, e.actor2_id) for e in protests] == [
        ("Protest with intervention", "protesters", "asayish")]
    # protesters arrested at their protest: the force that arrested them met the protest
    text = "فرقت قوات الأسايش اليوم تظاهرة في مدينة عامودا، واعتقلت عدداً من المشاركين فيها."
    protests = [e for e in run_text(text, "2022-03-14").events if e.event_type == "Protests"]
    assert [(e.actor1_id, e.actor2_id) for e in protests] == [("protesters", "asayish")]
    # a peaceful protest before a building of the administration: whose building it is, no party
    text = "تظاهر عشرات الطلاب اليوم أمام مبنى هيئة التربية التابعة للإدارة الذاتية في مدينة عامودا."
    protests = [e for e in run_text(text, "2022-03-14").events if e.event_type == "Protests"]
    assert [(e.sub_event_type, e.actor2_id) for e in protests] == [("Peaceful protest", "")]


# --------------------------------------------------------------------------- who: the side of a clash that attacked


def test_the_side_a_clash_sentence_says_attacked_is_actor1(run_text):
    clash = ("Battles", "Armed clash")
    text = ("دارت مساء أمس اشتباكات بين عناصر من الأسايش ومسلحين من الدفاع الوطني في حي طي بمدينة القامشلي، "
            "إثر اعتداء الأخيرين على حاجز قرب الحي.")
    got = [(e.actor1_id, e.actor2_id) for e in run_text(text, "2021-04-21").events if _types([e]) == [clash]]
    assert got == [("ndf", "asayish")]
    text = ("اندلعت مساء أمس معارك بين مقاتلين من قسد وعناصر من تنظيم داعش في حي غويران بمدينة الحسكة، "
            "في هجوم يشنه التنظيم على سجن الصناعة.")
    got = [(e.actor1_id, e.actor2_id) for e in run_text(text, "2022-01-21").events if _types([e]) == [clash]]
    assert got == [("isis", "sdf")]
    # no word says who attacked: the order told stays
    text = "دارت مساء أمس اشتباكات بين عناصر من الأسايش ومسلحين من الدفاع الوطني في حي طي بمدينة القامشلي."
    got = [(e.actor1_id, e.actor2_id) for e in run_text(text, "2021-04-21").events if _types([e]) == [clash]]
    assert got == [("asayish", "ndf")]


# --------------------------------------------------------------------------- who: people hit by a bomb the jihadists set off


def test_people_killed_by_a_bomb_the_named_attacker_set_off_are_civilians(run_text):
    suicide = ("Explosions/Remote violence", "Suicide bomb")
    text = "فجّر انتحاري من داعش سيارة مفخخة في سوق بلدة الهول أمس، ما أدى إلى مقتل خمسة أشخاص."
    got = [(e.actor1_id, e.actor2_id) for e in run_text(text, "2016-05-10").events if _types([e]) == [suicide]]
    assert got == [("isis", "civilians")]
    # fighters of another side among the dead: no civilians read from the attacker's own name
    text = "فجّر انتحاري من داعش سيارة مفخخة عند حاجز لقسد في بلدة الهول أمس، ما أدى إلى مقتل أربعة عناصر."
    got = [e.actor2_id for e in run_text(text, "2016-05-10").events if _types([e]) == [suicide]]
    assert got and "civilians" not in got


# --------------------------------------------------------------------------- who: a body found killed


def test_a_body_found_killed_has_an_unidentified_killer(run_text):
    text = "عثر مزارعون مساء اليوم على جثة رجل مقتولاً بطلق ناري في الصدر على طريق قرية تل براك."
    got = [(e.actor1_id, e.actor2_id) for e in run_text(text, "2023-03-08").events if _types([e]) == [VAC]]
    assert got == [("unidentified", "civilians")]
    # a body found killed by a side the sentence names keeps that killer
    text = "عثر الأهالي صباح اليوم على جثة شاب مقتولاً برصاص عناصر من قسد قرب قرية تل براك بريف الحسكة."
    got = [e.actor1_id for e in run_text(text, "2023-03-08").events if _types([e]) == [VAC]]
    assert got == ["sdf"]


# --------------------------------------------------------------------------- who: the force at the checkpoints made the arrests


def test_the_force_that_set_up_checkpoints_made_the_arrests_of_its_sentence(run_text):
    text = ("نشرت قوات سوريا الديمقراطية صباح اليوم نقاط تفتيش في مدينة عامودا، "
            "واقتادت عشرات الشبان إلى مراكز التجنيد.")
    got = [(e.actor1_id, e.actor2_id) for e in run_text(text, "2021-11-22").events if _types([e]) == [ARREST]]
    assert got == [("sdf", "civilians")]
    # fighters led away are no civilians
    text = ("نشرت قوات سوريا الديمقراطية صباح اليوم نقاط تفتيش في مدينة عامودا، "
            "واقتادت ثلاثة عناصر من الدفاع الوطني إلى جهة مجهولة.")
    got = [(e.actor1_id, e.actor2_id) for e in run_text(text, "2021-11-22").events if _types([e]) == [ARREST]]
    assert got and got[0][0] == "sdf" and got[0][1] != "civilians"


# --------------------------------------------------------------------------- who: the act that set a clash off


def test_a_clash_with_no_sides_takes_those_of_the_attack_that_set_it_off(run_text):
    clash = ("Battles", "Armed clash")
    text = ("وبدأت المواجهات مساء الأحد الماضي في مدينة القامشلي، "
            "حين هاجم مسلحون من الدفاع الوطني دورية للأسايش قرب دوار الوحدة.")
    got = [(e.actor1_id, e.actor2_id) for e in run_text(text, "2021-04-22").events if _types([e]) == [clash]]
    assert got == [("ndf", "asayish")]
    # no act told after حين: the clash keeps no sides
    text = "وبدأت المواجهات مساء الأحد الماضي في مدينة القامشلي واستمرت حتى الفجر."
    got = [(e.actor1_id, e.actor2_id) for e in run_text(text, "2021-04-22").events if _types([e]) == [clash]]
    assert got == [("", "")]


# --------------------------------------------------------------------------- who: whose dead were handed over


def test_the_side_whose_dead_are_handed_over_is_actor2_though_their_stretch_tells_the_fighting(run_text):
    text = ("سلّمت الأسايش في الحسكة، صباح اليوم، جثامين خمسة من عناصر الدفاع الوطني قتلوا خلال اشتباكات حي غويران، "
            "عبر الشرطة العسكرية الروسية. واتفق الطرفان اليوم على تمديد الهدنة يوماً آخر.")
    events = run_text(text, "2016-08-24").events
    assert [(e.actor1_id, e.actor2_id) for e in events if _types([e]) == [BODIES]] == [("asayish", "ndf")]
    # the two sides of the truce are the pair the handover named
    assert [(e.actor1_id, e.actor2_id) for e in events if _types([e]) == [AGREEMENT]] == [("asayish", "ndf")]


# --------------------------------------------------------------------------- who: a weapon's nationality in the dual


def test_a_dual_nationality_after_the_aircraft_names_the_attacker(run_text):
    text = "قتل جندي من قوات النظام أمس بنيران مروحيتين أمريكيتين قرب قرية تل الذهب."
    got = [(e.actor1_id, e.actor2_id) for e in run_text(text, "2020-08-18").events if _types([e]) == [AIR]]
    assert got == [("usa", "syrian_government")]
    text = "استهدفت طائرتان مسيرتان روسيتان موقعاً قرب قرية تل الذهب أمس."
    assert [e.actor1_id for e in run_text(text, "2020-08-18").events if _types([e]) == [AIR]] == ["russia"]


# --------------------------------------------------------------------------- who: the side that claimed the attack


def test_the_side_that_claims_responsibility_is_the_attacker(run_text):
    ied = ("Explosions/Remote violence", "Remote explosive/landmine/IED")
    text = ("أودى انفجار عبوة ناسفة صباح اليوم بحياة ثلاثة أشخاص في سوق مدينة الشدادي، "
            "في هجوم سارع تنظيم داعش إلى إعلان مسؤوليته عنه.")
    got = [(e.actor1_id, e.actor2_id) for e in run_text(text, "2019-05-20").events if _types([e]) == [ied]]
    assert got == [("isis", "civilians")]
    # a side that denies it claims nothing
    text = ("أودى انفجار عبوة ناسفة صباح اليوم بحياة ثلاثة أشخاص في سوق مدينة الشدادي، "
            "ونفى تنظيم داعش مسؤوليته عنه.")
    got = [e.actor1_id for e in run_text(text, "2019-05-20").events if _types([e]) == [ied]]
    assert got and got[0] != "isis"


# --------------------------------------------------------------------------- is it a fact: a device defused, not gone off

IED = ("Explosions/Remote violence", "Remote explosive/landmine/IED")


def test_a_bomb_defused_is_no_explosion(run_text):
    for text in ("فككت قوى الأمن الداخلي صباح اليوم عبوة ناسفة زرعها مجهولون قرب دوار الهلالية في القامشلي.",
                 "وأبطلت فرق الهندسة التابعة للأسايش مفعول عبوة ناسفة عُثر عليها على طريق عامودا أمس.",
                 "وتمكنت الأسايش من تفكيك عبوة ناسفة كانت مزروعة داخل سيارة في حي الوسطى بالقامشلي.",
                 "وعثرت دورية لقسد على عبوة ناسفة قرب جسر في ريف الشدادي وفككتها قبل مرور رتل عسكري."):
        assert IED not in _types(run_text(text, "2022-05-03").events), text


def test_a_bomb_that_went_off_while_being_defused_is_an_explosion(run_text):
    text = ("أصيب عنصران من قوى الأمن الداخلي بجروح صباح اليوم، إثر انفجار عبوة ناسفة أثناء محاولتهما "
            "تفكيكها قرب دوار الهلالية في مدينة القامشلي.")
    (event,) = [e for e in run_text(text, "2022-05-03").events if _types([e]) == [IED]]
    assert event.injuries == 2
    # one bomb went off, a second was defused: one explosion
    text = ("قُتل مدني صباح اليوم بانفجار عبوة ناسفة زرعها مجهولون على طريق عامودا. "
            "وفككت الأسايش عبوة ثانية في المكان نفسه بعد ساعة.")
    assert _types(run_text(text, "2022-05-03").events).count(IED) == 1
