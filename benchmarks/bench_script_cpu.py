"""Server CPU of the Map view: the first run of ``app.py`` and each slider move, in CPU seconds.

Usage::

    python benchmarks/bench_script_cpu.py [--n 100000] [--moves 6] [--repeat 3] [--profile] [--out DIR]
                                          [--sessions 1]

Wall times on a shared machine say little (other work takes the cores); the CPU time of the
script thread is what the server spends for a session, whatever the load. In a fresh Python
process per repeat (``bench_map.py``'s synthetic folder of ``--n`` events, made once and
kept with ``--out``), :class:`streamlit.testing.v1.AppTest` runs ``app.py`` on the Map view,
then moves the slider's end back one day ``--moves`` times. Printed per repeat, then the
medians over repeats:

- ``import``: CPU of importing what ``app.py`` imports before its first line runs (streamlit,
  pandas, folium, streamlit-folium, the ``mapapp`` modules), measured in the child before
  AppTest starts, as a server would pay on its first session;
- ``warm-up`` (with ``--warm``): CPU of what ``python -m mapapp.serve`` does before the server
  listens (:func:`mapapp.serve.import_app_modules`, :func:`mapapp.serve.warm`);
- ``first``: CPU of the first run (the build opened, the first queries, the map): the script
  thread's, then the whole process's (DuckDB's worker threads included) as ``thread/process``;
- ``move``: median CPU per slider move, ``thread/process``, with the process's fastest and slowest.
  ``--sessions S`` runs S AppTest sessions one after the other on each move (as S analysts at
  the same dates, sharing the server's caches) and prints each session's CPU of that move.

AppTest compiles ``app.py`` anew on every run (its script cache is made per run; a server
keeps one); the child shares one script cache across runs so a move's figure is a server's.
``--profile`` prints the cProfile (cumulative) of the moves of the first repeat (of the last
session's moves when there are several: what a session at dates another has drawn costs).
A benchmark, not a test: it asserts nothing.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

_CHILD = r"""
import cProfile, datetime as dt, io, json, logging, os, pstats, sys, threading, time
root, out, moves, sessions, profile, warm = (sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4]),
                                             sys.argv[5] == "1", sys.argv[6] == "1")
sys.path.insert(0, root)
os.environ.update({"QMAP_OUT": out, "QMAP_SKIP_BUILD": "1", "QMAP_TILES": "none"})
logging.disable(logging.WARNING)
c0 = time.process_time()
import streamlit, pandas, folium, streamlit_folium  # what app.py imports first
import app_imports_probe  # noqa: placeholder replaced below
"""

_CHILD_BODY = r"""
c1 = time.process_time()
warm_cpu = None
if warm:  # what python -m mapapp.serve does before the server listens
    from mapapp import serve
    serve.import_app_modules()
    serve.warm()
    warm_cpu = time.process_time() - c1
from streamlit.runtime.scriptrunner import script_cache
from streamlit.testing.v1 import AppTest

_shared = {}
_orig_get = script_cache.ScriptCache.get_bytecode
def _get(self, path):  # one script cache for every run, as a server keeps
    code = _shared.get(path)
    if code is None:
        code = _shared[path] = _orig_get(self, path)
    return code
script_cache.ScriptCache.get_bytecode = _get

cpu = {}
prof = cProfile.Profile() if profile else None
profiling = [False]
orig_run = threading.Thread.run
def run(self):
    t = time.thread_time()
    on = prof is not None and profiling[0]
    if on:
        prof.enable()
    try:
        orig_run(self)
    finally:
        if on:
            prof.disable()
        cpu[self.name] = time.thread_time() - t
threading.Thread.run = run

def script_cpu():
    vals = [v for k, v in cpu.items()]
    cpu.clear()
    return sum(vals)

os.chdir(root)
ats = [AppTest.from_file(os.path.join(root, "app.py"), default_timeout=600) for _ in range(sessions)]
firsts, walls, pfirst = [], [], []
for at in ats:
    at.query_params["view"] = "Map"
    w, c = time.perf_counter(), time.process_time()
    at.run()
    walls.append(time.perf_counter() - w)
    pfirst.append(time.process_time() - c)
    firsts.append(script_cpu())
    assert not at.exception, at.exception
profiling[0] = True
per_move, pmoves = [], []
for _ in range(moves):
    this, pthis = [], []
    for j, at in enumerate(ats):
        profiling[0] = j == len(ats) - 1  # the last session's moves (a shared cache's hits when sessions > 1)
        s = at.slider(key="dates")
        lo, hi = s.value
        s.set_value((lo, hi - dt.timedelta(days=1)))
        c = time.process_time()
        at.run()
        pthis.append(time.process_time() - c)
        this.append(script_cpu())
    per_move.append(this)
    pmoves.append(pthis)
text = ""
if prof is not None:
    buf = io.StringIO()
    pstats.Stats(prof, stream=buf).sort_stats("cumulative").print_stats(45)
    text = buf.getvalue()
print(json.dumps({"import": c1 - c0, "warm": warm_cpu, "first": firsts, "pfirst": pfirst, "first_wall": walls, "moves": per_move,
                  "pmoves": pmoves, "profile": text}))
"""


def child_source() -> str:
    """The child's code: the imports ``app.py`` makes at its top, then the runs."""
    head = []
    for line in (ROOT / "app.py").read_text(encoding="utf-8").splitlines():
        if line.startswith(("ROOT", "st.set_page_config")):
            break
        if not line.startswith("from __future__"):
            head.append(line)
    imports = "\n".join(head)
    return _CHILD.replace("import app_imports_probe  # noqa: placeholder replaced below", imports) + _CHILD_BODY


def main() -> None:
    from benchmarks import bench_map

    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--n", type=int, default=100_000)
    ap.add_argument("--moves", type=int, default=6)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--sessions", type=int, default=1)
    ap.add_argument("--profile", action="store_true")
    ap.add_argument("--warm", action="store_true", help="warm up as python -m mapapp.serve does before the first run")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--out", type=Path, help="keep the synthetic folder here (reused)")
    args = ap.parse_args()
    work = args.out or Path(tempfile.mkdtemp(prefix="qmap-cpu-"))
    folder = work / f"n{args.n}"
    if not (folder / "events.parquet").exists():
        base = bench_map.base_build(work)
        bench_map.synth_folder(base, folder, args.n, random.Random(args.seed))
    src = child_source()
    imports, firsts, moves, pfirsts, pmoves = [], [], [], [], []
    for i in range(args.repeat):
        load = os.getloadavg()[0]
        res = subprocess.run([sys.executable, "-c", src, str(ROOT), str(folder), str(args.moves), str(args.sessions),
                              "1" if args.profile and i == 0 else "0", "1" if args.warm else "0"], capture_output=True, text=True, check=False)
        if res.returncode:
            print(res.stderr[-3000:])
            raise SystemExit(res.returncode)
        r = json.loads(res.stdout.strip().splitlines()[-1])
        if r["profile"]:
            print(r["profile"])
        flat = [c for m in r["moves"] for c in m]
        pflat = [c for m in r["pmoves"] for c in m]
        imports.append(r["import"])
        firsts.append(r["first"][0])
        pfirsts.append(r["pfirst"][0])
        moves.append(statistics.median(flat))
        pmoves.append(statistics.median(pflat))
        print(f"repeat {i + 1} (load {load:.1f} → {os.getloadavg()[0]:.1f}): import {r['import']:.3f} s CPU | "
              + (f"warm-up (mapapp.serve) {r['warm']:.3f} s CPU | " if r["warm"] is not None else "") + "first run "
              + ", ".join(f"{c:.3f}/{p:.3f}" for c, p in zip(r["first"], r["pfirst"])) + " s CPU (wall "
              + ", ".join(f"{w:.2f}" for w in r["first_wall"])
              + f") | move median {statistics.median(flat):.3f}/{statistics.median(pflat):.3f} s CPU "
              f"(min {min(pflat):.3f}, max {max(pflat):.3f})"
              + ("" if args.sessions == 1 else " | process CPU per move, each session: "
                 + "; ".join(",".join(f"{c:.2f}" for c in m) for m in r["pmoves"])))
    print(f"N={args.n:,}: medians of {args.repeat}: import {statistics.median(imports):.3f} s CPU, first run "
          f"{statistics.median(firsts):.3f}/{statistics.median(pfirsts):.3f} s CPU, slider move "
          f"{statistics.median(moves):.3f}/{statistics.median(pmoves):.3f} s CPU "
          f"(script thread/whole process; {args.moves} moves × {args.sessions} session(s) a repeat)")


if __name__ == "__main__":
    main()
