"""Stable event ids: the same sentence gives the same id, whatever the rules decide about it.

An analyst's decision (``curated/reviews.csv``) names an event by its id, so the id must
survive a rebuild, a new article next to it and a change to the extraction rules, as long
as the sentence that reports the event is the same. It is therefore derived from what the
text says, never from a counter:

``<article id>-e<8 hex digits>``, the digits being the start of the SHA-1 of

- the article id,
- the evidence sentence, normalised (:func:`pipeline.arabic.normalise_phrase`: hamza and
  alef forms, ta marbuta, alef maqsura, diacritics, tatweel; punctuation and spacing
  dropped; English lower-cased), so a re-typed hamza or an extra space keeps the id,
- the trigger word(s), normalised the same way: several events of one sentence have
  different triggers (``اشتباكات`` … ``هدنة``). The trigger is in the sentence, so a rule
  that changes the event's type, actors, place or toll keeps its id.

When two events of one article still share that key (the same trigger word twice in one
sentence), the second and later get ``-2``, ``-3``… in the order the extractor gives them.
"""

from __future__ import annotations

import hashlib
import re

from .arabic import normalise_phrase

__all__ = ["article_of", "event_id", "event_id_of_keys", "unique_event_ids"]

#: An extracted event's id: its article's id, ``-e``, 8 hex digits, and ``-2``, ``-3``… for a repeat.
_EVENT_ID = re.compile(r"(.+)-e[0-9a-f]{8}(?:-[0-9]+)?")


def _key(text: str) -> str:
    return normalise_phrase(text).lower()


def event_id(article_id: str, evidence: str, trigger: str) -> str:
    """The stable id of the event ``trigger`` reports in ``evidence`` of ``article_id``.

    Parameters
    ----------
    article_id : str
        The article's id (its file name without ``.txt``).
    evidence : str
        The sentence (or clause) that reports the event, as in the article.
    trigger : str
        The word(s) that made it an event, as in the article.

    Returns
    -------
    str
        ``<article_id>-e<8 hex digits>``; the same for the same normalised sentence and
        trigger, whatever spacing, hamza forms or diacritics they are written with.

    Examples
    --------
    >>> event_id("a1", "اشتباكات في حي طي", "اشتباكات") == event_id("a1", "اشتباكات  في حيّ طي.", "اشتباكات")
    True
    """
    return event_id_of_keys(article_id, _key(evidence), _key(trigger))


def event_id_of_keys(article_id: str, evidence_key: str, trigger_key: str) -> str:
    """:func:`event_id` from the sentence and trigger already normalised: their normalised
    tokens joined by single spaces (what ``normalise_phrase(text).lower()`` gives; the
    extractor has them, so it need not normalise each sentence again)."""
    h = hashlib.sha1("\x1f".join((article_id, evidence_key, trigger_key)).encode("utf-8")).hexdigest()
    return f"{article_id}-e{h[:8]}"


def unique_event_ids(ids: list[str]) -> list[str]:
    """Make the ids of one article distinct: a repeated id gets ``-2``, ``-3``… in order.

    Parameters
    ----------
    ids : list of str
        The :func:`event_id` of each event of one article, in extraction order.

    Returns
    -------
    list of str
        The same ids, the second and later copies of one suffixed.
    """
    seen: dict[str, int] = {}
    out = []
    for i in ids:
        seen[i] = seen.get(i, 0) + 1
        out.append(i if seen[i] == 1 else f"{i}-{seen[i]}")
    return out


def article_of(event_id: str) -> str | None:
    """The article an extracted event's id names (:func:`event_id`), None for any other id.

    Parameters
    ----------
    event_id : str
        An event id, as a link or a decision names it.

    Returns
    -------
    str or None
        ``<article id>`` of ``<article id>-e<8 hex digits>`` (with or without a ``-2``… suffix);
        None for a curated or ACLED row's id (``cur-…``, ``acled-…``) or text of no event id's form.

    Examples
    --------
    >>> article_of("20240514_7491e0c0c3f3cbf1-e6dc92ba0"), article_of("a-1-e0123abcd-2"), article_of("cur-7")
    ('20240514_7491e0c0c3f3cbf1', 'a-1', None)
    """
    m = _EVENT_ID.fullmatch(event_id)
    return m.group(1) if m else None
