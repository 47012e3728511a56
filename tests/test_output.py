"""The output writers' fast routes give exactly what the plain library calls give.

The build writes its CSV files and ``events.parquet`` through faster routes than
``csv.writer`` row by row and geopandas; each test here checks a route against the
library it stands in for, on ordinary and awkward values.
"""

from __future__ import annotations

import csv
import io
import itertools

import orjson
import pyarrow.parquet as pq
import pytest

from pipeline import output


def _csv_writer_bytes(rows: list[list], header: list[str]) -> bytes:
    """What ``csv.writer`` writes row by row with ``\\r\\n`` line ends (a field holding ``\\r`` or ``\\n``
    quoted), each line ending in ``\\n`` as the build's do."""
    out = []
    for row in [header, *rows]:
        buf = io.StringIO()
        csv.writer(buf, lineterminator="\r\n").writerow(row)
        out.append(buf.getvalue()[:-2] + "\n")
    return "".join(out).encode("utf-8")


AWKWARD = ["x,y", 'q"q', "l\nm", "r\rs", "", None, " lead", "tab\t", "é،ع", '""', "\x00", "None", "1", "True",
           1, 0, -5, 10**30, True, False, 1.0, 1.5, 0.0, -0.0, float("nan"), 1e16, 1e-05, [1, 2], {"k": 1}, (1,)]


def test_csv_matches_csv_writer_for_any_pair_of_values():
    """Values that need quoting, compare equal across types (1, True, 1.0; 0.0, -0.0) or are unhashable."""
    header = ["a", "b"]
    for x, y in itertools.product(AWKWARD, repeat=2):
        records = [{"a": x, "b": "k"}, {"a": y}, {"b": y, "a": x}]
        expected = _csv_writer_bytes([[r.get("a"), r.get("b")] for r in records], header)
        assert output.records_csv(records, header) == expected, (x, y)


def test_article_csv_rows_and_article_ids():
    """Rows of several articles, with missing keys and a record naming its own article."""
    results = [
        {"article": {"id": "A"}, "m": [{"q": 1, "r": "x,y"}, {"q": 3}, {"article_id": "B", "q": 4, "r": 5}]},
        {"article": {"id": "C"}, "m": []},
        {"article": {"id": "D"}, "m": [{"q": 1.5, "r": None}, {"q": 2.5, "r": "ع"}]},
    ]
    header = ["article_id", "q", "r"]
    rows = [[rec.get("article_id", r["article"]["id"]), rec.get("q"), rec.get("r")] for r in results for rec in r["m"]]
    assert output._article_records_csv(results, "m", header) == _csv_writer_bytes(rows, header)
    assert output._article_records_csv([], "m", header) == b"article_id,q,r\n"


def _events(n: int = 6) -> list[dict]:
    events = []
    for i in range(n):
        events.append({
            "event_id": f"e{i}", "event_date": "2021-04-22", "time_precision": 1, "actor1": "SDF", "inter1": 2,
            "inter2": None if i % 2 else 1, "place_id": None if i == 3 else "tayy", "location": "Tayy",
            "latitude": None if i == 3 else 37.0 + i / 100, "longitude": None if i == 3 else 41 + i,
            "approximate": bool(i % 3), "fatalities": i, "injuries": None, "duration_hours": 1.5 if i else None,
            "tags": ["meeting", "truce"] if i % 2 else [], "evidence": "نص، \"مقتبس\"", "start": i, "end": i + 5,
            "more_evidence": [[1, 2], [3, 4]] if i else [], "notes": "",
            "reports": [{"origin": "article", "source": "X", "outlet_figures": {}}], "fatalities_range": [0, i],
            "merged_ids": [f"e{i}"], "outlet_figures": None,
        })
    return events


def _geopandas_bytes(events: list[dict], row_group: int | None = None) -> bytes:
    buf = io.BytesIO()
    output.events_frame(events).to_parquet(buf, index=False, **({"row_group_size": row_group} if row_group else {}))
    return buf.getvalue()


@pytest.mark.parametrize("case", ["pipeline", "no_points", "flags_with_gaps", "one_event", "empty"])
def test_events_parquet_is_what_geopandas_writes(case):
    """The same file, byte for byte, on the Arrow route and (flags with gaps, no events) the geopandas one."""
    events = _events()
    if case == "no_points":
        for e in events:
            e["latitude"] = e["longitude"] = None
    elif case == "flags_with_gaps":  # an object column: the geopandas route
        events[2]["approximate"] = None
        assert output._parquet_plan(events, output.PARQUET_ROW_GROUP) is None
    elif case == "one_event":
        events = events[:1]
    elif case == "empty":
        events = []
    if case in ("pipeline", "no_points", "one_event"):
        assert output._parquet_plan(events, output.PARQUET_ROW_GROUP) is not None
    assert output.events_parquet(events) == _geopandas_bytes(events)


@pytest.mark.parametrize("row_group", [1, 2, 4, 6])
def test_events_parquet_in_row_groups_is_what_geopandas_writes(row_group):
    """Written ``row_group`` events at a time (the build's bounded memory), the file is the one geopandas
    writes with that row group size: a field only later events have, a point only in the last group."""
    events = _events()
    for e in events[:-1]:
        e["latitude"] = e["longitude"] = None
    events[-1]["late_field"] = "x"
    data = output.events_parquet(events, row_group)
    assert data == _geopandas_bytes(events, row_group)
    assert pq.ParquetFile(io.BytesIO(data)).num_row_groups == -(-len(events) // row_group)
    assert pq.read_table(io.BytesIO(data)).column("late_field").to_pylist() == [None] * 5 + ["x"]


def test_events_parquet_splits_a_row_group_whose_reports_are_too_large():
    """A group of events whose nested text (reports' JSON) is more than ``group_bytes`` is written as
    several row groups of at most that much (an event alone when it has more): the same table."""
    events = _events()
    for i, e in enumerate(events):
        e["reports"] = [{"origin": "article", "evidence": "جملة " * (40 * (i + 1)), "n": k} for k in range(i + 1)]
    whole = output.events_parquet(events, group_bytes=None)
    assert whole == _geopandas_bytes(events)  # (one group: as before)
    sizes = [len(orjson.dumps(e["reports"])) for e in events]
    limit = sizes[3]  # the first three events fit together, each later one is alone
    split = output.events_parquet(events, group_bytes=limit)
    f = pq.ParquetFile(io.BytesIO(split))
    rows = [f.metadata.row_group(i).num_rows for i in range(f.num_row_groups)]
    assert rows == [3, 1, 1, 1] and sum(sizes[:3]) <= limit
    assert pq.read_table(io.BytesIO(split)).equals(pq.read_table(io.BytesIO(whole)))
    assert output.events_parquet(events, group_bytes=1 << 30) == whole
    # events are converted at most PARQUET_GROUP_REPORTS reports at a time (an event with more alone)
    assert output._report_slices(events, 2048, 6) == [(0, 3), (3, 4), (4, 5), (5, 6)]  # 1+2+3, 4, 5, 6 reports
    assert output._report_slices(events, 2, 100) == [(0, 2), (2, 4), (4, 6)]
    assert output._report_slices(events, 4, None) == [(0, 4), (4, 6)]


def test_events_parquet_value_only_geopandas_takes_in_a_later_row_group():
    """A value the Arrow route cannot convert in the last row group: the file is begun again on the
    geopandas route, with nothing of the first attempt left in it."""
    events = _events()
    events[-1]["duration_hours"] = 2**53 + 1  # beyond a double's precision: pandas rounds it, Arrow refuses
    buf = io.BytesIO(b"head")
    buf.seek(4)
    output.write_events_parquet(buf, events, 2)
    assert buf.getvalue() == b"head" + _geopandas_bytes(events, 2)


def test_the_build_csvs_neutralise_spreadsheet_formulas_as_the_exports_do():
    """unresolved.csv, mentions.csv, control.csv and truces.csv carried article text as it came: a cell
    starting with = + - @ (or a tab or CR) ran as a formula in a spreadsheet. They now go through the
    exports' one guard (pipeline.cells.formula_safe); numbers such as -41.2 are unchanged."""
    import csv
    import io

    from mapapp import exports
    from pipeline import output
    from pipeline.cells import formula_safe

    assert exports.formula_safe is formula_safe  # one owner
    nasty = ["=HYPERLINK(\"http://x\",\"see\")", "+1 more", "-the rest", "@once", "\tsplit"]
    recs = [{"article_id": "a", "text": t, "lat": -41.2, "n": "-41.2"} for t in nasty]
    for rows in (output.records_csv(recs, ["article_id", "text", "lat", "n"]),  # the memo path
                 output.records_csv([{**r, "lat": [1]} for r in recs], ["article_id", "text", "lat", "n"])):  # row by row
        got = list(csv.DictReader(io.StringIO(rows.decode("utf-8"), newline="")))
        assert [g["text"] for g in got] == ["'" + t for t in nasty]
        assert all(g["n"] == "-41.2" for g in got)
    assert [g["lat"] for g in csv.DictReader(io.StringIO(output.records_csv(recs, ["lat"]).decode()))] == ["-41.2"] * 5


def test_a_field_holding_a_bare_carriage_return_round_trips_through_csv_and_pandas():
    """csv.writer(lineterminator="\\n") left a field with a lone \\r unquoted, and csv.reader then
    stopped ("new-line character seen in unquoted field") while pandas split the row in two.
    Both of the build's routes (the memo, and row by row) now quote it."""
    import pandas as pd

    texts = ["the convoy stopped\rthen turned back", "two lines\r\nin one cell", "ends with\r", "plain"]
    recs = [{"article_id": "a", "text": t, "n": i} for i, t in enumerate(texts)]
    for data in (output.records_csv(recs, ["article_id", "text", "n"]),  # the memo path
                 output.records_csv([{**r, "n": [r["n"]]} for r in recs], ["article_id", "text", "n"])):  # row by row
        got = list(csv.DictReader(io.StringIO(data.decode("utf-8"), newline="")))
        assert [g["text"] for g in got] == texts
        frame = pd.read_csv(io.BytesIO(data), dtype=str, keep_default_na=False)
        assert frame["text"].tolist() == texts
        assert data.count(b"\n") - data.count(b"\r\n") == len(texts) + 1  # one line end a row: \n, never \r\n


def test_a_manifest_with_streamed_inputs_is_written_as_the_same_indented_json():
    """The manifest's ``inputs`` (a name and a hash per seed file: they grow with the corpus) are
    made as the file is written (``StreamedItems``), with the bytes ``to_json_bytes`` gives the dict."""
    from pipeline.output import StreamedItems, json_parts, to_json_bytes

    inputs = {"seeds/a.txt": "0f" * 32, 'seeds/odd":name.txt': "unreadable: Permission denied",
              "seeds/تقرير.toml": "ab" * 32}
    manifest = {"pipeline_version": "0.3", "inputs": inputs, "counts": {"articles": 2, "events": 0},
                "errors": 0, "outputs": {}}
    want = to_json_bytes(manifest)
    for made in (inputs, {}):
        lazy = {**manifest, "inputs": StreamedItems(lambda made=made: iter(made.items()))}
        assert b"".join(json_parts(lazy)) == to_json_bytes({**manifest, "inputs": made})
    assert b"".join(json_parts(manifest)) == want and b"".join(json_parts({})) == to_json_bytes({})
