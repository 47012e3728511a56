"""An analyst's decision in words: who, when, and what the correction replaced.

Used by the map's popups (:func:`mapapp.mapview.review_line`) and the Review page's table
(:func:`mapapp.reviewview.field_rows`). An event's ``extracted`` (:func:`pipeline.reviews.apply_reviews`)
holds the corrected fields as extracted, ids included (``place_id tayy``); beside a place or an
actor id it keeps the name the event had (``location``, ``actor1``, ``actor2``), which is what is
shown: "extracted: Tayy", not the internal id.
"""

from __future__ import annotations

import datetime as dt
import math
from typing import Any

from pipeline.reviews import CORRECTABLE, NAME_FIELDS, RESTORED_REASON


def _missing(v: Any) -> bool:
    return v is None or (isinstance(v, float) and math.isnan(v)) or v == ""


def reviewed_when(stamp: Any) -> str:
    """``reviewed_at`` (``2026-12-06T04:31:07+00:00``) as ``6 Dec 2026 04:31 UTC`` (empty when missing;
    a stamp that is no date-time is shown as written)."""
    if _missing(stamp):
        return ""
    try:
        t = dt.datetime.fromisoformat(str(stamp))
    except ValueError:
        return str(stamp)
    if t.tzinfo is not None:
        t = t.astimezone(dt.UTC)
    return f"{t.day} {t:%b %Y %H:%M} UTC"


def extracted_value(was: dict, field: str) -> str:
    """One field as extracted, in words: a place or actor by its name (its id only when no name was kept)."""
    if field in NAME_FIELDS and not _missing(was.get(NAME_FIELDS[field])):
        return str(was[NAME_FIELDS[field]])
    v = was.get(field)
    return "" if _missing(v) else str(int(v)) if isinstance(v, float) and v.is_integer() else str(v)


def _item(was: dict, field: str) -> str:
    v = extracted_value(was, field)
    if field == "place_id":
        return v or "no place"
    if field in ("actor1_id", "actor2_id"):
        return f"actor {field[5]}: {v or 'none'}"
    if field == "fatalities":
        return f"{v or 0} killed"
    if field == "injuries":
        return f"{v} injured" if v else "injuries not reported"
    if field in ("date_from", "date_to"):
        return f"{'from' if field == 'date_from' else 'to'} {v}"
    return v or "—"  # an event type or sub-event type names itself


def extracted_words(was: Any) -> str:
    """The values a correction replaced, in the order of the form: ``Tayy, 2 killed`` (empty: none)."""
    if not isinstance(was, dict):
        return ""
    return ", ".join(_item(was, k) for k in CORRECTABLE if k in was)


def reason_words(reason: Any) -> str:
    """The analyst's own reason for a decision, on one line (empty when none was given): ``review_reason``
    as written, or, for an event restored from the set-aside list, the words after what the build says of
    the restore (``restored from the set-aside list (sentence score 0.02): <why>`` gives ``<why>``)."""
    if not isinstance(reason, str):
        return ""
    if reason.startswith(RESTORED_REASON):
        reason = reason.partition(": ")[2]
    return " ".join(reason.split())


def decision_words(r: dict) -> str:
    """``corrected by NAME on 6 Dec 2026 04:31 UTC (extracted: Tayy); reason: SOHR's later count``;
    ``confirmed by NAME on …`` (``…, restored from the set-aside list`` for an event the sentence model had
    set aside); ``curated`` for an analyst's own row; empty for an unreviewed event. The reason is the
    analyst's, when they gave one (:func:`reason_words`). Plain text: the caller escapes it for its page."""
    status = r.get("review_status") if isinstance(r.get("review_status"), str) else ""
    if not status or status == "unreviewed":
        return ""
    if status == "curated":
        return "curated"
    who = r.get("reviewed_by") if isinstance(r.get("reviewed_by"), str) else ""
    when = reviewed_when(r.get("reviewed_at"))
    text = status + (f" by {who}" if who else "") + (f" on {when}" if when else "")
    reason = r.get("review_reason")
    if isinstance(reason, str) and reason.startswith(RESTORED_REASON):
        text += ", " + RESTORED_REASON
    was = extracted_words(r.get("extracted"))
    why = reason_words(reason)
    return text + (f" (extracted: {was})" if was else "") + (f"; reason: {why}" if why else "")


#: Each correctable field in an analyst's words.
FIELD_LABELS = {"event_type": "type", "sub_event_type": "sub-event type", "date_from": "from", "date_to": "to",
                "place_id": "place", "actor1_id": "actor 1", "actor2_id": "actor 2", "fatalities": "killed",
                "injuries": "injured"}


def change_words(changes: dict, was: dict, name) -> str:
    """The correction being made, in words: ``place: Tayy neighbourhood → Qamishli International Airport,
    killed: 2 → 3``. ``name(field, value)`` names a place or actor id (the gazetteer's, the actor table's)."""
    def shown(k: str, v: Any) -> str:
        if _missing(v):
            return "none" if k != "injuries" else "not reported"
        return str(name(k, v)) if k in NAME_FIELDS else str(v)

    return ", ".join(f"{FIELD_LABELS.get(k, k)}: {shown(k, was.get(k))} → {shown(k, v)}" for k, v in changes.items())
