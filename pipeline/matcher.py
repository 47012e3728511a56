"""Whole-word phrase matching over normalised Arabic tokens, clitics included.

A :class:`PhraseMatcher` holds phrases (gazetteer aliases, actor names, event trigger
words). At build time every phrase's first word is expanded into all the forms it takes
with proclitics in running text (و ف + ب ك ل + ال, and لل), so that at match time each
text token costs one dictionary look-up. Later words of a phrase must match exactly.

Matching is on whole tokens, so ``الديمقراطية`` never yields ``طي``: the letters of a
name inside a longer word are not a match. The definite article is respected: the alias
``الطي`` matches ``بالطي`` and ``للطي`` but never bare ``طي``.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Generic, NamedTuple, TypeVar

from .arabic import ARTICLE_PREFIXES as _ARTICLE_PREFIXES
from .arabic import PLAIN_PREFIXES as _PLAIN_PREFIXES
from .arabic import Token, normalise_phrase, positions, words_of

T = TypeVar("T")

_ARTICLE_SET = set(_ARTICLE_PREFIXES)


@dataclass(frozen=True, slots=True)
class _Entry(Generic[T]):
    rest: tuple[str, ...]
    payload: T
    priority: int
    order: int


class Match(NamedTuple, Generic[T]):
    """A phrase found in a token list (a named tuple: cheap to make, one per match).

    Attributes
    ----------
    first, last : int
        Token indices, inclusive.
    payload : object
        What was registered with the phrase.
    prefix : str
        Proclitics on the first token (``"بال"`` for ``بالقامشلي``).
    """

    first: int
    last: int
    payload: T
    prefix: str

    @property
    def definite(self) -> bool:
        """True when the first word carries the definite article."""
        return self.prefix in _ARTICLE_SET


class PhraseMatcher(Generic[T]):
    """A dictionary of phrases matched longest-first, left to right, without overlaps.

    Parameters
    ----------
    any_article : bool
        When True, a phrase matches with or without ال on its first word (for event
        trigger words); when False the phrase's own article is required (names).
    """

    def __init__(self, any_article: bool = False):
        self.any_article = any_article
        # first word -> (phrases of several words by their second word, one-word phrases),
        # each list best first (longest, then highest priority, then first added)
        self._index: dict[str, tuple[dict[str, list[tuple[str, _Entry[T]]]], list[tuple[str, _Entry[T]]]]] = {}
        self._n = 0

    def __len__(self) -> int:
        return self._n

    @property
    def first_words(self) -> dict:
        """Every form a phrase's first word takes (keys; for :class:`~pipeline.arabic.Vocabulary`)."""
        return self._index

    def add(self, phrase: str, payload: T, priority: int = 0) -> None:
        """Register ``phrase`` (any spelling; it is normalised here).

        Parameters
        ----------
        phrase : str
        payload : object
            Returned with every match.
        priority : int
            Breaks ties between phrases of the same length (higher wins).
        """
        words = normalise_phrase(phrase).split()
        if not words:
            return
        first, rest = words[0], tuple(words[1:])
        entry = _Entry(rest, payload, priority, self._n)
        self._n += 1
        if first.startswith("ال") and len(first) > 3:
            stem, prefixes = first[2:], _ARTICLE_PREFIXES
            if self.any_article:
                prefixes = _ARTICLE_PREFIXES + _PLAIN_PREFIXES
        else:
            stem, prefixes = first, _PLAIN_PREFIXES
            if self.any_article and first.isalpha() and not first.isascii():
                prefixes = _PLAIN_PREFIXES + _ARTICLE_PREFIXES
        for p in prefixes:
            by_next, singles = self._index.setdefault(p + stem, ({}, []))
            bucket = by_next.setdefault(rest[0], []) if rest else singles
            bucket.append((p, entry))
            bucket.sort(key=lambda pe: (-len(pe[1].rest), -pe[1].priority, pe[1].order))

    def add_many(self, phrases: Iterable[str], payload: T, priority: int = 0) -> None:
        """Register several phrases with one payload."""
        for ph in phrases:
            self.add(ph, payload, priority)

    def match_at(self, tokens: Sequence[Token], i: int) -> Match[T] | None:
        """The best (longest, then highest-priority) phrase starting at token ``i``."""
        return self._match_at(words_of(tokens), i)

    def _match_at(self, words: list[str], i: int) -> Match[T] | None:
        phrases = self._index.get(words[i])
        if phrases is None:
            return None
        by_next, singles = phrases
        n = len(words)
        if i + 1 < n:
            # only phrases whose second word is the next token can match a longer span
            for prefix, e in by_next.get(words[i + 1], ()):
                k = len(e.rest)
                if i + k < n and (k == 1 or tuple(words[i + 2:i + 1 + k]) == e.rest[1:]):
                    return Match(i, i + k, e.payload, prefix)
        if singles:
            prefix, e = singles[0]
            return Match(i, i, e.payload, prefix)
        return None

    def find(self, tokens: Sequence[Token], blocked: set[int] | None = None) -> list[Match[T]]:
        """All non-overlapping matches, left to right.

        Parameters
        ----------
        tokens : list of Token
        blocked : set of int, optional
            Token indices already taken (by actors, say); no match may use them.
        """
        out: list[Match[T]] = []
        words = words_of(tokens)
        # only tokens that start some phrase can start a match: visit those, left to right,
        # skipping the ones inside the previous match
        nxt = 0
        for i in positions(tokens, self._index):
            if i < nxt or (blocked and i in blocked):
                continue
            m = self._match_at(words, i)
            if m is None or (blocked and any(j in blocked for j in range(m.first, m.last + 1))):
                continue
            out.append(m)
            nxt = m.last + 1
        return out
