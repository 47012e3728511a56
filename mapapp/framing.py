"""Where the interactive map opens: on the events it shows.

st_folium takes a centre and a zoom (not bounds), so the events' bounds are turned into the
centre and the largest zoom at which they fit a map of :data:`MAP_SIZE_PX` (Web Mercator).

The rule, for one session of the Map view (:func:`choose`):

- a permalinked event (``?event=``): centred on it at :data:`EVENT_ZOOM` (a town and its
  surroundings; zoom 15 showed 300 m of blank background around one symbol);
- the first map of the session: the URL's map area (``bbox``, a shared link) when it has one;
  otherwise the events shown in the period: the opening view (Qamishli, zoom
  :data:`~mapapp.mapview.DEFAULT_ZOOM`) when they all lie in it, else their bounds, never
  narrower than :data:`MIN_SPAN_KM` (one event is not zoomed to a street);
- later runs keep the user's view, except when the filters change and none of the events
  now shown lies in it: the map then frames them.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from .mapview import DEFAULT_ZOOM, QAMISHLI

#: The map pane's size the zoom is chosen for (px): the app's map height, and a width a little under what
#: a 1400-px window leaves beside the sidebar (~940 px), so that a narrower window still shows them all.
MAP_SIZE_PX = (760, 640)
#: The Timeline view's map (:mod:`mapapp.timeline_view`): 470 px high, in three fifths of the page beside the charts
#: (about 520 px wide at 1280 px).
TIMELINE_MAP_PX = (520, 470)
#: The narrowest extent (km, each way) a fit of the events opens on: a town and its surroundings.
MIN_SPAN_KM = 12.0
#: The zoom a permalinked event opens at (~11 km across: the event's place and the next town).
EVENT_ZOOM = 13
#: Room left around the events' bounds (a fraction of their extent, each side).
MARGIN = 0.1

Bounds = tuple[float, float, float, float]  # south, west, north, east
View = tuple[tuple[float, float], int]  # (lat, lon), zoom


def bounds_of(points: Sequence[tuple[float, float]]) -> Bounds | None:
    """The ``(south, west, north, east)`` of ``(lat, lon)`` points (None for none)."""
    pts = [(float(a), float(b)) for a, b in points if a is not None and b is not None
           and math.isfinite(float(a)) and math.isfinite(float(b))]
    if not pts:
        return None
    lats, lons = [p[0] for p in pts], [p[1] for p in pts]
    return min(lats), min(lons), max(lats), max(lons)


def _mercator_y(lat: float) -> float:
    lat = max(min(lat, 85.0), -85.0)
    return math.log(math.tan(math.pi / 4 + math.radians(lat) / 2))


def view_for(bounds: Bounds, size_px: tuple[int, int] = MAP_SIZE_PX, min_span_km: float = 0.0,
             max_zoom: int = 18) -> View:
    """The centre and the largest whole zoom at which ``bounds`` (widened to ``min_span_km``) fit ``size_px``.

    Parameters
    ----------
    bounds : (south, west, north, east)
    size_px : (width, height)
    min_span_km : float
        The narrowest extent shown, each way.
    max_zoom : int
    """
    s, w, n, e = bounds
    lat = (s + n) / 2
    half_lat = max((n - s) / 2, min_span_km / 2 / 111.32)
    half_lon = max((e - w) / 2, min_span_km / 2 / (111.32 * max(math.cos(math.radians(lat)), 0.01)))
    half_lat, half_lon = half_lat * (1 + 2 * MARGIN), half_lon * (1 + 2 * MARGIN)
    c_lat, c_lon = lat, (w + e) / 2
    width, height = size_px
    zooms: list[float] = [max_zoom]
    if half_lon > 0:
        zooms.append(math.log2(width * 360 / (256 * 2 * half_lon)))
    dy = _mercator_y(c_lat + half_lat) - _mercator_y(c_lat - half_lat)
    if dy > 0:
        zooms.append(math.log2(height * 2 * math.pi / (256 * dy)))
    return (round(c_lat, 5), round(c_lon, 5)), max(1, int(math.floor(min(zooms))))


def visible(view: View, size_px: tuple[int, int] = MAP_SIZE_PX) -> Bounds:
    """The ``(south, west, north, east)`` a view shows on a map of ``size_px``."""
    (lat, lon), zoom = view
    world = 256 * 2 ** zoom
    half_lon = size_px[0] / 2 / world * 360
    y = _mercator_y(lat)
    dy = size_px[1] / 2 / world * 2 * math.pi
    north = math.degrees(2 * math.atan(math.exp(y + dy)) - math.pi / 2)
    south = math.degrees(2 * math.atan(math.exp(y - dy)) - math.pi / 2)
    return south, lon - half_lon, north, lon + half_lon


def view_of_viewport(bounds: Bounds, height_px: int = MAP_SIZE_PX[1]) -> View:
    """The view a map of ``height_px`` showed when it reported ``bounds`` (a link's ``bbox``).

    The inverse of :func:`visible` by the map's height, which the app fixes, not its width, which
    the window sets: no margin and the nearest whole zoom, so that a view reopened from its own
    link is the same view (fitting the bounds again, with :func:`view_for`'s margin and a
    ``floor``, opened each reload a zoom level wider).

    Parameters
    ----------
    bounds : (south, west, north, east)
    height_px : int
        The map pane's height in pixels.

    Returns
    -------
    ((lat, lon), zoom)
    """
    s, w, n, e = bounds
    dy = _mercator_y(n) - _mercator_y(s)
    zoom = round(math.log2(height_px * 2 * math.pi / (256 * dy))) if dy > 0 else DEFAULT_ZOOM
    y = (_mercator_y(n) + _mercator_y(s)) / 2  # the centre the map had: the middle in Mercator, not in degrees
    lat = math.degrees(2 * math.atan(math.exp(y)) - math.pi / 2)
    return (round(lat, 5), round((w + e) / 2, 5)), max(1, min(18, zoom))


def inside(point: tuple[float, float], b: Bounds) -> bool:
    return b[0] <= point[0] <= b[2] and b[1] <= point[1] <= b[3]


def events_view(points: Sequence[tuple[float, float]], size_px: tuple[int, int] = MAP_SIZE_PX) -> View:
    """The opening view for these events on a map of ``size_px``: the default one when they all lie in it (or
    there are none), else their bounds, at least :data:`MIN_SPAN_KM` across, no closer than the default zoom."""
    default: View = (QAMISHLI, DEFAULT_ZOOM)
    b = bounds_of(points)
    if b is None:
        return default
    shown = visible(default, size_px)
    if inside((b[0], b[1]), shown) and inside((b[2], b[3]), shown):
        return default
    return view_for(b, size_px, min_span_km=MIN_SPAN_KM, max_zoom=DEFAULT_ZOOM)


def opening_area(points: Sequence[tuple[float, float]], size_px: tuple[int, int] = MAP_SIZE_PX) -> Bounds | None:
    """The area the Map view opens on for these events (:func:`events_view`), as the ``(south, west, north, east)``
    a page with no view of its own fits (the briefing of a link with no ``bbox``, its PNG and PDF); None for
    the default view (the events all lie in it, or there are none), which such a page draws as it is."""
    view = events_view(points, size_px)
    return None if view == (QAMISHLI, DEFAULT_ZOOM) else visible(view, size_px)


#: The Add report page's map of the added report's events (:mod:`mapapp.addview`): 420 px high, the page's width.
ADD_MAP_PX = (760, 420)


def all_of(points: Sequence[tuple[float, float]], size_px: tuple[int, int] = ADD_MAP_PX) -> View:
    """A view that shows every one of ``points``: one point at :data:`EVENT_ZOOM`, several framed together
    (never closer than :data:`EVENT_ZOOM`); the opening view for none. The Add report page's map was centred
    between a report's two events at zoom 13, both symbols off the map."""
    b = bounds_of(points)
    if b is None:
        return QAMISHLI, DEFAULT_ZOOM
    if b[0] == b[2] and b[1] == b[3]:
        return (round(b[0], 5), round(b[1], 5)), EVENT_ZOOM
    return view_for(b, size_px, max_zoom=EVENT_ZOOM)


@dataclass(frozen=True)
class Framed:
    """The view chosen for a run, and what it was chosen for (kept in the session between runs)."""

    view: View
    filters: str
    event: str | None


def choose(points: Sequence[tuple[float, float]], filters: str, previous: Framed | None,
           url_bounds: Bounds | None, event_point: tuple[float, float] | None = None,
           event: str | None = None, size_px: tuple[int, int] = MAP_SIZE_PX) -> Framed:
    """The map's view for this run (see the module's rule).

    Parameters
    ----------
    points : (lat, lon) of the symbols shown
    filters : str
        A key of the filters in force (their ``repr``): a change may reframe.
    previous : Framed or None
        This session's last choice (None on its first map).
    url_bounds : (south, west, north, east) or None
        The URL's ``bbox`` (the user's current view once the map has drawn; a shared link's before).
    event_point, event
        A permalinked event's point and id.
    size_px : (width, height)
        The map pane's size (the Map view's by default; the Timeline's map: :data:`TIMELINE_MAP_PX`).
    """
    if event_point is not None and (previous is None or previous.event != event):
        return Framed(((round(event_point[0], 5), round(event_point[1], 5)), EVENT_ZOOM), filters, event)
    if previous is None:
        view = view_of_viewport(url_bounds, size_px[1]) if url_bounds is not None else events_view(points, size_px)
        return Framed(view, filters, event)
    if filters != previous.filters and points:
        shown = url_bounds or visible(previous.view, size_px)
        if not any(inside(p, shown) for p in points):
            return Framed(events_view(points, size_px), filters, event)
    return Framed(previous.view, filters, event)
