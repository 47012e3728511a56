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
    assert "4 truces in the range shown (2 broken)" in spec["title"]["subtitle"]


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


# --------------------------------------------------------------------------- truces years after their last report
@pytest.fixture(scope="module")
def years_later(april, april_rows, places):
    """The April rows, an open-ended truce at Amuda on 26 April 2021 that nothing breaks, and a shelling in
    December 2026 (our own rows): the events frame and the build's truces."""
    from conftest import NDF, RUSSIA, SDF, event_row

    t = april_rows[0]
    rows = [
        event_row(t, "test-0426-amuda", "2021-04-26", "Strategic developments", "Agreement", SDF, NDF,
                  ("amuda", "Amuda"), "Mon 26 Apr: the two sides agreed to stop fighting in Amuda (test row)",
                  mediator=RUSSIA),
        event_row(t, "test-1205-shelling", "2026-12-05", "Explosions/Remote violence",
                  "Shelling/artillery/missile attack", ("Unidentified Armed Group (Syria)", ""),
                  ("Civilians (Syria)", "civilians"), ("tal_hamis", "Tal Hamis"),
                  "Sat 5 Dec 2026: shells fell on a village (test row)")]
    events = pd.concat([april, pd.DataFrame(rows)], ignore_index=True)
    return events, truce_intervals(events, places)


def _band_rows(spec: dict) -> list[dict]:
    bands = [layer for layer in spec["layer"] if layer.get("mark", {}).get("type") == "rect"
             and layer["encoding"].get("color", {}).get("field") == "status"]
    return spec["datasets"][bands[0]["data"]["name"]] if bands else []


def test_a_truce_with_no_report_for_a_season_is_no_band_and_no_count_in_force(years_later):
    """Probe: on 4-7 Dec 2026 the chart said "2 truces (1 broken)" and drew bands over all four days for truces of
    April 2021. A truce is drawn only as far as its evidence speaks (``evidence_until``, the build's); a truce that
    may still run but has no report in the range is counted apart, "no report since <day>"."""
    from mapapp.timeline import truce_scope

    events, truces = years_later
    spec = timeline_chart(events, truces, "2026-12-04", "2026-12-07").to_dict()
    assert _band_rows(spec) == []
    subtitle = spec["title"]["subtitle"]
    assert subtitle == "1 event, no truce reported in the range shown, 1 earlier truce with no report since 26 Apr 2021"
    scope = dict(zip(truces["event_id"], truce_scope(truces, "2026-12-04", "2026-12-07")))
    assert scope["test-0426-amuda"] == "unreported" and scope["zhyan-0425-e01"] == ""  # broken: it is over
    # in the season after the agreement the band is drawn, and stops with the evidence
    spec = timeline_chart(events, truces, "2021-05-01", "2021-05-10").to_dict()
    drawn = {r["truce"]: r for r in _band_rows(spec)}
    assert set(drawn) == {"zhyan-0425-e01", "test-0426-amuda"}
    assert spec["title"]["subtitle"].endswith("2 truces in the range shown (1 broken)")
    spec = timeline_chart(events, truces, "2021-07-20", "2021-08-05").to_dict()
    amuda = next(r for r in _band_rows(spec) if r["truce"] == "test-0426-amuda")
    assert amuda["x2"].startswith("2021-07-26")  # to the end of 25 July, 90 days after the 26 April agreement
    assert "no report since 26 Apr 2021" in amuda["last_text"]
    assert "1 with no report since 26 Apr 2021" in spec["title"]["subtitle"]


def test_the_truce_table_lists_what_the_chart_counts_and_says_no_report_since(years_later):
    """Probe: the header counted 2 truces while the table listed all 7, and the table called the 26 April 2021
    truce "held … in force" in December 2026. ``truce_table(truces, as_of, only)`` gives each truce's status as of
    the range's end, and the view lists the truces of ``truce_scope`` unless asked for all."""
    from mapapp.timeline import truce_scope, truce_table

    events, truces = years_later
    scope = truce_scope(truces, "2026-12-04", "2026-12-07")
    table = truce_table(truces, "2026-12-07", only=scope != "")
    assert len(table) == 1
    row = table.iloc[0]
    assert row["status"] == "no report since 26 Apr 2021 (in force until then)" and row["ended"] == "not known"
    everything = truce_table(truces, "2026-12-07")
    assert len(everything) == len(truces)
    text = everything.to_string()
    assert "in force" not in text.replace("in force until then", "")
    # on the days of its evidence it is in force, as before
    assert "in force" in set(truce_table(truces, "2021-05-10")["ended"])
    assert (truce_scope(truces, "2021-04-19", "2021-04-30") == "shown").sum() == 5


def test_a_range_of_years_has_years_on_its_axis_and_truce_labels_that_do_not_overlap(years_later):
    """Probe: over 2021-2026 the ticks read "16 Mar, 10 Aug, 04 Jan…" with no year, and the April 2021 truces'
    labels lay over each other. Across years the axis names them; labels keep a label's width apart on a line,
    at most three lines, the rest counted on the label before them."""
    from mapapp import timeline as tl

    events, truces = years_later
    spec = timeline_chart(events, truces, "2021-04-19", "2026-12-07").to_dict()
    axes = [layer["encoding"]["x"]["axis"] for layer in spec["layer"] if "axis" in layer["encoding"].get("x", {})]
    assert axes and all("%Y" in a["format"] for a in axes)
    assert all(a["tickCount"]["interval"] in ("month", "year") for a in axes)
    text = next(layer for layer in spec["layer"] if layer.get("mark", {}).get("type") == "text"
                and "label" in layer["encoding"].get("text", {}).get("field", ""))
    labels = spec["datasets"][text["data"]["name"]]
    assert 1 <= len({r["lane_y"] for r in labels}) <= tl.MAX_LABEL_LANES
    days = (pd.Timestamp("2026-12-08") - pd.Timestamp("2021-04-19")).days
    for lane in {r["lane_y"] for r in labels}:
        on = sorted((r for r in labels if r["lane_y"] == lane), key=lambda r: r["x"])
        for a, b in zip(on, on[1:]):
            gap_px = (pd.Timestamp(b["x"]) - pd.Timestamp(a["x"])).days * tl.NOMINAL_PLOT_PX / days
            assert gap_px >= tl.label_px(a["label"]), (a["label"], b["label"])
    assert all("2021" in r["label"] for r in labels)
    assert sum(1 + int(r["label"].split("+")[1].split()[0]) if "+" in r["label"] else 1 for r in labels) == \
        len(_band_rows(spec))  # every truce drawn is named or counted
    # the per-day chart too, and a range inside one year keeps day ticks without the year
    per_day = tl.per_day_chart(events, "2021-04-19", "2026-12-07").to_dict()
    assert "%Y" in per_day["encoding"]["x"]["axis"]["format"]
    short = timeline_chart(events, truces, "2021-04-19", "2021-04-30").to_dict()
    bars = next(layer for layer in short["layer"] if layer.get("mark", {}).get("type") == "bar")
    assert bars["encoding"]["x"]["axis"]["format"] == "%d %b"
    across = timeline_chart(events, truces, "2026-12-28", "2027-01-03").to_dict()
    assert all("%Y" in layer["encoding"]["x"]["axis"]["format"] for layer in across["layer"]
               if "axis" in layer["encoding"].get("x", {}))
