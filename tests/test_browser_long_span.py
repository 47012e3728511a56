"""Data that span years, in a real browser (a new-user probe: 28_article_seed.png, 35_1920_Map.png, 03b_from_typed.png).

One Streamlit server for the module, on copies of ``seeds/`` and ``curated/`` (April 2021) with two reports of 2024
added (our own words), tiles off. Headless Debian Chromium through ``playwright`` (never ``playwright install``).
Each test leaves a screenshot in ``test-artifacts/long-*.png``.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
from browser_support import RequestLog, chromium_browser, scratch_app, time_limit

try:
    from playwright.sync_api import expect, sync_playwright
except ImportError:  # pragma: no cover
    expect = sync_playwright = None

ROOT = Path(__file__).resolve().parent.parent
ARTIFACTS = ROOT / "test-artifacts"
WAIT_MS = 60_000
#: Least distance (px) between the date slider's two handles for a range of a few days to be picked by hand.
HANDLES_APART_PX = 30

pytestmark = pytest.mark.browser


def _add_reports(seeds: Path) -> None:
    from pipeline.addreport import add_report, from_text

    add_report(seeds, from_text("Gunmen on a motorcycle opened fire on an Asayish checkpoint in the Tayy neighbourhood "
                                "of Qamishli on Sunday, killing one member of the force. The Asayish closed the roads "
                                "around the neighbourhood afterwards."),
               published=dt.date(2024, 3, 10), source="North Press Agency", language="en", title="Checkpoint")
    add_report(seeds, from_text("A drone struck a car on a road east of Qamishli on Tuesday evening, 11 June 2024, "
                                "killing two SDF fighters, a local source said. Another drone hit a water pump near "
                                "Amuda on Wednesday, 12 June 2024, causing damage only."),
               published=dt.date(2024, 6, 13), source="North Press Agency", language="en", title="Drones")


@pytest.fixture(scope="module")
def app(tmp_path_factory):
    if sync_playwright is None:
        pytest.fail("the browser tests need the playwright package: pip install -e '.[test]'", pytrace=False)
    yield from scratch_app(ROOT, tmp_path_factory.mktemp("qmap-long"), prepare=_add_reports)


@pytest.fixture(scope="module")
def browser():
    yield from chromium_browser()


@pytest.fixture(autouse=True)
def _time_limit():
    yield from time_limit(240)


@pytest.fixture(params=[1000, 1920], ids=["1000px", "1920px"])
def page(request, app, browser):
    server, _ = app
    log = RequestLog()
    context = browser.new_context(viewport={"width": request.param, "height": 1000}, locale="en-GB", timezone_id="UTC")
    log.attach(context)
    pg = context.new_page()
    pg.set_default_timeout(WAIT_MS)
    expect.set_options(timeout=WAIT_MS)
    pg.app_url = server.url  # type: ignore[attr-defined]
    yield pg
    ARTIFACTS.mkdir(exist_ok=True)
    try:
        pg.screenshot(path=str(ARTIFACTS / f"long-{request.node.name}.png"), full_page=True)
    finally:
        context.close()
    assert not log.offsite(), log.offsite()[:5]


def settle(page) -> None:
    page.wait_for_timeout(500)
    expect(page.locator('[data-testid="stApp"]')).to_have_attribute("data-test-script-state", "notRunning")
    expect(page.locator('[data-testid="stSkeleton"]')).to_have_count(0)


def open_view(page, query: str) -> None:
    page.goto(f"{page.app_url}/{query}")
    expect(page.locator('[data-testid="stApp"]')).to_be_attached()
    settle(page)


def handles_apart(page) -> float:
    handles = page.locator('[data-testid="stSidebar"]').get_by_role("slider")
    a, b = handles.nth(0).bounding_box(), handles.nth(1).bounding_box()
    return b["x"] - a["x"]


def url_dates(page) -> tuple[str, str]:
    return re.search(r"from=([\d-]+)", page.url).group(1), re.search(r"to=([\d-]+)", page.url).group(1)


def choose_period(page, name: str) -> None:
    page.locator('[data-testid="stSidebar"] .st-key-date_period').click()
    page.get_by_role("option", name=re.compile("^" + re.escape(name))).click()
    settle(page)


def test_a_period_narrows_the_slider_so_a_few_days_can_be_picked(page):
    """Probe: with reports of 2021 and 2024 the slider's two handles sat on top of each other. The slider spans a
    period (it opens on the one holding the range; a year spans its days with events), its handles apart."""
    open_view(page, "?view=Map")
    assert url_dates(page)[0].startswith("2024-06")  # the latest activity
    expect(page.get_by_role("combobox", name="Period")).to_have_value(re.compile(r"^Jun 2024"))
    assert handles_apart(page) >= HANDLES_APART_PX
    choose_period(page, "2021")
    a, b = url_dates(page)
    assert a.startswith("2021-04") and b.startswith("2021-04")  # the range moved into the year's days
    assert handles_apart(page) >= HANDLES_APART_PX
    # a link's days open on a slider that shows them apart
    open_view(page, "?view=Map&from=2021-04-22&to=2021-04-24")
    expect(page.get_by_role("combobox", name="Period")).to_have_value(re.compile(r"^Apr 2021"))
    assert handles_apart(page) >= HANDLES_APART_PX
    assert url_dates(page) == ("2021-04-22", "2021-04-24")


def test_a_typed_day_applies_on_enter(page):
    """Probe (03b_from_typed.png): a day typed in From applied only when the calendar closed; Enter did nothing."""
    open_view(page, "?view=Events&from=2021-04-19&to=2021-04-30")
    day = page.locator('[data-testid="stSidebar"]').get_by_role("spinbutton", name=re.compile(r"^day, From"))
    day.click()
    page.keyboard.type("23")
    page.keyboard.press("Enter")
    settle(page)
    expect(page).to_have_url(re.compile(r"from=2021-04-23"))
    expect(page.locator('[data-testid="stDateInputCalendar"]')).to_have_count(0)  # the calendar closed


def test_the_timeline_over_years_draws_bars_one_can_see(page):
    """Probe: over 2021-2024 the Timeline's daily bars were a fraction of a pixel wide. They count by month."""
    open_view(page, "?view=Timeline&from=2021-04-19&to=2024-06-13")
    page.wait_for_function("() => document.querySelectorAll('.vega-embed svg').length >= 2")
    # the bars of both charts (their marks' accessible labels name the events counted; the truces' bands do not)
    widths = page.evaluate("""() => [...document.querySelectorAll('.vega-embed svg .mark-rect path')]
        .filter(p => /Events per (day|week|month)/.test(p.getAttribute('aria-label') || ''))
        .map(p => p.getBoundingClientRect().width)""")
    assert len(widths) >= 4 and min(widths) >= 3, sorted(widths)[:5]
    expect(page.locator('[data-testid="stMain"]')).to_contain_text("Events per month")
