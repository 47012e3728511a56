"""The app's first-load data work at N synthetic events: reading a build and its truce table.

Usage::

    python benchmarks/bench_first_load.py [--n 10000] [--runs 5] [--seed 1] [--out DIR]

Makes the synthetic output folder of ``bench_map.py`` (N events copied from the seed's, so
with many truces; ``truces.json`` written as a build writes it, its time printed), then in a
fresh Python process per run times what the app does before drawing its first page:
``load_dataset``, the truce table and ``with_truce_status``. Prints each run and the medians,
wall and CPU seconds (CPU is the steadier figure on a shared machine). A benchmark, not a
test: it asserts nothing.
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
from mapapp import data
w0, c0 = time.perf_counter(), time.process_time()
ds = data.load_dataset(Path(sys.argv[2]))
w1, c1 = time.perf_counter(), time.process_time()
truces = ds.truces
ds.with_truce_status(ds.events)
w2, c2 = time.perf_counter(), time.process_time()
print(json.dumps({"load_wall": w1 - w0, "load_cpu": c1 - c0, "truces_wall": w2 - w1, "truces_cpu": c2 - c1,
                  "truces": len(truces)}))
"""


def main() -> None:
    from benchmarks import bench_map

    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--n", type=int, default=10_000)
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--out", type=Path, help="keep the synthetic folder here")
    args = ap.parse_args()
    work = args.out or Path(tempfile.mkdtemp(prefix="qmap-firstload-"))
    base = bench_map.base_build(work)
    info = bench_map.synth_folder(base, work / f"n{args.n}", args.n, random.Random(args.seed))
    print(f"N={args.n:,}: build-side truce analysis {info['truces_s']:.2f} s (wall)")
    runs = []
    for _ in range(args.runs):
        r = subprocess.run([sys.executable, "-c", _CHILD, str(ROOT), str(work / f"n{args.n}")],
                           capture_output=True, text=True, check=True)
        runs.append(json.loads(r.stdout))
        print("  " + ", ".join(f"{k} {v:.3f}" if isinstance(v, float) else f"{k} {v}" for k, v in runs[-1].items()))
    for key in ("load_wall", "load_cpu", "truces_wall", "truces_cpu"):
        print(f"median {key}: {statistics.median(r[key] for r in runs):.3f} s")


if __name__ == "__main__":
    main()
