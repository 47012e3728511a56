"""Pictures of the briefing page: PNG and one-page A4 PDF, drawn by headless Chromium.

Chromium is Debian's (``/usr/bin/chromium``), driven by the ``playwright`` package
(``executable_path``; ``playwright install`` is never used). The page
(:mod:`mapapp.briefing`) is rewritten to load its assets from disk
(:func:`map_html_for_file`), opened as a ``file://`` URL, and captured once it says it is
drawn (``window.qmapReady``: layers added, labels placed, tiles loaded or given up on),
not after a guessed delay.

* :func:`page_png` -- the page as a PNG of a given size (a 16:10 slide by default).
* :func:`page_pdf` -- the page as a one-page A4 landscape PDF.
* :func:`map_html_for_file`, :func:`find_chromium` -- helpers, also used by tests.

Nothing here imports Streamlit.
"""

from __future__ import annotations

import concurrent.futures
import logging
import os
import re
import shutil
import tempfile
from pathlib import Path
from urllib.parse import unquote, urlsplit

from . import pngpixels

log = logging.getLogger(__name__)

#: Chromium's flags: headless, no sandbox (containers), nothing phoning home.
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]
#: What the page sets when it is drawn (see mapapp.briefing.PageScript).
READY = "() => window.qmapReady === true"
PNG_SIZE = (1600, 1000)
#: A4 landscape at CSS 96 dpi (297 × 210 mm).
A4_PX = (1123, 794)
_PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
INSTALL_CHROMIUM = ("The PNG and PDF exports need Chromium: install it with "
                    "'sudo apt-get install chromium fonts-noto-core' (Debian/Ubuntu), "
                    "or put a 'chromium' executable on PATH.")
CHROMIUM_MISSING = f"Chromium not found (no /usr/bin/chromium and no 'chromium' on PATH). {INSTALL_CHROMIUM}"


class PrintError(RuntimeError):
    """A picture could not be made (no Chromium, missing assets, the page never drew, a blank image)."""


# --------------------------------------------------------------------------- HTML for disk

#: An app asset link: /app/static/vendor/, ./static/vendor/, static/vendor/, optionally
#: with a localhost origin, right after a quote, "(", "=" or whitespace.
_STATIC_LINK_RE = re.compile(
    r"""(?P<lead>^|["'(=\s])"""
    r"""(?:https?://(?:localhost|127\.0\.0\.1|\[::1\])(?::\d+)?)?"""
    r"""(?:/app/static|\./static|static)/vendor/""",
    re.MULTILINE,
)
_FILE_VENDOR_RE = re.compile(r"""file://[^\s"'<>()]+""")


def _local_files(html: str, static_uri: str) -> list[Path]:
    """Files behind the file:// links of ``html`` that point into ``static_uri``."""
    return [Path(unquote(urlsplit(url).path)) for url in _FILE_VENDOR_RE.findall(html)
            if url.startswith(static_uri + "/vendor/")]


def map_html_for_file(html: str, static_dir: Path) -> str:
    """Rewrite a folium page rendered for the app so it loads its assets from disk.

    The app's pages link ``/app/static/vendor/...`` (Streamlit static serving) or
    ``static/vendor/...`` (relative); both become ``file:///<static_dir>/vendor/...``,
    so the page renders offline from any folder. Other links are left alone.

    Parameters
    ----------
    html : str
        The rendered page (``folium.Map.get_root().render()``; not ``_repr_html_()``,
        which wraps the page in an iframe with escaped content).
    static_dir : pathlib.Path
        The folder given to :func:`mapapp.assets.ensure_static_assets`.

    Returns
    -------
    str
        The page with the links rewritten; missing linked files are logged as warnings.
    """
    static_uri = Path(static_dir).resolve().as_uri().rstrip("/")
    out, n = _STATIC_LINK_RE.subn(lambda m: f"{m.group('lead')}{static_uri}/vendor/", html)
    missing = [p for p in _local_files(out, static_uri) if not p.is_file()]
    log.debug("map_html_for_file: %d links rewritten to %s", n, static_uri)
    if missing:
        log.warning("map_html_for_file: %d linked assets missing, e.g. %s (run ensure_static_assets)",
                    len(missing), missing[0])
    return out


def find_chromium(chromium: str | None = None) -> str:
    """Path of the Chromium executable.

    Parameters
    ----------
    chromium : str, optional
        Explicit path; default ``/usr/bin/chromium``, then ``chromium`` on ``PATH``.

    Raises
    ------
    PrintError
        If no executable is found (the message says what to install).
    """
    if chromium:
        path = Path(chromium)
        if path.is_file() and os.access(path, os.X_OK):
            return str(path)
        found = shutil.which(chromium)
        if found:
            return found
        raise PrintError(f"Chromium not found at {chromium!r}. {INSTALL_CHROMIUM}")
    if os.access("/usr/bin/chromium", os.X_OK):
        return "/usr/bin/chromium"
    found = shutil.which("chromium")
    if found:
        return found
    raise PrintError(CHROMIUM_MISSING)


def _capture(html: str, static_dir: Path, kind: str, size: tuple[int, int], chromium: str | None,
             timeout: float) -> bytes:
    """Open the page in Chromium, wait for its ready signal, and return a PNG or PDF."""
    try:
        from playwright.sync_api import Error as PlaywrightError
        from playwright.sync_api import sync_playwright
    except ImportError as exc:  # a dependency: only a broken install lacks it
        raise PrintError("the playwright package is missing: pip install -e .") from exc
    exe = find_chromium(chromium)
    static_dir = Path(static_dir)
    page_html = map_html_for_file(html, static_dir)
    static_uri = static_dir.resolve().as_uri().rstrip("/")
    missing = [p for p in _local_files(page_html, static_uri) if not p.is_file()]
    if missing:
        raise PrintError(f"map assets missing under {static_dir} (e.g. {missing[0]}); "
                         "call mapapp.assets.ensure_static_assets first")
    with tempfile.TemporaryDirectory(prefix="qamishli-print-") as tmp:
        page_path = Path(tmp) / "briefing.html"
        page_path.write_text(page_html, encoding="utf-8")
        try:
            with sync_playwright() as p:
                browser = p.chromium.launch(executable_path=exe, args=CHROMIUM_ARGS, timeout=timeout * 1000)
                try:
                    page = browser.new_page(viewport={"width": size[0], "height": size[1]}, device_scale_factor=1)
                    errors: list[str] = []
                    page.on("pageerror", lambda e: errors.append(str(e)))
                    page.goto(page_path.as_uri(), wait_until="load", timeout=timeout * 1000)
                    try:
                        page.wait_for_function(READY, timeout=timeout * 1000)
                    except PlaywrightError:
                        raise PrintError(f"the page did not finish drawing within {timeout:g} s"
                                         + (f" (script error: {errors[0]})" if errors else "")) from None
                    if kind == "pdf":
                        page.emulate_media(media="screen")
                        return page.pdf(width=f"{size[0]}px", height=f"{size[1]}px", print_background=True,
                                        margin={"top": "0", "right": "0", "bottom": "0", "left": "0"},
                                        page_ranges="1")
                    png = page.screenshot(type="png")
                    if pngpixels.distinct_colours(pngpixels.decode_png(page, png)) <= 1:
                        raise PrintError("Chromium's screenshot is blank (the map's scripts probably did not load)")
                    return png
                finally:
                    browser.close()
        except PlaywrightError as exc:
            raise PrintError(f"Chromium failed: {str(exc).splitlines()[0]}") from exc


def _in_thread(*args) -> bytes:
    """Run :func:`_capture` in a worker thread (Playwright's sync API refuses a thread with an event loop)."""
    with concurrent.futures.ThreadPoolExecutor(max_workers=1) as pool:
        return pool.submit(_capture, *args).result()


def page_png(html: str, static_dir: Path, width: int = PNG_SIZE[0], height: int = PNG_SIZE[1],
             chromium: str | None = None, timeout: float = 60) -> bytes:
    """The briefing page as a PNG of ``width`` × ``height`` pixels.

    Parameters
    ----------
    html : str
        The page as the app renders it (``/app/static/vendor/`` links).
    static_dir : pathlib.Path
        Folder holding ``vendor/`` (see :func:`mapapp.assets.ensure_static_assets`).
    width, height : int
    chromium : str, optional
        Executable; default :func:`find_chromium`.
    timeout : float
        Seconds for Chromium to start, load and draw the page.

    Raises
    ------
    PrintError
        No Chromium, missing assets, the page never drew, or a blank image.
    """
    data = _in_thread(html, static_dir, "png", (width, height), chromium, timeout)
    if not data.startswith(_PNG_SIGNATURE):
        raise PrintError("Chromium's screenshot is not a PNG")
    log.info("page_png: %dx%d, %d bytes", width, height, len(data))
    return data


def page_pdf(html: str, static_dir: Path, chromium: str | None = None, timeout: float = 60) -> bytes:
    """The briefing page as a one-page A4 landscape PDF (laid out at 1123 × 794 CSS pixels).

    Raises
    ------
    PrintError
        As :func:`page_png`.
    """
    data = _in_thread(html, static_dir, "pdf", A4_PX, chromium, timeout)
    if not data.startswith(b"%PDF"):
        raise PrintError("Chromium's output is not a PDF")
    log.info("page_pdf: %d bytes", len(data))
    return data


__all__ = ["A4_PX", "CHROMIUM_MISSING", "PNG_SIZE", "PrintError", "find_chromium", "map_html_for_file",
           "page_pdf", "page_png"]
