"""Command line: ``python -m pipeline build | extract | validate | add | acled | curated``.

- ``build [--seeds DIR] [--geo DIR] [--out DIR] [--force] [--jobs N] [--engine local|dask]
  [--scheduler ADDRESS] [--progress/--no-progress]``:
  every article of ``seeds/`` into the output folder (default ``build/``). Exit 0 when
  everything built, 1 when some input was bad (the rest is still written), 3 when another
  build of the same folder was still running after ``--wait`` seconds (default 60), 2 when
  the engine cannot run (Dask missing, cluster unreachable, a worker's pipeline differs).
- ``extract PATH [--published YYYY-MM-DD] [--json]``: one article. ``--json`` prints exactly
  one JSON object (the contract in the README); without it, a readable summary.
- ``validate [--geo DIR] [--seeds DIR]``: check the gazetteer, zones and every metadata
  file; print each problem with file and line; exit 1 if any.
- ``add SOURCE [--published D] [--source OUTLET] [--language ar|en] [--title T] [--url U] [--id ID]``:
  a report (``.txt``, saved ``.html``, URL or ``-`` for stdin) into ``seeds/``; prints its
  id and what it could not determine. Exit 2 when nothing was written.
- ``acled FILE [--geo DIR] [--radius KM]``: check an ACLED export as the build reads it;
  print each problem with its line; exit 1 if any. (``python -m pipeline.acled FILE`` is
  the same command, kept as an alias.)
- ``curated [EVENTS] [--sources TSV] [--outlets TSV] [--geo DIR]``: check the curated events, the source
  index and the outlets' trust table; print each problem with its line; exit 1 if any. (``python -m pipeline.curated``
  is the same command, kept as an alias.)
- ``--version``: the pipeline's version (``pyproject.toml``'s, via :data:`pipeline.__version__`).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import logging
import os
import sys
from pathlib import Path

from . import __version__
from .articles import load_article, metadata_path, read_metadata, stray_seed_files
from .errors import InputError, OutputError

ROOT = Path(__file__).resolve().parent.parent


def _date(s: str) -> dt.date:
    try:
        return dt.date.fromisoformat(s)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected YYYY-MM-DD, got {s!r}") from None


def _cores() -> int:
    """The cores this process may run on (its CPU affinity, e.g. a container's share), else all."""
    try:
        return len(os.sched_getaffinity(0)) or 1
    except (AttributeError, OSError):  # no affinity on macOS and Windows
        return os.cpu_count() or 1


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="python -m pipeline", description=__doc__.split("\n")[0])
    p.add_argument("-v", "--verbose", action="store_true", help="log progress details")
    p.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    sub = p.add_subparsers(dest="command", required=True)

    b = sub.add_parser("build", help="process every article in seeds/ into the output folder")
    b.add_argument("--seeds", type=Path, default=ROOT / "seeds")
    b.add_argument("--geo", type=Path, default=ROOT / "geo")
    b.add_argument("--out", type=Path, default=ROOT / "build")
    b.add_argument("--curated", type=Path, default=ROOT / "curated",
                   help="folder with the curated events.csv and sources.tsv (default: curated/)")
    b.add_argument("--no-curated", action="store_true", help="extracted events only")
    b.add_argument("--force", action="store_true", help="reprocess every article, ignoring the cache")
    b.add_argument("--progress", action=argparse.BooleanOptionalAction, default=None,
                   help="show a progress bar (default: on a terminal with > 50 articles)")
    b.add_argument("--jobs", type=int, default=_cores(), metavar="N",
                   help="processes for the per-article analysis (default: all cores); the outputs are the "
                        "same bytes whatever N")
    b.add_argument("--engine", choices=["local", "dask"], default="local",
                   help="where the per-article analysis runs: local processes (default) or a Dask cluster "
                        "(needs pip install -e '.[dask]'); the outputs are the same bytes")
    b.add_argument("--scheduler", metavar="ADDRESS",
                   help="with --engine dask: the scheduler of an existing cluster (tcp://host:8786); default: a "
                        "LocalCluster of --jobs workers started for this build")
    b.add_argument("--wait", type=float, default=60.0, metavar="SECONDS",
                   help="when another build of the same folder runs, wait this long for it (default 60), "
                        "then exit 3 with 'build in progress'")

    e = sub.add_parser("extract", help="process one article and print what was found")
    e.add_argument("path", type=Path)
    e.add_argument("--published", type=_date, help="publication date (overrides the metadata)")
    e.add_argument("--geo", type=Path, default=ROOT / "geo")
    e.add_argument("--json", action="store_true", help="print one JSON object")

    a = sub.add_parser("add", help="add a report (.txt, saved .html, URL or - for stdin) to seeds/")
    a.add_argument("source", help="a .txt file, a saved .html page, an http(s) URL, or - for standard input")
    a.add_argument("--published", type=_date, help="publication date (needed when the source gives none)")
    a.add_argument("--source", dest="outlet", default="", help="outlet in English (e.g. 'North Press Agency')")
    a.add_argument("--language", choices=["ar", "en", "ku"], default="", help="default: detected from the text")
    a.add_argument("--title", default="")
    a.add_argument("--url", default="")
    a.add_argument("--id", dest="article_id", default="", help="article id (default: <YYYYMMDD>_<hash of the text>)")
    a.add_argument("--seeds", type=Path, default=ROOT / "seeds")

    v = sub.add_parser("validate", help="check gazetteer, zones and article metadata")
    v.add_argument("--geo", type=Path, default=ROOT / "geo")
    v.add_argument("--seeds", type=Path, default=ROOT / "seeds")

    ac = sub.add_parser("acled", help="check an ACLED export as the build reads it")
    ac.add_argument("path", type=Path)
    ac.add_argument("--geo", type=Path, default=ROOT / "geo")
    ac.add_argument("--radius", type=float, default=40.0, help="km around Qamishli (default 40)")

    cu = sub.add_parser("curated", help="check the curated events and source index")
    cu.add_argument("events", nargs="?", type=Path, default=ROOT / "curated" / "events.csv")
    cu.add_argument("--sources", type=Path, default=ROOT / "curated" / "sources.tsv")
    cu.add_argument("--outlets", type=Path, default=ROOT / "curated" / "outlets.tsv",
                    help="the outlets' trust table (default: curated/outlets.tsv)")
    cu.add_argument("--geo", type=Path, default=ROOT / "geo")
    return p


#: The environment ``build`` sets for its process (unless already set), before pyarrow loads (it reads
#: it once): Arrow's default allocator is the system's. Arrow's own (mimalloc) keeps what the Parquet
#: writer lets go, and the writer takes buffers from it whatever memory pool it is given: a 20k-article
#: build's peak rose ~1 MB more with each row group of events.parquet (+67 MB over the file, +35 with
#: this; +51 and +29 at 5k). The benchmarks build with it too; a server that builds (the app) may set it.
BUILD_ENVIRONMENT = {"ARROW_DEFAULT_MEMORY_POOL": "system"}


def _cmd_build(args) -> int:
    for name, value in BUILD_ENVIRONMENT.items():
        os.environ.setdefault(name, value)
    from .engines import EngineError
    from .freshness import BuildInProgress, describe, ensure_fresh

    curated = None if args.no_curated else args.curated
    if args.scheduler and args.engine != "dask":
        print("error: --scheduler needs --engine dask", file=sys.stderr)
        return 2

    # a mistyped folder is an error, not an empty build published over the good one
    for option, folder in (("--seeds", args.seeds), ("--geo", args.geo), ("--curated", curated)):
        if folder is not None and not Path(folder).is_dir():
            what = "does not exist" if not Path(folder).exists() else "is not a folder"
            print(f"error: {folder}: {what}; {option} needs an existing folder (nothing was built)", file=sys.stderr)
            return 2

    def waiting(holder: dict) -> None:
        print(f"a build of {args.out} is in progress ({describe(holder)}); waiting up to {args.wait:g} s…",
              file=sys.stderr)

    try:  # the one way builds start (the app uses it too): one build at a time per output folder
        stats = ensure_fresh(args.seeds, args.geo, args.out, curated, rebuild=True, force=args.force,
                             wait=args.wait, on_wait=waiting, progress=args.progress, jobs=args.jobs,
                             engine=args.engine, scheduler=args.scheduler)
    except BuildInProgress as busy:
        print(f"error: {busy}", file=sys.stderr)
        return 3
    except (EngineError, OutputError) as err:
        print(f"error: {err}", file=sys.stderr)
        return 2
    except OSError as err:  # the output folder cannot be written (read-only, not a folder, disk full...)
        where = err.filename or args.out
        print(f"error: {where}: cannot write the outputs ({err.strerror or err}); give --out a folder you can write "
              f"(nothing was published; {args.out} keeps the previous build, if any)", file=sys.stderr)
        return 2
    except KeyboardInterrupt:  # Ctrl-C: the unfinished version was removed, the link never switched
        print(f"interrupted: nothing was published; {args.out} still holds the previous build", file=sys.stderr)
        return 130
    if stats.took_over_lock:
        print(f"note: took over the build lock left by {describe(stats.took_over_lock)}, which is no longer "
              "running", file=sys.stderr)
    print(f"built {args.out}: {stats.articles} articles ({stats.processed} processed, {stats.cached} cached, "
          f"{stats.failed} failed), {stats.curated} curated rows, {stats.events} events, {stats.mentions} place mentions, "
          f"{stats.unresolved} unresolved names"
          f"{f', {stats.set_aside} events set aside by screening' if stats.set_aside else ''} in {stats.seconds:.2f}s")
    for e in stats.errors:
        where = f"{e['path']}:{e['line']}" if e.get("line") else e["path"]
        print(f"error: {where}: {e['reason']}", file=sys.stderr)
    return 0 if stats.ok else 1


def _cmd_extract(args) -> int:
    from .core import Pipeline
    from .screening import SET_ASIDE_BELOW

    try:
        article = load_article(args.path, published=args.published,
                               require_metadata=args.published is None)
    except InputError as e:
        print(f"error: {e}", file=sys.stderr)
        if args.published is None and not metadata_path(args.path).exists():
            print("(or give the date on the command line: extract PATH --published YYYY-MM-DD)", file=sys.stderr)
        return 2
    result = Pipeline.from_geo_dir(args.geo).process(article)
    if args.json:
        sys.stdout.write(json.dumps(result.to_json(), ensure_ascii=False) + "\n")
        return 0
    print(f"{article.id}  {article.source}  published {article.published}")
    print(f"\nplaces ({len(result.mentions)}):")
    for m in result.mentions:
        where = f"{m.lat:.5f},{m.lon:.5f}" if m.lat is not None else "no point"
        print(f"  [{m.start}:{m.end}] {m.text}  →  {m.place_id} ({m.kind}, {where}, precision {m.geo_precision})")
    print(f"\nevents ({len(result.events)}):")
    for ev in result.events:
        actors = " vs ".join(a for a in (ev.actor1, ev.actor2) if a)
        print(f"  {ev.event_date} {ev.event_type} / {ev.sub_event_type} @ {ev.location or '?'}: {actors}"
              f"{f'; killed {ev.fatalities}' if ev.fatalities else ''}"
              f"{f'; injured {ev.injuries}' if ev.injuries else ''}")
        print(f"      «{ev.evidence}»")
    if result.set_aside:
        print(f"\nset aside ({len(result.set_aside)}; their sentences read as no new event, score < "
              f"{SET_ASIDE_BELOW}):")
        for a in result.set_aside:
            ev = a.event
            print(f"  {ev.event_date} {ev.event_type} / {ev.sub_event_type} @ {ev.location or '?'}"
                  f" (sentence score {a.sentence_score})")
            print(f"      «{ev.evidence}»")
    if result.unresolved:
        print(f"\nunresolved names ({len(result.unresolved)}):")
        for u in result.unresolved:
            print(f"  [{u.start}:{u.end}] {u.text}")
    return 0


def _cmd_add(args) -> int:
    from .addreport import FetchError, add_report, read_source

    try:
        report = read_source(args.source)
        added = add_report(args.seeds, report, published=args.published, source=args.outlet, language=args.language,
                           title=args.title, url=args.url, article_id=args.article_id)
    except (InputError, FetchError) as e:
        print(f"error: {e}", file=sys.stderr)
        return 2
    print(added.id)
    print(f"wrote {added.text_path} and {added.meta_path} ({added.metadata['source']}, "
          f"published {added.metadata['published']}, language {added.metadata['language']})")
    for what in added.unknown:
        print(f"not determined: {what}")
    print("next: python -m pipeline build (or reload the app)")
    return 0


def _cmd_validate(args) -> int:
    from .gazetteer import load_geo_dir
    from .zones import load_zones

    problems: list[str] = []
    gaz = load_geo_dir(args.geo)
    problems += [str(e) for e in gaz.errors]
    if (args.geo / "zones.csv").exists():
        _, errs = load_zones(args.geo / "zones.csv", gaz)
        problems += [str(e) for e in errs]
    for txt in sorted(args.seeds.glob("*.txt")):
        try:
            read_metadata(metadata_path(txt))
        except InputError as e:
            problems.append(str(e))
    names = sorted(p.name for p in args.seeds.iterdir() if p.is_file()) if args.seeds.is_dir() else []
    problems += [f"{args.seeds / name}: {reason}" for name, reason in stray_seed_files(names)]
    for p in problems:
        print(p)
    print(f"{len(gaz)} places; {len(problems)} problem(s)")
    return 1 if problems else 0


def _cmd_acled(args) -> int:
    from .acled import load_acled
    from .gazetteer import load_geo_dir

    gaz = load_geo_dir(args.geo)  # with the analysts' overrides and polygons, as the build uses
    try:
        events, errors = load_acled(args.path, gaz, radius_km=args.radius)
    except InputError as e:
        print(e, file=sys.stderr)
        return 1
    for problem in errors:
        print(problem, file=sys.stderr)
    print(f"{len(events)} ACLED event(s) loaded, {errors.excluded} outside the area, {len(errors)} problem(s)")
    return 1 if errors else 0


def _cmd_curated(args) -> int:
    from .actors import default_actors
    from .curated import CuratedError, load_curated, load_sources
    from .gazetteer import load_geo_dir
    from .outlets import OutletError, load_outlets

    source_errors: list[InputError] = []
    try:
        sources = load_sources(args.sources, errors=source_errors)
        load_outlets(args.outlets, errors=source_errors)
    except (CuratedError, OutletError) as e:
        print(e, file=sys.stderr)
        return 1
    gaz = load_geo_dir(args.geo)  # with the analysts' overrides and polygons, as the build uses
    events, errors = load_curated(args.events, gaz, default_actors(), sources)
    problems: list[InputError] = [*source_errors, *errors]
    for problem in problems:
        print(problem, file=sys.stderr)
    print(f"{len(events)} curated event(s) loaded, {len(problems)} problem(s)")
    return 1 if problems else 0


def main(argv: list[str] | None = None) -> int:
    """Entry point; returns the exit code."""
    args = _parser().parse_args(argv)
    logging.basicConfig(level=logging.INFO if args.verbose else logging.WARNING,
                        format="%(levelname)s %(name)s: %(message)s")
    return {"build": _cmd_build, "extract": _cmd_extract, "validate": _cmd_validate,
            "add": _cmd_add, "acled": _cmd_acled, "curated": _cmd_curated}[args.command](args)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
