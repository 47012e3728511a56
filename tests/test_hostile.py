"""Hostile input: nothing dropped into seeds/, geo/ or curated/ corrupts, crashes or hangs a build.

Each test reproduces one defect of the fresh-install review (issue 9) on copies in
``tmp_path``: duplicate or unsafe article ids, files that are no regular files, numbers
too large or not finite, an unclosed quote in the gazetteer.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import ROOT, SEED

from pipeline.articles import load_article, read_metadata
from pipeline.build import build
from pipeline.errors import MetadataError

SEED_META = SEED.with_suffix(".toml")
META_TEXT = SEED_META.read_text(encoding="utf-8")
#: A short report written for these tests (a different text from the seed's).
OTHER_TEXT = ("شفق نيوز/ قتل شخصان وأصيب ثالث في اشتباك بين قوات الأسايش وعناصر الدفاع الوطني "
              "في حي طي بمدينة القامشلي مساء الأحد.\n")


def _errors(out: Path) -> list[dict]:
    return json.loads((out / "errors.json").read_text(encoding="utf-8"))


def _events(out: Path) -> list[dict]:
    return [f["properties"] for f in json.loads((out / "events.geojson").read_text(encoding="utf-8"))["features"]]


def _with_id(meta: str, article_id: str) -> str:
    return f'id = "{article_id}"\n' + meta


# --------------------------------------------------------------------------- article ids

@pytest.mark.parametrize("bad", ["../../etc", "a/b", "", "with space", "é", "-lead", "x" * 101, "a.b"])
def test_unsafe_article_id_is_rejected_with_its_line(tmp_path, bad):
    meta = tmp_path / "m.toml"
    meta.write_text(META_TEXT + f'id = "{bad}"\n', encoding="utf-8")
    with pytest.raises(MetadataError, match="slug") as err:
        read_metadata(meta)
    assert err.value.line == META_TEXT.count("\n") + 1


def test_safe_article_id_is_used(tmp_path):
    shutil.copy(SEED, tmp_path / "a.txt")
    (tmp_path / "a.toml").write_text(_with_id(META_TEXT, "shafaq-2021_04_22"), encoding="utf-8")
    assert load_article(tmp_path / "a.txt").id == "shafaq-2021_04_22"


def test_duplicate_article_id_costs_the_second_and_names_both(work_dirs):
    """Two articles with one id: the first (in file order) builds, the second is reported with
    both files; no event, highlight or article row of one points into the other's text."""
    seeds, geo, out = work_dirs
    (seeds / "a_first.txt").write_text(OTHER_TEXT, encoding="utf-8")
    (seeds / "a_first.toml").write_text(_with_id(META_TEXT, "same"), encoding="utf-8")
    (seeds / "b_second.txt").write_text(OTHER_TEXT.replace("شخصان", "ثلاثة أشخاص"), encoding="utf-8")
    (seeds / "b_second.toml").write_text(_with_id(META_TEXT, "same"), encoding="utf-8")
    # and a third whose metadata id is the seed's file name
    shutil.copy(SEED, seeds / "c_third.txt")
    (seeds / "c_third.toml").write_text(_with_id(META_TEXT, SEED.stem), encoding="utf-8")
    for attempt in ("fresh", "from cache"):
        stats = build(seeds, geo, out)
        assert stats.failed == 2, attempt
        errors = {e["path"]: e for e in _errors(out)}
        second = errors[str(seeds / "b_second.toml")]
        assert second["line"] == 1 and "'same'" in second["reason"]
        assert str(seeds / "a_first.txt") in second["reason"]
        third = errors[str(seeds / "c_third.toml")]
        assert str(seeds / f"{SEED.stem}.txt") in third["reason"]
        articles = json.loads((out / "articles.json").read_text(encoding="utf-8"))
        ids = [a["id"] for a in articles]
        assert sorted(ids) == sorted({SEED.stem, "same"}) and len(ids) == len(set(ids))
        same = next(a for a in articles if a["id"] == "same")
        assert same["text"] == OTHER_TEXT  # the first one's text, not the second's
        texts = {a["id"]: a["text"] for a in articles}
        events = [e for e in _events(out) if e.get("article_id")]
        assert len({e["event_id"] for e in events}) == len(events)
        for e in events:
            assert texts[e["article_id"]][e["start"]:e["end"]] == e["evidence"]
        for a in articles:
            for m in a["mentions"]:
                assert a["text"][m["start"]:m["end"]] == m["text"]
    assert stats.cached == 2


# --------------------------------------------------------------------------- files that are not files

def _build_cli(seeds: Path, geo: Path, out: Path, timeout: float = 240) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "pipeline", "build", "--seeds", str(seeds), "--geo", str(geo),
                           "--out", str(out), "--no-curated"], cwd=ROOT, capture_output=True, text=True,
                          timeout=timeout)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes")
def test_fifo_and_devices_in_seeds_are_reported_not_waited_on(work_dirs):
    seeds, geo, out = work_dirs
    os.mkfifo(seeds / "pipe.txt")
    shutil.copy(SEED, seeds / "pipemeta.txt")
    os.mkfifo(seeds / "pipemeta.toml")
    os.symlink("/dev/zero", seeds / "zero.txt")
    (seeds / "folder.txt").mkdir()
    r = _build_cli(seeds, geo, out)  # before the fix: blocked forever on the pipe
    assert r.returncode == 1, r.stderr
    assert "Traceback" not in r.stderr
    errors = {e["path"]: e["reason"] for e in _errors(out)}
    assert "named pipe" in errors[str(seeds / "pipe.txt")]
    assert "named pipe" in errors[str(seeds / "pipemeta.toml")]
    assert "character device" in errors[str(seeds / "zero.txt")]
    assert "folder" in errors[str(seeds / "folder.txt")]
    assert {e["article_id"] for e in _events(out)} == {SEED.stem}  # the real article still built
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["inputs"]["seeds/pipe.txt"].startswith("unreadable")


def test_dangling_link_in_seeds_is_reported(work_dirs):
    seeds, geo, out = work_dirs
    os.symlink(seeds / "gone.txt", seeds / "dangling.txt")
    stats = build(seeds, geo, out)
    assert stats.failed == 1 and stats.processed == 1
    reason = {e["path"]: e["reason"] for e in _errors(out)}[str(seeds / "dangling.txt")]
    assert "link to a missing file" in reason
