"""Arabic rules for the classes the second blind set (``h2ar01``–``h2ar20``) missed: background
that is no event (habits, weeks just past, an undated earlier act, a future act, a return home,
an escape from capture), and the phrasing classes of the stages further down.

Every sentence here was written for these tests; none is copied from an outlet or from the
evaluation reports.
"""

from __future__ import annotations

from pipeline.events import (
    AGREEMENT as AGREE_TRIGGER,
)
from pipeline.events import (
    agreed_terms,
    agreement_verbs,
    aircraft_strikes,
    claimed_tolls,
    coming_back_from,
    not_displaced,
    past_period,
    protest_gatherings,
    reporter_place,
    running_tally,
    the_day_when,
    time_ahead,
    undated_earlier,
)
from pipeline.matcher import Match


def _types(events) -> list[tuple[str, str]]:
    return [(e.event_type, e.sub_event_type) for e in events]


DRONE = ("Explosions/Remote violence", "Air/drone strike")
SHELLING = ("Explosions/Remote violence", "Shelling/artillery/missile attack")
DISPLACED = ("Strategic developments", "Other")


# --------------------------------------------------------------------------- background, no event


def test_strikes_recurring_over_recent_weeks_are_no_event(run_text):
    text = "وتكثفت في الأسابيع الماضية هجمات المسيرات التركية على نقاط قسد في ريف القامشلي."
    assert run_text(text, "2023-05-10").events == []
    assert past_period(["خلال", "الاشهر", "الاخيره"])
    assert not past_period(["خلال", "الايام", "الماضيه"])  # days may date one event


def test_near_daily_shelling_and_the_flight_it_caused_are_no_event(run_text):
    text = "وتتعرض قرى ريف تل تمر لقصف يومي، ما أجبر أغلب العائلات على ترك منازلها."
    assert run_text(text, "2023-05-10").events == []


def test_a_recurring_act_with_a_day_of_its_own_stays(run_text):
    events = run_text("وتكرر القصف المدفعي على قرية أم الكيف مساء أمس.", "2023-05-10").events
    assert _types(events) == [SHELLING]
    assert str(events[0].event_date) == "2023-05-09"


def test_an_agreement_reached_at_an_earlier_unstated_time_is_background(run_text):
    text = "وكان وسطاء من العشائر قد توصلوا في وقت سابق إلى تهدئة بين الطرفين في حي طي."
    assert run_text(text, "2023-05-10").events == []
    assert undated_earlier(["في", "وقت", "سابق"])
    assert not undated_earlier(["القيادي", "السابق"]) and not undated_earlier(["سابق"])


def test_a_promise_to_go_on_protesting_is_no_protest(run_text):
    text = "وأكد المعتصمون أنهم سيواصلون الاحتجاج حتى تلبية مطالبهم."
    assert run_text(text, "2023-05-10").events == []


def test_families_going_back_home_are_no_displacement(run_text):
    text = "وشرعت الأسر التي نزحت من قرية تل جمعة خلال القصف بالعودة إلى بيوتها صباح اليوم."
    assert run_text(text, "2023-05-10").events == []
    words = ["عادت", "العائلات", "التي", "نزحت", "الي", "منازلها"]
    assert not_displaced(words, 3, 0) == "a return home"


def test_young_men_escaping_an_arrest_are_not_displaced(run_text):
    text = "وحاولت دورية اعتقال ثلاثة شبان في حي الهلالية، لكنهم تمكنوا من الفرار."
    assert all(e.sub_event_type != "Other" for e in run_text(text, "2023-05-10").events)
    assert not_displaced(["حاولت", "اعتقال", "شبان", "لكنهم", "تمكنوا", "من", "الفرار"], 6, 0) == \
        "an escape from capture"


def test_families_fleeing_shelling_are_still_displaced(run_text):
    events = run_text("ونزحت عشرات العائلات من قرية أم الكيف صباح اليوم هرباً من القصف.", "2023-05-10").events
    assert DISPLACED in _types(events)


# --------------------------------------------------------------------------- agreements told by their verb

AGREEMENT = ("Strategic developments", "Agreement")


def test_parties_that_agreed_on_something_reached_an_agreement(run_text):
    text = ("اتفق وفدا الحكومة السورية وقوات سوريا الديمقراطية، في لقاء عقد مساء الأحد في مطار القامشلي، "
            "على تثبيت التهدئة في حي طي.")
    events = run_text(text, "2023-03-14").events
    assert _types(events) == [AGREEMENT]
    assert str(events[0].event_date) == "2023-03-12"  # the meeting's day is the agreement's
    assert "pattern:agreement_agreed" in events[0].rule


def test_the_terms_agreed_on_are_no_acts_of_their_own(run_text):
    text = "واتفق الطرفان أمس على انسحاب المسلحين من الحي وتبادل الجثث والمحتجزين برعاية روسية."
    events = run_text(text, "2023-03-14").events
    assert _types(events) == [AGREEMENT]  # no transfer of territory, no bodies handed over yet


def test_agreeing_with_a_view_is_no_agreement(run_text):
    text = "وقال ناشطون إنهم يتفقون مع ما ورد في البيان."
    assert run_text(text, "2023-03-14").events == []


def test_an_exchange_that_begins_is_the_agreement_already_told(run_text):
    text = ("اتفق ممثلو الطرفين صباح اليوم في مطار القامشلي على مبادلة المحتجزين. "
            "وبدأت صفقة التبادل ظهر اليوم في المدينة.")
    assert _types(run_text(text, "2023-03-14").events) == [AGREEMENT]


# --------------------------------------------------------------------------- aircraft that strike

def test_coalition_planes_that_bomb_are_an_air_strike_not_shelling(run_text):
    text = "وقصفت طائرات التحالف الدولي فجر اليوم مواقع لعناصر التنظيم في محيط سجن الصناعة."
    events = run_text(text, "2022-01-23").events
    assert _types(events) == [DRONE]
    assert events[0].place_id == "sinaa_prison"
    assert "pattern:air_aircraft" in events[0].rule


def test_aircraft_as_the_subject_before_its_verb(run_text):
    events = run_text("وذكرت مصادر أن الطيران الروسي استهدف مساء أمس تلة قرب قرية أم الكيف.", "2022-01-23").events
    assert _types(events) == [DRONE]


def test_a_helicopter_that_carries_the_wounded_is_no_strike(run_text):
    text = "ونقلت مروحية عسكرية الجرحى إلى مطار القامشلي مساء أمس."
    assert all(t != DRONE for t in _types(run_text(text, "2022-01-23").events))


def test_agreement_stages_alone():
    words = ["اتفق", "الطرفان", "علي", "تبادل", "الجثث"]
    found = agreement_verbs([], words)
    assert [(m.first, m.payload) for m in found] == [(0, AGREE_TRIGGER)]
    bodies = Match(3, 3, "bodies", "")
    assert agreed_terms([*found, bodies], words) == found  # the term goes, the verb stays
    assert agreement_verbs([], ["اتفق", "الطرفان", "امس"]) == []  # nothing agreed on
    assert agreement_verbs([], ["اتفق", "الطرفان"] + ["x"] * 3 + ["علي"], frozenset({3})) == []  # another sentence


def test_aircraft_stage_alone():
    assert [m.first for m in aircraft_strikes([], ["قصفت", "طايرات", "التحالف", "مواقع"])] == [1]
    assert aircraft_strikes([], ["نقلت", "مروحيه", "الجرحي"]) == []


# --------------------------------------------------------------------------- where: what is not the event's place

def test_the_reporters_city_is_not_where_the_strike_was(run_text):
    text = ("تدور اشتباكات منذ الصباح في محيط سجن الصناعة بحي غويران. "
            "وأفاد مراسل الموقع في الحسكة بأن مقاتلات التحالف قصفت مساء اليوم مبنى يتحصن فيه مسلحون قرب السجن.")
    events = run_text(text, "2022-01-23").events
    air = [e for e in events if (e.event_type, e.sub_event_type) == DRONE]
    assert len(air) == 1 and air[0].place_id == "sinaa_prison"  # "قرب السجن": the prison named before
    assert reporter_place(["قال", "مراسل", "الموقع", "في", "الحسكه"], 4)
    assert not reporter_place(["قصفت", "الطايرات", "مواقع", "في", "الحسكه"], 4)


def test_the_strike_told_again_is_not_moved_to_where_the_victims_came_back_from(run_text):
    text = ("قتل إداريان اليوم إثر استهداف مسيرة تركية سيارتهما قرب قرية تل شعير. "
            "وأوضح مصدر أن الطائرة أصابت السيارة بصاروخ أثناء عودة الإداريين من اجتماع في بلدة القحطانية.")
    events = run_text(text, "2022-07-20").events
    assert _types(events) == [DRONE]
    assert events[0].place_id == "tal_shaeer"
    assert coming_back_from(["استهدفت", "السياره", "اثناء", "عوده", "الاداريين", "من", "اجتماع", "في", "القحطانيه"], 0, 8)


# --------------------------------------------------------------------------- strategic developments told in other words

DEPLOY = ("Strategic developments", "Change to group/activity")
ARRESTS = ("Strategic developments", "Arrests")
PROTEST = ("Protests", "Peaceful protest")


def test_a_patrol_that_enters_a_neighbourhood_is_a_deployment(run_text):
    events = run_text("ودخلت دورية للقوات الروسية ظهر اليوم إلى حي الهلالية وتمركزت قرب دوار الوحدة.",
                      "2023-03-14").events
    assert DEPLOY in _types(events)
    assert "pattern:deployment_closure" not in events[0].rule


def test_forces_entering_are_not_this_stage(run_text):
    events = run_text("ودخل مئات المدنيين إلى مدينة القامشلي هرباً من القصف.", "2023-03-14").events
    assert DEPLOY not in _types(events)


def test_reinforcing_positions_is_a_deployment(run_text):
    events = run_text("ودعّمت قوى الأمن الداخلي مواقعها في حي طي مساء أمس.", "2023-03-14").events
    assert _types(events) == [DEPLOY]


def test_a_security_sweep_is_an_arrest_campaign(run_text):
    events = run_text("وأطلقت قسد فجر اليوم حملة أمنية في بلدة الشدادي بحثاً عن خلايا التنظيم.", "2023-03-14").events
    assert _types(events) == [ARRESTS]


def test_roads_cut_by_forces_are_a_deployment_and_by_a_crowd_with_a_demand_a_protest(run_text):
    events = run_text("وقطعت الأسايش الطرقات المؤدية إلى السوق صباح اليوم.", "2023-03-14").events
    assert _types(events) == [DEPLOY]
    text = "وقطع شبان من العشيرة الطريق العام عند مدخل عامودا صباح اليوم مطالبين بالإفراج عن ابنهم."
    assert _types(run_text(text, "2023-03-14").events) == [PROTEST]


def test_families_leaving_their_homes_in_the_present_tense_are_displaced(run_text):
    events = run_text("ومنذ الصباح تغادر عائلات من حي الهلالية باتجاه مركز المدينة.", "2023-03-14").events
    assert _types(events) == [DISPLACED]
    text = "وقال السكان إن عائلات تقيم قرب خط التماس في قرية أم الكيف بدأت تغادر منازلها اليوم."
    assert _types(run_text(text, "2023-03-14").events) == [DISPLACED]


def test_a_place_near_which_the_neighbourhood_lies_is_not_the_events(run_text):
    events = run_text("واندلعت اشتباكات عنيفة صباح اليوم في حي حلكو قرب مطار القامشلي.", "2023-03-14").events
    assert [e.place_id for e in events] == ["halko"]


def test_a_front_line_is_no_clash(run_text):
    text = "ونزحت عائلات تسكن قرب خطوط الاشتباك في حي طي صباح اليوم."
    assert ("Battles", "Armed clash") not in _types(run_text(text, "2023-03-14").events)


def test_a_clause_that_refers_back_to_the_neighbourhood_is_placed_there(run_text):
    text = ("ودفعت قوات النظام صباح اليوم بتعزيزات إلى المربع الأمني في القامشلي، "
            "في حين حصّنت الأسايش نقاطها داخل الحي.")
    events = run_text("اندلعت اشتباكات في حي طي أمس. " + text, "2023-03-14").events
    assert {e.place_id for e in events if (e.event_type, e.sub_event_type) == DEPLOY} == {"security_square", "tayy"}


# --------------------------------------------------------------------------- protests told as a crowd standing or gathering

def test_people_standing_with_banners_are_a_protest(run_text):
    events = run_text("ووقف العشرات أمام مبنى البلدية في عامودا ظهر اليوم حاملين لافتات تندد بانقطاع الكهرباء، "
                      "رافعين صور أبنائهم.", "2023-03-14").events
    assert _types(events) == [PROTEST]
    assert events[0].place_id == "amuda"


def test_a_crowd_demanding_in_the_present_tense_is_a_protest_dated_when_it_gathered(run_text):
    text = ("وقبل ثلاثة أيام، السبت، تجمعت أمهات معتقلين أمام مقر الأسايش في القامشلي تطالب بالإفراج عن "
            "أبنائهن المحتجزين منذ أشهر.")
    events = run_text(text, "2023-03-14").events
    assert _types(events) == [PROTEST]
    assert str(events[0].event_date) == "2023-03-11"


def test_a_ceasefire_is_no_crowd_standing():
    assert protest_gatherings([], ["وقف", "اطلاق", "النار", "في", "الحي"]) == []


def test_protests_called_for_next_week_have_not_happened(run_text):
    text = "ودعت أحزاب كردية إلى مظاهرات في مدن المنطقة الأسبوع المقبل رفضاً للقصف."
    assert run_text(text, "2023-03-14").events == []
    assert time_ahead(["خلال", "الايام", "القادمه"])
    assert not time_ahead(["الرتل", "القادم", "من", "العراق"])


def test_a_running_total_since_the_start_of_the_year_is_still_no_event(run_text):
    text = "وبذلك يرتفع إلى 12 عدد عمليات الاغتيال التي وثقها المرصد في ريف الحسكة منذ مطلع العام، قتل فيها 15 شخصاً."
    assert run_text(text, "2023-03-14").events == []


# --------------------------------------------------------------------------- an earlier day told inside a comparison

def test_the_day_a_since_phrase_names_as_the_day_of_an_act_dates_that_act(run_text):
    text = ("ولم يقع استهداف مماثل في المدينة منذ 3 آذار الماضي، يوم قصفت مسيرة تركية سيارة في قرية أم الكيف.")
    events = run_text(text, "2023-05-10").events
    assert _types(events) == [DRONE]
    assert (str(events[0].date_from), str(events[0].date_to)) == ("2023-03-03", "2023-03-03")
    assert the_day_when(["منذ", "3", "اذار", "الماضي", "يوم"], 2)
    assert not the_day_when(["منذ", "3", "اذار", "تشهد"], 2)


def test_a_since_phrase_alone_still_opens_an_interval(run_text):
    events = run_text("وتتواصل منذ صباح أمس الاشتباكات في حي طي.", "2023-05-10").events
    assert events and str(events[0].date_from) == "2023-05-09" and str(events[0].date_to) == "2023-05-10"


def test_another_bombing_a_day_earlier_is_an_event_of_that_day(run_text):
    text = ("انفجرت عبوة ناسفة في سوق القامشلي صباح اليوم. ويأتي التفجير بعد يوم من انفجار دراجة مفخخة أخرى "
            "مساء أمس في بلدة عامودا.")
    events = run_text(text, "2023-05-10").events
    assert {(e.place_id, str(e.event_date)) for e in events} >= {("amuda", "2023-05-09")}


# --------------------------------------------------------------------------- a road between towns

def test_a_strike_on_the_road_between_two_towns_is_drawn_in_the_countryside_not_a_town(run_text):
    events = run_text("وأصابت مسيرة تركية مساء اليوم سيارة على الطريق بين عامودا والدرباسية.", "2023-05-10").events
    assert _types(events) == [DRONE]
    ev = events[0]
    assert ev.place_id == "amuda_countryside" and ev.approximate
    assert ev.unresolved_name == "الطريق بين عامودا والدرباسية"


def test_a_town_not_behind_a_road_stays_the_town(run_text):
    events = run_text("وأصابت مسيرة تركية مساء اليوم سيارة في بلدة عامودا.", "2023-05-10").events
    assert [e.place_id for e in events] == ["amuda"]


# --------------------------------------------------------------------------- tolls and the attack told by its noun

def test_his_death_is_one_dead(run_text):
    events = run_text("لقي مزارع حتفه صباح اليوم بانفجار لغم أرضي قرب قرية تل عودة.", "2023-05-10").events
    assert [e.fatalities for e in events] == [1]
    events = run_text("لقي ثلاثة عناصر مصرعهم في اشتباكات اليوم في حي طي.", "2023-05-10").events
    assert [e.fatalities for e in events] == [3]


def test_a_toll_a_side_claims_is_not_the_toll(run_text):
    text = ("قتل عنصر من قسد مساء أمس في اشتباكات مع مسلحين قرب بلدة الشدادي. "
            "وتبنى التنظيم الهجوم زاعماً مقتل خمسة عناصر.")
    events = run_text(text, "2023-05-10").events
    assert [e.fatalities for e in events] == [1]
    assert claimed_tolls([Match(1, 1, "killed", "")], ["زاعما", "مقتل", "خمسه"]) == []


def test_an_attack_by_gunmen_after_a_landmine_is_an_armed_attack_not_a_bomb(run_text):
    text = ("قتل مزارع بانفجار لغم أرضي في ريف القامشلي صباح اليوم. "
            "وفي ريف تل حميس، قتل عنصر من قسد ليلاً في هجوم شنه مسلحون على حاجز عسكري.")
    events = run_text(text, "2023-05-10").events
    assert sorted(_types(events)) == sorted([("Explosions/Remote violence", "Remote explosive/landmine/IED"),
                                             ("Battles", "Armed clash")])


def test_a_barrages_second_site_told_by_its_noun_is_still_shelling(run_text):
    text = ("قصفت القوات التركية قرية أم الكيف صباح اليوم. "
            "وقتل عنصران في هجوم على قرية تل جمعة.")
    events = run_text(text, "2023-05-10").events
    assert _types(events) == [SHELLING, SHELLING]


# --------------------------------------------------------------------------- takeovers told by another verb or by the noun

TAKEOVER = ("Battles", "Non-state actor overtakes territory")


def test_wresting_a_place_is_a_takeover(run_text):
    events = run_text("وانتزع مقاتلو الأسايش مساء أمس حاجز دوار الوحدة من عناصر الدفاع الوطني.", "2023-05-10").events
    assert TAKEOVER in _types(events)


def test_a_takeover_told_by_its_noun_with_a_day_of_its_own_is_an_event_of_that_day(run_text):
    text = "ويأتي الاتفاق بعد ثلاثة أيام من سيطرة الأسايش، يوم 7 أيار، على مقر للدفاع الوطني في حي طي."
    events = [e for e in run_text(text, "2023-05-10").events if "overtakes" in e.sub_event_type]
    assert [(e.place_id, str(e.event_date)) for e in events] == [("tayy", "2023-05-07")]


def test_control_told_by_its_noun_without_a_day_is_background(run_text):
    assert run_text("وكانت المنطقة قد شهدت توتراً بعد سيطرة قسد على بلدة الشدادي.", "2023-05-10").events == []
    assert run_text("وتقع القرية تحت سيطرة قسد على بعد كيلومترات من تل تمر.", "2023-05-10").events == []


# --------------------------------------------------------------------------- a barrage summed up, then told site by site

def test_a_lead_that_sums_up_the_shelling_of_the_villages_is_no_event_of_its_own(run_text):
    text = ("شهد ريف بلدة تل تمر اليوم تصعيداً في القصف المدفعي التركي على القرى الواقعة على خطوط التماس. "
            "وسقطت القذائف صباحاً على قرية أم الكيف. "
            "وبعد الظهر طال القصف قرية تل جمعة دون إصابات.")
    events = run_text(text, "2023-05-10").events
    assert sorted(e.place_id for e in events) == ["tall_jumah", "umm_al_kayf"]
    assert any(len(e.more_evidence) for e in events)  # the lead stays as evidence


def test_a_count_of_villages_hit_is_no_event_beside_the_villages_told(run_text):
    text = ("قصفت القوات التركية قرية تل جمعة صباح اليوم. "
            "وتعرضت 12 قرية في ريف تل تمر لقصف مدفعي منذ فجر اليوم.")
    events = run_text(text, "2023-05-10").events
    assert [e.place_id for e in events] == ["tall_jumah"]


def test_a_barrage_on_the_villages_with_nothing_else_told_stays(run_text):
    events = run_text("وقصفت القوات التركية اليوم القرى المحيطة ببلدة تل تمر.", "2023-05-10").events
    assert _types(events) == [SHELLING]


def test_families_that_had_fled_before_some_began_to_return_are_no_new_displacement(run_text):
    text = ("وكانت عائلات كثيرة قد نزحت من قرية أم الكيف إلى بلدة تل تمر خوفاً من القصف، "
            "قبل أن يبدأ قسم منها بالعودة صباح اليوم.")
    assert run_text(text, "2023-05-10").events == []
    text = "ونزحت عشرات العائلات من قرية أم الكيف صباح اليوم وسط مخاوف من عودة القصف."
    assert _types(run_text(text, "2023-05-10").events) == [DISPLACED]


# --------------------------------------------------------------------------- the camp, the village referred back to

def test_a_body_found_in_a_sector_of_the_camp_is_placed_at_the_camp(run_text):
    text = ("واعتقلت الأسايش اليوم عشرة أشخاص في مخيم الهول. "
            "وفي القطاع الثالث من المخيم، عثر صباح اليوم على جثة رجل قتل بطلق ناري.")
    events = run_text(text, "2023-05-10").events
    assert {e.place_id for e in events} == {events[0].place_id}
    assert all(e.place_id != "hasakah" for e in events)


def test_the_village_refers_back_to_a_village_the_gazetteer_lacks(run_text):
    text = ("اندلع اشتباك بين عائلتين في قرية الصفية بريف تل حميس أمس. "
            "وانتشرت قوى الأمن الداخلي في القرية صباح اليوم.")
    events = run_text(text, "2023-05-10").events
    assert {(e.place_id, e.unresolved_name) for e in events} == {("tall_hamis_countryside", "الصفية")}


def test_the_scene_of_the_blast_is_where_the_blast_was(run_text):
    text = ("انفجرت عبوة ناسفة بسيارة قرب دوار الوحدة في القامشلي صباح اليوم. "
            "وفي مدينة الحسكة، قال مسؤول إن التحقيق جار. "
            "وطوقت الأسايش المنطقة وأغلقت الطرق المحيطة بمكان التفجير.")
    events = run_text(text, "2023-05-10").events
    deploy = [e for e in events if (e.event_type, e.sub_event_type) == DEPLOY]
    assert [e.place_id for e in deploy] == ["wahda_roundabout"]


def test_a_later_sentence_that_names_the_scene_places_the_act_more_precisely(run_text):
    text = ("قتل عنصر من قسد مساء اليوم بضربة مسيرة تركية على سيارته في ريف القامشلي. "
            "وحدد شهود مكان الضربة قرب قرية خربة عنز على الطريق العام.")
    events = run_text(text, "2023-05-10").events
    assert [(e.place_id, e.unresolved_name) for e in events] == [("qamishli_countryside", "خربة عنز")]
    assert events[0].more_evidence


def test_a_scene_named_elsewhere_does_not_move_the_act(run_text):
    text = ("قتل عنصر من قسد مساء اليوم بضربة مسيرة تركية على سيارته في ريف القامشلي. "
            "وقال مصدر إن مكان الضربة في مدينة عامودا.")
    events = run_text(text, "2023-05-10").events
    assert [e.place_id for e in events] == ["qamishli_countryside"]


def test_the_second_target_hit_by_a_missile_is_a_second_strike_of_the_same_kind(run_text):
    text = ("استهدفت مسيرتان تركيتان سيارتين في مدينة القامشلي اليوم. "
            "وأصابت الأولى سيارة قرب دوار الوحدة وقتل سائقها. "
            "أما الثانية فأصيبت بصاروخ في حي الهلالية، ما أدى إلى مقتل شخصين.")
    events = run_text(text, "2023-05-10").events
    hil = [e for e in events if e.place_id == "hilaliyah"]
    assert [(e.sub_event_type, e.fatalities) for e in hil] == [("Air/drone strike", 2)]


def test_a_missile_with_nothing_before_is_shelling(run_text):
    events = run_text("قتل عنصران بصاروخ سقط على موقعهما في قرية أم الكيف اليوم.", "2023-05-10").events
    assert _types(events) == [SHELLING]


# --------------------------------------------------------------------------- streets and prisons the gazetteer lacks

def test_a_prison_the_gazetteer_lacks_is_drawn_in_the_city_the_text_gives(run_text):
    res = run_text("سقطت قذائف صباح اليوم على سجن الحرية في مدينة القامشلي.", "2023-05-10")
    assert [(m.place_id, m.unresolved_name, m.approximate) for m in res.mentions if m.unresolved_name] == \
        [("qamishli", "الحرية", True)]
    assert [(e.place_id, e.unresolved_name) for e in res.events] == [("qamishli", "الحرية")]


def test_a_street_the_gazetteer_lacks_is_drawn_in_its_neighbourhood(run_text):
    res = run_text("وسيطرت الأسايش مساء أمس على شارع الوادي في حي طي.", "2023-05-10")
    assert [(m.place_id, m.unresolved_name) for m in res.mentions if m.unresolved_name] == [("tayy", "الوادي")]


def test_the_also_hit_second_site_of_a_shelling_is_its_own_event(run_text):
    text = ("سقطت قذائف تركية ليلة أمس على حي البشيرية في مدينة القامشلي. "
            "وقالت قسد إن القصف أصاب أيضاً سجن النور حيث يحتجز عناصر من التنظيم.")
    events = run_text(text, "2023-05-10").events
    assert sorted((e.place_id, e.unresolved_name) for e in events) == [("bashiriyah", ""), ("qamishli", "النور")]


def test_a_place_name_inside_a_councils_name_is_no_place(run_text):
    res = run_text("وتصدت قوات مجلس تل تمر العسكري لهجوم على قرية أم الكيف مساء أمس.", "2023-05-10")
    assert "tall_tamr" not in {m.place_id for m in res.mentions}
    assert [e.place_id for e in res.events] == ["umm_al_kayf"]
    res = run_text("وقصفت القوات التركية بلدة تل تمر العسكري.", "2023-05-10")  # no council: the town
    assert "tall_tamr" in {m.place_id for m in res.mentions}


# --------------------------------------------------------------------------- a round-up's new scene

def test_a_new_scene_of_a_round_up_is_not_dated_by_the_scene_before(run_text):
    text = ("اعتقلت قسد أمس خمسة شبان في حي غويران بمدينة الحسكة. "
            "وفي مدينة القامشلي، أغلقت الأسايش الطرق المؤدية إلى المربع الأمني.")
    events = run_text(text, "2023-05-10").events
    assert {(e.place_id, str(e.event_date)) for e in events} == {("ghuwayran", "2023-05-09"),
                                                                 ("security_square", "2023-05-10")}


def test_a_sentence_that_goes_on_in_the_same_scene_keeps_the_running_date(run_text):
    text = "اندلعت اشتباكات أمس في حي طي. وأغلقت الأسايش الطرق المؤدية إلى الحي."
    events = run_text(text, "2023-05-10").events
    assert {str(e.event_date) for e in events} == {"2023-05-09"}


def test_a_known_quarter_beats_an_unknown_roundabout_drawn_at_the_whole_city(run_text):
    text = "وعزلت الأسايش اليوم حي غويران عن بقية المدينة، ونصبت حواجز عند دوار النخيل في الحسكة."
    events = run_text(text, "2023-05-10").events
    assert [e.place_id for e in events] == ["ghuwayran"]


# --------------------------------------------------------------------------- arrests told with a pronoun, running totals

def test_an_arrest_verb_with_its_object_pronoun_is_an_arrest(run_text):
    events = run_text("وكانت دورية للأسايش قد احتجزتهم صباح الأحد عند حاجز دوار الوحدة.", "2023-05-10").events
    assert _types(events) == [ARRESTS]


def test_the_number_arrested_so_far_is_a_running_total(run_text):
    text = "وبلغ عدد من اعتقلتهم قسد منذ بدء الحملة في مخيم الهول أكثر من مئتي شخص."
    assert run_text(text, "2023-05-10").events == []
    assert running_tally(["وارتفع", "عدد", "من", "اعتقلتهم"], 3, 0)
    assert not running_tally(["اعتقلت", "الاسايش", "عددا", "من", "الشبان"], 0, 0)
