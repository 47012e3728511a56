"""Arabic text normalisation and tokenisation that keep offsets into the original text.

Everything the pipeline matches (places, actors, triggers, dates) is matched on a
*normalised* copy of the article; every span it reports points into the *original*
text. This module owns that mapping.

Normalisation folds the spelling variation found in Arabic news copy:

- hamza and madda forms of alef (أ إ آ ٱ) become bare alef (ا);
- ta marbuta (ة) becomes ha (ه); alef maqsura (ى) becomes ya (ي);
- hamza on waw/ya (ؤ ئ) becomes waw/ya; Persian/Kurdish kaf and ya (ک ی) become Arabic ones;
- Arabic-Indic and Persian digits become ASCII digits;
- diacritics (harakat, shadda, sukun, dagger alef, Quranic marks) and tatweel (ـ) are removed;
- invisible characters (zero-width space, non-joiner and joiner, word joiner, byte-order mark, soft
  hyphen, direction marks and embeddings: :data:`INVISIBLE`) are removed, so a name or a word they sit inside still matches;
- Latin letters are lower-cased and lose their accents (Qamişlo → qamislo).

Mapping characters one to one or deleting them is all it does, so a normalised index maps
back to the original with a list of kept positions (built only when something was deleted).
"""

from __future__ import annotations

import csv
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from functools import reduce
from itertools import accumulate, chain, compress, repeat
from operator import or_
from pathlib import Path
from typing import NamedTuple
from weakref import WeakSet

__all__ = [
    "NormalisedText",
    "INVISIBLE",
    "Token",
    "Tokens",
    "words_of",
    "where",
    "has_any",
    "where_bare",
    "bare_words",
    "positions",
    "Vocabulary",
    "starts_of",
    "ends_of",
    "normalise",
    "normalise_phrase",
    "tokenise",
    "split_proclitics",
    "proclitic_forms",
    "strip_article",
    "PLAIN_PREFIXES",
    "ARTICLE_PREFIXES",
]

_MAP = {
    "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ٲ": "ا", "ٳ": "ا",
    "ة": "ه", "ۀ": "ه", "ە": "ه",
    "ى": "ي", "ی": "ي", "ې": "ي", "ئ": "ي",
    "ؤ": "و",
    "ک": "ك", "ڪ": "ك",
    "“": '"', "”": '"', "«": '"', "»": '"', "„": '"',
}
for _i in range(10):
    _MAP[chr(0x0660 + _i)] = str(_i)  # Arabic-Indic digits
    _MAP[chr(0x06F0 + _i)] = str(_i)  # Persian digits
for _c in range(ord("A"), ord("Z") + 1):
    _MAP[chr(_c)] = chr(_c).lower()
for _c in range(0xC0, 0x250):  # accented Latin letters fold to their base letter (Qamişlo -> qamislo)
    _base = unicodedata.normalize("NFKD", chr(_c))[0].lower()
    if _base.isascii() and _base.isalpha():
        _MAP[chr(_c)] = _base
for _ch in ("ḩ", "ḑ", "ţ", "ş", "ẓ", "ḥ", "ṭ", "ṣ", "ḍ", "Ḩ", "Ḑ", "Ţ", "Ş", "Ẓ", "Ḥ", "Ṭ", "Ṣ", "Ḍ"):
    _MAP[_ch] = unicodedata.normalize("NFKD", _ch)[0].lower()

#: Marks that sit on the letter before them: deleted, and kept at the end of a span that ends on that letter.
_MARKS = (
    [chr(c) for c in range(0x064B, 0x0660)]  # harakat, shadda, sukun, hamza marks
    + [chr(c) for c in range(0x0610, 0x061B)]  # Quranic honorifics
    + [chr(c) for c in range(0x06D6, 0x06EE)]  # Quranic annotation marks
    + ["\u0670", "\u0640"]  # dagger alef, tatweel
)
#: Invisible characters copy may carry inside a word: deleted, so «القامش\u200cلي» and "Qami\u200bshli" are
#: read as the names they show, and never added to the end of a span (they belong to no letter).
#: Zero-width space, non-joiner, joiner; left-to-right, right-to-left and Arabic letter marks;
#: embeddings, overrides and isolates; word joiner and invisible operators; byte-order mark
#: (zero-width no-break space); soft hyphen. (:mod:`pipeline.invisible` reads articles through them.)
INVISIBLE = frozenset(
    "\u200b\u200c\u200d\u200e\u200f\u061c"
    "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
    "\u2060\u2061\u2062\u2063\u2064"
    "\ufeff\u00ad"
)
_DELETE = _MARKS + sorted(INVISIBLE)
_TABLE = str.maketrans({**_MAP, **{c: None for c in _DELETE}})
_MARK_RE = re.compile("[" + "".join(re.escape(c) for c in _MARKS) + "]+")
_DELETE_SET = frozenset(_DELETE)
#: Every character normalisation changes, and what it becomes ("" when deleted).
_CHANGE = {**_MAP, **dict.fromkeys(_DELETE, "")}
_CHANGE_RE = re.compile("[" + "".join(re.escape(c) for c in sorted(_CHANGE)) + "]")
# replacing one character at a time equals translating all at once only if no
# replacement is itself a character that changes
assert not set("".join(_CHANGE.values())) & set(_CHANGE)

#: A token: a run of Arabic letters, ASCII letters or digits (after normalisation).
_TOKEN_RE = re.compile(r"[\u0621-\u064a\u0671-\u06d3a-z0-9]+")
#: The same runs as a capturing separator: ``split`` gives gap, token, gap, token, ..., gap.
_TOKEN_SPLIT_RE = re.compile(r"([\u0621-\u064a\u0671-\u06d3a-z0-9]+)")


@dataclass(frozen=True, slots=True)
class NormalisedText:
    """A normalised copy of a text and the way back to the original offsets.

    Attributes
    ----------
    original : str
        The text exactly as read from the article file.
    text : str
        The normalised text (see the module docstring).
    kept : list of int or None
        ``kept[i]`` is the original index of normalised character ``i``; ``None`` when
        nothing was deleted and the two texts align one to one.
    """

    original: str
    text: str
    kept: list[int] | None

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map a normalised span ``[start, end)`` to the original text.

        Parameters
        ----------
        start, end : int
            Offsets into :attr:`text`, ``start < end``.

        Returns
        -------
        tuple of int
            ``(start, end)`` into :attr:`original`, covering any deleted marks inside
            the span (a diacritic on the last letter is included).
        """
        if self.kept is None:
            return start, end
        o_start = self.kept[start]
        if end < len(self.kept):
            o_end = self.kept[end]
            # do not swallow deleted characters that follow the span's last letter
            # unless they are marks sitting on it (harakat/shadda/tatweel): never an invisible one
            last = self.kept[end - 1] + 1
            while last < o_end and _MARK_RE.match(self.original, last):
                last += 1
            return o_start, last
        last = self.kept[end - 1] + 1
        while last < len(self.original) and _MARK_RE.match(self.original, last):
            last += 1
        return o_start, last


def normalise(text: str) -> NormalisedText:
    """Normalise ``text`` and keep the offset mapping.

    Parameters
    ----------
    text : str
        Original article text.

    Returns
    -------
    NormalisedText

    Examples
    --------
    >>> n = normalise("قوات الأسايش")
    >>> n.text
    'قوات الاسايش'
    """
    norm = text
    # Only the characters that change are replaced, each distinct one with one C-level
    # ``str.replace``: on news copy that is about three times faster than translating
    # every character through :data:`_TABLE`, with the same result.
    found = set(_CHANGE_RE.findall(text))
    for c in found:
        norm = norm.replace(c, _CHANGE[c])
    if len(norm) == len(text):
        return NormalisedText(text, norm, None)
    # the original positions of the deleted characters (few: diacritics, tatweel)
    deleted = []
    for c in found.intersection(_DELETE_SET):
        i = text.find(c)
        while i != -1:
            deleted.append(i)
            i = text.find(c, i + 1)
    deleted.sort()
    kept: list[int] = []
    prev = 0
    for i in deleted:
        kept += range(prev, i)
        prev = i + 1
    kept += range(prev, len(text))
    return NormalisedText(text, norm, kept)


def normalise_phrase(phrase: str) -> str:
    """Normalise a gazetteer name or lexicon phrase (no offsets needed).

    The same as translating through :data:`_TABLE`, done as :func:`normalise` does it: one
    ``str.replace`` per distinct character that changes (several times faster on Arabic).
    """
    for c in set(_CHANGE_RE.findall(phrase)):
        phrase = phrase.replace(c, _CHANGE[c])
    return " ".join(_TOKEN_RE.findall(phrase))


def load_word_roles(path: str | Path) -> dict[str, frozenset[str]]:
    """A word-list file (CSV ``word,role[,note]``) as its words by role, each normalised.

    Word lists are written in ordinary spelling (``إصابة``، ``مسيّرة``) and normalised here,
    at import, as the tokens they are compared with are, so a list can never hold a
    spelling no token has. Used for ``event_words.csv`` and ``place_words.csv``.

    Parameters
    ----------
    path : str or Path

    Returns
    -------
    dict of str to frozenset of str
        Role (stripped) to its normalised words; empty words are skipped.
    """
    roles: dict[str, set[str]] = {}
    with open(path, encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            word = normalise_phrase(row.get("word") or "")
            if word:
                roles.setdefault((row.get("role") or "").strip(), set()).add(word)
    return {k: frozenset(v) for k, v in roles.items()}


class Token(NamedTuple):
    """One token of normalised text: its text and normalised offsets."""

    text: str
    start: int
    end: int


#: What :meth:`Vocabulary.scan` found for the words of each live scanned :class:`Tokens`, by the
#: id of its words list: ``[words, hits, bare words or None]``, so that a stage given only the
#: words (a plain list: a list subclass would make every ``words[k]`` of the rules slower) can
#: ask whether or where a registered list occurs without a pass of its own (:func:`has_any`,
#: :func:`where`, :func:`bare_words`). An entry keeps its list and goes with its Tokens
#: (``Tokens.__del__``); a list found here is used only if it is that very list.
_SCANNED: dict[int, list] = {}


class Tokens(Sequence):
    """The tokens of one text, kept as columns; reads as a sequence of :class:`Token`.

    Attributes
    ----------
    words : list of str
        The token texts (``tokens[i].text == tokens.words[i]``).
    starts, ends : list of int
        Their offsets into the normalised text.
    hits : tuple or None
        What :meth:`Vocabulary.scan` found (None until then).

    Every stage scans the words or bisects the starts, so the columns are what is stored;
    a :class:`Token` is built only when one is asked for.
    """

    __slots__ = ("words", "starts", "ends", "hits")

    def __init__(self, words: list[str], starts: list[int], ends: list[int]):
        self.words, self.starts, self.ends = words, starts, ends
        self.hits: tuple[dict[int, int], list[tuple[int, list[int]]], int] | None = None

    def __del__(self) -> None:
        if self.hits is not None:
            try:
                entry = _SCANNED.get(id(self.words))
                if entry is not None and entry[0] is self.words:
                    del _SCANNED[id(self.words)]
            except (AttributeError, TypeError, KeyError):  # (interpreter shutting down, or gone already)
                pass

    def __len__(self) -> int:
        return len(self.words)

    def __getitem__(self, i):
        if isinstance(i, slice):
            return list(map(Token, self.words[i], self.starts[i], self.ends[i]))
        return Token(self.words[i], self.starts[i], self.ends[i])

    def __iter__(self):
        return map(Token, self.words, self.starts, self.ends)

    def __eq__(self, other) -> bool:
        return isinstance(other, Sequence) and list(self) == list(other)

    def __repr__(self) -> str:
        return f"Tokens({list(self)!r})"


def tokenise(norm: str) -> Tokens:
    """Split normalised text into word tokens.

    Parameters
    ----------
    norm : str
        Normalised text (from :func:`normalise`).

    Returns
    -------
    Tokens
        The tokens as columns (``words``, ``starts``, ``ends``); a sequence of :class:`Token`.
    """
    # One C-level pass: split into alternating gaps and tokens, and take the offsets
    # from the running sum of their lengths.
    parts = _TOKEN_SPLIT_RE.split(norm)
    offsets = list(accumulate(map(len, parts), initial=0))
    return Tokens(parts[1::2], offsets[1:-2:2], offsets[2:-1:2])


#: The live :class:`Vocabulary` objects: :func:`proclitic_forms` asks them which of its tables are
#: registered (those it must keep when it trims its cache).
_VOCABULARIES: WeakSet[Vocabulary] = WeakSet()


class Vocabulary:
    """Word lists an article is searched for, looked up together in one pass.

    Every stage asks "which tokens are one of these words?" (a matcher's first words, the
    date keywords, the clause breaks...). Registered here, the lists are merged into one
    dictionary from word to a bit per list, and :meth:`scan` answers for all of them with
    a single pass over the words; :func:`positions` then reads one list's answer.
    """

    def __init__(self) -> None:
        self._bits: dict[str, int] = {}
        self._lists: dict[int, int] = {}  # id of a registered list -> its bit
        self._keep: list = []  # the registered lists, alive while their ids are keys
        _VOCABULARIES.add(self)  # (proclitic_forms keeps the tables registered here when it trims its cache)

    @property
    def lists(self) -> list:
        """The registered word lists, in the order they were added."""
        return list(self._keep)

    def add(self, words) -> None:
        """Register a container of words (a set, or a dict whose keys are the words).

        The container must not change afterwards (its words are copied in here).
        """
        if id(words) in self._lists:
            return
        bit = 1 << len(self._lists)
        self._lists[id(words)] = bit
        self._keep.append(words)
        bits = self._bits
        for w in words:
            bits[w] = bits.get(w, 0) | bit

    def scan(self, tokens: Tokens) -> None:
        """Find every registered word in ``tokens`` (stored as ``tokens.hits``).

        The found tokens are grouped by the set of lists their word is in (a few groups),
        so that :func:`positions` answers for one list by joining the groups with its bit.
        """
        flags = list(map(self._bits.get, tokens.words))  # the bits of a word's lists, or None
        groups: dict[int, list[int]] = {}
        for i, f in zip(compress(range(len(flags)), flags), filter(None, flags)):
            group = groups.get(f)
            if group is None:
                groups[f] = [i]
            else:
                group.append(i)
        # (registered lists, (flags, token indices) groups, the flags of every group together)
        tokens.hits = (self._lists, list(groups.items()), reduce(or_, groups, 0))
        if type(tokens) is Tokens:  # (its __del__ takes the entry away)
            _SCANNED[id(tokens.words)] = [tokens.words, tokens.hits, None]


def positions(tokens: Sequence[Token], words) -> list[int]:
    """Indices of the tokens whose text is in ``words``, in order.

    Read off the article's :meth:`Vocabulary.scan` when ``words`` was registered there;
    otherwise found here with a pass over the tokens (same answer).
    """
    hits = getattr(tokens, "hits", None)
    if hits is not None:
        found = _found(hits, words)
        if found is not None:
            return found
    return [i for i, w in enumerate(words_of(tokens)) if w in words]


def _found(hits: tuple, words) -> list[int] | None:
    """The scan's answer for the list ``words`` (indices, in order), or None when it is not registered."""
    bit = hits[0].get(id(words))
    if bit is None:
        return None
    if not hits[2] & bit:
        return []
    found = [group for flags, group in hits[1] if flags & bit]
    return found[0][:] if len(found) == 1 else sorted(chain.from_iterable(found))


def _hits(words: list[str]) -> tuple | None:
    """The scan of ``words`` when they are the words of a scanned :class:`Tokens`, else None."""
    entry = _SCANNED.get(id(words))
    return entry[1] if entry is not None and entry[0] is words else None


def has_any(words: list[str], forms) -> bool:
    """Whether one of ``words`` (an article's words, or any list) is in ``forms`` (a set, or a
    dict of forms): read off the article's scan when ``forms`` is registered with the
    :class:`Vocabulary`, else one C-level ``isdisjoint``."""
    found = scanned_any(words, forms)
    if found is not None:
        return found
    return not (forms.keys() if isinstance(forms, dict) else forms).isdisjoint(words)


def scanned_any(words: list[str], forms) -> bool | None:
    """:func:`has_any` when the article's scan answers it (``words`` scanned, ``forms``
    registered with the :class:`Vocabulary`), else None: a check of a few words can then skip
    its pre-check of the whole article, which would be a pass over every word."""
    hits = _hits(words)
    if hits is not None:
        bit = hits[0].get(id(forms))
        if bit is not None:
            return bool(hits[2] & bit)
    return None


def bare_words(tokens: Sequence[Token] | list[str]) -> frozenset[str]:
    """The distinct words of ``tokens`` (or of a list of words) without their leading و
    (``w.lstrip("و")``), made once per scanned article (kept with its scan): a stage that looks
    its words up that way first asks whether any of them is in the text at all
    (``bare_words(tokens).isdisjoint(VERBS)``), in one C-level step."""
    words = tokens if isinstance(tokens, list) else words_of(tokens)
    entry = _SCANNED.get(id(words))
    if entry is not None and entry[0] is words:
        if entry[2] is None:
            entry[2] = frozenset([w.lstrip("و") for w in set(words)])
        return entry[2]
    return frozenset([w.lstrip("و") for w in set(words)])


def where(words: list[str], forms) -> list[int]:
    """Indices of the words that are in ``forms`` (a set, or a dict of forms), in order: the
    same as ``[k for k, w in enumerate(words) if w in forms]``, read off the article's scan when
    ``forms`` is registered with the :class:`Vocabulary`, else in one C-level pass."""
    hits = _hits(words)
    if hits is not None:
        found = _found(hits, forms)
        if found is not None:
            return found
    return list(compress(range(len(words)), map(forms.__contains__, words)))


def where_bare(words: list[str], forms) -> list[int]:
    """Indices of the words that are in ``forms`` once their leading و are stripped
    (``w.lstrip("و") in forms``), in order, in one C-level pass."""
    return list(compress(range(len(words)), map(forms.__contains__, map(str.lstrip, words, repeat("و")))))


def words_of(tokens: Sequence[Token]) -> list[str]:
    """The token texts: the precomputed column of :class:`Tokens`, else built here."""
    words = getattr(tokens, "words", None)
    return words if words is not None else [t[0] for t in tokens]


def ends_of(tokens: Sequence[Token]) -> list[int]:
    """The tokens' end offsets: the precomputed column of :class:`Tokens`, else built here."""
    ends = getattr(tokens, "ends", None)
    return ends if ends is not None else [t[2] for t in tokens]


def starts_of(tokens: Sequence[Token]) -> list[int]:
    """The tokens' start offsets: the precomputed column of :class:`Tokens`, else built here."""
    starts = getattr(tokens, "starts", None)
    return starts if starts is not None else [t[1] for t in tokens]


# Proclitics, outermost first: conjunction (و ف), preposition (ب ك ل), article (ال).
# "لل" is ل + ال with the alef dropped (للمدينة). One table for every module that strips them.
_CONJ = ("", "و", "ف")
_PREP = ("", "ب", "ك", "ل")
#: Proclitics without the article ("", و, ب, وب, فل ...).
PLAIN_PREFIXES: tuple[str, ...] = tuple(c + p for c in _CONJ for p in _PREP)
#: Proclitics ending in the article (ال, بال, وال, لل, ولل ...).
ARTICLE_PREFIXES: tuple[str, ...] = (tuple(c + p + "ال" for c in _CONJ for p in _PREP)
                                     + tuple(c + "لل" for c in _CONJ))
_LONGEST_FIRST = sorted(set(PLAIN_PREFIXES + ARTICLE_PREFIXES) - {""}, key=len, reverse=True)
_ARTICLE_LONGEST_FIRST = sorted(ARTICLE_PREFIXES, key=len, reverse=True)
_PREFIX_SET = frozenset(_LONGEST_FIRST)
_PREFIX_LENGTHS = sorted({len(p) for p in _PREFIX_SET}, reverse=True)


def split_proclitics(word: str, stems) -> tuple[str, str] | None:
    """``(prefix, stem)`` when ``word`` is one of ``stems`` behind proclitics (or bare), else None.

    The longest prefix wins (``بال`` before ``ب``).

    Parameters
    ----------
    word : str
        A normalised token (``بمدينه``).
    stems : container of str
        The stems looked for (``{"مدينه", ...}``).
    """
    if type(stems) is frozenset:  # the rule lists: one look-up in every prefixed form of the list
        return proclitic_forms(stems).get(word)
    if word in stems:
        return "", word
    # at most one prefix of each length can start the word: try the lengths, longest first
    for n in _PREFIX_LENGTHS:
        p = word[:n]
        if p in _PREFIX_SET and word[n:] in stems:
            return p, word[n:]
    return None


#: Every prefixed form of a frozen stem list -> (prefix, stem), by the list's id (the list is kept
#: beside its table so a reused id is noticed). Lists made on the fly (``frozenset({noun, bare})``)
#: add tables too, so it is trimmed past 512 entries; a table a :class:`Vocabulary` registered
#: (``stage_word_lists``) is kept, since the scan knows the list by that very table's id.
_FORM_TABLES: dict[int, tuple[frozenset[str], dict[str, tuple[str, str]]]] = {}


def proclitic_forms(stems: frozenset[str]) -> dict[str, tuple[str, str]]:
    """``prefix + stem`` -> ``(prefix, stem)`` for every proclitic and stem of ``stems``: what
    :func:`split_proclitics` answers for each word it can match, built once per list.

    Where two splits give one word, the one :func:`split_proclitics` tries first wins: the
    bare word, then the longest prefix (at most one prefix of each length starts a word).
    """
    entry = _FORM_TABLES.get(id(stems))
    if entry is not None and entry[0] is stems:
        return entry[1]
    table: dict[str, tuple[str, str]] = {}
    rank: dict[str, int] = {}
    for p in ("", *_LONGEST_FIRST):
        r = 0 if not p else 100 - len(p)  # bare first, then longer prefixes
        for stem in stems:
            form = p + stem
            if form not in rank or r < rank[form]:
                rank[form], table[form] = r, (p, stem)
    if len(_FORM_TABLES) > 512:  # lists made on the fly: keep the cache bounded
        _trim_form_tables()
    _FORM_TABLES[id(stems)] = (stems, table)
    return table


def _trim_form_tables() -> None:
    """Drop the cached tables of :func:`proclitic_forms` that no live :class:`Vocabulary` registered.

    A registered table must stay the one :func:`proclitic_forms` answers for its list: were it
    dropped, the next call would build an equal table under another id, which the vocabulary
    does not know, and every :func:`has_any`/:func:`where`/:func:`scanned_any` on that list
    would fall back to a pass over the article's words for the rest of the process (same
    answers, the fast path lost). (A table is alive in the cache, so an id a live vocabulary
    holds is that very table.)"""
    registered = {key for vocabulary in list(_VOCABULARIES) for key in vocabulary._lists}
    for key in [key for key, (_, table) in _FORM_TABLES.items() if id(table) not in registered]:
        del _FORM_TABLES[key]


def strip_article(word: str, min_stem: int = 2) -> tuple[str, bool]:
    """``(stem, definite)``: ``word`` without proclitics ending in ال (``بالمدينه`` → ``مدينه``, True)."""
    for p in _ARTICLE_LONGEST_FIRST:
        if word.startswith(p) and len(word) - len(p) >= min_stem:
            return word[len(p):], True
    return word, False
