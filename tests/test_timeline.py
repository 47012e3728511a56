"""Daily counts and the timeline chart (mapapp/timeline.py) on the truces the build computes.

The fixtures (a real build of the seed article plus rows after the sourced timeline of
21-26 April 2021, and their truces) are shared with ``tests/test_truces.py`` (``tests/conftest.py``).
"""

from __future__ import annotations

import pandas as pd
import pytest

from mapapp.style import EVENT_STYLE, TRUCE_STATUS_COLORS
from mapapp.timeline import daily_counts, timeline_chart
from pipeline.truces import truce_intervals

# ---------------------------------------------------------------------------------------
# daily_counts
# ---------------------------------------------------------------------------------------

def _overlapping(events: pd.DataFrame, lo: str, hi: str) -> pd.DataFrame:
    """The events the filters show for the window: those whose date range overlaps it."""
    return events[(events["date_from"].astype(str) <= hi) & (events["date_to"].astype(str) >= lo)]


@pytest.mark.parametrize("window", [("2021-04-19", "2021-04-30"), ("2021-04-21", "2021-04-25"),
                                    ("2021-04-23", "2021-04-23"), ("2021-04-24", "2021-04-24"),
                                    ("2021-05-01", "2021-05-31")])
def test_daily_counts_total_is_the_events_the_filters_show(april, window):
    lo, hi = window
    counts = daily_counts(april, lo, hi)
    assert list(counts.columns) == ["day", "event_type", "count"]
    assert pd.api.types.is_datetime64_any_dtype(counts["day"])
    assert counts["count"].sum() == len(_overlapping(april, lo, hi))
    if len(counts):
        assert counts["day"].min() >= pd.Timestamp(lo) and counts["day"].max() <= pd.Timestamp(hi)


def test_daily_counts_counts_a_multi_day_event_once_on_its_event_date(seed_events):
    counts = daily_counts(seed_events, "2021-04-20", "2021-04-21").set_index(["day", "event_type"])["count"]
    # e03 (20-21 Apr) and e06 (20 Apr) are the two battles of the 20th; e05 the one of the 21st
    assert counts[(pd.Timestamp("2021-04-20"), "Battles")] == 2
    assert counts[(pd.Timestamp("2021-04-21"), "Battles")] == 1
    assert counts.sum() == len(seed_events)


def test_an_event_dated_outside_the_window_counts_on_its_nearest_day_in_it(april, seed_events):
    """The summary line counts every event whose range overlaps the range (34 on 20-26 April of the shipped
    build); the charts counted only those dated inside it (32). Now one dated outside but under way in the
    window counts once, on the window's day nearest its date, and the subtitle says how many did."""
    from mapapp.timeline import counted_days, per_day

    truce = april[april["event_id"] == "shafaq-0423-e01"]  # 23-24 April, dated the 23rd
    day = counted_days(truce, pd.Timestamp("2021-04-24"), pd.Timestamp("2021-04-24"))
    assert list(day) == [pd.Timestamp("2021-04-24")]
    assert list(counted_days(truce, pd.Timestamp("2021-04-19"), pd.Timestamp("2021-04-30"))) == \
        [pd.Timestamp("2021-04-23")]  # its own date when the window holds it
    assert counted_days(truce, pd.Timestamp("2021-04-25"), pd.Timestamp("2021-04-30")).isna().all()
    e03 = seed_events[seed_events["date_from"] != seed_events["date_to"]]
    assert len(e03)  # the seed's clash of 20-21 April, dated the 20th
    assert set(counted_days(e03, pd.Timestamp("2021-04-21"), pd.Timestamp("2021-04-22"))) == \
        {pd.Timestamp("2021-04-21")}
    assert per_day(april, "2021-04-24", "2021-04-24")["value"].sum() == len(_overlapping(april, "2021-04-24",
                                                                                         "2021-04-24"))
    spec = timeline_chart(april, None, "2021-04-24", "2021-04-24").to_dict()
    assert spec["title"]["subtitle"].startswith("2 events (incl. 1 event dated outside the range, counted on its "
                                                "nearest day in it)")
    spec = timeline_chart(april, None, "2021-04-19", "2021-04-30").to_dict()
    assert "outside" not in spec["title"]["subtitle"]


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
    # x axis is the window: 19 Apr 00:00 to the end of 30 Apr, spanned by an invisible first layer
    # (no explicit domain in every layer: Vega-Lite warned "Conflicting scale property domain")
    span = spec["layer"][0]
    assert span["mark"]["type"] == "point" and span["mark"]["opacity"] == 0
    xs = [r["x"][:10] for r in spec["datasets"][span["data"]["name"]]]
    assert xs == ["2021-04-19", "2021-05-01"]
    assert all("domain" not in (layer["encoding"]["x"].get("scale") or {}) for layer in spec["layer"])
    rows = [r for d in _datasets(spec) for r in d]
    flagged = {r["violation"] for r in rows if "violation" in r}
    assert flagged == {"jesr-0422-e01", "enab-0425-e01", "enab-0425-e02", "hawar-0426-e01"}
    assert "4 truces (2 broken)" in spec["title"]["subtitle"]


def test_chart_without_truces(april):
    spec = timeline_chart(april, None, "2021-04-19", "2021-04-30").to_dict()
    assert _marks(spec) == ["point", "bar"]  # the window's span, the bars
    assert "no truces" in spec["title"]["subtitle"]
    spec = timeline_chart(april, truce_intervals(april.iloc[:0]), "2021-04-19", "2021-04-30").to_dict()
    assert _marks(spec) == ["point", "bar"]


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


# --------------------------------------------------------------------------- issue 14: charts and the truce table
def _shipped():
    import tempfile
    from pathlib import Path

    from mapapp.data import load_dataset
    from pipeline.build import build

    root = Path(__file__).resolve().parent.parent
    out = Path(tempfile.mkdtemp(prefix="tl14-")) / "out"
    build(root / "seeds", root / "geo", out, progress=False, curated_dir=root / "curated")
    return load_dataset(out)


def test_per_day_by_type_and_by_actor_and_truce_table():
    from mapapp import timeline as tl

    ds = _shipped()
    ev = ds.events
    by_type = tl.per_day(ev, "2021-04-19", "2021-04-28", "events", "type")
    inside = _overlapping(ev, "2021-04-19", "2021-04-28")
    assert by_type["value"].sum() == len(inside)  # each event once
    dead = tl.per_day(ev, "2021-04-19", "2021-04-28", "fatalities", "type")
    assert dead["value"].sum() == int(inside["fatalities"].sum())
    by_actor = tl.per_day(ev, "2021-04-19", "2021-04-28", "events", "actor")
    named = sum(int(bool(a)) + int(bool(b)) for a, b in zip(inside["actor1"].fillna(""), inside["actor2"].fillna("")))
    assert by_actor["value"].sum() == named  # an event counts for each of its actors
    assert "NDF: National Defence Forces" in set(by_actor["group"])
    # filtered like everything else: a one-day window holds only that day
    one = tl.per_day(ev, "2021-04-26", "2021-04-26", "events", "type")
    assert set(one["day"].dt.strftime("%Y-%m-%d")) == {"2021-04-26"}
    for measure in ("events", "fatalities"):
        for by in ("type", "actor"):
            tl.per_day_chart(ev, "2021-04-19", "2021-04-28", measure, by).to_dict()
    table = tl.truce_table(ds.truces)
    assert list(table.columns)[0] == "status"
    text = table.to_string()
    assert "cur-" not in text and "None" not in text and "nan" not in text.lower() and "True" not in text
    assert not any(table[c].dtype == bool for c in table.columns)
    assert (table["ended"] == "the day it began").any()  # not a date equal to the start
    # the chart's legend names every status, "in force" too, and overlapping truces are labelled
    spec = tl.timeline_chart(ev, ds.truces, "2021-04-19", "2021-04-28").to_dict()
    rects = [layer for layer in spec["layer"] if layer["encoding"].get("color", {}).get("field") == "status"]
    assert "in force" in rects[0]["encoding"]["color"]["scale"]["domain"]
    texts = [layer for layer in spec["layer"] if (layer["mark"] if isinstance(layer["mark"], str) else layer["mark"]["type"]) == "text"]
    assert texts and texts[-1] is spec["layer"][-1]
    assert not any("domain" in (layer["encoding"].get("x", {}).get("scale") or {}) for layer in spec["layer"])


def test_truce_table_html_wraps_and_escapes():
    """The truce table is an HTML table whose cells wrap (a data grid hid the columns after the
    parties at 1280 px); text is escaped."""
    import pandas as pd

    from mapapp.timeline_view import truce_table_html

    table = pd.DataFrame([{"status": "held", "start": "2021-04-26", "parties": "A <b>x</b> – B & C",
                           "violations": 2}])
    out = truce_table_html(table)
    assert "A &lt;b&gt;x&lt;/b&gt; – B &amp; C" in out and "<b>x</b>" not in out
    assert "white-space:normal" in out and "nowrap" not in out.split(".qtruces th{")[0]
    assert out.count("</th>") == 4 and out.count("</td>") == 4
