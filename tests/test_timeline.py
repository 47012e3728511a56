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
    assert _subtitle(spec).startswith("2 events (incl. 1 event dated outside the range, counted on its "
                                                "nearest day in it)")
    spec = timeline_chart(april, None, "2021-04-19", "2021-04-30").to_dict()
    assert "outside" not in _subtitle(spec)


# ---------------------------------------------------------------------------------------
# timeline_chart
# ---------------------------------------------------------------------------------------

def _subtitle(spec: dict) -> str:
    """The chart's subtitle as one text (its lines, :func:`mapapp.timeline.wrap_line`, joined by spaces)."""
    sub = spec["title"]["subtitle"]
    return " ".join(sub) if isinstance(sub, list) else sub


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
    assert "4 truces in the range shown: 2 broken · 2 held" in _subtitle(spec)


def test_chart_without_truces(april):
    spec = timeline_chart(april, None, "2021-04-19", "2021-04-30").to_dict()
    assert _marks(spec) == ["point", "bar"]  # the window's span, the bars
    assert "no truces" in _subtitle(spec)
    spec = timeline_chart(april, truce_intervals(april.iloc[:0]), "2021-04-19", "2021-04-30").to_dict()
    assert _marks(spec) == ["point", "bar"]


def test_chart_without_events_says_so(april, april_truces):
    spec = timeline_chart(april.iloc[:0], None, "2021-04-19", "2021-04-30").to_dict()
    texts = [r.get("message") for d in _datasets(spec) for r in d]
    assert "No events in this period" in texts
    assert "text" in _marks(spec)
    # a later window: no events, and no truce: the open-ended one that reaches into it as planned broke on
    # 25 April, and a broken truce is drawn only up to its first certain violation
    spec = timeline_chart(april, april_truces, "2021-05-01", "2021-05-10").to_dict()
    assert "No events in this period" in _subtitle(spec)
    assert "rect" not in _marks(spec) and "rule" not in _marks(spec)  # its violations fall before the window
    assert _subtitle(spec).endswith("no truces in this period")


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
    assert spec["title"]["subtitle"] == ["1 event", "no truce reported in the range shown,",
                                         "1 earlier truce with no report since 26 Apr 2021"]  # lines to fit 1000 px
    scope = dict(zip(truces["event_id"], truce_scope(truces, "2026-12-04", "2026-12-07")))
    assert scope["test-0426-amuda"] == "unreported" and scope["zhyan-0425-e01"] == ""  # broken: it is over
    # in the season after the agreement the band is drawn, and stops with the evidence (the 25 April truce
    # broke that day: not drawn after it)
    spec = timeline_chart(events, truces, "2021-05-01", "2021-05-10").to_dict()
    drawn = {r["truce"]: r for r in _band_rows(spec)}
    assert set(drawn) == {"test-0426-amuda"}
    assert _subtitle(spec).endswith("1 truce in the range shown: 1 in force")
    spec = timeline_chart(events, truces, "2021-07-20", "2021-08-05").to_dict()
    amuda = next(r for r in _band_rows(spec) if r["truce"] == "test-0426-amuda")
    assert amuda["x2"].startswith("2021-07-26")  # to the end of 25 July, 90 days after the 26 April agreement
    assert "no report since 26 Apr 2021" in amuda["last_text"]
    assert "1 no report since 26 Apr 2021 (in force until then)" in _subtitle(spec)


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


# --------------------------------------------------------------------------- the seed build's truces, drawn and worded
@pytest.fixture(scope="module")
def seed_build():
    return _shipped()


def test_a_broken_truce_is_drawn_and_counted_only_until_it_broke(seed_build):
    """Probe: on 1-30 Jun 2021 the chart said "2 truces in the range shown (1 broken)": the open-ended truce of
    25 April, broken that day (its table row: ended "the day it began"), was drawn and counted for 90 days after.
    A truce is drawn up to its first certain violation (its ``actual_end``); the band after a violation that is
    only presumed never reads "held"."""
    from mapapp.timeline import truce_scope

    truces = seed_build.truces
    scope = dict(zip(truces["event_id"], truce_scope(truces, "2021-06-01", "2021-06-30")))
    assert scope["cur-0425-permanent-truce"] == ""
    spec = timeline_chart(seed_build.events, truces, "2021-06-01", "2021-06-30").to_dict()
    rows = _band_rows(spec)
    assert {r["truce"] for r in rows} == {"cur-0426-final-agreement"}
    assert _subtitle(spec).endswith("1 truce in the range shown: 1 reported held; events say probably broken")
    assert all(r["status"] != "held" for r in rows)  # its band after the 26 April (presumed) violation
    # on the April days each band stops at its truce's first certain violation, and reads "held" only before any
    spec = timeline_chart(seed_build.events, truces, "2021-04-19", "2021-04-30").to_dict()
    for t in truces.to_dict("records"):
        certain = [at for v, at in zip(t["violations"], t["violation_at"]) if v not in t["uncertain_violations"]]
        first = min(t["violation_at"], default=None)
        for r in (r for r in _band_rows(spec) if r["truce"] == t["event_id"]):
            if certain:
                assert pd.Timestamp(r["x2"]) <= max(min(certain), t["start"] + pd.Timedelta(hours=1)), r
            if first is not None and r["status"] in ("held", "in force", "extended"):
                assert pd.Timestamp(r["x2"]) <= max(first, t["start"] + pd.Timedelta(hours=1)), r
    table = seed_build_table(seed_build, "2021-06-01", "2021-06-30")
    assert "the day it began" not in set(table["ended"])


def seed_build_table(ds, lo, hi):
    from mapapp.timeline import truce_scope, truce_table

    return truce_table(ds.truces, hi, only=truce_scope(ds.truces, lo, hi) != "")


def test_each_truce_row_has_one_coherent_status(seed_build):
    """Probe: "no report since 26 Apr 2021 (held until then) (events say: broken)", and on 19-30 Apr 2021 "held
    (events say: broken)" beside ended "in force". One status a row, the report's and the events' word each
    attributed, and never "in force" beside "broken"."""
    from mapapp.timeline import truce_table

    april = truce_table(seed_build.truces, "2021-04-30").set_index("start")
    final = april.loc["2021-04-26 00:00 (approx.)"]
    assert final["status"] == "reported held; events say probably broken on 26 Apr 2021"
    assert final["ended"] == "not known"
    broken = april[april["place"].eq("Qamishli") & april["planned end"].eq("open-ended")].iloc[0]
    assert broken["status"] == "broken (a violation on 25 Apr 2021)"
    extension = april.loc["2021-04-24 10:00"]
    assert extension["status"] == "reported extended; events say broken on 25 Apr 2021"
    later = truce_table(seed_build.truces, "2021-12-01").set_index("start").loc["2021-04-26 00:00 (approx.)"]
    assert later["status"] == "no report since 26 Apr 2021 (reported held; events say probably broken on 26 Apr 2021)"
    for table in (april, truce_table(seed_build.truces, "2021-12-01"), truce_table(seed_build.truces)):
        for status, ended in zip(table["status"], table["ended"]):
            assert "(events say:" not in status and not ("broken" in status and ended == "in force"), status
            assert status.count("(") <= 1, status


def test_the_small_chart_over_years_names_both_years_and_stays_in_its_range(years_later):
    """Probe: over 19 Apr 2021 - 5 Dec 2026 the per-day chart's subtitle read "39 in 19 Apr – 05 Dec 2026" and its
    axis ran to a 2027 tick with the December 2026 bars on it."""
    from mapapp import timeline as tl

    events, _ = years_later
    spec = tl.per_day_chart(events, "2021-04-19", "2026-12-05").to_dict()
    subtitle = _subtitle(spec)
    assert " in 19 Apr 2021 – 05 Dec 2026" in (subtitle if isinstance(subtitle, str) else subtitle[0])
    scale = spec["encoding"]["x"]["scale"]
    assert scale.get("nice") is False and scale.get("padding") == 0  # a bar chart pads its scale out by default
    last = scale["domain"][1]
    assert (last["year"], last["month"], last["date"]) <= (2026, 12, 6)
    days = [pd.Timestamp(r["x"]) for r in spec["datasets"][spec["data"]["name"]]]
    assert max(days) < pd.Timestamp("2026-12-06") and min(days) >= pd.Timestamp("2021-04-19")
    same_year = tl.per_day_chart(events, "2021-04-19", "2021-04-30").to_dict()["title"]["subtitle"]
    assert " in 19 Apr – 30 Apr 2021" in (same_year if isinstance(same_year, str) else same_year[0])


def _contrast(hex_colour: str) -> float:
    def lin(c: float) -> float:
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (lin(int(hex_colour.lstrip("#")[i:i + 2], 16) / 255) for i in (0, 2, 4))
    return 1.05 / (0.2126 * r + 0.7152 * g + 0.0722 * b + 0.05)


def test_every_truce_status_has_its_own_colour_readable_on_white(seed_build):
    """Probe: the "unknown" and "extended" swatches were the same grey (#999999, 2.8:1 on white)."""
    spec = timeline_chart(seed_build.events, seed_build.truces, "2021-04-19", "2021-04-30").to_dict()
    scales = [layer["encoding"]["color"]["scale"] for layer in spec["layer"]
              if layer["encoding"].get("color", {}).get("field") == "status"]
    domain, colours = scales[0]["domain"], scales[0]["range"]
    assert "extended" in domain and "unknown" in domain
    assert len(set(colours)) == len(colours) == len(domain)
    assert all(_contrast(c) >= 3.0 for c in colours), dict(zip(domain, colours))
    assert set(TRUCE_STATUS_COLORS) >= set(domain)
