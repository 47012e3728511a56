"""Concurrent analysts: 10 browser sessions on one ``streamlit run app.py``, all moving the date slider.

Usage::

    python benchmarks/bench_sessions.py [--sessions 10] [--n 12000] [--moves 5] [--budget 300]
                                        [--seed 1] [--keep DIR] [--serve]

1. A synthetic output folder of ``--n`` events, made by :mod:`bench_map`'s generator
   (imported, not copied: a real build of ``seeds/`` plus N events spread over April 2021
   and the gazetteer's places).
2. ``streamlit run app.py`` on it (``QMAP_SKIP_BUILD=1``, ``QMAP_TILES=none``), started as
   :mod:`bench_map` starts it (``--serve``: ``python -m mapapp.serve``, warmed up before it
   listens); the server's CPU seconds from healthy to the end are printed.
3. One headless Debian Chromium (Playwright, ``/usr/bin/chromium``) with ``--sessions``
   browser contexts, i.e. that many independent Streamlit sessions. All open the Map view at
   once; each session's first load is timed from ``goto`` until the map's symbols are
   painted. When every session is idle, all of them move the end thumb of the date slider
   ``--moves`` times at the same time (each session one move after the other, as an analyst
   would). A move is timed as :mod:`bench_map` times it (its page instrumentation, symbol
   tagging, summary and painted checks, imported): from the key press until the summary
   line has changed, the map iframe holds a new set of symbols and two animation frames have
   passed.
4. The server's memory from ``/proc/<pid>/status``: ``VmRSS`` before any session, once all
   sessions have loaded and are idle, and after the moves (idle); ``VmHWM`` (peak) at the end.

Prints first load per session, slider median and max across every move of every session,
and the memory figures, with the 1-minute load average. A benchmark, not a test: it
asserts nothing. The browser and the server share the machine's cores, and so does any
other work: the figures are noisy; quote them with the load average.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import shutil
import signal
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from benchmarks import bench_map as bm  # noqa: E402  (the generator, server helpers and move timing)

TARGETS = {"median": 1.0, "max": 3.0, "rss_mb": 500.0}

# bench_map.wait_idle's check, as one expression: the app shows no running script and has
# received nothing for ``q`` seconds
IDLE_FOR_JS = """(q) => { const a = document.querySelector('[data-testid="stApp"]');
  if (!a || a.getAttribute('data-test-script-state') !== 'notRunning') return false;
  const b = window.__bench, now = performance.timeOrigin + performance.now();
  const last = Math.max(0, ...b.recv.slice(-1).map(x => x[0]), ...b.state.slice(-1).map(x => x[0]));
  return now - last >= q * 1000; }"""


def proc_mb(pid: int, key: str) -> float | None:
    """``key`` (``VmRSS``, ``VmHWM``) of process ``pid`` from ``/proc/<pid>/status``, in MB."""
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith(key + ":"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return None


# --------------------------------------------------------------------------- one session (async Playwright)


class Session:
    """One browser context on the Map view: its first load and its timed moves."""

    def __init__(self, index: int, context, port: int, deadline: float):
        self.index, self.context, self.port, self.deadline = index, context, port, deadline
        self.page = None
        self.first_load: float | None = None
        self.moves: list[bm.Move] = []
        self.error: str | None = None

    def ms(self) -> float:
        return max(1000.0, (self.deadline - time.perf_counter()) * 1000)

    async def frame(self):
        h = await self.page.wait_for_selector('iframe[title="streamlit_folium.st_folium"]', timeout=self.ms(),
                                              state="attached")
        return await h.content_frame()

    async def wait_idle(self, quiet: float = 0.5) -> None:
        while time.perf_counter() < self.deadline:
            if await self.page.evaluate(IDLE_FOR_JS, quiet):
                return
            await asyncio.sleep(0.05)

    async def wait_new_symbols(self, grace: float = 5.0) -> int | None:
        """As :func:`bench_map.wait_new_symbols`: the new symbol count, None when the app stayed idle
        ``grace`` s without redrawing the map."""
        from playwright.async_api import TimeoutError as PwTimeout

        idle_since = None
        while True:
            left = self.deadline - time.perf_counter()
            if left <= 0:
                raise PwTimeout("budget exhausted waiting for new symbols")
            try:
                frame = await self.frame()
                h = await frame.wait_for_function(bm.NEW_SYMBOLS_JS, polling="raf", timeout=min(250.0, left * 1000))
                return await h.json_value()
            except PwTimeout:
                pass
            if await self.page.evaluate(bm.IDLE_JS):
                idle_since = idle_since or time.perf_counter()
                if time.perf_counter() - idle_since > grace:
                    return None
            else:
                idle_since = None

    async def open(self) -> None:
        from playwright.async_api import TimeoutError as PwTimeout

        self.page = await self.context.new_page()
        await self.page.add_init_script(bm.INSTRUMENT_JS)
        t = time.perf_counter()
        try:
            await self.page.goto(f"http://127.0.0.1:{self.port}/?view=Map", wait_until="domcontentloaded",
                                 timeout=self.ms())
            frame = await self.frame()
            await frame.wait_for_function(bm.NEW_SYMBOLS_JS, polling="raf", timeout=self.ms())
            await frame.evaluate(bm.PAINTED_JS)
            self.first_load = time.perf_counter() - t
            await self.wait_idle()
        except PwTimeout as e:
            self.error = f"first load timed out: {str(e).splitlines()[0]}"

    async def move(self) -> bm.Move:
        """One ArrowLeft on the slider's end thumb, timed until the new map is painted (bench_map's way)."""
        page = self.page
        thumbs = page.locator('[data-testid="stSlider"] [role="slider"]')
        if await thumbs.count() == 0:
            thumbs = page.locator('[data-testid="stSlider"] input[type=range]')
        end_thumb = thumbs.nth(await thumbs.count() - 1)
        frame = await self.frame()
        await frame.evaluate(bm.TAG_JS)
        before = await page.evaluate(bm.SUMMARY_JS)
        await end_thumb.focus()
        mv = bm.Move()
        t0 = time.perf_counter()
        await page.keyboard.press("ArrowLeft")
        await page.wait_for_function(f"(prev) => {{ const t = ({bm.SUMMARY_JS})(); return t && t !== prev; }}",
                                     arg=before, polling="raf", timeout=self.ms())
        mv.summary = time.perf_counter() - t0
        mv.symbols = await self.wait_new_symbols()
        if mv.symbols is None:
            mv.shown = "map not redrawn (layers unchanged?)"
            return mv
        painted_ms = await (await self.frame()).evaluate(bm.PAINTED_JS)
        mv.total = time.perf_counter() - t0
        mv.shown = ((await page.evaluate(bm.SUMMARY_JS)) or "").split("·")[0].strip()
        bm.split_move(mv, await page.evaluate("() => window.__bench"), painted_ms)
        return mv

    async def run_moves(self, n: int, start: asyncio.Event) -> None:
        from playwright.async_api import TimeoutError as PwTimeout

        await start.wait()
        if self.error:
            return
        for _ in range(n):
            if time.perf_counter() > self.deadline:
                self.error = "budget exhausted"
                return
            try:
                self.moves.append(await self.move())
            except PwTimeout as e:
                self.error = f"move timed out: {str(e).splitlines()[0]}"
                return
            await self.wait_idle()  # as an analyst does: look at the map, then move again


async def drive(port: int, pid: int, args) -> dict:
    """Open ``args.sessions`` sessions at once, then move all their sliders at once."""
    from playwright.async_api import async_playwright

    res: dict = {"rss_start": proc_mb(pid, "VmRSS")}
    deadline = time.perf_counter() + args.budget
    async with async_playwright() as pw:
        browser = await pw.chromium.launch(executable_path=bm.CHROMIUM, args=bm.CHROMIUM_ARGS, headless=True)
        try:
            sessions = [Session(i, await browser.new_context(viewport={"width": 1400, "height": 1000}), port,
                                deadline) for i in range(args.sessions)]
            t = time.perf_counter()
            await asyncio.gather(*(s.open() for s in sessions))
            res["open_all_s"] = time.perf_counter() - t
            res["load_after_open"] = os.getloadavg()[0]
            await asyncio.sleep(2.0)  # let the server settle before reading its idle memory
            res["rss_loaded"] = proc_mb(pid, "VmRSS")
            res["hwm_loaded"] = proc_mb(pid, "VmHWM")
            go = asyncio.Event()
            tasks = [asyncio.create_task(s.run_moves(args.moves, go)) for s in sessions]
            t = time.perf_counter()
            go.set()
            await asyncio.gather(*tasks)
            res["moves_all_s"] = time.perf_counter() - t
            res["load_after_moves"] = os.getloadavg()[0]
            await asyncio.sleep(2.0)
            res["rss_after"] = proc_mb(pid, "VmRSS")
            res["sessions"] = [{"first_load": s.first_load, "moves": s.moves, "error": s.error} for s in sessions]
        finally:
            await browser.close()
    return res


# --------------------------------------------------------------------------- main


def report(res: dict, args, info: dict) -> None:
    fmt, med = bm.fmt, bm.med
    sessions = res.get("sessions", [])
    print()
    print(f"{args.sessions} concurrent sessions, N={args.n:,} events ({info['places']} places), {args.moves} slider "
          f"moves each; one headless Chromium, {os.cpu_count()} CPUs shared by server, browser and any other work")
    loads = [s["first_load"] for s in sessions]
    print("First load per session (s, goto -> symbols painted, all opened at once): "
          + ", ".join(fmt(x, ".1f") for x in loads)
          + f"  (median {fmt(med(loads), '.1f')}, max {fmt(max((x for x in loads if x is not None), default=None), '.1f')};"
            f" all open after {fmt(res.get('open_all_s'), '.1f')} s)")
    totals = [m.total for s in sessions for m in s["moves"] if m.total is not None]
    js = [m.total_js for s in sessions for m in s["moves"] if m.total_js is not None]
    not_drawn = sum(1 for s in sessions for m in s["moves"] if m.total is None)
    print(f"Slider move -> new map painted, all {len(totals)} timed moves of all sessions: median {fmt(med(totals))} s, "
          f"max {fmt(max(totals, default=None))} s (targets ≤ {TARGETS['median']:.0f} s / ≤ {TARGETS['max']:.0f} s); "
          f"browser clocks: median {fmt(med(js))} s, max {fmt(max(js, default=None))} s"
          + (f"; {not_drawn} moves without a redraw" if not_drawn else "")
          + f"; all moves done after {fmt(res.get('moves_all_s'), '.1f')} s")
    if totals:
        q = statistics.quantiles(totals, n=10) if len(totals) >= 2 else totals
        print(f"  deciles: {', '.join(f'{x:.2f}' for x in q)}")
    print("  split (medians, s): request = key -> rerun sent | python = -> st_folium element received | "
          "browser = -> painted | script = request -> script done")
    all_moves = [m for s in sessions for m in s["moves"]]
    server = [m.to_map for m in all_moves if m.to_map is not None]
    print(f"  server side (request -> map element received): median {fmt(med(server))} s, max "
          f"{fmt(max(server, default=None))} s (what the server adds; the rest is the browsers, on the same cores)")
    print(f"  request {fmt(med([m.request for m in all_moves]))} | python {fmt(med([m.to_map for m in all_moves]))} | "
          f"browser {fmt(med([m.browser for m in all_moves]))} | script {fmt(med([m.script for m in all_moves]))} | "
          f"map element {fmt(med([m.map_bytes / 1e6 for m in all_moves]), '.2f')} MB")
    for i, s in enumerate(sessions):
        print(f"  session {i + 1:>2}: first load {fmt(s['first_load'], '.1f')} s; moves "
              + ", ".join(fmt(m.total) for m in s["moves"]) + (f"  ERROR: {s['error']}" if s["error"] else ""))
    print(f"Server memory (MB): before any session {fmt(res.get('rss_start'), ',.0f')} | "
          f"{args.sessions} sessions loaded, idle {fmt(res.get('rss_loaded'), ',.0f')} (peak so far "
          f"{fmt(res.get('hwm_loaded'), ',.0f')}) | after the moves, idle {fmt(res.get('rss_after'), ',.0f')} | "
          f"peak (VmHWM) {fmt(res.get('hwm'), ',.0f')}  (target ≤ {TARGETS['rss_mb']:.0f} MB at 100k)")
    print(f"1-min load average: at the start {res['load_start']:.1f}, after opening "
          f"{fmt(res.get('load_after_open'), '.1f')}, after the moves {fmt(res.get('load_after_moves'), '.1f')} "
          f"on {os.cpu_count()} CPUs" + (f"  ERROR: {res['error']}" if res.get("error") else ""))
    if res.get("cpu_end") is not None and res.get("cpu_ready") is not None:
        print(f"Server CPU (/proc, user+system) from healthy to the end: {res['cpu_end'] - res['cpu_ready']:.1f} s; "
              + ("started with python -m mapapp.serve" if args.serve else "started with streamlit run app.py")
              + f", healthy after {res['ready_s']:.1f} s")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--sessions", type=int, default=10, help="concurrent browser sessions")
    ap.add_argument("--n", type=lambda s: int(s.replace("_", "")), default=12_000, help="synthetic events")
    ap.add_argument("--moves", type=int, default=5, help="slider moves per session")
    ap.add_argument("--budget", type=float, default=300.0, help="seconds for the browser part")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--keep", type=Path, help="write the synthetic folder here and keep it (reused when present)")
    ap.add_argument("--serve", action="store_true",
                    help="start the server with python -m mapapp.serve (warmed up) instead of streamlit run app.py")
    args = ap.parse_args()
    work = args.keep or Path(tempfile.mkdtemp(prefix="qmapsessions-"))
    work.mkdir(parents=True, exist_ok=True)
    out = work / f"n{args.n}"
    res: dict = {}
    proc = None
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))  # `timeout`: still stop the server, still report
    try:
        from mapapp.assets import ensure_static_assets

        ensure_static_assets(bm.ROOT / "static")  # Streamlit serves static/ only if it exists when it starts
        t = time.perf_counter()
        if (out / "manifest.json").exists() and args.keep:
            info = {"places": len(bm.point_places(json.loads((out / "places.geojson").read_text(encoding="utf-8"))))}
            print(f"reusing {out}", flush=True)
        else:
            base = bm.base_build(work)
            info = bm.synth_folder(base, out, args.n, random.Random(args.seed))
            print(f"synthetic folder of {args.n:,} events in {time.perf_counter() - t:.1f} s", flush=True)
        port = bm.free_port()
        log = work / "streamlit.log"
        res["load_start"] = os.getloadavg()[0]
        t_server = time.perf_counter()
        proc = bm.start_server(out, port, log, warm=args.serve)
        if not bm.wait_health(port, proc, timeout=120):
            res["error"] = f"server not healthy (see {log})"
        else:
            res["ready_s"] = time.perf_counter() - t_server
            res["cpu_ready"] = bm.proc_cpu(proc.pid)
            res.update(asyncio.run(drive(port, proc.pid, args)))
            res["cpu_end"] = bm.proc_cpu(proc.pid)
            res["hwm"] = proc_mb(proc.pid, "VmHWM")
    finally:
        if proc is not None:
            bm.stop_server(proc)
        if res:
            report(res, args, locals().get("info") or {"places": "?"})
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
