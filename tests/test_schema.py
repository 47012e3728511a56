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
