"""Hostile input, second pass: what a mistaken option, a crafted file or a crafted cell does.

Each test reproduces one defect found by probing copies in ``tmp_path``: an ``--out`` that
names a folder or file that is no build (it was moved aside, then deleted by the next
builds), a ``--seeds`` or ``--curated`` folder that does not exist (an empty map published
over the good one, exit 0), spreadsheet formulas in an exported CSV, ``${…}`` in a review
tooltip, Markdown in the app's messages, unchecked ``related_urls``.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import ROOT, SEED

from pipeline.build import build
from pipeline.errors import InputError


def _cli(*args: str, timeout: float = 120) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "pipeline", *args], cwd=ROOT, capture_output=True, text=True,
                          timeout=timeout)


# --------------------------------------------------------------------------- an --out that is no build

def test_out_folder_holding_other_files_is_refused_and_left_alone(work_dirs, tmp_path):
    """``--out ~/Documents`` by mistake: the folder was moved into ``.Documents.versions/``
    and deleted by the second build after it (data loss). Now refused, untouched."""
    seeds, geo, _ = work_dirs
    victim = tmp_path / "notes"
    victim.mkdir()
    (victim / "thesis.txt").write_text("precious", encoding="utf-8")
    for _ in range(3):
        with pytest.raises(InputError, match="not a build") as err:
            build(seeds, geo, victim)
        assert err.value.path == str(victim)
        assert (victim / "thesis.txt").read_text(encoding="utf-8") == "precious"
    assert victim.is_dir() and not victim.is_symlink()
    assert not (tmp_path / ".notes.versions").exists()


def test_out_that_is_a_file_is_refused_by_the_cli(work_dirs, tmp_path):
    seeds, geo, _ = work_dirs
    victim = tmp_path / "hostname"
    victim.write_text("vm\n", encoding="utf-8")
    r = _cli("build", "--seeds", str(seeds), "--geo", str(geo), "--out", str(victim), "--no-curated", "--jobs", "1")
    assert r.returncode == 2, r.stderr
    assert "Traceback" not in r.stderr
    assert f"error: {victim}" in r.stderr and "--out" in r.stderr
    assert victim.is_file() and not victim.is_symlink() and victim.read_text(encoding="utf-8") == "vm\n"


def test_out_folder_of_an_old_build_or_empty_is_still_taken_over(work_dirs, tmp_path):
    """What the switch to versioned builds promised: an output folder from before it (it has
    a manifest.json) becomes a version; an empty folder is simply used."""
    seeds, geo, _ = work_dirs
    empty = tmp_path / "empty"
    empty.mkdir()
    build(seeds, geo, empty)
    assert empty.is_symlink() and (empty / "manifest.json").is_file()
    old = tmp_path / "old"
    old.mkdir()
    (old / "manifest.json").write_text("{}", encoding="utf-8")
    (old / "events.geojson").write_text("{}", encoding="utf-8")
    build(seeds, geo, old)
    assert old.is_symlink() and json.loads((old / "manifest.json").read_text(encoding="utf-8"))["outputs"]


# --------------------------------------------------------------------------- input folders that do not exist

@pytest.mark.parametrize("option", ["--seeds", "--curated"])
def test_missing_input_folder_is_an_error_and_the_build_is_kept(work_dirs, tmp_path, option):
    """A mistyped ``--seeds`` built an empty map over the good one and exited 0."""
    seeds, geo, out = work_dirs
    build(seeds, geo, out)
    before = (out / "events.geojson").read_bytes()
    args = {"--seeds": str(seeds), "--curated": str(ROOT / "curated")}
    args[option] = str(tmp_path / "typo")
    r = _cli("build", "--seeds", args["--seeds"], "--geo", str(geo), "--out", str(out), "--curated", args["--curated"],
             "--jobs", "1")
    assert r.returncode == 2, (r.stdout, r.stderr)
    assert "Traceback" not in r.stderr
    assert f"{tmp_path / 'typo'}" in r.stderr and option in r.stderr
    assert (out / "events.geojson").read_bytes() == before


def test_seeds_option_naming_a_file_is_an_error(work_dirs):
    seeds, geo, out = work_dirs
    r = _cli("build", "--seeds", str(seeds / SEED.name), "--geo", str(geo), "--out", str(out), "--no-curated")
    assert r.returncode == 2 and "not a folder" in r.stderr and "Traceback" not in r.stderr
    assert not out.exists()
