"""Where the browser's main-thread time goes: first load and slider moves of the Map view, Chromium trace.

Usage::

    python benchmarks/profile_browser.py --out DIR [--moves 3] [--js] [--trace FILE] [--frames 30]

``DIR`` is a synthetic output folder made by ``bench_map.py --keep`` (e.g. ``--keep /tmp/b`` makes
``/tmp/b/n100000``). The script starts ``python -m mapapp.serve`` on it (tiles off), opens the Map
view in headless Chromium (the same flags as ``bench_map.py``) with a Chrome trace running
(``devtools.timeline`` categories, through CDP ``Tracing``), waits for the symbols, then moves the
date slider's end thumb ``--moves`` times, each in its own trace. For each phase it prints the
wall time and the renderer main thread's busy time split by trace event (script evaluation and
function calls, HTML parsing, style, layout, paint, garbage collection ...), self time only, and
with ``--js`` the heaviest JavaScript functions by script URL (CDP ``Profiler``, self time).
With ``--frames N`` it also measures what every frame of the page costs the main thread once the map
is drawn (N frames of a 10-px box moving in the page, traced), with the map's markers shown and then
hidden: a figure of CPU time, so it holds on a loaded machine where the wall times do not.
A profile, not a test: it asserts nothing.
"""

from __future__ import annotations

import argparse
import collections
import json
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.bench_map import (  # noqa: E402
    CHROMIUM,
    CHROMIUM_ARGS,
    INSTRUMENT_JS,
    NEW_SYMBOLS_JS,
    PAINTED_JS,
    SUMMARY_JS,
    TAG_JS,
    frame_of,
    free_port,
    proc_cpu,
    start_server,
    stop_server,
    wait_health,
    wait_idle,
)

CATEGORIES = ("devtools.timeline,blink.user_timing,loading,disabled-by-default-devtools.timeline,v8.execute,blink,"
              "disabled-by-default-devtools.timeline.frame")
#: Trace events whose self time is reported (the main thread's top-level work, nested).
KINDS = {"EvaluateScript", "v8.compile", "FunctionCall", "EventDispatch", "TimerFire", "FireAnimationFrame",
         "ParseHTML", "ParseAuthorStyleSheet", "UpdateLayoutTree", "Layout", "PrePaint", "Paint",
         "UpdateLayer", "Layerize", "UpdateLayerTree", "Commit", "MajorGC", "MinorGC", "V8.GC_SCAVENGER",
         "BlinkGC.AtomicPhase", "HitTest", "RunMicrotasks", "v8.run", "ResourceReceivedData",
         "XHRReadyStateChange", "ScheduleStyleRecalculation", "RunTask", "ThreadControllerImpl::RunTask",
         "HTMLDocumentParser::didReceiveParsedChunkFromBackgroundParser", "v8.callFunction",
         "V8.CompileCode", "V8.ParseProgram", "V8.ScriptCompiler", "V8.GCCompactor", "V8.GCScavenger",
         "V8.GC_MC_BACKGROUND_MARKING", "v8.parseOnBackground", "FrameStartedLoading",
         "WebSocketReceive", "PaintImage", "Decode Image", "DecodeImage", "RasterTask"}


def trace(page, cdp, fn):
    """Run ``fn`` with a Chrome trace; return (fn's value, trace events)."""
    events: list = []
    cdp.on("Tracing.dataCollected", lambda p: events.extend(p["value"]))
    done = []
    cdp.on("Tracing.tracingComplete", lambda p: done.append(1))
    cdp.send("Tracing.start", {"categories": CATEGORIES, "transferMode": "ReportEvents"})
    try:
        value = fn()
    finally:
        cdp.send("Tracing.end")
        t = time.monotonic()
        while not done and time.monotonic() - t < 30:
            page.wait_for_timeout(50)
    return value, events


def main_threads(events: list) -> set[tuple[int, int]]:
    """(pid, tid) of every renderer main thread (CrRendererMain)."""
    return {(e["pid"], e["tid"]) for e in events
            if e.get("ph") == "M" and e.get("name") == "thread_name" and e["args"].get("name") == "CrRendererMain"}


def self_times(events: list, threads: set) -> tuple[collections.Counter, float, float]:
    """Self thread-CPU time (ms) by event name of complete events on ``threads`` (wall when the trace has no
    thread clock); the top-level busy time (wall) and its thread CPU."""
    per: dict = collections.defaultdict(list)
    for e in events:
        if (e["pid"], e["tid"]) in threads and e.get("ph") == "X" and "dur" in e:
            per[(e["pid"], e["tid"])].append(e)
    selfs: collections.Counter = collections.Counter()
    busy = 0.0
    cpu = 0.0
    for evs in per.values():
        evs.sort(key=lambda e: (e["ts"], -e["dur"]))
        stack: list = []  # [end, name, child cpu, own cpu]
        for e in evs:
            own = e.get("tdur", e["dur"])
            while stack and stack[-1][0] <= e["ts"]:
                end, name, child, dur = stack.pop()
                selfs[name] += max(0, dur - child) / 1000
            if stack:
                stack[-1][2] += own
            else:
                busy += e["dur"] / 1000
                cpu += own / 1000
            stack.append([e["ts"] + e["dur"], e["name"], 0, own])
        while stack:
            end, name, child, dur = stack.pop()
            selfs[name] += max(0, dur - child) / 1000
    return selfs, busy, cpu


def report(label: str, wall: float, events: list, top: int = 14) -> None:
    threads = main_threads(events)
    selfs, busy, cpu = self_times(events, threads)
    print(f"\n{label}: wall {wall:.2f} s; renderer main thread busy {busy / 1000:.2f} s in top-level tasks, "
          f"of which CPU {cpu / 1000:.2f} s")
    for name, v in selfs.most_common(top):
        print(f"    {v:8.1f} ms  {name}")
    # script URLs evaluated
    by_url: collections.Counter = collections.Counter()
    for e in events:
        if (e["pid"], e["tid"]) in threads and e.get("ph") == "X" and e["name"] in ("EvaluateScript", "v8.compile"):
            url = (e.get("args", {}).get("data") or {}).get("url") or "?"
            by_url[url.rsplit("/", 1)[-1][:60] or "(inline)"] += e.get("dur", 0) / 1000
    if by_url:
        print("  scripts evaluated (total incl. children, ms):", ", ".join(f"{u} {v:.0f}" for u, v in by_url.most_common(6)))


MILESTONES_JS = """() => {
  const t0 = performance.timeOrigin, out = [], nav = performance.getEntriesByType('navigation')[0];
  out.push(['page responseEnd', nav.responseEnd], ['page DOMContentLoaded', nav.domContentLoadedEventEnd]);
  for (const r of performance.getEntriesByType('resource')) {
    if (r.duration > 30 || /\\.js|css|woff/.test(r.name)) out.push(['page res ' + r.name.split('/').pop().slice(0, 50)
      + ' ' + Math.round(r.transferSize / 1024) + 'kB', r.responseEnd]);
  }
  const b = window.__bench;
  if (b.sent.length) out.push(['ws first sent', b.sent[0][0] - t0]);
  if (b.recv.length) {
    out.push(['ws first recv', b.recv[0][0] - t0]);
    const big = b.recv.reduce((a, x) => x[1] > a[1] ? x : a);
    out.push(['ws largest recv ' + Math.round(big[1] / 1024) + 'kB', big[0] - t0]);
    out.push(['ws last recv (' + b.recv.length + ' frames)', b.recv[b.recv.length - 1][0] - t0]);
  }
  for (const s of b.state) out.push(['script ' + s[1], s[0] - t0]);
  const f = document.querySelector('iframe[title="streamlit_folium.st_folium"]');
  if (f) {
    const w = f.contentWindow, d = w.performance.timeOrigin - t0;
    const n2 = w.performance.getEntriesByType('navigation')[0];
    out.push(['iframe timeOrigin', d], ['iframe DOMContentLoaded', d + n2.domContentLoadedEventEnd],
             ['iframe load', d + n2.loadEventEnd]);
    for (const r of w.performance.getEntriesByType('resource')) {
      out.push(['iframe res ' + r.name.split('/').pop().slice(0, 50) + ' ' + Math.round(r.transferSize / 1024) + 'kB',
                d + r.responseEnd]);
    }
    for (const m of w.performance.getEntriesByType('mark')) out.push(['iframe mark ' + m.name, d + m.startTime]);
  }
  for (const m of performance.getEntriesByType('mark')) out.push(['page mark ' + m.name, m.startTime]);
  for (const p of performance.getEntriesByType('paint')) out.push(['page ' + p.name, p.startTime]);
  return out.sort((a, b) => a[1] - b[1]);
}"""


def milestones(page) -> None:
    print("  milestones (ms after the page's navigation start):")
    for name, t in page.evaluate(MILESTONES_JS):
        print(f"    {t:8.0f}  {name}")


def js_top(profile: dict, top: int = 25) -> None:
    nodes = {n["id"]: n for n in profile["nodes"]}
    samples, deltas = profile.get("samples", []), profile.get("timeDeltas", [])
    self_ms: collections.Counter = collections.Counter()
    by_url: collections.Counter = collections.Counter()
    for s, d in zip(samples, deltas[1:] + [0]):
        cf = nodes[s]["callFrame"]
        key = f"{cf['functionName'] or '(anon)'} {cf['url'].rsplit('/', 1)[-1][:40]}:{cf['lineNumber']}"
        self_ms[key] += d / 1000
        by_url[cf["url"].rsplit("/", 1)[-1][:50] or cf["functionName"]] += d / 1000
    print("  JS self time by script (ms):", ", ".join(f"{u or '?'} {v:.0f}" for u, v in by_url.most_common(10)))
    for k, v in self_ms.most_common(top):
        print(f"    {v:8.1f} ms  {k}")


FRAMES_JS = """async (n) => {
  const d = document.createElement('div');
  d.style.cssText = 'position:fixed;left:0;top:0;width:10px;height:10px;background:#c00';
  document.body.appendChild(d);
  for (let i = 0; i < n; i++) { d.style.left = (i % 50) + 'px'; await new Promise(r => requestAnimationFrame(r)); }
  d.remove();
}"""
HIDE_MARKERS_JS = """(hide) => {
  let s = document.getElementById('qprofile-hide');
  if (!s) { s = document.createElement('style'); s.id = 'qprofile-hide'; document.head.appendChild(s); }
  s.textContent = hide ? '.leaflet-marker-pane{display:none}' : '';
}"""


def frame_costs(page, cdp, frame, n: int) -> None:
    """Main-thread CPU of ``n`` page frames with the map's markers shown, then hidden (see the docstring)."""
    for label, hide in (("markers shown", False), ("markers hidden", True), ("markers shown", False)):
        frame.evaluate(HIDE_MARKERS_JS, hide)
        page.wait_for_timeout(300)
        _, events = trace(page, cdp, lambda: page.evaluate(FRAMES_JS, n))
        selfs, _, cpu = self_times(events, main_threads(events))
        print(f"  {n} frames, {label}: main-thread CPU {cpu / n:.1f} ms a frame "
              f"(PaintArtifactCompositor::Update {selfs['PaintArtifactCompositor::Update'] / n:.1f} ms)")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--out", type=Path, required=True, help="a folder from bench_map.py --keep (e.g. /tmp/b/n100000)")
    ap.add_argument("--moves", type=int, default=3)
    ap.add_argument("--js", action="store_true", help="also the JavaScript CPU profile (Profiler domain)")
    ap.add_argument("--frames", type=int, default=0, help="also the main thread's CPU per frame (N frames)")
    ap.add_argument("--trace", type=Path, help="write the first load's trace here (chrome://tracing JSON)")
    args = ap.parse_args()
    from playwright.sync_api import sync_playwright

    port = free_port()
    log = Path(os.environ.get("TMPDIR", "/tmp")) / f"profile-browser-{port}.log"
    proc = start_server(args.out, port, log, warm=True)
    print(f"load average at the start: {os.getloadavg()[0]:.2f}")
    try:
        if not wait_health(port, proc, timeout=90):
            raise SystemExit(f"server not healthy (see {log})")
        with sync_playwright() as pw:
            browser = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
            page = browser.new_page(viewport={"width": 1400, "height": 1000})
            page.add_init_script(INSTRUMENT_JS)
            cdp = page.context.new_cdp_session(page)
            if args.js:
                cdp.send("Profiler.enable")
                cdp.send("Profiler.setSamplingInterval", {"interval": 200})
            deadline = time.perf_counter() + 120

            def first():
                if args.js:
                    cdp.send("Profiler.start")
                c0 = proc_cpu(proc.pid)
                t = time.perf_counter()
                page.goto(f"http://127.0.0.1:{port}/?view=Map", wait_until="domcontentloaded")
                fr = frame_of(page, 60000)
                fr.wait_for_function(NEW_SYMBOLS_JS, polling="raf", timeout=60000)
                painted = fr.evaluate(PAINTED_JS) - page.evaluate("performance.timeOrigin")
                print(f"  symbols painted at {painted:.0f} ms after the page's navigation start")
                wall = time.perf_counter() - t
                wait_idle(page, deadline)
                return wall, proc_cpu(proc.pid) - c0

            (wall, cpu), events = trace(page, cdp, first)
            print(f"server CPU of the first load: {cpu:.2f} s")
            milestones(page)
            report("FIRST LOAD", wall, events)
            if args.trace:
                args.trace.write_text(json.dumps({"traceEvents": events}))
            if args.js:
                js_top(cdp.send("Profiler.stop")["profile"])
            if args.frames:
                print("\nPER FRAME once the map is drawn:")
                frame_costs(page, cdp, frame_of(page, 10000), args.frames)
            thumbs = page.locator('[data-testid="stSlider"] [role="slider"]')
            if thumbs.count() == 0:
                thumbs = page.locator('[data-testid="stSlider"] input[type=range]')
            end_thumb = thumbs.nth(thumbs.count() - 1)
            for i in range(args.moves):
                fr = frame_of(page, 10000)
                fr.evaluate(TAG_JS)
                before = page.evaluate(SUMMARY_JS)
                end_thumb.focus()

                def move(before=before):
                    if args.js:
                        cdp.send("Profiler.start")
                    t0 = time.perf_counter()
                    page.keyboard.press("ArrowLeft")
                    page.wait_for_function(f"(prev) => {{ const t = ({SUMMARY_JS})(); return t && t !== prev; }}",
                                           arg=before, polling="raf", timeout=30000)
                    f2 = frame_of(page, 10000)
                    f2.wait_for_function(NEW_SYMBOLS_JS, polling="raf", timeout=30000)
                    f2.evaluate(PAINTED_JS)
                    wall = time.perf_counter() - t0
                    wait_idle(page, deadline)
                    return wall

                wall, events = trace(page, cdp, move)
                if args.trace:
                    args.trace.with_name(f"{args.trace.stem}-move{i + 1}.json").write_text(json.dumps({"traceEvents": events}))
                report(f"MOVE {i + 1}", wall, events, top=10)
                if args.js:
                    js_top(cdp.send("Profiler.stop")["profile"], top=12)
            browser.close()
    finally:
        stop_server(proc)


if __name__ == "__main__":
    main()
