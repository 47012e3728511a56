"""Map responsiveness: first load and slider move -> new map painted, for 10k / 100k / 1M synthetic events.

Usage::

    python benchmarks/bench_map.py [--sizes 10000,100000,1000000] [--moves 5] [--budget 180]
                                   [--seed 1] [--keep DIR] [--profile] [--geojson] [--serve] [--no-python]

For each size N:

1. A synthetic output folder: a real build of ``seeds/`` (zones, places, manifest,
   errors, unresolved, articles) plus ``events.parquet`` with N events derived from the
   seed events, written column by column with Arrow (:func:`synth_folder`; no GeoJSON
   unless ``--geojson``): date uniform over 2021-04-01..2021-04-30, place drawn from the
   gazetteer places that have a point (lat/lon/precision/approximate/location from
   ``places.geojson``), fatalities 0-5, the seed's evidence sentences, unique ids; and
   up to 200k events ``truces.json``/``truces.csv`` with the events' ``truce_id``/``violates``,
   computed by :func:`pipeline.truces.truce_outputs` as a build would (its time is
   printed: it is build time, not load time; above 200k the folder has no truces).
2. ``streamlit run app.py`` on a free port with ``QMAP_OUT`` = that folder,
   ``QMAP_SKIP_BUILD=1``, ``QMAP_TILES=none`` (with ``--serve``: ``python -m mapapp.serve``, the
   same server warmed up before it listens). The server's CPU seconds (``/proc/<pid>/stat``) are
   read before the page is opened, once the first load is idle, and around each move. With
   ``--keep``, a folder made earlier (``bench_info.json``) is used again.
3. Headless Debian Chromium (Playwright) opens the Map view, waits for the symbols
   (``.qsym``) in the st_folium iframe, then presses ArrowLeft on the end thumb of the
   date slider ``--moves`` times. First load = page open to the symbols painted (a fresh
   server: the store opened, the first queries, the map sent and drawn). Each move is timed from the key press until the page
   summary ("X of N events ...") has changed AND the iframe holds a new set of symbols
   (the map's ``data-symbols-rev`` is read before the key press; done = symbols present and
   the revision raised: the layer has applied the new symbols to every marker and laid them
   out, :class:`mapapp.mapview.SymbolLayer`) AND two animation frames have passed (painted). A script
   injected before Streamlit's own records, on the browser's clock, the keydown, the
   websocket frames and the app's running/notRunning state, to split each move:
   key -> rerun request sent, request -> st_folium element received (the largest frame:
   the Python script up to ``st_folium`` plus transfer), element -> painted (the
   browser), and request -> script no longer running. Nothing is decoded in Python
   while a move is timed. The next move waits until the app has been idle 0.5 s.
4. (Unless ``--no-python``.) In this process: the Python time of what one rerun of the Map view computes
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
TARGETS = {10_000: 0.5, 100_000: 0.5}  # slider -> painted (issue 13: ≤ 0.5 s at 100k)
FIRST_LOAD_TARGETS = {100_000: 2.0, 1_000_000: 10.0}
SUMMARY_JS = """() => {
  for (const el of document.querySelectorAll('[data-testid="stMarkdownContainer"]')) {
    const t = el.innerText || '';
    if (/\\d+ of \\d+ events/.test(t)) return t;
  }
  return null;
}"""
# The map's symbols are updated in place (mapview.SymbolLayer): each new set of symbols, once every
# marker is updated and laid out, raises the map container's data-symbols-rev. A move is done when
# the revision is above the one read before the key press (and the symbols are there).
TAG_JS = """() => { const c = document.querySelector('.leaflet-container');
  window.__benchRev = +((c && c.getAttribute('data-symbols-rev')) || 0);
  return document.querySelectorAll('.qsym').length; }"""
NEW_SYMBOLS_JS = """() => {
  const c = document.querySelector('.leaflet-container');
  const rev = +((c && c.getAttribute('data-symbols-rev')) || 0);
  if (rev <= (window.__benchRev || 0)) return false;
  return document.querySelectorAll('.qsym').length || false;
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


#: Up to this many events the build's truce analysis runs on the synthetic events (above: too slow and
#: memory-hungry for a shared machine; the folder then has no truces, and says so).
TRUCES_UP_TO = 200_000
#: The event keys the truce analysis reads (:mod:`pipeline.truces`).
TRUCE_KEYS = ("event_id", "article_id", "event_date", "date_from", "date_to", "event_type", "sub_event_type",
              "actor1", "actor2", "actor1_id", "actor2_id", "mediator", "place_id", "location", "evidence",
              "origin", "merged_ids", "part_of_day", "time_from", "time_to", "duration_hours", "truce_end",
              "extends", "status", "truce_id", "violates")


def _wkb_point(lon: float, lat: float) -> bytes:
    import struct

    return struct.pack("<BIdd", 1, 1, lon, lat)


def synth_folder(base: Path, dest: Path, n: int, rng: random.Random, geojson: bool = False) -> dict:
    """``dest`` = ``base``'s small files + ``events.parquet`` with ``n`` synthetic events.

    The events are the base build's, copied round-robin (so the same columns and types as a
    build writes: the parquet is written directly, column by column, no GeoJSON at 1M), with
    a uniform day in April 2021 (each keeps its span), a gazetteer place with a point
    (id, names, point, precision, approximate), fatalities 0-5 and a unique id. Up to
    :data:`TRUCES_UP_TO` events, ``truces.json``/``.csv`` and each event's ``truce_id``/``violates``
    come from the build's truce analysis. ``geojson``: also write ``events.geojson`` (the
    old app's input; 226 MB at 100k).
    """
    import numpy as np
    import pyarrow as pa
    import pyarrow.parquet as pq

    dest.mkdir(parents=True, exist_ok=True)
    for name in COPY_FILES:
        shutil.copyfile(base / name, dest / name)
    seed_table = pq.read_table(base / "events.parquet")
    places = point_places(json.loads((base / "places.geojson").read_text(encoding="utf-8")))
    gen = np.random.default_rng(rng.randrange(2**32))
    k = seed_table.num_rows
    table = seed_table.take(pa.array(np.arange(n, dtype=np.int64) % k))
    p_idx = gen.integers(len(places), size=n)
    day0 = np.datetime64(DAY0.isoformat())
    start = gen.integers(DAYS, size=n)
    seed_from = np.array(seed_table["date_from"].to_pylist(), dtype="datetime64[D]")
    seed_to = np.array(seed_table["date_to"].to_pylist(), dtype="datetime64[D]")
    span = (seed_to - seed_from).astype(np.int64)[np.arange(n) % k]
    end = np.minimum(start + span, DAYS - 1)
    days = np.datetime_as_string(day0 + np.arange(DAYS), unit="D").astype(object)
    fat = gen.integers(0, 6, size=n)

    def strings(values) -> pa.Array:
        return pa.array(values, type=pa.large_string())

    def pick(key: str, typ) -> pa.Array:
        return pa.array([p[key] for p in places], type=typ).take(pa.array(p_idx))

    columns = {
        "event_id": strings([f"bench{n}-{i:06d}" for i in range(n)]),
        "event_date": strings(days[start]), "date_from": strings(days[start]), "date_to": strings(days[end]),
        "place_id": pick("place_id", pa.large_string()), "location": pick("name_en", pa.large_string()),
        "location_ar": pick("name_ar", pa.large_string()), "latitude": pick("lat", pa.float64()),
        "longitude": pick("lon", pa.float64()), "geo_precision": pick("geo_precision", pa.int64()),
        "approximate": pick("approximate", pa.bool_()), "fatalities": pa.array(fat, type=pa.int64()),
        "fatalities_text": strings(np.where(fat > 0, fat.astype(str), "").astype(object)),
        "geometry": pa.array([_wkb_point(p["lon"], p["lat"]) for p in places], type=pa.binary()).take(pa.array(p_idx)),
    }
    truces_s = 0.0
    from pipeline.truces import truce_outputs

    all_places = json.loads((base / "places.geojson").read_text(encoding="utf-8"))["features"]
    parents = {f["properties"]["place_id"]: f["properties"].get("parent") or "" for f in all_places}
    for name, col in columns.items():
        table = table.set_column(table.schema.get_field_index(name), table.schema.field(name), col)
    if n <= TRUCES_UP_TO:  # what a build of these events writes: the truces table, each event's truce_id/violates
        keys = [c for c in TRUCE_KEYS if c in table.column_names]
        events = table.select(keys).to_pylist()
        for e in events:
            e["merged_ids"] = json.loads(e["merged_ids"]) if isinstance(e.get("merged_ids"), str) else e.get("merged_ids")
            e["violates"] = [v for v in (e.get("violates") or "").split(";") if v]
        t = time.perf_counter()
        files = truce_outputs(events, parents)
        truces_s = time.perf_counter() - t
        table = table.set_column(table.schema.get_field_index("truce_id"), table.schema.field("truce_id"),
                                 strings([e.get("truce_id") or "" for e in events]))
        table = table.set_column(table.schema.get_field_index("violates"), table.schema.field("violates"),
                                 strings([";".join(e.get("violates") or []) for e in events]))
        del events
    else:
        files = truce_outputs([], parents)
    for name, data in files.items():
        (dest / name).write_bytes(data)
    pq.write_table(table, dest / "events.parquet", compression="snappy")
    info = {"places": len(places), "events_bytes": (dest / "events.parquet").stat().st_size, "truces_s": truces_s,
            "truces": n <= TRUCES_UP_TO}
    if geojson:
        from mapapp.store import EventStore

        frame = EventStore.open(dest / "events.parquet").frame().drop(columns=["day_from", "day_to"])
        feats = [{"type": "Feature", "id": r["event_id"],
                  "geometry": {"type": "Point", "coordinates": [r["longitude"], r["latitude"]]},
                  "properties": {k: (None if isinstance(v, float) and v != v else v) for k, v in r.items()}}
                 for r in frame.to_dict("records")]
        (dest / "events.geojson").write_bytes(orjson.dumps({"type": "FeatureCollection", "features": feats}))
    return info


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


def python_figures(out: Path, with_exports: bool = True) -> PyFigures:
    """What one rerun of the Map view computes, stage by stage, here (full date range); ``with_exports``:
    also time the two event export files (minutes and gigabytes at 1M events: skipped there)."""
    import streamlit  # noqa: F401

    quiet_bare_mode_warning()
    import folium
    import streamlit_folium as sf

    from mapapp import data, exports, mapview
    from mapapp.filters import Filters

    # streamlit_folium's helpers run here outside a Streamlit session: a harmless warning each
    quiet_bare_mode_warning()
    fig = PyFigures()
    t = time.perf_counter()
    ds = data.load_dataset(out)
    fig.load_s = time.perf_counter() - t
    tiles = mapview.TileSetting.parse("none")

    t = time.perf_counter()  # as app._filters and view_map's summary do on every rerun: queries
    lo, hi = ds.bounds
    ds.options  # noqa: B018 (cached per build, as in the app)
    f = Filters(lo, hi)
    ds.store.counts(f)
    counts = ds.store.place_counts(f)
    fig.filters_s = time.perf_counter() - t
    t = time.perf_counter()
    groups = mapview.store_groups(ds.store, f, ds.truce_status, (), ds.with_further)
    fig.group_s = time.perf_counter() - t
    fig.symbols = len(groups)
    # app.view_map: the base map, the dynamic layers ...
    t = time.perf_counter()
    base = mapview.base_map(tiles, ds.places, ds.border)
    mapview.Legend(mapview.legend_html()).add_to(base)
    layers = mapview.dynamic_layers(None, ds.zones, ds.places, f.as_of, groups=groups, place_counts=counts)
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
    for layer in mapview.dynamic_layers(None, ds.zones, ds.places, f.as_of, groups=groups, place_counts=counts):
        layer.add_to(m)
    folium.LayerControl(collapsed=True).add_to(m)
    fig.html_bytes = len(m.get_root().render().encode("utf-8"))
    fig.render_s = time.perf_counter() - t
    # the two export buttons' files (above 5,000 events shown: made when "Prepare" is pressed)
    fig.stages.update(shown_frame=0.0, events_geojson=0.0, acled_csv=0.0)
    if not with_exports:
        return fig
    t = time.perf_counter()
    shown = ds.store.shown(f)
    fig.stages["shown_frame"] = time.perf_counter() - t
    t = time.perf_counter()
    exports.events_geojson(shown)
    fig.stages["events_geojson"] = time.perf_counter() - t
    t = time.perf_counter()
    exports.acled_csv(shown, places=ds.places)
    fig.stages["acled_csv"] = time.perf_counter() - t
    fig.exports_s = fig.stages["shown_frame"] + fig.stages["events_geojson"] + fig.stages["acled_csv"]
    return fig


# --------------------------------------------------------------------------- server


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_server(out: Path, port: int, log: Path, warm: bool = False) -> subprocess.Popen:
    """``streamlit run app.py`` on ``out`` (or, with ``warm``, ``python -m mapapp.serve``: the same server,
    warmed up before it listens)."""
    env = dict(os.environ, QMAP_OUT=str(out), QMAP_SKIP_BUILD="1", QMAP_TILES="none")
    opts = ["--server.port", str(port), "--server.headless", "true", "--browser.gatherUsageStats", "false"]
    cmd = [sys.executable, "-m", "mapapp.serve", *opts] if warm else \
        [sys.executable, "-m", "streamlit", "run", "app.py", *opts]
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


def proc_cpu(pid: int) -> float | None:
    """CPU seconds (user + system, all threads) the process ``pid`` has used so far (``/proc/<pid>/stat``)."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return None
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


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
    server_cpu: float | None = None  # the server process's CPU seconds (user + system) from key press to idle


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
        # the symbols arrive deflated and are drawn once the browser has inflated them (mapview.SymbolLayer)
        if page.evaluate(IDLE_JS) and not frame.evaluate("() => window.qsymPending > 0"):
            idle_since = idle_since or time.perf_counter()
            if time.perf_counter() - idle_since > grace:
                return None
        else:
            idle_since = None


def browse(port: int, n_moves: int, deadline: float, server_pid: int | None = None) -> dict:
    """Open the Map view, then time ``n_moves`` slider moves (see the module docstring); with
    ``server_pid``, also the server's CPU seconds for the first load and for each move."""
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
            cpu0 = proc_cpu(server_pid) if server_pid else None
            t = time.perf_counter()
            page.goto(f"http://127.0.0.1:{port}/?view=Map", wait_until="domcontentloaded", timeout=ms())
            frame = frame_of(page, ms())
            frame.wait_for_function(NEW_SYMBOLS_JS, polling="raf", timeout=ms())
            frame.evaluate(PAINTED_JS)
            res["first_paint"] = time.perf_counter() - t
            wait_idle(page, deadline)
            if cpu0 is not None:
                res["first_server_cpu"] = proc_cpu(server_pid) - cpu0
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
                cpu0 = proc_cpu(server_pid) if server_pid else None
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
                if cpu0 is not None:
                    mv.server_cpu = proc_cpu(server_pid) - cpu0
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
    info_file = out / "bench_info.json"
    if args.keep and info_file.exists():  # kept from an earlier run with --keep (same seed and size)
        info = json.loads(info_file.read_text())
    else:
        info = synth_folder(base, out, n, rng, geojson=args.geojson)
        info_file.write_text(json.dumps(info))
    row["synth_s"] = time.perf_counter() - t
    row.update(info)
    port = free_port()
    log = work / f"streamlit-{n}.log"
    t_server = time.perf_counter()
    proc = start_server(out, port, log, warm=args.serve)
    browser_deadline = start + 0.6 * args.budget
    try:
        if not wait_health(port, proc, timeout=60):
            row["error"] = f"server not healthy (see {log})"
        else:
            row["ready_s"] = time.perf_counter() - t_server
            row.update(browse(port, args.moves, browser_deadline, proc.pid))
        row["server_rss_mb"] = vm_hwm_mb(proc.pid)
    finally:
        stop_server(proc)
    row["browser_part_s"] = time.perf_counter() - start
    row["py"] = python_figures(out, with_exports=n <= 100_000) if args.python else None
    if args.python and time.perf_counter() < deadline:
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
    hdr = (f"{'N':>9} | {'first load s':>12} | {'median s':>8} | {'max s':>6} | {'target s':>8} | "
           f"{'payload MB/move':>15} | {'build-layers s':>14} | {'script rerun s':>14} | {'server peak MB':>14}")
    print(hdr)
    print("-" * len(hdr))
    for r in rows:
        totals = [m.total for m in r.get("moves", []) if m.total is not None]
        py = r["py"]
        tgt = TARGETS.get(r["n"])
        layers_s = f"{py.build_layers_s:>14.3f}" if py else f"{'-':>14}"
        ws = med([m.ws_bytes for m in r.get("moves", [])])
        print(f"{r['n']:>9,} | {fmt(r.get('first_paint')):>12} | {fmt(med(totals)):>8} | "
              f"{fmt(max(totals, default=None)):>6} | {fmt(tgt, '.1f') if tgt else '-':>8} | "
              f"{fmt(ws and ws / 1e6, '.2f'):>15} | "
              f"{layers_s} | {fmt(med(r.get('apptest', []))):>14} | "
              f"{fmt(r.get('server_rss_mb'), ',.0f'):>14}")
    print("  first load = page open -> symbols painted (fresh server; targets: "
          + ", ".join(f"≤ {v:g} s at {k:,}" for k, v in FIRST_LOAD_TARGETS.items()) + ");")
    print("  payload = websocket bytes received per move (median);")
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
        print(f"  N={r['n']:>7,}: server CPU (/proc, user+system): first load {fmt(r.get('first_server_cpu'))} s, "
              f"per move median {fmt(med([m.server_cpu for m in ms]))} s; server started "
              + ("with python -m mapapp.serve" if args.serve else "with streamlit run app.py")
              + f", healthy after {fmt(r.get('ready_s'))} s")
        for i, m in enumerate(ms):
            print(f"      move {i + 1}: {fmt(m.total)} s (browser clock {fmt(m.total_js)}) = request {fmt(m.request)} + "
                  f"python {fmt(m.to_map)} + browser {fmt(m.browser)}; script {fmt(m.script)}; "
                  f"server CPU {fmt(m.server_cpu)} s; "
                  f"{m.symbols} symbols; {m.shown}")
    print()
    print("Python stages in this process, full date range (s): load_dataset (first run only) | queries "
          "(bounds, options, counts) | symbols (store_groups) | base map + dynamic_layers | st_folium's rendering | "
          "whole map as one page | export files (on 'Prepare', not per rerun) | AppTest first run; AppTest reruns")
    for r in (r for r in rows if r["py"]):
        py = r["py"]
        print(f"  N={r['n']:>7,}: {py.load_s:.3f} | {py.filters_s:.3f} | {py.group_s:.3f} | {py.layers_s:.3f} | "
              f"{py.folium_s:.3f} | {py.render_s:.3f} | {py.exports_s:.3f} (shown frame "
              f"{py.stages.get('shown_frame', 0):.3f}, events_geojson "
              f"{py.stages['events_geojson']:.3f}, acled_csv {py.stages['acled_csv']:.3f}) | "
              f"{fmt(r.get('apptest_first'))}; " + ", ".join(f"{x:.2f}" for x in r.get("apptest", [])))
    print()
    print("Payload: rendered map HTML (base + dynamic layers) | per event | feature-group JS that st_folium "
          "resends on every move | symbols drawn")
    for r in (r for r in rows if r["py"]):
        py = r["py"]
        print(f"  N={r['n']:>7,}: {py.html_bytes / 1e6:.2f} MB | {py.html_bytes / r['n']:,.1f} B | "
              f"{py.fg_js_bytes / 1e6:.2f} MB | {py.symbols}  (events.parquet {r['events_bytes'] / 1e6:.1f} MB; "
              f"{r['places']} places with a point)")
    print()
    print("Memory and time: benchmark peak RSS (so far) | server peak RSS (VmHWM) | wall time of this size")
    for r in rows:
        print(f"  N={r['n']:>7,}: {r['bench_rss_mb']:,.0f} MB | {fmt(r.get('server_rss_mb'), ',.0f')} MB | "
              f"{r['total_s']:.0f} s (browser part {r['browser_part_s']:.0f} s; synthetic data {r['synth_s']:.1f} s, "
              f"of which the build's truce analysis {r['truces_s']:.1f} s"
              + ("" if r.get("truces", True) else ", no truces above 200k events") + "); "
              f"1-min load average at the start {r['load']:.1f} on {os.cpu_count()} CPUs")


def main() -> None:
    import logging

    logging.getLogger("mapapp.exports").setLevel(logging.ERROR)  # "places outside Syria" for Nusaybin
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--sizes", default="10000,100000", help="comma-separated event counts (1000000 works: ~1 GB)")
    ap.add_argument("--moves", type=int, default=5, help="slider moves per size")
    ap.add_argument("--budget", type=float, default=180.0, help="seconds per size (browser part: 60 %%)")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--keep", type=Path, help="write the synthetic folders here and keep them")
    ap.add_argument("--profile", action="store_true", help="cProfile the Python rerun work at the largest size")
    ap.add_argument("--geojson", action="store_true", help="also write events.geojson (not read by the app)")
    ap.add_argument("--python", action=argparse.BooleanOptionalAction, default=True,
                    help="also time the Python stages in this process and AppTest reruns (--no-python: the browser part only)")
    ap.add_argument("--serve", action="store_true",
                    help="start the server with python -m mapapp.serve (warmed up) instead of streamlit run app.py")
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
