"""The Articles view's text, and the events the sentence model set aside from it.

The text: an article, escaped, with its places, actors and dates marked. Places link to the map
centred on them (``?view=Map&focus=<place_id>``). Everything from the article is HTML-escaped;
only the marks are markup.

The set-aside events (``articles.json``'s ``set_aside``: the rules made them, the sentence model
read their sentence as no new event, :mod:`pipeline.screening`) are listed under the text
(:func:`set_aside_table`, drawn by :func:`set_aside_html` as a table of its own: each sentence whole,
in its own direction, every value escaped; dates in words as approximate as the text gave them,
:func:`date_words`), and :func:`render_set_aside` lets the analyst overrule the model for one:
**Restore and draw** writes a ``restore`` row to ``curated/reviews.csv`` with their name
(:func:`pipeline.reviews.record_decision`: validated, written atomically), the app rebuilds,
and the build draws the event as the analyst's (:func:`pipeline.reviews.apply_reviews`).
"""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Mapping
from typing import Any

import pandas as pd

from pipeline.screening import SET_ASIDE_BELOW

from .mapview import lang_attrs

#: The columns of the set-aside table (the sentence first), as the Articles view shows them; ``date`` is
#: the event's date in words, approximate when the text gives a month or a range (:func:`date_words`).
SET_ASIDE_COLUMNS = {"evidence": "sentence", "event_type": "type", "sub_event_type": "sub type", "event_date": "date",
                     "location": "place", "fatalities": "killed", "sentence_score": "sentence score",
                     "confidence": "confidence", "rule": "rule", "event_id": "id"}
#: The column that says who restored an event (shown when an analyst restored one of the article's).
RESTORED_COLUMN = "restored"
#: The column holding a drawn restored event's link to the Review page (``?view=Review&review=ID``), not shown as text.
REVIEW_COLUMN = "review link"
#: Session key of the restore just recorded (said once, after the rebuild).
SAVED_KEY = "aside_saved"


def highlight_article(art: dict) -> str:
    """The article text, escaped, with places (linked to the map), actors and dates marked."""
    text = art["text"]
    spans = [(m["start"], m["end"], "place", m) for m in art.get("mentions", [])]
    spans += [(a["start"], a["end"], "actor", a) for a in art.get("actors", [])]
    spans += [(d["start"], d["end"], "date", d) for d in art.get("dates", [])]
    spans.sort(key=lambda s: (s[0], -s[1]))
    out, pos = [], 0
    for s, e, kind, item in spans:
        if s < pos:
            continue  # overlapping highlight: keep the first
        out.append(html.escape(text[pos:s]))
        inner = html.escape(text[s:e])
        if kind == "place" and item.get("place_id"):
            title = html.escape(f"{item['name_en']} · precision {item.get('geo_precision')}", quote=True)
            out.append(f'<a class="hl-place" title="{title}" target="_self" '
                       f'href="?view=Map&focus={html.escape(item["place_id"], quote=True)}">{inner}</a>')
        elif kind == "date":
            title = html.escape(f"{item['date_from']}" + (f" → {item['date_to']}" if item['date_to'] != item['date_from'] else ""), quote=True)
            out.append(f'<span class="hl-date" title="{title}">{inner}</span>')
        else:
            out.append(f'<span class="hl-{kind}" title="{html.escape(str(item.get("actor_id", "")), quote=True)}">{inner}</span>')
        pos = e
    out.append(html.escape(text[pos:]))
    return "".join(out).replace("\n", "<br>")


def article_html(art: dict) -> str:
    """The article as a block in its own direction (English left-to-right, Arabic right-to-left)."""
    return (f'<div class="qarticle" {lang_attrs(art.get("text", ""), art.get("language"))}>'
            f"{highlight_article(art)}</div>")


_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def _day(value: Any) -> dt.date | None:
    try:
        return dt.date.fromisoformat(str(value)[:10]) if value else None
    except ValueError:
        return None


def opening_article(articles: list[dict], date_from: dt.date, date_to: dt.date,
                    chosen: str | None = None) -> str | None:
    """The article the Articles view opens on: the one the link names (``?article=``) when the build has
    it, else the newest published within the date range shown, else the newest of all.

    Parameters
    ----------
    articles : list of dict
        The build's articles (``articles.json``: ``id``, ``published``).
    date_from, date_to : datetime.date
        The date range shown (the filters').
    chosen : str, optional
        The article the link names.

    Returns
    -------
    str or None
        Its id; None without articles.
    """
    ids = [str(a.get("id")) for a in articles]
    if chosen in ids:
        return chosen
    dated = [(d, i) for a, i in zip(articles, ids) if (d := _day(a.get("published"))) is not None]
    within = [x for x in dated if date_from <= x[0] <= date_to]
    pick = max(within or dated, key=lambda x: x[0], default=None)  # (the first of a day's articles on a tie)
    return pick[1] if pick else (ids[0] if ids else None)


def _day_words(d: dt.date, year: bool = True) -> str:
    return f"{d.day} {_MONTHS[d.month - 1]}" + (f" {d.year}" if year else "")


def date_words(item: Mapping[str, Any]) -> str:
    """An event's date in words, as approximate as the text gave it, from its ``date_from``, ``date_to``
    and ``time_precision`` (``event_date`` alone is a range's first day: "last month" is not 1 November).

    Parameters
    ----------
    item : mapping
        An event (``articles.json``'s set-aside item, an events row).

    Returns
    -------
    str
        ``20 Apr 2021``; ``about 20 Apr 2021`` (precision 2); ``Nov 2026 (month)`` (a whole month, or
        precision 3); ``20–23 Apr 2021 (range)``, ``28 Apr – 2 May 2021 (range)``; ``date unknown``.

    Examples
    --------
    >>> date_words({"date_from": "2026-11-01", "date_to": "2026-11-30", "time_precision": 3})
    'Nov 2026 (month)'
    """
    first = _day(item.get("date_from")) or _day(item.get("event_date"))
    if first is None:
        return "date unknown"
    last = max(_day(item.get("date_to")) or first, first)
    try:
        precision = int(item.get("time_precision") or 1)
    except (TypeError, ValueError):
        precision = 1
    same_month = (first.year, first.month) == (last.year, last.month)
    whole_month = first.day == 1 and (last + dt.timedelta(days=1)).day == 1 and same_month
    if whole_month or (precision >= 3 and same_month and first.day == 1):
        return f"{_MONTHS[first.month - 1]} {first.year} (month)"
    if first == last:
        return ("about " if precision == 2 else "") + _day_words(first)
    if same_month:
        return f"{first.day}–{_day_words(last)} (range)"
    return f"{_day_words(first, year=first.year != last.year)} – {_day_words(last)} (range)"


def set_aside_heading(n: int, more: bool = False) -> str:
    """The set-aside list's heading: ``1 event set aside: the rules found it, but its sentence reads as
    no new event`` (``2 events … them … their sentences read …``); ``more``: ``1 more event …`` (the Add
    report page, under the events drawn)."""
    n_events = f"{n} {'more ' if more else ''}event{'' if n == 1 else 's'}"
    if n == 1:
        return f"{n_events} set aside: the rules found it, but its sentence reads as no new event"
    return f"{n_events} set aside: the rules found them, but their sentences read as no new event"


#: What set aside means, for an analyst (the Articles view's caption).
SET_ASIDE_MEANING = (
    "Not drawn on the map or counted. The rules found an event word in each of these sentences, but the "
    "sentence reads like background, a statement, a fear or a recap rather than news of a new event "
    f"(its sentence score, from 0 to 1, is below {SET_ASIDE_BELOW}). On reports nobody tuned the rules on, "
    "most such events are wrong; if one is real, restore it below: the map then draws it as the rules made "
    "it, confirmed by you. A high-confidence event, an agreement and a report's only event are never set aside.")


def set_aside_meaning(restored: int = 0) -> str:
    """The set-aside list's caption (:data:`SET_ASIDE_MEANING`); with ``restored`` rows an analyst restored
    (drawn now), it says those are drawn, as the rules made them, and where to correct one."""
    if not restored:
        return SET_ASIDE_MEANING
    rows = "a row marked restored is" if restored == 1 else "the rows marked restored are"
    return (f"Not drawn on the map or counted, except {rows}: drawn as the rules made it, confirmed by who restored "
            "it (its type, actors and a day borrowed from the sentence before can be wrong: correct it in Review). "
            + SET_ASIDE_MEANING.split(". ", 1)[1])


def restored_words(r: Mapping[str, Any]) -> str:
    """Who restored a set-aside event, when and why (``reviews.json``'s ``restored`` item), in words:
    ``drawn on the map, confirmed by NAME on 1 Jun 2024 09:30 UTC; reason: …``, or ``restored by NAME on …,
    then rejected: not drawn`` when a later decision set it aside again."""
    from .reviewtext import reviewed_when

    when = reviewed_when(r.get("reviewed_at"))
    by = f"by {r.get('reviewed_by') or '?'}" + (f" on {when}" if when else "")
    if r.get("review_status") == "rejected":
        return f"restored {by}, then rejected: not drawn"
    reason = " ".join(str(r.get("review_reason") or "").split())
    return f"drawn on the map, confirmed {by}" + (f"; reason: {reason}" if reason else "")


def set_aside_table(art: dict, restored: Mapping[str, Mapping[str, Any]] | None = None) -> pd.DataFrame:
    """The events the sentence model set aside from this article (``articles.json``'s
    ``set_aside``), one row each, lowest sentence score first; empty for an older build.

    Parameters
    ----------
    art : dict
        The article as ``articles.json`` holds it.
    restored : mapping, optional
        Event id -> its ``reviews.json`` ``restored`` item: when one of the article's events is
        there, a :data:`RESTORED_COLUMN` says who restored which (:func:`restored_words`), and a
        :data:`REVIEW_COLUMN` holds a drawn one's link to the Review page.
    """
    from .textsafe import query_link

    items = [item for item in art.get("set_aside") or () if isinstance(item, dict)]
    rows = [{label: date_words(item) if key == "event_date" else item.get(key) for key, label in SET_ASIDE_COLUMNS.items()}
            for item in items]
    columns = list(SET_ASIDE_COLUMNS.values())
    restored = restored or {}
    if any(item.get("event_id") in restored for item in items):
        for row, item in zip(rows, items):
            was = restored.get(str(item.get("event_id") or ""))
            row[RESTORED_COLUMN] = restored_words(was) if was is not None else ""
            row[REVIEW_COLUMN] = (query_link(view="Review", review=str(item["event_id"]))
                                  if was is not None and was.get("review_status") != "rejected" else "")
        columns[:0] = [RESTORED_COLUMN, REVIEW_COLUMN]
    frame = pd.DataFrame(rows, columns=columns)
    return frame.sort_values("sentence score", kind="stable").reset_index(drop=True)


def _cell(value: Any) -> str:
    """A table cell's value as escaped text ("" when missing)."""
    if value is None or (isinstance(value, float) and value != value):
        return ""
    return html.escape(str(value), quote=True)


def sentence_table_style(cls: str, sentence_width: int, more: str = "") -> str:
    """The ``<style>`` of a table of an article's sentences (class ``cls``; its sentence cells ``cls-sentence``,
    ``sentence_width`` per cent wide): each sentence whole and wrapped, isolated in its own direction, Arabic in
    a Naskh face; ``more`` is added CSS."""
    return (f"<style>.{cls}{{width:100%;border-collapse:collapse;font-size:0.9rem}}"
            f".{cls} th,.{cls} td{{border-bottom:1px solid #ddd;padding:6px 8px;vertical-align:top;text-align:start}}"
            f".{cls} th{{font-weight:600;background:#f6f6f6}}"
            f".{cls}-sentence{{width:{sentence_width}%}}.{cls}-sentence div{{white-space:normal;overflow-wrap:anywhere;"
            f"unicode-bidi:isolate}}.{cls}-sentence div[lang=ar]{{font-family:'Noto Naskh Arabic','Noto Sans Arabic',"
            f"serif;font-size:1.1rem;line-height:1.9}}{more}</style>")


def set_aside_html(table: pd.DataFrame) -> str:
    """The set-aside list (:func:`set_aside_table`) as a table of its own, for ``st.markdown`` with HTML.

    Each row: the sentence first, whole and wrapped, in its own direction (Arabic right-to-left); then
    what the rules made of it (type, date in words, place, toll); then why it is set aside (its sentence
    score, confidence and rule, and its id); who restored it when one was. ``st.dataframe`` cut a long
    Arabic sentence at its start and put the rule off-screen. Every value is escaped (the sentence, the
    place and the rule come from the article), and the markup is one line (:func:`mapapp.textsafe.html_block`).
    """
    from .mapview import text_attrs
    from .textsafe import html_block

    restored = RESTORED_COLUMN in table.columns
    head = ("<tr><th>Sentence</th><th>What the rules made of it</th><th>Why set aside</th>"
            + ("<th>Restored</th>" if restored else "") + "</tr>")
    rows = []
    for r in table.to_dict("records"):
        sentence = "" if r.get("sentence") is None else str(r["sentence"])
        what = (f'<b>{_cell(r.get("sub type")) or _cell(r.get("type"))}</b>'
                + (f' ({_cell(r.get("type"))})' if r.get("sub type") and r.get("type") else "")
                + f'<br>{_cell(r.get("date"))}<br>{_cell(r.get("place")) or "place unknown"}'
                + (f' · killed {_cell(r.get("killed"))}' if _cell(r.get("killed")) not in ("", "0") else ""))
        why = (f'sentence score {_cell(r.get("sentence score"))}'
               + (f' · {_cell(r.get("confidence"))} confidence' if _cell(r.get("confidence")) else "")
               + f'<br><code class="qaside-rule">{_cell(r.get("rule")).replace("/", "/<wbr>")}</code>'  # breaks at its parts
               + (f'<br><small>{_cell(r.get("id"))}</small>' if _cell(r.get("id")) else ""))
        rows.append(f'<tr><td class="qaside-sentence"><div {text_attrs(sentence)}>{html.escape(sentence)}</div></td>'
                    f"<td>{what}</td><td>{why}</td>"
                    + (f"<td>{_restored_cell(r)}</td>" if restored else "") + "</tr>")
    style = sentence_table_style("qaside", 55, ".qaside-rule{white-space:normal;overflow-wrap:anywhere;font-size:0.8rem}")
    return html_block(f'{style}<table class="qaside"><thead>{head}</thead><tbody>{"".join(rows)}</tbody></table>')


def _restored_cell(r: Mapping[str, Any]) -> str:
    """A set-aside row's restored cell: who restored it and why, escaped, and a drawn one's Review link."""
    link = _cell(r.get(REVIEW_COLUMN))
    return _cell(r.get(RESTORED_COLUMN)) + (f'<br><a href="{link}" target="_self">correct it in Review</a>' if link else "")


def _score(item: Mapping[str, Any]) -> float:
    """A set-aside item's sentence score (1, the top, when it has none)."""
    score = item.get("sentence_score")
    return float(score) if isinstance(score, (int, float)) else 1.0


def restore_choices(art: dict, restored: Mapping[str, Mapping[str, Any]] | None = None) -> dict[str, str]:
    """Set-aside event id -> the line offering to restore it, lowest sentence score first: every
    set-aside event of the article that is not drawn now (never restored, or restored and then
    rejected); one without an id (a build from before ids were kept) cannot be named, so is not offered."""
    restored = restored or {}
    items = sorted((item for item in art.get("set_aside") or () if isinstance(item, dict) and item.get("event_id")),
                   key=_score)
    out = {}
    for item in items:
        eid = str(item["event_id"])
        if eid in restored and restored[eid].get("review_status") != "rejected":
            continue
        sentence = " ".join(str(item.get("evidence") or "").split())
        out[eid] = (f"{date_words(item)} · {item.get('sub_event_type') or item.get('event_type') or '?'} · "
                    f"{item.get('location') or 'place unknown'} · score {item.get('sentence_score')} — "
                    f"{sentence[:90]}{'…' if len(sentence) > 90 else ''} [{eid}]")
    return out


def restored_by_id(reviews: Mapping[str, Any] | None) -> dict[str, Mapping[str, Any]]:
    """``reviews.json``'s ``restored`` items by event id (none for a build without a restore)."""
    items = (reviews or {}).get("restored") or []
    return {str(r["event_id"]): r for r in items if isinstance(r, dict) and r.get("event_id")}


def saved_message(saved: Mapping[str, Any], restored: Mapping[str, Mapping[str, Any]]) -> tuple[str, str]:
    """What the page says after a restore was recorded and the build ran: ``(kind, Markdown)``,
    ``kind`` ``success`` when the build draws the event now, else ``warning``. Every value from
    files or the analyst is made safe for Markdown (:func:`mapapp.textsafe.md_safe`)."""
    from .textsafe import md_safe, query_link

    eid = str(saved["event_id"])
    said = f"Restored {md_safe(eid)} (curated/reviews.csv line {int(saved['line'])}, by {md_safe(saved['by'])})"
    now = restored.get(eid)
    if now is not None and now.get("review_status") != "rejected":
        return "success", (f"{said}: the build draws it now, as confirmed by the analyst "
                           f"([on the map]({query_link(view='Map', event=eid)})), as the rules made it: its type, "
                           "actors and a day borrowed from the sentence before can be wrong; "
                           f"[correct it in Review]({query_link(view='Review', review=eid)}).")
    return "warning", (f"{said}, but the build does not draw it: see the problems with curated/reviews.csv under "
                       "About the data (its article may have changed, or a build is still running: reload).")


def render_set_aside(ds: Any, art: dict) -> None:
    """The Articles view's set-aside expander: the table, and the form that restores one event.

    Parameters
    ----------
    ds : mapapp.data.Dataset
        The build shown (its ``reviews`` say which events an analyst restored).
    art : dict
        The article shown.
    """
    import streamlit as st

    from . import data
    from .reviewview import name_input
    from .textsafe import md_safe

    restored = restored_by_id(ds.reviews)
    saved = st.session_state.get(SAVED_KEY)
    if saved and saved.get("article") == art.get("id"):
        st.session_state.pop(SAVED_KEY)
        kind, text = saved_message(saved, restored)
        (st.success if kind == "success" else st.warning)(text)
    aside = set_aside_table(art, restored)
    if aside.empty:
        return
    with st.expander(set_aside_heading(len(aside)), expanded=bool(saved)):
        drawn = int((aside[REVIEW_COLUMN] != "").sum()) if REVIEW_COLUMN in aside.columns else 0
        st.caption(set_aside_meaning(drawn))
        # a table of its own: st.dataframe cut a long Arabic sentence at its start and put the rule off-screen
        st.markdown(set_aside_html(aside), unsafe_allow_html=True)
        paths = data.paths()
        if paths.curated is None:
            st.caption("Restoring is kept in curated/reviews.csv; this app runs without a curated folder "
                       "(QMAP_CURATED=none).")
            return
        choices = restore_choices(art, restored)
        if not choices:
            st.caption("Every set-aside event of this article is restored.")
            return
        if st.session_state.get("aside_event") not in (None, *choices):  # (another article's, or restored)
            st.session_state.pop("aside_event")
        eid = st.selectbox("Set-aside event to restore", list(choices), index=None, format_func=lambda i: choices.get(i, str(i)),
                           key="aside_event", placeholder="choose one row")
        who = name_input(st, "Your name (recorded with the restore)", "aside_who")
        why = st.text_input("Why (optional)", key="aside_reason", placeholder="e.g. the sentence reports a clash")
        st.caption("Adds a restore row to curated/reviews.csv with your name and the time (the model's list "
                   "keeps the event too); the app rebuilds and the map draws it.")
        if st.button("Restore and draw", type="primary", disabled=not (eid and who.strip()), key="aside_restore"):
            from pipeline.actors import default_actors
            from pipeline.gazetteer import load_geo_dir
            from pipeline.reviews import ReviewError, record_decision

            try:
                line = record_decision(paths.curated / "reviews.csv", str(eid), "restore", reviewed_by=who,
                                       gazetteer=load_geo_dir(paths.geo), actors=default_actors(), reason=why)
            except ReviewError as err:
                st.error(md_safe(err))
            else:
                st.session_state[SAVED_KEY] = {"article": art.get("id"), "event_id": str(eid), "line": line,
                                               "by": who.strip()}
                st.session_state.pop("aside_event", None)
                st.rerun()
