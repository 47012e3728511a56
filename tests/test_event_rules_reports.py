"""More report-level Arabic rules (issue 10, second pass): the false-event and missed-event
classes left on the development reports, each as a general cue with its own test.

Every sentence here was written for these tests; none is copied from an outlet or from the
evaluation reports.
"""

from __future__ import annotations


def _types(events) -> list[tuple[str, str]]:
    return [(e.event_type, e.sub_event_type) for e in events]


# --------------------------------------------------------------------------- not events


def test_a_drone_flying_over_is_no_strike(run_text):
    events = run_text("انفجرت عبوة ناسفة بسيارة عسكرية قرب قرية تل زيوان صباح اليوم، وتزامن ذلك مع تحليق "
                      "طائرة مسيرة تركية في سماء المنطقة.", "2022-10-04").events
    assert _types(events) == [("Explosions/Remote violence", "Remote explosive/landmine/IED")]
    assert run_text("وحلقت طائرة مسيرة فوق مدينة عامودا لساعات مساء الأحد.", "2022-10-04").events == []


def test_a_strike_beside_a_flight_word_elsewhere_is_still_a_strike(run_text):
    # the flight word must stand by the drone it describes
    events = run_text("استهدفت طائرة مسيرة تركية سيارة في ريف عامودا صباح اليوم بعد تحليق استمر ساعة.",
                      "2022-10-04").events
    assert ("Explosions/Remote violence", "Air/drone strike") in _types(events)


def test_an_accusation_is_no_event(run_text):
    events = run_text("واتهمت الإدارة الذاتية فصائل المعارضة بقصف قرى في ريف تل تمر.", "2022-10-04").events
    assert events == []
    # the same act stated as a fact is an event
    events = run_text("وقصفت فصائل المعارضة قرى في ريف تل تمر صباح اليوم.", "2022-10-04").events
    assert _types(events) == [("Explosions/Remote violence", "Shelling/artillery/missile attack")]


def test_the_suspects_of_an_earlier_act_do_not_make_it_an_accusation(run_text):
    # "accused of kidnapping" names a real, earlier kidnapping (coded by the report's gold style)
    events = run_text("ألقت الأسايش القبض في مدينة عامودا اليوم على رجلين متهمين بخطف طبيب الشهر الماضي.",
                      "2023-06-13").events
    assert ("Strategic developments", "Arrests") in _types(events)


def test_bodies_returned_to_their_families_are_no_event(run_text):
    events = run_text("وسلّمت الأسايش جثامين أربعة مدنيين قضوا خلال المعارك إلى ذويهم مساء اليوم.",
                      "2022-01-26").events
    assert events == []
    # handed over to the other armed side: an event (Strategic developments / Other)
    events = run_text("وسلّمت الأسايش جثامين أربعة من عناصر الدفاع الوطني إلى قوات النظام عند دوار الوحدة "
                      "مساء اليوم.", "2021-04-24").events
    assert _types(events) == [("Strategic developments", "Other")]


def test_a_leaflet_or_a_presence_is_no_deployment(run_text):
    assert run_text("وتحدث الأهالي عن انتشار ملصقات في شوارع الحسكة تطالب بالإفراج عن المعتقلين.",
                    "2019-09-19").events == []
    assert run_text("وتسود حالة من الترقب وسط انتشار أمني في أحياء القامشلي الجنوبية.", "2019-09-19").events == []
    # the verb of a deployment still is one
    events = run_text("ونشرت الأسايش حواجز جديدة عند مداخل حي الهلالية صباح اليوم.", "2019-09-19").events
    assert _types(events) == [("Strategic developments", "Change to group/activity")]


def test_an_aim_is_no_agreement(run_text):
    events = run_text("قتل الشيخ أحمد الخلف برصاص قناص في حي طي أمس، وكان قد سعى إلى التهدئة بين الطرفين.",
                      "2021-04-23").events
    assert _types(events) == [("Violence against civilians", "Attack")]


# --------------------------------------------------------------------------- ongoing summaries (منذ)


def test_a_since_summary_after_the_news_is_no_new_event(run_text):
    text = ("قتل عنصران من الأسايش في اشتباك مع مسلحين من الدفاع الوطني عند دوار السبع بحرات مساء اليوم. "
            "وتعيش مدينة القامشلي منذ مساء السبت الماضي توتراً ومواجهات متفرقة بين الطرفين.")
    events = run_text(text, "2021-04-27").events
    assert len(events) == 1 and events[0].date_from.isoformat() == "2021-04-27"


def test_a_since_phrase_led_by_wa_is_still_a_since(run_text):
    # "ومنذ أمس": the same interval as "منذ أمس"
    text = ("قصفت القوات التركية قرية تل جمعة صباح اليوم. ومنذ يوم أمس الأحد تتعرض قرى ريف تل تمر لقصف "
            "مدفعي.")
    events = run_text(text, "2022-05-23").events
    assert len(events) == 1 and events[0].unresolved_name in ("تل جمعة", "") and events[0].date_from.isoformat() == "2022-05-23"


def test_a_since_phrase_in_the_lead_is_the_news_itself(run_text):
    events = run_text("تشهد أحياء جنوب القامشلي منذ مساء أمس اشتباكات متقطعة بين الأسايش والدفاع الوطني.",
                      "2018-03-27").events
    (e,) = events
    assert e.event_type == "Battles" and e.date_from.isoformat() == "2018-03-26"


def test_a_since_from_today_is_todays_event(run_text):
    text = ("سقطت قذيفة هاون على حي الهلالية في القامشلي ظهر اليوم. وتتواصل منذ فجر اليوم اشتباكات بين الأسايش "
            "والدفاع الوطني في حي حلكو.")
    events = run_text(text, "2021-04-22").events
    assert {e.event_type for e in events} == {"Explosions/Remote violence", "Battles"}


def test_a_long_period_or_a_habitual_act_is_a_running_summary(run_text):
    assert run_text("ويتعرض ريف الدرباسية منذ سنوات لعمليات خطف تطال التجار.", "2023-03-14").events == []
    assert run_text("وتشهد المنطقة عمليات اغتيال متكررة يتبناها تنظيم داعش.", "2023-03-14").events == []
    # what a habit caused, with no day of its own, is no event either
    text = "قصفت القوات التركية قرية تل جمعة أمس. وتسبب القصف المتكرر بنزوح عشرات العائلات من القرى."
    assert [e.event_type for e in run_text(text, "2022-05-23").events] == ["Explosions/Remote violence"]
    # a habitual word beside today's act does not hide it
    (e,) = run_text("قتل طفل بقصف متكرر على قرية تل جمعة اليوم.", "2022-05-23").events
    assert e.date_from.isoformat() == "2022-05-23"


# --------------------------------------------------------------------------- told again


def test_a_violent_sentence_with_no_place_or_date_of_its_own_tells_the_last_event_again(run_text):
    text = ("قتل مختار قرية الحصوية برصاص مسلحين مجهولين مساء الأحد. وأوضح مصدر محلي أن المسلحين أطلقوا "
            "النار عليه من سيارة مسرعة ثم لاذوا بالفرار.")
    events = run_text(text, "2023-03-14").events
    (e,) = events
    assert e.event_type == "Violence against civilians" and len(e.more_evidence) == 1


def test_escaped_prisoners_or_fleeing_gunmen_are_no_displacement(run_text):
    events = run_text("وتحدثت مصادر محلية عن فرار عدد من السجناء نحو الأحياء المجاورة للسجن في الحسكة.",
                      "2022-01-23").events
    assert not [e for e in events if "displacement" in e.tags]
    events = run_text("ونزحت عشرات العائلات من حي غويران في الحسكة هرباً من المعارك اليوم.", "2022-01-23").events
    assert [e.tags for e in events] == [["displacement"]]


# --------------------------------------------------------------------------- tolls and triggers


def test_lost_their_lives_is_a_toll_bound_to_its_verb(run_text):
    e = run_text("فقد ثلاثة من مقاتلي قسد حياتهم وأصيب اثنان آخران بقصف طائرة مسيرة تركية على سيارتهم قرب "
                 "عامودا مساء اليوم.", "2022-08-16").events[0]
    assert (e.event_type, e.fatalities, e.injuries) == ("Explosions/Remote violence", 3, 2)
    # "lost contact" is no death
    events = run_text("وقالت الأسايش إنها فقدت الاتصال بدورية لها قرب عامودا مساء اليوم.", "2022-08-16").events
    assert all(e.fatalities == 0 for e in events)


def test_artillery_shells_falling_are_shelling(run_text):
    events = run_text("سقطت قذائف مدفعية مصدرها القوات التركية على قرية خربة عمو في ريف القامشلي ظهر اليوم.",
                      "2022-08-16").events
    assert [(e.event_type, e.sub_event_type) for e in events] == [
        ("Explosions/Remote violence", "Shelling/artillery/missile attack")]


def test_a_date_opening_a_sentence_is_that_sentences_even_after_an_undated_event(run_text):
    text = ("سقطت قذائف على القرية. وفي 27 نيسان الفائت، استهدفت القوات التركية بقذائف هاون مزرعة في قرية "
            "شوركي بريف عامودا.")
    events = run_text(text, "2023-05-11").events
    assert sorted(e.date_from.isoformat() for e in events)[0] == "2023-04-27"


# --------------------------------------------------------------------------- recaps: "comes after", "a similar attack"


def test_comes_n_days_after_dates_the_earlier_event_by_its_offset(run_text):
    text = ("قصفت القوات التركية قرية أم الكيف في ريف تل تمر صباح اليوم. ويأتي القصف بعد ثلاثة أيام من "
            "استهداف القوات التركية لقرية تل جمعة.")
    events = run_text(text, "2022-05-23").events
    dates = sorted((e.date_from.isoformat(), e.event_type) for e in events)
    assert dates == [("2022-05-20", "Explosions/Remote violence"), ("2022-05-23", "Explosions/Remote violence")]


def test_comes_days_after_gives_a_range_and_the_weapon_types_it(run_text):
    text = ("قتل عنصر من الأسايش بانفجار عبوة ناسفة في حي الهلالية اليوم. ويأتي ذلك بعد أيام من مقتل رجل "
            "وزوجته بانفجار لغم داخل سيارتهما في حي الكورنيش.")
    events = run_text(text, "2024-09-03").events
    earlier = [e for e in events if e.date_from.isoformat() < "2024-09-03"]
    assert len(earlier) == 1 and earlier[0].sub_event_type == "Remote explosive/landmine/IED"
    assert (earlier[0].date_from.isoformat(), earlier[0].date_to.isoformat()) == ("2024-08-24", "2024-09-02")


def test_comes_after_with_no_offset_and_no_date_is_background(run_text):
    text = ("اندلعت اشتباكات بين الأسايش والدفاع الوطني في حي حلكو مساء اليوم. وتأتي الاشتباكات بعد توتر "
            "ومواجهات متقطعة بين الطرفين.")
    events = run_text(text, "2018-03-27").events
    assert len(events) == 1
    # a bound is no offset: "after less than a month"
    text = ("قصفت طائرة مسيرة تركية سيارة في حي الهلالية اليوم. ويأتي الاستهداف بعد أقل من شهر على هجوم "
            "مماثل بطائرة مسيرة.")
    assert len(run_text(text, "2021-11-09").events) == 1


def test_a_similar_attack_takes_the_articles_kind_and_counts_only_with_its_own_date(run_text):
    text = ("استهدفت طائرة مسيرة تركية سيارة قرب قرية تل شعير اليوم. وفي الثالث من الشهر الجاري، قتل "
            "مقاتلان بضربة مماثلة قرب عامودا.")
    events = run_text(text, "2023-01-19").events
    kinds = sorted((e.date_from.isoformat(), e.sub_event_type) for e in events)
    assert kinds == [("2023-01-03", "Air/drone strike"), ("2023-01-19", "Air/drone strike")]
    text = ("استهدفت طائرة مسيرة تركية سيارة قرب قرية تل شعير اليوم. وكان مقاتلان قد قتلا في هجوم مماثل "
            "قرب عامودا.")
    assert len(run_text(text, "2023-01-19").events) == 1


def test_protests_in_a_list_of_towns_are_one_per_town(run_text):
    events = run_text("خرجت مظاهرات يوم الجمعة في عامودا والدرباسية والقحطانية تنديداً بالقصف التركي.",
                      "2022-11-26").events
    protests = sorted(e.place_id for e in events if e.event_type == "Protests")
    assert protests == ["amuda", "darbasiyah", "qahtaniyah"]


def test_a_definite_trigger_told_again_with_a_village_refines_the_place(run_text):
    text = ("أصيب مدنيان بقصف تركي على قرى ريف تل تمر صباح اليوم. وقال مصدر إن القذائف سقطت على قرية "
            "الدردارة.")
    events = run_text(text, "2021-08-02").events
    (e,) = events
    assert e.unresolved_name == "الدردارة" and e.injuries == 2


# --------------------------------------------------------------------------- dates of recaps


def test_a_day_of_this_or_last_month_is_that_day(run_text):
    r = run_text("وفي الثامن من الشهر الجاري، قتل شاب برصاص مسلحين في قرية تل براك.", "2023-03-14")
    assert [d.date_from.isoformat() for d in r.dates] == ["2023-03-08"]
    r = run_text("وفي 27 من الشهر الماضي، قصفت القوات التركية قرية في ريف عامودا.", "2023-03-14")
    assert [d.date_from.isoformat() for d in r.dates] == ["2023-02-27"]


def test_two_weeks_ago_is_a_range_of_days(run_text):
    (d,) = run_text("وكان مقاتلان قد قتلا بقصف مماثل قبل أسبوعين.", "2023-02-22").dates
    assert (d.date_from.isoformat(), d.date_to.isoformat(), d.time_precision) == ("2023-02-05", "2023-02-12", 2)


# --------------------------------------------------------------------------- where


def test_families_are_displaced_from_where_they_fled_not_where_they_went(run_text):
    e = run_text("نزحت عشرات العائلات من حي حلكو باتجاه قرى ريف القامشلي الجنوبي مساء اليوم.", "2021-04-22").events[0]
    assert "displacement" in e.tags and e.place_id == "halko"


def test_a_destination_alone_does_not_place_a_clash(run_text):
    text = ("اندلعت اشتباكات بين الأسايش والدفاع الوطني في حي طي مساء أمس. ودفعت الاشتباكات العائلات إلى "
            "النزوح نحو قرى ذبانة وتل عودة في الريف الجنوبي.")
    events = run_text(text, "2021-04-21").events
    assert [e.event_type for e in events if e.event_type == "Battles"] == ["Battles"]
    displaced = [e for e in events if "displacement" in e.tags]
    assert displaced and displaced[0].place_id == "tayy"  # fled the fighting, not the villages they reached


def test_reinforcements_are_placed_where_they_were_sent(run_text):
    text = ("اندلعت اشتباكات في حي طي بالقامشلي مساء أمس. وأرسلت الأسايش تعزيزات عسكرية من مدينة الحسكة "
            "إلى محيط الحي.")
    events = run_text(text, "2021-04-22").events
    moves = [e for e in events if e.sub_event_type == "Change to group/activity"]
    assert [e.place_id for e in moves] == ["tayy"]


def test_a_place_named_for_the_cause_does_not_place_the_event(run_text):
    text = ("اندلعت اشتباكات بين الأسايش والدفاع الوطني في حي طي مساء أمس. وقال مصدر إن الاشتباكات بدأت "
            "بعد محاولة الأسايش اعتقال قائد محلي عند دوار الوحدة.")
    events = run_text(text, "2021-04-21").events
    assert [(e.event_type, e.place_id) for e in events] == [("Battles", "tayy")]


def test_the_present_tense_reports_the_day_of_publication(run_text):
    text = ("اندلعت اشتباكات بين الأسايش والدفاع الوطني في حي طي مساء الثلاثاء. وتشهد المنطقة حركة نزوح "
            "للعائلات من حي طي.")
    events = run_text(text, "2021-04-22").events
    displaced = [e for e in events if "displacement" in e.tags]
    assert [e.date_from.isoformat() for e in displaced] == ["2021-04-22"]


def test_a_headline_place_after_another_trigger_is_not_this_events(run_text):
    text = ("الحسكة.. مواجهات في حي غويران وقناص يقتل مختاراً\n"
            "وكان مختار القرية قد قتل أمس برصاص قناص وهو في طريقه إلى عمله.")
    events = run_text(text, "2022-01-23").events
    attack = [e for e in events if e.event_type == "Violence against civilians"]
    assert attack and attack[0].place_id != "ghuwayran"


# --------------------------------------------------------------------------- in passing


def test_what_someone_was_coming_back_from_is_no_event(run_text):
    events = run_text("استهدفت طائرة مسيرة تركية سيارة قرب قرية تل شعير اليوم أثناء عودة ركابها من اجتماع في "
                      "بلدة القحطانية.", "2022-07-20").events
    assert [e.sub_event_type for e in events] == ["Air/drone strike"]


def test_despite_names_an_earlier_event_in_passing(run_text):
    events = run_text("سيطرت الأسايش على معظم حي حلكو اليوم رغم إعلان هدنة برعاية روسية.", "2021-04-26").events
    assert [e.event_type for e in events] == ["Battles"]


def test_a_thrown_bomb_is_a_grenade_and_a_threat_of_arrest_is_no_arrest(run_text):
    events = run_text("ألقى مجهولون قنبلة على حاجز للأسايش قرب دوار الوحدة مساء اليوم.", "2020-07-20").events
    assert [e.sub_event_type for e in events] == ["Grenade"]
    events = run_text("وداهمت دورية منازل في قرية الزنود وهددتهم بالاعتقال مساء اليوم.", "2020-07-20").events
    assert not [e for e in events if e.sub_event_type == "Arrests"]


# --------------------------------------------------------------------------- dates that are not the event's


def test_a_date_of_the_cause_does_not_date_the_event_before_it(run_text):
    text = ("قتل عنصر من الأسايش في اشتباكات مع الدفاع الوطني في حي حلكو مساء اليوم. وقال مراسل إن "
            "المواجهات اندلعت عقب تبادل اعتقالات بين الطرفين خلال الأيام الماضية.")
    events = run_text(text, "2021-04-22").events
    assert [(e.event_type, e.date_from.isoformat()) for e in events] == [("Battles", "2021-04-22")]


def test_until_bounds_a_toll_it_does_not_date_a_new_event(run_text):
    text = ("هاجم مسلحو داعش سجن الصناعة في حي غويران بالحسكة مساء أمس واندلعت اشتباكات مع قسد. وأسفرت "
            "المواجهات حتى ظهر اليوم عن مقتل 12 عنصراً من قسد.")
    events = run_text(text, "2022-01-21").events
    clashes = [e for e in events if e.event_type == "Battles"]
    assert len(clashes) == 1 and clashes[0].fatalities == 12


def test_the_subject_before_comes_after_is_the_event_already_reported(run_text):
    text = ("وقعت الأسايش والحكومة اتفاقاً لوقف إطلاق النار في القامشلي اليوم. وقال مصدر إن الاتفاق جاء بعد "
            "اجتماعات عقدت في مطار القامشلي.")
    events = run_text(text, "2021-02-02").events
    assert [e.sub_event_type for e in events] == ["Agreement"]


def test_a_definite_event_never_reported_with_no_place_or_date_is_background(run_text):
    text = ("أعلنت الأسايش والدفاع الوطني هدنة في القامشلي اليوم. وبحسب حصيلة للمرصد، قتل في الاشتباكات "
            "ستة من الطرفين.")
    events = run_text(text, "2021-04-24").events
    assert [e.event_type for e in events] == ["Strategic developments"]


def test_a_side_of_the_countryside_of_a_named_subdistrict_is_that_subdistricts(run_text):
    text = ("استهدفت مسيرة تركية سيارة في مدينة القامشلي اليوم. وقصف الجيش التركي مساء أمس قرى الريف الغربي "
            "لناحية الدرباسية بالمدفعية.")
    r = run_text(text, "2022-07-20")
    shelling = [e for e in r.events if e.sub_event_type == "Shelling/artillery/missile attack"]
    assert shelling and shelling[0].place_id in ("darbasiyah_countryside", "darbasiyah_subdistrict")
    assert not [m for m in r.mentions if m.place_id == "qamishli_countryside"]


# --------------------------------------------------------------------------- more ways to say it


def test_a_civilian_wounded_by_gunfire_is_an_attack_on_civilians(run_text):
    text = ("داهمت دورية للأسايش بلدة تل حميس صباح اليوم. وكان شاب من البلدة أصيب أمس برصاص عناصر الدورية "
            "أثناء مروره قرب حاجز.")
    events = run_text(text, "2021-12-07").events
    shot = [e for e in events if e.event_type == "Violence against civilians"]
    assert shot and shot[0].place_id == "tall_hamis" and shot[0].date_from.isoformat() == "2021-12-06"


def test_a_killing_told_in_a_relative_clause_is_an_attack(run_text):
    events = run_text("وشيع الأهالي في حي غويران بالحسكة الشاب أحمد العلي الذي استشهد أمس برصاص مسلحين.",
                      "2021-01-20").events
    assert [e.event_type for e in events] == ["Violence against civilians"]


def test_more_verb_forms_of_abduction_takeover_and_skirmishes(run_text):
    assert [e.sub_event_type for e in run_text("اختطفوا مسلحون مجهولون أمس طبيباً من قرية خربة عمو في ريف القامشلي.",
                                                "2019-09-19").events] == ["Abduction/forced disappearance"]
    events = run_text("أعلنت قسد اليوم استعادة السيطرة على سجن الصناعة في حي غويران بالحسكة.", "2022-01-26").events
    assert [e.event_type for e in events] == ["Battles"] and "overtakes" in events[0].sub_event_type
    events = run_text("وشهد حي حلكو مناوشات بين الأسايش والدفاع الوطني مساء اليوم.", "2021-02-02").events
    assert [e.sub_event_type for e in events] == ["Armed clash"]


def test_a_body_found_shot_is_an_attack(run_text):
    events = run_text("وفي الخامس من الشهر الجاري، عثر على جثة رجل مقتولاً بطلق ناري في قرية تل براك.",
                      "2023-03-14").events
    assert [(e.event_type, e.date_from.isoformat()) for e in events] == [("Violence against civilians", "2023-03-05")]


def test_an_attempted_assault_that_was_repelled_was_fought(run_text):
    events = run_text("حاول مسلحون اقتحام حي طي من جهة دوار الوحدة مساء اليوم، إلا أن عناصر الدفاع الوطني تصدوا "
                      "لهم.", "2021-04-21").events
    assert [e.sub_event_type for e in events] == ["Armed clash"]
    # an attempted arrest with nothing after it is still none
    assert run_text("حاولت الأسايش اعتقال قائد محلي في حي طي مساء اليوم.", "2021-04-21").events == []


def test_a_claim_followed_by_its_denial_is_no_event(run_text):
    events = run_text("وسيطرت الأسايش على حاجز في حي حلكو اليوم، بحسب مصادر مقربة منها، وهو ما نفاه الدفاع "
                      "الوطني.", "2021-04-21").events
    assert events == []


def test_a_named_month_last_year_or_this_is_a_month_range(run_text):
    (d,) = run_text("وكانت المدينة قد شهدت حملة اعتقالات مماثلة في تشرين الأول الماضي.", "2021-01-11").dates
    assert (d.date_from.isoformat(), d.date_to.isoformat(), d.time_precision) == ("2020-10-01", "2020-10-31", 3)
    (d,) = run_text("وقصفت تركيا قرية في ريف عامودا في شهر آب الفائت.", "2022-11-20").dates
    assert (d.date_from.isoformat(), d.date_to.isoformat()) == ("2022-08-01", "2022-08-31")


def test_a_ceasefire_in_the_accusative_is_an_agreement_not_shooting(run_text):
    events = run_text("وأعلن الطرفان صباح اليوم وقفاً لإطلاق النار في القامشلي بوساطة روسية.", "2021-04-23").events
    assert [e.sub_event_type for e in events] == ["Agreement"]


def test_a_place_named_for_the_attack_that_started_the_clashes_does_not_split_them(run_text):
    text = ("قتل عنصران من الدفاع الوطني في اشتباكات مع الأسايش في حي طي ليل الخميس. وقال مصدر إن الاشتباكات "
            "اندلعت إثر هجوم على نقطة للأسايش قرب دوار الوحدة.")
    events = run_text(text, "2021-04-23").events
    assert [(e.event_type, e.place_id) for e in events] == [("Battles", "tayy")]


def test_victims_of_a_strike_named_as_its_cause_make_one_strike_event(run_text):
    text = ("قامشلو/ هاوار – استشهد مواطن وأصيب طفلان، مساء اليوم، إثر قصف بطائرة مسيّرة تركية على منزل في قرية "
            "خربة عمو بريف قامشلو الشرقي.\nوأوضح مراسلنا أن المسيّرة أطلقت صاروخين على المنزل.")
    (e,) = run_text(text, "2022-12-09").events
    assert (e.sub_event_type, e.fatalities, e.injuries) == ("Air/drone strike", 1, 2)
    assert e.confidence != "low"  # the cause after إثر is the event itself, not a recap


def test_artillery_and_n_days_ago(run_text):
    events = run_text("وكانت مسيرة تركية قد استهدفت قبل ثلاثة أيام سيارة قرب عامودا، واستهدف الجيش التركي "
                      "بالمدفعية الثقيلة قرى في ريف الدرباسية اليوم.", "2022-12-09").events
    got = sorted((e.sub_event_type, e.date_from.isoformat()) for e in events)
    assert got == [("Air/drone strike", "2022-12-06"), ("Shelling/artillery/missile attack", "2022-12-09")]
    (d,) = run_text("اعتقلت الأسايش قبل ثلاثة أسابيع عنصرين قرب عامودا.", "2022-12-09").dates
    assert (d.date_from.isoformat(), d.date_to.isoformat()) == ("2022-11-15", "2022-11-21")


def test_casualties_of_an_attack_named_only_by_its_noun_are_that_attack(run_text):
    text = ("قتل طفل وأصيب شاب بجروح مساء اليوم إثر استهدافهم من قبل مسلحي الدفاع الوطني قرب دوار الوحدة في "
            "مدينة القامشلي.")
    (e,) = run_text(text, "2021-04-22").events
    assert (e.event_type, e.fatalities) == ("Violence against civilians", 1)
    # a running total since an attack began is no attack
    text = ("استعادت قسد السيطرة على سجن الصناعة في الحسكة اليوم. وقال متحدث إن 40 من مقاتليها قتلوا منذ بدء "
            "هجوم التنظيم مساء الخميس.")
    assert [e.event_type for e in run_text(text, "2022-01-26").events] == ["Battles"]


def test_a_civilian_shot_at_a_checkpoint_with_the_day_between_is_an_attack(run_text):
    events = run_text("أصيب، الخميس، شاب من سكان القامشلي بطلق ناري أطلقه عنصر على حاجز في حي حلكو.",
                      "2021-04-22").events
    assert [(e.event_type, e.place_id) for e in events] == [("Violence against civilians", "halko")]


def test_bodies_received_by_a_hospital_are_no_handover(run_text):
    assert run_text("وأكد مصدر في المشفى الوطني بالقامشلي استلام جثامين 14 قتيلاً اليوم.", "2021-04-23").events == []


def test_shots_at_a_gathering_of_residents_are_an_attack_on_civilians(run_text):
    events = run_text("وأطلق مسلحون النار على تجمع للأهالي في قرية الحصوية بريف القامشلي اليوم، ما أدى إلى إصابة "
                      "مدنيين اثنين.", "2019-09-19").events
    assert [(e.event_type, e.injuries) for e in events] == [("Violence against civilians", 2)]
    # at a military vehicle: a clash
    events = run_text("وأطلق مسلحون مجهولون النار على سيارة عسكرية للأسايش قرب عامودا اليوم.", "2019-09-19").events
    assert [e.event_type for e in events] == ["Battles"]


def test_a_dual_verb_counts_two(run_text):
    (e,) = run_text("وكان رجل وابنه قتلا، الأربعاء، بانفجار لغم داخل سيارتهما في مدينة القامشلي.", "2024-08-23").events
    assert (e.sub_event_type, e.fatalities) == ("Remote explosive/landmine/IED", 2)


# --------------------------------------------------------------------------- drones, snipers, gunmen


def test_more_drone_and_warplane_wordings(run_text):
    for text in ("قتل عنصران من قسد بضربة لطائرة تركية بدون طيار قرب القحطانية اليوم.",
                 "ونفذت طائرات حربية تركية غارات على قرى في ريف المالكية فجر اليوم.",
                 "قصفت مسيّرات تركية مواقع في ريف عامودا مساء اليوم.",
                 "استهدفت درون تركية سيارة قرب قرية تل شعير اليوم."):
        events = run_text(text, "2022-11-20").events
        assert [e.sub_event_type for e in events] == ["Air/drone strike"], text


def test_shot_dead_with_no_trigger_word(run_text):
    (e,) = run_text("قتل عنصر من الأسايش برصاص مسلحين مجهولين أمام منزله في حي العنترية اليوم.", "2021-04-22").events
    assert (e.event_type, e.fatalities) == ("Battles", 1)  # an armed member: a clash (ACLED)
    (e,) = run_text("أردى قناص تابع للدفاع الوطني شاباً قتيلاً قرب دوار الوحدة اليوم.", "2021-04-22").events
    assert e.event_type == "Violence against civilians"
    # a killing named as the reason of a protest is no attack of its own
    events = run_text("قطع محتجون الطريق وأحرقوا إطارات عند دوار السياحي مساء اليوم احتجاجاً على مقتل شاب برصاص "
                      "مجهولين.", "2021-04-22").events
    assert "Violence against civilians" not in {e.event_type for e in events}


def test_an_assassination_by_a_bomb_is_the_bomb(run_text):
    (e,) = run_text("اغتال مسلحون قيادياً في قسد بعبوة ناسفة زرعت في سيارته في عامودا اليوم.", "2021-04-22").events
    assert (e.sub_event_type, e.fatalities) == ("Remote explosive/landmine/IED", 1)
    (e,) = run_text("نجا مسؤول في الإدارة الذاتية من محاولة اغتيال بعبوة ناسفة في عامودا اليوم.", "2021-04-22").events
    assert (e.sub_event_type, e.fatalities) == ("Remote explosive/landmine/IED", 0)


def test_roads_closed_by_a_force_are_a_change_to_its_activity(run_text):
    (e,) = run_text("وأغلقت الأسايش الطرق المؤدية إلى المربع الأمني بالسواتر الترابية صباح اليوم.", "2021-04-25").events
    assert (e.sub_event_type, e.place_id) == ("Change to group/activity", "security_square")
    assert "closure" in e.rule
    assert run_text("ولا تزال الأسواق مغلقة في حي الوسطى اليوم.", "2021-04-25").events == []


def test_a_body_found_with_signs_of_violence_is_an_attack_and_one_dead(run_text):
    (e,) = run_text("عثر الأهالي صباح اليوم على جثة رجل مقتول بطلق ناري قرب بلدة المعبدة.", "2021-04-22").events
    assert (e.event_type, e.fatalities, e.place_id) == ("Violence against civilians", 1, "muabbada")
    assert run_text("وعثرت فرق الإنقاذ على جثة طفل غرق في نهر الجغجغ اليوم.", "2021-04-22").events == []


def test_a_bombing_that_struck_a_place_is_an_explosion(run_text):
    events = run_text("ارتفعت حصيلة ضحايا التفجير الذي ضرب حي الهلالية في القامشلي صباح أمس إلى 12 قتيلاً.",
                      "2021-04-22").events
    assert [(e.event_type, e.fatalities) for e in events] == [("Explosions/Remote violence", 12)]


def test_a_planned_event_after_publication_is_no_event(run_text):
    assert run_text("ومن المقرر أن تعقد جولة مفاوضات جديدة في مطار القامشلي غداً الأحد.", "2021-04-24").events == []
    assert run_text("وتعقد الأطراف اجتماعاً في مطار القامشلي يوم غد.", "2021-04-24").events == []
    (d,) = run_text("ومن المقرر أن تعقد جولة مفاوضات غداً الأحد.", "2021-04-24").dates
    assert d.date_from.isoformat() == "2021-04-25"  # tomorrow, not the Sunday before


def test_managed_to_take_is_a_takeover_and_prevented_from_taking_is_none(run_text):
    text = ("اندلعت اشتباكات بين الأسايش والدفاع الوطني في حي حلكو مساء أمس. وتمكنت الأسايش من السيطرة على "
            "مقر للدفاع الوطني في الحي.")
    events = run_text(text, "2021-04-22").events
    assert ("Battles", "halko") in {(e.event_type, e.place_id) for e in events if "overtakes" in e.sub_event_type}
    assert run_text("ومنعت الأسايش الدفاع الوطني من السيطرة على الحاجز.", "2021-04-22").events == []


def test_a_strike_named_as_the_cause_of_the_only_toll_is_sure_and_names_the_occupation_army(run_text):
    (e,) = run_text("استشهد ثلاثة مواطنين عصر اليوم إثر استهداف طائرة مسيّرة تابعة لجيش الاحتلال التركي سيارة "
                    "في حي الهلالية بمدينة قامشلو.", "2021-11-09").events
    assert (e.sub_event_type, e.actor1_id, e.fatalities) == ("Air/drone strike", "turkey", 3)
    assert e.confidence == "high"


def test_another_incident_is_a_new_event_even_with_nothing_of_its_own(run_text):
    text = "قتل مختار قرية الحصوية برصاص مسلحين مجهولين مساء الأحد. وفي حادثة أخرى، قتل مدني برصاص مجهولين."
    assert len(run_text(text, "2023-03-14").events) == 2


def test_a_date_inside_a_since_phrase_is_no_running_date(run_text):
    text = ("قصفت طائرة مسيرة تركية اليوم سيارة قرب القحطانية. وتشهد المنطقة منذ بدء الاشتباكات مساء الثلاثاء 10 "
            "كانون الثاني توتراً. واعتقلت الأسايش ثلاثة أشخاص في عامودا.")
    arrests = [e for e in run_text(text, "2023-01-18").events if e.sub_event_type == "Arrests"]
    assert [e.date_from.isoformat() for e in arrests] == ["2023-01-18"]
