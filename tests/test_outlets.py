"""Outlets and their trust (``curated/outlets.tsv``, :mod:`pipeline.outlets`), published by the build as
``outlets.json`` for the briefing's sources line (low-trust sources last, marked)."""

from __future__ import annotations

import json
import shutil

import pytest
from conftest import ROOT

from pipeline.outlets import OutletError, load_outlets, outlet_name, outlets_output, source_outlets

HEADER = "outlet\ttrust\tbasis\n"


def test_outlet_names_drop_the_language_edition():
    assert outlet_name("Shafaq News (English)") == outlet_name("Shafaq News (Arabic)") == "Shafaq News"
    assert outlet_name("forum.nef2.com (tag pages)") == "forum.nef2.com (tag pages)"
    assert source_outlets("Shafaq News (Arabic); Kurdistan 24 (Arabic); Shafaq News (English)") == \
        ["Shafaq News", "Kurdistan 24"]


def test_the_shipped_table_marks_the_forum_tag_pages_low(tmp_path):
    listed = load_outlets(ROOT / "curated" / "outlets.tsv")
    assert listed["forum.nef2.com (tag pages)"].trust == "low"
    assert all(o.basis for o in listed.values() if o.trust == "low")
    assert "Shafaq News" not in listed and "Syrian Observatory for Human Rights" not in listed  # normal
    assert load_outlets(tmp_path / "none.tsv") == {}  # no table: nothing marked


def test_bad_rows_are_reported_with_their_line(tmp_path):
    p = tmp_path / "outlets.tsv"
    p.write_text(HEADER + "Blog A\tlow\tposts by anyone\n"
                 "Blog B\tshaky\twhy not\n"
                 "Blog C\tlow\t\n"
                 "Blog A (English)\tlow\tagain\n"
                 "Blog D\tlow\n", encoding="utf-8")
    errors: list = []
    listed = load_outlets(p, errors=errors)
    assert list(listed) == ["Blog A"]
    assert [e.line for e in errors] == [3, 4, 5, 6]
    assert ["'shaky'" in errors[0].reason, "why" in errors[1].reason, "twice" in errors[2].reason,
            "2 tab-separated fields" in errors[3].reason] == [True] * 4
    with pytest.raises(OutletError) as ei:
        load_outlets(p)
    assert ei.value.line == 3
    p.write_text("outlet\ttrust\n", encoding="utf-8")
    with pytest.raises(OutletError):
        load_outlets(p, errors=[])


def test_outlets_output_gives_every_named_outlet_and_reports_a_misspelt_row(tmp_path):
    p = tmp_path / "outlets.tsv"
    p.write_text(HEADER + "forum.nef2.com (tag pages)\tlow\tuser posts\nforum.nef2.co (tag pages)\tlow\ttypo\n",
                 encoding="utf-8")
    events = [{"source": "Shafaq News (Arabic); forum.nef2.com (tag pages)"}, {"source": "Shafaq News (English)"}]
    rows, problems = outlets_output(events, load_outlets(p), known=["Kurdistan 24 (Arabic)"], path=str(p))
    assert rows == [{"outlet": "forum.nef2.com (tag pages)", "trust": "low", "basis": "user posts"},
                    {"outlet": "Shafaq News", "trust": "normal", "basis": ""}]
    assert [(e.line, "forum.nef2.co (tag pages)" in e.reason) for e in problems] == [(3, True)]


def test_the_build_publishes_outlets_json_and_reports_bad_rows(tmp_path):
    from pipeline.build import build, is_stale

    cur = tmp_path / "curated"
    shutil.copytree(ROOT / "curated", cur)
    out = tmp_path / "build"
    stats = build(ROOT / "seeds", ROOT / "geo", out, progress=False, curated_dir=cur)
    rows = {r["outlet"]: r for r in json.loads((out / "outlets.json").read_bytes())}
    assert rows["forum.nef2.com (tag pages)"]["trust"] == "low"
    assert rows["Shafaq News"]["trust"] == "normal"
    assert not [e for e in stats.errors if "outlets.tsv" in str(e["path"])]
    with (cur / "outlets.tsv").open("a", encoding="utf-8") as fh:
        fh.write("Kurdistreet\tdubious\tno\n")
    assert is_stale(ROOT / "seeds", ROOT / "geo", out, curated_dir=cur)  # the table is a build input
    stats = build(ROOT / "seeds", ROOT / "geo", out, progress=False, curated_dir=cur)
    bad = [e for e in stats.errors if str(e["path"]).endswith("outlets.tsv")]
    assert [(e["line"], "'dubious'" in e["reason"]) for e in bad] == [(4, True)]
    assert json.loads((out / "outlets.json").read_bytes())  # the good rows still count


# An outlet name holding '|' or ';' broke the app's links (the Sources filter joins outlets with '|' in the
# URL, merged events join theirs with ';'): a reload lost the filter. Each place an outlet name enters
# refuses them, saying which file or field and what to change, and the bad input costs only itself.

def test_the_outlets_table_refuses_a_separator_in_a_name_and_keeps_its_other_rows(tmp_path):
    p = tmp_path / "outlets.tsv"
    p.write_text(HEADER + "Blog A | mirror\tlow\treposts\nBlog B; C\tnormal\t\nBlog D\tlow\tposts by anyone\n",
                 encoding="utf-8")
    errors: list = []
    assert list(load_outlets(p, errors=errors)) == ["Blog D"]
    assert [e.line for e in errors] == [2, 3]
    assert all("outlet" in e.reason and "'|' or ';'" in e.reason and "rename" in e.reason for e in errors)
    assert "'|'" in errors[0].reason.split("holds", 1)[1][:6] and errors[0].path == str(p)


def test_the_source_index_refuses_a_separator_in_an_outlet_and_costs_only_that_ref(tmp_path):
    from pipeline.curated import SOURCES_TSV, load_sources

    lines = SOURCES_TSV.read_text(encoding="utf-8").split("\n")
    cols = lines[5].split("\t")
    ref = cols[0]
    cols[1] = "Radio North | weekend desk"  # (the outlet column)
    lines[5] = "\t".join(cols)
    p = tmp_path / "sources.tsv"
    p.write_text("\n".join(lines), encoding="utf-8")
    errors: list = []
    sources = load_sources(p, errors=errors)
    assert [e.line for e in errors] == [6] and "'|' or ';'" in errors[0].reason and "outlet" in errors[0].reason
    assert ref not in sources and ref in sources.rejected
    assert len(sources) == len(load_sources(SOURCES_TSV)) - 1


def test_a_seed_whose_source_holds_a_separator_is_refused_alone(tmp_path):
    from pipeline.articles import read_metadata
    from pipeline.build import build
    from pipeline.errors import MetadataError

    seeds = tmp_path / "seeds"
    seeds.mkdir()
    text = ("Shelling near Amuda\nTurkish artillery shelled the outskirts of Amuda on Friday, 4 March 2022, "
            "wounding a shepherd, a local source said.\n")
    for aid, source in (("good1", "Radio North"), ("bad1", "Radio North; Radio South")):
        (seeds / f"{aid}.txt").write_text(text.replace("a shepherd", f"a shepherd ({aid})"), encoding="utf-8")
        (seeds / f"{aid}.toml").write_text(f'source = "{source}"\npublished = 2022-03-05\nlanguage = "en"\n',
                                           encoding="utf-8")
    with pytest.raises(MetadataError) as ei:
        read_metadata(seeds / "bad1.toml")
    assert ei.value.line == 1 and "source" in ei.value.reason and "';'" in ei.value.reason
    out = tmp_path / "out"
    stats = build(seeds, ROOT / "geo", out, curated_dir=tmp_path / "none", progress=False)
    assert [e["path"].endswith("bad1.toml") for e in stats.errors] == [True]
    arts = json.loads((out / "articles.json").read_text(encoding="utf-8"))
    assert [a["id"] for a in arts] == ["good1"]


def test_add_report_refuses_an_outlet_with_a_separator_and_writes_nothing(tmp_path):
    import datetime as dt

    from pipeline.addreport import AddError, add_report, from_text

    seeds = tmp_path / "seeds"
    seeds.mkdir()
    report = from_text("Clash in Tal Tamr\nFighters clashed on the edge of Tal Tamr on Sunday, a resident said.")
    with pytest.raises(AddError) as ei:
        add_report(seeds, report, published=dt.date(2024, 2, 4), source="Radio North | Radio South", language="en")
    said = str(ei.value)
    assert "outlet" in said.lower() and "'|'" in said and "Outlet" in said and "--source" in said
    assert list(seeds.iterdir()) == []


def test_the_outlets_of_a_source_are_a_fresh_list_each_time():
    """source_outlets remembers its answers (a build asks for every report): a caller that edits the
    list it gets never edits the next caller's."""
    from pipeline.outlets import source_outlets

    got = source_outlets("Hawar News (Arabic); Enab Baladi; Hawar News (English)")
    assert got == ["Hawar News", "Enab Baladi"]
    got.append("edited")
    assert source_outlets("Hawar News (Arabic); Enab Baladi; Hawar News (English)") == ["Hawar News", "Enab Baladi"]
    assert source_outlets(None) == [] and source_outlets("") == []


def test_one_row_that_is_not_utf8_costs_only_that_row(tmp_path):
    # a byte of another encoding in one outlet's basis: that row is refused with its line, the others stay
    path = tmp_path / "outlets.tsv"
    path.write_bytes(b"outlet\ttrust\tbasis\n" + b"Forum A\tlow\ta forum\n"
                     + b"Blog B\tlow\ta blog with a Latin-1 byte: caf\xe9\n"
                     + b"Site C\tlow\ta mirror\n")
    errors: list = []
    rows = load_outlets(path, errors=errors)
    assert sorted(rows) == ["Forum A", "Site C"]
    assert [(e.line, "not UTF-8" in str(e)) for e in errors] == [(3, True)]
    # without a list for the errors, the bad row raises, naming its line
    with pytest.raises(OutletError, match="not UTF-8"):
        load_outlets(path)


def test_a_header_that_is_not_utf8_refuses_the_file(tmp_path):
    path = tmp_path / "outlets.tsv"
    path.write_bytes(b"outl\xe9t\ttrust\tbasis\nForum A\tlow\ta forum\n")
    with pytest.raises(OutletError, match="header"):
        load_outlets(path, errors=[])
