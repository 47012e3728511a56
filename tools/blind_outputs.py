"""Regenerate ``benchmarks/data/calibration/blind_outputs.jsonl``: events extracted blind, labelled.

Fourteen sets of reports in ``benchmarks/data/reports/dev/`` (``h2*`` … ``h5*``, ``h7*`` … ``h16*``) were each held back
and scored once, blind, at a known commit. At that commit the rules had never seen those texts,
so what that commit extracts from them is an honest sample of true and invented events on
unseen text. For each set this script checks the commit out in a detached worktree
(``git worktree add --detach``; removed afterwards unless ``--keep``), runs that commit's
``python -m pipeline extract PATH --published DATE --json`` (with ``PYTHONPATH`` set to the
worktree, its own ``geo/``) on the set's texts as read from this checkout's ``dev/`` folder, and
labels every extracted event with the current scorer's one-to-one matching
(:func:`benchmarks.eval_extraction.score_report`: type + overlapping dates + right place): matched
is ``true``, any other extracted event (a duplicate included) ``false``.

Each line: ``set``, ``commit``, ``article_id``, ``language``, ``published``, ``label``, ``event``
(the event's ``extract --json`` fields as that commit wrote them) and ``context``: what the
article's own output says around the event (place mentions and dates inside the event's
sentences, the events sharing its sentence, the line of the text it starts on), from which
:mod:`tools.fit_confidence` computes features.

Usage::

    python tools/blind_outputs.py [--sets h2 h3 h4 h5 h7 h8 h9 h10 h11 h12 h13 h14 h15 h16] [--out FILE] [--keep]

From ``h9`` on, the blind commit has the screening stage: the events it set aside are kept here
too (``set_aside`` true), labelled with the rest, so every set holds what the *rules* made.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import logging
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.eval_extraction import name_index, score_report  # noqa: E402
from pipeline.gazetteer import load_geo_dir  # noqa: E402

log = logging.getLogger("blind_outputs")

#: Each former held-back set and the commit it was scored at, blind.
BLIND_COMMITS = {"h2": "7f1704f", "h3": "1c8ffc8", "h4": "20b8b19", "h5": "53cbcb5", "h7": "8bc9397",
                 "h8": "7d326b3", "h9": "45c9297", "h10": "1f124a6",
                 "h11": "09a4ac9", "h12": "e6eedf0", "h13": "4c055d2", "h14": "4c055d2", "h15": "4c055d2",
                 "h16": "6b1311f", "h17": "7ebba6f",
                 "h18": "e4cca64"}
DEV = ROOT / "benchmarks" / "data" / "reports" / "dev"
OUT = ROOT / "benchmarks" / "data" / "calibration" / "blind_outputs.jsonl"


def _spans(e: dict) -> list[tuple[int, int]]:
    out = [(e["start"], e["end"])] if e.get("start") is not None else []
    out += [(int(a), int(b)) for a, b in e.get("more_evidence") or ()]
    return out


def context(e: dict, result: dict, text: str) -> dict:
    """What the article's output says around event ``e``: mentions and dates inside its own
    sentence (``evidence``) and its further sentences, events sharing its first sentence, and
    the line of the text (0: headline) its sentence starts on."""
    s, t = e.get("start") or 0, e.get("end") or 0
    spans = _spans(e)

    def inside(m: dict, ss: list[tuple[int, int]]) -> bool:
        return any(a <= m["start"] and m["end"] <= b for a, b in ss)

    keep_m = ("start", "end", "text", "place_id", "how", "geo_precision", "unresolved_name")
    keep_d = ("start", "end", "text", "date_from", "date_to")
    return {
        "mentions_own": [{k: m.get(k) for k in keep_m} for m in result.get("mentions", []) if inside(m, [(s, t)])],
        "mentions_more": [{k: m.get(k) for k in keep_m} for m in result.get("mentions", []) if inside(m, spans[1:])],
        "dates_own": [{k: d.get(k) for k in keep_d} for d in result.get("dates", []) if inside(d, [(s, t)])],
        "same_sentence": sum(1 for x in result.get("events", []) if x.get("start") == s) - 1,
        "events_in_article": len(result.get("events", [])),
        "line": text[:s].count("\n"),
    }


def run_set(name: str, commit: str, worktree: Path, index: dict) -> list[dict]:
    """Extract the set's texts with ``commit``'s CLI and label each event."""
    rows = []
    env = {**os.environ, "PYTHONPATH": str(worktree)}
    for gold_path in sorted(DEV.glob(f"{name}*.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        text_path = gold_path.with_suffix(".txt")
        out = subprocess.run([sys.executable, "-m", "pipeline", "extract", str(text_path), "--published",
                              gold["published"], "--json"], cwd=worktree, env=env,
                             capture_output=True, text=True, check=True)
        result = json.loads(out.stdout)
        # what the rules made: the screening stage (from 45c9297) moves some into ``set_aside``
        aside = result.get("set_aside", [])
        result = {**result, "events": result["events"] + aside}
        score = score_report(gold, result, index)
        matched = {j for _, j in score.pairs}
        text = text_path.read_text(encoding="utf-8")
        for j, e in enumerate(result.get("events", [])):
            rows.append({"set": name, "commit": commit, "article_id": gold["id"],
                         "language": gold.get("language", "?"), "published": gold["published"],
                         "label": j in matched, "event": e, "context": context(e, result, text),
                         "set_aside": j >= len(result["events"]) - len(aside)})
    return rows


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--sets", nargs="+", default=list(BLIND_COMMITS), choices=list(BLIND_COMMITS))
    ap.add_argument("--out", type=Path, default=OUT)
    ap.add_argument("--keep", action="store_true", help="keep the detached worktrees")
    ap.add_argument("--worktrees", type=Path, default=ROOT.parent, help="folder for the worktrees (wt-calib-N)")
    args = ap.parse_args()
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    index = name_index(load_geo_dir(ROOT / "geo"))
    rows: list[dict] = []
    for name in args.sets:
        commit = BLIND_COMMITS[name]
        wt = args.worktrees / f"wt-calib-{name[1:]}"
        made = not wt.exists()
        if made:
            subprocess.run(["git", "worktree", "add", "--detach", str(wt), commit], cwd=ROOT, check=True,
                           capture_output=True)
        try:
            got = run_set(name, commit, wt, index)
        finally:
            if made and not args.keep:
                subprocess.run(["git", "worktree", "remove", "--force", str(wt)], cwd=ROOT, check=True)
        log.info("%s at %s: %d events, %d true", name, commit, len(got), sum(r["label"] for r in got))
        rows += got
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text("".join(json.dumps(r, ensure_ascii=False, sort_keys=True) + "\n" for r in rows),
                        encoding="utf-8")
    log.info("wrote %d events to %s (generated %s)", len(rows), args.out, dt.date.today())


if __name__ == "__main__":
    main()
