"""Control statements of English reports: who holds which place, on the report's word.

The same :class:`~pipeline.records.ControlClaim` records as the Arabic rules (``X تسيطر على
Y``), from two kinds of sentence:

1. **A state told in the present** (dated to publication): ``The SDF controls most of
   Qamishli``, ``government forces hold the airport and the security square``, ``Tal Tamr is
   held by the SDF``, ``the town, which remains under the control of the SDF``, ``the
   regime-held security square``, ``the SDF-controlled city of Qamishli``. Each place named
   with the verb is a claim (a place inside another one named with it is dropped); ``most
   of``, ``parts of``, ``all of`` are kept as the qualifier. Not a claim: a negated or lost
   hold (``no longer controls``, ``does not control``, ``lost control of``), talks held
   (``hold talks``: ``hold`` needs a place right after it).
2. **A change the article's events report** (dated to the event's last day): a takeover
   (``the Asayish seized most of the Tayy neighbourhood``) gives the taker the place; a
   handover (``handed over its positions in Tal Tamr to government forces``, ``withdrew …,
   handing it over to Russian military police``) gives the receiver the place. A
   withdrawal with no one named to take over gives no claim.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence

from ..arabic import NormalisedText, Tokens
from ..gazetteer import Gazetteer
from ..matcher import Match
from ..records import Article, ControlClaim, Event, Mention
from .text import Sentence, split_sentences

#: Present-tense verbs of holding a place (the subject is the controller).
HOLD_VERBS = frozenset({"controls", "control", "holds", "hold", "runs", "run", "dominates", "dominate"})
#: Participles of a passive hold: "is held by", "remains under the control of".
HELD = frozenset({"held", "controlled", "run", "dominated"})
_BE = frozenset({"is", "are", "remains", "remain", "was", "were", "stays", "stay"})
#: A hold that is denied or ended: no claim.
_NEGATORS = frozenset({"not", "no", "never", "longer", "lost", "loses", "lose", "regain", "regained", "wrest",
                       "seek", "seeks", "want", "wants", "aims", "to", "could", "would", "may", "might"})
_QUALIFIERS = {("most", "of"): "most of", ("parts", "of"): "parts of", ("part", "of"): "part of",
               ("all", "of"): "all of", ("much", "of"): "much of", ("the", "whole", "of"): "all of"}
_COARSE = frozenset({"country", "region"})
#: Words that make "control" a noun ("took full control of", "under the control of"): a change or
#: a passive hold, read elsewhere.
_NOUN_BEFORE = frozenset({"the", "a", "under", "of", "to", "full", "took", "take", "taken", "takes", "seized", "gained",
                          "regained", "imposed", "its", "their", "total", "complete", "his", "her"})
_HANDOVER = frozenset({"handed", "handing", "hand", "hands", "handover"})
_PROXIMITY = frozenset({"near", "around", "outskirts", "towards", "toward", "close", "outside", "vicinity"})


def control_claims(article: Article, nt: NormalisedText, tokens: Tokens, mentions: list[Mention],
                   actor_matches: Sequence[Match], events: list[Event], gazetteer: Gazetteer,
                   sentences: list[Sentence] | None = None) -> list[ControlClaim]:
    """Stage: the control statements of one English article.

    Parameters
    ----------
    article : Article
    nt : NormalisedText
    tokens : Tokens
        ``tokenise(nt.text)``.
    mentions : list of Mention
        Place mentions (original offsets).
    actor_matches : sequence of Match
        Actor names as token ranges (payload: the actor id).
    events : list of Event
        The article's events (takeovers and handovers give claims).
    gazetteer : Gazetteer
    sentences : list of Sentence, optional
        ``split_sentences(nt, tokens)`` when the caller has them already.

    Returns
    -------
    list of ControlClaim
        In text order; ``evidence == article.text[start:end]`` (the sentence).
    """
    words = tokens.words
    o_starts = [nt.to_original(s, e)[0] for s, e in zip(tokens.starts, tokens.ends)]

    def tok(orig: int) -> int:
        return max(0, bisect.bisect_right(o_starts, orig) - 1)

    places = [(tok(m.start), m) for m in mentions if m.place_id and m.kind not in _COARSE]
    actors = [(a.first, a.last, a.payload) for a in actor_matches]
    out: list[ControlClaim] = []
    for sent in sentences if sentences is not None else split_sentences(nt, tokens):
        s, e = nt.to_original(sent.start, sent.end)
        evidence = nt.original[s:e]
        for clause in sent.clauses:
            for controller, found, qualifier in _held(words, clause.first, clause.last, places, actors):
                for m in _outermost(found, gazetteer):
                    out.append(ControlClaim(controller, m.place_id, m.text, article.published, evidence, s, e,
                                            qualifier))
    out += _changes(events, words, tok, mentions)
    out.sort(key=lambda c: (c.start, c.place_id or ""))
    return out


def _held(words: list[str], lo: int, hi: int, places, actors) -> list[tuple[str, list[Mention], str]]:
    """(controller, places, qualifier) of each hold a clause states."""
    out = []
    in_clause = [(f, m) for f, m in places if lo <= f <= hi]
    acts = [(f, l, a) for f, l, a in actors if lo <= f <= hi]
    for i in range(lo, hi + 1):
        w = words[i]
        if w in HOLD_VERBS and i > lo and words[i - 1] not in _NOUN_BEFORE \
                and not _NEGATORS & set(words[max(lo, i - 3):i]):
            subject = [x for x in acts if x[1] < i and i - x[1] <= 6]
            after = [(f, m) for f, m in in_clause if i < f <= i + 6]
            if subject and after and _place_follows(words, i, after[0][0]):
                out.append((subject[-1][2], _coordinated(words, after), _qualifier(words, i + 1)))
        elif w in HELD and i + 1 <= hi and words[i + 1] == "by" and i > lo and words[i - 1] in _BE:
            agent = [x for x in acts if i + 1 < x[0] <= i + 4]
            before = [(f, m) for f, m in in_clause if f < i]
            if agent and before:
                out.append((agent[0][2], [before[-1][1]], _qualifier_before(words, max(lo, before[-1][0] - 3), i)))
        elif w == "control" and i > lo and words[i - 1] == "the" and i + 1 <= hi and words[i + 1] == "of" \
                and i >= 2 and words[i - 2] == "under":
            agent = [x for x in acts if i + 1 < x[0] <= i + 4]
            before = [(f, m) for f, m in in_clause if f < i]
            if agent and before and not _NEGATORS & set(words[max(lo, i - 6):i - 2]):
                out.append((agent[0][2], [before[-1][1]], _qualifier_before(words, max(lo, i - 8), i)))
        elif w in ("held", "controlled") and i > lo:
            # "the SDF-held town of Tal Tamr", "regime-controlled security square"
            agent = [x for x in acts if x[1] == i - 1]
            after = [(f, m) for f, m in in_clause if i < f <= i + 5]
            if agent and after:
                out.append((agent[0][2], [after[0][1]], ""))
    return out


def _place_follows(words: list[str], verb: int, place: int) -> bool:
    """Only articles, qualifiers and head nouns between a hold verb and its place (``holds
    the airport``, ``controls most of the city of Qamishli``), never a noun like ``talks``."""
    allowed = {"the", "most", "of", "parts", "part", "all", "much", "whole", "city", "town", "village", "villages",
               "neighbourhood", "neighborhood", "neighbourhoods", "neighborhoods", "al", "el", "areas", "area",
               "centre", "center", "countryside", "western", "eastern", "northern", "southern", "and", "its",
               "airport", "square", "squares", "prison", "base", "roundabout", "crossing", "security"}
    return all(w in allowed for w in words[verb + 1:place])


def _coordinated(words: list[str], after: list[tuple[int, Mention]]) -> list[Mention]:
    """The first place after the verb and those joined to it by ``and`` or a comma."""
    out = [after[0][1]]
    for (f0, _), (f1, m1) in zip(after, after[1:]):
        gap = [w for w in words[f0 + 1:f1] if w not in ("the", "al", "el")]
        if len(gap) > 4 or "and" not in gap and len(gap) > 2:
            break
        out.append(m1)
    return out


def _qualifier(words: list[str], i: int) -> str:
    for phrase, name in _QUALIFIERS.items():
        if tuple(words[i:i + len(phrase)]) == phrase:
            return name
    return ""


def _qualifier_before(words: list[str], lo: int, hi: int) -> str:
    """The last ``most of``/``parts of`` between ``lo`` and ``hi`` (``Most of Qamishli is held
    by …``, ``parts of the city are under the control of …``)."""
    found = ""
    for k in range(lo, hi):
        q = _qualifier(words, k)
        found = q or found
    return found


def _outermost(found: list[Mention], gazetteer: Gazetteer) -> list[Mention]:
    """Each place once, without a place inside another one of the same claim."""
    ids = {m.place_id for m in found}
    seen: set[str] = set()
    out = []
    for m in found:
        pid = m.place_id or ""
        if pid in seen or any(o != pid and o in gazetteer.ancestor_ids(pid) for o in ids if o):
            continue
        seen.add(pid)
        out.append(m)
    return out


def _changes(events: list[Event], words: list[str], tok, mentions: list[Mention]) -> list[ControlClaim]:
    """Claims from the article's takeovers (the taker) and handovers (the receiver)."""
    out = []
    for ev in events:
        if not ev.place_id or ev.approximate and ev.unresolved_name:
            continue
        if ev.sub_event_type in ("Non-state actor overtakes territory", "Government regains territory"):
            controller, qualifier = ev.actor1_id, "took control"
        elif ev.sub_event_type == "Non-violent transfer of territory" and \
                _HANDOVER & set(words[tok(ev.start):tok(max(ev.start, ev.end - 1)) + 1]):
            controller, qualifier = ev.actor2_id, "handed over"
        else:
            continue
        if not controller:
            continue
        named = [m for m in mentions if m.place_id == ev.place_id and ev.start <= m.start < ev.end
                 and not _PROXIMITY & set(words[max(0, tok(m.start) - 3):tok(m.start)])]
        if not named:
            continue  # "seized three villages around Tal Tamr": not Tal Tamr itself
        text = named[0].text
        out.append(ControlClaim(controller, ev.place_id, text, ev.date_to or ev.event_date, ev.evidence,
                                ev.start, ev.end, qualifier))
    return out
