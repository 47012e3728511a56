"""Streamlit side of the briefing: the Briefing view, and the Map view's export row.

The page itself (header, map, legend, locator inset, changes, sources, generation time)
is :mod:`mapapp.briefing`'s; its PNG and PDF are :mod:`mapapp.printing`'s. This module
only holds the widgets: the editable title and caption, the user's current view (the
bounds st_folium returns, kept in the URL as ``bbox``), and the download buttons.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path
from urllib.parse import urlencode

import pandas as pd
import streamlit as st
import streamlit.components.v1 as components

from . import briefing, downloads, exports, framing, layout, mapview, printing
from .filters import Filters, describe
from .framing import Bounds
from .textsafe import md_safe

#: URL keys the briefing adds to the filters' (kept when the filters rewrite the URL).
URL_KEYS = ("bbox", "title", "caption", "compare")
COMPARE = {"range": "the start of the date range", "day": "the previous day", "week": "the previous week"}


def compare_start(f: Filters, mode: str) -> dt.date:
    """The day changes of control are counted from (exclusive): the range's start, or a day / week before its end."""
    if mode == "day":
        return f.as_of - dt.timedelta(days=1)
    if mode == "week":
        return f.as_of - dt.timedelta(days=7)
    return f.date_from - dt.timedelta(days=1)  # a change on the first day of the range is in it


def compare_selector() -> str:
    """The "changed hands since" toggle (kept in the URL); returns ``range``, ``day`` or ``week``."""
    current = st.query_params.get("compare", "range")
    keys = list(COMPARE)
    mode = st.radio("Outline areas that changed hands since", keys, index=keys.index(current) if current in keys else 0,
                    format_func=COMPARE.get, horizontal=True, key="compare_mode")
    if mode != current:
        if mode == "range":
            st.query_params.pop("compare", None)
        else:
            st.query_params["compare"] = mode
    return mode


def changes_for(ds, f: Filters, mode: str) -> list[dict]:
    """The zones that changed hands between :func:`compare_start` and the range's end."""
    counts = ds.store.report_counts(mapview.cited_event_ids(ds.zones))  # a query: no events frame needed
    return mapview.zone_changes(ds.zones, compare_start(f, mode), f.as_of, ds.places, report_counts=counts)


def show_changes(changes: list[dict], mode: str) -> None:
    """The list under the map: "Tayy: Government → contested (SDF vs Government), 23 Apr 2021, 2 reports"."""
    if not changes:
        st.caption(f"No area changed hands since {COMPARE[mode]}.")
        return
    st.markdown(f"**Changed hands since {COMPARE[mode]}** (outlined on the map):\n"
                + "\n".join(f"- {md_safe(line)}" for line in mapview.change_lines(changes)))  # names from geo/


def reported_bounds(out: dict | None, unreported: Sequence[Sequence[float | None]] | None) -> Bounds | None:
    """The map area the map in the browser reported (st_folium's ``bounds``); None before it has reported.

    Until the browser's map reports its view, st_folium answers with the folium map's own bounds
    (``folium.Map.get_bounds()``: for the app's base map, the whole governorate with its border
    line), which no one chose and the map does not show.

    Parameters
    ----------
    out : dict or None
        What ``st_folium`` returned.
    unreported : [[south, west], [north, east]] or None
        The folium map's ``get_bounds()``: st_folium's answer before the map reports.

    Returns
    -------
    (south, west, north, east) or None
    """
    b = briefing.parse_bounds((out or {}).get("bounds"))
    if b is None or unreported is None:
        return b
    (s, w), (n, e) = unreported
    default = briefing.parse_bounds({"_southWest": {"lat": s, "lng": w}, "_northEast": {"lat": n, "lng": e}})
    return None if b == default else b


def remember_view(out: dict | None, unreported: Sequence[Sequence[float | None]] | None = None) -> None:
    """Keep the map's view (st_folium's ``bounds``) in the URL's ``bbox`` for the PNG, PDF and briefing link,
    once the map has reported it (:func:`reported_bounds`): before, a shared link's ``bbox`` stays as it is."""
    b = reported_bounds(out, unreported)
    if b is None:
        return
    text = briefing.format_bounds(b)
    if st.query_params.get("bbox") != text:
        st.query_params["bbox"] = text


def link(params: dict[str, str]) -> str:
    """The "Open briefing view" link: the URL's filters, map area (``bbox``) and title, as ``view=briefing``.

    Drawn after the view has run, so it carries the area and title of this run (drawn before the map,
    it carried the previous ones: the whole governorate while the map showed Qamishli)."""
    return "?" + urlencode({**params, "view": "briefing"})


def frame_on_events() -> None:
    """Let go of the map area the URL holds (``bbox``): the briefing frames the events it lists (a button callback)."""
    st.query_params.pop("bbox", None)


def current_bounds() -> tuple[float, float, float, float] | None:
    return briefing.parse_bounds(st.query_params.get("bbox", ""))


def actor_name(actor_id: str) -> str:
    """An actor id's display name (``pipeline/data`` actors; the id when unknown)."""
    from pipeline.actors import default_actors

    a = default_actors().get(actor_id)
    return a.name if a else actor_id


def actor_option(actor_id: str) -> str:
    """An actor as the Actors filter lists it.

    A probe filtering on the SDF did not see the Asayish's battles, though the zone legend groups
    them: a force that counts with another's side (``actors.csv`` ``side``) says so.

    Parameters
    ----------
    actor_id : str

    Returns
    -------
    str
        Its name, with ``(<side> side)`` after its short name when its side is another actor's
        (``Asayish (SDF side): Internal Security Forces (AANES)``); the id when it is unknown.
    """
    from pipeline.actors import default_actors

    actors = default_actors()
    a = actors.get(actor_id)
    if a is None:
        return actor_id
    side = a.side if a.side and a.side not in ("none", a.id) and a.side in actors else ""
    if not side:
        return a.name
    short, colon, rest = a.name.partition(":")  # the side right after the short name: a narrow sidebar cuts the end
    return f"{short} ({mapview.short_side_name(side)} side){colon}{rest}"


def _spec(ds, f: Filters, changes: list[dict], shown: pd.DataFrame) -> briefing.Briefing:
    words = tuple(describe(f, actor_name))
    # no map area in the URL (a typed or shared link, a PNG prepared before the map reported its view): the
    # area the Map view opens on, so that no event the page counts and lists is off its map
    placed = shown[["latitude", "longitude"]].dropna() if len(shown) else pd.DataFrame(columns=["latitude", "longitude"])
    bounds = current_bounds() or framing.opening_area(list(placed.itertuples(index=False, name=None)))
    return briefing.Briefing(
        title=st.query_params.get("title") or briefing.DEFAULT_TITLE,
        caption=st.query_params.get("caption", ""),
        date_from=f.date_from, date_to=f.date_to, bounds=bounds,
        built_at=str(ds.manifest.get("built_at", "")), changes=tuple(mapview.change_lines(changes)),
        low_trust=ds.low_trust, zones_evidence=ds.zones_latest_evidence, filters=words,
        # the period with no other filter: "10 of 34 events in the period" (a count query, only when filtered)
        period_total=ds.store.counts(Filters(f.date_from, f.date_to)).shown if words else None)


def page_html(ds, shown: pd.DataFrame, f: Filters, tiles: mapview.TileSetting, changes: list[dict]) -> str:
    """The briefing page for the current filters, view, title and caption; its key events from the store's
    query (:meth:`mapapp.store.EventStore.key_events`: only the listed events' records are read)."""
    top, total = ds.store.key_events(f, briefing.KEY_EVENTS)
    return briefing.briefing_html(ds.with_truce_status(shown, f.as_of), ds.zones, ds.places, ds.border, _spec(ds, f, changes, shown),
                                  tiles, changes, key=(ds.with_truce_status(top, f.as_of), total))


def title_inputs() -> None:
    """Editable title and caption (in the URL, so a shared link keeps them)."""
    c1, c2 = st.columns([2, 3])
    title = c1.text_input("Briefing title", st.query_params.get("title") or briefing.DEFAULT_TITLE, key="brief_title")
    caption = c2.text_input("Caption", st.query_params.get("caption", ""), key="brief_caption",
                            placeholder="one line for the slide (optional)")
    for key, value, default in (("title", title, briefing.DEFAULT_TITLE), ("caption", caption, "")):
        if value.strip() and value != default:
            if st.query_params.get(key) != value:
                st.query_params[key] = value
        elif key in st.query_params:
            st.query_params.pop(key)


def export_row(ds, shown, f: Filters, tiles: mapview.TileSetting, static: Path,
               changes: list[dict]) -> None:
    """Downloads under the map: events (GeoJSON, ACLED CSV), zones of the day, PNG and A4 PDF of the view.

    ``shown``: the events shown (a frame), or a callable returning them, called only when a
    file is prepared (the Map view then never builds the frame on a slider move).
    """
    frame = shown if callable(shown) else (lambda: shown)
    stamp = f"qamishli_{f.date_from}_{f.date_to}"
    title_inputs()
    c1, c2, c3, c4, c5 = layout.columns(5, "exports")  # wraps rather than cut the buttons' labels
    # bytes fixed per build and filters, cached (mapapp/downloads.py: callables lost clicks after a rerun)
    key = (downloads.build_stamp(ds), repr(f))
    downloads.button(c1, "Events GeoJSON", "geojson", key, lambda: exports.events_geojson(frame()),
                     f"{stamp}.geojson", "application/geo+json")
    downloads.button(c2, "ACLED CSV", "acled", key, lambda: exports.acled_csv(
        frame(), downloads.build_time(ds.manifest), places=ds.places), f"{stamp}.csv", "text/csv")
    downloads.button(c3, f"Zones of {f.as_of:%d %b} (GeoJSON)", "zones", key,
                     lambda: exports.zones_geojson(ds.zones, f.as_of), f"qamishli_zones_{f.as_of}.geojson",
                     "application/geo+json")
    for col, kind, label in ((c4, "png", "PNG"), (c5, "pdf", "A4 PDF")):
        if col.button(f"Prepare {label} of this view", key=f"prep_{kind}"):
            with st.spinner(f"Drawing the {label}…"):
                try:
                    html = page_html(ds, frame(), f, tiles, changes)
                    data = printing.page_png(html, static) if kind == "png" else printing.page_pdf(html, static)
                    st.session_state[f"print_{kind}"] = (data, stamp)
                except printing.PrintError as exc:  # no Chromium, or it failed: say what to do
                    st.session_state.pop(f"print_{kind}", None)
                    col.error(str(exc))
        if f"print_{kind}" in st.session_state:
            data, name = st.session_state[f"print_{kind}"]
            col.download_button(f"Download {label}", data, f"{name}.{kind}",
                                "image/png" if kind == "png" else "application/pdf", key=f"dl_{kind}",
                                on_click="ignore")


def show_page(page: str, height: int) -> None:
    """An HTML page in an iframe (``st.iframe`` where this Streamlit has it; ``components.html`` before 1.52).

    The page's text from the URL (title, caption) and the data is escaped by :mod:`mapapp.briefing`.
    """
    if hasattr(st, "iframe"):
        st.iframe(page, height=height)
    else:  # pragma: no cover - older Streamlit
        components.html(page, height=height, scrolling=False)


def render(ds, shown: pd.DataFrame, f: Filters, tiles: mapview.TileSetting) -> None:
    """The Briefing view (``?view=briefing``): the briefing page, and its title and caption under it."""
    st.markdown("<style>[data-testid=stSidebar],[data-testid=stHeader],[data-testid=stToolbar],"
                "[data-testid=stDecoration],footer{display:none !important}"
                ".block-container{padding-top:0.5rem !important;padding-bottom:0 !important;"
                "max-width:100% !important}</style>", unsafe_allow_html=True)
    mode = st.query_params.get("compare", "range")
    changes = changes_for(ds, f, mode if mode in COMPARE else "range")
    show_page(page_html(ds, shown, f, tiles, changes), height=820)
    if current_bounds() is not None:
        # the area is the one the Map view last showed, a popup's pan included (a new analyst's trial: the
        # slide showed mostly Turkey, its clash on the bottom edge): say so, and offer the events' own frame
        c1, c2 = st.columns([3, 1])
        c1.caption("The map shows the area last seen in the Map view (panning to open a popup moves it too).")
        c2.button("Frame the map on the events shown", key="brief_frame", on_click=frame_on_events)
    with st.expander("Edit title and caption"):
        title_inputs()
