"""Briefing page, PNG and A4 PDF (``mapapp/briefing.py``, ``mapapp/printing.py``).

The data are the shipped seeds and curated rows, built into a temporary folder. The
pictures are made by Debian's Chromium through Playwright (``-m browser``); each test
leaves its picture in ``test-artifacts/`` to be looked at.
"""

from __future__ import annotations

import datetime as dt
import functools
import http.server
import pathlib
import re
import threading
from urllib.parse import unquote, urlsplit

import pytest
from conftest import asset_links

from mapapp import briefing, data, mapview, pngpixels, printing
from mapapp.assets import ensure_static_assets, localise_folium
from mapapp.filters import Filters, apply_filters
from pipeline.build import build

ROOT = pathlib.Path(__file__).resolve().parent.parent
ARTIFACTS = ROOT / "test-artifacts"
CHROMIUM = pathlib.Path("/usr/bin/chromium")
needs_chromium = pytest.mark.skipif(not CHROMIUM.is_file(), reason="/usr/bin/chromium is not installed "
                                    "(apt-get install chromium)")
NO_TILES = mapview.TileSetting.parse("none")
# 19–26 April 2021: Tayy and Halko contested from the 23rd, taken by the Asayish on the 26th
FROM, TO = dt.date(2021, 4, 19), dt.date(2021, 4, 26)


@pytest.fixture(scope="module")
def ds(tmp_path_factory):
    out = tmp_path_factory.mktemp("printing") / "out"
    build(ROOT / "seeds", ROOT / "geo", out, progress=False, curated_dir=ROOT / "curated")
    return data.load_dataset(out)


@pytest.fixture(scope="module")
def static(tmp_path_factory):
    folder = tmp_path_factory.mktemp("static")
    ensure_static_assets(folder)
    return folder


def page(ds, tiles=NO_TILES, bounds=None, title="Morning brief: Tayy", caption="Asayish take Tayy",
         d_from=FROM, d_to=TO) -> str:
    localise_folium("/app/static/")
    shown = apply_filters(ds.events, Filters(d_from, d_to))
    changes = mapview.zone_changes(ds.zones, d_from - dt.timedelta(days=1), d_to, ds.places, ds.events)
    b = briefing.Briefing(title, caption, d_from, d_to, bounds=bounds, built_at="2021-04-30T00:00:00+00:00",
                          generated=dt.datetime(2021, 4, 30, 6, 0, tzinfo=dt.UTC),
                          changes=tuple(mapview.change_lines(changes)))
    return briefing.briefing_html(ds.with_truce_status(shown), ds.zones, ds.places, ds.border, b, tiles, changes)


# --------------------------------------------------------------------------- the page (no browser)

def test_sources_list_each_outlet_once_with_its_count(ds):
    shown = apply_filters(ds.events, Filters(FROM, TO))
    items = briefing.source_counts(shown)
    names = [n for n, _ in items]
    assert len(names) == len(set(names))
    # an outlet's Arabic and English editions are one outlet
    assert "Syrian Observatory for Human Rights" in names
    assert not any(n.startswith("Syrian Observatory for Human Rights (") for n in names)
    sohr = dict(items)["Syrian Observatory for Human Rights"]
    # each event it reports (pipeline.sourcing: not the rows that cite it only among a day's sources)
    expected = sum(1 for names in shown["reporting_outlets"] if "Syrian Observatory for Human Rights" in names)
    assert sohr == expected and expected < sum(1 for s in shown["source"] if "Syrian Observatory" in str(s))
    assert [n for _, n in items] == sorted((n for _, n in items), reverse=True)
    line = briefing.sources_text(items)
    assert line.count("Syrian Observatory for Human Rights") == 1
    assert len(line) < 420 and re.search(r"\+ \d+ more outlets", line), line


def test_low_trust_sources_come_after_the_agencies_marked_and_escaped(ds):
    """A forum's tag pages (``curated/outlets.tsv``: low trust) were counted for 7 of the events of 19-26 April
    (3 that they report, 4 rows that cite them among a day's sources: those count no more, pipeline.sourcing):
    the sources line listed it fifth, among the news agencies. It comes last now, "(3, low trust)", in grey,
    and is still named when the other outlets overflow the line."""
    shown = apply_filters(ds.events, Filters(FROM, TO))
    items = briefing.source_counts(shown)
    forum = "forum.nef2.com (tag pages)"
    assert forum in ds.low_trust and dict(items)[forum] == 3
    assert dict(items)[forum] >= sorted(n for _, n in items)[len(items) // 2]  # by its count alone, among the agencies
    line = briefing.sources_text(items, low=ds.low_trust)
    assert line.endswith(f"{forum} ({dict(items)[forum]}, low trust)") and line.count(forum) == 1
    assert re.search(r"\+ \d+ more outlets \([^)]*\) · forum", line), line  # after every other outlet
    assert len(line) < 420
    assert "low trust" not in briefing.sources_text(items)  # nothing marked without the table
    b = briefing.Briefing("t", "", FROM, TO, low_trust=ds.low_trust)
    head, side, foot = briefing.page_html_parts(b, shown, ds.places, ds.border, NO_TILES)
    assert f'<span class="qlow">{forum} ({dict(items)[forum]}, low trust)</span>' in side
    assert "low-trust sources last, in grey" in side
    # escaped at the sink: an outlet's name is text, whatever it holds
    hostile = [("Agency <b>A</b>", 3), ('Blog "<img src=x onerror=alert(1)>"', 2)]
    out = briefing.sources_html(hostile, low={hostile[1][0]})
    assert "<img" not in out and "<b>" not in out
    assert out == ('Agency &lt;b&gt;A&lt;/b&gt; (3) · <span class="qlow">Blog &quot;&lt;img src=x '
                   'onerror=alert(1)&gt;&quot; (2, low trust)</span>')


def test_page_has_title_caption_range_legend_inset_changes_and_generation_time(ds):
    html = page(ds, title="Brief <b>1</b>", caption="Tayy & Halko")
    assert "Brief &lt;b&gt;1&lt;/b&gt;" in html and "Tayy &amp; Halko" in html  # escaped
    assert "19 Apr 2021 – 26 Apr 2021" in html and "control zones as of 26 Apr 2021" in html
    assert 'class="qlegend qlegend-panel"' in html and "contested (hatched" in html
    assert 'id="qinset"' in html and 'id="qinset-extent"' in html and "<polyline" in html
    assert "Tayy: Government → contested (SDF vs Government) 23 Apr → SDF 26 Apr 2021" in html
    assert "Generated 2021-04-30 06:00 UTC" in html
    assert "north arrow" in html and "L.control.scale" in html
    assert 'id="qcredit"' not in html  # no tiles: no tile credit at all


def filtered_page(ds, f: Filters, title="Morning brief", caption="") -> str:
    """The page as the app makes it for filters ``f`` (filter words, the period's total)."""
    from mapapp.filters import describe

    localise_folium("/app/static/")
    shown = apply_filters(ds.events, f)
    changes = mapview.zone_changes(ds.zones, f.date_from - dt.timedelta(days=1), f.date_to, ds.places, ds.events)
    words = tuple(describe(f, lambda a: {"ndf": "NDF: National Defence Forces"}.get(a, a)))
    b = briefing.Briefing(title, caption, f.date_from, f.date_to, changes=tuple(mapview.change_lines(changes)),
                          filters=words, period_total=len(apply_filters(ds.events, Filters(f.date_from, f.date_to))))
    return briefing.briefing_html(ds.with_truce_status(shown), ds.zones, ds.places, ds.border, b, NO_TILES, changes)


def test_filtered_page_says_which_filters_and_how_many_of_the_period(ds):
    """New-user trial: with Battles, NDF, reviewed only and high confidence the header read "10 events ·
    6 killed" with no filter named. The filter line names them, with the period's total; the
    changes of hands (zones, counted over every report) say they are not filtered."""
    f = Filters(FROM, TO, event_types=("Battles",), actors=("ndf",), reviewed_only=True, min_confidence="high")
    n, total = len(apply_filters(ds.events, f)), len(apply_filters(ds.events, Filters(FROM, TO)))
    assert 0 < n < total
    html = filtered_page(ds, f)
    line = (f'<div class="qfilter">Filtered: Battles · NDF · reviewed only · high confidence — {n} of {total} '
            "events in the period</div>")
    assert line in html
    assert f" · {n} event{'s' if n != 1 else ''} · " in html  # the header's count is the filtered set's
    assert "Changed hands <small>(all reports, not filtered)</small>" in html
    assert "(outlet: filtered events it reports" in html
    assert "#qhead{height:104px}" in html  # room for the line: nothing covers the map
    # no filter on: no line, and the sources and changes read as before
    plain = filtered_page(ds, Filters(FROM, TO))
    assert 'class="qfilter"' not in plain and "Filtered:" not in plain and "#qhead{height:104px}" not in plain
    assert "<h3>Changed hands</h3>" in plain and "(outlet: events it reports" in plain
    # the search words are the user's: escaped at the sink
    html = filtered_page(ds, Filters(FROM, TO, query="<img src=x onerror=alert(1)>"))
    assert "<img src=x" not in html and "Filtered: search &quot;&lt;img src=x onerror=alert(1)&gt;&quot; — " in html


def test_title_and_caption_take_their_own_direction_and_the_page_has_a_title(ds):
    """New-user trial: an Arabic title was flush left under a right-aligned caption; the PDF was titled
    "briefing.html". The title and caption are dir="auto"; the page's <title> is the title and period, escaped."""
    html = filtered_page(ds, Filters(FROM, TO), title="إحاطة الصباح: القامشلي", caption="اشتباكات في حي طي")
    assert '<h1 dir="auto">إحاطة الصباح: القامشلي</h1>' in html
    assert '<div class="qcap" dir="auto">اشتباكات في حي طي</div>' in html
    assert "<title>إحاطة الصباح: القامشلي — 19 Apr 2021 – 26 Apr 2021</title>" in html
    html = filtered_page(ds, Filters(FROM, TO), title="Brief </title><script>alert(1)</script>")
    titles = re.findall(r"<title>(.*?)</title>", html, re.S)
    assert titles == ["Brief &lt;/title&gt;&lt;script&gt;alert(1)&lt;/script&gt; — 19 Apr 2021 – 26 Apr 2021"]


def test_tile_credit_is_there_only_to_be_shown_after_a_tile_loaded(ds):
    html = page(ds, tiles=mapview.TileSetting.parse("osm"))
    assert 'id="qcredit"' in html and "#qcredit{display:none}" in html
    assert 'l.on("tileload"' in html


def test_bounds_round_trip():
    st_bounds = {"_southWest": {"lat": 37.0, "lng": 41.2}, "_northEast": {"lat": 37.05, "lng": 41.26}}
    b = briefing.parse_bounds(st_bounds)
    assert b == (37.0, 41.2, 37.05, 41.26)
    assert briefing.parse_bounds(briefing.format_bounds(b)) == b
    for bad in ("", "1,2,3", "a,b,c,d", "37,41,36,42", {"_southWest": {}}, None, "nan,1,2,3"):
        assert briefing.parse_bounds(bad) is None, bad


# --------------------------------------------------------------------------- offline HTML

def test_map_html_for_file_rewrites_app_links(ds, static, restore_folium):
    localise_folium("/app/static/")
    html = page(ds)
    assert "/app/static/vendor/" in html
    out = printing.map_html_for_file(html, static)
    assert "/app/static" not in out
    links = asset_links(out)
    prefix = static.resolve().as_uri() + "/vendor/"
    assert links and all(link.startswith(prefix) for link in links), links
    assert all(pathlib.Path(unquote(urlsplit(link).path)).is_file() for link in links)
    assert prefix + "leaflet/leaflet.js" in links


def test_missing_chromium_says_what_to_install(tmp_path, monkeypatch):
    with pytest.raises(printing.PrintError, match="not found"):
        printing.page_png("<html></html>", tmp_path, chromium=str(tmp_path / "no-such-chromium"))
    monkeypatch.setattr(printing.os, "access", lambda *a, **k: False)
    monkeypatch.setattr(printing.shutil, "which", lambda *a, **k: None)
    with pytest.raises(printing.PrintError, match="apt-get install chromium"):
        printing.page_pdf("<html></html>", tmp_path)


def test_nothing_in_mapapp_uses_matplotlib_or_a_chromium_subprocess():
    for path in (ROOT / "mapapp").glob("*.py"):
        text = path.read_text(encoding="utf-8")
        assert "matplotlib" not in text, path
        assert "subprocess" not in text, path  # Chromium is driven by Playwright, not run by hand


def test_playwright_is_a_main_dependency():
    import tomllib

    meta = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert any(d.startswith("playwright") for d in meta["dependencies"]), meta["dependencies"]


# --------------------------------------------------------------------------- pictures (Chromium)

def _open(pw, html: str, static, size=(1600, 1000)):
    from browser_support import launch_chromium

    b = launch_chromium(pw, str(CHROMIUM))
    pg = b.new_page(viewport={"width": size[0], "height": size[1]})
    path = static.parent / "page.html"
    path.write_text(printing.map_html_for_file(html, static), encoding="utf-8")
    pg.goto(path.as_uri())
    pg.wait_for_function(printing.READY, timeout=30_000)
    return b, pg


@pytest.mark.browser
@needs_chromium
def test_png_is_the_briefing_page_drawn(ds, static):
    from browser_support import launch_chromium
    from playwright.sync_api import sync_playwright

    png = printing.page_png(page(ds), static)
    ARTIFACTS.mkdir(exist_ok=True)
    (ARTIFACTS / "briefing-export.png").write_bytes(png)
    with sync_playwright() as pw:
        b = launch_chromium(pw, str(CHROMIUM))
        try:
            rgba = pngpixels.decode_png(b.new_page(), png)
        finally:
            b.close()
    assert (rgba.shape[1], rgba.shape[0]) == printing.PNG_SIZE
    colours = pngpixels.colours(rgba)
    assert len(colours) > 50
    # the zones' colours are on it (SDF yellow, government red, blended with the background)
    assert any(r > 200 and g > 190 and b < 160 for r, g, b in colours), "no SDF yellow"
    assert any(r > 170 and g < 120 and b < 110 for r, g, b in colours), "no government red"


@pytest.mark.browser
@needs_chromium
def test_page_reproduces_the_users_view_and_draws_its_extent_on_the_inset(ds, static):
    from playwright.sync_api import sync_playwright

    view = (37.0100, 41.2000, 37.0400, 41.2550)  # the user zoomed on Tayy and the airport
    with sync_playwright() as pw:
        b, pg = _open(pw, page(ds, bounds=view), static)
        try:
            got = pg.evaluate("""() => { const m = Object.values(window).find(v => v instanceof L.Map);
                const b = m.getBounds(); return [b.getSouth(), b.getWest(), b.getNorth(), b.getEast()]; }""")
            inset = pg.evaluate("""() => { const r = document.getElementById('qinset-extent');
                return [r.x.baseVal.value, r.y.baseVal.value, r.width.baseVal.value, r.height.baseVal.value]; }""")
            pg.screenshot(path=str(ARTIFACTS / "briefing-user-view.png"))
        finally:
            b.close()
    s, w, n, e = got
    assert s <= view[0] and w <= view[1] and n >= view[2] and e >= view[3], (got, view)  # all of it shown
    assert (n - s) < 2.5 * (view[2] - view[0]) and (e - w) < 2.5 * (view[3] - view[1]), (got, view)  # not much more
    assert inset[2] >= 4 and inset[3] >= 4 and 0 < inset[0] < briefing.INSET_W and 0 < inset[1] < briefing.INSET_H


@pytest.mark.browser
@needs_chromium
def test_filtered_a4_page_keeps_the_whole_locator_inset_in_its_panel(ds, static):
    """The filter line moves the side panel down; on an A4 page the inset's bottom (the SYRIA label)
    was cut by the panel's edge. The inset shrinks to the room left, whole."""
    from playwright.sync_api import sync_playwright

    f = Filters(FROM, TO, event_types=("Battles",), actors=("ndf",), reviewed_only=True, min_confidence="high")
    with sync_playwright() as pw:
        b, pg = _open(pw, filtered_page(ds, f), static, size=(1123, 794))
        try:
            side, inset = pg.evaluate("""() => ['qside', 'qinset'].map(id => {
                const r = document.getElementById(id).getBoundingClientRect(); return [r.top, r.bottom, r.height]; })""")
        finally:
            b.close()
    assert inset[1] <= side[1] + 0.5, (inset, side)  # nothing of it below the panel's edge
    assert inset[2] >= 70, inset  # still a readable inset


LONG_CAPTION = ("Drone strike near Amuda (2 killed); Asayish-NDF clash in Tayy (3 killed) followed by a "
                "Russian-brokered truce; an arson in Hilaliyah and a kidnapping in Antariyah, both still unconfirmed "
                "by a second outlet; shelling reported overnight on villages west of Tal Tamr, no casualties given")


def test_a_caption_makes_room_for_itself_in_the_header(ds):
    with_caption, plain = page(ds, caption=LONG_CAPTION), page(ds, caption="")
    assert f"#qhead{{height:{74 + briefing.CAPTION_EXTRA_PX}px}}" in with_caption
    assert "#qhead{height:" not in plain.split("</style>", 1)[1].split("<body", 1)[0] or \
        f"#qhead{{height:{74 + briefing.CAPTION_EXTRA_PX}px}}" not in plain


@pytest.mark.browser
@needs_chromium
def test_a_two_line_caption_leaves_the_counts_line_whole_above_the_map(ds, static):
    """A new analyst's trial: a caption of two lines pushed the counts line ("… · 6 events · 5 killed") under
    the map, in the briefing view and the A4 PDF."""
    from playwright.sync_api import sync_playwright

    for size in ((1123, 794), (1400, 900)):
        with sync_playwright() as pw:
            b, pg = _open(pw, page(ds, caption=LONG_CAPTION), static, size=size)
            try:
                cap, meta, head, mapbox = pg.evaluate("""() => ['#qhead .qcap', '#qhead .qmeta', '#qhead', '.folium-map']
                    .map(q => { const r = document.querySelector(q).getBoundingClientRect(); return [r.top, r.bottom]; })""")
            finally:
                b.close()
        assert cap[1] - cap[0] > 20, cap  # the caption does take two lines here
        assert meta[1] <= head[1] + 0.5 and meta[1] <= mapbox[0], (meta, head, mapbox)


class _Tiles(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):  # quiet
        pass


@pytest.mark.browser
@needs_chromium
def test_tile_credit_only_when_tiles_were_drawn(ds, static, tmp_path):
    from playwright.sync_api import sync_playwright

    tile = pngpixels.solid_png(256, 256, (200, 220, 200))
    (tmp_path / "t").mkdir()
    for z in range(10, 19):
        (tmp_path / "t" / f"{z}.png").write_bytes(tile)
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_Tiles, directory=str(tmp_path)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    port = server.server_address[1]
    try:
        served = mapview.TileSetting(f"http://127.0.0.1:{port}/t/{{z}}.png?x={{x}}&y={{y}}", "© Test tiles")
        dead = mapview.TileSetting(f"http://127.0.0.1:{port}/missing/{{z}}/{{x}}/{{y}}.png", "© Test tiles")
        with sync_playwright() as pw:
            for tiles, drawn in ((served, True), (dead, False)):
                b, pg = _open(pw, page(ds, tiles=tiles), static)
                try:
                    assert (int(pg.get_attribute("body", "data-tiles-drawn")) > 0) is drawn
                    assert pg.locator("#qcredit").is_visible() is drawn
                    assert ("© Test tiles" in pg.inner_text("#qfoot")) is drawn
                finally:
                    b.close()
    finally:
        server.shutdown()


@pytest.mark.browser
@needs_chromium
def test_pdf_is_one_a4_landscape_page(ds, static):
    pdf = printing.page_pdf(page(ds), static)
    ARTIFACTS.mkdir(exist_ok=True)
    (ARTIFACTS / "briefing.pdf").write_bytes(pdf)
    assert pdf.startswith(b"%PDF")
    assert len(re.findall(rb"/Type\s*/Page[^s]", pdf)) == 1
    box = re.search(rb"/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]", pdf)
    assert box, "no MediaBox"
    w, h = float(box.group(1)), float(box.group(2))
    assert abs(w - 842) < 3 and abs(h - 595) < 3, (w, h)  # A4 landscape in points


@pytest.mark.browser
@needs_chromium
def test_pdf_is_titled_with_the_briefing_not_the_file_name(ds, static):
    """The PDF's document title (shown by viewers) was "briefing.html": it is the briefing's title and period."""
    pdf = printing.page_pdf(filtered_page(ds, Filters(FROM, TO), title="Morning brief: Tayy & Halko"), static)
    m = re.search(rb"/Title\s*(<[0-9A-Fa-f\s]*>|\((?:\\.|[^\\)])*\))", pdf)
    assert m, "the PDF has no /Title"
    raw = m.group(1)
    if raw.startswith(b"<"):  # a hex string, UTF-16 with its byte order mark (non-ASCII text)
        title = bytes.fromhex(re.sub(rb"\s", b"", raw[1:-1]).decode()).decode("utf-16")
    else:
        title = re.sub(rb"\\(.)", rb"\1", raw[1:-1]).decode("latin-1")
    assert title == "Morning brief: Tayy & Halko — 19 Apr 2021 – 26 Apr 2021"


@pytest.mark.browser
@needs_chromium
def test_a_page_that_never_draws_is_an_error_not_a_blank_picture(static):
    with pytest.raises(printing.PrintError, match="did not finish drawing"):
        printing.page_png("<html><body>no map</body></html>", static, width=400, height=300, timeout=3)


def test_locator_inset_draws_syria_from_the_cited_outline_only(ds, tmp_path):
    """The inset's overview is Syria's outline as shipped in geo/ (Natural Earth, with its source and
    licence), the inset's window marked on it; with no outline file, no shape is drawn at all."""
    import json

    fc = briefing.syria_outline()
    props = fc["features"][0]["properties"]
    assert "Natural Earth" in props["source"] and "public domain" in props["licence"]
    svg = briefing.locator_svg(ds.border, ds.places, fc)
    d = re.search(r'<path class="qsyria" d="([^"]+)"', svg).group(1)
    ring = fc["features"][0]["geometry"]["coordinates"][0][0]
    assert d.count("L") == len(ring) - 1  # every vertex of the cited ring, none added
    # the window (north Hasakah) sits in Syria's north-east corner of the overview
    x, y, w, h = (float(v) for v in re.search(
        r'class="qwindow" x="([\d.]+)" y="([\d.]+)" width="([\d.]+)" height="([\d.]+)"', svg).groups())
    ox, oy, ow, oh = briefing.OVERVIEW
    assert x > ox + ow / 2 and y < oy + oh / 3 and w > 0 and h > 0
    assert "qsyria" in page(ds)  # on the briefing page
    missing = briefing.syria_outline(tmp_path / "none.geojson")
    assert missing is None and "qsyria" not in briefing.locator_svg(ds.border, ds.places, missing)
    json.dumps(fc)  # plain GeoJSON


@pytest.mark.browser
@needs_chromium
def test_png_pixels_are_read_back_by_chromium():
    """mapapp.pngpixels: a PNG written with the standard library is decoded by Chromium's canvas to
    its size and colour; a blank picture has one colour, a drawn one many (page_png's blank check)."""
    from browser_support import launch_chromium
    from playwright.sync_api import sync_playwright

    solid = pngpixels.solid_png(40, 30, (200, 220, 10))
    with sync_playwright() as pw:
        b = launch_chromium(pw, str(CHROMIUM))
        try:
            pg = b.new_page()
            rgba = pngpixels.decode_png(pg, solid)
            pg.set_content('<body style="margin:0;background:linear-gradient(90deg,#000,#fff)"></body>')
            drawn = pngpixels.decode_png(pg, pg.screenshot(type="png"))
        finally:
            b.close()
    assert rgba.shape == (30, 40, 4)
    assert pngpixels.colours(rgba) == {(200, 220, 10)} and pngpixels.distinct_colours(rgba) == 1
    assert pngpixels.distinct_colours(drawn) > 20
