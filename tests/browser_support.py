"""Helpers for the real-browser tests (``tests/test_browser.py``).

* :class:`AppServer` runs ``streamlit run app.py`` on a free localhost port against a
  given output folder and stops it (and only it) afterwards.
* :func:`launch_chromium` starts Debian's ``/usr/bin/chromium`` through the ``playwright``
  package (never a downloaded browser).
* :class:`RequestLog` records every request and websocket a browser context makes and
  tells which ones left the machine.
* :func:`chromium_browser` and :func:`scratch_app` are the bodies of the browser tests'
  ``browser`` and ``app`` fixtures (one Chromium per module; the app on a scratch copy of
  the shipped seeds and curated rows).
"""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

CHROMIUM = os.environ.get("QMAP_TEST_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]
LOCAL_HOSTS = {"localhost", "127.0.0.1", "::1", "[::1]"}
LOCAL_SCHEMES = {"data", "blob", "about", "chrome", "chrome-extension", "devtools"}
HEALTH_TIMEOUT = 60.0


def time_limit(seconds: int) -> Iterator[None]:
    """Fail the surrounding test when it runs longer than ``seconds`` (SIGALRM; no pytest-timeout needed)."""
    def boom(signum, frame):
        raise TimeoutError(f"browser test exceeded {seconds} s")

    old = signal.signal(signal.SIGALRM, boom)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, old)


def free_port() -> int:
    """A TCP port that was free on 127.0.0.1 a moment ago."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def is_local(url: str) -> bool:
    """True for URLs that stay on this machine (localhost, data:, blob:, about:...)."""
    parts = urlsplit(url)
    if parts.scheme.lower() in LOCAL_SCHEMES:
        return True
    return (parts.hostname or "").lower() in LOCAL_HOSTS


@dataclass
class RequestLog:
    """Every URL requested by the browser contexts attached to it (requests and websockets)."""

    entries: list[tuple[str, str]] = field(default_factory=list)  # (test name, url)
    current: str = "?"

    def attach(self, context) -> None:
        context.on("request", lambda r: self.entries.append((self.current, r.url)))
        context.on("page", lambda p: p.on("websocket", lambda ws: self.entries.append((self.current, ws.url))))

    def offsite(self, since: int = 0, allowed_hosts: set[str] | frozenset = frozenset()) -> list[tuple[str, str]]:
        """Entries (from index ``since``) whose host is neither local nor in ``allowed_hosts``."""
        return [(t, u) for t, u in self.entries[since:]
                if not is_local(u) and (urlsplit(u).hostname or "").lower() not in allowed_hosts]


class AppServer:
    """``streamlit run app.py`` in a subprocess, on 127.0.0.1 and a free port.

    Parameters
    ----------
    root : Path
        The repository (working directory of the app).
    env : dict
        Extra environment (``QMAP_OUT``, ``QMAP_SKIP_BUILD``, ``QMAP_TILES``...).
    log_path : Path
        Where the server's stdout/stderr go (shown when it fails to start).
    """

    def __init__(self, root: Path, env: dict[str, str], log_path: Path):
        self.root = Path(root)
        self.env = {**os.environ, **env}
        self.log_path = Path(log_path)
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.proc: subprocess.Popen | None = None
        self._log = None

    def start(self, timeout: float = HEALTH_TIMEOUT) -> AppServer:
        cmd = [sys.executable, "-m", "streamlit", "run", "app.py",
               "--server.port", str(self.port), "--server.address", "127.0.0.1",
               "--server.headless", "true", "--browser.gatherUsageStats", "false",
               "--server.fileWatcherType", "none", "--server.runOnSave", "false"]
        self._log = open(self.log_path, "wb")  # noqa: SIM115 (open while the server runs)
        self.proc = subprocess.Popen(cmd, cwd=self.root, env=self.env, stdout=self._log, stderr=subprocess.STDOUT,
                                     stdin=subprocess.DEVNULL, start_new_session=True)
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"streamlit exited with code {self.proc.returncode} before answering:\n"
                                   + self.log_text())
            try:
                with urllib.request.urlopen(f"{self.url}/_stcore/health", timeout=2) as r:
                    if r.status == 200:
                        return self
            except (urllib.error.URLError, ConnectionError, TimeoutError, OSError):
                pass
            time.sleep(0.25)
        self.stop()
        raise RuntimeError(f"streamlit did not answer /_stcore/health within {timeout:.0f} s:\n" + self.log_text())

    def log_text(self, limit: int = 4000) -> str:
        try:
            return self.log_path.read_text(encoding="utf-8", errors="replace")[-limit:]
        except OSError:
            return "(no log)"

    def stop(self) -> None:
        """Terminate the server's own process group (it may have started a Chromium for PNG export)."""
        if self.proc is None:
            return
        if self.proc.poll() is None:
            try:
                os.killpg(self.proc.pid, signal.SIGTERM)
            except ProcessLookupError:
                pass
            try:
                self.proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                try:
                    os.killpg(self.proc.pid, signal.SIGKILL)
                except ProcessLookupError:
                    pass
                self.proc.wait(timeout=5)
        if self._log:
            self._log.close()
        self.proc = None


def require_chromium() -> str:
    """The Chromium executable, or a clear error (CI installs Debian's ``chromium`` package)."""
    path = CHROMIUM if os.path.isabs(CHROMIUM) else shutil.which(CHROMIUM)
    if not path or not os.access(path, os.X_OK):
        raise FileNotFoundError(
            f"{CHROMIUM} is missing: the browser tests need Debian's Chromium "
            "(`apt-get install chromium`); `playwright install` is not used.")
    return path


def launch_chromium(playwright, executable: str):
    return playwright.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS)


def chromium_browser() -> Iterator:
    """Yield Debian's Chromium launched through ``playwright``, closed afterwards (a fixture's
    body); fails the test with what to install when ``playwright`` or Chromium is missing."""
    import pytest

    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        pytest.fail("the browser tests need the playwright package: pip install -e '.[test]'", pytrace=False)
    try:
        exe = require_chromium()
    except FileNotFoundError as e:
        pytest.fail(str(e), pytrace=False)
    with sync_playwright() as p:
        b = launch_chromium(p, exe)
        yield b
        b.close()


def scratch_app(root: Path, tmp: Path, prepare=None) -> Iterator[tuple[AppServer, Path]]:
    """Yield ``(server, tmp)``: the app running on copies of ``root``'s ``seeds/`` and
    ``curated/`` (without ``reviews.csv``) in ``tmp``, tiles off, stopped afterwards (a
    fixture's body); fails the test when the app does not start. ``prepare(seeds)``, when given,
    runs on the copied seeds before the app starts (adding reports)."""
    import pytest

    shutil.copytree(root / "seeds", tmp / "seeds")
    shutil.copytree(root / "curated", tmp / "curated", ignore=shutil.ignore_patterns("reviews.csv"))
    if prepare is not None:
        prepare(tmp / "seeds")
    env = {"QMAP_SEEDS": str(tmp / "seeds"), "QMAP_CURATED": str(tmp / "curated"), "QMAP_OUT": str(tmp / "out"),
           "QMAP_TILES": "none"}
    server = AppServer(root, env, tmp / "streamlit.log")
    try:
        server.start()
    except RuntimeError as e:
        pytest.fail(str(e), pytrace=False)
    yield server, tmp
    server.stop()
