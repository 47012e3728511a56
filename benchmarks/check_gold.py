"""Form check of report gold files (``<id>.json`` beside ``<id>.txt``) before anyone scores them.

Usage::

    python benchmarks/check_gold.py DIR [DIR ...]

Checks each gold file against the format of ``benchmarks/data/reports/README.md``: the keys,
the dates, the ACLED types (``pipeline/acled_vocab.py``), the gazetteer ids of places and the
actor ids, the sentence offsets, and that every ``places`` and ``traps`` span is the text it
says it is. It never runs the extraction, so a blind annotator may use it. For a real report
whose text is kept out of the repository (``benchmarks/data/real/``) it also checks the text's
``text_sha256``. Prints one line a problem (file and what to fix); exit status 1 if any.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import hashlib
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from pipeline.acled_vocab import EVENT_TYPES  # noqa: E402

_KEYS = ("id", "outlet", "published", "language", "url", "sentences", "events", "places", "traps")
_EVENT_KEYS = ("event_type", "sub_event_type", "date_from", "date_to", "place", "fatalities",
               "sentence")


def _ids(path: Path) -> set[str]:
    with path.open(encoding="utf-8", newline="") as f:
        return {row["id"] for row in csv.DictReader(f)}


def _date(value) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value)
    except (TypeError, ValueError):
        return None


def _place_problems(spec, places: set[str]) -> list[str]:
    out: list[str] = []
    for one in (spec if isinstance(spec, list) else [spec]):
        if isinstance(one, str):
            if one not in places:
                out.append(f"place id {one!r} is not in geo/gazetteer.csv")
        elif isinstance(one, dict) and isinstance(one.get("name"), str):
            within = one.get("within") or []
            for area in ([within] if isinstance(within, str) else within):
                if area.isascii() and area.replace("_", "").isalnum() and area not in places:
                    out.append(f"'within' {area!r} is not a gazetteer id")
        else:
            out.append(f"place {one!r}: give a gazetteer id or {{'name': ..., 'within': ...}}")
    return out


def check_file(path: Path, places: set[str], actors: set[str]) -> list[str]:
    """Problems of one gold file, each a sentence saying what to fix."""
    try:
        gold = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        return [f"cannot read: {exc}"]
    out = [f"missing key {k!r}" for k in _KEYS if k not in gold]
    if out:
        return out
    text_path = path.with_suffix(".txt")
    if not text_path.exists():
        return [f"no text {text_path.name} beside it (a real report's text is re-got from its url)"]
    raw = text_path.read_bytes()
    text = raw.decode("utf-8")
    if "text_sha256" in gold and hashlib.sha256(raw).hexdigest() != gold["text_sha256"]:
        out.append("text_sha256 differs from the text beside it (the text changed: spans may be wrong)")
    if gold["language"] not in ("ar", "en"):
        out.append(f"language {gold['language']!r}: 'ar' or 'en'")
    if _date(gold["published"]) is None:
        out.append(f"published {gold['published']!r}: YYYY-MM-DD")
    sentences = gold["sentences"]
    for i, pair in enumerate(sentences):
        if not (isinstance(pair, list) and len(pair) == 2 and 0 <= pair[0] < pair[1] <= len(text)):
            out.append(f"sentence {i}: {pair!r} is not [start, end] within the text")
    for i, ev in enumerate(gold["events"]):
        where = f"event {i}"
        out += [f"{where}: missing {k!r}" for k in _EVENT_KEYS if k not in ev]
        for key in ("event_type", *ev.get("alt_event_types", [])):
            value = ev.get(key, key) if key == "event_type" else key
            if value not in EVENT_TYPES:
                out.append(f"{where}: event type {value!r} is not an ACLED type")
        d_from, d_to = _date(ev.get("date_from")), _date(ev.get("date_to") or ev.get("date_from"))
        if d_from is None or d_to is None or d_to < d_from:
            out.append(f"{where}: dates {ev.get('date_from')!r}..{ev.get('date_to')!r}")
        out += [f"{where}: {p}" for p in _place_problems(ev.get("place"), places)]
        for key in ("actor1", "actor2"):
            if ev.get(key) and ev[key] not in actors:
                out.append(f"{where}: {key} {ev[key]!r} is not in pipeline/data/actors.csv")
        for key in ("fatalities", "injuries"):
            if ev.get(key) is not None and not (isinstance(ev[key], int) and ev[key] >= 0):
                out.append(f"{where}: {key} {ev[key]!r}: a whole number or null")
        s = ev.get("sentence")
        if not (isinstance(s, int) and 0 <= s < len(sentences)):
            out.append(f"{where}: sentence {s!r} is not an index into 'sentences'")
    for kind in ("places", "traps"):
        for i, m in enumerate(gold[kind]):
            a, b = m.get("start"), m.get("end")
            if not (isinstance(a, int) and isinstance(b, int) and text[a:b] == m.get("text")):
                out.append(f"{kind} {i}: text[{a}:{b}] is {text[a:b] if isinstance(a, int) and isinstance(b, int) else None!r},"
                           f" not {m.get('text')!r}")
            if kind == "places":
                out += [f"places {i}: {p}" for p in _place_problems(m.get("place"), places)]
    for i, n in enumerate(gold.get("not_events", [])):
        if not (isinstance(n.get("sentence"), int) and 0 <= n["sentence"] < len(sentences)):
            out.append(f"not_events {i}: sentence {n.get('sentence')!r} is not an index")
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("folders", type=Path, nargs="+")
    args = ap.parse_args()
    places = _ids(ROOT / "geo" / "gazetteer.csv")
    actors = _ids(ROOT / "pipeline" / "data" / "actors.csv")
    bad = 0
    files = 0
    for folder in args.folders:
        for path in sorted(folder.glob("*.json")):
            files += 1
            for problem in check_file(path, places, actors):
                bad += 1
                print(f"{path}: {problem}")
    print(f"{files} gold files, {bad} problems")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
