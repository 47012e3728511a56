"""Sentences and clauses of English news copy, as token ranges with their offsets.

A sentence ends at ``.``, ``!`` or ``?`` followed by white space and a capital letter,
a digit or an opening quote or bracket, and at every line break; a full stop after a
title or an initial (``Mr.``, ``Gen.``, ``U.S.``) ends nothing. The first line is the
headline when it is short and has no full stop. Clauses split at ``;``, at the words
``while``, ``whereas``, ``meanwhile``, and after a comma at ``who``, ``saying``, ``claiming``,
``adding``, ``and that`` and ``and the`` (a second main clause: ``…, and the aircraft fired``), and
at ``when`` after a comma closing a ``since …`` phrase (``the largest since January 2022, when …``).
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from ..arabic import NormalisedText, Tokens

_END_RE = re.compile(r"[.!?]+[\"'”’)\]]*(?=\s+[\"“'‘(\[]?[A-Z0-9])|\n+")
_ABBREVIATIONS = frozenset({"mr", "mrs", "ms", "dr", "gen", "lt", "col", "maj", "brig", "sgt", "capt", "st", "no",
                            "jr", "sr", "prof", "rep", "sen", "gov", "vs", "etc", "approx", "est", "jan", "feb",
                            "aug", "sept", "oct", "nov", "dec"})
_CLAUSE_WORDS = frozenset({"while", "whereas", "meanwhile"})
#: Split only after a comma: ", who was shot dead … on Saturday" is its own clause, and so are
#: ", saying it was retaliating for …" (what someone gave as a reason) and ", and that
#: warplanes …" (a second thing reported).
_COMMA_CLAUSE_WORDS = frozenset({"who", "saying", "claiming", "adding"})
_HEADLINE_MAX = 160
#: Tokens a sentence may hold before it is cut (at its last comma or semicolon in the second half of
#: the stretch, else hard). News sentences stay far below it; text with no full stops (a list, a
#: page's menu, hostile input) would otherwise make one sentence whose rules cost its length squared.
MAX_SENTENCE_TOKENS = 200


@dataclass(frozen=True, slots=True)
class Clause:
    """Tokens ``first``..``last`` (inclusive) of one clause."""

    first: int
    last: int


@dataclass(slots=True)
class Sentence:
    """One sentence: its tokens, its span in the normalised text and its clauses."""

    first: int
    last: int
    start: int
    end: int
    headline: bool = False
    clauses: list[Clause] = field(default_factory=list)


def _boundaries(original: str) -> list[int]:
    """Offsets (in the original text) where a sentence ends."""
    out = []
    for m in _END_RE.finditer(original):
        if m.group().startswith("."):
            word = re.search(r"([A-Za-z]+)\.?$", original[max(0, m.start() - 12):m.start() + 1])
            if word and (word.group(1).lower() in _ABBREVIATIONS or len(word.group(1)) == 1):
                continue
        out.append(m.end())
    return out


def split_sentences(nt: NormalisedText, tokens: Tokens) -> list[Sentence]:
    """The sentences of a text, each with its clauses (token ranges; empty ones dropped).

    Parameters
    ----------
    nt : NormalisedText
    tokens : Tokens
        ``tokenise(nt.text)``.

    Returns
    -------
    list of Sentence
        ``start``/``end`` are normalised offsets from the first token to the sentence's
        closing punctuation.
    """
    text = nt.original
    starts = tokens.starts
    # work in original offsets, then map the token ranges
    o_starts = [nt.to_original(s, e)[0] for s, e in zip(tokens.starts, tokens.ends)]
    bounds = _boundaries(text) + [len(text)]
    sentences: list[Sentence] = []
    lo = 0
    prev = 0
    for b in bounds:
        first = bisect.bisect_left(o_starts, prev, lo)
        last = bisect.bisect_left(o_starts, b, first) - 1
        prev = b
        if last < first:
            continue
        lo = last + 1
        # the sentence runs from its first token to its last punctuation before the boundary
        end_o = b
        while end_o > 0 and text[end_o - 1].isspace():
            end_o -= 1
        end_n = _to_norm(nt, end_o)
        while last - first + 1 > MAX_SENTENCE_TOKENS:
            cut = _cut(nt, tokens, first, first + MAX_SENTENCE_TOKENS - 1)
            sentences.append(Sentence(first, cut, starts[first], tokens.ends[cut]))
            first = cut + 1
        sentences.append(Sentence(first, last, starts[first], max(end_n, tokens.ends[last])))
    if sentences:
        s0 = sentences[0]
        line = text[:text.find("\n")] if "\n" in text else ""
        if line.strip() and len(line) <= _HEADLINE_MAX and not line.rstrip().endswith(".") \
                and o_starts[s0.last] < len(line):
            s0.headline = True
    for s in sentences:
        s.clauses = _clauses(nt, tokens, s)
    return sentences


def _cut(nt: NormalisedText, tokens: Tokens, first: int, last: int) -> int:
    """The last token of the first piece of an over-long sentence ``first..``: the token before
    the last comma or semicolon in the second half of ``first..last``, else ``last``."""
    for i in range(last, (first + last) // 2, -1):
        gap = nt.text[tokens.ends[i - 1]:tokens.starts[i]]
        if "," in gap or ";" in gap:
            return i - 1
    return last


def _to_norm(nt: NormalisedText, orig: int) -> int:
    if nt.kept is None:
        return orig
    return bisect.bisect_left(nt.kept, orig)


def _clauses(nt: NormalisedText, tokens: Tokens, s: Sentence) -> list[Clause]:
    out = []
    first = s.first
    for i in range(s.first + 1, s.last + 1):
        gap = nt.text[tokens.ends[i - 1]:tokens.starts[i]]
        after_comma = "," in gap and (tokens.words[i] in _COMMA_CLAUSE_WORDS or tokens.words[i] == "and" and i < s.last
                                      and tokens.words[i + 1] in ("that", "the"))
        # ", when" after a "since …" phrase: what happened at that time ("the largest since January
        # 2022, when IS fighters stormed the prison"), not the main clause's act
        since_when = "," in gap and tokens.words[i] == "when" and "since" in tokens.words[max(s.first, i - 6):i]
        if ";" in gap or tokens.words[i] in _CLAUSE_WORDS or after_comma or since_when:
            out.append(Clause(first, i - 1))
            first = i
    out.append(Clause(first, s.last))
    return out
