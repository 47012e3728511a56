"""Hostile input, a new analyst's probe: defects found by probing copies in ``tmp_path``.

Each test reproduces one defect: invisible direction controls in names and titles, which the
app writes into lines of its own words; a killed build's unfinished version kept in place of
the previous build.
"""

from __future__ import annotations

import datetime as dt
import subprocess
import sys

import pytest

from pipeline.addreport import AddError, add_report, from_html, from_text, suggest_title
from pipeline.articles import read_metadata
from pipeline.curated import load_sources
from pipeline.errors import MetadataError
from pipeline.outlets import load_outlets

RLO, PDF, RLE, RLI, PDI, ZWSP = "\u202e", "\u202c", "\u202b", "\u2067", "\u2069", "\u200b"
META = 'source = "{source}"\npublished = 2024-06-10\ntitle = "{title}"\n'


def _meta(tmp_path, source="North Press Agency", title="Clashes in Halko"):
    path = tmp_path / "a.toml"
    path.write_text(META.format(source=source, title=title), encoding="utf-8")
    return path


# --------------------------------------------------------------------------- direction controls and invisible characters


@pytest.mark.parametrize("source", [f"North{RLO} Press", f"North {RLE}Press", f"North{ZWSP} Press Agency",
                                    f"forum.nef2.com{ZWSP} (tag pages)"])
def test_an_outlet_name_with_an_invisible_character_is_refused_with_its_line(tmp_path, source):
    """An outlet "North<U+202E> Press" turned the rest of the map popup's source line backwards ("North
    1 report from 1 outlet · idib_m elcitra · sserP", seen in Chromium) and the briefing's sources
    line with it, in the PNG and PDF too; a zero-width space made one outlet two, and a low-trust
    outlet's reports no longer marked low trust, with nothing to see."""
    with pytest.raises(MetadataError) as e:
        read_metadata(_meta(tmp_path, source=source))
    assert e.value.line == 1
    assert "U+20" in e.value.reason and "source" in e.value.reason and "delete" in e.value.reason


@pytest.mark.parametrize("title", [f"{RLO}Clashes in Halko", f"Clashes {RLI}in Halko", f"{RLE}اشتباكات{PDF} in Halko"])
def test_a_title_with_a_direction_control_is_refused_with_its_line(tmp_path, title):
    with pytest.raises(MetadataError) as e:
        read_metadata(_meta(tmp_path, title=title))
    assert e.value.line == 3
    assert "title" in e.value.reason and "U+20" in e.value.reason


def test_marks_that_do_not_carry_over_stay_accepted(tmp_path):
    """Right-to-left and left-to-right marks (U+200F, U+200E) and zero-width joiners in a title
    change nothing after them: an Arabic title may hold them."""
    meta = read_metadata(_meta(tmp_path, title="اشتباكات\u200f في حي حلكو\u200e (Halko) \u200c"))
    assert meta["title"].startswith("اشتباكات")


def test_source_index_and_trust_table_refuse_an_outlet_with_a_direction_control(tmp_path):
    sources = tmp_path / "sources.tsv"
    sources.write_text("ref\toutlet\tpublished\tlanguage\ttitle\turl\talignment\n"
                       f"01\tNorth{RLO} Press\t2024-06-10\ten\tt\thttps://a.example/\tother\n"
                       "02\tNorth Press\t2024-06-10\ten\tt\thttps://a.example/\tother\n", encoding="utf-8")
    problems: list = []
    loaded = load_sources(sources, problems)
    assert set(loaded) == {"02"}
    assert [(p.line, "U+202E" in p.reason) for p in problems] == [(2, True)]
    outlets = tmp_path / "outlets.tsv"
    outlets.write_text(f"outlet\ttrust\tbasis\nforum{ZWSP}.example\tlow\tuser posts\n", encoding="utf-8")
    problems = []
    assert load_outlets(outlets, problems) == {}
    assert [(p.line, "U+200B" in p.reason) for p in problems] == [(2, True)]


def test_add_report_names_the_outlet_field_and_writes_nothing(tmp_path):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    report = from_text("QAMISHLI (North Press) - Clashes broke out on Tuesday in the Halko neighbourhood.\n")
    with pytest.raises(AddError) as e:
        add_report(seeds, report, published=dt.date(2024, 6, 10), source=f"North{RLO} Press")
    assert "Outlet" in str(e.value) and "U+202E" in str(e.value)
    assert not list(seeds.iterdir())


def test_a_pages_title_and_outlet_are_suggested_without_direction_controls():
    """What a page's metadata says is a suggestion for the form, not the text kept as published:
    a direction control in it would only make the add fail on a character nobody can see."""
    page = (f"<html><head><title>{RLE}اشتباكات في حلكو{PDF}</title>"
            f'<meta property="og:site_name" content="North{ZWSP} Press{RLO}"></head>'
            "<body><article><p>QAMISHLI (North Press) - Clashes broke out on Friday between the Asayish and gunmen "
            "of the National Defence Forces in the Halko neighbourhood of Qamishli, killing two Asayish members and "
            "injuring three civilians, local sources said.</p><p>The fighting continued until the evening, according "
            "to the sources, who said the gunmen withdrew.</p></article></body></html>")
    report = from_html(page)
    assert report.title == "اشتباكات في حلكو"
    assert report.source == "North Press"
    assert suggest_title(f"{RLE}اشتباكات في حلكو{PDF}\nنص التقرير هنا.") == "اشتباكات في حلكو"


# --------------------------------------------------------------------------- a killed build's unfinished version


def test_a_killed_builds_unfinished_version_is_removed_and_the_previous_build_kept(tmp_path):
    """``kill -9`` of a build half-way left its unfinished version folder (72 MB at 3,000 articles);
    the next build then kept that folder as "the previous version" (the newest other) and deleted
    the previous published build, which a reader may be in the middle of loading."""
    from pipeline.output import Stage

    out = tmp_path / "build"
    first = Stage(out)
    first.put("events.geojson", b"{}")
    first.publish({"n": 1})
    second = Stage(out)
    second.put("events.geojson", b"{ }")
    second.publish({"n": 2})
    previous = first.path.name
    killed = Stage(out)  # a build killed before it published: no manifest.json in its folder
    killed.put("events.geojson", b"{  }")
    gone = subprocess.Popen([sys.executable, "-c", "pass"])  # the killed build's process: no longer running
    gone.wait()
    stamp, _, ns = killed.path.name.split("-")
    dead = killed.path.rename(killed.path.with_name(f"{stamp}-{gone.pid}-{ns}"))
    running = Stage(out)  # a version this process is still writing is left alone
    third = Stage(out)
    third.put("events.geojson", b"{   }")
    third.publish({"n": 3})
    left = {p.name for p in third.versions.iterdir()}
    assert dead.name not in left
    assert left == {second.path.name, third.path.name, running.path.name}
    assert previous not in left  # older than the previous one: pruned as before


# --------------------------------------------------------------------------- the log line of an input with no line


def test_an_article_error_without_a_line_is_logged_as_file_colon_reason(tmp_path, caplog):
    """The log said "…/m_empty.txt:: article is empty" (an empty line number between two colons)."""
    from conftest import ROOT

    from pipeline.build import build

    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "empty.txt").write_text("", encoding="utf-8")
    (seeds / "empty.toml").write_text('source = "X"\npublished = 2024-06-10\n', encoding="utf-8")
    with caplog.at_level("ERROR", logger="pipeline.build"):
        stats = build(seeds, ROOT / "geo", tmp_path / "out", progress=False, jobs=1)
    assert stats.failed == 1
    lines = [r.getMessage() for r in caplog.records if "empty.txt" in r.getMessage()]
    assert lines == [f"{seeds / 'empty.txt'}: article is empty; remove it or paste the report's text"]
