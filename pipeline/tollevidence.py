"""A toll told in another sentence is part of the event's evidence.

The rules may take an event's toll from a sentence other than the one that reports the event
(``… clashes broke out in Tayy.`` then ``The NDF said four of its gunmen had died.``). An analyst
checking the event must see the sentence the figure comes from, so that sentence belongs in the
event's ``more_evidence``. The Arabic rules keep it there; this stage, after the events of either
language, adds it wherever a toll's words (``fatalities_text``, ``injuries_text``) are in neither the
event's sentence nor its further sentences: the article's sentence that holds those words nearest the
event's own (the rules take a toll from the sentences around the event), at the same distance the
one after it (news tells the act, then its toll). Sentences are the
language's own (:func:`pipeline.events.split_sentences`, :func:`pipeline.english.text.split_sentences`),
found only for an article that needs them.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from .arabic import normalise, tokenise
from .eventfields import more_evidence
from .records import ArticleResult, Event


def sentence_spans(text: str, language: str | None) -> list[tuple[int, int]]:
    """The ``(start, end)`` offsets of each sentence of ``text``, as the event rules of its language
    split it (English for ``"en"``, else Arabic), without white space at either edge.

    Parameters
    ----------
    text : str
        An article's text.
    language : str or None

    Returns
    -------
    list of (int, int)
        In text order.
    """
    nt = normalise(text)
    tokens = tokenise(nt.text)
    if language == "en":
        from .english.text import split_sentences as split_en

        return original_spans(text, nt, split_en(nt, tokens))
    from .events import split_sentences as split_ar

    return original_spans(text, nt, split_ar(nt, tokens))


def original_spans(text: str, nt: Any, sentences: Sequence[Any]) -> list[tuple[int, int]]:
    """The sentences ``sentences`` of the normalised text ``nt`` (each with ``start``/``end`` there)
    as ``(start, end)`` offsets of the original ``text``, without white space at either edge."""
    out = []
    for s in sentences:
        a, b = nt.to_original(s.start, s.end)
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        if b > a:
            out.append((a, b))
    return out


class SentenceSpans:
    """An article's sentence spans (:func:`sentence_spans`), worked out on first use and kept: from the
    sentences its language's rules already split (``nt``, ``sentences``) when given, else from the text.

    Parameters
    ----------
    text : str
    language : str or None
    nt : NormalisedText, optional
    sentences : sequence, optional
        The rules' sentences of ``nt``.
    """

    __slots__ = ("_text", "_language", "_nt", "_sentences", "_spans")

    def __init__(self, text: str, language: str | None, nt: Any = None, sentences: Sequence[Any] | None = None):
        self._text, self._language, self._nt, self._sentences = text, language, nt, sentences
        self._spans: list[tuple[int, int]] | None = None

    def __call__(self) -> list[tuple[int, int]]:
        if self._spans is None:
            if self._nt is not None and self._sentences is not None:
                self._spans = original_spans(self._text, self._nt, self._sentences)
            else:
                self._spans = sentence_spans(self._text, self._language)
            self._nt = self._sentences = None
        return self._spans


def _gap(span: tuple[int, int], start: int, end: int) -> int:
    """Characters between a sentence and the event's (0 when they touch or overlap)."""
    return max(0, span[0] - end, start - span[1])


def toll_sentence(e: Event, text: str, spans: Callable[[], Sequence[tuple[int, int]]]) -> list[tuple[int, int]]:
    """The sentences to add to ``e``'s further sentences: for each of its tolls whose words are in none
    of its sentences, the article's sentence holding them nearest the event's own (none when no
    sentence holds them). ``spans`` gives the article's sentences (called only when needed)."""
    own = [(e.start, e.end), *((s, t) for s, t in e.more_evidence)]
    found: list[tuple[int, int]] = []
    for said in (e.fatalities_text, e.injuries_text):
        if not said or any(said in text[s:t] for s, t in own + found):
            continue
        holding = [sp for sp in spans() if said in text[sp[0]:sp[1]] and sp not in own]
        if holding:
            # the nearest; at the same distance the one after the event (news tells the toll after the act)
            found.append(min(holding, key=lambda sp: (_gap(sp, e.start, e.end), sp[0] < e.start, sp[0])))
    return found


def spans_of(result: ArticleResult) -> SentenceSpans:
    """``result``'s sentence spans (its ``sentences`` when the language's pipeline kept them), kept on it."""
    if result.sentences is None:
        result.sentences = SentenceSpans(result.article.text, result.article.language)
    return result.sentences


def add_toll_sentences(result: ArticleResult) -> ArticleResult:
    """Stage: each event whose toll is told in another sentence gets that sentence in ``more_evidence``
    (:func:`toll_sentence`); events whose tolls are in their own sentences are left as they are.

    Parameters
    ----------
    result : ArticleResult
        The article's events as the rules made them.

    Returns
    -------
    ArticleResult
        The same result, its events' ``more_evidence`` completed in place.
    """
    text = result.article.text
    spans = spans_of(result)
    for e in result.events:
        if not (e.fatalities_text or e.injuries_text):
            continue
        added = toll_sentence(e, text, spans)
        if added:
            e.more_evidence = more_evidence((e.start, e.end), [*((s, t) for s, t in e.more_evidence), *added])
    return result
