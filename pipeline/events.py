"""Event extraction: who did what, where, when, how many, and the sentence that says so.

Input is one article already normalised and tokenised, with its place mentions, actor
mentions and date expressions. Output is a list of ACLED-typed :class:`Event` records
and the control statements (:class:`ControlClaim`) the article makes.

How a sentence becomes an event (rules are deliberately explicit so an analyst can
predict and check them):

1. The article is split into sentences (the first short line is the headline) and each
   sentence into clauses at ``فيما``، ``بينما``، ``في حين`` and ``؛``.
2. Trigger words (:data:`TRIGGERS`) give the ACLED type: ``اشتباكات`` → Battles/Armed
   clash, ``هدنة`` → Strategic developments/Agreement, ``نزحت`` → Strategic
   developments/Other tagged displacement... A trigger right after ``دون``، ``لم``،
   ``عدم``، ``رفض`` is negated (``دون التوصل لاتفاق`` is no agreement), and so is an aim or
   a flight (``لبحث التهدئة``، ``هرباً من الاشتباكات``). A verb apart from its object, the
   subject between them, is a trigger too: ``أطلق عناصر من … النار على`` (an attack when
   civilians are shot at, a clash otherwise), ``سيطرت قوات … على`` (a takeover).
   One event per act: civilians killed in a sentence that reports a clash or shelling are
   its victims, not another event; the shooting in an assassination is its means; a
   takeover is the battle it ends; a definite trigger after ``بسبب``، ``عقب``، ``إثر``
   names the cause of another event in the sentence, not a new one.
3. **When**: the date expression of the clause nearest the trigger (not one after
   ``منذ``, not the date a statement was published, unless nothing else is there);
   otherwise the last date the article gave (discourse date); otherwise the publication
   date.
4. **Where**: the most specific place of the clause (a roundabout beats a neighbourhood
   beats a city), then of the sentence; ``مناطق الاشتباكات`` is where the article's
   clashes were; otherwise, right after a sentence of its paragraph whose event is placed at
   a village, a quarter or a smaller place, that place (the report goes on with the episode:
   :func:`scene_of_the_sentence_before`); otherwise the article's focus city.
5. **Who**: the parties after ``بين``; ``الطرفين`` (the two sides) are the parties named in
   the clause or, failing that, the last pair the article named; otherwise the actor
   before the trigger (actor1) and the one after it (actor2); two sides joined by و before
   it are both parties. In an attack, the attacker is the subject (after the verb, maybe
   behind ``عناصر من``) or the actor after ``برصاص``، ``على يد``، ``مصدرها``; other actors
   after the trigger are the side hit (actor2) or the victims' affiliation (civilians are
   actor2), and an unnamed attacker of civilians is an unidentified armed group (:func:`an_unnamed_attacker`), as is
   the unnamed bomber of a bombing (:func:`an_unnamed_bomber`) unless a later sentence says a side claimed it
   (``وتبنى تنظيم داعش التفجير``: :func:`claimed_later`) or planted it (``زرعها``). A strike whose sentence names only civilians hit (a woman, a
   child, citizens, a house; ``civilian_victim`` words) has civilians as actor2; a force named
   after a relative verb (``نفذته``، ``أطلقها``) is the attacker; a force that only reports the
   event (``وقالت قسد إن …``) is no party; a strike naming no attacker is by the one force the
   article's earlier strikes named (:func:`article_attacker`); a side named as killed before an
   attack (``قتل عنصر من قسد بهجوم شنه مسلحون``) is the side hit, not the attacker (not so in
   ``اشتباكات``، ``معارك``, which both sides wage). The arrested are actor2; protesters and
   rioters are actor1 of protests and riots, and the force that met a protest (dispersed,
   arrested, fired on it) is its actor2 (:func:`the_intervener`); of two sides after ``بين``, the
   one the sentence says attacked (``إثر اعتداء الأخيرين``) is actor1 (:func:`who_attacked`); a
   clash with no side of its own has those of the attack that set it off (``حين هاجم …``,
   :func:`set_off_by`); the side that claims an attack (``أعلن التنظيم مسؤوليته عنه``) is its
   attacker (:func:`claimed_responsibility`).
   ``قواتنا`` is the actor whose statement is
   quoted. Actors after ``التابعة لـ`` are associated actors; actors
   after ``برعاية``، ``بوساطة``، ``بضمانة`` (or the subject that imposes a truce between
   others) are mediators.
6. **How many**: casualty words (``مقتل``، ``استشهاد``، ``إصابة``، ``فقدان ... لحياته``)
   with a count (:mod:`pipeline.numbers`: after a verbal noun, before a noun such as
   ``ثلاثة قتلى``; a singular or dual noun counts itself; ``لقي ثلاثة … مصرعهم``; an
   assassination counts one unless attempted) go to the violent event of their sentence; a
   sentence with casualties and no event of its own reports totals, which go to the
   article's widest clash event, so a toll is never counted twice.
7. One event, many sentences: a definite trigger with nothing new (``الاجتماع``،
   ``الاشتباكات``) refers back to the latest event of that kind, and a toll reported with it
   goes to that event; events of the same
   type, place, actors and day merge (ACLED), keeping every evidence span; the headline's
   event merges into the body's and fills the actors the body only calls ``الطرفين``.

Issue 10's rules are named stages, module-level functions with their own docstrings and
tests (``tests/test_event_rules.py``): :func:`drone_words`, :func:`victim_phrases`,
:func:`handover_phrases` (what), :func:`not_a_fact`, :func:`is_recap` (is it a fact),
:func:`one_event_per_act`, :func:`anchor_date` (when), :func:`locate` (where),
:func:`bind_toll` (how many); and, from the second pass on whole reports,
:func:`ongoing_summary`, :func:`retold_event`, :func:`comes_after`, :func:`similar_attack`,
:func:`context_attack`, :func:`protest_per_town`, :func:`shot_civilians`, :func:`lost_lives`,
:func:`destination_filter`, :func:`the_neighbourhood` (tests in
``tests/test_event_rules_reports.py``); and, from the second blind set (``h2ar``), what is no
event (:func:`past_period`, :func:`undated_earlier`, :func:`time_ahead`, :func:`not_displaced`, :func:`running_tally`),
what is told in other words (:func:`agreement_verbs` and :func:`agreed_terms`,
:func:`aircraft_strikes`, :func:`patrol_moves`, :func:`claimed_tolls`, :func:`site_summaries`),
when (:func:`the_day_when`, :func:`new_scene`) and where (:func:`reporter_place`, :func:`coming_back_from`, :func:`scene_named`,
:func:`road_between`, :func:`scene_of_event`) (tests in ``tests/test_event_rules_h2.py``); and, from
the fourth blind set (``h4ar``; tests in ``tests/test_event_rules_h4.py``), when
(:func:`told_earlier_in_sentence`, :func:`day_before`, :func:`offset_in_a_recap`), what
(:func:`deaths_by_fire`, :func:`bullets_hit`, :func:`grip_takeovers`, :func:`blasts_shook`,
:func:`cordons`, :func:`minor_led_away`, :func:`strikes_of_the_article`, :func:`met_with_live_fire`),
what is no new event (:func:`not_done`,
:func:`since_outbreak`, :func:`captured_in_battle`, :func:`weapons_of_the_fight`,
:func:`told_within`) and where (:func:`bearing_place`, :func:`fighting_moved`,
:func:`agreement_in_town`); and, from a new-user trial (tests in
``tests/test_event_rules_followup.py``), the weapon told again at a place referred back to
(:func:`weapon_told_again`) and where the wounded were taken (:func:`evacuation_place`); and, from
the fifth blind set (``h5ar``; tests in ``tests/test_event_rules_h5.py``), what is no new event
(:func:`counted_acts`, :func:`published_not_deployed`, :func:`control_of_situation`), when
(:func:`running_date`) and where (:func:`front_axis`); and, from the dev set's Arabic misses after
that pass (tests in ``tests/test_event_rules_h6.py``), one event told first with no day
(:func:`told_with_its_day`, :func:`area_summaries`, :func:`withdrawal_of_a_takeover`, :func:`in_return`,
:func:`headline_days`), what (:func:`blew_themselves_up`, :func:`artillery_strikes`, :func:`tyres_burnt`), when (:func:`explicit_date_after`, :func:`scene_told_before`), where
(:func:`said_inside`, :func:`headline_break`, :func:`surroundings_of`, :func:`canton_name`), who (:func:`the_organisation`, :func:`verb_subject`, :func:`both_sides_subject`), one event per town (:func:`also_elsewhere`, :func:`saw_protests`), one event per act
(:func:`fired_to_disperse`), how many (:func:`counted_subject`) and what is no event (:func:`standing_or_habitual`, :func:`after_a_long_period`,
:func:`framed_topic`, :func:`fled_from`, :func:`told_in_a_relative_clause`); and, from the seventh
blind set (``h7ar``; tests in ``tests/test_event_rules_h7.py``), what is no event (:func:`attempted`,
:func:`not_yet`, :func:`only_heard`, :func:`displaced_speaker`, :func:`efforts_failed`,
:func:`provided_terms`, :func:`held_in_told_battle`), when (:func:`counted_from`,
:func:`counted_context_attack`), where (:func:`fled_villages`) and how many (:func:`running_total_since`). Their word lists are data (``pipeline/data/event_words.csv``),
normalised at import by :func:`load_event_words`. Every event gets ``confidence`` and
``rule`` (:func:`_confidence`, :meth:`_Context._rule`).
"""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from itertools import compress, repeat
from pathlib import Path

from .acled_vocab import VIOLENT_TYPES
from .actors import Actor
from .arabic import (
    NormalisedText,
    Token,
    bare_words,
    ends_of,
    has_any,
    load_word_roles,
    normalise_phrase,
    positions,
    proclitic_forms,
    scanned_any,
    split_proclitics,
    starts_of,
    tokenise,
    where,
    where_bare,
    words_of,
)
from .datemath import is_year_level, spans_a_year
from .dates import is_explicit_date
from .eventfields import EventKind, actor_fields, city_note, more_evidence, near_precision, place_fields, scene_note
from .gazetteer import SPECIFICITY, Gazetteer, Place
from .ids import event_id_of_keys, unique_event_ids
from .matcher import Match, PhraseMatcher
from .numbers import DUAL_PERSONS, SINGULAR_PERSONS, Count, counts_at, is_number, one_more_person, parse_count
from .places import (
    AMONG_THEM_LAST_WORDS,
    DESTINATIONS,
    LANDMARK_BACK_FORMS,
    LANDMARK_HOLDER_KINDS,
    LANDMARK_NOUNS,
    enclosing_area,
    unresolved_names,
)
from .records import NO_DATE_NOTE, Article, ControlClaim, DateSpan, Event, Mention
from .repeats import says_none_hurt

# --------------------------------------------------------------------------- lexicon


#: An event trigger kind and its ACLED coding (shared with the English rules).
Trigger = EventKind


BATTLE = Trigger("clash", "Battles", "Armed clash")
CIVILIAN_ATTACK = Trigger("civ_attack", "Violence against civilians", "Attack")
AIR = Trigger("air", "Explosions/Remote violence", "Air/drone strike")
#: Bodies handed over or exchanged: no fighting, whatever killed them (ACLED: Strategic developments).
BODIES = Trigger("bodies", "Strategic developments", "Other", ("bodies handed over",))
#: Bodies returned to their families: no event, but the fighting that killed them is background too.
BODIES_TO_KIN = Trigger("bodies_kin", "Strategic developments", "Other", ("bodies handed over",))
TAKEOVER = Trigger("takeover", "Battles", "Non-state actor overtakes territory")
PROTEST = Trigger("protest", "Protests", "Peaceful protest")
PROTEST_INTERVENTION = Trigger("protest", "Protests", "Protest with intervention")
#: Protesters met with lethal weapons (ACLED): the protest keeps the toll of the fire it met.
PROTEST_FORCE = Trigger("protest", "Protests", "Excessive force against protesters")
TRANSFER = Trigger("transfer", "Strategic developments", "Non-violent transfer of territory")
AGREEMENT = Trigger("agreement", "Strategic developments", "Agreement")
RIOT_WORDS = Trigger("riot", "Riots", "Violent demonstration")
ARSON = Trigger("arson", "Strategic developments", "Looting/property destruction")
DISPLACEMENT = Trigger("displacement", "Strategic developments", "Other", ("displacement",))
#: A bomb or mine defused or dismantled (ACLED: Strategic developments / Disrupted weapons use);
#: never in the lexicon: :meth:`_Context._clause_events` turns a defused device into it.
DISRUPTED = Trigger("disrupted", "Strategic developments", "Disrupted weapons use")
TRIGGERS: dict[Trigger, tuple[str, ...]] = {
    BATTLE: ("اشتباكات", "اشتباك", "اشتبك", "اشتبكت", "اشتبكوا", "معارك", "معركة", "مواجهات",
             "تشتبك", "يشتبك", "يشتبكون",
             # an ambush laid for a patrol or a convoy ("قُتل أربعة عناصر في كمين نصبه مسلحون")
             "كمين", "كمينا", "كمائن", "اقتتال", "اقتتالا", "مناوشات", "مناوشة", "أطلق النار", "أطلقوا النار",
             "إطلاق النار", "إطلاق نار", "تبادل لإطلاق النار", "اقتحام", "اقتحمت", "هاجمت", "هاجم", "هاجموا",
             "هجوم مسلح", "رشقات", "لرشقات", "بالرشاشات الثقيلة", "بالرشاشات", "بالأسلحة الرشاشة",
             "مواجهة مسلحة", "مواجهة مماثلة", "مواجهة عنيفة", "مواجهتين"),
    Trigger("shelling", "Explosions/Remote violence", "Shelling/artillery/missile attack"):
        ("قصف", "قصفت", "يقصف", "تقصف", "يقصفون", "قصفته", "قصفتها", "قصفوا", "قذيفتان", "قذيفتين", "قذيفتي هاون",
         "قذيفتا هاون", "قذائف هاون", "قذيفة هاون", "قذائف الهاون", "قذيفة الهاون", "قذائف صاروخية",
         "قذيفة صاروخية", "قصف مدفعي", "استهدفت بقذائف", "قذائف مدفعية", "قذيفة مدفعية", "قذائف", "قذيفة",
         "بالمدفعية", "بالمدفعية الثقيلة", "القصف المدفعي",
         # a strike named by its missile: "جراء استهداف صاروخي تركي"، "بقصف صاروخي"، "ضربة صاروخية"
         "استهداف صاروخي", "الاستهداف الصاروخي", "قصف صاروخي", "القصف الصاروخي", "هجوم صاروخي",
         "الهجوم الصاروخي", "ضربة صاروخية", "ضربات صاروخية",
         # a missile that fell: "سقط صاروخ على محيط المطار"
         "سقط صاروخ", "سقوط صاروخ", "سقطت صواريخ", "سقوط صواريخ", "سقط صاروخان", "سقوط صاروخين"),
    AIR:
        ("غارة جوية", "غارات جوية", "طائرة مسيرة", "طائرة مسيّرة", "قصف جوي", "طائرات مسيرة", "طائرتين مسيرتين",
         "الطائرات المسيرة", "الطائرة المسيرة", "طائرة بدون طيار", "طائرة دون طيار", "طائرات بدون طيار",
         "طيران مسير", "الطيران المسير", "الطيران الحربي", "طيران حربي", "ضربة جوية", "ضربات جوية",
         "غارة", "غارات", "غارتين", "درون", "مسيرة", "مسيرات", "مسيرتين", "مسيرتان", "طائرتان مسيرتان", "بدون طيار", "دون طيار",
         "طائرة حربية", "طائرات حربية", "مقاتلات حربية", "المقاتلات التركية",
         # an attack noun with "of the air": "باستهداف جوي تركي"، "في هجوم جوي"، "القصف الجوي"
         "استهداف جوي", "الاستهداف الجوي", "استهدافات جوية", "هجوم جوي", "الهجوم الجوي", "هجمات جوية",
         "القصف الجوي", "عدوان جوي"),
    Trigger("ied", "Explosions/Remote violence", "Remote explosive/landmine/IED"):
        ("عبوة ناسفة", "انفجار عبوة", "لغم أرضي", "انفجار لغم", "لغم مزروع", "التفجير الذي ضرب", "تفجير ضرب",
         "انفجار ضرب", "الانفجار الذي ضرب", "انفجار هز", "تفجير هز", "الانفجار الذي هز", "التفجير الذي هز", "سيارة مفخخة", "دراجة نارية مفخخة", "دراجة مفخخة", "عبوة مفخخة", "دراجة مفخخة أخرى",
         "ضرب انفجار", "هز انفجار",
         # a bombing that shook a place, the noun after its verb: "هز تفجير استهدف دورية … المدينة"
         "هز تفجير", "هزت تفجيرات", "هز تفجيران", "ضرب تفجير",
         # an ambush laid with mines or bombs is the blast ("إثر كمين بالألغام الأرضية استهدف دورية")
         "كمين بالألغام", "كمين بالألغام الأرضية", "كمين بلغم", "كمين بعبوة", "كمين بعبوة ناسفة", "كمين بعبوات ناسفة"),
    Trigger("suicide", "Explosions/Remote violence", "Suicide bomb"):
        ("تفجير انتحاري", "هجوم انتحاري", "حزام ناسف", "بحزام ناسف", "تفجيرين انتحاريين", "تفجيران انتحاريان",
         "تفجيرات انتحارية", "هجومين انتحاريين", "هجمات انتحارية", "فجر انتحاري", "فجرت انتحارية"),
    Trigger("grenade", "Explosions/Remote violence", "Grenade"): ("قنبلة يدوية", "قنبلة", "قنابل يدوية"),
    CIVILIAN_ATTACK:
        ("مقتل طفل", "مقتل طفلة", "مقتل مدني", "مقتل مدنيين", "مقتل امرأة", "استشهاد طفل", "مقتل شيخ",
         "قتل مدني", "قتل طفل", "قتلت طفلة", "قتلت امرأة", "قتل مدنيان",
         "اغتيال", "اغتال", "اغتالوا", "اغتالت", "اغتالته", "اغتالها", "قنص طفل", "إصابة طفل",
         # a headline's present tense: "مسلحون يغتالون مختاراً"، "مجهولون يقتلون راعياً"
         "يغتال", "يغتالون", "تغتال", "يقتلون", "قتلوه", "قتلوها"),
    Trigger("abduction", "Violence against civilians", "Abduction/forced disappearance"):
        ("اختطاف", "خطف", "اختطفت", "اختطف", "اختطفوا", "خطفوا", "خطفت",
         "تختطف", "يختطف", "يختطفون", "خطفوه", "خطفوها", "اختطفوه", "اختطفوها", "اختطفته", "خطفته"),
    AGREEMENT:
        ("صفقة تبادل", "صفقة التبادل", "عملية تبادل", "عملية التبادل", "الإفراج المتبادل", "إفراج متبادل", "هدنة", "وقف إطلاق النار", "وقف إطلاق نار", "وقف لإطلاق النار", "اتفاق", "اتفاقا", "اتفاقية", "وقفا لإطلاق النار", "وقفا لاطلاق النار", "وقفاً لإطلاق النار", "تهدئة", "مصالحة",
         "تفاهم", "تفاهما", "صلح", "وثيقة صلح", "تبادل للأسرى", "تبادل الأسرى", "تبادل المحتجزين", "تبادل للمحتجزين"),
    Trigger("meeting", "Strategic developments", "Other", ("meeting",)):
        ("اجتماع", "اجتماعا", "لقاء", "لقاءات", "اجتمع", "مفاوضات", "محادثات"),
    Trigger("deployment", "Strategic developments", "Change to group/activity"):
        ("استقدمت", "استقدم", "تعزيزات", "أنشأت نقاط", "انتشرت دوريات", "انتشرت قوات", "انتشرت قوى", "أقامت حواجز", "أقامت حاجزا", "نصبت حواجز", "نصبت حاجزا", "نصب حاجز", "حواجز جديدة",
         "حاجزا جديدا", "نقاط جديدة", "نشرت",
         "دورية مشتركة",
         "دوريات مشتركة", "عززت"),
    DISPLACEMENT:
        ("نزحت", "نزوح", "نزح", "نزحوا", "فرت", "فروا", "فرار", "نازحة", "نازحين", "نازحون", "مغادرة منازلهم", "ترك منازلهم",
         "مغادرة منازلها", "ترك منازلها", "مغادرة بيوتهم", "ترك بيوتهم", "تهجير", "إخلاء منازلهم"),
    TAKEOVER:
        ("سيطرت على", "بسطت سيطرتها", "أحكمت سيطرتها", "فرضت سيطرتها", "تمكنت من السيطرة", "من السيطرة على", "طردت", "تطرد",
         "استولت", "استولوا", "استولى", "استعادة السيطرة", "استعادت السيطرة", "استعاد السيطرة",
         "انتزعت", "انتزع", "انتزعوا",
         # a place "liberated" (ACLED: its takeover); people freed (حررت مختطفين) are not
         "حررت بلدة", "حررت مدينة", "حررت قرية", "حررت حي", "حرر بلدة", "حرر مدينة", "حرر قرية",
         "حرروا بلدة", "حرروا مدينة", "حرروا قرية", "حررت قرى", "حرروا قرى",
         # the noun: "أعلنت قسد تحرير ثلاث قرى"، "بعد تحرير بلدة الهول"
         "تحرير قرية", "تحرير قرى", "تحرير بلدة", "تحرير مدينة", "تحرير حي", "تحرير ثلاث قرى",
         "تحرير قريتين", "تحرير عدة قرى",
         # the takeover completed: "أعلنت قسد استكمال السيطرة على بلدة الهول"
         "استكمال السيطرة", "استكملت السيطرة", "استكمل السيطرة"),
    Trigger("arrest", "Strategic developments", "Arrests"):
        ("اعتقال", "اعتقلت", "اعتقل", "اعتقلوا", "اقتادت", "اقتاد", "اقتادوا", "اقتادتهم", "اقتادوهم", "اقتادته", "اقتادتها", "اقتادوه", "اقتادوها",
         "اقتاده", "اقتادهم", "اقتادتهما", "اقتادوهما", "اقتيد", "اقتيدوا", "اقتيدت", "احتجزت", "احتجز", "احتجزوا", "احتجاز", "توقيف", "حملة اعتقالات", "اعتقالات", "حملة أمنية", "حملة مداهمات", "حملة دهم",
         "اعتقلته", "اعتقلتهم", "اعتقلوه", "اعتقلوهم", "احتجزته", "احتجزتهم", "احتجزوه", "احتجزوهم", "اعتقلتها", "القبض على", "قبض على", "ألقت القبض", "القبض",
         # a headline's present tense: "الأسايش تعتقل ناشطاً في عامودا"
         "تعتقل", "يعتقل", "يعتقلون", "تعتقلان"),
    PROTEST:
        ("مظاهرة", "تظاهرة", "احتجاج", "وقفة احتجاجية", "تظاهر", "احتج", "احتجوا", "مظاهرات", "تظاهرات",
         "وقفات احتجاجية", "اعتصام", "اعتصاما", "اعتصامات", "اعتصم", "اعتصموا", "تظاهروا", "تظاهرت",
         "وقفة تضامنية", "وقفة احتجاجية", "مسيرة احتجاجية", "مسيرات احتجاجية", "وقفتين احتجاجيتين",
         "وقفتان احتجاجيتان", "مظاهرتين", "تظاهرتين", "مظاهرتان", "تظاهرتان",
         # a stand named by what it is, not by "احتجاجية": "وقفة مماثلة" (similar_attack dates it),
         # "وقفة صامتة"، "وقفة احتجاج"، "وقفة تنديد"، "وقفة للتضامن"
         "وقفة مماثلة", "وقفات مماثلة", "وقفة مشابهة", "وقفات مشابهة", "وقفة صامتة", "وقفات صامتة",
         "وقفة احتجاج", "وقفة تنديد", "وقفة استنكار", "وقفة غاضبة", "وقفة للتضامن", "وقفة شموع",
         # a strike is a protest (ACLED): "أضرب أصحاب المحال"، "إضراباً عاماً"
         "إضراب", "إضرابا", "إضراباً", "إضرابات", "أضرب", "أضربوا", "أضربت"),
    RIOT_WORDS:
        ("أعمال شغب", "شغب", "إحراق إطارات", "حرق إطارات", "أحرقوا إطارات", "حرق الإطارات", "إحراق الإطارات",
         "استعصاء", "استعصاءً"),  # a prison mutiny: detainees riot (ACLED: Violent demonstration); الاستعصاء refers back
    ARSON:
        ("أضرموا النار", "أضرم النار", "أضرمت النار", "إضرام النار", "أحرقوا مقر", "أحرقوا مكتب", "إحراق مقر",
         "إحراق مكتب", "حرق مقر", "حرق مكتب",
         # looting and wrecking (ACLED: Looting/property destruction): "نهب مسلحون صيدلية"، "هدمت منازل"
         # (not the noun نهب, "نهب ثروات الشعب", nor a demolition: a municipality pulls down houses too)
         "نهبوا", "نهبت", "سرقوا محتويات", "دمروا محتويات", "حطموا محتويات", "يحطمون محتويات"),
    TRANSFER:
        ("انسحاب", "انسحبت", "انسحب", "انسحبوا", "أخلت", "أخلى", "سلمت مقر", "تسليم مقر"),
}
EVENT_WORDS_CSV = Path(__file__).with_name("data") / "event_words.csv"


def load_event_words(path: str | Path = EVENT_WORDS_CSV) -> dict[str, frozenset[str]]:
    """The rule word lists of ``event_words.csv`` (``word,role,note``; the note explains the
    role once) by role, normalised at import like the tokens they are compared with
    (:func:`~pipeline.arabic.load_word_roles`; the trap that once broke :mod:`pipeline.numbers`)."""
    return load_word_roles(path)


_WORDS = load_event_words()
_FIGHTING = {"Battles", "Explosions/Remote violence"}
_ASSASSINATION = _WORDS["assassination"]
#: A killing verb with one victim's pronoun on it (``قتلوه``، ``قتلوها``: ``killed_one``).
_KILLED_HIM = _WORDS["killed_one"]
_ATTEMPT = _WORDS["survived_attempt"]
#: Remote violence: a weapon that hits someone (shelling, drones, bombs).
_REMOTE = {"shelling", "air", "ied", "grenade", "suicide"}
#: Who acts, named after these words: "برصاص قوات النظام"، "على يد مسلحين"، "من قبل الأسايش".
_AGENT_MARKERS = _WORDS["agent_marker"]
#: Words that head an actor's name as a subject: "عناصر من الدفاع الوطني"، "قناص تابع لقوات النظام".
_SUBJECT_HEADS = _WORDS["subject_head"]
#: The shooting words of a clash trigger (an attack on a person carried out by shooting).
_SHOOTING = _WORDS["shooting"]
#: Crowds that are actor1 of protests and riots, never their target.
_CROWDS = {"rioters", "protesters", "civilians"}
#: The first words of the civilian-victim triggers ("مقتل طفل", "إصابة طفل"), normalised.
_VICTIM_NOUNS = _WORDS["victim_noun"]
#: Kinds after which two actors are adversaries (actor1 vs actor2).
_TWO_SIDED = {"clash", "shelling", "air", "ied", "grenade", "takeover", "agreement", "meeting"}

CASUALTY_WORDS = {
    "killed": ("مقتل", "مقتله", "مقتلها", "مقتلهما", "مقتلهم", "قتل", "قتلت", "قتلوا", "قتلى", "قتيل", "قتيلا", "قتيلان",
               "قتيلين", "استشهاد", "استشهد", "استشهدت", "قتلا", "استشهدا", "استشهدوا",
               "شهداء", "شهيد", "شهيدان", "شهيدين", "مصرع", "مصرعه", "مصرعهم", "مصرعهما", "فقدان", "وفاة", "توفي", "توفيت",
               "حتفه", "حتفهم", "حتفهما", "استشهاده", "استشهادها", "استشهادهم", "استشهادهن", "استشهادهما",
               "مقتلهن", "أودت بحياة", "أودى بحياة", "يودي بحياة", "تودي بحياة",
               # "راح ضحيته مدنيان"، "ذهب ضحيتها ثلاثة": the victims of the act told before, counted after
               "راح ضحيته", "راح ضحيتها", "راح ضحيتهم", "راح ضحيتهما", "ذهب ضحيته", "ذهب ضحيتها",
               "ذهب ضحيتهم", "ذهب ضحيتهما", "سقط ضحيته", "سقط ضحيتها", "سقط ضحيتهم",
               # a martyr's death told as ascending: "ارتقى مقاتلان …"، "ارتقاء شهيدين"
               "ارتقى", "ارتقت", "ارتقيا", "ارتقوا", "ارتقاء",
               ),
    "injured": ("إصابة", "اصابة", "إصابات", "جرح", "جرحى", "جريح", "جريحا", "جريحان", "جريحين", "مصابين", "مصاب",
                "أصيب", "أصيبت", "أصيبوا", "أصابوا", "أصابت", "أصيبا", "أصاب",  # verbs: "وأصيب ثلاثة آخرون"، "وأصابوا اثنين"
                "إصابته", "إصابتها", "إصابتهما", "إصابتهم", "إصابتهن"),  # "ما أدى إلى إصابته بجروح": his wounding
}
#: Casualty words that name the victims, after their number ("ثلاثة قتلى"، "لقي عنصران حتفهما"),
#: with the number a singular or dual form gives by itself ("خلفت قتيلاً"، "سقط قتيلان").
_CASUALTY_NOUNS = {"مقتله": 1, "مقتلها": 1, "مقتلهما": 2, "مقتلهم": None, "مقتلهن": None,
                   "استشهاده": 1, "استشهادها": 1, "استشهادهما": 2, "استشهادهم": None, "استشهادهن": None, "قتلي": None, "قتيل": 1, "قتيلا": 1, "قتيلان": 2, "قتيلين": 2, "شهداء": None, "شهيد": 1, "شهيدان": 2, "شهيدين": 2,
                   "جرحي": None, "جريح": 1, "جريحا": 1, "جريحان": 2, "جريحين": 2, "مصابين": None, "مصاب": 1,
                   "مصرعه": 1, "مصرعهم": None, "مصرعهما": 2, "حتفه": 1, "حتفهم": None, "حتفهما": 2,
                   "اصابته": 1, "اصابتها": 1, "اصابتهما": 2, "اصابتهم": None, "اصابتهن": None}
_NEGATORS = _WORDS["negator"]
_MEDIATION = _WORDS["mediation"]
_ASSOC = _WORDS["associate"]
#: Words after which an actor supports the subject's act (بمساندة من التحالف الدولي): associated.
_SUPPORT = _WORDS["support"]
_STATEMENT = _WORDS["statement"]
_SPEECH = _WORDS["speech"]
_REPORTING = _WORDS["reporting"]
_FIRST_PERSON_FORCES = _WORDS["first_person_forces"]
_BOTH_SIDES = _WORDS["both_sides"]
_CLAUSE_BREAKS = _WORDS["clause_break"]
#: "، كما" (and also) opens a clause of its own: another act (``split_sentences``).
_ALSO_BREAKS = _WORDS["also_break"]
_BREAK_WORDS = _CLAUSE_BREAKS | {"حين", "وقت"} | _ALSO_BREAKS
#: After "في وقت", these make it a time ("في وقت سابق"، "في وقت متأخر من الليل"), not "while".
_TIME_AFTER_WAQT = frozenset({"سابق", "لاحق", "متاخر", "مبكر", "قصير", "واحد", "قياسي", "مماثل", "ما", "سابقا", "لاحقا"})
_SEMICOLON_RE = re.compile("؛")
_BAIN = frozenset({"بين", "وبين"})
_BOUNDARY_RE = re.compile(r"[.!?؟\n]+")
_COMMA_RE = re.compile("[،,]")
_CONTROL_VERBS = _WORDS["control_verb"]


def build_trigger_matcher() -> PhraseMatcher[Trigger]:
    """The trigger lexicon compiled for matching (definite and indefinite forms)."""
    m: PhraseMatcher[Trigger] = PhraseMatcher(any_article=True)
    for trig, words in TRIGGERS.items():
        m.add_many(words, trig)
    return m


def build_casualty_matcher() -> PhraseMatcher[str]:
    m: PhraseMatcher[str] = PhraseMatcher(any_article=True)
    for kind, words in CASUALTY_WORDS.items():
        m.add_many(words, kind)
    return m


# --------------------------------------------------------------------------- stage: when


#: A year told more than this many words after an event's trigger belongs to a clause of its own
#: (a relative clause: what the people it names did that year), not to the event.
_YEAR_REACH = 6

def anchor_date(ctx: _Context, trig_tok: int, clause: Clause) -> tuple[DateSpan | None, int]:
    """When an event happened: the date its own clause states, with how sure that is.

    A date belongs to the clause that states it: among the clause's dates, those in the
    trigger's own comma-separated stretch come first, then those in stretches with no
    trigger of their own; a date in a stretch that reports another event is that event's
    ("اندلعت اشتباكات في حي طي، وقصفت قوات النظام صباح اليوم حي الهلالية": the clash is
    not dated by the shelling's morning), except a meeting's, which is the date of the
    agreement reached there ("اتفقوا، خلال اجتماع عقد أمس، على …"). Of those, the nearest to the trigger wins. A
    "since" phrase (``منذ مساء الثلاثاء``) never dates an event by itself: it opens an
    interval from its day to the publication date for the event of its clause, and it is
    never the article's running date. Then a date of the statement that reports the event
    (``في بيان نشرته مساء الثلاثاء``), then a free date of the sentence, then the last date
    the article gave (quality 0: inferred; after a flashback, :func:`flashback`, the last date of
    the news before it, unless the clause is a flashback too, says it is at that time,
    :func:`told_then`, or tells one more act of the flashback's kind, :func:`one_more_told`) — unless the clause is in the present tense of an
    ongoing state (``وتشهد المنطقة حركة نزوح``): that is the day of publication; a clause
    that says so (``في اليوم ذاته``، :func:`same_day`) takes the last date told as its own. A day
    after publication told in another stretch (``…، على أن تدفن غداً``) is a plan's, never the act's.

    Returns
    -------
    (DateSpan or None, int)
        The date and its quality: 2 own clause, 1 the report's or the sentence's date, 0
        inferred from earlier sentences (None: the publication date will be used).
    """
    mine = ctx._segment(trig_tok)
    segments = ctx._trigger_segments
    agreed = trig_tok in ctx._agreement_toks

    def free(first: int) -> bool:
        seg = ctx._segment(first)
        return seg == mine or not segments.get(seg) or (agreed and seg in ctx._meeting_segments)

    own: list[tuple[int, int, DateSpan]] = []
    reporting: list[tuple[int, int, DateSpan]] = []
    since: list[DateSpan] = []
    published = ctx.article.published
    for first, last, d in ctx._dates.between(clause.first, clause.last):
        if not free(first) or (first > trig_tok and _behind_a_cause(ctx, trig_tok, first)):
            continue  # "اندلعت المواجهات عقب تبادل اعتقالات خلال الأيام الماضية": the cause's date
        if d.date_from > published and ctx._segment(first) != mine:
            continue  # "تسلم الجيش جثث …، على أن تدفن غداً": a plan's day, told beside the act
        if first > 0 and ctx.words[first - 1] in ("حتي", "لغايه") and not d.background:
            continue  # "أسفرت المواجهات حتى ظهر اليوم عن …": where a count stops, not when it happened
        if d.background and the_day_when(ctx.words, last):
            own.append((first, last, replace(d, background=False)))  # "منذ 22 شباط، يوم أصابت مسيرة …"
        elif d.background and spans_a_year(d):
            continue  # "للمرة السابعة منذ بداية العام الجاري": a running count's interval dates no event
        elif spans_a_year(d) and first - trig_tok > _YEAR_REACH:
            continue  # "اعتقلت … رجالاً قاتلوا في صفوف التنظيم في عام 2017": the year of what they did
        elif d.background:
            since.append(d)
        else:
            (reporting if ctx._is_reporting_date(first) else own).append((first, last, d))
    if len(own) > 1:
        # "قالت قسد، اليوم الأحد، إن أحد عناصرها قُتل … مساء أمس السبت": the day between the speech verb and
        # its «إن» is the statement's; the act's is the one its reported clause gives
        said = [fd for fd in own if statement_date(ctx.words, fd[0], fd[1], trig_tok, clause.sentence.first)]
        if said and len(said) < len(own):
            own = [fd for fd in own if fd not in said]
            reporting += said
    if own:
        own = after_the_cause(ctx.words, trig_tok, own)
        same = [fd for fd in own if ctx._segment(fd[0]) == mine] or own
        best = min(same, key=lambda fd: min(abs(fd[0] - trig_tok), abs(fd[1] - trig_tok)))
        return offset_in_a_recap(ctx, best, own)[2], 2
    if since:
        d = since[-1]
        if d.date_from < published:
            return DateSpan(d.start, d.end, d.text, d.date_from, published, 2, d.part_of_day, d.time_from,
                            background=True), 2
        return d, 2
    if reporting:
        return reporting[0][2], 1
    sent = clause.sentence
    sent_dates = [d for first, _, d in ctx._dates.between(sent.first, sent.last)
                  if not d.background and not ctx._is_reporting_date(first) and free(first) and not spans_a_year(d)
                  and d.date_from <= published]
    if sent_dates:
        return sent_dates[0], 1
    told = told_earlier_in_sentence(ctx, sent, trig_tok)
    if told is None and ctx.last_date is not None and same_day(ctx.words, clause):
        # "وتجمع ذوو المعتقلين، ظهر اليوم نفسه، …، دون أن يتعرض لهم أحد": the day it says it was
        # is told before a present-tense verb of the clause can make it the day of publication
        return ctx.last_date, 2
    if _in_window(ctx.words, _ONGOING_VERBS, clause.first, clause.last + 1):
        return None, 0  # "وتشهد المنطقة حركة نزوح": the present tense reports the day of publication
    if told is not None and not (same_day(ctx.words, clause) or next_day(ctx.words, clause)):
        return told, 1  # "معارك نيسان 2016، حين اقتتل الطرفان …، قبل أن يتوقف القتال بهدنة"
    if ctx.last_date is not None and same_day(ctx.words, clause):
        return ctx.last_date, 2  # "وفي اليوم ذاته، اعتقلت …": the day just told, said so
    if ctx.last_date is not None and next_day(ctx.words, clause):
        d = ctx.last_date  # "وفي اليوم التالي، انتشرت …": the day after the day just told
        one = dt.timedelta(days=1)
        return DateSpan(d.start, d.end, d.text, d.date_from + one, d.date_to + one, d.time_precision), 2
    if ctx.last_date is not None and new_scene(ctx, sent) and not one_more_of_the_kind(ctx, trig_tok):
        return None, 0  # "وفي مدينة القامشلي، أغلقت …" after a report of yesterday: today's news from elsewhere
    if ctx.news_date is not ctx.last_date and not flashback(ctx.words, sent) and not told_then(ctx.words, clause) \
            and not one_more_told(ctx, sent, trig_tok) and not names_the_act_told(ctx, sent, clause):
        # "وكانت الاشتباكات قد اندلعت مساء أمس. كما رصد المرصد حركة نزوح …": the news, not the flashback's day
        return ctx.news_date, 0
    return ctx.last_date, 0


def after_the_cause(words: list[str], trig_tok: int,
                    own: list[tuple[int, int, DateSpan]]) -> list[tuple[int, int, DateSpan]]:
    """Stage (when): an event named right after an after-word (``بعد``، ``عقب``، ``إثر``:
    ``after_word`` rows) is the earlier act the clause's main verb came after (``ساد هدوء حذر، صباح
    الأربعاء، …، بعد اتفاق توصل إليه الطرفان، مساء الثلاثاء``): a date told before the after-word
    is the aftermath's, not the act's, when the clause tells a date after the trigger too. Those
    dates are left out; with no date after the trigger the clause's date stays the event's.

    Parameters
    ----------
    words : list of str
        The article's normalised words.
    trig_tok : int
        The trigger's first token.
    own : list of (int, int, DateSpan)
        The clause's own dates (first token, last token, date) :func:`anchor_date` chooses from.

    Returns
    -------
    list of (int, int, DateSpan)
        ``own`` less the aftermath's dates.
    """
    after = next((k for k in range(trig_tok - 1, max(trig_tok - 3, -1), -1)
                  if words[k].lstrip("و") in _AFTER_WORDS), None)
    if after is None or not any(first > trig_tok for first, _, _ in own):
        return own
    return [fd for fd in own if fd[1] >= after]


_BEGAN_VERBS = _WORDS["began_verb"]
#: How far before the trigger a verb of beginning may stand (its subject and object between).
_BEGAN_REACH = 6
#: The longest fighting whose first day an opening act takes (a siege of days, not a war of months).
_OPENING_SPAN_DAYS = 7


def opening_act(ctx: _Context, trig_tok: int, clause: Clause) -> DateSpan | None:
    """Stage (when): the act an attack or a fight began with (``وبدأ الهجوم بتفجير سيارة مفخخة``،
    ``وكان المهاجمون قد استهلوا هجومهم بتفجير …``: a ``began_verb`` up to six words before the
    trigger, a word with the instrumental ب between them), told with no day of its own, is of the
    first day of the fighting the article told over an interval (``تتواصل الاشتباكات منذ مساء
    أمس``): that day, not the day of publication. None when the text told no such interval.

    Parameters
    ----------
    ctx : _Context
        The article being read (its events told so far).
    trig_tok : int
        The trigger's first token.
    clause : Clause
        The trigger's clause.

    Returns
    -------
    DateSpan or None
        The first day of the fighting, one day.
    """
    words = ctx.words
    lo = max(clause.first, trig_tok - _BEGAN_REACH)
    began = next((k for k in range(trig_tok - 1, lo - 1, -1) if words[k].lstrip("و") in _BEGAN_VERBS), None)
    if began is None or not any(w.startswith("ب") and len(w) > 3 for w in words[began + 1:trig_tok + 1]):
        return None
    d = next((f.date for f in reversed(ctx.drafts) if f.trigger.event_type in _FIGHTING and f.date is not None
              and 0 < (f.date.date_to - f.date.date_from).days <= _OPENING_SPAN_DAYS), None)
    if d is None:
        return None
    return DateSpan(d.start, d.end, d.text, d.date_from, d.date_from, 1, d.part_of_day)


def one_more_of_the_kind(ctx: _Context, trig_tok: int) -> bool:
    """Stage (when): whether the trigger at ``trig_tok`` names one more act of a kind the article
    has told (``وفي ريف عامودا، استهدفت مسيرة أخرى صهريج وقود``، ``طالت ضربة ثالثة …``: an
    ``another_act`` word right after it, or after the word after it: ``قصفت مسيرة أخرى``, a kind
    named up to that word counts). That act is of the wave just
    told, on its day, even in a sentence that opens a new scene (:func:`new_scene`), which alone
    would make it the news of the day of publication.

    Parameters
    ----------
    ctx : _Context
        The article being read (its events told so far).
    trig_tok : int
        The trigger's first token.

    Returns
    -------
    bool
    """
    words = ctx.words
    k = next((k for k in (trig_tok + 1, trig_tok + 2) if k < len(words) and words[k] in _ANOTHER_ACTS), None)
    if k is None:
        return False
    # the kinds named up to the word of "another" ("قصفت مسيرة أخرى": the verb's and the drone's)
    kinds = {m.payload.kind for m in ctx._trigs.between(trig_tok, k - 1)}
    return any(d.trigger.kind in kinds for d in ctx.drafts)


#: "خلال الأيام الثلاثة الأولى من"، "في اليومين الأولين من"، "خلال الأسبوع الأول من": the first days of something.
_FIRST_DAYS_RE = re.compile(
    r"(?:^| )(?:خلال|في) (?:(?:ال)?(?P<two>يومين) (?:ال)?(?:اولين|اوليين)|(?:ال)?ايام (?:ال)?(?P<n>ثلاثه|اربعه|خمسه|سته|سبعه|عشره) "
    r"(?:ال)?اولي|(?:ال)?(?P<week>اسبوع) (?:ال)?اول) من ")
_FIRST_DAYS_N = {"ثلاثه": 3, "اربعه": 4, "خمسه": 5, "سته": 6, "سبعه": 7, "عشره": 10}
#: How far after the trigger the phrase may begin, in words.
_FIRST_DAYS_REACH = 20


def first_days_of(ctx: _Context, trig_tok: int, clause: Clause) -> DateSpan | None:
    """Stage (when): an act told as done during the first days of a campaign or an operation
    (``اعتقال 27 شخصاً خلال الأيام الثلاثة الأولى من حملة أمنية``، ``خلال اليومين الأولين من حملة …
    انطلقت صباح الأحد الماضي``، ``خلال الأسبوع الأول من …``), the phrase at most twenty words after
    the trigger in its clause, is of those days: from the first day told after the phrase (in its
    sentence or the next: ``إن الحملة التي انطلقت يوم الخميس الماضي``), one day, in the past, not a
    "since", for that many days, not past publication. None with no such phrase or day; the
    statement's date then dates it as before (:func:`anchor_date`).

    Parameters
    ----------
    ctx : _Context
        The article being read.
    trig_tok : int
        The trigger's first token.
    clause : Clause
        The trigger's clause.

    Returns
    -------
    DateSpan or None
        The first days, ``time_precision`` 2.
    """
    words = ctx.words
    hi = min(clause.last, trig_tok + _FIRST_DAYS_REACH)
    if "من" not in words[trig_tok:hi + 1]:
        return None
    m = _FIRST_DAYS_RE.search(" ".join(words[trig_tok:hi + 1]))
    if m is None:
        return None
    n = 2 if m["two"] else 7 if m["week"] else _FIRST_DAYS_N[m["n"]]
    after = trig_tok + len(" ".join(words[trig_tok:hi + 1])[:m.end()].split())
    sents = [s for s in ctx.sentences if s.index in (clause.sentence.index, clause.sentence.index + 1)]
    end = sents[-1].last
    published = ctx.article.published
    start = next((d for first, _, d in ctx._dates.between(after, end)
                  if not d.background and d.date_from == d.date_to and d.date_from < published
                  and not ctx._is_reporting_date(first)), None)
    if start is None:
        return None
    last = min(published, start.date_from + dt.timedelta(days=n - 1))
    return DateSpan(start.start, start.end, start.text, start.date_from, last, 2)


#: How far back the fighting a displacement fled may have begun (days before the day it is dated).
_FLED_FIGHTING_DAYS = 7


def fled_the_fighting(ctx: _Context, trig_tok: int, clause: Clause, date: DateSpan | None) -> DateSpan | None:
    """Stage (when): a displacement with no day of its own whose clause names the fighting as
    what drove people out (``ودفعت المعارك مئات العائلات إلى النزوح``، ``نزحت عائلات هرباً من
    الاشتباكات``: a clash trigger in the clause) is of the days of that fighting: from the first
    day of the clashes the article told (at most a week before) to the day it is dated. None for
    any other trigger, or when the article told no earlier clash.

    Parameters
    ----------
    ctx : _Context
        The article being read (its events told so far).
    trig_tok : int
        The trigger's first token.
    clause : Clause
        The trigger's clause.
    date : DateSpan or None
        The date :func:`anchor_date` found (None: the day of publication).

    Returns
    -------
    DateSpan or None
        The days of the fighting, ``time_precision`` 2.
    """
    if not any(m.first == trig_tok and m.payload.kind == "displacement" for m in ctx._trigs.between(trig_tok, trig_tok)):
        return None
    if not any(m.payload.kind == "clash" for m in ctx._trigs.between(clause.first, clause.last)):
        return None
    end = date.date_to if date is not None else ctx.article.published
    begun = [d.date.date_from for d in ctx.drafts if d.trigger.kind == "clash" and d.date is not None
             and not d.recap and 0 < (end - d.date.date_from).days <= _FLED_FIGHTING_DAYS]
    if not begun:
        return None
    first = min(begun)
    s, e = (date.start, date.end) if date is not None else (0, 0)
    return DateSpan(s, e, date.text if date is not None else "", first, end, 2)


_RECAP_OFFSET_DAYS = 7


def offset_in_a_recap(ctx: _Context, best: tuple[int, int, DateSpan],
                      own: list[tuple[int, int, DateSpan]]) -> tuple[int, int, DateSpan]:
    """Stage (when): an offset counted from today (``قبل يومين``) after the trigger, in a
    clause that states a calendar date more than a week earlier before it (``وكان الطرفان قد
    أجريا في آذار 2021 عملية تبادل أفرجت خلالها قسد عن عنصرين اعتقلتهما قبل يومين``),
    counts from that earlier act, not from today: the event takes the calendar date."""
    first, _, d = best
    if not ctx.words[first].lstrip("و").startswith("قبل"):
        return best
    earlier = [fd for fd in own if fd[1] < first and not ctx.words[fd[0]].lstrip("و").startswith("قبل")
               and (d.date_from - fd[2].date_to).days > _RECAP_OFFSET_DAYS]
    return earlier[-1] if earlier else best


def told_earlier_in_sentence(ctx: _Context, sent: Sentence, trig_tok: int) -> DateSpan | None:
    """Stage (when): the last date its own sentence told before token ``trig_tok``, even in a
    stretch that reports another event, for an event whose clause gives no date: the text
    is read in order, so that date is the latest told, later than the article's running date
    (``وتعيد المواجهة إلى الأذهان معارك نيسان 2016، حين اقتتل الطرفان …، قبل أن يتوقف القتال
    بهدنة``: the truce is of April 2016, not of the day of the previous sentence). A "since"
    date, the date of a statement and a date after the trigger (another event's, see
    :func:`anchor_date`) are not told before it."""
    told = [d for first, last, d in ctx._dates.between(sent.first, trig_tok - 1)
            if last < trig_tok and not d.background and not ctx._is_reporting_date(first)
            and "منذ" not in {w.lstrip("و") for w in ctx.words[max(sent.first, first - 4):first]}]
    return told[-1] if told else None


#: The words without which :func:`day_before` finds nothing (``اليوم السابق``، ``قبل … بيوم``).
_DAY_BEFORE_WORDS = frozenset({"السابق", "بيوم"})
_FLASHBACK_WAS = frozenset({"كان", "كانت", "وكان", "وكانت", "فكان", "فكانت"})
#: How far after ``وكان``/``وكانت`` a flashback's ``قد`` may stand (its subject between).
_FLASHBACK_REACH = 8


def flashback(words: list[str], sent: Sentence) -> bool:
    """Stage (when): whether a sentence goes back in time (``وكانت الاشتباكات قد اندلعت مساء أمس
    الأربعاء``، ``وكان ممثلو الطرفين قد اتفقوا …``): ``كان``/``كانت`` in its first three words and
    ``قد`` at most eight words after it. Its date is the day just told, for the sentence that
    says it follows on (``في اليوم التالي``، ``في الليلة ذاتها``، :func:`told_then`), but not the
    news's: a later sentence with no date of its own is of the day the news was told
    (:func:`anchor_date`)."""
    for k in range(sent.first, min(sent.first + 3, sent.last + 1)):
        if words[k] in _FLASHBACK_WAS and "قد" in words[k + 1:min(sent.last + 1, k + 1 + _FLASHBACK_REACH)]:
            return True
    return False


_THEN_WORDS = _WORDS["then_word"]
_THAT = frozenset({"ذلك"})


_AT_START = frozenset({"مع", "عند", "لدي", "ومع", "وعند", "ولدي"})
_START_NOUNS = frozenset({"بدء", "انطلاق", "بدايه"})


def one_more_told(ctx: _Context, sent: Sentence, trig_tok: int) -> bool:
    """Stage (when): whether a sentence that opens with ``كما`` tells one more act of a kind the
    sentence before it told (``وكان أحد الوجهاء قد قُتل أمس برصاص قناص. كما قضى طفل برصاصة …``):
    the same time goes on. ``كما رصد المرصد حركة نزوح …`` after a flashback of the fighting
    tells something else: the news."""
    if ctx.words[sent.first] not in _ALSO_OPENERS:
        return False
    kinds = {m.payload.kind for m in ctx._trigs.between(trig_tok, trig_tok)}
    return any(d.sentence.index == sent.index - 1 and d.trigger.kind in kinds for d in ctx.drafts)


#: Definite nouns that name an act of a kind already told (``sequel_<kind>`` rows: ``الهجوم``).
_SEQUEL_NOUNS = {"clash": _WORDS["sequel_clash"], "shelling": _WORDS["sequel_shelling"]}


def names_the_act_told(ctx: _Context, sent: Sentence, clause: Clause) -> bool:
    """Stage (when): whether a clause names by a definite noun an act of the kind the sentence
    before it told (``وكان مسلحون … قد هاجموا حاجزاً … مساء الثلاثاء. وردّت الأسايش على الهجوم
    باعتقال …``: ``sequel_clash``, ``sequel_shelling`` rows): it follows on from that act, at its
    time, not the news's."""
    kinds = {d.trigger.kind for d in ctx.drafts if d.sentence.index == sent.index - 1}
    window = ctx.words[clause.first:clause.last + 1]
    return any(_any_stem(window, nouns) for kind, nouns in _SEQUEL_NOUNS.items() if kind in kinds)


def told_then(words: list[str], clause: Clause) -> bool:
    """Stage (when): whether a clause says it is at the time just told: a word of that time
    (``then_word`` rows: ``حينها``، ``آنذاك``، ``خلالها``) or the start of what was told (``مع
    بدء الحملة``، ``عند انطلاق …``) stands in it, or ``ذلك`` after a word of sequence (``بعد
    ذلك``، ``وإثر ذلك``) in its first six words."""
    if _any_stem(words[clause.first:clause.last + 1], _THEN_WORDS):
        return True
    if any(words[k] in _AT_START and words[k + 1] in _START_NOUNS for k in range(clause.first, clause.last)):
        return True
    head = words[clause.first:min(clause.last, clause.first + 5) + 1]
    return any(w in _THAT and k > 0 and (_stem(head[k - 1].lstrip("و"), _RECAP_WORDS) is not None
                                          or head[k - 1].lstrip("و") in _RECAP_WORDS)
               for k, w in enumerate(head))


def day_before(ctx: _Context, trig_tok: int, clause: Clause) -> bool:
    """Stage (when): whether the event is told as the day before the day its sentence or the
    text just told (``بعدما أغلق المسلحون مداخله في اليوم السابق``، ``وقبل ذلك بيوم واحد،
    اقتاد …``، ``قبلها بيوم``): the phrase in the trigger's comma stretch or in the first six
    words of its clause. The date found (:func:`anchor_date`) is then a day too late."""
    words = ctx.words
    if not has_any(words, _DAY_BEFORE_WORDS):  # (each phrase below needs one of them: most texts have neither)
        return False
    lo, hi = ctx._stretch(trig_tok)
    spans = ((max(lo, clause.first), min(hi, clause.last)), (clause.first, min(clause.last, clause.first + 5)))
    for a, b in spans:
        for k in range(a, b + 1):
            w = words[k].lstrip("وف").removeprefix("ب").removeprefix("في")
            nxt = words[k + 1] if k + 1 < len(words) else ""
            if w == "اليوم" and nxt == "السابق":
                return True
            if w in ("قبل", "قبلها", "قبله") and "بيوم" in words[k + 1:k + 3]:
                return True
    return False


def new_scene(ctx: _Context, sent: Sentence) -> bool:
    """Stage: whether a sentence opens a new scene of a round-up (``وفي مدينة القامشلي، …``،
    ``وفي ريف رأس العين، …``): ``وفي`` and a place, then a comma, within its first four words.
    With no date of its own it is news of the day of publication, not of the day the previous
    scene was dated (its date is not carried over)."""
    words = ctx.words
    if words[sent.first] != "وفي" or not ctx._places.between(sent.first + 1, sent.first + 3):
        return False
    if scene_told_before(ctx, sent):
        return False
    return any(ctx._segment(k) != ctx._segment(sent.first) for k in range(sent.first + 1, min(sent.last, sent.first + 5)))


def scene_told_before(ctx: _Context, sent: Sentence) -> bool:
    """Stage (when): whether the place that opens a sentence (``وفي الدرباسية، رفعت الأسايش حالة
    التأهب``) is the place of an event the article has told (``أقامت دوريات أمس نقاط تفتيش في
    القامشلي وعامودا والدرباسية، واقتادت …``): the report zooms into a place of the acts told, on
    their day, not a new scene of the day of publication (:func:`new_scene`)."""
    opening = {m.place_id for _, m in ctx._places.between(sent.first + 1, sent.first + 3) if m.place_id}
    return any(d.place is not None and d.place.place_id in opening and not d.place.unresolved_name
               for d in ctx.drafts)


_DAY_WHEN = frozenset({"يوم", "حين", "حينما", "عندما", "يومها"})
_PAST_WORDS = frozenset({"الفايت", "الماضي", "الماضيه", "الفايته", "الجاري", "المنصرم"})


def the_day_when(words: list[str], last: int) -> bool:
    """Stage: whether the "since" date ending at token ``last`` is told as the day of an act
    (``لم تشهد المنطقة ضربة مماثلة منذ 22 شباط، يوم أصابت مسيرة سيارة …``، ``منذ الثلاثاء
    حين اندلعت …``): ``يوم``، ``حين``، ``عندما`` right after it. That act happened on that day;
    the since-interval is the quiet after it."""
    k = last + 1
    while k < len(words) and k <= last + 2 and words[k] in _PAST_WORDS:
        k += 1  # "منذ 22 شباط الفائت، يوم …"
    return k < len(words) and words[k] in _DAY_WHEN


_SAME_DAY = frozenset({("اليوم", "ذاته"), ("اليوم", "نفسه"), ("ذات", "اليوم"), ("نفس", "اليوم"), ("ذلك", "اليوم"),
                       ("الوقت", "ذاته"), ("الوقت", "نفسه"), ("الليله", "ذاتها"), ("الليله", "نفسها"),
                       ("ذات", "الليله"), ("نفس", "الليله"), ("تلك", "الليله")})
_SAME_DAY_SECOND = frozenset(b for _, b in _SAME_DAY)


def next_day(words: list[str], clause: Clause) -> bool:
    """Whether the clause says its event was the day after the day just told (``في اليوم
    التالي``، ``في صباح اليوم التالي``، ``وفي اليوم الذي تلاه``)."""
    if "التالي" not in words[clause.first:clause.first + 13] and "تلاه" not in words[clause.first:clause.first + 14]:
        return False
    return any(words[k].removeprefix("و").removeprefix("ف").removeprefix("ب") == "اليوم"
               and words[k + 1] in ("التالي", "الذي") and (words[k + 1] == "التالي" or words[k + 2:k + 3] == ["تلاه"])
               for k in range(clause.first, min(clause.last - 1, clause.first + 12)))


def same_day(words: list[str], clause: Clause) -> bool:
    """Whether the clause says its event was on the day just told (``في اليوم ذاته``،
    ``في اليوم نفسه``، ``في ذات اليوم``، ``في الوقت نفسه``، ``عصر ذلك اليوم``، ``خلال الليلة ذاتها``)."""
    head = words[clause.first:min(clause.last, clause.first + 12) + 1]
    if _SAME_DAY_SECOND.isdisjoint(head):  # (most clauses: one pass in C)
        return False
    return any((words[k].removeprefix("و").removeprefix("ف").removeprefix("ب"), words[k + 1]) in _SAME_DAY
               for k in range(clause.first, min(clause.last, clause.first + 12)))


# --------------------------------------------------------------------------- structure


@dataclass(slots=True)
class Clause:
    """A token range of a sentence: ``[first, last]`` inclusive, and its sentence."""

    first: int
    last: int
    sentence: Sentence


@dataclass(slots=True)
class Sentence:
    """A sentence: token range, normalised character range and clauses."""

    index: int
    first: int
    last: int
    start: int  # normalised offsets
    end: int
    headline: bool = False
    clauses: list[Clause] = field(default_factory=list)


def split_sentences(nt: NormalisedText, tokens: Sequence[Token]) -> list[Sentence]:
    """Sentences (and their clauses) as token ranges.

    A sentence ends at ``.``, ``!``, ``?``/``؟`` or a line break; the first line is a
    headline when it has no full stop and is under 200 characters.
    """
    text = nt.text
    sents: list[Sentence] = []
    n = len(tokens)
    if n == 0:
        return sents
    starts, ends, words = starts_of(tokens), ends_of(tokens), words_of(tokens)
    first = 0
    line_end = text.find("\n")
    # a headline may join a place to its news with "..": "القامشلي.. اشتباكات في حي الطي"
    joined = 0 < line_end < 200 and "." not in text[:line_end].replace("..", "")
    for b in _BOUNDARY_RE.finditer(text):
        if joined and b.end() <= line_end:
            continue
        last = bisect.bisect_left(starts, b.start()) - 1  # last token before the mark
        if last >= first:
            sents.append(Sentence(len(sents), first, last, starts[first], ends[last]))
            first = last + 1
    if first < n:
        sents.append(Sentence(len(sents), first, n - 1, starts[first], ends[n - 1]))
    if sents:
        head = sents[0]
        if line_end != -1 and head.end <= line_end and line_end < 200 and "." not in text[:line_end].replace("..", ""):
            head.headline = True
        elif line_end == -1 and len(sents) == 1 and len(text.strip()) < 200 and "." not in text.replace("..", ""):
            head.headline = True  # a text that is one short line with no full stop: a headline alone
    semicolon = "؛" in text
    # the only tokens that can open a clause: a break word, or the first token after a ؛
    break_set = set(positions(tokens, _BREAK_WORDS))
    # "قُتل عنصر …، كما أصيب مقاتلان جراء قصف …" (also): after a comma, another act is told
    also = [k for k in positions(tokens, _ALSO_BREAKS) if k > 0 and "،" in text[ends[k - 1]:starts[k]]]
    break_set.update(also)
    if semicolon:
        break_set.update(bisect.bisect_right(starts, m.start()) for m in _SEMICOLON_RE.finditer(text))
    breaks = sorted(break_set)
    for s in sents:
        c_first = s.first
        for i in breaks[bisect.bisect_left(breaks, s.first):bisect.bisect_right(breaks, s.last)]:
            tok = words[i]
            gap = text[ends[i - 1]:starts[i]] if semicolon and i > s.first else ""
            # "في حين"، "في وقت رفعت …" (while): a new clause; "في وقت سابق" is a time
            waqt = tok == "وقت" and words[i - 1] == "في" and (i + 1 >= n or words[i + 1] not in _TIME_AFTER_WAQT)
            if i > c_first and (tok in _CLAUSE_BREAKS or "؛" in gap or waqt or i in also or
                                (tok == "حين" and words[i - 1] == "في")):
                cut = i - 1 if tok in ("حين", "وقت") else i
                if cut > c_first:
                    s.clauses.append(Clause(c_first, cut - 1, s))
                    c_first = cut
        s.clauses.append(Clause(c_first, s.last, s))
    return sents


# --------------------------------------------------------------------------- extraction


@dataclass(eq=False, slots=True)  # a draft is itself: compared by identity
class _Draft:
    """An event under construction, with the bookkeeping merging needs."""

    trigger: Trigger
    sentence: Sentence
    trig_first: int
    trig_last: int
    definite: bool
    date: DateSpan | None
    date_quality: int  # 2 own clause date, 1 reporting/sentence date, 0 discourse/published
    place: Mention | None
    place_quality: int  # 2 named in clause/sentence, 1 referred, 0 fallback
    actor1: str = ""
    actor2: str = ""
    assoc1: str = ""
    assoc2: str = ""
    mediator: str = ""
    anaphoric_parties: bool = False
    fatalities: Count | None = None
    injuries: Count | None = None
    displaced: Count | None = None
    duration_hours: float | None = None
    spans: list[tuple[int, int]] = field(default_factory=list)  # token ranges of evidence sentences
    notes: list[str] = field(default_factory=list)
    how: str = ""  # how the actors were read (the pattern part of ``rule``)
    found_by: str = ""  # "" lexicon; "split" (a verb apart from its object), "victim", "handover"
    recap: bool = False  # named as the cause or background of something else ("بعد يومين من الاشتباكات")
    # told as the time reference of another act ("ويأتي ذلك بعد يومين من قصف …": :func:`comes_after`):
    # it takes no toll from another sentence (:func:`told_acts`)
    time_reference: bool = False
    headline_only: bool = False

    @property
    def date_range(self) -> tuple[dt.date, dt.date] | None:
        return (self.date.date_from, self.date.date_to) if self.date else None


_STILL_VERBS = _WORDS["still_verb"]


def still_going_on(words: list[str], lo: int, hi: int) -> list[str]:
    """Stage (is it a fact): the words ``lo..hi-1`` before a trigger, less a ``لا``/``ما`` that a
    verb of "still" follows (``لا تزال المعارك متواصلة منذ مساء أمس``، ``ما زالت الاشتباكات
    مستمرة``: ``still_verb`` rows). That negator says the act goes on; it negates nothing, and the
    act is an event dated from its "since" (:func:`anchor_date`). ``لا اشتباكات في الحي`` stays
    negated.

    Parameters
    ----------
    words : list of str
        The article's normalised words.
    lo, hi : int
        The window before the trigger (``hi`` excluded).

    Returns
    -------
    list of str
        The window's words a negator is looked for in.
    """
    window = words[lo:hi]
    if _STILL_VERBS.isdisjoint(window):
        return window
    return [w for k, w in enumerate(window, lo)
            if not (w.lstrip("و") in ("لا", "ما") and k + 1 < len(words) and words[k + 1] in _STILL_VERBS)]


class EventExtractor:
    """Turns one analysed article into events and control claims.

    Build once per gazetteer/actor table; call :meth:`extract` per article.
    """

    def __init__(self, gazetteer: Gazetteer, actors: dict[str, Actor]):
        self.gazetteer = gazetteer
        self.actors = actors
        self.triggers = build_trigger_matcher()
        self.casualties = build_casualty_matcher()

    def word_lists(self) -> list:
        """The word lists this stage looks tokens up in (for :class:`~pipeline.arabic.Vocabulary`)."""
        return [self.triggers.first_words, self.casualties.first_words, _BREAK_WORDS, _BAIN, _CONTROL_VERBS,
                _SPLIT_OBJECTS, *stage_word_lists()]

    # ------------------------------------------------------------------ public
    def extract(
        self,
        article: Article,
        nt: NormalisedText,
        tokens: Sequence[Token],
        mentions: list[Mention],
        actor_matches: list[Match],
        dates: list[DateSpan],
        focus_city: str | None,
        sentences: list[Sentence] | None = None,
    ) -> tuple[list[Event], list[ControlClaim]]:
        """Events and control claims of one article.

        Parameters
        ----------
        article : Article
        nt : NormalisedText
        tokens : list of Token
        mentions : list of Mention
            Resolved place mentions (original offsets).
        actor_matches : list of Match
            Actor matches over ``tokens``.
        dates : list of DateSpan
        focus_city : str or None
            The city the article is about (see :mod:`pipeline.places`).
        sentences : list of Sentence, optional
            ``split_sentences(nt, tokens)`` when the caller has them already.

        Returns
        -------
        (events, control_claims)
        """
        ctx = _Context(self, article, nt, tokens, mentions, actor_matches, dates, focus_city, sentences)
        return ctx.run()


class _ByToken:
    """A list of per-article items (matches, mentions, dates) looked up by token range.

    Parameters
    ----------
    items : list
    firsts : list of int
        The first token index of each item.
    """

    def __init__(self, items: list, firsts: list[int]):
        self.items = items
        self.firsts = firsts
        self.ordered = all(a <= b for a, b in zip(firsts, firsts[1:]))

    def between(self, lo: int, hi: int) -> list:
        """The items whose first token is in ``[lo, hi]``, in list order.

        The pipeline's lists are in token order, so that is a slice found by bisection.
        """
        if self.ordered:
            return self.items[bisect.bisect_left(self.firsts, lo):bisect.bisect_right(self.firsts, hi)]
        return [x for x, f in zip(self.items, self.firsts) if lo <= f <= hi]


#: The phrase stages run on the lexicon's triggers, in order, each with the name it gives the
#: triggers it adds (the pattern part of an event's ``rule``); each takes (matches, words,
#: tokens, sentence starts) and returns the matches (the same list when it adds nothing).
TRIGGER_STAGES: tuple[tuple[str, Callable[[list[Match], list[str], Sequence[Token], frozenset[int]], list[Match]]], ...] = (
    ("split", lambda ms, w, t, s: _with_split_phrases(ms, t)),
    ("grip", lambda ms, w, t, s: grip_takeovers(ms, w)),
    ("launched", lambda ms, w, t, s: attacks_launched(ms, w, s)),
    ("people_attacked", lambda ms, w, t, s: people_attacked(ms, w)),
    ("animals", lambda ms, w, t, s: animals_attack(ms, w)),
    ("massacre_air", lambda ms, w, t, s: massacres_from_the_air(ms, w)),
    ("control_told", lambda ms, w, t, s: control_told(ms, w)),
    ("pronoun", lambda ms, w, t, s: pronoun_suffixed_triggers(ms, w)),
    ("metaphor", lambda ms, w, t, s: weapon_metaphors(ms, w)),
    ("blasts", lambda ms, w, t, s: blasts_shook(ms, w)),
    ("tyres", lambda ms, w, t, s: tyres_burnt(ms, w)),
    ("self", lambda ms, w, t, s: blew_themselves_up(ms, w)),
    ("suicide_attacker", lambda ms, w, t, s: suicide_attackers(ms, w)),
    ("vehicle_bomb", lambda ms, w, t, s: vehicle_bombs(ms, w, s)),
    ("went_off", lambda ms, w, t, s: devices_went_off(ms, w, s)),
    ("bombing_toll", lambda ms, w, t, s: bombings_that_killed(ms, w, s)),
    ("explosion_toll", lambda ms, w, t, s: explosions_that_killed(ms, w, s)),
    ("routine_check", lambda ms, w, t, s: routine_checks(ms, w)),
    ("aircraft", lambda ms, w, t, s: aircraft_strikes(drone_words(ms, w), w)),
    ("artillery", lambda ms, w, t, s: artillery_strikes(ms, w)),
    ("agreed", lambda ms, w, t, s: agreement_verbs(ms, w, s)),
    ("victim", lambda ms, w, t, s: victim_phrases(ms, w, s, bare_words(t))),
    # (after the victims: "قُتل شاب طعناً خلال شجار مع جاره" is the killing, not a fight)
    ("quarrel_toll", lambda ms, w, t, s: quarrels_that_killed(ms, w, s)),
    ("ambush", lambda ms, w, t, s: ambushes_told(ms, w, s)),
    ("fire_death", lambda ms, w, t, s: deaths_by_fire(ms, w)),
    ("bullet", lambda ms, w, t, s: bullets_hit(ms, w)),
    ("handover", lambda ms, w, t, s: handover_phrases(ms, w, s)),
    ("closure", lambda ms, w, t, s: road_closures(ms, w, bare_words(t))),
    ("cordon", lambda ms, w, t, s: cordons(ms, w)),
    ("cordon_since", lambda ms, w, t, s: present_cordons(ms, w)),
    ("reopen", lambda ms, w, t, s: roads_reopened(ms, w, s)),
    ("patrol", lambda ms, w, t, s: patrol_moves(ms, w)),
    ("alert", lambda ms, w, t, s: alert_measures(ms, w)),
    ("march", lambda ms, w, t, s: bare_marches(ms, w)),
    ("gathering", lambda ms, w, t, s: protest_gatherings(ms, w)),
    ("positions", lambda ms, w, t, s: position_handovers(ms, w)),
    ("exchange", lambda ms, w, t, s: exchange_releases(ms, w, s)),
    ("forced", lambda ms, w, t, s: forced_departures(ms, w, s)),
    ("went_out", lambda ms, w, t, s: families_went_out(ms, w, s)),
    ("detained", lambda ms, w, t, s: detained_persons(ms, t)),
    ("others", lambda ms, w, t, s: others_arrested(ms, t, s)),
    ("counted", lambda ms, w, t, s: detainees_counted(ms, t, s)),
    ("after_an", lambda ms, w, t, s: arrests_after_an(ms, t, s)),
    ("stones", lambda ms, w, t, s: stones_thrown(ms, w)),
    ("crowd_attack", lambda ms, w, t, s: crowd_attacks(ms, w, s)),
    ("apart", lambda ms, w, t, s: crowd_acts(ms, w)),
    ("found_body", lambda ms, w, t, s: bodies_found(ms, w, bare_words(t))),
)


#: Kinds of act that a year before the news in their clause, with no day of their own, tells as
#: before (:func:`earlier_year`): stones thrown, ground taken. (Not every kind: an arrest of a man
#: who took part in the 2019 protests is today's.)
_YEAR_TOLD_KINDS = frozenset({"riot", "takeover"})


class _Context:
    """Per-article state for :class:`EventExtractor`."""

    def __init__(self, ex: EventExtractor, article, nt, tokens, mentions, actor_matches, dates, focus_city,
                 sentences=None):
        self.ex, self.article, self.nt, self.tokens = ex, article, nt, tokens
        self.gaz = ex.gazetteer
        self.focus_city = focus_city
        self.sentences = sentences if sentences is not None else split_sentences(nt, tokens)
        self.words = words_of(tokens)
        # token index of each mention / actor / date (by normalised start offset)
        self._starts = starts_of(tokens)
        self._ends = ends_of(tokens)
        self.place_toks = [(self._tok_of(m.start), m) for m in mentions]
        self.actor_toks = the_organisation(self.words, [(m.first, m.last, m.payload) for m in actor_matches])
        self.date_toks = [(self._tok_of(d.start), self._tok_of(d.end - 1), d) for d in dates]
        self._date_first = {id(d): first for first, _, d in self.date_toks}
        starts = frozenset(s.first for s in self.sentences)
        # the lexicon's triggers, then each phrase stage in turn; ``_found_by``: how each trigger was
        # found when not from the lexicon (the pattern part of ``rule``), the last stage to add it
        trig = ex.triggers.find(tokens)
        self._found_by: dict[int, str] = {}
        for how, stage in TRIGGER_STAGES:
            after = stage(trig, self.words, tokens, starts)
            if after is not trig:
                self._found_by.update(dict.fromkeys({m.first for m in after} - {m.first for m in trig}, how))
            trig = after
        after = forces_killed(trig, self.words, tokens, self.actor_toks, starts)
        if after is not trig:
            self._found_by.update(dict.fromkeys({m.first for m in after} - {m.first for m in trig}, "force_killed"))
        trig = after
        commas = ([bisect.bisect_left(self._starts, m.start()) for m in _COMMA_RE.finditer(nt.text)]
                  if "،" in nt.text or "," in nt.text else [])
        self.trig = provided_terms(agreed_terms(trig, self.words, starts), self.words, starts, frozenset(commas))
        self.trig_prefix = {m.first: m.prefix for m in self.trig}
        self.cas = averted_tolls(claimed_tolls(lost_lives(ex.casualties.find(tokens), self.words), self.words), self.words)
        # the same lists looked up by the token range of a clause or sentence
        self._places = _ByToken(self.place_toks, [i for i, _ in self.place_toks])
        self._actors = _ByToken(self.actor_toks, [f for f, _, _ in self.actor_toks])
        self._dates = _ByToken(self.date_toks, [f for f, _, _ in self.date_toks])
        self._trigs = _ByToken(self.trig, [m.first for m in self.trig])
        self._cas = _ByToken(self.cas, [m.first for m in self.cas])
        bain = [k for k in positions(tokens, _BAIN) if not road_bain(self.words, k)]
        self._bain = _ByToken(bain, bain)
        verbs = positions(tokens, _CONTROL_VERBS)
        self._control_verbs = _ByToken(verbs, verbs)
        self._focus = next((m for _, m in self.place_toks if m.place_id == focus_city), None) if focus_city else None
        self.drafts: list[_Draft] = []
        self.headline_drafts: list[_Draft] = []  # the headline's events, folded into the body's at the end
        self._speakers: dict[int, str] = {}
        self._roles: dict[tuple[int, int], tuple[list[tuple[int, str, str]], str]] = {}  # by clause's tokens
        self.last_date: DateSpan | None = None
        self.news_date: DateSpan | None = None  # the running date of the sentences that are no flashback
        self._near_places: set[int] = set()  # ids of mentions used as "near" locations
        self._scene_before: set[int] = set()  # ids of mentions taken from the sentence before
        self._pending_toll: tuple[list[Count], list[Count], tuple[int, int]] | None = None
        self._prev_violent: list[_Draft] = []  # the violent events of the previous sentence
        # the tokens right after a comma: a date belongs to the comma-separated stretch that states it
        # a stretch also ends with its sentence: the first stretch of a sentence is not the
        # last stretch of the sentence before ("سقطت قذائف على القرية. وفي 27 نيسان، …")
        self._comma_toks = sorted({*commas, *(s.first for s in self.sentences[1:])})
        self._trigger_segments: dict[int, int] = {}  # segment -> how many triggers in it
        kinds_in: dict[int, set[str]] = {}
        for m in self.trig:
            seg = self._segment(m.first)
            self._trigger_segments[seg] = self._trigger_segments.get(seg, 0) + 1
            kinds_in.setdefault(seg, set()).add(m.payload.kind)
        # stretches that tell only a meeting: an agreement reached there takes their date
        # ("اتفقوا، خلال اجتماع عقد أمس الاثنين في المطار، على وقف …")
        self._meeting_segments = {seg for seg, kinds in kinds_in.items() if kinds == {"meeting"}}
        self._agreement_toks = {m.first for m in self.trig if m.payload.kind == "agreement"}
        self.last_pair: tuple[str, str] = ("", "")
        self.remote_attackers: set[str] = set()  # actor1 of the strikes reported so far (article_attacker)

    # original offset -> token index
    def _tok_of(self, orig: int) -> int:
        """The last token whose start is at or before ``orig`` (the first token if none)."""
        return max(bisect.bisect_right(self._starts, self._orig_to_norm(orig)) - 1, 0)

    def _orig_to_norm(self, orig: int) -> int:
        kept = self.nt.kept
        if kept is None:
            return orig
        return bisect.bisect_left(kept, orig)

    def _orig_span(self, first_tok: int, last_tok: int) -> tuple[int, int]:
        return self.nt.to_original(self._starts[first_tok], self._ends[last_tok])

    # ------------------------------------------------------------------ run
    def run(self) -> tuple[list[Event], list[ControlClaim]]:
        headline_drafts = self.headline_drafts
        claims: list[ControlClaim] = []
        for sent in self.sentences:
            created: list[_Draft] = []
            for clause in sent.clauses:
                created += self._clause_events(clause)
                claims += control_claims(self, clause)
            created = self._one_event_per_act(comes_after(self, sent, preceded_by(self, sent, created)))
            created = villages_taken(self, targets_apart(self, protest_per_town(self, similar_attack(self, sent, further_acts(self, sent, created)))))
            created = counted_context_attack(self, sent, context_attack(self, sent, created))
            created = one_act_told_twice(self, held_in_told_battle(self, created))
            if (len(created) == 1 and created[0].recap and created[0].trigger.event_type in VIOLENT_TYPES
                    and self._cas.between(sent.first, sent.last)):
                created[0].recap = False  # "استشهد ثلاثة مواطنين إثر استهداف مسيّرة …": the cause is the news
            if created and self._prev_violent and refers_back(self.words, sent) and all(
                    d.found_by == "victim" and not _targeted(self.words, d) for d in created):
                created = []  # "وتسبب الهجوم بمقتل مواطن": the victim of the act just reported
            if not created and not sent.headline:
                scene_named(self, sent)
            if not sent.headline:
                dispersed_after(self, sent)  # (also when the sentence tells a detention of the crowd too)
            sentence_casualties(self, sent, created)
            one_sided_fire(self.words, sent, created)
            kept: list[_Draft] = []
            if sent.headline:
                headline_drafts += created
            else:
                for d in created:
                    k = add_event(self, d)
                    if k is d:  # a new event (one folded into an earlier keeps that one's actors)
                        article_attacker(self, [d])
                        fighters_hit(self, d)
                    if k is not None and k.trigger.event_type in VIOLENT_TYPES:
                        kept.append(k)
            # a date inside a "since" phrase ("منذ بدء الاشتباكات مساء الثلاثاء 20 نيسان") is no
            # running date: it would stamp its day on every later event
            # nor is a year ("في عام 2017"): it dates no day of what the next sentence tells
            # nor is a clock time told alone ("قرابة الساعة الثالثة فجراً"): an hour of the day already told
            own = [(first, d) for first, _, d in self._dates.between(sent.first, sent.last)
                   if not d.background and not spans_a_year(d) and not d.time_from
                   and "منذ" not in {w.lstrip("و") for w in self.words[max(sent.first, first - 4):first]}]
            if own and not sent.headline:
                self.last_date = running_date(self.words, own)
                if not flashback(self.words, sent):
                    self.news_date = self.last_date
            if not sent.headline:
                self._prev_violent = kept
        for h in headline_drafts:
            merge_headline(self, h)
        site_summaries(self)
        area_summaries(self)
        return self._finish(), claims

    def _one_event_per_act(self, created: list[_Draft]) -> list[_Draft]:
        return one_event_per_act(created, self.words)

    def _date_tok(self, d: DateSpan) -> int:
        return self._date_first.get(id(d), -1)

    # ------------------------------------------------------------------ clauses
    def _clause_events(self, clause: Clause) -> list[_Draft]:
        parts = arrests_apart(self, clause)
        if len(parts) > 1:  # "اعتقلت … في قرية …، ثم اعتقلت … في حي …": each arrest in its own part
            return same_arresting_force([d for part in parts for d in self._clause_events(part)])
        out: list[_Draft] = []
        seen_kinds: set[str] = set()
        for m in self._trigs.between(clause.first, clause.last):
            trig: Trigger = m.payload
            if self._found_by.get(m.first) == "others" and m.first != clause.first:
                continue  # "وثلاثة آخرين": more people the arrest took, an event only at a place of its own
            if trig.kind in _DEFUSABLE and defused(self.words, m.first, clause.first, clause.last):
                # "فككت الأسايش عبوة ناسفة": nothing went off; the device made safe is the event
                trig, m = DISRUPTED, m._replace(payload=DISRUPTED)
                self._found_by[m.first] = "defused"
            if (trig.kind in seen_kinds and not one_more_added(self, m.first, clause)) or self._negated(m.first, clause, trig.kind):
                continue
            seen_kinds.add(trig.kind)
            d = self._draft(trig, m, clause)
            if d is not None:
                out.append(d)
        return out

    def _negated(self, i: int, clause: Clause, kind: str = "") -> bool:
        return (not _NEGATORS.isdisjoint(still_going_on(self.words, max(clause.first, i - 3), i))
                or bool(not_a_fact(self.words, i, kind, clause.first, clause.last))
                or attempted(self.words, i, kind, max(clause.first, self._stretch(i)[0]), self._trigs.between)
                or not_yet(self.words, i, max(clause.first, self._stretch(i)[0]))
                or only_heard(self.words, i, clause.first, clause.sentence.last)
                or proved_false(self.words, i, clause.sentence.last))

    def _draft(self, trig: Trigger, m: Match, clause: Clause) -> _Draft | None:
        sent = clause.sentence
        date, dq = self._date_for(m.first, clause)
        if ongoing_summary(self.words, m.first, m.last, clause, date, self.article.published, bool(self.drafts), dq,
                           self._stretch(m.first),
                           trig.kind == "displacement" and forced_out(self.words, m.first, clause.first),
                           trig.kind == "displacement",
                           trig.kind == "displacement" and caused_departure(self.words, m.first, clause)
                           and bool(self._dates.between(clause.first, clause.last))):
            return None
        if dq < 2 and undated_earlier(self.words[clause.first:clause.last + 1]):
            return None  # "قد أفضت في وقت سابق إلى هدنة": earlier, no day of its own
        if trig.kind in _YEAR_TOLD_KINDS:
            year = earlier_year(self.words, m.first, clause.last, self.article.published.year)
            if year is not None and (date is None or dq < 2 or date.date_from.year != year):
                return None  # "القرية التي رشقه أهلها بالحجارة عام 2020": a year before the news, not its day's
        said = named_in_a_statement(self.words, m.first, sent)
        if said == "condemned" and dq < 2:
            return None  # "وأدان المجلس الوطني الكردي اعتقال أعضائه": no day of its own
        if said == "funeral" and not any(first > m.first - 8 and first > self._funeral_at(sent, m.first)
                                         for first, _, _ in self._dates.between(sent.first, sent.last)):
            return None  # "شيّع الأهالي اليوم جثمان الشاب الذي قضى في القصف": the funeral's day only
        if trig.kind == "protest" and stand_not_a_protest(self.words, m, sent, self.drafts):
            return None  # "أحيا الأهالي ذكرى ضحايا الحريق بوقفة شموع": a commemoration, no protest
        if time_ahead(self.words[clause.first:clause.last + 1]):
            return None  # "ودعا ناشطون إلى تظاهرات الأسبوع المقبل": not yet
        if date is not None and dq == 2 and date.date_from > self.article.published:
            return None  # "جولة مفاوضات غداً": after publication, a plan, not an event
        if (trig.kind == "displacement" and date is not None and date.background
                and (self.article.published - date.date_from).days > _RUNNING_TOTAL_DAYS):
            return None  # "ومنذ التاسع من الشهر، نزح أكثر من …": a running total, no one event
        if far_away(self, m.first, clause) or part_of_earlier(self, trig, m, clause):
            return None
        if trig.kind == "civ_attack" and died_by_mishap(self.words, m.first, m.last, clause):
            return None  # "قتل طفل بانفجار مدفأة"، "قتل طفل بحادث سير": an accident, no attack
        if self._found_by.get(m.first) == "cordon_since" and not (dq == 2 and date is not None and date.background):
            return None  # "تفرض … منذ سنوات طوقاً": in force since no day told, a standing state
        if standing_or_habitual(self, m.first, clause):
            return None  # "وتنتشر قوات … في عدد من المواقع"، "وتنفذ عمليات اغتيال": a state or a habit
        if trig.kind == "displacement" and (perpetrators_escape(self.words, m.first, m.last, clause)
                                             or fled_not_civilians(self.words, m.first, m.last, clause)):
            return None  # "قبل أن يلوذوا بالفرار": the attackers got away, nobody was displaced
        if trig.kind == "takeover" and control_of_situation(self.words, m.last, clause.last):
            return None  # "تمكنت من السيطرة على الوضع"، "وسيطرة قواته على الوضع": not of a place
        if trig.kind == "takeover" and self.words[m.first].lstrip("وف") in _TAKE_NOUNS and (
                dq < 2 or date is None or date.time_precision > 1):
            return None  # "بعد سيطرة قسد على المدينة": the noun with no day of its own is background
        if trig.kind == "transfer" and not _ATTACKERS.isdisjoint(self.words[m.last + 1:m.last + 3]):
            return None  # "وانتهى الهجوم بانسحاب المهاجمين": the end of an attack, no territory changed hands
        place, pq = self._place_for(m.first, clause, trig)
        # "عملية التبادل"، "صفقة التبادل": a noun before a definite one names the agreement told
        definite = m.definite or (trig.kind == "agreement" and m.last > m.first and self.words[m.first + 1].startswith("ال"))
        # "قصفها"، "اشتباكاتهما": a noun with a possessive pronoun is definite, the act told (as "القصف")
        definite = definite or self._found_by.get(m.first) == "pronoun"
        # "واقتادت الشبان إلى جهة مجهولة": the people already told, the arrest told again
        definite = definite or (trig.kind == "arrest" and m.last + 1 < len(self.words)
                                and self.words[m.last + 1] in _KNOWN_DETAINEES)
        if strikes_of_the_article(self, trig, m):
            trig = AIR  # "استهدفت مسيرة تركية محطة … كما طال القصف التركي أمس محطتي …": the drones' strikes
        if minor_led_away(self, trig, m):
            trig = _ABDUCTION  # "اختطف مسلحون طفلة … وقبل ذلك بيوم، اقتاد التنظيم فتاة من حي طي"
        d = _Draft(trig, sent, m.first, m.last, definite, date, dq, place, pq)
        d.found_by = self._found_by.get(m.first, "")
        d.recap = is_recap(self.words, m.first, clause.first, near_only=not (definite or d.found_by == "victim"))
        if trig.kind == "arrest" and (d.recap or d.found_by == "after_an"):
            if own_day_after(self, m.last):
                d.recap = False  # "بعد أن اعتقلت قسد، في 27 من الشهر، قائد …": the arrest is news of its own
            elif d.found_by == "after_an":
                return None  # "قبل أن تعتقلهم دورية …" with no day: how the story went on, no event
        d.spans.append((sent.first, sent.last))
        assign_actors(self, d, clause)
        if trig.kind == "agreement":
            d.duration_hours = truce_duration(self, clause)
        if trig.kind == "displacement":
            d.how = "displaced"
            d.actor1 = d.actor1 if d.actor1 == "civilians" else "civilians"
            d.actor2 = ""
            d.displaced = (count_near(self, m.last + 1, clause, window=3) or count_before(self, m.first, clause)
                           or count_ending_before(self, m.first, clause))  # "وصلت ٣٥ عائلة نازحة"
        elif trig.kind == "protest":  # ACLED: protesters are actor1; whom they protest against is no party
            d.actor1, d.actor2 = "protesters", ""
            d.how = "crowd"
        elif trig.kind == "riot":  # rioters against the side they attack, when the report names it
            target = next((a for a in (d.actor1, d.actor2) if a and a not in _CROWDS), "")
            d.actor1, d.actor2 = "rioters", target or convoy_owner(self.words, m.last, sent.last) or convoy_told_before(
                self.words, sent.first, m.first)
            d.how = "crowd"
        if d.found_by == "victim" and _stem(self.words[m.first], _WOUND_WORDS) is None:
            # "قتل مختار القرية"، "استشهد مواطن": one victim (two for a dual) unless counted
            victim = self.words[m.last]
            n = 2 if _stem(victim, _DUAL_VICTIMS) is not None else None if _stem(victim, _PLURAL_VICTIMS) else 1
            if m.first == m.last and victim.endswith("وا"):  # "وكان الشبان الثلاثة قد قتلوا": counted before
                c = next((c for k in range(m.first - 2, max(clause.first, m.first - 6) - 1, -1)
                          if (c := parse_count(self.tokens, k)) is not None and is_number(self.tokens, k)), None)
                n = c.value if c is not None else None
            elif m.first == m.last and victim.endswith("ا") and victim.removeprefix("و") in _KILL_WORDS:
                n = 2  # "قتلا"، "استشهدا": the dual verb
            if n:
                d.fatalities = Count(n, m.first, m.last)
        if d.found_by == "fire_death":
            fire_death_fields(self, d, clause)
        if d.found_by == "self" and not _ONE_SELF.isdisjoint(self.words[m.first + 1:m.first + 1 + _SELF_GAP]):
            d.fatalities = Count(1, m.first, m.last)  # "فجّر عنصر من التنظيم نفسه": the bomber died (a toll told counts more)
        if d.found_by == "found_body":  # "عثر على جثة شاب": one dead; "جثتين/جثتي": two
            two = any(w in ("جثتين", "جثتي", "جثتان") for w in self.words[m.first:m.first + _BODY_REACH])
            # "على جثث ثلاثة رجال": the count right after the plural
            many = next((c.value for k in range(m.first, min(len(self.words) - 1, m.first + _BODY_REACH))
                         if self.words[k].lstrip("و") in ("جثث", "الجثث")
                         and (c := parse_count(self.tokens, k + 1)) is not None and is_number(self.tokens, k + 1)), None)
            d.fatalities = Count(many or (2 if two else 1), m.first, m.last)
        if self.words[m.first].lstrip("وف") in _ASSASSINATION and not _ATTEMPT.intersection(
                self.words[max(clause.first, m.first - 2):m.first]):
            d.fatalities = Count(1, m.first, m.last)  # an assassination kills its target (ACLED)
        elif d.fatalities is None and m.first == m.last and self.words[m.first].lstrip("وف") in _KILLED_HIM:
            d.fatalities = Count(1, m.first, m.last)  # "قتلوه": a killing verb with its victim's pronoun, one dead
        if trig.kind == "takeover" and d.actor1 and self.ex.actors.get(d.actor1) and self.ex.actors[d.actor1].inter == 1:
            d.trigger = Trigger("takeover", "Battles", "Government regains territory")
        return d

    # ------------------------------------------------------------------ when
    def _date_for(self, trig_tok: int, clause: Clause) -> tuple[DateSpan | None, int]:
        """The date of the event whose trigger is at ``trig_tok`` (see :func:`anchor_date`), a day
        earlier when the text says so (:func:`day_before`)."""
        first_days = first_days_of(self, trig_tok, clause)
        if first_days is not None:
            return first_days, 2  # "اعتقال 27 شخصاً خلال الأيام الثلاثة الأولى من حملة انطلقت الخميس"
        date, quality = anchor_date(self, trig_tok, clause)
        if quality < 2 and (span := fled_the_fighting(self, trig_tok, clause, date)) is not None:
            return span, quality  # "ودفعت المعارك مئات العائلات إلى النزوح": since the fighting began
        if quality == 0 and (first_day := opening_act(self, trig_tok, clause)) is not None:
            return first_day, 1  # "وكان المهاجمون قد بدأوا الهجوم بتفجير سيارة مفخخة": the attack's first day
        if date is not None and day_before(self, trig_tok, clause):
            one = dt.timedelta(days=1)
            date = DateSpan(date.start, date.end, date.text, date.date_from - one, date.date_to - one,
                            date.time_precision)
        return date, quality

    def _funeral_at(self, sent: Sentence, i: int) -> int:
        """The last relative pronoun (``الذي`` …) before token ``i`` in ``sent``, else ``i``: a
        day told after it is the day of the death the funeral is for."""
        return next((k for k in range(i - 1, sent.first - 1, -1) if self.words[k] in _RELATIVES), i)

    def _stretch(self, i: int) -> tuple[int, int]:
        """The first and last token of the comma-separated stretch token ``i`` is in."""
        k = bisect.bisect_right(self._comma_toks, i)
        first = self._comma_toks[k - 1] if k > 0 else 0
        last = self._comma_toks[k] - 1 if k < len(self._comma_toks) else len(self.words) - 1
        return first, last

    def _segment(self, i: int) -> int:
        """The comma-separated stretch of text token ``i`` is in (a running number)."""
        return bisect.bisect_right(self._comma_toks, i)

    def _is_reporting_date(self, first: int) -> bool:
        return not _REPORTING.isdisjoint(self.words[max(0, first - 3):first])

    # ------------------------------------------------------------------ where
    def _place_for(self, trig_tok: int, clause: Clause, trig: Trigger) -> tuple[Mention | None, int]:
        if (trig.kind in ("displacement",) and self._mentions_clash_areas(clause)) or (
                trig.event_type == "Battles" and trig_tok > 0 and self.words[trig_tok - 1].endswith(("مناطق", "منطقه"))):
            # ("لإبعاد المدنيين عن مناطق الاشتباك": the areas of the clash told, not a place of its own)
            clash = self._main_clash()
            if clash is not None and clash.place is not None:
                return clash.place, 1
        place, quality = locate(self, trig_tok, clause, trig)
        if agreement_in_town(trig, place) and self._focus_mention() is not None:
            return self._focus_mention(), 1  # "هدنة …، إذ تجدد إطلاق النار في محيط المربع الأمني"
        if trig.kind == "displacement" and place is not None:
            place = fled_villages(self, clause, place, trig_tok)
        if quality == 0 and trig.kind == "displacement":
            # "ودفعت الاشتباكات العائلات إلى النزوح من الحي": fled from where the fighting was
            # ("ودفعت المعارك …": the battles of the article, its main clash, before the latest spark)
            main = self._main_clash()
            fight = main if main is not None and main.place_quality else next(
                (d for d in reversed(self.drafts) if d.trigger.event_type in _FIGHTING and d.place_quality), None)
            if fight is None and neighbouring_villages(self.words, clause):
                # "فر عشرات الشبان من القرى المجاورة باتجاه …": the villages around the scene just told
                fight = next((d for d in reversed(self.drafts) if d.place_quality == 2), None)
            if fight is not None and fight.place is not None:
                return fight.place, 1
        return place, quality

    def _near(self, i: int) -> str:
        """How the place named at token ``i`` relates to what happens: ``"approached"`` ("اقتربت
        قوات الأسايش من دوار الوحدة"), ``"near"`` ("على مقربة من"، "بالقرب من"، "قرب"), or ``""``."""
        words = self.words
        if i > 0 and _stem(words[i - 1], _NEAR) is not None:  # "قرب عامودا"
            return "approached" if _stem(words[i - 1], _NEAR_VERBS) is not None else "near"
        if i < 2 or words[i - 1] != "من":
            return ""
        if _stem(words[i - 2], _NEAR) is not None:  # "على مقربة من"، "بالقرب من"، "اقتربت من"
            return "approached" if _stem(words[i - 2], _NEAR_VERBS) is not None else "near"
        # "اقتربت قوات الأسايش من دوار الوحدة": the subject between the verb and من
        if _any_stem(words[max(0, i - 7):i - 1], _NEAR_VERBS):
            return "approached"
        return ""

    def _mentions_clash_areas(self, clause: Clause) -> bool:
        words = self.words
        for i in range(clause.first, clause.last):
            if words[i].endswith(("مناطق", "منطقه")) and "اشتباك" in words[i + 1]:
                return True
        return False

    def _focus_mention(self) -> Mention | None:
        return self._focus

    def _main_clash(self) -> _Draft | None:
        clashes = [(-i, d) for i, d in enumerate(self.drafts) if d.trigger.event_type == "Battles"]
        if not clashes:
            return None
        # the longest, then the earliest
        return max(clashes, key=lambda nd: ((nd[1].date.date_to - nd[1].date.date_from).days if nd[1].date else 0,
                                            nd[0]))[1]

    # ------------------------------------------------------------------ who


    # ------------------------------------------------------------------ how many


    # ------------------------------------------------------------------ control

    # ------------------------------------------------------------------ merging


    # ------------------------------------------------------------------ output
    def _by_a_force(self, d: _Draft) -> bool:
        """Whether a road reopening (:func:`roads_reopened`) is a force's act: its actor1 is an
        armed or state side (ACLED inter 1, 2, 3 or 8). A municipality or residents who reopened
        a road after repairs or a flood (``أعادت البلدية فتح الطريق``، ``أعاد الأهالي فتح الطريق``)
        changed no force's activity, and a reopening told in the passive with no side named
        (``وأُعيد فتح الطريق``) may be theirs as well: no event."""
        a = self.ex.actors.get(d.actor1) if d.actor1 else None
        return a is not None and a.inter in (1, 2, 3, 8)

    def _finish(self) -> list[Event]:
        art = self.article
        actors = self.ex.actors
        events = []
        claimed_later(self)
        for d in self.drafts:
            the_intervener(self, d)
            civilians_never_attack(self, d)
            an_unnamed_attacker(self, d)
            an_unnamed_bomber(self, d)
            civilians_counted(self, d)
            the_confronted_force(self, d)
            officials_hit(self, d)
            the_coalitions_target(self, d)
            attack_repelled(self, d)
            if d.found_by == "reopen" and not self._by_a_force(d):
                continue
            date = d.date
            if date is None:
                date_from = date_to = art.published
                precision, part, t1, t2 = 1, "", "", ""
                d.notes.append(NO_DATE_NOTE)
            else:
                date_from, date_to = date.date_from, date.date_to
                precision, part, t1, t2 = date.time_precision, date.part_of_day, date.time_from, date.time_to
                if d.date_quality == 1 and self._is_reporting_date(self._date_tok(date)):
                    d.notes.append("dated by the statement that reports it")
            loc = d.place
            s_first, s_last = d.spans[0]
            s, e = self._orig_span(s_first, s_last)
            more = more_evidence((s, e), (self._orig_span(f, l) for f, l in d.spans[1:]))
            ts, te = self._orig_span(d.trig_first, d.trig_last)
            ev = Event(
                # = stable_event_id(art.id, evidence, trigger): the normalised tokens of those spans
                event_id=event_id_of_keys(art.id, " ".join(self.words[s_first:s_last + 1]),
                                          " ".join(self.words[d.trig_first:d.trig_last + 1])),
                article_id=art.id, source=art.source,
                event_date=date_from, date_from=date_from, date_to=date_to, time_precision=precision,
                event_type=d.trigger.event_type, sub_event_type=d.trigger.sub_event_type,
                **actor_fields(actors, d.actor1, d.actor2, d.mediator),
                assoc_actor_1=actors[d.assoc1].name if d.assoc1 in actors else "",
                assoc_actor_2=actors[d.assoc2].name if d.assoc2 in actors else "",
                **place_fields(loc),
                fatalities=d.fatalities.value if d.fatalities else 0,
                fatalities_text=self._count_text(d.fatalities),
                injuries=d.injuries.value if d.injuries else None,
                injuries_text=self._count_text(d.injuries),
                displaced=d.displaced.value if d.displaced else None,
                displaced_text=self._count_text(d.displaced, extra=1),
                part_of_day=part, time_from=t1, time_to=t2, duration_hours=d.duration_hours,
                tags=list(d.trigger.tags), evidence=self.nt.original[s:e], start=s, end=e,
                more_evidence=more, trigger=self.nt.original[ts:te], notes="; ".join(_unique(d.notes)),
                confidence=_confidence(d, self.words), rule=self._rule(d),
                unresolved_name=loc.unresolved_name if loc else "",
            )
            if loc is not None and id(loc) in self._near_places and d.place_quality == 2:
                ev.approximate = True
                ev.geo_precision = near_precision(ev.geo_precision)
                ev.notes = "; ".join(filter(None, [ev.notes, f"near {loc.name_en}, not at it"]))
            if loc is not None and d.place_quality == 0:
                note = scene_note(loc) if id(loc) in self._scene_before else city_note(loc)
                ev.notes = "; ".join(filter(None, [ev.notes, note]))
            events.append(ev)
        for ev, eid in zip(events, unique_event_ids([ev.event_id for ev in events])):
            ev.event_id = eid
        return events

    def _rule(self, d: _Draft) -> str:
        """``trigger:<word>/pattern:<kind>_<how>``: the trigger word (normalised, without
        proclitics) and the pattern that read the event, a short stable string."""
        first = self.words[d.trig_first]
        prefix = self.trig_prefix.get(d.trig_first, "")
        word = " ".join([first[len(prefix):] if prefix and first.startswith(prefix) else first,
                         *self.words[d.trig_first + 1:d.trig_last + 1]])
        how = f"{d.found_by}_{d.how or 'verb'}" if d.found_by else d.how or "word"
        return f"trigger:{word}/pattern:{d.trigger.kind}_{how}"

    def _count_text(self, c: Count | None, extra: int = 0) -> str:
        if c is None:
            return ""
        s, e = self._orig_span(c.first, min(c.last + extra, len(self.tokens) - 1))
        return self.nt.original[s:e]


# --------------------------------------------------------------------------- Stage: who — actors of a clause and their roles


#: Definite nouns that refer back to the last actor the article named with their head noun:
#: "التنظيم" to "تنظيم الدولة الإسلامية"، "الميليشيا" to "ميليشيا قسد" (the form after و، ب، ل، ف too).
_BACK_ACTOR_HEADS = {normalise_phrase(back): frozenset(map(normalise_phrase, heads)) for back, heads in (
    ("التنظيم", ("تنظيم",)), ("الميليشيا", ("ميليشيا", "مليشيا")), ("المليشيا", ("ميليشيا", "مليشيا")),
    ("الميليشيات", ("ميليشيات", "مليشيات")), ("المليشيات", ("ميليشيات", "مليشيات")),
    ("الفصائل", ("الفصائل", "فصائل")), ("الجيش", ("الجيش",)))}
_BACK_ACTOR_FORMS = {**{p + back: back for back in _BACK_ACTOR_HEADS for p in ("", "و", "ب", "ف", "وب")},
                     **{p + back[1:]: back for back in _BACK_ACTOR_HEADS for p in ("ل", "ول")}}  # "للتنظيم"


_OWN_NAME_AFTER = _WORDS["own_name_after"]
_HOSTILE_ADJECTIVES = _WORDS["hostile_adjective"]


def own_name_follows(words: Sequence[str], k: int) -> bool:
    """Whether the word after token ``k`` makes it another body's own name: ``التابع`` (and its
    forms) or a definite nisba adjective (``الطلابي``، ``النسائية``) that is not a hostile one
    (``الإرهابي``)."""
    if k + 1 >= len(words):
        return False
    nxt = words[k + 1]
    if nxt in _OWN_NAME_AFTER:
        return True
    # the adjective agrees: masculine after التنظيم (الطلابي), feminine after the others
    # (الميليشيا الكردية); "وتبنى التنظيم العملية" has a feminine noun, its object
    ending = ("ي",) if "تنظيم" in words[k] else ("يه", "ية")
    return (nxt.startswith("ال") and len(nxt) > 4 and nxt.endswith(ending)
            and nxt not in _HOSTILE_ADJECTIVES)


def the_organisation(words: list[str], actor_toks: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Stage (who): ``التنظيم`` (the organisation), ``الميليشيا`` (the militia), ``الفصائل`` (the
    factions) or ``الجيش`` (the army), standing alone, refers back to the last actor the article
    named with that head noun (``تنظيم الدولة الإسلامية``، ``ميليشيا "قسد"``، ``الفصائل الموالية
    لتركيا``، ``دورية للجيش العربي السوري``، ``الجيش التركي``; Islamic State is an organisation
    however named):
    ``فجّر التنظيم سيارة مفخخة``، ``انتحاريون من التنظيم``، ``فرضت الميليشيا طوقاً``، ``دفعت وحدات
    الجيش بتعزيزات`` are its acts.
    Returns ``actor_toks`` with those references added, in token order; unchanged when the
    article names no such actor before them. Not when the noun names a body of its own: an
    adjective (a definite nisba, ``التنظيم الطلابي``) or ``التابع`` right after it
    (``own_name_after``), unless a hostile adjective (``التنظيم الإرهابي``)."""
    if _BACK_ACTOR_FORMS.keys().isdisjoint(words):
        return actor_toks
    taken = {k for first, last, _ in actor_toks for k in range(first, last + 1)}

    def heads_of(first: int) -> set[str]:
        out = set()
        for w in words[max(0, first - 1):first + 1]:
            for back, heads in _BACK_ACTOR_HEADS.items():
                if w in heads or (w[:1] in "وبلف" and w[1:] in heads) or (w[:2] == "لل" and "ا" + w[1:] in heads):
                    out.add(back)
        return out

    named = [(first, a, heads_of(first) | ({normalise_phrase("التنظيم")} if a == "isis" else set()))
             for first, _, a in actor_toks]
    added = []
    for k, w in enumerate(words):
        back = _BACK_ACTOR_FORMS.get(w)
        if back is None or k in taken or own_name_follows(words, k):
            continue
        before = [a for first, a, backs in named if first < k and back in backs]
        if before:
            added.append((k, k, before[-1]))
    return sorted(actor_toks + added) if added else actor_toks


def clause_actors(ctx: _Context, clause: Clause) -> list[tuple[int, int, str]]:
    """The actor matches of a clause: ``(first token, last token, actor id)``."""
    return ctx._actors.between(clause.first, clause.last)


def speaker_of(ctx: _Context, sent: Sentence) -> str:
    """The actor whose statement a sentence quotes (remembered per sentence), or ``""``."""
    if sent.index not in ctx._speakers:
        ctx._speakers[sent.index] = find_speaker(ctx, sent)
    return ctx._speakers[sent.index]


def find_speaker(ctx: _Context, sent: Sentence) -> str:
    """The actor right after a speech verb (قالت، أعلنت…) or a statement's ``لـ`` (``وقال بيان
    لـ"أسايش"``), or right before ``بيان``, or ``""``."""
    words = ctx.words
    for f, l, a in ctx._actors.between(sent.first, sent.last):
        before = words[f - 1] if f > sent.first else ""
        if before == "ل" and f - 2 >= sent.first:
            before = words[f - 2]  # "بيان لـ"أسايش"": the statement's author
        if before.lstrip("وف") in _SPEECH or not _STATEMENT.isdisjoint(words[l + 1:min(l + 4, sent.last + 1)]):
            return a
    return ""


#: Words that may stand between a word of support and the side that gave it: its aircraft
#: (``بمساندة مروحية تابعة للتحالف الدولي``، ``بمساندة من طيران التحالف``).
_SUPPORT_CRAFT = _WORDS["support_craft"]
#: How far before a side a word of support may stand when only ``support_craft`` words are between.
_SUPPORT_REACH = 4


def supported_by_craft(words: list[str], f: int, lo: int) -> bool:
    """Stage (who): whether the side at token ``f`` lent its aircraft to the subject's act: a
    ``support`` word at most ``_SUPPORT_REACH`` words before it (not before ``lo``, the token after
    the last side named) with only ``support_craft`` words between (``نفذت قسد بمساندة مروحية تابعة
    للتحالف الدولي حملة دهم``، ``بمساندة من طيران التحالف``): an associated actor, not a party."""
    for k in range(f - 1, max(lo, f - _SUPPORT_REACH) - 1, -1):
        if words[k] in _SUPPORT:
            return True
        if words[k] not in _SUPPORT_CRAFT:
            return False
    return False


#: "So-called" after لما/بما (``التابعة لما يسمى «الإدارة الذاتية»``): the side's name follows it.
_SO_CALLED = frozenset({"يسمي", "تسمي"})


def clause_roles(ctx: _Context, clause: Clause) -> tuple[list[tuple[int, str, str]], str]:
    """The actors of a clause with their roles, and its first mediator (once per clause). An
    actor after ``لما يسمى`` ("so-called") takes its role from the words before those two
    (``ميليشيا «الأسايش» التابعة لما يسمى «الإدارة الذاتية»``: associated)."""
    key = (clause.first, clause.last)
    hit = ctx._roles.get(key)
    if hit is not None:
        return hit
    roles: list[tuple[int, str, str]] = []  # (token, actor, role)
    prev_actor = ""
    prev_assoc = -1  # last token of the latest associated actor
    prev_last = -1  # last token of the latest actor
    words = ctx.words
    for f, l, a in clause_actors(ctx, clause):
        window = words[max(clause.first, f - 2):f]
        if f - 2 >= clause.first and words[f - 1] in _SO_CALLED and words[f - 2] in ("لما", "ما", "بما"):
            # "ميليشيا «الأسايش» التابعة لما يسمى «الإدارة الذاتية»": the words before "so-called"
            window = words[max(clause.first, f - 4):f - 2]
        if not _MEDIATION.isdisjoint(window):
            roles.append((f, a, "mediator"))
        elif prev_actor and not _ASSOC.isdisjoint(window):
            roles.append((f, a, "assoc:" + prev_actor))
        elif prev_actor and (not _SUPPORT.isdisjoint(window) or f == prev_assoc + 1 and words[f].startswith("و")
                             or supported_by_craft(words, f, max(clause.first, prev_last + 1))):
            # "بمساندة من قوات سوريا الديمقراطية والتحالف الدولي": both support the subject
            roles.append((f, a, "assoc:" + prev_actor))
            prev_assoc = l
        else:
            roles.append((f, a, "party"))
            prev_actor = a
        prev_last = l
    # first-person forces in a quoted statement stand for the speaker
    speaker = speaker_of(ctx, clause.sentence)
    if speaker and not _FIRST_PERSON_FORCES.isdisjoint(words[clause.first:clause.last + 1]):
        for i in range(clause.first, clause.last + 1):
            if words[i] in _FIRST_PERSON_FORCES:
                roles.append((i, speaker, "party"))
        roles.sort()
    # "أعلنت قسد أنها قتلت …": the pronoun before a killing verb is the speaker too
    if speaker and not _SPEAKER_PRONOUNS.isdisjoint(words[clause.first:clause.last + 1]):
        for i in range(clause.first, clause.last):
            if words[i] in _SPEAKER_PRONOUNS and words[i + 1].lstrip("و") in _KILLED_VERBS:
                roles.append((i, speaker, "party"))
        roles.sort()
    mediator = next((a for _, a, r in roles if r == "mediator"), "")
    hit = ctx._roles[key] = (roles, mediator)
    return hit


def assign_actors(ctx: _Context, d: _Draft, clause: Clause) -> None:
    """Stage: who — fill ``actor1``/``actor2``/``assoc*``/``mediator`` of an event (module
    docstring, rule 5): the parties after بين, الطرفين, two sides joined by و, the subject
    before the trigger or behind a verb, the side hit in remote violence, civilians as actor2
    of attacks; actors in a comma-separated stretch reporting another event are not this
    one's. Also records how the actors were read (``d.how``, the pattern part of ``rule``)."""
    roles, mediator = clause_roles(ctx, clause)
    d.mediator = d.mediator or mediator
    kind = d.trigger.kind
    bain = next(iter(ctx._bain.between(d.trig_first, clause.last)), None)
    parties: list[str] = []
    if bain is not None and kind in _TWO_SIDED:
        if bain + 1 <= clause.last and ctx.words[bain + 1] in _BOTH_SIDES:
            named = _unique(a for _, a, r in roles if r == "party")
            d.how = "both_sides"
            if len(named) >= 2:
                parties = named[:2]
            else:
                parties = [p for p in ctx.last_pair if p]
                d.anaphoric_parties = True
                if named and kind in ("agreement", "meeting") and not d.mediator:
                    # "تمكنت روسيا من ... فرض هدنة بين الطرفين": the subject mediates
                    d.mediator = named[0]
        else:
            d.how = "between"
            parties = _unique(a for i, a, r in roles if r == "party" and i > bain)[:2]
            if kind == "clash" and len(parties) == 2 and who_attacked(ctx, clause, roles, parties) == parties[1]:
                # "اشتباكات بين عناصر من الدفاع الوطني ومسلحي الأسايش، إثر اعتداء الأخيرين على حاجز"
                parties, d.how = parties[::-1], "between_attacker"
            if kind in ("agreement", "meeting") and not d.mediator:
                before = _unique(a for i, a, r in roles if r == "party" and i < bain and a not in parties)
                if before and len(parties) == 2:
                    d.mediator = before[-1]
    if not parties and kind in _BOTH_SIDES_KINDS and ctx.last_pair[0] and ctx.last_pair[1] and both_sides_subject(
            ctx, clause, roles):
        # "واتفق الطرفان على تمديد الهدنة"، "وتبادل الطرفان جثث قتلاهم": the two sides told before
        parties, d.how, d.anaphoric_parties = list(ctx.last_pair), "both_sides", True
    if not parties:
        # actors in a comma-separated stretch that reports another event are that event's
        mine = ctx._segment(d.trig_first)
        own = [(i, a, r) for i, a, r in roles
               if ctx._segment(i) == mine or ctx._trigger_segments.get(ctx._segment(i), 0) == 0]
        before = [a for i, a, r in own if r == "party" and i < d.trig_first and not reporting(ctx, i, d.trig_first)]
        # (a side named right after a speech verb after the trigger only says where or what: "قصفت
        # طائرات التحالف مواقع قالت قسد إن المهاجمين يتمركزون فيها")
        after = [a for i, a, r in own if r == "party" and i > d.trig_last and not said_after(ctx.words, i)]
        if kind in _REMOTE and before:
            # "قتل عنصران من قسد بضربة مسيرة": the dead are the side hit, not the attacker
            hit = [a for i, a, r in roles if r == "party" and i < d.trig_first
                   and (after_casualty(ctx, i, clause) or members_lost(ctx, i, clause))]
            if hit:
                before = [a for a in before if a not in hit]
                after = hit + [a for a in after if a not in hit]
        joint = joint_subjects(ctx, roles, d.trig_first, kind) if kind in _TWO_SIDED and not after else []
        if joint:
            # "تبادل عناصر الأسايش وقوات النظام إطلاق النار": both sides named before the trigger
            parties = joint
            d.how = "joint_subjects"
        elif kind in _REMOTE and not before:
            # "استهدفت طائرة مسيرة سيارة تقل عناصر من قسد": whoever is named after the weapon
            # without being its subject is the target (actor2), not the attacker
            perpetrators = perpetrators_after(ctx, roles, d.trig_last)
            d.how = "weapon_target"
            a1 = perpetrators[0] if perpetrators else ""
            owner = weapon_owner(ctx.words, d.trig_last, clause.last)
            if not a1 and owner is None:  # "إن المدفعية التركية قصفت": the weapon the verb's subject
                owner = weapon_owner_before(ctx.words, d.trig_first, clause.first)
            if not a1 and owner in ctx.ex.actors:
                a1 = owner  # "مسيرة تركية": the weapon's nationality names the attacker
                d.how = "weapon_owner"
            a2 = next((a for a in after if a != a1), "")
            parties = [a1, a2] if a2 else [a1] if a1 else []
            if not a1 and a2:
                d.notes.append("attacker not named; the side hit is actor2")
        elif kind in _TWO_SIDED or kind in ("civ_attack", "abduction"):
            if kind in ("civ_attack", "abduction") and before and _ATTEMPT.intersection(
                    ctx.words[max(clause.first, d.trig_first - 3):d.trig_first]):
                before = []  # "نجا مسؤول في الإدارة الذاتية من محاولة اغتيال": the subject survived it
            # "قتل عنصر من قسد بهجوم شنه مسلحون مجهولون": the side named as killed before the
            # trigger is the side hit (actor2), never the attacker
            hit = [a for i, a, r in own if r == "party" and i < d.trig_first and after_casualty(ctx, i, clause)]
            if hit and kind in ("clash", "civ_attack") and not split_proclitics(ctx.words[d.trig_first], _MUTUAL_FIGHT):
                before = [a for a in before if a not in hit]
            else:
                hit = []
            if kind in ("civ_attack", "abduction") and not before:
                # "قتل مسلحون مجهولون شاباً": a trigger read from the verb to its victim holds
                # the subject; it is the attacker, as one after the trigger would be
                inside = [a for i, a, r in own if r == "party" and d.trig_first < i <= d.trig_last and a != "civilians"]
                after = perpetrators_after(ctx, roles, d.trig_last) or inside[:1]
            if hit and not before and kind in ("clash", "civ_attack"):
                others = [a for a in after if a not in hit]
                d.how = "victim_before"
                a1 = others[0] if others else ""
                a2 = next((a for a in others[1:] + hit if a != a1), "")
            else:
                d.how = "subject_before" if before else "subject_after" if after else "no_actor"
                a1 = before[-1] if before else (after.pop(0) if after else "")
                a2 = next((a for a in after if a != a1), "")
                subject = verb_subject(ctx, own, clause, d.trig_first) if len(set(before)) > 1 else ""
                if subject and subject != a1:
                    # "استهدف التنظيم مركزاً لقسد بسيارة مفخخة": the verb's subject, then its object
                    a1, a2, d.how = subject, a1, "verb_subject"
            owner = weapon_owner(ctx.words, d.trig_last, clause.last)
            if not a1 and owner in ctx.ex.actors and owner != a2:
                a1, d.how = owner, "weapon_owner"  # "قضت الشابة برصاصة قناص تركي": the gunner's nationality
            elif kind in _REMOTE and a1 and owner in ctx.ex.actors and owner not in (a1, a2):
                # "قتل أربعة مقاتلين …، بينهم قيادية في وحدات حماية المرأة، بضربة جوية تركية": the weapon's
                # nationality is the attacker; the side named before it is the side hit
                a1, a2, d.how = owner, a2 or a1, "weapon_owner"
            parties = [a1, a2] if a2 else [a1] if a1 else []
        elif kind in ("arrest", "bodies"):
            # the arrested, when named, are actor2 (ACLED); so is the side whose dead are handed
            # over ("سلّمت الأسايش جثث ثلاثة من عناصر الدفاع الوطني")
            d.how = "subject_before" if before else "subject_after" if after else "no_actor"
            a1 = before[-1] if before else (after[0] if after else "")
            joint = joint_subjects(ctx, roles, d.trig_first, kind) if len(before) >= 2 else []
            if joint and joint[1] == a1 and joint[0] in before:
                # "قوة مشتركة من قسد والتحالف الدولي اعتقلت": a joint force is led by the first named
                a1 = joint[0]
                d.assoc1 = d.assoc1 or joint[1]
            if kind == "arrest":  # "متهمان بتزويد الاستخبارات التركية بإحداثيات": not the side held
                after = [a for i, a, r in own if r == "party" and i > d.trig_last and not said_after(ctx.words, i)
                         and not dealt_with_side(ctx.words, i, d.trig_last + 1)]
            a2 = next((a for a in after if a != a1), "")
            if kind == "bodies" and a1 and not a2:
                a2 = whose_dead(ctx, roles, d.trig_last, a1)
            arrester = {a1} | {a for _, a, r in roles if r.startswith("assoc:")}  # (and its affiliation: "التابعة لـ")
            if kind == "arrest" and a1 and a1 != "syrian_government" and not a2 and government_staff(ctx, d, clause):
                a2 = "syrian_government"  # "اعتقلت الأسايش ثمانية موظفين يعملون في دوائر حكومية"
            if kind == "arrest" and a1 and not a2 and (civilian_victims(ctx, clause) or party_members(ctx, d, clause, arrester)):
                a2 = "civilians"  # "اعتقلت الأسايش ثلاثة معلمين": civilians arrested
            if kind == "arrest" and a1 and a1 != "isis" and not a2 and isis_suspects(ctx, d):
                a2 = "isis"  # "ألقت القبض على عشرات الفارين" after "فرّ عناصر من داعش …"
            if kind == "arrest" and a1 and not a2 and detained_civilians(ctx, d, clause, a1):
                a2 = "civilians"  # "اعتقلت دورية تابعة لقسد شابين …، واعتدى العناصر عليهما": civilians held
            parties = [p for p in (a1, a2) if p]
        else:
            d.how = "subject_before" if before else "subject_after" if after else "no_actor"
            a1 = before[-1] if before else (after[0] if after else "")
            parties = [a1] if a1 else []
    if not parties and kind == "clash":
        parties = set_off_by(ctx, d, clause)
    if kind in _REMOTE or kind in ("civ_attack", "clash"):
        claimed = claimed_responsibility(ctx, clause.sentence)
        if claimed and (not parties or parties[0] != claimed):
            # "حصد تفجير انتحاري … أرواح 44 شخصاً، في هجوم لم يتأخر تنظيم داعش في إعلان مسؤوليته عنه"
            parties = [claimed] + [p for p in parties if p and p != claimed][:1]
            d.how = "claimed"
    if d.mediator and d.mediator in parties:
        parties.remove(d.mediator)
    if kind in _REMOTE and parties and parties[0] == "civilians":
        # "شيّع الأهالي جثمان الشاب الذي قتل أمس بقصف تركي": civilians never shell or strike (ACLED);
        # the weapon's nationality, when given, is the attacker, the civilians the side hit
        owner = weapon_owner(ctx.words, d.trig_last, clause.last)
        parties = [owner if owner in ctx.ex.actors else "", "civilians"]
    if kind in _REMOTE and len(parties) < 2 and "civilians" not in parties and civilian_victims(
            ctx, clause, parties[0] if parties else ""):
        # "أصيبت امرأة وطفلها بقصف تركي": a strike whose sentence names only civilians hit
        parties = (parties[:1] or [""]) + ["civilians"]
        d.notes.append("civilians hit: actor2")
    if kind in ("civ_attack", "abduction") and "civilians" not in parties:
        parties = (parties[:1] or [""]) + ["civilians"]  # an unnamed attacker stays empty (ACLED)
    if d.found_by == "found_body" and kind == "civ_attack" and parties and parties[0] not in ("", "civilians") \
            and finder_only(ctx, d, clause, roles, parties[0]):
        # "أعلنت الأسايش أنها عثرت على جثة شاب …": the force that found the body is not its killer
        parties = ["", next((p for p in parties[1:] if p), "civilians")]
        d.notes.append("the side that found the body is no party")
    if d.found_by == "found_body" and kind == "civ_attack" and not parties[0] and "unidentified" in ctx.ex.actors:
        # "عثر على جثة شاب مقتولاً بطلق ناري": a killing whose killer nobody saw (ACLED: unidentified armed group)
        parties[0] = "unidentified"
        d.notes.append("a body found killed: the killer is unidentified")
    d.actor1 = parties[0] if parties else ""
    d.actor2 = parties[1] if len(parties) > 1 else ""
    for _, a, r in roles:
        if r.startswith("assoc:"):
            owner = r.split(":", 1)[1]
            if owner == d.actor1 and not d.assoc1 and a != d.actor1:
                d.assoc1 = a
            elif owner == d.actor2 and not d.assoc2 and a != d.actor2:
                d.assoc2 = a


def finder_only(ctx: _Context, d: _Draft, clause: Clause, roles: list[tuple[int, str, str]], actor: str) -> bool:
    """Stage (who): whether ``actor``, read as the attacker of a body found (``عثرت الأسايش على جثة
    شاب``، ``بعد أسبوع من عثور الأسايش على جثة …``، ``أعلنت الأسايش أنها عثرت …``), is only the side
    that found it: it is never named after the body noun (where the killer is told: ``جثة شاب
    قتل برصاص …``)."""
    words = ctx.words
    body = next((j for j in range(d.trig_last + 1, min(clause.last, d.trig_last + 6) + 1)
                 if _stem(words[j], _BODIES) is not None), d.trig_last)
    return not any(a == actor and i > body for i, a, _ in roles)


#: People and homes whose naming as hit makes civilians the side hit by a strike, and the
#: fighters and military sites that, named too, leave that to the other rules.
_CIVILIAN_VICTIMS = _WORDS["civilian_victim"]
#: Fighting both sides wage (اشتباكات، معارك): a side killed in it is still a party, not only hit.
_MUTUAL_FIGHT = _WORDS["mutual_fight"]
_ARMED_VICTIMS = _WORDS["armed_victim"]


def checkpoints_arrest(created: list[_Draft], words: list[str]) -> None:
    """Stage (who): the force that set up checkpoints or patrols and then led people away in the
    same sentence (``أقامت دوريات مشتركة من قسد والأسايش نقاط تفتيش …، واقتادت عشرات الشبان``)
    made the arrests: an arrest that names no force of its own before its verb takes the
    deployment's actor1, a side named after the verb being the one led away (actor2)
    (the deployment itself is no event of its own, :func:`one_event_per_act`), and civilians
    (young men, citizens: ``civilian_victim`` words, no fighter named after the verb) as actor2."""
    for d in created:
        if d.trigger.kind != "arrest" or (d.actor1 and d.how != "subject_after"):
            continue
        src = next((o for o in created if o.trigger.kind == "deployment" and o.actor1
                    and o.actor1 not in _CROWDS and o.trig_first < d.trig_first), None)
        if src is None or src.actor1 == d.actor1:
            continue
        if d.actor1:  # "…، واقتادت ثلاثة عناصر من الدفاع الوطني": the side after the verb was led away
            d.actor2 = d.actor1
        d.actor1, d.assoc1 = src.actor1, d.assoc1 or src.assoc1
        d.how = "deployment_subject"
        sent = words[d.trig_last + 1:d.sentence.last + 1]  # (the people led away follow the verb)
        if not d.actor2 and not any(split_proclitics(w, _ARMED_VICTIMS) for w in sent) and any(
                split_proclitics(w, _CIVILIAN_VICTIMS) for w in sent):
            d.actor2 = "civilians"


_PARTY_MEMBERS = _WORDS["party_member"]
_POLITICAL_BODIES = _WORDS["political_body"]


_STAFF_NOUNS = _WORDS["staff_noun"]
_STATE_WORDS = _WORDS["state_word"]
#: How far after the arrest's verb its staff may be named, and how far after them the state they work for.
_STAFF_REACH, _STATE_REACH = 8, 5


def government_staff(ctx: _Context, d: _Draft, clause: Clause) -> bool:
    """Stage (who): whether the people an arrest holds are the Syrian government's staff: a
    ``staff_noun`` at most ``_STAFF_REACH`` words after the verb and a ``state_word`` at most
    ``_STATE_REACH`` words after it (``اعتقلت الأسايش ثمانية موظفين يعملون في دوائر حكومية``): the
    government is the side held (actor2), as the dev reports code it."""
    words = ctx.words
    for k in range(d.trig_last + 1, min(clause.last, d.trig_last + _STAFF_REACH) + 1):
        if split_proclitics(words[k], _STAFF_NOUNS):
            return any(split_proclitics(w, _STATE_WORDS) for w in words[k + 1:min(clause.last, k + _STATE_REACH) + 1])
    return False


_DEALT_WITH = _WORDS["dealt_with"]
#: How far before a side a charge of dealing with it may stand ("بتزويد الاستخبارات التركية").
_DEALT_WITH_REACH = 3


def dealt_with_side(words: list[str], i: int, lo: int) -> bool:
    """Stage (who): whether the side at token ``i`` is named in a charge of dealing with it (a
    ``dealt_with`` word at most ``_DEALT_WITH_REACH`` words before it, not before ``lo``: ``قالت
    إنهما متهمان بتزويد الاستخبارات التركية بإحداثيات``، ``بتهمة التعاون مع التنظيم``): those held
    are charged with helping it, they are not that side (ACLED: civilians unless told otherwise)."""
    return any(w in _DEALT_WITH for w in words[max(lo, i - _DEALT_WITH_REACH):i])


def party_members(ctx: _Context, d: _Draft, clause: Clause, arrester: set[str]) -> bool:
    """Stage (who): whether the people an arrest names after its verb are members or leaders of
    a political body (``أربعة من أعضاء حزب معارض``، ``قيادياً في الحزب``: a ``party_member`` word
    with a ``political_body`` word at most three words after it), not of a military council
    (``عضوين في مجلس تل تمر العسكري``: ``military_word``) nor of an armed side the clause names after the verb:
    civilians, as ACLED codes them (``arrester``: the actor ids of who made the arrest and of the
    body it belongs to, ``قوات الأسايش التابعة للإدارة الذاتية``)."""
    words = ctx.words
    if any(a not in arrester for _, _, a in ctx._actors.between(d.trig_last + 1, clause.last)):
        return False
    for k in range(d.trig_last + 1, clause.last + 1):
        if words[k].lstrip("و") not in _PARTY_MEMBERS:
            continue
        for j in range(k + 1, min(clause.last, k + 3) + 1):
            if split_proclitics(words[j], _POLITICAL_BODIES):
                return not any(w in _MILITARY_WORDS for w in words[j + 1:min(clause.last, j + 5) + 1])
    return False


_MEMBERSHIP = _WORDS["membership_word"]
#: How far after an arrest's verb the people held may be named (the arrester, its affiliation and the day between).
_DETAINED_REACH = 10


def detained_civilians(ctx: _Context, d: _Draft, clause: Clause, arrester: str) -> bool:
    """Stage (who): whether the first people an arrest names after its verb, within
    ``_DETAINED_REACH`` words of its clause, are civilians (``civilian_victim``: ``اعتقلت دورية
    تابعة لقسد شابين بسبب تصويرهما …``), with no fighter or cell named before them that is not the
    arrester's own (``عناصر من الأسايش اعتقلوا …``: :func:`attackers_own`). What the sentence tells
    after them (``واعتدى العناصر عليهما``) is not who was held; people held for belonging to a
    side (``membership_word``: ``تتهمهما بالانتماء إلى خلايا التنظيم``) are not civilians.
    ``arrester``: the actor id of who made the arrest."""
    words = ctx.words
    own = attackers_own(ctx, clause.sentence, arrester)
    for k in range(d.trig_last + 1, min(clause.last, d.trig_last + _DETAINED_REACH) + 1):
        if k in own:
            continue
        if split_proclitics(words[k], _ARMED_VICTIMS):
            return False
        if split_proclitics(words[k], _CIVILIAN_VICTIMS):
            # "اعتقلت شخصين تتهمهما بالانتماء إلى خلايا التنظيم": held as the cells' members
            return not any(split_proclitics(w, _MEMBERSHIP)
                           for w in words[k + 1:min(clause.last, k + _DETAINED_REACH) + 1])
    return False


_ISIS_SUSPECTS = _WORDS["isis_suspect"]


_OTHER_CHARGES = _WORDS["other_charge"]
_ESCAPEES = _WORDS["escapee"]
_JIHADIST_WORDS = _WORDS["jihadist_word"]


def isis_suspects(ctx: _Context, d: _Draft) -> bool:
    """Stage (who): whether an arrest's sentence names fugitives, suspects or wanted men
    (``الفارين``، ``مشتبهين``، ``مطلوبين``، ``خلية``: ``isis_suspect``) who are Islamic State's
    (actor2), as the dev reports code a prison break's escapees recaptured or a sweep's suspects:
    the article names Islamic State, and its sentence or the one before names it or a cell or
    terrorism (``jihadist_word``), not only a sentence further off (``وكانت خلايا داعش قد هاجمت …``
    told after a drugs arrest); escapees (``escapee``: the break-out the article told) may have
    it anywhere before their sentence; and the sentence holds them on no other charge
    (``بتهمة تهريب المخدرات``، ``سرقة``، ``خطف``: ``other_charge``) unless it names Islamic State
    or a cell itself (``بتهمة الانتماء لخلايا داعش``)."""
    if "isis" not in ctx.ex.actors or not any(a == "isis" for _, _, a in ctx.actor_toks):
        return False
    sent, words = d.sentence, ctx.words
    if not any(split_proclitics(w, _ISIS_SUSPECTS) for w in words[sent.first:sent.last + 1]):
        return False

    def jihadists(first: int, last: int) -> bool:
        return any(a == "isis" for _, _, a in ctx._actors.between(first, last)) or any(
            split_proclitics(w, _JIHADIST_WORDS) for w in words[first:last + 1])

    if jihadists(sent.first, sent.last):
        return True
    if any(split_proclitics(w, _OTHER_CHARGES) for w in words[sent.first:sent.last + 1]):
        return False
    if sent.index == 0:
        return False
    if any(split_proclitics(w, _ESCAPEES) for w in words[sent.first:sent.last + 1]):
        return jihadists(0, sent.first - 1)  # the escape told before: the article's
    prev = ctx.sentences[sent.index - 1]
    return jihadists(prev.first, prev.last)


_OWNER_WORDS = _WORDS["owner_word"]
#: Owner words that tell ownership only before ``ل`` (``تعود لتاجر``; ``يعود الأهالي`` is a return).
_OWNER_BEFORE_LAM = frozenset(normalise_phrase(w) for w in ("تعود", "يعود", "عائدة", "عائد", "العائدة"))


def the_coalitions_target(ctx: _Context, d: _Draft) -> None:
    """Stage (who): a strike by the coalition against Islamic State that names no side hit
    (``وقصفت طائرات التحالف الدولي مباني في حي غويران``), in an article that names Islamic State,
    hit Islamic State (actor2): the coalition strikes no other side in these reports. Not when
    the text says whose the target was and names someone else (:func:`owned_by_another`)."""
    if (d.trigger.kind in _REMOTE and d.actor1 == "coalition" and not d.actor2 and "isis" in ctx.ex.actors
            and any(a == "isis" for _, _, a in ctx.actor_toks) and not owned_by_another(ctx, d)):
        d.actor2 = "isis"
        d.notes.append("a coalition strike naming no side hit, in an article about Islamic State")


def owned_by_another(ctx: _Context, d: _Draft) -> bool:
    """Stage (who): whether the strike's sentence (after its verb) or the next one says whose the
    target was (``وأفادت مصادر بأن السيارة تعود لتاجر``، ``مملوكة لأحد المهربين``: an ``owner_word``;
    ``تعود``، ``يعود``، ``عائدة`` only before ``ل``) and names no Islamic State or cell of its in
    what follows the word: the owner is someone else, the strike hit no side the text names."""
    words, sents = ctx.words, ctx.sentences
    sent = d.sentence
    spans = [(d.trig_last + 1, sent.last)]
    if sent.index + 1 < len(sents):
        spans.append((sents[sent.index + 1].first, sents[sent.index + 1].last))
    for first, last in spans:
        for k in range(first, last + 1):
            hit = split_proclitics(words[k], _OWNER_WORDS)
            if hit is None or (hit[1] in _OWNER_BEFORE_LAM and not (k < last and words[k + 1].startswith("ل"))):
                continue
            rest = range(k + 1, last + 1)
            return not (any(a == "isis" for f, _, a in ctx._actors.between(k + 1, last))
                        or any(split_proclitics(words[j], _ISIS_SUSPECTS) for j in rest))
    return False


_QUARREL_WORDS = _WORDS["quarrel_word"]


def attack_repelled(ctx: _Context, d: _Draft) -> None:
    """Stage (who): a clash told as an attack repelled (``صدّ مقاتلو قسد هجوماً شنه الجيش التركي``،
    ``تصدت قوات النظام لهجوم شنه مسلحو داعش``: a ``repel_verb`` trigger, an ``attack_noun`` within
    four words after it and the other side named after that noun) was begun by the attackers:
    they are actor1, the side that repelled them actor2 (as ACLED and the dev reports code it)."""
    if d.trigger.kind != "clash" or not d.actor1 or not d.actor2:
        return
    words = ctx.words
    if words[d.trig_first].lstrip("وف") not in _REPEL_VERBS:
        return
    noun = next((k for k in range(d.trig_last + 1, min(d.sentence.last, d.trig_last + 5) + 1)
                 if words[k] in _ATTACK_NOUNS), None)
    if noun is None:
        return
    if any(a == d.actor2 and f > noun for f, _, a in ctx._actors.between(noun + 1, d.sentence.last)) and not any(
            a == d.actor1 and f > noun for f, _, a in ctx._actors.between(noun + 1, d.sentence.last)):
        d.actor1, d.actor2 = d.actor2, d.actor1
        d.notes.append("an attack repelled: the attackers are actor1")


#: ACLED's inter codes of armed actors (state forces, rebels, militias, external forces); 5–7
#: are rioters, protesters and civilians.
_ARMED_INTER = frozenset({1, 2, 3, 4, 8})


def civilians_never_attack(ctx: _Context, d: _Draft) -> None:
    """Stage (who): civilians are never the attacker of violence against civilians nor the first
    side of a fight with an armed side (ACLED: they are the target, actor2). An attack or a clash
    read with civilians first and an armed side second (an actor whose ACLED inter code is an
    armed one: ``مواجهة بين الأهالي ورتل للقوات الأمريكية، قتل خلالها أحد أبناء القرية برصاص
    الجنود``) has the armed side as actor1 and the civilians as actor2; with protesters or rioters
    second nothing is swapped."""
    other = ctx.ex.actors.get(d.actor2) if d.actor2 else None
    if d.trigger.event_type in ("Violence against civilians", "Battles") and d.actor1 == "civilians" \
            and other is not None and other.inter in _ARMED_INTER:
        d.actor1, d.actor2 = d.actor2, d.actor1
        d.notes.append("civilians are the target of an attack, never its attacker")


def an_unnamed_attacker(ctx: _Context, d: _Draft) -> None:
    """Stage (who): an attack on or abduction of civilians whose perpetrator the article leaves
    unnamed, once every other rule has looked for one (``قُتل رجل بطلق ناري في حي …``، ``خُطف طفل من
    أمام منزله``), is by an unidentified armed group, as ACLED codes it (the English rules' too).
    Not when its sentence tells a quarrel or a feud (``مشاجرة``، ``نزاع عشائري``، ``خلاف عائلي``، not ``وجيه عشائري``:
    ``quarrel_word``): relatives or neighbours fell out, no armed group; actor1 stays empty."""
    if (d.trigger.kind in ("civ_attack", "abduction") and not d.actor1 and d.actor2 == "civilians"
            and "unidentified" in ctx.ex.actors
            and not any(split_proclitics(w, _QUARREL_WORDS) for w in ctx.words[d.sentence.first:d.sentence.last + 1])):
        d.actor1 = "unidentified"
        d.notes.append("no perpetrator named: an unidentified armed group")


_OPERATION_NOUNS = _WORDS["operation_noun"]


def civilians_counted(ctx: _Context, d: _Draft) -> None:
    """Stage (who): a strike with no side hit named in its own sentence whose toll the article
    tells in another sentence (``استهدف الجيش التركي بالمدفعية حي قدور بك``، then ``وأفاد مراسل أن
    القصف أدى إلى مقتل خمسة مدنيين بينهم طفلان``) hit civilians (actor2) when that sentence names
    only civilians as the dead or wounded (:func:`civilian_victims`: no fighter, military site
    or cell beside them; the attacker's own names aside), and the strike's own sentence names no
    military target (``مواقع``، ``سيارة عسكرية``: ``armed_victim``; not the adjective of a military
    operation, ``العملية العسكرية``: ``operation_noun``)."""
    if d.trigger.kind not in _REMOTE or d.actor2 or d.actor1 == "civilians":
        return
    own = attackers_own(ctx, d.sentence, d.actor1)
    words = ctx.words
    if any(split_proclitics(words[k], _ARMED_VICTIMS) and k not in own
           and not (k > d.sentence.first and split_proclitics(words[k - 1], _OPERATION_NOUNS))
           for k in range(d.sentence.first, d.sentence.last + 1)):
        return  # ("غارات على مواقع لميليشيا الأسايش"، "سيارة عسكرية": a military target named)
    for count in (d.fatalities, d.injuries):
        if count is None or not count.value:
            continue
        sent = next((s for s in ctx.sentences if s.first <= count.first <= s.last), None)
        if sent is None or sent is d.sentence or sent.index == d.sentence.index:
            continue
        if civilian_victims(ctx, Clause(sent.first, sent.last, sent), d.actor1):
            d.actor2 = "civilians"
            d.notes.append("civilians counted as its dead or wounded: actor2")
        return


#: How far after a convoy noun the force it belongs to may be named (``رتلاً لقوات الاحتلال الأمريكي``).
_FORCE_AFTER_CONVOY = 3


def the_confronted_force(ctx: _Context, d: _Draft) -> None:
    """Stage (who): a protest or riot whose crowd confronts a force's convoy or patrol (``اعترض
    أهالي القرية رتلاً لقوات الاحتلال الأمريكي وأجبروه على العودة``، ``رشق شبان دورية عسكرية
    تركية بالحجارة``: a ``convoy_noun`` after the trigger in its sentence) has that force as
    actor2: the side the crowd faced, as ACLED codes it. The force is named by its nationality
    (:func:`convoy_owner`) or as an armed actor at most ``_FORCE_AFTER_CONVOY`` words after the
    convoy noun; a joint patrol (``دورية مشتركة``) names no one side. A crowd that only gathers
    (before a building, in a square) faces no force: actor2 stays empty."""
    if d.trigger.kind not in ("protest", "riot") or d.actor2:
        return
    words, last = ctx.words, d.sentence.last
    convoy = next((k for k in range(d.trig_last + 1, min(last, d.trig_last + _CONVOY_REACH) + 1)
                   if _stem(words[k], _CONVOY_NOUNS) is not None), None)
    if convoy is None or not confronted(words, d.trig_first, convoy):
        return  # ("وقفة احتجاجية تنديداً باستهداف دورية للأسايش": the patrol is what they protest about)
    owner = convoy_owner(words, d.trig_last, last)
    if not owner:
        k = next((k for k in range(d.trig_last + 1, min(last, d.trig_last + _CONVOY_REACH) + 1)
                  if _stem(words[k], _CONVOY_NOUNS) is not None), None)
        if k is None or _JOINT.intersection(words[k + 1:k + 1 + _OWNER_AFTER_CONVOY]):
            return
        armed = {a.id for a in ctx.ex.actors.values() if a.inter in _ARMED_INTER}
        owner = next((a for f, _, a in ctx._actors.between(k + 1, min(last, k + _FORCE_AFTER_CONVOY))
                      if a in armed), "")
    if owner and owner in ctx.ex.actors and owner != d.actor1:
        d.actor2 = owner
        d.notes.append("the force whose convoy the crowd confronted: actor2")


#: Verbs of a crowd meeting a convoy: stopping, blocking, stoning, driving it back (their object the convoy).
_CONFRONT_VERBS = frozenset().union(*(_WORDS[r] for r in ("riot_verb", "intercept_verb", "intercept_noun", "throw_verb",
                                                             "repel_verb", "close_verb", "mob_verb")))


def confronted(words: list[str], lo: int, convoy: int) -> bool:
    """Stage (who): whether the convoy or patrol at token ``convoy`` is what a crowd confronted:
    a verb of stopping, blocking, stoning or driving back (``اعترض``، ``رشق``، ``تصدوا``، ``قطعوا``:
    ``_CONFRONT_VERBS``) from token ``lo`` (the protest's trigger) on, before it, with no word of
    the protest's cause between (``تنديداً باستهداف دورية``، ``للمطالبة بإخراج رتل``: the convoy is
    what they protest about, not whom they faced)."""
    verb = next((j for j in range(convoy - 1, lo - 1, -1) if _stem(words[j], _CONFRONT_VERBS) is not None), None)
    return verb is not None and not any(w in _PURPOSE_FORMS for w in words[verb + 1:convoy])


_COCHAIR_HEADS = _WORDS["cochair_head"]
_COCHAIR_MARKS = _WORDS["cochair_mark"]


def officials_hit(ctx: _Context, d: _Draft) -> None:
    """Stage (who): a strike (shelling, drone, bomb) whose sentence names a co-chair of the Autonomous
    Administration hit (``استشهدت الرئيسة المشتركة لمقاطعة قامشلو … إثر استهداف مسيرة تركية``، ``ما
    أسفر عن مقتل الرئيس المشترك لمجلس المقاطعة``: a ``cochair_head`` then a ``cochair_mark``) hit the
    AANES (actor2), as ACLED codes its officials, when no other side hit is named (or only
    civilians: the driver beside the co-chair). Not a co-chair who speaks (a speech verb right before:
    ``وقال الرئيس المشترك …``) or who is the attacker; nor an attack on civilians (an assassination:
    ACLED's violence against civilians always has civilians as actor2)."""
    if d.trigger.kind not in _REMOTE or d.actor2 not in ("", "civilians") \
            or "aanes" not in ctx.ex.actors or d.actor1 == "aanes":
        return
    words, sent = ctx.words, d.sentence
    for k in range(sent.first, sent.last):
        if split_proclitics(words[k], _COCHAIR_HEADS) and words[k + 1] in _COCHAIR_MARKS \
                and not (k > sent.first and words[k - 1].lstrip("وف") in _SPEECH) and cochair_hit(ctx, d, k):
            d.actor2 = "aanes"
            d.notes.append("a co-chair of the Autonomous Administration hit: the AANES is actor2")
            return


#: How far after the strike's trigger, or a word of death or wounds, the co-chair it hit may stand
#: (``استهدفت مسيرة تركية سيارة الرئيسة المشتركة``، ``ما أدى إلى مقتل الرئيس المشترك``).
_COCHAIR_HIT_REACH = 6


def cochair_hit(ctx: _Context, d: _Draft, k: int) -> bool:
    """Stage (who): whether the co-chair named at token ``k`` is the one hit: the object of the
    strike's trigger or of a word of death or wounds (``مقتل``، ``استشهدت``، ``أصيب``) at most
    ``_COCHAIR_HIT_REACH`` words before, in the same comma stretch and with no verb of a clause of
    its own between (``، وزار الرئيس المشترك عائلة الضحية``، ``وأدانت الرئيسة المشتركة القصف``: a
    co-chair who visits or condemns was not hit)."""
    words = ctx.words
    heads = [d.trig_last] + [m.last for m in ctx._cas.between(d.sentence.first, k - 1)]
    for h in heads:
        if not h < k <= h + _COCHAIR_HIT_REACH:
            continue
        if any(h < t <= k for t in ctx._comma_toks) or any(and_past_verb(w) for w in words[h + 1:k]):
            continue
        return True
    return False


_CLAIM_VERBS = _WORDS["claim_verb"]
_CLAIMED_ACTS = _WORDS["claimed_act"]
#: How far after a claim's verb (or a side's ``مسؤوليته``) the act it claims may be named: the
#: claimant and ``في وقت لاحق`` may stand between (``وأعلن التنظيم في وقت لاحق مسؤوليته عن الهجوم``).
_CLAIM_REACH = 6
#: How far before a claim's verb a denial still governs it (``ونفى التنظيم أن يكون قد تبنى …``).
_DENIAL_REACH = 6
#: Particles that negate the claim's verb right before it (``لم يتبنَّ``، ``لا تتبنى``، ``لن``).
_CLAIM_NEGATORS = frozenset({"لم", "لا", "لن", "ما", "ليس", "ولم"})
#: The kinds of act a side claims after the fact: bombings, attacks on people, assaults.
_CLAIMABLE = frozenset({"ied", "suicide", "grenade", "civ_attack", "clash", "abduction"})


def claim_in(ctx: _Context, sent: Sentence) -> tuple[str, int]:
    """Stage (who): the side a sentence says claimed an act, and the token of the act's noun:
    a ``claim_verb`` (``تبنى``، ``تبنت``) with a ``claimed_act`` noun at most ``_CLAIM_REACH`` words
    after it (``وتبنى تنظيم داعش التفجير``، ``وكان التنظيم قد تبنى الهجوم``) whose claimant is the
    armed side named right after the verb, before the noun, or else the last one named before the
    verb in the sentence; or a side's responsibility (:func:`claimed_responsibility`: ``وأعلن
    التنظيم مسؤوليته عن الهجوم``). ``("", -1)`` when the sentence claims nothing: ``وتبنى التنظيم
    معظمها`` (a pronoun) and ``سلسلة تفجيرات`` (no definite act) name no one act."""
    words = ctx.words
    for k in range(sent.first, sent.last + 1):
        if split_proclitics(words[k], _CLAIM_VERBS) is None:
            continue
        act = next((j for j in range(k + 1, min(sent.last, k + _CLAIM_REACH) + 1)
                    if split_proclitics(words[j], _CLAIMED_ACTS)), None)
        if act is None:
            continue
        if not _DENIALS.isdisjoint(w.removeprefix("و") for w in words[max(sent.first, k - _DENIAL_REACH):k]) \
                or not _CLAIM_NEGATORS.isdisjoint(w.removeprefix("و") for w in words[max(sent.first, k - 2):k]):
            continue  # ("نفى التنظيم تبنيه الهجوم"، "ونفى التنظيم أن يكون قد تبنى التفجير"، "لم يتبنَّ أحد")
        found = ctx._actors.between(sent.first, act)
        after = [a for f, _, a in found if k < f < act]
        before = [a for f, _, a in found if f < k]
        claimant = after[0] if after else before[-1] if before else ""
        if claimant:
            return claimant, act
    claimant = claimed_responsibility(ctx, sent)
    return (claimant, sent.first) if claimant else ("", -1)


def claimed_later(ctx: _Context) -> None:
    """Stage (who): a claim told in a sentence of its own after the act (``انفجرت سيارة مفخخة قرب
    حاجز …``، then ``وتبنى تنظيم داعش التفجير في بيان``، ``وأعلن التنظيم لاحقاً مسؤوليته عن الهجوم``:
    :func:`claim_in`) names the attacker (actor1) of the latest bombing, attack or assault the
    article told before it with no attacker of its own (a retelling of the act may have read a
    side near the blast as its author), when the claimant is no side it hit.
    An act told after the claim (a background recap: ``ولم تكن هذه المرة الأولى …``) is not the one
    claimed, nor is a claim in the headline any act's (its act is told after it)."""
    armed = {a.id for a in ctx.ex.actors.values() if a.inter in _ARMED_INTER}
    for sent in ctx.sentences:
        if sent.headline or sent.index == 0:
            continue
        claimant, at = claim_in(ctx, sent)
        if claimant not in armed:
            continue
        told = sorted((d for d in ctx.drafts if d.trigger.kind in _CLAIMABLE and d.trig_first < at
                       and d.sentence.index <= sent.index), key=lambda x: x.trig_first)
        # the latest with no attacker of its own (a later retelling of the same act may have read
        # the bomb's site as its side); none past one the claimant already has
        d = next((x for x in reversed(told) if not x.actor1 or x.actor1 == claimant), None)
        if d is not None and another_act(ctx, d, sent, at):
            continue  # "وكان التنظيم قد تبنى التفجير الذي استهدف سوق المدينة العام الماضي"
        if d is not None and not d.actor1 and d.actor2 != claimant:
            d.actor1 = claimant
            d.how = d.how or "claimed_later"
            d.notes.append("claimed in a later sentence: the claimant is the attacker")


def another_act(ctx: _Context, d: _Draft, sent: Sentence, at: int) -> bool:
    """Stage (who): whether the act a claim names at token ``at`` is told with a day or a place of
    its own in a relative clause after it (``تبنى التفجير الذي استهدف السوق العام الماضي``، ``…
    الذي وقع في مدينة الحسكة``) that is not the day or the place of ``d``: another, earlier act."""
    words = ctx.words
    if at + 1 > sent.last or words[at + 1] not in _RELATIVES | _RELATIVE_PRONOUNS:
        return False
    end = next((t - 1 for t in ctx._comma_toks if at + 1 < t <= sent.last), sent.last)
    published = ctx.article.published
    lo, hi = (d.date.date_from, d.date.date_to) if d.date is not None else (published, published)
    for _, _, span in ctx._dates.between(at + 2, end):
        if span.date_to < lo or span.date_from > hi:
            return True
    if d.place is not None and d.place.place_id:
        return any(m.place_id and m.kind in _TARGET_PLACE_KINDS and m.place_id != d.place.place_id
                   for _, m in ctx._places.between(at + 2, end))
    return False


#: Bombings an unnamed hand set off (roadside bombs, car bombs, landmines, grenades).
_BOMBINGS = frozenset({"ied", "suicide", "grenade"})


def an_unnamed_bomber(ctx: _Context, d: _Draft) -> None:
    """Stage (who): a bombing (an IED, a car or motorcycle bomb, a landmine, a suicide bombing, a
    grenade) whose perpetrator the article leaves unnamed once every other rule has looked for one
    (a side after ``زرعها``، ``برصاص``…, the weapon's nationality, a claim in the sentence or a later
    one: :func:`claimed_later`) is by an unidentified armed group, as ACLED codes it: ``أصيب عنصران
    من قسد بانفجار عبوة ناسفة بسيارتهما``، ``قتل راعٍ بانفجار لغم أرضي``. A bomb defused or found
    (no explosion: ``Disrupted weapons use``) keeps the side that dealt with it."""
    if (d.trigger.kind in _BOMBINGS and not d.actor1 and d.trigger.event_type == "Explosions/Remote violence"
            and d.trigger.sub_event_type != "Disrupted weapons use" and "unidentified" in ctx.ex.actors
            and d.actor2 != "unidentified"):
        d.actor1 = "unidentified"
        d.notes.append("no bomber named: an unidentified armed group")


def civilian_victims(ctx: _Context, clause: Clause, attacker: str = "") -> bool:
    """Stage: whether the sentence of a strike or an arrest names civilians (a woman, children,
    citizens, people, teachers, a house) as hit or held, and no fighter, military site or
    jihadist cell ("قتل مواطن وأصيب طفل بقصف مدفعي"، "اعتقلت الأسايش ثلاثة معلمين"). The
    ``attacker``'s own names are no side hit: in "قتل 18 شخصاً بتفجيرين تبناهما التنظيم"، "فجّر
    انتحاري من داعش شاحنة مفخخة" the jihadists bombed, the people were hit (:func:`attackers_own`)."""
    sent = clause.sentence
    own = attackers_own(ctx, sent, attacker)
    if any(split_proclitics(ctx.words[k], _ARMED_VICTIMS) and k not in own for k in range(sent.first, sent.last + 1)):
        return False
    return any(split_proclitics(w, _CIVILIAN_VICTIMS) for w in ctx.words[sent.first:sent.last + 1])


def attackers_own(ctx: _Context, sent: Sentence, attacker: str) -> set[int]:
    """The tokens of a sentence that name ``attacker`` (an actor id; ``""`` for none): its
    mentions and the words that head them as a subject (``عناصر من التنظيم``، ``انتحاري من``)."""
    own: set[int] = set()
    if not attacker:
        return own
    words = ctx.words
    for f, l, a in ctx._actors.between(sent.first, sent.last):
        if a != attacker:
            continue
        own.update(range(f, l + 1))
        k = f - 1
        while k >= sent.first and (words[k] in _SUBJECT_HEADS or split_proclitics(words[k], _ARMED_VICTIMS)):
            own.add(k)
            k -= 1
    return own


#: Protests the crowd did not hold alone: the force that met them is actor2 (ACLED).
_MET_PROTESTS = frozenset({"Protest with intervention", "Excessive force against protesters"})
#: Verbs of a force dispersing a crowd (``فرقت``، ``يفرقهم``، ``فضت``): the protest met intervention.
_DISPERSE_VERBS = _WORDS["disperse_verb"]


def dispersed_after(ctx: _Context, sent: Sentence) -> None:
    """Stage (who): a sentence with no event of its own that tells a crowd dispersed (``وردد
    المحتجون هتافات …، قبل أن تفرّقهم دورية من الأسايش``: a ``disperse_verb``) goes on with the
    protest told in the sentence right before it: its evidence takes the sentence, so that
    :func:`the_intervener` reads the dispersal and the force that came (a protest with intervention)."""
    words = ctx.words
    if not _any_stem(words[sent.first:sent.last + 1], _DISPERSE_VERBS):
        return  # ("وأطلق عناصر الأسايش الرصاص في الهواء لتفريق المحتجات")
    protest = next((d for d in reversed(ctx.drafts) if d.trigger.kind == "protest"), None)
    if protest is None or protest.sentence.last + 1 != sent.first:
        return
    protest.spans.append((sent.first, sent.last))


def the_intervener(ctx: _Context, d: _Draft) -> None:
    """Stage (who): a protest met with intervention or excessive force (``فرقت الأسايش تظاهرة …``،
    ``فتح عناصر من قسد النار لتفريق مظاهرة``، ``قبل أن تفرّقهم دورية من الأسايش``) has the
    protesters as actor1 and the force that met them as actor2 (ACLED): the first side its
    evidence sentences name that is no crowd, no mediator and no owner after ``التابعة لـ``
    (``مبنى هيئة التربية التابعة للإدارة الذاتية`` names whose building it is, not who came).
    A peaceful protest keeps actor2 empty: whom a crowd protests against is no party (unless the
    crowd faced a force's convoy or patrol: :func:`the_confronted_force`)."""
    if d.trigger.kind != "protest" or d.actor2:
        return
    words = ctx.words
    dispersal = next((k for first, last in d.spans for k in range(first, last + 1)
                      if _stem(words[k], _DISPERSE_VERBS) is not None), None)
    if d.trigger.sub_event_type == "Peaceful protest":
        if dispersal is None:
            return
        d.trigger = PROTEST_INTERVENTION
        d.notes.append("the crowd was dispersed: a protest with intervention")
    elif d.trigger.sub_event_type not in _MET_PROTESTS:
        return
    # the side right after the dispersal verb, its subject, comes first
    spans = sorted(d.spans, key=lambda s: not (dispersal is not None and s[0] <= dispersal <= s[1]))
    for first, last in spans:
        found = ctx._actors.between(first, last)
        if dispersal is not None and first <= dispersal <= last:
            found = sorted(found, key=lambda m: m[0] < dispersal)
        for f, _, a in found:
            window = words[max(first, f - 2):f]
            if a in _CROWDS or a == d.actor1 or a == "unidentified" or not _MEDIATION.isdisjoint(window) \
                    or not _ASSOC.isdisjoint(window):
                continue
            d.actor2 = a
            d.notes.append("the force that met the protest: actor2")
            return


def set_off_by(ctx: _Context, d: _Draft, clause: Clause) -> list[str]:
    """Stage (who): the sides of a clash told with no side of its own (``وتعود الاشتباكات إلى
    مساء الثلاثاء، حين هاجم مسلحون من الدفاع الوطني حاجزاً للأسايش``، ``وكانت شرارة المواجهات قد
    انطلقت … حين أطلق مسلحو الدفاع الوطني النار على دورية للأسايش``) are those of the act that set
    it off, told after ``حين``، ``عندما`` in its clause: the attacker actor1, the side hit actor2.
    (A clause drafts one event per kind, the first; the later trigger is read for its sides only.)"""
    words = ctx.words
    for m in ctx._trigs.between(d.trig_last + 1, clause.last):
        if m.payload.kind != "clash" or _DAY_WHEN.isdisjoint(w.removeprefix("و") for w in words[d.trig_last + 1:m.first]):
            continue
        told = replace(d, trig_first=m.first, trig_last=m.last, notes=[], how="")
        assign_actors(ctx, told, clause)
        if told.actor1:
            d.how = "set_off_by_" + told.how
            return [a for a in (told.actor1, told.actor2) if a]
        return []
    return []


#: How far after the word for the bodies the side whose dead they are may be named
#: ("جثامين ثلاثة من مسلحي الدفاع الوطني").
_DEAD_REACH = 5
#: How far after a handover verb the word for the bodies may stand (the giver, the place and the day between).
_BODIES_REACH = 14


def whose_dead(ctx: _Context, roles: list[tuple[int, str, str]], trig_last: int, a1: str) -> str:
    """Stage (who): the side whose dead are handed over, named right after the word for the bodies
    (``سلّمت الأسايش، اليوم، جثامين ثلاثة من مسلحي الدفاع الوطني قتلوا خلال اشتباكات …``) is
    actor2 even when its stretch tells the fighting they died in (that fighting is no event of
    its own: :func:`one_event_per_act`). Returns ``""`` when no side follows the bodies."""
    words = ctx.words
    at = next((k for k in range(trig_last, min(len(words), trig_last + _BODIES_REACH))
               if split_proclitics(words[k], _BODIES)), None)
    if at is None:
        return ""
    return next((a for i, a, r in roles if r == "party" and at < i <= at + _DEAD_REACH and a != a1), "")


_RESPONSIBILITY = _WORDS["responsibility"]
#: How many words may stand between the side and its responsibility ("تنظيم «داعش» في إعلان مسؤوليته").
_RESPONSIBILITY_GAP = 4


def claimed_responsibility(ctx: _Context, sent: Sentence) -> str:
    """Stage (who): the side its sentence says claimed the attack (``أعلن تنظيم داعش مسؤوليته عن
    التفجير``، ``في هجوم لم يتأخر تنظيم «داعش» في إعلان مسؤوليته عنه``: the side followed, within
    four words, by ``مسؤوليته``، ``المسؤولية``… — ``responsibility`` words) is the attacker
    (actor1), wherever it stands; ``""`` when no side claims. A side that denies it
    (``نفت … مسؤوليتها``) claims nothing."""
    words = ctx.words
    for f, l, a in ctx._actors.between(sent.first, sent.last):
        window = words[l + 1:min(sent.last, l + _RESPONSIBILITY_GAP) + 1]
        k = next((j for j, w in enumerate(window) if w in _RESPONSIBILITY), None)
        if k is None:
            continue
        if not _DENIALS.isdisjoint(w.removeprefix("و") for w in words[max(sent.first, f - 3):l + 1 + k]):
            continue
        return a
    return ""


_ATTACK_AUTHOR = _WORDS["attack_author"]
_LATTER_SIDE = _WORDS["latter_side"]
_FORMER_SIDE = _WORDS["former_side"]


def who_attacked(ctx: _Context, clause: Clause, roles: list[tuple[int, str, str]], parties: list[str]) -> str:
    """Stage (who): of the two sides of a clash named after ``بين``, the one its sentence says
    attacked, or ``""``: the side right after a word of attack (``attack_author``: ``إثر هجوم
    شنه مسلحو الدفاع الوطني``، ``في أعنف هجوم يشنه التنظيم``; words that head a subject may
    stand between), or "the latter"/"the former" after one (``إثر اعتداء الأخيرين على حاجز``:
    the second side). The attacker is actor1 (ACLED); with no such word the order told stays."""
    words = ctx.words
    sent = clause.sentence
    at = {i: a for i, a, r in roles if r == "party"}
    for f, _, a in ctx._actors.between(sent.first, sent.last):
        at.setdefault(f, a)
    for k in range(sent.first, sent.last):
        if words[k].removeprefix("و").removeprefix("ف") not in _ATTACK_AUTHOR:
            continue
        j = k + 1
        while j < sent.last and words[j] in _SUBJECT_HEADS:
            j += 1
        if words[j] in _LATTER_SIDE:
            return parties[1]
        if words[j] in _FORMER_SIDE:
            return parties[0]
        if at.get(j) in parties:
            return at[j]
    return ""


def article_attacker(ctx: _Context, created: list[_Draft]) -> None:
    """Stage: a strike or shelling whose sentence names no attacker is by the one force every
    earlier strike of the article named ("قصفت القوات التركية قرية … وطال القصف أيضاً قرية …"،
    "وكان مدنيان قد أصيبا بقذيفة سقطت على …"); with two attackers named, or none, it stays
    empty. Remembers the attackers named here for later sentences. A bomb (car bomb, IED, suicide
    attack, grenade) is planted or thrown by someone on the ground: the force of the article's air
    strikes or shelling is not its author ("وبدأ الهجوم بتفجير سيارة مفخخة" after the coalition's strikes)."""
    for d in created:
        if d.trigger.kind not in ("air", "shelling"):
            continue
        if d.actor1:
            if d.actor1 != "civilians":
                ctx.remote_attackers.add(d.actor1)
        elif len(ctx.remote_attackers) == 1:
            (a1,) = ctx.remote_attackers
            if a1 != d.actor2:
                d.actor1 = a1
                d.how = "article_attacker"
                d.notes.append("attacker not named in the sentence: the one the article's earlier strikes name")


#: How far before an actor's second name the speech verb before its first may stand.
_SPEAKER_REACH = 6


#: A side's own forces named after what it says (``أن دورياتها``، ``إن عناصرها``): the speaker acted.
_OWN_FORCES = _WORDS["own_forces"]


#: How far (tokens) before a date its speech verb may be (``قالت قوات سوريا الديمقراطية (قسد)، اليوم الأحد``).
_STATEMENT_VERB_REACH = 8
#: How far (tokens) after a statement's date its «إن»/«أن» may be (``اليوم الأحد 7 من آب، إن``).
_STATEMENT_THAT_REACH = 2
#: «إن/أن» opening what a speaker says (``قالت قسد يوم الأحد إن …``).
_SAID_THAT = frozenset({"ان", "بان"})


def statement_date(words: list[str], first: int, last: int, trig_tok: int, sent_first: int) -> bool:
    """Stage (when): whether the date at tokens ``first``–``last`` is the day of the statement that
    reports the act at ``trig_tok``: a speech verb (``speech``) at most :data:`_STATEMENT_VERB_REACH` tokens
    before it in its sentence, no «إن/أن» between them, and the «إن/أن» that opens what is said right
    after the date, before the act (``قالت قسد يوم الأحد إن اشتباكات اندلعت … مساء السبت``)."""
    if trig_tok <= last:
        return False
    verb = next((k for k in range(first - 1, max(sent_first, first - _STATEMENT_VERB_REACH) - 1, -1)
                 if words[k].lstrip("وف") in _SPEECH), None)
    if verb is None or any(w in _SAID_THAT for w in words[verb + 1:first]):
        return False
    return any(w in _SAID_THAT for w in words[last + 1:min(trig_tok, last + 1 + _STATEMENT_THAT_REACH)])


def said_after(words: list[str], i: int) -> bool:
    """Stage (who): whether the actor at token ``i``, after a trigger, is a speaker whose words
    follow: a speech verb right before it and ``إن``/``أن`` at most four words after it
    (``مواقع قالت قسد إن المهاجمين يتمركزون فيها``); not an announcement of its own act
    (``أعلنت الأسايش حظراً للتجوال``)."""
    return i > 0 and words[i - 1].lstrip("وف") in _SPEECH and any(
        w in _SAID_THAT for w in words[i + 1:i + 5])


def reporting(ctx: _Context, i: int, trig_first: int) -> bool:
    """Stage: whether the actor at token ``i`` only reports the event: it follows a speech verb
    and ``إن``/``أن`` stands between it and the trigger ("وقالت قسد إن الغارات استهدفت …"), unless
    what it says names its own forces right after ``أن``/``إن`` (``وأعلنت قسد في بيان أن دورياتها
    اعتقلت …``: ``own_forces``): then it acted."""
    words = ctx.words
    if not any(w in _SAID_THAT for w in words[i + 1:trig_first]):
        return False
    if any(w in _SAID_THAT and k + 1 < trig_first and words[k + 1] in _OWN_FORCES
           for k, w in enumerate(words[i + 1:trig_first], i + 1)):
        return False  # "وأعلنت قسد في بيان أن دورياتها اعتقلت": the speaker's own units acted
    if i > 0 and words[i - 1].lstrip("وف") in _SPEECH:
        return True
    # "أعلنت قوى الأمن الداخلي (الأسايش) … أن": the speaker named with more words, or twice
    k = next((k for k in range(i - 2, max(-1, i - 1 - _SPEAKER_REACH), -1) if words[k].lstrip("وف") in _SPEECH), None)
    return k is not None and not ctx._trigs.between(k + 1, i)


_ATTACK_VERBS = _WORDS["attack_verb"]
#: Nationalities after "the two sides" that name them (``الطرفان الروسي والتركي``).
_SIDE_ADJECTIVES = _WORDS["side_adjective"]
#: Words before a side that only witnesses the act (``بحضور الشرطة العسكرية الروسية``).
_WITNESS = _WORDS["witness"]
#: Kinds two sides do together, whose "الطرفان" is the pair the article told last.
_BOTH_SIDES_KINDS = _TWO_SIDED | {"bodies"}


def both_sides_subject(ctx: _Context, clause: Clause, roles: list[tuple[int, str, str]]) -> bool:
    """Stage (who): whether the clause tells its act of "the two sides" (``الطرفان``، ``الطرفين``،
    ``الجانبان``; ``واتفق الطرفان على تمديد الهدنة``، ``وكان ممثلو الطرفين قد اتفقوا``، ``وتبادل
    الطرفان جثث قتلاهم``) and names no two parties of its own: its parties are the pair the
    article told last (:func:`assign_actors`; after ``بين`` the same holds already). Not when a
    nationality follows the word (``side_adjective``: ``اتفق الطرفان الروسي والتركي``) or its
    sentence names a side outside that pair (not as mediator nor witness: ``بحضور``): the two
    sides are others."""
    words = ctx.words[clause.first:clause.last + 1]
    at = [k for k, w in enumerate(words) if w.removeprefix("و") in _BOTH_SIDES]
    if not at:
        return False
    if any(k + 1 < len(words) and words[k + 1].removeprefix("و") in _SIDE_ADJECTIVES for k in at):
        return False  # "الطرفان الروسي والتركي"
    sent = clause.sentence
    every = ctx.words
    others = [a for f, _, a in ctx._actors.between(sent.first, sent.last)
              if a not in ctx.last_pair and a != "civilians"
              and _MEDIATION.isdisjoint(every[max(sent.first, f - 2):f])
              and _WITNESS.isdisjoint(every[max(sent.first, f - 3):f])]
    if others:
        return False  # another side named in the sentence: the two sides are not the pair told last
    return len(_unique(a for _, a, r in roles if r == "party")) < 2


def verb_subject(ctx: _Context, roles: list[tuple[int, str, str]], clause: Clause, trig_first: int) -> str:
    """Stage (who): of two or more sides named before a trigger, the one right after an active
    verb of attack (``attack_verb``: ``استهدف``، ``قصفت``، ``هاجم``…; words that head a subject
    may stand between: ``استهدف عناصر من التنظيم``) is its subject, the attacker; a side named
    after it is the object hit (``كما استهدف التنظيم في شباط 2016 مركزاً أمنياً لقسد في بلدة
    الهول بسيارة مفخخة``: Islamic State on the SDF). Returns ``""`` when no side follows such a
    verb."""
    words = ctx.words
    for i, a, r in roles:
        if r != "party" or i >= trig_first or i <= clause.first:
            continue
        k = i - 1
        while k > clause.first and words[k] in _SUBJECT_HEADS:
            k -= 1
        if words[k].removeprefix("و").removeprefix("ف") in _ATTACK_VERBS:
            return a
    return ""


def members_lost(ctx: _Context, i: int, clause: Clause) -> bool:
    """Whether the actor at token ``i`` is named by its members ("أربعة من عناصر قسد"، "مقاتل
    من قسد") in a sentence that counts dead or wounded ("فقدوا حياتهم"، "وأصيب ثلاثة"): the
    members lost, not the force that struck."""
    words = ctx.words
    sent = clause.sentence
    heads = [w for w in words[max(sent.first, i - 3):i] if split_proclitics(w, _ARMED_VICTIMS)]
    return bool(heads) and bool(ctx._cas.between(sent.first, sent.last))


def after_casualty(ctx: _Context, i: int, clause: Clause) -> bool:
    """Whether the actor at token ``i`` is named as killed or wounded ("قتل عنصران من قسد")."""
    return any(m.first < i <= m.first + 4 for m in ctx._cas.between(clause.first, i - 1))


def perpetrators_after(ctx: _Context, roles: list[tuple[int, str, str]], trig_last: int) -> list[str]:
    """Who did it, among the actors after an attack's trigger: the subject right after a verb
    ("اختطف مسلحون مجهولون …") or an actor after برصاص، بنيران، على يد، من قبل. The others
    there are the victims' side ("مسؤولاً في الإدارة الذاتية"), not a party."""
    words = ctx.words
    # "أطلق عناصر من قوات النظام النار على …": the subject sits between the verb and النار
    fire = (words.index("النار", trig_last) if words[trig_last].lstrip("وف") in _FIRE_VERBS
            and "النار" in words[trig_last:trig_last + _FIRE_GAP + 1] else -1)

    def led_in(i: int) -> bool:
        """Only words that head a subject ("عناصر من"، "قناص تابع لـ") stand between the verb,
        or an agent marker (برصاص، على يد...), and the actor at ``i``."""
        k = i - 1
        while k > trig_last and words[k] in _SUBJECT_HEADS:
            k -= 1
        return k == trig_last or words[k].lstrip("و") in _AGENT_MARKERS

    return [a for i, a, r in roles
            if r == "party" and i > trig_last and a != "civilians" and (i < fire or led_in(i))]


def joint_subjects(ctx: _Context, roles: list[tuple[int, str, str]], trig_first: int, kind: str) -> list[str]:
    """The two parties named before a trigger that has none after it: joined by و ("قسد
    والقوات الحكومية"، "الأسايش وممثلون عن الحكومة": :func:`delegates_joined`), or, for a clash, any two ("لقي خمسة من الدفاع الوطني مصرعهم وأصيب
    عشرة من الأسايش خلال معارك"); none otherwise."""
    parties = [(i, a) for i, a, r in roles if r == "party" and i < trig_first]
    if len(parties) < 2:
        return []
    (_, a1), (i2, a2) = parties[-2], parties[-1]
    if a1 == a2 or not (kind == "clash" or ctx.words[i2].startswith("و") or delegates_joined(ctx.words, i2)):
        return []
    return [a1, a2]


_DELEGATE_HEADS = _WORDS["delegate_head"]
#: How many head words may stand between و and the second side (``وممثلون عن``، ``ووفد من``، ``وضباط من``).
_DELEGATE_REACH = 3


def delegates_joined(words: list[str], i2: int) -> bool:
    """Stage (who): whether the side at token ``i2`` is joined to the one before it by و on the
    words that head it (``توصلت الأسايش وممثلون عن الحكومة السورية إلى اتفاق``، ``وضباط من
    الجيش``): at most ``_DELEGATE_REACH`` ``delegate_head`` or ``subject_head`` words right before
    it, the first of them behind و."""
    k = i2 - 1
    heads = 0
    while k >= 0 and heads < _DELEGATE_REACH:
        w = words[k]
        bare = w[1:] if w.startswith("و") else w
        if bare not in _DELEGATE_HEADS and bare not in _SUBJECT_HEADS:
            return False
        if w.startswith("و") and bare != w:
            return True
        heads += 1
        k -= 1
    return False

# --------------------------------------------------------------------------- Stage: control statements


def control_claims(ctx: _Context, clause: Clause) -> list[ControlClaim]:
    """Stage: control statements of a clause ("وتسيطر قوات سوريا الديمقراطية على معظم …"):
    the controller before or after the verb, each place after على (a place inside another
    named one is dropped), ``most of`` when معظم/أغلب follows; dated to publication."""
    words = ctx.words
    out: list[ControlClaim] = []
    for i in ctx._control_verbs.between(clause.first, clause.last):
        ala = next((j for j in range(i + 1, min(i + 8, clause.last + 1)) if words[j] == "علي"), None)
        if ala is None:
            continue
        controller = next((a for _, _, a in ctx._actors.between(i + 1, ala - 1)), "") or next(
            (a for _, _, a in reversed(ctx._actors.between(clause.first, i - 1))), "")
        if not controller:
            continue
        qualifier = "most of" if any(words[j] in ("معظم", "اغلب", "غالبيه") for j in range(ala, min(ala + 3, clause.last + 1))) else ""
        places = [(k, m) for k, m in ctx._places.between(ala + 1, clause.last)
                  if m.kind not in ("country", "region")]
        ids = {m.place_id for _, m in places}
        kept = [(k, m) for k, m in places
                if not any(m.place_id in ctx.gaz.ancestor_ids(o) for o in ids if o != m.place_id)]
        s, e = ctx._orig_span(clause.sentence.first, clause.sentence.last)
        evidence = ctx.nt.original[s:e]
        as_of = ctx.article.published  # present tense: the state when the report was written
        if not kept and ctx.focus_city and any("مدين" in words[j] for j in range(ala, clause.last + 1)):
            m = ctx._focus_mention()
            kept = [(ala, m)] if m else []
            qualifier = qualifier or "the city"
        for _, m in kept:
            out.append(ControlClaim(controller, m.place_id, m.text, as_of, evidence, s, e, qualifier))
    return out

# --------------------------------------------------------------------------- Stage: one event, many sentences — merging an article's events


def add_event(ctx: _Context, d: _Draft) -> _Draft | None:
    """Add a sentence's event to the article's: as a new event, or folded into the one it
    reports again. Returns the event it now is part of (None: dropped as background)."""
    if d.date is not None and is_year_level(d.date):
        return None  # "وفي العام الماضي قتلت الغارات …": a year's summary or an old episode, no day
    told = weapon_told_again(ctx, d)
    if told is not None:
        told.spans.append(d.spans[0])  # more evidence; the place, date and toll stay the strike's
        return told
    # a definite trigger ("الاجتماع", "الاشتباكات") that adds nothing new refers back
    # to the latest event of its kind (covering its date, when it has one)
    if d.definite or d.recap:
        prior = latest_of_kind(ctx, d.trigger.kind, d.date if d.date_quality == 2 and not d.recap else None)
        fits = prior is not None and compatible_with(ctx, prior, d)
        if d.recap and d.definite and not fits and (prior is not None or not _has_toll(d)):
            return None  # "بعد يومين من الاشتباكات": background, never a new event
        # an indefinite one ("بعد اشتباكات عنيفة") may be news: kept, at lower confidence
        if prior is not None and fits:
            prior.spans.append(d.spans[0])
            if d.place is not None and d.place_quality == 2 and prior.place is not None and _inside(ctx, d.place, prior.place) \
                    and not _another_named_place(prior.place, d.place):
                prior.place, prior.place_quality = _redrawn(ctx, d.place, prior.place), 2  # told again, more precisely
            # "وأسفرت الاشتباكات عن مقتل أربعة": the toll belongs to the event referred to
            for attr in ("fatalities", "injuries", "displaced"):
                if getattr(d, attr) is not None:
                    setattr(prior, attr, _max_count(getattr(prior, attr), getattr(d, attr)))
            return prior
    # "وبحسب حصيلة للمرصد، قتل في الاشتباكات ستة …": "the clashes" the article never
    # reported, with no place or date of their own, are the episode's background
    if (d.definite and d.place_quality == 0 and d.date_quality == 0 and ctx.drafts and not sent_is_lead(ctx, d)
            and latest_of_kind(ctx, d.trigger.kind, None) is None):
        return None
    if pluperfect_background(ctx, d):
        return None
    if told_in_a_relative_clause(ctx, d):
        if d.actor1 and d.actor2:
            ctx.last_pair = (d.actor1, d.actor2)  # background, but the sides it names are the ones told
        return None
    if d.definite and d.trig_first > 0 and ctx.words[d.trig_first - 1].removeprefix("و") in _DEMONSTRATIVES:
        return None  # "وتعد هذه الاشتباكات الأعنف …": the event told (it was folded above), or none
    other_half = in_return(ctx, d)
    if other_half is not None:
        other_half.spans.append(d.spans[0])  # "وتسلّم المجلس بالمقابل جثة أحد مقاتليه": the same exchange
        return other_half
    taken = withdrawal_of_a_takeover(ctx, d)
    if taken is not None:
        taken.spans.append(d.spans[0])  # the side that lost the ground, told leaving it
        return taken
    crowd = stones_of_a_crowd_told(ctx, d)
    if crowd is not None:
        crowd.spans.append(d.spans[0])
        if crowd.trigger.kind == "protest" and crowd.trigger.sub_event_type == "Peaceful protest":
            if during_the_crowd(ctx, d) and d.actor2 and d.actor2 not in ("protesters", "rioters", "civilians"):
                # "وخلال المظاهرة نشب اشتباك بين المحتجين ومجهولين بالحجارة": others met the protest
                crowd.trigger, crowd.actor2 = PROTEST_INTERVENTION, crowd.actor2 or d.actor2
            else:
                crowd.trigger = RIOT  # the gathering turned violent: a violent demonstration (ACLED)
        return crowd
    another = not _ANOTHER.isdisjoint(ctx.words[d.sentence.first:d.sentence.last + 1])
    for other in ctx.drafts:
        if not another and (same_event(other, d) or told_again(other, d) or told_within(ctx, other, d)
                            or told_with_its_day(ctx, other, d)):
            _merge_into(other, d)
            return other
    told = retold_event(ctx, d)
    if told is not None:
        told.spans.append(d.spans[0])
        for attr in ("fatalities", "injuries", "displaced"):
            if getattr(d, attr) is not None:
                setattr(told, attr, _max_count(getattr(told, attr), getattr(d, attr)))
        return told
    the_other_side(ctx, d)
    ctx.drafts.append(d)
    if d.actor1 and d.actor2:
        ctx.last_pair = (d.actor1, d.actor2)
    return d


def fighters_hit(ctx: _Context, d: _Draft) -> None:
    """Stage (who): a strike whose sentence names fighters or military sites hit (``مقاتلين``،
    ``قيادي``، ``سيارة عسكرية``، ``موقعاً``: ``armed_victim`` words that are not the attacker's
    own; in its comma stretch or one that tells no other act) and no civilians, but no side of theirs, hit the other side of the pair the article's
    fight was told with, or else the armed side the article named last before it (not the
    attacker)."""
    if d.trigger.kind not in _REMOTE or not d.actor1 or d.actor2:
        return
    sent = d.sentence
    own = attackers_own(ctx, sent, d.actor1)
    words = ctx.words
    mine = ctx._segment(d.trig_first)
    # its own comma stretch and those that tell no other act ("هاجم مسلحون …، وقصفت القوات التركية …")
    told = [k for k in range(sent.first, sent.last + 1)
            if ctx._segment(k) == mine or ctx._trigger_segments.get(ctx._segment(k), 0) == 0]
    if not any(split_proclitics(words[k], _ARMED_VICTIMS) and k not in own for k in told):
        return
    if any(split_proclitics(words[k], _CIVILIAN_VICTIMS) for k in told):
        return
    a, b = ctx.last_pair
    other = b if d.actor1 == a else a if d.actor1 == b else ""
    if not other:
        named = [x for f, _, x in ctx.actor_toks if f < d.trig_first and x != d.actor1]
        actor = ctx.ex.actors.get(named[-1]) if named else None
        other = actor.id if actor is not None and actor.inter in (1, 2, 3, 8) else ""
    if other and other != d.actor1 and other not in _CROWDS:
        d.actor2 = other
        d.notes.append("fighters hit, of the side the article named")


_UNNAMED_GUNMEN = _WORDS["unnamed_gunmen"]
_SEPARATE = frozenset(normalise_phrase(w) for w in ("منفصل", "منفصلة"))


def the_other_side(ctx: _Context, d: _Draft) -> None:
    """Stage (who): a clash or takeover that names one side, one of the pair the article's fight
    was told with (``اشتباكات بين الأسايش وقوات النظام``, then ``سيطرت الأسايش على مبنى السجن``),
    was against the other of that pair (actor2): the sides of an episode are named once. A side
    outside the pair gets none. So is an arrest by one side of the pair of armed men of no side
    named (``وكانت الأسايش قد اعتقلت عنصرين``: ``armed_victim`` words after the verb in its comma
    stretch), and a truce or a clash that names no side at all (``وأُعلنت هدنة برعاية روسية``، ``كما
    شهد الحي المجاور اشتباكات مماثلة``) is between the two of the pair (not when its sentence names other sides or nationalities: ``الجانبان الروسي
    والتركي``). A clash, takeover or arrest told as another incident gets no side of the pair
    (:func:`another_incident_than_the_pairs`)."""
    a, b = ctx.last_pair
    kind = d.trigger.kind
    if kind in ("agreement", "clash") and not d.actor1 and not d.actor2:
        sent = d.sentence
        if any(x != d.mediator for _, _, x in ctx._actors.between(sent.first, sent.last)) or any(
                w.lstrip("و") in _SIDE_ADJECTIVES for w in ctx.words[sent.first:sent.last + 1]):
            return  # "وتوصل الجانبان الروسي والتركي إلى تفاهم": sides of their own
        armed = [ctx.ex.actors.get(x) for x in (a, b)]
        if all(x is not None and x.inter in (1, 2, 3, 8) for x in armed) and a != b and d.mediator not in (a, b):
            d.actor1, d.actor2 = a, b
            d.notes.append("no side named: the pair the article's fight was told with")
        return
    if kind == "arrest" and d.actor1 and not d.actor2:
        mine = ctx._segment(d.trig_first)
        if any(ctx._segment(f) == mine for f, _, _ in ctx._actors.between(d.trig_last + 1, d.sentence.last)):
            return  # "باحتجاز ثلاثة عناصر من الأسايش": the side held is named
        if not any(split_proclitics(ctx.words[k], _ARMED_VICTIMS) for k in range(d.trig_last + 1, d.sentence.last + 1)
                   if ctx._segment(k) == mine):
            return
    elif kind not in ("clash", "takeover") or not d.actor1 or d.actor2:
        return
    other = b if d.actor1 == a else a if d.actor1 == b else ""
    if other and other != d.actor1 and other not in _CROWDS and not another_incident_than_the_pairs(ctx, d):
        d.actor2 = other
        d.notes.append("the other side of the pair the article's fight was told with")


def another_incident_than_the_pairs(ctx: _Context, d: _Draft) -> bool:
    """Stage (who): whether a clash, takeover or arrest is told as an incident of its own, not
    the episode the article's pair (``ctx.last_pair``) fought in: its sentence turns to another
    matter (``وفي سياق منفصل،``: :func:`turns_to_another_matter`) or names a separate incident
    (``في حادث منفصل``), or its clause names gunmen left unnamed (``في اشتباك مع مسلحين``:
    ``unnamed_gunmen``, indefinite, with no side of theirs after them: ``مسلحون تابعون له`` are
    a side's), the side it was with. A day or a place of its own is no sign: an episode's
    sides fight on over days and sites (a prison taken the day after the clashes)."""
    words, sent = ctx.words, d.sentence
    if turns_to_another_matter(ctx, sent) or not _SEPARATE.isdisjoint(words[sent.first:sent.last + 1]):
        return True
    clause = next((c for c in sent.clauses if c.first <= d.trig_first <= c.last), sent)
    for k in range(clause.first, clause.last + 1):
        hit = split_proclitics(words[k], _UNNAMED_GUNMEN)
        if hit is not None and not hit[0].endswith("ال") and not any(
                w.startswith(("تابع", "موال")) for w in words[k + 1:min(clause.last, k + 2) + 1]) \
                and not ctx._actors.between(k + 1, min(clause.last, k + 3)):
            return True
    return False


_TOLD_WEAPONS = _WORDS["told_weapon"]
_MORE_ACT = _WORDS["more_act"]
#: ``المدينة`` refers back to a town or city told (not to a village: ``نقل إلى مشفى في المدينة``
#: after a strike on a village names the city nearby).
_CITY_BACK_KINDS = frozenset({"town", "city"})


def weapon_told_again(ctx: _Context, d: _Draft) -> _Draft | None:
    """Stage: a follow-up sentence whose weapon is the one already told, definite (``المسيرة``،
    ``الطائرة``، ``القذيفة``، ``العبوة``: ``told_weapon``), whose place is a bare definite
    back-reference to the place told (``القرية`` after a village, ``الحي`` after a quarter,
    ``البلدة`` after a town, ``المدينة`` after a town or city) and which tells no day, toll
    or parties of its own (``وقال مصدر محلي إن المسيرة أطلقت صاروخاً قرب مدخل القرية``) is more
    evidence of the latest strike of its kind, not a new strike. A place the sentence names
    that is wider than the one told (the city a village lies by, where the wounded were taken)
    does not make it another; a named place as precise as the told one (another village) does,
    and so do ``أخرى``، ``أيضاً``، ``كما`` (one more act). Returns that strike, or None."""
    if d.trigger.kind not in _REMOTE or d.recap or _has_toll(d):
        return None
    words, sent = ctx.words, d.sentence
    lo, hi = max(sent.first, d.trig_first - 1), min(sent.last, d.trig_last + 1)
    if not _any_stem(words[lo:hi + 1], _TOLD_WEAPONS):
        return None
    span = words[sent.first:sent.last + 1]
    if not (_ANOTHER.isdisjoint(span) and _ALSO.isdisjoint(span)) or _any_stem(span[:2], _MORE_ACT):
        return None
    prior = next((p for p in reversed(ctx.drafts) if p.trigger.kind == d.trigger.kind), None)
    if prior is None or prior.place is None or prior.sentence is sent:
        return None
    if d.date_quality == 2 and d.date_range != prior.date_range:
        return None  # a day of its own: news
    told = {prior.actor1, prior.actor2} - {""}
    if any(a and p and a not in told for a, p in ((d.actor1, prior.actor1), (d.actor2, prior.actor2))):
        return None  # parties of its own, other than the strike's
    if not refers_back_to_place(ctx, sent, prior.place):
        return None
    if (d.place is not None and d.place_quality == 2 and d.place.how != "anaphora"
            and not compatible_with(ctx, prior, d)
            and SPECIFICITY.get(d.place.kind, 9) <= SPECIFICITY.get(prior.place.kind, 9)):
        return None  # "… على منزل في قرية تل حبش": a place as precise as the one told, another site
    return prior


def refers_back_to_place(ctx: _Context, sent: Sentence, place: Mention) -> bool:
    """Whether ``sent`` holds a bare definite noun that refers back to ``place`` by its kind
    (``القرية`` a village, ``الحي`` a quarter, ``البلدة`` a town: the heads of
    :func:`the_neighbourhood`; ``المدينة`` a town or city), with no name after it."""
    words = ctx.words
    for k in range(sent.first, sent.last + 1):
        hit = split_proclitics(words[k], _BACK_HEADS)
        head = words[k] if words[k] in _BACK_HEADS else hit[1] if hit else None
        if head is not None:
            if place.kind in _BACK_HEADS[head] and not ctx._places.between(k, min(k + 1, sent.last)):
                return True
            continue
        m = next((m for i, m in ctx._places.between(k, k)), None)
        if (m is not None and m.how == "anaphora" and m.kind in _CITY_BACK_KINDS and place.kind in _CITY_BACK_KINDS
                and "مدينه" in words[k]):
            return True  # "المدينة" (the anaphora of places.py) after a town or city told
    return False


_NOT_TERRITORY = _WORDS["not_territory"]
_ATTACKERS = _WORDS["attackers"]
_DEMONSTRATIVES = _WORDS["demonstrative"]
_WAS = frozenset({"كان", "كانت", "وكان", "وكانت", "فكان", "فكانت"})


_CONFRONTATIONS = frozenset({"protest", "riot", "civ_attack"})


def stones_of_a_crowd_told(ctx: _Context, d: _Draft) -> _Draft | None:
    """Stage: stones thrown (:func:`stones_thrown`) in a later sentence that tells how a crowd
    already reported met a convoy (``اعترض أهالي القرية رتلاً … . وذكر المراسل أن الأهالي
    رشقوا المدرعات بالحجارة``) are that confrontation told again, not a new riot: the latest
    protest, riot or attack on civilians of the article on the same days at a compatible place.
    A peaceful protest so told becomes a violent demonstration. Returns that event, or None."""
    if d.found_by != "stones":
        return None
    during = during_the_crowd(ctx, d)
    for prior in reversed(ctx.drafts):
        if prior.trigger.kind not in _CONFRONTATIONS or prior.sentence is d.sentence:
            continue
        if prior.date_range != d.date_range and d.date_quality == 2 and not during:
            return None
        # (told "during the protest", the parties named are those who met it: the place alone must fit)
        return prior if compatible_with(ctx, prior, replace(d, actor1="", actor2="") if during else d) else None
    return None


_CROWD_NOUNS = frozenset(map(normalise_phrase, ("المظاهرة", "المظاهرات", "الاحتجاج", "الاحتجاجات", "التظاهرة",
                                                "الوقفة", "الاعتصام", "المسيرة")))


def during_the_crowd(ctx: _Context, d: _Draft) -> bool:
    """Whether ``d``'s sentence says it happened during a gathering told before (``وخلال
    المظاهرة``، ``أثناء الاحتجاج``: a ``during`` word right before a definite protest noun, before
    the trigger)."""
    words = ctx.words
    return any(words[k].removeprefix("و") in _DURING and words[k + 1] in _CROWD_NOUNS
               for k in range(d.sentence.first, min(d.trig_first, len(words) - 1)))


_IN_RETURN = frozenset(map(normalise_phrase, ("بالمقابل", "وبالمقابل")))
_EXCHANGE_KINDS = frozenset({"bodies", "agreement"})


def in_return(ctx: _Context, d: _Draft) -> _Draft | None:
    """Stage (one event per act): a handover told as "in return" (``بالمقابل``، ``في المقابل``:
    ``سلّمت قسد جثث سبعة مسلحين … وتسلّم المجلس بالمقابل جثة أحد مقاتليه``) is the
    other half of the exchange just told, not a second event: the latest event of its kind
    (bodies handed over, an exchange agreed) on the same days (an undated one on the day of
    publication): "في المقابل" also means "on the other hand", and an exchange of other days is
    another. Returns it, or None."""
    if d.trigger.kind not in _EXCHANGE_KINDS:
        return None
    words = ctx.words[d.sentence.first:d.sentence.last + 1]
    if _IN_RETURN.isdisjoint(words) and not any(a == "في" and b == "المقابل" for a, b in zip(words, words[1:])):
        return None  # (not "مقابل إطلاق سراح …": the terms of the exchange told, which may be another)
    other = latest_of_kind(ctx, d.trigger.kind, None)
    if other is None:
        return None
    published = (ctx.article.published, ctx.article.published)
    lo, hi = d.date_range or published
    olo, ohi = other.date_range or published
    return other if olo <= hi and lo <= ohi else None


_WITHDRAW_STEM = normalise_phrase("انسحب")


def withdrawal_of_a_takeover(ctx: _Context, d: _Draft) -> _Draft | None:
    """Stage (one event per act): a withdrawal (``انسحب``، ``انسحبوا``، ``انسحاب``) told after a
    takeover of the same days (``سيطرت الفصائل اليوم على قريتي … وقالت مصادر إن مقاتلي قسد
    انسحبوا من القريتين نحو قرى أقرب إلى تل تمر``) is the side that lost the ground leaving
    it: the takeover told from the other side, not a non-violent transfer of territory. Returns
    the takeover it folds into, or None. A withdrawal with no takeover told on its days
    (``انتشرت قوات الحكومة في نقاط حدودية بعد انسحاب مقاتلي قسد منها``) stays a transfer; so
    does one from another place (not the takeover's nor one inside it) or by a side other than
    the one the takeover took the ground from (:func:`lost_the_ground`)."""
    if d.trigger.kind != "transfer" or _WITHDRAW_STEM not in ctx.words[d.trig_first]:
        return None
    published = (ctx.article.published, ctx.article.published)
    lo, hi = d.date_range or published
    return next((o for o in reversed(ctx.drafts) if o.trigger.kind == "takeover"
                 and (o.date_range or published)[0] <= hi and lo <= (o.date_range or published)[1]
                 and lost_the_ground(ctx, o, d)), None)


def lost_the_ground(ctx: _Context, taken: _Draft, left: _Draft) -> bool:
    """Whether the withdrawal ``left`` can be the takeover ``taken`` told from the other side: it
    is from the same place or one inside it, or the town right around it (or names none), and the side withdrawing is the
    takeover's actor2 (or either is unknown) — a Russian withdrawal in the Darbasiyah
    countryside is no part of a takeover in the Tal Tamr countryside."""
    if left.place is not None:
        if taken.place is None:
            return False
        same = (left.place.place_id == taken.place.place_id
                and left.place.unresolved_name == taken.place.unresolved_name)
        parent = ctx.gaz.places.get(taken.place.place_id) if taken.place.place_id else None
        around = parent is not None and parent.parent == left.place.place_id and not left.place.unresolved_name
        if not same and not around and not _inside(ctx, left.place, taken.place):
            return False  # (around: villages of Tal Tamr's countryside left "towards Tal Tamr")
    return not left.actor1 or left.actor1 == taken.actor2 or (not taken.actor2 and left.actor1 != taken.actor1)


_RELATIVE_PRONOUNS = frozenset({"التي", "الذي", "الذين", "اللذين", "اللتين", "اللواتي"})
#: How far before a trigger the relative pronoun of its clause may stand ("التي أسرتهم في مواجهات").
_RELATIVE_REACH = 4
#: A day range longer than this is vague ("الأسبوع الماضي"): no day of the act's own.
_VAGUE_RANGE_DAYS = 2


def told_in_a_relative_clause(ctx: _Context, d: _Draft) -> bool:
    """Stage (is it a fact): an act named inside a relative clause about someone (``بعدما أفرجت عنهم
    الأسايش التي أسرتهم في مواجهات الأسبوع الماضي``) with no day of its own (none, or a vague
    span such as ``الأسبوع الماضي``) is what is known of them, background, not an event: a relative
    pronoun and a verb at most four words before the trigger. With its own day (``الذي قتل أمس في
    قصف تركي``) it stays news."""
    words = ctx.words
    lo = max(d.sentence.first, d.trig_first - _RELATIVE_REACH)
    if _RELATIVE_PRONOUNS.isdisjoint(words[lo:d.trig_first]):
        return False
    return not (d.date is not None and d.date_quality == 2
                and (d.date.date_to - d.date.date_from).days <= _VAGUE_RANGE_DAYS)


def pluperfect_background(ctx: _Context, d: _Draft) -> bool:
    """Stage: a definite event told in the pluperfect with no day of its own (``وكانت المعارك
    قد اندلعت بعد أيام من التوتر``) is the background of the news, when the article told no
    such event: "the fighting had broken out" names the episode, not a new act; so do families
    who had fled (``وكانت عشرات العائلات قد نزحت …``), definite or not. With a day of its own (``وكانت الاشتباكات قد اندلعت مساء الثلاثاء``) it is an event."""
    if not (d.definite or d.trigger.kind == "displacement") or d.date_quality == 2 \
            or latest_of_kind(ctx, d.trigger.kind, None) is not None:
        return False
    words = ctx.words
    lo = max(d.sentence.first, d.trig_first - 4)
    # "وكانت المعارك قد اندلعت" (the noun, then قد) or "وكانت العائلات قد نزحت" (قد, then the verb)
    return any(w in _WAS for w in words[lo:d.trig_first]) and "قد" in words[d.trig_first - 1:d.trig_first + 3]


def sent_is_lead(ctx: _Context, d: _Draft) -> bool:
    """Whether ``d``'s sentence is the report's first with an event (its lead)."""
    return all(p.sentence.index >= d.sentence.index for p in ctx.drafts)


_ANOTHER = _WORDS["another"]


def retold_event(ctx: _Context, d: _Draft) -> _Draft | None:
    """Stage: the earlier event a violent sentence only tells again, or None.

    A killing a side says it did (:func:`forces_killed`) with no place of its own in its sentence
    is the article's latest fighting told again, whatever its date. Otherwise,
    a violent event with neither a place nor a date of its own in its sentence (its place is
    the article's city by default, or a place referred back to that is the earlier event's:
    "داخل السجن"; its date inferred) adds nothing an analyst could map: when
    the article already reported an event of the same ACLED type, it is that event told again
    ("وقال مصدر إن المسلحين أطلقوا النار على المختار ولاذوا بالفرار" after the killing of the
    mukhtar: shots told after an attack on a civilian are that attack), and its sentence
    becomes more evidence of it (ACLED: one event per act).
    """
    if d.trigger.event_type not in VIOLENT_TYPES:
        return None
    if d.place_quality != 2 and ctx._found_by.get(d.trig_first) == "force_killed":
        # "وقالت قسد إن قواتها قتلت خمسة من المهاجمين خلال الليل" with no place of its own: the side
        # tells its part in the fighting the article reported, whatever day it gives
        return next((p for p in reversed(ctx.drafts) if p.trigger.event_type in _FIGHTING), None)
    if d.place_quality == 2 or d.date_quality == 2:
        return None
    if not _ANOTHER.isdisjoint(ctx.words[d.sentence.first:d.sentence.last + 1]):
        return None  # "وفي حادثة أخرى، قتل مدني برصاص مجهولين": another act
    shots = d.trigger is BATTLE and bool(_SHOOTING.intersection(ctx.words[d.trig_first:d.trig_last + 1]))
    for p in reversed(ctx.drafts):
        if p.trigger.event_type == d.trigger.event_type or (shots and p.trigger.kind == "civ_attack"):
            # a place only referred back to ("داخل السجن") must be the earlier event's own
            if d.place_quality == 1 and (p.place is None or d.place is None or p.place.place_id != d.place.place_id
                                         or p.trigger.kind != d.trigger.kind):
                return None  # (a takeover "في الحي" after the clashes there is news)
            return p  # the shots fired at a civilian just reported are that attack
    return None


def _another_named_place(told: Mention, new: Mention) -> bool:
    """Whether ``new`` is another place than ``told``, a place the text names but the gazetteer
    lacks (drawn in its area: ``كما طال القصف قرية قصر ديب المجاورة``, in the governorate): a later
    ``القصف`` placed at the village told before it (``نزحت عائلات من عين ديوار``) lies in that area
    but is not the unknown village told more precisely, and the event is never moved there; the
    same name placed more precisely is."""
    return bool(told.unresolved_name) and new.unresolved_name != told.unresolved_name


def _inside(ctx: _Context, inner: Mention, outer: Mention) -> bool:
    """Whether ``inner`` is a place within ``outer``: a gazetteer descendant, a village the
    gazetteer lacks drawn in ``outer`` itself (``قرية الدردارة`` in ``ريف تل تمر``), or one the
    text places nowhere nearer than the governorate that holds ``outer`` (:func:`_may_lie_in`)."""
    return _inside_strict(ctx, inner, outer) or _may_lie_in(ctx, inner, outer)


def _inside_strict(ctx: _Context, inner: Mention, outer: Mention) -> bool:
    """:func:`_inside` without the places the text leaves in the governorate."""
    p, q = inner.place_id, outer.place_id
    if p is None or q is None:
        return False
    if p == q:
        return bool(inner.unresolved_name) and not outer.unresolved_name
    return q in ctx.gaz.ancestor_ids(p)


def _may_lie_in(ctx: _Context, inner: Mention, outer: Mention) -> bool:
    """Whether ``inner`` is a place the gazetteer lacks that the text places nowhere nearer than
    its governorate (drawn there, approximate) while ``outer`` is a known place in that
    governorate: the unknown village may well lie in it (``القذائف سقطت على قرى …`` told after
    the shelling of a town's countryside), so telling the event again there is no contradiction."""
    if not inner.unresolved_name or outer.unresolved_name or inner.place_id is None or outer.place_id is None:
        return False
    return ctx.gaz.places[inner.place_id].kind == "governorate" and outer.kind in _HOLDING_KINDS \
        and inner.place_id in ctx.gaz.ancestor_ids(outer.place_id)


#: Kinds of place an unknown village may lie in or around (never another village or a quarter).
_HOLDING_KINDS = frozenset({"area", "subdistrict", "city", "town"})


def _redrawn(ctx: _Context, inner: Mention, outer: Mention) -> Mention:
    """``inner``, the more precise telling of the event placed at ``outer``; a place the gazetteer
    lacks that the text left in the governorate (:func:`_may_lie_in`) is drawn in ``outer``'s
    area (a town's countryside, the area itself), still flagged with its name: the article
    places the act there (``أصيب مدنيان بقصف على قرى ريف تل تمر. وقال مصدر إن القذائف سقطت على
    قرية الدردارة``)."""
    if _inside_strict(ctx, inner, outer) or not _may_lie_in(ctx, inner, outer) or outer.place_id is None:
        return inner
    area = enclosing_area(ctx.gaz, outer.place_id, inside_settlement=False)
    if area is None:
        return inner
    loc = ctx.gaz.locate(area.id)
    precision = max(loc.geo_precision or 3, 3) if loc.lat is not None else loc.geo_precision
    name_en, name_ar = unresolved_names(inner.unresolved_name, inner.text, area)
    return replace(inner, place_id=area.id, name_en=name_en, name_ar=name_ar, lat=loc.lat, lon=loc.lon,
                   geo_precision=precision, approximate=True,
                   location_note=f"'{inner.text}' is not in the gazetteer: shown at {area.name_en}, where the article "
                                 f"places the act it tells; {loc.basis}")


_VILLAGE_PLURALS = _WORDS["village_plural"]


def fled_villages(ctx: _Context, clause: Clause, place: Mention, trig_tok: int | None = None) -> Mention:
    """Stage (where): families displaced from villages the text does not name, with a town
    named (``نزحت مئات العائلات من قرى عامودا``، ``غادرت العائلات منازلها في القرى الحدودية قرب
    الدرباسية``، ``نزحت آلاف العائلات من قراها``: ``village_plural`` words after the flight, behind
    its من or في with no other trigger between (:func:`_in_the_flights_phrase`), not as
    where they went: ``نحو القرى المجاورة``, nor joined by و to the town or to a destination:
    ``من مدينة الدرباسية وقراها`` is the town and its villages, told at the town), fled from the
    town's countryside: the displacement is placed there (approximate), where people fled from,
    not at the town. A named village is more specific and wins before this (:func:`locate`).

    Parameters
    ----------
    ctx : _Context
    clause : Clause
        The displacement's clause.
    place : Mention
        The place :func:`locate` found.

    Returns
    -------
    Mention
        The town's countryside, or ``place`` unchanged.
    """
    if place.kind not in ("city", "town") or not place.place_id:
        return place
    words = ctx.words
    if not _in_window(words, _VILLAGE_PLURALS, clause.first, clause.last + 1):
        return place
    if not any(_stem(words[k], _VILLAGE_PLURALS) is not None and _direction(words, k) != "to"
               and not words[k].startswith("و") and not (k > 0 and words[k - 1].startswith("و"))
               and _in_the_flights_phrase(ctx, k, trig_tok)
               for k in range(clause.first, clause.last + 1)):
        return place  # "من مدينة الدرباسية وقراها"، "في المدينة وفي قرى قريبة منها": the town too
    area = enclosing_area(ctx.gaz, place.place_id, inside_settlement=False)
    if area is None or area.kind != "area":
        return place
    loc = ctx.gaz.locate(area.id)
    return replace(place, place_id=area.id, name_en=area.name_en, name_ar=area.name_ar, kind=area.kind,
                   lat=loc.lat, lon=loc.lon, geo_precision=loc.geo_precision, approximate=True,
                   location_note=f"families fled villages of {place.name_en}: shown at {area.name_en}; {loc.basis}")


def _in_the_flights_phrase(ctx: _Context, k: int, trig_tok: int | None) -> bool:
    """Whether the village word at ``k`` is where the flight at ``trig_tok`` was from: after it,
    right behind من or في (``نزحت العائلات من قرى …``، ``منازلها في القرى``), and no other
    trigger between (``نزحت العائلات من مدينة عامودا بعد قصف طال القرى المحيطة بها``: the
    shelling's villages, not the flight's)."""
    if trig_tok is None:
        return True
    if k <= trig_tok or k == 0 or _word_before(ctx.words, k) not in ("من", "في"):
        return False
    return not ctx._trigs.between(trig_tok + 1, k - 1)


def _word_before(words: list[str], k: int) -> str:
    """The word before ``k`` without a leading و (``وفي``)."""
    return words[k - 1].removeprefix("و")


def _one_more_site(ctx: _Context, d: _Draft) -> bool:
    """Whether ``d``'s sentence tells one more site or act (an ``also`` word in it, or a
    ``more_act`` word opening it: ``كما طال القصف محيط قرية …``), not the one told before."""
    sent = d.sentence
    words = ctx.words[sent.first:sent.last + 1]
    return not _ALSO.isdisjoint(words) or _any_stem(words[:2], _MORE_ACT)


def latest_of_kind(ctx: _Context, kind: str, date: DateSpan | None) -> _Draft | None:
    """The latest event of ``kind`` (whose dates cover ``date``, when given), or None."""
    published = ctx.article.published
    for prior in reversed(ctx.drafts):
        if prior.trigger.kind != kind:
            continue
        if date is None:
            return prior
        # an event the text gave no day is dated by publication (as :meth:`_Context._finish` does)
        first, last = (prior.date.date_from, prior.date.date_to) if prior.date is not None else (published, published)
        if first <= date.date_from and date.date_to <= last:
            return prior
    return None


def compatible_with(ctx: _Context, prior: _Draft, d: _Draft) -> bool:
    """True when ``d`` names no place or actor that contradicts ``prior``."""
    if d.place is not None and d.place_quality == 2 and prior.place is not None:
        p, q = d.place.place_id, prior.place.place_id
        # the same place, a wider one, or a place inside it (the shells of a barrage on a
        # town's villages, told again with the villages' names)
        inside = _inside_strict(ctx, d.place, prior.place) or (
            _may_lie_in(ctx, d.place, prior.place) and not _one_more_site(ctx, d))
        if p != q and not inside and (q is None or p not in ctx.gaz.ancestor_ids(q)):
            return False
        # a roundabout, street or facility the gazetteer lacks, drawn at the area the event told lies in
        # ("المسيّرة أطلقت صاروخاً قرب دوار الهلالية" after a strike in the Hilaliya quarter; "… في السوق
        # المركزي" after a clash at a roundabout of the city): the site, told again
        site = (d.place.kind in ("roundabout", "street")
                or (d.place.kind == "landmark" and not _one_more_site(ctx, d))) and not prior.place.unresolved_name and (
            p == q or (q is not None and p in ctx.gaz.ancestor_ids(q)))
        if (d.place.unresolved_name and d.place.unresolved_name != prior.place.unresolved_name
                and (prior.place.unresolved_name or not inside) and not site):
            return False  # another village the gazetteer lacks, drawn in the same countryside
    # a definite trigger naming two other parties is another event
    return not (d.actor1 and d.actor2 and {d.actor1, d.actor2} != {prior.actor1, prior.actor2})


def same_event(a: _Draft, b: _Draft) -> bool:
    """Whether two events are reports of one (ACLED): same kind and coding, same pair of actors
    in either order, same place, same dates (or a day apart when one date is inferred)."""
    ta, tb = a.trigger, b.trigger
    if (ta is not tb and (ta.kind != tb.kind or ta != tb)) or {a.actor1, a.actor2} != {b.actor1, b.actor2}:
        return False
    if (a.place.place_id if a.place else None) != (b.place.place_id if b.place else None):
        return False
    if (a.place.unresolved_name if a.place else "") != (b.place.unresolved_name if b.place else "") \
            and not _site_in_town(a, b):
        return False  # two unknown villages drawn in one countryside are two places
    ra, rb = a.date_range, b.date_range
    if ra == rb:
        return True
    if ra and rb and min(a.date_quality, b.date_quality) < 2:
        return abs((ra[0] - rb[0]).days) <= 1
    return False


def _site_in_town(a: _Draft, b: _Draft) -> bool:
    """Whether one of two events at one place is told at a facility the gazetteer lacks drawn
    in that town (``السوق المركزي``، ``المشفى الوطني``: kind landmark) and the other at the town
    itself: the same scene told more or less closely, not two places (two unknown villages or
    two facilities stay two)."""
    if a.place is None or b.place is None:
        return False
    named, bare = (a.place, b.place) if a.place.unresolved_name else (b.place, a.place)
    return not bare.unresolved_name and named.kind == "landmark" and bare.kind in ("city", "town")


def told_with_its_day(ctx: _Context, a: _Draft, b: _Draft) -> bool:
    """Stage (one event, many sentences): an earlier sentence that tells an event with no day
    (``أفاد مراسل في الحسكة بمقتل لاجئ جديد داخل مخيم الهول``) and a later one that tells it
    with its day (``عثرت القوى الأمنية، صباح الاثنين، على جثة لاجئ قتل بطلق ناري داخل خيمته``):
    same coding, same parties, same place, and the day on publication or the day before (the
    undated one is dated by publication, :meth:`_Context._finish`): one event dated by the
    later sentence, not the same act on two days."""
    if a.date is not None or b.date is None or b.date_quality < 2 or a.sentence is b.sentence:
        return False
    if a.trigger.kind != b.trigger.kind or a.trigger != b.trigger or {a.actor1, a.actor2} != {b.actor1, b.actor2}:
        return False
    if a.place is None or b.place is None or a.place.place_id != b.place.place_id \
            or a.place.unresolved_name != b.place.unresolved_name:
        return False
    published = ctx.article.published
    return b.date.date_to <= published and (published - b.date.date_from).days <= 1


def told_again(a: _Draft, b: _Draft) -> bool:
    """Stage: a later sentence that tells an earlier event again with no actors of its own
    (``اندلعت اشتباكات بين الأسايش والدفاع الوطني في حي طي مساء أمس. وقالت مصادر إن اشتباكات
    عنيفة دارت في الحي حتى الفجر``): same coding, same place, same days — one event, more
    evidence (ACLED: one event per act), not a second event with no parties."""
    if b.actor1 or b.actor2 or not (a.actor1 or a.actor2) or a.sentence is b.sentence:
        return False
    if a.trigger.kind != b.trigger.kind or a.trigger != b.trigger or a.place is None or b.place is None:
        return False
    return a.place.place_id == b.place.place_id and a.place.unresolved_name == b.place.unresolved_name \
        and a.date_range == b.date_range


def told_within(ctx: _Context, a: _Draft, b: _Draft) -> bool:
    """Stage: a later sentence that tells, with no parties of its own, an act of the same coding
    on the same days at a place inside the earlier event's (``قتل عنصران في اشتباكات في
    القامشلي مساء أمس. وتركز تبادل إطلاق النار في حي الوسطى``؛ ``هزت ثلاثة انفجارات وسط
    القامشلي. وانفجرت إحدى السيارتين قرب دوار الوحدة``): where in it the act happened, one event
    and more evidence, not a second event. The earlier place stays (several sites of one act
    are coded at the place that holds them all). Not a site with a toll or a day of its own,
    nor one told as another (``أيضاً``، ``الثانية``) or as a new scene (``وفي حي طي، …``)."""
    if b.actor1 or b.actor2 or a.sentence is b.sentence or a.trigger != b.trigger or _has_toll(b):
        return False  # (a site with its own dead or wounded is an act of its own)
    if a.place is None or b.place is None or b.place_quality != 2 or a.date_range != b.date_range:
        return False
    if b.date_quality == 2 or new_scene(ctx, b.sentence):
        return False  # a day of its own, or "وفي حي طي، …" opening a scene of a round-up: told as news
    if not _ALSO.isdisjoint(ctx.words[b.sentence.first:b.sentence.last + 1]):
        return False  # "وأصاب القصف أيضاً سجن …"، "أما الثانية فأصيبت …": one more site hit
    if not _VEHICLE_ORDINALS.isdisjoint(ctx.words[b.trig_first:b.trig_last + 1]):
        return False  # "ثم انفجرت سيارة ثانية في حي …": a vehicle counted among the blasts, one more
    # (a site the gazetteer lacks drawn in the earlier event's town is inside it too: "… في السوق المركزي")
    return (a.place.place_id != b.place.place_id or bool(b.place.unresolved_name and not a.place.unresolved_name)) \
        and _inside(ctx, b.place, a.place)


_ALSO = _WORDS["also"]


def _own_place(ctx: _Context, h: _Draft) -> bool:
    """Whether a headline's place is its event's own: the place follows its trigger with no
    other trigger between, or opens the headline before any trigger ("القامشلي.. …");
    a place after another trigger is that trigger's ("اشتباكات في حي الطي وقناص يقتل أحد
    الوجهاء": Tayy is the clashes' place, not the sniper's)."""
    assert h.place is not None
    at = ctx._tok_of(h.place.start)
    if at > h.trig_last:
        # after the trigger, unless a headline's break ("..", "–") or another trigger comes first
        # ("قناص يقتل … واشتباكات في حي الطي"، "تظاهروا أمام معسكر.. التنظيم يخطف أطفالاً في الحسكة")
        if headline_break(ctx.nt.original[ctx._orig_span(h.trig_last, h.trig_last)[1]:h.place.start]):
            return False
        return not any(h.trig_last < m.first < at for m in ctx._trigs.between(h.trig_last + 1, at))
    # before it: Arabic names the place after the act, so a trigger before the place owns it
    return not ctx._trigs.between(h.sentence.first, at - 1)


_HEADLINE_BREAK_RE = re.compile(r"\.\.|…|\s[-–—|]\s|:")


def headline_label(ctx: _Context, clause: Clause, trig_tok: int, m: Mention) -> bool:
    """Stage (where): whether the place ``m`` is the label a headline opens with, set off from
    the act by a break (``الحسكة.. قصف جوي تركي يستهدف سيارة قرب القامشلي``: the region the story
    is filed under; :func:`headline_break`): the place only when the act names none of its own
    (:func:`locate` keeps it then, ``القامشلي.. مسيرة تستهدف سيارة``)."""
    if not clause.sentence.headline:
        return False
    at = ctx._tok_of(m.start)
    if at >= trig_tok or ctx._places.between(clause.sentence.first, at - 1):
        return False
    return headline_break(ctx.nt.original[m.end:ctx._orig_span(trig_tok, trig_tok)[0]])


_DEMAND_WORDS = _WORDS["demand_word"] | _WORDS["protest_purpose"] | _WORDS["demand_verb"]


def demanded_place(words: list[str], trig_tok: int, i: int) -> bool:
    """Stage (where): whether the place at token ``i`` lies inside what the protest at
    ``trig_tok`` demands: a demand word (``تطالب``، ``للمطالبة``، ``بالإفراج``: ``demand_word``,
    ``protest_purpose``, ``demand_verb``) between the trigger and the place (``مظاهرة تطالب
    بالإفراج عن معتقلين في سجن القامشلي``: the prison is what the protest is about, not where
    it was held)."""
    return any(_stem(w, _DEMAND_WORDS) is not None for w in words[trig_tok + 1:i])


def headline_break(between: str) -> bool:
    """Stage (where): whether the headline text ``between`` an event's trigger and a place
    holds a break between two statements (``..``، ``…``، a spaced dash or bar: ``عوائلهم تظاهروا
    أمام معسكر تدريب.. التنظيم يخطف أربعة أطفال في الحسكة``; a colon after a label: ``الحسكة:
    اشتباكات … في ريف الشدادي``): the place then belongs to the
    second statement, not to the event (:func:`_own_place`)."""
    return bool(_HEADLINE_BREAK_RE.search(between))


#: Kinds whose sub-type a headline may word otherwise than the body (a protest "with intervention").
_HEADLINE_KINDS = frozenset({"protest"})


def merge_headline(ctx: _Context, h: _Draft) -> None:
    """Fold a headline's event into the body's event of the same trigger kind (filling the
    parties the body only calls الطرفين, a better place when the headline's place is its own:
    :func:`_own_place`); a headline alone stays an event."""
    body = next((d for d in ctx.drafts if d.trigger == h.trigger and headline_days(ctx, h, d)), None)
    if body is None:  # "احتجاج في القامشلي على … اعتقال …" over the body's peaceful protest: its kind
        body = next((d for d in ctx.drafts if d.trigger.kind == h.trigger.kind and d.trigger.kind in _HEADLINE_KINDS
                     and headline_days(ctx, h, d)
                     and d.place is not None and h.place is not None
                     and (d.place.place_id == h.place.place_id or _inside(ctx, d.place, h.place))), None)
    if body is None:
        if h.date is None:
            h.notes.append("dated to publication: the headline gives no date")
        h.headline_only = True
        ctx.drafts.insert(0, h)
        return
    if (body.anaphoric_parties or not body.actor1) and h.actor1:
        body.actor1, body.actor2 = h.actor1, h.actor2 or body.actor2
        body.notes.append("parties named in the headline")
    body.mediator = body.mediator or h.mediator
    if body.place_quality < h.place_quality and h.place is not None and _own_place(ctx, h):
        body.place, body.place_quality = h.place, h.place_quality
    body.spans.append(h.spans[0])


def headline_days(ctx: _Context, h: _Draft, d: _Draft) -> bool:
    """Stage (one event, many sentences): whether the body's event ``d`` may be the headline's
    ``h`` by its days. A headline tells the news: with no day of its own it is of the days up to
    publication, so a body event more than a week older (``ففي 25 أيار 2016 فجّر انتحاريون
    أنفسهم …`` under ``هجوم انتحاري … في الشدادي``) is a recap, not the headline's; so is one
    more than a week from a headline's own day."""
    if d.date is None:
        return True
    lo, hi = (h.date.date_from, h.date.date_to) if h.date is not None else (ctx.article.published,) * 2
    return (lo - d.date.date_to).days <= _RECAP_OFFSET_DAYS and (d.date.date_from - hi).days <= _RECAP_OFFSET_DAYS


# --------------------------------------------------------------------------- stage: how many (counts)


#: How far before the dead a verb of rising may stand (``ارتفع إلى 31 على الأقل عدد القتلى``).
_RISEN_REACH = 7
#: How far after ``حصيلة قتلى`` its verb of rising may stand (``حصيلة قتلى القصف … أمس ارتفعت إلى 6``).
_RISEN_AFTER = 10


def risen_toll(ctx: _Context, i: int, clause: Clause) -> Count | None:
    """Stage (how many): the figure a count of the dead rose to (``ارتفع إلى 31 على الأقل عدد
    القتلى``، ``ارتفع عدد قتلى الانفجار … إلى 31 شخصاً``، ``ارتفعت حصيلة القتلى … إلى 7``): a verb of
    rising or reaching (``tally_verb``) at most seven words before the casualty noun at ``i``, with
    ``عدد`` or ``حصيلة`` between them, and the count right after the first ``إلى`` that follows the
    verb in the clause. The count may come first and its verb after it (``حصيلة قتلى القصف التركي على
    ريف المالكية أمس ارتفعت إلى 6 أشخاص``): ``عدد``/``حصيلة`` right before the noun and the verb at
    most ten words after it. None when the clause has no such verb or figure."""
    words = ctx.words
    tally = proclitic_forms(_TALLY_VERBS)
    lo = max(clause.first, i - _RISEN_REACH)
    verb = next((k for k in range(i - 1, lo - 1, -1) if words[k] in tally), None)
    if verb is None and i > clause.first and words[i - 1].lstrip("و") in ("عدد", "حصيله"):
        verb = next((k for k in range(i + 1, min(clause.last, i + _RISEN_AFTER) + 1) if words[k] in tally), None)
        if verb is None or "منذ" in words[i + 1:verb]:  # ("حصيلة قتلى … منذ بداية الشهر بلغت 25": a total)
            return None
    elif verb is None or not {"عدد", "حصيله"}.intersection(w.lstrip("و") for w in words[verb + 1:i]):
        return None
    to = next((k for k in range(verb + 1, clause.last + 1) if words[k] == "الي"), None)
    if to is None and verb + 1 <= clause.last and is_number(ctx.tokens, verb + 1):
        return parse_count(ctx.tokens, verb + 1)  # "بلغت 6 أشخاص": the figure right after the verb
    return count_near(ctx, to + 1, clause, window=3) if to is not None else None


def count_near(ctx: _Context, start: int, clause: Clause, window: int = 3) -> Count | None:
    """The first count within ``window`` tokens from ``start`` inside the clause ("مقتل ثلاثة")."""
    for k in range(start, min(start + window, clause.last + 1)):
        c = parse_count(ctx.tokens, k)
        if c is not None:
            return c
    return None


def count_before(ctx: _Context, i: int, clause: Clause) -> Count | None:
    """A count right before token ``i`` when it is qualified or digits ("أكثر من 15 جريحاً")."""
    if i - 1 >= clause.first:
        c = parse_count(ctx.tokens, i - 1)
        if c is not None and c.qualifier != "" or (c is not None and ctx.words[i - 1].isdigit()):
            return c
    return None


def count_ending_before(ctx: _Context, i: int, clause: Clause) -> Count | None:
    """The count that ends just before token ``i`` ("ثلاثة قتلى"، "أكثر من 15 جريحاً"), or a
    number before the noun before it ("لقي ثلاثة عناصر مصرعهم"), inside the clause."""
    for end, plain in ((i - 1, False), (i - 2, True)):
        for start in range(max(clause.first, end - 2), end + 1):
            c = parse_count(ctx.tokens, start)
            if c is not None and c.last == end and (not plain or c.qualifier or is_number(ctx.tokens, start)):
                if not plain and c.first == end and not is_number(ctx.tokens, end):
                    # a person noun counts itself unless a number counts it ("نحو 30 شخصاً قد قتلوا")
                    return count_ending_before(ctx, end, clause) if _numbered(ctx, end, clause) else c
                return c
    return None


def _numbered(ctx: _Context, i: int, clause: Clause) -> bool:
    """Whether a number (digits or words, qualified or not) ends right before token ``i``."""
    for start in range(max(clause.first, i - 3), i):
        c = parse_count(ctx.tokens, start)
        if c is not None and c.last == i - 1 and is_number(ctx.tokens, c.last):
            return True
    return False


def counted_subject(ctx: _Context, i: int, clause: Clause) -> Count | None:
    """Stage (how many): the counted subject before a plural casualty verb with ``قد`` between
    (``وكان ثلاثة مقاتلين قد استشهدوا في استهداف مماثل``، ``وكان خمسة مدنيين قد قتلوا``): the
    number of the pluperfect's subject is the verb's toll. None when the verb is not plural,
    ``قد`` does not stand right before it, or no count ends just before ``قد``."""
    if i - 1 < clause.first or ctx.words[i - 1] != "قد" or not ctx.words[i].endswith("وا"):
        return None
    return count_ending_before(ctx, i - 1, clause)


def count_referred(ctx: _Context, i: int, sent: Sentence, reach: int = 16) -> Count | None:
    """The people a plural pronoun of a casualty noun refers to (``سيارة تقل ثلاث مقاتلات …، ما
    أدى إلى استشهادهن``): the nearest number of two or more before it in its sentence, within
    sixteen words; None when there is none."""
    for k in range(i - 1, max(sent.first, i - reach) - 1, -1):
        if is_number(ctx.tokens, k):
            c = parse_count(ctx.tokens, k)
            return c if c is not None and c.value >= 2 else None
    return None


def count_after_met(ctx: _Context, i: int, clause: Clause) -> Count | None:
    """The subject of "لقي ... مصرعهم / حتفهم" ("لقي ثلاثة عناصر من الدفاع الوطني مصرعهم")."""
    words = ctx.words
    for k in range(i - 1, clause.first - 1, -1):
        if words[k].lstrip("وف") in _MET:
            return parse_count(ctx.tokens, k + 1) if k + 1 < i else None
    return None


#: "فقد … حياته": the verb of losing, then the life lost within a few words.
_LOSE_VERBS = _WORDS["lose_verb"]
_LIFE_WORDS = _WORDS["life_word"]


def lost_lives(matches: list[Match], words: list[str]) -> list[Match]:
    """Stage: ``فقد أربعة من العناصر حياتهم``، ``قد فقدوا حياتهم``: a verb of losing whose
    object, within a dozen words, is a life is a killing word; so is ``بحياة`` after a verb of
    taking (``أودت غارة … بحياة شابين``: the count read after it), and so is ``أرواح`` after a verb
    of reaping (``حصد تفجير … أرواح 44 شخصاً``: ``reap_verb``) (the count is read at the verb, as
    for ``قتل``); "فقد الاتصال" or "فقدت السيطرة" stay nothing."""
    covered = {m.first for m in matches}
    # the verbs' positions in one C-level pass (w.lstrip("و") in _LOSE_VERBS for each word)
    verbs = compress(range(len(words)), map(_LOSE_VERBS.__contains__, map(str.lstrip, words, repeat("و"))))
    found = [Match(k, k, "killed", "") for k in verbs
             if k not in covered and any(x in _LIFE_WORDS for x in words[k + 1:k + 13])]
    # "أودت غارة لطائرة مسيرة بحياة شابين": the verb of taking a life, then "بحياة" and its count
    found += [Match(k, k, "killed", "") for k in where(words, _BI_HAYAH)
              if k not in covered and k - 1 not in covered
              and any(x.lstrip("و") in _TAKE_LIFE_VERBS for x in words[max(0, k - 13):k])]
    # "حصد تفجير انتحاري، صباح أمس، أرواح 44 شخصاً": a verb of reaping, then the lives and their count
    found += [Match(k, k, "killed", "") for k in where(words, _LIVES)
              if k not in covered and any(x.lstrip("و") in _REAP_VERBS for x in words[max(0, k - 13):k])]
    found += departed_life(words, covered)
    found += passed_away(words, covered)
    return sorted(matches + found) if found else matches


_DEPART_VERBS = _WORDS["depart_verb"]
_THE_LIFE = frozenset({"الحياه"})
#: How far after its verb "الحياة" may stand: the dying person between (``فارق عنصر في قوى الأمن
#: الداخلي الحياة``).
_DEPART_REACH = 8


def departed_life(words: list[str], covered: set[int]) -> list[Match]:
    """Stage: ``فارق … الحياة`` (departed life: died) is a killing word at the verb, whose count is
    read after it as for ``قتل`` (``فارق طفل الحياة`` = one; ``فارق عنصر في قوى الأمن الداخلي الحياة
    متأثراً بجروحه`` = one): a verb of parting (``depart_verb``) with ``الحياة`` at most eight words
    after it. ``فارق`` without the life after it (a noun: ``بفارق كبير``) is nothing."""
    verbs = compress(range(len(words)), map(_DEPART_VERBS.__contains__, map(str.lstrip, words, repeat("و"))))
    return [Match(k, k, "killed", "") for k in verbs
            if k not in covered and not _THE_LIFE.isdisjoint(words[k + 1:k + 1 + _DEPART_REACH])]


#: A headline's present tense of killing (``مسيرة تركية تستهدف سيارة … وتقتل اثنين``): read as
#: :data:`_PASS_AWAY` verbs are, and only with a number or a dual right after it.
_PRESENT_KILLS = _WORDS["present_kill_verb"]
_PASS_AWAY = _WORDS["pass_away_verb"] | _PRESENT_KILLS


def passed_away(words: list[str], covered: set[int]) -> list[Match]:
    """Stage: ``قضى``/``قضت``/``قضوا`` (passed away) with its dead counted right after it (``قضى ثلاثة
    مدنيين، بينهم طفل، إثر غارة``، ``قضى عنصران``) is a killing word at the verb; the count must be
    of persons (a number word or digits whose next word is no time: ``قضى خمس سنوات في السجن`` is
    a sentence served; a person noun that counts itself, ``قضى شاب``, with no time spent after it,
    ``قضى شاب … ليلته في العراء``: :func:`spent_time_after`; a headline's ``تقتل``/``يقتل``
    only with a number or a dual right after it: ``وتقتل اثنين``), or with ``قد`` before it, its
    subject counted before that (``وكان ثلاثة مدنيين قد قضوا``: :func:`counted_subject`); ``قضى على``
    (put an end to) is nothing."""
    found = []
    for k in compress(range(len(words)), map(_PASS_AWAY.__contains__, map(str.lstrip, words, repeat("و")))):
        if k in covered or k + 1 >= len(words):
            continue
        if words[k].lstrip("و") in _PRESENT_KILLS and not counts_at(words, k + 1) and words[k + 1] not in DUAL_PERSONS:
            continue  # a headline's present tense counts only a number right after it
        nxt = words[k + 1]
        if nxt in ("علي", "عليه", "عليها", "عليهم"):
            continue
        if k > 0 and words[k - 1] == "قد" and words[k].lstrip("و") in ("قضوا", "قضيا") and not counts_at(words, k + 1):
            # "وكان ثلاثة مدنيين قد قضوا بقصف …": its subject before it (not "قد قضوا ثلاث سنوات …")
            found.append(Match(k, k, "killed", ""))
            continue
        if counts_at(words, k + 1):
            after = words[k + 2] if k + 2 < len(words) else ""
            if after not in _SPAN_UNITS and after.removeprefix("ال") not in _SPAN_UNITS and not spent_time_after(words, k):
                found.append(Match(k, k, "killed", ""))
        elif (nxt.removeprefix("ال") in SINGULAR_PERSONS or nxt in DUAL_PERSONS) and not spent_time_after(words, k):
            found.append(Match(k, k, "killed", ""))
    return found


_SPENT_TIME = _WORDS["spent_time"]
_SPENT_TIME_STOPS = _WORDS["spent_time_stop"]
#: How far after ``قضى`` the time spent may stand, the person phrase between (``قضى شاب من أهالي
#: حي العزيزية ليلته``).
_SPENT_REACH = 8


def spent_time_after(words: list[str], k: int) -> bool:
    """Whether ``قضى`` at ``k`` spent a stretch of time (``قضى شاب من أهالي الحي ليلته في العراء``،
    ``قضى مزارع يومه في حقله``، ``قضى طالب سنوات في السجن``): a time spent (``spent_time``: ليلته،
    يومه؛ or a unit of time, :data:`_SPAN_UNITS`) within eight words after the verb, before any word
    of a death's cause or of a time before (``spent_time_stop``: جراء، إثر، متأثراً، قبل، منذ …:
    ``قضى شاب متأثراً بجروح أصيب بها قبل أيام`` died); ``ليلة`` with a day after it (``ليلة أمس``) is
    when, not what was spent."""
    for j in range(k + 1, min(len(words), k + 1 + _SPENT_REACH)):
        w = words[j].lstrip("و")
        if w in _SPENT_TIME_STOPS:
            return False
        if w in _SPENT_TIME or w in _SPAN_UNITS:
            return not (j + 1 < len(words) and words[j + 1] in _OBJECT_GAP)
    return False


#: Units of a stretch of time a verb of spending may take (``قضى خمس سنوات``، ``قضوا ثلاثة أيام``).
_SPAN_UNITS = _WORDS["span_unit"]


_BI_HAYAH = frozenset({"بحياه"})
_REAP_VERBS = _WORDS["reap_verb"]
_LIVES = frozenset({"ارواح", "بارواح"})
_CLAIMS = _WORDS["claim"]
_TAKE_LIFE_VERBS = frozenset(normalise_phrase(w) for w in ("أودت", "أودى", "يودي", "تودي", "أوديا", "أودتا"))


def claimed_tolls(matches: list[Match], words: list[str]) -> list[Match]:
    """Stage: a toll one side claims (``وتبنى التنظيم الهجوم زاعماً مقتل ثلاثة عناصر``،
    ``ادعت الفصائل مقتل …``) is its claim, not the event's toll: casualty words with a claim
    word at most two words before them are dropped."""
    forms = proclitic_forms(_CLAIMS)
    if not has_any(words, forms):
        return matches
    return [m for m in matches if forms.keys().isdisjoint(words[max(0, m.first - 2):m.first])]


#: Words of "without" before a casualty word (``دون إصابته بأذى``، ``دون وقوع إصابات``): none happened.
_WITHOUT = frozenset({"دون", "بدون", "دونما", "عدم", "وعدم", "ودون", "بلا"})


def averted_tolls(matches: list[Match], words: list[str]) -> list[Match]:
    """Stage: casualty words told as what did not happen (``ونجا دون إصابته بأذى``، ``دون وقوع
    إصابات``، ``عدم إصابة أحد``) are no toll: a word of "without" at most two words before them."""
    if _WITHOUT.isdisjoint(words):
        return matches
    return [m for m in matches if _WITHOUT.isdisjoint(words[max(0, m.first - 2):m.first])]


_DUAL_VERBS = _WORDS["dual_verb"]
_RELATIVES = frozenset({"الذي", "التي", "اللذين", "اللتين", "اللذان", "اللتان"})


def relative_victim(ctx: _Context, i: int, clause: Clause) -> Count | None:
    """Stage: the victim a relative pronoun names just before a killing verb counts itself
    (``جثمان الجندي الذي استشهد أمس``، ``الشابين اللذين قتلا``): a singular or dual person noun
    right before ``الذي/التي/اللذين``, or right after ``كان`` when ``قد`` stands before the verb
    (``وكان القيادي … فلان قد قُتل``). A number there (``الثلاثة الذين``) is left to the other readers."""
    if i - 2 < clause.first:
        return None
    words = ctx.words
    if words[i - 1] == "قد":  # "وكان القيادي في وحدات حماية الشعب فلان قد قُتل": the subject after كان
        was = next((k for k in range(i - 2, max(clause.first, i - 10) - 1, -1) if words[k] in _WAS), None)
        if was is None or was + 1 >= i - 1 or is_number(ctx.tokens, was + 1):
            return None
        c = parse_count(ctx.tokens, was + 1)
        return c if c is not None and c.last == was + 1 else None
    if words[i - 1] not in _RELATIVES or is_number(ctx.tokens, i - 2):
        return None
    c = parse_count(ctx.tokens, i - 2)
    return c if c is not None and c.last == i - 2 else None


_COUNTED_PERSONS = _WORDS["counted_person"]
#: Words that may stand between a counted subject and its verb: the noun counted (``ثلاثة عناصر``)
#: and its affiliation (``من قسد``، ``من قوات الحكومة``): at most this many.
_SUBJECT_REACH = 6
#: How far after its verb the toll of a verb whose subject comes first may stand (``قتل قصف مدفعي
#: تركي مكثف استهدف منازل المدنيين في قرية تل اللبن بريف زركان، مساء أمس، طفلين``).
_OBJECT_REACH = 18
#: Wound nouns an injury verb's far toll needs after it (``أصاب انفجار … ثلاثة عناصر بجروح``).
_WOUND_AFTER = _WORDS["wound_after"]


def person_count_at(tokens: Sequence[Token], words: list[str], k: int) -> Count | None:
    """A count of persons starting at token ``k``: a dual person noun (``طفلين``), or a number
    (digits or words, maybe qualified) whose next word is a person noun (``خمسة مسلحين``،
    ``11 عنصراً``: :data:`~pipeline.numbers.SINGULAR_PERSONS`, ``counted_person``,
    ``civilian_person``) or by ``من`` and such a noun, maybe with a possessive (``ثلاثة من عناصر
    الدفاع الوطني``، ``اثنين من مقاتليها``، ``خمسة من المهاجمين``); None for a number of anything
    else (``12 آذار``، ``40 قذيفة``، ``ثلاثة من المواقع``)."""
    c = parse_count(tokens, k)
    if c is None:
        return None
    if c.first == c.last and words[k].lstrip("و") in DUAL_PERSONS:
        return c
    if not (is_number(tokens, k) or c.qualifier and c.qualifier != "vague") or c.last + 1 >= len(words):
        return None
    noun = words[c.last + 1]
    if noun == "من" and c.last + 2 < len(words):  # "ثلاثة من عناصر …": a part of the people named
        noun = words[c.last + 2]
        for suffix in ("هما", "هم", "ها", "نا", "ه"):
            if noun.endswith(suffix) and len(noun) - len(suffix) >= 3:
                noun = noun[:-len(suffix)]
                break
        noun = noun.removeprefix("ال")
        return c if _person_noun(noun) or _person_noun(noun + "ن") else None
    return c if _person_noun(noun.removeprefix("ال")) else None


def _person_noun(noun: str) -> bool:
    """Whether a bare noun (no article) names persons: singular, dual or plural."""
    return (noun in _COUNTED_PERSONS or noun in _CIVILIAN_PERSONS or noun in SINGULAR_PERSONS
            or noun.removesuffix("ا") in SINGULAR_PERSONS)


def subject_before_verb(ctx: _Context, i: int, clause: Clause) -> Count | None:
    """Stage (how many): the counted subject of a plural or dual casualty verb that comes before it
    (``ذكر المرصد أن ثلاثة عناصر من قسد قتلوا جراء …``، ``بأن عنصرين قتلا في هجوم``): a count of
    persons (:func:`person_count_at`) that ends right before the verb or is followed only by its
    noun and an affiliation (``من`` and at most three words), inside the clause. A singular verb
    (``قتل``) is left to the readers after it unless its subject is a reported clause's, right
    after ``أن`` (``بأن قيادياً من قسد قتل وأصيب اثنان``: one); so is a count separated from the
    verb by anything else (``هاجم ثلاثة مسلحين حاجزاً وقتلوا عنصرين``: the three are the attackers)."""
    words = ctx.words
    verb = words[i].lstrip("و")
    plural = verb.endswith("وا") or verb in _DUAL_VERBS
    if victim_object_after(ctx, i, clause):
        return None  # "إن خمسة عناصر من قسد قتلوا عنصراً من داعش": the five are the killers
    for k in range(i - 1, max(clause.first, i - _SUBJECT_REACH) - 1, -1):
        c = person_count_at(ctx.tokens, ctx.words, k)
        if c is None and not plural and k > clause.first and words[k - 1] in _COMPLEMENTISERS:
            c = parse_count(ctx.tokens, k)  # "بأن قيادياً من قسد قتل": one, after أن
            c = c if c is not None and c.first == c.last == k and c.value == 1 and not is_number(ctx.tokens, k) else None
        if c is None:
            continue
        if not plural and (k == clause.first or words[k - 1] not in _COMPLEMENTISERS):
            return None  # a singular verb: only the subject of a reported clause comes first
        between = words[c.last + 1:i]
        if not plural:  # "إن طفلاً في العاشرة من عمره قُتل": what stands between describes the subject
            return c if len(between) <= 5 else None
        if is_number(ctx.tokens, k) and between[:1] != ["من"]:  # the counted noun first: "ثلاثة عناصر من قسد"
            between = between[1:]
        elif between[:1] == ["من"] and is_number(ctx.tokens, k):  # "ثلاثة من عناصر الدفاع الوطني"
            return c if len(between) <= 5 else None
        if not between or between[0] == "من" and len(between) <= 4:
            return c
        return None
    return None


#: Words that may stand between an active killing verb and its victim object (``قتلوا، أمس،
#: عنصراً``): times of day and days (``verb_object_gap``).
_OBJECT_GAP = _WORDS["verb_object_gap"]
#: How many words after the verb the victim object may begin.
_VICTIM_OBJECT_REACH = 3


def victim_object_after(ctx: _Context, i: int, clause: Clause) -> bool:
    """Whether the casualty verb at ``i`` is active with a victim of its own after it (``إن خمسة
    عناصر من قسد قتلوا عنصراً من داعش``، ``أن ثلاثة مسلحين قتلوا راعياً``، ``قتلوا، أمس، ثلاثة
    مدنيين``): a person object — a count of persons (:func:`person_count_at`), a dual person noun,
    or a bare person noun (``عنصراً``، ``الراعي``، ``مدنيين``) — within three words after the verb,
    only times (``verb_object_gap``: ``أمس``، ``مساء``) before it, in the clause and before the
    next casualty word. Then a subject counted before the verb is the killers, not the dead
    (:func:`subject_before_verb`); a passive verb with its cause after it (``قتلوا جراء قصف``،
    ``قتلوا في هجوم مسلحين``) has no such object."""
    words = ctx.words
    upto = next((x.first - 1 for x in ctx._cas.between(i + 1, clause.last)), clause.last)
    for k in range(i + 1, min(upto, i + _VICTIM_OBJECT_REACH) + 1):
        w = words[k]
        if w in _OBJECT_GAP:
            continue
        if person_count_at(ctx.tokens, words, k) is not None or w in DUAL_PERSONS:
            return True
        return _person_noun(w.removeprefix("ال"))
    return False


#: Complementisers after which a reported clause puts its subject first (``أن``، ``بأن``، ``إن``).
_COMPLEMENTISERS = _WORDS["complementiser"]


def toll_after_the_subject(ctx: _Context, m: Match, clause: Clause) -> Count | None:
    """Stage (how many): the toll of a casualty verb whose subject stands between it and its
    victims (``قتلت طائرة مسيّرة تركية خمسة مسلحين``، ``قتل قصف مدفعي تركي … ، مساء أمس، طفلين``،
    ``أصاب انفجار عبوة ناسفة قرب دوار السكة …، ثلاثة عناصر من الأسايش بجروح``): the first count of
    persons (:func:`person_count_at`) within eighteen words after the verb in its clause, before
    any other casualty word; for a wounding verb only when a wound noun (``بجروح``) follows the
    count within four words (``أصاب القصف منزل عائلة من خمسة أشخاص`` is a house hit). For a
    killing verb a bare singular person noun met first, not right after the verb (``قتل قصف مسيرة
    تركية، مساء أمس، سائق سيارة كانت تقل أربعة أشخاص``: :func:`lone_victim_at`), is the victim,
    one, and the count after it describes it. Read only when nothing nearer gives the toll."""
    words = ctx.words
    injury = m.payload == "injured"
    others = {x.first for x in ctx._cas.between(clause.first, clause.last)} - {m.first}
    for k in range(m.last + 1, min(clause.last, m.last + _OBJECT_REACH) + 1):
        if k in others:
            return None
        c = person_count_at(ctx.tokens, ctx.words, k)
        if c is None and k > m.last + 1 and not injury and lone_victim_at(words, k):
            return Count(1, k, k)  # "… سائق سيارة كانت تقل أربعة أشخاص": the driver
        if c is None:
            continue
        if injury and _WOUND_AFTER.isdisjoint(w.lstrip("و") for w in words[c.last + 1:c.last + 6]):
            return None
        return with_more_counted(ctx, c, clause)
    return None


_UNKNOWN_ATTACKERS = _WORDS["unknown_attacker"]


def lone_victim_at(words: list[str], k: int) -> bool:
    """Whether token ``k`` is a bare singular person noun standing as a victim object (``سائق``،
    ``مزارعاً``: :data:`~pipeline.numbers.SINGULAR_PERSONS`, no article, no proclitic) with no
    unknown attacker after it (``مسلح مجهول``: ``unknown_attacker``)."""
    w = words[k]
    if w not in SINGULAR_PERSONS and not (w.endswith("ا") and w[:-1] in SINGULAR_PERSONS):
        return False
    return not (k + 1 < len(words) and words[k + 1] in _UNKNOWN_ATTACKERS)


def with_more_counted(ctx: _Context, c: Count, clause: Clause) -> Count:
    """``c`` with the counts joined to it by و added (``ثلاثة عناصر من الأسايش واثنان من مسلحي الدفاع
    الوطني`` = 5): within six words after it, a number after و that is followed by a person noun or
    by ``من`` (an affiliation) adds its value; anything else (``و5 سيارات``) ends the list."""
    words = ctx.words
    value, last, k = c.value, c.last, c.last + 1
    while k <= min(clause.last, last + 6):
        w = words[k]
        if w[:1] == "و" and counts_at(words, k) and is_number(ctx.tokens, k):
            more = parse_count(ctx.tokens, k)
            nxt = words[more.last + 1] if more is not None and more.last + 1 < len(words) else ""
            if more is None or not (nxt == "من" or person_count_at(ctx.tokens, words, k) is not None):
                break
            value, last, k = value + more.value, more.last, more.last + 1
            continue
        k += 1
    return c if last == c.last else Count(value, c.first, last, c.qualifier)


_KILLED_VERBS = _WORDS["killed_verb"]
_SPEAKER_PRONOUNS = _WORDS["speaker_pronoun"]
_AIRCRAFT_FORMS = _WORDS["aircraft"]
#: How many words after the subject the victims may begin (``قتلت قسد، أمس، أربعة عناصر``).
_VICTIM_REACH = 4
_VIOLENT_KINDS = frozenset({"clash", "civ_attack", "shelling", "air", "ied", "suicide", "grenade"})
#: Violent kinds other than a planted bomb: an explosion told beside one is that act's, not a bomb's.
_VIOLENT_BUT_BOMBS = _VIOLENT_KINDS - {"ied"}


def forces_killed(matches: list[Match], words: list[str], tokens: Sequence[Token],
                  actor_toks: list[tuple[int, int, str]], starts: frozenset[int]) -> list[Match]:
    """Stage: a side that killed — an active killing verb (``killed_verb``: ``قتلت``، ``قتلوا``)
    whose subject is a named armed side right after it (``قتلت قسد أربعة عناصر من داعش``،
    ``قتل الجيش التركي سبعة عناصر من قسد``) or right before it after ``أن``/``إن`` (``وقال
    المرصد إن قسد قتلت ثلاثة من المهاجمين``) or after ``أقدم … على`` (``أقدم مسلحون مجهولون على
    قتل ثلاثة عناصر``: :func:`undertook`), an aircraft (``إن طائرات تركية قتلت …``: an air
    strike), or, in a statement, the speaker standing behind a pronoun or its own forces before it
    (``أعلنت قسد أنها قتلت …``، ``قالت الوزارة إن طائراتها قتلت …``: ``speaker_pronoun``,
    ``first_person_forces``), with its victims counted or named within four words after the
    subject (a count of persons, or a person noun) is the act: an armed clash, an attack when the
    victims are civilians, an air strike when an aircraft killed. A passive killing (``قُتل عنصران
    من قسد``: no side right after the verb), a killing whose clause already tells its act
    (``قتلت القوات التركية خمسة عناصر بغارة``: the strike is the event) and a crowd (civilians,
    protesters) are left alone."""
    verbs = proclitic_forms(_KILLED_VERBS)
    if not has_any(words, verbs):
        return matches
    covered = {i for m in matches for i in range(m.first, m.last + 1)}
    violent = sorted(m.first for m in matches if m.payload.kind in _VIOLENT_KINDS)
    sentence_starts = sorted(starts)
    actor_at = {f: (l, a) for f, l, a in actor_toks}
    planes = proclitic_forms(_AIRCRAFT_FORMS)
    speech = proclitic_forms(_SPEECH)
    found: list[Match] = []
    for i in where(words, verbs):
        if i in covered:
            continue
        s_first = sentence_starts[bisect.bisect_right(sentence_starts, i) - 1] if sentence_starts else 0
        nxt_start = bisect.bisect_right(sentence_starts, i)
        s_last = sentence_starts[nxt_start] - 1 if nxt_start < len(sentence_starts) else len(words) - 1
        if any(s_first <= v <= s_last for v in violent[bisect.bisect_left(violent, s_first):]):
            continue  # the sentence tells its act by a trigger of its own
        trigger: Trigger = BATTLE
        before = words[i - 1] if i > s_first else ""
        subject_before = next((a for f, (l, a) in actor_at.items() if l == i - 1 and f > s_first
                               and words[f - 1] in _COMPLEMENTISERS), "")
        if i + 1 in actor_at and actor_at[i + 1][1] not in _CROWDS:
            subject_end = actor_at[i + 1][0]
        elif (subject_before and subject_before not in _CROWDS  # "وقال المرصد إن قسد قتلت …"
              or before == "علي" and undertook(words, i, actor_toks, s_first)):  # "أقدم مسلحون على قتل …"
            subject_end = i
        elif i + 1 <= s_last and words[i + 1] in planes:
            subject_end, trigger = i + 1, AIR
        elif before in planes:
            subject_end, trigger = i, AIR
        elif (before in _SPEAKER_PRONOUNS or before in _FIRST_PERSON_FORCES) and has_any(words[s_first:i], speech):
            subject_end = i
        else:
            continue
        for j in range(subject_end + 1, min(subject_end + 1 + _VICTIM_REACH, s_last + 1)):
            c = person_count_at(tokens, words, j)
            noun = words[c.last + 1] if c is not None and is_number(tokens, j) and c.last + 1 < len(words) else words[j]
            stem = noun.removeprefix("ال")
            person = c is not None or stem in SINGULAR_PERSONS or stem.removesuffix("ا") in SINGULAR_PERSONS \
                or stem in DUAL_PERSONS or stem in _COUNTED_PERSONS
            if not person:
                continue
            if trigger is BATTLE and (stem in _CIVILIAN_PERSONS or noun in _CIVILIAN_PERSONS
                                      or stem.removesuffix("ا") in _CIVILIAN_PERSONS):
                trigger = CIVILIAN_ATTACK
            found.append(Match(i, i, trigger, ""))
            break
    return sorted(matches + found) if found else matches


_UNDERTAKE = _WORDS["undertake_verb"]


def undertook(words: list[str], i: int, actor_toks: list[tuple[int, int, str]], lo: int) -> bool:
    """Whether the act noun at ``i`` follows ``أقدم … على`` (undertook) with a named side as its
    subject between them (``أقدم مسلحون مجهولون على قتل ثلاثة عناصر``): the side did the act."""
    verb = next((j for j in range(i - 2, max(lo, i - 7) - 1, -1) if words[j].lstrip("و") in _UNDERTAKE), None)
    return verb is not None and any(verb < f and l < i - 1 and a not in _CROWDS for f, l, a in actor_toks)


def one_sided_fire(words: list[str], sent: Sentence, created: list[_Draft]) -> None:
    """Stage (what): fire told by its noun (``إطلاق نار``) in a sentence that tells no fighting,
    whose casualties are civilians (``أصيب رجل وطفلة بجروح جراء إطلاق نار من المخفر التركي``), is an
    attack on them, not an armed clash: one side fired, the people hit were no party."""
    span = words[sent.first:sent.last + 1]
    if not created or not one_sided_shooting(span):
        return
    if not _any_stem(span, _CIVILIAN_PERSONS):
        return
    for d in created:
        if (d.trigger is BATTLE and words[d.trig_first].lstrip("وب") in _ONE_SIDED_FIRE
                and (d.fatalities is not None or d.injuries is not None) and d.actor2 in ("", "civilians")):
            d.trigger = CIVILIAN_ATTACK
            d.actor2 = "civilians"


def sentence_casualties(ctx: _Context, sent: Sentence, created: list[_Draft]) -> None:
    """Stage: how many — the killed and wounded a sentence reports, each count read at its own
    casualty word (a verbal noun before its number, a noun after it, a singular or dual
    counting itself), summed by kind and given to the event :func:`bind_toll` picks; bodies
    handed over add none; a toll with no event yet waits for the next sentence's event; a count
    since the start of the fighting (:func:`since_outbreak`) in a sentence with no event is a
    running total, no toll."""
    killed: list[Count] = []
    injured: list[Count] = []
    at: dict[int, int] = {}  # id of a count -> token of its casualty word
    counted: set[tuple[str, int, int]] = set()  # (kind, first, last) of each count read: one number counts once
    if _since_outbreak_in(ctx.words, sent.first, sent.last) and not created:
        return  # "ووثق المرصد مقتل 58 شخصاً منذ اندلاع الاقتتال": a running total, no event's toll
    if not created and running_total_since(ctx.words, sent.first, sent.last):
        return  # "وبذلك يرتفع إلى 58 عدد الاستهدافات … منذ مطلع العام، أسفرت عن مقتل 61": a total
    for m in ctx._cas.between(sent.first, sent.last):
        clause = next(c for c in sent.clauses if c.first <= m.first <= c.last)
        word = ctx.words[m.first]
        noun = _casualty_noun(word)
        if noun is not None:  # the number comes first: "ثلاثة قتلى وأربعة جرحى"
            fixed = _CASUALTY_NOUNS[noun]
            # "لقي فلان، من وجهاء عشيرة بني سبعة، حتفه": the pronoun of a singular or dual death
            # noun counts its dead, whatever number stands before it
            own = fixed is not None and noun.endswith(("ه", "ها", "هما"))
            c = (Count(fixed, m.first, m.last) if own and fixed else None) or count_ending_before(ctx, m.first, clause) or (
                count_after_met(ctx, m.first, clause) or (Count(fixed, m.first, m.last) if fixed else None))
            if c is None and noun.endswith(("هم", "هن")):  # "سيارة تقل ثلاث مقاتلات …، ما أدى إلى استشهادهن"
                c = count_referred(ctx, m.first, sent)
            if c is None and word.lstrip("وفبل").startswith("ال"):  # a toll: "ارتفاع حصيلة القتلى إلى ٧"
                c = count_near(ctx, m.last + 1, clause, window=3)
            if c is None:  # "ارتفع إلى 31 عدد القتلى"، "ارتفع عدد قتلى الانفجار … إلى 31"
                c = risen_toll(ctx, m.first, clause)
        else:
            # the count after a verb is read up to the next casualty word ("قتل وأصيب اثنان": the two
            # are the wounded)
            upto = next((x.first - 1 for x in ctx._cas.between(m.last + 1, clause.last)), clause.last)
            bounded = Clause(clause.first, upto, clause.sentence) if upto < clause.last else clause
            c = (one_more_person(ctx.words, m.last + 1) if m.last + 1 <= bounded.last else None) or count_near(
                ctx, m.last + 1, bounded, window=3) or count_before(ctx, m.first, clause)
            subject = subject_before_verb(ctx, m.first, clause)  # "أن ثلاثة عناصر من قسد قتلوا"
            if subject is not None and (c is None or not is_number(ctx.tokens, c.first)):
                c = subject
            if c is None:  # "قتلت طائرة مسيرة تركية خمسة مسلحين"
                c = toll_after_the_subject(ctx, m, clause)
            if c is None and word.lstrip("و") in _DUAL_VERBS:  # "وكانت امرأة وابنها قتلا": two
                c = Count(2, m.first, m.last)
            if c is None:
                c = counted_subject(ctx, m.first, clause)  # "وكان ثلاثة مقاتلين قد استشهدوا": three
            if c is None:
                c = relative_victim(ctx, m.first, clause)  # "جثمان الجندي الذي استشهد أمس": one
        if c is None:
            continue
        if (m.payload, c.first, c.last) in counted:  # «قتل 30 قتيلاً»: the verb and the noun read one number
            continue
        counted.add((m.payload, c.first, c.last))
        at[id(c)] = m.first
        (killed if m.payload == "killed" else injured).append(c)
    violent = [d for d in created if d.trigger.event_type in VIOLENT_TYPES or d.trigger is PROTEST_FORCE]
    # "…، كما أصيب طفل آخر بالقصف ذاته": the act told again is the one before, no act apart
    apart = [d for d in violent if not same_act_again(ctx.words, d)] if len(violent) > 1 else violent
    if len(apart) > 1 and (killed or injured) and acts_apart(ctx, sent, apart):
        for kind, counts in (("killed", killed), ("injured", injured)):
            for d, theirs in own_counts(ctx, sent, apart, counts, at).items():
                total = Count(sum(c.value for c in theirs), theirs[0].first, theirs[-1].last,
                              "; ".join(c.describe() for c in theirs if c.qualifier) or "")
                if kind == "killed":
                    d.fatalities = _max_count(d.fatalities, total)
                else:
                    d.injuries = _max_count(d.injuries, total)
        ctx._pending_toll = None
        return
    pending, ctx._pending_toll = ctx._pending_toll, None
    if not killed and not injured:
        # (an earlier act the sentence names only as a time reference, "قتل شخصان … . ويأتي ذلك بعد
        # يومين من قصف تركي على …", takes the toll only when no other act is told: :func:`toll_owner`)
        owner = toll_owner(ctx, violent, pending[2]) if violent and pending and not told_acts(violent) else None
        told = [owner] if owner is not None else told_acts(violent)
        if pending is not None and told and not _has_toll(told[0]) \
                and not says_none_hurt(" ".join(ctx.words[sent.first:sent.last + 1])):
            # "قتل عنصر … وأصيب اثنان. وقالت مصادر إن مسيرة تركية استهدفت سيارتهم": the toll
            # stated just before the event belongs to it, unless the event's sentence says it hurt
            # no one ("وسقطت قذيفة على الحي دون أن يصاب أحد")
            killed, injured, span = pending
            violent = told
            violent[0].spans.append(span)
        else:
            return
    if any(d.trigger.kind in ("bodies", "bodies_kin") for d in created):
        return  # the dead whose bodies are handed over died in an earlier event
    target = bind_toll(ctx, sent, violent)
    if target is None:
        ctx._pending_toll = (killed, injured, (sent.first, sent.last))
        return
    if killed:
        total = Count(sum(c.value for c in killed), killed[0].first, killed[-1].last,
                      "; ".join(c.describe() for c in killed if c.qualifier) or "")
        target.fatalities = _max_count(target.fatalities, total)
    if injured:
        total = Count(sum(c.value for c in injured), injured[0].first, injured[-1].last,
                      "; ".join(c.describe() for c in injured if c.qualifier) or "")
        target.injuries = _max_count(target.injuries, total)
    if target not in created:
        target.spans.append((sent.first, sent.last))


_SAME_WORDS = _WORDS["same_word"]


def same_act_again(words: list[str], d: _Draft) -> bool:
    """Whether an event's trigger tells again the act just told (``كما أصيب طفل آخر بالقصف
    ذاته``، ``جراء القصف نفسه``، ``بذات القصف``): a definite act noun (``back_reference``) with a
    word of "the same" (``same_word``) right after it or right before it. Its casualties are that
    act's: it is no act apart (:func:`acts_apart`)."""
    if _stem(words[d.trig_first], _BACK_REFERENCES) is None and _stem(words[d.trig_last], _BACK_REFERENCES) is None:
        return False
    after = words[d.trig_last + 1] if d.trig_last + 1 < len(words) else ""
    before = words[d.trig_first - 1] if d.trig_first else ""
    return after in _SAME_WORDS or before.lstrip("وب") in _SAME_WORDS


def acts_apart(ctx: _Context, sent: Sentence, violent: list[_Draft]) -> bool:
    """Whether a sentence's violent events are told in clauses of their own (``أصيب عنصر … بقصف
    تركي على قرية تل شعير، في حين أصيب 4 مدنيين بقصف على قرية زنده``، ``…، كما أصيب مقاتلان
    جراء قصف …``): no two of their triggers share a clause. Then each clause's toll is its own
    act's (:func:`own_counts`), not the sum of the sentence's."""
    clauses = [next((c for c in sent.clauses if c.first <= d.trig_first <= c.last), None) for d in violent]
    return None not in clauses and len({id(c) for c in clauses}) == len(violent)


def own_counts(ctx: _Context, sent: Sentence, violent: list[_Draft], counts: list[Count],
               at: dict[int, int]) -> dict[_Draft, list[Count]]:
    """Stage (how many): each count of a sentence whose acts are told apart (:func:`acts_apart`)
    given to the act of its own clause; a count in a clause with no act goes to the nearest act
    before it (or the first act)."""
    out: dict[_Draft, list[Count]] = {}
    for c in counts:
        i = at[id(c)]
        clause = next(cl for cl in sent.clauses if cl.first <= i <= cl.last)
        own = [d for d in violent if clause.first <= d.trig_first <= clause.last]
        if not own:
            own = [d for d in violent if d.trig_first < i][-1:] or violent[:1]
        out.setdefault(own[0], []).append(c)
    return out


def truce_duration(ctx: _Context, clause: Clause) -> float | None:
    """Hours a truce lasts when the clause says (لمدة 24 ساعة، لمدة يومين، مدتها يوم)."""
    words = ctx.words
    for i in range(clause.first, clause.last):
        if words[i] in ("لمده", "مدتها", "مده") and i + 2 <= clause.last:
            c = parse_count(ctx.tokens, i + 1)
            if c is not None and c.last + 1 <= clause.last:
                unit = words[c.last + 1]
                if unit.startswith("ساع"):
                    return float(c.value)
                if unit.startswith(("يوم", "ايام")):
                    return float(c.value * 24)
            if words[i + 1] in ("يوم", "يوما"):
                return 24.0
    return None


#: "met (their death)": لقي، لقيت، لقوا (with مصرعهم or حتفهم).
_MET = _WORDS["met"]


#: "أطلق … النار": the verb forms, and how many words may stand between the verb and النار.
_FIRE_VERBS = _WORDS["fire_verb"]
_FIRE_GAP = 9
_ARSON_VERBS = _WORDS["arson_verb"]
_FIRE_OR_ARSON = _FIRE_VERBS | _ARSON_VERBS
#: "سيطرت قوى الأمن الداخلي (أسايش) التابعة للإدارة الذاتية على …": a subject with its affiliation.
_TAKE_GAP = 10
#: Words after "النار على" that make the shooting an attack on civilians.
_CIVILIAN_TARGETS = _WORDS["civilian_target"]
#: "سيطرت قوات الأسايش بعد ظهر أمس على حي طي": a takeover with its subject between verb and object.
_TAKE_VERBS = _WORDS["take_verb"] | _WORDS["take_noun"]
_TAKE_NOUNS = _WORDS["take_noun"]
#: Before a control noun: a state of control, not a takeover ("تحت سيطرة"، "مناطق سيطرة").
_UNDER = frozenset({"تحت", "مناطق", "منطقه", "خاضعه", "خاضع", "نفوذ", "فرض", "بسط", "لسيطره"})
#: The object words of split phrases (registered with the vocabulary).
_SPLIT_OBJECTS = frozenset({"النار", "علي"})


#: Verbs of seizing whose object follows على, the subject between ("قبضت الأسايش … على أربعة شبان").
_SEIZE_VERBS = frozenset({"قبضت", "قبض", "قبضوا", "تقبض", "يقبض"})


_GRIP_VERBS = _WORDS["grip_verb"]
_CONTROL_NOUNS = _WORDS["control_noun"]
_GRIP_GAP = 5


def grip_takeovers(matches: list[Match], words: list[str]) -> list[Match]:
    """Stage (what): a verb of taking hold, its subject, then the side's own control over a
    place (``أحكمت الأسايش سيطرتها على سجن علايا``، ``بسطت القوات التركية سيطرتها على …``):
    a takeover, the verb the trigger (the subject follows it). A verb with a pronoun-bearing
    control noun (``سيطرتها``: ``control_noun``) at most five words after it and ``على`` right
    after the noun; the same words together are already in the lexicon."""
    grips = proclitic_forms(_GRIP_VERBS)
    if not has_any(words, grips):
        return matches
    covered = {i for m in matches for i in range(m.first, m.last + 1)}
    found = []
    for k in where(words, grips):
        w = words[k]
        if k in covered:
            continue
        noun = next((j for j in range(k + 2, min(len(words) - 1, k + 1 + _GRIP_GAP)) if words[j] in _CONTROL_NOUNS), None)
        if noun is None or words[noun + 1] != "علي" or any(i in covered for i in range(k, noun + 1)):
            continue
        found.append(Match(k, k, TAKEOVER, grips[w][0]))
        covered.update(range(k, noun + 2))
    return sorted(matches + found) if found else matches


_ATTACKED_PEOPLE = _WORDS["attacked_people"]
#: Animals that may attack people (``هاجمت كلاب شاردة سكان الحي``): no armed group (people_attacked).
_ANIMAL_WORDS = _WORDS["animal_word"]
_ATTACK_EPITHETS = _WORDS["attack_epithet"]
#: Attack verbs whose direct object may be the people attacked (``هاجم مسلحون سكان القرية``).
_ASSAIL_VERBS = _WORDS["assail_verb"]
#: How far after an attack verb its object may stand (the attackers, with an epithet, between).
_ATTACKED_GAP = 6


#: Verbs that launch an attack told by its noun (``attack_launch_verb``: شنّ، نفّذ …) and that suffer
#: one (``suffer_verb``: تعرّض لـ).
_ATTACK_LAUNCH_VERBS = _WORDS["attack_launch_verb"]
_SUFFER_VERBS = _WORDS["suffer_verb"]
#: Words after an attack noun that make it no armed attack (``هجوماً إعلامياً``: ``attack_not_armed``).
_NOT_ARMED = _WORDS["attack_not_armed"]
#: How far before an attack noun its launching verb may stand (its subject between).
_LAUNCH_REACH = 6
#: Armed attackers named as the subject of an attack told by its noun (``armed_attacker``: مسلحون، خلايا،
#: عناصر، مقاتلو، القوات، الفصائل، التنظيم …).
_ARMED_ATTACKERS = _WORDS["armed_attacker"]


def attacks_launched(matches: list[Match], words: list[str], starts: frozenset[int] = frozenset()) -> list[Match]:
    """Stage (what): an attack told by its noun (``attack_noun``: هجوم، هجوماً، هجمات), indefinite,
    that a verb of launching stands before in its sentence, its subject between (``شنّ مقاتلو
    التنظيم هجوماً على مواقع قسد``، ``نفذت خلايا داعش هجوماً على نقطة``: ``attack_launch_verb``, at most
    six words before), or that something suffered (``تعرّض حاجز للأسايش لهجوم``: ``suffer_verb``),
    is an armed clash, the noun the trigger, when armed men launched it (``armed_attacker``
    words in its sentence: ``تعرض حاجز لهجوم من قبل مسلحين``) or its sentence tells casualties; an attack on people
    is then made violence against civilians by :func:`people_attacked`. Not when its sentence
    tells another act (``شنت القوات هجوماً على منزل اعتقلت خلاله قيادياً``: the arrest). Not an attack with a weapon a trigger names right after
    it (``هجوماً بطائرة مسيرة``: that trigger is the act), nor one of words or of another kind
    (``هجوماً إعلامياً``، ``هجوماً انتحارياً``: ``attack_not_armed``)."""
    nouns = proclitic_forms(_ATTACK_NOUNS)
    if not has_any(words, nouns):
        return matches
    launches, suffers = proclitic_forms(_ATTACK_LAUNCH_VERBS), proclitic_forms(_SUFFER_VERBS)
    covered = {i for m in matches for i in range(m.first, m.last + 1)}
    bounds = sorted(starts)
    out: list[Match] = []
    for k in where(words, nouns):
        prefix, stem = nouns[words[k]]
        if k in covered or "ال" in prefix or stem.startswith("ال"):
            continue
        s_lo, s_hi = sentence_span(k, bounds, len(words))
        lo = max(s_lo, k - _LAUNCH_REACH)
        if any(x in covered for x in range(s_lo, s_hi)):
            continue  # "شنت مسيرة تركية هجوماً"، "هجوماً … اعتقلت خلاله قيادياً": the sentence's other act is it
        if not (_any_stem(words[s_lo:s_hi], _ARMED_ATTACKERS) or _casualties_told(words, s_lo, s_hi)):
            continue  # "شنّ رئيس المجلس هجوماً على الإدارة"، "شنّ ناشطون هجوماً": words, no arms
        if any(_stem(w, _NOT_ARMED) is not None for w in words[k + 1:min(s_hi, k + 3)]):
            continue  # "هجوماً إعلامياً": words, no arms
        launched = any(words[x] in launches for x in range(lo, k))
        suffered = (prefix.endswith("ل") or stem.startswith("ل")) and any(
            words[x] in suffers for x in range(max(s_lo, k - 4), k))
        if launched or suffered:
            out.append(Match(k, k, BATTLE, prefix))
            covered.add(k)
    return sorted(matches + out) if out else matches


def people_attacked(matches: list[Match], words: list[str]) -> list[Match]:
    """Stage (what): an attack that falls on people of a place, not on fighters, is violence
    against civilians: an attack noun (``generic_attack``) with ``على`` right after it or after a
    word describing it (``attack_epithet``) and then the people (``attacked_people``: ``شن مسلحو
    التنظيم هجوماً مسلحاً على أهالي القرية``، ``هجوماً على المدنيين``), or an attack verb
    (``assail_verb``) whose object, after its subject, is those people (``هاجم مسلحون سكان
    القرية``). A clash read from the same words becomes the attack; an attack on positions or
    patrols stays what it was."""
    if not has_any(words, _ATTACKED_PEOPLE):
        return matches
    by_first = {m.first: m for m in matches}
    covered = {i for m in matches for i in range(m.first, m.last + 1)}
    found = []
    out = list(matches)
    for p in where(words, _ATTACKED_PEOPLE):
        j = p - 1
        if j >= 1 and words[j] == "علي":
            k = j - 1
            if k >= 1 and words[k] in _ATTACK_EPITHETS:
                k -= 1
            if _stem(words[k], _GENERIC_ATTACKS) is None and _stem(words[k].removesuffix("ا"), _GENERIC_ATTACKS) is None:
                continue  # ("هجوماً": the object's accusative alif is no part of the noun)
        else:  # "هاجم مسلحون مجهولون سكان القرية": the verb, its subject, then the people
            verb = next((v for v in range(p - 1, max(-1, p - 1 - _ATTACKED_GAP), -1)
                         if words[v].lstrip("وف") in _ASSAIL_VERBS), None)
            if verb is None or any(words[v] == "علي" or v in covered and by_first.get(v) is None
                                   for v in range(verb + 1, p)):
                continue
            k = verb
        if any(_stem(w, _ANIMAL_WORDS) is not None for w in words[max(0, k - 2):p]):
            continue  # "هاجمت كلاب شاردة سكان الحي"، "هجوم ذئاب على أهالي القرية": animals are no armed group
        m = by_first.get(k)
        if m is not None:
            if m.payload.kind == "clash":
                out[out.index(m)] = m._replace(payload=CIVILIAN_ATTACK)
            continue
        if k in covered:
            continue
        found.append(Match(k, k, CIVILIAN_ATTACK, ""))
        covered.add(k)
    return sorted(out + found) if found or out != matches else matches


_MASSACRE_VERBS = _WORDS["massacre_verb"]
_MASSACRE_NOUNS = _WORDS["massacre_noun"]
#: How far apart the verb and the massacre may stand (the aircraft, with its owner and a day, between).
_MASSACRE_GAP = 8


def massacres_from_the_air(matches: list[Match], words: list[str]) -> list[Match]:
    """Stage (what): a massacre committed by aircraft (``ارتكب طيران التحالف مجزرة في قرية …``،
    ``ارتكبت الطائرات الحربية مجزرة``، ``مجزرة ارتكبها طيران التحالف``) is an air strike: a verb of
    committing (``massacre_verb``) with a massacre (``massacre_noun``) at most eight words after
    it, or right before it, and an aircraft (``bombing_craft``، ``aircraft``) between them or up to
    three words around the verb; the verb is the trigger. A massacre by gunmen is no air strike."""
    verbs = proclitic_forms(_MASSACRE_VERBS)
    if not has_any(words, _MASSACRE_NOUNS) or not has_any(words, verbs):
        return matches
    covered = {i for m in matches for i in range(m.first, m.last + 1)}
    found = []
    for k in where(words, verbs):
        if k in covered:
            continue
        noun = next((j for j in range(k + 1, min(len(words), k + 1 + _MASSACRE_GAP)) if words[j] in _MASSACRE_NOUNS), None)
        if noun is None and k > 0 and words[k - 1].lstrip("و") in _MASSACRE_NOUNS:
            noun = k - 1  # "مجزرة ارتكبها طيران التحالف"
        if noun is None:
            continue
        lo, hi = min(k, noun), max(k, noun)
        around = words[max(0, lo - 3):hi + 4]
        if not any(_stem(w, _BOMBING_CRAFT) is not None for w in around):
            continue
        found.append(Match(k, k, AIR, verbs[words[k]][0]))
        covered.add(k)
    return sorted(matches + found) if found else matches


#: How many words after an attack verb or noun the animals doing it may stand ("هاجم قطيع من الخنازير").
_ANIMAL_REACH = 4


def animals_attack(matches: list[Match], words: list[str]) -> list[Match]:
    """Stage (what): an attack whose attackers are animals (``هاجمت كلاب شاردة سكان الحي``،
    ``هاجم قطيع من الخنازير البرية مزارعين``: an ``animal_word`` within four words after a
    clash or attack trigger, its subject) is no act of an armed group: no event."""
    if not has_any(words, proclitic_forms(_ANIMAL_WORDS)):
        return matches
    kept = [m for m in matches
            if m.payload.kind not in ("clash", "civ_attack")
            or not any(_stem(w, _ANIMAL_WORDS) is not None for w in words[m.last + 1:m.last + 1 + _ANIMAL_REACH])]
    return kept if len(kept) != len(matches) else matches


_CONTROL_TOLD_VERBS = _WORDS["control_told_verb"]
_CONTROL_FULL = _WORDS["control_full"]
_CONTROL_GOES_ON = _WORDS["control_goes_on"] | _UNDER
#: How far after the verb the side's control noun may stand (the subject, with its affiliation, between).
_CONTROL_TOLD_GAP = 9


def control_told(matches: list[Match], words: list[str]) -> list[Match]:
    """Stage (what): a verb that announces the side's own control over a place, or an act that
    resulted in it, then that control (``أعلنت قسد اليوم سيطرتها الكاملة على البلدة``، ``شنوا
    هجوماً على القرى، أسفر عن سيطرتهم على تلك القرى``، ``ما أدى إلى سيطرتها على القرية``): a
    takeover, the verb the trigger. The control noun bears the side's pronoun (``control_noun``),
    stands at most nine words after the verb (``control_told_verb``) and has ``على`` right after
    it or after a word of extent (``الكاملة``: ``control_full``); control that goes on, is
    refused or is a state (``استمرار سيطرتها``، ``تحت سيطرته``: ``control_goes_on``) is none."""
    verbs = proclitic_forms(_CONTROL_TOLD_VERBS)
    if not has_any(words, _CONTROL_NOUNS) or not has_any(words, verbs):
        return matches
    covered = {i for m in matches for i in range(m.first, m.last + 1)}
    found = []
    for k in where(words, verbs):
        if k in covered:
            continue
        noun = next((j for j in range(k + 1, min(len(words) - 1, k + 1 + _CONTROL_TOLD_GAP))
                     if words[j] in _CONTROL_NOUNS), None)
        if noun is None or any(i in covered for i in range(k, noun + 1)):
            continue
        on = noun + 1 + (words[noun + 1] in _CONTROL_FULL)
        if on >= len(words) or words[on] != "علي":
            continue
        if not _CONTROL_GOES_ON.isdisjoint(w.lstrip("و") for w in words[k + 1:noun]) or words[noun - 1].startswith("ل"):
            continue  # "أعلنت قسد استمرار سيطرتها على …"، "… الخاضعة لسيطرتها": no takeover
        if control_not_of_ground(words, on, words[noun - 1] in _THAT_WORDS):
            continue  # "أعلنت فرق الإطفاء سيطرتها على الحريق"، "أن سيطرته على القرية مستمرة"
        found.append(Match(k, k, TAKEOVER, verbs[words[k]][0]))
        covered.update(range(k, on + 1))
    return sorted(matches + found) if found else matches


_BLAZE_WORDS = _WORDS["blaze_word"]
_CONTROL_KEPT = _WORDS["control_kept"]
#: How many words after على a word of control kept may stand ("سيطرته على القرية مستمرة"), and
#: how many when أن opens the control as the subject of its own clause ("أعلن أن سيطرته على قرية
#: … في ريف تل تمر مستمرة").
_CONTROL_KEPT_REACH = 5
_CONTROL_KEPT_THAT_REACH = 10
_THAT_WORDS = frozenset({"ان", "بان", "وان"})


def control_not_of_ground(words: list[str], on: int, after_that: bool = False) -> bool:
    """Whether the control told with ``على`` at token ``on`` is no ground taken: control of a
    fire (``أعلنت فرق الإطفاء سيطرتها على الحريق``، ``سيطرته الكاملة على النيران``: a
    ``blaze_word`` right after على) or control said to go on (``أعلن المجلس أن سيطرته على القرية
    مستمرة``، ``ما زالت قائمة``: a ``control_kept`` word within five words after على, ten when
    ``after_that``: أن right before the control noun)."""
    if on + 1 < len(words) and _stem(words[on + 1], _BLAZE_WORDS) is not None:
        return True
    reach = _CONTROL_KEPT_THAT_REACH if after_that else _CONTROL_KEPT_REACH
    return any(w in _CONTROL_KEPT for w in words[on + 1:on + 1 + reach])


_SHAKE_VERBS = _WORDS["shake_verb"]
_BLASTS = _WORDS["blast_noun"]
_IED = next(t for t in TRIGGERS if t.kind == "ied")


#: Trigger nouns and verbs that take a possessive or object pronoun and stay the act
#: (``enclitic_trigger``: قصفها، اشتباكاتهما، تعزيزاته، غاراتها).
_ENCLITIC_STEMS = _WORDS["enclitic_trigger"]
#: The pronouns after them, longest first.
_ENCLITICS = ("هما", "هم", "هن", "ها", "ه")


@functools.cache
def _enclitic_forms() -> frozenset[str]:
    """Every ``stem + pronoun`` of ``enclitic_trigger`` (a feminine noun's ه written ت before its
    pronoun: غاره → غارتها), made once."""
    out: set[str] = set()
    for stem in _ENCLITIC_STEMS:
        base = stem[:-1] + "ت" if stem.endswith("ه") else stem
        out.update(base + p for p in _ENCLITICS)
    return frozenset(out)


@functools.cache
def _enclitic_stem_triggers() -> dict[str, Trigger]:
    """Each ``enclitic_trigger`` stem with the trigger its bare form has in :data:`TRIGGERS`."""
    by_word = {normalise_phrase(w): trig for trig, words in TRIGGERS.items() for w in words if " " not in w}
    return {stem: by_word[stem] for stem in _ENCLITIC_STEMS if stem in by_word}


def _enclitic_stem(form: str) -> str | None:
    """The ``enclitic_trigger`` stem of ``form`` (a stem and a pronoun), or None."""
    for p in _ENCLITICS:
        if form.endswith(p):
            base = form[: -len(p)]
            for stem in (base, base[:-1] + "ه" if base.endswith("ت") else None):
                if stem and stem in _ENCLITIC_STEMS:
                    return stem
    return None


def pronoun_suffixed_triggers(matches: list[Match], words: list[str]) -> list[Match]:
    """Stage (what): a trigger noun or verb with a pronoun after it (``واصلت القوات التركية قصفها
    على قرى …``، ``استأنف الطرفان اشتباكاتهما``، ``يحشد النظام تعزيزاته``، ``شنت غاراتها``) is the
    trigger its bare form is: the lexicon's phrases match whole words, and Arabic writes the
    pronoun into the word. Only the words listed as ``enclitic_trigger`` (a word whose suffixed
    form is also another word, مسيرتها "her career", is not listed)."""
    forms = proclitic_forms(_enclitic_forms())
    if forms.keys().isdisjoint(words):
        return matches
    covered = {i for m in matches for i in range(m.first, m.last + 1)}
    triggers = _enclitic_stem_triggers()
    out: list[Match] = []
    for k in where(words, forms):
        if k in covered:
            continue
        prefix, form = forms[words[k]]
        stem = _enclitic_stem(form)
        trig = triggers.get(stem or "")
        if trig is not None:
            out.append(Match(k, k, trig, prefix))
    return sorted(matches + out) if out else matches


#: A verb or word of likening before a weapon noun (``يشكل``، ``بمثابة``، ``أشبه``: ``metaphor_before``).
_LIKENING = _WORDS["metaphor_before"]
#: What a likened weapon is (``موقوتة``: a ticking bomb; ``metaphor_after``).
_LIKENED = _WORDS["metaphor_after"]


def weapon_metaphors(matches: list[Match], words: list[str]) -> list[Match]:
    """Stage (not an event): a weapon noun used as a figure of speech (``لا يزال المخيم يشكل
    قنبلة موقوتة``، ``بمثابة قنبلة موقوتة``، ``كقنبلة موقوتة``: a word of likening,
    ``metaphor_before``, at most two words before it or ك on it, and ``metaphor_after`` right
    after it) is no trigger; a real time bomb
    (``انفجرت قنبلة موقوتة``) has no likening word and stays one."""
    if _LIKENED.isdisjoint(words):
        return matches
    out = [m for m in matches if not (
        m.first == m.last and m.last + 1 < len(words) and words[m.last + 1] in _LIKENED
        and (m.prefix.endswith("ك") or any(_stem(w, _LIKENING) is not None for w in words[max(0, m.first - 2):m.first])))]
    return out if len(out) != len(matches) else matches


def blasts_shook(matches: list[Match], words: list[str]) -> list[Match]:
    """Stage (what): a verb of shaking or striking before the blasts it names, a count between
    (``هزت ثلاثة انفجارات متقاربة وسط المدينة``، ``ضربت سلسلة تفجيرات …``): a bombing (remote
    explosive), the verb the trigger; ``هز انفجار`` and ``انفجار هز`` side by side are in the
    lexicon already."""
    verbs = proclitic_forms(_SHAKE_VERBS)
    if not has_any(words, verbs) or not has_any(words, _BLASTS):
        return matches
    covered = {i for m in matches for i in range(m.first, m.last + 1)}
    found = []
    for k, w in enumerate(words):
        if w in verbs and k not in covered:
            b = next((j for j in range(k + 1, min(len(words), k + 4)) if words[j] in _BLASTS), None)
            if b is not None and not any(i in covered for i in range(k, b + 1)):
                found.append(Match(k, b, _IED, verbs[w][0]))
                covered.update(range(k, b + 1))
    return sorted(matches + found) if found else matches


_DETONATE_VERBS = _WORDS["detonate_verb"]
_SELF_WORDS = _WORDS["self_word"]
#: How far after the verb its reflexive object may stand, the bomber between ("فجّر عنصر من تنظيم الدولة الإسلامية نفسه").
_SELF_GAP = 8
_SUICIDE = next(t for t in TRIGGERS if t.kind == "suicide")
#: One bomber blew himself up (``نفسه``، ``نفسها``; the verb is singular before a plural subject too): one dead.
_ONE_SELF = frozenset(map(normalise_phrase, ("نفسه", "نفسها")))
#: Day and time words after ``فجر`` (``فجر اليوم``، ``فجر الأحد``): the dawn, not the verb ``فجّر``.
_DAWN_TIMES = _WORDS["dawn_time"]
#: People who blew themselves up, the subject right after the verb (``فجّر عنصر من التنظيم نفسه``).
_BOMBER_NOUNS = _WORDS["bomber_noun"]
#: How far after the verb the bomber must be named (``فجّر أحد عناصر التنظيم نفسه``).
_BOMBER_GAP = 3
#: Nouns a word of "self" follows as "the same …" (``في اليوم نفسه``، ``في المكان ذاته``), not as the bomber.
_SAME_NOUNS = frozenset(map(normalise_phrase, ("اليوم", "الوقت", "المكان", "الموقع", "الشهر", "العام", "الأسبوع", "المنطقة", "الليلة",
                    "السياق", "الحي", "الطريق", "الشارع", "الحاجز", "القرية", "المدينة", "الحادث", "الهجوم",
                    "البلده", "المخيم", "الناحيه", "البلد", "القضيه", "المسالة", "الحاله", "الجهه", "المصدر")))


def blew_themselves_up(matches: list[Match], words: list[str]) -> list[Match]:
    """Stage (what): a verb of blowing up whose object is the bomber himself, the subject
    between them (``فجّر عنصر من تنظيم "الدولة الإسلامية" نفسه``، ``فجّر انتحاريون من التنظيم
    أنفسهم عند حواجز …``), is a suicide bombing, the verb the trigger. ``فجّر مسلحون عبوة
    ناسفة`` has no reflexive object: not this stage's. A word of "self" after a day
    (``في اليوم نفسه``) or a place (``في المكان نفسه``) follows a definite noun and is no
    object. ``فجر`` before a day or time word (``فجر اليوم``، ``فجر الأحد``) is the dawn, not the
    verb; and the bomber must be named, a person (``bomber_noun``) right after the verb: ``وفجّرت
    القضية نفسها موجة غضب`` names none."""
    verbs = proclitic_forms(_DETONATE_VERBS)
    if not has_any(words, verbs) or _SELF_WORDS.isdisjoint(words):
        return matches
    covered = {i for m in matches for i in range(m.first, m.last + 1)}
    found = []
    for k, w in enumerate(words):
        if w not in verbs or k in covered:
            continue
        if k + 1 < len(words) and words[k + 1] in _DAWN_TIMES:
            continue  # "فجر اليوم": at dawn
        if not any(words[x].removeprefix("ال") in _BOMBER_NOUNS or words[x] in _BOMBER_NOUNS
                   for x in range(k + 1, min(len(words), k + 1 + _BOMBER_GAP))):
            continue  # no bomber named: "وفجّرت القضية نفسها موجة غضب"
        end = min(len(words), k + 1 + _SELF_GAP)
        j = next((j for j in range(k + 1, end) if words[j] in _SELF_WORDS), None)
        if j is None or words[j - 1] in _SAME_NOUNS:
            continue  # "في اليوم نفسه": the same day, not the bomber
        if any(x in covered for x in range(k + 1, j)):
            continue
        found.append(Match(k, k, _SUICIDE, verbs[w][0]))
        covered.add(k)
    return sorted(matches + found) if found else matches


#: "Packed with explosives" after a vehicle (``سيارة مفخخة``، ``صهريجاً مفخخاً``، ``الشاحنة المفخخة``).
_RIGGED = frozenset(map(normalise_phrase, ("مفخخة", "مفخخ", "مفخخاً", "المفخخة", "المفخخ", "مفخختين", "مفخختان",
                                            # mined, as some outlets say it: "سيارة ملغومة"، "دراجة نارية ملغمة"
                                            "ملغومة", "ملغوم", "الملغومة", "ملغمة", "الملغمة", "ملغومتين")))
_VEHICLES = _WORDS["vehicle"]
#: Words between a vehicle bomb and its bomber (``يقودها انتحاري``، ``فجّرها أحد الانتحاريين``).
_DRIVEN_GAP = 4


_SUICIDE_ATTACKERS = _WORDS["suicide_attacker"]
_ATTACK_VERBS_OF_BATTLE = _WORDS["attack_verb_of_battle"]


def suicide_attackers(matches: list[Match], words: list[str]) -> list[Match]:
    """Stage: an attack whose attacker is a suicide bomber (``أن انتحارياً هاجم مقراً للأسايش``،
    ``هاجم انتحاري مقر …``، ``هاجم انتحاريان حاجزاً``: ``suicide_attacker`` right before or right
    after the verb of attacking) is a suicide bombing, not an armed clash. Fighters who attacked
    (``هاجم مسلحون``) stay a clash."""
    if not has_any(words, proclitic_forms(_SUICIDE_ATTACKERS)):
        return matches
    out = []
    for m in matches:
        if m.payload is BATTLE and m.first == m.last and words[m.first].lstrip("و") in _ATTACK_VERBS_OF_BATTLE and any(
                0 <= k < len(words) and words[k].lstrip("و").removeprefix("ال") in _SUICIDE_ATTACKERS
                for k in (m.first - 1, m.first + 1)):
            m = Match(m.first, m.last, _SUICIDE, m.prefix)
        out.append(m)
    return out


def vehicle_bombs(matches: list[Match], words: list[str], starts: frozenset[int] = frozenset()) -> list[Match]:
    """Stage (what): a vehicle packed with explosives (a ``vehicle`` word, then ``مفخخة``) is a
    remote explosive whatever the vehicle (``شاحنة مفخخة``، ``صهريجاً مفخخاً``), and one the text
    says a suicide bomber drove or set off (a ``bomber_noun`` within a few words after it, in the same
    sentence: ``بتفجير شاحنة مفخخة يقودها انتحاري``، ``سيارة مفخخة يقودها أحد الانتحاريين``) is a
    suicide bombing, and so is one the bomber is named right before, in it (``التفجير الذي نفذه
    انتحاري بشاحنة مفخخة``). A vehicle with a proclitic counts (``بشاحنة مفخخة``). A vehicle bomb
    parked or found (``مركونة``) names no bomber and stays an IED."""
    if _RIGGED.isdisjoint(words):
        return matches
    covered = {i for m in matches for i in range(m.first, m.last + 1)}
    vehicles = proclitic_forms(_VEHICLES)  # "بشاحنة مفخخة"، "وصهريجاً مفخخاً"
    out: list[Match] = []
    changed = False
    for k, w in enumerate(words):
        if w not in _RIGGED or k == 0 or words[k - 1] not in vehicles or k in covered or k - 1 in covered:
            continue
        if any(m.payload is _SUICIDE and k - 1 - _DRIVEN_GAP <= m.last < k - 1 for m in matches):
            continue  # the bomber's verb told it first: "فجّر انتحاري صهريجاً مفخخاً"
        out.append(Match(k - 1, k, _IED, vehicles[words[k - 1]][0]))
        changed = True
    for m in [*matches, *out]:
        if m.payload is _IED and any(words[i] in _RIGGED for i in range(m.first, m.last + 1)):
            end = min(len(words), m.last + 1 + _DRIVEN_GAP)
            end = next((x for x in range(m.last + 1, end) if x in starts), end)  # not past the sentence
            # "نفذه انتحاري بشاحنة مفخخة": the bomber right before a vehicle he drove in (ب)
            before = range(m.first - 1, m.first) if m.first > 0 and m.first not in starts and words[m.first].startswith("ب") else ()
            after = [*before, *range(m.last + 1, end)]
            if any(words[x] in _BOMBER_NOUNS or words[x].removeprefix("ال") in _BOMBER_NOUNS for x in after):
                if m in out:
                    out[out.index(m)] = Match(m.first, m.last, _SUICIDE, m.prefix)
                else:
                    out.append(Match(m.first, m.last, _SUICIDE, m.prefix))
                    matches = [x for x in matches if x is not m]
                changed = True
    return sorted(matches + out) if changed else matches


_BARE_DEVICES = _WORDS["bare_device"]
#: A bombing named by its noun alone (``تفجير``، ``تفجيرات``: a deliberate blast, never an accident).
_BOMBING_NOUNS = frozenset(map(normalise_phrase, ("تفجير", "تفجيرات", "تفجيرين", "تفجيران")))
#: What stands right before a bombing that is the cause of the casualties told before it.
_CAUSE_BEFORE = frozenset(map(normalise_phrase, ("جراء", "إثر", "نتيجة", "في", "خلال")))
#: How far before the bombing the casualty word of its sentence may stand.
_BOMBING_TOLL_REACH = 12


def bombings_that_killed(matches: list[Match], words: list[str], starts: frozenset[int] = frozenset()) -> list[Match]:
    """Stage (what): a bombing told by its noun alone as the cause of the casualties its sentence
    tells before it (``قتل 16 شخصاً في آب 2015 بتفجير صهريج …``، ``أصيب عشرة أشخاص جراء تفجيرات
    استهدفت مطعمين``، ``قتل خمسة في ثلاثة تفجيرات متزامنة``: ``تفجير`` with ب, or after جراء، إثر،
    نتيجة، في، a count may stand between) is a remote explosive, the noun the trigger. Not one a
    trigger already covers (``بتفجير سيارة مفخخة``، ``تفجير انتحاري``), nor a bomber's own (``بتفجير
    نفسه``: :func:`blew_themselves_up`), nor ``انفجار`` (an accident may be one)."""
    if _BOMBING_NOUNS.isdisjoint(w.removeprefix("ب") for w in words):
        return matches
    covered = {i for m in matches for i in range(m.first, m.last + 1)}
    tolls = _KILL_WORDS | _BARE_DEATH_VERBS | _DEATH_VERBS | _WOUND_WORDS
    out: list[Match] = []
    for k, w in enumerate(words):
        bare = w.removeprefix("ب")
        if bare not in _BOMBING_NOUNS or k in covered or k + 1 in covered:
            continue
        if k + 1 < len(words) and words[k + 1] in _ONE_SELF:
            continue  # "بتفجير نفسه": the bomber
        j = k - 1
        if w == bare:  # no ب: a cause word right before, maybe with a count between ("في ثلاثة تفجيرات")
            if j >= 0 and (words[j].isdigit() or _is_count_word(words[j])):
                j -= 1
            if j < 0 or words[j].lstrip("و") not in _CAUSE_BEFORE:
                continue
        lo = sentence_window_start(k, _BOMBING_TOLL_REACH, starts)
        if any(words[x].lstrip("و") in tolls for x in range(lo, j + 1)):
            out.append(Match(k, k, _IED, "ب" if w != bare else ""))
    return sorted(matches + out) if out else matches


#: An explosion named by its noun alone, indefinite (``انفجار``، ``انفجارين``، ``انفجارات``: the
#: ``blast_noun`` words that are not bombings).
_EXPLOSION_NOUNS = frozenset(w for w in _BLASTS if w not in _BOMBING_NOUNS)
#: What makes an explosion in its sentence an accident or a mishap, not an attack (a blaze, a
#: canister, a collision, a generator or a depot: ``blast_mishap`` besides the accident lists).
_BLAST_MISHAPS = _WORDS["blast_mishap"]
#: How far before or after an explosion noun its sentence's casualty word may stand.
_EXPLOSION_TOLL_REACH = 12


def sentence_span(k: int, bounds: list[int], n: int) -> tuple[int, int]:
    """``[first, end)`` token bounds of the sentence holding token ``k`` (``bounds``: the sorted
    sentence starts, ``n``: the article's token count)."""
    j = bisect.bisect_right(bounds, k)
    return (bounds[j - 1] if j else 0), (bounds[j] if j < len(bounds) else n)


#: Words that deny the casualty word after them (``ولم يسفر عن إصابة أحد``، ``دون إصابات``).
_TOLL_DENIALS = _WORDS["toll_denial"]


def _casualties_told(words: list[str], lo: int, hi: int) -> bool:
    """Whether ``words[lo:hi]`` tells a casualty (a kill, death or wound word) that no denial
    word stands before, up to three words back (``ولم يسفر عن إصابة أحد``: none)."""
    tolls, denials = proclitic_forms(_explosion_toll_words()), proclitic_forms(_TOLL_DENIALS)
    return any(words[k] in tolls and denials.keys().isdisjoint(words[max(lo, k - 3):k]) for k in range(lo, hi))


@functools.cache
def _explosion_toll_words() -> frozenset[str]:
    """The casualty words an explosion's toll is told with (one list, made once: its forms are cached)."""
    return _KILL_WORDS | _BARE_DEATH_VERBS | _DEATH_VERBS | _WOUND_WORDS


def explosions_that_killed(matches: list[Match], words: list[str], starts: frozenset[int] = frozenset()) -> list[Match]:
    """Stage (what): an explosion told by its noun alone (``انفجار``، ``انفجارين``، ``انفجارات``,
    indefinite: ``الانفجار`` refers back) in a sentence that tells its casualties, a kill or
    wound word up to twelve words before or after it (``قتل 30 شخصاً جراء انفجارين في حي
    المفتي``، ``أدى انفجار في سوق المدينة إلى مقتل ثلاثة``، ``قُتل شخصان بانفجار``), is a remote
    explosive, the noun the trigger: what an English ``explosion`` with a toll already is. Not
    when the sentence names an accident or a mishap (a gas canister, a fire, a collision, a
    generator, a fuel or arms depot: ``accident``, ``blaze_word``, ``vehicle_mishap``,
    ``container_content``, ``blast_mishap``), nor a noun another trigger covers (``انفجار عبوة``،
    ``هز انفجار``), nor an explosion with no casualties (``سمع دوي انفجار``: a sound, no event)."""
    forms = proclitic_forms(_EXPLOSION_NOUNS)
    if forms.keys().isdisjoint(words):
        return matches
    covered = {i for m in matches for i in range(m.first, m.last + 1)}
    bounds = sorted(starts)
    out: list[Match] = []
    for k in where(words, forms):
        if k in covered or k - 1 in covered or k + 1 in covered or "ال" in forms[words[k]][0]:
            continue  # (a definite one, "الانفجار", refers back to a blast told before)
        s_lo, s_hi = sentence_span(k, bounds, len(words))
        sent = words[s_lo:s_hi]
        if _any_stem(sent, _BLAZE_WORDS) or _any_stem(sent, _ACCIDENTS) or _any_stem(sent, _VEHICLE_MISHAPS) \
                or _any_stem(sent, _CONTAINER_CONTENTS) or _any_stem(sent, _BLAST_MISHAPS):
            continue
        if any(s_lo <= m.first < s_hi and m.payload.kind in _VIOLENT_BUT_BOMBS for m in matches):
            continue  # "قصفت المدفعية … وسمع دوي انفجارات، ما أسفر عن إصابة امرأة": the shelling's blasts
        lo, hi = max(s_lo, k - _EXPLOSION_TOLL_REACH), min(s_hi, k + _EXPLOSION_TOLL_REACH + 1)
        if _casualties_told(words, lo, hi):
            out.append(Match(k, k, _IED, forms[words[k]][0]))
            covered.add(k)
    return sorted(matches + out) if out else matches


#: Deaths no one inflicted (``mishap_death``: غرقاً، صعقاً، حادث …) besides the accident lists.
_MISHAP_DEATHS = _WORDS["mishap_death"]
#: Words that say someone did a killing (``someone_did_it``: على يد، طعناً، مسلحين …): never a mishap.
_SOMEONE_DID_IT = _WORDS["someone_did_it"]
#: How far after a killing its cause may stand in the clause (``قتل طفل … بانفجار مدفأة``).
_MISHAP_REACH = 8


def died_by_mishap(words: list[str], first: int, last: int, clause: Clause) -> bool:
    """Stage (not an event): a civilian's death told with an accident as its cause within eight
    words after the trigger in its clause (``قتل طفل بحادث سير``، ``قتل طفل
    غرقاً في النهر``: ``accident``, ``mishap_death``; ``قتل طفل بانفجار أسطوانة غاز``: an
    explosion with a ``blast_mishap`` word) is no attack. A job or a place is no cause (``سائق
    صهريج وقود``، ``داخل محطة وقود``). Never an assassination, nor one told with gunfire
    (``برصاص``), a device (``عبوة``، ``لغم``), a bombing (``بتفجير``) or words that say someone did
    it (``someone_did_it``: ``على يد مسلحين``، ``طعناً``)."""
    if words[first].lstrip("وف") in _ASSASSINATION:
        return False
    hi = min(clause.last + 1, last + 1 + _MISHAP_REACH)
    after = words[last + 1:hi]
    clause_words = words[clause.first:clause.last + 1]
    if any(x in _GUNFIRE for x in clause_words) or _any_stem(after, _BARE_DEVICES) or _any_stem(after, _BOMBING_NOUNS) \
            or _any_stem(clause_words, _SOMEONE_DID_IT):
        return False  # (``بتفجير صهريج``: a tanker someone blew up; ``على يد مسلحين``، ``طعناً``: someone did it)
    # (a job or a place is no cause: "قتل سائق صهريج وقود على يد مسلحين"، "داخل محطة وقود")
    return _any_stem(after, _ACCIDENTS) or _any_stem(after, _MISHAP_DEATHS) or (
        _any_stem(after, _BLAST_MISHAPS) and _any_stem(after, _EXPLOSION_NOUNS))


#: A fight between families or clans (``quarrel_fight``: شجار، مشاجرة، عراك), indefinite.
_QUARREL_FIGHTS = _WORDS["quarrel_fight"]


def quarrels_that_killed(matches: list[Match], words: list[str], starts: frozenset[int] = frozenset()) -> list[Match]:
    """Stage (what): a quarrel or a brawl (``quarrel_fight``) in a sentence that tells its dead or
    wounded up to twelve words before or after it (``قُتل شخصان في شجار مسلح بين عائلتين``،
    ``اندلع شجار بين عائلتين أسفر عن مقتل شخصين``، ``أصيب ثلاثة بمشاجرة عشائرية``) is an armed
    clash between the families, the noun the trigger, as an English "gunfight" after a dispute
    is. Not when the sentence already tells an act of its own (``قُتل شاب بإطلاق نار خلال
    شجار``: the shooting is the event), nor a quarrel with no casualties (a row is no event)."""
    forms = proclitic_forms(_QUARREL_FIGHTS)
    if forms.keys().isdisjoint(words):
        return matches
    bounds = sorted(starts)
    taken = [(m.first, m.last) for m in matches]
    out: list[Match] = []
    for k in where(words, forms):
        if "ال" in forms[words[k]][0]:
            continue  # (a definite one, "الشجار", refers back to the quarrel told before)
        s_lo, s_hi = sentence_span(k, bounds, len(words))
        if any(s_lo <= a < s_hi for a, _ in taken):
            continue
        lo, hi = max(s_lo, k - _EXPLOSION_TOLL_REACH), min(s_hi, k + _EXPLOSION_TOLL_REACH + 1)
        if _casualties_told(words, lo, hi):
            out.append(Match(k, k, BATTLE, forms[words[k]][0]))
            taken.append((k, k))
    return sorted(matches + out) if out else matches


#: An ambush word (``كمين``، ``كميناً``، ``كمائن``) as the trigger lexicon holds it.
_AMBUSHES = _WORDS["ambush_word"]


def ambushes_told(matches: list[Match], words: list[str], starts: frozenset[int] = frozenset()) -> list[Match]:
    """Stage (is it an act): an ambush (``كمين``) is a fight only when its sentence tells
    casualties (``قُتل أربعة عناصر في كمين``) and no arrest (``القبض على تاجر مخدرات في كمين
    محكم``، ``نصبت الأسايش كميناً لمهربين``: police work, the arrest is the act, when there is one)."""
    forms = proclitic_forms(_AMBUSHES)
    if forms.keys().isdisjoint(words):
        return matches
    bounds = sorted(starts)
    out = []
    for m in matches:
        if m.payload is BATTLE and m.first == m.last and words[m.first] in forms:
            s_lo, s_hi = sentence_span(m.first, bounds, len(words))
            if not _casualties_told(words, s_lo, s_hi) or any(
                    s_lo <= x.first < s_hi and x.payload.kind == "arrest" for x in matches):
                continue
        out.append(m)
    return out if len(out) != len(matches) else matches


def _is_count_word(word: str) -> bool:
    """Whether ``word`` is a count written in words (``ثلاثة``، ``عدة``) before a plural bombing."""
    return word in _COUNT_WORDS


_COUNT_WORDS = _WORDS["counted_bombings"]
#: What a bare عبوة holds when it is a canister (عبوة غاز): no device.
_CONTAINER_CONTENTS = _WORDS["container_content"]
_WENT_OFF_VERBS = _WORDS["went_off_verb"]
#: The verbs bare or after و (one set: asked of every article).
_WENT_OFF_FORMS = _WENT_OFF_VERBS | {"و" + w for w in _WENT_OFF_VERBS}
#: How far apart a bare device noun and its explosion verb may stand (``وكانت عبوة مماثلة قد انفجرت``).
_WENT_OFF_GAP = 3


def devices_went_off(matches: list[Match], words: list[str], starts: frozenset[int] = frozenset()) -> list[Match]:
    """Stage (what): a device told by its bare noun (``bare_device``: ``عبوة``، ``لغم``, with no
    ``ناسفة`` after it) that an explosion verb in the past (``went_off_verb``: ``انفجرت``، ``انفجر``)
    stands next to, up to three words either way in the same sentence (``وكانت عبوة مماثلة قد
    انفجرت …``، ``بزرع لغم انفجر …``، ``انفجرت عبوة بسيارة …``), is a remote explosive, the noun
    the trigger; a canister named by what it holds (``container_content``: ``انفجرت عبوة غاز``)
    is none. Whether it is news is decided as for any trigger (a similar one with no day of its
    own is background: :func:`similar_attack`); a device defused or found stays what
    :meth:`_Context._clause_events` makes of it."""
    if _WENT_OFF_FORMS.isdisjoint(words):
        return matches
    devices = proclitic_forms(_BARE_DEVICES)  # "بلغم"، "وعبوة"
    covered = {i for m in matches for i in range(m.first, m.last + 1)}
    if devices.keys().isdisjoint(words):
        found = counted_vehicles_went_off(words, covered, starts)
        found += vehicles_that_killed(words, covered | {i for m in found for i in range(m.first, m.last + 1)}, starts)
        return sorted(matches + found) if found else matches
    out: list[Match] = []
    for k in where(words, devices):
        if k in covered or (k + 1 < len(words) and words[k + 1] in _CONTAINER_CONTENTS):
            continue  # (a gas canister that went off is an accident)
        lo = sentence_window_start(k, _WENT_OFF_GAP, starts)
        hi = sentence_window_end(k, _WENT_OFF_GAP, len(words), starts)
        if any(words[x] in _WENT_OFF_FORMS for x in range(lo, hi) if x != k):
            out.append(Match(k, k, _IED, ""))
    counted = counted_vehicles_went_off(words, covered, starts)
    covered |= {i for m in counted + out for i in range(m.first, m.last + 1)}
    return sorted(matches + counted + vehicles_that_killed(words, covered, starts) + out)


_VEHICLE_MISHAPS = _WORDS["vehicle_mishap"]


def vehicles_that_killed(words: list[str], covered: set[int], starts: frozenset[int] = frozenset()) -> list[Match]:
    """Stage (what): a vehicle that went off (``انفجرت دراجة نارية قرب دوار الوحدة …، ما أدى إلى
    مقتل شخصين``، ``إن دراجة نارية انفجرت في مدينة القامشلي``: a ``vehicle`` word with an explosion
    verb up to three words either way) in a sentence that tells casualties (``kill_word``,
    ``wound_word``) and no fire or accident (``blaze_word``, ``accident``: ``اشتعلت النيران في سيارة
    وانفجرت``، ``انفجر خزان الوقود إثر حادث``; ``vehicle_mishap``: a crash, gas, a leak or a fault,
    ``بعد أن اصطدمت بشاحنة``، ``سيارة تعمل على الغاز``، ``تسرب في أسطوانة``، ``خلل فني``) is a vehicle bomb, a remote explosive; a sentence of
    the lexicon's bombs already (a trigger covers the vehicle) is left to them, and so is a definite
    vehicle (``وانفجرت السيارة الأولى …``: one told before, with its bombing)."""
    if _VEHICLES.isdisjoint(w.lstrip("وب") for w in words):
        return []
    out: list[Match] = []
    bounds = sorted(starts)
    for k, w in enumerate(words):
        if w.lstrip("وب") not in _VEHICLES or w.lstrip("وب").startswith("ال") or k in covered:
            continue  # ("وانفجرت السيارة الأولى …": a vehicle told before, its bombing told there)
        lo = sentence_window_start(k, _WENT_OFF_GAP, starts)
        hi = sentence_window_end(k, _WENT_OFF_GAP, len(words), starts)
        if not any(words[x] in _WENT_OFF_FORMS for x in range(lo, hi)):
            continue
        s_lo, s_hi = sentence_span(k, bounds, len(words))
        sent = words[s_lo:s_hi]
        if (_any_stem(sent, _KILL_WORDS) or _any_stem(sent, _WOUND_WORDS)) and not (
                _any_stem(sent, _BLAZE_WORDS) or _any_stem(sent, _ACCIDENTS) or _any_stem(sent, _VEHICLE_MISHAPS)
        ) and not covered.intersection(range(s_lo, s_hi)):
            out.append(Match(k, k, _IED, ""))
            covered.add(k)
    return out


#: (not "الأولى": the first blast told is the one the lead already tells, "هزت ثلاثة تفجيرات …")
_VEHICLE_ORDINALS = _WORDS["vehicle_ordinal"]


def counted_vehicles_went_off(words: list[str], covered: set[int], starts: frozenset[int] = frozenset()) -> list[Match]:
    """Stage (what): a vehicle counted among the blasts told (``انفجرت سيارة ثانية كانت مركونة
    …``، ``انفجرت الدراجة الثالثة``، ``وانفجرت سيارة أخرى``: a ``vehicle`` word with an ordinal
    after the first right after it) next to an explosion verb (``went_off_verb``, up to three words
    either way in its sentence), when told as a bomb (:func:`vehicle_counted_as_a_bomb`), is a car
    bomb, a remote explosive, the vehicle the trigger, as :func:`devices_went_off` makes of a bare
    device."""
    out: list[Match] = []
    for k in range(len(words) - 1):
        if words[k] not in _VEHICLES or words[k + 1] not in _VEHICLE_ORDINALS or k in covered:
            continue
        lo = sentence_window_start(k, _WENT_OFF_GAP, starts)
        hi = sentence_window_end(k, _WENT_OFF_GAP, len(words), starts)
        if any(words[x] in _WENT_OFF_FORMS for x in range(lo, hi)) and vehicle_counted_as_a_bomb(words, k, starts):
            out.append(Match(k, k + 1, _IED, ""))
    return out


_VEHICLE_BOMB_WORDS = _WORDS["vehicle_bomb_word"]
_BLASTS_COUNTED = _WORDS["blasts_counted"]
#: How many words after a counted vehicle its bomb word may stand ("انفجرت سيارة ثانية كانت مفخخة").
_VEHICLE_BOMB_REACH = 6


def vehicle_counted_as_a_bomb(words: list[str], k: int, starts: frozenset[int] = frozenset()) -> bool:
    """Whether the vehicle counted at token ``k`` (``سيارة ثانية``) is a bomb: a bomb word
    (``vehicle_bomb_word``: مفخخة، ملغومة، عبوة …) in its sentence around it, or a lead before it
    that counts bombings (``blasts_counted``: ثلاثة انفجارات، التفجيرين …). A car that caught fire
    and blew up (``ثم اشتعلت النيران في سيارة ثانية وانفجرت``) is neither."""
    lo = sentence_window_start(k, _VEHICLE_BOMB_REACH, starts)
    hi = sentence_window_end(k + 1, _VEHICLE_BOMB_REACH, len(words), starts)
    if _any_stem(words[lo:hi], _VEHICLE_BOMB_WORDS):
        return True
    return _any_stem(words[:k], _BLASTS_COUNTED)




_ROUTINE_CHECKS = _WORDS["routine_check"]
_DEPLOYMENT_KIND = "deployment"


def routine_checks(matches: list[Match], words: list[str]) -> list[Match]:
    """Stage (is it an event): a checkpoint set up for a routine check (``نصبت دورية حاجزاً مؤقتاً
    ودققت في الهويات``، ``حاجزاً طياراً``) is police work, no change to a group's activity: a
    deployment trigger with a ``routine_check`` word within two words after it is dropped."""
    if _ROUTINE_CHECKS.isdisjoint(words):
        return matches
    return [m for m in matches if not (getattr(m.payload, "kind", "") == _DEPLOYMENT_KIND and not _ROUTINE_CHECKS.isdisjoint(
        words[m.last + 1:m.last + 3]))]


_TYRES = frozenset(map(normalise_phrase, ("إطارات", "الإطارات", "الدواليب", "دواليب")))


def tyres_burnt(matches: list[Match], words: list[str]) -> list[Match]:
    """Stage (what): fire set to tyres (``أضرموا النار في إطارات السيارات وأغلقوا الطرق``) is a
    crowd's act, a riot (as ``حرق إطارات`` in the lexicon), not the destruction of property: an
    arson trigger with ``في`` and tyres right after it. Fire set to a building (``أضرموا النار في
    مقر …``) stays arson."""
    out = []
    for m in matches:
        if (m.payload is ARSON and m.last + 2 < len(words) and words[m.last + 1] == "في"
                and words[m.last + 2] in _TYRES):
            m = Match(m.first, m.last, RIOT_WORDS, m.prefix)
        out.append(m)
    return out if out != matches else matches


def _with_split_phrases(matches: list[Match], tokens: Sequence[Token]) -> list[Match]:
    """``matches`` plus the triggers whose verb and object are apart, the subject between them:
    "أطلق عناصر من قوات النظام النار على مدنيين" (an attack on civilians when civilians follow
    "النار على", a clash otherwise), "أضرم مجهولون النار في مكتب" (property destruction), "سيطرت قوات الأسايش … على حي طي" (a takeover)
    and "قبضت الأسايش … على أربعة شبان" (an arrest). The verb
    is the trigger: its subject follows it."""
    objects = positions(tokens, _SPLIT_OBJECTS)
    if not objects:
        return matches
    words = words_of(tokens)
    covered = {i for m in matches for i in range(m.first, m.last + 1)}
    found = []
    for j in objects:
        if j in covered:
            continue
        verbs = _FIRE_OR_ARSON if words[j] == "النار" else _TAKE_VERBS | _ASSAULT_VERBS
        gap = _FIRE_GAP if words[j] == "النار" else _TAKE_GAP
        verb = next((k for k in range(j - 2, max(-1, j - 1 - gap), -1)
                     if words[k].lstrip("وف") in verbs), None)
        if verb is None and words[j] == "علي":  # "اعتدت ميليشيا … التابعة لما يسمى … صباح اليوم على دورية"
            verb = next((k for k in range(j - 2, max(-1, j - 1 - _ASSAULT_GAP), -1)
                         if words[k].lstrip("وف") in _ASSAULT_VERBS), None)
        if verb is None and words[j] == "علي":  # "قبضت الأسايش صباح اليوم على أربعة شبان": an arrest
            verb = next((k for k in range(j - 2, max(-1, j - 1 - _FIRE_GAP), -1)
                         if words[k].lstrip("وف") in _SEIZE_VERBS), None)
            if verb is not None and not any(i in covered for i in range(verb, j)):
                found.append(Match(verb, verb, ARREST, ""))
                covered.update(range(verb, j + 1))
            continue
        if verb is None or any(i in covered for i in range(verb, j)):
            continue
        if words[verb].lstrip("وف") in _TAKE_NOUNS and (verb == 0 or words[verb - 1] in _UNDER):
            continue  # "تحت سيطرة قسد على …": a state of control
        if words[verb].lstrip("وف") in _ASSAULT_VERBS:  # "اعتدت عناصر من … على دورية للجيش"
            obj = words[j + 1].removeprefix("و") if j + 1 < len(words) else ""
            if obj in _ASSAULT_PROTESTERS:
                trigger = PROTEST_INTERVENTION
            elif _assaulted_civilians(words, j):
                trigger = CIVILIAN_ATTACK
            elif obj in _ASSAULT_TARGETS or obj.removeprefix("ال") in _ASSAULT_TARGETS:
                trigger = BATTLE
            else:
                continue  # "اعتدى رجل على شقيقه": a private quarrel, no event
        elif words[j] != "النار":
            trigger = TAKEOVER
        elif words[verb].lstrip("وف") in _ARSON_VERBS:  # "أضرم مجهولون النار في مكتب …"
            trigger = ARSON
        else:
            trigger = CIVILIAN_ATTACK if _fired_at_civilians(words, j) else BATTLE
        found.append(Match(verb, verb, trigger, ""))
        covered.update(range(verb, j + 1))
    # "وأطلقوا النار على سائقها": the phrase told in one piece, at civilians, is an attack on them too
    matches = [m._replace(payload=CIVILIAN_ATTACK) if m.payload is BATTLE and words[m.last] == "النار"
               and _fired_at_civilians(words, m.last) else m for m in matches]
    return sorted(matches + found) if found else matches


_CIVILIAN_ADJECTIVES = _WORDS["civilian_adjective"]
_ASSAULT_VERBS = _WORDS["assault_verb"]
_ASSAULT_TARGETS = _WORDS["assault_target"]
_ASSAULT_PROTESTERS = _WORDS["assault_protesters"]
#: How far an assault verb may stand before its على: outlets give the attacker long epithets.
_ASSAULT_GAP = 16


def _assaulted_civilians(words: list[str], j: int) -> bool:
    """Whether the ``على`` at ``j`` after an assault verb names civilians: a ``civilian_target``,
    a civilian person or figure (``على أهالي``، ``على المختار``) or a target called civilian."""
    return j + 1 < len(words) and (
        words[j + 1] in _CIVILIAN_TARGETS or words[j + 1].removeprefix("ال") in _CIVILIANS_OR_FIGURES
        or (j + 2 < len(words) and words[j + 2].lstrip("و") in _CIVILIAN_ADJECTIVES))


def _fired_at_civilians(words: list[str], j: int) -> bool:
    """Whether the ``النار`` at ``j`` is fired at civilians: ``على`` and a ``civilian_target``
    (``النار على شاب``، ``على سائقها``), a civilian person or public figure (``civilian_person``,
    ``figure``: ``على مختار القرية``، ``على الطبيب``) or a target called civilian (``النار على سيارة
    مدنية``)."""
    return j + 2 < len(words) and words[j + 1] == "علي" and (
        words[j + 2] in _CIVILIAN_TARGETS
        or words[j + 2].removeprefix("ال") in _CIVILIANS_OR_FIGURES  # "على مختار …"، "على المختار"، "على راع"
        or (j + 3 < len(words) and words[j + 3].lstrip("و") in _CIVILIAN_ADJECTIVES))


#: Trigger words too general to stand alone (normalised): an event read from one of them
#: alone is less sure than one read from a specific word ("هاجم" vs "اشتباكات").
_GENERIC_TRIGGERS = _WORDS["generic_trigger"]


def told_as_coming_before(words: list[str], first: int, i: int) -> bool:
    """Whether the trigger at token ``i`` is what an earlier act is said to come after (``ويأتي
    هذا الهجوم بعد أسبوع من استهداف مسيّرة …``، ``وجاء ذلك بعد أيام من …``): a verb of coming
    (``comes_verb``, with or without و) then ``بعد`` before it in its sentence. That act is told in
    passing, as background: a weaker piece of evidence (a dated one is still an event:
    :func:`comes_after`)."""
    verb = next((k for k in range(first, i) if words[k].removeprefix("و") in _COMES_VERBS), None)
    return verb is not None and "بعد" in words[verb + 1:i]


def _confidence(d: _Draft, words: list[str]) -> str:
    """How sure an event is: ``high`` when its sentence names its trigger, place and date;
    one weaker piece of evidence (no place in the sentence, a date inferred from elsewhere or
    only an interval after منذ, a generic trigger word, a headline with no body sentence, a
    two-sided event with no actor named) makes it ``medium``, two or more ``low``."""
    weak = 0
    if d.place_quality == 0:
        weak += 1
    if d.date_quality == 0 or (d.date is not None and d.date.background):
        weak += 1  # inferred from earlier sentences, or an interval opened by منذ
    first = words[d.trig_first]
    if d.trig_first == d.trig_last and (first in _GENERIC_TRIGGERS or first.lstrip("وف") in _GENERIC_TRIGGERS
                                        or first.lstrip("وف").removeprefix("ال") in _GENERIC_TRIGGERS):
        weak += 1
    if d.headline_only:
        weak += 1
    if d.recap or told_as_coming_before(words, d.sentence.first, d.trig_first):
        weak += 1  # named in passing, as the cause or background of something else
    if d.trigger.kind in _TWO_SIDED and not d.actor1 and not d.actor2:
        weak += 1
    return "high" if weak == 0 else "medium" if weak == 1 else "low"


# --------------------------------------------------------------------------- stage: what (more triggers)


def _norm(*words: str) -> frozenset[str]:
    """A rule word list written in ordinary spelling, as the normalised tokens look it up
    (``مسيّرة`` → ``مسيره``): lists are written readably and compared in normalised form."""
    return frozenset(normalise_phrase(w) for w in words)


def _stem(word: str, stems) -> str | None:
    """``word`` without proclitics when that is one of ``stems``, else None."""
    hit = proclitic_forms(stems).get(word) if type(stems) is frozenset else split_proclitics(word, stems)
    return hit[1] if hit else None


def _in_window(words: list[str], stems: frozenset[str], lo: int, hi: int) -> bool:
    """Whether ``words[lo:hi]`` holds one of ``stems`` behind proclitics: first whether the
    article has one at all when its scan says so (:func:`stage_word_lists`), then the window
    (a list the scan does not know is looked up in the window only, not in the whole article)."""
    forms = proclitic_forms(stems)
    return scanned_any(words, forms) is not False and not forms.keys().isdisjoint(words[lo:hi])


def _any_stem(window: list[str], stems) -> bool:
    """Whether a word of ``window`` is one of ``stems`` behind proclitics (``any(_stem(w, stems)
    is not None for w in window)``): for a frozen list, one C-level look-up in its prefixed forms."""
    if type(stems) is frozenset:
        return not proclitic_forms(stems).keys().isdisjoint(window)
    return any(_stem(w, stems) is not None for w in window)


#: A nationality right after a weapon names its owner: "طائرة مسيرة تركية"، "قصف تركي" (actor ids).
_WEAPON_OWNERS = {w: actor for actor, words in (("turkey", ("تركية", "التركية", "تركي", "التركي", "تركيتين", "التركيتين",
                                                           "تركيتان", "تركيان", "تركيين")),
                                                ("russia", ("روسية", "الروسية", "روسي", "الروسي", "روسيتين",
                                                            "الروسيتين", "روسيتان")),
                                                # (the dual too: "بنيران مروحيتين أمريكيتين")
                                                ("usa", ("أمريكية", "الأمريكية", "أمريكي", "الأمريكي",
                                                         "أميركية", "الأميركية", "أميركي", "الأميركي",
                                                         "أمريكيتين", "الأمريكيتين", "أمريكيتان",
                                                         "أميركيتين", "الأميركيتين", "أميركيتان")),
                                                # "طيران التحالف"، "مروحيات التحالف": the coalition's aircraft
                                                ("coalition", ("التحالف",)))
                  for w in _norm(*words)}
#: Kinds of weapon that may stand between it and its nationality: "قصف مدفعي تركي".
_WEAPON_KINDS = _norm("مدفعي", "صاروخي", "جوي", "بري", "المدفعي", "الصاروخي", "الجوي", "مكثف", "عنيف")


_WEAPON_NOUNS = _WORDS["weapon_noun"]
#: How many words of a weapon, its kind or a hedge may stand between a trigger and its nationality.
_OWNER_GAP = 3


def weapon_owner(words: list[str], trig_last: int, last: int) -> str | None:
    """Stage: the actor a weapon's nationality names, right after the trigger or after up to
    three words of its kind, the weapon or gunner itself, an agent marker (``غارات شنتها مقاتلات
    تركية``) or a hedge (``مسيرة تركية``، ``بقصف
    تركي``، ``قصف مدفعي تركي``، ``قصفت المدفعية التركية``، ``برصاصة قناص تركي``، ``طائرتين
    مسيرتين تركيتين``، ``مسيرة يرجح أنها تركية``; ``weapon_noun`` words), else None."""
    k = trig_last + 1
    while k <= last and k - trig_last <= _OWNER_GAP and (words[k] in _WEAPON_KINDS or words[k] in _WEAPON_NOUNS
                                                         or words[k] in _AGENT_MARKERS):
        k += 1
    return _WEAPON_OWNERS.get(words[k]) if k <= last else None


def weapon_owner_before(words: list[str], trig_first: int, first: int) -> str | None:
    """Stage: the actor a weapon's nationality names when the weapon is the subject before the
    verb (``إن المدفعية التركية قصفت``، ``أن المدفعية التركية استهدفت … القرية بعشرات القذائف``): the
    nearest nationality at most twelve words before the trigger in its clause with a weapon noun
    (``weapon_noun``) right before it; else None."""
    for k in range(trig_first - 1, max(first, trig_first - _OWNER_BEFORE_REACH) - 1, -1):
        if k - 1 >= first and words[k] in _WEAPON_OWNERS and words[k - 1] in _WEAPON_NOUNS:
            return _WEAPON_OWNERS[words[k]]
    return None


#: How far before a trigger a weapon with its nationality may stand as the verb's subject.
_OWNER_BEFORE_REACH = 12
#: A bare "مسيرة" is a drone only in a strike's context; otherwise it is a march.
_DRONE_BARE = _WORDS["drone_bare"]
#: Words after a bare "مسيرة" that make it a drone: whose it is, what kind.
_DRONE_AFTER = _WORDS["drone_after"]
#: Words before a bare "مسيرة" that make it a drone: a strike, a target, a launch.
_DRONE_BEFORE = _WORDS["drone_before"]
#: Words after a bare "مسيرة" that make it a march (never a drone).
_MARCH_AFTER = _WORDS["march_after"]
_DRONE_STRIKE_VERBS = _WORDS["drone_strike_verb"]


def drone_words(matches: list[Match], words: list[str]) -> list[Match]:
    """Stage: keep a bare ``مسيرة``/``مسيرات`` as an air/drone strike only in a strike's
    context — an owner or kind after it (``مسيرة تركية``), a strike word before it
    (``بضربة مسيرة``، ``استهدفت مسيرة``), a striking verb up to three words after it
    (``عادت مسيرة أخرى لتضرب``) or the instrument ``بمسيرة`` — and never before
    a march's adjective (``مسيرة احتجاجية``). Phrases such as ``طائرة مسيرة``، ``درون``،
    ``غارة`` need no context."""
    out = []
    for m in matches:
        if m.payload is AIR and m.first == m.last and _stem(words[m.first], _DRONE_BARE) is not None \
                and not _bare_drone(words, m.first):
            continue
        out.append(m)
    return out


def _bare_drone(words: list[str], k: int) -> bool:
    """Whether the bare ``مسيرة`` at ``k`` is a drone (:func:`drone_words`): an owner or kind
    after it, a strike word before it, the instrument ``بمسيرة``, or a striking verb up to three
    words after it; never before a march's adjective (``مسيرة احتجاجية``)."""
    word = words[k]
    after = words[k + 1] if k + 1 < len(words) else ""
    before = words[k - 1] if k > 0 else ""
    drone = (after in _DRONE_AFTER or (_stem(before, _DRONE_BEFORE) is not None)
             or word.startswith(("ب", "وب")) and not word.startswith("بال")
             # "عادت مسيّرة أخرى لتضرب المتجمعين": a striking verb just after it
             or _any_stem(words[k + 1:k + 4], _DRONE_STRIKE_VERBS))
    return drone and after not in _MARCH_AFTER


_MARCH_VERBS = _WORDS["march_verb"]
_MARCH_VERB_REACH = 3
_MARCH_GATHER_REACH = 10


def bare_marches(matches: list[Match], words: list[str]) -> list[Match]:
    """Stage: a bare ``مسيرة``/``مسيرات`` that is no drone (:func:`_bare_drone`) is a march, a
    protest, when its sentence tells one: a march's adjective after it (``مسيرة جماهيرية``), a
    verb of a march up to three words either side (``مسيرة جابت الشوارع``، ``انطلقت … مسيرة``;
    ``march_verb`` words), or a crowd that went out or took part in it (``خرج الآلاف … في
    مسيرة``، ``شاركوا بمسيرة``: a ``gather_verb`` up to ten words before ``في``/``ب`` and the word).
    A march only called for or planned is left to the rules of intentions, as every protest is."""
    forms = proclitic_forms(_DRONE_BARE)
    if not has_any(words, forms):
        return matches
    covered = {i for m in matches for i in range(m.first, m.last + 1)}
    found = []
    for k in where(words, forms):
        if k in covered or _bare_drone(words, k):
            continue
        prefix = forms[words[k]][0]
        after = words[k + 1] if k + 1 < len(words) else ""
        joined = prefix.endswith("ب") or k > 0 and words[k - 1] in ("في", "وفي")
        if (after in _MARCH_AFTER
                or _any_stem(words[max(0, k - _MARCH_VERB_REACH):k] + words[k + 1:k + 1 + _MARCH_VERB_REACH],
                             _MARCH_VERBS)
                or joined and not _GATHER_FORMS.isdisjoint(words[max(0, k - _MARCH_GATHER_REACH):k])):
            found.append(Match(k, k, PROTEST, prefix))
    return sorted(matches + found) if found else matches


_AGREE_VERBS = _WORDS["agree_verb"]
_AGREE_WINDOW = 20
_TERMS_WINDOW = 12


def agreement_verbs(matches: list[Match], words: list[str], sentence_starts: frozenset[int] = frozenset()) -> list[Match]:
    """Stage: parties that agreed on something (``اتفق ممثلو الطرفين، في اجتماع بالمطار، على
    تبادل الأسرى``، ``اتفقوا خلال اجتماع عقد أمس على وقف دائم لإطلاق النار``) reached an
    agreement: a verb of agreeing, then ``على`` within twenty words of its sentence; the verb
    is the trigger. What they agreed on is :func:`agreed_terms`'."""
    forms = proclitic_forms(_AGREE_VERBS)
    if not has_any(words, forms):
        return matches
    covered = {i for m in matches for i in range(m.first, m.last + 1)}
    found: list[Match] = []
    for k in where(words, forms):
        if k in covered or forms[words[k]][0] not in ("", "و", "ف"):
            continue
        for j in range(k + 1, min(len(words), k + 1 + _AGREE_WINDOW)):
            if j in sentence_starts:
                break
            if words[j] == "علي":
                found.append(Match(k, k, AGREEMENT, forms[words[k]][0]))
                break
    return sorted(matches + found) if found else matches


def agreed_terms(matches: list[Match], words: list[str], sentence_starts: frozenset[int] = frozenset()) -> list[Match]:
    """Stage (after every stage that finds triggers): what parties agreed on (the twelve words
    after the ``على`` of a verb of agreeing, in its sentence: ``اتفقوا … على وقف دائم لإطلاق
    النار وتبادل الجثث``) is the agreement's terms, no act of its own: the triggers there go,
    and the verb (:func:`agreement_verbs`) is the agreement."""
    verbs = [m.first for m in matches if m.payload is AGREEMENT and words[m.first] in proclitic_forms(_AGREE_VERBS)]
    if not verbs:
        return matches
    terms = []
    for k in verbs:
        j = next((j for j in range(k + 1, min(len(words), k + 1 + _AGREE_WINDOW)) if words[j] == "علي"), None)
        if j is None:
            continue
        end = next((e for e in range(j + 1, j + 1 + _TERMS_WINDOW) if e in sentence_starts), j + 1 + _TERMS_WINDOW)
        terms.append((j, end - 1))
    return [m for m in matches if not any(a < m.first <= b for a, b in terms)]


_TERMS_VERBS = _WORDS["terms_verb"]
#: How far a terms verb may stand from its agreement word ("وينص الاتفاق"، "الاتفاق الذي يقضي").
_TERMS_REACH = 2


def provided_terms(matches: list[Match], words: list[str], sentence_starts: frozenset[int] = frozenset(),
                   commas: frozenset[int] = frozenset()) -> list[Match]:
    """Stage (what is no act): what an agreement provides for (``وينص الاتفاق على تبادل المحتجزين
    وإعادة الجثامين``، ``اتفاق يقضي بانسحاب المسلحين وانتشار دوريات``) is its terms: a
    ``terms_verb`` right before an agreement trigger (``ينص الاتفاق``) or at most
    :data:`_TERMS_REACH` words after it (``الاتفاق الذي يقضي``); the triggers after both, in the
    :data:`_TERMS_WINDOW` words up to a comma (``commas``: the tokens right after one), the end of
    the sentence or و and a past verb (another clause: ``واندلعت اشتباكات``), go (and with them the
    actors and places a term would lend the agreement); the agreement trigger stays. A definite
    agreement word with such a verb (``الاتفاق يقضي``) after an agreement the text already told is
    that agreement told again, and goes too; an indefinite one (``توصلا إلى اتفاق يقضي بـ``) is the
    agreement itself."""
    forms = proclitic_forms(_TERMS_VERBS)
    if not has_any(words, forms):
        return matches
    agreements = [m for m in matches if m.payload is AGREEMENT]
    drop_terms: list[tuple[int, int]] = []
    drop_told: set[int] = set()
    for k in where(words, forms):
        agr = next((m for m in agreements if m.first == k + 1 or 0 < k - m.last <= _TERMS_REACH), None)
        if agr is None:
            continue
        start = max(k, agr.last)
        end = next((e for e in range(start + 1, start + 1 + _TERMS_WINDOW)
                    if e in sentence_starts or e in commas or (e < len(words) and and_past_verb(words[e]))),
                   start + 1 + _TERMS_WINDOW)
        drop_terms.append((start, end - 1))
        if words[agr.first].lstrip("و").startswith("ال") and any(m.first < agr.first for m in agreements):
            drop_told.add(agr.first)
    return [m for m in matches if m.first not in drop_told and not any(a < m.first <= b for a, b in drop_terms)]


_AIRCRAFT = _WORDS["aircraft"]
_AIR_VERBS = _WORDS["air_verb"]
_AIR_GAP = 3
#: Verbs of launching before an aircraft (``وشنت مروحيات التحالف … ضربات``: ``launch_verb``), and how far
#: after the aircraft a strikes trigger of the lexicon makes them no trigger of their own.
_LAUNCH_VERBS = _WORDS["launch_verb"]
_LAUNCHED_GAP = 20


def aircraft_strikes(matches: list[Match], words: list[str]) -> list[Match]:
    """Stage: an aircraft that strikes (``قصفت طائرات التحالف مبانيَ …``، ``طيران التحالف
    استهدف مواقع …``، ``دمرت المقاتلات …``) is an air strike, not shelling: an aircraft word
    within three words of a striking verb, before or after it. The shelling word it is told
    with (``قصفت``) is the same strike and goes. So is an aircraft a verb of launching stands
    before (``وشنت مروحيات التحالف، أمس، ضربات على …``: ``launch_verb``), unless strikes of the
    lexicon follow it (``سلسلة غارات``: that trigger decides). An aircraft with no such verb
    (``نقلت مروحية الجرحى``، ``تحليق الطيران``) is none."""
    planes, verbs = proclitic_forms(_AIRCRAFT), proclitic_forms(_AIR_VERBS)
    launches = proclitic_forms(_LAUNCH_VERBS)
    if not has_any(words, planes) or not (has_any(words, verbs) or has_any(words, launches)):
        return matches
    covered = {i: m for m in matches for i in range(m.first, m.last + 1)}
    found: list[Match] = []
    drop: set[int] = set()
    for k in where(words, planes):
        if k in covered and covered[k].payload is AIR:
            continue  # "الطيران الحربي"، "طائرة مسيرة": the lexicon has it
        near = [j for j in range(max(0, k - _AIR_GAP), min(len(words), k + _AIR_GAP + 1)) if words[j] in verbs]
        if not near:
            launched = [j for j in range(max(0, k - _AIR_GAP), k) if words[j] in launches]
            # "وشنت مروحيات التحالف، أمس، ضربات …": launched strikes; "شنت الطائرات … سلسلة غارات":
            # the strikes are a trigger of their own, which decides
            if not launched or any(m.payload is AIR and k < m.first <= k + _LAUNCHED_GAP for m in matches):
                continue
        found.append(Match(k, k, AIR, planes[words[k]][0]))
        drop.update(covered[j].first for j in near if j in covered and covered[j].payload.kind == "shelling")
    if not found:
        return matches
    return sorted([m for m in matches if m.first not in drop] + found)


_ARTILLERY_GUNS = _WORDS["artillery_gun"]
_SHELLING = next(t for t in TRIGGERS if t.kind == "shelling")


def artillery_strikes(matches: list[Match], words: list[str]) -> list[Match]:
    """Stage (what): artillery or rocket launchers that strike, as the subject right after a
    striking verb (``واستهدفت مدفعية الاحتلال في اليوم نفسه نقطة طبية``، ``استهدفت المدفعية التركية
    قرية …``; ``artillery_gun`` words, ``air_verb`` verbs) or right before it, maybe with one or
    two definite words between (``إن المدفعية التركية استهدفت قرية …``، ``مدافع الجيش التركي
    استهدفت``), is shelling, the verb the trigger. A
    verb that is a trigger already (``قصفت``) is left as it is; artillery named with no such
    verb (``تعزيزات ومدافع``) is none."""
    guns, verbs = proclitic_forms(_ARTILLERY_GUNS), proclitic_forms(_AIR_VERBS)
    if not has_any(words, guns) or not has_any(words, verbs):
        return matches
    covered = {i for m in matches for i in range(m.first, m.last + 1)}
    found = [Match(k - 1, k - 1, _SHELLING, verbs[words[k - 1]][0]) for k in where(words, guns)
             if k > 0 and words[k - 1] in verbs and k - 1 not in covered and k not in covered]
    # the subject first, as a source's words are told ("وقال مصدر إن المدفعية التركية استهدفت قرية …"):
    # the verb right after the gun or after one definite adjective of it
    for k in where(words, guns):
        v = next((j for j in (k + 1, k + 2, k + 3) if j < len(words) and words[j] in verbs
                  and all(w.startswith("ال") for w in words[k + 1:j])), None)
        if v is not None and not covered.intersection(range(k, v + 1)) and all(m.first != v for m in found):
            found.append(Match(v, v, _SHELLING, verbs[words[v]][0]))
    return sorted(matches + found) if found else matches


#: Verbs and nouns of killing whose victim follows ("قتل الشيخ …"، "مقتل مدني").
_KILL_WORDS = _WORDS["kill_word"]
#: Victims who are civilians (their killing is violence against civilians, not a clash).
_CIVILIAN_PERSONS = _WORDS["civilian_person"]
#: Victims who are public figures: their killing is targeted even amid fighting.
_FIGURES = _WORDS["figure"]
_PLURAL_VICTIMS = _WORDS["plural_victim"]
_DUAL_VICTIMS = _WORDS["dual_victim"]
_WOUND_WORDS = _WORDS["wound_word"]
#: Words that may stand between a killing word and its victim ("مقتل أحد وجهاء …").
_VICTIM_FILLERS = _WORDS["victim_filler"]
_SNIPER = _WORDS["sniper"]
_CIVIL_OFFICES = _WORDS["civil_office"]
_CIVIL_BODIES = _WORDS["civil_body"]
_MILITARY_WORDS = _WORDS["military_word"]
_OFFICE_GAP = 3


_ESCAPE_VERBS = _WORDS["escape_verb"]
_PERPETRATORS = _WORDS["perpetrator"]


_STANDS = frozenset(map(normalise_phrase, ("وقفة", "بوقفة", "ووقفة", "وقفات", "بوقفات")))
_SIMILAR_WORDS = frozenset(map(normalise_phrase, ("مماثلة", "مشابهة", "مماثلة", "مشابهه")))
_COMMEMORATIONS = _WORDS["commemoration_word"]


def stand_not_a_protest(words: list[str], m: Match, sent: Sentence, drafts: Sequence[_Draft]) -> bool:
    """Stage (is it a protest): whether a stand named by what it is (``وقفة شموع``، ``وقفة
    مماثلة``، ``وقفة صامتة`` …), not by a word of protest, is no protest: one told with a word of
    commemoration or honouring in its sentence (``commemoration_word``: ذكرى، تأبين، تكريم، حفل …;
    ``أحيا الأهالي ذكرى ضحايا الحريق بوقفة شموع``), or a "similar" stand when no event told
    before it is a protest (``نظم الطلاب حفل تخرج … وشهدت الجامعة وقفة مماثلة``: similar to a
    ceremony)."""
    if m.last == m.first or words[m.first] not in _STANDS:
        return False
    if _any_stem(words[sent.first:sent.last + 1], _COMMEMORATIONS):
        return True
    if words[m.last] in _SIMILAR_WORDS:
        return not any(d.trigger.kind == "protest" for d in drafts)
    return False


def perpetrators_escape(words: list[str], first: int, last: int, clause: Clause) -> bool:
    """Stage: whether a flight word is the perpetrators' getaway, not a displacement: after an
    escape verb (``لاذ/يلوذوا بالفرار``), or with gunmen, attackers or culprits within two
    words of it (``فرّ المسلحون``، ``فرار الجناة``، ``المهاجمون فروا``)."""
    if any(w.lstrip("و") in _ESCAPE_VERBS for w in words[max(clause.first, first - 2):first]):
        return True
    near = words[max(clause.first, first - 2):first] + words[last + 1:min(clause.last, last + 2) + 1]
    return any(w.lstrip("و") in _PERPETRATORS for w in near)


#: Flight verbs whose subject must be told: "فروا" after thieves is their getaway.
_BARE_FLIGHT_VERBS = frozenset(map(normalise_phrase, ("فروا", "فرت", "فر")))
_WHO_FLEE = _WORDS["civilian_group"] | _WORDS["family_noun"] | _WORDS["fled_people"]
#: How far before a bare flight verb its civilians may be named ("نزح الأهالي … ثم فروا").
_WHO_FLEE_REACH = 15


def fled_not_civilians(words: list[str], first: int, last: int, clause: Clause) -> bool:
    """Stage: whether a bare flight verb (``فروا``، ``فرت``) is no displacement because those who
    fled are not civilians: no word of families, residents or civilians (``civilian_group``،
    ``family_noun``، ``fled_people``: العائلات، الأهالي، النساء …) within fifteen words before it
    or three after it (``سرق مجهولون محلاً … ثم فروا إلى جهة مجهولة``، ``هاجم
    مسلحون حاجزاً … ثم فروا``: a getaway)."""
    w = words[first]
    if first != last or not (w in _BARE_FLIGHT_VERBS or (w[:1] in ("و", "ف") and w[1:] in _BARE_FLIGHT_VERBS)):
        return False
    window = words[max(0, first - _WHO_FLEE_REACH):first] + words[last + 1:min(len(words), last + 4)]
    return not _any_stem(window, _WHO_FLEE)


def civil_official(words: list[str], j: int) -> bool:
    """Stage: whether token ``j`` names the holder of a civil office (``عضو في المجلس المحلي``،
    ``الرئيسة المشتركة لمجلس البلدة``، ``رئيس بلدية``، ``مسؤولة في الإدارة الذاتية``): an office
    word with a civil body within three words after it, the body not an armed one (``عضو في
    المجلس العسكري`` is a fighter). Such a victim is a civilian: their killing by gunmen is an
    attack on civilians (ACLED), not a clash."""
    if _stem(words[j], _CIVIL_OFFICES) is None:
        return False
    for k in range(j + 1, min(j + 1 + _OFFICE_GAP, len(words))):
        if _stem(words[k], _CIVIL_BODIES) is not None:
            return k + 1 >= len(words) or words[k + 1] not in _MILITARY_WORDS
    return False


def victim_phrases(matches: list[Match], words: list[str], sentence_starts: frozenset[int] = frozenset(),
                   bare: frozenset[str] | None = None) -> list[Match]:
    """Stage: a killing word followed by a civilian victim (``قتل الشيخ …``، ``استشهاد طفلة``،
    ``مقتل أحد وجهاء عشيرة …``) is an attack on civilians, whoever fired: a sniper's killing
    of a civilian or a tribal figure is never a battle. So is a passive killing whose victim
    was named just before it in the sentence ("وكان فلان، أحد وجهاء العشيرة، قد قُتل"، "تشييع
    الشاب فلان الذي استشهد أمس"), and a civilian wounded by gunfire (``أصيب فتى برصاص
    مسلحين``، ``وكان فتى من البلدة أصيب أمس برصاص …``): :func:`shot_civilians`.
    The killing word is the trigger; ``قضى`` with a time spent after it (``قضى طالب سنوات في
    السجن``: :func:`spent_time_after`) is none. (``bare``: the text's :func:`~pipeline.arabic.bare_words`,
    when known: without a killing word or a wound verb in it, nothing to do.)"""
    kill_forms, civilian_forms = proclitic_forms(_KILL_WORDS), proclitic_forms(_CIVILIAN_PERSONS)  # _stem, one look-up
    if bare is not None and not has_any(words, kill_forms) and bare.isdisjoint(_SHOT_WOUNDS):
        return matches
    covered = {i for m in matches for i in range(m.first, m.last + 1)}
    found = []
    for i in where(words, kill_forms):
        if i in covered or words[i].lstrip("و") in _PASS_AWAY and spent_time_after(words, i):
            continue  # "قضى طالب جامعي سنوات في السجن": time spent, no death
        for j in range(i + 1, min(i + 5, len(words))):  # ("قُتل مساء أمس الثلاثاء ممرضٌ": a time between)
            v = words[j]
            if v in civilian_forms or civil_official(words, j):
                if not any(k in covered for k in range(i, j + 1)):
                    found.append(Match(i, j, CIVILIAN_ATTACK, ""))
                    covered.update(range(i, j + 1))
                break
            if v not in _VICTIM_FILLERS:
                break
        else:
            continue
        if i in covered or i == 0 or words[i - 1] not in ("قد", "الذي", "التي"):
            continue  # "… قد قُتل"، "الشاب فلان الذي استشهد أمس": the victim was named before
        for k in range(i - 2, max(-1, i - 9), -1):  # "… أحد وجهاء عشيرة بني سبعة، قد قُتل"
            if k + 1 in sentence_starts or k in covered:
                break
            if words[k] in civilian_forms:
                found.append(Match(i, i, CIVILIAN_ATTACK, ""))
                covered.add(i)
                break
    if bare is None or not bare.isdisjoint(_SHOT_WOUNDS):
        found += shot_civilians(words, covered, civilian_forms, sentence_starts)
    return sorted(matches + found) if found else matches


_SHOT_WOUNDS = _WORDS["shot_wound"]
_GUNFIRE = _WORDS["gunfire"]
_DEATH_VERBS = _WORDS["death_verb"]
_BARE_DEATH_VERBS = _WORDS["bare_death_verb"]
_ANY_DEATH_VERBS = _DEATH_VERBS | _BARE_DEATH_VERBS
_DEATH_NOUNS = _WORDS["death_noun"]
_FIRE_AGENTS = _WORDS["fire_agent"]
_DEATH_GAP = 14
_CIVILIANS_OR_FIGURES = _CIVILIAN_PERSONS | _FIGURES


def fire_death_fields(ctx: _Context, d: _Draft, clause: Clause) -> None:
    """The toll and sides of an event :func:`deaths_by_fire` found: the dead are the side hit
    (actor2 of a clash: the first force named before the fire word; the force right after it
    fired, actor1, none when none is named there), and a singular death
    (``حتفه``، ``قضت``) is one dead and a dual one two, whatever number stands between (``من
    وجهاء عشيرة بني سبعة``); a plural keeps the count read."""
    if d.trigger.kind == "clash":  # "لقي 11 عنصراً من قوات النظام حتفهم بنيران الأسايش"
        named = clause_actors(ctx, clause)
        dead = [a for first, _, a in named if d.trig_first - _DEATH_GAP <= first < d.trig_first]
        shooter = [a for first, _, a in named if d.trig_last < first <= d.trig_last + 4]
        d.actor1 = shooter[0] if shooter else ""
        d.actor2 = dead[0] if dead else ""
    words = ctx.words
    for k in range(d.trig_first - 1, max(clause.first, d.trig_first - 10) - 1, -1):
        w = words[k]
        if w in _DEATH_NOUNS:
            n = 2 if w.endswith("هما") else None if w.endswith(("هم", "هن")) else 1
            if n:  # "لقي فلان، من وجهاء عشيرة بني سبعة، حتفه": one dead, whatever number the name holds
                d.fatalities = Count(n, k, k)
            return
        if w.lstrip("و") in _BARE_DEATH_VERBS:  # a verb before its subject is singular whatever the count
            subject = words[k + 1] if k + 1 < len(words) else ""
            many = subject.endswith(("ان", "ين", "ون")) and (
                subject in _ARMED_VICTIMS or _stem(subject, _CIVILIANS_OR_FIGURES) is not None)
            if d.fatalities is None and not many:
                d.fatalities = Count(2 if w.endswith("ا") else 1, k, k) if not w.endswith("وا") else None
                # "قضت الشابة فلانة برصاصة قناص": one; "استشهد جنديان": a dual or plural subject is not
            return


_HIT_VERBS = _WORDS["hit_verb"]
_BULLETS = _WORDS["bullet"]
_BULLET_REACH = 9


def bullets_hit(matches: list[Match], words: list[str]) -> list[Match]:
    """Stage (what): a bullet as the subject of a verb of hitting, a civilian its object
    (``أصابت رصاصة أطلقها عناصر من الدفاع الوطني طفلاً في صدره``، ``اخترقت رصاصة قناص جسد
    امرأة``): an attack on civilians, the verb the trigger (the shooter after ``أطلقها``). The
    bullet right after the verb (``hit_verb``, ``bullet``), the civilian at most eight words
    after the bullet."""
    verbs = proclitic_forms(_HIT_VERBS)
    if not has_any(words, verbs) or not has_any(words, _BULLETS):
        return matches
    covered = {i for m in matches for i in range(m.first, m.last + 1)}
    civilians = proclitic_forms(_CIVILIANS_OR_FIGURES)
    found = []
    for k, w in enumerate(words):
        if w not in verbs or k in covered or k + 1 >= len(words) or words[k + 1] not in _BULLETS:
            continue
        if any(x in civilians for x in words[k + 2:k + 2 + _BULLET_REACH]):
            found.append(Match(k, k, CIVILIAN_ATTACK, verbs[w][0]))
            covered.add(k)
    return sorted(matches + found) if found else matches


#: How far before a verb of meeting one's death the dead may be named when none follow it
#: ("وكانت امرأة وطفلها قد لقيا حتفهما").
_DEAD_BEFORE = 4


def deaths_by_fire(matches: list[Match], words: list[str]) -> list[Match]:
    """Stage (what): a death told with the fire that caused it (``لقي 11 عنصراً من قوات النظام
    حتفهم بنيران قوات الأسايش``، ``لقي فلان، وهو من وجهاء العشيرة، حتفه برصاص قناص``، ``قضت
    الشابة فلانة برصاصة قناص``): a verb of meeting one's death (``death_verb``), its death noun
    (``حتفه``، ``مصرعهم``, within fourteen words; ``قضى``، ``استشهد`` go without:
    ``bare_death_verb``), then a fire word
    (``برصاص``، ``بنيران``: ``fire_agent``) at most eight words after the noun or the bare verb (a
    date may stand between: ``لقيا حتفهما في السابع عشر من آذار الماضي بنيران …``; ``استشهد جندي
    بنيران القوات التركية``). The dead follow the verb, or, when none do, stand at most four words
    before it (``وكانت امرأة وطفلها قد لقيا حتفهما …``، ``وكان مقاتل من قسد قد قضى برصاص …``); bodies
    there (``جثامين ثلاثة شبان قضوا برصاص …``) tell a killing told elsewhere, no event.
    The fire word is the trigger, so the side named before it is the side hit and the one after
    it the shooter. Its kind comes from the dead: civilians or notables make an attack on
    civilians; members of a force (``عنصر``، ``جنود``) a clash, a sniper's fire too (``لقي عنصر من
    قوات النظام مصرعه برصاص قناص``); anyone else shot by a sniper an attack on civilians; anyone else, no
    event (``قضى بإبعاد …``: a ruling, no fire; an unknown victim is left to the other rules)."""
    verbs = proclitic_forms(_ANY_DEATH_VERBS)
    if not has_any(words, verbs):
        return matches
    covered = {i for m in matches for i in range(m.first, m.last + 1)}
    civilians = proclitic_forms(_CIVILIANS_OR_FIGURES)
    found = []
    for i, w in enumerate(words):
        if w not in verbs:
            continue
        stop = min(len(words), i + 1 + _DEATH_GAP)
        noun = next((k for k in range(i + 1, stop) if words[k] in _DEATH_NOUNS), None)
        start = noun if noun is not None else i
        if noun is None and verbs[w][1] not in _BARE_DEATH_VERBS:
            continue
        # "حتفهم، صباح اليوم السبت، بنيران"; "حتفهما في السابع عشر من آذار الماضي بنيران"; "قضت الشابة فلانة (24 عاماً) برصاصة"
        reach = 9
        fire = next((k for k in range(start + 1, min(len(words), start + reach)) if words[k] in _FIRE_AGENTS), None)
        if fire is None or fire in covered:
            continue
        dead = words[i + 1:start if noun is not None else fire]
        if not dead:  # "وكانت امرأة وطفلها قد لقيا حتفهما …": the dead told before the verb
            dead = words[max(0, i - _DEAD_BEFORE):i]
            if any(_stem(x, _BODIES) is not None for x in dead):
                continue  # "جثامين ثلاثة شبان قضوا برصاص …": bodies, their killing told elsewhere
        shooter = words[fire + 1:fire + 3]
        if any(x in civilians for x in dead):
            kind = CIVILIAN_ATTACK
        elif any(x.lstrip("و") in _ARMED_VICTIMS for x in dead):
            kind = BATTLE  # a member of a force, even a sniper's target: "لقي عنصر من قوات النظام مصرعه برصاص قناص"
        elif any(_stem(x, _SNIPER) is not None for x in shooter):
            kind = CIVILIAN_ATTACK
        else:
            continue
        found.append(Match(fire, fire, kind, ""))
        covered.add(fire)
    return sorted(matches + found) if found else matches



def shot_civilians(words: list[str], covered: set[int], civilian_forms, sentence_starts: frozenset[int]) -> list[Match]:
    """A wound verb with gunfire within ten words after it (``أصيب … برصاص``، ``بطلق ناري``)
    and a civilian victim named within six words before it (no sentence start between) or
    within three after it: an attack on civilians (ACLED codes a civilian shot and wounded as one)."""
    found = []
    for i in where_bare(words, _SHOT_WOUNDS):
        if i in covered:
            continue
        if not any(x in _GUNFIRE for x in words[i + 1:i + 11]):
            continue
        after = any(words[j] in civilian_forms for j in range(i + 1, min(i + 4, len(words))))
        before = False
        for k in range(i - 1, max(-1, i - 7), -1):
            if k + 1 in sentence_starts or k in covered:
                break
            if words[k] in civilian_forms:
                before = True
                break
        if after or before:
            found.append(Match(i, i, CIVILIAN_ATTACK, ""))
            covered.add(i)
    return found


_FOUND_VERBS = _WORDS["found_verb"]
_VIOLENCE_SIGNS = _WORDS["violence_sign"]
_FOUND_DEAD_VERBS = _WORDS["found_dead_verb"]
#: The verbs bare or after one و (form -> (prefix, verb)), as :func:`where` asks.
_FOUND_DEAD_FORMS = {f: (p, w) for w in _FOUND_DEAD_VERBS for p, f in (("", w), ("و", "و" + w))}


_BODY_PRONOUNS = frozenset({"عليها", "عليه", "عليهما", "عليهم"})
#: Accidents (a traffic accident, a crash, a collapse): a body killed in one was not attacked.
_ACCIDENTS = _WORDS["accident"]


#: How far after a verb of finding the body may be named (``عثرت دورية للأسايش على جثتي …``). (Ten
#: words, to take in a finder and a time, made the body found a second event beside a killing the
#: lead already told: a body found is not yet matched to the killing it shows.)
_BODY_REACH = 6


def bodies_found(matches: list[Match], words: list[str], bare: frozenset[str] | None = None) -> list[Match]:
    """Stage: a body found (``عثر الأهالي على جثة شاب``، ``العثور على جثتين``، ``وكانت جثة رجل قد
    عُثر عليها``) with a sign of violence in the next dozen words (``مقتولاً``، ``بطلق ناري``، ``مقيداً``) is an attack on
    civilians (ACLED); a body found with none (a drowning) is no event. So is a person found
    killed (``found_dead_verb`` with a sign of violence right after it: ``وُجدت امرأة مقتولة في
    خيمتها``). (``bare``: the text's :func:`~pipeline.arabic.bare_words`, when known: no verb of
    finding, nothing to do.)"""
    covered = {i for m in matches for i in range(m.first, m.last + 1)}
    found = []
    # "وكانت امرأة قد وُجدت مقتولة خنقاً في خيمتها": found killed, no body word (the verb's own
    # first letter is و: one more و before it is the conjunction)
    for k in where(words, _FOUND_DEAD_FORMS):
        if k not in covered and any(x in _VIOLENCE_SIGNS for x in words[k + 1:k + 3]):
            found.append(Match(k, k, CIVILIAN_ATTACK, _FOUND_DEAD_FORMS[words[k]][0]))
            covered.add(k)
    if bare is not None and bare.isdisjoint(_FOUND_VERBS):
        return sorted(matches + found) if found else matches
    for k in where_bare(words, _FOUND_VERBS):
        w = words[k]
        if k in covered:
            continue
        body = next((j for j in range(k + 1, min(k + _BODY_REACH, len(words))) if _stem(words[j], _BODIES) is not None), None)
        if body is None or "علي" not in words[k + 1:body]:
            # "وكانت جثة رجل قد عُثر عليها قبل أسبوع مقتولاً": the body first, then the verb and its pronoun
            before = next((j for j in range(k - 1, max(-1, k - 6), -1) if _stem(words[j], _BODIES) is not None), None)
            if before is None or k + 1 >= len(words) or words[k + 1] not in _BODY_PRONOUNS:
                continue
            body = k + 1
        window = words[body + 1:body + 12]
        if any(x in _VIOLENCE_SIGNS or x in _GUNFIRE for x in window) and not (
                _any_stem(window, _ACCIDENTS) and not any(x in _GUNFIRE for x in window)):
            # ("جثة رجل لقي حتفه … قتل في حادث سير": killed in an accident, no attack)
            found.append(Match(k, k, CIVILIAN_ATTACK, "و" if w not in _FOUND_VERBS else ""))
            covered.add(k)
    return sorted(matches + found) if found else matches


_CLOSE_VERBS = _WORDS["close_verb"]
_ROAD_NOUNS = _WORDS["road_noun"]
#: Shops, markets, schools: closed, they are a city's life, no road closure (civil_premises rows).
_CIVIL_PREMISES = _WORDS["civil_premises"]
_OWN_DOORS = _WORDS["own_doors"]
#: Shops named as their owners' (``محالهم``، ``متاجرهم``): shut with a purpose word, a strike.
_OWN_SHOPS = _WORDS["own_shops"]
#: Both, made once (a union made per call was a new list each time: a new table of forms cached each time).
_SHUT_PREMISES = _CIVIL_PREMISES | _OWN_SHOPS
_MOURNING_WORDS = _WORDS["mourning"]
_SHOP_REACH = 5
DEPLOYMENT = Trigger("deployment", "Strategic developments", "Change to group/activity")


def and_past_verb(word: str) -> bool:
    """Whether ``word`` (normalised) reads as و and a past verb, a clause of its own (``وخلت``،
    ``وبقيت``، ``واشتبكوا``): و, at least three letters more, not a noun with ال, and a past
    ending (ت، وا; not the plural ات)."""
    rest = word[1:]
    return (word[:1] == "و" and len(rest) >= 3 and not rest.startswith("ال")
            and rest.endswith(("ت", "وا")) and not rest.endswith("ات"))


_SHUT_PURPOSE_REACH = 8


def _shut_for(words: list[str], k: int) -> str:
    """Why the shops the close verb at ``k`` names were shut: ``"protest"`` when a protest purpose
    word follows within eight words (``أغلق التجار محالهم احتجاجاً``، ``رفضاً لـ``) before any word of
    mourning (``حداداً``: shops shut for the dead, ``mourning`` words), else ``""``."""
    for x in words[k + 1:k + 1 + _SHUT_PURPOSE_REACH]:
        if x.lstrip("و") in _MOURNING_WORDS:
            return ""
        if x in _PURPOSE_FORMS:
            return "protest"
    return ""


def road_closures(matches: list[Match], words: list[str], bare: frozenset[str] | None = None) -> list[Match]:
    """Stage: roads closed by a force (``أغلقت الأسايش الطرق المؤدية إلى المربع الأمني``، ``إغلاق
    مداخل الحي``): the verb, then a road noun within four words (the subject may stand between)
    is a change to group/activity (ACLED). Shops closed (``الأسواق مغلقة``) are none, and so are
    shops or schools closed before a road noun that is not the verb's object (``أغلقت المحال
    التجارية أبوابها وخلت الشوارع من المارة``: ``civil_premises`` words between, and their own
    doors (``own_doors``) or و and a past verb before the road noun); a force closing a market and
    the roads joined to it (``السوق المركزي والطرق المؤدية إليه``) is a closure. Shops shut with a
    purpose word after them (``أغلق التجار محالهم احتجاجاً على …``) are a strike: a protest.
    (``bare``: the text's :func:`~pipeline.arabic.bare_words`, when known: no such verb, nothing to do.)"""
    if bare is not None and bare.isdisjoint(_CLOSE_VERBS):
        return matches
    covered = {i for m in matches for i in range(m.first, m.last + 1)}
    found = []
    for k in where_bare(words, _CLOSE_VERBS):
        w = words[k]
        if k in covered:
            continue
        if (_any_stem(words[k + 1:k + 1 + _SHOP_REACH], _SHUT_PREMISES)
                and _shut_for(words, k) == "protest"):
            # "أغلق تجار السوق محالهم احتجاجاً على الضرائب": shops shut in protest, a strike (ACLED: a protest)
            found.append(Match(k, k, PROTEST, "و" if w not in _CLOSE_VERBS else ""))
            covered.add(k)
            continue
        road = next((j for j in range(k + 1, min(len(words), k + 7)) if words[j].lstrip("و") in _ROAD_NOUNS), None)
        if road is not None and _any_stem(words[k + 1:road], _CIVIL_PREMISES) and (
                _any_stem(words[k + 1:road], _OWN_DOORS) or any(and_past_verb(x) for x in words[k + 1:road + 1])):
            # "أغلقت المحال التجارية أبوابها وخلت الشوارع": shops closed, the streets only empty; a force
            # closing "السوق المركزي والطرق المؤدية إليه" closed both
            continue
        if road is not None:
            # "قطع أهالي القرية الطريق بالإطارات المشتعلة مطالبين بـ …": a crowd's demand, a protest;
            # so is a crowd that gathered and then blocked the road ("تجمع العمال … وقطعوا الطريق"):
            # a gathering verb before a closing verb in the plural of people
            demand = any(x in _PURPOSE_FORMS for x in words[k + 1:k + 1 + _GATHER_WINDOW]) or (
                w.endswith("وا") and not _GATHER_FORMS.isdisjoint(words[max(0, k - _GATHER_WINDOW):k]))
            found.append(Match(k, k, PROTEST if demand else DEPLOYMENT, "و" if w not in _CLOSE_VERBS else ""))
            covered.add(k)
    return sorted(matches + found) if found else matches


_IMPOSE_VERBS = _WORDS["impose_verb"]
_CORDONS = _WORDS["cordon"]
_CORDON_GAP = 8
_SCENE_WORDS = _norm("مكان", "المكان", "موقع", "الموقع", "مسرح")


def cordons(matches: list[Match], words: list[str]) -> list[Match]:
    """Stage (what): a cordon or siege imposed (``فرضت الأسايش طوقاً أمنياً حول البلدة``، ``فرضت
    قسد منذ السادس من الشهر طوقاً محكماً على المربع الأمني``): a verb of imposing
    (``impose_verb``), then a cordon noun (``cordon``) within eight words (the subject and a
    date may stand between), is a change to group/activity (ACLED), as a road closure is. A
    cordon around the scene of the act just told (``حول مكان الاستهداف``، ``حول المكان``) is
    its aftermath, and a siege named by its noun alone (``بعد حصاره``) the background of what
    ended it: neither is an event."""
    # "طوقاً أمنياً حول مكان الاستهداف": the scene of the act just told, sealed off, is none
    return _verb_then_cordon(matches, words, proclitic_forms(_IMPOSE_VERBS), _CORDON_GAP,
                             lambda k, c: not any(x.lstrip("ل") in _SCENE_WORDS for x in words[c + 1:c + 5]))


def _verb_then_cordon(matches: list[Match], words: list[str], verbs: dict, gap: int,
                      keeps: Callable[[int, int], bool]) -> list[Match]:
    """A deployment trigger on each verb of ``verbs`` followed by a cordon noun within ``gap``
    words, when ``keeps(verb index, noun index)`` (the shared scan of :func:`cordons` and
    :func:`present_cordons`)."""
    if not has_any(words, verbs) or not has_any(words, _CORDONS):
        return matches
    covered = {i for m in matches for i in range(m.first, m.last + 1)}
    found = []
    for k, w in enumerate(words):
        if w not in verbs or k in covered:
            continue
        c = next((j for j in range(k + 1, min(len(words), k + 1 + gap)) if words[j] in _CORDONS), None)
        if c is None or not keeps(k, c):
            continue
        found.append(Match(k, k, DEPLOYMENT, verbs[w][0]))
        covered.add(k)
    return sorted(matches + found) if found else matches


_IMPOSE_PRESENT = _WORDS["impose_present"]
#: A present-tense cordon's "since" phrase stands between the verb and the noun: a wider gap.
_PRESENT_CORDON_GAP = _CORDON_GAP + 4


def present_cordons(matches: list[Match], words: list[str]) -> list[Match]:
    """Stage (what): a cordon told in the present tense (``impose_present``: ``تفرض``، ``تضرب``،
    ``تحكم``، ``تطبق``) with ``منذ`` between the verb and the cordon noun (``cordon``: ``طوقاً``،
    ``حصاراً``; ``وتفرض الأسايش منذ صباح الأحد 11 من آب طوقاً أمنياً حول المربع الأمني``): the cordon is in
    force since that day, a change to group/activity from it. :meth:`_Context._draft` keeps it only
    when the "since" is a date (not ``منذ سنوات``); with no ``منذ`` (``وتفرض الأسايش طوقاً حول
    الحي``) it is a standing state, no trigger."""
    return _verb_then_cordon(matches, words, proclitic_forms(_IMPOSE_PRESENT), _PRESENT_CORDON_GAP,
                             lambda k, c: "منذ" in words[k + 1:c])


_REOPEN_VERBS = _WORDS["reopen_verb"]
#: How far before فتح a verb of reopening may stand (its subject and a time between).
_REOPEN_REACH = 10


def sentence_window_start(k: int, reach: int, sentence_starts: frozenset[int]) -> int:
    """The first token of a window that looks back from token ``k`` at most ``reach`` words,
    not past the start of ``k``'s sentence (``sentence_starts``: first tokens of sentences)."""
    return max([0, k - reach, *(s for s in sentence_starts if s <= k)])


def stretch_start(tokens: Sequence[Token], k: int, sentence_starts: frozenset[int]) -> int:
    """The first token of token ``k``'s stretch: back from ``k`` while no punctuation stands
    between two tokens (more than one character between them in the normalised text) and not
    past the start of its sentence (``sentence_starts``)."""
    starts, ends = starts_of(tokens), ends_of(tokens)
    lo = k
    while lo > 0 and lo not in sentence_starts and starts[lo] - ends[lo - 1] <= 1:
        lo -= 1
    return lo


def sentence_window_end(k: int, reach: int, n: int, sentence_starts: frozenset[int]) -> int:
    """One past the last token of a window that looks ahead from token ``k`` at most ``reach``
    words, not into the next sentence, in a text of ``n`` tokens."""
    return min([n, k + reach + 1, *(s for s in sentence_starts if s > k)])


def roads_reopened(matches: list[Match], words: list[str], sentence_starts: frozenset[int] = frozenset()) -> list[Match]:
    """Stage (what): roads a force reopened (``أعادت قوات الأسايش صباح اليوم فتح الطرق المؤدية إلى
    …``، ``وأُعيد مساء أمس فتح الطريق بين …``): ``فتح`` with a verb of reopening (``reopen_verb``)
    at most ten words before it in its sentence and a road noun (``road_noun``) within three words
    after it is a change to group/activity (ACLED), as the closure was. A reopening asked for or
    due (``طالبوا بإعادة فتح …``، ``على أن يعاد فتح …``) has no such verb, and fire opened (``فتحت
    … النار``) no road noun."""
    if "فتح" not in words:
        return matches
    verbs = proclitic_forms(_REOPEN_VERBS)
    covered = {i for m in matches for i in range(m.first, m.last + 1)}
    found = []
    for k in where(words, frozenset({"فتح"})):
        if k in covered or not any(words[j].lstrip("و") in _ROAD_NOUNS for j in range(k + 1, min(len(words), k + 4))):
            continue
        lo = sentence_window_start(k, _REOPEN_REACH, sentence_starts)
        if any(words[j] in verbs for j in range(lo, k)):
            found.append(Match(k, k, DEPLOYMENT, ""))
            covered.add(k)
    return sorted(matches + found) if found else matches


_MOVE_VERBS = _WORDS["move_verb"]
_PATROLS = _WORDS["patrol"]
_REINFORCE_VERBS = _WORDS["reinforce_verb"]
_PUSH_VERBS = _WORDS["push_verb"]


def patrol_moves(matches: list[Match], words: list[str]) -> list[Match]:
    """Stage: a patrol or a convoy that enters, arrives, tours or takes position (``دخلت دوريات
    للشرطة العسكرية الروسية إلى الحي``، ``سيرت القوات الروسية دورية في ريف …``، ``وصل رتل
    عسكري إلى …``) is a change to group/activity (ACLED): a verb of moving, then a patrol or
    convoy noun within three words; or a verb of shoring up, then the side's positions within
    four words (``دعّمت الأسايش مواقعها داخل الحي``); or a verb of pushing patrols in, the
    patrols within eight words (``دفعت قوى الأمن الداخلي (الأسايش) مساء أمس بدوريات إضافية إلى …``:
    ``push_verb``). Forces that enter (``دخلت القوات الحي``) may have fought their way in: not
    this stage's."""
    verbs, patrols = proclitic_forms(_MOVE_VERBS), proclitic_forms(_PATROLS)
    shore, posts = proclitic_forms(_REINFORCE_VERBS), proclitic_forms(_POSITIONS)
    pushes = proclitic_forms(_PUSH_VERBS)
    if not has_any(words, verbs) and not has_any(words, shore) and not has_any(words, pushes):
        return matches
    if not has_any(words, patrols) and not has_any(words, posts):
        return matches  # (no patrol nor position named: nothing moved)
    covered = {i for m in matches for i in range(m.first, m.last + 1)}
    found = []
    for k in sorted({*where(words, verbs), *where(words, shore), *where(words, pushes)}):
        w = words[k]
        if k in covered:
            continue
        if w in verbs and verbs[w][0] in ("", "و", "ف"):
            objects, prefix, reach = patrols, verbs[w][0], 4
        elif w in shore and shore[w][0] in ("", "و", "ف"):
            objects, prefix, reach = posts, shore[w][0], 5  # "دعّمت الأسايش مواقعها داخل الحي"
        elif w in pushes and pushes[w][0] in ("", "و", "ف"):
            # "دفعت قوى الأمن الداخلي (الأسايش) بدوريات إضافية إلى محيط المشفى": a longer subject
            objects, prefix, reach = patrols, pushes[w][0], 9  # (a date may stand between)
        else:
            continue
        if any(words[j] in objects and j not in covered for j in range(k + 1, min(len(words), k + reach))):
            found.append(Match(k, k, DEPLOYMENT, prefix))
            covered.add(k)
    return sorted(matches + found) if found else matches


_RAISE_VERBS = _WORDS["raise_verb"]
_ALERT_WORDS = _WORDS["alert_word"]
_ALERT_VERBS = _WORDS["alert_verb"]
_SPREAD_VERBS = _WORDS["spread_verb"]
_STRENGTH_WORDS = _WORDS["strength_word"]


def alert_measures(matches: list[Match], words: list[str]) -> list[Match]:
    """Stage: a side put on alert or a curfew imposed is a change to group/activity (ACLED):
    a verb of raising, declaring or witnessing with an alert word within eight words after it (its subject and day between)
    (``رفعت الأسايش حالة التأهب``، ``رفعت قوات النظام جاهزيتها``، ``شهدت المدينة استنفاراً``،
    ``فرضت الأسايش حظر تجول``), a verb that is itself the alert (``استنفرت قوات النظام``),
    or forces spreading with a word of strength within six words (``انتشر عناصر الأسايش
    بكثافة``). A mere cordon round an incident (``طوقاً أمنياً``) is no such change, and an
    alert named as the background of a clash (``وسط استنفار``) has no verb: not this stage's."""
    raise_, alert, alert_v, spread = (proclitic_forms(_RAISE_VERBS), proclitic_forms(_ALERT_WORDS),
                                      proclitic_forms(_ALERT_VERBS), proclitic_forms(_SPREAD_VERBS))
    if not has_any(words, alert) and not has_any(words, alert_v) and not has_any(words, spread):
        return matches
    covered = {i for m in matches for i in range(m.first, m.last + 1)}
    found = []
    for k in sorted({*where(words, raise_), *where(words, alert_v), *where(words, spread)}):
        w = words[k]
        if k in covered:
            continue
        for forms, objects, reach in ((raise_, alert, 9), (alert_v, None, 0), (spread, _STRENGTH_WORDS, 7)):
            if w not in forms or forms[w][0] not in ("", "و", "ف"):
                continue
            after = range(k + 1, min(len(words), k + reach))
            if objects is None or any(words[j] in objects and j not in covered for j in after):
                found.append(Match(k, k, DEPLOYMENT, forms[w][0]))
                covered.add(k)
                break
    return sorted(matches + found) if found else matches


_DETAIN_VERBS = _WORDS["detain_verb"]
_DETAINEES = _WORDS["detainee"]
ARREST = next(t for t in TRIGGERS if t.kind == "arrest")
#: The one-word arrest triggers (``اعتقلوا``، ``احتجزت``): an arrest told inside another act's words.
_ARREST_WORDS = frozenset(normalise_phrase(p) for p in TRIGGERS[ARREST] if " " not in p)


def detained_persons(matches: list[Match], tokens: Sequence[Token]) -> list[Match]:
    """Stage: a verb of stopping with a person or a count of people within four words after it
    (``أوقفت الأسايش مراسلاً لقناة …``، ``أوقفت دورية ثلاثة شبان``) is an arrest; stopping a car,
    a convoy or work (``أوقفت العمل``) is none. The verb is the trigger."""
    words = words_of(tokens)
    forms = proclitic_forms(_DETAIN_VERBS)
    if not has_any(words, forms):
        return matches
    covered = {i for m in matches for i in range(m.first, m.last + 1)}
    found = []
    for k in where(words, forms):
        w = words[k]
        if k in covered or forms[w][0] not in ("", "و", "ف"):
            continue
        if any(words[j] in _DETAINEES or is_number(tokens, j) for j in range(k + 1, min(len(words), k + 5))):
            found.append(Match(k, k, ARREST, forms[w][0]))
            covered.add(k)
    return sorted(matches + found) if found else matches


_GATHER_VERBS = _WORDS["gather_verb"]
_GATHER_FORMS = _GATHER_VERBS | {"و" + w for w in _GATHER_VERBS}
_PROTEST_PURPOSE = _WORDS["protest_purpose"]
#: Kin of detainees who gather (``ذوي``، ``أقارب``، ``أمهات``): an arrest told right after them names
#: the crowd (``تجمع عشرات من ذوي شبان اعتقلوا …``), it is no act of the sentence.
_DETAINEE_KIN = _WORDS["detainee_kin"]
_KIN_CLAUSE = 6
_PURPOSE_FORMS = _PROTEST_PURPOSE | {"و" + w for w in _PROTEST_PURPOSE}
_GATHER_WINDOW = 14


def protest_gatherings(matches: list[Match], words: list[str]) -> list[Match]:
    """Stage: a crowd that gathers with a stated grievance is a protest (``تجمع الأهالي أمام
    المبنى للمطالبة بـ``، ``احتشد العشرات رافعين لافتات``، ``خرج السكان تنديداً بـ``): a gathering
    verb, then a purpose word (a demand, a condemnation, banners, chants) within the words of
    the same sentence, and no other trigger between them (fourteen words: a crowd named by its
    villages and the spot it gathered at may stand between). The verb alone is no event
    (``خرج الوضع عن السيطرة``، ``شارك في الاجتماع``). With the protesters as its definite subject
    (``وكان المتظاهرون قد تجمعوا …``) it is definite: the protest already told, if there is one."""
    if not has_any(words, _GATHER_FORMS):  # (most articles: read off the scan, nothing to do)
        return matches
    covered = {i: m for m in matches for i in range(m.first, m.last + 1)}
    found = []
    named_by: set[Match] = set()  # arrests that only name the crowd: "ذوو شبان اعتقلوا …"
    for k in where(words, _GATHER_FORMS):
        w = words[k]
        if k in covered:
            continue
        naming: list[Match] = []
        end = min(len(words), k + 1 + _GATHER_WINDOW)
        if not _DETAINEE_KIN.isdisjoint(x.removeprefix("و") for x in words[k + 1:k + 6]):
            # "تجمعت عشرات النساء من أمهات المعتقلين وذويهم، صباح اليوم، أمام …": a crowd told by whose
            # kin they are takes more words before its demand
            end = min(len(words), end + _KIN_CLAUSE)
        j = k
        while j + 1 < end:
            j += 1
            other = covered.get(j)
            if other is not None and other in naming:
                continue
            if other is not None and other.payload is ARREST and not naming and not _DETAINEE_KIN.isdisjoint(
                    x.removeprefix("و") for x in words[k + 1:other.first]):
                # "تجمع عشرات من ذوي شبان اعتقلوا على الحواجز أمس …": who gathered, not an act; the
                # words of that clause do not count against the gathering's reach
                naming.append(other)
                end = min(len(words), end + _KIN_CLAUSE)
                continue
            if other is not None and not (other.payload is PROTEST and words[j].startswith("ال")):
                break  # another act, or an indefinite protest word: the gathering is told by it
            if words[j] in _PURPOSE_FORMS:
                # "وكان المتظاهرون قد تجمعوا …": the protesters already told of, a definite act
                told = any(x.removeprefix("و").startswith("ال") and x.removeprefix("و") in _PROTESTERS
                           for x in words[max(0, k - 3):k + 3])
                found.append(Match(k, k, PROTEST, "ال" if told else "و" if w not in _GATHER_VERBS else ""))
                named_by.update(naming)
                break
    if not found:
        return matches
    # one protest per gathering: a definite protest word it leads to ("تجمع المحتجون") is the same act
    return sorted(found + [m for m in matches if m not in named_by and not (m.payload is PROTEST and any(
        0 < m.first - f.first <= _GATHER_WINDOW for f in found))])


_POSITIONS = _WORDS["position"]


def position_handovers(matches: list[Match], words: list[str]) -> list[Match]:
    """Stage: positions handed over (``سلمت قسد نقاطها في القرية إلى الجيش``، ``تسليم المواقع``،
    ``تسلمت القوات مواقع …``): a handover verb, then a position noun within four words (the
    subject may stand between), is a non-violent transfer of territory (ACLED). Bodies handed
    over are :func:`handover_phrases`'."""
    verbs, posts = proclitic_forms(_HANDOVER_VERBS), proclitic_forms(_POSITIONS)
    if not has_any(words, verbs):
        return matches
    covered = {i for m in matches for i in range(m.first, m.last + 1)}
    found = []
    for k in where(words, verbs):
        w = words[k]
        if k in covered or verbs[w][1] in ("تبادل", "تبادلت", "انتشال", "انتشلت"):
            continue
        if any(x in posts for x in words[k + 1:k + 5]):
            found.append(Match(k, k, TRANSFER, verbs[w][0]))
            covered.add(k)
    return sorted(matches + found) if found else matches


_RELEASE_VERBS = _WORDS["release_verb"]
_RELEASE_FORMS = _RELEASE_VERBS | {"و" + w for w in _RELEASE_VERBS}
_EXCHANGE_PRICE = _WORDS["exchange_price"]


def exchange_releases(matches: list[Match], words: list[str], sentence_starts: frozenset[int] = frozenset()) -> list[Match]:
    """Stage: a release in exchange for another (``أفرجت الأسايش عن عشرة … مقابل إطلاق سراح
    ثمانية …``) is a prisoner exchange, an agreement (ACLED), and so is a release of soldiers,
    fighters or captives through a mediator (``بعدما أطلقت الأسايش سراحهم بوساطة روسية``، ``أفرجت
    قسد عن ثمانية أسرى … إثر تدخل روسي``: :func:`released_through_a_mediator`). A release with
    nothing in exchange and no one between the sides is none (a sentence served, a bail, young men
    freed after elders stepped in)."""
    if not has_any(words, _RELEASE_FORMS):
        return matches
    covered = {i for m in matches for i in range(m.first, m.last + 1)}
    found = []
    for k in where(words, _RELEASE_FORMS):
        w = words[k]
        stem = w.removeprefix("و")
        if k in covered:
            continue
        if stem.startswith(("اطلق", "اطلاق")) and not any(x.startswith("سراح") for x in words[k + 1:k + 4]):
            continue
        if any(x in _EXCHANGE_PRICE for x in words[k + 1:k + 12]) or released_through_a_mediator(words, k, sentence_starts):
            found.append(Match(k, k, AGREEMENT, "و" if w != stem else ""))
            covered.update(range(k, k + 12))  # the release in exchange is the same act
    return sorted(matches + found) if found else matches


_CAPTIVES = _WORDS["captive"]
_RELEASE_MEDIATION = _WORDS["release_mediation"] | (_MEDIATION - {"عبر"})
#: How far around a release word, in its sentence, its captives and its mediator may be named.
_RELEASE_REACH = 16


def released_through_a_mediator(words: list[str], k: int, sentence_starts: frozenset[int] = frozenset()) -> bool:
    """Stage (what): whether the release at token ``k`` frees soldiers, fighters or captives
    (``captive`` rows: ``جنود``، ``ضباط``، ``أسرى``) through a mediator (``بوساطة``، ``برعاية``،
    ``إثر تدخل روسي``: ``release_mediation`` rows and the mediation rows but ``عبر``), both within
    sixteen words of it in its sentence: a release between armed sides brokered by a third, an
    agreement (ACLED). Civilians freed after elders stepped in, or soldiers freed with no one
    between the sides, are no deal told."""
    lo = sentence_window_start(k, _RELEASE_REACH, sentence_starts)
    window = words[lo:sentence_window_end(k, _RELEASE_REACH, len(words), sentence_starts)]
    return _any_stem(window, _CAPTIVES) and _any_stem(window, _RELEASE_MEDIATION)


_FORCE_VERBS = _WORDS["force_verb"]
_FORCE_FORMS = _FORCE_VERBS | {"و" + w for w in _FORCE_VERBS}
_DEPARTURES = _WORDS["departure"]
_CIVILIAN_GROUPS = _WORDS["civilian_group"]


#: How many words after a verb of force its leaving word may stand (the group and where it lives between:
#: ``دفع القصف المتواصل عشرات العائلات في قرية تل جمعة إلى النزوح``).
_FORCED_REACH = 12


#: Heads of a force's name (``دوريات``، ``عناصر``، ``مسلحي`` …) after the civilians of a verb of
#: force: they are the ones made to leave, the civilians made them.
_FORCE_HEADS = _SUBJECT_HEADS - {"من", "مقر", "مواقع", "تابع", "تابعه", "تابعون", "تابعين"}


def forced_out(words: list[str], i: int, lo: int) -> bool:
    """Stage: whether the leaving word at ``i`` tells a counted group of civilians forced out
    (``دفع القصف المتواصل عشرات العائلات في القرية إلى النزوح``): a verb of force at most
    ``_FORCED_REACH`` words before it (from ``lo``, its clause's first token) and between the two
    a group of civilians right after a count (``عشرات``، ``30``); "most families" (``أغلب
    العائلات``) is a share over time, no count."""
    groups = proclitic_forms(_CIVILIAN_GROUPS)
    return any(words[k] in _FORCE_FORMS and any(words[j] in groups and counts_at(words, j - 1)
                                                for j in range(k + 2, i))
               for k in range(max(lo, i - _FORCED_REACH), i))


def caused_departure(words: list[str], i: int, clause: Clause) -> bool:
    """Stage: whether the leaving word at ``i`` tells a counted group of civilians that a told
    cause made leave: a verb of causing (``cause_verb``, ``departure_cause``: ``تسببت``، ``أدى``)
    stands before it in its clause and the clause counts a group of civilians (``وتسببت المعارك
    المتواصلة منذ أسابيع بموجة نزوح، إذ وصلت أكثر من 200 عائلة …``). What qualifies the cause (how
    long it has gone on, that it recurs) is not the displacement's (:func:`ongoing_summary`); an
    uncounted flight a habitual act caused (``وتسبب القصف المتكرر بنزوح العائلات``) stays none."""
    groups = proclitic_forms(_CIVILIAN_GROUPS)
    return (any(words[k].lstrip("و") in _DEPARTURE_CAUSES for k in range(max(clause.first, i - _FORCED_REACH), i))
            and any(words[j] in groups and counts_at(words, j - 1) for j in range(clause.first + 1, clause.last + 1)))


_DEPARTURE_CAUSES = _WORDS["cause_verb"] | _WORDS["departure_cause"]


def forced_departures(matches: list[Match], words: list[str], starts: frozenset[int] = frozenset()) -> list[Match]:
    """Stage: civilians forced to leave (``اضطر مئات السكان لمغادرة الحي``، ``أجبرت الاشتباكات
    العائلات على ترك القرية``) are displaced: a verb of force, a group of civilians and a
    leaving word (``مغادرة``، ``ترك``، ``النزوح``، ``الرحيل``) within ``_FORCED_REACH`` words
    of the same sentence (``starts``: the sentences' first tokens). The leaving
    word is the trigger, so the place after it is where they fled from. Forces made to leave
    (``أجبرت الأسايش عناصر الدفاع الوطني على مغادرة الحي``) are no displacement."""
    if not has_any(words, _FORCE_FORMS):
        return matches
    covered = {i for m in matches for i in range(m.first, m.last + 1)}
    groups, departures = proclitic_forms(_CIVILIAN_GROUPS), proclitic_forms(_DEPARTURES)
    found = []
    for k in where(words, _FORCE_FORMS):
        window = range(k + 1, sentence_window_end(k, _FORCED_REACH, len(words), starts))
        leave = next((j for j in window if words[j] in departures), None)
        if leave is None or leave in covered or not any(words[j] in groups for j in range(k + 1, leave)) \
                and not any(words[j] in groups for j in range(max(0, k - 3), k)):
            continue
        last_group = max((j for j in range(max(0, k - 3), leave) if words[j] in groups), default=k)
        if any(w.lstrip("و") in _FORCE_HEADS for w in words[last_group + 1:leave]):
            continue  # "أجبر أهالي الحي دوريات الأسايش على مغادرة حيّهم": the civilians forced the patrols out
        found.append(Match(leave, leave, DISPLACEMENT, departures[words[leave]][0]))
        covered.add(leave)
    return sorted(matches + found) if found else matches


_REPEL_VERBS = _WORDS["repel_verb"]
_ATTACK_NOUNS = _WORDS["attack_noun"]
_LEAVE_VERBS = _WORDS["leave_verb"]
_RIOT_VERBS = _WORDS["riot_verb"]
_INTERCEPT_VERBS = _WORDS["intercept_verb"] | _WORDS["intercept_noun"]
_INTERCEPT_NOUNS = _WORDS["intercept_noun"]
#: How far after the noun the convoy stopped may stand (the villagers, their village and a date between).
_INTERCEPTED_REACH = 15
_CROWD_VERBS = {f: kind for kind, ws in (("repel", _REPEL_VERBS), ("leave", _LEAVE_VERBS), ("riot", _RIOT_VERBS),
                                        ("intercept", _INTERCEPT_VERBS)) for w in ws for f in (w, "و" + w, "ف" + w)}
RIOT = Trigger("riot", "Riots", "Violent demonstration")


_THROW_VERBS = _WORDS["throw_verb"]
_STONE_WORDS = _WORDS["stone_word"]
_STONE_GAP = 7


def stones_thrown(matches: list[Match], words: list[str]) -> list[Match]:
    """Stage: a crowd throwing stones (``ورشقوا المدرعات التركية بالحجارة``، ``رمى شبان الحجارة
    على الدورية``): a throwing verb, its subject in the verb or named, with a stone word within
    six words after it, is a violent demonstration (ACLED: a riot), whoever is named."""
    if not has_any(words, _STONE_WORDS):
        return matches
    matches = stone_fights(matches, words)
    forms = proclitic_forms(_THROW_VERBS)
    if not has_any(words, forms):
        return matches
    covered = {i for m in matches for i in range(m.first, m.last + 1)}
    found = [Match(k, k, RIOT, forms[w][0]) for k, w in enumerate(words)
             if w in forms and forms[w][0] in ("", "و", "ف") and k not in covered
             and any(x in _STONE_WORDS for x in words[k + 1:k + _STONE_GAP])
             and not armed_throwers(words, k, forms[w][0])]
    return sorted(matches + found) if found else matches


_ARMED_THROWERS = _WORDS["armed_thrower"]
#: How many words before a bare throwing verb its armed subject may stand ("جنوداً أتراكاً رشقوه").
_THROWER_REACH = 3


def armed_throwers(words: list[str], k: int, proclitic: str) -> bool:
    """Whether the stones thrown at token ``k`` are thrown by soldiers, guards or police, no crowd
    (``قال الطفل إن جنوداً أتراكاً رشقوه بالحجارة``، ``أن عناصر من حرس الحدود رجموه``): the verb
    stands bare (no و or ف that goes on from a crowd's act, ``اعترض الأهالي الجنود ورشقوهم``)
    and a word of armed men (``armed_thrower``) is its subject within three words before it."""
    if proclitic:
        return False
    return any(_stem(x, _ARMED_THROWERS) is not None for x in words[max(0, k - _THROWER_REACH):k])


_GUN_WORDS = _WORDS["gun_word"]
#: How many words after a clash trigger its stones may be named ("اشتباك بين المحتجين ومجهولين عن طريق تراشق الحجارة").
_STONE_FIGHT_REACH = 8


_STONE_THROWS = _WORDS["stone_throw"]


def stones_thrown_at(words: list[str], k: int) -> bool:
    """Whether token ``k`` names stones as what is thrown: a stone word as the means (``بالحجارة``)
    or right after a word of throwing (``stone_throw``: تراشق، رشق، رمي …; ``عن طريق تراشق
    الحجارة``), not a stone word inside a name (``قرب مقلع الحجارة``)."""
    w = words[k]
    if w not in _STONE_WORDS:
        return False
    return w.startswith("ب") or (k > 0 and _stem(words[k - 1], _STONE_THROWS) is not None)


def stone_fights(matches: list[Match], words: list[str]) -> list[Match]:
    """Stage (what): a clash fought with stones (``نشب اشتباك بين المحتجين ومجهولين عن طريق
    تراشق الحجارة``، ``اشتبك الشبان بالحجارة مع …``) is no armed clash: stones thrown
    (:func:`stones_thrown_at`) within eight words after a clash trigger, with no word of firearms
    or gunmen (``gun_word``: رصاص، أسلحة،
    مسلحون …) from three words before the trigger to the stone, makes it stones thrown, a violent demonstration whose trigger is the stone word (so a
    protest told before it is that confrontation told again: :func:`stones_of_a_crowd_told`)."""
    out, changed = [], False
    for m in matches:
        if m.payload is BATTLE or (m.payload.kind == "clash" and m.payload.sub_event_type == "Armed clash"):
            window = words[m.last + 1:m.last + 1 + _STONE_FIGHT_REACH]
            stone = next((k for k, x in enumerate(window, m.last + 1) if stones_thrown_at(words, k)), None)
            if stone is not None and not any(_stem(x, _GUN_WORDS) is not None
                                             for x in words[max(0, m.first - 3):stone]):
                out.append(Match(stone, stone, RIOT, ""))
                changed = True
                continue
        out.append(m)
    return sorted(out) if changed else matches


_CROWD_ATTACK_VERBS = _WORDS["crowd_attack_verb"]
_CROWD_SUBJECTS = _WORDS["crowd_subject"]
#: Words that count the crowd between the verb and its subject ("اقتحم عشرات المتظاهرين", "عدد من المحتجين").
_CROWD_COUNTS = _WORDS["crowd_count"]
#: Words of a peaceful entry or of words spoken ("بشكل سلمي"، "وسلموا مذكرة"، "في كلماتهم"): no riot.
_CROWD_PEACEFUL = _WORDS["crowd_peaceful"]
#: How many words after the attack verb a peaceful or speech word still qualifies it.
_CROWD_PEACEFUL_REACH = 12


def crowd_subject_after(words: list[str], k: int) -> bool:
    """Whether the protesters are the subject of the verb at token ``k``: a protester word
    (``crowd_subject``) right after it, or after words that count them only (``اقتحم عشرات
    المتظاهرين``، ``هاجم عدد من المحتجين``). A protester word later (``هاجم مسلحون مجهولون
    المتظاهرين``) is the verb's object."""
    for x in words[k + 1:k + 4]:
        if x in _CROWD_SUBJECTS:
            return True
        if x not in _CROWD_COUNTS:
            return False
    return False


def crowd_attacks(matches: list[Match], words: list[str], starts: frozenset[int] = frozenset()) -> list[Match]:
    """Stage (what): protesters who attacked or stormed a place (``هاجم محتجون مقر المنظمة``،
    ``اقتحم عشرات المتظاهرين مبنى البلدية``، ``وهاجم المحتجون الغاضبون …``) are a violent
    demonstration (ACLED: a riot), not an armed clash: an attack verb (``crowd_attack_verb``)
    whose subject is protesters (:func:`crowd_subject_after`), with no word of a peaceful entry or
    of speech (``crowd_peaceful``: سلمي، مذكرة، كلماتهم …) after it in its sentence. The verb is
    the trigger (replacing an attack's). Gunmen after the verb (``هاجم مسلحون المتظاهرين``) are
    left as they are."""
    forms = proclitic_forms(_CROWD_ATTACK_VERBS)
    if not has_any(words, forms) or not has_any(words, _CROWD_SUBJECTS):
        return matches
    riots, spoken = {}, set()
    for k, w in enumerate(words):
        if w not in forms or forms[w][0] not in ("", "و", "ف") or not crowd_subject_after(words, k):
            continue
        if _any_stem(words[k + 1:sentence_window_end(k, _CROWD_PEACEFUL_REACH, len(words), starts)], _CROWD_PEACEFUL):
            spoken.add(k)  # "وهاجم المحتجون في كلماتهم السياسات": no act at all
        else:
            riots[k] = Match(k, k, RIOT, forms[w][0])
    if not riots and not spoken:
        return matches
    kept = [m for m in matches if not any(m.first <= k <= m.last for k in (*riots, *spoken))]
    return sorted(kept + list(riots.values()))


def crowd_acts(matches: list[Match], words: list[str]) -> list[Match]:
    """Stage: acts whose verb and its object are apart (the subject between them):

    - an attack repelled (``صد مقاتلو المجلس فجر اليوم هجوماً …``، ``تصدت القوات لهجوم``): it
      was fought, an armed clash;
    - civilians who left their homes (``غادرت عشرات العائلات منازلها``): displacement (a
      group of civilians within three words);
    - stones thrown at a patrol (``رشق أهالي القرية بالحجارة دورية …``): a violent demonstration;
    - civilians who stopped a convoy (``اعترض أهالي القرية رتلاً …``): a protest; told by the noun
      (``بعد أسبوعين من اعتراض أهالي القرية … رتلاً``) only with the convoy named at most fifteen words after it.
    The verb is the trigger."""
    if not has_any(words, _CROWD_VERBS):
        return matches
    covered = {i for m in matches for i in range(m.first, m.last + 1)}
    groups, homes = proclitic_forms(_CIVILIAN_GROUPS), proclitic_forms(_HOME_WORDS)
    found = []
    for k in where(words, _CROWD_VERBS):
        if k in covered:
            continue
        kind = _CROWD_VERBS[words[k]]
        after = words[k + 1:k + 11]
        if kind == "repel":
            if any(w in _ATTACK_NOUNS for w in after):
                found.append(Match(k, k, BATTLE, ""))
        elif kind == "intercept" and words[k].lstrip("وف") in _INTERCEPT_NOUNS and not any(
                w in _CONVOY_NOUNS for w in words[k + 1:k + 1 + _INTERCEPTED_REACH]):
            continue  # "اعتراض أهالي القرية على القرار": an objection, no convoy stopped
        elif any(w in groups for w in words[k + 1:k + 4]) or (
                kind == "leave" and k + 1 < len(words) and words[k + 1] in homes
                and any(w in groups for w in words[max(0, k - 10):k])):
            # "عائلات تسكن قرب المطار بدأت تغادر بيوتها": the families before the verb, their homes after it
            found.append(Match(k, k, {"leave": DISPLACEMENT, "riot": RIOT, "intercept": PROTEST}[kind], ""))
    return sorted(matches + found) if found else matches


_WENT_OUT_VERBS = _WORDS["went_out_verb"]
#: Arriving from a place: a flight only with a flight_cue in the sentence.
_ARRIVED_VERBS = _WORDS["arrived_verb"]
_FLIGHT_CUES = _WORDS["flight_cue"]
_MARCH_NOUNS = _WORDS["march_noun"]
#: Going out or arriving (one list: proclitic_forms builds one table per list object).
_GOING_VERBS = _WENT_OUT_VERBS | _ARRIVED_VERBS
_FAMILY_NOUNS = _WORDS["family_noun"]
#: How far before or after a verb of going out its families may stand ("أكثر من 200 عائلة": the count between).
_FAMILIES_BEFORE, _FAMILIES_AFTER = 4, 7


def families_went_out(matches: list[Match], words: list[str], starts: frozenset[int] = frozenset()) -> list[Match]:
    """Stage (what): families that went out of a place or arrived from one (``إن نحو ثلاثين عائلة
    خرجت من القرية خلال الليل``، ``وصلت خلال يومين أكثر من مئة عائلة من قرى الريف إلى المدينة``)
    are displaced: a verb of going out (``went_out_verb``), a family noun (``family_noun``) at
    most four words before it or seven after it in its sentence, and ``من`` right after the
    families (or within two words of the verb when they stand before it). The verb is the
    trigger, so the place after ``من`` is where they left. A count reached (``وصل عدد العائلات
    … إلى``), a station out of service (``خرجت عن الخدمة``) or a march (``خرج الأهالي في
    مظاهرة``) has no families with ``من`` after them. Families who *arrived* (``arrived_verb``)
    fled only when the sentence says so (``flight_cue``: النازحة، هرباً، بسبب …): families arriving
    for a festival are none; and families who went out in a march (مسيرة، مظاهرة، وقفة after
    the verb in its sentence: ``march_noun``) are a protest, no flight."""
    forms = proclitic_forms(_GOING_VERBS)
    if not has_any(words, forms) or not has_any(words, _FAMILY_NOUNS):
        return matches
    covered = {i for m in matches for i in range(m.first, m.last + 1)}
    found = []
    for k in where(words, forms):
        if k in covered or forms[words[k]][0] not in ("", "و", "ف"):
            continue
        first = sentence_window_start(k, k, starts)
        end = sentence_window_end(k, _FAMILIES_AFTER, len(words), starts)
        last = sentence_window_end(k, len(words), len(words), starts)  # the sentence's end
        if forms[words[k]][1] in _ARRIVED_VERBS and not _in_window(words, _FLIGHT_CUES, first, last):
            continue  # families who arrived, not said to have fled
        if _in_window(words, _MARCH_NOUNS, k + 1, last):
            continue  # families who went out in a march: a protest
        after = next((j for j in range(k + 1, end) if words[j] in _FAMILY_NOUNS), None)
        if after is not None and "عدد" not in words[k + 1:after] and after + 1 < len(words) \
                and words[after + 1] == "من":
            found.append(Match(k, k, DISPLACEMENT, forms[words[k]][0]))
            continue
        before = any(words[j] in _FAMILY_NOUNS for j in range(max(first, k - _FAMILIES_BEFORE), k))
        if before and "من" in words[k + 1:min(end, k + 3)]:
            found.append(Match(k, k, DISPLACEMENT, forms[words[k]][0]))
    return sorted(matches + found) if found else matches


#: Handing over, receiving or exchanging bodies: the verb, then the bodies within a few words.
_HANDOVER_VERBS = _WORDS["handover_verb"]
_BODIES = _WORDS["bodies"]


_KIN = _WORDS["kin"]
_CIVIL_RECEIVERS = _WORDS["civil_receiver"]


def _to_kin(words: list[str], j: int) -> bool:
    """Whether the bodies at token ``j`` go to their families (``إلى ذويهم``) within the next
    dozen words: a return to relatives, not a handover between armed parties."""
    return any(words[k - 1] == "الي" and _stem(words[k], _KIN) is not None
               for k in range(j + 2, min(len(words), j + 14)))


def handover_phrases(matches: list[Match], words: list[str], starts: frozenset[int] = frozenset()) -> list[Match]:
    """Stage: ``سلمت الأسايش جثث ثلاثة …``، ``تسليم جثامين``: bodies handed over are an event
    of their own (Strategic developments), never a battle; the fighting named in the same
    sentence ("قتلوا في الاشتباكات") is background (see :func:`one_event_per_act`). Bodies
    returned to their families (``إلى ذويهم``) or received by a hospital (``استلم المشفى
    جثامين …``) are no event between armed parties. The handover verb may stand up to
    ``_BODIES_REACH`` words before the bodies (the giver, the day and the place between:
    ``سلّمت قسد مساء أمس الأحد، عند حاجز قرب مدخل المدينة، جثث …``), never in an earlier
    sentence (``starts``: the sentences' first tokens)."""
    bodies, verbs = proclitic_forms(_BODIES), proclitic_forms(_HANDOVER_VERBS)  # _stem, one look-up
    if not has_any(words, bodies):
        return matches
    found = []
    covered = {i for m in matches for i in range(m.first, m.last + 1)}
    for j in where(words, bodies):
        lo = sentence_window_start(j, _BODIES_REACH, starts)  # never in an earlier sentence
        verb = next((k for k in range(j - 1, lo - 1, -1) if words[k] in verbs), None)
        if verb is not None and verb not in covered:
            civil = _to_kin(words, j) or _any_stem(words[max(0, verb - 8):j + 10], _CIVIL_RECEIVERS)
            found.append(Match(verb, verb, BODIES_TO_KIN if civil else BODIES, ""))
            covered.add(verb)
    return sorted(matches + found) if found else matches


# --------------------------------------------------------------------------- stage: one event per act

#: Words before a definite trigger that name an event as the cause, the time or the
#: background of another ("بسبب الاشتباكات"، "بعد يومين من الاشتباكات"، "على خلفية القصف").
_RECAP_WORDS = _WORDS["recap"]
#: Words that may stand between a recap word and its trigger: "بعد يومين من الاشتباكات".
_RECAP_SKIP = _WORDS["recap_skip"]


_RETURN_WORDS = _WORDS["return_word"]


#: Pronoun endings of a verbal noun with its doer ("تصويرهما"، "نشرهم"، "مشاركته").
_POSSESSED = ("هما", "هم", "ها", "ه")


def is_recap(words: list[str], i: int, clause_first: int, near_only: bool = False) -> bool:
    """Whether the definite trigger at token ``i`` names an earlier event in passing: after a
    recap word (``بسبب``، ``عقب``، ``على خلفية``، ``بعد يومين من``...), or joined by و to a
    trigger that is (``بعد يومين من الاشتباكات والقصف``). A recap is never a new event:
    it refers back to an event already reported, or it is dropped (:meth:`_Context._add`).
    With ``near_only`` (an indefinite trigger: "عقب تبادل اعتقالات"), the recap word must
    stand right before it, or before it and one word ("عقب تبادل اعتقالات"). A verbal noun with
    its doer's pronoun between a recap word and a definite trigger (``بسبب تصويرهما
    المظاهرات``) makes the trigger the object of the cause, background too."""
    k = i - 1
    if near_only:
        return any(_stem(w.lstrip("و"), _RECAP_WORDS) is not None or w.lstrip("و") in _RECAP_WORDS
                   for w in words[max(clause_first, i - 2):i])
    while k >= clause_first:
        w = words[k]
        stripped = w.lstrip("و")
        if _stem(stripped, _RECAP_WORDS) is not None or stripped in _RECAP_WORDS:
            return True
        if w in _RECAP_SKIP or w.isdigit() or (w.startswith("ال") and w[2:] in _RECAP_SKIP):
            k -= 1
            continue
        if words[i].startswith("و") and k == i - 1 and w.startswith(("ال", "بال", "وال")):
            k -= 1  # "الاشتباكات والقصف": look past the first trigger of the pair
            continue
        # "بسبب تصويرهما المظاهرات": what they did to the act is the cause, the act background
        return (k == i - 1 and k - 1 >= clause_first and w.endswith(_POSSESSED) and not w.startswith("ال") and (
                _stem(words[k - 1].lstrip("و"), _RECAP_WORDS) is not None or words[k - 1].lstrip("و") in _RECAP_WORDS))
    return False


#: Bare words of shelling that an air strike in the same sentence explains ("قصفت درون تركية").
_BARE_SHELLING = _WORDS["bare_shelling"]


def protest_as_frame(words: list[str], d: _Draft) -> bool:
    """Stage: whether the protest at ``d`` is named as the time of another act: a definite
    protest noun at most two words after a ``during`` word (``خلال فض المظاهرة``، ``أثناء
    الوقفة``) refers back to a protest told before; what its sentence tells (``اعتقلت الأسايش خلال
    فض المظاهرة ستة شبان``) is an act of its own, not this protest met with force; the people an
    arrest there holds are the protesters (actor2)."""
    first = words[d.trig_first]
    return d.definite and first.startswith(("ال", "وال")) and any(
        w.lstrip("و") in _DURING for w in words[max(d.sentence.first, d.trig_first - 2):d.trig_first])


def one_event_per_act(created: list[_Draft], words: list[str]) -> list[_Draft]:
    """Stage: one event per act among the events one sentence reports.

    - Civilians killed in a sentence that reports a clash or shelling are its victims
      (ACLED counts them in that event), unless their killing was targeted: a sniper, or a
      public figure (``شيخ``، ``وجيه``، ``مختار``) — that is an attack on civilians; so is the
      holder of a civil office shot dead (:func:`civil_official`), unless a drone, shell or bomb killed them.
    - The "إطلاق النار" clash of an attack on a person is its means ("اغتال … بإطلاق النار").
    - The clash of a takeover is the takeover (ACLED codes the takeover as the battle).
    - A bare ``قصف`` beside an air or drone strike is that strike ("قصفت درون تركية").
    - Bodies handed over: the fighting that killed them is background, not a new battle;
      bodies returned to their families are no event at all.
    - Fire at one person by unknown gunmen is an attack on that person (:func:`_shot_at_by_unknown`).
    - Protesters arrested in the sentence of their protest: one event, a protest with
      intervention (ACLED); a meeting in the sentence of the agreement it reached is that agreement.
    - An event named only as the cause or background of another (:func:`is_recap`) goes.
    """
    if not any(d.trigger.kind == "civ_attack" for d in created):  # (else the shooting is its means, below)
        for d in created:
            if _shot_at_by_unknown(words, d):  # "… برصاص مسلحين مجهولين أطلقوا النار عليه": one person shot
                d.trigger, d.found_by = CIVILIAN_ATTACK, "shot_at_one"
            elif civilians_fired_on(words, d) or fired_at_civilians(words, d):
                # "تعرض منزل مواطن لإطلاق نار"، "أطلق الجنود النار على مزارعين": a civilian target
                d.trigger, d.found_by = CIVILIAN_ATTACK, "fired_on"
                if d.actor1 == "civilians" or d.actor2 in ("", "civilians"):
                    d.actor1, d.actor2 = (d.actor1 if d.actor1 != "civilians" else ""), "civilians"
    crowd = next((d for d in created if d.trigger.kind == "protest"), None)
    if crowd is not None and met_with_live_fire(words, crowd):
        # "تجمع الأهالي لقطع الطريق على الرتل، فواجههم الجنود بالرصاص الحي": the fire is the protest's
        created = [d for d in created if d is crowd or d.trigger.event_type not in _FIGHTING]
        crowd.trigger = PROTEST_FORCE
    elif crowd is not None and fired_to_disperse(words, crowd):
        # "فتحوا النار لتفريق مظاهرة …، ما أدى إلى مقتل الشاب": the fire and its dead are the protest's
        for d in [d for d in created if d is not crowd and (d.trigger.event_type in _FIGHTING or (
                d.trigger.kind == "civ_attack" and d.found_by == "victim" and not _targeted(words, d)))]:
            created.remove(d)
            if d.fatalities is not None:
                crowd.fatalities = _max_count(crowd.fatalities, d.fatalities)
        crowd.trigger = PROTEST_FORCE
    if crowd is not None and crowd.trigger is PROTEST and during_the_protest(words, crowd):
        # "قتل شاب بعد أن صدمته عربة عسكرية أثناء احتجاج الأهالي على مرور الدورية": the protest met
        # deadly force, one event with the toll of the attack told before it
        hit = [d for d in created if d.trigger.kind == "civ_attack" and d.trig_first < crowd.trig_first
               and d.fatalities]
        for d in hit:
            created.remove(d)
            if d.fatalities is not None:  # (always: ``hit`` holds events with a toll)
                crowd.fatalities = _max_count(crowd.fatalities, d.fatalities)
            crowd.injuries = crowd.injuries if d.injuries is None else _max_count(crowd.injuries, d.injuries)
        if hit:
            crowd.trigger = PROTEST_FORCE
            crowd.notes.append("a protester killed during the protest: excessive force against protesters")
    mob = next((d for d in created if mob_attack(words, d)), None)
    if mob is not None:
        # "هاجمت مجموعة من الشبان مكتب الحزب وأضرمت النار فيه": young men with no weapon told are no
        # armed side: mob violence (ACLED), the arson or wrecking its part
        mob.trigger, mob.actor1 = MOB, "rioters"
        mob.notes.append("an unarmed group of young men attacked: mob violence")
        created = [d for d in created if d is mob or d.trigger.kind not in ("arson", "clash")]
    if len(created) < 2:  # (it takes two events to drop one)
        return [d for d in created if d.trigger is not BODIES_TO_KIN]
    # "قتل شاب برصاص جنود أمريكيين …، بعدما رشق سكانها رتلهم بالحجارة": the crowd's act is what set off
    # the killing told before it, one incident (the killing); a crowd with a toll of its own stays
    created = [d for d in created if not (d.trigger.kind in ("riot", "protest") and d.trigger is not PROTEST_FORCE
                                          and not d.fatalities and set_off_by_crowd(words, d, created))]
    if any(d.trigger.event_type in _FIGHTING for d in created):
        # "بدأ الهجوم بتفجير سيارة مفخخة، تزامناً مع استعصاء نفذه السجناء": a riot told as happening
        # with the attack is the attack's part, no riot of its own
        created = [d for d in created if not (d.trigger.kind == "riot" and _any_stem(
            words[max(d.sentence.first, d.trig_first - _ALONG_REACH):d.trig_first], _ALONG_WITH))]
    if any(d.trigger.event_type in _FIGHTING for d in created):
        before = len(created)
        # an official shot dead is the target, not a bystander of a clash; by a drone or a bomb, its victim
        remote = any(d.trigger.kind in _REMOTE for d in created)
        created = [d for d in created
                   if not (d.trigger.kind == "civ_attack"
                           and (d.found_by == "victim" or _stem(words[d.trig_first], _VICTIM_NOUNS) is not None
                                or _stem(words[d.trig_first], _KILL_WORDS) is not None)
                           and not _targeted(words, d)
                           and (remote or not any(civil_official(words, k) for k in range(d.trig_first, d.trig_last + 1))))]
        if len(created) < before:  # "استشهد مواطن إثر قصف بطائرة مسيرة": the cause is the event itself
            for d in created:
                if d.trigger.event_type in _FIGHTING:
                    d.recap = False
    if any(d.trigger.kind == "civ_attack" for d in created):
        created = [d for d in created
                   if not (d.trigger is BATTLE and (_SHOOTING.intersection(words[d.trig_first:d.trig_last + 1])
                                                    or words[d.trig_first].lstrip("وف") in _FIRE_VERBS))]
    weapon = next((d for d in created if d.trigger.kind in _REMOTE), None)
    if weapon is not None:  # "محاولة اغتيال بعبوة ناسفة": the bomb is the act, and its toll
        for d in [d for d in created if d.trigger.kind == "civ_attack"
                  and words[d.trig_first].lstrip("وفبل") in _ASSASSINATION]:
            created.remove(d)
            if d.fatalities is not None:
                weapon.fatalities = _max_count(weapon.fatalities, d.fatalities)
    if any(d.trigger.kind == "takeover" for d in created):  # ACLED: the takeover is the battle
        created = [d for d in created if d.trigger is not BATTLE]
    if any(d.trigger.kind in ("takeover", "clash") for d in created):
        # (an arrest told before the fighting set it off: "حين احتجزت الأسايش قيادياً …، فرد مسلحون بإطلاق النار")
        first_fight = min(d.trig_first for d in created if d.trigger.kind in ("takeover", "clash"))
        created = [d for d in created if not (captured_in_battle(words, d) and d.trig_first > first_fight)
                   and not weapons_of_the_fight(words, d)]
    if any(d.trigger.kind == "air" for d in created):
        # (not one told in a clause of its own: "قُتل عنصر بقصف مسيرة تركية …، كما أصيب مقاتلان جراء قصف
        # مدفعي تركي …" tells two acts)
        air_clauses = {id(_clause_of(d)) for d in created if d.trigger.kind == "air"}
        created = [d for d in created if not (d.trigger.kind == "shelling" and d.trig_first == d.trig_last
                                              and _stem(words[d.trig_first], _BARE_SHELLING) is not None
                                              and id(_clause_of(d)) in air_clauses)]
    if any(d.trigger.kind in ("bodies", "bodies_kin") for d in created):
        created = [d for d in created if d.trigger.event_type not in _FIGHTING and d.trigger is not BODIES_TO_KIN]
    if any(d.trigger.kind == "arrest" for d in created):
        # "أقامت دوريات … نقاط تفتيش … واقتادت عشرات الشبان": the checkpoints served the arrests, one act
        checkpoints_arrest(created, words)
        created = [d for d in created if d.trigger.kind != "deployment"]
    if any(d.trigger.kind == "abduction" for d in created):
        # "اختطفت مجموعة مسلحة أربعة شبان … واقتادتهم إلى جهة مجهولة": leading them away is the abduction
        created = [d for d in created if not (d.trigger.kind == "arrest" and _stem(words[d.trig_first], _LEAD_AWAY))]
    # (a protest named as the cause of another act, "اعتقلت … شابين بسبب تصويرهما المظاهرات", is no
    # protest of this sentence: the arrest stays an arrest)
    # (nor is a protest named as the time of another act, "اعتقلت الأسايش خلال فض المظاهرة ستة شبان": the
    # protest told before, the arrest an act of its own: :func:`protest_as_frame`)
    frame = next((d for d in created if d.trigger.kind == "protest" and protest_as_frame(words, d)), None)
    if frame is not None:  # "اعتقلت الأسايش خلال فض المظاهرة ستة شبان": those held are the protesters
        for d in created:
            if d.trigger.kind == "arrest" and d.actor2 in ("", "civilians") and d.actor1:
                d.actor2 = "protesters"
    protest = next((d for d in created if d.trigger.kind == "protest" and not (d.recap and d.definite)
                    and d is not frame), None)
    if protest is not None:  # "وقفوا … للمطالبة بالإفراج عن ناشطين اعتقلتهم الأسايش": the grievance, no act of its own
        created = [d for d in created if d is protest or not protest_grievance(words, protest, d)
                   or dated_apart(d, created)]
    if protest is not None and any(d.trigger.kind == "arrest" and not d.recap and not protest_as_pretext(words, d, protest)
                                   for d in created):
        # "فرقت الأسايش تظاهرة … واعتقلت عدداً من المشاركين": one act, the protest met with force
        # (an arrest the protest denounces, "تنديداً باعتقال …", is its grievance: a cause, below)
        created = [d for d in created if d.trigger.kind != "arrest" or d.recap]
        protest.trigger = PROTEST_INTERVENTION
    if any(d.trigger.kind == "riot" for d in created):
        # "تجمّع الأهالي … ورشقوا المدرعات بالحجارة": the gathering turned violent, one riot (ACLED)
        created = [d for d in created if d.trigger.kind != "protest"]
    crowd = next((d for d in created if d.trigger.kind in ("riot", "protest")), None)
    if crowd is not None:  # "رشق الأهالي بالحجارة دورية مشتركة": the patrol is what they met, no deployment
        created = [d for d in created if not (d.trigger.kind == "deployment" and d.trig_first > crowd.trig_first)]
    if any(d.trigger.kind == "agreement" for d in created):
        # "اتفاق هدنة توصل إليه الطرفان خلال اجتماع في المطار": the meeting is the agreement's
        # (a definite one, "مع استمرار اللقاءات", refers back to the meetings told: kept as evidence)
        created = [d for d in created if d.trigger.kind != "meeting" or d.definite]
    # "نزحت عائلات … بسبب الاشتباكات"، "انتشرت دوريات … عقب الاتفاق": the cause named in passing
    causes = [d for d in created if d.recap and not dated_apart(d, created) and not own_clause_toll(words, d, created)]
    if causes and len(causes) < len(created):
        created = [d for d in created if d not in causes]
    return created


_CAPTURE_WINDOW = 6


def own_clause_toll(words: list[str], d: _Draft, created: list[_Draft]) -> bool:
    """Whether an act named as a cause (``جراء قصف مدفعي``) is told in a clause of its own with its own
    casualties (``…، كما أصيب مقاتلان جراء قصف مدفعي تركي على …``): the cause of that clause's toll,
    another act than the one before, not the background of it."""
    clause = _clause_of(d)
    if clause is None or d.trigger.event_type not in _FIGHTING or clause.first == d.sentence.first:
        return False
    if any(o is not d and _clause_of(o) is clause for o in created):
        return False
    return any(_stem(w, _CASUALTY_WORDS) is not None for w in words[clause.first:d.trig_first])


def _clause_of(d: _Draft) -> Clause | None:
    """The clause of its sentence an event's trigger stands in."""
    return next((c for c in d.sentence.clauses if c.first <= d.trig_first <= c.last), None)


def captured_in_battle(words: list[str], d: _Draft) -> bool:
    """Stage (what): whether an arrest told in the sentence of a battle or takeover is the
    fighters it captured (``أحكمت الأسايش سيطرتها على السجن، واقتادت العشرات من عناصر قوات
    النظام``): fighters (``armed_victim`` words) within six words after the arrest word. They
    were taken in the battle, which is the event (ACLED codes no arrest); civilians led away
    in the same sentence stay an arrest, and so does an arrest told before the fighting, which
    set it off (:func:`one_event_per_act`: ``حين احتجزت الأسايش قيادياً …، فرد مسلحون بإطلاق النار``)."""
    if d.trigger.kind != "arrest":
        return False
    return any(_stem(w, _ARMED_VICTIMS) is not None for w in words[d.trig_last + 1:d.trig_last + 1 + _CAPTURE_WINDOW])


_DURING_IT = _WORDS["during_it"]
#: Two codings one sentence can give one act (kind told, kind kept): the shells the sides of a
#: clash fire are its weapons (ACLED codes the exchange as the battle); youths kidnapped during
#: a raid campaign (``حملة دهم …، اختطفت خلالها …``) are the campaign's arrests.
_ONE_ACT_KINDS = {("shelling", "clash"): "clash", ("abduction", "arrest"): "arrest"}


def one_act_told_twice(ctx: _Context, created: list[_Draft]) -> list[_Draft]:
    """Stage (one event per act): two events one sentence gives at the same place on the same
    days (or one with no day of its own) are one act told twice, and the second folds into the first (its evidence and toll
    kept) when

    - they have one coding and no two different parties (``قصفت مسيّرة ثانية محطة …``: the drone
      by its noun and by its verb);
    - one is shelling and the other a clash whose parties include the shelling's, or the
      shelling names none (``اشتباكات … وسط تبادل للقصف المدفعي بين الطرفين``، ``مواجهات …
      وسط استخدام القذائف الصاروخية``): the shells are the clash's weapons, the clash stays;
    - one is an abduction told "during it" (``during_it``: ``اختطفت خلالها سبعة شبان``) in the
      sentence of an arrest campaign: the campaign's arrests, the arrest stays.

    Shells another force fires beside the clash (``فيما قصفت المدفعية التركية القرية``) and a
    kidnapping told apart from the campaign stay events of their own.

    Parameters
    ----------
    ctx : _Context
        The article being read.
    created : list of _Draft
        The events one sentence gives, in order.

    Returns
    -------
    list of _Draft
        The same events, with each act told twice kept once.
    """
    if len(created) < 2:
        return created
    words = ctx.words
    out: list[_Draft] = []
    for d in created:
        keep = next((k for k in out if _one_act(words, k, d)), None)
        if keep is None:
            out.append(d)
            continue
        if _ONE_ACT_KINDS.get((keep.trigger.kind, d.trigger.kind)) == d.trigger.kind:
            out[out.index(keep)] = d  # the kept coding was told second: it stays, the first folds in
            keep, d = d, keep
        _merge_into(keep, d)
    return out


def _one_act(words: list[str], a: _Draft, b: _Draft) -> bool:
    """Whether ``a`` and ``b`` (one sentence's events) tell one act (:func:`one_act_told_twice`)."""
    if (a.date is not None and b.date is not None and a.date_range != b.date_range) or a.place is None or b.place is None:
        return False  # (a clause with no day of its own tells the sentence's act)
    if a.place.place_id != b.place.place_id or a.place.unresolved_name != b.place.unresolved_name:
        return False
    pa, pb = {a.actor1, a.actor2} - {""}, {b.actor1, b.actor2} - {""}
    if a.trigger == b.trigger:
        return pa <= pb or pb <= pa
    kinds = (a.trigger.kind, b.trigger.kind)
    kept = _ONE_ACT_KINDS.get(kinds) or _ONE_ACT_KINDS.get(kinds[::-1])
    if kept is None:
        return False
    told, stays = (a, b) if a.trigger.kind != kept else (b, a)
    if kept == "clash":
        return ({told.actor1, told.actor2} - {""}) <= ({stays.actor1, stays.actor2} - {""})
    return not _DURING_IT.isdisjoint(words[told.trig_last + 1:told.trig_last + 3])


def held_in_told_battle(ctx: _Context, created: list[_Draft]) -> list[_Draft]:
    """Stage (one event per act): fighters held (:func:`captured_in_battle`'s test) in a sentence
    after a battle was told, with no day of their own (``ونقلت وكالة … أن ثمانية … لقوا حتفهم، وأن
    القوات الكردية احتجزت 12 عنصراً من الدفاع الوطني``: another outlet's account of the fighting),
    were taken in that battle: a clash or takeover the article told, on days that cover the
    arrest's, is the event, not an arrest of its own. Held on a day the text gives (``احتجزت يوم
    الإثنين الماضي تسعة عناصر``) it stays an arrest, and so do civilians held. The tie needs the
    battle's day told by the text (not publication's, the fallback of both), the arrest in the
    battle's sentence or the next, no new scene (``وفي`` and a place) before it, and the arrest
    at the battle's place, a place enclosing it, or none of its own."""
    if not any(d.trigger.kind == "arrest" for d in created):
        return created
    published = ctx.article.published

    def days(d: _Draft) -> tuple[dt.date, dt.date]:
        return (d.date.date_from, d.date.date_to) if d.date is not None else (published, published)

    # only a day the text gives ties the two: publication's day, given to both, is no tie
    battles = [p for p in ctx.drafts if p.trigger.kind in ("clash", "takeover") and p.date is not None]
    if not battles:
        return created
    firsts = [s.first for s in ctx.sentences]

    def held_there(d: _Draft, p: _Draft) -> bool:
        if d.date is None or not (days(p)[0] <= days(d)[0] and days(d)[1] <= days(p)[1]):
            return False
        gap = bisect.bisect_right(firsts, d.sentence.first) - bisect.bisect_right(firsts, p.sentence.first)
        if gap not in (0, 1):
            return False  # the battle's sentence or the next only
        words = ctx.words
        if any(words[k] == "وفي" and ctx._places.between(k + 1, k + 3) for k in range(d.sentence.first, d.trig_first)):
            return False  # "وفي مدينة القامشلي، اعتقلت الأسايش …": a new scene
        if d.place is None or p.place is None or not d.place.place_id or not p.place.place_id or d.place_quality == 0:
            return True
        return d.place.place_id == p.place.place_id or d.place.place_id in {
            a.id for a in ctx.gaz.ancestors(p.place.place_id)}

    return [d for d in created
            if not (d.date_quality < 2 and captured_in_battle(ctx.words, d)
                    and any(held_there(d, p) for p in battles))]


_USE_VERBS = _WORDS["use_verb"]


def weapons_of_the_fight(words: list[str], d: _Draft) -> bool:
    """Stage (one event per act): whether a shelling told in the sentence of a clash is only the
    weapons used in it (``دارت اشتباكات عنيفة، استُخدمت فيها الرشاشات الثقيلة وقذائف الهاون``،
    ``مستخدمين قذائف الهاون``): a verb of using (``use_verb``) at most five words before the
    shelling word. The clash is the event (ACLED: one event per act)."""
    if d.trigger.kind != "shelling":
        return False
    return any(w.lstrip("و") in _USE_VERBS for w in words[max(0, d.trig_first - 5):d.trig_first])


_ARTILLERY_WORDS = _WORDS["artillery_word"]
_ARTILLERY_REACH = 15


def strikes_of_the_article(ctx: _Context, trig: Trigger, m: Match) -> bool:
    """Stage (what): whether a bare ``قصف`` (``bare_shelling``) is a drone or air strike: a craft
    named right after it (``بقصف مسيرة تركية``، ``قصف الطيران التركي``: ``bombing_craft``), or, with
    no artillery, mortar or rocket word in the fifteen words after it (``artillery_word``), in a
    report whose remote strikes so far (its headline's included) were all air or drone strikes, one more of them (``كما طال القصف التركي أمس محطتي الكهرباء في
    عامودا والقحطانية`` after two drone strikes): ``قصف`` is the word for any bombardment,
    and the report has said which. Shells (``قذائف``) stay shelling."""
    if trig.kind != "shelling" or m.first != m.last or _stem(ctx.words[m.first], _BARE_SHELLING) is None:
        return False
    if (m.last + 1 < len(ctx.words) and ctx.words[m.last + 1] in _BOMBING_CRAFT
            and ctx.words[m.first].lstrip("وف") in _BOMBARDMENT_NOUNS):
        # "بقصف مسيرة تركية"، "قصف طائرة مسيرة"، "قصف الطيران التركي": the craft named right after the
        # noun (the verb "قصفت مسيرة تابعة للجيش التركي …" keeps its drone trigger and its subject)
        return True
    if any(_stem(w, _ARTILLERY_WORDS) is not None for w in ctx.words[m.last + 1:m.last + 1 + _ARTILLERY_REACH]):
        return False  # "وقصف الجيش التركي مساء أمس قرى الريف الغربي لناحية الدرباسية بالمدفعية"
    # (the headline's strikes count: "قتلى بقصف مسيرة في القامشلي" over "أسفر القصف الذي استهدف سيارة …")
    remote = [d.trigger.kind for d in (*ctx.headline_drafts, *ctx.drafts) if d.trigger.kind in _REMOTE]
    return bool(remote) and all(k == "air" for k in remote)


#: Craft named right after ``قصف`` (``قصف مسيرة``، ``قصف الطيران``): ``bombing_craft`` and ``aircraft``.
_BOMBING_CRAFT = _WORDS["bombing_craft"] | _AIRCRAFT
#: ``قصف`` as a noun (behind ب، ل، ال), or the bare word (a verb before a craft would be قصفت).
_BOMBARDMENT_NOUNS = frozenset({"قصف", "بقصف", "لقصف", "القصف", "بالقصف", "للقصف"})


_MINORS = _WORDS["minor"]
_ABDUCTION = next(t for t in TRIGGERS if t.kind == "abduction")


_LED_AWAY_PASSIVE = frozenset(map(normalise_phrase, ("اقتيد", "اقتيدوا", "اقتيدت")))
#: How far before a passive lead-away verb the children led away may be named.
_PASSIVE_REACH = 10


def minor_led_away(ctx: _Context, trig: Trigger, m: Match) -> bool:
    """Stage (what): whether a child or a girl led away (``اقتاد التنظيم فتاة في الخامسة عشرة``:
    a lead-away verb, a ``minor`` within three words after it; or the passive ``اقتيدوا`` with the
    children named up to ten words before it) in an article that has told an
    abduction is one more abduction, not an arrest: children taken by the group the report is
    about are abducted (ACLED: Abduction/forced disappearance). A force the actor table knows,
    named as the subject (``واقتادت الأسايش طفلاً للتحقيق``), arrests."""
    if trig.kind != "arrest" or ctx.words[m.first].lstrip("و") not in _LEAD_VERBS | _LED_AWAY_PASSIVE:
        return False
    # (the passive "اقتيدوا" follows the children led away: "ثلاثة من الأطفال … اقتيدوا من قرية …")
    passive = ctx.words[m.first].lstrip("و") in _LED_AWAY_PASSIVE
    window = ctx.words[max(0, m.first - _PASSIVE_REACH):m.first] if passive else ctx.words[m.last + 1:m.last + 4]
    if not any(_stem(w, _MINORS) is not None for w in window):
        return False
    if ctx._actors.between(m.last + 1, m.last + 3):
        return False  # "واقتادت الأسايش طفلاً للتحقيق": a force the table knows arrests
    return any(d.trigger.kind == "abduction" for d in ctx.drafts)


_LIVE_FIRE = _WORDS["live_fire"]


def met_with_live_fire(words: list[str], protest: _Draft) -> bool:
    """Stage (one event per act): whether a protest's sentence tells the crowd met with live
    fire after it (``فواجههم جنود الاحتلال بالرصاص الحي``: ``live_fire``, ``الرصاص`` then
    ``الحي``): excessive force against protesters (ACLED), one event that keeps the toll; the
    shooting is no clash of its own."""
    sent = protest.sentence
    return any(_stem(w, _LIVE_FIRE) is not None and k + 1 <= sent.last and words[k + 1] == "الحي"
               for k, w in enumerate(words[protest.trig_last + 1:sent.last + 1], protest.trig_last + 1))


_DISPERSE = frozenset(map(normalise_phrase, ("لتفريق", "تفريق", "بتفريق", "لفض", "فض")))
_FIRE_NOUNS = frozenset(map(normalise_phrase, ("النار", "الرصاص", "الرصاص الحي", "بالرصاص")))
#: How far before the dispersal word the fire may be told ("فتحوا النار لتفريق مظاهرة").
_DISPERSE_FIRE_REACH = 4


_DURING = _WORDS["during"]
#: Vehicles a crowd meets or stones (``دورية``، ``رتلاً``، ``المدرعات``): their nationality names a side.
_CONVOY_NOUNS = _WORDS["convoy_noun"]
_CONVOY_REACH = 10
_JOINT = _norm("مشتركة", "المشتركة", "مشتركتين")
_OWNER_AFTER_CONVOY = 3


def convoy_owner(words: list[str], trig_last: int, last: int) -> str:
    """Stage (who): the side whose patrol or convoy a crowd's act after ``trig_last`` names by
    its nationality (``رشق الأهالي دورية عسكرية تركية بالحجارة``، ``رتلاً أمريكياً``): a
    ``convoy_noun`` up to ten words after the trigger, then a nationality of a weapon's owner up
    to three words after it (:data:`_WEAPON_OWNERS`); a joint patrol (``دورية مشتركة``) names no
    one side; else ``""``."""
    for k in range(trig_last + 1, min(last, trig_last + _CONVOY_REACH) + 1):
        if _stem(words[k], _CONVOY_NOUNS) is not None:
            if _JOINT.intersection(words[k + 1:k + 1 + _OWNER_AFTER_CONVOY]):
                return ""  # "دورية مشتركة للقوات الروسية والتركية": two sides, no one target named
            # (the accusative too: "رتلاً عسكرياً أمريكياً")
            owner = next((_WEAPON_OWNERS.get(w) or _WEAPON_OWNERS[w[:-1]]
                          for w in words[k + 1:min(last, k + _OWNER_AFTER_CONVOY) + 1]
                          if w in _WEAPON_OWNERS or w.endswith("ا") and w[:-1] in _WEAPON_OWNERS), "")
            if owner:
                return owner
    return ""


def convoy_told_before(words: list[str], lo: int, trig_first: int) -> str:
    """Stage (who): the side whose patrol or convoy the crowd's act refers back to (``تصدى الأهالي
    لرتل أميركي ومنعوه من الدخول بعد رشقه بالحجارة``): the owner of the last patrol or convoy
    named with its nationality (:func:`convoy_owner`) from ``lo`` (its sentence's first word) up
    to the trigger; else ``""``. (A patrol of an earlier sentence is left: stones told after a
    crowd's confrontation are that confrontation, :func:`stones_of_a_crowd_told`.)"""
    for k in range(trig_first - 1, lo - 1, -1):
        if _stem(words[k], _CONVOY_NOUNS) is not None:
            owner = convoy_owner(words, k - 1, trig_first - 1)
            if owner:
                return owner
    return ""


#: Mob violence (ACLED): an unarmed crowd that attacks people or property.
MOB = Trigger("riot", "Riots", "Mob violence")
#: The young men or supporters who make a crowd (``مجموعة من الشبان``، ``عشرات الشبان``، ``أنصار``).
_MOB_SUBJECTS = _WORDS["mob_subject"]
#: The verbs of storming or attacking that a mob's act is told by (``هاجم``، ``اقتحم``).
_MOB_VERBS = _WORDS["mob_verb"]
#: Words that tell an armed act (``مسلحين``، ``بالرصاص``، ``قذائف``): then it is no mob.
_ARMED_SIGNS = _WORDS["armed_sign"]
_MOB_SUBJECT_REACH = 4
#: How far before its verb the crowd may be named (``أن مجموعة من الشبان المحسوبين على الحزب هاجمت``).
_MOB_SUBJECT_BEFORE = 7


def mob_attack(words: list[str], d: _Draft) -> bool:
    """Stage (what): whether the clash ``d`` is an unarmed crowd's attack (``هاجمت مجموعة من الشبان
    مكتب الحزب``، ``هاجم عشرات الشبان مقر المجلس``): a ``mob_verb`` trigger, a ``mob_subject`` word up to four words after
    its verb or seven before it (the subject), and no ``armed_sign`` word (a weapon, a shot, armed men) in its sentence.
    ACLED codes it mob violence (Riots), not a battle."""
    if d.trigger is not BATTLE or d.trig_first != d.trig_last or _stem(words[d.trig_first], _MOB_VERBS) is None:
        return False  # (a clash noun, "قتل شبان في اشتباكات", is fighting, whoever died in it)
    sent = d.sentence
    before = words[max(sent.first, d.trig_first - _MOB_SUBJECT_BEFORE):d.trig_first]
    return ((_any_stem(words[d.trig_last + 1:d.trig_last + 1 + _MOB_SUBJECT_REACH], _MOB_SUBJECTS)
             or _any_stem(before, _MOB_SUBJECTS))
            and not _any_stem(words[sent.first:sent.last + 1], _ARMED_SIGNS))
#: Words that tell an act as happening along with another (``تزامناً مع``، ``بالتزامن مع``): up to
#: three words before a riot's trigger, in the sentence of an attack, it is the attack's part.
_ALONG_WITH = _WORDS["along_with"]
_ALONG_REACH = 3


def during_the_protest(words: list[str], protest: _Draft) -> bool:
    """Stage (one event per act): whether a protest's trigger follows a word of "during"
    (``أثناء``، ``خلال``; ``during`` words) right before it, at most one word between (``أثناء
    احتجاج الأهالي``): what the sentence told before it happened at the protest."""
    k = protest.trig_first
    return any(_stem(w, _DURING) is not None for w in words[max(protest.sentence.first, k - 2):k])


_SET_OFF_AFTER = _WORDS["set_off_after"]


def after_stretch(words: list[str], first: int, trig_tok: int) -> bool:
    """Stage (where): whether the comma stretch that starts at token ``first`` opens with
    ``بعدما``/``بعد أن`` (``set_off_after`` words) before the trigger at ``trig_tok``: an act told
    in it that names a place there (``…، بعدما تظاهر العشرات في مدينة …``) has that place, never
    one of the stretch before it (:func:`another_acts_place`)."""
    return any(words[k].lstrip("و") in _SET_OFF_AFTER or words[k].lstrip("و") == "بعد" and k + 1 < len(words)
               and words[k + 1] in ("ان", "أن") for k in range(first, min(first + 2, trig_tok)))


def set_off_by_crowd(words: list[str], crowd: _Draft, created: list[_Draft]) -> bool:
    """Stage (one event per act): whether a crowd's act (a riot or a protest) is told after
    ``بعدما``/``بعد أن`` (``set_off_after`` words) that follows a killing in its sentence (an attack
    on civilians with a toll, or a battle): ``قتل شاب برصاص الجنود، بعدما رشق الأهالي رتلهم
    بالحجارة`` tells what set off the killing, one incident, not a riot of its own; so does a
    crowd's act told before ``قبل أن`` and the fighting or killing it led to. A crowd's act
    with a day or a place of its own told in its clause that is not the killing's (``بعدما تظاهر
    العشرات في مدينة … يوم الثلاثاء الماضي``) is news of its own, no cause (:func:`scene_apart`)."""
    lo = crowd.sentence.first
    marker = next((k for k in range(crowd.trig_first - 1, max(lo, crowd.trig_first - 6) - 1, -1)
                   if words[k].lstrip("و") in _SET_OFF_AFTER
                   or words[k].lstrip("و") == "بعد" and k + 1 < len(words) and words[k + 1] in ("ان", "أن")), None)
    if marker is None:
        # "تجمع حولها عشرات من الأهالي رشق بعضهم العربات بالحجارة، قبل أن يتبادل الجنود وعناصر الحاجز
        # إطلاق النار": the crowd's act, then قبل أن and the fighting it led to, one incident
        return any(d is not crowd and d.trig_first > crowd.trig_last and (d.trigger.event_type == "Battles" or (
            d.trigger.kind == "civ_attack" and d.fatalities)) and _before_that(words, crowd.trig_last, d.trig_first)
            and not scene_apart(crowd, d) for d in created)
    return any(
        d is not crowd and d.trig_last < marker and (d.trigger.event_type == "Battles" or (
            d.trigger.kind == "civ_attack" and d.fatalities)) and not scene_apart(crowd, d) for d in created)


_BEFORE_THAT_REACH = 8


def _before_that(words: list[str], lo: int, hi: int) -> bool:
    """Whether ``قبل أن`` stands between tokens ``lo`` and ``hi``, at most eight words before ``hi``
    (``… قبل أن يتبادل الجنود … إطلاق النار``)."""
    return any(words[k].lstrip("و") == "قبل" and words[k + 1] in ("ان", "أن")
               for k in range(max(lo + 1, hi - _BEFORE_THAT_REACH), hi - 1))


def scene_apart(crowd: _Draft, d: _Draft) -> bool:
    """Stage (one event per act): whether a crowd's act has a day of its own told in its clause
    that is not ``d``'s, or a place named in its clause or sentence that is not ``d``'s: then it
    is not what set ``d`` off, whatever word joins them."""
    if crowd.date is not None and crowd.date_quality >= 2 and crowd.date_range != d.date_range:
        return True
    return (crowd.place is not None and crowd.place_quality >= 2 and bool(crowd.place.place_id)
            and d.place is not None and bool(d.place.place_id) and crowd.place.place_id != d.place.place_id
            and not d.place.unresolved_name)


def fired_to_disperse(words: list[str], protest: _Draft) -> bool:
    """Stage (one event per act): whether a protest's trigger follows a word of dispersal
    (``لتفريق``، ``لفض``) that follows fire (``فتحوا النار لتفريق مظاهرة في بلدة …، ما أدى إلى
    مقتل شاب``): excessive force against protesters (ACLED), one event that keeps the toll; the
    shooting and the dead are no clash nor attack of their own. Dispersal with no fire
    (``تدخلت الأسايش لتفريق المظاهرة``) is a protest with intervention, not this stage's."""
    k = protest.trig_first - 1
    if k < protest.sentence.first or words[k].removeprefix("و") not in _DISPERSE:
        return False
    return not _FIRE_NOUNS.isdisjoint(words[max(protest.sentence.first, k - _DISPERSE_FIRE_REACH):k])


def dated_apart(d: _Draft, created: list[_Draft]) -> bool:
    """Stage: whether a violent event named as the cause or grievance of another (``وقفة احتجاجية
    … تنديداً باستهداف مسيّرة … أمس الجمعة سيارة …``) is news of its own all the same: its own
    clause gives it a single day (not a "since") before the day of every other event of the
    sentence. The protest of today denounces yesterday's strike; both are events (ACLED)."""
    if d.trigger.event_type not in VIOLENT_TYPES or d.date is None or d.date_quality < 2 or d.date.background:
        return False
    if d.date.date_from != d.date.date_to:
        return False
    others = [o for o in created if o is not d]
    return bool(others) and all(o.date is not None and o.date.date_from > d.date.date_to for o in others)


_KNOWN_DETAINEES = _WORDS["known_detainee"]
#: Leading people away (an arrest verb of its own, and the second verb of an abduction).
_LEAD_AWAY = frozenset({"اقتادت", "اقتاد", "اقتادوا", "اقتادتهم", "اقتادوهم", "اقتادته", "اقتادتها", "اقتادوه",
                        "اقتادوها", "اقتاده", "اقتادهم", "اقتادتهما", "اقتادوهما"})


def protest_grievance(words: list[str], protest: _Draft, d: _Draft) -> bool:
    """Stage: whether the event ``d`` told after a protest in its sentence is what the protest
    denounces or demands: a grievance word (``للمطالبة``، ``تنديداً``، ``احتجاجاً``، ``على``،
    ``ضد``; or a ``condemn_verb``, ``تستنكر``) between the protest's trigger and ``d``'s (``وقف عشرات … للمطالبة بالإفراج عن ناشطين
    اعتقلتهم الأسايش قبل يومين``): it is neither the protest met with force nor a new event."""
    if d.trig_first <= protest.trig_last or d.trigger.kind in ("protest", "riot"):
        return False  # (stones thrown are the crowd's own act)
    between = words[protest.trig_last + 1:d.trig_first]
    # (a verb of denouncing counts: "مظاهرة … تستنكر حملة الاعتقالات"، "لافتات تدين القصف")
    return (any(w.lstrip("و") in _GRIEVANCE_MARKERS and w.lstrip("و") != "علي" or w.lstrip("و") in _PROTEST_PURPOSE
                or w.lstrip("و") in _CONDEMN_VERBS for w in between)
            or (bool(between) and between[-1] == "علي"))  # "احتجوا على اعتقال …" (not "على جانبي الطريق")


_UNKNOWN_ATTACKERS = _WORDS["unknown_attacker"]
_ONE_PERSON = _WORDS["one_person"]


_UNDERGO = frozenset({"تعرض", "تعرضت", "يتعرض", "تتعرض", "تعرضوا"})
#: Machine-gun fire words (a clash trigger by themselves: "لرشقات من الرشاشات"، "بالرشاشات الثقيلة").
_MACHINE_GUN_FIRE = _norm("رشقات", "لرشقات", "بالرشاشات", "بالأسلحة")
#: A village or its houses that gunfire hit: a civilian target (ACLED: an attack on civilians).
_FIRED_ON_PLACES = _norm("قرية", "قرى", "منازل", "منزل", "بيوت", "القرية", "المنازل")


def civilians_fired_on(words: list[str], d: _Draft) -> bool:
    """Stage: whether a "clash" is gunfire a civilian target underwent (``تعرض منزل مواطن في حي
    الهلالية لإطلاق نار من قبل مسلحين``، ``تعرضت قرية … لرشقات من الرشاشات الثقيلة مصدرها المخافر
    التركية``): ``تعرض`` up to twelve words before the shooting or machine-gun words, with a
    civilian, a house, a village or civilians between them; or machine-gun fire with houses or a
    village right after it (``استهدفت المخافر التركية بالرشاشات الثقيلة منازل المدنيين``). It is
    an attack on civilians (ACLED), not a battle; a patrol or a checkpoint fired on is a clash."""
    span = words[d.trig_first:d.trig_last + 1]
    if d.trigger is not BATTLE or not (_SHOOTING.intersection(span) or _MACHINE_GUN_FIRE.intersection(span)):
        return False
    lo = max(d.sentence.first, d.trig_first - 12)  # (the target's place and day may stand between)
    undergo = next((k for k in range(d.trig_first - 1, lo - 1, -1) if words[k].lstrip("و") in _UNDERGO), None)
    if undergo is not None and any(w in _CIVILIAN_TARGETS or w.lstrip("و") in _FIRED_ON_PLACES
                                   or _stem(w, _CIVILIAN_PERSONS) is not None for w in words[undergo + 1:d.trig_first]):
        return True
    # "استهدفت المخافر التركية بالرشاشات الثقيلة منازل المدنيين": the civilian target right after the fire
    after = words[d.trig_last + 1:min(d.sentence.last, d.trig_last + 3) + 1]
    return bool(_MACHINE_GUN_FIRE.intersection(span)) and any(
        w in _CIVILIAN_TARGETS or w.lstrip("و") in _FIRED_ON_PLACES for w in after)


#: How far before the fire a civilian its pronoun points back to may be named
#: ("قتلت الخلايا مساء الخميس امرأة في المخيم، بعد أن أطلقت عليها النار").
_SHOT_PERSON_REACH = 15


def fired_at_civilians(words: list[str], d: _Draft) -> bool:
    """Stage: whether a "clash" is fire aimed at civilians: the fire's verb with ``النار`` then
    ``على`` and a civilian (``civilian_person``, not a protester) within two words (``أطلق عناصر
    الجندرما النار على مزارعين في أرضهم``); or fire "at her/him" (``أطلقت عليها النار``،
    ``أطلقوا النار عليه``) whose pronoun points back to a civilian named earlier in the sentence,
    at most ``_SHOT_PERSON_REACH`` words before (``قتلت الخلايا مساء الخميس امرأة …، بعد أن أطلقت
    عليها النار``). Either is an attack on civilians (ACLED), not a battle; fire at a patrol, a
    checkpoint or protesters (a protest with intervention) is not."""
    if d.trigger is not BATTLE or words[d.trig_first].lstrip("وف") not in _FIRE_VERBS:
        return False
    sent = d.sentence
    after = words[d.trig_first + 1:min(sent.last, d.trig_first + 8) + 1]
    if "النار" not in after:
        return False
    fire = d.trig_first + 1 + after.index("النار")

    def civilian(w: str) -> bool:
        return _stem(w, _CIVILIAN_PERSONS) is not None and _stem(w, _PROTESTERS) is None

    at = words[fire + 1:min(sent.last, fire + 3) + 1]
    if at[:1] == ["علي"] and any(civilian(w) for w in at[1:]):
        return True  # "أطلق عناصر الجندرما النار على مزارعين"
    pronoun = words[d.trig_first + 1:fire] + words[fire + 1:fire + 2]
    return not _AT_THEM.isdisjoint(pronoun) and any(
        civilian(w) for w in words[max(sent.first, d.trig_first - _SHOT_PERSON_REACH):d.trig_first])


def _shot_at_by_unknown(words: list[str], d: _Draft) -> bool:
    """Whether a "clash" is one person shot by unknown gunmen (``أطلق مسلحون مجهولون النار
    عليه``، ``برصاص مسلحين مجهولين أطلقوا النار عليها``): fire at one person (a singular pronoun
    after ``النار``) with the shooters unknown is an attack on that person, not a battle."""
    if d.trigger is not BATTLE or "النار" not in words[d.trig_first:d.trig_last + 1] and (
            d.trig_last + 1 >= len(words) or words[d.trig_last + 1] != "النار"):
        return False
    after = words[d.trig_last + 1:d.trig_last + 3]
    return not _ONE_PERSON.isdisjoint(after) and not _UNKNOWN_ATTACKERS.isdisjoint(
        words[max(d.sentence.first, d.trig_first - 6):d.trig_last + 1])


#: Shooting told as one side's fire (``إطلاق نار من المخفر``), and words of two sides fighting
#: (``one_sided_fire``, ``fighting_word`` rows): civilians hit by fire in a sentence with no fighting were shot at.
_ONE_SIDED_FIRE = _WORDS["one_sided_fire"]
_FIGHTING_WORDS = _WORDS["mutual_fight"] | _WORDS["fighting_word"]


def one_sided_shooting(span: list[str]) -> bool:
    """Whether the words ``span`` (a sentence) tell fire by its noun (``إطلاق نار``) and no fighting
    between two sides: whoever it hit was shot at, no party to a clash (:func:`one_sided_fire`,
    :func:`_targeted`)."""
    return _any_stem(span, _ONE_SIDED_FIRE) and not _any_stem(span, _FIGHTING_WORDS)


#: Fire "at him/her/them" (``إطلاق النار عليها``): aimed at the victim the sentence names.
_AT_THEM = frozenset({"عليه", "عليها", "عليهما", "عليهم", "عليهن"})


def _targeted(words: list[str], d: _Draft) -> bool:
    """Whether a civilian's killing was aimed at them: a sniper in the sentence, a figure, or fire
    told as aimed at the victim (``قُتلت لاجئة إثر إطلاق النار عليها من قبل مجهولين``)."""
    sent = d.sentence
    span = words[sent.first:sent.last + 1]
    return (_any_stem(span, _SNIPER)
            or _any_stem(words[d.trig_first:d.trig_last + 1], _FIGURES)
            or any(w == "النار" and nxt in _AT_THEM for w, nxt in zip(span, span[1:]))
            or one_sided_shooting(span))  # "قتل شاب بإطلاق نار أمام منزله"


# --------------------------------------------------------------------------- stage: recaps with an offset

_COMES_VERBS = _WORDS["comes_verb"]
_AFTER_WORDS = _WORDS["after_word"]
_SIMILAR = _WORDS["similar"]
_GENERIC_ATTACKS = _WORDS["generic_attack"]
#: Units of an offset ("بعد أربعة أيام من"): days each, and the range a bare plural means.
_OFFSET_UNITS = {"يوم": 1, "ايام": 1, "يومين": 2, "ليله": 1, "ليلتين": 2, "ساعات": 0, "ساعه": 0, "ساعتين": 0,
                 "اسبوع": 7, "اسبوعين": 14, "اسابيع": 7, "شهر": 30, "شهرين": 60}
_VAGUE_OFFSETS = {"ايام": (1, 10), "اسابيع": (14, 35), "ساعات": (0, 1)}
#: An offset wider than this many days ("بعد أسابيع من") dates nothing: what follows is background.
_VAGUE_DAYS = 10


def _offset(ctx: _Context, a: int, last: int) -> tuple[int, int, int] | None:
    """``(fewest days, most days, token of من/على)`` of an offset after the after-word at
    ``a`` ("بعد أربعة أيام من" → (4, 4, …), "بعد أيام من" → (1, 10, …), "بعد ليلة من"); None when
    none is given or it is a bound ("بعد أقل من شهر"): such a recap cannot be dated."""
    words = ctx.words
    for u in range(a + 1, min(a + 4, last)):
        unit = words[u]
        if unit not in _OFFSET_UNITS:
            continue
        if u + 1 > last or words[u + 1] not in ("من", "علي"):
            return None
        between = words[a + 1:u]
        if any(w in ("اقل", "اكثر") for w in between):
            return None
        if between:
            c = parse_count(ctx.tokens, a + 1)
            if c is None:
                return None
            n = c.value * _OFFSET_UNITS[unit]
            return n, n, u + 1
        lo, hi = _VAGUE_OFFSETS.get(unit, (_OFFSET_UNITS[unit],) * 2)
        return lo, hi, u + 1
    return None


_PRECEDED_VERBS = _WORDS["preceded_verb"]


def preceded_by(ctx: _Context, sent: Sentence, created: list[_Draft]) -> list[_Draft]:
    """Stage: "Y preceded it by N days" (``وسبقت المداهمةَ بيومين وقفةٌ اعتصم خلالها …``،
    ``وسبق ذلك بثلاثة أيام اعتقال …``): a verb of preceding, then within four words ``ب`` and an
    offset (``بيومين``، ``بثلاثة أيام``، ``بأسبوع``). The sentence's events with no day of their
    own are dated that many days before the latest event the article told with a day of its
    own (the one "it" refers to); an event named between the verb and the offset
    (``الاعتقالاتِ``) is that event told again. A vague offset (``بأيام``) or none dates nothing."""
    if not created:
        return created
    words = ctx.words
    verb = None if bare_words(words).isdisjoint(_PRECEDED_VERBS) else next(
        (k for k in range(sent.first, sent.last + 1) if words[k].lstrip("و") in _PRECEDED_VERBS), None)
    if verb is None:
        return created
    days, at = None, verb
    for k in range(verb + 1, min(verb + 5, sent.last + 1)):
        w = words[k]
        if not w.startswith("ب"):
            continue
        unit = w[1:]
        if unit in _OFFSET_UNITS and unit not in _VAGUE_OFFSETS:  # "بيومين"، "بأسبوع"
            days = _OFFSET_UNITS[unit]
        elif k + 1 <= sent.last and words[k + 1] in _OFFSET_UNITS:  # "بثلاثة أيام"
            n = _number_value(unit)
            if n is not None:
                days = n * _OFFSET_UNITS[words[k + 1]]
        if days is not None:
            at = k
            break
    if not days:
        return created
    ref = next((d for d in reversed(ctx.drafts) if d.date is not None and d.date_quality == 2), None)
    if ref is None:
        return created
    # "وسبقت الاعتقالاتِ بيومين …": the event named between the verb and the offset is the one told
    for x in [d for d in created if verb < d.trig_first < at]:
        created.remove(x)
        prior = latest_of_kind(ctx, x.trigger.kind, None)
        if prior is not None:
            prior.spans.append(x.spans[0])
    step, base = dt.timedelta(days=days), ref.date
    assert base is not None  # (ref was chosen with a date)
    for d in created:
        if d.date_quality < 2 and d.trig_first > verb:
            d.date = DateSpan(base.start, base.end, base.text, base.date_from - step, base.date_from - step, 1)
            d.date_quality = 2
            d.notes.append(f"dated {days} days before the event it preceded")
    return created


def _number_value(word: str) -> int | None:
    """The value of a number word or digits (``ثلاثه`` → 3), or None."""
    c = parse_count(tokenise(word), 0)
    return c.value if c is not None and not c.qualifier else None


def comes_after(ctx: _Context, sent: Sentence, created: list[_Draft]) -> list[_Draft]:
    """Stage: "X comes after Y" (``ويأتي القصف بعد أربعة أيام من استهداف قرية …``، ``وجاءت
    التظاهرة بعد ليلة من الغارات``، ``ويأتي ذلك بعد أيام من مقتل …``).

    X, between the verb and the after-word (or a definite trigger before the verb: "إن
    الاتفاق جاء بعد اجتماعات"), is the event just reported: it adds nothing
    (its mention goes as evidence to the latest event of its kind). Y, after the after-word,
    is an earlier event: with an offset it is an event of its own dated that many days
    before X's day (:func:`counted_from`; a range for "أيام"), its kind taken from X when Y is only an
    attack noun (``استهداف``، ``هجوم``); with no offset and no date of its own it is
    background and goes ("وجاء ذلك بعد معارك عنيفة"), and so does one whose only date is vague
    (``الأسبوع الماضي``) or whose offset spans weeks (``بعد أسابيع من التوتر والاشتباكات``).
    """
    words = ctx.words
    verb = None if bare_words(words).isdisjoint(_COMES_VERBS) else next(
        (k for k in range(sent.first, sent.last + 1) if words[k].lstrip("و") in _COMES_VERBS), None)
    if verb is None:
        return created
    after = next((k for k in range(verb + 1, min(verb + 6, sent.last + 1)) if words[k] in _AFTER_WORDS), None)
    if after is None:
        return created
    xs = [d for d in created if d.trig_first < after and (verb < d.trig_first or d.definite)]
    ys = [d for d in created if d.trig_first > after]
    for x in xs:
        prior = latest_of_kind(ctx, x.trigger.kind, None)
        if prior is not None:
            prior.spans.append(x.spans[0])
    kind_of_x = xs[0].trigger if xs else (ctx._prev_violent[-1].trigger if ctx._prev_violent else None)
    off = _offset(ctx, after, sent.last)
    keep = [d for d in created if d not in xs and d not in ys]
    if off is None:  # an earlier event with a day of its own is news ("عقب مظاهرات خرجت الثلاثاء"),
        # not a time reference: it may take the toll told after it ("… عقب اشتباكات اندلعت يوم السبت.
        # وقتل شخصان"); a vague one ("بعد معارك شهدتها المدينة الأسبوع الماضي") is background
        return keep + [d for d in ys if d.date_quality == 2 and d.date is not None and not d.date.background
                       and (d.date.date_to - d.date.date_from).days <= 1]
    lo, hi, frm = off
    if hi - lo > _VAGUE_DAYS:  # "بعد أسابيع من التوتر والاشتباكات": background, no day to give it
        return keep
    if not ys and kind_of_x is not None and frm + 1 <= sent.last and _stem(words[frm + 1], _GENERIC_ATTACKS):
        clause = next(c for c in sent.clauses if c.first <= frm + 1 <= c.last)
        d = ctx._draft(kind_of_x, Match(frm + 1, frm + 1, kind_of_x, ""), clause)
        if d is not None:
            d.found_by = "recap"
            ys = [d]
    when = _counted_span(ctx, xs, after, off)
    told = explicit_date_after(ctx, frm, sent.last)
    for d in ys:
        d.time_reference = True
        if told is not None:  # "بعد شهر على انفجار …، في الحادي عشر من تشرين الأول": the date told beats the count
            d.date, d.date_quality, d.recap = told, 2, False
            continue
        d.date, d.date_quality, d.recap = when, 2, False
        d.notes.append("dated by its offset from the event just reported")
    return keep + ys


def _counted_span(ctx: _Context, xs: list[_Draft], after: int, off: tuple[int, int, int]) -> DateSpan:
    """The days "N days after" (``بعد … من`` from token ``after``) gives the earlier event."""
    lo, hi, frm = off
    base_from, base_to = counted_from(ctx, xs)
    s, e = ctx._orig_span(after, frm - 1)
    return DateSpan(s, e, ctx.nt.original[s:e], base_from - dt.timedelta(days=hi), base_to - dt.timedelta(days=lo),
                    1 if lo == hi and base_from == base_to else 2)


def counted_context_attack(ctx: _Context, sent: Sentence, created: list[_Draft]) -> list[_Draft]:
    """Stage (when): an attack :func:`context_attack` read after the offset of "that comes N days
    after" (``ويأتي ذلك بعد أربعة أيام من هجوم نفذه مجهولون على حاجز …``, a sentence whose first
    event it is: :func:`comes_after` had no kind to give it) is the earlier act, dated by the count
    (:func:`counted_from`), not by the day the text was telling."""
    words = ctx.words
    ctxs = [d for d in created if d.found_by == "context"]
    if not ctxs or bare_words(words).isdisjoint(_COMES_VERBS):
        return created
    verb = next((k for k in range(sent.first, sent.last + 1) if words[k].lstrip("و") in _COMES_VERBS), None)
    if verb is None:
        return created
    after = next((k for k in range(verb + 1, min(verb + 6, sent.last + 1)) if words[k] in _AFTER_WORDS), None)
    if after is None:
        return created
    off = _offset(ctx, after, sent.last)
    if off is None or off[1] - off[0] > _VAGUE_DAYS:
        return created
    for d in ctxs:
        if d.trig_first > off[2] and d.date_quality < 2:
            d.time_reference = True
            d.date, d.date_quality, d.recap = _counted_span(ctx, [], after, off), 2, False
            d.notes.append("dated by its offset from the event just reported")
    return created


def counted_from(ctx: _Context, xs: list[_Draft]) -> tuple[dt.date, dt.date]:
    """Stage (when): the days an offset in "X comes N days after Y" (:func:`comes_after`) counts
    back from: those of X, the event just told (``اغتال مسلحون مساء الاثنين مختاراً … ويأتي ذلك
    بعد أربعة أيام من اغتيال …``: four days before Monday, not before the day of publication).
    X is the earlier event of the kind the sentence names (``ويأتي التفجير``) or, for ``ذلك`` or
    an attack noun, the latest event the article told; its days count when the text gave them
    (its own clause's date or the day the text was telling, a day or two at most, not a "since").
    Otherwise the day of publication, as before.

    Parameters
    ----------
    ctx : _Context
        The article being read (its events told so far).
    xs : list of _Draft
        The sentence's drafts that name X (before the after-word).

    Returns
    -------
    tuple of date
        The first and last day to count back from.
    """
    published = ctx.article.published
    anchor = None
    if xs:
        anchor = latest_of_kind(ctx, xs[0].trigger.kind, None)
    elif ctx.drafts:
        anchor = ctx.drafts[-1]
    if (anchor is None or anchor.date is None or anchor.date.background
            or (anchor.date.date_to - anchor.date.date_from).days > 1 or anchor.date.date_to > published):
        return published, published
    return anchor.date.date_from, anchor.date.date_to


def explicit_date_after(ctx: _Context, first: int, last: int) -> DateSpan | None:
    """Stage (when): the first calendar date (a day and a month, or a year: ``في الحادي عشر من
    تشرين الأول الماضي``) told in tokens ``first..last``, not a "since", or None. An event
    told as coming a count of days before another (``وتأتي تفجيرات اليوم بعد شهر على انفجار
    سيارة مفخخة …، في الحادي عشر من تشرين الأول``) takes that date when its sentence states
    it: a date told beats a count (:func:`comes_after`), as it beats a weekday
    (:func:`pipeline.dates.find_dates`)."""
    return next((d for _, _, d in ctx._dates.between(first, last) if not d.background and is_explicit_date(d.text)),
                None)


def similar_attack(ctx: _Context, sent: Sentence, created: list[_Draft]) -> list[_Draft]:
    """Stage: "a similar attack" (``هجوم مماثل``، ``بضربة مماثلة``، ``استهداف مماثل``) names an
    earlier act of the kind the article just reported: an attack noun takes that kind (the
    last violent event's), a specific trigger (``قصف مماثل``، ``هجوم مماثل بطائرة مسيرة``)
    keeps its own. It is an event only with a date of its own ("في 27 من كانون الأول الماضي،
    … بضربة مماثلة"); with none it is background and goes."""
    words = ctx.words
    out = list(created)
    for k in range(sent.first + 1, sent.last + 1):
        if words[k] not in _SIMILAR:
            continue
        d = next((x for x in out if x.trig_first <= k + 2 and x.trig_last >= k - 1), None)
        if d is None and _stem(words[k - 1], _GENERIC_ATTACKS) is not None:
            kind = next((p.trigger for p in reversed(ctx.drafts) if p.trigger.event_type in VIOLENT_TYPES), None)
            clause = next(c for c in sent.clauses if c.first <= k - 1 <= c.last)
            if kind is not None:
                d = ctx._draft(kind, Match(k - 1, k - 1, kind, ""), clause)
                if d is not None:
                    d.found_by = "similar"
                    out.append(d)
        if d is None:
            continue
        if also_elsewhere(ctx, sent, d):
            d.recap = False  # "كما شهدت مدينة الشدادي وبلدة الهول مظاهرات مماثلة": the same day, elsewhere
        elif d.date_quality < 2 or (d.date is not None and d.date.background):
            out.remove(d)
        else:
            d.recap = False
    return out


_ANOTHER_ACTS = _WORDS["another_act"]


def further_acts(ctx: _Context, sent: Sentence, created: list[_Draft]) -> list[_Draft]:
    """Stage (what): an attack noun with a word of "one more" (``طالت ضربة ثالثة سيارة مدنية``،
    ``واستهدف هجوم آخر نقطة …``) after the article has told a violent event is one more act of
    that kind: an event of the last violent event's kind, in its own clause, dated as the
    sentence is (the same day unless it names another). Not when a trigger already covers it."""
    words = ctx.words
    last = next((p.trigger for p in reversed(ctx.drafts) if p.trigger.event_type in VIOLENT_TYPES), None)
    if last is None:
        return created
    if _ANOTHER_ACTS.isdisjoint(words[sent.first:sent.last + 1]):
        return acts_also_hit(ctx, sent, created, last)
    out = list(created)
    for k in range(sent.first + 1, sent.last + 1):
        if words[k] not in _ANOTHER_ACTS or _stem(words[k - 1], _GENERIC_ATTACKS) is None:
            continue
        if any(x.trig_first <= k and x.trig_last >= k - 1 - 2 for x in out):
            continue  # "قصفت مسيّرة ثانية": the trigger is told already
        clause = next(c for c in sent.clauses if c.first <= k - 1 <= c.last)
        d = ctx._draft(last, Match(k - 1, k, last, ""), clause)
        if d is not None:
            d.found_by = "similar"
            d.recap = False
            out.append(d)
    return out


_ALSO_OPENERS = frozenset({"كما", "وكما"})
#: Sentence openings that add to the news (``كما``، ``يذكر أن``، ``يشار إلى أن``: ``also_opener``).
_ALSO_OPENING = _WORDS["also_opener"]
#: The acts told before, named again as a whole: "وطالت الضربات أيضاً محطة …".
_THE_ACTS = _WORDS["the_acts"]
_ALSO_WORDS = _WORDS["also_told"]


#: Verbs by which the acts told hit one more site: "وطالت الضربات أيضاً …"، "واستهدفت الهجمات كذلك …".
_ACTS_HIT_VERBS = _WORDS["acts_hit_verb"]
#: Words after the acts' noun that still name the strikes told ("الضربات الجوية"، "الهجمات التركية").
_ACTS_SAME_KIND = frozenset(map(normalise_phrase, ("الجوية", "التركية", "المدفعية", "الصاروخية", "الأخيرة",
                                                   "نفسها", "ذاتها")))
_ACTS_NEGATIONS = frozenset(map(normalise_phrase, ("لم", "ولم", "لا", "ولا", "لن", "ولن", "دون", "بدون")))


def the_acts_struck_again(words: list[str], sent: Sentence, k: int) -> bool:
    """Whether the acts' noun at token ``k`` is the remote violence told before striking again: a
    verb of hitting right before it (``طالت``، ``استهدفت``، ``أصابت`` …; not ``أسفرت``, an outcome),
    no other kind named right after it (``الهجمات الإلكترونية``: a definite word that is not a
    strike's own, ``الجوية``، ``التركية`` …), and no negation in its sentence (``ولم تسفر الضربات
    كذلك عن إصابات``)."""
    if k == sent.first or words[k - 1].removeprefix("و").removeprefix("ف") not in _ACTS_HIT_VERBS:
        return False
    nxt = words[k + 1] if k < sent.last else ""
    if nxt.startswith("ال") and nxt not in _ACTS_SAME_KIND:
        return False
    return _ACTS_NEGATIONS.isdisjoint(words[sent.first:sent.last + 1])


def acts_also_hit(ctx: _Context, sent: Sentence, created: list[_Draft], last: Trigger) -> list[_Draft]:
    """Stage (what): the acts just told, named again as a whole with a word of "also" in their
    sentence (``وطالت الضربات أيضاً محطة السعيدة في ريف القامشلي``، ``كما استهدفت الهجمات كذلك
    …``), hit one more site: an event of the last violent event's kind there, in the noun's
    clause, dated as the sentence is. Only when no trigger covers the sentence and its clause names
    a place of its own, not the last violent event's (:func:`further_acts` for "ضربة أخرى")."""
    words = ctx.words
    if created or _ALSO_WORDS.isdisjoint(words[sent.first:sent.last + 1]):
        return created
    k = next((k for k in range(sent.first, sent.last + 1) if words[k] in _THE_ACTS), None)
    if k is None or not the_acts_struck_again(words, sent, k):
        return created
    clause = next(c for c in sent.clauses if c.first <= k <= c.last)
    d = ctx._draft(last, Match(k, k, last, ""), clause)
    told = next((p for p in reversed(ctx.drafts) if p.trigger.event_type in VIOLENT_TYPES), None)
    if (d is None or d.place is None or d.place_quality != 2 or told is None or told.place is None
            or d.place.place_id == told.place.place_id):
        return created  # "وتسببت الضربات أيضاً بانقطاع الكهرباء عن أحياء المدينة": the same place, harm told
    d.found_by, d.recap = "similar", False
    return [d]


def also_elsewhere(ctx: _Context, sent: Sentence, d: _Draft) -> bool:
    """Stage (is it a fact): a "similar" act in a sentence that opens with ``كما`` (also), ``يذكر
    أن`` or ``يشار إلى أن`` (it is noted that: ``also_opener``) or a new
    scene (``وفي بلدة تل تمر، نظم الأهالي وقفة مماثلة``: :func:`new_scene`), at a
    place its own clause names (``كما شهدت مدينة الشدادي وبلدة الهول مظاهرات مماثلة``), adds
    to the news just told: the same kind of act on the same day elsewhere, an event dated as the
    article's last date, not a recap (:func:`similar_attack`). A similar act told as before
    (``وسبق أن شهدت المنطقة هجمات مماثلة``، ``كما شهدت مدينة عامودا مظاهرات مماثلة في أوقات
    سابقة``: a ``past_marker`` in the sentence, not followed by ``اليوم``) or with no place of its
    own stays background."""
    return ((ctx.words[sent.first] in _ALSO_OPENING or new_scene(ctx, sent)) and d.place is not None
            and d.place_quality == 2
            and (d.date is None or not d.date.background)
            and not told_as_before(ctx.words, sent, ctx.article.published.year))


_PAST_MARKERS = _WORDS["past_marker"]
#: Words after a past marker that make it earlier on the same day (``في وقت سابق اليوم``، ``من اليوم``).
_SAME_DAY_AFTER = frozenset(map(normalise_phrase, ("اليوم", "من")))


def told_as_before(words: Sequence[str], sent: Sentence, year: int | None = None) -> bool:
    """Whether the sentence tells its act as before the news: a ``past_marker`` (``سابقة``،
    ``الماضي``، ``وسبق``) stands in it, not followed by ``اليوم`` or ``من`` (``في وقت سابق
    اليوم``، ``في وقت سابق من اليوم``: earlier the same day), or, given the publication's
    year, a year before it (:func:`earlier_year`: ``شهدت عامودا مظاهرات مماثلة عام 2011``).

    Parameters
    ----------
    words : Sequence[str]
        The article's normalised words.
    sent : Sentence
        The sentence to look in.
    year : int or None
        The year the article was published; None looks at past markers only.

    Returns
    -------
    bool
        True when a past marker tells the sentence's act as earlier than the news.
    """
    return (any(words[k] in _PAST_MARKERS and (k + 1 > sent.last or words[k + 1] not in _SAME_DAY_AFTER)
                for k in range(sent.first, sent.last + 1))
            or (year is not None and earlier_year(words, sent.first, sent.last, year) is not None))


def earlier_year(words: Sequence[str], first: int, last: int, year: int) -> int | None:
    """The first year before ``year`` written in ``words[first..last]`` (``عام 2011``، ``في
    2019``، ``ربيع 2012``), else None: an act its stretch dates so is told from before the news,
    never today's. A number of four digits from 1900 on counts as a year."""
    for k in range(max(first, 0), min(last, len(words) - 1) + 1):
        w = words[k]
        if len(w) == 4 and w.isascii() and w.isdigit() and 1900 <= int(w) < year:
            return int(w)
    return None


#: Suffixed forms of the attack nouns: "إثر استهدافهم"، "جراء استهدافه".
_ATTACK_SUFFIXES = ("", "ه", "ها", "هم", "هما")
_ATTACK_FORMS: list[frozenset[str]] = []


def _attack_noun_forms() -> frozenset[str]:
    """Every attack noun (``generic_attack``) behind proclitics with one of :data:`_ATTACK_SUFFIXES`
    after it (``هجوم``، ``باستهدافهم``): a word is one exactly when some suffix ends it and what is
    before the suffix is the noun behind proclitics (``_stem(w[:-len(sfx)], _GENERIC_ATTACKS)``).
    Made once."""
    if not _ATTACK_FORMS:
        forms = proclitic_forms(_GENERIC_ATTACKS)
        _ATTACK_FORMS.append(frozenset(f + sfx for f in forms for sfx in _ATTACK_SUFFIXES))
    return _ATTACK_FORMS[0]


def context_attack(ctx: _Context, sent: Sentence, created: list[_Draft]) -> list[_Draft]:
    """Stage: a sentence that reports casualties and an attack only by its noun (``إثر
    استهدافهم من قبل مسلحين``، ``جراء استهداف موقع عسكري``، ``في هجوم على …``) and no
    trigger word at all (one dropped as a recap or a cause counts) is that attack: of the kind of the article's last remote-violence event
    (a barrage's second site), else an attack on civilians when civilians are hit, else a clash.
    With no attack noun, a missile is the kind of the article's last drone strike or barrage
    (``أما الثانية فأصيبت بصاروخ …، ما أدى إلى مقتل …``; shelling when there is none), and
    gunfire or a sniper does the same (``قتل عنصر برصاص مسلحين مجهولين``
    is a clash, ``أردى قناص شاباً قتيلاً`` an attack on civilians: a sniper's victim is one)."""
    if (created or ctx._trigs.between(sent.first, sent.last)  # the sentence's own words decided
            or not ctx._cas.between(sent.first, sent.last)):
        return created
    words = ctx.words
    # an attack noun behind proclitics, a pronoun suffix after it (_ATTACK_SUFFIXES): one look-up
    attack_forms = _attack_noun_forms()
    at = None if not has_any(words, attack_forms) else next(
        (k for k in range(sent.first, sent.last + 1)
         if words[k] in attack_forms
         and not words[k].lstrip("وفبل").startswith("ال")), None)  # "الهجوم" refers back (bind_toll)
    window = words[sent.first:sent.last + 1]
    offices = proclitic_forms(_CIVIL_OFFICES)  # (civil_official needs one)
    civilians = (not proclitic_forms(_CIVILIAN_PERSONS).keys().isdisjoint(window)
                 or any(civil_official(words, k) for k, w in enumerate(window, sent.first) if w in offices))
    missiles = proclitic_forms(_MISSILES)
    missile = None if at is not None else next(
        (k for k in range(sent.first, sent.last + 1) if words[k] in missiles), None)
    if missile is not None:
        # "أما الثانية فأصيبت بصاروخ قرب …، ما أدى إلى مقتل …": the drone's or the barrage's kind
        at = missile
        prior = next((p for p in reversed(ctx.drafts) if p.trigger.kind in ("shelling", "air")), None)
        trig = prior.trigger if prior is not None else _SHELLING_TRIGGER
    elif at is None:
        # "قتل عنصر من الأسايش برصاص مسلحين مجهولين"، "أردى قناص شاباً قتيلاً": shot dead
        snipers = proclitic_forms(_SNIPER)
        at = next((k for k in range(sent.first, sent.last + 1) if words[k] in _GUNFIRE or words[k] in snipers), None)
        if at is None:
            return created
        trig = CIVILIAN_ATTACK if civilians or _stem(words[at], _SNIPER) is not None else BATTLE
    else:
        # a barrage's or a drone's second site; not a bomb's (one device, one site), nor an
        # attack that gunmen carried out ("في هجوم شنه مسلحون على نقطة عسكرية")
        prior = next((p for p in reversed(ctx.drafts) if p.trigger.kind in _REMOTE), None)
        gunmen = any(w in _GUNMEN for w in words[at + 1:at + 4])
        if prior is not None and prior.trigger.kind in ("shelling", "air") and not gunmen:
            trig = prior.trigger
        else:
            trig = CIVILIAN_ATTACK if civilians else BATTLE
    clause = next(c for c in sent.clauses if c.first <= at <= c.last)
    if (not_a_fact(words, at, trig.kind, clause.first, clause.last) or "منذ" in words[max(clause.first, at - 3):at]
            or proved_false(words, at, sent.last)
            or (at + 1 < len(words) and words[at + 1] in _SIMILAR)):
        return created  # "قتلوا منذ بدء هجوم …": a running total; "هجوم مماثل": similar_attack decides
    d = ctx._draft(trig, Match(at, at, trig, ""), clause)
    if d is None:
        return created
    d.found_by = "context"
    if missile is not None and words[at].lstrip("وفبل").startswith("ال") and prior is not None:
        d.definite = True  # "إن الصاروخ أصاب السيارة …": the strike just told, told again (its place made precise)
    return [*created, d]


_GUNMEN = _WORDS["gunmen"]
_MISSILES = _WORDS["missile"]
_SHELLING_TRIGGER = next(t for t in TRIGGERS if t.kind == "shelling")
_TOWN_KINDS = {"city", "town"}


_PER_TOWN_KINDS = frozenset({"protest", "arrest"})
#: Strikes on a list of towns with no toll: one event per town (with one toll, one event).
_PER_TOWN_STRIKES = frozenset({"air", "shelling"})


def protest_per_town(ctx: _Context, created: list[_Draft]) -> list[_Draft]:
    """Stage: protests in a list of towns (``مظاهرات خرجت الثلاثاء في القامشلي وعامودا
    والدرباسية``) are one event per town (ACLED codes a protest where it happens); the list is
    the run of town names right after one another, after the trigger in its clause. So are
    arrests, whose list may also come before the trigger in its clause (``نقاط تفتيش مؤقتة في
    القامشلي وعامودا والدرباسية، واقتادت عشرات الشبان``), and air strikes and shelling with
    no toll (``طال القصف محطتي الكهرباء في مدينتي عامودا والقحطانية``; with one toll, one
    event at the site it is reported from). Towns that end a road (``على طريق القامشلي –
    عامودا``، ``بين مدينتي …``) are one road."""
    out: list[_Draft] = []
    for d in created:
        out.append(d)
        if d.place is None or (d.trigger.kind not in _PER_TOWN_KINDS and not (
                d.trigger.kind in _PER_TOWN_STRIKES and not ctx._cas.between(d.sentence.first, d.sentence.last))):
            continue  # (a strike whose sentence tells a toll is one event, where the toll is reported)
        clause = next(c for c in d.sentence.clauses if c.first <= d.trig_first <= c.last)
        towns: list[tuple[int, Mention]] = []
        # (arrests at checkpoints set up "في القامشلي وعامودا والدرباسية، واقتادت …": the list may come first)
        # (and towns that "saw" protests: "كما شهدت مدينة الشدادي وبلدة الهول مظاهرات مماثلة")
        lo = clause.first if d.trigger.kind == "arrest" or saw_protests(ctx, d, clause) else d.trig_last + 1
        last_tok = -9
        for i, m in ctx._places.between(lo, clause.last):
            if m.kind not in _TOWN_KINDS:
                continue
            if towns and i - last_tok > 1:
                break
            towns.append((i, m))
            last_tok = max(i, ctx._tok_of(m.end - 1))  # ("مدينة الشدادي وبلدة الهول": from the end of the one before)
        if len(towns) < 2 or all(m.place_id != d.place.place_id for _, m in towns):
            continue
        if any(w in _ROAD_HEADS or w == "بين" for w in ctx.words[max(0, towns[0][0] - 4):towns[0][0]]):
            continue  # "على طريق القامشلي – عامودا"، "الطريق الواصل بين مدينتي …": one road, not two towns
        d.place = towns[0][1]
        out += [replace(d, place=m, spans=list(d.spans), notes=list(d.notes)) for _, m in towns[1:]]
    return out


_PRETEXT_WORDS = _WORDS["pretext_word"]


def protest_as_pretext(words: list[str], arrest: _Draft, protest: _Draft) -> bool:
    """Stage (one act or two): whether the protest is what the arrest is blamed on, named after
    a word of charge or pretext between the two (``اعتقلت الأسايش ثلاثة ناشطين بدعوى تنظيمهم
    مظاهرة``، ``بتهمة المشاركة في اعتصام``، ``بحجة``، ``على خلفية``: ``pretext_word``): an earlier
    act of its own, not the protest the arrests broke up (:func:`one_event_per_act`)."""
    return arrest.trig_last < protest.trig_first and any(
        w.lstrip("و") in _PRETEXT_WORDS for w in words[arrest.trig_last + 1:protest.trig_first])


_IN_ADDITION = _WORDS["in_addition"]


def one_more_added(ctx: _Context, i: int, clause: Clause) -> bool:
    """Stage (what): whether the trigger at token ``i``, of a kind its clause told already, is one
    more act added to it (``تظاهر العشرات في عامودا، إضافة إلى إضراب عام في مدينة المالكية``،
    ``فضلا عن مظاهرة في …``: ``in_addition`` at most two words before it) at a settlement its own
    comma stretch names, not the first act's: an event of its own there. With no place of its own
    (``إضافة إلى إضراب للمحال``) it is the same act told again."""
    words = ctx.words
    if not any(w.lstrip("و") in _IN_ADDITION for w in words[max(clause.first, i - 2):i]):
        return False
    first, last = ctx._stretch(i)
    own = {m.place_id for _, m in ctx._places.between(i + 1, min(last, clause.last)) if m.kind in _TAKEN_KINDS}
    before = {m.place_id for _, m in ctx._places.between(clause.first, i - 1)}
    return bool(own - before)


#: Settlements a takeover of a list takes one by one (ACLED: territory is coded where it changed hands).
_TAKEN_KINDS = frozenset({"city", "town", "village"})
#: The villages just named, taken "على تلك القرى" (``taken_back``).
_TAKEN_BACK = _WORDS["taken_back"]


def villages_taken(ctx: _Context, created: list[_Draft]) -> list[_Draft]:
    """Stage: a takeover of a list of settlements (``سيطرت الفصائل على قرى خربة السنديان وتل الورد
    ومزرعة الريحان``) is one event per settlement, each village the text names even when the
    gazetteer lacks it (ACLED codes territory where it changed hands); the list is the run of
    village and town names right after the trigger in its clause. A takeover of "those villages"
    (``أسفر الهجوم عن سيطرتهم على تلك القرى``: ``taken_back`` right after على) takes every
    village named before it in its clause. Towns that end a road (``على طريق تل تمر - رأس
    العين``) are no list."""
    out: list[_Draft] = []
    words = ctx.words
    for d in created:
        out.append(d)
        if d.trigger.kind != "takeover":
            continue
        clause = next(c for c in d.sentence.clauses if c.first <= d.trig_first <= c.last)
        on = next((j for j in range(d.trig_first, min(clause.last, d.trig_first + _CONTROL_TOLD_GAP + 2) + 1)
                   if words[j] == "علي"), None)
        if on is not None and taken_back(words, on + 1, clause.last):
            towns = [(i, m) for i, m in ctx._places.between(clause.first, d.trig_first - 1)
                     if m.kind == "village" and not on_a_road(words, i)]
        else:
            towns = []
            last_tok = -9
            for i, m in ctx._places.between(d.trig_last + 1, clause.last):
                if m.kind not in _TAKEN_KINDS:
                    if towns:
                        break
                    continue
                if towns and i - last_tok > 1:
                    break
                towns.append((i, m))
                last_tok = max(i, ctx._tok_of(m.end - 1))
        if len({(m.place_id, m.unresolved_name) for _, m in towns}) < 2:
            continue
        if any(on_a_road(words, i) for i, _ in towns):
            continue
        d.place = towns[0][1]
        out += [replace(d, place=m, spans=list(d.spans), notes=list(d.notes)) for _, m in towns[1:]]
    return out


def taken_back(words: list[str], k: int, last: int) -> bool:
    """Whether the object at token ``k`` refers back to the villages just named: ``القرى``،
    ``القريتين`` (``taken_back`` rows that are no demonstrative), alone or after ``تلك``/``هذه``
    (``على تلك القرى``); ``على تلك المنطقة`` is no list."""
    if k > last:
        return False
    if words[k] in _DEMONSTRATIVE_BACK:
        k += 1
    return k <= last and words[k] in _TAKEN_BACK and words[k] not in _DEMONSTRATIVE_BACK


_DEMONSTRATIVE_BACK = frozenset({"تلك", "هذه"})


def on_a_road(words: list[str], i: int) -> bool:
    """Whether the place at token ``i`` ends a road or stands in a "between" (``على طريق تل تمر –
    رأس العين``، ``بين مدينتي …``، ``على محور …``): a road, not a settlement of a list."""
    return any(w.lstrip("و") in _ROAD_HEADS or w in ("بين", "محور") for w in words[max(0, i - 4):i])


_SAW_VERBS = frozenset(map(normalise_phrase, ("شهدت", "شهد", "تشهد", "يشهد")))
_STRIKE_TARGETS = _WORDS["strike_target"]
_STRIKE_TARGET_FORMS = frozenset(proclitic_forms(_STRIKE_TARGETS))
#: What a second target's own place may be: a settlement or an area, not a governorate.
_TARGET_PLACE_KINDS = frozenset({"city", "town", "village", "area", "subdistrict"})


def targets_apart(ctx: _Context, created: list[_Draft]) -> list[_Draft]:
    """Stage: a drone strike or shelling whose clause goes on to a second target at a place of
    its own, in a comma stretch of its own opened by و and a site (``استهدفت المسيرات محطة
    الكهرباء في مدينة عامودا، ومحطة التحويل الشمالية في مدينة القامشلي``، ``، ومنشأة نفطية قرب
    قرية …``; ``strike_target`` words), is one strike at each place (ACLED: one event per place
    and day). Not when the stretch has a trigger of its own (it is its own event), nor when its
    sentence tells a toll (one barrage, coded where the toll is reported), nor for a place the
    strike already has."""
    out: list[_Draft] = []
    words = ctx.words
    for d in created:
        out.append(d)
        if (d.trigger.kind not in _PER_TOWN_STRIKES or d.place is None or not d.place.place_id
                or ctx._cas.between(d.sentence.first, d.sentence.last)):
            continue
        clause = next(c for c in d.sentence.clauses if c.first <= d.trig_first <= c.last)
        seen = {x.place.place_id for x in out if x.place is not None and x.sentence is d.sentence}
        starts = [k for k in ctx._comma_toks if d.trig_last < k <= clause.last]
        split = False
        for n, s in enumerate(starts):
            w = words[s]
            # (the object's accusative alif is no part of the noun: "، ومستودعاً للوقود"، "، وحاجزاً")
            if not w.startswith("و") or not {w[1:], w[1:].removesuffix("ا")} & _STRIKE_TARGET_FORMS:
                continue
            end = min(clause.last, starts[n + 1] - 1) if n + 1 < len(starts) else clause.last
            if ctx._trigs.between(s, end):
                continue  # "، وقصفت المدفعية …": an event of its own
            m = next((m for i, m in ctx._places.between(s, end) if m.kind in _TARGET_PLACE_KINDS and m.place_id
                      and own_locative(words, s, i)), None)
            if m is None:
                continue
            if not split:  # the first target's own place is a strike too ("محطة … في مدينة عامودا، ومحطة …")
                split = True
                head = next((h for _, h in ctx._places.between(d.trig_first, s - 1)
                             if h.kind in _TARGET_PLACE_KINDS and h.place_id and h.place_id not in seen), None)
                if head is not None and head.place_id != m.place_id:
                    seen.add(head.place_id)
                    out.append(replace(d, place=head, spans=list(d.spans), notes=list(d.notes)))
            if m.place_id not in seen:
                seen.add(m.place_id)
                out.append(replace(d, place=m, spans=list(d.spans), notes=list(d.notes)))
    return out


#: Words that place a second target (``في``، ``قرب``، ``بالقرب من``، ``داخل``): its own locative.
_LOCATIVES = frozenset({"في", "قرب", "بالقرب", "داخل", "وسط", "جنوب", "شمال", "شرق", "غرب", "جنوبي", "شمالي",
                        "شرقي", "غربي", "بمحيط", "محيط", "اطراف", "باطراف"}) | _WORDS["near"]


def own_locative(words: list[str], s: int, i: int) -> bool:
    """Stage (where): whether the place at token ``i`` in the comma stretch from ``s`` places the
    second target: a locative before it (``في``، ``قرب``، ``بالقرب من``، ``_LOCATIVES``; a head noun
    may stand between: ``في مدينة القامشلي``) or one fused to it (``بمدينة``، ``بالقامشلي``), and no
    relative clause between the target and it. A town named in what the target is (``ومحطة
    الضخ التي تغذي مدينة الحسكة``) or whose it is (``ومنزلاً يعود لعائلة من مدينة عامودا``) is no
    strike's place."""
    if any(w in _RELATIVES or w in _RELATIVE_PRONOUNS for w in words[s:i]):
        return False
    if words[i][:1] == "ب" and len(words[i]) > 3:
        return True  # ("بمدينة عامودا"، "بالقامشلي")
    k = i - 1
    while k > s and words[k].lstrip("و") in _PLACE_HEADS:
        k -= 1
    if words[k] == "من" and k > s and words[k - 1] == "بالقرب":
        return True
    return words[k].lstrip("و") in _LOCATIVES


def saw_protests(ctx: _Context, d: _Draft, clause: Clause) -> bool:
    """Whether the protest ``d`` is what the towns before it "saw" (``كما شهدت مدينة الشدادي
    وبلدة الهول مظاهرات مماثلة``): the towns, the verb's subject, come before the trigger and
    are each a protest's place (:func:`protest_per_town`)."""
    return d.trigger.kind == "protest" and any(
        w.removeprefix("و") in _SAW_VERBS for w in ctx.words[clause.first:d.trig_first])


# --------------------------------------------------------------------------- stage: where

#: Proximity before a place: near it, approaching it — not at it.
_NEAR = _WORDS["near"]
_NEAR_VERBS = _WORDS["near_verb"]
#: Kinds that happen at a place, never near it: a place only approached is not taken.
_AT_PLACE = {"takeover", "transfer"}


_DESTINATIONS = DESTINATIONS  # place_words.csv, shared with pipeline.places
_PLACE_HEADS = _WORDS["place_head"]
#: Kinds whose place is where forces went (reinforcements brought "إلى محيط الحي"), not where they came from.
_TO_PLACE = {"deployment"}


_DESTINATION_VERBS = _WORDS["destination_verb"]


def _direction(words: list[str], i: int, lo: int | None = None) -> str:
    """``"to"`` when the place named at token ``i`` follows a direction word (``باتجاه``،
    ``نحو``، ``إلى``: maybe with a head noun between, ``نحو قرى ذبانة``) or, up to three
    words before it, a verb of heading for a place (``قصد آخرون مدينة الحسكة``), ``"from"``
    after ``من``, else ``""``. A place joined by و to a destination named before it in its
    comma stretch (first token ``lo``; without it, four words back) goes there too; a name of a
    list opened by ``مثل``، ``بينها`` … after villages goes where the villages do."""
    k = i - 1
    while k >= 0 and i - k <= 3 and (words[k] in _PLACE_HEADS or words[k].lstrip("و") in _PLACE_HEADS):
        k -= 1  # ("وسط" keeps its own و)
    if k < 0:
        return ""
    if words[k] in AMONG_THEM_LAST_WORDS:  # "لجأوا إلى قرى في العمق مثل النوفلية": as the villages the list names
        head = next((j for j in range(k - 1, max(-1, k - 7), -1) if _stem(words[j], _VILLAGE_PLURALS) is not None), None)
        if head is not None:
            return _direction(words, head, lo)
    w = words[k].lstrip("و")
    if w not in _DESTINATIONS and w != "من" and any(
            x.lstrip("وف") in _DESTINATION_VERBS for x in words[max(0, k - 2):k + 1]):
        return "to"  # "بينما قصد آخرون مدينة الحسكة": the verb's object is where they went
    if w not in _DESTINATIONS and w != "من" and words[k + 1].startswith("و") and k > 0:
        # "باتجاه الأرياف ومدينة القامشلي": a place joined by و to a destination is one too, and so
        # is one joined to a destination of a few words ("باتجاه أحياء وسط المدينة والمربع الأمني")
        for j in range(k - 1, max(-1, k - 5) if lo is None else lo - 1, -1):
            w = words[j].lstrip("و")
            if w in _DESTINATIONS or w == "من" or words[j] in _CLAUSE_BREAKS:
                break
    return "to" if w in _DESTINATIONS else "from" if w == "من" else ""


_FIGHT_SPREAD_VERBS = _WORDS["fight_spread_verb"]
#: How far back from a place's في the destination word of the phrase it closes may stand.
_SHELTER_REACH = 4


#: Words of nearness after a plural of places (``around``; :func:`surroundings_of` reads them too).
_NEIGHBOURING = _WORDS["around"]


def neighbouring_villages(words: list[str], clause: Clause) -> bool:
    """Stage (where): whether a clause names villages only as those around the scene told
    before (``من القرى المجاورة``، ``من القرى المحيطة``): a ``village_plural`` word right before a
    word of nearness."""
    return any(_stem(words[k], _VILLAGE_PLURALS) is not None and words[k + 1] in _NEIGHBOURING
               for k in range(clause.first, clause.last))


def sheltered_in(words: list[str], i: int) -> bool:
    """Stage (where): whether the place at token ``i`` says where a destination named just before
    it lies (``إلى مدارس الإيواء في مدينة الحسكة``، ``باتجاه مخيمات في ريف القامشلي``): right
    behind في (a head noun may stand between), with a direction word (``إلى``، ``باتجاه``،
    ``نحو``) at most :data:`_SHELTER_REACH` words before that في and no من between. Families
    displaced went there; they fled from elsewhere (:func:`destination_filter`)."""
    k = i - 1
    while k >= 0 and i - k <= 3 and words[k].lstrip("و") in _PLACE_HEADS:
        k -= 1
    if k < 1 or words[k] != "في":
        return False
    for j in range(k - 1, max(-1, k - 1 - _SHELTER_REACH), -1):
        w = words[j].lstrip("و")
        if w == "من" or words[j] in _CLAUSE_BREAKS:
            return False
        if w in _DESTINATIONS:
            return True
    return False


_IN_TOWN_POINTS = frozenset({"neighbourhood", "roundabout", "street", "landmark"})


def agreement_in_town(trig: Trigger, place: Mention | None) -> bool:
    """Stage (where): whether an agreement was placed at a quarter, roundabout, street or
    landmark of a town (``ولم تصمد هدنة أعلن عنها …، إذ تجدد إطلاق النار في محيط المربع
    الأمني``: the place of the fighting told beside it). A truce covers the town and is coded
    at the town (or the airport where it was signed, ACLED): the article's city, then."""
    return trig.kind == "agreement" and place is not None and place.kind in _IN_TOWN_POINTS


def fighting_moved(words: list[str], trig_tok: int, trig: Trigger) -> bool:
    """Stage (where): whether the fighting told by the trigger at ``trig_tok`` moved on
    (``انتقلت الاشتباكات إلى حي الزهور``، ``امتدت المواجهات إلى وسط المدينة``: a
    ``fight_spread_verb`` at most two words before it): then where it went is where it was."""
    return trig.event_type in _FIGHTING and any(
        w.lstrip("و") in _FIGHT_SPREAD_VERBS for w in words[max(0, trig_tok - 2):trig_tok])


def destination_filter(words: list[str], cands: list, trig: Trigger, moved: bool = False,
                       stretch_first: Callable[[int], int] | None = None) -> list:
    """Stage: a destination is not where an event happened. Families fleeing ``من حي طي
    باتجاه قرى الريف`` are displaced from Tayy; clashes that drove them ``نحو قرى ذبانة`` were
    not in Dhubana. Reinforcements are the opposite: brought ``من مدينة الحسكة إلى محيط الحي``,
    they are placed where they went, and so is fighting that moved on (:func:`fighting_moved`).
    When only destinations are named, the event has no place
    of its own there (the caller looks wider, then falls back to the article's city).
    ``stretch_first`` gives the first token of a token's comma stretch: a place joined by و to a
    destination is one as far back as that (:func:`_direction`)."""
    unwanted = "from" if trig.kind in _TO_PLACE or moved else "to"
    kept, prev_i, prev_dir = [], -9, ""
    for c in sorted(cands, key=lambda c: c[0]):
        d = _direction(words, c[0], stretch_first(c[0]) if stretch_first else None)
        if not d and trig.kind == "displacement" and sheltered_in(words, c[0]):
            d = "to"  # "وصلت 200 عائلة إلى مدارس الإيواء في مدينة الحسكة": where they went
        if not d and c[0] - prev_i <= 3:
            d = prev_dir  # "نحو قرى ذبانة وتل عودة في الريف الجنوبي": the whole list goes one way
        prev_i, prev_dir = c[0], d
        if d != unwanted:
            kept.append(c)
    return kept


_BEARINGS = _WORDS["bearing"]
_LANDMARK_WORDS = _WORDS["landmark"]


def bearing_place(ctx: _Context, i: int) -> bool:
    """Stage (where): whether the place named at token ``i`` only says where something else is:
    a bearing that opens its comma stretch (``عند حاجز على مدخل القامشلي، شمال شرقي الحسكة``:
    Qamishli lies north-east of Hasakah, nothing happened in Hasakah; ``bearing`` words, a head
    noun may stand between) or a landmark one faces (``قبالة مدينة نصيبين``: the other side of
    the border; ``landmark`` words). Such a place is never an event's."""
    words = ctx.words
    k = i - 1
    while k >= 0 and i - k <= 2 and words[k].lstrip("و") in _PLACE_HEADS:
        k -= 1
    if k >= 0 and words[k].lstrip("و") in _LANDMARK_WORDS:
        return True
    n = 0
    while k >= 0 and n < 2 and words[k] in _BEARINGS:
        k, n = k - 1, n + 1
    return n > 0 and ctx._segment(k + 1) != ctx._segment(k)


#: How far before a bearing the place it situates may be named (its aliases in brackets between).
_BEARING_OF_REACH = 4


def bearing_of_another(words: list[str], i: int, others: list[int]) -> bool:
    """Stage (where): whether the place at token ``i`` follows a bearing (``شرقي``، ``جنوب``; a
    head noun may stand between) right after another candidate place (``بلدة الجوادية (جل آغا)
    شرقي القحطانية``; up to four words before the bearing): it only says where that place lies,
    so it is not the event's (:func:`bearing_place` is the case of a bearing opening its stretch)."""
    k = i - 1
    while k >= 0 and i - k <= 2 and words[k].lstrip("و") in _PLACE_HEADS:
        k -= 1
    n = 0
    while k >= 0 and n < 2 and words[k] in _BEARINGS:
        k, n = k - 1, n + 1
    return n > 0 and any(0 <= k - o < _BEARING_OF_REACH for o in others if o != i)


_HAPPENED = _WORDS["happened_verb"]
_WHAT = _WORDS["what_pronoun"]


def another_acts_place(ctx: _Context, trig_tok: int, i: int) -> bool:
    """Stage (where): whether the place named at token ``i`` is the place of another act the
    sentence tells around the event at ``trig_tok``, not the event's:

    - what happened there (``خشية تكرار ما جرى في رأس العين``، ``كما حدث في مدينة …``: ``ما``
      and a ``happened_verb`` at most four words before it, the trigger not between): an
      earlier event the text compares with;
    - an attempt told in a comma stretch of its own (``حين حاولت دورية احتجاز شاب عند دوار
      الوحدة، لتندلع اشتباكات داخل الحي``: an ``attempt`` word before the place in its stretch,
      the trigger outside it): where the attempt was, not where the fighting it set off was.
      A place the attempt headed for (``حاولت … التسلل إلى قرية …``) is where the fighting was
      and stays.

    The event keeps its own clause's place (a back-reference ``الحي`` included), else the
    article's; never the other act's."""
    words = ctx.words
    for k in range(max(0, i - 4), i - 1):
        if words[k].lstrip("و") in _WHAT and words[k + 1] in _HAPPENED and not k <= trig_tok < i:
            return True
    first, last = ctx._stretch(i)
    if told_in_a_relative_clause_of_a_place(ctx, trig_tok, i, last):
        return True
    if first <= trig_tok <= last:
        return False
    own_first, own_last = ctx._stretch(trig_tok)
    if i < own_first and after_stretch(words, own_first, trig_tok) and any(
            m.kind not in ("country", "region") for _, m in ctx._places.between(own_first, own_last)):
        # "قُتل شاب قرب قرية …، بعدما تظاهر العشرات في مدينة …": the act told after بعدما names a
        # place of its own; the place before is the killing's, not the protest's
        return True
    # an approach ("اقتربت … من قرية …، واندلعت اشتباكات") brings the fight to the place; only a try is elsewhere
    return any(_stem(w, _TRYING) is not None for w in words[first:i]) and _direction(words, i) != "to"


def told_in_a_relative_clause_of_a_place(ctx: _Context, trig_tok: int, i: int, last: int) -> bool:
    """Whether the place at token ``i`` lies in a relative clause (``الذي``، ``التي`` … after the
    trigger) that hangs on a place named right before it and tells an act of its own (a trigger
    in it up to ``last``, the end of its comma stretch): ``قتل شاب … في حي طي الذي شهد قبل يومين
    اشتباكات عند دوار الوحدة``: the roundabout is the earlier clashes' place; the quarter is the
    event's. A relative clause on the act's own noun (``في القصف الذي استهدف حي طي``) hangs on no
    place and still places it."""
    words = ctx.words
    rel = next((k for k in range(i - 1, trig_tok, -1) if words[k] in _RELATIVES), None)
    if rel is None or rel == 0:
        return False
    on_place = any(ctx._tok_of(m.end - 1) == rel - 1 for _, m in ctx._places.between(max(0, rel - 6), rel - 1))
    return on_place and bool(ctx._trigs.between(rel + 1, last))


_SIDE_WORDS = _WORDS["side_word"]


_STATIONED = _WORDS["stationed"]
#: Event types placed where the act struck (not where the side doing it is stationed).
#: How far before a place its word of being stationed may stand (في، قرب، a head noun between).
_STATIONED_GAP = 4


def stationed_place(words: list[str], i: int) -> bool:
    """Stage (where): whether the place named at token ``i`` only says where a side is stationed
    (``قوات النظام المتمركزة في المربع الأمني``، ``المنتشرة قرب قرية …``): a ``stationed`` word at
    most a few words before it. The side's position is not where the act it does happened (the
    quarter it shells is); the caller keeps it when it is the only place named."""
    return any(_stem(words[k], _STATIONED) is not None for k in range(max(0, i - _STATIONED_GAP), i))


_IN_BRACKETS_BEFORE = re.compile(r"\s*[(\[]\s*$")
_IN_BRACKETS_AFTER = re.compile(r"\s*[)\]]")


def other_name_in_brackets(ctx: _Context, m: Mention) -> bool:
    """Stage (where): whether mention ``m`` is only another name, in brackets, of the place named
    right before it (``في ريف مدينة ديرك (المالكية)``، ``مدينة ديرك (المالكية)``): the same place,
    or the town of the area named before it. The place before it says where; the bracket is
    no place of its own (a name of another place in brackets is left alone)."""
    if m.place_id is None:
        return False
    text = ctx.nt.original
    if not _IN_BRACKETS_AFTER.match(text, m.end):
        return False
    before = _IN_BRACKETS_BEFORE.search(text, max(0, m.start - 4), m.start)
    if before is None:
        return False
    prev = next((p for _, p in reversed(ctx.place_toks) if p.end <= before.start() and p.end >= before.start() - 1), None)
    if prev is None or prev.place_id is None:
        return False
    return prev.place_id == m.place_id or m.place_id in ctx.gaz.ancestor_ids(prev.place_id)


def named_as_a_side(words: list[str], i: int) -> bool:
    """Stage (where): whether the place named at token ``i`` only says from which side (``من جهة
    دوار الوحدة``، ``من ناحية …``: a checkpoint at the entrance of the quarter on the roundabout's
    side): the event is at the place the side is of (named or referred back to: ``مدخل الحي``)."""
    return i >= 2 and words[i - 1] in _SIDE_WORDS and words[i - 2] == "من"


def referred_back_in_own_stretch(ctx: _Context, trig_tok: int, clause: Clause, best: tuple) -> Mention | None:
    """Stage (where): a place the event's own comma stretch refers back to (``قصفت … مباني قريبة من
    السجن``: :func:`the_neighbourhood`) when the place chosen in the sentence, ``best``, lies in
    another stretch and is coarser (``وسط تحليق للمروحيات فوق المدينة``): the event's own
    words place it; None otherwise."""
    first, last = ctx._stretch(trig_tok)
    first, last = max(first, clause.sentence.first), min(last, clause.sentence.last)
    if first <= best[0] <= last:
        return None
    own = the_neighbourhood(ctx, Clause(first, last, clause.sentence))
    if own is None or SPECIFICITY.get(own.kind, 9) >= SPECIFICITY.get(best[1].kind, 9):
        return None
    return own


def in_other_event_clause(ctx: _Context, clause: Clause, i: int) -> bool:
    """Stage: whether the place at token ``i`` lies in another clause of ``clause``'s sentence
    that tells an event of its own (a trigger there): "ينتشر عناصر الأسايش بكثافة في
    الأحياء، في وقت رفعت قوات النظام جاهزيتها داخل المربع الأمني": the square is the second
    clause's place, not the first's."""
    other = next((c for c in clause.sentence.clauses if c is not clause and c.first <= i <= c.last), None)
    return other is not None and bool(ctx._trigs.between(other.first, other.last))


#: Kinds of place that hold landmarks: one of them named beside a landmark told back that it
#: does not hold is the event's scene (:func:`locate`).


def told_back_landmark(ctx: _Context, cand: tuple) -> bool:
    """Whether the place candidate ``(token, mention, near)`` is a landmark referred back to
    (``السجن``, "the prison" for the prison named before: :func:`pipeline.places.landmarks_told_back`)."""
    i, words = cand[0], ctx.words
    return cand[1].how == "anaphora" and (words[i] in LANDMARK_BACK_FORMS or (
        words[i] == "the" and i + 1 < len(words) and words[i + 1] in LANDMARK_NOUNS))


def locate(ctx: _Context, trig_tok: int, clause: Clause, trig: Trigger) -> tuple[Mention | None, int]:
    """Stage: where an event happened, and how sure (2 named in its clause or sentence, 0 the
    article's city).

    The most specific place of the clause (a roundabout beats a neighbourhood beats a city),
    nearest the trigger, then of the sentence. Proximity is not location: a place only
    approached (``اقتربت قوات … من``) is used only when no other place is named and is then
    marked near (approximate, with a note); a place the event is near (``على مقربة من``،
    ``بالقرب من``، ``قرب``) is where ACLED places it, marked near too. Neither is ever the
    place of a takeover or a handover of territory: the forces got close, they took nothing
    there.
    """
    for lo, hi in ((clause.first, clause.last), (clause.sentence.first, clause.sentence.last)):
        if lo == clause.sentence.first and hi == clause.sentence.last and (clause.first, clause.last) != (lo, hi):
            hood = the_neighbourhood(ctx, clause)
            if hood is not None:  # "…، في حين دعّمت الأسايش مواقعها داخل الحي": its own clause's place
                return hood, 1
        cands = [(i, m, ctx._near(i)) for i, m in ctx._places.between(lo, hi) if m.kind not in ("country", "region")]
        if (lo, hi) != (clause.first, clause.last):
            cands = [c for c in cands if not in_other_event_clause(ctx, clause, c[0])]
        # "اعتصم الأهالي في عامودا، رافعين صور مقاتلين قتلوا في عفرين": a place of the area named with
        # a town outside it holds the event (the far town is what it is about); a place the text itself
        # puts out there ("قرب بلدة الزر في ريف دير الزور", a name the gazetteer lacks) keeps its claim
        cands = [c for c in cands if not (_outside_area(ctx, c[1]) and not c[1].unresolved_name)] or cands
        if not cands:
            continue
        cands = destination_filter(ctx.words, cands, trig, fighting_moved(ctx.words, trig_tok, trig),
                                   lambda i: ctx._stretch(i)[0])
        # (the act told again, "الطائرة استهدفت …", is not moved by where its victims came back from)
        told = ctx.trig_prefix.get(trig_tok, "").endswith("ال")
        cands = [c for c in cands if not _behind_a_cause(ctx, trig_tok, c[0]) and not reporter_place(ctx.words, c[0])
                 and not canton_name(ctx.words, c[0])
                 and not evacuation_place(ctx.words, c[0], clause.sentence.first)
                 and not bearing_place(ctx, c[0])
                 and not grievance_place(ctx, trig, trig_tok, c[0])
                 and not another_acts_place(ctx, trig_tok, c[0])
                 and not named_as_a_side(ctx.words, c[0])
                 and not (told and coming_back_from(ctx.words, trig_tok, c[0]))]
        if not cands:
            continue
        cands = [c for c in cands if not other_name_in_brackets(ctx, c[1])] or cands
        # "الحسكة.. قصف جوي يستهدف سيارة قرب القامشلي": the headline's label is no scene when its act names one
        labels = [c for c in cands if headline_label(ctx, clause, trig_tok, c[1])]
        others = [c for c in cands if c not in labels]
        if not (labels and others and trig.kind == "protest"
                and all(demanded_place(ctx.words, trig_tok, c[0]) for c in others)):
            cands = others or cands
        else:  # "الحسكة.. مظاهرة تطالب بالإفراج عن معتقلين في سجن القامشلي": the label is where it was held
            cands = labels
        if trig.event_type in VIOLENT_TYPES:  # (a deployment's place is where forces are stationed)
            cands = [c for c in cands if not stationed_place(ctx.words, c[0])] or cands
        if trig.kind in _AT_PLACE:
            # "سيطرت الفصائل على قريتين في محيط بلدة تل تمر"، "… على ثلاث قرى قرب عامودا": ground
            # taken around a town is in the town's countryside, when no place of its own is named
            # (the edge of a place with no countryside row, "محيط مطار القامشلي"، "أطراف حي الطي", stays
            # that place, as before)
            around = {i: a for i, m, near in cands if near == "near" or at_the_edge(ctx.words, i)
                      if (a := countryside_around(ctx, i, m)) is not None}
            cands = [c for c in cands if not c[2] and c[0] not in around] or [(i, a, "") for i, a in around.items()]
        else:
            cands = [c for c in cands if c[2] != "approached"] or cands
            # "في حي حلكو قرب مطار القامشلي": a place near which the place just named lies
            # says where that place is, not where the event was
            # (a road between two towns "قرب قرية …" is placed by the village it is near)
            cands = [c for c in cands if not (c[2] == "near" and any(
                not o[2] and 0 < c[0] - o[0] <= 4 and (ctx.words[o[0] - 1] == "في" or ctx.words[o[0]].startswith("ب"))
                for o in cands))] or cands
            # ("في ريف عامودا بالقرب من قرية …": a countryside holds the village it names, which places the act)
            cands = [c for c in cands if not (c[2] == "near" and any(
                not o[2] and said_inside(ctx.words, o[0], c[0]) and o[1].kind not in _WIDE_KINDS
                for o in cands))] or cands
        # "في بلدة الجوادية (جل آغا) شرقي القحطانية": a place after a bearing says where the place
        # just before it lies; the event is at that place
        cands = [c for c in cands if not bearing_of_another(ctx.words, c[0], [o[0] for o in cands])] or cands
        # "على المحطة التابعة لحقول رميلان في منطقة المالكية": the town the fields are named after is no scene
        cands = [c for c in cands if not named_fields(ctx.words, c[0])] or cands
        # "بالقرب من قرية … على طريق (القامشلي- القحطانية)": the towns that end a road are no scene
        ends = road_ends(ctx, cands)
        cands = [c for c in cands if c[0] not in ends] or cands
        if not cands:
            continue
        best = min(cands, key=lambda c: (SPECIFICITY.get(c[1].kind, 9), abs(c[0] - trig_tok)))
        if told_back_landmark(ctx, best):
            # "في حي الزهور المجاور للسجن": a quarter the sentence names is its scene; the prison
            # referred back to only says where the quarter lies (it beats a town or a city)
            quarters = [c for c in cands if not told_back_landmark(ctx, c)
                        and SPECIFICITY.get(c[1].kind, 9) <= SPECIFICITY["neighbourhood"]]
            if quarters:
                best = min(quarters, key=lambda c: (SPECIFICITY.get(c[1].kind, 9), abs(c[0] - trig_tok)))
        if told_back_landmark(ctx, best):
            # "اعتقلت الأسايش في القامشلي شاباً خرج من السجن": a town named here that does not hold
            # the landmark referred back to is the scene (the prison is what the man left)
            towns = [c for c in cands if not told_back_landmark(ctx, c) and c[1].kind in LANDMARK_HOLDER_KINDS]
            if towns and not any(best[1].place_id == t[1].place_id or _inside_strict(ctx, best[1], t[1])
                                 for t in towns):
                best = min(towns, key=lambda c: (SPECIFICITY.get(c[1].kind, 9), abs(c[0] - trig_tok)))
        own = referred_back_in_own_stretch(ctx, trig_tok, clause, best)
        if own is not None:
            return own, 1
        if best[1].unresolved_name and best[1].place_id and ctx.gaz.places[best[1].place_id].kind != "governorate":
            # "عند دوار الشريعة" (drawn at the city) beside "غويران", a quarter of that city: the
            # quarter the gazetteer knows is drawn closer to where it happened (not a village
            # beside one the text leaves in the governorate: that one holds neither)
            inner = [c for c in cands if not c[1].unresolved_name and c[1].place_id != best[1].place_id
                     and _inside(ctx, c[1], best[1])]
            if inner:
                best = min(inner, key=lambda c: (SPECIFICITY.get(c[1].kind, 9), abs(c[0] - trig_tok)))
        if best[2]:
            ctx._near_places.add(id(best[1]))
        if best[0] in ends:
            dashed = dashed_road(ctx, ends[best[0]])
            if dashed is not None:
                return dashed, 2
        road = (road_between(ctx, best[0], best[1]) or front_axis(ctx, best[0], best[1])
                or surroundings_of(ctx, best[0], best[1]))
        if road is None and told_back_landmark(ctx, best):
            return best[1], 1  # "داخل السجن": the prison named before, referred back to, not named here
        return road or best[1], 2
    hood = the_neighbourhood(ctx, clause)
    if hood is not None:
        return hood, 1
    scene = scene_of_the_sentence_before(ctx, clause, trig.kind)
    if scene is not None:
        ctx._scene_before.add(id(scene))
        return scene, 0
    return ctx._focus_mention(), 0


def _outside_area(ctx: _Context, m: Mention) -> bool:
    """Whether mention ``m`` is of a place outside the mapped area (:meth:`Gazetteer.outside_area`)."""
    return m.place_id is not None and m.place_id in ctx.gaz.places and ctx.gaz.outside_area(m.place_id)


def scene_of_the_sentence_before(ctx: _Context, clause: Clause, kind: str | None = None) -> Mention | None:
    """Stage (where): the place of an event whose sentence names none, when the sentence right
    before it, in its paragraph, placed its own event at a village, a quarter or a smaller place
    (named, or referred back to: ``انتشرت قوى الأمن في القرية``): the report goes on with that
    episode (``واعتقلت القوى ذاتها ستة أشخاص``), so the event is there, not at the article's city.
    None otherwise (a new paragraph, the headline, a town or a wider place before it, a sentence
    that turns to another matter: ``وفي سياق آخر،``; an event of another ``kind`` than the one
    before with no word referring back to its scene, ``scene_back`` of ``event_words.csv``); the place
    stays a guess (``place_quality`` 0, a note says where it came from)."""
    sent = clause.sentence
    prev = next((d for d in reversed(ctx.drafts) if d.sentence.index < sent.index), None)
    if prev is None or prev.place is None or prev.place_quality == 0 or prev.sentence.headline \
            or prev.sentence.index != sent.index - 1 or "\n" in ctx.nt.text[prev.sentence.end:sent.start]:
        return None
    if SPECIFICITY.get(prev.place.kind, 9) >= SPECIFICITY["town"]:
        return None
    words = ctx.words
    if turns_to_another_matter(ctx, sent):
        return None  # "وفي سياق آخر، …": the report turns to another matter
    if kind is not None and prev.trigger.kind != kind and _SCENE_BACK.isdisjoint(words[sent.first:sent.last + 1]):
        return None  # another kind of event, with no word that refers back to the scene
    return prev.place


def turns_to_another_matter(ctx: _Context, sent: Sentence) -> bool:
    """Whether ``sent`` opens by turning the report to another matter: a ``topic_shift`` word
    (``وفي سياق آخر،``، ``وفي سياق منفصل،``، ``ومن جهة أخرى،``) before a comma in its first words."""
    words, text = ctx.words, ctx.nt.text
    comma = next((k for k in range(sent.first, min(sent.last, sent.first + _SHIFT_REACH))
                  if any(c in text[ctx._ends[k]:ctx._starts[k + 1]] for c in "،,")), None)
    return comma is not None and not _TOPIC_SHIFT.isdisjoint(words[sent.first:comma + 1])


#: Words of a sentence that refer back to the scene of the one before it (القوى ذاتها، هناك).
_SCENE_BACK = _WORDS["scene_back"]
#: Words before a sentence's first comma that turn to another matter (وفي سياق آخر،).
_TOPIC_SHIFT = _WORDS["topic_shift"]
#: How many first words of a sentence may turn it to another matter.
_SHIFT_REACH = 5


_INSIDE_WORDS = frozenset({"داخل", "بداخل", "وسط", "في"})
#: How far before the place named "inside" its locative may stand ("داخل مقبرة حي غويران"), and how
#: far after it the place it is near ("، على مقربة من سجن الصناعة").
_INSIDE_REACH, _NEAR_AFTER = 3, 7


#: Places wider than a town: "في ريف …" holds a village named near, it does not place the act instead.
_WIDE_KINDS = frozenset({"area", "subdistrict", "governorate"})


def said_inside(words: list[str], o: int, c: int) -> bool:
    """Stage (where): whether the place at token ``o`` is said to hold the act (``داخل``،
    ``وسط``، ``في`` up to three words before it: ``داخل مقبرة حي غويران``) and the place at
    ``c``, a few words on, is only what that place is near (``، على مقربة من سجن الصناعة``):
    the act was inside the first, and the second places it, not the act (:func:`locate`)."""
    return 0 < c - o <= _NEAR_AFTER and not _INSIDE_WORDS.isdisjoint(words[max(0, o - _INSIDE_REACH):o])


_PROTESTERS = _WORDS["protester"]
_RESULT_WORDS = _WORDS["result_word"]


def part_of_earlier(ctx: _Context, trig: Trigger, m: Match, clause: Clause) -> bool:
    """Stage: an arrest that is part of an act already reported is no new event: protesters
    arrested once their protest was told met with force (``فرقت الأسايش مظاهرة …. وقال … إن ستة
    متظاهرين اعتقلوا``: the protest's intervention), or arrests an operation just told resulted in
    (``وأسفرت العملية أيضاً عن اعتقال اثنين``). Protesters arrested after a protest told as
    peaceful (``قطع الأهالي الطريق …. واعتقلت دورية ثلاثة من المحتجين``) are an arrest of its own."""
    if trig.kind != "arrest" or not ctx.drafts:
        return False
    words = ctx.words
    near = words[max(clause.first, m.first - 4):m.first] + words[m.last + 1:min(clause.last, m.last + 4) + 1]
    if any(d.trigger.kind == "protest" and d.trigger is not PROTEST for d in ctx.drafts) \
            and not _PROTESTERS.isdisjoint(near):
        return True
    return not _RESULT_WORDS.isdisjoint(words[max(clause.first, m.first - 4):m.first])


_OTHERS = _WORDS["others"]
_CASUALTY_WORDS = _KILL_WORDS | _WOUND_WORDS
#: How far after an arrest trigger, in its sentence, a count with ``آخرين`` may name more people it took.
_OTHERS_REACH = 30


def others_arrested(matches: list[Match], tokens: Sequence[Token], sentence_starts: frozenset[int] = frozenset()) -> list[Match]:
    """Stage (what): a count joined by و and followed by ``آخرين`` after an arrest in its sentence
    (``طالت حملة اعتقالات … أربعة معلمين في عامودا، وثلاثة آخرين في الدرباسية``) names more people
    the same arrests took: an arrest trigger there (the count and ``آخرين``), which
    :func:`arrests_apart` makes an arrest of its own when a place of its own follows, and nothing
    otherwise (``وثلاثة آخرين في الحي ذاته``). A trigger of another kind between the arrest and
    the count (``…، وقُتل مدني وثلاثة آخرون في انفجار …``), or a word of killing or wounding
    (``kill_word``, ``wound_word``: ``وأُصيب طفل واثنان آخرون``), makes the count that act's."""
    words = words_of(tokens)
    if not has_any(words, _OTHERS):
        return matches
    arrests = [m.last for m in matches if m.payload.kind == "arrest"]
    if not arrests:
        return matches
    covered = {i for m in matches for i in range(m.first, m.last + 1)}
    others = [m.first for m in matches if m.payload.kind != "arrest"]
    others += [j for j in range(len(words)) if _stem(words[j], _CASUALTY_WORDS) is not None]
    found = []
    for k in where(words, _OTHERS):
        c = k - 1
        if c < 1 or c in covered or not words[c].startswith("و") or not is_number(tokens, c):
            continue
        if any(0 < c - last <= _OTHERS_REACH and not any(s in sentence_starts for s in range(last + 1, c + 1))
               and not any(last < f < c for f in others) for last in arrests):
            found.append(Match(c, k, ARREST, "و"))
    return sorted(matches + found) if found else matches


_AFTER_AN_VERBS = _WORDS["arrest_after_an"]
_BEFORE_AFTER = frozenset({"قبل", "بعد"})
_GOT_AWAY = _WORDS["got_away"]


def _got_away_before(tokens: Sequence[Token], k: int, sentence_starts: frozenset[int]) -> bool:
    """Whether a getaway (``got_away``: ``لاذ بالفرار``، ``تمكن من الهرب``، ``نجا``) stands right
    before ``قبل`` at token ``k``, in its sentence with no punctuation between (``تمكن مطلوب من
    الفرار قبل أن تعتقله …``): the arrest told after it was forestalled. A getaway told apart
    (``تمكنوا من الفرار خلال الفوضى، قبل أن تعتقلهم دوريات … فجر اليوم``) was ended by the arrest."""
    words = words_of(tokens)
    return words[k].lstrip("و") == "قبل" and _any_stem(words[stretch_start(tokens, k, sentence_starts):k], _GOT_AWAY)


def arrests_after_an(matches: list[Match], tokens: Sequence[Token], sentence_starts: frozenset[int] = frozenset()) -> list[Match]:
    """Stage (what): an arrest verb in the imperfect right after ``قبل أن``/``بعد أن`` (``فروا
    خلال الفوضى، قبل أن تعتقلهم دورية للأسايش صباح اليوم``) tells a past arrest: an arrest trigger,
    which :meth:`_Context._draft` keeps only with a day of its own after it (:func:`own_day_after`);
    with none (``قبل أن تقتاد شابين إلى جهة مجهولة``) it is how a story told went on. After a
    getaway in its sentence (``تمكن مطلوب من الفرار قبل أن تعتقله …``: :func:`_got_away_before`)
    the arrest never happened: none."""
    words = words_of(tokens)
    if not has_any(words, _AFTER_AN_VERBS):
        return matches
    covered = {i for m in matches for i in range(m.first, m.last + 1)}
    found = [Match(k, k, ARREST, "") for k in where(words, _AFTER_AN_VERBS)
             if k >= 2 and k not in covered and words[k - 1] == "ان" and words[k - 2].lstrip("و") in _BEFORE_AFTER
             and not _got_away_before(tokens, k - 2, sentence_starts)]
    return sorted(matches + found) if found else matches


def own_day_after(ctx: _Context, last: int) -> bool:
    """Stage (when): whether an act whose trigger ends at token ``last`` has a day of its own told
    right after it: a day or a night (not a span such as ``خلال الأيام الماضية``, a "since" date or a
    statement's date) in the trigger's comma stretch
    after it or in the next stretch, with no other trigger before that date (``بعد أن اعتقلت
    قسد، في 27 من آب الماضي، قائد …``؛ ``قبل أن تعتقلهم دورية … فجر اليوم``). An arrest named as
    the cause or the sequel of another act is then news of its own (ACLED), not background."""
    _, end = ctx._stretch(last)
    if end + 1 < len(ctx.words) and ctx._segment(end + 1) == ctx._segment(last) + 1 \
            and end + 1 not in {s.first for s in ctx.sentences}:
        end = ctx._stretch(end + 1)[1]
    for first, _, d in ctx._dates.between(last + 1, end):
        if d.background or ctx._is_reporting_date(first):
            continue
        return (d.date_to - d.date_from).days <= 1 and not ctx._trigs.between(last + 1, first - 1)
    return False


_COUNTED_DETAINEES = _WORDS["counted_detainee"]
_DETAINEE_TOLLS = _WORDS["detainee_toll"]


def detainees_counted(matches: list[Match], tokens: Sequence[Token], sentence_starts: frozenset[int] = frozenset()) -> list[Match]:
    """Stage (what): a count of people held (``counted_detainee``: ``14 موقوفاً``، ``12 معتقلاً``)
    told as the toll or result of a campaign or raid (``detainee_toll`` before it in its stretch,
    no punctuation between: :func:`stretch_start`; ``حصيلة اليوم العاشر من الحملة الأمنية …
    كانت 14 موقوفاً``، ``أسفرت المداهمات … عن 12 معتقلاً``) is an arrest: a trigger on the count, and the campaign named by a definite
    arrest noun between them (``الحملة الأمنية``) is its frame, no trigger of its own. A count since
    a day (``منذ`` between them: a running total), detainees who fled or were freed (no toll word),
    and detainees killed or wounded (a ``kill_word`` or ``wound_word`` before the count: ``أسفر قصف
    على سجن … عن مقتل 5 معتقلين``) are none."""
    words = words_of(tokens)
    if not has_any(words, _COUNTED_DETAINEES) or not _any_stem(words, _DETAINEE_TOLLS):
        return matches
    found: list[Match] = []
    framed: set[int] = set()
    for k in where(words, _COUNTED_DETAINEES):
        if k < 1 or not is_number(tokens, k - 1) or (k >= 2 and _stem(words[k - 2], _CASUALTY_WORDS) is not None):
            continue
        lo = stretch_start(tokens, k, sentence_starts)
        toll = next((j for j in range(lo, k - 1) if _stem(words[j], _DETAINEE_TOLLS) is not None), None)
        if toll is None or "منذ" in words[toll:k]:
            continue
        found.append(Match(k - 1, k, ARREST, ""))
        framed.update(id(m) for m in matches if m.payload.kind == "arrest" and toll <= m.first < k - 1 and m.definite)
    if not found:
        return matches
    kept = [m for m in matches if id(m) not in framed]
    covered = {i for m in kept for i in range(m.first, m.last + 1)}
    return sorted(kept + [m for m in found if m.first not in covered and m.last not in covered])


def _own_places(ctx: _Context, lo: int, hi: int) -> list[tuple[int, Mention]]:
    """The places tokens ``lo``..``hi`` name as where something happened: not a country, region or
    governorate, not a destination, not a place only near, a bearing, a reporter's or a canton."""
    return [(i, m) for i, m in ctx._places.between(lo, hi)
            if m.kind not in ("country", "region", "governorate") and _direction(ctx.words, i) != "to"
            and not ctx._near(i) and not bearing_place(ctx, i) and not reporter_place(ctx.words, i)
            and not canton_name(ctx.words, i)]


def _own_days(ctx: _Context, lo: int, hi: int) -> list[DateSpan]:
    """The days tokens ``lo``..``hi`` state for an act: not a "since" date nor a statement's."""
    return [d for first, _, d in ctx._dates.between(lo, hi) if not d.background and not ctx._is_reporting_date(first)]


def _apart(ctx: _Context, one: tuple[int, int], two: tuple[int, int]) -> bool:
    """Whether the second token range tells its act at a place or on a day of its own: the most
    specific places of the two are neither the same nor one inside the other, or their days differ."""
    days1, days2 = _own_days(ctx, *one), _own_days(ctx, *two)
    if days1 and days2 and {(d.date_from, d.date_to) for d in days1}.isdisjoint((d.date_from, d.date_to) for d in days2):
        return True
    places1, places2 = _own_places(ctx, *one), _own_places(ctx, *two)
    if not places1 or not places2:
        return False
    p1 = min(places1, key=lambda c: (SPECIFICITY.get(c[1].kind, 9), c[0]))[1]
    p2 = min(places2, key=lambda c: (SPECIFICITY.get(c[1].kind, 9), c[0]))[1]
    same = p1.place_id == p2.place_id and p1.unresolved_name == p2.unresolved_name
    return not same and not _inside(ctx, p1, p2) and not _inside(ctx, p2, p1)


def arrests_apart(ctx: _Context, clause: Clause) -> list[Clause]:
    """Stage (what): a clause that tells a second arrest at a place or on a day of its own (``اعتقلت
    دورية رجلين في قرية تل شعير، ثم اعتقلت ثالثاً في حي الهلالية``؛ ``احتجز الأمن العسكري موظفاً يوم
    الأحد في حي طي، بعد توتر تلا اعتقال الأسايش عنصرين في حي حلكو يوم الجمعة``؛ ``… أربعة معلمين في
    عامودا، وثلاثة آخرين في الدرباسية``, :func:`others_arrested`) is split where the second arrest
    begins, so each arrest takes the place and the day its own part names (ACLED: one event per place
    and day). An arrest told again is no second one: a definite noun (``الاعتقال``), leading the
    people away (``ثم اقتادتهم إلى …``), the people already told (``اعتقلت الشبان``), nor one at the
    first one's place, a place inside it or around it, on the same day.

    Returns
    -------
    list of Clause
        ``[clause]``, or its parts in order.
    """
    arrests = [m for m in ctx._trigs.between(clause.first, clause.last) if m.payload.kind == "arrest"]
    if len(arrests) < 2:
        return [clause]
    words = ctx.words
    cuts: list[int] = []
    start = clause.first
    prev = arrests[0]
    for k, m in enumerate(arrests[1:], 1):
        w = words[m.first]
        if (m.first - prev.last <= 1 or m.definite or w.lstrip("وف").startswith("ال") or w.lstrip("وف") in _LEAD_AWAY
                or words[m.last + 1:m.last + 2] and words[m.last + 1] in _KNOWN_DETAINEES):
            continue  # ("حملة دهم واعتقال": one act named twice)
        end = arrests[k + 1].first - 1 if k + 1 < len(arrests) else clause.last
        # the first arrest's part from its own comma stretch on (not a dateline before it)
        if _apart(ctx, (max(start, ctx._stretch(prev.first)[0]), m.first - 1), (m.first, end)):
            cuts.append(m.first)
            start, prev = m.first, m
    if not cuts:
        return [clause]
    bounds = [clause.first, *cuts, clause.last + 1]
    return [Clause(a, b - 1, clause.sentence) for a, b in zip(bounds, bounds[1:])]


def same_arresting_force(drafts: list[_Draft]) -> list[_Draft]:
    """Stage (who): arrests told in the parts of one clause (:func:`arrests_apart`) that name no
    force or no detainees of their own (``ثم اعتقلت ثالثاً …``، ``وثلاثة آخرين …``) have the first
    arrest's."""
    first = next((d for d in drafts if d.trigger.kind == "arrest"), None)
    for d in drafts:
        if first is not None and d is not first and d.trigger.kind == "arrest":
            d.actor1 = d.actor1 or first.actor1
            d.actor2 = d.actor2 or (first.actor2 if d.actor1 == first.actor1 else "")
    return drafts


#: A displacement counted "since" a day more than this many days back is a running total.
_SITES_WORDS = _WORDS["sites_word"] | _WORDS["sites_count_noun"]
_SITE_WINDOW = 10


def _names_many_sites(ctx: _Context, d: _Draft) -> bool:
    """Whether ``d``'s trigger strikes many sites at once: ``القرى``، ``قرى``، ``البلدات`` or a
    number of villages (``17 قرية``) within eight words around it, in its sentence."""
    words, sent = ctx.words, d.sentence
    lo, hi = max(sent.first, d.trig_first - _SITE_WINDOW), min(sent.last, d.trig_last + _SITE_WINDOW)
    forms = proclitic_forms(_SITES_WORDS)
    for k in range(lo, hi + 1):
        hit = forms.get(words[k])
        if hit is None:
            continue
        if hit[1] in _WORDS["sites_count_noun"]:  # "17 قرية": a count, not one village
            if k > 0 and is_number(ctx.tokens, k - 1):
                return True
            continue
        return True
    return False


_SITE_KINDS = frozenset({"village", "town", "neighbourhood"})


def site_summaries(ctx: _Context) -> None:
    """Stage (after the whole article): a barrage told as striking many sites at once (``شهد
    ريف تل تمر تصعيداً في القصف على القرى الممتدة …``، ``وتعرضت 17 قرية وبلدة … لقصف مباشر``)
    with no village named and no toll of its own sums up the strikes the report tells site by
    site (``تتواصل منذ ليلة الأربعاء الغارات … على مدن وبلدات …``): when the article has
    another event of the same kind within its days (a site with no day of its own is the
    publication day's; a summary "since" a day covers the days to publication) placed at a named village, town or neighbourhood, or an unresolved one,
    the summary is no event of its own; its sentence becomes evidence of the first of them
    (ACLED: one event per site and day)."""
    drafts = ctx.drafts
    for d in list(drafts):
        if d.trigger.kind not in ("shelling", "air") or _has_toll(d) or d.date_range is None:
            continue
        if d.place is not None and (d.place.kind == "village" or d.place.unresolved_name):
            continue
        published = (ctx.article.published, ctx.article.published)
        # (a site told with no day of its own is dated by publication, as _finish dates it)
        lo, hi = d.date_range
        others = [o for o in drafts if o is not d and o.trigger.kind == d.trigger.kind
                  and lo <= (o.date_range or published)[0] and (o.date_range or published)[1] <= hi
                  and o.place is not None and (o.place.kind in _SITE_KINDS or o.place.unresolved_name)]
        if not others or not _names_many_sites(ctx, d):
            continue
        drafts.remove(d)
        others[0].spans.extend(d.spans)


_PRESENT_ACT_VERBS = _WORDS["present_act_verb"]
_SEEN_OR_BEGUN = _WORDS["seen_or_begun"]
#: How far before a verbal-noun trigger its present-tense verb may stand ("تنفذ عمليات اغتيال").
_PRESENT_VERB_REACH = 3


#: Question words: a headline that asks (``لماذا تقصف تركيا …؟``) tells no news of its own.
_QUESTION_WORDS = _WORDS["question_word"]


def standing_or_habitual(ctx: _Context, i: int, clause: Clause) -> bool:
    """Stage (is it a fact): a trigger told in the present tense with no day is a standing state
    or a habit, not an event: the trigger itself a present-tense verb of an act or a posture
    (``present_act_verb``: ``وتنتشر قوات … بشكل غير شرعي في عدد من المواقع``) or a noun it
    governs, at most three words on (``إلا أن خلاياه ما زالت تنشط … وتنفذ عمليات اغتيال
    وتفجير متفرقة``), when no date stands in that verb's comma stretch. A present-tense verb
    after a verb of seeing or beginning (``وشوهد عناصر الأسايش ينتشرون``، ``بدأت عائلات
    تغادر``) tells what happened then, and a day in its stretch (``تستهدف مسيرة منذ صباح
    اليوم …``) makes it today's act: both stay events; so does a headline's present tense
    (``الطيران التركي يقصف محيط مخيم الهول``: how headlines tell the news)."""
    if clause.sentence.headline and proclitic_forms(_QUESTION_WORDS).keys().isdisjoint(
            ctx.words[clause.sentence.first:clause.sentence.last + 1]):
        return False  # "الطيران التركي يقصف محيط مخيم الهول": a headline tells its news in the present
    words = ctx.words
    verbs = proclitic_forms(_PRESENT_ACT_VERBS)
    lo = max(clause.first, i - _PRESENT_VERB_REACH)
    k = next((k for k in range(i, lo - 1, -1) if words[k] in verbs), None)
    if k is None:
        return False
    if _in_window(words, _SEEN_OR_BEGUN, max(clause.first, k - 3), k):
        return False
    first, last = ctx._stretch(k)
    return not ctx._dates.between(max(first, clause.first), min(last, clause.last))


#: Kinds of place too wide to be an event's site of their own (a governorate, a region, the country).
_WIDE_KINDS = frozenset(k for k, v in SPECIFICITY.items() if v >= SPECIFICITY["governorate"])
#: Kinds of event that are no one site's even when told for a wide area (a truce, a meeting).
_AREA_WIDE_KINDS = frozenset({"agreement", "meeting"})


def announced(ctx: _Context, d: _Draft) -> bool:
    """Whether ``d``'s trigger is what a speech verb earlier in its sentence announces
    (``أعلنت قوى الأمن الداخلي، الخميس 22 من آب، القبض على أربعة أشخاص``): its day is the
    announcement's, and the acts it sums up may lie in the week before (:func:`area_summaries`)."""
    return any(w.lstrip("وف") in _SPEECH for w in ctx.words[d.sentence.first:d.trig_first])


def area_summaries(ctx: _Context) -> None:
    """Stage (after the whole article): an event told for a whole governorate or region
    (``خرج مئات الأهالي اليوم في مظاهرات بعدة مناطق من محافظة الحسكة``، ``اعتقلت الأسايش
    عشرات الأشخاص في شمال شرقي سوريا``), with no toll of its own, sums up the events the
    report then tells place by place (``وفي بلدة تل حميس، تجمع المحتجون …``): when the article
    has another event of the same kind within its days at a place inside that area, the summary
    is no event of its own and its sentence becomes evidence of the first of them (ACLED: one
    event per site and day); an announced summary (``أعلنت الأسايش، الخميس، القبض على …``)
    covers the week before its day too (:func:`announced`). A truce or a meeting for a whole
    area is that area's."""
    drafts = ctx.drafts
    published = (ctx.article.published, ctx.article.published)
    for d in list(drafts):
        if (d.place is None or d.place.kind not in _WIDE_KINDS or d.place.place_id is None
                or d.trigger.kind in _AREA_WIDE_KINDS or _has_toll(d)):
            continue
        lo, hi = d.date_range or published
        if announced(ctx, d):  # "أعلنت الأسايش، الخميس 22 من آب، القبض على …": acts of the days before
            lo -= dt.timedelta(days=_RECAP_OFFSET_DAYS)
        others = [o for o in drafts if o is not d and o.trigger.kind == d.trigger.kind
                  and lo <= (o.date_range or published)[0] and (o.date_range or published)[1] <= hi
                  and o.place is not None and o.place.place_id is not None and o.place.kind not in _WIDE_KINDS
                  and d.place.place_id in ctx.gaz.ancestor_ids(o.place.place_id)]
        if others:
            drafts.remove(d)
            others[0].spans.extend(d.spans)


_RUNNING_TOTAL_DAYS = 3
_FAR_PLACES = _WORDS["far_place"]
_FAR_WINDOW = 14
_LOCATIVE_HEADS = frozenset({"في", "مدينه", "بمدينه", "لمدينه", "داخل", "عند",
                             # a place head before a far name: "في ولاية هكاري"، "في جبل قنديل"
                             "ولايه", "جبل", "جبال", "منطقه", "بمنطقه", "قضاء", "محافظه", "بمحافظه"})
#: "التابعة لزاخو": a place said to belong to the far one lies there (``belonging``; one list with
#: :func:`front_axis`'s "التابع لمنطقة ديريك").
_BELONGING = _WORDS["belonging"]


def far_away(ctx: _Context, trig_tok: int, clause: Clause) -> bool:
    """Stage: an event placed in a city far from the mapped area (``اعتقلت قوات النظام
    عنصرين عند حاجز في مدينة حلب``، ``اشتباكات في دمشق``) is no event of this map: the far
    city, after the trigger in its clause and its comma stretch, at most fourteen words on,
    with no mapped place between them, where the text says *in* it (``في``، ``بمدينة``، ``ب``, a
    place head: ``في ولاية هكاري``، ``في جبل قنديل``; or that a place belongs to it: ``التابعة
    لزاخو``). Places across the border in Turkey and Iraq are far places too.
    A far city as a destination or an origin (``نقل إلى دمشق``، ``قادمين من حلب``) says
    nothing about where the event was."""
    words = ctx.words
    forms = proclitic_forms(_FAR_PLACES)
    if forms.keys().isdisjoint(words[clause.first:clause.last + 1]):
        return False
    last = min(clause.last, trig_tok + _FAR_WINDOW)
    seg = ctx._segment(trig_tok)
    for k in range(trig_tok + 1, last + 1):
        w = words[k]
        if w not in forms or ctx._segment(k) != seg:
            continue
        if not _far_place_told(words, k, forms[w][0]):
            return False
        # (an unresolved "مدينة حلب" starts at its head; an unknown "ناحية دركار" is no mapped place)
        if any(m.place_id for _, m in ctx._places.between(trig_tok, k - 2)):
            return False
        # "قصفت القوات التركية المتمركزة في ولاية ماردين قرى ريف القامشلي": where it struck follows
        return not any(m.place_id and not ctx.gaz.outside_area(m.place_id) and ctx._segment(t) == seg
                       and SPECIFICITY.get(ctx.gaz[m.place_id].kind, 0) < SPECIFICITY["governorate"]
                       for t, m in ctx._places.between(k + 1, clause.last))
    # "مقتل أحد جنودها … في ولاية شانلي أورفا جراء إطلاق صواريخ من سوريا": the far place before the
    # act, in a clause that names no mapped place below the country
    return any(w in forms and _far_place_told(words, k, forms[w][0])
               for k, w in enumerate(words[clause.first:trig_tok], clause.first)) and not any(
        m.place_id and SPECIFICITY.get(ctx.gaz[m.place_id].kind, 0) < SPECIFICITY["governorate"]
        for _, m in ctx._places.between(clause.first, clause.last))


#: Words before a place head that make the place an origin or a direction, not where the act was.
_FROM_WORDS = _WORDS["from_word"]


def _far_place_told(words: list[str], k: int, prefix: str) -> bool:
    """Whether the far name at ``k`` (its proclitics ``prefix``) is told as where something is: ``في``،
    ``بـ``, or a place head (``ولاية``، ``جبل``) not itself after ``من``/``عبر`` (``من ولاية ماردين``: an
    origin), or ``التابعة لـ``."""
    before = words[k - 1] if k > 0 else ""
    if "ب" in prefix or "ل" in prefix and before in _BELONGING:
        return True
    if before not in _LOCATIVE_HEADS:
        return False
    return before == "في" or k < 2 or words[k - 2] not in _FROM_WORDS


def _behind_a_cause(ctx: _Context, trig_tok: int, i: int) -> bool:
    """Whether the place at token ``i`` is named after a cause that follows the trigger
    ("الاشتباكات بدأت بعد محاولة الأسايش اعتقال قائد … عند حاجز دوار الوحدة"): it places
    the cause (an attempt, an earlier event), not the event at ``trig_tok``."""
    words = ctx.words
    if bare_words(words).isdisjoint(_AFTER_WORDS):
        return False
    for k in range(trig_tok + 1, i):
        if words[k].lstrip("و") in _AFTER_WORDS and k + 1 < len(words):
            nxt = words[k + 1]
            if (_stem(nxt, _ATTEMPTS) is not None or _stem(nxt, _GENERIC_ATTACKS) is not None
                    or ctx._trigs.between(k + 1, k + 2)):
                return True
    return False


_GRIEVANCE_MARKERS = frozenset({"علي", "ضد", "احتجاجا", "تنديدا", "رفضا", "استنكارا"})


#: Crowds that act over a grievance told after their trigger: a protest, and a riot (``هاجم محتجون
#: مقر … في القامشلي، تنديداً بالعملية … في حلب``: the riot is in Qamishli).
_AGGRIEVED_KINDS = frozenset({"protest", "riot"})


def grievance_place(ctx: _Context, trig: Trigger, trig_tok: int, i: int) -> bool:
    """Stage: whether the place at token ``i`` is where the grievance of a protest happened,
    not the protest: after the protest's trigger, a grievance marker (``على``، ``ضد``،
    ``احتجاجاً``، ``تنديداً``) and then another event's trigger come before it ("احتجاج في
    القامشلي على إغلاق مدارس واعتقال معلمين في القحطانية": the arrests were in Qahtaniyah,
    the protest in Qamishli), or an attack named by its noun (``تنديداً بالاعتداء … على حاجز في
    قرية تل الذهب``: ``generic_attack`` words). A place right after the marker with no event between
    (``مظاهرة ضد الاحتلال في عامودا``) is the protest's. For the grievance's own event, the
    places of the protest before the marker are not its."""
    words = ctx.words
    if trig.kind not in _AGGRIEVED_KINDS:
        # the grievance itself ("وقفة احتجاجية في مدينة القامشلي، تنديداً باستهداف مسيرة … في ريف
        # المدينة"): the places before the marker are the protest's
        if i >= trig_tok:
            return False
        marker = next((k for k in range(trig_tok - 1, i, -1) if words[k].lstrip("و") in _GRIEVANCE_MARKERS), None)
        return marker is not None and any(m.payload.kind == "protest"
                                          for m in ctx._trigs.between(max(0, i - 12), marker - 1))
    if i <= trig_tok:
        return False
    kin = next((k for k in range(trig_tok + 1, i) if words[k].removeprefix("و") in _DETAINEE_KIN), None)
    if kin is not None and _any_stem(words[kin + 1:i], _ARREST_WORDS):
        # "تجمع عشرات من ذوي شبان اعتقلوا على حواجز القحطانية …": where their kin were arrested
        return True
    marker = next((k for k in range(trig_tok + 1, i) if words[k].lstrip("و") in _GRIEVANCE_MARKERS), None)
    if marker is None:
        return False
    if ctx._places.between(trig_tok + 1, marker - 1):
        return True  # "هاجم محتجون مقراً في مدينة القامشلي، تنديداً بالعملية … بحلب": its scene told before the reason
    # "تنديداً بالاعتداء الذي نفذته قوات … على حاجز في قرية تل الذهب": an act named by its noun
    return bool(ctx._trigs.between(marker + 1, i - 1)) or any(
        _stem(w, _GENERIC_ATTACKS) is not None for w in words[marker:i])


#: Definite head nouns that refer back to the last place of their kind: "من الحي"، "فتى من البلدة".
_BACK_HEADS = {normalise_phrase(w): kinds for w, kinds in (
    ("الحي", ("neighbourhood",)), ("البلدة", ("town",)), ("القرية", ("village",)))}
#: Definite facility nouns that refer back to the last place named with that noun: "قرب السجن"
#: after "سجن الصناعة"، "محيط المطار" after "مطار القامشلي".
_BACK_FACILITIES = {normalise_phrase(w): normalise_phrase(w[2:]) for w in ("السجن", "المطار", "المشفى", "المستشفى", "المخيم",
                                                                         "المعسكر")}
_BACK_HEAD_WORDS = frozenset(_BACK_HEADS) | frozenset(_BACK_FACILITIES)  # (one-look-up path takes a frozenset)
#: The same nouns after لـ, written with one ل ("للسجن"، "وللحي").
_BACK_HEAD_LIL = frozenset(p + "لل" + w[2:] for w in _BACK_HEAD_WORDS for p in ("", "و"))


def the_neighbourhood(ctx: _Context, clause: Clause) -> Mention | None:
    """Stage: ``الحي``، ``البلدة``، ``القرية`` ("من الحي"، "إلى محيط الحي"، "فتى من البلدة")
    with no place named in the sentence is the last place of that kind the article named
    before it; ``السجن``، ``المطار``، ``المشفى`` ("قرب السجن"، "عند بوابة السجن") the last
    place named with that noun (``سجن الصناعة``); None otherwise."""
    scene = scene_of_event(ctx, clause)
    if scene is not None:
        return scene
    road = the_same_road(ctx, clause)
    if road is not None:
        return road
    span = ctx.words[clause.first:clause.last + 1]
    if proclitic_forms(_BACK_HEAD_WORDS).keys().isdisjoint(span) and _BACK_HEAD_LIL.isdisjoint(span):
        return None  # (most clauses: one pass in C)
    for k in range(clause.first, clause.last + 1):
        hit = split_proclitics(ctx.words[k], _BACK_HEAD_WORDS)
        head = ctx.words[k] if ctx.words[k] in _BACK_HEAD_WORDS else hit[1] if hit else None
        bare = ctx.words[k].removeprefix("و")
        if head is None and bare.startswith("لل") and "ال" + bare[2:] in _BACK_HEAD_WORDS:
            head = "ال" + bare[2:]  # "قرب البوابة الرئيسية للسجن": لـ + السجن, written with one ل
        if head is None:
            continue
        kinds = _BACK_HEADS.get(head)
        if kinds:
            # a village the gazetteer lacks, named with its head ("في قرية الصفية"), is one too
            before = [m for i, m in ctx._places.between(0, k - 1) if m.kind in kinds
                      and (not m.unresolved_name or (head == "القريه" and _stem(ctx.words[i], _VILLAGE_HEADS) is not None))]
            return (surroundings_of(ctx, k, before[-1]) or before[-1]) if before else None
        noun = _BACK_FACILITIES[head]
        named = [m for i, m in ctx._places.between(0, k - 1) if noun in ctx.words[max(0, i - 1):i + 2]]
        if named:
            return surroundings_of(ctx, k, named[-1]) or named[-1]  # ("في الأحياء المحيطة بالسجن")
    return None


_SAME_WORDS = frozenset({"ذاته", "نفسه", "عينه", "ذاتها", "نفسها", "عينها"})
#: Definite nouns of a site that "the same" refers back to: the site of the latest event told with it.
_SAME_SITE_NOUNS = frozenset({"الطريق", "القطاع", "المنطقه", "المكان", "الموقع", "المحور", "الشارع"}) | _WORDS["same_site"]
#: Each such noun with and without its article ("الطريق"، "طريق"), made once: the look-up tables
#: of :func:`~pipeline.arabic.proclitic_forms` are cached by list, so a list made per call would
#: fill that cache.
_SAME_SITE_FORMS = {n: frozenset({n, n[2:]} if n.startswith("ال") else {n}) for n in _SAME_SITE_NOUNS}


def the_same_road(ctx: _Context, clause: Clause) -> Mention | None:
    """Stage: "the same road/sector/area" (``على الطريق ذاته``، ``في القطاع ذاته``، ``في المنطقة
    نفسها``) is where the article's latest event told with that noun happened ("استهدفت مسيّرة
    سيارة في قرية حيمو الواقعة على الطريق بين قامشلو وعامودا … وكان القيادي … قد قُتل الخميس
    الماضي بضربة مماثلة على الطريق ذاته"), else (the noun named only in passing: "في القطاع
    الخامس من مخيم الهول … حملة مداهمة في القطاع ذاته") the latest event's place; None when the
    article told no event with a place."""
    words = ctx.words
    at = None if _SAME_WORDS.isdisjoint(words[clause.first + 1:clause.last + 1]) else next(
        (k for k in range(clause.first, clause.last) if _stem(words[k], _SAME_SITE_NOUNS) is not None
         and words[k + 1] in _SAME_WORDS), None)
    if at is None:
        return None
    noun = _stem(words[at], _SAME_SITE_NOUNS) or ""
    placed = [d for d in ctx.drafts if d.place is not None]
    forms = _SAME_SITE_FORMS.get(noun) or frozenset({noun})
    for d in reversed(placed):
        sent = d.sentence
        if _any_stem(words[sent.first:sent.last + 1], forms):
            return d.place
    return placed[-1].place if placed and noun != "الطريق" else None


_REPORTERS = _WORDS["reporter"]
_SCENE_NOUNS = frozenset({"مكان", "موقع", "بمكان", "بموقع", "لمكان", "لموقع", "مسرح"})
_EVENT_NOUNS = frozenset({"التفجير", "الانفجار", "الهجوم", "الاستهداف", "القصف", "الضربه", "الحادث", "الحادثه",
                          "الاشتباك", "الاشتباكات", "الجريمه", "الاغتيال"})


def scene_named(ctx: _Context, sent: Sentence) -> None:
    """Stage: a sentence with no event of its own that names the scene of the act just told
    (``وحدد مصدر مكان الضربة عند مفرق قرية دوكركا``، ``ووقع الانفجار في …``) places that act
    more precisely: the first place after the scene noun, within eight words, when it lies
    inside the event's place (a village the gazetteer lacks drawn in that countryside, a
    neighbourhood of that city). A place elsewhere is left alone (never moved to another
    named place)."""
    words = ctx.words
    if _SCENE_NOUNS.isdisjoint(words[sent.first:sent.last]):
        return
    at = next((k for k in range(sent.first, sent.last) if words[k] in _SCENE_NOUNS and words[k + 1] in _EVENT_NOUNS),
              None)
    if at is None or not ctx.drafts:
        return
    told = ctx.drafts[-1]
    if told.place is None:
        return
    place = next((m for _, m in ctx._places.between(at + 2, min(sent.last, at + 10))), None)
    if place is not None and _inside(ctx, place, told.place):
        told.place, told.place_quality = _redrawn(ctx, place, told.place), 2
        told.spans.append((sent.first, sent.last))


def scene_of_event(ctx: _Context, clause: Clause) -> Mention | None:
    """Stage: ``مكان التفجير``، ``موقع الهجوم``، ``بمكان الحادث`` (the scene of the act just
    told: "قطعت الأجهزة الأمنية التقاطعات المحيطة بمكان التفجير") is the place of the article's
    latest event with a place named in its text; None when the clause names no scene."""
    words = ctx.words
    span = words[clause.first:clause.last]
    if _SCENE_NOUNS.isdisjoint(span) or not any(
            words[k] in _SCENE_NOUNS and words[k + 1] in _EVENT_NOUNS for k in range(clause.first, clause.last)):
        return None
    told = next((d for d in reversed(ctx.drafts) if d.place is not None and d.place_quality == 2), None)
    return told.place if told is not None else None
_VILLAGE_HEADS = frozenset({"قريه", "قريتي"})
_REPORTER_FORMS = frozenset(proclitic_forms(_REPORTERS))
_RETURN_FORMS = frozenset(proclitic_forms(_RETURN_WORDS))
_ROAD_HEADS = frozenset({"الطريق", "طريق", "الاوتستراد", "اوتستراد", "الاوتوستراد", "اوتوستراد"})
#: What may stand between a road word and the towns that end it, or between those towns
#: (``طريق (القامشلي- القحطانية)``، ``طريق الحسكة – الرقة``، ``طريق القامشلي عامودا``).
_ROAD_GAP = frozenset(" -–—‐‑/()\"“”«»\u200e\u200f")
_ROAD_END_KINDS = frozenset({"city", "town", "village", "subdistrict"})


def _road_gap(ctx: _Context, a: int, b: int) -> bool:
    """Whether only spaces, dashes and brackets stand between tokens ``a`` and ``b`` (``a < b``)."""
    return b == a + 1 and set(ctx.nt.text[ctx._ends[a]:ctx._starts[b]]) <= _ROAD_GAP


def road_ends(ctx: _Context, cands: Sequence[tuple[int, Mention, str]]) -> dict[int, tuple[int, Mention, Mention]]:
    """Stage (where): the candidate places that end a road named by its two towns right after a
    road word (``على طريق (القامشلي- القحطانية)``، ``طريق الحسكة – الرقة``، ``على طريق القامشلي
    عامودا``): the road runs between them, the act was at neither. Each end's first token → the
    road word's token and the two ends. Both ends must be named; a road to one town (``على طريق
    بلدة القحطانية``) is left as it is."""
    words = ctx.words
    out: dict[int, tuple[int, Mention, Mention]] = {}
    if not cands:
        return out
    for i, m in ctx._places.between(min(c[0] for c in cands), max(c[0] for c in cands)):
        if i < 1 or m.kind not in _ROAD_END_KINDS or i in out:
            continue
        if words[i - 1] not in _ROAD_HEADS and words[i - 1].lstrip("وب") not in _ROAD_HEADS:
            continue
        if not _road_gap(ctx, i - 1, i):
            continue
        last = ctx._tok_of(m.end - 1)
        other = next(((j, o) for j, o in ctx._places.between(last + 1, last + 1) if o.kind in _ROAD_END_KINDS), None)
        if other is not None and _road_gap(ctx, last, other[0]):
            out[i] = out[other[0]] = (i - 1, m, other[1])
    return out


_FIELD_NOUNS = _WORDS["field_noun"]
_OIL_WORDS = _WORDS["oil_word"]


def named_fields(words: list[str], i: int) -> bool:
    """Stage (where): whether the place at token ``i`` only names the oil or gas fields after it
    (``حقول رميلان``، ``لحقل السويدية``، ``آبار نفط رميلان``): the fields spread over the
    countryside, so a facility "of the Rmelan fields" is not in the town; another place its
    clause names (``في منطقة المالكية``) places the act (:func:`locate`)."""
    k = i - 1
    if k >= 0 and words[k] in _OIL_WORDS:
        k -= 1  # "آبار نفط رميلان"
    return k >= 0 and _stem(words[k], _FIELD_NOUNS) is not None


def dashed_road(ctx: _Context, road: tuple[int, Mention, Mention]) -> Mention | None:
    """Stage (where): an act on a road named by its two towns (:func:`road_ends`) with no other
    place (``انفجرت عبوة على طريق الحسكة – الشدادي``) is drawn, as :func:`road_between`, in the
    countryside of the first town (approximate), with the road as its unresolved name; None
    when that countryside is unknown."""
    head, first, second = road
    if first.place_id is None:
        return None
    area = countryside_row(ctx, first.place_id)
    if area is None:
        return None
    loc = ctx.gaz.locate(area.id)
    s, _ = ctx._orig_span(head, head)
    e = second.end + (ctx.nt.original[second.end:second.end + 1] == ")")
    text = ctx.nt.original[s:e]
    return Mention(s, e, text, area.id, area.name_en, area.name_ar, area.kind, loc.lat, loc.lon,
                   loc.geo_precision, True, "unresolved", f"on the road between towns, drawn in {area.name_en}",
                   unresolved_name=text)


_ROAD_LINKS = _WORDS["road_link"]


def road_bain(words: list[str], k: int) -> bool:
    """Stage (who): whether ``بين`` at token ``k`` joins the two ends of a road (``على الطريق
    الواصل بين قرية تل علو وبلدة تل كوجر``، ``الطريق بين …``): right after a ``road_link`` word
    or ``الطريق``. Such a بين names places, never the two parties of an event."""
    return k > 0 and (words[k - 1] in _ROAD_LINKS or words[k - 1] == "الطريق")


def road_between(ctx: _Context, i: int, m: Mention) -> Mention | None:
    """Stage: an event on the road between two towns (``على الطريق بين القامشلي والقحطانية``)
    is not in either town: it is drawn in the countryside of the first one (approximate), with
    the road as its unresolved name. ``m`` is the place chosen at token ``i``; None when it is
    not a town or city named right after ``الطريق بين`` or ``الطريق الواصل بين`` (``road_link``
    words; or its countryside is unknown)."""
    words = ctx.words
    if m.kind not in _TOWN_KINDS or m.unresolved_name or m.place_id is None:
        return None
    k = next((k for k in range(i - 1, max(0, i - 4), -1) if words[k] == "بين"), -1)
    # "على الطريق الواصل بين مدينتي قامشلو وعامودا": a linking word between road and بين
    road = k - 2 if k >= 2 and words[k - 1] in _ROAD_LINKS else k - 1
    if k < 1 or (words[road] not in _ROAD_HEADS and words[road].lstrip("وب") not in _ROAD_HEADS):
        return None
    towns = [(j, t) for j, t in ctx._places.between(k + 1, k + 4) if t.kind in _TOWN_KINDS and t.place_id]
    first = towns[0][1] if towns else m
    area = countryside_row(ctx, first.place_id or "")
    if area is None:
        return None
    loc = ctx.gaz.locate(area.id)
    s, _ = ctx._orig_span(road, road)
    e = max(t.end for _, t in towns) if towns else m.end
    # the second end of the road, named or not ("بين الحسكة ودير الزور")
    other = next((j for j in range(k + 2, min(len(words), k + 4)) if words[j].startswith("و")), None)
    if other is not None and not any(j == other for j, _ in towns):
        last = other + 1 if other + 1 < len(words) and words[other + 1].startswith("ال") else other
        e = max(e, ctx._orig_span(last, last)[1])
    text = ctx.nt.original[s:e]
    return Mention(s, e, text, area.id, area.name_en, area.name_ar, area.kind, loc.lat, loc.lon,
                   loc.geo_precision, True, "unresolved", f"on the road between towns, drawn in {area.name_en}",
                   unresolved_name=text)


_AXIS_HEADS = frozenset({"محور", "المحور"})
#: "التابع لمنطقة ديريك": a place said to belong to a town's district lies in its countryside.
_DISTRICT_HEADS = frozenset({"لمنطقه", "لناحيه"})


def front_axis(ctx: _Context, i: int, m: Mention) -> Mention | None:
    """Stage (where): an event on a front axis named by its towns (``عند مزارع الدربو على محور
    تل تمر - أبو راسين``) is not in the first town: it is drawn in that town's countryside
    (approximate), with the axis as its unresolved name, as a road between two towns is
    (:func:`road_between`); so is a place said to belong to a town's district (``في جبل …
    التابع لمنطقة ديريك``). ``m`` is the place chosen at token ``i``; None when it is not a
    town right after ``محور`` or ``التابع لمنطقة`` (or its countryside is unknown). A place the
    gazetteer lacks is never moved to another named place."""
    words = ctx.words
    if m.kind not in _TOWN_KINDS or m.unresolved_name or m.place_id is None or i < 1:
        return None
    axis = words[i - 1].lstrip("و") in _AXIS_HEADS
    district = i >= 2 and words[i - 1] in _DISTRICT_HEADS and words[i - 2] in _BELONGING
    if not (axis or district):
        return None
    area = countryside_row(ctx, m.place_id)
    if area is None:
        return None
    loc = ctx.gaz.locate(area.id)
    s, _ = ctx._orig_span(i - 1, i - 1)
    towns = [t for _, t in ctx._places.between(i, i + 4)] if axis else []
    e = max([t.end for t in towns] + [m.end])
    text = ctx.nt.original[s:e]
    how = "on a front axis" if axis else "in a town's district"
    return Mention(s, e, text, area.id, area.name_en, area.name_ar, area.kind, loc.lat, loc.lon,
                   loc.geo_precision, True, "unresolved", f"{how}, drawn in {area.name_en}",
                   unresolved_name=text)


_CANTON_HEADS = frozenset(map(normalise_phrase, ("مقاطعة", "بمقاطعة", "لمقاطعة", "ومقاطعة", "إقليم", "بإقليم", "لإقليم")))


def canton_name(words: list[str], i: int) -> bool:
    """Stage (where): whether the place named at token ``i`` names a canton or region of the
    Autonomous Administration after ``مقاطعة``/``إقليم`` (``في ريف ديريك بمقاطعة قامشلو``، ``لمجلس
    مقاطعة القامشلي``): a wide administrative area named after its city, not the city; never an
    event's place (a place the sentence names inside it is)."""
    return i > 0 and words[i - 1] in _CANTON_HEADS


_AREA_PLURALS = _WORDS["area_plural"]


def countryside_row(ctx: _Context, place_id: str) -> Place | None:
    """The gazetteer's countryside of ``place_id``: its child of kind area with no position
    (``amuda_countryside`` for ``amuda``), or None."""
    return next((c for c in ctx.gaz.children(place_id) if c.kind == "area" and not c.position), None)


_EDGES = _WORDS["edge_of"]


def at_the_edge(words: list[str], i: int) -> bool:
    """Stage (where): whether the place at token ``i`` is named as the edge or the surroundings of
    a town (``edge_of``: ``في محيط بلدة تل تمر``، ``على أطراف عامودا``، ``ضواحي الحسكة``), with
    ``بلدة``/``مدينة``/``قرية`` between or not: around the place, not in it."""
    k = i - 1
    if k >= 0 and words[k] in _SETTLEMENT_HEADS:
        k -= 1
    return k >= 0 and _stem(words[k], _EDGES) is not None


_SETTLEMENT_HEADS = _WORDS["settlement_head"]


def countryside_around(ctx: _Context, i: int, m: Mention) -> Mention | None:
    """Stage (where): the countryside of the town or city ``m`` (named at token ``i``), as an
    approximate mention at its words, for ground taken near or around it; None when ``m`` is no
    town or city of the gazetteer or it has no countryside row (the act is then placed as before:
    never at another named place)."""
    if m.place_id is None or m.unresolved_name or m.kind not in ("town", "city"):
        return None
    area = countryside_row(ctx, m.place_id)
    if area is None:
        return None
    loc = ctx.gaz.locate(area.id)
    return Mention(m.start, m.end, m.text, area.id, area.name_en, area.name_ar, area.kind,
                   loc.lat, loc.lon, loc.geo_precision, True, "relative",
                   f"ground taken around {m.name_en}, drawn in {area.name_en}")


def surroundings_of(ctx: _Context, i: int, m: Mention) -> Mention | None:
    """Stage (where): the quarters, villages or areas around a place (``في الأحياء المحيطة
    بالسجن``، ``في القرى المجاورة لتل تمر``) are not that place: the event is drawn at the place
    that encloses it in the gazetteer (the prison's quarter, the town's countryside when it has
    one), approximate, with a note. ``m`` is the place chosen at token ``i``, or the place a
    back-reference there (``بالسجن``) names; None when it is not
    named after a plural of areas and a word of surrounding, or has no enclosing place."""
    words = ctx.words
    if i < 2 or m.place_id is None or m.unresolved_name:
        return None
    if words[i - 1] not in _NEIGHBOURING or words[i - 2].removeprefix("في") not in _AREA_PLURALS:
        return None
    place = ctx.gaz.places.get(m.place_id)
    countryside = countryside_row(ctx, m.place_id)
    around = countryside or (ctx.gaz.places.get(place.parent) if place is not None and place.parent else None)
    if around is None:
        return None
    loc = ctx.gaz.locate(around.id)
    s, _ = ctx._orig_span(i - 2, i - 2)
    e = max(m.end, ctx._orig_span(i, i)[1]) if m.start >= s else ctx._orig_span(i, i)[1]  # (a back-reference: up to it)
    return Mention(s, e, ctx.nt.original[s:e], around.id, around.name_en, around.name_ar, around.kind,
                   loc.lat, loc.lon, loc.geo_precision, True, "relative",
                   f"around {m.name_en}, drawn in {around.name_en}")


def coming_back_from(words: list[str], trig_tok: int, i: int) -> bool:
    """Stage: whether the place at token ``i`` is where the victims were coming back from
    (``استهدفت الطائرة السيارة أثناء عودة الإداريين من اجتماع في بلدة …``): a return word
    after the trigger, then ``من``, then the place. The act was on the way, not there; used
    for an act told again (a definite trigger), whose place the article already gave (an
    abduction "أثناء عودته من مدرسته في حي …" with no other place is placed there)."""
    if i <= trig_tok + 2 or _RETURN_FORMS.isdisjoint(words[trig_tok + 1:i]):
        return False
    back = [k for k in range(trig_tok + 1, i) if words[k] in _RETURN_FORMS]
    return bool(back) and "من" in words[back[0] + 1:i]


_AID_VERBS = _WORDS["aid_verb"]
_CARRY_VERBS = _WORDS["carry_verb"]
_CARRIED = _WORDS["carried_casualty"]
_HOSPITALS = _WORDS["hospital"]
_CARE_WORDS = _WORDS["care_word"]
#: How far before a place a hospital noun may stand (``في أحد مشافي القامشلي``، ``في مستشفى بمدينة
#: القامشلي``), and how far before that noun the word of dying or being treated.
_HOSPITAL_PLACE_GAP = 3
_CARE_GAP = 8
_TO_WORDS = frozenset({"الي", "حتي"})
#: How far before a place its "إلى" may stand (a hospital noun, its adjective, في between),
#: and how far before that "إلى" the verb of taking.
_EVACUATION_TO_GAP = 5
_EVACUATION_VERB_GAP = 4


def evacuation_place(words: list[str], i: int, lo: int) -> bool:
    """Stage (where): whether the place named at token ``i`` is where the wounded or the dead
    were taken (``ونقل الجرحى إلى مشفى في المدينة``، ``وأسعف المصابون إلى مستشفى القامشلي``،
    ``ونقلت الجثث إلى عامودا``): ``إلى`` (or a hospital noun after ``لـ``) at most a few words
    before it, a verb of rushing to care (``aid_verb``) or of taking (``carry_verb``, with the
    wounded or dead, a hospital or an ambulance named) just before that. Where they were taken
    is never the event's place, nor is the town of the hospital a victim died or is treated in
    (``وتوفي أحدهما لاحقاً في مستشفى بمدينة القامشلي``، ``يتلقى العلاج في أحد مشافي الحسكة``: a hospital
    noun right before the place, a ``care_word`` a few words before that; a hospital struck keeps
    its town). ``lo``: the first token of the sentence."""
    if _treated_in_hospital(words, i, lo):
        return True
    for t in range(i - 1, max(lo, i - _EVACUATION_TO_GAP) - 1, -1):
        w = words[t].lstrip("و")
        if w not in _TO_WORDS and not (w.startswith("ل") and _stem(w, _HOSPITALS) is not None):
            continue
        for v in range(t - 1, max(lo, t - _EVACUATION_VERB_GAP) - 1, -1):
            if _stem(words[v], _AID_VERBS) is not None:
                return True
            if _stem(words[v], _CARRY_VERBS) is not None and (
                    _any_stem(words[v + 1:t], _CARRIED) or _any_stem(words[v + 1:i + 1], _HOSPITALS)
                    or _any_stem(words[v + 1:i], _AID_VERBS)):
                return True
        return False  # the nearest "إلى" before the place is not a taking of the wounded
    return False


def _treated_in_hospital(words: list[str], i: int, lo: int) -> bool:
    # (the place may be the hospital itself, named: "يتلقى العلاج في مشفى الشعب")
    for t in range(i, max(lo, i - _HOSPITAL_PLACE_GAP - 1) - 1, -1):
        if _stem(words[t], _HOSPITALS) is not None:
            return _any_stem(words[max(lo, t - _CARE_GAP):t], _CARE_WORDS)
    return False


def reporter_place(words: list[str], i: int) -> bool:
    """Stage: whether the place at token ``i`` is where a reporter is (``وقال مراسل عنب بلدي في
    الحسكة إن …``، ``أفاد مراسلنا في القامشلي``): a reporter word at most four words before it,
    then ``في`` (or ``ب``) right before the place. The event the reporter tells is elsewhere."""
    if i < 2 or not (words[i - 1] == "في" or words[i].startswith("ب")):
        return False
    return not _REPORTER_FORMS.isdisjoint(words[max(0, i - 5):i])


# --------------------------------------------------------------------------- stage: how many

#: Definite nouns that refer back to the act just reported ("وأسفر الاستهداف عن مقتل …").
_BACK_REFERENCES = _WORDS["back_reference"]


def bind_toll(ctx: _Context, sent: Sentence, violent: list[_Draft]) -> _Draft | None:
    """Stage: the event a sentence's casualties belong to.

    The sentence's own violent event first (each count already bound to its own verb or
    noun: "قتل عنصر … وأصيب اثنان" is 1 killed, 2 wounded); else, when the sentence refers
    back to the act just reported (``وأسفر الاستهداف عن …``، ``ما أدى ذلك``), the previous
    sentence's violent event; else the article's widest clash (a total). None when there is
    none: the caller keeps the toll for the next sentence's event, so a toll stated just
    before the event it belongs to is not lost.
    """
    if violent:
        return violent[0]
    words = ctx.words
    if ctx._prev_violent and refers_back(words, sent):
        told = told_acts(ctx._prev_violent)
        # (the sentence before named only earlier acts as a time reference, "وجاء ذلك بعد يومين من قصف
        # …": the act referred back to is the one it set them against)
        return told[-1] if told else toll_owner(ctx, ctx._prev_violent)
    clash = ctx._main_clash()
    return None if clash is not None and clash.time_reference else clash


def told_acts(violent: list[_Draft]) -> list[_Draft]:
    """The acts among ``violent`` that may take a toll told in another sentence: not one told only as
    the time reference of another act (``time_reference``: ``ويأتي ذلك بعد يومين من قصف تركي على قرى
    …``): that earlier act's toll, if any, is told with it, never the other act's."""
    return [d for d in violent if not d.time_reference]


def toll_owner(ctx: _Context, refs: list[_Draft], toll: tuple[int, int] | None = None) -> _Draft | None:
    """The act that takes a toll told in another sentence when the only acts at hand (``refs``, not
    empty) are time references of another act (:func:`told_acts`): the act they are set against, the
    latest violent act of the article told as news (``استهدفت مسيرة سيارة … . قتل شخصان . ويأتي ذلك
    بعد يومين من قصف …``: the strike's). A toll told in a sentence of its own (``toll``, its token range)
    is that act's only when the act is told in the sentence right before it and the toll's sentence
    names no place (``قتل شخصان قرب قرية تل زيوان`` after a strike in Amuda is not the strike's). With
    no such act, none: the sentence says the earlier act is another than the one that killed (``قتل
    شخصان قرب عامودا . ويأتي ذلك بعد يومين من قصف …``: ``ذلك`` is the killing, which no rule read as an
    act), so its toll is left untold rather than put on the wrong act (a new user's week total had
    counted it twice)."""
    other = next((d for d in reversed(ctx.drafts) if d.trigger.event_type in VIOLENT_TYPES
                  and not d.time_reference and not d.headline_only and d not in refs), None)
    if other is None or toll is None:
        return other
    first, last = toll
    before = next((s for s in ctx.sentences if s.last < first and s.last >= first - 2), None)  # the sentence just before
    if before is None or other.sentence is not before and not (before.first <= other.trig_first <= before.last):
        return None
    return None if ctx._places.between(first, last) else other


def refers_back(words: list[str], sent: Sentence) -> bool:
    """Whether a sentence refers back to the act just reported (``وأسفر الاستهداف عن``،
    ``وتسبب الهجوم``، ``وأدى ذلك``، or its victims counted with the article in its first words:
    ``ولقي الثلاثة حتفهم``: ``told_people``)."""
    head = words[sent.first:min(sent.first + 4, sent.last + 1)]
    return (_in_window(words, _BACK_REFERENCES, sent.first, sent.last + 1)
            or "ذلك" in head
            # "ولقي الثلاثة حتفهم على الفور": the people just told, counted with the article
            or any(w.lstrip("و") in _TOLD_PEOPLE for w in head))


_TOLD_PEOPLE = _WORDS["told_people"]


# --------------------------------------------------------------------------- stage: is it a fact?

#: A denial governs the rest of its clause: "نفى الدفاع الوطني أن يكون عناصره أطلقوا النار".
_DENIALS = _WORDS["denial"]
#: Accusations: "اتهمت الحكومة التحالف بقصف …" reports a claim, not an event.
_ACCUSATIONS = _WORDS["accusation"]
#: A drone or a warplane flying over: "تحليق طائرة مسيرة فوق المنطقة" is no strike.
_OVERFLIGHT = _WORDS["overflight"]
#: "المرة الأولى/الثانية …": a statement of how many times, about the act already told.
_TIMES_NOUNS = frozenset({"المره", "للمره"})
_ORDINAL_TIMES = _norm("الأولى", "الثانية", "الثالثة", "الرابعة", "الخامسة", "السادسة", "السابعة", "الثامنة",
                       "التاسعة", "العاشرة", "الأخيرة", "الأولي")
#: Words that open the act a count of times refers to (``act_explained``: ``إذ``، ``فقد``).
_ACT_EXPLAINED = _WORDS["act_explained"]
_SHOOT_DOWN = _WORDS["shoot_down"]
#: Near a flight word: those who fled are attackers or prisoners ("لاذوا بالفرار"، "فرار السجناء").
_FLED_SCENE = _WORDS["fled_scene"]
#: An attempted assault these follow was fought off: a clash ("إلا أن أبناء الحي تصدوا لهم").
_REPELLED = _WORDS["repelled"]
#: Intentions and threats: "هددت تركيا بشن عملية"، "تعتزم … السيطرة".
_INTENTIONS = _WORDS["intention"]
#: Verbs of demanding, past and present, before an act asked for with بـ (``طالب الأهالي بتحرير …``).
_DEMANDED = _WORDS["demand_verb"] | _WORDS["demand_past"]
_ANTICIPATIONS = _WORDS["anticipation"]
#: Tries: "محاولة اعتقال"، "حاولوا اختطاف"، "سعت إلى خطف" (no arrest, no abduction happened).
_TRYING = _WORDS["attempt"] | _WORDS["trying"]
#: Attempts: tries, and coming close ("اقتربت من السيطرة").
_ATTEMPTS = _TRYING | _WORDS["approach"]
#: Foiled: "أحبطت الأسايش محاولة اغتيال" (nothing happened, whatever was attempted).
_FOILED = _WORDS["foiled"]
_FOILED_PLANS = _WORDS["foiled_plan"]
#: A bomb or mine defused, dismantled or made safe: "فككت الأسايش عبوة ناسفة"، "إبطال مفعول لغم".
_DEFUSED = _WORDS["defused"]
#: Kinds a defusal undoes: the device never went off.
_DEFUSABLE = {"ied", "suicide"}
#: How far after the device its defusal may be told (``عثرت دورية على لغم أرضي في محيط حي غويران
#: مساء أمس، وتولت وحدة الهندسة تفكيكه``), in its clause.
_DEFUSED_AFTER = 16
#: How far before the device its defusal may be told, the unit that did it between them
#: (``فككت وحدة من الهندسة في الجيش السوري اليوم عبوة ناسفة``).
_DEFUSED_BEFORE = 12
_REFUSALS = _WORDS["refusal"]
_EARLIER_MARKERS = _WORDS["earlier_marker"]
#: Kinds an attempt still counts for: an assassination attempt is shooting (ACLED codes it).
_ATTEMPT_COUNTS = {"civ_attack", "shelling", "air", "ied", "grenade"}


def defused(words: list[str], i: int, clause_first: int, clause_last: int) -> bool:
    """Stage: whether the bomb or mine at token ``i`` is told as defused, not as gone off.

    A defusal word (``defused`` rows: فكك، تفكيك، أبطل مفعول …) up to twelve words before the
    device in its clause (``فككت قوى الأمن الداخلي صباح اليوم عبوة ناسفة``) or up to fifteen after it
    (``عثرت الدورية على عبوة ناسفة قرب الجسر وفككتها``), unless the clause says it went off
    (``انفجرت عبوة ناسفة أثناء محاولة تفكيكها`` is an explosion).

    Parameters
    ----------
    words : list of str
        The sentence's normalised words.
    i : int
        Index of the device's trigger word.
    clause_first, clause_last : int
        Indexes of the first and last words of its clause.

    Returns
    -------
    bool
        True when the device was made safe and nothing exploded.
    """
    if not has_any(words, proclitic_forms(_DEFUSED)):
        return False
    end = min(i + _DEFUSED_AFTER, clause_last + 1)
    if not (_in_window(words, _DEFUSED, max(clause_first, i - _DEFUSED_BEFORE), i) or _any_stem(words[i + 1:end], _DEFUSED)):
        return False
    return not any(w.lstrip("وبفل").startswith(("انفجر", "انفجار")) for w in words[clause_first:end])


def not_a_fact(words: list[str], i: int, kind: str, clause_first: int, clause_last: int) -> str:
    """Stage: why the trigger at token ``i`` reports no event, or ``""`` when it does.

    A denial, an accusation or a claim earlier in the clause (``نفى … أن يكون … أطلقوا النار``،
    ``اتهمت … التحالف بقصف``، ``زعم … أن جنوده ردّوا على إطلاق نار``), a drone flying over (``تحليق طائرة مسيرة``), an intention, a
    threat or a call up to six words before it (``هددت … بشن``، ``دعت … إلى التظاهر``), a
    foiled act (``أحبطت … محاولة``, anywhere before it in the clause), an agreement named as
    the frame of something else (``منذ تفاهم سوتشي``، ``رغم تفاهمات وقف إطلاق النار``، ``الدول
    الضامنة لاتفاقيات …``، ``خرقاً للهدنة``: up to three words before it), a refusal to leave
    (``يرفض السكان مغادرة منازلهم``), what happened before told as such (``نزح أصلاً من``), or an attempt
    (``محاولة اعتقال``، ``حاولوا اختطاف``، ``اقتربت من السيطرة``) of anything but an attack
    (an assassination attempt is shots fired, and ACLED codes it).
    """
    # (a word of a list after proclitics, as _stem finds it: a look-up in the list's prefixed forms)
    if _in_window(words, _DENIALS, clause_first, i):
        return "denied"
    if _in_window(words, _ACCUSATIONS, clause_first, i):
        return "an accusation"
    if _in_window(words, _CLAIMS, clause_first, i):
        return "a claim"  # "زعم التحالف في بيان أن جنوده ردّوا على إطلاق نار": a side's version, no new act
    if i > 0 and words[i - 1] == "من" and _any_stem(words[max(clause_first, i - 6):i - 1], _RETURN_WORDS):
        return "what someone was coming back from"  # "في طريق عودته إلى منزله من اجتماع"
    if kind != "displacement" and fled_from(words, i, clause_first):
        return "what people fled from"  # "خمساً وأربعين عائلة فرّت من القصف المتكرر"
    if kind == "displacement" and _in_window(words, _FLED_SCENE, max(clause_first, i - 4), i + 4):
        return "fled the scene or escaped custody, no displacement"
    if kind == "displacement" and (why := not_displaced(words, i, clause_first)):
        return why
    if running_tally(words, i, clause_first):
        return "a running total"  # "وبلغ عدد من اعتقلتهم الأسايش منذ انطلاق الحملة أكثر من 150"
    if counted_acts(words, i, clause_first):
        return "a count of acts"  # "وأحصى ناشطون ثماني ضربات جوية خلال الجمعة وحدها"
    if kind == "deployment" and published_not_deployed(words, i):
        return "something published"  # "نشرت وسائل إعلام الحزب صور الضحايا"
    if kind == "meeting" and i > 0 and words[i - 1].lstrip("و") == "اثناء" and not words[i].startswith("ال"):
        return "the meeting during which something else happened"  # "اقتحموا المقر أثناء اجتماع فيه"
    if kind == "agreement" and _in_window(words, _AGREEMENT_FRAMES, max(clause_first, i - 3), i):
        return "an agreement named as the frame of something else"  # "رغم تفاهمات وقف إطلاق النار"
    if kind == "agreement" and framed_topic(words, i, clause_first):
        return "an agreement named as the frame of something else"  # "رغم التفاهمات الروسية التركية حول وقف …"
    if kind == "clash" and i > 0 and words[i - 1] in _FRONT_LINES:
        return "a front line"  # "إلى أحياء أبعد عن خطوط الاشتباك": where the front runs, no clash
    if kind == "air" and _in_window(words, _OVERFLIGHT, max(clause_first, i - 3), i):
        return "an overflight, no strike"
    if not bare_words(words).isdisjoint(_TIMES_NOUNS) and any(
            w.lstrip("و") in ("المره", "للمره") and k + 2 < i and words[k + 1] in _ORDINAL_TIMES
            and not {"التي", "الذي"}.isdisjoint(words[k + 2:min(i, k + 6)])
            and _ACT_EXPLAINED.isdisjoint(words[k + 2:i])
            for k, w in enumerate(words[clause_first:i], clause_first)):
        # "وهذه المرة الثانية خلال أسبوع التي تستهدف فيها …"; not the act told after إذ/فقد
        # ("وليست هذه المرة الأولى …، إذ قصفت مسيرة في الخامس من تموز …": that earlier act itself)
        return "how many times such an act happened"
    if kind == "air" and _in_window(words, _SHOOT_DOWN, max(clause_first, i - 4), i):
        return "an aircraft shot down, no strike"  # "أسقطت قوات سوريا الديمقراطية طائرة مسيرة تركية"
    if _in_window(words, _INTENTIONS, max(clause_first, i - 6), i):
        return "an intention or a threat"
    if may_cause_or_feared(words, i, clause_first):
        return "what may happen or is feared"
    if kind == "takeover" and words[i].startswith("ب") and any(
            w.lstrip("و") in _DEMANDED for w in words[max(clause_first, i - 3):i]):
        return "a demand"  # "طالب الأهالي بتحرير قرية …": what they asked for, not done
    if _in_window(words, _ANTICIPATIONS, max(clause_first, i - 4), i):
        return "an act feared"  # "وتحسباً لجولة جديدة من الاقتتال"
    if kind in _DEFUSABLE and defused(words, i, clause_first, clause_last):
        return "a device defused"
    if _in_window(words, _FOILED, max(clause_first, i - 4), i):
        return "foiled"
    if _in_window(words, _FOILED_PLANS, clause_first, i):
        return "foiled"  # "أحبطت القوات الأسبوع الماضي مخططاً لاستهداف حاجز بسيارة مفخخة"
    if kind == "displacement" and _in_window(words, _REFUSALS, max(clause_first, i - 8), i):
        return "refused"  # "ويرفض كثير من سكان القرى مغادرة منازلهم" (a refusal of terms is no refusal to meet)
    if kind not in _TWO_SIDED and any(w in _EARLIER_MARKERS for w in words[i + 1:i + 3]):
        return "told as what happened before"  # "معظمها نزح أصلاً من رأس العين"
    if "ما" in words[i:i + 20] and any(
            w == "ما" and _stem(words[k + 1], _DENIALS) is not None for k, w in enumerate(words[i:i + 20], i)
            if k + 1 < len(words) and words[k - 1] in ("وهو", "هو", "وهذا")):
        return "denied"  # "وسيطرت الأسايش على حاجزين، بحسب وسائل إعلام مقربة منها، وهو ما نفته مصادر …"
    if kind == "clash" and _any_stem(words[i + 1:i + 16], _REPELLED):
        return ""  # "حاولوا اقتحام الحي … إلا أن أبناء الحي تصدوا لهم": the attempt was fought
    if kind not in _ATTEMPT_COUNTS and _in_window(words, _ATTEMPTS, max(clause_first, i - 3), i):
        return "an attempt"
    if kind == "agreement" and efforts_failed(words, i, clause_last):
        return "sought in vain"
    return not_done(words, i, kind, clause_first)


#: How far after an agreement word the failure of the efforts for it may be told.
_FAILED_REACH = 12


def efforts_failed(words: list[str], i: int, clause_last: int) -> bool:
    """Stage (is it a fact): an agreement word (``للتهدئة``، ``إلى هدنة``) followed in its clause,
    within :data:`_FAILED_REACH` words, by a negated verb of succeeding (``من دون أن تنجح
    جهودهم``، ``لكن مساعيهم لم تفلح``: ``لم``/``دون`` and a ``succeed_verb``) names what was sought
    and not reached: no agreement. Efforts that failed before an agreement reached (``توصلا إلى
    هدنة، بعد أن فشلت وساطات سابقة``) use a verb of failing, not a negated success, and change
    nothing."""
    if not has_any(words, proclitic_forms(_SUCCEED_VERBS)):
        return False
    hi = min(clause_last, i + _FAILED_REACH)
    for k in range(i + 1, hi + 1):
        if _stem(words[k], _SUCCEED_VERBS) is None:
            continue
        before = words[max(0, k - 2):k]
        if any(w.lstrip("و") in _FAILED_NEGATORS for w in before):
            return True
    return False


#: How far back an attempt word may stand with the subject between it and the act
#: ("حاولت دورية تابعة لقوات النظام صباح اليوم توقيف …").
_ATTEMPT_REACH = 8


def attempted(words: list[str], i: int, kind: str, lo: int, triggers_between: Callable[[int, int], list]) -> bool:
    """Stage (is it a fact): the trigger at ``i`` is the object of an attempt told with its
    subject, and maybe a time, between them (``حاولت دورية تابعة لقوات النظام صباح اليوم توقيف
    سائق``، ``همّت دورية للأسايش باعتقال``، ``تسعى مجموعة مسلحة إلى خطف``; ``attempt`` and
    ``trying`` rows, not ``approach``: ``اقتربت القوات من … بعد اشتباكات`` tells a clash): no
    arrest, abduction or takeover happened. :func:`not_a_fact` stops the attempt right before
    the act (three words); this reaches :data:`_ATTEMPT_REACH` words back within the trigger's
    comma stretch (from ``lo``), as long as no other trigger stands between them (a word of an act
    of its own) and the trigger carries no conjunction (``واعتقلت سائقها`` tells the arrest that
    followed). An attack (``_ATTEMPT_COUNTS``) attempted is still shots fired or a blast, and an
    assault that was fought off (``repelled``) a clash.

    Parameters
    ----------
    words : list of str
        The article's normalised words.
    i : int
        Index of the trigger's first word.
    kind : str
        The trigger's kind.
    lo : int
        The first token the attempt word may stand at (the clause's or the comma stretch's start,
        whichever is later).
    triggers_between : callable
        The triggers whose first token is in a range (both ends included).

    Returns
    -------
    bool
        True when the trigger is only attempted.
    """
    if kind in _ATTEMPT_COUNTS or words[i][:1] in ("و", "ف"):
        return False
    if kind == "clash" and _any_stem(words[i + 1:i + 16], _REPELLED):
        return False  # "حاولوا اقتحام الحي … إلا أن أبناء الحي تصدوا لهم": the attempt was fought
    start = max(lo, i - _ATTEMPT_REACH)
    if not _in_window(words, _TRYING, start, i):
        return False
    at = max(k for k in range(start, i) if _stem(words[k], _TRYING) is not None)
    return not triggers_between(at + 1, i - 1)


_FUTURE_PARTICLES = _WORDS["future_particle"]
_MAY_PARTICLES = _WORDS["may_particle"]
_ANY = _WORDS["any_determiner"]
_FUTURE_LOOKALIKES = _WORDS["future_lookalike"]
#: The "that" of a report: what follows is the clause reported, not the speaker's.
_REPORTED_THAT = frozenset({"ان", "بان", "وان"})
#: How far back a future verb or particle may stand ("ستشهد المنطقة اشتباكات").
_AHEAD_REACH = 4


#: Endings no imperfect verb after س has: a noun's ة with a possessive (سيارتهم، سيارته), the
#: past ت (سيطرت), the dual or a name's ان/ين (سنتين، سيبان).
_NOT_IMPERFECT_ENDINGS = ("تهم", "تها", "ته", "تهن", "تكم", "تنا", "تي", "ت", "ان", "ين")


def future_verb(word: str) -> bool:
    """Whether ``word`` (normalised, maybe behind و or ف) is an imperfect verb with the future
    prefix س (``سيتسبب``، ``ستشهد``، ``سنرد``، ``سيتم``): س, then an imperfect form (ي ت ن and at
    least three letters more; not ا, as ``ساعتين`` begins), with no ending an imperfect lacks
    (:data:`_NOT_IMPERFECT_ENDINGS`: ``سيارتهم``، ``سيطرت``، ``سنتين``، ``سيبان``), no noun
    ending (ه، ات، ا) and no ``future_lookalike`` row (``سيارة``، ``سيطرة``، ``ستة``). A name
    (``سيامند``) is told apart by :func:`not_yet`, which stops at the إن/أن of a report."""
    w = word[1:] if word[:1] in ("و", "ف") and len(word) > 5 else word
    if w in _FUTURE_LOOKALIKES or w[:1] != "س":
        return False
    rest = w[1:]
    if rest == "يتم" or rest == "تتم":  # "سيتم قصف": the one short imperfect the news tells the future with
        return True
    return (len(rest) >= 4 and rest[0] in "يتن" and rest[1] != "ا"
            and not rest.endswith(_NOT_IMPERFECT_ENDINGS + ("ه", "ات", "ا")))


_MAY_CAUSE = _WORDS["may_cause_verb"]
_FEARS = _WORDS["fear_word"]
_RENEWALS = _WORDS["renewal_noun"]


def may_cause_or_feared(words: list[str], i: int, clause_first: int) -> bool:
    """Stage (is it a fact?): an act told as what may follow or what is feared, however far its
    verb stands before it in the clause: ``قد`` right before a verb of causing in the imperfect
    (``قد تؤدي أي عملية عسكرية تركية جديدة إلى نزوح آلاف العائلات``: ``may_cause_verb``), or a
    fear (``fear_word``) before the renewal of the act (``يخشى أهالي قرى ريف تل تمر من تجدد القصف``:
    ``renewal_noun`` right before it). A past act told after a fear in another way (``خوفاً من
    القصف الذي طال القرية أمس``) is left to the other readers."""
    span = words[clause_first:i]
    if any(w.lstrip("و") == "قد" and k + 1 < len(span) and span[k + 1].lstrip("و") in _MAY_CAUSE
           for k, w in enumerate(span)):
        return True
    return (i > clause_first and words[i - 1].lstrip("و") in _RENEWALS
            and any(w.lstrip("و") in _FEARS for w in span))


def _imperfect(word: str) -> bool:
    """An imperfect verb after ``قد``: ``يدفع``، ``يؤدي``; with ت only where no past form looks
    the same: ``تتعرض`` (تت), ``تندلع`` (five letters or more, no ا third as in the past
    ``تظاهروا``, no past ending ت، وا، ا as in ``تعرضت``). A four-letter ``تشهد`` could be the
    past ``تعرض``, so it is left as told."""
    if len(word) < 3:
        return False
    if word[0] == "ي":
        return True
    if word[0] != "ت":
        return False
    return word.startswith("تت") or (len(word) >= 5 and word[2] != "ا" and not word.endswith(("ت", "وا", "ا")))


def not_yet(words: list[str], i: int, lo: int) -> bool:
    """Stage (is it a fact): the trigger at ``i`` tells what will or may happen, or any such act.

    - a future verb (:func:`future_verb`: ``ستشهد المنطقة اشتباكات``، ``سيتسبب بنزوح``) or
      ``سوف`` (``future_particle``) up to :data:`_AHEAD_REACH` words before it in its comma
      stretch (from ``lo``), looking back no further than an إن/أن (the clause reported:
      ``قال سيبان حمو إن قواته اشتبكت``) or و and a past verb (another clause);
    - ``قد`` and an imperfect verb there (``قد تتعرض لقصف``، ``قد يدفع … إلى النزوح``; ``قد شهدت``
      tells what did happen);
    - ``أي`` right before it (``أي هجوم``، ``أي تصعيد``: none in particular);
    - ``على أن`` and an imperfect verb there (``على أن تتواصل المفاوضات``، ``على أن تنسحب
      القوات``): the terms of what was agreed, to happen later.

    Threats and fears named by their own words (``حذرت``، ``يخشى``) are :func:`not_a_fact`'s
    ``intention`` rows; this catches the tense that tells them when the warning word is far.

    Parameters
    ----------
    words : list of str
        The article's normalised words.
    i : int
        Index of the trigger's first word.
    lo : int
        The first token of the trigger's clause and comma stretch.

    Returns
    -------
    bool
        True when the act has not happened.
    """
    if i > lo and _stem(words[i - 1], _ANY) is not None:
        return True
    start = max(lo, i - _AHEAD_REACH)
    for k in range(i - 1, start - 1, -1):
        w = words[k]
        if future_verb(w) or _stem(w, _FUTURE_PARTICLES) is not None:
            return True
        if _stem(w, _MAY_PARTICLES) is not None and _imperfect(words[k + 1]):
            return True
        if w == "ان" and k > lo and words[k - 1] == "علي" and k + 1 < i and _imperfect(words[k + 1]):
            return True  # "على أن تتواصل المفاوضات": what is agreed to happen next
        if k < i - 1 and (w in _REPORTED_THAT or and_past_verb(w)):
            return False  # "قال القيادي سيبان حمو إن قواته اشتبكت"، "سيرد بقوة واستهدفت …": another clause
    return False


_HEARING = _WORDS["hearing"]
_SOUND_NOUNS = _WORDS["sound_noun"]
_STRUCK_MARKS = _WORDS["heard_and_struck"]
#: How far before the act its sound noun may stand ("صوت سيارات الإسعاف والقذائف").
_SOUND_REACH = 5


def only_heard(words: list[str], i: int, clause_first: int, sentence_last: int | None = None) -> bool:
    """Stage (is it a fact): the trigger at ``i`` is a sound people hear, told as the life of a
    place (``ولا يسمع السكان في الليل إلا أصوات القذائف البعيدة``، ``تسمع منذ الصباح أصوات
    الاشتباكات``): a hearing verb in the present (``hearing``) earlier in the clause
    and a word for sound (``sound_noun``: صوت، أصوات، دوي) at most :data:`_SOUND_REACH` words
    before the act. What was heard is no act with a place and a day; shells that fell, told
    as such (``وسقطت قذائف …، وسمع السكان أصوات الانفجارات``), stay an event, and so does a blast
    that boomed (``دوى انفجار``: no hearing verb), and a sound heard in a sentence that tells a
    device or casualties (``heard_and_struck``, kill and wound words: ``سمعوا دوي انفجار عبوة
    … أسفر عن جرح رجلين``).

    Parameters
    ----------
    words : list of str
        The article's normalised words.
    i : int
        Index of the trigger's first word.
    clause_first : int
        The first token of the trigger's clause.

    Returns
    -------
    bool
        True when only the sound of the act is told.
    """
    if not _in_window(words, _SOUND_NOUNS, max(clause_first, i - _SOUND_REACH), i):
        return False
    if not _in_window(words, _HEARING, clause_first, i):
        return False
    # a blast heard that wounded or killed, or a device that went off, happened where it was heard
    hi = len(words) if sentence_last is None else sentence_last + 1
    return not any(_in_window(words, marks, clause_first, hi) for marks in (_STRUCK_MARKS, _KILL_WORDS, _WOUND_WORDS))


_RUMOURS = _WORDS["rumour"]
_PROVED_FALSE = _WORDS["proved_false"]
#: How far before the rumour word the verdict word may stand (``تبين لاحقاً أن الخبر مجرد شائعة``).
_RUMOUR_REACH = 5


def proved_false(words: list[str], i: int, sentence_last: int) -> bool:
    """Stage (is it a fact): the sentence itself says the report of the act at ``i`` was a rumour
    (``تحدثت صفحات عن غارة على قرية، إلا أن الخبر تبين أنه مجرد شائعة``): a ``rumour`` word after the
    trigger, in its sentence, with a verdict word (``proved_false``: تبين، اتضح، ثبت، مجرد، محض) at
    most :data:`_RUMOUR_REACH` words before it; or the act is what a rumour is about (``وسط
    شائعات عن تعزيزات``: a rumour word and ``عن`` right before the trigger). A rumour named after
    the act without a verdict (``قصفت … وسط شائعات عن انسحاب``) leaves the act a fact.

    Parameters
    ----------
    words : list of str
        The article's normalised words.
    i : int
        Index of the trigger's first word.
    sentence_last : int
        The last token of the trigger's sentence.

    Returns
    -------
    bool
        True when the act is only rumoured, or told and then called a rumour.
    """
    if i >= 2 and words[i - 1] == "عن" and _stem(words[i - 2], _RUMOURS) is not None:
        return True  # "وسط شائعات عن تعزيزات جديدة": only rumoured
    if not _in_window(words, _RUMOURS, i + 1, sentence_last + 1):
        return False
    return any(_stem(words[k], _RUMOURS) is not None
               and _in_window(words, _PROVED_FALSE, max(i + 1, k - _RUMOUR_REACH), k)
               for k in range(i + 1, sentence_last + 1))


_ABOUT = frozenset({"حول", "بشان", "بخصوص"})
#: How far before the topic word a frame word may stand ("رغم التفاهمات الروسية التركية حول").
_FRAME_REACH = 5


def framed_topic(words: list[str], i: int, clause_first: int) -> bool:
    """Stage (is it a fact): an agreement trigger that is the topic (``حول``، ``بشأن``،
    ``بخصوص`` right before it) of a frame (``agreement_frame``: ``رغم``، ``بموجب``، ``وفق``…) a
    few words back (``وتأتي هذه التطورات رغم التفاهمات الروسية التركية حول وقف إطلاق النار``)
    names the frame of what the sentence tells, no agreement reached then. ``اتفق الطرفان
    اليوم حول وقف إطلاق النار`` has no frame word and stays an agreement."""
    if i < 1 or words[i - 1] not in _ABOUT:
        return False
    return _in_window(words, _AGREEMENT_FRAMES, max(clause_first, i - 1 - _FRAME_REACH), i - 1)


_FLIGHT_VERBS = _WORDS["flight_verb"]


def fled_from(words: list[str], i: int, clause_first: int) -> bool:
    """Stage (is it a fact): the trigger at ``i`` right after a verb of flight and ``من``
    (``عائلة فرّت من القصف المتكرر``، ``نزحوا من المعارك``; ``flight_verb``) names what people fled
    from: the flight's cause told in passing, as ``هرباً من``, not an event of its own. A place
    fled from is no trigger; ``فرّت العائلات من القرية بعد قصف …`` has the act elsewhere."""
    return i - 2 >= clause_first and words[i - 1] == "من" and split_proclitics(words[i - 2], _FLIGHT_VERBS) is not None


_SUCCEED_VERBS = _WORDS["succeed_verb"]
_FAILED_NEGATORS = _WORDS["failed_negator"]
_FAIL_VERBS = _WORDS["fail_verb"]
_AIM_NOUNS = _WORDS["aim_noun"]
_DETENTION_PLACES = _WORDS["detention_place"]
_LEAD_VERBS = _norm("اقتاد", "اقتادت", "اقتادوا")


def not_done(words: list[str], i: int, kind: str, clause_first: int) -> str:
    """Stage (is it a fact): acts the sentence says were not done, or were something else.

    - ``دون أن`` up to five words before the trigger (``من دون أن تسجل أي حالة اعتقال``): negated.
    - A failure earlier in the clause and ``في`` at most two words before the trigger
      (``ولم تنجح وساطة يقودها ضباط روس في فرض تهدئة``، ``فشلت القوات في السيطرة على``): what
      failed did not happen (``succeed_verb`` after ``لم``, or a ``fail_verb``).
    - An arrest or abduction noun with the ``ل`` of purpose (``نقطة لتوقيف المتهمين``:
      ``aim_noun``): what a checkpoint is for, not an act (``تعرض لاعتقال`` is one).
    - An arrest noun right after a building or place that holds detainees (``مبنى احتجاز``،
      ``مراكز الاحتجاز``، ``مركز الاعتقال``: ``detention_place``): the place, not an act.
    - ``اقتاد`` with a vehicle after it (``اقتاد الانتحاري الشاحنة``: ``vehicle``): drove it.
    - Bodies pulled from rubble (``انتشال جثث من تحت الأنقاض``: ``rubble``): the dead of the act
      told, no handover.
    - A withdrawal of vehicles or a convoy (``انسحبت العربات``: ``convoy``): no territory.
    - Casualties a hospital received (``استقبلت المشافي … جرحى أصيبوا برصاص``: ``receive_verb``
      up to ten words before): a count of the acts told, no act of its own.
    - Fighting named as the subject of a verb of causing (``ودفعت المعارك العائلات إلى …``،
      ``وتسببت الاشتباكات بـ …``: ``cause_verb``, the noun definite): the cause of what follows
      (unless a relative clause tells it there: ``وأدت الاشتباكات التي اندلعت أمس في …``).
    """
    before = words[max(clause_first, i - 5):i]
    if any(w.lstrip("و") in ("دون", "بدون") and k + 1 < len(before) and before[k + 1] == "ان"
           for k, w in enumerate(before)):
        return "negated"
    for k in range(i - 1, clause_first - 1, -1):
        w = words[k].lstrip("و")
        failed = w in _FAIL_VERBS or (w in _SUCCEED_VERBS and k > clause_first and words[k - 1].lstrip("و") in ("لم", "لن"))
        if failed:
            if "في" in words[max(k + 1, i - 2):i]:  # "في فرض تهدئة"، "في السيطرة على": what it failed at
                return "failed"
            break
    if kind in ("arrest", "abduction") and words[i] in _AIM_NOUNS and (i == 0 or words[i - 1].lstrip("و") not in _UNDERGO):
        return "an aim"
    if kind == "arrest" and i > clause_first and words[i - 1].lstrip("و") in _DETENTION_PLACES:
        return "a place of detention"  # "نقل الموقوفون إلى مبنى احتجاز": a building, no arrest
    if kind == "arrest" and words[i].lstrip("و") in _LEAD_VERBS and any(
            w in _VEHICLES for w in words[i + 1:i + 3]):
        return "drove a vehicle"
    if kind == "bodies" and any(w in _RUBBLE for w in words[i + 1:i + 7]):
        return "bodies recovered from rubble"  # "يواصل المسعفون انتشال جثث من تحت الأنقاض": the dead of the act told
    if kind == "transfer" and any(_stem(w, _CONVOYS) is not None for w in words[i + 1:i + 3]):
        return "a convoy moving off"  # "وانسحبت العربات يومها من المنطقة": no territory changed hands
    if kind in ("civ_attack", "clash", "shelling", "air") and any(
            w.lstrip("و") in _RECEIVE_VERBS for w in words[max(clause_first, i - 10):i]):
        return "a hospital's count"  # "استقبلت مشافي المدينة خلال يومين عشرة جرحى أصيبوا برصاص القناصة"
    if (kind in _FIGHT_KINDS and i > clause_first and words[i].startswith(("ال", "وال"))
            and words[i - 1].lstrip("و") in _CAUSE_VERBS
            and not _RELATIVES.intersection(words[i + 1:i + 3])):  # "وأدت الاشتباكات التي اندلعت أمس …": told here
        return "the cause of what follows"  # "ودفعت المعارك عشرات العائلات إلى مغادرة منازلها"
    if since_outbreak(words, i):
        return "the start of a period"  # "مقتل 58 شخصاً منذ اندلاع الاقتتال يوم الأربعاء"
    return ""


_OUTBREAK_WORDS = _WORDS["outbreak"]


def since_outbreak(words: list[str], i: int) -> bool:
    """Stage (is it a fact): whether the trigger at token ``i`` names the start of a period
    (``منذ اندلاع الاقتتال``، ``منذ بدء المعارك``، ``منذ انطلاق الحملة``: ``منذ`` and an
    ``outbreak`` word right before it): what is counted since then is a running total, and
    the event is told elsewhere or no event."""
    return i >= 2 and words[i - 2].lstrip("و") == "منذ" and words[i - 1] in _OUTBREAK_WORDS


def running_total_since(words: list[str], first: int, last: int) -> bool:
    """Stage (how many): whether the sentence ``first..last`` counts acts over a long period (a
    ``tally_verb`` then ``عدد`` within four words, and ``منذ`` with a ``since_period`` word after it:
    ``وبذلك يرتفع إلى 58 عدد الاستهدافات الجوية … منذ مطلع العام الجاري، أسفرت عن مقتل 61
    شخصاً``). With no event of its own, its dead and wounded are that period's total, not the toll
    of the event just told, even when it names the acts with a word that refers back
    (``الاستهدافات``). A toll rising since yesterday evening (``منذ مساء أمس``) is no long period."""
    if "عدد" not in words[first:last + 1]:
        return False
    tally = proclitic_forms(_TALLY_VERBS)
    counted = any(w == "عدد" and not tally.keys().isdisjoint(words[max(first, k - 4):k])
                  for k, w in enumerate(words[first:last + 1], first))
    return counted and any(w.lstrip("و") == "منذ" and k + 1 <= last and words[k + 1] in _SINCE_PERIODS
                           for k, w in enumerate(words[first:last + 1], first))


def _since_outbreak_in(words: list[str], first: int, last: int) -> bool:
    return any(since_outbreak(words, k) for k in range(first + 2, last + 1) if words[k - 1] in _OUTBREAK_WORDS)


_RUBBLE = _WORDS["rubble"]
_CONVOYS = _WORDS["convoy"]
_RECEIVE_VERBS = _WORDS["receive_verb"]
_CAUSE_VERBS = _WORDS["cause_verb"]
_FIGHT_KINDS = frozenset({"clash", "shelling", "air"})


_FRONT_LINES = _WORDS["front_line"]
#: Between "عدد القتلى" and the event: the event is the toll's cause ("جراء التفجير"), one event.
_TOLL_CAUSES = frozenset({"جراء", "بسبب", "اثر", "نتيجه", "بفعل"})
_AGREEMENT_FRAMES = _WORDS["agreement_frame"]
_TALLY_VERBS = _WORDS["tally_verb"]


_VICTIMS_NOUNS = _WORDS["victims_noun"]


def running_tally(words: list[str], i: int, clause_first: int) -> bool:
    """Stage: whether the trigger at token ``i`` is counted in a running total (``وبلغ عدد من
    اعتقلتهم الأسايش منذ انطلاق الحملة …``، ``يرتفع إلى 9 عدد العناصر الذين قتلوا``): ``عدد``
    at most six words before it in its clause, with a verb of reaching or rising at most four
    words before that — unless the event is named as the cause of that count (``ارتفع إلى 31
    عدد القتلى جراء التفجير الذي هزّ …``) and the clause counts since no day: one event's toll."""
    if "عدد" not in words[max(clause_first, i - 6):i]:
        return False
    tally = proclitic_forms(_TALLY_VERBS)
    for k in range(max(clause_first, i - 6), i):
        if words[k] == "عدد" and not tally.keys().isdisjoint(words[max(clause_first, k - 4):k]):
            # "ارتفع إلى 31 عدد القتلى جراء التفجير الذي هزّ …": the toll of one event named by
            # its cause, not a total since a day (no منذ in the clause)
            # "ارتفع عدد قتلى الانفجار الذي ضرب …": the dead of the event right after them, one event
            # "ارتفع عدد ضحايا التفجير الذي ضرب …": so are its victims (victims_noun)
            # and "ارتفع عدد ضحايا التفجير الذي نفذه انتحاري بشاحنة مفخخة …": the victims of the act
            # the definite noun after them names, whatever trigger tells it further on
            of_event = i - 1 > k and (_casualty_noun(words[i - 1]) is not None
                                      or _stem(words[i - 1], _VICTIMS_NOUNS) is not None
                                      or (_stem(words[k + 1], _VICTIMS_NOUNS) is not None
                                          and words[k + 2].startswith("ال")))
            return not ((_TOLL_CAUSES.intersection(words[k + 1:i]) or of_event) and "منذ" not in words[clause_first:i + 12])
    return False
# --------------------------------------------------------------------------- stages from the fifth blind set (h5ar)

def running_date(words: list[str], own: list[tuple[int, DateSpan]]) -> DateSpan:
    """Stage (when): the date a sentence leaves for the next ones (``own``: its dates with their
    first token, in order): its last date, unless that date is told in a relative clause (a
    relative pronoun at most four words before it: ``خرج الأهالي اليوم في مظاهرات رفضاً للقرار
    الذي أصدرته الإدارة مساء أمس``) and an earlier one is not: the relative clause dates what it
    tells (a decision, a cause), the sentence's scene keeps the earlier date."""
    plain = [d for first, d in own if _RELATIVES.isdisjoint(words[max(0, first - 4):first])]
    return plain[-1] if plain else own[-1][1]


_COUNT_VERBS = _WORDS["count_verb"]
_COUNT_WINDOW = 6


def counted_acts(words: list[str], i: int, clause_first: int) -> bool:
    """Stage (is it a fact): whether the trigger at token ``i`` is a number of acts counted
    (``وأحصى ناشطون ثماني ضربات جوية``، ``سجلت إدارة المخيم 16 عملية اغتيال``): a verb of
    counting (``count_verb``) at most six words before it in its clause, and a count of two
    or more between them. What is counted is a tally of the acts the article tells or of a
    period, not one new event (a count of one, ``سجلت حالة خطف``, is an event)."""
    lo = max(clause_first, i - _COUNT_WINDOW)
    if not _in_window(words, _COUNT_VERBS, lo, i):  # (most triggers: read off the article's scan)
        return False
    verbs = proclitic_forms(_COUNT_VERBS)
    for k in range(lo, i):
        if words[k] in verbs:
            return any(_count_of_many(words, j) for j in range(k + 1, i))
    return False


def _count_of_many(words: list[str], j: int) -> bool:
    """Whether ``words[j]`` starts a count of two or more (a figure or a number word)."""
    few = [Token(w, 0, 0) for w in words[j:j + 3]]  # (the number helpers read tokens)
    if not is_number(few, 0):
        return False
    count = parse_count(few, 0)
    return count is not None and count.value >= 2


_PUBLISHED_ITEMS = _WORDS["published_item"]


def published_not_deployed(words: list[str], i: int) -> bool:
    """Stage (is it a fact): whether ``نشر`` at token ``i`` publishes something (``نشرت وسائل
    إعلام الحزب صور الضحايا``، ``نشرت صفحات محلية صوراً``: a ``published_item`` among the four
    words after it, the subject between) rather than deploying forces (``نشرت الأسايش حواجز``)."""
    return words[i].lstrip("و").startswith("نشر") and any(
        _stem(w, _PUBLISHED_ITEMS) is not None for w in words[i + 1:i + 5])


def control_of_situation(words: list[str], last: int, clause_last: int) -> bool:
    """Stage (is it a fact): whether the takeover ending at token ``last`` is control of a
    situation, not of a place (``تمكنت من السيطرة على الوضع``، and with its subject between,
    ``وسيطرة قواته على الوضع داخل السجن``): the word after the first ``على`` within four words
    of the trigger (or right after it) is a ``not_territory`` word."""
    if not _NOT_TERRITORY.isdisjoint(words[last + 1:last + 3]):
        return True
    on = next((k for k in range(last + 1, min(last + 5, clause_last + 1)) if words[k] == "علي"), None)
    return on is not None and on + 1 < len(words) and words[on + 1] in _NOT_TERRITORY


_RETURN_HOME = _WORDS["return_home"]
_HOME_WORDS = _WORDS["home_word"]
_CAPTURE = _WORDS["capture"]
_CRIMES = _WORDS["crime"]
_RETURN_WINDOW = 12
_RETURN_AFTER = 20


def not_displaced(words: list[str], i: int, clause_first: int) -> str:
    """Stage: why the displacement word at token ``i`` tells no displacement, or ``""``.

    - a return home in its clause (``وبدأت عائلات نزحت من الحي بالعودة إلى منازلها``،
      ``عادت الأسر التي فرت من القرية إلى بيوتها``، ``قبل أن يبدأ بعضها بالعودة``): a return
      word with a home or village word at most six words after it, or the return noun after
      ``ب`` following the trigger, within twelve words before it or twenty after it; the
      flight it ends is background;
    - a flight from an arrest or an abduction told before it in the clause (``حاولت الدورية
      اعتقال شبان، إلا أنهم تمكنوا من الفرار``): an escape, not civilians displaced;
    - a flight after a theft or a hold-up told before it in the clause (``crime``: ``سطا مسلحون على
      محل صرافة ثم فروا``): culprits leaving the scene.
    """
    returns, homes = proclitic_forms(_RETURN_HOME), proclitic_forms(_HOME_WORDS)
    lo, hi = max(clause_first, i - _RETURN_WINDOW), min(len(words), i + _RETURN_AFTER + 1)
    for k in range(lo, hi):
        if words[k] in returns and (any(w in homes for w in words[k + 1:k + 7])
                                    or (k > i and words[k].startswith("بال"))):  # "قبل أن يبدأ بعضها بالعودة"
            return "a return home"
    if _in_window(words, _CAPTURE, max(clause_first, i - _RETURN_WINDOW), i):
        return "an escape from capture"
    if _in_window(words, _CRIMES, max(clause_first, i - _RETURN_WINDOW), i):
        return "culprits who fled the scene"  # "وسرق ثلاثة أشخاص محلاً تجارياً ثم فروا"
    if displaced_speaker(words, i, clause_first):
        return "the displaced who speak"
    return ""


_DISPLACED_NOUNS = _WORDS["displaced_noun"]
_NARRATE_VERBS = _WORDS["narrate_verb"]
_ONE_OF = _WORDS["one_of"]


def displaced_speaker(words: list[str], i: int, clause_first: int) -> bool:
    """Stage (is it a fact): the displacement word at ``i`` is a displaced person or people
    who speak (``وقال أحد النازحين إن …``، ``وتقول نازحة من القرية إن …``، ``روى نازحون``):
    a ``displaced_noun`` right after a verb of telling (``narrate_verb``), maybe with ``أحد``
    (``one_of``) between. The speaker is a witness of the displacement the report tells, not a
    new one; a flight the speaker tells with its own verb (``إن عائلته فرت من القرية``) is read
    as a trigger of its own."""
    if i - 1 < clause_first or _stem(words[i], _DISPLACED_NOUNS) is None:
        return False
    k = i - 1
    if _stem(words[k], _ONE_OF) is not None and k - 1 >= clause_first:
        k -= 1
    return _stem(words[k], _NARRATE_VERBS) is not None


#: Present-tense verbs of an ongoing state ("تشهد المدينة منذ …"، "تتواصل منذ …").
_ONGOING_VERBS = _WORDS["ongoing_verb"]
#: Long periods after منذ ("منذ أشهر"، "منذ مطلع العام").
_SINCE_PERIODS = _WORDS["since_period"]
#: Habitual, recurring acts ("عمليات اغتيال متكررة"، "القصف المتكرر").
_HABITUAL = _WORDS["habitual"]


_CONDEMN_VERBS = _WORDS["condemn_verb"]
_FUNERAL_VERBS = _WORDS["funeral_verb"]
_ATTRIBUTE_VERBS = _WORDS["attribute_verb"]
_CONDEMN_OR_ATTRIBUTE = _CONDEMN_VERBS | _ATTRIBUTE_VERBS


def named_in_a_statement(words: list[str], i: int, sent: Sentence) -> str:
    """Stage: whether the trigger at ``i`` is named in a condemnation, as the cause someone
    attributes something to (``وعزت مصادر التوتر إلى توقيف …``: ``attribute_verb``) or at a
    funeral earlier in its sentence (``وأدان المجلس الوطني الكردي اعتقال أعضائه``، ``وشيّع الأهالي جثمان الشاب الذي
    قضى في القصف``): with no day of its own there, it is the background of
    the statement or the funeral, told elsewhere or no event. A funeral of a soldier "killed
    yesterday by helicopter fire" gives the killing its day (a day told after the relative
    pronoun: :meth:`_Context._funeral_at`), and that is an event. Returns ``"condemned"``,
    ``"funeral"`` or ``""``."""
    raw = words[sent.first:i]
    before = [w.lstrip("و") for w in raw]
    if not _CONDEMN_OR_ATTRIBUTE.isdisjoint(before):
        return "condemned"  # (or a cause attributed: "وعزت مصادر محلية التوتر إلى توقيف شبان …")
    # (a verb whose own first letter is و, "ودّع"، "وودّع", is looked up with one و taken off)
    both = raw + before
    return "funeral" if (not _FUNERAL_VERBS.isdisjoint(both)
                         or not _FUNERAL_VERBS.isdisjoint([w.removeprefix("و") for w in both])) else ""


def ongoing_summary(words: list[str], first: int, last: int, clause: Clause, date: DateSpan | None,
                    published: dt.date, reported: bool = True, date_quality: int = 2,
                    stretch: tuple[int, int] | None = None, forced_out: bool = False,
                    runs_on: bool = False, caused: bool = False) -> bool:
    """Stage: whether the trigger at ``first..last`` only sums up an ongoing episode.

    - a منذ phrase from a day before publication with a present-tense verb of an ongoing
      state in the clause ("وتشهد المدينة منذ مساء الثلاثاء مواجهات متقطعة"، "ومنذ أمس تشهد
      الأرياف تصعيداً بالقصف"): the episode's events are reported on their own; a منذ from
      today ("تتواصل منذ صباح اليوم اشتباكات") is today's event and stays, and so does the
      lead of a report (``reported`` False: no event yet), which is the episode itself; so is an
      act that is itself a running movement (``runs_on``: a displacement, ``وتشهد القرى منذ مساء
      الأربعاء حركة نزوح``: no event of its own tells it; dated from the day of the منذ);
    - منذ before a long period ("منذ أشهر"، "منذ مطلع العام"): a running summary;
    - a habitual act (``عمليات اغتيال متكررة``، ``القصف المتكرر``) with no date of its own: no
      single event, nor is what it caused (``وتسبب القصف المتكرر بنزوح …``); "قتل طفل بقصف
      متكرر على القرية اليوم" is today's event. Families a habitual act forced out (``forced_out``:
      :func:`forced_out`: ``ودفع القصف المتواصل عشرات العائلات … إلى النزوح``) left once: the habitual word qualifies the cause, and only one right after the
      displacement word (``النزوح المتواصل``) makes the displacement itself a running account.
      A منذ or a habitual word before the displacement a cause verb made happen, told with a day
      of its clause (``caused``: :func:`caused_departure`, ``إذ وصلت خلال اليومين الماضيين 200
      عائلة``), is the cause's too.
    """
    span = words[clause.first:clause.last + 1]
    if date_quality < 2 and after_a_long_period(words, first, clause.first):
        return True  # "بعد أشهر من قصف مدفعي متقطع على القرى الحدودية": months of acts, background
    # "نزوح متواصل": a displacement's own habitual word stands right after it
    habitual_span = words[last + 1:min(clause.last, last + 2) + 1] if forced_out or caused else span
    if date_quality < 2 and not proclitic_forms(_HABITUAL).keys().isdisjoint(habitual_span):  # _stem
        return True  # "عمليات اغتيال متكررة"، "وتسبب القصف المتكرر بنزوح العائلات": no day of its own
    if date_quality < 2 and past_period(span):
        return True  # "وتكثفت خلال الأسابيع الأخيرة ضربات المسيرات": a summary of weeks
    if "منذ" not in span and "ومنذ" not in span:  # (most clauses: no need to look further)
        return False
    since = [k for k in range(clause.first, clause.last + 1) if words[k] in ("منذ", "ومنذ")]
    if not since:
        return False
    # (a long period after a people's participle qualifies them, not the act: "أبنائها الغائبين منذ سنوات";
    # one in another comma stretch dates that stretch's state, not this event: "ويتقاسم الطرفان السيطرة
    # منذ سنوات، وكانت المدينة قد شهدت في نيسان الماضي مواجهات")
    lo, hi = stretch or (clause.first, clause.last)
    # (nor does one after a demand the act voices: "تظاهروا للمطالبة بالإفراج عن شبان معتقلين منذ
    # أشهر"، "طالبوا خلالها بالكشف عن مصير مختطفين منذ سنوات": how long they are held, not the protest)
    demand = next((k for k in range(last + 1, clause.last + 1) if words[k] in _DEMANDS), None)
    if demand is not None:
        since = [k for k in since if k < demand]
    if forced_out or caused:  # "وتسببت المعارك المتواصلة منذ أسابيع بموجة نزوح": how long the cause lasted
        since = [k for k in since if k > last]
    if any(k + 1 <= clause.last and words[k + 1] in _SINCE_PERIODS and not _qualifies_people(words[k - 1])
           and (lo <= k <= hi or date_quality < 2) for k in since):
        return True
    ongoing = not proclitic_forms(_ONGOING_VERBS).keys().isdisjoint(span)  # _stem of any word
    return not runs_on and reported and ongoing and date is not None and date.background and date.date_from < published


_PERIOD_PLURALS = _WORDS["period_plural"]
#: What a crowd demands (``للمطالبة``، ``طالبوا``، ``بالإفراج``، ``مصير``): a منذ after it is the demand's.
_DEMANDS = _WORDS["demand_word"] | _WORDS["protest_purpose"]


def after_a_long_period(words: list[str], i: int, clause_first: int) -> bool:
    """Stage (is it a fact): the trigger at ``i`` right after a recap word, a plural of weeks,
    months or years and ``من``/``على`` (``بعد أشهر من قصف مدفعي متقطع``، ``عقب سنوات من
    المعارك``) names the acts of a long period before, background with no day of its own, not
    one event. Days and hours are no long period: ``بعد يومين من استهداف مسيرة …`` is one
    act two days before (:func:`offset_in_a_recap`)."""
    if i - 3 < clause_first or words[i - 1] not in ("من", "علي"):
        return False
    period = words[i - 2]
    return period in _PERIOD_PLURALS and words[i - 3].lstrip("و") in _RECAP_WORDS


def _qualifies_people(word: str) -> bool:
    """Whether ``word`` is a definite plural participle of people (``الغائبين``، ``المعتقلين``،
    ``المفقودين``): a منذ after it dates their state, not the act of the clause."""
    return word.startswith("ال") and word.endswith(("ين", "ون")) and len(word) > 6


_LONG_PERIODS = _WORDS["long_period"]
_RECENT_WORDS = _WORDS["recent_word"]
_UNDATED_EARLIER = _WORDS["undated_earlier"]


def past_period(span: list[str]) -> bool:
    """Stage: whether a clause sums up a long period just past (``خلال الأسابيع الأخيرة``،
    ``في الأشهر الماضية``، ``في الآونة الأخيرة``): a plural of weeks, months or years (or
    الآونة) right before a word for recent or past. Days are not a long period (``خلال
    الأيام الماضية`` may date one event to a span)."""
    if _RECENT_WORDS.isdisjoint(span):  # (most clauses: one pass in C)
        return False
    periods = proclitic_forms(_LONG_PERIODS)
    return any(w in periods and nxt in _RECENT_WORDS for w, nxt in zip(span, span[1:]))


def undated_earlier(span: list[str]) -> bool:
    """Stage: whether a clause places its act at an earlier, unstated time (``في وقت سابق``،
    ``سابقاً``): told without a day of its own, such an act is background (``وكانت وساطة
    قد أفضت في وقت سابق إلى هدنة``), not an event of the report."""
    # (the bare adjective only after وقت: "القيادي السابق" is a former leader)
    if _UNDATED_EARLIER.isdisjoint(span):
        return False
    return any(w in _UNDATED_EARLIER and (w != "سابق" or prev == "وقت") for prev, w in zip(["", *span], span))


_TIME_UNITS = _WORDS["time_unit"]
_AHEAD_WORDS = _WORDS["ahead_word"]


def time_ahead(span: list[str]) -> bool:
    """Stage: whether a clause sets its act in a time ahead (``الأسبوع المقبل``، ``خلال الأيام
    القادمة``، ``الشهر القادم``): a unit of time, then a word for "coming". What is planned or
    called for then has not happened (the parser dates only days it can name, so a week
    ahead would otherwise take the day of publication)."""
    if _AHEAD_WORDS.isdisjoint(span):
        return False
    return any(w in _TIME_UNITS and nxt in _AHEAD_WORDS for w, nxt in zip(span, span[1:]))


def _casualty_noun(word: str) -> str | None:
    """The key of :data:`_CASUALTY_NOUNS` that ``word`` is, after proclitics and the article
    (``والقتلى`` → ``قتلي``); None for other words."""
    if word in _CASUALTY_NOUNS:
        return word
    hit = split_proclitics(word, _CASUALTY_NOUNS)
    return hit[1] if hit else None


def _unique(items) -> list:
    out = []
    for x in items:
        if x and x not in out:
            out.append(x)
    return out


def _has_toll(d: _Draft) -> bool:
    return d.fatalities is not None or d.injuries is not None


def _max_count(a: Count | None, b: Count) -> Count:
    return b if a is None or b.value > a.value else a


def _merge_into(keep: _Draft, new: _Draft) -> None:
    """Fold ``new`` (a later report of the same event) into ``keep``."""
    keep.spans.extend(new.spans)
    if new.date_quality > keep.date_quality and new.date is not None:
        keep.date, keep.date_quality = new.date, new.date_quality
    elif keep.date is not None and new.date is not None and not keep.date.part_of_day:
        keep.date.part_of_day = new.date.part_of_day
    if new.place_quality > keep.place_quality:
        keep.place, keep.place_quality = new.place, new.place_quality
    keep.mediator = keep.mediator or new.mediator
    keep.assoc1 = keep.assoc1 or new.assoc1
    keep.assoc2 = keep.assoc2 or new.assoc2
    for attr in ("fatalities", "injuries", "displaced"):
        nv = getattr(new, attr)
        if nv is not None:
            setattr(keep, attr, _max_count(getattr(keep, attr), nv))
    keep.duration_hours = keep.duration_hours or new.duration_hours


def stage_word_lists() -> list:
    """The word lists (prefixed forms) the phrase stages and the fact checks (``_in_window``) ask
    an article's words about with :func:`~pipeline.arabic.has_any` and :func:`~pipeline.arabic.where`:
    registered with the pipeline's :class:`~pipeline.arabic.Vocabulary`, their answers are read
    off its one scan instead of a pass over the words each (a list missing here is still
    answered, by a pass)."""
    return [*map(proclitic_forms, (_CLAIMS, _AGREE_VERBS, _AIRCRAFT, _AIR_VERBS, _KILL_WORDS, _MOVE_VERBS,
                                   _REINFORCE_VERBS, _PUSH_VERBS, _PATROLS, _POSITIONS, _RAISE_VERBS, _ALERT_WORDS,
                                   _ALERT_VERBS, _SPREAD_VERBS, _DETAIN_VERBS, _HANDOVER_VERBS, _THROW_VERBS, _BODIES,
                                   _BACK_REFERENCES, _DENIALS, _ACCUSATIONS, _FLED_SCENE, _AGREEMENT_FRAMES,
                                   _OVERFLIGHT, _SHOOT_DOWN, _INTENTIONS, _ANTICIPATIONS, _FOILED, _FOILED_PLANS, _DEFUSED, _REFUSALS,
                                   _ATTEMPTS, _CAPTURE, _GRIP_VERBS, _CONTROL_TOLD_VERBS, _SHAKE_VERBS, _ANY_DEATH_VERBS, _IMPOSE_VERBS,
                                   _HIT_VERBS, _ONGOING_VERBS, _COUNT_VERBS, _PRESENT_ACT_VERBS, _SEEN_OR_BEGUN,
                                   _TRYING, _DETONATE_VERBS, _ARTILLERY_GUNS, _TERMS_VERBS, _SOUND_NOUNS, _HEARING,
                                   _VILLAGE_PLURALS, _SUCCEED_VERBS, _IMPOSE_PRESENT, _REOPEN_VERBS, _DETAINEE_TOLLS)),
            _OTHERS, _AFTER_AN_VERBS, _COUNTED_DETAINEES, _BI_HAYAH, _LIVES, _GATHER_FORMS, _RELEASE_FORMS, _FORCE_FORMS, _STONE_WORDS, _CROWD_VERBS, _BLASTS, _CORDONS,
            _DAY_BEFORE_WORDS, _BULLETS, _attack_noun_forms()]
