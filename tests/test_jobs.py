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


def test_a_job_without_its_files_is_read_and_hashed_where_it_is_analysed(tmp_path):
    """The build hands workers the paths of the articles it has no cache record for (it never
    holds every text at once): the worker reads, hashes and keys them, with the same record as
    a job given the bytes, and reports a file it cannot read by name."""
    from pipeline.build import _geo_paths, _hasher, _sha, fingerprint
    from pipeline.core import Pipeline
    from pipeline.engines import analyse
    from pipeline.gazetteer import load_geo_dir

    stem = "000_35a237ec7240c52b"
    shutil.copy(ROOT / "seeds" / f"{stem}.txt", tmp_path)
    shutil.copy(ROOT / "seeds" / f"{stem}.toml", tmp_path)
    path = str(tmp_path / f"{stem}.txt")
    text, meta = (tmp_path / f"{stem}.txt").read_bytes(), (tmp_path / f"{stem}.toml").read_bytes()
    fp = fingerprint(_geo_paths(ROOT / "geo"))
    key = _hasher(text, meta, fp.encode()).hexdigest()
    pipe = Pipeline(load_geo_dir(ROOT / "geo"))
    given = analyse((path, text, meta, stem, key), pipe)
    read = analyse((path, None, None, stem, None), pipe, fingerprint=fp)
    assert given == ("ok", read[1], stem) and len(given) == 3
    assert read[3] == (_sha(text), _sha(meta))  # as the manifest gives them
    assert read[1].split(b"\n", 1)[0].count(key.encode()) == 1  # the record's header names the same key
    # a text that is gone, and metadata that is a folder: "input" outcomes naming the file
    gone = analyse((str(tmp_path / "gone.txt"), None, None, "gone", None), pipe, fingerprint=fp)
    assert gone[0] == "input" and gone[1]["path"] == str(tmp_path / "gone.txt") and gone[1]["kind"] == "article"
    (tmp_path / f"{stem}.toml").unlink()
    (tmp_path / f"{stem}.toml").mkdir()
    folder = analyse((path, None, None, stem, None), pipe, fingerprint=fp)
    assert folder[0] == "input" and folder[1]["path"] == str(tmp_path / f"{stem}.toml")
    assert "folder" in folder[1]["reason"]


class _Cycle:
    """An object that refers to itself: only the cyclic garbage collector frees it."""

    def __init__(self) -> None:
        self.me = self


def test_the_analysis_leaves_no_cyclic_garbage_behind_during_a_build(tmp_path, monkeypatch):
    """The build pauses the automatic garbage collector (it would rescan everything the build
    holds), but what an article's analysis leaves in reference cycles must still be freed as
    the build goes, in this process and in forked workers alike: else memory grows with
    every article analysed (~5 KB an article). Each analysis here leaves a cycle behind and
    fails (a bad outcome: a build error) when the cycle of two articles before is still alive."""
    import weakref

    from benchmarks.bench_pipeline import make_corpus
    from pipeline.core import Pipeline

    seeds = tmp_path / "seeds"
    seeds.mkdir()
    make_corpus(seeds, 12, random.Random(5))
    left: list = []
    process = Pipeline.process

    def leaving_a_cycle(self, article):
        if len(left) >= 2 and left[-2]() is not None:
            raise RuntimeError("the cycle left by an earlier article was not freed")
        cycle = _Cycle()
        left.append(weakref.ref(cycle))
        return process(self, article)

    monkeypatch.setattr(Pipeline, "process", leaving_a_cycle)
    for jobs in (1, 2):
        left.clear()
        stats = build(seeds, ROOT / "geo", tmp_path / f"out{jobs}", force=True, progress=False, jobs=jobs)
        assert stats.processed == 12 and stats.errors == [], (jobs, stats.errors[:1])
