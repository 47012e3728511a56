"""Hostile corpus: a build of N articles, about 15 % of them hostile, must lose nothing valid.

Usage::

    python benchmarks/bench_hostile.py [--articles 10000] [--seed 1] [--keep DIR]

Generated in a temporary folder (nothing is committed): valid articles (shuffled, re-dated
copies of the seed, as ``bench_pipeline.py`` makes them), and hostile files of many kinds
dropped among them: empty, whitespace only, not UTF-8 (cp1256), NUL bytes, a byte-order mark
(valid: must build), runs of 5,000 digits and superscript digits in the text, metadata
missing / not TOML / unknown key / bad date / unsafe ``id`` (``../../etc``) / duplicate
``id``, script payloads in text and metadata (valid: must build, escaped), a folder named
``*.txt``, a dangling link, a link to ``/dev/zero``, a named pipe; plus a curated row with a
5,000-digit toll, a gazetteer row with ``nan`` coordinates and an ACLED export with
non-finite numbers. Runs ``python -m pipeline build`` once (a fresh process) and prints:

* reported: input problems in ``errors.json``;
* built: articles in ``articles.json``;
* lost: valid articles that did not build (must be 0);
* tracebacks: tracebacks on stderr plus ``bug`` entries in ``errors.json`` (must be 0);
* evidence mismatches: events whose ``evidence`` is not ``text[start:end]`` (must be 0);
* peak memory of the build process (max RSS), wall time.

This is a benchmark, not a test: it asserts nothing (the exit status is 1 when lost,
tracebacks or mismatches are not 0). Figures vary with the machine's load.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.bench_pipeline import META, SEED, make_corpus  # noqa: E402

HUGE = "9" * 5000
PAYLOAD = "<script>alert(1)</script><img src=x onerror=alert(2)>${7*7}`x`\\u202e"


def _meta(i: int, extra: str = "") -> str:
    return META.format(i=i, date="2021-04-22") + extra


def hostile_files(seeds: Path, n: int, rng: random.Random) -> tuple[set[str], int]:
    """Write ``n`` hostile files into ``seeds``. Returns (ids among them that must build, files written)."""
    text = SEED.read_text(encoding="utf-8")
    must_build: set[str] = set()
    kinds = ["empty", "space", "cp1256", "nul", "bom", "digits", "nometa", "badtoml", "unknownkey", "baddate",
             "unsafe_id", "dup_id", "payload", "folder", "dangling", "devzero", "fifo"]
    written = 0
    for k in range(n):
        kind = kinds[k % len(kinds)]
        stem = f"hostile_{k:05d}_{kind}"
        txt, toml = seeds / f"{stem}.txt", seeds / f"{stem}.toml"
        if kind == "empty":
            txt.write_bytes(b"")
        elif kind == "space":
            txt.write_text(" \n\t\u00a0\n", encoding="utf-8")
        elif kind == "cp1256":
            txt.write_bytes(text.encode("cp1256", "replace"))
        elif kind == "nul":
            txt.write_bytes(text.encode("utf-8")[:200] + b"\x00\x01binary")
        elif kind == "bom":
            txt.write_bytes(b"\xef\xbb\xbf" + text.encode("utf-8"))
            must_build.add(stem)
        elif kind == "digits":
            txt.write_text(text.replace("قتلى", f"{HUGE} قتلى", 1) + f"\nوأصيب ²³ و{HUGE[:60]} شخصا.\n",
                           encoding="utf-8")
            must_build.add(stem)
        elif kind == "folder":
            txt.mkdir()
        elif kind == "dangling":
            os.symlink(seeds / f"nowhere_{k}.txt", txt)
        elif kind == "devzero":
            os.symlink("/dev/zero", txt)
        elif kind == "fifo":
            if hasattr(os, "mkfifo"):
                os.mkfifo(txt)
            else:  # pragma: no cover
                txt.write_bytes(b"")
        else:
            txt.write_text(text, encoding="utf-8")
        if kind in ("empty", "space", "cp1256", "nul", "bom", "digits", "folder", "dangling", "devzero", "fifo"):
            toml.write_text(_meta(k), encoding="utf-8")
        elif kind == "badtoml":
            toml.write_text('source = "x\npublished = 2021-04-22\n', encoding="utf-8")
        elif kind == "unknownkey":
            toml.write_text(_meta(k, 'colour = "red"\n'), encoding="utf-8")
        elif kind == "baddate":
            toml.write_text(_meta(k).replace("published = 2021-04-22", 'published = "22/04/2021"'), encoding="utf-8")
        elif kind == "unsafe_id":
            toml.write_text(_meta(k, 'id = "../../etc"\n'), encoding="utf-8")
        elif kind == "dup_id":
            toml.write_text(_meta(k, 'id = "dup-one"\n'), encoding="utf-8")
            if "dup-one" not in must_build and not any(s.startswith("dup") for s in must_build):
                must_build.add("dup-one")  # the first of them builds; the others are reported
        elif kind == "payload":
            body = f"{PAYLOAD}\n{text}\n{PAYLOAD}\n"
            txt.write_text(body, encoding="utf-8")
            toml.write_text(_meta(k).replace(f'title = "synthetic {k}"', f'title = "{PAYLOAD.replace(chr(92), "")}"'),
                            encoding="utf-8")
            must_build.add(stem)
        written += 1
    return must_build, written


def hostile_data(work: Path) -> None:
    """Copies of geo/ and curated/ with one hostile row each (each must cost only itself)."""
    geo, curated = work / "geo", work / "curated"
    shutil.copytree(ROOT / "geo", geo)
    shutil.copytree(ROOT / "curated", curated)
    gaz = geo / "gazetteer.csv"
    header = gaz.read_text(encoding="utf-8").split("\n", 1)[0].split(",")
    row = dict.fromkeys(header, "")
    row.update(id="hostile_nan", kind="village", name_en="Nowhere", parent="qamishli", lat="nan", lon="nan",
               geo_precision="1", trust="normal", source="benchmark", licence="n/a")
    with open(gaz, "a", encoding="utf-8") as fh:
        fh.write("\n" + ",".join(row[c] for c in header) + "\n")
    events = curated / "events.csv"
    lines = events.read_text(encoding="utf-8").split("\n")
    head = lines[0].split(",")
    bad = dict.fromkeys(head, "")
    bad.update(event_id="hostile-huge", event_date="2021-04-21", date_from="2021-04-21", date_to="2021-04-21",
               time_precision="1", event_type="Battles", sub_event_type="Armed clash", actor1="asayish",
               actor2="ndf", place_id="tayy", fatalities=HUGE, source_refs="02", evidence="benchmark row")
    events.write_text("\n".join(lines).rstrip("\n") + "\n" + ",".join(bad[c] for c in head) + "\n", encoding="utf-8")
    (curated / "acled").mkdir(exist_ok=True)
    (curated / "acled" / "hostile.csv").write_text(
        "event_id_cnty,event_date,event_type,sub_event_type,actor1,latitude,longitude,source,fatalities\n"
        f"SYRH1,2021-04-21,Battles,Armed clash,Asayish,nan,41.2,Test,1\n"
        f"SYRH2,2021-04-21,Battles,Armed clash,Asayish,37.05,inf,Test,1\n"
        f"SYRH3,2021-04-21,Battles,Armed clash,Asayish,37.05,41.23,Test,{HUGE}\n", encoding="utf-8")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--articles", type=int, default=10000, help="articles in all (default 10000)")
    ap.add_argument("--hostile-share", type=float, default=0.15, help="share of hostile files (default 0.15)")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--keep", type=Path, help="build here and keep it (default: a temporary folder)")
    args = ap.parse_args()
    rng = random.Random(args.seed)
    work = args.keep or Path(tempfile.mkdtemp(prefix="qamishli-hostile-"))
    work.mkdir(parents=True, exist_ok=True)
    seeds, out = work / "seeds", work / "build"
    seeds.mkdir(exist_ok=True)
    n_hostile = int(args.articles * args.hostile_share)
    n_valid = args.articles - n_hostile
    make_corpus(seeds, n_valid, rng)
    valid = {f"bench_{i:05d}" for i in range(n_valid)}
    must, written = hostile_files(seeds, n_hostile, rng)
    hostile_data(work)
    expected = valid | must
    print(f"corpus: {n_valid} valid articles + {written} hostile files ({len(must)} of them valid) in {seeds}")
    t0 = time.perf_counter()
    proc = subprocess.run([sys.executable, "-m", "pipeline", "build", "--seeds", str(seeds), "--geo",
                           str(work / "geo"), "--curated", str(work / "curated"), "--out", str(out),
                           "--no-progress"], cwd=ROOT, capture_output=True, text=True, timeout=7200)
    wall = time.perf_counter() - t0
    peak_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    errors = json.loads((out / "errors.json").read_bytes()) if (out / "errors.json").exists() else []
    articles = json.loads((out / "articles.json").read_bytes()) if (out / "articles.json").exists() else []
    built = {a["id"] for a in articles}
    lost = sorted(expected - built)
    tracebacks = proc.stderr.count("Traceback") + sum(1 for e in errors if e.get("kind") == "bug")
    texts = {a["id"]: a["text"] for a in articles}
    events = json.loads((out / "events.geojson").read_bytes())["features"] if (out / "events.geojson").exists() else []
    mismatches = sum(1 for f in events
                     for p in [f["properties"]] if p.get("article_id") in texts
                     and texts[p["article_id"]][p["start"]:p["end"]] != p["evidence"])
    print(f"build exit code {proc.returncode} in {wall:.1f} s ({args.articles / wall:.0f} files/s, noisy: shared machine)")
    print(f"reported: {len(errors)}")
    print(f"built: {len(built)} articles, {len(events)} events")
    print(f"lost: {len(lost)}{' ' + ', '.join(lost[:5]) if lost else ''}")
    print(f"tracebacks: {tracebacks}")
    print(f"evidence mismatches: {mismatches}")
    print(f"peak memory (build process max RSS): {peak_mb:.0f} MB")
    if not args.keep:
        shutil.rmtree(work, ignore_errors=True)
    return 0 if not lost and not tracebacks and not mismatches else 1


if __name__ == "__main__":
    sys.exit(main())
