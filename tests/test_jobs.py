"""``build --jobs N``: the per-article analysis in a process pool, outputs byte-identical to one process."""

from __future__ import annotations

import json
import random
import shutil
from pathlib import Path

from conftest import ROOT

from pipeline.build import build


def _files(out: Path) -> dict[str, bytes]:
    files = {p.relative_to(out).as_posix(): p.read_bytes() for p in sorted(out.rglob("*")) if p.is_file()}
    manifest = json.loads(files.pop("manifest.json"))
    manifest.pop("built_at")
    files["manifest.json"] = json.dumps(manifest, sort_keys=True).encode()
    return files


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
    a, b = _files(tmp_path / "one"), _files(tmp_path / "two")
    assert a.keys() == b.keys()
    for name in a:
        assert a[name] == b[name], name
    # and a warm build (everything from the cache) writes the same bytes again
    warm = build(seeds, ROOT / "geo", tmp_path / "two", curated_dir=ROOT / "curated", jobs=2)
    assert warm.cached == one.processed
    c = _files(tmp_path / "two")
    assert {k: v for k, v in c.items() if k not in ("manifest.json", "report.md")} == \
           {k: v for k, v in a.items() if k not in ("manifest.json", "report.md")}  # (they count cached articles)
