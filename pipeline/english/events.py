"""Event extraction from English reports: the same ACLED records as the Arabic rules.

Input: one English article, normalised (lower-case, offsets kept) and tokenised, with its
place mentions, actor matches and dates. Output: :class:`~pipeline.records.Event` records
with the same fields, evidence spans (``evidence == text[start:end]``), ``confidence`` and
``rule`` as the Arabic extractor's. Each step is a small function; the words are data
(``pipeline/data/english.toml``).

1. **Sentences and clauses** (:mod:`pipeline.english.text`): sentences end at ``. ! ?``
   before a capital or at a line break (not after ``Mr.``, ``U.S.``...); clauses split at
   ``;``, ``while``, ``whereas``, ``meanwhile``.
2. **Triggers**: phrases of the lexicon give the ACLED type (``clashes`` → Battles/Armed
   clash, ``drone strike`` → Explosions/Remote violence/Air/drone strike, ``kidnapped`` →
   Abduction...). Not an event: a trigger after a word of attempt, denial, aim or call
   (``attempted to kidnap``, ``denied that clashes``, ``calls for a ceasefire``) or after
   ``to`` (``to take control``); a trigger named as the cause, time or background of another
   event of its sentence (``after two days of clashes, a truce...``) or, with no other
   trigger there, a reference to the article's earlier event of its kind (its evidence and
   toll go to that event).
3. **One event per act**: one violent event per clause, the most specific (a drone strike
   over the missiles it fires; a takeover is the battle it ends; a sniper's killing of
   civilians over the clash around it; between shelling and a clash, the first named);
   other kinds one each. ``opened fire on`` a person is an attack, not a clash; ``fled``
   is displacement only when civilians flee.
   A killing with no trigger (``gunmen killed a man``) is an attack on civilians.
4. **When**: the date of the clause nearest the trigger (not one after ``since``, which
   opens an interval; not the date a statement was made, ``told ... on Friday``, unless
   nothing else is there); else of the sentence; else the last date the article gave
   before (discourse date); else the publication date.
5. **Where**: the most specific place of the clause, then of the sentence (never the
   country or region when a settlement is named); a takeover is not located at a place it
   only approached (``near``, ``towards``, ``outskirts of``); else the article's city.
6. **Who**: the parties after ``between``; otherwise the actor before the trigger (actor1)
   and the one after it (actor2); ``by`` names the perpetrator (``targeted by a Turkish
   drone``, ``killed by regime forces``). In remote violence the side hit is actor2; in
   attacks and abductions civilians are actor2 unless an armed side is named as the victim
   (then a sniper's killing is a clash); the arrested are actor2; protesters are actor1 of
   protests; mediators follow ``brokered by``, ``mediated by``, ``sponsored by``.
   A takeover by state forces is "Government regains territory" (ACLED).
7. **How many**: casualty words with their own count, bound to their verb: a count after
   an active verb (``killing three``, ``wounded two others``) or before a passive one or a
   noun (``three people were killed``, ``two others were wounded``, ``one dead``);
   ``at least 5`` → 5, ``more than 10`` → 10, ``a child`` → 1, number words. Tolls go to
   the violent event of their clause, else of their sentence, else the article's latest
   violent event (a toll is never counted twice: the largest figure is kept).
8. **Merging**: events of the same kind, place, day and actors are one event (evidence
   kept); the headline's event merges into the body's.

Stages added from the phrasings of fresh development reports (issue 10; each a method with
its docstring and tests in ``tests/test_english_phrasing.py``): ``_running_total`` (counts
since a date, campaigns ``since Monday`` in the present perfect, habits, regional totals, not
``the biggest attack since 2019``), ``_reason_of_a_call`` (``urged …, saying …``),
``_same_attackers`` and ``_how_it_began`` (``the attackers …``, ``it began when …`` tell more
of the event before, ``_refine_place`` places it better), ``_one_act`` (a meeting that made a
truce, a patrol that detained, warplanes' raids), ``_day_total`` (``the day's shelling``),
``_described`` (``militias that had advanced``), ``_persons_taken`` (fighters captured),
``_strikes_without_weapon`` (a foreign army ``hit`` a place, a passive ``was bombed``),
``_also_hit_elsewhere`` and ``_separate_attack`` (another strike at its own place),
``_more_of_the_same`` (a pronoun sentence or ``the body was found … on Saturday``),
``_days_after`` (``a day after X``), ``_summaries`` (a lead at a governorate, or listing towns,
that the next sentences tell one by one), and in ``_not_event``: truces sought, broken or
named for a body, talks with no result or still going on, fighting that stopped, aircraft
only flying, the month ``March``, ``a displaced woman``, captives handed over, killings named
at a funeral with no date of their own.

Stages added from the h3 development texts (unseen copy; tests in ``tests/test_english_h3.py``):
in ``_not_event``: ``_kind_of_event`` (``such fighting is rare``), ``_generic_statement``
(``arrests … are not new``), ``_past_year_only`` (``in 2016, a truck bomb …``), ``_past_history``
(``had been detained twice before``), ``_snipers_posted``, ``_condemned_act`` (a condemned act
told with its day, place and toll is the act); ``_home_town`` and ``_road_end`` (a person's home
town and a road's far end are not the place); ``_said_again`` (a group saying its fighters had
done it); ``_names_the_act`` (``the strike, which hit their car …``); ``_continues_tally`` and
``_died_with`` (tolls); ``_earlier_in_series`` (``the fourth kidnapping in about a week``) and
``_told_before`` (``Before that, …``); ``_another_dated`` (``and another on March 10 that …``);
``_act_after`` / ``_dated_mood`` (an act after ``after``; ``calm returned on Sunday after two days
of clashes``); ``_denied_claims``, ``_claimed`` and ``_default_actors`` (roles the words leave open).

Stages added from the h4 development texts (wire and agency copy; tests in
``tests/test_english_h4.py``): in ``_not_event``: ``_blamed_for`` (``accused Damascus of stirring
up the fighting``), ``_elsewhere`` (``fighting IS elsewhere in the province``),
``_step_of_operation`` (barriers set up ``before the raids``), noises only heard, drones shot
down, funeral marches; ``_summed_up`` (``By the time the truce took hold, … had killed``),
``_tally_tail`` (``, bringing the number of strikes this month to 14`` cut off the act before it),
``_unconfirmed``; ``_dated_owner`` (``killed in Thursday night's fighting``: that day's event),
``_follow_up_blast`` (``a second explosion followed minutes later``); ``_with_its_area`` and
``_among_targets`` (``shelled Qamishlo city and its countryside`` as a lead; ``Among Friday's
targets was …``); ``_alt_names`` (``al-Malikiyah (Derik)``), ``_road_area`` (a long road between two
towns is in the area holding both), ``_as_well_as`` (targets at two places), ``_handed_over``,
``_swapped`` (``exchanged 20 prisoners``), ``_basis_deal`` (``under a deal``); tolls:
``_bare_group`` (``seven of its fighters and prison guards``), ``_side_of_group`` (``six members
of the Asayish and two other people``), ``_titled_name`` (``killing Asayish member Mahmoud
Derwish``); actors: ``_backer`` (``the regime-backed NDF``), ``_state_subjects`` (``Turkey carried
out …``), ``_militia_refs`` (``the militia``).

Stages added from the h5 development texts (tests in ``tests/test_english_h5.py``):
``_force_on_protesters`` (a shooting at a protest's crowd is excessive force against protesters);
``_count_since`` (``had killed 262 militants since Wednesday``: no earlier event's toll);
``_cause_in_passing`` (``following Sunday's suicide attack outside the ministry``: no event);
``_GROUP_NOUNS`` in ``_not_event`` (``an assassination cell``: a group's name, no act);
``involved`` among the cause words (``militias involved in kidnappings``); ``last September`` in
:mod:`pipeline.english.dates`.

Stages added from the English misses left after h5 (tests in ``tests/test_english_h6.py``):
``_since_when`` (``the largest since January 2022, when IS fighters stormed the prison``: the
``when`` clause, split off in :mod:`pipeline.english.text`, is dated by the ``since`` date);
``_supporter`` (``supported by aircraft of the international coalition``, ``with support from``:
no party) and ``_prompted`` (``…, prompting the coalition to send jets``: no party);
``_weapon_of`` (``aircraft of the US-led coalition``: the owner is the perpetrator); a peaceful
protest has no actor2 (``_protest_target`` only when force was used); one act told by two members
of one side (the actor table's ``side``: US forces and the coalition) is one event; a merge never
fills a gap with the side the event already has on its other side (``_fill``); a claim of the act
told before (``ISIS later claimed the bombing``) is that act, its claimer the author (``_claim_of``);
``by`` names the owner of the agent too (``killed by a sniper from the Turkish army``:
``_agent_of_agent``), an attack's author (``repelled an attack by ISIS``, ``killed in an ISIS
attack``: ``_attack_author``); a force named in the list of the killed (``one SDF fighter, two
children and an adult were killed``: ``_listed_victim``) is the side hit; two forces joined as the
subject of an arrest or deployment (``SDF and Asayish units set up checkpoints``) are led by the
first named; fire exchanged ``with gunmen`` is with an unidentified group; homes, villages, towns
and neighbourhoods shelled with no military target are civilians hit, judged without the
attribution (``…, a military source said``: ``_told_end``); a speaker that opens its clause and
tells its own act (``On April 2, the Asayish said they had detained …``) or announces it (``had
announced a permanent truce``) is its actor, not a mere speaker (``_after_trigger_speaker``);
``wounded in a similar attack near al-Hol`` anywhere in a sentence is another act with its own
toll (``_separate_attack``, ``_OTHER_ATTACK``), and a toll told with a date before the latest
event's is not that event's (``_elsewhen``); the act a dispute is over (``after a dispute over the
arrest of a young man``) is no event (``_topic_of_dispute``); in remote violence a force named as
hit beside civilians is the side hit (civilians only when they alone are), and a headline's words
never make the first sentence's subject a victim (``_victim`` looks back within its sentence);
``the death toll rose to four after two of the wounded died`` keeps the total told and moves the two
out of the wounded once (``_wounded_died`` with ``add_dead=False``); an arrest told with no force
(``a joint patrol detained …``, ``the forces detained …``) is by the one force the article's arrests
name, as strikes are (``_finish``); ``and`` joins two subjects up to five words before the trigger
(``the Asayish and the SDF's Anti-Terror Units arrested``); ``Another strike targeted …`` opens another
act (``_names_another_act``), whose toll the act before does not take; after ``after``, a weapon with
its own verb (``after shells fired by Turkish-backed factions hit the town``) is an act, not a named
background (``_act_after``); ``In the neighbouring village of X, three siblings … were wounded by
shrapnel`` after remote violence at another place is that barrage at X, another event with this toll
(``_hurt_elsewhere``), and the numbers after ``aged`` are ages, not a count (``_age_list_start``);
after a protest, ``In Tirbespiye, dozens set off … and walked …`` is that day's protest in that town
(``_march_elsewhere``; not mourners); what a force is known for (``The SDF, which led the fight
against Islamic State, says …``: ``_described``) is no act, and a headline's event that no body
sentence tells and that names no place (``… as drone strikes intensify``) is a theme, dropped;
``the two sides``/``both sides`` are the armed sides of the latest event told with both (``_two_sides``);
the subject of an active ``brokered``/``mediated`` (``Russian military police later brokered a ceasefire
between the two sides``) is the deal's mediator, not a party (``_BROKERING``); ``among those arrested
were …`` describes the arrests told before (``_refers_back``), not a new act at the detainees' home town;
in an arrest with no author, the force that ``swept through``/``raided`` a place is the one that
detains, not the one detained (``_SWEEPING``).
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from dataclasses import dataclass, field, replace
from functools import cached_property, lru_cache

from ..acled import haversine_km
from ..acled_vocab import VIOLENT_TYPES
from ..actors import NATION_ACTORS, Actor
from ..arabic import NormalisedText, Tokens
from ..datemath import is_year_level
from ..eventfields import actor_fields, city_note, more_evidence, near_precision, place_fields
from ..gazetteer import REGION_KINDS, SPECIFICITY, Gazetteer
from ..ids import event_id, unique_event_ids
from ..matcher import Match
from ..numbers import Count
from ..places import LANDMARK_HOLDER_KINDS, enclosing_area, governorate_of, unresolved_names, went_to
from ..records import NO_DATE_NOTE, Article, DateSpan, Event, Mention, Unresolved
from .counts import count_at, person_follows
from .dates import WEEKDAYS, anchored_offset, interval_back
from .lexicon import Kind, Lexicon
from .places import villages_phrase
from .text import Clause, Sentence, split_sentences

#: Violent kinds by rank: the one event a clause keeps when it names several is the lowest
#: rank, the first in the clause among equals (a drone's missiles are a drone strike; a
#: takeover is the battle it ends; "clashes with mortar shells" is a clash, "shelled …, and
#: clashes broke out" a shelling).
VIOLENT_RANK = {"air": 0, "suicide": 0, "ied": 1, "grenade": 1, "takeover": 2, "civ_attack": 3, "shelling": 4, "clash": 4}
VIOLENT = frozenset(VIOLENT_RANK)
_REMOTE = frozenset({"air", "ied", "grenade", "shelling", "suicide"})
#: Bombings an unnamed hand set off (roadside and car bombs, landmines, grenades, suicide bombings).
_BOMBINGS = frozenset({"ied", "grenade", "suicide"})
_TWO_SIDED = frozenset({"clash", "shelling", "air", "ied", "suicide", "grenade", "takeover", "agreement", "meeting",
                        "handover"})
#: Words after which an actor is the perpetrator: "by regime forces", "at the hands of".
_AGENT = frozenset({"by", "hands"})
#: What a camp or a prison does with the people it holds ("a camp hosting ISIS families").
_HOUSING = frozenset({"hosting", "hosts", "housing", "houses", "holding", "holds", "sheltering", "shelters",
                      "accommodating", "accommodates"})
#: Words that hedge who the agent is, between ``by`` and its name: "by suspected ISIS gunmen".
_AGENT_HEDGES = frozenset({"suspected", "alleged", "presumed", "apparent", "unknown", "unidentified"})
_MEDIATION = (("brokered", "by"), ("mediated", "by"), ("sponsored", "by"), ("mediation",), ("sponsorship",),
              ("auspices",), ("guaranteed", "by"), ("brokered",), ("sponsored",))
#: Event types whose place is where the act struck, not where those who struck came from.
_VIOLENT_TYPES = VIOLENT_TYPES | {"Riots"}
#: Words that may stand between a verb of leaving and the place left ("fled the Hilaliya
#: neighbourhood", "fled from Tayy", "left their homes in Amuda").
_FLED_GAP = frozenset({"the", "from", "their", "homes", "houses", "in", "of", "village", "town", "city",
                       "neighbourhood", "neighborhood", "district", "quarter"})
#: Head nouns of "near the town of X".
_NEAR_HEADS = frozenset({"village", "town", "city", "hamlet", "neighbourhood", "neighborhood", "district"})
_PROXIMITY = frozenset({"near", "towards", "toward", "outskirts", "approached", "approaching", "around", "vicinity",
                        "close", "nearby", "advanced"})
_PASSIVE = frozenset({"was", "were", "been", "be", "being", "is", "are", "got", "get"})
_SPEECH = frozenset({"said", "told", "reported", "announced", "stated", "added", "confirmed", "says", "tells",
                     "reports", "statement", "published", "posted", "vowed", "pledged", "promised", "warned", "claimed"})
_TO_BEFORE = frozenset({"to"})
#: Words before a delegation that make it no subject: "a meeting with a delegation", "sent by".
_NOT_SUBJECT = frozenset({"with", "by", "to", "for", "following", "after", "before", "awaiting"})
#: Kinds a delegation's doings come under (its meetings, arrival, withdrawal, departure): no event.
_DELEGATION_KINDS = frozenset({"meeting", "deployment", "transfer", "displacement"})
#: Verbs of a claim of an act ("ISIS claimed the bombing"; not "claimed that …", a statement).
_CLAIMS = frozenset({"claimed", "claims", "claiming"})
#: Verbs before "responsibility" that make it a claim: "took responsibility for the blast".
_RESPONSIBILITY_VERBS = frozenset({"took", "take", "takes", "taking", "claimed", "claims", "claiming", "accepted",
                                   "accepts", "assumed", "assumes", "bore", "bears"})
#: Speech verbs before "it was behind" / "it was responsible for": the speaker claims the act.
_OWNING_UP = frozenset({"said", "says", "announced", "announces", "admitted", "admits", "declared", "stated",
                        "confirmed", "acknowledged"})
#: How a sentence says when an act told before happened: "the operation was carried out on Monday".
_CARRIED_OUT_RE = re.compile(r"(?:was |were )?(?:carried out|took place|happened|occurred|conducted)\b")
#: Words after a speech verb by which a speaker tells its own act (``the Asayish said they detained``).
_OWN_ACT = frozenset({"it", "they", "its", "their", "we", "our"})
_DEFINITE = frozenset({"the", "these", "those", "this", "that", "its", "their"})
#: Who flees when a flight is displacement; who flees when it is not (perpetrators).
_FLEEING = frozenset({"residents", "families", "family", "civilians", "people", "villagers", "inhabitants",
                      "thousands", "hundreds", "dozens", "households", "locals", "displaced", "displacement"})
_PERPETRATORS = frozenset({"gunmen", "attackers", "assailants", "perpetrators", "kidnappers", "suspects",
                           "militants", "cell", "cells"})
_HIT = frozenset({"killed", "wounded", "injured", "hurt", "hit", "targeted", "struck", "shot", "martyred"})
_HIT_ACTIVE = frozenset({"killing", "wounding", "injuring", "killed", "wounded", "injured", "targeting", "targeted",
                         "hitting", "struck", "shelled", "death", "deaths", "injury"})
#: Kinds told in the present perfect as a state at publication ("have started fleeing").
_STATES = frozenset({"displacement", "deployment"})
#: A dateline: up to 60 characters before a dash or slash at a line's start, with no full stop,
#: and the place label after it ("SANA – Hasakah:"); or a line's opening label ("Al-Hasakah
#: province:", SOHR's).
_DATELINE_RE = re.compile(r"^(?:[^.\n]{2,60}?\s*(?:\s[–—]|[–—]\s|\s-\s|(?<=[A-Z])-\s|/)\s*(?:[A-Z][\w'’-]*(?:\s[A-Z][\w'’-]*){0,2}:\s*)?"
                          r"|[A-Z][\w'’-]*(?:\s[\w'’-]+){0,2}:\s+)")
_SETTLEMENTS = frozenset({"city", "town", "village", "neighbourhood"})
_DESTINATION = frozenset({"towards", "toward", "to", "into"})
#: Before a town's villages, who came from there: "a delegation from", "the council of".
_FROM_PEOPLE_RE = re.compile(
    r"(?:\bfrom|\b(?:council|councils|delegation|delegations|residents|people|notables|elders|representatives|"
    r"families|natives|sons|dignitaries|committee|committees|tribes|displaced|delegates)\s+of)\s+(?:the\s+)?$",
    re.IGNORECASE)
#: After a place, that it stayed calm: "the Amuda villages remained calm".
_CALM_RE = re.compile(r"\s+(?:remained|stayed|were|was|are|is|have\s+been|had\s+been)\s+(?:\w+\s+)?"
                      r"(?:calm|quiet|peaceful|safe|unaffected|spared)\b", re.IGNORECASE)
#: Words right after an act noun that name its scene: "the drone attack on the camp gate".
_STRUCK_AT = frozenset({"on", "in", "at", "near", "against", "outside", "targeting"})
#: Words before the place shelling fell on, after the shelling told as a flight's setting: "on Ras al-Ain".
_AMID_TARGET = frozenset({"on", "targeting", "against", "hitting", "in", "at"})
#: How far a killing word may stand from the word for the dead and the place of a handover of bodies.
_DEATH_PLACE_REACH = 8
#: How far before a passive verb of giving back its subject (the bodies) may stand.
_PASSIVE_SUBJECT_REACH = 16
#: Words between a direction word and the place it names ("toward the town of Qamishli").
_PLACE_HEADS = frozenset({"the", "of", "town", "city", "village", "villages", "towns", "district", "neighbourhood",
                          "neighborhood", "area", "nearby", "neighbouring", "neighboring"})
_SHOOTING = frozenset({"opened", "fired", "shot", "shooting", "attacked", "stormed"})
_COORDINATION_RE = re.compile(r"\s*(?:,|and|,\s*and|&)\s*(?:the\s+)?(?:(?:villages?|towns?)\s+of\s+)?",
                              re.IGNORECASE)


def _coordinated(text: str, m: Mention, u: Unresolved) -> bool:
    """Whether a known place and an unknown name are two items of one list (``Tel Ziwan and
    Sikirka villages``, ``the villages of Sikirka and Tel Ziwan``): both are the event's places."""
    first, second = (m.end, u.start) if m.end <= u.start else (u.end, m.start)
    # (a town in brackets after a name is the area it lies in, "near Kherbet Salimo (Amuda)"; a village
    # in brackets is the item's other name, "Timar (Umm al-Keif)")
    listed = m.kind == "village" or not text[max(0, m.start - 2):m.start].strip().endswith("(")
    if second - first > 40:
        return listed and second - first <= 120 and _listed_between(text[first:second])
    return _COORDINATION_RE.fullmatch(text, first, second) is not None or listed and _listed_between(
        text[first:second])


#: A name in a list of places: capitalised words, maybe behind an article ("Tel Tawil", "al-Hamra").
_LIST_ITEM_RE = re.compile(r"(?:(?:[aeAE][ldnrstz]h?-)?[A-Z][\w'’-]*)(?:\s+(?:(?:[aeAE][ldnrstz]h?-)?[A-Z][\w'’-]*)){0,3}")


def _listed_between(between: str) -> bool:
    """Whether what stands between two places is more items of one list: ``, Tel Tawil, and Timar
    (`` in ``the villages of Al-Tawila, Tel Tawil, and Timar (Umm al-Keif)`` (brackets give another
    name of an item)."""
    text = between.replace("(", ",").replace(")", ",")
    pieces = re.split(r",|\band\b|&", text)
    if len(pieces) < 2:
        return False
    return all(not p.strip() or _LIST_ITEM_RE.fullmatch(p.strip()) is not None for p in pieces)


#: How far back from a place its "taken to" may stand (``taken to the Bayan Kalasa hospital in``).
_TAKEN_REACH = 9
#: Words between "taken to" and the place of care (besides names): ``a``, ``the``, ``city's``.
_CARE_FILLERS = frozenset({"the", "a", "an", "one", "of", "its", "their", "s", "city", "town", "nearby", "local",
                           "national", "military", "private", "field", "main", "in", "at"})
#: Head nouns of an unknown place inside a settlement: the town named with it is its enclosure.
_INSIDE_HEADS = frozenset({"neighbourhood", "neighborhood", "district", "quarter", "camp", "roundabout", "prison",
                           "street"})
#: Definite head nouns that tell back an unknown place named before, with the heads it may have
#: been named with (``the area`` after ``the village of al-Husn``).
_TOLD_BACK_HEADS: dict[str, frozenset[str]] = {
    "village": frozenset({"village"}), "town": frozenset({"town", "village"}),
    "neighbourhood": frozenset({"neighbourhood", "neighborhood"}), "neighborhood": frozenset({"neighbourhood", "neighborhood"}),
    "area": frozenset({"village", "town", "neighbourhood", "neighborhood"}),
}
#: Acts whose people a later definite count takes again ("arrested the four people").
_COUNTED_AGAIN_KINDS = frozenset({"arrest", "abduction"})
#: Words after a definite count that leave it standing alone: "the four in Amuda", "the two were freed".
_COUNT_ALONE = frozenset({"in", "at", "on", "from", "near", "who", "whom", "and", "to", "for", "with", "after",
                          "were", "was", "had", "have", "are", "been", "later", "all", "of", "by"})
_COUNT_WORDS = frozenset({"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
                          "twelve", "dozen", "dozens"})
_ANAPHORA = {"neighbourhood": ("neighbourhood",), "neighborhood": ("neighbourhood",), "district": ("neighbourhood",),
             "village": ("village",), "town": ("town",), "city": ("city",), "area": ("neighbourhood", "village", "area"),
             "prison": ("landmark", "neighbourhood"), "roundabout": ("roundabout",), "airport": ("airport",),
             "camp": ("landmark", "town", "village"), "villages": ("village",)}
_PERIOD_PHRASES = ("since the beginning of", "since the start of", "so far this year", "this year alone",
                   "since the outbreak of", "in recent months", "over the past months", "since early")
#: Words an active casualty verb's count may follow: qualifiers, and a determiner or possessive
#: before the number ("killing its three passengers", "shot dead the two brothers").
_BEFORE_ACTIVE_COUNT = frozenset({"at", "least", "more", "than", "about", "some", "nearly", "over", "a", "an", "all",
                                  "the", "its", "their", "his", "her", "both"})
#: After a trigger: what is said of the future or of the possible, not reported.
_MODALS = frozenset({"would", "will", "could", "might", "may", "shall", "should"})
#: Who arrives in a deployment ("the arrival of 150 fighters", "reinforcements arrived").
_FORCES = frozenset({"fighters", "troops", "soldiers", "reinforcements", "vehicles", "convoy", "convoys", "units",
                     "forces", "armoured", "armored", "tanks", "personnel", "militiamen", "police", "helicopters",
                     "military"})
#: A crowd's gathering words, and what makes it a protest.
_GATHERING = frozenset({"gathered", "assembled", "gathering"})
_DEMANDS = frozenset({"demand", "demanding", "demanded", "demands", "calling", "chanting", "chanted", "slogans",
                      "banners", "placards", "against", "denounce", "denouncing", "condemn", "condemning", "protest",
                      "protesting", "solidarity"})
#: A place named after a comma and a direction, locating the place before it.
_LOCATOR_RE = re.compile(r",\s*(?:(?:some\s+)?\d+\s*(?:km|kilometres|kilometers)\s+)?(?:to\s+the\s+)?"
                         r"(?:north|south|east|west)(?:[-\s]?(?:east|west))?(?:ern)?\s+of\s+"
                         r"(?:the\s+(?:city|town|province|governorate)\s+of\s+)?$", re.IGNORECASE)
#: ``, in (the) `` right before a place, and `` province`` right after it: a locator (``the Manbij
#: countryside, in Aleppo province``).
_IN_BEFORE_RE = re.compile(r",\s*in\s+(?:the\s+)?$", re.IGNORECASE)
_PROVINCE_AFTER_RE = re.compile(r"\s+(?:province|governorate)\b", re.IGNORECASE)
#: Strikes told before reaching a new place: "the strikes reached …", "the attacks also hit …".
_REACHING = frozenset({"reached", "hit", "struck", "extended", "spread", "targeted", "also"})
#: A past perfect with a duration: "had raged for two days", "had lasted for hours".
_LASTED_RE = re.compile(r" had (?:\w+ ){1,3}?for (?:(?:about|nearly|almost|more than|over|some) )?"
                        r"(?:\w+ )?(?:days|hours|weeks|months|day|hour|week|month|years) ")
_LEAVING = frozenset({"left", "leaving", "abandoned", "abandoning", "deserted", "emptied"})
#: Places that emptied of their people: "the villages nearest the frontier had largely emptied".
_EMPTIED = frozenset({"emptied"})
_EMPTIED_REACH = 8
_DETERMINERS = frozenset({"the", "a", "an", "its", "their", "his", "her", "our", "those", "these", "this", "that"})
#: What people leave when they are displaced: "left both villages", "abandoned their homes".
_HOMES = frozenset({"village", "villages", "town", "towns", "city", "neighbourhood", "neighbourhoods", "neighborhood",
                    "neighborhoods", "area", "areas", "homes", "home", "houses", "house", "camp", "district",
                    "districts", "quarter", "quarters"})
#: The wounded who have since died: "one of the wounded died", "succumbed to his wounds".
_WOUNDS_DIED_RE = re.compile(r" of the (?:wounded|injured) (?:later |has |have |had )?(?:died|succumbed|passed) "
                             r"| succumbed to (?:his|her|their) (?:wounds|injuries) "
                             r"| died (?:later )?(?:of|from) (?:his|her|their|the) (?:wounds|injuries) ")
#: Nouns of an operation told again elsewhere: "a similar operation", "another raid".
#: Lengths of time a truce goes on for (``entered its third day``).
_TIME_UNITS = frozenset({"day", "days", "week", "weeks", "month", "months", "year", "hour", "hours"})
_OPERATIONS = frozenset({"operation", "operations", "raid", "campaign", "sweep", "crackdown"})
#: Talks whose topic follows ("talks on …", "negotiations over …").
_TALKS = frozenset({"talks", "negotiations", "discussions", "consultations", "dialogue"})
#: People taken or moved who are not in the casualty lists: "captured two of his aides".
_TAKEN_PEOPLE = frozenset({"aides", "aide", "suspects", "suspect", "operatives", "operative", "emir", "emirs",
                           "bodyguards", "associates", "elderly", "sick", "wounded", "injured", "families", "residents",
                           "civilians", "patients", "hostages", "captives"})
#: Verbs of taking or finding things: the arms after them were not used ("seized explosives").
_SEIZING = frozenset({"seized", "seizing", "confiscated", "confiscating", "found", "discovered", "captured", "seize",
                      "confiscate", "cache", "dismantled", "dismantling", "defused", "defusing", "disarmed",
                      "disarming", "neutralised", "neutralized"})
#: Aircraft watching, not striking.
_WATCHING = frozenset({"watched", "watching", "surveillance", "reconnaissance", "hovered", "hovering", "circled",
                       "circling", "overhead", "monitored", "monitoring", "flew", "flying"})
#: How many days before a calm's day the act told after it may have come ("after clashes").
_CALM_REACH = 2
_PRONOUNS = frozenset({"it", "they", "he", "she", "them", "which", "who"})
_BLASTS = frozenset({"ied", "suicide", "grenade"})
#: Blast words that name no device: what blew up is open ("an explosion as a drone hovered overhead").
_BARE_BLASTS = frozenset({"explosion", "explosions", "blast", "blasts", "exploded"})
#: Drone words (a drone flying or hovering over a blast makes the blast its strike).
_DRONES = frozenset({"drone", "drones", "uav", "uavs"})
#: Hearing a noise ("heard loud explosions", "the sound of gunfire") and the noises heard: no act known
#: (not "heard a drone over his village seconds before the first strike": the drone struck).
_HEARD = frozenset({"heard", "hearing", "hear", "sound", "sounds"})
_NOISES = frozenset({"explosion", "explosions", "blast", "blasts", "clashes", "gunfire", "shelling", "fire",
                     "fighting", "firing"})
#: Words of a crowd on the move or gathered (not of protest itself): at a funeral they are mourners.
_PROCESSION = frozenset({"marched", "marching", "march", "gathered", "assembled", "gathering", "rallied",
                         "took to the streets", "streets"})
_MOURNING = frozenset({"funeral", "funerals", "burial", "buried", "mourners", "mourned", "mourning", "condolences"})
#: The people a protest is made of; force used on them makes the protest one "with intervention".
#: Nouns a trigger word can name the kind of ("an assassination cell", "a kidnapping gang"): a group, no act.
_GROUP_NOUNS = frozenset({"cell", "cells", "gang", "gangs", "network", "networks", "ring", "rings", "squad", "squads"})
#: The one event a shooting at a protest's crowd is (ACLED).
_FORCE_ON_PROTESTERS = Kind("protest", "Protests", "Excessive force against protesters", ())
#: A crowd named as protesting: its gathering is a protest with no demand told.
_PROTESTING_CROWD = frozenset({"demonstrators", "protesters", "protestors", "marchers", "strikers"})
_DEMONSTRATORS = frozenset({"demonstrators", "protesters", "protestors", "demonstration", "demonstrations", "rally",
                            "rallies", "protest", "protests", "sit-in", "marchers", "crowd", "crowds"})
#: What is retaken when a place (not people) is: "recaptured the villages".
_GROUND = frozenset({"village", "villages", "town", "towns", "positions", "position", "area", "areas", "hill",
                     "hills", "neighbourhood", "neighborhood", "checkpoint", "checkpoints", "base", "posts"})
_BEGAN = frozenset({"began", "started", "erupted", "broke"})
#: The end of fighting told after it.
_STOPPED = frozenset({"stopped", "ended", "halted", "ceased", "subsided", "calmed", "eased"})
#: Aircraft, which strike only when the clause says they did.
_AIRCRAFT = frozenset({"aircraft", "jets", "helicopter", "helicopters", "gunship", "gunships", "warplane", "warplanes"})
#: How many words before an aircraft word its striking word may stand (``hit by Turkish aircraft``,
#: ``strikes carried out by coalition jets``); further back it is another phrase's. After the
#: aircraft word, anywhere in its clause (``aircraft of the coalition on Friday struck``).
_AIRCRAFT_REACH = 4
_STRIKING = frozenset({"struck", "strike", "strikes", "striking", "hit", "hitting", "targeted", "targeting", "bombed",
                       "bombing", "bombarded", "fired", "firing", "raid", "raids", "shelled", "pounded", "attacked",
                       "killing", "killed", "wounding", "wounded", "destroyed", "missile", "missiles", "rockets"})
#: Whose car it was when fire on a car is a clash: "opened fire on the fighters' car".
_ARMED_OWNERS = frozenset({"fighters", "fighter", "soldiers", "soldier", "members", "sdf", "asayish", "ndf", "troops",
                           "patrol", "convoy"})
#: A call governs the rest of its clause: what is called for has not happened.
_CALLS = frozenset({"called", "calls", "call", "calling", "urged", "urging", "demanded", "demanding", "appealed"})
#: Plans and invitations: what they name has not happened ("plan to hold a rally").
_PLANS = frozenset({"plan", "plans", "planned", "planning", "invited", "inviting", "invitation", "scheduled",
                    "organise", "organize", "join"})
#: "published photos of their fighters": a deed, not a statement.
_IMAGES = frozenset({"photos", "pictures", "images", "video", "videos", "footage"})
#: Bodies named after what they work for: "reconciliation committees", "ceasefire commission".
_BODIES = frozenset({"committee", "committees", "council", "councils", "commission", "commissions", "centre",
                     "center", "office", "offices", "board"})
#: What a truce is sought by, before it: "talks on a lasting ceasefire".
_SOUGHT = frozenset({"talks", "negotiations", "efforts", "effort", "bid", "push", "hopes", "plan", "proposal",
                     "initiative", "mediation", "attempts"})
#: Talks still going on: the same talks, no new meeting.
_ONGOING = frozenset({"continued", "continue", "continues", "ongoing", "still", "resumed", "hosting", "holding",
                      "underway", "continuing"})
#: Talks that came to nothing.
_FRUITLESS = frozenset({"fruitless", "impasse", "standstill", "deadlock", "deadlocked", "stalled", "failed"}) | {"result"}
#: A truce broken, ended or breached: no agreement ("the ceasefire collapsed", "violations of the truce").
_BREACH = frozenset({"collapsed", "collapse", "broke", "broken", "violated", "violation", "violations", "breached",
                     "breach", "breaches", "breaching", "expired", "ended", "failed", "faltered"})
#: Words that say where something happened: a place after one is where a protest was held.
_LOCATIVE = frozenset({"in", "at", "outside", "inside", "near", "through", "across", "around", "into", "from",
                       "along", "within"})
#: Verbs of a strike that name no weapon: "Turkish forces hit …", "the station was bombed".
#: Passive verbs of damage after "were also": sites hit by the strikes told ("were also knocked out").
_KNOCKED_OUT = frozenset({"knocked", "hit", "struck", "targeted", "damaged", "destroyed", "disabled", "bombed",
                          "shelled", "put"})
#: Last words of a displacement phrase of sheltering elsewhere: a place after it is where they went.
_SHELTERING = frozenset({"refuge", "shelter", "night", "open"})
#: Acts whose place a sentence that names the fighting in passing gives them, not the fighting
#: ("families fled the Tayy neighbourhood while the fighting raged").
_OWN_PLACE_KINDS = frozenset({"displacement", "protest", "arrest", "abduction", "deployment", "transfer"})
#: Openings of a sentence that tells an act following on the one told before, at its scene.
_FOLLOW_ON = (("in", "response"), ("in", "retaliation"), ("in", "reaction"), ("afterwards",), ("soon", "after"),
              ("shortly", "afterwards"), ("shortly", "after", "that"), ("after", "that"))
_STRIKE_VERBS = frozenset({"hit", "struck", "targeted", "bombed", "hitting", "striking", "targeting"})
#: Who throws stones as a crowd ("residents … pelted a US convoy"): a riot whatever force is named.
_CROWDS = _FLEEING | _DEMONSTRATORS | frozenset({"youths", "men", "boys", "mourners", "tribesmen"})
#: The people of a place as a crowd ("citizens of the village intercepted a convoy").
_TOWNSFOLK = frozenset({"citizens", "inhabitants", "locals", "residents", "villagers", "natives", "tribes", "clans"})
#: Words that say whose a force is ("the Asayish, affiliated with the SDF"): the owner takes no role.
_BELONGING = frozenset({("affiliated", "with"), ("affiliated", "to"), ("belonging", "to"), ("loyal", "to"),
                        ("attached", "to"), ("subordinate", "to")})
#: Riot words that name a crowd's riot whoever is named before them (stones thrown by a force are not).
_RIOT_NOUNS = frozenset({"riot", "riots", "rioted", "rioting"})
#: "the day's shelling", "today's escalation": the day's events already told, summed up.
_TIME_OWNERS = frozenset({"day", "today"})
# owners of a possessive of time before an event word: "Monday's shooting", "last night's blast"
_DAY_NAMES = _TIME_OWNERS | frozenset(WEEKDAYS) | frozenset({"yesterday", "night", "week", "weekend", "month"})
#: A count or an activity over a stretch of time, not one event: "have attacked the front
#: repeatedly for more than two years".
_HABITUAL_PHRASES = ("repeatedly", "for more than two years", "for years", "for months", "for more than a year",
                     "on a daily basis", "almost daily", "time and again", "again and again", "over and over",
                     "time after time", "regularly", "frequently",
                     "had gone on for", "had lasted", "have lasted", "across the region", "in total", "in all,",
                     "over the past year", "in the past year", "over the past month", "in the past month",
                     # tallies over a week or a province: "Weekly toll: 14 killed across Hasakah province"
                     "weekly toll", "monthly toll", "annual toll", "yearly toll", "daily toll", "weekly tally",
                     "monthly tally", "across the province", "across the governorate", "across hasakah",
                     "across al hasakah", "during the past week", "over the past week", "in the past week")
#: A tally over a period in any tense: "the number of attacks … has risen to 51", "bringing the
#: number of drone strikes this year to 30".
_TALLY_PHRASES = (" the number of ", " the tally of ", " a tally of ", " bringing the total ", " bringing the number ",
                  " raising the number ", " brings the number ", " brings the total ", " in total ")
#: A stretch of time: "for ten days", "for several weeks", "for the past month".
#: A span of a few days ("over the past two days"): the time of the acts it tells (dated as that
#: range), not a count kept over a long stretch like "over the past two months".
_FEW_DAYS_RE = re.compile(r" (?:over|in|during|throughout) the (?:past|last) (?:two |three |few |couple of )?days ")
_FOR_DURATION_RE = re.compile(r" for (?:the (?:past|last) )?(?:\w+ )?(?:days|weeks|months|years|month|week|year) ")
#: A stretch up to now: "over the past two months", "during the last few weeks".
_OVER_PAST_RE = re.compile(r" (?:over|in|during|throughout) the (?:past|last) (?:\w+ )?(?:days|weeks|months|years) ")
#: Periods that make a present-perfect clause a tally: "have killed 35 people this year".
_PERFECT_PERIODS = (" this year ", " this month ", " so far ", " to date ", " this week ", " in recent weeks ",
                    " in recent days ", " over the years ", " in the past few months ")
_YEAR_IN_RE = re.compile(r" (?:in|during|throughout) (?:19|20)\d\d ")
#: Whose count: "by the group's count", "according to its tally".
_COUNT_OF_RE = re.compile(r" (?:by|according to) (?:the |its |their |\w+ s )?(?:count|tally|toll|figures|records) ")
#: Before "since 2019": a comparison ("the biggest attack since 2019"), not a running total.
_SUPERLATIVES = frozenset({"biggest", "largest", "deadliest", "worst", "heaviest", "first", "fiercest", "most",
                           "highest", "bloodiest", "major"})
_MONTH_WORDS = frozenset({"january", "february", "march", "april", "may", "june", "july", "august", "september",
                          "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
                          "sept", "oct", "nov", "dec"})
_PROTEST_WORDS = frozenset({"protest", "protesting", "protests", "protested"})
_PREPOSITIONS = frozenset({"under", "in", "of", "by", "to", "with", "during", "from", "on", "into", "per", "for"})
#: Words that make a trigger no event from further back (up to six words): "protest
#: against the recent Turkish drone strikes".
_STANCE = frozenset({"against", "condemn", "condemned", "condemning", "condemns", "denounce", "denounced",
                     "denouncing", "protest", "protesting", "protested", "protests", "denied", "denies",
                     "rejected", "dismissed", "refuted", "denying", "deny"})
#: Words after "opened fire on" that make the shooting an attack on a person.
_SHOT_AT = frozenset({"him", "her", "them", "civilians", "civilian", "man", "woman", "child", "children", "car",
                      "vehicle", "motorcycle", "motorbike", "truck", "house", "protesters", "demonstrators", "people", "residents", "family", "shepherd",
                      "farmer", "young", "boy", "girl"})
#: People of an armed side: a toll of them is no civilians' toll.
_ARMED_PEOPLE = frozenset({"fighter", "fighters", "member", "members", "soldier", "soldiers", "troops", "militant",
                           "militants", "commander", "commanders", "officer", "officers", "personnel", "combatants",
                           "gunmen", "guard", "guards", "policeman", "policemen", "recruits", "conscripts", "militiamen"})
#: What "killed by …" may name that is no one (``by gunfire``, ``by a stray bullet``), and the words before it.
_BY_WEAPONS = frozenset({"gunfire", "gunshot", "gunshots", "bullet", "bullets", "shots", "fire", "shooting", "stabbing",
                         "knife", "explosion", "blast", "shrapnel"})
_BY_FILLERS = frozenset({"a", "an", "the", "stray", "random", "live", "several", "two", "three", "unknown", "heavy"})
#: Perpetrators the text does not name: "gunmen", "unknown men".
_GENERIC_AUTHORS = frozenset({"gunmen", "gunman", "unknown", "unidentified", "masked", "assailants", "attackers",
                              "kidnappers", "abductors", "assailant", "attacker", "kidnapper"})
#: What remote violence hits when it hits civilians' places: villages, homes, fields, markets.
_CIVIL_TARGETS = frozenset({"village", "villages", "house", "houses", "home", "homes", "farm", "farms", "farmland",
                            "residential", "populated", "inhabited", "school", "market", "hospital", "shop", "shops",
                            "bakery", "church", "mosque", "fields", "town", "towns", "neighbourhood", "neighbourhoods",
                            "neighborhood", "neighborhoods", "silos"})
_MILITARY_TARGETS = frozenset({"position", "positions", "post", "posts", "base", "bases", "checkpoint", "checkpoints",
                               "vehicle", "vehicles", "convoy", "headquarters", "military", "patrol", "depot"})
#: Who is arrested when civilians are: "young men", "activists", "a journalist", "the director of …".
_CIVIL_ARRESTED = frozenset({"civilian", "civilians", "activist", "activists", "journalist", "journalists",
                             "director", "teacher", "teachers", "student", "students", "young", "youths", "politician",
                             "politicians", "correspondent", "doctor", "lawyer", "trader", "merchant", "residents",
                             "woman", "women", "girl", "girls", "boy", "boys", "child", "children", "farmer", "farmers"})
#: Words naming a force the actor table may lack: a strike told with them is not the article's one air force's.
_OTHER_FORCES = frozenset({"coalition", "russian", "russia", "american", "iraqi", "israeli", "unidentified",
                           "unknown", "iranian"})
#: Denials of a claim: "denied that any air strike took place".
_DENIALS = frozenset({"denied", "denies", "deny", "denying", "rejected", "dismissed", "refuted"})
#: Bare nouns of a violent act, which name the act told before: "the strike", "the attack".
_ACT_NOUNS = frozenset({"strike", "attack", "blast", "bombing", "incident", "explosion", "assault", "raid"})
#: Roads, whose far end is named after "to": "the road to Hasakah".
#: A road between two towns this long or longer is not "near the first town" (Qamishli–Hasakah, 75 km;
#: Qamishli–Amuda, 27 km, is).
_LONG_ROAD_KM = 50.0
#: Words of a title before a person noun and a name: "senior SDF commander Ahmed Ali".
_TITLE_WORDS = frozenset({"senior", "local", "prominent", "top", "veteran", "former", "leading", "well-known",
                          "tribal", "military", "field", "security", "young", "elderly", "kurdish", "arab",
                          "christian", "syriac", "assyrian", "yazidi", "armenian", "s"})
#: Words of a count over many acts or a period: "the death toll from Turkish strikes this year".
_MANY_ACTS = frozenset({"strikes", "attacks", "bombings", "raids", "assassinations", "killings", "year", "month",
                        "week", "since", "far", "campaign", "offensive", "escalation"})
_GROUP_STOPS = frozenset({"a", "an", "the", "his", "her", "their", "its", "another", "other", "others", "one",
                          "and", "of", "in", "on", "at", "with"})
#: Words between a village's name and the province it is said to lie in ("in the eastern Deir ez-Zor countryside").
_OUTSIDE_LINK = frozenset({"in", "the", "of", "eastern", "western", "northern", "southern", "east", "west", "north",
                           "south", "rural"})
#: States named as the subject of an act of war ("Turkey carried out a drone strike"): their militaries.
_STATE_NAMES = {"turkey": "turkey", "russia": "russia"}
_STATE_ACTS = frozenset({"carried", "launched", "struck", "shelled", "bombed", "targeted", "hit", "attacked",
                         "stepped", "pounded", "killed", "conducted", "intensified", "escalated", "resumed"})
_BACKED = frozenset({"backed", "affiliated", "allied", "aligned", "sponsored", "supported", "funded", "linked",
                     "loyal"})
#: Words that make the actor after them a supporter of the act, not a party to it (``supported by
#: aircraft of the international coalition``, ``with support from the US-led coalition``).
_SUPPORT = frozenset({"support", "supported", "backing", "backed", "assisted", "assistance", "aided", "aid",
                      "cover", "covered", "help", "helped"})
#: What may stand between a support word's ``by``/``from``/``of`` and the supporter's name.
_SUPPORT_FILLERS = frozenset({"the", "a", "an", "aircraft", "air", "jets", "helicopters", "warplanes", "drones",
                              "planes", "forces", "of", "its", "their", "logistical", "aerial"})
#: Participles after a comma that move another actor to act (``…, prompting the coalition to send jets``).
_PROMPTING = frozenset({"prompting", "leading", "spurring", "pushing", "forcing", "compelling"})
#: Nouns of an attack whose author is named with it (``an ISIS attack``, ``an attack by ISIS``).
_ATTACK_NOUNS = frozenset({"attack", "attacks", "assault", "ambush", "raid", "strike", "strikes", "bombing",
                           "offensive", "shelling", "bombardment"})
#: Another act of the kind told before, named anywhere in a sentence (``wounded in a similar attack``).
_OTHER_ATTACK = ("similar attack", "separate attack", "similar incident", "separate incident", "similar strike",
                 "separate strike")
#: Words for Islamic State's men (``belonged to an ISIS emir``, ``owned by militants``).
_ISIS_MEMBERS = frozenset({"isis", "daesh", "jihadist", "jihadists", "militant", "militants", "emir", "emirs"})
#: Disputes whose topic (``over the arrest of …``) is named, not told.
_DISPUTES = frozenset({"dispute", "disputes", "row", "quarrel", "argument", "altercation", "tension", "tensions",
                       "anger", "outrage", "disagreement", "standoff", "scuffle", "fight"})
#: Verbs of a force's record in a relative clause (``which led the fight against …``).
_LEADING = frozenset({"led", "leads", "spearheaded", "waged", "wages", "won", "joined"})
#: Active verbs by which a third party makes a deal between others (``Russia brokered a truce``).
_BROKERING = frozenset({"brokered", "mediated", "sponsored", "facilitated", "negotiated"})
#: Verbs of a force's security operation (``when the SDF swept through Shaddadi``).
_SWEEPING = frozenset({"swept", "raided", "stormed", "searched", "combed", "launched", "conducted", "carried",
                       "surrounded", "cordoned"})
#: Word beginnings that make a crowd walking in another town a protest (``_march_elsewhere``).
_PROTEST_CUES = ("protest", "rally", "rallie", "chant", "banner", "placard", "slogan", "demonstrat")
_WIDE_KINDS = frozenset({"country", "region"})  # gazetteer kinds wider than the map's area
_ROADS = frozenset({"road", "roads", "highway", "route", "motorway", "way", "street", "path"})
#: The words that join a road to its two ends (``the road linking Amuda and Darbasiyah``).
_ROAD_LINKS = frozenset({"between", "linking", "connecting", "joining"})
#: Persons whose home town may follow ("a jeweller from Amuda"), besides the count words.
_ORIGIN_PERSONS = frozenset({"jeweller", "jeweler", "jewellers", "native", "natives", "youngster", "youngsters",
                             "local", "locals", "national", "nationals", "originally", "hailing"})
#: Words that end the look back for a home town: a verb or a clause word between.
_ORIGIN_STOPS = frozenset({"was", "were", "is", "are", "had", "has", "have", "when", "as", "while", "after",
                           "who", "which", "that", "and", "killed", "wounded", "fled", "moved", "came", "returned",
                           "arrived", "travelled", "traveled", "driving", "headed", "heading"})
#: Words of an earlier time or of repetition with a past perfect: "had been detained twice before".
_HISTORY = frozenset({"twice", "previously", "formerly", "times", "repeatedly", "before", "once"})
#: Past tenses of trigger verbs that do not end in -ed.
_IRREGULAR_PAST = frozenset({"fought", "beat", "shot", "struck", "hit", "took", "met", "blew", "threw", "broke", "led",
                             "held", "brought", "sent", "began", "withdrew", "overran", "swept", "stole", "set"})
#: Past verbs of a weapon or an attack as subject: "a car bomb killed …", "a drone struck …".
_STRUCK_VERBS = frozenset({"killed", "struck", "hit", "exploded", "targeted", "wounded", "injured", "went", "blew",
                           "destroyed", "damaged", "fell", "landed"})
#: A span before "after": "a day after", "hours after" (a reference point, told by the day-counting rules).
_SPANS_BEFORE = frozenset({"day", "days", "hour", "hours", "week", "weeks", "night", "morning", "evening", "shortly",
                           "just", "minutes", "soon", "month", "months"})
#: Adjectives of how often or how new a kind of event is: "arrests are not new", "clashes are rare".
_FREQUENCY = frozenset({"new", "common", "rare", "frequent", "routine", "uncommon", "commonplace", "unusual",
                        "familiar", "widespread", "regular", "unheard", "infrequent", "usual", "normal"})
_DEGREE = frozenset({"not", "no", "longer", "increasingly", "very", "relatively", "fairly", "quite", "more", "less",
                     "still", "now", "becoming", "become", "all", "too", "so", "nothing"})
#: Marks of a killing on a body found: "bearing gunshot wounds", "with signs of torture".
#: After a passive "found": a word of a violent death ("was found dead", "were found shot in the head").
_FOUND_KILLED = frozenset({"dead", "killed", "murdered", "slain", "shot", "strangled", "stabbed", "beheaded",
                           "decapitated", "slaughtered", "executed"})
#: Adverbs between "was" and "found" ("was reportedly found dead").
_FOUND_ADVERBS = frozenset({"reportedly", "later", "also", "allegedly", "subsequently", "eventually"})
#: What makes people found dead a killing.
_MURDER_MARKS = frozenset({"killing", "killings", "murder", "murders", "murdered", "crime", "crimes", "gunshot",
                           "gunshots", "bullet", "bullets", "shot", "decapitated", "beheaded", "slaughtered",
                           "strangled", "stabbed", "tortured", "torture", "handcuffed", "blindfolded", "executed",
                           "slain", "killed", "assassinated", "assassination"})
#: A natural or accidental death told: no killing.
_NATURAL_DEATH = frozenset({"drowned", "drowning", "heart", "cold", "illness", "disease", "overdose", "accident",
                            "suicide", "natural", "starvation", "exposure", "frozen", "froze", "stroke"})
#: Words that deny a mark of a killing a few words after them: "no signs of a killing", "ruled out murder".
_MARK_DENIED = frozenset({"no", "not", "without", "ruled", "rule", "excluded", "denied", "nothing", "never",
                          "neither", "nor"})
#: A subject that tells back the person of a killing already told ("the woman", "he").
_TOLD_BACK_SUBJECTS = frozenset({"the", "he", "she", "they", "his", "her", "their", "whose"})
_KILLING_MARKS = frozenset({"gunshot", "gunshots", "bullet", "bullets", "torture", "tortured", "stab", "stabbed",
                            "blindfolded", "handcuffed", "executed", "slaughtered", "shot"})
#: A lead counting its event in a series over a period: "the fourth kidnapping in about a week".
_SERIES_RE = re.compile(r"\bthe (?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th)?) "
                        r"(?:\w+ ){0,6}?(?:in|within|over|during) (?:about |nearly |almost |less than |just |the "
                        r"|past |last )*(?P<n>a|one|two|three|four|\d+)? ?(?P<unit>days?|weeks?|months?|fortnight)\b")
_SMALL_NUMBERS = {"two": 2, "three": 3, "four": 4}
#: Before ``such``: one event of that kind ("in one such attack", "another such raid").
_ONE_OF_A_KIND = frozenset({"one", "another", "latest", "last", "first", "second", "third", "recent"})
#: A sniper's shot told without a casualty word: "a sniper fired at", "sniper bullets hit".
_SNIPER_SHOTS = frozenset({"fire", "fired", "firing", "shot", "shots", "shooting", "bullet", "bullets", "opened",
                           "targeted", "targeting", "sniped", "hit", "hitting"})
_CIVILIAN_WORDS = frozenset({"civilian", "civilians", "child", "children", "boy", "girl", "woman", "women", "man",
                             "men", "resident", "residents", "farmer", "shepherd", "elder", "sheikh", "family",
                             "youth", "teenager", "mukhtar", "notable", "journalist", "doctor", "teacher", "student",
                             "people", "person", "infant", "baby", "son", "daughter", "nurse", "worker", "driver",
                             "refugee", "refugees", "citizen", "citizens", "sibling", "siblings", "brother",
                             "brothers", "sister", "sisters", "workers", "farmers", "shepherds", "drivers",
                             "teachers", "students", "doctors", "nurses", "journalists", "persons", "villagers",
                             "passers-by", "passersby", "pupils", "employees", "christians", "christian",
                             "muslims", "yazidis", "owner", "owners", "shopkeeper", "shopkeepers", "trader",
                             "traders", "merchant", "merchants", "elderly", "grandson", "grandsons",
                             "granddaughter", "grandfather", "grandmother", "father", "mother", "husband", "wife",
                             "relatives", "inhabitants", "herder", "herders", "labourer", "labourers", "laborer",
                             "laborers", "pensioner", "priest", "imam"})

#: An earlier act's verbs after "after"/"following" (:meth:`_Run._later_act`): struck, and the present tenses.
_LATER_ACT_VERBS = _STRUCK_VERBS | {"kill", "kills", "hits", "strike", "strikes", "wound", "wounds", "killing"}
#: Brokering words and the mediators' own (:meth:`_Run._sentence_mediator`).
_MEDIATING = _BROKERING | {"mediators", "mediator", "mediating", "mediate", "guarantors"}


@lru_cache(maxsize=32)
def _word_set(words: tuple[str, ...]) -> frozenset[str]:
    """A lexicon word list as a set, built once per list (asked for every place named)."""
    return frozenset(words)


@dataclass(slots=True)
class _Draft:
    kind: Kind
    trig_first: int
    trig_last: int
    sentence: int
    clause: Clause
    how: str = "word"
    date: DateSpan | None = None
    date_quality: int = 0  # 2 clause, 1 sentence / a statement's date, 0 discourse or publication
    place: Mention | None = None
    place_quality: int = 0  # 2 clause, 1 sentence, 0 the article's city
    actor1: str = ""
    actor2: str = ""
    mediator: str = ""
    fatalities: Count | None = None
    injuries: Count | None = None
    spans: list[tuple[int, int]] = field(default_factory=list)  # token ranges of evidence sentences
    notes: list[str] = field(default_factory=list)
    headline: bool = False
    unresolved: str = ""  # a place name in the clause the gazetteer lacks
    near: Mention | None = None  # the place chosen, told only as near ("near Amuda", "close to Amuda")
    # an act told as what a later event came some time after: that event's clause and the days back
    set_against: tuple[Clause, tuple[int, int]] | None = None
    # told back in someone's words: "the SDF said in a press release that the drone attack targeted …"
    in_speech: bool = False


class EnglishEvents:
    """The English event rules for one gazetteer, actor table and lexicon (built once)."""

    def __init__(self, gazetteer: Gazetteer, actors: dict[str, Actor], lexicon: Lexicon):
        self.gazetteer = gazetteer
        self.actors = actors
        self.lex = lexicon

    def extract(self, article: Article, nt: NormalisedText, tokens: Tokens, mentions: list[Mention],
                actor_matches: list[Match], dates: list[DateSpan], focus_city: str | None,
                unresolved: list[Unresolved] | None = None, around: dict[int, Mention] | None = None,
                sentences: list[Sentence] | None = None) -> list[Event]:
        """Events of one English article.

        Parameters
        ----------
        article : Article
        nt : NormalisedText
        tokens : Tokens
            ``tokenise(nt.text)``.
        mentions : list of Mention
            Place mentions (original offsets).
        actor_matches : list of Match
            Actor names as token ranges.
        dates : list of DateSpan
            From :func:`pipeline.english.dates.find_dates`.
        focus_city : str or None
            The article's city (its most named one).
        unresolved : list of Unresolved, optional
            Place names the gazetteer lacks: an event in their clause is located at the
            area the text gives instead, flagged approximate with the name in its notes.
        around : dict of int -> Mention, optional
            By a town mention's start: the countryside an event placed there is in
            (``villages west of Tal Tamr``; :meth:`pipeline.english.places.EnglishPlaces.around`).
        sentences : list of Sentence, optional
            ``split_sentences(nt, tokens)`` when the caller has them already.

        Returns
        -------
        list of Event
        """
        return _Run(self, article, nt, tokens, mentions, actor_matches, dates, focus_city, unresolved or [],
                    around or {}, sentences).run()


#: Kinds of place that hold landmarks: one named beside a landmark told back that it does not
#: hold is the event's scene (``_locate_place``).


class _Run:
    """One article's extraction (state shared by the rule steps)."""

    def __init__(self, ex: EnglishEvents, article, nt, tokens, mentions, actor_matches, dates, focus_city, unresolved,
                 around, sentences=None):
        self.ex, self.lex, self.article, self.nt, self.tokens = ex, ex.lex, article, nt, tokens
        self.words = tokens.words
        self.n = len(self.words)
        # original offsets of the tokens (to place mentions and dates on tokens)
        self.o_starts = [nt.to_original(s, e)[0] for s, e in zip(tokens.starts, tokens.ends)]
        self.mentions = [(self._tok(m.start), self._tok(max(m.start, m.end - 1)), m) for m in mentions
                         if m.place_id]
        self.actors = [(m.first, m.last, m.payload) for m in actor_matches if not self._no_side(m.first)]
        self.actors = sorted(self.actors + self._state_subjects(), key=lambda a: a[0])
        self.actors = sorted(self.actors + self._militia_refs(), key=lambda a: a[0])
        self.dates = [(self._tok(d.start), self._tok(max(d.start, d.end - 1)), d) for d in dates]
        self.focus_city = focus_city
        self.unresolved = [(self._tok(u.start), self._tok(max(u.start, u.end - 1)), u) for u in unresolved]
        # tokens of every name, known or not (what may stand between "taken to" and a place)
        self._named = {t for a, b, _ in self.mentions + self.unresolved for t in range(a, b + 1)}
        # "wounded … taken to the Kalasa hospital in Qamishli": where the wounded went is no event's place
        self.unresolved = [x for x in self.unresolved if not self._taken_there(x[0])]
        self.around: dict[int, Mention] = around
        self.recap_dropped = False
        self._air_named = False  # _triggers: an air raid or strike named in a sentence so far
        self._air_authors: set[str] = set()  # _triggers: the forces named right before an air word so far
        self._blast_noun = False  # _refers_back: the trigger is a bare "blast"/"explosion"
        self.sentences = sentences if sentences is not None else split_sentences(nt, tokens)
        self.drafts: list[_Draft] = []
        # "a landmine planted by ISIS five years ago exploded": a date describing a noun dates no act
        # (kept as background, so that its words still count as a date's and no toll)
        described = [(f, l) for f, l, ds in self.dates if self._describes_a_noun(f, l, ds)]
        self._noun_date_toks = {t for f, l in described for t in range(f, l + 1)}
        self.dates = [(f, l, replace(ds, background=True) if (f, l) in described else ds) for f, l, ds in self.dates]
        self.dateline, self.office_lines = self._datelines()
        self.locators = self._locators()
        self.namesakes_elsewhere = self._namesakes_elsewhere()
        self.alt_names = self._alt_names()
        self._totals: dict[tuple[int, int], bool] = {}
        self._clause_triggers: dict[int, list[tuple[int, Kind]]] = {}  # by clause start: (first token, kind)
        # token spans of earlier acts told after "after" that no event was made of (_later_act): their tolls
        self._earlier_acts: list[tuple[int, int]] = []
        # clauses whose toll a reference back bound to a named act ("The shelling killed two people",
        # "two were killed in that shelling": _refer_tolls): by clause span, that act
        self._bound_tolls: dict[tuple[int, int], _Draft] = {}

    # ------------------------------------------------------------------ helpers
    def _long_ago(self, f: int, last: int, ds: DateSpan | None) -> bool:
        """Whether tokens ``f``..``last`` tell a time long before the news: whole years back (``five
        years ago``), a date (``ds``) of a month or a year before the publication's year (``in 2016``,
        ``in March 2016``, ``in late 2017``, ``last year``), or, with no date (``ds`` None), a past
        year the dates left as a number (``in 2016 exploded``: a year followed by a verb)."""
        words = self.words
        if words[last] == "ago" and last > f and words[last - 1] in ("year", "years"):
            return True
        year = self.article.published.year
        if ds is not None:
            return ds.time_precision == 3 and not ds.background and ds.date_from.year < year
        w = words[last]
        return w.isdigit() and len(w) == 4 and 1990 < int(w) < year

    def _describes_a_noun(self, f: int, last: int, ds: DateSpan | None = None) -> bool:
        """Whether the date at tokens ``f``..``last``, long before the news (:meth:`_long_ago`: ``five
        years ago``, ``in 2016``), lies in a phrase describing a noun: ``a landmine planted by ISIS
        five years ago exploded``, ``a landmine planted by ISIS in 2016 exploded``, ``a man who
        returned from Turkey two years ago was shot dead``. It tells when the thing was planted
        or the man came back, not when the act of the sentence happened, so it dates no act. The
        phrase opens, up to ten words before the date in its sentence, with a participle after its
        noun (``[words] described_participles``; not after a pronoun or an auxiliary,
        ``participle_not_after``: ``ISIS planted …``, ``was built …`` are finite; nor with a comma
        after the date and none before the participle: ``fighters returned to the village five years
        ago, killing …`` is finite, unless a relative pronoun before it opens the phrase: ``the mine,
        which ISIS planted in 2016, killed …``) or with a relative pronoun (``described_relatives``) with words
        between it and the date (not ``that`` after a verb of saying, ``said_verbs``: ``said that
        two years ago ISIS …`` dates the act told). Not when ``and``/``then`` follows the date
        (``dated_then``: the subject's next act), nor when the phrase holds a trigger of its own
        (``a man who was killed two years ago``: that act is old, and the date is its own; ``fighters
        arrived in the village five years ago``: the arrival)."""
        words, w = self.words, self.lex.words
        if not self._long_ago(f, last, ds):
            return False
        sent = next((s for s in self.sentences if s.first <= f <= s.last), None)
        if sent is None or last + 1 <= sent.last and words[last + 1] in w["dated_then"]:
            return False
        opener = None
        finite = False
        for k in range(f - 1, max(sent.first, f - 10) - 1, -1):
            if k == sent.first:
                break
            if not finite and words[k] in w["described_participles"] and words[k - 1] not in w["participle_not_after"]:
                if last < sent.last and "," in self._gap(last) and "," not in self._gap(k - 1):
                    # "ISIS fighters returned to the village five years ago, killing …": finite, unless a
                    # relative pronoun before it opens the phrase ("the mine, which ISIS planted in 2016, killed …")
                    finite = True
                    continue
                opener = k  # "a landmine planted by ISIS five years ago"
                break
            if words[k] in w["described_relatives"] and k + 1 < f and words[k - 1] not in w["said_verbs"]:
                opener = k  # "a man who returned from Turkey two years ago"
                break
        if opener is None or self._act_word(opener - 1) and not self._after_preposition(opener - 1, sent.first):
            # "Clashes that erupted in Tal Tamr in March 2023 killed …", "the fighting that broke out
            # in 2019 killed …": the phrase describes the act itself, which the date dates (not an act
            # named inside a phrase: "a shell left from clashes that erupted in 2019")
            return False
        return not self.lex.triggers.find(self.tokens[opener:f])

    def _after_preposition(self, k: int, first: int) -> bool:
        """Whether the word at token ``k`` stands in a prepositional phrase (``[words] act_noun_prepositions``:
        ``from``, ``of``, ``after`` … before it, ``act_noun_modifiers`` between, within three words and
        not before ``first``): "a shell left from (the) clashes that …"."""
        w = self.lex.words
        for j in range(k - 1, max(first, k - 4) - 1, -1):
            if self.words[j] in w["act_noun_prepositions"]:
                return True
            if self.words[j] not in w["act_noun_modifiers"]:
                return False
        return False

    def _act_word(self, k: int) -> bool:
        """Whether the word at token ``k`` names a violent act (``clashes``, ``fighting``, ``attack``,
        ``strike``, ``airstrikes``, ``bombing``, ``explosion``, ``shelling``, ``raid``: ``_ACT_NOUNS``,
        ``_NOISES``, ``_OPERATIONS``, or a clash trigger), not a thing or a person (``landmine``,
        ``drone``, ``man``)."""
        word = self.words[k] if k >= 0 else ""
        if word in _ACT_NOUNS or word in _NOISES or word in _OPERATIONS:
            return True
        if word.endswith("s") and word[:-1] in _ACT_NOUNS or word.endswith(("strike", "strikes")):
            return True  # "attacks", "bombings", "airstrikes"
        return any(m.payload.kind == "clash" for m in self.lex.triggers.find(self.tokens[k:k + 1]))

    def _no_side(self, f: int) -> bool:
        """The actor named at token ``f`` describes a person, not a side in the act: a former
        member (``a former YPG fighter``, ``an ex-SDF commander``: ``[words] former_marks`` at most two
        words before it) or a member's relative (``a man whose brother was a YPG commander``, ``the
        son of an SDF fighter``: a ``[words] kin`` word after ``whose`` or before ``of`` in the four
        words before it)."""
        w = self.lex.words
        before = self.words[max(0, f - 4):f]
        if w["former_marks"] & set(before[-2:]):
            return True
        for j, word in enumerate(before):
            if word in w["kin"] and (j > 0 and before[j - 1] == "whose" or before[j + 1:j + 2] == ["of"]):
                return True
        return False

    def _state_subjects(self) -> list[tuple[int, int, str]]:
        """``Turkey carried out a drone strike``, ``Turkey has stepped up its strikes``: a state
        named as the subject of an act of war (``[not_event]``-free: the country's name right
        before one of ``_STATE_ACTS``, not after a preposition: ``across the border in Turkey``)
        is its military (the actor table lists only its forces' names)."""
        words = self.words
        out = []
        for i, w in enumerate(words[:-1]):
            actor = _STATE_NAMES.get(w)
            if actor is None or actor not in self.ex.actors or i > 0 and words[i - 1] in _PREPOSITIONS | {
                    "across", "inside", "near", "toward", "towards", "between", "and", "at", "against"}:
                continue
            if not self.nt.original[self.o_starts[i]:self.o_starts[i] + 1].isupper():
                continue
            nxt = words[i + 1:i + 3]
            if nxt[:1] and nxt[0] in _STATE_ACTS or nxt[:1] in (["has"], ["had"]) and nxt[1:] and nxt[1] in _STATE_ACTS:
                out.append((i, i, actor))
        return out

    def _militia_refs(self) -> list[tuple[int, int, str]]:
        """``Gunmen of the QSD militia stormed houses …``, then ``the militia also raided …``, ``a
        militia checkpoint kidnapped …``: ``militia`` with no side named with it refers to the
        last side the article called a militia (its name right before or after the word)."""
        words = self.words
        taken = {t for f, l, _ in self.actors for t in range(f, l + 1)}
        named: str | None = None
        out = []
        for i, w in enumerate(words):
            if w not in ("militia", "militias"):
                continue
            near = [a for f, l, a in self.actors if l == i - 1 or f == i + 1 or l == i - 2 and words[i - 1] == "s"]
            if near:
                named = near[-1]
                continue
            if named is not None and i not in taken and i > 0 and words[i - 1] in ("the", "a", "this", "that"):
                out.append((i, i, named))
        return out

    def _tok(self, orig: int) -> int:
        return max(0, bisect.bisect_right(self.o_starts, orig) - 1)

    def _taken_there(self, f: int) -> bool:
        """Whether the place named at token ``f`` is only where the wounded or the dead were
        taken: one of ``[facilities] taken_to`` (``taken``, ``rushed``, ``admitted``), then
        ``to``/``into``/``at``/``in``, a place of care (``care_places``: ``a hospital in
        Qamishli``, ``the Kalasa hospital``) and nothing but names, articles and care words up to
        the place (issue 10: places never snap elsewhere)."""
        fac = self.lex.facilities
        verbs, care = _word_set(fac.get("taken_to", ())), _word_set(fac.get("care_places", ()))
        if not verbs or not care:
            return False
        named = self._named
        words = self.words
        cared = False
        for k in range(f - 1, max(-1, f - _TAKEN_REACH - 1), -1):
            w = words[k]
            if w in care:
                cared = True
            elif w in ("to", "into", "at", "in") and k > 0 and words[k - 1] in verbs:
                return cared or any(words[t] in care for t in range(f, min(self.n, f + 4)))
            elif not (w in _CARE_FILLERS or k in named):
                return False
        return False

    def _orig_span(self, first: int, last: int) -> tuple[int, int]:
        return self.nt.to_original(self.tokens.starts[first], self.tokens.ends[last])

    def _datelines(self) -> tuple[set[int], set[int]]:
        """Tokens of datelines (``QAMISHLI, Syria (North Press) –``, ``HASAKA, (SANA) –``) and of
        lines that are only one (``Enab Baladi – Hasakah``): where the report was filed, not
        where its events happened."""
        text = self.nt.original
        dateline: set[int] = set()
        office: set[int] = set()
        pos = 0
        for line in text.split("\n"):
            m = _DATELINE_RE.match(line)
            if m is not None:
                lo, hi = self._tok(pos), self._tok(pos + m.end() - 1)
                toks = {t for t in range(lo, hi + 1) if pos <= self.o_starts[t] < pos + m.end()}
                dateline |= toks
                if not line[m.end():].strip() or len(line) < 60 and "." not in line:
                    office |= {t for t in range(self.n) if pos <= self.o_starts[t] < pos + len(line)}
            pos += len(line) + 1
        return dateline, office

    def _locators(self) -> set[int]:
        """First tokens of places named only to say where the place before them lies: ``in
        the countryside of Amuda, north of Al-Hasakah``, ``Khirbet X, 10 km east of Qamishli``
        (a direction and ``of`` after a comma, right after another place or name). SOHR and
        others chain these (``…, south of Al-Qamishli, north of Al-Hasakah``); the event is at
        the first place, never at the reference point."""
        text = self.nt.original
        out: set[int] = set()
        for f, _, m in self.mentions:
            if _LOCATOR_RE.search(text, max(0, m.start - 40), m.start) is not None or (
                    _IN_BEFORE_RE.search(text, max(0, m.start - 12), m.start) is not None
                    and _PROVINCE_AFTER_RE.match(text, m.end) is not None):
                out.add(f)  # (", in Aleppo province" after a place: where that place lies)
        return out

    def _namesakes_elsewhere(self) -> dict[int, Mention]:
        """First tokens of places of the area that the text says lie in a place outside it (``the
        village of Abu Khashab in the Deir ez-Zor countryside``: at most three of ``_OUTSIDE_LINK``'s
        words between, the far place neither the place itself nor one holding it), each with the
        far place's mention. The gazetteer's row of that name is a namesake in Al-Hasakah, not the
        village told of: an event there is placed in the far area with the name as unresolved."""
        gaz, words = self.ex.gazetteer, self.words
        out: dict[int, Mention] = {}
        for (f, last, m), (g, _, far) in zip(self.mentions, self.mentions[1:]):
            if not m.place_id or not far.place_id or m.place_id not in gaz.places or far.place_id not in gaz.places:
                continue
            if not last < g <= last + 4 or not all(w in _OUTSIDE_LINK for w in words[last + 1:g]):
                continue
            if gaz.outside_area(m.place_id) or not gaz.outside_area(far.place_id) \
                    or far.place_id in gaz.ancestor_ids(m.place_id):
                continue
            out[f] = far
        return out

    def _alt_names(self) -> set[int]:
        """First tokens of a place's other name in brackets right after it: ``the countryside
        of al-Qahtaniyah (Tirbespiyê)``, ``al-Malikiyah (Derik)``, ``Ras al-Ain (Serêkaniyê)``
        (the same place, or the town of the countryside before it). It names no other place:
        never where an event is, above the name it glosses."""
        text = self.nt.original
        gaz = self.ex.gazetteer
        out: set[int] = set()
        for (f, _, m), (_, _, prev) in zip(self.mentions[1:], self.mentions):
            if text[prev.end:m.start].strip() != "(" or not m.place_id or not prev.place_id:
                continue
            if m.place_id == prev.place_id or m.place_id in gaz.ancestor_ids(prev.place_id) \
                    or prev.place_id in gaz.ancestor_ids(m.place_id):
                out.add(f)
        return out

    # ------------------------------------------------------------------ steps
    def run(self) -> list[Event]:
        discourse: DateSpan | None = None
        for si, sent in enumerate(self.sentences):
            if self._link_line(sent):
                continue  # "Read More: Turkish drone strike kills three in Qamishlo": another story's title
            created = []
            triggers = self._triggers(sent)
            for clause in sent.clauses:
                created += self._set_against_parts(si, sent, clause, triggers)
            created += self._another_dated(created)
            created += self._killings_without_trigger(si, sent, created, triggers)
            created += self._strikes_without_weapon(si, sent, created, triggers)
            if not created and triggers:
                created += self._also_hit_elsewhere(si, sent)  # "silos near Darbasiyah were also damaged in the strikes"
            created += self._also_knocked_out(si, sent, created, triggers)  # "stations in X were also knocked out, while …"
            if not created and not triggers:
                created += self._reached_elsewhere(si, sent)  # "the strikes reached a gas plant near Derik"
            if not created and not triggers:
                created += self._hurt_elsewhere(si, sent)  # "In the neighbouring village of X, three … were wounded"
            if not created and not triggers:
                created += self._march_elsewhere(si, sent)  # "In Tirbespiye, dozens set off … and walked …"
            for d in created:
                self._locate(d, sent)
                self._date(d, sent, discourse)
                self._assign_actors(d)
                self._neutralising_side(d)
                self._two_sides(d)
                self._other_side(d)
                self._opening_act(d)
            self.recap_dropped = False
            created = [d for d in created if self._keep(d)]
            created += self._more_places(created)
            if not self.recap_dropped:  # a dropped recap's toll is its own, no other event's
                self._tolls(sent, created, triggers)
                self._found_killed_toll(created)
            created = self._force_on_protesters(created)
            self._died_when(si, sent, created)
            for d in created:
                d.in_speech = self._told_back_in_speech(d)
                self._add(d)
            if not created:
                created = self._found_dead(si, sent)
                for d in created:
                    self._locate(d, sent)
                    self._date(d, sent, discourse)
                    self._assign_actors(d)
                    if d.actor1 and any(a == d.actor1 and f < d.trig_first for f, _, a in self._clause_actors(d.clause)):
                        d.actor1 = ""  # "the Asayish found the bodies of …": who found them, not who killed
                    self._add(d)
            if not created and not triggers:
                created = self._bodies_found(si, sent)
                for d in created:
                    self._locate(d, sent)
                    self._date(d, sent, discourse)
                    self._assign_actors(d)
                    self._add(d)
                if not created:
                    self._more_of_the_same(sent)
                if not created:
                    self._act_dated_after(sent)  # "the operation was carried out on Monday"
            if not created and not self.recap_dropped:
                created = self._separate_attack(si, sent)
                for d in created:
                    self._locate(d, sent)
                    self._date(d, sent, discourse)
                    self._assign_actors(d)
                if created:
                    self._tolls(sent, created, triggers)
                for d in created:
                    self._add(d)
            dated = next((d.date for d in created if d.date is not None and d.date_quality > 0), None)
            discourse = dated or self._discourse_date(sent, discourse)
        self._denied_claims()
        self._claimed()
        self._bomber_told()
        return self._finish()

    def _died_when(self, si: int, sent: Sentence, created: list[_Draft]) -> None:
        """``Two SDF members were killed on Tuesday. They died when a Turkish drone bombed their car
        …``: a sentence that opens on the dead of the sentence before (``[words] died_anaphors``:
        ``they``, ``both``, ``the two``), a death verb (``[words] died_verbs``: ``died``, ``were killed``) and then how
        (``when``, ``as``, ``after``, ``in``) tells the act that killed them. The killing told before
        with no act of its own (a death with no trigger, the sentence just before) is that act's: its
        toll, day, place and side hit go to the act, and it is no event of its own."""
        words, w = self.words, self.lex.words
        head = words[sent.first:min(sent.last + 1, sent.first + 3)]
        if not head or not (head[0] in w["died_anaphors"] or head[0] == "the" and len(head) > 1 and (
                head[1] in self.lex.units or head[1] in w["died_anaphors"])):
            return
        verb = next((k for k in range(sent.first + 1, min(sent.last, sent.first + 5)) if words[k] in w["died_verbs"]), None)
        if verb is None or not w["died_how"] & set(words[verb + 1:min(sent.last + 1, verb + 3)]):
            return
        act = next((d for d in created if d.kind.kind in VIOLENT and d.trig_first > verb), None)
        prior = self.drafts[-1] if self.drafts else None
        if act is None or prior is None or prior.how != "killing" or prior.sentence != si - 1:
            return
        self.drafts.remove(prior)
        if act.fatalities is None or not act.fatalities.value:
            act.fatalities = prior.fatalities
        if act.injuries is None and prior.injuries is not None:
            act.injuries = prior.injuries
        if prior.date is not None and prior.date_quality > act.date_quality:
            act.date, act.date_quality = prior.date, prior.date_quality
        if prior.place is not None and prior.place_quality > act.place_quality:
            act.place, act.place_quality = prior.place, prior.place_quality
        if not act.actor2 and prior.actor2 != act.actor1:
            act.actor2 = prior.actor2
        act.spans = prior.spans + [x for x in act.spans if x not in prior.spans]
        act.notes.append("the dead of the sentence before, told dying in this act")

    def _neutralising_side(self, d: _Draft) -> None:
        """Who ``neutralised`` (:meth:`_neutralised`): the claim is the author's own, so the state or
        foreign force named before the verb in its sentence (``Turkey says it neutralised …``, ``The
        Turkish defence ministry said … 'four terrorists were neutralised'``: the speaker) is actor1
        when the actor rules left it empty; else Turkey's forces when the sentence names the Turkish
        state before the verb (``[words] turkish_state``: ``Turkey``, ``Turkish``, ``Ankara``: the
        phrasing is the Turkish defence ministry's)."""
        told = d.how == "neutralised" or d.kind.kind in VIOLENT and self.lex.words["neutralised_verbs"] & set(
            self.words[d.clause.first:d.clause.last + 1])  # ("its drones had 'neutralised' four …")
        if not told or d.actor1:
            return
        sent = self.sentences[d.sentence]
        side = next((a for f, _, a in reversed(self.actors) if sent.first <= f < d.trig_first and a != d.actor2
                     and a in self.ex.actors and self.ex.actors[a].inter in (1, 8)), None)
        if side is None:
            named = self.lex.words["turkish_state"] & set(self.words[sent.first:d.trig_first])
            side = "turkey" if named else None
        if side is not None and side in self.ex.actors:
            d.actor1 = side

    def _force_on_protesters(self, created: list[_Draft]) -> list[_Draft]:
        """``Asayish members opened fire on residents protesting against the closures, killing
        one man``: a shooting (``opened fire``, ``fired on``, ``shot at``) whose target is the
        crowd of a protest told right after it in the same clause is one event, excessive force
        against protesters (ACLED: Protests), with the shooting's toll; the protesters are
        actor1 and the side that fired actor2. The protest is no event of its own. So is a
        protest told first whose crowd the sentence's shooting then aims at (``Protesters gathered
        …, and security forces fired at them, killing one man``: :meth:`_fired_at_the_crowd`)."""
        words = self.words
        out = list(created)
        for d in created:
            if d.kind.kind not in ("civ_attack", "clash") or words[d.trig_first] not in _SHOOTING \
                    or words[d.trig_first] == "stormed":
                continue
            crowd = next((p for p in out if p.kind.kind == "protest" and p.clause.first == d.clause.first
                          and d.trig_last < p.trig_first <= d.trig_last + 8
                          and {"on", "at"} & set(words[d.trig_last:p.trig_first])), None)
            if crowd is None:
                crowd = self._fired_at_the_crowd(d, out)
            if crowd is None:
                continue
            out.remove(crowd)
            shooter = d.actor1 if d.actor1 not in ("protesters", "civilians") else ""
            d.kind, d.how = _FORCE_ON_PROTESTERS, "force"
            d.actor1, d.actor2 = "protesters", shooter or crowd.actor2 or self._protest_target(crowd)
        return out

    def _fired_at_the_crowd(self, d: _Draft, drafts: list[_Draft]) -> _Draft | None:
        """The protest told before the shooting ``d`` in its sentence whose crowd the shooting
        aims at: ``on``/``at`` within two words after its trigger, then a crowd word (``them``,
        ``the demonstrators``: ``fired_at_crowd`` words) — ``Protesters gathered …, and security
        forces fired at them``. None when no such protest, or more than one, is told."""
        words = self.words
        k = next((j for j in range(d.trig_first, min(d.trig_last + 3, self.n)) if words[j] in ("on", "at")), None)
        if k is None:
            return None
        aim = words[k + 1:min(k + 3, self.n)]
        if not aim or not (aim[0] in self.lex.words["fired_at_crowd"] or aim[0] == "the" and len(aim) > 1
                           and aim[1] in self.lex.words["fired_at_crowd"]):
            return None
        told = [p for p in drafts if p.kind.kind == "protest" and p.sentence == d.sentence and p.trig_last < d.trig_first]
        return told[0] if len(told) == 1 else None

    def _claimed(self) -> None:
        """``The Islamic State group claimed the attack through its channels on Friday``, ``In
        July, the group claimed a huge truck bomb that killed 44 people``: who claims an act is
        its author (actor1, when the act has none). The act is the one told in the claim's own
        words (a trigger after ``claimed``), else the latest violent event told before the claim
        (in an earlier sentence or earlier in its own: ``a car bomb went off …, and ISIS claimed
        responsibility for the bombing``); ``it`` or
        ``the group`` is the armed actor named last before the sentence. Not ``claimed that …``
        (a statement)."""
        words = self.words
        for sent in self.sentences:
            for k in range(sent.first + 1, sent.last):
                verb = self._claim_verb(k)
                if verb is None:
                    continue
                nxt = words[k + 1:min(sent.last + 1, k + 5)]
                if not {"the", "a", "an", "responsibility", "its", "both", "two", "three"} & set(nxt[:3]) \
                        or {"lives", "life"} & set(nxt):
                    continue  # (not "the strike claimed the lives of three fighters": a toll)
                author = next((a for f, l, a in reversed(self.actors)
                               if sent.first <= f and l < verb and self._armed(a)), None)
                if author is None and verb > sent.first and words[verb - 1] in ("it", "group", "organisation",
                                                                                  "organization"):
                    author = next((a for f, l, a in reversed(self.actors) if l < sent.first and self._armed(a)), None)
                if author is None:
                    continue
                here = [d for d in self.drafts if d.kind.kind in VIOLENT and d.trig_first > k
                        and sent.first <= d.trig_first <= sent.last]
                if not here:
                    actor = self.ex.actors.get(author)
                    state = actor is not None and actor.inter in (1, 8)
                    # (a non-state group claims no air strike: "ISIS claimed the assault" after the coalition's
                    # strikes on the prison is the assault's claim)
                    # (the act may be told earlier in the claim's own sentence: "A car bomb went off in
                    # Amuda, and ISIS claimed responsibility for the bombing")
                    before = [d for d in self.drafts if d.kind.kind in VIOLENT and d.trig_last < k
                              and (state or d.kind.kind != "air")]
                    here = before[-1:]
                for d in here:
                    if not d.actor1 and d.actor2 != author:
                        d.actor1 = author
                break

    def _bomber_told(self) -> None:
        """``A truck bomb went off near an Asayish compound …``, then ``The bomber drove the truck up
        to the gate``, or ``the group said one of its fighters had blown up an explosives-laden
        truck``: a bombing whose bomber is told setting it off (``the bomber`` and one of
        ``[words] bomber_verbs``; one of the group's fighters, ``[words] bomber_people``, who
        ``blew up`` or ``detonated`` a vehicle, ``bomber_vehicles``) was a suicide bombing: the
        article's latest bombing told by then is retyped (ACLED: Suicide bomb). Not ``hunt for
        the bombers`` (no one told setting it off)."""
        words, w = self.words, self.lex.words
        for sent in self.sentences:
            told = False
            for k in range(sent.first, sent.last):
                if words[k] == "bomber" and k > 0 and words[k - 1] == "the":
                    told = bool(w["bomber_verbs"] & set(words[k + 1:min(sent.last + 1, k + 5)]))
                elif words[k] in w["bomber_people"]:
                    one = words[max(sent.first, k - 5):k]  # ("one of the group's fighters")
                    single = words[k] in ("fighter", "militant", "member", "bomber") or "one" in one
                    blew = words[k + 1:min(sent.last + 1, k + 5)]
                    act = next((j for j in range(len(blew) - 1) if blew[j:j + 2] in (["blew", "up"], ["blown", "up"])
                                or blew[j] == "detonated"), None)
                    told = single and act is not None and bool(w["bomber_vehicles"] & set(
                        words[k + 2 + act:min(sent.last + 1, k + 8 + act)]))
                if told:
                    break
            if not told:
                continue
            bombing = next((d for d in reversed(self.drafts) if d.kind.kind == "ied" and d.spans
                            and d.spans[0][0] <= sent.last and words[d.trig_last] in (
                                "bomb", "bombs", "bombing", "bombings", "blast", "explosion")), None)
            if bombing is not None:
                bombing.kind = self.lex.kinds["suicide"]
                bombing.notes.append("its bomber is told setting it off: a suicide bombing")

    def _denied_claims(self) -> None:
        """``SANA said … two US helicopters struck the soldiers``, then ``the coalition … denied
        that any air strike took place``: one side's claim the other denies outright (a denial
        word before ``any``/``no`` and a trigger of that kind) is no sure event. Dropped: the
        earlier events of that kind told only as what someone said (a speech verb in their
        sentence), with no casualties of their own and no other evidence."""
        words = self.words
        denied: list[tuple[int, str]] = []
        for sent in self.sentences:
            for m in self._triggers(sent):
                clause = next((c for c in sent.clauses if c.first <= m.first <= c.last), None)
                if clause is None:
                    continue
                back = words[max(clause.first, m.first - 8):m.first]
                k = next((i for i in range(len(back) - 1, -1, -1) if back[i] in _DENIALS), None)
                if k is not None and {"any", "no"} & set(back[k + 1:]):
                    denied.append((sent.first, m.payload.kind))
        if not denied:
            return
        keep = []
        for d in self.drafts:
            f, l = d.spans[0]
            claimed = len(d.spans) == 1 and any(w in _SPEECH for w in words[f:l + 1]) \
                and not (d.fatalities and d.fatalities.value) and not (d.injuries and d.injuries.value)
            if claimed and any(kind == d.kind.kind and at > f for at, kind in denied):
                continue
            keep.append(d)
        self.drafts = keep

    def _ground_raid(self, m: Match, sent: Sentence) -> bool:
        """``On Sunday, the Asayish carried out raids on homes …, searching for suspects``: raids
        after an air strike stay ground raids when their clause names homes, a search or an arrest
        (``[not_event] ground_raid``) or their actor (the last one named before them in the clause)
        is neither an author of air strikes nor an air force."""
        clause = next((c for c in sent.clauses if c.first <= m.first <= c.last), None)
        lo, hi = (clause.first, clause.last) if clause is not None else (sent.first, sent.last)
        if self.lex.ground_raid & set(self.words[lo:hi + 1]):
            return True
        named = [a for f, l, a in self.actors if lo <= f and l < m.first]
        return bool(named) and named[-1] not in self._air_authors and "air force" not in named[-1].lower()

    def _link_line(self, sent: Sentence) -> bool:
        """A link to another story (``Read More: …``, ``Related: …``, ``See also: …``): its
        title tells another report's event, not this one's."""
        head = self.words[sent.first:min(sent.last + 1, sent.first + 2)]
        return head in (["read", "more"], ["see", "also"], ["also", "read"], ["related"]) or head[:1] == ["related"] \
            and self.nt.original[self._orig_span(sent.first, sent.first)[1]:][:2].strip().startswith(":")

    def _triggers(self, sent: Sentence) -> list[Match]:
        """The trigger phrases of a sentence, left to right; ``raids`` after an air strike, or
        after air raids named in an earlier sentence (``a wave of air raids on Kurdish-held
        areas``, even when that sentence tells no event), and with no one detained are air raids."""
        found = self.lex.triggers.find(self.tokens[sent.first:sent.last + 1])
        out = [Match(m.first + sent.first, m.last + sent.first, m.payload, m.prefix) for m in found]
        prior = self._latest_violent()
        if prior is not None and prior.kind.kind == "air" or self._air_named:
            words = set(self.words[sent.first:sent.last + 1])
            if not words & {"arrested", "detained", "arrest", "arrests", "detention", "rounded"}:
                out = [Match(m.first, m.last, self.lex.kinds["air"], m.prefix)
                       if m.payload.kind == "arrest" and self.words[m.last] in ("raid", "raids")
                       and not self._ground_raid(m, sent) else m for m in out]
        out = self._drone_overhead(sent, self._captured_people(sent, out))
        out = self._bombing_from_the_air(sent, out)
        self._air_named = self._air_named or any(m.payload.kind == "air" and self.words[m.last] not in _AIRCRAFT
                                                 for m in out)
        # "Turkish warplanes launched …": whose aircraft the article names, even in a sentence with no event
        self._air_authors |= {a for m in out if m.payload.kind == "air" for f, l, a in self.actors
                              if f < m.first and m.first - 1 <= l <= m.last
                              and a in self.ex.actors and self.ex.actors[a].inter in (1, 8)}
        return self._left_homes(sent, self._handed_over(sent, self._bodies_given(sent, self._exchange_named(
            sent, self._swapped(sent, self._closed(sent, self._brought_in(sent, self._convoy_stopped(
                sent, self._driven_out(sent, self._sweep_launched(sent, self._set_up(sent, self._ground_taken(
                    sent, self._neutralised(sent, out)))))))))))))

    def _neutralised(self, sent: Sentence, found: list[Match]) -> list[Match]:
        """The Turkish defence ministry's ``neutralised``: ``its drones neutralised four PKK/YPG
        terrorists near Amuda``, ``'four terrorists were neutralised' in an air operation near Amuda``,
        ``Turkey says it neutralised 4 YPG/PKK terrorists near Amuda``. A verb of putting out of
        action (``[neutralised] verbs``) with a count of people (``persons``, or the person words of
        the counts) up to five words after it, or before it with an auxiliary (``were``, ``had been``),
        is an act against them when its sentence names a place of the gazetteer and tells no violent
        trigger of its own (``its drones`` is already the strike): an air/drone strike when its
        sentence names an air operation (``air_words``), a shelling with ``artillery_words``, else an
        armed clash. Its count is no toll (ACLED: ``neutralised`` covers the killed, wounded, captured
        and surrendered; only ``killed`` told by the text is a fatality). Not ``neutralised in
        northern Syria`` with no place named (no event, as the gold codes it), nor with only a
        dateline's city (``QAMISHLI - Turkey says it neutralised …``, ``QAMISHLI, Syria (Outlet) —``:
        where the copy was filed, not where the act happened), nor things neutralised
        (``neutralised two mines``: no count of people)."""
        words, w = self.words, self.lex.words
        lo, hi = sent.first, sent.last
        verbs = [k for k in range(lo, hi + 1) if words[k] in w["neutralised_verbs"]]
        if not verbs or any(m.payload.kind in VIOLENT for m in found):
            return found
        if not any(lo <= f <= hi and m.kind not in _WIDE_KINDS and f not in self.dateline
                   for f, _, m in self.mentions):
            return found  # (a dateline's city, "QAMISHLI - Turkey says it neutralised …", is where the copy was filed)
        people = w["neutralised_persons"] | self.lex.person_plurals | self.lex.singular_persons

        def counted(a: int, b: int) -> bool:
            return any(count_at(words, q, self.lex, hi + 1) is not None and people & set(words[q + 1:min(b, q + 5)])
                       for q in range(max(lo, a), min(b, hi + 1)))

        verb = next((k for k in verbs if counted(k + 1, k + 6) or {"were", "been", "was"} & set(words[max(lo, k - 3):k])
                     and counted(k - 9, k)), None)
        if verb is None:
            return found
        said = set(words[lo:hi + 1])
        kind = "air" if w["neutralised_air"] & said else "shelling" if w["neutralised_artillery"] & said else "clash"
        return sorted([*found, Match(verb, verb, self.lex.kinds[kind], "")], key=lambda m: m.first)

    def _drone_overhead(self, sent: Sentence, found: list[Match]) -> list[Match]:
        """``A blast hit a car near Amuda while a drone was flying over the road``, ``two fighters died
        in an explosion as a drone hovered overhead``: a bare blast word (``explosion``, ``blast``,
        ``exploded``) in a sentence that has a drone flying or hovering (a watching word up to four
        words after ``drone``) and names no planted device (a bomb, mine or IED word) is the drone's
        strike, not an IED."""
        words = self.words
        drone = any(words[k] in _DRONES and _WATCHING & set(words[k + 1:min(sent.last + 1, k + 5)])
                    for k in range(sent.first, sent.last + 1))
        if not drone or any(m.payload.kind in _BLASTS and words[m.last] not in _BARE_BLASTS for m in found):
            return found
        return [Match(m.first, m.last, self.lex.kinds["air"], m.prefix)
                if m.payload.kind == "ied" and words[m.first:m.last + 1] == [words[m.last]] and words[m.last] in _BARE_BLASTS
                else m for m in found]

    def _captured_people(self, sent: Sentence, found: list[Match]) -> list[Match]:
        """``SDF commandos captured the head of an ISIS cell and two of his aides``: an active
        ``captured``/``capturing`` with people right after it (up to five words; ``[words] captives`` and
        the person words) in a sentence that tells no fighting is an arrest, not ground taken
        (``three others were captured during the clashes`` stays fighters taken in a battle)."""
        if any(m.payload.kind == "clash" for m in found):
            return found
        persons = self.lex.person_plurals | self.lex.singular_persons | _TAKEN_PEOPLE | self.lex.words["captives"]
        out = []
        for m in found:
            obj = []  # the object: up to five words, to a comma or a preposition of place or time
            for k in range(m.last + 1, min(sent.last + 1, m.last + 6)):
                if self.words[k] in _PREPOSITIONS - {"of"} or self.words[k] in ("near", "at", "after", "before"):
                    break
                obj.append(self.words[k])
                if k + 1 < self.n and "," in self._gap(k):
                    break
            if m.payload.kind == "takeover" and self.words[m.last] in ("captured", "capturing") \
                    and self.words[m.first - 1:m.first] not in (["were"], ["was"], ["been"], ["being"]) \
                    and persons & set(obj):
                m = Match(m.first, m.last, self.lex.kinds["arrest"], m.prefix)
            out.append(m)
        return out

    def _dwellings_emptied(self, clause: Clause, i: int) -> bool:
        """Whether a dwelling word (``_HOMES``) up to eight words before ``emptied`` at ``i``
        heads its subject: not the object of a preposition (``the bakeries in the town
        emptied``: the bakeries did; determiners between are skipped)."""
        words = self.words
        for j in range(max(clause.first, i - _EMPTIED_REACH), i):
            if words[j] not in _HOMES:
                continue
            p = j - 1
            while p >= clause.first and words[p] in _DETERMINERS:
                p -= 1
            if p < clause.first or words[p] not in _PREPOSITIONS | {"at", "near", "around", "across", "inside"}:
                return True
        return False

    def _left_homes(self, sent: Sentence, found: list[Match]) -> list[Match]:
        """``dozens of families … left both villages for the town``, ``residents abandoned the
        neighbourhood``: people (``families``, ``residents``…) leaving a settlement or their
        homes, with no flight word, are displaced (a displacement trigger on the verb); so are
        villages or neighbourhoods that emptied (``the villages nearest the frontier had largely
        emptied``: a dwelling word up to eight words before an intransitive ``emptied``, heading
        its subject (:meth:`_dwellings_emptied`); streets or the shops in a town that emptied, or
        houses a force emptied of weapons, are not)."""
        words = self.words
        if not _LEAVING & set(words[sent.first:sent.last + 1]):
            return found
        out = list(found)
        for i in range(sent.first + 1, sent.last):
            if words[i] not in _LEAVING:
                continue
            if any(m.first <= i <= m.last for m in found):
                continue
            clause = next(c for c in sent.clauses if c.first <= i <= c.last)
            who = words[max(clause.first, i - 10):i]
            if words[i] in _EMPTIED and self._dwellings_emptied(clause, i) and words[i + 1] not in _DETERMINERS:
                out.append(Match(i, i, self.lex.kinds["displacement"], ""))  # "the villages … had emptied"
                continue
            if not _FLEEING & set(who) or "who" in who[-3:]:
                continue
            obj = words[i + 1:min(clause.last + 1, i + 4)]
            if not _HOMES & set(obj) and not any(i < f <= i + 3 for f, _, _ in self.mentions):
                continue
            out.append(Match(i, i, self.lex.kinds["displacement"], ""))
        return sorted(out, key=lambda m: m.first)
    def _handed_over(self, sent: Sentence, found: list[Match]) -> list[Match]:
        """``the SDF handed four border posts west of Amuda over to government border guards``:
        ``handed``/``handing`` … ``over to`` with the object between is a handover of ground (a
        transfer; of bodies, ``handed the bodies of … over``, a handover of bodies), when no
        trigger phrase covers those words. People handed over are not ground (``_not_event``)."""
        words = self.words
        out = list(found)
        for i in range(sent.first, sent.last):
            if words[i] not in ("handed", "handing", "hands", "hand"):
                continue
            k = next((k for k in range(i + 2, min(sent.last, i + 12)) if words[k] == "over" and words[k + 1] == "to"),
                     None)
            if k is None or any(m.first <= k and i <= m.last for m in out):
                continue
            obj = set(words[i + 1:k])
            kind = "handover" if {"body", "bodies", "remains"} & obj else "transfer"
            if kind == "transfer" and obj & (self.lex.person_plurals | self.lex.singular_persons | _TAKEN_PEOPLE):
                continue  # "handed two suspects over to the SDF": people, not ground
            ground = obj & (_GROUND | {"post", "bases", "headquarters", "control", "prison", "airport", "crossing",
                                       "camp", "city", "district", "districts", "neighbourhoods", "neighborhoods"}) \
                or any(i < f < k for f, _, _ in self.mentions)
            if kind == "transfer" and not ground:
                continue  # "handed a letter over to UN officials": no ground handed over
            out.append(Match(i, k, self.lex.kinds[kind], ""))
        return sorted(out, key=lambda m: m.first)

    def _bodies_given(self, sent: Sentence, found: list[Match]) -> list[Match]:
        """``exchanged on Tuesday the bodies of fighters``, ``returned to the Asayish the remains
        of …``: a verb of giving back (``[bodies] verbs``) up to four words before a word for the
        dead (``[bodies] objects``) is a handover of bodies when no trigger already covers it; so is
        the passive, the dead named first (``the bodies of five fighters killed in clashes … were
        handed over to their families``: :meth:`_bodies_given_passive`)."""
        return self._bodies_given_passive(sent, self._verb_then_object(
            sent, found, self.lex.body_verbs, self.lex.body_objects, "handover"))

    def _bodies_given_passive(self, sent: Sentence, found: list[Match]) -> list[Match]:
        """``The remains of three fighters … were returned to their families``: a verb of giving
        back (``[bodies] verbs``) right after ``was``/``were``/``been``, a word for the dead
        (``[bodies] objects``) the subject before it in its sentence (opening it, or after
        ``the``), is a handover of bodies (the verb is the trigger, in place of a transfer of
        ground read from ``handed over``) when no other trigger covers it."""
        lex, words = self.lex, self.words
        if lex.body_verbs is None or not lex.body_objects & set(words[sent.first:sent.last + 1]):
            return found
        out = list(found)
        for v in lex.body_verbs.find(self.tokens[sent.first:sent.last + 1]):
            first, last = v.first + sent.first, v.last + sent.first
            if first - 1 <= sent.first or words[first - 1] not in ("was", "were", "been"):
                continue
            subject = next((k for k in range(max(sent.first, first - _PASSIVE_SUBJECT_REACH), first - 1)
                            if words[k] in lex.body_objects
                            and (k == sent.first or words[k - 1] in ("the", "their", "his", "her"))), None)
            if subject is None:
                continue
            # ("handed over" alone is a transfer of ground: bodies are no ground)
            out = [m for m in out if not (m.payload.kind == "transfer" and m.first <= last and first <= m.last)]
            if any(m.first <= last and first <= m.last for m in out):
                continue
            out.append(Match(first, last, lex.kinds["handover"], ""))
        return sorted(out, key=lambda m: m.first)

    def _swapped(self, sent: Sentence, found: list[Match]) -> list[Match]:
        """``exchanged 20 prisoners``, ``swapped dozens of detainees``: a verb of exchange
        (``[swap] verbs``) up to four words before a word for captives (``[swap] objects``) is
        an agreement trigger (a prisoner exchange) when no trigger phrase covers those words."""
        return self._verb_then_object(sent, found, self.lex.swap_verbs, self.lex.swap_objects, "agreement")

    def _exchange_named(self, sent: Sentence, found: list[Match]) -> list[Match]:
        """``prisoners held by the two sides went home … in an exchange between the Asayish and
        …``, ``freed five NDF members … in exchange for three of its fighters``: an exchange noun
        (``[swap] nouns``) after a word for captives (``[swap] objects``) or for their release
        (``released``) in its sentence, with captives or a pair of sides after it (``objects``,
        ``counterparts``: ``for three of its fighters``, ``between the Asayish and …``), is an
        agreement trigger (a prisoner exchange) when no trigger covers it; not in a sentence that
        tells an exchange of fire or a ransom (``not_with``), nor people freed in exchange for
        pledges or guarantees (bail, no deal)."""
        lex, words = self.lex, self.words
        here = set(words[sent.first:sent.last + 1])
        if not here & lex.swap_nouns or here & lex.swap_not_with:
            return found
        out = list(found)
        for k in range(sent.first + 1, sent.last + 1):
            if words[k] not in lex.swap_nouns or any(m.first <= k <= m.last for m in out):
                continue
            if (lex.swap_objects | lex.swap_released) & set(words[sent.first:k]) and \
                    (lex.swap_objects | lex.swap_counterparts) & set(words[k + 1:sent.last + 1]):
                out.append(Match(k, k, lex.kinds["agreement"], ""))
        return sorted(out, key=lambda m: m.first)

    def _ground_taken(self, sent: Sentence, found: list[Match]) -> list[Match]:
        """``Turkish-backed factions occupied the village of …``, ``overran two villages``, ``liberated
        the town of … from ISIS``, ``regained control of the village``: a verb of occupying or
        retaking (``[ground_taken] verbs``) up to five words before a word for ground (``objects``)
        is a takeover trigger when no trigger covers those words. Not a verb used as an adjective:
        joined by a hyphen to the word before it (``Turkish-occupied areas``) or after an article,
        a possessive or a preposition (``the occupied villages``, ``in liberated areas``,
        ``[ground_taken] adjective_before``); nor ground told by whom it is held (``by`` between
        the verb and the ground: ``the areas occupied by Turkey``). Only a finite past form with its
        subject tells the act: not an -ing participle or gerund (``its fighters liberating the town
        in 2019 had paid a heavy price``, ``after retaking the village``), nor a participle after
        ``having`` (``not_finite_before``)."""
        out = self._verb_then_object(sent, found, self.lex.taken_verbs, self.lex.taken_objects, "takeover")
        if len(out) == len(found):
            return found
        nt = self.nt.text
        keep = []
        for m in out:
            if m not in found:
                start = self.tokens.starts[m.first]
                if start > 0 and nt[start - 1] == "-":
                    continue  # "Turkish-occupied areas"
                if m.first > sent.first and self.words[m.first - 1] in self.lex.taken_adjective_before:
                    continue  # "the occupied villages", "in liberated areas"
                if "by" in self.words[m.first + 1:m.last]:
                    continue  # "the areas occupied by Turkey"
                if self.words[m.first].endswith("ing") or m.first > sent.first \
                        and self.words[m.first - 1] in self.lex.taken_not_finite_before:
                    continue  # "its fighters liberating the town in 2019", "having overrun the village"
            keep.append(m)
        return keep

    def _set_up(self, sent: Sentence, found: list[Match]) -> list[Match]:
        """``set up additional checkpoints``, ``erected two new roadblocks``: a verb of setting
        up (``[set_up] verbs``) up to four words before a checkpoint word (``[set_up] objects``)
        is a deployment trigger when no trigger phrase covers those words."""
        out = self._verb_then_object(sent, found, self.lex.set_up_verbs, self.lex.set_up_objects, "deployment")
        # "set up a temporary checkpoint and checked identity papers": a routine check, no change
        return [m for m in out if m in found or self.lex.routine_checks.isdisjoint(self.words[m.first:m.last + 1])]

    def _sweep_launched(self, sent: Sentence, found: list[Match]) -> list[Match]:
        """``launched a security sweep in al-Hol camp``, ``began a new security campaign``, ``started
        a combing operation``: a verb of launching (``[sweep] verbs``) up to five words before a
        sweep, operation or campaign (``objects``) is a deployment trigger (Change to
        group/activity); an operation or campaign only with a security word (``qualifiers``)
        between the verb and the noun (``launched a military operation`` is an offensive, ``a
        vaccination campaign`` none). A sweep whose sentence tells the arrests it made (``launched a
        security campaign …, detaining 36 people``) is those arrests, one act: no trigger here.
        Any of them only by a force (:meth:`_by_a_force`): ``volunteers started a search operation
        for a missing fisherman``, ``farmers began the sweep of their fields for locusts`` are none."""
        if any(m.payload.kind == "arrest" for m in found):
            return found
        out = self._verb_then_object(sent, found, self.lex.sweep_verbs, self.lex.sweep_objects, "deployment")
        return [m for m in out if m in found or (self.words[m.last] in ("sweep", "sweeps")
                or self.lex.sweep_qualifiers & set(self.words[m.first:m.last])) and self._by_a_force(m, sent)]

    def _by_a_force(self, m: Match, sent: Sentence) -> bool:
        """Whether the sweep launched at ``m`` is a force's: an armed actor (state, rebel, militia,
        foreign) named in its sentence before the verb (``the Asayish began a sweep``) or a security
        word in the sentence (``[sweep] security_words``: security, combing, ISIS cells, raids)."""
        if self.lex.sweep_security & set(self.words[sent.first:sent.last + 1]):
            return True
        return any(sent.first <= f < m.first and self._armed(a) for f, _, a in self.actors)

    def _driven_out(self, sent: Sentence, found: list[Match]) -> list[Match]:
        """``The shelling drove dozens of families out of the village``: a verb of driving out
        (``[driven_out] verbs``) up to five words before civilians (``objects``: families,
        residents, villagers) is a displacement trigger (``drove the militants out`` is none) when
        violence drove them: one of ``causes`` (shelling, clashes, the offensive) in the eight words
        before the verb, or as its agent right after it (``driven out by the bombardment``).
        ``Years of drought have driven villagers to the city``, ``the concert drove people into the
        streets``, ``a bus driven by a teacher carrying residents`` are none."""
        out = self._verb_then_object(sent, found, self.lex.driven_verbs, self.lex.driven_objects, "displacement")
        return [m for m in out if m in found or self._driven_by_violence(m, sent)]

    def _driven_by_violence(self, m: Match, sent: Sentence) -> bool:
        """Whether a word of violence (``[driven_out] causes``) drove the people of the driving
        verb at ``m.first``: in the eight words before it (``the shelling drove``, ``weeks of clashes
        have driven``) or after ``by`` within three words after it (``driven out by the fighting``)."""
        causes = self.lex.driven_causes
        if causes & set(self.words[max(sent.first, m.first - 8):m.first]):
            return True
        by = next((k for k in range(m.first + 1, min(sent.last + 1, m.first + 4)) if self.words[k] == "by"), None)
        return by is not None and bool(causes & set(self.words[by + 1:min(sent.last + 1, by + 4)]))

    def _flight_context(self, m: Match) -> bool:
        """Whether a sheltering phrase (``spent the night in …``, ``took refuge with relatives``) at
        ``m`` is told of a flight: its sentence or the one before has a word of violence or flight
        (``[driven_out] causes``, ``flight``: shelling, fearing, fled)."""
        si = next((i for i, s in enumerate(self.sentences) if s.first <= m.first <= s.last), None)
        if si is None:
            return True
        lo = self.sentences[max(0, si - 1)].first
        words = set(self.words[lo:self.sentences[si].last + 1])
        return bool(words & (self.lex.driven_causes | self.lex.driven_flight))

    def _convoy_stopped(self, sent: Sentence, found: list[Match]) -> list[Match]:
        """``Locals of the village intercepted a convoy of the US occupation forces``, ``residents
        blocked a US military convoy and forced it to turn back``, ``the people of the town expelled
        a convoy``: a verb of stopping (``[words] convoy_stop_verbs``) up to five words before a
        convoy, vehicles or a patrol (``convoy_nouns``), with a crowd word (residents, locals,
        villagers) in the ten words before the verb and a foreign or military word
        (``convoy_owners``) in the sentence, is a peaceful protest trigger (ACLED codes civilians
        stopping a foreign convoy so); it replaces what the verb alone read (``expelled`` is no
        takeover here). Not when a force stops the convoy (no crowd word), nor a convoy of aid."""
        lists = self.lex.words
        words = self.words
        sent_words = set(words[sent.first:sent.last + 1])
        if not lists["convoy_nouns"] & sent_words or not lists["convoy_owners"] & sent_words:
            return found
        verbs = sorted((tuple(v.split()) for v in lists["convoy_stop_verbs"]), key=len, reverse=True)
        out = list(found)
        for k in range(sent.first, sent.last + 1):
            verb = next((v for v in verbs if tuple(words[k:k + len(v)]) == v), None)
            if verb is None:
                continue
            end = k + len(verb) - 1
            obj = next((j for j in range(end + 1, min(sent.last + 1, end + 6)) if words[j] in lists["convoy_nouns"]),
                       None)
            if obj is None or not (_CROWDS | _TOWNSFOLK) & set(words[max(sent.first, k - 10):k]):
                continue
            if any(m.payload.kind == "protest" for m in out):
                break
            out = [m for m in out if m.last < k or m.first > obj]
            out.append(Match(k, obj, self.lex.kinds["protest"], ""))
            break
        return sorted(out, key=lambda m: m.first)

    def _brought_in(self, sent: Sentence, found: list[Match]) -> list[Match]:
        """``brought in a convoy of 30 trucks loaded with weapons``, ``sent a new convoy carrying
        ammunition to its base``, ``called in five more armoured vehicles``: a verb of bringing or
        sending (``[brought_in] verbs``) up to five words before a convoy, vehicles or troops
        (``objects``) is a deployment trigger (Change to group/activity), as ``sent reinforcements``
        is, when the moved thing's own phrase (:meth:`_moved_phrase`) has a military word
        (``military``: weapons, armoured, troops) and none of ``not_moved`` (``the bodies of two
        soldiers``, ``three wounded fighters``, ``sent home dozens of soldiers``), in a sentence with
        no word of aid or services (``not_with``: a convoy of food aid, water tankers, ambulances).
        Where it goes is not what is moved: ``a convoy of trucks to the military hospital`` is none."""
        lex = self.lex
        if lex.brought_not_with & set(self.words[sent.first:sent.last + 1]):
            return found
        out = self._verb_then_object(sent, found, lex.brought_verbs, lex.brought_objects, "deployment")
        kept = []
        for m in out:
            if m not in found:
                phrase = set(self._moved_phrase(m, sent))
                if not phrase & lex.brought_military or phrase & lex.brought_not_moved:
                    continue
            kept.append(m)
        return kept

    def _moved_phrase(self, m: Match, sent: Sentence) -> list[str]:
        """The words of what a bringing verb moves: from after the verb's first word through its object
        (``m.last``) and on until one of ``[brought_in] phrase_ends`` (``to``, ``after``, a comma):
        ``a convoy of 25 trucks loaded with weapons`` in ``brought in a convoy of 25 trucks loaded
        with weapons to their base``."""
        end = m.last
        while end + 1 <= sent.last and end + 1 - m.last <= 12 and self.words[end + 1] not in self.lex.brought_ends:
            end += 1
        return self.words[m.first + 1:end + 1]

    def _closed(self, sent: Sentence, found: list[Match]) -> list[Match]:
        """``closed the main roads into …``, ``imposed a three-day curfew``: a verb of shutting or
        imposing (``[close] verbs``) up to four words before a road or curfew word (``[close]
        objects``) is a deployment trigger, as ``closed the roads`` and ``imposed a curfew`` are,
        when no trigger phrase covers those words; kept only with an armed or state actor1 and no
        ``over``/``lifted`` after it (:meth:`_closure_without_force`: a landslide, residents who
        block a road in protest, a curfew declared over are none)."""
        return self._verb_then_object(sent, found, self.lex.close_verbs, self.lex.close_objects, "deployment")

    def _verb_then_object(self, sent: Sentence, found: list[Match], verbs, objects, kind: str) -> list[Match]:
        """A trigger of ``kind`` from one of ``verbs`` with one of ``objects`` up to four words after
        it, where no trigger found (or made here) already covers those words."""
        if verbs is None or not objects & set(self.words[sent.first:sent.last + 1]):
            return found
        out = list(found)
        for v in verbs.find(self.tokens[sent.first:sent.last + 1]):
            first, last = v.first + sent.first, v.last + sent.first
            obj = next((k for k in range(last + 1, min(sent.last + 1, last + 6)) if self.words[k] in objects), None)
            if obj is None or any(m.first <= obj and first <= m.last for m in out):
                continue
            out.append(Match(first, obj, self.lex.kinds[kind], ""))
        return sorted(out, key=lambda m: m.first)

    def _foiled_without_fight(self, m: Match, sent: Sentence) -> bool:
        """``foiled an attack on a church … by arresting two men``, ``thwarted an attack on the
        prison after its fighters found explosives``: a clash trigger opening with a foiled verb
        (``[not_event] foiled_verbs``) whose sentence tells no fighting (``foiled_fighting``, or a
        killing word with the attackers: ``killing two attackers``) is a plot stopped, no clash."""
        lex = self.lex
        if m.payload is None or m.payload.kind != "clash" or self.words[m.first] not in lex.foiled_verbs:
            return False
        words = set(self.words[sent.first:sent.last + 1])
        if words & lex.foiled_fighting:
            return False
        return not (words & lex.foiled_killing and words & lex.foiled_attackers)

    def _ends_fighting(self, k: int) -> bool:
        """``a truce that ended four days of heavy fighting``, ``the deal halted the clashes``: a
        verb of stopping (``ended``, ``halted``, ``stopped``) at token ``k`` whose object is a
        violent trigger a few words on (``N days of`` and its adjectives between, no verb or
        comma): the fighting stopped, not a truce broken; the fighting is named, not told."""
        words = self.words
        if words[k] not in _STOPPED or k + 1 >= self.n or "," in self._gap(k):
            return False
        for t in self.lex.triggers.find(self.tokens[k + 1:min(self.n, k + 7)]):
            if t.payload.kind in VIOLENT:
                between = words[k + 1:k + 1 + t.first]
                return not any(w.endswith("ed") or w in ("and", "but", "when", "as") for w in between) \
                    and not any("," in self._gap(j) for j in range(k + 1, k + 1 + t.first))
        return False

    def _not_event(self, m: Match, clause: Clause) -> bool:
        """An attempt, denial, aim or call (``attempted to kidnap``, ``calls for a truce``);
        a truce broken or ended (``the ceasefire collapsed``, ``violated the truce``)."""
        lo = max(clause.first, m.first - 3)
        before = self.words[lo:m.first]
        if _MOURNING & set(self.words[max(clause.first, m.first - 14):m.first]) and not self._own_day_and_place(m, clause):
            # "the funeral of two children killed in a drone strike": killed some time before, and not
            # where they are buried; only a killing told with its own date and place is an event
            return True
        if self._subject_of_work(m, clause):
            return True  # "a film about a journalist killed by gunmen was screened": what the film is about
        if m.payload is not None and self.words[m.last] == "shot" and m.last + 1 < self.n \
                and self.words[m.last + 1] == "down":
            return True  # "another drone was shot down near Qamishli": an aircraft downed, no one shot
        if m.payload is not None and m.payload.kind == "air" and {"downed", "intercepted", "down"} & set(
                self.words[max(clause.first, m.first - 4):m.first]) and not _STRIKING & set(
                    self.words[m.last + 1:clause.last + 1]):
            return True  # "the SDF said it shot down a Turkish drone over Amuda": no strike
        if m.payload is not None and m.payload.kind in _BLASTS | {"clash", "shelling"} and self.words[m.last] in _NOISES \
                and _HEARD & set(self.words[max(clause.first, m.first - 4):m.first]):
            return True  # "residents heard loud explosions", "the sound of clashes": a noise, no act known
        if m.payload is not None and self.words[m.last] in self.lex.echo_sounds and self._echoed(m, clause):
            return True  # "explosions echoed across the southern districts": a noise, no act known
        if m.payload is not None and m.payload.kind == "takeover" and self._ground_described(m, clause):
            return True  # "keep control of the areas they captured": ground described by an earlier act
        if self._counted_in_series(m, clause):
            return True  # "it was the third deadly drone attack in the area in ten days": a count, no new act
        if m.payload is not None and m.payload.kind == "protest" and self.words[m.last] in _PROCESSION and _MOURNING & set(
                self.words[clause.first:clause.last + 1]):
            return True  # "thousands marched in the funeral procession, chanting slogans": a funeral, not a protest
        if m.payload is not None and m.payload.kind == "protest" and self.words[m.last] in _GATHERING and not (
                _DEMANDS & set(self.words[clause.first:clause.last + 1]) or self._latest("protest") is not None
                # "protesters gathered outside the council": the crowd is named as protesting
                or _PROTESTING_CROWD & set(self.words[clause.first:m.first])):
            return True  # "residents gathered at the hospital": a crowd, not a protest, unless it demands something
        if m.payload is not None and m.payload.kind == "air" and self.words[m.last] in ("drone", "drones") and \
                _WATCHING & set(self.words[clause.first:clause.last + 1]) and not _STRIKING & set(
                    self.words[clause.first:clause.last + 1]):
            return True  # "the operation, watched over by coalition drones": surveillance, not a strike
        if m.payload is not None and m.payload.kind == "air" and self.words[m.last] in _AIRCRAFT | {"drone", "drones"} \
                and _WATCHING & set(self.words[m.last + 1:min(clause.last + 1, m.last + 4)]) \
                and not _STRIKE_VERBS & set(self.words[clause.first:clause.last + 1]):
            return True  # "helicopters circled over the town for hours before the raid": watching, not striking
        if m.payload is not None and m.payload.kind == "deployment" and self.words[m.last] in ("arrival", "arrived") \
                and (not _FORCES & set(self.words[max(clause.first, m.first - 5):min(clause.last + 1, m.last + 9)])
                     or {"mediate", "mediation", "mediating", "scene"} & set(self.words[m.last + 1:clause.last + 1])):
            # "the arrival of a delegation", "as people arrived to help": only forces arriving (named
            # just before "arrived" or after "arrival") are a deployment, and not a mediator's patrol
            # arriving "at the scene" of an event told "to mediate"
            return True
        for k in range(m.last + 1, min(clause.last + 1, m.last + 6)):
            # "the protests would continue", "clashes in the Tayy neighbourhood could resume": said of the
            # future (up to the trigger's own verb: a verb, "and" or a comma ends the look)
            if self.words[k] in _MODALS:
                return True
            if self.words[k] in ("and", "but", "which", "that") or self.words[k].endswith("ed") \
                    or k + 1 < self.n and "," in self._gap(k):
                break
        if m.payload is not None and self._planned_after(m, clause):
            return True  # "a meeting between the elders and the Asayish is scheduled for Thursday": not yet held
        if m.payload is not None and self._delegation_moves(m, clause):
            return True  # "a government delegation met SDF commanders", "the delegation pulled out of Qamishli"
        if m.payload is not None and m.payload.kind == "meeting" and any(
                t.payload.kind == "agreement" for t in self.lex.triggers.find(self.tokens[clause.first:clause.last + 1])) \
                and self.lex.deal_reached & set(self.words[clause.first:clause.last + 1]):
            return True  # "the truce was agreed late on Wednesday at a meeting at the airport": the deal's setting
        if m.payload is not None and m.payload.kind == "meeting" and (
                (_FRUITLESS | _ONGOING) & set(self.words[clause.first:clause.last + 1])
                or any(self.words[k:k + 2] == ["under", "way"] for k in range(m.last + 1, clause.last))):
            return True  # "after its talks … produced no result", "talks … were under way": no meeting to map
        if m.payload is not None and m.payload.kind == "agreement" and m.last + 1 < self.n \
                and self.words[m.last + 1] in _BODIES:
            return True  # "reconciliation committees": a body's name, not a deal
        if m.payload is not None and m.payload.kind == "agreement" and _SOUGHT & set(
                self.words[max(clause.first, m.first - 5):m.first]):
            return True  # "talks on a lasting ceasefire", "efforts to broker a deal": sought, not reached
        if m.payload is not None and m.payload.kind == "agreement" and (any(
                self.words[k] in _BREACH and not self._ends_fighting(k) for k in range(m.last + 1, min(clause.last + 1, m.last + 10)))
                or _BREACH & set(before)):
            return True
        if m.payload is not None and m.payload.kind in VIOLENT and any(
                self._ends_fighting(k) for k in range(max(clause.first, m.first - 7), m.first - 3)):
            return True  # "a truce that ended four days of heavy fighting": what the truce stopped, no new fight
        if m.payload is not None and m.payload.kind in VIOLENT and m.first >= 3 and self.words[m.first - 1] in _DEFINITE \
                and self.words[m.first - 2] in ("in", "during") and self.words[m.first - 3] in ("killed", "died", "fell") \
                and any(t.payload.kind == "handover" and t.last + clause.first < m.first
                        for t in self.lex.triggers.find(self.tokens[clause.first:m.first])):
            return True  # "handed over the bodies of fighters killed in the clashes": where the dead fell, named
        if m.payload is not None and m.payload.kind == "agreement" and any(
                self.words[k] in ("failed", "fail", "fails", "failing") and self.words[k + 1] == "to"
                for k in range(max(clause.first, m.first - 5), m.first - 1)):
            return True  # "an attempt to broker a ceasefire failed to produce an agreement": none reached
        if m.payload is not None and m.payload.kind == "agreement" and self._deal_sought(m, clause):
            return True  # "urged Ankara to agree to a ceasefire", "met … to restore the truce": sought, not reached
        if m.last + 1 < self.n and self.words[m.last + 1] in _GROUP_NOUNS:
            return True  # "SDF arrests ISIS assassination cell": the group's name, not an act
        if m.last + 1 < self.n and self.words[m.last + 1] in self.lex.words["thing_heads"]:
            return True  # "armoured fighting vehicles": the name of a thing, not an act
        if m.payload is not None and self._topic_of_speech(m, clause):
            return True  # "asked about the shelling of Tal Tamr, an official said …": what is talked of
        if self._named_by_earlier_act(m, clause) or m.payload is not None and self._attributive_captives(m):
            return True  # "the bodies of guards killed in last month's clashes", "freed 12 captured gunmen"
        if self._condemned_act(m, clause):
            return False  # "condemned the Turkish drone strike on Amuda on Tuesday that killed two civilians"
        if self._blamed_for(m, clause):
            return True  # "accused Damascus and Moscow of stirring up the fighting": blame, not an event
        if self._elsewhere(m, clause):
            return True  # "while fighting the Islamic State group elsewhere in Hasakeh province": no place, no day
        if m.payload is not None and m.payload.kind == "deployment" and self._step_of_operation(m, clause):
            return True  # "set up barriers at the entrances of the two towns before the raids": part of the raids
        if self.lex.feared_returns & set(before) and self.lex.fears & set(self.words[clause.first:clause.last + 1]):
            return True  # "they fear a renewal of clashes": feared, not told (not "wounded in a renewal of clashes")
        if any(w in self.lex.not_before for w in before):
            return m.payload is None or m.payload.kind != "protest" or not _PROTEST_WORDS & set(before)
        if self._past_history(m, clause):
            return True  # "the victim had been detained twice before": his past, not news
        if self._kind_of_event(m, clause) or self._generic_statement(m, clause):
            return True  # "such fighting is rare in Qamishli", "arrests of politicians are not new": a kind of event
        if self._past_year_only(clause):
            return True  # "the last round of fighting, in 2016, ended with a truce": an old event, no day given
        if m.payload is not None and m.payload.kind == "civ_attack" and self._snipers_posted(m, clause):
            return True  # "snipers took up positions on rooftops": posted, no one shot
        lo = max(clause.first, m.first - 6)
        window = self.words[lo:m.first]
        for k in range(len(window) - 1, -1, -1):
            if window[k] in ("but", "while", "although", "though"):
                window = window[k + 1:]  # "would not deny the toll, but he said fighting …"
                lo = m.first - len(window)
                break
        # "the Global Coalition against the Islamic State captured …": the name of a force, no stance
        named = {k for k in range(lo, m.first) if self.words[k] == "against" and self._names_a_force(k - 1)}
        if any(w in _STANCE and k not in named for k, w in enumerate(window, lo)):
            return m.payload is None or m.payload.kind != "protest"
        if m.payload is not None and m.payload.kind != "protest" and any(
                w in _CALLS and self.words[k + 1:k + 2] in (["for"], ["to"])
                for k, w in enumerate(self.words[clause.first:m.first], clause.first)):
            return True  # "placards called for an end to forced conscription and arbitrary abductions"
        if m.payload is not None and m.payload.kind in VIOLENT and _STOPPED & set(
                self.words[m.last + 1:min(clause.last + 1, m.last + 4)]):
            return True  # "the fighting had stopped": its end, not a new fight
        if m.payload is not None and m.payload.kind == "air" and self.words[m.last] in _AIRCRAFT \
                and not _STRIKING & set(self.words[max(clause.first, m.first - _AIRCRAFT_REACH):clause.last + 1]):
            # "coalition aircraft were seen flying over the city": a flight, not a strike; nor "photos of
            # people killed in earlier strikes and calls to keep Turkish aircraft out of the skies": the
            # strikes are the aircraft's only when told near them
            return True
        if m.payload is not None and m.payload.kind == "protest" and self.words[m.last] == "march" and (
                m.last + 1 < self.n and self.words[m.last + 1].isdigit()
                or m.first > 0 and (self.words[m.first - 1] in ("on", "in", "since", "of", "early", "late", "mid", "by",
                                                                "until", "last", "this", "next")
                                    or self.words[m.first - 1].isdigit() and len(self.words[m.first - 1]) <= 2)
                and self.nt.original[self._orig_span(m.first, m.last)[0]].isupper()):
            return True  # "On March 24", "Sunday, 5 March": the month, not a march
        if m.payload is not None and m.payload.kind == "displacement" and self.words[m.last] == "displaced" \
                and m.first > 0 and (self.words[m.first - 1] in ("a", "an", "the", "of", "and", "many", "other", "for")
                                     or self.words[m.first - 1].isdigit() or self.words[m.first - 1] in self.lex.units):
            return True  # "a displaced Syrian woman", "camps for the displaced": who they are, not a flight
        if m.payload is not None and m.payload.kind == "displacement" and self.words[m.last] in _SHELTERING \
                and self.lex.words["shelter_at_home"] & set(self.words[m.last + 1:min(clause.last + 1, m.last + 4)]):
            return True  # "took shelter in basements": sheltering where they live, no flight
        if m.payload is not None and m.payload.kind == "displacement" and self.words[m.last] in _SHELTERING \
                and not self._flight_context(m):
            return True  # "spent the night in Hasakah after attending a wedding": a night away, no flight
        if m.payload is not None and m.payload.kind == "protest" and self._called_for(m, clause):
            return True  # "activists called for a larger protest on Friday": asked for, not held
        if m.payload is not None and m.payload.kind == "protest":
            return False  # "took to the streets to protest"
        if m.payload is not None and m.payload.kind == "transfer" and self.words[m.last] == "over" \
                and (self.lex.person_plurals | self.lex.singular_persons) & set(
                    self.words[max(clause.first, m.first - 12):m.first] + self.words[m.last + 1:m.last + 4]):
            return True  # "18 soldiers … were handed over to the Russian military police": captives, not ground
        if m.payload is not None and m.payload.kind == "takeover" and self.words[m.last] in ("captured", "seized") \
                and self._persons_taken(m, clause):
            return True  # "three others were captured during the clashes": fighters taken, not ground
        if m.payload is not None and m.payload.kind == "transfer" and self.words[m.last] == "evacuated" \
                and self._persons_taken(m, clause):
            return True  # "they had evacuated the elderly from the villages": people moved, not ground handed over
        if m.payload is not None and m.payload.kind == "takeover" and self._objects_seized(m, clause):
            return True  # "weapons and ammunition were seized from the cell": things taken, not ground
        if m.payload is not None and self._denied_report(m, clause):
            return True  # "the SDF denied reports that its fighters had kidnapped two teachers"
        if m.payload is not None and m.payload.kind == "deployment" and _DEMONSTRATORS & set(
                self.words[max(clause.first, m.first - 6):m.first]):
            return True  # "the protesters blocked the road": how the protest went, not a force's move
        if m.payload is not None and m.payload.kind not in VIOLENT and self._topic_of_dispute(m, clause):
            return True
        if m.payload is not None and m.payload.kind != "meeting" and self._topic_of_talks(m, clause):
            return True  # "talks are expected on freeing the prisoners and on the areas the Kurds seized"
        if m.payload is not None and m.payload.kind in VIOLENT and self._habitual(m, clause):
            return True  # "the repeated shelling has damaged dozens of houses": a pattern, not one event
        if m.payload is not None and m.payload.kind in _REMOTE and _SEIZING & set(
                self.words[max(clause.first, m.first - 4):m.first]):
            return True  # "seized a cache of explosives", "defused the explosives": arms taken, not fired
        if m.payload is not None and self._whose_release(m, clause):
            return True  # "demanding the release of men detained in earlier sweeps": who they are
        if m.payload is not None and self._running_on(m):
            return True  # "as a fragile ceasefire entered its third day": the truce goes on
        if m.payload is not None and m.payload.kind == "displacement" and \
                any(w.startswith("forc") for w in self.words[max(clause.first, m.first - 6):m.first]):
            return False  # "forcing dozens of families to leave their homes"
        return m.first - 1 >= clause.first and self.words[m.first - 1] in _TO_BEFORE

    def _act_dated_after(self, sent: Sentence) -> None:
        """``The SDF said on Wednesday that its units captured a cell leader … The operation
        was carried out on Monday``: a sentence telling no event that dates the act told just
        before (``the`` and an act or operation noun, then ``was carried out``, ``took place``,
        ``happened``, with a date of its own, not a statement's) moves that act to its date when
        the act had none of its own (only the statement's, an earlier sentence's or the
        publication's)."""
        words = self.words
        if not self.drafts or self.drafts[-1].date_quality >= 2:
            return
        for k in range(sent.first, sent.last - 2):
            if words[k] != "the" or words[k + 1] not in _ACT_NOUNS | _OPERATIONS:
                continue
            after = " ".join(words[k + 2:min(sent.last + 1, k + 6)])
            if not _CARRIED_OUT_RE.match(after):
                continue
            clause = next(c for c in sent.clauses if c.first <= k <= c.last)
            own = next((ds for f, _, ds in self.dates if k < f <= clause.last and not ds.background
                        and not self._is_reporting(f, clause.first)), None)
            if own is None:
                return
            d = self.drafts[-1]
            d.date, d.date_quality = own, 2
            d.notes.append(f"dated by a later sentence ('{own.text}')")
            return

    def _ground_described(self, m: Match, clause: Clause) -> bool:
        """``keep control of the areas they captured``, ``the villages that it seized``: a takeover
        verb closing a relative clause on a word for ground (``[words] held_ground``) describes ground
        held since an earlier act, with no day of its own after it: no takeover told."""
        words = self.words
        k = m.first - 1
        actor = next((f for f, l, _ in self.actors if l == k), None)
        if actor is not None:
            k = actor - 1
            while k >= clause.first and words[k] == "the":
                k -= 1
        elif k >= clause.first and words[k] in _PRONOUNS:
            k -= 1
        else:
            return False
        if k >= clause.first and words[k] in ("that", "which"):
            k -= 1
        if k < clause.first or words[k] not in self.lex.words["held_ground"]:
            return False
        return not any(m.last < f <= clause.last and not ds.background for f, _, ds in self.dates)

    def _echoed(self, m: Match, clause: Clause) -> bool:
        """``Explosions echoed across the south of the city``, ``gunfire rang out``: a sound told by
        how it carried (``[not_event] echo_verbs`` right after it) is heard, no act known; not when
        the clause names two sides (``between … and …``, two actors) or casualties."""
        words = self.words
        if not self.lex.echo_verbs & set(words[m.last + 1:min(clause.last + 1, m.last + 3)]):
            return False
        if "between" in words[clause.first:clause.last + 1] or len(self._clause_actors(clause)) >= 2:
            return False
        return not self.lex.casualties.find(self.tokens[clause.first:clause.last + 1])

    def _dates_the_calm(self, f: int, trig: int, sent: Sentence) -> bool:
        """``A cautious calm settled over Qamishli on Thursday after Russian officers brokered a
        truce``: a date (token ``f``) told with a state of calm (``[words] calm``) before ``after`` or
        ``following``, and an act told after that word (token ``trig``): the date is the calm's,
        the act came before it (its own day is told elsewhere, or not at all)."""
        words = self.words
        cut = next((k for k in range(f + 1, trig) if words[k] in ("after", "following")
                    and words[k - 1] not in _SPANS_BEFORE), None)
        return cut is not None and bool(self.lex.words["calm"] & set(words[sent.first:cut]))

    def _names_a_force(self, k: int) -> bool:
        """Token ``k`` ends an actor's name or is a word for a coalition or alliance (``the
        Global Coalition against ISIS``, ``the international coalition against the Islamic
        State``): ``against`` after it is part of the force's name."""
        return k >= 0 and (self.words[k] in ("coalition", "alliance") or any(l == k for _, l, _ in self.actors))

    def _counted_in_series(self, m: Match, clause: Clause) -> bool:
        """``It was also the third deadly drone attack in the area in ten days``, ``Thursday's
        blast is the second bombing in the town this month``: the trigger is what a copula says
        the event just told is (``the`` and an ordinal, ``[words] ordinals``, up to three words before
        it): the event is counted in a series, not told again, and the clause has no day of its
        own."""
        words = self.words
        lists = self.lex.words
        for k in range(max(clause.first + 2, m.first - 4), m.first):
            if words[k] in lists["ordinals"] and words[k - 1] == "the" and words[k - 2] in lists["copulas"]:
                return self._own_date(clause) is None
        return False

    def _condemned_act(self, m: Match, clause: Clause) -> bool:
        """``The Administration condemned the Turkish drone strike on Amuda on Tuesday that
        killed two civilians``: a violent act condemned or denounced (not denied), told with its
        own day, place and casualties after it, happened; the condemnation is no event, the act
        is."""
        if m.payload is None or m.payload.kind not in VIOLENT:
            return False
        words = self.words
        back = words[max(clause.first, m.first - 6):m.first]
        if not {"condemned", "condemning", "condemns", "denounced", "denouncing", "denounces"} & set(back) \
                or _DENIALS & set(back):
            return False
        tail = (m.last + 1, clause.last)
        dated = any(tail[0] <= f <= tail[1] and not ds.background for f, _, ds in self.dates)
        placed = any(tail[0] <= f <= tail[1] for f, _, _ in self.mentions)
        return dated and placed and bool(self._casualties(*tail))

    def _blamed_for(self, m: Match, clause: Clause) -> bool:
        """``accused Damascus and Moscow of stirring up the fighting``, ``blamed the militia
        for the unrest and the clashes``: a trigger up to ten words after a verb of blame
        (``[not_event] accusations``) with ``of``/``for`` between them is what someone is
        blamed for, told as a statement. Unless the words after the trigger give its own
        day, place and casualties (``accused Turkey of shelling Tal Jumaa on Monday, killing
        two civilians``: the act is reported through the accusation)."""
        words = self.words
        lo = max(clause.first, m.first - 20)
        k = next((i for i in range(m.first - 1, lo - 1, -1) if words[i] in self.lex.accusations), None)
        if k is None or not {"of", "for"} & set(words[k + 1:m.first]):
            return False
        # (the one blamed may take many words: "accused the Democratic Union Party (PYD), the main force
        # in the AANES, of undermining the talks"; what it is blamed for follows "of"/"for" closely)
        j = max(i for i in range(k + 1, m.first) if words[i] in ("of", "for"))
        if m.first - k > 10 and m.first - j > 6:
            return False
        tail = (m.last + 1, clause.last)
        dated = any(tail[0] <= f <= tail[1] and not ds.background for f, _, ds in self.dates)
        placed = any(tail[0] <= f <= tail[1] for f, _, _ in self.mentions)
        return not (dated and placed and bool(self._casualties(*tail)))

    def _elsewhere(self, m: Match, clause: Clause) -> bool:
        """``the two sides have avoided each other while fighting the Islamic State group
        elsewhere in Hasakeh province``, ``attacks elsewhere in the region``: ``elsewhere`` after
        a trigger, in a clause with no day of its own and no place smaller than a subdistrict,
        says it happened at no place the text gives (not ``clashes also broke out elsewhere in
        the city, in the Tayy neighbourhood``)."""
        words = self.words
        k = next((i for i in range(m.last + 1, min(clause.last + 1, m.last + 8)) if words[i] == "elsewhere"), None)
        if k is None or self._own_date(clause) is not None:
            return False
        return not any(clause.first <= f <= clause.last and SPECIFICITY.get(mm.kind, 9) < SPECIFICITY["subdistrict"]
                       for f, _, mm in self.mentions)

    def _step_of_operation(self, m: Match, clause: Clause) -> bool:
        """``the militia set up barriers at the entrances of the two towns before the raids``,
        ``closed the roads during the arrest campaign``: roadblocks or a deployment told as a
        step of a raid, arrest or attack the article has told (``before``/``during``/``ahead
        of`` and a definite trigger of that kind after it) are part of that operation, not a
        change of activity of their own."""
        words = self.words
        for k in range(m.last + 1, min(clause.last, m.last + 14)):
            if words[k] not in ("before", "during", "ahead", "throughout"):
                continue
            j = k + 2 if words[k] == "ahead" and words[k + 1:k + 2] == ["of"] else k + 1
            if j > clause.last or words[j] not in _DEFINITE:
                continue
            later = [t for t in self.lex.triggers.find(self.tokens[j + 1:min(clause.last + 1, j + 4)])]
            kinds = {t.payload.kind for t in later if t.first == 0}
            ops = VIOLENT | {"arrest", "abduction"}
            if kinds & ops and any(d.kind.kind in ops for d in self.drafts):
                return True
        return False

    def _past_history(self, m: Match, clause: Clause) -> bool:
        """``had been detained twice before``, ``had previously been arrested``, ``had been
        kidnapped several times``: a past perfect trigger with a word of repetition or of an
        earlier time, and no date of its clause's own, tells someone's history, not an event."""
        words = self.words
        lists = self.lex.words
        before = words[max(clause.first, m.first - 3):m.first]
        if m.first - 1 >= clause.first and words[m.first - 1] in lists["many"] \
                and words[m.last] in lists["career_acts"] \
                and "had" in words[clause.first:m.first]:
            return self._own_date(clause) is None  # "… had fought against ISIS in several battles"
        if "had" not in before:
            return False
        said = set(words[max(clause.first, m.first - 3):min(clause.last + 1, m.last + 5)])
        # "had fought against the Islamic State in several battles": many acts of a career, not one
        career = any(words[k] in lists["many"] and (words[k + 1] in lists["career_acts"] or words[k + 1] == "of"
                                            and k + 2 <= clause.last and words[k + 2] in lists["career_acts"])
                     for k in range(m.last + 1, min(clause.last, m.last + 9)))
        return bool(said & _HISTORY or career) and self._own_date(clause) is None

    def _generic_statement(self, m: Match, clause: Clause) -> bool:
        """``Arrests of Kurdish politicians by the Asayish are not new``, ``kidnappings have
        become common in the city``: a trigger that is the subject of a copula with an adjective
        of frequency or novelty (``[are|is|remain|have become] (not) common/new/rare/frequent``)
        names a kind of event, not one."""
        words = self.words
        for k in range(m.last + 1, min(clause.last, m.last + 10)):
            if words[k] in ("are", "is", "remain", "remains", "become", "became", "were", "was"):
                rest = [w for w in words[k + 1:min(clause.last + 1, k + 5)] if w not in _DEGREE]
                return bool(rest) and rest[0] in _FREQUENCY
            if words[k].endswith("ed") and words[k] not in ("alleged", "reported", "armed"):
                return False
        return False

    def _past_year_only(self, clause: Clause) -> bool:
        """A clause whose only time is a past year (``in 2016``, ``, in 2016,``) with no day or
        month of its own tells an old event by its year: background, not news (and no day to
        date it by: the publication date would be wrong)."""
        words = self.words
        year = self.article.published.year
        # (a year inside a phrase describing a noun, "a landmine planted by ISIS in 2016 exploded …",
        # dates the noun: :meth:`_describes_a_noun`)
        past = any(w.isdigit() and len(w) == 4 and 1990 < int(w) < year and k > clause.first
                   and words[k - 1] in ("in", "during", "of") and not self._describes_a_noun(k - 1, k)
                   for k, w in enumerate(words[clause.first:clause.last + 1], clause.first))
        own = [ds for f, _, ds in self.dates if clause.first <= f <= clause.last]
        if own and all(is_year_level(ds) for ds in own):
            return True  # "last year, strikes killed …", "in late 2022 …": a year's summary, no day
        return past and not own

    def _kind_of_event(self, m: Match, clause: Clause) -> bool:
        """``such fighting is rare``, ``such attacks have become common``: ``such`` up to two
        words before the trigger names a kind of event, not one (but ``in one such attack``,
        ``another such raid`` tell one)."""
        words = self.words
        for k in range(max(clause.first, m.first - 2), m.first):
            if words[k] == "such":
                return not (k > clause.first and words[k - 1] in _ONE_OF_A_KIND)
        return False

    def _snipers_posted(self, m: Match, clause: Clause) -> bool:
        """``snipers took up positions on rooftops``, ``the group deployed snipers``: the
        shooters named with no shot, hit or casualty in their clause are no attack."""
        if self.words[m.last] not in ("sniper", "snipers"):
            return False
        said = set(self.words[clause.first:clause.last + 1])
        persons = self.lex.singular_persons | self.lex.person_plurals | _CIVILIAN_WORDS | {"him", "her", "them"}
        # ("NDF snipers stepped up their targeting of residential buildings": shots at buildings, no one hit)
        return not (said & (_HIT | _HIT_ACTIVE | _SNIPER_SHOTS) and said & persons
                    or self._casualties(clause.first, clause.last))

    def _described(self, m: Match) -> bool:
        """A trigger in a relative clause in the past perfect (``militias that had advanced``,
        ``people who had been detained``): it describes someone, it reports nothing new."""
        w = self.words
        if m.first >= 3 and w[m.first - 1] == "been" and w[m.first - 2] in ("had", "have", "has") \
                and w[m.first - 3] in ("that", "which", "who") \
                and not any(m.last < f <= m.last + 8 and not ds.background for f, _, ds in self.dates):
            # "30 people who had been detained during security operations": who they are (but "a child
            # who had been abducted three days earlier" tells the abduction with its day)
            return True
        if m.first >= 4 and w[m.first - 1] in ("the", "a") and w[m.first - 2] in _LEADING \
                and w[m.first - 3] in ("which", "who") and "," in self._gap(m.first - 4):
            # "The SDF, which led the fight against Islamic State with U.S. support, says …": what the
            # force is known for, no act told
            return True
        return m.first >= 2 and w[m.first - 1] in ("had", "have") and w[m.first - 2] in ("that", "which", "who")

    def _persons_taken(self, m: Match, clause: Clause) -> bool:
        """People, not a place, are what was captured: ``three others were captured``,
        ``captured two fighters``."""
        words = self.words
        persons = self.lex.person_plurals | self.lex.singular_persons | _TAKEN_PEOPLE
        before = words[max(clause.first, m.first - 4):m.first]
        after = words[m.last + 1:min(clause.last + 1, m.last + 6)]
        return bool(persons & set(before) and _PASSIVE & set(before) or persons & set(after))

    def _proved_rumour(self, d: _Draft) -> int | None:
        """``Pages spoke of another strike near Amuda, but it turned out to be only a rumour``,
        ``reports of a raid … proved baseless``: the act's own sentence calls its report a rumour
        or untrue (a ``[words] rumour_words`` word after the trigger with a ``rumour_verdicts`` word,
        a copula or ``turned out``/``proved``/``only``, at most five words before it): the rumour
        word's token, else None. A rumour without a verdict (``amid rumours of a withdrawal``)
        decides nothing here."""
        words, lex = self.words, self.lex.words
        sent = self.sentences[d.sentence]
        return next((k for k in range(d.trig_last + 1, sent.last + 1) if words[k] in lex["rumour_words"]
                     and lex["rumour_verdicts"] & set(words[max(d.trig_last + 1, k - 5):k])), None)

    def _denied_report(self, m: Match, clause: Clause) -> bool:
        """``The SDF denied on Monday reports that its fighters had kidnapped two teachers``,
        ``dismissed claims that …``: what a denial says did not happen is no event (a denial
        word up to fifteen words back in the clause, with ``that``, ``reports`` or ``claims``
        between it and the trigger). So is what an inquiry is to look into (``said it would
        investigate claims that its fighters had abducted a girl``, ``is probing allegations that``:
        ``[words] inquiry_verbs`` with ``claims``, ``reports`` or ``allegations`` between it and the
        trigger): unconfirmed. Not ``is investigating the abduction of a girl`` (the act itself)."""
        words = self.words
        for k in range(m.first - 1, max(clause.first, m.first - 15) - 1, -1):
            if words[k] in self.lex.words["inquiry_verbs"] and self.lex.words["inquiry_objects"] & set(
                    words[k + 1:min(m.first, k + 4)]):
                return True
            if words[k] in _STANCE and words[k] not in _PROTEST_WORDS and words[k] not in (
                    "against", "condemn", "condemned", "condemning", "condemns"):
                return bool({"that", "reports", "report", "claims", "claim", "allegations", "rumours", "rumors"}
                            & set(words[k + 1:m.first]))
        return False

    def _named_by_earlier_act(self, m: Match, clause: Clause) -> bool:
        """``the bodies of guards killed in last month's clashes``, ``mothers of men detained in
        earlier raids``: a participle (``[words] named_by``) that names people by what was done to
        them (no auxiliary before it, or a relative one: ``fighters who were killed``), then
        ``in``/``during`` and a word of an earlier time (``earlier``: ``recent``, ``last``,
        ``previous``) with no date of its own up to the trigger, or the trigger being that
        participle with such words after it: who the people are, no new event (a day later in the
        clause is the main verb's: the act is told as earlier). ``four guards were killed in clashes
        on Tuesday`` keeps its auxiliary and names no earlier time, and ``killed in last week's
        clashes in Qamishli`` gives its own week: both are events."""
        words, lex = self.words, self.lex.words

        def reduced(p: int) -> bool:
            # no auxiliary before the participle, or one opening a relative clause
            if p - 1 < clause.first:
                return False
            if words[p - 1] in _PASSIVE | {"had", "has", "have"}:
                q = p - 2
                while q >= clause.first and words[q] in _PASSIVE | {"had", "has", "have"}:
                    q -= 1
                return q >= clause.first and words[q] in ("who", "that", "which")
            return words[p - 1] not in _PRONOUNS and p - 1 not in {l for _, l, _ in self.actors}

        def undated_earlier(lo: int, hi: int) -> bool:
            # an earlier time with no date of its own ("last week's clashes in Qamishli" is a recap
            # with its own week, an event of its own)
            return bool(lex["earlier"] & set(words[lo:hi])) and not any(
                f <= hi and lo <= l for f, l, _ in self.dates)

        if words[m.first] in lex["named_by"] and m.first == m.last:
            hi = min(clause.last + 1, m.last + 5)
            return hi > m.last + 1 and words[m.last + 1] in ("in", "during") and undated_earlier(m.last + 2, hi) \
                and reduced(m.first)
        for p in range(m.first - 1, max(clause.first, m.first - 6) - 1, -1):
            if words[p] in lex["named_by"] and p + 1 < m.first and words[p + 1] in ("in", "during"):
                return undated_earlier(p + 2, m.first) and reduced(p)
        return False

    def _planned_after(self, m: Match, clause: Clause) -> bool:
        """``A meeting between tribal elders and the Asayish is scheduled for Thursday``, ``a protest
        is planned for Friday``: the trigger's own verb, up to ten words after it, is ``is``/``are``/
        ``was``/``were`` and a word of plan (``[words] planned_after``): said of the future, not yet
        held. The look ends at a relative word or another verb in the past; ``planned`` only for a
        non-violent event (``the attack was planned by a cell`` tells how it was done)."""
        words = self.words
        for k in range(m.last + 1, min(clause.last + 1, m.last + 11)):
            if words[k] in ("which", "that", "who", "when", "after", "before"):
                return False
            if words[k] in self.lex.words["planned_after"] and words[k - 1] in _PASSIVE:
                return not (m.payload.kind in VIOLENT and words[k] == "planned")
            if words[k] in _PASSIVE or words[k] in _IRREGULAR_PAST or words[k].endswith("ed"):
                if k + 1 <= clause.last and words[k] in _PASSIVE and words[k + 1] in self.lex.words["planned_after"]:
                    continue
                return False
        return False

    def _topic_of_speech(self, m: Match, clause: Clause) -> bool:
        """``Asked about the shelling of Tal Tamr, an official said …``, ``did not comment on
        Monday's shooting``, ``described the blast as a car bomb``, ``footage of the bombing``: a
        trigger after a definite determiner (``the``, ``this``, ``its``, a day's ``Monday's``; up to
        two words between) that follows a word of topic (``[words] topic_words``), ``on`` after a
        word of comment (``comment_words``), ``of`` after a word of showing or of victims
        (``topic_of_words``: ``the victims of the bombing``) or ``showing`` is what a statement, a
        question or a picture is about, no new report of the act; unless a day of its own follows
        it in its clause before another verb (``footage of the shelling of Amuda on Monday``; in
        ``the victims of the bombing held a vigil on Sunday`` the day is the vigil's)."""
        words, lex = self.words, self.lex.words
        det = None
        for j in range(m.first - 1, max(clause.first, m.first - 3) - 1, -1):
            if words[j] in _DEFINITE:
                det = j
            elif words[j] == "s" and j - 1 >= clause.first and words[j - 1] in _DAY_NAMES:
                det = j - 1
            if det is not None:
                break
        if det is None:
            return False
        k = det - 1
        if k < clause.first:
            return False
        topic = words[k] in lex["topic_words"] \
            or words[k] == "on" and k - 1 >= clause.first and words[k - 1] in lex["comment_words"] \
            or words[k] == "of" and k - 1 >= clause.first and words[k - 1] in lex["topic_of_words"] \
            or words[k] in ("show", "showing", "shows", "showed", "shown")
        if not topic:
            return False

        def own_day(f: int) -> bool:
            # a day after the trigger, before the clause's next verb ("… held a vigil on Sunday": the vigil's)
            return not any(words[q] in _IRREGULAR_PAST | _PASSIVE or words[q].endswith("ed") for q in range(m.last + 1, f))

        return not any(m.last < f <= clause.last and not ds.background and own_day(f) for f, _, ds in self.dates)

    def _attributive_captives(self, m: Match) -> bool:
        """``freed 12 captured gunmen``, ``the detained teachers``, ``hundreds of detained men``,
        ``the return of captured and injured guards``: an arrest, abduction or takeover
        participle (``[words] named_by``) after a determiner, a count, ``of`` or a verb of release
        (``attributive_before``) and before a noun (or another participle and a noun) describes the
        captives, no new act."""
        words, lex = self.words, self.lex.words
        if m.payload.kind not in ("arrest", "abduction", "takeover") or m.first != m.last \
                or words[m.first] not in lex["named_by"] or m.first == 0 or m.last + 1 >= self.n:
            return False
        prev, nxt = words[m.first - 1], words[m.last + 1]
        if not (prev in lex["attributive_before"] or prev.isdigit() or prev in self.lex.units):
            return False
        if nxt == "and" and m.last + 3 < self.n and (words[m.last + 2].endswith("ed") or words[m.last + 2] in lex[
                "named_by"]):
            nxt = words[m.last + 3]  # "captured and injured guards": two participles before one noun
        if not nxt.isalpha() or nxt in _PREPOSITIONS | _DETERMINERS | {"at", "and", "or", "but", "last", "yesterday",
                                                                       "earlier", "after", "since", "near", "before"}:
            return False
        return not any(f == m.last + 1 for f, _, _ in self.dates)

    def _whose_release(self, m: Match, clause: Clause) -> bool:
        """``demanding the release of young men detained for conscription``, ``… of teachers
        arrested in earlier raids``: an arrest trigger after a word of release (``[not_event]
        release_words``, up to eight words before it) with an arrest participle (``held_participles``)
        from there to the trigger (the trigger itself, or ``arrested in … raids``) names the people to
        be freed by how they were held, no new arrest, unless a day of its own follows it in its
        clause (``the release of three teachers detained by the Asayish on Wednesday`` tells when
        that arrest was). A participle before its noun (``freed six detained farmers on Thursday``,
        ``released the detained shepherds``: the word after it in none of ``[words] held_phrase``)
        has no day of its own: the day after it is the release's. A place of detention
        (``a detention centre``, ``the detention facilities``: ``detention_places`` after the
        trigger) is a building, no arrest."""
        lex, words = self.lex, self.words
        if m.payload.kind != "arrest":
            return False
        if m.last + 1 <= clause.last and words[m.first] == "detention" and words[m.last + 1] in lex.words["detention_places"]:
            return True
        lo = max(clause.first, m.first - 8)
        rel = next((k for k in range(m.first - 1, lo - 1, -1) if words[k] in lex.release_words), None)
        if (rel is None or not lex.held_participles & set(words[rel + 1:m.last + 1])
                or lex.words["released_texts"] & set(words[rel:m.first])):
            return False  # "released a statement saying its units arrested …": the statement's arrest
        if (m.first == m.last and words[m.first] in lex.held_participles and m.last + 1 <= clause.last
                and words[m.last + 1].isalpha() and words[m.last + 1] not in lex.words["held_phrase"]):
            return True  # "freed six detained farmers in Amuda on Thursday": the day is the release's
        return not any(m.last < f <= clause.last and not ds.background for f, _, ds in self.dates)

    def _deal_sought(self, m: Match, clause: Clause) -> bool:
        """``pressed Ankara to agree to a truce``, ``urged both sides on Friday to accept a
        ceasefire``, ``met … to restore the truce``: a deal someone is urged or sets out to reach
        is no agreement. ``to`` and a verb of reaching (``[not_event] deal_aims``) up to four words
        before the trigger, or a verb of urging (``urging``) earlier in its clause with ``to`` or
        ``for`` up to four words after it, before the trigger. A deal agreed or signed
        (``agreed to a ceasefire``) is told by its own verb; one the sides went on or moved to
        reach (``went on to sign a truce``, ``moved to seal a ceasefire``: ``went_on``) is done,
        and so is one a deal verb in the past (``deal_done``) tells after the urging (``officers,
        who had asked both sides for restraint, brokered a truce``)."""
        words, lex = self.words, self.lex

        def went_on(k: int) -> bool:  # "moved to", "went on to"
            return k - 1 >= 0 and (words[k - 1] in lex.went_on or (
                words[k - 1] == "on" and k - 2 >= 0 and words[k - 2] in lex.went_on))

        if any(words[k] == "to" and words[k + 1] in lex.deal_aims and not went_on(k)
               for k in range(max(clause.first, m.first - 4), m.first - 1)):
            return True
        return any(words[k] in lex.urging and {"to", "for"} & set(words[k + 1:min(m.first, k + 5)])
                   and not lex.deal_done & set(words[k + 1:m.first])
                   for k in range(clause.first, m.first))

    def _goes_on(self, k: int) -> bool:
        """Whether ``words[k]`` is a verb of going on (``[not_event] running_on``) with a length
        of time after it: ``entered its third day``, ``enters a second week``."""
        words = self.words
        if words[k] not in self.lex.running_on or k + 1 >= self.n or words[k + 1] not in ("its", "a", "another"):
            return False
        return any(w in _TIME_UNITS for w in words[k + 2:min(self.n, k + 5)])

    def _running_on(self, m: Match) -> bool:
        """``as a fragile ceasefire entered its third day``: a truce word a few words before a
        verb of going on with a length of time (:meth:`_goes_on`) is the truce going on, no new
        one; and ``entered`` so used moves no force."""
        if m.payload.kind == "agreement":
            return any(self._goes_on(k) for k in range(m.last + 1, min(self.n, m.last + 6)))
        return m.payload.kind == "deployment" and m.first == m.last and self._goes_on(m.first)

    def _topic_of_dispute(self, m: Match, clause: Clause) -> bool:
        """``after a dispute over the arrest of a young man``, ``tension over the detention of …``:
        the act a dispute, row or tension is about is named as its cause, with no day, place or
        doer of its own: no event (an arrest or abduction told for itself has its own clause)."""
        words = self.words
        k = m.first - 1
        if k >= clause.first and words[k] in ("the", "a", "an", "his", "her", "their"):
            k -= 1
        return k - 1 >= clause.first and words[k] in ("over", "about") and words[k - 1] in _DISPUTES

    def _topic_of_talks(self, m: Match, clause: Clause) -> bool:
        """What talks are about is not an event: ``further talks are expected on Saturday on
        freeing the prisoners and on the areas the Kurds seized``, ``negotiations over the
        withdrawal of the fighters``. A trigger after ``talks``/``negotiations``/``discussions``
        and a topic word (``on``, ``about``, ``over``, ``regarding``) of its clause, with no
        ``but``/``while``/``after``/``when`` between."""
        words = self.words
        for k in range(m.first - 1, max(clause.first, m.first - 20) - 1, -1):
            if words[k] in ("but", "while", "after", "when", "whereas", "although"):
                return False
            if words[k] in _TALKS:
                between = words[k + 1:min(m.first, k + 6)]
                return any(w in ("on", "about", "over", "regarding", "concerning") and (
                    j == 0 or between[j - 1] not in ("hand", "handed", "handing", "take", "took", "taken", "carried"))
                    for j, w in enumerate(between))
        return False

    def _delegation_moves(self, m: Match, clause: Clause) -> bool:
        """``A government delegation met SDF commanders``, ``the delegation went home after meeting
        the Asayish``, ``a Russian delegation arrived at the airport``, ``the delegation pulled out
        of Qamishli``: a meeting, deployment, withdrawal or departure whose clause names a
        delegation (``[not_event] delegations``, before the trigger or right after it) is what
        envoys do, no event; only an agreement they reach is one (an agreement trigger in the
        clause keeps the meeting its setting, see ``_one_act``)."""
        if m.payload.kind not in _DELEGATION_KINDS:
            return False
        words = self.words
        # before the trigger, the delegation is its subject (not "following a meeting with a Russian
        # delegation, the SDF withdrew": another's act, the delegation its setting)
        subject = [k for k in range(clause.first, m.first) if words[k] in self.lex.delegations
                   and not _NOT_SUBJECT & set(words[max(clause.first, k - 4):k])]
        near = set(words[m.last + 1:min(clause.last + 1, m.last + 4)]) | {words[k] for k in subject}
        if m.first > 0 and words[m.first - 1] in ("after", "before", "while", "upon") and words[m.first].endswith("ing"):
            # "After meeting the Asayish on Friday, the delegation went home": the subject of the
            # -ing clause is the sentence's
            sent = next((s for s in self.sentences if s.first <= m.first <= s.last), None)
            if sent is not None:
                near |= set(words[sent.first:sent.last + 1])
        return bool(self.lex.delegations & near)

    def _habitual(self, m: Match, clause: Clause) -> bool:
        """``the repeated shelling``, ``near-daily drone attacks``, ``continuous Turkish
        bombardment`` (``[not_event] habitual`` up to three words before the trigger) with no
        date of the clause's own: a pattern over time, not one event."""
        before = self.words[max(clause.first, m.first - 3):m.first]
        if not self.lex.habitual & set(before) and not (
                m.first >= 2 and self.words[m.first - 2:m.first] in (["near", "daily"], ["almost", "daily"])):
            return False
        return self._own_date(clause) is None

    def _called_for(self, m: Match, clause: Clause) -> bool:
        """A protest that is what a call or plan asks for: ``called for a larger protest on
        Friday``, ``urged residents to join a sit-in``, ``plan to hold a rally``, ``a march
        planned for Sunday``. Up to six words after the call, with no ``and`` between (not
        ``called for the release of detainees and marched``)."""
        words = self.words
        lo = max(clause.first, m.first - 7)
        for k in range(m.first - 1, lo - 1, -1):
            if words[k] in ("and", "but", "then"):
                return False
            if words[k] in _CALLS | _PLANS and k + 1 < m.first:
                return True
        after = words[m.last + 1:min(clause.last + 1, m.last + 3)]
        return bool(_PLANS & set(after)) and (m.last + 1 >= self.n or words[m.last + 1] not in ("and",))

    def _objects_seized(self, m: Match, clause: Clause) -> bool:
        """Things, not ground, are what was seized (``[not_event] seized_objects``):
        ``seized two rifles``, ``a cache of explosives was captured``, ``weapons and other
        equipment were seized from those arrested``. The object is looked for up to four words
        after an active trigger (up to a preposition) or, before a passive one, in its subject."""
        words = self.words
        if words[m.last] not in ("seized", "seizing", "captured", "capturing"):
            return False
        objects = self.lex.seized_objects
        after = []
        for k in range(m.last + 1, min(clause.last + 1, m.last + 5)):
            if words[k] in _PREPOSITIONS or words[k] in ("and", "after", "near", "at"):
                break
            after.append(words[k])
        if objects & set(after):
            return True
        if m.first >= 1 and words[m.first - 1] in _PASSIVE:
            subject = words[max(clause.first, m.first - 7):m.first - 1]
            return bool(objects & set(subject))
        return False

    def _background(self, m: Match, clause: Clause) -> bool:
        """Named as the cause, time or setting of something else (``after the clashes``,
        ``two days of fighting``, ``since the clashes began``)."""
        lo = max(clause.first, m.first - 4)
        before = self.words[lo:m.first]
        dated = {f for f, _, _ in self.dates}
        if any(w in self.lex.cause and not (w == "since" and {lo + i, lo + i + 1} & dated)
               and not self._adverb_of_response(lo + i) for i, w in enumerate(before)) \
                and not self._act_after(m, clause) and not self._amid_with_author(m, clause, before):
            return True  # ("have since Sunday closed the roads": since a day, no cause: _in_force_since)
        if m.payload.kind != "displacement" and m.last + 1 <= clause.last and self.words[m.last + 1] in _PROXIMITY \
                and self.words[m.first] != "by":  # (not "hit by bullets near the Wahda roundabout": where it was)
            return True  # "when the fighting approached her house": near, not there
        if m.payload.kind == "agreement" and len(before) >= 2 and before[-2] in ("under", "per") \
                or m.payload.kind == "agreement" and tuple(before[-3:-1]) == ("part", "of"):
            return True  # "sent to the border under a deal …": the basis of another act
        if self._described(m):
            return True  # "militias that had advanced in the area": what they are, not news
        if m.first >= 2 and self.words[m.first - 1] in _DEFINITE and self.words[m.first - 2] in ("while", "as") \
                and self._latest(m.payload.kind) is None and self._own_date(clause) is None:
            return True  # "families fled while the fighting lasted": the time of another event, not news
        if m.payload.kind in VIOLENT and self._lasted(clause):
            return True  # "fighting had raged for two days": how long it went on, told as background
        if self._named_by_year(m, clause):
            return True  # "the 2019 ceasefire deals", "the truce of October 2019": an earlier event named
        if m.payload.kind == "meeting" and {"during", "at"} & set(before[-2:]):
            return True  # "during the talks": the meeting already told, the setting of what follows
        if m.payload.kind == "displacement" and set(self.words[max(clause.first, m.first - 2):m.first]) & {"who", "that"}:
            return True  # "families who fled the neighbourhood may now go back": who they are, not news
        # "two days of clashes", "several days of deadly fighting"
        for k in (len(before) - 1, len(before) - 2):
            if k >= 1 and before[k] == "of" and any(w in self.lex.recap for w in before[:k]):
                return True
        return False

    def _amid_with_author(self, m: Match, clause: Clause, before: list[str]) -> bool:
        """``families fled amid intense shelling by Turkish forces``: shelling or strikes told as
        the setting of a flight (``amid``/``amidst`` the only cause word before them) that name who
        fired (``by`` and an actor right after the trigger) are an event of their own as well."""
        words = self.words
        if m.payload.kind not in _REMOTE or not {"amid", "amidst"} & set(before) \
                or any(w in self.lex.cause and w not in ("amid", "amidst") for w in before):
            return False
        if m.last + 2 > clause.last or words[m.last + 1] != "by":
            return False
        if self._amid_flight_place(m.first, m.last, clause) is None:
            return False  # "fled to Hasakah amid shelling by Turkey": where it fell is not told
        k = m.last + 3 if words[m.last + 2] == "the" and m.last + 3 <= clause.last else m.last + 2
        # (an actor, or a named author: "by Turkey", "by the SNA")
        return any(f == k for f, _, _ in self.actors) or self.nt.original[self.o_starts[k]:self.o_starts[k] + 1].isupper()

    def _amid_flight_place(self, first: int, last: int, clause: Clause) -> Mention | None:
        """Where shelling told as the setting of a flight (``amid``/``amidst`` before the trigger at
        ``first``..``last`` in ``clause``) fell: a place named after it behind a word of a target
        (``amidst shelling by Turkey on Ras al-Ain``, ``on the villages around Tal Tamr``); else the
        place the flight left (``fled from Tal Tamr amid …``, ``fled the villages of Amuda``), never
        where it went (``fled to Hasakah``: ``_DESTINATION``); None when no place is so told (or no
        ``amid`` stands before the trigger)."""
        words = self.words
        amid = next((k for k in range(first - 1, clause.first - 1, -1) if words[k] in ("amid", "amidst")), None)
        if amid is None:
            return None
        for f, _, mn in self.mentions:
            if last < f <= clause.last and _AMID_TARGET & set(words[max(last + 1, f - 4):f]):
                return mn
        origins = [(f, mn) for f, _, mn in self.mentions if clause.first <= f < amid
                   and not (_DESTINATION | {"reached", "arrived", "arriving", "reaching"})
                   & set(words[max(clause.first, f - 3):f])]
        froms = [(f, mn) for f, mn in origins if "from" in words[max(clause.first, f - 3):f]]
        return (froms or origins or [(0, None)])[0][1]

    def _adverb_of_response(self, k: int) -> bool:
        """``In response, US forces sent …``, ``In retaliation, the SDF shelled …``: a cause word
        (token ``k``) that closes an ``in …`` phrase set off by a comma says why the act after it
        was done; the act is news, not a cause named in passing (``in response to the shelling``)."""
        return k > 0 and self.words[k - 1] == "in" and "," in self._gap(k)

    def _cause_in_passing(self, m: Match, clause: Clause) -> bool:
        """``… would be legitimate targets following Sunday's suicide attack outside the
        ministry``: an act named after a cause word (``after``, ``following``…) and dated only
        by a day's possessive, with no place of the area and no casualties in its clause, is
        the reason for something else, named in passing; no event (where it was is not told)."""
        words = self.words
        if not self.lex.cause & set(words[max(clause.first, m.first - 4):m.first]) \
                or self._casualties(clause.first, clause.last):
            return False
        if any(clause.first <= f <= clause.last for f, _, _ in self.mentions) \
                or any(clause.first <= f <= clause.last for f, _, _ in self.unresolved):
            return False
        return m.first >= 2 and words[m.first - 1] == "s" and words[m.first - 2] in WEEKDAYS

    def _basis_deal(self, m: Match, clause: Clause) -> bool:
        """``released 15 detainees on Tuesday under a deal with tribal elders``: a deal named as
        the basis of another act (``under``/``per``/``as part of`` before it) is not dated by
        that act's day."""
        if m.payload.kind != "agreement":
            return False
        before = self.words[max(clause.first, m.first - 4):m.first]
        return bool({"under", "per"} & set(before[-3:])) or "part" in before and "of" in before

    def _dated_mood(self, m: Match, clause: Clause) -> bool:
        """``Calm returned to Qamishli on Sunday after two days of clashes``: the clause's only
        date comes before the cause word (``after``, ``following``) and no toll is told: it dates
        what followed the fighting, not the fighting."""
        words = self.words
        k = next((i for i in range(m.first - 1, max(clause.first, m.first - 5) - 1, -1)
                  if words[i] in self.lex.cause), None)
        # (any cause word: "demanded on Tuesday the release of detainees who did not take part in the fighting")
        if k is None or self._casualties(clause.first, clause.last) or words[k - 1] in _SPANS_BEFORE:
            return False  # ("on Sunday, a day after … fought": the fighting's day is told relative to it)
        dated = [f for f, _, ds in self.dates if clause.first <= f <= clause.last and not ds.background]
        return bool(dated) and all(f < k for f in dated)

    def _act_after(self, m: Match, clause: Clause) -> bool:
        """``tensions rose after the Asayish closed the roads leading to the security square``:
        after ``after``/``following``, a named actor as subject and the trigger as its past-tense
        verb tell an act of their own (not ``after the clashes``, ``after two days of fighting``,
        a named event as background)."""
        words = self.words
        k = next((i for i in range(m.first - 1, max(clause.first, m.first - 5) - 1, -1)
                  if words[i] in ("after", "following")), None)
        if m.payload is None or m.payload.kind not in VIOLENT | {"deployment", "arrest", "abduction"}:
            return False  # (a withdrawal, a deal after which something happened: the setting, as before)
        if k is None or words[k - 1] in _SPANS_BEFORE:
            return False  # (not "the strike came a day after Turkish artillery shelled …": a reference point)
        if m.payload.kind in VIOLENT and words[k + 1] in ("a", "an") and m.last + 1 <= clause.last \
                and words[m.last + 1] in _STRUCK_VERBS and any(
                    f < k and kind.kind not in VIOLENT for f, kind in self._clause_triggers.get(clause.first, [])):
            # "imposed a curfew after a car bomb killed three people", "after a Turkish drone struck the
            # power station": an act with its own verb, not a named background
            return True
        if m.payload.kind in VIOLENT and words[k + 1] not in _DEFINITE and words[m.first - 1] not in _DEFINITE \
                and any(words[j] in _STRUCK_VERBS and words[j - 1] not in _PASSIVE
                        for j in range(m.last + 1, min(clause.last, m.last + 6) + 1)) \
                and not any(f < k and kind.kind in VIOLENT for f, kind in self._clause_triggers.get(clause.first, [])):
            # "coverage went down after shells fired by Turkish-backed factions hit the town": the shells'
            # own verb tells the act (no violent act before "after" for it to be the cause of)
            return True
        if not (words[m.first].endswith("ed") or words[m.first] in _IRREGULAR_PAST) or words[m.first] in ("armed",):
            return False
        subject = [a for f, l, a in self.actors if k < f and l < m.first]
        return bool(subject) and all(w not in _PASSIVE for w in words[k + 1:m.first])

    def _lasted(self, clause: Clause) -> bool:
        """``Fighting had raged for two days between …``, ``the clashes had gone on for
        hours``: a past-perfect clause giving how long fighting lasted, with no day of its own,
        sums up what went before; it reports no new event."""
        text = " " + " ".join(self.words[clause.first:clause.last + 1]) + " "
        return _LASTED_RE.search(text) is not None and self._own_date(clause) is None

    def _named_by_year(self, m: Match, clause: Clause) -> bool:
        """A trigger named by an earlier year (``the 2019 ceasefire deals``, ``the October 2019
        agreement``, ``the truce of 2016``): an event of the past named, not reported."""
        words = self.words
        year = self.article.published.year
        before = words[max(clause.first, m.first - 3):m.first]
        after = words[m.last + 1:min(clause.last + 1, m.last + 4)]
        def past(w: str) -> bool:
            return len(w) == 4 and w.isdigit() and 1900 < int(w) < year
        for k, w in enumerate(before):
            if past(w) and k >= 1 and (before[k - 1] in _DEFINITE or before[k - 1] in _MONTH_WORDS
                                       or before[k - 1] in ("a", "an")) \
                    and not {"when", "as", "while", "where", "after", "and", "that", "which"} & set(before[k + 1:]):
                # "the 2019 ceasefire", "the October 2019 agreement" (not "in December 2015 when car bombs
                # went off": the date of the clause's own event)
                return True
        return bool(after) and after[0] == "of" and any(past(w) for w in after[1:])

    def _running_total(self, lo: int, hi: int) -> bool:
        """``since the beginning of the year``, ``so far this year``, ``since 2019``: a count
        over a period, not an event (its toll is no event's toll)."""
        key = (lo, hi)
        if key not in self._totals:
            self._totals[key] = self._running_total_of(lo, hi)
        return self._totals[key]

    def _running_total_of(self, lo: int, hi: int) -> bool:
        words = self.words[lo:hi + 1]
        text = " ".join(words)
        if any(self._counted_over(text, p) for p in _PERIOD_PHRASES) or any(p in self._habitual_scope(lo, hi)
                                                                          for p in _HABITUAL_PHRASES):
            return True
        if {"have", "has"} & set(words) and any(ds.background for f, _, ds in self.dates if lo <= f <= hi) \
                and not {"fled", "displaced", "deployed", "fleeing", "closed", "shut", "sealed", "blocked",
                         "imposed"} & set(words) \
                and not (_LEAVING & set(words) and _FLEEING & set(words)):  # states: "have fled since", "have left",
            # "have closed the roads since Sunday" (a closure in force since a day: Arabic present_cordons)
            return True  # "since Monday, Turkish forces have been pounding …": a campaign, not an event
        if self._tally(words):
            return True
        for k, w in enumerate(words[:-1]):
            if w == "since" and (words[k + 1].isdigit() and len(words[k + 1]) == 4 or words[k + 1] in _MONTH_WORDS) \
                    and not _SUPERLATIVES & set(words[max(0, k - 4):k]):
                return True  # not "the biggest attack since 2019": a comparison, not a count
            if w == "since" and _BEGAN & set(words[k + 1:k + 5]) and {"has", "have", "had"} & set(words[:k]) \
                    and not _SUPERLATIVES & set(words[max(0, k - 4):k]) and any(
                        d.kind.kind in VIOLENT and d.fatalities is not None and d.fatalities.value > 0
                        for d in self.drafts):
                # "SOHR has documented the death of at least seven people since the fighting started on
                # Tuesday", after the tolls of the episode's clashes and killings were told one by one: a
                # count over the episode, not one event's toll (told before any toll, "four Asayish members
                # and two civilians have been killed since the fighting began" is the fighting's toll)
                return True
        return False

    @staticmethod
    def _counted_over(text: str, phrase: str) -> bool:
        """Whether ``phrase`` (a period: ``since the start of``) counts over that period in
        ``text``: not after a superlative up to six words before it (``one of the deadliest
        attacks on the city since the start of the war``: a comparison, as ``the biggest attack
        since 2019`` is)."""
        at = text.find(phrase)
        while at >= 0:
            if not phrase.startswith("since") or not _SUPERLATIVES & set(text[:at].split()[-6:]):
                return True
            at = text.find(phrase, at + 1)
        return False

    def _tally_tail(self, clause: Clause) -> int | None:
        """``A drone strike killed two fighters near Tal Tamr on Tuesday, bringing the number of
        strikes this month to 14`` (``bringing the death toll from the strikes this year to 30``,
        ``raising to 14 the number …``): the first token of a participle after a comma that
        carries a running count forward. The act before it is an event with its own toll; the
        count is no event's toll. None when the clause has no such tail (or nothing before it)."""
        words = self.words
        for k in range(clause.first + 3, clause.last):
            if words[k] not in ("bringing", "raising", "taking", "pushing", "lifting") or "," not in self._gap(k - 1):
                continue
            near = set(words[k + 1:min(clause.last + 1, k + 6)])
            rest = set(words[k + 1:clause.last + 1])
            if {"number", "total", "tally", "count"} & near or "toll" in near and rest & _MANY_ACTS:
                # (not "bringing the death toll of the blast to three": that one event's toll)
                return k
        return None

    def _summed_up(self, sent: Sentence) -> bool:
        """``By the time the truce took hold, the fighting had killed 58 people … who said they
        had also detained 102 soldiers``, ``By then, the clashes had displaced hundreds``: a
        sentence that opens with ``by the time``/``by then`` and tells in the past perfect sums
        up the episode told before; its acts are no new events (its toll stays the episode's).
        Not ``By Friday afternoon, the SDF had recaptured 104 inmates``: a day, an act of its own."""
        words = self.words[sent.first:sent.last + 1]
        opens = words[:3] == ["by", "the", "time"] or words[:2] == ["by", "then"]
        return opens and "had" in words

    def _habitual_scope(self, lo: int, hi: int) -> str:
        """The words of ``[lo, hi]`` a habitual phrase must be in to make them a pattern, not an
        event: all of them, or, after a ``when`` right after a date, only what follows it
        (``attacks have hit the city again and again, the worst in May 2017, when a car bomb
        killed 30``: the one dated act singled out of the pattern is an event)."""
        for k in range(lo + 1, hi + 1):
            if self.words[k] == "when" and any(not ds.background and f >= lo and k - 2 <= l < k
                                               for f, l, ds in self.dates):
                return " ".join(self.words[k:hi + 1])
        return " ".join(self.words[lo:hi + 1])

    def _tally(self, words: list[str]) -> bool:
        """A count kept over a stretch of time, told in the present perfect: ``drones have
        killed at least 35 people this year``, ``has counted 30 strikes so far in 2023``, ``the
        number of attacks has risen to 51``, ``by the group's count … have died``. Not one
        event (its toll is no event's)."""
        text = " " + " ".join(words) + " "
        span = _OVER_PAST_RE.search(text)
        if span is not None and not _FEW_DAYS_RE.match(span.group(0)):
            return True  # "the detainees had been arrested over the past two months": a span, not an event
        if (" have been " in text or " has been " in text) and _FOR_DURATION_RE.search(text):
            return True  # "for ten days, Turkish forces have been shelling Tal Tamr": a campaign, not one event
        # a count of its own ("35 people", "dozens"), not "has so far failed to halt the fighting"
        counted = any(w.isdigit() or w in self.lex.units or w in self.lex.vague for w in words)
        perfect = counted and bool({"has", "have"} & set(words))
        if any(p in text for p in _TALLY_PHRASES):
            return True
        if perfect and (any(p in text for p in _PERFECT_PERIODS) or _YEAR_IN_RE.search(text)):
            return True
        return bool(perfect and _COUNT_OF_RE.search(text))

    def _clause_events(self, si: int, sent: Sentence, clause: Clause, triggers: list[Match]) -> list[_Draft]:
        tail = self._tally_tail(clause)
        if self._running_total(clause.first, clause.last if tail is None else tail - 1) \
                or self._reason_of_a_call(sent, clause) or self._summed_up(sent):
            return []
        if tail is not None:
            triggers = [m for m in triggers if m.first < tail]  # ("… the number of strikes this month")
            clause = Clause(clause.first, tail - 1)
        if self._same_attackers(sent, clause, triggers):
            return []
        inside = [self._captured_person(m, clause, triggers) for m in triggers if clause.first <= m.first <= clause.last]
        self._clause_triggers[clause.first] = [(m.first, m.payload) for m in inside]
        kept: list[tuple[Match, bool]] = []
        for m in inside:
            if self._not_event(m, clause) or self._foiled_without_fight(m, sent):
                continue
            kept.append((m, self._background(m, clause)))
        foreground = [m for m, bg in kept if not bg]
        # "the clashes" with nothing new: the article's earlier event of that kind (and the
        # clause's other violent words are that act's: "the drone fired two missiles")
        for m in list(foreground):
            if m not in foreground:
                continue
            prior = (self._refers_back(m, clause) or self._counted_again(m, clause) or self._said_again(m, clause)
                     or self._follow_up_blast(m, clause))
            if prior is not None:
                foreground.remove(m)
                if m.payload.kind == "agreement":  # the deal's terms: "covers deployment along the border"
                    foreground = [x for x in foreground if x.payload.kind in VIOLENT]
                if m.payload.kind in VIOLENT:
                    foreground = [x for x in foreground if x.payload.kind not in VIOLENT]
                if m.payload.kind in _COUNTED_AGAIN_KINDS:
                    # "stormed the town and arrested the four people": the raid that made the arrest told again;
                    # "the three men had been arrested in a raid": the raid is that arrest's too
                    foreground = [x for x in foreground if not (x.payload.kind == "clash" and x.first < m.first)
                                  and x.payload.kind != m.payload.kind]
                if (sent.first, sent.last) not in prior.spans:
                    prior.spans.append((sent.first, sent.last))
                self._redate(prior, clause)
                self._name_spot(prior, clause)
                if not [x for x in triggers if x is not m and sent.first <= x.first <= sent.last
                        and (x.payload.kind in VIOLENT or x.payload.kind in _OWN_PLACE_KINDS)]:
                    # (not "families fled the Tayy neighbourhood while the fighting raged": the
                    # place of another act the sentence tells is that act's)
                    # "the strike, which hit their car …, while they were driving through the eastern
                    # countryside of Qamishli": the sentence that tells it again says where, inside
                    self._refine_place(prior, Clause(sent.first, sent.last))
                if not any(x.payload.kind in VIOLENT for x in foreground) and not self._day_total(m):
                    self._refer_tolls(prior, sent, clause)
        out: list[_Draft] = []
        if not foreground:
            # only background mentions: a reference to an earlier event, else an event
            for m, bg in kept:
                if not bg:
                    continue  # referred back above
                prior = self._prior_for(m.payload.kind, clause)
                if prior is not None and not prior.headline:  # a headline's event is not told before
                    prior.spans.append((sent.first, sent.last))
                    self._refer_tolls(prior, sent, clause)
                    return []
            # named in passing with nothing before it: an event only when the clause counts
            # its victims or dates it (a recap: "the fighting, which erupted late on Tuesday")
            if self._casualties(clause.first, clause.last) or self._own_date(clause) is not None:
                # (not "since Turkish-backed forces seized the area in October 2019": the start of a span)
                described = [m.first for m, _ in kept if self._described(m)]
                foreground = [m for m, bg in kept if bg and not self._described(m) and not self._named_by_year(m, clause)
                              and not self._basis_deal(m, clause)  # "released 15 detainees … under a deal"
                              and not any(k < m.first for k in described)  # "who had been detained during raids"
                              and "since" not in self.words[max(clause.first, m.first - 4):m.first]
                              and not self._dated_mood(m, clause) and not self._cause_in_passing(m, clause)]
        foreground = self._one_act(foreground, clause)
        violent = [m for m in foreground if m.payload.kind in VIOLENT]
        if violent:
            best = min(violent, key=lambda m: (VIOLENT_RANK[m.payload.kind], m.first))
            own = clause
            if self._act_after(best, clause) and any(x is not best and x.first < best.first for x in foreground):
                # "imposed a curfew in Qamishli after a car bomb killed three people near the church": the act
                # after "after" has its own part of the clause (its place, its toll), apart from the curfew's
                k = max(i for i in range(clause.first, best.first) if self.words[i] in ("after", "following"))
                own = Clause(k, clause.last)
            later = self._later_act(best, own, [m for m in inside if m.payload.kind in VIOLENT]) if own is clause else None
            if later is not None:
                # "a car bomb went off in Qamishli, a day after Turkish shells killed five civilians": the
                # bombing's part of the clause ends before "after"; the toll and sides there are the shells'
                own = Clause(clause.first, later - 1)
                self._earlier_acts.append((later, clause.last))
            out.append(self._draft(best, si, sent, own))
            if own is not clause and later is None:
                out[-1].how = "after"
                clause = Clause(clause.first, own.first - 1)  # the main act's part, before "after"
        seen = set()
        if any(m.payload.kind == "riot" for m in foreground):
            seen.add("protest")  # "burning tyres in protest at …": one riot
        for m in foreground:
            k = m.payload.kind
            if k in VIOLENT:
                continue
            if k in seen:
                second = self._second_taking(out, m, clause)
                if second is not None:
                    out.append(self._draft(m, si, sent, second))
                continue
            seen.add(k)
            out.append(self._draft(m, si, sent, clause))
        return out

    def _set_against_parts(self, si: int, sent: Sentence, clause: Clause, triggers: list[Match]) -> list[_Draft]:
        """The events of a clause, split first where an event told again is set against an
        earlier act (:meth:`_came_after`): the part before ``after`` refers back as any clause
        does, the part after it is an act of its own, dated by :meth:`_date_set_against`."""
        parts = self._came_after(clause)
        if parts is None:
            return self._clause_events(si, sent, clause, triggers)
        head, tail, back = parts
        made = self._clause_events(si, sent, head, triggers)
        earlier = self._clause_events(si, sent, tail, triggers)
        for d in earlier:
            d.set_against = (head, back)
        return made + earlier

    def _came_after(self, clause: Clause) -> tuple[Clause, Clause, tuple[int, int]] | None:
        """``Thursday's attack came four days after a drone struck a motorbike near Amuda``, ``the
        raid came two weeks after a similar sweep in Tal Hamis``: an event (the subject) that
        ``came``/``followed`` an interval of hours, days or weeks (read by
        :func:`~pipeline.english.dates.interval_back`) after an act sets that act
        against it as an earlier one, an event of its own: the clause is split at ``after``
        into the head and the act. None with no such interval (``came after …``, ``came nine
        years after …``: a reference point or a cause, as before), or when the act is told only
        across an area (``a day after Turkish artillery shelled villages in the countryside of
        Qamishli``: the setting, not an act at a place)."""
        words = self.words
        for v in range(clause.first + 1, clause.last - 1):
            if words[v] not in self.lex.words["sequencing"] or words[v] in ("preceded", "precedes"):
                continue
            k = next((i for i in range(v + 2, min(v + 7, clause.last)) if words[i] == "after"), None)
            if k is None:
                continue
            back = interval_back(" ".join(words[v + 1:k]))
            if back is None:
                continue
            named = [SPECIFICITY.get(mm.kind, 9) for f, _, mm in self.mentions if k < f <= clause.last]
            if named and min(named) > SPECIFICITY["city"] and not any(k < f <= clause.last for f, _, _ in self.unresolved):
                return None  # ("a day after Turkish artillery shelled villages in the countryside": an area's barrage)
            return Clause(clause.first, k - 1), Clause(k + 1, clause.last), back
        return None

    def _date_set_against(self, d: _Draft, discourse: DateSpan | None) -> None:
        """The day of an act set against a later event (:meth:`_came_after`) when its own part
        of the clause gives none: that event's day (a date its own part gives, else the
        article's latest event of a kind its part names, else the latest event told, else the
        day the sentence speaks from) less the interval told. A recap's day, it dates no later
        sentence (quality 0)."""
        assert d.set_against is not None
        head, (lo, hi) = d.set_against
        anchor = self._own_date(head)
        if anchor is None:
            kinds = {m.payload.kind for m in self.lex.triggers.find(self.tokens[head.first:head.last + 1])}
            told = [x for x in self.drafts if x.date is not None and not x.headline]
            anchor = next((x.date for x in reversed(told) if x.kind.kind in kinds), None) \
                or next((x.date for x in reversed(told)), None) or discourse
        day = anchor.date_from if anchor is not None else self.article.published
        o = self.o_starts[d.trig_first]
        d.date = DateSpan(o, o, "", day - dt.timedelta(days=hi), day - dt.timedelta(days=lo), 1 if lo == hi else 2, "")
        d.date_quality = 0
        d.notes.append(f"{lo}-{hi} day(s) before the event it is set against")

    def _later_act(self, best: Match, clause: Clause, violent: list[Match]) -> int | None:
        """``A car bomb went off …, a day after Turkish shells killed five civilians``, a headline's
        ``… a day after Turkish shells kill five``: after the chosen act, ``after``/``following``
        (a span such as ``a day`` may stand before it) and, up to four words on, another violent
        trigger with a verb of its own a few words after it tell an earlier act: the token of
        ``after``, where the chosen act's part of the clause ends (its toll, sides and place are
        not the earlier act's). None when there is no such act."""
        words = self.words
        for x in violent:
            if x.first <= best.last:
                continue
            k = next((i for i in range(x.first - 1, max(best.last, x.first - 5), -1)
                      if words[i] in ("after", "following")), None)
            if k is None:
                continue
            if any(words[j] in _LATER_ACT_VERBS for j in range(x.last + 1, min(clause.last, x.last + 4) + 1)):
                return k
        return None

    def _second_taking(self, out: list[_Draft], m: Match, clause: Clause) -> Clause | None:
        """``A day after a jeweller was taken from his home in the Tal Hajar neighbourhood, the boy
        was kidnapped in Eastern Ghuwayran``: two people taken at two places, told in one
        sentence with a comma between, are two abductions (or arrests), and two protests at two
        places two protests (the first one's place may name its crowd before it). The clause is split at
        the comma so each keeps its own place; None when it is one act told twice."""
        if m.payload.kind not in ("abduction", "arrest", "protest"):
            return None
        first = next((d for d in out if d.kind.kind == m.payload.kind and d.clause is clause), None)
        if first is None:
            return None
        comma = next((k for k in range(first.trig_last, m.first) if "," in self._gap(k)), None)
        if comma is None:
            return None
        # (a place a march or a convoy heads for, "set off toward Qamishli", is no place it was at)
        places = [f for f, _, _ in self.mentions] + [f for f, _, _ in self.unresolved]
        places = [f for f in places if not self._headed_for(f)]
        # (a protest's crowd may be named by its town before the trigger: "residents of Amude held a
        # sit-in at the square, and a march set off through Tirbespiye": two protests, two towns)
        lo = clause.first if m.payload.kind == "protest" else first.trig_last
        if not any(lo < f <= comma for f in places) or not any(m.last < f <= clause.last for f in places):
            return None
        first.clause = Clause(clause.first, comma)
        return Clause(comma + 1, clause.last)

    def _headed_for(self, f: int) -> bool:
        """Whether the place named at token ``f`` follows a word of direction (``toward``,
        ``towards``, ``to``, ``into``), a head noun and ``the`` between allowed (``set off toward
        the town of Qamishli``): where people went, not where they were."""
        k = f - 1
        while k >= 0 and self.words[k] in _PLACE_HEADS:
            k -= 1
        return k >= 0 and self.words[k] in _DESTINATION

    def _name_spot(self, prior: _Draft, clause: Clause) -> None:
        """``… in the countryside of Qamishli``, then ``the strike took place near the turnoff to
        the village of Dokarka``: a clause referring back that names a village the gazetteer
        lacks gives the event that name (it stays drawn at its area, flagged approximate)."""
        if prior.unresolved or prior.place is None or SPECIFICITY.get(prior.place.kind, 9) < SPECIFICITY["village"]:
            return
        names = [u for f, _, u in self.unresolved if clause.first <= f <= clause.last and u.head]
        if names:
            prior.unresolved = names[0].name
            self._narrow_to_spot(prior, names[0])

    def _narrow_to_spot(self, prior: _Draft, u) -> None:
        """``a drone strike in northeastern Hasakah province``, then ``the drone hit a horse farm in
        the Al-Nashwa district``: the quarter the gazetteer lacks is drawn at a town or city
        (``placed_at``) inside the province the event was placed in; the event moves there (still
        flagged with the quarter's name), not left at the province."""
        gaz = self.ex.gazetteer
        place = gaz.places.get(u.placed_at) if u.placed_at else None
        if place is None or prior.place is None or not prior.place.place_id or place.kind not in ("city", "town") \
                or prior.place.place_id not in gaz.ancestor_ids(place.id):
            return
        loc = gaz.locate(place.id)
        prior.place = Mention(prior.place.start, prior.place.end, prior.place.text, place.id, place.name_en,
                              place.name_ar, place.kind, loc.lat, loc.lon, loc.geo_precision, True, "relative", loc.basis)
        prior.notes.append(f"a quarter the gazetteer lacks, told again: drawn at {place.name_en}")

    def _redate(self, prior: _Draft, clause: Clause) -> None:
        """``… in custody after the Asayish raided two villages, the force announced on
        Saturday``, then ``the raids took place on Friday``: a clause referring back to an event
        dated only by when it was announced (or not at all) gives it the day it states itself,
        when that day is not later."""
        if prior.date_quality >= 2:
            return
        own = self._own_date(clause)
        if own is None or own.time_precision > 1 or prior.date is not None and own.date_to > prior.date.date_to:
            return
        prior.date, prior.date_quality = own, 2

    def _reason_of_a_call(self, sent: Sentence, clause: Clause) -> bool:
        """``The council urged both sides to stop fighting, saying thousands of families had
        been displaced``: the reason a call, denial or threat gives is no news of its own."""
        if self.words[clause.first] not in ("saying", "claiming") or clause is sent.clauses[0]:
            return False
        k = sent.clauses.index(clause)
        prev = sent.clauses[k - 1]
        return any(w in self.lex.not_before for w in self.words[prev.first:prev.last + 1])

    def _same_attackers(self, sent: Sentence, clause: Clause, triggers: list[Match]) -> bool:
        """``The attackers set off a car bomb at the gate while inmates rioted``: a sentence
        whose subject is the perpetrators already reported (``the attackers``, ``the
        assailants``, ``the gunmen``) tells more of that act; its violent words and riots are
        no new event (the sentence is kept as evidence). Not when it dates itself elsewhere."""
        words = self.words
        head = [w for w in words[sent.first:min(sent.last + 1, sent.first + 3)] if w not in ("but", "and", "then")]
        began = self._how_it_began(clause)
        if not began and (len(head) < 2 or head[0] not in _DEFINITE
                          or head[1] not in _PERPETRATORS | {"attackers", "assailants"}):
            return False
        prior = self._latest_violent()
        if prior is None:
            return False
        own = self._own_date(clause)
        if own is not None and prior.date is not None and own.date_from != prior.date.date_from:
            return False
        if not any(clause.first <= m.first <= clause.last and m.payload.kind in VIOLENT | {"riot"} for m in triggers):
            return False
        if (sent.first, sent.last) not in prior.spans:
            prior.spans.append((sent.first, sent.last))
        if began:
            self._refine_place(prior, clause)
        return True

    def _separate_attack(self, si: int, sent: Sentence) -> list[_Draft]:
        """``In a separate attack, four SDF members were hurt by ISIS fighters … on the road
        between Markada and al-Sawr``: another event of the latest violent kind, at its own
        place, with its own toll. ``as a similar operation unfolded the same day in the border
        town of Ya'rubiyah``: another event of the latest event's kind (a raid, an arrest
        campaign) at a place of its own."""
        words = self.words
        prior = self._latest_violent()
        if prior is not None and self._names_another_act(sent):
            if not self._casualties(sent.first, sent.last):
                return []
            i = next((k for k in range(sent.first, sent.last + 1) if words[k] in ("attack", "incident", "strike")
                      and words[k - 1] in ("separate", "another", "similar")), None) or next(
                (k for k in range(sent.first, sent.last + 1) if words[k] in ("attack", "incident", "strike")), sent.first)
            clause = next(c for c in sent.clauses if c.first <= i <= c.last)
            return [_Draft(prior.kind, i, i, si, clause, how="separate", spans=[(sent.first, sent.last)],
                           headline=sent.headline)]
        return self._similar_operation(si, sent)

    def _names_another_act(self, sent: Sentence) -> bool:
        """The sentence tells another act of the kind told before: ``In a separate attack, …``,
        ``Another strike targeted …`` (in its first words) or ``wounded in a similar attack near
        al-Hol`` (anywhere)."""
        words = self.words
        text = " ".join(words[sent.first:min(sent.last + 1, sent.first + 5)])
        whole = f" {' '.join(words[sent.first:sent.last + 1])} "
        return any(p in text for p in ("separate attack", "separate incident", "another attack", "separate strike",
                                       "another incident", "another strike")) \
            or any(f" in a {p} " in whole for p in _OTHER_ATTACK)

    def _similar_operation(self, si: int, sent: Sentence) -> list[_Draft]:
        words = self.words
        told = [d for d in self.drafts if not d.headline]
        if not told:
            return []
        prior = told[-1]
        for i in range(sent.first + 1, sent.last + 1):
            if words[i] not in _OPERATIONS or words[i - 1] not in ("similar", "another", "separate", "second"):
                continue
            clause = next(c for c in sent.clauses if c.first <= i <= c.last)
            own = [m for f, _, m in self.mentions if clause.first <= f <= clause.last and m.place_id
                   and SPECIFICITY.get(m.kind, 9) < SPECIFICITY["region"] and f not in self.dateline]
            if not own or prior.place is None or any(m.place_id == prior.place.place_id for m in own) \
                    or self._not_event(Match(i, i, None, ""), clause):
                return []
            return [_Draft(prior.kind, i, i, si, clause, how="similar", spans=[(sent.first, sent.last)],
                           headline=sent.headline)]
        return []

    def _found_dead(self, si: int, sent: Sentence) -> list[_Draft]:
        """``an Iraqi woman was found dead in the camp, the sixth killing this month``, ``two brothers
        were found shot in the head``, ``found the bodies of three people who had been murdered``:
        people found killed are a killing (an attack; one dead, or as many as counted).

        The finding is told in the passive (``was``/``were``/``been`` ``found`` + a word of death:
        ``_FOUND_KILLED``) or as bodies found (``found the bodies of``). ``found dead`` and found
        bodies are a killing only with a mark of one in the sentence or the next
        (``_MURDER_MARKS``: ``killing``, ``murdered``, ``gunshot``, ``decapitated`` …), and none with
        a natural cause told (``_NATURAL_DEATH``: drowned, heart attack, cold …). Not when a definite
        subject tells back a killing already told (``the woman was found decapitated``)."""
        words = self.words
        span = words[sent.first:sent.last + 1]
        if "found" not in span or _NATURAL_DEATH & set(span):
            return []
        nxt = self.sentences[si + 1] if si + 1 < len(self.sentences) else None
        if nxt is not None and _NATURAL_DEATH & set(words[nxt.first:nxt.last + 1]):
            return []  # "… was found dead in a river. Police said he had drowned."
        marked = self._murder_marked(sent) or nxt is not None and self._murder_marked(nxt)
        for k in range(sent.first + 1, sent.last):
            if words[k] != "found":
                continue
            j = k - 1 if words[k - 1] not in _FOUND_ADVERBS else k - 2
            passive = j >= sent.first and words[j] in ("was", "were", "been", "be", "being")
            how = words[k + 1]
            bodies = not passive and "bodies" in words[k + 1:min(sent.last + 1, k + 4)] or \
                not passive and words[k + 1:k + 4] in (["the", "body", "of"], ["a", "body", "of"])
            if not (passive and how in _FOUND_KILLED and (how != "dead" or marked) or bodies and marked):
                continue
            clause = next(c for c in sent.clauses if c.first <= k <= c.last)
            # (the count over a period may follow in another comma stretch: "…, marking the sixth killing
            # since the beginning of the month")
            stretch = next((i for i in range(k, clause.last) if "," in self._gap(i)), clause.last)
            if self._not_event(Match(k, k, None, ""), clause) or self._running_total(clause.first, stretch):
                continue
            prior = self._latest_violent()
            if passive and prior is not None and words[clause.first] in _TOLD_BACK_SUBJECTS:
                return []  # "The woman … was found decapitated": the killing told before
            d = _Draft(self.lex.kinds["civ_attack"], k, k, si, clause, how="found_dead",
                       spans=[(sent.first, sent.last)], headline=sent.headline)
            if passive:
                d.fatalities = self._found_count(clause, j, k)
            else:
                at = next(i for i in range(k + 1, sent.last + 1) if words[i] in ("body", "bodies"))
                c = None
                if words[at] == "bodies" and at + 2 <= clause.last and words[at + 1] == "of":
                    c = count_at(words, at + 2, self.lex, clause.last + 1)  # "the bodies of three men"
                    c = c if c is not None and person_follows(words, c, self.lex, clause.last + 1) else None
                if c is None and words[at] == "bodies":
                    c = next((x for x in (count_at(words, i, self.lex, at) for i in range(k + 1, at)) if x is not None),
                             None)  # "found three bodies"
                d.fatalities = c if c is not None else Count(1, at, at, "") if words[at] == "body" else None
            return [d]
        return []

    def _own_day_and_place(self, m: Match, clause: Clause) -> bool:
        """Whether the act of trigger ``m``, told as what the dead of a funeral died in, has a date
        and a place of its own: both after the trigger and before the funeral's own verb (``[words]
        copulas``, ``remembrance_held``): ``the funeral of two children killed in a drone strike on
        Amuda on Monday`` is Monday's strike, but in ``the funeral of two fighters killed in last
        week's drone strike was held in Qamishli on Tuesday`` the day and place are the funeral's."""
        w = self.lex.words
        end = next((k for k in range(m.last + 1, clause.last + 1)
                    if self.words[k] in w["copulas"] or self.words[k] in w["remembrance_held"]), clause.last + 1)
        return any(m.last < f < end and not ds.background for f, _, ds in self.dates) \
            and any(m.last < f < end for f, _, _ in self.mentions)

    def _subject_of_work(self, m: Match, clause: Clause) -> bool:
        """``a film about a journalist killed by unknown gunmen was screened``, ``a book on the
        massacre``, ``marked the anniversary of the bombing``, ``a memorial to the victims of the
        attack``: an act that a work (``[not_event] works`` with a word of its subject right after it:
        ``work_about``) or a remembrance (``remembrances``) is about, up to ten words before the
        trigger in its clause with no comma between, is told long after its time: no event of its own.
        A comma ends the phrase (``on the anniversary of the offensive, drones struck Amuda`` is news),
        save one that opens a relative clause on the act remembered (:meth:`_remembered_act`)."""
        words = self.words
        for i in range(max(clause.first, m.first - 10), m.first):
            if any("," in self._gap(j) for j in range(i, m.first)):
                continue
            if words[i] in self.lex.remembrances or words[i] in self.lex.works and i + 1 < m.first \
                    and words[i + 1] in self.lex.work_about:
                return True
        return self._remembered_act(m.first, clause)

    def _remembered_act(self, first: int, clause: Clause) -> bool:
        """Remembrance told by a relative clause: ``marked the anniversary of the 2004 uprising, in
        which dozens were killed``, ``a memorial to the victims of the bombing, which killed 40``: the
        trigger in a relative clause (``[words] relative_openers`` right after a comma, at most
        eight words before the trigger) whose antecedent is the object of a remembrance word
        (``remembrances`` then ``of``/``to``/``for``, at most six words before the comma, with no
        verb between: ``[words] copulas``, ``remembrance_held``). The act remembered is long past, no
        event. Not ``a memorial service was held on Tuesday, during which a bomb went off`` (the
        service's own verb comes between: the relative clause tells of the service, news). The
        relative clause's toll is no other event's either (:meth:`_tolls`: ``…, in which dozens were
        killed, a drone struck Amuda, killing two``: two dead). ``first`` is the trigger's (or the
        casualty word's) first token."""
        words, w = self.words, self.lex.words
        for c in range(first - 1, max(clause.first, first - 9) - 1, -1):
            if "," not in self._gap(c):
                continue
            if not (words[c + 1] in w["relative_openers"] or c + 2 < first
                    and words[c + 1:c + 3] in (["in", "which"], ["during", "which"], ["in", "whom"])):
                return False
            for i in range(c, max(clause.first, c - 7), -1):
                if words[i] in w["copulas"] or words[i] in w["remembrance_held"] or "," in self._gap(i - 1):
                    return False
                if words[i - 1] in self.lex.remembrances and words[i] in ("of", "to", "for"):
                    return True
            return False
        return False

    def _murder_marked(self, sent: Sentence) -> bool:
        """A mark of a killing (``_MURDER_MARKS``) in ``sent`` that no negation a few words before
        it in its clause denies (``no signs of a killing``, ``ruled out murder``, ``not a crime``:
        ``_MARK_DENIED``)."""
        words = self.words
        for i in range(sent.first, sent.last + 1):
            if words[i] not in _MURDER_MARKS:
                continue
            clause = next((c for c in sent.clauses if c.first <= i <= c.last), None)
            lo = max(clause.first if clause is not None else sent.first, i - 5)
            if not _MARK_DENIED & set(words[lo:i]):
                return True
        return False

    def _found_count(self, clause: Clause, j: int, k: int) -> Count | None:
        """The dead of ``<subject> was/were found <killed>`` (``j`` on the auxiliary, ``k`` on
        ``found``): the subject's count, else one for ``was``."""
        words = self.words
        c = next((c for c in (count_at(words, i, self.lex, k) for i in range(clause.first, j))
                  if c is not None and person_follows(words, c, self.lex, k)), None)
        return c if c is not None else Count(1, k, k, "") if words[j] == "was" else None

    def _found_killed_toll(self, created: list[_Draft]) -> None:
        """``a farmer was found strangled``, ``two brothers were found shot``: an attack whose trigger
        follows a passive ``found`` killed whom it names, though no death word is told."""
        words = self.words
        for d in created:
            if d.kind.kind != "civ_attack" or (d.fatalities is not None and d.fatalities.value) \
                    or words[d.trig_first] not in _FOUND_KILLED or d.trig_first < 2 or words[d.trig_first - 1] != "found":
                continue
            k = d.trig_first - 1
            j = k - 1 if words[k - 1] not in _FOUND_ADVERBS else k - 2
            if j >= d.clause.first and words[j] in ("was", "were", "been"):
                c = self._found_count(d.clause, j, k)
                if c is not None:
                    d.fatalities = c

    def _bodies_found(self, si: int, sent: Sentence) -> list[_Draft]:
        """``the Asayish had found the body of an unidentified person in the camp on Jan. 1``: a
        body found with its own date, before the article's latest event, is a killing of its
        own (an attack, one dead unless counted)."""
        words = self.words
        span = words[sent.first:sent.last + 1]
        if not ({"body", "bodies"} & set(span) and "found" in span):
            return []
        own = next((ds for f, _, ds in self.dates if sent.first <= f <= sent.last and not ds.background
                    and not self._is_reporting(f, sent.first)), None)
        prior = self.drafts[-1] if self.drafts else None
        # "the body of a young man bearing gunshot wounds was found near Amuda on Tuesday": a body
        # with the marks of a killing, told with its day and place and after no violent event, is one
        marked = bool(_KILLING_MARKS & set(span)) and own is not None and self._latest_violent() is None \
            and any(sent.first <= f <= sent.last and f not in self.dateline for f, _, _ in self.mentions)
        if not marked and (own is None or prior is None or prior.date is None or prior.date_quality < 2
                           or own.date_to >= prior.date.date_from):
            return []
        i = next(k for k in range(sent.first, sent.last + 1) if words[k] in ("body", "bodies"))
        clause = next(c for c in sent.clauses if c.first <= i <= c.last)
        d = _Draft(self.lex.kinds["civ_attack"], i, i, si, clause, how="body", spans=[(sent.first, sent.last)],
                   headline=sent.headline)
        if words[i] == "body":
            d.fatalities = Count(1, i, i, "")  # "the body of": one dead; bodies are counted by the toll words
        elif i + 2 <= clause.last and words[i + 1] == "of":
            c = count_at(words, i + 2, self.lex, clause.last + 1)
            if c is not None and person_follows(words, c, self.lex, clause.last + 1):
                d.fatalities = c  # "the bodies of two women": two dead
        return [d]

    def _more_of_the_same(self, sent: Sentence) -> None:
        """``He was hit by three bullets in front of his house in the Halko neighbourhood``: a
        sentence about the person or thing of the event before (a pronoun subject, no trigger,
        no date of its own) places that event better when it names a place inside its place."""
        words = self.words[sent.first:sent.last + 1]
        if self.drafts and ("body" in words or "bodies" in words) and "found" in words:
            # "The man's body was found in the camp's first section on Saturday": the killing's day
            prior = self.drafts[-1]
            own = next((ds for f, _, ds in self.dates if sent.first <= f <= sent.last and not ds.background
                        and not self._is_reporting(f, sent.first)), None)
            if own is not None and prior.date is not None and prior.date_quality == 2 \
                    and own.date_to < prior.date.date_from:
                return  # another body, found on another day: _bodies_found makes it an event
            if own is not None and prior.date_quality < 2:
                prior.date, prior.date_quality = own, 2
            if (sent.first, sent.last) not in prior.spans:
                prior.spans.append((sent.first, sent.last))
            return
        if self.drafts and self._names_the_act(sent):
            return
        if not self.drafts or self.words[sent.first] not in ("he", "she", "they", "it", "his", "her", "their"):
            return
        if any(sent.first <= f <= sent.last and not ds.background for f, _, ds in self.dates):
            return
        self._refine_place(self.drafts[-1], sent.clauses[0] if len(sent.clauses) == 1 else
                           Clause(sent.first, sent.last))

    def _names_the_act(self, sent: Sentence) -> bool:
        """``None of the three survived the strike, which hit their car on Friday, July 22, while
        they were driving through the eastern countryside of Qamishli``: a sentence with no
        trigger that names the latest violent event by a bare definite noun (``the strike``,
        ``the attack``, ``the blast``) and states no other day tells more of it: a place it
        names inside that event's place places it better (it is evidence of that event)."""
        words = self.words
        prior = self._latest_violent()
        if prior is None or prior.headline:
            return False
        if not any(words[k] in _ACT_NOUNS and words[k - 1] in ("the", "this", "that")
                   for k in range(sent.first + 1, sent.last + 1)):
            return False
        own = [ds for f, _, ds in self.dates if sent.first <= f <= sent.last and not ds.background
               and not self._is_reporting(f, sent.first)]
        if own and prior.date_quality == 0 and len(own) == 1 and not (
                prior.date is not None and own[0].date_from > prior.date.date_to):
            # "SOHR documented the death of a young man …", then "the incident took place at dawn on
            # Friday near Tal Hamis": the act told with no day of its own gets the day told now
            prior.date, prior.date_quality = own[0], 2
        elif prior.date is None or any(not (ds.date_from <= prior.date.date_to and prior.date.date_from <= ds.date_to)
                                       for ds in own):
            return False
        if (sent.first, sent.last) not in prior.spans:
            prior.spans.append((sent.first, sent.last))
        self._refine_place(prior, Clause(sent.first, sent.last))
        return True

    def _how_it_began(self, clause: Clause) -> bool:
        """``it began when NDF gunmen fired on an SDF position``: how the event already told
        started, not another one."""
        words = self.words[clause.first:clause.last + 1]
        for k, w in enumerate(words[:-2]):
            if w in ("it", "they", "this", "which") and words[k + 1] in _BEGAN and words[k + 2] in ("when", "after", "as"):
                return True
            if w in ("fighting", "clashes", "shooting") and words[k + 1] in _BEGAN and words[k + 2] in ("when", "after"):
                return True
        return False

    def _refine_place(self, prior: _Draft, clause: Clause) -> None:
        """A place inside the event's own named in a sentence that tells more of it (``… in
        Qamishli``, then ``an SDF position in the Halko neighbourhood``) places it better."""
        if prior.place is None:
            return
        inside = [m for f, _, m in self.mentions if clause.first <= f <= clause.last and m.place_id
                  and prior.place.place_id in self.ex.gazetteer.ancestor_ids(m.place_id)
                  and not self._home_town(f) and not self._road_end(f)]
        if len({m.place_id for m in inside}) == 1:
            prior.place, prior.place_quality = inside[0], 2

    def _own_date(self, clause: Clause) -> DateSpan | None:
        """The first date the clause states itself (not after ``since``, not when said)."""
        return next((ds for f, _, ds in self.dates if clause.first <= f <= clause.last and not ds.background
                     and not self._is_reporting(f, clause.first)), None)

    def _prior_for(self, kind: str, clause: Clause) -> _Draft | None:
        """The article's latest event of ``kind`` (``the blast`` after a suicide bombing: any
        explosion), unless the clause dates itself elsewhere (a recap with its own date is its
        own event: "the fighting, which erupted on Tuesday")."""
        prior = self._latest(kind)
        if prior is None and kind == "meeting":
            # "during the airport meeting, the Asayish demanded …" after "the truce was agreed at a meeting
            # held at the airport": the meeting the deal was reached at
            prior = self._latest("agreement")
        if prior is None and kind in _BLASTS:
            prior = next((d for d in reversed(self.drafts) if d.kind.kind in _BLASTS), None)
        if prior is None and kind == "ied" and self._blast_noun:
            # "A drone struck a car near Amuda. The blast was heard …": the strike's own explosion
            prior = next((d for d in reversed(self.drafts) if d.kind.kind in _REMOTE), None)
        # a toll's update is dated when it was counted, not when the event was
        own = None if "toll" in self.words[clause.first:clause.last + 1] else self._own_date(clause)
        if kind in VIOLENT and prior is not None and own is not None and prior.date is not None \
                and not (own.date_from <= prior.date.date_to and prior.date.date_from <= own.date_to):
            return None
        if kind == "agreement" and prior is not None and own is not None and prior.date is not None \
                and own.date_to < prior.date.date_from and not own.background:
            # "the ceasefire that the two sides agreed on Friday stays in force" after Sunday's deal: the
            # earlier truce, told with its own day, is its own event
            return None
        return prior

    def _counted_again(self, m: Match, clause: Clause) -> _Draft | None:
        """``then they stormed the town and arrested the four people`` after ``arrested four people
        in the village of …``, or ``SOHR reported that the three men had been arrested in a raid``
        after ``arrested three men in Amuda``: an arrest or abduction whose object (or, told in the
        passive, subject) is a definite count (``the``, ``those`` and a number) takes the people told
        before again; the article's latest such event (not a headline's). The count refers back
        only when its noun is the noun counted before or a pronoun-like one (``the two men``, ``the
        three people``, ``the four`` alone: :meth:`_same_people`) and the clause tells no other place
        and no day of the act of its own (:meth:`_nothing_new`); ``abducted two teachers in Amuda``
        then ``abducted the two sons of a merchant in Tal Tamr`` is a second abduction. Else None."""
        words = self.words
        if m.payload.kind not in _COUNTED_AGAIN_KINDS:
            return None
        count = None
        if m.last + 2 < self.n and words[m.last + 1] in ("the", "those", "these") \
                and (words[m.last + 2].isdigit() or words[m.last + 2] in _COUNT_WORDS):
            count = m.last + 2  # "arrested the four people"
        else:
            # "the three men had been arrested", "the two were abducted": the count before a passive
            j = m.first - 1
            while j > clause.first and words[j] in ("had", "have", "has", "been", "were", "was", "being", "are",
                                                    "reportedly", "also", "later", "all"):
                j -= 1
            if j < m.first - 1:
                for c in (j - 1, j):
                    if c > clause.first and words[c - 1] in ("the", "those", "these") \
                            and (words[c].isdigit() or words[c] in _COUNT_WORDS):
                        count = c
                        break
        if count is None:
            return None
        prior = self._latest(m.payload.kind)
        if prior is None or prior.headline:
            return None
        if not self._same_people(count, prior) or not self._nothing_new(clause, prior):
            return None
        return prior

    def _same_people(self, count: int, prior: _Draft) -> bool:
        """The people a definite count at token ``count`` names are those ``prior`` took: its noun
        (the word after the number, or the one after an adjective) is a pronoun-like one
        (``[words] counted_people``: men, people, persons …), the count stands alone (``the four in
        …``, ``the two were``), or it is a noun counted in ``prior``'s clause (``two teachers`` … ``the
        two teachers``). Not ``the two sons of a merchant`` after ``two teachers``."""
        words = self.words
        head = words[count + 1:min(self.n, count + 3)]
        if not head or not head[0].isalpha() or head[0] in _COUNT_ALONE:
            return True
        if self.lex.words["counted_people"] & set(head):
            return True
        told = {words[k + 1] for k in range(prior.clause.first, prior.clause.last)
                if words[k].isdigit() or words[k] in _COUNT_WORDS}
        told |= {words[k + 2] for k in range(prior.clause.first, prior.clause.last - 1)
                 if words[k].isdigit() or words[k] in _COUNT_WORDS}
        return bool(told & set(head))

    def _nothing_new(self, clause: Clause, prior: _Draft) -> bool:
        """``clause`` tells no place other than ``prior``'s (or one around it) and no day of the act
        other than ``prior``'s; a day right beside a verb of speech (``SOHR reported yesterday
        that …``) is the report's, not the act's."""
        words = self.words
        here = prior.place.place_id if prior.place is not None else None
        for f, _, mm in self.mentions:
            if clause.first <= f <= clause.last and f not in self.dateline and mm.place_id and mm.place_id != here \
                    and (here is None or mm.place_id not in self.ex.gazetteer.ancestor_ids(here)):
                return False
        for f, l, ds in self.dates:
            if not clause.first <= f <= clause.last or ds.background:
                continue
            if words[f - 1] in _SPEECH or l + 1 < self.n and words[l + 1] in _SPEECH or (
                    f >= 2 and words[f - 2] in _SPEECH):
                continue
            if prior.date is None or not (ds.date_from <= prior.date.date_to and prior.date.date_from <= ds.date_to):
                return False
        return True

    def _refers_back(self, m: Match, clause: Clause) -> _Draft | None:
        """The earlier event a definite trigger refers to (``the clashes``, ``this attack``),
        when the clause names no other place and no other actors than that event's."""
        words = self.words
        timed = m.first >= 2 and words[m.first - 1] == "s" and words[m.first - 2] in _TIME_OWNERS
        dated = self._dated_owner(m)
        if dated is not None:
            return dated
        if m.first == 0 or not timed and words[m.first - 1] not in _DEFINITE:
            return None
        self._blast_noun = words[m.first] in ("blast", "blasts", "explosion", "explosions") and m.first == m.last
        prior = self._prior_for(m.payload.kind, clause)
        self._blast_noun = False
        if prior is None or prior.headline:
            # a headline's event is told in the body for the first time: the body's own event,
            # which then takes the headline's in (``_add``)
            return None
        if m.last + 1 < self.n and words[m.last + 1] in self.lex.words["sequencing"]:
            # "the raids followed the arrival of …", "the strike came a day after …": the event told
            # before, set against another; what follows is that other's (its actors and places)
            return prior
        if timed or m.first >= 2 and words[m.first - 2] in _PREPOSITIONS:
            # "under the deal", "in the attack", "the day's shelling": named, not reported again
            return prior
        if words[m.first - 1] in ("the", "these", "those") and m.first == m.last and words[m.first].endswith("ed") \
                and m.last + 1 < self.n and (words[m.last + 1] in self.lex.singular_persons
                                             or words[m.last + 1] in self.lex.person_plurals):
            # "the detained man had moved money for cells in al-Hol": the person the act told before
            # took, described; the places said of him are not the act's
            return prior
        if words[m.first - 1] == "those" and m.first == m.last and words[m.first].endswith("ed"):
            # "among those arrested were civilians …, including a teacher from al-Shaddadi": the people the
            # act told before took, described; where they come from is not a new place of the act
            return prior
        found = [mm for f, _, mm in self.mentions if clause.first <= f <= clause.last and mm.place_id
                 and not self._road_end(f)]
        places = {mm.place_id for mm in found}
        if m.payload.kind == "agreement":
            return prior  # "the deal only covers deployment from Manbij to Derik": its terms, not a new deal
        spots = [mm for mm in found if SPECIFICITY.get(mm.kind, 9) <= SPECIFICITY["village"]]
        inside = prior.place is not None and prior.place.kind in ("city", "town") and bool(spots) and all(
            prior.place.place_id in self.ex.gazetteer.ancestor_ids(mm.place_id or "") for mm in spots)
        own = self._own_date(clause)
        other_act = any(k != m.first and kind.kind in _OWN_PLACE_KINDS
                        for k, kind in self._clause_triggers.get(clause.first, []))
        if spots and prior.place is not None and (prior.place.kind == "area" or inside) and (
                own is None or prior.date is not None and own.date_from <= prior.date.date_to
                and prior.date.date_from <= own.date_to):
            if other_act:
                return prior  # "residents of Tayy left their homes as the clashes went on": the flight's place
            # ("the fighting broke out on Saturday morning at a checkpoint in al-Siyahi": the same day)
            # "the shells fell on al-Gozaliya and Tel al-Laban", "the blast happened outside the
            # Asayish headquarters in the Qidurbek neighbourhood": where the event told around or
            # in a town happened, not a new event
            prior.place, prior.place_quality = spots[0], 2
            return prior
        if places and prior.place is not None and prior.place.place_id and places <= set(
                self.ex.gazetteer.ancestor_ids(prior.place.place_id)):
            places = set()  # "the deployment in Qamishli" after one at Qamishli airport: the town around it
        if places and (prior.place is None or places != {prior.place.place_id}):
            return None
        # (a supporter named, "with support from the US-led coalition", is no other party; nor is
        # the group that claims the act: "ISIS later claimed the bombing", see _claimed)
        claim = self._claim_of(m, clause)
        told = [(f, l, a) for f, l, a in self.actors if clause.first <= f <= clause.last
                and not self._supporter(f, clause.first) and not (claim and f < m.first)]
        blamed = [a for f, l, a in told if f > m.last and self._blamed_in_tail(f)]
        # (neither the side a tail blames, nor the people the act hit, "the raids killed three SDF
        # fighters", is another party; a side that speaks, "…, the Asayish said", is never the hit one)
        hit = [a for f, l, a in told if f > m.last and self._victim((f, l, a))
               and not self._after_trigger_speaker(f, l, words)]
        actors = {a for f, l, a in told if not (f > m.last and (self._blamed_in_tail(f) or a in hit))}
        if actors - {prior.actor1, prior.actor2, "civilians"}:
            return None
        if hit and not prior.actor2 and hit[0] != prior.actor1:
            prior.actor2 = hit[0]
        if blamed and not prior.actor1 and blamed[0] != prior.actor2:
            prior.actor1 = blamed[0]  # "The blast killed two fighters, the SDF said, blaming ISIS sleeper cells"
        return prior

    def _blamed_in_tail(self, f: int) -> bool:
        """Whether the actor at ``f`` is named after a word of blame (``[words] blame_words``, at
        most two words before it: ``…, blaming ISIS sleeper cells``, ``accusing Turkish-backed
        factions``): the side a report blames, told in a tail after the act (:meth:`_refers_back`:
        no other party of a new event, but the author of the act told before)."""
        return any(self.words[k] in self.lex.words["blame_words"] for k in range(max(0, f - 2), f))

    def _attack_author(self, after: list[tuple[int, int, str]], d: _Draft) -> list[tuple[int, int, str]]:
        """``An SDF fighter was killed in an ISIS attack on a checkpoint``, ``wounded in a Turkish
        drone strike``: with no perpetrator before the trigger, an actor named as the owner of an
        attack noun after it (``in``/``during``/``by`` + article + actor + attack noun) is the author."""
        words = self.words
        out = []
        for x in after:
            f, l, a = x
            if l + 1 > d.clause.last or words[l + 1] not in _ATTACK_NOUNS or a == "civilians":
                continue
            k = f - 1
            if words[k] in ("a", "an", "the"):
                k -= 1
            if k > d.trig_last and words[k] in ("in", "during", "by"):
                out.append(x)
        return out[:1]

    def _by_agent(self, k: int, last: int) -> bool:
        """Whether the words from token ``k`` open an agent phrase (``by suspected ISIS gunmen``,
        ``at the hands of unknown gunmen``): who did it, not who it was done to."""
        words = self.words
        if k > last or k >= len(words):
            return False  # ("… the names of those killed": nothing follows the verb)
        return words[k] == "by" or words[k:min(last + 1, k + 3)] == ["at", "the", "hands"]

    def _after_by(self, f: int) -> bool:
        """Whether the actor at token ``f`` follows ``by`` (or ``at the hands of``), with at most an
        article and a hedge between: ``by ISIS``, ``by the SDF``, ``by suspected ISIS gunmen``, ``by
        an alleged ISIS cell`` (:data:`_AGENT_HEDGES`)."""
        words = self.words
        k = f - 1
        if k >= 0 and words[k] in _AGENT_HEDGES:
            k -= 1
        if k >= 0 and words[k] in ("a", "an", "the"):
            k -= 1
        if k >= 0 and words[k] in _AGENT_HEDGES:
            k -= 1
        return k >= 0 and (words[k] in _AGENT or words[k] == "of" and k >= 1 and words[k - 1] == "hands")

    def _agent_of_agent(self, f: int, lo: int) -> bool:
        """``killed by a sniper from the Turkish army``, ``targeted by drones of the Turkish army``,
        ``by gunfire from Turkish border guards``: the actor owns the agent a ``by`` names (``by``,
        an optional article, one noun, ``of``/``from``, an optional article), so it is the agent."""
        words = self.words
        k = f - 1
        if k >= lo and words[k] in ("the", "a", "an"):
            k -= 1
        if k < lo + 2 or words[k] not in ("of", "from"):
            return False
        k -= 2  # the noun
        if words[k] in ("a", "an", "the"):
            k -= 1
        return k >= lo and words[k] == "by"

    def _claim_of(self, m: Match, clause: Clause) -> bool:
        """``ISIS later claimed the bombing``, ``claimed responsibility for the attack``: the trigger is
        the object of a claim (``claimed``/``claims``/``claiming`` a few words before it, not ``claimed
        that``), the act told before and its claimer (``_claimed``) its author."""
        return any(self._claim_verb(j) is not None for j in range(max(clause.first, m.first - 4), m.first))

    def _claim_verb(self, k: int) -> int | None:
        """The token of the verb whose claim of an act ends at token ``k``, or None. A claim:
        ``claimed``/``claims`` (not ``claimed that``/``to``), ``took``/``claimed``/``accepted``
        ``responsibility`` (``k`` on ``responsibility``), or ``said it was behind`` / ``said it
        was responsible`` (``k`` on ``behind``/``responsible``; the verb is ``was``, so the word
        before it is the claimer's pronoun)."""
        words = self.words
        w = words[k]
        if w in _CLAIMS:
            return k if k + 1 < len(words) and words[k + 1] not in ("that", "to") else None
        if w == "responsibility" and k >= 1 and words[k - 1] in _RESPONSIBILITY_VERBS:
            return k - 1
        if w in ("behind", "responsible") and k >= 3 and words[k - 1] in ("was", "were", "is", "are") \
                and words[k - 2] in ("it", "they") and words[k - 3] in _OWNING_UP:
            return k - 1
        return None

    def _dated_owner(self, m: Match) -> _Draft | None:
        """``seven fighters were killed in Thursday night's fighting``, ``the toll of Monday's
        strike rose to four``: a trigger owned by a day (a date and ``'s`` right before it)
        names the event of that day told before: the latest one of its kind whose days
        overlap that date, or, for a violent word, the latest violent one (``Thursday's
        fighting`` after the car bomb and assault of Thursday). None when no event of that
        day is told before (``Monday's strike on Amuda killed two``: a recap of its own)."""
        if m.first < 2 or self.words[m.first - 1] != "s" or not self._possessive_date(m.first - 2):
            return None
        ds = next((ds for f, l, ds in self.dates if l in (m.first - 2, m.first - 1) and not ds.background), None)
        if ds is None or ds.time_precision != 1:
            return None  # ("last week's clashes in Qamishli": a week, not one day's event)
        clause = next((c for s in self.sentences for c in s.clauses if c.first <= m.first <= c.last), None)
        named = {mm.place_id for f, _, mm in self.mentions if clause is not None and clause.first <= f <= clause.last}
        told = [d for d in self.drafts if not d.headline and d.date is not None
                and d.date.date_from <= ds.date_to and ds.date_from <= d.date.date_to
                and (not named or d.place is not None and named <= {d.place.place_id, *self.ex.gazetteer.ancestor_ids(
                    d.place.place_id or "")})]  # (another place named: another event of that day)
        same = [d for d in told if d.kind.kind == m.payload.kind]
        if not same and m.payload.kind in VIOLENT:
            same = [d for d in told if d.kind.kind in VIOLENT]
        return same[-1] if same else None

    def _follow_up_blast(self, m: Match, clause: Clause) -> _Draft | None:
        """``a second, smaller explosion followed minutes later in the same area``, ``another
        blast went off moments later at the same spot``: a second blast of the bombing told
        before (``second``/``another`` before the blast word, and ``minutes later``, ``the same
        area`` or ``followed`` in its clause) is part of that attack, not a new event."""
        words = self.words
        if m.payload.kind not in _BLASTS or not {"second", "another", "third"} & set(words[max(clause.first,
                                                                                             m.first - 3):m.first]):
            return None
        text = " " + " ".join(words[clause.first:clause.last + 1]) + " "
        if not any(p in text for p in (" minutes later ", " moments later ", " seconds later ", " shortly after ",
                                       " same area ", " same place ", " same spot ", " same site ", " followed ")):
            return None
        return next((d for d in reversed(self.drafts) if d.kind.kind in _BLASTS), None)

    def _one_act(self, foreground: list[Match], clause: Clause) -> list[Match]:
        """Words of one act that name two kinds: a meeting that produced a truce is the
        agreement (``a meeting … produced a 24-hour truce``); a patrol that arrested someone
        is the arrest (``a joint patrol detained …``); warplanes' ``raids`` are air strikes,
        not arrests."""
        kinds = {m.payload.kind for m in foreground}
        drop: set[str] = set()
        if "agreement" in kinds:
            drop.add("meeting")
        if kinds & ({"arrest", "abduction"} | VIOLENT):
            drop |= {m.payload.kind for m in foreground if m.payload.kind == "deployment"
                     and self.words[m.last] in ("patrol", "patrols")}
        if "air" in kinds:
            drop |= {m.payload.kind for m in foreground if m.payload.kind == "arrest"
                     and self.words[m.last] in ("raid", "raids", "raided")}
        out = [m for m in foreground if m.payload.kind not in drop]
        if "abduction" in kinds:
            # "raided Arisha town …, kidnapping several civilians": the raid of the kidnapping, one act
            out = [m for m in out if not (m.payload.kind == "arrest" and self.words[m.last] in ("raid", "raids", "raided"))]
        if kinds & {"arrest", "abduction"} and not self._casualties(clause.first, clause.last):
            # "patrols stormed dozens of houses and arrested young men": the raid of the arrest, no fight
            out = [m for m in out if not (m.payload.kind == "clash" and self.words[m.first] in (
                "stormed", "storming", "storm", "raided", "besieged"))]
        return out

    def _day_total(self, m: Match) -> bool:
        """``wounded in the day's shelling``: a total over a day's events, no one event's toll."""
        return m.first >= 2 and self.words[m.first - 1] == "s" and self.words[m.first - 2] in _TIME_OWNERS

    def _draft(self, m: Match, si: int, sent: Sentence, clause: Clause) -> _Draft:
        d = _Draft(m.payload, m.first, m.last, si, clause, spans=[(sent.first, sent.last)],
                   headline=sent.headline)
        words = self.words
        after = set(words[m.last + 1:min(clause.last + 1, m.last + 5)])
        if m.payload.kind == "arrest" and words[m.last] == "recaptured" and after & _GROUND:
            d.kind, d.how = self.lex.kinds["takeover"], "retaken"  # "the army recaptured the villages"
        if m.payload.kind in ("clash", "civ_attack") and _DEMONSTRATORS & set(words[clause.first:clause.last + 1]) \
                and not _CIVILIAN_WORDS & after - {"people"}:
            # "attacked the demonstrators, fired into the air and broke up the rallies"
            protest = self.lex.kinds["protest"]
            d.kind, d.how = Kind("protest", protest.event_type, "Protest with intervention", protest.tags), "intervention"
        if m.payload.kind == "arrest" and words[m.last] in ("raid", "raids", "raided") and any(
                what == "killed" and c.value > 0 for what, _, c in self._casualties(clause.first, clause.last)):
            # "killed two ISIS members in a raid near Hasakah": a raid that kills is a fight, not an arrest
            d.kind, d.how = self.lex.kinds["clash"], "raid"
        if m.payload.kind == "protest" and d.how == "word" and self._dispersed(sent):
            protest = self.lex.kinds["protest"]
            d.kind, d.how = Kind("protest", protest.event_type, "Protest with intervention", protest.tags), "intervention"
        if words[m.last] in self.lex.words["neutralised_verbs"]:
            d.how = "neutralised"
        target = words[m.last + 2:min(clause.last + 1, m.last + 5)]
        if m.payload.kind == "clash" and words[m.last] == "fire" and m.last + 1 <= clause.last \
                and words[m.last + 1] in ("on", "at") and _SHOT_AT & set(target) \
                and not _ARMED_OWNERS & set(target) and not any(w == "military" for w in target):
            d.kind, d.how = self.lex.kinds["civ_attack"], "shot_at"
        return d

    def _said_again(self, m: Match, clause: Clause) -> _Draft | None:
        """``The Islamic State group's Amaq agency later said its fighters had blown up a car bomb
        in front of an intelligence office``: an act told in the past perfect inside what someone
        said, with no day of its own, after an act of its kind told in the article, is that act
        claimed or described again (its author, when it had none, is the speaker's side)."""
        words = self.words
        back = words[max(clause.first, m.first - 6):m.first]
        if m.payload is None or m.payload.kind not in VIOLENT or "had" not in back or self._own_date(clause) is not None:
            return None
        if not any(w in _SPEECH for w in words[clause.first:m.first]):
            return None
        prior = self._prior_for(m.payload.kind, clause)
        if prior is None or prior.headline:
            return None
        gaz = self.ex.gazetteer
        own = {mm.place_id for f, _, mm in self.mentions if clause.first <= f <= clause.last and mm.place_id
               and SPECIFICITY.get(mm.kind, 9) < SPECIFICITY["region"] and f not in self.dateline}
        if own and prior.place is not None and prior.place.place_id not in own and not any(
                prior.place.place_id in gaz.ancestor_ids(p) or p in gaz.ancestor_ids(prior.place.place_id or "")
                for p in own):
            return None  # (a place of its own, elsewhere: another act)
        author = next((a for f, l, a in self.actors if clause.first <= f and l < m.first and self._armed(a)), None)
        if author and not prior.actor1 and prior.actor2 != author:
            prior.actor1 = author
        return prior

    def _captured_person(self, m: Match, clause: Clause, triggers: list[Match]) -> Match:
        """``Regime security forces captured a young man at a checkpoint``: a person captured
        outside any fighting (no other violent word, no toll in the clause) is arrested."""
        if m.payload is None or m.payload.kind != "takeover" or self.words[m.last] not in ("captured", "capturing") \
                or not self._persons_taken(m, clause) or self._casualties(clause.first, clause.last) or any(
                    x is not m and clause.first <= x.first <= clause.last and x.payload.kind in VIOLENT for x in triggers) \
                or _ARMED_PEOPLE & set(self.words[max(clause.first, m.first - 8):min(clause.last + 1, m.last + 6)]) \
                or self._described(m):
            return m  # (not "18 soldiers who had been captured near Ras al-Ain": captives of a battle)
        return Match(m.first, m.last, self.lex.kinds["arrest"], m.prefix)

    def _dispersed(self, sent: Sentence) -> bool:
        """``… and the military police fired into the air to disperse them``, ``police used tear
        gas``: force used to break up the protest its sentence tells."""
        text = " " + " ".join(self.words[sent.first:sent.last + 1]) + " "
        return any(p in text for p in (" disperse ", " dispersed ", " dispersing ", " tear gas ", " into the air ",
                                       " in the air ", " broke up ", " break up "))

    def _more_places(self, created: list[_Draft]) -> list[_Draft]:
        """``demonstrated in Qamishli and Amude``: a protest in each place named (ACLED codes
        one event per location; a barrage with one toll stays one event), and so are arrests and
        flights from towns named together. Strikes on towns
        named together with no toll (``stations in the towns of Amuda and Qahtaniyah were
        also struck``) are one strike on each town; villages shelled together stay one event."""
        out = []
        for d in created:
            if d.place is None or d.place_quality != 2:
                continue
            apart = self._targets_apart(d)
            if apart is not None:
                out.append(apart)
                continue
            other = self._as_well_as(d)
            if other is not None:
                if self._name_beside(d, other):
                    # "struck the Saeeda oil station in the Qamishli countryside as well as the power station
                    # inside the city of Qamishli": the unknown name goes with the place of its own part
                    d.place, other = other, d.place
                out.append(_Draft(d.kind, d.trig_first, d.trig_last, d.sentence, d.clause, d.how, d.date,
                                  d.date_quality, other, 2, d.actor1, d.actor2, d.mediator, spans=list(d.spans),
                                  headline=d.headline))
                continue
            if d.kind.kind not in ("protest", "arrest", "abduction", "displacement") and not (
                    d.kind.kind in ("air", "shelling") and d.place.kind in ("town", "city")
                    and not self._casualties(d.clause.first, d.clause.last)):
                continue
            if d.kind.kind in ("arrest", "abduction", "displacement") and d.place.kind not in ("town", "city"):
                continue  # raids in two towns ("stormed houses in Tal Hamis town and in al-Yarubiya"), flight
                # from two ("In Amuda and Darbasiyah, the border neighbourhoods had emptied"): one in each
            group = self._coordinated(d.place)
            if d.kind.kind != "protest" and any(m.kind not in ("town", "city") for m in group):
                continue
            if self._road_between(group):
                continue  # "on the road between Qamishli and Amuda": one strike on the road, not one in each town
            for m in group:
                if m.place_id != d.place.place_id:
                    out.append(_Draft(d.kind, d.trig_first, d.trig_last, d.sentence, d.clause, d.how, d.date,
                                      d.date_quality, m, 2, d.actor1, d.actor2, d.mediator, spans=list(d.spans),
                                      headline=d.headline))
        return out

    def _targets_apart(self, d: _Draft) -> _Draft | None:
        """``drones hit a grain silo near Amuda and a power station on the outskirts of
        Darbasiyah``, ``struck the water station in Amuda, and another station in Darbasiyah``,
        ``… in addition to a fuel depot in Darbasiyah``: a remote strike whose clause lists, after
        its trigger, a second target opened by a joiner (``[targets] joiners``: ``and a``, ``and
        another``, ``in addition to``, ``as well as``; ``and the`` only before a site noun) with a
        place of its own is one strike at each place (ACLED: one event per location). The draft
        keeps the part before the joiner; the part after it is a new draft, located in that part
        alone, returned, with a toll told in its own ``where`` clause (``…, where a guard was
        killed``). None when a toll is told of both (``…, killing a guard``: one barrage), either
        part names no place of its own, the two places are one, the second part is no target
        (:meth:`_a_target`: ``and a witness in X said …``, ``in addition to the attack on X reported on
        Friday``), or the second part has a trigger or a verb of its own that
        another stage reads (``and a second drone hit …`` is split by its own trigger)."""
        if d.kind.kind not in ("air", "shelling") or d.place is None:
            return None
        words = self.words
        lists = self.lex.words
        clause = d.clause
        k = None
        for i in range(d.trig_last + 1, clause.last - 1):
            if words[i] == "and" and (words[i + 1] in lists["target_openers"] or words[i + 1] == "the" and any(
                    w in lists["target_nouns"] for w in words[i + 2:min(clause.last + 1, i + 6)])):
                k, width = i, 1
            elif words[i:i + 3] in (["in", "addition", "to"], ["as", "well", "as"]):
                k, width = i, 3
            if k is not None:
                break
        if k is None or k + width > clause.last:
            return None
        after = Clause(k + width, clause.last)
        if not self._a_target(after):
            return None  # "and a witness in Qamishli said …", "in addition to the attack on X reported on Friday"
        if any(not any(words[j] == "where" for j in range(after.first, i))
               for _, i, _ in self._casualties(clause.first, clause.last)):
            return None  # "…, killing a guard": one barrage and its toll; "…, where a guard was killed": the second's
        stop = next((j for j in range(after.first, after.last + 1) if words[j] in lists["target_stops"]), None)
        if stop is not None and not any(after.first <= f < stop for f, _, _ in self.mentions) \
                and not any(after.first <= f < stop for f, _, _ in self.unresolved):
            return None  # "… and a man was killed": a clause of its own, no target
        if any(t.first in range(after.first, after.last + 1) and t.payload.kind in VIOLENT
               for t in self._triggers(self.sentences[d.sentence])):
            return None
        if not any(d.trig_last < f < k for f, _, _ in self.mentions) \
                and not any(d.trig_last < f < k for f, _, _ in self.unresolved):
            return None  # "hit a car near Amuda": the first part's place stands before the trigger
        sent = self.sentences[d.sentence]
        first = _Draft(d.kind, d.trig_first, d.trig_last, d.sentence, Clause(clause.first, k - 1), d.how, d.date,
                       d.date_quality, actor1=d.actor1, actor2=d.actor2, mediator=d.mediator, spans=list(d.spans),
                       headline=d.headline)
        second = _Draft(d.kind, d.trig_first, d.trig_last, d.sentence, after, d.how, d.date, d.date_quality,
                        actor1=d.actor1, actor2=d.actor2, mediator=d.mediator, spans=list(d.spans),
                        headline=d.headline)
        for x in (first, second):
            self._locate(x, sent)
        if first.place is None or second.place is None or first.place_quality != 2 or second.place_quality != 2:
            return None
        if first.place.place_id == second.place.place_id and first.unresolved == second.unresolved:
            return None
        d.clause, d.place, d.unresolved, d.near, d.notes = first.clause, first.place, first.unresolved, first.near, \
            first.notes
        return second

    def _a_target(self, part: Clause) -> bool:
        """The part of a strike's clause after a joiner names one more target (:meth:`_targets_apart`):
        its head, the words before its first preposition (a name may stand in it: ``the Rumeilan oil
        station``), holds a site, vehicle or position noun (``[words] target_nouns``: ``a power station on the outskirts of X``, ``another car near
        Y``), and the part tells no day of its own (``the attack on X reported on Friday``: another act
        told, no second target). Not ``a team from the Red Crescent in X rushed to the scene`` nor
        ``a witness in X said …`` (a person, the subject of a verb of its own)."""
        words = self.words
        end = next((j for j in range(part.first, part.last + 1)
                    if words[j] in ("in", "near", "on", "at", "outside", "of", "from", "close", "by",
                                                  "east", "west", "north", "south")), part.last + 1)
        if not self.lex.words["target_nouns"] & set(words[part.first:end]):
            return False
        return not any(part.first <= f <= part.last and not ds.background for f, _, ds in self.dates)

    def _as_well_as(self, d: _Draft) -> Mention | None:
        """``drones struck the Saeeda oil station in the Qamishli countryside as well as the power
        station inside the city of Qamishli``: a strike with no toll on targets at two places
        joined by ``as well as`` is one strike at each (ACLED: one event per location). The
        place of the part the draft is not at, or None."""
        if d.kind.kind not in ("air", "shelling") or d.place is None or self._casualties(d.clause.first, d.clause.last):
            return None
        words = self.words
        k = next((i for i in range(d.clause.first + 1, d.clause.last - 2)
                  if words[i:i + 3] == ["as", "well", "as"]), None)
        if k is None:
            return None

        def best(lo: int, hi: int) -> Mention | None:
            cands = [(f, m) for f, _, m in self.mentions if lo <= f <= hi and f not in self.locators
                     and self._usable_place(d, f, m) and SPECIFICITY.get(m.kind, 9) < SPECIFICITY["subdistrict"]]
            return min(cands, key=lambda fm: (SPECIFICITY.get(fm[1].kind, 9), fm[0]))[1] if cands else None

        before, after = best(d.clause.first, k - 1), best(k + 3, d.clause.last)
        if before is None or after is None or before.place_id == after.place_id:
            return None
        if d.place.place_id in (after.place_id, self.around.get(after.start, after).place_id):
            return self.around.get(before.start, before)
        if d.place.place_id in (before.place_id, self.around.get(before.start, before).place_id):
            return self.around.get(after.start, after)
        return None

    def _name_beside(self, d: _Draft, other: Mention) -> bool:
        """Whether the unknown name ``d`` carries stands in the part of its ``as well as``
        clause that names ``other``, not in the part that names ``d.place``."""
        if not d.unresolved or d.place is None:
            return False
        words = self.words
        k = next((i for i in range(d.clause.first + 1, d.clause.last - 2) if words[i:i + 3] == ["as", "well", "as"]),
                 None)
        named = [f for f, _, u in self.unresolved if d.clause.first <= f <= d.clause.last and u.name == d.unresolved]
        if k is None or not named:
            return False
        side = named[0] < k
        return (self._tok(other.start) < k) == side and (self._tok(d.place.start) < k) != side

    def _road_between(self, group: list[Mention]) -> bool:
        """The towns named together are the ends of a road: ``the road between Qamishli and
        Amuda``, ``the road linking (connecting, joining) Amuda and Darbasiyah``, ``the Qamishli–Amuda
        highway``."""
        if len(group) < 2:
            return False
        f = self._tok(group[0].start)
        words = self.words
        last = self._tok(max(group[-1].start, group[-1].end - 1))
        # the road word right before its link word, with no comma between ("the road, joining earlier
        # strikes on …" and "marched along the road joining crowds in …" name no road's ends)
        linked = any(words[j] in _ROAD_LINKS and words[j - 1] in _ROADS and "," not in self._gap(j - 1)
                     and all(w in ("the", "town", "towns", "city", "cities", "of", "villages", "village") for w in words[j + 1:f])
                     for j in range(max(1, f - 4), f))
        return linked or bool(_ROADS & set(words[last + 1:last + 2]))

    def _coordinated(self, place: Mention) -> list[Mention]:
        """The settlements named together with ``place`` (``in Qamishli, Amuda and Darbasiyah``)."""
        ms = [(f, l, m) for f, l, m in self.mentions if m.kind in _SETTLEMENTS]
        k = next((i for i, x in enumerate(ms) if x[2] is place), None)
        if k is None:
            return [place]
        lo = hi = k
        while lo > 0 and self._joined(ms[lo - 1][1], ms[lo][0]):
            lo -= 1
        while hi + 1 < len(ms) and self._joined(ms[hi][1], ms[hi + 1][0]):
            hi += 1
        return [x[2] for x in ms[lo:hi + 1]]

    def _joined(self, last: int, first: int) -> bool:
        """Token ``last`` ends a name and ``first`` starts the next, joined by ``and`` or a comma
        (``in Tal Hamis town and in al-Yarubiya``: a head noun and a repeated ``in`` between)."""
        between = self.words[last + 1:first]
        if between[:1] in (["town"], ["city"]) and "," not in self._gap(last):
            between = between[1:]
        if between[-1:] == ["in"] and between[:1] == ["and"]:
            between = between[:-1]
        gap = self._gap(last)
        return between in ([], ["and"]) and (between == ["and"] or "," in gap or "(" in gap or ")" in gap)

    def _keep(self, d: _Draft) -> bool:
        rumour = self._proved_rumour(d)
        if rumour is not None:
            # nor is its toll another event's: the counts told from its clause to the verdict are
            # set aside, not the whole sentence's ("… proved baseless, but a drone did kill two fighters")
            self._earlier_acts.append((d.clause.first, rumour))
            return False  # "another strike was reported near Amuda, but it turned out to be a rumour"
        words = self.words[d.clause.first:d.clause.last + 1]
        if d.kind.kind == "displacement" and (not _FLEEING & set(words) or _PERPETRATORS & set(words)):
            return False
        """Drop what is too thin to be an event: a meeting with no named party, and a
        killing with no trigger that adds nothing to the article's latest violent event
        (same place and day: its toll goes there)."""
        if self._outside(d.clause):
            # "a drone struck a car near Kobani": no place of the area in the clause, and one far
            # outside it; placing it at the article's town would move it to another named place
            self.recap_dropped = True  # nor is its toll another event's
            return False
        if self._across_the_border(d):
            return False  # "Turkish police detained 12 people in Nusaybin": an arrest in Turkey
        if self._mishap(d):
            return False  # "a gas cylinder explosion killed two people": an accident
        if self._figurative(d):
            return False  # "the camp remains a ticking time bomb", "a bomb disposal course": no bomb went off
        if d.kind.kind == "meeting":
            return bool({d.actor1, d.actor2} - {"", "civilians"})
        if d.place_quality == 0 and d.date is not None and d.date_quality == 2 \
                and _MONTH_WORDS & set(d.date.text.lower().replace(".", " ").split()) \
                and d.date.date_to < self.article.published - dt.timedelta(days=3):
            self.recap_dropped = True
            return False  # "On November 6, a Turkish drone killed …" in a later report: a recap with no place
        if d.place_quality < 2 and d.date is not None and d.date.time_precision > 1 and d.date_quality > 0 and not (
                d.place_quality == 1 and d.kind.kind in VIOLENT and self._casualties(d.clause.first, d.clause.last)):
            # "mutual arrests ... last week": neither a day nor a place (but "the worst of them in
            # July 2016, when a truck bomb … killed at least 48 people" in the city: a recap with its toll)
            if d.kind.kind in VIOLENT:
                self.recap_dropped = True
            return False
        if d.how == "after" and d.place_quality < 2:
            # "a power outage hit Qamishli after a Turkish drone struck the Swediyah power station": the act
            # told after "after" names no place of its own; the other act's is not its
            return False
        if d.how == "killing":
            prior = self._latest_violent()
            own_day = d.date_quality == 2 and d.place_quality >= 1 and d.date is not None and prior is not None \
                and prior.date is not None and (d.date.date_to < prior.date.date_from
                                                or prior.date.date_to < d.date.date_from)
            # ("SOHR documented on Monday the killing of a woman by unknown gunmen in the same city", after
            # Tuesday's killing there: another day's killing, its own event)
            if prior is not None and not own_day and (
                    d.place_quality < 2 or d.date_quality == 0
                    or (prior.place and d.place and prior.place.place_id == d.place.place_id)):
                return False  # nothing of its own (place or date): the toll of the event before
        return True

    def _across_the_border(self, d: _Draft) -> bool:
        """An act done on the ground where it is placed, placed by its own clause or sentence at a
        place across the border in Turkey (``[words] across_border_places``: Nusaybin and its
        countryside, gazetteer places because shells fired from the area land there): ``Turkish police
        detained 12 people in Nusaybin``, ``Kurds protested in Nusaybin against the strikes`` are
        events in Turkey, not in the area. Only the kinds that happen where the actor stands
        (``across_border_kinds``: arrests, protests, riots, meetings); shelling into Nusaybin from
        the area, a strike or a clash at its crossing are the area's."""
        w = self.lex.words
        return d.place is not None and d.place_quality >= 1 and d.kind.kind in w["across_border_kinds"] \
            and d.place.place_id in w["across_border_places"]

    def _figurative(self, d: _Draft) -> bool:
        """Whether ``d``'s trigger is a device word used for something else: a figure of speech
        (``a ticking time bomb``: ``[words] figure_before`` right before it, no explosion word
        after it: ``a time bomb exploded`` is one) or a trade or a
        warning (``a bomb disposal course``, ``a bomb threat``: ``[words] not_a_device_after``
        right after it)."""
        w = self.lex.words
        if d.kind.kind not in ("ied", "grenade", "suicide"):
            return False
        before = self.words[d.trig_first - 1] if d.trig_first > 0 else ""
        after = self.words[d.trig_last + 1] if d.trig_last + 1 < self.n else ""
        if before in w["figure_before"] and self.words[d.trig_first] in w["figure_devices"]:
            # (a real one goes off: "a time bomb exploded near a bakery")
            return not w["explosion_words"] & set(self.words[d.trig_first + 1:min(self.n, d.trig_last + 4)])
        return after in w["not_a_device_after"]

    @cached_property
    def _no_arson(self) -> frozenset[str]:
        """Words that make a fire no arson in its clause: a peaceful cause, a weapon, a crowd."""
        w = self.lex.words
        return w["peaceful_causes"] | w["fire_weapons"] | w["crowd_words"]

    def _mishap(self, d: _Draft) -> bool:
        """Whether ``d`` is an accident, no act of violence:

        - an explosion told only by an explosion word (``[words] explosion_words``: ``explosion``,
          ``blast``, ``exploded``) with an accident's cause right by it (``[words] blast_mishaps``,
          at most three words before the word or two after: ``a gas cylinder explosion``, ``a
          generator exploded``, ``a fuel tanker blast``); a device in the trigger (``a bomb
          exploded``) is never one;
        - a civilian's killing told with a death no one inflicted right after it (``[words]
          mishap_deaths``, at most five words on: ``killed in a traffic accident``, ``by
          electrocution``), unless its clause names who did it (``gunmen``, ``shot``: ``[words]
          hostile_marks``);
        - a fire no one set (``the fire burned down three shops``, ``a short circuit``,
          ``wildfires``) or one a weapon started (``shells set fire to a house``: the shelling is
          the act), or protesters' fires (a riot, not an arson).
        """
        w = self.lex.words
        words = self.words
        trig = words[d.trig_first:d.trig_last + 1]
        clause = set(words[d.clause.first:d.clause.last + 1])
        if d.kind.kind == "arson":
            before = words[d.trig_first - 1] if d.trig_first > 0 else ""
            return before in w["blazes"] or before in w["not_an_arson_before"] or bool(self._no_arson & clause)
        near_after = set(words[d.trig_last + 1:min(d.clause.last + 1, d.trig_last + 6)])
        if d.kind.event_type == "Violence against civilians" and d.kind.sub_event_type == "Attack":
            return bool(w["mishap_deaths"] & near_after) and not (w["hostile_marks"] & clause)
        if d.kind.kind != "ied" or not trig or not all(x in w["explosion_words"] for x in trig):
            return False
        near = set(words[max(d.clause.first, d.trig_first - 3):d.trig_first]) \
            | set(words[d.trig_last + 1:min(d.clause.last + 1, d.trig_last + 3)])
        return bool(w["blast_mishaps"] & near)

    def _outside(self, clause: Clause) -> bool:
        """Whether ``clause`` puts what it tells at a place far outside the area (the lexicon's
        ``[outside] places``, after a locative word and at most two modifiers: ``in northern
        Iraq``, ``near the town of Kobani``; not ``talks with Damascus``) and names no place of
        the gazetteer (``the town`` referring back does not count). A country or region
        (``the town of Kobani in northern Syria``) places nothing inside the area."""
        words = self.words
        far = [m.first + clause.first for m in self.lex.outside.find(self.tokens[clause.first:clause.last + 1])]

        def placed_outside(last: int) -> bool:
            # "the village of Abu Khashab in the Deir ez-Zor countryside": a name the gazetteer also has
            # in Hasakah, here said to lie in a province far outside the area
            return any(last < k <= last + 4 and all(w in _OUTSIDE_LINK for w in words[last + 1:k]) for k in far)

        if any(clause.first <= f <= clause.last and f not in self.dateline and m.kind not in _WIDE_KINDS
               and not placed_outside(l) for f, l, m in self.mentions):
            return False  # a place of the gazetteer named in the clause places it (north-east Syria outside Hasakah too)
        for m in self.lex.outside.find(self.tokens[clause.first:clause.last + 1]):
            k = m.first + clause.first
            if k in self.dateline:
                continue
            if any(k - q >= clause.first and words[k - q] in self.lex.locative for q in (1, 2, 3)):
                return True
        return False

    def _killings_without_trigger(self, si: int, sent: Sentence, created: list[_Draft],
                                  triggers: list[Match]) -> list[_Draft]:
        """``gunmen killed a man``, ``the killing of a tribal elder by gunmen``: a killing with a
        perpetrator or a victim and no trigger is an attack."""
        if created or any(not self._not_event(m, sent.clauses[0]) for m in triggers):
            return []
        words = self.words
        if not triggers and any(words[i] in _STRIKE_VERBS and self._strike_named_elsewhere(c, i) is not None
                                for c in sent.clauses for i in range(c.first, c.last + 1)):
            return []  # "the deadliest strike hit a post near X, killing six": a strike of its own (below)
        for m in self.lex.casualties.find(self.tokens[sent.first:sent.last + 1]):
            i = m.first + sent.first
            noun = words[i] in ("killing", "killings") and words[i - 1] == "the" and i + 1 <= sent.last \
                and words[i + 1] == "of"  # "documented the killing of a tribal elder by gunmen in …"
            participle = words[i] == "killing" and "," in self._gap(i - 1) and i + 1 <= sent.last \
                and words[i + 1] in ("him", "her", "them", "a", "an", "one", "two", "three", "the")
            # ("gunmen targeted a member of the Asayish with gunfire, killing him instantly")
            clause = next(c for c in sent.clauses if c.first <= i <= c.last)
            # "an IS attack left one SDF fighter dead", "… died in an attack by IS cells": an attack told by
            # its noun, with its death (:meth:`_attack_killed`)
            attack = m.payload == "killed" and self._attack_killed(i, m.last + sent.first, clause)
            if m.payload != "killed" or words[i] not in ("killed", "shot", "murdered", "executed", "succumbed") \
                    and not noun and not participle and not attack:
                continue
            if self._not_event(Match(i, i, None, ""), clause) or self._running_total(sent.first, sent.last) \
                    or self._denied_report(Match(i, i, None, ""), clause):
                continue  # (not "Ankara denied that its drone strike … killed a farmer")
            if self._region_only(clause) or self._unconfirmed(sent):
                # "the ministry said its forces had killed 15 militants in northern Syria": no place of the
                # area; "could not confirm reports that two civilians were killed": not sure it happened
                continue
            has_actor = any(clause.first <= a <= clause.last for a, _, _ in self.actors)
            persons = self.lex.person_plurals | self.lex.singular_persons
            victims = any(w in _CIVILIAN_WORDS or w in persons for w in words[clause.first:clause.last + 1])
            if not (has_actor or victims):
                continue
            kind = self.lex.kinds["civ_attack"]
            following = words[i + 1:min(clause.last + 1, i + 5)]
            if attack and words[i] not in ("killed", "shot", "murdered", "executed", "succumbed") and not noun \
                    and not participle:
                # the attack's victims or its dead attackers are armed men (fighters, members, attackers): a fight
                said = set(words[clause.first:clause.last + 1])
                if (_ARMED_PEOPLE | _PERPETRATORS) & said and not _CIVILIAN_WORDS & said:
                    kind = self.lex.kinds["clash"]
            elif not self._by_agent(i + 1, clause.last):
                if (_ARMED_PEOPLE | _PERPETRATORS | {"infiltrators"}) & set(following):
                    # "… thwarted an infiltration attempt by the factions, killing two attackers": armed
                    # men killed in a fight, not civilians attacked
                    kind = self.lex.kinds["clash"]
            elif _ARMED_PEOPLE & set(words[clause.first:i]):
                # "was killed by ISIS gunmen": the armed men are the killers; the victims are named
                # before the verb ("two guards were killed by …": a side hit, a clash)
                kind = self.lex.kinds["clash"]
            prior = self._latest_violent()
            doer = has_actor or _PERPETRATORS & set(words[clause.first:clause.last + 1])
            if not doer and prior is not None and prior.kind.kind in _REMOTE:
                # "two Syriac Christians had been killed in Qamishli on Wednesday" amid a
                # bombardment: killed by the remote violence the article is about
                kind = prior.kind
            d = _Draft(kind, i, i, si, clause, how="killing", spans=[(sent.first, sent.last)], headline=sent.headline)
            if noun:  # "the killing of a tribal elder": the victims follow "of"
                c = count_at(words, i + 2, self.lex, clause.last + 1)
                if c is not None and person_follows(words, c, self.lex, clause.last + 1):
                    d.fatalities = self._and_more(c, clause.last + 1)
            return [d]
        return self._also_hit_elsewhere(si, sent)

    def _attack_killed(self, i: int, last: int, clause: Clause) -> bool:
        """Whether the death words at tokens ``i``–``last`` are those of an attack told by its noun
        (``[words] attack_nouns``): the death, then "in", "during", "by" or "from" and the attack within four
        words (``two fighters died in an IS attack``, ``lost his life on Sunday in an attack by IS cells``), or
        the attack as the subject of "left … dead", "resulted in the death of", "claimed the life of" at most
        eight words before (``an IS attack on Sunday left one SDF fighter dead``). Not when a word before the
        noun makes it no one's act or a thing (``a heart attack``, ``a dog attack``: ``not_an_attack_before``),
        a word after it names a weapon (``an attack helicopter``, ``an assault rifle``: ``not_an_attack_after``),
        or the clause tells a past attack, a denial or what did not happen (``attack_not_now``, a year)."""
        words = self.words
        lex = self.lex.words
        nouns, before_not, after_not = lex["attack_nouns"], lex["not_an_attack_before"], lex["not_an_attack_after"]

        def attack_at(k: int) -> bool:
            return words[k] in nouns and (k == 0 or words[k - 1] not in before_not) and (
                k + 1 > clause.last or words[k + 1] not in after_not)

        if words[i] in lex["attack_total_words"]:
            return False
        span = words[clause.first:clause.last + 1]
        if any(w in lex["attack_not_now"] or (len(w) == 4 and w.isdigit()) for w in span):
            return False  # "the 2019 attack", "last year's attack", "nobody died in the attack"
        found = False
        for p in range(last + 1, min(clause.last, last + 4) + 1):  # "died [on Sunday] in an attack"
            if words[p] in ("in", "during", "by", "from"):
                found = any(attack_at(k) for k in range(p + 1, min(clause.last, p + 4) + 1))
                break
        if not found and words[i] in ("dead", "death", "deaths", "life", "lives"):
            verb = next((k for k in range(i - 1, max(clause.first, i - 6) - 1, -1)
                         if words[k] in ("left", "leaving", "leaves", "resulted", "claimed", "caused")), None)
            found = verb is not None and any(attack_at(k) for k in range(max(clause.first, verb - 8), verb))
        return found

    def _strikes_without_weapon(self, si: int, sent: Sentence, created: list[_Draft],
                                triggers: list[Match]) -> list[_Draft]:
        """``Turkish forces on Wednesday hit the surroundings of the Jerkin prison``, ``the
        station … was bombed``: a strike verb with no weapon word is remote violence when a
        foreign army is its subject (shelling: the commonest such strike), or, told in the
        passive, when the article's latest violent event is a remote one (its kind)."""
        if created or any(not self._not_event(m, c) for m in triggers for c in sent.clauses
                          if c.first <= m.first <= c.last):
            return []
        words = self.words
        for clause in sent.clauses:
            if self._running_total(clause.first, clause.last):
                continue
            for i in range(clause.first, clause.last + 1):
                if words[i] not in _STRIKE_VERBS or self._not_event(Match(i, i, None, ""), clause):
                    continue
                passive = i > clause.first and words[i - 1] in _PASSIVE
                if passive and (words[max(clause.first, i - 2)] in _PRONOUNS or not any(
                        clause.first <= f <= clause.last for f, _, _ in self.mentions)):
                    continue  # "when it was hit": the strike already told, no place of its own
                if passive and self._struck_again(i, clause):
                    continue  # "the car was hit on a dirt track near X": the strike told before, where it hit
                subject = [a for f, l, a in self._clause_actors(clause) if l < i and i - l <= 5]
                kind = None
                if not passive and subject and subject[-1] in self.lex.words["air_only_actors"]:
                    kind = self.lex.kinds["air"]  # "the US-led coalition bombed areas near al-Hawl": from the air
                elif not passive and subject and self.ex.actors.get(subject[-1]) is not None \
                        and self.ex.actors[subject[-1]].inter == 8:
                    kind = self.lex.kinds["shelling"]
                elif passive and words[i] != "targeted":
                    prior = self._latest_violent()
                    if prior is not None and prior.kind.kind in _REMOTE:
                        kind = prior.kind
                elif not passive:
                    kind = self._strike_named_elsewhere(clause, i)
                if kind is None:
                    continue
                return [_Draft(kind, i, i, si, clause, how="strike", spans=[(sent.first, sent.last)],
                               headline=sent.headline)]
        return []

    def _struck_again(self, i: int, clause: Clause) -> bool:
        """``witnesses said the vehicle was struck on a farm track near Tal Hamis``: a passive strike
        verb at token ``i`` whose subject is definite (``the``, ``their`` … up to three words before
        its auxiliary, no ``a``/``another``/an ordinal) after a remote strike told before, with no day
        of its own other than that strike's, tells that strike again: no new event. A village or
        spot it names inside the strike's area or town becomes that strike's place (as a definite
        trigger does, ``_refers_back``)."""
        words = self.words
        aux = i - 1
        while aux - 1 >= clause.first and words[aux - 1] in _PASSIVE:
            aux -= 1
        head = words[max(clause.first, aux - 3):aux]
        if not head or not _DEFINITE & set(head) or {"a", "an", "another", "other"} & set(head) \
                or self.lex.words["ordinals"] & set(head):
            return False
        prior = self._latest_violent()
        if prior is None or prior.kind.kind not in _REMOTE or prior.headline:
            return False
        own = self._own_date(clause)
        if own is not None and (prior.date is None or own.date_from > prior.date.date_to
                                or prior.date.date_from > own.date_to):
            return False
        spots = [mm for f, _, mm in self.mentions if i < f <= clause.last and mm.place_id and not self._road_end(f)
                 and SPECIFICITY.get(mm.kind, 9) <= SPECIFICITY["village"]]
        inside = prior.place is not None and prior.place.kind in ("city", "town") and bool(spots) and all(
            prior.place.place_id in self.ex.gazetteer.ancestor_ids(mm.place_id or "") for mm in spots)
        if spots and prior.place is not None and (prior.place.kind == "area" or inside):
            prior.place, prior.place_quality = spots[0], 2
        return True

    def _strike_named_elsewhere(self, clause: Clause, i: int) -> Kind | None:
        """``The deadliest strike of Thursday hit a position near Tel Habash``: a strike noun
        (``[words] strike_nouns``, up to four words before) as the subject of the strike verb at token
        ``i``, with a place of its own after the verb other than the latest violent event's, is
        another strike of that event's kind (remote violence only); else None (the same strike,
        told again)."""
        words = self.words
        lists = self.lex.words
        noun = next((k for k in range(i - 1, max(clause.first, i - 5) - 1, -1)
                     if words[k] in lists["strike_nouns"]), None)
        if noun is None or not (_SUPERLATIVES | lists["ordinals"] | {"another", "a", "an", "one"}) & set(
                words[max(clause.first, noun - 3):noun]):
            return None  # ("the strike, which hit their car …": the strike told before, told again)
        prior = self._latest_violent()
        own = [m for f, _, m in self.mentions if i < f <= clause.last and m.place_id
               and SPECIFICITY.get(m.kind, 9) < SPECIFICITY["region"]]
        if prior is None or prior.kind.kind not in _REMOTE or not own:
            return None
        if prior.place is not None and prior.place.place_id and any(
                m.place_id == prior.place.place_id
                or prior.place.place_id in self.ex.gazetteer.ancestor_ids(m.place_id or "") for m in own):
            return None  # where the strike told before hit, inside its place
        return prior.kind

    def _also_hit_elsewhere(self, si: int, sent: Sentence) -> list[_Draft]:
        """``A farmer was also hurt … north of Amuda``: a casualty told with ``also`` and no
        trigger, at a place of its own other than the latest violent event's, is another
        strike of that event's kind (the same day unless the sentence dates it)."""
        prior = self._latest_violent()
        words = self.words
        if prior is None or "also" not in words[sent.first:sent.last + 1]:
            return []
        hits = [i for _, i, _ in self._casualties(sent.first, sent.last)] or [
            k for k in range(sent.first, sent.last + 1) if words[k] in ("damaged", "destroyed", "hit", "struck")]
        if not hits:
            return []
        i = hits[0]
        clause = next(c for c in sent.clauses if c.first <= i <= c.last)
        if self._peaceful_cause(clause.first, clause.last):
            return []  # ("roads near X were also damaged by the floods": no strike)
        places = [m for f, _, m in self.mentions if sent.first <= f <= sent.last and m.place_id
                  and SPECIFICITY.get(m.kind, 9) < SPECIFICITY["subdistrict"] and f not in self.dateline]
        if not places or prior.place is None or any(m.place_id == prior.place.place_id for m in places):
            return []
        return [_Draft(prior.kind, i, i, si, clause, how="also", spans=[(sent.first, sent.last)],
                       headline=sent.headline)]

    def _peaceful_cause(self, first: int, last: int) -> bool:
        """Tokens ``first``..``last`` tell a cause of damage or an outage that is no act of violence
        (``[words] peaceful_causes``: ``for maintenance``, ``by the floods``, ``a fire of unknown cause``,
        ``power cuts``): damage told with ``also`` there is no further strike."""
        return bool(self.lex.words["peaceful_causes"] & set(self.words[first:last + 1]))

    def _also_knocked_out(self, si: int, sent: Sentence, created: list[_Draft], triggers: list[Match]) -> list[_Draft]:
        """``Power stations in Amuda and Darbasiyah were also knocked out, while a drone hit a silo
        near Tal Tamr``: a clause of its own with no trigger, ``also`` and a passive verb of damage
        (``_KNOCKED_OUT``: ``were also knocked out``, ``damaged``, ``put out of service``) at towns
        or villages of its own, beside remote violence told in the sentence or before it, is a
        strike of that kind there (one per town, :meth:`_more_places`); the strike of the other
        clause keeps its own place. Not with a cause that is no violence (:meth:`_peaceful_cause`:
        ``were also put out of service for maintenance``). :meth:`_also_hit_elsewhere` reads a
        casualty or damage in a sentence that has triggers and made no event (one event for the
        sentence); this reads each clause with no trigger and skips one an event was made of, so the
        two make no event twice and stay two stages."""
        if len(sent.clauses) < 2:
            return []
        remote = [d for d in created if d.kind.kind in _REMOTE]
        prior = remote[0] if remote else self._latest_violent()
        if prior is None or prior.kind.kind not in _REMOTE:
            return []
        words = self.words
        for clause in sent.clauses:
            if any(clause.first <= m.first <= clause.last for m in triggers) \
                    or any(d.clause.first <= clause.first <= d.clause.last for d in created):
                continue
            k = next((i for i in range(clause.first + 1, clause.last) if words[i] == "also"
                      and words[i - 1] in ("was", "were") and words[i + 1] in _KNOCKED_OUT
                      and (words[i + 1] != "put" or words[i + 2:i + 3] == ["out"])), None)
            if k is None:
                continue
            if self._peaceful_cause(clause.first, clause.last):
                continue  # ("bakeries in X were also put out of service for maintenance": no strike)
            towns = [m for f, _, m in self.mentions if clause.first <= f < k - 1 and m.place_id
                     and m.kind in ("town", "city", "village")]
            if not towns or prior.place is not None and any(m.place_id == prior.place.place_id for m in towns):
                continue
            return [_Draft(prior.kind, k + 1, k + 1, si, clause, how="also", spans=[(sent.first, sent.last)],
                           headline=sent.headline)]
        return []

    def _bombing_from_the_air(self, sent: Sentence, found: list[Match]) -> list[Match]:
        """``the coalition's bombing near al-Hawl``, ``the bombing of farms … by the US-led
        coalition``: a bombing word (``[words] bombing_words``) whose author is a force that strikes
        only from the air (``[words] air_only_actors``: the coalition), named at most three words
        before it or after a ``by`` in its clause, is an air strike, not a bomb planted nor a
        shelling; a bombing aimed at it (``a roadside bombing targeted a coalition patrol``) stays
        what it was. (``the coalition bombed …`` as a verb is :meth:`_strikes_without_weapon`'s.)"""
        w = self.lex.words
        if not any(self.words[m.first] in w["bombing_words"] and m.payload.kind in ("ied", "shelling") for m in found):
            return found
        out = []
        for m in found:
            if self.words[m.first] in w["bombing_words"] and m.payload.kind in ("ied", "shelling"):
                clause = next((c for c in sent.clauses if c.first <= m.first <= c.last), None)
                lo, hi = (clause.first, clause.last) if clause is not None else (sent.first, sent.last)
                # the coalition as the one bombing: right before the word ("coalition bombing", "the
                # coalition's bombing") or after "by" ("the bombing … by the US-led coalition"); not a
                # bomb aimed at it ("a roadside bombing targeted a coalition patrol")
                if any(a in w["air_only_actors"] and (m.first - 3 <= l < m.first and f >= lo
                                                      or l <= hi and f > m.last and "by" in self.words[m.last:f])
                       for f, l, a in self.actors):
                    m = Match(m.first, m.last, self.lex.kinds["air"], m.prefix)
            out.append(m)
        return out

    def _reached_elsewhere(self, si: int, sent: Sentence) -> list[_Draft]:
        """``Overnight, the strikes reached a gas plant in the countryside of Derik``, ``the
        attacks also hit Amuda``, ``a strike on the power station in Amuda`` (:meth:`_strike_on`): the
        strikes already told (a definite ``strikes``/``attacks`` with no weapon word) reaching a place
        of their own, other than the latest violent event's, are another event of that kind there
        (the sentence's date, else the day of the event before; an event placed only at the
        dateline's city names no place of its own); air strikes named before with no
        event of their own (a lead over a whole region) are the kind when no event was told."""
        prior = self._latest_violent()
        words = self.words
        kind = prior.kind if prior is not None and prior.kind.kind in _REMOTE and prior.place is not None else None
        if self._air_named and (kind is None and prior is None or prior is not None and prior.how == "strike"):
            # "Turkish air strikes hit sites across the northeast": no event of its own, or a headline's
            # "Turkish strikes hit …" read as shelling only for want of a weapon word
            kind = self.lex.kinds["air"]
        if kind is None:
            return []
        for i in range(sent.first, sent.last):
            verb: int | None
            if self._among_targets(i, sent):
                verb = i  # "Among Friday's targets was the gas plant at Swediyah", "the targets included Amuda"
            elif self._strike_on(i, sent):
                verb = i + 1  # "A strike on the main power station in Amuda cut the power"
            elif i == sent.first or words[i] not in ("strikes", "attacks", "bombardment", "raids") \
                    or words[i - 1] not in _DEFINITE:
                continue
            else:
                verb = next((k for k in range(i + 1, min(sent.last + 1, i + 3)) if words[k] in _REACHING), None)
            if verb is None:
                continue
            clause = next(c for c in sent.clauses if c.first <= i <= c.last)
            places = [m for f, _, m in self.mentions if verb < f <= clause.last and m.place_id
                      and SPECIFICITY.get(m.kind, 9) < SPECIFICITY["region"] and f not in self.dateline]
            if not places or prior is not None and prior.place is not None and prior.place_quality > 0 and any(
                    m.place_id == prior.place.place_id for m in places) \
                    or self._running_total(clause.first, clause.last):
                return []
            return [_Draft(kind, i, i, si, clause, how="reached", spans=[(sent.first, sent.last)],
                           headline=sent.headline)]
        return []

    def _strike_on(self, i: int, sent: Sentence) -> bool:
        """``A strike on the main power station in Amuda …``, ``Another strike on a fuel depot near
        Amuda …``: the noun ``strike`` after ``a``/``another``/``one`` and before ``on``/``against`` and
        a thing struck (``the``, ``a``, ``an``, not a day: ``a strike on Monday``) names one more
        strike of the remote violence told before; not in a sentence of labour or protest
        (``[words] labour_strike``: ``traders began a strike on the market street``)."""
        words = self.words
        return words[i] == "strike" and i > sent.first and words[i - 1] in ("a", "another", "one") \
            and i + 2 <= sent.last and words[i + 1] in ("on", "against") and words[i + 2] in ("the", "a", "an") \
            and not self.lex.words["labour_strike"] & set(words[sent.first:sent.last + 1])

    def _hurt_elsewhere(self, si: int, sent: Sentence) -> list[_Draft]:
        """``In the neighbouring village of al-Asadiya, three siblings were wounded by shrapnel``: a
        sentence with no trigger that opens on a place of its own (``In the neighbouring/nearby
        village of X``, or with shrapnel or shell fragments named) and counts people hurt there, after
        remote violence told at another place, is that barrage at this place: another event of its
        kind there, with this toll (ACLED codes one event per location)."""
        prior = self._latest_violent()
        words = self.words
        if prior is None or prior.kind.kind not in _REMOTE or prior.place is None:
            return []
        head = words[sent.first:min(sent.last + 1, sent.first + 4)]
        if head[:1] != ["in"]:
            return []
        sent_words = set(words[sent.first:sent.last + 1])
        if not ({"neighbouring", "neighboring", "nearby", "adjacent"} & set(head)
                or {"shrapnel", "fragments", "shell", "shells"} & sent_words):
            return []
        cas = [(what, i, c) for what, i, c in self._casualties(sent.first, sent.last) if c.value > 0]
        if not cas:
            return []
        lo, hi = sent.first, min(sent.last, sent.first + 9)
        known = [m for f, _, m in self.mentions if lo <= f <= hi and m.place_id
                 and SPECIFICITY.get(m.kind, 9) <= SPECIFICITY["village"]]
        unknown = [u for f, _, u in self.unresolved if lo <= f <= hi]
        if known and any(m.place_id == prior.place.place_id for m in known) or not (known or unknown):
            return []
        if unknown and prior.unresolved and any(u.name == prior.unresolved for u in unknown):
            return []
        i = cas[0][1]
        clause = next(c for c in sent.clauses if c.first <= i <= c.last)
        return [_Draft(prior.kind, i, i, si, clause, how="elsewhere", spans=[(sent.first, sent.last)],
                       headline=sent.headline)]

    def _march_elsewhere(self, si: int, sent: Sentence) -> list[_Draft]:
        """``In Tirbespiye, dozens set off from the Kongra Star building and walked the length of the
        town's main road``: after a protest told, a sentence with no trigger that opens on another town
        (``In X,``) where a crowd (a vague or counted number of people) walks or sets off is the same
        day's protest there: another protest event (ACLED codes one per location), when the sentence
        has a protest word of its own (``_PROTEST_CUES``: ``chanting``, ``banners``, ``rally``). Not a
        funeral; ``set off`` or ``gathered`` alone is no march."""
        prior = self._latest("protest")
        words = self.words
        if prior is None or prior.place is None or words[sent.first] != "in":
            return []
        comma = next((k for k in range(sent.first + 1, min(sent.last, sent.first + 6)) if "," in self._gap(k)), None)
        if comma is None:
            return []
        towns = [m for f, _, m in self.mentions if sent.first < f <= comma and m.place_id
                 and m.kind in ("town", "city", "village", "subdistrict")]
        if not towns or towns[0].place_id == prior.place.place_id:
            return []
        rest = words[comma + 1:sent.last + 1]
        crowd = bool(rest) and (rest[0] in self.lex.vague or rest[0] in self.lex.units or rest[0].isdigit()
                                or rest[0] in ("residents", "people", "demonstrators", "protesters", "crowds"))
        walking = {"walked", "marched", "paraded", "rallied"} & set(rest)
        # a protest word of its own: "dozens of families set off for villages to the south" is no protest
        cue = any(w.startswith(_PROTEST_CUES) for w in rest)
        if not crowd or not walking or not cue or _MOURNING & set(rest):
            return []
        k = comma + 1
        clause = next(c for c in sent.clauses if c.first <= k <= c.last)
        return [_Draft(prior.kind, k, k, si, clause, how="elsewhere", spans=[(sent.first, sent.last)],
                       headline=sent.headline)]

    def _among_targets(self, i: int, sent: Sentence) -> bool:
        """``Among Friday's targets was …``, ``among the sites hit were …``, ``The targets
        included …``: the word ``targets``/``sites`` that opens a list of what the strikes told
        before hit (``among`` up to three words before it, or ``included``/``include`` right
        after it)."""
        words = self.words
        if words[i] not in ("targets", "sites"):
            return False
        return "among" in words[max(sent.first, i - 3):i] or i + 1 <= sent.last and words[i + 1] in (
            "included", "include", "includes")

    # ------------------------------------------------------------------ where
    def _locate(self, d: _Draft, sent: Sentence) -> None:
        self._locate_place(d, sent)
        self._village_countryside(d)
        self._taken_near_the_town(d)
        self._named_in_next_sentence(d, sent)
        self._around_a_site(d)

    def _protest_cause(self, d: _Draft, f: int, loose: bool = False) -> bool:
        """``took to the streets of Qamishli … in solidarity with the besieged town of Tal Tamr``,
        ``… to denounce the Turkish operation against the enclave of Afrin``: a place named after
        a word of a protest's cause (``[words] protest_causes``) that follows the trigger, and not
        right after a word of being somewhere (``in``, ``at``, ``outside`` …), is what the protest
        is about, not where it was held. ``loose`` (an unknown name): any place after a cause word
        that no word of being somewhere precedes (``… to denounce the armed groups that hold the
        Zarzuri pumping station``)."""
        words = self.words
        if not any(words[k] in self.lex.words["protest_causes"] for k in range(d.trig_last + 1, f)):
            return False
        prep = next((words[k] for k in range(f - 1, max(d.trig_last, f - 5), -1)
                     if words[k] in _LOCATIVE or words[k] in ("of", "on", "with", "against", "to", "over", "for")),
                    None)
        return (prep is not None or loose) and prep not in _LOCATIVE

    def _around_a_site(self, d: _Draft) -> None:
        """``SDF units recaptured 89 escaped inmates in districts near the prison``: an act told
        in the streets, houses or districts around a site (a gazetteer landmark) happened in the
        quarter or town that holds the site, not at the site itself."""
        if d.place is None or d.place.kind != "landmark" or not d.place.place_id:
            return
        words = self.words
        lists = self.lex.words
        if not any(words[k] in lists["around_places"] and words[k + 1] in ("near", "around", "surrounding", "outside")
                   for k in range(d.clause.first, d.clause.last)):
            return
        site = self.ex.gazetteer.places.get(d.place.place_id)
        parent = self.ex.gazetteer.places.get(site.parent) if site is not None and site.parent else None
        if site is None or parent is None:
            return
        d.place = self._area_mention(d.place, parent)
        d.notes.append(f"around {site.name_en}: located in {parent.name_en}, which holds it")

    def _named_in_next_sentence(self, d: _Draft, sent: Sentence) -> None:
        """``Islamic State militants attacked a prison in the city of Hasakah …``, then ``The
        assault on Ghwayran prison …``: a site named only by an indefinite noun (``a prison``,
        ``[words] site_nouns``) in the event's clause, at a town or city, is the place of that kind the
        next sentence names inside that town (a gazetteer landmark whose name has the noun):
        the event is there, not in the town at large."""
        if d.place is None or d.place.kind not in ("city", "town") or not d.place.place_id:
            return
        words = self.words
        heads = {words[k] for k in range(d.clause.first + 1, d.clause.last + 1)
                 if words[k] in self.lex.words["site_nouns"] and words[k - 1] in ("a", "an")}
        si = self.sentences.index(sent)
        if not heads or si + 1 >= len(self.sentences):
            return
        nxt = self.sentences[si + 1]
        gaz = self.ex.gazetteer
        for f, _, m in self.mentions:
            if nxt.first <= f <= nxt.last and m.place_id and m.kind == "landmark" \
                    and heads & set(m.name_en.lower().replace("(", " ").replace(")", " ").split()) \
                    and d.place.place_id in gaz.ancestor_ids(m.place_id):
                d.place, d.place_quality = m, 2
                d.notes.append(f"the {sorted(heads)[0]} the next sentence names")
                return

    def _taken_near_the_town(self, d: _Draft) -> None:
        """``seized two villages near the town``, ``captured positions on the outskirts of the
        city``: a takeover placed at a town or city told back after a word of nearness
        (``_PROXIMITY``, then ``the town``/``the city``/``it`` within three words, after the
        trigger in its clause) took ground around the town, not the town: it is drawn at the town's
        countryside (its area row) when the gazetteer has one, approximate. (A town named after the
        word of nearness is :meth:`_usable_place`'s case.)"""
        if d.kind.kind != "takeover" or d.place is None or d.place.kind not in ("city", "town") or not d.place.place_id:
            return
        words = self.words
        if not any(words[k] in _PROXIMITY and ({"town", "city", "it"} & set(words[k + 1:min(d.clause.last + 1, k + 4)]))
                   for k in range(d.trig_last + 1, d.clause.last + 1)):
            return
        area = self.ex.gazetteer.find_child(d.place.place_id, kind="area", position="")
        if area is not None:
            d.place = self._area_mention(d.place, area)
            d.notes.append(f"taken near {area.name_en.removesuffix(' countryside')}: drawn at its countryside")

    def _village_countryside(self, d: _Draft) -> None:
        """``a shell hit a house in the village of Tal Kifji`` in a report about Tal Tamr: a
        village the gazetteer lacks, drawn at a town, is drawn at that town's countryside (the
        area it lies in), not at the town itself; still flagged with its name."""
        if not d.unresolved or d.place is None or d.place.kind not in ("city", "town") or not d.place.place_id:
            return
        heads = {u.head for f, _, u in self.unresolved if d.clause.first <= f <= d.clause.last and u.name == d.unresolved}
        if not heads & {"village", "hamlet"}:
            return
        area = self.ex.gazetteer.find_child(d.place.place_id, kind="area", position="")
        if area is not None:
            d.place = self._area_mention(d.place, area)
            d.notes.append(f"a village the gazetteer lacks: drawn at the countryside of {area.name_en}")

    def _locate_place(self, d: _Draft, sent: Sentence) -> None:
        # (not an unknown place a protest is about: "took to the streets of Amuda to denounce … the
        # armed groups that hold the Zarzuri pumping station")
        names = [u for f, _, u in self.unresolved if d.clause.first <= f <= d.clause.last
                 and not (d.kind.kind == "protest" and self._protest_cause(d, f, loose=True))]
        if names:
            d.unresolved = names[0].name
        else:  # "in the village of Abu Khashab in the Deir ez-Zor countryside": the name, drawn out there
            far = next(((m, self.namesakes_elsewhere[f]) for f, _, m in self.mentions
                        if d.clause.first <= f <= d.clause.last and f in self.namesakes_elsewhere), None)
            if far is not None:
                d.unresolved = far[0].name_en
                d.place, d.place_quality = self.around.get(far[1].start, far[1]), 2
                return
        if d.kind.kind == "takeover":  # what was taken: "seized the Alaya prison"
            obj = [m for f, _, m in self.mentions if d.trig_last < f <= d.trig_last + 4 and self._usable_place(d, f, m)]
            if obj:
                d.place, d.place_quality = self.around.get(obj[0].start, obj[0]), 2
                return
        if d.kind.kind in _REMOTE:
            amid = self._amid_flight_place(d.trig_first, d.trig_last, d.clause)
            if amid is not None:  # "fled from Tal Tamr amid shelling by Turkey on Ras al-Ain": where it fell
                d.place, d.place_quality = self.around.get(amid.start, amid), 2
                return
        if d.kind.kind == "displacement":
            fled = self._fled_from(d)
            if fled is not None:  # "families fled Hilaliya": where they fled from, whatever else the sentence names
                d.place, d.place_quality = fled, 2
                return
        anaphor = self._anaphora(d.clause)
        if anaphor is None and not names and not any(d.clause.first <= f <= d.clause.last
                                                     and self._usable_place(d, f, m) for f, _, m in self.mentions):
            earlier = self._unresolved_anaphor(d.clause)
            if earlier is not None and earlier.place is not None:
                # "a quarrel in the same village" after "clashes in Al-Hadaja village": the village the
                # gazetteer lacks, told before, and the area it was drawn in
                d.unresolved, d.place, d.place_quality = earlier.unresolved, earlier.place, 2
                return
        if anaphor is not None and not any(d.clause.first <= f <= d.clause.last and self._usable_place(d, f, m)
                                           for f, _, m in self.mentions):
            # "the neighbourhood": the one named before; "the city" only says which city
            d.place, d.place_quality = anaphor, 1 if anaphor.kind == "city" else 2
            return
        for lo, hi, quality in ((d.clause.first, d.clause.last, 2), (sent.first, sent.last, 1)):
            if quality == 1 and d.how == "word" and any(
                    d.clause.first <= f <= d.clause.last and u.head in ("neighbourhood", "neighborhood", "village")
                    for f, _, u in self.unresolved) and len(sent.clauses) == 1 and (
                    d.clause.first != sent.first or d.clause.last != sent.last):
                # a part of a sentence split between two acts, naming its own unknown village or
                # neighbourhood: not the place the other act's part names
                break
            cands = [(f, m) for f, _, m in self.mentions if lo <= f <= hi and self._usable_place(d, f, m)]
            # "forces stationed in the security square shelled the Zaytuniyah neighbourhood": where the
            # side is stationed is not where it struck, unless no other place is named
            if d.kind.event_type in _VIOLENT_TYPES:
                cands = [(f, m) for f, m in cands if not self._stationed_at(f)] or cands
            # "shopkeepers in Qamishli went on strike, and aircraft struck near Shaddadi": the place of
            # another act's comma stretch is that act's, unless no other place is named
            cands = [(f, m) for f, m in cands if not self._other_acts_stretch(d, f)] or cands
            if d.kind.kind == "handover":
                cands = [(f, m) for f, m in cands if not self._where_the_dead_fell(f)] or cands
            cands = [(f, m) for f, m in cands if not self._villages_not_the_scene(m)] or cands
            if d.kind.kind == "protest":
                cands = [(f, m) for f, m in cands if not self._protest_cause(d, f)] or cands
            if any(f not in self.locators and SPECIFICITY.get(m.kind, 9) < SPECIFICITY["governorate"]
                   for f, m in cands):
                # (a locator town beats the governorate named after it: "…, west of Darbasiyah in
                # northern Hasakah")
                cands = [(f, m) for f, m in cands if f not in self.locators]
            if cands:
                f, m = min(cands, key=lambda fm: (SPECIFICITY.get(fm[1].kind, 9), abs(fm[0] - d.trig_first)))
                towns = [(g, t) for g, t in cands if t.how != "anaphora" and t.kind in LANDMARK_HOLDER_KINDS]
                if m.how == "anaphora" and towns and not any(
                        m.place_id == t.place_id or t.place_id in self.ex.gazetteer.ancestor_ids(m.place_id or "")
                        for _, t in towns):
                    # "In Qamishli … arrested a man who had left the prison": a town named here that
                    # does not hold the landmark told back is the scene
                    f, m = min(towns, key=lambda fm: (SPECIFICITY.get(fm[1].kind, 9), abs(fm[0] - d.trig_first)))
                if SPECIFICITY.get(m.kind, 9) < SPECIFICITY["region"] or quality == 1:
                    d.place, d.place_quality = self.around.get(m.start, m), quality
                    if d.place is m and self._near_before(f):
                        d.near = m
                    if d.place is not m:
                        d.notes.append(f"around {m.name_en}: located in its countryside")
                    road = self._road_area(f, m)
                    if road is not None:
                        d.place = road
                        d.notes.append(f"on a road from {m.name_en}: located in the area around both ends")
                    return
        scene = self._follow_on_scene(sent)
        if scene is not None:
            d.place, d.unresolved, d.place_quality = scene.place, scene.unresolved, 1
            d.notes.append("a follow-on act: at the scene of the event told before")
            return
        focus = self._focus_mention() or next((x.place for x in reversed(self.drafts) if x.place), None)
        if focus is not None:
            d.place, d.place_quality = focus, 0

    def _villages_not_the_scene(self, m: Mention) -> bool:
        """A town's villages (``the Amuda villages``, ``Tal Tamr's villages``) named as where people
        or a body come from (``a delegation from the Amuda villages``, ``the council of Tal Tamr's
        villages``: ``_FROM_PEOPLE_RE``) or as calm (``the Amuda villages remained calm``: ``_CALM_RE``)
        are not where an act happened; another place the clause names is."""
        text = self.nt.original
        span = villages_phrase(text, m)
        if span is None:
            return False
        return bool(_FROM_PEOPLE_RE.search(text, max(0, span[0] - 40), span[0]) or _CALM_RE.match(text, span[1]))

    def _follow_on_scene(self, sent: Sentence) -> _Draft | None:
        """``In response, the locals smashed two vehicles and the US forces called in more
        armoured vehicles``: a sentence that names no place and opens on a word of following on
        (``_FOLLOW_ON``: ``in response``, ``in retaliation``, ``afterwards``) tells an act at the
        scene of the latest event told in the three sentences before it and placed in its own
        clause; that event, or None."""
        opening = tuple(self.words[sent.first:sent.first + 3])
        if not any(opening[:len(p)] == p for p in _FOLLOW_ON):
            return None
        si = self.sentences.index(sent)
        prior = next((x for x in reversed(self.drafts) if not x.headline and x.place is not None
                      and x.place_quality == 2), None)
        if prior is None or not si - 3 <= prior.sentence < si:
            return None
        return prior

    def _other_acts_stretch(self, d: _Draft, f: int) -> bool:
        """Whether the place at token ``f`` lies in a comma stretch of ``d``'s clause that holds
        the trigger of an act of another kind and not ``d``'s own, the later of the two stretches
        opening with ``and`` (``Shopkeepers in Qamishli went
        on strike on Sunday, and coalition aircraft conducted a strike near Shaddadi``: Shaddadi is
        the air strike's place, not the strike's)."""
        clause = d.clause
        if not clause.first <= f <= clause.last:
            return False
        lo = next((k + 1 for k in range(f - 1, clause.first - 1, -1) if "," in self._gap(k)), clause.first)
        hi = next((k for k in range(f, clause.last) if "," in self._gap(k)), clause.last)
        if lo <= d.trig_first <= hi:
            return False
        # (the later of the two stretches opens with "and": two acts told one after the other, not
        # one act with its details, "killed … near the prison, south of Qamishli, with a drone present")
        later = lo if lo > d.trig_first else next(
            (k + 1 for k in range(d.trig_first - 1, clause.first - 1, -1) if "," in self._gap(k)), clause.first)
        if self.words[later] != "and":
            return False
        return any(lo <= t <= hi and kind is not None and kind.kind != d.kind.kind
                   for t, kind in self._clause_triggers.get(clause.first, []))

    def _fled_from(self, d: _Draft) -> Mention | None:
        """``families fled Hilaliya``, ``fled the Hilaliya neighbourhood``, ``fled from Tayy``, ``left
        their homes in Amuda``: the place right after the verb of leaving (at most four words, only
        articles, ``from``, ``their homes in`` and head nouns between) is the displacement's origin."""
        words = self.words
        for f, _, m in self.mentions:
            if not d.trig_last < f <= d.trig_last + 5 or not self._usable_place(d, f, m):
                continue
            if all(w in _FLED_GAP for w in words[d.trig_last + 1:f]):
                return self.around.get(m.start, m)
        return None

    def _where_the_dead_fell(self, f: int) -> bool:
        """Whether the place at token ``f`` is where the dead of a handover of bodies were killed:
        a word for the dead (``[bodies] objects``), then a killing word (``[casualties] killed``),
        then the place, at most ``_DEATH_PLACE_REACH`` words apart (``the bodies of two fighters
        killed in shelling near Darbasiyah``): the handover was where the text hands them over."""
        words = self.words
        lo = max(0, f - _DEATH_PLACE_REACH)
        kills = [m.first + lo for m in self.lex.casualties.find(self.tokens[lo:f]) if m.payload == "killed"]
        return any(any(words[k] in self.lex.body_objects for k in range(max(0, kill - _DEATH_PLACE_REACH), kill))
                   for kill in kills)

    def _near_before(self, f: int) -> bool:
        """Whether the place at token ``f`` is told only as near (``near Amuda``, ``close to the
        town of Amuda``, ``not far from``, ``in the vicinity of``): the event is placed there, as
        ACLED does, but not at it (approximate)."""
        words = self.words
        k = f - 1
        if k >= 1 and words[k] == "of" and words[k - 1] in _NEAR_HEADS:
            k -= 2
        if k >= 0 and words[k] in ("the", "a", "an"):
            k -= 1
        if k < 0:
            return False
        w = words[k]
        return w in ("near", "nearby") or w == "to" and k >= 1 and words[k - 1] in ("close", "near", "next") \
            or w == "from" and k >= 2 and words[k - 1] == "far" and words[k - 2] == "not" \
            or w == "of" and k >= 1 and words[k - 1] == "vicinity"

    def _anaphora(self, clause: Clause) -> Mention | None:
        """``the neighbourhood``, ``the village``, ``the town``: the last such place named before."""
        words = self.words
        for i in range(clause.first + 1, clause.last + 1):
            kinds = _ANAPHORA.get(words[i])
            if kinds and (words[i - 1] in ("the", "that", "this") or words[i - 1] == "same" and words[i - 2] == "the"
                          or words[i] == "villages" and words[i - 1] in ("both", "two")):
                # the kinds in order: "the prison" is the landmark named before, not the
                # neighbourhood named after it
                if kinds == ("town",) and i + 1 <= clause.last and words[i + 1] == "s" and "countryside" in words[
                        i + 2:i + 5]:
                    # "the town's western countryside": the countryside of the town last spoken of
                    areas = [m for f, _, m in self.mentions if f < clause.first and m.kind in ("area", "town", "city")]
                    if areas:
                        last = areas[-1]
                        if last.kind != "area" and last.place_id:
                            area = self.ex.gazetteer.find_child(last.place_id, kind="area", position="")
                            return self._area_mention(last, area) if area else last
                        return last
                for kind in kinds:
                    before = [m for f, _, m in self.mentions if f < clause.first and m.kind == kind
                              and not self._road_end(f)]
                    if before:
                        called = self._called_a(words[i], before, clause) if kind in ("town", "city") else None
                        return called or before[-1]
        return None

    def _called_a(self, noun: str, before: list[Mention], clause: Clause) -> Mention | None:
        """``Tall Tamr, a town of about 7,000, lies south-east of Ras al-Ayn. The town has been
        shelled …``: the place the sentence before called by the anaphor's noun (``X, a town``,
        ``the town of X``), not the last one it named. None when no place was so called."""
        text = self.nt.original
        si = next((k for k, s in enumerate(self.sentences) if s.first <= clause.first <= s.last), None)
        if si is None or si == 0:
            return None
        lo = self.o_starts[self.sentences[si - 1].first]
        hi = self.o_starts[clause.first]
        apposed = re.compile(rf",\s+(?:a|the)\s+(?:\w+\s+)?{noun}\b")
        of = re.compile(rf"\bthe\s+{noun}\s+of\s+$")
        called = [m for m in before if lo <= m.start < hi and (
            apposed.match(text, m.end) is not None or of.search(text, max(0, m.start - 20), m.start) is not None)]
        return called[-1] if called else None

    def _unresolved_anaphor(self, clause: Clause) -> _Draft | None:
        """``the same village``, ``the village``: when the last village (or town, neighbourhood)
        named before the clause is one the gazetteer lacks, the latest event told at that name
        (its name and the area it is drawn in), else None. ``the area`` and ``the town`` tell back
        a village too (``arrested four people in the village of al-Husn …; imposed a curfew on the
        area``: ``_TOLD_BACK_HEADS``)."""
        words = self.words
        for i in range(clause.first + 1, clause.last + 1):
            if words[i] not in _TOLD_BACK_HEADS or not (
                    words[i - 1] in ("the", "that", "this") or words[i - 1] == "same" and words[i - 2] == "the") \
                    or i + 1 <= clause.last and words[i + 1] == "of":  # ("the village of X" names X)
                continue
            # ("imposed a curfew on the area", "stormed the town" after "the village of al-Husn": the
            # settlement just named, whatever head the text gave it)
            heads = _TOLD_BACK_HEADS[words[i]]
            named = [(f, u.name) for f, _, u in self.unresolved if f < clause.first and u.head.lower() in heads]
            # (a town named as a locator, "east of Amuda", is not one the noun could tell back)
            known = [f for f, _, m in self.mentions if f < clause.first and m.kind in heads and f not in self.locators]
            if not named or known and known[-1] > named[-1][0]:
                return None
            return next((x for x in reversed(self.drafts) if x.unresolved == named[-1][1]), None)
        return None

    def _area_mention(self, town: Mention, area) -> Mention:
        """The countryside row ``area`` of ``town``, as a mention at the town's words."""
        loc = self.ex.gazetteer.locate(area.id)
        return Mention(town.start, town.end, town.text, area.id, area.name_en, area.name_ar, area.kind, loc.lat,
                       loc.lon, loc.geo_precision, loc.approximate, "relative", loc.basis)

    def _usable_place(self, d: _Draft, f: int, m: Mention) -> bool:
        if SPECIFICITY.get(m.kind, 9) >= SPECIFICITY["region"] or f in self.dateline or f in self.office_lines \
                or f in self.alt_names:
            return False
        if self._taken_there(f):
            return False  # "the wounded were taken to a hospital in Qamishli": where they were treated
        if f in self.namesakes_elsewhere:
            return False  # "Abu Khashab in the Deir ez-Zor countryside": not the gazetteer's Abu Khashab
        if d.kind.kind == "displacement" and any(w in _DESTINATION or w == "for" and self.words[d.trig_last] in (
                "left", "leaving", "abandoned", "fled", "fleeing") for w in self.words[d.trig_last + 1:f]):
            return False  # "fleeing towards villages in the southern countryside": where they went
        if d.kind.kind == "displacement" and self.words[d.trig_last] in _SHELTERING and f > d.trig_last:
            return False  # "took refuge with relatives in Tal Tamr", "spent the night in the town": where they went
        if self._road_end(f):
            return False  # "at a checkpoint on the road to Hasakah": where the road leads, not where it happened
        if self._perceived_from(f):
            return False  # "smoke visible from the Turkish town of Nusaybin": where onlookers were
        if d.kind.event_type in _VIOLENT_TYPES and self._set_out_from(f):
            return False  # "gunmen who had come from Hasakah shot dead …": where they set out, not where they struck
        if d.kind.kind not in ("displacement", "abduction", "arrest") and self._home_town(f):
            # (people are taken or flee "from" where it happened: "kidnapped four teachers from a school in X")
            return False  # "a young man from the town of al-Dashishah": where he is from, not where it happened
        # a takeover is not located at a place it only approached; villages taken "on the outskirts
        # of Tal Tamr" or "near Amuda" are in the countryside the text gives (the town's area row,
        # self.around), never at the article's other places
        return not (d.kind.kind == "takeover" and any(w in _PROXIMITY for w in self.words[max(0, f - 3):f])
                    and self.around.get(m.start, m) is m)

    def _road_area(self, f: int, m: Mention) -> Mention | None:
        """``on the road between Qamishli and Hasakah``: an event on a long road (ends at least
        ``_LONG_ROAD_KM`` apart) between two towns of the gazetteer (``m`` at token ``f``, the
        first end) happened somewhere along it, not in or near the first town: it is located at
        the smallest area holding both ends (here the governorate), approximate. None when ``f`` is not a road's first end, the other end
        is not in the gazetteer (``the road between Markada and al-Sawr``: the first town, as
        before), or one end holds the other."""
        words = self.words
        mine = next((ll for ff, ll, _ in self.mentions if ff == f), f)
        dashed = mine + 1 < self.n and self._gap(mine).strip() in ("-", "–", "—")  # "the Hasakah–Qamishli highway"
        if m.kind not in ("city", "town", "village") or not m.place_id or not dashed and not any(
                words[k] in ("linking", "between", "connecting", "joining")
                and (words[k - 1] in _ROADS or words[k - 2] in _ROADS) for k in range(max(2, f - 4), f)):
            return None
        other = next((mm for g, _, mm in self.mentions if f < g <= f + 8 and mm.place_id and self._road_end(g)), None)
        if other is None or other.place_id == m.place_id:
            return None
        gaz = self.ex.gazetteer
        theirs = gaz.ancestor_ids(other.place_id) | {other.place_id}
        if m.place_id in theirs:
            return None
        a, b = gaz.locate(m.place_id), gaz.locate(other.place_id)
        if a.lat is None or a.lon is None or b.lat is None or b.lon is None \
                or haversine_km(a.lat, a.lon, b.lat, b.lon) < _LONG_ROAD_KM:
            return None  # ("the road linking Qamishli and Amuda", 27 km: near the first town, as ACLED codes it)
        common = next((a for a in gaz.ancestors(m.place_id) if a.id in theirs), None)
        if common is None or SPECIFICITY.get(common.kind, 9) >= SPECIFICITY["region"]:
            return None
        return self._area_mention(m, common)

    def _road_end(self, f: int) -> bool:
        """``on the road to Hasakah``, ``the highway towards Amuda``: the town a road leads to
        (``to``/``towards`` right after a road word, the town up to two words after) is not
        where an event on that road happened."""
        words = self.words
        for k in range(max(1, f - 3), f):
            if words[k] in ("to", "towards", "toward") and words[k - 1] in _ROADS:
                return all(w in ("the", "city", "town", "of", "village") for w in words[k + 1:f])
        # "the road linking Qamishli and the town of Amuda", "the road between Markada and al-Sawr":
        # the second end (the event is coded at the first town named, as ACLED does)
        for k in range(max(2, f - 9), f):
            if words[k] in ("linking", "between", "connecting", "joining") and (
                    words[k - 1] in _ROADS or words[k - 2] in _ROADS):
                j = max((q for q in range(k + 2, f) if words[q] in ("and", "to")), default=None)
                return j is not None and all(w in ("the", "city", "town", "of", "village", "al") for w in words[j + 1:f])
        # "on the Qamishli-Amuda road", "the Hasakah–Tal Tamr highway": the second of two names
        # joined by a dash before a road word
        mine = next(((ff, ll) for ff, ll, _ in self.mentions if ff == f), None)
        return mine is not None and mine[1] + 1 < self.n and words[mine[1] + 1] in _ROADS \
            and any(ll == f - 1 for _, ll, _ in self.mentions) and self._gap(f - 1).strip() in ("-", "–", "—")

    def _set_out_from(self, f: int) -> bool:
        """``gunmen who had come from Hasakah``, ``a patrol returning from Amuda``: a place right
        after ``from`` (``the town of`` between) after a verb of coming or going (``came``,
        ``driven``, ``returning`` …: ``set_out``) up to four words before it is where the
        attackers set out, not where the violent act happened."""
        words = self.words
        k = f - 1
        if k >= 1 and words[k] == "of" and words[k - 1] in _NEAR_HEADS:
            k -= 2
        if k >= 0 and words[k] == "the":
            k -= 1
        if k < 1 or words[k] != "from":
            return False
        moves = self.lex.words["set_out"]
        return any(words[j] in moves for j in range(max(0, k - 4), k))

    def _stationed_at(self, f: int) -> bool:
        """Whether the place at token ``f`` is where a side is stationed (``stationed in``,
        ``positioned near``, ``based at``: a ``stationed`` word at most four words before it, no
        comma between)."""
        words = self.words
        stationed = self.lex.words["stationed"]
        for k in range(f - 1, max(0, f - 5) - 1, -1):
            if "," in self._gap(k):
                return False
            if words[k] in stationed:
                return True
        return False

    def _perceived_from(self, f: int) -> bool:
        """``smoke visible from the Turkish town of Nusaybin``, ``the blast was heard as far as
        Amuda``: a place after ``from`` or ``as far as`` that follows a word of perceiving
        (``perceived``) within seven words, with no comma between, is where the act was seen or
        heard from, not where it happened."""
        words = self.words
        perceived = self.lex.words["perceived"]
        for k in range(f - 1, max(0, f - 8) - 1, -1):
            if "," in self._gap(k):
                return False
            if words[k] in perceived:
                between = words[k + 1:f]
                return "from" in between or any(between[j:j + 3] == ["as", "far", "as"] for j in range(len(between)))
        return False

    def _home_town(self, f: int) -> bool:
        """``a young man from the town of al-Dashishah in the southern Hasakah countryside``,
        ``four men from Hasakah``, ``a native of Amuda``: a place that says where a person
        comes from (``from``/``of`` right after a person word, up to ten words back with no
        comma or verb between) is not where the event happened; but a place after a locative word
        past the origin (``[words] locative_after_origin``: ``a dignitary from the Jabour clan in
        front of his home in Shaddadi``), with no other place between, is where it happened."""
        words = self.words
        persons = self.lex.singular_persons | self.lex.person_plurals | _ORIGIN_PERSONS
        for k in range(f - 1, max(0, f - 11) - 1, -1):
            if "," in self._gap(k) or words[k] in _ORIGIN_STOPS:
                return False
            if words[k] == "from" or words[k] == "of" and k >= 1 and words[k - 1] in ("native", "natives"):
                if not (k >= 1 and (words[k - 1] in persons or words[k - 1] in ("native", "natives"))):
                    return False
                if self.lex.words["locative_after_origin"] & set(words[k + 1:f]) and not any(
                        k < g < f for g, _, _ in self.mentions):
                    return False  # "a dignitary from the Jabour clan in front of his home in Shaddadi": where it happened
                # "from the town of X in the southern countryside": the area locates the home town;
                # "a shopkeeper from Darbasiyah in Qamishli": a settlement after it is where it happened
                kind = next((m.kind for g, _, m in self.mentions if g == f), "")
                return not (kind in _SETTLEMENTS | {"neighborhood", "landmark"}
                            and any(k < g < f for g, _, _ in self.mentions))
        return False

    def _focus_mention(self) -> Mention | None:
        """The article's city: the city or town its body names most (the first of equals;
        a headline or an outlet's office line, "Enab Baladi – Hasakah", does not count),
        else the shared finder's focus."""
        head = self.sentences[0] if self.sentences and self.sentences[0].headline else None
        counts: dict[str, int] = {}
        first: dict[str, Mention] = {}
        for f, _, m in self.mentions:
            if m.kind in ("city", "town") and not (head and head.first <= f <= head.last) \
                    and f not in self.office_lines and not went_to(self.words, f):
                counts[m.place_id or ""] = counts.get(m.place_id or "", 0) + 1
                first.setdefault(m.place_id or "", m)
        if counts:
            return first[max(counts, key=lambda pid: counts[pid])]
        city = next((m for _, _, m in self.mentions if m.place_id == self.focus_city), None)
        if city is not None:
            return city
        # no city or town named: the countryside the article names most ("the countryside of al-Hasakah")
        areas = [m for f, _, m in self.mentions if m.kind == "area" and f not in self.office_lines]
        if areas:
            ids = [m.place_id for m in areas]
            return max(areas, key=lambda m: ids.count(m.place_id))
        return None

    # ------------------------------------------------------------------ when
    def _date(self, d: _Draft, sent: Sentence, discourse: DateSpan | None) -> None:
        self._date_told(d, sent, discourse)
        if d.set_against is not None and d.date_quality < 2:
            self._date_set_against(d, discourse)
            return
        if self._earlier_in_series(d):
            return
        back = self._days_after(d)
        if back and d.date is None:
            # "…, a day after clashes with the NDF left three dead", in a sentence with no date: a
            # day before the day of publication the sentence speaks from
            day = self.article.published - dt.timedelta(days=back)
            o = self.o_starts[d.trig_first]
            d.date = DateSpan(o, o, "", day, day, 1, "")
            d.notes.append(f"{back} day(s) before publication")
            return
        if back and d.date is not None and not d.date.start > self.o_starts[d.trig_last]:
            # (not "a day after the arrival on Monday of …": that date is the arrival's own)
            # "on Monday, a day after Damascus and the SDF reached an agreement": Sunday
            day = d.date.date_from - dt.timedelta(days=back)
            d.date = DateSpan(d.date.start, d.date.end, d.date.text, day, day, 1, "")
            d.notes.append(f"{back} day(s) before the date the sentence gives")

    def _another_dated(self, created: list[_Draft]) -> list[_Draft]:
        """``after a strike on September 3 that killed a civilian near Tal Hamis and another on
        September 10 that wounded two fighters near Amuda``: ``and another`` with a date of its
        own right after it is a second act of the same kind; the clause is split there, so each
        act keeps its own date, place and toll."""
        words = self.words
        out: list[_Draft] = []
        for d in created:
            if d.kind.kind not in VIOLENT:
                continue
            for k in range(d.trig_last + 2, d.clause.last):
                if words[k] == "again" and "and" in words[max(d.trig_last + 1, k - 3):k]:
                    # "bombed the city on Thursday … and struck again on Friday": a second act, its own day
                    k = max(j for j in range(max(d.trig_last + 1, k - 3), k) if words[j] == "and") + 1
                    if not any(k < f <= k + 4 and not ds.background for f, _, ds in self.dates):
                        continue
                elif words[k] != "another" or words[k - 1] != "and" \
                        or not any(k < f <= k + 2 and not ds.background for f, _, ds in self.dates):
                    continue
                second = Clause(k, d.clause.last)
                d.clause = Clause(d.clause.first, k - 2)
                out.append(_Draft(d.kind, k, k, d.sentence, second, how="another", spans=list(d.spans),
                                  headline=d.headline))
                break
        return out

    def _told_before(self, d: _Draft) -> bool:
        """The sentence opens on an earlier time (``Before that, …``, ``Earlier, …``, ``Prior to
        that, …``, ``Previously, …``): its event is another act, before the one just told."""
        sent = self.sentences[d.sentence]
        head = self.words[sent.first:min(sent.last + 1, sent.first + 3)]
        return head[:2] in (["before", "that"], ["prior", "to"]) or head[:1] in (["earlier"], ["previously"]) \
            and "," in self._gap(sent.first)

    def _earlier_in_series(self, d: _Draft) -> bool:
        """``Two children were abducted on Tuesday, March 8, … the fourth kidnapping reported in
        the city in about a week``, then ``Before that, the son of a merchant was abducted``: a
        lead that counts its event as the n-th of a series over a period (``the third attack
        this month``, ``the second kidnapping in a week``) makes a later, undated event of its
        kind an earlier one of that series: dated to the period before the lead's day, not to
        the lead's day."""
        told = d.date
        if d.date_quality != 0 or told is None:
            return False
        lead = next((x for x in self.drafts if x.kind.kind == d.kind.kind and x.date_quality == 2
                     and x.date is not None and x.date.date_from == told.date_from and x.sentence < d.sentence), None)
        if lead is None or lead.date is None:
            return False
        sent = self.sentences[lead.sentence]
        text = " ".join(self.words[sent.first:sent.last + 1])
        m = _SERIES_RE.search(text)
        if m is None:
            return False
        n = m.group("n")
        count = 1 if n in (None, "a", "one") else int(n) if n.isdigit() else _SMALL_NUMBERS.get(n, 1)
        unit = m.group("unit")
        days = count * (7 if unit.startswith("week") else 14 if unit == "fortnight" else 30 if unit.startswith("month")
                        else 1)
        end = lead.date.date_from - dt.timedelta(days=1)
        start = lead.date.date_from - dt.timedelta(days=max(days, 1))
        d.date = DateSpan(told.start, told.end, told.text, start, end, 2, "")
        d.notes.append(f"an earlier one of the series the lead counts ('{m.group(0)}')")
        return True

    def _days_after(self, d: _Draft) -> int:
        """Days back when the trigger follows ``a day after``/``the day after``/``two days after`` in its clause:
        the event is told as the earlier reference point of another one."""
        words = self.words
        for k in range(max(d.clause.first + 2, d.trig_first - 16), d.trig_first):
            if words[k] == "after" and words[k - 1] in ("day", "days"):
                n = words[k - 2]
                value = {"a": 1, "one": 1, "the": 1, "two": 2, "three": 3, "four": 4, "five": 5}.get(n)
                if value is None and n.isdigit() and len(n) == 1:
                    value = int(n)
                if value is not None:
                    return value
        return 0

    def _since_when(self, d: _Draft) -> DateSpan | None:
        """``The operation is the largest since January 2022, when hundreds of IS fighters stormed the
        prison``: ``since`` opens an interval for its own clause, but the ``when`` clause right after
        its date tells what happened at that date, so an act in it is dated there (not at the
        publication date, nor by the interval)."""
        words = self.words
        w = d.clause.first  # the clause opens at ", when" (pipeline.english.text)
        if words[w] != "when" or w == 0 or "," not in self._gap(w - 1):
            return None
        for f, l, ds in self.dates:
            if l == w - 1 and ds.background and "since" in words[max(0, f - 1):f + 1] and not any(
                    w < f2 < d.trig_first for f2, _, _ in self.dates):
                return DateSpan(ds.start, ds.end, ds.text, ds.date_from, ds.date_to, ds.time_precision,
                                ds.part_of_day, ds.time_from, ds.time_to, False)
        return None

    def _in_force_since(self, d: _Draft) -> DateSpan | None:
        """``The Asayish have closed the roads … since Sunday``: a closure or curfew in force since a
        day (a deployment with a ``since`` date in its clause) runs from that day to publication."""
        if d.kind.kind != "deployment":
            return None
        words, pub = self.words, self.article.published
        for f, _, ds in self.dates:
            if d.clause.first <= f <= d.clause.last and ds.background and "since" in words[max(0, f - 1):f + 1] \
                    and ds.date_from <= pub:
                return DateSpan(ds.start, ds.end, ds.text, ds.date_from, pub, 1 if ds.date_from == pub else 2,
                                "", "", "", False)
        return None

    def _date_told(self, d: _Draft, sent: Sentence, discourse: DateSpan | None) -> None:
        since = self._in_force_since(d)
        if since is not None:
            d.date, d.date_quality = since, 2
            d.notes.append("in force since the day its clause names, to publication")
            return
        since_when = self._since_when(d)
        if since_when is not None:
            d.date, d.date_quality = since_when, 2
            d.notes.append("dated by the 'since …, when' clause it is told in")
            return
        reporting: DateSpan | None = None
        calm: DateSpan | None = None
        relative = d.trig_last + 1 < self.n and self.words[d.trig_last + 1] in ("that", "which")
        for lo, hi, quality in ((d.clause.first, d.clause.last, 2), (sent.first, sent.last, 1)):
            cands = []
            for f, _, ds in self.dates:
                if not lo <= f <= hi or ds.background:
                    continue
                if self._is_reporting(f, sent.first):
                    reporting = reporting or ds
                    continue
                if self._dates_the_calm(f, d.trig_first, sent):
                    calm = calm or ds
                    continue  # "calm settled over the city on Thursday after officers brokered a truce"
                if anchored_offset(ds.text) is not None and self._restates(f):
                    continue  # "On Wednesday, the day before the sweep began, …": Wednesday told again
                if anchored_offset(ds.text) is not None and not 0 < f - d.trig_last <= (14 if relative else 6) \
                        and f > sent.first + 3 and not self._own_tail(d, f):
                    continue  # "abducted three days earlier" dates the abduction, not the arrest after it
                cands.append((abs(f - d.trig_first), ds))
            if len(cands) > 1 and self._wounds_sustained(d, quality, lo):
                # "died on Wednesday of wounds sustained in a drone strike on their post on Monday": the
                # day before the wounds is the death's; the act's is told after its trigger
                cands = [c for c in cands if c[1].start > self.o_starts[d.trig_last]] or cands
            if cands and relative:
                # "an explosion that hit the industrial area on Thursday": a relative clause dates its noun
                after = [c for c in cands if c[1].start > self.o_starts[d.trig_last]]
                cands = after or cands
            if cands:
                d.date, d.date_quality = min(cands, key=lambda c: c[0])[1], quality
                offset = anchored_offset(d.date.text)
                base = next((ds for f, _, ds in self.dates if sent.first <= f <= sent.last and ds is not d.date
                             and not ds.background and anchored_offset(ds.text) is None), None) or discourse
                if offset is not None and base is not None:
                    # "two days earlier": earlier than the date the text has just told
                    day = base.date_from + dt.timedelta(days=offset)
                    d.date = DateSpan(d.date.start, d.date.end, d.date.text, day, day, 1, d.date.part_of_day)
                return
        if calm is not None:
            # "calm returned on Sunday after the Asayish clashed with the NDF": on or before the
            # calm's day (a range of the days before it), never the publication day
            d.date = DateSpan(calm.start, calm.end, calm.text, calm.date_from - dt.timedelta(days=_CALM_REACH),
                              calm.date_to, 2, "")
            d.date_quality = 0
            d.notes.append("dated on or before the calm told after it")
            return
        words = self.words[d.clause.first:d.clause.last + 1]
        if d.kind.kind in _STATES and {"have", "has"} & set(words):
            return  # "residents have started fleeing": now, the publication date
        main = next((x.date for x in self.drafts if x.date is not None and x.date_quality > 0), None)
        if discourse is not None and main is not None and "also" in words and discourse is not main \
                and _MONTH_WORDS & set(discourse.text.lower().replace(".", " ").split()) \
                and discourse.date_to < main.date_from - dt.timedelta(days=3):
            # "On August 1, … Turkish-backed factions also shelled Zirgan": "also" joins the
            # story's own day, not the recap just told
            d.date, d.date_quality = main, 0
            d.notes.append("dated by the article's first event ('also')")
        elif discourse is not None and (reporting is None or reporting.date_to >= discourse.date_from):
            d.date, d.date_quality = discourse, 0
            d.notes.append("dated by an earlier sentence")
        elif reporting is not None:
            # ("SOHR reported yesterday that the Asayish arrested four men", after a sentence of today:
            # an act reported on a day happened on it or before, never on the later day told before it)
            d.date, d.date_quality = reporting, 1
            d.notes.append("dated by the statement that reports it")

    def _wounds_sustained(self, d: _Draft, quality: int, lo: int) -> bool:
        """Whether ``d``'s trigger is told as where wounds were got, after a death: ``died on Wednesday
        of wounds sustained in a Turkish drone strike``, ``succumbed to injuries he suffered in the
        shelling`` (a wound word, then one of ``[words] wounds_got`` or ``in``, up to four words before
        the trigger, in its clause; ``quality`` 2 and ``lo`` its first token)."""
        if quality != 2:
            return False
        words = self.words
        for k in range(max(lo, d.trig_first - 6), d.trig_first):
            if words[k] in ("wounds", "injuries", "wound", "injury") and (
                    self.lex.words["wounds_got"] & set(words[k + 1:d.trig_first])):
                return True
        return False

    def _restates(self, f: int) -> bool:
        """Whether the date told from another at token ``f`` (``the day before the sweep began``)
        stands right after a date of its own and a comma (``On Wednesday, the day before the
        sweep began, …``): it says again what that day was, it moves nothing."""
        return any(l < f <= l + 2 and "," in self._gap(l) and not ds.background and anchored_offset(ds.text) is None
                   for _, l, ds in self.dates)

    def _own_tail(self, d: _Draft, f: int) -> bool:
        """``… had arrested an ISIS emir in a raid near al-Hol two days earlier``: a date told from
        another (at token ``f``) up to fourteen words after the trigger of ``d``, with no verb,
        auxiliary, relative word or event word of another kind between, ends the trigger's clause:
        it dates the trigger (not so in ``arrested two men who had abducted a trader three days
        earlier``, ``protesting against the abduction of politicians the day before``). A remote
        weapon's own strike verb right after it (``a drone had struck a car near Amuda the previous
        day``) is no other verb."""
        last = d.trig_last
        if not 0 < f - last <= 14 or any(t.payload.kind != d.kind.kind for t in self.lex.triggers.find(
                self.tokens[last + 1:f])):
            return False  # ("protesting against the abduction of … the day before": the abduction's day)
        between = self.words[last + 1:f]
        if d.kind.kind in _REMOTE and between[:1] in (["had"], ["has"]) and between[1:2] and between[1] in _STRIKE_VERBS:
            # "a Turkish drone had struck one of its vehicles near Amuda the previous day": the weapon's
            # own verb, its subject the trigger
            between = between[2:]
        return not any(w in _PASSIVE or w in _IRREGULAR_PAST or w.endswith("ed") or w in (
            "who", "which", "that", "when", "after", "before", "had", "has", "have", "while")
            for w in between)

    def _is_reporting(self, f: int, lo: int) -> bool:
        """A date right after a speech verb (``told North Press on Friday``) or a release
        (``a press release issued on Friday``): when it was said."""
        return any(w in _SPEECH or w in self.lex.words["issued"] for w in self.words[max(lo, f - 4):f])

    def _possessive_date(self, last: int) -> bool:
        """``last week's strikes``, ``Monday's clashes``: the date of that noun, not of the story."""
        return last + 1 < self.n and self.words[last + 1] == "s" and "'" in self._gap(last).replace("’", "'")

    def _discourse_date(self, sent: Sentence, current: DateSpan | None) -> DateSpan | None:
        for f, l, ds in self.dates:
            if sent.first <= f <= sent.last and not ds.background and not self._is_reporting(f, sent.first) \
                    and f not in self.dateline and not self._possessive_date(l):
                offset = anchored_offset(ds.text)
                if offset is not None and f > sent.first + 3:
                    continue  # "the abduction of politicians the day before": that act's date, not the story's
                if offset is not None and current is not None:
                    day = current.date_from + dt.timedelta(days=offset)  # "the day before": before the date told
                    ds = DateSpan(ds.start, ds.end, ds.text, day, day, 1, ds.part_of_day)
                current = ds
        return current

    # ------------------------------------------------------------------ who
    def _clause_actors(self, clause: Clause) -> list[tuple[int, int, str]]:
        """The actors of a clause, without the speakers after its report (``…, the Asayish said``)."""
        words = self.words
        return [(f, l, a) for f, l, a in self.actors if clause.first <= f <= clause.last
                and not (f > clause.first + 1 and self._after_trigger_speaker(f, l, words, f <= clause.first + 6))
                and not self._backer(l) and not self._supporter(f, clause.first) and not self._prompted(f, l, clause)
                and not self._in_force_name(f)]

    def _in_force_name(self, f: int) -> bool:
        """``the US-led Global Coalition against the Islamic State (ISIS)``: an actor named after
        ``against`` right after a force's name is part of that name, no party to the act."""
        k = f - 1
        if k >= 0 and self.words[k] == "the":
            k -= 1
        if k >= 1 and self.words[k] == "against" and self._names_a_force(k - 1):
            return True
        # "… against the Islamic State (ISIS)": the short name in brackets after it, too
        return any(l == f - 1 and ff < f and self._in_force_name(ff) for ff, l, _ in self.actors)

    def _prompted(self, f: int, l: int, clause: Clause) -> bool:
        """``…, prompting the U.S.-led coalition to send jets``: the actor a participle of prompting
        moves to act (``prompting``/``leading``/``spurring`` X ``to``) reacts to the event; it is
        no party to it."""
        words = self.words
        k = f - 1
        if k >= clause.first and words[k] in ("the", "a", "an"):
            k -= 1
        return k > clause.first and words[k] in _PROMPTING and "," in self._gap(k - 1) \
            and l + 1 <= clause.last and words[l + 1] == "to"

    def _supporter(self, f: int, lo: int) -> bool:
        """``SDF units, supported by aircraft of the international coalition, raided …``, ``the raids
        took place with support from the US-led coalition``: an actor named after a support word and
        its ``by``/``from``/``of`` backs the act; it is neither its author nor the side hit (ACLED's
        associated actor), so the act's roles are read without it."""
        words = self.words
        k = f - 1
        while k >= lo and f - k <= 5 and words[k] in _SUPPORT_FILLERS:
            k -= 1
        return k > lo and words[k] in ("by", "from", "of") and words[k - 1] in _SUPPORT

    def _backer(self, l: int) -> bool:
        """``the regime-backed National Defence Forces``, ``Turkish-backed factions``: a side
        named in a hyphened ``-backed``/``-affiliated`` compound only qualifies the force
        named after it; that force is the actor (``SDF-backed anti-terrorism units``, no force
        named after it: the SDF's own units)."""
        return l + 1 < self.n and self.words[l + 1] in _BACKED and "-" in self._gap(l) \
            and any(l + 2 <= f <= l + 4 for f, _, _ in self.actors)

    def _after_trigger_speaker(self, f: int, l: int, words: list[str], opens: bool = False) -> bool:
        """``…, the Asayish said``: an actor followed by a speech verb and preceded by some
        report; ``The Asayish said they arrested`` keeps its subject (it starts the clause), and so
        does ``On April 2, the Asayish said they had detained 125 people`` (the speaker tells its own
        act: ``it``/``they``/``its``/``their`` right after the verb, the speaker among the clause's first
        words, ``opens``) and ``the Asayesh had announced a truce`` (what is announced is the act
        itself, not a report of another's)."""
        for k, w in enumerate(words[l + 1:l + 3], l + 1):
            if w not in _SPEECH or k + 1 >= len(words) or words[k + 1] in _IMAGES:
                continue
            j = k + 1
            while j < len(words) - 1 and any(df <= j <= dl for df, dl, _ in self.dates):
                j += 1  # "the SDF said on Wednesday that its units …": the day it was said
            nxt = words[j + 1] if words[j] == "that" and j + 1 < len(words) else words[j]
            return not (opens and nxt in _OWN_ACT or w in ("announced", "declared") and words[k + 1] in ("a", "an"))
        return False

    def _who_a_site_houses(self, x: tuple[int, int, str], d: _Draft) -> bool:
        """``guarding a camp hosting people affiliated with ISIS``, ``al-Hol camp, which houses
        thousands of ISIS families``: a group named among whom a camp or prison holds (a housing word
        at most eight words before it, no trigger between) describes the site, no party to a strike
        from afar."""
        words = self.words
        if x[0] <= d.trig_first <= x[1] or d.kind.kind not in _REMOTE:
            return False  # (fighting at a prison that holds ISIS members may well be with ISIS)
        lo = max(self.sentences[d.sentence].first, x[0] - 8)  # (and its name again in brackets)
        return any(words[k] in _HOUSING and not (k <= d.trig_first < x[0]) for k in range(lo, x[0]))

    def _owned_by_force(self, x: tuple[int, int, str], acts: list[tuple[int, int, str]]) -> bool:
        """``the Internal Security Forces (Asayish) of the Autonomous Administration``, ``the Asayish,
        affiliated with the SDF``: a body named right after another actor with ``of (the)`` or a word
        of belonging only says whose that actor is; it takes no role of its own in the act."""
        words, k = self.words, x[0] - 1
        if k >= 0 and words[k] == "the":
            k -= 1
        if k >= 0 and words[k] == "of":
            k -= 1
        elif k >= 1 and (words[k - 1], words[k]) in _BELONGING:
            k -= 2
        else:
            return False
        return any(l == k and a != x[2] for _, l, a in acts)

    def _assign_actors(self, d: _Draft) -> None:
        words = self.words
        acts = self._clause_actors(d.clause)
        acts = [x for x in acts if not self._owned_by_force(x, acts) and not self._who_a_site_houses(x, d)]
        kind = d.kind.kind
        # mediators
        med = None
        for f, l, a in acts:
            lead = tuple(words[max(0, f - 3):l + 1])
            if any(all(w in lead for w in p) for p in _MEDIATION):
                med = a
            elif kind in ("agreement", "meeting") and _BROKERING & set(words[l + 1:min(d.trig_first, l + 4)]) \
                    and not _PASSIVE & set(words[l + 1:min(d.trig_first, l + 4)]):
                # "Russian military police later brokered a ceasefire between the two sides": the subject of
                # an active brokering verb mediates; the parties are the others
                med = a
        if med:
            d.mediator = med
            acts = [x for x in acts if x[2] != med]
        # between A and B (the parties right after "between": "on the road between Qamishli and
        # Amuda, killing two members of the Asayish" names places there, and the Asayish is the side hit)
        for i in range(d.clause.first, d.clause.last + 1):
            if words[i] == "between":
                after = [x for x in acts if x[0] > i]
                other = next((x for x in after[1:] if x[2] != after[0][2]), None) if after else None
                gap1 = words[i + 1:after[0][0]] if after else []
                gap2 = words[after[0][1] + 1:other[0]] if other else []
                if (other and len(gap1) <= 4 and "and" not in gap1
                        and len(gap2) <= 6 and "and" in gap2):
                    d.actor1, d.actor2 = after[0][2], next((x[2] for x in after[1:] if x[2] != after[0][2]), "")
                    if d.actor2:
                        self._finish_actors(d)
                        return
        agents = [x for x in acts if x[0] > 0 and (words[x[0] - 1] in _AGENT or (x[0] > 1 and words[x[0] - 2] in _AGENT
                                                                             and words[x[0] - 1] in ("a", "an", "the"))
                                                   or self._agent_of_agent(x[0], d.clause.first)
                                                   or x[0] > d.trig_last and self._after_by(x[0]))]
        # an actor whose name holds the trigger ("a Turkish drone") is the perpetrator
        holding = [x for x in acts if x[0] <= d.trig_first <= x[1] or self._weapon_of(x[0], d)]
        before = [x for x in acts if x[1] < d.trig_first and x not in agents]
        after = [x for x in acts if x[0] > d.trig_last and x not in agents]
        described = [x for x in before if self._in_description(x[0], d.trig_first)]
        if described and len(described) < len(before):
            # "Asayish units stormed the Alaya prison, one of the biggest regime detention sites …, and
            # seized it": the owner a place's description names is no subject, at most the side hit
            before = [x for x in before if x not in described]
            after = after + described
        victims: list[tuple[int, int, str]] = []
        if kind in VIOLENT:
            # the killed and wounded are the side hit, never the perpetrator
            victims = [x for x in before if self._victim(x)]
            before = [x for x in before if x not in victims]
            after = victims + after
        passive = d.trig_first > 0 and self.words[d.trig_first - 1] in _PASSIVE
        by_first = [x for x in agents if self._agent_of_agent(x[0], d.clause.first)
                    and self.words.index("by", max(d.clause.first, x[0] - 5), x[0]) < d.trig_first]
        # "repelled an attack by ISIS militants": a "by" right after an attack noun names its author
        by_first += [x for x in agents if words[d.trig_last] in _ATTACK_NOUNS and x[0] - 1 <= d.trig_last + 2
                     and "by" in words[d.trig_last + 1:x[0]]]
        if before and not passive and agents and all(x[0] > d.trig_last for x in agents) and not by_first:
            # (not "was killed by a sniper from the Turkish army": the "by" names the trigger itself)
            # "Government forces took over the positions vacated by the SDF": with a subject before an
            # active trigger, a "by" after it belongs to a participle of its object, not to the trigger
            after = sorted(after + agents)
            agents = []
        # "a child who had been abducted": the subject is the victim; only "by" names the doer
        found = holding or agents or ([] if passive else before[-1:]) or self._attack_author(after, d)
        perpetrator = found[0] if found else None
        pair = self._joined_pair(before, d.trig_first)
        if pair and kind in _TWO_SIDED and not holding and not agents:
            d.actor1, d.actor2 = pair
            self._finish_actors(d)
            return
        if pair and kind in ("arrest", "deployment") and not holding and not agents \
                and not passive:
            # "SDF and Asayish units set up checkpoints": a one-sided act of two forces together is led by
            # the first named; the second is with it (ACLED's associated actor), no other side
            d.actor1 = pair[0]
            before = [x for x in before if x[2] != pair[1]]
            after = [x for x in after if x[2] != pair[1]]
            perpetrator = next(x for x in acts if x[2] == pair[0])
        if kind == "clash" and self.words[d.trig_first] in ("came", "come", "coming") and not pair:
            # "an SDF vehicle came under attack", "a checkpoint came under fire from unknown gunmen": the
            # subject is the side hit, the one the fire came from the attacker
            after_from = [x for x in acts if x[0] > d.trig_last and self.words[x[0] - 1] in ("from", "by")
                          or x[0] > d.trig_last + 1 and self.words[x[0] - 2] in ("from", "by")]
            subject = [x for x in acts if x[1] < d.trig_first]
            if subject:
                d.actor1 = after_from[0][2] if after_from else ""
                d.actor2 = subject[-1][2]
                self._finish_actors(d)
                return
        if kind == "clash" and d.how == "word" and self.words[d.trig_first] in _SHOOTING and self._civilians_hit(d) \
                and (self.words[d.trig_first] != "stormed" or {"house", "home", "houses", "homes", "shop", "tent", "farm"}
                     & set(self.words[d.trig_last + 1:d.trig_last + 4])):
            # ("gunmen stormed their house": a home, not a prison or a checkpoint)
            d.kind, kind, d.how = self.lex.kinds["civ_attack"], "civ_attack", "shot_at"
        if kind in ("protest",):
            d.actor1 = "protesters"
            # a peaceful protest has no second actor (ACLED): the force or state it is held against
            # ("a sit-in outside a base of the US-led coalition") is its target, not a party
            d.actor2 = self._protest_target(d) if d.how == "intervention" else ""
        elif kind == "riot" and self.words[d.trig_first] not in _RIOT_NOUNS and any(self._armed(x[2]) for x in before) \
                and _CROWDS.isdisjoint(self.words[d.clause.first:d.trig_first]):
            # "Turkish border guards hurled stones at shepherds": a force throwing, no crowd: an attack
            d.kind, kind = self.lex.kinds["civ_attack"], "civ_attack"
            d.actor1 = [x for x in before if self._armed(x[2])][-1][2]
            d.actor2 = "civilians"
        elif kind == "riot":
            d.actor1 = "rioters"
        elif kind == "displacement":
            d.actor1 = "civilians"
        else:
            d.actor1 = perpetrator[2] if perpetrator else ""
            rest = [x for x in (before + after) if x[2] != d.actor1 and x is not perpetrator]
            if kind in ("clash", "takeover", "agreement", "meeting", "arrest"):
                rest = [x for x in rest if x[2] != "civilians"]  # victims or bystanders, not a side
            # the side hit / the other party: preferably after the trigger
            rest.sort(key=lambda x: (x[0] < d.trig_first, abs(x[0] - d.trig_first)))
            if kind == "arrest" and not d.actor1 and rest and self._armed(rest[0][2]) \
                    and _SWEEPING & set(words[rest[0][1] + 1:min(d.clause.last + 1, rest[0][1] + 3)]):
                # "Dozens more had been detained last Saturday, when the SDF swept through Shaddadi": the
                # force that sweeps or raids is the one that detains, not the one detained
                d.actor1 = rest.pop(0)[2]
            if kind in _REMOTE and any(x in victims and self._armed(x[2]) for x in rest):
                # "three SDF members were killed and a civilian was injured in a drone strike": a force
                # hit with civilians is the side hit (ACLED codes civilians alone when only they are)
                rest = [x for x in rest if x[2] != "civilians"]
            d.actor2 = rest[0][2] if rest else ""
            if kind == "clash" and not d.actor1 and d.actor2:
                # "five NDF members were killed in clashes with the Asayish": both sides fought;
                # the side that lost men is the one hit (actor2), the other the first party
                hit = next((x[2] for x in rest if x[2] != d.actor2 and x[0] < d.trig_first and self._victim(x)), "")
                if hit:
                    d.actor1, d.actor2 = d.actor2, hit
            if kind in ("civ_attack", "abduction"):
                victims_civil = any(w in _CIVILIAN_WORDS for w in words[d.clause.first:d.clause.last + 1])
                if d.actor2 and d.actor2 != "civilians" and not victims_civil and self._armed(d.actor2):
                    if kind == "civ_attack":
                        d.kind = self.lex.kinds["clash"]
                        d.notes.append("the victim belongs to an armed side: coded as a clash")
                else:
                    if d.actor1 == "civilians":
                        d.actor1 = ""
                    d.actor2 = "civilians"
        self._finish_actors(d)

    def _in_description(self, f: int, trig: int) -> bool:
        """Whether token ``f`` lies in a description set off after a place by commas (``the Alaya
        prison, one of the biggest regime detention sites in the province, and seized it``): a
        comma right after the place (or its head noun), then ``one of``/``a``/``an``/``the``, and the closing comma
        before the trigger at ``trig``."""
        words = self.words
        for _, l, _ in self.mentions + self.unresolved:
            # (the place's head noun may follow its name: "Allaya prison, one of …")
            l = next((k for k in range(l, min(l + 3, f)) if "," in self._gap(k)), l)
            if not l < f or "," not in self._gap(l) or words[l + 1] not in ("one", "a", "an", "the"):
                continue
            close = next((k for k in range(l + 1, trig) if "," in self._gap(k)), None)
            if close is not None and f <= close and not any(w in ("and", "who", "which", "that") for w in words[l + 1:f]):
                return True
        return False

    def _weapon_of(self, f: int, d: _Draft) -> bool:
        """``aircraft of the US-led coalition striking a house``, ``drones of the Turkish army``: the
        trigger is a weapon and the actor right after its ``of`` owns it, so it is the perpetrator
        (as ``a Turkish drone`` is)."""
        words = self.words
        k = f - 1
        if k > 0 and words[k] in ("the", "a", "an"):
            k -= 1
        return k > 0 and words[k] == "of" and d.trig_first <= k - 1 <= d.trig_last and d.kind.kind in _REMOTE

    def _sides(self, ids: set[str]) -> set[str]:
        """The armed sides of actor ids (the table's ``side`` column; no armed party left out)."""
        out = set()
        for aid in ids:
            a = self.ex.actors.get(aid)
            side = (a.side if a is not None and a.side else aid)
            if side != "none":
                out.add(side)
        return out

    def _listed_victim(self, l: int) -> bool:
        """``one SDF fighter, two children and an adult were killed in a drone strike``: an actor
        named in the list that is the subject of a passive casualty verb (``were killed``, ``were
        wounded``) a few words on, with no clause word between, is hit."""
        words = self.words
        for k in range(l + 1, min(self.n - 1, l + 10)):
            w = words[k]
            if w in ("when", "as", "after", "while", "because", "that", "which", "who", "said", "but", "in", "on"):
                return False
            if w in _PASSIVE:
                return words[k + 1] in _HIT or words[k + 1] in ("also", "later", "reportedly") and k + 2 < self.n \
                    and words[k + 2] in _HIT
        return False

    def _protest_target(self, d: _Draft) -> str:
        """The first armed side a protest's clause names (the one that intervened, or that fire on
        the crowd came from), or ``""``."""
        return next((x[2] for x in self._clause_actors(d.clause) if x[2] not in ("protesters", "civilians")), "")

    def _victim(self, actor: tuple[int, int, str]) -> bool:
        """``a regime soldier was killed``, ``killing two SDF fighters``: the actor is hit."""
        f, l, _ = actor
        words = self.words
        after = words[l + 1:l + 4]
        if any(w in _PASSIVE for w in after[:2]) and any(w in _HIT for w in after):
            return True
        if {"succumbed", "died", "perished"} & set(after):
            return True  # "a member of the Asayish succumbed to injuries …": the one who died
        if actor[2] != "civilians" and self._listed_victim(l):
            return True  # (civilians are never a perpetrator of remote violence anyway: _default_actors)
        start = next((st.first for st in self.sentences if st.first <= f <= st.last), 0)  # (not the headline's words)
        for w in reversed(words[max(start, f - 6):f]):  # ("targeted a member of the Asayish")
            if w in _HIT_ACTIVE:
                return True
            if w in ("when", "as", "after", "while", "and", "by", "but"):
                return False
        return False

    def _joined_pair(self, before: list[tuple[int, int, str]], trig: int) -> tuple[str, str] | None:
        """``the Asayish and the NDF agreed``: two actors joined by ``and`` right before the trigger."""
        collapsed: list[tuple[int, int, str]] = []
        for x in before:  # "the Syrian Democratic Forces (SDF)": one mention
            if collapsed and collapsed[-1][2] == x[2] and x[0] - collapsed[-1][1] <= 2:
                collapsed[-1] = (collapsed[-1][0], x[1], x[2])
            else:
                collapsed.append(x)
        before = collapsed
        if len(before) < 2:
            return None
        (_, l1, a1), (f2, l2, a2) = before[-2], before[-1]
        between = [w for w in self.words[l1 + 1:f2] if w != "the"]
        if a1 != a2 and between == ["and"] and trig - l2 <= 5:
            return a1, a2
        return None

    def _civilians_hit(self, d: _Draft) -> bool:
        """A shooting with civilians killed or wounded and no second armed side named
        (``a boy was killed … when NDF gunmen opened fire``): an attack on civilians."""
        words = self.words[d.clause.first:d.clause.last + 1]
        sides = {a for f, _, a in self._clause_actors(d.clause) if self._armed(a)}
        hit = any(w in _HIT for w in words)
        return len(sides) <= 1 and hit and any(w in _CIVILIAN_WORDS for w in words) and "between" not in words

    def _armed(self, actor_id: str) -> bool:
        a = self.ex.actors.get(actor_id)
        return a is not None and a.inter in (1, 2, 3, 8)

    def _two_sides(self, d: _Draft) -> None:
        """``Fighting between the two sides erupted on Tuesday night``, ``the truce the two sides agreed
        on Friday``: ``the two sides``/``both sides``/``the two parties`` name the two armed sides of the
        latest event told with both (an agreement's or a clash's), when the clause names fewer than two;
        so does a definite truce with no party named (:meth:`_the_truce`)."""
        words = self.words[d.clause.first:d.clause.last + 1]
        if d.kind.kind not in _TWO_SIDED or d.actor1 and d.actor2:
            return
        if not any(words[k:k + 2] in (["two", "sides"], ["both", "sides"], ["two", "parties"], ["both", "parties"],
                                      ["warring", "sides"]) for k in range(len(words) - 1)) \
                and not self._the_truce(d):
            return
        prior = next((x for x in reversed(self.drafts) if x is not d and x.actor1 and x.actor2
                      and self._armed(x.actor1) and self._armed(x.actor2) and x.actor1 != x.actor2), None)
        if prior is None:
            return
        pair = (prior.actor1, prior.actor2)
        if not d.mediator and d.kind.kind == "agreement":
            d.mediator = self._sentence_mediator(d.sentence)  # "…, where Russian officers acted as mediators"
        if self._others_named(d.sentence, (*pair, d.mediator)):
            return  # "Russian and Turkish officers met ..., and the two sides agreed": other sides
        if d.actor1 and d.actor1 in pair:
            d.actor2 = pair[1] if d.actor1 == pair[0] else pair[0]
        elif d.actor2 and d.actor2 in pair:
            d.actor1 = pair[0] if d.actor2 == pair[1] else pair[1]
        elif not d.actor1 and not d.actor2:
            d.actor1, d.actor2 = pair
        d.notes.append("'the two sides': the sides of the event told before")

    def _opening_act(self, d: _Draft) -> None:
        """``Clashes broke out on Tuesday when NDF gunmen opened fire on an Asayish checkpoint``,
        ``fighting flared after Asayish units stormed posts held by the NDF``: a clash told by its
        noun, then the act that began it after ``when``/``after`` in its sentence (a subject
        force, then an attack verb, ``[words] opening_acts``, or ``opened fire``), was opened by
        that subject (actor1) against the force named after the verb (actor2). Nothing changes
        unless both forces are named and differ."""
        if d.kind.kind != "clash" or d.how != "word":
            return
        words, sent = self.words, self.sentences[d.sentence]
        verbs = self.lex.words["opening_acts"]
        conj = next((k for k in range(d.trig_last + 1, min(sent.last, d.trig_last + 16))
                     if words[k] in ("when", "after")), None)
        if conj is None:
            return
        verb = next((k for k in range(conj + 2, min(sent.last, conj + 8))
                     if words[k] in verbs or words[k] == "opened" and words[k + 1] == "fire"), None)
        if verb is None:
            return
        forces = [(f, l, a) for f, l, a in self.actors if self._armed(a) and sent.first <= f <= sent.last]
        subject = [a for f, l, a in forces if conj < f and l < verb and verb - l <= 3]
        target = [a for f, l, a in forces if verb < f <= verb + 8]
        if not subject or not target or subject[-1] == target[0]:
            return
        if (d.actor1, d.actor2) != (subject[-1], target[0]):
            d.actor1, d.actor2 = subject[-1], target[0]
            d.notes.append("opened by the side told as starting it")

    def _sentence_mediator(self, si: int) -> str:
        """The force told in sentence ``si`` as mediating (``Russian officers acted as mediators``,
        ``Russian police brokered …``: a brokering word up to four words after it), or ``""``."""
        sent = self.sentences[si]
        words = self.words
        brokering = _MEDIATING
        named = [(l, a) for f, l, a in self.actors if sent.first <= f <= sent.last and self._armed(a)]
        named += [(k, NATION_ACTORS[words[k]]) for k in range(sent.first, sent.last + 1) if words[k] in NATION_ACTORS]
        return next((a for l, a in sorted(named) if brokering & set(words[l + 1:min(sent.last + 1, l + 5)])), "")

    def _the_truce(self, d: _Draft) -> bool:
        """``The truce was agreed late on Friday after talks at the airport``: an agreement told
        by a definite noun (``the``, ``that``, ``this`` before the trigger) with no party named in
        its clause is the deal between the sides told before, as ``the two sides`` is
        (:meth:`_two_sides`)."""
        return d.kind.kind == "agreement" and not d.actor1 and not d.actor2 and d.trig_first > 0 \
            and self.words[d.trig_first - 1] in ("the", "that", "this") and not any(
                d.clause.first <= f <= d.clause.last and self._armed(a) and a != d.mediator for f, _, a in self.actors)

    def _other_side(self, d: _Draft) -> None:
        """``Heavy clashes broke out between the Asayish and government forces …``, then ``the
        Asayish seized the old prison building``: a clash or takeover that names one side, one of
        the armed pair of the latest event told with both, was against the other of that pair
        (actor2), unless the sentence or the one before names another armed side or nation."""
        if d.kind.kind not in ("clash", "takeover") or not d.actor1 or d.actor2:
            return
        prior = next((x for x in reversed(self.drafts) if x is not d and x.actor1 and x.actor2
                      and self._armed(x.actor1) and self._armed(x.actor2) and x.actor1 != x.actor2), None)
        if prior is None or d.actor1 not in (prior.actor1, prior.actor2):
            return
        pair = (prior.actor1, prior.actor2)
        if self._others_named(d.sentence, (*pair, d.mediator)) or self._another_incident(d):
            return
        d.actor2 = pair[1] if d.actor1 == pair[0] else pair[0]
        d.notes.append("the other side of the pair the article's fight was told with")

    def _another_incident(self, d: _Draft) -> bool:
        """``d`` is told as an incident of its own, not the fight of the article's pair: its
        sentence opens by turning to another matter (``Separately,``, ``In a separate incident,``:
        ``[words] other_matter`` before a comma in its first five words), or its clause names
        unnamed gunmen (``clashed with gunmen``, not ``the gunmen`` told before): the side it
        fought. A day or a place of its own is no sign (an episode's sides fight on over days)."""
        words, sent = self.words, self.sentences[d.sentence]
        comma = next((k for k in range(sent.first, min(sent.last, sent.first + 5)) if "," in self._gap(k)), None)
        if comma is not None and self.lex.words["other_matter"] & set(words[sent.first:comma + 1]):
            return True
        return any(words[k] in _GENERIC_AUTHORS and (k == 0 or words[k - 1] not in ("the", "its", "their", "his"))
                   for k in range(d.clause.first, d.clause.last + 1))

    def _others_named(self, si: int, pair: tuple[str, ...]) -> bool:
        """An armed actor or a nation (``NATION_ACTORS``) other than those of ``pair`` (the two sides
        and the event's mediator) is named in sentence ``si`` or the one before it: ``the two sides``
        may be those others."""
        lo = self.sentences[si - 1].first if si > 0 else self.sentences[si].first
        hi = self.sentences[si].last
        if any(lo <= f and l <= hi and a not in pair and self._armed(a) for f, l, a in self.actors):
            return True
        return any(w in NATION_ACTORS and NATION_ACTORS[w] not in pair for w in self.words[lo:hi + 1])

    def _finish_actors(self, d: _Draft) -> None:
        if d.kind.kind == "takeover":
            a = self.ex.actors.get(d.actor1)
            if a is not None and a.inter == 1 and d.kind.sub_event_type != self.lex.government_takeover:
                d.kind = Kind("takeover", d.kind.event_type, self.lex.government_takeover, d.kind.tags)

    # ------------------------------------------------------------------ how many
    def _casualties(self, lo: int, hi: int) -> list[tuple[str, int, Count]]:
        """(killed|injured, token, count) of each casualty word in ``[lo, hi]`` with its own count."""
        out = []
        found = self.lex.casualties.find(self.tokens[lo:hi + 1])
        bounds = [m.first + lo for m in found]
        for k, m in enumerate(found):
            i, j = m.first + lo, m.last + lo
            prev_bound = bounds[k - 1] + 1 if k else lo
            next_bound = bounds[k + 1] if k + 1 < len(found) else hi + 1
            c = self._count_for(i, j, prev_bound, next_bound)
            if c is not None:
                out.append((m.payload, i, self._along_with(c, j, next_bound)))
        return out

    def _along_with(self, c: Count, j: int, hi: int) -> Count:
        """``An SDF commander was killed along with his driver``, ``a girl died together with her two
        brothers``: people named after the casualty word at ``j`` by ``along with`` or ``together
        with`` share its fate; their count adds to the count ``c`` told before the word (only when
        ``c`` came before it: ``killing three along with …`` counts what follows on its own)."""
        words = self.words
        if c.last >= j or j + 3 >= hi or words[j + 1] not in ("along", "together") or words[j + 2] != "with":
            return c
        more = count_at(words, j + 3, self.lex, hi)
        if more is None and words[j + 3] in ("his", "her", "their") and j + 4 < hi:
            more = count_at(words, j + 4, self.lex, hi)  # "together with her two brothers"
        if more is None or not person_follows(words, more, self.lex, hi):
            return c
        return Count(c.value + more.value, c.first, c.last, c.qualifier)

    def _count_for(self, i: int, j: int, lo: int, hi: int) -> Count | None:
        """The count bound to the casualty word at ``[i, j]``, within ``[lo, hi)``."""
        words = self.words
        lex = self.lex
        word = words[i]
        passive = i > 0 and words[i - 1] in _PASSIVE or word in ("dead", "wounded", "injured") and \
            i + 1 < len(words) and words[i + 1] in ("and", "in", "on", "after", "when", "as")
        date_toks = {t for f, l, _ in self.dates for t in range(f, l + 1)}
        if word in ("toll", "death") and "toll" in words[i:j + 1] or word == "toll":
            # "the death toll rose to five"
            for k in range(j + 1, min(hi, j + 14)):
                if words[k] == "to":
                    return count_at(words, k + 1, lex, hi)
            return None
        if word in ("injuries", "wounds", "injury") and i >= 2 and (
                words[i - 1] == "to" and words[i - 2] in ("succumbed", "succumbing", "succumbs")
                or words[i - 1] in ("of", "from") and words[i - 2] in ("died", "dies", "dying")
                or words[i - 1] in ("his", "her", "their") and i >= 3 and words[i - 2] in ("to", "of", "from")
                and words[i - 3] in ("succumbed", "died", "succumbing")):
            return None  # "a child who succumbed to injuries": a death, not someone wounded
        if word in ("lives", "death", "deaths", "injury", "injuries") and j + 1 < hi and words[j + 1] == "of":
            c = count_at(words, j + 2, lex, hi)
            return c
        if word in ("injury", "injuries") and j + 1 < hi and words[j + 1] == "to":
            c = count_at(words, j + 2, lex, hi)  # "injuries to three others": the people injured
            if c is not None and person_follows(words, c, lex, hi):
                return c
        if not passive and word not in ("dead", "died", "deaths", "fatalities", "injuries", "casualties"):
            # active: "killing three", "wounded two others", "killed a child"
            for k in range(j + 1, min(hi, j + 4)):
                if k in date_toks or "," in self._gap(k - 1):
                    break  # "Refugee killed, two women hurt": after a comma the count is another group's
                c = count_at(words, k, lex, hi)
                if c is not None and (person_follows(words, c, lex, hi) or self._bracketed_force_follows(c, hi)):
                    return self._and_more(c, hi)
                if k == j + 1 and words[k] in ("him", "her"):
                    # "a mine exploded under a shepherd, killing him"; "killing him and his bodyguard": two
                    return self._and_more(Count(1, k, k, ""), hi)
                if k == j + 1 and self._personal_name(k, hi):
                    return Count(1, k, k, "")  # "the Jandarma killed Hamadi Abdulhussein": one named person
                named = self._titled_name(k, hi) if k == j + 1 else None
                if named is not None:
                    # "killing Asayish member Mahmoud Derwish": one named person ("… and his driver": more)
                    return self._and_more(Count(1, k, named, ""), hi)
                if k == j + 1 and words[k] == "them":
                    prior = self._count_before(i, lo)  # "… two brothers, killing them": the count told before
                    if prior is not None:
                        return prior
                if words[k] == "all" and words[k + 1:k + 3] == ["of", "them"]:
                    # "a car carrying three SDF fighters …, killing all of them": the count told before
                    prior = self._count_before(i, lo)
                    if prior is not None:
                        return prior
                if words[k] not in _BEFORE_ACTIVE_COUNT:
                    break
        if word.endswith("ing") and word not in ("fighting",):
            return None  # "killing ...", "wounding ...": the count follows or there is none
        if passive and i >= 2 and words[i - 2] == "who" and i >= 3 and (
                words[i - 3] not in self.lex.person_plurals and not words[i - 3].endswith("s") or words[i - 3].isdigit()):
            return Count(1, i - 2, i - 2, "")  # "Ahmed Mahmoud, 23, who was shot dead": one person
        if word in ("died", "dies", "succumbed") and i - 1 >= lo and (
                words[i - 1] in ("he", "she") or words[i - 1] == "later" and i - 2 >= lo and words[i - 2] in ("he", "she")):
            return Count(1, i - 1, i - 1, "")  # "… shot a tribal sheikh, and he died of his wounds hours later"
        # before: "three people were killed", "two others were wounded", "five dead"
        part: Count | None = None
        k = i - 1
        while k >= max(lo, i - 22):
            if k in self._noun_date_toks:
                k -= 1  # "a man who returned two years ago was shot dead": the phrase's date, read past it
                continue
            if k in date_toks or words[k] in ("while", "after", "when"):
                break
            aged = self._age_list_start(k)
            if aged is not None:
                k = aged - 1  # "three siblings aged four, eight and 11 were wounded": read past the ages
                continue
            if words[k] == "and" and k != i - 1 and not self._bare_group(k + 1, i):
                break
            c = count_at(words, k, lex, i)
            # further back than twelve words only a counted subject ("Four members of the
            # Self-Defence Forces, the conscript wing of the SDF, were killed")
            near = k >= i - 12
            if c is not None and (c.last >= i - 1 and near or person_follows(words, c, lex, i)
                                  or self._bracketed_force_follows(c, i)) and not self._age(c):
                # the whole number and its qualifier: "twenty-five", "at least three"
                for q in (1, 2, 3):
                    if k - q >= lo:
                        cq = count_at(words, k - q, lex, i)
                        if cq is not None and cq.last == c.last:
                            c = cq
                if c.first - 2 >= lo and words[c.first - 1] == "of" and (
                        words[c.first - 2] in self.lex.person_plurals | self.lex.singular_persons):
                    k = c.first - 2  # "three members of one family": the count is the members', read on
                    continue
                after = words[c.last + 1:min(i, c.last + 5)]
                if c.first - 2 >= lo and words[c.first - 2:c.first] in (["of", "them"], ["of", "whom"], ["among", "them"]):
                    # ("two civilians, one of them a girl, were killed": the girl is one of the two)
                    part = part or c
                    k = c.first - 3
                    continue
                if c.first - 2 >= lo and words[c.first - 1] == "among" and words[c.first - 2] in _PASSIVE:
                    # "two children were among six people killed": the count after "among" is the whole toll
                    return self._list_before(c, lo)
                if c.first > lo and words[c.first - 1] in ("including", "among") \
                        or words[c.last + 1:c.last + 3] in (["of", "them"], ["of", "whom"]) \
                        or any(after[q:q + 2] == ["among", "them"] for q in range(len(after) - 1)):
                    # ("five civilians, two children among them, were wounded": the two are of the five)
                    part = part or c  # ("… adding that two of them were killed": two, when nothing else is told)
                    k = c.first - 2  # a part of the victims ("including a child", "two of them children"): read on
                    continue
                return self._list_before(c, lo)
            k -= 1
        return part  # (a part told with nothing before it: that count)

    def _bare_group(self, first: int, i: int) -> bool:
        """``seven of its fighters and prison guards were killed``: the words from ``first``
        up to the casualty word ``i`` (its auxiliary aside) are a bare plural group of people
        (``prison guards``, no number, determiner or possessive of their own), joined by
        ``and`` to the counted group before: one group, counted once, so the count before
        ``and`` is its count (not ``two children and their mother``: a second group)."""
        words = self.words[first:i]
        while words and words[-1] in _PASSIVE:
            words = words[:-1]
        if not words or len(words) > 3 or words[-1] not in self.lex.person_plurals:
            return False
        return not any(w in _GROUP_STOPS or w in self.lex.units or w in self.lex.vague or w.isdigit() for w in words)

    def _count_before(self, i: int, lo: int) -> Count | None:
        """The last count of people before token ``i`` in its sentence (``carrying three SDF
        fighters``), for ``all of them``."""
        sent = next((s for s in self.sentences if s.first <= i <= s.last), None)
        start = sent.first if sent is not None else lo
        for k in range(i - 1, start - 1, -1):
            c = count_at(self.words, k, self.lex, i)
            if c is not None and c.last < i and person_follows(self.words, c, self.lex, i) and not self._age(c) \
                    and self.words[k] not in ("a", "an", "the"):
                return c
        return None

    def _age_list_start(self, k: int) -> int | None:
        """The token of ``aged`` when token ``k`` is in the list of ages after it (``aged four, eight
        and 11``), else None."""
        words = self.words
        if not (words[k] in ("and", "between") or words[k].isdigit() or words[k] in self.lex.units):
            return None
        j = k
        while j >= 0 and k - j <= 6 and (words[j] in ("and", "between") or words[j].isdigit()
                                         or words[j] in self.lex.units):
            j -= 1
        return j if j >= 0 and words[j] in ("aged", "ages") else None

    def _age(self, c: Count) -> bool:
        """``Ibrahim al-Hashhi, 55, was killed``: a number between commas after a name is an age; so are
        the numbers listed after ``aged`` (``three siblings aged four, eight and 11``)."""
        if self._age_list_start(c.first) is not None:
            return True  # "three siblings aged four, eight and 11 were wounded": ages listed, not a count
        if c.first != c.last or not self.words[c.first].isdigit():
            return False
        text = self.nt.original
        s, e = self._orig_span(c.first, c.last)
        return text[max(0, s - 2):s].strip() == "," and text[e:e + 1] == ","

    def _bracketed_force_follows(self, c: Count, stop: int) -> bool:
        """``killed four Syrian Democratic Forces (SDF) fighters``: after the count come a force's
        capitalised name (up to six words, ``of``/``and`` inside it), its abbreviation in brackets
        and a person noun, all before ``stop``; the count then counts those people."""
        words, original = self.words, self.nt.original
        k = c.last + 1
        name = 0
        while k < stop and name < 6 and "(" not in self._gap(k - 1):
            if not (original[self.o_starts[k]:self.o_starts[k] + 1].isupper() or name and words[k] in ("of", "and")):
                return False
            name, k = name + 1, k + 1
        return bool(name) and k + 1 < stop and "(" in self._gap(k - 1) and ")" in self._gap(k) \
            and (words[k + 1] in self.lex.person_plurals or words[k + 1] in self.lex.singular_persons)

    def _gap(self, k: int) -> str:
        """The text between token ``k`` and the next one."""
        return self.nt.text[self.tokens.ends[k]:self.tokens.starts[k + 1]]

    def _list_before(self, c: Count, lo: int) -> Count:
        """``one SDF fighter, two children and an adult were killed``: the groups listed
        before the last one, joined by commas or ``and``, add up."""
        words, lex = self.words, self.lex
        total = c
        while total.first - 1 > lo:
            j = total.first - 1
            if words[j] in ("his", "her", "their") and j - 1 > lo and words[j - 1] == "and":
                j -= 1  # "a woman and her two children were killed": three
            if words[j] == "and":
                j -= 1
            elif "," not in self._gap(j):
                break
            j = self._side_of_group(j, lo)
            if not (words[j] in lex.person_plurals or words[j] in lex.singular_persons):
                break
            prev = None
            for k in range(j, max(lo, j - 5) - 1, -1):
                cand = count_at(words, k, lex, j + 1)
                if cand is None or cand.last > j:
                    continue
                if prev is not None and cand.last != prev.last:
                    break  # another group: this one starts where the last count began
                prev = cand
            if prev is None:
                break
            total = Count(prev.value + total.value, prev.first, total.last, prev.qualifier or total.qualifier)
        return total

    def _side_of_group(self, j: int, lo: int) -> int:
        """``six members of the Internal Security Forces (Asayish)``: when token ``j`` ends a
        side's name (one or more actor names in a row) after ``of`` and a person noun, that
        noun (the group's head); else ``j``."""
        words = self.words
        k = j
        while True:
            f = next((f for f, l, _ in self.actors if f <= k <= l and f > lo), None)
            if f is None:
                break
            k = f - 1
        if k == j:
            return j
        while k > lo and words[k] == "the":
            k -= 1
        if k - 1 > lo and words[k] == "of" and (words[k - 1] in self.lex.person_plurals
                                                or words[k - 1] in self.lex.singular_persons):
            return k - 1
        return j

    def _and_more(self, c: Count, hi: int) -> Count:
        """``a woman and her two children``, ``one SDF fighter, two children and another adult``:
        the groups of people listed after the first one add up (a list closed by ``and``; a
        comma alone may open an apposition, ``a civilian, a 55-year-old farmer``)."""
        words = self.words
        persons = self.lex.person_plurals | self.lex.singular_persons
        total, pos, listed = c, c.last, c
        first_sep = ""
        while True:
            # past this group's noun and its side's name ("a commander of the SDF and his driver")
            k, sep = pos, ""
            while k + 1 < min(hi, pos + 5):
                if "," in self._gap(k):
                    sep = ","
                    break
                if words[k + 1] == "and":
                    named = k == pos or words[k] in persons or any(last == k for _, last, _ in self.actors)
                    sep = "and" if named else ""
                    k += 1
                    break
                k += 1
            if not sep:
                return total
            nxt = None
            for q in (k + 1, k + 2):
                c2 = count_at(words, q, self.lex, hi) if q < hi else None
                if c2 is not None and any(w in persons for w in words[c2.first:min(hi, c2.last + 3)]):
                    nxt = c2
                    break
            if nxt is None:
                return total
            listed = Count(listed.value + nxt.value, c.first, nxt.last, c.qualifier)
            if sep == "and":
                if first_sep == "," and listed.value - c.value == c.value:
                    return c  # "two SDF members, a commander and his guard": the two, named
                return listed  # the list is closed
            first_sep = first_sep or sep
            pos = nxt.last

    def _tolls(self, sent: Sentence, created: list[_Draft], triggers: list[Match] | None = None) -> None:
        triggers = self._triggers(sent) if triggers is None else triggers
        if not created and self._continues_tally(sent):
            return  # "the monitor listed 24 fighters among the dead there": the count before, no event's toll
        self._died_with(sent, created)
        words = self.words[sent.first:sent.last + 1]
        # ("…, bringing the death toll of the blast to three": the new total is told, nothing to add)
        new_total = "toll" in words and "to" in words[words.index("toll"):]
        died = [cl for cl in sent.clauses if not created and self._died_of_wounds(cl)]
        for cl in died:
            # ("the toll rose to four after two of the wounded died": the total is told; the wounded who
            # died only leave the wounded)
            self._wounded_died(cl, add_dead=not new_total)
        for what, i, c in self._casualties(sent.first, sent.last):
            clause = next(cl for cl in sent.clauses if cl.first <= i <= cl.last)
            tail = self._tally_tail(clause)
            if tail is not None and i >= tail:
                continue  # ", bringing the death toll from the strikes this year to 30": a running count
            if any(lo <= i <= hi for lo, hi in self._earlier_acts):
                continue  # "…, a day after Turkish shells killed five civilians": the earlier act's toll
            if self._remembered_act(i, clause):
                continue  # "on the anniversary of the uprising, in which dozens were killed, …": the old act's
            if not created and (self._region_only(clause) or self._unconfirmed(sent)):
                # "Turkey's defence ministry said its forces had killed 15 militants in northern Syria": a
                # count across a region, not the toll of the event told before; nor an unconfirmed report
                continue
            if tail is not None:
                clause = Clause(clause.first, tail - 1)
            if not created and self._count_since(clause):
                continue  # "its fighters had killed 262 militants since Wednesday": a count over days, no event's
            if clause in died and (what == "injured" or not new_total):
                continue  # the wounded who died are no new wounded, nor new dead beyond a total told
            if self._running_total(clause.first, clause.last) or self._past_year_only(clause):
                continue  # (nor is an old event's toll, "in 2016 … killed 44 people", another event's)
            if self._among_the_dead(clause) and any(
                    x not in created and x.kind.kind in VIOLENT and x.fatalities is not None
                    and x.fatalities.value >= c.value for x in self.drafts):
                continue  # "four civilians were among the dead" of a toll told before: who they were, no new toll
            if any(clause.first <= m.first <= clause.last and (self._day_total(m) or m.payload.kind in VIOLENT
                                                                  and self._habitual(m, clause)) for m in triggers):
                continue  # "seven wounded in the day's shelling", "the repeated shelling has killed 12": no one event's
            target = self._toll_target(i, sent, created)
            if target is None:
                continue
            self._set_toll(target, what, c)

    def _count_since(self, clause: Clause) -> bool:
        """``The SDF said on Friday its fighters had killed 262 militants since Wednesday``: a
        casualty count in a clause with no event of its own whose date opens an interval
        (``since …``; any other date is when it was said) is a count over those days, not the
        toll of the event told before it."""
        spans = [(f, ds) for f, _, ds in self.dates if clause.first <= f <= clause.last]
        said = [f for f, ds in spans if not ds.background]
        # (the day it was said is no day of the count: "the SDF said on Friday that …")
        return any(ds.background for _, ds in spans) and all(
            _SPEECH & set(self.words[max(clause.first, f - 3):f]) for f in said)

    def _died_with(self, sent: Sentence, created: list[_Draft]) -> None:
        """``his bodyguard and driver died with him``, ``two of his sons were killed alongside
        him``: people killed together with the victim already counted add to that toll (the
        persons coordinated before the verb; the victim, ``him``, is one when no toll is kept)."""
        words = self.words
        lex = self.lex
        for k in range(sent.first + 1, sent.last - 1):
            if words[k] not in ("died", "killed", "perished") or not (
                    words[k + 1:k + 3] in (["with", "him"], ["with", "her"], ["alongside", "him"], ["alongside", "her"])
                    or words[k + 1:k + 4] in (["along", "with", "him"], ["along", "with", "her"])):
                continue
            n, j = 0, k - 1
            while j >= sent.first and words[j] in ("were", "was", "also", "all"):
                j -= 1
            while j >= sent.first:
                w = words[j]
                if w in lex.singular_persons:
                    n += 1
                elif w in lex.person_plurals:
                    at = j - 1
                    if at - 1 >= sent.first and words[at] in ("his", "her", "their") and words[at - 1] == "of":
                        at -= 2  # "two of his aides"
                    c = count_at(words, at, lex, k) if at >= sent.first else None
                    if c is None or c.qualifier == "vague":
                        break
                    n += c.value
                    j = c.first
                elif w not in ("and", "his", "her", "their", "the", "a", "an") and not (
                        w.isdigit() or w in lex.units):
                    break
                j -= 1
            if n == 0:
                continue
            violent = [d for d in created if d.kind.kind in VIOLENT]
            target = violent[0] if violent else self._latest_violent()
            if target is None:
                return
            old = target.fatalities.value if target.fatalities else 1
            target.fatalities = Count(old + n, j + 1, k, "")
            return

    def _titled_name(self, k: int, hi: int) -> int | None:
        """``killing Asayish member Mahmoud Derwish``, ``killing senior SDF commander Ahmed Ali``,
        ``wounding local journalist Sara Omar``: a person's title with no article (a side's name
        and a few title words, ``[numbers] title_words``, before a person noun) right before a
        person's name is one person. The name's last token, or None."""
        words = self.words
        sides = {t for f, l, _ in self.actors for t in range(f, l + 1)}
        t = k
        while t < min(hi, k + 5) and (t in sides or words[t] in _TITLE_WORDS):
            t += 1
        if t < hi and words[t] in self.lex.singular_persons and self._personal_name(t + 1, hi):
            return t + 2
        return None

    def _personal_name(self, k: int, hi: int) -> bool:
        """Tokens ``k`` and ``k + 1`` are a person's name: two capitalised words (within ``hi``)
        that are no place, actor, date or month, and no person noun follows them (``killed
        Ahmad al-Ali, a farmer``; not ``killed Kurdish fighters`` nor ``killed SDF members``)."""
        words = self.words
        if k + 1 >= hi:
            return False
        taken = {t for f, l, _ in self.mentions for t in range(f, l + 1)} | {
            t for f, l, _ in self.actors for t in range(f, l + 1)} | {
            t for f, l, _ in self.dates for t in range(f, l + 1)}
        for t in (k, k + 1):
            o = self.o_starts[t]
            if t in taken or not self.nt.original[o:o + 1].isupper() or words[t] in _MONTH_WORDS \
                    or self.nt.original[o:o + 2].isupper():
                return False
        nxt = words[k + 2] if k + 2 < hi else ""
        return nxt not in self.lex.person_plurals and nxt not in self.lex.singular_persons

    def _continues_tally(self, sent: Sentence) -> bool:
        """``Drones have struck the region 188 times this year, by the monitor's count. The
        province took 137 of those strikes, with 24 fighters among the dead there``: a sentence
        right after a running total that points back at it (``those``, ``these``, ``of them``,
        ``there``) breaks that count down; its figures are no event's toll."""
        k = next((i for i, s in enumerate(self.sentences) if s is sent), 0)
        if k == 0:
            return False
        prev = self.sentences[k - 1]
        if not any(self._running_total(c.first, c.last) for c in prev.clauses):
            return False
        words = self.words[sent.first:sent.last + 1]
        return bool({"those", "these", "there"} & set(words)) or any(
            words[i:i + 2] == ["of", "them"] for i in range(len(words) - 1))

    def _died_of_wounds(self, clause: Clause) -> bool:
        """``One of the wounded died in hospital on Tuesday``, ``a second man later succumbed to
        his wounds``, ``died of the injuries he sustained``: people already counted as wounded
        in the event before who have since died."""
        text = " " + " ".join(self.words[clause.first:clause.last + 1]) + " "
        return _WOUNDS_DIED_RE.search(text) is not None

    def _wounded_died(self, clause: Clause, add_dead: bool = True) -> None:
        """The latest violent event's dead grow by the clause's count (``two of the wounded``;
        one when none is given) and its wounded shrink by as many (the same people); the word
        ``wounded`` in that clause counts no one new."""
        told = [d for d in self.drafts if d.kind.kind in VIOLENT and d.spans]
        if not told:
            return
        # the violent event told last in the text (a headline's event keeps the headline's rank)
        prior = max(told, key=lambda d: max(f for f, _ in d.spans))
        words = self.words[clause.first:clause.last + 1]
        if (prior.injuries is None or prior.injuries.value == 0) and prior.fatalities is not None \
                and prior.fatalities.value > 0 and words[:1] in (["the"], ["he"], ["she"]) \
                and not {"wounded", "injured", "second", "third", "another"} & set(words[:4]):
            # "a boy was shot dead …; the boy, Ahmad, died of his wounds on the way to hospital": the
            # victim already counted dead, no one wounded to move to the dead
            return
        c = count_at(self.words, clause.first, self.lex, clause.last + 1)
        if c is None:
            # "the toll rose to four after two of the wounded died": the count right before "of the wounded"
            j = next((k for k in range(clause.first + 1, clause.last - 2) if self.words[k:k + 3] in (
                ["of", "the", "wounded"], ["of", "the", "injured"])), None)
            if j is not None:
                c = next((cc for st in range(max(clause.first, j - 3), j)
                          if (cc := count_at(self.words, st, self.lex, j)) is not None and cc.last == j - 1), None)
        if c is None or c.value <= 0 or c.qualifier == "vague":
            c = Count(1, clause.first, clause.first, "")
        if add_dead:
            old = prior.fatalities.value if prior.fatalities else 0
            prior.fatalities = Count(old + c.value, c.first, c.last, c.qualifier)
        if prior.injuries is not None and prior.injuries.value >= c.value:
            inj = prior.injuries
            prior.injuries = Count(inj.value - c.value, inj.first, inj.last, inj.qualifier)

    def _toll_target(self, i: int, sent: Sentence, created: list[_Draft]) -> _Draft | None:
        bound = next((d for (lo, hi), d in self._bound_tolls.items() if lo <= i <= hi), None)
        if bound is not None:
            # "The shelling killed two people", "two were killed in that shelling": the act the clause
            # names, even one told only as the time reference of another (its toll set by _refer_tolls)
            return bound
        violent = [d for d in created if d.kind.kind in VIOLENT or d.kind.kind == "abduction"]
        same = [d for d in violent if d.clause.first <= i <= d.clause.last]
        if same:
            return same[0]
        if violent:
            return min(violent, key=lambda d: abs(d.trig_first - i))
        if created:
            return None  # a sentence about something else (an agreement, an arrest)
        # (a toll with no act named: never an act told only as the time reference of another, "The
        # strike came two days after Turkish shelling of villages near Amuda. Two people were killed":
        # the strike's toll)
        latest = self._latest_violent(told=True)
        if self._names_another_act(sent):
            return None  # "wounded in a similar attack near al-Hol": another act's toll (_separate_attack)
        if latest is not None and latest.date is not None and self._elsewhen(sent, latest.date):
            # "Earlier this month, another tribal figure was wounded in a similar attack": a toll told
            # with a time of its own, apart from the latest event's, is not that event's
            return None
        return latest

    def _elsewhen(self, sent: Sentence, when: DateSpan) -> bool:
        """The sentence gives a date of its own (not ``since``, not when something was said) that
        ends before ``when`` begins: what it counts happened before that event (a later date may
        tell its toll rising: ``died of his wounds on Wednesday``)."""
        for f, _, ds in self.dates:
            if sent.first <= f <= sent.last and not ds.background and not self._is_reporting(f, sent.first) \
                    and anchored_offset(ds.text) is None:
                return ds.date_to < when.date_from
        return False

    def _refer_tolls(self, prior: _Draft, sent: Sentence, clause: Clause) -> None:
        """A toll told with a reference back goes to that event: the larger figure, or the sum
        when the clause adds to it (``an Asayish member was also killed in the fighting``)."""
        if prior.kind.kind in VIOLENT:  # (not "the truce came after the violence had killed nine": the fighting's)
            self._bound_tolls[(clause.first, clause.last)] = prior
        adds = bool({"also", "another", "more"} & set(self.words[clause.first:clause.last + 1]))
        for what, _, c in self._casualties(clause.first, clause.last):
            old = prior.fatalities if what == "killed" else prior.injuries
            if adds and old is not None:
                c = Count(old.value + c.value, old.first, old.last, old.qualifier)
            self._set_toll(prior, what, c)

    @staticmethod
    def _set_toll(d: _Draft, what: str, c: Count) -> None:
        if d.kind.event_type == "Strategic developments":
            return  # "by the time the truce took hold, the fighting had killed 58": the fighting's toll, not the deal's
        if what == "killed":
            if d.fatalities is None or c.value > d.fatalities.value:
                d.fatalities = c
        elif d.injuries is None or c.value > d.injuries.value:
            d.injuries = c

    # ------------------------------------------------------------------ merging
    def _latest(self, kind: str) -> _Draft | None:
        return next((d for d in reversed(self.drafts) if d.kind.kind == kind), None)

    def _latest_violent(self, told: bool = False) -> _Draft | None:
        """The violent event told last; with ``told``, not one told only as the time reference of a
        later act (``set_against``: ``came two days after Turkish shelling of …``), which takes no toll
        from another sentence."""
        return next((d for d in reversed(self.drafts) if d.kind.kind in VIOLENT
                     and not (told and d.set_against is not None)), None)

    def _add(self, d: _Draft) -> None:
        for prior in self.drafts:
            if self._same_event(prior, d):
                # told back in speech only while every telling is a statement (or the headline)
                speech = all(x.in_speech or x.headline for x in (prior, d)) and (prior.in_speech or d.in_speech)
                prior.in_speech = d.in_speech = speech
                prior.spans += [s for s in d.spans if s not in prior.spans]
                if d.how == "intervention":
                    prior.kind, prior.how = d.kind, d.how  # the same protest, broken up
                for c, what in ((d.fatalities, "killed"), (d.injuries, "injured")):
                    if c is not None:
                        self._set_toll(prior, what, c)
                if prior.headline and not d.headline:
                    # the body's sentence is the evidence; the headline's fills gaps
                    d.spans = [s for s in d.spans] + [s for s in prior.spans if s not in d.spans]
                    self._fill(d, prior)
                    self.drafts[self.drafts.index(prior)] = d
                else:
                    self._fill(prior, d)
                return
        self.drafts.append(d)

    @staticmethod
    def _fill(keep: _Draft, other: _Draft) -> None:
        # a side the event already has is not its other side too ("IS militants hold out …" in the
        # headline, then the body's fighting with IS as the side named): fill gaps with new sides only
        keep.actor1 = keep.actor1 or (other.actor1 if other.actor1 != keep.actor2 else "")
        keep.actor2 = keep.actor2 or (other.actor2 if other.actor2 != keep.actor1 else "")
        keep.mediator = keep.mediator or other.mediator
        if other.place is not None and other.place_quality > keep.place_quality:
            keep.place, keep.place_quality = other.place, other.place_quality
        if other.date is not None and other.date_quality > keep.date_quality:
            keep.date, keep.date_quality = other.date, other.date_quality
        for c, what in ((other.fatalities, "killed"), (other.injuries, "injured")):
            if c is not None:
                _Run._set_toll(keep, what, c)

    def _told_back_in_speech(self, d: _Draft) -> bool:
        """Whether ``d``'s trigger is a definite act noun that someone's words tell back: ``the SDF
        said in a press release that the drone attack targeted …``, ``the army said the strike hit
        …`` (``the``/``this``/``that`` before the trigger; a speech word at most six words before it,
        ``that`` or nothing between them and the trigger), with no date of its own in the clause."""
        words = self.words
        f = d.trig_first
        if f < 2 or words[f - 1] not in ("the", "this", "that") or d.date_quality == 2:
            return False
        k = f - 2 if words[f - 2] != "that" else f - 3
        return any(words[j] in _SPEECH for j in range(max(d.clause.first, k - 5), k + 1)) \
            and (words[k] in _SPEECH or words[f - 2] == "that")

    def _statements_of_the_act(self, drafts: list[_Draft]) -> list[_Draft]:
        """Stage: an event made only of statements that tell an act back (``_Draft.in_speech``:
        ``the SDF said in a press release that the drone attack targeted …``), when the article tells
        an act of the same kind with its own day elsewhere (and no day of its own says otherwise), is that act told
        again: dropped (its headline, told before the body, is no act of its own either). One told
        in the article alone stays."""
        told = [d for d in drafts if not d.in_speech and not d.headline and d.date_quality == 2]
        out = []
        for d in drafts:
            if d.in_speech and any(o.kind.kind == d.kind.kind and (d.date is None or o.date is not None and (
                    o.date.date_from <= d.date.date_to and d.date.date_from <= o.date.date_to))
                    and self._same_ground(o, d) for o in told):
                continue
            out.append(d)
        return out

    def _same_ground(self, told: _Draft, d: _Draft) -> bool:
        """Whether a statement's act ``d`` may be the act ``told`` with its own day: unless ``d`` names
        a scene of its own right after its trigger (``_STRUCK_AT``: ``the SDF said the drone attack
        on the al-Hol camp gate wounded three guards``) that is not ``told``'s place, nor inside it,
        nor holding it (a drone attack on a car in Qamishli is another act). A place told of the
        victims (``targeted the guards of the al-Hol camp``) is no scene."""
        if d.place is None or d.place_quality < 2 or told.place is None or not d.place.place_id \
                or not told.place.place_id or d.place.place_id == told.place.place_id:
            return True
        words = self.words
        k = d.trig_last + 1
        if k > d.clause.last or words[k] not in _STRUCK_AT or not any(
                k < f <= min(d.clause.last, k + 5) and m.place_id == d.place.place_id for f, _, m in self.mentions):
            return True  # (the place is no scene: "the drone attack targeted the guards of the al-Hol camp")
        gaz = self.ex.gazetteer
        return d.place.place_id in gaz.ancestor_ids(told.place.place_id) \
            or told.place.place_id in gaz.ancestor_ids(d.place.place_id)

    def _same_event(self, a: _Draft, b: _Draft) -> bool:
        if (a.headline and a.how == "killing" and b.kind.kind in VIOLENT
                or b.headline and b.how == "killing" and a.kind.kind in VIOLENT):
            return True  # "SDF member killed as ISIS steps up attacks": the body's attack
        if a.kind.kind != b.kind.kind and (a.headline or b.headline) and a.kind.kind in _REMOTE \
                and b.kind.kind in _REMOTE:
            return True  # "Two children killed by unexploded shell": the body's explosion, however typed
        if b.date_quality == 0 and not b.headline and self._told_before(b) and b.sentence > a.sentence:
            return False  # "Before that, the son of a merchant was abducted": another act, before the ones told
        if a.kind.kind in VIOLENT and a.place_quality == 0 and b.place_quality == 2 and self._region_only(a.clause):
            # "Turkish strikes killed 12 people in northeast Syria on Thursday", then "a drone struck a car
            # on the outskirts of Qamishli": one of the strikes the regional lead sums up, not the lead
            return False
        if a.kind.kind != b.kind.kind:
            if {a.kind.kind, b.kind.kind} == {"abduction", "arrest"} and b.date_quality == 0 \
                    and b.place_quality < 2 and not self._told_before(b) and not (
                        {"another", "also", "separate"} & set(self.words[b.clause.first:b.clause.last + 1])):
                # "… kidnapped five young men from the village …", then "the militia raided houses in the
                # village and took the young men to an unknown destination": how the abduction went
                return True
            # "a second strike hit behind the village, and a mortar shell fell on empty fields":
            # remote violence with nothing of its own (no place, no date) is the strike told; not one
            # told as another ("also targeted a vehicle … near the village of Dugir with a drone")
            return a.kind.kind in _REMOTE and b.kind.kind in _REMOTE and b.place_quality == 0 \
                and b.date_quality == 0 and not b.headline and not (b.unresolved and b.unresolved != a.unresolved) \
                and not {"also", "another"} & set(self.words[b.clause.first:b.clause.last + 1])
        if a.headline or b.headline:
            return True
        pa = {a.actor1, a.actor2} - {""}
        pb = {b.actor1, b.actor2} - {""}
        if b.place_quality == 0 and b.date_quality == 0 and not self._told_before(b) \
                and not (b.unresolved and b.unresolved != a.unresolved) \
                and not any(n.startswith("an earlier one of the series") for n in b.notes):
            # (not one that names its own unknown place, nor one dated before it: "the fourth in a week")
            # nothing new (no place, no date of its own): the same act told again, maybe
            # naming a side the first telling did not ("an NDF sniper fired on him")
            if pb <= pa or bool(pa) and pa <= pb:
                return True
            # the same act told by the other member of one side ("US forces … traded fire", then
            # "the US-led coalition said its troops came under fire"): the actor table's sides
            sa, sb = self._sides(pa), self._sides(pb)
            return bool(sb) and sb <= sa
        same_day = (a.date.date_from if a.date else None) == (b.date.date_from if b.date else None)
        same_place = (a.place.place_id if a.place else None) == (b.place.place_id if b.place else None)
        if a.unresolved and b.unresolved and a.unresolved != b.unresolved \
                and not (a.place and a.place.place_id) and not (b.place and b.place.place_id):
            # two villages the gazetteer lacks, in an article naming no known place (drawn nowhere):
            # two places, not one "unknown" place
            same_place = False
        if a.unresolved != b.unresolved and a.place_quality == 2 and b.place_quality == 2:
            # two villages the gazetteer lacks, drawn at one town, are two places; but a spot named
            # inside an area told first ("in the southern countryside of Al-Hasakah", then "in the
            # Al-Sa'ada area") is that area's event placed better
            # ("… attributed to another drone strike": told as another one, it is)
            another = bool({"another", "second", "separate"} & set(self.words[b.clause.first:b.clause.last + 1]))
            same_place = same_place and a.place is not None and a.place.kind == "area" and not a.unresolved \
                and not another
        elif not same_place and same_day and a.place is not None and b.place is not None and b.place.place_id \
                and (a.kind.kind == "clash" and pa and pa == pb or a.kind.kind == "protest") \
                and a.place_quality == 2 and a.place.kind in ("city", "town") \
                and a.place.place_id in self.ex.gazetteer.ancestor_ids(b.place.place_id):
            # "clashes … in Qamishli", then the same two sides "in the Halko neighbourhood" that day;
            # a protest in a city, then "protesters gathered at the Wahda roundabout" there that day
            same_place = True
            a.place, a.place_quality = b.place, max(a.place_quality, b.place_quality)
        elif not same_place and same_day and self._placed_better(a, b, pa, pb):
            # "the SDF arrested two militants in the countryside of Hasakah", then "it arrested ISIS
            # fighters in the al-Safa area, south of Shaddadi in the countryside of Hasakah": the same
            # act, the spot inside the area it was told in first
            same_place = True
            a.place, a.place_quality = b.place, max(a.place_quality, b.place_quality)
        return same_day and same_place and (pa <= pb or pb <= pa)

    def _placed_better(self, a: _Draft, b: _Draft, pa: set[str], pb: set[str]) -> bool:
        """Whether ``b`` tells ``a`` again at a spot inside ``a``'s place: the same sides (at least
        one named), no day of its own, a place of ``b`` more specific than ``a``'s area (a
        countryside), and that area named in ``b``'s own clause as well. Not protests."""
        if not pa or pa != pb or b.date_quality == 2 or a.place is None or b.place is None \
                or not a.place.place_id or not b.place.place_id or b.place_quality != 2 \
                or a.kind.kind == "protest" or SPECIFICITY.get(b.place.kind, 9) >= SPECIFICITY.get(a.place.kind, 9):
            return False  # (protests in a list of towns are one in each)
        if a.place.kind != "area" or a.unresolved or b.unresolved:
            return False  # (a city's two quarters, or a spot the gazetteer lacks, are places of their own)
        return any(b.clause.first <= f <= b.clause.last and m.place_id == a.place.place_id
                   for f, _, m in self.mentions)

    # ------------------------------------------------------------------ output
    def _summaries(self) -> None:
        """A lead that sums up what the next sentences tell one by one (``arrested four
        activists in al-Hasakah province on 17 and 18 July``, then each arrest with its town)
        is no event of its own: an event at a governorate, region or subdistrict is dropped
        when the article has events of the same kind, on days it covers, at places inside it."""
        gaz = self.ex.gazetteer
        keep = []
        for d in self.drafts:
            named = {m.place_id for f, _, m in self.mentions if d.clause.first <= f <= d.clause.last
                     and m.kind in ("town", "city", "area") and f not in self.office_lines
                     and f not in self.locators and f not in self.alt_names}
            # ("in Kardahoul, in the countryside of al-Qahtaniyah (Tirbespiyê), east of Qamishli": one
            # place told with its town and a reference point, not a list of three)
            named -= {a for p in named for a in gaz.ancestor_ids(p or "")}
            listing = len(named) >= 3 and d.place is not None and d.place.kind in ("town", "city", "area") \
                and sum(o is not d and o.kind.kind == d.kind.kind and o.clause != d.clause and o.date is not None
                        and d.date is not None and o.date.date_from == d.date.date_from for o in self.drafts) >= 2
            coarse = d.place is not None and (SPECIFICITY.get(d.place.kind, 9) >= SPECIFICITY["subdistrict"]
                                              or self._with_its_area(d))
            if self._regional_lead(d):
                for o in self.drafts:
                    if o is not d and o.kind.event_type == d.kind.event_type and o.place_quality == 2:
                        o.spans += [sp for sp in d.spans if sp not in o.spans]
                        break
                continue
            if listing and d.date is not None:
                # "shelling the countryside of Qamishli and the areas of Derbasiyah, Amuda and al-Qahtaniyah",
                # then each strike: the lead sums them up
                for o in self.drafts:
                    if o is not d and o.kind.kind == d.kind.kind:
                        o.spans += [sp for sp in d.spans if sp not in o.spans]
                        break
                continue
            if coarse and d.date is not None and any(
                    o is not d and o.kind.kind == d.kind.kind and o.place is not None and o.place.place_id
                    and d.place is not None and d.place.place_id in gaz.ancestor_ids(o.place.place_id)
                    and o.date is not None and d.date.date_from <= o.date.date_from <= d.date.date_to
                    for o in self.drafts):
                for o in self.drafts:
                    if o is not d and o.kind.kind == d.kind.kind:
                        o.spans += [sp for sp in d.spans if sp not in o.spans]
                        break
                continue
            keep.append(d)
        self.drafts = keep

    def _with_its_area(self, d: _Draft) -> bool:
        """``resumed its shelling of Qamishlo city and its countryside on Friday``: a town or
        city named with the area around it (``[summary] with_area``: ``and its countryside``,
        ``and surrounding villages``) in an event's clause, with no toll of its own, covers as
        much ground as a subdistrict: a lead over the strikes told next at their own places."""
        if d.place is None or d.place.kind not in ("city", "town") or d.fatalities and d.fatalities.value \
                or d.injuries and d.injuries.value or self.lex.with_area is None:
            return False
        return bool(self.lex.with_area.find(self.tokens[d.clause.first:d.clause.last + 1]))

    def _among_the_dead(self, clause: Clause) -> bool:
        """``Four civilians were among the dead``, ``a child was among those killed``: a part of a
        toll told before, not a toll of its own."""
        text = " " + " ".join(self.words[clause.first:clause.last + 1]) + " "
        return any(p in text for p in (" among the dead ", " among the killed ", " among the victims ",
                                       " among the wounded ", " among the injured ", " among those killed ",
                                       " among those wounded ", " among those injured "))

    def _region_only(self, clause: Clause) -> bool:
        """The clause names places, all of them regions or the country (``in northeast Syria``)."""
        inside = [m for f, _, m in self.mentions if clause.first <= f <= clause.last and f not in self.dateline]
        return bool(inside) and all(SPECIFICITY.get(m.kind, 9) >= SPECIFICITY["region"] for m in inside)

    def _unconfirmed(self, sent: Sentence) -> bool:
        """``SOHR said it could not confirm reports that two civilians were killed``, ``the
        toll could not be independently verified``: the sentence says its news is unsure."""
        text = " " + " ".join(self.words[sent.first:sent.last + 1]) + " "
        return any(p in text for p in (" not confirm ", " not be confirmed ", " not independently confirm ",
                                       " not verify ", " not be verified ", " not independently verify ",
                                       " unable to confirm ", " unable to verify ", " unconfirmed "))

    def _regional_lead(self, d: _Draft) -> bool:
        """``Turkish warplanes and drones struck power stations across north-east Syria for a
        third day``: a violent event whose clause names only a region or the country (placed at
        the article's city for want of a place) sums up the strikes the article then tells at
        their own places (events of its type placed in their clause, within three days before
        its date): no event of its own."""
        if d.kind.kind not in VIOLENT or d.place_quality != 0 or d.date is None:
            return False
        inside = [m for f, _, m in self.mentions if d.clause.first <= f <= d.clause.last and f not in self.dateline]
        if not inside or any(SPECIFICITY.get(m.kind, 9) < SPECIFICITY["region"] for m in inside):
            return False
        return any(o is not d and o.kind.event_type == d.kind.event_type and o.place_quality == 2
                   and o.date is not None
                   and d.date.date_from - dt.timedelta(days=3) <= o.date.date_from <= d.date.date_to
                   for o in self.drafts)

    def _closure_without_force(self, d: _Draft) -> bool:
        """A road closed or a curfew declared (a deployment whose trigger holds a ``[close]
        objects`` word) is a change to group/activity only when an armed or state side
        (:meth:`_armed`) is its actor1, or, none named, a force told by its kind (``Security
        forces shut the roads``) right before the trigger: a landslide or floodwater that blocked the road, residents
        who blocked roads in protest, are none; nor is a curfew declared ``over`` or ``lifted``
        (``declared the three-day curfew in Qamishli over``)."""
        if d.kind.kind != "deployment":
            return False
        trig = self.words[d.trig_first:d.trig_last + 1]
        if not self.lex.close_objects & set(trig):
            return False
        after = self.words[d.trig_last + 1:min(d.clause.last + 1, d.trig_last + 6)]
        if {"over", "lifted", "ended"} & set(after):
            return True
        if d.actor1:
            return not self._armed(d.actor1)
        # no side named: a force told by its kind ("Security forces shut the roads …") is one
        before = set(self.words[max(d.clause.first, d.trig_first - 4):d.trig_first])
        return not before & (_ARMED_PEOPLE | {"forces", "police", "army", "patrol", "patrols", "authorities"})

    def _finish(self) -> list[Event]:
        art, actors = self.article, self.ex.actors
        # (and "a joint patrol detained …", "the forces took a correspondent …" after the Asayish's
        # arrests: the one force the article's arrests name)
        striking = {kind: {d.actor1 for d in self.drafts if d.kind.kind == kind and d.actor1}
                    for kind in ("air", "shelling", "arrest")}
        self._summaries()
        for kind, forces in striking.items():
            if len(forces) != 1:
                continue
            # "Turkish air strikes and drone attacks killed 12 people …", then "a drone struck a car on the
            # outskirts of Qamishli": the one air force the article names; "the Turkish occupation army
            # resumed its shelling …", then "mortar shells fell among the houses": the one artillery
            (force,) = forces
            for d in self.drafts:
                words = self.words[d.clause.first:d.clause.last + 1]
                fired_from = any(words[k] == "from" and words[k + 1] in ("syria", "syrian", "the")
                                 for k in range(len(words) - 1))  # ("mortar fire from Syria killed … in Nusaybin")
                if d.kind.kind == kind and not d.actor1 and d.actor2 != force and not fired_from \
                        and not _OTHER_FORCES & set(words):
                    d.actor1 = force
        # a headline's event that no sentence of the body tells and that names no place of its own
        # ("Turkey threatens new offensive as drone strikes intensify"): a trend or a theme, not an act
        self.drafts = [d for d in self.drafts if not (d.headline and d.place_quality == 0)
                       and not self._closure_without_force(d)]
        self.drafts = self._statements_of_the_act(self.drafts)
        events: list[Event] = []
        for d in self.drafts:
            self._default_actors(d)
            if d.date is None:
                date_from = date_to = art.published
                precision, part = 1, ""
                d.notes.append(NO_DATE_NOTE)
            else:
                date_from, date_to = d.date.date_from, d.date.date_to
                precision, part = d.date.time_precision, d.date.part_of_day
            loc = d.place
            if d.unresolved and (loc is None or SPECIFICITY.get(loc.kind, 9) >= SPECIFICITY["village"]):
                loc = self._unknown_place_area(d, loc)
            f, l = d.spans[0]
            s, e = self._sentence_span(f, l)
            more = more_evidence((s, e), (self._sentence_span(f2, l2) for f2, l2 in d.spans[1:]))
            ts, te = self._orig_span(d.trig_first, d.trig_last)
            evidence = self.nt.original[s:e]
            trigger = self.nt.original[ts:te]
            ev = Event(
                event_id=event_id(art.id, evidence, trigger), article_id=art.id, source=art.source,
                event_date=date_from, date_from=date_from, date_to=date_to, time_precision=precision,
                event_type=d.kind.event_type, sub_event_type=d.kind.sub_event_type,
                **actor_fields(actors, d.actor1, d.actor2, d.mediator), **place_fields(loc),
                fatalities=d.fatalities.value if d.fatalities else 0,
                fatalities_text=self._count_text(d.fatalities),
                injuries=d.injuries.value if d.injuries else None,
                injuries_text=self._count_text(d.injuries),
                part_of_day=part, tags=list(d.kind.tags), evidence=evidence, start=s, end=e,
                more_evidence=more, trigger=trigger,
                notes="; ".join(dict.fromkeys(d.notes)),
                confidence=self._confidence(d), rule=self._rule(d),
            )
            if d.unresolved and (loc is None or SPECIFICITY.get(loc.kind, 9) >= SPECIFICITY["village"]):
                ev.approximate = True
                ev.unresolved_name = d.unresolved
                # named as the Arabic rules name it: the name the text gives and the area (or none)
                ev.location, ev.location_ar = unresolved_names(
                    d.unresolved, d.unresolved, self.ex.gazetteer.places.get(loc.place_id) if loc and loc.place_id
                    else None)
                ev.notes = "; ".join(filter(None, [ev.notes, f"place not in the gazetteer: {d.unresolved}"
                                                   + (f" (located at {loc.name_en})" if loc else "")]))
            if d.near is not None and loc is d.near and not ev.approximate:
                ev.approximate = True
                ev.geo_precision = near_precision(ev.geo_precision)
                ev.notes = "; ".join(filter(None, [ev.notes, f"near {loc.name_en}, not at it"]))
            if loc is not None and d.place_quality == 0:
                ev.notes = "; ".join(filter(None, [ev.notes, city_note(loc)]))
            events.append(ev)
        for ev, new_id in zip(events, unique_event_ids([ev.event_id for ev in events])):
            ev.event_id = new_id
        return events

    def _unknown_place_area(self, d: _Draft, loc: Mention | None) -> Mention | None:
        """Stage (issue 10, places never snap elsewhere): where an event whose own place is a
        name the gazetteer lacks (``d.unresolved``) is drawn: the area that holds it, never
        another town or village.

        The known place the event was given (``loc``) only says where the name lies: a town
        named in its sentence (``the village of X, north of Tal Tamr``) gives the town's
        countryside, or the town itself for a place inside a settlement (``the X
        neighbourhood of Qamishli``, ``the X prison``); the article's town, used because the
        text names no place for it (``the outskirts of Zirgan``), gives only its governorate
        (a quarter stays in the article's city); a village gives the area above it. An area,
        subdistrict or governorate is kept as it is.

        Parameters
        ----------
        d : _Draft
        loc : Mention or None

        Returns
        -------
        Mention or None
            ``loc`` or the enclosing area, as a mention at ``loc``'s words.
        """
        gaz = self.ex.gazetteer
        if loc is not None and (not loc.place_id or loc.kind in REGION_KINDS):
            return loc
        records = [u for f, _, u in self.unresolved if u.name == d.unresolved and d.clause.first <= f <= d.clause.last]
        if not records and d.unresolved and loc is not None and loc.how == "relative":
            # (a quarter named in a later sentence that tells the event again: :meth:`_narrow_to_spot`)
            records = [u for _, _, u in self.unresolved if u.name == d.unresolved and u.placed_at == loc.place_id]
        if loc is not None and any(_coordinated(self.nt.original, loc, u) for u in records):
            return loc  # "on Tel Ziwan and Sikirka villages": a known place of the event, the other one unknown
        inside = any(u.head.lower() in _INSIDE_HEADS for u in records)
        placed = next((gaz.places[u.placed_at] for u in records if u.placed_at in gaz.places), None)
        if records and placed is None and all(u.head.lower() == "city" for u in records):
            # a city the gazetteer lacks, in no area the text gives: elsewhere, drawn nowhere
            d.notes.append(f"{d.unresolved} is not in the gazetteer and the text places it in no known area: not drawn")
            return None
        if loc is None:
            area = placed or governorate_of(gaz, [self.focus_city, *(m.place_id for _, _, m in self.mentions)])
            if area is None or not records:
                return None
            u = records[0]
            loc = Mention(u.start, u.end, u.text, None, "", "", "area", None, None, None, True, "unresolved")
        elif placed is not None:  # the area the text gives around the name itself
            area = placed
        elif d.place_quality == 0 and not (inside and loc.kind in ("city", "town")):
            area = governorate_of(gaz, [loc.place_id])
        elif loc.place_id:
            area = enclosing_area(gaz, loc.place_id, inside)
        else:
            area = None
        if area is None or area.id == loc.place_id:
            return loc
        d.notes.append(f"{d.unresolved} is not in the gazetteer: drawn in {area.name_en}, the area that holds it"
                       + (f" ({loc.name_en} is another place)" if loc.place_id else ""))
        return self._area_mention(loc, area)

    def _default_actors(self, d: _Draft) -> None:
        """Roles the words leave open, filled as ACLED codes them: civilians are the side hit
        in remote violence, never its perpetrator (``seven civilians were hurt when a car bomb
        went off``); an attack or abduction on civilians with no perpetrator named is by an
        unidentified armed group (``a jeweller was kidnapped``), and so is a bombing with no bomber
        named or claimed (``a roadside bomb wounded two Asayish members``); ``a second drone``, ``another
        drone`` is the perpetrator of the air strike told before it."""
        kind = d.kind.kind
        if kind in _REMOTE and d.actor1 == "civilians":
            # (the other side named is as likely the target, "near an Asayish post", as the author)
            d.actor1, d.actor2 = "", "civilians"
        if kind in _REMOTE and not d.actor2 and d.actor1 != "civilians" and self._civilian_victims(d):
            d.actor2 = "civilians"  # "a Turkish shell killed a woman and a child": the side hit
        clause_words = set(self.words[d.clause.first:d.clause.last + 1])
        told = set(self.words[d.clause.first:self._told_end(d.clause) + 1])  # without "…, a military source said"
        if kind in _REMOTE and not d.actor2 and d.actor1 and not (d.fatalities and d.fatalities.value) \
                and not (d.injuries and d.injuries.value) and told & _CIVIL_TARGETS \
                and not told & (_ARMED_PEOPLE | _MILITARY_TARGETS) \
                and not any(a not in (d.actor1, "civilians") for f, _, a in self.actors if d.clause.first <= f <= d.clause.last):
            d.actor2 = "civilians"  # "shelled two populated villages west of Tal Tamr": homes and fields hit
        if kind == "arrest" and not d.actor2 and clause_words & _CIVIL_ARRESTED \
                and not clause_words & (_ARMED_PEOPLE | {"isis", "cell", "cells", "militants", "emir"}):
            d.actor2 = "civilians"  # "arrested two young men", "detained the director of the newspaper's office"
        if kind == "arrest" and d.actor1 and not d.actor2 and self._party_members(d):
            d.actor2 = "civilians"  # "detained three members of an opposition party": no armed side
        if kind == "arrest" and d.actor1 and d.actor1 != "isis" and not d.actor2 and self._isis_suspects(d):
            d.actor2 = "isis"  # "ISIS inmates broke out …", then "recaptured 30 of the escapees": its members
        if kind in _REMOTE and d.actor1 == "coalition" and not d.actor2 and "isis" in self.ex.actors \
                and any(a == "isis" for _, _, a in self.actors) and not self._owned_by_another(d):
            d.actor2 = "isis"  # "coalition aircraft struck buildings near the prison": against Islamic State
        if kind in ("civ_attack", "abduction") and not d.actor1 and d.actor2 == "civilians" \
                and "unidentified" in self.ex.actors and self._no_author(d) and not self.lex.words["quarrels"] & set(
                    self.words[self.sentences[d.sentence].first:self.sentences[d.sentence].last + 1]):
            d.actor1 = "unidentified"  # (not "killed in a family feud": no armed group, actor1 stays empty)
        if kind in ("protest", "riot") and not d.actor2:
            faced = self._confronted_force(d)
            if faced:
                d.actor2 = faced  # "locals intercepted a convoy of the US forces": the force the crowd faced
                d.notes.append("the force whose convoy the crowd confronted: actor2")
        if kind in _BOMBINGS and not d.actor1 and d.actor2 != "unidentified" and "unidentified" in self.ex.actors:
            # "a roadside bomb wounded two Asayish members", "a car bomb went off near a bakery": no
            # bomber named (nor claimed: _claimed ran before) is an unidentified armed group (ACLED)
            d.actor1 = "unidentified"
            d.notes.append("no bomber named: an unidentified armed group")
        if kind == "clash" and not d.actor1 and d.actor2 and d.actor2 != "unidentified" \
                and "unidentified" in self.ex.actors \
                and _GENERIC_AUTHORS & set(self.words[d.clause.first:d.clause.last + 1]):
            d.actor1 = "unidentified"  # "an Asayish member … in an attack by gunmen": unnamed attackers
        if kind == "clash" and d.actor1 and not d.actor2 and d.actor1 != "unidentified" \
                and "unidentified" in self.ex.actors \
                and _GENERIC_AUTHORS & set(self.words[d.trig_last + 1:d.clause.last + 1]):
            d.actor2 = "unidentified"  # "an SDF patrol exchanged fire with gunmen": unnamed other side
        if kind in ("air", "shelling") and not d.actor1 and d.trig_first > 0 and (
                self.words[d.trig_first - 1] in ("second", "third", "another", "other", "fourth")
                or d.how == "another" or "also" in self.words[d.clause.first:d.clause.last + 1] or kind == "air"):
            # ("on January 15, a drone also hit a military vehicle", "shells also fell on …"; and any air
            # strike with no author named, "last month a car was hit from the air", in an article whose
            # air strikes told before all have one author: aircraft are few sides' own)
            earlier = [x for x in self.drafts if x is not d and x.kind.kind == kind and x.actor1
                       and x.spans and d.spans and (x.spans[0], x.trig_first) < (d.spans[0], d.trig_first)]
            if earlier and len({x.actor1 for x in earlier}) == 1 and d.actor2 != earlier[-1].actor1 \
                    and not _OTHER_FORCES & set(self.words[d.clause.first:d.clause.last + 1]):
                d.actor1 = earlier[-1].actor1
            elif not earlier and kind == "air" and len(self._air_authors) == 1 \
                    and d.actor2 not in self._air_authors \
                    and not _OTHER_FORCES & set(self.words[d.clause.first:d.clause.last + 1]):
                # "… three days after Turkish warplanes launched a wave of air raids", then "one of the
                # deadliest raids hit Taql Baql": the one air force the article names
                (d.actor1,) = self._air_authors

    def _confronted_force(self, d: _Draft) -> str:
        """The force whose convoy or patrol a protest's or riot's crowd confronted (``locals
        intercepted a convoy of the US forces``, ``residents blocked a US convoy and pelted it with
        stones``): an armed actor named in the protest's sentence that holds a convoy noun
        (``[words] convoy_nouns``: ``US convoy``) or stands at most four words after one; ``""``
        when there is none or the patrol is a joint one (two sides, no one faced). A crowd that
        gathers before a building faces no force."""
        words, sent = self.words, self.sentences[d.sentence]
        nouns = self.lex.words["convoy_nouns"]
        at = [k for k in range(sent.first, sent.last + 1) if words[k] in nouns]
        if not at or "joint" in words[max(sent.first, at[0] - 3):at[0]]:
            return ""
        for f, l, a in self.actors:
            if f < sent.first or f > sent.last or a in ("civilians", "protesters", "rioters"):
                continue
            actor = self.ex.actors.get(a)
            if actor is None or actor.inter not in (1, 2, 3, 4, 8) or a == d.actor1:
                continue
            if any(f <= k <= l or k < f <= k + 4 for k in at):
                return a
        return ""

    def _isis_suspects(self, d: _Draft) -> bool:
        """An arrest's sentence names escapees, suspects or wanted men (``[words] isis_suspects``)
        who are Islamic State's: the article names it, and the sentence or the one before names it
        or a cell or terrorism (``[words] jihadist_words``), not only a sentence further off (escapees,
        ``[words] escapees``, anywhere before: the break-out the article told); and the
        sentence holds them on no other charge (``accused of robbing shops``, ``a theft case``:
        ``[words] other_charges``) unless it names Islamic State or a cell itself."""
        if "isis" not in self.ex.actors or not any(a == "isis" for _, _, a in self.actors):
            return False
        words, lex, sents = self.words, self.lex, self.sentences
        sent = sents[d.sentence]
        own = set(words[sent.first:sent.last + 1])
        if not lex.words["isis_suspects"] & own:
            return False

        def jihadists(first: int, last: int) -> bool:
            return any(a == "isis" and first <= f <= last for f, _, a in self.actors) or bool(
                lex.words["jihadist_words"] & set(words[first:last + 1]))

        if jihadists(sent.first, sent.last):
            return True
        if lex.words["other_charges"] & own or d.sentence == 0:
            return False
        if lex.words["escapees"] & own:
            return jihadists(0, sent.first - 1)  # the escape told before: the article's
        return jihadists(sents[d.sentence - 1].first, sents[d.sentence - 1].last)

    def _owned_by_another(self, d: _Draft) -> bool:
        """The strike's sentence (after its trigger) or the next says whose the target was (``the
        car belonged to a smuggler``, ``a truck owned by a trader``: ``[words] owners``) and names
        no Islamic State, cell or militant after that word: the owner is someone else."""
        words, sents = self.words, self.sentences
        spans = [(d.trig_last + 1, sents[d.sentence].last)]
        if d.sentence + 1 < len(sents):
            spans.append((sents[d.sentence + 1].first, sents[d.sentence + 1].last))
        for first, last in spans:
            for k in range(first, last + 1):
                if words[k] not in self.lex.words["owners"]:
                    continue
                return not (any(a == "isis" and k < f <= last for f, _, a in self.actors)
                            or set(words[k + 1:last + 1]) & (self.lex.words["isis_suspects"] | _ISIS_MEMBERS))
        return False

    def _party_members(self, d: _Draft) -> bool:
        """The people an arrest names after its trigger are members or leaders of a political body
        (``three members of an opposition party``, ``a member of the party's local council``:
        ``[words] party_members``, then ``political_bodies`` within five words), not of a military
        council or an armed side (``military``, ``isis``, ``cell`` in the clause, or an actor other
        than the arrester named after the trigger)."""
        words, lex = self.words, self.lex
        clause = d.clause
        if {"military", "militia", "isis", "cell", "cells", "militants"} & set(words[clause.first:clause.last + 1]):
            return False
        if any(a != d.actor1 and d.trig_last < f <= clause.last for f, _, a in self.actors):
            return False
        for k in range(d.trig_last + 1, clause.last + 1):
            if words[k] in lex.words["party_members"] and lex.words["political_bodies"] & set(
                    words[k + 1:min(clause.last, k + 5) + 1]):
                return True
        return False

    def _told_end(self, clause: Clause) -> int:
        """The last token of what a clause tells, before its attribution: ``…, a military source
        said``, ``…, according to a source in the Tel Tamr Military Council`` (the source's words are
        not the event's: a ``military`` source makes no military target)."""
        words = self.words
        for k in range(clause.first + 1, clause.last):
            if words[k] == "according" and words[k + 1] == "to":
                return k - 1
        if words[clause.last] in _SPEECH or clause.last > clause.first and words[clause.last - 1] in _SPEECH:
            for k in range(clause.last - 1, max(clause.first, clause.last - 7), -1):
                if "," in self._gap(k):
                    return k
        return clause.last

    def _civilian_victims(self, d: _Draft) -> bool:
        """The toll counts people who are not fighters: ``killing a woman and a child``,
        ``three people were injured``, ``wounding several residents`` (a civilian or person word
        at the count, none of an armed side's)."""
        words = self.words
        said: set[str] = set()
        counts = [c for c in (d.fatalities, d.injuries) if c is not None and c.value > 0]
        ends = {id(c): next((st.last for st in self.sentences if st.first <= c.first <= st.last), c.last)
                for c in counts}
        for c in counts:
            said |= set(words[c.first:min(ends[id(c)] + 1, c.last + 5)])
        armed = said & _ARMED_PEOPLE - ({"member", "members"} if said & {"family", "families"} else set())
        return bool(said & _CIVILIAN_WORDS) and not armed and not any(
            any(f <= min(ends[id(c)], c.last + 3) and l >= c.first for f, l, _ in self.actors) for c in counts)

    def _no_author(self, d: _Draft) -> bool:
        """The act is told with no perpetrator, or one the text does not name: a passive with
        no ``by`` (``a jeweller was kidnapped``), or generic attackers (``gunmen``, ``unknown
        men``), a body found (``was found shot dead``) or a weapon after ``by`` (``killed by gunfire``);
        not ``Turkish-backed factions kidnapped …`` (named, though not in the table)."""
        words = self.words
        before = words[d.clause.first:d.trig_first]
        if _GENERIC_AUTHORS & set(before) or d.how == "body":
            return True  # (and "the body of a man was found with gunshot wounds": no killer seen)
        passive = d.trig_first > 0 and words[d.trig_first - 1] in _PASSIVE | {"found"} \
            or words[d.trig_first] in ("was", "were", "being")
        if words[d.trig_first] == "by":  # ("was killed by gunfire": the trigger is the weapon)
            passive = passive or d.trig_first > 1 and words[d.trig_first - 2] in _PASSIVE
        after = words[d.trig_first:d.clause.last + 1]
        # "was killed by gunfire", "by a stray bullet": a weapon after "by" names no one
        authors = [k for k, w in enumerate(after) if w == "by" and next(
            (x for x in after[k + 1:k + 4] if x not in _BY_FILLERS), "") not in _BY_WEAPONS]
        return passive and not authors

    def _sentence_span(self, first: int, last: int) -> tuple[int, int]:
        sent = next((s for s in self.sentences if s.first == first and s.last == last), None)
        if sent is not None:
            return self.nt.to_original(sent.start, sent.end)
        return self._orig_span(first, last)

    def _count_text(self, c: Count | None) -> str:
        if c is None:
            return ""
        s, e = self._orig_span(c.first, c.last)
        return self.nt.original[s:e]

    def _rule(self, d: _Draft) -> str:
        """``trigger:<words>/pattern:<kind>_<how>`` (the Arabic rules' format), ``en`` marked."""
        word = " ".join(self.words[d.trig_first:d.trig_last + 1])
        return f"trigger:{word}/pattern:en_{d.kind.kind}_{d.how}"

    def _confidence(self, d: _Draft) -> str:
        """``high`` when the sentence names trigger, place and date; each missing piece (no
        place in the sentence, a date from elsewhere, a headline only, a two-sided event with
        no actor, a trigger inferred from a killing) lowers it one step."""
        weak = (d.place_quality == 0) + (d.date_quality == 0) + d.headline + (d.how == "killing")
        weak += d.kind.kind in _TWO_SIDED and not d.actor1 and not d.actor2
        return "high" if weak == 0 else "medium" if weak == 1 else "low"
