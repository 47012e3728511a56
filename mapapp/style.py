"""Colours and shapes shared by the map, the legend, the timeline and static exports.

One place so that a clash is the same red on the map, in the legend and in the chart.
Colours are distinguishable for common colour-vision deficiencies (Okabe–Ito based).
"""

from __future__ import annotations

#: ACLED event type -> drawing style. ``shape`` is used by the legend and static maps.
EVENT_STYLE: dict[str, dict[str, str]] = {
    "Battles": {"color": "#D55E00", "shape": "circle", "label": "Battle / armed clash"},
    "Violence against civilians": {"color": "#CC79A7", "shape": "diamond", "label": "Violence against civilians"},
    "Explosions/Remote violence": {"color": "#E69F00", "shape": "triangle", "label": "Explosion / remote violence"},
    "Strategic developments": {"color": "#0072B2", "shape": "square", "label": "Strategic development"},
    "Protests": {"color": "#009E73", "shape": "circle", "label": "Protest"},
    "Riots": {"color": "#56B4E9", "shape": "circle", "label": "Riot"},
}
#: Sub-event types that get their own colour within Strategic developments.
SUB_EVENT_STYLE: dict[str, dict[str, str]] = {
    "Agreement": {"color": "#009E73", "shape": "square", "label": "Truce / agreement"},
}
DEFAULT_EVENT = {"color": "#555555", "shape": "circle", "label": "Other"}

#: Controller (actor id) -> zone colour.
CONTROLLER_COLORS: dict[str, str] = {
    "sdf": "#F0C808",
    "asayish": "#F0C808",
    "aanes": "#F0C808",
    "syrian_government": "#C0392B",
    "ndf": "#8E2A1F",
    "russia": "#6C5B7B",
}
CONTROLLER_LABELS: dict[str, str] = {
    "sdf": "SDF / AANES (incl. Asayish)",
    "syrian_government": "Government of Syria (incl. NDF)",
}
#: Truce status -> colour (the timeline's bands and legend); each its own, each at least 3:1 against white (WCAG 1.4.11):
#: "probably broken" is a band after a violation that is only presumed (same day, time unknown).
TRUCE_STATUS_COLORS = {"held": "#009E73", "in force": "#2F88C4", "extended": "#AA4499", "probably broken": "#9A6A00",
                       "broken": "#D55E00", "unknown": "#767676"}


def event_style(event_type: str, sub_event_type: str = "") -> dict[str, str]:
    """Style for an event: sub-event override, then event type, then the default."""
    return SUB_EVENT_STYLE.get(sub_event_type) or EVENT_STYLE.get(event_type) or DEFAULT_EVENT
