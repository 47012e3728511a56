"""Map responsiveness: slider move -> new map painted, for 1k / 10k / 100k synthetic events.

Usage::

    python benchmarks/bench_map.py [--sizes 1000,10000,100000] [--moves 5] [--budget 180]
                                   [--seed 1] [--keep DIR] [--profile]

For each size N:

1. A synthetic output folder: a real build of ``seeds/`` (zones, places, manifest,
   errors, unresolved, articles) plus ``events.geojson`` with N events derived from the
   seed events: date uniform over 2021-04-01..2021-04-30, place drawn from the gazetteer
   places that have a point (lat/lon/precision/approximate/location from
   ``places.geojson``), fatalities 0-5, the seed's evidence sentences, unique ids; and
   ``truces.json``/``truces.csv`` with the events' ``truce_id``/``violates``, computed by
   :func:`pipeline.truces.truce_outputs` as a build would (its time is printed: it is
   build time, not load time).
2. ``streamlit run app.py`` on a free port with ``QMAP_OUT`` = that folder,
   ``QMAP_SKIP_BUILD=1``, ``QMAP_TILES=none``.
3. Headless Debian Chromium (Playwright) opens the Map view, waits for the symbols
   (``.qsym``) in the st_folium iframe, then presses ArrowLeft on the end thumb of the
   date slider ``--moves`` times. Each move is timed from the key press until the page
   summary ("X of N events ...") has changed AND the iframe holds a new set of symbols
   (the old symbol elements are tagged before the key press; done = symbols present,
   none of them tagged) AND two animation frames have passed (painted). A script
   injected before Streamlit's own records, on the browser's clock, the keydown, the
   websocket frames and the app's running/notRunning state, to split each move:
   key -> rerun request sent, request -> st_folium element received (the largest frame:
   the Python script up to ``st_folium`` plus transfer), element -> painted (the
   browser), and request -> script no longer running. Nothing is decoded in Python
   while a move is timed. The next move waits until the app has been idle 0.5 s.
4. In this process: the Python time of what one rerun of the Map view computes
   (filters, ``group_events``, base map + ``dynamic_layers``, st_folium's rendering),
   the real script's rerun time under Streamlit's AppTest (no browser; ``--profile``
   prints its cProfile at the largest N), the export files' cost (on click), and the
   map payload: base map + ``dynamic_layers`` rendered as one page (bytes per event)
   and the feature-group JavaScript that st_folium resends on every move.
5. Peak memory: this process (max RSS, cumulative over sizes) and the Streamlit
   server (``VmHWM`` from ``/proc/<pid>/status``, read before it is stopped).

Prints a table. A benchmark, not a test: it asserts nothing. Each N is bounded by
``--budget`` seconds (default 180; the browser part gets 60 % of it, the AppTest reruns
stop when it is spent; waits time out and missing figures show "-"). The server is
stopped by its PID in a ``finally`` block. The machine's other load shows in the
figures: run it on a quiet machine and compare medians.
"""

from __future__ import annotations

import argparse
import contextlib
import cProfile
import datetime as dt
import io
import json
import os
import pstats
import random
import resource
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path

import orjson

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]
COPY_FILES = ["zones.geojson", "places.geojson", "manifest.json", "errors.json", "unresolved.csv", "articles.json"]
DAY0 = dt.date(2021, 4, 1)
DAYS = 30  # 2021-04-01 .. 2021-04-30
TARGETS = {10_000: 0.5, 100_000: 2.0}
SUMMARY_JS = """() => {
  for (const el of document.querySelectorAll('[data-testid="stMarkdownContainer"]')) {
    const t = el.innerText || '';
    if (/\\d+ of \\d+ events/.test(t)) return t;
  }
  return null;
}"""
TAG_JS = "() => { const s = document.querySelectorAll('.qsym'); s.forEach(e => { e.__benchOld = 1; }); return s.length; }"
NEW_SYMBOLS_JS = """() => {
  const s = document.querySelectorAll('.qsym');
  if (!s.length) return false;
  for (const e of s) if (e.__benchOld) return false;
  return s.length;
}"""


# --------------------------------------------------------------------------- synthetic data


def base_build(tmp: Path) -> Path:
    """A real build of the repository's seeds into ``tmp/base`` (the files to copy)."""
    from pipeline.build import build

    out = tmp / "base"
    build(ROOT / "seeds", ROOT / "geo", out, force=True, progress=False)
    return out


def point_places(places: dict) -> list[dict]:
    """Gazetteer places that can be drawn (they have a point: cited, or their parent's)."""
    return [f["properties"] for f in places["features"]
            if f["properties"].get("lat") is not None and f["properties"].get("lon") is not None]


def synth_folder(base: Path, dest: Path, n: int, rng: random.Random) -> dict:
    """``dest`` = ``base``'s small files + ``events.geojson`` with ``n`` synthetic events."""
    dest.mkdir(parents=True, exist_ok=True)
    for name in COPY_FILES:
        shutil.copyfile(base / name, dest / name)
    seeds = json.loads((base / "events.geojson").read_text(encoding="utf-8"))["features"]
    places = point_places(json.loads((base / "places.geojson").read_text(encoding="utf-8")))
    feats = []
    for i in range(n):
        t = seeds[i % len(seeds)]["properties"]
        p = rng.choice(places)
        day = DAY0 + dt.timedelta(days=rng.randrange(DAYS))
        span = (dt.date.fromisoformat(t["date_to"]) - dt.date.fromisoformat(t["date_from"])).days
        day_to = min(day + dt.timedelta(days=span), DAY0 + dt.timedelta(days=DAYS - 1))
        fat = rng.randint(0, 5)
        props = dict(t)
        props.update({
            "event_id": f"bench{n}-{i:06d}", "event_date": day.isoformat(), "date_from": day.isoformat(),
            "date_to": day_to.isoformat(), "place_id": p["place_id"], "location": p["name_en"],
            "location_ar": p["name_ar"], "latitude": p["lat"], "longitude": p["lon"],
            "geo_precision": p["geo_precision"], "approximate": bool(p["approximate"]),
            "fatalities": fat, "fatalities_text": str(fat) if fat else "",
        })
        feats.append({"type": "Feature", "id": props["event_id"],
                      "geometry": {"type": "Point", "coordinates": [p["lon"], p["lat"]]}, "properties": props})
    # what a build of these events writes: the truces table and each event's truce_id/violates
    from pipeline.truces import truce_outputs

    all_places = json.loads((base / "places.geojson").read_text(encoding="utf-8"))["features"]
    parents = {f["properties"]["place_id"]: f["properties"].get("parent") or "" for f in all_places}
    t = time.perf_counter()
    for name, data in truce_outputs([f["properties"] for f in feats], parents).items():
        (dest / name).write_bytes(data)
    truces_s = time.perf_counter() - t
    (dest / "events.geojson").write_bytes(orjson.dumps({"type": "FeatureCollection", "features": feats}))
    return {"places": len(places), "events_bytes": (dest / "events.geojson").stat().st_size, "truces_s": truces_s}


# --------------------------------------------------------------------------- in-process (Python) figures


@dataclass
class PyFigures:
    load_s: float = 0.0
    filters_s: float = 0.0
    group_s: float = 0.0
    layers_s: float = 0.0
    folium_s: float = 0.0
    render_s: float = 0.0
    exports_s: float = 0.0
    symbols: int = 0
    html_bytes: int = 0
    fg_js_bytes: int = 0
    stages: dict = field(default_factory=dict)

    @property
    def build_layers_s(self) -> float:
        """What a rerun spends on the map in Python: filters, layers, st_folium's rendering."""
        return self.filters_s + self.layers_s + self.folium_s


def apptest_reruns(out: Path, moves: int, deadline: float,
                   profile_top: int = 0) -> tuple[float | None, list[float], str]:
    """The real script (``app.py`` under streamlit.testing's AppTest, no browser, no websocket):
    first run, then ``moves`` reruns each moving the end date back one day. With
    ``profile_top``, the reruns are profiled (cProfile inside the script thread)."""
    import threading

    from streamlit.testing.v1 import AppTest

    env = {"QMAP_OUT": str(out), "QMAP_SKIP_BUILD": "1", "QMAP_TILES": "none"}
    old = {k: os.environ.get(k) for k in env}
    os.environ.update(env)
    prof = cProfile.Profile() if profile_top else None
    orig_run = threading.Thread.run
    profiling = [False]

    def run(self):  # profile the script thread of the reruns
        if prof is not None and profiling[0]:
            prof.enable()
            try:
                orig_run(self)
            finally:
                prof.disable()
        else:
            orig_run(self)

    times: list[float] = []
    first = None
    text = ""
    cwd = os.getcwd()
    try:
        os.chdir(ROOT)
        threading.Thread.run = run
        at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=600)
        at.query_params["view"] = "Map"
        t = time.perf_counter()
        at.run()
        first = time.perf_counter() - t
        profiling[0] = True
        for _ in range(moves):
            if time.perf_counter() > deadline:
                break
            s = at.slider(key="dates")
            lo, hi = s.value
            s.set_value((lo, hi - dt.timedelta(days=1)))
            t = time.perf_counter()
            at.run()
            times.append(time.perf_counter() - t)
        if prof is not None:
            buf = io.StringIO()
            pstats.Stats(prof, stream=buf).sort_stats("cumulative").print_stats(profile_top)
            text = buf.getvalue()
    finally:
        threading.Thread.run = orig_run
        os.chdir(cwd)
        for k, v in old.items():
            if v is None:
                os.environ.pop(k, None)
            else:
                os.environ[k] = v
    return first, times, text


def quiet_bare_mode_warning() -> None:
    import logging

    logging.getLogger("streamlit.runtime.scriptrunner_utils.script_run_context").addFilter(
        lambda rec: "missing ScriptRunContext" not in rec.getMessage())


def python_figures(out: Path) -> PyFigures:
    """What one rerun of the Map view computes, stage by stage, here (full date range)."""
    import streamlit  # noqa: F401

    quiet_bare_mode_warning()
    import folium
    import pandas as pd
    import streamlit_folium as sf

    from mapapp import data, exports, mapview
    from mapapp.filters import Filters, apply_filters, date_bounds

    # streamlit_folium's helpers run here outside a Streamlit session: a harmless warning each
    quiet_bare_mode_warning()
    fig = PyFigures()
    t = time.perf_counter()
    ds = data.load_dataset(out)
    fig.load_s = time.perf_counter() - t
    tiles = mapview.TileSetting.parse("none")

    t = time.perf_counter()
    ev = ds.events  # as app._filters + apply_filters + _summary do on every rerun
    lo, hi = date_bounds(ev, ds.zones)
    sorted(ev["event_type"].dropna().unique())
    sorted({a for a in pd.concat([ev["actor1_id"], ev["actor2_id"]]).dropna() if a})
    sorted(ev["source"].dropna().unique())
    f = Filters(lo, hi)
    shown = apply_filters(ev, f)
    int(shown["fatalities"].sum())
    fig.filters_s = time.perf_counter() - t
    t = time.perf_counter()
    groups = mapview.group_events(shown)
    fig.group_s = time.perf_counter() - t
    fig.symbols = len(groups)
    # app.view_map: the base map, the dynamic layers ...
    t = time.perf_counter()
    base = mapview.base_map(tiles, ds.places, ds.border)
    mapview.Legend(mapview.legend_html()).add_to(base)
    layers = mapview.dynamic_layers(shown, ds.zones, ds.places, f.as_of)  # calls group_events
    fig.layers_s = time.perf_counter() - t
    # ... and what st_folium does with them before sending (streamlit_folium 0.27 internals)
    t = time.perf_counter()
    base.get_root().render()
    sf._get_html(base), sf._get_header(base), sf._get_map_string(base)
    fg_js = "".join(sf._get_feature_group_string(layer, base, i) for i, layer in enumerate(layers))
    sf._get_layer_control_string(folium.LayerControl(collapsed=True), base)
    fig.folium_s = time.perf_counter() - t
    fig.fg_js_bytes = len(fg_js.encode("utf-8"))
    # the payload as one page: base map + dynamic layers rendered by folium
    t = time.perf_counter()
    m = mapview.base_map(tiles, ds.places, ds.border)
    mapview.Legend(mapview.legend_html()).add_to(m)
    for layer in mapview.dynamic_layers(shown, ds.zones, ds.places, f.as_of):
        layer.add_to(m)
    folium.LayerControl(collapsed=True).add_to(m)
    fig.html_bytes = len(m.get_root().render().encode("utf-8"))
    fig.render_s = time.perf_counter() - t
    # the two export buttons' files (made on click since the buttons take callables; not per rerun)
    t = time.perf_counter()
    exports.events_geojson(shown)
    fig.stages["events_geojson"] = time.perf_counter() - t
    t = time.perf_counter()
    exports.acled_csv(shown, places=ds.places)
    fig.stages["acled_csv"] = time.perf_counter() - t
    fig.exports_s = fig.stages["events_geojson"] + fig.stages["acled_csv"]
    return fig


# --------------------------------------------------------------------------- server


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_server(out: Path, port: int, log: Path) -> subprocess.Popen:
    env = dict(os.environ, QMAP_OUT=str(out), QMAP_SKIP_BUILD="1", QMAP_TILES="none")
    cmd = [sys.executable, "-m", "streamlit", "run", "app.py", "--server.port", str(port),
           "--server.headless", "true", "--browser.gatherUsageStats", "false"]
    return subprocess.Popen(cmd, cwd=ROOT, env=env, stdout=log.open("wb"), stderr=subprocess.STDOUT)


def wait_health(port: int, proc: subprocess.Popen, timeout: float) -> bool:
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if proc.poll() is not None:
            return False
        with contextlib.suppress(OSError), \
                urllib.request.urlopen(f"http://127.0.0.1:{port}/_stcore/health", timeout=2) as r:
            if r.status == 200:
                return True
        time.sleep(0.2)
    return False


def vm_hwm_mb(pid: int) -> float | None:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return None


def stop_server(proc: subprocess.Popen) -> None:
    if proc.poll() is None:
        os.kill(proc.pid, signal.SIGTERM)
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            os.kill(proc.pid, signal.SIGKILL)
            proc.wait(timeout=10)


# --------------------------------------------------------------------------- browser


# Installed before Streamlit's own scripts: timestamps (epoch ms, performance.timeOrigin-based,
# comparable across the page and the map iframe) of the key press, of websocket frames
# sent and received, and of the script's running/notRunning transitions. Nothing is
# decoded or copied to Python while a move is being timed.
INSTRUMENT_JS = """(() => {
  const now = () => performance.timeOrigin + performance.now();
  const log = window.__bench = {keys: [], sent: [], recv: [], state: []};
  document.addEventListener('keydown', () => log.keys.push(now()), true);
  const size = d => (d && (d.byteLength ?? d.size ?? d.length)) || 0;
  const W = window.WebSocket;
  class BenchWebSocket extends W {
    constructor(...a) {
      super(...a);
      this.addEventListener('message', ev => log.recv.push([now(), size(ev.data)]));
    }
    send(d) { log.sent.push([now(), size(d)]); return super.send(d); }
  }
  window.WebSocket = BenchWebSocket;
  const watch = () => {
    const app = document.querySelector('[data-testid="stApp"]');
    if (!app) { setTimeout(watch, 20); return; }
    let last = null;
    const rec = () => { const v = app.getAttribute('data-test-script-state');
                        if (v !== last) { last = v; log.state.push([now(), v]); } };
    rec();
    new MutationObserver(rec).observe(app, {attributes: true, attributeFilter: ['data-test-script-state']});
  };
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', watch); else watch();
})();"""
PAINTED_JS = """() => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(
  () => r(performance.timeOrigin + performance.now()))))"""


@dataclass
class Move:
    total: float | None = None      # Python wall time, key press -> painted
    total_js: float | None = None   # browser clocks, keydown -> painted
    summary: float | None = None
    request: float | None = None    # keydown -> first websocket frame sent (the rerun request)
    to_map: float | None = None     # request -> largest frame received (the st_folium element) fully arrived
    browser: float | None = None    # that frame -> painted
    script: float | None = None     # request -> app shows notRunning again
    map_bytes: int = 0
    ws_bytes: int = 0
    symbols: int = 0
    shown: str = ""


def split_move(mv: Move, log: dict, painted_ms: float) -> None:
    """Fill the browser-side split of one move from the page's ``__bench`` log."""
    keys = log["keys"]
    if not keys:
        return
    k = keys[-1]
    mv.total_js = (painted_ms - k) / 1000
    sent = next((t for t, _ in log["sent"] if t >= k), None)
    if sent is None:
        return
    mv.request = (sent - k) / 1000
    recv = [(t, n) for t, n in log["recv"] if t >= sent]
    before_paint = [(t, n) for t, n in recv if t <= painted_ms]
    if before_paint:
        t_map, mv.map_bytes = max(before_paint, key=lambda x: x[1])
        mv.to_map = (t_map - sent) / 1000
        mv.browser = (painted_ms - t_map) / 1000
    mv.ws_bytes = sum(n for _, n in recv)
    done = next((t for t, v in log["state"] if t >= sent and v == "notRunning"), None)
    if done is not None:
        mv.script = (done - sent) / 1000


def frame_of(page, timeout_ms: float):
    h = page.wait_for_selector('iframe[title="streamlit_folium.st_folium"]', timeout=timeout_ms, state="attached")
    return h.content_frame()


IDLE_JS = """() => { const a = document.querySelector('[data-testid="stApp"]');
  return !!a && a.getAttribute('data-test-script-state') === 'notRunning'; }"""


def wait_idle(page, deadline: float, quiet: float = 0.5) -> None:
    """Until the app has shown no running script and received no websocket frame for ``quiet`` s."""
    while time.perf_counter() < deadline:
        ok = page.evaluate("""(q) => { const a = document.querySelector('[data-testid="stApp"]');
          if (!a || a.getAttribute('data-test-script-state') !== 'notRunning') return false;
          const b = window.__bench, now = performance.timeOrigin + performance.now();
          const last = Math.max(0, ...b.recv.slice(-1).map(x => x[0]), ...b.state.slice(-1).map(x => x[0]));
          return now - last >= q * 1000; }""", quiet)
        if ok:
            return
        page.wait_for_timeout(50)


def wait_new_symbols(page, frame, deadline: float, grace: float = 1.5) -> int | None:
    """Symbol count once the iframe holds a new symbol set; None when the app has been idle
    ``grace`` s without one (streamlit-folium skips the redraw when the layers are unchanged)."""
    from playwright.sync_api import TimeoutError as PwTimeout

    idle_since = None
    while True:
        left = deadline - time.perf_counter()
        if left <= 0:
            raise PwTimeout("budget exhausted waiting for new symbols")
        try:
            return frame.wait_for_function(NEW_SYMBOLS_JS, polling="raf", timeout=min(250.0, left * 1000)).json_value()
        except PwTimeout:
            pass
        if page.evaluate(IDLE_JS):
            idle_since = idle_since or time.perf_counter()
            if time.perf_counter() - idle_since > grace:
                return None
        else:
            idle_since = None


def browse(port: int, n_moves: int, deadline: float) -> dict:
    """Open the Map view, then time ``n_moves`` slider moves (see the module docstring)."""
    from playwright.sync_api import TimeoutError as PwTimeout
    from playwright.sync_api import sync_playwright

    res: dict = {"moves": [], "first_paint": None, "error": None}

    def ms() -> float:  # timeout for the next wait, in ms
        return max(1000.0, (deadline - time.perf_counter()) * 1000)

    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        try:
            page = browser.new_page(viewport={"width": 1400, "height": 1000})
            page.add_init_script(INSTRUMENT_JS)
            t = time.perf_counter()
            page.goto(f"http://127.0.0.1:{port}/?view=Map", wait_until="domcontentloaded", timeout=ms())
            frame = frame_of(page, ms())
            frame.wait_for_function(NEW_SYMBOLS_JS, polling="raf", timeout=ms())
            frame.evaluate(PAINTED_JS)
            res["first_paint"] = time.perf_counter() - t
            wait_idle(page, deadline)
            thumbs = page.locator('[data-testid="stSlider"] [role="slider"]')
            if thumbs.count() == 0:
                thumbs = page.locator('[data-testid="stSlider"] input[type=range]')
            end_thumb = thumbs.nth(thumbs.count() - 1)
            for _ in range(n_moves):
                if time.perf_counter() > deadline:
                    res["error"] = "budget exhausted"
                    break
                frame = frame_of(page, ms())
                frame.evaluate(TAG_JS)
                before = page.evaluate(SUMMARY_JS)
                end_thumb.focus()
                mv = Move()
                t0 = time.perf_counter()
                page.keyboard.press("ArrowLeft")
                try:
                    page.wait_for_function(f"(prev) => {{ const t = ({SUMMARY_JS})(); return t && t !== prev; }}",
                                           arg=before, polling="raf", timeout=ms())
                    mv.summary = time.perf_counter() - t0
                    frame = frame_of(page, ms())
                    mv.symbols = wait_new_symbols(page, frame, deadline)
                    if mv.symbols is None:  # the script ended and the map was not redrawn
                        mv.shown = "map not redrawn (layers unchanged?)"
                        res["moves"].append(mv)
                        wait_idle(page, deadline)
                        continue
                    painted_ms = frame.evaluate(PAINTED_JS)
                    mv.total = time.perf_counter() - t0
                except PwTimeout:
                    res["error"] = "timed out waiting for the new map"
                    res["moves"].append(mv)
                    break
                mv.shown = (page.evaluate(SUMMARY_JS) or "").split("·")[0].strip()
                wait_idle(page, deadline)
                split_move(mv, page.evaluate("() => window.__bench"), painted_ms)
                res["moves"].append(mv)
            runs = page.evaluate("() => window.__bench.state.filter(x => x[1] === 'running').length")
            res["reruns"] = runs
        except PwTimeout as e:
            res["error"] = f"timed out: {str(e).splitlines()[0]}"
        finally:
            browser.close()
    return res


# --------------------------------------------------------------------------- main


def fmt(v, spec=".2f", none="-"):
    return none if v is None else format(v, spec)


def med(xs):
    xs = [x for x in xs if x is not None]
    return statistics.median(xs) if xs else None


def run_size(n: int, base: Path, work: Path, args, rng: random.Random) -> dict:
    row: dict = {"n": n, "load": os.getloadavg()[0]}
    out = work / f"n{n}"
    t = start = time.perf_counter()
    deadline = start + args.budget  # the whole size; the browser part gets 60 % of it
    info = synth_folder(base, out, n, rng)
    row["synth_s"] = time.perf_counter() - t
    row.update(info)
    port = free_port()
    log = work / f"streamlit-{n}.log"
    proc = start_server(out, port, log)
    browser_deadline = start + 0.6 * args.budget
    try:
        if not wait_health(port, proc, timeout=60):
            row["error"] = f"server not healthy (see {log})"
        else:
            row.update(browse(port, args.moves, browser_deadline))
        row["server_rss_mb"] = vm_hwm_mb(proc.pid)
    finally:
        stop_server(proc)
    row["browser_part_s"] = time.perf_counter() - start
    row["py"] = python_figures(out)
    if time.perf_counter() < deadline:
        first, reruns, prof = apptest_reruns(out, args.moves, deadline,
                                             30 if args.profile and n == max(args.sizes) else 0)
        row["apptest_first"], row["apptest"] = first, reruns
        if prof:
            print(f"\n--- cProfile of {args.moves} reruns of app.py (AppTest), N={n:,}: cumulative, top 30 ---")
            print(prof[:12000])
    row["total_s"] = time.perf_counter() - start
    row["bench_rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    if not args.keep:
        shutil.rmtree(out, ignore_errors=True)
    return row


def report(rows: list[dict], args) -> None:
    print()
    print(f"Slider move -> new map painted ({args.moves} ArrowLeft presses on the end thumb; headless Chromium; "
          f"{os.cpu_count()} CPUs shared by server and browser; tiles off)")
    hdr = (f"{'N':>8} | {'median s':>8} | {'max s':>6} | {'target s':>8} | {'payload B/event':>15} | "
           f"{'build-layers s':>14} | {'script rerun s':>14} | {'server peak MB':>14}")
    print(hdr)
    print("-" * len(hdr))
    for r in rows:
        totals = [m.total for m in r.get("moves", []) if m.total is not None]
        py = r["py"]
        tgt = TARGETS.get(r["n"])
        print(f"{r['n']:>8,} | {fmt(med(totals)):>8} | {fmt(max(totals, default=None)):>6} | "
              f"{fmt(tgt, '.1f') if tgt else '-':>8} | {py.html_bytes / r['n']:>15,.1f} | "
              f"{py.build_layers_s:>14.3f} | {fmt(med(r.get('apptest', []))):>14} | "
              f"{fmt(r.get('server_rss_mb'), ',.0f'):>14}")
    print("  build-layers = filters + base map + dynamic_layers + st_folium's rendering, full range, in this process;")
    print("  script rerun = median AppTest rerun of app.py after moving the end date (no browser, no websocket).")
    print()
    print("Split of a move, browser clocks (medians, s): request = key -> rerun request sent | "
          "python = request -> st_folium element (largest frame) received | browser = that -> painted | "
          "script = request -> script no longer running")
    for r in rows:
        ms = r.get("moves", [])
        wsb, mb = med([m.ws_bytes for m in ms]), med([m.map_bytes for m in ms])
        print(f"  N={r['n']:>7,}: request {fmt(med([m.request for m in ms]))} | python {fmt(med([m.to_map for m in ms]))}"
              f" | browser {fmt(med([m.browser for m in ms]))} | script {fmt(med([m.script for m in ms]))} | "
              f"summary text changed after {fmt(med([m.summary for m in ms]))} | map element {fmt(mb and mb / 1e6, '.2f')} MB, "
              f"websocket {fmt(wsb and wsb / 1e6, '.2f')} MB/move | first load {fmt(r.get('first_paint'))} s | "
              f"script runs {r.get('reruns', '-')}" + (f"  ERROR: {r['error']}" if r.get("error") else ""))
        for i, m in enumerate(ms):
            print(f"      move {i + 1}: {fmt(m.total)} s (browser clock {fmt(m.total_js)}) = request {fmt(m.request)} + "
                  f"python {fmt(m.to_map)} + browser {fmt(m.browser)}; script {fmt(m.script)}; "
                  f"{m.symbols} symbols; {m.shown}")
    print()
    print("Python stages in this process, full date range (s): load_dataset (first run only) | filters | "
          "group_events | base map + dynamic_layers (incl. group_events) | st_folium's rendering | "
          "whole map as one page | export files (on click, not per rerun) | AppTest first run; AppTest reruns")
    for r in rows:
        py = r["py"]
        print(f"  N={r['n']:>7,}: {py.load_s:.3f} | {py.filters_s:.3f} | {py.group_s:.3f} | {py.layers_s:.3f} | "
              f"{py.folium_s:.3f} | {py.render_s:.3f} | {py.exports_s:.3f} (events_geojson "
              f"{py.stages['events_geojson']:.3f}, acled_csv {py.stages['acled_csv']:.3f}) | "
              f"{fmt(r.get('apptest_first'))}; " + ", ".join(f"{x:.2f}" for x in r.get("apptest", [])))
    print()
    print("Payload: rendered map HTML (base + dynamic layers) | per event | feature-group JS that st_folium "
          "resends on every move | symbols drawn")
    for r in rows:
        py = r["py"]
        print(f"  N={r['n']:>7,}: {py.html_bytes / 1e6:.2f} MB | {py.html_bytes / r['n']:,.1f} B | "
              f"{py.fg_js_bytes / 1e6:.2f} MB | {py.symbols}  (events.geojson {r['events_bytes'] / 1e6:.1f} MB; "
              f"{r['places']} places with a point)")
    print()
    print("Memory and time: benchmark peak RSS (so far) | server peak RSS (VmHWM) | wall time of this size")
    for r in rows:
        print(f"  N={r['n']:>7,}: {r['bench_rss_mb']:,.0f} MB | {fmt(r.get('server_rss_mb'), ',.0f')} MB | "
              f"{r['total_s']:.0f} s (browser part {r['browser_part_s']:.0f} s; synthetic data {r['synth_s']:.1f} s, "
              f"of which the build's truce analysis {r['truces_s']:.1f} s); "
              f"1-min load average at the start {r['load']:.1f} on {os.cpu_count()} CPUs")


def main() -> None:
    import logging

    logging.getLogger("mapapp.exports").setLevel(logging.ERROR)  # "places outside Syria" for Nusaybin
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--sizes", default="1000,10000,100000", help="comma-separated event counts")
    ap.add_argument("--moves", type=int, default=5, help="slider moves per size")
    ap.add_argument("--budget", type=float, default=180.0, help="seconds per size (browser part: 60 %%)")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--keep", type=Path, help="write the synthetic folders here and keep them")
    ap.add_argument("--profile", action="store_true", help="cProfile the Python rerun work at the largest size")
    args = ap.parse_args()
    args.sizes = [int(s.replace("_", "")) for s in args.sizes.split(",") if s.strip()]
    work = args.keep or Path(tempfile.mkdtemp(prefix="qmapbench-"))
    work.mkdir(parents=True, exist_ok=True)
    rng = random.Random(args.seed)
    rows = []
    try:
        base = base_build(work)
        for n in args.sizes:
            print(f"N={n:,}: running...", flush=True)
            rows.append(run_size(n, base, work, args, rng))
    finally:
        if rows:
            report(rows, args)
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
