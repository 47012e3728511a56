"""Offline map assets: vendored files, localised folium links, border GeoJSON."""

from __future__ import annotations

import json
import pathlib

import folium
import folium.plugins
import pytest
from conftest import asset_links
from shapely.geometry import LineString, Point, shape

from mapapp.assets import ensure_static_assets, localise_folium, nonlocal_links

ROOT = pathlib.Path(__file__).resolve().parent.parent
BORDER = ROOT / "geo" / "border_sy_tr.geojson"
QAMISHLI = (37.05215, 41.23142)  # lat, lon
NUSAYBIN = (37.07028, 41.21465)






def _sample_map() -> folium.Map:
    m = folium.Map(location=QAMISHLI, zoom_start=11, tiles=None, maxZoom=18)
    cluster = folium.plugins.MarkerCluster().add_to(m)
    folium.CircleMarker(QAMISHLI, radius=5, popup="Qamishli").add_to(cluster)
    folium.GeoJson(json.loads(BORDER.read_text(encoding="utf-8")), name="border").add_to(m)
    return m


def test_ensure_static_assets_copies_files(tmp_path):
    files = ensure_static_assets(tmp_path)
    for key in (
        "vendor/leaflet/leaflet.js",
        "vendor/leaflet/leaflet.css",
        "vendor/leaflet/images/marker-icon.png",
        "vendor/jquery/jquery.min.js",
        "vendor/leaflet.markercluster/leaflet.markercluster.js",
        "vendor/leaflet.markercluster/MarkerCluster.css",
        "vendor/leaflet.markercluster/MarkerCluster.Default.css",
        "vendor/fontawesome/css/all.min.css",
        "vendor/fontawesome/webfonts/fa-solid-900.woff2",
    ):
        assert key in files, key
    for key, path in files.items():
        assert path == tmp_path / key
        assert path.is_file() and path.stat().st_size > 0, key


def test_ensure_static_assets_is_idempotent(tmp_path):
    first = ensure_static_assets(tmp_path)
    js = first["vendor/leaflet/leaflet.js"]
    mtime = js.stat().st_mtime_ns
    assert ensure_static_assets(tmp_path) == first
    assert js.stat().st_mtime_ns == mtime  # unchanged file not rewritten
    js.write_text("broken")
    ensure_static_assets(tmp_path)
    assert js.stat().st_size > 1000  # changed file restored


def test_default_folium_links_are_remote(restore_folium):
    # Guards the premise of this module: if folium ships local assets one day,
    # this test tells us.
    html = folium.Map(tiles=None).get_root().render()
    assert nonlocal_links(html)


def test_localised_map_has_only_local_links(tmp_path, restore_folium):
    files = ensure_static_assets(tmp_path)
    localise_folium("/app/static/")
    localise_folium("/app/static/")  # idempotent
    html = _sample_map().get_root().render()

    assert nonlocal_links(html) == []
    links = asset_links(html)
    assert links, "no <script src>/<link href> found"
    for link in links:
        assert link.startswith("/app/static/vendor/"), link
        assert link.removeprefix("/app/static/") in files, link
    assert "/app/static/vendor/leaflet/leaflet.js" in links
    assert "/app/static/vendor/leaflet.markercluster/leaflet.markercluster.js" in links
    assert not any("bootstrap" in link or "awesome-markers" in link for link in links)


def test_localise_folium_switches_prefix(tmp_path, restore_folium):
    localise_folium("/app/static/")
    localise_folium(tmp_path)  # a Path becomes a file:// URL
    links = asset_links(_sample_map().get_root().render())
    assert links and all(link.startswith(tmp_path.resolve().as_uri() + "/vendor/") for link in links)
    localise_folium("static")
    links = asset_links(_sample_map().get_root().render())
    assert links and all(link.startswith("static/vendor/") for link in links)


def test_nonlocal_links():
    assert nonlocal_links(["/app/static/x.js", "static/y.css", "file:///tmp/z.js", "http://localhost:8501/a.js"]) == []
    assert nonlocal_links(["https://cdn.example/a.js", "//cdn.example/b.js"]) == [
        "https://cdn.example/a.js",
        "//cdn.example/b.js",
    ]
    html = '<script src="https://unpkg.com/l.js"></script><script>L.tileLayer("https://t.osm/{z}/{x}/{y}.png")</script>'
    assert nonlocal_links(html) == ["https://unpkg.com/l.js", "https://t.osm/{z}/{x}/{y}.png"]


def _border_lat_at(border, lon: float) -> float:
    crossing = border.intersection(LineString([(lon, 30.0), (lon, 40.0)]))
    points = list(getattr(crossing, "geoms", [crossing]))
    assert len(points) == 1 and points[0].geom_type == "Point", crossing
    return points[0].y


def test_border_geojson():
    data = json.loads(BORDER.read_text(encoding="utf-8"))
    [feature] = data["features"]
    assert feature["properties"]["source"] == "Natural Earth 1:10m via npm world-atlas@2.0.2 countries-10m.json"
    border = shape(feature["geometry"])
    assert border.geom_type in ("LineString", "MultiLineString")
    minx, _, maxx, _ = border.bounds
    assert minx <= 39.5 and maxx >= 42.3  # border ends at the Iraq tripoint (~42.36 E)

    assert _border_lat_at(border, 41.22) == pytest.approx(37.0655, abs=5e-4)
    for (lat, lon), north in ((QAMISHLI, False), (NUSAYBIN, True)):
        assert (lat > _border_lat_at(border, lon)) is north
    assert not border.intersects(Point(QAMISHLI[::-1]).buffer(0.005))  # > ~450 m away


def test_the_static_folder_is_in_git_and_its_vendor_copy_is_not():
    """Streamlit checks for ./static at start-up, before the app copies static/vendor/ there: the
    folder is shipped (a README in git) so a fresh checkout logs no "no static folder found"."""
    import subprocess

    try:
        tracked = subprocess.run(["git", "ls-files", "static"], cwd=ROOT, capture_output=True, text=True,
                                 check=True).stdout.split()
        ignored = subprocess.run(["git", "check-ignore", "-q", "static/vendor/leaflet/leaflet.js"], cwd=ROOT)
    except (OSError, subprocess.CalledProcessError):
        pytest.skip("not a git checkout")
    assert tracked and all(not p.startswith("static/vendor/") for p in tracked)
    assert ignored.returncode == 0  # the copied assets stay out of git
    config = (ROOT / ".streamlit" / "config.toml").read_text(encoding="utf-8")
    assert "enableStaticServing = true" in config
