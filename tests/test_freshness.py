"""One staleness rule, one build at a time, and an app that survives a broken or busy build.

Pipeline side: :mod:`pipeline.freshness` (the rule, the lock, the one function that starts
builds) and the CLI. App side (``streamlit.testing.v1.AppTest``): a dangling link in
``seeds/``, a build in progress, a truncated or invalid published file, a missing events
or zones file. Every test works on copies in ``tmp_path``.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
from conftest import ROOT, SEED
from streamlit.testing.v1 import AppTest

from pipeline.build import build, is_stale
from pipeline.freshness import (
    BuildInProgress,
    BuildLock,
    ensure_fresh,
    lock_holder,
    lock_path,
    stale_reason,
)


@pytest.fixture
def dirs(work_dirs):
    """(seeds, geo, out) with the seed article, built once."""
    seeds, geo, out = work_dirs
    build(seeds, geo, out)
    return seeds, geo, out


def _hold_lock(out: Path) -> subprocess.Popen:
    """Another process holding the build lock of ``out`` until killed (it prints 'held' first)."""
    code = textwrap.dedent(f"""
        import sys, time
        from pipeline.freshness import BuildLock
        lock = BuildLock({str(out)!r})
        lock.acquire()
        print("held", flush=True)
        time.sleep(600)
    """)
    proc = subprocess.Popen([sys.executable, "-c", code], cwd=ROOT, stdout=subprocess.PIPE, text=True)
    assert proc.stdout is not None and proc.stdout.readline().strip() == "held"
    return proc


def _stop(proc: subprocess.Popen) -> None:
    proc.kill()
    proc.wait(timeout=30)


# --------------------------------------------------------------------------- the rule

def test_one_rule_inputs_code_and_outputs(dirs, tmp_path, monkeypatch):
    seeds, geo, out = dirs
    assert stale_reason(seeds, geo, out) is None and not is_stale(seeds, geo, out)
    # an input's bytes (not its time)
    meta = seeds / f"{SEED.stem}.toml"
    os.utime(meta, (1, 1))
    assert stale_reason(seeds, geo, out) is None  # a new mtime alone changes nothing
    meta.write_text(meta.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    assert "seeds/" in stale_reason(seeds, geo, out) and is_stale(seeds, geo, out)
    build(seeds, geo, out)
    # the pipeline's code version, subpackages and data files included
    import pipeline.build as pb

    real = pb.fingerprint
    monkeypatch.setattr(pb, "fingerprint", lambda paths: real(paths) + "x")
    assert "code" in stale_reason(seeds, geo, out)
    monkeypatch.undo()
    words = Path(pb.PACKAGE_DIR) / "data" / "place_words.csv"
    before = pb.fingerprint(pb._geo_paths(geo))
    monkeypatch.setattr(pb.Path, "read_bytes", lambda self, real=Path.read_bytes: real(self) + (
        b"#" if self == words else b""))
    assert pb.fingerprint(pb._geo_paths(geo)) != before  # a data file of the package counts
    monkeypatch.undo()
    # a published file truncated or gone
    events = out / "events.geojson"
    data = events.read_bytes()
    target = events.resolve()
    os.unlink(target)
    target.write_bytes(data[: len(data) // 2])
    assert "events.geojson is broken" in stale_reason(seeds, geo, out)
    target.unlink()
    assert "events.geojson is missing" in stale_reason(seeds, geo, out)
    assert ensure_fresh(seeds, geo, out) is not None and json.loads(events.read_bytes())["features"]
    assert stale_reason(seeds, geo, out) is None
    assert ensure_fresh(seeds, geo, out) is None  # up to date: nothing built


def test_dangling_link_does_not_stop_the_rule(dirs):
    seeds, geo, out = dirs
    os.symlink(seeds / "gone.txt", seeds / "dangling.txt")
    assert "seeds/dangling.txt" in stale_reason(seeds, geo, out)
    ensure_fresh(seeds, geo, out)
    assert stale_reason(seeds, geo, out) is None


# --------------------------------------------------------------------------- the lock

def test_second_build_gets_build_in_progress_naming_the_holder(dirs):
    seeds, geo, out = dirs
    holder = _hold_lock(out)
    try:
        assert lock_holder(out)["pid"] == holder.pid
        t0 = time.monotonic()
        with pytest.raises(BuildInProgress, match=f"in progress \\(pid {holder.pid}"):
            build(seeds, geo, out, wait=1.0)
        assert time.monotonic() - t0 >= 0.9  # it waited briefly first
        told = []
        with pytest.raises(BuildInProgress):
            ensure_fresh(seeds, geo, out, rebuild=True, wait=0.5, on_wait=told.append)
        assert told and told[0]["pid"] == holder.pid
        r = subprocess.run([sys.executable, "-m", "pipeline", "build", "--seeds", str(seeds), "--geo", str(geo),
                            "--out", str(out), "--no-curated", "--wait", "1"], cwd=ROOT, capture_output=True,
                           text=True, timeout=120)
        assert r.returncode == 3, r.stderr
        assert "waiting up to 1 s" in r.stderr and "build in progress" not in r.stdout
        assert f"a build of {out} is in progress (pid {holder.pid}" in r.stderr and "Traceback" not in r.stderr
    finally:
        _stop(holder)
    # the holder died (kill -9): its lock file still names it, and is taken over
    assert json.loads(lock_path(out).read_text())["pid"] == holder.pid
    assert lock_holder(out) is None
    stats = ensure_fresh(seeds, geo, out, rebuild=True)
    assert stats.took_over_lock["pid"] == holder.pid
    assert lock_path(out).read_bytes() == b""  # released


def test_build_waits_for_the_running_one_then_builds(dirs, tmp_path):
    seeds, geo, out = dirs
    holder = _hold_lock(out)
    log = tmp_path / "stderr.txt"
    try:
        with open(log, "w") as err:
            r = subprocess.Popen([sys.executable, "-m", "pipeline", "build", "--seeds", str(seeds), "--geo", str(geo),
                                  "--out", str(out), "--no-curated", "--wait", "300"], cwd=ROOT,
                                 stdout=subprocess.PIPE, stderr=err, text=True)
        deadline = time.monotonic() + 240  # the machine is shared: starting Python may take a while
        while "waiting" not in log.read_text() and time.monotonic() < deadline:
            assert r.poll() is None, log.read_text()
            time.sleep(0.2)
        assert "waiting" in log.read_text()
        time.sleep(1)
        assert r.poll() is None  # still waiting
    finally:
        _stop(holder)
    stdout, _ = r.communicate(timeout=300)
    assert r.returncode == 0, log.read_text()
    assert stdout.startswith("built ")


def test_concurrent_builds_never_break_each_other(dirs):
    """Three builds at once (the review saw one delete another's folder mid-write): each
    either builds or waits; all succeed and the published build is whole."""
    seeds, geo, out = dirs
    for i in range(3):
        shutil.copy(SEED, seeds / f"copy{i}.txt")
        (seeds / f"copy{i}.toml").write_text(SEED.with_suffix(".toml").read_text(encoding="utf-8")
                                             + f'id = "copy{i}"\n', encoding="utf-8")
    cmd = [sys.executable, "-m", "pipeline", "build", "--seeds", str(seeds), "--geo", str(geo), "--out", str(out),
           "--no-curated", "--force", "--wait", "300"]
    procs = [subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
             for _ in range(3)]
    results = [p.communicate(timeout=600) for p in procs]
    assert [p.returncode for p in procs] == [0, 0, 0], [r[1][-500:] for r in results]
    assert all("Traceback" not in err for _, err in results)
    assert len(json.loads((out / "articles.json").read_bytes())) == 4
    assert stale_reason(seeds, geo, out) is None


def test_lock_is_reentrant_in_one_thread_only(tmp_path):
    out = tmp_path / "out"
    with BuildLock(out):
        with BuildLock(out):  # a build started inside ensure_fresh
            pass
        assert lock_holder(out) is not None
        import threading

        seen = []
        t = threading.Thread(target=lambda: seen.append(pytest.raises(BuildInProgress, BuildLock(out).acquire)))
        t.start()
        t.join()
        assert len(seen) == 1  # another thread got BuildInProgress
    assert lock_holder(out) is None


# --------------------------------------------------------------------------- the app

@pytest.fixture
def app_env(dirs, monkeypatch, restore_folium):
    seeds, geo, out = dirs
    monkeypatch.setenv("QMAP_SEEDS", str(seeds))
    monkeypatch.setenv("QMAP_GEO", str(geo))
    monkeypatch.setenv("QMAP_OUT", str(out))
    monkeypatch.setenv("QMAP_CURATED", "none")
    monkeypatch.setenv("QMAP_TILES", "none")
    monkeypatch.setenv("QMAP_SKIP_BUILD", "0")

    def run(**env):
        for k, v in env.items():
            monkeypatch.setenv(k, v)
        return AppTest.from_file(str(ROOT / "app.py"), default_timeout=120).run()

    return seeds, geo, out, run


def _texts(at) -> str:
    parts = [e.value for kind in ("info", "warning", "error", "success") for e in getattr(at, kind)]
    return "\n".join(str(p) for p in parts)


def test_app_survives_a_dangling_link_in_seeds(app_env):
    seeds, geo, out, run = app_env
    os.symlink(seeds / "gone.txt", seeds / "dangling.txt")
    for skip in ("1", "0"):  # it crashed on every page, even with QMAP_SKIP_BUILD=1
        at = run(QMAP_SKIP_BUILD=skip)
        assert not at.exception, at.exception
    assert stale_reason(seeds, geo, out) is None  # the app rebuilt: the link is reported in errors.json
    assert any(e["path"] == str(seeds / "dangling.txt") for e in json.loads((out / "errors.json").read_bytes()))


def test_app_shows_building_instead_of_starting_another(app_env):
    seeds, geo, out, run = app_env
    (seeds / f"{SEED.stem}.toml").write_text(SEED.with_suffix(".toml").read_text(encoding="utf-8") + "\n",
                                             encoding="utf-8")  # stale now
    manifest = (out / "manifest.json").read_bytes()
    holder = _hold_lock(out)
    try:
        at = run()
        assert not at.exception
        assert "Building…" in _texts(at) and f"pid {holder.pid}" in _texts(at)
        assert (out / "manifest.json").read_bytes() == manifest  # no second build started
        assert any(" of " in m.value and "events" in m.value for m in at.markdown)  # the previous build is shown
    finally:
        _stop(holder)
    at = run()
    assert not at.exception and stale_reason(seeds, geo, out) is None


@pytest.mark.parametrize("name, damage", [
    ("events.parquet", "truncate"), ("articles.json", "truncate"), ("errors.json", "garbage"),
    ("zones.geojson", "garbage"), ("events.parquet", "garbage"),
])
def test_app_names_a_broken_file_and_rebuilds(app_env, name, damage):
    seeds, geo, out, run = app_env
    path = out / name
    data = path.read_bytes()
    target = path.resolve()
    os.unlink(target)  # a new file: the build's versions share unchanged files by hard links
    if damage == "truncate":
        target.write_bytes(data[: len(data) // 2])
    elif damage == "garbage":
        target.write_bytes(b"\x00" * len(data))  # same size: only reading it tells
    else:
        target.write_bytes(b"[" + b" " * (len(data) - 2) + b"]")
    at = run(QMAP_SKIP_BUILD="1")
    assert not at.exception
    assert str(path) in _texts(at) and "python -m pipeline build" in _texts(at)
    at = run(QMAP_SKIP_BUILD="0")
    assert not at.exception, at.exception
    assert name in _texts(at)  # said which file, then rebuilt
    assert path.read_bytes() == data
    assert any(m.value.startswith("**") and " of " in m.value for m in at.markdown)


@pytest.mark.parametrize("name, words", [("events.parquet", "the events are read from events.geojson"),
                                         ("zones.geojson", "no control zones")])
def test_app_says_when_events_or_zones_are_missing(app_env, name, words):
    seeds, geo, out, run = app_env
    (out / name).resolve().unlink()
    at = run(QMAP_SKIP_BUILD="1")
    assert not at.exception
    assert f"{out / name} is missing: {words}" in _texts(at)
    at = run(QMAP_SKIP_BUILD="0")  # stale by the rule: rebuilt
    assert not at.exception and (out / name).exists()
    assert "missing" in _texts(at)


# --------------------------------------------------------------------------- downloads and chrome

def _downloads(at) -> dict[str, object]:
    return {e.proto.label: e.proto for e in at.get("download_button")}


def test_downloads_are_fixed_bytes_that_survive_a_rerun(app_env, monkeypatch):
    """Callables got a new random id on every run, dropped when the run ended: a click just
    after a rerun found nothing (MediaFileStorageError). Bytes are stored by content: the same
    URL on every rerun, and a click does not rerun the app."""
    monkeypatch.setenv("QMAP_SKIP_BUILD", "1")
    for view, labels in (("Events", {"Download ACLED CSV", "Download GeoJSON"}),
                         ("Map", {"ACLED CSV", "Events GeoJSON"})):
        at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=120)
        at.query_params["view"] = view
        at.run()
        assert not _downloads(at), view  # made only on request (mapapp/downloads.py)
        for label in labels:
            # "Prepare ACLED CSV", not "Prepare Download ACLED CSV"
            next(b for b in at.button if b.label == f"Prepare {label.removeprefix('Download ')}").click().run()
        first = _downloads(at)
        assert labels <= set(first), (view, set(first))
        again = _downloads(at.run())  # a rerun with the same filters
        for label in labels:
            assert first[label].url and first[label].url == again[label].url, label
            assert not first[label].deferred_file_id and first[label].ignore_rerun, label


def test_acled_download_is_deterministic_per_build(app_env):
    from mapapp import downloads, exports
    from mapapp.data import load_dataset

    seeds, geo, out, run = app_env
    ds = load_dataset(out)
    when = downloads.build_time(ds.manifest)
    assert when is not None
    a = exports.acled_csv(ds.events, when, places=ds.places)
    time.sleep(1.1)
    assert exports.acled_csv(ds.events, when, places=ds.places) == a


def test_streamlit_developer_chrome_is_hidden():
    import tomllib

    config = tomllib.loads((ROOT / ".streamlit" / "config.toml").read_text(encoding="utf-8"))
    assert config["client"]["toolbarMode"] == "viewer"  # no Deploy button, no developer menu
