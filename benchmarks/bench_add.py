"""Add-to-map time: one new report added to a 5,000-report corpus until its events are on the map.

Usage::

    python benchmarks/bench_add.py [--articles 5000] [--repeat 3] [--keep DIR] [--jobs N]

The corpus is :func:`bench_pipeline.make_corpus` (shuffled, re-dated copies of the seed),
built once (not timed). Then, ``--repeat`` times, a new report written for this benchmark
(a different date each time, so a different text) goes through what the app's "Add report"
page does, each step timed:

1. ``add``: :func:`pipeline.addreport.add_report` writes ``seeds/<id>.txt`` + ``.toml``;
2. ``build``: the incremental build (the new article processed, the others from the cache,
   whose old records are kept by a system copy; the outputs made of all events rewritten);
3. ``load``: the app reads the new build (:func:`mapapp.data.load_dataset`);
4. ``map``: the new report's events are found (:func:`pipeline.incremental.article_event_ids`:
   two columns of ``events.parquet``, then those rows from the event store, as the Add view
   on store queries does) and drawn (:func:`mapapp.mapview.dynamic_layers` and the map's HTML).

Prints each step's median and the total (target: ≤ 2 s), wall and CPU time (this process's:
the CPU figures are the comparable ones on a busy machine), and the build's own phases
(CPU): reading and hashing the seeds, streaming every article's outputs from the cache,
merging, zones, truces and writing the event files. A benchmark, not a test: it asserts
nothing. The figures vary with whatever else runs on the machine's two cores: run it when
the machine is quiet and say how quiet it was next to any figure you quote.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import pipeline.build  # noqa: E402
from benchmarks.bench_pipeline import make_corpus  # noqa: E402
from mapapp import data, mapview  # noqa: E402
from pipeline.addreport import add_report, from_text  # noqa: E402
from pipeline.build import build  # noqa: E402
from pipeline.incremental import article_event_ids  # noqa: E402

#: The build's phases timed (CPU seconds of this process) by wrapping the functions that do them.
PHASES = {"_stream_articles": "stream", "_stream_added": "stream", "_usable_state": "merge state",
          "_write_merge_state": "merge state", "_all_events": "merge", "zones_outputs": "zones", "truce_outputs": "truces",
          "write_event_files": "event files", "links_file": "links", "finish_outputs": "finish"}


def _time_phases(into: dict[str, float]) -> None:
    """Wrap the build's phase functions so that their CPU time adds up in ``into``."""
    for name, label in PHASES.items():
        inner = getattr(pipeline.build, name, None)
        if inner is None:  # (a build of another version, without this phase)
            continue

        def timed(*a, _inner=inner, _label=label, **kw):
            c = time.process_time()
            try:
                return _inner(*a, **kw)
            finally:
                into[_label] = into.get(_label, 0.0) + time.process_time() - c

        setattr(pipeline.build, name, timed)

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
    ap.add_argument("--jobs", type=int, default=1, help="processes for the first build (not timed; default 1)")
    args = ap.parse_args()
    work = args.keep or Path(tempfile.mkdtemp(prefix="bench_add_"))
    seeds, out = work / "seeds", work / "out"
    seeds.mkdir(parents=True, exist_ok=True)
    make_corpus(seeds, args.articles, random.Random(1))
    t0 = time.perf_counter()
    stats = build(seeds, ROOT / "geo", out, progress=False, curated_dir=ROOT / "curated", jobs=args.jobs)
    print(f"corpus: {stats.articles} articles, {stats.events} events; first build {time.perf_counter() - t0:.1f} s "
          "(not counted)")
    steps: dict[str, list[float]] = {"add": [], "build": [], "load": [], "map": [], "total": []}
    cpu: dict[str, list[float]] = {k: [] for k in steps}
    phases: dict[str, list[float]] = {}
    spent: dict[str, float] = {}
    _time_phases(spent)
    for k in range(args.repeat):
        text = REPORT.format(day=DAYS[k % len(DAYS)], n=k + 2)
        spent.clear()
        t = [time.perf_counter()]
        c = [time.process_time()]
        added = add_report(seeds, from_text(text), published=dt.date(2021, 4, 21 + k % 7), source="Bench Outlet")
        t.append(time.perf_counter())
        c.append(time.process_time())
        st = build(seeds, ROOT / "geo", out, progress=False, curated_dir=ROOT / "curated")
        t.append(time.perf_counter())
        c.append(time.process_time())
        ds = data.load_dataset(out)
        t.append(time.perf_counter())
        c.append(time.process_time())
        # the new report's events: two columns of events.parquet, then those rows from the store
        # (not the whole events frame decoded: the Add view on store queries)
        mine = ds.store.event_rows(article_event_ids(out, added.id))
        layers = mapview.dynamic_layers(mine, ds.zones, ds.places, mine["day_to"].max())
        m = mapview.base_map(mapview.TileSetting.parse("none"), ds.places, ds.border)
        for layer in layers:
            layer.add_to(m)
        m.get_root().render()
        t.append(time.perf_counter())
        c.append(time.process_time())
        for name, a, b in zip(("add", "build", "load", "map"), t, t[1:]):
            steps[name].append(b - a)
        for name, a, b in zip(("add", "build", "load", "map"), c, c[1:]):
            cpu[name].append(b - a)
        steps["total"].append(t[-1] - t[0])
        cpu["total"].append(c[-1] - c[0])
        spent["read seeds, rest"] = cpu["build"][-1] - sum(spent.values())
        for name, v in spent.items():
            phases.setdefault(name, []).append(v)
        print(f"  add #{k + 1} (load {os.getloadavg()[0]:.1f}): {len(mine)} event(s) of {added.id} on the map; build processed {st.processed}, "
              f"cached {st.cached}; " + ", ".join(f"{n} {b - a:.2f} s" for n, a, b in
                                                 zip(("add", "build", "load", "map"), t, t[1:]))
              + f"; total {t[-1] - t[0]:.2f} s (CPU {c[-1] - c[0]:.2f} s); build phases (CPU): "
              + ", ".join(f"{n} {v:.2f}" for n, v in spent.items()))
    print(f"load average at the end: {' / '.join(f'{x:.1f}' for x in os.getloadavg())}")
    print("median: " + ", ".join(f"{k} {statistics.median(v):.2f} s" for k, v in steps.items())
          + " (target total <= 2 s)")
    print("median CPU: " + ", ".join(f"{k} {statistics.median(v):.2f} s" for k, v in cpu.items()))
    print("build phases, median CPU: " + ", ".join(f"{k} {statistics.median(v):.2f} s" for k, v in phases.items()))
    if not args.keep:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
