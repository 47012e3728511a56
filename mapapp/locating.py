"""What an approximate location is, in one rule: the map's hollow symbols, its legend, the About page,
the popups and the ACLED CSV's ``approximate``/``location_note`` columns all say it from here.

An event's location is **approximate** (``approximate`` in the build, drawn as a hollow, dashed symbol)
when its point is not a cited point of the place it happened at, whatever its ``geo_precision``:

- the place has no cited point of its own: it is drawn at its parent's point, or in an approximate area
  built from the position the reports give ("south of the city"; ``geo_precision`` 2-3). Places without
  a cited point share that point (Tayy, Halko and the Railway roundabout): the project never invents a
  coordinate;
- the name is not in the gazetteer: the event is drawn at the enclosing area the text gives;
- the event was reported near the place, not at it ("قرب قرية تل زيوان"): the place's cited point,
  ``geo_precision`` 1.

``geo_precision`` alone does not decide it: a region drawn at its own cited point (a subdistrict's
centroid, precision 3) is solid. Nothing here imports Streamlit.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

#: The legend's entry for a hollow, dashed symbol.
HOLLOW_LEGEND = ("approximate location: the place has no cited point, its name is not in the gazetteer, "
                 "or the event was reported near it (the popup says which)")
#: The rule as the About page (and the README) state it.
HOLLOW_RULE = ("**Hollow, dashed symbols** mark an approximate location, whatever the precision: the place "
               "has no cited point of its own (drawn at its parent's point or in an approximate area built from "
               "the position the reports give: precision 2–3), its name is not in the gazetteer (drawn at the "
               "enclosing area the text gives), or the event was reported near the place, not at it (precision 1: "
               "the place's cited point); the popup says which. Places without a cited point share their point "
               "(Tayy, Halko and the Railway roundabout): the project never invents a coordinate. The ACLED CSV "
               "says which rows are approximate, and why (`approximate`, `location_note`).")

_AREA = re.compile(r"^approximate: (?P<where>.+?) as reported\b")
_SHOWN_AT = re.compile(r"shown at (?P<where>.+?)\s*$")


def is_approximate(row: Mapping[str, Any]) -> bool:
    """Whether an event's location is approximate (its ``approximate`` flag; missing is not)."""
    value = row.get("approximate")
    try:
        return bool(value) and value == value  # NaN and None are not
    except (TypeError, ValueError):  # pd.NA
        return False


def approximate_reason(row: Mapping[str, Any], place: Mapping[str, Any] | None = None) -> str:
    """Why an event's location is approximate, in words; ``""`` when it is not.

    Parameters
    ----------
    row : mapping
        The event (``approximate``, ``location``, ``unresolved_name``, ``geo_precision``).
    place : mapping, optional
        Its place's properties in ``places.geojson`` (``approximate``, ``basis``); without them a place
        with no cited point is told from the event's precision (2-3).

    Returns
    -------
    str
        ``"'خربة X' is not in the gazetteer: shown at Qamishli"``; ``"no cited point of its own, drawn in
        the area reported (south of Qamishli)"``, ``"no cited point of its own, shown at Tayy
        neighbourhood"``; ``"reported near Tal Ziwan, not at it"``.

    Examples
    --------
    >>> approximate_reason({"approximate": True, "location": "Tal Ziwan", "geo_precision": 1})
    'reported near Tal Ziwan, not at it'
    >>> approximate_reason({"approximate": False, "location": "Qamishli"})
    ''
    """
    if not is_approximate(row):
        return ""
    where = row.get("location") if isinstance(row.get("location"), str) and row.get("location") else "its place"
    name = row.get("unresolved_name")
    if isinstance(name, str) and name.strip():
        return f"'{name.strip()}' is not in the gazetteer: shown at {where}"
    try:
        precision = int(row.get("geo_precision"))  # type: ignore[arg-type]
    except (TypeError, ValueError):
        precision = 0
    place_uncited = bool(place.get("approximate")) if place is not None else precision >= 2
    if not place_uncited:
        return f"reported near {where}, not at it"
    basis = str((place or {}).get("basis") or "")
    area, shown = _AREA.match(basis), _SHOWN_AT.search(basis)
    if area:
        return f"no cited point of its own, drawn in the area reported ({area['where']})"
    if shown:
        return f"no cited point of its own, shown at {shown['where']}"
    return "no cited point of its own"


#: The country's row in the gazetteer: a place with it among its ancestors is in Syria.
SYRIA_ID = "syria"


def places_index(places_fc: Mapping | None) -> dict[str, dict[str, Any]]:
    """place_id -> properties, from a places FeatureCollection (``places.geojson``)."""
    index: dict[str, dict[str, Any]] = {}
    for feature in (places_fc or {}).get("features", []) or []:
        props = feature.get("properties") or {}
        pid = props.get("place_id") or feature.get("id")
        if pid:
            index[str(pid)] = props
    return index


def place_chain(place_id: str, index: Mapping[str, Mapping[str, Any]]) -> list[str]:
    """The place and its parents, nearest first (cycle-safe), from :func:`places_index`."""
    chain: list[str] = []
    pid = place_id
    while pid and pid in index and pid not in chain:
        chain.append(pid)
        pid = str(index[pid].get("parent") or "")
    return chain


def in_syria(place_id: str, index: Mapping[str, Mapping[str, Any]]) -> bool:
    """Whether a place lies in Syria (:data:`SYRIA_ID` among :func:`place_chain`): Nusaybin does not."""
    return SYRIA_ID in place_chain(place_id, index)
