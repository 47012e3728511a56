"""``build --jobs N``: the per-article analysis in a process pool, outputs byte-identical to one process."""

from __future__ import annotations

import random
import shutil

from conftest import ROOT, output_files

from pipeline.build import build


def test_jobs_2_writes_the_same_bytes_as_jobs_1(tmp_path):
    from benchmarks.bench_hostile import hostile_files
    from benchmarks.bench_pipeline import make_corpus

    seeds = tmp_path / "seeds"
    seeds.mkdir()
    make_corpus(seeds, 40, random.Random(3))  # distinct articles
    hostile_files(seeds, 17, random.Random(3))  # and one of each kind of bad file, in between
    shutil.copy(ROOT / "seeds" / "000_35a237ec7240c52b.txt", seeds)
    shutil.copy(ROOT / "seeds" / "000_35a237ec7240c52b.toml", seeds)
    one = build(seeds, ROOT / "geo", tmp_path / "one", curated_dir=ROOT / "curated", jobs=1)
    two = build(seeds, ROOT / "geo", tmp_path / "two", curated_dir=ROOT / "curated", jobs=2)
    assert one.processed == two.processed > 40 and one.failed == two.failed > 5
    assert one.errors == two.errors
    a, b = output_files(tmp_path / "one"), output_files(tmp_path / "two")
    assert a.keys() == b.keys()
    for name in a:
        assert a[name] == b[name], name
    # and a warm build (everything from the cache) writes the same bytes again
    warm = build(seeds, ROOT / "geo", tmp_path / "two", curated_dir=ROOT / "curated", jobs=2)
    assert warm.cached == one.processed
    c = output_files(tmp_path / "two")
    assert {k: v for k, v in c.items() if k not in ("manifest.json", "report.md")} == \
           {k: v for k, v in a.items() if k not in ("manifest.json", "report.md")}  # (they count cached articles)
