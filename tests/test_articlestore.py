"""The app reads the build's articles one at a time (:mod:`mapapp.articlestore`), never ``articles.json`` whole.

A real build of the shipped seeds (plus a report written here whose text holds the index's
own separator, ``","text":"``, and quotes): the index (``articles_index.json``) gives each
article's metadata and where its item lies; every article read through the store equals
its item of ``articles.json``; loading the build reads no item; a build whose
``articles.json`` no longer matches its index is read whole (and named when broken) or,
when the size still matches, names the file when the damaged article is read.
"""

from __future__ import annotations

import datetime as dt
import shutil

import orjson
import pytest
from conftest import ROOT

from mapapp import data
from mapapp.articlestore import ArticleStore, StoredArticle
from pipeline.addreport import add_report, from_text
from pipeline.build import build
from pipeline.output import ARTICLE_INDEX, article_index_item

# written for this test: a text holding the separator the index cuts at, and quotes
TRICKY = ('قصف على "تل تمر" ","text":"\n'
          'قصفت القوات التركية قرية خربة الوحش في ريف تل تمر صباح الأحد "","text":"" ولم ترد أنباء عن إصابات.\n')


@pytest.fixture(scope="module")
def out(tmp_path_factory):
    base = tmp_path_factory.mktemp("articlestore")
    seeds = base / "seeds"
    shutil.copytree(ROOT / "seeds", seeds)
    add_report(seeds, from_text(TRICKY), published=dt.date(2021, 4, 25), source='Outlet "A"')
    out = base / "out"
    stats = build(seeds, ROOT / "geo", out, progress=False, curated_dir=ROOT / "curated")
    assert stats.ok, stats.errors
    return out


def test_the_index_gives_each_article_s_metadata_and_place(out):
    whole = (out / "articles.json").read_bytes()
    items = orjson.loads(whole)
    index = orjson.loads((out / ARTICLE_INDEX).read_bytes())
    assert len(index) == len(items) == 2
    for meta, item in zip(index, items):
        assert orjson.loads(whole[meta["offset"]:meta["offset"] + meta["length"]]) == item
        assert {k: v for k, v in meta.items() if k not in ("offset", "length")} == \
            {k: item[k] for k in ("id", "published", "source", "language", "title", "url", "unread_count")}
    assert any('","text":"' in item["text"] and '"' in item["source"] for item in items)


def test_an_index_item_is_made_without_parsing_the_article():
    item = orjson.dumps({"id": "a", "title": '","text":"', "text": 'x ","text":"', "mentions": []})
    assert orjson.loads(article_index_item(item, 7)) == {"id": "a", "title": '","text":"', "offset": 7,
                                                         "length": len(item)}
    assert orjson.loads(article_index_item(orjson.dumps({"text": "x"}), 1)) == {"offset": 1, "length": 12}


def test_the_app_reads_articles_one_at_a_time_and_they_equal_the_file(out):
    ds = data.load_dataset(out)
    items = orjson.loads((out / "articles.json").read_bytes())
    assert all(isinstance(a, StoredArticle) for a in ds.articles)
    store = ds.articles.store
    assert store.item.cache_info().misses == 0  # loading read no article
    assert [a["id"] for a in ds.articles] == [i["id"] for i in items]
    assert [a["published"] for a in ds.articles] == [i["published"] for i in items]
    assert store.item.cache_info().misses == 0  # the metadata is the index's
    for a, item in zip(ds.articles, items):
        assert dict(a) == item and a == item
        assert a.get("set_aside") == item.get("set_aside") and a.get("no such key", 3) == 3
        assert ("text" in a) and ("offset" not in a)
    texts = ds.article_texts
    assert dict(texts) == {str(i["id"]): i["text"] for i in items}
    assert texts.get("no such article") is None
    assert ds.source_languages  # from the index's languages


def test_an_articles_file_that_no_longer_matches_its_index_is_read_whole(out, tmp_path):
    broken = tmp_path / "out"
    shutil.copytree(out, broken, ignore=shutil.ignore_patterns("cache"))
    (broken / "articles.json").write_bytes(b'[{"id": "a1", "text": "some words"}]')  # another size
    assert ArticleStore.open(broken) is None
    with pytest.raises(data.BrokenBuild, match="article 1 has no published, source"):
        data.load_dataset(broken)
    (broken / ARTICLE_INDEX).write_bytes(b'{"not": "a list"}')
    assert ArticleStore.open(broken) is None


def test_a_damaged_article_of_the_same_size_is_named_when_read(out, tmp_path):
    broken = tmp_path / "out"
    shutil.copytree(out, broken, ignore=shutil.ignore_patterns("cache"))
    whole = bytearray((broken / "articles.json").read_bytes())
    meta = orjson.loads((broken / ARTICLE_INDEX).read_bytes())[1]
    whole[meta["offset"]:meta["offset"] + meta["length"]] = b"\x00" * meta["length"]
    (broken / "articles.json").write_bytes(bytes(whole))
    ds = data.load_dataset(broken)
    assert ds.articles[0]["text"]  # the others read as before
    assert ds.articles[1]["id"] == meta["id"]  # (the index's)
    with pytest.raises(data.BrokenBuild, match=r"articles\.json is broken \(article 2"):
        ds.articles[1]["text"]


def test_a_later_build_does_not_move_the_articles_a_loaded_build_reads(out, tmp_path):
    # the store reads the version of the build it loaded, whatever a later build publishes
    seeds, copy = tmp_path / "seeds", tmp_path / "out"
    shutil.copytree(ROOT / "seeds", seeds)
    build(seeds, ROOT / "geo", copy, progress=False)
    ds = data.load_dataset(copy)
    before = [dict(a) for a in ds.articles]
    ds.articles.store.item.cache_clear()
    add_report(seeds, from_text(TRICKY), published=dt.date(2021, 4, 25), source="Outlet")
    build(seeds, ROOT / "geo", copy, progress=False)
    assert [dict(a) for a in ds.articles] == before
    assert len(data.load_dataset(copy).articles) == len(before) + 1
