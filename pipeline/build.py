"""Building the output folder from ``seeds/`` and ``geo/``: incremental and atomic.

``build(seeds_dir, geo_dir, out_dir)`` processes every ``*.txt`` article in ``seeds_dir``.
Each article's result is cached in ``out_dir/cache/results.bin`` (:mod:`pipeline.resultcache`) under a key made of the
article's bytes, its metadata's bytes and a fingerprint of everything else that shapes
the result (gazetteer files, actors table, pipeline code); an unchanged article is read
from the cache, not reprocessed. A bad article (empty, not UTF-8, missing or malformed
metadata) is reported with its path, line and reason in ``errors.json`` and the report;
the rest still build. Results are streamed: each article's share of the outputs is written as
it comes (:class:`pipeline.output.ArticleOutputs`), and only its events are kept, for merging.
"""

from __future__ import annotations

import datetime as dt
import gc
import hashlib
import logging
import os
import sys
import time
from bisect import bisect_left
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from itertools import repeat
from pathlib import Path
from typing import Any

import orjson

from . import __version__
from .activity import activity_output
from .actors import ACTORS_CSV
from .articles import stray_seed_files
from .core import Pipeline
from .engines import Engine, Job, build_pipeline
from .errors import ArticleError, InputError, MetadataError
from .eventlinks import LINKS_FILE, links_file
from .files import MAX_ARTICLE_BYTES, read_input
from .freshness import BuildLock
from .gazetteer import GEO_FILES, load_geo_dir
from .merge import Merger, Part, merge_report_parts
from .mergestate import (
    MERGE_STATE,
    MergeState,
    article_ref,
    feature_copy,
    inputs_digest,
    merge_added,
    ref_of,
    row_ref,
    write_features,
    write_state,
)
from .outlets import load_outlets, outlet_name
from .output import (
    ArticleOutputs,
    ArticleSplice,
    Stage,
    StreamedItems,
    check_out_dir,
    finish_outputs,
    write_event_files,
)
from .resultcache import CACHE_NAME, CacheWriter, Records, ResultCache, decode
from .reviews import merged_status
from .schema import EventRecord, SchemaError, check_events
from .searchtext import search_text
from .seednotes import SEED_NOTES, SeedNotes, signature
from .truces import Analysis, truce_outputs
from .trucestate import TRUCE_STATE, load_truce_state, write_truce_state
from .zones import zones_outputs

log = logging.getLogger(__name__)

PACKAGE_DIR = Path(__file__).resolve().parent
#: 3: a record's merge part carries the events the sentence model set aside (restorable by an analyst)
CACHE_VERSION = 3


@dataclass
class BuildStats:
    """What a build did (printed by the CLI, stored in the manifest)."""

    articles: int = 0
    processed: int = 0
    cached: int = 0
    failed: int = 0
    curated: int = 0
    events: int = 0
    mentions: int = 0
    unresolved: int = 0
    #: events the screening stage set aside (pipeline/screening.py), restored ones included
    set_aside: int = 0
    seconds: float = 0.0
    errors: list[dict] = field(default_factory=list)
    #: each unresolved place name and how many times the articles gave it (first-seen order)
    unresolved_names: dict[str, int] = field(default_factory=dict)
    #: the lock file's details of a dead build whose lock this one took over (else empty)
    took_over_lock: dict = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return not self.errors


def _hasher(*parts: bytes, h: Any = None) -> Any:
    """A sha256 state fed with ``parts`` as :func:`_sha` feeds them (continuing ``h`` when given)."""
    h = hashlib.sha256() if h is None else h
    for p in parts:
        h.update(len(p).to_bytes(8, "little"))
        h.update(p)
    return h


def _sha(*parts: bytes) -> str:
    return _hasher(*parts).hexdigest()


def input_files(seeds_dir: Path, geo_dir: Path, curated_dir: Path | None = None) -> list[Path]:
    """Every file whose change makes a build stale (used by the app's freshness check)."""
    names = _folder_names(seeds_dir)
    return [seeds_dir / n for n in _seed_inputs(names)] + _other_inputs(geo_dir, curated_dir)


def _folder_names(folder: Path) -> list[str]:
    """The names in ``folder``, sorted (none when it is missing or unreadable, as ``Path.glob`` does)."""
    if not folder.is_dir():
        return []
    try:
        return sorted(os.listdir(folder))
    except PermissionError:
        return []


def _seed_inputs(names: list[str]) -> list[str]:
    """The ``*.txt`` then the ``*.toml`` of sorted folder names (``Path.glob`` order)."""
    return [n for n in names if n.endswith(".txt")] + [n for n in names if n.endswith(".toml")]


def _other_inputs(geo_dir: Path, curated_dir: Path | None) -> list[Path]:
    """The inputs besides ``seeds/``: gazetteer and zone files, curated events and ACLED exports."""
    files = [p for p in (geo_dir / "gazetteer.csv", geo_dir / "overrides.csv", geo_dir / "areas.geojson",
                         geo_dir / "zones.csv",
                         geo_dir / "border_sy_tr.geojson") if p.exists()]
    if curated_dir is not None:
        files += [p for p in (curated_dir / "events.csv", curated_dir / "sources.tsv", curated_dir / "reviews.csv",
                              curated_dir / "outlets.tsv") if p.exists()]
        files += _acled_files(curated_dir)
    return files


def _input_name(path: Path) -> str:
    """An input's name in the manifest: its folder and file name (``seeds/<id>.txt``)."""
    return str(path.relative_to(path.parent.parent))


def _geo_paths(geo_dir: Path) -> list[Path]:
    """The gazetteer's files (shipped, overrides, polygons): a change reprocesses every article."""
    return [geo_dir / name for name in GEO_FILES]


#: The package's files that shape a result: its code and its data (word lists, tables).
_CODE_SUFFIXES = frozenset({".py", ".csv", ".toml", ".json", ".tsv", ".txt"})


def _fingerprint_bytes(path: Path) -> bytes:
    """A gazetteer file's bytes for the fingerprint, read as every input is (never blocking on
    a named pipe); one that cannot be read counts by its reason (the loader reports it)."""
    try:
        return read_input(path)
    except OSError as e:
        return f"unreadable {path.name}: {e.strerror or type(e).__name__}".encode()


def fingerprint(geo_paths: list[Path]) -> str:
    """Hash of the gazetteer files, actor table and pipeline code: a change rebuilds all."""
    parts = [__version__.encode(), str(CACHE_VERSION).encode(), ACTORS_CSV.read_bytes()]
    parts += [_fingerprint_bytes(p) for p in geo_paths if p.exists() or p.is_symlink()]
    code = [p for p in PACKAGE_DIR.rglob("*") if p.suffix in _CODE_SUFFIXES and "__pycache__" not in p.parts]
    parts += [p.read_bytes() for p in sorted(code)]  # every module and data file of the package
    return _sha(*parts)


def is_stale(seeds_dir: str | Path, geo_dir: str | Path, out_dir: str | Path,
             curated_dir: str | Path | None = None) -> bool:
    """True when the outputs need a build (:func:`pipeline.freshness.stale_reason`, the one rule).

    Parameters
    ----------
    seeds_dir, geo_dir, out_dir : str or Path
    curated_dir : str or Path, optional
        The curated-events folder, when the build uses one.
    """
    from .freshness import stale_reason

    return stale_reason(seeds_dir, geo_dir, out_dir, curated_dir) is not None


def _built_with(out_dir: Path) -> str | None:
    """The fingerprint the build in ``out_dir`` recorded in its manifest (that of its cache's
    keys), or None when it cannot be told (no build, or an unreadable manifest)."""
    try:
        manifest = orjson.loads(_read(str(out_dir / "manifest.json")))
    except (OSError, orjson.JSONDecodeError):
        return None
    found = manifest.get("fingerprint") if isinstance(manifest, dict) else None
    return found if isinstance(found, str) else None


def _read(path: str, max_bytes: int | None = None) -> bytes:
    """The file's bytes (:func:`pipeline.files.read_input`: regular files only, never blocking)."""
    return read_input(path, max_bytes)


def _file_hash(path: str | Path) -> str:
    """The hash of a file's bytes for the manifest, or why it cannot be read.

    A seed that is a folder, a dangling link or unreadable is reported as a bad article;
    it must not also stop the manifest (or the app's freshness check).
    """
    try:
        return _sha(_read(str(path)))
    except OSError as e:
        return f"unreadable: {e.strerror or type(e).__name__}"


class InputHashes:
    """The hashes of the seed files a build read (for the manifest's ``inputs``), by file name.

    ``names`` is the build's sorted listing of the seeds folder; each hash is held as its 32
    bytes at the name's place in it (a dict of the names and hex texts would hold ~170 bytes
    more a file: the build's memory must not grow with the corpus). A name the listing lacks
    (a file made after it) is not noted: the manifest lists only the files of the listing.

    Parameters
    ----------
    names : list of str
        The seeds folder's names, sorted.
    """

    def __init__(self, names: list[str]):
        self.names = names
        self._digests: list[bytes | None] = [None] * len(names)

    def note(self, name: str, hexdigest: str) -> None:
        """Note the sha256 (hex) of the file ``name`` of the listing."""
        i = bisect_left(self.names, name)
        if i < len(self.names) and self.names[i] == name:
            self._digests[i] = bytes.fromhex(hexdigest)

    def hexdigest(self, index: int) -> str | None:
        """The hash noted for ``names[index]`` (hex), or None."""
        digest = self._digests[index]
        return None if digest is None else digest.hex()


def _listed(names: list[str], name: str) -> bool:
    """Whether ``name`` is one of the sorted ``names``."""
    i = bisect_left(names, name)
    return i < len(names) and names[i] == name


def _failed(outcome: tuple, path: str, stats: BuildStats) -> bool:
    """Whether an article's analysis ``outcome`` (:func:`pipeline.engines.analyse`) failed; if so,
    count it in ``stats``, keep its error and log it ("file:line: reason" for an input error, as
    stderr says it; the file alone when there is no line)."""
    if outcome[0] == "ok":
        return False
    stats.failed += 1
    stats.errors.append(outcome[1])
    if outcome[0] == "bug":
        log.error("pipeline failed on %s: %s", path, outcome[1]["reason"])
    else:
        where = f"{outcome[1]['path']}:{outcome[1]['line']}" if outcome[1]["line"] else outcome[1]["path"]
        log.error("%s: %s", where, outcome[1]["reason"])
    return True


def _id_taken(owners: dict[str, str], article_id: str, path: str, stats: BuildStats) -> bool:
    """Claim ``article_id`` for ``path``; when another article has it already, report this
    one (naming both files) and return True: two inputs never share an output key."""
    first = owners.setdefault(article_id, path)
    if first == path:
        return False
    meta_path = path[:-4] + ".toml"
    try:  # (read again: the metadata is not held for every article)
        meta_bytes = _read_if_exists(meta_path)
    except OSError:
        meta_bytes = None
    line = None
    if meta_bytes is not None and b"id" in meta_bytes:
        from .articles import _key_line

        line = _key_line(meta_bytes.decode("utf-8", "replace"), "id")
    where = meta_path if line else path
    stats.failed += 1
    stats.errors.append({"path": where, "line": line, "kind": "article",
                         "reason": f"article id {article_id!r} is already used by {first}; this article was "
                                   "skipped: give it another 'id' in its metadata (or rename the file)"})
    log.error("%s: duplicate article id %r (first in %s)", where, article_id, first)
    return True


def _analyse_all(jobs: list[Job], pipe: Pipeline, geo_dir: Path, engine: Engine,
                 fingerprint: str, progress: bool) -> Iterator[tuple]:
    """The outcomes of :func:`pipeline.engines.analyse` for ``jobs``, in their order, on ``engine``
    (this process, a local process pool or a Dask cluster: :mod:`pipeline.engines`)."""
    return engine.outcomes(jobs, pipe, geo_dir, fingerprint, progress)


def _unreadable(path: str, e: OSError) -> str:
    """Why an input could not be read, in words (a dangling link is named as one)."""
    if isinstance(e, FileNotFoundError) and os.path.islink(path):
        return f"cannot read: a link to a missing file ({os.readlink(path)}); remove the link or restore its target"
    return f"cannot read: {e.strerror or type(e).__name__}; only regular text files belong here"


def _read_if_exists(path: str) -> bytes | None:
    """The file's bytes, or None when it does not exist (a dangling link, as ``Path.exists`` says)."""
    try:
        return _read(path)
    except FileNotFoundError:
        return None


def meta_path(path: str, stem: str) -> str:
    """The metadata file of the article file ``path`` whose stem is ``stem`` (``<stem>.toml`` beside it)."""
    return os.path.join(os.path.dirname(path), stem + ".toml")


def read_article_files(path: str, meta: str | None) -> tuple[bytes, bytes | None]:
    """An article's text and metadata bytes (None: no metadata file at ``meta``, or ``meta`` None).

    Parameters
    ----------
    path : str
        The article's text file.
    meta : str, optional
        Its metadata file (``<stem>.toml`` beside it; may be missing).

    Returns
    -------
    tuple of bytes
        The text's bytes and the metadata's (None without a metadata file).

    Raises
    ------
    ArticleError
        The text cannot be read (the error names ``path`` and says why: :func:`article_problem`).
    MetadataError
        The metadata file exists but cannot be read (the error names ``meta``).
    """
    try:
        text_bytes = _read(path, MAX_ARTICLE_BYTES)
    except OSError as e:
        raise ArticleError(path, _unreadable(path, e)) from e
    if meta is None:
        return text_bytes, None
    try:
        return text_bytes, _read_if_exists(meta)
    except OSError as e:
        raise MetadataError(meta, _unreadable(meta, e)) from e


def article_problem(e: InputError) -> dict[str, Any]:
    """The build's error (``errors.json``, the report) of an article that cannot be used: ``e``
    names its text or metadata file, the line when there is one, and why."""
    return {"path": e.path, "line": e.line, "reason": e.reason, "kind": "article"}


def article_key(text_bytes: bytes, meta_bytes: bytes | None, fp_bytes: bytes) -> tuple[str, str, str | None]:
    """An article's cache key (its text, its metadata and the build's fingerprint), and the hashes
    of its text and of its metadata (None without one) as the manifest gives them."""
    # the text's hash and the cache key (text, metadata, fingerprint) begin alike: hash the text once
    text_hash = _hasher(text_bytes)
    text_sha = text_hash.copy().hexdigest()
    meta_sha = _sha(meta_bytes) if meta_bytes is not None else None
    return _hasher(meta_bytes or b"", fp_bytes, h=text_hash).hexdigest(), text_sha, meta_sha


@contextmanager
def _collector_paused():
    """Pause Python's cyclic garbage collector for the duration of a build.

    A build holds every article's results (millions of small dicts and lists) until the
    outputs are written, and each automatic collection rescans all of them: on a large
    corpus that costs more than the analysis itself. Nothing in the build depends on
    cycles being freed early (reference counting frees the rest), so the collector is
    paused and restored to its previous state afterwards.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _progress(items: Iterable, enabled: bool, total: int | None = None):
    if not enabled:
        return items
    try:
        from tqdm import tqdm
    except ImportError:  # pragma: no cover - tqdm is a dependency
        return items
    return tqdm(items, desc="articles", unit="art", file=sys.stderr, total=total)


def build(
    seeds_dir: str | Path,
    geo_dir: str | Path,
    out_dir: str | Path,
    force: bool = False,
    progress: bool | None = None,
    curated_dir: str | Path | None = None,
    wait: float = 0.0,
    jobs: int = 1,
    engine: str = "local",
    scheduler: str | None = None,
) -> BuildStats:
    """Process every article of ``seeds_dir`` into ``out_dir``.

    Parameters
    ----------
    seeds_dir : str or Path
        Folder of ``<id>.txt`` articles with ``<id>.toml`` metadata.
    geo_dir : str or Path
        Folder with ``gazetteer.csv`` (and the optional ``overrides.csv`` and ``areas.geojson``).
    out_dir : str or Path
        Output folder (created). Its ``cache/`` holds per-article results.
    force : bool
        Ignore the cache and reprocess everything.
    progress : bool, optional
        Show a progress bar; default: when stderr is a terminal and there are more than
        50 articles.

    curated_dir : str or Path, optional
        Folder with ``events.csv`` and ``sources.tsv`` (``curated/``): analysts' events,
        merged with the extracted ones (one event, many reports).
    jobs : int
        Processes for the per-article analysis (1: this one). The outputs are the same
        bytes whatever the number.
    engine : str
        Where the per-article analysis runs (:mod:`pipeline.engines`): ``"local"`` (this
        process or a pool of ``jobs``) or ``"dask"`` (the cluster at ``scheduler``, else a
        ``LocalCluster`` of ``jobs`` workers). The outputs are the same bytes.
    scheduler : str, optional
        A Dask scheduler's address (``tcp://host:8786``), with ``engine="dask"``.
    wait : float
        Seconds to wait when another build of ``out_dir`` holds its lock
        (:class:`pipeline.freshness.BuildLock`: one build at a time per output folder).

    Returns
    -------
    BuildStats

    Raises
    ------
    pipeline.freshness.BuildInProgress
        Another build of ``out_dir`` still runs after ``wait`` seconds.
    pipeline.errors.OutputError
        ``out_dir`` is a file or a folder that holds other things than a build (it is left
        untouched: :func:`pipeline.output.check_out_dir`).
    pipeline.engines.EngineError
        The engine cannot run (Dask not installed, cluster unreachable, a worker's pipeline
        differs from this one).
    """
    check_out_dir(out_dir)  # a file or a folder of other things is never moved aside (before the lock file)
    runner = Engine(engine, max(1, int(jobs)), scheduler)  # a bad engine is said before the lock is taken
    with BuildLock(out_dir, wait=wait) as lock, _collector_paused():
        try:
            stats = _build(seeds_dir, geo_dir, out_dir, force, progress, curated_dir, runner)
        except _StateMismatch as e:  # (rare: an article's id taken by an added one) merge everything
            log.info("merge state not used (%s): every article's events are merged", e)
            stats = _build(seeds_dir, geo_dir, out_dir, force, progress, curated_dir, runner, use_state=False)
        stats.took_over_lock = lock.took_over
        return stats


#: Jobs an added report's build analyses before it reads the merge state (their records are held until then).
_FEW_JOBS = 16


class _StateMismatch(Exception):
    """The articles merged differ from those of the merge state (:mod:`pipeline.mergestate`)
    in another way than added articles: the build merges every article's events instead."""


@dataclass
class _Added:
    """What an added report's build merges with the merge state: the state, the added articles'
    merge parts by file name, and how to read an old article's from the cache."""

    state: MergeState
    added: dict[str, dict[str, Any]]
    article: Callable[[str], dict[str, Any]]


def _build(seeds_dir: str | Path, geo_dir: str | Path, out_dir: str | Path, force: bool,
           progress: bool | None, curated_dir: str | Path | None, engine: Engine | None = None,
           use_state: bool = True) -> BuildStats:
    """:func:`build` with the garbage collector paused (same parameters; ``use_state`` False: the
    merge state is not read, every article's events are merged)."""
    t0 = time.perf_counter()
    seeds_dir, geo_dir, out_dir = Path(seeds_dir), Path(geo_dir), Path(out_dir)
    curated_dir = Path(curated_dir) if curated_dir is not None else None
    stats = BuildStats()
    geo_paths = _geo_paths(geo_dir)
    gaz = load_geo_dir(geo_dir)
    for e in gaz.errors:
        stats.errors.append({"path": e.path, "line": e.line, "reason": e.reason, "kind": "gazetteer"})
    fp = fingerprint(geo_paths)
    fp_bytes = fp.encode()
    cache = ResultCache(None if force else out_dir / CACHE_NAME)  # indexed; records read one at a time

    names = _folder_names(seeds_dir)  # one listing instead of a glob and a stat per article (sorted)
    articles = [n for n in names if n.endswith(".txt")]
    stats.articles = len(articles)
    for name, reason in stray_seed_files(names):  # a report saved as x.TXT, metadata left without its text
        stats.errors.append({"path": str(seeds_dir / name), "line": None, "kind": "article", "reason": reason})
        log.error("%s: %s", seeds_dir / name, reason)
    if progress is None:
        progress = sys.stderr.isatty() and len(articles) > 50
    # the beginning of str(seeds_dir / name), to add each name to (a Path per file costs more than reading it)
    folder = str(seeds_dir / "_")[:-1]
    input_hashes = InputHashes(names)  # the hashes of the files read here (the manifest's)
    owners: dict[str, str] = {}  # article id -> the file that has it (ids key every output)
    # 1. every article with a cache entry is read, hashed and looked up; the others are jobs:
    # their files are read, hashed and keyed where they are analysed (pipeline.engines.analyse),
    # so this process never holds every article's text at once. A changed article (its cache key
    # stale) was read and keyed here: its job carries its bytes and key, not to be read twice.
    # A cache of another fingerprint (code, data or gazetteer changed) can match no key: then no
    # article is read here, and none is held
    reusable = bool(cache.entries) and _built_with(out_dir) in (fp, None)
    entries: list[tuple] = []  # in file order: ("error", dict) | ("cached", path, entry) | ("job", path)
    jobs: list[Job] = []
    # (an article whose files are as the current build noted them is not read: pipeline.seednotes)
    seed_notes = SeedNotes(out_dir / SEED_NOTES if reusable else None, fp)
    unread: dict[str, tuple] = {}  # the statuses of the files of the articles a worker reads
    for name in articles:
        path = folder + name
        stem = name[:-4] or name  # Path(name).stem (a file named ".txt" keeps its name)
        cached = cache.get(stem) if reusable else None
        meta_name = stem + ".toml"
        meta_file = folder + meta_name if _listed(names, meta_name) else None
        signatures = signature(path), signature(meta_file) if meta_file is not None else None
        if cached is not None:
            known = seed_notes.known(name, *signatures)
            if known is not None and known[0] == cached.key:
                input_hashes.note(name, known[1])
                if known[2] is not None:
                    input_hashes.note(meta_name, known[2])
                entries.append(("cached", path, cached))
                continue
            try:
                text_bytes, meta_bytes = read_article_files(path, meta_file)
            except InputError as e:
                entries.append(("error", article_problem(e)))
                continue
            key, text_sha, meta_sha = article_key(text_bytes, meta_bytes, fp_bytes)
            input_hashes.note(name, text_sha)
            if meta_sha is not None:
                input_hashes.note(meta_name, meta_sha)
            seed_notes.note(name, *signatures, key, text_sha, meta_sha)
            if cached.key == key:
                entries.append(("cached", path, cached))  # (its text is not needed again)
                continue
            entries.append(("job", path))
            jobs.append((path, text_bytes, meta_bytes, stem, key))  # (its hashes are noted already)
            continue
        entries.append(("job", path))
        jobs.append((path, None, None, stem, None))  # (read, hashed and keyed where it is analysed)
        unread[name] = signatures
    del articles
    reviewed = curated_dir is not None and (curated_dir / "reviews.csv").exists()
    digest = inputs_digest(_other_inputs(geo_dir, curated_dir))
    # 2. the per-article analysis, in a process pool when asked (results come back in job order)
    outcomes = iter(_analyse_all(jobs, build_pipeline(gaz, fp), geo_dir, engine or Engine(), fp, bool(progress))
                    if jobs else ())
    may_add = use_state and reusable and not reviewed
    if may_add and len(jobs) <= _FEW_JOBS:
        # a few added reports: analysed before the merge state is read (the collection of the youngest objects
        # after each analysis, pipeline.engines.analyse_collected, then scans none of the state's)
        outcomes = iter(list(outcomes))
    state = _usable_state(out_dir, fp, digest, entries) if may_add else None
    old_entries = dict(cache.entries) if state is not None else {}  # (the old articles a new event joins)
    cache.entries.clear()  # (the index is read: the entries kept above are what the build reads of the cache)
    # 3. everything in file order, whatever ran where: the outputs do not depend on n_jobs. Each
    # article's rows and text go to the new version's files as they come; only its events are kept
    stage = Stage(out_dir)
    parts: list[Part] | Merger = []
    aside: list[tuple[int, Part]] = []  # the set-aside events and unread sentences, when decisions may draw one
    screened: list[tuple[str, str, Any]] = []  # every set-aside event's id, article and score (event_links.parquet)
    merged: list[tuple] = []  # the articles merged (_merged_article), for the merge state
    try:
        # analysts' decisions may change any field of an event: then every event is kept whole
        def note(path: str, stem: str, hashes: tuple[str, str | None], record: bytes) -> None:
            """A worker's hashes of the files it read, and the record it made of them."""
            name = path[len(folder):]
            input_hashes.note(name, hashes[0])
            if hashes[1] is not None:
                input_hashes.note(stem + ".toml", hashes[1])
            if name in unread:
                key = orjson.loads(record[:record.index(b"\n")])["key"]
                text_sig, meta_sig = unread.pop(name)
                seed_notes.note(name, text_sig, meta_sig, key, hashes[0], hashes[1])

        added: dict[str, dict[str, Any]] | None = {} if state is not None else None
        splice = None
        if state is not None:
            try:  # the current build's per-article files, to copy the state's articles from
                splice = ArticleSplice(stage, out_dir)
            except OSError as e:
                log.warning("%s: the current build's per-article files cannot be copied (%s): every article "
                            "is read from the cache", out_dir, e)
                splice = None
        if state is not None and added is not None and splice is not None:
            _stream_added(entries, outcomes, jobs, cache, stage, owners, stats, splice, note, screened, merged, added,
                          state)
        else:
            parts = _stream_articles(entries, outcomes, jobs, cache, stage, owners, stats, slim=not reviewed,
                                     note=note, aside=aside, screened=screened, merged=merged, added=added)
        owners.clear()  # (only the articles' ids of this build: done with)
        seed_notes.write(stage.path / SEED_NOTES)
        source: list[Part] | Merger | _Added = parts
        if state is not None and added is not None:
            if [a for a in merged if a[0] not in added] != state.articles:
                raise _StateMismatch("the articles merged are not the state's and the added ones")

            def article(name: str, _entries=old_entries, _cache=cache) -> dict[str, Any]:
                entry = _entries[name[:-4]]
                return decode(_cache.read(entry), entry)[0]

            source = _Added(state, added, article)
        _finish(source, stage, seeds_dir, geo_dir, curated_dir, names, input_hashes, fp, gaz, stats, t0, aside,
                screened, state=(digest, merged) if not reviewed else None)
    except BaseException:
        stage.abort()
        raise
    finally:
        cache.close()
        if state is not None:
            state.close()
        if isinstance(parts, Merger) and parts.spill is not None:
            parts.spill.close()  # the later reports' temporary file, on success or failure
    stats.seconds = time.perf_counter() - t0
    return stats


def _usable_state(out_dir: Path, fp: str, digest: str, entries: list[tuple]) -> MergeState | None:
    """The current build's merge state when an added report's build may merge against it: made with the
    same fingerprint and other inputs, and every article it merged taken from the cache unchanged
    (each one of ``entries`` that is cached, its key the same); else None."""
    state = MergeState.load(out_dir / MERGE_STATE, fp, digest)
    if state is None:
        return None
    cached = {os.path.basename(e[1]): e[2].key for e in entries if e[0] == "cached"}
    if any(cached.get(a[0]) != a[1] for a in state.articles):
        state.close()
        return None
    return state


def _merged_article(name: str, key: str, merge: dict[str, Any]) -> tuple:
    """What the merge state keeps of an article merged (:attr:`pipeline.mergestate.MergeState.articles`):
    its file name, cache key, and what the build counts of it: its mentions, unresolved names, the
    number of events set aside and each one's id, article and score (``screened``)."""
    aside = merge.get("set_aside") or ()
    return (name, key, merge["mentions"], tuple(merge["unresolved"]), len(aside),
            tuple((e["event_id"], e.get("article_id") or "", e.get("sentence_score")) for e in aside))


def _stream_added(entries: list[tuple], outcomes: Iterator[tuple], jobs: list, cache: ResultCache, stage: Stage,
                  owners: dict[str, str], stats: BuildStats, articles_out: ArticleSplice,
                  note: Callable[[str, str, tuple[str, str | None], bytes], None], screened: list[tuple[str, str, Any]],
                  merged: list[tuple], added: dict[str, dict[str, Any]], state: MergeState) -> None:
    """:func:`_stream_articles` of a build that adds articles to those of the merge state ``state``: the
    state's articles are neither read nor decoded (their share of the per-article files is copied from
    the current build's, ``articles_out``; what the build counts of them is the state's); the added
    ones are written, and their merge parts go to ``added`` by file name.

    Raises
    ------
    _StateMismatch
        The articles are not the state's ones and added ones (the build then merges everything).
    """
    cache_out = CacheWriter(stage, cache)
    known = iter(state.articles)
    try:
        entries.reverse()
        done = 0
        while entries:
            entry = entries.pop()
            if entry[0] == "error":
                stats.failed += 1
                stats.errors.append(entry[1])
                continue
            if entry[0] == "cached":
                _, path, cached = entry
                cache_out.reuse(cached, b"")
                if _id_taken(owners, cached.article_id, path, stats):
                    continue
                article = next(known, None)
                if article is None or article[0] != os.path.basename(path) or len(cached.sizes) != 5:
                    raise _StateMismatch(f"{path} is not the merge state's next article")
                try:
                    articles_out.old(cached.sizes[1:])
                except ValueError as e:
                    raise _StateMismatch(str(e)) from None
                stats.cached += 1
            else:
                path = entry[1]
                outcome = next(outcomes)
                job, jobs[done] = jobs[done], None
                done += 1
                if _failed(outcome, path, stats):
                    continue
                record, article_id = outcome[1], outcome[2]
                if len(outcome) > 3:
                    note(path, job[3], outcome[3], record)
                merge, article_parts = decode(record)
                cache_out.add(record)
                if _id_taken(owners, article_id, path, stats):
                    continue
                stats.processed += 1
                added[os.path.basename(path)] = merge
                articles_out.add(article_parts)
                article = _merged_article(os.path.basename(path), orjson.loads(record[:record.index(b"\n")])["key"],
                                          merge)
            merged.append(article)
            stats.mentions += article[2]
            stats.set_aside += article[4]
            screened += article[5]
            for name in article[3]:
                stats.unresolved_names[name] = stats.unresolved_names.get(name, 0) + 1
        if next(known, None) is not None:
            raise _StateMismatch("an article of the merge state is no longer merged")
        try:
            articles_out.close()
        except ValueError as e:
            raise _StateMismatch(str(e)) from None
        cache_out.close()
    except BaseException:
        articles_out.close_files()
        cache_out.abort()
        raise


def _stream_articles(entries: list[tuple], outcomes: Iterator[tuple], jobs: list, cache: ResultCache, stage: Stage,
                     owners: dict[str, str], stats: BuildStats, slim: bool = False,
                     note: Callable[[str, str, tuple[str, str | None], bytes], None] | None = None,
                     aside: list[tuple[int, Part]] | None = None,
                     screened: list[tuple[str, str, Any]] | None = None,
                     merged: list[tuple] | None = None,
                     added: dict[str, dict[str, Any]] | None = None) -> list[Part] | Merger:
    """Write every article's share of the outputs and of the new cache into ``stage``, in file
    order; returns the merge input (each article event with its article's fields:
    :func:`merge_input`); with ``slim``, a :class:`pipeline.merge.Merger` fed each article's
    events as they come (of an event that is not its merged event's first report, it keeps
    only the report the merged event lists). Without ``slim``, each event the sentence model
    set aside, and each sentence no rule read (:mod:`pipeline.unread`: a part with no event type),
    goes to ``aside`` (when given) as a part, with the number of merge-input parts
    before it: its article's events and those of the articles before (where it joins them when
    an analyst restored it, or added an event from it: :func:`pipeline.reviews.apply_reviews`). ``screened`` (when given) gets
    every set-aside event's id, article id and sentence score, with or without ``slim``.

    ``entries`` and ``jobs`` are emptied as they are done with. ``note(path, stem, hashes, record)`` is
    given the hashes of the text and metadata of each article a worker read (the manifest's) and its record.

    ``merged`` (when given) gets each article whose events are merged (file name, cache key), in
    order (the merger then tracks each event by its article's place there: :mod:`pipeline.mergestate`).
    With ``added`` (a build against the merge state, ``slim``), no event is merged here: the merge
    parts of the articles analysed now go to ``added`` by file name (the merge input returned is empty)."""
    articles_out = ArticleOutputs(stage)
    cache_out = CacheWriter(stage, cache)  # exactly the articles that build now (deleted ones are forgotten)
    compact = Records()  # the events held until merging, compact
    # (later reports of an event wait on disk, beside the new version: pipeline.merge.ReportSpill)
    merger = Merger(compact, compact.text, spill=stage.path.parent, track=merged is not None) \
        if slim and added is None else None
    try:
        parts: list[Part] = []
        entries.reverse()
        done = 0  # jobs whose outcome came back
        while entries:
            entry = entries.pop()
            if entry[0] == "error":
                stats.failed += 1
                stats.errors.append(entry[1])
                continue
            if entry[0] == "cached":
                _, path, cached = entry
                record = cache.read(cached)
                cache_out.reuse(cached, record)
                if _id_taken(owners, cached.article_id, path, stats):
                    continue
                merge, article_parts = decode(record, cached)
                key = cached.key
                stats.cached += 1
            else:
                path = entry[1]
                outcome = next(outcomes)
                job, jobs[done] = jobs[done], None
                done += 1
                if _failed(outcome, path, stats):
                    continue
                record, article_id = outcome[1], outcome[2]  # (made by the worker: pipeline.engines.analyse)
                if len(outcome) > 3 and note is not None:  # the worker read the files: their hashes
                    note(path, job[3], outcome[3], record)
                merge, article_parts = decode(record)
                cache_out.add(record)
                if _id_taken(owners, article_id, path, stats):
                    continue
                key = orjson.loads(record[:record.index(b"\n")])["key"] if merged is not None else ""
                stats.processed += 1
                if added is not None:
                    added[os.path.basename(path)] = merge
            articles_out.add(article_parts)
            if merged is not None:
                merged.append(_merged_article(os.path.basename(path), key, merge))
            if added is not None:
                pass  # (merged against the state: pipeline.mergestate.merge_added)
            elif merger is not None:
                more = {"source_url": merge["source_url"], "published": merge["published"], "origin": "article"}
                ordinal = len(merged) - 1 if merged is not None else 0
                for i, e in enumerate(merge["events"]):
                    merger.add(e, more, article_ref(ordinal, i))
            else:
                parts += merge_input(merge, compact)
                if aside is not None and merge.get("set_aside"):
                    aside += zip(repeat(len(parts)), merge_input({**merge, "events": merge["set_aside"]}, compact))
                if aside is not None and merge.get("unread"):  # (an analyst may add an event from one)
                    aside += zip(repeat(len(parts)), merge_input({**merge, "events": merge["unread"]}))
            stats.mentions += merge["mentions"]
            stats.set_aside += len(merge.get("set_aside") or ())
            if screened is not None:
                screened += ((e["event_id"], e.get("article_id") or "", e.get("sentence_score"))
                             for e in merge.get("set_aside") or ())
            for name in merge["unresolved"]:
                stats.unresolved_names[name] = stats.unresolved_names.get(name, 0) + 1
        articles_out.close()
        cache_out.close()
        return parts if merger is None else merger
    except BaseException:
        # a failed build lets go of its open temporary files now, not when the exception is freed
        cache_out.abort()
        if merger is not None and merger.spill is not None:
            merger.spill.close()
        raise


def merge_input(merge: dict[str, Any], record: Records | None = None) -> Iterator[Part]:
    """An article's events as merging takes them, from its merge part
    (:func:`pipeline.resultcache.merge_part`): each with its article's URL and date
    (each event made a compact :class:`pipeline.resultcache.Record` by ``record`` when given).

    Parameters
    ----------
    merge : dict
        The article's merge part.
    record : Records, optional
        Makes each event a compact record (default: the event dicts as they are).

    Returns
    -------
    iterator of tuple
        ``(event, its article's fields)`` for :func:`pipeline.merge.merge_report_parts`.
    """
    more = {"source_url": merge["source_url"], "published": merge["published"], "origin": "article"}
    events = merge["events"]
    return zip(events if record is None else map(record, events), repeat(more))


def _finish(parts: list[Part] | Merger | _Added, stage: Stage, seeds_dir: Path, geo_dir: Path,
            curated_dir: Path | None, names: list[str], input_hashes: InputHashes, fp: str, gaz, stats: BuildStats,
            t0: float, aside: list[tuple[int, Part]] | None = None, screened: list[tuple[str, str, Any]] | None = None,
            state: tuple[str, list[tuple]] | None = None) -> None:
    """Merge, the files made of all events (zones, truces, events, ids gone elsewhere, report, manifest), then
    publish ``stage`` (``aside``: the set-aside events an analyst may have restored, as :func:`_stream_articles`
    gives them; ``screened``: every set-aside event's id, article and score; ``state``: the digest of the other
    inputs and the articles merged, to write the merge state with: :mod:`pipeline.mergestate`)."""
    trust = _trust_table(curated_dir)  # curated/outlets.tsv, read once: the events' marks and outlets.json
    groups: list | None = [] if state is not None and not isinstance(parts, list) else None
    events, curated_count, review_summary = _all_events(parts, curated_dir, gaz, stats, aside or [], trust=trust[0],
                                                        groups=groups,
                                                        state_names=[a[0] for a in state[1]] if state else None)
    token = None  # the merge state's, when written: the events' features and the truce analysis are kept beside it
    if groups is not None and state is not None:  # (before the truce analysis marks the events)
        token = _write_merge_state(stage, fp, state, groups, parts.state if isinstance(parts, _Added) else None)
    stated = token is not None
    # an added report's build: the current build's truce analysis, updated for the events that left and came
    prior: Analysis | None = None
    changed: tuple[list[EventRecord], list[EventRecord]] = ([], [])
    if isinstance(parts, _Added) and state is not None and groups is not None:
        prior = load_truce_state(stage.out_dir / TRUCE_STATE, fp, state[0], parts.state.token)
        if prior is not None:
            changed = _changed_events(parts.state.groups, groups)
    if not isinstance(parts, _Added):
        parts.clear()  # the merge input: the merged events keep what they need of it
    if aside:
        aside.clear()
    extra: dict[str, bytes | list[bytes]] = {"reviews.json": orjson.dumps(review_summary, default=str)}
    try:
        zone_files, zone_errors = zones_outputs(geo_dir, gaz, events)
        extra.update(zone_files)
    except Exception as e:  # the zones file must never cost the events
        log.exception("zones failed")
        zone_errors = [{"path": str(geo_dir / "zones.csv"), "line": None, "kind": "bug",
                        "reason": f"zones not built: {type(e).__name__}: {e}"}]
    stats.errors.extend(zone_errors)
    extra["outlets.json"] = _outlets_json(events, curated_dir, stats, trust)
    try:
        extra.update(activity_output(events, extra.get("zones.geojson")))  # type: ignore[arg-type]
    except Exception as e:  # the activity summary must never cost the events
        log.exception("activity failed")
        stats.errors.append({"path": "pipeline/activity.py", "line": None, "kind": "bug",
                             "reason": f"activity not built: {type(e).__name__}: {e}"})
    kept: list[Analysis] = []
    try:
        extra.update(truce_outputs(events, {pid: p.parent or "" for pid, p in gaz.places.items()}, prior=prior,
                                   removed=changed[0], added=changed[1], keep=kept))
        if token is not None and state is not None and kept:
            _write_truce_state(stage, fp, state[0], token, kept[0])
    except Exception as e:  # the truce analysis must never cost the events
        log.exception("truces failed")
        stats.errors.append({"path": "pipeline/truces.py", "line": None, "kind": "bug",
                             "reason": f"truces not built: {type(e).__name__}: {e}"})
    try:
        check_events(events)  # every field of the outputs is declared in pipeline/schema.py
    except SchemaError as e:
        log.error("%s", e)
        stats.errors.append({"path": "pipeline/schema.py", "line": None, "kind": "bug", "reason": str(e)})
    for name, data in extra.items():  # (written now: they need not wait in memory while the event files are)
        stage.put(name, data)
    extra.clear()
    stats.curated = curated_count
    stats.events = len(events)
    stats.unresolved = sum(stats.unresolved_names.values())
    stats.seconds = time.perf_counter() - t0
    manifest = {
        "pipeline_version": __version__,
        "built_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "fingerprint": fp,
        # (made as the manifest is written: a name and a hash per seed file would grow with the corpus)
        "inputs": StreamedItems(lambda: _input_hashes(seeds_dir, names, input_hashes, geo_dir, curated_dir)),
        "counts": {k: getattr(stats, k) for k in ("articles", "processed", "cached", "failed", "curated", "events",
                                                  "mentions", "unresolved", "set_aside")},
        "errors": len(stats.errors),
    }
    report = render_report(events, stats, gaz)
    copy = feature_copy(stage.out_dir, parts.state, events) if isinstance(parts, _Added) else None
    try:
        where = write_event_files(stage, events, copy)
    finally:
        if copy is not None:
            copy.close()
    if stated:
        write_features(stage.path, events, where)
    # where the ids a link may name went: merged into another event, rejected, set aside (pipeline/eventlinks.py),
    # made once the events are let go (of each, its id and the ids merged into it, kept on disk, are what it needs)
    merged = [(e["event_id"], e["merged_ids"]) for e in events]
    del events
    stage.put(LINKS_FILE, links_file(merged, review_summary["rejected"], screened or (),
                                     (r["event_id"] for r in review_summary.get("restored") or ())))
    finish_outputs(stage, None, gaz, stats.errors, report, manifest)


def _write_merge_state(stage: Stage, fp: str, state: tuple[str, list[tuple]], groups: list,
                       old: MergeState | None) -> str | None:
    """Write the merge state of ``groups`` (:func:`_all_events`) into ``stage`` and return its token; one that
    cannot be written costs the next add its speed, never this build (logged: returns None)."""
    digest, articles = state
    try:
        return write_state(stage.path / MERGE_STATE, fp, digest, articles, groups, old)
    except (ValueError, OSError) as e:
        log.warning("merge state not written (%s): the next build merges every article's events", e)
        (stage.path / MERGE_STATE).unlink(missing_ok=True)
        return None


def _write_truce_state(stage: Stage, fp: str, digest: str, token: str, found: Analysis) -> None:
    """Keep the truce analysis ``found`` beside the merge state of ``token`` (:mod:`pipeline.trucestate`); one
    that cannot be written costs the next add its speed, never this build (logged)."""
    try:
        write_truce_state(stage.path / TRUCE_STATE, fp, digest, token, found)
    except (ValueError, OSError) as e:  # (TruceStateError is a ValueError)
        log.warning("truce analysis not kept (%s: %s): the next build analyses every truce", type(e).__name__, e)
        (stage.path / TRUCE_STATE).unlink(missing_ok=True)


def _changed_events(before: list, after: list) -> tuple[list[EventRecord], list[EventRecord]]:
    """The events of the groups of the merge state ``before`` that ``after`` no longer holds (the same
    objects), and those of the groups of ``after`` that are new: the events that left and came."""
    old, new = {id(g) for g in before}, {id(g) for g in after}
    return ([ev for g in before if id(g) not in new for ev in g[2]],
            [ev for g in after if id(g) not in old for ev in g[2]])


def _trust_table(curated_dir: Path | None) -> tuple[dict, list]:
    """``curated/outlets.tsv`` (:func:`pipeline.outlets.load_outlets`) and its problems; an unreadable
    file costs the marks, never the build."""
    errors: list = []
    if curated_dir is None:
        return {}, errors
    try:
        return load_outlets(curated_dir / "outlets.tsv", errors=errors), errors
    except InputError as e:
        return {}, [*errors, e]


def _outlets_json(events: list[EventRecord], curated_dir: Path | None, stats: BuildStats,
                  trust: tuple[dict, list]) -> bytes:
    """``outlets.json``: the trust of every outlet the events name (``trust``: :func:`_trust_table`,
    :mod:`pipeline.outlets`); its bad rows, and rows naming no outlet, to ``stats.errors``."""
    from .outlets import outlets_output

    listed, errors = trust
    known: list[str] = []
    if curated_dir is not None and listed and (curated_dir / "sources.tsv").exists():
        from .curated import load_sources

        try:
            known = [s.outlet for s in load_sources(curated_dir / "sources.tsv", errors=[]).values()]
        except InputError:
            known = []  # reported with the curated rows
    rows, unknown = outlets_output(events, listed, known, str(curated_dir / "outlets.tsv") if curated_dir else "")
    stats.errors.extend({"path": e.path, "line": e.line, "reason": e.reason, "kind": "curated"}
                        for e in errors + unknown)
    return orjson.dumps(rows)


def _input_hashes(seeds_dir: Path, names: list[str], known: InputHashes, geo_dir: Path,
                  curated_dir: Path | None) -> Iterator[tuple[str, str]]:
    """The manifest's ``inputs``: the name and hash of every input (see :func:`input_files`).

    ``names`` is the listing of ``seeds_dir`` the build used; ``known`` holds the hashes of
    the files the build read already.
    """
    folder, input_folder = str(seeds_dir / "_")[:-1], _input_name(seeds_dir / "_")[:-1]
    for suffix in (".txt", ".toml"):  # (as _seed_inputs orders them)
        for i, name in enumerate(names):
            if name.endswith(suffix):
                yield input_folder + name, known.hexdigest(i) or _file_hash(folder + name)
    for p in _other_inputs(geo_dir, curated_dir):
        yield _input_name(p), _file_hash(p)


def _all_events(parts: list[Part] | Merger | _Added, curated_dir: Path | None, gaz, stats: BuildStats,
                aside: list[tuple[int, Part]] | None = None, *,
                trust: dict | None = None, groups: list | None = None,
                state_names: Sequence[str] | None = None) -> tuple[list[EventRecord], int, dict]:
    """Article events (``parts``: each with its article's URL and date; and of ``aside``, the set-aside
    events, those an analyst restored), curated and ACLED events, merged (ACLED), as typed records
    (:class:`pipeline.schema.EventRecord`); ``trust``: the outlets' trust table (:func:`_trust_table`),
    read here when not given. ``parts`` may also be the merge state and the added articles (:class:`_Added`:
    only the groups they join are merged again). ``groups`` (when given, with a :class:`Merger` that tracks
    its records or :class:`_Added`) gets each group's merge key, records and events (:mod:`pipeline.mergestate`;
    ``state_names``: the file names of the articles merged, in order)."""
    sources = None
    curated: list[EventRecord] = []
    if curated_dir is not None and (curated_dir / "events.csv").exists():
        from .actors import default_actors
        from .curated import load_curated, load_sources, to_event_records
        from .errors import InputError

        errors: list = []
        try:
            sources = load_sources(curated_dir / "sources.tsv", errors=errors)  # a bad row costs only its events
            rows, row_errors = load_curated(curated_dir / "events.csv", gaz, default_actors(), sources)
            errors += row_errors
            curated = to_event_records(rows, gaz, default_actors(), sources)
        except InputError as e:  # an unreadable source index: report it, keep the article events
            errors.append(e)
        stats.errors.extend({"path": e.path, "line": e.line, "reason": e.reason, "kind": "curated"} for e in errors)
    acled = _acled_events(curated_dir, gaz, sources, stats)
    low = _low_trust(_trust_table(curated_dir)[0] if trust is None else trust)

    def late(ev: EventRecord) -> None:  # the fields made of an event's reports and ids
        ev["review_status"] = merged_status(ev, status)
        ev["search_text"] = search_text(ev, gaz)
        if low:  # every outlet that reports it is of low trust (not counting outlets cited only as background)
            named = ev.get("reporting_outlets") or ()
            ev["low_trust_only"] = bool(named) and all(n in low for n in named)

    if isinstance(parts, _Added):  # the merge state's groups, those the added articles join merged again
        _, status, summary = _apply_reviews([], [], None, gaz, stats)
        made = merge_added(parts.state, parts.added, curated + acled, parts.article, sources, late)
        events = [ev for _, _, group_events in made for ev in group_events]
        if groups is not None:
            groups += made
    elif isinstance(parts, Merger):  # merged as the articles came (no analysts' decisions to apply)
        _, status, summary = _apply_reviews([], [], None, gaz, stats)
        for n, rec in enumerate(curated + acled):
            parts.add(rec, ref=row_ref(n))
        tracked: list[tuple[tuple, list[int], int]] = []
        # (made while each event's reports and ids are in memory, not read back from the spill)
        events = parts.result(sources, each=late,
                              group=(lambda *g: tracked.append(g)) if groups is not None else None)
        if groups is not None and state_names is not None:
            at = 0
            for key, refs, count in tracked:
                groups.append((key, [ref_of(r, state_names) for r in refs], events[at:at + count]))
                at += count
    else:
        parts, status, summary = _apply_reviews(parts, curated + acled, curated_dir, gaz, stats, aside or [])
        parts += zip(curated + acled, repeat({}))
        events = merge_report_parts(parts, sources)
        for ev in events:
            late(ev)
    summary["unreviewed"] = sum(ev["review_status"] == "unreviewed" for ev in events)
    return events, len(curated), summary


def _low_trust(listed: dict) -> frozenset[str]:
    """The outlets of the trust table ``listed`` (:func:`_trust_table`) marked low trust, as ``outlets.json``
    names them and without their language tag, as an event's ``reporting_outlets`` does
    (:func:`pipeline.outlets.outlet_name`)."""
    low = [name for name, o in listed.items() if o.trust == "low"]
    return frozenset(low) | frozenset(outlet_name(n) for n in low)


def _apply_reviews(parts: list[Part], others: list[EventRecord], curated_dir: Path | None, gaz,
                   stats: BuildStats, aside: list[tuple[int, Part]] | None = None) -> tuple[list[Part], dict[str, str], dict]:
    """The analysts' decisions of ``<curated_dir>/reviews.csv`` applied (:mod:`pipeline.reviews`; a
    set-aside event of ``aside`` with a ``restore`` joins the parts); bad rows and orphans to
    ``stats.errors``. Returns the parts, the reviewed ids' statuses and the ``reviews.json`` summary
    (decisions, rejected events, orphans, and ``restored`` when an analyst restored a set-aside event)."""
    summary: dict = {"decisions": 0, "rejected": [], "problems": []}
    path = curated_dir / "reviews.csv" if curated_dir is not None else None
    if path is None or not path.exists():
        return parts, {}, summary
    from .actors import default_actors
    from .reviews import apply_reviews, load_reviews

    reviews, errors = load_reviews(path, gaz, default_actors())
    # (the unread sentences of ``aside`` are those with no event type: pipeline.unread)
    set_aside = [(at, p) for at, p in aside or () if "event_type" in p[0]]
    unread = [(at, p) for at, p in aside or () if "event_type" not in p[0]]
    applied = apply_reviews(parts, others, reviews, path, gaz, default_actors(), set_aside, unread)
    errors += applied.errors
    stats.errors.extend({"path": e.path, "line": e.line, "reason": e.reason, "kind": "review"} for e in errors)
    summary.update(decisions=len(reviews), rejected=applied.rejected,
                   problems=[{"line": e.line, "reason": e.reason} for e in errors])
    if applied.restored:  # (a build without a restore keeps its reviews.json as it was)
        summary["restored"] = applied.restored
    if applied.added:  # (the same: only when an analyst added an event from an unread sentence)
        summary["added"] = applied.added
    return applied.events, applied.status, summary


def _acled_files(curated_dir: Path | None) -> list[Path]:
    """The ACLED exports of ``<curated_dir>/acled/*.csv``, sorted (none without the folder)."""
    if curated_dir is None or not (curated_dir / "acled").is_dir():
        return []
    return sorted((curated_dir / "acled").glob("*.csv"))


def _acled_events(curated_dir: Path | None, gaz, sources, stats: BuildStats) -> list[EventRecord]:
    """Events of every ACLED export under ``<curated_dir>/acled/`` (errors to ``stats.errors``)."""
    files = _acled_files(curated_dir)
    if not files or curated_dir is None:
        return []
    from .acled import load_acled
    from .actors import default_actors
    from .curated import load_sources
    from .errors import InputError

    if sources is None and (curated_dir / "sources.tsv").exists():
        source_errors: list = []
        try:  # for the outlets' alignments
            sources = load_sources(curated_dir / "sources.tsv", errors=source_errors)
        except InputError as e:
            sources, source_errors = None, [e]
        if not (curated_dir / "events.csv").exists():  # else reported with the curated rows
            stats.errors.extend({"path": e.path, "line": e.line, "reason": e.reason, "kind": "acled"}
                                for e in source_errors)
    out: list[EventRecord] = []
    seen: set[str] = set()
    for path in files:
        errors: list[InputError]
        try:
            rows, errors = load_acled(path, gaz, default_actors(), sources)
        except InputError as e:
            rows, errors = [], [e]
        stats.errors.extend({"path": e.path, "line": e.line, "reason": e.reason, "kind": "acled"} for e in errors)
        fresh = [r for r in rows if r["event_id"] not in seen]  # overlapping exports: first file wins
        if len(fresh) < len(rows):
            log.info("%s: %d ACLED event(s) already loaded from an earlier file", path, len(rows) - len(fresh))
        seen.update(r["event_id"] for r in fresh)
        out += fresh
    return out


def render_report(events: Sequence[Mapping[str, Any]], stats: BuildStats, gaz) -> str:
    """The short Markdown report written as ``report.md``."""
    lines = ["# Build report", ""]
    lines.append(f"- articles: {stats.articles} ({stats.processed} processed, {stats.cached} from cache, "
                 f"{stats.failed} failed)")
    lines.append(f"- events: {stats.events} (after merging reports of the same event; {stats.curated} curated rows); "
                 f"place mentions: {stats.mentions}; unresolved names: {stats.unresolved}")
    if stats.set_aside:
        lines.append(f"- set aside by screening: {stats.set_aside} (the rules made them, but their sentences read "
                     "as no new event; listed under their articles in the Articles view, where one can be restored)")
    lines.append(f"- gazetteer: {len(gaz)} places, {sum(1 for p in gaz.places.values() if p.has_point)} with a cited point")
    by_type: dict[str, int] = {}
    for e in events:
        by_type[e["event_type"]] = by_type.get(e["event_type"], 0) + 1
    if by_type:
        lines += ["", "## Events by type", ""]
        lines += [f"- {k}: {v}" for k, v in sorted(by_type.items())]
    if stats.errors:
        lines += ["", "## Problems (fix these inputs)", ""]
        for e in stats.errors:
            where = f"{e['path']}:{e['line']}" if e.get("line") else e["path"]
            lines.append(f"- `{where}`: {e['reason']}")
    unresolved = stats.unresolved_names
    if unresolved:
        lines += ["", "## Names that look like places but are not in the gazetteer", ""]
        lines += [f"- {k} ({v}×)" for k, v in sorted(unresolved.items(), key=lambda kv: -kv[1])[:50]]
    return "\n".join(lines) + "\n"
