"""Finding the places an article names and resolving them against the gazetteer.

Rules, in the order they apply:

1. Actor names are matched first and their tokens are blocked, so ``سوريا`` inside
   ``قوات سوريا الديمقراطية`` is never a place.
2. Gazetteer names and aliases are matched as whole words with their proclitics
   (:mod:`pipeline.matcher`), longest first: ``مطار القامشلي`` is the airport, not the city.
3. A head noun right before a name joins the mention when it fits the place's kind
   (``بمدينة القامشلي``, ``قرية تل عودة``).
4. Context traps are dropped: a name right after ``عشيرة``/``قبيلة`` is a tribe
   (``قبيلة طي``, ``عشيرة الطي``), not a neighbourhood.
5. Anaphora: a definite ``المدينة`` that names no city refers to the article's focus
   city (the city it names most); ``المطار`` (``المطار الدولي``) to that city's airport;
   ``الريف الجنوبي`` (``للمدينة`` or a city name after it) to the city's southern
   countryside when the gazetteer has it. A definite landmark noun with no name
   (``السجن``، ``المخيم``، ``القاعدة``، ``المعبر``; "the prison", "the camp") is the one
   landmark of that kind the article named before it (``سجن الصناعة``، ``مخيم الهول``، an
   unknown ``مخيم كندال``), and nothing when it named two or none (:func:`landmarks_told_back`).
6. Anything after a place head noun (حي، حارة، قرية، بلدة، دوار، مدينة، ناحية، مخيم)
   that is not a known place is first compared with the gazetteer loosely (see
   :func:`loose_key`: with or without ال, بيك/بك, joined or separated, final ة/ا), since
   the head noun already says a place follows; if it is still unknown it goes to the
   unresolved report for the analyst **and** becomes a mention placed at the nearest
   enclosing area the text itself gives (:func:`_enclosing`): ``قرية دوكركا بريف القامشلي``
   is "Qamishli countryside (approx.), unresolved: دوكركا", never Qamishli city nor
   another named place. The mention carries ``unresolved_name``. The name runs to the next
   word when that word can go on a name (``قرية كندال سور``، ``شارع سليم نادر``; after a name
   particle to three words, ``تل كوري مامو``) and ends at what cannot (:func:`_goes_on`): a time
   word, a direction or ``ريف`` (also behind ب/ل: ``بريف``), a preposition, a verb, an adjective
   or a village qualifier (the ``name_end``, ``not_name``, ``adjective`` and ``village_qualifier``
   words of ``place_words.csv``), a definite word after a definite name (its adjective),
   punctuation, a known place, a word joined by و.
7. Names are matched in spelling variants made by rule, not listed in the gazetteer:
   joined and separated (``قدور بك``/``قدوربك``), ``بيك``/``بك``, an article on an inner word
   (``تل الذهب``/``تل ذهب``). ة/ه, ى/ي and the hamza forms are folded by normalisation.
8. Words that are not places there (``pipeline/data/place_words.csv``): a name right after
   a media word is an outlet (``تلفزيون سوريا``), and a lone adjective (``الأجزاء الغربية``)
   is no neighbourhood; a row's Arabic name is matched only when the row lists it among its
   aliases (rows say which bare names are common words). A village's name followed by a
   qualifier (``العريشة الشمالية``، ``الكبيرة``) is another, unknown village, never snapped to it.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from itertools import islice
from pathlib import Path
from typing import NamedTuple

from .actors import NATION_ACTORS, Actor
from .arabic import (
    ARTICLE_PREFIXES,
    PLAIN_PREFIXES,
    NormalisedText,
    Token,
    ends_of,
    load_word_roles,
    normalise_phrase,
    positions,
    split_proclitics,
    starts_of,
    strip_article,
    words_of,
)
from .gazetteer import REGION_KINDS, Gazetteer, Place
from .matcher import Match, PhraseMatcher
from .numbers import DUAL_PERSONS, SINGULAR_PERSONS, is_number
from .records import ActorMention, Mention, Unresolved

PLACE_WORDS_CSV = Path(__file__).with_name("data") / "place_words.csv"


def load_place_words(path: str | Path = PLACE_WORDS_CSV) -> dict[str, frozenset[str]]:
    """The word lists of ``place_words.csv`` by role (``media``, ``adjective``), normalised
    (:func:`~pipeline.arabic.load_word_roles`)."""
    return load_word_roles(path)


#: Head nouns that may precede a name, with the kinds they introduce.
HEAD_NOUNS: dict[str, set[str]] = {
    "مدينه": {"city", "town"},
    "بلده": {"town", "village"},
    "قريه": {"village"},
    "مزرعه": {"village"},
    "حي": {"neighbourhood"},
    "حاره": {"neighbourhood"},
    "ناحيه": {"subdistrict", "town"},
    "منطقه": {"neighbourhood", "area", "subdistrict"},
    "مخيم": {"landmark"},
    "دوار": {"roundabout"},
    "مطار": {"airport"},
    "محافظه": {"governorate"},
}
#: A governor's title and the plural and dual of محافظة (normalised): a city named right after
#: one is its governorate (``محافظ الحسكة``، ``بمحافظتي الحسكة ودير الزور``).
_GOVERNORATE_TITLES = {"محافظ", "محافظي", "محافظتي", "محافظتا", "محافظات"}
_PLURAL_GOVERNORATE_TITLES = {"محافظتي", "محافظتا", "محافظات"}
#: Head nouns whose unknown follower is reported as an unresolved place.
UNRESOLVED_HEADS = {"مدينه", "بلده", "قريه", "مزرعه", "حي", "حاره", "ناحيه", "مخيم", "معسكر", "دوار", "ريف", "سجن", "شارع"}
#: Plural and dual head nouns (normalised), with their singular: each introduces a list of names.
PLURAL_HEADS = {"قري": "قريه", "قريتي": "قريه", "قريتا": "قريه", "بلدات": "بلده", "بلدتي": "بلده",
                "بلدتا": "بلده", "احياء": "حي", "حيي": "حي", "مدينتي": "مدينه", "ناحيتي": "ناحيه"}
TRIBE_WORDS = {"عشيره", "قبيله", "عشائر", "قبائل"}
#: Words that cannot start a place name (so "حي في ..." is not a name).
_STOP = {
    "في", "من", "الي", "علي", "عن", "مع", "الذي", "التي", "الذين", "هذا", "هذه", "ذلك", "تلك",
    "او", "ثم", "قد", "لم", "لن", "كان", "كانت", "ان", "انه", "بين", "حتي", "عند", "كل", "بعض",
    "ها", "هو", "هي", "هم", "شمال", "جنوب", "شرق", "غرب", "وسط", "شمالي", "جنوبي", "شرقي", "غربي",
    "الشمالي", "الجنوبي", "الشرقي", "الغربي", "الجنوبيه", "الشماليه", "الشرقيه", "الغربيه",
    "المدينه", "سكني", "سكنيه", "اخر", "اخري", "واحد", "واحده", "جديد", "جديده", "قريب", "قريبه",
    "مجاور", "مجاوره", "المجاور", "المجاوره", "رئيسي", "الرئيسي", "اقصي",
}
_DIRECTIONS = {"جنوبي": "south", "شمالي": "north", "شرقي": "east", "غربي": "west"}
#: Head nouns of places inside a settlement: an unknown one falls back to the settlement.
_QUARTER_HEADS = {"حي", "حاره", "دوار", "مخيم", "معسكر"}
#: Head nouns of settlements (a country's name after one, indefinite, is an adjective: قرية سورية).
_SETTLEMENT_HEADS = frozenset({"قريه", "بلده", "مدينه", "مزرعه", "قري", "مدن", "بلدات"})
#: Head nouns of settlements: an unknown one falls back to a countryside or region, never a town.
_VILLAGE_HEADS = {"قريه", "بلده", "مزرعه"}  # (a farm, a hamlet: مزرعة كاني جمو)
#: Head nouns of places inside a settlement: the article's city is an enclosure the text gives.
_INSIDE_HEADS = _QUARTER_HEADS | {"سجن", "شارع"}
#: Head nouns of an unknown place drawn in the governorate when the text names no nearer area
#: (a village, a town, a subdistrict of the reports' area; not an unknown city or countryside).
_GOVERNORATE_HEADS = _VILLAGE_HEADS | {"ناحيه"}
#: Head nouns of an unknown place that is still a mention (named, drawn nowhere) when no area of
#: the gazetteer holds it, so that its event is never drawn at another named place.
_UNPLACED_HEADS = _GOVERNORATE_HEADS | {"مدينه"}
#: What each head's unknown name may be placed in (the enclosing kinds the text can give).
_ENCLOSING_KINDS = {
    **{h: {"city", "town", "village", "area", "subdistrict", "governorate"} for h in _QUARTER_HEADS},
    **{h: {"city", "town", "area", "subdistrict", "governorate"} for h in _VILLAGE_HEADS},
    # a street or a prison may lie in a neighbourhood ("شارع السلام في حي طي")
    **{h: {"city", "town", "village", "area", "subdistrict", "governorate", "neighbourhood"} for h in ("سجن", "شارع")},
    "مدينه": {"area", "subdistrict", "governorate"},
    "ناحيه": {"area", "governorate"},
    "ريف": {"area", "subdistrict", "governorate"},
}
#: The kind a fallback mention keeps (what the text named), for choosing an event's place.
_HEAD_KIND = {"حي": "neighbourhood", "حاره": "neighbourhood", "دوار": "roundabout", "مخيم": "landmark",
              "معسكر": "landmark",
              "سجن": "landmark", "شارع": "street",
              "قريه": "village", "مزرعه": "village", "بلده": "town", "مدينه": "town", "ناحيه": "subdistrict", "ريف": "area"}
#: First words that make a two-word name (تل عودة، أبو ذويل، رأس العين ...).
_NAME_PARTICLES = {"تل", "ابو", "عين", "راس", "دير", "بئر", "بير", "ام", "خربه", "جبل", "قدور", "كاني", "گري", "كري"}
#: Tokens an enclosing place may be looked for across after an unknown name (ريف، بريف، التابعة ل...).
_ENCLOSURE_WINDOW = 6
_SENTENCE_BREAKS = frozenset(".!?؟\n")
#: A run of sentence-break marks: one sentence end, however many marks ("؟!", "..").
_BREAK_RUN_RE = re.compile("[" + re.escape("".join(sorted(_SENTENCE_BREAKS))) + "]+")


def sentence_ends(text: str, lo: int, hi: int) -> int:
    """How many sentence ends (runs of :data:`_SENTENCE_BREAKS`) ``text[lo:hi]`` holds, counted
    up to two (0, 1, or 2 for two or more): a C-level search, stopped at the second, instead of a
    pass over every character of a gap that grows with each earlier mention looked at."""
    return sum(1 for _ in islice(_BREAK_RUN_RE.finditer(text, lo, hi), 2))
_PLACE_WORDS = load_place_words()
#: Head nouns of named facilities and landmarks (``place_words.csv``: محطة، حقل، مشفى …), by where
#: such a facility lies: ``facility_head`` as the text places it, ``facility_head_countryside``
#: outside towns (a town the text gives is its countryside), ``facility_head_inside`` inside a
#: town (the article's city when the text gives none).
FACILITY_HEADS: dict[str, str] = {w: role for role in ("facility_head", "facility_head_countryside",
                                                       "facility_head_inside") for w in _PLACE_WORDS[role]}
_COUNTRYSIDE_FACILITIES = _PLACE_WORDS["facility_head_countryside"]
_INSIDE_FACILITIES = _PLACE_WORDS["facility_head_inside"]
#: Facility heads that are common words too (مزارع 'a farmer'): a name after them must be definite.
_DEFINITE_NAME_FACILITIES = _PLACE_WORDS["facility_definite_name"]
#: Facility heads whose name never carries ل or ب (``حاجز لقواتنا``: whose checkpoint, no name).
_BARE_NAME_FACILITIES = _PLACE_WORDS.get("facility_bare_name", frozenset())
#: Words after a facility head saying what it is (محطة مياه، معمل غاز): skipped to reach its name.
_FACILITY_KINDS = _PLACE_WORDS["facility_kind"]
#: Words that neither start nor go on a facility's name (النفطي، عسكرية، ألغام، غير).
_FACILITY_NOT_NAMES = _PLACE_WORDS["facility_not_name"] | _FACILITY_KINDS
_HEAD_FORMS = {p + h for h in UNRESOLVED_HEADS | set(PLURAL_HEADS) | set(FACILITY_HEADS) for p in PLAIN_PREFIXES}
_INSIDE_HEADS |= _INSIDE_FACILITIES
#: Head nouns whose unknown name lies outside towns: a town the text gives is drawn as its countryside.
_COUNTRYSIDE_HEADS = _VILLAGE_HEADS | _COUNTRYSIDE_FACILITIES
# (a facility the text places nowhere is only reported: no mention, so its event keeps the
# sentence's other places; a neighbourhood named before it is not where it is: "من دوار … إلى مزار …")
_ENCLOSING_KINDS.update({h: {"city", "town", "village", "area", "subdistrict", "governorate"}
                         for h in FACILITY_HEADS})
_HEAD_KIND.update(dict.fromkeys(FACILITY_HEADS, "landmark"))
#: Head nouns whose unknown name is drawn coarse (precision 3): a settlement, an area, a facility
#: outside a town; one inside a town is drawn at 2.
_COARSE_HEADS = _VILLAGE_HEADS | {"مدينه", "ناحيه", "ريف"} | (set(FACILITY_HEADS) - _INSIDE_FACILITIES)
#: Definite head nouns that a definite relational adjective after them makes a named facility or
#: area of a town (``المشفى الوطني``، ``المنطقة الصناعية``; :func:`_definite_facility_candidates`):
#: drawn inside the town the text gives, as the facility heads inside towns are.
_DEFINITE_FACILITY_HEADS = _PLACE_WORDS["facility_definite_head"]
#: Those of them a direction adjective names (``الحي الشرقي``، ``الحزام الشمالي``).
_DIRECTION_FACILITY_HEADS = _PLACE_WORDS["facility_direction_head"]
#: Adjectives that name no facility after such a head (``المركز الإعلامي``، ``السوق المحلية``).
_FACILITY_ADJECTIVES_NOT_NAMES = _PLACE_WORDS["facility_adjective_not_name"]
#: Words of working before such a facility: it is someone's employer, no place (``facility_employer``).
_FACILITY_EMPLOYER = _PLACE_WORDS["facility_employer"]
_DIRECTION_ADJECTIVES = frozenset({"الشرقي", "الشرقيه", "الغربي", "الغربيه", "الشمالي", "الشماليه",
                                   "الجنوبي", "الجنوبيه", "الوسطي"})
for _h in _DEFINITE_FACILITY_HEADS - set(FACILITY_HEADS) - UNRESOLVED_HEADS:  # (حي keeps its own rules)
    FACILITY_HEADS[_h] = "facility_head_inside"
    _ENCLOSING_KINDS[_h] = {"city", "town", "village", "area", "subdistrict", "governorate"}
    _HEAD_KIND.setdefault(_h, "landmark")
_INSIDE_FACILITIES = _INSIDE_FACILITIES | _DEFINITE_FACILITY_HEADS
_INSIDE_HEADS |= _DEFINITE_FACILITY_HEADS
_VILLAGE_QUALIFIERS = _PLACE_WORDS["village_qualifier"]
_ORG_HEADS = _PLACE_WORDS["organisation_head"]
_ORG_TAILS = _PLACE_WORDS["organisation_tail"]
#: Nouns a country's indefinite adjective form follows (``ليرة سورية``، ``فصائل سورية``).
_NATIONALITY_NOUNS = _PLACE_WORDS["nationality_noun"]
#: A party's or council's head word, and the Kurdish adjective that ends its name before its country.
_PARTY_HEADS, _PARTY_TAILS = _PLACE_WORDS["party_head"], _PLACE_WORDS["party_tail"]
#: How many words a party's name may hold between its head and its Kurdish adjective.
_PARTY_REACH = 5
MEDIA_WORDS: frozenset[str] = _PLACE_WORDS.get("media", frozenset())
#: A man's post named with the facility he serves (إمام مسجد، خطيب جامع): the facility is his title's.
POST_TITLES: frozenset[str] = _PLACE_WORDS.get("post_title", frozenset())
_POST_FORMS = frozenset(p + w for w in POST_TITLES for p in PLAIN_PREFIXES)
#: Words for a social-media page or account (صفحة، حساب): a quoted name after them is the page's.
PAGE_WORDS: frozenset[str] = _PLACE_WORDS.get("page", frozenset())
ADJECTIVES: frozenset[str] = _PLACE_WORDS.get("adjective", frozenset())
#: Words that follow a head noun without naming a place (قرية تابعة، بلدة تقع، مخيم عشوائي).
NOT_NAMES: frozenset[str] = _PLACE_WORDS.get("not_name", frozenset())
#: Words that end an unknown name begun before them (قرية كندال صباح اليوم، بريف، بقذائف).
NAME_ENDS: frozenset[str] = _PLACE_WORDS.get("name_end", frozenset())
#: Landmark nouns (Arabic, bare; English) by the kind of landmark they name (``landmark_*`` rows).
LANDMARK_NOUNS: dict[str, str] = {w: role for role, ws in _PLACE_WORDS.items()
                                  if role.startswith("landmark_") and role != "landmark_modifier" for w in ws}
_AR_LANDMARK_NOUNS = frozenset(w for w in LANDMARK_NOUNS if not w.isascii())
#: Their definite forms (السجن، للسجن، والمخيم): the tokens that may refer back to a named landmark.
LANDMARK_BACK_FORMS = frozenset(p + w for p in ARTICLE_PREFIXES for w in _AR_LANDMARK_NOUNS)
#: English words between a landmark's name and its noun ("al-Hol displacement camp").
_LANDMARK_MODIFIERS = _PLACE_WORDS.get("landmark_modifier", frozenset())
#: Words after a landmark's definite noun that qualify it as another landmark (المعبر مع …).
_TOLD_BACK_QUALIFIERS = _PLACE_WORDS.get("told_back_qualifier", frozenset())
#: A sentencing near ``بالسجن`` (حكمت … بالسجن خمس سنوات): a prison term, not the prison.
_TOLD_BACK_SENTENCE = _PLACE_WORDS.get("told_back_sentence", frozenset())
#: Words before a landmark's definite noun that make it no landmark (تنظيم القاعدة).
_TOLD_BACK_NOT_AFTER = _PLACE_WORDS.get("told_back_not_after", frozenset())
#: Words before a short (or a facility's) name told again that make it the place told before
#: (``أهالي جطل``، ``مياه علوك``; ``named_again_slot`` of ``place_words.csv``).
_NAMED_AGAIN_SLOTS = _PLACE_WORDS.get("named_again_slot", frozenset())
#: Proclitics a name right after its head noun never carries (قرية بالقرب، مخيم للنازحين).
_PREPOSITION_ARTICLE = tuple(p for p in ARTICLE_PREFIXES if p not in ("ال",))


def loose_key(words: list[str]) -> str:
    """A spelling-insensitive key of a normalised name (a list of words).

    Each word loses its article (``ال``) and its hamza (``ء``), ``بيك`` becomes ``بك``, a final
    ``يه`` becomes ``ي`` (a Kurdish final ê written either way: ``تربسبيه``/``تربسبي``), another
    final ``ه`` (ta marbuta) becomes ``ا`` (``عامودة``/``عامودا``), and the words are joined
    without spaces (``قدور بك`` and ``قدوربيك`` give the same key).

    Parameters
    ----------
    words : list of str
        Normalised words (:func:`~pipeline.arabic.normalise_phrase`).

    Returns
    -------
    str
    """
    out = []
    for w in words:
        w = strip_article(w, min_stem=3)[0].replace("ء", "")
        if w.endswith("بيك"):
            w = w[:-3] + "بك"
        if w.endswith("يه") and len(w) > 4:
            w = w[:-1]  # a Kurdish final ê written يه or ي (تربسبيه، تربسبي)
        elif w.endswith("ه") and len(w) > 2:
            w = w[:-1] + "ا"
        out.append(w)
    return "".join(out)


#: A bearing's noun and its adjective, each to the other (normalised): reports write the region
#: both ways (``شمال شرق سوريا``، ``شمالي شرقي سوريا``).
_BEARING_FORMS = {"شمال": "شمالي", "جنوب": "جنوبي", "شرق": "شرقي", "غرب": "غربي",
                  "شمالي": "شمال", "جنوبي": "جنوب", "شرقي": "شرق", "غربي": "غرب"}


def _bare_bearing(word: str) -> str:
    """A bearing without the و that joins it to the one before (``وشرق``)."""
    return word[1:] if word[:1] == "و" and word[1:] in _BEARING_FORMS else word


def name_variants(name: str) -> set[str]:
    """Spelling variants of a gazetteer name made by rule (not listed), normalised.

    - ``بيك``/``بك`` either way (``قدور بك`` → ``قدور بيك``);
    - a two-word name joined (``قدور بك`` → ``قدوربك``, ``أبو راسين`` → ``ابوراسين``) when its
      first word is a name particle or its last is ``بك``;
    - an inner word with and without its article (``تل الذهب`` ↔ ``تل ذهب``);
    - a bearing that opens a name, and a bearing after it, also as its adjective and back
      (``شمال شرق سوريا`` → ``شمالي شرقي سوريا``، ``شمالي شرق سوريا``; ``_BEARING_FORMS``).

    Single words keep their article as written: ``الحول`` never becomes ``حول`` ('around').
    """
    words = normalise_phrase(name).split()
    if not words or not all(w.isalpha() and not w.isascii() for w in words):
        return set()
    forms = {tuple(words)}
    if len(words) > 1 and words[0] in _BEARING_FORMS:
        k = 1  # the bearings that open the name (شمال شرق، شمال وشرق)
        while k < len(words) - 1 and _bare_bearing(words[k]) in _BEARING_FORMS:
            k += 1
        for j in range(k):
            for ws in list(forms):
                w = ws[j]
                lead = w[:1] if j and w[:1] == "و" else ""
                forms.add(ws[:j] + (lead + _BEARING_FORMS[w[len(lead):]],) + ws[j + 1:])
    for ws in list(forms):
        if ws[-1] in ("بك", "بيك"):
            forms.add(ws[:-1] + ("بيك" if ws[-1] == "بك" else "بك",))
        elif ws[-1].endswith("بيك") and len(ws[-1]) > 4:
            forms.add(ws[:-1] + (ws[-1][:-3] + "بك",))
        elif ws[-1].endswith("بك") and len(ws[-1]) > 3:
            forms.add(ws[:-1] + (ws[-1][:-2] + "بيك",))
    for ws in list(forms):
        if len(ws) > 1:
            inner = []
            for w in ws[1:]:
                stem, definite = strip_article(w, min_stem=3)
                inner.append(stem if definite else "ال" + w)
            for k in range(1, len(ws)):
                forms.add(ws[:k] + (inner[k - 1],) + ws[k + 1:])
    for ws in list(forms):
        if len(ws) == 2 and (ws[0] in _NAME_PARTICLES or ws[1] in ("بك", "بيك")):
            forms.add((ws[0] + ws[1],))
    return {" ".join(ws) for ws in forms} - {" ".join(words)}
#: The definite forms of the nouns that refer back (المدينة، للمطار، والريف...).
_RIF = frozenset({"ريف"})
_AIRPORT = frozenset({"مطار"})
_ANAPHORA_FORMS = frozenset(p + w for p in ARTICLE_PREFIXES for w in ("مدينه", "مطار", "ريف"))


def _is_abbreviation(word: str) -> bool:
    """An all-caps abbreviation of two letters or more (``IS``, ``SDF``, ``YPG``)."""
    letters = [c for c in word if c.isalpha()]
    return len(letters) >= 2 and all(c.isascii() and c.isupper() for c in letters)


def _is_word_like_abbreviation(word: str) -> bool:
    """An all-caps abbreviation of two letters (``IS``, ``US``): in lower case it is an ordinary
    English word ("is", "us"), so it names an actor only when written in capitals. Longer ones
    (``ISIS``, ``SDF``) are matched in any case: outlets write "Isis" and some copy is lower-cased."""
    return _is_abbreviation(word) and len(word) == 2


@dataclass
class PlaceFinder:
    """Compiled matchers for one gazetteer and actor table.

    Build it once (it indexes every alias) and call :meth:`find` per article.
    """

    gazetteer: Gazetteer
    actors: dict[str, Actor]
    names: PhraseMatcher = field(init=False)
    actor_names: PhraseMatcher = field(init=False)
    _resolved: dict[str, tuple] = field(init=False, default_factory=dict)  # place id -> fixed mention fields

    _loose: dict[str, list[str]] = field(init=False, default_factory=dict)  # loose key -> place ids
    _countryside: dict[str, Place | None] = field(init=False, default_factory=dict)  # town id -> its ريف row
    _governorates: dict[str, str] | None = field(init=False, default=None)  # normalised Arabic name -> governorate id
    # (actor id, lower-cased first word) of aliases opening with a two-letter abbreviation ("IS gunmen")
    _caps_first: set[tuple[str, str]] = field(init=False, default_factory=set)

    def __post_init__(self) -> None:
        self.names = PhraseMatcher()
        countries = {normalise_phrase(n) for p in self.gazetteer.places.values() if p.kind == "country"
                     for n in matchable_names(p)}
        for p in self.gazetteer.places.values():
            for name in matchable_names(p):
                self.names.add(name, p.id)
                for variant in name_variants(name) | _the_country_forms(name, countries) | _countryside_forms(name):
                    self.names.add(variant, p.id, priority=-1)
                words = normalise_phrase(name).split()
                if words and not words[0].isascii():
                    keys = {loose_key(words)}
                    if len(words) > 1 and words[0] in HEAD_NOUNS:  # "حي الزهور": "الزهور" after a head
                        keys.add(loose_key(words[1:]))
                    for key in keys:
                        ids = self._loose.setdefault(key, [])
                        if p.id not in ids:
                            ids.append(p.id)
        self.actor_names = PhraseMatcher()
        lower_first: set[tuple[str, str]] = set()
        for a in self.actors.values():
            self.actor_names.add_many({a.name_ar, *a.aliases} - {""}, a.id)
            for alias in {a.name_ar, *a.aliases} - {""}:
                first = alias.split()[0]
                if _is_word_like_abbreviation(first):
                    self._caps_first.add((a.id, first.lower()))
                else:
                    lower_first.add((a.id, first.lower()))
        # an actor with the same first word also written in lower case ("Daesh", "daesh") matches it in any case
        self._caps_first -= lower_first

    def word_lists(self) -> list:
        """The word lists this stage looks tokens up in (for :class:`~pipeline.arabic.Vocabulary`)."""
        return [self.actor_names.first_words, self.names.first_words, _ANAPHORA_FORMS, _HEAD_FORMS, LANDMARK_BACK_FORMS,
                _POST_FORMS]

    def find_actors(self, nt: NormalisedText, tokens: Sequence[Token]) -> tuple[list[ActorMention], list[Match]]:
        """Actor mentions (original offsets) and the raw token matches."""
        found = self.actor_names.find(tokens)
        out = []
        starts, ends = starts_of(tokens), ends_of(tokens)
        words = words_of(tokens)
        matches = []
        for m in found:
            if (m.payload, words[m.first].lower()) in self._caps_first:
                s, e = nt.to_original(starts[m.first], ends[m.first])
                if not _is_abbreviation(nt.original[s:e]):
                    continue  # "gunmen who attacked", not "IS gunmen": an abbreviation is matched in capitals
            if m.first > 0 and NATION_ACTORS.get(words[m.first - 1].lower(), m.payload) != m.payload:
                continue  # "Iraqi government officials": another country's government, not Syria's
            matches.append(m)
        for m in matches:
            s, e = nt.to_original(starts[m.first], ends[m.last])
            out.append(ActorMention(s, e, nt.original[s:e], m.payload))
        return out, matches

    def find(
        self, nt: NormalisedText, tokens: Sequence[Token], actor_matches: list[Match], article_id: str = ""
    ) -> tuple[list[Mention], list[Unresolved], str | None]:
        """Place mentions, unresolved names and the focus city of one article.

        Parameters
        ----------
        nt : NormalisedText
        tokens : list of Token
            ``tokenise(nt.text)``.
        actor_matches : list of Match
            From :meth:`find_actors`; their tokens are not places.
        article_id : str

        Returns
        -------
        (mentions, unresolved, focus_city_id)
        """
        gaz = self.gazetteer
        blocked = {i for m in actor_matches for i in range(m.first, m.last + 1)}
        words = words_of(tokens)
        found = self.names.find(tokens, blocked)
        # "قرية سورية": an adjective, neither Syria nor a village's name
        adjectives = {m.first for m in found if self._country_adjective(nt, tokens, m)}
        actor_ends = {m.last for m in actor_matches}
        named = {t for m in found for t in range(m.first, m.last + 1)}
        raw = [m for m in found
               if not _tribe_context(words, m.first) and not _media_context(words, m.first)
               and not _organisation_context(words, m)
               and not _lone_adjective(words, m) and not self._other_village(words, m)
               and not quoted_other_name(nt.text, tokens, m, named) and not _administration_name(words, m)
               and not self._body_area(words, m, actor_ends) and m.first not in adjectives]
        persons = _person_names(nt, tokens)
        raw = [m for m in raw if not _village_named_after_town(gaz, nt.text, tokens, m, blocked, persons)]
        taken = set(blocked) | adjectives
        spans: list[tuple[int, int, str, str]] = []  # first tok, last tok, place id, how
        for m in raw:
            first = m.first
            place = gaz.places[m.payload]
            pid = m.payload
            if first > 0 and (first - 1) not in taken:
                head = _bare(words[first - 1])
                if place.kind in HEAD_NOUNS.get(head, ()) and not _already_has_head(words[first], place):
                    first -= 1
                    pid = self._subdistrict_of(place) if head == "ناحيه" else pid
                elif (head == "منطقه" and place.kind == "town" and not _already_has_head(words[first], place)
                      and not (first > 1 and _bare(words[first - 2]).removeprefix("ال").startswith("تابع"))):
                    # "في منطقة المالكية": the town's area, its subdistrict (a town with no subdistrict
                    # row stays the town; "التابعة لمنطقة ديريك" is left to the belonging rule: its countryside)
                    first -= 1
                    pid = self._subdistrict_of(place)
            spans.append((first, m.last, self._title_governorate(words, spans, first, place)
                          if pid == m.payload else pid, "name"))
            taken.update(range(first, m.last + 1))
        elsewhere = self._of_another_city(nt.text, tokens, spans)
        spans = [sp for sp in spans if sp not in elsewhere]

        focus = _focus_city(gaz, spans, words)
        spans += _anaphora(gaz, tokens, taken, focus, {f: pid for f, _, pid, _ in spans}, nt.text, list(spans))
        starts, ends = starts_of(tokens), ends_of(tokens)
        taken |= _posts_held(nt, tokens)
        roads = _roads_named_for(gaz, words, taken, spans) + _particle_names_after_villages(gaz, nt.text, tokens, taken, spans)
        unknown: list[_Candidate] = []
        for c in roads + _unresolved_candidates(nt.text, tokens, taken, {f: l for f, l, _, _ in spans}, persons):
            if any(t in taken for t in range(c.first, c.last + 1)):
                continue  # a list item a longer name already took
            hit = self._loose_match(_name_words(words, c), c.head)
            if hit is not None:  # a spelling variant of a known place, after a head noun
                k, pid = hit
                first = c.head_tok if c.head_tok >= 0 else c.first
                spans.append((first, c.first + k - 1, pid, "variant"))
                taken.update(range(first, c.first + k))
            else:
                unknown.append(c)
        spans.sort()
        mentions = [self._mention(nt, starts[f], ends[l], pid, how) for f, l, pid, how in spans]
        unresolved = []
        fallbacks = []
        drawn: list[tuple[_Candidate, Mention]] = []
        # where the text itself places each unknown name (its sentence), by the name's words: the
        # same village named again elsewhere with no area is where the article placed it
        given: dict[tuple[str, ...], tuple[Place, str]] = {}
        for c in unknown:
            enclosing = _enclosing(gaz, nt.text, tokens, spans, c.first if c.head_tok < 0 else c.head_tok,
                                   c.last, c.head, focus, unknown, given_only=True)
            if enclosing is not None:
                given.setdefault(_candidate_name(words, c), (enclosing[0], "where the article places it"))
        for c in unknown:
            u = _unresolved_record(nt, tokens, c, article_id)
            enclosing = _enclosing(gaz, nt.text, tokens, spans, c.first if c.head_tok < 0 else c.head_tok,
                                   c.last, c.head, focus, unknown, given_only=True) \
                or given.get(_candidate_name(words, c)) \
                or _enclosing(gaz, nt.text, tokens, spans, c.first if c.head_tok < 0 else c.head_tok,
                              c.last, c.head, focus, unknown)
            if enclosing is not None:
                place, words_given = self._fallback_place(enclosing, c.head)
                u.placed_at = place.id
                fallbacks.append(self._fallback_mention(u, place, c.head, words_given))
                drawn.append((c, fallbacks[-1]))
            elif c.head in _UNPLACED_HEADS:
                # in an area the gazetteer lacks too, or in an article that names no known place
                # (no governorate to hold it), or a city the gazetteer lacks (it has the
                # governorate's cities: this one lies elsewhere): named, drawn nowhere, never at
                # another place
                fallbacks.append(_unplaced_mention(u, c.head, _in_unknown_area(nt.text, tokens, c.last, unknown)))
                if c.head in _GOVERNORATE_HEADS:  # (a city elsewhere is named again as an area's
                    drawn.append((c, fallbacks[-1]))  # name, ريف دير الزور: only its own mention counts)
            unresolved.append(u)
        for (f, l, pid, _), city in elsewhere.items():
            s, e = nt.to_original(starts[f], ends[l])
            cs, ce = max(0, s - 60), min(len(nt.original), e + 60)
            u = Unresolved(article_id, s, e, nt.original[s:e], "", nt.original[s:e],
                           nt.original[cs:ce].replace("\n", " "), city)
            mention = self._fallback_mention(u, gaz.places[city], "", "named after it in the sentence")
            fallbacks.append(replace(mention, kind=gaz.places[pid].kind))
            unresolved.append(u)
        fallbacks += self._named_again(nt, tokens, unknown, drawn, taken)
        fallbacks += _other_names_in_brackets(nt, tokens, taken | {t for c in unknown for t in range(c.first, c.last + 1)},
                                              [(l, m) for (_f, l, _p, _h), m in zip(spans, mentions)]
                                              + [(c.last, m) for c, m in drawn])
        if fallbacks:
            mentions = sorted(mentions + fallbacks, key=lambda m: (m.start, m.end))
        told_back = landmarks_told_back(gaz, nt, tokens, mentions)
        if told_back:
            mentions = sorted(mentions + told_back, key=lambda m: (m.start, m.end))
        return mentions, unresolved, focus

    def _named_again(self, nt: NormalisedText, tokens: Sequence[Token], unknown: list[_Candidate],
                     drawn: list[tuple[_Candidate, Mention]], taken: set[int]) -> list[Mention]:
        """Stage: a place the gazetteer lacks, introduced with its head noun (``قرية تل الذهب في
        ريف القامشلي``) and named again later without it (``في محيط تل الذهب``), is the same
        unresolved place: the later name is a mention drawn where the first one was (the
        enclosing area the text gave), never at another named place. Only the name's exact
        words count, with و/ب/ل/ف before its first word; a one-word name of five letters
        (``سرمساخ``) is sought anywhere, a shorter one or an indefinite facility's name only in a
        place's slot (``named_again_slot`` words before it: ``أهالي جطل``، ``لا تبعد جطل``، ``مياه
        علوك``) and with no definite word after it (``خزنة المياه`` is a tank), so that a common
        word is no place. A plural head noun's one name with no
        list after it (``قرى عفرين``: the villages of Afrin) names the area the villages are in,
        not a village: its repeats are not drawn there."""
        words = words_of(tokens)
        placed: dict[tuple[str, ...], Mention] = {}
        in_slot: set[tuple[str, ...]] = set()  # names sought only in a place's slot
        heads: set[int] = set()
        for c in unknown:  # (an unknown name with no enclosing area is drawn nowhere, nor are its repeats)
            heads.update(range(c.head_tok if c.head_tok >= 0 else c.first, c.last + 1))
        for c, m in drawn:
            name = (words[c.first][c.skip:], *words[c.first + 1:c.last + 1])
            if not name or name in placed or _lone_name_of_plural(nt.text, tokens, c):
                continue
            short = len(name) == 1 and len(name[0]) < 5
            if c.head in FACILITY_HEADS or short:
                if name[0].startswith("ال") or len(name[0]) < 3:
                    continue
                in_slot.add(name)
            placed[name] = m
        if not placed:
            return []
        out: list[Mention] = []
        starts, ends = starts_of(tokens), ends_of(tokens)
        for k in range(len(words)):
            if k in taken or k in heads:
                continue
            for name, m in placed.items():
                first = words[k]
                if first != name[0] and not (first[:1] in "وبلف" and first[1:] == name[0]):
                    continue
                last = k + len(name) - 1
                if last >= len(words) or tuple(words[k + 1:last + 1]) != name[1:] \
                        or any(j in taken or j in heads for j in range(k, last + 1)):
                    continue
                if name in in_slot and not _in_named_again_slot(nt.text, tokens, k, last):
                    continue
                s, e = nt.to_original(starts[k] + (len(first) - len(name[0])), ends[last])
                out.append(replace(m, start=s, end=e, text=nt.original[s:e]))
                heads.update(range(k, last + 1))
                break
        return out

    def _of_another_city(self, text: str, tokens: Sequence[Token], spans: list[tuple[int, int, str, str]]
                         ) -> dict[tuple[int, int, str, str], str]:
        """Names of places inside a city (a quarter, roundabout, street, landmark) that the text
        places in another city right after them (``المربع الأمني في مدينة الحسكة``: the gazetteer's
        square is Qamishli's): not that row but a place the gazetteer lacks, drawn at the city the
        text gives. Returns each such span with that city's id."""
        gaz = self.gazetteer
        words = words_of(tokens)
        out: dict[tuple[int, int, str, str], str] = {}
        for sp in spans:
            f, l, pid, _ = sp
            if gaz.places[pid].kind not in _IN_CITY_KINDS:
                continue
            city = next(((f2, pid2) for f2, _l2, pid2, _ in spans
                         if l < f2 <= l + _IN_CITY_REACH and gaz.places[pid2].kind in ("city", "town")), None)
            if city is None or not _same_sentence(text, tokens, l, city[0]) \
                    or any(l < f3 < city[0] for f3, _l3, _p3, _ in spans) \
                    or not _TO_WORDS.isdisjoint(words[l + 1:city[0]]):
                continue  # "… عند حاجز المربع الأمني ونقلته إلى فرع الأمن وسط الحسكة": where he was taken
            f2, pid2 = city
            said_in = words[f2 - 1] == "في" and f2 <= l + 2 or words[f2].startswith("ب") and f2 == l + 1 \
                or words[f2 - 1] in _IN_CITY_LOCATIVES and not _CLAUSE_BREAK.intersection(
                    text[ends_of(tokens)[l]:starts_of(tokens)[f2]])
            if said_in and pid2 not in {a.id for a in gaz.ancestors(pid)}:
                out[sp] = pid2
        return out

    def _subdistrict_of(self, place: Place) -> str:
        """The subdistrict a town named after ``ناحية`` stands for (``ناحية ديرك``، ``لناحية تربه
        سبيه``: the town's other names): its parent when that is a subdistrict, else the town."""
        parent = self.gazetteer.places.get(place.parent) if place.parent else None
        return parent.id if place.kind == "town" and parent is not None and parent.kind == "subdistrict" else place.id

    def _title_governorate(self, words: list[str], spans: list[tuple[int, int, str, str]], first: int,
                           place: Place) -> str:
        """The id a city's name at token ``first`` stands for: the governorate named after it when
        a governor's title or a plural or dual of محافظة stands right before it (``محافظ الحسكة``,
        ``بمحافظتي الحسكة ودير الزور``), or the next و-item of such a list; else the city.

        A city the gazetteer has no ``محافظة <name>`` row for stays the city (no governorate is
        invented)."""
        if place.kind != "city" or first == 0:
            return place.id
        title = split_proclitics(words[first - 1], _GOVERNORATE_TITLES)
        listed = (words[first].startswith("و") and bool(spans) and spans[-1][1] == first - 1
                  and spans[-1][0] > 0 and (split_proclitics(words[spans[-1][0] - 1], _GOVERNORATE_TITLES)
                                            or ("", ""))[1] in _PLURAL_GOVERNORATE_TITLES)
        if not (title or listed):
            return place.id
        if self._governorates is None:
            self._governorates = {normalise_phrase(p.name_ar): p.id for p in self.gazetteer.places.values()
                                  if p.kind == "governorate" and p.name_ar}
        return self._governorates.get(normalise_phrase("محافظة " + place.name_ar), place.id)

    def _other_village(self, words: list[str], m: Match) -> bool:
        """Whether a village's name is followed by a qualifier that makes it another village
        (``قرية العريشة الشمالية`` is not العريشة): the gazetteer would have matched the
        longer name if it had it, so the qualified name is unknown and goes unresolved."""
        return (m.last + 1 < len(words) and words[m.last + 1] in _VILLAGE_QUALIFIERS
                and (self.gazetteer.places[m.payload].kind == "village"
                     or m.first > 0 and _bare(words[m.first - 1]) == "قريه"))  # "قرية العريشة الشمالية"

    def _body_area(self, words: list[str], m: Match, actor_ends: set[int]) -> bool:
        """A country or region joined by ``ل`` right after a side's name is the area in that
        body's name (``قوى الأمن الداخلي لشمال وشرق سوريا``: the Internal Security Forces of
        North and East Syria), not a place told; with a word between (``أرسلت قسد تعزيزات لشمال
        شرق سوريا``) it stays the region."""
        return m.first - 1 in actor_ends and words[m.first].startswith("ل") \
            and self.gazetteer.places[m.payload].kind in ("country", "region")

    def _country_adjective(self, nt: NormalisedText, tokens: Sequence[Token], m: Match) -> bool:
        """A country's name in one indefinite word that is its adjective, not the country: right
        after a settlement's head noun (``قرية سورية``، ``مدينة تركية``) or a noun a nationality
        describes (``nationality_noun``: ``300 ليرة سورية``، ``عائلة سورية``، ``وسائل إعلام
        سورية``، ``فصائل سورية موالية``), or written with the accusative ending (``مدنياً
        سورياً``), which the country's name never takes; or the country closing a Kurdish
        party's name (:func:`_party_country`)."""
        words = words_of(tokens)
        if m.first != m.last or words[m.first].startswith("ال"):
            return False
        if self.gazetteer.places[m.payload].kind != "country":
            return False
        s, e = nt.to_original(tokens[m.first].start, tokens[m.first].end)
        if nt.original[s:e].rstrip().endswith(("اً", "ًا")):
            return True  # "24 مدنياً سورياً": the adjective's accusative
        if m.first < 1:
            return False
        before = words[m.first - 1]
        return _bare(before) in _SETTLEMENT_HEADS or before in _NATIONALITY_NOUNS \
            or split_proclitics(before, _NATIONALITY_NOUNS) is not None or _party_country(words, m.first)

    def _loose_match(self, name: list[str], head: str) -> tuple[int, str] | None:
        """``(number of words, place id)`` of a known place spelled differently after a head noun.

        Tries the longest name first (up to three words); the place's kind must fit the head
        (``حي`` a neighbourhood, ``بلدة`` a town or village...).
        """
        if head == "ريف":
            return None  # "ريف <town>": the town's countryside is matched by its own aliases
        kinds = HEAD_NOUNS.get(head, set())
        for k in range(min(3, len(name)), 0, -1):
            if k < len(name) and name[k] in _VILLAGE_QUALIFIERS:
                continue  # "العريشة الشمالية": not العريشة
            for pid in self._loose.get(loose_key(name[:k])) or ():
                if self.gazetteer.places[pid].kind in kinds:
                    return k, pid
        return None

    def _fallback_place(self, enclosing: tuple[Place, str], head: str) -> tuple[Place, str]:
        """The place an unknown name is drawn at: a town's countryside for a village."""
        place, words_given = enclosing
        if head in _COUNTRYSIDE_HEADS and place.kind in ("city", "town"):
            if place.id not in self._countryside:
                self._countryside[place.id] = enclosing_area(self.gazetteer, place.id, inside_settlement=False) \
                    or governorate_of(self.gazetteer, [place.id])
            country = self._countryside[place.id]
            if country is not None:  # (never the town itself: a village is not in it)
                return country, words_given
        return place, words_given

    def _fallback_mention(self, u: Unresolved, place: Place, head: str, words_given: str) -> Mention:
        """A mention of an unknown name, drawn at the enclosing place with a coarser precision."""
        loc = self.gazetteer.locate(place.id)
        coarse = 3 if head in _COARSE_HEADS or place.kind in REGION_KINDS else 2
        precision = max(loc.geo_precision or coarse, coarse) if loc.lat is not None else loc.geo_precision
        name_en, name_ar = unresolved_names(u.name, u.text, place)
        note = (f"'{u.text}' is not in the gazetteer: shown at {place.name_en}, the enclosing area {words_given}; "
                f"{loc.basis}")
        return Mention(u.start, u.end, u.text, place.id, name_en, name_ar, _HEAD_KIND.get(head, place.kind),
                       loc.lat, loc.lon, precision, True, "unresolved", note, u.name)

    def _mention(self, nt: NormalisedText, start: int, end: int, pid: str, how: str) -> Mention:
        """The mention of ``pid`` at normalised offsets ``[start, end)``."""
        fixed = self._resolved.get(pid)
        if fixed is None:  # what every mention of the place says, whatever the article
            place = self.gazetteer.places[pid]
            loc = self.gazetteer.locate(pid)
            fixed = self._resolved[pid] = (place.name_en, place.name_ar, place.kind, loc.lat, loc.lon,
                                           loc.geo_precision, loc.approximate, loc.basis)
        s, e = nt.to_original(start, end)
        name_en, name_ar, kind, lat, lon, precision, approximate, basis = fixed
        return Mention(s, e, nt.original[s:e], pid, name_en, name_ar, kind, lat, lon, precision, approximate, how, basis)


def unresolved_names(name: str, text: str, area: Place | None = None) -> tuple[str, str]:
    """The English and Arabic place names (``location``, ``location_ar``) of an event or mention at a
    name the gazetteer lacks, in either language: the name the text gives, and the area it is drawn in.

    Parameters
    ----------
    name : str
        The name (``unresolved_name``).
    text : str
        The words of the text that give it (with their head noun: ``قرية خربة سليمو``).
    area : Place, optional
        The area it is drawn in; None when it is drawn nowhere.

    Returns
    -------
    (str, str)
        ``("Amuda countryside (approx.), unresolved: X", "X (ريف عامودا، تقريبي)")``, or with no area
        ``("X (not in the gazetteer)", text)``.
    """
    if area is None:
        return f"{name} (not in the gazetteer)", text
    return f"{area.name_en} (approx.), unresolved: {name}", f"{text} ({area.name_ar or area.name_en}، تقريبي)"


#: Marks after a bracket that make it an outlet's name after a dateline (``القامشلي (نورث برس) –``).
_DATELINE_DASHES = "-–—:"


def _other_names_in_brackets(nt: NormalisedText, tokens: Sequence[Token], taken: set[int],
                             named: list[tuple[int, Mention]]) -> list[Mention]:
    """Stage: a name in brackets right after a place's mention (``بلدة القحطانية (تربسبيه)``،
    ``جبل عبد العزيز (كزوان)``) is that place's other name: a mention of the same place (an
    unknown place's the same unresolved name and area), never another place nor an unresolved one.

    Only one to three words that can make a name (:func:`_is_name_start`, not a word that
    ends names) and that no place or actor took; not a bracket followed by a dash or colon
    (``القامشلي (نورث برس) –``: the outlet of a dateline).

    Parameters
    ----------
    nt : NormalisedText
    tokens : sequence of Token
    taken : set of int
        Tokens of actors, known places and unknown names.
    named : list of (int, Mention)
        Each place mention (known, or an unknown name drawn at its area) with its last token.

    Returns
    -------
    list of Mention
    """
    words, starts, ends = words_of(tokens), starts_of(tokens), ends_of(tokens)
    text, n = nt.text, len(words)
    out = []
    for last, m in named:
        k = last + 1
        if not (m.place_id or m.unresolved_name):
            continue
        if k < n and text[ends[last]:starts[k]].strip() != "(":
            quoted = _name_given(text, tokens, last)
            if quoted is not None:
                s, e = nt.to_original(starts[quoted[0]], ends[quoted[1]])
                out.append(replace(m, start=s, end=e, text=nt.original[s:e],
                                   how="variant" if m.how != "unresolved" else m.how))
            continue
        if k >= n:
            continue
        close = next((r for r in range(k, min(n, k + 3)) if text[ends[r]:ends[r] + 1] == ")"), None)
        if close is None or any(t in taken for t in range(k, close + 1)):
            continue
        if any(text[ends[r]:starts[r + 1]].strip() for r in range(k, close)):
            continue  # (punctuation inside: no plain name)
        if not _is_name_start(words[k]) or any(_ends_name(w) or w.isdigit() for w in words[k:close + 1]):
            continue
        after = text[ends[close] + 1:ends[close] + 4].strip()
        if after[:1] and after[0] in _DATELINE_DASHES:
            continue
        s, e = nt.to_original(starts[k], ends[close])
        out.append(replace(m, start=s, end=e, text=nt.original[s:e], how="variant" if m.how != "unresolved" else m.how))
    return out


#: The word a place's other name is given after (``… التي يطلق عليها التنظيم اسم “…”``، ``المعروفة
#: باسم “…”``), normalised.
_NAME_WORDS = frozenset({"اسم", "باسم"})
#: How many words may stand between a place and that word (a relative clause: التي يطلق عليها التنظيم).
_NAME_GIVEN_REACH = 6


def _name_given(text: str, tokens: Sequence[Token], last: int) -> tuple[int, int] | None:
    """(first, last) tokens of a quoted name given to the place that ends at token ``last`` a
    few words on in its clause: ``قرية تل الجاير التي يطلق عليها التنظيم اسم “تل البشاير”``،
    ``الحي المعروف باسم «الحارة الغربية»``: ``اسم``/``باسم`` right before an opening quote and one
    to three words closed by a quote, no punctuation between the place and that word."""
    words, starts, ends = words_of(tokens), starts_of(tokens), ends_of(tokens)
    n = len(words)
    for j in range(last + 1, min(n - 1, last + 1 + _NAME_GIVEN_REACH)):
        if text[ends[j - 1]:starts[j]].strip():
            return None  # punctuation: the clause ended
        if words[j] not in _NAME_WORDS:
            continue
        if not _OPEN_QUOTES.intersection(text[ends[j]:starts[j + 1]]):
            return None
        close = next((r for r in range(j + 1, min(n, j + 4)) if _CLOSE_QUOTES.intersection(
            text[ends[r]:starts[r + 1] if r + 1 < n else len(text)])), None)
        if close is None or any(text[ends[r]:starts[r + 1]].strip() for r in range(j + 1, close)):
            return None
        return j + 1, close
    return None


def _unplaced_mention(u: Unresolved, head: str, in_unknown_area: bool = True) -> Mention:
    """A mention of an unknown name that no area of the gazetteer holds: no place, no point, so
    that its event is drawn nowhere rather than at another named place, and keeps the name.

    Parameters
    ----------
    u : Unresolved
        The unknown name.
    head : str
        Its head noun (normalised), for the kind the mention keeps.
    in_unknown_area : bool
        Whether the text places it in an area the gazetteer lacks too (``بريف دير الزور``);
        otherwise the article names no known place to find an enclosing area from.

    Returns
    -------
    Mention
    """
    note = (f"'{u.text}' is not in the gazetteer, nor is the area the text places it in: not drawn"
            if in_unknown_area else
            f"'{u.text}' is not in the gazetteer and the article names no known place around it: not drawn")
    return Mention(u.start, u.end, u.text, None, *unresolved_names(u.name, u.text),
                   _HEAD_KIND.get(head, "village"), None, None, None, True, "unresolved", note, u.name)


#: Every head noun an unknown name may follow (singular, plural or dual; place or facility).
_HEAD_STEMS = UNRESOLVED_HEADS | set(PLURAL_HEADS) | set(FACILITY_HEADS)


def _in_named_again_slot(text: str, tokens: Sequence[Token], k: int, last: int) -> bool:
    """Whether the name at tokens ``k..last`` stands in a place's slot: a ``named_again_slot``
    word (or و/ب/ل/ف with it) right before it in the same clause, and no definite word right after
    it (``خزنة المياه``: a construct, a common noun)."""
    words, starts, ends = words_of(tokens), starts_of(tokens), ends_of(tokens)
    if k == 0 or text[ends[k - 1]:starts[k]].strip():
        return False
    before = words[k - 1]
    if before not in _NAMED_AGAIN_SLOTS and not (before[:1] in "وبلف" and before[1:] in _NAMED_AGAIN_SLOTS):
        return False
    after = words[last + 1] if last + 1 < len(words) else ""
    return not (after.startswith("ال") and after not in _STOP and after not in _NAME_BREAKS
                and not text[ends[last]:starts[last + 1]].strip())


def _bare_plural(word: str) -> str:
    """A singular, plural or dual head noun without its proclitics; other words unchanged."""
    hit = split_proclitics(word, _HEAD_STEMS)
    return hit[1] if hit else word


def _bare(word: str) -> str:
    """A head noun without its proclitics (``بمدينه`` → ``مدينه``); other words unchanged."""
    hit = split_proclitics(word, HEAD_NOUNS)
    return hit[1] if hit else word


def _already_has_head(first_word: str, place: Place) -> bool:
    # the alias itself starts with a head noun ("دوار الوحدة", "حي طي"): don't take another
    return _bare(first_word) in HEAD_NOUNS


def matchable_names(place: Place) -> set[str]:
    """The names a place is matched by: its aliases, and its Arabic name only when listed there.

    A row whose bare Arabic name is a common word (``الغربية`` 'western', ``الهلالية``) lists only
    the safe forms (``حي الغربية``) as aliases; a row without aliases is matched by its name.
    """
    if place.aliases:
        return set(place.aliases) - {""}
    return {place.name_ar} - {""}


def _tribe_context(words: list[str], i: int) -> bool:
    return i > 0 and split_proclitics(words[i - 1], TRIBE_WORDS) is not None


def _media_context(words: list[str], i: int) -> bool:
    """A name right after a media word (``تلفزيون سوريا``, ``شبكة أخبار القامشلي``) is an outlet."""
    if i > 0 and _is_media(words[i - 1]):
        return True
    return i > 1 and words[i - 1] in ("اخبار", "انباء") and _is_media(words[i - 2])


def _organisation_context(words: list[str], m: Match) -> bool:
    """A name between ``مجلس`` and ``العسكري``/``المدني`` (``قوات مجلس تل تمر العسكري``), or after
    them with ``ل`` (``المجلس العسكري لتل تمر``), names an organisation, not the place the event is at."""
    if m.first >= 2 and words[m.first - 1] in _ORG_TAILS and words[m.first].startswith("ل") and (
            split_proclitics(words[m.first - 2], _ORG_HEADS) is not None or words[m.first - 2] in _ORG_HEADS):
        return True  # "مقاتلين من المجلس العسكري لتل تمر": the council's name, the other word order
    if m.first < 1 or m.last + 1 >= len(words):
        return False
    return (split_proclitics(words[m.first - 1], _ORG_HEADS) is not None or words[m.first - 1] in _ORG_HEADS) \
        and words[m.last + 1] in _ORG_TAILS


#: Characters that open and close a quoted or bracketed name (``صفحة “منبر الحسكة”``، ``(القامشلي مدينة الحب)``).
_OPEN_QUOTES, _CLOSE_QUOTES = frozenset("“«(\"'‘"), frozenset("”»)\"'’")
#: How many words of a quoted name may stand before the place name in it.
_QUOTED_REACH = 2


def quoted_other_name(text: str, tokens: Sequence[Token], m: Match, named: set[int] | frozenset[int] = frozenset()) -> bool:
    """Whether the place name ``m`` is only part of a quoted or bracketed name of something else:
    a page, channel or outlet (the quote right after a media word: ``صفحة “منبر الحسكة”``،
    ``صفحة (القامشلي مدينة الحب) على فيسبوك``), or a name whose quote opens with a word or two
    that are no head noun, bearing or preposition and closes right after the place (a nom de
    guerre, a first name and a town: ``القيادي “روخاز عامودا”``; a page: ``“منبر الحسكة”``).
    A quote that opens with a head noun (``“حي الزهور”``، ``“ريف الحسكة”``), with the place itself
    or with another place (``طريق (القامشلي- القحطانية)``: ``named``, the tokens of place names)
    names the place."""
    words, starts, ends = words_of(tokens), starts_of(tokens), ends_of(tokens)
    open_at = None
    for k in range(m.first, max(-1, m.first - _QUOTED_REACH - 1), -1):
        gap = text[ends[k - 1] if k > 0 else 0:starts[k]]
        if k < m.first and _CLOSE_QUOTES.intersection(gap) and not _OPEN_QUOTES.intersection(gap):
            return False
        if _OPEN_QUOTES.intersection(gap):
            open_at = k
            break
    if open_at is None:
        return False
    if open_at > 0 and (_is_media(words[open_at - 1]) or words[open_at - 1] in PAGE_WORDS):
        return True  # "صفحة “منبر الحسكة”": a page's name
    if open_at == m.first or m.last + 1 > len(words):
        return False
    after = text[ends[m.last]:starts[m.last + 1] if m.last + 1 < len(words) else len(text)]
    if not _CLOSE_QUOTES.intersection(after):
        return False
    return not any(_bare(w) in HEAD_NOUNS or _bare(w) in UNRESOLVED_HEADS or _bare(w) in FACILITY_HEADS
                   or w in _STOP or w in _NOT_THE_SCENE or _bare(w) in _AR_LANDMARK_NOUNS or k in named
                   for k, w in enumerate(words[open_at:m.first], open_at))


def _posts_held(nt: NormalisedText, tokens: Sequence[Token]) -> set[int]:
    """The facility head nouns right after a post's title (``إمام مسجد التوحيد``، ``خطيب جامع
    …``: ``post_title`` of ``place_words.csv``): the facility names a man's post, not a place, so
    no unknown name is looked for after them. ``امام`` is the imam only when the original spells
    it ``إمام`` (normalised, it is also ``أمام``, 'in front of': ``أمام مدرسة القادسية``)."""
    words, starts, ends = words_of(tokens), starts_of(tokens), ends_of(tokens)
    out = set()
    for k in positions(tokens, _POST_FORMS):
        if k + 1 >= len(words) or words[k + 1] not in FACILITY_HEADS:
            continue
        s, e = nt.to_original(starts[k], ends[k])
        if words[k].endswith("امام") and "إ" not in nt.original[s:e]:
            continue
        out.add(k + 1)
    return out


def _administration_name(words: list[str], m: Match) -> bool:
    """Whether the region ``m`` is the end of the Autonomous Administration's name, told in a
    spelling the actor list lacks (``الإدارة الذاتية لشمال شرق سوريا``، ``… لمناطق شمال وشرق
    سوريا``): the administration, not the region; or the country is in the SDF's name glued to
    what follows it (``قوات سوريا الديمقراطيةQSD``)."""
    if m.first > 0 and m.last + 1 < len(words) and words[m.last + 1].startswith("الديمقراطي") \
            and words[m.first - 1].lstrip("وبل") in ("قوات", "قوي"):
        return True  # "قوات سوريا الديمقراطيةQSD": the SDF's name, glued to its initials
    k = m.first - 1
    if k >= 0 and words[k] in ("لمناطق", "لاقليم"):
        k -= 1
    elif not words[m.first].startswith("ل"):
        return False
    return k >= 1 and words[k] == "الذاتيه" and words[k - 1].lstrip("وبل") in ("الاداره", "اداره", "للاداره")


def _party_country(words: list[str], i: int) -> bool:
    """Whether the country at token ``i`` closes a Kurdish party's or council's name: a Kurdish
    adjective (``party_tail``) right before it, or before ``في`` right before it, with the name's
    head (``party_head``: حزب، المجلس …) a few words before that (``حزب يكيتي الكردي في سوريا``،
    ``المجلس الوطني الكردي في سوريا``، ``الحزب الديمقراطي الكوردستاني – سوريا``). The Kurdish
    people in Syria (``الشعب الكردي في سوريا``) have no party's head: the country stays."""
    k = i - 1
    if k >= 0 and words[k] == "في":
        k -= 1
    if k < 1 or words[k] not in _PARTY_TAILS:
        return False
    return any(w in _PARTY_HEADS or split_proclitics(w, _PARTY_HEADS) is not None
               for w in words[max(0, k - _PARTY_REACH):k])


#: 'The country': reports about Syria name a part of it with this word for the country's name
#: (``شمال شرق البلاد``).
_THE_COUNTRY = "البلاد"


def _the_country_forms(name: str, countries: set[str]) -> set[str]:
    """A part of the country named with ``البلاد`` for the country's name (``شمال شرق سوريا`` →
    ``شمال شرق البلاد``), for every form of the name (:func:`name_variants`). Only a name of
    two words or more that ends on the country's name: ``البلاد`` alone stays no place."""
    out = set()
    for form in {normalise_phrase(name)} | name_variants(name):
        words = form.split()
        if len(words) > 1 and words[-1] in countries:
            out.add(" ".join(words[:-1] + [normalise_phrase(_THE_COUNTRY)]))
    return out


def _countryside_forms(name: str) -> set[str]:
    """A city's countryside named as the countryside of the governorate named after the city
    (``ريف محافظة الحسكة``، beside ``ريف مدينة الحسكة``). (The plural ``أرياف`` is left as
    it is read: before a list of towns, ``أرياف الدرباسية وعامودا``, each is named as its town.)"""
    words = normalise_phrase(name).split()
    if len(words) < 3 or words[:2] != ["ريف", "مدينه"]:
        return set()
    return {" ".join(["ريف", "محافظه", *words[2:]])}


def _is_media(word: str) -> bool:
    return word in MEDIA_WORDS or split_proclitics(word, MEDIA_WORDS) is not None or any(
        word.endswith(m) and word[:-len(m)] in PLAIN_PREFIXES for m in MEDIA_WORDS if m.startswith("ال"))


def _lone_adjective(words: list[str], m: Match) -> bool:
    """A one-word match that is an adjective (``الغربية``) without a head noun before it."""
    if m.first != m.last:
        return False
    word = words[m.first]
    stem = word[len(m.prefix):] if m.prefix else word
    if stem not in ADJECTIVES and ("ال" + stem) not in ADJECTIVES and word not in ADJECTIVES:
        return False
    return not (m.first > 0 and _bare(words[m.first - 1]) in HEAD_NOUNS)


#: Verbs of reaching or fleeing: a city after ``إلى`` a few words on is where people went.
#: Verbs of reaching, fleeing or leaving (Arabic and English): a place after them and إلى/"to"/"for" is
#: where people went (``arrival_verb`` rows; also read by the English events).
ARRIVAL_VERBS: frozenset[str] = _PLACE_WORDS.get("arrival_verb", frozenset())
#: How many words before ``إلى`` such a verb may stand (ووصلت العائلات النازحة من عفرين إلى …).
_ARRIVAL_REACH = 6
#: English words of direction that count only after a verb of leaving or reaching ("left for", "fled to").
EN_TOWARD: frozenset[str] = frozenset({"to", "for", "into", "towards", "toward"})
#: Words between such a direction word and the place it names ("left for the town of Hasakah").
_EN_PLACE_HEADS = frozenset({"the", "of", "town", "city", "village", "villages", "towns", "district",
                             "neighbourhood", "neighborhood", "area", "nearby", "neighbouring", "neighboring"})


def went_to(words: Sequence[str], first: int) -> bool:
    """Whether the place whose name starts at token ``first`` is only where people went: ``إلى``
    (or English ``to``/``for``/``into``/``towards``, head nouns and ``the`` between allowed) with a
    verb of reaching, fleeing or leaving (``arrival_verb``) a few words before it (``ووصلت العائلات
    النازحة من عفرين إلى مدينة القامشلي``; "families … left for the town of Hasakah"). ``إلى`` with no such
    verb (``عاد الهدوء إلى القامشلي``) is not."""
    k = first - 1
    while k >= 0 and words[k] in _EN_PLACE_HEADS:
        k -= 1
    if k < 0 or not (words[k].lstrip("و") == "الي" or words[k] in EN_TOWARD):
        return False
    return any(w in ARRIVAL_VERBS or w.removeprefix("و") in ARRIVAL_VERBS for w in words[max(0, k - _ARRIVAL_REACH):k])


def _focus_city(gaz: Gazetteer, spans: list[tuple[int, int, str, str]],
                words: Sequence[str] = ()) -> str | None:
    """The city the article names most; a tie goes to the one with more named places inside
    it (a dateline city against the city whose quarters the report names), then the first. A
    city outside the mapped area (:meth:`~pipeline.gazetteer.Gazetteer.outside_area`: a report
    from Qamishli that keeps naming Afrin) is the article's city only when it names no city of
    the area. A place named only as where people went (``words`` before it: ``باتجاه``، ``نحو``
    (``destination`` rows), ``إلى`` a few words after an ``arrival_verb``: families from Afrin
    who reached Qamishli) counts only when every place is named so."""
    def toward(first: int) -> bool:
        if not 0 < first <= len(words):
            return False
        before = words[first - 1].lstrip("و")  # (إلى counts only after a verb of going: went_to)
        return went_to(words, first) or (before != "الي" and before in DESTINATIONS)

    counts: dict[str, int] = {}
    inner: dict[str, int] = {}
    order: list[str] = []
    spans = [sp for sp in spans if not toward(sp[0])] or spans
    for _, _, pid, _ in spans:
        p = gaz.places[pid]
        city = pid if p.kind in ("city", "town") else next(
            (a.id for a in gaz.ancestors(pid) if a.kind in ("city", "town")), None)
        if city is None:
            continue
        if city not in counts:
            order.append(city)
        counts[city] = counts.get(city, 0) + (1 if city == pid else 0)
        inner[city] = inner.get(city, 0) + (0 if city == pid else 1)
    if not order:
        return None
    pool = [c for c in order if not gaz.outside_area(c)] or order
    return max(pool, key=lambda c: (counts[c], inner[c], -order.index(c)))


def governorate_of(gaz: Gazetteer, place_ids) -> Place | None:
    """The governorate that holds the first of ``place_ids`` inside one (the place itself when
    it is a governorate), else None.

    Parameters
    ----------
    gaz : Gazetteer
    place_ids : iterable of str or None
        Known places, in order of preference (the article's city first).

    Returns
    -------
    Place or None
    """
    for pid in place_ids:
        if not pid or pid not in gaz.places:
            continue
        if gaz.places[pid].kind == "governorate":
            return gaz.places[pid]
        gov = next((a for a in gaz.ancestors(pid) if a.kind == "governorate"), None)
        if gov is not None:
            return gov
    return None


def enclosing_area(gaz: Gazetteer, pid: str, inside_settlement: bool) -> Place | None:
    """The area an unknown place lies in, given the known place ``pid`` the text relates it to
    (``قرية … بريف القامشلي``, ``the village of X, north of Tal Tamr``): never another town or
    village (issue 10: places never snap elsewhere).

    - an area, subdistrict or governorate: itself;
    - a city or town: the city itself when the unknown place lies inside a settlement (a
      quarter, street, camp, prison: ``inside_settlement``), else its countryside row (a
      village near a town is in the town's countryside, not in the town), else the nearest
      area, subdistrict or governorate above it;
    - anything else (a village, a quarter, a landmark): the nearest area, subdistrict or
      governorate above it (a quarter's city when ``inside_settlement``).

    Parameters
    ----------
    gaz : Gazetteer
    pid : str
    inside_settlement : bool

    Returns
    -------
    Place or None
        None when no such place is above ``pid``.
    """
    place = gaz.places[pid]
    if place.kind in ("area", "subdistrict", "governorate"):
        return place
    if place.kind in ("city", "town"):
        if inside_settlement:
            return place
        country = _countryside_of(gaz, pid)
        if country is not None:
            return country
    elif inside_settlement:
        town = next((a for a in gaz.ancestors(pid) if a.kind in ("city", "town")), None)
        if town is not None:
            return town
    return next((a for a in gaz.ancestors(pid) if a.kind in ("area", "subdistrict", "governorate")), None)


def _countryside_of(gaz: Gazetteer, town: str) -> Place | None:
    """The ``ريف X`` area of a town (an ``area`` child without a position), if the gazetteer has it."""
    return next((c for c in gaz.children(town) if c.kind == "area" and not c.position), None)


#: Words before a town's name (up to three) that make it a destination or a road's end, not the
#: scene "المدينة" refers back to.
#: Head words that introduce a place as a town or village: "المدينة" does not tell it back.
_SMALLER_THAN_A_CITY = frozenset({"بلده", "قريه"})
#: Where people or forces went (``destination`` rows; :mod:`pipeline.events` reads them from here).
DESTINATIONS: frozenset[str] = _PLACE_WORDS["destination"]
_NOT_THE_SCENE = DESTINATIONS | _PLACE_WORDS["road_end"]
#: Words that end an unknown name (:func:`_ends_name`).
_NAME_BREAKS = NAME_ENDS | NOT_NAMES | DESTINATIONS
#: Roles of ``event_words.csv`` whose words are people (victims, the arrested, fighters).
_PERSON_ROLES = ("civilian_person", "civilian_victim", "dual_victim", "plural_victim", "detainee",
                 "minor", "captive")


def _person_nouns() -> frozenset[str]:
    """Nouns for people (``event_words.csv``'s person and victim roles, :mod:`pipeline.numbers`'
    persons) with their dual, plural and accusative forms (شاب: شابان، شابين، شابا): the subject
    of a passive verb told after a place (قتل في قرية كرديم شاب) ends the place's name."""
    roles = load_word_roles(Path(__file__).with_name("data") / "event_words.csv")
    words = set(SINGULAR_PERSONS) | set(DUAL_PERSONS)
    for role in _PERSON_ROLES:
        words |= roles.get(role, frozenset())
    out = set(words)
    for w in words:
        stem = w[:-1] + "ت" if w.endswith("ه") else w
        out |= {stem + "ان", stem + "ين", w + "ون", w + "ين", w + "ا"}
    return frozenset(out)


_PERSONS = _person_nouns()


def _recent_town(gaz: Gazetteer, text: str, tokens: Sequence[Token], spans: Sequence[tuple[int, int, str, str]],
                 i: int) -> str | None:
    """The city or town named last before token ``i`` in its sentence or the sentence before
    (``وفرضت حظراً للتجوال في مدينة الشدادي … . وداهمت دوريات منازل في المدينة``: Shaddadi, not
    the article's city), or the one a quarter named last lies in; not one named as where someone
    came from or went (``من``، ``إلى``، ``باتجاه``) or as a road's end (``طريق الحسكة – القامشلي``),
    nor one introduced as a town or village (``بلدة``، ``قرية``: ``المدينة`` tells back a city),
    nor one outside the mapped area (``ردّاً على ما يجري في مدينة منبج. وأغلقت الأسايش مداخل
    المدينة``: the report's city, not Manbij); None when those two sentences name none."""
    starts, ends = starts_of(tokens), ends_of(tokens)
    words = words_of(tokens)
    for f, l, pid, _ in sorted(spans, key=lambda s: s[1], reverse=True):
        if l >= i:
            continue
        if sentence_ends(text, ends[l], starts[i]) > 1:
            return None
        if f > 0 and words[f - 1].lstrip("و") == "من" or any(
                w.lstrip("و") in _NOT_THE_SCENE for w in words[max(0, f - 3):f]):
            continue  # "باتجاه الأرياف ومدينة القامشلي"، "طريق الحسكة – القامشلي": not where it is
        if any(split_proclitics(words[h], _SMALLER_THAN_A_CITY) is not None for h in (f, f - 1) if h >= 0):
            continue  # "تشهده بلدة عامودا … في شوارع المدينة": المدينة tells back a place told as a city
        if gaz.outside_area(pid):
            continue  # (the article's city is never one outside the area while it names one inside)
        kind = gaz.places[pid].kind
        if kind in ("city", "town"):
            return pid
        if kind == "neighbourhood":  # "في حي الوسطى … في المدينة": the quarter's city
            town = next((a.id for a in gaz.ancestors(pid) if a.kind in ("city", "town")), None)
            if town is not None:
                return town
    return None


def _anaphora(gaz: Gazetteer, tokens: Sequence[Token], taken: set[int], focus: str | None,
              named: dict[int, str] | None = None, text: str = "",
              spans: Sequence[tuple[int, int, str, str]] = ()) -> list[tuple[int, int, str, str]]:
    """Mentions that refer back: ``المدينة`` (the city or town named last in its sentence or the
    one before, :func:`_recent_town`, else the focus city), ``المطار``, ``الريف الغربي``
    (a side of the focus city's countryside, or of the place named right after it with ل:
    ``الريف الغربي لناحية الدرباسية``). ``named``: first token → place id of the names found;
    ``spans``: the names found, for the city named last."""
    named = named or {}
    if focus is None:
        return []
    airport = gaz.find_child(focus, kind="airport")
    out = []
    n = len(tokens)
    words = words_of(tokens)
    resume = 0  # tokens before this one are inside an earlier anaphoric mention
    for i in positions(tokens, _ANAPHORA_FORMS):
        if i < resume or i in taken:
            continue
        word = words[i]
        stem, definite = strip_article(word)
        if definite and stem == "مدينه" and not (i + 1 < n and i + 1 in taken):
            city = (_recent_town(gaz, text, tokens, spans, i) if text else None) or focus
            country = _countryside_of(gaz, city) if i > 0 and i - 1 not in taken and split_proclitics(words[i - 1], _RIF) \
                else None
            port = gaz.find_child(city, kind="airport") if i > 0 and i - 1 not in taken \
                and split_proclitics(words[i - 1], _AIRPORT) else None
            if country is not None:  # "بريف المدينة": the city's countryside, not the city
                out.append((i - 1, i, country.id, "anaphora"))
                taken.update((i - 1, i))
            elif port is not None:  # "في مطار المدينة": the city's airport
                out.append((i - 1, i, port.id, "anaphora"))
                taken.update((i - 1, i))
            else:
                out.append((i, i, city, "anaphora"))
                taken.add(i)
        elif definite and stem == "مطار" and airport is not None:
            last = i + 1 if i + 1 < n and words[i + 1] == "الدولي" and i + 1 not in taken else i
            out.append((i, last, airport.id, "anaphora"))
            taken.update(range(i, last + 1))
            i = last
        elif definite and stem == "ريف" and i + 1 < n and i + 1 not in taken:
            direction = _DIRECTIONS.get(strip_article(words[i + 1])[0])
            target, last = focus, i + 1
            if direction and i + 2 < n:
                nxt, _ = strip_article(words[i + 2])
                if nxt == "مدينه" and i + 2 not in taken:
                    last = i + 1  # "للمدينة" stays its own (anaphoric) mention
                owner = named.get(i + 2) if words[i + 2].startswith("ل") else None
                if owner is not None:  # "الريف الغربي لناحية الدرباسية": that place's countryside
                    target = _town_of(gaz, owner)
            area = gaz.find_child(target, kind="area", position=f"{direction}_countryside") if direction else None
            if area is None and direction:  # no row for that side: the city's countryside as a whole
                area = _countryside_of(gaz, target)
            if area is not None:
                out.append((i, last, area.id, "relative"))
                taken.update(range(i, last + 1))
                i = last
        resume = i + 1
    return out


def _town_of(gaz: Gazetteer, pid: str) -> str:
    """The town a subdistrict is named after (its centre: ``darbasiyah_subdistrict`` →
    ``darbasiyah``), else ``pid`` itself: countryside rows hang from towns."""
    place = gaz.places[pid]
    if place.kind == "subdistrict":
        town = next((c for c in gaz.children(pid) if c.kind in ("city", "town") and c.name_ar
                     and c.name_ar in (place.name_ar or "")), None)
        if town is not None:
            return town.id
    return pid


#: Kinds of place that hold landmarks: a town named beside a landmark told back that is none of
#: these, or does not hold it, is the scene (Arabic and English events).
LANDMARK_HOLDER_KINDS: frozenset[str] = frozenset({"city", "town", "village", "subdistrict"})


def landmarks_told_back(gaz: Gazetteer, nt: NormalisedText, tokens: Sequence[Token], mentions: Sequence[Mention],
                        english: bool = False) -> list[Mention]:
    """Mentions of a definite landmark noun with no name of its own (``السجن``، ``للمخيم``,
    "the prison", "the camp") that refer back to the landmark the article named with a noun
    of that kind before it.

    A landmark is named with its noun when the noun opens or ends its mention (``سجن الصناعة``,
    "al-Sina'a prison", a camp the gazetteer lacks: ``مخيم كندال``) or stands right before it in
    Arabic (``مخيم الهول``: the town's mention) or right after it in English ("al-Hol camp", "al-Hol
    displacement camp"); the kinds are the ``landmark_*`` rows of ``place_words.csv`` (a jail is a
    prison). Only when the places named so before the noun are one place (its name, or the same
    unresolved name; a town named so, "Hasakah prison", is the same prison as one named inside
    that town, al-Sina'a prison) is the noun that place's mention (``how`` ``anaphora``, a copy of
    the nearest); with two, or none, it is no mention. Rule 5's ``المطار`` (the focus city's
    airport) is apart.

    Parameters
    ----------
    gaz : Gazetteer
    nt : NormalisedText
    tokens : sequence of Token
    mentions : sequence of Mention
        The article's place mentions (original offsets), anaphora included.
    english : bool
        An English article ("the" + noun), else Arabic (the noun behind ال).

    Returns
    -------
    list of Mention
    """
    words = words_of(tokens)
    n = len(words)
    if english:
        backs = [i for i in range(1, n) if words[i] in LANDMARK_NOUNS and words[i - 1] == "the"
                 and not (i + 1 < n and words[i + 1] == "of")]  # ("the camp of …" names its own)
    else:
        backs = positions(tokens, LANDMARK_BACK_FORMS)
    if not backs:
        return []
    spans = [nt.to_original(s, e) for s, e in zip(starts_of(tokens), ends_of(tokens))]
    o_starts = [s for s, _ in spans]
    o_ends = [e for _, e in spans]
    covered: set[int] = set()
    named: list[tuple[int, str, Mention]] = []  # (original start, landmark kind, mention)
    for m in mentions:
        first = max(0, bisect.bisect_right(o_starts, m.start) - 1)
        last = min(n - 1, bisect.bisect_left(o_ends, m.end))
        covered.update(range(first, last + 1))
        if m.how == "anaphora" or not (m.place_id or m.unresolved_name):
            continue
        if english:
            after = last + 2 if last + 2 < n and words[last + 1] in _LANDMARK_MODIFIERS else last + 1
            kind = LANDMARK_NOUNS.get(words[last]) or (LANDMARK_NOUNS.get(words[after]) if after < n else None)
        else:
            hit = split_proclitics(words[first], _AR_LANDMARK_NOUNS) or (
                split_proclitics(words[first - 1], _AR_LANDMARK_NOUNS) if first > 0 else None)
            kind = LANDMARK_NOUNS.get(hit[1]) if hit else None
        if kind:
            named.append((m.start, kind, m))
    out = []
    for i in backs:
        if i in covered or _not_told_back(nt.text, tokens, i, english):
            continue
        kind = LANDMARK_NOUNS.get(words[i] if english else strip_article(words[i])[0])
        before = [m for start, k, m in named if k == kind and start < o_starts[i]]
        places = _one_landmark(gaz, {(m.place_id, m.unresolved_name) for m in before})
        if places is None:
            continue  # none named before, or two of that kind: which one is not said
        s, e = (o_starts[i - 1], o_ends[i]) if english else spans[i]
        nearest = [m for m in before if (m.place_id, m.unresolved_name) == places][-1]
        out.append(replace(nearest, start=s, end=e, text=nt.original[s:e], how="anaphora"))
    return out


def _not_told_back(text: str, tokens: Sequence[Token], i: int, english: bool) -> bool:
    """Whether the landmark noun at token ``i`` is not one named before, told back: it has its
    own qualifier (a definite nisba adjective, ``المعبر الحدودي``; ``مع …``; "the crossing with
    …"), it is a prison term (``بالسجن`` with a sentencing or a duration near it: حكمت … بالسجن
    خمس سنوات), a destination (``إلى الحي``، ``نحو المخيم``: where roads lead or people were taken),
    or another thing spelled the same (تنظيم القاعدة: al-Qaeda)."""
    words, starts, ends = words_of(tokens), starts_of(tokens), ends_of(tokens)
    n = len(words)
    nxt = words[i + 1] if i + 1 < n and not text[ends[i]:starts[i + 1]].strip() else ""
    if english:
        return nxt == "with"
    if nxt in _TOLD_BACK_QUALIFIERS or (nxt.startswith("ال") and nxt not in _NAME_BREAKS and nxt not in _STOP and (
            nxt in ADJECTIVES or nxt.endswith(("ي", "يه")))):
        return True
    if i > 0 and words[i - 1] in _TOLD_BACK_NOT_AFTER and not text[ends[i - 1]:starts[i]].strip():
        return True
    if i > 0 and words[i - 1] in DESTINATIONS:  # "وأغلقت الطرق المؤدية إلى الحي"، "نُقلوا إلى السجن": where
        return True  # roads lead or people were taken, not the scene
    if words[i].startswith("بال"):  # "بالسجن": a sentencing before it or a term after it
        lo = max(0, i - 8)
        while lo < i and sentence_ends(text, ends[lo], starts[i]):
            lo += 1  # not back over a sentence's end
        return any(words[k] in _TOLD_BACK_SENTENCE or is_number(tokens, k)
                   for k in [*range(lo, i), *range(i + 1, min(n, i + 4))])
    return False


def _one_landmark(gaz: Gazetteer, named: set[tuple[str | None, str]]) -> tuple[str | None, str] | None:
    """The one landmark ``(place id, unresolved name)`` among ``named``, when they are one: a
    place named as a known town or city (``سجن الحسكة``, "Hasakah prison") that holds, or is
    where the text draws, another one named (سجن الصناعة, an unknown ``سجن جركين`` drawn at the
    town) is that one named coarser. None when none is named or two are."""
    def coarser(a: tuple[str | None, str], b: tuple[str | None, str]) -> bool:
        return a != b and not a[1] and bool(a[0]) and bool(b[0]) and (
            a[0] == b[0] or any(x.id == a[0] for x in gaz.ancestors(b[0] or "")))

    kept = [a for a in named if not any(coarser(a, b) for b in named)]
    return kept[0] if len(kept) == 1 else None


class _Candidate(NamedTuple):
    """An unknown name after a head noun: tokens ``first..last``; ``head_tok`` is the head
    noun's token (-1 for a later item of a list, ``قرى الدردارة وعين العبد``), ``skip`` the
    characters of a conjunction to drop from the first token (``وعين``)."""

    head_tok: int
    first: int
    last: int
    head: str
    skip: int


def _candidate_name(words: list[str], c: _Candidate) -> tuple[str, ...]:
    """The words of candidate ``c``'s name (its conjunction dropped)."""
    return (words[c.first][c.skip:], *words[c.first + 1:c.last + 1])


def _name_words(words: list[str], c: _Candidate) -> list[str]:
    """The candidate's words (its conjunction dropped), plus up to two more for longer names."""
    out = [words[c.first][c.skip:], *words[c.first + 1:c.last + 3]]
    return out[:3]


def _name_end(text: str, tokens: Sequence[Token], first: int, taken: set[int],
              person_names: frozenset[int] = frozenset()) -> int:
    """Last token of an unknown name starting at ``first`` after a singular head noun: the word
    after a name particle ("تل عودة") or before ``بك`` ("قدور بيك"), and one more word when it
    can go on the name (:func:`_goes_on`: "قرية كندال سور", "شارع سليم نادر", "تل كوري مامو")."""
    words = words_of(tokens)
    n = len(words)
    last, most = first, 1
    if first + 1 < n and first + 1 not in taken and (
            words[first] in _NAME_PARTICLES or words[first + 1] in ("بك", "بيك", "اغا", "باشا")):
        last, most = first + 1, 2
    if last - first < most and _goes_on(text, tokens, last + 1, taken, person_names):
        last += 1
    return last


def _list_item_end(text: str, tokens: Sequence[Token], first: int, taken: set[int],
                   person_names: frozenset[int] = frozenset()) -> int:
    """Last token of a name in a list (``قبر القرجنة`` in ``قرى الدردارة وقبر القرجنة والمجيبرة``):
    up to three words, each one that can go on the name (:func:`_goes_on`)."""
    last = first
    while last - first < 2 and _goes_on(text, tokens, last + 1, taken, person_names):
        last += 1
    return last


#: Proclitics a word may carry before a ``name_end`` word and still end the name (بريف، بقذائف، لموقع).
_END_PROCLITICS = "بلفك"


def _ends_name(word: str) -> bool:
    """Whether ``word`` cannot be part of a place name that started before it: a stop word, an
    adjective or a village qualifier, a ``not_name``, ``name_end`` or ``destination`` word of
    ``place_words.csv`` (time words, ريف, prepositions, verbs), with or without its article or
    a proclitic ب، ل، ف، ك (``بريف``، ``بقذائف``); a verbal noun behind ب or ل (``لاعتقال``)."""
    stem = strip_article(word)[0]
    if word in _STOP or stem in _STOP or word in ADJECTIVES or word in _VILLAGE_QUALIFIERS:
        return True
    if word in _NAME_BREAKS or stem in _NAME_BREAKS:
        return True
    if word[:1] in _END_PROCLITICS and len(word) > 2:
        rest = word[1:]
        # a verbal noun has five letters or more ("لاعتقال"، "باستخدام"); كاني، بابا are names' words
        return rest in _NAME_BREAKS or rest in _STOP or (rest.startswith("ا") and len(rest) >= 5)
    return False


def _village_named_after_town(gaz: Gazetteer, text: str, tokens: Sequence[Token], m: Match, taken: set[int],
                              persons: frozenset[int]) -> bool:
    """Whether the town or city ``m`` names is only the first word of a village's name: ``قرية``
    right before it and a word that goes on a name right after it (``قرية زركان كانيه`` is a
    village the gazetteer lacks, not the town of Zirgan). The village is then an unknown name,
    never moved to the town."""
    if gaz.places[m.payload].kind not in ("town", "city") or m.first < 1:
        return False
    return _bare(words_of(tokens)[m.first - 1]) == "قريه" and _goes_on(text, tokens, m.last + 1, taken, persons)


def _goes_on(text: str, tokens: Sequence[Token], k: int, taken: set[int],
             person_names: frozenset[int] = frozenset()) -> bool:
    """Whether token ``k`` goes on the unknown name that ends at token ``k - 1``.

    Not: a known place or an actor (``taken``), anything after punctuation, a word joined by و,
    a word no name starts with (:func:`_is_name_start`), a word that ends names
    (:func:`_ends_name`), a definite word after a definite one (``حي الكرامة الشعبي``: an
    adjective agrees with its noun). A word behind ب or ل that could be a preposition's phrase
    (``بياندور لموقع محلي``) goes on only when the name plainly ends after it (punctuation or a
    word that ends names: ``كركي لكي،``، ``تقل بقل بريف``). ``علي`` spelled as the name Ali
    (``person_names``) is a name's word.
    """
    words, starts, ends = words_of(tokens), starts_of(tokens), ends_of(tokens)
    if k >= len(words) or k < 1 or k in taken or text[ends[k - 1]:starts[k]].strip():
        return False
    word = words[k]
    if k in person_names:
        return True
    if word.startswith("و") or not _is_name_start(word) or _ends_name(word):
        return False
    if word in _PERSONS or is_number(tokens, k):
        return False  # the subject of a passive verb: "قتل في قرية كرديم شاب"، "أصيب فيها ثلاثة"
    if word.startswith("ال") and words[k - 1].lstrip("و").startswith("ال"):
        return False  # a definite word after a definite name: its adjective
    if word[:1] in "بل":  # "بياندور لموقع محلي": maybe a preposition with its noun after it
        return k + 1 >= len(words) or k + 1 in taken or bool(text[ends[k]:starts[k + 1]].strip()) \
            or words[k + 1].startswith("و") or _ends_name(words[k + 1])
    return True


def _is_name_start(word: str) -> bool:
    """Whether a token right after a head noun can start an unknown name."""
    if word in _STOP or word.isdigit() or len(word) < 2 or strip_article(word)[0] in _STOP:
        return False
    if _bare(word) in HEAD_NOUNS or _bare(word) in UNRESOLVED_HEADS or word[:4] in ("وريف", "ريفه"):
        return False  # "مدينة وريفها": another head noun, not a name
    return word not in ADJECTIVES and _can_start_name(word)


def _person_names(nt: NormalisedText, tokens: Sequence[Token]) -> frozenset[int]:
    """Tokens ``علي`` that the original spells as the name Ali (with ي) in a text that writes the
    preposition ``على`` with ى: normalisation folds the two, the text keeps them apart, so after
    a head noun (``قرية علي فرو``) the word starts a village's name rather than being "on"."""
    if "على" not in nt.original:
        return frozenset()
    starts, ends = starts_of(tokens), ends_of(tokens)
    out = set()
    for k, w in enumerate(words_of(tokens)):
        if w == "علي":
            s, e = nt.to_original(starts[k], ends[k])
            if nt.original[s:e].endswith("ي"):
                out.add(k)
    return frozenset(out)


def _unresolved_candidates(text: str, tokens: Sequence[Token], taken: set[int],
                           span_end: dict[int, int], person_names: frozenset[int] = frozenset()) -> list[_Candidate]:
    """Each unknown name after a place head noun, and each further name of a plural head's list
    (``span_end``: first token -> last token of each known place, which a list may contain;
    ``person_names``: tokens that start a name although they read as a stop word,
    :func:`_person_names`)."""
    out: list[_Candidate] = []
    n = len(tokens)
    words, starts, ends = words_of(tokens), starts_of(tokens), ends_of(tokens)
    for i in positions(tokens, _HEAD_FORMS):
        if i == n - 1:
            break
        if i in taken:
            continue
        bare = _bare_plural(words[i])
        head = PLURAL_HEADS.get(bare, bare)
        if head in FACILITY_HEADS:
            facility = _facility_candidate(text, tokens, i, head, taken, person_names)
            if facility is not None:
                out.append(facility)
            continue
        if head not in UNRESOLVED_HEADS or words[i].startswith("ال"):
            continue
        if head == "ريف" and strip_article(words[i + 1])[0] in _DIRECTIONS:
            continue
        j = i + 1
        plural = bare in PLURAL_HEADS
        if j in person_names and j not in taken and j + 1 < n and j + 1 not in taken and _is_name_start(words[j + 1]):
            out.append(_Candidate(i, j, j + 1, head, 0))  # "قرية علي فرو": the given name and the next word
        elif j not in taken and _is_name_start(words[j]):
            last = _list_item_end(text, tokens, j, taken, person_names) if plural \
                else _name_end(text, tokens, j, taken, person_names)
            out.append(_Candidate(i, j, last, head, 0))
        if not plural:
            continue
        # a list after a plural or dual head: قرى الدردارة وقبر القرجنة والمجيبرة، حيي غويران والزهور
        last = span_end.get(j, j) if j in taken else (out[-1].last if out and out[-1].head_tok == i else j)
        for _ in range(8):
            while last + 1 in span_end and words[last + 1].startswith("و") \
                    and not text[ends[last]:starts[last + 1]].strip(" \t\u00a0،,"):
                last = span_end[last + 1]  # a known place in the list ("وتل زيوان")
            k = last + 1
            if k < n and not words[k].startswith("و"):
                commas = _comma_items(text, tokens, k, taken, span_end, person_names)
                out += [_Candidate(-1, f, e, head, 0) for f, e in commas if f not in span_end]
                if commas:
                    last = commas[-1][1]
                    continue
            if k >= n or text[ends[k - 1]:starts[k]].strip(" \t\u00a0،,") or not words[k].startswith("و"):
                break  # the list ends at anything but a space or comma before و
            rest = words[k][1:]
            if not _is_name_start(rest) or rest in _STOP or _ends_name(rest):
                break  # (", وألحق القصف أضراراً": a clause goes on, not the list)
            last = _list_item_end(text, tokens, k, taken, person_names)
            out.append(_Candidate(-1, k, last, head, 1))
    return out + _definite_facility_candidates(text, tokens, taken) \
        + _among_them_candidates(text, tokens, taken, span_end, person_names)


#: Closing brackets and quotes that may end a list of names (``قرى (الدبيسية، الرحمانية، الحمرة)``).
_LIST_CLOSERS = frozenset(")”»\"")


def _comma_items(text: str, tokens: Sequence[Token], k: int, taken: set[int], span_end: dict[int, int],
                 person_names: frozenset[int] = frozenset()) -> list[tuple[int, int]]:
    """Stage of a plural head's list: the names from token ``k`` on set off by commas alone
    (``قرى الطويلة، الكوزلية، الدبيسية والمحمودية``; ``قرى (الدبيسية، الرحمانية، الحمرة)``), as
    (first, last) tokens, a known place's (``span_end``) included. Taken only when the run is an
    enumeration to its end: its last name is followed by a name joined with و, or by a closing
    bracket or quote; a comma before a clause (``قرى الدبيسية، الواقعة غربي …``، ``…، ما أدى
    …``) gives nothing."""
    words, starts, ends = words_of(tokens), starts_of(tokens), ends_of(tokens)
    n = len(words)
    items: list[tuple[int, int]] = []
    while k < n and len(items) < 8:
        gap = text[ends[k - 1]:starts[k]]
        if not ("،" in gap or "," in gap) or gap.strip(" \t\u00a0،,") or words[k].startswith("و"):
            break
        if k in span_end:
            last = span_end[k]
        elif k in taken or not _is_name_start(words[k]) or words[k] in _STOP or _ends_name(words[k]):
            return []
        else:
            last = _list_item_end(text, tokens, k, taken, person_names)
        items.append((k, last))
        k = last + 1
    if not items:
        return []
    end = items[-1][1]
    after = text[ends[end]:starts[end + 1]] if end + 1 < n else text[ends[end]:]
    joined = end + 1 < n and words[end + 1].startswith("و") and not after.strip(" \t\u00a0")
    return items if joined or _LIST_CLOSERS.intersection(after) else []


_NOT_DEFINITE_FACILITY_NAMES = NOT_NAMES | _NAME_BREAKS | frozenset(_STOP)


#: Road nouns before a place a road is named for (``طريق المطار``).
_ROAD_NOUNS = frozenset({"طريق"})
#: Kinds of place a road is named for: the road is another place, of the town they lie in.
_ROAD_TARGET_KINDS = frozenset({"airport"})


def _roads_named_for(gaz: Gazetteer, words: list[str], taken: set[int],
                     spans: list[tuple[int, int, str, str]]) -> list[_Candidate]:
    """Stage: a road named for an airport (``على طريق المطار``، ``بطريق مطار القامشلي``) is the
    road, not the airport: a place the gazetteer lacks, its name the road noun and the
    airport's words, drawn in the town the text gives (the airport's town when it gives none),
    never at the airport. Takes the airport's span out of ``spans`` and ``taken``; returns the
    roads as candidates."""
    out: list[_Candidate] = []
    for sp in list(spans):
        f, last, pid, _how = sp
        if f == 0 or f - 1 in taken or gaz.places[pid].kind not in _ROAD_TARGET_KINDS:
            continue
        hit = split_proclitics(words[f - 1], _ROAD_NOUNS)
        if hit is None:
            continue
        spans.remove(sp)
        taken.difference_update(range(f, last + 1))
        out.append(_Candidate(f - 1, f - 1, last, "شارع", len(hit[0])))
    return out


def _particle_names_after_villages(gaz: Gazetteer, text: str, tokens: Sequence[Token], taken: set[int],
                                   spans: list[tuple[int, int, str, str]]) -> list[_Candidate]:
    """Stage: a name opening with a place-name particle (تل، أم، أبو، عين، خربة …) joined by و
    right after a known village (``سقطت القذائف على تل جمعة وتل كرابيت``) is one more village of
    the list, one the gazetteer lacks: drawn where the text places the villages, never at the
    known one. A name without a particle is left alone (``تل جمعة ومحيطها``)."""
    words, starts, ends = words_of(tokens), starts_of(tokens), ends_of(tokens)
    n = len(words)
    out: list[_Candidate] = []
    for _f, last, pid, _how in spans:
        k = last + 1
        if gaz.places[pid].kind != "village" or k + 1 >= n or k in taken or k + 1 in taken:
            continue
        if text[ends[last]:starts[k]].strip() or not words[k].startswith("و") or words[k][1:] not in _NAME_PARTICLES:
            continue
        if text[ends[k]:starts[k + 1]].strip() or not _is_name_start(words[k + 1]):
            continue
        out.append(_Candidate(-1, k, k + 1, "قريه", 1))
    return out


def _definite_facility_candidates(text: str, tokens: Sequence[Token], taken: set[int]) -> list[_Candidate]:
    """Each facility or area of a town named by a definite head noun and a definite relational
    adjective right after it (``نُقل إلى المشفى الوطني``، ``قرب الملعب البلدي``، ``أمام القصر
    العدلي``، ``في المنطقة الصناعية``، ``منازل في الحي الشرقي``): the two words are the name,
    reported unresolved and drawn inside the town the text gives (or the article's city), never at
    another named place.

    The head is a ``facility_definite_head`` of ``place_words.csv``; the adjective ends in ي/ية
    and is no ``facility_adjective_not_name`` (``المركز الإعلامي`` is a force's office, ``السوق
    المحلية`` the market as trade) nor a ``facility_not_name`` word; a direction names a place
    only after a ``facility_direction_head`` (``الحي الشرقي``; ``المنطقة الشرقية`` is a region of
    no name). A known place already holding either word wins; a facility after a word of working
    (``يعمل موظفاً في المستشفى الوطني``; ``facility_employer``) is an employer, not a place.
    """
    words, starts, ends = words_of(tokens), starts_of(tokens), ends_of(tokens)
    out: list[_Candidate] = []
    for i in range(len(words) - 1):
        if i in taken or i + 1 in taken:
            continue
        hit = split_proclitics(words[i], _DEFINITE_FACILITY_HEADS)
        if hit is None or not hit[0].endswith(("ال", "لل")):
            continue
        adj = words[i + 1]
        if text[ends[i]:starts[i + 1]].strip() or not adj.startswith("ال") or len(adj) < 5 \
                or not adj.endswith(("ي", "يه")) or adj in _FACILITY_ADJECTIVES_NOT_NAMES:
            continue
        if adj in _DIRECTION_ADJECTIVES:
            if hit[1] not in _DIRECTION_FACILITY_HEADS:
                continue
        elif _not_facility_name(adj) or adj in _STOP or strip_article(adj)[0] in _NOT_DEFINITE_FACILITY_NAMES:
            continue  # (الحي المحاذي للشريط: 'adjacent', no name)
        if not _FACILITY_EMPLOYER.isdisjoint(words[max(0, i - 3):i]):
            continue  # "يعمل موظفاً في «المستشفى الوطني»": his employer, an institution
        skip = len(hit[0]) - (2 if hit[0].endswith("ال") else 1) if hit[0] != "ال" else 0
        out.append(_Candidate(i, i, i + 1, hit[1], skip))
    return out


#: Openers of a list of named members ("بينها"، "مثل"، "ولا سيما"), as word tuples (``among_them``).
_AMONG_THEM = tuple(sorted({tuple(w.split()) for w in _PLACE_WORDS.get("among_them", frozenset())}, key=len, reverse=True))
#: Plural (or counted singular) nouns of villages and quarters whose members such a list names.
#: The last word of each opener (``مثل``، ``بينها``، ``سيما``): where a list's name is read back to its head.
AMONG_THEM_LAST_WORDS = frozenset(o[-1] for o in _AMONG_THEM)
_MEMBER_HEADS = {"قري": "قريه", "قريه": "قريه", "بلدات": "بلده", "بلده": "بلده", "احياء": "حي", "حي": "حي"}
_AMONG_REACH = 6


def _among_them_candidates(text: str, tokens: Sequence[Token], taken: set[int], span_end: dict[int, int],
                           person_names: frozenset[int] = frozenset()) -> list[_Candidate]:
    """Each name of a list of named members opened by ``بينها``، ``منها``، ``مثل``، ``ولا سيما``،
    ``وفي مقدمتها`` … (``among_them`` in ``place_words.csv``) right after a plural or counted noun of
    villages or quarters in the same clause (``أكثر من 28 قرية متضررة، بينها خزنة وحاصودة``، ``لجأوا
    إلى قرى في العمق مثل النوفلية``، ``أحياء المدينة، ولا سيما النشوة والمفتي``): a place of that
    kind the gazetteer lacks (a known one in the list is left to its own mention), drawn where
    the text places the villages. The list runs as after a plural head noun: names joined by و,
    each up to three words, ending at anything else."""
    words, starts, ends = words_of(tokens), starts_of(tokens), ends_of(tokens)
    n = len(words)
    out: list[_Candidate] = []
    for i in range(1, n):
        opener = next((o for o in _AMONG_THEM if tuple(words[i:i + len(o)]) == o), None)
        if opener is None:
            continue
        head = None
        for k in range(i - 1, max(-1, i - 1 - _AMONG_REACH), -1):
            if any(c in text[ends[k]:starts[k + 1]] for c in ".!?؟\n:؛"):
                break
            bare = split_proclitics(words[k], _MEMBER_HEADS)
            if bare is not None and (bare[1] not in ("قريه", "بلده", "حي")
                                     or (k > 0 and is_number(tokens, k - 1))):
                head = _MEMBER_HEADS[bare[1]]
                break
        if head is None:
            continue
        j = i + len(opener)
        if j >= n or text[ends[j - 1]:starts[j]].strip():
            continue
        first, skip = j, 0
        for _ in range(10):
            if first in taken:
                last = span_end.get(first, first)
            elif _is_name_start(words[first][skip:]) and not _ends_name(words[first][skip:]) \
                    and not _common_noun(words[first][skip:]):
                last = _list_item_end(text, tokens, first, taken, person_names)
                out.append(_Candidate(-1, first, last, head, skip))
            else:
                break
            k = last + 1
            if k >= n or text[ends[k - 1]:starts[k]].strip(" \t\u00a0") or not words[k].startswith("و"):
                break  # (only "X وY": "، وتنتشر …" after a comma opens a clause)
            rest = words[k][1:]
            if k not in taken and (not _is_name_start(rest) or rest in _STOP or _ends_name(rest)):
                break
            first, skip = k, (0 if k in taken else 1)
    return out


def _common_noun(word: str) -> bool:
    """Whether ``word`` is a common noun or a time word, never a listed village's name: a person
    or a home (``منازل``، ``مدنيين``: the person and victim nouns), a facility's kind or qualifier
    (``مدرسة``، ``العام``: ``facility_not_name``, ``facility_kind``, the facility heads), with or
    without its article (``مثل العام الماضي``، ``بينها منازل مدنيين``)."""
    stem = strip_article(word)[0]
    return any(w in _PERSONS or w in _FACILITY_NOT_NAMES or w in FACILITY_HEADS or _bare(w) in FACILITY_HEADS
               for w in (word, stem))


def _facility_candidate(text: str, tokens: Sequence[Token], i: int, head: str, taken: set[int],
                        person_names: frozenset[int] = frozenset()) -> _Candidate | None:
    """The unknown name after the facility head noun at token ``i`` (``محطة علوك``، ``حقل عودة
    النفطي``، ``مشفى الشعب``), or None when none follows.

    The words saying what the facility is (``facility_kind`` of ``place_words.csv``: ``محطة مياه
    علوك``، ``معمل غاز السويدية``) are skipped to reach the name; with nothing after them that can
    start a name (``محطة وقود على الطريق``) or a known place after them (``محطة كهرباء القامشلي``:
    the town's, already a mention) there is none. A ``facility_not_name`` word (an adjective, a
    crop, a qualifier: ``قاعدة عسكرية``، ``حقل ألغام``، ``مشفى ميداني``) neither starts the name nor
    goes on it (``حقل عودة النفطي`` is عودة), and a head that is a common word too (``مزارع``, 'a
    farmer') takes only a definite name (``مزارع الدربو``). The name runs as after a place head
    noun (:func:`_name_end`).
    """
    words, starts, ends = words_of(tokens), starts_of(tokens), ends_of(tokens)
    n = len(words)
    j = i + 1
    while j < n and j - i <= 2 and j not in taken and words[j] in _FACILITY_KINDS \
            and not text[ends[j - 1]:starts[j]].strip():
        j += 1
    if j >= n or j in taken or text[ends[j - 1]:starts[j]].strip():
        return None
    word = words[j]
    if _not_facility_name(word) or not _is_name_start(word) or _ends_name(word) or word.startswith("و") \
            or (word[:1] in _END_PROCLITICS and _not_facility_name(word[1:])):  # "محطة لتوليد الكهرباء"
        return None  # (nor a word joined by و: "مسجد ومقر لمنظمة")
    if head in _DEFINITE_NAME_FACILITIES and not word.startswith("ال"):
        return None
    if head in _BARE_NAME_FACILITIES and word.startswith(("ل", "ب")):
        return None  # "حاجز لقواتنا": whose checkpoint, no name
    # a definite name is its one word ("مزار الشهيد" before a person's name); else it runs on
    last = j if word.startswith("ال") else _name_end(text, tokens, j, taken, person_names)
    last = next((k - 1 for k in range(j + 1, last + 1) if _not_facility_name(words[k])), last)
    gap = text[ends[last]:starts[last + 1]] if last + 1 < n else ""
    if last + 1 < n and last + 1 in taken and not gap.strip() and "\n" not in gap \
            and not words[last + 1].startswith(("ب", "ل", "و", "ف")):
        return None  # "مبنى مديرية حقول الحسكة": a known place the name is of, not a new place (a
        # headline's last word is no construct with the dateline's town on the next line)
    return _Candidate(i, j, last, head, 0)


def _not_facility_name(word: str) -> bool:
    """A ``facility_not_name`` or ``facility_kind`` word, with or without its article."""
    return word in _FACILITY_NOT_NAMES or strip_article(word)[0] in _FACILITY_NOT_NAMES


def _lone_name_of_plural(text: str, tokens: Sequence[Token], c: _Candidate) -> bool:
    """Whether candidate ``c`` is the only name after a plural or dual head noun (no و-item
    after it: ``قرى عفرين منذ أيام``): the place the villages or quarters belong to."""
    words, starts, ends = words_of(tokens), starts_of(tokens), ends_of(tokens)
    if c.head_tok < 0 or _bare_plural(words[c.head_tok]) not in PLURAL_HEADS:
        return False
    k = c.last + 1
    return k >= len(words) or not words[k].startswith("و") or bool(text[ends[c.last]:starts[k]].strip(" \t\u00a0،,"))


def _can_start_name(word: str) -> bool:
    """Whether a word right after a head noun can begin a place name.

    Not: a word behind a preposition and article (``بالقرب``, ``للنازحين``: the head noun stands
    alone) or behind ب or ل before a word that ends names (``لتدريب``, ``بريف``), an imperfect
    verb (``يسيطر``, ``يقطنها``: a relative clause follows), or one of the ``not_name`` words of
    ``place_words.csv`` (``تابعة``, ``كبيرة``, ``تقع``).
    """
    if word in NOT_NAMES or word.startswith(_PREPOSITION_ARTICLE):
        return False
    if word[:1] in _END_PROCLITICS and len(word) > 2 and word[1:] in _NAME_BREAKS:
        return False  # "معسكر لتدريب", "قرية بريف": a preposition's phrase, no name (but "قرية بانه": a name)
    return not (word.startswith("ي") and len(word) > 3)


def _unresolved_record(nt: NormalisedText, tokens: Sequence[Token], c: _Candidate, article_id: str) -> Unresolved:
    """The unresolved-report row of candidate ``c`` (head noun and name, or a list item's name)."""
    words, starts, ends = words_of(tokens), starts_of(tokens), ends_of(tokens)
    if c.head_tok >= 0:
        clitics = len(words[c.head_tok]) - len(_bare_plural(words[c.head_tok])) if c.first != c.head_tok \
            else c.skip  # "وقرية تل حجر" → "قرية تل حجر"; a definite head is its name's word ("بالمشفى الوطني")
        s, e = nt.to_original(starts[c.head_tok] + clitics, ends[c.last])
    else:
        s, e = nt.to_original(starts[c.first] + c.skip, ends[c.last])
    ns, _ = nt.to_original(starts[c.first] + c.skip, ends[c.first])
    cs, ce = max(0, s - 60), min(len(nt.original), e + 60)
    return Unresolved(article_id, s, e, nt.original[s:e], nt.original[s:ns].strip(),
                      nt.original[ns:e], nt.original[cs:ce].replace("\n", " "))


def _same_sentence(text: str, tokens: Sequence[Token], a: int, b: int) -> bool:
    """Whether no sentence break (``. ! ? ؟`` or a new line) lies between tokens ``a < b``."""
    starts, ends = starts_of(tokens), ends_of(tokens)
    return _SENTENCE_BREAKS.isdisjoint(text[ends[a]:starts[b]])


def _direction_countryside(gaz: Gazetteer, words: list[str], lo: int, last: int, pid: str) -> Place | None:
    """The ``<dir>_countryside`` row of town ``pid`` when a direction word stands between the
    unknown name and the town (``شمال الحسكة``) or right after it (``بريف القامشلي الجنوبي``)."""
    if gaz.places[pid].kind not in ("city", "town"):
        return None
    for w in words[lo:min(last + 2, len(words))]:
        stem = strip_article(w)[0]
        for word, direction in _DIRECTIONS.items():
            if stem in (word, word[:-1], word + "ه"):  # جنوبي، جنوب، الجنوبية
                area = gaz.find_child(pid, kind="area", position=f"{direction}_countryside")
                if area is not None:
                    return area
    return None


def _in_unknown_place(tokens: Sequence[Token], spans: list[tuple[int, int, str, str]], last: int) -> bool:
    """Whether the text puts the name ending at token ``last`` in a place the gazetteer lacks: ``في``
    and a word that can start a name right after it, no known place (``مبنى … في أنقرة``): not
    the article's city."""
    words = words_of(tokens)
    k = last + 2
    if k >= len(words) or words[last + 1] != "في" or any(f <= k <= l for f, l, _, _ in spans):
        return False
    return _is_name_start(words[k]) and not _ends_name(words[k])


def _in_unknown_area(text: str, tokens: Sequence[Token], last: int, unknown: Sequence[_Candidate]) -> bool:
    """Whether the sentence places the unknown name ending at token ``last`` in a town or a
    countryside the gazetteer lacks as well (``بلدة هجين في ريف دير الزور``): somewhere
    else, that no area of the gazetteer holds."""
    return any(last < c.first <= last + _ENCLOSURE_WINDOW and c.head in ("ريف", "مدينه")
               and _same_sentence(text, tokens, last, c.first) for c in unknown)


#: Words of being inside a city right before its name (``المربع الأمني وسط الحسكة``، ``… الخاضع
#: لسيطرة الحكومة وسط مدينة الحسكة``): the landmark before them lies in that city.
_IN_CITY_LOCATIVES = frozenset({"وسط", "بوسط", "داخل", "بداخل"})
#: "To" between a landmark and a city (``ونقلته إلى فرع الأمن وسط الحسكة``): the city is where a
#: transfer ended, not where the landmark lies.
_TO_WORDS = frozenset({"الي", "الى", "إلى", "لي"})
#: How many tokens after a landmark such a city may stand (a short relative clause between).
_IN_CITY_REACH = 8
#: Punctuation that ends the clause a landmark is told in (a city after it is another clause's).
_CLAUSE_BREAK = frozenset("،,.;؛:!?؟\n")

_AREA_KINDS = frozenset({"area", "subdistrict"})
#: Kinds of places that lie inside one city: named "in" another city, they are not the row.
_IN_CITY_KINDS = frozenset({"neighbourhood", "roundabout", "street", "landmark"})
#: Words between an unknown name and a place after it that make the place where something went
#: (من X إلى Y), not the area X lies in.
_TOWARDS = DESTINATIONS | _PLACE_WORDS["destination_limit"]
#: Words of who tells an event (بحسب، مراسلنا، قال …): a place after one is the teller's.
_ATTRIBUTION = _PLACE_WORDS["attribution"]


def _paragraph_area(text: str, tokens: Sequence[Token], spans: list[tuple[int, int, str, str]], gaz: Gazetteer,
                    i: int, fits) -> Place | None:
    """The countryside or subdistrict named last in the sentence right before token ``i``'s, in
    the same paragraph (no line break between): ``سلسلة غارات … كان لريف عامودا النصيب الأكبر
    منها. وقال مراسل إن غارتين استهدفتا … قرب قرية …``: the paragraph's frame is the area an
    unknown village of the next sentence lies in. Only an area the text names as such (a
    ``ريف``/``ناحية`` row), never a town (nor the town's countryside: the report may have moved
    on); None otherwise."""
    starts, ends = starts_of(tokens), ends_of(tokens)
    for _f, l, pid, _ in sorted(spans, key=lambda s: s[1], reverse=True):
        if l >= i:
            continue
        if text.find("\n", ends[l], starts[i]) != -1:
            return None
        breaks = sentence_ends(text, ends[l], starts[i])
        if breaks == 0:
            continue  # (in the unknown name's own sentence: already looked at)
        if breaks > 1:
            return None
        if gaz.places[pid].kind in _AREA_KINDS and fits(pid):
            return gaz.places[pid]
    return None


def _enclosing(gaz: Gazetteer, text: str, tokens: Sequence[Token], spans: list[tuple[int, int, str, str]],
               i: int, last: int, head: str, focus: str | None,
               unknown: Sequence[_Candidate] = (), given_only: bool = False) -> tuple[Place, str] | None:
    """The nearest enclosing place the text gives for the unknown name at tokens ``i..last``.

    In order: a fitting place named just after it in the same sentence (``قرية دوكركا بريف
    القامشلي``, ``التابعة لناحية القحطانية``), then the nearest one before it in the sentence,
    (with ``given_only``, nothing more: what the sentence gives), then, for a place inside a
    settlement (a quarter, street, camp, prison), the article's
    city; for a village or town, a countryside or subdistrict the sentence before it names in
    its paragraph (:func:`_paragraph_area`); else the governorate of the article's city (or of the nearest place named): an
    unknown village or town is never drawn at the article's town, nor in its countryside,
    unless the sentence says so. Which kinds fit depends on the head noun
    (:data:`_ENCLOSING_KINDS`): a village is never placed in another village or a
    neighbourhood, a town never in another town. Returns ``(place, how the text gives it)``.
    """
    kinds = _ENCLOSING_KINDS.get(head, set())

    def fits(pid: str) -> bool:
        p = gaz.places[pid]  # (the governorate has no point of its own: it is drawn nowhere, still named)
        return p.kind in kinds and (gaz.locate(pid).lat is not None or p.kind == "governorate")

    after = [(f, l, pid) for f, l, pid, how in spans if last < f <= last + _ENCLOSURE_WINDOW and fits(pid)]
    words = words_of(tokens)
    for f, l, pid in sorted(after):
        if any(w.lstrip("و") in _TOWARDS for w in words[last + 1:f + 1]) or words[f].startswith("و"):
            break  # "من ريف دير الزور إلى أطراف محافظة الحسكة": where it went, or another list item
        if any(w.lstrip("و") in _ATTRIBUTION for w in words[last + 1:f]):
            break  # "في قرية X، بحسب ما أفاد مراسلنا في القامشلي": where the teller is
        if _same_sentence(text, tokens, last, f):
            side = _direction_countryside(gaz, words_of(tokens), last + 1, l, pid) if head in _COUNTRYSIDE_HEADS else None
            if side is not None:
                return side, "named after it in the sentence, with its direction"
            return gaz.places[pid], "named after it in the sentence"
    # (a facility outside towns is not placed by a town named before it: "اجتماع في الحسكة … في قاعدة حميميم")
    before = [(f, pid) for f, l, pid, how in spans if l < i and fits(pid)
              and (head not in FACILITY_HEADS or head in _INSIDE_FACILITIES or gaz.places[pid].kind in _AREA_KINDS)]
    for f, pid in sorted(before, reverse=True):
        if _same_sentence(text, tokens, f, i):
            return gaz.places[pid], "named earlier in the sentence"
    if given_only:
        return None
    if focus is not None and fits(focus) and head in _INSIDE_HEADS and not _in_unknown_place(tokens, spans, last):
        return gaz.places[focus], "the article's city"
    if head in _VILLAGE_HEADS:
        area = _paragraph_area(text, tokens, spans, gaz, i, fits)
        if area is not None:
            return area, "named in the sentence before it, in its paragraph"
    # a village, town or subdistrict the sentence places nowhere: not the article's town (nor
    # its countryside: the report may be about another town), but the governorate around it;
    # not when the sentence places it in a town or countryside the gazetteer lacks ("بريف
    # دير الزور": elsewhere), nor an unknown city (the gazetteer has the governorate's cities)
    if head not in _GOVERNORATE_HEADS or _in_unknown_area(text, tokens, last, unknown):
        return None
    gov = governorate_of(gaz, [focus, *(pid for _, _, pid, _ in sorted(spans, key=lambda s: abs(s[0] - i)))])
    if gov is not None:
        return gov, "(the governorate: the text names no nearer area)"
    return None
