"""Take the README's screenshots (``docs/screenshot-*.png``) from a running app.

Start the app on the shipped data with tiles off, in a scratch output folder (so the
repository's ``build/`` is not touched), then run this::

    QMAP_OUT=$(mktemp -d) QMAP_TILES=none streamlit run app.py --server.port 8611 --server.headless true &
    python tools/readme_screenshots.py --url http://127.0.0.1:8611

Headless Debian Chromium (``/usr/bin/chromium``) through ``playwright``; a 1280-px-wide
window, the screen the issues name. Look at every picture before committing it.
"""

from __future__ import annotations

import argparse
import logging
import pathlib

from playwright.sync_api import expect, sync_playwright

log = logging.getLogger(__name__)

DOCS = pathlib.Path(__file__).resolve().parent.parent / "docs"
MAP_IFRAME = 'iframe[title="streamlit_folium.st_folium"]'
#: name -> (query, window height, what to do before the picture)
SHOTS = {
    "map": ("?view=Map&from=2021-04-19&to=2021-04-24", 1180, None),
    "timeline": ("?view=Timeline&from=2021-04-19&to=2021-04-28", 1700, None),
    "briefing": ("?view=briefing&from=2021-04-19&to=2021-04-26&title=Qamishli%3A%20control%20zones%20and%20events"
                 "&caption=Asayish%20take%20Tayy%20and%20Halko%20after%20a%20week%20of%20clashes%20and%20broken%20truces",
                 900, None),
    "review": ("?view=Review", 1950, "correct"),
    "feed": ("?view=Feed&from=2021-04-20&to=2021-04-23", 1000, None),
}


def settle(page) -> None:
    expect(page.locator('[data-testid="stApp"]')).to_have_attribute("data-test-script-state", "notRunning")
    expect(page.locator('[data-testid="stSkeleton"]')).to_have_count(0)


def main(argv: list[str] | None = None) -> None:
    """``readme_screenshots.py --url URL [--only NAME ...] [--out DIR]``."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--url", default="http://127.0.0.1:8611")
    ap.add_argument("--only", nargs="*", choices=list(SHOTS))
    ap.add_argument("--out", type=pathlib.Path, default=DOCS)
    args = ap.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(message)s")
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path="/usr/bin/chromium",
                                    args=["--headless", "--no-sandbox", "--disable-gpu"])
        for name in args.only or SHOTS:
            query, height, action = SHOTS[name]
            ctx = browser.new_context(viewport={"width": 1280, "height": height}, locale="en-GB", timezone_id="UTC")
            page = ctx.new_page()
            page.set_default_timeout(90_000)
            expect.set_options(timeout=90_000)
            page.goto(args.url.rstrip("/") + "/" + query)
            settle(page)
            if name == "briefing":
                frame = page.locator('iframe[srcdoc*="qside"]').element_handle().content_frame()
                frame.wait_for_function("() => window.qmapReady === true")
            elif page.locator(MAP_IFRAME).count():
                expect(page.frame_locator(MAP_IFRAME).locator(".qsym").first).to_be_visible()
            if action == "correct":
                page.get_by_text("✎ Correct").click()
                settle(page)
                expect(page.frame_locator(MAP_IFRAME).locator(".leaflet-container")).to_be_visible()
            page.wait_for_timeout(2500)  # labels and spread symbols are laid out after the map is drawn
            path = args.out / f"screenshot-{name}.png"
            page.screenshot(path=str(path))
            log.info("wrote %s", path)
            ctx.close()
        browser.close()


if __name__ == "__main__":
    main()
