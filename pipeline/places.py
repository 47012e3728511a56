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
   countryside when the gazetteer has it.
6. Anything after a place head noun (حي، حارة، قرية، بلدة، دوار، مدينة، ناحية، مخيم)
   that is not a known place goes to the unresolved report for the analyst.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from .actors import Actor
from .arabic import (
    ARTICLE_PREFIXES,
    PLAIN_PREFIXES,
    NormalisedText,
    Token,
    ends_of,
    positions,
    split_proclitics,
    starts_of,
    strip_article,
    words_of,
)
from .gazetteer import Gazetteer, Place
from .matcher import Match, PhraseMatcher
from .records import ActorMention, Mention, Unresolved

#: Head nouns that may precede a name, with the kinds they introduce.
HEAD_NOUNS: dict[str, set[str]] = {
    "مدينه": {"city", "town"},
    "بلده": {"town", "village"},
    "قريه": {"village"},
    "حي": {"neighbourhood"},
    "حاره": {"neighbourhood"},
    "ناحيه": {"subdistrict", "town"},
    "منطقه": {"neighbourhood", "area", "subdistrict"},
    "مخيم": {"landmark"},
    "دوار": {"roundabout"},
    "مطار": {"airport"},
    "محافظه": {"governorate"},
}
#: Head nouns whose unknown follower is reported as an unresolved place.
UNRESOLVED_HEADS = {"مدينه", "بلده", "قريه", "حي", "حاره", "ناحيه", "مخيم", "دوار", "ريف"}
_HEAD_FORMS = {p + h for h in UNRESOLVED_HEADS for p in PLAIN_PREFIXES}
TRIBE_WORDS = {"عشيره", "قبيله", "عشائر", "قبائل"}
#: Words that cannot start a place name (so "حي في ..." is not a name).
_STOP = {
    "في", "من", "الي", "علي", "عن", "مع", "الذي", "التي", "الذين", "هذا", "هذه", "ذلك", "تلك",
    "او", "ثم", "قد", "لم", "لن", "كان", "كانت", "ان", "انه", "بين", "حتي", "عند", "كل", "بعض",
    "ها", "هو", "هي", "هم", "شمال", "جنوب", "شرق", "غرب", "وسط", "شمالي", "جنوبي", "شرقي", "غربي",
    "الشمالي", "الجنوبي", "الشرقي", "الغربي", "الجنوبيه", "الشماليه", "الشرقيه", "الغربيه",
    "المدينه", "سكني", "سكنيه", "اخر", "اخري", "واحد", "واحده", "جديد", "جديده", "قريب", "قريبه",
    "مجاور", "مجاوره", "المجاور", "المجاوره", "رئيسي", "الرئيسي",
}
_DIRECTIONS = {"جنوبي": "south", "شمالي": "north", "شرقي": "east", "غربي": "west"}
#: The definite forms of the nouns that refer back (المدينة، للمطار، والريف...).
_ANAPHORA_FORMS = frozenset(p + w for p in ARTICLE_PREFIXES for w in ("مدينه", "مطار", "ريف"))


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

    def __post_init__(self) -> None:
        self.names = PhraseMatcher()
        for p in self.gazetteer.places.values():
            for name in {p.name_ar, *p.aliases} - {""}:
                self.names.add(name, p.id)
        self.actor_names = PhraseMatcher()
        for a in self.actors.values():
            self.actor_names.add_many({a.name_ar, *a.aliases} - {""}, a.id)

    def word_lists(self) -> list:
        """The word lists this stage looks tokens up in (for :class:`~pipeline.arabic.Vocabulary`)."""
        return [self.actor_names.first_words, self.names.first_words, _ANAPHORA_FORMS, _HEAD_FORMS]

    def find_actors(self, nt: NormalisedText, tokens: Sequence[Token]) -> tuple[list[ActorMention], list[Match]]:
        """Actor mentions (original offsets) and the raw token matches."""
        matches = self.actor_names.find(tokens)
        out = []
        starts, ends = starts_of(tokens), ends_of(tokens)
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
        raw = [m for m in self.names.find(tokens, blocked) if not _tribe_context(words, m.first)]
        taken = set(blocked)
        spans: list[tuple[int, int, str, str]] = []  # first tok, last tok, place id, how
        for m in raw:
            first = m.first
            place = gaz.places[m.payload]
            if first > 0 and (first - 1) not in taken:
                head = _bare(words[first - 1])
                if place.kind in HEAD_NOUNS.get(head, ()) and not _already_has_head(words[first], place):
                    first -= 1
            spans.append((first, m.last, place.id, "name"))
            taken.update(range(first, m.last + 1))

        focus = _focus_city(gaz, spans)
        spans += _anaphora(gaz, tokens, taken, focus)
        spans.sort()
        starts, ends = starts_of(tokens), ends_of(tokens)
        mentions = [self._mention(nt, starts[f], ends[l], pid, how) for f, l, pid, how in spans]
        unresolved = _unresolved(nt, tokens, taken, article_id)
        return mentions, unresolved, focus

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


def _bare(word: str) -> str:
    """A head noun without its proclitics (``بمدينه`` → ``مدينه``); other words unchanged."""
    hit = split_proclitics(word, HEAD_NOUNS)
    return hit[1] if hit else word


def _already_has_head(first_word: str, place: Place) -> bool:
    # the alias itself starts with a head noun ("دوار الوحدة", "حي طي"): don't take another
    return _bare(first_word) in HEAD_NOUNS


def _tribe_context(words: list[str], i: int) -> bool:
    return i > 0 and split_proclitics(words[i - 1], TRIBE_WORDS) is not None


def _focus_city(gaz: Gazetteer, spans: list[tuple[int, int, str, str]]) -> str | None:
    counts: dict[str, int] = {}
    order: list[str] = []
    for _, _, pid, _ in spans:
        p = gaz.places[pid]
        city = pid if p.kind in ("city", "town") else next(
            (a.id for a in gaz.ancestors(pid) if a.kind in ("city", "town")), None)
        if city is None:
            continue
        if city not in counts:
            order.append(city)
        counts[city] = counts.get(city, 0) + (1 if city == pid else 0)
    if not order:
        return None
    return max(order, key=lambda c: (counts[c], -order.index(c)))


def _anaphora(gaz: Gazetteer, tokens: Sequence[Token], taken: set[int], focus: str | None) -> list[tuple[int, int, str, str]]:
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
            out.append((i, i, focus, "anaphora"))
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
            area = gaz.find_child(target, kind="area", position=f"{direction}_countryside") if direction else None
            if area is not None:
                out.append((i, last, area.id, "relative"))
                taken.update(range(i, last + 1))
                i = last
        resume = i + 1
    return out


def _unresolved(nt: NormalisedText, tokens: Sequence[Token], taken: set[int], article_id: str) -> list[Unresolved]:
    out = []
    n = len(tokens)
    words, starts, ends = words_of(tokens), starts_of(tokens), ends_of(tokens)
    for i in positions(tokens, _HEAD_FORMS):
        if i == n - 1:
            break
        if i in taken or i + 1 in taken:
            continue
        head = _bare(words[i])
        if head not in UNRESOLVED_HEADS or words[i].startswith("ال"):
            continue
        name_tok = words[i + 1]
        if name_tok in _STOP or name_tok.isdigit() or len(name_tok) < 2 or strip_article(name_tok)[0] in _STOP:
            continue
        if head == "ريف" and strip_article(name_tok)[0] in _DIRECTIONS:
            continue
        if _bare(name_tok) in HEAD_NOUNS or _bare(name_tok) in UNRESOLVED_HEADS or name_tok[:4] in ("وريف", "ريفه"):
            continue  # "مدينة وريفها": another head noun, not a name
        last = i + 1
        # compound names: "تل عودة", "أبو ذويل", "عين ديوار", "رأس العين"
        if name_tok in {"تل", "ابو", "عين", "راس", "دير", "بئر", "بير", "ام", "خربه", "جبل"} and i + 2 < n and i + 2 not in taken:
            last = i + 2
        clitics = len(words[i]) - len(head)  # "وقرية تل حجر" is reported as "قرية تل حجر"
        s, e = nt.to_original(starts[i] + clitics, ends[last])
        ns, _ = nt.to_original(starts[i + 1], ends[i + 1])
        cs, ce = max(0, s - 60), min(len(nt.original), e + 60)
        out.append(Unresolved(article_id, s, e, nt.original[s:e], nt.original[s:ns].strip(),
                              nt.original[ns:e], nt.original[cs:ce].replace("\n", " ")))
    return out
