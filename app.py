"""Qamishli conflict map: the Streamlit front end (layout and widgets only).

Run with ``streamlit run app.py``. Reads the pipeline's output folder (building it first
when it is missing or stale), and shows: Map, Timeline, Events, Articles, About the data,
and a chrome-free Briefing view (``?view=briefing``). Filters live in the URL.
Everything computed lives in importable, tested modules under ``mapapp/``.
"""

from __future__ import annotations

import dataclasses
import os
import re
from pathlib import Path

import pandas as pd
import streamlit as st
from streamlit_folium import st_folium

from mapapp import (
    addview,
    arenas,
    articleview,
    assets,
    briefing_view,
    concurrency,
    data,
    daterange,
    downloads,
    eventlinks,
    eventstable,
    exports,
    feedview,
    framing,
    layout,
    loading,
    locating,
    mapview,
    playback,
    reviewview,
    sourcegroups,
    trust,
    unplaced,
    unreadview,
)
from mapapp.filters import CONFIDENCE_LEVELS, Filters, read_query_params, to_query_params
from mapapp.store import Counts
from mapapp.textsafe import md_safe
from pipeline.quality import QUALITY_FILE, QualityFileError, read_quality

ROOT = Path(__file__).resolve().parent
STATIC = ROOT / "static"
arenas.limit_arenas()  # once per server: sessions' script threads share two malloc arenas (mapapp.arenas)
VIEWS = ["Map", "Feed", "Timeline", "Events", "Articles", "Review", "Add report", "Gazetteer curation", "About the data"]

st.set_page_config(page_title="Qamishli conflict map", page_icon="🗺️", layout="wide")


# --------------------------------------------------------------------------- cached resources
@st.cache_resource(show_spinner=False)
def _prepare_assets() -> None:
    assets.ensure_static_assets(STATIC)


@st.cache_data(show_spinner=False)
def _measures(mtime_ns: int) -> list:
    """The measured figures of ``quality.toml``, read once per version of the file (``mtime_ns``)."""
    return read_quality(QUALITY_FILE)


def _tile_setting() -> mapview.TileSetting:
    # no tiles unless asked for: the app makes no request off the machine by default (restricted networks)
    value = st.query_params.get("tiles") or os.environ.get("QMAP_TILES", "none")
    try:
        return mapview.TileSetting.parse(value, os.environ.get("QMAP_TILES_ATTRIBUTION"))
    except ValueError as e:
        st.warning(md_safe(e))
        return mapview.TileSetting.parse("none")


# --------------------------------------------------------------------------- state
def _filters(ds: data.Dataset, compact: bool) -> Filters:
    defaults = Filters(*ds.default_range)  # the latest activity (mapapp/daterange.py), not the whole span
    types, actor_ids, sources = ds.options["types"], ds.options["actors"], ds.options["sources"]
    outlets = ds.source_groups  # the Sources filter: by outlet (once per build, never copied into the session)
    if "filters_init" not in st.session_state:
        link = read_query_params(st.query_params, defaults, set(types), set(actor_ids), set(sources), ds.bounds,
                                 {a: data_actor_name(a) for a in actor_ids})  # an actor by id or displayed name
        f0, notes = link.filters, link.notes
        if st.query_params.get("event") and st.query_params.get("view", "Map") == "Map":  # on the event's days
            (d_from, d_to), moved = eventlinks.opening_range(ds.store, ds.articles, st.query_params["event"],
                                                             (f0.date_from, f0.date_to), ds.bounds,
                                                             "from" in st.query_params or "to" in st.query_params)
            f0, notes = dataclasses.replace(f0, date_from=d_from, date_to=d_to), notes + ((moved,) if moved else ())
        st.session_state.update({"dates": (f0.date_from, f0.date_to), "types": list(f0.event_types),
                                 "actors": list(f0.actors), "sources": sourcegroups.outlets_of(f0.sources, outlets),
                                 "hide_partisan": f0.hide_partisan, "reviewed_only": f0.reviewed_only,
                                 "q": f0.query, "min_confidence": f0.min_confidence, "filters_init": True})
        if notes:
            st.session_state[LINK_NOTES] = (notes, None)
    if compact:
        f = _current_filters(ds)
        _link_notes(f)
        _write_url(f)
        return f
    with st.sidebar:
        st.text_input("Search", key="q", placeholder="events, sentences, places, actors (Arabic or English)",
                      help="Every word must occur; Arabic spelling variants (hamza, ta marbuta, alef maqsura, "
                           "diacritics) match. Filters the map, feed and table.")
        daterange.controls(ds.bounds, ds.activity)  # the slider (over a period of long data) and typed dates, in sync
        st.multiselect("Event types", types, key="types", placeholder="all types")
        st.multiselect("Actors", actor_ids, key="actors", placeholder="all actors",
                       format_func=briefing_view.actor_option,
                       help="An event is shown when its first or second actor is chosen. A force that counts with "
                            "another's side is listed apart and says so (the Asayish, SDF side): choose each "
                            "force of a side to see all of its events.")
        langs = ds.source_languages
        st.multiselect("Sources", list(outlets), key="sources", placeholder="all sources",
                       format_func=lambda o: sourcegroups.label(o, outlets.get(o, (o,)), langs))
        st.checkbox("Hide events reported only by partisan outlets", key="hide_partisan",
                    help="Partisan: pro-government, AANES-aligned or opposition outlets (curated/sources.tsv).")
        st.checkbox("Reviewed events only", key="reviewed_only",
                    help="Only events an analyst confirmed or corrected (Review page), and curated ones: for briefings.")
        st.radio("Lowest confidence shown", options=list(CONFIDENCE_LEVELS), key="min_confidence", horizontal=True,
                         help="How sure the rule that made an event is (shown in each popup with the rule's name). "
                              "'medium' hides the low-confidence events, 'high' shows only the surest.")
    f = _current_filters(ds)
    _link_notes(f)
    _write_url(f)
    return f


def _write_url(f: Filters) -> None:
    """Put the view's filters in the URL, dates always (a copied link keeps its days after the data grows)."""
    wanted = to_query_params(f)
    keep = {k: v for k, v in st.query_params.to_dict().items()
            if k in ("view", "tiles", "focus", "article", "event", "review", *briefing_view.URL_KEYS)}
    if {**keep, **wanted} != st.query_params.to_dict():
        st.query_params.from_dict({**keep, **wanted})


#: Session key of what the link the session opened on asked for and does not show, and the view it gave.
LINK_NOTES = "link_notes"


def _link_notes(f: Filters) -> None:
    """Say what the session's link asked for that is not shown (:func:`mapapp.filters.read_query_params`),
    once, above the view, as long as the view is the one the link gave (until the analyst changes it)."""
    held = st.session_state.get(LINK_NOTES)
    if not held:
        return
    notes, shown = held
    if shown is None:  # the run that read the link: this is the view it gave
        st.session_state[LINK_NOTES] = (notes, repr(f))
    elif shown != repr(f):
        del st.session_state[LINK_NOTES]
        return
    st.warning("\n".join(f"- {md_safe(n)}" for n in notes) if len(notes) > 1 else md_safe(notes[0]))


def _current_filters(ds: data.Dataset) -> Filters:
    d_from, d_to = st.session_state["dates"]
    return Filters(d_from, d_to, tuple(st.session_state["types"]), tuple(st.session_state["actors"]),
                   sourcegroups.sources_of(st.session_state["sources"], ds.source_groups),
                   bool(st.session_state.get("hide_partisan")),
                   bool(st.session_state.get("reviewed_only")), str(st.session_state.get("q") or ""),
                   str(st.session_state.get("min_confidence") or "low"))


def data_actor_name(actor_id: str) -> str:
    return briefing_view.actor_name(actor_id)


# --------------------------------------------------------------------------- views
def _summary(ds: data.Dataset, shown: pd.DataFrame | Counts, f: Filters) -> str:
    if isinstance(shown, pd.DataFrame):
        shown = Counts.of(shown)
    return (f"**{shown.shown}** of {ds.store.total} events ({shown.unreviewed} unreviewed) · {shown.killed_text()} · "
            f"{f.date_from:%d %b %Y} → {f.date_to:%d %b %Y} · {daterange.zones_as_of(f.as_of, ds.zones_latest_evidence)}")


def view_map(ds: data.Dataset, f: Filters) -> None:
    """The map from the event store's queries (counts, symbols): no events frame is read."""
    counts = ds.store.counts(f)
    st.markdown(_summary(ds, counts, f), help="Events are shown when their date range overlaps the slider's.")
    tiles = _tile_setting()
    base = mapview.base_map(tiles, ds.places, ds.border, labels=False)  # labels follow the filters (layers)
    center, zoom = None, None
    linked = st.query_params.get("event")
    linked_point: tuple[float, float] | None = None
    include: tuple[str, ...] = ()
    if linked:  # a permalink: centre on the event and open its popup, even outside the filters
        followed = eventlinks.follow(ds.store, ds.articles, linked)  # merged since: the event it is part of
        row = followed.row
        if followed.event_id is None:
            st.warning(followed.note)  # why it is gone: rejected, set aside, its article removed or changed
            linked = None
        else:
            if followed.note:
                st.info(followed.note)
            linked = followed.event_id
            r = row.iloc[0]
            days = eventlinks.event_days(r)
            if days is not None and not eventlinks.overlaps(days, f.date_from, f.date_to):  # a symbol never holds days not shown
                st.caption(f"The linked event ({eventlinks.day_span(days)}) is outside the dates shown: it is not "
                           "drawn. Its link opens on its days.")
                linked = None
            elif row.index[0] not in ds.store.filtered_rows(f):
                st.caption("The linked event is outside the current filters; it is shown anyway.")
            include = (linked,) if linked else ()
            if linked and pd.notna(r["latitude"]):
                linked_point = (float(r["latitude"]), float(r["longitude"]))
            elif linked:
                st.caption("The linked event has no point on the map: it is in the list of events without a point.")
    unplaced.render(ds.store, f, ds.places, include)  # events with no point: counted and listed, never dropped
    focus = st.query_params.get("focus")
    if focus:
        p = next((x["properties"] for x in ds.places["features"] if x["properties"]["place_id"] == focus), None)
        if p and p.get("lat") is not None:
            center, zoom = (p["lat"], p["lon"]), 15
            st.caption(f"Centred on {md_safe(p['name_en'])} ({md_safe(p['basis'])})")
    mode = briefing_view.compare_selector()
    changes = briefing_view.changes_for(ds, f, mode)
    with concurrency.map_slot():  # a few sessions draw at a time (mapapp/concurrency.py)
        groups = mapview.store_groups(ds.store, f, ds.truce_status, include, ds.with_further)
        if center is None:  # open on the events shown, keep the user's view after (mapapp/framing.py)
            framed = framing.choose([(g["lat"], g["lon"]) for g in groups], repr(f), st.session_state.get("map_framed"),
                                    briefing_view.current_bounds(), linked_point, linked)
            st.session_state["map_framed"] = framed
            center, zoom = framed.view
        layers = mapview.dynamic_layers(None, ds.zones, ds.places, f.as_of, open_event=linked, changes=changes,
                                        groups=groups, place_counts=ds.store.place_counts(f, include))
        out = st_folium(base, key="map", height=640, use_container_width=True, feature_group_to_add=layers,
                        layer_control=mapview.folium.LayerControl(collapsed=True), center=center, zoom=zoom,
                        returned_objects=["last_object_clicked", "last_object_clicked_tooltip", "bounds"])
    briefing_view.remember_view(out, base.get_bounds())  # st_folium's answer before the map reports: not a view
    st.markdown(mapview.legend_html(f.as_of, "strip", ds.zones_latest_evidence, ds.zones), unsafe_allow_html=True)  # beside, never over, the map
    briefing_view.show_changes(changes, mode)
    clicked = (out or {}).get("last_object_clicked")
    if clicked:
        group = mapview.find_group(None, (out or {}).get("last_object_clicked_tooltip"),
                                   clicked.get("lat"), clicked.get("lng"), groups=groups)
        if group is not None:
            _evidence_panel(ds, group)
    briefing_view.export_row(ds, lambda: ds.store.shown(f, include), f, tiles, STATIC, changes)


def _evidence_panel(ds: data.Dataset, group: dict) -> None:
    """The clicked symbol's events with their sentences (Arabic right-to-left, English left-to-right), and
    the sentence a toll comes from when it is another."""
    st.subheader(f"Evidence at {md_safe(group['location'])} — {group['style']['label']}")
    rows = mapview.newest_first(mapview.group_rows(group)).to_dict("records")  # the popup's order, newest first
    place = next((x["properties"] for x in ds.places["features"] if x["properties"]["place_id"] == group["place_id"]),
                 None)  # why an approximate location is approximate, as the popup says
    for r in ds.with_further(rows):
        st.markdown(mapview.evidence_item_html(r, place), unsafe_allow_html=True)  # md_safe text: a Markdown sink


def view_timeline(ds: data.Dataset, shown: pd.DataFrame, f: Filters) -> None:
    from mapapp import timeline_view  # altair (~0.5 s to import): not on the Map's first load

    timeline_view.render(ds, shown, f, _tile_setting(), _summary(ds, shown, f))


EVENTS_PAGE = 1000  # rows of the Events table read at a time (a store query), whatever the number of events


def view_events(ds: data.Dataset, f: Filters) -> None:
    counts = ds.store.counts(f)
    st.markdown(_summary(ds, counts, f))
    cols = list(eventstable.READ_COLUMNS)  # an analyst's order: date, confidence, review (pinned), type, place, dead, actors
    pages = max(1, -(-counts.shown // EVENTS_PAGE))
    page = st.number_input(f"Page ({EVENTS_PAGE} rows each)", 1, pages, 1, key="events_page") if pages > 1 else 1
    rows = mapview.whole_number_columns(  # 15 injured, not 15.0; a place-less event says its name or "place unknown"
        eventstable.report_cells(eventstable.location_cells(eventstable.date_cells(  # "2 reports from 2 outlets",
            ds.store.rows(f, [*cols, "unresolved_name"], limit=EVENTS_PAGE,  # a month or a range as a month or range
                          offset=(min(int(page), pages) - 1) * EVENTS_PAGE)))))
    st.dataframe(rows, width="stretch", hide_index=True, height=eventstable.table_height(len(rows)),
                 column_config={**eventstable.column_config(), "evidence": st.column_config.TextColumn(
                     "evidence (sentence or summary)", width="large",
                     help="The article's sentence (Arabic), or the analyst's summary (English) for curated rows")})
    stamp = f"qamishli_{f.date_from}_{f.date_to}"
    c1, c2 = st.columns(2)
    key = (downloads.build_stamp(ds), repr(f))  # bytes fixed per build and filters: downloads never miss
    downloads.button(c1, "Download ACLED CSV", "acled", key, lambda: exports.acled_csv(  # the frame: on request only
        ds.store.shown(f), downloads.build_time(ds.manifest), places=ds.places), f"{stamp}.csv", "text/csv", "csv2")
    downloads.button(c2, "Download GeoJSON", "geojson", key, lambda: exports.events_geojson(ds.store.shown(f)),
                     f"{stamp}.geojson", "application/geo+json", "gj2")


def _build_key(ds: data.Dataset) -> str:
    """The build ``ds`` is, named by its manifest's build time and fingerprint (for what is made once a build)."""
    return f"{ds.manifest.get('built_at')}|{ds.manifest.get('fingerprint')}|{len(ds.articles)}"


def _unread_counts(ds: data.Dataset) -> dict[str, unreadview.UnreadCount]:
    """Article id -> its open sentences no rule read (the index's counts), made once per build."""
    return _article_lists(ds.articles, ds.reviews, _build_key(ds))[0]


@st.cache_resource(max_entries=2, show_spinner=False)
def _article_lists(_articles: list, _reviews: dict, build_key: str) -> tuple[dict[str, unreadview.UnreadCount],
                                                                             dict[str, str]]:
    """The open unread counts and the Articles chooser's labels of one build (read-only, shared: not copied
    at each rerun as ``st.cache_data`` would)."""
    counts = unreadview.unread_counts(_articles, _reviews)
    labels = {a["id"]: unreadview.article_label(a, counts[a["id"]].sentences if a["id"] in counts else 0)
              for a in _articles}
    return counts, labels


def view_articles(ds: data.Dataset, shown: pd.DataFrame, f: Filters) -> None:
    if not ds.articles:
        st.info("No article built yet.")
        return
    ids = [a["id"] for a in ds.articles]
    # the link's article, else the newest of the range shown (not the build's first, a 2021 seed)
    opened = articleview.opening_article(ds.articles, f.date_from, f.date_to, st.query_params.get("article"))
    idx = ids.index(opened) if opened in ids else 0
    labels = _article_lists(ds.articles, ds.reviews, _build_key(ds))[1]
    art_id = st.selectbox("Article", ids, index=idx, format_func=lambda i: labels.get(i, i))
    art = next(a for a in ds.articles if a["id"] == art_id)
    meta = f"{md_safe(art['source'])} · published {md_safe(art['published'])}"
    if art.get("published_basis"):
        meta += f" ({md_safe(art['published_basis'])})"
    st.caption(meta)
    st.markdown('<span class="hl-place">place</span> <span class="hl-actor">actor</span> '
                '<span class="hl-date">date</span> — click a place to see it on the map', unsafe_allow_html=True)
    st.markdown(articleview.article_html(art), unsafe_allow_html=True)  # in its own direction
    articleview.render_set_aside(ds, art)  # the events the sentence model set aside, and Restore and draw
    unreadview.render_unread(ds, art)  # the sentences no rule read, and Add this event


def view_curation(ds: data.Dataset) -> None:
    """Place a neighbourhood or an unresolved name by clicking the map; import polygons or ACLED."""
    from pipeline.curation import add_acled_import, add_override, import_areas_from_bytes, save_areas
    from pipeline.errors import InputError
    from pipeline.gazetteer import KINDS, load_geo_dir

    paths = data.paths()
    feats = [x["properties"] for x in ds.places["features"]]
    uncited = data.uncited_places(ds.places)
    st.markdown(f"**{len(uncited)} places have no cited coordinate or outline** (drawn at their parent or as an "
                "approximate area). Give one a cited point: choose it, click the map (or type the coordinates), "
                f"name the source. It is saved to `{paths.geo.name}/overrides.csv` (the shipped gazetteer is never "
                "rewritten) and the map rebuilds.")
    c1, c2 = st.columns(2)
    c1.dataframe(pd.DataFrame(uncited)[["place_id", "name_en", "name_ar", "kind", "basis"]] if uncited else
                 pd.DataFrame(), width="stretch", hide_index=True, height=220)
    names = sorted(set(ds.unresolved["name"].astype(str))) if not ds.unresolved.empty else []
    c2.dataframe(ds.unresolved[["text", "context"]] if not ds.unresolved.empty else pd.DataFrame({"text": []}),
                 width="stretch", hide_index=True, height=220)
    NEW = "➕ a new place (e.g. an unresolved name)"
    # a point is given to a neighbourhood, village or landmark, never to a country or governorate;
    # nothing is chosen until the analyst chooses
    locatable = [p for p in uncited if p.get("kind") not in data.UNLOCATABLE_KINDS]
    choice = st.selectbox("Place to locate", [p["place_id"] for p in locatable] + [NEW], key="cur_place", index=None,
                          placeholder="choose a place without a cited point, or a new one",
                          format_func=lambda i: i if i == NEW else next(f"{p['name_en']} · {p['name_ar']} ({i})"
                                                                         for p in locatable if p["place_id"] == i))
    new_fields: dict[str, str] = {}
    if choice == NEW:
        a, b, c, d = st.columns(4)
        new_fields["name_ar"] = a.selectbox("Arabic name", names + [""], key="cur_name_ar") if names else \
            a.text_input("Arabic name", key="cur_name_ar")
        new_fields["name_en"] = b.text_input("English name", key="cur_name_en")
        new_fields["kind"] = c.selectbox("Kind", sorted(KINDS), index=sorted(KINDS).index("neighbourhood"),
                                         key="cur_kind")
        new_fields["parent"] = d.selectbox("Parent", [p["place_id"] for p in feats if p["kind"] in ("city", "town")],
                                           key="cur_parent")
        place_id = re.sub(r"[^a-z0-9]+", "_", new_fields["name_en"].lower()).strip("_")
    else:
        place_id = choice or ""
    base = mapview.base_map(_tile_setting(), ds.places, ds.border)
    out = st_folium(base, key="curation_map", height=420, use_container_width=True, returned_objects=["last_clicked"])
    clicked = (out or {}).get("last_clicked") or {}
    if clicked:
        st.session_state["cur_lat"], st.session_state["cur_lon"] = round(clicked["lat"], 6), round(clicked["lng"], 6)
    a, b, c = st.columns(3)
    lat = a.number_input("Latitude", key="cur_lat", value=None, format="%.6f", placeholder="click the map")
    lon = b.number_input("Longitude", key="cur_lon", value=None, format="%.6f", placeholder="click the map")
    precision = c.selectbox("geo_precision", [1, 2], key="cur_prec",
                            help="1: the place itself; 2: near it / part of it")
    source = st.text_input("Source of this point (required)", key="cur_source",
                           placeholder="e.g. OCHA neighbourhood map 2019, or a report with its URL")
    who = st.text_input("Your name (required)", key="cur_who")
    if st.button("Save to overrides.csv", type="primary", disabled=not (place_id and lat is not None and lon is not None
                                                                         and source.strip() and who.strip())):
        try:
            line = add_override(paths.geo, place_id, lat=lat, lon=lon, geo_precision=precision, source=source,
                                added_by=who, **({k: v for k, v in new_fields.items() if v} if choice == NEW else {}))
        except InputError as e:
            st.error(md_safe(e))
        else:
            st.session_state["cur_saved"] = f"Saved {place_id} at {lat:.5f}, {lon:.5f} (overrides.csv line {line})."
            st.rerun()
    if st.session_state.get("cur_saved"):
        st.success(st.session_state["cur_saved"])

    st.subheader("Import neighbourhood or village polygons")
    up = st.file_uploader("GeoJSON, GeoPackage or zipped Shapefile", type=["geojson", "json", "gpkg", "zip"],
                          key="cur_poly")
    if up is not None:
        try:
            result = import_areas_from_bytes(up.name, up.getvalue(), load_geo_dir(paths.geo))
        except Exception as e:  # unreadable file: say so, keep the page
            st.error(f"{md_safe(up.name)}: cannot read polygons ({md_safe(e)})")
            return
        st.write(f"{len(result.matched)} matched, {len(result.unmatched)} not matched.")
        if result.matched:
            st.dataframe(pd.DataFrame([{"place_id": m["place_id"], "name": m["name"]} for m in result.matched]),
                         hide_index=True)
        if result.unmatched:
            st.warning("Not matched (add them to the gazetteer first): " + ", ".join(map(md_safe, result.unmatched)))
        poly_source = st.text_input("Source of these polygons (required)", key="cur_poly_source")
        if st.button("Save matched polygons to areas.geojson", disabled=not (result.matched and poly_source.strip()
                                                                              and who.strip())):
            try:
                save_areas(paths.geo, result, source=poly_source, added_by=who)
            except InputError as e:
                st.error(md_safe(e))
            else:
                st.success("Saved; the map rebuilds with them.")
                st.rerun()

    st.subheader("Import an ACLED export")
    acled = st.file_uploader("ACLED CSV (rows outside the Qamishli area are left out)", type=["csv"], key="cur_acled")
    if acled is not None and paths.curated is not None and st.button("Add as an event source"):
        try:
            saved = add_acled_import(paths.curated, acled.name, acled.getvalue(), load_geo_dir(paths.geo))
        except InputError as e:
            st.error(md_safe(e))
        else:
            st.session_state["cur_acled_saved"] = (
                f"Saved as {md_safe(saved.path.relative_to(paths.curated.parent))}: {saved.events} events, {saved.excluded} "
                f"outside the area, {len(saved.problems)} row problem(s); the map rebuilds with it "
                "(problems appear under About the data).")
            st.rerun()
    if st.session_state.get("cur_acled_saved"):
        st.success(st.session_state["cur_acled_saved"])


def view_about(ds: data.Dataset) -> None:
    m = ds.manifest
    st.markdown(f"Built **{m.get('built_at', '?')}** by pipeline {m.get('pipeline_version', '?')}: "
                f"{m.get('counts', {}).get('articles', 0)} articles, {m.get('counts', {}).get('events', 0)} events.")
    feats = [x["properties"] for x in ds.places["features"]]
    cited = len(feats) - len(data.uncited_places(ds.places))
    st.markdown(f"Gazetteer: {len(feats)} places, {cited} with a cited coordinate or outline; the rest are drawn at their "
                "parent or as an approximate area built from the position sources report (see each popup).")
    st.markdown("""
**Precision** (ACLED `geo_precision`): 1 = the place itself; 2 = near a known place or a small part
of it; 3 = a larger region. """ + locating.HOLLOW_RULE + """ Approximate areas are dashed outlines.
**Dates**: `time_precision` 1 = the day is known, 2 = a range of days, 3 = the month.
**Fatalities** follow ACLED: the most conservative figure reported; tolls reported as totals are counted once.
**Zones**: from `geo/zones.csv`; each popup gives its source, interval and confidence.
**Border**: Natural Earth 1:10m (public domain), coarse (~0.5–1 km).""")
    st.subheader("How far to trust an automatic event")
    try:
        measures = _measures(QUALITY_FILE.stat().st_mtime_ns if QUALITY_FILE.exists() else 0)
    except QualityFileError as e:
        st.warning(f"The measured figures cannot be shown: {e}")
    else:
        st.markdown(trust.trust_sentence(measures))
        st.dataframe(trust.measures_table(measures), width="stretch", hide_index=True,
                     column_config={"Precision": st.column_config.NumberColumn(format="%.2f"),
                                    "Recall": st.column_config.NumberColumn(format="%.2f")})
    st.subheader("Input problems")
    if ds.errors:
        st.dataframe(pd.DataFrame(ds.errors), width="stretch", hide_index=True)
    else:
        st.success("No input problem in the last build.")
    st.subheader("Names that look like places but are not in the gazetteer")
    if ds.unresolved.empty:
        st.write("None.")
    else:
        st.dataframe(ds.unresolved, width="stretch", hide_index=True)
    st.subheader("Places")
    st.dataframe(pd.DataFrame(feats)[["place_id", "kind", "name_en", "name_ar", "geo_precision", "approximate",
                                      "basis", "source", "trust"]], width="stretch", hide_index=True)
    if st.button("Rebuild outputs now"):
        from pipeline.freshness import BuildInProgress

        try:
            with st.spinner("Rebuilding…"):
                data.ensure_built(data.paths(), force=True)
        except BuildInProgress as busy:
            st.info(f"Building… {busy}")
            return
        st.cache_resource.clear()
        st.rerun()


CSS = """<style>
.qarticle{font-size:1.2rem;line-height:2.1;text-align:start;unicode-bidi:isolate}
.qarticle[lang=ar]{font-family:'Noto Naskh Arabic','Noto Sans Arabic','Amiri',serif}
.hl-place{background:#fde2b8;border-radius:3px;padding:0 2px;color:inherit;text-decoration:none;border-bottom:2px solid #D55E00}
.hl-actor{background:#cfe3f5;border-radius:3px;padding:0 2px}
.hl-date{background:#d7f0dd;border-radius:3px;padding:0 2px}
.qar-block{text-align:start;unicode-bidi:isolate;background:#f6f6f6;border-inline-start:4px solid #999;
  padding:4px 10px;margin:4px 0 12px 0}
.qar-block[lang=ar]{font-family:'Noto Naskh Arabic','Noto Sans Arabic',serif;font-size:1.1rem}
.qtollsrc small{color:#8a4b00}
.qtollsrc .qar,.qfurther .qar{text-align:start;unicode-bidi:isolate;background:#fafafa;padding:3px 8px;margin:3px 0 8px 0;
  border-inline-start:3px solid #d08000}
.qfurther .qar{border-inline-start-color:#999}
.qtollsrc .qar[lang=ar],.qfurther .qar[lang=ar]{font-family:'Noto Naskh Arabic','Noto Sans Arabic',serif;font-size:1.1rem}
</style>"""


def main() -> None:
    _prepare_assets()
    assets.localise_folium("/app/static/")  # cheap and idempotent: every run, so nothing depends on a cache
    paths = data.paths()
    ds = loading.load(paths)  # builds when stale (one at a time), repairs a broken build; read once per server
    st.markdown(CSS.replace("</style>", layout.CSS + "</style>"), unsafe_allow_html=True)  # rows that wrap
    view = st.query_params.get("view", "Map")
    if view == "briefing":
        f = _filters(ds, compact=True)
        briefing_view.render(ds, ds.store.shown(f), f, _tile_setting())
        return
    with st.sidebar:
        st.title("Qamishli conflict map")
        choice = st.radio("View", VIEWS, index=VIEWS.index(view) if view in VIEWS else 0, key="view_radio")
    if choice != view:
        st.query_params["view"] = choice
    # before the slider is drawn; Play stops on the days with events under the filters in force
    playback.advance(lambda: playback.stop_days(ds.store, _current_filters(ds), ds.bounds[1]))
    f = _filters(ds, compact=False)
    with st.sidebar:
        playback.controls(playback.stop_days(ds.store, f, ds.bounds[1]), f.date_from, ds.bounds[1])
        brief_link = st.empty()  # filled after the view: the map's area and title of this run, not the last
        st.caption("The URL holds the filters: copy it to share this view.")
    # Feed, Review, Add report and Events read pages through store queries; Timeline draws the filtered frame
    {"Map": lambda: view_map(ds, f), "Feed": lambda: feedview.render(ds, f),
     "Review": lambda: reviewview.render(ds, None, _tile_setting(), unreadview.review_note(
         _unread_counts(ds), f.date_from, f.date_to)),
     "Add report": lambda: addview.render(ds, _tile_setting()), "Timeline": lambda: view_timeline(ds, ds.store.shown(f), f),
     "Events": lambda: view_events(ds, f), "Articles": lambda: view_articles(ds, None, f),
     "Gazetteer curation": lambda: view_curation(ds)}.get(choice, lambda: view_about(ds))()
    brief_link.markdown(f"[Open briefing view]({briefing_view.link(st.query_params.to_dict())})")
    playback.schedule()


main()
