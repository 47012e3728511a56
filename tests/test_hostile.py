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


# --------------------------------------------------------------------------- numbers too large or not finite

HUGE = "9" * 5000  # more digits than Python turns into an int


def _replace_field(csv_text: str, line: int, column: str, value: str) -> str:
    """``csv_text`` with one field of one physical line (a one-line row) replaced."""
    import csv
    import io

    lines = csv_text.split("\n")
    header = next(csv.reader([lines[0]]))
    row = next(csv.reader([lines[line - 1]]))
    row[header.index(column)] = value
    buf = io.StringIO()
    csv.writer(buf, lineterminator="").writerow(row)
    lines[line - 1] = buf.getvalue()
    return "\n".join(lines)


def test_huge_numbers_in_curated_rows_cost_only_their_rows(work_dirs, tmp_path):
    """A 5,000-digit fatalities figure aborted the whole build (int() refuses it)."""
    seeds, geo, out = work_dirs
    curated = tmp_path / "curated"
    shutil.copytree(ROOT / "curated", curated)
    events_csv = curated / "events.csv"
    text = events_csv.read_text(encoding="utf-8")
    one_line_rows = [i for i, ln in enumerate(text.split("\n"), 1) if i > 1 and ln.count(",") >= 26][:3]
    text = _replace_field(text, one_line_rows[0], "fatalities", HUGE)
    text = _replace_field(text, one_line_rows[1], "injuries", HUGE)
    text = _replace_field(text, one_line_rows[2], "displaced", "12345678")
    events_csv.write_text(text, encoding="utf-8")
    clean = build(seeds, geo, tmp_path / "clean", curated_dir=ROOT / "curated")
    stats = build(seeds, geo, out, curated_dir=curated)
    errors = {e["line"]: e for e in _errors(out) if e["path"] == str(events_csv)}
    assert sorted(errors) == one_line_rows
    assert "at most 7 digits" in errors[one_line_rows[0]]["reason"]
    assert "(5,000 characters)" in errors[one_line_rows[0]]["reason"]  # the value is cut in the message
    assert len(errors[one_line_rows[0]]["reason"]) < 400
    assert stats.curated == clean.curated - 3


def test_huge_and_non_finite_numbers_in_geo_files_are_reported_per_row(tmp_path):
    from pipeline.gazetteer import load_gazetteer
    from pipeline.zones import load_zones

    gaz_text = (ROOT / "geo" / "gazetteer.csv").read_text(encoding="utf-8").rstrip("\n")
    header = gaz_text.split("\n", 1)[0]
    bad = {"t_inf": ("inf", "41.2"), "t_nan": ("nan", "nan"), "t_huge": (HUGE, "41.2"), "t_big": ("1e400", "41.2")}
    rows = []
    for pid, (lat, lon) in bad.items():
        values = dict.fromkeys(header.split(","), "")
        values.update(id=pid, kind="village", name_en=pid, parent="qamishli", lat=lat, lon=lon, geo_precision="1",
                      trust="normal", source="test", licence="n/a")
        rows.append(",".join(values.values()))
    path = tmp_path / "gazetteer.csv"
    path.write_text(gaz_text + "\n" + "\n".join(rows) + "\n", encoding="utf-8")
    gaz = load_gazetteer(path)
    n = gaz_text.count("\n") + 1
    assert sorted(e.line for e in gaz.errors) == [n + 1, n + 2, n + 3, n + 4]
    assert not set(bad) & set(gaz.places) and "qamishli" in gaz
    assert all(len(e.reason) < 400 for e in gaz.errors)

    zones_text = (ROOT / "geo" / "zones.csv").read_text(encoding="utf-8").rstrip("\n")
    zrows = [f"z_{i},sdf,control,qamishli,{r},,,,medium,test,," for i, r in enumerate(("nan", "inf", HUGE, "-1"))]
    zpath = tmp_path / "zones.csv"
    zpath.write_text(zones_text + "\n" + "\n".join(zrows) + "\n", encoding="utf-8")
    zones, zerrors = load_zones(zpath, load_gazetteer(ROOT / "geo" / "gazetteer.csv"))
    m = zones_text.count("\n") + 1
    assert sorted(e.line for e in zerrors) == [m + 1, m + 2, m + 3, m + 4]
    assert len(zones) == m - 1


def test_huge_numbers_in_an_acled_export_cost_only_their_rows(tmp_path):
    from pipeline.acled import REQUIRED, load_acled
    from pipeline.gazetteer import load_gazetteer

    header = [*REQUIRED, "inter1"]
    good = dict(event_id_cnty="SYR1", event_date="2021-04-21", event_type="Battles", sub_event_type="Armed clash",
                actor1="Asayish", latitude="37.05215", longitude="41.23142", source="Test", fatalities="1", inter1="2")
    rows = [good,
            {**good, "event_id_cnty": "SYR2", "fatalities": HUGE},
            {**good, "event_id_cnty": "SYR3", "inter1": HUGE},
            {**good, "event_id_cnty": "SYR4", "latitude": "nan"},
            {**good, "event_id_cnty": "SYR5", "longitude": "1e400"}]
    path = tmp_path / "acled.csv"
    path.write_text("\n".join([",".join(header)] + [",".join(r[c] for c in header) for r in rows]) + "\n",
                    encoding="utf-8")
    events, errors = load_acled(path, load_gazetteer(ROOT / "geo" / "gazetteer.csv"))
    assert {e["event_id"].removeprefix("acled-") for e in events} == {"SYR1", "SYR3"}  # SYR3: inter from the actor
    assert sorted(e.line for e in errors) == [3, 5, 6]


def test_huge_and_odd_digits_in_an_article_are_no_count(pipeline, tmp_path):
    """Digits Python cannot turn into an int (5,000 of them, superscripts) cost nothing."""
    text = (f"شفق نيوز/ قتل {HUGE} شخصا في اشتباك بين قوات الأسايش وعناصر الدفاع الوطني في حي طي بمدينة القامشلي. "
            "وأصيب ²³ آخرون في القصف.\n")
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    (tmp_path / "a.toml").write_text(META_TEXT, encoding="utf-8")
    result = pipeline.process(load_article(tmp_path / "a.txt")).to_json()
    assert all((e["fatalities"] or 0) < 10**7 for e in result["events"])


# --------------------------------------------------------------------------- an unclosed quote in the gazetteer

def test_unclosed_quote_in_the_gazetteer_costs_only_its_row(work_dirs, tmp_path):
    """A quote left open in one row swallowed the next and cascaded: 109 errors, places 69 -> 3,
    curated rows 32 -> 0, zones 12 -> 0. Now only that row is lost, the error points at it,
    and the places filed under it keep their own cited points."""
    seeds, geo, out = work_dirs
    gaz = geo / "gazetteer.csv"
    lines = gaz.read_text(encoding="utf-8").split("\n")
    n = next(i for i, ln in enumerate(lines, 1) if ln.startswith("hasakah_governorate,"))
    assert lines[n - 1].endswith('"')
    lines[n - 1] = lines[n - 1][:-1]  # the closing quote of its notes
    gaz.write_text("\n".join(lines), encoding="utf-8")
    clean = build(seeds, ROOT / "geo", tmp_path / "clean", curated_dir=ROOT / "curated")
    stats = build(seeds, geo, out, curated_dir=ROOT / "curated")
    errors = [e for e in _errors(out) if e["kind"] == "gazetteer"]
    quote = [e for e in errors if "quote that opens" in e["reason"]]  # (a reason may quote the file's path)
    assert len(quote) == 1 and quote[0]["line"] == n and "'notes'" in quote[0]["reason"]
    places = json.loads((out / "places.geojson").read_text(encoding="utf-8"))["features"]
    clean_places = [f["properties"] for f in
                    json.loads((tmp_path / "clean" / "places.geojson").read_text(encoding="utf-8"))["features"]]
    # lost: the row itself and the places that take their position from it (no point of their own)
    # (and, in turn, those that take theirs from one of them: Abu Rasin's countryside from Abu Rasin)
    dependent: set[str] = set()
    while True:
        more = {p["place_id"] for p in clean_places if not p.get("has_point")
                and p.get("parent") in {"hasakah_governorate"} | dependent} - dependent
        if not more:
            break
        dependent |= more
    assert {p["place_id"] for p in clean_places} - {f["properties"]["place_id"] for f in places} \
        == {"hasakah_governorate"} | dependent
    kept = [e for e in errors if e is not quote[0] and "kept at its own cited point" in e["reason"]]
    assert len(kept) >= 10  # the subdistricts, Hasakah city...: reported, not lost
    assert len(errors) == 1 + len(kept) + len(dependent)
    assert stats.curated == clean.curated
    zones = json.loads((out / "zones.geojson").read_text(encoding="utf-8"))["features"]
    clean_zones = json.loads((tmp_path / "clean" / "zones.geojson").read_text(encoding="utf-8"))["features"]
    assert len(zones) == len(clean_zones) > 0
    assert stats.events == clean.events
