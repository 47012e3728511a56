"""Pipeline throughput: cold builds of a synthetic corpus with --jobs 1 and 2, and the one-core detail.

Usage::

    python benchmarks/bench_pipeline.py [--articles 5000 20000] [--jobs 1 2] [--engine local|dask] [--repeat 1]
    python benchmarks/bench_pipeline.py --one-core [--articles 5000] [--profile]
    [--seed 1] [--keep DIR]

The corpus: N copies of the seed article, each with its body sentences shuffled and a
different publication date (2019-2024), so every article is distinct text with distinct
resolved dates.

Every build runs in a fresh process with the environment ``python -m pipeline build`` sets
(:data:`pipeline.cli.BUILD_ENVIRONMENT`: Arrow's allocator).

Default: for each corpus size and each ``--jobs`` value, a cold build (nothing cached,
``build(..., force=True, jobs=N)``, no curated events) in a fresh process; prints wall time,
articles per second, the build process's peak memory (max RSS) and the largest worker's,
the CPU seconds of the build and its workers (less sensitive to other work than wall time),
and the load average before and after (the figures are only comparable on a quiet machine).

``--one-core``: pinned to one CPU (``os.sched_setaffinity``), prints articles per second
for a cold build, a warm build (everything cached) and the analysis stages alone (no I/O),
what the rest of a cold build costs an article, the ceiling of a build that would write
nothing (reading and analysis alone), plus peak memory; with ``--profile``, the 25 costliest
functions of the analysis stages (cProfile, cumulative).

``--memory 5000 20000``: only the peak memory (max RSS) of a cold and a warm build of each
size, each build in its own process (``--memory-jobs 1 2``: per --jobs value).

``--phases``: one cold build of each ``--articles`` size with each ``--jobs`` value, in a fresh
process, with where the build process (the one that reads, merges and writes while the
workers analyse) spends its time: per phase its wall and CPU seconds and its memory (RSS,
sampled every 20 ms) at the end and at its highest; with ``--profile``, that process's 30
costliest functions (cProfile, own time: it slows the process, so the wall figures then are
not the build's); with ``--trace``, per phase the Python heap of that process at its end and at
its highest, and the lines whose allocations it holds most (tracemalloc: slower too).
This is a benchmark, not a test: it asserts nothing.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import random
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pipeline.articles import load_article  # noqa: E402
from pipeline.build import build  # noqa: E402
from pipeline.cli import BUILD_ENVIRONMENT  # noqa: E402
from pipeline.core import Pipeline  # noqa: E402

#: Each child build's environment: the one ``python -m pipeline build`` sets for itself.
CHILD_ENV = {**os.environ, **BUILD_ENVIRONMENT}

SEED = ROOT / "seeds" / "000_35a237ec7240c52b.txt"
META = """title = "synthetic {i}"
source = "Shafaq News"
language = "ar"
published = {date}
published_basis = "synthetic benchmark article"
"""


def make_corpus(folder: Path, n: int, rng: random.Random) -> None:
    """Write ``n`` shuffled, re-dated copies of the seed into ``folder``."""
    lines = SEED.read_text(encoding="utf-8").split("\n")
    title, body = lines[0], [ln for ln in lines[1:] if ln.strip()]
    start = dt.date(2019, 1, 1)
    for i in range(n):
        order = body[:]
        rng.shuffle(order)
        date = start + dt.timedelta(days=rng.randrange(6 * 365))
        (folder / f"bench_{i:05d}.txt").write_text("\n".join([title, *order]) + "\n", encoding="utf-8")
        (folder / f"bench_{i:05d}.toml").write_text(META.format(i=i, date=date.isoformat()), encoding="utf-8")


def _cold_build_child(seeds: str, out: str, jobs: int, engine: str) -> None:
    """In a fresh process: one cold build; prints a JSON line (seconds, counts, peak memory)."""
    t = time.perf_counter()
    stats = build(seeds, ROOT / "geo", out, force=True, progress=False, jobs=jobs, engine=engine)
    seconds = time.perf_counter() - t
    print(json.dumps({"seconds": seconds, "processed": stats.processed, "events": stats.events,
                      "failed": stats.failed,
                      "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
                      "worker_peak_mb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024,
                      "cpu_s": sum(u.ru_utime + u.ru_stime for u in (resource.getrusage(resource.RUSAGE_SELF),
                                                                     resource.getrusage(resource.RUSAGE_CHILDREN)))}))


def cold_builds(sizes: list[int], jobs: list[int], engine: str, repeat: int, seed: int, keep: Path | None) -> None:
    """The default mode: cold builds of each corpus size with each ``--jobs`` value (fresh processes)."""
    work = keep or Path(tempfile.mkdtemp(prefix="qbench-"))
    print(f"cold builds (nothing cached, no curated events), engine {engine}, {os.cpu_count()} CPUs; "
          f"load average before: {os.getloadavg()[0]:.1f}")
    try:
        for n in sizes:
            seeds, out = work / f"seeds_{n}", work / f"build_{n}"
            if not seeds.is_dir():
                seeds.mkdir(parents=True)
                make_corpus(seeds, n, random.Random(seed))
            for j in jobs:
                runs = []
                for _ in range(repeat):
                    load = os.getloadavg()[0]
                    done = subprocess.run([sys.executable, __file__, "--child", str(seeds), str(out), str(j), engine],
                                          capture_output=True, text=True, check=True, env=CHILD_ENV)
                    runs.append((json.loads(done.stdout.strip().splitlines()[-1]), load, os.getloadavg()[0]))
                runs.sort(key=lambda r: r[0]["seconds"])
                r, before, after = runs[len(runs) // 2]  # the median run
                rates = ", ".join(f"{n / x[0]['seconds']:,.0f}" for x in runs)
                spread = f" (runs: {rates} articles/s)" if repeat > 1 else ""
                print(f"{n:,} articles, --jobs {j}: {r['seconds']:.1f} s = {n / r['seconds']:,.0f} articles/s{spread}; "
                      f"peak memory {r['peak_mb']:,.0f} MB (build process), {r['worker_peak_mb']:,.0f} MB (largest "
                      f"worker); CPU {r['cpu_s']:.1f} s (build and workers, imports included: "
                      f"{r['cpu_s'] / n * 1e3:.2f} ms an article); {r['processed']:,} processed, {r['events']:,} events; load average "
                      f"{before:.1f} → {after:.1f}", flush=True)
    finally:
        if not keep:
            shutil.rmtree(work)


#: One build in a fresh process, printing its own peak memory (and its workers' when it has any).
_MEMORY_CHILD = """
import resource, sys
from pipeline.build import build
seeds, out, force, jobs = sys.argv[1], sys.argv[2], sys.argv[3] == "1", int(sys.argv[4])
st = build(seeds, sys.argv[5], out, force=force, progress=False, jobs=jobs)
print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss,
      st.processed, st.cached, st.events)
"""


def memory_figures(sizes: list[int], jobs: list[int], seed: int = 1) -> None:
    """Print the peak memory (max RSS) of a cold and a warm build of each corpus size (issue 13).

    Each build runs in a fresh process (``ru_maxrss`` of that process: the build alone, not this
    script), on a corpus of :func:`make_corpus` in a temporary folder, without curated events.
    With ``--jobs`` above 1 the largest worker's peak is printed too.
    """
    for n in sizes:
        work = Path(tempfile.mkdtemp(prefix="qbench-mem-"))
        try:
            seeds = work / "seeds"
            seeds.mkdir()
            make_corpus(seeds, n, random.Random(seed))
            for j in jobs:
                out = work / f"build-{j}"
                for kind in ("cold", "warm"):
                    t = time.perf_counter()
                    r = subprocess.run([sys.executable, "-c", _MEMORY_CHILD, str(seeds), str(out),
                                        "1" if kind == "cold" else "0", str(j), str(ROOT / "geo")],
                                       cwd=ROOT, capture_output=True, text=True, check=True, env=CHILD_ENV)
                    peak, workers, processed, cached, events = map(int, r.stdout.split()[-5:])
                    print(f"{n:>6} articles, --jobs {j}, {kind}: peak {peak / 1024:,.0f} MB"
                          + (f" (largest worker {workers / 1024:,.0f} MB)" if j > 1 else "")
                          + f", {time.perf_counter() - t:.1f} s ({processed} processed, {cached} cached, "
                          f"{events} events)", flush=True)
        finally:
            shutil.rmtree(work, ignore_errors=True)


#: The build's phases: (module, function, label), timed by wrapping the function.
_PHASES = (("pipeline.build", "_stream_articles", "stream (read, analyse, write per article, merge input)"),
           ("pipeline.build", "_all_events", "merge (with curated, ACLED, reviews)"),
           ("pipeline.build", "zones_outputs", "zones"),
           ("pipeline.build", "activity_output", "activity"),
           ("pipeline.build", "truce_outputs", "truces"),
           ("pipeline.build", "check_events", "schema check"),
           ("pipeline.build", "render_report", "report"),
           ("pipeline.output", "_write_events_geojson", "events.geojson"),
           ("pipeline.output", "write_events_parquet", "events.parquet"),
           ("pipeline.build", "links_file", "event_links.parquet (once the events are let go)"),
           ("pipeline.output", "Stage.publish", "publish (manifest, link)"))

_PHASES_CHILD = """
import cProfile, importlib, json, os, pstats, resource, sys, threading, time, tracemalloc
seeds, out, jobs, geo, profile = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4], sys.argv[5] == "1"
phases, trace = json.loads(sys.argv[6]), sys.argv[7] == "1"
traced = {}
page = os.sysconf("SC_PAGE_SIZE")
def rss():
    with open("/proc/self/statm") as fh:
        return int(fh.read().split()[1]) * page / 2**20
now = ["start"]
high = {}
done = [False]
def sample():
    while not done[0]:
        r = rss()
        if r > high.get(now[0], 0):
            high[now[0]] = r
        time.sleep(0.02)
threading.Thread(target=sample, daemon=True).start()
rows = []
for mod, name, label in phases:
    m = importlib.import_module(mod)
    owner, attr = (getattr(m, name.split(".")[0]), name.split(".")[1]) if "." in name else (m, name)
    inner = getattr(owner, attr)
    def timed(*a, _inner=inner, _label=label, **kw):
        before, now[0] = now[0], _label
        t, c = time.perf_counter(), time.process_time()
        if trace:
            tracemalloc.reset_peak()
        try:
            return _inner(*a, **kw)
        finally:
            rows.append((_label, time.perf_counter() - t, time.process_time() - c, rss(), high.get(_label, 0)))
            now[0] = before
            if trace:
                cur, peak = tracemalloc.get_traced_memory()
                top = tracemalloc.take_snapshot().statistics("lineno")[:8]
                traced[_label] = (cur / 2**20, peak / 2**20, [(s.size / 2**20, s.count, f"{s.traceback[0].filename.split('/')[-1]}:"
                                                              f"{s.traceback[0].lineno}") for s in top])
    setattr(owner, attr, timed)
from pipeline.build import build
if trace:  # (the build process only: forked workers stop tracing)
    os.register_at_fork(after_in_child=tracemalloc.stop)
    tracemalloc.start()
prof = cProfile.Profile() if profile else None
t, c = time.perf_counter(), time.process_time()
if prof: prof.enable()
st = build(seeds, geo, out, force=True, progress=False, jobs=jobs)
if prof: prof.disable()
wall, cpu = time.perf_counter() - t, time.process_time() - c
done[0] = True
kids = resource.getrusage(resource.RUSAGE_CHILDREN)
print(json.dumps({"wall": wall, "cpu": cpu, "workers_cpu": kids.ru_utime + kids.ru_stime, "rows": rows,
                  "peak": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, "high": high,
                  "processed": st.processed, "events": st.events, "traced": traced}))
if prof:
    pstats.Stats(prof, stream=sys.stderr).sort_stats("tottime").print_stats(30)
"""


def phase_figures(sizes: list[int], jobs: list[int], profile: bool, seed: int, keep: Path | None,
                  trace: bool = False) -> None:
    """``--phases``: where the build process spends its time and memory in a cold build (``trace``:
    and what Python holds at the end of each phase, by the lines that allocated it)."""
    work = keep or Path(tempfile.mkdtemp(prefix="qbench-phases-"))
    try:
        for n in sizes:
            seeds = work / f"seeds_{n}"
            if not seeds.is_dir():
                seeds.mkdir(parents=True)
                make_corpus(seeds, n, random.Random(seed))
            for j in jobs:
                load = os.getloadavg()[0]
                r = subprocess.run([sys.executable, "-c", _PHASES_CHILD, str(seeds), str(work / f"build_{n}_{j}"),
                                    str(j), str(ROOT / "geo"), "1" if profile else "0", json.dumps(_PHASES),
                                    "1" if trace else "0"],
                                   cwd=ROOT, capture_output=True, text=True, check=True, env=CHILD_ENV)
                f = json.loads(r.stdout.strip().splitlines()[-1])
                print(f"{n:,} articles, --jobs {j}: {f['wall']:.1f} s = {n / f['wall']:,.0f} articles/s; build process "
                      f"CPU {f['cpu']:.1f} s ({f['cpu'] / n * 1e3:.2f} ms an article), workers' CPU "
                      f"{f['workers_cpu']:.1f} s; peak {f['peak']:,.0f} MB; {f['processed']:,} processed, "
                      f"{f['events']:,} events; load average {load:.1f} → {os.getloadavg()[0]:.1f}")
                for label, wall, cpu, rss, high in f["rows"]:
                    print(f"    {label:<58} {wall:7.2f} s wall {cpu:7.2f} s CPU   RSS at end {rss:6.0f} MB, "
                          f"highest {high:6.0f} MB")
                    if label in f["traced"]:
                        cur, peak, top = f["traced"][label]
                        print(f"        Python heap (tracemalloc) at end {cur:6.1f} MB, highest {peak:6.1f} MB; most held by: "
                              + "; ".join(f"{where} {mb:.1f} MB ({count:,})" for mb, count, where in top))
                if profile:
                    print(r.stderr[-6000:])
    finally:
        if not keep:
            shutil.rmtree(work, ignore_errors=True)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--articles", type=int, nargs="+", default=None,
                    help="corpus sizes (default 5000 20000; --one-core: 5000)")
    ap.add_argument("--jobs", type=int, nargs="+", default=[1, 2], help="--jobs values to build with (default 1 2)")
    ap.add_argument("--engine", choices=["local", "dask"], default="local")
    ap.add_argument("--repeat", type=int, default=1, help="cold builds per size and --jobs (the median is printed)")
    ap.add_argument("--one-core", action="store_true", help="the one-core detail (warm build, analysis alone, ceiling)")
    ap.add_argument("--profile", action="store_true",
                    help="with --one-core: profile the analysis stages; with --phases: the build process")
    ap.add_argument("--memory", type=int, nargs="+", metavar="N",
                    help="only print the peak memory of cold and warm builds of N articles, each in its own process")
    ap.add_argument("--memory-jobs", type=int, nargs="+", default=[1], metavar="J", help="--jobs for --memory")
    ap.add_argument("--phases", action="store_true",
                    help="one cold build per size and --jobs: the build process's time and memory per phase")
    ap.add_argument("--trace", action="store_true",
                    help="with --phases: the build process's Python heap per phase (tracemalloc; slower)")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--keep", type=Path, help="build the corpus here and keep it")
    ap.add_argument("--child", nargs=4, metavar=("SEEDS", "OUT", "JOBS", "ENGINE"), help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        seeds, out, jobs, engine = args.child
        _cold_build_child(seeds, out, int(jobs), engine)
        return
    if args.memory:
        memory_figures(args.memory, args.memory_jobs, args.seed)
        return
    if args.phases:
        phase_figures(args.articles or [5000], args.jobs, args.profile, args.seed, args.keep, args.trace)
        return
    if not args.one_core:
        cold_builds(args.articles or [5000, 20000], args.jobs, args.engine, max(1, args.repeat), args.seed, args.keep)
        return
    args.articles = (args.articles or [5000])[0]
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {sorted(os.sched_getaffinity(0))[0]})
    work = args.keep or Path(tempfile.mkdtemp(prefix="qbench-"))
    seeds, out = work / "seeds", work / "build"
    seeds.mkdir(parents=True, exist_ok=True)
    make_corpus(seeds, args.articles, random.Random(args.seed))

    t = time.perf_counter()
    cold = build(seeds, ROOT / "geo", out, force=True, progress=False)
    t_cold = time.perf_counter() - t
    t = time.perf_counter()
    warm = build(seeds, ROOT / "geo", out, progress=False)
    t_warm = time.perf_counter() - t

    pipe = Pipeline.from_geo_dir(ROOT / "geo")
    paths = sorted(seeds.glob("*.txt"))[:1000]
    t = time.perf_counter()
    arts = [load_article(p) for p in paths]
    t_read = time.perf_counter() - t
    t = time.perf_counter()
    for a in arts:
        pipe.process(a).to_json()
    t_stages = time.perf_counter() - t
    if args.profile:
        import cProfile
        import pstats

        prof = cProfile.Profile()
        prof.enable()
        for a in arts:
            pipe.process(a).to_json()
        prof.disable()
        pstats.Stats(prof).sort_stats("cumulative").print_stats(25)

    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"articles: {args.articles} (seed sentences shuffled, dates 2019-2024), one CPU")
    print(f"cold build: {t_cold:.2f} s = {args.articles / t_cold:,.0f} articles/s "
          f"({cold.processed} processed, {cold.events} events, {cold.failed} failed)")
    print(f"warm build (all cached): {t_warm:.2f} s = {args.articles / t_warm:,.0f} articles/s ({warm.cached} cached)")
    per_article = t_stages / len(arts)
    print(f"analysis stages only: {len(arts) / t_stages:,.0f} articles/s ({len(arts)} articles, "
          f"{per_article * 1e3:.2f} ms each)")
    print(f"the rest of a cold build (reading, merging, writing): "
          f"~{(t_cold / args.articles - per_article) * 1e3:.2f} ms an article")
    print(f"reading and analysis alone, nothing written: {len(arts) / (t_read + t_stages):,.0f} articles/s "
          f"(the most a cold build could reach if writing its outputs cost nothing)")
    print(f"peak memory (max RSS): {peak_mb:,.0f} MB")
    sizes = {p.name: p.stat().st_size for p in out.iterdir() if p.is_file()}
    print("outputs: " + ", ".join(f"{k} {v / 1e6:.1f} MB" for k, v in sorted(sizes.items())))
    if not args.keep:
        shutil.rmtree(work)


if __name__ == "__main__":
    main()
