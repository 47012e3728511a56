"""Queries over a build's columnar events (``events.parquet``): one job, answering the app's questions.

The app used to read ``events.geojson`` (226 MB at 100k events) into one pandas frame and
filter and group it in Python on every rerun. An :class:`EventStore` instead:

* on opening, reads only the columns that filters, counts and symbols use (:data:`CORE`:
  ids, dates, type, actors, outlets, place and point, fatalities, flags; never the evidence
  sentences or the nested reports) into an in-process DuckDB table, with each row's number
  in the file (``_row``);
* answers each question with one SQL query over that table: how many events pass the
  filters (:meth:`EventStore.counts`), the map's symbols, one per (place, type, sub-type
  style) with only the newest ``k`` events of each for its popup (:meth:`EventStore.symbols`),
  a page of rows (:meth:`EventStore.rows`), per-day aggregates (:meth:`EventStore.per_day`),
  the filter choices and the date range;
* reads the other columns (evidence, reports...) of only the rows a popup or a page shows,
  from the file, when asked (:meth:`EventStore.records`): DuckDB keeps only those rows' values;
* gives the whole pandas frame (:meth:`EventStore.frame`) to the views that still filter in
  pandas, only when one is opened.

Filtering by text uses :mod:`mapapp.search`'s normalised haystack, computed once, the first
time a search is typed. A build without ``events.parquet`` (older than the GeoParquet
output) is served from its ``events.geojson`` frame through the same queries
(:meth:`EventStore.from_frame`). The results equal the pandas path's
(:func:`mapapp.filters.apply_filters`, :func:`mapapp.mapview.group_events`): same events,
same symbol groups in the same order, same counts (``tests/test_store.py``).

DuckDB connections are not shared between threads: every query runs on its own cursor.
"""

from __future__ import annotations

import datetime as dt
import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass
from pathlib import Path

import duckdb
import numpy as np
import orjson
import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from pipeline import schema

from .filters import REVIEWED, Filters, confidence_allowed

#: The columns read on opening: what filters, counts, symbol grouping and the date range use.
CORE = ("event_id", "event_date", "date_from", "date_to", "event_type", "sub_event_type", "actor1_id",
        "actor2_id", "source", "place_id", "latitude", "longitude", "fatalities", "partisan_only",
        "review_status", "report_count", "confidence", "time_from", "approximate")
#: Columns the build writes to GeoParquet as JSON text (nested records): the schema's.
JSON_COLUMNS = tuple(schema.NESTED_FIELDS)
#: Columns the build writes as ``;``-joined text (lists of ids or words): the schema's.
LIST_COLUMNS = tuple(schema.LIST_FIELDS)
#: The columns of the events frame: the output event record (:mod:`pipeline.schema`).
EVENT_COLUMNS = list(schema.EVENT_COLUMNS)


#: What :meth:`EventStore.link` answers of an id (``event_links.parquet``'s columns but the id).
LINK_FIELDS = ("status", "event_id", "article_id", "reviewed_by", "reviewed_at", "reason", "sentence_score")
#: How many ids' answers :meth:`EventStore.link` keeps (links are opened one at a time, and again on every rerun).
LINKS_REMEMBERED = 256


#: An event's start as text, for ordering newest first as the Feed does (:func:`start_key` in SQL).
START_KEY = ("coalesce(CAST(date_from AS VARCHAR), '') || ' ' || coalesce(CAST(time_from AS VARCHAR), '') || ' ' "
             "|| coalesce(CAST(date_to AS VARCHAR), '')")


def start_key(r) -> str:
    """``date_from time_from date_to`` of one event (a record or a row): sorted descending, newest
    first by when it began, as the Feed (:func:`mapapp.feedview.newest_first`), the map's popups and
    the list under the map order events."""
    def text(v) -> str:
        return v if isinstance(v, str) else "" if v is None or v != v else str(v)
    return f"{text(r.get('date_from'))} {text(r.get('time_from'))} {text(r.get('date_to'))}"


class StoreError(Exception):
    """The events file cannot be read as the build's events (truncated, wrong columns)."""


def typed_frame(df: pd.DataFrame) -> pd.DataFrame:
    """The events frame's column types: flags, review status, day columns, numbers (in place; returned).

    Parameters
    ----------
    df : DataFrame
        Event records in :data:`EVENT_COLUMNS` (decoded: lists and dicts as Python values).

    Returns
    -------
    DataFrame
        With ``day_from``/``day_to`` (dates), integer ``fatalities`` and numeric point, precision and tolls.
    """
    df["partisan_only"] = df["partisan_only"].fillna(False).astype(bool)
    df["review_status"] = df["review_status"].fillna("unreviewed")
    df["day_from"] = pd.to_datetime(df["date_from"]).dt.date
    df["day_to"] = pd.to_datetime(df["date_to"]).dt.date
    df["fatalities"] = pd.to_numeric(df["fatalities"], errors="coerce").fillna(0).astype(int)
    for col in ("latitude", "longitude", "geo_precision", "injuries", "displaced"):
        df[col] = pd.to_numeric(df[col], errors="coerce")
    return df


def _split_list(value):
    if not isinstance(value, str):
        return value
    return value.split(";") if value else []


def _split_spans(value):
    if not isinstance(value, str):
        return value
    return [[int(a) for a in part.split("-", 1)] for part in value.split(";") if part]


def _decoded_text_columns(cols) -> dict[str, list]:
    """The columns of ``cols`` (a frame or a dict of value lists) that GeoParquet holds in a text
    form, decoded back to the GeoJSON values: JSON records, ``;``-joined lists, evidence spans."""
    out = {col: [orjson.loads(v) if isinstance(v, str) else v for v in cols[col]] for col in JSON_COLUMNS if col in cols}
    out.update({col: [_split_list(v) for v in cols[col]] for col in LIST_COLUMNS if col in cols})
    if "more_evidence" in cols:
        out["more_evidence"] = [_split_spans(v) for v in cols["more_evidence"]]
    return out


def decode_columns(df: pd.DataFrame) -> pd.DataFrame:
    """GeoParquet's text forms back to the GeoJSON values: JSON records, ``;``-joined lists, spans (in place)."""
    for col, values in _decoded_text_columns(df).items():
        df[col] = values
    return df


@dataclass(frozen=True)
class Counts:
    """What the summary line says about the shown events."""

    shown: int
    unreviewed: int
    killed: int
    #: Of ``killed``, those in events no analyst has reviewed yet (extracted automatically).
    killed_unreviewed: int = 0

    @classmethod
    def of(cls, frame: pd.DataFrame) -> Counts:
        """The counts of an events frame (as :meth:`EventStore.counts` gives them for a filter)."""
        if frame.empty:
            return cls(0, 0, 0, 0)
        status = frame["review_status"] if "review_status" in frame else pd.Series("unreviewed", index=frame.index)
        unrev = status.fillna("unreviewed").eq("unreviewed")
        dead = pd.to_numeric(frame["fatalities"], errors="coerce").fillna(0)
        return cls(len(frame), int(unrev.sum()), int(dead.sum()), int(dead[unrev].sum()))

    def killed_text(self) -> str:
        """``11 killed``, or ``11 killed (3 in unreviewed reports)`` when some of the toll is in unreviewed events."""
        text = f"{self.killed} killed"
        if self.killed_unreviewed:
            share = "all" if self.killed_unreviewed == self.killed else str(self.killed_unreviewed)
            text += f" ({share} in unreviewed reports)"
        return text


class EventStore:
    """Read-only queries over one build's events (share one per server: ``st.cache_resource``).

    Open with :meth:`open` (a build folder) or :meth:`from_frame` (an events frame).

    Attributes
    ----------
    total : int
        Number of events in the build.
    columns_read : set of str
        The event columns read so far (the core columns on opening; the rest only when a
        record, a search or the whole frame was asked for).
    """

    def __init__(self, con: duckdb.DuckDBPyConnection, total: int, parquet: Path | None = None,
                 frame: pd.DataFrame | None = None, links: Path | None = None):
        self._con = con
        self.total = total
        self._parquet = parquet
        #: ``event_links.parquet`` (:mod:`pipeline.eventlinks`), the file itself (not through the build's
        #: link, which a new build moves); None for a build older than it
        self._links = Path(links).resolve() if links is not None else None
        self._links_seen: OrderedDict[str, dict | None] = OrderedDict()
        self._frame = frame
        self._lock = threading.Lock()
        self._parquet_columns = set(pq.read_schema(parquet).names) - {"geometry"} if parquet is not None else set()
        self._has_hay = False
        self._text_tables: set[str] = set()
        self.columns_read: set[str] = set(CORE)
        self._places: dict = {}
        self._synonyms: dict[str, tuple[str, ...]] | None = None
        self._symbols_cache: OrderedDict[tuple, list[dict]] = OrderedDict()
        self._records_cache: dict[tuple | None, OrderedDict[int, dict]] = {}
        self._shared: dict[str, OrderedDict[Hashable, object]] = {}
        self._making: dict[tuple[str, Hashable], threading.Event] = {}

    # ------------------------------------------------------------------ opening
    @classmethod
    def open(cls, path: Path, links: Path | None = None) -> EventStore:
        """A store over ``events.parquet`` (only :data:`CORE` is read now); ``links``: the build's
        ``event_links.parquet`` (read only when a link names an id that is no event, :meth:`link`).

        Raises
        ------
        StoreError
            The file is not readable Parquet.
        """
        try:
            names = set(pq.read_schema(path).names)
        except (OSError, pa.ArrowException) as e:
            raise StoreError(f"{path}: {type(e).__name__}: {e}") from None
        con = duckdb.connect(":memory:")
        select = ", ".join(f'"{c}"' if c in names else f'NULL AS "{c}"' for c in CORE)
        try:
            con.execute(f"CREATE TABLE ev AS SELECT file_row_number AS _row, {select} "
                        "FROM read_parquet(?, file_row_number = true) ORDER BY _row", [str(path)])
        except duckdb.Error as e:
            raise StoreError(f"{path}: {type(e).__name__}: {e}") from None
        total = con.execute("SELECT count(*) FROM ev").fetchall()[0][0]
        return cls(con, total, parquet=Path(path), links=links)

    @classmethod
    def from_frame(cls, frame: pd.DataFrame, links: Path | None = None) -> EventStore:
        """A store over an events frame (:func:`mapapp.data.events_frame`: a build without parquet;
        ``links`` as for :meth:`open`)."""
        con = duckdb.connect(":memory:")
        core = pd.DataFrame({c: frame[c].to_numpy() if c in frame else None for c in CORE})
        core.insert(0, "_row", np.arange(len(frame), dtype=np.int64))
        for col in ("latitude", "longitude"):
            core[col] = pd.to_numeric(core[col], errors="coerce")
        core["fatalities"] = pd.to_numeric(core["fatalities"], errors="coerce")
        core["report_count"] = pd.to_numeric(core["report_count"], errors="coerce")
        core["partisan_only"] = core["partisan_only"].astype("boolean")
        core["approximate"] = pd.array([bool(v) if isinstance(v, bool | np.bool_) else None for v in core["approximate"]],
                                       dtype="boolean")
        for col in CORE:
            if core[col].dtype == object:
                core[col] = core[col].where(core[col].map(lambda v: isinstance(v, str)), None)
        con.register("core_frame", core)
        con.execute("CREATE TABLE ev AS SELECT * FROM core_frame ORDER BY _row").fetchall()
        con.unregister("core_frame")
        store = cls(con, len(frame), frame=frame.reset_index(drop=True), links=links)
        store.columns_read = set(frame.columns)
        return store

    def _cursor(self) -> duckdb.DuckDBPyConnection:
        return self._con.cursor()

    def _query(self, sql: str, params: Sequence = ()) -> pd.DataFrame:
        return self._cursor().execute(sql, list(params)).fetchdf()

    def _aggregate(self, sql: str, params: Sequence = ()) -> tuple:
        """The one row of an aggregate query without ``GROUP BY`` (``count``, ``sum``, ``min``: a row even
        over no events)."""
        row = self._cursor().execute(sql, list(params)).fetchone()
        if row is None:  # DuckDB's fetchone() is None only past the last row: never for such a query
            raise StoreError(f"an aggregate query gave no row: {sql}")
        return row

    # ------------------------------------------------------------------ filters
    def _where(self, f: Filters, include: Sequence[str] = ()) -> tuple[str, list]:
        """The SQL condition of ``f`` over ``ev`` (as :func:`mapapp.filters.apply_filters`) and its parameters;
        the events with ids in ``include`` pass whatever the filters (a permalinked event)."""
        parts = ["date_from <= ?", "date_to >= ?"]
        params: list = [f.date_to.isoformat(), f.date_from.isoformat()]
        if f.event_types:
            parts.append("list_contains(?, event_type)")
            params.append(list(f.event_types))
        if f.actors:
            parts.append("(coalesce(list_contains(?, actor1_id), false) OR coalesce(list_contains(?, actor2_id), false))")
            params += [list(f.actors), list(f.actors)]
        if f.sources:
            parts.append("list_has_any(list_transform(string_split(coalesce(source, ''), ';'), lambda x: trim(x)), ?)")
            params.append(list(f.sources))
        if f.hide_partisan:
            parts.append("NOT coalesce(partisan_only, false)")
        if f.reviewed_only:
            parts.append("list_contains(?, coalesce(review_status, 'unreviewed'))")
            params.append(list(REVIEWED))
        allowed = confidence_allowed(f.min_confidence)
        if allowed:
            parts.append("list_contains(?, coalesce(confidence, ''))")
            params.append(list(allowed))
        terms = _terms(f.query, self.synonyms) if (f.query or "").strip() else []
        if terms:
            self._ensure_haystack()
            conds = ["(" + " OR ".join(["contains(hay, ?)"] * len(alts)) + ")" for alts in terms]
            parts.append("_row IN (SELECT _row FROM hay WHERE " + " AND ".join(conds) + ")")
            params += [w for alts in terms for w in alts]
        where = " AND ".join(f"({p})" for p in parts)
        if include:
            where, params = f"(({where}) OR list_contains(?, event_id))", [*params, list(include)]
        return where, params

    def filter_key(self, f: Filters, include: Sequence[str] = ()) -> tuple:
        """A hashable key of the events ``f`` (and ``include``) select: equal keys, equal events."""
        where, params = self._where(f, include)
        return where, _hashable(params)

    def shared(self, kind: str, key: Hashable, make: Callable[[], object]) -> object:
        """A value made from this store's events, made once and shared by every session.

        The events of a build never change, so what is derived from them for one key (the
        map's symbol layer at some filters, :func:`mapapp.mapview.events_layer`) is the same
        for every session that asks: another analyst at the same dates, or a return to dates
        already seen, costs a lookup. The :data:`SHARED_CACHED` most recently used values of
        each ``kind`` are kept. A session asking for a value that another session is making
        waits for it instead of making it again (ten sessions moving to the same dates make
        it once). Callers must not modify the value.

        Parameters
        ----------
        kind : str
            What the value is (each kind has its own cache).
        key : hashable
            What the value depends on (e.g. :meth:`filter_key`).
        make : callable
            Makes the value when it is not kept.

        Returns
        -------
        object
            The kept (or newly made) value.
        """
        while True:
            with self._lock:
                cache = self._shared.setdefault(kind, OrderedDict())
                if key in cache:
                    cache.move_to_end(key)
                    return cache[key]
                pending = self._making.get((kind, key))
                if pending is None:
                    pending = self._making[(kind, key)] = threading.Event()
                    break
            pending.wait()  # another session is making it: use theirs (or make it, if theirs failed)
        try:
            value = make()
            with self._lock:
                cache[key] = value
                while len(cache) > SHARED_CACHED:
                    cache.popitem(last=False)
            return value
        finally:
            with self._lock:
                self._making.pop((kind, key), None)
            pending.set()

    def use_places(self, places: dict) -> None:
        """The build's places (``places.geojson``): a place's name searched in one language also
        finds its name in the other (:func:`mapapp.search.place_synonyms`, made on first search)."""
        with self._lock:
            self._places, self._synonyms = places, None

    @property
    def synonyms(self) -> dict[str, tuple[str, ...]]:
        """:func:`mapapp.search.place_synonyms` of the places given to :meth:`use_places`."""
        with self._lock:
            if self._synonyms is None:
                from .search import place_synonyms

                self._synonyms = place_synonyms(self._places)
            return self._synonyms

    def _ensure_haystack(self) -> None:
        """The normalised searchable text of every event (:func:`mapapp.search.haystack`), made once."""
        with self._lock:
            if self._has_hay:
                return
            from .search import FIELDS, haystack

            frame = self._columns([c for c in FIELDS])
            hay = pd.DataFrame({"_row": np.arange(len(frame), dtype=np.int64),
                                "hay": haystack(frame).to_numpy(dtype=object) if len(frame) else []})
            con = self._cursor()
            con.register("hay_frame", hay)
            con.execute("CREATE TABLE hay AS SELECT * FROM hay_frame")
            con.unregister("hay_frame")
            self._has_hay = True

    def filtered_rows(self, f: Filters, include: Sequence[str] = ()) -> np.ndarray:
        """The file positions (``_row``) of the events that pass ``f`` (or are in ``include``), in file order."""
        where, params = self._where(f, include)
        rows = self._cursor().execute(f"SELECT _row FROM ev WHERE {where} ORDER BY _row", params).fetchnumpy()
        return np.asarray(rows["_row"], dtype=np.int64)

    # ------------------------------------------------------------------ questions
    def counts(self, f: Filters) -> Counts:
        """How many events pass ``f``, how many of them are unreviewed, and their dead."""
        where, params = self._where(f)
        n, unrev, killed, killed_unrev = self._aggregate(
            "SELECT count(*), count(*) FILTER (WHERE coalesce(review_status, 'unreviewed') = 'unreviewed'), "
            "coalesce(sum(coalesce(fatalities, 0)), 0), coalesce(sum(coalesce(fatalities, 0)) "
            f"FILTER (WHERE coalesce(review_status, 'unreviewed') = 'unreviewed'), 0) FROM ev WHERE {where}",
            params)
        return Counts(int(n), int(unrev), int(killed), int(killed_unrev))

    def place_counts(self, f: Filters, include: Sequence[str] = ()) -> dict[str, int]:
        """Events shown per gazetteer place (label priority, outlines of the places drawn); ``include``:
        event ids shown whatever the filters."""
        where, params = self._where(f, include)
        df = self._query(f"SELECT place_id, count(*) AS n FROM ev WHERE {where} AND place_id IS NOT NULL "
                         "GROUP BY place_id ORDER BY n DESC, place_id", params)
        return dict(zip(df["place_id"], df["n"].astype(int)))

    def symbols(self, f: Filters, style_keys: Sequence[str], k: int, include: Sequence[str] = (),
                columns: Sequence[str] | None = None) -> list[dict]:
        """The map's symbols: one per (place, event type, sub-type style), newest first.

        Events without a point are left out; those without a gazetteer place group by their point.

        Parameters
        ----------
        f : Filters
        style_keys : sequence of str
            Sub-event types with a style of their own (others group under ``""``).
        k : int
            How many of the newest events of each symbol to return as records (its popup).
        include : sequence of str
            Event ids shown whatever the filters (a permalinked event).
        columns : sequence of str, optional
            The event columns the records carry (default: all; the map's popups need about half).

        Returns
        -------
        list of dict
            ``place`` (place id, or ``"lat,lon"``), ``event_type``, ``style_key``, ``count``,
            ``fatalities``, ``unreviewed``, ``approximate`` (how many of its events' locations are approximate), ``rows`` (the newest ``k`` file positions, newest
            first) and ``records`` (those events as dicts, typed as the events frame).
            Ordered as :func:`mapapp.mapview.group_events` orders its groups (by newest event).
        """
        where, params = self._where(f, include)
        key = (where, _hashable(params), tuple(style_keys), int(k), tuple(columns) if columns is not None else None)
        with self._lock:
            hit = self._symbols_cache.get(key)
            if hit is not None:
                self._symbols_cache.move_to_end(key)
        if hit is None:
            hit = self._symbols(where, params, style_keys, k, columns)
            with self._lock:
                self._symbols_cache[key] = hit
                while len(self._symbols_cache) > SYMBOLS_CACHED:
                    self._symbols_cache.popitem(last=False)
        # copies: a caller may add to a symbol or its records (truce fields), never to the shared ones
        return [{**s, "rows": list(s["rows"]), "records": [dict(r) for r in s["records"]]} for s in hit]

    def _symbols(self, where: str, params: list, style_keys: Sequence[str], k: int,
                 columns: Sequence[str] | None) -> list[dict]:
        """:meth:`symbols`, queried: one aggregate per symbol, with its newest ``k`` rows (``max_by``).

        Newest = by when it began (``date_from``, ``time_from``, then ``date_to``: the Feed's order), then
        file position descending (as :func:`mapapp.mapview.group_events` orders a group's rows); a hash aggregate, no window
        over every event (a third of the window query's time at 100k events).
        """
        sql = f"""
            SELECT place_id, CASE WHEN place_id IS NULL THEN latitude END AS klat,
                   CASE WHEN place_id IS NULL THEN longitude END AS klon, event_type,
                   CASE WHEN list_contains(?, sub_event_type) THEN sub_event_type ELSE '' END AS skey,
                   count(*) AS n, sum(coalesce(fatalities, 0)) AS fat,
                   count(*) FILTER (WHERE coalesce(review_status, 'unreviewed') = 'unreviewed') AS unrev,
                   count(*) FILTER (WHERE coalesce(approximate, false)) AS napprox,
                   max_by(_row, ({START_KEY}, _row), ?) AS top
            FROM ev WHERE {where} AND latitude IS NOT NULL AND longitude IS NOT NULL AND event_type IS NOT NULL
              AND NOT isnan(latitude) AND NOT isnan(longitude)
            GROUP BY ALL
        """
        found = self._cursor().execute(sql, [list(style_keys), int(k), *params]).fetchall()
        if not found:
            return []
        all_rows = [int(r) for t in found for r in t[-1]]
        recs = dict(zip(all_rows, self._shared_records(np.asarray(all_rows, dtype=np.int64), columns)))

        def newest(t) -> tuple:  # group order: by each group's newest event (start, then file position), newest first
            first = recs[int(t[-1][0])]
            return start_key(first), int(t[-1][0])

        out = []
        for t in sorted(found, key=newest, reverse=True):
            place, klat, klon, etype, skey, n, fat, unrev, napprox, top = t
            rows = [int(r) for r in top]
            first = recs[rows[0]]
            name = place if isinstance(place, str) else f"{first['latitude']},{first['longitude']}"
            out.append({"place": name, "event_type": etype, "style_key": skey, "count": int(n),
                        "fatalities": int(fat or 0), "unreviewed": int(unrev), "approximate": int(napprox), "rows": rows,
                        "records": [recs[r] for r in rows]})
        return out

    def symbol_rows(self, f: Filters, place: str, event_type: str, style_key: str,
                    style_keys: Sequence[str], include: Sequence[str] = ()) -> pd.DataFrame:
        """All events of one symbol (see :meth:`symbols`), newest first, as an events frame."""
        where, params = self._where(f, include)
        if "," in place and place.replace(",", "").replace(".", "").replace("-", "").isdigit():
            lat, lon = (float(x) for x in place.split(","))
            at = "place_id IS NULL AND latitude = ? AND longitude = ?"
            at_params: list[float | str] = [lat, lon]
        else:
            at, at_params = "place_id = ?", [place]
        rows = self._cursor().execute(
            f"SELECT _row FROM ev WHERE {where} AND {at} AND event_type = ? AND latitude IS NOT NULL "
            "AND longitude IS NOT NULL AND (CASE WHEN list_contains(?, sub_event_type) THEN sub_event_type "
            f"ELSE '' END) = ? ORDER BY {START_KEY} DESC, _row DESC",
            [*params, *at_params, event_type, list(style_keys), style_key]).fetchnumpy()["_row"]
        return self.records_frame(np.asarray(rows, dtype=np.int64))

    def rows(self, f: Filters, columns: Sequence[str] | None = None, limit: int = 100, offset: int = 0,
             order: Sequence[str] = ("event_date", "event_id")) -> pd.DataFrame:
        """A page of the events that pass ``f`` (for tables and feeds), sorted by ``order`` ascending.

        Parameters
        ----------
        f : Filters
        columns : sequence of str, optional
            Event columns to return (default: all).
        limit, offset : int
            The page.
        order : sequence of str
            Core columns to sort by (ties by file position).
        """
        bad = [c for c in order if c not in CORE]
        if bad:
            raise ValueError(f"rows() sorts by core columns only, not {bad}")
        where, params = self._where(f)
        by = ", ".join(f'"{c}" NULLS LAST' for c in order)
        picked = self._cursor().execute(f"SELECT _row FROM ev WHERE {where} ORDER BY {by}, _row LIMIT ? OFFSET ?",
                                        [*params, int(limit), int(offset)]).fetchnumpy()["_row"]
        frame = self.records_frame(np.asarray(picked, dtype=np.int64))
        return frame[list(columns)] if columns is not None else frame

    def without_point(self, f: Filters, include: Sequence[str] = ()) -> pd.DataFrame:
        """The events that pass ``f`` (or are in ``include``) with no point to draw (no latitude or
        longitude: a place known only as an area without a cited point or outline, such as the
        governorate, or no place at all), oldest first; the map cannot draw them, so it lists them.

        Parameters
        ----------
        f : Filters
        include : sequence of str
            Event ids shown whatever the filters (a permalinked event).

        Returns
        -------
        DataFrame
            The events' records (all columns), by ``event_date`` then ``event_id``.
        """
        where, params = self._where(f, include)
        picked = self._cursor().execute(
            f"SELECT _row FROM ev WHERE {where} AND (latitude IS NULL OR longitude IS NULL OR isnan(latitude) "
            "OR isnan(longitude)) ORDER BY event_date NULLS LAST, event_id, _row", params).fetchnumpy()["_row"]
        return self.records_frame(np.asarray(picked, dtype=np.int64))

    def per_day(self, f: Filters, by: str = "event_type") -> pd.DataFrame:
        """Events and dead per day (``event_date``) and ``by`` (a core column) among those that pass ``f``.

        Returns
        -------
        DataFrame
            ``day`` (date), ``by``'s column, ``events``, ``fatalities``; sorted by day then key.
        """
        if by not in CORE:
            raise ValueError(f"per_day() groups by a core column, not {by!r}")
        where, params = self._where(f)
        df = self._query(f'SELECT event_date AS day, "{by}", count(*) AS events, '
                         f"sum(coalesce(fatalities, 0)) AS fatalities FROM ev WHERE {where} "
                         f'GROUP BY ALL ORDER BY day, "{by}"', params)
        df["day"] = pd.to_datetime(df["day"]).dt.date
        df["events"] = df["events"].astype(int)
        df["fatalities"] = df["fatalities"].astype(int)
        return df

    def start_days(self, f: Filters) -> tuple[dt.date, ...]:
        """The days on which the events that pass ``f`` begin, a day before ``f.date_from`` counted
        as that day (an event already under way when the range starts), oldest first, once each:
        the days on which the events shown over a range from ``f.date_from`` change as its end moves on.
        """
        where, params = self._where(f)
        day = "TRY_CAST(left(CAST(date_from AS VARCHAR), 10) AS DATE)"
        got = self._cursor().execute(
            f"SELECT DISTINCT greatest({day}, CAST(? AS DATE)) AS d FROM ev WHERE {where} AND {day} IS NOT NULL "
            "ORDER BY d", [f.date_from.isoformat(), *params]).fetchall()
        return tuple(d if isinstance(d, dt.date) and not isinstance(d, dt.datetime) else dt.date.fromisoformat(str(d)[:10])
                     for (d,) in got)

    def event_rows(self, event_ids: Sequence[str]) -> pd.DataFrame:
        """The events with these ids (any order), as an events frame."""
        if not event_ids:
            return self.records_frame(np.zeros(0, dtype=np.int64))
        rows = self._cursor().execute("SELECT _row FROM ev WHERE list_contains(?, event_id) ORDER BY _row",
                                      [list(event_ids)]).fetchnumpy()["_row"]
        return self.records_frame(np.asarray(rows, dtype=np.int64))

    @property
    def has_links(self) -> bool:
        """Whether the build lists where the ids of its merged, rejected and set-aside events went
        (``event_links.parquet``): without it, :meth:`link` finds merged ids only."""
        return self._links is not None

    def link(self, event_id: str) -> dict | None:
        """Where an id that is no event of this build went (:mod:`pipeline.eventlinks`).

        One row of ``event_links.parquet``, read from the file for this id (the answers for the
        last :data:`LINKS_REMEMBERED` ids asked are kept). A build without the file is asked
        through the events' ``merged_ids`` (merged ids only).

        Parameters
        ----------
        event_id : str
            The id a link names.

        Returns
        -------
        dict or None
            ``status`` (``merged``, ``rejected`` or ``set_aside``), ``event_id`` (the event it is now
            part of, merged ids only), ``article_id``, ``reviewed_by``, ``reviewed_at``, ``reason``,
            ``sentence_score``; None when the build does not list the id (an event's own id, or gone).
        """
        with self._lock:
            if event_id in self._links_seen:
                self._links_seen.move_to_end(event_id)
                return self._links_seen[event_id]
        found = self._link(event_id)
        with self._lock:
            self._links_seen[event_id] = found
            while len(self._links_seen) > LINKS_REMEMBERED:
                self._links_seen.popitem(last=False)
        return found

    def _link(self, event_id: str) -> dict | None:
        if self._links is None:  # an older build: its events' merged ids
            self._ensure_text(["merged_ids"])
            row = self._cursor().execute(
                "SELECT e.event_id FROM x_merged_ids x JOIN ev e ON e._row = x._row WHERE contains(';' || x.v || ';', "
                "';' || ? || ';') AND e.event_id IS DISTINCT FROM ? ORDER BY x._row LIMIT 1", [event_id, event_id]).fetchone()
            return None if row is None else {**dict.fromkeys(LINK_FIELDS, ""), "status": "merged", "event_id": row[0],
                                             "sentence_score": None}
        try:
            cur = self._cursor().execute(f"SELECT {', '.join(LINK_FIELDS)} FROM read_parquet(?) WHERE id = ? LIMIT 1",
                                         [str(self._links), event_id])
            row = cur.fetchone()
        except duckdb.Error as e:  # a file gone with its build version (the app reads the new build next)
            raise StoreError(f"{self._links}: {type(e).__name__}: {e}") from None
        return None if row is None else dict(zip(LINK_FIELDS, row))

    def date_range(self) -> tuple[dt.date, dt.date] | None:
        """The first and last event day (``date_from``/``date_to``), None without events."""
        lo, hi = self._aggregate("SELECT min(least(date_from, date_to)), max(greatest(date_from, date_to)) FROM ev")
        if lo is None or hi is None:
            return None
        return dt.date.fromisoformat(str(lo)[:10]), dt.date.fromisoformat(str(hi)[:10])

    def options(self) -> dict[str, list[str]]:
        """The filter choices: event types, actor ids and outlets present in the build."""
        cur = self._cursor()
        types = [r[0] for r in cur.execute("SELECT DISTINCT event_type FROM ev WHERE event_type IS NOT NULL").fetchall()]
        actors = [r[0] for r in cur.execute(
            "SELECT DISTINCT a FROM (SELECT actor1_id AS a FROM ev UNION ALL SELECT actor2_id FROM ev) "
            "WHERE a IS NOT NULL AND a <> ''").fetchall()]
        sources = [r[0] for r in cur.execute(
            "SELECT DISTINCT o FROM (SELECT trim(unnest(string_split(s, ';'))) AS o FROM "
            "(SELECT DISTINCT source AS s FROM ev WHERE source IS NOT NULL)) WHERE o <> ''").fetchall()]
        return {"types": sorted(types), "actors": sorted(actors), "sources": sorted(sources)}

    def report_counts(self, event_ids: Sequence[str]) -> dict[str, int | list[str]]:
        """The reports of the events with these ids or merged into one (zone changes cite them): their
        ``report_ids`` (articles, curated or ACLED rows), or ``report_count`` from a build without them.

        As :func:`mapapp.mapview.zone_changes` reads a frame: an event's own id first,
        then the ids merged into it.
        """
        wanted = sorted(set(event_ids))
        if not wanted:
            return {}
        hits = self._cursor().execute(
            "SELECT _row, event_id, coalesce(CAST(report_count AS BIGINT), 1) FROM ev WHERE list_contains(?, event_id) "
            "OR coalesce(report_count, 1) > 1 ORDER BY _row", [wanted]).fetchall()
        rows = np.asarray([r for r, _, _ in hits], dtype=np.int64)
        frame = self._columns(["event_id", "merged_ids", "report_ids"], rows)
        out: dict[str, int | list[str]] = {}
        merged: list[tuple] = []
        for (_, eid, n), ids, keys in zip(hits, frame["merged_ids"], frame["report_ids"]):
            value: int | list[str] = list(keys) if isinstance(keys, list) and keys else int(n)
            if eid in wanted:
                out[eid] = value
            if n > 1:
                merged.append((ids, value))
        for ids, value in merged:
            for i in ids if isinstance(ids, list) else []:
                if i in wanted:
                    out.setdefault(i, value)
        return out

    # ------------------------------------------------------------------ review, feed and add queries
    def _ensure_text(self, columns: Sequence[str]) -> None:
        """Non-core columns as text (lists ``;``-joined) in table ``x_<column>`` (``_row``, ``v``): made once
        per store, on first use (queries of the Review, Feed and Add views)."""
        with self._lock:
            todo = [c for c in columns if c not in self._text_tables]
            if not todo:
                return
            raw = self._columns(todo)  # decoded: merged_ids is JSON text in the file
            con = self._cursor()
            for col in todo:
                vals = [";".join(map(str, v)) if isinstance(v, list) else (v if isinstance(v, str) else None)
                        for v in raw[col]]
                tab = pd.DataFrame({"_row": np.arange(len(raw), dtype=np.int64),
                                    "v": pd.Series(vals, dtype=object)})
                con.register("x_frame", tab)
                con.execute(f'CREATE TABLE "x_{col}" AS SELECT _row, CAST(v AS VARCHAR) AS v FROM x_frame')
                con.unregister("x_frame")
                self._text_tables.add(col)

    def status_counts(self) -> dict[str, int]:
        """Events per ``review_status`` (unreviewed when missing)."""
        rows = self._cursor().execute("SELECT coalesce(review_status, 'unreviewed'), count(*) FROM ev "
                                      "GROUP BY 1").fetchall()
        return {str(k): int(n) for k, n in rows}

    def _article_condition(self, article: str) -> tuple[str, list]:
        """Events of an article: its own (``article_id``), or with a merged id ``<article>-e…``."""
        self._ensure_text(["article_id", "merged_ids"])
        return ("(_row IN (SELECT _row FROM x_article_id WHERE v = ?) OR _row IN (SELECT _row FROM x_merged_ids "
                "WHERE contains(';' || v, ?)))", [article, f";{article}-e"])

    def review_queue(self, status: str = "unreviewed", date_from: dt.date | None = None,
                     date_to: dt.date | None = None, types: Sequence[str] = (), article: str = "",
                     limit: int = 500) -> tuple[pd.DataFrame, int]:
        """The Review page's queue: the newest ``limit`` events to review, and how many there are.

        Selects and orders as :func:`mapapp.reviewview.queue` does over the whole frame
        (newest first by when they began, :data:`START_KEY`, the Feed's order; ties newest file position
        first), in SQL.

        Parameters
        ----------
        status : str
            A ``review_status``, or ``"all"``.
        date_from, date_to : datetime.date, optional
            Keep events whose date range overlaps these days.
        types : sequence of str
            Event types (empty: all).
        article : str
            An article id (empty: all): its events, including those merged with other reports.
        limit : int
            How many events to return at most (records, as an events frame).

        Returns
        -------
        (DataFrame, int)
            The queue's first ``limit`` events (all columns), and the queue's length.
        """
        parts: list[str] = ["TRUE"]
        params: list[object] = []
        if status != "all":
            parts.append("coalesce(review_status, 'unreviewed') = ?")
            params.append(status)
        if date_from is not None:
            parts.append("date_to >= ?")
            params.append(date_from.isoformat())
        if date_to is not None:
            parts.append("date_from <= ?")
            params.append(date_to.isoformat())
        if types:
            parts.append("list_contains(?, event_type)")
            params.append(list(types))
        if article:
            cond, more = self._article_condition(article)
            parts.append(cond)
            params += more
        self._ensure_text(["time_from"])
        where = " AND ".join(parts)
        (total,) = self._aggregate(f"SELECT count(*) FROM ev WHERE {where}", params)
        picked = self._cursor().execute(
            f"SELECT q._row FROM (SELECT _row, date_from, date_to FROM ev WHERE {where}) q LEFT JOIN x_time_from t "
            "ON t._row = q._row ORDER BY coalesce(CAST(q.date_from AS VARCHAR), '') || ' ' || coalesce(t.v, '') || ' ' "
            "|| coalesce(CAST(q.date_to AS VARCHAR), '') DESC, q._row DESC LIMIT ?",
            [*params, int(limit)]).fetchnumpy()["_row"]
        return self.records_frame(np.asarray(picked, dtype=np.int64)), int(total)

    def near(self, event_id: str, day: dt.date, event_type: str | None, days: int = 3,
             limit: int = 200) -> pd.DataFrame:
        """Other events within ``days`` of ``day``, the same type first (then file order): the merge candidates
        :func:`mapapp.reviewview.merge_candidates` finds, at most ``limit`` of them."""
        lo, hi = day - dt.timedelta(days=days), day + dt.timedelta(days=days)
        picked = self._cursor().execute(
            "SELECT _row FROM ev WHERE event_id IS DISTINCT FROM ? AND date_to >= ? AND date_from <= ? "
            "ORDER BY CASE WHEN event_type = ? THEN 0 ELSE 1 END, _row LIMIT ?",
            [event_id, lo.isoformat(), hi.isoformat(), event_type, int(limit)]).fetchnumpy()["_row"]
        return self.records_frame(np.asarray(picked, dtype=np.int64))

    def article_events(self, article: str) -> pd.DataFrame:
        """The events made from one article (a merged id ``<article>-e…``), file order, as an events frame."""
        self._ensure_text(["merged_ids"])
        picked = self._cursor().execute("SELECT _row FROM x_merged_ids WHERE contains(';' || v, ?) ORDER BY _row",
                                        [f";{article}-e"]).fetchnumpy()["_row"]
        return self.records_frame(np.asarray(picked, dtype=np.int64))

    def newest(self, f: Filters, limit: int = 50, offset: int = 0) -> pd.DataFrame:
        """A page of the events that pass ``f``, newest first by when they began (``date_from``, ``time_from``,
        then ``date_to``; ties newest file position first), as :func:`mapapp.feedview.newest_first` orders
        the filtered frame."""
        where, params = self._where(f)
        self._ensure_text(["time_from"])
        picked = self._cursor().execute(
            f"SELECT q._row FROM (SELECT _row, date_from, date_to FROM ev WHERE {where}) q LEFT JOIN x_time_from t "
            "ON t._row = q._row ORDER BY CAST(q.date_from AS VARCHAR) || ' ' || coalesce(t.v, '') || ' ' "
            "|| CAST(q.date_to AS VARCHAR) DESC, q._row DESC LIMIT ? OFFSET ?",
            [*params, int(limit), int(offset)]).fetchnumpy()["_row"]
        return self.records_frame(np.asarray(picked, dtype=np.int64))

    def key_events(self, f: Filters, limit: int = 8) -> tuple[pd.DataFrame, int]:
        """The ``limit`` most important events that pass ``f`` and how many pass, for the briefing's
        "Key events" list (:func:`mapapp.briefing.key_events` is the same order over a frame).

        Most killed first; at the same toll the violent types (:data:`pipeline.acled_vocab.VIOLENT_TYPES`)
        before the others; then newest first by when they began (:data:`START_KEY`); ties newest file
        position first. Only the listed events' records are read.

        Returns
        -------
        (DataFrame, int)
            The listed events' records (all columns), in that order, and the number of events that pass ``f``.
        """
        from pipeline.acled_vocab import VIOLENT_TYPES

        where, params = self._where(f)
        got = self._cursor().execute(
            f"SELECT _row, count(*) OVER () AS n FROM ev WHERE {where} ORDER BY coalesce(fatalities, 0) DESC, "
            f"coalesce(list_contains(?, event_type), false) DESC, {START_KEY} DESC, _row DESC LIMIT ?",
            [*params, sorted(VIOLENT_TYPES), int(limit)]).fetchnumpy()
        total = int(got["n"][0]) if len(got["n"]) else 0
        if not total:  # nothing listed: still how many pass (none, or a limit of 0)
            total = self.counts(f).shown
        return self.records_frame(np.asarray(got["_row"], dtype=np.int64)), total

    # ------------------------------------------------------------------ records
    def _fetch(self, rows: np.ndarray | None, columns: Sequence[str]) -> pa.Table:
        """Event columns of the rows at these file positions (in this order; all rows when None), from the file.

        DuckDB reads the file and keeps only those rows' values (joined on the file's row
        numbers): a popup's few rows cost little whatever the number of events. Columns the
        file lacks are left out.
        """
        assert self._parquet is not None
        have = [c for c in columns if c in self._parquet_columns]
        self.columns_read |= set(have)
        cur = self._cursor()
        cols = ", ".join(f'p."{c}"' for c in have) or "NULL AS _none"
        scan = "read_parquet(?, file_row_number = true) p"
        if rows is None:
            sql = f"SELECT {cols} FROM {scan} ORDER BY p.file_row_number"
        else:
            cur.register("wanted", pa.table({"_row": pa.array(rows, type=pa.int64()),
                                             "_ord": pa.array(np.arange(len(rows)), type=pa.int64())}))
            sql = f"SELECT {cols} FROM {scan} JOIN wanted w ON p.file_row_number = w._row ORDER BY w._ord"
        table = cur.sql(sql, params=[str(self._parquet)]).to_arrow_table()
        return table.select(have) if have else table.drop_columns(table.column_names)

    def _columns(self, columns: Sequence[str], rows: np.ndarray | None = None) -> pd.DataFrame:
        """Some event columns (all rows, or ``rows``), decoded, untyped."""
        if self._frame is not None:
            frame = self._frame if rows is None else self._frame.iloc[rows]
            return frame.reindex(columns=list(columns)).reset_index(drop=True)
        df = decode_columns(self._fetch(rows, columns).to_pandas())
        return df.reindex(columns=list(columns))

    def records_frame(self, rows: np.ndarray | Sequence[int]) -> pd.DataFrame:
        """The events at these file positions, in this order, as an events frame (typed, all columns),
        indexed by file position (as :meth:`frame` is: a filtered frame aligns with the whole one)."""
        rows = np.asarray(rows, dtype=np.int64)
        if self._frame is not None:
            return self._frame.iloc[rows]
        df = decode_columns(self._fetch(rows, EVENT_COLUMNS).to_pandas())
        df.index = pd.RangeIndex(0, 0) if not len(rows) else pd.Index(rows)
        return typed_frame(df.reindex(columns=EVENT_COLUMNS))

    def shown(self, f: Filters, include: Sequence[str] = ()) -> pd.DataFrame:
        """The events that pass ``f`` as an events frame, file order: :func:`mapapp.filters.apply_filters`
        of :meth:`frame`, without decoding the events that do not pass."""
        return self.records_frame(self.filtered_rows(f, include))

    def records(self, rows: Sequence[int] | np.ndarray, columns: Sequence[str] | None = None) -> list[dict]:
        """The events at these file positions as dicts (the popups' records), in this order.

        The values are those of :meth:`records_frame`'s rows (``to_dict("records")``), made
        straight from Arrow: a popup's few rows are not worth a DataFrame. ``columns``: only
        these event columns (default: all).
        """
        at = np.asarray(list(rows), dtype=np.int64)
        if self._frame is not None:
            frame = self.records_frame(at)
            cols = [c for c in frame.columns if c not in ("day_from", "day_to") and (columns is None or c in columns)]
            return frame[cols].to_dict("records")
        return [dict(r) for r in self._shared_records(at, columns)]

    def _shared_records(self, rows: np.ndarray, columns: Sequence[str] | None = None) -> list[dict]:
        """:meth:`records` as kept by the store: a build's events never change, so records already made
        are kept (shared by sessions; never handed out without a copy)."""
        if self._frame is not None:
            return self.records(rows, columns)
        with self._lock:
            cache = self._records_cache.setdefault(tuple(columns) if columns is not None else None, OrderedDict())
            known = {int(r): cache[int(r)] for r in rows if int(r) in cache}
            for r in known:  # least recently used dropped first: the rows every move shows stay
                cache.move_to_end(r)
        missing = np.asarray(sorted({int(r) for r in rows} - set(known)), dtype=np.int64)
        if len(missing):
            made = dict(zip(missing.tolist(), self._make_records(missing, columns)))
            with self._lock:
                cache.update(made)
                while len(cache) > RECORDS_CACHED:
                    cache.popitem(last=False)
            known.update(made)
        return [known[int(r)] for r in rows]

    def _make_records(self, rows: np.ndarray, columns: Sequence[str] | None = None) -> list[dict]:
        """:meth:`records` read from the file and decoded.

        Decoded column by column, then zipped into one dict a row: a third of the time of decoding
        row by row (~2,300 records a slider move at 100k events).
        """
        wanted = EVENT_COLUMNS if columns is None else [c for c in EVENT_COLUMNS if c in set(columns)]
        table = self._fetch(rows, wanted)
        n = table.num_rows
        absent = [c for c in wanted if c not in table.column_names]
        floats = {f.name for f in table.schema if pa.types.is_floating(f.type)} | (_NUMERIC & set(wanted))
        cols = {name: table.column(name).to_pylist() for name in table.column_names}
        cols.update(_decoded_text_columns(cols))
        for col in floats:
            if col in cols:
                cols[col] = [_number(v) if v is None or isinstance(v, str) else v for v in cols[col]]
        if "partisan_only" in cols:
            cols["partisan_only"] = [bool(v or False) for v in cols["partisan_only"]]
        if "review_status" in cols:
            cols["review_status"] = ["unreviewed" if v is None else v for v in cols["review_status"]]
        if "fatalities" in cols:
            cols["fatalities"] = [0 if fat != fat else int(fat) for fat in map(_number, cols["fatalities"])]
        for col in absent:
            cols[col] = [np.nan] * n
        if not cols:
            return [{} for _ in range(n)]
        keys = list(cols)
        return [dict(zip(keys, values)) for values in zip(*cols.values())]

    def frame(self) -> pd.DataFrame:
        """Every event as one pandas frame (for the views that still filter in pandas): read when asked."""
        if self._frame is not None:
            return self._frame
        return self.records_frame(np.arange(self.total, dtype=np.int64))


#: Symbol sets kept per store (filters → :meth:`EventStore.symbols`), shared by sessions: another
#: analyst at the same dates, or a return to dates seen, costs no query. Each holds its popups'
#: records (~2,300 at 100k events, ~5 KB each as dicts, shared with the records kept below).
SYMBOLS_CACHED = 8
#: Values kept per store and kind (:meth:`EventStore.shared`): the map's symbol layers as packed
#: text (~0.5 MB each at 100k events: ~900 symbols with their popups, deflated).
SHARED_CACHED = 8
#: Event records kept per store (:meth:`EventStore.records`: the popups' rows), oldest dropped first:
#: moving the start date keeps every symbol's newest events, so their records are not read again.
RECORDS_CACHED = 5_000


def _hashable(value):
    """Query parameters as a dictionary key (lists as tuples)."""
    if isinstance(value, list | tuple):
        return tuple(_hashable(v) for v in value)
    return value


#: Columns the events frame makes numeric (missing values NaN).
_NUMERIC = frozenset({"latitude", "longitude", "geo_precision", "injuries", "displaced"})


def _number(v) -> float:
    """``pd.to_numeric(..., errors="coerce")`` of one value: a float or NaN."""
    if v is None:
        return np.nan
    try:
        return float(v)
    except (TypeError, ValueError):
        return np.nan


def _terms(query: str, synonyms: dict[str, tuple[str, ...]]) -> list[tuple[str, ...]]:
    from .search import query_terms  # (search imports the Arabic normaliser: only when someone searches)

    return query_terms(query, synonyms)
