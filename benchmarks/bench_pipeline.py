"""Pipeline throughput: build a synthetic corpus from the seed and time ``build`` on one core.

Usage::

    python benchmarks/bench_pipeline.py [--articles 5000] [--seed 1] [--keep DIR]

The corpus: N copies of the seed article, each with its body sentences shuffled and a
different publication date (2019-2024), so every article is distinct text with distinct
resolved dates. The process is pinned to one CPU (``os.sched_setaffinity``). Prints:
articles per second for a cold build (nothing cached), for a warm build (everything
cached) and for the analysis stages alone (no I/O), what the rest of a cold build costs
an article, the ceiling of a build that would write nothing (reading and analysis alone),
plus peak memory (max RSS).
This is a benchmark, not a test: it asserts nothing.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import resource
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pipeline.articles import load_article  # noqa: E402
from pipeline.build import build  # noqa: E402
from pipeline.core import Pipeline  # noqa: E402

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


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--articles", type=int, default=5000)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--keep", type=Path, help="build the corpus here and keep it")
    args = ap.parse_args()
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
