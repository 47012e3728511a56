"""The curated events file and its source index: shipped data, validation, merge shape.

Bad-row tests work on copies in ``tmp_path``; the shipped files are only read.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import fields
from pathlib import Path

import pytest

from pipeline.acled_vocab import ACLED_TAXONOMY
from pipeline.actors import default_actors
from pipeline.curated import (
    ALIGNMENTS,
    COLUMNS,
    CuratedError,
    load_curated,
    load_sources,
    to_event_dicts,
)
from pipeline.errors import InputError
from pipeline.gazetteer import load_gazetteer
from pipeline.records import Event

ROOT = Path(__file__).resolve().parent.parent
EVENTS = ROOT / "curated" / "events.csv"
SOURCES = ROOT / "curated" / "sources.tsv"
REFERENCE_SOURCES = ROOT.parent / "shared" / "reference" / "sources.tsv"

EVENTS_TEXT = EVENTS.read_text(encoding="utf-8")
EVENT_LINES = EVENTS_TEXT.split("\n")


@pytest.fixture(scope="module")
def gaz():
    return load_gazetteer(ROOT / "geo" / "gazetteer.csv")


@pytest.fixture(scope="module")
def sources():
    return load_sources(SOURCES)


@pytest.fixture(scope="module")
def shipped(gaz, sources):
    return load_curated(EVENTS, gaz, default_actors(), sources)


@pytest.fixture(scope="module")
def by_id(shipped):
    return {e.event_id: e for e in shipped[0]}


def _line_of(event_id: str) -> int:
    """1-based line of the shipped row whose event_id is ``event_id``."""
    for i, line in enumerate(EVENT_LINES, 1):
        if line.startswith(event_id + ","):
            return i
    raise AssertionError(f"no row {event_id!r}")


def _with_line(tmp_path: Path, lineno: int, new: str | bytes) -> Path:
    """A copy of the shipped file with line ``lineno`` replaced (bytes for raw encodings)."""
    raw = EVENTS.read_bytes().split(b"\n")
    raw[lineno - 1] = new if isinstance(new, bytes) else new.encode("utf-8")
    p = tmp_path / "events.csv"
    p.write_bytes(b"\n".join(raw))
    return p


def _edit(event_id: str, **changes: str) -> str:
    """The shipped row of ``event_id`` with some cells changed, as one CSV line."""
    row = next(csv.DictReader(io.StringIO(EVENT_LINES[0] + "\n" + EVENT_LINES[_line_of(event_id) - 1])))
    row.update(changes)
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\n").writerow([row[c] for c in COLUMNS])
    return buf.getvalue().removesuffix("\n")


# ---------------------------------------------------------------------------------------
# shipped data
# ---------------------------------------------------------------------------------------

def test_shipped_file_loads_without_errors(shipped):
    events, errors = shipped
    assert errors == []
    n_rows = sum(1 for line in EVENT_LINES[1:] if line.strip())
    assert len(events) == n_rows >= 20
    assert EVENT_LINES[0].split(",") == list(COLUMNS)


def test_sources_index_matches_reference(sources):
    assert list(sources) == [f"{i:02d}" for i in range(1, 66)]
    assert {s.alignment for s in sources.values()} <= set(ALIGNMENTS)
    assert sources["05"].alignment == "pro-government"  # Al-Baath
    assert sources["06"].alignment == "AANES-aligned"  # North Press
    assert sources["37"].alignment == "opposition"  # Thiqa
    assert sources["24"].alignment == "monitor"  # SOHR
    assert sources["26"].alignment == "monitor"  # SNHR
    assert sources["01"].alignment == "other"  # Shafaq
    if REFERENCE_SOURCES.exists():  # the index columns are the reference's, unchanged
        ref_lines = [l for l in REFERENCE_SOURCES.read_text(encoding="utf-8").split("\n") if l.strip()]
        ours = [l for l in SOURCES.read_text(encoding="utf-8").split("\n") if l.strip()]
        assert [l.rsplit("\t", 1)[0] for l in ours] == ref_lines


def test_every_row_cites_known_refs(shipped, sources):
    for e in shipped[0]:
        assert e.source_refs, e.event_id
        assert set(e.source_refs) <= set(sources), e.event_id
        assert set(e.outlet_figures) <= set(e.source_refs), e.event_id


def test_rows_use_acled_taxonomy_and_known_ids(shipped, gaz):
    actors = default_actors()
    assert sum(len(v) for v in ACLED_TAXONOMY.values()) == 25
    for e in shipped[0]:
        assert e.sub_event_type in ACLED_TAXONOMY[e.event_type]
        assert e.place_id in gaz
        for a in (e.actor1, e.actor2, *e.assoc_actor_1, *e.assoc_actor_2, *e.mediator):
            assert not a or a in actors
        assert e.date_from <= e.event_date <= e.date_to


def test_humanitarian_truce_extension_is_chained(by_id):
    truce = by_id["0423-humanitarian-truce"]
    assert (truce.time_from, truce.time_to) == ("19:00", "10:00")
    assert truce.truce_end.isoformat(timespec="minutes") == "2021-04-24T10:00"
    assert truce.status == "extended"
    ext = [e for e in by_id.values() if e.extends == truce.event_id]
    assert len(ext) == 1
    assert ext[0].event_date.isoformat() == "2021-04-24"
    assert ext[0].truce_end.isoformat(timespec="minutes") == "2021-04-25T10:00"
    # the chain continues to the 'permanent' truce of 25 Apr, which was broken
    chain, cur = [], ext[0]
    while cur is not None:
        chain.append(cur)
        cur = next((e for e in by_id.values() if e.extends == cur.event_id), None)
    assert chain[-1].event_id == "0425-permanent-truce" and chain[-1].status == "broken"


def test_key_events_are_coded_as_acled_would(by_id):
    assert by_id["0426-tayy-takeover"].sub_event_type == "Non-state actor overtakes territory"
    takeovers = [e for e in by_id.values() if e.sub_event_type == "Non-state actor overtakes territory"]
    assert {e.event_date.isoformat() for e in takeovers} == {"2021-04-26"}  # only the final takeover
    assert by_id["0423-tayy-clashes"].sub_event_type == "Armed clash"
    assert by_id["0426-old-hospital-handover"].sub_event_type == "Non-violent transfer of territory"
    assert by_id["0422-child-killed"].event_type == "Violence against civilians"
    assert by_id["0424-bodies-handover"].sub_event_type == "Other"
    first = by_id["0421-airport-truce"]
    assert first.truce_end.isoformat(timespec="minutes") == "2021-04-22T22:00" and first.status == "broken"
    assert by_id["0428-joint-patrols"].time_precision == 2


def _killed(figure: str) -> int:
    m = re.match(r"(\d+) killed", figure)
    assert m, figure
    return int(m.group(1))


def test_conflicting_tolls_keep_each_figure_and_use_the_minimum(by_id):
    row = by_id["0421-tayy-clashes"]
    assert row.outlet_figures == {
        "01": "5 killed (NDF), 8 injured",
        "02": "3 killed (NDF announcement), more than 15 wounded (both sides)",
        "05": "1 killed (Asayish), 5 wounded (Baath Brigades)",
    }
    assert row.fatalities == min(_killed(f) for f in row.outlet_figures.values()) == 1
    assert row.fatalities_note
    # never above the lowest figure anywhere
    for e in by_id.values():
        if e.outlet_figures:
            assert e.fatalities <= min(_killed(f) for f in e.outlet_figures.values()), e.event_id


def test_only_injuries_means_zero_fatalities(by_id):
    assert by_id["0426-mill-roundabout-clash"].fatalities == 0
    assert by_id["0426-mill-roundabout-clash"].injuries
    assert by_id["0425-tayy-clashes"].fatalities == 0


# ---------------------------------------------------------------------------------------
# bad rows: one error each, with the right line; the other rows still load
# ---------------------------------------------------------------------------------------

VICTIM = "0423-halko-clashes"  # a row no other row depends on


@pytest.mark.parametrize("changes, words", [
    ({"actor1": "ypg"}, "unknown actor 'ypg'"),
    ({"event_date": "2021-04-31", "date_from": "2021-04-31", "date_to": "2021-04-31"}, "not a valid date"),
    ({"event_date": "23/04/2021"}, "not a date"),
    ({"date_from": "2021-04-24", "date_to": "2021-04-22"}, "before date_from"),
    ({"source_refs": "12;99"}, "unknown source ref '99'"),
    ({"place_id": "atlantis"}, "unknown place_id 'atlantis'"),
    ({"event_type": "Skirmish"}, "unknown event_type"),
    ({"sub_event_type": "Agreement"}, "sub_event_type 'Agreement' is not one of Battles"),
    ({"time_from": "25:00"}, "time_from '25:00'"),
    ({"fatalities": "-1"}, "fatalities must be"),
    ({"fatalities": "two"}, "fatalities must be"),
    ({"fatalities": ""}, "fatalities must be"),
    ({"status": "held"}, "status is only for"),
    ({"outlet_figures": "37:2 killed"}, "not in this row's source_refs"),
], ids=["actor", "date", "date-format", "date-order", "ref", "place", "type", "subtype", "time",
        "fatal-neg", "fatal-word", "fatal-empty", "status", "figure-ref"])
def test_bad_cell_gives_one_error_on_its_line(tmp_path, gaz, sources, changes, words):
    line = _line_of(VICTIM)
    p = _with_line(tmp_path, line, _edit(VICTIM, **changes))
    events, errors = load_curated(p, gaz, default_actors(), sources)
    assert len(errors) == 1, errors
    err = errors[0]
    assert isinstance(err, CuratedError) and isinstance(err, InputError)
    assert err.line == line and err.path == str(p)
    assert words in err.reason
    assert f"{p}:{line}:" in str(err)
    ids = [e.event_id for e in events]
    assert VICTIM not in ids and len(ids) == len(load_curated(EVENTS, gaz)[0]) - 1


def test_bad_status_value(tmp_path, gaz, sources):
    line = _line_of("0426-final-agreement")
    p = _with_line(tmp_path, line, _edit("0426-final-agreement", status="kept"))
    events, errors = load_curated(p, gaz, default_actors(), sources)
    assert [(e.line, "status 'kept'" in e.reason) for e in errors] == [(line, True)]


def test_extra_field(tmp_path, gaz, sources):
    line = _line_of(VICTIM)
    p = _with_line(tmp_path, line, EVENT_LINES[line - 1] + ",surplus")
    events, errors = load_curated(p, gaz, default_actors(), sources)
    assert [e.line for e in errors] == [line]
    assert "fields" in errors[0].reason
    assert VICTIM not in {e.event_id for e in events} and len(events) == len(load_curated(EVENTS, gaz)[0]) - 1


def test_duplicate_event_id(tmp_path, gaz, sources):
    dup = EVENT_LINES[_line_of(VICTIM) - 1]
    p = tmp_path / "events.csv"
    p.write_text(EVENTS_TEXT.rstrip("\n") + "\n" + dup + "\n", encoding="utf-8")
    n = len(EVENTS_TEXT.rstrip("\n").split("\n")) + 1
    events, errors = load_curated(p, gaz, default_actors(), sources)
    assert [e.line for e in errors] == [n]
    assert f"duplicate event_id '{VICTIM}' (first at line {_line_of(VICTIM)})" in errors[0].reason
    assert [e.line for e in events if e.event_id == VICTIM] == [_line_of(VICTIM)]
    assert len(events) == len(load_curated(EVENTS, gaz)[0])


def test_non_utf8_line(tmp_path, gaz, sources):
    line = _line_of(VICTIM)
    p = _with_line(tmp_path, line, EVENT_LINES[line - 1].encode("utf-8").replace(b"Halko", b"Halk\xf6"))
    events, errors = load_curated(p, gaz, default_actors(), sources)
    assert [e.line for e in errors] == [line]
    assert "not UTF-8" in errors[0].reason
    assert VICTIM not in {e.event_id for e in events}
    assert len(events) == len(load_curated(EVENTS, gaz)[0]) - 1


def test_extends_unknown_id(tmp_path, gaz, sources):
    line = _line_of("0424-truce-extension")
    p = _with_line(tmp_path, line, _edit("0424-truce-extension", extends="0423-no-such-truce"))
    events, errors = load_curated(p, gaz, default_actors(), sources)
    # the row is skipped; the rows chained after it are skipped too, each naming the line
    assert errors[0].line == line and "unknown event_id '0423-no-such-truce'" in errors[0].reason
    follow = {_line_of("0425-truce-until-22"), _line_of("0425-permanent-truce")}
    assert {e.line for e in errors[1:]} == follow
    assert all("was skipped" in e.reason for e in errors[1:])
    assert "0423-humanitarian-truce" in {e.event_id for e in events}


def test_lines_stay_true_after_blank_and_multiline_rows(tmp_path, gaz, sources):
    """A blank line and a quoted line break shift later rows; errors still name the right line."""
    head, *rest = EVENTS_TEXT.rstrip("\n").split("\n")
    first = _edit(rest[0].split(",", 1)[0], notes="two\nlines")
    bad = _edit(VICTIM, actor2="ypg")
    victim_index = _line_of(VICTIM) - 2
    body = [first, ""] + rest[1:victim_index] + [bad] + rest[victim_index + 1:]
    p = tmp_path / "events.csv"
    p.write_text("\n".join([head] + body) + "\n", encoding="utf-8")
    events, errors = load_curated(p, gaz, default_actors(), sources)
    assert [e.line for e in errors] == [_line_of(VICTIM) + 2]  # +1 blank line, +1 line break


def test_missing_column_is_reported_at_line_1(tmp_path, gaz, sources):
    p = tmp_path / "events.csv"
    p.write_text(EVENTS_TEXT.replace("outlet_figures,", "", 1), encoding="utf-8")
    events, errors = load_curated(p, gaz, default_actors(), sources)
    assert events == [] and errors[0].line == 1 and "outlet_figures" in errors[0].reason


def test_a_bad_source_row_costs_only_the_events_that_cite_it(tmp_path, gaz):
    lines = SOURCES.read_text(encoding="utf-8").split("\n")
    ref = lines[5].split("\t")[0]
    lines[5] = lines[5].rsplit("\t", 1)[0] + "\tpartisan"
    p = tmp_path / "sources.tsv"
    p.write_text("\n".join(lines), encoding="utf-8")
    errors: list = []
    sources = load_sources(p, errors=errors)
    assert [(e.line, "alignment" in e.reason) for e in errors] == [(6, True)]
    assert ref not in sources and len(sources) == len(load_sources(SOURCES)) - 1
    events, problems = load_curated(EVENTS, gaz, default_actors(), sources)
    citing = [r["event_id"] for r in csv.DictReader(io.StringIO(EVENTS_TEXT))
              if ref in [x.strip() for x in r["source_refs"].split(";")]]
    assert citing, "the test needs a ref that some events cite"
    assert sorted(e.event_id for e in events) == sorted(r["event_id"] for r in csv.DictReader(io.StringIO(EVENTS_TEXT))
                                                        if r["event_id"] not in citing)
    assert [e.line for e in problems] == sorted(_line_of(i) for i in citing)
    assert all(f"source ref '{ref}' was rejected (curated/sources.tsv line 6)" in e.reason for e in problems)


def test_bad_source_row_in_a_build_is_reported_and_the_rest_builds(tmp_path, work_dirs):
    import shutil

    from pipeline.build import build

    seeds, geo, out = work_dirs
    curated = tmp_path / "curated"
    shutil.copytree(ROOT / "curated", curated)
    lines = (curated / "sources.tsv").read_text(encoding="utf-8").split("\n")
    lines[5] = lines[5].rsplit("\t", 1)[0] + "\tpartisan"
    (curated / "sources.tsv").write_text("\n".join(lines), encoding="utf-8")
    stats = build(seeds, geo, out, progress=False, curated_dir=curated)
    src_errors = [e for e in stats.errors if e["path"].endswith("sources.tsv")]
    assert [e["line"] for e in src_errors] == [6]
    lost = [e for e in stats.errors if e["path"].endswith("events.csv")]
    shipped_rows = len(list(csv.DictReader(io.StringIO(EVENTS_TEXT))))
    assert lost and stats.curated == shipped_rows - len(lost)


def test_bad_source_index_raises_with_line(tmp_path):
    lines = SOURCES.read_text(encoding="utf-8").split("\n")
    lines[5] = lines[5].rsplit("\t", 1)[0] + "\tpartisan"
    p = tmp_path / "sources.tsv"
    p.write_text("\n".join(lines), encoding="utf-8")
    with pytest.raises(CuratedError) as ei:
        load_sources(p)
    assert ei.value.line == 6 and "alignment" in ei.value.reason


# ---------------------------------------------------------------------------------------
# merge shape
# ---------------------------------------------------------------------------------------

def test_event_dicts_have_the_pipeline_keys(shipped, gaz, sources):
    dicts = to_event_dicts(shipped[0], gaz, default_actors(), sources)
    pipeline_keys = [f.name for f in fields(Event)] + ["source_url", "published"]
    extras = {"origin", "source_refs", "outlet_figures", "alignments", "truce_end", "extends", "status"}
    for d in dicts:
        assert list(d)[:len(pipeline_keys)] == pipeline_keys
        assert extras <= set(d)
        assert d["event_id"].startswith("cur-") and d["article_id"] == "curated" and d["origin"] == "curated"
        assert d["start"] is None and d["end"] is None
        assert isinstance(d["source_refs"], list) and isinstance(d["outlet_figures"], dict)
        assert set(d["alignments"]) <= set(ALIGNMENTS)
    row = next(d for d in dicts if d["event_id"] == "cur-0421-tayy-clashes")
    assert row["source"] == "; ".join(dict.fromkeys(sources[r].outlet for r in row["source_refs"]))
    assert row["source_url"] == sources["01"].urls[0]
    assert row["actor1"] == "Asayish: Internal Security Forces (AANES)" and row["inter2"] == 3
    assert "pro-government" in row["alignments"] and "other" in row["alignments"]
    ext = next(d for d in dicts if d["event_id"] == "cur-0424-truce-extension")
    assert ext["extends"] == "cur-0423-humanitarian-truce" and ext["truce_end"] == "2021-04-25T10:00"
    assert ext["duration_hours"] == 24.0


def test_event_dicts_have_coordinates_where_the_place_has_a_location(shipped, gaz, sources):
    dicts = to_event_dicts(shipped[0], gaz, default_actors(), sources)
    assert len(dicts) == len(shipped[0])
    for ev, d in zip(shipped[0], dicts):
        loc = gaz.locate(ev.place_id)
        if loc.lat is not None:
            assert (d["latitude"], d["longitude"]) == (loc.lat, loc.lon), ev.event_id
            assert d["geo_precision"] == loc.geo_precision and d["approximate"] == loc.approximate
    assert all(d["latitude"] is not None for d in dicts)  # every shipped place is drawn somewhere


@pytest.mark.parametrize("command", [["curated"], ["acled", "no-such-export.csv"]])
def test_one_cli_and_its_module_aliases_agree(command, tmp_path):
    """``python -m pipeline curated|acled`` and the documented ``python -m pipeline.curated|acled``."""
    import subprocess
    import sys

    def run(*args):
        return subprocess.run([sys.executable, "-m", *args], cwd=ROOT, capture_output=True, text=True, timeout=300)

    one = run("pipeline", *command)
    alias = run(f"pipeline.{command[0]}", *command[1:])
    assert (one.returncode, one.stdout, one.stderr) == (alias.returncode, alias.stdout, alias.stderr)
    if command == ["curated"]:
        assert one.returncode == 0 and "curated event(s) loaded, 0 problem(s)" in one.stdout
    else:
        assert one.returncode == 1 and "no-such-export.csv" in one.stderr


def test_curated_command_checks_the_outlets_trust_table(tmp_path, capsys):
    """``python -m pipeline curated`` reports a bad row of ``outlets.tsv`` with its file and line (the build
    would only list it in errors.json), and passes the shipped table."""
    from pipeline.cli import main

    assert main(["curated"]) == 0
    bad = tmp_path / "outlets.tsv"
    bad.write_text("outlet\ttrust\tbasis\nSome Blog\tlow\t\nOther Site\tdubious\tunsure\n", encoding="utf-8")
    capsys.readouterr()
    assert main(["curated", "--outlets", str(bad)]) == 1
    err = capsys.readouterr().err
    assert f"{bad}:2:" in err and "basis" in err
    assert f"{bad}:3:" in err and "'dubious'" in err


# ---------------------------------------------------------------------------------------
# background refs: the refs a row cites that are not known to report its event
# ---------------------------------------------------------------------------------------

DAY_ROW_NOTE = "does not say which of them reports this"


def test_rows_citing_a_days_sources_mark_them_as_background(by_id):
    """A row whose notes say its refs are the timeline's sources for the whole day (which of them
    reports this event is not said) marks them ``background_refs``; a ref that gives the row a figure
    of its own (``outlet_figures``) does report it and is not background; no other row marks any."""
    alou = by_id["0426-samer-alou-killed"]
    assert alou.background_refs == alou.source_refs and len(alou.source_refs) == 14
    wahda = by_id["0420-wahda-shooting"]
    assert "24" in wahda.outlet_figures and set(wahda.background_refs) == set(wahda.source_refs) - {"24"}
    for e in by_id.values():
        assert bool(e.background_refs) == (DAY_ROW_NOTE in e.notes), e.event_id
        assert set(e.background_refs) <= set(e.source_refs) and not set(e.background_refs) & set(e.outlet_figures)


@pytest.mark.parametrize("value, words", [
    ("06;99", "background ref '99' is not in this row's source_refs"),
    ("12;12", "background_refs lists a ref twice"),
], ids=["not-cited", "twice"])
def test_a_bad_background_ref_gives_one_error_on_its_line(tmp_path, gaz, sources, value, words):
    line = _line_of(VICTIM)
    p = _with_line(tmp_path, line, _edit(VICTIM, source_refs="12;23;42;06", background_refs=value))
    events, errors = load_curated(p, gaz, default_actors(), sources)
    assert [e.line for e in errors] == [line] and words in errors[0].reason, errors
    assert VICTIM not in {e.event_id for e in events}


def test_a_ref_with_a_figure_of_its_own_cannot_be_background(tmp_path, gaz, sources):
    line = _line_of("0420-wahda-shooting")
    p = _with_line(tmp_path, line, _edit("0420-wahda-shooting", background_refs="02;14;15;10;52;48;24"))
    events, errors = load_curated(p, gaz, default_actors(), sources)
    assert [e.line for e in errors] == [line]
    assert "background ref '24' gives a figure in outlet_figures" in errors[0].reason


def test_a_file_without_the_background_column_still_loads(tmp_path, gaz, sources):
    """The column is optional: a file written before it (26 columns) loads every row, none background."""
    rows = list(csv.reader(io.StringIO(EVENTS_TEXT)))
    k = rows[0].index("background_refs")
    p = tmp_path / "events.csv"
    with p.open("w", encoding="utf-8", newline="") as fh:
        csv.writer(fh, lineterminator="\n").writerows([r[:k] + r[k + 1:] for r in rows])
    events, errors = load_curated(p, gaz, default_actors(), sources)
    assert errors == [] and len(events) == len(load_curated(EVENTS, gaz)[0])
    assert all(e.background_refs == () for e in events)
