"""Shared fixtures: the shipped gazetteer, a compiled pipeline and the seed article."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_35a237ec7240c52b.txt"
GOLD = ROOT / "tests" / "data" / "gold_000_35a237ec7240c52b.json"


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
