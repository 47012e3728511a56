"""Exports for analysts: an ACLED-style CSV, GeoJSON and briefing images.

Everything here returns ``bytes`` (or a string) so the Streamlit app can hand it to
``st.download_button`` directly; nothing imports Streamlit.

* :func:`acled_csv` -- events as a UTF-8 CSV with ACLED's columns in ACLED's order,
  followed by this project's own columns.
* :func:`events_geojson` -- events as a GeoJSON FeatureCollection of points.
* :func:`map_html_for_file` -- a folium page rendered for the app (assets under
  ``/app/static/vendor/``) rewritten to load its assets from disk (``file://``).
* :func:`map_png` -- that page screenshotted by headless Chromium.
* :func:`static_map_png` -- a matplotlib map with no basemap and no network, for when
  Chromium is missing or fails.
* :func:`briefing_png` -- Chromium first, then the matplotlib fallback.

The ACLED conventions (columns, taxonomy, inter codes, precision codes) are those of
``shared/reference/acled.md``.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import logging
import math
import os
import re
import shutil
import signal
import subprocess
import tempfile
import textwrap
from collections import OrderedDict
from collections.abc import Mapping
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

import numpy as np
import pandas as pd

from mapapp.style import CONTROLLER_COLORS, CONTROLLER_LABELS, event_style

log = logging.getLogger(__name__)

# --------------------------------------------------------------------------- constants

#: ACLED columns, in the order of ``acled.md``.
ACLED_COLUMNS: list[str] = [
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type",
    "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2",
    "interaction", "civilian_targeting", "iso", "country", "admin1", "admin2", "admin3",
    "location", "latitude", "longitude", "geo_precision", "source", "source_scale", "notes",
    "fatalities", "tags", "timestamp",
]
#: This project's columns, appended after the ACLED ones.
EXTRA_COLUMNS: list[str] = [
    "injuries", "displaced", "date_from", "date_to", "evidence", "article_id", "start", "end",
    "location_ar", "source_url",
]
CSV_COLUMNS: list[str] = ACLED_COLUMNS + EXTRA_COLUMNS

#: ACLED event type -> disorder type.
DISORDER_TYPES: dict[str, str] = {
    "Battles": "Political violence",
    "Explosions/Remote violence": "Political violence",
    "Violence against civilians": "Political violence",
    "Protests": "Demonstrations",
    "Riots": "Demonstrations",
    "Strategic developments": "Strategic developments",
}
#: ACLED inter code of civilians.
INTER_CIVILIANS = 7

ISO_SYRIA = 760
COUNTRY = "Syria"
ADMIN1 = "Al-Hasakah"
#: Qamishli city point (GeoNames 173377, as in ``geo/gazetteer.csv``): (lat, lon).
QAMISHLI_LATLON = (37.05215, 41.23142)
#: Gazetteer ids whose descendants are "in the Qamishli area" (admin2).
QAMISHLI_AREA_IDS = frozenset({"qamishli", "qamishli_subdistrict"})
#: Gazetteer id of the country; a place whose parent chain does not reach it is not in Syria.
SYRIA_ID = "syria"

#: Place kinds labelled on the static map (when they have a real, non-approximate point).
LABEL_KINDS = {"city": 0, "town": 1, "airport": 2, "crossing": 2, "military_base": 2}
KM_PER_DEG_LAT = 111.32

_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"]


class ExportError(RuntimeError):
    """An export could not be produced (Chromium missing, failed, timed out, blank page...)."""


# --------------------------------------------------------------------------- value helpers

def _is_missing(value: Any) -> bool:
    """True for None, NaN, NaT and pd.NA (not for empty strings or lists)."""
    if value is None or value is pd.NA or value is pd.NaT:
        return True
    if isinstance(value, (float, np.floating)):
        return math.isnan(value)
    return False


def _int_or_none(value: Any) -> int | None:
    """An integer code or count from an int, an integral float or a numeric string."""
    if _is_missing(value) or isinstance(value, bool):
        return None
    if isinstance(value, str):
        value = value.strip()
        if not value:
            return None
        try:
            value = float(value)
        except ValueError:
            return None
    try:
        f = float(value)
    except (TypeError, ValueError):
        return None
    if math.isnan(f) or math.isinf(f):
        return None
    return int(f) if f.is_integer() else None


def _float_or_none(value: Any) -> float | None:
    if _is_missing(value) or isinstance(value, bool):
        return None
    try:
        f = float(value)
    except (TypeError, ValueError):
        return None
    return None if math.isnan(f) or math.isinf(f) else f


def _text(value: Any) -> str:
    """A cell as text: missing -> "", otherwise ``str`` (numbers without a trailing .0)."""
    if _is_missing(value):
        return ""
    if isinstance(value, (bool, np.bool_)):
        return "true" if value else "false"
    if isinstance(value, (float, np.floating)) and float(value).is_integer():
        return str(int(value))
    if isinstance(value, (pd.Timestamp, dt.datetime, dt.date)):
        return value.isoformat()
    return str(value)


def _iso_date(value: Any) -> str:
    """A date as ``YYYY-MM-DD`` from a string, date or Timestamp; "" if missing."""
    if _is_missing(value):
        return ""
    if isinstance(value, (pd.Timestamp, dt.datetime)):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value).strip()[:10]


def _as_list(value: Any) -> list[str]:
    """Tags as a list: a list/tuple/array, a "; "-joined string (parquet) or missing."""
    if value is None or (not isinstance(value, (list, tuple, np.ndarray, str)) and _is_missing(value)):
        return []
    if isinstance(value, str):
        return [t.strip() for t in value.split(";") if t.strip()]
    return [str(t) for t in value if not _is_missing(t) and str(t) != ""]


def _records(events: pd.DataFrame | None) -> list[dict[str, Any]]:
    if events is None or len(events) == 0:
        return []
    return events.to_dict("records")


# --------------------------------------------------------------------------- ACLED fields

def disorder_type(event_type: str) -> str:
    """ACLED disorder type of an event type ("" for an unknown type)."""
    return DISORDER_TYPES.get(str(event_type or ""), "")


def interaction(inter1: Any, inter2: Any) -> int | None:
    """ACLED interaction code: the two inter codes, lower digit first.

    Parameters
    ----------
    inter1, inter2 : int, float, str or None
        ACLED inter codes (1-8); missing values are None/NaN/"".

    Returns
    -------
    int or None
        ``13`` for 1 and 3 (or 3 and 1); a sole actor with code 2 gives ``20``;
        None if neither code is known.

    Examples
    --------
    >>> interaction(3, 1), interaction(2, None), interaction(None, None)
    (13, 20, None)
    """
    codes = sorted(c for c in (_int_or_none(inter1), _int_or_none(inter2)) if c is not None)
    if not codes:
        return None
    if len(codes) == 1:
        return codes[0] * 10
    return codes[0] * 10 + codes[1]


def civilian_targeting(event_type: str, actor2: Any, inter2: Any) -> str:
    """ACLED ``civilian_targeting``: "Civilian targeting" or "".

    Set for Violence against civilians and Explosions/Remote violence (ACLED flags
    civilian targeting in both) when actor2 is civilians: inter2 = 7, or an actor2
    named "Civilians ...".
    """
    if event_type not in ("Violence against civilians", "Explosions/Remote violence"):
        return ""
    is_civilian = _int_or_none(inter2) == INTER_CIVILIANS or str(actor2 or "").startswith("Civilians")
    return "Civilian targeting" if is_civilian else ""


def _short_actor(name: Any) -> str:
    """Short actor name: "SDF: Syrian Democratic Forces" gives "SDF"; others unchanged."""
    name = _text(name).strip()
    head, sep, _ = name.partition(": ")
    return head if sep and head else name


def _date_words(value: str) -> str:
    """Date in words: "2021-04-20" gives "20 April 2021" (no locale); other text unchanged."""
    try:
        d = dt.date.fromisoformat(value[:10])
    except (TypeError, ValueError):
        return value
    return f"{d.day} {_MONTHS[d.month - 1]} {d.year}"


def _date_phrase(row: Mapping[str, Any]) -> str:
    event_date = _iso_date(row.get("event_date"))
    date_from = _iso_date(row.get("date_from")) or event_date
    date_to = _iso_date(row.get("date_to")) or event_date
    precision = _int_or_none(row.get("time_precision")) or 1
    if precision >= 3 and event_date:
        try:
            d = dt.date.fromisoformat(event_date)
            return f"In {_MONTHS[d.month - 1]} {d.year}"
        except ValueError:
            pass
    if date_from and date_to and date_from != date_to:
        try:
            a, b = dt.date.fromisoformat(date_from), dt.date.fromisoformat(date_to)
        except ValueError:
            return f"Between {date_from} and {date_to}"
        if (a.year, a.month) == (b.year, b.month):
            return f"Between {a.day} and {_date_words(date_to)}"
        return f"Between {_date_words(date_from)} and {_date_words(date_to)}"
    if precision == 2:
        return f"Around {_date_words(event_date)}"
    return f"On {_date_words(event_date)}" if event_date else "On an unknown date"


def _core_phrase(row: Mapping[str, Any]) -> str:
    """What happened, from event type, sub-event type, actors and tags only."""
    etype = _text(row.get("event_type"))
    sub = _text(row.get("sub_event_type"))
    a1, a2 = _short_actor(row.get("actor1")), _short_actor(row.get("actor2"))
    tags = _as_list(row.get("tags"))
    both = f"{a1} and {a2}" if a1 and a2 else (a1 or a2 or "unidentified actors")
    if sub == "Armed clash":
        return f"{a1} clashed with {a2}" if a1 and a2 else f"armed clash involving {both}"
    if sub == "Government regains territory":
        return f"{a1} regained territory" + (f" from {a2}" if a2 else "")
    if sub == "Non-state actor overtakes territory":
        return f"{a1} took over territory" + (f" from {a2}" if a2 else "")
    if etype == "Explosions/Remote violence":
        return f"{sub or 'explosion'} by {a1 or 'an unidentified actor'}" + (f" targeting {a2}" if a2 else "")
    if sub == "Attack":
        return f"{a1} attacked {a2}" if a1 and a2 else f"attack involving {both}"
    if sub == "Abduction/forced disappearance":
        return f"{a1} abducted or forcibly disappeared {a2}" if a1 and a2 else f"abduction involving {both}"
    if sub == "Sexual violence":
        return f"sexual violence by {a1}" + (f" against {a2}" if a2 else "")
    if sub == "Agreement":
        return f"agreement between {both}" if a1 and a2 else f"agreement involving {both}"
    if sub == "Arrests":
        return f"arrests by {a1}" + (f" of {a2}" if a2 else "")
    if sub == "Other" and etype == "Strategic developments":
        what = f"strategic development ({', '.join(tags)})" if tags else "other strategic development"
        return f"{what} involving {both}"
    label = (sub or etype or "event").lower()
    if tags:
        label += f" ({', '.join(tags)})"
    if etype == "Strategic developments" and a1 and not a2:
        return f"{label} by {a1}"
    return f"{label} involving {both}"


def summarise(row: Mapping[str, Any]) -> str:
    """A short English summary of an event, composed only from its fields.

    Date (with its precision), what happened (event and sub-event type, actors), where
    (location, flagged when approximate), mediator, casualty and displacement counts,
    then the event's own ``notes``.

    Parameters
    ----------
    row : mapping
        One event (a DataFrame row as a dict).

    Returns
    -------
    str
    """
    core = _core_phrase(row)
    location = _text(row.get("location"))
    where = f" in {location}" if location else ""
    approx = bool(row.get("approximate")) if not _is_missing(row.get("approximate")) else False
    if approx or (_int_or_none(row.get("geo_precision")) or 1) >= 2:
        where += " (approximate location)"
    parts = [f"{_date_phrase(row)}, {core}{where}."]
    mediator = _text(row.get("mediator")).strip()
    if mediator:
        parts.append(f"Mediated by {_short_actor(mediator)}.")
    killed = _int_or_none(row.get("fatalities"))
    counts = [f"{n} {label}" for n, label in ((_int_or_none(row.get("injuries")), "injured"),
                                              (_int_or_none(row.get("displaced")), "displaced")) if n]
    if killed:
        parts.append("Reported: " + ", ".join([f"{killed} fatalit{'y' if killed == 1 else 'ies'}", *counts]) + ".")
    else:
        if killed == 0 and disorder_type(_text(row.get("event_type"))) == "Political violence":
            parts.append("No fatalities reported" + ("; " + ", ".join(counts) if counts else "") + ".")
        elif counts:
            parts.append("Reported: " + ", ".join(counts) + ".")
    notes = _text(row.get("notes")).strip()
    if notes:
        parts.append(f"Note: {notes}" + ("" if notes.endswith((".", "!", "?")) else "."))
    text = " ".join(parts)
    return text[:1].upper() + text[1:]


def _places_index(places_fc: Mapping | None) -> dict[str, dict[str, Any]]:
    """place_id -> properties, from a places FeatureCollection."""
    index: dict[str, dict[str, Any]] = {}
    for feature in (places_fc or {}).get("features", []) or []:
        props = feature.get("properties") or {}
        pid = props.get("place_id") or feature.get("id")
        if pid:
            index[str(pid)] = props
    return index


def _ancestors(place_id: str, index: Mapping[str, Mapping[str, Any]]) -> list[str]:
    """The place and its parents, nearest first (cycle-safe)."""
    chain: list[str] = []
    pid = place_id
    while pid and pid in index and pid not in chain:
        chain.append(pid)
        pid = str(index[pid].get("parent") or "")
    return chain


def _haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0088 * math.asin(math.sqrt(a))


def acled_csv(
    events: pd.DataFrame,
    generated: dt.datetime | None = None,
    *,
    admin2: str = "Qamishli",
    places: Mapping | None = None,
    area_radius_km: float = 15.0,
    bom: bool = False,
) -> bytes:
    """Events as an ACLED-style CSV.

    Columns: :data:`ACLED_COLUMNS` in ACLED's order, then :data:`EXTRA_COLUMNS`.
    Written with :mod:`csv` (quoting as needed, ``\\r\\n`` line ends); Arabic text is
    written as is, so it round-trips byte for byte.

    Derived columns and approximations are listed under Notes.

    Parameters
    ----------
    events : pandas.DataFrame
        Event properties as columns (see ``build/events.geojson``); missing columns
        give empty cells.
    generated : datetime.datetime, optional
        Generation time for ``timestamp``; default now (UTC). A naive datetime is
        taken as UTC.
    admin2 : str
        Name written in ``admin2`` for rows in the Qamishli area.
    places : mapping, optional
        The places FeatureCollection (``build/places.geojson``), for admin2/admin3 and
        the country check by parent chain.
    area_radius_km : float
        Without ``places``: distance from the city point counted as the Qamishli area.
    bom : bool
        Start with a UTF-8 byte order mark (makes Excel read the Arabic correctly).

    Returns
    -------
    bytes
        The CSV, UTF-8; only the header row if ``events`` is empty.

    Notes
    -----
    - ``event_id_cnty``: our ``event_id`` (ACLED's ids look like ``SYR12345``).
    - ``year``: from ``event_date``.
    - ``disorder_type``: from ``event_type`` (:data:`DISORDER_TYPES`).
    - ``interaction``: numeric, the two inter codes lower digit first (1 and 3 -> 13;
      a sole actor with code 2 -> 20). ACLED's current files spell it out in words.
    - ``civilian_targeting``: "Civilian targeting" when actor2 is civilians (inter2 = 7)
      in Violence against civilians or Explosions/Remote violence, else empty.
    - ``iso``/``country``/``admin1``: 760 / Syria / Al-Hasakah for every row -- this is a
      Qamishli project. With ``places``, a place whose parent chain does not reach
      Syria (e.g. Nusaybin, across the border) gets these left empty instead.
    - ``admin2``: the ``admin2`` argument for rows in the Qamishli area, else empty.
      With ``places``: a place under Qamishli city or Qamishli subdistrict in the
      gazetteer. Without: a point within ``area_radius_km`` of the city point (which
      cannot tell Nusaybin, 2 km away in Turkey, from Qamishli). The gazetteer has no
      districts, so other subdistricts of Qamishli district (Amuda...) get no admin2.
    - ``admin3``: the subdistrict's name from the gazetteer's parent chain ("Qamishli"),
      only with ``places``; empty otherwise.
    - ``source_scale``: empty (we have no source-scale table).
    - ``notes``: an English summary composed from the row's own fields
      (:func:`summarise`) followed by the event's ``notes``; no other facts are added.
    - ``fatalities``: as coded by the pipeline (conservative figure, 0 when none).
    - ``tags``: joined with "; ".
    - ``timestamp``: the export's generation time (Unix seconds), not the time the
      event was coded.
    """
    if generated is None:
        generated = dt.datetime.now(dt.timezone.utc)
    elif generated.tzinfo is None:
        generated = generated.replace(tzinfo=dt.timezone.utc)
    timestamp = int(generated.timestamp())
    index = _places_index(places)

    buf = io.StringIO(newline="")
    writer = csv.writer(buf)
    writer.writerow(CSV_COLUMNS)
    outside: set[str] = set()
    for row in _records(events):
        event_date = _iso_date(row.get("event_date"))
        lat, lon = _float_or_none(row.get("latitude")), _float_or_none(row.get("longitude"))
        place_id = _text(row.get("place_id"))
        in_syria, in_area, admin3 = True, False, ""
        if index and place_id in index:
            chain = _ancestors(place_id, index)
            in_syria = SYRIA_ID in chain
            in_area = in_syria and any(p in QAMISHLI_AREA_IDS for p in chain)
            sub = next((p for p in chain if index[p].get("kind") == "subdistrict"), "")
            if sub and in_syria:
                admin3 = re.sub(r"\s+subdistrict$", "", str(index[sub].get("name_en") or ""), flags=re.I)
            if not in_syria:
                outside.add(place_id)
        elif lat is not None and lon is not None:
            in_area = _haversine_km(lat, lon, *QAMISHLI_LATLON) <= area_radius_km
        etype = _text(row.get("event_type"))
        inter_code = interaction(row.get("inter1"), row.get("inter2"))
        notes = summarise(row)
        values = {
            "event_id_cnty": _text(row.get("event_id")),
            "event_date": event_date,
            "year": event_date[:4] if re.match(r"\d{4}", event_date) else "",
            "time_precision": _text(_int_or_none(row.get("time_precision"))),
            "disorder_type": disorder_type(etype),
            "event_type": etype,
            "sub_event_type": _text(row.get("sub_event_type")),
            "actor1": _text(row.get("actor1")),
            "assoc_actor_1": _text(row.get("assoc_actor_1")),
            "inter1": _text(_int_or_none(row.get("inter1"))),
            "actor2": _text(row.get("actor2")),
            "assoc_actor_2": _text(row.get("assoc_actor_2")),
            "inter2": _text(_int_or_none(row.get("inter2"))),
            "interaction": _text(inter_code),
            "civilian_targeting": civilian_targeting(etype, row.get("actor2"), row.get("inter2")),
            "iso": ISO_SYRIA if in_syria else "",
            "country": COUNTRY if in_syria else "",
            "admin1": ADMIN1 if in_syria else "",
            "admin2": admin2 if in_area else "",
            "admin3": admin3,
            "location": _text(row.get("location")),
            "latitude": "" if lat is None else repr(lat),
            "longitude": "" if lon is None else repr(lon),
            "geo_precision": _text(_int_or_none(row.get("geo_precision"))),
            "source": _text(row.get("source")),
            "source_scale": "",
            "notes": notes,
            "fatalities": _text(_int_or_none(row.get("fatalities"))),
            "tags": "; ".join(_as_list(row.get("tags"))),
            "timestamp": timestamp,
            "injuries": _text(_int_or_none(row.get("injuries"))),
            "displaced": _text(_int_or_none(row.get("displaced"))),
            "date_from": _iso_date(row.get("date_from")),
            "date_to": _iso_date(row.get("date_to")),
            "evidence": _text(row.get("evidence")),
            "article_id": _text(row.get("article_id")),
            "start": _text(_int_or_none(row.get("start"))),
            "end": _text(_int_or_none(row.get("end"))),
            "location_ar": _text(row.get("location_ar")),
            "source_url": _text(row.get("source_url")),
        }
        writer.writerow([values[c] for c in CSV_COLUMNS])
    if outside:
        log.warning("ACLED CSV: places outside Syria, country/admin left empty: %s", ", ".join(sorted(outside)))
    data = buf.getvalue().encode("utf-8")
    log.info("ACLED CSV: %d events, %d bytes", len(events) if events is not None else 0, len(data))
    return (b"\xef\xbb\xbf" + data) if bom else data


# --------------------------------------------------------------------------- GeoJSON

def _jsonable(value: Any) -> Any:
    """Convert pandas/numpy/datetime values to plain JSON types (NaN -> None)."""
    if isinstance(value, dict):
        return {str(k): _jsonable(v) for k, v in value.items()}
    if isinstance(value, (list, tuple, set, np.ndarray)):
        return [_jsonable(v) for v in value]
    if _is_missing(value):
        return None
    if isinstance(value, (bool, np.bool_)):
        return bool(value)
    if isinstance(value, (int, np.integer)):
        return int(value)
    if isinstance(value, (float, np.floating)):
        f = float(value)
        return None if math.isinf(f) else f
    if isinstance(value, (pd.Timestamp, dt.datetime, dt.date, dt.time)):
        return value.isoformat()
    if isinstance(value, (str, type(None))):
        return value
    if hasattr(value, "__geo_interface__"):
        return value.__geo_interface__
    return str(value)


def events_geojson(events: pd.DataFrame) -> bytes:
    """Events as a GeoJSON FeatureCollection.

    One Point feature per event (``[longitude, latitude]``), with ``id`` = event_id and
    every column as a property except ``geometry`` (a shapely column from parquet).
    Values are made JSON-safe: NaN/NaT/None -> null, numpy scalars -> numbers, arrays
    -> lists, dates -> ISO strings. An event without coordinates keeps its feature with
    ``"geometry": null`` (valid GeoJSON) and a warning is logged.

    Parameters
    ----------
    events : pandas.DataFrame

    Returns
    -------
    bytes
        UTF-8 JSON (Arabic not escaped).
    """
    features = []
    no_point = []
    for row in _records(events):
        props = {k: _jsonable(v) for k, v in row.items() if k != "geometry"}
        lat, lon = _float_or_none(row.get("latitude")), _float_or_none(row.get("longitude"))
        geometry = {"type": "Point", "coordinates": [lon, lat]} if lat is not None and lon is not None else None
        if geometry is None:
            no_point.append(str(props.get("event_id")))
        feature: dict[str, Any] = {"type": "Feature"}
        if props.get("event_id") is not None:
            feature["id"] = props["event_id"]
        feature["geometry"] = geometry
        feature["properties"] = props
        features.append(feature)
    if no_point:
        log.warning("GeoJSON export: %d events without coordinates: %s", len(no_point), ", ".join(no_point))
    data = json.dumps({"type": "FeatureCollection", "features": features}, ensure_ascii=False, allow_nan=False)
    return data.encode("utf-8")


# --------------------------------------------------------------------------- HTML for disk

#: An app asset link: /app/static/vendor/, ./static/vendor/, static/vendor/, optionally
#: with a localhost origin, right after a quote, "(", "=" or whitespace.
_STATIC_LINK_RE = re.compile(
    r"""(?P<lead>^|["'(=\s])"""
    r"""(?:https?://(?:localhost|127\.0\.0\.1|\[::1\])(?::\d+)?)?"""
    r"""(?:/app/static|\./static|static)/vendor/""",
    re.MULTILINE,
)
_FILE_VENDOR_RE = re.compile(r"""file://[^\s"'<>()]+""")


def _local_files(html: str, static_uri: str) -> list[Path]:
    """Files behind the file:// links of ``html`` that point into ``static_uri``."""
    out = []
    for url in _FILE_VENDOR_RE.findall(html):
        if url.startswith(static_uri + "/vendor/"):
            out.append(Path(unquote(urlsplit(url).path)))
    return out


def map_html_for_file(html: str, static_dir: Path) -> str:
    """Rewrite a folium page rendered for the app so it loads its assets from disk.

    The app's pages link ``/app/static/vendor/...`` (Streamlit static serving) or
    ``static/vendor/...`` (relative); both become ``file:///<static_dir>/vendor/...``,
    so the page renders offline from any folder. Other links are left alone.

    Parameters
    ----------
    html : str
        The rendered page (``folium.Map.get_root().render()``).
    static_dir : pathlib.Path
        The folder given to :func:`mapapp.assets.ensure_static_assets`.

    Returns
    -------
    str
        The page with the links rewritten. Linked files that do not exist are logged
        as warnings.

    Notes
    -----
    Pass the whole page (``get_root().render()``), not ``_repr_html_()``: the latter
    wraps the page in an iframe with HTML-escaped content, whose links are not found.
    """
    static_uri = Path(static_dir).resolve().as_uri().rstrip("/")
    out, n = _STATIC_LINK_RE.subn(lambda m: f"{m.group('lead')}{static_uri}/vendor/", html)
    missing = [p for p in _local_files(out, static_uri) if not p.is_file()]
    log.debug("map_html_for_file: %d links rewritten to %s", n, static_uri)
    if missing:
        log.warning("map_html_for_file: %d linked assets missing, e.g. %s (run ensure_static_assets)",
                    len(missing), missing[0])
    return out


# --------------------------------------------------------------------------- Chromium

_PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
_CHROMIUM_NOISE = re.compile(r"dbus|Fontconfig|sandbox|GPU|gpu|libva|UPower|ALSA|^\s*$")


def find_chromium(chromium: str | None = None) -> str:
    """Path of the Chromium executable.

    Parameters
    ----------
    chromium : str, optional
        Explicit path; default ``/usr/bin/chromium``, then ``chromium`` on ``PATH``.

    Raises
    ------
    ExportError
        If no executable is found.
    """
    if chromium:
        path = Path(chromium)
        if path.is_file() and os.access(path, os.X_OK):
            return str(path)
        found = shutil.which(chromium)
        if found:
            return found
        raise ExportError(f"Chromium not found at {chromium!r} (install Debian's 'chromium' package)")
    if os.access("/usr/bin/chromium", os.X_OK):
        return "/usr/bin/chromium"
    found = shutil.which("chromium")
    if found:
        return found
    raise ExportError("Chromium not found: no /usr/bin/chromium and no 'chromium' on PATH "
                      "(install Debian's 'chromium' package); use static_map_png instead")


def _png_size(data: bytes) -> tuple[int, int]:
    """(width, height) from a PNG's IHDR."""
    return int.from_bytes(data[16:20], "big"), int.from_bytes(data[20:24], "big")


def _distinct_colours(data: bytes, limit: int = 64) -> int:
    """Number of distinct colours in a PNG (capped at ``limit``), via Pillow."""
    from PIL import Image

    with Image.open(io.BytesIO(data)) as im:
        small = im.convert("RGB").resize((min(im.width, 350), min(im.height, 225)))
        colours = small.getcolors(maxcolors=limit)
    return limit if colours is None else len(colours)


def _chromium_error(stderr: bytes) -> str:
    lines = [ln for ln in stderr.decode("utf-8", "replace").splitlines() if not _CHROMIUM_NOISE.search(ln)]
    return " | ".join(lines[-5:]) or "(no message)"


def map_png(
    html: str,
    static_dir: Path,
    width: int = 1400,
    height: int = 900,
    chromium: str | None = None,
    timeout: float = 60,
) -> bytes:
    """Screenshot a rendered folium page with headless Chromium.

    The page goes through :func:`map_html_for_file`, is written to a temporary folder
    and opened as a ``file://`` URL by Chromium with a throw-away profile; nothing
    leaves the machine as long as the page has no web tiles.

    Parameters
    ----------
    html : str
        Rendered folium page as the app has it (``/app/static/vendor/`` links).
    static_dir : pathlib.Path
        Folder holding ``vendor/`` (see :func:`mapapp.assets.ensure_static_assets`).
    width, height : int
        Window and image size in pixels.
    chromium : str, optional
        Chromium executable; default :func:`find_chromium`.
    timeout : float
        Seconds before Chromium (and its child processes) are killed.

    Returns
    -------
    bytes
        PNG of ``width`` x ``height`` pixels.

    Raises
    ------
    ExportError
        Chromium missing, a linked asset missing, Chromium failing or timing out, no
        PNG written, or a blank (single-colour) screenshot.
    """
    exe = find_chromium(chromium)
    static_dir = Path(static_dir)
    page = map_html_for_file(html, static_dir)
    static_uri = static_dir.resolve().as_uri().rstrip("/")
    missing = [p for p in _local_files(page, static_uri) if not p.is_file()]
    if missing:
        raise ExportError(f"map assets missing under {static_dir} (e.g. {missing[0]}); "
                          "call mapapp.assets.ensure_static_assets first")
    with tempfile.TemporaryDirectory(prefix="qamishli-map-") as tmp:
        tmp_path = Path(tmp)
        page_path = tmp_path / "map.html"
        out_path = tmp_path / "map.png"
        page_path.write_text(page, encoding="utf-8")
        cmd = [
            exe, "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
            "--disable-background-networking", "--disable-component-update", "--disable-sync",
            "--no-first-run", "--force-device-scale-factor=1", f"--window-size={int(width)},{int(height)}",
            "--virtual-time-budget=3000", f"--user-data-dir={tmp_path / 'profile'}",
            f"--screenshot={out_path}", page_path.as_uri(),
        ]
        log.debug("running %s", " ".join(cmd))
        try:
            proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, stdin=subprocess.DEVNULL,
                                    start_new_session=True)
        except OSError as exc:
            raise ExportError(f"could not start Chromium ({exe}): {exc}") from exc
        try:
            _, stderr = proc.communicate(timeout=timeout)
        except subprocess.TimeoutExpired:
            try:
                os.killpg(proc.pid, signal.SIGKILL)  # Chromium's own process group (new session)
            except ProcessLookupError:
                pass
            proc.communicate()
            raise ExportError(f"Chromium did not finish the screenshot within {timeout:g} s") from None
        if proc.returncode != 0:
            raise ExportError(f"Chromium failed (exit code {proc.returncode}): {_chromium_error(stderr)}")
        if not out_path.is_file() or out_path.stat().st_size == 0:
            raise ExportError(f"Chromium wrote no screenshot: {_chromium_error(stderr)}")
        data = out_path.read_bytes()
    if not data.startswith(_PNG_SIGNATURE):
        raise ExportError("Chromium's screenshot is not a PNG")
    if _distinct_colours(data) <= 1:
        raise ExportError("Chromium's screenshot is blank (the map's scripts probably did not load)")
    log.info("map_png: %dx%d, %d bytes", *_png_size(data), len(data))
    return data


# --------------------------------------------------------------------------- static map

_MARKERS = {"circle": "o", "diamond": "D", "triangle": "^", "square": "s"}
_DASHED = (0, (5, 3))
_SLIVER_DEG = 2e-4  # ~20 m: zone pieces thinner than twice this are not drawn
_BORDER_STYLE = dict(color="#2B2B2B", linewidth=1.8, linestyle=(0, (8, 3, 2, 3)))


def _shape_of(geometry: Mapping | None):
    """A shapely geometry from GeoJSON, or None (empty or unreadable)."""
    from shapely.geometry import shape

    if not geometry:
        return None
    try:
        geom = shape(geometry)
    except (ValueError, TypeError, AttributeError, KeyError) as exc:
        log.warning("static map: unreadable geometry skipped (%s)", exc)
        return None
    return None if geom.is_empty else geom


def _border_lines(border_fc: Mapping | None) -> list:
    """The LineStrings of a border FeatureCollection."""
    from shapely.geometry import LineString, MultiLineString

    lines = []
    for feature in (border_fc or {}).get("features", []) or []:
        geom = _shape_of(feature.get("geometry"))
        if isinstance(geom, LineString):
            lines.append(geom)
        elif isinstance(geom, MultiLineString):
            lines.extend(geom.geoms)
    return lines


def _north_of(lines: list):
    """Polygon of what lies north of a west-east border line, within its longitudes.

    For the Syria-Turkey border this is the Turkish side; the area east of the Iraq
    tripoint or west of the line's end is not included. None without a usable line.
    """
    from shapely.geometry import MultiLineString, Polygon
    from shapely.ops import linemerge

    if not lines:
        return None
    merged = lines[0] if len(lines) == 1 else linemerge(MultiLineString(lines))
    line = merged if merged.geom_type == "LineString" else max(merged.geoms, key=lambda g: g.length)
    coords = list(line.coords)
    if coords[0][0] > coords[-1][0]:
        coords.reverse()
    west, east = coords[0][0], coords[-1][0]
    if east - west <= 0:
        return None
    top = max(c[1] for c in coords) + 10.0
    poly = Polygon(coords + [(east, top), (west, top)])
    return poly if poly.is_valid else poly.buffer(0)


def _valid_on(props: Mapping[str, Any], day: dt.date) -> bool:
    """Whether a zone's ``valid_from``/``valid_to`` (inclusive, open when empty) cover ``day``."""
    start, end = _iso_date(props.get("valid_from")), _iso_date(props.get("valid_to"))
    return (not start or start <= day.isoformat()) and (not end or day.isoformat() <= end)


def _zone_layers(zones_fc: Mapping | None, as_of: dt.date | None, turkey) -> list[dict[str, Any]]:
    """Zones as non-overlapping layers, one per (colour, contested, approximate).

    Smaller zones win where zones overlap (the government enclaves inside the SDF-held
    city extent), so no colour is drawn over another; parts north of the border are cut.
    """
    from shapely.ops import unary_union

    zones = []
    for feature in (zones_fc or {}).get("features", []) or []:
        props = feature.get("properties") or {}
        if as_of and not _valid_on(props, as_of):
            continue
        geom = _shape_of(feature.get("geometry"))
        if geom is None or geom.geom_type not in ("Polygon", "MultiPolygon"):
            continue
        if turkey is not None:
            geom = geom.difference(turkey)
        if not geom.is_empty:
            zones.append((geom, props))
    zones.sort(key=lambda z: z[0].area)
    layers: OrderedDict[tuple, dict[str, Any]] = OrderedDict()
    covered = None
    for geom, props in zones:
        part = geom if covered is None else geom.difference(covered)
        covered = geom if covered is None else covered.union(geom)
        if part.is_empty or part.area <= 0:
            continue
        controller = str(props.get("controller") or "")
        colour = CONTROLLER_COLORS.get(controller, "#999999")
        key = (colour, str(props.get("status") or "") == "contested", bool(props.get("approximate")))
        label = CONTROLLER_LABELS.get(controller) or str(props.get("controller_name") or controller or "unknown")
        layer = layers.setdefault(key, {"colour": colour, "contested": key[1], "approximate": key[2],
                                        "label": label, "parts": [], "ids": []})
        layer["parts"].append(part)
        layer["ids"].append(str(props.get("zone_id") or ""))
    out = []
    for layer in layers.values():
        # a tiny closing joins the pieces of one layer across float-sized gaps
        geom = _drop_thin(unary_union(layer.pop("parts")).buffer(1e-7).buffer(-1e-7), _SLIVER_DEG)
        if not geom.is_empty:
            layer["geom"] = geom
            out.append(layer)
    return out


def _drop_thin(geom, half_width: float):
    """Drop the pieces and holes of a (Multi)Polygon thinner than ``2 * half_width``.

    Where two schematic outlines nearly coincide (the SDF-held city disc and the Tayy
    disc share their southern edge), cutting one from the other leaves slivers: a
    sliver piece is dropped and a sliver hole is filled, so no hairline gaps or dashed
    crumbs are drawn.
    """
    from shapely.geometry import MultiPolygon, Polygon

    kept = []
    for poly in getattr(geom, "geoms", [geom]):
        if poly.geom_type != "Polygon" or poly.buffer(-half_width).is_empty:
            continue
        holes = [r for r in poly.interiors if not Polygon(r).buffer(-half_width).is_empty]
        kept.append(Polygon(poly.exterior, holes))
    if not kept:
        return Polygon()
    return kept[0] if len(kept) == 1 else MultiPolygon(kept)


def _nice_length(km: float) -> float:
    """The largest 1-2-5 step not above ``km`` (at least 0.1)."""
    best = 0.1
    for exp in range(-1, 4):
        for m in (1, 2, 5):
            if m * 10 ** exp <= km:
                best = m * 10 ** exp
    return best


def _darker(colour: str, factor: float = 0.6) -> tuple[float, float, float]:
    from matplotlib.colors import to_rgb

    r, g, b = to_rgb(colour)
    return (r * factor, g * factor, b * factor)


def _poly_patch(geom, **kw):
    """A matplotlib PathPatch for a (Multi)Polygon, holes included; None if empty."""
    from matplotlib.patches import PathPatch
    from matplotlib.path import Path as MplPath

    polys = [g for g in getattr(geom, "geoms", [geom]) if g.geom_type == "Polygon" and not g.is_empty]
    verts, codes = [], []
    for poly in polys:
        for ring in [poly.exterior, *poly.interiors]:
            c = list(ring.coords)
            verts += c
            codes += [MplPath.MOVETO] + [MplPath.LINETO] * (len(c) - 2) + [MplPath.CLOSEPOLY]
    return PathPatch(MplPath(verts, codes), **kw) if verts else None


def _legend_ring(legend, orig_handle, xdescent, ydescent, width, height, fontsize):
    """Legend artist for the dashed "approximate location" ring."""
    from matplotlib.patches import Circle

    return Circle((width / 2 - xdescent, height / 2 - ydescent), radius=0.75 * height)


def _country_label(ax, renderer, text: str, side: int, border, layers, obstacles: list, fontsize: float) -> bool:
    """Write a country name north (``side`` 1) or south (-1) of the border where it fits.

    Tries several places along the border and distances from it; a spot is taken only
    if the label stays inside the map, off the zones, off the border line and off
    every label or marker drawn so far.
    """
    from matplotlib.transforms import Bbox
    from shapely.geometry import LineString, Point, box

    (x0, x1), (y0, y1) = ax.get_xlim(), ax.get_ylim()
    frame = ax.get_window_extent(renderer)
    for xf in (0.22, 0.78, 0.12, 0.88, 0.35, 0.65, 0.5):
        xc = x0 + (x1 - x0) * xf
        cut = LineString([(xc, y0 - 1), (xc, y1 + 1)]).intersection(border)
        if cut.is_empty:
            continue
        ys = [g.y for g in getattr(cut, "geoms", [cut])]
        by = max(ys) if side > 0 else min(ys)
        for mult in (1, 2, 3.5):
            y = by + side * (y1 - y0) * 0.03 * mult
            if any(layer["geom"].contains(Point(xc, y)) for layer in layers):
                continue
            t = ax.text(xc, y, text, ha="center", va="bottom" if side > 0 else "top", fontsize=fontsize,
                        color="#8C8C8C", fontweight="bold", zorder=5)
            bb = t.get_window_extent(renderer)
            (bx0, by0), (bx1, by1) = ax.transData.inverted().transform([[bb.x0, bb.y0], [bb.x1, bb.y1]])
            inside = Bbox.intersection(bb, frame) is not None and _overlap(bb, frame) == bb.width * bb.height
            if inside and not any(_overlap(bb, o) for o in obstacles) \
                    and not box(bx0, by0, bx1, by1).intersects(border) \
                    and not any(layer["geom"].intersects(box(bx0, by0, bx1, by1)) for layer in layers):
                obstacles.append(bb)
                return True
            t.remove()
    return False


def _halo(width: float = 3.0):
    from matplotlib import patheffects

    return [patheffects.withStroke(linewidth=width, foreground="white", alpha=0.9)]


def _overlap(a, b) -> float:
    """Overlap area of two display Bboxes."""
    w = min(a.x1, b.x1) - max(a.x0, b.x0)
    h = min(a.y1, b.y1) - max(a.y0, b.y0)
    return w * h if w > 0 and h > 0 else 0.0


def _place_text(ax, renderer, xy, text, obstacles: list, candidates, **kw):
    """Annotate ``text`` at the first candidate offset that overlaps nothing.

    ``candidates`` are ``(dx, dy, ha, va)`` in points; the chosen label's box is added
    to ``obstacles``. With no free spot, the candidate with the least overlap is used.
    """
    frame = ax.get_window_extent(renderer)
    best = None
    for dx, dy, ha, va in candidates:
        t = ax.annotate(text, xy, xytext=(dx, dy), textcoords="offset points", ha=ha, va=va, **kw)
        bb = t.get_window_extent(renderer).expanded(1.04, 1.1)
        outside = bb.width * bb.height - _overlap(bb, frame)
        cost = sum(_overlap(bb, o) for o in obstacles) + 4 * outside
        if best is None or cost < best[0]:
            if best is not None:
                best[1].remove()
            best = (cost, t, bb)
        else:
            t.remove()
        if cost == 0:
            break
    obstacles.append(best[2])
    return best[1]


def _marker_box(ax, fig, lon: float, lat: float, dx: float, dy: float, radius_pt: float):
    """Display Bbox of a marker of ``radius_pt`` drawn ``(dx, dy)`` points off (lon, lat)."""
    from matplotlib.transforms import Bbox

    x, y = ax.transData.transform((lon, lat))
    k = fig.dpi / 72.0
    cx, cy, r = x + dx * k, y + dy * k, radius_pt * k
    return Bbox([[cx - r, cy - r], [cx + r, cy + r]])


def _map_extent(points, layers, bounds, ax_w_px: float, ax_h_px: float):
    """(xlim, ylim) covering the events (or zones), padded, with the panel's shape in km."""
    if bounds is not None:
        x0, y0, x1, y1 = (float(v) for v in bounds)
        pad, min_half = 0.0, 0.0
    elif points:
        xs, ys = [p["lon"] for p in points], [p["lat"] for p in points]
        x0, x1, y0, y1 = min(xs), max(xs), min(ys), max(ys)
        pad, min_half = 1.35, 0.05
    elif layers:
        b = [layer["geom"].bounds for layer in layers]
        x0, y0 = min(v[0] for v in b), min(v[1] for v in b)
        x1, y1 = max(v[2] for v in b), max(v[3] for v in b)
        pad, min_half = 1.08, 0.03
    else:
        (y0, x0), (y1, x1) = QAMISHLI_LATLON, QAMISHLI_LATLON
        pad, min_half = 1.0, 0.06
    cx, cy = (x0 + x1) / 2, (y0 + y1) / 2
    coslat = math.cos(math.radians(cy))
    half_w = max((x1 - x0) / 2 * (pad or 1), min_half / coslat) * coslat  # in km-equal degrees
    half_h = max((y1 - y0) / 2 * (pad or 1), min_half)
    ratio = ax_w_px / ax_h_px
    if half_w / half_h < ratio:
        half_w = half_h * ratio
    else:
        half_h = half_w / ratio
    half_w /= coslat
    return (cx - half_w, cx + half_w), (cy - half_h, cy + half_h)


def _event_points(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    points = []
    for row in rows:
        lat, lon = _float_or_none(row.get("latitude")), _float_or_none(row.get("longitude"))
        if lat is None or lon is None:
            continue
        style = event_style(_text(row.get("event_type")), _text(row.get("sub_event_type")))
        precision = _int_or_none(row.get("geo_precision")) or 1
        points.append({
            "lon": lon, "lat": lat, "style": style, "approx": precision >= 2,
            "fatalities": _int_or_none(row.get("fatalities")) or 0,
            "place_id": _text(row.get("place_id")), "location": _text(row.get("location")),
        })
    return points


def static_map_png(
    events: pd.DataFrame | None,
    zones_fc: dict | None,
    border_fc: dict | None,
    places_fc: dict | None,
    title: str,
    subtitle: str,
    width: int = 1400,
    height: int = 900,
    *,
    as_of: dt.date | str | None = None,
    bounds: tuple[float, float, float, float] | None = None,
    source_note: str | None = None,
    generated: dt.datetime | None = None,
) -> bytes:
    """A briefing map drawn with matplotlib (Agg backend): no basemap, no network.

    Layout: title and subtitle on top, the map on the left, the legend on the right, a
    source line at the bottom. On the map:

    - control zones filled by controller (:data:`mapapp.style.CONTROLLER_COLORS`),
      contested ones hatched, approximate extents with dashed outlines; where zones
      overlap the smaller one is drawn (government enclaves inside the SDF-held city),
      and parts north of the border are cut off;
    - the Turkish side shaded grey, the border as a dash-dot line, country names;
    - events coloured and shaped by type (:func:`mapapp.style.event_style`); events with
      geo_precision 2-3 as hollow dashed rings around a small marker; several events at
      one point fanned out around it with leader lines; "N killed" next to events with
      fatalities;
    - labels for cities, towns, the airport and the border crossing (places with a real,
      non-approximate point), and for the approximate locations of events;
    - a scale bar (km from degrees at the map's latitude) and a north arrow.

    Parameters
    ----------
    events : pandas.DataFrame or None
        Events to draw (latitude, longitude, event_type, sub_event_type, geo_precision,
        fatalities, location, source).
    zones_fc, border_fc, places_fc : dict or None
        GeoJSON FeatureCollections (``build/zones.geojson``, ``geo/border_sy_tr.geojson``,
        ``build/places.geojson``); None leaves that layer out.
    title, subtitle : str
        Header text.
    width, height : int
        Image size in pixels.
    as_of : datetime.date or str, optional
        Keep only zones valid on that day (``valid_from``/``valid_to``); default: draw
        every zone given (the caller has already filtered them).
    bounds : tuple of float, optional
        ``(lon_min, lat_min, lon_max, lat_max)`` to show; default: the events, padded,
        at least ~11 km high (the zones when there are no events).
    source_note : str, optional
        Replaces the composed source line.
    generated : datetime.datetime, optional
        Date printed in the source line; default now.

    Returns
    -------
    bytes
        PNG of ``width`` x ``height`` pixels.
    """
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.colors import to_rgb
    from matplotlib.figure import Figure
    from matplotlib.legend_handler import HandlerPatch
    from matplotlib.lines import Line2D
    from matplotlib.patches import Circle, Patch, Rectangle
    from matplotlib.transforms import ScaledTranslation, offset_copy
    from shapely.geometry import LineString, Point, box

    dpi = 100
    scale = max(0.6, min(1.6, min(width / 1400, height / 900)))
    fs = lambda size: size * scale  # noqa: E731  font sizes follow the image size

    rows = _records(events)
    points = _event_points(rows)
    border = _border_lines(border_fc)
    turkey = _north_of(border)
    if isinstance(as_of, str):
        as_of = dt.date.fromisoformat(as_of[:10])
    layers = _zone_layers(zones_fc, as_of, turkey)

    # --- layout (pixels): header, map | legend panel, footer
    if source_note is None:
        sources = sorted({_text(r.get("source")) for r in rows if _text(r.get("source"))})
        parts = [f"Sources: {', '.join(sources)}." if sources else "No events."]
        border_props = (((border_fc or {}).get("features") or [{}])[0].get("properties") or {})
        if border and border_props.get("source"):
            parts.append(f"Border: {border_props['source']}"
                         + (f" ({border_props['note']})." if border_props.get("note") else "."))
        if layers:
            parts.append("Zones are schematic." if all(layer["approximate"] for layer in layers)
                         else "Dashed zones are schematic.")
            if as_of:
                parts.append(f"Control as of {as_of.isoformat()}.")
        when = (generated or dt.datetime.now(dt.timezone.utc)).date().isoformat()
        parts.append(f"No basemap. Generated {when}.")
        source_note = " ".join(parts)
    margin_px = 12 * scale
    fig = Figure(figsize=(width / dpi, height / dpi), dpi=dpi, facecolor="white")
    FigureCanvasAgg(fig)
    renderer = fig.canvas.get_renderer()
    footer = fig.text(margin_px / width, 8 * scale / height, source_note, ha="left", va="bottom",
                      fontsize=fs(8.5), color="#555555", linespacing=1.3)
    chars = len(source_note)
    while footer.get_window_extent(renderer).width > width - 2 * margin_px and chars > 20:
        chars = int(chars * 0.9)
        footer.set_text(textwrap.fill(source_note, chars))
    header_px = 84 * scale
    footer_px = footer.get_window_extent(renderer).height + 16 * scale
    panel_px = max(230.0, 0.22 * width)
    ax_w_px = width - panel_px - 2 * margin_px
    ax_h_px = height - header_px - footer_px
    xlim, ylim = _map_extent(points, layers, bounds, ax_w_px, ax_h_px)
    view = box(xlim[0], ylim[0], xlim[1], ylim[1])
    cy = (ylim[0] + ylim[1]) / 2

    ax = fig.add_axes((margin_px / width, footer_px / height, ax_w_px / width, ax_h_px / height))
    ax.set_xlim(*xlim)
    ax.set_ylim(*ylim)
    ax.set_autoscale_on(False)
    ax.set_xticks([])
    ax.set_yticks([])
    ax.set_facecolor("#F7F5EF")
    for spine in ax.spines.values():
        spine.set_edgecolor("#8A8A8A")
        spine.set_linewidth(0.8)
    legend_handles: list = []
    obstacles: list = []

    # --- Turkish side and border
    if turkey is not None:
        patch = _poly_patch(view.intersection(turkey), facecolor="#E1E1E1", edgecolor="none", zorder=0)
        if patch is not None:
            ax.add_patch(patch)
    for line in border:
        x, y = line.xy
        ax.plot(x, y, zorder=4, solid_capstyle="round", **_BORDER_STYLE)
    if border and view.intersects(LineString(list(zip(*border[0].xy)))):
        legend_handles.append(Line2D([], [], label="Syria–Turkey border", **_BORDER_STYLE))

    # --- zones
    for layer in layers:
        colour = layer["colour"]
        patch = _poly_patch(layer["geom"], facecolor=(*to_rgb(colour), 0.18 if layer["contested"] else 0.42),
                            edgecolor=_darker(colour), linewidth=1.2, zorder=2,
                            linestyle=_DASHED if layer["approximate"] else "-",
                            hatch="////" if layer["contested"] else None)
        if patch is not None:
            ax.add_patch(patch)
    visible = [layer for layer in layers if layer["geom"].intersects(view)]
    zone_labels: OrderedDict[str, str] = OrderedDict()
    for layer in visible:
        zone_labels.setdefault(layer["colour"], layer["label"])
    for colour, label in zone_labels.items():
        legend_handles.append(Patch(facecolor=(*to_rgb(colour), 0.42), edgecolor=_darker(colour),
                                    label=f"Held by {label}"))
    if any(layer["contested"] for layer in visible):
        legend_handles.append(Patch(facecolor="white", edgecolor="#555555", hatch="////", label="Contested"))
    if any(layer["approximate"] for layer in visible):
        legend_handles.append(Patch(facecolor="none", edgecolor="#555555", linestyle=_DASHED,
                                    label="Zone outline approximate"))

    # --- events: several at one point are fanned out around it
    groups: OrderedDict[tuple[float, float], list[dict]] = OrderedDict()
    for p in points:
        groups.setdefault((round(p["lon"], 5), round(p["lat"], 5)), []).append(p)
    styles: OrderedDict[str, dict] = OrderedDict()
    k = scale
    pending_labels = []  # (xy, text, dx, dy, radius) placed after the markers
    for (lon, lat), members in groups.items():
        n = len(members)
        fan = 0.0 if n == 1 else (20 + 2.5 * max(0, n - 3)) * k
        if n > 1:
            ax.plot(lon, lat, marker="o", markersize=3.5 * k, color="#333333", zorder=8)
        for i, p in enumerate(members):
            angle = math.pi / 2 + 2 * math.pi * i / n
            dx, dy = fan * math.cos(angle), fan * math.sin(angle)
            colour, marker = p["style"]["color"], _MARKERS.get(p["style"]["shape"], "o")
            styles.setdefault(p["style"]["label"], p["style"])
            if n > 1:
                ax.annotate("", xy=(lon, lat), xytext=(dx, dy), textcoords="offset points", zorder=8,
                            arrowprops=dict(arrowstyle="-", color="#444444", lw=0.9, shrinkA=0, shrinkB=0))
            offset = offset_copy(ax.transData, fig=fig, x=dx, y=dy, units="points")
            if p["approx"]:
                radius = 10.5 * k
                trans = fig.dpi_scale_trans + ScaledTranslation(lon, lat, ax.transData)
                ax.add_patch(Circle((dx / 72, dy / 72), radius / 72, transform=trans, facecolor=(1, 1, 1, 0.7),
                                    edgecolor=colour, linewidth=2.2 * k, linestyle=(0, (2.5, 1.8)), zorder=9))
                ax.plot(lon, lat, transform=offset, marker=marker, markersize=7 * k, color=colour,
                        markeredgecolor=_darker(colour, 0.75), markeredgewidth=0.6, zorder=10)
            else:
                radius = 7.5 * k
                ax.plot(lon, lat, transform=offset, marker=marker, markersize=13 * k, color=colour,
                        markeredgecolor="white", markeredgewidth=1.4, zorder=10)
            obstacles.append(_marker_box(ax, fig, lon, lat, dx, dy, radius + 1))
            if p["fatalities"] > 0:
                pending_labels.append(((lon, lat), f"{p['fatalities']} killed", dx, dy, radius))
    for (lon, lat), text, dx, dy, radius in pending_labels:
        r = radius + 2 * k
        _place_text(ax, renderer, (lon, lat), text, obstacles,
                    [(dx + r, dy, "left", "center"), (dx - r, dy, "right", "center"),
                     (dx, dy + r, "center", "bottom"), (dx, dy - r, "center", "top")],
                    fontsize=fs(9.5), color="#8B0000", fontweight="bold", zorder=12, path_effects=_halo())

    # --- place labels: cities first, then towns, then landmarks
    labelled_ids, labelled_names = set(), set()
    candidates = []
    for feature in (places_fc or {}).get("features", []) or []:
        props = feature.get("properties") or {}
        kind = str(props.get("kind") or "")
        if kind not in LABEL_KINDS or props.get("approximate") or props.get("has_point") is False:
            continue
        lat, lon = _float_or_none(props.get("lat")), _float_or_none(props.get("lon"))
        if lat is None or lon is None or not view.contains(Point(lon, lat)):
            continue
        name = str(props.get("name_en") or props.get("place_id"))
        candidates.append((LABEL_KINDS[kind], name, lon, lat, str(props.get("place_id") or "")))
    for rank, name, lon, lat, pid in sorted(candidates):
        big = rank == 0
        ax.plot(lon, lat, marker="s" if big else "o", markersize=(8 if big else 5) * k, color="#222222",
                markerfacecolor="white" if big else "#555555", markeredgewidth=1.5 if big else 0.8, zorder=7)
        obstacles.append(_marker_box(ax, fig, lon, lat, 0, 0, 4 * k))
        off = 9 * k
        _place_text(ax, renderer, (lon, lat), name, obstacles,
                    [(off, off * 0.6, "left", "bottom"), (-off, off * 0.6, "right", "bottom"),
                     (off, -off * 0.6, "left", "top"), (-off, -off * 0.6, "right", "top"),
                     (0, off * 1.2, "center", "bottom"), (0, -off * 1.2, "center", "top")],
                    fontsize=fs(15 if big else 11), fontweight="bold" if rank <= 1 else "normal",
                    fontstyle="italic" if rank >= 2 else "normal", color="#111111", zorder=13,
                    path_effects=_halo(3.5))
        labelled_ids.add(pid)
        labelled_names.add(name)
    # approximate event locations that have no label of their own
    for (lon, lat), members in groups.items():
        names = []
        for p in members:
            if p["approx"] and p["place_id"] not in labelled_ids and p["location"] not in labelled_names \
                    and p["location"] and p["location"] not in names:
                names.append(p["location"])
        if not names:
            continue
        n = len(members)
        r = ((20 + 2.5 * max(0, n - 3)) + 12 if n > 1 else 12) * k
        _place_text(ax, renderer, (lon, lat), " / ".join(names) + " (approx.)", obstacles,
                    [(0, -r, "center", "top"), (r, -r * 0.5, "left", "top"), (-r, -r * 0.5, "right", "top"),
                     (0, r, "center", "bottom"), (r, 0, "left", "center"), (-r, 0, "right", "center")],
                    fontsize=fs(10), fontstyle="italic", color="#333333", zorder=12, path_effects=_halo())

    # --- scale bar (lower left) and north arrow (upper left)
    km_per_deg_lon = KM_PER_DEG_LAT * math.cos(math.radians(cy))
    length_km = _nice_length((xlim[1] - xlim[0]) * km_per_deg_lon / 5)
    length_deg = length_km / km_per_deg_lon
    x_span, y_span = xlim[1] - xlim[0], ylim[1] - ylim[0]
    x0, y0 = xlim[0] + x_span * 0.035, ylim[0] + y_span * 0.05
    bar_h = y_span * 0.011
    ax.add_patch(Rectangle((x0 - x_span * 0.015, y0 - y_span * 0.025), length_deg + x_span * 0.06,
                           y_span * 0.085, facecolor="white", alpha=0.92, edgecolor="#BBBBBB", linewidth=0.6,
                           zorder=19))
    obstacles.append(ax.patches[-1].get_window_extent(renderer))
    for i in range(4):
        ax.add_patch(Rectangle((x0 + i * length_deg / 4, y0), length_deg / 4, bar_h, linewidth=0.8, zorder=20,
                               facecolor="#222222" if i % 2 == 0 else "white", edgecolor="#222222"))
    for frac, text in ((0, "0"), (0.5, f"{length_km / 2:g}"), (1, f"{length_km:g} km")):
        ax.text(x0 + frac * length_deg, y0 + bar_h * 1.8, text, ha="center", va="bottom", fontsize=fs(9.5),
                color="#222222", zorder=21)
    arrow = ax.annotate("N", xy=(0.035, 0.955), xytext=(0.035, 0.875), xycoords="axes fraction", ha="center",
                        va="center", fontsize=fs(13), fontweight="bold", color="#222222", zorder=21,
                        arrowprops=dict(arrowstyle="-|>,head_width=0.45,head_length=0.9", color="#222222", lw=1.8))
    obstacles.append(arrow.get_window_extent(renderer).expanded(1.5, 2.5))

    # --- country names, where they fit (not on zones or labels)
    if border:
        for text, side in (("T U R K E Y", 1), ("S Y R I A", -1)):
            _country_label(ax, renderer, text, side, border[0], layers, obstacles, fontsize=fs(17))

    # --- legend panel
    type_handles = [Line2D([], [], linestyle="none", marker=_MARKERS.get(st["shape"], "o"), markersize=fs(11),
                           color=st["color"], markeredgecolor="white", label=label) for label, st in styles.items()]
    extra = []
    if any(p["approx"] for p in points):
        extra.append(Circle((0, 0), 1, facecolor="white", edgecolor="#555555", linewidth=1.8,
                            linestyle=(0, (2.5, 1.8)), label="Approximate location"))
    if any(len(m) > 1 for m in groups.values()):
        extra.append(Line2D([], [], color="#444444", lw=0.9, marker="o", markersize=fs(3.5),
                            label="Same place, fanned out"))
    chars = max(16, int((panel_px - 70) / (fs(10.5) * dpi / 72 * 0.55)))
    for handle in type_handles + extra + legend_handles:
        handle.set_label(textwrap.fill(handle.get_label(), chars))
    top = 1 - header_px / height
    left = (width - panel_px) / width
    if type_handles or extra:
        leg1 = fig.legend(handles=type_handles + extra, loc="upper left", bbox_to_anchor=(left, top),
                          title="Events", alignment="left", fontsize=fs(10.5), title_fontsize=fs(11.5),
                          frameon=False, labelspacing=0.75, handlelength=2.0, borderaxespad=0.2,
                          handler_map={Circle: HandlerPatch(patch_func=_legend_ring)})
        leg1.get_title().set_fontweight("bold")
        fig.canvas.draw()
        top = fig.transFigure.inverted().transform(leg1.get_window_extent(renderer).p0)[1] - 0.01
    if legend_handles:
        leg2 = fig.legend(handles=legend_handles, loc="upper left", bbox_to_anchor=(left, top),
                          title="Control and boundaries", alignment="left", fontsize=fs(10.5),
                          title_fontsize=fs(11.5), frameon=False, labelspacing=0.75, handlelength=2.0,
                          borderaxespad=0.2)
        leg2.get_title().set_fontweight("bold")
        fig.canvas.draw()
        top = fig.transFigure.inverted().transform(leg2.get_window_extent(renderer).p0)[1] - 0.015
    fatalities = sum(p["fatalities"] for p in points)
    n_total, n_drawn = len(rows), len(points)
    stats = f"{n_drawn} event{'s' if n_drawn != 1 else ''} shown, {fatalities} reported fatalities"
    if n_total > n_drawn:
        stats += f"\n({n_total - n_drawn} without coordinates not shown)"
    fig.text(left + 6 / width, top, stats, ha="left", va="top", fontsize=fs(10), color="#333333")

    # --- header and footer (title and subtitle shrunk to fit the width)
    header = [fig.text(margin_px / width, 1 - 14 * scale / height, title, ha="left", va="top",
                       fontsize=fs(21), fontweight="bold", color="#111111")]
    if subtitle:
        header.append(fig.text(margin_px / width, 1 - 52 * scale / height, subtitle, ha="left", va="top",
                               fontsize=fs(12.5), color="#444444"))
    for text in header:
        while text.get_window_extent(renderer).width > width - 2 * margin_px and text.get_fontsize() > 6:
            text.set_fontsize(text.get_fontsize() - 0.5)

    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=dpi, facecolor="white")
    data = buf.getvalue()
    if _png_size(data) != (width, height):  # float rounding of odd sizes
        from PIL import Image

        with Image.open(io.BytesIO(data)) as im:
            out = io.BytesIO()
            im.resize((width, height)).save(out, format="PNG")
            data = out.getvalue()
    log.info("static_map_png: %dx%d, %d events, %d zone layers, %d bytes", width, height, len(points),
             len(layers), len(data))
    return data


# --------------------------------------------------------------------------- briefing

def briefing_png(
    html: str | None,
    static_dir: Path,
    fallback_kwargs: Mapping[str, Any],
    *,
    chromium: str | None = None,
    timeout: float = 60,
) -> tuple[bytes, str]:
    """A briefing image: the app's own map via Chromium, else the matplotlib map.

    Parameters
    ----------
    html : str or None
        Rendered folium page (``/app/static/vendor/`` links); None or "" skips Chromium.
    static_dir : pathlib.Path
        Folder holding ``vendor/``.
    fallback_kwargs : mapping
        Keyword arguments of :func:`static_map_png` (``events``, ``zones_fc``,
        ``border_fc``, ``places_fc``, ``title``, ``subtitle``, optional ``width``,
        ``height``...). ``width``/``height`` also size the Chromium screenshot.
    chromium : str, optional
        Chromium executable for :func:`map_png`.
    timeout : float
        Chromium's time limit in seconds.

    Returns
    -------
    tuple of (bytes, str)
        The PNG and the method used: ``"chromium"`` or ``"matplotlib"``.
    """
    width = int(fallback_kwargs.get("width", 1400))
    height = int(fallback_kwargs.get("height", 900))
    if html:
        try:
            return map_png(html, static_dir, width=width, height=height, chromium=chromium, timeout=timeout), "chromium"
        except ExportError as exc:
            log.warning("briefing image: Chromium unavailable (%s); drawing it with matplotlib", exc)
    return static_map_png(**fallback_kwargs), "matplotlib"


__all__ = [
    "ACLED_COLUMNS", "CSV_COLUMNS", "EXTRA_COLUMNS", "ExportError", "acled_csv", "briefing_png",
    "civilian_targeting", "disorder_type", "events_geojson", "find_chromium", "interaction",
    "map_html_for_file", "map_png", "static_map_png", "summarise",
]
