"""Adding reports to a large build quickly, with the same outputs as a build from nothing.

An added report (``python -m pipeline add``, the app's Add report page) is a new seed: the
next build analyses that article only and takes every other one from the cache
(:mod:`pipeline.resultcache`). What such a build writes beyond that article's analysis is
kept small here:

- the cache file is the old one's records, copied by the system, then the new record
  (:class:`pipeline.resultcache.CacheWriter`), not every record after the new article's
  place rewritten;
- the merge's state is kept beside the cache (:mod:`pipeline.mergestate`): when the only
  change is added articles, only the groups their events join are merged again, the old
  articles' share of the per-article files is copied from the current build's files
  (:class:`pipeline.output.ArticleSplice`) and their counts taken from the state, not read
  from the cache, and the features of the events left as they were are copied from the
  current ``events.geojson`` (:func:`pipeline.mergestate.feature_copy`);
- seed files whose status is as the last build noted are not read and hashed again
  (:mod:`pipeline.seednotes`);
- the truce analysis is kept beside the merge state (:mod:`pipeline.trucestate`): only the truces
  among the events that left or came, or whose window a violent one of them may fall in, are
  analysed again (:func:`pipeline.truces.update_analysis`);
- the new report's events are found by reading two columns of ``events.parquet``
  (:func:`article_event_ids`), not the whole events table.

The outputs equal those of a build from nothing of the same inputs, byte for byte, except
the cache file, whose records may come in another order (the index finds them by article):
:func:`canonical_cache` puts them in article order, and :func:`canonical_outputs` gives a
build's outputs in that canonical form (tests compare an incremental build with a full one
through it), with the merge state by its content (:func:`pipeline.mergestate.canonical_state`),
the truce analysis kept beside it likewise (:func:`pipeline.trucestate.canonical_truce_state`)
and without the seed notes (the statuses of the files when they were read).
"""

from __future__ import annotations

from pathlib import Path

import orjson
import pyarrow.parquet as pq

from .mergestate import MERGE_STATE, canonical_state
from .resultcache import CACHE_NAME, ResultCache
from .seednotes import SEED_NOTES
from .trucestate import TRUCE_STATE, canonical_truce_state

#: Files that differ between two builds of the same inputs by design: the time and the
#: counts of processed and cached articles.
VOLATILE = frozenset({"manifest.json", "report.md"})


def canonical_cache(path: str | Path) -> bytes:
    """The records of a cache file in article (file stem) order, as one byte string.

    Parameters
    ----------
    path : str or Path
        A ``cache/results.bin``.

    Returns
    -------
    bytes
        Empty when the file is missing or damaged (the build would not use it either).
    """
    cache = ResultCache(Path(path))
    try:
        return b"".join(cache.read(cache.entries[stem]) for stem in sorted(cache.entries))
    finally:
        cache.close()


def canonical_outputs(out_dir: str | Path, skip: frozenset[str] = VOLATILE) -> dict[str, bytes]:
    """Every file of a published build by relative name, the cache in :func:`canonical_cache` form, the
    merge state in :func:`pipeline.mergestate.canonical_state` form, the truce analysis kept beside it in
    :func:`pipeline.trucestate.canonical_truce_state` form, the seed notes left out.

    Parameters
    ----------
    out_dir : str or Path
        The output folder (``build/``).
    skip : frozenset of str
        File names left out (default :data:`VOLATILE`).

    Returns
    -------
    dict of str -> bytes
    """
    out = Path(out_dir)
    files = {p.relative_to(out).as_posix(): p.read_bytes() for p in sorted(out.rglob("*"))
             if p.is_file() and p.name not in skip}
    if CACHE_NAME in files:
        files[CACHE_NAME] = canonical_cache(out / CACHE_NAME)
    if MERGE_STATE in files:
        files[MERGE_STATE] = canonical_state(out / MERGE_STATE)
    if TRUCE_STATE in files:
        files[TRUCE_STATE] = canonical_truce_state(out / TRUCE_STATE)
    files.pop(SEED_NOTES, None)  # (the statuses of the seed files when they were read: no content of the build)
    return files


def article_event_ids(out_dir: str | Path, article_id: str) -> list[str]:
    """The ids of the published events that hold a report of article ``article_id``.

    Reads the ``event_id`` and ``merged_ids`` columns of ``events.parquet`` only (an event
    merged from several reports keeps every report's id in ``merged_ids``, a JSON list; an article's
    event ids are ``<article id>-e...``).

    Parameters
    ----------
    out_dir : str or Path
    article_id : str

    Returns
    -------
    list of str
        In the file's order; empty when the build has no ``events.parquet``.
    """
    path = Path(out_dir) / "events.parquet"
    if not path.exists():
        return []
    table = pq.read_table(path, columns=["event_id", "merged_ids"])
    prefix = article_id + "-e"
    out = []
    for eid, merged in zip(table.column("event_id").to_pylist(), table.column("merged_ids").to_pylist()):
        if prefix not in (merged or "") and not str(eid).startswith(prefix):  # (most events: no parsing)
            continue
        ids = orjson.loads(merged) if isinstance(merged, str) and merged.startswith("[") else (merged or [eid])
        if any(str(m).startswith(prefix) for m in ids):
            out.append(eid)
    return out
