"""Extraction quality: how an ACLED coder's reading of news sentences compares with the pipeline's.

Usage::

    python benchmarks/eval_extraction.py [-v] [--cases FILE.jsonl ...]
    python benchmarks/eval_extraction.py --reports DIR [DIR ...] [-v] [--subprocess | --no-screening]

**Report mode** (``--reports``, issue 10): whole reports (``DIR/<id>.txt``) with their gold
(``DIR/<id>.json``; format and coding conventions in ``benchmarks/data/reports/README.md``).
Each text is run as ``python -m pipeline extract PATH --published DATE --json`` would run it
(in-process, through the same loader and pipeline; ``--subprocess`` calls the CLI itself) and
scored:

- an extracted event **matches** a gold event when the event type is the same (or one of the
  gold's ``alt_event_types``), the date ranges overlap, and the place is right: the gold's
  gazetteer id, or for a place the gazetteer lacks (``{"name", "within"}``) the enclosing area
  or any gazetteer row, current at scoring time, whose name or alias is that name; events are
  matched one to one (an extracted event matching no gold event, a duplicate included, counts
  against **precision**; a gold event matching none counts against **recall**);
- **fatalities exact**: among matched events whose gold gives a figure, the share whose
  ``fatalities`` equal it (no figure extracted counts as 0);
- **place recall**: the share of gold place mentions covered by an extracted mention with an
  acceptable id (an unknown name also counts when the pipeline lists it as unresolved); a place
  coded only as ``"within": "outside Syria"`` (a dateline abroad) is left out: the map draws none;
- **trap violations**: outlet names, adjectives, tribes … (``traps``) read as a place.

Figures are given overall, per language and per event type; ``-v`` lists every miss, false
event, trap violation and missed place. The held-back folder is scored only at the end.

Two sets of short Arabic sentences in the style of news copy about Qamishli (armed clashes,
remote violence, attacks on civilians, arrests, truces, deployments, protests,
displacement), each with the coding a careful ACLED coder gives it, written down before the
pipeline was run on them, for this evaluation (not taken from any outlet):

- ``benchmarks/data/extraction_cases.jsonl`` (50): the development set. Its first score was
  taken on rules that had never seen it; rules were then tuned on it.
- ``benchmarks/data/extraction_cases_heldout.jsonl`` (40): held out. Its writer saw neither
  the rules nor the other sentences, and no rule was tuned on it. Keep it that way: a rule
  written from its failures makes it a second development set, and a claim about unseen text
  then needs new sentences.

Each sentence is processed as an article published on 2021-04-22 (a Thursday) and scored:

- **right**: an event of the expected type whose sub-type, place, date, actors, fatalities
  and injuries (and displaced, when given) all match;
- **partly**: an event of the expected type is found, but some of those differ;
- **missed**: no event of the expected type;
- **extra**: every further event the pipeline reports for the sentence.

Conventions of the expected codings: ``a|b`` lists the acceptable values (an empty
alternative, as in ``"unidentified|"``, accepts an empty field); ``"*"`` accepts anything;
``either_order`` compares the two actors as a pair; ``date`` ``"a,b"`` accepts a
``date_from`` from a to b; a toll of 0 accepts an empty one; a ``sub_event_type`` of
``displacement`` means an event tagged ``displacement``.
This is a benchmark, not a test: it prints figures and asserts nothing.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pipeline.arabic import normalise_phrase  # noqa: E402
from pipeline.articles import load_article  # noqa: E402
from pipeline.core import Pipeline  # noqa: E402
from pipeline.records import Article, Event  # noqa: E402

CASES = [ROOT / "benchmarks" / "data" / "extraction_cases.jsonl",
         ROOT / "benchmarks" / "data" / "extraction_cases_heldout.jsonl"]
PUBLISHED = dt.date(2021, 4, 22)


def _one_of(spec: str, value: str | None) -> bool:
    """Whether ``value`` is one of the ``|``-separated alternatives of ``spec`` (``*``: any)."""
    return spec == "*" or (value or "") in spec.split("|")


def _toll(expected: int, got: int | None) -> bool:
    return (got or 0) == expected


def mismatches(expected: dict, e: Event) -> list[str]:
    """The fields of ``e`` that differ from the expected coding (empty: right)."""
    out = []
    sub = expected["sub_event_type"]
    if not (("displacement" in e.tags) if sub == "displacement" else _one_of(sub, e.sub_event_type)):
        out.append(f"sub_event_type {e.sub_event_type!r}")
    if not _one_of(expected["place"], e.place_id):
        out.append(f"place {e.place_id!r}")
    lo, _, hi = expected["date"].partition(",")
    if not (lo <= e.date_from.isoformat() <= (hi or lo)):
        out.append(f"date {e.date_from.isoformat()}")
    a1, a2 = expected["actor1"], expected["actor2"]
    straight = _one_of(a1, e.actor1_id) and _one_of(a2, e.actor2_id)
    swapped = expected.get("either_order") and _one_of(a1, e.actor2_id) and _one_of(a2, e.actor1_id)
    if not (straight or swapped):
        out.append(f"actors {e.actor1_id or '-'} / {e.actor2_id or '-'}")
    for key, got in (("fatalities", e.fatalities), ("injuries", e.injuries)):
        if not _toll(expected[key], got):
            out.append(f"{key} {got}")
    if "displaced" in expected and e.displaced != expected["displaced"]:
        out.append(f"displaced {e.displaced}")
    return out


def score(pipe: Pipeline, case: dict) -> tuple[str, list[str], int]:
    """(``right``/``partly``/``missed``, what differs in the best event, number of extra events)."""
    text = f"{case['headline']}\n{case['text']}" if case["headline"] else case["text"]
    events = pipe.process(Article(id=case["id"], path="<eval>", text=text, published=PUBLISHED,
                                  source="evaluation")).events
    exp = case["expected"]
    candidates = [e for e in events if e.event_type == exp["event_type"]]
    if not candidates:
        return "missed", [f"got {[(e.event_type, e.sub_event_type) for e in events]}"], len(events)
    best = min((mismatches(exp, e) for e in candidates), key=len)
    return ("right" if not best else "partly"), best, len(events) - 1


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("-v", "--verbose", action="store_true", help="print every case that is not right")
    ap.add_argument("--cases", type=Path, nargs="+", default=CASES, help="sets of cases in the same format")
    ap.add_argument("--reports", type=Path, nargs="+", metavar="DIR",
                    help="score whole reports with gold files (benchmarks/data/reports/dev) instead of sentences")
    ap.add_argument("--subprocess", action="store_true",
                    help="with --reports: run `python -m pipeline extract --json` for each text instead of in-process")
    ap.add_argument("--no-screening", action="store_true",
                    help="score the rules alone: skip the screening stage (pipeline/screening.py)")
    args = ap.parse_args()
    if args.subprocess and args.no_screening:
        ap.error("--no-screening scores the rules in-process; the CLI (--subprocess) always screens")
    pipe = Pipeline.from_geo_dir(ROOT / "geo", screening=not args.no_screening)
    if args.reports:
        for folder in args.reports:
            evaluate_reports(pipe, folder, args.verbose, use_cli=args.subprocess)
        return
    for path in args.cases:
        print(f"{path.name}:")
        evaluate(pipe, [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()],
                 args.verbose)


def evaluate(pipe: Pipeline, cases: list[dict], verbose: bool) -> None:
    """Score ``cases`` and print the totals, by event type, and (``verbose``) each miss."""
    totals = {"right": 0, "partly": 0, "missed": 0, "extra": 0}
    by_type: dict[str, dict[str, int]] = {}
    for case in cases:
        verdict, diffs, extra = score(pipe, case)
        totals[verdict] += 1
        totals["extra"] += extra
        row = by_type.setdefault(case["expected"]["event_type"], {"right": 0, "partly": 0, "missed": 0})
        row[verdict] += 1
        if verbose and (verdict != "right" or extra):
            print(f"{case['id']} {verdict}{f' (+{extra} extra)' if extra else ''}: {'; '.join(diffs)}")
            print(f"    {case['text']}")
    print(f"{len(cases)} sentences: {totals['right']} right, {totals['partly']} partly, {totals['missed']} missed; "
          f"{totals['extra']} extra events")
    for etype, row in sorted(by_type.items()):
        print(f"  {etype}: {row['right']} right, {row['partly']} partly, {row['missed']} missed")

# --------------------------------------------------------------------------------------------
# Report mode (--reports): whole texts with gold events, place mentions and traps
# --------------------------------------------------------------------------------------------

_HEAD_WORDS = {normalise_phrase(w) for w in (
    "قرية", "بلدة", "حي", "حارة", "مدينة", "ناحية", "مخيم", "معسكر", "دوار", "سجن",
    "village", "town", "city", "neighborhood", "neighbourhood", "district", "the")}


_ID_RE = re.compile(r"^[a-z0-9_]+$")


#: The Arabic article as transliterations write it before a sun letter (``As Safa``, ``Ash Shaddadi``).
_SUN_ARTICLES = frozenset({"as", "ash", "ad", "adh", "ar", "at", "ath", "az", "an", "es", "esh", "ed", "er", "et", "ez",
                           "en"})


def name_key(name: str) -> str:
    """A spelling-tolerant key for a place name: normalised Arabic, lower-case Latin, no article
    (ال, al-, el-, and the article assimilated to a sun letter: as-, ash-, ad-, ar- … as
    transliterations write it: "As Safa" is "Al-Safa") on any word, no head noun (قرية، بلدة،
    village …) in front."""
    words = []
    raw = normalise_phrase(name.replace("-", " ").replace("–", " ")).lower().split()
    for k, w in enumerate(raw):
        if w in ("al", "el") or (w in _SUN_ARTICLES and k + 1 < len(raw)):
            continue
        if w.startswith("ال") and len(w) > 3:
            w = w[2:]
        words.append(w)
    while words and words[0] in _HEAD_WORDS:
        words = words[1:]
    return " ".join(words)


def name_index(gazetteer) -> dict[str, set[str]]:
    """Name key → ids of the gazetteer rows that carry that name (English, Arabic or alias)."""
    index: dict[str, set[str]] = {}
    for p in gazetteer.places.values():
        for name in [p.name_en, p.name_ar, *p.aliases]:
            if name:
                index.setdefault(name_key(name), set()).add(p.id)
    return index


def acceptable_places(spec, index: dict[str, set[str]]) -> tuple[set[str], set[str]]:
    """(place ids that are right, name keys that are right as an unresolved name) for a gold
    ``place``: an id, ``{"name", "within"}``, or a list of these. ``within`` is an id, an area
    named as the text names it (``ريف القامشلي``, resolved through the gazetteer's names), or a
    list of both."""
    ids: set[str] = set()
    names: set[str] = set()
    for one in (spec if isinstance(spec, list) else [spec]):
        if isinstance(one, str):
            ids.add(one)
            continue
        within = one.get("within") or []
        for area in ([within] if isinstance(within, str) else within):
            ids.update([area] if _ID_RE.match(area) else index.get(name_key(area), ()))
        key = name_key(one["name"])
        names.add(key)
        ids.update(index.get(key, ()))
    return ids, names


def _d(s: str | None) -> dt.date | None:
    return dt.date.fromisoformat(s) if s else None


def event_matches(gold: dict, ext: dict, index: dict[str, set[str]]) -> bool:
    """Whether the extracted event ``ext`` (``extract --json`` fields) is the gold event:
    same event type (or an ``alt_event_types`` one), overlapping dates, right place."""
    if ext.get("event_type") not in [gold["event_type"], *gold.get("alt_event_types", [])]:
        return False
    g_from, g_to = _d(gold["date_from"]), _d(gold.get("date_to") or gold["date_from"])
    e_from = _d(ext.get("date_from") or ext.get("event_date"))
    e_to = _d(ext.get("date_to")) or e_from
    if e_from is None or e_to < g_from or e_from > g_to:
        return False
    ids, names = acceptable_places(gold["place"], index)
    if ext.get("place_id") in ids:
        return True
    unresolved = ext.get("unresolved_name") or ""
    return bool(unresolved) and name_key(unresolved) in names


def _preference(gold: dict, ext: dict, sentences: list[list[int]]) -> tuple:
    """Order of candidates when several extracted events match one gold event: evidence in the
    gold's sentence first, then the same sub-type, then the same start date."""
    a, b = sentences[gold["sentence"]] if gold.get("sentence") is not None else (0, 0)
    in_sentence = ext.get("start") is not None and ext["start"] < b and ext.get("end", ext["start"]) > a
    return (not in_sentence, ext.get("sub_event_type") != gold["sub_event_type"],
            ext.get("date_from") != gold["date_from"])


def match_events(golds: list[dict], exts: list[dict], index: dict[str, set[str]],
                 sentences: list[list[int]] | None = None) -> list[tuple[int, int]]:
    """A largest one-to-one matching of gold to extracted events, as (gold index, extracted index)."""
    sentences = sentences or []
    cands = [sorted((j for j, e in enumerate(exts) if event_matches(g, e, index)),
                    key=lambda j, g=g: _preference(g, exts[j], sentences) if sentences else ())
             for g in golds]
    owner: dict[int, int] = {}

    def augment(i: int, seen: set[int]) -> bool:
        for j in cands[i]:
            if j in seen:
                continue
            seen.add(j)
            if j not in owner or augment(owner[j], seen):
                owner[j] = i
                return True
        return False

    for i in range(len(golds)):
        augment(i, set())
    return sorted((i, j) for j, i in owner.items())


def _overlaps(a: int, b: int, c: int, d: int) -> bool:
    return a < d and c < b


def place_hits(gold_places: list[dict], mentions: list[dict], unresolved: list[dict],
               index: dict[str, set[str]]) -> list[bool]:
    """For each gold place mention: covered by an extracted mention with a right id, or (for a
    name the gazetteer lacks) by an unresolved name?"""
    hits = []
    for gp in gold_places:
        ids, names = acceptable_places(gp["place"], index)
        over = [m for m in mentions if _overlaps(gp["start"], gp["end"], m["start"], m["end"])]
        ok = any(m.get("place_id") in ids for m in over)
        if not ok and names:
            ok = any(name_key(m.get("unresolved_name") or "") in names for m in over) or any(
                _overlaps(gp["start"], gp["end"], u["start"], u["end"]) for u in unresolved)
        hits.append(ok)
    return hits


def outside_syria(spec) -> bool:
    """Whether a gold place is only a far place (``{"name": "Erbil", "within": "outside Syria"}``, a
    dateline abroad): a place mention, not one the map draws, so place recall leaves it out."""
    parts = spec if isinstance(spec, list) else [spec]
    return bool(parts) and all(isinstance(one, dict) and all(
        str(area).strip().lower() == "outside syria"
        for area in ([one.get("within")] if isinstance(one.get("within"), str) else one.get("within") or [None]))
        for one in parts)


def trap_violations(traps: list[dict], mentions: list[dict]) -> list[tuple[dict, dict]]:
    """(trap, mention) for every trap span that an extracted place mention overlaps."""
    out = []
    for t in traps:
        for m in mentions:
            if m.get("place_id") and _overlaps(t["start"], t["end"], m["start"], m["end"]):
                out.append((t, m))
                break
    return out


@dataclass
class ReportScore:
    """What one report scored (see :func:`score_report`)."""

    id: str
    language: str
    golds: list[dict]
    exts: list[dict]
    pairs: list[tuple[int, int]]
    place_hits: list[bool]
    gold_places: list[dict]
    violations: list[tuple[dict, dict]]
    traps: int = 0
    on_non_event: list[int] = field(default_factory=list)  # unmatched extracted events in not_events sentences
    published: str = ""
    #: the sentences listed as read by no rule (``extract --json``'s ``unread``): for each, the gold
    #: events told in it (its span overlaps the gold event's sentence) that no extracted event matched
    unread: list[list[int]] = field(default_factory=list)

    @property
    def missed(self) -> list[dict]:
        got = {i for i, _ in self.pairs}
        return [g for i, g in enumerate(self.golds) if i not in got]

    @property
    def false(self) -> list[dict]:
        got = {j for _, j in self.pairs}
        return [e for j, e in enumerate(self.exts) if j not in got]


def score_report(gold: dict, result: dict, index: dict[str, set[str]]) -> ReportScore:
    """Score one ``extract --json`` result against its gold file."""
    exts = result.get("events", [])
    pairs = match_events(gold["events"], exts, index, gold.get("sentences"))
    matched_ext = {j for _, j in pairs}
    non_event_spans = [gold["sentences"][n["sentence"]] for n in gold.get("not_events", [])]
    on_non = [j for j, e in enumerate(exts) if j not in matched_ext and e.get("start") is not None
              and any(a <= e["start"] < b for a, b in non_event_spans)]
    mapped = [gp for gp in gold.get("places", []) if not outside_syria(gp["place"])]
    matched_gold = {i for i, _ in pairs}
    spans = gold.get("sentences") or []
    unread = [[i for i, g in enumerate(gold["events"]) if i not in matched_gold and g.get("sentence") is not None
               and spans[g["sentence"]][0] < u["end"] and spans[g["sentence"]][1] > u["start"]]
              for u in result.get("unread") or ()]
    return ReportScore(gold["id"], gold.get("language", "?"), gold["events"], exts, pairs,
                       place_hits(mapped, result.get("mentions", []), result.get("unresolved", []), index),
                       mapped, trap_violations(gold.get("traps", []), result.get("mentions", [])),
                       len(gold.get("traps", [])), on_non, gold.get("published", ""), unread)


def extract_json(pipe: Pipeline, path: Path, published: dt.date, use_cli: bool = False) -> dict:
    """The ``python -m pipeline extract PATH --published DATE --json`` object for one text."""
    if use_cli:
        out = subprocess.run([sys.executable, "-m", "pipeline", "extract", str(path), "--published",
                              published.isoformat(), "--json"], cwd=ROOT, capture_output=True, text=True, check=True)
        return json.loads(out.stdout)
    article = load_article(path, published=published, require_metadata=False)
    return pipe.process(article).to_json()


def _ratio(n: int, d: int) -> str:
    return f"{n / d:.2f}" if d else "  - "


@dataclass
class Tally:
    """Counts behind one row of the report table."""

    gold: int = 0
    extracted: int = 0
    matched: int = 0
    #: matched events counted by the *extracted* event's type (precision); ``matched`` counts
    #: them by the gold's (recall). They differ on a type row when a gold event accepts
    #: another type (``alt_event_types``).
    matched_extracted: int = 0
    tolls: int = 0
    tolls_right: int = 0
    places: int = 0
    places_right: int = 0
    traps: int = 0
    violations: int = 0

    def row(self, label: str) -> str:
        return (f"{label:<30} {self.gold:>5} {self.extracted:>5} {self.matched:>5}   "
                f"{_ratio(self.matched_extracted, self.extracted):>5} {_ratio(self.matched, self.gold):>5}   "
                f"{self.tolls_right:>3}/{self.tolls:<3} {_ratio(self.tolls_right, self.tolls):>5}   "
                f"{_ratio(self.places_right, self.places):>5}   {self.violations:>3}/{self.traps:<3}")


def tally(scores: list[ReportScore]) -> dict[str, Tally]:
    """Totals overall (``all``), per language (``lang:ar``) and per event type (``type:…``)."""
    rows: dict[str, Tally] = {}

    def get(key: str) -> Tally:
        return rows.setdefault(key, Tally())

    for s in scores:
        for t in (get("all"), get(f"lang:{s.language}")):
            t.gold += len(s.golds)
            t.extracted += len(s.exts)
            t.matched += len(s.pairs)
            t.matched_extracted += len(s.pairs)
            t.places += len(s.place_hits)
            t.places_right += sum(s.place_hits)
            t.traps += s.traps
            t.violations += len(s.violations)
        for g in s.golds:
            get(f"type:{g['event_type']}").gold += 1
        for e in s.exts:
            get(f"type:{e.get('event_type')}").extracted += 1
        for i, j in s.pairs:
            g, e = s.golds[i], s.exts[j]
            rows_for = (get("all"), get(f"lang:{s.language}"), get(f"type:{g['event_type']}"))
            get(f"type:{g['event_type']}").matched += 1
            get(f"type:{e.get('event_type')}").matched_extracted += 1
            if g.get("fatalities") is not None:
                for t in rows_for:
                    t.tolls += 1
                    t.tolls_right += int((e.get("fatalities") or 0) == g["fatalities"])
    return rows


def evaluate_reports(pipe: Pipeline, folder: Path, verbose: bool, use_cli: bool = False) -> list[ReportScore]:
    """Run and score every ``<id>.txt`` of ``folder`` that has a ``<id>.json`` gold; print the table."""
    index = name_index(pipe.gazetteer)
    scores: list[ReportScore] = []
    missing: list[str] = []
    for gold_path in sorted(folder.glob("*.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        text_path = gold_path.with_suffix(".txt")
        if not text_path.exists():
            # a real report's text is kept out of the repository (benchmarks/data/real/README.md)
            missing.append(gold_path.stem)
            continue
        result = extract_json(pipe, text_path, dt.date.fromisoformat(gold["published"]), use_cli)
        score = score_report(gold, result, index)
        scores.append(score)
        if verbose:
            _print_details(score, text_path.read_text(encoding="utf-8"), gold)
    if missing:
        print(f"{folder}: {len(missing)} gold files have no text beside them and are not scored "
              f"({', '.join(missing[:5])}{' …' if len(missing) > 5 else ''}); re-get each from its url")
    rows = tally(scores)
    langs = sorted(k for k in rows if k.startswith("lang:"))
    print(f"{folder}: {len(scores)} reports "
          f"({', '.join(f'{sum(1 for s in scores if s.language == k[5:])} {k[5:]}' for k in langs)})")
    print(f"{'':<30} {'gold':>5} {'extr':>5} {'match':>5}   {'prec':>5} {'rec':>5}   "
          f"{'fatalities':>13}   {'place':>5}   {'traps':>7}")
    print(rows["all"].row("all"))
    for k in langs:
        print(rows[k].row(f"  {k[5:]}"))
    for k in sorted(k for k in rows if k.startswith("type:")):
        print(rows[k].row(f"  {k[5:]}"))
    print("by class of difficulty (issue 10):")
    for label, (n, d) in classes(scores).items():
        print(f"  {label:<68} {n:>3}/{d:<3} {_ratio(n, d):>5}")
    return scores


def classes(scores: list[ReportScore]) -> dict[str, tuple[int, int]]:
    """(count, out of) for the classes of misses issue 10 names: events dated before the day of
    publication found, events at places the gazetteer lacks found, drone strikes found and typed
    as such, sniper or gunman killings found, matched events with the gold's first day, false
    events in sentences coded as no event, tolls exact, the actors of matched events (not
    part of a match, which is type + date + place), and the precision of the extracted events of
    each confidence level (what ``quality.toml``'s ``by_confidence`` records)."""
    out: dict[str, list[int]] = {}

    def add(label: str, n: int, d: int) -> None:
        row = out.setdefault(label, [0, 0])
        row[0] += n
        row[1] += d

    for s in scores:
        matched = dict(s.pairs)
        pub = s.published
        for i, g in enumerate(s.golds):
            hit = i in matched
            e = s.exts[matched[i]] if hit else {}
            if g["date_to"] < pub:
                add("recall, events dated before the day of publication", hit, 1)
            if _name_only(g["place"]):
                add("recall, events at places missing from the gazetteer (named)", hit, 1)
            if g["sub_event_type"] == "Air/drone strike":
                add("recall, drone/air strikes (typed Air/drone strike)", hit and e.get("sub_event_type") == g["sub_event_type"], 1)
            if g["event_type"] == "Violence against civilians":
                add("recall, violence against civilians (sniper, gunmen, abduction)", hit, 1)
            if g["event_type"] == "Strategic developments":
                add("recall, agreements, arrests, handovers, displacement", hit, 1)
            if hit:
                add("matched events whose first day is the gold's", e.get("date_from") == g["date_from"], 1)
                if g.get("injuries") is not None:
                    add("injuries exact (matched events with a gold figure)", (e.get("injuries") or 0) == g["injuries"], 1)
                if g.get("actor1"):
                    add("actor1 right (matched events with a gold actor1)", e.get("actor1_id") == g["actor1"], 1)
                if g.get("actor1") and g.get("actor2"):
                    add("both actors right, either order (matched, two gold actors)",
                        {e.get("actor1_id"), e.get("actor2_id")} == {g["actor1"], g["actor2"]}, 1)
        add("extracted events from sentences coded as no event (lower is better)", len(s.on_non_event), len(s.exts))
        missed_in_unread = {i for held in s.unread for i in held}
        add("missed gold events whose sentence is listed as unread (for an analyst)", len(missed_in_unread),
            len(s.golds) - len(s.pairs))
        add("unread sentences that tell a missed gold event", sum(1 for held in s.unread if held), len(s.unread))
        right = {j for _, j in s.pairs}
        for j, e in enumerate(s.exts):
            if e.get("confidence") in ("high", "medium", "low"):
                add(f"precision, extracted events of {e['confidence']} confidence", j in right, 1)
    return {k: (v[0], v[1]) for k, v in out.items()}


def _name_only(place) -> bool:
    return all(isinstance(p, dict) for p in (place if isinstance(place, list) else [place]))


def _where(place) -> str:
    if isinstance(place, list):
        return "|".join(_where(p) for p in place)
    return place if isinstance(place, str) else f"{place['name']}<{place['within']}>"


def actor_misses(s: ReportScore) -> list[str]:
    """One line per matched event whose actors are not the gold's (actor1 wrong, or the pair
    wrong when the gold has two): what was extracted against the gold, and the sentence."""
    out = []
    for i, j in s.pairs:
        g, e = s.golds[i], s.exts[j]
        a1, a2 = g.get("actor1"), g.get("actor2")
        got = (e.get("actor1_id"), e.get("actor2_id"))
        if not a1 or (got[0] == a1 and (not a2 or set(got) == {a1, a2})):
            continue
        out.append(f"  actors {g['sub_event_type']} {g['date_from']}: {got[0] or '-'} / {got[1] or '-'} "
                   f"(gold {a1} / {a2 or '-'}): «{(e.get('evidence') or '')[:110]}»")
    return out


def _print_details(s: ReportScore, text: str, gold: dict) -> None:
    actors = actor_misses(s)
    if not (s.missed or s.false or s.violations or not all(s.place_hits) or actors):
        return
    print(f"{s.id} ({gold.get('outlet')}, {gold['published']}): {len(s.pairs)}/{len(s.golds)} found, "
          f"{len(s.false)} false")
    for i, j in s.pairs:
        g, e = s.golds[i], s.exts[j]
        if g.get("fatalities") is not None and (e.get("fatalities") or 0) != g["fatalities"]:
            print(f"  toll   {g['sub_event_type']} {g['date_from']} {_where(g['place'])}: "
                  f"killed {e.get('fatalities')} (gold {g['fatalities']})")
    for line in actors:
        print(line)
    for g in s.missed:
        a, b = gold["sentences"][g["sentence"]]
        print(f"  missed {g['event_type']} / {g['sub_event_type']} {g['date_from']}"
              f"{'' if g.get('date_to', g['date_from']) == g['date_from'] else '..' + g['date_to']} "
              f"@ {_where(g['place'])}: «{text[a:b][:110]}»")
    for e in s.false:
        print(f"  false  {e.get('event_type')} / {e.get('sub_event_type')} {e.get('date_from')} @ {e.get('place_id')}: "
              f"«{(e.get('evidence') or '')[:110]}»")
    for t, m in s.violations:
        print(f"  trap   {t['kind']} «{t['text']}» read as {m.get('place_id')}")
    for gp, ok in zip(s.gold_places, s.place_hits):
        if not ok:
            print(f"  place  «{gp['text']}» ({_where(gp['place'])}) not found")



if __name__ == "__main__":
    main()
