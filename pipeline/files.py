"""Reading input files safely: regular files only, never blocking, bounded in size.

``seeds/`` and ``geo/`` are folders people drop things into. A named pipe (FIFO) there
would block a plain ``open()`` forever, a link to a device (``/dev/zero``) would be read
until memory runs out, a dangling link or a folder named ``*.txt`` cannot be read at all.
:func:`read_input` opens without blocking, checks that what it opened is a regular file
(and not larger than a limit) and only then reads it; everything else is an ``OSError``
whose message says what the file is, so the caller reports it as a bad input.
"""

from __future__ import annotations

import errno
import marshal
import os
import stat
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager

from .errors import InputError

try:  # POSIX
    import fcntl
except ImportError:  # pragma: no cover
    fcntl = None  # type: ignore[assignment]

#: Largest article text accepted (bytes): a news report is a few kilobytes.
MAX_ARTICLE_BYTES = 10 * 1024 * 1024


class FolderBusyError(InputError):
    """Another writer held a folder's lock too long (:func:`folder_lock`)."""


class NotRegularFileError(OSError):
    """The path exists but is no regular file (pipe, socket, device, folder...)."""


def _kind(mode: int) -> str:
    for test, name in ((stat.S_ISFIFO, "a named pipe (FIFO)"), (stat.S_ISSOCK, "a socket"),
                       (stat.S_ISCHR, "a character device"), (stat.S_ISBLK, "a block device"),
                       (stat.S_ISDIR, "a folder")):
        if test(mode):
            return name
    return "not a regular file"


def read_input(path: str | os.PathLike, max_bytes: int | None = None) -> bytes:
    """The bytes of a regular file (a link is followed), read without ever blocking.

    Parameters
    ----------
    path : str or path-like
    max_bytes : int, optional
        Refuse files larger than this.

    Returns
    -------
    bytes

    Raises
    ------
    FileNotFoundError
        Missing file or dangling link.
    NotRegularFileError
        A FIFO, socket, device or folder (``strerror`` says which), or a file over
        ``max_bytes``.
    OSError
        Any other reason the file cannot be read (permissions...).
    """
    path = os.fspath(path)
    # O_NONBLOCK: opening a FIFO with no writer returns at once instead of waiting forever
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0) | getattr(os, "O_NOCTTY", 0)
    try:
        fd = os.open(path, flags)
    except IsADirectoryError:
        raise NotRegularFileError(errno.EISDIR, "is a folder, not a file", path) from None
    try:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode):
            raise NotRegularFileError(errno.EINVAL, f"is {_kind(st.st_mode)}, not a file", path)
        if max_bytes is not None and st.st_size > max_bytes:
            raise NotRegularFileError(errno.EFBIG, f"is {st.st_size:,} bytes, more than the {max_bytes:,} "
                                                   "accepted for this kind of file", path)
        chunks = []
        while chunk := os.read(fd, 1 << 20):
            chunks.append(chunk)
            if max_bytes is not None and sum(map(len, chunks)) > max_bytes:  # grew while being read
                raise NotRegularFileError(errno.EFBIG, f"is more than the {max_bytes:,} bytes accepted", path)
    finally:
        os.close(fd)
    return b"".join(chunks)


def is_regular_file(path: str | os.PathLike) -> bool:
    """Whether ``path`` is (or links to) a regular file, without opening it."""
    try:
        return stat.S_ISREG(os.stat(path).st_mode)
    except (OSError, ValueError):
        return False


def read_at(fd: int, size: int, offset: int) -> bytes:
    """Up to ``size`` bytes of the open file ``fd`` from ``offset``.

    ``os.pread`` where the system has it (``fd``'s position is kept); else (Windows) a seek
    and a read, which move it: only for files read at given offsets, never by position.

    Parameters
    ----------
    fd : int
        An open file descriptor.
    size : int
        Bytes wanted (fewer come back at the end of the file).
    offset : int
        Where to read from.

    Returns
    -------
    bytes
    """
    pread = getattr(os, "pread", None)
    if pread is not None:
        return pread(fd, size, offset)
    os.lseek(fd, offset, os.SEEK_SET)
    return os.read(fd, size)


#: Longest wait for another writer of the same folder (:func:`folder_lock`), seconds.
LOCK_WAIT = 60.0
_thread_lock = threading.Lock()  # where there is no flock (Windows): one writer per process


@contextmanager
def folder_lock(folder: str | os.PathLike, wait: float = LOCK_WAIT) -> Iterator[None]:
    """Hold ``folder``'s exclusive lock for a read-modify-write of a file in it.

    The analysts' write routes (a review decision, an override, an import, an added report)
    read a file, add to it and write it whole (atomically). Two of them at once, from two
    sessions of the app or the app and the CLI, would each write what they read plus their
    own row: one decision silently lost. Under this lock they take turns. The lock is the
    operating system's (``flock`` on the folder itself: no lock file is left in it), held
    per open, so threads and processes wait for each other, and released when the holder
    dies.

    Raises
    ------
    FolderBusyError
        Another writer held the lock longer than ``wait`` seconds.
    """
    folder = os.fspath(folder)
    os.makedirs(folder, exist_ok=True)
    if fcntl is None:  # pragma: no cover (Windows)
        if not _thread_lock.acquire(timeout=wait):
            raise FolderBusyError(folder, f"another save into this folder took more than {wait:g} s; try again")
        try:
            yield
        finally:
            _thread_lock.release()
        return
    fd = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    try:
        deadline = time.monotonic() + wait
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    raise FolderBusyError(folder, f"another save into this folder took more than {wait:g} s; "
                                                  "try again") from None
                time.sleep(0.01)
        yield
    finally:
        os.close(fd)  # releases the lock


def marshal_tag() -> str:
    """The interpreter and ``marshal`` version a build's own binary notes are written for
    (``cpython-3.12-4``): a note written by another one is not read back."""
    return f"{sys.implementation.name}-{sys.version_info[0]}.{sys.version_info[1]}-{marshal.version}"
