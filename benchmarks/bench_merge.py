"""Merging and writing the events of a large build: time and memory of the typed records.

Usage::

    python benchmarks/bench_merge.py [--articles 3000] [--runs 5] [--seed 1] [--keep DIR]

Generates ``--articles`` shuffled, re-dated copies of the seed (``bench_pipeline.make_corpus``),
builds them once (the articles' merge parts come from that build's cache file, as the build
reads them), then times the build's whole-build steps on them, ``--runs`` times: merging the
article, curated and ACLED events into records (``build._all_events``), and writing
``events.geojson`` and ``events.parquet`` from them. Prints the medians and the memory the merged records hold
(tracemalloc). Timings on a shared machine are noisy: run it twice and say so.
"""

from __future__ import annotations

import argparse
import gc
import random
import statistics
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.bench_pipeline import make_corpus  # noqa: E402
from pipeline import build as build_module  # noqa: E402
from pipeline.gazetteer import load_geo_dir  # noqa: E402
from pipeline.output import events_geojson, events_parquet, to_json_bytes  # noqa: E402
from pipeline.resultcache import CACHE_NAME, Records, ResultCache, decode  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--articles", type=int, default=3000)
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--keep", help="folder for the corpus and its build (default: a temporary one)")
    args = ap.parse_args()
    work = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="bench-merge-"))
    seeds, out = work / "seeds", work / "build"
    if not seeds.is_dir():
        seeds.mkdir(parents=True)
        make_corpus(seeds, args.articles, random.Random(args.seed))
    if not (out / CACHE_NAME).exists():
        build_module.build(seeds, ROOT / "geo", out, curated_dir=ROOT / "curated", progress=False)
    cache = ResultCache(out / CACHE_NAME)
    merges = [decode(cache.read(entry), entry)[0] for entry in cache.entries.values()]
    gaz = load_geo_dir(ROOT / "geo")

    def parts() -> list:
        compact = Records()
        return [part for merge in merges for part in build_module.merge_input(merge, compact)]

    merge_s, write_s = [], []
    events: list = []
    for _ in range(args.runs):
        events = []
        merge_input = parts()
        gc.collect()
        t0 = time.perf_counter()
        events, _, _ = build_module._all_events(merge_input, ROOT / "curated", gaz, build_module.BuildStats())
        t1 = time.perf_counter()
        geojson, parquet = to_json_bytes(events_geojson(events), compact=True), events_parquet(events)
        t2 = time.perf_counter()
        merge_s.append(t1 - t0)
        write_s.append(t2 - t1)
    n = len(events)
    events = []
    merge_input = parts()
    gc.collect()
    tracemalloc.start()
    events, _, _ = build_module._all_events(merge_input, ROOT / "curated", gaz, build_module.BuildStats())
    merge_input = []
    held, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    print(f"{len(merges)} articles, {n} merged events ({type(events[0]).__name__})")
    print(f"merge: median {statistics.median(merge_s):.3f} s (min {min(merge_s):.3f}) over {args.runs} runs")
    print(f"write events.geojson + events.parquet: median {statistics.median(write_s):.3f} s "
          f"(min {min(write_s):.3f}); {len(geojson):,} + {len(parquet):,} bytes")
    print(f"merged events held: {held / 2**20:.1f} MiB (peak while merging {peak / 2**20:.1f} MiB)")
    print(f"work folder: {work}")


if __name__ == "__main__":
    main()
