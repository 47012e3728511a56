"""Who did it to whom in Arabic reports: the classes of actor errors found on the dev set, each
tested on sentences written here (pipeline/events.py, stage "who")."""

from __future__ import annotations


def _actors(events) -> list[tuple[str, str]]:
    return [(e.actor1_id, e.actor2_id) for e in events]


# --------------------------------------------------------------------------- civilians hit by a strike


def test_a_strike_that_wounds_a_woman_and_her_child_is_against_civilians(run_text):
    events = run_text("سقطت قذائف مدفعية تركية مساء أمس على منزل في قرية تل جمعة بريف تل تمر، "
                      "ما أدى إلى إصابة امرأة وطفلها بجروح.", "2022-08-23").events
    assert _actors(events) == [("turkey", "civilians")]


def test_a_drone_that_kills_citizens_is_against_civilians(run_text):
    events = run_text("قتل مواطنان اثنان اليوم الأربعاء إثر استهداف طائرة مسيرة تركية سيارتهما "
                      "على طريق القامشلي عامودا.", "2023-03-15").events
    assert _actors(events) == [("turkey", "civilians")]


def test_a_strike_on_fighters_is_not_against_civilians(run_text):
    events = run_text("قتل مقاتلان اثنان اليوم الأربعاء إثر استهداف طائرة مسيرة تركية سيارة "
                      "على طريق القامشلي عامودا.", "2023-03-15").events
    assert [a2 for _, a2 in _actors(events)] != ["civilians"]
    assert [a1 for a1, _ in _actors(events)] == ["turkey"]


def test_a_strike_on_a_military_post_with_no_one_named_hit_is_not_against_civilians(run_text):
    events = run_text("قصفت القوات التركية بالمدفعية مواقع عسكرية قرب قرية الدردارة بريف تل تمر صباح اليوم.",
                      "2022-08-23").events
    assert _actors(events) == [("turkey", "")]


# --------------------------------------------------------------------------- the attacker after a relative verb


def test_shelling_carried_out_by_the_turkish_forces_names_them_as_attacker(run_text):
    events = run_text("أصيب ثلاثة مواطنين بجروح صباح اليوم جراء قصف مدفعي نفذته القوات التركية "
                      "على قرية تل جمعة بريف تل تمر.", "2022-08-23").events
    assert _actors(events) == [("turkey", "civilians")]


def test_shells_fired_by_the_turkish_army_name_it_as_attacker(run_text):
    events = run_text("سقطت قذائف هاون أطلقها الجيش التركي مساء أمس على أطراف قرية تل جمعة بريف تل تمر.",
                      "2022-08-23").events
    assert [a1 for a1, _ in _actors(events)] == ["turkey"]


# --------------------------------------------------------------------------- the side that only reports it


def test_the_force_that_reports_a_strike_is_not_its_attacker(run_text):
    events = run_text("وقالت قوات سوريا الديمقراطية إن طائرة مسيرة قصفت منزلاً في قرية تل جمعة بريف "
                      "تل تمر مساء أمس.", "2022-08-23").events
    assert len(events) == 1 and events[0].actor1_id != "sdf"


# --------------------------------------------------------------------------- who is arrested, who abducts


def test_teachers_arrested_by_a_force_are_civilians(run_text):
    events = run_text("اعتقلت قوات الأسايش مساء أمس أربعة معلمين في بلدة القحطانية بتهمة التدريس في منازلهم.",
                      "2022-09-12").events
    assert _actors(events) == [("asayish", "civilians")]


def test_suspects_of_a_jihadist_cell_arrested_are_not_coded_as_civilians(run_text):
    events = run_text("اعتقلت قوات سوريا الديمقراطية فجر اليوم ثلاثة شبان في حي غويران بالحسكة "
                      "تتهمهم بالانتماء إلى خلايا داعش.", "2022-09-12").events
    assert [a2 for _, a2 in _actors(events)] != ["civilians"]


def test_fighters_arrested_by_a_force_keep_their_side(run_text):
    events = run_text("اعتقلت الأسايش صباح اليوم ثلاثة عناصر من الدفاع الوطني عند حاجز في حي طي بالقامشلي.",
                      "2021-04-22").events
    assert _actors(events) == [("asayish", "ndf")]


def test_a_militia_word_before_the_actor_keeps_it_the_subject(run_text):
    events = run_text("اختطفت ميليشيا قسد صباح اليوم خمسة شبان من قرية الحميدية بريف تل براك.",
                      "2022-11-14").events
    assert len(events) == 1 and events[0].actor1_id == "sdf" and events[0].actor2_id == "civilians"


# --------------------------------------------------------------------------- the attacker named earlier in the report



def test_a_later_shelling_with_no_attacker_is_by_the_force_the_report_named(run_text):
    events = run_text("قصفت القوات التركية صباح اليوم قرية تل جمعة بريف تل تمر بقذائف الهاون. "
                      "وبعد ساعتين سقطت عشرات القذائف على قرية الدردارة القريبة دون إصابات.", "2022-08-23").events
    assert len(events) == 2 and [e.actor1_id for e in events] == ["turkey", "turkey"]
    assert "article_attacker" in events[1].rule and "earlier strikes" in events[1].notes


def test_two_attackers_named_leave_a_bare_shelling_unattributed(run_text):
    events = run_text("قصفت القوات التركية صباح اليوم قرية تل جمعة بريف تل تمر بقذائف الهاون. "
                      "وقصفت قوات النظام مساء اليوم قرية أم الكيف بالمدفعية. "
                      "وبعد ساعتين سقطت عشرات القذائف على قرية الدردارة القريبة دون إصابات.", "2022-08-23").events
    assert len(events) == 3 and events[-1].actor1_id == ""


def test_a_bare_shelling_in_a_report_naming_no_attacker_stays_unattributed(run_text):
    events = run_text("سقطت عشرات القذائف صباح اليوم على قرية الدردارة بريف تل تمر دون إصابات.", "2022-08-23").events
    assert [e.actor1_id for e in events] == [""]


# --------------------------------------------------------------------------- the side killed is the side hit


def test_a_fighter_killed_by_unknown_gunmen_makes_his_force_the_side_hit(run_text):
    events = run_text("قُتل عنصر من قوى الأمن الداخلي الأسايش صباح اليوم بهجوم شنه مسلحون مجهولون "
                      "على حاجز في بلدة تل براك.", "2022-11-21").events
    assert _actors(events) == [("unidentified", "asayish")]


def test_a_fighter_killed_in_an_attack_by_no_named_side_leaves_the_attacker_empty(run_text):
    events = run_text("قُتل عنصر من قوات سوريا الديمقراطية مساء أمس في هجوم على نقطة عسكرية قرب بلدة تل براك.",
                      "2022-11-21").events
    assert [e.actor1_id for e in events] != ["sdf"]


def test_a_fighter_killed_in_clashes_keeps_his_force_a_party_of_the_clashes(run_text):
    events = run_text("قُتل عنصر من الأسايش مساء أمس في اشتباكات مع مسلحي الدفاع الوطني في حي طي بالقامشلي.",
                      "2021-04-22").events
    assert [e.actor1_id for e in events] == ["asayish"]


# --------------------------------------------------------------------------- unknown gunmen


def test_unknown_gunmen_who_kill_a_tribal_figure_are_the_attacker(run_text):
    events = run_text("قتل مسلحون مجهولون وجيهاً عشائرياً أمام منزله في قرية تل براك ليل أمس.", "2023-04-17").events
    assert _actors(events) == [("unidentified", "civilians")]


def test_a_killing_by_gunfire_told_with_no_killer_is_an_attack_by_an_unidentified_group(run_text):
    # (it left the attacker empty while "بإطلاق نار" made a clash; a civilian shot dead in a sentence
    # that tells no fighting is an attack on a civilian, and ACLED's attacker nobody names is the
    # unidentified armed group: see the section "an attacker nobody names" below)
    events = run_text("قتل شاب بإطلاق نار أمام منزله في قرية تل براك ليل أمس.", "2023-04-17").events
    assert [(e.event_type, e.actor1_id, e.actor2_id) for e in events] == [
        ("Violence against civilians", "unidentified", "civilians")]


def test_members_of_a_force_lost_to_a_drone_make_it_the_side_hit(run_text):
    events = run_text("فقد ثلاثة من عناصر قوات سوريا الديمقراطية حياتهم مساء أمس في استهداف طائرة مسيرة تركية "
                      "سيارتهم قرب بلدة تل تمر.", "2022-08-17").events
    assert _actors(events) == [("turkey", "sdf")]
    # the members named well before the toll they are counted in
    events = run_text("كان خمسة من عناصر قسد في سيارة استهدفتها طائرة مسيرة تركية قرب بلدة تل تمر مساء أمس، "
                      "فقتل ثلاثة منهم وأصيب اثنان.", "2022-08-17").events
    assert _actors(events) == [("turkey", "sdf")]


def test_a_force_whose_members_fire_shells_stays_the_attacker(run_text):
    events = run_text("قصفت عناصر من القوات التركية بالمدفعية قرية تل جمعة بريف تل تمر صباح اليوم دون إصابات.",
                      "2022-08-23").events
    assert [a1 for a1, _ in _actors(events)] == ["turkey"]


# --------------------------------------------------------------------------- bodies handed over


def test_bodies_handed_over_name_the_side_whose_dead_they_are(run_text):
    events = run_text("سلمت الأسايش صباح اليوم جثث أربعة من عناصر الدفاع الوطني عند دوار الوحدة في مدينة القامشلي.",
                      "2021-04-25").events
    assert _actors(events) == [("asayish", "ndf")]


def test_a_force_the_bodies_pass_through_is_no_party(run_text):
    events = run_text("سلمت الأسايش صباح اليوم جثث أربعة من عناصر الدفاع الوطني في مدينة القامشلي "
                      "عبر الشرطة العسكرية الروسية.", "2021-04-25").events
    assert len(events) == 1 and events[0].actor1_id == "asayish" and "russia" not in _actors(events)[0]


# --------------------------------------------------------------------------- an attacker nobody names

def test_civilians_killed_or_abducted_by_no_one_named_are_attacked_by_an_unidentified_group(run_text):
    # ACLED: an attack on civilians whose perpetrator the report does not name is by an unidentified armed group
    for text in ("قُتل رجل في الخمسين من عمره بطلق ناري في حي الهلالية بالقامشلي مساء أمس.",
                 "خُطف طفل في العاشرة من عمره من أمام منزله في حي قناة السويس بالقامشلي مساء الأحد."):
        assert _actors(run_text(text, "2023-03-10").events) == [("unidentified", "civilians")], text


def test_gunmen_named_only_as_unknown_in_the_dual_or_singular_are_the_unidentified_group(run_text):
    for text in ("اغتال مسلحان مجهولان يستقلان سيارة تاجراً في بلدة عامودا مساء الخميس.",
                 "أطلق مسلح مجهول النار على سائق سيارة أجرة في مدينة الحسكة مساء الخميس فأرداه قتيلاً."):
        assert _actors(run_text(text, "2023-03-10").events) == [("unidentified", "civilians")], text


def test_a_named_attacker_of_civilians_stays_the_attacker(run_text):
    text = "اغتال عناصر من خلايا داعش مختاراً في ريف الحسكة الجنوبي مساء أمس."
    assert _actors(run_text(text, "2023-03-10").events) == [("isis", "civilians")]


# --------------------------------------------------------------------------- a weapon's nationality before the verb

def test_a_weapon_named_with_its_nationality_before_the_verb_is_the_attacker(run_text):
    for text in ("وقال مصدر محلي إن المدفعية التركية قصفت صباح اليوم قرية الدردارة بريف تل تمر.",
                 "وذكرت مصادر أهلية أن المدفعية التركية المتمركزة قرب الحدود قصفت بعد ظهر اليوم قرية تل جمعة.",
                 "وأفاد مصدر محلي بأن المدفعية التركية استهدفت منذ ساعات الصباح قرية تل جمعة بعشرات القذائف، دون وقوع إصابات."):
        assert [a1 for a1, _ in _actors(run_text(text, "2023-03-10").events)] == ["turkey"], text


# --------------------------------------------------------------------------- members of a party arrested

def test_members_or_leaders_of_a_political_party_arrested_are_civilians(run_text):
    for text in ("اعتقلت الأسايش مساء أمس أربعة من أعضاء حزب معارض في مدينة عامودا.",
                 "واعتقلت قوات الأسايش ظهر اليوم قيادياً في حزب كردي معارض عند حاجز قرب الدرباسية."):
        assert _actors(run_text(text, "2023-03-10").events) == [("asayish", "civilians")], text


def test_members_of_a_military_council_arrested_are_not_civilians(run_text):
    text = "اعتقلت الأسايش مساء أمس عضوين في مجلس تل تمر العسكري في بلدة تل تمر."
    assert [a2 for _, a2 in _actors(run_text(text, "2023-03-10").events)] != ["civilians"]


# --------------------------------------------------------------------------- a speaker's own forces

def test_a_side_that_says_its_own_units_acted_is_the_actor_not_only_the_speaker(run_text):
    for text in ("وأعلنت قسد في بيان مساء اليوم أن دورياتها اعتقلت أربعة مطلوبين في بلدة الشدادي.",
                 "وقالت الأسايش في بيان لها إن عناصرها اعتقلوا ثلاثة مهربين قرب بلدة عامودا فجر اليوم."):
        assert [a1 for a1, _ in _actors(run_text(text, "2023-03-10").events)][:1] in (["sdf"], ["asayish"]), text


def test_a_side_that_reports_another_sides_act_is_still_no_party(run_text):
    text = "وقالت قسد في بيان إن قوات النظام اعتقلت ثلاثة شبان عند حاجز قرب مدينة القامشلي."
    assert [a1 for a1, _ in _actors(run_text(text, "2023-03-10").events)] == ["syrian_government"]


# --------------------------------------------------------------------------- fugitives and suspects of an article about ISIS

def test_escapees_or_suspects_arrested_in_an_article_about_isis_are_isis(run_text):
    text = ("فرّ عشرات من عناصر داعش من سجن في مدينة الحسكة فجر اليوم. "
            "وأعلنت قسد مساء اليوم أن دورياتها ألقت القبض على خمسة عشر من الفارين في حي النشوة.")
    assert _actors(run_text(text, "2023-03-10").events) == [("sdf", "isis")]
    text = ("تتواصل الحملة على خلايا داعش في ريف دير الزور. "
            "واعتقلت قسد أمس سبعة مشتبهين في بلدة الشدادي.")
    assert ("sdf", "isis") in _actors(run_text(text, "2023-03-10").events)


def test_escapees_arrested_in_an_article_that_names_no_jihadists_are_not_isis(run_text):
    text = ("فرّ ستة موقوفين بتهم جنائية من سجن في القامشلي فجر اليوم. "
            "وأعلنت الأسايش مساء اليوم أن دورياتها ألقت القبض على ثلاثة من الفارين في حي الهلالية.")
    assert [a2 for _, a2 in _actors(run_text(text, "2023-03-10").events)] != ["isis"]


# --------------------------------------------------------------------------- the coalition's strikes

def test_a_coalition_strike_that_names_no_side_hit_in_an_article_about_isis_hits_isis(run_text):
    text = ("تحصن عناصر من داعش في مبان قرب سجن الصناعة في الحسكة. "
            "وقصفت طائرات التحالف الدولي فجر اليوم مباني في حي غويران.")
    assert ("coalition", "isis") in _actors(run_text(text, "2022-01-22").events)


def test_a_coalition_strike_in_an_article_that_names_no_jihadists_keeps_no_side_hit(run_text):
    text = "وقصفت طائرات التحالف الدولي فجر اليوم مباني في حي غويران بمدينة الحسكة."
    assert [a2 for _, a2 in _actors(run_text(text, "2022-01-22").events)] != ["isis"]


# --------------------------------------------------------------------------- more words for civilians hit

def test_a_strike_that_wounds_a_lady_a_shepherd_or_hits_a_farm_is_against_civilians(run_text):
    for text in ("قصفت القوات التركية قرية كرديم بقذائف الهاون مساء اليوم، ما أدى إلى إصابة سيدة بجروح.",
                 "طال القصف التركي صباح اليوم قرية قصر ديب، حيث أصيب راعٍ بجروح أثناء رعيه أغنامه.",
                 "استهدفت القوات التركية بقذائف الهاون مزرعة في قرية شوركي بريف عامودا مساء اليوم."):
        assert _actors(run_text(text, "2023-03-10").events) == [("turkey", "civilians")], text


# --------------------------------------------------------------------------- the other side of the article's fight

def test_a_takeover_or_clash_naming_one_side_is_against_the_side_the_article_paired_it_with(run_text):
    text = ("اندلعت اشتباكات عنيفة بين الأسايش وقوات النظام في محيط حي الوسطى مساء الأربعاء. "
            "وفي صباح اليوم التالي سيطرت الأسايش على مبنى السجن في الحي.")
    assert _actors(run_text(text, "2022-03-10").events)[-1] == ("asayish", "syrian_government")


def test_a_side_that_is_not_one_of_the_pair_gets_no_other_side(run_text):
    text = ("اندلعت اشتباكات عنيفة بين الأسايش وقوات النظام في محيط حي الوسطى مساء الأربعاء. "
            "وفي صباح اليوم التالي سيطر تنظيم داعش على قرية قرب الشدادي.")
    assert _actors(run_text(text, "2022-03-10").events)[-1] == ("isis", "")


# --------------------------------------------------------------------------- fighters hit, their side named before

def test_fighters_hit_by_a_strike_are_of_the_side_the_article_named(run_text):
    text = ("أعلنت قوات سوريا الديمقراطية صباح اليوم رفع الجاهزية في ريف تل تمر. "
            "وقتل مقاتلان إثر استهداف مسيرة تركية سيارة عسكرية قرب قرية الدردارة مساء اليوم.")
    assert _actors(run_text(text, "2023-03-10").events)[-1] == ("turkey", "sdf")


def test_a_strike_that_also_hits_civilians_is_not_given_the_fighters_side(run_text):
    text = ("أعلنت قوات سوريا الديمقراطية صباح اليوم رفع الجاهزية في ريف تل تمر. "
            "وقتل مقاتل وطفل إثر استهداف مسيرة تركية سيارة قرب قرية الدردارة مساء اليوم.")
    assert _actors(run_text(text, "2023-03-10").events)[-1] != ("turkey", "sdf")


# --------------------------------------------------------------------------- the government named by its bodies

def test_the_government_authorities_are_the_syrian_government(run_text):
    for text in ("توصلت الجهات الحكومية والأسايش مساء أمس إلى اتفاق لوقف إطلاق النار في حي طي بالقامشلي.",
                 "وساد الهدوء مدينة الحسكة مع بدء وقف لإطلاق النار بين الجهات الحكومية والأسايش مساء أمس."):
        assert {a for pair in _actors(run_text(text, "2023-03-10").events) for a in pair} >= {"syrian_government", "asayish"}, text


# --------------------------------------------------------------------------- quarrels: no armed group

def test_a_killing_in_a_family_or_clan_quarrel_has_no_unidentified_attacker(run_text):
    for text in ("قتل رجل بطلق ناري خلال مشاجرة بين أبناء عمومة في قرية خربة عمو بريف القامشلي مساء الأحد.",
                 "قتل شاب وجرح أخوه إثر نزاع عشائري على أرض زراعية قرب قرية تل حبش مساء الأحد."):
        assert [a1 for a1, _ in _actors(run_text(text, "2023-03-10").events)] == [""], text
    text = "قتل رجل بطلق ناري في حي الهلالية بالقامشلي مساء الأحد."
    assert [a1 for a1, _ in _actors(run_text(text, "2023-03-10").events)] == ["unidentified"]


def test_a_tribal_notable_shot_by_no_one_named_is_still_shot_by_an_unidentified_group(run_text):
    text = "قتل وجيه عشائري بطلق ناري أمام منزله في بلدة الصور مساء الأحد."
    assert [a1 for a1, _ in _actors(run_text(text, "2023-03-10").events)] == ["unidentified"]


# --------------------------------------------------------------------------- no side named: the article's pair

def test_a_truce_that_names_no_side_is_between_the_sides_of_the_articles_fight(run_text):
    text = ("اندلعت اشتباكات عنيفة بين الأسايش والدفاع الوطني في حي طي مساء الثلاثاء. "
            "وأُعلنت هدنة برعاية روسية مساء الجمعة في مطار القامشلي.")
    assert set(_actors(run_text(text, "2022-03-10").events)[-1]) == {"asayish", "ndf"}


def test_armed_men_arrested_by_one_side_of_the_articles_fight_are_of_the_other(run_text):
    text = ("اندلعت اشتباكات عنيفة بين الأسايش والدفاع الوطني في حي طي مساء الثلاثاء. "
            "وكانت الأسايش قد اعتقلت عنصرين عند حاجز لها في حي الوسطى يوم السبت.")
    assert _actors(run_text(text, "2022-03-10").events)[-1] == ("asayish", "ndf")


# --------------------------------------------------------------------------- an attack repelled: who attacked

def test_the_side_whose_attack_was_repelled_is_actor1(run_text):
    for text, pair in (("صدّ مقاتلو قسد فجر اليوم هجوماً شنه الجيش التركي على قرية أم الكيف بريف تل تمر.",
                        ("turkey", "sdf")),
                       ("تصدت قوات النظام لهجوم شنه مسلحو داعش على نقاط عسكرية قرب الشدادي فجر اليوم.",
                        ("isis", "syrian_government"))):
        assert _actors(run_text(text, "2023-03-10").events) == [pair], text


# --------------------------------------------------------------------------- a speaker named after the act

def test_a_side_quoted_after_the_act_is_no_side_hit(run_text):
    text = ("هاجم مسلحون من داعش سجناً في الحسكة مساء أمس. "
            "وقصفت طائرات التحالف الدولي فجر اليوم مباني قالت الأسايش إن المهاجمين يتحصنون فيها.")
    assert _actors(run_text(text, "2022-01-22").events)[-1] == ("coalition", "isis")


def test_a_side_announcing_its_own_measure_after_the_verb_is_still_its_actor(run_text):
    text = "وعقب التفجير، أعلنت الأسايش حظراً للتجوال في مدينة القامشلي حتى صباح الغد."
    assert [a1 for a1, _ in _actors(run_text(text, "2022-01-22").events)] == ["asayish"]


def test_a_clash_that_names_no_side_is_between_the_sides_of_the_articles_fight(run_text):
    text = ("اندلعت اشتباكات عنيفة بين الأسايش والدفاع الوطني في حي طي مساء الثلاثاء. "
            "كما شهد حي حلكو المجاور اشتباكات مماثلة صباح الأربعاء.")
    assert set(_actors(run_text(text, "2022-03-10").events)[-1]) == {"asayish", "ndf"}


# --------------------------------------------------------------------------- a claim told after the attack


def test_a_claim_in_a_later_sentence_names_the_bomber(run_text):
    events = run_text("انفجرت سيارة مفخخة صباح اليوم قرب حاجز للأسايش في حي العنترية بمدينة القامشلي، "
                      "ما أدى إلى مقتل أربعة أشخاص.\nوهرعت سيارات الإسعاف إلى المكان لنقل الجرحى.\n"
                      "وتبنى تنظيم داعش التفجير في بيان على معرفاته.", "2021-05-04").events
    assert [a1 for a1, _ in _actors(events)] == ["isis"]


def test_a_claim_with_the_claimant_before_its_verb_names_the_bomber(run_text):
    events = run_text("قتل ثلاثة مدنيين مساء أمس بانفجار دراجة نارية مفخخة في سوق بلدة تل حميس.\n"
                      "وكان تنظيم الدولة الإسلامية قد تبنى الانفجار عبر وكالة أعماق.\n"
                      "وتنشط خلايا تنظيم الدولة الإسلامية في ريف الحسكة.", "2021-05-04").events
    assert _actors(events) == [("isis", "civilians")]


def test_a_responsibility_claimed_later_names_the_attacker(run_text):
    events = run_text("أصيب عنصران من قوات سوريا الديمقراطية بجروح مساء أمس بانفجار عبوة ناسفة بسيارتهما "
                      "على طريق الحسكة الشدادي.\nوأعلن تنظيم داعش في وقت لاحق مسؤوليته عن الهجوم.",
                      "2021-05-04").events
    assert _actors(events) == [("isis", "sdf")]


def test_a_claim_of_a_series_of_past_attacks_names_no_bomber(run_text):
    events = run_text("أصيب عنصران من قوات سوريا الديمقراطية بجروح مساء أمس بانفجار عبوة ناسفة بسيارتهما "
                      "على طريق الحسكة الشدادي.\nوكان تنظيم داعش قد تبنى معظمها خلال العام الماضي.",
                      "2021-05-04").events
    assert [a1 for a1, _ in _actors(events)] != ["isis"]


# --------------------------------------------------------------------------- a bomb nobody claimed


def test_a_roadside_bomb_with_no_perpetrator_is_by_an_unidentified_group(run_text):
    events = run_text("أصيب عنصران من قوات سوريا الديمقراطية بجروح مساء أمس جراء انفجار عبوة ناسفة "
                      "بسيارتهما على طريق الحسكة الشدادي.", "2021-05-04").events
    assert _actors(events) == [("unidentified", "sdf")]


def test_a_car_bomb_with_no_perpetrator_is_by_an_unidentified_group(run_text):
    events = run_text("قتل ثلاثة مدنيين وأصيب خمسة آخرون اليوم بانفجار سيارة مفخخة قرب مخبز في حي "
                      "الناصرة بمدينة الحسكة.", "2021-05-04").events
    assert _actors(events) == [("unidentified", "civilians")]


def test_a_landmine_that_kills_a_shepherd_is_by_an_unidentified_group(run_text):
    events = run_text("قتل راع أثناء رعيه الأغنام اليوم بانفجار لغم أرضي قرب قرية تل عودة بريف القامشلي.",
                      "2021-05-04").events
    assert _actors(events) == [("unidentified", "civilians")]


def test_a_bomb_planted_by_the_cells_of_islamic_state_is_theirs(run_text):
    events = run_text("أصيب عنصران من قوات الأسايش بجروح اليوم بانفجار عبوة ناسفة زرعها عناصر من تنظيم داعش "
                      "قرب حاجز في حي غويران بمدينة الحسكة.", "2021-05-04").events
    assert [a1 for a1, _ in _actors(events)] == ["isis"]


# --------------------------------------------------------------------------- civilians counted in another sentence


def test_civilians_counted_in_the_next_sentence_are_the_side_hit(run_text):
    events = run_text("قصفت المدفعية التركية مساء أمس حي الهلالية في مدينة القامشلي.\n"
                      "وقال مصدر طبي إن القصف أدى إلى مقتل امرأتين وإصابة ثلاثة أطفال.", "2021-05-04").events
    assert _actors(events) == [("turkey", "civilians")]


def test_citizens_wounded_told_after_a_drone_strike_are_the_side_hit(run_text):
    events = run_text("استهدفت طائرة مسيرة تركية ظهر اليوم محطة وقود على أطراف بلدة القحطانية.\n"
                      "وأسفر الاستهداف عن إصابة أربعة مواطنين بجروح نقلوا إلى مشفى القامشلي.", "2021-05-04").events
    assert _actors(events) == [("turkey", "civilians")]


def test_civilians_counted_after_a_strike_in_the_operation_are_the_side_hit(run_text):
    events = run_text("قصف الجيش التركي بقذائف المدفعية مساء اليوم سوق بلدة الدرباسية في اليوم الثالث من العملية العسكرية.\n"
                      "وأفاد مراسلنا بأن القصف أدى إلى مقتل ثلاثة مدنيين بينهم طفل.", "2019-10-11").events
    assert _actors(events) == [("turkey", "civilians")]


def test_fighters_counted_after_a_strike_are_not_civilians(run_text):
    events = run_text("قصفت المدفعية التركية مساء أمس قرية أم الكيف بريف تل تمر.\n"
                      "وقال مصدر عسكري إن القصف أدى إلى مقتل مقاتلين اثنين وإصابة ثلاثة مدنيين.", "2021-05-04").events
    assert [a2 for _, a2 in _actors(events)] != ["civilians"]


def test_civilians_counted_after_a_strike_on_a_military_post_are_not_its_side_hit(run_text):
    events = run_text("قصفت المدفعية التركية مساء أمس نقطة عسكرية قرب قرية أم الكيف بريف تل تمر.\n"
                      "وقال مصدر إن القصف أدى إلى إصابة ثلاثة مدنيين كانوا في المكان.", "2021-05-04").events
    assert [a2 for _, a2 in _actors(events)] != ["civilians"]


# --------------------------------------------------------------------------- a crowd that faces a force's convoy


def test_villagers_who_turn_back_a_us_convoy_face_the_us_forces(run_text):
    events = run_text("اعترض سكان قرية تل الذهب بريف القامشلي صباح اليوم رتلاً للقوات الأمريكية "
                      "مؤلفاً من أربع عربات، وأجبروه على العودة.", "2021-05-04").events
    assert _actors(events) == [("protesters", "usa")]


def test_villagers_who_confront_turkish_army_vehicles_face_the_turkish_forces(run_text):
    events = run_text("اعترض العشرات من أهالي قرية تل الذهب مساء أمس آليات للجيش التركي قرب قريتهم، "
                      "ورددوا هتافات تطالب بخروجها.", "2021-05-04").events
    assert _actors(events) == [("protesters", "turkey")]


def test_residents_who_block_a_russian_patrol_face_the_russian_forces(run_text):
    events = run_text("اعترض أهالي قرية حامو بريف القامشلي مساء أمس دورية للقوات الروسية ومنعوها من "
                      "دخول القرية.", "2021-05-04").events
    assert [a2 for _, a2 in _actors(events)] == ["russia"]


def test_a_crowd_that_only_gathers_before_a_force_building_faces_no_force(run_text):
    events = run_text("تجمع العشرات من أهالي المعتقلين صباح اليوم أمام مركز للأسايش في مدينة القامشلي "
                      "للمطالبة بالإفراج عن أبنائهم.", "2021-05-04").events
    assert _actors(events) == [("protesters", "")]


# --------------------------------------------------------------------------- two sides joined through their delegates


def test_a_side_and_the_delegates_of_another_who_agree_are_both_parties(run_text):
    events = run_text("توصلت قوى الأمن الداخلي (الأسايش) وممثلون عن الحكومة السورية مساء أمس إلى اتفاق "
                      "لوقف إطلاق النار في القامشلي.", "2021-05-04").events
    assert {a for pair in _actors(events) for a in pair} == {"asayish", "syrian_government"}


def test_a_side_and_a_delegation_of_another_who_agree_are_both_parties(run_text):
    events = run_text("توصلت قوات سوريا الديمقراطية ووفد من الحكومة السورية اليوم إلى اتفاق يقضي بتبادل "
                      "الأسرى في مدينة الحسكة.", "2021-05-04").events
    assert {a for pair in _actors(events) for a in pair} == {"sdf", "syrian_government"}


def test_a_side_and_the_officers_of_another_who_agree_are_both_parties(run_text):
    events = run_text("توصلت الأسايش وضباط من الجيش السوري في اجتماع بمطار القامشلي إلى اتفاق لتبادل "
                      "المحتجزين.", "2021-05-04").events
    assert {a for pair in _actors(events) for a in pair} == {"asayish", "syrian_government"}


def test_a_side_that_agrees_with_its_own_delegates_has_no_second_party(run_text):
    events = run_text("توصلت الأسايش وممثلون عن وجهاء حي طي مساء أمس إلى اتفاق لوقف إطلاق النار في الحي.",
                      "2021-05-04").events
    assert [a1 for a1, _ in _actors(events)] == ["asayish"]


# --------------------------------------------------------------------------- an official of the administration hit


def test_a_drone_that_kills_a_co_chair_hits_the_administration(run_text):
    events = run_text("قتل الرئيس المشترك لمجلس بلدة عامودا وسائقه مساء أمس إثر استهداف طائرة مسيرة تركية "
                      "سيارتهما قرب المدينة.", "2021-05-04").events
    assert _actors(events) == [("turkey", "aanes")]


def test_a_co_chair_wounded_by_shelling_is_the_administration_hit(run_text):
    events = run_text("أصيبت الرئيسة المشتركة لبلدية تل تمر بجروح اليوم جراء قصف مدفعي تركي استهدف "
                      "مبنى البلدية.", "2021-05-04").events
    assert _actors(events) == [("turkey", "aanes")]


def test_a_strike_that_kills_the_co_chairs_of_a_council_hits_the_administration(run_text):
    events = run_text("استهدفت مسيرة تركية ظهر اليوم سيارة قرب قرية تل شعير، ما أسفر عن مقتل الرئيسين "
                      "المشتركين لمجلس ناحية القحطانية.", "2021-05-04").events
    assert _actors(events) == [("turkey", "aanes")]


def test_a_co_chair_who_tells_of_a_strike_is_not_its_side_hit(run_text):
    events = run_text("قصفت المدفعية التركية مساء أمس قرية أم الكيف، وقال الرئيس المشترك لمجلس تل تمر "
                      "إن القصف ألحق أضراراً بالمنازل.", "2021-05-04").events
    assert [a2 for _, a2 in _actors(events)] != ["aanes"]


def test_a_co_chair_assassinated_is_a_civilian_attacked(run_text):
    events = run_text("اغتال مسلحون مجهولون الرئيس المشترك لمجلس بلدة تل حميس أمام منزله مساء أمس.",
                      "2021-05-04").events
    assert [a2 for _, a2 in _actors(events)] == ["civilians"]
