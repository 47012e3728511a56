"""Shared fixtures: the shipped gazetteer, a compiled pipeline, the seed article, and the
seed build with the April 2021 rows that the truce and timeline tests share."""

from __future__ import annotations

import datetime as dt
import json
from html.parser import HTMLParser
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    import pandas as pd

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


def output_files(out: Path) -> dict[str, bytes]:
    """Every file of a build folder by its relative name, the manifest without its build time
    (what two builds of the same inputs must agree on byte for byte; the merge state and the truce analysis
    kept beside it by their content, :func:`pipeline.mergestate.canonical_state` and
    :func:`pipeline.trucestate.canonical_truce_state`, and the seed notes left out: the build's own)."""
    from pipeline.mergestate import MERGE_STATE, canonical_state
    from pipeline.seednotes import SEED_NOTES
    from pipeline.trucestate import TRUCE_STATE, canonical_truce_state

    files = {p.relative_to(out).as_posix(): p.read_bytes() for p in sorted(out.rglob("*")) if p.is_file()}
    # the build's own notes beside its cache: the merge state by its content, the seed files' statuses not at all
    if MERGE_STATE in files:
        files[MERGE_STATE] = canonical_state(out / MERGE_STATE)
    if TRUCE_STATE in files:
        files[TRUCE_STATE] = canonical_truce_state(out / TRUCE_STATE)
    files.pop(SEED_NOTES, None)
    manifest = json.loads(files.pop("manifest.json"))
    manifest.pop("built_at")
    files["manifest.json"] = json.dumps(manifest, sort_keys=True).encode()
    return files


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


def english_article(text: str, published: dt.date, language: str = "en"):
    """``text`` as one article of a test outlet (in English unless ``language`` says otherwise)."""
    from pipeline.records import Article

    return Article("en_text", "en_text.txt", text, published, "Test outlet", language)


def english_events(default_published: dt.date):
    """The English test files' helper: ``events(pipeline, text, published=default_published, language="en")``,
    the events the pipeline extracts from ``text`` as one article (:func:`english_article`)."""

    def events(pipeline, text: str, published: dt.date = default_published, language: str = "en") -> list:
        return pipeline.process(english_article(text, published, language)).events

    return events


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


# ---------------------------------------------------------------------------------------
# truce fixtures (tests/test_truces.py, tests/test_timeline.py): a real build of the seed
# article plus rows after the sourced timeline of 21-26 April 2021
# (/work/shared/reference/timeline-2021-04.md); two rows are marked synthetic controls
# ---------------------------------------------------------------------------------------

ASAYISH = ("Asayish: Internal Security Forces (AANES)", "asayish")
SDF = ("SDF: Syrian Democratic Forces", "sdf")
NDF = ("NDF: National Defence Forces", "ndf")
RUSSIA = "Military Forces of Russia"


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    """A real build of the shipped seeds, geo/ and curated/ (once per test module)."""
    from pipeline.build import build

    out = tmp_path_factory.mktemp("timeline") / "out"
    stats = build(ROOT / "seeds", ROOT / "geo", out)
    assert stats.ok, stats.errors
    return out


@pytest.fixture(scope="module")
def seed_events(built) -> pd.DataFrame:
    """The events DataFrame as the app builds it: one row per feature's properties."""
    import pandas as pd

    features = json.loads((built / "events.geojson").read_text(encoding="utf-8"))["features"]
    return pd.DataFrame([f["properties"] for f in features])


@pytest.fixture(scope="module")
def places(built) -> dict[str, str]:
    """Place id -> parent id, from the build's ``places.geojson``."""
    features = json.loads((built / "places.geojson").read_text(encoding="utf-8"))["features"]
    return {f["properties"]["place_id"]: f["properties"]["parent"] for f in features}


def event_row(template: dict, event_id: str, date_from: str, event_type: str, sub_event_type: str,
         actor1: tuple[str, str], actor2: tuple[str, str], place: tuple[str, str], evidence: str,
         *, date_to: str | None = None, part_of_day: str = "", time_from: str = "", time_to: str = "",
         duration_hours: float | None = None, mediator: str = "", fatalities: int = 0,
         article_id: str | None = None) -> dict:
    """A row with every column of a real pipeline row (``template``), overridden."""
    row = dict(template)
    row.update(
        event_id=event_id, article_id=article_id or event_id.rsplit("-", 1)[0], source="test (timeline-2021-04.md)",
        event_date=date_from, date_from=date_from, date_to=date_to or date_from, time_precision=1,
        event_type=event_type, sub_event_type=sub_event_type,
        actor1=actor1[0], actor1_id=actor1[1], actor2=actor2[0], actor2_id=actor2[1], mediator=mediator,
        assoc_actor_1="", assoc_actor_2="", place_id=place[0], location=place[1], location_ar="",
        part_of_day=part_of_day, time_from=time_from, time_to=time_to, duration_hours=duration_hours,
        fatalities=fatalities, injuries=None, tags=[], evidence=evidence, more_evidence=[], notes="",
    )
    return row


TAYY = ("tayy", "Tayy neighbourhood")
HALKO = ("halko", "Halko neighbourhood")
QAMISHLI = ("qamishli", "Qamishli")
AMUDA = ("amuda", "Amuda")


@pytest.fixture(scope="module")
def april_rows(seed_events) -> list[dict]:
    """Rows for 22-26 April after the sourced timeline (refs in the evidence)."""
    t = seed_events.iloc[0].to_dict()
    battle, clash = "Battles", "Armed clash"
    agreement = ("Strategic developments", "Agreement")
    return [
        event_row(t, "jesr-0422-e01", "2021-04-22", battle, clash, NDF, ASAYISH, TAYY,
             "Thu 22 Apr: NDF attacked an Asayish post in Tayy despite the truce (Jesr, ref 23)"),
        event_row(t, "nps-0423-e01", "2021-04-23", battle, clash, ASAYISH, NDF, TAYY,
             "Fri 23 Apr: heavy clashes from the morning in Tayy (North Press, ref 06)", part_of_day="morning"),
        event_row(t, "nps-0423-e02", "2021-04-23", battle, "Non-state actor overtakes territory", ASAYISH, NDF, HALKO,
             "Fri 23 Apr: Asayish took the Halko telephone exchange (ref 10)", part_of_day="morning"),
        event_row(t, "shafaq-0423-e01", "2021-04-23", *agreement, ASAYISH, NDF, QAMISHLI,
             "Fri 23 Apr: temporary humanitarian truce from 19:00 Friday to 10:00 Saturday (Shafaq AR, ref 03)",
             date_to="2021-04-24", part_of_day="evening", time_from="19:00", time_to="10:00", mediator=RUSSIA),
        event_row(t, "k24-0424-e01", "2021-04-24", *agreement, SDF, NDF, QAMISHLI,
             "Sat 24 Apr: truce extended about 24 h, to 10:00 the next day (refs 07, 32)",
             time_from="10:00", time_to="10:00", duration_hours=24.0, mediator=RUSSIA),
        event_row(t, "zhyan-0425-e01", "2021-04-25", *agreement, ASAYISH, NDF, QAMISHLI,
             "Sun 25 Apr evening: Asayish announced a 'permanent truce' guaranteed by SDF and Russia (refs 11, 13)",
             part_of_day="evening", mediator=RUSSIA),
        event_row(t, "enab-0425-e01", "2021-04-25", battle, clash, ASAYISH, NDF, TAYY,
             "Sun 25 Apr night: clashes broke out again in Tayy (refs 17, 19)", part_of_day="night"),
        event_row(t, "enab-0425-e02", "2021-04-25", battle, clash, NDF, ASAYISH, HALKO,
             "Sun 25 Apr night: clashes in Halko (refs 27, 44)", part_of_day="night"),
        event_row(t, "synthetic-0425-e01", "2021-04-25", battle, clash, ASAYISH, NDF, AMUDA,
             "SYNTHETIC control row: a clash in Amuda, another town", part_of_day="night"),
        event_row(t, "synthetic-0425-e02", "2021-04-25", "Explosions/Remote violence", "Air/drone strike",
             ("Military Forces of Turkey", "turkey"), SDF, QAMISHLI,
             "SYNTHETIC control row: a drone strike by a third party", part_of_day="late night"),
        event_row(t, "hawar-0426-e01", "2021-04-26", battle, "Non-state actor overtakes territory", ASAYISH, NDF, TAYY,
             "Mon 26 Apr: Asayish expelled the NDF from Tayy (refs 04, 33)", fatalities=1),
    ]


@pytest.fixture(scope="module")
def april(seed_events, april_rows) -> pd.DataFrame:
    """The seed build's events and :func:`april_rows` in one frame."""
    import pandas as pd

    return pd.concat([seed_events, pd.DataFrame(april_rows)], ignore_index=True)


@pytest.fixture(scope="module")
def april_truces(april, places) -> pd.DataFrame:
    """The truces of :func:`april`, indexed by event id."""
    from pipeline.truces import truce_intervals

    return truce_intervals(april, places).set_index("event_id", drop=False)


def seed_plus_report(tmp: Path, text: str, published, *, title: str = "", curated: Path | None = None) -> Path:
    """The shipped seed plus one English report (``text``, North Press Agency, ``published``) added
    through ``add_report`` in ``tmp/seeds``, built into ``tmp/out`` (returned)."""
    import shutil

    from pipeline.addreport import add_report, from_text
    from pipeline.build import build

    seeds = tmp / "seeds"
    shutil.copytree(ROOT / "seeds", seeds)
    add_report(seeds, from_text(text), published=published, source="North Press Agency", language="en", title=title)
    out = tmp / "out"
    assert build(seeds, ROOT / "geo", out, progress=False, curated_dir=curated).ok
    return out


def build_reports(tmp: Path, reports) -> Path:
    """``reports`` (``(name, text, published, language)``, in file order) as ``tmp/seeds``, built with
    the shipped gazetteer and no curated events into ``tmp/out`` (returned)."""
    import shutil

    from pipeline.build import build

    seeds = tmp / "seeds"
    seeds.mkdir()
    for name, text, published, language in reports:
        (seeds / f"{name}.txt").write_text(text, encoding="utf-8")
        (seeds / f"{name}.toml").write_text(
            f'source = "Outlet {name}"\npublished = {published}\nlanguage = "{language}"\n', encoding="utf-8")
    shutil.copytree(ROOT / "geo", tmp / "geo")
    (tmp / "curated").mkdir()
    stats = build(seeds, tmp / "geo", tmp / "out", curated_dir=tmp / "curated")
    assert stats.ok, stats.errors
    return tmp / "out"


@pytest.fixture(scope="module")
def two_episodes(tmp_path_factory):
    """The shipped seed plus a report of March 2024 (our own text), built."""
    import datetime as dt

    return seed_plus_report(tmp_path_factory.mktemp("two_episodes"),
                            "Gunmen on a motorcycle opened fire on an Asayish checkpoint in the Tayy neighbourhood "
                            "of Qamishli on Sunday, killing one member of the force. The Asayish closed the roads "
                            "around the neighbourhood afterwards. No group said it carried out the attack.",
                            dt.date(2024, 3, 10))


def app_with_scratch_curated(monkeypatch, out_dir, tmp_path):
    """An app runner (:func:`app_runner`) on the build ``out_dir`` whose ``curated/`` is an empty scratch
    folder under ``tmp_path`` (the Review page writes ``reviews.csv`` there); a generator for a fixture
    to ``yield from``, clearing the app's shared caches before and after."""
    import streamlit as st

    monkeypatch.setenv("QMAP_CURATED", str(tmp_path / "curated"))
    (tmp_path / "curated").mkdir()
    st.cache_resource.clear()
    yield app_runner(monkeypatch, out_dir)
    st.cache_resource.clear()


def app_runner(monkeypatch, out: Path):
    """A factory of ``AppTest`` runs of ``app.py`` on the build in ``out`` (never rebuilt, no
    tiles): ``make(view="Feed", **query_params)``. The environment is set through ``monkeypatch``,
    so it is given back after the test."""
    from streamlit.testing.v1 import AppTest

    monkeypatch.setenv("QMAP_OUT", str(out))
    monkeypatch.setenv("QMAP_SKIP_BUILD", "1")
    monkeypatch.setenv("QMAP_TILES", "none")

    def make(**params):
        at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60)
        for k, v in params.items():
            at.query_params[k] = v
        return at

    return make

# --------------------------------------------------------------------------- one report, built; its Articles view

def one_report(tmp_path: Path, article: str, report: str, meta: str) -> tuple[Path, Path, Path]:
    """Seeds and curated folders holding one report (``article``.txt and .toml), and the output folder:
    ``(seeds, curated, out)``."""
    seeds, curated = tmp_path / "seeds", tmp_path / "curated"
    seeds.mkdir()
    curated.mkdir()
    (seeds / f"{article}.txt").write_text(report, encoding="utf-8")
    (seeds / f"{article}.toml").write_text(meta, encoding="utf-8")
    return seeds, curated, tmp_path / "out"


def build_drawn(dirs: tuple[Path, Path, Path], out: Path | None = None, **kw):
    """Build ``dirs`` (:func:`one_report`) on the shipped geo folder: the stats and the drawn events by id."""
    from pipeline.build import build

    seeds, curated, default_out = dirs
    out = out or default_out
    stats = build(seeds, ROOT / "geo", out, curated_dir=curated, progress=False, **kw)
    feats = json.loads((out / "events.geojson").read_text(encoding="utf-8"))["features"]
    return stats, {f["properties"]["event_id"]: f["properties"] for f in feats}


def articles_view(dirs: tuple[Path, Path, Path], monkeypatch, article: str, skip_build: bool = True):
    """The app (AppTest) on ``dirs``' build, opened on ``article`` in the Articles view."""
    from streamlit.testing.v1 import AppTest

    seeds, curated, out = dirs
    for k, v in {"QMAP_SEEDS": seeds, "QMAP_GEO": ROOT / "geo", "QMAP_OUT": out, "QMAP_CURATED": curated,
                 "QMAP_TILES": "none", "QMAP_SKIP_BUILD": "1" if skip_build else "0"}.items():
        monkeypatch.setenv(k, str(v))
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=120)
    at.query_params["view"] = "Articles"
    at.query_params["article"] = article
    at.run()
    assert not at.exception, at.exception
    return at
