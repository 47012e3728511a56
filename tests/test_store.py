"""The event store (mapapp/store.py) answers as the pandas path does, on the shipped build.

The reference is the app's former path: ``events.geojson`` read whole into a frame
(:func:`mapapp.data.events_frame`), filtered by :func:`mapapp.filters.apply_filters` and
grouped by :func:`mapapp.mapview.group_events`. The store reads ``events.parquet`` and
answers with SQL; both must show the same events, the same symbols (same popups) and the
same counts, for several filter states.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import html
import json
import math
import re
import shutil

import numpy as np
import pandas as pd
import pytest
from conftest import ROOT

from mapapp import data, mapview, store
from mapapp.filters import Filters, apply_filters, outlets
from mapapp.search import haystack


@pytest.fixture(scope="module")
def out_dir(tmp_path_factory):
    from pipeline.build import build

    out = tmp_path_factory.mktemp("store") / "out"
    build(ROOT / "seeds", ROOT / "geo", out, progress=False, curated_dir=ROOT / "curated")  # as the app builds
    return out


@pytest.fixture(scope="module")
def ds(out_dir):
    return data.load_dataset(out_dir)


@pytest.fixture(scope="module")
def ref(out_dir):
    """The pandas path: the GeoJSON read whole."""
    return data.events_frame(json.loads((out_dir / "events.geojson").read_bytes())["features"])


def _filter_states(ds, ref) -> list[Filters]:
    lo, hi = ds.bounds
    full = Filters(lo, hi)
    busiest_outlet = pd.Series([o for s in ref["source"] for o in outlets(s)]).value_counts().index[0]
    return [
        full,
        dataclasses.replace(full, date_from=dt.date(2021, 4, 20), date_to=dt.date(2021, 4, 22)),
        dataclasses.replace(full, event_types=("Battles",)),
        dataclasses.replace(full, actors=("ndf",)),
        dataclasses.replace(full, sources=(busiest_outlet,)),
        dataclasses.replace(full, hide_partisan=True),
        dataclasses.replace(full, reviewed_only=True),
        dataclasses.replace(full, min_confidence="medium"),
        dataclasses.replace(full, min_confidence="high", event_types=("Battles",)),
        dataclasses.replace(full, query="الاسايش"),   # matches الأسايش after normalisation
        dataclasses.replace(full, query="tayy clash"),
        dataclasses.replace(full, query="حلكو"),  # also finds the English summaries that say 'Halko'

        dataclasses.replace(full, date_to=dt.date(2021, 4, 24), event_types=("Battles", "Strategic developments"),
                            actors=("sdf", "asayish"), query="قوات"),
        dataclasses.replace(full, date_from=dt.date(2030, 1, 1), date_to=dt.date(2030, 1, 2)),
    ]


def _same(a, b) -> bool:
    """Equal, a missing value (None, NaN) equal to another."""
    def missing(v):
        return v is None or (isinstance(v, float) and math.isnan(v))
    return (missing(a) and missing(b)) or a == b


def test_parquet_frame_equals_the_geojson_frame(ds, ref):
    frame = ds.events
    assert list(frame.columns) == list(ref.columns)
    assert len(frame) == len(ref) > 30
    for col in ref.columns:
        diffs = [(i, x, y) for i, (x, y) in enumerate(zip(ref[col], frame[col])) if not _same(x, y)]
        assert not diffs, (col, diffs[:2])


def test_filters_give_the_same_events_and_counts(ds, ref):
    hay = haystack(ref)
    states = _filter_states(ds, ref)
    sizes = set()
    for f in states:
        want = apply_filters(ref, f, hay, ds.store.synonyms)
        got = ds.store.shown(f)
        assert list(got["event_id"]) == list(want["event_id"]), f
        assert list(got.index) == list(want.index)
        c = ds.store.counts(f)
        assert (c.shown, c.unreviewed, c.killed) == (
            len(want), int((want["review_status"] == "unreviewed").sum()), int(want["fatalities"].sum())), f
        sizes.add(len(want))
    assert len(sizes) >= 6  # the states really filter differently (0 up to all)
    assert 0 in sizes and len(ref) in sizes


def test_symbols_equal_group_events(ds, ref):
    hay = haystack(ref)
    for f in _filter_states(ds, ref):
        shown = apply_filters(ref, f, hay, ds.store.synonyms)
        want = mapview.group_events(ds.with_truce_status(shown))
        got = mapview.store_groups(ds.store, f, ds.truce_status)
        keys = ("id", "place_id", "lat", "lon", "location", "event_type", "sub_event_type", "approximate",
                "geo_precision", "count", "fatalities", "unreviewed")
        assert [[g[k] for k in keys] for g in got] == [[g[k] for k in keys] for g in want], f
        for g, w in zip(got, want):
            assert [r["event_id"] for r in g["records"]] == [r["event_id"] for r in w["records"]]
            assert mapview.event_popup_html(g) == mapview.event_popup_html(w)
            assert list(mapview.group_rows(g)["event_id"]) == list(mapview.group_rows(w)["event_id"])
        counts = ds.store.place_counts(f)
        assert counts == {k: int(v) for k, v in shown["place_id"].value_counts().items()}


def test_popups_show_only_the_newest_events(ds):
    f = Filters(*ds.bounds)
    big = [s for s in ds.store.symbols(f, list(mapview.SUB_EVENT_STYLE), 2) if s["count"] > 2]
    assert big, "the shipped build has a symbol with more than two events"
    for s in big:
        assert len(s["records"]) == 2
        dates = [r["event_date"] for r in s["records"]]
        assert dates == sorted(dates, reverse=True)
        older = mapview.group_rows(mapview.store_groups(ds.store, f)[0])  # all events are still reachable
        assert len(older) >= 1


def test_pages_per_day_and_zone_reports(ds, ref):
    hay = haystack(ref)
    for f in _filter_states(ds, ref)[:5]:
        want = apply_filters(ref, f, hay, ds.store.synonyms)
        page = ds.store.rows(f, ["event_id", "event_date"], limit=5, offset=2)
        ordered = want.sort_values(["event_date", "event_id"], kind="stable")
        assert list(page["event_id"]) == list(ordered["event_id"][2:7])
        days = ds.store.per_day(f)
        grouped = want.groupby(["event_date", "event_type"]).agg(events=("event_id", "size"),
                                                                 fatalities=("fatalities", "sum")).reset_index()
        assert [(d.isoformat(), t, n, k) for d, t, n, k in days.itertuples(index=False, name=None)] == \
            [(d, t, int(n), int(k)) for d, t, n, k in grouped.itertuples(index=False, name=None)]
    lo, hi = ds.bounds
    counts = ds.store.report_counts(mapview.cited_event_ids(ds.zones))
    assert mapview.zone_changes(ds.zones, lo, hi, ds.places, report_counts=counts) == \
        mapview.zone_changes(ds.zones, lo, hi, ds.places, ref)
    assert any(c["reports"] > 1 for c in mapview.zone_changes(ds.zones, lo, hi, ds.places, ref))


def test_first_load_reads_only_the_core_columns(out_dir, monkeypatch):
    """Opening a build, its date range, filter choices and counts read no evidence, reports or notes;
    the popups then read those columns for their own rows only."""
    asked: list = []
    real = store.EventStore._fetch

    def spy(self, rows, columns):
        asked.append((None if rows is None else len(rows), list(columns)))
        return real(self, rows, columns)

    monkeypatch.setattr(store.EventStore, "_fetch", spy)
    ds = data.load_dataset(out_dir)
    f = Filters(*ds.bounds)
    ds.options, ds.store.counts(f), ds.store.place_counts(f)
    loaded = [r[0] for r in ds.store._cursor().execute("DESCRIBE ev").fetchall()]
    assert set(loaded) == {"_row", *store.CORE}
    assert "evidence" not in loaded and "reports" not in loaded
    assert asked == [] and "evidence" not in ds.store.columns_read
    assert "events" not in vars(ds)  # the whole frame was never made
    symbols = ds.store.symbols(f, list(mapview.SUB_EVENT_STYLE), 1)  # popups need the sentences: their rows only
    assert len(asked) == 1 and "evidence" in asked[0][1]
    assert asked[0][0] == len(symbols) < ds.store.total
    assert all(s["records"][0]["evidence"] for s in symbols)


def test_a_build_without_parquet_still_loads(out_dir, tmp_path, ds):
    old = tmp_path / "old"
    shutil.copytree(out_dir, old, ignore=shutil.ignore_patterns("cache", "events.parquet"))
    legacy = data.load_dataset(old)
    f = Filters(*legacy.bounds)
    assert legacy.store.counts(f) == ds.store.counts(f)
    assert [g["id"] for g in mapview.store_groups(legacy.store, f)] == [g["id"] for g in mapview.store_groups(ds.store, f)]
    assert legacy.options == ds.options and legacy.bounds == ds.bounds


def test_a_truncated_parquet_is_named(out_dir, tmp_path):
    broken = tmp_path / "broken"
    shutil.copytree(out_dir, broken, ignore=shutil.ignore_patterns("cache"))
    raw = (broken / "events.parquet").read_bytes()
    (broken / "events.parquet").write_bytes(raw[: len(raw) // 2])
    with pytest.raises(data.BrokenBuild, match="events.parquet"):
        data.load_dataset(broken)


def test_the_map_view_opens_without_the_events_frame(out_dir, monkeypatch, restore_folium):
    """The app's Map view (AppTest, shipped build) draws from queries: asking for the whole frame fails it."""
    import streamlit as st
    from streamlit.testing.v1 import AppTest

    def refuse(self):
        raise AssertionError("the Map view read the whole events frame")

    monkeypatch.setattr(store.EventStore, "frame", refuse)
    monkeypatch.setenv("QMAP_OUT", str(out_dir))
    monkeypatch.setenv("QMAP_SKIP_BUILD", "1")
    monkeypatch.setenv("QMAP_TILES", "none")
    st.cache_resource.clear()
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60)
    at.query_params["view"] = "Map"
    at.run()
    assert not at.exception
    assert any("of 36 events" in m.value for m in at.markdown), [m.value for m in at.markdown][:3]
    lo, hi = at.slider(key="dates").value
    at.slider(key="dates").set_value((lo, dt.date(2021, 4, 22))).run()
    assert not at.exception
    summary = next(m.value for m in at.markdown if "of 36 events" in m.value)
    assert not summary.startswith("**36**")
    st.cache_resource.clear()


def test_records_kept_by_the_store_drop_the_least_recently_used(out_dir, monkeypatch):
    st = store.EventStore.open(out_dir / "events.parquet")
    monkeypatch.setattr(store, "RECORDS_CACHED", 3)
    made = []
    real = st._make_records
    monkeypatch.setattr(st, "_make_records", lambda rows, columns=None: made.extend(rows.tolist()) or real(rows, columns))
    st._shared_records(np.array([0, 1, 2]))
    st._shared_records(np.array([0]))  # row 0 used again: the newest
    st._shared_records(np.array([3]))  # one too many: row 1 goes, not row 0
    made.clear()
    again = st._shared_records(np.array([0, 1]))
    assert made == [1]
    assert [r["event_id"] for r in again] == [r["event_id"] for r in real(np.array([0, 1]))]


def test_a_toll_range_names_every_source_behind_it(ds):
    """'killed 1 (reports: 1–5)': the popup names who gave each figure, including outlets' own
    figures that a curated row cites (found by a new-user trial: the 5 was nowhere in the popup)."""
    f = Filters(*ds.bounds)
    spread = [(g, r) for g in mapview.store_groups(ds.store, f) for r in g["records"]
              if isinstance(r.get("fatalities_range"), list) and r["fatalities_range"][0] != r["fatalities_range"][1]]
    assert spread, "the shipped data have an event whose reports disagree on its toll"
    for g, r in spread:
        popup = mapview.event_popup_html(g)
        lo, hi = r["fatalities_range"]
        # the lowest of the reports, or an analyst's curated figure over what the other reports say
        said = f"(reports: {lo}–{hi})" if r.get("fatalities_basis") != "curated" else "(curated; other reports say"
        assert said in popup
        line = popup.split('class="qtolls">', 1)[1].split("</small>", 1)[0]
        entries = re.findall(r"<li>(.*?)</li>", line)
        assert len(entries) == len(r["fatalities_by_source"])
        for item, entry in zip(r["fatalities_by_source"], entries):
            assert entry.startswith(html.escape(mapview.figure_label(item))) and entry.endswith(f": {item['fatalities']}")
        # each report told apart: no two entries alike, each outlet's tag beside that outlet only
        assert len(set(entries)) == len(entries)
        assert all(e.count('class="qtag"') <= 1 for e in entries)
        assert {f": {lo}", f": {hi}"} <= {f": {x['fatalities']}" for x in r["fatalities_by_source"]}


def test_a_symbol_layer_is_made_once_per_filters_and_shared(out_dir, ds):
    """Sessions at the same filters get the layer another session made (not made again), equal to a
    layer made afresh; other filters make their own; the oldest drop out."""
    es = store.EventStore.open(out_dir / "events.parquet")
    made = []
    real = mapview.symbol_data

    def counting(groups, places=None):
        made.append(len(groups))
        return real(groups, places)

    f = Filters(*ds.bounds)
    narrow = dataclasses.replace(f, date_from=dt.date(2021, 4, 20), date_to=dt.date(2021, 4, 22))
    try:
        mapview.symbol_data = counting
        mapview.events_layer(None, groups=mapview.store_groups(es, f, ds.truce_status))
        second = mapview.events_layer(None, groups=mapview.store_groups(es, f, ds.truce_status))
        assert len(made) == 1  # the second session at these filters made nothing
        mapview.events_layer(None, groups=mapview.store_groups(es, narrow, ds.truce_status))
        assert len(made) == 2  # other filters: a layer of their own
    finally:
        mapview.symbol_data = real
    layer = [c for c in second._children.values() if isinstance(c, mapview.SymbolLayer)][0]
    fresh = mapview.events_layer(None, groups=list(mapview.store_groups(es, f, ds.truce_status)))  # a plain list: not shared
    fresh_layer = [c for c in fresh._children.values() if isinstance(c, mapview.SymbolLayer)][0]
    assert layer.packed == fresh_layer.packed and layer.data == fresh_layer.data


def test_shared_values_are_made_once_while_sessions_wait_and_the_oldest_drop(out_dir, monkeypatch):
    import threading
    import time

    es = store.EventStore.open(out_dir / "events.parquet")
    monkeypatch.setattr(store, "SHARED_CACHED", 2)
    calls = []

    def slow(v):
        def make():
            calls.append(v)
            time.sleep(0.2)
            return v
        return make

    got = []
    threads = [threading.Thread(target=lambda: got.append(es.shared("k", "a", slow("a")))) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert got == ["a"] * 4 and calls == ["a"]  # four sessions at once, one made it
    es.shared("k", "b", slow("b"))
    es.shared("k", "a", slow("a"))  # used again: the newest
    es.shared("k", "c", slow("c"))  # one too many: "b" goes, not "a"
    calls.clear()
    es.shared("k", "a", slow("a"))
    es.shared("k", "b", slow("b"))
    assert calls == ["b"]

    def broken():
        raise ValueError("made badly")

    with pytest.raises(ValueError):
        es.shared("k", "d", broken)
    assert es.shared("k", "d", slow("d")) == "d"  # a failed making is not kept, nor waited for
