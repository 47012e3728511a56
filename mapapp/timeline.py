"""Timeline chart: events per day and the truces of ``build/truces.json`` with their violations.

The app hands in the events as a :class:`pandas.DataFrame` with the columns of
``build/events.geojson`` (dates as ``YYYY-MM-DD`` strings) and the truces table the build
wrote (:mod:`pipeline.truces` computes intervals, chains, status and violations; nothing
here does). Nothing here imports streamlit: :func:`timeline_chart` returns an Altair chart
that the app passes to ``st.altair_chart``.

Daily counts
------------
Each event is counted once (ACLED practice: an event covering several days is dated once),
not on every day of its range: on its ``event_date`` when that day is in the window, else on
the day of the window nearest to it that the event's own range covers
(:func:`counted_days`). So the charts count exactly the events the filters show (those whose
range overlaps the window, :func:`mapapp.filters.apply_filters`), and their bars add up to the
summary line's count: an event of 26-29 April dated the 27th is counted on the 26th of a window
that ends on the 26th, not left out.

Truces
------
A truce is drawn over its planned interval as far as its evidence speaks (the build's
``evidence_until``: :data:`pipeline.evidence.STALE_EVIDENCE_DAYS` after its last report), never
over the days after it, and no further than its first certain violation (a broken truce is over). A
truce the report calls held (or extended, in force) that its events say broke on a presumed violation
is drawn "probably broken" from that violation on: no band reads "held" after a violation. :func:`truce_scope` says which truces a range shows (drawn) and which may
still run but have no report in it ("no report since <day>"); the chart's subtitle and the truce
table (:func:`truce_table`, statuses as of the range's end) count the same ones, in the words every view says a
truce's status in (:func:`pipeline.truces.status_words`).
"""

from __future__ import annotations

import datetime as dt
import logging
import math
from collections.abc import Iterable
from typing import Any

import altair as alt
import pandas as pd

from mapapp.style import DEFAULT_EVENT, EVENT_STYLE, TRUCE_STATUS_COLORS
from pipeline.cells import day as _day
from pipeline.cells import text as _text
from pipeline.truces import events_verdict, lapsed, status_short, status_words, truces_frame
from pipeline.truces import violation_moments as _violation_moments

log = logging.getLogger(__name__)

VIOLATION_COLOR = TRUCE_STATUS_COLORS["broken"]

_DAY = pd.Timedelta(days=1)
#: Plot width (px) assumed when placing the truces' labels (the chart follows its container: about
#: 760 px beside the sidebar at 1280; narrower is assumed, so a label is not thought to fit where it may not).
NOMINAL_PLOT_PX = 700
#: Half the height of a truce label's line (10 px font) and how far down the violations' markers reach (px).
LABEL_HALF_PX, VIOLATION_MARK_PX = 7, 18
#: Most lines of truce labels along the top of the chart; a truce whose label finds no room is counted on
#: the label before it ("+2 more").
MAX_LABEL_LANES = 3
#: The truce statuses in the legend's order (:data:`mapapp.style.TRUCE_STATUS_COLORS`): "probably broken" is the part
#: of a band after a violation that is only presumed.
LEGEND_ORDER = ["held", "in force", "extended", "probably broken", "broken", "unknown"]


# ---------------------------------------------------------------------------------------
# cell helpers (the app's frame may hold None, NaN, "" or pd.NA for a missing value: pipeline/cells.py)
# ---------------------------------------------------------------------------------------

def _column(events: pd.DataFrame, name: str) -> pd.Series:
    if name in events.columns:
        return events[name]
    return pd.Series([None] * len(events), index=events.index, dtype=object)


def _fmt(ts: pd.Timestamp | None, approximate: bool = False) -> str:
    if ts is None or pd.isna(ts):
        return ""
    text = ts.strftime("%Y-%m-%d %H:%M")
    return f"{text} (approx.)" if approximate else text


# ---------------------------------------------------------------------------------------
# daily counts
# ---------------------------------------------------------------------------------------

def _window(date_from: Any, date_to: Any, days: Iterable[pd.Timestamp]) -> tuple[pd.Timestamp, pd.Timestamp]:
    """Inclusive first and last day; missing bounds come from ``days``, else today."""
    days = [d for d in days if d is not None and not pd.isna(d)]
    lo = _day(date_from) or (min(days) if days else None)
    hi = _day(date_to) or (max(days) if days else None)
    today = pd.Timestamp(dt.date.today())
    lo = lo if lo is not None else (hi if hi is not None else today)
    hi = hi if hi is not None else lo
    if hi < lo:
        log.warning("timeline window ends (%s) before it starts (%s); swapping", hi.date(), lo.date())
        lo, hi = hi, lo
    return lo, hi


def _event_days(events: pd.DataFrame) -> pd.Series:
    day = pd.to_datetime(_column(events, "event_date"), errors="coerce", format="mixed")
    fallback = pd.to_datetime(_column(events, "date_from"), errors="coerce", format="mixed")
    return day.fillna(fallback).dt.normalize()


def counted_days(events: pd.DataFrame, lo: pd.Timestamp, hi: pd.Timestamp) -> pd.Series:
    """The day of the window ``lo``..``hi`` (inclusive) on which each event is counted, NaT when its range
    does not reach into the window.

    The event's ``event_date`` (``date_from`` when missing) when the window holds it, else the
    window's day nearest to it within the event's range (``date_from``..``date_to``, each
    defaulting to the event date): an event that overlaps the window, as the filters show it,
    is always counted, once.

    Returns
    -------
    pandas.Series
        datetime64 days, indexed as ``events``.
    """
    day = _event_days(events)
    first = pd.to_datetime(_column(events, "date_from"), errors="coerce", format="mixed").dt.normalize().fillna(day)
    last = pd.to_datetime(_column(events, "date_to"), errors="coerce", format="mixed").dt.normalize().fillna(day)
    first, last = first.clip(lower=lo), last.clip(upper=hi)
    inside = day.notna() & (first <= last)
    counted = day.where(day >= first, first).where(day <= last, last)
    return counted.where(inside)


#: Ranges of up to this many days are counted per day, up to :data:`WEEK_BINS_UP_TO` per week, longer per month
#: (over years a day's bar is a pixel wide).
DAY_BINS_UP_TO, WEEK_BINS_UP_TO = 92, 731


def bin_for(lo: Any, hi: Any) -> str:
    """The unit the charts count in over the days ``lo``..``hi``: ``"day"``, ``"week"`` or ``"month"``."""
    days = (pd.Timestamp(hi) - pd.Timestamp(lo)).days + 1
    return "day" if days <= DAY_BINS_UP_TO else "week" if days <= WEEK_BINS_UP_TO else "month"


def bin_start(days: pd.Series, unit: str = "day") -> pd.Series:
    """Each day's bin: the day itself, its week's Monday or its month's first day."""
    days = pd.to_datetime(days)
    if unit == "week":
        return days - pd.to_timedelta(days.dt.day_of_week, unit="D")
    if unit == "month":
        return days.dt.to_period("M").dt.to_timestamp()
    return days


def _bin_span(start: pd.Series, unit: str, lo: pd.Timestamp, hi_end: pd.Timestamp) -> tuple[pd.Series, pd.Series]:
    """Where each bin's bar is drawn: the bin within the window, less a twelfth at each side (a gap)."""
    start = pd.to_datetime(start)
    end = (start + pd.offsets.MonthBegin(1) if unit == "month" else
           start + pd.Timedelta(days=7 if unit == "week" else 1))
    a, b = start.clip(lower=lo), end.clip(upper=hi_end)
    gap = (b - a) / 12
    return a + gap, b - gap


def bin_text(start: pd.Series, unit: str = "day") -> pd.Series:
    """A bin in words, for a tooltip: "Tue 20 Apr 2021", "week of 19 Apr 2021", "Apr 2021"."""
    start = pd.to_datetime(start)
    return start.dt.strftime({"week": "week of %d %b %Y", "month": "%b %Y"}.get(unit, "%a %d %b %Y"))


def counted_outside(events: pd.DataFrame, lo: pd.Timestamp, hi: pd.Timestamp) -> int:
    """How many events are counted on a day of the window other than their ``event_date`` (dated
    outside it, their range reaching into it): said under the charts, so no bar is read as misdated."""
    if events is None or len(events) == 0:
        return 0
    counted = counted_days(events, lo, hi)
    return int((counted.notna() & (counted != _event_days(events))).sum())


def outside_note(n: int) -> str:
    """``" (incl. 2 events dated outside the range, counted on their nearest day in it)"``, or ``""``."""
    if not n:
        return ""
    return (f" (incl. {n} event{'s' if n != 1 else ''} dated outside the range, counted on "
            f"{'its' if n == 1 else 'their'} nearest day in it)")


def daily_counts(events: pd.DataFrame, date_from: Any = None, date_to: Any = None, unit: str = "day") -> pd.DataFrame:
    """Number of events per day and event type inside a window.

    Each event is counted once, on its ``event_date`` (``date_from`` when that is missing),
    as ACLED does; an event spanning several days is not spread over them. An event dated
    outside the window whose range reaches into it is counted on its nearest day inside
    (:func:`counted_days`).

    Parameters
    ----------
    events : pandas.DataFrame
        Events with ``event_date`` (``YYYY-MM-DD``) and ``event_type``.
    date_from, date_to : str, date or Timestamp, optional
        First and last day of the window, inclusive. Missing bounds are the data's first
        and last days.
    unit : {"day", "week", "month"}
        Count per day, or per week or month (:func:`bin_for`): ``day`` is then the bin's first day
        (:func:`bin_start`), which may lie before the window.

    Returns
    -------
    pandas.DataFrame
        Columns ``day`` (datetime64), ``event_type`` (str) and ``count`` (int), one row per
        day (or bin) and type that has events, sorted by day then type. The counts sum to the number
        of events whose date range overlaps the window (those the filters show).
    """
    empty = pd.DataFrame({"day": pd.Series(dtype="datetime64[ns]"), "event_type": pd.Series(dtype=object),
                          "count": pd.Series(dtype="int64")})
    if events is None or len(events) == 0:
        return empty
    days = _event_days(events)
    undated = int(days.isna().sum())
    if undated:
        log.info("%d events without a usable event_date are not counted", undated)
    lo, hi = _window(date_from, date_to, days.dropna().tolist())
    frame = pd.DataFrame({"day": bin_start(counted_days(events, lo, hi), unit),
                          "event_type": _column(events, "event_type").map(_text).replace("", "Other")})
    frame = frame[frame["day"].notna()]
    if frame.empty:
        return empty
    counts = frame.groupby(["day", "event_type"], sort=True).size().rename("count").reset_index()
    counts["day"] = counts["day"].astype("datetime64[ns]")
    counts["count"] = counts["count"].astype("int64")
    return counts


# ---------------------------------------------------------------------------------------
# chart
# ---------------------------------------------------------------------------------------

def _alt_datetime(ts: pd.Timestamp) -> alt.DateTime:
    return alt.DateTime(year=ts.year, month=ts.month, date=ts.day, hours=ts.hour, minutes=ts.minute)


def label_px(text: str) -> float:
    """Width in pixels of a truce label (10 px font, about 6 px a character, and the 3 px offset)."""
    return 6.0 * len(text) + 6.0


def time_axis(lo: pd.Timestamp, hi: pd.Timestamp) -> alt.Axis:
    """The x axis of a chart over the days ``lo``..``hi`` (inclusive): about ten ticks or fewer (days,
    weeks, months or years as the range asks), the year in each tick when the range spans more than one.

    Parameters
    ----------
    lo, hi : pandas.Timestamp
        First and last day shown.

    Returns
    -------
    altair.Axis
    """
    days = (hi - lo).days + 1
    if days <= 16:
        interval, step, fmt = "day", 1, "%d %b"
    elif days <= 120:
        interval, step, fmt = "week", max(1, math.ceil(days / 7 / 10)), "%d %b"
    elif days <= 3 * 366:
        months = (hi.year - lo.year) * 12 + hi.month - lo.month + 1
        interval, step, fmt = "month", max(1, math.ceil(months / 10)), "%b"
    else:
        interval, step, fmt = "year", max(1, math.ceil((hi.year - lo.year + 1) / 10)), "%Y"
    if lo.year != hi.year and "%Y" not in fmt:
        fmt += " %Y"
    return alt.Axis(format=fmt, labelAngle=0, labelOverlap=True, tickCount={"interval": interval, "step": step})


def _message_chart(message: str, width: Any = "container", height: int = 220) -> alt.LayerChart:
    data = pd.DataFrame({"message": [message]})
    text = alt.Chart(data).mark_text(fontSize=14, color="#555555").encode(text="message:N")
    # a LayerChart as alt.layer makes it (alt.layer's result is typed LayerChart | FacetChart: a facet
    # only when every layer has a facet channel, and this one has none)
    return alt.LayerChart(layer=[text]).properties(width=width, height=height,
                                                   autosize=alt.AutoSizeParams(type="fit-x", contains="padding"))


def _type_style(event_type: str) -> dict[str, str]:
    return EVENT_STYLE.get(event_type, DEFAULT_EVENT)


def _bar_layer(counts: pd.DataFrame, x_scale: alt.Scale, axis: alt.Axis, room_px: float = 0.0,
               height: int = 220, unit: str = "day", window: tuple[pd.Timestamp, pd.Timestamp] | None = None) -> alt.Chart:
    """The stacked bars, one a ``unit`` (:func:`bin_for`) drawn within ``window`` (first day, the midnight after the
    last); ``room_px`` kept free above the tallest (the truces' strip and label lines over it)."""
    data = counts.copy()
    lo, hi_end = window if window is not None else (data["day"].min(), data["day"].max() + _DAY)
    data["x"], data["x2"] = _bin_span(data["day"], unit, lo, hi_end)
    data["day_text"] = bin_text(data["day"], unit)
    data["type_label"] = data["event_type"].map(lambda t: _type_style(t)["label"])
    known = [t for t in EVENT_STYLE if t in set(data["event_type"])]
    others = sorted(set(data["event_type"]) - set(known))
    order = known + others
    domain = [_type_style(t)["label"] for t in order]
    colors = [_type_style(t)["color"] for t in order]
    # stacked by hand: with x and x2 both set, Vega-Lite would not stack the bars itself
    data["stack_order"] = data["event_type"].map({t: i for i, t in enumerate(order)})
    data = data.sort_values(["day", "stack_order"], kind="stable")
    data["y1"] = data.groupby("day")["count"].cumsum()
    data["y0"] = data["y1"] - data["count"]
    tallest = float(data["y1"].max())
    top = math.ceil(tallest * height / max(height - room_px, height / 3)) if room_px else None
    y_scale = alt.Scale(domain=[0, max(top, tallest)], nice=False) if top else alt.Scale(domainMin=0)
    return alt.Chart(data).mark_bar(clip=True).encode(
        x=alt.X("x:T", scale=x_scale, title=None, axis=axis),
        x2="x2:T",
        y=alt.Y("y0:Q", title=f"Events per {unit}", scale=y_scale, axis=alt.Axis(tickMinStep=1)),
        y2="y1:Q",
        color=alt.Color("type_label:N", scale=alt.Scale(domain=domain, range=colors),
                        # one column: beside the truces' legend, both fit the ~540 px of a 1000-px window
                        legend=alt.Legend(title="Event type", orient="bottom", columns=1, labelLimit=0)),
        tooltip=[alt.Tooltip("day_text:N", title=unit.capitalize()), alt.Tooltip("type_label:N", title="Event type"),
                 alt.Tooltip("count:Q", title="Events")],
    )


def _reported_end(truces: pd.DataFrame) -> pd.Series:
    """The moment each truce's evidence stops speaking (the end of its ``evidence_until``); NaT: none known."""
    if "evidence_until" not in truces.columns:
        return pd.Series(pd.NaT, index=truces.index, dtype="datetime64[ns]")
    return pd.to_datetime(truces["evidence_until"]) + _DAY


def _stopped(truces: pd.DataFrame) -> pd.Series:
    """When each truce is known to have stopped: its first certain violation (the moment the chart marks), else
    its ``actual_end`` (the planned end, or its chain's); NaT: not known."""
    actual = (pd.to_datetime(truces["actual_end"]) if "actual_end" in truces.columns
              else pd.Series(pd.NaT, index=truces.index, dtype="datetime64[ns]"))
    first = [(_violation_moments(t)[0] or [pd.NaT])[0] for t in truces.to_dict("records")]
    return pd.Series(pd.to_datetime(pd.Series(first, index=truces.index, dtype=object)), index=truces.index).fillna(actual)


def _drawn_end(truces: pd.DataFrame) -> pd.Series:
    """Where each truce's band ends: the earliest of its planned end, the end of its evidence and the moment it
    stopped (:func:`_stopped`: a broken truce is not drawn past its first certain violation); NaT: none known."""
    ends = pd.concat([pd.to_datetime(truces["end"]), _reported_end(truces), _stopped(truces)], axis=1)
    return ends.min(axis=1, skipna=True)


def truce_scope(truces: pd.DataFrame | None, date_from: Any = None, date_to: Any = None) -> pd.Series:
    """Which truces the range ``date_from``..``date_to`` (inclusive) shows.

    ``"shown"``: drawn, its planned interval overlapping the range on days its evidence speaks for
    (up to ``evidence_until``); ``"unreported"``: not drawn, but it may still run in the range (planned
    to reach into it and not known to have ended: :func:`pipeline.truces.lapsed` on the range's first
    day), with no report since before it; ``""``: neither. The timeline's subtitle counts the first
    two, and the truce table lists them.

    Returns
    -------
    pandas.Series of str
        Indexed as ``truces``.
    """
    if truces is None or not len(truces) or "start" not in truces.columns:
        return pd.Series([], dtype=object)
    starts = pd.to_datetime(truces["start"])
    lo, hi = _window(date_from, date_to, [s.normalize() for s in starts.dropna()])
    hi_end = hi + _DAY
    end = pd.to_datetime(truces["end"])
    drawn_end = _drawn_end(truces)
    begun = starts.notna() & (starts < hi_end)
    shown = begun & (drawn_end.isna() | (drawn_end > lo))
    unreported = begun & ~shown & (end.isna() | (end > lo)) & lapsed(truces, lo)
    out = pd.Series("", index=truces.index, dtype=object)
    out[shown] = "shown"
    out[unreported] = "unreported"
    return out


def _truce_frame(truces: pd.DataFrame, lo: pd.Timestamp, hi_end: pd.Timestamp) -> pd.DataFrame:
    """The bands of the truces the range shows: one per truce, or two when the events say it probably broke
    (a presumed violation) while the report says otherwise: its reported status up to that violation,
    "probably broken" after it (never "held" after a violation; a certain one ends the band)."""
    hi = hi_end - _DAY
    scope = truce_scope(truces, lo, hi)
    stale = lapsed(truces, hi)
    drawn_end = _drawn_end(truces)
    rows = []
    for (_, t), in_range, gone, stop in zip(truces.iterrows(), scope, stale, drawn_end):
        if in_range != "shown":
            continue
        start, end = t.get("start"), t.get("end")
        open_ended = end is None or pd.isna(end)
        shown_end = hi_end if pd.isna(stop) else min(stop, hi_end)
        parties = " – ".join(p for p in (_text(t.get("actor1")), _text(t.get("actor2"))) if p)
        violations = t.get("violations") or []
        last, until = t.get("last_evidence"), t.get("evidence_until")
        if last is None or pd.isna(last):
            last_text = "—"
        elif gone:
            last_text = f"no report since {last:%d %b %Y} (drawn to {until:%d %b %Y})"
        else:
            last_text = f"last {last:%d %b %Y}"
        status = _text(t.get("status")) or "unknown"
        certain, every = _violation_moments(t)
        disputed = events_verdict(t) in ("broken", "probably broken")  # the report says otherwise
        x0 = max(start, lo)
        x_end = max(shown_end, start + pd.Timedelta(hours=1))
        segments = [(x0, x_end, status)]
        if disputed and every[0] < x_end:
            cut = max(every[0], x0)
            segments = [seg for seg in ((x0, cut, status), (cut, x_end, "probably broken")) if seg[1] > seg[0]]
        common = {
            "start_at": start,
            "truce_status": status,
            "status_text": status_words(t, bool(gone)),
            "status_phrase": status_words(t, bool(gone), days=False),  # what the subtitle counts
            "status_short": status_short(t),  # its label's word
            "truce": _text(t.get("event_id")),
            "parties": parties or "(not named)",
            "mediator": _text(t.get("mediator")) or "—",
            "start_text": _fmt(start, bool(t.get("start_approximate"))),
            "end_text": "open-ended / not stated" if open_ended else _fmt(end, bool(t.get("end_approximate"))),
            "location": _text(t.get("location")) or "(any place)",
            "extends": _text(t.get("extends")) or "—",
            "violations_text": ", ".join(violations) if len(violations) else "none",
            "last_text": last_text,
            "stale": bool(gone),
            "evidence": _text(t.get("evidence")),
        }
        for k, (a, b, drawn_as) in enumerate(segments):
            rows.append({"x": a, "x2": b, "status": drawn_as, "first": k == 0, **common})
    return pd.DataFrame(rows)


def _label_lanes(bands: pd.DataFrame, day_px: float, with_year: bool) -> tuple[list[int | None], list[str]]:
    """Each band's label line (None: no room, counted on the label before it as "+N more") and label text.

    Bands in order of ``x``; a line is taken until the band ends and its label is past (a label is
    :func:`label_px` wide at ``day_px`` pixels a day, its "+N more" included); at most
    :data:`MAX_LABEL_LANES` lines.
    """
    texts = [f"{pd.Timestamp(x):%d %b{' %Y' if with_year else ''}} {s_}"
             for x, s_ in zip(bands["start_at"], bands["status_short"])]
    base = list(texts)
    more = [0] * len(texts)
    lanes: list[pd.Timestamp] = []  # each line's end: where the next label may start
    out: list[int | None] = []
    last: tuple[int, int] | None = None  # the latest label placed and its line: a band without room is counted on it
    xs, x2s = list(bands["x"]), list(bands["x2"])

    def busy(i: int) -> pd.Timestamp:
        return max(x2s[i], xs[i] + pd.Timedelta(days=label_px(texts[i]) / day_px))

    for i, x0 in enumerate(xs):
        lane = next((k for k, end in enumerate(lanes) if end <= x0), None)
        if lane is None and len(lanes) < MAX_LABEL_LANES:
            lane = len(lanes)
            lanes.append(x0)
        if lane is not None:
            lanes[lane] = busy(i)
            last = (i, lane)
        elif last is not None:  # no band has been placed since ``last``: its line may grow with its text
            j, on = last
            more[j] += 1
            texts[j] = f"{base[j]} +{more[j]} more"
            lanes[on] = max(lanes[on], busy(j))
        out.append(lane)
    return out, texts


_TRUCE_TOOLTIP = [
    alt.Tooltip("status_text:N", title="Truce status"),
    alt.Tooltip("status:N", title="Drawn as"),
    alt.Tooltip("parties:N", title="Parties"),
    alt.Tooltip("mediator:N", title="Mediator"),
    alt.Tooltip("start_text:N", title="Start"),
    alt.Tooltip("end_text:N", title="End"),
    alt.Tooltip("location:N", title="Place"),
    alt.Tooltip("extends:N", title="Extends"),
    alt.Tooltip("violations_text:N", title="Violations"),
    alt.Tooltip("last_text:N", title="Reports"),
    alt.Tooltip("evidence:N", title="Evidence"),
    alt.Tooltip("truce:N", title="Event id"),
]


def _truce_layers(bands: pd.DataFrame, x_scale: alt.Scale, day_px: float,
                  with_year: bool) -> tuple[list[alt.Chart], int]:
    """The bands, their status strip and their labels; and how far down (px) the lowest label line's middle is."""
    # every status in the legend (held, in force, broken…), not only those shown now
    # every status in the legend (held, in force, broken…), not only those shown now, each its own colour
    statuses = [s for s in LEGEND_ORDER if s in TRUCE_STATUS_COLORS] + sorted(set(bands["status"]) - set(LEGEND_ORDER))
    scale = alt.Scale(domain=statuses, range=[TRUCE_STATUS_COLORS.get(s, TRUCE_STATUS_COLORS["unknown"])
                                              for s in statuses])
    x = alt.X("x:T", scale=x_scale, title=None)
    band = alt.Chart(bands).mark_rect(opacity=0.18, clip=True).encode(
        x=x, x2="x2:T",
        color=alt.Color("status:N", scale=scale, legend=None),
        tooltip=_TRUCE_TOOLTIP,
    )
    # the legend from the strip: its swatches in the colours themselves, not the bands' pale tint
    strip = alt.Chart(bands).mark_rect(opacity=0.9, clip=True).encode(
        x=x, x2="x2:T", y=alt.value(0), y2=alt.value(7),
        color=alt.Color("status:N", scale=scale, legend=alt.Legend(title="Truce", orient="bottom", columns=3, labelLimit=0)),
        tooltip=_TRUCE_TOOLTIP,
    )
    # overlapping truces get a label each, on its own line, as long as there is room (:func:`_label_lanes`); a truce
    # drawn in two parts is labelled once, its line busy to the end of both
    whole = bands.groupby("truce", sort=False)["x2"].max()
    bands = bands[bands["first"]].assign(x2=lambda b: b["truce"].map(whole))
    bands = bands.sort_values(["x", "start_at"], kind="stable")
    lanes, texts = _label_lanes(bands, day_px, with_year)
    labelled = bands.assign(lane=lanes, label=texts)
    labelled = labelled[labelled["lane"].notna()]
    labelled = labelled.assign(lane_y=[20 + 13 * int(lane) for lane in labelled["lane"]]).drop(columns="lane")
    text = alt.Chart(labelled).mark_text(align="left", baseline="middle", dx=3, fontSize=10, color="#222222",
                                         clip=True).encode(x=x, y=alt.value(0), yOffset=alt.YOffset("lane_y:Q", scale=None),
                                                           text="label:N", tooltip=_TRUCE_TOOLTIP)
    return [band, strip, text], int(labelled["lane_y"].max()) if len(labelled) else 0


def _violation_frame(events: pd.DataFrame, truces: pd.DataFrame, lo: pd.Timestamp,
                     hi_end: pd.Timestamp) -> pd.DataFrame:
    if "violations" not in truces.columns or "event_id" not in events.columns:
        return pd.DataFrame()
    by_id = {_text(r.get("event_id")): r for r in events.to_dict("records")}
    rows = []
    for t in truces.to_dict("records"):
        uncertain = set(t.get("uncertain_violations") or [])
        # the build's moment of each violation inside the truce (pipeline.truces)
        for vid, at in zip(t.get("violations") or [], t.get("violation_at") or []):
            ev = by_id.get(vid)
            if ev is None or at is None or pd.isna(at) or not lo <= at < hi_end:
                continue
            day_from = _text(ev.get("date_from")) or _text(ev.get("event_date"))
            day_to = _text(ev.get("date_to"))
            actors = " – ".join(a for a in (_text(ev.get("actor1")), _text(ev.get("actor2"))) if a)
            rows.append({
                "x": at,
                "violation": vid,
                "truce": _text(t.get("event_id")),
                "when": (day_from if day_to in ("", day_from) else f"{day_from} – {day_to}")
                        + (f" {_text(ev.get('time_from')) or _text(ev.get('part_of_day'))}".rstrip()),
                "what": " / ".join(p for p in (_text(ev.get("event_type")), _text(ev.get("sub_event_type"))) if p),
                "actors": actors or "(not named)",
                "location": _text(ev.get("location")),
                "fatalities": _text(ev.get("fatalities")) or "0",
                "certainty": "presumed (same day, time unknown)" if vid in uncertain else "after the truce start",
                "evidence": _text(ev.get("evidence")),
            })
    return pd.DataFrame(rows)


def _violation_layers(marks: pd.DataFrame, x_scale: alt.Scale) -> list[alt.Chart]:
    tooltip = [
        alt.Tooltip("violation:N", title="Violation"),
        alt.Tooltip("truce:N", title="Of truce"),
        alt.Tooltip("when:N", title="When"),
        alt.Tooltip("what:N", title="Event"),
        alt.Tooltip("actors:N", title="Actors"),
        alt.Tooltip("location:N", title="Place"),
        alt.Tooltip("fatalities:N", title="Fatalities"),
        alt.Tooltip("certainty:N", title="Timing"),
        alt.Tooltip("evidence:N", title="Evidence"),
    ]
    x = alt.X("x:T", scale=x_scale, title=None)
    rule = alt.Chart(marks).mark_rule(color=VIOLATION_COLOR, strokeWidth=2, strokeDash=[4, 2], clip=True).encode(
        x=x, tooltip=tooltip)
    point = alt.Chart(marks).mark_point(shape="triangle-down", filled=True, size=90, color=VIOLATION_COLOR,
                                        opacity=1, clip=True).encode(x=x, y=alt.value(12), tooltip=tooltip)
    return [rule, point]


def truces_phrase(truces: pd.DataFrame, bands: pd.DataFrame, lo: pd.Timestamp, hi: pd.Timestamp) -> list[str]:
    """The subtitle's words on the truces of a range, one part each: those drawn (``bands``), counted by their
    status in the truce table's words without the days (:func:`pipeline.truces.status_words`: "7 truces in the
    range shown: 3 broken · 2 reported extended; events say broken · 1 reported held; events say probably
    broken"), and those that may still run with no report in it ("1 earlier truce with no report since 26 Apr
    2021"); the truce table lists the same (:func:`truce_scope`)."""
    def since(rows: pd.DataFrame) -> str:
        last = pd.to_datetime(rows["last_evidence"]).max() if "last_evidence" in rows.columns else pd.NaT
        return f"no report since {last:%d %b %Y}" if not pd.isna(last) else "no report since"

    scope = truce_scope(truces, lo, hi) if len(truces) else pd.Series([], dtype=object)
    earlier = truces[scope == "unreported"] if len(scope) else truces.iloc[:0]
    n = int(bands["truce"].nunique()) if len(bands) else 0
    later = f"{len(earlier)} earlier truce{'s' if len(earlier) != 1 else ''} with {since(earlier)}"
    if not n:
        return [f"no truce reported in the range shown, {later}"] if len(earlier) else ["no truces in this period"]
    phrases = bands[bands["first"]]["status_phrase"]
    tally = phrases.value_counts(sort=False)  # in the order the bands begin, then the most frequent first
    tally = tally.iloc[sorted(range(len(tally)), key=lambda i: -tally.iloc[i])]
    parts = [f"{n} truce{'s' if n != 1 else ''} in the range shown: "
             + " · ".join(f"{count} {phrase}" for phrase, count in tally.items())]
    return parts + ([later] if len(earlier) else [])


#: Longest line of the charts' subtitles (characters): about 500 px of the 10-11 px font, so that a subtitle
#: is read whole beside the sidebar of a 1000-px window (Vega cuts a longer line with "…").
SUBTITLE_CHARS = 84


def wrap_line(text: str, width: int = SUBTITLE_CHARS) -> list[str]:
    """``text`` as lines of at most ``width`` characters, broken after " ·" (or ",") when one falls in the line's
    second half, else at a space (a word longer than the line stays whole); joined with spaces, the lines are
    ``text`` again."""
    lines: list[str] = []
    rest = text.strip()
    while len(rest) > width:
        cut = -1
        for sep in (" · ", ", ", " "):
            at = rest.rfind(sep, 0, width + 1)
            if at > (width // 4 if sep != " " else 0):
                keep = len(sep.rstrip())  # the separator stays at the line's end ("… broken ·", "… range,")
                cut, skip = at + keep, len(sep) - keep
                break
        if cut <= 0:
            at = rest.find(" ", width)
            if at < 0:
                break
            cut, skip = at, 1
        lines.append(rest[:cut])
        rest = rest[cut + skip:].strip()
    return lines + ([rest] if rest else [])


def timeline_chart(events: pd.DataFrame, truces: pd.DataFrame | None = None, date_from: Any = None,
                   date_to: Any = None, *, height: int = 220) -> alt.LayerChart:
    """Events per day, stacked by type, with truce intervals and their violations.

    Parameters
    ----------
    events : pandas.DataFrame
        Events as in :func:`daily_counts`; violations are looked up here by ``event_id``.
    truces : pandas.DataFrame, optional
        The build's truces table (``Dataset.truces``: :func:`pipeline.truces.truces_frame` of
        ``build/truces.json``). None or empty draws no truces.
    date_from, date_to : str, date or Timestamp, optional
        First and last day shown (inclusive); the x axis is exactly this window. Missing
        bounds are the data's first and last days.
    height : int, default 220
        Height in pixels; the width follows the container.

    Returns
    -------
    altair.LayerChart
        Layers: truce bands (translucent, full height, coloured by status from
        ``TRUCE_STATUS_COLORS``) and a status strip along the top; stacked daily bars
        coloured from ``EVENT_STYLE``; a dashed rule and a marker for each violation. The
        subtitle says when the window has no events or no truces. Never raises: on an
        unexpected error the chart is a message instead (and the error is logged).
    """
    try:
        return _timeline_chart(events, truces, date_from, date_to, height)
    except Exception:  # the timeline must never take the app down
        log.exception("timeline chart failed")
        return _message_chart("Timeline unavailable (see the log).", height=height)


def _timeline_chart(events: pd.DataFrame | None, truces: pd.DataFrame | None, date_from: Any, date_to: Any,
                    height: int) -> alt.LayerChart:
    events = events if events is not None else pd.DataFrame()
    truces = truces if truces is not None else truces_frame([])
    data_days = _event_days(events).dropna().tolist() if len(events) else []
    if len(truces) and "start" in truces.columns:
        data_days += [pd.Timestamp(s).normalize() for s in truces["start"].dropna()]
    lo, hi = _window(date_from, date_to, data_days)
    hi_end = hi + _DAY
    # no explicit domain (Vega-Lite warned "Conflicting scale property domain" when every layer
    # carried one): an invisible layer spans the window exactly, and every other layer lies inside it
    x_scale = alt.Scale(nice=False)
    axis = time_axis(lo, hi)

    unit = bin_for(lo, hi)  # a day's bar over years is a pixel wide: weeks, then months
    counts = daily_counts(events, lo, hi, unit)
    bands = _truce_frame(truces, lo, hi_end) if len(truces) else pd.DataFrame()
    marks = _violation_frame(events, truces, lo, hi_end) if len(bands) else pd.DataFrame()

    span = pd.DataFrame({"x": [lo, hi_end]})
    layers: list[alt.Chart] = [alt.Chart(span).mark_point(opacity=0).encode(
        x=alt.X("x:T", scale=x_scale, title=None), y=alt.value(0))]
    if len(bands):
        truce_layers, lowest_label = _truce_layers(bands, x_scale, NOMINAL_PLOT_PX / max((hi_end - lo) / _DAY, 1),
                                                   lo.year != hi.year)
        layers += truce_layers
        # the tallest bar stays under the strip, the violations' markers and the label lines (half a line each side)
        room = max(lowest_label + LABEL_HALF_PX, VIOLATION_MARK_PX) + 4
    if len(counts):
        layers.append(_bar_layer(counts, x_scale, axis, room if len(bands) else 0.0, height, unit, (lo, hi_end)))
    else:
        # an empty axis over the window, and the message in the middle
        frame = pd.DataFrame({"x": [lo, hi_end], "count": [0, 1]})
        layers.append(alt.Chart(frame).mark_point(opacity=0).encode(
            x=alt.X("x:T", scale=x_scale, title=None, axis=axis),
            y=alt.Y("count:Q", title=f"Events per {unit}", scale=alt.Scale(domain=[0, 1]))))
        note = pd.DataFrame({"message": ["No events in this period"], "x": [lo + (hi_end - lo) / 2]})
        layers.append(alt.Chart(note).mark_text(fontSize=14, color="#555555").encode(
            text="message:N", x=alt.X("x:T", scale=x_scale, title=None), y=alt.value(height / 2)))
    if len(marks):
        layers += _violation_layers(marks, x_scale)
    if len(bands):  # the truces' labels on top of the bars
        layers.append(layers.pop(next(i for i, layer in enumerate(layers) if getattr(layer, "mark", None) is not None
                                      and getattr(layer.mark, "type", layer.mark) == "text")))

    n_events = int(counts["count"].sum()) if len(counts) else 0
    parts = [f"{n_events} event{'s' if n_events != 1 else ''}" if n_events else "No events in this period"]
    if n_events:
        parts[0] += outside_note(counted_outside(events, lo, hi))
    parts += truces_phrase(truces, bands, lo, hi)
    title = alt.TitleParams(f"Events per {unit} and truces, {lo:%d %b %Y} – {hi:%d %b %Y}",
                            subtitle=[line for part in parts for line in wrap_line(part)], anchor="start",
                            fontSize=13)
    # fit the width to the container but keep ``height`` for the plot itself (legends below it
    # would otherwise eat into it)
    chart = alt.LayerChart(layer=layers).properties(  # no layer has a facet channel: a LayerChart (as _message_chart)
        width="container", height=height, title=title, autosize=alt.AutoSizeParams(type="fit-x", contains="padding"))
    return chart.resolve_scale(color="independent")


# ---------------------------------------------------------------------------------------
# per-day charts for the analyst: events or fatalities, by type or by actor
# ---------------------------------------------------------------------------------------

def per_day(events: pd.DataFrame, date_from: Any = None, date_to: Any = None, measure: str = "events",
            by: str = "type", unit: str = "day") -> pd.DataFrame:
    """Events or fatalities per day, by event type or by actor, inside a window.

    Parameters
    ----------
    events : pandas.DataFrame
        The filtered events (``event_date``, ``event_type``, ``actor1``, ``actor2``, ``fatalities``).
    date_from, date_to : optional
        The window (inclusive); missing bounds are the data's first and last days.
    measure : {"events", "fatalities"}
    by : {"type", "actor"}
        By actor, an event counts for each of its (one or two) named actors, so the
        actors' values do not add up to the day's total (the chart draws lines, not a stack).
    unit : {"day", "week", "month"}
        Per day, or per week or month (``day`` is then the bin's first day, :func:`bin_start`).

    Returns
    -------
    pandas.DataFrame
        ``day`` (datetime64), ``group`` (the type's legend label or the actor's name),
        ``value`` (int); one row per day and group with a non-zero value; days with none are absent.
    """
    cols = {"day": pd.Series(dtype="datetime64[ns]"), "group": pd.Series(dtype=object),
            "value": pd.Series(dtype="int64")}
    if events is None or len(events) == 0:
        return pd.DataFrame(cols)
    lo, hi = _window(date_from, date_to, _event_days(events).dropna().tolist())
    days = bin_start(counted_days(events, lo, hi), unit)  # each shown event once, even one dated outside the window
    value = (pd.to_numeric(_column(events, "fatalities"), errors="coerce").fillna(0).astype(int)
             if measure == "fatalities" else pd.Series(1, index=events.index))
    if by == "actor":
        parts = []
        for col in ("actor1", "actor2"):
            parts.append(pd.DataFrame({"day": days, "group": _column(events, col).map(_text), "value": value}))
        frame = pd.concat(parts)
        frame = frame[frame["group"] != ""]
    else:
        frame = pd.DataFrame({"day": days, "group": _column(events, "event_type").map(
            lambda t: _type_style(_text(t) or "Other")["label"]), "value": value})
    frame = frame[frame["day"].notna()]
    if frame.empty:
        return pd.DataFrame(cols)
    out = frame.groupby(["day", "group"], sort=True)["value"].sum().reset_index()
    out = out[out["value"] > 0].reset_index(drop=True)
    out["day"] = out["day"].astype("datetime64[ns]")
    out["value"] = out["value"].astype("int64")
    return out


def per_day_chart(events: pd.DataFrame, date_from: Any = None, date_to: Any = None, measure: str = "events",
                  by: str = "type", height: int = 260) -> alt.Chart | alt.LayerChart:
    """:func:`per_day` as a chart: stacked bars by type (they add up), lines by actor (they overlap);
    a message (a layer chart) when the period has none."""
    lo, hi = _window(date_from, date_to, _event_days(events).dropna().tolist() if len(events) else [])
    unit = bin_for(lo, hi)  # as the timeline below it
    data = per_day(events, lo, hi, measure, by, unit)
    noun = "Fatalities" if measure == "fatalities" else "Events"
    outside = counted_outside(events, lo, hi)
    # lines short enough for the narrow column beside the map (a long subtitle is cut with "…")
    lines = ["an event counts for each of its actors" if by == "actor" else
             f"{int(data['value'].sum())} in {lo:%d %b{' %Y' if lo.year != hi.year else ''}} – {hi:%d %b %Y}"]
    if outside:
        lines += [f"incl. {outside} event{'s' if outside != 1 else ''} dated outside the range,",
                  f"counted on {'its' if outside == 1 else 'their'} nearest day in it"]
    title = alt.TitleParams(f"{noun} per {unit} by {'event type' if by == 'type' else 'actor'}",
                            subtitle=lines if len(lines) > 1 else lines[0], anchor="start", fontSize=13)
    if data.empty:
        return _message_chart(f"No {noun.lower()} in this period", height=height).properties(title=title)
    data["day_text"] = bin_text(data["day"], unit)
    x0, x2 = _bin_span(data["day"], unit, lo, hi + _DAY)
    data["x"] = x0 + (x2 - x0) / 2  # each day's (week's, month's) mark in the middle of its part of the range
    # the axis is the range's days and no more: no "nice" rounding out to the next year's tick (a 2027 tick with
    # the December 2026 bars on it), no padding (Vega widens the domain for a bar chart's padding), nor a tick at
    # the midnight after its last day
    last = hi + _DAY - pd.Timedelta(minutes=1)
    x = alt.X("x:T", title=None, scale=alt.Scale(domain=[_alt_datetime(lo), _alt_datetime(last)], nice=False, padding=0),
              axis=time_axis(lo, hi))
    y = alt.Y("value:Q", title=f"{noun} per {unit}", axis=alt.Axis(tickMinStep=1), stack=by == "type")
    tooltip = [alt.Tooltip("day_text:N", title=unit.capitalize()),
               alt.Tooltip("group:N", title="Type" if by == "type" else "Actor"), alt.Tooltip("value:Q", title=noun)]
    if by == "type":
        labels = [s["label"] for s in EVENT_STYLE.values()]
        domain = [g for g in labels if g in set(data["group"])] + sorted(set(data["group"]) - set(labels))
        colors = [next((s["color"] for s in EVENT_STYLE.values() if s["label"] == g), DEFAULT_EVENT["color"])
                  for g in domain]
        color = alt.Color("group:N", scale=alt.Scale(domain=domain, range=colors),
                          legend=alt.Legend(title=None, orient="bottom", columns=1, labelLimit=0))
        if unit != "day":  # a week's or a month's bar as wide as its part of the range, stacked by hand (x and x2)
            data["x"], data["x2"] = x0, x2
            data["order"] = data["group"].map({g: i for i, g in enumerate(domain)})
            data = data.sort_values(["day", "order"], kind="stable")
            data["y1"] = data.groupby("day")["value"].cumsum()
            data["y0"] = data["y1"] - data["value"]
            return alt.Chart(data).mark_bar().encode(
                x=x, x2="x2:T", y=alt.Y("y0:Q", title=f"{noun} per {unit}", axis=alt.Axis(tickMinStep=1)), y2="y1:Q",
                color=color, tooltip=tooltip).properties(width="container", height=height, title=title)
        mark = alt.Chart(data).mark_bar(size=14)
    else:
        color = alt.Color("group:N", legend=alt.Legend(title=None, orient="bottom", columns=1, labelLimit=0))
        mark = alt.Chart(data).mark_line(point=True, strokeWidth=2)
    return mark.encode(x=x, y=y, color=color, tooltip=tooltip).properties(width="container", height=height,
                                                                          title=title)


def truce_table(truces: pd.DataFrame, as_of: Any = None, only: Any = None) -> pd.DataFrame:
    """The truces as an analyst reads them: status first, dates as days, parties and place in
    words, the truce it extends by its start and place (no internal ids), the number of violations;
    no flags, no "None".

    Parameters
    ----------
    truces : pandas.DataFrame
        The build's truces table.
    as_of : str, date or Timestamp, optional
        The day the statuses speak of (the range's end): a truce with no report for
        :data:`pipeline.evidence.STALE_EVIDENCE_DAYS` before it reads "no report since 26 Apr 2021
        (held until then)" and ended "not known" (:func:`pipeline.truces.lapsed`), not held or
        in force. None: the statuses as reported. Each status is one phrase (:func:`status_words`: "broken (a
        violation on 25 Apr 2021)", "reported held; events say probably broken on 26 Apr 2021"), and a truce
        the events say broke is never "in force" (ended "not known" when no certain violation ended it).
    only : boolean array-like, optional
        The rows to list (as ``truces``; e.g. ``truce_scope(...) != ""``); the truces they extend are
        named whether listed or not.

    Returns
    -------
    pandas.DataFrame
        Columns ``status``, ``start``, ``planned end``, ``ended``, ``parties``, ``mediator``, ``place``,
        ``extends``, ``violations``; sorted by start.
    """
    columns = ["status", "start", "planned end", "ended", "parties", "mediator", "place", "extends", "violations"]
    if truces is None or len(truces) == 0:
        return pd.DataFrame(columns=columns)
    label = {r["event_id"]: f"{_fmt(r['start'])} · {_text(r.get('location'))}".strip(" ·")
             for r in truces.to_dict("records")}
    stale = lapsed(truces, as_of) if as_of is not None else pd.Series(False, index=truces.index)
    frame = truces.assign(_stale=stale.to_numpy())
    if only is not None:
        frame = frame[pd.Series(only, index=truces.index).fillna(False).astype(bool)]
    if frame.empty:
        return pd.DataFrame(columns=columns)
    rows = []
    for r in frame.sort_values("start").to_dict("records"):
        start, end, actual = r.get("start"), r.get("end"), r.get("actual_end")
        planned = "open-ended" if end is None or pd.isna(end) else _fmt(end, bool(r.get("end_approximate")))
        said_broken = "broken" in (_text(r.get("status")), _text(r.get("status_computed")))
        if r["_stale"]:
            ended = "not known"
        elif actual is None or pd.isna(actual):  # never "in force" beside "broken": a presumed violation only
            ended = "not known" if said_broken else "in force" if r.get("status") in ("held", "in force") else ""
        elif start is not None and not pd.isna(start) and pd.Timestamp(actual).normalize() == pd.Timestamp(start).normalize():
            ended = "the day it began"
        else:
            ended = f"{pd.Timestamp(actual):%d %b %Y}"
        rows.append({
            "status": status_words(r, bool(r["_stale"])),
            "start": _fmt(start, bool(r.get("start_approximate"))),
            "planned end": planned, "ended": ended,
            "parties": " – ".join(p for p in (_text(r.get("actor1")), _text(r.get("actor2"))) if p) or "not named",
            "mediator": _text(r.get("mediator")),
            "place": _text(r.get("location")),
            "extends": label.get(_text(r.get("extends")), ""),
            "violations": len(r.get("violations") or []),
        })
    return pd.DataFrame(rows, columns=columns)
