"""A stage after screening: the sentences that read as an event but that no rule read.

The event rules find about two thirds of the events real reports tell (issue 10's blind sets);
most of the rest are told in words no rule knows, and nothing of them reaches the map. The
sentence model (:mod:`pipeline.sentence_model`), which learned from annotated reports which
sentences tell a new event, knows nothing of the rules, so it can point at what they missed.
This stage asks it about every sentence of an article that no event (drawn or set aside, its own
sentence or a further one) comes from: one that scores at least :data:`UNREAD_FROM` is kept as an
:class:`pipeline.records.Unread` item, with the place and the day its own words give when they give
one (hints for the analyst, never drawn). Nothing is drawn from it: an analyst who reads an event
there adds it (an ``add`` decision, :mod:`pipeline.reviews`), with its type, days, place and actors,
and the build then draws it with this sentence as its evidence.

Measured on the thirteen real sets (``python benchmarks/eval_extraction.py --reports
benchmarks/data/real/real? --unread``): see the README's "Known limits".

Run by :meth:`pipeline.core.Pipeline.process` on every article, Arabic and English, last.
"""

from __future__ import annotations

from .ids import event_id
from .records import ArticleResult, Unread
from .screening import shown_score
from .sentence_model import SentenceModel
from .tollevidence import spans_of

#: A sentence no event comes from is listed when the model's probability that it tells a new event
#: is at least this. Chosen on the thirteen real sets (development figures): at 0.5 the list held
#: about half the gold events the rules missed entirely, with about one sentence in two holding one.
UNREAD_FROM = 0.3
#: Sentences shorter than this (characters) are not scored: a headline fragment or a caption.
MIN_CHARS = 25


def _taken(result: ArticleResult) -> list[tuple[int, int]]:
    """The spans events come from: each event's and set-aside event's sentence and further sentences."""
    spans: list[tuple[int, int]] = []
    for e in [*result.events, *(a.event for a in result.set_aside)]:
        spans.append((e.start, e.end))
        spans += [(a, b) for a, b in e.more_evidence]
    return spans


def find_unread(result: ArticleResult, model: SentenceModel | None) -> ArticleResult:
    """Fill ``result.unread`` with the sentences that read as an event but that no event comes from.

    Parameters
    ----------
    result : ArticleResult
        One article's result after :mod:`pipeline.screening`.
    model : SentenceModel or None
        The sentence model; ``None`` lists nothing.

    Returns
    -------
    ArticleResult
        ``result``, changed in place.
    """
    if model is None:
        return result
    text = result.article.text
    taken = _taken(result)
    found = []
    for a, b in spans_of(result)():
        if b - a < MIN_CHARS or any(x < b and y > a for x, y in taken):
            continue
        sentence = text[a:b]
        score = model.probability(sentence)
        if score < UNREAD_FROM:
            continue
        place = next((m for m in result.mentions if a <= m.start < b and m.place_id), None)
        when = next((d for d in result.dates if a <= d.start < b), None)
        found.append(Unread(
            event_id=event_id(result.article.id, sentence, ""), start=a, end=b, evidence=sentence,
            sentence_score=shown_score(score), place_id=place.place_id or "" if place else "",
            place_text=place.text if place else "",
            date_from=when.date_from if when else None, date_to=when.date_to if when else None))
    result.unread = found
    return result
