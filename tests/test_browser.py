"""The app in a real browser: headless Debian Chromium driven by Playwright.

One Streamlit server per module (``streamlit run app.py`` on a free localhost port)
shows a build of the shipped seeds made in a temporary folder (``QMAP_OUT`` +
``QMAP_SKIP_BUILD=1``: the repository's ``build/`` is never touched) with tiles off.
Every request the browser makes is logged; a request that leaves the machine fails
the test that made it (only ``test_osm_tiles_are_the_only_offsite_requests`` may ask
tile.openstreetmap.org, and those requests are aborted: the sandbox is offline).

Each test leaves a screenshot of its final state in ``test-artifacts/<test>.png``
(``briefing.png`` and ``export.png`` too). Run::

    python -m pytest tests/test_browser.py -q

Needs ``/usr/bin/chromium`` (Debian's package; ``playwright install`` is never used).
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from browser_support import (
    AppServer,
    RequestLog,
    chromium_browser,
    is_local,
    time_limit,
)

from mapapp import pngpixels

try:  # the test extra; a missing package fails the browser fixture with a clear message
    from playwright.sync_api import Error as PlaywrightError
    from playwright.sync_api import TimeoutError as PlaywrightTimeout
    from playwright.sync_api import expect, sync_playwright
except ImportError:  # pragma: no cover
    PlaywrightError = Exception
    PlaywrightTimeout = TimeoutError
    expect = sync_playwright = None

ROOT = Path(__file__).resolve().parent.parent
ARTIFACTS = ROOT / "test-artifacts"
MAP_IFRAME = 'iframe[title="streamlit_folium.st_folium"]'
TEST_TIME_LIMIT = 120  # seconds, per test (Playwright waits are bounded well below this)
WAIT_MS = 20_000
OSM_HOSTS = {"tile.openstreetmap.org"}
ARABIC = re.compile(r"[\u0600-\u06FF]")

pytestmark = pytest.mark.browser

if expect is not None:
    expect.set_options(timeout=WAIT_MS)


# --------------------------------------------------------------------------- fixtures
@pytest.fixture(scope="module")
def built_out(tmp_path_factory) -> Path:
    """The shipped seeds and gazetteer built into a temporary output folder."""
    from pipeline.build import build

    out = tmp_path_factory.mktemp("qmap-browser") / "out"
    build(ROOT / "seeds", ROOT / "geo", out, progress=False)
    assert (out / "manifest.json").exists(), "the build wrote no manifest.json"
    return out


@pytest.fixture(scope="module")
def expected(built_out) -> dict:
    """What the pages should show, computed from the same build with the app's own modules."""
    from mapapp import data, mapview
    from mapapp.filters import Filters, apply_filters, date_bounds

    ds = data.load_dataset(built_out)
    ev = ds.events
    lo, hi = date_bounds(ev, ds.zones)
    total = len(ev)
    assert total > 0, "the shipped seeds produced no event"

    def shown(d_from: dt.date, d_to: dt.date):
        return apply_filters(ev, Filters(d_from, d_to))

    # the latest end date that shows fewer events than the full range (but some)
    target = next((d for d in (hi - dt.timedelta(days=k) for k in range(1, (hi - lo).days + 1))
                   if 0 < len(shown(lo, d)) < total), None)
    assert target is not None, "no end date on the slider changes the event count"
    brief_from, brief_to = dt.date(2021, 4, 20), dt.date(2021, 4, 22)
    return {
        "lo": lo, "hi": hi, "total": total,
        "symbols": len(mapview.group_events(shown(lo, hi))),
        "zones": len(mapview.active_zones(ds.zones, hi)),
        "slider_to": target, "slider_presses": (hi - target).days,
        "slider_count": len(shown(lo, target)),
        "slider_symbols": len(mapview.group_events(shown(lo, target))),
        "brief_from": brief_from, "brief_to": brief_to,
        "brief_symbols": len(mapview.group_events(shown(brief_from, brief_to))),
    }


@pytest.fixture(scope="module")
def server(built_out, tmp_path_factory):
    """``streamlit run app.py`` showing ``built_out`` with tiles off; stopped at teardown."""
    log = tmp_path_factory.mktemp("qmap-server") / "streamlit.log"
    app = AppServer(ROOT, {"QMAP_OUT": str(built_out), "QMAP_SKIP_BUILD": "1", "QMAP_TILES": "none"}, log)
    try:
        app.start()
    except RuntimeError as e:
        pytest.fail(str(e), pytrace=False)
    yield app
    app.stop()


@pytest.fixture(scope="module")
def browser():
    yield from chromium_browser()


@pytest.fixture(scope="module")
def request_log() -> RequestLog:
    return RequestLog()


@pytest.fixture(autouse=True)
def _time_limit():
    """Fail a test that runs longer than TEST_TIME_LIMIT."""
    yield from time_limit(TEST_TIME_LIMIT)


@pytest.fixture
def page(request, browser, server, request_log):
    """A fresh browser context and page (a new Streamlit session), its requests logged.

    At teardown: a screenshot in ``test-artifacts/<test>.png``, then a check that no
    request left localhost (tile hosts allowed for the tiles=osm test only)."""
    ARTIFACTS.mkdir(exist_ok=True)
    name = request.node.name
    request_log.current = name
    since = len(request_log.entries)
    context = browser.new_context(viewport={"width": 1400, "height": 1000}, accept_downloads=True,
                                  locale="en-GB", timezone_id="UTC")
    request_log.attach(context)
    pg = context.new_page()
    pg.set_default_timeout(WAIT_MS)
    pg.app_url = server.url  # type: ignore[attr-defined]
    errors: list[str] = []
    pg.on("pageerror", lambda exc: errors.append(str(exc)))
    pg.js_errors = errors  # type: ignore[attr-defined]
    yield pg
    try:
        try:
            settle(pg, timeout=5000)
        except AssertionError:
            pass  # a screenshot of a page still loading is still worth having
        pg.screenshot(path=str(ARTIFACTS / f"{name}.png"))
    finally:
        context.close()
    allowed = OSM_HOSTS if getattr(request.node, "allow_tile_hosts", False) else set()
    offsite = request_log.offsite(since, allowed)
    assert not offsite, f"requests left the machine during {name}: {sorted({u for _, u in offsite})[:10]}"


@pytest.fixture(scope="module")
def curated_server(tmp_path_factory):
    """The app on the seeds plus the curated April 2021 rows (English summaries, crowded places), tiles off."""
    from pipeline.build import build

    tmp = tmp_path_factory.mktemp("qmap-curated")
    build(ROOT / "seeds", ROOT / "geo", tmp / "out", progress=False, curated_dir=ROOT / "curated")
    app = AppServer(ROOT, {"QMAP_OUT": str(tmp / "out"), "QMAP_SKIP_BUILD": "1", "QMAP_TILES": "none"},
                    tmp / "streamlit.log")
    app.out = tmp / "out"  # type: ignore[attr-defined]  # the build it shows (tests read its places)
    try:
        app.start()
    except RuntimeError as e:
        pytest.fail(str(e), pytrace=False)
    yield app
    app.stop()


@pytest.fixture
def cpage(request, browser, curated_server, request_log):
    """Like ``page``, on the curated data's server."""
    ARTIFACTS.mkdir(exist_ok=True)
    request_log.current = request.node.name
    since = len(request_log.entries)
    context = browser.new_context(viewport={"width": 1400, "height": 1000}, locale="en-GB", timezone_id="UTC")
    request_log.attach(context)
    pg = context.new_page()
    pg.set_default_timeout(WAIT_MS)
    pg.app_url = curated_server.url  # type: ignore[attr-defined]
    pg.app_out = curated_server.out  # type: ignore[attr-defined]
    yield pg
    try:
        pg.screenshot(path=str(ARTIFACTS / f"{request.node.name}.png"))
    finally:
        context.close()
    assert not request_log.offsite(since), request_log.offsite(since)


# --------------------------------------------------------------------------- helpers
def open_view(page, query: str) -> None:
    page.goto(f"{page.app_url}/{query}", wait_until="domcontentloaded")
    expect(page.locator('[data-testid="stApp"]')).to_be_attached()


def settle(page, timeout: int = WAIT_MS) -> None:
    """Wait until the Streamlit script has finished and no element is still a loading skeleton."""
    expect(page.locator('[data-testid="stApp"]')).to_have_attribute("data-test-script-state", "notRunning",
                                                                     timeout=timeout)
    expect(page.locator('[data-testid="stSkeleton"]')).to_have_count(0, timeout=timeout)


def map_frame(page):
    return page.frame_locator(MAP_IFRAME)


def map_frame_handle(page):
    """The st_folium iframe as a Playwright Frame (for evaluate / wait_for_function)."""
    handle = page.locator(MAP_IFRAME).element_handle(timeout=WAIT_MS)
    frame = handle.content_frame()
    assert frame is not None, "the st_folium iframe has no document"
    return frame


def summary(page):
    """The '<n> of <total> events · ...' line above the map / chart."""
    return page.locator('[data-testid="stMain"] [data-testid="stMarkdownContainer"]').filter(
        has_text=re.compile(r"\d+ of \d+ events")).first


def wait_for_map(page, symbols: int | None = None) -> None:
    fl = map_frame(page)
    expect(fl.locator(".leaflet-container")).to_be_visible()
    if symbols is None:
        expect(fl.locator(".qsym").first).to_be_attached()
    else:
        expect(fl.locator(".qsym")).to_have_count(symbols)


def find_symbol(page, text: str):
    """The event symbol whose tooltip contains ``text`` (hovering each), or None."""
    fl = map_frame(page)
    syms = fl.locator(".qsym")
    for i in range(syms.count()):
        try:
            syms.nth(i).hover(timeout=3000)
            tip = fl.locator(".leaflet-tooltip").last.inner_text(timeout=3000)
        except PlaywrightError:
            continue
        if text in tip:
            return syms.nth(i)
    return None


POPUP_RECORDER = """() => {
  window.__qpops = [];
  new MutationObserver(() => {
    document.querySelectorAll('.leaflet-popup-content').forEach(c => {
      if (c.__qseen) return;
      c.__qseen = true;
      const r = c.querySelector('[dir="rtl"]');
      const box = c.getBoundingClientRect();
      window.__qpops.push({text: c.innerText, visible: box.width > 0 && box.height > 0,
                           rtl_text: r ? r.innerText : null, rtl_dir: r ? getComputedStyle(r).direction : null,
                           rtl_lang: r ? r.getAttribute('lang') : null});
    });
  }).observe(document.body, {childList: true, subtree: true});
}"""


def click_symbol_and_record_popup(page, symbol) -> dict:
    """Click a symbol and return what its popup showed when it opened.

    The popup is recorded by a MutationObserver in the map's frame, because the
    Streamlit rerun that the click triggers may close it again (see the xfail test)."""
    frame = map_frame_handle(page)
    frame.evaluate(POPUP_RECORDER)
    symbol.click()
    frame.wait_for_function("() => window.__qpops && window.__qpops.length > 0", timeout=WAIT_MS)
    return frame.evaluate("() => window.__qpops[0]")


# --------------------------------------------------------------------------- tests
def test_map_view_opens(page, expected):
    open_view(page, "?view=Map")
    fl = map_frame(page)
    wait_for_map(page, expected["symbols"])
    assert expected["symbols"] >= 4
    # zone polygons (and uncertainty areas) are interactive SVG paths
    n_zones = max(5, expected["zones"])
    expect(fl.locator("path.leaflet-interactive").nth(n_zones - 1)).to_be_attached()
    # the legend sits under the map, never over it
    legend = page.locator('[data-testid="stMain"] .qlegend')
    expect(legend).to_be_visible()
    expect(fl.locator(".qlegend")).to_have_count(0)
    lbox, mbox = legend.bounding_box(), page.locator(MAP_IFRAME).bounding_box()
    assert lbox["y"] >= mbox["y"] + mbox["height"] - 1, (lbox, mbox)
    expect(fl.locator(".leaflet-control-scale")).to_be_visible()
    # the Syria–Turkey border: a non-interactive dash-dot line
    border = fl.locator('path[stroke-dasharray="8,4,2,4"]')
    expect(border.first).to_be_attached()
    assert "leaflet-interactive" not in (border.first.get_attribute("class") or "")
    expect(summary(page)).to_contain_text(f"{expected['total']} of {expected['total']} events")
    # symbols are drawn inside the visible map (not all piled off-screen)
    box = page.locator(MAP_IFRAME).bounding_box()
    sym = fl.locator(".qsym").first.bounding_box()
    assert box and sym and box["x"] <= sym["x"] <= box["x"] + box["width"]
    assert not page.js_errors, page.js_errors


SYMBOL_PICTURES = """() => [...document.querySelectorAll('.qsym')].map(s => {
  const pics = [...s.children].filter(c => !c.classList.contains('qlead'));
  const img = pics.length === 1 && pics[0].tagName === 'IMG' ? pics[0] : null;
  return {pics: pics.length, svg_nodes: s.querySelectorAll('svg:not(.qlead), svg:not(.qlead) *').length,
          loaded: !!img && img.complete && img.naturalWidth > 0,
          w: img ? img.getBoundingClientRect().width : 0, box: s.getBoundingClientRect().width,
          svg_text: !!img && img.src.startsWith('data:image/svg+xml')};
})"""


def test_each_symbol_is_one_loaded_picture(page, expected):
    """A symbol's picture is one image of its SVG (not an inline SVG tree per symbol: each of those is
    a separate piece of the page that the browser re-layers on every frame), drawn at the symbol's size."""
    open_view(page, "?view=Map")
    wait_for_map(page, expected["symbols"])
    pics = map_frame_handle(page).evaluate(SYMBOL_PICTURES)
    assert len(pics) == expected["symbols"]
    for p in pics:
        assert p["pics"] == 1 and p["svg_nodes"] == 0, p
        assert p["loaded"] and p["svg_text"], p
        assert abs(p["w"] - p["box"]) < 0.5, p
    assert not page.js_errors, page.js_errors


def test_slider_moves_end_date(page, expected):
    open_view(page, "?view=Map")
    wait_for_map(page, expected["symbols"])
    expect(summary(page)).to_contain_text(f"{expected['total']} of {expected['total']} events")
    thumbs = page.locator('[data-testid="stSlider"] input[type="range"], [data-testid="stSlider"] [role="slider"]')
    expect(thumbs).to_have_count(2)
    end = thumbs.nth(1)
    end.focus()
    for _ in range(expected["slider_presses"]):
        page.keyboard.press("ArrowLeft")
    target = expected["slider_to"].isoformat()
    expect(end).to_have_attribute("aria-valuetext", target)
    expect(summary(page)).to_contain_text(f"{expected['slider_count']} of {expected['total']} events")
    expect(summary(page)).to_contain_text(f"control zones as of {expected['slider_to']:%d %b %Y}")
    expect(page).to_have_url(re.compile(rf"[?&]to={target}(&|$)"))
    wait_for_map(page, expected["slider_symbols"])
    assert expected["slider_symbols"] < expected["symbols"]


def test_confidence_control_hides_less_sure_events(page, built_out, expected):
    """Issue 10 (3) in a browser: 'high' in the sidebar hides the medium/low events, says so in the
    URL, and the popups name each event's confidence and rule."""
    import pyarrow.parquet as pq

    conf = pq.read_table(built_out / "events.parquet", columns=["confidence"]).column("confidence").to_pylist()
    n_high = conf.count("high")
    assert 0 < n_high < expected["total"]
    open_view(page, "?view=Map")
    wait_for_map(page, expected["symbols"])
    page.locator('[data-testid="stSidebar"]').get_by_text("high", exact=True).click()
    expect(summary(page)).to_contain_text(f"{n_high} of {expected['total']} events")
    expect(page).to_have_url(re.compile(r"[?&]confidence=high(&|$)"))
    map_frame(page).locator(".qsym").first.click()
    popup = map_frame(page).locator(".leaflet-popup-content")
    expect(popup).to_contain_text("high confidence · rule")
    expect(popup).not_to_contain_text("medium confidence")


def test_click_symbol_shows_rtl_evidence(page, expected):
    open_view(page, "?view=Map")
    wait_for_map(page, expected["symbols"])
    sym = find_symbol(page, "Wahda roundabout")
    wahda = sym is not None
    if sym is None:  # data changed: any symbol will do, its evidence is Arabic anyway
        sym = map_frame(page).locator(".qsym").first
    popup = click_symbol_and_record_popup(page, sym)
    assert popup["visible"], popup
    assert popup["rtl_text"], f"no dir=rtl element in the popup: {popup['text'][:300]}"
    assert popup["rtl_dir"] == "rtl"
    assert ARABIC.search(popup["rtl_text"])
    if wahda:
        assert "Wahda roundabout" in popup["text"]
        assert "دوار الوحدة" in popup["rtl_text"]
    # the app reads last_object_clicked and lists the evidence under the map
    heading = page.get_by_role("heading", name=re.compile(r"^Evidence at "))
    expect(heading).to_be_visible()
    block = page.locator('[data-testid="stMain"] .qar-block[dir="rtl"]')
    expect(block.first).to_be_visible()
    assert block.first.evaluate("e => getComputedStyle(e).direction") == "rtl"
    if wahda:
        expect(page.locator('[data-testid="stMain"]')).to_contain_text("دوار الوحدة")


def test_popup_stays_open_after_click(page, expected):
    open_view(page, "?view=Map")
    wait_for_map(page, expected["symbols"])
    sym = find_symbol(page, "Wahda roundabout") or map_frame(page).locator(".qsym").first
    click_symbol_and_record_popup(page, sym)
    expect(page.get_by_role("heading", name=re.compile(r"^Evidence at "))).to_be_visible()
    page.wait_for_timeout(2000)  # let the rerun reach the map
    expect(map_frame(page).locator(".leaflet-popup-content")).to_be_visible(timeout=1000)


def test_evidence_panel_names_clicked_place(page, expected):
    open_view(page, "?view=Map")
    wait_for_map(page, expected["symbols"])
    sym = find_symbol(page, "Wahda roundabout")
    if sym is None:
        pytest.skip("no Wahda roundabout symbol in this data")
    click_symbol_and_record_popup(page, sym)
    heading = page.get_by_role("heading", name=re.compile(r"^Evidence at "))
    expect(heading).to_be_visible()
    expect(heading).to_have_text(re.compile(r"Wahda roundabout"), timeout=2000)


# --------------------------------------------------------------------------- issue 14: the map at a glance
BOXES = """(sel) => { const o = document.querySelector('.leaflet-container').getBoundingClientRect();
  return Array.from(document.querySelectorAll(sel)).filter(e => getComputedStyle(e).visibility !== 'hidden')
    .map(e => { const r = e.getBoundingClientRect();
                return {x: r.left - o.left, y: r.top - o.top, w: r.width, h: r.height, t: e.textContent}; })
    .filter(b => b.w > 0 && b.h > 0); }"""


def _overlap(a, b) -> float:
    dx = min(a["x"] + a["w"], b["x"] + b["w"]) - max(a["x"], b["x"])
    dy = min(a["y"] + a["h"], b["y"] + b["h"]) - max(a["y"], b["y"])
    return max(0, dx) * max(0, dy)


def _labels_placed(frame) -> None:
    frame.wait_for_function("() => document.querySelector('.leaflet-container[data-labels-placed]') !== null",
                            timeout=WAIT_MS)
    frame.wait_for_timeout(300)  # a later layer may trigger one more placement


def test_contested_zone_is_hatched_not_dashed(cpage):
    """24 April: Tayy and Halko contested — filled with the SDF/government hatch, solid outline."""
    page = cpage
    open_view(page, "?view=Map&from=2021-04-19&to=2021-04-24")
    wait_for_map(page)
    fl = map_frame(page)
    hatched = fl.locator('path[fill="url(#qhatch-sdf-syrian_government)"]')
    expect(hatched).to_have_count(2)
    for i in range(2):
        assert hatched.nth(i).get_attribute("stroke-dasharray") in (None, "", "none")
    pattern = fl.locator("#qhatch-sdf-syrian_government rect")
    fills = {pattern.nth(i).get_attribute("fill") for i in range(pattern.count())}
    assert fills == {"#F0C808", "#C0392B"}, fills
    # the pattern is really painted: the zone's pixels hold both colours
    frame = map_frame_handle(page)
    box = frame.evaluate("""() => { const p = document.querySelector('path[fill^="url(#qhatch"]').getBoundingClientRect();
                                   return [p.left, p.top, p.width, p.height]; }""")
    ibox = page.locator(MAP_IFRAME).bounding_box()
    shot = page.screenshot(clip={"x": ibox["x"] + box[0] + box[2] * 0.35, "y": ibox["y"] + box[1] + box[3] * 0.15,
                                 "width": box[2] * 0.3, "height": box[3] * 0.2})
    cols = pngpixels.colours(pngpixels.decode_png(page, shot))
    assert any(r > 200 and g > 170 and b < 120 for r, g, b in cols), "no yellow stripe"
    assert any(r > 150 and g < 110 and b < 100 for r, g, b in cols), "no red stripe"


def test_changed_hands_outlined_and_listed_and_toggle(cpage):
    page = cpage
    open_view(page, "?view=Map&from=2021-04-19&to=2021-04-26")
    wait_for_map(page)
    main = page.locator('[data-testid="stMain"]')
    expect(main).to_contain_text("Changed hands since the start of the date range")
    expect(main).to_contain_text("Tayy: Government → contested (SDF vs Government) 23 Apr → SDF 26 Apr 2021")
    outlines = map_frame(page).locator('path[stroke="#111111"]')
    expect(outlines).to_have_count(2)  # Tayy and Halko
    page.get_by_text("the previous week").click()
    expect(page).to_have_url(re.compile(r"[?&]compare=week(&|$)"))
    expect(main).to_contain_text("Changed hands since the previous week")
    # since the previous day (25 → 26 April): the takeover of both areas, not the start of the clashes
    page.get_by_text("the previous day").click()
    expect(main).to_contain_text("Tayy: contested (SDF vs Government) → SDF 26 Apr 2021")
    expect(main).not_to_contain_text("Tayy: Government → contested")
    page.screenshot(path=str(ARTIFACTS / "changed-hands.png"))


def test_co_located_symbols_fan_out_and_labels_do_not_collide(cpage):
    """The curated data crowd Qamishli's centre and Tayy: no symbol may hide another, no label a symbol."""
    page = cpage
    open_view(page, "?view=Map")
    wait_for_map(page)
    settle(page)
    n_symbols = map_frame(page).locator(".qsym").count()
    frame = map_frame_handle(page)
    _labels_placed(frame)

    def check(stage: str) -> list:
        syms = frame.evaluate(BOXES, ".qsym")
        labels = frame.evaluate(BOXES, ".qlabel")
        assert len(syms) == n_symbols
        for i, a in enumerate(syms):
            for b in syms[i + 1:]:
                assert _overlap(a, b) <= 0.1 * min(a["w"] * a["h"], b["w"] * b["h"]), (stage, a, b)
        for i, a in enumerate(labels):
            for b in labels[i + 1:]:
                assert _overlap(a, b) == 0, (stage, a["t"], b["t"])
            for b in syms:
                assert _overlap(a, b) == 0, (stage, a["t"], b)
        return syms

    before = check("default zoom")
    names = {b["t"] for b in frame.evaluate(BOXES, ".qlabel")}
    assert "Qamishli" in names, names  # the city outranks the places drawn at its point
    page.screenshot(path=str(ARTIFACTS / "fan-out-zoom12.png"))
    # two zoom levels in, the rings widen: the same symbols spread further from their centre
    map_frame(page).locator(".leaflet-control-zoom-in").click()
    page.wait_for_timeout(400)
    map_frame(page).locator(".leaflet-control-zoom-in").click()
    page.wait_for_timeout(800)
    _labels_placed(frame)
    after = check("zoomed in")

    def spread(boxes):
        xs = [b["x"] + b["w"] / 2 for b in boxes]
        ys = [b["y"] + b["h"] / 2 for b in boxes]
        return (max(xs) - min(xs)) + (max(ys) - min(ys))
    assert spread(after) > spread(before)
    page.screenshot(path=str(ARTIFACTS / "fan-out-zoom14.png"))


# every shown label (text box, its place's point from places.geojson by the label's place id), every leader
# line's two ends (through the line's own screen transform) and what is drawn under its middle, all in the
# map container's pixels
LABELS_AND_LEADERS = """(places) => {
  const c = document.querySelector('.leaflet-container'), o = c.getBoundingClientRect();
  const map = Object.keys(window).filter(k => k.startsWith('map_')).map(k => window[k]).find(v => v instanceof L.Map);
  const labels = [...document.querySelectorAll('.qlabel')].map(e => {
    const r = e.getBoundingClientRect(), id = e.getAttribute('data-for'), pl = places[id];
    const pt = pl ? map.latLngToContainerPoint([pl[0], pl[1]]) : null;
    return {id: id, t: e.textContent, placed: e.getAttribute('data-placed') === '1'
              && getComputedStyle(e).visibility !== 'hidden',
            x: r.left - o.left, y: r.top - o.top, w: r.width, h: r.height, px: pt && pt.x, py: pt && pt.y};
  });
  const leaders = [...document.querySelectorAll('line.qleader')].map(l => {
    const m = l.getScreenCTM(), svg = l.ownerSVGElement;
    const end = (x, y) => { const p = svg.createSVGPoint(); p.x = x; p.y = y; const q = p.matrixTransform(m);
                            return [q.x - o.left, q.y - o.top]; };
    const a = end(+l.getAttribute('x1'), +l.getAttribute('y1')), b = end(+l.getAttribute('x2'), +l.getAttribute('y2'));
    const under = document.elementFromPoint(o.left + (a[0] + b[0]) / 2, o.top + (a[1] + b[1]) / 2);
    return {id: l.getAttribute('data-for'), a: a, b: b, shown: getComputedStyle(l).visibility !== 'hidden',
            takes_clicks: !!under && under.classList.contains('qleader')};
  });
  return {labels: labels, leaders: leaders};
}"""


def _box_distance(x: float, y: float, b: dict) -> float:
    """How far the point (x, y) is from the box b (0 inside it)."""
    dx = max(b["x"] - x, 0, x - (b["x"] + b["w"]))
    dy = max(b["y"] - y, 0, y - (b["y"] + b["h"]))
    return (dx * dx + dy * dy) ** 0.5


def _edge_distance(x: float, y: float, b: dict) -> float:
    """How far the point (x, y) is from the box b's outline."""
    inside = b["x"] <= x <= b["x"] + b["w"] and b["y"] <= y <= b["y"] + b["h"]
    if not inside:
        return _box_distance(x, y, b)
    return min(x - b["x"], b["x"] + b["w"] - x, y - b["y"], b["y"] + b["h"] - y)


def _segment_crosses(a, b, box: dict, margin: float = 1.0) -> bool:
    """Does the segment a-b pass through box (shrunk by margin), sampled every half pixel?"""
    n = max(2, int(((b[0] - a[0]) ** 2 + (b[1] - a[1]) ** 2) ** 0.5 * 2))
    for k in range(n + 1):
        x, y = a[0] + (b[0] - a[0]) * k / n, a[1] + (b[1] - a[1]) * k / n
        if box["x"] + margin < x < box["x"] + box["w"] - margin and box["y"] + margin < y < box["y"] + box["h"] - margin:
            return True
    return False


def _check_leaders(frame, places: dict, stage: str) -> tuple[int, int]:
    """Every label set apart from its point (>= 20 px: the rings at 26, 46, 70 px) has one leader from
    that point (within 2 px) to its text's box (within 2 px of its outline) that crosses no other label
    and takes no click; a label next to its point (the 9 px ring) and a hidden label have none."""
    got = frame.evaluate(LABELS_AND_LEADERS, places)
    leaders = {}
    for ld in got["leaders"]:
        assert ld["id"] not in leaders, (stage, "two leaders for", ld["id"])
        leaders[ld["id"]] = ld
    shown = [lb for lb in got["labels"] if lb["placed"]]
    far = 0
    for lb in got["labels"]:
        assert lb["id"] in places, (stage, "a label with no place", lb)
        if not lb["placed"]:
            assert lb["id"] not in leaders, (stage, "a hidden label has a leader", lb["t"])
            continue
        gap = _box_distance(lb["px"], lb["py"], lb)
        if gap < 20:
            assert lb["id"] not in leaders, (stage, "a label next to its point has a leader", lb["t"], gap)
            continue
        far += 1
        assert lb["id"] in leaders, (stage, f"{lb['t']!r} is {gap:.0f} px from its point with no leader")
        ld = leaders[lb["id"]]
        assert ld["shown"], (stage, lb["t"])
        (ax, ay), (bx, by) = ld["a"], ld["b"]
        assert ((ax - lb["px"]) ** 2 + (ay - lb["py"]) ** 2) ** 0.5 <= 2, (stage, lb["t"], ld["a"], lb["px"], lb["py"])
        assert _edge_distance(bx, by, lb) <= 2, (stage, lb["t"], ld["b"], lb)
        assert not ld["takes_clicks"], (stage, "a leader takes clicks", lb["t"])
        for other in shown:
            if other["id"] != lb["id"]:
                assert not _segment_crosses(ld["a"], ld["b"], other), (stage, lb["t"], "leader crosses", other["t"])
    assert len(leaders) == far, (stage, sorted(set(leaders) - {lb["id"] for lb in shown}))
    return far, len(shown)


def test_labels_set_apart_from_their_places_have_leader_lines(cpage):
    """A label 26 px or more from its point is tied to it by a line (the analyst read such labels as naming
    whatever they sat next to); the lines follow every re-placement (zoom, pan) and go with hidden labels."""
    import json

    page = cpage
    geo = json.loads((page.app_out / "places.geojson").read_text(encoding="utf-8"))
    places = {f["properties"]["place_id"]: [f["properties"]["lat"], f["properties"]["lon"]]
              for f in geo["features"] if f["properties"].get("lat") is not None}
    open_view(page, "?view=Map&from=2021-04-19&to=2021-04-26")
    wait_for_map(page)
    settle(page)
    frame = map_frame_handle(page)
    _labels_placed(frame)
    frame.wait_for_timeout(400)
    far, shown = _check_leaders(frame, places, "default zoom")
    assert shown > 0 and far > 0, (shown, far)  # the crowded centre sets some labels apart
    # leaders sit under the symbols and labels (their pane is below the marker pane) and take no click
    z = frame.evaluate("""() => { const p = document.querySelector('.leaflet-qleaders-pane');
        return [+getComputedStyle(p).zIndex, +getComputedStyle(document.querySelector('.leaflet-marker-pane')).zIndex,
                getComputedStyle(p).pointerEvents]; }""")
    assert z[0] < z[1] and z[2] == "none", z
    page.screenshot(path=str(ARTIFACTS / "label-leaders-zoom12.png"))
    for stage in ("zoomed in", "zoomed in twice"):
        map_frame(page).locator(".leaflet-control-zoom-in").click()
        page.wait_for_timeout(800)
        _labels_placed(frame)
        _check_leaders(frame, places, stage)
    # a pan (moveend) re-places the labels: the leaders move with them
    box = page.locator(MAP_IFRAME).bounding_box()
    cx, cy = box["x"] + box["width"] / 2, box["y"] + box["height"] / 2
    page.mouse.move(cx + 200, cy + 150)
    page.mouse.down()
    page.mouse.move(cx + 60, cy + 40, steps=8)
    page.mouse.up()
    page.wait_for_timeout(800)
    _check_leaders(frame, places, "panned")
    page.screenshot(path=str(ARTIFACTS / "label-leaders-zoom14.png"))


def test_english_evidence_left_to_right_arabic_right_to_left(cpage):
    """Curated rows carry an analyst's English summary: it reads left to right, the Arabic right to left."""
    page = cpage
    open_view(page, "?view=Map&from=2021-04-19&to=2021-04-24")
    wait_for_map(page)
    frame = map_frame_handle(page)
    frame.evaluate("""() => { window.__qar = [];
      new MutationObserver(() => document.querySelectorAll('.leaflet-popup-content .qar').forEach(q => {
        if (q.__seen) return; q.__seen = true;
        window.__qar.push({text: q.textContent, dir: getComputedStyle(q).direction, lang: q.getAttribute('lang')}); }))
      .observe(document.body, {childList: true, subtree: true}); }""")
    # open every symbol's popup in turn (as a click does, without the rerun a click starts)
    frame.evaluate("""() => { const map = Object.values(window).find(v => v instanceof L.Map);
      const marks = []; map.eachLayer(l => { if (l instanceof L.Marker && l.getPopup()) marks.push(l); });
      marks.forEach(m => { m.openPopup(); }); }""")
    frame.wait_for_function("() => window.__qar.length > 0", timeout=WAIT_MS)
    found = frame.evaluate("() => window.__qar")
    english = [q for q in found if not ARABIC.search(q["text"][:20])]
    arabic = [q for q in found if ARABIC.search(q["text"][:20])]
    assert english and arabic, found
    assert all(q["dir"] == "ltr" and q["lang"] == "en" for q in english), english
    assert all(q["dir"] == "rtl" and q["lang"] == "ar" for q in arabic), arabic
    assert not any(q["text"].startswith(".") for q in english)


def test_export_png(page, expected):
    open_view(page, "?view=Map")
    wait_for_map(page, expected["symbols"])
    page.get_by_role("button", name="Prepare PNG of this view").click()
    download_button = page.get_by_role("button", name=re.compile(r"^Download PNG"))
    expect(download_button).to_be_visible(timeout=90_000)
    with page.expect_download(timeout=WAIT_MS) as info:
        download_button.click()
    download = info.value
    assert download.suggested_filename.endswith(".png"), download.suggested_filename
    path = ARTIFACTS / "export.png"
    download.save_as(str(path))
    raw = path.read_bytes()
    assert raw[:8] == b"\x89PNG\r\n\x1a\n", raw[:16]
    rgba = pngpixels.decode_png(page, raw)
    assert rgba.shape[1] > 600 and rgba.shape[0] > 400, rgba.shape
    assert pngpixels.distinct_colours(rgba, step=1) > 20, "the exported PNG is (nearly) blank"


BRIEF_IFRAME = 'iframe[srcdoc*="qside"]'


def briefing_frame(page):
    """The briefing page's iframe, once its map says it is drawn."""
    expect(page.locator(BRIEF_IFRAME)).to_be_attached()
    frame = page.locator(BRIEF_IFRAME).element_handle(timeout=WAIT_MS).content_frame()
    frame.wait_for_function("() => window.qmapReady === true", timeout=WAIT_MS)
    return page.frame_locator(BRIEF_IFRAME), frame


def test_briefing_view(page, expected):
    f, t = expected["brief_from"], expected["brief_to"]
    open_view(page, f"?view=briefing&from={f}&to={t}&title=Morning%20brief&caption=Truce%20talks%20at%20the%20airport")
    fl, frame = briefing_frame(page)
    expect(fl.locator(".qsym")).to_have_count(expected["brief_symbols"])
    expect(page.locator('[data-testid="stSidebar"]')).to_be_hidden()
    expect(page.locator('[data-testid="stHeader"]')).to_be_hidden()
    expect(fl.locator("#qhead h1")).to_have_text("Morning brief")
    expect(fl.locator("#qhead")).to_contain_text("Truce talks at the airport")
    expect(fl.locator("#qhead")).to_contain_text(f"{f:%d %b %Y} – {t:%d %b %Y}")
    expect(fl.locator(".qlegend")).to_contain_text(f"control zones as of {t:%d %b %Y}")  # daterange.zones_as_of, the one wording
    expect(fl.locator(".leaflet-control-scale")).to_be_visible()
    expect(fl.locator("svg[aria-label='north arrow']")).to_be_visible()
    expect(fl.locator("#qinset")).to_be_visible()
    expect(fl.locator("#qsources")).to_contain_text("Sources")
    expect(fl.locator("#qfoot")).to_contain_text("Generated ")
    # nothing covers the map: legend, inset and sources are beside or under it
    boxes = frame.evaluate("""() => Object.fromEntries(['.folium-map', '#qside', '#qsources', '#qhead', '#qfoot', '#qkey']
        .map(s => { const r = document.querySelector(s).getBoundingClientRect();
                    return [s, [r.left, r.top, r.right, r.bottom]]; }))""")
    mx0, my0, mx1, my1 = boxes[".folium-map"]
    for sel in ("#qside", "#qsources", "#qhead", "#qfoot", "#qkey"):
        x0, y0, x1, y1 = boxes[sel]
        assert x1 <= mx0 or x0 >= mx1 or y1 <= my0 or y0 >= my1, (sel, boxes)
    # the key events, under the map and above the sources, every line shown whole
    expect(fl.locator("#qkey")).to_contain_text("Key events")
    assert boxes["#qkey"][1] >= my1 and boxes["#qkey"][3] <= boxes["#qsources"][1], boxes
    assert frame.evaluate("() => { const k = document.querySelector('#qkey'); return k.scrollHeight <= k.clientHeight; }")
    # no tiles were drawn (tiles=none): no tile credit
    expect(fl.locator("#qcredit")).to_have_count(0)
    settle(page)
    expect(page.locator('[data-testid="stSlider"]')).to_have_count(0)
    page.screenshot(path=str(ARTIFACTS / "briefing.png"))


def test_articles_view_rtl_and_place_links(page, expected):
    open_view(page, "?view=Articles")
    article = page.locator(".qarticle")
    expect(article).to_be_visible()
    assert article.evaluate("e => getComputedStyle(e).direction") == "rtl"
    assert article.get_attribute("dir") == "rtl"
    links = page.locator(".qarticle a.hl-place")
    expect(links.first).to_be_visible()
    assert links.count() >= 3
    tayy = links.filter(has_text=re.compile(r"^حي طي$")).first
    expect(tayy).to_be_visible()
    tayy.click()
    expect(page).to_have_url(re.compile(r"[?&]focus=tayy(&|$)"))
    expect(page).to_have_url(re.compile(r"[?&]view=Map(&|$)"))
    wait_for_map(page)
    expect(page.get_by_text(re.compile(r"^Centred on Tayy"))).to_be_visible()


def test_no_offsite_request_in_any_view(page, expected, request_log):
    """Every view (plus everything the earlier tests did) stays on localhost."""
    views = {
        "?view=Map": lambda: wait_for_map(page, expected["symbols"]),
        "?view=Timeline": lambda: expect(page.locator('[data-testid="stVegaLiteChart"], .vega-embed').first)
        .to_be_visible(),
        "?view=Events": lambda: expect(page.locator('[data-testid="stDataFrame"]').first).to_be_visible(),
        "?view=Articles": lambda: expect(page.locator(".qarticle")).to_be_visible(),
        "?view=About%20the%20data": lambda: expect(page.get_by_text("Input problems")).to_be_visible(),
        "?view=briefing": lambda: expect(briefing_frame(page)[0].locator(".qsym")).to_have_count(expected["symbols"]),
    }
    for query, ready in views.items():
        open_view(page, query)
        ready()
        settle(page)
        page.screenshot(path=str(ARTIFACTS / f"view-{query.split('=', 1)[1].replace('%20', '_')}.png"))
    urls = [u for t, u in request_log.entries if t != "test_osm_tiles_are_the_only_offsite_requests"]
    assert any("/app/static/vendor/leaflet/leaflet.js" in u for u in urls), "Leaflet was not loaded locally"
    assert any(u.startswith(("ws://127.0.0.1", "ws://localhost")) for u in urls), "no local websocket seen"
    offsite = [u for u in urls if not is_local(u)]
    assert not offsite, f"off-site requests: {sorted(set(offsite))[:10]}"
    assert not page.js_errors, page.js_errors


def test_osm_tiles_are_the_only_offsite_requests(page, expected, request_log, request):
    """tiles=osm: the only off-site requests are tiles (aborted here: offline), and the
    vector layers still draw on the grey background."""
    request.node.allow_tile_hosts = True
    since = len(request_log.entries)
    page.route(re.compile(r"^https?://([a-z]\.)?tile\.openstreetmap\.org/"), lambda route: route.abort())
    open_view(page, "?view=Map&tiles=osm")
    fl = map_frame(page)
    wait_for_map(page, expected["symbols"])
    expect(fl.locator("path.leaflet-interactive").nth(max(5, expected["zones"]) - 1)).to_be_attached()
    expect(page.locator('[data-testid="stMain"] .qlegend')).to_be_visible()
    expect(fl.locator(".leaflet-tile").first).to_be_attached()
    expect(fl.locator(".leaflet-control-attribution")).to_contain_text("OpenStreetMap")
    page.wait_for_timeout(500)  # let the tile requests of the first view be issued
    offsite = request_log.offsite(since)
    hosts = {urlsplit(u).hostname for _, u in offsite}
    assert offsite, "tiles=osm made no tile request"
    assert hosts <= OSM_HOSTS, f"unexpected off-site hosts: {hosts - OSM_HOSTS}"


# --------------------------------------------------------------------------- gazetteer curation
@pytest.fixture(scope="module")
def curation_server(tmp_path_factory):
    """An app on a writable copy of geo/ that rebuilds when it changes (no curated rows)."""
    import shutil

    tmp = tmp_path_factory.mktemp("qmap-curation")
    geo = tmp / "geo"
    shutil.copytree(ROOT / "geo", geo)
    (geo / "overrides.csv").unlink(missing_ok=True)
    app = AppServer(ROOT, {"QMAP_OUT": str(tmp / "out"), "QMAP_GEO": str(geo), "QMAP_SEEDS": str(ROOT / "seeds"),
                           "QMAP_CURATED": "none", "QMAP_TILES": "none"}, tmp / "streamlit.log")
    try:
        app.start()
    except RuntimeError as e:
        pytest.fail(str(e), pytrace=False)
    yield app, geo
    app.stop()


def _tayy_tooltip(page):
    """Open the Map view, hover the Tayy symbol and return its tooltip."""
    open_view(page, "?view=Map")
    settle(page)
    expect(map_frame(page).locator(".qsym").first).to_be_visible()
    tayy = find_symbol(page, "Tayy")
    assert tayy is not None
    tayy.hover()
    return map_frame(page).locator(".leaflet-tooltip").filter(has_text="Tayy").last


@pytest.mark.browser
def test_place_a_neighbourhood_by_clicking_the_map(browser, curation_server, request_log):
    """An analyst gives Tayy a point by clicking the map; its events stop being approximate."""
    server, geo = curation_server
    context = browser.new_context(viewport={"width": 1400, "height": 1100}, locale="en-GB", timezone_id="UTC")
    request_log.attach(context)
    since = len(request_log.entries)
    page = context.new_page()
    page.set_default_timeout(WAIT_MS)
    page.app_url = server.url
    try:
        # before: the Tayy symbol is approximate
        expect(_tayy_tooltip(page)).to_contain_text("(approximate)")

        open_view(page, "?view=Gazetteer%20curation")
        settle(page)
        box = page.get_by_test_id("stSelectbox").filter(has_text="Place to locate")
        box.click()
        page.keyboard.type("tayy")
        page.keyboard.press("Enter")
        settle(page)
        # click the middle of the curation map
        frame = map_frame(page)
        expect(frame.locator(".leaflet-container")).to_be_visible()
        frame.locator(".leaflet-container").click(position={"x": 300, "y": 250})
        expect(page.get_by_label("Latitude")).not_to_have_value("", timeout=WAIT_MS)
        page.get_by_label("Source of this point (required)").fill("browser test fixture point")
        page.get_by_label("Your name (required)").fill("Browser Test")
        page.keyboard.press("Tab")
        settle(page)
        page.get_by_role("button", name="Save to overrides.csv").click()
        expect(page.get_by_text(re.compile(r"Saved tayy at"))).to_be_visible(timeout=WAIT_MS)
        rows = (geo / "overrides.csv").read_text(encoding="utf-8").splitlines()
        assert len(rows) == 2 and rows[1].startswith("tayy,") and "Browser Test" in rows[1]

        # after: the map rebuilt; Tayy's events sit on the analyst's point, no longer approximate
        tip = _tayy_tooltip(page)
        expect(tip).to_contain_text("Tayy")
        expect(tip).not_to_contain_text("(approximate)")
        page.screenshot(path=str(ARTIFACTS / "curation-after.png"))
    finally:
        context.close()
    assert not request_log.offsite(since)


def test_zone_and_place_text_never_runs_as_script(browser, built_out, tmp_path, restore_folium):
    """Analysts' text (zone notes, place bases) with ``${...}``, backticks or a backslash
    must show as text on the map: folium writes popups and tooltips into JavaScript
    template literals. Before the fix, ``${alert(13)}`` in a note ran and a ``\\x`` broke
    the whole map."""
    import copy

    from mapapp import assets, mapview
    from mapapp.data import load_dataset

    ds = load_dataset(built_out)
    zones, places = copy.deepcopy(ds.zones), copy.deepcopy(ds.places)
    for f in zones["features"]:
        f["properties"]["notes"] = "Contested ${alert(13)} `+alert(15)+` \\x"
    for f in places["features"]:
        f["properties"]["basis"] = "south of the city ${alert(12)}"
    static = tmp_path / "static"
    assets.ensure_static_assets(static)
    assets.localise_folium(static)
    m = mapview.full_map(ds.events, zones, places, ds.border, dt.date(2021, 4, 24), mapview.TileSetting.parse("none"))
    page_file = tmp_path / "map.html"
    page_file.write_text(m.get_root().render(), encoding="utf-8")
    page = browser.new_page()
    dialogs, errors = [], []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    page.on("pageerror", lambda e: errors.append(str(e)))
    try:
        page.goto(page_file.as_uri())
        page.wait_for_selector("path.leaflet-interactive", timeout=WAIT_MS)
        # the map drew its zones and areas, nothing ran, and the note reads as written
        assert page.locator("path.leaflet-interactive").count() >= 5
        assert dialogs == [] and errors == []
        page.locator("path.leaflet-interactive").first.click(force=True)
        page.wait_for_selector(".leaflet-popup-content", timeout=WAIT_MS)
        assert "Contested ${alert(13)} `+alert(15)+` \\x" in page.locator(".leaflet-popup-content").inner_text()
    finally:
        page.close()


def test_timeline_view_map_beside_charts_without_vega_warnings(cpage):
    """Timeline: the map beside the per-day charts, the truce chart and table; Vega logs no warning."""
    page = cpage
    warnings: list[str] = []
    page.on("console", lambda m: warnings.append(m.text) if m.type in ("warning", "error") and
            ("scale" in m.text or "extent" in m.text or "Vega" in m.text) else None)
    open_view(page, "?view=Timeline&from=2021-04-19&to=2021-04-28")
    expect(page.locator(MAP_IFRAME)).to_be_visible()
    charts = page.locator('[data-testid="stVegaLiteChart"], .vega-embed')
    expect(charts.nth(1)).to_be_visible()
    settle(page)
    mbox = page.locator(MAP_IFRAME).bounding_box()
    cbox = charts.first.bounding_box()
    assert cbox["x"] >= mbox["x"] + mbox["width"] - 1 and cbox["y"] < mbox["y"] + mbox["height"], (mbox, cbox)
    page.get_by_text("Fatalities").first.click()
    page.get_by_text("by actor").click()
    settle(page)
    expect(page.locator('[data-testid="stMain"]')).to_contain_text("Truces and ceasefires")
    page.wait_for_timeout(1000)
    assert not warnings, warnings
    page.screenshot(path=str(ARTIFACTS / "timeline.png"))


def test_a_popup_opened_near_the_top_left_corner_clears_the_zoom_buttons(page, expected):
    """New user's probe: a popup opened by a symbol near the map's top-left corner slid under the zoom
    buttons, hiding the first letters of its title. The map is panned so a symbol sits there first."""
    open_view(page, "?view=Map")
    wait_for_map(page, expected["symbols"])
    frame = map_frame_handle(page)
    moved = frame.evaluate("""() => {
        const map = Object.values(window).find(v => v instanceof L.Map);
        let mark = null;
        map.eachLayer(l => { if (!mark && l.getPopup && l.getPopup() && l.getLatLng) mark = l; });
        const at = map.latLngToContainerPoint(mark.getLatLng());
        map.panBy([at.x - 30, at.y - 40], {animate: false});
        window.__qmark = mark;
        return map.latLngToContainerPoint(mark.getLatLng());
    }""")
    assert abs(moved["x"] - 30) < 2 and abs(moved["y"] - 40) < 2, moved
    frame.evaluate("() => window.__qmark.openPopup()")
    popup = map_frame(page).locator(".leaflet-popup-content-wrapper")
    expect(popup).to_be_visible()
    overlap = """() => {
        const z = document.querySelector('.leaflet-control-zoom').getBoundingClientRect();
        const p = document.querySelector('.leaflet-popup-content-wrapper').getBoundingClientRect();
        return p.left < z.right && p.right > z.left && p.top < z.bottom && p.bottom > z.top; }"""
    try:  # the map pans to the popup with an animation
        frame.wait_for_function(f"() => !({overlap})()", timeout=5_000)
    except PlaywrightTimeout:
        pass
    assert not frame.evaluate(overlap)


def test_the_label_of_a_town_across_the_border_is_never_on_the_syrian_side(page, expected):
    """New user's probe: on the printed briefing "Nusaybin" (Turkey) was written below its point, south of
    the border line, beside Qamishli. Placed labels of places outside Syria sit above their point."""
    open_view(page, "?view=Map")
    wait_for_map(page, expected["symbols"])
    frame = map_frame_handle(page)
    frame.wait_for_function("() => document.querySelector('.qlabel[data-for=\"nusaybin\"]') !== null")
    frame.wait_for_timeout(600)  # placements settle after the symbols
    where = frame.evaluate("""() => {
        const map = Object.values(window).find(v => v instanceof L.Map);
        const el = document.querySelector('.qlabel[data-for="nusaybin"]');
        const box = el.getBoundingClientRect(), org = map.getContainer().getBoundingClientRect();
        const pt = map.latLngToContainerPoint([37.07028, 41.21465]);
        return {placed: el.getAttribute('data-placed'), bottom: box.bottom - org.top, y: pt.y}; }""")
    if where["placed"] == "1":  # (it is, on the shipped data: there is room above the point)
        assert where["bottom"] <= where["y"] + 0.5, where
    qamishli = frame.evaluate("() => document.querySelector('.qlabel[data-for=\"qamishli\"]').getAttribute('data-placed')")
    assert qamishli == "1"  # the map is labelled at all
