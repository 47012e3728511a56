"""The Review page: an analyst confirms, corrects, rejects or merges the events the pipeline extracted,
and restores an event rejected by mistake.

The queue lists events newest first (unreviewed by default), filterable by date, type and
article. For the chosen event it shows the sentence with its places, actors, dates and
trigger highlighted, the proposed fields, the rule that made it and its confidence, and a
form for the decision. A decision is written by :func:`pipeline.reviews.record_decision`
(validated, ``curated/reviews.csv`` rewritten atomically), never into the article or the
shipped data; the app then rebuilds (the reviews file is a build input) and the map shows the
event with its new status.

The page reads through the event store's queries (:meth:`mapapp.store.EventStore.review_queue`,
``status_counts``, ``near``): the newest :data:`QUEUE_PAGE` events of the queue and the chosen
event's merge candidates, never the whole events frame; :func:`queue` and :func:`merge_candidates`
are the same selections over a frame (the queries are tested against them).

The helpers above :func:`render` compute without Streamlit (tested in ``tests/test_reviewview.py``).
"""

from __future__ import annotations

import datetime as dt
import html
import math
from typing import Any

import pandas as pd

from . import layout
from .eventstable import table_height
from .further import further_html, further_sentences
from .textsafe import html_block, md_safe

STATUS_CHOICES = ("unreviewed", "confirmed", "corrected", "curated", "all")
#: How many events of the queue the page lists (newest first): a selectbox of 100k choices is not usable.
QUEUE_PAGE = 500


def queue(events: pd.DataFrame, status: str = "unreviewed", date_from: dt.date | None = None,
          date_to: dt.date | None = None, types: tuple[str, ...] = (), article: str = "") -> pd.DataFrame:
    """The events to review, newest first by the day they began (:func:`mapapp.mapview.newest_first`,
    the Feed's, popup's and list's order: a clash that began three days ago and ended today comes
    after a strike of today).

    Parameters
    ----------
    events : DataFrame
        :func:`mapapp.data.events_frame` rows.
    status : str
        A ``review_status`` or ``"all"``.
    date_from, date_to : datetime.date, optional
        Keep events whose date range overlaps these days.
    types : tuple of str
        Event types (empty: all).
    article : str
        An article id (empty: all): its events, including those merged with other reports.
    """
    if events.empty:
        return events
    mask = pd.Series(True, index=events.index)
    if status != "all":
        mask &= events["review_status"] == status
    if date_from is not None:
        mask &= events["day_to"] >= date_from
    if date_to is not None:
        mask &= events["day_from"] <= date_to
    if types:
        mask &= events["event_type"].isin(types)
    if article:
        mask &= events["merged_ids"].map(lambda ids: any(str(i).startswith(article + "-e") for i in ids or ())) \
            | (events["article_id"] == article)
    from .mapview import newest_first  # the Feed's, popup's and list's order: by the day an event began

    return newest_first(events[mask])


def article_members(event: dict) -> list[str]:
    """The extracted (article) events behind a possibly merged event: the ids a decision is written for."""
    ids = [str(i) for i in (event.get("merged_ids") or [event["event_id"]])]
    return [i for i in ids if not i.startswith(("cur-", "acled-"))]


def _extracted(event: dict) -> dict[str, Any]:
    """The event's fields as extracted, kept beside a correction (``extracted``); empty when it has none."""
    was = event.get("extracted")
    return was if isinstance(was, dict) else {}


def extracted_values(event: dict) -> dict[str, Any]:
    """The correctable fields as extracted (before any correction in force)."""
    from pipeline.reviews import CORRECTABLE  # (pipeline.reviews imports geopandas: not on the Map's first load)

    was = _extracted(event)
    out: dict[str, Any] = {}
    for k in CORRECTABLE:
        v = was[k] if k in was else event.get(k)
        out[k] = None if (isinstance(v, float) and math.isnan(v)) else v
    for k in ("fatalities", "injuries"):
        if out[k] is not None:
            out[k] = int(out[k])
    return out


#: The Review page's table: the event's fields, top to bottom.
#: Said beside a new event type's sub-type until one is chosen.
SUB_TYPE_NEEDED = "A new event type: choose its sub-event type before saving."
#: Said beside the dates of a correction whose To is before its From.
DATES_REVERSED = "To is before From: the event would end before it starts. Correct one of the two."
#: The Correct form's toll fields: emptied, a toll is not reported (fatalities are then coded 0, as ACLED does).
FATALITIES_LABEL = "Fatalities (empty: not reported, coded 0)"
INJURIES_LABEL = "Injuries (empty: not reported)"
#: The label of a correction's reason (optional, as a rejection's is required: the same field, its own key).
CORRECT_REASON_LABEL = "Reason (optional: where the new values come from)"
#: Its placeholder: the kind of words a later reader of the correction needs.
CORRECT_REASON_PLACEHOLDER = "e.g. toll 3, not 2: SOHR's report of 22 Apr 2021 names a third man killed"
#: Said under a correction's reason while it is empty and the correction has changes (it can still be saved).
CORRECT_REASON_PROMPT = ("No reason yet: say where the new values come from (a later report, another outlet, a "
                         "reading of the sentence), so that whoever reads this correction knows why. It is saved "
                         "with the correction, beside your name and the time.")


def correction_complete(values: dict) -> bool:
    """Whether a correction's values can be saved: a sub-event type chosen, and dates in order (the
    form says what is missing beside the field, and Save waits for it).

    Parameters
    ----------
    values : dict
        The correction form's values (``sub_event_type``, ``date_from``, ``date_to`` …).

    Returns
    -------
    bool
    """
    return not correction_needs(values)


def correction_needs(values: dict) -> list[str]:
    """What a correction's values lack before they make an event, in the words of the Save hint: the
    sub-event type, and From on or before To (:func:`correction_complete` when none)."""
    d1, d2 = values.get("date_from"), values.get("date_to")
    needs = [] if values.get("sub_event_type") else ["the sub-event type"]
    if d1 is None or d2 is None or d1 > d2:
        needs.append("a From day on or before the To day")
    return needs


def save_needs(decision: str, who: str, *, values: dict | None = None, changes: dict | None = None,
               reason: str = "", merged_into: str = "") -> list[str]:
    """What the decision form still lacks before Save: the words of its "To save: …" hint, each only while
    it is missing (an empty list: Save is enabled).

    Parameters
    ----------
    decision : str
        ``confirm``, ``correct``, ``reject`` or ``merge``.
    who : str
        The analyst's name as typed.
    values : dict, optional
        For ``correct``: the form's values (:func:`correction_complete`).
    changes : dict, optional
        For ``correct``: what the correction changes (:func:`changes_from`).
    reason, merged_into : str
        A rejection's reason; a merge's target.

    Returns
    -------
    list of str
    """
    needs = [] if who.strip() else ["your name"]
    if decision == "correct":
        missing = correction_needs(values) if values is not None else []  # (said beside the fields too)
        needs += missing
        if not changes and not missing:
            needs.append("at least one change")
    elif decision == "reject" and not reason.strip():
        needs.append("a reason")
    elif decision == "merge" and not merged_into:
        needs.append("the target event")
    return needs


def save_hint(needs: list[str]) -> str:
    """The line under Save while it waits: ``To save: a reason.`` (empty when nothing is missing)."""
    return f"To save: {', '.join(needs)}." if needs else ""


def count_input(st, column, label: str, key: str, value: int | None) -> int | None:
    """A toll field of the Correct form that can be emptied (None: not reported), starting at ``value``.

    Its start is put in the session, not given as the widget's default: Streamlit gives a number input
    emptied by the analyst its default back, so a field that started at 1 could never be emptied (a new
    user's probe: injuries emptied and saved stayed 1). Nothing already typed in it is overwritten.
    """
    if key not in st.session_state:
        st.session_state[key] = value
    got = column.number_input(label, 0, 100_000, None, key=key)
    return None if got is None else int(got)


TABLE_FIELDS = ("event_type", "sub_event_type", "date_from", "date_to", "location", "actor1", "actor2", "fatalities",
                "injuries", "source", "confidence", "rule", "review_status", "reviewed_by", "reviewed_at",
                "review_reason", "notes")
#: The heading of the table's value column, by review status (what the value is).
VALUE_HEADINGS = {"unreviewed": "as extracted (not reviewed yet)", "confirmed": "value (confirmed as extracted)",
                  "corrected": "value now (corrected)", "curated": "value (an analyst's or ACLED row)"}
#: The heading of the column of a corrected event's values as extracted, beside the corrections.
EXTRACTED_HEADING = "as extracted (replaced)"
#: A shown field -> the correctable field it shows (a place by its name, an actor by its name).
_SHOWN_AS = {"location": "place_id", "actor1": "actor1_id", "actor2": "actor2_id"}


def field_rows(event: dict) -> list[dict[str, str]]:
    """The rows of the Review page's table: each field's value in force and, for a corrected one, the value
    extracted before the correction, in words (place and actor names, not ids); ``reviewed_at`` as a time."""
    from .reviewtext import extracted_value, reviewed_when

    was = _extracted(event)
    rows = []
    for k in TABLE_FIELDS:
        v = event.get(k)
        if v is None or (isinstance(v, float) and math.isnan(v)):
            shown = ""
        elif k == "reviewed_at":
            shown = reviewed_when(v)
        elif k in ("fatalities", "injuries") and isinstance(v, float) and v.is_integer():
            shown = str(int(v))
        else:
            shown = str(v)
        src = _SHOWN_AS.get(k, k)
        before = ""
        if src in was:
            before = extracted_value(was, src) or "(none)"
        rows.append({"field": k, "value": shown, "extracted": before})
    return rows


def field_table(event: dict) -> pd.DataFrame:
    """The Review page's table of the event (:func:`field_rows`), headed by what its values are; the
    column of extracted values only when a correction replaced some."""
    rows = pd.DataFrame(field_rows(event), columns=["field", "value", "extracted"])
    status = event.get("review_status")
    if not isinstance(status, str):
        status = "unreviewed"
    if not rows["extracted"].astype(bool).any():
        rows = rows.drop(columns="extracted")
    return rows.rename(columns={"value": VALUE_HEADINGS.get(status, "value"), "extracted": EXTRACTED_HEADING})


def changes_from(event: dict, values: dict[str, Any]) -> dict[str, Any]:
    """The fields of ``values`` that differ from the extracted ones (what a correction writes)."""
    from pipeline.reviews import CORRECTABLE

    was = extracted_values(event)
    out = {}
    for k in CORRECTABLE:
        if k not in values:
            continue
        v = values[k]
        if isinstance(v, dt.date):
            v = v.isoformat()
        if k in ("actor1_id", "actor2_id", "place_id") and v is None:
            v = ""
        old = was.get(k)
        if (old if old is not None else "") != (v if v is not None else "") and not (old is None and v == ""):
            out[k] = v
    return out


def _spans_in(items: list[dict], start: int, end: int) -> list[dict]:
    return [m for m in items if m.get("start") is not None and start <= m["start"] and m["end"] <= end]


def current_place_marker(e: Any) -> Any:
    """The ring at the event's place on the correction map (a folium ``CircleMarker``), None
    without a point. Its tooltip names the place: escaped for HTML and for the JavaScript
    template literal folium puts it in (:func:`mapapp.mapview.literal_safe`), so an ACLED
    export's ``${…}`` location is shown, never run."""
    if e.get("latitude") is None or e.get("longitude") is None:
        return None
    import folium

    from .mapview import literal_safe

    return folium.CircleMarker((e["latitude"], e["longitude"]), radius=9, color="#D55E00", weight=3, fill=False,
                               tooltip=literal_safe(
                                   "the event's place now: " + html.escape(str(e.get("location") or ""))))


def sentence_html(event: dict, article: dict | None) -> str:
    """The event's sentence marked (:func:`highlight_sentence`) as a block in its own direction: the
    article's language when known (English left-to-right), else the sentence's first letter."""
    from .mapview import lang_attrs

    text = str(event.get("evidence") or "")
    return f'<div class="qarticle" {lang_attrs(text, (article or {}).get("language"))}>{highlight_sentence(event, article)}</div>'


def highlight_sentence(event: dict, article: dict | None) -> str:
    """The event's sentence, escaped, with its places, actors, dates and trigger marked.

    Uses the article's mentions, actors and dates (``articles.json``) inside the sentence's
    offsets; the trigger is found in the sentence by its text. Without the article (a
    curated row) the sentence is returned escaped, unmarked. One line either way
    (:func:`mapapp.textsafe.html_block`): a curated sentence may hold a blank line.
    """
    text = str(event.get("evidence") or "")
    start = event.get("start")
    if article is None or start is None or (isinstance(start, float) and math.isnan(start)):
        return html_block(html.escape(text))
    s0 = int(start)
    e0 = s0 + len(text)
    if article.get("text", "")[s0:e0] != text:
        return html_block(html.escape(text))
    spans = [(m["start"] - s0, m["end"] - s0, "place", m.get("name_en", "")) for m in
             _spans_in(article.get("mentions", []), s0, e0)]
    spans += [(a["start"] - s0, a["end"] - s0, "actor", a.get("actor_id", "")) for a in
              _spans_in(article.get("actors", []), s0, e0)]
    spans += [(d["start"] - s0, d["end"] - s0, "date", d.get("date_from", "")) for d in
              _spans_in(article.get("dates", []), s0, e0)]
    trig = str(event.get("trigger") or "")
    if trig and trig in text:
        i = text.index(trig)
        spans.append((i, i + len(trig), "trigger", f"trigger ({event.get('sub_event_type', '')})"))
    spans.sort(key=lambda s: (s[0], -s[1]))
    out, pos = [], 0
    for s, e, kind, title in spans:
        if s < pos:
            continue
        out.append(html.escape(text[pos:s]))
        out.append(f'<span class="hl-{kind}" title="{html.escape(str(title), quote=True)}">'
                   f"{html.escape(text[s:e])}</span>")
        pos = e
    out.append(html.escape(text[pos:]))
    return html_block("".join(out))


def nearest_place(places: dict, lat: float, lon: float) -> tuple[str, float] | None:
    """The gazetteer place drawn nearest to a map click, and its distance in metres."""
    best = None
    for f in places.get("features", []):
        p = f["properties"]
        if p.get("lat") is None or p.get("lon") is None:
            continue
        dy = (p["lat"] - lat) * 111_320
        dx = (p["lon"] - lon) * 111_320 * math.cos(math.radians(lat))
        d = math.hypot(dx, dy)
        if best is None or d < best[1]:
            best = (p["place_id"], d)
    return best


def merge_candidates(events: pd.DataFrame, event: dict, days: int = 3) -> pd.DataFrame:
    """Other events within ``days`` of this one, the same type first: what it may be merged into."""
    if events.empty:
        return events
    d0 = dt.date.fromisoformat(str(event["date_from"]))
    lo, hi = d0 - dt.timedelta(days=days), d0 + dt.timedelta(days=days)
    others = events[(events["event_id"] != event["event_id"]) & (events["day_to"] >= lo) & (events["day_from"] <= hi)]
    same = others["event_type"] == event.get("event_type")
    return pd.concat([others[same], others[~same]])


def record(curated_dir, event: dict, decision: str, *, reviewed_by: str, gazetteer, actors,
           changes: dict | None = None, merged_into: str = "", reason: str = "") -> list[int]:
    """Write the decision for every extracted event behind ``event``; returns the lines written.

    A confirmation or correction is not written for a report an analyst merged into another (its ``merge``
    stays in force: a confirm of the event it joined had undone the merge, and the duplicate came back on
    the map, "confirmed" by someone who never saw it); a rejection or a merge is written for every report.

    Raises
    ------
    pipeline.reviews.ReviewError
        A bad decision, or a correction the build would not apply to ``event`` (nothing written for it).
    """
    from pathlib import Path

    from pipeline.reviews import decisions_in_force, record_decision

    path = Path(curated_dir) / "reviews.csv"
    members = article_members(event)
    if decision in ("confirm", "correct") and len(members) > 1:
        force = decisions_in_force(path)
        members = [m for m in members if force.get(m) != "merge"] or members
    return [record_decision(path, eid, decision, reviewed_by=reviewed_by, gazetteer=gazetteer, actors=actors,
                            changes=changes, merged_into=merged_into, reason=reason, event=event)
            for eid in members]


#: Session key set when a decision was saved: the next run sets the decision form back to Confirm.
FRESH_FORM = "rv_fresh_form"
#: Session key of the name the analyst last gave with a decision or a report (Review, Articles, Add report):
#: offered again.
REVIEWER = "reviewer_name"


def name_input(st, label: str, key: str) -> str:
    """The analyst's name for a decision: a text input (``key``) filled with the name they last gave in
    this session on any page that records one (a decision, a restore, a report added: :data:`REVIEWER`),
    which they may change.

    Parameters
    ----------
    st : module
        ``streamlit``.
    label, key : str
        The input's label and widget key.

    Returns
    -------
    str
        The name as typed (may be empty).
    """
    remembered = st.session_state.get(REVIEWER)
    if remembered and key not in st.session_state:  # (a widget's value is forgotten once its page is left)
        st.session_state[key] = remembered
    who = str(st.text_input(label, key=key) or "")
    if who.strip():
        st.session_state[REVIEWER] = who.strip()
    return who


def summary(r: dict) -> str:
    """One line for the queue's chooser."""
    from .feedview import summary_line, when

    return f"{when(r)} · {summary_line(r)} · {r.get('source', '')} [{r['event_id']}]"


# --------------------------------------------------------------------------- page

def _row_dict(row: pd.Series) -> dict:
    d = row.to_dict()
    return {k: (None if isinstance(v, float) and math.isnan(v) else v) for k, v in d.items()}


def render(ds, shown: pd.DataFrame, tiles, unread_note: str | None = None) -> None:
    """The Review page (``unread_note``: what it says of the sentences no rule read, :func:`mapapp.unreadview.review_note`)."""
    import streamlit as st
    from streamlit_folium import st_folium

    from pipeline.acled_vocab import ACLED_TAXONOMY
    from pipeline.actors import default_actors
    from pipeline.gazetteer import load_geo_dir
    from pipeline.reviews import ReviewError

    from . import data, eventlinks, mapview

    paths = data.paths()
    if paths.curated is None:
        st.warning("Reviews are kept in curated/reviews.csv; this app runs without a curated folder (QMAP_CURATED=none).")
        return
    counts = ds.store.status_counts()  # queries: the events frame is never read here
    rejected = (ds.reviews or {}).get("rejected", [])
    st.markdown(f"**{counts.get('unreviewed', 0)} unreviewed** · {counts.get('confirmed', 0)} confirmed · "
                f"{counts.get('corrected', 0)} corrected · {len(rejected)} rejected · {counts.get('curated', 0)} curated. "
                "Decisions are saved to `curated/reviews.csv` (who and when; the last one for an event is in force).")
    if unread_note:
        st.info(unread_note)
    if st.session_state.get("rv_saved"):
        st.success(st.session_state.pop("rv_saved"))
    problems = (ds.reviews or {}).get("problems", [])
    if problems:
        st.warning(f"{len(problems)} decision(s) in curated/reviews.csv not applied (orphans or bad rows):\n\n"
                   + "\n".join(f"- line {p['line']}: {md_safe(p['reason'])}" for p in problems))
    linked = st.query_params.get("review")
    # a link opens on its event (or the event it was merged into since), whatever its status
    followed = eventlinks.follow(ds.store, ds.articles, linked) if linked else None
    if followed is not None and followed.event_id is None:
        st.warning(followed.note)  # why it is gone: rejected, set aside, its article removed or changed
    if followed is not None and followed.event_id is not None and "rv_status" not in st.session_state:
        found = followed.row
        if str(found["review_status"].iloc[0]) in STATUS_CHOICES:
            st.session_state["rv_status"] = str(found["review_status"].iloc[0])
    c1, c2, c3, c4 = layout.columns([1.2, 2, 2, 2], "rv_filters")  # two lines in a narrow window, none cut
    status = c1.selectbox("Status", STATUS_CHOICES, key="rv_status")
    lo, hi = ds.bounds
    dates = c2.date_input("Dates", (lo, hi), min_value=lo, max_value=hi, key="rv_dates")
    types = c3.multiselect("Types", ds.options["types"], key="rv_types", placeholder="all types")
    arts = [""] + [a["id"] for a in sorted(ds.articles, key=lambda a: a["published"], reverse=True)]
    wanted_article = st.query_params.get("article", "")
    if "rv_article" not in st.session_state and wanted_article in arts:
        st.session_state["rv_article"] = wanted_article
    article = c4.selectbox("Article", arts, key="rv_article", format_func=lambda i: i or "all articles")
    d_from, d_to = (dates if isinstance(dates, (tuple, list)) and len(dates) == 2 else (lo, hi))
    q, total = ds.store.review_queue(status, d_from, d_to, tuple(types), article, limit=QUEUE_PAGE)
    if q.empty:
        st.info("Nothing to review with these filters.")
        _rejected_list(st, rejected, paths.curated, paths.geo)
        return
    ids = list(q["event_id"])
    wanted = followed.event_id if followed is not None else None
    if wanted in ids and st.session_state.get("rv_event") not in ids:
        st.session_state["rv_event"] = wanted
    if st.session_state.get("rv_event") not in ids:
        st.session_state["rv_event"] = ids[0]
    by_id = {r["event_id"]: r for r in q[["event_id", "date_from", "date_to", "time_from", "part_of_day",
                                          "sub_event_type", "event_type", "actor1", "actor2", "fatalities",
                                          "injuries", "location", "source"]].to_dict("records")}
    more = f"; the newest {len(ids)} listed, narrow the filters for older ones" if total > len(ids) else ""
    chosen = st.selectbox(f"Event ({total} in the queue, newest first{more})", ids, key="rv_event",
                          format_func=lambda i: summary(by_id[i]))
    if followed is not None and followed.note and chosen == followed.event_id:
        st.info(followed.note)  # the linked id was merged into this event
    e = _row_dict(q[q["event_id"] == chosen].iloc[0])
    art = next((a for a in ds.articles if a["id"] == e.get("article_id")), None)
    st.markdown("<style>.hl-trigger{background:#f6d0d0;border-radius:3px;padding:0 2px;font-weight:600}</style>",
                unsafe_allow_html=True)
    st.markdown('<span class="hl-place">place</span> <span class="hl-actor">actor</span> '
                '<span class="hl-date">date</span> <span class="hl-trigger">trigger</span>', unsafe_allow_html=True)
    st.markdown(sentence_html(e, art), unsafe_allow_html=True)
    further = further_sentences(e, (art or {}).get("text"))  # the sentence its toll comes from, the others
    if further:
        st.markdown(html_block(further_html({"further": further})), unsafe_allow_html=True)
    table = field_table(e)
    # every row visible (confidence and rule were scrolled out of a shorter grid)
    st.dataframe(table, hide_index=True, width="stretch", height=table_height(len(table), visible=len(table)))
    members = article_members(e)
    if not members:
        st.info("A curated or ACLED row: edit curated/ to change it.")
        return
    who = name_input(st, "Your name (recorded with the decision)", "rv_who")
    if st.session_state.pop(FRESH_FORM, False):
        # set, not dropped: a dropped key gives Confirm here but left the browser's radio showing the last choice
        st.session_state["rv_decision"] = "confirm"
        for key in ("rv_reason", "rv_correct_reason", "rv_merge"):  # (drawn only for their decision: none carried over)
            st.session_state.pop(key, None)
    decision = st.radio("Decision", ["confirm", "correct", "reject", "merge"], horizontal=True, key="rv_decision",
                        format_func=lambda d: {"confirm": "✓ Confirm", "correct": "✎ Correct", "reject": "✗ Reject",
                                               "merge": "⇉ Merge into another event"}[d])
    actors = default_actors()
    gaz = load_geo_dir(paths.geo)
    changes: dict = {}
    values: dict = {}
    reason = merged_into = ""
    if decision == "correct":
        was = extracted_values(e)
        tkey = f"rv_{chosen}_"
        a, b = st.columns(2)
        etypes = list(ACLED_TAXONOMY)
        etype = a.selectbox("Event type", etypes, index=etypes.index(e["event_type"]) if e["event_type"] in etypes
                            else 0, key=tkey + "type")
        subs = list(ACLED_TAXONOMY[etype])
        # a new type asks for its sub-type (the first one was taken silently); one widget per type
        sub = b.selectbox("Sub-event type", subs, index=subs.index(e["sub_event_type"]) if e["sub_event_type"] in subs
                          else None, key=f"{tkey}sub_{etype}", placeholder="choose this type's sub-event type")
        if sub is None:
            b.warning(SUB_TYPE_NEEDED)
        a, b = st.columns(2)
        d1 = a.date_input("From", dt.date.fromisoformat(str(e["date_from"])), key=tkey + "from")
        d2 = b.date_input("To", dt.date.fromisoformat(str(e["date_to"])), key=tkey + "to")
        if d1 and d2 and d2 < d1:
            b.error(DATES_REVERSED)
        st.caption("Place: choose it, or click the map to pick the nearest gazetteer place.")
        base = mapview.base_map(tiles, ds.places, ds.border, center=(e["latitude"], e["longitude"])
                                if e.get("latitude") is not None else mapview.QAMISHLI, zoom=13)
        marker = current_place_marker(e)
        if marker is not None:
            marker.add_to(base)
        out = st_folium(base, key=tkey + "map", height=300, use_container_width=True, returned_objects=["last_clicked"])
        click = (out or {}).get("last_clicked")
        place_ids = sorted(gaz.places)
        if click:
            near = nearest_place(ds.places, click["lat"], click["lng"])
            if near:
                st.session_state[tkey + "picked"] = near[0]
                st.caption(f"Nearest place to the click: {near[0]} ({near[1]:.0f} m)")
        default = st.session_state.get(tkey + "picked") or e.get("place_id")
        # a new click makes a new widget (its key names the pick), so the pick shows as its default
        place = st.selectbox("Place", place_ids, index=place_ids.index(default) if default in place_ids else 0,
                             key=f"{tkey}place_{default}",
                             format_func=lambda i: f"{gaz.places[i].name_en} · {gaz.places[i].name_ar} ({i})")
        actor_ids = [""] + sorted(actors)
        a, b = st.columns(2)
        act1 = a.selectbox("Actor 1", actor_ids, index=actor_ids.index(e.get("actor1_id") or "")
                           if (e.get("actor1_id") or "") in actor_ids else 0, key=tkey + "a1",
                           format_func=lambda i: actors[i].name if i else "—")
        act2 = b.selectbox("Actor 2", actor_ids, index=actor_ids.index(e.get("actor2_id") or "")
                           if (e.get("actor2_id") or "") in actor_ids else 0, key=tkey + "a2",
                           format_func=lambda i: actors[i].name if i else "—")
        a, b = st.columns(2)
        fat = count_input(st, a, FATALITIES_LABEL, tkey + "fat", int(e.get("fatalities") or 0))
        inj = count_input(st, b, INJURIES_LABEL, tkey + "inj",
                          int(e["injuries"]) if e.get("injuries") is not None else None)
        values = {"event_type": etype, "sub_event_type": sub, "date_from": d1, "date_to": d2, "place_id": place,
                  "actor1_id": act1, "actor2_id": act2, "fatalities": fat or 0,  # (none reported: 0, as ACLED)
                  "injuries": inj}
        complete = correction_complete(values)
        changes = changes_from(e, values) if complete else {}
        from .reviewtext import change_words

        def name(k, v):  # places and actors by name, not id
            if k == "place_id":
                return gaz.places[v].name_en if v in gaz.places else v
            return actors[v].name if v in actors else v

        st.caption("Changes from the extracted values: " + (change_words(changes, was, name) or "none yet"))
        # optional, but asked for: a toll changed from 2 to 3 with no word of where 3 comes from helps nobody later
        reason = st.text_input(CORRECT_REASON_LABEL, key="rv_correct_reason", placeholder=CORRECT_REASON_PLACEHOLDER)
        if changes and not reason.strip():
            st.caption(CORRECT_REASON_PROMPT)
    elif decision == "reject":
        reason = st.text_input("Reason (required)", key="rv_reason", placeholder="e.g. not an event: a statement")
    elif decision == "merge":
        cands = ds.store.near(e["event_id"], dt.date.fromisoformat(str(e["date_from"])), e.get("event_type"))
        cand_ids = list(cands["event_id"])
        cand_rows = {r["event_id"]: r for r in cands.to_dict("records")}
        merged_into = st.selectbox("The event this is a report of", cand_ids, key="rv_merge",
                                   format_func=lambda i: summary(cand_rows[i])) if cand_ids else ""
    needs = save_needs(decision, who, values=values if decision == "correct" else None, changes=changes,
                       reason=reason, merged_into=merged_into)
    ready = not needs
    if st.button("Save decision", type="primary", disabled=not ready, key="rv_save"):
        try:
            lines = record(paths.curated, e, decision, reviewed_by=who, gazetteer=gaz, actors=actors,
                           changes=changes, merged_into=merged_into, reason=reason)
        except ReviewError as err:
            st.error(md_safe(err))
        else:
            st.session_state["rv_saved"] = (f"Saved: {decision} {', '.join(members)} "
                                            f"(curated/reviews.csv line {', '.join(map(str, lines))}); the map is rebuilt.")
            st.session_state.pop("rv_event", None)
            st.session_state[FRESH_FORM] = True  # the next event's form starts from Confirm (set before it is drawn)
            st.rerun()
    if needs:
        st.caption(save_hint(needs))  # only what is missing: a name typed is not asked for again
    _rejected_list(st, rejected, paths.curated, paths.geo)


def restore_choices(rejected: list[dict]) -> dict[str, str]:
    """Rejected event id -> the line offered to restore it (newest rejection first)."""
    rows = sorted(rejected, key=lambda r: str(r.get("reviewed_at") or ""), reverse=True)
    return {str(r["event_id"]): f"{r.get('date_from', '')} · {r.get('sub_event_type', '')} · "
                                f"{r.get('location', '')} — rejected by {r.get('reviewed_by', '')}: "
                                f"{r.get('review_reason', '')} [{r['event_id']}]" for r in rows}


def _rejected_list(st, rejected: list[dict], curated_dir=None, geo_dir=None) -> None:
    """The rejected events (off the map and the exports) and the form that restores one.

    Restoring writes a new ``restore`` row (who, when, why) after the rejection, which stays:
    the event comes back on the map and into the queue as extracted, unreviewed.
    """
    if not rejected:
        return
    with st.expander(f"Rejected events ({len(rejected)}): off the map and the exports"):
        st.dataframe(pd.DataFrame([{"event_id": r["event_id"], "date": r.get("date_from"),
                                    "type": r.get("sub_event_type"), "reason": r.get("review_reason"),
                                    "by": r.get("reviewed_by"), "at": r.get("reviewed_at"),
                                    "sentence": r.get("evidence")} for r in rejected]),
                     hide_index=True, width="stretch")
        if curated_dir is None:
            return
        choices = restore_choices(rejected)
        eid = st.selectbox("Rejected event to restore", list(choices), format_func=choices.get, key="rv_restore_event")
        who = name_input(st, "Your name (recorded with the restore)", "rv_restore_who")
        why = st.text_input("Why (optional)", key="rv_restore_reason", placeholder="e.g. rejected by mistake")
        st.caption("Restoring adds a row to curated/reviews.csv (the rejection stays in the history): the event "
                   "is back on the map and in the queue, as extracted and unreviewed.")
        if st.button("↺ Restore", disabled=not who.strip(), key="rv_restore"):
            from pipeline.actors import default_actors
            from pipeline.gazetteer import load_geo_dir
            from pipeline.reviews import ReviewError

            try:
                lines = record(curated_dir, {"event_id": eid}, "restore", reviewed_by=who,
                               gazetteer=load_geo_dir(geo_dir), actors=default_actors(), reason=why)
            except ReviewError as err:
                st.error(md_safe(err))
            else:
                st.session_state["rv_saved"] = (f"Restored {eid} (curated/reviews.csv line "
                                                f"{', '.join(map(str, lines))}); the map is rebuilt.")
                st.rerun()
