"""The Articles view's list of sentences no rule read, and the form that adds the event one tells.

The rules miss about a third of the events real reports tell, and what they miss is nowhere on the
map. The sentence model points at many of them: ``articles.json``'s ``unread`` items are the
sentences it reads as telling an event and that no event comes from (:mod:`pipeline.unread`). They
are listed under the article (:func:`unread_table`, drawn by :func:`unread_html`: each sentence
whole, in its own direction, escaped; the place and day its own words give, as hints), and
:func:`render_unread` lets the analyst add the event a sentence tells: **Add this event** writes an
``add`` row to ``curated/reviews.csv`` with the event's type, days, place, actors and toll, their
name and the time (:func:`pipeline.reviews.record_decision`: validated, written atomically); the app
rebuilds, and the build draws the event with the sentence as its evidence
(:func:`pipeline.reviews.apply_reviews`).

The helpers above :func:`render_unread` compute without Streamlit (tested in ``tests/test_unread.py``).
"""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Mapping
from typing import Any, NamedTuple

import pandas as pd

#: Session key of the addition just recorded (said once, after the rebuild).
SAVED_KEY = "unread_saved"
#: Session key asking for an empty form on the next run (after an addition).
FRESH_KEY = "unread_fresh"
#: The list's columns, as the Articles view shows them.
UNREAD_COLUMNS = {"evidence": "sentence", "sentence_score": "sentence score", "place_text": "place named",
                  "date_from": "from", "date_to": "to", "event_id": "id"}
#: The column that says which events analysts added from a sentence (shown when there is one).
ADDED_COLUMN = "added"


def unread_heading(n: int) -> str:
    """The list's heading: ``1 sentence reads as an event, but no rule read it`` (``2 sentences read …
    them``)."""
    if n == 1:
        return "1 sentence reads as an event, but no rule read it"
    return f"{n} sentences read as an event, but no rule read them"


#: What the list is, said under its heading.
UNREAD_MEANING = ("The sentence model reads these sentences as telling an event, and no event on the map comes "
                  "from them: the rules did not understand their words. About half of such sentences tell an event "
                  "the rules missed (on the project's real reports); the others are background, statements or "
                  "events told elsewhere. Read each one; when it tells an event, add it below with its type, "
                  "days and place: the map then draws it with this sentence as its evidence.")


def added_by_sentence(reviews: Mapping[str, Any] | None) -> dict[str, list[Mapping[str, Any]]]:
    """``reviews.json``'s ``added`` items by the id of the sentence they were added from."""
    out: dict[str, list[Mapping[str, Any]]] = {}
    for item in (reviews or {}).get("added") or []:
        if isinstance(item, dict) and item.get("sentence_id"):
            out.setdefault(str(item["sentence_id"]), []).append(item)
    return out


def added_words(items: list[Mapping[str, Any]]) -> str:
    """Who added which event from a sentence, in words (``u1-e… by Rana, 2026-12-08 (rejected since)``)."""
    parts = []
    for item in items:
        when = str(item.get("reviewed_at") or "")[:10]
        state = " (rejected since)" if item.get("review_status") == "rejected" else ""
        parts.append(f"{item.get('event_id')} by {item.get('reviewed_by') or '?'}" + (f", {when}" if when else "") + state)
    return "; ".join(parts)


def unread_table(art: Mapping[str, Any], added: Mapping[str, list[Mapping[str, Any]]] | None = None) -> pd.DataFrame:
    """The article's unread sentences, one row each, highest sentence score first; empty for an older build.

    Parameters
    ----------
    art : mapping
        The article as ``articles.json`` holds it.
    added : mapping, optional
        Sentence id -> the events analysts added from it (:func:`added_by_sentence`): when one of the
        article's sentences has some, an :data:`ADDED_COLUMN` says which, by whom and when.
    """
    items = [item for item in art.get("unread") or () if isinstance(item, dict)]
    rows = [{label: item.get(key) for key, label in UNREAD_COLUMNS.items()} for item in items]
    columns = list(UNREAD_COLUMNS.values())
    added = added or {}
    if any(str(item.get("event_id")) in added for item in items):
        for row, item in zip(rows, items):
            row[ADDED_COLUMN] = added_words(list(added.get(str(item.get("event_id")), [])))
        columns.append(ADDED_COLUMN)
    frame = pd.DataFrame(rows, columns=columns)
    return frame.sort_values("sentence score", ascending=False, kind="stable").reset_index(drop=True)


def _cell(value: Any) -> str:
    if value is None or (isinstance(value, float) and value != value):
        return ""
    return html.escape(str(value), quote=True)


def unread_html(table: pd.DataFrame) -> str:
    """The list (:func:`unread_table`) as a table of its own, for ``st.markdown`` with HTML: each sentence
    whole, in its own direction; its score; the place and days its own words give (hints, never drawn);
    who added an event from it. Every value is escaped (the sentence comes from the article)."""
    from .articleview import sentence_table_style
    from .mapview import text_attrs
    from .textsafe import html_block

    added = ADDED_COLUMN in table.columns
    head = ("<tr><th>Sentence</th><th>Its words give</th><th>Score</th>"
            + ("<th>Added</th>" if added else "") + "</tr>")
    rows = []
    for r in table.to_dict("records"):
        sentence = "" if r.get("sentence") is None else str(r["sentence"])
        days = _cell(r.get("from"))
        if days and _cell(r.get("to")) and r.get("to") != r.get("from"):
            days += f" – {_cell(r.get('to'))}"
        hints = (f'{_cell(r.get("place named")) or "no place"}<br>{days or "no day"}'
                 + (f'<br><small>{_cell(r.get("id"))}</small>' if _cell(r.get("id")) else ""))
        rows.append(f'<tr><td class="qunread-sentence"><div {text_attrs(sentence)}>{html.escape(sentence)}</div></td>'
                    f'<td>{hints}</td><td>{_cell(r.get("sentence score"))}</td>'
                    + (f"<td>{_cell(r.get(ADDED_COLUMN))}</td>" if added else "") + "</tr>")
    style = sentence_table_style("qunread", 60)
    return html_block(f'{style}<table class="qunread"><thead>{head}</thead><tbody>{"".join(rows)}</tbody></table>')


def add_choices(art: Mapping[str, Any]) -> dict[str, str]:
    """Unread sentence id -> the line offering it in the form (highest score first)."""
    items = sorted((item for item in art.get("unread") or () if isinstance(item, dict) and item.get("event_id")),
                   key=lambda item: -float(item.get("sentence_score") or 0))
    out = {}
    for item in items:
        sentence = " ".join(str(item.get("evidence") or "").split())
        out[str(item["event_id"])] = f"score {item.get('sentence_score')} — {sentence[:100]}{'…' if len(sentence) > 100 else ''}"
    return out


def new_event_id(sentence_id: str, taken: set[str]) -> str:
    """The id of a further event added from a sentence: the sentence's id, then ``-2``, ``-3``… (the ids
    ``taken``: events already added from it, drawn or not)."""
    if sentence_id not in taken:
        return sentence_id
    n = 2
    while f"{sentence_id}-{n}" in taken:
        n += 1
    return f"{sentence_id}-{n}"


def add_values(*, event_type: str | None, sub_event_type: str | None, date_from: dt.date | None,
               date_to: dt.date | None, place_id: str | None, actor1_id: str = "", actor2_id: str = "",
               fatalities: int | None = None, injuries: int | None = None) -> tuple[dict[str, Any], list[str]]:
    """The ``add`` row's changes from the form's values, and what is still missing or wrong (in words).

    A toll left empty is not reported (fatalities then coded 0, as ACLED does; injuries none).
    """
    needs = []
    if not event_type:
        needs.append("an event type")
    if not sub_event_type:
        needs.append("a sub-event type")
    if date_from is None or date_to is None:
        needs.append("its days (From and To)")
    elif date_to < date_from:
        needs.append("To on or after From")
    if not place_id:
        needs.append("a place")
    values: dict[str, Any] = {"event_type": event_type, "sub_event_type": sub_event_type,
                              "date_from": date_from.isoformat() if date_from else None,
                              "date_to": date_to.isoformat() if date_to else None, "place_id": place_id,
                              "actor1_id": actor1_id or "", "actor2_id": actor2_id or "",
                              "fatalities": fatalities or 0, "injuries": injuries}
    return values, needs


class UnreadCount(NamedTuple):
    """How many sentences of an article no rule read, and the day it was published (``YYYY-MM-DD``)."""

    sentences: int
    published: str


def unread_counts(articles: Any, reviews: Mapping[str, Any] | None = None) -> dict[str, UnreadCount]:
    """Article id -> how many of its sentences no rule read are still open and its day, for the articles that
    have some (read off the index of ``articles.json``: no article's item is read). A sentence an analyst
    added an event from (``reviews.json``'s ``added``, not rejected since) is no longer open.

    Parameters
    ----------
    articles : iterable of mapping
        The build's articles (``Dataset.articles``).
    reviews : mapping, optional
        ``reviews.json``.
    """
    from pipeline.ids import article_of

    from .articlestore import indexed

    done: dict[str, set[str]] = {}
    for item in (reviews or {}).get("added") or ():
        if isinstance(item, dict) and item.get("sentence_id") and item.get("review_status") != "rejected":
            sid = str(item["sentence_id"])
            done.setdefault(article_of(sid) or "", set()).add(sid)
    out = {}
    for a in articles:
        n = indexed(a, "unread_count")
        if n is None:  # (a build read whole, from before the count: its list)
            n = len(indexed(a, "unread") or ())
        aid = str(indexed(a, "id"))
        if isinstance(n, int):
            n -= len(done.get(aid, ()))
        if isinstance(n, int) and n > 0:
            out[aid] = UnreadCount(n, str(indexed(a, "published") or ""))
    return out


def article_label(article: Mapping[str, Any], unread: int = 0) -> str:
    """An article as the Articles view's chooser names it: ``2021-04-20 · Outlet · title`` (the title between
    first-strong and pop isolates, U+2068/U+2069), and ``· 2 sentences no rule read`` when it has some open."""
    from .articlestore import indexed

    # the title isolated in its own direction: an Arabic title let the count's figure jump before it
    title = f"\u2068{indexed(article, 'title') or indexed(article, 'id')}\u2069"
    label = f"{indexed(article, 'published')} · {indexed(article, 'source')} · {title}"
    if unread:
        label += f" · {unread} sentence{'s' if unread != 1 else ''} no rule read"
    return label


def review_note(counts: Mapping[str, UnreadCount], date_from: dt.date | None = None,
                date_to: dt.date | None = None) -> str | None:
    """What the Review page says of the unread sentences of the articles published in the dates shown
    (:func:`unread_counts`; Markdown, every value made safe), with a link to the newest such article; None
    when there are none."""
    from .textsafe import md_safe, query_link

    found = []
    for aid, c in counts.items():
        day = _day(c.published)
        if day is not None and ((date_from and day < date_from) or (date_to and day > date_to)):
            continue
        found.append((day or dt.date.min, aid))
    if not found:
        return None
    total = sum(counts[aid].sentences for _, aid in found)
    newest = max(found)[1]
    return (f"**{total} sentence{'s' if total != 1 else ''} in {len(found)} article{'s' if len(found) != 1 else ''}** "
            "of these dates read as an event, but no rule read them: nothing of them is on the map. The Articles "
            "view lists them under each article, with a form to add the event one tells "
            f"([the newest: {md_safe(newest)}]({query_link(view='Articles', article=newest)})).")


def _day(value: Any) -> dt.date | None:
    try:
        return dt.date.fromisoformat(str(value)[:10]) if value else None
    except ValueError:
        return None


def render_unread(ds: Any, art: dict) -> None:
    """The Articles view's unread-sentence expander: the list, and the form that adds the event one tells.

    Parameters
    ----------
    ds : mapapp.data.Dataset
        The build shown (its ``reviews`` say which events analysts added).
    art : dict
        The article shown.
    """
    import streamlit as st

    from pipeline.acled_vocab import ACLED_TAXONOMY

    from . import data
    from .reviewview import FATALITIES_LABEL, INJURIES_LABEL, count_input, name_input
    from .textsafe import md_safe, query_link

    added = added_by_sentence(ds.reviews)
    saved = st.session_state.get(SAVED_KEY)
    if saved and saved.get("article") == art.get("id"):
        st.session_state.pop(SAVED_KEY)
        drawn = any(item.get("event_id") == saved["event_id"] and item.get("review_status") != "rejected"
                    for items in added.values() for item in items)
        said = (f"Added {md_safe(saved['event_id'])} (curated/reviews.csv line {int(saved['line'])}, "
                f"by {md_safe(saved['by'])})")
        if drawn:
            st.success(f"{said}: the map draws it now ([on the map]({query_link(view='Map', event=saved['event_id'])}); "
                       f"[in Review]({query_link(view='Review', review=saved['event_id'])})).")
        else:
            st.warning(f"{said}, but the build does not draw it: see the problems with curated/reviews.csv under "
                       "About the data (or a build is still running: reload).")
    table = unread_table(art, added)
    if table.empty:
        return
    with st.expander(unread_heading(len(table)), expanded=bool(saved)):
        st.caption(UNREAD_MEANING)
        st.markdown(unread_html(table), unsafe_allow_html=True)
        paths = data.paths()
        if paths.curated is None:
            st.caption("Added events are kept in curated/reviews.csv; this app runs without a curated folder "
                       "(QMAP_CURATED=none).")
            return
        choices = add_choices(art)
        if st.session_state.pop(FRESH_KEY, False) or st.session_state.get("unread_sentence") not in (None, *choices):
            # after an addition, or another article's choice: none chosen. Set, not dropped: a dropped key
            # left the browser showing the sentence just added from, with no form under it
            st.session_state["unread_sentence"] = None
        sid = st.selectbox("Sentence that tells an event", list(choices), index=None, key="unread_sentence",
                           format_func=lambda i: choices.get(i, str(i)), placeholder="choose one sentence")
        if sid is None:
            return
        from pipeline.actors import default_actors
        from pipeline.gazetteer import load_geo_dir

        item = next(u for u in art["unread"] if str(u.get("event_id")) == sid)
        gaz = load_geo_dir(paths.geo)
        actors = default_actors()
        key = f"unread_{sid}_"
        a, b = st.columns(2)
        etypes = list(ACLED_TAXONOMY)
        etype = a.selectbox("Event type", etypes, index=None, key=key + "type", placeholder="choose the type")
        subs = list(ACLED_TAXONOMY[etype]) if etype else []
        sub = b.selectbox("Sub-event type", subs, index=None, key=f"{key}sub_{etype}",
                          placeholder="choose the sub-event type", disabled=not etype)
        start = _day(item.get("date_from")) or _day(art.get("published"))
        end = _day(item.get("date_to")) or start
        a, b = st.columns(2)
        d1 = a.date_input("From", start, key=key + "from")
        d2 = b.date_input("To", end, key=key + "to")
        place_ids = sorted(gaz.places)
        hint = item.get("place_id") or ""
        place = st.selectbox("Place", place_ids, index=place_ids.index(hint) if hint in place_ids else None,
                             key=key + "place", placeholder="choose the place (the gazetteer's)",
                             format_func=lambda i: f"{gaz.places[i].name_en} · {gaz.places[i].name_ar} ({i})")
        actor_ids = [""] + sorted(actors)
        a, b = st.columns(2)
        act1 = a.selectbox("Actor 1", actor_ids, key=key + "a1", format_func=lambda i: actors[i].name if i else "—")
        act2 = b.selectbox("Actor 2", actor_ids, key=key + "a2", format_func=lambda i: actors[i].name if i else "—")
        a, b = st.columns(2)
        fat = count_input(st, a, FATALITIES_LABEL, key + "fat", None)
        inj = count_input(st, b, INJURIES_LABEL, key + "inj", None)
        why = st.text_input("Note (optional)", key=key + "why", placeholder="e.g. an arson attack the rules missed")
        who = name_input(st, "Your name (recorded with the event)", "unread_who")
        values, needs = add_values(event_type=etype, sub_event_type=sub, date_from=d1 if isinstance(d1, dt.date) else None,
                                   date_to=d2 if isinstance(d2, dt.date) else None, place_id=place, actor1_id=act1,
                                   actor2_id=act2, fatalities=fat, injuries=inj)
        if not who.strip():
            needs.append("your name")
        st.caption("Adds an `add` row to curated/reviews.csv with your name and the time; the app rebuilds and the "
                   "map draws the event with this sentence as its evidence." + (f" Still needed: {', '.join(needs)}."
                                                                                  if needs else ""))
        if st.button("Add this event", type="primary", disabled=bool(needs), key="unread_add"):
            from pipeline.reviews import ReviewError, added_ids, record_decision

            # the ids added from it: the build's, and the file's (an addition the build shown does not have yet);
            # the file is read on the click only, not on every rerun of the form
            taken = {str(x.get("event_id")) for x in added.get(sid, [])} | added_ids(paths.curated / "reviews.csv")
            eid = new_event_id(sid, taken)
            try:
                line = record_decision(paths.curated / "reviews.csv", eid, "add", reviewed_by=who, gazetteer=gaz,
                                       actors=actors, changes=values, reason=why)
            except ReviewError as err:
                st.error(md_safe(err))
            else:
                st.session_state[SAVED_KEY] = {"article": art.get("id"), "event_id": eid, "line": line,
                                               "by": who.strip()}
                st.session_state[FRESH_KEY] = True  # (the choice is emptied before the widget is drawn again)
                st.rerun()
