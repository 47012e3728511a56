"""Building the folium map: base map, control zones, events, uncertainty areas, legend.

Design choices an analyst can rely on:

- **One symbol per place and event type.** Every event is located at a gazetteer place
  (with that place's precision), so events are grouped by (place, type) and drawn once,
  sized by the fatalities they report; the popup lists each event with its Arabic
  evidence sentence (right-to-left). The map's weight grows with the number of places,
  not events: 100,000 events in the Qamishli area stay a few hundred symbols.
- **Approximate is visibly approximate.** Events whose location is approximate (their place has no
  cited point, their name is not in the gazetteer, or they were reported near a place: the one rule of
  :mod:`mapapp.locating`, whatever the ``geo_precision``) are hollow, dashed symbols (a symbol is hollow
  when any of its events is), their popup says why, and their place's uncertainty area (built by the
  gazetteer's rules) is drawn as a dashed outline; never a precise pin. A place with no cited point is
  labelled only where events are drawn (or it is one of the zones' named places).
- **Offline.** No plugin that needs a CDN: symbols are SVG images (``data:`` URLs), the
  legend is plain HTML, tiles come from a setting and can be off; every script and style
  sheet is served locally (:mod:`mapapp.assets`).
- **Escaped.** Every string that comes from an article or a data file goes through
  :func:`html.escape` before it reaches HTML.

``base_map`` gives the part that does not change with filters (border, labels, tiles);
``dynamic_layers`` the parts that do (zones for the chosen date, events, uncertainty
areas), so the app can hand them to ``st_folium(feature_group_to_add=...)`` and keep the
user's zoom and pan across reruns.
"""

from __future__ import annotations

import base64
import datetime as dt
import html
import json
import math
import re
import zlib
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any, TypedDict

import folium
import numpy as np
import orjson
import pandas as pd
from branca.element import Element, MacroElement
from branca.element import Element as BranchElement
from jinja2 import Template

from pipeline.displaced import displaced_phrase
from pipeline.evidence import STALE_EVIDENCE_DAYS as _STALE_EVIDENCE_DAYS

from . import verbatim
from .eventlinks import event_days, link_query
from .locating import HOLLOW_LEGEND, approximate_reason, in_syria, is_approximate, places_index
from .style import CONTROLLER_COLORS, CONTROLLER_LABELS, EVENT_STYLE, SUB_EVENT_STYLE, event_style

verbatim.install()  # rendered layers (article sentences) are never compiled as Jinja templates again

QAMISHLI = (37.03, 41.22)
DEFAULT_ZOOM = 12
MAX_EVENTS_IN_POPUP = 3
OSM_URL = "https://tile.openstreetmap.org/{z}/{x}/{y}.png"
OSM_ATTRIBUTION = '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> contributors'
#: Places labelled on every map (the ones analysts orient by).
LABELLED_KINDS = {"city", "town", "airport", "crossing"}
LABELLED_IDS = {"tayy", "halko", "zanoud", "wahda_roundabout", "security_square", "qamishli_southern_countryside"}


@dataclass(frozen=True)
class TileSetting:
    """Where map tiles come from.

    Attributes
    ----------
    url : str or None
        A ``{z}/{x}/{y}`` template, or None for no tiles (vector layers on a plain background).
    attribution : str
        Required by most tile servers (OpenStreetMap's by default).
    """

    url: str | None
    attribution: str = ""

    @classmethod
    def parse(cls, value: str | None, attribution: str | None = None) -> TileSetting:
        """From a setting: ``"none"`` (default: no tiles, no request off the machine), ``"osm"``, or a URL template.

        Parameters
        ----------
        value : str or None
            ``QMAP_TILES`` / the ``tiles`` query parameter.
        attribution : str, optional
            ``QMAP_TILES_ATTRIBUTION`` for a custom server.
        """
        v = (value or "none").strip()
        if v.lower() == "osm":
            return cls(OSM_URL, OSM_ATTRIBUTION)
        if v.lower() in ("none", "off", "no", ""):
            return cls(None, "")
        if not (v.startswith(("http://", "https://", "/")) and "{z}" in v and "{x}" in v and "{y}" in v):
            raise ValueError(f"tile setting {v!r}: use 'osm', 'none' or a URL template with {{z}}, {{x}} and {{y}}")
        return cls(v, attribution or "tiles: " + html.escape(v.split("/")[2] if "://" in v else "local server"))


#: JavaScript shared by the symbol and label layers: ``L.qmarker``, a Leaflet marker placed with
#: ``left``/``top`` instead of Leaflet's ``translate3d``. A transform per marker makes every marker a
#: compositing layer (3-D) or a paint chunk of its own (2-D) that Chromium layerizes again on every
#: frame: with ~760 symbols and ~250 labels that was most of the browser's time after a slider move
#: (Chromium trace: ``PaintArtifactCompositor::Update``, 25-40 ms a frame). The map pane still moves
#: as one layer when panning.
FLAT_MARKER_JS = """
          if (!L.qmarker) {
            L.QMarker = L.Marker.extend({
              _setPos: function (pos) {
                var el = this._icon;
                if (el) { el._leaflet_pos = pos; el.style.left = pos.x + "px"; el.style.top = pos.y + "px"; }
                this._zIndex = pos.y + this.options.zIndexOffset;
                this._resetZIndex();
              }
            });
            L.qmarker = function (latlng, options) { return new L.QMarker(latlng, options); };
          }
"""


# --------------------------------------------------------------------------- base map


def base_map(tiles: TileSetting, places: dict | None = None, border: dict | None = None,
             center: tuple[float, float] = QAMISHLI, zoom: int = DEFAULT_ZOOM, labels: bool = True) -> folium.Map:
    """The map that does not change with filters: tiles, border, scale bar, place labels.

    Parameters
    ----------
    tiles : TileSetting
    places : dict, optional
        ``places.geojson`` from the build (for labels).
    labels : bool
        Label the main places here (False when :func:`dynamic_layers` adds the labels).
    border : dict, optional
        The Syria–Turkey border GeoJSON.
    center, zoom
        Initial view.

    Returns
    -------
    folium.Map
    """
    m = folium.Map(location=center, zoom_start=zoom, tiles=None, control_scale=True, max_zoom=18,
                   prefer_canvas=False)
    if tiles.url:
        folium.TileLayer(tiles=tiles.url, attr=tiles.attribution or "tiles", name="Base map", max_zoom=18,
                         control=True).add_to(m)
    verbatim.figure_of(m).header.add_child(Element(
        "<style>.leaflet-container{background:#e9ecef;font-family:system-ui,sans-serif}"
        ".qsym{background:none;border:none}.qsym img{display:block}.qlabel-icon{background:none;border:none}"
        ".qlabel{font:600 12px system-ui,sans-serif;color:#222;text-shadow:0 0 3px #fff,0 0 3px #fff;"
        "white-space:nowrap;pointer-events:none;position:absolute;left:0;top:0;display:inline-block}"
        ".qpop td{padding:1px 6px 1px 0;vertical-align:top}.qrep{margin:2px 0 0 0;padding-left:16px}"
        ".qtag{background:#eee;border-radius:3px;padding:0 3px;font-size:11px;white-space:normal}"
        ".qnote{font-size:12px;color:#333}.qpop{overflow-wrap:anywhere}"
        ".qtolls ul{margin:0;padding-left:16px}.qtolls{display:block;max-width:100%}"
        ".qtollsrc{margin-top:3px}.qtollsrc small{color:#8a4b00}.qtollsrc .qar{border-inline-start-color:#d08000}"
        ".qfurther summary{cursor:pointer;color:#555}"
        ".qev{border-top:1px solid #ddd;padding:4px 0;margin-top:4px}"
        ".qrule{color:#555}.qrule code{font-size:11px;unicode-bidi:isolate}.qtrig{unicode-bidi:isolate;color:#222}.qconf-low{color:#a33;font-weight:600}.qlowtrust{color:#a33;font-weight:600}"
        ".qsel{background:#fff7d6;outline:2px solid #e0b000}.qrev{color:#255}.qunrev{color:#8a4b00}"
        ".qcopy{font-size:11px;border:1px solid #bbb;border-radius:3px;background:#f4f4f4;cursor:pointer;padding:0 4px}"
        ".qar{unicode-bidi:isolate;text-align:start;font-size:13px;line-height:1.5;background:#fafafa;"
        "padding:3px 6px;border-inline-start:3px solid #999;margin-top:3px}"
        ".qar[lang=ar]{font-family:'Noto Naskh Arabic','Noto Sans Arabic','Amiri','Arial',sans-serif;font-size:15px;"
        "line-height:1.6}</style>"))
    if border:
        folium.GeoJson(border, name="Syria–Turkey border", control=False, interactive=False,
                       style_function=lambda _: {"color": "#444", "weight": 2, "dashArray": "8,4,2,4"},
                       tooltip=None).add_to(m)
    if places and labels:
        labels_layer(places).add_to(m)
    return m


#: Label priority by kind (higher wins a contested spot); the event count at a place adds to it.
KIND_PRIORITY = {"city": 100, "airport": 70, "town": 60, "crossing": 45, "neighbourhood": 40, "area": 35,
                 "military_base": 35, "village": 30, "landmark": 25, "roundabout": 25}


def label_data(places: dict, counts: dict[str, int] | None = None) -> list[dict]:
    """One label per main place, with its priority (kind, precision, events shown there).

    Cities, towns, airports and crossings (:data:`LABELLED_KINDS`) and the zones' places (:data:`LABELLED_IDS`)
    are always candidates, other places when events are shown there; a place with no cited point of its own
    (``approximate``) only when events are shown there or it is one of :data:`LABELLED_IDS`: a name at a
    guessed point with nothing drawn at it reads as a known location.

    Parameters
    ----------
    places : dict
        ``places.geojson``.
    counts : dict, optional
        place_id → number of events shown there (places with events are always candidates).
    """
    counts = counts or {}
    data = []
    index = places_index(places)
    for f in places.get("features", []):
        p = f["properties"]
        pid = p["place_id"]
        if p.get("lat") is None or not (p["kind"] in LABELLED_KINDS or pid in LABELLED_IDS or counts.get(pid)):
            continue
        if p.get("approximate") and pid not in LABELLED_IDS and not counts.get(pid):
            continue  # no cited point and nothing drawn there: a name over empty ground (a crossing "north of the city")
        if p["kind"] in ("country", "governorate", "subdistrict", "region"):
            continue
        bare = p["name_en"].replace(" neighbourhood", "")
        name = bare + (" (approx.)" if p.get("approximate") else "")
        prio = KIND_PRIORITY.get(p["kind"], 20) + (5 if not p.get("approximate") else 0) \
            + 8 * math.log2(1 + counts.get(pid, 0))
        data.append({"id": pid, "lat": p["lat"], "lon": p["lon"], "text": name, "p": round(prio, 1),
                     "approx": bool(p.get("approximate")), "name": bare, "abroad": not in_syria(pid, index)})  # (named above its point: the label script)
    return sorted(_one_label_per_shared_point(data), key=lambda d: -d["p"])


#: How many names a shared label lists before "+N".
SHARED_LABEL_NAMES = 3


def _one_label_per_shared_point(data: list[dict]) -> list[dict]:
    """Labels of places with no cited point that are drawn at one shared point (villages at their
    area's point) made one label naming them all ("Tartab · Dhubana · Tell Awda (approx., one
    area)"): one label each would be placed wherever there is room around the point, beside
    another place's symbol, and the printed briefing has no popup to tell them apart."""
    groups: dict[tuple[float, float], list[dict]] = {}
    for d in data:
        if d["approx"]:
            groups.setdefault((d["lat"], d["lon"]), []).append(d)
    out = [d for d in data if not d["approx"] or len(groups[(d["lat"], d["lon"])]) == 1]
    for group in (g for g in groups.values() if len(g) > 1):
        members = sorted(group, key=lambda d: -d["p"])
        names = [d["name"] for d in members]
        more = len(names) - SHARED_LABEL_NAMES
        text = " · ".join(names[:SHARED_LABEL_NAMES]) + (f" +{more}" if more > 0 else "") + " (approx., one area)"
        out.append({**members[0], "text": text})
    return out


def labels_layer(places: dict, counts: dict[str, int] | None = None) -> folium.FeatureGroup:
    """Text labels for the main places, placed without collisions (see :class:`LabelLayer`)."""
    fg = folium.FeatureGroup(name="Place labels", control=False)
    LabelLayer(label_data(places, counts)).add_to(fg)
    return fg


class LabelLayer(MacroElement):
    """Non-interactive place labels placed without collisions, by priority.

    After every zoom, move or resize (and once the symbols are drawn), labels are placed in
    priority order at the first of eight spots around their point (right, left, above,
    below, then the corners; close to the point first, then further out, past a ring of
    symbols) that overlaps neither a label already placed nor an event symbol and lies
    inside the map; a label with no free spot is hidden until there is room.

    A label placed past the nearest ring (26, 46 or 70 px out) gets a leader line from a dot at
    its place's point to the nearest edge of its text (an SVG in a pane of its own, above the
    zones and below the symbols and labels, taking no clicks), redrawn with every placement; a
    spot is refused when its leader would cross a label already placed or its box would cover an
    earlier leader. A label at 9 px needs none: nothing sits between it and its point. Each
    label says its place (``data-for``) and ring (``data-ring``).
    """

    _template = Template("""
        {% macro script(this, kwargs) %}
        (function(){
          var layer = {{ this._parent.get_name() }};
          var data = {{ this.data|tojson }};""" + FLAT_MARKER_JS + """
          // One group of label markers per map outlasts this layer (streamlit-folium replaces every layer
          // on each rerun): new labels update the markers already there (text, priority) and only new
          // places get a marker; the listeners are bound once per map.
          var map = null, markers = [], pending = null, checks = [], healed = 0;
          function hostOf(m) {
            if (!m._qlabHost) {
              m._qlabHost = {group: L.layerGroup(), marks: new Map(), owner: null, order: [], leaders: leaderSvg(m)};
              m.on("zoomend moveend resize layeradd qsymbols", function () { if (m._qlabHost.owner) { m._qlabHost.later(); } });
              // leaders are drawn for one zoom: gone while the zoom animates, drawn again with the labels
              m.on("zoomstart", function () { clearLeaders(m._qlabHost); });
              // the frame can change size without Leaflet's resize event (the host sets the iframe's
              // height late): the scale bar and attribution move with the bottom edge, so re-place then too
              if (window.ResizeObserver) {
                new ResizeObserver(function () { if (m._qlabHost.owner) { m._qlabHost.later(); } }).observe(m.getContainer());
              }
            }
            return m._qlabHost;
          }
          // Leader lines: one SVG in a pane of their own above the zones and below the symbols and labels,
          // never taking a click (pointer-events: none), redrawn with every placement
          var SVGNS = "http://www.w3.org/2000/svg";
          function leaderSvg(m) {
            var pane = m.getPane("qleaders");
            if (!pane) {
              pane = m.createPane("qleaders");
              pane.style.zIndex = 450;
              pane.style.pointerEvents = "none";
            }
            var svg = document.createElementNS(SVGNS, "svg");
            svg.setAttribute("class", "qleaders");
            svg.style.cssText = "position:absolute;left:0;top:0;overflow:visible;pointer-events:none";
            svg.setAttribute("width", "1");
            svg.setAttribute("height", "1");
            pane.appendChild(svg);
            return svg;
          }
          function clearLeaders(h) { while (h.leaders.firstChild) { h.leaders.removeChild(h.leaders.firstChild); } }
          function drawLeaders(h, leads) {
            clearLeaders(h);
            var o = map.containerPointToLayerPoint([0, 0]);  // the pane moves with the map: layer coordinates
            h.leaders.style.left = o.x + "px";
            h.leaders.style.top = o.y + "px";
            leads.forEach(function (l) {
              // a pale halo under the line sets a leader apart from a fan's spokes and the zones' outlines
              var halo = document.createElementNS(SVGNS, "line");
              halo.setAttribute("class", "qleader-halo");
              halo.setAttribute("x1", l.x1); halo.setAttribute("y1", l.y1);
              halo.setAttribute("x2", l.x2); halo.setAttribute("y2", l.y2);
              halo.setAttribute("stroke", "#fff"); halo.setAttribute("stroke-opacity", "0.75");
              halo.setAttribute("stroke-width", "3"); halo.setAttribute("stroke-linecap", "round");
              h.leaders.appendChild(halo);
              var line = document.createElementNS(SVGNS, "line");
              line.setAttribute("class", "qleader");
              line.setAttribute("data-for", l.id);
              line.setAttribute("x1", l.x1); line.setAttribute("y1", l.y1);
              line.setAttribute("x2", l.x2); line.setAttribute("y2", l.y2);
              line.setAttribute("stroke", "#333"); line.setAttribute("stroke-opacity", "0.8");
              line.setAttribute("stroke-width", "1");
              var dot = document.createElementNS(SVGNS, "circle");
              dot.setAttribute("class", "qleader-dot");
              dot.setAttribute("data-for", l.id);
              dot.setAttribute("cx", l.x1); dot.setAttribute("cy", l.y1); dot.setAttribute("r", "2");
              dot.setAttribute("fill", "#333"); dot.setAttribute("stroke", "#fff"); dot.setAttribute("stroke-width", "1");
              h.leaders.appendChild(line);
              h.leaders.appendChild(dot);
            });
          }
          // does the segment s cross the box b? (Liang-Barsky clipping)
          function crosses(s, b) {
            var t0 = 0, t1 = 1, dx = s.x2 - s.x1, dy = s.y2 - s.y1;
            var ps = [-dx, dx, -dy, dy], qs = [s.x1 - b.x, b.x + b.w - s.x1, s.y1 - b.y, b.y + b.h - s.y1];
            for (var k = 0; k < 4; k++) {
              if (ps[k] === 0) { if (qs[k] <= 0) { return false; } continue; }
              var t = qs[k] / ps[k];
              if (ps[k] < 0) { if (t > t0) { t0 = t; } } else if (t < t1) { t1 = t; }
              if (t0 >= t1) { return false; }
            }
            return true;
          }
          function make(h) {
            var seen = new Set();
            data.forEach(function (d) {
              seen.add(d.id);
              var m = h.marks.get(d.id);
              if (!m) {
                var el = L.divIcon({html: '<div class="qlabel"></div>', className: "qlabel-icon",
                                    iconSize: [1, 1], iconAnchor: [0, 0]});
                m = L.qmarker([d.lat, d.lon], {interactive: false, keyboard: false, icon: el});
                h.marks.set(d.id, m);
                m.addTo(h.group);
              } else if (m._qd.lat !== d.lat || m._qd.lon !== d.lon) {
                m.setLatLng([d.lat, d.lon]);
              }
              m._qd = d;
            });
            h.marks.forEach(function (m, id) { if (!seen.has(id)) { h.group.removeLayer(m); h.marks.delete(id); } });
            markers = data.map(function (d) { return h.marks.get(d.id); });  // priority order
          }
          function boxesOf(sel, origin) {
            return Array.prototype.map.call(map.getContainer().querySelectorAll(sel), function (e) {
              var r = e.getBoundingClientRect();
              return {x: r.left - origin.left, y: r.top - origin.top, w: r.width, h: r.height};
            }).filter(function (b) { return b.w > 0 && b.h > 0; });
          }
          function hit(a, b) { return a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h; }
          function place() {
            pending = null;
            if (!map || window.qsymPending > 0) { return; }  // symbols still arriving: placed when they are
            var origin = map.getContainer().getBoundingClientRect();
            var size = map.getSize();
            var taken = boxesOf(".qsym, .leaflet-control", origin);  // never under a symbol, the scale bar or a button
            var placed = 0;
            // write every label's text, then read every size (one layout of the page, not one per label)
            var items = [];
            markers.forEach(function (m) {
              var el = m.getElement();
              if (!el) { return; }
              var div = el.firstChild;
              if (div.textContent !== m._qd.text) { div.textContent = m._qd.text; }
              div.style.visibility = "hidden";
              items.push({d: m._qd, div: div});
            });
            items.forEach(function (it) { it.w = it.div.offsetWidth + 2; it.h = it.div.offsetHeight; });
            var boxes = [], leads = [];  // labels placed so far, their leader lines
            items.forEach(function (it) {
              var d = it.d, div = it.div, w = it.w, h = it.h;
              var pt = map.latLngToContainerPoint([d.lat, d.lon]);
              var spots = [];
              // an approximate place is labelled near its point or not at all (a far label would point elsewhere)
              (d.approx ? [9, 26, 46] : [9, 26, 46, 70]).forEach(function (g) {
                var c = Math.round(g * 0.7);
                spots.push([g, -h / 2, g], [-g - w, -h / 2, g], [-w / 2, -g - h, g], [-w / 2, g, g],
                           [c, -c - h, g], [-c - w, -c - h, g], [c, c, g], [-c - w, c, g]);
              });
              // a place across the border (d.abroad: in Turkey, north of the border drawn) is named above its
              // point only: a name below it would sit on the Syrian side
              if (d.abroad) { spots = spots.filter(function (s) { return s[1] + h <= 0; }); }
              var best = null;
              for (var i = 0; i < spots.length && !best; i++) {
                var b = {x: pt.x + spots[i][0], y: pt.y + spots[i][1], w: w, h: h};
                if (b.x < 0 || b.y < 0 || b.x + w > size.x || b.y + h > size.y) { continue; }
                if (taken.some(function (t) { return hit(b, t); })) { continue; }
                // past the nearest ring a leader line ties the label to its point (to the nearest edge of the
                // text's box): it may pass under symbols, never through another label, and no label may
                // sit on an earlier leader (either would tie a name to the wrong place)
                var lead = null;
                if (spots[i][2] >= 26) {
                  var tw = w - 2;  // the text's own box (w keeps 2 px of air)
                  lead = {id: d.id, x1: pt.x, y1: pt.y, x2: Math.min(Math.max(pt.x, b.x), b.x + tw),
                          y2: Math.min(Math.max(pt.y, b.y), b.y + h)};
                  if (boxes.some(function (t) { return crosses(lead, t); })) { continue; }
                }
                if (leads.some(function (l) { return crosses(l, b); })) { continue; }
                best = {b: b, off: spots[i], lead: lead};
              }
              if (best) {
                taken.push(best.b);
                boxes.push(best.b);
                if (best.lead) { leads.push(best.lead); }
                div.style.left = best.off[0] + "px";
                div.style.top = best.off[1] + "px";
                div.style.visibility = "visible";
                placed += 1;
              }
              div.setAttribute("data-placed", best ? "1" : "0");
              div.setAttribute("data-for", d.id);
              div.setAttribute("data-ring", best ? String(best.off[2]) : "");
            });
            drawLeaders(hostOf(map), leads);
            map.getContainer().setAttribute("data-labels-placed", String(placed));
            // Some changes reach the page with no map event (the host resizing the frame while a rerun swaps
            // the layers, a control growing, a slow machine ordering callbacks differently): look again a few
            // times after each placement, and place again only if a shown label now covers a symbol, a
            // control or another label (measured on the page, so any cause is caught).
            checks.forEach(clearTimeout);
            checks = [250, 1000, 2500].map(function (t) { return setTimeout(check, t); });
          }
          function check() {
            if (!map || pending || window.qsymPending > 0) { return; }
            var origin = map.getContainer().getBoundingClientRect();
            var taken = boxesOf(".qsym, .leaflet-control", origin);
            var shown = boxesOf('.qlabel[data-placed="1"]', origin);
            var bad = shown.some(function (a, i) {
              return taken.some(function (t) { return hit(a, t); })
                || shown.some(function (b, j) { return j > i && hit(a, b); });
            });
            if (bad && healed < 3) { healed += 1; if (!pending) { pending = setTimeout(place, 30); } }
          }
          function later() { healed = 0; if (!pending) { pending = setTimeout(place, 30); } }
          function onAdd() {
            if (map === layer._map) { return; }
            map = layer._map;
            var h = hostOf(map);
            h.owner = layer;
            h.later = later;
            if (!h.group._map) { h.group.addTo(map); }
            make(h);
            later();
          }
          layer.on("add", onAdd);
          layer.on("remove", function () {
            var m = map;
            map = null;
            setTimeout(function () {  // no newer label layer took the labels over: remove them with this one
              var h = m && m._qlabHost;
              if (h && h.owner === layer) { h.owner = null; m.removeLayer(h.group); clearLeaders(h); }
            }, 0);
          });
          if (layer._map) { onAdd(); } else { setTimeout(function () { if (layer._map) { onAdd(); } }, 0); }
        })();
        {% endmacro %}
    """)

    def __init__(self, data: list[dict]):
        super().__init__()
        self._name = "LabelLayer"
        self.data = data


# --------------------------------------------------------------------------- zones


def active_zones(zones: dict, as_of: dt.date) -> list[dict]:
    """Zone features valid on ``as_of``, broad ones first so enclaves draw on top."""
    out = []
    for f in zones.get("features", []):
        p = f["properties"]
        vf = dt.date.fromisoformat(p["valid_from"]) if p.get("valid_from") else None
        vt = dt.date.fromisoformat(p["valid_to"]) if p.get("valid_to") else None
        if (vf is None or vf <= as_of) and (vt is None or as_of <= vt):
            out.append(f)
    from shapely.geometry import shape

    return sorted(out, key=lambda f: -shape(f["geometry"]).area)


#: Characters that still act inside a JavaScript template literal after HTML escaping
#: (folium puts popup and tooltip HTML between backticks): as HTML entities they look the same.
_TEMPLATE_LITERAL = str.maketrans({"`": "&#96;", "$": "&#36;", "\\": "&#92;"})


def literal_safe(html_text: str) -> str:
    """HTML for a folium popup or tooltip: ``$``, backticks and backslashes as entities.

    folium writes popup and tooltip HTML into JavaScript template literals, where
    ``${...}`` runs as code and a backtick ends the string; :func:`html.escape` leaves
    those alone. Text from analysts' files (zone notes, place names, sources) goes
    through here, so ``${alert(1)}`` in a note is shown, never run.
    """
    return html_text.translate(_TEMPLATE_LITERAL)


def _tooltip(text: str) -> str:
    """Plain text as a folium tooltip (escaped for HTML and for the template literal)."""
    return literal_safe(html.escape(text))


def hatch_id(a: str, b: str | None) -> str:
    """The SVG pattern id of a contested zone held by ``a`` and disputed by ``b``."""
    return "qhatch-" + re.sub(r"[^a-z0-9_-]", "", f"{a}-{b or 'unknown'}")


def hatch_svg(a: str, b: str | None) -> str:
    """A diagonal hatch in both sides' colours (grey for an unknown other side), as an SVG pattern."""
    ca, cb = CONTROLLER_COLORS.get(a, "#777"), CONTROLLER_COLORS.get(b or "", "#777")
    return (f'<pattern id="{hatch_id(a, b)}" patternUnits="userSpaceOnUse" width="12" height="12" '
            f'patternTransform="rotate(45)"><rect width="6" height="12" fill="{ca}"/>'
            f'<rect x="6" width="6" height="12" fill="{cb}"/></pattern>')


class HatchPatterns(MacroElement):
    """Puts the hatch patterns of contested zones into the page once (a hidden inline SVG).

    Leaflet's SVG renderer writes ``fillColor`` into the path's ``fill`` attribute, so a
    zone styled with ``fillColor: "url(#qhatch-…)"`` is filled with the pattern.
    """

    _template = Template("""
        {% macro script(this, kwargs) %}
        (function(){
          var defs = document.getElementById("qhatch-defs");
          if (!defs) {
            var svg = document.createElementNS("http://www.w3.org/2000/svg", "svg");
            svg.setAttribute("width", "0"); svg.setAttribute("height", "0");
            svg.setAttribute("style", "position:absolute;width:0;height:0");
            defs = document.createElementNS("http://www.w3.org/2000/svg", "defs");
            defs.id = "qhatch-defs";
            svg.appendChild(defs);
            document.body.appendChild(svg);
          }
          {{ this.patterns|tojson }}.forEach(function (p) {
            if (!document.getElementById(p.id)) { defs.insertAdjacentHTML("beforeend", p.svg); }
          });
        })();
        {% endmacro %}
    """)

    def __init__(self, pairs: list[tuple[str, str | None]]):
        super().__init__()
        self._name = "HatchPatterns"
        self.patterns = [{"id": hatch_id(a, b), "svg": hatch_svg(a, b)} for a, b in dict.fromkeys(pairs)]


def shape_only(feature: dict) -> dict:
    """One feature as a collection with its geometry and no properties, for a folium layer.

    The popup and tooltip are given as HTML of their own; the properties (a zone's cited
    evidence, in Arabic) would only travel on every slider move, escaped twice.
    """
    return {"type": "FeatureCollection",
            "features": [{"type": "Feature", "geometry": feature["geometry"], "properties": {}}]}


#: A zone whose latest evidence (its start or an event behind it, :func:`last_confirmed`) is more than
#: :data:`pipeline.evidence.STALE_EVIDENCE_DAYS` days before the day it is drawn for is drawn faded, and the
#: summary and legend say "no evidence since …" (the same window after which a truce is no longer called
#: held or in force, :mod:`pipeline.truces`).
STALE_EVIDENCE_DAYS = _STALE_EVIDENCE_DAYS
#: How much of a zone's fill and outline a faded (stale) zone keeps.
STALE_FADE = 0.35


def is_stale(last: dt.date | None, as_of: dt.date) -> bool:
    """Whether evidence of ``last`` (None: none up to ``as_of``) is too old to draw a zone at full strength."""
    return last is None or (as_of - last).days > STALE_EVIDENCE_DAYS


class ZoneStyle(TypedDict):
    """Leaflet path options of one zone (:func:`zone_style`)."""

    color: str
    weight: float
    fillColor: str
    fillOpacity: float
    opacity: float
    dashArray: str | None


def zone_style(p: dict, stale: bool = False) -> ZoneStyle:
    """Leaflet style of one zone: controlled areas filled in their controller's colour; contested
    ones hatched in both sides' colours with a solid double-weight outline (never the dash that
    marks approximate places). ``stale``: no evidence for :data:`STALE_EVIDENCE_DAYS` before the day
    drawn: the fill and outline faded (:data:`STALE_FADE`), the outline thin."""
    color = CONTROLLER_COLORS.get(p["controller"], "#777")
    style: ZoneStyle
    if p.get("status") == "contested":
        style = {"color": "#333", "weight": 2.5, "fillColor": f"url(#{hatch_id(p['controller'], p.get('contested_with'))})",
                 "fillOpacity": 0.45, "opacity": 1.0, "dashArray": None}
    else:
        style = {"color": color, "weight": 2, "fillColor": color, "fillOpacity": 0.25, "opacity": 1.0, "dashArray": None}
    if stale:
        style["fillOpacity"] = round(style["fillOpacity"] * STALE_FADE, 3)
        style["opacity"] = STALE_FADE
        style["weight"] = 1
    return style


def zones_layer(zones: dict, as_of: dt.date) -> folium.FeatureGroup:
    """Control zones valid on ``as_of``, coloured by controller; contested ones hatched in both sides' colours."""
    fg = folium.FeatureGroup(name=f"Control zones (as of {as_of.isoformat()})")
    active = active_zones(zones, as_of)
    pairs = [(f["properties"]["controller"], f["properties"].get("contested_with")) for f in active
             if f["properties"].get("status") == "contested"]
    if pairs:
        HatchPatterns(pairs).add_to(fg)
    for f, last in zip(active, zone_evidence(zones, active, as_of), strict=True):
        p = f["properties"]
        stale = is_stale(last, as_of)
        style = zone_style(p, stale)
        who = p["controller_name"] + (f" vs {_actor_name(p['contested_with'])}" if p.get("contested_with") else "")
        if stale:
            who += f" (faded: no evidence since {last:%d %b %Y})" if last else " (faded: no evidence)"
        popup = folium.Popup(literal_safe(zone_popup_html(p, as_of)), max_width=380)
        layer = folium.GeoJson(shape_only(f), style_function=lambda _f, s=style: s, highlight_function=None,
                               tooltip=_tooltip(f"{who} — {p['status']}"))
        # added after the tooltip, as GeoJson(popup=...) adds it: folium types that argument GeoJsonPopup
        # (one popup per feature), though it takes a Popup too
        layer.add_child(popup)
        layer.add_to(fg)
    return fg


def _actor_name(actor_id: str | None) -> str:
    from pipeline.actors import default_actors

    a = default_actors().get(actor_id or "")
    return a.name if a else (actor_id or "unknown")


# --------------------------------------------------------------------------- changes of control


def short_side_name(actor_id: str | None) -> str:
    """Short side name for change lists (the legend's grouping: SDF/AANES vs Government)."""
    short = {"sdf": "SDF", "asayish": "Asayish", "aanes": "AANES", "syrian_government": "Government",
             "ndf": "NDF", "russia": "Russia"}
    return short.get(actor_id or "", _actor_name(actor_id))


def _holding(controller: str | None, status: str | None, other: str | None) -> str:
    if status == "contested":
        return f"contested ({short_side_name(controller)} vs {short_side_name(other)})" if other else \
            f"contested ({short_side_name(controller)})"
    return short_side_name(controller)


def zone_changes(zones: dict, start: dt.date, end: dt.date, places: dict | None = None,
                 events: pd.DataFrame | None = None,
                 report_counts: dict[str, int | list[str]] | None = None) -> list[dict]:
    """Areas that changed hands (controller or status) after ``start`` and up to ``end``.

    Uses each zone's predecessor (``previous_controller``/``previous_status``, written by
    :func:`pipeline.zones.link_predecessors`); a zone with an open start is no change.

    Returns
    -------
    list of dict
        Oldest first: ``zone_id, area, name, day, before, after, reports`` (the distinct reports —
        articles, curated or ACLED rows: the build's ``report_ids`` — behind the events the zone
        cites, up to ``end``: an article behind two cited events is one report) and ``feature`` (to
        outline it); ``text`` is the line an analyst reads ("Tayy: Government → contested (SDF vs
        Government), 23 Apr 2021, 2 reports").
        The reports are read from ``events`` (a frame), or from ``report_counts`` (event id →
        its report ids, or a number of reports: :meth:`mapapp.store.EventStore.report_counts` of
        :func:`cited_event_ids`).
    """
    from pipeline.zones import evidence_as_of

    names = {f["properties"]["place_id"]: f["properties"].get("name_en", "") for f in (places or {}).get("features", [])}
    counts: dict[str, int | list[str]] = dict(report_counts or {})
    if events is not None and not events.empty and "report_count" in events:
        rc = pd.to_numeric(events["report_count"], errors="coerce").fillna(1).astype(int)
        ids = events["report_ids"] if "report_ids" in events else pd.Series([None] * len(events), index=events.index)
        each = [list(x) if isinstance(x, list) and x else int(n) for x, n in zip(ids, rc)]
        counts = dict(zip(events["event_id"], each))
        for merged, n in zip(events["merged_ids"], each):
            for i in merged if isinstance(merged, list) else []:
                counts.setdefault(i, n)

    def distinct(cited: list[Mapping[str, Any]]) -> int:
        keys: set = set()
        for x in cited:
            n = counts.get(x["event_id"], 1)
            keys.update(n if isinstance(n, list) else ((x["event_id"], i) for i in range(int(n))))
        return len(keys)

    out = []
    for f in zones.get("features", []):
        p = f["properties"]
        if not p.get("valid_from") or p.get("previous_zone") is None:
            continue
        day = dt.date.fromisoformat(p["valid_from"])
        if not (start < day <= end):
            continue
        if p.get("previous_controller") == p["controller"] and p.get("previous_status") == p.get("status"):
            continue
        before_other = None
        if p.get("previous_status") == "contested":
            prev: dict[str, Any] = next((g["properties"] for g in zones["features"]
                         if g["properties"]["zone_id"] == p["previous_zone"]), {})
            before_other = prev.get("contested_with")
        before = _holding(p.get("previous_controller"), p.get("previous_status"), before_other)
        after = _holding(p["controller"], p.get("status"), p.get("contested_with"))
        cited, _ = evidence_as_of(p.get("evidence"), end)  # what was reported up to the end, not after
        reports = distinct(cited)
        name = (names.get(p.get("area"), "") or p.get("area") or p["zone_id"]).replace(" neighbourhood", "")
        text = f"{name}: {before} → {after}, {day:%d %b %Y}" + (
            f", {reports} report{'s' if reports != 1 else ''}" if reports else ", no report linked")
        out.append({"zone_id": p["zone_id"], "area": p.get("area"), "name": name, "day": day, "before": before,
                    "after": after, "reports": reports, "text": text, "feature": f})
    return sorted(out, key=lambda c: (c["day"], c["name"]))


def cited_event_ids(zones: dict) -> list[str]:
    """The event ids the zones cite as their evidence (what :func:`zone_changes` counts reports of)."""
    return sorted({x["event_id"] for f in zones.get("features", []) for x in f["properties"].get("evidence") or []
                   if x.get("event_id")})


def change_lines(changes: list[dict]) -> list[str]:
    """One line per area, its changes in order: "Tayy: Government → contested (SDF vs Government)
    23 Apr → SDF 26 Apr 2021 (3 reports)"."""
    by_area: dict[str, list[dict]] = {}
    for c in changes:
        by_area.setdefault(c["name"], []).append(c)
    lines = []
    for name, cs in by_area.items():
        steps = [cs[0]["before"]] + [f"{c['after']} {c['day']:%d %b}" for c in cs]
        reports = sum(c["reports"] for c in cs)
        lines.append(f"{name}: " + " → ".join(steps) + f" {cs[-1]['day']:%Y}"
                     + (f" ({reports} report{'s' if reports != 1 else ''})" if reports else " (no report linked)"))
    return lines


def changes_layer(changes: list[dict]) -> folium.FeatureGroup:
    """Bold cased outlines (white under black) around the areas that changed hands in the period (each once)."""
    fg = folium.FeatureGroup(name="Changed hands in the period")
    latest = {c["area"] or c["zone_id"]: c for c in changes}  # an area once, as it is at the end of the period
    for c in latest.values():
        fc = shape_only(c["feature"])
        for style in ({"color": "#ffffff", "weight": 7, "fill": False, "opacity": 0.9},
                      {"color": "#111111", "weight": 3, "fill": False, "opacity": 1}):
            folium.GeoJson(fc, style_function=lambda _f, s=style: s, interactive=False, tooltip=None,
                           highlight_function=None).add_to(fg)
    return fg


def zone_evidence(zones: dict, active: list[dict], as_of: dt.date) -> list[dt.date | None]:
    """The latest evidence up to ``as_of`` of each zone of ``active`` (the zone layer's rule).

    A zone with no dated evidence of its own (held "before the records") is as current as the
    records are: it takes the latest evidence of any zone of ``zones``.

    Parameters
    ----------
    zones : dict
        The build's ``zones.geojson``.
    active : list of dict
        Its features drawn on ``as_of`` (:func:`active_zones`).
    as_of : date

    Returns
    -------
    list of date or None
        One per feature of ``active``, in its order; None when no zone has evidence.
    """
    records = [d for d in (last_confirmed(f["properties"], as_of) for f in zones.get("features", [])) if d]
    latest = max(records) if records else None
    return [last_confirmed(f["properties"], as_of) or latest for f in active]


def any_zone_faded(zones: dict | None, as_of: dt.date | None) -> bool:
    """Whether any zone drawn on ``as_of`` is drawn faded (:func:`is_stale`), so the legend needs its entry.

    Parameters
    ----------
    zones : dict or None
        The build's ``zones.geojson``.
    as_of : date or None
        The zones' date; None: no zones are drawn.

    Returns
    -------
    bool
    """
    if not zones or as_of is None:
        return False
    active = active_zones(zones, as_of)
    return any(is_stale(last, as_of) for last in zone_evidence(zones, active, as_of))


def last_confirmed(p: dict, as_of: dt.date) -> dt.date | None:
    """The latest day, up to ``as_of``, on which a source confirms this zone: its start or an event behind it
    (:func:`pipeline.zones.evidence_as_of`: no event of a later day)."""
    from pipeline.zones import evidence_as_of

    cited, _ = evidence_as_of(p.get("evidence"), as_of)
    days = [dt.date.fromisoformat(d[:10]) for d in [p.get("valid_from")] + [e.get("date") for e in cited] if d]
    days = [d for d in days if d <= as_of]
    return max(days) if days else None


def zone_popup_html(p: dict, as_of: dt.date | None = None) -> str:
    """Popup of one zone: controller, status, interval, last confirmation, evidence, source. As of a day,
    its evidence is the events up to that day (:func:`pipeline.zones.evidence_as_of`); later ones are
    counted apart ("2 later reports (after 2021-04-26): …"), never as its evidence."""
    from pipeline.zones import evidence_as_of

    e = html.escape
    since = p.get("valid_from") or "before the records"
    until = p.get("valid_to") or "open"
    confirmed = ""
    if as_of is not None:
        last = last_confirmed(p, as_of)
        confirmed = (f"{last.isoformat()} ({(as_of - last).days} days before {as_of.isoformat()})" if last
                     else "not since the records began")
    cited, later = (evidence_as_of(p.get("evidence"), as_of) if as_of is not None
                    else (list(p.get("evidence") or []), []))
    evidence = "; ".join(f"{x['date']} {x['sub_event_type']} ({x['source']})" for x in cited)
    after = (f"{len(later)} later report{'s' if len(later) != 1 else ''} (after {as_of.isoformat()}): "
             + "; ".join(f"{x['date']} {x['sub_event_type']}" for x in later)) if later and as_of else ""
    rows = [
        ("Controller", p.get("controller_name", p["controller"])), ("Status", p.get("status", "")),
        ("Valid", f"{since} → {until}"), ("Last confirmed", confirmed), ("Confidence", p.get("confidence", "")),
        ("Evidence", evidence), ("Later", after), ("Area", p.get("basis", "")), ("Source", p.get("source", "")),
        ("Notes", p.get("notes", "")),
    ]
    body = "".join(f"<tr><td><b>{e(k)}</b></td><td>{e(str(v))}</td></tr>" for k, v in rows if v)
    return f'<div class="qpop"><table>{body}</table></div>'


# --------------------------------------------------------------------------- events


def start_keys(events: pd.DataFrame) -> np.ndarray:
    """:func:`mapapp.store.start_key` of each row (``date_from time_from date_to``), as text."""
    def col(name: str) -> pd.Series:
        if name not in events:
            return pd.Series([""] * len(events), index=events.index)
        v = events[name]
        return v.where(v.map(lambda x: isinstance(x, str)), v.map(lambda x: "" if x is None or x != x else str(x)))
    return (col("date_from") + " " + col("time_from") + " " + col("date_to")).to_numpy(dtype=str)


def newest_first(events: pd.DataFrame) -> pd.DataFrame:
    """Events newest first by when they began (the Feed's order; ties: later file position first)."""
    if events.empty:
        return events
    position = events.index.to_numpy() if pd.api.types.is_integer_dtype(events.index) else np.arange(len(events))
    return events.iloc[np.lexsort((position, start_keys(events)))[::-1]]


def group_events(events: pd.DataFrame) -> list[dict]:
    """Events grouped by (place, event type, sub-type colour), each group one map symbol.

    Parameters
    ----------
    events : DataFrame
        With latitude/longitude (rows without a point are skipped: they cannot be drawn
        and stay in the table).

    Returns
    -------
    list of dict
        ``lat, lon, event_type, sub_event_type, style, approximate, geo_precision, count,
        fatalities``, ``records`` (the first rows as dicts, for the popup) and the positions
        of all its rows (``group_rows`` gives them as a DataFrame, newest first).
    """
    if events.empty:
        return []
    ev = events[events["latitude"].notna() & events["longitude"].notna()]
    if ev.empty:
        return []
    order = np.argsort(start_keys(ev), kind="stable")[::-1]  # newest first (as the Feed: by start), once
    ev = ev.iloc[order]
    style_key = ev["sub_event_type"].where(ev["sub_event_type"].isin(list(SUB_EVENT_STYLE)), "")
    place_key = ev["place_id"]
    if place_key.isna().any():  # events without a gazetteer place group by their coordinates
        missing = place_key.isna()
        place_key = place_key.where(~missing, ev["latitude"].astype(str) + "," + ev["longitude"].astype(str))
    fatalities = pd.to_numeric(ev["fatalities"], errors="coerce").fillna(0).to_numpy()
    unreviewed = (ev["review_status"].fillna("unreviewed") == "unreviewed").to_numpy() if "review_status" in ev \
        else np.zeros(len(ev), dtype=bool)
    approximate = ev["approximate"].fillna(False).astype(bool).to_numpy() if "approximate" in ev \
        else np.zeros(len(ev), dtype=bool)
    indices = list(ev.groupby([place_key, ev["event_type"], style_key], sort=False).indices.items())
    # the rows a popup shows, converted in one call (per-group conversion dominated the map's cost)
    shown = [i for _, idx in indices for i in idx[:MAX_EVENTS_IN_POPUP]]
    cols = [c for c in ev.columns if c not in ("day_from", "day_to")]
    records = iter(ev.iloc[shown][cols].to_dict("records"))
    groups = []
    for (place, etype, skey), idx in indices:
        top = [next(records) for _ in idx[:MAX_EVENTS_IN_POPUP]]
        groups.append(symbol_group(place, etype, skey, len(idx), int(fatalities[idx].sum()),
                                   int(unreviewed[idx].sum()), top, approximate=int(approximate[idx].sum()),
                                   frame=ev, rows=idx))
    return groups


def symbol_group(place: str, event_type: str, style_key: str, count: int, fatalities: int, unreviewed: int,
                 records: list[dict], approximate: int | None = None, **rows) -> dict:
    """One map symbol from its key, its totals and its newest events (dicts, newest first).

    ``approximate``: how many of its events' locations are approximate (None: its newest event's
    flag); the symbol is hollow when any is (:mod:`mapapp.locating`).
    ``rows``: how :func:`group_rows` finds all its events: ``frame`` and ``rows`` (positions),
    or ``fetch`` (a callable returning them as a frame, newest first).
    """
    first = records[0]
    if approximate is None:
        approximate = count if is_approximate(first) else 0
    return {
        "id": group_id(place, event_type, style_key), "place_id": place, "lat": float(first["latitude"]),
        "lon": float(first["longitude"]), "location": first.get("location", ""), "event_type": event_type,
        "sub_event_type": style_key, "style": event_style(event_type, style_key),
        "approximate": approximate > 0, "approximate_count": int(approximate),
        "geo_precision": int(first["geo_precision"]) if pd.notna(first.get("geo_precision")) else None,
        "count": count, "fatalities": fatalities, "unreviewed": unreviewed, "records": records, **rows,
    }


#: The event columns a symbol's records need (:func:`symbol_group`, :func:`event_popup_html`, truce
#: status, the permalinked event): about half of the event record, read for ~2,300 events a move.
POPUP_COLUMNS = ("event_id", "article_id", "source", "source_url", "event_date", "date_from", "date_to",
                 "part_of_day", "time_from", "time_to", "event_type", "sub_event_type", "actor1", "actor2",
                 "mediator", "place_id", "location", "latitude", "longitude", "geo_precision", "approximate",
                 "fatalities", "fatalities_range", "injuries", "displaced", "evidence", "start", "end",
                 "reports", "review_status", "reviewed_by", "reviewed_at", "review_reason", "extracted", "truce_id",
                 "violates", "confidence", "low_trust_only",
                 "rule", "fatalities_by_source", "displaced_text", "trigger", "published", "article_count",
                 "outlet_count", "unresolved_name", "background_outlets", "fatalities_basis", "more_evidence",
                 "fatalities_text", "injuries_text")


def store_groups(store, f, truce_status=None, include: tuple[str, ...] = (), further=None) -> list[dict]:
    """The map's symbol groups from an event store's query (:meth:`mapapp.store.EventStore.symbols`).

    Equal to :func:`group_events` of the filtered frame. ``truce_status`` (a callable on a
    list of records and the range's end, :meth:`mapapp.data.Dataset.truce_status`) adds the truce
    fields to the popups' records, ``further`` (a callable on a list of records,
    :meth:`mapapp.data.Dataset.with_further`) their further sentences; ``include``: event ids
    shown whatever the filters. All a group's events are queried only when
    :func:`group_rows` asks for them.
    """
    groups = SymbolGroups()

    def decorate(records: list[dict]) -> list[dict]:  # what the popups' records carry besides the event's fields
        records = truce_status(records, f.as_of) if truce_status else records
        return further(records) if further is not None else records

    for s in store.symbols(f, list(SUB_EVENT_STYLE), MAX_EVENTS_IN_POPUP, include=include, columns=POPUP_COLUMNS):
        records = decorate(s["records"])

        def fetch(s=s):
            return store.symbol_rows(f, s["place"], s["event_type"], s["style_key"], list(SUB_EVENT_STYLE),
                                     include=include)

        groups.append(symbol_group(s["place"], s["event_type"], s["style_key"], s["count"], s["fatalities"],
                                   s["unreviewed"], records, approximate=s.get("approximate"), fetch=fetch))
        groups[-1]["decorate"] = decorate
    key = (store.filter_key(f, include), getattr(truce_status, "__func__", truce_status),
           getattr(further, "__func__", further))
    groups.share = lambda kind, make: store.shared(kind, key, make)
    return groups


class SymbolGroups(list):
    """The symbol groups :func:`store_groups` makes, with ``share(kind, make)``: a value made from them
    (the symbol layer's data, :func:`events_layer`) kept by the event store for these filters and
    shared by every session at them (:meth:`mapapp.store.EventStore.shared`); ``None`` for groups
    that are not an event store's."""

    share: Callable[[str, Callable[[], object]], object] | None = None


def group_rows(group: dict) -> pd.DataFrame:
    """All the events of one symbol group, newest first (sliced or queried only when asked for)."""
    if "fetch" in group:
        return group["fetch"]()
    return group["frame"].iloc[group["rows"]]


def symbol_svg(shape: str, color: str, size: int, approximate: bool, unreviewed: bool = False) -> str:
    """Inline SVG for one symbol: filled and solid when precise, hollow and dashed when approximate;
    a white "?" badge in the top-right corner when an analyst has not reviewed some of its events."""
    s = size
    stroke = f'stroke="{color}" stroke-width="2.5"' + (' stroke-dasharray="4,3"' if approximate else "")
    # hollow = white inside (readable on any zone fill or hatch), solid = the type's colour
    fill = 'fill="#ffffff" fill-opacity="0.8"' if approximate else f'fill="{color}" fill-opacity="0.85"'
    h = s / 2
    if shape == "square":
        body = f'<rect x="2" y="2" width="{s - 4}" height="{s - 4}" {fill} {stroke}/>'
    elif shape == "diamond":
        body = f'<polygon points="{h},2 {s - 2},{h} {h},{s - 2} 2,{h}" {fill} {stroke}/>'
    elif shape == "triangle":
        body = f'<polygon points="{h},2 {s - 2},{s - 2} 2,{s - 2}" {fill} {stroke}/>'
    else:
        body = f'<circle cx="{h}" cy="{h}" r="{h - 2}" {fill} {stroke}/>'
    if unreviewed:
        r = max(5, s // 5)
        body += (f'<circle cx="{s - r}" cy="{r}" r="{r - 0.5}" fill="#fff" stroke="#222" stroke-width="1"/>'
                 f'<text x="{s - r}" y="{r}" font-size="{2 * r - 2}" font-family="sans-serif" font-weight="700" '
                 f'text-anchor="middle" dominant-baseline="central" fill="#222">?</text>')
    return f'<svg xmlns="http://www.w3.org/2000/svg" width="{s}" height="{s}" viewBox="0 0 {s} {s}">{body}</svg>'


def symbol_size(fatalities: int, count: int) -> int:
    """Symbol size in pixels: grows with the square root of fatalities (area ∝ deaths)."""
    return int(min(60, 22 + 6 * math.sqrt(max(0, fatalities)) + 2 * math.log2(max(1, count))))


def _fmt_date(r) -> str:
    d = r["event_date"] if r["date_from"] == r["date_to"] else f"{r['date_from']} → {r['date_to']}"
    extra = []
    part, t0, t1 = (r.get(k) if isinstance(r.get(k), str) else "" for k in ("part_of_day", "time_from", "time_to"))
    if part:
        extra.append(part)
    if t0:
        extra.append(t0 + (f"–{t1}" if t1 and t1 != t0 else ""))  # "10:00", not "10:00–10:00"
    return d + (f" ({', '.join(extra)})" if extra else "")


def _num(v) -> int | None:
    try:
        if v is None or (isinstance(v, float) and math.isnan(v)):
            return None
        return int(v)
    except (TypeError, ValueError):
        return None


_ARABIC = re.compile("[\u0600-\u06ff]")


_STRONG = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeffA-Za-z\u00c0-\u024f]")


def _dir(text: str) -> str:
    """``rtl`` or ``ltr`` from the first strong letter (what ``dir="auto"`` does), not from any Arabic in it.

    An English analyst's summary that quotes an Arabic name stays left-to-right; an
    Arabic sentence that starts with a Latin acronym is still right-to-left when its
    first letter is Arabic.
    """
    m = _STRONG.search(text or "")
    return "rtl" if m and m.group(0) >= "\u0590" else "ltr"


def text_attrs(text: str) -> str:
    """``dir`` and ``lang`` attributes for one element of text (Arabic or English)."""
    d = _dir(text)
    return f'dir="{d}" lang="{"ar" if d == "rtl" else "en"}"'


def lang_attrs(text: str, language: str | None = None) -> str:
    """``dir`` and ``lang`` of a text whose language may be known (an article's or event's ``language``):
    ``en`` left-to-right, ``ar`` right-to-left; any other or none, from the text (:func:`text_attrs`)."""
    if language == "en":
        return 'dir="ltr" lang="en"'
    if language == "ar":
        return 'dir="rtl" lang="ar"'
    return text_attrs(text)


def whole(v) -> str:
    """A figure as an analyst reads it: whole numbers without ``.0`` (15.0 -> ``15``), missing as ``""``."""
    if v is None or v is pd.NA or (isinstance(v, float) and math.isnan(v)):
        return ""
    if isinstance(v, (float, np.floating)) and float(v).is_integer():
        return str(int(v))
    if isinstance(v, (int, np.integer)) and not isinstance(v, bool):
        return str(int(v))
    return str(v)


def whole_number_columns(frame: pd.DataFrame, columns=("fatalities", "injuries", "displaced", "geo_precision")
                         ) -> pd.DataFrame:
    """A copy of ``frame`` with these columns as nullable integers (``Int64``: 15, not 15.0; missing
    stays empty), for the tables an analyst reads."""
    out = frame.copy()
    for c in columns:
        if c in out:
            out[c] = pd.to_numeric(out[c], errors="coerce").round().astype("Int64")
    return out


def _tag(alignment) -> str:
    """An outlet's alignment as a small grey tag (none for ``other``)."""
    a = alignment if isinstance(alignment, str) else ""
    return f' <span class="qtag">{html.escape(a)}</span>' if a and a != "other" else ""


def report_key(rep: dict) -> str:
    """The article a report comes from (its several sentences are one report), else the report itself."""
    origin = rep.get("origin") or "article"
    article = rep.get("article_id") if isinstance(rep.get("article_id"), str) else ""
    return f"article:{article}" if origin == "article" and article else f"{origin}:{rep.get('event_id', '')}"


def report_count(r: dict) -> int:
    """How many reports (articles, curated or ACLED rows) an event has, as the build counted them
    (:func:`mapapp.reportwords.report_counts`)."""
    from .reportwords import report_counts

    return report_counts(r)[0]


def _outlets_html(rep: dict) -> str:
    """A report's outlet(s), each with its own alignment tag: an article's outlet, or each outlet a
    curated row cites (``outlets``, from the build) so that no tag hangs after a list of names; the
    outlets it cites only as background (not said to report the event) after "as background"."""
    e = html.escape
    cited = rep.get("outlets") if isinstance(rep.get("outlets"), list) else []
    if cited:
        items = [o for o in cited if isinstance(o, dict)]
        names = [e(str(o.get("source", ""))) + _tag(o.get("alignment")) for o in items if not o.get("background")]
        behind = [e(str(o.get("source", ""))) + _tag(o.get("alignment")) for o in items if o.get("background")]
        origin = e(str(rep.get("origin") or "curated"))
        return (f"{origin} summary" + (" citing " + "; ".join(names) if names else "")
                + (f"{';' if names else ','} as background (not said to report this event): " + "; ".join(behind)
                   if behind else ""))
    aligned = [a for a in rep.get("alignments") or [] if a and a != "other"]
    return e(str(rep.get("source") or rep.get("origin", ""))) + (_tag(", ".join(aligned)) if aligned else "")


def _report_lines(r: dict) -> str:
    """The reports behind a merged event, one per article (its several sentences under it): outlet
    and date, each outlet's alignment, the figure and the sentence (or note) of each."""
    reports = [x for x in r.get("reports") or [] if isinstance(x, dict)] if isinstance(r.get("reports"), list) else []
    if len(reports) < 2:
        return ""
    from .further import further_html

    e = html.escape
    by_report: dict[str, list[dict]] = {}
    for rep in reports:
        by_report.setdefault(report_key(rep), []).append(rep)
    items = []
    for reps in by_report.values():
        first = reps[0]
        published = first.get("published")
        day = published if isinstance(published, str) else ""
        label = _outlets_html(first) + (f" · {e(day[:10])}" if day[:10] else "")
        if len(reps) > 1:
            label += f" · {len(reps)} sentences"
        notes = []
        for rep in reps:
            fig = f"killed {whole(rep['fatalities'])}" if _num(rep.get("fatalities")) else ""
            note = str(rep.get("evidence") or "")
            text = (f'<div class="qnote" {text_attrs(note)}>{e(note)}</div>'
                    if note and (note != r.get("evidence") or len(reps) > 1) else "")
            if rep.get("event_id") != r.get("event_id"):  # (the event's own: shown under its sentence above)
                text += further_html(rep, tolls_only=True)  # the sentence this report's toll comes from
            if len(reps) > 1:
                notes.append(f"<li>{fig}{text}</li>" if fig or text else "")
            else:
                notes.append((f" · {fig}" if fig else "") + text)
        body = f'<ul class="qrep">{"".join(notes)}</ul>' if len(reps) > 1 else "".join(notes)
        items.append(f"<li>{label}{body}</li>")
    from .reportwords import sourcing_words

    head = sourcing_words(r)  # the build's counts, in the words every view uses
    if len(by_report) == 1:
        head += f" ({len(reports)} sentences of one article)"
    return f'<div><small>{e(head)}:</small><ul class="qrep">{"".join(items)}</ul></div>'


def review_line(r: dict) -> str:
    """The event's review status for its popup: who confirmed or corrected it and when, and what was
    extracted (:func:`mapapp.reviewtext.decision_words`)."""
    e = html.escape
    status = r.get("review_status") if isinstance(r.get("review_status"), str) else "unreviewed"
    if status == "unreviewed":
        return '<small class="qrev qunrev">? unreviewed (extracted automatically)</small> '
    from .reviewtext import decision_words

    # who and when, and what a correction replaced in words (places and actors by name, not id)
    return f'<small class="qrev">✓ {e(decision_words(r))}</small> '


#: What ``quote_plus`` leaves as it is: a value made only of these needs no quoting.
_URL_SAFE = re.compile(r"[A-Za-z0-9_.~-]*\Z")


def _query_string(params: Mapping[str, str]) -> str:
    """``urllib.parse.urlencode(params)``, the same string, without quoting the values that need none
    (event ids and dates: a popup's copy link is made for every event of a slider move's popups).

    Examples
    --------
    >>> _query_string({"view": "Map", "event": "ev 1/ب", "from": "2021-04-20"})
    'view=Map&event=ev+1%2F%D8%A8&from=2021-04-20'
    """
    from urllib.parse import quote_plus

    return "&".join(f"{k if _URL_SAFE.match(k) else quote_plus(k)}={v if _URL_SAFE.match(v) else quote_plus(v)}"
                    for k, v in params.items())


def copy_link_html(event_id: str, days: tuple[dt.date, dt.date] | None = None) -> str:
    """A button that copies the event's permalink: ``?view=Map&event=ID&from=…&to=…`` on the app's address,
    the event's own days as the range (a link without dates opened on the latest activity of the day it
    was followed, years away from the event; :func:`mapapp.eventlinks.link_query`)."""
    query = _query_string(link_query(event_id, days))
    return (f'<button type="button" class="qcopy" title="Copy a link to this event (it opens on the event\'s days)" '
            f'onclick="return qcopyLink(\'{html.escape(event_id, quote=True)}\', this, '
            f'\'{html.escape(query, quote=True)}\')">copy link</button>')


def truce_line(r: dict) -> str:
    """An agreement's truce status as every view gives it (plain text; empty for any other event): "truce:
    reported held; events say probably broken on 26 Apr 2021 (1 violation)", its words
    :func:`pipeline.truces.status_words`'s (:meth:`mapapp.data.Dataset.truce_status` adds them)."""
    truce = r.get("truce_status") if isinstance(r.get("truce_status"), str) else ""
    if not truce:
        return ""
    n_viol = _num(r.get("truce_violations")) or 0
    return f"truce: {truce}" + (f" ({n_viol} violation{'s' if n_viol != 1 else ''})" if n_viol else "")


def event_popup_html(group: dict, limit: int = MAX_EVENTS_IN_POPUP, place: dict | None = None) -> str:
    """Popup for one symbol: the place with its precision, then each event with its evidence.

    All text is escaped; the Arabic evidence sits in a right-to-left block. Events merged
    from several reports list each report with its outlet, alignment and figure. A hollow symbol's
    popup says why its location is approximate (:func:`mapapp.locating.approximate_reason`; ``place``:
    its place's properties in ``places.geojson``): after the place when every event shares the reason,
    else under each event it applies to.
    """
    from .further import further_html
    from .reportwords import BACKGROUND_NOTE, report_counts, sourcing_words

    e = html.escape
    g = group
    prec = g["geo_precision"]
    where = e(str(g["location"] or g["place_id"]))
    reasons = [approximate_reason(r, place) for r in g["records"][:limit]]
    why = {x for x in reasons if x}
    one_reason = g["approximate"] and g.get("approximate_count", g["count"]) == g["count"] and len(why) == 1
    if one_reason:
        approx = f" — approximate location: {e(next(iter(why)))}"
    elif g["approximate"]:
        n = g.get("approximate_count", g["count"])
        approx = f" — approximate location for {n} of {g['count']} events"
    else:
        approx = ""
    head = (f'<div class="qpop" style="max-height:360px;overflow:auto;min-width:300px">'
            f'<b>{e(g["style"]["label"])}</b> · {g["count"]} event{"s" if g["count"] != 1 else ""} · '
            f'{g["fatalities"]} killed<br><span>{where} (geo_precision {prec}{approx})</span>')
    parts = [head]
    for r, reason in zip(g["records"][:limit], reasons):
        a1, a2 = (a if isinstance(a, str) else "" for a in (r.get("actor1"), r.get("actor2")))
        actors = " vs ".join(a for a in (a1 or ("attacker not named" if a2 else ""), a2) if a)
        tolls = []
        if _num(r.get("fatalities")):
            tolls.append(f"killed {_num(r['fatalities'])}{toll_basis_note(r)}")
        if _num(r.get("injuries")):
            tolls.append(f"injured {_num(r['injuries'])}")
        if _num(r.get("displaced")):
            # in the text's own unit (families are not people), its own words beside
            said = r.get("displaced_text") if isinstance(r.get("displaced_text"), str) else ""
            tolls.append(displaced_phrase(_num(r["displaced"]), said) + (f" («\u2068{said}\u2069»)" if said else ""))  # isolated: Arabic in an English line
        mediator = r.get("mediator") if isinstance(r.get("mediator"), str) else ""
        truce = truce_line(r)
        src = e(str(r.get("source", "")))
        url = r.get("source_url") if isinstance(r.get("source_url"), str) else ""
        if url.startswith(("http://", "https://")):
            src = f'<a href="{e(url, quote=True)}" target="_blank" rel="noopener">{src}</a>'
        counted = report_counts(r)
        if not counted[1] and counted[2]:  # a curated row citing only a day's sources: none said to report it
            src = f'<span title="{e(BACKGROUND_NOTE, quote=True)}">cited as background:</span> {src}'
        # the sentence's character offsets only in a tooltip (the exports and the Review page keep them)
        where_in_text = (f' · <span title="characters {_num(r.get("start")) or 0}–{_num(r.get("end"))} of the article">'
                         f'article {e(str(r.get("article_id", "")))}</span>' if _num(r.get("end")) else " · curated")
        sourced = sourcing_words(r)  # the build's counts (pipeline.sourcing), the words of every view
        where_in_text += (f' · <span class="qsrc" title="{e(BACKGROUND_NOTE, quote=True)}">{e(sourced)}</span>'
                          if "background" in sourced else f' · <span class="qsrc">{e(sourced)}</span>')
        evidence = str(r.get("evidence", ""))
        sel = " qsel" if r["event_id"] == g.get("open_event") else ""
        parts.append(
            f'<div class="qev{sel}" data-event-id="{e(str(r["event_id"]))}">'
            f'<b>{e(_fmt_date(r))}</b> · {e(str(r["sub_event_type"]))}<br>'
            + (f"{e(actors)}<br>" if actors else "")
            + (f"mediator: {e(mediator)}<br>" if mediator else "")
            + (f"<b>{e(truce)}</b><br>" if truce else "")
            + (f"<small>approximate location: {e(reason)}</small><br>" if reason and not one_reason else "")
            + (f"{e(', '.join(tolls))}<br>" if tolls else "") + toll_sources_line(r)
            + f"<small>{src}{where_in_text}</small><br>" + rule_line(r) + review_line(r)
            + copy_link_html(str(r["event_id"]), event_days(r))
            + f'<div class="qar" {text_attrs(evidence)}>{e(evidence)}</div>'
            + further_html(r)  # the sentence its toll comes from, marked; the other further sentences folded
            + _report_lines(r) + "</div>"
        )
    if g["count"] > limit:
        parts.append(f'<div class="qev"><i>{e(overflow_text(g, limit))}: see the Events table '
                     f'filtered to {where}, and under the map when you click this symbol</i></div>')
    parts.append("</div>")
    return "".join(parts)


def overflow_text(g: dict, limit: int = MAX_EVENTS_IN_POPUP) -> str:
    """What a popup leaves out: "and 2 more (3 killed)" (the group's toll less the events shown), so
    the events that carry most of a toll are never hidden without a word."""
    hidden = g["count"] - limit
    shown = sum(_num(x.get("fatalities")) or 0 for x in g["records"][:limit])
    killed = max(0, int(g.get("fatalities") or 0) - shown)
    return f"and {hidden} more" + (f" ({killed} killed)" if killed else " (no deaths reported)")


def figure_label(x: dict) -> str:
    """Who gave one figure of ``fatalities_by_source``: the outlet and its article's date (or the
    source index's ref), or "curated summary" for an analyst's row that cites several outlets."""
    origin = x.get("origin") if isinstance(x.get("origin"), str) else ""
    source = str(x.get("source") or "?")
    if origin in ("curated", "acled") and ("; " in source or not source.strip()):
        return f"{origin} summary"
    published = x.get("published")
    day = published if isinstance(published, str) else ""
    ref = x.get("ref") if isinstance(x.get("ref"), str) else ""
    when = ", ".join(b for b in (day[:10], f"ref {ref}" if ref else "") if b)
    return source + (f" ({when})" if when else "")


def toll_basis_note(r) -> str:
    """How the merged death toll was chosen, after it (:func:`pipeline.merge._toll`): " (curated; other
    reports say 1)" when an analyst's curated figure stands over reports that give another one,
    " (reports: 1–5)" when the reports' figures differ (the lowest stands), else ``""``."""
    basis = r.get("fatalities_basis") if isinstance(r.get("fatalities_basis"), str) else ""
    if basis == "curated":
        by = r.get("fatalities_by_source") if isinstance(r.get("fatalities_by_source"), list) else []
        others = sorted({n for x in by if isinstance(x, dict) and x.get("origin") in ("article", "acled")
                         and (n := _num(x.get("fatalities")))})
        if not others or others == [_num(r.get("fatalities"))]:
            return ""
        said = str(others[0]) if len(others) == 1 else f"{others[0]}–{others[-1]}"
        return f" (curated; other reports say {said})"
    rng = r.get("fatalities_range")
    return f" (reports: {rng[0]}–{rng[1]})" if isinstance(rng, list) and len(rng) == 2 and rng[0] != rng[1] else ""


def toll_text(r) -> str:
    """An event's tolls in words ("killed 3, injured 15, 20+ families displaced"; ``""`` when none), whole
    numbers, displacement in the text's own unit (as the popup says it), the death toll with how it was
    chosen when reports differ (:func:`toll_basis_note`)."""
    tolls = [f"{label} {_num(r.get(k))}" + (toll_basis_note(r) if k == "fatalities" else "")
             for k, label in (("fatalities", "killed"), ("injuries", "injured")) if _num(r.get(k))]
    if _num(r.get("displaced")):
        said = r.get("displaced_text") if isinstance(r.get("displaced_text"), str) else ""
        tolls.append(displaced_phrase(_num(r["displaced"]), said))
    return ", ".join(tolls)


def evidence_item_html(r, place: dict | None = None) -> str:
    """One event of the list under the map: when, type, toll, confidence, review status, outlet(s) with
    the number of reports, precision (and why its location is approximate, :func:`mapapp.locating.approximate_reason`;
    ``place``: its place's properties), then its sentence and, when its toll is told in another sentence
    (``further``, :meth:`mapapp.data.Dataset.with_further`), that one; the order of the popup. For ``st.markdown``
    (a Markdown sink): every text through :func:`mapapp.textsafe.md_safe`, never read as markup."""
    from .textsafe import md_safe as e

    status = r.get("review_status") if isinstance(r.get("review_status"), str) else "unreviewed"
    conf = r.get("confidence") if isinstance(r.get("confidence"), str) else ""
    from .reportwords import sourcing_words

    prec = _num(r.get("geo_precision"))
    bits = [f"<b>{e(_fmt_date(r))}</b>", e(f"{r.get('event_type', '')} / {r.get('sub_event_type', '')}")]
    toll = toll_text(r)
    bits.append(f"<b>{e(toll)}</b>" if toll else "no toll reported")
    if conf:
        bits.append(f'<span class="qconf-{e(conf)}">{e(conf)} confidence</span>')
    if _flag(r.get("low_trust_only")):
        bits.append(LOW_TRUST_ONLY_HTML)
    bits.append(e("? unreviewed" if status == "unreviewed" else f"✓ {status}"))
    bits.append(e(str(r.get("source") or "")))
    bits.append(e(sourcing_words(r)))  # the build's counts, the words of every view
    why = approximate_reason(r, place)
    if prec is not None:
        bits.append(f"precision {prec}" + (f" (approximate location: {e(why)})" if why else ""))
    elif why:
        bits.append(f"approximate location: {e(why)}")
    evidence = str(r.get("evidence") or "")
    from .further import TOLL_FROM

    further = r.get("further") if isinstance(r.get("further"), list) else []
    toll_from = "".join(f'<div class="qtollsrc"><small>{TOLL_FROM}:</small><div {text_attrs(t)} class="qar-block">'
                        f"{e(t)}</div></div>" for t, holds in further if holds)
    return (f'<div class="qevidence-item" data-event-id="{e(str(r.get("event_id", "")))}">'
            + " · ".join(bits) + f'<div {text_attrs(evidence)} class="qar-block">{e(evidence)}</div>'
            + toll_from + "</div>")


def toll_sources_line(r: dict) -> str:
    """Who gave which death toll, when the reports disagree (escaped HTML; empty when they agree).

    The range in "killed 1 (reports: 1–5)" also counts figures that curated rows cite from outlets
    (``outlet_figures``) with no report of their own in the popup: this line names every one.

    Parameters
    ----------
    r : dict
        An event record with ``fatalities_range`` and ``fatalities_by_source``.
    """
    rng, by = r.get("fatalities_range"), r.get("fatalities_by_source")
    if not (isinstance(rng, list) and len(rng) == 2 and rng[0] != rng[1] and isinstance(by, list) and by):
        return ""
    items: list[str] = []
    seen: dict[str, int] = {}  # figures per label: a second article of one outlet and day is told apart
    for x in by:
        if not isinstance(x, dict):
            continue
        label = figure_label(x)
        seen[label] = seen.get(label, 0) + 1
        if seen[label] > 1 and x.get("article_id"):  # one outlet, one day, two articles
            label += f", article {str(x['article_id'])[-6:]}"
        items.append(f"<li>{html.escape(label)}{_tag(x.get('alignment'))}: {whole(x.get('fatalities'))}</li>")
    return f'<small class="qtolls">tolls by source:<ul>{"".join(items)}</ul></small>'


#: Said beside an event's confidence when every outlet it rests on is of low trust (``low_trust_only``, from
#: ``curated/outlets.tsv`` by the build): the confidence is the extraction's, not the source's.
LOW_TRUST_ONLY = "only low-trust sources"
LOW_TRUST_ONLY_HTML = (f'<span class="qlowtrust" title="every outlet this event rests on is marked low trust in '
                       f'curated/outlets.tsv: the confidence is how sure the reading of the text is, not the source">'
                       f'⚠ {LOW_TRUST_ONLY}</span>')


def _flag(v) -> bool:
    """A yes/no field of a record: true only when it is a true boolean (missing, NaN or None: no)."""
    return isinstance(v, (bool, np.bool_)) and bool(v)


def rule_line(r: dict) -> str:
    """How sure the extraction is and which rule made the event (escaped HTML; empty if neither is known).

    Parameters
    ----------
    r : dict
        An event record with ``confidence`` and ``rule`` (``trigger:…/pattern:…``, ``curated``, ``acled``).
    """
    conf = r.get("confidence") if isinstance(r.get("confidence"), str) else ""
    rule = r.get("rule") if isinstance(r.get("rule"), str) else ""
    if not conf and not rule:
        return ""
    bits = ([f'<span class="qconf-{html.escape(conf, quote=True)}">{html.escape(conf)} confidence</span>'] if conf else []) \
        + ([LOW_TRUST_ONLY_HTML] if _flag(r.get("low_trust_only")) else []) \
        + ([rule_html(rule, r.get("trigger"))] if rule else [])
    return f'<small class="qrule">{" · ".join(bits)}</small><br>'


def rule_html(rule: str, trigger=None) -> str:
    """The rule as shown: its id (``pattern:…``) and the trigger as the article wrote it (the event's
    ``trigger``, the evidence span's own characters), not the normalised form the rule id holds
    ("طايره مسيره" reads as misspelt); the whole rule id stays in the tooltip. Escaped HTML."""
    e = html.escape
    said = trigger.strip() if isinstance(trigger, str) else ""
    if not rule.startswith("trigger:") or not said:
        return f'rule <code dir="auto">{e(rule)}</code>'
    rest = rule.split("/", 1)[1] if "/" in rule else ""
    return (f'rule <code title="{e(rule, quote=True)}">{e(rest or "trigger")}</code> · trigger '
            f'«<bdi class="qtrig">{e(said)}</bdi>»')  # isolated, its direction from its own letters


def group_tooltip(g: dict) -> str:
    """The hover text of a symbol; also how the app finds which symbol was clicked."""
    return (f'{g["style"]["label"]}: {g["count"]} at {g["location"]}'
            + (f', {g["fatalities"]} killed' if g["fatalities"] else "")
            + (" (approximate)" if g["approximate"] else ""))


#: Brackets around a symbol's group id in its tooltip (a hidden element: not shown on hover,
#: but in the text streamlit-folium returns for the clicked object).
_ID_OPEN, _ID_CLOSE = "\u27e6", "\u27e7"
_ID_RE = re.compile(f"{_ID_OPEN}(.*?){_ID_CLOSE}")


def group_id(place: str, event_type: str, style_key: str) -> str:
    """The stable id of a symbol group: ``place_id|event_type|sub-type style key``.

    It does not depend on the tooltip's wording, the counts or the filters.
    """
    return f"{place}|{event_type}|{style_key}"


def tooltip_html(g: dict) -> str:
    """The symbol's tooltip: its hover text, preceded by its group id in a hidden element."""
    return f'<span hidden>{_ID_OPEN}{html.escape(g["id"])}{_ID_CLOSE}</span>{html.escape(group_tooltip(g))}'


def find_group(events: pd.DataFrame | None, clicked: str | None, lat: float | None = None,
               lon: float | None = None, groups: list[dict] | None = None) -> dict | None:
    """The symbol group a click landed on: by the group id in the clicked object's tooltip
    (``last_object_clicked_tooltip``; see :func:`tooltip_html`), else the only group at that point.

    Parameters
    ----------
    events : pandas.DataFrame
        The events drawn (the same filter as the map).
    clicked : str or None
        The text streamlit-folium returns for the clicked object's tooltip, or a bare group id.
    lat, lon : float, optional
        Where the click landed.
    groups : list of dict, optional
        The groups drawn (:func:`store_groups`), instead of grouping ``events`` again.

    Returns
    -------
    dict or None
        The group (:func:`group_events`), None when the click matches none.
    """
    if groups is None:
        groups = group_events(events)
    if clicked:
        m = _ID_RE.search(clicked.strip())
        wanted = html.unescape(m.group(1)) if m else clicked.strip()
        for g in groups:
            if g["id"] == wanted:
                return g
    if lat is not None and lon is not None:
        here = [g for g in groups if abs(g["lat"] - lat) < 1e-6 and abs(g["lon"] - lon) < 1e-6]
        if len(here) == 1:
            return here[0]
    return None


class SymbolLayer(MacroElement):
    """Many symbols (markers showing their SVG as one image, with tooltip and popup) from one JSON array.

    One element instead of a folium Marker + Icon + Popup + Tooltip per symbol: the page
    carries the data once and a short loop makes the markers, which keeps reruns fast.
    The markers live in one group per map that outlasts the layer (streamlit-folium replaces
    every layer on each rerun): a new set of symbols updates the markers already drawn (by
    group id: tooltip, popup, icon only where changed), adds new ones, removes gone ones, then
    raises the map container's ``data-symbols-rev``. Clicks reach streamlit-folium through the
    current layer (each marker's event parent); the layer control hides the group with it.

    Symbols never hide one another: after every zoom, symbols whose boxes would overlap
    (several types at one place, an approximate place drawn at its parent's point,
    neighbouring places) are pushed apart just enough (a few rounds of pairwise
    separation, started on a small ring for symbols at the very same point), each with a
    thin leader line and a dot at its true point (a map's leaders drawn on one canvas under the
    symbols). The marker itself stays at the true
    point (its popup, tooltip and the app's click position are the place's), only the
    icon is offset; as the user zooms in, places separate and the offsets shrink.
    """

    _template = Template("""
        {% macro script(this, kwargs) %}
        (function(){
          var layer = {{ this._parent.get_name() }};""" + FLAT_MARKER_JS + """
          window.qcopyLink = function (id, btn, query) {
            var loc; try { loc = window.top.location; } catch (e) { loc = window.location; }
            var url = loc.origin + loc.pathname + "?" + (query || ("event=" + encodeURIComponent(id)));
            var done = function () { if (btn) { btn.textContent = "✓ link copied"; } };
            if (navigator.clipboard) {
              navigator.clipboard.writeText(url).then(done, function () { window.prompt("Link to this event", url); });
            } else { window.prompt("Link to this event", url); }
            return false;
          };
          // Each symbol's picture is one <img> of its SVG text (a data: URL, loaded at once; one image element
          // made per distinct symbol and cloned), and the leader lines of symbols pushed aside are drawn on one
          // canvas per map (drawLeads). An inline SVG tree per icon made Chromium re-layerize thousands of
          // paint chunks on every frame of the page, ~13 ms a frame at 100k events (profile_browser --frames).
          var imgs = window.qsvgImgs || (window.qsvgImgs = new Map());
          function imgNode(text) {
            var n = imgs.get(text);
            if (!n) {
              if (imgs.size > 4000) { imgs.clear(); }
              n = document.createElement("img");
              n.decoding = "sync";
              n.draggable = false;
              n.alt = "";
              n.src = "data:image/svg+xml;charset=utf-8," + encodeURIComponent(text);
              imgs.set(text, n);
            }
            return n.cloneNode(false);
          }
          if (!L.QIcon) {
            L.QIcon = L.DivIcon.extend({
              createIcon: function (oldIcon) {
                var div = (oldIcon && oldIcon.tagName === "DIV") ? oldIcon : document.createElement("div");
                var img = div.firstChild;
                if (!img || img.getAttribute("data-svg") !== this.options.svg) {
                  div.textContent = "";
                  img = imgNode(this.options.svg);
                  img.setAttribute("data-svg", this.options.svg);
                  div.appendChild(img);
                }
                this._setIconStyles(div, "icon");
                return div;
              }
            });
          }
          function icon(d, dx, dy) {
            return new L.QIcon({svg: d.svg, className: "qsym", iconSize: [d.s, d.s],
                                iconAnchor: [d.s / 2 - dx, d.s / 2 - dy]});
          }
          // Leader lines: from each symbol pushed aside back to its true point (a thin line and a dot), on one
          // canvas in a pane under the symbols, as large as the map's view and drawn again when it moves
          function leadCanvas(h) {
            if (!h.leads) {
              var map = h.map, pane = map.getPane("qsymleads") || map.createPane("qsymleads");
              pane.style.zIndex = 590;
              pane.style.pointerEvents = "none";
              h.leads = document.createElement("canvas");
              h.leads.className = "qsymleads";
              h.leads.style.cssText = "position:absolute;left:0;top:0;pointer-events:none";
              pane.appendChild(h.leads);
              map.on("moveend resize", function () { drawLeads(h); });
              map.on("zoomstart", function () { h.leads.style.display = "none"; });
            }
            return h.leads;
          }
          function drawLeads(h) {
            var map = h.map, c = leadCanvas(h);
            if (!h.group._map) { c.style.display = "none"; return; }
            var size = map.getSize(), r = window.devicePixelRatio || 1, o = map.containerPointToLayerPoint([0, 0]);
            c.style.left = o.x + "px";
            c.style.top = o.y + "px";
            c.style.width = size.x + "px";
            c.style.height = size.y + "px";
            c.width = Math.round(size.x * r);
            c.height = Math.round(size.y * r);
            var ctx = c.getContext("2d");
            ctx.setTransform(r, 0, 0, r, 0, 0);
            ctx.clearRect(0, 0, size.x, size.y);
            var n = 0;
            h.marks.forEach(function (m) {
              if (!m._qdx && !m._qdy) { return; }
              var p = map.latLngToLayerPoint(m.getLatLng()).round().subtract(o);
              ctx.beginPath();
              ctx.moveTo(p.x + m._qdx, p.y + m._qdy);
              ctx.lineTo(p.x, p.y);
              ctx.strokeStyle = "rgba(51,51,51,0.75)";
              ctx.lineWidth = 1;
              ctx.stroke();
              ctx.beginPath();
              ctx.arc(p.x, p.y, 2.5, 0, 2 * Math.PI);
              ctx.fillStyle = "#222";
              ctx.fill();
              n += 1;
            });
            c.style.display = "";
            c.setAttribute("data-leads", String(n));
          }
          // The markers live in one group per map ("host") that outlasts this layer: streamlit-folium
          // replaces every layer on each rerun, and a new set of symbols updates the markers already
          // drawn (tooltip, popup, icon only where they changed) instead of making all of them again.
          // Clicks reach streamlit-folium through the current Events layer (the markers' event parent);
          // the host is on the map exactly while an Events layer is (the layer control hides it).
          var pending = null;
          function hostOf(map) {
            if (!map._qsymHost) {
              var h = map._qsymHost = {group: L.layerGroup(), marks: new Map(), owner: null, zoom: null, rev: 0,
                                       map: map};
              map.on("zoomend viewreset", function () { if (h.group._map) { layout(h, false); } });
            }
            return map._qsymHost;
          }
          function claim() {
            var map = layer._map;
            if (!map) { return; }
            var h = hostOf(map);
            if (h.owner !== layer) {
              var old = h.owner;
              h.owner = layer;
              h.marks.forEach(function (m) { if (old) { m.removeEventParent(old); } m.addEventParent(layer); });
            }
            if (!h.group._map) { h.group.addTo(map); }
            if (pending) { var data = pending; pending = null; apply(h, data); }
          }
          function make(data) {
            pending = data;
            // the list streamlit-folium keeps of its layers only grows: keep the ones still on the map
            if (window.feature_group && window.feature_group.filter) {
              window.feature_group = window.feature_group.filter(function (fg) { return !!fg._map; });
            }
            claim();
          }
          function apply(h, data) {
            var seen = new Set(), changed = false;
            data.forEach(function (d) {
              var id = d.id || (d.lat + "," + d.lon + "|" + d.svg);
              seen.add(id);
              var m = h.marks.get(id);
              if (!m) {
                m = L.qmarker([d.lat, d.lon], {title: "", icon: icon(d, 0, 0)})
                  .bindTooltip(d.tip)
                  // kept clear of the zoom buttons (top left) when the map pans to show it
                  .bindPopup(d.popup, {maxWidth: 420, autoPanPaddingTopLeft: [52, 90]});
                m._qdx = 0; m._qdy = 0;
                m.addEventParent(layer);
                h.marks.set(id, m);
                m._qd = d;
                m.addTo(h.group);
                changed = true;
              } else {
                var o = m._qd;
                m._qd = d;
                if (o.lat !== d.lat || o.lon !== d.lon) { m.setLatLng([d.lat, d.lon]); changed = true; }
                if (o.s !== d.s) { changed = true; }
                if (o.svg !== d.svg || o.s !== d.s) { m.setIcon(icon(d, m._qdx, m._qdy)); }
                if (o.tip !== d.tip) { m.setTooltipContent(d.tip); }
                if (o.popup !== d.popup) { m.setPopupContent(d.popup); }
              }
              if (d.open) { openLater(m); }
            });
            h.marks.forEach(function (m, id) {
              if (!seen.has(id)) { h.group.removeLayer(m); m.removeEventParent(layer); h.marks.delete(id); changed = true; }
            });
            layout(h, changed);
            h.rev += 1;
            h.map.getContainer().setAttribute("data-symbols-rev", String(h.rev));
          }
          function openLater(m) {  // a permalink (?event=ID): open this symbol's popup once it is on the map
            var tries = 0;
            var openIt = function () {
              if (m._map) {
                m.openPopup();
                // pan again while the frame and the popup reach their final size (else its top is cut off)
                var refit = function () { var pp = m.getPopup(); if (pp && pp.isOpen()) { pp.update(); } };
                [400, 1000, 2000, 3500].forEach(function (t) { setTimeout(refit, t); });
                m._map.on("resize", refit);
                setTimeout(function () { if (m._map) { m._map.off("resize", refit); } }, 5000);
              } else if (tries++ < 40) { setTimeout(openIt, 150); }
            };
            setTimeout(openIt, 100);
          }
          // Icon offsets [dx, dy] that keep symbols (d.lat, d.lon, d.s) from overlapping at the map's zoom.
          // Pairwise separation in rounds; candidate pairs come from a grid of cells as wide as the largest
          // distance two symbols must keep, so a round costs about n, not n squared (759 symbols at 100k events).
          function spread(map, data) {
            var n = data.length, pts = new Array(n), x = new Float64Array(n), y = new Float64Array(n);
            var s = new Float64Array(n), maxS = 0, i, j;
            for (i = 0; i < n; i++) {
              pts[i] = map.latLngToLayerPoint([data[i].lat, data[i].lon]);
              x[i] = pts[i].x; y[i] = pts[i].y; s[i] = data[i].s; maxS = Math.max(maxS, s[i]);
            }
            var cell = maxS + 3;
            // symbols at the very same point start on a small ring (a direction to be pushed in)
            var same = new Map();
            for (i = 0; i < n; i++) {
              var k = Math.round(pts[i].x) + "," + Math.round(pts[i].y);
              if (!same.has(k)) { same.set(k, []); }
              same.get(k).push(i);
            }
            same.forEach(function (ids) {
              if (ids.length < 2) { return; }
              ids.forEach(function (i, j) {
                var a = 2 * Math.PI * j / ids.length - Math.PI / 2;
                x[i] += Math.cos(a); y[i] += Math.sin(a);
              });
            });
            var near = [];
            for (var round = 0; round < 200; round++) {
              var moved = false, grid = new Map();
              for (i = 0; i < n; i++) {
                var key = Math.floor(x[i] / cell) * 65536 + Math.floor(y[i] / cell);
                var c = grid.get(key);
                if (c) { c.push(i); } else { grid.set(key, [i]); }
              }
              for (i = 0; i < n; i++) {
                var cx = Math.floor(x[i] / cell), cy = Math.floor(y[i] / cell);
                near.length = 0;
                for (var ox = -1; ox <= 1; ox++) {
                  for (var oy = -1; oy <= 1; oy++) {
                    var cl = grid.get((cx + ox) * 65536 + cy + oy);
                    if (cl) { for (var q = 0; q < cl.length; q++) { if (cl[q] > i) { near.push(cl[q]); } } }
                  }
                }
                if (near.length > 1) { near.sort(function (u, v) { return u - v; }); }
                for (var t = 0; t < near.length; t++) {
                  j = near[t];
                  var need = (s[i] + s[j]) / 2 + 3;
                  var dx = x[j] - x[i], dy = y[j] - y[i];
                  if (Math.abs(dx) >= need || Math.abs(dy) >= need) { continue; }
                  var dist = Math.sqrt(dx * dx + dy * dy);
                  if (dist >= need) { continue; }
                  if (dist < 1e-6) { dx = Math.cos(i + j); dy = Math.sin(i + j); dist = 1; }
                  var push = (need - dist) / 2 + 0.1;
                  x[i] -= dx / dist * push; y[i] -= dy / dist * push;
                  x[j] += dx / dist * push; y[j] += dy / dist * push;
                  moved = true;
                }
              }
              if (!moved) { break; }
            }
            var off = new Array(n);
            for (i = 0; i < n; i++) { off[i] = [Math.round(x[i] - pts[i].x), Math.round(y[i] - pts[i].y)]; }
            return off;
          }
          // Offsets again when the zoom changed or symbols came, went or changed size; icons remade only
          // where their offset changed.
          function layout(h, changed) {
            var map = h.map;
            if (!h.group._map) { return; }
            var marks = Array.from(h.marks.values());
            if (changed || h.zoom !== map.getZoom()) {
              var off = spread(map, marks.map(function (m) { return m._qd; }));
              marks.forEach(function (m, i) {
                var dx = off[i][0], dy = off[i][1];
                if (m._qdx !== dx || m._qdy !== dy) { m._qdx = dx; m._qdy = dy; m.setIcon(icon(m._qd, dx, dy)); }
              });
              h.zoom = map.getZoom();
            }
            drawLeads(h);
            map.getContainer().setAttribute("data-symbols-laid-out", String(marks.length));
            map.fire("qsymbols");  // the labels place themselves again around the moved symbols
          }
          layer.on("add", claim);
          layer.on("remove", function () {
            var map = layer._map;  // (still set while "remove" fires)
            setTimeout(function () {  // no other Events layer took the symbols over: hide them with this one
              var h = map && map._qsymHost;
              if (h && h.owner === layer && !layer._map && h.group._map) { map.removeLayer(h.group); drawLeads(h); }
            }, 0);
          });
          {% if this.packed %}
          // the symbols come as deflated UTF-8 JSON in base64 (see SymbolLayer.packed): a small fraction of
          // the bytes of JSON whose Arabic is escaped (twice: again inside streamlit-folium's message)
          // (labels wait while window.qsymPending > 0: they are placed around the symbols, see LabelLayer)
          (function (b64) {
            window.qsymPending = (window.qsymPending || 0) + 1;
            var bin = atob(b64), bytes = new Uint8Array(bin.length);
            for (var i = 0; i < bin.length; i++) { bytes[i] = bin.charCodeAt(i); }
            var text = new Response(new Blob([bytes]).stream().pipeThrough(new DecompressionStream("deflate"))).text();
            text.then(function (t) { window.qsymPending -= 1; make(JSON.parse(t)); },
                      function (e) { window.qsymPending -= 1; console.error("map symbols could not be read", e); });
          })("{{ this.packed }}");
          {% else %}
          make({{ this.data|tojson }});
          {% endif %}
        })();
        {% endmacro %}
    """)

    def __init__(self, data: list[dict] | None, packed: bool = True, packed_text: str | None = None):
        super().__init__()
        self._name = "SymbolLayer"
        self._data = data
        self._packed = packed
        self._packed_text: str | None = packed_text  # pack_json(data), when already made (then data may be None)

    @property
    def data(self) -> list[dict]:
        """The symbols' data (unpacked from the packed text when only that was kept: a shared layer keeps
        its packed text alone, a few times smaller than the popups' strings)."""
        return self._data if self._data is not None else unpack_json(self._packed_text or pack_json([]))

    @property
    def packed(self) -> str:
        """The data as the page carries it when packed: :func:`pack_json` ("" when sent as plain JSON).

        Made once (the template reads it twice, and streamlit-folium renders the layer twice).
        """
        if not self._packed:
            return ""
        if self._packed_text is None:
            self._packed_text = pack_json(self.data)
        return self._packed_text


def pack_json(data) -> str:
    """``data`` as UTF-8 JSON, deflated (zlib format), in base64: what :class:`SymbolLayer` sends.

    The popups' Arabic evidence is most of a map's bytes. As JSON in a page it is escaped
    (``\\uXXXX``, 6 bytes a letter), and streamlit-folium's message escapes the page again,
    so an Arabic letter cost ~7–12 bytes on every slider move; deflated UTF-8 costs well under
    one, and base64 is plain ASCII that no layer escapes again. The browser inflates it with
    its own ``DecompressionStream`` (no library). Deterministic: the same data packs to the
    same text, so unchanged layers are not redrawn.
    """
    # orjson: the same bytes as ``json.dumps(data, ensure_ascii=False, separators=(",", ":"))`` in a tenth of
    # its time (~20 ms a slider move at 100k events); the symbols carry no NaN (points without one are left out)
    raw = orjson.dumps(data)
    return base64.b64encode(zlib.compress(raw, 3)).decode("ascii")  # level 3: a quarter of level 6's time


def unpack_json(text: str):
    """The data :func:`pack_json` packed (for tests and benchmarks)."""
    return json.loads(zlib.decompress(base64.b64decode(text)).decode("utf-8"))


def events_layer(events: pd.DataFrame | None, name: str = "Events", open_event: str | None = None,
                 groups: list[dict] | None = None, packed: bool = True,
                 places: dict | None = None) -> folium.FeatureGroup:
    """All (filtered) events as one layer of grouped symbols (spread apart in the browser, see
    :class:`SymbolLayer`); ``open_event`` (an event id) has its symbol's popup opened, with that event
    first and highlighted. ``groups``: the symbols already made (:func:`store_groups`) instead of ``events``.
    ``packed``: the symbols' data deflated (:func:`pack_json`, the app's map), else plain JSON (a page saved
    to a file and opened in any browser). ``places``: ``places.geojson``, for why an approximate location is
    approximate in the popups (:func:`mapapp.locating.approximate_reason`)."""
    fg = folium.FeatureGroup(name=name)
    if groups is None:
        groups = group_events(events)
    share = getattr(groups, "share", None)
    if share is not None and packed and not open_event:  # made once per store and filters, whichever session asks
        SymbolLayer(None, packed_text=share("symbol_layer", lambda: pack_json(symbol_data(groups, places)))).add_to(fg)
        return fg
    if open_event:
        _put_first(groups, open_event)
    SymbolLayer(symbol_data(groups, places), packed=packed).add_to(fg)
    return fg


def symbol_data(groups: list[dict], places: dict | None = None) -> list[dict]:
    """What :class:`SymbolLayer` draws of each symbol group: its point, size, SVG, tooltip and popup
    (``places``: ``places.geojson``, its place's properties to the popup)."""
    by_id = {f["properties"]["place_id"]: f["properties"] for f in (places or {}).get("features", [])}
    data = []
    for g in groups:
        size = symbol_size(g["fatalities"], g["count"])
        data.append({
            "id": g["id"], "lat": g["lat"], "lon": g["lon"], "s": size,
            "svg": symbol_svg(g["style"]["shape"], g["style"]["color"], size, g["approximate"], g["unreviewed"] > 0),
            "tip": tooltip_html(g), "popup": event_popup_html(g, place=by_id.get(g["place_id"])),
            **({"open": True} if g.get("open_event") else {}),
        })
    return data


def _put_first(groups: list[dict], event_id: str) -> None:
    """Mark the group holding ``event_id`` to open, with that event first in its popup."""
    # a group whose newest events hold it first (no query), then the others
    groups = sorted(groups, key=lambda g: all(r["event_id"] != event_id for r in g["records"]))
    for g in groups:
        shown = [r for r in g["records"] if r["event_id"] == event_id]  # already made, with its truce status and sentences
        if shown:
            g["records"] = shown + [r for r in g["records"] if r["event_id"] != event_id][:MAX_EVENTS_IN_POPUP - 1]
            g["open_event"] = event_id
            return
        rows = group_rows(g)
        hit = rows.index[rows["event_id"] == event_id]
        if len(hit):
            rec = {k: v for k, v in rows.loc[hit[0]].items() if k not in ("day_from", "day_to")}
            decorate = g.get("decorate")
            if decorate is not None:  # (the store's groups: the truce status and sentences the others carry)
                rec = decorate([rec])[0]
            g["records"] = [rec] + [r for r in g["records"] if r["event_id"] != event_id][:MAX_EVENTS_IN_POPUP - 1]
            g["open_event"] = event_id
            return


def uncertainty_layer(places: dict, place_ids: set[str]) -> folium.FeatureGroup:
    """Dashed outlines of the approximate areas of the places events are drawn at."""
    return _outlines_layer(places, place_ids, "Uncertainty areas (approximate places)",
                           lambda p: bool(p.get("approximate")), dashed=True)


def cited_areas_layer(places: dict, place_ids: set[str]) -> folium.FeatureGroup:
    """Solid outlines of the cited polygons (``geo/areas.geojson``) of the places events are drawn at."""
    return _outlines_layer(places, place_ids, "Cited outlines (imported polygons)",
                           lambda p: bool(p.get("has_area")) and not p.get("approximate"), dashed=False)


def _outlines_layer(places: dict, place_ids: set[str], name: str, keep, dashed: bool) -> folium.FeatureGroup:
    """The polygon outlines of the places in ``place_ids`` whose properties ``keep`` accepts."""
    fg = folium.FeatureGroup(name=name)
    style = {"color": "#333", "weight": 1.5, "fillOpacity": 0.04, **({"dashArray": "4,4"} if dashed else {})}
    for f in places.get("features", []):
        p = f["properties"]
        if (p["place_id"] in place_ids and keep(p) and f.get("geometry")
                and f["geometry"]["type"] in ("Polygon", "MultiPolygon")):
            folium.GeoJson(
                shape_only(f), style_function=lambda _f: style,
                tooltip=_tooltip(f"{p['name_en']}: {p['basis']}"),
            ).add_to(fg)
    return fg


def stable_ids(element, prefix: str) -> None:
    """Give an element and all its descendants ids that depend only on their position.

    folium names every object with a random id, so the same layers built twice render to
    different HTML; streamlit-folium then redraws them on every rerun, which closes an
    open popup. With positional ids, unchanged layers render identically and stay put.
    """
    counter = 0
    seen: set[int] = set()

    def walk(el) -> None:
        nonlocal counter
        if id(el) in seen:
            return
        seen.add(id(el))
        el._id = f"{prefix}{counter:x}"
        counter += 1
        children = getattr(el, "_children", None)
        if children:
            for child in children.values():
                walk(child)
            # templates use the dict keys as JavaScript names: re-key with the new ids
            el._children = type(children)((child.get_name(), child) for child in children.values())
        # elements held as attributes (a popup's html/header/script, a marker's icon)
        for name, sub in vars(el).items():
            if name != "_parent" and isinstance(sub, BranchElement):
                walk(sub)

    walk(element)


def dynamic_layers(events: pd.DataFrame | None, zones: dict, places: dict, as_of: dt.date,
                   open_event: str | None = None, changes: list[dict] | None = None,
                   labels: bool = True, groups: list[dict] | None = None,
                   place_counts: dict[str, int] | None = None, packed: bool = True) -> list[folium.FeatureGroup]:
    """The layers that change with filters, in drawing order, with stable ids.

    Zones, the outlines of areas that changed hands (``changes``, from :func:`zone_changes`),
    uncertainty areas, cited outlines, event symbols, then the place labels (placed last,
    around the symbols; their priority counts the events shown at each place). ``open_event``: the
    event whose popup opens (a permalink). From an event store, ``groups`` (:func:`store_groups`)
    and ``place_counts`` (:meth:`mapapp.store.EventStore.place_counts`) replace ``events``. ``packed``:
    the symbols' data deflated for the app (:func:`pack_json`); False for a page saved as a file.
    """
    if place_counts is not None:
        counts = dict(place_counts)
    else:
        counts = events["place_id"].value_counts().to_dict() if events is not None and not events.empty else {}
    ids = set(counts)
    cited = cited_areas_layer(places, ids)
    changed = changes_layer(changes or [])
    layers = [zones_layer(zones, as_of), changed, uncertainty_layer(places, ids), cited,
              events_layer(events, open_event=open_event, groups=groups, packed=packed, places=places)]
    if labels:
        layers.append(labels_layer(places, counts))
    for n, layer in enumerate(layers):
        stable_ids(layer, f"l{n}x")  # (numbered in this order whether or not the outlines are shown)
    # optional layers only when they have something (an empty entry in the layer list confuses)
    return [layer for layer in layers if (layer is not cited and layer is not changed) or layer._children]


# --------------------------------------------------------------------------- legend


class Legend(MacroElement):
    """A static HTML legend as a Leaflet control (no branca colormap: it would add CDN links)."""

    _template = Template("""
        {% macro script(this, kwargs) %}
        (function(){
          var legend = L.control({position: "{{ this.position }}"});
          legend.onAdd = function () {
            var div = L.DomUtil.create("div", "qcontrol");
            div.innerHTML = {{ this.html|tojson }};
            L.DomEvent.disableClickPropagation(div);
            return div;
          };
          legend.addTo({{ this._parent.get_name() }});
        })();
        {% endmacro %}
    """)

    def __init__(self, html_text: str, position: str = "bottomright"):
        super().__init__()
        self._name = "Legend"
        self.html = html_text
        self.position = position


def _swatch(color: str) -> str:
    return (f'<span style="display:inline-block;width:16px;height:11px;background:{color};opacity:.6;'
            f'border:1px solid {color};vertical-align:middle"></span>')


def _hatch_swatch(a: str, b: str) -> str:
    ca, cb = CONTROLLER_COLORS[a], CONTROLLER_COLORS[b]
    return ('<svg width="16" height="11" style="vertical-align:middle"><defs><pattern id="qleg-hatch" '
            'patternUnits="userSpaceOnUse" width="6" height="6" patternTransform="rotate(45)">'
            f'<rect width="3" height="6" fill="{ca}"/><rect x="3" width="3" height="6" fill="{cb}"/></pattern></defs>'
            '<rect x="0.5" y="0.5" width="15" height="10" fill="url(#qleg-hatch)" fill-opacity=".7" stroke="#333"/></svg>')


def legend_items(as_of: dt.date | None = None, faded: bool = True) -> list[str]:
    """The legend's entries as HTML snippets (symbols, precision, zones, changes); the faded-zone
    entry only when ``faded`` (some zone is drawn faded, :func:`any_zone_faded`)."""
    rows = []
    main = list(EVENT_STYLE.items())[:4] + list(SUB_EVENT_STYLE.items())
    for _etype, st_ in main:
        rows.append(f'{symbol_svg(st_["shape"], st_["color"], 16, False)} {html.escape(st_["label"])}')
    # protests and riots (rarer) share one entry
    rows.append(" ".join(f'{symbol_svg(st_["shape"], st_["color"], 16, False)} {html.escape(st_["label"])}'
                         for _, st_ in list(EVENT_STYLE.items())[4:]))
    rows.append(f'{symbol_svg("circle", "#555", 16, True)} {html.escape(HOLLOW_LEGEND)}')
    rows.append(f'{symbol_svg("circle", "#555", 16, False, True)} not yet reviewed by an analyst '
                '(no badge: every event confirmed, corrected or curated)')
    rows.append('<small>size: fatalities reported; crowded symbols are spread out, a line to their place; a name set apart from its place: a line with a dot at its point</small>')
    for cid, label in CONTROLLER_LABELS.items():
        rows.append(f"{_swatch(CONTROLLER_COLORS[cid])} {html.escape(label)}")
    rows.append(f"{_hatch_swatch('sdf', 'syrian_government')} contested (hatched in both sides' colours)")
    if faded:
        rows.append(f'<span style="opacity:{STALE_FADE}">{_swatch(CONTROLLER_COLORS["sdf"])}</span> faded: no evidence '
                    f'in the {STALE_EVIDENCE_DAYS} days before the zones\' date')
    rows.append('<svg width="16" height="11" style="vertical-align:middle"><rect x="2" y="2" width="12" height="7" '
                'fill="none" stroke="#fff" stroke-width="4"/><rect x="2" y="2" width="12" height="7" fill="none" '
                'stroke="#111" stroke-width="1.8"/></svg> changed hands in the period')
    return rows


def legend_html(as_of: dt.date | None = None, layout: str = "panel", latest_evidence: dt.date | str | None = None,
                zones: dict | None = None) -> str:
    """The legend as HTML.

    Parameters
    ----------
    as_of : date, optional
        Zones' date, shown in the title in the summary line's words (:func:`mapapp.daterange.zones_as_of`).
    layout : {"panel", "strip"}
        ``panel``: one entry a line (a briefing's side panel); ``strip``: entries wrapped in
        rows, for under the interactive map (the legend never covers the map).
    latest_evidence : date or str, optional
        The zones' latest evidence (``zones.geojson``): when ``as_of`` is later, the title says
        "(latest evidence …)" as the summary line and the briefing do.
    zones : dict, optional
        The build's ``zones.geojson``: given, the faded-zone entry is listed only when a zone drawn
        on ``as_of`` is faded (a briefing slide lists no symbol it does not show); not given, it is
        always listed.
    """
    from .daterange import zones_as_of  # the one wording of the zones' date and its caveat

    rows = legend_items(as_of, faded=zones is None or any_zone_faded(zones, as_of))
    title = "Legend" + (f" · {zones_as_of(as_of, latest_evidence)}" if as_of else "")
    if layout == "strip":
        # each entry whole on its line when it fits, wrapped inside the page when it does not (a long entry kept
        # on one line ran past the page's edge at 1000 px)
        items = "".join(f'<span style="margin:0 14px 2px 0;display:inline-block;max-width:100%;vertical-align:top">'
                        f'{r}</span>' for r in rows)
        return (f'<div class="qlegend qlegend-strip" style="font:12px system-ui,sans-serif;line-height:1.7">'
                f"<b>{title}</b>: {items}</div>")
    return (f'<div class="qlegend qlegend-panel" style="font:12px system-ui,sans-serif;line-height:1.55">'
            f'<div style="font-weight:700;margin-bottom:2px">{title}</div>'
            + "".join(f"<div>{r}</div>" for r in rows) + "</div>")


def full_map(events: pd.DataFrame, zones: dict, places: dict, border: dict | None, as_of: dt.date,
             tiles: TileSetting, center: tuple[float, float] = QAMISHLI, zoom: int = DEFAULT_ZOOM) -> folium.Map:
    """Every layer on one map with its layer control (the briefing page, :mod:`mapapp.briefing`, adds
    the title, legend, inset and sources around it)."""
    m = base_map(tiles, places, border, center, zoom, labels=False)
    for layer in dynamic_layers(events, zones, places, as_of, packed=False):  # a page saved as a file
        layer.add_to(m)
    folium.LayerControl(collapsed=True).add_to(m)
    return m
