"""Daily counts and the timeline chart (mapapp/timeline.py) on the truces the build computes.

The fixtures (a real build of the seed article plus rows after the sourced timeline of
21-26 April 2021, and their truces) are those of ``tests/test_truces.py``.
"""

from __future__ import annotations

import pandas as pd
import pytest
import test_truces

from mapapp.style import EVENT_STYLE, TRUCE_STATUS_COLORS
from mapapp.timeline import daily_counts, timeline_chart
from pipeline.truces import truce_intervals

# the fixtures of tests/test_truces.py
built, seed_events, places = test_truces.built, test_truces.seed_events, test_truces.places
april_rows, april, april_truces = test_truces.april_rows, test_truces.april, test_truces.april_truces


# ---------------------------------------------------------------------------------------
# daily_counts
# ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("window", [("2021-04-19", "2021-04-30"), ("2021-04-21", "2021-04-25"),
                                    ("2021-04-23", "2021-04-23"), ("2021-05-01", "2021-05-31")])
def test_daily_counts_total_is_events_in_window(april, window):
    lo, hi = window
    counts = daily_counts(april, lo, hi)
    assert list(counts.columns) == ["day", "event_type", "count"]
    assert pd.api.types.is_datetime64_any_dtype(counts["day"])
    in_window = ((april["event_date"] >= lo) & (april["event_date"] <= hi)).sum()
    assert counts["count"].sum() == in_window
    if len(counts):
        assert counts["day"].min() >= pd.Timestamp(lo) and counts["day"].max() <= pd.Timestamp(hi)


def test_daily_counts_counts_a_multi_day_event_once_on_its_event_date(seed_events):
    counts = daily_counts(seed_events, "2021-04-20", "2021-04-21").set_index(["day", "event_type"])["count"]
    # e03 (20-21 Apr) and e06 (20 Apr) are the two battles of the 20th; e05 the one of the 21st
    assert counts[(pd.Timestamp("2021-04-20"), "Battles")] == 2
    assert counts[(pd.Timestamp("2021-04-21"), "Battles")] == 1
    assert counts.sum() == len(seed_events)


# ---------------------------------------------------------------------------------------
# timeline_chart
# ---------------------------------------------------------------------------------------

def _marks(spec: dict) -> list[str]:
    return [layer["mark"]["type"] if isinstance(layer["mark"], dict) else layer["mark"] for layer in spec["layer"]]


def _datasets(spec: dict) -> list[list[dict]]:
    return list(spec.get("datasets", {}).values())


def test_chart_has_bands_bars_and_violation_marks(april, april_truces):
    spec = timeline_chart(april, april_truces, "2021-04-19", "2021-04-30").to_dict()
    marks = _marks(spec)
    assert marks.count("rect") == 2  # translucent band + status strip
    assert "bar" in marks and "rule" in marks and "point" in marks
    bars = spec["layer"][marks.index("bar")]
    assert EVENT_STYLE["Battles"]["color"] in bars["encoding"]["color"]["scale"]["range"]
    band = spec["layer"][marks.index("rect")]
    assert TRUCE_STATUS_COLORS["broken"] in band["encoding"]["color"]["scale"]["range"]
    fields = {t["field"] for t in band["encoding"]["tooltip"]}
    assert {"parties", "mediator", "start_text", "end_text", "status", "evidence"} <= fields
    # x axis is the window: 19 Apr 00:00 to the end of 30 Apr
    domain = bars["encoding"]["x"]["scale"]["domain"]
    assert (domain[0]["month"], domain[0]["date"]) == (4, 19) and (domain[1]["month"], domain[1]["date"]) == (5, 1)
    rows = [r for d in _datasets(spec) for r in d]
    flagged = {r["violation"] for r in rows if "violation" in r}
    assert flagged == {"jesr-0422-e01", "enab-0425-e01", "enab-0425-e02", "hawar-0426-e01"}
    assert "4 truces (2 broken)" in spec["title"]["subtitle"]


def test_chart_without_truces(april):
    spec = timeline_chart(april, None, "2021-04-19", "2021-04-30").to_dict()
    assert _marks(spec) == ["bar"]
    assert "no truces" in spec["title"]["subtitle"]
    spec = timeline_chart(april, truce_intervals(april.iloc[:0]), "2021-04-19", "2021-04-30").to_dict()
    assert _marks(spec) == ["bar"]


def test_chart_without_events_says_so(april, april_truces):
    spec = timeline_chart(april.iloc[:0], None, "2021-04-19", "2021-04-30").to_dict()
    texts = [r.get("message") for d in _datasets(spec) for r in d]
    assert "No events in this period" in texts
    assert "text" in _marks(spec)
    # a later window: no events, and of the truces only the open-ended one reaches into it
    spec = timeline_chart(april, april_truces, "2021-05-01", "2021-05-10").to_dict()
    assert "No events in this period" in spec["title"]["subtitle"]
    band = spec["layer"][_marks(spec).index("rect")]
    drawn = {r["truce"] for r in spec["datasets"][band["data"]["name"]]}
    assert drawn == {"zhyan-0425-e01"}
    assert "rule" not in _marks(spec)  # its violations fall before the window


def test_chart_never_raises_on_odd_input():
    assert timeline_chart(pd.DataFrame(), None).to_dict()["layer"]
    assert timeline_chart(pd.DataFrame({"event_date": ["not a date"]}), pd.DataFrame(), "2021-04-30",
                          "2021-04-19").to_dict()["layer"]
