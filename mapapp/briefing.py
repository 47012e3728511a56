"""The briefing page: one HTML page for the Briefing view, the PNG and the A4 PDF.

What an analyst puts on a morning slide, laid out so that nothing covers the map:

- a header with an editable title and caption (each ``dir="auto"``: Arabic or English), the date
  range, the zones' date and the counts (with "N events without a map point" when the map cannot
  draw some of them: :mod:`mapapp.unplaced`), and, when a filter besides the dates is on, the filter
  line (:func:`filter_text`: which filters, and how many of the period's events they leave);
  the page's ``<title>`` (the PDF's title) is the title and period; the counts say how many
  events are unreviewed ("4 of 36 unreviewed");
- the map (the user's current view when its bounds are given), with a scale bar and a
  north arrow;
- under the map, the **key events** in words (:func:`key_events_html`): at most :data:`KEY_EVENTS`
  lines, most killed first, then the violent types, then newest, each "date (part of day) · place
  (approx.) · type / sub-type · actors · killed, injured · N reports from M outlets · status", and
  "… and K more (in the Events table and the ACLED CSV download)"; the app takes them from the store's query
  (:meth:`mapapp.store.EventStore.key_events`);
- a side panel with the legend, a locator inset (the shipped Syria–Turkey border, the
  governorate's towns and a rectangle for the map's extent), the areas that changed hands,
  and the sources, each outlet once with the number of events it reports ("Kurdistan 24 (6)"; low-trust
  sources, ``curated/outlets.tsv``, after the others and marked "(7, low trust)"), led by "all sources are
  partisan: AANES-aligned" when every event shown is reported only by partisan outlets;
- a footer with the generation time and, only when map tiles were actually drawn, the
  tile credit.

The page sets ``document.body.dataset.ready = "1"`` (and ``window.qmapReady``) once the map
is drawn: layers added, labels placed, tiles loaded or failed (or a few seconds passed).
:mod:`mapapp.printing` waits for that signal instead of guessing a time.

Nothing here imports Streamlit; :mod:`mapapp.briefing_view` shows the page in the app.
"""

from __future__ import annotations

import datetime as dt
import html
import json
import logging
import math
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import folium
import numpy as np
import pandas as pd
from branca.element import Element, MacroElement
from jinja2 import Template

from pipeline.acled_vocab import VIOLENT_TYPES
from pipeline.outlets import source_outlets

from . import mapview, unplaced, verbatim
from .daterange import zones_as_of
from .eventstable import place_label
from .feedview import short_actor
from .reportwords import BACKGROUND_NOTE, sourcing_words
from .store import Counts

log = logging.getLogger(__name__)
#: How long the page waits for tiles before it says it is drawn anyway (ms).
TILE_WAIT_MS = 6000
#: The default title of a briefing.
DEFAULT_TITLE = "Qamishli: control zones and events"


def source_counts(events: pd.DataFrame) -> list[tuple[str, int]]:
    """Each outlet once, with the number of shown events it reports, most first.

    An event counts once for each outlet that reports it (the build's ``reporting_outlets``,
    :func:`pipeline.sourcing.event_sourcing`: an outlet's Arabic and English editions are one
    outlet, and an outlet a curated row cites only as background reports nothing); a build
    before that field: each outlet of its ``source``.
    """
    counts: Counter[str] = Counter()
    if events.empty:
        return []
    for names in _reporting(events):
        counts.update(names)
    return sorted(counts.items(), key=lambda kv: (-kv[1], kv[0].lower()))


def _reporting(events: pd.DataFrame) -> list[list[str]]:
    """Each event's outlets that report it (``reporting_outlets``; ``source`` in a build without it)."""
    if "reporting_outlets" not in events:
        return [source_outlets(s) for s in events["source"].dropna()]
    return [list(v) if isinstance(v, list | tuple | np.ndarray) else source_outlets(src)
            for v, src in zip(events["reporting_outlets"], events["source"])]


def background_only(events: pd.DataFrame) -> list[str]:
    """The outlets that curated rows of ``events`` cite only as background (``background_outlets``) and
    that report none of them: named on the sources line apart, never counted as reporting."""
    if events.empty or "background_outlets" not in events:
        return []
    reporting = {name for names in _reporting(events) for name in names}
    found: dict[str, None] = {}
    for v in events["background_outlets"]:
        if isinstance(v, list | tuple | np.ndarray):
            found.update(dict.fromkeys(str(x) for x in v if str(x) not in reporting))
    return sorted(found, key=str.lower)


#: How a low-trust source is marked on the sources line (after its count: "(7, low trust)").
LOW_TRUST = "low trust"


def _piece(name: str, n: int, weak: bool) -> str:
    """An outlet on the sources line: ``"Kurdistan 24 (1)"``, ``"forum.nef2.com (tag pages) (7, low trust)"``
    (the count in brackets, never run into the name)."""
    return f"{name} ({n}, {LOW_TRUST})" if weak else f"{name} ({n})"


def _fit(items: list[tuple[str, int]], budget: int, weak: bool) -> tuple[list[tuple[str, bool]], str]:
    """``items`` as pieces (``"name (n)"``, ``"name (n, low trust)"`` when ``weak``) until ``budget`` characters
    (the first always), and the tail counting the rest (``"+ 3 more outlets (1–2 events each)"``)."""
    shown: list[tuple[str, bool]] = []
    used = 0
    for k, (name, n) in enumerate(items):
        piece = _piece(name, n, weak)
        if shown and used + len(piece) + 3 > budget:
            rest = items[k:]
            lo, hi = min(c for _, c in rest), max(c for _, c in rest)
            span = f"{lo}" if lo == hi else f"{lo}–{hi}"
            kind = "low-trust outlet" if weak else "outlet"
            return shown, (f"+ {len(rest)} more {kind}{'s' if len(rest) != 1 else ''} "
                           f"({span} event{'s' if hi != 1 else ''} each)")
        shown.append((piece, weak))
        used += len(piece) + 3
    return shown, ""


def _source_pieces(items: list[tuple[str, int]], low: frozenset[str] | set[str],
                   budget: int) -> list[tuple[str, bool]]:
    """The sources line as ``(piece, low trust?)`` pieces.

    The other outlets first (most-reporting first), then the low-trust ones (``low``), each
    marked "(7, low trust)", so a forum's tag pages are never read as one of the agencies.
    Within ``budget`` characters: the low-trust outlets are named even when the others are
    too many to list (up to half the budget), the outlets left out are counted.
    """
    normal = [kv for kv in items if kv[0] not in low]
    weak = [kv for kv in items if kv[0] in low]
    weak_len = sum(len(_piece(name, n, True)) + 3 for name, n in weak)
    shown_weak, weak_tail = _fit(weak, min(weak_len, budget // 2), True)
    room = budget - sum(len(p) + 3 for p, _ in shown_weak) - (len(weak_tail) + 3 if weak_tail else 0)
    shown, tail = _fit(normal, room, False)
    return (shown + ([(tail, False)] if tail else []) + shown_weak
            + ([(weak_tail, True)] if weak_tail else []))


def sources_text(items: list[tuple[str, int]], budget: int = 330, low: frozenset[str] | set[str] = frozenset()) -> str:
    """``"Syrian Observatory for Human Rights (12) · Shafaq News (9) · … + 14 more outlets (1–2 events each)"``.

    Outlets are listed most-reporting first until ``budget`` characters; the rest are
    counted, so the line fits a slide (the full list is in the Events table and the CSV).
    The outlets in ``low`` (low trust) come after the others, each marked "(7, low trust)".
    """
    if not items:
        return "none (no event shown)"
    return " · ".join(p for p, _ in _source_pieces(items, low, budget))


def sources_html(items: list[tuple[str, int]], budget: int = 330, low: frozenset[str] | set[str] = frozenset()) -> str:
    """:func:`sources_text` as HTML (every name escaped here, at the sink): the low-trust sources in a
    ``<span class="qlow">`` (grey, italic) after the others."""
    e = html.escape
    if not items:
        return e(sources_text(items))
    return " · ".join(f'<span class="qlow">{e(p)}</span>' if weak else e(p) for p, weak in _source_pieces(items, low, budget))


@dataclass(frozen=True)
class Briefing:
    """What one briefing shows besides the map's layers.

    Attributes
    ----------
    title, caption : str
        Editable by the analyst (the caption may be empty).
    date_from, date_to : date
        The filter's range; zones are drawn as of ``date_to``.
    bounds : tuple or None
        ``(south, west, north, east)`` of the user's view; None = the default view.
    generated : datetime
        When the page was made (UTC).
    built_at : str
        The build's time (``manifest.json``).
    changes : list of str
        The "changed hands" lines (:func:`mapapp.mapview.zone_changes`).
    low_trust : frozenset of str
        The outlets of low trust (the build's ``outlets.json``): listed last on the sources line, marked.
    zones_evidence : str or None
        ``zones.geojson``'s ``latest_evidence``.
    filters : tuple of str
        The filters on besides the dates, in words (:func:`mapapp.filters.describe`); empty = none.
    period_total : int or None
        How many events the period holds with no other filter (for "10 of 34 events in the period").
    """

    title: str
    caption: str
    date_from: dt.date
    date_to: dt.date
    bounds: tuple[float, float, float, float] | None = None
    generated: dt.datetime = field(default_factory=lambda: dt.datetime.now(dt.UTC))
    built_at: str = ""
    changes: tuple[str, ...] = ()
    low_trust: frozenset[str] = frozenset()
    #: The latest day the zones' evidence speaks of (``zones.geojson``); the header says when ``as_of`` is later.
    zones_evidence: str | None = None
    filters: tuple[str, ...] = ()
    period_total: int | None = None

    @property
    def as_of(self) -> dt.date:
        return self.date_to

    @property
    def span(self) -> str:
        """"19 Apr 2021 – 26 Apr 2021" (one day once)."""
        return (f"{self.date_from:%d %b %Y}" if self.date_from == self.date_to
                else f"{self.date_from:%d %b %Y} – {self.date_to:%d %b %Y}")

    @property
    def filtered(self) -> bool:
        return bool(self.filters)


def filter_text(b: Briefing, shown: int) -> str:
    """The briefing's filter line: "Filtered: Battles · NDF · reviewed only · high confidence — 10 of 34
    events in the period"; "" when no filter is on (the dates are in the header already)."""
    if not b.filters:
        return ""
    of = f"{shown} of {b.period_total}" if b.period_total is not None else f"{shown}"
    n = b.period_total if b.period_total is not None else shown
    return f"Filtered: {' · '.join(b.filters)} — {of} event{'s' if n != 1 else ''} in the period"


# --------------------------------------------------------------------------- key events

#: How many events the "Key events" list names at most (the rest are counted: "… and 4 more").
KEY_EVENTS = 8
#: The list's order in words (on the page, beside its heading).
KEY_ORDER = "most killed first, then battles, explosions and violence against civilians, then newest"


def key_events(events: pd.DataFrame, limit: int = KEY_EVENTS) -> tuple[pd.DataFrame, int]:
    """The ``limit`` most important of ``events`` and how many there are (:data:`KEY_ORDER`).

    Most killed first; at the same toll the violent types (battles, explosions/remote violence,
    violence against civilians) before the others; then newest first by when they began
    (``date_from``, ``time_from``, ``date_to``); ties later rows first.
    :meth:`mapapp.store.EventStore.key_events` is the same order as a query (the app uses it).

    Returns
    -------
    (DataFrame, int)
        The listed events, in order, and ``len(events)``.
    """
    if events.empty:
        return events, 0
    dead = pd.to_numeric(events["fatalities"], errors="coerce").fillna(0).to_numpy()
    violent = events["event_type"].isin(VIOLENT_TYPES).to_numpy()

    def text(col: str) -> list[str]:
        if col not in events:
            return [""] * len(events)
        return [str(v)[:10] if col != "time_from" and v is not None and v == v else
                (v if isinstance(v, str) else "") for v in events[col]]

    start = [" ".join(t) for t in zip(text("date_from"), text("time_from"), text("date_to"))]
    order = sorted(range(len(events)), key=lambda i: (dead[i], violent[i], start[i], i), reverse=True)
    return events.iloc[order[:limit]], len(events)


def _count(v) -> int:
    try:
        n = float(v)
    except (TypeError, ValueError):
        return 0
    return int(n) if n == n else 0


def _flag(v) -> bool:
    """A yes/no column's value (bool, numpy bool, 0/1); missing is no."""
    try:
        return bool(v) and v == v
    except (TypeError, ValueError):  # pd.NA
        return False


def _day(v) -> dt.date | None:
    if v is None or (isinstance(v, float) and v != v):
        return None
    try:
        return dt.date.fromisoformat(str(v)[:10])
    except ValueError:
        return None


def _days_text(a: dt.date | None, b: dt.date | None) -> str:
    """"4 May 2021", "20–21 Apr 2021", "30 Apr – 2 May 2021", "30 Dec 2020 – 2 Jan 2021"."""
    if a is None:
        return "date unknown"
    if b is None or b == a:
        return f"{a.day} {a:%b %Y}"
    if (a.year, a.month) == (b.year, b.month):
        return f"{a.day}–{b.day} {b:%b %Y}"
    if a.year == b.year:
        return f"{a.day} {a:%b} – {b.day} {b:%b %Y}"
    return f"{a.day} {a:%b %Y} – {b.day} {b:%b %Y}"


def key_event_line(r) -> str:
    """One event in words (plain text): "4 May 2021 (evening) · Tayy neighbourhood (approx.) · Battles / Armed
    clash · Asayish vs NDF · 2 killed, 4 injured · 4 reports from 3 outlets · confirmed"; an agreement with a
    truce status says it as its popup does ("truce: reported held; events say probably broken on 26 Apr 2021
    (1 violation)", :func:`mapapp.mapview.truce_line`).

    The place is the gazetteer's English name, else the name the text gives (Arabic, as the build
    gives it); "(approx.)" when the event is drawn at an approximate point. Parts the event lacks
    (time of day, actors, a toll) are left out.
    """
    when = _days_text(_day(r.get("date_from") if r.get("date_from") is not None else r.get("event_date")),
                      _day(r.get("date_to")))
    time, part = r.get("time_from"), r.get("part_of_day")
    if isinstance(time, str) and time.strip():
        when += f" ({time.strip()})"
    elif isinstance(part, str) and part.strip():
        when += f" ({part.strip()})"
    place = place_label(r.get("location"), r.get("unresolved_name"))
    if _flag(r.get("approximate")):
        place += " (approx.)"
    etype, sub = str(r.get("event_type") or "Event"), r.get("sub_event_type")
    what = f"{etype} / {sub}" if isinstance(sub, str) and sub.strip() and sub != etype else etype
    a1, a2 = short_actor(r.get("actor1")), short_actor(r.get("actor2"))
    actors = " vs ".join(a for a in (a1 or ("unnamed attacker" if a2 else ""), a2) if a)
    killed, injured = _count(r.get("fatalities")), _count(r.get("injuries"))
    toll = ", ".join(t for t in (f"{killed} killed" if killed else "", f"{injured} injured" if injured else "") if t)
    sourced = sourcing_words(r)  # the build's counts (pipeline.sourcing), as every view says them
    status = r.get("review_status")
    status = status if isinstance(status, str) and status else "unreviewed"
    truce = mapview.truce_line(r)  # an agreement's status, in its popup's words
    return " · ".join(p for p in (when, place, what, actors, toll, truce, sourced, status) if p)


def key_events_html(top: pd.DataFrame, total: int) -> str:
    """The "Key events" block: its heading with :data:`KEY_ORDER`, one line an event (each ``dir="auto"``, every
    string escaped here) and "… and K more (in the Events table and the ACLED CSV download)" when ``total`` exceeds the lines."""
    e = html.escape
    head = f'<div id="qkey"><b>Key events</b> <small>({e(KEY_ORDER)})</small>'
    if not total:
        return head + '<ul><li dir="auto">No event in this period under these filters.</li></ul></div>'
    items = "".join(f'<li dir="auto">{e(key_event_line(r))}</li>' for r in top.to_dict("records"))
    more = total - len(top)
    tail = f'<li class="qmore">… and {more} more (in the Events table and the ACLED CSV download)</li>' if more > 0 else ""
    return f"{head}<ul>{items}{tail}</ul></div>"


#: The height of one line of the list (px; ``#qkey``'s line-height) and where it ends (above the sources line).
KEY_LINE_PX = 15
KEY_BOTTOM = 76


def key_css(lines: int) -> str:
    """The map's bottom with the list under it, as if each of its ``lines`` (heading and "more" included) took
    one line; the page's script (:class:`PageScript`) sets it from the list's drawn height (a line wraps
    on a narrow page, as on A4) before it fits the map."""
    return f"<style>.folium-map{{bottom:{KEY_BOTTOM + 6 + 2 + KEY_LINE_PX * lines}px !important}}</style>"


def partisan_alignments(events: pd.DataFrame) -> list[str]:
    """The partisan sides (``alignments``) of the shown events when every one of them is reported only by
    partisan outlets (``partisan_only``: pro-government, AANES-aligned, opposition), sorted; else ``[]``."""
    if events.empty or "partisan_only" not in events or not events["partisan_only"].fillna(False).astype(bool).all():
        return []
    sides = {a for v in events.get("alignments", pd.Series(dtype=object)) if isinstance(v, list | tuple | np.ndarray)
             for a in v if isinstance(a, str) and a}
    return sorted(sides, key=str.lower) or ["partisan"]


def document_title(b: Briefing) -> str:
    """The page's ``<title>`` (and so the PDF's title): "Morning brief — 19 Apr 2021 – 26 Apr 2021" (plain text)."""
    return f"{b.title.strip() or DEFAULT_TITLE} — {b.span}"


def parse_bounds(value) -> tuple[float, float, float, float] | None:
    """Bounds from st_folium's ``bounds`` dict or a ``south,west,north,east`` string; None when unusable."""
    b: tuple[float, ...]  # four numbers when usable (checked below)
    try:
        if isinstance(value, dict):
            sw, ne = value.get("_southWest") or {}, value.get("_northEast") or {}
            b = (float(sw["lat"]), float(sw["lng"]), float(ne["lat"]), float(ne["lng"]))
        elif isinstance(value, str) and value:
            b = tuple(float(x) for x in value.split(","))
        else:
            return None
    except (KeyError, TypeError, ValueError):
        return None
    if len(b) != 4 or not all(math.isfinite(x) for x in b):
        return None
    s, w, n, e = b
    if not (-90 <= s < n <= 90 and -180 <= w < e <= 180):
        return None
    return (round(s, 5), round(w, 5), round(n, 5), round(e, 5))


def format_bounds(b: tuple[float, float, float, float]) -> str:
    return ",".join(f"{x:.5f}" for x in b)


# --------------------------------------------------------------------------- locator inset

INSET_W, INSET_H = 300, 170
#: The inset's window (lon/lat): Hasakah governorate's north, with the border line across it.
INSET_BOX = (39.4, 36.3, 42.5, 37.6)  # west, south, east, north


#: The inset's named places: (dx, dy, text-anchor) from the dot; the rest are dots only.
INSET_LABELS = {"qamishli": (0, -12, "middle"), "hasakah": (6, 4, "start"), "amuda": (-5, 12, "end"),
                "malikiyah": (0, 13, "middle")}


def _inset_xy(lon: float, lat: float) -> tuple[float, float]:
    w, s, e, n = INSET_BOX
    return ((lon - w) / (e - w) * INSET_W, (n - lat) / (n - s) * INSET_H)


#: The Syria overview's box in the inset (x, y, width, height; px): top left, over Turkey.
OVERVIEW = (0, 0, 92, 80)
SYRIA_OUTLINE = Path(__file__).resolve().parent.parent / "geo" / "syria_outline.geojson"


def syria_outline(path: str | Path | None = None) -> dict | None:
    """``geo/syria_outline.geojson`` (Natural Earth, cited in its properties), or None when absent."""
    p = Path(path) if path else SYRIA_OUTLINE
    try:
        return json.loads(p.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        log.warning("no Syria outline at %s: the locator inset is drawn without it", p)
        return None


def overview_svg(syria: dict | None) -> str:
    """Syria's cited outline, small, with the inset's window as a rectangle (an SVG ``<g>``).

    Drawn only from ``geo/syria_outline.geojson`` (never an invented shape): without it,
    nothing. Longitudes are scaled by cos(latitude) so the country keeps its shape.
    """
    polys: list[list] = []  # each polygon's rings (lists of [lon, lat])
    for f in (syria or {}).get("features", []):
        g = f.get("geometry") or {}
        polys += [g["coordinates"]] if g.get("type") == "Polygon" else \
            (g.get("coordinates", []) if g.get("type") == "MultiPolygon" else [])
    rings = [ring for poly in polys for ring in poly]
    if not rings:
        return ""
    lons = [x for r in rings for x, _ in r]
    lats = [y for r in rings for _, y in r]
    w0, s0, e0, n0 = min(lons), min(lats), max(lons), max(lats)
    k = math.cos(math.radians((s0 + n0) / 2))
    ox, oy, ow, oh = OVERVIEW
    pad = 5
    scale = min((ow - 2 * pad) / ((e0 - w0) * k), (oh - 2 * pad) / (n0 - s0))
    dx = ox + (ow - (e0 - w0) * k * scale) / 2
    dy = oy + (oh - (n0 - s0) * scale) / 2

    def xy(lon: float, lat: float) -> tuple[float, float]:
        return dx + (lon - w0) * k * scale, dy + (n0 - lat) * scale

    d = " ".join("M" + " L".join(f"{x:.1f},{y:.1f}" for x, y in (xy(lon, lat) for lon, lat in r)) + " Z"
                 for r in rings)
    w, s, e, n = INSET_BOX
    (x0, y0), (x1, y1) = xy(w, n), xy(e, s)
    x0, y0, x1, y1 = max(x0, ox + 1), max(y0, oy + 1), min(x1, ox + ow - 1), min(y1, oy + oh - 1)  # inside its box
    return (f'<g id="qoverview"><rect x="{ox}" y="{oy}" width="{ow}" height="{oh}" fill="#fff" stroke="#999"/>'
            f'<path class="qsyria" d="{d}" fill="#e3ddd0" stroke="#555" stroke-width="0.8" fill-rule="evenodd"/>'
            f'<rect class="qwindow" x="{x0:.1f}" y="{y0:.1f}" width="{x1 - x0:.1f}" height="{y1 - y0:.1f}" '
            'fill="none" stroke="#D55E00" stroke-width="1.5"/></g>')


def locator_svg(border: dict | None, places: dict, syria: dict | None = None) -> str:
    """The locator inset: the shipped border line, TURKEY/SYRIA, the governorate's cities and towns,
    and in its corner Syria's outline with this window marked (:func:`overview_svg`).

    The rectangle of the map's extent (``#qinset-extent``) is drawn by the page's script
    from the map's real bounds; ``data-box`` gives the inset's window for it.
    """
    parts = [f'<rect width="{INSET_W}" height="{INSET_H}" fill="#f4f1ea"/>']
    for f in (border or {}).get("features", []):
        g = f.get("geometry") or {}
        lines = [g["coordinates"]] if g.get("type") == "LineString" else g.get("coordinates", []) \
            if g.get("type") == "MultiLineString" else []
        for line in lines:
            pts = " ".join(f"{x:.1f},{y:.1f}" for x, y in (_inset_xy(lon, lat) for lon, lat in line))
            parts.append(f'<polyline points="{pts}" fill="none" stroke="#444" stroke-width="1.5" '
                         'stroke-dasharray="6,3,1.5,3"/>')
    overview = overview_svg(syria)
    parts.append(f'<text x="{OVERVIEW[2] + 8 if overview else 8}" y="16" font-size="11" fill="#555" '
                 'letter-spacing="2">TURKEY</text>')
    parts.append(f'<text x="8" y="{INSET_H - 8}" font-size="11" fill="#555" letter-spacing="2" paint-order="stroke" '
                 'stroke="#f4f1ea" stroke-width="3">SYRIA</text>')
    for f in places.get("features", []):
        p = f["properties"]
        if p.get("kind") not in ("city", "town") or p.get("lat") is None or p.get("approximate"):
            continue
        x, y = _inset_xy(p["lon"], p["lat"])
        if not (0 <= x <= INSET_W and 0 <= y <= INSET_H):
            continue
        big = p["kind"] == "city"
        parts.append(f'<circle cx="{x:.1f}" cy="{y:.1f}" r="{3 if big else 1.8}" fill="#222"/>')
        if p["place_id"] in INSET_LABELS:
            dx, dy, anchor = INSET_LABELS[p["place_id"]]
            parts.append(f'<text x="{x + dx:.1f}" y="{y + dy:.1f}" font-size="10" font-weight="600" fill="#222" '
                         f'text-anchor="{anchor}" paint-order="stroke" stroke="#f4f1ea" stroke-width="3">'
                         f'{html.escape(p["name_en"])}</text>')
    parts.append('<rect id="qinset-extent" x="0" y="0" width="0" height="0" fill="#D55E00" fill-opacity=".25" '
                 'stroke="#D55E00" stroke-width="2"/>')
    parts.append(overview)
    w, s, e, n = INSET_BOX
    return (f'<svg id="qinset" width="{INSET_W}" height="{INSET_H}" viewBox="0 0 {INSET_W} {INSET_H}" '
            f'data-box="{w},{s},{e},{n}" style="border:1px solid #999;display:block">' + "".join(parts) + "</svg>")


NORTH_ARROW = ('<svg width="30" height="44" viewBox="0 0 30 44" aria-label="north arrow">'
               '<polygon points="15,2 25,30 15,24 5,30" fill="#222"/>'
               '<polygon points="15,2 15,24 5,30" fill="#fff" stroke="#222" stroke-width="1"/>'
               '<text x="15" y="42" font-size="12" font-weight="700" text-anchor="middle">N</text></svg>')


class PageScript(MacroElement):
    """The page's script: fit the user's bounds, draw the inset's extent, show the tile credit
    only after a tile loaded, and raise the ready signal when the map is drawn."""

    _template = Template("""
        {% macro script(this, kwargs) %}
        (function(){
          var map = {{ this._parent.get_name() }};
          var bounds = {{ this.bounds|tojson }};
          map.options.zoomSnap = 0.25;
          function fitKey() {  // the map ends above the key events, however many lines they wrap to
            var k = document.getElementById("qkey");
            if (!k) { return; }
            map.getContainer().style.setProperty("bottom", (k.offsetHeight + {{ this.key_bottom }} + 6) + "px", "important");
            map.invalidateSize({animate: false});
          }
          fitKey();
          window.addEventListener("resize", fitKey);
          if (map.attributionControl) { map.removeControl(map.attributionControl); }
          if (bounds) { map.fitBounds([[bounds[0], bounds[1]], [bounds[2], bounds[3]]], {animate: false}); }
          var tilesPending = false, tilesDrawn = 0;
          map.eachLayer(function (l) {
            if (l instanceof L.TileLayer) {
              tilesPending = true;
              l.on("tileload", function () {
                tilesDrawn += 1;
                var c = document.getElementById("qcredit");
                if (c) { c.style.display = "inline"; }
              });
              l.on("load", function () { tilesPending = false; });
            }
          });
          function inset() {
            var svg = document.getElementById("qinset"), r = document.getElementById("qinset-extent");
            if (!svg || !r) { return; }
            var box = svg.getAttribute("data-box").split(",").map(Number);
            var W = svg.width.baseVal.value, H = svg.height.baseVal.value, b = map.getBounds();
            var x0 = (b.getWest() - box[0]) / (box[2] - box[0]) * W, x1 = (b.getEast() - box[0]) / (box[2] - box[0]) * W;
            var y0 = (box[3] - b.getNorth()) / (box[3] - box[1]) * H, y1 = (box[3] - b.getSouth()) / (box[3] - box[1]) * H;
            var w = Math.max(4, x1 - x0), h = Math.max(4, y1 - y0);
            r.setAttribute("x", ((x0 + x1) / 2 - w / 2).toFixed(1)); r.setAttribute("y", ((y0 + y1) / 2 - h / 2).toFixed(1));
            r.setAttribute("width", w.toFixed(1)); r.setAttribute("height", h.toFixed(1));
          }
          map.on("moveend zoomend resize", inset);
          var start = Date.now();
          function ready() {
            var labelsPlaced = map.getContainer().hasAttribute("data-labels-placed");
            var waited = Date.now() - start;
            if ((!tilesPending || waited > {{ this.tile_wait }}) && (labelsPlaced || waited > 3000)) {
              inset();
              requestAnimationFrame(function () { requestAnimationFrame(function () {
                document.body.setAttribute("data-tiles-drawn", String(tilesDrawn));
                document.body.setAttribute("data-ready", "1");
                window.qmapReady = true;
              }); });
            } else {
              setTimeout(ready, 50);
            }
          }
          map.whenReady(function () { setTimeout(ready, 0); });
        })();
        {% endmacro %}
    """)

    def __init__(self, bounds: tuple[float, float, float, float] | None, tile_wait: int = TILE_WAIT_MS):
        super().__init__()
        self._name = "PageScript"
        self.bounds = list(bounds) if bounds else None
        self.tile_wait = tile_wait
        self.key_bottom = KEY_BOTTOM


PAGE_CSS = """<style>
html,body{margin:0;padding:0;width:100%;height:100%;background:#fff;font:13px system-ui,'Noto Sans',sans-serif;
  color:#222;overflow:hidden}
#qhead{position:absolute;left:14px;right:14px;top:8px;height:74px;overflow:hidden}
#qhead h1{font-size:22px;margin:0 0 2px 0;line-height:1.25;white-space:nowrap;overflow:hidden;text-overflow:ellipsis}
#qhead .qcap{font-size:13px;margin:0 0 2px 0;max-height:34px;overflow:hidden}
#qhead .qmeta{font-size:12px;color:#444}
#qhead .qfilter{font-size:12px;color:#8a3b00;font-weight:600;max-height:32px;overflow:hidden}
.folium-map{position:absolute !important;top:86px !important;left:14px !important;right:344px !important;
  bottom:76px !important;width:auto !important;height:auto !important;border:1px solid #888}
#qside{position:absolute;top:86px;right:14px;width:318px;bottom:76px;overflow:hidden;font-size:12px;
  display:flex;flex-direction:column}
#qside>*{flex:0 0 auto}
#qside>#qinset{flex:0 1 auto;min-height:70px;height:auto;max-width:100%}
#qside h3{font-size:12px;margin:8px 0 3px 0;text-transform:uppercase;letter-spacing:.04em;color:#444}
#qside .qchanges{margin:0;padding-left:16px}
#qsources{position:absolute;left:14px;right:14px;bottom:34px;height:38px;font-size:11px;line-height:1.4;
  color:#222;overflow:hidden}
#qsources .qlow{color:#666;font-style:italic}
#qsources .qpartisan{color:#8a3b00;font-weight:600}
#qkey{position:absolute;left:14px;right:344px;bottom:76px;max-height:42%;font-size:11px;line-height:15px;overflow:hidden}
#qkey small{color:#555;font-size:10.5px}
#qkey ul{margin:1px 0 0 0;padding:0 0 0 16px}
#qkey li.qmore{list-style:none;color:#444;font-style:italic}
#qfoot{position:absolute;left:14px;right:14px;bottom:4px;height:28px;font-size:10.5px;color:#444;line-height:1.3;
  overflow:hidden}
#qcredit{display:none}
.qnorth{background:rgba(255,255,255,.85);border-radius:4px;padding:2px 4px}
.leaflet-control-zoom,.leaflet-control-layers{display:none}
@page{size:A4 landscape;margin:0}
</style>"""
#: With a filter line the header is taller (up to two lines for it) and the map and panel start lower.
FILTERED_CSS = """<style>
#qhead{height:104px}
.folium-map{top:116px !important}
#qside{top:116px}
</style>"""
#: How much taller the header is for a caption of two lines (the caption's second line had pushed the counts
#: line under the map: a new analyst's trial, in the briefing view and the A4 PDF).
CAPTION_EXTRA_PX = 18


def header_css(b: Briefing) -> str:
    """The header's height and where the map and panel start (:data:`PAGE_CSS`'s, :data:`FILTERED_CSS` with a
    filter line), lowered by :data:`CAPTION_EXTRA_PX` when there is a caption."""
    css = FILTERED_CSS if b.filtered else ""
    if not b.caption.strip():
        return css
    head, top = (104, 116) if b.filtered else (74, 86)
    head, top = head + CAPTION_EXTRA_PX, top + CAPTION_EXTRA_PX
    return (css + f"<style>\n#qhead{{height:{head}px}}\n.folium-map{{top:{top}px !important}}\n"
            f"#qside{{top:{top}px}}\n</style>")


def unreviewed_text(counts: Counts) -> str:
    """"2 of 3 unreviewed" (extracted, no analyst's review yet); "none unreviewed"; "" with no event."""
    if not counts.shown:
        return ""
    return f"{counts.unreviewed} of {counts.shown} unreviewed" if counts.unreviewed else "none unreviewed"


def page_html_parts(b: Briefing, shown: pd.DataFrame, places: dict, border: dict | None,
                    tiles: mapview.TileSetting, zones: dict | None = None) -> tuple[str, str, str]:
    """The header, side panel (with the sources line) and footer of the page (escaped HTML); ``zones`` given,
    the legend lists the faded-zone entry only when a zone is drawn faded. The key events are
    :func:`key_events_html`'s."""
    e = html.escape
    counts = Counts.of(shown)
    killed = counts.killed_text()  # "11 killed (3 in unreviewed reports)"
    unreviewed = unreviewed_text(counts)  # "2 of 3 unreviewed"
    filtered = filter_text(b, len(shown))
    missing = unplaced.without_point_count(shown)  # drawn nowhere on the map: the slide says how many
    # counts the filters do not narrow say so: changes of hands (zones), truce violations (popups)
    truces = bool(filtered) and "truce_status" in shown and bool(shown["truce_status"].notna().any())
    # the title and caption are typed by the analyst, in Arabic or English: each takes its own direction
    head = (f'<div id="qhead"><h1 dir="auto">{e(b.title)}</h1>'
            + (f'<div class="qcap" dir="auto">{e(b.caption)}</div>' if b.caption.strip() else "")
            + f'<div class="qmeta"><b>{e(b.span)}</b> · {e(zones_as_of(b.as_of, b.zones_evidence))} · '
              f"{len(shown)} event{'s' if len(shown) != 1 else ''} · "
            + (f"{e(unreviewed)} · " if unreviewed else "") + e(killed)
            + (f" · {unplaced.count_phrase(missing)}" if missing else "") + "</div>"
            + (f'<div class="qfilter">{e(filtered)}'
               + (" · truce violations: all events" if truces else "") + "</div>" if filtered else "")
            + "</div>")
    changes = ("<ul class=\"qchanges\">" + "".join(f"<li>{e(c)}</li>" for c in b.changes) + "</ul>") if b.changes \
        else "<div>No area changed hands in this period.</div>"
    counted = source_counts(shown)
    behind = background_only(shown)  # cited by analysts' rows as a day's sources, none said to report an event
    tail = f"+ {len(behind)} outlet{'s' if len(behind) != 1 else ''} cited only as background" if behind else ""
    sources = (sources_html(counted, low=b.low_trust, budget=330 - (len(tail) + 3 if tail else 0)) if counted or not tail
               else "no outlet said to report them")
    if tail:
        sources += f' · <span class="qlow" title="{e(BACKGROUND_NOTE, quote=True)}">{e(tail)}</span>'
    weak_note = " · low-trust sources last, in grey" if any(name in b.low_trust for name, _ in counted) else ""
    of_what = "filtered events" if filtered else "events"
    sides = partisan_alignments(shown)  # every event shown reported only by partisan outlets: the slide says so
    partisan = (f'<span class="qpartisan">all sources are partisan: {e(", ".join(sides))}</span> · ' if sides else "")
    side = (f'<div id="qside">{mapview.legend_html(b.as_of, "panel", b.zones_evidence, zones)}'
            + ("<h3>Changed hands <small>(all reports, not filtered)</small></h3>" if filtered
               else "<h3>Changed hands</h3>") + changes
            + f"<h3>Where <small>(north of Hasakah governorate)</small></h3>{locator_svg(border, places, syria_outline())}</div>"
            f'<div id="qsources"><b>Sources</b> (outlet: {of_what} it reports{weak_note}) {partisan}{sources}</div>')
    credit = ""
    if tiles.url:
        credit = f' <span id="qcredit">· Map tiles: {tiles.attribution or "tiles"}</span>'
    foot = (f'<div id="qfoot">Generated {b.generated:%Y-%m-%d %H:%M} UTC'
            + (f" from the build of {e(b.built_at)}" if b.built_at else "")
            + ". Zones: geo/zones.csv (each zone cites its sources); places: local gazetteer (cited); border: "
              "Natural Earth 1:10m, Syria's outline 1:50m (public domain). Approximate locations are hollow, dashed symbols (see the legend)."
            + credit + "</div>")
    return head, side, foot


def briefing_map(events: pd.DataFrame, zones: dict, places: dict, border: dict | None, b: Briefing,
                 tiles: mapview.TileSetting, zone_changes: list[dict] | None = None,
                 key: tuple[pd.DataFrame, int] | None = None) -> folium.Map:
    """The whole briefing page as a folium map (render it with ``get_root().render()``).

    Parameters
    ----------
    events : DataFrame
        The filtered events (with truce status when wanted).
    zones, places, border : dict
        From the build (and ``geo/``).
    b : Briefing
    tiles : TileSetting
    zone_changes : list of dict, optional
        From :func:`mapapp.mapview.zone_changes`, outlined on the map.
    key : (DataFrame, int), optional
        The key events and how many are shown (:meth:`mapapp.store.EventStore.key_events`: a query);
        not given, :func:`key_events` of ``events``.
    """
    m = mapview.base_map(tiles, places, border, labels=False)
    for layer in mapview.dynamic_layers(events, zones, places, b.as_of, changes=zone_changes, packed=False):
        layer.add_to(m)
    mapview.Legend(f'<div class="qnorth">{NORTH_ARROW}</div>', position="topright").add_to(m)
    head, side, foot = page_html_parts(b, events, places, border, tiles, zones)
    top, total = key if key is not None else key_events(events)
    listed = key_events_html(top, total)
    lines = 1 + (len(top) + (total > len(top)) if total else 1)  # heading, events, "… and K more"
    root = verbatim.figure_of(m)
    root.title = html.escape(document_title(b))  # branca writes it unescaped: escaped here, at the sink
    root.header.add_child(Element(PAGE_CSS + header_css(b) + key_css(lines)))
    root.html.add_child(Element(head + side + listed + foot))
    PageScript(b.bounds).add_to(m)
    return m


def briefing_html(events: pd.DataFrame, zones: dict, places: dict, border: dict | None, b: Briefing,
                  tiles: mapview.TileSetting, zone_changes: list[dict] | None = None,
                  key: tuple[pd.DataFrame, int] | None = None) -> str:
    """:func:`briefing_map` rendered to one HTML page (assets under ``/app/static/``)."""
    return briefing_map(events, zones, places, border, b, tiles, zone_changes, key).get_root().render()
