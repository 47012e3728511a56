"""Counts in English news text: digits and number words, read the way ACLED reads them.

``count_at(words, i)`` reads a quantity starting at token ``i``: ``3``, ``three``,
``twenty-five`` (two tokens), ``at least 5`` (5, "at least"), ``more than 10`` (10),
``dozens`` (12, vague), ``a child`` / ``a young man`` / ``another`` (1). The figure is the
most conservative the words allow, and the qualifier keeps what they said.
"""

from __future__ import annotations

from ..numbers import Count
from .lexicon import Lexicon

#: Words that stand for one person before a singular noun: "a child", "an SDF fighter".
_ONE_WORDS = {"a", "an", "one", "the", "his", "her", "their", "another"}
#: "the third was killed", "a second was wounded": one more person.
_ORDINALS = frozenset({"first", "second", "third", "fourth", "fifth", "last", "other"})
#: How many words may stand between "a" and its person noun ("a 12-year-old child").
_MODIFIERS = 3


def _number(words: list[str], i: int, lex: Lexicon) -> tuple[int, int] | None:
    """(value, last token) of a number at ``i``: digits, or number words (``twenty five``)."""
    w = words[i]
    if w.isdigit():
        if len(w) > 4:
            return None
        return int(w), i
    if w in lex.units:
        value, last = lex.units[w], i
        if value in (20, 30, 40, 50, 60, 70, 80, 90) and i + 1 < len(words) and words[i + 1] in lex.units \
                and lex.units[words[i + 1]] < 10:
            value, last = value + lex.units[words[i + 1]], i + 1
        return value, last
    return None


def _phrase_at(words: list[str], i: int, phrases) -> tuple[str, ...] | None:
    for p in phrases:
        if tuple(words[i:i + len(p)]) == p:
            return p
    return None


def count_at(words: list[str], i: int, lex: Lexicon, stop: int | None = None) -> Count | None:
    """The quantity whose words start at token ``i`` (qualifiers included), or None.

    Parameters
    ----------
    words : list of str
        Lower-case tokens.
    i : int
    lex : Lexicon
    stop : int, optional
        The first token the count may not reach (the clause end).
    """
    n = len(words) if stop is None else min(stop, len(words))
    if i >= n:
        return None
    first, qualifier = i, ""
    for quals, name in ((lex.more, "at least"), (lex.about, "about")):
        p = _phrase_at(words, i, quals)
        if p:
            qualifier = "more than" if p == ("more", "than") or p == ("over",) else name
            i += len(p)
            break
    if i >= n:
        return None
    w = words[i]
    if w in ("no", "not") and i + 1 < n and words[i + 1] in ("one", "single") or w in ("nobody", "none"):
        return Count(0, first, i + 1 if w in ("no", "not") else i, qualifier)  # "no one was killed"
    if w == "a" and i + 1 < n and words[i + 1] == "dozen":
        return Count(12, first, i + 1, qualifier)
    num = _number(words, i, lex)
    if w == "both" and i + 1 < n and words[i + 1] in ("sides", "side", "parties"):
        num = None  # "fighters on both sides were wounded": no count of its own
    if num is not None and num[1] + 2 < n and words[num[1] + 1] in ("from", "on", "of", "in", "for") \
            and words[num[1] + 2] == "each":
        return None  # "two men, one from each side, were killed": how the count splits, not another count
    if num is not None:
        return Count(num[0], first, num[1], qualifier)
    if w in lex.vague:
        return Count(lex.vague[w], first, i, "vague")
    if w in ("the", "a") and i + 2 < n and words[i + 1] in _ORDINALS and words[i + 2] in ("was", "is", "had", "has"):
        return Count(1, first, i + 1, qualifier)  # "the third was killed": one person
    if w == "a" and i + 1 < n and words[i + 1] in _ORDINALS - {"first", "last", "other"} and (
            i + 2 >= n or words[i + 2] in lex.words["after_a_person"]):
        return Count(1, first, i + 1, qualifier)  # "killing two and wounding a third": one more person
    if w in _ONE_WORDS:
        for j in range(i + 1, min(n, i + 2 + _MODIFIERS)):
            if words[j] in lex.singular_persons:
                return Count(1, first, j, qualifier)
            if words[j] in lex.person_plurals or words[j] in ("and", "or", "in", "on", "by", "of"):
                break
        if w == "another":
            return Count(1, first, i, qualifier)
    if w in lex.singular_persons and not qualifier:
        return Count(1, first, i, "")
    return None


#: Words after a bare count that end it ("killed three and wounded five", "killing two in Tayy").
_FUNCTION_WORDS = frozenset({"and", "in", "on", "at", "near", "when", "after", "while", "during", "including",
                             "among", "as", "of", "s", "from", "with", "since", "amid"})


def person_follows(words: list[str], c: Count, lex: Lexicon, stop: int) -> bool:
    """Whether the count counts people: a person word follows within three words, or the count
    ends its phrase (the clause ends, or a function word follows: ``killing three and``)."""
    for j in range(c.last + 1, min(stop, c.last + 4)):
        w = words[j]
        if w in lex.person_plurals or w in lex.singular_persons:
            return True
        if w in ("killed", "dead", "wounded", "injured", "were", "was", "died"):
            return True
    nxt = c.last + 1
    # "killing one person and injuring another, sources said": "another" stands for a person
    return nxt >= stop or words[c.last] in lex.singular_persons or words[c.last] == "another" \
        or words[nxt] in _FUNCTION_WORDS
