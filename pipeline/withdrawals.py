"""Withdrawing a report added by mistake (or with a wrong publication date), keeping everything.

A report added to ``seeds/`` (``python -m pipeline add``, the app's Add report page) cannot be
edited there: its id and its events' ids come from its date and text, and adding it again is
refused as a duplicate. :func:`withdraw_report` takes it out of the data without losing it:

- its two files, ``seeds/<id>.txt`` and ``seeds/<id>.toml``, move unchanged into
  ``seeds/withdrawn/`` (the build reads only ``seeds/*.txt``, so the next build leaves the report
  and its events out; a second withdrawal of the same id keeps both, the later as ``<id>~2``);
- one row is appended to ``seeds/withdrawn/withdrawals.csv``: the id, when, who, why, and the
  report's outlet, date and title (written atomically, as the reviews are).

The same text can then be added again with a corrected date (it is no longer in ``seeds/``).
Reviews of its events stay in ``curated/reviews.csv``, as every decision does.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import os
from dataclasses import dataclass
from pathlib import Path

from .articles import read_metadata
from .errors import InputError
from .files import folder_lock
from .output import atomic_write

#: The folder of ``seeds/`` that keeps withdrawn reports, and its log.
WITHDRAWN_DIR, LOG_NAME = "withdrawn", "withdrawals.csv"
#: Columns of the log, in order.
COLUMNS = ("id", "withdrawn_at", "withdrawn_by", "reason", "kept_as", "source", "published", "title")


class WithdrawError(InputError):
    """A withdrawal that cannot be made (no such report, no name or reason): nothing was moved."""


@dataclass(frozen=True)
class Withdrawn:
    """One withdrawal, as logged.

    Attributes
    ----------
    id : str
        The report's id.
    withdrawn_at : str
        UTC, ISO 8601 to the second.
    withdrawn_by, reason : str
    kept_as : str
        The files' stem in ``seeds/withdrawn/`` (the id, or ``<id>~2`` for a second withdrawal).
    source, published, title : str
        From the report's metadata.
    """

    id: str
    withdrawn_at: str
    withdrawn_by: str
    reason: str
    kept_as: str
    source: str = ""
    published: str = ""
    title: str = ""


def _kept_stem(folder: Path, aid: str) -> str:
    stem, n = aid, 1
    while (folder / f"{stem}.txt").exists() or (folder / f"{stem}.toml").exists():
        n += 1
        stem = f"{aid}~{n}"
    return stem


def withdraw_report(seeds_dir: str | Path, article_id: str, withdrawn_by: str, reason: str,
                    now: dt.datetime | None = None) -> Withdrawn:
    """Take report ``article_id`` out of ``seeds_dir``, keeping its files and logging who, when and why.

    Parameters
    ----------
    seeds_dir : str or Path
    article_id : str
        A report in ``seeds_dir`` (``<id>.txt`` there).
    withdrawn_by, reason : str
        Required (not blank).
    now : datetime, optional
        The time recorded (default: now, UTC).

    Returns
    -------
    Withdrawn

    Raises
    ------
    WithdrawError
        No such report in ``seeds_dir``, no name, or no reason; nothing is moved or logged then.
    """
    seeds_dir = Path(seeds_dir)
    aid = str(article_id).strip()
    txt, toml = seeds_dir / f"{aid}.txt", seeds_dir / f"{aid}.toml"
    if not aid or "/" in aid or "\\" in aid or not txt.is_file():
        raise WithdrawError(seeds_dir / f"{aid}.txt", "no such report in the data: nothing was withdrawn")
    if not str(withdrawn_by).strip():
        raise WithdrawError(txt, "give your name: a withdrawal records who made it")
    if not str(reason).strip():
        raise WithdrawError(txt, "say why the report is withdrawn (e.g. 'wrong publication date', 'added by mistake')")
    meta: dict = {}
    if toml.is_file():
        try:
            meta = read_metadata(toml)
        except InputError:
            meta = {}
    folder = seeds_dir / WITHDRAWN_DIR
    stamp = (now or dt.datetime.now(dt.UTC)).astimezone(dt.UTC).isoformat(timespec="seconds")
    with folder_lock(seeds_dir):
        if not txt.is_file():  # withdrawn meanwhile
            raise WithdrawError(txt, "no such report in the data (withdrawn meanwhile): nothing was withdrawn")
        folder.mkdir(exist_ok=True)
        stem = _kept_stem(folder, aid)
        done = Withdrawn(aid, stamp, " ".join(str(withdrawn_by).split()), " ".join(str(reason).split()), stem,
                         str(meta.get("source") or ""), str(meta.get("published") or ""), str(meta.get("title") or ""))
        log = folder / LOG_NAME
        old = log.read_text(encoding="utf-8") if log.is_file() else ""
        buf = io.StringIO()
        writer = csv.writer(buf, lineterminator="\n")
        if not old:
            writer.writerow(COLUMNS)
        writer.writerow([getattr(done, c) for c in COLUMNS])
        atomic_write(log, (old if not old or old.endswith("\n") else old + "\n") + buf.getvalue())
        # the metadata first, then the text: the build reads *.txt, so it never sees a text without metadata
        if toml.is_file():
            os.replace(toml, folder / f"{stem}.toml")
        os.replace(txt, folder / f"{stem}.txt")
    return done


def load_withdrawals(seeds_dir: str | Path) -> list[Withdrawn]:
    """The withdrawals logged in ``seeds_dir/withdrawn/withdrawals.csv``, oldest first (none without it)."""
    log = Path(seeds_dir) / WITHDRAWN_DIR / LOG_NAME
    if not log.is_file():
        return []
    with log.open(encoding="utf-8", newline="") as fh:
        return [Withdrawn(**{c: (row.get(c) or "") for c in COLUMNS}) for row in csv.DictReader(fh)]


__all__ = ["COLUMNS", "WithdrawError", "Withdrawn", "load_withdrawals", "withdraw_report"]
