"""Following an event link (``?event=ID``, the Review page's ``?review=ID``) to the event it names now.

Analysts paste event links into notes and briefings, so a link must not die when evidence is
added. :func:`follow` looks the id up in the build: an event's own id opens it; an id merged into
another event (a second outlet's report of the same event, which may give the merged event its
id) opens that event, with a note that it now combines several reports; an id that is truly gone
gets a note whose cause is right, from the build's ``event_links.parquet``
(:mod:`pipeline.eventlinks`, through :meth:`mapapp.store.EventStore.link`) and its articles:

- rejected by a reviewer (who, when, why; restorable on the Review page);
- set aside by screening (restorable from the Articles view, linked);
- its article removed from the data, or still there but no longer giving it (reworded, or
  the rules no longer read an event in its sentence);
- an analysts' or ACLED row no longer in ``curated/``;
- unknown when a newer build replaced the links file under the page ("reload: a newer build is out").

An event link carries the event's days (``?view=Map&event=ID&from=…&to=…``, :func:`link_query`), so
it opens on a range that shows the event whatever the data's latest activity is then; a link whose
dates do not contain its event (a link made before links carried dates, or edited by hand) opens
on the event's days instead, and says so (:func:`range_for_link`). A link to an event that
combines several reports says that it was merged (:func:`combined_note`).

Computes without Streamlit; the Map (``app.py``) and the Review page show the note.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field

import pandas as pd

from pipeline.ids import article_of

from .store import EventStore, StoreError
from .textsafe import md_safe, query_link

#: :attr:`Followed.cause` of a link that opens an event.
OPENS = ("event", "merged")


@dataclass(frozen=True)
class Followed:
    """Where a link's event id leads in this build.

    Attributes
    ----------
    asked : str
        The id the link names.
    event_id : str or None
        The event to open (the id itself, or the event it was merged into); None when it is gone.
    cause : str
        ``event`` (its own id), ``merged``, ``rejected``, ``set aside``, ``article removed``,
        ``article changed``, ``row removed`` (an analysts' or ACLED row) or ``unknown``.
    note : str
        What to tell the analyst, as Markdown (the build's texts escaped); for an event's own id, empty
        unless the event combines several reports (:func:`combined_note`).
    row : DataFrame
        The event opened (one row of the events frame), empty when it is gone.
    """

    asked: str
    event_id: str | None
    cause: str
    note: str
    row: pd.DataFrame = field(default_factory=pd.DataFrame, compare=False, repr=False)


def follow(store: EventStore, articles: Sequence[dict], event_id: str) -> Followed:
    """The event a link's id opens in this build, or why it opens none.

    Parameters
    ----------
    store : EventStore
        The build's events (its ``event_links.parquet`` through :meth:`EventStore.link`).
    articles : sequence of dict
        The build's articles (``articles.json``): is a gone event's article still in the data?
    event_id : str
        The id the link names.

    Returns
    -------
    Followed
    """
    row = store.event_rows([event_id])
    if not row.empty:  # its own id; a merged event's says so
        return Followed(event_id, event_id, "event", combined_note(event_id, row.iloc[0]), row)
    try:
        found = store.link(event_id)
    except StoreError:  # its event_links.parquet replaced by a newer build (the folder swapped)
        return Followed(event_id, None, "unknown",
                        f"No event {md_safe(event_id)} in this build: reload: a newer build is out.")
    status = (found or {}).get("status")
    if status == "merged" and found and found.get("event_id"):
        row = store.event_rows([found["event_id"]])
        if not row.empty:
            return Followed(event_id, found["event_id"], "merged", merged_note(event_id, row.iloc[0]), row)
    if status == "rejected" and found:
        return Followed(event_id, None, "rejected", rejected_note(event_id, found))
    if status == "set_aside" and found:
        return Followed(event_id, None, "set aside", set_aside_note(event_id, found))
    cause, note = _gone(event_id, articles, store.has_links)
    return Followed(event_id, None, cause, note)


def event_days(row: pd.Series | dict) -> tuple[dt.date, dt.date] | None:
    """An event's first and last day (its ``date_from``/``date_to``, else ``event_date``), or None."""
    def day(v) -> dt.date | None:
        if isinstance(v, dt.date):
            return v
        try:
            return dt.date.fromisoformat(str(v)[:10]) if v is not None and v == v else None
        except ValueError:
            return None

    a = day(row.get("date_from")) or day(row.get("event_date"))
    b = day(row.get("date_to")) or a
    if a is None or b is None:
        return None
    return (a, b) if a <= b else (b, a)


def link_query(event_id: str, days: tuple[dt.date, dt.date] | None) -> dict[str, str]:
    """The URL parameters of a link to one event: the Map, the event, and its days as the range
    (a link without them opened on whatever range was the latest activity when it was followed)."""
    q = {"view": "Map", "event": str(event_id)}
    if days is not None:
        q.update({"from": days[0].isoformat(), "to": days[1].isoformat()})
    return q


def covering(days: Sequence[tuple[dt.date, dt.date]], bounds: tuple[dt.date, dt.date],
             pad_days: int = 1) -> tuple[dt.date, dt.date] | None:
    """The range that shows every one of ``days`` (events' first and last days), padded by ``pad_days``
    as the opening range is and kept in ``bounds``; None for no days."""
    if not days:
        return None
    lo, hi = bounds
    pad = dt.timedelta(days=pad_days)
    a = min(max(min(d[0] for d in days) - pad, lo), hi)
    b = max(min(max(d[1] for d in days) + pad, hi), lo)
    return (a, b) if a <= b else (b, a)


def overlaps(days: tuple[dt.date, dt.date] | None, date_from: dt.date, date_to: dt.date) -> bool:
    """Whether an event of ``days`` is shown on the range (the views' rule: the ranges overlap)."""
    return days is not None and days[0] <= date_to and days[1] >= date_from


def day_span(days: tuple[dt.date, dt.date] | None) -> str:
    """``21 Apr 2021``, or ``20 Apr 2021 → 22 Apr 2021`` for several days ("date unknown" for None)."""
    if days is None:
        return "date unknown"
    a, b = days
    return f"{a:%d %b %Y}" if a == b else f"{a:%d %b %Y} → {b:%d %b %Y}"


def range_for_link(event_id: str, days: tuple[dt.date, dt.date] | None, shown: tuple[dt.date, dt.date],
                   bounds: tuple[dt.date, dt.date], had_dates: bool) -> tuple[tuple[dt.date, dt.date], str]:
    """The range an event link opens on, and what to tell the analyst when it is not the link's own.

    Parameters
    ----------
    event_id : str
        The event the link opens (after :func:`follow`).
    days : (date, date) or None
        Its days (:func:`event_days`).
    shown : (date, date)
        The range the link gives (its dates, or the opening range when it has none).
    bounds : (date, date)
        The data's range.
    had_dates : bool
        Whether the link named dates.

    Returns
    -------
    ((date, date), str)
        ``shown`` and "" when the event lies in it; else the event's days (:func:`covering`) and a note
        (plain text: the caller escapes it, as the link's other notes):
        "Event … (21 Apr 2021) lies outside this link's dates (18 Jun 2024 → 03 Jul 2024): showing
        20 Apr 2021 → 22 Apr 2021, the event's days, instead."
    """
    if days is None or overlaps(days, *shown):
        return shown, ""
    moved = covering([days], bounds)
    if moved is None or not overlaps(days, *moved):
        return shown, ""
    asked = (f"this link's dates ({day_span(shown)})" if had_dates else
             f"the range the app opens on ({day_span(shown)}; the link names no dates)")
    return moved, (f"Event {event_id} ({day_span(days)}) lies outside {asked}: showing {day_span(moved)}, "
                   "the event's days, instead.")


def opening_range(store: EventStore, articles: Sequence[dict], event_id: str, shown: tuple[dt.date, dt.date],
                  bounds: tuple[dt.date, dt.date], had_dates: bool) -> tuple[tuple[dt.date, dt.date], str]:
    """The range a session opened on an event link starts on (:func:`range_for_link` of the event the id
    leads to now, :func:`follow`), and the note saying why when it is not the link's own range."""
    followed = follow(store, articles, event_id)
    if followed.event_id is None or followed.row.empty:
        return shown, ""
    return range_for_link(followed.event_id, event_days(followed.row.iloc[0]), shown, bounds, had_dates)


def combined_note(event_id: str, event: pd.Series) -> str:
    """Markdown: the linked event is itself the result of a merge (it combines several reports, or
    analysts' rows), with the ids merged into it; "" for an event of one report."""
    raw = event.get("merged_ids")
    if isinstance(raw, str) and raw.lstrip().startswith("["):
        import json

        try:
            raw = json.loads(raw)
        except ValueError:
            pass
    listed = raw.split(";") if isinstance(raw, str) else list(raw) if hasattr(raw, "__iter__") else []
    others = [str(i).strip() for i in listed if str(i).strip() and str(i).strip() != str(event_id)]
    if not others:
        return ""
    from .reportwords import report_counts, sourcing_words

    combines = sourcing_words(event) if report_counts(event)[0] > 1 else "several sentences of one article"
    shown = ", ".join(md_safe(i) for i in others[:4]) + (f" and {len(others) - 4} more" if len(others) > 4 else "")
    return f"Event {md_safe(event_id)} was merged: it combines {combines} (merged with {shown})."


def merged_note(asked: str, event: pd.Series) -> str:
    """Markdown: the linked id was merged into ``event``, which now combines its reports."""
    from .reportwords import report_counts, sourcing_words

    if report_counts(event)[0] > 1:
        combines = f"this event now combines {sourcing_words(event)}"
        return (f"Event {md_safe(asked)} was merged with another report of the same event: {combines}. "
                "The link keeps opening it.")
    return (f"Event {md_safe(asked)} was merged with another sentence of its article that reports the same event "
            "(this event). The link keeps opening it.")


def rejected_note(asked: str, found: dict) -> str:
    """Markdown: the linked event was rejected, by whom and when when the build says, and why."""
    from .reviewtext import reviewed_when  # (pipeline.reviews: not on the Map's first load)

    who = str(found.get("reviewed_by") or "").strip()
    when = reviewed_when(found.get("reviewed_at"))
    reason = str(found.get("reason") or "").strip()
    by = f"rejected by {md_safe(who)}" if who else "rejected by a reviewer"
    return (f"Event {md_safe(asked)} is not on the map: {by}" + (f" on {md_safe(when)}" if when else "")
            + (f" (reason: {md_safe(reason)})" if reason else "")
            + ". A reviewer can restore it on the Review page, under Rejected events.")


def set_aside_note(asked: str, found: dict) -> str:
    """Markdown: the linked event was set aside by screening, and where to restore it."""
    article = str(found.get("article_id") or "") or article_of(asked) or ""
    score = found.get("sentence_score")
    scored = f"; sentence score {score:.2f}" if isinstance(score, float) and score == score else ""
    where = (f" from the Articles view: [article {md_safe(article)}]({query_link(view='Articles', article=article)})"
             if article else " from the Articles view")
    return (f"Event {md_safe(asked)} is not on the map: set aside by screening (the rules made it, but its sentence "
            f"reads as no new event{scored}). If it is a real event, restore it{where}.")


def _gone(asked: str, articles: Sequence[dict], listed: bool) -> tuple[str, str]:
    """The cause and note of an id no event has and the build does not list (``listed``: the build lists
    merged, rejected and set-aside ids; an older build does not, and its causes are only possible ones)."""
    from pipeline.acled import ID_PREFIX as ACLED_PREFIX  # (not on the Map's first load)
    from pipeline.curated import ID_PREFIX as CURATED_PREFIX

    head = f"No event {md_safe(asked)} in this build"
    if not listed:
        return "unknown", (f"{head}: it may have been merged, rejected, set aside by screening, or its article "
                           "removed or changed (this build is older than its list of such ids: rebuild it to know "
                           "which).")
    if asked.startswith(CURATED_PREFIX):
        return "row removed", f"{head}: no analysts' row (curated/events.csv) has this id now."
    if asked.startswith(ACLED_PREFIX):
        return "row removed", f"{head}: no row of the ACLED imports (curated/acled/) has this id now."
    article = article_of(asked)
    if article is None:
        return "unknown", f"{head}: it is no event id this build knows."
    if not any(a.get("id") == article for a in articles):
        return "article removed", f"{head}: its article {md_safe(article)} is no longer in the data (removed)."
    return "article changed", (f"{head}: its article {md_safe(article)} no longer gives this event: the article is "
                               "still in the data, but the sentence that reported it was reworded or removed (or "
                               "the rules no longer read an event in it).")


__all__ = ["OPENS", "Followed", "combined_note", "covering", "day_span", "event_days", "follow", "link_query", "merged_note", "opening_range",
           "overlaps", "range_for_link", "rejected_note", "set_aside_note"]
