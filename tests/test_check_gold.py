"""benchmarks/check_gold.py (the form check of report gold files) and the scorer's handling of
gold whose text is kept out of the repository (benchmarks/data/real/)."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

TEXT = "قتل عنصر من الأسايش في حي طي يوم الأحد. وقال تلفزيون سوريا إن الهدوء عاد."


def _gold(text: str) -> dict:
    s0_end = text.index(".") + 1
    tayy = text.index("حي طي")
    outlet = text.index("تلفزيون سوريا")
    return {
        "id": "t01", "outlet": "Test", "published": "2021-04-27", "language": "ar",
        "url": "https://example.org/t01", "notes": "", "sentences": [[0, s0_end], [s0_end + 1, len(text)]],
        "events": [{"event_type": "Battles", "sub_event_type": "Armed clash", "date_from": "2021-04-25",
                    "date_to": "2021-04-25", "place": "tayy", "actor1": "asayish", "actor2": None,
                    "fatalities": 1, "injuries": None, "sentence": 0}],
        "places": [{"text": "حي طي", "start": tayy, "end": tayy + 5, "place": "tayy"}],
        "traps": [{"text": "تلفزيون سوريا", "start": outlet, "end": outlet + 13, "kind": "outlet"}],
        "not_events": [{"sentence": 1, "why": "statement"}],
        "text_sha256": hashlib.sha256(text.encode()).hexdigest(), "text_chars": len(text),
    }


@pytest.fixture(scope="module")
def cg():
    from benchmarks import check_gold

    places = check_gold._ids(check_gold.ROOT / "geo" / "gazetteer.csv")
    actors = check_gold._ids(check_gold.ROOT / "pipeline" / "data" / "actors.csv")
    return check_gold, places, actors


def _write(folder: Path, gold: dict, text: str | None = TEXT) -> Path:
    path = folder / f"{gold['id']}.json"
    path.write_text(json.dumps(gold, ensure_ascii=False), encoding="utf-8")
    if text is not None:
        path.with_suffix(".txt").write_text(text, encoding="utf-8")
    return path


def test_a_well_formed_gold_file_has_no_problem(cg, tmp_path):
    check_gold, places, actors = cg
    assert check_gold.check_file(_write(tmp_path, _gold(TEXT)), places, actors) == []


@pytest.mark.parametrize("break_it, expected", [
    (lambda g: g["places"][0].update(start=g["places"][0]["start"] + 1), "places 0: text["),
    (lambda g: g["events"][0].update(place="no_such_village"), "not in geo/gazetteer.csv"),
    (lambda g: g["events"][0].update(actor1="no_such_force"), "not in pipeline/data/actors.csv"),
    (lambda g: g["events"][0].update(event_type="Skirmish"), "is not an ACLED type"),
    (lambda g: g["events"][0].update(date_to="2021-04-20"), "event 0: dates"),
    (lambda g: g["events"][0].update(sentence=7), "not an index into 'sentences'"),
    (lambda g: g["events"][0].update(fatalities=-1), "a whole number or null"),
    (lambda g: g.update(text_sha256="0" * 64), "text_sha256 differs"),
    (lambda g: g.pop("traps"), "missing key 'traps'"),
])
def test_each_kind_of_mistake_is_named(cg, tmp_path, break_it, expected):
    check_gold, places, actors = cg
    gold = _gold(TEXT)
    break_it(gold)
    problems = check_gold.check_file(_write(tmp_path, gold), places, actors)
    assert any(expected in p for p in problems), problems


def test_gold_without_its_text_is_told_not_scored(cg, tmp_path, capsys):
    check_gold, places, actors = cg
    path = _write(tmp_path, _gold(TEXT), text=None)
    assert "no text t01.txt" in check_gold.check_file(path, places, actors)[0]

    from benchmarks import eval_extraction
    from pipeline.core import Pipeline

    _write(tmp_path, dict(_gold(TEXT), id="t02"))
    scores = eval_extraction.evaluate_reports(Pipeline.from_geo_dir(), tmp_path, verbose=False)
    out = capsys.readouterr().out
    assert [s.id for s in scores] == ["t02"]
    assert "1 gold files have no text beside them and are not scored (t01)" in out


def test_place_recall_leaves_out_places_abroad():
    from benchmarks.eval_extraction import outside_syria

    assert outside_syria({"name": "أربيل", "within": "outside Syria"})
    assert outside_syria([{"name": "Erbil", "within": ["outside Syria"]}])
    assert not outside_syria("qamishli")
    assert not outside_syria({"name": "دوكركا", "within": "qamishli_subdistrict"})
    assert not outside_syria([{"name": "Erbil", "within": "outside Syria"}, "qamishli"])
