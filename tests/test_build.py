"""Build outputs, incrementality, atomicity, staleness and the ``extract`` CLI.

Every build runs on copies of ``seeds/`` and ``geo/`` in ``tmp_path``; the repository's
files are only read.
"""

from __future__ import annotations

import csv
import datetime as dt
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import pipeline.output
from pipeline.build import build, is_stale

ROOT = Path(__file__).resolve().parent.parent
SEED_ID = "000_35a237ec7240c52b"
SEED = ROOT / "seeds" / f"{SEED_ID}.txt"
SEED_META = ROOT / "seeds" / f"{SEED_ID}.toml"

OUTPUT_FILES = ["events.geojson", "events.parquet", "mentions.csv", "unresolved.csv", "control.csv",
                "articles.json", "places.geojson", "zones.geojson", "errors.json", "report.md", "manifest.json"]

MENTION_KEYS = {"start", "end", "text", "place_id", "name_en", "name_ar", "kind", "lat", "lon", "geo_precision"}
EVENT_KEYS = {"event_id", "event_date", "date_from", "date_to", "time_precision", "event_type", "sub_event_type",
              "actor1", "actor2", "place_id", "location", "location_ar", "latitude", "longitude", "geo_precision",
              "fatalities", "injuries", "evidence", "start", "end"}


def _read(path: Path) -> str:
    return open(path, encoding="utf-8").read()


def _run(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess:
    env = dict(os.environ, PYTHONPATH=str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", ""))
    return subprocess.run([sys.executable, "-m", "pipeline", *args], cwd=cwd, env=env, capture_output=True,
                          text=True, encoding="utf-8", timeout=300)


@pytest.fixture
def dirs(work_dirs):
    """(seeds, geo, out) copies in tmp_path; out does not exist yet."""
    return work_dirs


@pytest.fixture
def built(dirs):
    seeds, geo, out = dirs
    stats = build(seeds, geo, out)
    assert stats.ok, stats.errors
    return seeds, geo, out, stats


def _snapshot(out: Path) -> dict[str, bytes]:
    return {name: (out / name).read_bytes() for name in OUTPUT_FILES}


def _event_ids(out: Path) -> list[str]:
    return [f["id"] for f in json.loads((out / "events.geojson").read_text(encoding="utf-8"))["features"]]


# ---------------------------------------------------------------------------------------
# outputs
# ---------------------------------------------------------------------------------------

def test_all_output_files_exist(built):
    seeds, geo, out, stats = built
    for name in OUTPUT_FILES:
        assert (out / name).is_file(), name
        assert (out / name).stat().st_size > 0, name
    assert stats.articles == 1 and stats.processed == 1 and stats.cached == 0 and stats.failed == 0
    assert stats.events > 0 and stats.mentions > 0
    for name in OUTPUT_FILES:
        if name.endswith((".json", ".geojson")):
            json.loads((out / name).read_text(encoding="utf-8"))
    assert json.loads((out / "errors.json").read_text(encoding="utf-8")) == []


def test_manifest_counts_and_inputs(built):
    seeds, geo, out, stats = built
    m = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    assert m["counts"]["articles"] == 1 and m["counts"]["events"] == stats.events
    assert m["errors"] == 0
    assert set(m["inputs"]) == {f"seeds/{SEED_ID}.txt", f"seeds/{SEED_ID}.toml", "geo/gazetteer.csv", "geo/zones.csv",
                                "geo/border_sy_tr.geojson"}  # the border clips the zones


def test_parquet_matches_geojson(built):
    import geopandas as gpd

    seeds, geo, out, stats = built
    gdf = gpd.read_parquet(out / "events.parquet")
    assert gdf.crs is not None and gdf.crs.to_epsg() == 4326
    feats = json.loads((out / "events.geojson").read_text(encoding="utf-8"))["features"]
    assert list(gdf["event_id"]) == [f["id"] for f in feats] == [f["properties"]["event_id"] for f in feats]
    assert len(gdf) == stats.events
    for f, (_, row) in zip(feats, gdf.iterrows()):
        if f["geometry"] is None:
            assert row.geometry is None or row.geometry.is_empty
        else:
            lon, lat = f["geometry"]["coordinates"]
            assert row.geometry.x == pytest.approx(lon) and row.geometry.y == pytest.approx(lat)
            assert (lon, lat) == (f["properties"]["longitude"], f["properties"]["latitude"])
        assert row["evidence"] == f["properties"]["evidence"]


def test_evidence_and_mentions_index_the_original_text(built):
    seeds, geo, out, stats = built
    text = _read(seeds / f"{SEED_ID}.txt")
    feats = json.loads((out / "events.geojson").read_text(encoding="utf-8"))["features"]
    assert feats
    for f in feats:
        p = f["properties"]
        assert p["article_id"] == SEED_ID
        assert p["evidence"] and p["evidence"] == text[p["start"]:p["end"]], p["event_id"]
        for s, e in p.get("more_evidence") or []:
            assert 0 <= s < e <= len(text)
    with open(out / "mentions.csv", encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert len(rows) == stats.mentions > 0
    for r in rows:
        assert r["article_id"] == SEED_ID
        assert r["text"] == text[int(r["start"]):int(r["end"])], r
    with open(out / "unresolved.csv", encoding="utf-8", newline="") as fh:
        for r in csv.DictReader(fh):
            assert r["text"] == text[int(r["start"]):int(r["end"])]
    with open(out / "control.csv", encoding="utf-8", newline="") as fh:
        for r in csv.DictReader(fh):
            assert r["evidence"] == text[int(r["start"]):int(r["end"])]
    arts = json.loads((out / "articles.json").read_text(encoding="utf-8"))
    assert len(arts) == 1 and arts[0]["text"] == text
    for m in arts[0]["mentions"]:
        assert m["text"] == text[m["start"]:m["end"]]
    assert arts[0]["event_ids"] == [f["id"] for f in feats]


# ---------------------------------------------------------------------------------------
# incrementality
# ---------------------------------------------------------------------------------------

def test_second_build_uses_cache(built):
    seeds, geo, out, _ = built
    before = _snapshot(out)
    stats = build(seeds, geo, out)
    assert stats.cached == 1 and stats.processed == 0 and stats.ok
    after = _snapshot(out)
    for name in OUTPUT_FILES:
        if name in ("manifest.json", "report.md"):
            continue  # built_at, processed/cached counts
        assert after[name] == before[name], name


def test_metadata_change_reprocesses(built):
    seeds, geo, out, _ = built
    meta = seeds / f"{SEED_ID}.toml"
    meta.write_text(meta.read_text(encoding="utf-8").replace('notes = "', 'notes = "edited. '), encoding="utf-8")
    stats = build(seeds, geo, out)
    assert stats.processed == 1 and stats.cached == 0
    assert build(seeds, geo, out).cached == 1


def test_metadata_date_change_changes_events(built):
    seeds, geo, out, _ = built
    old = json.loads((out / "events.geojson").read_text(encoding="utf-8"))["features"]
    meta = seeds / f"{SEED_ID}.toml"
    meta.write_text(meta.read_text(encoding="utf-8").replace("published = 2021-04-22", "published = 2021-04-29"),
                    encoding="utf-8")
    stats = build(seeds, geo, out)
    assert stats.processed == 1
    new = json.loads((out / "events.geojson").read_text(encoding="utf-8"))["features"]
    shift = {(o["properties"]["event_date"], n["properties"]["event_date"]) for o, n in zip(old, new)}
    # every weekday moves one week later
    assert all(dt.date.fromisoformat(b) - dt.date.fromisoformat(a) == dt.timedelta(days=7) for a, b in shift)


def test_force_reprocesses(built):
    seeds, geo, out, _ = built
    stats = build(seeds, geo, out, force=True)
    assert stats.processed == 1 and stats.cached == 0


def test_gazetteer_change_reprocesses(built):
    seeds, geo, out, _ = built
    g = geo / "gazetteer.csv"
    text = g.read_text(encoding="utf-8")
    assert "Region label only; no point or boundary used." in text
    g.write_text(text.replace("Region label only; no point or boundary used.", "Region label only."), encoding="utf-8")
    stats = build(seeds, geo, out)
    assert stats.processed == 1 and stats.cached == 0 and stats.ok


def test_removed_article_disappears_from_outputs(built):
    seeds, geo, out, _ = built
    first = _snapshot(out)
    (seeds / f"{SEED_ID}.txt").unlink()
    (seeds / f"{SEED_ID}.toml").unlink()
    stats = build(seeds, geo, out)
    assert stats.articles == 0 and stats.events == 0 and stats.ok
    assert _event_ids(out) == []
    assert json.loads((out / "articles.json").read_text(encoding="utf-8")) == []
    # putting it back gives the same events again
    shutil.copy(SEED, seeds)
    shutil.copy(SEED_META, seeds)
    stats = build(seeds, geo, out)
    assert stats.events > 0
    assert (out / "events.geojson").read_bytes() == first["events.geojson"]


@pytest.mark.parametrize("newline", [
    pytest.param("\r\n", id="crlf"),
    pytest.param("\r", id="cr"),
])
def test_cached_build_same_text_as_fresh(dirs, newline):
    """Offsets index the text as open() reads it (universal newlines), cached or not."""
    seeds, geo, out = dirs
    p = seeds / f"{SEED_ID}.txt"
    p.write_bytes(SEED.read_bytes().replace(b"\n", newline.encode()))
    text = _read(p)
    assert "\r" not in text
    build(seeds, geo, out)
    fresh = json.loads((out / "articles.json").read_text(encoding="utf-8"))
    assert build(seeds, geo, out).cached == 1
    cached = json.loads((out / "articles.json").read_text(encoding="utf-8"))
    assert fresh[0]["text"] == text
    assert cached[0]["text"] == text
    for m in cached[0]["mentions"]:
        assert m["text"] == text[m["start"]:m["end"]]


# ---------------------------------------------------------------------------------------
# atomic writes
# ---------------------------------------------------------------------------------------

def _no_leftovers(tmp_path: Path, out: Path):
    """Only the published version (and at most one previous one) remain; no temp links."""
    stray = [p.name for p in tmp_path.iterdir()
             if (p.name.startswith(".") and p.name not in (f".{out.name}.versions", f".{out.name}.lock"))
             or "stage" in p.name]
    assert stray == [], stray
    lock = tmp_path / f".{out.name}.lock"  # the build lock stays, released and empty
    assert not lock.exists() or lock.read_bytes() == b""
    assert out.is_symlink()
    versions = tmp_path / f".{out.name}.versions"
    current = Path(os.readlink(out)).name
    names = {p.name for p in versions.iterdir()}
    assert current in names and len(names) <= 2, names
    tmp_files = [str(p) for p in out.rglob("*") if p.name.startswith(".") or p.name.endswith(".tmp")]
    assert tmp_files == [], tmp_files


def _assert_old_build_intact(out: Path, before: dict[str, bytes], names=OUTPUT_FILES):
    for name in names:
        assert (out / name).read_bytes() == before[name], name


def _change_published(seeds: Path):
    meta = seeds / f"{SEED_ID}.toml"
    meta.write_text(meta.read_text(encoding="utf-8").replace("published = 2021-04-22", "published = 2021-04-29"),
                    encoding="utf-8")


def test_crash_before_moves_keeps_old_build(built, tmp_path, monkeypatch):
    seeds, geo, out, _ = built
    before = _snapshot(out)
    _change_published(seeds)  # the new build would have different events

    def boom(fh, events):
        fh.write(b"PAR1 half a file")
        raise RuntimeError("simulated crash in events_parquet")

    monkeypatch.setattr(pipeline.output, "write_events_parquet", boom)
    with pytest.raises(RuntimeError, match="simulated crash"):
        build(seeds, geo, out)
    _assert_old_build_intact(out, before)
    json.loads((out / "events.geojson").read_text(encoding="utf-8"))
    _no_leftovers(tmp_path, out)
    monkeypatch.undo()
    # and the next build recovers
    assert build(seeds, geo, out).ok
    assert (out / "events.geojson").read_bytes() != before["events.geojson"]


def test_crash_while_publishing_keeps_old_build(built, tmp_path, monkeypatch):
    """Every file of the new build is written, then switching the link fails: the old build stays whole."""
    seeds, geo, out, _ = built
    before = _snapshot(out)
    _change_published(seeds)
    real = os.replace

    def replace(src, dst, *a, **kw):
        if Path(dst) == out:
            raise OSError(28, "simulated: no space left on device")
        return real(src, dst, *a, **kw)

    monkeypatch.setattr(os, "replace", replace)
    with pytest.raises(OSError, match="simulated"):
        build(seeds, geo, out)
    monkeypatch.undo()
    _assert_old_build_intact(out, before)
    _no_leftovers(tmp_path, out)
    # the folder is seen as stale, and the next build repairs it
    assert is_stale(seeds, geo, out)
    assert build(seeds, geo, out).ok
    assert not is_stale(seeds, geo, out)
    assert (out / "events.geojson").read_bytes() != before["events.geojson"]


def test_output_folder_is_one_atomic_switch(built, tmp_path):
    """The output path is a link to a complete version folder; a rebuild switches it."""
    seeds, geo, out, _ = built
    first = os.readlink(out)
    _change_published(seeds)
    assert build(seeds, geo, out).ok
    second = os.readlink(out)
    assert first != second
    assert all((out / name).exists() for name in OUTPUT_FILES)
    _no_leftovers(tmp_path, out)


def test_unchanged_outputs_are_shared_with_the_previous_version(built):
    """A rebuild links the files that did not change instead of writing them again."""
    seeds, geo, out, _ = built
    before = _snapshot(out)
    names = [*OUTPUT_FILES, "cache/results.bin"]
    first = {name: (out / name).stat().st_ino for name in names}
    assert build(seeds, geo, out).ok  # nothing changed: only the manifest and report are new
    assert {name for name in names if (out / name).stat().st_ino == first[name]} == \
        set(names) - {"manifest.json", "report.md"}
    _assert_old_build_intact(out, before, [n for n in OUTPUT_FILES if n not in ("manifest.json", "report.md")])
    _change_published(seeds)
    assert build(seeds, geo, out).ok
    assert (out / "events.geojson").stat().st_ino != first["events.geojson"]
    assert (out / "events.geojson").read_bytes() != before["events.geojson"]


# ---------------------------------------------------------------------------------------
# staleness
# ---------------------------------------------------------------------------------------

def test_is_stale(dirs):
    seeds, geo, out = dirs
    assert is_stale(seeds, geo, out) is True
    build(seeds, geo, out)
    assert is_stale(seeds, geo, out) is False
    meta = seeds / f"{SEED_ID}.toml"
    meta.write_text(meta.read_text(encoding="utf-8").replace('notes = "', 'notes = "x '), encoding="utf-8")
    assert is_stale(seeds, geo, out) is True
    build(seeds, geo, out)
    assert is_stale(seeds, geo, out) is False


def test_unreadable_seed_files_are_reported_and_the_rest_builds(dirs):
    """A seed that is a folder or a dangling link is a bad article, not a crash (manifest, freshness)."""
    seeds, geo, out = dirs
    (seeds / "folder.txt").mkdir()
    (seeds / "gone.txt").symlink_to(seeds / "missing-target.txt")
    stats = build(seeds, geo, out)
    assert (stats.processed, stats.failed) == (1, 2)
    reasons = {Path(e["path"]).name: e["reason"] for e in stats.errors}
    assert reasons.keys() == {"folder.txt", "gone.txt"} and all("cannot read" in r for r in reasons.values())
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["inputs"]["seeds/gone.txt"].startswith("unreadable")
    assert _event_ids(out)  # the good article's events are there
    assert is_stale(seeds, geo, out) is False
    (seeds / "gone.txt").unlink()
    assert is_stale(seeds, geo, out) is True


@pytest.mark.parametrize("change", ["text", "gazetteer", "zones", "new_article", "corrupt_manifest"])
def test_is_stale_after_input_change(dirs, change):
    seeds, geo, out = dirs
    build(seeds, geo, out)
    assert is_stale(seeds, geo, out) is False
    if change == "text":
        p = seeds / f"{SEED_ID}.txt"
        p.write_text(_read(p) + "\nفقرة إضافية.\n", encoding="utf-8")
    elif change == "gazetteer":
        g = geo / "gazetteer.csv"
        g.write_text(g.read_text(encoding="utf-8").replace("Region label only;", "Region label;"), encoding="utf-8")
    elif change == "zones":
        z = geo / "zones.csv"
        z.write_text(z.read_text(encoding="utf-8").replace(",2021-04-22,medium,", ",2021-04-21,medium,", 1),
                     encoding="utf-8")
    elif change == "new_article":
        shutil.copy(SEED, seeds / "001_copy.txt")
        shutil.copy(SEED_META, seeds / "001_copy.toml")
    elif change == "corrupt_manifest":
        (out / "manifest.json").write_text("{not json", encoding="utf-8")
    assert is_stale(seeds, geo, out) is True


# ---------------------------------------------------------------------------------------
# extract CLI
# ---------------------------------------------------------------------------------------

def _extract(*args: str) -> dict:
    r = _run("extract", *args, "--json")
    assert r.returncode == 0, r.stderr
    out = r.stdout
    assert out.endswith("\n") and out.count("\n") == 1, "extract --json must print exactly one line"
    obj = json.loads(out)
    assert isinstance(obj, dict)
    return obj


def _check_contract(obj: dict, text: str):
    assert {"article", "mentions", "events"} <= set(obj)
    assert {"id", "published", "source", "language"} <= set(obj["article"])
    dt.date.fromisoformat(obj["article"]["published"])
    assert obj["mentions"] and obj["events"]
    for m in obj["mentions"]:
        assert set(m) >= MENTION_KEYS, MENTION_KEYS - set(m)
        assert m["text"] == text[m["start"]:m["end"]]
    for e in obj["events"]:
        assert set(e) >= EVENT_KEYS, EVENT_KEYS - set(e)
        for k in ("event_date", "date_from", "date_to"):
            assert len(e[k]) == 10 and dt.date.fromisoformat(e[k]).isoformat() == e[k]
        assert e["date_from"] <= e["event_date"] <= e["date_to"]
        assert e["evidence"] == text[e["start"]:e["end"]]


def _event_with(obj: dict, words: str) -> dict:
    hits = [e for e in obj["events"] if words in e["evidence"]]
    assert len(hits) == 1, (words, [e["evidence"][:60] for e in obj["events"]])
    return hits[0]


SHOOTING = "أطلق النار على حاجز لقواتنا عند دوار الوحدة"
TWO_DAYS = "وتصاعدت وتيرة الاشتباكات خلال اليومين الماضيين"


def test_extract_json_contract():
    obj = _extract(str(SEED))
    text = _read(SEED)
    _check_contract(obj, text)
    art = obj["article"]
    assert art["id"] == SEED_ID and art["published"] == "2021-04-22"
    assert art["source"] == "Shafaq News" and art["language"] == "ar"
    shot = _event_with(obj, SHOOTING)
    assert shot["event_date"] == "2021-04-20"
    two = _event_with(obj, TWO_DAYS)
    assert (two["date_from"], two["date_to"]) == ("2021-04-20", "2021-04-21")


def test_extract_matches_build(built):
    seeds, geo, out, _ = built
    obj = _extract(str(seeds / f"{SEED_ID}.txt"), "--geo", str(geo))
    feats = json.loads((out / "events.geojson").read_text(encoding="utf-8"))["features"]
    assert [e["event_id"] for e in obj["events"]] == [f["id"] for f in feats]
    for e, f in zip(obj["events"], feats):
        for k in EVENT_KEYS:
            assert e[k] == f["properties"][k], k


def test_extract_published_override():
    base = _extract(str(SEED))
    obj = _extract(str(SEED), "--published", "2021-04-23")
    _check_contract(obj, _read(SEED))
    assert obj["article"]["published"] == "2021-04-23"
    # weekdays resolve to the most recent such day: Tuesday evening is still 20 April
    assert _event_with(obj, SHOOTING)["event_date"] == "2021-04-20"
    # "in the past two days" counts back from the new date
    two = _event_with(obj, TWO_DAYS)
    assert (two["date_from"], two["date_to"]) == ("2021-04-21", "2021-04-22")
    assert two["event_date"] == "2021-04-21"
    assert [e["event_id"] for e in obj["events"]] == [e["event_id"] for e in base["events"]]


def test_extract_bad_published_argument():
    r = _run("extract", str(SEED), "--published", "22/04/2021", "--json")
    assert r.returncode == 2
    assert "YYYY-MM-DD" in r.stderr
    assert r.stdout == ""


def test_extract_bare_text_needs_metadata_or_published(tmp_path):
    bare = tmp_path / "bare.txt"
    shutil.copy(SEED, bare)
    r = _run("extract", str(bare), "--json")
    assert r.returncode != 0
    assert r.stdout == ""
    assert str(tmp_path / "bare.toml") in r.stderr
    assert "metadata" in r.stderr and "missing" in r.stderr
    assert "--published YYYY-MM-DD" in r.stderr  # says how to go on without one

    obj = _extract(str(bare), "--published", "2021-04-22")
    _check_contract(obj, _read(bare))
    assert obj["article"]["source"] == "Shafaq News"
    assert obj["article"]["id"] == "bare"
    assert obj["article"]["published"] == "2021-04-22"
    assert _event_with(obj, SHOOTING)["event_date"] == "2021-04-20"


def test_extract_bad_article_exits_nonzero(tmp_path):
    bad = tmp_path / "bad.txt"
    bad.write_bytes(_read(SEED).encode("cp1256"))
    shutil.copy(SEED_META, tmp_path / "bad.toml")
    r = _run("extract", str(bad), "--json")
    assert r.returncode != 0
    assert r.stdout == ""
    assert f"{bad}:1" in r.stderr and "UTF-8" in r.stderr


def test_extract_human_readable():
    r = _run("extract", str(SEED))
    assert r.returncode == 0, r.stderr
    assert SEED_ID in r.stdout and "events (" in r.stdout


def _count_reads(monkeypatch) -> tuple[list[str], list[bytes]]:
    """Every file the build reads (by path) and every article it keys (by text), from now on."""
    import pipeline.build as build_mod

    reads: list[str] = []
    keyed: list[bytes] = []
    real_read, real_key = build_mod._read, build_mod.article_key

    def read(path, max_bytes=None):
        reads.append(path)
        return real_read(path, max_bytes)

    def key(text_bytes, meta_bytes, fp_bytes):
        keyed.append(text_bytes)
        return real_key(text_bytes, meta_bytes, fp_bytes)

    monkeypatch.setattr(build_mod, "_read", read)
    monkeypatch.setattr(build_mod, "article_key", key)
    return reads, keyed


@pytest.mark.parametrize("change", ["text", "fingerprint"])
def test_a_stale_article_is_read_and_keyed_once_with_the_same_outputs(tmp_path, dirs, monkeypatch, change):
    """An article whose cache key is stale (its text changed, or the pipeline's fingerprint) is
    read and hashed once, whether where the build runs or where it is analysed, and the outputs
    are those of a build from nothing."""
    import pipeline.build as build_mod
    from pipeline.incremental import canonical_outputs

    seeds, geo, out = dirs
    second = seeds / "second.txt"
    second.write_text("قُتل رجلان وأصيب ثالث بقصف طال قرية تل حميس جنوب القامشلي يوم الأحد.\n", encoding="utf-8")
    second.with_suffix(".toml").write_text('source = "a test outlet"\nlanguage = "ar"\npublished = 2021-05-03\n',
                                           encoding="utf-8")
    assert build(seeds, geo, out, progress=False).ok
    if change == "text":
        with open(second, "a", encoding="utf-8") as fh:
            fh.write("وفي اليوم التالي اندلعت اشتباكات في حي الطي بمدينة القامشلي.\n")
    else:
        monkeypatch.setattr(build_mod, "fingerprint", lambda paths: "f" * 64)
    reads, keyed = _count_reads(monkeypatch)
    stats = build(seeds, geo, out, progress=False)
    assert stats.ok and stats.processed == (1 if change == "text" else 2)
    assert reads.count(str(second)) == 1
    assert keyed.count(second.read_bytes()) == 1
    fresh = tmp_path / "fresh"
    build(seeds, geo, fresh, force=True, progress=False)
    assert canonical_outputs(out) == canonical_outputs(fresh)  # (all but the build's counts and time)


def test_a_warm_build_without_os_pread_or_copy_file_range_writes_the_same_outputs(tmp_path, dirs, monkeypatch):
    """Windows has neither ``os.pread`` nor ``os.copy_file_range``: the cache's records are then
    read with a seek and a read (:func:`pipeline.files.read_at`), and a warm build that takes one
    article from the cache and analyses a new one writes what a build from nothing writes."""
    from pipeline.incremental import canonical_outputs

    seeds, geo, out = dirs
    assert build(seeds, geo, out, progress=False).ok
    (seeds / "added.txt").write_text("قُتل رجلان بقصف طال قرية تل حميس جنوب القامشلي يوم الأحد.\n", encoding="utf-8")
    (seeds / "added.toml").write_text('source = "a test outlet"\nlanguage = "ar"\npublished = 2021-05-03\n',
                                      encoding="utf-8")
    monkeypatch.delattr(os, "pread", raising=False)
    monkeypatch.delattr(os, "copy_file_range", raising=False)
    stats = build(seeds, geo, out, progress=False)
    assert stats.ok and (stats.cached, stats.processed) == (1, 1)
    fresh = tmp_path / "fresh"
    monkeypatch.undo()
    build(seeds, geo, fresh, force=True, progress=False)
    assert canonical_outputs(out) == canonical_outputs(fresh)


def test_the_build_command_gives_arrow_the_system_allocator_unless_told_otherwise(dirs):
    """``python -m pipeline build`` sets Arrow's default allocator to the system's before pyarrow
    loads (Arrow's own kept what the Parquet writer let go: the peak grew with every row group of
    events.parquet); an allocator the user chose is kept."""
    seeds, geo, out = dirs
    probe = ("import runpy, sys\n"
             "sys.argv = ['pipeline', 'build', '--seeds', sys.argv[1], '--geo', sys.argv[2], '--out', sys.argv[3],"
             " '--no-curated', '--no-progress', '--jobs', '1']\n"
             "try:\n    runpy.run_module('pipeline', run_name='__main__')\nexcept SystemExit as e:\n    code = e.code\n"
             "import pyarrow as pa\nprint(code, pa.default_memory_pool().backend_name)\n")
    env = dict(os.environ, PYTHONPATH=str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", ""))
    for given, want in ((None, "system"), ("jemalloc", "jemalloc")):
        run_env = {k: v for k, v in env.items() if k != "ARROW_DEFAULT_MEMORY_POOL"}
        if given:
            run_env["ARROW_DEFAULT_MEMORY_POOL"] = given
        done = subprocess.run([sys.executable, "-c", probe, str(seeds), str(geo), str(out)], cwd=ROOT, env=run_env,
                              capture_output=True, text=True, timeout=300)
        assert done.stdout.split()[-2:] == ["0", want], done.stderr[-2000:]


def test_a_failed_build_lets_go_of_its_temporary_files_at_once(dirs, monkeypatch):
    # the merge's spill and the cache's file of new records are closed when the build fails, not
    # when the exception is freed (on Windows an open file cannot be removed)
    import pipeline.merge

    seeds, geo, out = dirs

    def broken(self, *args, **kwargs):
        raise RuntimeError("merge failed")

    monkeypatch.setattr(pipeline.merge.Merger, "add", broken)
    versions = out.parent / f".{out.name}.versions"
    with pytest.raises(RuntimeError) as caught:
        build(seeds, geo, out, force=True)
    fd_dir = Path("/proc/self/fd")
    if fd_dir.is_dir():  # (Linux) no descriptor still open on a file under the versions folder
        held = [os.readlink(fd_dir / fd) for fd in os.listdir(fd_dir) if (fd_dir / fd).is_symlink()]
        assert not [h for h in held if str(versions) in h], held
    assert not list(versions.glob("**/.*.new")) if versions.exists() else True
    del caught


def test_pruning_old_versions_counts_only_version_folders(tmp_path):
    # a temporary file beside the versions (the spill, named on Windows) is neither removed nor
    # taken for the previous version
    from pipeline.output import _prune

    versions = tmp_path / ".build.versions"
    versions.mkdir()
    for i, name in enumerate(["20261201T000000-1-1", "20261202T000000-1-2", "20261203T000000-1-3"]):
        (versions / name).mkdir()
        (versions / name / "manifest.json").write_text("{}", encoding="utf-8")  # published versions
        os.utime(versions / name, (1_000_000 + i, 1_000_000 + i))
    spill = versions / ".reports-abc123"
    spill.write_bytes(b"x")
    os.utime(spill, (2_000_000, 2_000_000))  # the newest entry
    _prune(versions, keep={"20261203T000000-1-3"})
    assert sorted(p.name for p in versions.iterdir()) == [".reports-abc123", "20261202T000000-1-2",
                                                           "20261203T000000-1-3"]
