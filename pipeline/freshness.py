"""When the outputs need a build, and how a build is started: one rule, one lock, one function.

The CLI and the app both use :func:`stale_reason` and :func:`ensure_fresh`; nothing else
decides whether a build is stale or starts one.

**Staleness** (:func:`stale_reason`): the output folder is stale when its ``manifest.json``
is missing or unreadable, when the hash of any input (``seeds/``, ``geo/``, ``curated/``)
differs from the one the manifest recorded, when the pipeline's code fingerprint (version,
every module and data file of :mod:`pipeline`, actors table, gazetteer files:
:func:`pipeline.build.fingerprint`) differs, or when a published output file is missing or
not the size the build wrote (a truncated ``events.geojson``). File times play no part.

**One build at a time** (:class:`BuildLock`): a build holds an exclusive lock on
``.<out>.lock`` beside the output folder; the file names the holder (pid, host, start). The
lock is the operating system's (``flock``), so it is released when the holder dies, even by
``kill -9``: a lock file left by a dead process is taken over (and said so). A second build
waits up to ``wait`` seconds, then raises :class:`BuildInProgress` naming the holder.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import os
import socket
import stat
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from .errors import PipelineError

log = logging.getLogger(__name__)

#: Files every build publishes; one missing or of the wrong size makes the build stale.
REQUIRED_OUTPUTS = ("events.geojson", "articles.json", "errors.json", "places.geojson", "manifest.json")

try:  # POSIX; elsewhere builds are not locked (the project targets Linux and macOS)
    import fcntl
except ImportError:  # pragma: no cover
    fcntl = None  # type: ignore[assignment]


class BuildInProgress(PipelineError):
    """Another build of the same output folder holds the lock.

    Attributes
    ----------
    out_dir : Path
    holder : dict
        What the lock file says about the holder (``pid``, ``host``, ``started``), maybe empty.
    """

    def __init__(self, out_dir: Path, holder: dict[str, Any]):
        self.out_dir = out_dir
        self.holder = holder
        super().__init__(f"a build of {out_dir} is in progress ({describe(holder)}); "
                         "try again when it has finished")


def describe(holder: dict[str, Any]) -> str:
    """The holder of a lock in words: ``pid 123 on host, since 2026-12-05T10:00:00Z``."""
    if not holder:
        return "holder unknown"
    where = f" on {holder['host']}" if holder.get("host") and holder["host"] != socket.gethostname() else ""
    return f"pid {holder.get('pid', '?')}{where}, since {holder.get('started', '?')}"


def lock_path(out_dir: str | Path) -> Path:
    """The lock file of an output folder: ``.<name>.lock`` beside it (the folder itself is a
    link that each build replaces)."""
    out = Path(out_dir).absolute()
    return out.parent / f".{out.name}.lock"


def _pid_alive(pid: Any) -> bool:
    if not isinstance(pid, int) or pid <= 0:
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # exists, someone else's
        return True
    return True


def _read_holder(fd: int) -> dict[str, Any]:
    try:
        os.lseek(fd, 0, os.SEEK_SET)
        raw = os.read(fd, 4096)
        data = json.loads(raw) if raw.strip() else {}
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


class BuildLock:
    """Exclusive lock of one output folder for the length of a build (a context manager).

    Re-entrant within one thread (a build started inside :func:`ensure_fresh` does not wait
    for itself); another thread or process waits or gets :class:`BuildInProgress`.

    Parameters
    ----------
    out_dir : str or Path
    wait : float
        Seconds to wait for another build to finish (0: do not wait).
    on_wait : callable, optional
        Called once with the holder's details when the lock is taken and we wait.
    """

    _held: dict[tuple[str, int], int] = {}
    _guard = threading.Lock()

    def __init__(self, out_dir: str | Path, wait: float = 0.0,
                 on_wait: Callable[[dict[str, Any]], None] | None = None):
        self.out_dir = Path(out_dir)
        self.path = lock_path(out_dir)
        self.wait = wait
        self.on_wait = on_wait
        self.fd: int | None = None
        self.took_over: dict[str, Any] = {}  # the dead holder whose lock file was taken over
        self._key = (str(self.path), threading.get_ident())

    def __enter__(self) -> BuildLock:
        self.acquire()
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()

    def acquire(self) -> None:
        """Take the lock, waiting up to ``wait`` seconds.

        Raises
        ------
        BuildInProgress
        """
        with self._guard:
            if self._key in self._held:
                self._held[self._key] += 1
                return
        if fcntl is None:  # pragma: no cover
            self._remember()
            return
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        deadline = time.monotonic() + max(0.0, self.wait)
        told = False
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                holder = _read_holder(fd)
                if time.monotonic() >= deadline:
                    os.close(fd)
                    raise BuildInProgress(self.out_dir, holder) from None
                if not told and self.on_wait is not None:
                    self.on_wait(holder)
                told = True
                time.sleep(0.2)
        previous = _read_holder(fd)
        if previous.get("pid") and previous.get("host", socket.gethostname()) == socket.gethostname() \
                and previous.get("pid") != os.getpid() and not _pid_alive(previous["pid"]):
            self.took_over = previous
            log.warning("took over the build lock %s left by pid %s (no longer running)", self.path, previous["pid"])
        me = {"pid": os.getpid(), "host": socket.gethostname(),
              "started": dt.datetime.now(dt.UTC).isoformat(timespec="seconds")}
        os.ftruncate(fd, 0)
        os.pwrite(fd, json.dumps(me).encode(), 0)
        self.fd = fd
        self._remember()

    def _remember(self) -> None:
        with self._guard:
            self._held[self._key] = 1

    def release(self) -> None:
        """Give the lock back (the lock file stays, emptied)."""
        with self._guard:
            count = self._held.get(self._key, 0)
            if count > 1:
                self._held[self._key] = count - 1
                return
            self._held.pop(self._key, None)
        if self.fd is not None:
            try:
                os.ftruncate(self.fd, 0)  # an empty file: nobody holds it
                fcntl.flock(self.fd, fcntl.LOCK_UN)
            finally:
                os.close(self.fd)
                self.fd = None


def lock_holder(out_dir: str | Path) -> dict[str, Any] | None:
    """Who is building ``out_dir`` now (the lock file's details), or None when nobody is."""
    path = lock_path(out_dir)
    if fcntl is None or not path.exists():
        return None
    with BuildLock._guard:
        if (str(path), threading.get_ident()) in BuildLock._held:
            return {"pid": os.getpid(), "host": socket.gethostname(), "started": "now (this thread)"}
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return None
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_SH | fcntl.LOCK_NB)
        except BlockingIOError:
            return _read_holder(fd) or {"pid": "?"}
        fcntl.flock(fd, fcntl.LOCK_UN)
        return None
    finally:
        os.close(fd)


# --------------------------------------------------------------------------- staleness

_hash_memo: dict[str, tuple[tuple[int, int, int, int], str]] = {}


def _stat_key(path: Path) -> tuple[int, int, int, int] | None:
    try:
        st = os.stat(path)
    except OSError:
        return None
    if not stat.S_ISREG(st.st_mode):
        return None
    return (st.st_ino, st.st_dev, st.st_size, st.st_mtime_ns)


def input_hash(path: Path) -> str:
    """The manifest's hash of one input file (as :func:`pipeline.build._file_hash`), not read
    again while its inode, size and modification time stay the same."""
    from .build import _file_hash

    key = _stat_key(path)
    if key is not None:
        hit = _hash_memo.get(str(path))
        if hit is not None and hit[0] == key:
            return hit[1]
    value = _file_hash(path)
    if key is not None:
        _hash_memo[str(path)] = (key, value)
    return value


def stale_reason(seeds_dir: str | Path, geo_dir: str | Path, out_dir: str | Path,
                 curated_dir: str | Path | None = None) -> str | None:
    """Why ``out_dir`` needs a build, in words, or None when it is up to date.

    Parameters
    ----------
    seeds_dir, geo_dir, out_dir : str or Path
    curated_dir : str or Path, optional
        The curated-events folder, when the build uses one.
    """
    from .build import _geo_paths, _input_name, fingerprint, input_files

    out = Path(out_dir)
    manifest_path = out / "manifest.json"
    try:
        manifest = json.loads(manifest_path.read_bytes())
    except FileNotFoundError:
        return f"no build in {out} yet"
    except (OSError, ValueError) as e:
        return f"{manifest_path} is unreadable ({e})"
    if not isinstance(manifest, dict):
        return f"{manifest_path} is not a build manifest"
    if manifest.get("fingerprint") != fingerprint(_geo_paths(Path(geo_dir))):
        return "the pipeline's code or data, the actors table or the gazetteer changed"
    files = input_files(Path(seeds_dir), Path(geo_dir), Path(curated_dir) if curated_dir else None)
    current = {_input_name(p): input_hash(p) for p in files}
    recorded = manifest.get("inputs", {})
    if recorded != current:
        changed = sorted(k for k in current.keys() | recorded.keys() if current.get(k) != recorded.get(k))
        more = f" and {len(changed) - 3} more" if len(changed) > 3 else ""
        return f"{len(changed)} input file(s) changed: {', '.join(changed[:3])}{more}"
    return broken_output(out, manifest)


def broken_output(out_dir: str | Path, manifest: dict | None = None) -> str | None:
    """A published output that is missing or not the size its build wrote, in words, or None."""
    out = Path(out_dir)
    sizes = (manifest or {}).get("outputs") or {}
    for name in dict.fromkeys([*REQUIRED_OUTPUTS, *sizes]):
        if name == "manifest.json":
            continue
        try:
            size = (out / name).stat().st_size
        except OSError:
            return f"{out / name} is missing"
        if name in sizes and size != sizes[name]:
            return f"{out / name} is broken ({size:,} bytes; the build wrote {sizes[name]:,})"
    return None


def ensure_fresh(seeds_dir: str | Path, geo_dir: str | Path, out_dir: str | Path,
                 curated_dir: str | Path | None = None, *, rebuild: bool = False, force: bool = False,
                 wait: float = 0.0, on_wait: Callable[[dict[str, Any]], None] | None = None,
                 progress: bool | None = False, jobs: int = 1, engine: str = "local",
                 scheduler: str | None = None) -> Any:
    """Build ``out_dir`` if it is stale (or ``rebuild``/``force``): the one way builds start.

    Takes the output folder's :class:`BuildLock` first and decides after taking it, so a
    build another process just finished is not repeated.

    Parameters
    ----------
    seeds_dir, geo_dir, out_dir, curated_dir : str or Path
    rebuild : bool
        Build even when up to date (the cache is used): a published file turned out unreadable.
    force : bool
        Build and ignore the cache.
    wait : float
        Seconds to wait for another build of the same folder.
    on_wait : callable, optional
        Told the holder's details once when waiting.
    progress : bool, optional
        Progress bar (see :func:`pipeline.build.build`).
    jobs : int
        Processes for the per-article analysis (see :func:`pipeline.build.build`).
    engine, scheduler : str
        Where the per-article analysis runs (see :func:`pipeline.build.build`).

    Returns
    -------
    pipeline.build.BuildStats or None
        None when the outputs were up to date and nothing was built.

    Raises
    ------
    BuildInProgress
        Another build held the lock for longer than ``wait``.
    pipeline.errors.OutputError
        ``out_dir`` is a file or a folder of other things (left untouched).
    """
    from .build import build
    from .output import check_out_dir

    check_out_dir(out_dir)  # refused before its lock file is made beside it
    with BuildLock(out_dir, wait=wait, on_wait=on_wait) as lock:
        reason = stale_reason(seeds_dir, geo_dir, out_dir, curated_dir)
        if reason is None and not (rebuild or force):
            return None
        log.info("building %s: %s", out_dir, "forced" if force else reason or "rebuild asked")
        stats = build(seeds_dir, geo_dir, out_dir, force=force, progress=progress, curated_dir=curated_dir,
                      jobs=jobs, engine=engine, scheduler=scheduler)
        stats.took_over_lock = lock.took_over or stats.took_over_lock
        return stats
