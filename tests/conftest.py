"""Shared fixtures: the shipped gazetteer, a compiled pipeline and the seed article."""

from __future__ import annotations

import json
from html.parser import HTMLParser
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_35a237ec7240c52b.txt"
GOLD = ROOT / "tests" / "data" / "gold_000_35a237ec7240c52b.json"


@pytest.fixture
def work_dirs(tmp_path):
    """``(seeds, geo, out)`` in ``tmp_path``: the seed article with its metadata, a copy of
    ``geo/``, and an output folder that does not exist yet."""
    import shutil

    seeds = tmp_path / "seeds"
    seeds.mkdir()
    shutil.copy(SEED, seeds)
    shutil.copy(SEED.with_suffix(".toml"), seeds)
    geo = tmp_path / "geo"
    shutil.copytree(ROOT / "geo", geo)
    return seeds, geo, tmp_path / "out"


@pytest.fixture(scope="session")
def pipeline():
    from pipeline.core import Pipeline

    return Pipeline.from_geo_dir(ROOT / "geo")


@pytest.fixture(scope="session")
def gazetteer(pipeline):
    return pipeline.gazetteer


@pytest.fixture(scope="session")
def seed_article():
    from pipeline.articles import load_article

    return load_article(SEED)


@pytest.fixture(scope="session")
def seed_result(pipeline, seed_article):
    return pipeline.process(seed_article)


@pytest.fixture(scope="session")
def gold():
    return json.loads(GOLD.read_text(encoding="utf-8"))


@pytest.fixture
def run_text(pipeline):
    """Process an ad-hoc text (a real sentence) as an article published on a given date."""
    import datetime as dt

    from pipeline.records import Article

    def run(text: str, published: str = "2021-04-22"):
        art = Article(id="t", path="<test>", text=text, published=dt.date.fromisoformat(published), source="test")
        return pipeline.process(art)

    return run


@pytest.fixture
def restore_folium(monkeypatch):
    """Undo ``localise_folium``'s class-attribute changes after the test."""
    from mapapp.assets import LOCALISED_CLASSES

    for cls in LOCALISED_CLASSES:
        monkeypatch.setattr(cls, "default_js", list(cls.default_js))
        monkeypatch.setattr(cls, "default_css", list(cls.default_css))


class _Links(HTMLParser):
    """Collect <script src> and <link href> of an HTML document."""

    def __init__(self):
        super().__init__()
        self.links: list[str] = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "script" and attrs.get("src"):
            self.links.append(attrs["src"])
        elif tag == "link" and attrs.get("href"):
            self.links.append(attrs["href"])


def asset_links(html: str) -> list[str]:
    """Script and style-sheet links of a rendered page."""
    parser = _Links()
    parser.feed(html)
    return parser.links
