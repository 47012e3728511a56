"""Streamed build outputs (issue 13, bounded memory): the same bytes as the simple route.

The build writes each article's rows of ``mentions.csv``, ``unresolved.csv``,
``control.csv`` and its item of ``articles.json`` as it comes, and keeps them in the cache
(``cache/results.bin``) so that an unchanged article is copied, not encoded again. These
tests build a generated corpus and compare those files with a reference made here the
plain way (every article analysed, ``csv.writer``, ``json``), after a cold build, a warm
one, an article added at either end, one removed, and with a damaged cache.
"""

from __future__ import annotations

import csv
import io
import itertools
import json
import random
import shutil
from pathlib import Path

import orjson
import pytest
from conftest import ROOT

from pipeline import output
from pipeline.articles import load_article
from pipeline.build import build
from pipeline.core import Pipeline
from pipeline.errors import InputError
from pipeline.incremental import canonical_outputs
from pipeline.output import CONTROL_COLUMNS, MENTION_COLUMNS, UNRESOLVED_COLUMNS
from pipeline.resultcache import CACHE_NAME

ARTICLE_FILES = ("mentions.csv", "unresolved.csv", "control.csv", "articles.json")

# written for these tests
EXTRA = {
    "aaa_first": "اشتباكات في حي حلكو\r\nاندلعت اشتباكات بين قوات الأسايش وعناصر الدفاع الوطني في حي حلكو "
                 "بمدينة القامشلي مساء الثلاثاء، ما أسفر عن مقتل ثلاثة عناصر.\r\n",
    "zzz_last": "\ufeffقصف في ريف تل تمر\nقصفت القوات التركية قرية خربة الوحش في ريف تل تمر صباح الأحد، "
                "وأصيب مدنيان في حي الكورنيش بمدينة القامشلي.\n",
}
META = 'title = "t"\nsource = "Test Outlet"\nlanguage = "ar"\npublished = 2021-04-2{d}\n'


def _csv(header: list[str], rows: list[list]) -> bytes:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(header)
    w.writerows(rows)
    return buf.getvalue().encode("utf-8")


def _reference(seeds: Path, pipe: Pipeline) -> dict[str, bytes]:
    """The four per-article files, from every good article analysed here, in file order."""
    mentions, unresolved, control, articles = [], [], [], []
    for path in sorted(seeds.glob("*.txt")):
        try:
            r = pipe.process(load_article(path)).to_json()
        except InputError:
            continue
        aid = r["article"]["id"]
        mentions += [[m.get("article_id", aid), *(m.get(c) for c in MENTION_COLUMNS[1:])] for m in r["mentions"]]
        control += [[c.get("article_id", aid), *(c.get(k) for k in CONTROL_COLUMNS[1:])] for c in r["control"]]
        unresolved += [[u.get(c) for c in UNRESOLVED_COLUMNS] for u in r["unresolved"]]
        with open(path, encoding="utf-8") as fh:  # universal newlines, as the build reads it
            text = fh.read().removeprefix("\ufeff")
        articles.append({**r["article"], "unread_count": len(r["unread"]), "text": text, "mentions": r["mentions"],
                         "actors": r["actors"],
                         "dates": r["dates"], "event_ids": [e["event_id"] for e in r["events"]],
                         "set_aside": [{k: a.get(k) for k in output.SET_ASIDE_KEYS} for a in r["set_aside"]],
                         "unread": r["unread"]})
    return {"mentions.csv": _csv(MENTION_COLUMNS, mentions), "unresolved.csv": _csv(UNRESOLVED_COLUMNS, unresolved),
            "control.csv": _csv(CONTROL_COLUMNS, control), "articles.json": articles}


def _check(out: Path, seeds: Path, pipe: Pipeline) -> None:
    ref = _reference(seeds, pipe)
    for name in ARTICLE_FILES[:3]:
        assert (out / name).read_bytes() == ref[name], name
    written = (out / "articles.json").read_bytes()
    assert json.loads(written) == ref["articles.json"]  # the same content, read by another library
    assert written == orjson.dumps(ref["articles.json"])  # and the same bytes as one call writes


def _files(out: Path) -> dict[str, bytes]:
    # (without manifest.json and report.md: they count cached articles, and the time; the cache's records,
    # in any order, by article; the merge state by its content; the seed notes left out)
    return canonical_outputs(out)


@pytest.fixture(scope="module")
def pipe():
    return Pipeline.from_geo_dir(ROOT / "geo")


@pytest.fixture
def corpus(tmp_path):
    from benchmarks.bench_pipeline import make_corpus

    seeds = tmp_path / "seeds"
    seeds.mkdir()
    make_corpus(seeds, 12, random.Random(5))
    shutil.copy(ROOT / "seeds" / "000_35a237ec7240c52b.txt", seeds)
    shutil.copy(ROOT / "seeds" / "000_35a237ec7240c52b.toml", seeds)
    (seeds / "bench_00003.txt").write_bytes(b"")  # a bad article costs only itself
    return seeds


def test_streamed_outputs_equal_the_simple_route(corpus, tmp_path, pipe):
    seeds, out = corpus, tmp_path / "out"
    cold = build(seeds, ROOT / "geo", out, curated_dir=ROOT / "curated")
    assert cold.processed == 12 and cold.failed == 1
    _check(out, seeds, pipe)
    first = _files(out)
    warm = build(seeds, ROOT / "geo", out, curated_dir=ROOT / "curated")
    assert warm.cached == 12 and warm.processed == 0 and warm.errors == cold.errors
    assert _files(out) == first
    assert (warm.mentions, warm.unresolved, warm.events) == (cold.mentions, cold.unresolved, cold.events)

    old_cache = (out / CACHE_NAME).read_bytes()
    for d, (stem, text) in enumerate(EXTRA.items()):  # one sorts first, one last
        (seeds / f"{stem}.txt").write_bytes(text.encode("utf-8"))
        (seeds / f"{stem}.toml").write_text(META.format(d=d + 1), encoding="utf-8")
    added = build(seeds, ROOT / "geo", out, curated_dir=ROOT / "curated")
    assert added.processed == 2 and added.cached == 12 and added.unresolved > 0 and added.mentions > cold.mentions
    _check(out, seeds, pipe)
    # every output equals a build from nothing of the same articles
    fresh = build(seeds, ROOT / "geo", tmp_path / "fresh", curated_dir=ROOT / "curated", force=True)
    assert fresh.processed == 14 and _files(out) == _files(tmp_path / "fresh")
    assert len((out / CACHE_NAME).read_bytes()) > len(old_cache)

    for name in ("bench_00000", "zzz_last"):
        (seeds / f"{name}.txt").unlink()
    removed = build(seeds, ROOT / "geo", out, curated_dir=ROOT / "curated")
    assert removed.processed == 0 and removed.cached == 12
    _check(out, seeds, pipe)
    assert "bench_00000" not in (out / "articles.json").read_text(encoding="utf-8")


def test_an_article_added_last_keeps_the_cache_file_s_beginning(corpus, tmp_path):
    seeds, out = corpus, tmp_path / "out"
    build(seeds, ROOT / "geo", out)
    old = (out / CACHE_NAME).read_bytes()
    (seeds / "zzz_last.txt").write_text(EXTRA["zzz_last"], encoding="utf-8")
    (seeds / "zzz_last.toml").write_text(META.format(d=5), encoding="utf-8")
    assert build(seeds, ROOT / "geo", out).processed == 1
    new = (out / CACHE_NAME).read_bytes()
    assert new.startswith(old) and len(new) > len(old)


@pytest.mark.parametrize("damage", ["truncated", "garbage header", "wrong sizes", "old format"])
def test_a_damaged_cache_is_ignored(corpus, tmp_path, pipe, damage):
    seeds, out = corpus, tmp_path / "out"
    build(seeds, ROOT / "geo", out)
    first = _files(out)
    cache = out / CACHE_NAME
    data = cache.read_bytes()
    cache.unlink()  # (a new file: the published one is shared with the build's version folder)
    if damage == "truncated":
        cache.write_bytes(data[: len(data) // 2])
    elif damage == "garbage header":
        cache.write_bytes(b"not json\n" + data)
    elif damage == "wrong sizes":
        head, rest = data.split(b"\n", 1)
        cache.write_bytes(head.replace(b'"sizes":[', b'"sizes":[1') + b"\n" + rest)
    else:
        cache.write_bytes(b'{"id":"x","key":"y","result":{}}\n')
    again = build(seeds, ROOT / "geo", out)
    assert again.processed == 12 and again.cached == 0
    assert _files(out) == first
    _check(out, seeds, pipe)


def test_csv_rows_in_batches_match_csv_writer():
    """Any two values (equal across types, float zeros, unhashable) written in separate batches, in either order."""
    awkward = ["x,y", 'q"q', "l\nm", "", None, "1", 1, 0, True, False, 1.0, 0.0, -0.0, float("nan"), 10**30,
               [1, 2], {"k": 1}, "é،ع"]
    header = ["a", "b"]
    for x, y in itertools.product(awkward, repeat=2):
        rows = [(x, "k"), (y, None), (x, y), ("k", x)]
        writer = output.CsvRows(2)
        got = writer.header(header) + b"".join(writer.render([row]) for row in rows)
        assert got == _csv(header, [list(r) for r in rows]), (x, y)


def test_csv_memo_is_bounded():
    writer = output.CsvRows(1)
    writer.MEMO_LIMIT = 10
    rows = [(f"v{i}",) for i in range(25)]
    got = b"".join(writer.render(rows[i:i + 3]) for i in range(0, 25, 3))
    assert got == _csv(["a"], [list(r) for r in rows]).split(b"\n", 1)[1]
    assert len(writer.memos[0]) <= 10 + 3


def test_compact_records_read_like_the_dicts_they_were_made_from():
    from pipeline.resultcache import Records

    make = Records()
    a = {"event_id": "a-1", "place_id": None, "tags": ["x"], "n": 0, "flag": False, "text": "حي الكورنيش"}
    b = {"event_id": "b-1", "place_id": "tayy", "tags": [], "n": 2, "flag": True, "text": "حي الكورنيش"}
    c = {"n": 1, "event_id": "c-1"}  # another layout
    ra, rb, rc = map(make, (a, b, c))
    for d, r in ((a, ra), (b, rb), (c, rc)):
        assert dict(r) == d and list(r) == list(d) and {**r} == d and len(r) == len(d)
        assert orjson.dumps({**r, "more": 1}) == orjson.dumps({**d, "more": 1})  # keys in the same order
        assert r.get("missing") is None and r.get("missing", 5) == 5 and "missing" not in r
        with pytest.raises(KeyError):
            r["missing"]
    assert ra["text"] is rb["text"]  # a repeated text is held once
    assert rc.get("place_id", "none") == "none" and rc["n"] == 1


