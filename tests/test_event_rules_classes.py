"""Arabic rules for the weak classes of issue 10 on unseen text (third pass): protests told
as gatherings, positions handed over, releases in exchange, other arrest verbs, fear of an
act, events in far cities, vague recaps after "comes after".

Every sentence here was written for these tests; none is copied from an outlet or from the
evaluation reports.
"""

from __future__ import annotations

from pipeline.events import exchange_releases, position_handovers, protest_gatherings


def _types(events) -> list[tuple[str, str]]:
    return [(e.event_type, e.sub_event_type) for e in events]


PROTEST = ("Protests", "Peaceful protest")


# --------------------------------------------------------------------------- protests


def test_a_gathering_with_a_demand_is_a_protest(run_text):
    events = run_text("احتشد عشرات من سكان حي الهلالية قرب مبنى البلدية للمطالبة بإصلاح شبكة المياه.",
                      "2023-06-14").events
    assert _types(events) == [PROTEST]
    assert events[0].place_id == "hilaliyah"
    assert events[0].actor1_id == "protesters"
    assert "gathering" in events[0].rule


def test_a_march_with_banners_on_an_earlier_day_is_a_protest_on_that_day(run_text):
    events = run_text("وشارك العشرات في مسيرة جابت شوارع مدينة عامودا يوم السبت الماضي رافعين لافتات ضد "
                      "غلاء الأسعار.", "2023-06-14").events
    assert _types(events) == [PROTEST]
    assert events[0].place_id == "amuda"
    assert str(events[0].event_date) == "2023-06-10"


def test_a_sit_in_is_a_protest(run_text):
    events = run_text("اعتصم موظفون أمام مبنى المحافظة في مدينة الحسكة صباح اليوم.", "2023-06-14").events
    assert _types(events) == [PROTEST]


def test_a_gathering_without_a_grievance_is_no_protest(run_text):
    assert run_text("تجمع الأهالي في ساحة القرية لاستقبال الحجاج العائدين.", "2023-06-14").events == []
    events = run_text("شارك ممثلو العشائر في اجتماع عقد في مدينة القامشلي.", "2023-06-14").events
    assert all(e.event_type != "Protests" for e in events)


def test_a_gathering_told_by_its_protest_word_is_one_protest(run_text):
    events = run_text("خرج المئات في مظاهرة بمدينة الدرباسية يوم أمس تنديداً بالقصف.", "2023-06-14").events
    assert _types(events) == [PROTEST]  # one protest; the shelling condemned is no event


def test_protest_gatherings_stage_alone():
    words = ["تجمع", "العشرات", "امام", "المبني", "للمطالبه", "بالكهرباء"]
    assert [m.first for m in protest_gatherings([], words)] == [0]
    assert protest_gatherings([], ["تجمع", "العشرات", "امام", "المبني"]) == []


# --------------------------------------------------------------------------- handovers and exchanges


def test_positions_handed_over_are_a_transfer_of_territory(run_text):
    events = run_text("وسلمت قوات سوريا الديمقراطية نقاطها في قرية تل تمر إلى الجيش السوري مساء أمس.",
                      "2023-06-14").events
    assert _types(events) == [("Strategic developments", "Non-violent transfer of territory")]
    assert "pattern:transfer_positions" in events[0].rule


def test_bodies_handed_over_stay_bodies_not_positions():
    words = ["سلمت", "الاسايش", "جثث", "ثلاثه", "عناصر"]
    assert position_handovers([], words) == []
    assert [m.first for m in position_handovers([], ["سلمت", "الاسايش", "مواقعها", "للجيش"])] == [0]


def test_a_release_in_exchange_is_a_prisoner_exchange(run_text):
    events = run_text("أفرجت قوى الأمن الداخلي عن سبعة عناصر من الدفاع الوطني مقابل إطلاق سراح خمسة من "
                      "عناصرها في مدينة القامشلي اليوم.", "2023-06-14").events
    assert _types(events) == [("Strategic developments", "Agreement")]


def test_a_release_with_nothing_in_exchange_is_no_agreement():
    assert exchange_releases([], ["افرجت", "المحكمه", "عن", "سته", "موقوفين"]) == []
    # "إطلاق النار" is shooting, never a release
    assert exchange_releases([], ["اطلاق", "النار", "مقابل", "المبني"]) == []


# --------------------------------------------------------------------------- arrests


def test_detention_verbs_are_arrests(run_text):
    events = run_text("احتجزت قوى الأمن الداخلي أربعة شبان عند حاجز في مدينة القامشلي مساء أمس.",
                      "2023-06-14").events
    assert _types(events) == [("Strategic developments", "Arrests")]


# --------------------------------------------------------------------------- not events


def test_fear_of_fighting_is_no_fighting(run_text):
    events = run_text("غادرت عائلات كثيرة حي طي خوفاً من تجدد الاشتباكات.", "2023-06-14").events
    assert all(e.event_type != "Battles" for e in events)


def test_an_event_in_a_far_city_is_no_event_of_this_map(run_text):
    assert run_text("واعتقلت قوات الحكومة ثلاثة من عناصر الأسايش عند حاجز في مدينة حلب يوم أمس.",
                    "2023-06-14").events == []
    # the same act in the mapped area is an event
    events = run_text("واعتقلت قوات الحكومة ثلاثة من عناصر الأسايش عند حاجز في مدينة القامشلي يوم أمس.",
                      "2023-06-14").events
    assert _types(events) == [("Strategic developments", "Arrests")]


def test_a_far_city_as_a_destination_keeps_the_event(run_text):
    events = run_text("اعتقلت الأسايش شاباً في حي العنترية بالقامشلي قبل نقله إلى دمشق.", "2023-06-14").events
    assert _types(events) == [("Strategic developments", "Arrests")]


def test_comes_after_weeks_of_fighting_is_background(run_text):
    text = ("اندلعت اشتباكات بين الأسايش والدفاع الوطني في حي طي بالقامشلي صباح اليوم. "
            "ويأتي ذلك بعد أسابيع من التوتر والاشتباكات المتقطعة في الحي.")
    events = run_text(text, "2023-06-14").events
    assert len(events) == 1 and str(events[0].event_date) == "2023-06-14"


def test_comes_after_fighting_last_week_is_background(run_text):
    text = ("قصفت القوات التركية قرية تل جمعة بريف تل تمر صباح اليوم. "
            "وجاء ذلك بعد معارك عنيفة شهدتها قرى المنطقة الأسبوع الماضي.")
    events = run_text(text, "2023-06-14").events
    assert _types(events) == [("Explosions/Remote violence", "Shelling/artillery/missile attack")]


# --------------------------------------------------------------------------- second round


def test_protesters_arrested_at_their_protest_are_one_protest_with_intervention(run_text):
    text = ("فرقت قوى الأمن الداخلي صباح اليوم مظاهرة لأنصار أحد الأحزاب في مدينة الدرباسية واعتقلت عدداً من "
            "المشاركين فيها. وقال أحد المنظمين إن أربعة متظاهرين اعتقلوا.")
    events = run_text(text, "2023-06-14").events
    assert _types(events) == [("Protests", "Protest with intervention")]


def test_protesters_told_again_are_the_same_protest(run_text):
    text = ("خرجت مظاهرة في مدينة عامودا صباح اليوم تنديداً بقطع المياه. "
            "وكان المحتجون قد تجمعوا أمام مبنى البلدية للمطالبة بحل المشكلة.")
    assert _types(run_text(text, "2023-06-14").events) == [PROTEST]


def test_a_meeting_that_reached_an_agreement_is_the_agreement(run_text):
    events = run_text("وتوصل الطرفان إلى اتفاق تهدئة خلال اجتماع عقد في مطار القامشلي مساء أمس.",
                      "2023-06-14").events
    assert _types(events) == [("Strategic developments", "Agreement")]


def test_an_arrest_an_operation_resulted_in_is_that_operation(run_text):
    text = ("اندلعت اشتباكات بين قوات سوريا الديمقراطية ومسلحين في بلدة الهول فجر اليوم. "
            "وأسفرت العملية أيضاً عن اعتقال ثلاثة من المسلحين.")
    assert _types(run_text(text, "2023-06-14").events) == [("Battles", "Armed clash")]


def test_a_refusal_to_leave_and_an_old_displacement_are_no_displacement(run_text):
    assert run_text("ويرفض معظم أهالي القرى الحدودية مغادرة منازلهم رغم القصف.", "2023-06-14").events == []
    assert run_text("وتقيم في المخيم خمسون عائلة نزحت سابقاً من ريف تل تمر.", "2023-06-14").events == []


def test_a_foiled_plan_is_no_bombing(run_text):
    events = run_text("وأحبطت قوى الأمن الداخلي الشهر الماضي مخططاً لتفجير حاجز عند مدخل مدينة عامودا بسيارة مفخخة.",
                      "2023-06-14").events
    assert all(e.event_type != "Explosions/Remote violence" for e in events)


def test_gunmen_between_the_verb_and_the_figure_make_a_targeted_killing(run_text):
    events = run_text("قتل مسلحون ملثمون وجيهاً من العشيرة في قرية تل حميس مساء أمس بعد أن أطلقوا النار عليه.",
                      "2023-06-14").events
    assert _types(events) == [("Violence against civilians", "Attack")]
    assert events[0].fatalities == 1


def test_the_same_day_is_the_day_just_told(run_text):
    text = ("قتل مجهولون مختار قرية تل حميس ليل الأحد. "
            "وفي اليوم ذاته، اعتقلت الأسايش شابين في حي العنترية بمدينة القامشلي.")
    events = run_text(text, "2023-06-14").events
    arrests = [e for e in events if e.sub_event_type == "Arrests"]
    assert len(arrests) == 1 and str(arrests[0].event_date) == "2023-06-11"


def test_arson_of_an_office_is_property_destruction(run_text):
    events = run_text("أضرم مجهولون النار في مكتب حزب سياسي بحي الكورنيش في مدينة القامشلي فجر اليوم.",
                      "2023-06-14").events
    assert _types(events) == [("Strategic developments", "Looting/property destruction")]


def test_relatives_joined_to_a_victim_are_counted(run_text):
    events = run_text("قتل رجل وزوجته وطفلاهما بقصف تركي على قرية في ريف الدرباسية صباح اليوم.", "2023-06-14").events
    assert len(events) == 1 and events[0].fatalities == 4
    events = run_text("قتل رجل وأصيب آخرون بقصف تركي على قرية في ريف الدرباسية صباح اليوم.", "2023-06-14").events
    assert events[0].fatalities == 1


def test_young_men_killed_counted_before_the_passive_verb(run_text):
    events = run_text("وكان الشبان الأربعة قد قتلوا مساء الجمعة الماضي قرب قرية تل حميس.", "2023-06-14").events
    assert _types(events) == [("Violence against civilians", "Attack")]
    assert events[0].fatalities == 4


def test_a_displacement_counted_since_a_day_weeks_back_is_a_running_total(run_text):
    assert run_text("ومنذ الثاني من أيار، نزح أكثر من خمسة آلاف شخص من قرى ريف تل تمر.", "2023-06-14").events == []
    events = run_text("ونزحت عشرات العائلات من قرى ريف تل تمر صباح اليوم.", "2023-06-14").events
    assert _types(events) == [("Strategic developments", "Other")]


def test_the_fighting_had_broken_out_is_background(run_text):
    text = ("أفرجت الأسايش عن عشرين عنصراً من الدفاع الوطني مقابل إطلاق سراح عناصر لها في القامشلي اليوم. "
            "وكانت المعارك قد اندلعت بعد أيام من التوتر في حي طي.")
    assert _types(run_text(text, "2023-06-14").events) == [("Strategic developments", "Agreement")]
    # with a day of its own it is an event
    text = "وكانت الاشتباكات قد اندلعت مساء الثلاثاء في حي طي بين الأسايش والدفاع الوطني."
    assert _types(run_text(text, "2023-06-14").events) == [("Battles", "Armed clash")]


# --------------------------------------------------------------------------- precision: repeats, warnings, demonstratives


def test_a_clash_told_again_without_its_parties_is_one_clash(run_text):
    text = ("اندلعت اشتباكات بين قوى الأمن الداخلي والدفاع الوطني في حي طي بالقامشلي مساء أمس. "
            "وأفاد شهود بأن اشتباكات عنيفة دارت في الحي حتى الفجر.")
    events = run_text(text, "2023-06-14").events
    assert _types(events) == [("Battles", "Armed clash")]
    assert len(events[0].more_evidence) == 1


def test_control_of_the_situation_is_no_takeover(run_text):
    events = run_text("قالت الأسايش إنها تمكنت من السيطرة على الوضع في حي الهلالية مساء أمس.", "2023-06-14").events
    assert all(e.sub_event_type not in ("Non-state actor overtakes territory", "Government regains territory")
               for e in events)


def test_a_warning_is_no_event(run_text):
    assert run_text("حذرت منظمات إنسانية من أن استمرار القصف سيؤدي إلى موجة نزوح من ريف تل تمر.",
                    "2023-06-14").events == []


def test_this_fighting_with_nothing_told_before_is_no_event(run_text):
    assert run_text("وتعد هذه الاشتباكات الأعنف في المدينة منذ سنوات.", "2023-06-14").events == []


def test_periodic_fighting_is_no_event(run_text):
    assert run_text("وتتكرر الاشتباكات بين الطرفين في حي طي بشكل دوري.", "2023-06-14").events == []


# --------------------------------------------------------------------------- third round (ar51-ar60's misses)


def test_the_next_day_is_the_day_after_the_day_just_told(run_text):
    text = ("اندلعت اشتباكات بين عشيرتين في قرية تل حميس مساء الأحد. "
            "وفي اليوم التالي، اعتقلت الأسايش خمسة أشخاص في القرية.")
    events = run_text(text, "2023-06-14").events
    arrests = [e for e in events if e.sub_event_type == "Arrests"]
    assert len(arrests) == 1 and str(arrests[0].event_date) == "2023-06-12"


def test_a_repelled_attack_is_a_clash(run_text):
    events = run_text("صد مقاتلو قوات سوريا الديمقراطية فجر اليوم هجوماً على قرية أم الكيف بريف تل تمر.",
                      "2023-06-14").events
    assert _types(events) == [("Battles", "Armed clash")]


def test_stones_thrown_at_a_patrol_are_a_riot_not_a_deployment(run_text):
    events = run_text("رشق أهالي قرية تل حميس بالحجارة صباح اليوم دورية مشتركة للقوات الروسية والتركية.",
                      "2023-06-14").events
    assert _types(events) == [("Riots", "Violent demonstration")]


def test_civilians_stopping_a_convoy_are_a_protest(run_text):
    events = run_text("اعترض سكان قرية تل حميس صباح اليوم رتلاً عسكرياً وأجبروه على العودة.", "2023-06-14").events
    assert _types(events) == [PROTEST]


def test_families_who_left_their_homes_are_displaced(run_text):
    events = run_text("غادرت عشرات العائلات منازلها في مدينة عامودا صباح اليوم.", "2023-06-14").events
    assert _types(events) == [("Strategic developments", "Other")]


def test_the_shooting_the_arrested_took_part_in_is_background(run_text):
    events = run_text("واعتقلت الأسايش مساء اليوم أربعة أشخاص شاركوا في إطلاق النار في قرية تل حميس.",
                      "2023-06-14").events
    assert _types(events) == [("Strategic developments", "Arrests")]


def test_the_attackers_withdrawing_is_no_transfer(run_text):
    events = run_text("وانتهى الهجوم بانسحاب المهاجمين من محيط بلدة تل تمر فجر اليوم.", "2023-06-14").events
    assert all(e.sub_event_type != "Non-violent transfer of territory" for e in events)


def test_families_who_had_fled_are_background(run_text):
    assert run_text("وكانت عشرات العائلات قد نزحت من القرية إلى تل حميس خوفاً من الثأر.", "2023-06-14").events == []


def test_a_reconciliation_deed_is_an_agreement_and_forces_spreading_a_deployment(run_text):
    events = run_text("أنهت عشيرتان في ريف تل حميس اليوم خلافاً بينهما بتوقيع وثيقة صلح.", "2023-06-14").events
    assert _types(events) == [("Strategic developments", "Agreement")]
    events = run_text("وانتشرت قوى الأمن الداخلي صباح اليوم في بلدة تل حميس.", "2023-06-14").events
    assert _types(events) == [("Strategic developments", "Change to group/activity")]


def test_a_qualified_village_name_is_another_village(run_text):
    result = run_text("سيطرت الفصائل صباح اليوم على قرية العريشة الشمالية في ريف تل تمر.", "2023-06-14")
    assert [e.place_id for e in result.events] == ["tall_tamr_countryside"]
    assert result.events[0].unresolved_name
    # the bare name is still the known place
    result = run_text("سيطرت الفصائل صباح اليوم على بلدة العريشة في ريف الحسكة.", "2023-06-14")
    assert [e.place_id for e in result.events] == ["arishah"]


def test_one_person_shot_by_unknown_gunmen_is_an_attack_not_a_battle(run_text):
    events = run_text("قتل موظف في بلدية تل حميس برصاص مسلحين مجهولين أطلقوا النار عليه قرب منزله مساء أمس.",
                      "2023-06-14").events
    assert _types(events) == [("Violence against civilians", "Attack")]
    # fire at a checkpoint is still a clash
    events = run_text("أطلق مسلحون مجهولون النار على حاجز للأسايش في بلدة تل حميس مساء أمس.", "2023-06-14").events
    assert _types(events) == [("Battles", "Armed clash")]


def test_persons_joined_by_and_are_each_counted(run_text):
    # "a man and a woman" are two dead, not one; a verb after و ends the list
    events = run_text("قتل رجل وامرأة برصاص مسلحين مجهولين في حي الهلالية بمدينة القامشلي مساء أمس.", "2023-05-03").events
    assert len(events) == 1 and events[0].fatalities == 2
    events = run_text("لقي عنصران وطفل حتفهم بقصف تركي على قرية في ريف القحطانية فجر اليوم.", "2023-05-03").events
    assert [e.fatalities for e in events] == [3]
    events = run_text("قتل شاب وأصيب طفل بانفجار لغم قرب بلدة تل تمر صباح اليوم.", "2023-05-03").events
    assert [(e.fatalities, e.injuries) for e in events] == [(1, 1)]
