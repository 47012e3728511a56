"""``build --engine dask``: the per-article analysis on a Dask cluster writes the same bytes as one process.

The clusters here are small (one in-process worker with two threads, or one worker
process) so the tests stay light; they run in CI, where the ``test`` extra brings Dask.
"""

from __future__ import annotations

import json
import random
import shutil
import subprocess
import sys
from pathlib import Path
from types import SimpleNamespace

import pytest
from conftest import ROOT, output_files
from distributed import LocalCluster

from pipeline.build import _geo_paths, build, fingerprint
from pipeline.engines import Engine, EngineError, analyse_batch
from pipeline.resultcache import decode

REPORTS = ROOT / "benchmarks" / "data" / "reports" / "dev"


def _same_outputs(a: Path, b: Path) -> None:
    fa, fb = output_files(a), output_files(b)
    assert fa.keys() == fb.keys()
    for name in fa:
        assert fa[name] == fb[name], name


def _generated_corpus(seeds: Path) -> None:
    """Shuffled, re-dated copies of the seed, Arabic and English reports with metadata, and
    one of each kind of bad file (their errors come back through the cluster too)."""
    from benchmarks.bench_hostile import hostile_files
    from benchmarks.bench_pipeline import make_corpus

    make_corpus(seeds, 24, random.Random(11))
    for lang in ("ar", "en"):
        for txt in sorted(REPORTS.glob(f"{lang}*.txt"))[:4]:
            meta = json.loads(txt.with_suffix(".json").read_text(encoding="utf-8"))
            shutil.copy(txt, seeds / f"report_{txt.name}")
            (seeds / f"report_{txt.stem}.toml").write_text(
                f'title = "report {txt.stem}"\nsource = "{meta["outlet"]}"\nlanguage = "{lang}"\n'
                f'published = {meta["published"]}\n', encoding="utf-8")
    hostile_files(seeds, 17, random.Random(11))


@pytest.fixture(scope="module")
def cluster():
    with LocalCluster(n_workers=1, threads_per_worker=2, processes=False, dashboard_address=":0") as c:
        yield c


def test_dask_on_shipped_data_writes_the_same_bytes_as_jobs_1(tmp_path, cluster):
    one = build(ROOT / "seeds", ROOT / "geo", tmp_path / "one", curated_dir=ROOT / "curated", jobs=1)
    dask = build(ROOT / "seeds", ROOT / "geo", tmp_path / "dask", curated_dir=ROOT / "curated",
                 engine="dask", scheduler=cluster.scheduler_address)
    assert one.processed == dask.processed >= 1 and one.events == dask.events > 0
    _same_outputs(tmp_path / "one", tmp_path / "dask")


def test_dask_on_a_generated_corpus_writes_the_same_bytes_as_jobs_1(tmp_path, cluster):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    _generated_corpus(seeds)
    one = build(seeds, ROOT / "geo", tmp_path / "one", curated_dir=ROOT / "curated", jobs=1)
    dask = build(seeds, ROOT / "geo", tmp_path / "dask", curated_dir=ROOT / "curated",
                 engine="dask", scheduler=cluster.scheduler_address)
    assert one.processed == dask.processed > 24 and one.failed == dask.failed > 5
    assert one.errors == dask.errors
    _same_outputs(tmp_path / "one", tmp_path / "dask")
    articles = json.loads((tmp_path / "dask" / "articles.json").read_text(encoding="utf-8"))
    assert {a["language"] for a in articles} == {"ar", "en"}  # both paths ran on the cluster


def test_dask_without_an_address_starts_a_local_cluster(tmp_path):
    """No --scheduler: a LocalCluster of ``jobs`` worker processes, started and closed by the build."""
    one = build(ROOT / "seeds", ROOT / "geo", tmp_path / "one", curated_dir=None, jobs=1)
    dask = build(ROOT / "seeds", ROOT / "geo", tmp_path / "dask", curated_dir=None, engine="dask", jobs=1)
    assert dask.processed == one.processed >= 1
    _same_outputs(tmp_path / "one", tmp_path / "dask")


def test_a_worker_with_other_code_or_no_geo_folder_refuses(tmp_path):
    job = (str(ROOT / "seeds" / "000_35a237ec7240c52b.txt"),
           (ROOT / "seeds" / "000_35a237ec7240c52b.txt").read_bytes(),
           (ROOT / "seeds" / "000_35a237ec7240c52b.toml").read_bytes(), "000_35a237ec7240c52b", "k" * 64)
    fp = fingerprint(_geo_paths(ROOT / "geo"))
    [(status, record, article_id)] = analyse_batch([job], str(ROOT / "geo"), fp)
    assert status == "ok" and article_id == "000_35a237ec7240c52b"
    merge, parts = decode(record)  # the article's cache record, made on the worker
    assert merge["events"] and parts.mentions.count(b"\n") == merge["mentions"]
    with pytest.raises(EngineError, match="same version"):
        analyse_batch([job], str(ROOT / "geo"), "0" * 64)  # the build's code or data differ
    with pytest.raises(EngineError, match="geo folder at the same path"):
        analyse_batch([job], str(tmp_path / "nowhere"), fp)


def test_missing_dask_is_said_with_the_install_command(monkeypatch):
    monkeypatch.setitem(sys.modules, "distributed", None)  # import distributed -> ImportError
    with pytest.raises(EngineError, match=r"pip install -e '\.\[dask\]'"):
        Engine("dask")
    with pytest.raises(EngineError, match="unknown engine"):
        Engine("spark")
    with pytest.raises(EngineError, match="needs the dask engine"):
        Engine("local", scheduler="tcp://localhost:8786")


def test_cli_scheduler_needs_the_dask_engine(tmp_path):
    r = subprocess.run([sys.executable, "-m", "pipeline", "build", "--out", str(tmp_path / "out"),
                        "--scheduler", "tcp://127.0.0.1:8786"], capture_output=True, text=True, cwd=ROOT)
    assert r.returncode == 2 and "--scheduler needs --engine dask" in r.stderr
    assert not (tmp_path / "out").exists()


def test_cli_jobs_default_is_every_core_this_process_may_use():
    import os

    from pipeline.cli import _parser

    args = _parser().parse_args(["build"])
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    assert args.jobs == cores >= 1 and args.engine == "local" and args.scheduler is None


def test_a_cluster_without_workers_is_said_not_waited_for_forever(tmp_path, monkeypatch):
    import pipeline.engines as engines

    monkeypatch.setattr(engines, "_WORKER_WAIT", 1)
    with LocalCluster(n_workers=0, processes=False, dashboard_address=":0") as empty, \
            pytest.raises(EngineError, match="has no workers"):
        build(ROOT / "seeds", ROOT / "geo", tmp_path / "out", curated_dir=None, engine="dask",
              scheduler=empty.scheduler_address)
    assert not (tmp_path / "out" / "events.geojson").exists()  # nothing written


class _FakeClient:
    """A Dask client whose one worker runs each task at once, here, and keeps the jobs it was sent."""

    def __init__(self) -> None:
        self.sent: list = []

    def wait_for_workers(self, n, timeout):
        return None

    def nthreads(self):
        return {"tcp://worker": 1}

    def submit(self, fn, batch, *args, pure):
        self.sent += batch
        outcomes = fn(batch, *args)
        return SimpleNamespace(result=lambda: outcomes)

    def close(self):
        return None


def test_dask_reports_an_unreadable_article_itself_and_sends_the_cluster_only_read_files(tmp_path):
    """The Dask engine reads each batch's files where the build runs (the workers may not see the
    folder): a file it cannot read is that article's error, naming the file, in its place among
    the outcomes (as the local engine gives it), and is never sent to a worker to be read there."""
    from pipeline.core import Pipeline
    from pipeline.engines import _dask_run, _local_outcomes
    from pipeline.gazetteer import load_geo_dir

    seeds = tmp_path / "seeds"
    seeds.mkdir()
    for stem in ("000_35a237ec7240c52b", "copy"):
        for suffix in (".txt", ".toml"):
            shutil.copy(ROOT / "seeds" / ("000_35a237ec7240c52b" + suffix), seeds / (stem + suffix))
    (seeds / "gone.txt").symlink_to(seeds / "deleted.txt")  # a link to a missing file
    shutil.copy(ROOT / "seeds" / "000_35a237ec7240c52b.txt", seeds / "meta_folder.txt")
    (seeds / "meta_folder.toml").mkdir()  # its metadata is a folder
    order = ["000_35a237ec7240c52b", "gone", "copy", "meta_folder", "gone", "meta_folder",
             "000_35a237ec7240c52b", "copy", "gone", "000_35a237ec7240c52b"]
    jobs = [(str(seeds / f"{stem}.txt"), None, None, stem, None) for stem in order]
    fp = fingerprint(_geo_paths(ROOT / "geo"))
    client = _FakeClient()
    dask = list(_dask_run(SimpleNamespace(Client=lambda *a, **k: client), jobs, ROOT / "geo", fp,
                          "tcp://scheduler", 1, False))
    local = list(_local_outcomes(jobs, Pipeline(load_geo_dir(ROOT / "geo")), ROOT / "geo", fp, 1, False))
    assert dask == local
    assert [o[0] for o in dask] == ["input" if s in ("gone", "meta_folder") else "ok" for s in order]
    assert dask[1][1]["path"] == str(seeds / "gone.txt") and dask[1][1]["kind"] == "article"
    assert dask[1][1]["reason"].startswith("cannot read: a link to a missing file")
    assert dask[3][1]["path"] == str(seeds / "meta_folder.toml") and "is a folder" in dask[3][1]["reason"]
    assert [job[3] for job in client.sent] == [s for s in order if s not in ("gone", "meta_folder")]
    assert all(job[1] is not None for job in client.sent)  # every job sent with its text's bytes
