"""Build ``geo/border_sy_tr.geojson``: the Syria–Turkey border near Qamishli.

The line comes from Natural Earth 1:10m as packaged by the npm package
``world-atlas@2.0.2`` (file ``countries-10m.json``, TopoJSON). Fetch it at
development time, outside the repository::

    cd "$(mktemp -d)" && npm pack world-atlas@2.0.2 && tar xzf world-atlas-2.0.2.tgz
    python tools/make_border.py "$PWD/package/countries-10m.json"

The TopoJSON is decoded by hand (quantization transform + delta decoding);
the border is the set of arcs used by both Syria (id 760) and Turkey
(id 792), merged into lines and clipped to a box around Qamishli.
"""

from __future__ import annotations

import argparse
import json
import logging
import pathlib
from collections.abc import Iterable, Iterator

import shapely
from shapely.geometry import LineString, MultiLineString, box, mapping
from shapely.ops import linemerge

log = logging.getLogger(__name__)

SYRIA_ID, TURKEY_ID = "760", "792"
#: Clip box (min lon, min lat, max lon, max lat) around Qamishli.
BBOX = (39.5, 36.0, 43.0, 38.0)
DEFAULT_OUT = pathlib.Path(__file__).resolve().parent.parent / "geo" / "border_sy_tr.geojson"
PROPERTIES = {
    "name": "Syria–Turkey border",
    "source": "Natural Earth 1:10m via npm world-atlas@2.0.2 countries-10m.json",
    "licence": "Natural Earth: public domain; world-atlas: ISC",
    "note": "coarse (1:10m): expect ~0.5–1 km error",
}


def decode_arc(arc: list[list[int]], transform: dict | None) -> list[tuple[float, float]]:
    """Turn one TopoJSON arc into absolute (lon, lat) positions.

    Parameters
    ----------
    arc : list of [int, int]
        Positions as stored in the file: delta-encoded when quantized.
    transform : dict or None
        The topology's ``transform`` (``scale`` and ``translate``); ``None``
        for an unquantized topology.

    Returns
    -------
    list of (float, float)
        Longitude/latitude pairs.
    """
    if transform is None:
        return [(float(p[0]), float(p[1])) for p in arc]
    (sx, sy), (tx, ty) = transform["scale"], transform["translate"]
    x = y = 0
    out = []
    for dx, dy, *_ in arc:
        x, y = x + dx, y + dy
        out.append((round(x * sx + tx, 6), round(y * sy + ty, 6)))
    return out


def _arc_indices(nested: Iterable) -> Iterator[int]:
    """Yield every arc index in a (Multi)Polygon ``arcs`` structure, unsigned.

    A negative index ``i`` means arc ``~i`` reversed.
    """
    for item in nested:
        if isinstance(item, int):
            yield item if item >= 0 else ~item
        else:
            yield from _arc_indices(item)


def shared_border(topology: dict, id_a: str, id_b: str) -> MultiLineString:
    """Return the lines shared by two countries of a world-atlas topology.

    Parameters
    ----------
    topology : dict
        Parsed ``countries-*.json``.
    id_a, id_b : str
        ISO 3166-1 numeric ids, e.g. ``"760"`` (Syria) and ``"792"`` (Turkey).

    Returns
    -------
    shapely.geometry.MultiLineString
        The merged common arcs.
    """
    geoms = {g.get("id"): g for g in topology["objects"]["countries"]["geometries"]}
    arcs_a = set(_arc_indices(geoms[id_a]["arcs"]))
    arcs_b = set(_arc_indices(geoms[id_b]["arcs"]))
    common = sorted(arcs_a & arcs_b)
    log.info("%s has %d arcs, %s has %d, shared: %s", id_a, len(arcs_a), id_b, len(arcs_b), common)
    if not common:
        raise ValueError(f"countries {id_a} and {id_b} share no arc")
    transform = topology.get("transform")
    lines = [LineString(decode_arc(topology["arcs"][i], transform)) for i in common]
    merged = linemerge(lines)
    return merged if isinstance(merged, MultiLineString) else MultiLineString([merged])


def border_feature(topology: dict, bbox: tuple[float, float, float, float] = BBOX) -> dict:
    """Build the GeoJSON Feature of the Syria–Turkey border clipped to ``bbox``."""
    clipped = shared_border(topology, SYRIA_ID, TURKEY_ID).intersection(box(*bbox))
    if clipped.is_empty:
        raise ValueError(f"border does not cross bbox {bbox}")
    if clipped.geom_type not in ("LineString", "MultiLineString"):
        clipped = linemerge([g for g in clipped.geoms if g.geom_type == "LineString"])
    clipped = shapely.transform(clipped, lambda xy: xy.round(6))  # clip points get long decimals
    log.info("clipped border: %s, lon %.4f–%.4f", clipped.geom_type, clipped.bounds[0], clipped.bounds[2])
    return {"type": "Feature", "properties": dict(PROPERTIES), "geometry": mapping(clipped)}


def main(argv: list[str] | None = None) -> None:
    """Command-line entry point: ``make_border.py COUNTRIES_10M_JSON [-o OUT]``."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("countries", type=pathlib.Path, help="path to world-atlas countries-10m.json")
    parser.add_argument("-o", "--out", type=pathlib.Path, default=DEFAULT_OUT)
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(message)s")

    topology = json.loads(args.countries.read_text(encoding="utf-8"))
    feature = border_feature(topology)
    collection = {"type": "FeatureCollection", "features": [feature]}
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(collection, ensure_ascii=False) + "\n", encoding="utf-8")
    log.info("wrote %s (%d bytes)", args.out, args.out.stat().st_size)


if __name__ == "__main__":
    main()
