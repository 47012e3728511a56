"""The app's first-load data work at N synthetic events: opening a build and the Map's first queries.

Usage::

    python benchmarks/bench_first_load.py [--n 100000] [--runs 5] [--seed 1] [--out DIR]

Makes the synthetic output folder of ``bench_map.py`` (``events.parquet`` with N events
copied from the seed's, so with many truces up to 200k events; ``truces.json`` written as a
build writes it, its time printed), then in a fresh Python process per run times what the
app does before it draws its first page, in the app's order: ``load_dataset`` (the event
store opened: only the core columns read; places, zones, truces, articles), the Map's
queries (slider range, filter choices, counts, symbols with their popups' events, place
counts), and, for comparison, decoding the whole events frame (what the views still on
pandas read, once, when one of them is opened). Prints each run and the medians, wall and
CPU seconds (CPU is the steadier figure on a shared machine). A benchmark, not a test: it
asserts nothing. With ``--out`` the folder is kept (and reused when it holds N events).
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

_CHILD = """
import json, logging, sys, time
from pathlib import Path
logging.disable(logging.WARNING)
sys.path.insert(0, sys.argv[1])
w0, c0 = time.perf_counter(), time.process_time()
from mapapp import data, mapview
from mapapp.filters import Filters
wi, ci = time.perf_counter(), time.process_time()
ds = data.load_dataset(Path(sys.argv[2]))
w1, c1 = time.perf_counter(), time.process_time()
f = Filters(*ds.bounds)
ds.options
ds.store.counts(f)
groups = mapview.store_groups(ds.store, f, ds.truce_status, (), ds.with_further)
ds.store.place_counts(f)
w2, c2 = time.perf_counter(), time.process_time()
frame = ds.events if sys.argv[3] == "1" else None
w3, c3 = time.perf_counter(), time.process_time()
print(json.dumps({"import_wall": wi - w0, "load_wall": w1 - wi, "load_cpu": c1 - ci,
                  "queries_wall": w2 - w1, "queries_cpu": c2 - c1, "first_load_wall": w2 - wi,
                  "first_load_cpu": c2 - ci, "frame_wall": w3 - w2, "frame_cpu": c3 - c2,
                  "symbols": len(groups), "truces": len(ds.truces)}))
"""


def main() -> None:
    from benchmarks import bench_map

    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--n", type=int, default=100_000)
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--frame", action=argparse.BooleanOptionalAction, default=None,
                    help="also time decoding the whole events frame (default: up to 200k events)")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--out", type=Path, help="keep the synthetic folder here")
    args = ap.parse_args()
    work = args.out or Path(tempfile.mkdtemp(prefix="qmap-firstload-"))
    if args.frame is None:
        args.frame = args.n <= 200_000
    folder = work / f"n{args.n}"
    if not (folder / "events.parquet").exists():
        base = bench_map.base_build(work)
        info = bench_map.synth_folder(base, folder, args.n, random.Random(args.seed))
        print(f"N={args.n:,}: build-side truce analysis {info['truces_s']:.2f} s (wall)"
              + ("" if info["truces"] else " (none above 200k events)"))
    runs = []
    for _ in range(args.runs):
        r = subprocess.run([sys.executable, "-c", _CHILD, str(ROOT), str(folder), "1" if args.frame else "0"],
                           capture_output=True, text=True, check=True)
        runs.append(json.loads(r.stdout.strip().splitlines()[-1]))  # (the last line: a library may print)
        print("  " + ", ".join(f"{k} {v:.3f}" if isinstance(v, float) else f"{k} {v}" for k, v in runs[-1].items()))
    for key in ("import_wall", "load_wall", "load_cpu", "queries_wall", "queries_cpu", "first_load_wall",
                "first_load_cpu", "frame_wall", "frame_cpu"):
        print(f"median {key}: {statistics.median(r[key] for r in runs):.3f} s")
    print("first_load = load_dataset + the Map's first queries (after imports); frame = the whole events frame, "
          "decoded only when a view still on pandas is opened")


if __name__ == "__main__":
    main()
