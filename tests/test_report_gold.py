"""Structural checks on the gold of the report-length evaluation texts.

Every ``benchmarks/data/reports/<set>/<id>.json`` (dev, heldout, heldout2, ...) is checked
against its ``<id>.txt`` and against the project's own reference tables: character offsets,
sentence spans (in order, covering all the text), non-overlapping mentions, event sentence
indexes (a not-event sentence states no gold event), ISO dates no later than the publication
day, the ACLED taxonomy
(:mod:`pipeline.acled_vocab`), gazetteer place ids and actor ids.  The extraction is never
run here: these tests say whether the gold is well formed, not how well the rules score.
Failure messages name the file and the key and index at fault, not the article text.
"""

from __future__ import annotations

import csv
import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest

from pipeline.acled_vocab import ACLED_TAXONOMY, EVENT_TYPES

ROOT = Path(__file__).resolve().parents[1]
REPORTS = ROOT / "benchmarks" / "data" / "reports"
GOLD_FILES = sorted(REPORTS.glob("*/*.json"))
EXTRA_ACTORS = {"isis", "usa", "coalition"}
LANGUAGES = {"ar", "en"}
REQUIRED_KEYS = {"id", "published", "language", "sentences", "events", "places"}
EVENT_KEYS = {"event_type", "sub_event_type", "date_from", "date_to", "place", "actor1",
              "actor2", "fatalities", "injuries", "sentence"}


def _ids(path: Path, column: str = "id") -> set[str]:
    with path.open(encoding="utf-8", newline="") as handle:
        return {row[column] for row in csv.DictReader(handle)}


GAZETTEER_IDS = _ids(ROOT / "geo" / "gazetteer.csv")


def _name_index() -> dict[str, set[str]]:
    """Gazetteer names and aliases -> ids (for ``within`` written as a name)."""
    index: dict[str, set[str]] = {}
    with (ROOT / "geo" / "gazetteer.csv").open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            names = [row.get("name_ar") or "", row.get("name_en") or ""]
            names += (row.get("aliases") or "").split(";")
            for name in {n.strip() for n in names if n.strip()}:
                index.setdefault(name, set()).add(row["id"])
    return index


GAZETTEER_NAMES = _name_index()
ACTOR_IDS = _ids(ROOT / "pipeline" / "data" / "actors.csv") | EXTRA_ACTORS


def _iso(value: Any) -> dt.date | None:
    if not isinstance(value, str) or len(value) != 10:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        return None


def _within_resolves(within: str) -> bool:
    """A ``within`` is a gazetteer id (the README's form) or, as some older gold files
    write it, a gazetteer name or alias that names exactly one row."""
    return within in GAZETTEER_IDS or len(GAZETTEER_NAMES.get(within, ())) == 1


def _place_problems(spec: Any, where: str) -> list[str]:
    """Problems of a place spec: an id, ``{"name", "within"}`` or a list of either."""
    if isinstance(spec, str):
        return [] if spec in GAZETTEER_IDS else [f"{where}: unknown gazetteer id {spec!r}"]
    if isinstance(spec, dict):
        problems = []
        if not isinstance(spec.get("name"), str) or not spec["name"].strip():
            problems.append(f"{where}: place spec without a name")
        within = spec.get("within")
        withins = within if isinstance(within, list) else [within]
        if not withins or not all(isinstance(w, str) for w in withins):
            problems.append(f"{where}: place spec 'within' must be an id or a list of ids")
        else:
            problems += [f"{where}: 'within' {w!r} is neither a gazetteer id nor a name "
                         "that names exactly one gazetteer row"
                         for w in withins if not _within_resolves(w)]
        return problems
    if isinstance(spec, list) and spec:
        return [p for i, item in enumerate(spec) for p in _place_problems(item, f"{where}[{i}]")]
    return [f"{where}: place must be an id, a {{name, within}} spec or a non-empty list"]


def gold_problems(json_path: Path) -> list[str]:
    """Return every structural problem of one gold file (empty when it is well formed)."""
    txt_path = json_path.with_suffix(".txt")
    if not txt_path.exists():
        return [f"missing text file {txt_path.name}"]
    text = txt_path.read_text(encoding="utf-8")
    gold = json.loads(json_path.read_text(encoding="utf-8"))
    problems: list[str] = []
    missing = REQUIRED_KEYS - gold.keys()
    if missing:
        return [f"missing keys {sorted(missing)}"]
    if gold["id"] != json_path.stem:
        problems.append(f"id {gold['id']!r} differs from the file name")
    if gold["language"] not in LANGUAGES:
        problems.append(f"language {gold['language']!r} not in {sorted(LANGUAGES)}")
    if _iso(gold["published"]) is None:
        problems.append(f"published {gold['published']!r} is not YYYY-MM-DD")

    sentences = gold["sentences"]
    previous_end = 0
    for i, span in enumerate(sentences):
        if not (isinstance(span, list) and len(span) == 2 and all(isinstance(x, int) for x in span)):
            problems.append(f"sentences[{i}] is not [start, end]")
            continue
        start, end = span
        if not (previous_end <= start < end <= len(text)):
            problems.append(f"sentences[{i}] = {span} out of order or outside the text "
                            f"(previous end {previous_end}, text length {len(text)})")
        elif text[start:end] != text[start:end].strip():
            problems.append(f"sentences[{i}] = {span} starts or ends with whitespace")
        if text[previous_end:start].strip():
            problems.append(f"text between offsets {previous_end} and {start} belongs to no sentence")
        previous_end = max(previous_end, end if isinstance(end, int) else 0)
    if text[previous_end:].strip():
        problems.append(f"text after offset {previous_end} belongs to no sentence")

    for key in ("places", "traps"):
        for i, mention in enumerate(gold.get(key) or []):
            start, end = mention.get("start"), mention.get("end")
            if not (isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= len(text)):
                problems.append(f"{key}[{i}]: bad offsets {start}-{end}")
            elif text[start:end] != mention.get("text"):
                problems.append(f"{key}[{i}]: text[{start}:{end}] (length {end - start}) "
                                f"does not equal its 'text' (length {len(mention.get('text') or '')})")
            if key == "places":
                problems += _place_problems(mention.get("place"), f"places[{i}].place")
            elif not mention.get("kind"):
                problems.append(f"traps[{i}]: no 'kind'")

    spans = sorted((m["start"], m["end"], key, i) for key in ("places", "traps")
                   for i, m in enumerate(gold.get(key) or [])
                   if isinstance(m.get("start"), int) and isinstance(m.get("end"), int))
    for (_, end1, key1, i1), (start2, _, key2, i2) in zip(spans, spans[1:]):
        if start2 < end1:
            problems.append(f"{key1}[{i1}] and {key2}[{i2}] overlap")

    published = _iso(gold["published"])
    for i, event in enumerate(gold["events"]):
        where = f"events[{i}]"
        missing = EVENT_KEYS - event.keys()
        if missing:
            problems.append(f"{where}: missing keys {sorted(missing)}")
            continue
        etype, sub = event["event_type"], event["sub_event_type"]
        if etype not in ACLED_TAXONOMY:
            problems.append(f"{where}: event_type {etype!r} not in the ACLED taxonomy")
        elif sub not in ACLED_TAXONOMY[etype]:
            problems.append(f"{where}: sub_event_type {sub!r} not a sub-type of {etype!r}")
        for alt in event.get("alt_event_types") or []:
            if alt not in EVENT_TYPES:
                problems.append(f"{where}: alt_event_types entry {alt!r} not an event type")
        start, end = _iso(event["date_from"]), _iso(event["date_to"])
        if start is None or end is None:
            problems.append(f"{where}: dates {event['date_from']!r}..{event['date_to']!r} not YYYY-MM-DD")
        elif start > end:
            problems.append(f"{where}: date_from {start} after date_to {end}")
        elif published is not None and end > published:
            problems.append(f"{where}: date_to {end} after the publication day {published}")
        if "displacement" in (event.get("tags") or []) and (etype, sub) != ("Strategic developments", "Other"):
            problems.append(f"{where}: a displacement event is Strategic developments / Other")
        problems += _place_problems(event["place"], f"{where}.place")
        for key in ("actor1", "actor2"):
            actor = event[key]
            if actor is not None and actor not in ACTOR_IDS:
                problems.append(f"{where}: {key} {actor!r} not in pipeline/data/actors.csv")
        for key in ("fatalities", "injuries"):
            value = event[key]
            if value is not None and (not isinstance(value, int) or isinstance(value, bool) or value < 0):
                problems.append(f"{where}: {key} {value!r} must be a whole number >= 0 or null")
        index = event["sentence"]
        if not (isinstance(index, int) and 0 <= index < len(sentences)):
            problems.append(f"{where}: sentence index {index!r} outside 0..{len(sentences) - 1}")

    event_sentences = {event.get("sentence") for event in gold["events"]}
    for i, item in enumerate(gold.get("not_events") or []):
        index = item.get("sentence")
        if index in event_sentences:
            problems.append(f"not_events[{i}]: sentence {index} also states a gold event")
        if not (isinstance(index, int) and 0 <= index < len(sentences)):
            problems.append(f"not_events[{i}]: sentence index {index!r} outside 0..{len(sentences) - 1}")
        if not item.get("why"):
            problems.append(f"not_events[{i}]: no 'why'")
    return problems


def test_gold_files_exist() -> None:
    assert GOLD_FILES, f"no gold files under {REPORTS}"
    texts = sorted(REPORTS.glob("*/*.txt"))
    assert {p.with_suffix("") for p in texts} == {p.with_suffix("") for p in GOLD_FILES}, (
        "every <id>.txt needs an <id>.json and vice versa")


@pytest.mark.parametrize("path", GOLD_FILES, ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_report_gold_is_well_formed(path: Path) -> None:
    problems = gold_problems(path)
    assert not problems, f"{path.relative_to(ROOT)}:\n  " + "\n  ".join(problems)


def test_validator_catches_broken_gold(tmp_path: Path) -> None:
    """The checker itself must fail on the faults it claims to catch."""
    (tmp_path / "x1.txt").write_text("القامشلي هادئة.\nثانية.\n", encoding="utf-8")
    good = {
        "id": "x1", "published": "2021-04-23", "language": "ar",
        "sentences": [[0, 15], [16, 22]],
        "places": [{"text": "القامشلي", "start": 0, "end": 8, "place": "qamishli"}],
        "traps": [],
        "events": [{"event_type": "Battles", "sub_event_type": "Armed clash",
                    "date_from": "2021-04-22", "date_to": "2021-04-23", "place": "qamishli",
                    "actor1": "asayish", "actor2": "ndf", "fatalities": 1, "injuries": None,
                    "sentence": 0}],
        "not_events": [{"sentence": 1, "why": "background"}],
    }
    path = tmp_path / "x1.json"
    path.write_text(json.dumps(good, ensure_ascii=False), encoding="utf-8")
    assert gold_problems(path) == []

    def broken(**change: Any) -> list[str]:
        bad = json.loads(json.dumps(good))
        for key, value in change.items():
            target, _, field = key.partition("__")
            if field:
                bad[target][0][field] = value
            else:
                bad[target] = value
        path.write_text(json.dumps(bad, ensure_ascii=False), encoding="utf-8")
        return gold_problems(path)

    assert broken(places__end=7)
    assert broken(places__place="atlantis")
    assert broken(sentences=[[16, 22], [0, 15]])
    assert broken(sentences=[[0, 15], [16, 99]])
    assert broken(events__sentence=2)
    assert broken(events__date_from="2021-04-24")
    assert broken(events__date_to="23/04/2021")
    assert broken(events__sub_event_type="Air/drone strike")
    assert broken(events__actor1="martians")
    assert broken(events__place={"name": "x", "within": "nowhere"})
    assert not broken(events__place={"name": "x", "within": "ريف القامشلي"})
    assert broken(events__fatalities=-1)
    assert broken(language="fr")
    assert broken(not_events=[{"sentence": 5, "why": "x"}])
    assert broken(not_events=[{"sentence": 0, "why": "x"}])
    assert broken(sentences=[[0, 15]])
    assert broken(sentences=[[0, 8], [16, 22]])
    assert broken(traps=[{"text": "القامشلي", "start": 0, "end": 8, "kind": "outlet"}])
    assert broken(events__date_to="2021-04-24")
    assert broken(events__tags=["displacement"])
