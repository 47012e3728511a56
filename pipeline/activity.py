"""When things happen: the days events begin, the episodes of activity, the latest window.

Run once per build on the merged events and the zones (:func:`activity_output`, called by
:func:`pipeline.build.build`); the result is ``build/activity.json``. The app reads its
``latest`` window for its default date range (Play asks the event store for its days under the
filters in force, :func:`mapapp.playback.stop_days`).

*Episodes*. Every event covers its days ``date_from..date_to``, and a change of control
(a zone's first day, the day after its last) its day; those that lie within
:data:`EPISODE_GAP_DAYS` empty days of each other belong to one episode (April 2021 is one;
a report of March 2024 is another).

*The latest window* (the app's default range): the last episode, or its last
:data:`WINDOW_DAYS` days when it is longer. Data that span years open on their latest
activity, not on years of mostly empty days.

``activity.json``::

    {"episode_gap_days": 7, "window_days": 14,
     "days": [{"day": "2021-04-20", "events": 4}, ...],     # days events begin, with their count
     "episodes": [{"from": "2021-04-20", "to": "2021-04-29", "events": 36}, ...],
     "latest": {"from": "2021-04-20", "to": "2021-04-29"}}  # null without events

Older builds also hold ``play_days`` and ``play_gap_days``, which nothing reads (the app loads them as before).
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Collection, Mapping, Sequence
from typing import Any

import orjson

#: Empty days that may separate two events of one episode.
EPISODE_GAP_DAYS = 7
#: The longest default window, in days (the end of the last episode and the days before it).
WINDOW_DAYS = 14


def _day(v: Any) -> dt.date | None:
    if v is None or v == "":
        return None
    if isinstance(v, dt.datetime):
        return v.date()
    if isinstance(v, dt.date):
        return v
    try:
        return dt.date.fromisoformat(str(v)[:10])
    except ValueError:
        return None


def event_days(event: Mapping[str, Any]) -> tuple[dt.date, dt.date] | None:
    """An event's first and last day (``date_from``/``date_to``, else ``event_date``), in order."""
    a = _day(event.get("date_from")) or _day(event.get("event_date"))
    b = _day(event.get("date_to")) or a
    if a is None or b is None:
        return None
    return (a, b) if a <= b else (b, a)


def episodes(spans: Sequence[tuple[dt.date, dt.date]], gap_days: int = EPISODE_GAP_DAYS,
             changes: Collection[dt.date] = ()) -> list[dict]:
    """Runs of events (and changes of control) whose days lie within ``gap_days`` empty days of each other.

    Parameters
    ----------
    spans : sequence of (date, date)
        Each event's first and last day.
    gap_days : int
    changes : collection of date
        Days control changes (:func:`zone_change_days`): activity too, though no event.

    Returns
    -------
    list of dict
        ``{"from", "to", "events"}`` (dates; the events counted), oldest first.
    """
    out: list[dict] = []
    items = sorted([(a, b, 1) for a, b in spans] + [(d, d, 0) for d in changes])
    for a, b, n in items:
        if out and (a - out[-1]["to"]).days - 1 <= gap_days:
            out[-1]["to"] = max(out[-1]["to"], b)
            out[-1]["events"] += n
        else:
            out.append({"from": a, "to": b, "events": n})
    return out


def latest_window(eps: Sequence[Mapping[str, Any]], window_days: int = WINDOW_DAYS) -> tuple[dt.date, dt.date] | None:
    """The default range: the last episode, at most its last ``window_days`` days."""
    if not eps:
        return None
    last = eps[-1]
    return max(last["from"], last["to"] - dt.timedelta(days=window_days - 1)), last["to"]


def zone_change_days(zones_fc: Mapping[str, Any] | None) -> set[dt.date]:
    """The days control changes on the map: a zone's first day, and the day after its last."""
    days: set[dt.date] = set()
    for f in (zones_fc or {}).get("features", []):
        p = f.get("properties", {})
        if (d := _day(p.get("valid_from"))) is not None:
            days.add(d)
        if (d := _day(p.get("valid_to"))) is not None:
            days.add(d + dt.timedelta(days=1))
    return days


def activity(events: Sequence[Mapping[str, Any]], zones_fc: Mapping[str, Any] | None = None) -> dict:
    """The contents of ``activity.json`` (see the module's docstring), JSON-ready."""
    spans = [s for s in map(event_days, events) if s is not None]
    starts = Counter(a for a, _ in spans)
    changes = zone_change_days(zones_fc)
    eps = episodes(spans, changes=changes)
    latest = latest_window(eps)
    iso = dt.date.isoformat
    return {
        "episode_gap_days": EPISODE_GAP_DAYS, "window_days": WINDOW_DAYS,
        "days": [{"day": iso(d), "events": n} for d, n in sorted(starts.items())],
        "episodes": [{"from": iso(e["from"]), "to": iso(e["to"]), "events": e["events"]} for e in eps],
        "latest": {"from": iso(latest[0]), "to": iso(latest[1])} if latest else None,
    }


def activity_output(events: Sequence[Mapping[str, Any]], zones_geojson: bytes | None = None) -> dict[str, bytes]:
    """Build hook: ``{"activity.json": ...}`` from the merged events and the built ``zones.geojson``."""
    zones_fc = orjson.loads(zones_geojson) if zones_geojson else None
    return {"activity.json": orjson.dumps(activity(events, zones_fc))}
