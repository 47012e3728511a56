"""Fit and check a calibrated event confidence on the labelled blind outputs (issue 10).

Reads ``benchmarks/data/calibration/blind_outputs.jsonl`` (made by :mod:`tools.blind_outputs`),
computes features from each extracted event and its article's own output only (event type,
language, the hand-set confidence, whether the place is named in the event's own sentence,
a place drawn at an enclosing area, how the date was found, headline or body, other events
from the same sentence, toll and actors found …), fits an L2-regularised logistic regression in
numpy, and evaluates it **leave-one-set-out**: trained on the other blind sets, tested on the
one left out. For each held-out set it prints precision and recall (against the set's gold events)
of all extracted events, of those at ``medium`` or above and of those at ``high``, for the
hand-set confidence and for the calibrated one (``high``: probability >= HIGH, ``medium``:
>= MEDIUM), then, at the same number of events kept as the hand-set ``>= medium`` and
``high``, the precision of the events the calibrated score ranks first, and both rankings' AUC.
It writes no model: on the first four sets (h2–h5) the calibrated confidence did not beat the
hand-set one consistently (README, "Confidence"), so none is shipped.

Usage::

    python tools/fit_confidence.py [--data FILE] [-v]
"""

from __future__ import annotations

import argparse
import json
import logging
import math
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "benchmarks" / "data" / "calibration" / "blind_outputs.jsonl"
DEV = ROOT / "benchmarks" / "data" / "reports" / "dev"
HIGH, MEDIUM = 0.75, 0.5
TYPES = ("Battles", "Explosions/Remote violence", "Violence against civilians", "Strategic developments",
         "Protests", "Riots")

log = logging.getLogger("fit_confidence")


def features(e: dict, c: dict, published: str) -> dict[str, float]:
    """Named features of one extracted event ``e`` with its ``context`` ``c``."""
    pattern = (e.get("rule") or "").rpartition("pattern:")[2]
    own = c.get("mentions_own", [])
    named = [m for m in own if m.get("how") != "anaphora" and m.get("place_id")]
    f = {f"type:{t}": float(e.get("event_type") == t) for t in TYPES}
    f.update({
        "lang_en": float(e.get("rule", "").find("pattern:en_") >= 0),
        "hand_high": float(e.get("confidence") == "high"),
        "hand_medium": float(e.get("confidence") == "medium"),
        "pattern_no_actor": float(pattern.endswith("no_actor")),
        "pattern_word": float(pattern.endswith("_word")),
        "place_named_own": float(any(m.get("place_id") == e.get("place_id") for m in named)
                                 or bool(e.get("unresolved_name"))),
        "any_place_own": float(bool(named)),
        "places_own": math.log1p(len({m.get("place_id") for m in named})),
        "place_area": float((e.get("geo_precision") or 1) >= 3 or bool(e.get("approximate"))),
        "unresolved": float(bool(e.get("unresolved_name"))),
        "date_in_sentence": float(bool(c.get("dates_own"))),
        "date_publication_day": float(e.get("date_from") == published),
        "date_before": float((e.get("date_from") or "") < published),
        "date_range": float(e.get("date_from") != e.get("date_to")),
        "headline": float(c.get("line", 1) == 0),
        "same_sentence": float(c.get("same_sentence", 0) > 0),
        "more_evidence": math.log1p(len(e.get("more_evidence") or ())),
        "toll": float(bool(e.get("fatalities")) or bool(e.get("injuries"))),
        "actor1": float(bool(e.get("actor1_id"))),
        "actor2": float(bool(e.get("actor2_id"))),
        "events_in_article": math.log1p(c.get("events_in_article", 1)),
    })
    return f


def design(rows: list[dict]) -> tuple[np.ndarray, np.ndarray, list[str]]:
    feats = [features(r["event"], r["context"], r["published"]) for r in rows]
    names = sorted(feats[0])
    x = np.array([[f[n] for n in names] for f in feats], dtype=float)
    y = np.array([float(r["label"]) for r in rows])
    return x, y, names


def fit(x: np.ndarray, y: np.ndarray, l2: float = 1.0, iters: int = 500) -> tuple[np.ndarray, float]:
    """Weights and bias of an L2-regularised logistic regression (Newton steps)."""
    xb = np.hstack([x, np.ones((len(x), 1))])
    w = np.zeros(xb.shape[1])
    reg = np.full(xb.shape[1], l2)
    reg[-1] = 0.0
    for _ in range(iters):
        p = 1 / (1 + np.exp(-xb @ w))
        g = xb.T @ (p - y) + reg * w
        h = (xb * (p * (1 - p))[:, None]).T @ xb + np.diag(reg) + 1e-9 * np.eye(len(w))
        step = np.linalg.solve(h, g)
        w -= step
        if np.abs(step).max() < 1e-8:
            break
    return w[:-1], float(w[-1])


def predict(x: np.ndarray, w: np.ndarray, b: float) -> np.ndarray:
    return 1 / (1 + np.exp(-(x @ w + b)))


def level(p: float) -> str:
    return "high" if p >= HIGH else "medium" if p >= MEDIUM else "low"


def auc(score: np.ndarray, y: np.ndarray) -> float:
    """Probability that a true event scores above an invented one (ties count half)."""
    pos, neg = score[y == 1], score[y == 0]
    if not len(pos) or not len(neg):
        return float("nan")
    return float(((pos[:, None] > neg[None, :]) + 0.5 * (pos[:, None] == neg[None, :])).mean())


def gold_count(name: str) -> int:
    return sum(len(json.loads(p.read_text(encoding="utf-8"))["events"]) for p in DEV.glob(f"{name}*.json"))


def pr(levels: list[str], y: np.ndarray, keep: set[str], gold: int) -> str:
    sel = [i for i, lv in enumerate(levels) if lv in keep]
    n, t = len(sel), int(sum(y[i] for i in sel))
    return f"{t:>3}/{n:<3} P {t / n if n else 0:.2f} R {t / gold:.2f}"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data", type=Path, default=DATA)
    ap.add_argument("--l2", type=float, default=1.0)
    ap.add_argument("-v", "--verbose", action="store_true")
    args = ap.parse_args()
    logging.basicConfig(level=logging.INFO, format="%(message)s", stream=sys.stdout)
    rows = [json.loads(line) for line in args.data.read_text(encoding="utf-8").splitlines() if line.strip()]
    x, y, names = design(rows)
    sets = sorted({r["set"] for r in rows})
    for held in sets:
        tr = np.array([r["set"] != held for r in rows])
        w, b = fit(x[tr], y[tr], args.l2)
        p = predict(x[~tr], w, b)
        yt = y[~tr]
        hand = [r["event"]["confidence"] for r in rows if r["set"] == held]
        cal = [level(v) for v in p]
        gold = gold_count(held)
        log.info("held out %s (%d gold):", held, gold)
        log.info("  all                 %s", pr(hand, yt, {"high", "medium", "low"}, gold))
        log.info("  hand >= medium      %s   calibrated >= medium  %s", pr(hand, yt, {"high", "medium"}, gold),
                 pr(cal, yt, {"high", "medium"}, gold))
        log.info("  hand = high         %s   calibrated = high     %s", pr(hand, yt, {"high"}, gold),
                 pr(cal, yt, {"high"}, gold))
        rank = np.array([{"low": 0, "medium": 1, "high": 2}[h] for h in hand])
        order = np.argsort(-p, kind="stable")
        for lo, label in ((1, ">= medium"), (2, "= high")):
            k = int((rank >= lo).sum())
            log.info("  same number kept as hand %-9s (%3d): hand P %.2f, top %d by calibrated score P %.2f",
                     label, k, yt[rank >= lo].mean(), k, yt[order[:k]].mean())
        ll = -np.mean(yt * np.log(p) + (1 - yt) * np.log(1 - p))
        log.info("  ranking AUC: hand %.3f, calibrated %.3f; calibrated log-loss %.3f",
                 auc(rank.astype(float), yt), auc(p, yt), ll)
    w, b = fit(x, y, args.l2)
    if args.verbose:
        for n, v in sorted(zip(names, w), key=lambda t: -abs(t[1])):
            log.info("  %-28s %+.2f", n, v)
        log.info("  %-28s %+.2f", "bias", b)


if __name__ == "__main__":
    main()
