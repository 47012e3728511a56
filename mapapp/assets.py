"""Serve every map asset locally so the app works with no internet.

folium 0.20 points ``folium.Map`` and ``folium.plugins.MarkerCluster`` at CDN
URLs; streamlit-folium loads those URLs one by one and silently shows a blank
map when one fails. This module

* copies Leaflet, jQuery, Leaflet.markercluster and Font Awesome out of the
  installed XStatic wheels into ``static/vendor/`` (:func:`ensure_static_assets`),
* rewrites folium's class-level ``default_js``/``default_css`` to point there
  and drops what the app does not use: Bootstrap, Bootstrap glyphicons and
  Leaflet.awesome-markers (:func:`localise_folium`),
* finds links that would leave the machine, for tests (:func:`nonlocal_links`).

Typical use in the Streamlit app (``[server] enableStaticServing = true``
serves ``./static/`` at ``/app/static/``)::

    ensure_static_assets(pathlib.Path("static"))
    localise_folium("/app/static/")

and for a standalone HTML file opened from disk::

    localise_folium(static_dir)            # a Path becomes a file:// URL
    localise_folium("static/")             # or a prefix relative to the HTML file

Not available offline after :func:`localise_folium`: ``folium.Icon`` (awesome
markers), ``FastMarkerCluster`` without a ``callback`` (its default callback
calls ``L.AwesomeMarkers``), branca colormaps (streamlit-folium then adds d3
CDN links), and any web tiles (use ``tiles=None``).
"""

from __future__ import annotations

import filecmp
import logging
import os
import pathlib
import re
import shutil
import tempfile
from collections.abc import Iterable
from urllib.parse import urlsplit

import folium
import folium.plugins
import xstatic.pkg.font_awesome
import xstatic.pkg.jquery
import xstatic.pkg.leaflet
import xstatic.pkg.leaflet_markercluster

log = logging.getLogger(__name__)

VENDOR = "vendor"

#: (XStatic module, path inside its BASE_DIR, path under ``static_dir/vendor/``).
#: A trailing "/" copies every file of that folder (not recursive).
_SOURCES = [
    (xstatic.pkg.leaflet, "leaflet.js", "leaflet/leaflet.js"),
    (xstatic.pkg.leaflet, "leaflet.css", "leaflet/leaflet.css"),
    (xstatic.pkg.leaflet, "images/", "leaflet/images/"),
    (xstatic.pkg.jquery, "jquery.min.js", "jquery/jquery.min.js"),
    (xstatic.pkg.leaflet_markercluster, "leaflet.markercluster.js", "leaflet.markercluster/leaflet.markercluster.js"),
    (xstatic.pkg.leaflet_markercluster, "MarkerCluster.css", "leaflet.markercluster/MarkerCluster.css"),
    (xstatic.pkg.leaflet_markercluster, "MarkerCluster.Default.css", "leaflet.markercluster/MarkerCluster.Default.css"),
    (xstatic.pkg.font_awesome, "css/all.min.css", "fontawesome/css/all.min.css"),
    (xstatic.pkg.font_awesome, "webfonts/", "fontawesome/webfonts/"),
]

#: folium link name -> file under ``vendor/`` that replaces it.
_LOCAL = {
    "leaflet": "leaflet/leaflet.js",
    "jquery": "jquery/jquery.min.js",  # folium.Map uses $(document).ready, Popup uses $(...)
    "leaflet_css": "leaflet/leaflet.css",
    "awesome_markers_font_css": "fontawesome/css/all.min.css",  # plain Font Awesome 6
    "markerclusterjs": "leaflet.markercluster/leaflet.markercluster.js",
    "markerclustercss": "leaflet.markercluster/MarkerCluster.css",
    "markerclusterdefaultcss": "leaflet.markercluster/MarkerCluster.Default.css",
}
#: folium link names removed on purpose (only folium.Icon / awesome markers need them).
_DROPPED = {
    "bootstrap",
    "bootstrap_css",
    "glyphicons_css",
    "awesome_markers",
    "awesome_markers_css",
    "awesome_rotate_css",
}
#: folium classes whose ``default_js``/``default_css`` are rewritten.
LOCALISED_CLASSES = (folium.Map, folium.plugins.MarkerCluster)

_LOCAL_HOSTS = {"localhost", "127.0.0.1", "::1", "0.0.0.0"}
_URL_RE = re.compile(r"""https?://[^\s"'<>()\\`]+""", re.IGNORECASE)


def _copy_if_changed(src: pathlib.Path, dst: pathlib.Path) -> bool:
    """Copy ``src`` to ``dst`` unless ``dst`` already has the same bytes.

    The copy goes through a temporary file and :func:`os.replace`, so a
    concurrent reader (another Streamlit session) never sees half a file.

    Returns
    -------
    bool
        ``True`` if the file was (re)written.
    """
    if dst.is_file() and filecmp.cmp(src, dst, shallow=False):
        return False
    dst.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=dst.parent, prefix=f".{dst.name}.")
    os.close(fd)
    try:
        shutil.copyfile(src, tmp)
        os.replace(tmp, dst)
    except BaseException:
        pathlib.Path(tmp).unlink(missing_ok=True)
        raise
    return True


def ensure_static_assets(static_dir: pathlib.Path) -> dict[str, pathlib.Path]:
    """Copy the vendored map assets into ``static_dir/vendor/``.

    Files come from the installed XStatic packages (located through each
    ``xstatic.pkg.*`` module's ``BASE_DIR``); no network is used. Only
    missing or changed files are written, so calling this on every app start
    is cheap.

    Parameters
    ----------
    static_dir : pathlib.Path
        Directory Streamlit serves as ``/app/static/`` (usually ``./static``).

    Returns
    -------
    dict of str to pathlib.Path
        Every copied file, keyed by its URL path relative to ``static_dir``
        (e.g. ``"vendor/leaflet/leaflet.js"``); prepend the prefix given to
        :func:`localise_folium` to get its URL.

    Raises
    ------
    FileNotFoundError
        If an XStatic package lacks an expected file.
    """
    static_dir = pathlib.Path(static_dir)
    copied: dict[str, pathlib.Path] = {}
    written = 0
    for pkg, src_rel, dst_rel in _SOURCES:
        src = pathlib.Path(pkg.BASE_DIR) / src_rel
        if src_rel.endswith("/"):
            pairs = [(f, f"{dst_rel}{f.name}") for f in sorted(src.iterdir()) if f.is_file()]
            if not pairs:
                raise FileNotFoundError(f"no files in {src}")
        else:
            if not src.is_file():
                raise FileNotFoundError(src)
            pairs = [(src, dst_rel)]
        for src_file, rel in pairs:
            key = f"{VENDOR}/{rel}"
            dst = static_dir / VENDOR / rel
            written += _copy_if_changed(src_file, dst)
            copied[key] = dst
    log.info("static assets in %s: %d files, %d written", static_dir, len(copied), written)
    return copied


def _normalise_prefix(url_prefix: str | os.PathLike) -> str:
    """Return ``url_prefix`` as a URL prefix ending in "/"; a path becomes file://."""
    if isinstance(url_prefix, os.PathLike):
        url_prefix = pathlib.Path(url_prefix).resolve().as_uri()
    return url_prefix if not url_prefix or url_prefix.endswith("/") else url_prefix + "/"


def _localise_links(links: list[tuple[str, str]], prefix: str, owner: str) -> list[tuple[str, str]]:
    """Map folium ``(name, url)`` links to local URLs, dropping unused ones."""
    out = []
    for name, url in links:
        if name in _LOCAL:
            out.append((name, f"{prefix}{VENDOR}/{_LOCAL[name]}"))
        elif name in _DROPPED:
            log.debug("%s: dropped %s (%s)", owner, name, url)
        else:
            log.warning("%s: unknown asset %s=%s kept as is; it may need the internet", owner, name, url)
            out.append((name, url))
    return out


def localise_folium(url_prefix: str | os.PathLike) -> None:
    """Point folium's default JS/CSS links at the local copies.

    Rewrites ``default_js`` and ``default_css`` on every class in
    :data:`LOCALISED_CLASSES` (``folium.Map``, ``folium.plugins.MarkerCluster``
    and hence its subclass ``FastMarkerCluster``). Links are matched by
    folium's link *name*, so the call is idempotent and may be repeated with
    another prefix (e.g. ``"/app/static/"`` for Streamlit, then a file:// one
    for an exported HTML file). New lists are assigned; folium's module-level
    lists are not mutated.

    Parameters
    ----------
    url_prefix : str or os.PathLike
        URL of the directory given to :func:`ensure_static_assets`, such as
        ``"/app/static/"``, ``"file:///srv/app/static/"`` or ``"static/"``
        (relative to the HTML page). A missing trailing "/" is added. A
        ``pathlib.Path`` is turned into an absolute file:// URL.
    """
    prefix = _normalise_prefix(url_prefix)
    for cls in LOCALISED_CLASSES:
        cls.default_js = _localise_links(cls.default_js, prefix, cls.__name__)
        cls.default_css = _localise_links(cls.default_css, prefix, cls.__name__)
    log.debug("folium assets now served from %s%s/", prefix, VENDOR)


def nonlocal_links(html_or_links: str | Iterable[str]) -> list[str]:
    """List the http(s) links that would leave the machine.

    Parameters
    ----------
    html_or_links : str or iterable of str
        Either a whole HTML document (every ``http://``/``https://`` URL in
        it is checked, including ones inside scripts, e.g. tile templates) or
        a list of URLs such as streamlit-folium's ``js_links``/``css_links``.

    Returns
    -------
    list of str
        The links whose host is not localhost, in order of appearance,
        without duplicates. Relative and file:// links are local; in a list,
        protocol-relative ``//host/...`` links count as remote.
    """
    links = _URL_RE.findall(html_or_links) if isinstance(html_or_links, str) else list(html_or_links)
    out: list[str] = []
    for link in links:
        parts = urlsplit(link.strip())
        remote = parts.scheme.lower() in ("http", "https") or (not parts.scheme and parts.netloc)
        if remote and (parts.hostname or "") not in _LOCAL_HOSTS and link not in out:
            out.append(link)
    return out
