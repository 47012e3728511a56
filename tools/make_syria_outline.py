"""Build ``geo/syria_outline.geojson``: Syria's outline for the briefing's locator inset.

The polygon is Natural Earth's admin-0 country Syria (id 760) at 1:50m as packaged by the
npm package ``world-atlas@2.0.2`` (file ``countries-50m.json``, TopoJSON), the same source
and package as the border line (``tools/make_border.py``). Fetch it at development time,
outside the repository::

    cd "$(mktemp -d)" && npm pack world-atlas@2.0.2 && tar xzf world-atlas-2.0.2.tgz
    python tools/make_syria_outline.py "$PWD/package/countries-50m.json"

Only an overview: at 1:50m the outline is off by a few kilometres, so it is drawn at the
scale of the whole country, never over the map.
"""

from __future__ import annotations

import argparse
import json
import logging
import pathlib
import sys

from shapely.geometry import MultiPolygon, Polygon, mapping, shape

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent.parent))  # run as a script: the project folder
from tools.make_border import SYRIA_ID, decode_arc  # noqa: E402

log = logging.getLogger(__name__)

DEFAULT_OUT = pathlib.Path(__file__).resolve().parent.parent / "geo" / "syria_outline.geojson"
PROPERTIES = {
    "name": "Syria (country outline)",
    "source": "Natural Earth 1:50m admin-0 countries via npm world-atlas@2.0.2 countries-50m.json (id 760)",
    "licence": "Natural Earth: public domain; world-atlas: ISC",
    "note": "overview only (1:50m: expect a few km error); drawn in the briefing's locator inset",
}


def _ring(arcs: list[list], indices: list[int], transform: dict | None) -> list[tuple[float, float]]:
    """One ring from its arc indices (a negative index ``i`` is arc ``~i`` reversed)."""
    out: list[tuple[float, float]] = []
    for i in indices:
        pts = decode_arc(arcs[i if i >= 0 else ~i], transform)
        if i < 0:
            pts = pts[::-1]
        out.extend(pts if not out else pts[1:])
    return out


def country_polygon(topology: dict, country_id: str = SYRIA_ID) -> MultiPolygon:
    """The country's (Multi)Polygon decoded from a world-atlas topology, as a MultiPolygon."""
    geom = next(g for g in topology["objects"]["countries"]["geometries"] if g.get("id") == country_id)
    transform, arcs = topology.get("transform"), topology["arcs"]
    polys = [geom["arcs"]] if geom["type"] == "Polygon" else geom["arcs"]
    out = []
    for rings in polys:
        shell, *holes = (_ring(arcs, r, transform) for r in rings)
        out.append(Polygon(shell, holes))
    mp = MultiPolygon(out)
    if not mp.is_valid:
        raise ValueError(f"country {country_id}: the decoded polygon is not valid")
    return mp


def main(argv: list[str] | None = None) -> None:
    """Command-line entry point: ``make_syria_outline.py COUNTRIES_50M_JSON [-o OUT]``."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("countries", type=pathlib.Path, help="path to world-atlas countries-50m.json")
    parser.add_argument("-o", "--out", type=pathlib.Path, default=DEFAULT_OUT)
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(message)s")
    mp = country_polygon(json.loads(args.countries.read_text(encoding="utf-8")))
    geom = shape(json.loads(json.dumps(mapping(mp))))
    log.info("Syria: %d polygon(s), bounds %s, area %.2f sq deg", len(mp.geoms), geom.bounds, geom.area)
    collection = {"type": "FeatureCollection",
                  "features": [{"type": "Feature", "properties": dict(PROPERTIES), "geometry": mapping(mp)}]}
    args.out.write_text(json.dumps(collection, ensure_ascii=False) + "\n", encoding="utf-8")
    log.info("wrote %s (%d bytes)", args.out, args.out.stat().st_size)


if __name__ == "__main__":
    main()
