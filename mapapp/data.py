"""Loading the pipeline's output folder for the app (the app never parses articles).

``ensure_built`` rebuilds the outputs when they are stale by the pipeline's one rule
(:func:`pipeline.freshness.stale_reason`: input hashes, the pipeline's code fingerprint,
published files whole) through the one function that starts builds
(:func:`pipeline.freshness.ensure_fresh`, which holds the output folder's build lock);
``load_dataset`` reads them into a :class:`Dataset`, raising :class:`BrokenBuild` naming
the file when a published file cannot be read. Events are read through an
:class:`mapapp.store.EventStore` over ``events.parquet`` (only the columns filters and
symbols need); the whole events frame (:attr:`Dataset.events`) is decoded only when a view
that still works in pandas asks for it. A build without ``events.parquet`` is read from
``events.geojson`` as before.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any

import numpy as np
import orjson
import pandas as pd

from pipeline.eventlinks import LINKS_FILE
from pipeline.truces import lapsed, status_as_of, status_words, truces_frame

from .articlestore import ArticleStore, StoredArticles
from .store import EVENT_COLUMNS, EventStore, StoreError, typed_frame

log = logging.getLogger(__name__)

ROOT = Path(__file__).resolve().parent.parent
BORDER = ROOT / "geo" / "border_sy_tr.geojson"


@dataclass(frozen=True)
class Paths:
    """Folders the app reads. Environment overrides (read at call time):
    ``QMAP_SEEDS``, ``QMAP_GEO``, ``QMAP_OUT``, ``QMAP_CURATED`` (``none``: extracted
    events only); ``QMAP_SKIP_BUILD=1`` shows an output
    folder as it is (benchmarks, archived builds) instead of rebuilding it when stale."""

    seeds: Path
    geo: Path
    out: Path
    skip_build: bool
    curated: Path | None = None


def paths() -> Paths:
    """The current :class:`Paths` (defaults: ``seeds/``, ``geo/``, ``build/`` of the repo)."""
    env = os.environ
    curated = env.get("QMAP_CURATED", str(ROOT / "curated"))
    return Paths(Path(env.get("QMAP_SEEDS", ROOT / "seeds")), Path(env.get("QMAP_GEO", ROOT / "geo")),
                 Path(env.get("QMAP_OUT", ROOT / "build")), env.get("QMAP_SKIP_BUILD", "") not in ("", "0"),
                 Path(curated) if curated not in ("", "none") else None)

@dataclass
class Dataset:
    """Everything the app shows, as read from one build.

    ``store`` answers the event queries (counts, symbols, pages of rows); ``events``, the
    whole events frame, is read from it on first use only (views that filter in pandas).
    """

    store: EventStore
    zones: dict
    places: dict
    articles: list[dict]
    border: dict | None
    manifest: dict
    errors: list[dict] = field(default_factory=list)
    unresolved: pd.DataFrame = field(default_factory=pd.DataFrame)
    #: The build's truces table (``truces.json``, computed by :mod:`pipeline.truces`).
    truces: pd.DataFrame = field(default_factory=lambda: truces_frame([]))
    reviews: dict = field(default_factory=dict)
    #: Published files that were missing (``events.geojson``, ``zones.geojson``...): the app says so.
    missing: list[str] = field(default_factory=list)
    #: ``outlets.json``: the trust of every outlet the events name (:mod:`pipeline.outlets`), by outlet.
    outlets: dict[str, dict] = field(default_factory=dict)
    #: ``activity.json`` (:mod:`pipeline.activity`): days with events, episodes, the latest window; None
    #: for a build older than it (the app then opens on the whole range). Play asks the event store for
    #: its days, under the filters in force (:func:`mapapp.playback.stop_days`).
    activity: dict | None = None

    @property
    def low_trust(self) -> frozenset[str]:
        """The outlets marked low trust (``curated/outlets.tsv``, through the build's ``outlets.json``)."""
        return frozenset(name for name, o in self.outlets.items() if o.get("trust") == "low")

    @cached_property
    def events(self) -> pd.DataFrame:
        """Every event as one frame (:func:`events_frame` columns), decoded on first use."""
        return self.store.frame()

    @cached_property
    def search_index(self) -> pd.Series:
        """The normalised searchable text of every event (:func:`mapapp.search.haystack`), computed once."""
        from .search import haystack

        return haystack(self.events)

    def with_truce_status(self, events: pd.DataFrame, as_of: dt.date | None = None) -> pd.DataFrame:
        """``events`` plus ``truce_status`` and ``truce_violations`` for the truces among them; with
        ``as_of`` (the range's end), the status as it may be said of that day
        (:func:`pipeline.truces.status_as_of`: "no report since …" after the truce's evidence)."""
        if "sub_event_type" not in events or not (agreements := events["sub_event_type"] == "Agreement").any():
            return events
        if as_of is None or self.truces.empty:
            status, count = self._truce_maps
        else:  # worked out for the truces of this frame only (:meth:`_truce_status_of`)
            ids = [str(i) for i in events.loc[agreements, "event_id"]]
            shared = self._truce_status_of(ids, as_of)  # (other sessions may add to it while this one maps)
            status, count = {i: shared.get(i) for i in ids}, self._truce_maps[1]
        return events.assign(truce_status=events["event_id"].map(status),
                             truce_violations=events["event_id"].map(count))

    @cached_property
    def options(self) -> dict[str, list[str]]:
        """Filter choices (event types, actor ids, outlets), computed once per build."""
        return self.store.options()

    @cached_property
    def source_groups(self) -> dict[str, tuple[str, ...]]:
        """The Sources filter's outlets and their source names (:func:`mapapp.sourcegroups.groups`), once per build."""
        from .sourcegroups import groups

        return groups(self.options["sources"])

    @cached_property
    def source_languages(self) -> dict[str, set[str]]:
        """Source name -> its articles' languages (:func:`mapapp.sourcegroups.article_languages`), once per build."""
        from .sourcegroups import article_languages

        return article_languages(self.articles)

    @cached_property
    def bounds(self):
        """The date slider's range (all event days and zone changes, padded)."""
        from .filters import date_bounds

        return date_bounds(None, self.zones, days=self.store.date_range())

    @cached_property
    def default_range(self):
        """The range the app opens on: the build's latest activity (:func:`mapapp.daterange.default_range`)."""
        from .daterange import default_range

        return default_range(self.activity, self.bounds)

    @property
    def zones_latest_evidence(self) -> str | None:
        """The latest day the zones' evidence speaks of (``zones.geojson``, from the build); None if unknown."""
        return self.zones.get("latest_evidence")

    @cached_property
    def _truce_maps(self) -> tuple[dict, dict]:
        """Truce event id → status, and → number of violations (made once per build)."""
        t = self.truces
        if t.empty:
            return {}, {}
        # the one wording of a truce's status (pipeline.truces.status_words), as the reports and events say it
        return (dict(zip(t["event_id"], status_as_of(t, None))),
                dict(zip(t["event_id"], map(len, t["violations"]))))

    @cached_property
    def _truce_rows(self) -> tuple[dict[str, int], list[dict]]:
        """Truce event id → its row of :attr:`truces`, and the rows as dicts (made once per build)."""
        t = self.truces
        return {str(i): n for n, i in enumerate(t["event_id"])}, t.to_dict("records")

    def _truce_status_of(self, ids: list[str], as_of: dt.date) -> dict:
        """The status words of the truces ``ids`` as of ``as_of``
        (:func:`pipeline.truces.status_words` of each, lapsed or not by :func:`pipeline.truces.lapsed`), worked
        out for these truces only: a slider move shows a few hundred of many thousand. Remembered per day
        for every session."""
        memo = self._truce_status_by_day  # shared by the sessions
        got = memo.get(as_of)
        if got is None:
            if len(memo) > 64:  # a long Play or many ranges: forget, never grow without bound
                memo.clear()
            got = memo.setdefault(as_of, ({}, lapsed(self.truces, as_of).to_numpy()))
        status, stale = got
        rows, records = self._truce_rows
        for i in ids:
            if i not in status and i in rows:
                n = rows[i]
                status[i] = status_words(records[n], bool(stale[n]))
        return status

    @cached_property
    def _truce_status_by_day(self) -> dict:
        return {}

    def truce_status(self, records: list[dict], as_of: dt.date | None = None) -> list[dict]:
        """``records`` (event dicts) with ``truce_status``/``truce_violations`` on the truces among them,
        as :meth:`with_truce_status` adds them to a frame (``as_of``: the range's end)."""
        ids = [str(r["event_id"]) for r in records if r.get("sub_event_type") == "Agreement"]
        if not ids or self.truces.empty:
            return records
        if as_of is None:
            status, count = self._truce_maps
        else:
            status, count = self._truce_status_of(ids, as_of), self._truce_maps[1]
        return [{**r, "truce_status": status.get(r["event_id"], np.nan),
                 "truce_violations": count.get(r["event_id"], np.nan)} for r in records]

    @cached_property
    def article_texts(self) -> Mapping[str, str]:
        """Article id → its text (``articles.json``; each read when asked for, :mod:`mapapp.articlestore`):
        the further sentences of an event are sliced from it (:mod:`mapapp.further`)."""
        if isinstance(self.articles, StoredArticles):
            return self.articles.store.texts()
        return {str(a["id"]): a["text"] for a in self.articles}

    def with_further(self, records: list[dict]) -> list[dict]:
        """``records`` with their further sentences (``further``: the one a toll comes from marked;
        :func:`mapapp.further.with_further`), for the popups and the list under the map."""
        from .further import further_fields

        # a build's events never change, so what each adds is worked out once and shared by the sessions
        memo, texts = self._further_memo, self.article_texts
        if len(memo) > 50_000:  # never grow without bound (a million events browsed)
            memo.clear()
        out = []
        for r in records:
            key = r.get("event_id")
            add = memo.get(key) if isinstance(key, str) else None
            if add is None:
                add = further_fields(r, texts)
                if isinstance(key, str):
                    memo[key] = add
            out.append({**r, **add} if add else r)
        return out

    @cached_property
    def _further_memo(self) -> dict[str, dict]:
        return {}

    @property
    def place_parents(self) -> dict[str, str]:
        """place_id → parent id, for containment questions."""
        return {f["properties"]["place_id"]: f["properties"].get("parent") or ""
                for f in self.places.get("features", [])}


#: Kinds of place an analyst does not give a point to on the curation page (whole countries and regions).
UNLOCATABLE_KINDS = frozenset({"country", "governorate", "region", "subdistrict"})


def uncited_places(places: dict) -> list[dict]:
    """The properties of the places with neither a cited point nor a cited outline (``places.geojson``)."""
    return [p for p in (f["properties"] for f in places.get("features", []))
            if not p.get("has_point") and not p.get("has_area")]


class BrokenBuild(Exception):
    """A published output file cannot be read (truncated, not JSON, wrong shape).

    Attributes
    ----------
    path : Path
        The broken file.
    """

    def __init__(self, path: Path, reason: str):
        self.path = path
        super().__init__(f"{path} is broken ({reason})")


def stale_reason(p: Paths | None = None) -> str | None:
    """Why the outputs need a build (the pipeline's one rule), or None."""
    from pipeline.freshness import stale_reason as rule

    p = p or paths()
    return rule(p.seeds, p.geo, p.out, p.curated)


def ensure_built(p: Paths | None = None, *, rebuild: bool = False, force: bool = False) -> bool:
    """Build the outputs if they are stale (unless ``skip_build``), or when ``rebuild``/``force``.

    Builds start only through :func:`pipeline.freshness.ensure_fresh`; it never waits for
    another build.

    Returns
    -------
    bool
        True when a build ran.

    Raises
    ------
    pipeline.freshness.BuildInProgress
        Another build of the output folder is running.
    """
    from pipeline.freshness import ensure_fresh

    p = p or paths()
    if p.skip_build and not (rebuild or force):  # an explicit rebuild (the About page's button) still builds
        return False
    stats = ensure_fresh(p.seeds, p.geo, p.out, p.curated, rebuild=rebuild, force=force, wait=0.0)
    if stats is None:
        return False
    log.info("built %s: %d events, %d errors", p.out, stats.events, len(stats.errors))
    return True


def events_frame(features: list[dict]) -> pd.DataFrame:
    """Events GeoJSON features → DataFrame with typed date columns (``day_from``, ``day_to``)."""
    rows = [f["properties"] for f in features]
    df = pd.DataFrame(rows, columns=EVENT_COLUMNS) if rows else pd.DataFrame(columns=EVENT_COLUMNS)
    return typed_frame(df)


def _read_json(path: Path, default, shape: type | None = None, missing: list[str] | None = None):
    """A published JSON file, ``default`` when it does not exist (its name added to ``missing``).

    Raises
    ------
    BrokenBuild
        Not UTF-8 JSON (a truncated file), or not of ``shape`` (dict or list).
    """
    try:
        value = orjson.loads(path.read_bytes())  # (articles.json is large: orjson reads it several times faster)
    except FileNotFoundError:
        if missing is not None:
            missing.append(path.name)
        return default
    except (OSError, ValueError) as e:  # JSONDecodeError and UnicodeDecodeError are ValueErrors
        raise BrokenBuild(path, f"{type(e).__name__}: {e}") from None
    if shape is not None and not isinstance(value, shape):
        raise BrokenBuild(path, f"a {type(value).__name__} where a {shape.__name__} belongs")
    return value


def _check_items(path: Path, items, keys: tuple[str, ...], what: str) -> None:
    """Each of ``items`` is an object holding ``keys``; else :class:`BrokenBuild` naming ``path``."""
    if not isinstance(items, list):
        raise BrokenBuild(path, f"its {what} are a {type(items).__name__}, not a list")
    for i, item in enumerate(items):
        if not isinstance(item, dict):
            raise BrokenBuild(path, f"{what} {i + 1} is a {type(item).__name__}, not an object")
        for key in keys:  # (a loop, not a list made per item: articles.json has hundreds of thousands)
            if key not in item:
                lost = [k for k in keys if k not in item]
                raise BrokenBuild(path, f"{what} {i + 1} has no {', '.join(lost)}")


def _check_member(path: Path, value: dict, key: str, shape: type) -> None:
    """``value[key]``, when there and not null, is of ``shape``; else :class:`BrokenBuild` naming ``path``."""
    v = value.get(key)
    if v is not None and not isinstance(v, shape):
        raise BrokenBuild(path, f"its {key!r} is a {type(v).__name__} where a {shape.__name__} belongs")


#: What the app reads of each article of ``articles.json`` (:mod:`pipeline.output`), and of its spans.
ARTICLE_KEYS = ("id", "published", "source", "text")
SPAN_KEYS = ("start", "end")


def check_article(path: Path, i: int, art: Any) -> None:
    """Check that article ``i`` (from 0) of ``articles.json`` at ``path`` holds what the views read.

    Raises
    ------
    BrokenBuild
        Naming the file and what is wrong in the article.
    """
    if not isinstance(art, dict):
        raise BrokenBuild(path, f"article {i + 1} is a {type(art).__name__}, not an object")
    for key in ARTICLE_KEYS:
        if key not in art:
            raise BrokenBuild(path, f"article {i + 1} has no {', '.join(k for k in ARTICLE_KEYS if k not in art)}")
    if not isinstance(art["text"], str):
        raise BrokenBuild(path, f"article {i + 1}'s text is not a string")
    for kind in ("mentions", "actors", "dates"):
        spans = art.get(kind, [])
        if spans or spans.__class__ is not list:  # (an empty list holds nothing to check)
            _check_items(path, spans, SPAN_KEYS, f"article {i + 1}'s {kind[:-1]}")


def check_shapes(out: Path, *, articles: Sequence, places: dict, zones: dict, reviews: dict, manifest: dict,
                 activity: dict | None) -> None:
    """Check that the build's JSON files hold what the views read (a list where an object belongs,
    a missing key would otherwise stop a page with a traceback).

    Raises
    ------
    BrokenBuild
        Naming the file and what is wrong in it (the app then rebuilds, or says how to).
    """
    path = out / "articles.json"  # (one path: made per article and kind, it cost a tenth of a load at 5k articles)
    if not isinstance(articles, StoredArticles):  # (read one at a time: each is checked as it is read)
        _check_items(path, articles, ARTICLE_KEYS, "article")
        for i, art in enumerate(articles):
            check_article(path, i, art)
    for name, fc, keys in (("places.geojson", places, ("place_id",)), ("zones.geojson", zones, ())):
        _check_items(out / name, fc.get("features"), ("properties", "geometry"), "feature")
        _check_items(out / name, [f["properties"] for f in fc["features"]], keys, "feature's properties")
    for key, keys in (("rejected", ()), ("problems", ()), ("restored", ("event_id",))):
        _check_member(out / "reviews.json", reviews, key, list)
        _check_items(out / "reviews.json", reviews.get(key) or [], keys, f"{key} item")
    _check_member(out / "manifest.json", manifest, "counts", dict)
    if activity is not None:
        _check_member(out / "activity.json", activity, "latest", dict)
        # ``play_days`` of older builds is not read (Play asks the store): its shape is no concern
        for key in ("days", "episodes"):
            _check_member(out / "activity.json", activity, key, list)


def _open_events(out: Path, missing: list[str]) -> EventStore:
    """The events of a build: ``events.parquet`` through the store, else ``events.geojson`` read whole.

    Raises
    ------
    BrokenBuild
        Naming the events file that cannot be read.
    """
    parquet = out / "events.parquet"
    # (a build older than the file has none: its merged ids are found in the events)
    links = out / LINKS_FILE if (out / LINKS_FILE).exists() else None
    if parquet.exists():
        try:
            return EventStore.open(parquet, links=links)
        except StoreError as e:
            raise BrokenBuild(parquet, str(e)) from None
    log.info("%s has no events.parquet (an older build): reading events.geojson", out)
    missing.append(parquet.name)
    empty_fc = {"type": "FeatureCollection", "features": []}
    events = _read_json(out / "events.geojson", empty_fc, dict, missing)
    try:
        frame = events_frame(events["features"])
    except (KeyError, TypeError, ValueError, AttributeError) as e:
        raise BrokenBuild(out / "events.geojson", f"not the build's events: {type(e).__name__}: {e}") from None
    return EventStore.from_frame(frame, links=links)


def load_dataset(out: Path | None = None, border: Path = BORDER) -> Dataset:
    """Read a build's outputs.

    Events come from ``events.parquet`` (:class:`mapapp.store.EventStore`: only the columns
    filters and symbols use are read now), or from ``events.geojson`` when the build has no
    parquet. A missing ``events.geojson`` (and no parquet) or ``zones.geojson`` reads as empty
    and is listed in :attr:`Dataset.missing` (the app says so); a file that is there but
    unreadable raises.

    Parameters
    ----------
    out : Path
        The output folder (``build/``).
    border : Path
        Border GeoJSON for context.

    Raises
    ------
    BrokenBuild
        Naming the published file that cannot be read (truncated, not JSON, wrong shape).
    """
    out = Path(out) if out is not None else paths().out
    missing: list[str] = []
    empty_fc = {"type": "FeatureCollection", "features": []}
    store = _open_events(out, missing)
    try:
        unresolved = pd.read_csv(out / "unresolved.csv") if (out / "unresolved.csv").exists() else pd.DataFrame()
    except (ValueError, OSError, UnicodeDecodeError) as e:
        raise BrokenBuild(out / "unresolved.csv", f"{type(e).__name__}: {e}") from None
    places = _read_json(out / "places.geojson", empty_fc, dict, missing)
    zones = _read_json(out / "zones.geojson", empty_fc, dict, missing)
    stored = ArticleStore.open(out)  # (the index: each article read when a view asks for it)
    articles = stored.articles if stored is not None else _read_json(out / "articles.json", [], list, missing)
    reviews = _read_json(out / "reviews.json", {}, dict)
    manifest = _read_json(out / "manifest.json", {}, dict)
    activity = _read_json(out / "activity.json", None, dict)
    check_shapes(out, articles=articles, places=places, zones=zones, reviews=reviews, manifest=manifest,
                 activity=activity)
    store.use_places(places)
    truces = _read_json(out / "truces.json", None, list)
    if truces is None:
        log.warning("%s has no truces.json (a build older than 0.2): no truces shown; rebuild it", out)
    try:
        truce_table = truces_frame(truces or [])
    except (KeyError, TypeError, ValueError, AttributeError) as e:
        raise BrokenBuild(out / "truces.json", f"{type(e).__name__}: {e}") from None
    return Dataset(
        store=store,
        zones=zones,
        places=places,
        articles=articles,
        border=_read_json(border, None) if border else None,
        manifest=manifest,
        errors=_read_json(out / "errors.json", [], list, missing),
        unresolved=unresolved,
        truces=truce_table,
        reviews=reviews,
        missing=missing,
        outlets={str(o.get("outlet")): o for o in _read_json(out / "outlets.json", [], list) if isinstance(o, dict)},
        activity=activity,
    )
