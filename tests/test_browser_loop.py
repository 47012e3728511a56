"""The analyst's daily loop in a real browser: paste a report, see its events, correct one's toll,
see the map and the ACLED export change.

The app runs on its own copies of ``seeds/`` and ``curated/`` (``QMAP_SEEDS``, ``QMAP_CURATED``)
and builds into a temporary ``QMAP_OUT``: the repository is never written. Headless Debian
Chromium through ``playwright`` (never ``playwright install``); screenshots of each step go to
``test-artifacts/loop-*.png``.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from browser_support import RequestLog, launch_chromium, require_chromium, scratch_app

try:
    from playwright.sync_api import expect, sync_playwright
except ImportError:  # pragma: no cover
    expect = sync_playwright = None

ROOT = Path(__file__).resolve().parent.parent
ARTIFACTS = ROOT / "test-artifacts"
MAP_IFRAME = 'iframe[title="streamlit_folium.st_folium"]'
WAIT_MS = 60_000

pytestmark = pytest.mark.browser

# written for this test
REPORT = (
    "توتر في حي حلكو\n"
    "اندلعت اشتباكات عنيفة بين قوات الأسايش وعناصر الدفاع الوطني في حي حلكو بمدينة القامشلي مساء الثلاثاء، "
    "ما أسفر عن مقتل عنصرين.\n"
    "وقال مصدر محلي إن الهدوء عاد إلى الحي صباح الأربعاء.\n"
)


@pytest.fixture(scope="module")
def app(tmp_path_factory):
    if sync_playwright is None:
        pytest.fail("the browser tests need the playwright package: pip install -e '.[test]'", pytrace=False)
    yield from scratch_app(ROOT, tmp_path_factory.mktemp("qmap-loop"))


def _acled_rows(page, url: str) -> list[dict]:
    """The ACLED CSV the Map page offers for ``url`` (a search for one event)."""
    page.goto(url)
    expect(page.locator(MAP_IFRAME)).to_be_visible()  # the page has finished its run
    expect(page.get_by_text("1 of", exact=False).first).to_be_visible()
    page.wait_for_timeout(1500)
    page.get_by_role("button", name="Prepare ACLED CSV").click()  # the file is made on request
    button = page.get_by_role("button", name="ACLED CSV", exact=True)
    expect(button).to_be_visible()
    with page.expect_download() as dl:
        button.click()
    data = Path(dl.value.path()).read_bytes().decode("utf-8-sig")
    return list(csv.DictReader(io.StringIO(data)))


def _shot(page, name: str) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"loop-{name}.png"), full_page=True)


def test_paste_review_correct_toll_map_and_export_change(app):
    server, tmp = app
    exe = require_chromium()
    log = RequestLog()
    with sync_playwright() as p:
        browser = launch_chromium(p, exe)
        context = browser.new_context(viewport={"width": 1400, "height": 1000}, accept_downloads=True,
                                      locale="en-GB", timezone_id="UTC")
        log.attach(context)
        page = context.new_page()
        page.set_default_timeout(WAIT_MS)
        expect.set_options(timeout=WAIT_MS)
        try:
            # 1. paste the report, give the date the text does not print, add it
            page.goto(f"{server.url}/?view=Add%20report")
            box = page.get_by_label("Report text")
            box.fill(REPORT)
            box.press("Control+Enter")
            expect(page.get_by_text("No publication date found")).to_be_visible()
            for part, value in (("year", "2021"), ("month", "04"), ("day", "22")):
                page.get_by_role("spinbutton", name=f"{part}, Published").click()
                page.keyboard.type(value)
            page.keyboard.press("Tab")
            outlet = page.get_by_label("Outlet (English)")
            expect(outlet).to_have_value("")
            outlet.fill("Test Outlet")
            outlet.press("Enter")
            page.get_by_label("Your name").fill("analyst T")
            page.get_by_label("Your name").press("Enter")
            page.get_by_role("button", name="Add report and build").click()
            expect(page.get_by_text("and rebuilt:")).to_be_visible()
            expect(page.locator(MAP_IFRAME)).to_be_visible()
            _shot(page, "added")
            added = page.get_by_text("and rebuilt:").inner_text()
            aid = added.split("Added ", 1)[1].split(" ", 1)[0]
            assert (tmp / "seeds" / f"{aid}.txt").read_text(encoding="utf-8") == REPORT
            frame = page.frame_locator(MAP_IFRAME)
            expect(frame.locator(".qsym").first).to_be_visible()
            review_link = page.get_by_role("link", name="review").first
            href = review_link.get_attribute("href")
            event_id = href.split("review=", 1)[1]
            assert event_id.startswith(aid + "-e")

            # the ACLED export before: the extracted toll
            before = _acled_rows(page, f"{server.url}/?view=Map&q={event_id}")
            assert len(before) == 1 and before[0]["fatalities"] == "2" and before[0]["article_id"] == aid
            assert before[0]["review_status"] == "unreviewed" and before[0]["reviewed_by"] == ""

            # 2. review the event: correct the toll to 5
            page.goto(f"{server.url}/{href}")
            expect(page.get_by_text("unreviewed").first).to_be_visible()
            expect(page.locator(".hl-trigger").first).to_be_visible()
            page.get_by_text("✎ Correct").click()
            fat = page.get_by_label("Fatalities")
            # the form drawn with the extracted toll before anything is typed: a key pressed while the rerun
            # that draws it is under way can reach the server before the field's starting value reaches the page
            expect(fat).to_have_value("2")
            page.get_by_label("Your name (recorded with the decision)").fill("analyst T")
            page.get_by_label("Your name (recorded with the decision)").press("Enter")
            expect(fat).to_have_value("2")
            fat.fill("5")
            fat.press("Enter")
            expect(page.get_by_text("Changes from the extracted values: killed: 2 → 5", exact=True)).to_be_visible()
            _shot(page, "review")
            page.get_by_role("button", name="Save decision").click()
            expect(page.get_by_text("Saved: correct")).to_be_visible()
            rows = (tmp / "curated" / "reviews.csv").read_text(encoding="utf-8").splitlines()
            assert rows[1].startswith(f"{event_id},correct,fatalities=5,,,analyst T,")

            # 3. the permalink opens the map on the event, its popup with the corrected toll
            page.goto(f"{server.url}/?view=Map&event={event_id}")
            popup = page.frame_locator(MAP_IFRAME).locator(".leaflet-popup-content")
            expect(popup).to_contain_text("killed 5")
            expect(popup).to_contain_text("corrected by analyst T")
            expect(popup).to_contain_text("(extracted: 2 killed)")  # the extracted value kept beside it
            _shot(page, "map")

            # 4. the ACLED export after: the analyst's toll
            after = _acled_rows(page, f"{server.url}/?view=Map&q={event_id}")
            assert len(after) == 1 and after[0]["fatalities"] == "5"
            assert (after[0]["review_status"], after[0]["reviewed_by"]) == ("corrected", "analyst T")
            assert after[0]["evidence"] == before[0]["evidence"]  # same event, same sentence
        finally:
            context.close()
            browser.close()
    assert not log.offsite(), log.offsite()[:5]


def test_a_second_paste_fills_the_metadata_from_itself(app):
    """Probe (a real browser): a second text pasted in one session kept the first one's outlet and language,
    and an Arabic report was saved as English. The fields follow the new text in Chromium too."""
    server, _ = app
    exe = require_chromium()
    with sync_playwright() as p:
        browser = launch_chromium(p, exe)
        page = browser.new_context(viewport={"width": 1400, "height": 1000}, locale="en-GB").new_page()
        page.set_default_timeout(WAIT_MS)
        try:
            page.goto(f"{server.url}/?view=Add%20report")
            box = page.get_by_label("Report text")
            box.fill("Shells near Amuda\nAMUDA, June 17 (Hawar) - Shells fell on a farm west of Amuda on Sunday.")
            box.press("Control+Enter")
            outlet = page.get_by_label("Outlet (English)")
            expect(outlet).to_have_value("Hawar News Agency", timeout=WAIT_MS)
            language = page.get_by_role("combobox", name="Language")
            expect(language).to_have_value("en")
            box.fill("قصف على ريف عامودا\nعامودا – نورث برس\nسقطت قذائف صباح الأحد على مزرعة غربي عامودا.")
            box.press("Control+Enter")
            expect(outlet).to_have_value("North Press Agency", timeout=WAIT_MS)
            expect(language).to_have_value("ar")
            _shot(page, "second-paste")
        finally:
            browser.close()
