"""Hostile input, third pass: what a crafted or mistaken input cell does in the app's HTML.

Each test reproduces one defect found by probing copies in ``tmp_path``.
"""

from __future__ import annotations

import csv
import io
import shutil

import pandas as pd
import pytest
from conftest import ROOT

#: Markdown behind a blank line: after it, Streamlit's Markdown is no longer in the HTML block the
#: sink opened, so the image would be fetched from another machine and the text set in bold.
BREAKOUT = "\n\n![x](http://tracker.test/p.png) **bold**\r\rmore"


def _one_html_block(markup: str) -> bool:
    """Whether ``markup``, given to ``st.markdown(…, unsafe_allow_html=True)``, is read as HTML only.

    CommonMark (Streamlit's Markdown) reads a block that opens with ``<div``, ``<table`` or
    ``<style>`` as raw HTML up to a blank line (``<style>``: up to the line holding ``</style>``);
    what follows is Markdown again. A block with no line ending (LF or CR) at all stays HTML.
    """
    return markup.lstrip().startswith("<") and "\n" not in markup and "\r" not in markup


# --------------------------------------------------------------------------- line breaks in the app's HTML blocks

def test_feed_truce_and_review_html_blocks_hold_no_line_break():
    """A gazetteer name, an outlet, a curated sentence with a blank line (a quoted CSV cell, a TOML
    ``\\n``) ended the Feed row's, the truce table's and the Review sentence's HTML block: the rest
    was Markdown, and the browser fetched ``![x](http://…)`` from elsewhere (seen in Chromium)."""
    from mapapp.feedview import row_html
    from mapapp.reviewview import highlight_sentence
    from mapapp.timeline_view import truce_table_html

    row = {"event_type": "Battles", "sub_event_type": "Armed clash", "actor1": "SDF", "actor2": "NDF",
           "location": "Tayy" + BREAKOUT, "source": "Outlet" + BREAKOUT, "date_from": "2021-04-23",
           "date_to": "2021-04-23", "review_status": "unreviewed", "fatalities": 1}
    table = pd.DataFrame([{"status": "held", "parties": "SDF and NDF", "place": "Tayy" + BREAKOUT, "violations": 0}])
    sentence = highlight_sentence({"evidence": "Clashes in Tayy." + BREAKOUT}, None)
    for markup in (row_html(row), truce_table_html(table), f'<div class="qarticle" dir="ltr">{sentence}</div>'):
        assert _one_html_block(markup), markup
        assert "![x](http://tracker.test/p.png)" in markup  # the text is still shown, as written
    assert "&lt;b&gt;" in row_html({**row, "location": "<b>"})  # and still escaped


@pytest.fixture
def breakout_build(tmp_path):
    """A build whose gazetteer writes Tayy's English name with a blank line in it (a quoted cell)."""
    from pipeline.build import build

    geo = tmp_path / "geo"
    shutil.copytree(ROOT / "geo", geo)
    rows = list(csv.reader(io.StringIO((geo / "gazetteer.csv").read_text(encoding="utf-8"))))
    for r in rows:
        if r[0] == "tayy":
            r[2] += BREAKOUT
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\n").writerows(rows)
    (geo / "gazetteer.csv").write_text(buf.getvalue(), encoding="utf-8")
    out = tmp_path / "out"
    build(ROOT / "seeds", geo, out, curated_dir=ROOT / "curated", progress=False)
    return out


@pytest.mark.parametrize("view", ["Feed", "Timeline"])
def test_a_place_name_with_a_blank_line_stays_text_on_the_page(breakout_build, view, monkeypatch, restore_folium):
    from streamlit.testing.v1 import AppTest

    monkeypatch.setenv("QMAP_OUT", str(breakout_build))
    monkeypatch.setenv("QMAP_SKIP_BUILD", "1")
    monkeypatch.setenv("QMAP_TILES", "none")
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60)
    at.query_params.update({"view": view, "from": "2021-04-19", "to": "2021-04-28"})
    at.run()
    assert not at.exception
    shown = [m.value for m in at.markdown if "tracker.test" in m.value]
    assert shown, "Tayy's name is on the page"
    assert all(_one_html_block(v) for v in shown), shown


# --------------------------------------------------------------------------- the app's saves beside a hand-edited line

#: A row a spreadsheet saved in its own code page (cp1252: "René" is b"Ren\xe9"), not UTF-8.
CP1252_REVIEW = b"000_35a237ec7240c52b-ece463565,confirm,,,,Ren\xe9,2026-12-06T10:00\n"
REVIEW_HEADER = b"event_id,decision,changes,merged_into,reason,reviewed_by,reviewed_at\n"


def _record(path, event_id="000_35a237ec7240c52b-ec9e59436"):
    from pipeline.actors import default_actors
    from pipeline.gazetteer import load_geo_dir
    from pipeline.reviews import record_decision

    return record_decision(path, event_id, "correct", reviewed_by="analyst T", gazetteer=load_geo_dir(ROOT / "geo"),
                           actors=default_actors(), changes={"fatalities": 4})


def test_a_decision_is_saved_beside_a_review_line_that_is_not_utf8(tmp_path, pipeline):
    """Saving a decision raised UnicodeDecodeError (a traceback on the Review page) once any line of
    ``reviews.csv`` was not UTF-8, though the build reports and skips only that line: the new row is
    appended to the file's bytes as they are."""
    from pipeline.actors import default_actors
    from pipeline.reviews import load_reviews

    path = tmp_path / "reviews.csv"
    path.write_bytes(REVIEW_HEADER + CP1252_REVIEW)
    assert _record(path) == 3
    raw = path.read_bytes()
    assert raw.startswith(REVIEW_HEADER + CP1252_REVIEW)  # the hand-edited line is left as it was
    reviews, problems = load_reviews(path, pipeline.gazetteer, default_actors())
    assert [(p.line, "not UTF-8" in p.reason) for p in problems] == [(2, True)]
    assert [(r.event_id, r.changes) for r in reviews] == [("000_35a237ec7240c52b-ec9e59436", {"fatalities": 4})]


def test_a_decision_is_refused_on_a_utf16_review_file_which_is_left_as_it_was(tmp_path):
    from pipeline.reviews import ReviewError

    path = tmp_path / "reviews.csv"
    raw = (REVIEW_HEADER.decode() + "000_35a237ec7240c52b-ece463565,confirm,,,,René,2026-12-06T10:00\n").encode("utf-16")
    path.write_bytes(raw)
    with pytest.raises(ReviewError, match="UTF-16") as e:
        _record(path)
    assert e.value.path == str(path)
    assert path.read_bytes() == raw


def test_an_override_is_saved_beside_an_override_line_that_is_not_utf8(tmp_path):
    from pipeline.curation import add_override
    from pipeline.gazetteer import OVERRIDE_COLUMNS, load_geo_dir

    geo = tmp_path / "geo"
    shutil.copytree(ROOT / "geo", geo)
    bad = ",".join({"id": "tayy", "source": "carte de l'\xe9t\xe9", "added_by": "Ren\xe9",
                    "added_at": "2026-12-06T10:00"}.get(c, "") for c in OVERRIDE_COLUMNS).encode("cp1252") + b"\n"
    (geo / "overrides.csv").write_bytes(",".join(OVERRIDE_COLUMNS).encode() + b"\n" + bad)
    line = add_override(geo, "zanoud", lat=37.0411, lon=41.2282, geo_precision=1, source="test: OCHA map",
                        added_by="analyst T")
    assert line == 3 and (geo / "overrides.csv").read_bytes().split(b"\n")[1] + b"\n" == bad
    gaz = load_geo_dir(geo)
    assert gaz.locate("zanoud").lat == pytest.approx(37.0411)
    assert [e.line for e in gaz.errors if e.path.endswith("overrides.csv")] == [2]


@pytest.mark.parametrize("body", ["{\"type\": \"FeatureCollection\", \"features\": [", "[1, 2]", "{\"features\": 3}"])
def test_saving_polygons_over_a_broken_areas_file_is_refused_naming_it(tmp_path, body):
    """``save_areas`` raised JSONDecodeError, KeyError or TypeError (the curation page has no guard
    for it): now a GazetteerError that names the file, which is left as it was."""
    from shapely.geometry import box

    from pipeline.curation import AreaImport, save_areas
    from pipeline.errors import GazetteerError

    geo = tmp_path / "geo"
    geo.mkdir()
    (geo / "areas.geojson").write_text(body, encoding="utf-8")
    result = AreaImport(matched=[{"place_id": "tayy", "name": "Tayy", "geometry": box(41.22, 37.03, 41.23, 37.04)}])
    with pytest.raises(GazetteerError, match="not a GeoJSON FeatureCollection") as e:
        save_areas(geo, result, source="test", added_by="analyst T")
    assert e.value.path == str(geo / "areas.geojson")
    assert (geo / "areas.geojson").read_text(encoding="utf-8") == body


def test_saving_polygons_keeps_a_feature_without_properties_as_it_was(tmp_path):
    import json

    from shapely.geometry import box

    from pipeline.curation import AreaImport, save_areas

    geo = tmp_path / "geo"
    geo.mkdir()
    odd = {"type": "Feature", "geometry": None}
    (geo / "areas.geojson").write_text(json.dumps({"type": "FeatureCollection", "features": [odd]}), encoding="utf-8")
    result = AreaImport(matched=[{"place_id": "tayy", "name": "Tayy", "geometry": box(41.22, 37.03, 41.23, 37.04)}])
    save_areas(geo, result, source="test", added_by="analyst T")
    feats = json.loads((geo / "areas.geojson").read_text(encoding="utf-8"))["features"]
    assert feats[0] == odd and feats[1]["properties"]["place_id"] == "tayy"


# --------------------------------------------------------------------------- seed files the build never reads

def test_metadata_without_its_text_and_a_text_not_named_txt_are_reported(work_dirs):
    """A report saved as ``x.TXT`` (or its text removed, its metadata left) was silently not built:
    the map lacked it and nothing said why. Each such file is now a problem naming it (exit 1),
    and the other articles build."""
    import json
    import subprocess
    import sys

    from conftest import SEED

    seeds, geo, out = work_dirs
    shutil.copy(SEED.with_suffix(".toml"), seeds / "windows.toml")
    shutil.copy(SEED, seeds / "windows.TXT")
    shutil.copy(SEED.with_suffix(".toml"), seeds / "left_over.toml")
    (seeds / "notes.md").write_text("not a report", encoding="utf-8")  # other files are no articles: not named
    run = subprocess.run([sys.executable, "-m", "pipeline", "build", "--seeds", str(seeds), "--geo", str(geo),
                          "--out", str(out), "--no-curated", "--jobs", "1"], cwd=ROOT, capture_output=True, text=True,
                         timeout=300)
    assert run.returncode == 1, run.stderr
    errors = {e["path"]: e["reason"] for e in json.loads((out / "errors.json").read_text(encoding="utf-8"))}
    assert set(errors) == {str(seeds / "windows.TXT"), str(seeds / "windows.toml"), str(seeds / "left_over.toml")}
    assert "rename it windows.txt" in errors[str(seeds / "windows.TXT")]
    assert "no left_over.txt beside it" in errors[str(seeds / "left_over.toml")]
    assert "windows.TXT" in errors[str(seeds / "windows.toml")]
    assert json.loads((out / "manifest.json").read_text(encoding="utf-8"))["counts"]["articles"] == 1
    check = subprocess.run([sys.executable, "-m", "pipeline", "validate", "--seeds", str(seeds), "--geo", str(geo)],
                           cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert check.returncode == 1 and "left_over.toml" in check.stdout and "windows.TXT" in check.stdout


# --------------------------------------------------------------------------- links to events whose id is a file name

#: Written for this test: a clash in Halko and one in Tayy (two events, not merged).
_CLASH = ("اندلعت اشتباكات بين قوات الأسايش وعناصر الدفاع الوطني في حي {} بمدينة القامشلي مساء الثلاثاء، "
          "ما أسفر عن مقتل عنصرين.\n")


@pytest.fixture
def odd_id_build(tmp_path):
    """Articles named as the README allows (spaces, brackets, '+', any script) and their build."""
    from pipeline.build import build

    seeds = tmp_path / "seeds"
    seeds.mkdir()
    for name, place, day in (("report (2)", "حلكو", "2021-04-22"), ("a+b تقرير", "طي", "2021-04-25")):
        (seeds / f"{name}.txt").write_text(_CLASH.format(place), encoding="utf-8")
        (seeds / f"{name}.toml").write_text(f'source = "T"\npublished = {day}\nlanguage = "ar"\n', encoding="utf-8")
    out = tmp_path / "out"
    build(seeds, ROOT / "geo", out, progress=False)
    return out


def _app(out, monkeypatch, **params):
    from streamlit.testing.v1 import AppTest

    monkeypatch.setenv("QMAP_OUT", str(out))
    monkeypatch.setenv("QMAP_SKIP_BUILD", "1")
    monkeypatch.setenv("QMAP_TILES", "none")
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60)
    at.query_params.update(params)
    return at


def _query(link: str) -> dict[str, str]:
    """The parameters a browser gives the app for ``link`` ('+' is a space, as URLSearchParams reads it)."""
    from urllib.parse import parse_qs, urlsplit

    assert not set(link) & set(" ()<>\"'"), link  # one Markdown link destination, one HTML attribute
    return {k: v[0] for k, v in parse_qs(urlsplit(link).query).items()}


def test_feed_and_add_links_carry_an_event_id_with_spaces_brackets_or_plus(odd_id_build, monkeypatch,
                                                                          restore_folium):
    """The Feed's permalink was ``[link](?view=Map&event=report (2)-e…)``: a space or bracket left it
    shown as that text, no link (seen in Chromium), and a '+' opened "No event a b…". The Add
    report page's links had the '+' fault. Each id is now percent-encoded."""
    import html
    import json
    import re

    ids = {f["properties"]["event_id"] for f in
           json.loads((odd_id_build / "events.geojson").read_text(encoding="utf-8"))["features"]}
    assert len(ids) == 2 and any("+" in i for i in ids) and any("(" in i for i in ids)
    at = _app(odd_id_build, monkeypatch, view="Feed", **{"from": "2021-04-19", "to": "2021-04-28"})
    at.run()
    assert not at.exception
    links = [re.fullmatch(r"\[link\]\((.*)\)", m.value) for m in at.markdown if m.value.startswith("[link](")]
    assert {_query(m.group(1))["event"] for m in links if m} == ids

    at = _app(odd_id_build, monkeypatch, view="Add report")
    aid = "a+b تقرير"
    at.session_state["add_done"] = {"id": aid, "unknown": []}
    at.run()
    assert not at.exception
    hrefs = [html.unescape(h) for m in at.markdown for h in re.findall(r'href="([^"]*)"', m.value)]
    # the "on the map" link opens on the event's days (test_addflow.py)
    assert [_query(h) for h in hrefs] == [{"view": "Review", "article": aid, "review": i} for i in ids if aid in i] + \
        [{"view": "Map", "event": i, "from": "2021-04-20", "to": "2021-04-20"} for i in ids if aid in i]


# --------------------------------------------------------------------------- a correction the build would refuse

def test_a_correction_the_build_would_not_apply_is_refused_on_the_review_page(tmp_path, monkeypatch, restore_folium):
    """A From date after the event's To date was saved ("Saved: correct … the map is rebuilt"), and
    the build then left the correction out ("date_from … is after date_to …; the correction is
    not applied"): the analyst's decision was written but never shown. It is now refused when
    saved, saying why, and nothing is written."""
    import datetime as dt

    from pipeline.build import build

    curated = tmp_path / "curated"
    shutil.copytree(ROOT / "curated", curated, ignore=shutil.ignore_patterns("reviews.csv"))
    out = tmp_path / "out"
    build(ROOT / "seeds", ROOT / "geo", out, curated_dir=curated, progress=False)
    monkeypatch.setenv("QMAP_CURATED", str(curated))
    eid = "000_35a237ec7240c52b-ec9e59436"  # a clash of 20 April
    at = _app(out, monkeypatch, view="Review", review=eid)
    at.run()
    assert at.session_state["rv_event"] == eid
    at.text_input(key="rv_who").set_value("analyst T").run()
    at.radio(key="rv_decision").set_value("correct").run()
    at.date_input(key=f"rv_{eid}_from").set_value(dt.date(2021, 4, 27)).run()
    # said beside the dates before any Save (a probe read the refusal only after saving), and Save waits
    from mapapp.reviewview import DATES_REVERSED

    assert [e.value for e in at.error] == [DATES_REVERSED] and at.button(key="rv_save").disabled
    assert not at.exception and not at.success
    assert not (curated / "reviews.csv").exists()
    # the form's own check (the record refuses it too, whatever calls it: tests/test_reviews.py)
    from mapapp.reviewview import correction_complete

    assert not correction_complete({"sub_event_type": "Armed clash", "date_from": dt.date(2021, 4, 27),
                                    "date_to": dt.date(2021, 4, 20)})
    # a correction of both ends is saved
    at.date_input(key=f"rv_{eid}_to").set_value(dt.date(2021, 4, 28)).run()
    at.button(key="rv_save").click().run()
    assert not at.exception and not at.error
    assert "date_from=2021-04-27; date_to=2021-04-28" in (curated / "reviews.csv").read_text(encoding="utf-8")


# --------------------------------------------------------------------------- a review link to an event not in the default queue

def test_a_review_link_opens_its_event_whatever_its_status(tmp_path, monkeypatch, restore_folium):
    """``?view=Review&review=ID`` (the Add report page's "review" link) opened the queue of unreviewed
    events and chose its first one when the linked event was not unreviewed (a new report's event
    merged with a curated row is ``curated``; one already confirmed): the analyst was shown
    another event than the one clicked. The queue now opens on the linked event's status."""
    import json

    from pipeline.build import build

    out = tmp_path / "out"
    build(ROOT / "seeds", ROOT / "geo", out, curated_dir=ROOT / "curated", progress=False)
    feats = [f["properties"] for f in json.loads((out / "events.geojson").read_text(encoding="utf-8"))["features"]]
    linked = next(p["event_id"] for p in feats
                  if p["review_status"] == "curated" and any(not str(i).startswith("cur-") for i in p["merged_ids"]))
    at = _app(out, monkeypatch, view="Review", review=linked)
    at.run()
    assert not at.exception
    assert at.session_state["rv_event"] == linked
    assert at.selectbox(key="rv_status").value == "curated"
    assert at.text_input(key="rv_who")  # its decision form is shown (it has an extracted report)
    unlinked = _app(out, monkeypatch, view="Review")
    unlinked.run()
    assert unlinked.selectbox(key="rv_status").value == "unreviewed"  # the default queue is unchanged
