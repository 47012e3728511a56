"""The "Add report" page: a new report into ``seeds/`` from pasted text, an uploaded file or a URL.

The report is read by :mod:`pipeline.addreport` (the same code as ``python -m pipeline add``):
a saved web page gives its text, title, date, outlet and address; the metadata form is
prefilled with them. Saving writes ``seeds/<id>.txt`` and ``seeds/<id>.toml`` atomically;
the app then rebuilds (new seeds are build inputs) and this page shows the new report's
events on the map, each with a link to review it.
"""

from __future__ import annotations

import datetime as dt
import html
import json
from typing import TYPE_CHECKING, Any

from pipeline.articles import LANGUAGES as ARTICLE_LANGUAGES
from pipeline.datemath import EARLIEST

from .eventlinks import covering, day_span, event_days, link_query, overlaps
from .reportwords import sourcing_words
from .textsafe import html_block, md_safe, query_link

if TYPE_CHECKING:
    import pandas as pd

#: The widget keys of the free-text inputs a report's own words are typed into (Arabic or English).
TEXT_KEY = "add_text"
TITLE_KEY = "add_title"
#: Said while no publication date is given (none was found in the source, and the form's is empty).
NO_DATE = ("No publication date found in the source: give it (relative dates such as 'yesterday' resolve "
           "against it).")


def bidi_inputs_html(keys: tuple[str, ...] = (TEXT_KEY, TITLE_KEY)) -> str:
    """Style and script that make the inputs of the widgets ``keys`` read in the direction of their text.

    Each gets ``dir="auto"`` (Arabic typed there is right-to-left, English left-to-right, the full
    stop at the sentence's end) and, in CSS, ``unicode-bidi: plaintext`` so that each line of a
    text area takes its own direction even before the script runs. Scoped to those widgets only
    (Streamlit gives a widget's container the class ``st-key-<key>``); the script re-applies the
    attribute when Streamlit redraws the widget.
    """
    sel = ", ".join(f".st-key-{k} textarea, .st-key-{k} input" for k in keys)
    return (f"<style>{sel}{{unicode-bidi:plaintext;text-align:start}}</style>"
            "<script>(function(){const sel=" + json.dumps(sel) + ";"
            "const set=()=>document.querySelectorAll(sel).forEach(el=>{if(el.getAttribute('dir')!=='auto')"
            "el.setAttribute('dir','auto');});set();"
            "if(!window.__qmapBidi){window.__qmapBidi=new MutationObserver(set);"
            "window.__qmapBidi.observe(document.body,{childList:true,subtree:true});}})();</script>")


#: The languages a report may be saved in (the metadata's, in order).
LANGUAGES = sorted(ARTICLE_LANGUAGES)
#: Session key: the text the metadata fields were last filled for, and with what.
FILLED_KEY = "add_filled"
#: Fields that belong to one text whatever was typed: emptied when the text changes.
PER_TEXT_KEYS = {"add_id": "", "add_outlet_unknown": False}


def filled_metadata(report, hints: dict[str, tuple]) -> dict[str, Any]:
    """What the metadata fields are filled with for a report.

    Parameters
    ----------
    report : pipeline.addreport.Report
        The report read from the paste, file or address (its own metadata, where it has some).
    hints : dict
        :func:`suggestions` for it (a title and a date read from its text).

    Returns
    -------
    dict
        Widget key -> value: ``add_published``, ``add_outlet``, ``add_language``, the title and
        ``add_meta_url``.
    """
    return {"add_published": report.published or hints.get("published", (None,))[0],
            "add_outlet": report.source,
            "add_language": report.language if report.language in LANGUAGES else LANGUAGES[0],
            TITLE_KEY: report.title or hints.get("title", ("",))[0],
            "add_meta_url": report.url}


def refill_metadata(state, text_id: str, filled: dict[str, Any]) -> None:
    """Put the metadata fields' values in the session state, filled again when the text changes.

    A widget keeps its value across reruns (in the browser too: a key merely deleted is sent back
    by the page), so a second text pasted in the same session kept the first one's outlet and
    language, and was saved with them. The fields are therefore made without a value of their
    own and read ``state``: a field not yet there takes ``filled``; when ``text_id`` (the text's
    hash) differs from the one the fields were filled for, each field that still holds what was
    filled for the old text takes the new text's value, a field the analyst typed in is kept as
    typed, and the fields that belong to one text (``PER_TEXT_KEYS``: the Id, "Outlet not known")
    are emptied.

    Parameters
    ----------
    state : MutableMapping
        ``st.session_state``.
    text_id : str
        The new text's id (:func:`pipeline.addreport.default_id`).
    filled : dict
        :func:`filled_metadata` of the new text.
    """
    before = state.get(FILLED_KEY)
    changed = before is not None and before[0] != text_id
    for key, value in filled.items():
        if key not in state or (changed and key in before[1] and state[key] == before[1][key]):
            state[key] = value
    if changed:
        state.update(PER_TEXT_KEYS)
    state[FILLED_KEY] = (text_id, dict(filled))


def language_problem(text: str, language: str) -> str | None:
    """What to say when the Language chosen is not the script the text is written in.

    An Arabic text saved as ``en`` gave no event. Kurdish may be written in either script, so
    ``ku`` is never questioned.

    Parameters
    ----------
    text : str
        The report's text.
    language : str
        The Language chosen (``ar``, ``en`` or ``ku``).

    Returns
    -------
    str or None
        The warning, or None when the choice fits the text.
    """
    from pipeline.language import detect_language

    if language not in ("ar", "en") or not text.strip():
        return None
    script = detect_language(text)
    if script == language:
        return None
    written = {"ar": "Arabic", "en": "English"}[script]
    return (f"The text is written in {written} letters but Language says {language}: the report is read in the "
            "language given here, so check it before adding.")


def date_notice(published: dt.date | None) -> str | None:
    """The notice under the metadata while no publication date is given (None once one is)."""
    return NO_DATE if published is None else None


def suggestions(report) -> dict[str, tuple]:
    """What the form prefills from the text when the source gives no title or no date, each with the words
    asking the user to check it: ``{"title": (title, words), "published": (date, words)}`` (empty when
    nothing is suggested)."""
    from pipeline.addreport import suggest_published, suggest_title

    out: dict[str, tuple] = {}
    title = "" if report.title else suggest_title(report.text)
    if title:
        out["title"] = (title, "Title suggested from the text's first line (a headline): check it.")
    day = None if report.published else suggest_published(report.text)
    if day is not None:
        out["published"] = (day, f"Published date suggested from a date in the text ({day:%d %b %Y}): check that "
                                 "it is the day of publication, not only of the events, before adding.")
    return out


def duplicate_text(err, articles: list[dict]) -> str:
    """What the page says when the report (or its id) is already in the data: the article there by its
    title, outlet and date (``articles.json``), in the page's words, not the command line's."""
    art = next((a for a in articles if a.get("id") == err.existing), None)
    described = ""
    if art:
        bits = [f"“{art['title']}”" if art.get("title") else "", str(art.get("source") or ""),
                f"published {art['published']}" if art.get("published") else ""]
        described = ", ".join(b for b in bits if b)
    said = err.for_app(described)
    if err.same_text:
        said += (" If it was added with a wrong publication date or outlet, withdraw it (Withdraw a report, below) "
                 "and add it again.")
    return said


def fetch_error_text(err) -> str:
    """What the page says when a web address could not be fetched: the app's own way round (save the
    page in the browser, upload it here), not the command line's."""
    return err.for_app() if hasattr(err, "for_app") else str(err)


#: Said while the text box is empty (nothing pasted yet).
NOTHING_PASTED = ("Nothing pasted yet: paste the report's text above (Arabic or English), or choose 'Upload a "
                  "file' for a saved page or a long text.")
#: Said when the text given is a web page's markup (pasted, or a page saved as .txt).
PAGE_SOURCE_READ = ("This text is a web page's source (HTML), not the report's text: the article was read out of it as "
                    "from an uploaded page, with its title, date and outlet where the page gives them. Check the text "
                    "below before adding it.")
#: Said while no outlet is given and the dateline names none.
NO_OUTLET = ("No outlet found in the text's dateline: type it in Outlet (e.g. North Press Agency), or tick "
             "'Outlet not known' to save the report with the outlet 'unknown'.")


def paste_help() -> str:
    """The paste box's stated limit, and where a longer text goes."""
    from pipeline.addreport import MAX_PASTE_CHARS
    from pipeline.files import MAX_ARTICLE_BYTES

    return (f"Paste up to {MAX_PASTE_CHARS:,} characters (a report is a few thousand). A longer text: save it as a "
            f".txt file and choose 'Upload a file' (up to {MAX_ARTICLE_BYTES // (1024 * 1024)} MB).")


def _pipeline():
    """The compiled pipeline that reads a report before it is added (once per server)."""
    import streamlit as st

    @st.cache_resource(show_spinner=False)
    def compiled(geo: str):
        from pipeline.core import Pipeline

        return Pipeline.from_geo_dir(geo)

    from . import data

    return compiled(str(data.paths().geo))


def render(ds, tiles) -> None:
    """The Add report page."""
    import streamlit as st
    from streamlit_folium import st_folium

    from pipeline.addreport import (
        MAX_PAGE_BYTES,
        AddError,
        DuplicateError,
        FetchError,
        NothingFoundError,
        add_report,
        default_id,
        fetch_url,
        from_html,
        from_text_or_page,
        looks_like_html,
        paste_problem,
        published_problem,
    )
    from pipeline.errors import InputError

    from . import data, mapview

    paths = data.paths()
    added = st.session_state.get("add_done")
    if added:
        _show_added(st, st_folium, ds, tiles, mapview, added)
        if st.button("Add another report", key="add_again"):
            for k in ("add_done", "add_report", "add_text"):
                st.session_state.pop(k, None)
            st.rerun()
        withdraw_form(st, ds, paths.seeds, chosen=added["id"])
        return
    withdrawn = st.session_state.pop("add_withdrawn", None)
    if withdrawn:
        st.success(withdrawn)
    st.markdown("Paste a report, upload its `.txt` or saved web page (`.html`), or give its address. The text is "
                "kept exactly as given in `seeds/`; nothing else is edited.")
    # the report's text and title read in their own direction (Arabic right-to-left): style and script only
    st.html(bidi_inputs_html(), unsafe_allow_javascript=True)
    how = st.radio("Source", ["Paste text", "Upload a file", "Web address"], horizontal=True, key="add_how")
    report = None
    outlets = list(ds.options.get("sources", ()))  # the build's outlet names: a dateline may give one of them
    try:
        if how == "Paste text":
            text = st.text_area("Report text", key=TEXT_KEY, height=220,
                                placeholder="The report's text, as published (Arabic or English)")
            st.caption(paste_help())
            if not text:
                st.info(NOTHING_PASTED)
            elif paste_problem(text) and not (looks_like_html(text) and len(text) <= MAX_PAGE_BYTES):
                st.error(paste_problem(text))  # (a page's source, often over the paste limit, is read as a page)
            else:
                report = from_text_or_page(text, "pasted text", outlets)
        elif how == "Upload a file":
            up = st.file_uploader("A .txt or a saved .html page", type=["txt", "html", "htm"], key="add_file")
            if up is not None:
                raw = up.getvalue()
                if up.name.lower().endswith((".html", ".htm")):
                    report = from_html(raw, origin=up.name)
                else:
                    from pipeline.articles import decode_text

                    report = from_text_or_page(decode_text(raw, up.name), up.name, outlets)
        else:
            url = st.text_input("Address (http:// or https://)", key="add_url")
            if st.button("Fetch", key="add_fetch") and url.strip():
                st.session_state["add_report"] = fetch_url(url.strip())
            report = st.session_state.get("add_report")
    except FetchError as e:
        st.error(md_safe(fetch_error_text(e)))  # the typed address shown as written, never a link
        report = None
    except InputError as e:
        st.error(md_safe(e))
        report = None
    if report is None:
        withdraw_form(st, ds, paths.seeds)
        return
    if report.page_source:  # a page's markup pasted or saved as .txt: read as the page it is
        st.info(PAGE_SOURCE_READ)
    with st.expander("Text as it will be saved", expanded=False):
        attrs = mapview.lang_attrs(report.text, report.language)  # lang="ar" takes the Arabic font rule
        st.markdown(html_block(f'<div class="qarticle" {attrs}>{html.escape(report.text).replace(chr(10), "<br>")}'
                               '</div>'), unsafe_allow_html=True)
    st.subheader("Metadata")
    hints = suggestions(report)
    if hints:
        st.info(" ".join(words for _, words in hints.values()))
    notice = st.empty()  # above the form, filled once the form's date is known: it goes when a date is given
    filled = filled_metadata(report, hints)
    this_text = default_id(report.text, None)  # the text's hash: metadata and a confirmation hold for this text only
    refill_metadata(st.session_state, this_text, filled)
    a, b, c = st.columns(3)
    # no max_value: a date the widget refused kept the old one and said why only in a tooltip; the page says it
    # (no value of their own: they read the session state refill_metadata keeps, see there)
    published = a.date_input("Published", key="add_published", min_value=EARLIEST,
                             max_value=dt.date.today() + dt.timedelta(days=3650))
    if date_notice(published):
        notice.info(date_notice(published))
    outlet = b.text_input("Outlet (English)", key="add_outlet",
                          placeholder="not found: e.g. North Press Agency")
    language = c.selectbox("Language", LANGUAGES, key="add_language")
    wrong_script = language_problem(report.text, language)
    if wrong_script:
        c.warning(wrong_script)
    bad_date = published_problem(published)
    if bad_date:
        a.error(bad_date)
    unknown_outlet = False
    if not outlet.strip():
        b.warning(NO_OUTLET)
        unknown_outlet = b.checkbox("Outlet not known", key="add_outlet_unknown")
    title = st.text_input("Title", key=TITLE_KEY)
    a, b = st.columns(2)
    url = a.text_input("URL", key="add_meta_url")
    article_id = b.text_input("Id (optional)", key="add_id", placeholder="default: <date>_<hash of the text>")
    from .reviewview import name_input

    who = name_input(st, "Your name", "add_who")  # the name last given in this session (Review, Articles), and back
    confirm_nothing = False
    if st.session_state.get("add_nothing_found") == this_text:
        st.warning(NOTHING_FOUND)
        confirm_nothing = st.checkbox("Add it all the same (it names no place, no date and no event)",
                                      key="add_nothing_ok")
    ready = published is not None and not bad_date and (outlet.strip() or unknown_outlet)
    if st.button("Add report and build", type="primary", disabled=not ready, key="add_go"):
        try:
            done = add_report(paths.seeds, report, published=published, source=outlet, language=language,
                              title=title, url=url, article_id=article_id, added_by=who,
                              unknown_outlet_ok=unknown_outlet, pipeline=_pipeline(), nothing_found_ok=confirm_nothing)
        except NothingFoundError:
            st.session_state["add_nothing_found"] = this_text
            st.rerun()  # the warning and its confirmation above the button
        except DuplicateError as e:
            st.error(md_safe(duplicate_text(e, ds.articles)))
            withdraw_form(st, ds, paths.seeds, chosen=e.existing)
            return
        except (AddError, InputError) as e:
            st.error(md_safe(e))
            return
        else:
            st.session_state.pop("add_nothing_found", None)
            st.session_state["add_done"] = {"id": done.id, "unknown": done.unknown}
            st.rerun()  # the new seed is a build input: the app rebuilds before this page shows it
    withdraw_form(st, ds, paths.seeds)


#: Said when the text names nothing the pipeline reads (a slip such as "hello", a wrong paste).
NOTHING_FOUND = ("This text names no place, no date and no event: added, it would be a report that gives nothing "
                 "on the map. Check that it is the report's text. To add it all the same, tick the box and press "
                 "Add again.")


def withdrawable(ds, seeds) -> list[dict]:
    """The reports a user may withdraw: the build's articles whose text is in ``seeds`` (not curated rows),
    newest published first."""
    from pathlib import Path

    return sorted((a for a in ds.articles if a.get("id") and (Path(seeds) / f"{a['id']}.txt").is_file()),
                  key=lambda a: (str(a.get("published") or ""), str(a["id"])), reverse=True)


def withdraw_form(st, ds, seeds, chosen: str | None = None) -> None:
    """The "Withdraw a report" form: the report, your name, why; :func:`pipeline.withdrawals.withdraw_report`
    keeps its files (``seeds/withdrawn/``) and logs who, when and why; the app rebuilds without it."""
    from pipeline.withdrawals import WithdrawError, withdraw_report

    from .reviewview import name_input

    reports = withdrawable(ds, seeds)
    if not reports:
        return
    ids = [a["id"] for a in reports]
    with st.expander("Withdraw a report added by mistake, or with a wrong date", expanded=chosen is not None
                     and chosen in ids and "add_done" not in st.session_state):
        st.caption("The report leaves the map at the next build; its files are kept in `seeds/withdrawn/` with who "
                   "withdrew it, when and why (reviews of its events are kept too). The same text can then be added "
                   "again, with the right date.")
        if chosen in ids and "wd_id" not in st.session_state:
            st.session_state["wd_id"] = chosen
        aid = st.selectbox("Report", ids, key="wd_id", format_func=lambda i: next(
            f"{a.get('published')} · {a.get('source')} · {a.get('title') or i}" for a in reports if a["id"] == i))
        reason = st.text_input("Why", key="wd_reason", placeholder="e.g. wrong publication date; added by mistake")
        who = name_input(st, "Withdrawn by (name recorded with it)", "wd_who")
        if st.button("Withdraw", key="wd_go", disabled=not (aid and reason.strip() and who.strip())):
            try:
                done = withdraw_report(seeds, aid, who, reason)
            except WithdrawError as e:
                st.error(md_safe(e))
                return
            for k in ("add_done", "wd_id", "wd_reason"):
                st.session_state.pop(k, None)
            st.session_state["add_withdrawn"] = withdrawn_words(done)
            st.rerun()  # seeds/ changed: the app rebuilds without it


def withdrawn_words(done) -> str:
    """What the page says after a withdrawal (Markdown, the report's words made safe)."""
    return (f"Withdrew {md_safe(done.id)} ({md_safe(done.reason)}), by {md_safe(done.withdrawn_by)} at "
            f"{md_safe(done.withdrawn_at)}: the map is rebuilt without it; its files are kept in seeds/withdrawn/ "
            f"as {md_safe(done.kept_as)}. You can add the same text again (with the right date).")


def _joined(aid: str, event: pd.Series) -> bool:
    """Whether an event made from article ``aid`` joined another article's report (its ``merged_ids``)."""
    from pipeline.ids import article_of

    value = event.get("merged_ids")
    listed = value.split(";") if isinstance(value, str) else list(value) if hasattr(value, "__iter__") else []
    ids = [str(i).strip() for i in listed if str(i).strip()]
    return any(article_of(i) not in (None, aid) for i in ids)


def added_words(aid: str, mine: pd.DataFrame) -> str:
    """What the Add report page says after the build: how many events the added report gives, and which
    of them joined an event already on the map (a second outlet's report of it), with the reports and
    outlets that event now combines, as Markdown (the id made safe).

    Parameters
    ----------
    aid : str
        The added article's id.
    mine : DataFrame
        The build's events made from it (:meth:`mapapp.store.EventStore.article_events`).

    Returns
    -------
    str
        ``Added ID and rebuilt: 1 event from it on the map (new).``, or ``…: 1 event from it on the map; it
        joined an event already on the map: now 2 reports from 2 outlets.``
    """
    head = f"Added {md_safe(aid)} and rebuilt: {len(mine)} event{'' if len(mine) == 1 else 's'} from it on the map"
    if mine.empty:
        return head + "."
    joined = [r for _, r in mine.iterrows() if _joined(aid, r)]
    if not joined:
        return head + (" (new)." if len(mine) == 1 else " (all new).")

    def now(r: pd.Series) -> str:
        return f"now {md_safe(sourcing_words(r))}"  # the build's counts, the words of every view

    if len(mine) == 1:
        return f"{head}; it joined an event already on the map: {now(joined[0])}."
    return (f"{head}; {len(joined)} joined an event already on the map ("
            + "; ".join(f"{md_safe(r['event_id'])}: {now(r)}" for r in joined) + f"), {len(mine) - len(joined)} new.")


#: Session key of what the reports added in this session left: ``{"ids": [...], "range": (from, to)}``, the
#: ids added and the date range the last add left in force (moved to its events, or kept). A later add widens
#: the range in force rather than replacing it (:func:`range_for_added`), so a batch of reports stays on the Map.
ADDED_THIS_SESSION = "add_session"


def range_for_added(mine: pd.DataFrame, shown: tuple[dt.date, dt.date], bounds: tuple[dt.date, dt.date],
                    keep: tuple[dt.date, dt.date] | None = None) -> tuple[dt.date, dt.date] | None:
    """The range that shows the added report's events, or None when the range ``shown`` already shows every one
    of them (or there are none).

    Parameters
    ----------
    mine : DataFrame
        The build's events made from the added report (their ``date_from``/``date_to``: :func:`mapapp.eventlinks.event_days`).
    shown : (date, date)
        The range in force.
    bounds : (date, date)
        The data's first and last day: the range is kept in them.
    keep : (date, date), optional
        A range to go on showing beside the new events: the range in force when reports were already added in
        this session (the range the last add left, or the From/To the analyst set since). It is kept as it is,
        each end moved only as far as the new events need. None (the session's first add): the new events' days
        alone.

    Returns
    -------
    (date, date) or None
        The new events' days, padded by a day as the opening range is (:func:`mapapp.eventlinks.covering`),
        together with ``keep``; None when nothing needs to move.
    """
    days = [d for d in (event_days(r) for _, r in mine.iterrows()) if d is not None]
    if not days or all(overlaps(d, *shown) for d in days):
        return None
    new = covering(days, bounds)
    if keep is None or new is None:
        return new
    lo, hi = bounds
    return max(min(new[0], keep[0]), lo), min(max(new[1], keep[1]), hi)


def moved_words(moved: tuple[dt.date, dt.date], before: tuple[dt.date, dt.date], n_events: int,
                kept: str | None = None, earlier: int = 0) -> str:
    """What the Add report page says when an add moved the date range.

    Parameters
    ----------
    moved, before : (date, date)
        The range now, and the range before the add.
    n_events : int
        How many events the added report gives.
    kept : {None, "added", "chosen"}
        None: the range moved to the new events' days (the session's first add); ``"added"``: it was widened
        from the range the reports added before in this session left; ``"chosen"``: from a range the analyst
        set since the last add.
    earlier : int
        How many reports were added before in this session (for ``"added"``).

    Returns
    -------
    str
        ``The date range is now 23 Jun 2024 → 08 Jul 2024 (it was 23 Jun 2024 → 25 Jun 2024), so that the Map
        shows these events and those of the report added before in this session.``
    """
    these = "this event" if n_events == 1 else "these events"
    said = f"The date range is now {day_span(moved)} (it was {day_span(before)}), so that the Map shows {these}"
    if kept == "added":
        reports = "the report" if earlier == 1 else f"the {earlier} reports"
        return f"{said} and those of {reports} added before in this session."
    if kept == "chosen":
        return f"{said} and the days you had chosen."
    return said + "."


def _open_map() -> None:
    """Switch to the Map (a button callback), framed on the events shown: the map area an earlier view left
    in the URL (``bbox``) is let go (a new analyst's trial: the area of an April 2021 view of Qamishli city
    was kept, and the new report's deadliest strike, at Amuda, was outside the map, unsaid)."""
    import streamlit as st

    st.session_state["view_radio"] = "Map"
    st.query_params["view"] = "Map"
    st.query_params.pop("bbox", None)


def _show_added(st, st_folium, ds, tiles, mapview, added: dict) -> None:
    from . import daterange, framing

    aid = added["id"]
    mine = ds.store.article_events(aid)  # a query: the events frame is never read here
    # the range in force hid the new events (the Map said "3 of 40 events"): it moves to their days, once; after
    # an earlier add of this session it widens instead (a batch of reports: each add had hidden the one before)
    if "range_moved" not in added:
        shown = tuple(st.session_state.get(daterange.RANGE_KEY) or ds.bounds)
        session = st.session_state.get(ADDED_THIS_SESSION) or {}
        ids = {str(a.get("id")) for a in ds.articles}
        earlier = [i for i in session.get("ids", ()) if i != aid and i in ids]  # (a withdrawn one is gone)
        kept = None if not earlier else "added" if tuple(session.get("range") or ()) == shown else "chosen"
        moved = range_for_added(mine, shown, ds.bounds, keep=shown if kept else None)
        added["range_moved"] = (moved, shown, kept, len(earlier)) if moved else None
        st.session_state[ADDED_THIS_SESSION] = {"ids": [*earlier, aid], "range": moved or shown}
        if moved:
            daterange.request(*moved)
            st.rerun()  # the sidebar is drawn before this page: the next run draws it on the new range
    st.success(added_words(aid, mine))
    if added.get("range_moved"):
        moved, before, kept, earlier = added["range_moved"]
        st.info(moved_words(moved, before, len(mine), kept, earlier))
    if not mine.empty:
        st.button("Open on the Map", key="add_open_map", on_click=_open_map,
                  help="The Map on the range that shows the report's events")
    if added.get("unknown"):
        # the CLI's names say which option gives each field; the page has fields, not options
        st.caption("Not determined (left empty): " + ", ".join(u.split(" (--")[0] for u in added["unknown"]))
    errs = [e for e in ds.errors if aid in str(e.get("path", ""))]
    for e in errs:
        st.error(f"{md_safe(e['path'])}: {md_safe(e['reason'])}")
    art: dict = next((a for a in ds.articles if a.get("id") == aid), {})
    aside = len(art.get("set_aside") or ())
    if aside:
        from .articleview import set_aside_heading

        restore = "restore it if it is real" if aside == 1 else "restore a real one"
        st.caption(f"{set_aside_heading(aside, more=True)} (listed under the report in Articles, where you can "
                   f"{restore}).")
    if mine.empty:
        st.info("No event found in this report (see Articles for its places and dates).")
        return
    # every event on the small map: centred between two places at a fixed zoom, both symbols were off it
    points = [(float(r["latitude"]), float(r["longitude"])) for _, r in mine.iterrows()
              if r["latitude"] == r["latitude"] and r["longitude"] == r["longitude"]]
    center, zoom = framing.all_of(points)
    base = mapview.base_map(tiles, ds.places, ds.border, center=center, zoom=zoom)
    layers = mapview.dynamic_layers(mine, ds.zones, ds.places, mine["day_to"].max())
    st_folium(base, key="add_map", height=framing.ADD_MAP_PX[1], use_container_width=True,
              feature_group_to_add=layers, center=center, zoom=zoom, returned_objects=[])
    # the legend under the map, as on the Map page: a panel over this small map hid the new event's symbol
    st.markdown(mapview.legend_html(mine["day_to"].max(), "strip", ds.zones_latest_evidence, ds.zones), unsafe_allow_html=True)
    from .feedview import summary_line, when

    e = html.escape
    for _, r in mine.iterrows():
        eid = str(r["event_id"])
        review = e(query_link(view="Review", article=aid, review=eid), quote=True)
        on_map = e(query_link(**link_query(eid, event_days(r))), quote=True)  # the link opens on its days
        st.markdown(html_block(f'<div class="qfeed">• <b>{e(when(r))}</b> · {e(summary_line(r))} · '
                               f'<a target="_self" href="{review}">review</a> · '
                               f'<a target="_self" href="{on_map}">on the map</a></div>'),
                    unsafe_allow_html=True)
