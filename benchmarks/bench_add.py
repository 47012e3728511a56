"""Add-to-map time: one new report added to a 5,000-report corpus until its events are on the map.

Usage::

    python benchmarks/bench_add.py [--articles 5000] [--repeat 3] [--keep DIR]

The corpus is :func:`bench_pipeline.make_corpus` (shuffled, re-dated copies of the seed),
built once (not timed). Then, ``--repeat`` times, a new report written for this benchmark
(a different date each time, so a different text) goes through what the app's "Add report"
page does, each step timed:

1. ``add``: :func:`pipeline.addreport.add_report` writes ``seeds/<id>.txt`` + ``.toml``;
2. ``build``: the incremental build (the new article processed, the others from the cache,
   every output rewritten: that is the build's design today);
3. ``load``: the app reads the new build (:func:`mapapp.data.load_dataset`);
4. ``map``: the new report's events are found and drawn (:func:`mapapp.mapview.dynamic_layers`
   and the map's HTML).

Prints each step's median and the total (target: ≤ 2 s). A benchmark, not a test: it asserts
nothing. The figures vary with whatever else runs on the machine's two cores: run it when
the machine is quiet and say how quiet it was next to any figure you quote.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.bench_pipeline import make_corpus  # noqa: E402
from mapapp import data, mapview  # noqa: E402
from pipeline.addreport import add_report, from_text  # noqa: E402
from pipeline.build import build  # noqa: E402

# written for this benchmark
REPORT = ("اشتباكات في حي حلكو\n"
          "اندلعت اشتباكات عنيفة بين قوات الأسايش وعناصر الدفاع الوطني في حي حلكو بمدينة القامشلي مساء {day}، "
          "ما أسفر عن مقتل {n} عناصر.\n")
DAYS = ["الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد", "الاثنين"]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--articles", type=int, default=5000)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--keep", type=Path, help="build the corpus here and keep it")
    args = ap.parse_args()
    work = args.keep or Path(tempfile.mkdtemp(prefix="bench_add_"))
    seeds, out = work / "seeds", work / "out"
    seeds.mkdir(parents=True, exist_ok=True)
    make_corpus(seeds, args.articles, random.Random(1))
    t0 = time.perf_counter()
    stats = build(seeds, ROOT / "geo", out, progress=False, curated_dir=ROOT / "curated")
    print(f"corpus: {stats.articles} articles, {stats.events} events; first build {time.perf_counter() - t0:.1f} s "
          "(not counted)")
    steps: dict[str, list[float]] = {"add": [], "build": [], "load": [], "map": [], "total": []}
    for k in range(args.repeat):
        text = REPORT.format(day=DAYS[k % len(DAYS)], n=k + 2)
        t = [time.perf_counter()]
        added = add_report(seeds, from_text(text), published=dt.date(2021, 4, 21 + k % 7), source="Bench Outlet")
        t.append(time.perf_counter())
        st = build(seeds, ROOT / "geo", out, progress=False, curated_dir=ROOT / "curated")
        t.append(time.perf_counter())
        ds = data.load_dataset(out)
        t.append(time.perf_counter())
        mine = ds.events[ds.events["article_id"] == added.id]
        layers = mapview.dynamic_layers(mine, ds.zones, ds.places, mine["day_to"].max())
        m = mapview.base_map(mapview.TileSetting.parse("none"), ds.places, ds.border)
        for layer in layers:
            layer.add_to(m)
        m.get_root().render()
        t.append(time.perf_counter())
        for name, a, b in zip(("add", "build", "load", "map"), t, t[1:]):
            steps[name].append(b - a)
        steps["total"].append(t[-1] - t[0])
        print(f"  add #{k + 1}: {len(mine)} event(s) of {added.id} on the map; build processed {st.processed}, "
              f"cached {st.cached}; " + ", ".join(f"{n} {b - a:.2f} s" for n, a, b in
                                                 zip(("add", "build", "load", "map"), t, t[1:]))
              + f"; total {t[-1] - t[0]:.2f} s")
    print("median: " + ", ".join(f"{k} {statistics.median(v):.2f} s" for k, v in steps.items())
          + " (target total <= 2 s)")
    if not args.keep:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
