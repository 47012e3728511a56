"""Search over events: one box matching event ids, types, evidence sentences, places and actors.

Arabic is matched after the pipeline's normalisation (:func:`pipeline.arabic.normalise_phrase`:
hamza and madda alef forms, ta marbuta, alef maqsura, diacritics, tatweel), so ``الأسايش``,
``الاسايش`` and ``الآسايش`` find the same events; English is matched case-insensitively.
Every word of the query must occur (in any field, in any order); a word matches inside a
longer one, so ``القامشلي`` finds ``بمدينة القامشلي``.

A word that is a place's name in one language also finds the place's name in the other
(:func:`place_synonyms`): ``حلكو`` finds an English summary that says "Halko", and ``Tayy``
an Arabic sentence that says ``حي طي`` (Arabic names are matched whole, with their ``حي``,
so a short name never matches inside another word).

The build's ``search_text`` (:mod:`pipeline.searchtext`) is searched too: the evidence of every
report merged into the event (an Arabic report's words find an event whose first evidence is
English) and the gazetteer's other names of its place (``Tell Hamis`` finds Tall Hamis).
"""

from __future__ import annotations

import pandas as pd

from pipeline.arabic import normalise_phrase

#: The event fields searched.
FIELDS = ("event_id", "event_type", "sub_event_type", "evidence", "location", "location_ar", "place_id",
          "actor1", "actor2", "assoc_actor_1", "assoc_actor_2", "mediator", "source", "notes", "trigger",
          "search_text")


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


#: Words of a place's name that say what it is, not which: left out of the English name
#: (``Tayy neighbourhood`` is found by ``tayy``).
_KIND_WORDS = frozenset({"neighbourhood", "roundabout", "village", "town", "city", "district", "area", "the"})


def place_synonyms(places: dict) -> dict[str, tuple[str, ...]]:
    """For each one-word place name (English or Arabic, normalised), every name of that place.

    Parameters
    ----------
    places : dict
        ``places.geojson`` (``name_en``, ``name_ar`` per feature).

    Returns
    -------
    dict
        Normalised word → the place's normalised names (the English name without kind words
        such as "neighbourhood"; the Arabic name whole). A word naming several places maps
        to all their names.
    """
    out: dict[str, dict[str, None]] = {}
    for feat in places.get("features", []):
        p = feat.get("properties") or {}
        en = [w for w in normalise_query(p.get("name_en") or "").split() if w not in _KIND_WORDS]
        ar = normalise_query(p.get("name_ar") or "")
        names = [n for n in (" ".join(en), ar) if n]
        if len(names) < 2:
            continue
        keys = set(names) | ({ar.split()[-1]} if ar.startswith("حي ") and len(ar.split()) == 2 else set())
        for key in keys:
            if " " not in key and len(key) >= 3:
                out.setdefault(key, {}).update(dict.fromkeys(names))
    return {k: tuple(v) for k, v in out.items()}


def query_terms(query: str, synonyms: dict[str, tuple[str, ...]] | None = None) -> list[tuple[str, ...]]:
    """The query's words, each with the other names it also matches (any one of them must occur).

    Parameters
    ----------
    query : str
    synonyms : dict, optional
        :func:`place_synonyms` of the build's places.
    """
    terms = []
    for w in normalise_query(query).split():
        alts = dict.fromkeys([w, *((synonyms or {}).get(w, ()))])
        terms.append(tuple(alts))
    return terms


def search_mask(events: pd.DataFrame, query: str, hay: pd.Series | None = None,
                synonyms: dict[str, tuple[str, ...]] | None = None) -> pd.Series:
    """Which events match ``query`` (all its words).

    Parameters
    ----------
    events : DataFrame
    query : str
        Free text in Arabic or English; empty matches everything.
    hay : Series, optional
        :func:`haystack` of a frame that contains ``events`` (same index), computed once.
    synonyms : dict, optional
        :func:`place_synonyms`: a place's name also finds its name in the other language.

    Returns
    -------
    Series of bool
        Aligned with ``events``.
    """
    terms = query_terms(query, synonyms)
    if not terms or events.empty:
        return pd.Series(True, index=events.index)
    h = (hay.reindex(events.index) if hay is not None else haystack(events)).fillna("")
    mask = pd.Series(True, index=events.index)
    for alts in terms:
        any_of = pd.Series(False, index=events.index)
        for w in alts:
            any_of |= h.str.contains(w, regex=False)
        mask &= any_of
    return mask
