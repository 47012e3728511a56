"""Rules that make extraction hold on report-length Arabic text (issue 10): every event says
how sure it is and which rule made it; dates belong to their clause; drone strikes, snipers,
bodies handed over and proximity are coded as what they are; attempts, denials and recaps
are no events; tolls stay with their own verb.

Every sentence here was written for these tests in the style of local news copy (North
Press, SOHR, Hawar, Shafaq); none is copied from an outlet.
"""

from __future__ import annotations

import re

import pytest

RULE_RE = re.compile(r"^trigger:[^/]+/pattern:[a-z_]+$")


def test_every_event_has_a_confidence_and_a_rule(run_text, seed_result):
    events = list(seed_result.events) + list(run_text(
        "اندلعت اشتباكات بين الأسايش والدفاع الوطني في حي طي بالقامشلي مساء الثلاثاء.").events)
    assert events
    for e in events:
        assert e.confidence in ("high", "medium", "low")
        assert RULE_RE.match(e.rule), e.rule
        d = e.to_dict()
        assert d["confidence"] == e.confidence and d["rule"] == e.rule


def test_rule_names_the_trigger_and_the_pattern(run_text):
    (e,) = run_text("اندلعت اشتباكات بين الأسايش والدفاع الوطني في حي طي بالقامشلي مساء الثلاثاء.").events
    assert e.rule == "trigger:اشتباكات/pattern:clash_between"
    assert e.confidence == "high"  # trigger, place, date and both sides in the sentence


def test_weaker_evidence_gives_lower_confidence(run_text):
    # no place and no date in the text: the article's city is unknown, the date is the publication's
    (e,) = run_text("هاجم مسلحون مجهولون حاجزاً للأسايش.").events
    assert e.confidence == "low"
    (e,) = run_text("اندلعت اشتباكات بين الأسايش والدفاع الوطني في حي طي.").events
    assert e.confidence == "medium"  # no date: the publication date is used


def test_curated_rows_carry_rule_and_confidence(gazetteer):
    from pipeline.curated import EVENTS_CSV, load_curated, to_event_dicts

    events, _errors = load_curated(EVENTS_CSV, gazetteer)
    rows = to_event_dicts(events, gazetteer)
    assert rows and {r["rule"] for r in rows} == {"curated"}
    assert {r["confidence"] for r in rows} <= {"high", "medium"}


def _one(events, event_type=None):
    found = [e for e in events if event_type is None or e.event_type == event_type]
    assert len(found) == 1, [(e.event_type, e.sub_event_type, e.rule) for e in events]
    return found[0]


# --------------------------------------------------------------------------- dates


def test_since_opens_an_interval_and_never_dates_later_events(run_text):
    events = run_text("وتشهد مدينة القامشلي منذ مساء الثلاثاء 20 نيسان اشتباكات متقطعة بين الأسايش والدفاع "
                      "الوطني. وقصفت قوات النظام حي الهلالية بقذائف الهاون.", "2021-04-24").events
    clash = _one(events, "Battles")
    assert (str(clash.date_from), str(clash.date_to), clash.time_precision) == ("2021-04-20", "2021-04-24", 2)
    assert clash.confidence == "medium"  # an interval, not a day the text gives the clash
    shelling = _one(events, "Explosions/Remote violence")
    assert str(shelling.date_from) == "2021-04-24"  # not the 20th: the since phrase dates nothing else
    assert shelling.confidence != "high"  # its date is the publication's


def test_explicit_date_beats_the_weekday_beside_it(run_text):
    # published on Thursday 26 January: "الأربعاء" alone would be the 25th
    e = _one(run_text("استهدفت طائرة مسيرة تركية بعد ظهر الأربعاء (18 يناير/كانون الثاني) سيارة عسكرية لقسد "
                      "قرب القحطانية.", "2023-01-26").events)
    assert str(e.date_from) == "2023-01-18"


def test_an_event_weeks_before_publication_keeps_its_date(run_text):
    e = _one(run_text("وكانت طائرة مسيرة تركية قد استهدفت في 20 تموز سيارة تقل مسؤولين في الإدارة الذاتية "
                      "قرب القحطانية.", "2023-08-15").events)
    assert str(e.date_from) == "2023-07-20"
    e = _one(run_text("قصفت القوات التركية قرية قرب عامودا الشهر الماضي.", "2023-08-15").events)
    assert (str(e.date_from), str(e.date_to), e.time_precision) == ("2023-07-01", "2023-07-31", 3)


def test_a_date_belongs_to_the_clause_that_states_it(run_text):
    events = run_text("اندلعت اشتباكات في حي طي بين الأسايش والدفاع الوطني، وقصفت قوات النظام صباح أمس حي "
                      "الهلالية.", "2021-04-22").events
    shelling = _one(events, "Explosions/Remote violence")
    clash = _one(events, "Battles")
    assert str(shelling.date_from) == "2021-04-21" and shelling.actor1_id == "syrian_government"
    assert "publication date" in clash.notes  # the shelling's morning is not the clash's date
    assert {clash.actor1_id, clash.actor2_id} == {"asayish", "ndf"}


def test_numeric_dates_and_since_before_an_explicit_date():
    import datetime as dt

    from pipeline.arabic import normalise, tokenise
    from pipeline.dates import find_dates

    def dates(text):
        nt = normalise(text)
        return [(d.text, str(d.date_from), d.background) for d in find_dates(nt, dt.date(2023, 8, 15), tokenise(nt.text))]

    assert dates("يوم الأحد 20-7-2023") == [("يوم الأحد 20-7-2023", "2023-07-20", False)]
    assert dates("منذ 20 نيسان") == [("منذ 20 نيسان", "2023-04-20", True)]
    assert dates("في الـ20 من تموز") == [("الـ20 من تموز", "2023-07-20", False)]


# --------------------------------------------------------------------------- event types

DRONE_SENTENCES = [
    "قتل عنصران من قسد بضربة مسيّرة تركية استهدفت سيارتهما قرب عامودا صباح اليوم.",
    "استهدفت المسيّرات التركية موقعاً لقسد في ريف القامشلي مساء الأحد.",
    "نفذت طائرات مسيرة تركية غارتين على قرية قرب القحطانية.",
    "قصفت درون تركية سيارة مدنية على طريق القامشلي عامودا.",
    "استهدف الجيش التركي بطائرة مسيرة سيارة في حي الهلالية بالقامشلي.",
    "شن الطيران التركي غارة على موقع عسكري لقسد قرب المالكية.",
]


@pytest.mark.parametrize("sentence", DRONE_SENTENCES, ids=[f"drone{i}" for i in range(len(DRONE_SENTENCES))])
def test_drone_and_air_strike_vocabulary(run_text, sentence):
    e = _one(run_text(sentence, "2022-08-10").events)  # one strike, not a shelling beside it
    assert (e.event_type, e.sub_event_type) == ("Explosions/Remote violence", "Air/drone strike")


def test_drone_victims_are_the_side_hit_and_the_nationality_the_attacker(run_text):
    e = _one(run_text("قتل عنصران من قسد بضربة مسيّرة تركية استهدفت سيارتهما قرب عامودا صباح اليوم.",
                      "2022-08-10").events)
    assert (e.actor1_id, e.actor2_id, e.fatalities, e.place_id) == ("turkey", "sdf", 2, "amuda")


def test_a_march_is_no_drone(run_text):
    events = run_text("خرجت مسيرة احتجاجية في مدينة القامشلي تنديدا بالقصف التركي.", "2023-08-15").events
    assert not [e for e in events if e.sub_event_type == "Air/drone strike"]


def test_sniper_killing_of_a_tribal_figure_is_violence_against_civilians(run_text):
    e = _one(run_text("قتل الشيخ حسن العلي أحد وجهاء عشيرة طي برصاص قناص قرب منزله في حي طي ليلة الخميس.",
                      "2021-04-23").events)
    assert (e.event_type, e.sub_event_type, e.actor2_id, e.fatalities) == (
        "Violence against civilians", "Attack", "civilians", 1)
    # amid a clash too: the sniper aimed at him
    events = run_text("قتل الشيخ حسن العلي برصاص قناص خلال اشتباكات بين الأسايش والدفاع الوطني في حي طي.").events
    assert _one(events, "Violence against civilians").fatalities == 1


def test_a_child_killed_in_the_fighting_is_counted_in_it(run_text):
    events = run_text("اندلعت اشتباكات بين الأسايش والدفاع الوطني في حي طي مساء الثلاثاء. وقتل طفل جراء "
                      "الاشتباكات.").events
    e = _one(events)
    assert (e.event_type, e.fatalities, len(e.more_evidence)) == ("Battles", 1, 1)


def test_handing_over_bodies_is_no_battle(run_text):
    events = run_text("سلمت الأسايش جثث ثلاثة من عناصر الدفاع الوطني قتلوا في الاشتباكات إلى القوات الحكومية "
                      "بوساطة روسية.", "2021-04-24").events
    e = _one(events)
    assert (e.event_type, e.sub_event_type, e.fatalities) == ("Strategic developments", "Other", 0)
    assert "bodies handed over" in e.tags


def test_approaching_a_place_is_not_being_there(run_text):
    e = _one(run_text("اقتربت قوات الأسايش من دوار الوحدة بعد اشتباكات عنيفة في حي طي.", "2021-04-24").events)
    assert e.place_id == "tayy"
    e = _one(run_text("سيطرت الأسايش على مقر للدفاع الوطني على مقربة من دوار الوحدة في القامشلي.",
                      "2021-04-24").events)
    assert e.sub_event_type == "Non-state actor overtakes territory" and e.place_id != "wahda_roundabout"
    # a strike near a town is placed at the town, marked approximate
    e = _one(run_text("استهدفت مسيرة تركية سيارة قرب عامودا صباح اليوم.", "2023-09-02").events)
    assert e.place_id == "amuda" and e.approximate and "near" in e.notes


# --------------------------------------------------------------------------- not events

NOT_EVENTS = [
    "أحبطت الأسايش محاولة اختطاف طفل في حي الهلالية.",
    "أحبطت الأسايش محاولة اغتيال قيادي في حي الهلالية.",
    "قالت الأسايش إن عناصر من الدفاع الوطني حاولوا اعتقال أحد أعضائها في حي طي.",
    "نفى الدفاع الوطني أن يكون عناصره قد أطلقوا النار على حاجز الأسايش في دوار الوحدة.",
    "بعد يومين من الاشتباكات والقصف، عاد الهدوء إلى حي طي.",
    "وجاءت الحملة على خلفية الاشتباكات التي شهدها حي طي الأسبوع الماضي.",
    "هددت تركيا بشن غارات على مواقع قسد قرب القامشلي.",
    "ودعت منشورات الأهالي إلى التظاهر يوم الجمعة.",
]


@pytest.mark.parametrize("sentence", NOT_EVENTS, ids=[f"not{i}" for i in range(len(NOT_EVENTS))])
def test_attempts_denials_intentions_and_recaps_are_no_events(run_text, sentence):
    assert run_text(sentence, "2021-04-24").events == []


def test_a_recap_refers_back_to_the_event_reported(run_text):
    events = run_text("اندلعت اشتباكات بين الأسايش والدفاع الوطني في حي طي مساء الثلاثاء. وبعد يومين من "
                      "الاشتباكات، عاد الهدوء إلى الحي.", "2021-04-22").events
    assert len(events) == 1 and str(events[0].date_from) == "2021-04-20"


def test_an_assassination_attempt_still_counts_without_dead(run_text):
    e = _one(run_text("نجا مسؤول في الإدارة الذاتية من محاولة اغتيال في حي قدور بك.").events)
    assert (e.event_type, e.fatalities) == ("Violence against civilians", 0)


# --------------------------------------------------------------------------- tolls


def test_each_toll_stays_with_its_own_verb(run_text):
    e = _one(run_text("قتل عنصر من قسد وأصيب اثنان آخران جراء استهداف مسيرة تركية لسيارتهم في ريف القامشلي.",
                      "2023-09-02").events)
    assert (e.fatalities, e.injuries, e.actor1_id, e.actor2_id) == (1, 2, "turkey", "sdf")


def test_a_toll_in_the_next_sentence_that_refers_back(run_text):
    e = _one(run_text("استهدفت مسيرة تركية سيارة قرب عامودا صباح اليوم. وأسفر الاستهداف عن مقتل شخصين وإصابة "
                      "ثلاثة آخرين.", "2023-09-02").events)
    assert (e.fatalities, e.injuries, len(e.more_evidence)) == (2, 3, 1)


def test_a_toll_stated_just_before_its_event_is_kept(run_text):
    e = _one(run_text("قتل عنصر من قسد وأصيب اثنان آخران صباح اليوم. وقالت مصادر محلية إن طائرة مسيرة تركية "
                      "استهدفت سيارتهم قرب عامودا.", "2023-09-02").events)
    assert (e.sub_event_type, e.fatalities, e.injuries) == ("Air/drone strike", 1, 2)


# --------------------------------------------------------------------------- stages on their own


def _words(text):
    from pipeline.arabic import normalise, tokenise, words_of

    return words_of(tokenise(normalise(text).text))


def test_rule_word_lists_are_data_compared_in_normalised_spelling(tmp_path):
    from pipeline import events

    path = tmp_path / "words.csv"
    path.write_text("word,role,note\nإصابة,victim,a note\nمسيّرة,victim,\n", encoding="utf-8")
    assert events.load_event_words(path) == {"victim": frozenset({"اصابه", "مسيره"})}
    shipped = events.load_event_words()
    # every role the rules read is in the shipped file, and not empty
    assert {"negator", "denial", "recap", "near", "drone_bare", "kill_word", "bodies"} <= set(shipped)
    assert all(shipped.values())


def test_stage_drone_words_needs_a_strike_context():
    from pipeline.events import AIR, drone_words
    from pipeline.matcher import Match

    for text, kept in (("استهدفت مسيرة سيارة", True), ("مسيرة تركية", True), ("خرجت مسيرة احتجاجية", False),
                       ("نظموا مسيرة في المدينة", False)):
        words = _words(text)
        i = next(k for k, w in enumerate(words) if w.endswith("مسيره"))
        assert bool(drone_words([Match(i, i, AIR, "")], words)) is kept, text


def test_stage_victim_and_handover_phrases():
    from pipeline.events import BODIES, CIVILIAN_ATTACK, handover_phrases, victim_phrases

    words = _words("قتل أحد وجهاء عشيرة طي")
    (m,) = victim_phrases([], words)
    assert (m.payload, m.first, m.last) == (CIVILIAN_ATTACK, 0, 2)
    assert victim_phrases([], _words("قتل عنصر من قسد")) == []  # a fighter: not a civilian victim
    (m,) = handover_phrases([], _words("سلمت الأسايش جثث ثلاثة عناصر"))
    assert (m.payload, m.first) == (BODIES, 0)


def test_stage_not_a_fact():
    from pipeline.events import not_a_fact

    def why(text, trigger_word, kind="clash"):
        words = _words(text)
        return not_a_fact(words, words.index(trigger_word), kind, 0, len(words) - 1)

    assert why("نفى الدفاع الوطني أن يكون عناصره قد أطلقوا النار", "اطلقوا") == "denied"
    assert why("هددت تركيا بشن غارات", "غارات", "air") == "an intention or a threat"
    assert why("حاول مسلحون اعتقال شاب", "اعتقال", "arrest") == "an attempt"
    assert why("نجا من محاولة اغتيال", "اغتيال", "civ_attack") == ""  # shots were fired
    assert why("أحبطت الأسايش محاولة اغتيال", "اغتيال", "civ_attack") == "foiled"
    assert why("اندلعت اشتباكات في حي طي", "اشتباكات") == ""


def test_stage_is_recap():
    from pipeline.events import is_recap

    words = _words("بعد يومين من الاشتباكات والقصف عاد الهدوء")
    assert is_recap(words, words.index("الاشتباكات"), 0) and is_recap(words, words.index("والقصف"), 0)
    words = _words("وأسفرت الاشتباكات عن مقتل أربعة")
    assert not is_recap(words, words.index("الاشتباكات"), 0)


def test_a_victim_named_before_a_passive_killing(run_text):
    e = _one(run_text("وكان سالم الحسن، أحد وجهاء عشيرة الشرابيين، قد قتل مساء الأربعاء برصاص قناص في حي طي.").events)
    assert (e.event_type, e.fatalities, str(e.date_from)) == ("Violence against civilians", 1, "2021-04-21")


def test_a_victim_of_the_act_just_reported_is_its_toll(run_text):
    e = _one(run_text("انفجرت عبوة ناسفة قرب دوار الوحدة في القامشلي صباح اليوم. وتسبب الانفجار بمقتل مواطن "
                      "كان يمر في المكان.").events)
    assert (e.sub_event_type, e.fatalities, len(e.more_evidence)) == ("Remote explosive/landmine/IED", 1, 1)


def test_a_headline_joined_by_two_dots_is_one_headline(run_text):
    events = run_text("القامشلي.. قناص يقتل مدنيا في حي طي\nقتل مدني برصاص قناص في حي طي مساء الأربعاء.").events
    e = _one(events)
    assert str(e.date_from) == "2021-04-21" and len(e.more_evidence) == 1


def test_long_subjects_between_verb_and_object(run_text):
    e = _one(run_text("سيطرت قوى الأمن الداخلي (أسايش) التابعة للإدارة الذاتية، على معظم حي طي مساء الأحد.",
                      "2021-04-26").events)
    assert e.event_type == "Battles" and e.place_id == "tayy" and e.actor1_id == "asayish"
    e = _one(run_text("سلّمت قوى الأمن الداخلي (الأسايش) في القامشلي، اليوم السبت، جثامين ثلاثة من مسلحي الدفاع "
                      "الوطني قتلوا خلال اشتباكات حي طي.", "2021-04-24").events)
    assert (e.event_type, e.fatalities) == ("Strategic developments", 0)


def test_an_indefinite_cause_right_after_a_recap_word_is_background(run_text):
    events = run_text("اندلعت اشتباكات بين الأسايش والدفاع الوطني في حي طي مساء الثلاثاء. وأفاد مراسل بأن "
                      "المواجهات اندلعت عقب تبادل اعتقالات بين الطرفين.").events
    assert [e.event_type for e in events] == ["Battles"]


def test_stage_same_event_ignores_the_order_of_the_two_sides(run_text):
    # two sentences report one clash, naming the sides in opposite orders: one event, two spans
    events = run_text("اندلعت اشتباكات بين الأسايش والدفاع الوطني في حي طي مساء الثلاثاء. وتجددت اشتباكات بين "
                      "الدفاع الوطني والأسايش في حي طي مساء الثلاثاء.").events
    assert len(events) == 1 and len(events[0].more_evidence) == 1


def test_stage_assign_actors_keeps_each_stretch_to_its_event(run_text):
    events = run_text("هاجم مسلحون مجهولون حاجزا للأسايش في حي الهلالية، وقصفت القوات التركية قرية قرب عامودا.").events
    shelling = _one(events, "Explosions/Remote violence")
    assert shelling.actor1_id == "turkey" and shelling.actor2_id == ""


def test_things_in_passing_are_no_events_of_their_own(run_text):
    # hit while trying to flee: no displacement; on the way back from a meeting: no meeting
    events = run_text("أصيب فتى برصاص دورية في حي الهلالية أثناء محاولته الفرار منها مساء الأربعاء.").events
    assert not [e for e in events if e.event_type == "Strategic developments"]
    e = _one(run_text("قتل الشيخ حسن العلي برصاص قناص في حي طي وهو في طريق عودته من اجتماع للوجهاء.").events)
    assert e.event_type == "Violence against civilians"
