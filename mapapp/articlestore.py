"""The build's articles, one at a time: ``articles.json`` read through its index, never whole.

``articles.json`` holds every article's text, mentions, actors and dates (83 MB at 5,000
articles): parsing it whole was most of the app's load of a build (~0.8 s of CPU at 5k
articles, after every added report). The build also writes ``articles_index.json``
(:data:`pipeline.output.ARTICLE_INDEX`): per article, its metadata (``id``, ``published``,
``source``, ``language``, ``title``, ``url``) and where its item lies in ``articles.json``.
:meth:`ArticleStore.open` reads the index only; each article is a :class:`StoredArticle`,
a read-only mapping that answers its metadata from the index and reads its item (one slice
of ``articles.json``, checked as :func:`mapapp.data.check_article` checks it) the first
time another key is asked for (a few recent items are kept). The views use it as they used
the article dicts.

A build without the index (older than it), or whose index does not match its
``articles.json`` (another size: a truncated or replaced file), is read whole as before
(:meth:`ArticleStore.open` returns None), so a broken file is named on load as before.
"""

from __future__ import annotations

import os
import weakref
from collections.abc import Iterator, Mapping
from functools import lru_cache
from pathlib import Path
from typing import IO, Any

import orjson

from pipeline.output import ARTICLE_INDEX

#: What every index item holds (besides the metadata the views read: ``id``, ``published``, ``source``).
_WHERE = ("offset", "length")
#: Articles kept read (the Articles and Review views open one at a time; a popup's further
#: sentences read a few).
RECENT = 64


class ArticleStore:
    """The articles of one build: the index in memory, the items read from ``articles.json`` on demand.

    Use :meth:`open`. The file stays open (its version of the build is the one read, whatever
    a later build publishes) until the store is let go.

    Parameters
    ----------
    path : Path
        ``articles.json`` (in the build's version folder).
    fh : file
        It, open for reading.
    index : list of dict
        The index's items, checked.
    """

    def __init__(self, path: Path, fh: IO[bytes], index: list[dict[str, Any]]):
        self.path = path
        self._fh = fh
        self._index = index
        self.articles = StoredArticles(StoredArticle(self, i, meta) for i, meta in enumerate(index))
        self.articles.store = self
        self._by_id = {str(meta.get("id")): i for i, meta in enumerate(index)}
        self.item = lru_cache(maxsize=RECENT)(self._read)
        self._closer = weakref.finalize(self, fh.close)  # (closed when the store is let go)

    @classmethod
    def open(cls, out: Path) -> ArticleStore | None:
        """The store of the build in ``out``, or None when it has no usable index (read ``articles.json`` whole).

        Parameters
        ----------
        out : Path
            The output folder (its link is followed now: a later build does not move the files read).

        Returns
        -------
        ArticleStore or None
            None without an index, with an index that is not a list of items holding the
            metadata the views read (``id``, ``published``, ``source``) and their place, or
            whose places do not end where ``articles.json`` ends.
        """
        folder = Path(out).resolve()
        try:
            index = orjson.loads((folder / ARTICLE_INDEX).read_bytes())
        except (OSError, ValueError):
            return None
        if not _index_ok(index):
            return None
        path = folder / "articles.json"
        try:
            fh = open(path, "rb")  # noqa: SIM115 (kept open for the store's life)
        except OSError:
            return None
        size = os.fstat(fh.fileno()).st_size
        end = index[-1]["offset"] + index[-1]["length"] + 1 if index else 2  # (its "]"; "[]" when empty)
        if size != end or os.pread(fh.fileno(), 1, 0) != b"[" or os.pread(fh.fileno(), 1, size - 1) != b"]":
            fh.close()
            return None
        return cls(path, fh, index)

    def _read(self, i: int) -> dict[str, Any]:
        """Article ``i``'s item of ``articles.json``, parsed and checked.

        Raises
        ------
        mapapp.data.BrokenBuild
            The slice is not the article's item (the file changed since the index was written).
        """
        from .data import BrokenBuild, check_article

        meta = self._index[i]
        data = os.pread(self._fh.fileno(), meta["length"], meta["offset"])
        try:
            art = orjson.loads(data)
        except ValueError as e:
            raise BrokenBuild(self.path, f"article {i + 1}: {type(e).__name__}: {e}") from None
        check_article(self.path, i, art)
        if art["id"] != meta["id"]:
            raise BrokenBuild(self.path, f"article {i + 1} is {art['id']!r} where its index says {meta['id']!r}")
        return art

    def texts(self) -> ArticleTexts:
        """Article id → its text, each read when asked for (:class:`ArticleTexts`)."""
        return ArticleTexts(self)

    def index_of(self, article_id: str) -> int | None:
        """The number of the article ``article_id`` (None: no such article)."""
        return self._by_id.get(article_id)

    def close(self) -> None:
        """Close ``articles.json`` (its articles' items can no longer be read)."""
        self._closer()


def _index_ok(index: Any) -> bool:
    """Whether ``index`` is a list of items with the views' metadata and an increasing place each."""
    if not isinstance(index, list):
        return False
    at = 1
    for meta in index:
        if not isinstance(meta, dict) or not all(k in meta for k in ("id", "published", "source")):
            return False
        offset, length = meta.get("offset"), meta.get("length")
        if offset.__class__ is not int or length.__class__ is not int or offset < at or length < 2:
            return False
        at = offset + length
    return True


class StoredArticles(list):
    """The build's articles (:class:`StoredArticle`), in ``articles.json`` order; ``store`` reads them."""

    store: ArticleStore


class StoredArticle(Mapping[str, Any]):
    """One article of ``articles.json`` as a read-only mapping: its metadata from the index, the
    rest (``text``, ``mentions``, ``actors``, ``dates``, ``event_ids``, ``set_aside``) read on first use.

    Parameters
    ----------
    store : ArticleStore
    number : int
        Its place in ``articles.json``.
    meta : dict
        Its index item.
    """

    __slots__ = ("_store", "_number", "_meta")

    def __init__(self, store: ArticleStore, number: int, meta: dict[str, Any]):
        self._store = store
        self._number = number
        self._meta = meta

    def __getitem__(self, key: str) -> Any:
        meta = self._meta
        if key in meta and key not in _WHERE:
            return meta[key]
        return self._store.item(self._number)[key]

    def __contains__(self, key: object) -> bool:
        return (key in self._meta and key not in _WHERE) or key in self._store.item(self._number)

    def __iter__(self) -> Iterator[str]:
        return iter(self._store.item(self._number))

    def __len__(self) -> int:
        return len(self._store.item(self._number))

    def __repr__(self) -> str:
        return f"StoredArticle({self._meta.get('id')!r})"

    def indexed(self, key: str, default: Any = None) -> Any:
        """``key`` of the index's metadata only (``default`` when the index lacks it): never reads the item."""
        return self._meta.get(key, default) if key not in _WHERE else default


def indexed(article: Mapping[str, Any], key: str, default: Any = None) -> Any:
    """An article's ``key`` as its index holds it (:meth:`StoredArticle.indexed`), or as a plain article dict
    (a build without an index, read whole) holds it: never a read of the article's item."""
    if isinstance(article, StoredArticle):
        return article.indexed(key, default)
    return article.get(key, default)


class ArticleTexts(Mapping[str, str]):
    """Article id → its text (``articles.json``), each read when asked for (:mod:`mapapp.further`)."""

    def __init__(self, store: ArticleStore):
        self._store = store

    def __getitem__(self, article_id: str) -> str:
        i = self._store.index_of(article_id)
        if i is None:
            raise KeyError(article_id)
        return self._store.item(i)["text"]

    def __iter__(self) -> Iterator[str]:
        return (str(a["id"]) for a in self._store.articles)

    def __len__(self) -> int:
        return len(self._store.articles)
