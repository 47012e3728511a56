"""Map building on the shipped data: zones by date, grouped events, escaping, offline links."""

from __future__ import annotations

import datetime as dt
import html
import json
import re

import folium
import pytest

from mapapp import assets, mapview
from mapapp.data import load_dataset


@pytest.fixture(scope="module")
def ds(tmp_path_factory):
    from conftest import ROOT

    from pipeline.build import build

    out = tmp_path_factory.mktemp("b") / "out"
    build(ROOT / "seeds", ROOT / "geo", out, progress=False)
    return load_dataset(out)


@pytest.fixture
def local_folium(restore_folium):
    assets.localise_folium("/app/static/")


def _zone_ids(ds, day):
    return {f["properties"]["zone_id"] for f in mapview.active_zones(ds.zones, day)}


def test_zones_follow_the_april_2021_timeline(ds):
    before = _zone_ids(ds, dt.date(2021, 4, 22))
    assert {"gov_tayy", "gov_airport", "gov_security_square", "sdf_qamishli"} <= before
    assert "sdf_tayy" not in before
    during = _zone_ids(ds, dt.date(2021, 4, 24))
    assert "contested_tayy" in during and "gov_tayy" not in during
    after = _zone_ids(ds, dt.date(2021, 4, 27))
    assert {"sdf_tayy", "gov_abbas_alawi_pocket", "gov_security_square", "gov_zanoud"} <= after
    # enclaves draw on top of the city-wide zone
    order = [f["properties"]["zone_id"] for f in mapview.active_zones(ds.zones, dt.date(2021, 4, 27))]
    assert order[0] in ("gov_southern_countryside", "sdf_qamishli")
    assert order.index("sdf_qamishli") < order.index("gov_security_square")


def test_events_are_grouped_by_place_and_type(ds):
    groups = mapview.group_events(ds.events)
    assert sum(g["count"] for g in groups) == len(ds.events)
    tayy_battles = next(g for g in groups if g["place_id"] == "tayy" and g["event_type"] == "Battles")
    assert tayy_battles["count"] == 2 and tayy_battles["fatalities"] == 3
    assert tayy_battles["approximate"] and tayy_battles["geo_precision"] == 2
    truce = next(g for g in groups if g["sub_event_type"] == "Agreement")
    assert truce["style"]["label"] == "Truce / agreement"


def test_approximate_symbols_are_dashed_and_hollow():
    precise = mapview.symbol_svg("circle", "#D55E00", 24, False)
    approx = mapview.symbol_svg("circle", "#D55E00", 24, True)
    assert "stroke-dasharray" in approx and "stroke-dasharray" not in precise
    assert 'fill="#ffffff"' in approx  # hollow: white inside, readable on any zone fill or hatch
    assert 'fill="#D55E00"' in precise and 'fill="#D55E00"' not in approx


def test_popup_shows_arabic_evidence_rtl_and_escapes(ds):
    g = next(g for g in mapview.group_events(ds.events) if g["place_id"] == "wahda_roundabout")
    popup = mapview.event_popup_html(g)
    assert 'dir="rtl"' in popup and "دوار الوحدة" in popup
    assert "geo_precision 2" in popup and "approximate" in popup
    # article text with markup must arrive as text, never as HTML
    ev = ds.events.copy()
    ev.loc[ev.index[0], "evidence"] = '<img src=x onerror="alert(1)"> هجوم'
    ev.loc[ev.index[0], "source"] = "<b>outlet</b>"
    g = next(g for g in mapview.group_events(ev) if mapview.group_rows(g)["event_id"].eq(ev.iloc[0]["event_id"]).any())
    popup = mapview.event_popup_html(g)
    assert "<img" not in popup and "&lt;img src=x" in popup and "&lt;b&gt;outlet" in popup


def test_popup_line_names_the_rule_and_confidence_escaped(ds):
    ev = ds.events.copy()
    ev.loc[ev.index[0], "rule"] = 'trigger:اشتباك/pattern:<script>x</script>'
    ev.loc[ev.index[0], "confidence"] = "low"
    g = next(g for g in mapview.group_events(ev) if mapview.group_rows(g)["event_id"].eq(ev.iloc[0]["event_id"]).any())
    popup = mapview.event_popup_html(g)
    # the rule id, the whole rule (normalised trigger) in the tooltip, the trigger as the article wrote it
    said = html.escape(str(ev.iloc[0]["trigger"]))
    assert ('<span class="qconf-low">low confidence</span> · rule <code title="trigger:اشتباك/pattern:&lt;script&gt;'
            'x&lt;/script&gt;">pattern:&lt;script&gt;x&lt;/script&gt;</code> · trigger «') in popup
    assert f'class="qtrig">{said}</bdi>»' in popup and said
    assert "<script>" not in popup
    assert mapview.rule_line({"confidence": None, "rule": float("nan")}) == ""  # nothing known: no line


def test_analyst_text_in_zone_popups_and_tooltips_cannot_run_as_script(ds):
    """folium writes popups and tooltips into JavaScript template literals: ``${...}`` and
    backticks from a zone note or a place's basis must arrive as text."""
    import copy

    zones, places = copy.deepcopy(ds.zones), copy.deepcopy(ds.places)
    for f in zones["features"]:
        f["properties"]["notes"] = "Contested ${alert(13)} `end` \\x"
        f["properties"]["controller_name"] += " ${alert(14)}"
    for f in places["features"]:
        f["properties"]["basis"] = "south of the city ${alert(12)} `end`"
    m = mapview.full_map(ds.events, zones, places, ds.border, dt.date(2021, 4, 24), mapview.TileSetting.parse("none"))
    page = m.get_root().render()
    # in the popup and tooltip HTML the characters are entities (the raw text stays only in
    # the JSON data, where it is inert); tests/test_browser.py loads such a page in Chromium
    assert "Contested &#36;{alert(13)} &#96;end&#96; &#92;x" in page
    assert "&#36;{alert(12)} &#96;end&#96;" in page and "&#36;{alert(14)}" in page


def test_cited_outlines_layer_only_when_there_are_outlines(ds):
    names = [layer.layer_name for layer in mapview.dynamic_layers(ds.events, ds.zones, ds.places, dt.date(2021, 4, 24))]
    assert names[0].startswith("Control zones") and names[-2:] == ["Events", "Place labels"]
    assert "Uncertainty areas (approximate places)" in names
    assert not any(n.startswith("Cited outlines") for n in names)  # the shipped gazetteer has no polygons


def test_popup_says_when_the_attacker_is_not_named(ds):
    ev = ds.events.copy()
    first = ev.index[0]
    ev.loc[first, "actor1"], ev.loc[first, "actor2"] = "", "Civilians (Syria)"
    g = next(g for g in mapview.group_events(ev) if mapview.group_rows(g)["event_id"].eq(ev.loc[first, "event_id"]).any())
    assert "attacker not named vs Civilians (Syria)" in mapview.event_popup_html(g)


def test_legend_names_every_event_type_the_pipeline_codes():
    from mapapp.style import EVENT_STYLE, SUB_EVENT_STYLE

    legend = mapview.legend_html()
    for style in list(EVENT_STYLE.values()) + list(SUB_EVENT_STYLE.values()):
        assert style["label"] in legend and style["color"] in legend


def test_full_map_is_offline_and_has_all_layers(ds, local_folium):
    m = mapview.full_map(ds.events, ds.zones, ds.places, ds.border, dt.date(2021, 4, 22), mapview.TileSetting.parse("none"))
    page = m.get_root().render()
    assert assets.nonlocal_links(page) == [] or all("w3.org/2000/svg" in u for u in assets.nonlocal_links(page))
    assert "Control zones (as of 2021-04-22)" in page
    assert "Syria" in page and "L.control.scale" in page
    assert "tile.openstreetmap.org" not in page
    osm = mapview.full_map(ds.events, ds.zones, ds.places, ds.border, dt.date(2021, 4, 22), mapview.TileSetting.parse("osm"))
    assert "tile.openstreetmap.org" in osm.get_root().render()


def test_tile_setting_parsing():
    assert mapview.TileSetting.parse("none").url is None
    assert mapview.TileSetting.parse(None).url is None  # offline unless tiles are asked for
    assert "openstreetmap" in mapview.TileSetting.parse("osm").url
    custom = mapview.TileSetting.parse("http://tiles.internal:8080/{z}/{x}/{y}.png")
    assert custom.url.startswith("http://tiles.internal") and "tiles.internal" in custom.attribution
    with pytest.raises(ValueError, match="URL template"):
        mapview.TileSetting.parse("http://tiles.internal/no-placeholders.png")


def test_labels_are_one_per_place_by_priority(ds):
    """A place with a point of its own gets a label of its own; places with no cited point drawn at one
    shared point (Tayy and Halko, both "south of the city") share one label naming both, since a label
    each was placed wherever there was room, beside the other's symbols (found by a new-user probe on
    the printed briefing); the city outranks the rest, and a place with events outranks one without."""
    data = mapview.label_data(ds.places)
    texts = [d["text"] for d in data]
    assert "Tayy · Halko (approx., one area)" in texts or "Halko · Tayy (approx., one area)" in texts
    assert texts.count("Qamishli International Airport") == 1
    assert data[0]["id"] == "qamishli"
    prio = {d["id"]: d["p"] for d in data}
    assert prio["qamishli"] > prio["qamishli_airport"]
    boosted = mapview.label_data(ds.places, {"halko": 6})
    assert next(d for d in boosted if "Halko" in d["text"])["text"].startswith("Halko")  # the busier place first
    assert all(d["approx"] == ("approx." in d["text"]) for d in data)


def test_zones_stop_at_the_border(ds):
    """Qamishli sits 1.5 km from Turkey: no zone may cover Nusaybin, across the border."""
    from shapely.geometry import Point, shape

    nusaybin = Point(41.21465, 37.07028)  # GeoNames point of Nusaybin (gazetteer)
    qamishli = Point(41.23142, 37.05215)
    city = next(f for f in ds.zones["features"] if f["properties"]["zone_id"] == "sdf_qamishli")
    assert shape(city["geometry"]).contains(qamishli)
    for f in ds.zones["features"]:
        assert not shape(f["geometry"]).contains(nusaybin), f["properties"]["zone_id"]


def test_same_layers_render_the_same(ds):
    """Positional ids: unchanged layers give identical HTML, so a rerun does not redraw them
    (a redraw would close the popup the analyst just opened)."""
    def render():
        m = folium.Map(tiles=None)
        for layer in mapview.dynamic_layers(ds.events, ds.zones, ds.places, dt.date(2021, 4, 24)):
            layer.add_to(m)
        return m.get_root().render().replace(m.get_name(), "MAP")

    assert render() == render()


def test_clicked_symbol_is_found_by_its_group_id_not_its_wording(ds, monkeypatch):
    groups = mapview.group_events(ds.events)
    wahda = next(g for g in groups if g["place_id"] == "wahda_roundabout")
    assert wahda["id"] == f"wahda_roundabout|{wahda['event_type']}|{wahda['sub_event_type']}"
    assert len({g["id"] for g in groups}) == len(groups)
    # what streamlit-folium returns: the tooltip's text content, hidden id included
    import re

    returned = re.sub(r"<[^>]+>", "", mapview.tooltip_html(wahda))
    assert returned.endswith(mapview.group_tooltip(wahda))
    found = mapview.find_group(ds.events, returned, wahda["lat"], wahda["lon"])
    assert found["id"] == wahda["id"]
    # rewording the tooltip after the map was drawn does not break clicking
    monkeypatch.setattr(mapview, "group_tooltip", lambda g: f"{g['count']} reports here")
    assert mapview.find_group(ds.events, returned, wahda["lat"], wahda["lon"])["id"] == wahda["id"]
    assert mapview.find_group(ds.events, wahda["id"])["id"] == wahda["id"]  # a bare id too
    # several symbols share Qamishli's point: a bare click position is ambiguous
    assert mapview.find_group(ds.events, None, wahda["lat"], wahda["lon"]) is None


# --------------------------------------------------------------------------- issue 14: change at a glance


def test_contested_zones_are_hatched_in_both_sides_colours_never_dashed(ds):
    from mapapp.style import CONTROLLER_COLORS

    day = dt.date(2021, 4, 24)
    contested = [f["properties"] for f in mapview.active_zones(ds.zones, day) if f["properties"]["status"] == "contested"]
    assert {p["zone_id"] for p in contested} == {"contested_tayy", "contested_halko"}
    for p in contested:
        assert p["contested_with"] == "syrian_government"  # the side that held it the day before
        style = mapview.zone_style(p)
        assert style["fillColor"] == "url(#qhatch-sdf-syrian_government)"
        assert not style.get("dashArray")  # the dash marks approximate places only
    pattern = mapview.hatch_svg("sdf", "syrian_government")
    assert CONTROLLER_COLORS["sdf"] in pattern and CONTROLLER_COLORS["syrian_government"] in pattern
    controlled = next(f["properties"] for f in mapview.active_zones(ds.zones, day) if f["properties"]["zone_id"] == "gov_zanoud")
    assert mapview.zone_style(controlled)["fillColor"] == CONTROLLER_COLORS["syrian_government"]
    page = folium.Map(tiles=None)
    mapview.zones_layer(ds.zones, day).add_to(page)
    html = page.get_root().render()
    assert html.count("qhatch-sdf-syrian_government") >= 3  # the pattern once, the fill of each contested zone
    assert '"dashArray": "6,6"' not in html


def test_zone_predecessors_are_linked_at_build(ds):
    props = {f["properties"]["zone_id"]: f["properties"] for f in ds.zones["features"]}
    assert props["contested_tayy"]["previous_zone"] == "gov_tayy"
    assert props["sdf_tayy"]["previous_zone"] == "contested_tayy"
    assert props["sdf_tayy"]["previous_status"] == "contested"
    assert props["sdf_tayy"]["contested_with"] is None  # controlled, not contested
    assert props["sdf_qamishli"]["previous_zone"] is None  # open start: nothing before it


def test_zone_changes_in_a_range_and_since_the_previous_day(ds):
    week = mapview.zone_changes(ds.zones, dt.date(2021, 4, 19), dt.date(2021, 4, 26), ds.places, ds.events)
    lines = mapview.change_lines(week)
    assert [line.split(" (")[0] for line in lines] == ["Halko: Government → contested", "Tayy: Government → contested"]
    assert lines[1].startswith("Tayy: Government → contested (SDF vs Government) 23 Apr → SDF 26 Apr 2021 (")
    assert [(c["name"], c["day"].day) for c in week] == [("Halko", 23), ("Tayy", 23), ("Halko", 26), ("Tayy", 26)]
    day = mapview.zone_changes(ds.zones, dt.date(2021, 4, 25), dt.date(2021, 4, 26), ds.places, ds.events)
    assert {(c["name"], c["after"]) for c in day} >= {("Tayy", "SDF"), ("Halko", "SDF")}
    assert all(c["day"] == dt.date(2021, 4, 26) for c in day)
    # nothing changed on the 24th: since the previous day, nothing to list or outline
    assert mapview.zone_changes(ds.zones, dt.date(2021, 4, 23), dt.date(2021, 4, 24), ds.places, ds.events) == []
    # a change on the range's last day is in; one after it is not
    assert not any(c["day"] > dt.date(2021, 4, 24) for c in
                   mapview.zone_changes(ds.zones, dt.date(2021, 4, 19), dt.date(2021, 4, 24), ds.places, ds.events))
    layer = mapview.changes_layer(day)
    assert len(layer._children) == 2 * 2  # Tayy and Halko: a white casing under a black line each
    assert len(mapview.changes_layer(week)._children) == 2 * 2  # each area once, though it changed twice


def test_symbols_keep_their_true_point(ds):
    """Spreading crowded symbols is the browser's job (icon offsets with a leader line): the marker
    stays at its place's point, so its popup, tooltip and click position are the place's."""
    fg = mapview.events_layer(ds.events)
    data = next(iter(fg._children.values())).data
    groups = mapview.group_events(ds.events)
    assert [(d["lat"], d["lon"]) for d in data] == [(g["lat"], g["lon"]) for g in groups]
    assert len({(d["lat"], d["lon"]) for d in data}) < len(data)  # some share a point: the browser spreads them


def test_english_summaries_are_left_to_right_and_arabic_right_to_left(ds):
    assert mapview._dir("Later the same night the Asayish captured the NDF checkpoint at دوار الوحدة.") == "ltr"
    assert mapview._dir("وقال مراسل وكالة شفق نيوز إن SDF") == "rtl"
    assert mapview.text_attrs("A child died.") == 'dir="ltr" lang="en"'
    ev = ds.events.copy()
    ev.loc[ev.index[0], "evidence"] = "Later the same night, the checkpoint fell."
    g = next(g for g in mapview.group_events(ev) if mapview.group_rows(g)["event_id"].eq(ev.iloc[0]["event_id"]).any())
    popup = mapview.event_popup_html(g)
    assert '<div class="qar" dir="ltr" lang="en">Later the same night, the checkpoint fell.</div>' in popup
    # the popup's style no longer forces right-to-left on every evidence block
    base = mapview.base_map(mapview.TileSetting.parse("none")).get_root().render()
    assert ".qar{direction:rtl" not in base and ".qar{unicode-bidi:isolate;text-align:start" in base


def test_legend_strip_shows_hatch_and_changed_outline():
    strip = mapview.legend_html(dt.date(2021, 4, 24), "strip")
    assert "qlegend-strip" in strip and "contested (hatched in both sides' colours)" in strip
    assert "changed hands in the period" in strip and "Legend · control zones as of 24 Apr 2021" in strip
    assert "latest evidence" not in strip
    assert "dashed" not in strip.split("contested")[0][-200:]


def test_symbols_are_sent_deflated_as_ascii_and_unpack_to_the_same_data(ds):
    """The app's map carries its symbols as deflated UTF-8 JSON in base64 (pack_json): the Arabic
    evidence is neither escaped as \\uXXXX nor escaped again by streamlit-folium's message."""
    layer = next(c for c in mapview.events_layer(ds.events)._children.values() if isinstance(c, mapview.SymbolLayer))
    packed = layer.packed
    assert packed and packed.isascii() and re.fullmatch(r"[A-Za-z0-9+/=]+", packed)
    assert mapview.unpack_json(packed) == layer.data  # every popup, tooltip and symbol as before
    assert any("\u0627" in d["popup"] for d in layer.data)  # Arabic evidence is in the popups ...
    escaped = json.dumps(layer.data)  # ... which as escaped JSON (what the page carried) weigh several times more
    assert len(packed) * 3 < len(escaped)
    assert mapview.pack_json(layer.data) == packed  # deterministic: an unchanged layer is not redrawn
    m = mapview.base_map(mapview.TileSetting.parse("none"))
    mapview.events_layer(ds.events).add_to(m)
    page = m.get_root().render()
    assert packed in page and "DecompressionStream" in page and "\\u0627" not in page
    plain = mapview.events_layer(ds.events, packed=False)  # a page saved as a file: plain JSON, no stream API
    assert next(iter(plain._children.values())).packed == ""


def test_displacement_figure_keeps_the_texts_own_words(ds):
    """'displaced ≥20' alone reads as twenty people; the seed says 'dozens of families' (new-user trial)."""
    shown = ds.events[ds.events["displaced"].fillna(0) > 0]
    assert not shown.empty
    r = shown.iloc[0]
    assert r["displaced_text"]  # the build keeps the words the figure comes from
    g = next(g for g in mapview.group_events(ds.events) if mapview.group_rows(g)["event_id"].eq(r["event_id"]).any())
    popup = mapview.event_popup_html(g)
    # in the text's unit: 'عشرات العوائل' (dozens of families) is 20+ families, not 20 people
    assert r["displaced_text"] == "عشرات العوائل" and int(r["displaced"]) == 20
    assert f"20+ families displaced («\u2068{r['displaced_text']}\u2069»)" in popup


def test_review_line_says_who_when_and_what_was_extracted_in_words():
    """The trial's popup said 'extracted: place_id tayy' with no date; it names the place and the day."""
    r = {"review_status": "corrected", "reviewed_by": "Rima <b>", "reviewed_at": "2026-12-06T04:31:07+00:00",
         "extracted": {"place_id": "tayy", "location": "Tayy neighbourhood", "actor2_id": "",
                       "actor2": "", "fatalities": 2}}
    line = mapview.review_line(r)
    assert ("corrected by Rima &lt;b&gt; on 6 Dec 2026 04:31 UTC "
            "(extracted: Tayy neighbourhood, actor 2: none, 2 killed)") in line
    assert "place_id" not in line and "tayy" not in line
    # a stamp in another zone is told in UTC; a confirmation has nothing replaced
    r2 = {"review_status": "confirmed", "reviewed_by": "A", "reviewed_at": "2026-12-06T07:31:07+03:00",
          "extracted": {}}
    assert "confirmed by A on 6 Dec 2026 04:31 UTC</small>" in mapview.review_line(r2)
    assert "unreviewed" in mapview.review_line({"review_status": "unreviewed"})
    # a build made before names were kept: the id, rather than nothing
    assert "(extracted: tayy)" in mapview.review_line({"review_status": "corrected", "extracted": {"place_id": "tayy"}})


def test_a_correction_in_progress_is_told_in_words():
    from mapapp.reviewtext import change_words

    names = {"tayy": "Tayy neighbourhood", "qamishli_airport": "Qamishli International Airport", "ndf": "NDF"}
    said = change_words({"place_id": "qamishli_airport", "actor2_id": "ndf", "fatalities": 3, "injuries": 4},
                        {"place_id": "tayy", "actor2_id": "", "fatalities": 2, "injuries": None},
                        lambda k, v: names[v])
    assert said == ("place: Tayy neighbourhood → Qamishli International Airport, actor 2: none → NDF, "
                    "killed: 2 → 3, injured: not reported → 4")


def test_legend_says_the_zones_latest_evidence_as_the_summary_line_does():
    """The legend's "zones as of …" lacked the caveat the summary line and briefing carry when the
    zones are drawn as of a day later than their latest evidence; one owner words both."""
    from mapapp.daterange import zones_as_of

    late, evidence = dt.date(2024, 3, 11), "2021-04-28"
    for layout in ("strip", "panel"):
        legend = mapview.legend_html(late, layout, evidence)
        assert "control zones as of 11 Mar 2024: no evidence since 28 Apr 2021 (drawn faded)" in legend
        assert zones_as_of(late, evidence) in legend
    assert "latest evidence" not in mapview.legend_html(dt.date(2021, 4, 26), "strip", evidence)
    assert "(latest evidence 28 Apr 2021)" in mapview.legend_html(dt.date(2021, 5, 20), "strip", evidence)


def test_legend_lists_faded_zones_only_when_a_zone_is_drawn_faded(ds):
    """The faded-zone entry was listed on every legend, so a briefing of April 2021 (every zone
    confirmed that week) carried a symbol its map did not show; given the zones, the legend lists it
    only when a zone drawn on that day is faded, as the zone layer decides."""
    fresh, late = dt.date(2021, 4, 26), dt.date(2024, 3, 11)
    entry = "faded: no evidence in the 90 days"
    assert not mapview.any_zone_faded(ds.zones, fresh)
    assert mapview.any_zone_faded(ds.zones, late)
    for layout in ("strip", "panel"):
        assert entry not in mapview.legend_html(fresh, layout, ds.zones_latest_evidence, ds.zones)
        assert entry in mapview.legend_html(late, layout, ds.zones_latest_evidence, ds.zones)
    # the zone layer fades exactly the zones this counts as old
    def drawn(day):
        m = mapview.folium.Map(tiles=None)
        mapview.zones_layer(ds.zones, day).add_to(m)
        return m.get_root().render()

    assert "faded: no evidence since" not in drawn(fresh)
    assert "faded: no evidence since" in drawn(late)


def _visible_text(markup: str) -> str:
    """The text a browser shows of ``markup`` (tags and their attributes, tooltips included, left out)."""
    from html.parser import HTMLParser

    class Text(HTMLParser):
        def __init__(self):
            super().__init__()
            self.parts: list[str] = []

        def handle_data(self, data):
            self.parts.append(data)

    parser = Text()
    parser.feed(markup)
    return "".join(parser.parts)


def test_a_popup_shows_no_character_offsets_only_a_tooltip_says_them(ds):
    """Probe: popups said "article 000_… [0:128]"; an analyst reads the sentence, not its offsets. They stay
    in the exports and in a tooltip on the article's name."""
    g = next(g for g in mapview.group_events(ds.events) if g["place_id"] == "wahda_roundabout")
    popup = mapview.event_popup_html(g)
    r = g["records"][0]
    start, end = int(r["start"]), int(r["end"])
    shown = _visible_text(popup)
    assert f"article {r['article_id']}" in shown
    assert not re.search(r"\[\d+:\d+\]", shown) and f"{start}:{end}" not in shown
    assert f'title="characters {start}–{end} of the article"' in popup


def test_places_drawn_at_one_shared_point_get_one_label_naming_them_all():
    # three villages with no cited point, drawn at their area's point: one label per village would be
    # placed around that point wherever there is room, beside another village's symbol (the printed
    # briefing has no popups to tell them apart), so they share one label
    def village(pid, name):
        return {"properties": {"place_id": pid, "kind": "village", "name_en": name, "lat": 36.9, "lon": 41.2,
                               "approximate": True}}

    places = {"features": [village("a", "Tartab"), village("b", "Dhubana"), village("c", "Tell Awda"),
                           {"properties": {"place_id": "q", "kind": "city", "name_en": "Qamishli", "lat": 37.05,
                                           "lon": 41.23, "approximate": False}}]}
    data = mapview.label_data(places, {"a": 2, "b": 1, "c": 1})
    shared = [d for d in data if d["lat"] == 36.9]
    assert len(shared) == 1 and all(n in shared[0]["text"] for n in ("Tartab", "Dhubana", "Tell Awda"))
    assert "approx" in shared[0]["text"] and shared[0]["approx"]
    assert any(d["text"] == "Qamishli" for d in data)


@pytest.mark.parametrize(("t0", "t1", "said"), [
    ("10:00", "10:00", "2021-04-24 (morning, 10:00)"),     # one moment: no range of a moment to itself
    ("10:00", "12:30", "2021-04-24 (morning, 10:00–12:30)"),
    ("10:00", None, "2021-04-24 (morning, 10:00)"),
])
def test_the_popups_time_says_a_range_only_when_it_is_one(t0, t1, said):
    row = {"event_date": "2021-04-24", "date_from": "2021-04-24", "date_to": "2021-04-24",
           "part_of_day": "morning", "time_from": t0, "time_to": t1}
    assert mapview._fmt_date(row) == said


def test_only_places_outside_syria_are_flagged_to_be_named_above_their_point(ds):
    data = {d["id"]: d for d in mapview.label_data(ds.places)}
    assert data["nusaybin"]["abroad"] is True  # a Turkish town, no Syrian ancestor
    assert not any(d["abroad"] for i, d in data.items() if i != "nusaybin"), [i for i, d in data.items() if d["abroad"]]
    assert data["qamishli"]["abroad"] is False and data["qamishli_airport"]["abroad"] is False
