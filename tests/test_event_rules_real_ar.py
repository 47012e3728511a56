"""Arabic phrasing of real published reports (issue 10, twelfth pass): takeovers told by the
side's own control (``أعلنت … سيطرتها على``، ``أسفر الهجوم عن سيطرتهم على``) and takeovers of a
list of villages, one event per village.

Every sentence here was written for these tests, with facts of its own; none is copied from an
outlet or from the evaluation reports. Each rule is checked both ways: sentences it changes,
and near misses of the same shape that stay as they were.
"""

from __future__ import annotations

import pytest

TAKEOVER = ("Battles", "Non-state actor overtakes territory")
REGAIN = ("Battles", "Government regains territory")


def _of(events, kind: tuple[str, str]) -> list:
    return [e for e in events if (e.event_type, e.sub_event_type) == kind]


# --------------------------------------------------------------------------- control told by its noun


@pytest.mark.parametrize("text, place", [
    ("أعلنت قوات سوريا الديمقراطية صباح اليوم سيطرتها الكاملة على بلدة الهول بعد معارك مع التنظيم.", "al_hawl"),
    ("أعلن مجلس تل تمر العسكري اليوم سيطرته التامة على قرية أم الكيف.", "umm_al_kayf"),
    ("وشن مقاتلو التنظيم هجوما على بلدة الهول فجر اليوم، أسفر عن سيطرتهم على البلدة.", "al_hawl"),
    ("هاجمت فصائل المعارضة قرية أم الكيف أمس، ما أدى إلى سيطرتها على القرية.", "umm_al_kayf"),
])
def test_control_announced_or_resulting_is_a_takeover(run_text, text, place):
    taken = _of(run_text(text, "2019-11-13").events, TAKEOVER)
    assert [e.place_id for e in taken] == [place]


@pytest.mark.parametrize("text", [
    # near misses: control that goes on, or a state of control, is no takeover
    "أعلنت قوات سوريا الديمقراطية اليوم استمرار سيطرتها على بلدة الهول رغم الهجمات.",
    "أعلن مجلس تل تمر العسكري اليوم أن قرية أم الكيف ما زالت تحت سيطرته.",
    "أعلنت الإدارة الذاتية اليوم رفضها لأي سيطرة على قرية أم الكيف.",
])
def test_control_that_goes_on_is_no_takeover(run_text, text):
    events = run_text(text, "2019-11-13").events
    assert not _of(events, TAKEOVER) and not _of(events, REGAIN)


# --------------------------------------------------------------------------- a list of villages taken


@pytest.mark.parametrize("text", [
    "سيطرت الفصائل الموالية لتركيا اليوم على قرى خربة السنديان وتل الورد ومزرعة الريحان في ريف تل تمر.",
    "وسيطرت فصائل المعارضة اليوم على قريتي خربة السنديان وتل الورد بريف تل تمر.",
    ("شنت الفصائل الموالية لتركيا اليوم هجوما على قرى خربة السنديان وتل الورد بريف تل تمر، "
     "أسفر عن سيطرتها على تلك القرى."),
])
def test_a_takeover_of_listed_villages_is_one_event_per_village(run_text, text):
    taken = _of(run_text(text, "2019-11-13").events, TAKEOVER)
    names = sorted(e.unresolved_name for e in taken)
    assert len(taken) >= 2 and all("tall_tamr" in (e.place_id or "") for e in taken)
    assert any("السنديان" in n for n in names) and any("الورد" in n for n in names)


def test_a_takeover_of_one_village_on_a_road_between_two_towns_stays_one(run_text):
    # near miss: the towns that end a road are no villages taken
    text = "سيطرت فصائل المعارضة اليوم على قرية خربة السنديان على طريق تل تمر - رأس العين."
    assert len(_of(run_text(text, "2019-11-13").events, TAKEOVER)) == 1


# --------------------------------------------------------------------------- "for the nth time in …" is no date

ARRESTS = ("Strategic developments", "Arrests")


@pytest.mark.parametrize("text", [
    "داهمت الأسايش اليوم الثلاثاء مقر حزب معارض في عامودا وأغلقته للمرة الثالثة خلال الشهر الماضي. "
    "واعتقلت القوات ذاتها خمسة من أعضاء الحزب.",
    "داهمت الأسايش اليوم الثلاثاء مقر حزب معارض في عامودا وأغلقته، للمرة الثانية خلال الأسبوع الماضي. "
    "واعتقلت القوات ذاتها خمسة من أعضاء الحزب.",
    "داهمت الأسايش اليوم الثلاثاء مقر حزب معارض في عامودا وأغلقته للمرة الرابعة منذ مطلع العام الجاري. "
    "واعتقلت القوات ذاتها خمسة من أعضاء الحزب.",
])
def test_a_period_that_counts_times_does_not_date_the_next_act(run_text, text):
    arrests = _of(run_text(text, "2023-05-09").events, ARRESTS)
    assert [str(e.date_from) for e in arrests] == ["2023-05-09"]


def test_a_period_that_dates_an_act_still_dates_it(run_text):
    # near miss: "خلال الشهر الماضي" with no count of times is the act's own period
    text = "واعتقلت الأسايش خلال الشهر الماضي خمسة من أعضاء حزب معارض في عامودا."
    arrests = _of(run_text(text, "2023-05-09").events, ARRESTS)
    assert [str(e.date_from) for e in arrests] == ["2023-04-01"]


# --------------------------------------------------------------------------- a headline's label is no scene

DRONE = ("Explosions/Remote violence", "Air/drone strike")
_BODY = "\nاستهدفت طائرة مسيرة تركية اليوم سيارة مدنية، ما أسفر عن إصابة ثلاثة أشخاص.\nولم تعلق أي جهة على الاستهداف.\n"


@pytest.mark.parametrize("headline, place", [
    ("الحسكة.. قصف جوي تركي يستهدف سيارة قرب القامشلي", "qamishli"),
    ("القامشلي.. قصف جوي تركي يستهدف سيارة في مدينة الحسكة", "hasakah"),
    ("الحسكة … غارة تركية تستهدف سيارة قرب القامشلي", "qamishli"),
])
def test_the_place_a_headline_is_filed_under_is_not_the_acts(run_text, headline, place):
    strikes = _of(run_text(headline + _BODY, "2022-02-24").events, DRONE)
    assert [e.place_id for e in strikes] == [place]


def test_a_headline_label_with_no_other_place_still_places_the_act(run_text):
    # near miss: the act names no place of its own; the label is where it was
    strikes = _of(run_text("القامشلي.. قصف جوي تركي يستهدف سيارة" + _BODY, "2022-02-24").events, DRONE)
    assert [e.place_id for e in strikes] == ["qamishli"]


# --------------------------------------------------------------------------- "it is worth noting that similar protests …"

PROTEST = ("Protests", "Peaceful protest")
_NEWS = "تظاهر العشرات اليوم في مدينة القامشلي احتجاجا على قرار رفع أسعار الخبز.\n"


@pytest.mark.parametrize("tail, places", [
    ("ويذكر أن مظاهرات مماثلة خرجت في مدينتي عامودا والدرباسية.", {"qamishli", "amuda", "darbasiyah"}),
    ("يشار إلى أن وقفات مماثلة نظمت في بلدة تل تمر.", {"qamishli", "tall_tamr"}),
    ("يذكر أن مدينة عامودا شهدت مظاهرات مماثلة.", {"qamishli", "amuda"}),
])
def test_similar_protests_noted_elsewhere_are_events_there(run_text, tail, places):
    protests = _of(run_text(_NEWS + tail, "2023-09-21").events, PROTEST)
    assert {e.place_id for e in protests} == places


@pytest.mark.parametrize("tail", [
    # near misses: the similar protests are told as before the news
    "ويذكر أن مظاهرات مماثلة خرجت في مدينة عامودا العام الماضي.",
    "يذكر أن مظاهرات مماثلة خرجت في مدينة عامودا في أوقات سابقة.",
])
def test_similar_protests_noted_as_before_stay_background(run_text, tail):
    protests = _of(run_text(_NEWS + tail, "2023-09-21").events, PROTEST)
    assert {e.place_id for e in protests} == {"qamishli"}


# --------------------------------------------------------------------------- "in addition to a strike in …"


@pytest.mark.parametrize("text, places", [
    ("تظاهر العشرات اليوم في مدينة عامودا احتجاجا على رفع الأسعار، إضافة إلى إضراب عام في مدينة المالكية.",
     {"amuda", "malikiyah"}),
    ("خرجت اليوم مظاهرة في بلدة تل تمر ضد التجنيد، إضافةً لوقفة احتجاجية في مدينة الدرباسية.",
     {"tall_tamr", "darbasiyah"}),
    ("نظم الأهالي اليوم وقفة احتجاجية في مدينة عامودا، علاوة على مظاهرة في مدينة القحطانية.",
     {"amuda", "qahtaniyah"}),
])
def test_a_protest_told_in_addition_at_a_place_of_its_own_is_one_more(run_text, text, places):
    protests = _of(run_text(text, "2023-09-21").events, PROTEST)
    assert {e.place_id for e in protests} == places and len(protests) == len(places)


def test_a_protest_told_in_addition_with_no_place_of_its_own_is_the_same(run_text):
    # near miss: the strike is where the protest was: one event
    text = "تظاهر العشرات اليوم في مدينة عامودا احتجاجا على رفع الأسعار، إضافة إلى إضراب عام للمحال التجارية."
    protests = _of(run_text(text, "2023-09-21").events, PROTEST)
    assert [e.place_id for e in protests] == ["amuda"]


# --------------------------------------------------------------------------- "now": what goes on at publication

CLASH = ("Battles", "Armed clash")
_BEFORE = "صعّدت قوات النظام لهجتها ضد الأسايش خلال الأيام القليلة الماضية في مدينة الحسكة.\n"


@pytest.mark.parametrize("text", [
    "وبحسب ناشطين فإن اشتباكات عنيفة تدور حالياً بين الطرفين في حي غويران.",
    "وتدور حاليا اشتباكات متقطعة بين الطرفين في حي غويران.",
    "وقال مصدر محلي إن الطرفين يتبادلان حالياً إطلاق النار في حي غويران، وسط اشتباكات عنيفة.",
])
def test_fighting_that_goes_on_now_is_of_the_day_of_publication(run_text, text):
    clashes = _of(run_text(_BEFORE + text, "2016-08-19").events, CLASH)
    assert [str(e.date_from) for e in clashes] == ["2016-08-19"]


def test_now_in_another_stretch_does_not_date_an_act_of_its_own_day(run_text):
    # near miss: the clash has its own day; "now" tells where the wounded are
    text = "اندلعت اشتباكات عنيفة أمس بين الطرفين في حي غويران، ويرقد المصابون حاليا في المشفى الوطني."
    clashes = _of(run_text(text, "2016-08-19").events, CLASH)
    assert [str(e.date_from) for e in clashes] == ["2016-08-18"]


# --------------------------------------------------------------------------- an attack on villagers is an attack on civilians

CIV = ("Violence against civilians", "Attack")


@pytest.mark.parametrize("text", [
    "شن مسلحو داعش اليوم هجوما مسلحا على أهالي قرية تل نصري في ريف تل تمر.",
    "شنت خلايا التنظيم فجر اليوم هجوما عنيفا على المدنيين في بلدة الهول.",
    "هاجم مسلحون مجهولون اليوم سكان قرية خربة السنديان في ريف تل تمر.",
])
def test_an_attack_on_villagers_is_violence_against_civilians(run_text, text):
    events = run_text(text, "2015-02-24").events
    assert _of(events, CIV) and not _of(events, CLASH)


def test_an_attack_on_positions_stays_a_clash(run_text):
    # near miss: fighters' positions are no civilians
    events = run_text("شن مقاتلو التنظيم اليوم هجوما عنيفا على مواقع قسد في بلدة الهول.", "2015-02-24").events
    assert not _of(events, CIV)
    assert [e.place_id for e in _of(events, CLASH)] == ["al_hawl"]  # (it was no event at all before attacks_launched)


# --------------------------------------------------------------------------- a campaign's launch day is its start, not the news

_CAMPAIGN = ("تواصل الأسايش تنفيذ مداهمات واعتقالات في مدينة عامودا، ضمن عملية «الفجر» {} في 20 من "
             "كانون الأول 2022، وسط انتقادات من الأهالي.\n"
             "وأعلنت الأسايش أنها تمكنت من إلقاء القبض على 12 شخصا في عملية نفذتها بمدينة عامودا.\n"
             "وقالت في بيان اليوم، الاثنين 2 من كانون الثاني، إن العملية جرت فجر اليوم.\n")


@pytest.mark.parametrize("launched", ["أطلقتها", "بدأتها", "انطلقت"])
def test_the_day_a_campaign_began_does_not_date_the_arrests_told_after(run_text, launched):
    arrests = _of(run_text(_CAMPAIGN.format("التي " + launched), "2023-01-02").events, ARRESTS)
    # (the campaign's run up to the news: an interval that ends on the day the arrests were announced)
    assert arrests and all(str(e.date_to) == "2023-01-02" for e in arrests)


def test_an_act_dated_in_its_own_clause_keeps_its_day(run_text):
    # near miss: a day told in the act's own clause, no campaign begun then
    text = "اعتقلت الأسايش في 20 من كانون الأول 2022 اثني عشر شخصا في مدينة عامودا.\nوقال الأهالي إن الحملة مستمرة.\n"
    arrests = _of(run_text(text, "2023-01-02").events, ARRESTS)
    assert [str(e.date_from) for e in arrests] == ["2022-12-20"]


# --------------------------------------------------------------------------- stones thrown at a convoy, told with a pronoun

RIOTS = "Riots"


@pytest.mark.parametrize("text", [
    "تصدى أهالي قرية خربة السنديان في ريف القامشلي أمس لرتل أميركي يضم أربع مدرعات ومنعوه من دخول قريتهم بعد رشقه بالحجارة.",
    "اعترض شبان من قرية خربة السنديان في ريف القامشلي أمس دورية أميركية ورجموها بالحجارة.",
    "وقف أهالي قرية خربة السنديان في ريف القامشلي أمس في وجه رتل أميركي ورشقوه بالحجارة حتى غادر.",
])
def test_stones_thrown_at_a_convoy_told_by_a_pronoun_are_a_riot(run_text, text):
    riots = [e for e in run_text(text, "2021-10-25").events if e.event_type == RIOTS]
    assert riots and riots[0].actor2_id == "usa"


def test_a_convoy_turned_back_without_stones_is_no_riot(run_text):
    # near miss: no stones, no violence
    text = "منع أهالي قرية خربة السنديان في ريف القامشلي أمس رتلا أميركيا من دخول قريتهم دون أي مواجهة."
    assert not [e for e in run_text(text, "2021-10-25").events if e.event_type == RIOTS]


# --------------------------------------------------------------------------- "bombardment by a drone" is a drone strike


@pytest.mark.parametrize("text", [
    "مقتل ثلاثة أشخاص بقصف مسيرة تركية في عامودا\nأسفر القصف الذي استهدف سيارة في مدينة عامودا اليوم عن مقتل ثلاثة أشخاص.\nولم تعلق أنقرة على الاستهداف.\n",
    "قتيلان بقصف طائرة مسيرة في القحطانية\nأدى القصف الذي طال سيارة مدنية في بلدة القحطانية اليوم إلى مقتل شخصين.\nولم تعلق أنقرة على الاستهداف.\n",
    "قصف المسيرات التركية يقتل شابين في الدرباسية\nوأسفر القصف عن مقتل شابين في مدينة الدرباسية اليوم.\nولم تعلق أنقرة على الاستهداف.\n",
])
def test_a_bombardment_by_a_drone_is_a_drone_strike(run_text, text):
    events = run_text(text, "2022-08-08").events
    assert _of(events, DRONE) and not _of(events, ("Explosions/Remote violence", "Shelling/artillery/missile attack"))


def test_a_bombardment_named_with_shells_stays_shelling(run_text):
    # near miss: shells name the weapon
    text = "قصفت المدفعية التركية اليوم بالقذائف قرية في ريف عامودا.\nوأسفر القصف عن أضرار مادية.\n"
    assert not _of(run_text(text, "2022-08-08").events, DRONE)


# --------------------------------------------------------------------------- a protest that was the arrests' pretext

INTERVENTION = ("Protests", "Protest with intervention")


@pytest.mark.parametrize("text", [
    "اعتقلت الأسايش اليوم ثلاثة ناشطين في عامودا بدعوى تنظيمهم مظاهرة في المدينة قبل أيام.",
    "اعتقلت الأسايش اليوم شابين في عامودا بتهمة المشاركة في مظاهرة خرجت الأسبوع الماضي.",
    "قامت دوريات الأسايش اليوم باعتقال ثلاثة أعضاء في حزب معارض بحجة تنظيم اعتصام في عامودا قبل أيام.",
])
def test_an_arrest_on_the_pretext_of_a_protest_is_an_arrest(run_text, text):
    events = run_text(text, "2016-05-29").events
    assert _of(events, ARRESTS) and not _of(events, INTERVENTION)


def test_arrests_at_a_protest_are_the_protest_met_with_force(run_text):
    # near miss: the arrests were made at the protest, one act
    events = run_text("فرقت الأسايش اليوم مظاهرة في عامودا واعتقلت عددا من المشاركين فيها.", "2016-05-29").events
    assert _of(events, INTERVENTION) and not _of(events, ARRESTS)


# --------------------------------------------------------------------------- "the Malikiyah area" is the subdistrict, not the town


@pytest.mark.parametrize("text, place", [
    ("استهدفت مسيرة تركية اليوم مواقع لقسد في منطقة المالكية.", "malikiyah_subdistrict"),
    ("قصفت طائرة مسيرة تركية اليوم نقطة عسكرية بمنطقة عامودا.", "amuda_subdistrict"),
    ("استهدفت مسيرة تركية اليوم محطة كهرباء ضمن منطقة الدرباسية.", "darbasiyah_subdistrict"),
])
def test_a_towns_area_is_its_subdistrict(run_text, text, place):
    strikes = _of(run_text(text, "2022-02-02").events, DRONE)
    assert [e.place_id for e in strikes] == [place]


def test_a_town_named_as_a_town_stays_the_town(run_text):
    # near miss: "مدينة المالكية" is the town
    strikes = _of(run_text("استهدفت مسيرة تركية اليوم سيارة في مدينة المالكية.", "2022-02-02").events, DRONE)
    assert [e.place_id for e in strikes] == ["malikiyah"]


# --------------------------------------------------------------------------- a massacre committed by aircraft is an air strike


@pytest.mark.parametrize("text", [
    "وقال ناشط إن طيران التحالف ارتكب مجزرة ظهر الأحد في قرية خربة السنديان جنوب مدينة الشدادي.",
    "ارتكبت الطائرات الحربية التركية اليوم مجزرة في قرية خربة السنديان بريف عامودا.",
    "وثق ناشطون اليوم مجزرة ارتكبها طيران التحالف في قرية خربة السنديان بريف الشدادي.",
])
def test_a_massacre_committed_by_aircraft_is_an_air_strike(run_text, text):
    assert _of(run_text(text, "2017-06-19").events, DRONE)


def test_a_massacre_committed_by_gunmen_is_no_air_strike(run_text):
    # near miss: no aircraft
    text = "ارتكب مسلحون مجهولون اليوم مجزرة في قرية خربة السنديان بريف الشدادي."
    assert not _of(run_text(text, "2017-06-19").events, DRONE)


def test_a_takeover_of_that_area_after_two_villages_is_not_split(run_text):
    # near miss: "تلك المنطقة" refers back to an area, not to the villages as a list
    text = ("شنت الفصائل الموالية لتركيا اليوم هجوما على قريتي خربة السنديان وتل الورد بريف تل تمر، "
            "أسفر عن سيطرتها على تلك المنطقة.")
    assert len(_of(run_text(text, "2019-11-13").events, TAKEOVER)) == 1


@pytest.mark.parametrize("tail", [
    # near misses: a year before the news dates the similar protests in the past
    "ويذكر أن مدينة عامودا شهدت مظاهرات مماثلة عام 2011.",
    "يشار إلى أن وقفات مماثلة نظمت في بلدة تل تمر في ربيع 2019.",
    "ويذكر أن مظاهرات مماثلة خرجت في مدينتي عامودا والدرباسية خلال 2012.",
])
def test_similar_protests_noted_in_an_earlier_year_stay_background(run_text, tail):
    protests = _of(run_text(_NEWS + tail, "2023-09-21").events, PROTEST)
    assert {e.place_id for e in protests} == {"qamishli"}


@pytest.mark.parametrize("text", [
    # near misses: stones thrown in an earlier year, told as the place's past
    "مرت دورية أميركية أمس قرب قرية في ريف القامشلي، وهي القرية ذاتها التي رشقه شبانها بالحجارة عام 2019.",
    "عبر رتل أميركي أمس قرية قرب القامشلي، وهي القرية التي رجمه سكانها بالحجارة في صيف 2020.",
    # near misses: the ones who threw the stones are soldiers or guards, no crowd
    "قال راع من ريف الدرباسية أمس إن جنودا أتراكا رشقوه بالحجارة قرب الشريط الحدودي.",
    "أفاد مزارع من ريف عامودا أمس بأن عناصر من حرس الحدود التركي رجموه بالحجارة أثناء عمله في أرضه.",
])
def test_stones_thrown_before_or_by_soldiers_are_no_riot(run_text, text):
    assert not [e for e in run_text(text, "2021-10-25").events if e.event_type == RIOTS]


def test_stones_thrown_at_a_convoy_dated_in_an_earlier_year_keep_it(run_text):
    # the year belongs to the act's own date: the riot stays, on that day
    text = "تصدى أهالي قرية في ريف القامشلي في 12 أيار 2020 لرتل أميركي ومنعوه من دخول قريتهم بعد رشقه بالحجارة."
    riots = [e for e in run_text(text, "2021-10-25").events if e.event_type == RIOTS]
    assert [str(e.date_from) for e in riots] == ["2020-05-12"]
