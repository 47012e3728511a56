"""ACLED's vocabulary, in one place: event types and sub-types, inter codes, export columns.

Every other module imports these names from here (the curated-row checks, the ACLED
import, event extraction, truces and the app's exports); none spells them out again.
The definitions follow ACLED's codebook (``acled.md``; 25 sub-event types).
"""

from __future__ import annotations

#: ACLED event types and their sub-event types (25 sub-event types).
ACLED_TAXONOMY: dict[str, tuple[str, ...]] = {
    "Battles": ("Armed clash", "Government regains territory", "Non-state actor overtakes territory"),
    "Explosions/Remote violence": (
        "Chemical weapon", "Air/drone strike", "Suicide bomb", "Shelling/artillery/missile attack",
        "Remote explosive/landmine/IED", "Grenade",
    ),
    "Violence against civilians": ("Sexual violence", "Attack", "Abduction/forced disappearance"),
    "Protests": ("Peaceful protest", "Protest with intervention", "Excessive force against protesters"),
    "Riots": ("Violent demonstration", "Mob violence"),
    "Strategic developments": (
        "Agreement", "Arrests", "Change to group/activity", "Disrupted weapons use",
        "Headquarters or base established", "Looting/property destruction",
        "Non-violent transfer of territory", "Other",
    ),
}
#: The event types, in the codebook's order.
EVENT_TYPES: tuple[str, ...] = tuple(ACLED_TAXONOMY)
#: (event type, sub-event type) of a truce or ceasefire: ACLED codes them as agreements.
TRUCE_TYPE: tuple[str, str] = ("Strategic developments", "Agreement")
#: Event types of political violence: an event of these types during a truce breaks it.
VIOLENT_TYPES: frozenset[str] = frozenset({"Battles", "Violence against civilians", "Explosions/Remote violence"})
#: ACLED event type -> disorder type.
DISORDER_TYPES: dict[str, str] = {
    "Battles": "Political violence",
    "Explosions/Remote violence": "Political violence",
    "Violence against civilians": "Political violence",
    "Protests": "Demonstrations",
    "Riots": "Demonstrations",
    "Strategic developments": "Strategic developments",
}

#: ACLED inter codes (actor types) and their names.
INTER_CODES: dict[int, str] = {
    1: "State forces", 2: "Rebel group", 3: "Political militia", 4: "Identity militia",
    5: "Rioters", 6: "Protesters", 7: "Civilians", 8: "External/Other forces",
}
#: ACLED's inter codes as its current exports spell them (older exports give the digit).
INTER_WORDS: dict[str, int] = {
    "state forces": 1, "rebel group": 2, "rebel groups": 2, "political militia": 3, "political militias": 3,
    "identity militia": 4, "identity militias": 4, "rioters": 5, "protesters": 6, "civilians": 7,
    "external/other forces": 8, "external/other force": 8,
}
#: ACLED inter code of civilians.
INTER_CIVILIANS = 7

#: Columns every ACLED export must have (to be imported).
REQUIRED_COLUMNS: tuple[str, ...] = (
    "event_id_cnty", "event_date", "event_type", "sub_event_type", "actor1", "latitude", "longitude",
    "source", "fatalities",
)
#: ACLED columns, in the order of ``acled.md`` (the app's ACLED CSV export writes these first).
ACLED_COLUMNS: list[str] = [
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type",
    "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2",
    "interaction", "civilian_targeting", "iso", "country", "admin1", "admin2", "admin3",
    "location", "latitude", "longitude", "geo_precision", "source", "source_scale", "notes",
    "fatalities", "tags", "timestamp",
]


def taxonomy_problem(event_type: str, sub_event_type: str) -> str | None:
    """What is wrong with an event type and sub-type pair (None when ACLED has it).

    Examples
    --------
    >>> taxonomy_problem("Battles", "Armed clash") is None
    True
    >>> taxonomy_problem("Battles", "Agreement")[:50]
    "sub_event_type 'Agreement' is not one of Battles: "
    """
    if event_type not in ACLED_TAXONOMY:
        return f"unknown event_type {event_type!r}; ACLED's are: {', '.join(ACLED_TAXONOMY)}"
    if sub_event_type not in ACLED_TAXONOMY[event_type]:
        return f"sub_event_type {sub_event_type!r} is not one of {event_type}: {', '.join(ACLED_TAXONOMY[event_type])}"
    return None


def disorder_type(event_type: str) -> str:
    """ACLED disorder type of an event type ("" for an unknown type).

    Parameters
    ----------
    event_type : str

    Returns
    -------
    str
    """
    return DISORDER_TYPES.get(str(event_type or ""), "")


def interaction_code(inter1: int | None, inter2: int | None) -> int | None:
    """ACLED interaction code: the two inter codes, lower digit first.

    Parameters
    ----------
    inter1, inter2 : int or None
        ACLED inter codes (1-8).

    Returns
    -------
    int or None
        ``13`` for 1 and 3 (or 3 and 1); a sole actor with code 2 gives ``20``;
        None if neither code is known.

    Examples
    --------
    >>> interaction_code(3, 1), interaction_code(2, None), interaction_code(None, None)
    (13, 20, None)
    """
    codes = sorted(c for c in (inter1, inter2) if c is not None)
    if not codes:
        return None
    if len(codes) == 1:
        return codes[0] * 10
    return codes[0] * 10 + codes[1]
