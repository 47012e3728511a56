"""Invisible characters inside article text: read through, spans kept on the original.

Copy taken from web pages often carries characters that show nothing: a zero-width space,
non-joiner or joiner, a word joiner, a byte-order mark, a soft hyphen, direction marks and
embeddings (:data:`pipeline.arabic.INVISIBLE`). Inside a word (``القامش\u200cلي``, ``Qami\u200bshli``) they split it for every
matcher, and many rules of both languages look at the text as read (regular expressions for
dates, "the village of", a capital letter).

The pipeline therefore runs on the *visible* text — the article without these characters
(:func:`visible_text`) — and the last stage (:func:`spans_to_original`) moves every span of the
result back onto the text as read, so ``evidence == article.text[start:end]`` still holds and an
analyst's highlight covers the characters they were given. A span never starts or ends on an
invisible character: it starts at its first visible character and ends after its last one.

:mod:`pipeline.arabic` deletes the same characters in its normalisation (for callers that
normalise a text themselves); with the visible text it finds none.
"""

from __future__ import annotations

import dataclasses
import re

from .arabic import INVISIBLE
from .records import Article, ArticleResult

__all__ = ["INVISIBLE", "visible_text", "spans_to_original", "read_through_invisibles"]

_INVISIBLE_RE = re.compile("[" + "".join(sorted(INVISIBLE)) + "]")


def visible_text(text: str) -> tuple[str, list[int] | None]:
    """The text without its invisible characters, and where each kept character came from.

    Parameters
    ----------
    text : str
        An article's text as read.

    Returns
    -------
    visible : str
        ``text`` without the characters of :data:`pipeline.arabic.INVISIBLE`.
    kept : list of int or None
        ``kept[i]`` is the index in ``text`` of ``visible[i]``; ``None`` when ``text`` has no
        invisible character (``visible is text``).

    Examples
    --------
    >>> visible_text("Qami\\u200bshli")
    ('Qamishli', [0, 1, 2, 3, 5, 6, 7, 8])
    """
    if _INVISIBLE_RE.search(text) is None:
        return text, None
    kept = [i for i, c in enumerate(text) if c not in INVISIBLE]
    return "".join(text[i] for i in kept), kept


def _span(kept: list[int], n_original: int, start: int, end: int) -> tuple[int, int]:
    """A span ``[start, end)`` of the visible text as a span of the original one."""
    if start >= end:  # an empty span: the place it stands at
        at = kept[start] if start < len(kept) else n_original
        return at, at
    return kept[start], kept[end - 1] + 1


def spans_to_original(result: ArticleResult, article: Article, kept: list[int]) -> ArticleResult:
    """Move every span of a result made on the visible text onto the article as read.

    Parameters
    ----------
    result : ArticleResult
        The pipeline's result on ``article`` with its text replaced by :func:`visible_text`'s.
    article : Article
        The article as read.
    kept : list of int
        :func:`visible_text`'s map from visible to original indices.

    Returns
    -------
    ArticleResult
        ``result`` with ``article`` the one read, every ``start``/``end`` (and ``more_evidence``
        pair) an offset into its text, and each text that is a slice of the article (a mention's,
        an actor's, a date's ``text``, an event's, a control claim's or an unread sentence's ``evidence``,
        an unresolved name's ``text``) that slice again. Other strings (a trigger, a toll's words) stay as read
        through.
    """
    text, n = article.text, len(article.text)
    moved: set[int] = set()

    def move(record, field: str) -> None:
        if id(record) in moved:  # one record listed twice is moved once
            return
        moved.add(id(record))
        s, e = _span(kept, n, record.start, record.end)
        record.start, record.end = s, e
        if field:
            setattr(record, field, text[s:e])

    for m in result.mentions:
        move(m, "text")
    for a in result.actors:
        move(a, "text")
    for d in result.dates:
        move(d, "text")
    for u in result.unresolved:
        move(u, "text")
    for c in result.control:
        move(c, "evidence")
    for e in [*result.events, *(a.event for a in result.set_aside)]:
        if id(e) in moved:
            continue
        move(e, "evidence")
        e.more_evidence = [list(_span(kept, n, s, t)) for s, t in e.more_evidence]
    for sentence in result.unread:  # (its id stays the visible sentence's)
        move(sentence, "evidence")
    result.sentences = None  # (the visible text's sentence spans)
    result.article = article
    return result


def read_through_invisibles(process, article: Article) -> ArticleResult:
    """Run ``process`` (one article's stages) on the visible text, spans on the text as read.

    Parameters
    ----------
    process : callable
        ``Article -> ArticleResult``.
    article : Article

    Returns
    -------
    ArticleResult
        ``process(article)`` when its text has no invisible character; otherwise the result on
        the visible text with its spans moved back (:func:`spans_to_original`).
    """
    visible, kept = visible_text(article.text)
    if kept is None:
        return process(article)
    return spans_to_original(process(dataclasses.replace(article, text=visible)), article, kept)
