"""What a build noted of the seed files it read (``cache/seeds.bin``): an unchanged seed is not read again.

To find each article's cache record, a build reads every seed file and hashes it (its cache key:
:func:`pipeline.build.article_key`, and the manifest's hashes of the inputs). Adding one report to
thousands, that is most of what is left of the build's reading. So each build notes, per article it
read (or a worker read for it), its text's and metadata's file status before they were read (size,
modification and change times, inode, device: :func:`signature`) with the key and the hashes the
bytes gave; the next build of the same fingerprint takes the key and hashes of an article whose
files have the same status without reading them. A file's change time moves with every write to it
(it cannot be set back), so the same status means the same bytes; a file changed less than
:data:`SETTLED_NS` before the build noted it is not noted (a change right after, within the same
tick of the clock, could keep its status). The notes are the build's own: not an output, not listed
in the manifest's ``outputs``; missing, damaged or of another fingerprint, they are not used.
"""

from __future__ import annotations

import logging
import marshal
import os
import stat
import time
from pathlib import Path

from .files import marshal_tag, read_input

log = logging.getLogger(__name__)

#: Where the notes are, in a build folder.
SEED_NOTES = "cache/seeds.bin"
_FORMAT = 1
#: A file changed less than this (ns) before the build that read it is not noted.
SETTLED_NS = 2_000_000_000

#: A file's status: size, modification and change times (ns), inode and device.
Signature = tuple[int, int, int, int, int]


def signature(path: str) -> Signature | None:
    """The status of the regular file ``path`` (a link followed), or None (missing, not a regular file).

    Parameters
    ----------
    path : str

    Returns
    -------
    tuple of int or None
    """
    try:
        st = os.stat(path)
    except (OSError, ValueError):
        return None
    if not stat.S_ISREG(st.st_mode):
        return None
    return st.st_size, st.st_mtime_ns, st.st_ctime_ns, st.st_ino, st.st_dev


class SeedNotes:
    """The notes of the current build (:meth:`known`) and those of this one (:meth:`note`, :meth:`write`).

    Parameters
    ----------
    path : Path or None
        The current build's ``cache/seeds.bin`` (None: use none).
    fingerprint : str
        This build's (:func:`pipeline.build.fingerprint`): notes of another are not used.
    """

    def __init__(self, path: Path | None, fingerprint: str):
        self.fingerprint = fingerprint
        self.started = time.time_ns()
        self.old: dict[str, tuple] = {}
        self.new: dict[str, tuple] = {}
        if path is None:
            return
        try:
            found = marshal.loads(read_input(path))  # (a regular file only: never blocking on a named pipe)
            if found[:3] == (_FORMAT, marshal_tag(), fingerprint) and isinstance(found[3], dict):
                self.old = found[3]
        except (OSError, EOFError, ValueError, TypeError, IndexError) as e:
            if not isinstance(e, FileNotFoundError):
                log.info("%s: seed notes not used (%s): every seed is read", path, e)

    def known(self, name: str, text: Signature | None, meta: Signature | None) -> tuple[str, str, str | None] | None:
        """The cache key and the hashes of the text and metadata of the article ``name`` when its files'
        statuses (``text``, ``meta``: :func:`signature`, None for no metadata file) are those noted; else None."""
        note = self.old.get(name)
        if note is None or text is None or note[0] != text or note[1] != meta:
            return None
        self.new[name] = note
        return note[2], note[3], note[4]

    def note(self, name: str, text: Signature | None, meta: Signature | None, key: str, text_sha: str,
             meta_sha: str | None) -> None:
        """Note the article ``name`` whose files had the statuses ``text`` and ``meta`` before they were
        read and gave ``key`` and the hashes (unless a file changed too recently to be told by its status)."""
        settled = self.started - SETTLED_NS
        if text is None or (meta is None) != (meta_sha is None):
            return
        if any(s is not None and (s[1] >= settled or s[2] >= settled) for s in (text, meta)):
            return
        self.new[name] = (text, meta, key, text_sha, meta_sha)

    def write(self, path: Path) -> None:
        """Write this build's notes to ``path`` (one that cannot be written costs the next build its speed)."""
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(marshal.dumps((_FORMAT, marshal_tag(), self.fingerprint, self.new)))
        except (OSError, ValueError) as e:
            log.warning("seed notes not written (%s): the next build reads every seed", e)
            path.unlink(missing_ok=True)

