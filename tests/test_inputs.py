"""Bad input gets a clear error naming file and line, and nothing else is lost.

Every test works on copies in ``tmp_path``; the repository's seeds and geo files are
only read.
"""

from __future__ import annotations

import csv
import io
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from pipeline.articles import load_article, read_metadata
from pipeline.build import build
from pipeline.errors import ArticleError, GazetteerError, GazetteerErrors, MetadataError, ZonesError
from pipeline.gazetteer import load_gazetteer
from pipeline.zones import load_zones

ROOT = Path(__file__).resolve().parent.parent
SEED_ID = "000_35a237ec7240c52b"
SEED = ROOT / "seeds" / f"{SEED_ID}.txt"
SEED_META = ROOT / "seeds" / f"{SEED_ID}.toml"
GAZ = ROOT / "geo" / "gazetteer.csv"
ZONES = ROOT / "geo" / "zones.csv"

SEED_TEXT = SEED.read_text(encoding="utf-8")
META_TEXT = SEED_META.read_text(encoding="utf-8")


def _line_of(text: str, startswith: str) -> int:
    """1-based number of the first line of ``text`` that starts with ``startswith``."""
    for i, line in enumerate(text.split("\n"), 1):
        if line.startswith(startswith):
            return i
    raise AssertionError(f"no line starts with {startswith!r}")


def _article(tmp_path: Path, data: bytes, meta: str | None = META_TEXT, stem: str = "art") -> Path:
    """Write ``<stem>.txt`` (raw bytes) and, unless None, ``<stem>.toml`` into tmp_path."""
    txt = tmp_path / f"{stem}.txt"
    txt.write_bytes(data)
    if meta is not None:
        (tmp_path / f"{stem}.toml").write_text(meta, encoding="utf-8")
    return txt


def _meta(tmp_path: Path, text: str, name: str = "m.toml") -> Path:
    p = tmp_path / name
    p.write_text(text, encoding="utf-8")
    return p


def _run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "pipeline", *args], cwd=ROOT, capture_output=True,
                          text=True, encoding="utf-8", timeout=300)


# ---------------------------------------------------------------------------------------
# articles: the text file
# ---------------------------------------------------------------------------------------

def test_good_seed_loads():
    art = load_article(SEED)
    assert art.id == SEED_ID
    assert art.text == SEED.read_text(encoding="utf-8")
    assert art.source == "Shafaq News" and art.language == "ar"
    assert art.published.isoformat() == "2021-04-22"


@pytest.mark.parametrize("data", [b"", b"   \n\t\r\n  \n"], ids=["empty", "whitespace"])
def test_empty_article(tmp_path, data):
    txt = _article(tmp_path, data)
    with pytest.raises(ArticleError) as ei:
        load_article(txt)
    e = ei.value
    assert e.path == str(txt)
    assert "empty" in e.reason
    assert str(txt) in str(e)


def test_unicode_whitespace_only_article_is_empty(tmp_path):
    txt = _article(tmp_path, "\u00a0\n\u2003 \u3000\n".encode("utf-8"))
    with pytest.raises(ArticleError, match="empty"):
        load_article(txt)


def test_cp1256_article_names_line_1(tmp_path):
    # the whole file in Windows Arabic: the title (line 1) is already bad
    txt = _article(tmp_path, SEED_TEXT.encode("cp1256"))
    with pytest.raises(ArticleError) as ei:
        load_article(txt)
    e = ei.value
    assert e.path == str(txt)
    assert e.line == 1
    assert "UTF-8" in e.reason and "re-save" in e.reason
    assert f"{txt}:1:" in str(e)


def test_cp1256_inside_utf8_names_line_of_first_bad_byte(tmp_path):
    lines = SEED_TEXT.split("\n")
    # three good UTF-8 lines, then a paragraph pasted from a cp1256 source
    data = "\n".join(lines[:3]).encode("utf-8") + b"\n" + "\n".join(lines[3:]).encode("cp1256")
    txt = _article(tmp_path, data)
    with pytest.raises(ArticleError) as ei:
        load_article(txt)
    assert ei.value.line == 4
    assert ei.value.path == str(txt)


def test_latin1_article_names_line(tmp_path):
    data = b"first line ascii\nsecond line ascii\nCaf\xe9 de la Gare\n"  # Latin-1 e-acute on line 3
    txt = _article(tmp_path, data)
    with pytest.raises(ArticleError) as ei:
        load_article(txt)
    assert ei.value.line == 3
    assert "0xe9" in ei.value.reason


def test_binary_with_nul(tmp_path):
    txt = _article(tmp_path, "شفق نيوز/ نص".encode() + b"\x00\x00\x01\x02" + b"more")
    with pytest.raises(ArticleError) as ei:
        load_article(txt)
    assert ei.value.path == str(txt)
    assert "NUL" in ei.value.reason and ei.value.line == 1
    txt = _article(tmp_path, "شفق نيوز/ نص\nسطر ثان\nو".encode() + b"\x00more", stem="third")
    with pytest.raises(ArticleError) as ei:
        load_article(txt)
    assert ei.value.line == 3


def test_bom_accepted_offsets_count_after_it(tmp_path, pipeline):
    """A UTF-8 byte-order mark (Windows Notepad) is accepted; it is no part of the text, so
    every offset is the one of the same text without the mark."""
    txt = _article(tmp_path, b"\xef\xbb\xbf" + SEED_TEXT.encode("utf-8"))
    article = load_article(txt)
    assert article.text == SEED_TEXT
    plain = pipeline.process(load_article(SEED)).to_json()
    marked = pipeline.process(article).to_json()
    assert [(e["start"], e["end"], e["evidence"]) for e in marked["events"]] == \
           [(e["start"], e["end"], e["evidence"]) for e in plain["events"]]
    assert all(article.text[e["start"]:e["end"]] == e["evidence"] for e in marked["events"])
    # metadata saved with a mark too
    (tmp_path / "art.toml").write_bytes(b"\xef\xbb\xbf" + META_TEXT.encode("utf-8"))
    assert load_article(txt).published == article.published


def test_bom_only_is_empty(tmp_path):
    with pytest.raises(ArticleError, match="empty"):
        load_article(_article(tmp_path, b"\xef\xbb\xbf"))


def test_missing_article_file(tmp_path):
    with pytest.raises(ArticleError) as ei:
        load_article(tmp_path / "nope.txt")
    assert ei.value.path == str(tmp_path / "nope.txt")


# ---------------------------------------------------------------------------------------
# articles: the metadata
# ---------------------------------------------------------------------------------------

def test_missing_metadata(tmp_path):
    txt = _article(tmp_path, SEED_TEXT.encode("utf-8"), meta=None)
    with pytest.raises(MetadataError) as ei:
        load_article(txt)
    e = ei.value
    assert e.path == str(tmp_path / "art.toml")
    assert "missing" in e.reason
    # says what to create
    for key in ("source", "published", "language"):
        assert key in e.reason


def test_seed_metadata_is_valid():
    meta = read_metadata(SEED_META)
    assert meta["published"].isoformat() == "2021-04-22"


def test_toml_syntax_error_line(tmp_path):
    bad = META_TEXT.replace('language = "ar"', 'language = "ar')  # unterminated string
    p = _meta(tmp_path, bad)
    with pytest.raises(MetadataError) as ei:
        read_metadata(p)
    assert ei.value.path == str(p)
    assert ei.value.line == _line_of(bad, "language =")
    assert "TOML" in ei.value.reason


def test_toml_syntax_error_unquoted_date(tmp_path):
    bad = META_TEXT.replace("published = 2021-04-22", "published = 22/04/2021")
    p = _meta(tmp_path, bad)
    with pytest.raises(MetadataError) as ei:
        read_metadata(p)
    assert ei.value.line == _line_of(bad, "published =")


def test_toml_syntax_error_through_load_article(tmp_path):
    bad = META_TEXT.replace('url = ""', "url = ")
    txt = _article(tmp_path, SEED_TEXT.encode("utf-8"), meta=bad)
    with pytest.raises(MetadataError) as ei:
        load_article(txt)
    assert ei.value.path == str(tmp_path / "art.toml")
    assert ei.value.line == _line_of(bad, "url =")


@pytest.mark.parametrize("key", ["source", "published"])  # a missing language is detected (test_english)
def test_missing_required_key(tmp_path, key):
    bad = "\n".join(l for l in META_TEXT.split("\n") if not l.startswith(f"{key} ="))
    assert f"\n{key} =" not in bad
    p = _meta(tmp_path, bad)
    with pytest.raises(MetadataError) as ei:
        read_metadata(p)
    assert ei.value.path == str(p)
    assert f"'{key}'" in ei.value.reason and "missing" in ei.value.reason


def test_empty_required_key(tmp_path):
    p = _meta(tmp_path, META_TEXT.replace('source = "Shafaq News"', 'source = ""'))
    with pytest.raises(MetadataError, match="'source'"):
        read_metadata(p)


def test_malformed_published(tmp_path):
    bad = META_TEXT.replace("published = 2021-04-22", 'published = "22/04/2021"')
    p = _meta(tmp_path, bad)
    with pytest.raises(MetadataError) as ei:
        read_metadata(p)
    e = ei.value
    assert e.path == str(p)
    assert e.line == _line_of(bad, "published =") == 6
    assert "YYYY-MM-DD" in e.reason and "22/04/2021" in e.reason


def test_published_time_with_offset_is_the_day_in_syria(tmp_path):
    for value, day in [("2021-04-22T23:30:00-05:00", "2021-04-23"), ("2021-04-22T20:00:00Z", "2021-04-22"),
                       ("2021-04-22T21:30:00Z", "2021-04-23"), ("2021-04-22T23:30:00", "2021-04-22")]:
        meta = read_metadata(_meta(tmp_path, META_TEXT.replace("published = 2021-04-22", f"published = {value}")))
        assert meta["published"].isoformat() == day, value


def test_published_wrong_type(tmp_path):
    bad = META_TEXT.replace("published = 2021-04-22", "published = 2021")
    p = _meta(tmp_path, bad)
    with pytest.raises(MetadataError) as ei:
        read_metadata(p)
    assert ei.value.line == _line_of(bad, "published =")


def test_published_implausible(tmp_path):
    bad = META_TEXT.replace("published = 2021-04-22", "published = 2091-04-22")
    p = _meta(tmp_path, bad)
    with pytest.raises(MetadataError, match="implausible") as ei:
        read_metadata(p)
    assert ei.value.line == _line_of(bad, "published =")


def test_unknown_key(tmp_path):
    bad = META_TEXT + 'autor = "someone"\n'
    p = _meta(tmp_path, bad)
    with pytest.raises(MetadataError) as ei:
        read_metadata(p)
    e = ei.value
    assert e.line == _line_of(bad, "autor =")
    assert "'autor'" in e.reason
    assert "known keys" in e.reason and "source" in e.reason


def test_unknown_table_names_line(tmp_path):
    bad = META_TEXT + "[extra]\nx = 1\n"
    p = _meta(tmp_path, bad)
    with pytest.raises(MetadataError) as ei:
        read_metadata(p)
    assert ei.value.line == _line_of(bad, "[extra]")


def test_bad_language(tmp_path):
    bad = META_TEXT.replace('language = "ar"', 'language = "arabic"')
    p = _meta(tmp_path, bad)
    with pytest.raises(MetadataError) as ei:
        read_metadata(p)
    e = ei.value
    assert e.line == _line_of(bad, "language =")
    assert "'arabic'" in e.reason and "'ar'" in e.reason


def test_language_as_array_is_metadata_error(tmp_path):
    bad = META_TEXT.replace('language = "ar"', 'language = ["ar"]')
    p = _meta(tmp_path, bad)
    with pytest.raises(MetadataError) as ei:
        read_metadata(p)
    assert ei.value.line == _line_of(bad, "language =")


@pytest.mark.parametrize("url", ["www.shafaq.com/ar/x", "ftp://shafaq.com/x", "shafaq"])
def test_bad_url(tmp_path, url):
    bad = META_TEXT.replace('url = ""', f'url = "{url}"')
    p = _meta(tmp_path, bad)
    with pytest.raises(MetadataError) as ei:
        read_metadata(p)
    e = ei.value
    assert e.line == _line_of(bad, "url =") == 8
    assert "http" in e.reason and url in e.reason


def test_good_url_accepted(tmp_path):
    p = _meta(tmp_path, META_TEXT.replace('url = ""', 'url = "https://shafaq.com/ar/x"'))
    assert read_metadata(p)["url"] == "https://shafaq.com/ar/x"


def test_non_string_field(tmp_path):
    bad = META_TEXT.replace('source = "Shafaq News"', "source = 5")
    p = _meta(tmp_path, bad)
    with pytest.raises(MetadataError, match="'source' must be a string") as ei:
        read_metadata(p)
    assert ei.value.line == _line_of(bad, "source =")


def test_metadata_not_utf8(tmp_path):
    p = tmp_path / "m.toml"
    p.write_bytes(META_TEXT.encode("cp1256"))
    with pytest.raises(MetadataError, match="UTF-8") as ei:
        read_metadata(p)
    assert ei.value.path == str(p)


# ---------------------------------------------------------------------------------------
# build with a mix of good and bad articles
# ---------------------------------------------------------------------------------------

@pytest.fixture
def mixed(work_dirs):
    seeds, geo, out = work_dirs
    # 1: text in cp1256
    (seeds / "001_cp1256.txt").write_bytes(SEED_TEXT.encode("cp1256"))
    shutil.copy(SEED_META, seeds / "001_cp1256.toml")
    # 2: good text, malformed date in the metadata
    shutil.copy(SEED, seeds / "002_badmeta.txt")
    bad_meta = META_TEXT.replace("published = 2021-04-22", 'published = "22/04/2021"')
    (seeds / "002_badmeta.toml").write_text(bad_meta, encoding="utf-8")
    # 3: good text, no metadata at all
    shutil.copy(SEED, seeds / "003_nometa.txt")
    return seeds, geo, out


def test_build_mixed_keeps_good_article(mixed):
    seeds, geo, out = mixed
    stats = build(seeds, geo, out)
    assert stats.ok is False
    assert stats.articles == 4 and stats.processed == 1 and stats.failed == 3

    # the good article's events are all there
    events = json.loads((out / "events.geojson").read_text(encoding="utf-8"))["features"]
    assert events, "the good article produced no events"
    assert {f["properties"]["article_id"] for f in events} == {SEED_ID}
    assert len(events) == stats.events
    arts = json.loads((out / "articles.json").read_text(encoding="utf-8"))
    assert [a["id"] for a in arts] == [SEED_ID]

    errors = json.loads((out / "errors.json").read_text(encoding="utf-8"))
    by_path = {e["path"]: e for e in errors}
    cp = by_path[str(seeds / "001_cp1256.txt")]
    assert cp["line"] == 1 and "UTF-8" in cp["reason"]
    bm = by_path[str(seeds / "002_badmeta.toml")]
    assert bm["line"] == 6 and "YYYY-MM-DD" in bm["reason"]
    nm = by_path[str(seeds / "003_nometa.toml")]
    assert nm["line"] is None and "missing" in nm["reason"]
    assert len(errors) == 3
    assert stats.errors == errors

    report = (out / "report.md").read_text(encoding="utf-8")
    assert f"{seeds / '001_cp1256.txt'}:1" in report
    assert f"{seeds / '002_badmeta.toml'}:6" in report
    assert str(seeds / "003_nometa.toml") in report
    assert "3 failed" in report


def test_build_mixed_same_events_as_clean_build(mixed, tmp_path):
    """Bad neighbours change nothing in the good article's events."""
    seeds, geo, out = mixed
    build(seeds, geo, out)
    clean = tmp_path / "clean_seeds"
    clean.mkdir()
    shutil.copy(SEED, clean)
    shutil.copy(SEED_META, clean)
    assert build(clean, geo, tmp_path / "clean_out").ok
    a = json.loads((out / "events.geojson").read_text(encoding="utf-8"))
    b = json.loads((tmp_path / "clean_out" / "events.geojson").read_text(encoding="utf-8"))
    assert a == b


def test_build_cli_mixed_exits_1(mixed):
    seeds, geo, out = mixed
    r = _run("build", "--seeds", str(seeds), "--geo", str(geo), "--out", str(out))
    assert r.returncode == 1, r.stderr
    assert f"{seeds / '001_cp1256.txt'}:1" in r.stderr
    assert f"{seeds / '002_badmeta.toml'}:6" in r.stderr
    assert str(seeds / "003_nometa.toml") in r.stderr
    assert "3 failed" in r.stdout
    assert (out / "events.geojson").exists()


def test_build_cli_clean_exits_0(work_dirs):
    seeds, geo, out = work_dirs
    r = _run("build", "--seeds", str(seeds), "--geo", str(geo), "--out", str(out))
    assert r.returncode == 0, r.stderr
    assert "error:" not in r.stderr


# ---------------------------------------------------------------------------------------
# gazetteer
# ---------------------------------------------------------------------------------------

GAZ_TEXT = GAZ.read_text(encoding="utf-8")
GAZ_HEADER = GAZ_TEXT.split("\n", 1)[0].split(",")


def _gaz_row(**kw) -> str:
    """One CSV row in the real header's column order (name_ar empty: no alias clashes)."""
    row = {c: "" for c in GAZ_HEADER}
    row.update({"trust": "normal", "source": "test row", "licence": "n/a"})
    row.update(kw)
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\n").writerow([row[c] for c in GAZ_HEADER])
    return buf.getvalue()[:-1]


# (id, row text, expected words in the reason)
BAD_GAZ_ROWS = [
    ("tayy", _gaz_row(id="tayy", kind="neighbourhood", name_en="Tayy again", parent="qamishli"),
     ["duplicate id 'tayy'"]),
    ("t_swapped", _gaz_row(id="t_swapped", kind="village", name_en="Swapped", parent="qamishli_subdistrict",
                           lat="41.2314", lon="37.0521", geo_precision="1"),
     ["outside", "swapped"]),
    ("t_orphan", _gaz_row(id="t_orphan", kind="village", name_en="Orphan", parent="no_such_place"),
     ["unknown parent 'no_such_place'"]),
    ("t_kind", _gaz_row(id="t_kind", kind="hamlet", name_en="Hamlet", parent="qamishli"),
     ["unknown kind 'hamlet'"]),
    ("t_nan", _gaz_row(id="t_nan", kind="village", name_en="NaN", parent="qamishli", lat="37.05x", lon="41.2", geo_precision="1"),
     ["non-numeric"]),
    ("t_half", _gaz_row(id="t_half", kind="village", name_en="Half", parent="qamishli", lat="37.05"),
     ["only one of lat/lon"]),
    ("t_prec", _gaz_row(id="t_prec", kind="village", name_en="Prec", parent="qamishli", geo_precision="2"),
     ["geo_precision but no coordinate"]),
    ("t_wide", _gaz_row(id="t_wide", kind="village", name_en="Wide", parent="qamishli") + ",extra,fields",
     ["fields", "header has"]),
    ("t_short", _gaz_row(id="t_short", kind="village", name_en="Short", parent="qamishli").rsplit(",", 1)[0],
     ["fields, header has", "empty ones too"]),
    ("t_inf", _gaz_row(id="t_inf", kind="city", name_en="Inf", parent="qamishli", extent_m="inf"),
     ["extent_m", "up to 100,000"]),
    ("t_nanext", _gaz_row(id="t_nanext", kind="city", name_en="NaN extent", parent="qamishli", extent_m="nan"),
     ["extent_m", "'nan'"]),
    ("t_huge", _gaz_row(id="t_huge", kind="city", name_en="Huge", parent="qamishli", extent_m="1e300"),
     ["extent_m", "up to 100,000"]),
]


@pytest.fixture
def bad_gaz(tmp_path):
    """The real gazetteer plus one bad row per problem; returns (path, {id: line})."""
    text = GAZ_TEXT if GAZ_TEXT.endswith("\n") else GAZ_TEXT + "\n"
    n = text.count("\n")
    lines: dict[str, int] = {}
    rows = []
    for i, (pid, row, _) in enumerate(BAD_GAZ_ROWS):
        rows.append(row)
        lines[pid] = n + 1 + i
    # cascade: a parent rejected for its coordinate, its child and grandchild
    rows.append(_gaz_row(id="t_bad_parent", kind="village", name_en="Bad parent", parent="qamishli_subdistrict",
                         lat="99", lon="41.2", geo_precision="1"))
    lines["t_bad_parent"] = n + len(rows)
    rows.append(_gaz_row(id="t_child", kind="landmark", name_en="Child", parent="t_bad_parent"))
    lines["t_child"] = n + len(rows)
    rows.append(_gaz_row(id="t_grandchild", kind="landmark", name_en="Grandchild", parent="t_child"))
    lines["t_grandchild"] = n + len(rows)
    # and a good new row, which must load
    rows.append(_gaz_row(id="t_good", kind="landmark", name_en="Good new row", parent="tayy"))
    lines["t_good"] = n + len(rows)
    p = tmp_path / "gazetteer.csv"
    p.write_text(text + "\n".join(rows) + "\n", encoding="utf-8")
    return p, lines


def test_real_gazetteer_is_clean():
    gaz = load_gazetteer(GAZ, strict=True)
    assert gaz.errors == []
    assert "qamishli" in gaz and "tayy" in gaz


def test_gazetteer_bad_rows_reported_with_line(bad_gaz):
    path, lines = bad_gaz
    good = load_gazetteer(GAZ)
    gaz = load_gazetteer(path)
    errs = gaz.errors
    assert all(isinstance(e, GazetteerError) for e in errs)
    assert all(e.path == str(path) for e in errs)
    by_line: dict[int, list] = {}
    for e in errs:
        by_line.setdefault(e.line, []).append(e)
    physical = path.read_text(encoding="utf-8").split("\n")
    for pid, _, words in BAD_GAZ_ROWS:
        line = lines[pid]
        assert physical[line - 1].startswith(f"{pid},")
        assert len(by_line.get(line, [])) == 1, f"{pid}: expected one error at line {line}, got {by_line.get(line)}"
        reason = by_line[line][0].reason
        for w in words:
            assert w in reason, (pid, reason)
        assert str(by_line[line][0]).startswith(f"{path}:{line}: ")
    # one error per bad row + cascade (3), nothing else
    assert len(errs) == len(BAD_GAZ_ROWS) + 3
    # good rows untouched: every original place is still there, plus the new good row
    assert set(good.places) | {"t_good"} == set(gaz.places)
    assert gaz["t_good"].line == lines["t_good"]
    # the first definition of the duplicate wins
    assert gaz["tayy"].name_en == good["tayy"].name_en
    assert gaz["qamishli"].lat == pytest.approx(37.05215)
    for pid, _, _ in BAD_GAZ_ROWS[1:]:
        assert pid not in gaz


def test_gazetteer_duplicate_points_to_first(bad_gaz):
    path, lines = bad_gaz
    gaz = load_gazetteer(path)
    dup = next(e for e in gaz.errors if "duplicate" in e.reason)
    first = _line_of(GAZ_TEXT, "tayy,")
    assert dup.line == lines["tayy"]
    assert f"{path}:{first}" in dup.reason


def test_gazetteer_cascade(bad_gaz):
    """A child whose parent was rejected is reported too, not silently kept."""
    path, lines = bad_gaz
    gaz = load_gazetteer(path)
    for pid in ("t_bad_parent", "t_child", "t_grandchild"):
        assert pid not in gaz
    by_line = {e.line: e for e in gaz.errors}
    assert "outside" in by_line[lines["t_bad_parent"]].reason
    assert "'t_child'" in by_line[lines["t_child"]].reason
    assert "'t_bad_parent'" in by_line[lines["t_child"]].reason
    assert "'t_grandchild'" in by_line[lines["t_grandchild"]].reason
    assert "'t_child'" in by_line[lines["t_grandchild"]].reason


def test_gazetteer_strict_raises(bad_gaz):
    path, _ = bad_gaz
    with pytest.raises(GazetteerErrors) as ei:
        load_gazetteer(path, strict=True)
    assert len(ei.value.errors) == len(BAD_GAZ_ROWS) + 3
    assert str(path) in str(ei.value)


def test_gazetteer_good_rows_still_locate(bad_gaz):
    path, _ = bad_gaz
    gaz = load_gazetteer(path)
    ref = load_gazetteer(GAZ)
    for pid in ("qamishli", "tayy", "qamishli_airport", "wahda_roundabout"):
        assert gaz.locate(pid).lat == ref.locate(pid).lat
        assert gaz.locate(pid).lon == ref.locate(pid).lon
        assert gaz.locate(pid).geo_precision == ref.locate(pid).geo_precision


def test_gazetteer_line_after_blank_line(tmp_path):
    text = GAZ_TEXT.rstrip("\n") + "\n\n" + _gaz_row(id="t_kind", kind="hamlet", name_en="H", parent="qamishli") + "\n"
    p = tmp_path / "gazetteer.csv"
    p.write_text(text, encoding="utf-8")
    gaz = load_gazetteer(p)
    assert [e.line for e in gaz.errors] == [_line_of(text, "t_kind,")]


def test_gazetteer_non_utf8_row_loses_nothing_else(tmp_path):
    base = GAZ.read_bytes()
    if not base.endswith(b"\n"):
        base += b"\n"
    bad_line = base.count(b"\n") + 1
    bad = b"t_cp,village,Village," + "قرية".encode("cp1256") + b",,qamishli,,,,,,,,normal,test,n/a,\n"
    after = _gaz_row(id="t_after", kind="landmark", name_en="After", parent="qamishli").encode() + b"\n"
    p = tmp_path / "gazetteer.csv"
    p.write_bytes(base + bad + after)
    gaz = load_gazetteer(p)
    assert [e.line for e in gaz.errors] == [bad_line]
    assert set(gaz.places) == set(load_gazetteer(GAZ).places) | {"t_after"}


def _gaz_with(tmp_path, rows: list[str]) -> tuple[Path, str]:
    """The real gazetteer with ``rows`` appended, written in ``tmp_path``: (path, its text)."""
    text = GAZ_TEXT.rstrip("\n") + "\n" + "\n".join(rows) + "\n"
    p = tmp_path / "gazetteer.csv"
    p.write_text(text, encoding="utf-8")
    return p, text


def test_gazetteer_line_after_multiline_field(tmp_path):
    p, text = _gaz_with(tmp_path, [
        _gaz_row(id="t_multi", kind="landmark", name_en="Multi", parent="qamishli", notes="two\nlines"),
        _gaz_row(id="t_kind", kind="hamlet", name_en="H", parent="qamishli"),
    ])
    gaz = load_gazetteer(p)
    assert "t_multi" in gaz
    assert [e.line for e in gaz.errors] == [_line_of(text, "t_kind,")]


def test_gazetteer_unclosed_quote_costs_only_its_row(tmp_path):
    p, text = _gaz_with(tmp_path, [
        _gaz_row(id="t_open", kind="landmark", name_en="Open", parent="qamishli").replace(",test row,", ',"test row,', 1),
        _gaz_row(id="t_next", kind="landmark", name_en="Next", parent="qamishli", notes='says "hi"'),
        _gaz_row(id="t_after", kind="landmark", name_en="After", parent="qamishli"),
    ])
    gaz = load_gazetteer(p)
    first = _line_of(text, "t_open,")
    assert [e.line for e in gaz.errors] == [first]
    assert f"into line {first + 1}" in gaz.errors[0].reason and "never closed" in gaz.errors[0].reason
    # the row below is read again from its own start: only the row with the open quote is lost
    assert set(gaz.places) == set(load_gazetteer(GAZ).places) | {"t_next", "t_after"}
    assert gaz["t_next"].notes == 'says "hi"'



def test_areas_file_that_is_not_a_feature_collection_is_reported(tmp_path):
    from pipeline.gazetteer import load_geo_dir

    geo = tmp_path / "geo"
    shutil.copytree(ROOT / "geo", geo)
    ring = [[41.225, 37.027], [41.229, 37.027], [41.229, 37.031], [41.225, 37.027]]
    good = {"type": "Feature", "properties": {"place_id": "tayy", "source": "test polygon"},
            "geometry": {"type": "Polygon", "coordinates": [ring]}}
    for features, words in [(None, "'features' is NoneType"), ({"a": 1}, "'features' is dict")]:
        (geo / "areas.geojson").write_text(json.dumps({"type": "FeatureCollection", "features": features}))
        gaz = load_geo_dir(geo)
        assert [words in e.reason for e in gaz.errors] == [True] and "tayy" in gaz
    (geo / "areas.geojson").write_text(json.dumps({"type": "FeatureCollection", "features": [
        "notafeature", {"type": "Feature", "properties": {"place_id": ["tayy"], "source": "x"}}, good]}))
    gaz = load_geo_dir(geo)
    assert ["feature 1: not a GeoJSON Feature" in gaz.errors[0].reason, "feature 2" in gaz.errors[1].reason] == [True, True]
    assert len(gaz.errors) == 2 and gaz["tayy"].area is not None  # the good feature still applies


def test_gazetteer_missing_file(tmp_path):
    gaz = load_gazetteer(tmp_path / "nope.csv")
    assert len(gaz) == 0
    assert gaz.errors and gaz.errors[0].path == str(tmp_path / "nope.csv")


def test_validate_cli_reports_file_line(work_dirs):
    seeds, geo, _ = work_dirs
    gpath = geo / "gazetteer.csv"
    text = gpath.read_text(encoding="utf-8")
    if not text.endswith("\n"):
        text += "\n"
    line = text.count("\n") + 1
    text += _gaz_row(id="t_swapped", kind="village", name_en="Swapped", parent="qamishli",
                     lat="41.23", lon="37.05", geo_precision="1") + "\n"
    gpath.write_text(text, encoding="utf-8")
    r = _run("validate", "--geo", str(geo), "--seeds", str(seeds))
    assert r.returncode == 1, r.stdout + r.stderr
    assert f"{gpath}:{line}:" in r.stdout
    assert "1 problem(s)" in r.stdout


def test_validate_cli_clean(work_dirs):
    seeds, geo, _ = work_dirs
    r = _run("validate", "--geo", str(geo), "--seeds", str(seeds))
    assert r.returncode == 0, r.stdout + r.stderr
    assert "0 problem(s)" in r.stdout


def test_validate_cli_reports_bad_metadata(tmp_path):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    shutil.copy(SEED, seeds)
    bad = META_TEXT.replace('language = "ar"', 'language = "arabic"')
    (seeds / f"{SEED_ID}.toml").write_text(bad, encoding="utf-8")
    r = _run("validate", "--geo", str(ROOT / "geo"), "--seeds", str(seeds))
    assert r.returncode == 1
    assert f"{seeds / (SEED_ID + '.toml')}:{_line_of(bad, 'language =')}:" in r.stdout


# ---------------------------------------------------------------------------------------
# zones
# ---------------------------------------------------------------------------------------

ZONES_TEXT = ZONES.read_text(encoding="utf-8")

BAD_ZONE_ROWS = [
    ("z_ctrl", "z_ctrl,no_such_actor,control,tayy,,,,,low,test source,,", ["controller 'no_such_actor'"]),
    ("z_area", "z_area,sdf,control,no_such_area,,,,,low,test source,,", ["area 'no_such_area'"]),
    ("z_order", "z_order,sdf,control,tayy,,,2021-04-25,2021-04-23,low,test source,,", ["before valid_from"]),
    ("z_date", "z_date,sdf,control,tayy,,,22/04/2021,,low,test source,,", ["valid_from", "YYYY-MM-DD"]),
    ("z_date2", "z_date2,sdf,control,tayy,,,,2021-02-30,low,test source,,", ["valid_to", "YYYY-MM-DD"]),
    ("z_nosrc", "z_nosrc,sdf,control,tayy,,,,,low,,,", ["source is empty"]),
    ("z_inf", "z_inf,sdf,control,tayy,inf,,,,low,test source,,", ["radius_m 'inf'", "up to"]),
    ("z_neg", "z_neg,sdf,control,tayy,-100,,,,low,test source,,", ["radius_m '-100'", "positive"]),
    ("z_both", 'z_both,sdf,control,tayy,,"POLYGON((41.2 37.0, 41.3 37.0, 41.3 37.1, 41.2 37.0))",,,low,test source,,',
     ["not both"]),
    ("z_point", 'z_point,sdf,control,,,"POINT(41.2 37.0)",,,low,test source,,', ["POLYGON", "not POINT"]),
    ("z_bowtie", 'z_bowtie,sdf,control,,,"POLYGON((41.2 37.0, 41.3 37.1, 41.3 37.0, 41.2 37.1, 41.2 37.0))",,,low,'
                 'test source,,', ["not a valid polygon", "Self-intersection"]),
    ("z_swapped", 'z_swapped,sdf,control,,,"POLYGON((37.0 41.2, 37.1 41.2, 37.1 41.3, 37.0 41.2))",,,low,test source,,',
     ["outside the project's box", "swapped"]),
    ("z_short", "z_short,sdf,control,tayy,,,,,low,test source", ["row has 10 fields, header has 12", "empty ones too"]),
]


def test_real_zones_are_clean():
    zones, errs = load_zones(ZONES, load_gazetteer(GAZ))
    assert errs == []
    assert len(zones) == len(list(csv.DictReader(ZONES_TEXT.splitlines())))


def test_zones_bad_rows(tmp_path):
    gaz = load_gazetteer(GAZ)
    good_zones, _ = load_zones(ZONES, gaz)
    text = ZONES_TEXT if ZONES_TEXT.endswith("\n") else ZONES_TEXT + "\n"
    n = text.count("\n")
    good_new = "z_good,sdf,contested,halko,,,2021-05-01,2021-05-02,low,test source,,"
    rows = [r for _, r, _ in BAD_ZONE_ROWS] + [good_new]
    p = tmp_path / "zones.csv"
    p.write_text(text + "\n".join(rows) + "\n", encoding="utf-8")
    zones, errs = load_zones(p, gaz)
    assert all(isinstance(e, ZonesError) and e.path == str(p) for e in errs)
    assert len(errs) == len(BAD_ZONE_ROWS)
    by_line = {e.line: e for e in errs}
    assert len(by_line) == len(errs)
    for i, (zid, _, words) in enumerate(BAD_ZONE_ROWS):
        e = by_line[n + 1 + i]
        for w in words:
            assert w in e.reason, (zid, e.reason)
        assert str(e).startswith(f"{p}:{n + 1 + i}: ")
    ids = [z.id for z in zones]
    assert ids == [z.id for z in good_zones] + ["z_good"]
    assert next(z for z in zones if z.id == "z_good").line == n + len(rows)


def test_zones_line_after_blank_line(tmp_path):
    text = ZONES_TEXT.rstrip("\n") + "\n\n" + "z_ctrl,no_such_actor,control,tayy,,,,,low,test source,,\n"
    p = tmp_path / "zones.csv"
    p.write_text(text, encoding="utf-8")
    _, errs = load_zones(p, load_gazetteer(GAZ))
    assert [e.line for e in errs] == [_line_of(text, "z_ctrl,")]


def test_zones_row_with_too_many_fields_rejected(tmp_path):
    text = ZONES_TEXT.rstrip("\n") + "\n" + "z_wide,sdf,control,tayy,,,,,low,Shafaq News, 2021-04-22,,\n"
    p = tmp_path / "zones.csv"
    p.write_text(text, encoding="utf-8")
    zones, errs = load_zones(p, load_gazetteer(GAZ))
    assert "z_wide" not in [z.id for z in zones]
    assert [e.line for e in errs] == [_line_of(text, "z_wide,")]


def test_zones_not_utf8_is_reported_not_fatal(work_dirs):
    seeds, geo, out = work_dirs
    z = geo / "zones.csv"
    z.write_bytes(ZONES_TEXT.encode("cp1256", errors="replace"))
    stats = build(seeds, geo, out)
    assert stats.processed == 1 and not stats.ok
    assert any(e["path"] == str(z) for e in stats.errors)
    assert json.loads((out / "events.geojson").read_text(encoding="utf-8"))["features"]


def test_build_reports_zone_and_gazetteer_errors(work_dirs):
    seeds, geo, out = work_dirs
    z = geo / "zones.csv"
    ztext = z.read_text(encoding="utf-8").rstrip("\n") + "\n" + "z_ctrl,no_such_actor,control,tayy,,,,,low,test source,,\n"
    z.write_text(ztext, encoding="utf-8")
    g = geo / "gazetteer.csv"
    gtext = g.read_text(encoding="utf-8").rstrip("\n") + "\n" + _gaz_row(
        id="t_kind", kind="hamlet", name_en="H", parent="qamishli") + "\n"
    g.write_text(gtext, encoding="utf-8")
    stats = build(seeds, geo, out)
    assert not stats.ok
    assert stats.processed == 1 and stats.failed == 0
    errors = json.loads((out / "errors.json").read_text(encoding="utf-8"))
    assert {(e["path"], e["line"], e["kind"]) for e in errors} == {
        (str(z), _line_of(ztext, "z_ctrl,"), "zones"), (str(g), _line_of(gtext, "t_kind,"), "gazetteer")}
    zones = json.loads((out / "zones.geojson").read_text(encoding="utf-8"))
    assert "z_ctrl" not in {f["id"] for f in zones["features"]}
    assert "sdf_qamishli" in {f["id"] for f in zones["features"]}
    report = (out / "report.md").read_text(encoding="utf-8")
    assert f"{z}:{_line_of(ztext, 'z_ctrl,')}" in report
