"""Search over events: one box matching event ids, types, evidence sentences, places and actors.

Arabic is matched after the pipeline's normalisation (:func:`pipeline.arabic.normalise_phrase`:
hamza and madda alef forms, ta marbuta, alef maqsura, diacritics, tatweel), so ``الأسايش``,
``الاسايش`` and ``الآسايش`` find the same events; English is matched case-insensitively.
Every word of the query must occur (in any field, in any order); a word matches inside a
longer one, so ``القامشلي`` finds ``بمدينة القامشلي``.
"""

from __future__ import annotations

import pandas as pd

from pipeline.arabic import normalise_phrase

#: The event fields searched.
FIELDS = ("event_id", "event_type", "sub_event_type", "evidence", "location", "location_ar", "place_id",
          "actor1", "actor2", "assoc_actor_1", "assoc_actor_2", "mediator", "source", "notes", "trigger")


def normalise_query(text: str) -> str:
    """A query or field as it is compared: normalised Arabic, lower-case, words separated by one space."""
    return normalise_phrase(str(text or "")).lower()


def haystack(events: pd.DataFrame) -> pd.Series:
    """Each event's searchable text, normalised (compute once per dataset and pass to :func:`search_mask`)."""
    if events.empty:
        return pd.Series([], dtype=object, index=events.index)
    cols = [c for c in FIELDS if c in events]
    joined = events[cols].fillna("").astype(str).agg(" \u2016 ".join, axis=1)
    return joined.map(lambda s: " " + normalise_query(s) + " ")


def search_mask(events: pd.DataFrame, query: str, hay: pd.Series | None = None) -> pd.Series:
    """Which events match ``query`` (all its words).

    Parameters
    ----------
    events : DataFrame
    query : str
        Free text in Arabic or English; empty matches everything.
    hay : Series, optional
        :func:`haystack` of a frame that contains ``events`` (same index), computed once.

    Returns
    -------
    Series of bool
        Aligned with ``events``.
    """
    words = normalise_query(query).split()
    if not words or events.empty:
        return pd.Series(True, index=events.index)
    h = (hay.reindex(events.index) if hay is not None else haystack(events)).fillna("")
    mask = pd.Series(True, index=events.index)
    for w in words:
        mask &= h.str.contains(w, regex=False)
    return mask
