"""A stage after the event rules: one act an article tells twice, once with a coarser place, is one event.

Real reports tell the same act more than once: a headline and its body, a lead ("a mine killed a
farmer in the Hasakah countryside") and the detail after it ("… in the village of Khirbet al-Dhib,
25 km from Qahtaniyah"), a wire item quoting a statement that tells it again. The event rules read
each telling; when two tellings of one article agree on the type of act and its days, and one is
placed *inside* the other's wide area (a village in the governorate or in a town's countryside, a
place the gazetteer lacks drawn at a place inside that area), they are one act told at two levels of
detail (ACLED: one event per act, place and day). :func:`fold_coarser_repeats` keeps the finer
telling and adds the other's sentence to its evidence (``more_evidence``), so the analyst still sees
both sentences.

Two tellings are kept apart when anything says they are two acts: either telling's sentence says
"another", "a second", "also" (``pipeline/data/repeat_words.csv``), another sub-event type, dates
that do not overlap, actors that differ (an unnamed attacker agrees with a named one), tolls that
differ (a telling with no toll agrees with one that has one), or places of which neither holds the
other. Only a wide area (a governorate, subdistrict, countryside, region) gives way to a place inside
it (a town's countryside holds the places of the town's district outside the town:
:func:`_in_countryside`): a city or town may see several acts of one kind in a day, each told at its
own site (a drone on the city's power station, another on a village of its district), and equal
places are left to the build's merge (:func:`pipeline.merge.merge_key`).

Run by :meth:`pipeline.core.Pipeline.process` on every article, Arabic and English, after the
event rules and before the screening.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache
from pathlib import Path

from .arabic import normalise_phrase
from .csvio import read_csv
from .errors import InputError
from .gazetteer import Gazetteer
from .merge import UNNAMED_ACTOR
from .records import NO_DATE_NOTE, ArticleResult, Event

#: Words that tell a telling as one more act (``another``, ``أخرى``; ``word,language,note``).
REPEAT_WORDS_CSV = Path(__file__).with_name("data") / "repeat_words.csv"

#: An attacker no report names (or none at all): agrees with any named side.
_UNNAMED = frozenset({"", UNNAMED_ACTOR})


#: Kinds of place a telling may give instead of the act's own place: areas that hold many places
#: (a city or town may be the scene of several acts of one kind on one day, each told at its site).
WIDE_KINDS = frozenset({"country", "governorate", "region", "subdistrict", "area"})


def _holds(outer: Event, inner: Event, gazetteer: Gazetteer) -> bool:
    """Whether ``outer`` is placed at a wide area (:data:`WIDE_KINDS`, not a place the gazetteer lacks
    drawn there, unless a road: :func:`_on_a_road`) that holds ``inner``'s place (the gazetteer's parents)."""
    if not outer.place_id or not inner.place_id or outer.place_id == inner.place_id:
        return False
    if outer.unresolved_name and not _on_a_road(outer):  # an unknown village there may be another place
        return False
    place = gazetteer.places.get(outer.place_id)
    if place is None or place.kind not in WIDE_KINDS:
        return False
    inside = gazetteer.ancestor_ids(inner.place_id)
    if outer.place_id in inside:
        return True
    return _in_countryside(place, inner.place_id, inside, gazetteer)


def _in_countryside(area, place_id: str, inside: frozenset[str], gazetteer: Gazetteer) -> bool:
    """Whether ``area`` is a town's countryside (``ريف الحسكة``: an ``area`` row whose parent is the town)
    and ``place_id`` (``inside``: its ancestors) lies in the town's district but outside the town: the
    countryside a report names is the land around the town, not a band the gazetteer's parents draw."""
    town = gazetteer.places.get(area.parent or "")
    if area.kind != "area" or not area.id.endswith("_countryside") or town is None or not town.parent:
        return False
    district = gazetteer.places.get(town.parent)
    # a town's district is its subdistrict; a governorate's city (Hasakah) has the governorate's countryside.
    # A town that hangs from the governorate itself (Tal Tamr, al-Hol) has no district the gazetteer draws:
    # its countryside holds no other named place
    if district is None or not (district.kind == "subdistrict" or (town.kind == "city" and district.kind == "governorate")):
        return False
    return place_id != town.id and town.id not in inside and town.parent in inside


def _agree(a: str, b: str) -> bool:
    """Whether two tellings' actors in one role agree: the same, or one unnamed."""
    return a == b or a in _UNNAMED or b in _UNNAMED


def _count_agrees(a: int | None, b: int | None) -> bool:
    """Whether two tellings' tolls agree: the same, or one not given."""
    return not a or not b or a == b


def _tolls_agree(a: Event, b: Event) -> bool:
    """Whether two tellings' tolls agree (:func:`_count_agrees`), a telling that says no one was hurt
    (and counts no dead or wounded of its own: «قُتل رجل دون أن يصاب أحد غيره» told someone hurt)
    disagreeing with one that has dead or wounded."""
    if not (_count_agrees(a.fatalities, b.fatalities) and _count_agrees(a.injuries, b.injuries)):
        return False
    for quiet, other in ((a, b), (b, a)):
        if (other.fatalities or other.injuries) and not (quiet.fatalities or quiet.injuries) \
                and tells_none_hurt(quiet):
            return False
    return True



#: How many days before its report an act an undated telling may tell again was told dated.
UNDATED_REACH = 7


#: The roles of ``repeat_words.csv``: one more act told, an act told as hurting no one, the "another" words
#: that can count a person (``counting``: آخر، ثالث، another, third; not "also", «أيضاً»), the casualty words
#: and person nouns beside which such a word counts a person, not an act («وأصيب آخر»، "wounding a
#: third", "a second man"), and the road nouns of a road the gazetteer lacks that a telling may be placed on.
ROLES = ("another", "none_hurt", "counting", "casualty", "person", "road")


@cache
def repeat_words(path: Path = REPEAT_WORDS_CSV) -> dict[str, frozenset[str]]:
    """The words and phrases of ``repeat_words.csv`` by role (:data:`ROLES`), English lower-cased,
    Arabic normalised as the text is.

    Raises
    ------
    InputError
        A row without a word, with a language other than ``ar``/``en`` or an unknown role (file and
        line named).
    """
    words: dict[str, set[str]] = {role: set() for role in ROLES}
    header, rows, errors = read_csv(path, InputError)  # true line numbers; a byte-order mark is fine
    if errors:  # the product's own vocabulary: a bad line is fixed, not skipped
        raise errors[0]
    missing = [c for c in ("word", "language", "role") if c not in header]
    if missing:
        raise InputError(path, f"the header lacks the column(s) {', '.join(missing)}: it must read word,language,role,note", 1)
    for line, row in rows:
        word, language, role = (row.get(k, "").strip() for k in ("word", "language", "role"))
        if not word:
            raise InputError(path, "the word is empty: give the word or phrase", line)
        if language not in ("ar", "en"):
            raise InputError(path, f"language {language!r}: give ar or en", line)
        if role not in words:
            raise InputError(path, f"role {role!r}: give one of {', '.join(ROLES)}", line)
        words[role].add(word.lower() if language == "en" else normalise_phrase(word))
    return {role: frozenset(ws) for role, ws in words.items()}


def another_act_words(path: Path = REPEAT_WORDS_CSV) -> frozenset[str]:
    """The words of ``repeat_words.csv`` that tell one more act (role ``another``)."""
    return repeat_words(path)["another"]


_WORD_RE = re.compile(r"\w+")


def _in(word: str, words: frozenset[str]) -> bool:
    """Whether ``word`` (as written) is one of ``words`` (:func:`repeat_words`), lower-cased or normalised,
    with or without a leading و/ف."""
    if word.lower() in words:
        return True
    norm = normalise_phrase(word)
    return norm in words or (norm[:1] in "وف" and norm[1:] in words)


def tells_another(e: Event) -> bool:
    """Whether ``e``'s own sentence tells it as one more act (:func:`another_act_words`: "Another vehicle
    was hit", «واستهدفت مسيرة أخرى»), so that it is never folded into an act told before. Such a word
    right after a casualty word or right before a person noun counts a person, not an act («قتل شخصان
    وأصيب ثالث»، "killing one and wounding a third", "a second man was hurt"): it is passed over."""
    return _tells_another(e.evidence or "")


@lru_cache(maxsize=4096)
def _tells_another(text: str) -> bool:
    """:func:`tells_another` of one sentence (asked for every event of an article, so remembered)."""
    table = repeat_words()
    words, counting, casualty, person = table["another"], table["counting"], table["casualty"], table["person"]
    toks = _WORD_RE.findall(text)
    for i, w in enumerate(toks):
        if not _in(w, words):
            continue
        if not _in(w, counting):  # "also", «أيضاً»، «كما»: always one more act
            return True
        before = [t for t in toks[max(0, i - 2):i] if t.lower() not in ("a", "an", "the")]
        if (before and _in(before[-1], casualty)) or (i + 1 < len(toks) and _in(toks[i + 1], person)):
            continue  # a person counted: «وأصيب آخر»، "wounding a third", "a second man"
        return True
    return False


def _on_a_road(e: Event) -> bool:
    """Whether ``e`` is placed on a road the gazetteer lacks («الطريق الواصل بين القرية ومدينة القامشلي»،
    "the road linking …"), drawn at the area that holds it (role ``road``)."""
    name = e.unresolved_name or ""
    first = _WORD_RE.findall(name)[:2]
    roads = repeat_words()["road"]
    return any(_in(w, roads) for w in first)


def tells_none_hurt(e: Event) -> bool:
    """Whether ``e``'s own sentence says the act hurt no one (:func:`says_none_hurt`): its toll is told
    as none, not left untold."""
    return says_none_hurt(e.evidence or "")


@lru_cache(maxsize=4096)
def says_none_hurt(text: str) -> bool:
    """Whether ``text`` (a sentence, as read or normalised) says an act hurt no one ("without
    casualties", «دون وقوع إصابات»، «دون أن يُصاب أحد بأذى»; role ``none_hurt`` of ``repeat_words.csv``).
    Remembered per sentence: it is asked once per pair of tellings."""
    phrases = repeat_words()["none_hurt"]
    low, norm = " ".join(text.lower().split()), normalise_phrase(text)
    return any(p in low or p in norm for p in phrases)


def _undated(e: Event) -> bool:
    """Whether ``e``'s text gave it no day (its report's day stands in: :data:`pipeline.records.NO_DATE_NOTE`)."""
    return NO_DATE_NOTE in (e.notes or "")


def _days_agree(a: Event, b: Event) -> bool:
    """Overlapping days; or one telling gives no day (its report's day stands in for it) and the other's
    days end in the week before that day."""
    if a.date_from <= b.date_to and b.date_from <= a.date_to:
        return True
    for undated, dated in ((a, b), (b, a)):
        if _undated(undated) and not _undated(dated):
            gap = (undated.date_from - dated.date_to).days
            if 0 < gap <= UNDATED_REACH:
                return True
    return False


def same_act(a: Event, b: Event) -> bool:
    """Whether two events of one article may be one act told twice (their places aside): the same
    type and sub-type, days that agree (:func:`_days_agree`) and parts of the day that do not differ
    (a morning's shelling and an evening's are two), actors and tolls that do not differ
    (:func:`_tolls_agree`)."""
    return (a.event_type == b.event_type and a.sub_event_type == b.sub_event_type and _days_agree(a, b)
            and _agree(a.actor1_id, b.actor1_id) and _agree(a.actor2_id, b.actor2_id)
            and _tolls_agree(a, b) and a.tags == b.tags
            and (not a.part_of_day or not b.part_of_day or a.part_of_day == b.part_of_day))


def fold_coarser_repeats(result: ArticleResult, gazetteer: Gazetteer) -> ArticleResult:
    """Fold each event of ``result`` placed at a wide area that tells again an act another event of the
    article tells at a place inside that area (:func:`same_act`, :func:`_holds`) into that event: the
    finer telling stays, with the coarser one's sentence added to its ``more_evidence`` and its toll
    when it has none (in place; returns ``result``). A coarse telling that agrees with several finer
    ones at different places is their summary ("shells fell on villages of the Tal Tamr countryside",
    then each village): it is dropped, its sentence added to the first of them, no toll moved.

    Parameters
    ----------
    result : ArticleResult
        One article's events, after the event rules.
    gazetteer : Gazetteer
        For which place holds which (:meth:`pipeline.gazetteer.Gazetteer.ancestor_ids`).

    Returns
    -------
    ArticleResult
        ``result``, its ``events`` without the folded tellings.
    """
    events = result.events
    if len(events) < 2:
        return result
    gone: set[int] = set()
    another = [tells_another(e) for e in events]
    for i, coarse in enumerate(events):
        if another[i]:
            continue
        finer = [j for j, e in enumerate(events)
                 if j != i and j not in gone and not another[j] and same_act(coarse, e) and _holds(coarse, e, gazetteer)]
        if not finer:
            continue
        keep = events[finer[0]]
        for n in ("1", "2"):  # a side only the coarser telling names
            if getattr(keep, f"actor{n}_id") in _UNNAMED and getattr(coarse, f"actor{n}_id") not in _UNNAMED:
                for field in (f"actor{n}", f"actor{n}_id", f"inter{n}"):
                    setattr(keep, field, getattr(coarse, field))
        if coarse.start is not None and coarse.end is not None:
            keep.more_evidence = [*keep.more_evidence, [coarse.start, coarse.end]]
        if len({events[j].place_id for j in finer}) == 1:
            if not keep.fatalities and coarse.fatalities:
                keep.fatalities, keep.fatalities_text = coarse.fatalities, coarse.fatalities_text
            if not keep.injuries and coarse.injuries:
                keep.injuries, keep.injuries_text = coarse.injuries, coarse.injuries_text
        gone.add(i)
    if gone:
        result.events = [e for n, e in enumerate(events) if n not in gone]
    return result
