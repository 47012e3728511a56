"""CPU milliseconds an article for the per-article analysis, one process (issue 13).

Usage::

    python benchmarks/bench_analysis.py [--articles 1000] [--repeat 3] [--corpus bench|dev]
    python benchmarks/bench_analysis.py --profile [--top 30] [--sort tottime|cumulative]

What a build's worker does for each article (:func:`pipeline.engines.analyse`: read the
article from its bytes, ``Pipeline.process``, ``ArticleResult.to_json``, the cache record),
timed with ``time.process_time`` (CPU of this process, so less sensitive than wall time to
the other work sharing the machine; the load average is printed before and after, and a
heavily loaded machine still inflates CPU figures through caches and frequency).

``--corpus bench`` (default): the articles of ``bench_pipeline.py`` (``make_corpus``: the
seed with shuffled sentences and dates, same ``--seed``), i.e. what its cold builds analyse.
``--corpus dev``: every text of ``benchmarks/data/reports/dev`` (Arabic and English), read
again ``--articles`` times in total.

Prints per repeat and the median: CPU ms an article for the whole worker step, for
``process`` alone and for ``to_json`` plus the record; with ``--profile``, the ``--top``
costliest functions (cProfile) of one more pass. This is a benchmark, not a test: it
asserts nothing.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.bench_pipeline import make_corpus  # noqa: E402
from pipeline.articles import decode_text, load_article  # noqa: E402
from pipeline.core import Pipeline  # noqa: E402
from pipeline.output import ArticleRenderer  # noqa: E402
from pipeline.resultcache import article_record  # noqa: E402

DEV = ROOT / "benchmarks" / "data" / "reports" / "dev"


def corpus_files(kind: str, n: int, seed: int) -> list[tuple[str, bytes, bytes | None, str]]:
    """``(path, text bytes, metadata bytes or None, stem)`` of ``n`` articles."""
    out = []
    if kind == "bench":
        with tempfile.TemporaryDirectory(prefix="qbench-analysis-") as tmp:
            make_corpus(Path(tmp), n, random.Random(seed))
            for p in sorted(Path(tmp).glob("*.txt")):
                out.append((str(p), p.read_bytes(), p.with_suffix(".toml").read_bytes(), p.stem))
        return out
    texts = sorted(DEV.glob("*.txt"))
    for i in range(n):
        p = texts[i % len(texts)]
        gold = json.loads(p.with_suffix(".json").read_text(encoding="utf-8"))
        meta = f'title = "{p.stem}"\nsource = "dev"\npublished = {gold["published"]}\n'.encode()
        out.append((str(p), p.read_bytes(), meta, f"{p.stem}_{i:05d}"))
    return out


def one_pass(pipe: Pipeline, renderer: ArticleRenderer, files) -> tuple[float, float, float]:
    """CPU seconds of (load, process, to_json + record) over ``files``."""
    t_load = t_proc = t_json = 0.0
    clock = time.process_time
    for path, text, meta, stem in files:
        t0 = clock()
        article = load_article(path, text_bytes=text, meta_bytes=meta)
        t1 = clock()
        result = pipe.process(article)
        t2 = clock()
        article_record(stem, "k", article.id, result.to_json(), decode_text(text, path), renderer)
        t3 = clock()
        t_load += t1 - t0
        t_proc += t2 - t1
        t_json += t3 - t2
    return t_load, t_proc, t_json


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--articles", type=int, default=1000)
    ap.add_argument("--repeat", type=int, default=3, help="timed passes (the median is printed)")
    ap.add_argument("--corpus", choices=["bench", "dev"], default="bench")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--profile", action="store_true", help="profile one more pass (cProfile)")
    ap.add_argument("--top", type=int, default=30)
    ap.add_argument("--sort", default="tottime", help="cProfile sort key (tottime, cumulative, ...)")
    args = ap.parse_args()

    files = corpus_files(args.corpus, args.articles, args.seed)
    pipe = Pipeline.from_geo_dir(ROOT / "geo")
    renderer = ArticleRenderer()
    one_pass(pipe, renderer, files[:50])  # warm-up: first-call caches, imports
    load_before = os.getloadavg()
    rows = []
    for r in range(max(1, args.repeat)):
        t_load, t_proc, t_json = one_pass(pipe, renderer, files)
        n = len(files)
        rows.append(((t_load + t_proc + t_json) / n * 1e3, t_proc / n * 1e3, t_json / n * 1e3, t_load / n * 1e3))
        print(f"pass {r + 1}: {rows[-1][0]:.3f} ms CPU an article (process {rows[-1][1]:.3f}, "
              f"to_json + record {rows[-1][2]:.3f}, load {rows[-1][3]:.3f})")
    load_after = os.getloadavg()
    med = [statistics.median(col) for col in zip(*rows)]
    print(f"corpus: {args.corpus}, {len(files)} articles, one process; load average "
          f"{load_before[0]:.2f} -> {load_after[0]:.2f}")
    print(f"median of {len(rows)}: {med[0]:.3f} ms CPU an article = {1e3 / med[0]:,.0f} articles/s per core "
          f"(process {med[1]:.3f}, to_json + record {med[2]:.3f}, load {med[3]:.3f})")
    if args.profile:
        import cProfile
        import pstats

        prof = cProfile.Profile()
        prof.enable()
        one_pass(pipe, renderer, files)
        prof.disable()
        pstats.Stats(prof).sort_stats(args.sort).print_stats(args.top)


if __name__ == "__main__":
    main()
