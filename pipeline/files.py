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
import os
import stat

#: Largest article text accepted (bytes): a news report is a few kilobytes.
MAX_ARTICLE_BYTES = 10 * 1024 * 1024


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
