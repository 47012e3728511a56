"""The text the app's search matches beyond an event's own fields, made once by the build.

A merged event's ``evidence`` is its first report's sentence (:mod:`pipeline.merge`); the
other reports' sentences (an Arabic outlet's beside an English one's) live in ``reports``.
:func:`search_text` joins every report's evidence and the gazetteer's other names of the
event's place (``Tal Hmis``, ``Tell Hamis`` for Tall Hamis), so the app searches them
without reading the nested reports or the gazetteer (:mod:`mapapp.search`).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

#: What separates the parts of :func:`search_text` (a query's words never span it).
SEPARATOR = " \u2016 "


def search_text(event: Mapping[str, Any], gaz: Any = None) -> str:
    """Every report's evidence of ``event`` and the other names of its place, once each.

    Parameters
    ----------
    event : mapping
        A merged event record (``evidence``, ``reports``, ``place_id``).
    gaz : Gazetteer, optional
        The build's gazetteer (:func:`pipeline.gazetteer.load_geo_dir`); without it, no names.

    Returns
    -------
    str
        The texts joined by :data:`SEPARATOR`; the event's own ``evidence`` is left out
        (the app searches it already), so an event of one report and no aliases has ``""``.
    """
    own = str(event.get("evidence") or "")
    parts: dict[str, None] = {}
    for report in event.get("reports") or ():
        text = str((report or {}).get("evidence") or "").strip()
        if text and text != own:
            parts[text] = None
    place = getattr(gaz, "places", {}).get(event.get("place_id") or "") if gaz is not None else None
    if place is not None:
        shown = {str(event.get("location") or ""), str(event.get("location_ar") or "")}
        for name in (place.name_en, place.name_ar, *place.aliases):
            if name and name not in shown:
                parts[name] = None
    return SEPARATOR.join(parts)
