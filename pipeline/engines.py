"""Where the per-article analysis runs: this process, a local process pool, or a Dask cluster.

The build reads every article, looks it up in its cache and hands the rest, as jobs
``(path, text bytes, metadata bytes, file stem, cache key)``, to an :class:`Engine`. Each
engine gives back one outcome per job, **in job order** (:func:`analyse`: ``("ok", cache
record, article id)`` or ``("input"|"bug", error dict)``), so the build assembles its outputs
in file order and they are the same bytes whichever engine ran and on how many processes.
The worker makes the article's whole cache record (:func:`pipeline.resultcache.article_record`:
its merge part and its rows of the per-article files, as bytes), so what comes back is one
bytes object, not a result's many small objects to pickle and unpickle, and the build
process, which every worker waits on, only writes it.

- ``local`` (default): this process for ``jobs=1`` (or a handful of articles), else a pool
  of ``jobs`` processes (forked where the system allows it, so they inherit the loaded
  gazetteer).
- ``dask``: the same function on a Dask cluster (``dask.distributed``), batches of
  articles as tasks, a bounded number in flight. Without a scheduler address a
  ``LocalCluster`` of ``jobs`` one-thread worker processes is started for the build and
  closed after it. Each worker loads the pipeline from the build's geo folder (the same
  path must exist on every worker) and checks that its pipeline code and data give the
  build's cache fingerprint, so a worker with another version of the package fails the
  build with a clear message instead of writing different outputs. Dask is an optional
  extra (``pip install -e '.[dask]'``), imported only when this engine is used.
"""

from __future__ import annotations

import gc
import logging
import sys
import threading
import traceback
from collections import deque
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .articles import decode_text, load_article
from .core import Pipeline
from .errors import InputError
from .gazetteer import Gazetteer, load_geo_dir
from .output import ArticleRenderer
from .resultcache import article_record

log = logging.getLogger(__name__)

__all__ = ["ENGINES", "Engine", "EngineError", "analyse"]

#: The engine names the CLI accepts.
ENGINES = ("local", "dask")

#: One job: the article's path, its text's bytes, its metadata's bytes (None: no metadata file),
#: its file's stem and its cache key. A job without its text's bytes is read where it is
#: analysed (the build's own jobs: a local worker reads its articles, so the build never holds
#: every text at once), one without a key is hashed there (:func:`analyse`).
Job = tuple[str, bytes | None, bytes | None, str, str | None]
#: A job with its text's bytes (:func:`with_files`).
ReadJob = tuple[str, bytes, bytes | None, str, str | None]


class EngineError(RuntimeError):
    """The engine cannot run the analysis (Dask missing, cluster unreachable, a worker with
    other pipeline code or data); the message says what to fix."""


#: The pipeline of this process (the build's own, inherited by forked workers).
_WORKER: dict[str, Any] = {}


def analyse(job: Job, pipe: Pipeline | None = None, renderer: ArticleRenderer | None = None,
            fingerprint: str | None = None) -> tuple:
    """One article's analysis: ``("ok", cache record, article id)``, or ``("input"|"bug", error dict)``.

    A job without its text (``None``) has its files read here (an unreadable one is an
    ``"input"`` outcome naming it), and one without a key is hashed here: the outcome then
    ends with the hashes of the text and the metadata (None: none), ``("ok", record,
    article id, (text sha256, metadata sha256))``, for the build's manifest.

    Parameters
    ----------
    job : tuple
        ``(path, text bytes or None, metadata bytes or None, file stem, cache key or None)``.
    pipe : Pipeline, optional
        Default: this process's pipeline (set by the build or a pool's initializer).
    renderer : ArticleRenderer, optional
        Default: this process's.
    fingerprint : str, optional
        The build's cache fingerprint, for a job without a key (default: this process's).
    """
    try:
        path, text_bytes, meta_bytes, stem, key = with_files(job)
    except InputError as e:  # (named by the error: the text or its metadata)
        return "input", _problem(e)
    hashes = None
    if key is None:
        from .build import article_key

        key, *sums = article_key(text_bytes, meta_bytes, (fingerprint or _WORKER["fingerprint"]).encode())
        hashes = tuple(sums)
    try:
        article = load_article(path, text_bytes=text_bytes, meta_bytes=meta_bytes)
        result = (pipe or _WORKER["pipe"]).process(article).to_json()
        if renderer is None:
            renderer = _WORKER.get("renderer") or _WORKER.setdefault("renderer", ArticleRenderer())
        record = article_record(stem, key, article.id, result, decode_text(text_bytes, path), renderer)
        return ("ok", record, article.id) if hashes is None else ("ok", record, article.id, hashes)
    except InputError as e:
        return "input", _problem(e)
    except Exception as e:  # one article must never stop the build
        where = traceback.extract_tb(e.__traceback__)[-1]
        return "bug", {"path": path, "line": None, "kind": "bug",
                       "reason": f"pipeline error {type(e).__name__}: {e} (at {Path(where.filename).name}:{where.lineno})"}


def with_files(job: Job) -> ReadJob:
    """``job`` with its files' bytes, read here when it has none (:func:`pipeline.build.read_article_files`).

    Parameters
    ----------
    job : tuple
        ``(path, text bytes or None, metadata bytes or None, file stem, cache key or None)``.

    Returns
    -------
    tuple
        The same job, with the bytes of its text and of its metadata (None: no metadata file).

    Raises
    ------
    pipeline.errors.ArticleError
        Its text cannot be read (the error names the file and says why).
    pipeline.errors.MetadataError
        Its metadata file exists but cannot be read.
    """
    path, text_bytes, meta_bytes, stem, key = job
    if text_bytes is not None:
        return path, text_bytes, meta_bytes, stem, key
    from .build import meta_path, read_article_files

    text_bytes, meta_bytes = read_article_files(path, meta_path(path, stem))
    return path, text_bytes, meta_bytes, stem, key


def _problem(e: InputError) -> dict[str, Any]:
    """:func:`pipeline.build.article_problem` (imported late: the build imports this module)."""
    from .build import article_problem

    return article_problem(e)


def build_pipeline(gaz: Gazetteer, fingerprint: str) -> Pipeline:
    """The pipeline a build analyses with: this process's, when its last local analysis made it for
    the same ``fingerprint`` (gazetteer files, actor table and code: :func:`pipeline.build.fingerprint`),
    else a new one on ``gaz``.

    Making one (the gazetteer's matcher, every word list) costs ~0.5-0.9 s of CPU, more than the
    rest of an added report's analysis: a process that builds again (the app's server, after the Add
    report page) reuses the one it holds already (:data:`_WORKER` keeps it after a build).

    Parameters
    ----------
    gaz : Gazetteer
        The build's gazetteer (read from the files the fingerprint covers).
    fingerprint : str

    Returns
    -------
    Pipeline
    """
    pipe = _WORKER.get("pipe")
    if isinstance(pipe, Pipeline) and _WORKER.get("fingerprint") == fingerprint:
        return pipe
    return Pipeline(gaz)


def _worker_from_geo(geo_dir: str, fingerprint: str) -> None:
    """Pool initializer where processes are not forked: the worker loads its own pipeline."""
    _WORKER["pipe"] = Pipeline(load_geo_dir(geo_dir))
    _WORKER["fingerprint"] = fingerprint


@dataclass(frozen=True)
class Engine:
    """How the per-article analysis runs.

    Parameters
    ----------
    kind : str
        ``"local"`` or ``"dask"`` (:data:`ENGINES`).
    jobs : int
        Local processes; for Dask without ``scheduler``, the ``LocalCluster``'s workers.
    scheduler : str, optional
        A Dask scheduler's address (``tcp://host:8786``); only with ``kind="dask"``.
    """

    kind: str = "local"
    jobs: int = 1
    scheduler: str | None = None

    def __post_init__(self) -> None:
        if self.kind not in ENGINES:
            raise EngineError(f"unknown engine {self.kind!r}: use one of {', '.join(ENGINES)}")
        if self.scheduler and self.kind != "dask":
            raise EngineError("a scheduler address needs the dask engine (--engine dask --scheduler ADDRESS)")
        if self.kind == "dask":
            _distributed()  # missing Dask is said before the build starts

    def outcomes(self, jobs: list[Job], pipe: Pipeline, geo_dir: Path, fingerprint: str,
                 progress: bool) -> Iterator[tuple]:
        """The outcome of :func:`analyse` for each of ``jobs``, in their order.

        Parameters
        ----------
        jobs : list of tuple
        pipe : Pipeline
            The build's pipeline (used here and by forked workers).
        geo_dir : Path
            The gazetteer folder (workers that are not forked load it themselves).
        fingerprint : str
            The build's cache fingerprint (:func:`pipeline.build.fingerprint`): a Dask
            worker whose code or data give another one refuses to work.
        progress : bool
            Show a progress bar.
        """
        if self.kind == "dask":
            return _dask_outcomes(jobs, geo_dir, fingerprint, self.scheduler, max(1, self.jobs), progress)
        return _local_outcomes(jobs, pipe, geo_dir, fingerprint, max(1, self.jobs), progress)


def _local_outcomes(jobs: list[Job], pipe: Pipeline, geo_dir: Path, fingerprint: str, n_jobs: int,
                    progress: bool) -> Iterator[tuple]:
    """:meth:`Engine.outcomes` in this process or a local process pool."""
    _WORKER["pipe"] = pipe
    _WORKER["fingerprint"] = fingerprint
    _WORKER["renderer"] = ArticleRenderer()  # (its memo of CSV fields is the build's, forked workers' too)
    if n_jobs <= 1 or len(jobs) < 2 * n_jobs:
        yield from map(analyse_collected, _progress(jobs, progress))
        return
    import multiprocessing

    fork = "fork" in multiprocessing.get_all_start_methods()  # else Windows, or macOS without fork
    ctx: Any = multiprocessing.get_context("fork" if fork else "spawn")
    init = _worker_forked if fork else _worker_from_geo
    initargs: tuple[str, ...] = () if fork else (str(geo_dir), fingerprint)
    chunk = max(1, min(64, len(jobs) // (n_jobs * 8)))
    # at most this many jobs handed out and not yet taken back: the outcomes that came back wait
    # here until the build takes them, and would pile up while it is busy with one (the pool's
    # imap sends every job at once otherwise)
    window = threading.Semaphore(max(AHEAD, 4 * chunk * n_jobs))
    stop = threading.Event()
    with ctx.Pool(n_jobs, initializer=init, initargs=initargs) as pool:
        try:
            for outcome in _progress(pool.imap(analyse_collected, _paced(jobs, window, stop), chunksize=chunk),
                                     progress, total=len(jobs)):
                window.release()
                yield outcome
        finally:
            stop.set()  # (the pool's feeding thread may wait in _paced: it must end before the pool does)


#: Jobs a local pool is given ahead of the outcomes the build has taken (at least).
AHEAD = 256


def _paced(jobs: list[Job], window: threading.Semaphore, stop: threading.Event) -> Iterator[Job]:
    """``jobs``, each once ``window`` lets one more go (the consumer releases it per outcome
    taken), until ``stop`` is set."""
    for job in jobs:
        while not window.acquire(timeout=0.05):
            if stop.is_set():
                return
        yield job


def analyse_collected(job: Job) -> tuple:
    """:func:`analyse` with this process's pipeline, then, when the automatic garbage collector is
    paused (the build pauses it: :func:`pipeline.build._collector_paused`; a forked worker inherits
    that), a collection of the youngest generation: what the analysis left in reference cycles
    is freed article by article instead of piling up until the build ends (~5 KB an article).
    It scans only the objects made since the last one, not what the build holds.

    Parameters
    ----------
    job : tuple
        As for :func:`analyse`.

    Returns
    -------
    tuple
        :func:`analyse`'s outcome.
    """
    outcome = analyse(job)
    if not gc.isenabled():
        gc.collect(0)
    return outcome


def _worker_forked() -> None:
    """Pool initializer of a forked worker: what it inherited from the build is moved out of the
    collector's reach (``gc.freeze``), so the collections of :func:`analyse_collected` never scan
    it (nor write to its pages, which the worker shares with the build until then)."""
    if not gc.isenabled():
        gc.freeze()


def _progress(items, enabled: bool, total: int | None = None):
    from .build import _progress as bar

    return bar(items, enabled, total=total)


# --------------------------------------------------------------------------- Dask


def _distributed() -> Any:
    """The ``distributed`` module, or :class:`EngineError` saying how to install it."""
    try:
        import distributed
    except ImportError as e:
        raise EngineError("the dask engine needs Dask: pip install -e '.[dask]' (or pip install dask distributed); "
                          f"({e})") from None
    return distributed


#: Seconds a build waits for a cluster with no workers to get one.
_WORKER_WAIT = 60

#: Each Dask worker thread's pipeline: (geo folder, fingerprint) -> Pipeline.
_THREAD = threading.local()


def _worker_pipeline(geo_dir: str, fingerprint: str) -> Pipeline:
    """This worker thread's pipeline on ``geo_dir``, loaded once; :class:`EngineError` when the
    worker's package code or geo data do not give the build's ``fingerprint``."""
    cached = getattr(_THREAD, "pipe", None)
    if cached is not None and cached[0] == (geo_dir, fingerprint):
        return cached[1]
    from .build import _geo_paths
    from .build import fingerprint as fingerprint_of

    geo = Path(geo_dir)
    if not (geo / "gazetteer.csv").is_file():
        raise EngineError(f"a Dask worker has no gazetteer at {geo / 'gazetteer.csv'}: every worker needs the "
                          "build's geo folder at the same path")
    mine = fingerprint_of(_geo_paths(geo))
    if mine != fingerprint:
        from . import __version__

        raise EngineError(f"a Dask worker's pipeline (version {__version__}, code or data under {geo}) differs from "
                          "the build's: install the same version of this package on every worker and give them the "
                          "same geo folder")
    pipe = Pipeline(load_geo_dir(geo))
    _THREAD.pipe = ((geo_dir, fingerprint), pipe)
    return pipe


def analyse_batch(batch: list[Job], geo_dir: str, fingerprint: str) -> list[tuple]:
    """A Dask task: :func:`analyse` on each job of ``batch`` with this worker's pipeline."""
    pipe = _worker_pipeline(geo_dir, fingerprint)
    renderer = getattr(_THREAD, "renderer", None)
    if renderer is None:
        renderer = _THREAD.renderer = ArticleRenderer()
    return [analyse(job, pipe, renderer, fingerprint) for job in batch]


def _connect(distributed: Any, scheduler: str | None, n_workers: int) -> tuple[Any, Any]:
    """A client of the cluster at ``scheduler``, or of a new ``LocalCluster`` (then returned too)."""
    cluster = None
    try:
        if scheduler:
            client = distributed.Client(scheduler, timeout="30s", set_as_default=False)
        else:
            cluster = distributed.LocalCluster(n_workers=n_workers, threads_per_worker=1, processes=True,
                                               dashboard_address=":0", silence_logs=logging.WARNING)
            client = distributed.Client(cluster, set_as_default=False)
    except OSError as e:
        if cluster is not None:
            cluster.close()
        raise EngineError(f"cannot reach the Dask scheduler at {scheduler or 'a new LocalCluster'}: {e}") from None
    return client, cluster


def _dask_outcomes(jobs: list[Job], geo_dir: Path, fingerprint: str, scheduler: str | None, n_workers: int,
                   progress: bool) -> Iterator[tuple]:
    """:meth:`Engine.outcomes` on a Dask cluster: batches of jobs as tasks, at most a few per
    worker in flight (the articles' bytes are not all sent at once), results read in order."""
    if not jobs:
        return
    distributed = _distributed()
    dask_log = logging.getLogger("distributed")
    level = dask_log.level
    if not log.isEnabledFor(logging.INFO):  # Dask's own INFO lines (workers, nannies) only with -v
        dask_log.setLevel(logging.WARNING)
    try:
        yield from _dask_run(distributed, jobs, geo_dir, fingerprint, scheduler, n_workers, progress)
    finally:
        dask_log.setLevel(level)


def _read_batch(batch: list[Job]) -> tuple[list[ReadJob], dict[int, tuple]]:
    """A batch's jobs with their files' bytes, read here as the batch is sent (the workers may
    not see this folder), and the outcome of each job whose files cannot be read, by its place
    in the batch: :func:`analyse`'s ``("input", error)``, as the other engines give it. Such an
    article costs only itself and is not sent."""
    ready: list[ReadJob] = []
    failed: dict[int, tuple] = {}
    for i, job in enumerate(batch):
        try:
            ready.append(with_files(job))
        except InputError as e:
            failed[i] = ("input", _problem(e))
    return ready, failed


def _dask_run(distributed: Any, jobs: list[Job], geo_dir: Path, fingerprint: str, scheduler: str | None,
              n_workers: int, progress: bool) -> Iterator[tuple]:
    """:func:`_dask_outcomes` once Dask is imported."""
    client, cluster = _connect(distributed, scheduler, n_workers)
    try:
        try:
            client.wait_for_workers(1, timeout=_WORKER_WAIT)
        except (TimeoutError, OSError):
            raise EngineError(f"the Dask scheduler at {scheduler} has no workers (waited {_WORKER_WAIT} s): start "
                              "some with: dask worker ADDRESS --nthreads 1") from None
        workers = max(1, sum(client.nthreads().values()))  # worker threads, to size the batches
        size = max(1, min(64, len(jobs) // (workers * 4)))
        # a batch's files are read here as it is sent (the workers may not see this folder)
        batches = (_read_batch(jobs[i:i + size]) for i in range(0, len(jobs), size))
        geo = str(Path(geo_dir).resolve())
        pending: deque = deque()

        def submit() -> None:
            batch = next(batches, None)
            if batch is not None:
                ready, failed = batch
                task = client.submit(analyse_batch, ready, geo, fingerprint, pure=False) if ready else None
                pending.append((task, failed, len(ready) + len(failed)))

        for _ in range(4 * workers):
            submit()
        from tqdm import tqdm

        with tqdm(total=len(jobs), desc="articles", unit="art", file=sys.stderr, disable=not progress) as bar:
            while pending:
                task, failed, count = pending.popleft()
                outcomes = iter(task.result() if task is not None else ())
                submit()
                bar.update(count)
                for i in range(count):  # the unreadable articles' outcomes in their places
                    yield failed[i] if i in failed else next(outcomes)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
