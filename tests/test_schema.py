"""The output event record (pipeline/schema.py): one column list for the outputs and the app."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import pytest

from pipeline import schema
from pipeline.records import Event

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    from pipeline.build import build

    out = tmp_path_factory.mktemp("schema") / "out"
    stats = build(ROOT / "seeds", ROOT / "geo", out, progress=False, curated_dir=ROOT / "curated")
    assert stats.ok, stats.errors  # an undeclared field would be a build error (check_events)
    return out


def test_columns_start_with_the_extracted_event_and_are_unique():
    names = [f.name for f in dataclasses.fields(Event)]
    assert schema.EVENT_COLUMNS[:len(names)] == names
    assert len(set(schema.EVENT_COLUMNS)) == len(schema.EVENT_COLUMNS)


def test_every_output_field_is_declared_and_typed(built):
    features = json.loads((built / "events.geojson").read_text(encoding="utf-8"))["features"]
    props = [f["properties"] for f in features]
    assert schema.unknown_fields(props) == set()
    curated = next(p for p in props if p["origin"] == "curated")
    record = schema.to_record(curated)
    assert record.event_id == curated["event_id"] and record.source_refs == curated["source_refs"]
    # a field the record lacks takes the declared default
    article = next(p for p in props if p["origin"] == "article")
    assert "source_refs" not in article and schema.to_record(article).source_refs == []


def test_the_app_frame_has_exactly_the_schema_columns(built):
    from mapapp.data import load_dataset

    frame = load_dataset(built).events
    assert [c for c in frame.columns if c not in ("day_from", "day_to")] == schema.EVENT_COLUMNS


def test_an_undeclared_field_is_named():
    with pytest.raises(schema.SchemaError, match="made_up_field"):
        schema.check_events([{"event_id": "x"}, {"event_id": "y", "made_up_field": 1}])


# ---------------------------------------------------------------------------------------
# typed records from the merge step to the writers
# ---------------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def merged(pipeline, seed_article):
    """The build's merged events of the seed article and the shipped curated file."""
    from pipeline.build import BuildStats, _all_events, merge_input
    from pipeline.resultcache import merge_part

    result = pipeline.process(seed_article).to_json()
    events, _, _ = _all_events(list(merge_input(merge_part(result))), ROOT / "curated", pipeline.gazetteer,
                               BuildStats())
    return events


def test_merged_events_are_slotted_typed_records_in_output_order(merged):
    assert merged and all(isinstance(e, schema.EventRecord) for e in merged)
    for e in merged:
        assert not hasattr(e, "__dict__")  # slotted: no per-event dict
        assert {f.name for f in dataclasses.fields(e)} == set(e.KEYS) <= set(schema.EVENT_COLUMNS)
        assert list(e) == list(e.KEYS) == list(e.to_dict())
        for late in schema.LATE_FIELDS:  # set after merging, so carried from the start
            assert late in e
    article = next(e for e in merged if e.origin == "article")
    curated = next(e for e in merged if e.origin == "curated")
    # an extracted event's fields first, as the outputs always wrote them; then what merging adds
    assert article.KEYS[:len(dataclasses.fields(Event))] == tuple(f.name for f in dataclasses.fields(Event))
    assert article.KEYS.index("reports") < article.KEYS.index("alignments")
    # a curated row carries its own fields (alignments from its cited outlets, before the reports)
    assert curated.KEYS.index("alignments") < curated.KEYS.index("reports") and "source_refs" in curated
    assert article.source_refs is None and article.get("source_refs", "absent") == "absent"
    assert curated["source_refs"] == curated.source_refs and curated.report_count == len(curated.reports)


def test_a_record_takes_only_declared_fields(merged):
    e = merged[0]
    e["truce_id"] = "x"
    assert e.truce_id == "x"
    with pytest.raises(schema.SchemaError, match="made_up_field"):
        e["made_up_field"] = 1
    missing = next(k for k in schema.EVENT_COLUMNS if k not in e)
    with pytest.raises(schema.SchemaError, match=missing):
        e[missing] = 1
    with pytest.raises(schema.SchemaError, match="made_up_field"):
        schema.make_record({"event_id": "y", "made_up_field": 1})
    e["truce_id"] = ""


def test_records_and_dicts_write_the_same_bytes(merged):
    """The writers give the files the dict-era build wrote: same fields, order and values."""
    from pipeline.output import events_geojson, events_parquet, to_json_bytes

    dicts = [e.to_dict() for e in merged]
    assert to_json_bytes(events_geojson(merged), compact=True) == to_json_bytes(events_geojson(dicts), compact=True)
    assert events_parquet(merged) == events_parquet(dicts)
    assert schema.flat_columns(merged).keys() == schema.flat_columns(dicts).keys()


def test_make_record_keeps_first_places_and_last_values():
    r = schema.make_record({"event_id": "a", "source": "X"}, {"source": "Y", "origin": "curated"})
    assert r.KEYS == ("event_id", "source", "origin") and r.source == "Y" and r == {"event_id": "a", "source": "Y",
                                                                                       "origin": "curated"}
    assert schema.make_record(r) is r
    assert type(schema.make_record({"event_id": "b", "source": "Z", "origin": "x"})) is type(r)  # one type a layout


def test_flat_columns_of_the_parquet_file(merged):
    cols = schema.flat_columns(merged)
    assert list(cols)[:len(merged[0].KEYS)] == list(merged[0].KEYS)
    values, types = cols["reports"]
    assert types == {str} and json.loads(values[0]) == merged[0].reports  # nested records: JSON text
    tags, _ = cols["tags"]
    assert tags[0] == ";".join(merged[0].tags)
    # a field the first events lack is None for them (curated fields on extracted events)
    first_article = next(i for i, e in enumerate(merged) if e.origin == "article")
    assert cols["source_refs"][0][first_article] is None


def test_curated_acled_and_reviewed_rows_are_records(pipeline, tmp_path):
    from pipeline.actors import default_actors
    from pipeline.curated import load_curated, load_sources, to_event_records
    from pipeline.reviews import Review, apply_reviews

    gaz = pipeline.gazetteer
    sources = load_sources(ROOT / "curated" / "sources.tsv")
    rows, _ = load_curated(ROOT / "curated" / "events.csv", gaz, default_actors(), sources)
    curated = to_event_records(rows, gaz, default_actors(), sources)
    assert curated and all(isinstance(e, schema.EventRecord) for e in curated)
    ev = {"event_id": "art-e1", **{k: v for k, v in curated[0].items() if k in {f.name for f in
                                                                                 dataclasses.fields(Event)}
                                     and k != "event_id"}}
    review = Review("art-e1", "confirm", {}, "", "", "analyst A", "2021-04-30T10:00:00+00:00", 2)
    applied = apply_reviews([(ev, {})], curated, [review], tmp_path / "reviews.csv", gaz, default_actors())
    (reviewed, _), = applied.events
    assert isinstance(reviewed, schema.EventRecord) and reviewed.review_status == "confirmed"
    assert reviewed.reviewed_by == "analyst A"
    # an ACLED export's rows too (a row written for this test, in ACLED's columns)
    from pipeline.acled import load_acled

    path = tmp_path / "acled.csv"
    path.write_text("event_id_cnty,event_date,event_type,sub_event_type,actor1,latitude,longitude,source,fatalities\n"
                    "SYR99001,2021-04-23,Battles,Armed clash,NDF: National Defence Forces,37.0522,41.2317,"
                    "North Press Agency,1\n", encoding="utf-8")
    (row,), errors = load_acled(path, gaz, default_actors(), sources)
    assert not errors and isinstance(row, schema.EventRecord) and row.KEYS == curated[0].KEYS
    assert row.event_id == "acled-SYR99001" and row.origin == "acled" and row.fatalities == 1


def test_every_list_field_has_a_declared_flat_form(merged):
    """A reader of ``events.parquet`` decodes each list field by the schema's groups: every
    field that holds a list or a dict in a record is in exactly one of them."""
    groups = (schema.NESTED_FIELDS, schema.LIST_FIELDS, schema.SPAN_FIELDS)
    assert sum(map(len, groups)) == len(set().union(*groups))
    containers = {k for e in merged for k, v in e.items() if isinstance(v, list | dict)}
    assert containers <= set().union(*groups)
    cols = schema.flat_columns(merged)
    for k in schema.LIST_FIELDS:
        if k in cols:
            values, _ = cols[k]
            assert all(v is None or isinstance(v, str) for v in values)
            original = [e.get(k) for e in merged]
            assert [v.split(";") if v else [] for v in values if v is not None] == \
                [list(map(str, o)) for o in original if o is not None]
