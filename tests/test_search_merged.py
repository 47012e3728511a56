"""Search after a merge: an event merged from an Arabic and an English report is found by the
words of every report's evidence (not only the first's) and by the gazetteer's other names of its
place, on a real build of written reports."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import build_reports

from mapapp.data import load_dataset
from mapapp.filters import Filters, apply_filters
from mapapp.search import search_mask

ROOT = Path(__file__).resolve().parent.parent

# written for these tests: one strike, told by an English and an Arabic outlet
REPORT_EN = (
    "Turkish drone hits SDF vehicle near Tall Hamis\n"
    "A Turkish drone struck a Syrian Democratic Forces vehicle on the edge of Tall Hamis, south of Qamishli, "
    "on Thursday morning, killing two fighters.\n"
)
REPORT_AR = (
    "مسيرة تركية تضرب سيارة قرب تل حميس\n"
    "قصفت طائرة مسيرة تركية صباح يوم الخميس سيارة عسكرية تابعة لقوات سوريا الديمقراطية على أطراف بلدة "
    "تل حميس جنوب القامشلي، ما أدى إلى مقتل عنصرين.\n"
)


@pytest.fixture(scope="module")
def ds(tmp_path_factory):
    # the English report first: the merged event's evidence is its sentence
    return load_dataset(build_reports(tmp_path_factory.mktemp("merged_search"), [
        ("s_a", REPORT_EN, "2024-08-15", "en"), ("s_b", REPORT_AR, "2024-08-15", "ar")]))


def _merged(ds):
    ev = ds.events
    merged = ev[ev["report_count"] == 2]
    assert len(merged) == 1, ev[["event_id", "report_count", "evidence"]]
    assert "drone" in merged.iloc[0]["evidence"]  # the English report's sentence is the event's evidence
    return merged.iloc[0]["event_id"]


@pytest.mark.parametrize("query", ["عنصرين", "مسيّرة", "طائرة مسيرة", "drone"])
def test_every_merged_report_s_evidence_is_searched(ds, query):
    eid = _merged(ds)
    ev = ds.events
    assert set(ev[search_mask(ev, query, ds.search_index)]["event_id"]) == {eid}
    # and through the store's query, as the app filters
    f = Filters(date_from=ev["day_from"].min(), date_to=ev["day_to"].max(), query=query)
    assert set(apply_filters(ev, f, ds.search_index)["event_id"]) == {eid}
    assert set(ev.iloc[ds.store.filtered_rows(f)]["event_id"]) == {eid}


@pytest.mark.parametrize("query", ["Tell Hamis", "Tal Hmis"])
def test_a_gazetteer_alias_of_the_place_finds_the_event(ds, query):
    eid = _merged(ds)
    ev = ds.events
    assert eid in set(ev[search_mask(ev, query, ds.search_index)]["event_id"])
    f = Filters(date_from=ev["day_from"].min(), date_to=ev["day_to"].max(), query=query)
    assert eid in set(ev.iloc[ds.store.filtered_rows(f)]["event_id"])
