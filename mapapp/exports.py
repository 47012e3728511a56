"""Data exports for analysts: an ACLED-style CSV and GeoJSON of events and zones.

Everything here returns ``bytes`` (or a string) so the Streamlit app can hand it to
``st.download_button`` directly; nothing imports Streamlit. Pictures (PNG, PDF) are
:mod:`mapapp.printing`'s job.

* :func:`acled_csv` -- events as a UTF-8 CSV with ACLED's columns in ACLED's order,
  followed by this project's own columns; it starts with a byte order mark (:data:`UTF8_BOM`)
  so that Excel, which analysts open it in, reads the Arabic (without it, Excel takes the file
  for the local code page and shows mojibake).
* :func:`events_geojson` -- events as a GeoJSON FeatureCollection of points.
* :func:`zones_geojson` -- the control zones of one day as a GeoJSON FeatureCollection.

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
import re
from collections.abc import Mapping
from typing import Any

import numpy as np
import pandas as pd

from pipeline.acled_vocab import ACLED_COLUMNS, INTER_CIVILIANS, disorder_type, interaction_code
from pipeline.cells import FORMULA_START, formula_safe  # the one guard, shared with the build's CSVs
from pipeline.cells import is_missing as _is_missing
from pipeline.displaced import displaced_phrase
from pipeline.schema import INTEGER_FIELDS

from .locating import SYRIA_ID, approximate_reason, is_approximate, place_chain, places_index
from .reportwords import report_counts

log = logging.getLogger(__name__)

#: The UTF-8 byte order mark every CSV download starts with (Excel reads UTF-8 only with it;
#: ``pandas.read_csv``, ``encoding="utf-8-sig"`` and :func:`pipeline.csvio.read_csv` skip it).
UTF8_BOM = b"\xef\xbb\xbf"

# --------------------------------------------------------------------------- constants

#: This project's columns, appended after the ACLED ones.
EXTRA_COLUMNS: list[str] = [
    "injuries", "displaced", "date_from", "date_to", "evidence", "article_id", "start", "end",
    "location_ar", "source_url", "review_status", "reviewed_by", "reviewed_at",
    # which points are approximate, and why (mapapp.locating): places with no cited point share one point
    "approximate", "location_note",
    "reports", "outlets", "background_outlets",
    # how sure the extraction was and which rule made the event; the analyst's reason for the decision in force
    "confidence", "rule", "review_reason",
]
CSV_COLUMNS: list[str] = ACLED_COLUMNS + EXTRA_COLUMNS


ISO_SYRIA = 760
COUNTRY = "Syria"
ADMIN1 = "Al-Hasakah"
#: Qamishli city point (GeoNames 173377, as in ``geo/gazetteer.csv``): (lat, lon).
QAMISHLI_LATLON = (37.05215, 41.23142)
#: Gazetteer ids whose descendants are "in the Qamishli area" (admin2).
QAMISHLI_AREA_IDS = frozenset({"qamishli", "qamishli_subdistrict"})


_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"]


class ExportError(RuntimeError):
    """An export could not be produced (Chromium missing, failed, timed out, blank page...)."""


# --------------------------------------------------------------------------- value helpers

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

def interaction(inter1: Any, inter2: Any) -> int | None:
    """:func:`pipeline.acled_vocab.interaction_code` of two inter codes as a frame holds them
    (int, float, numeric text; None, NaN or ``""`` when missing).

    Examples
    --------
    >>> interaction(3.0, "1"), interaction(2, float("nan"))
    (13, 20)
    """
    return interaction_code(_int_or_none(inter1), _int_or_none(inter2))


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
    if is_approximate(row):  # the map's one rule (mapapp.locating): a hollow symbol
        where += " (approximate location)"
    parts = [f"{_date_phrase(row)}, {core}{where}."]
    mediator = _text(row.get("mediator")).strip()
    if mediator:
        parts.append(f"Mediated by {_short_actor(mediator)}.")
    killed = _int_or_none(row.get("fatalities"))
    injured = _int_or_none(row.get("injuries"))
    # displaced in the text's own unit: "عشرات العوائل" is "20+ families displaced", not 20 people
    counts = [c for c in (f"{injured} injured" if injured else "",
                          displaced_phrase(_int_or_none(row.get("displaced")), _text(row.get("displaced_text")))) if c]
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


def _haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0088 * math.asin(math.sqrt(a))


#: The actor (``pipeline/data/actors.csv`` id) ACLED codes when a report names no perpetrator.
UNIDENTIFIED_ACTOR_ID = "unidentified"


def _perpetrator(event_type: str, row: Mapping[str, Any]) -> tuple[str, Any]:
    """``(actor1, inter1)`` as ACLED codes them.

    Violence against civilians always has a perpetrator: when the reports name none,
    ACLED's actor1 is "Unidentified Armed Group (Syria)" with its inter code (the map
    says "attacker not named"; the CSV follows ACLED).
    """
    actor1 = _text(row.get("actor1"))
    if actor1 or event_type != "Violence against civilians":
        return actor1, row.get("inter1")
    from pipeline.actors import default_actors

    unknown = default_actors().get(UNIDENTIFIED_ACTOR_ID)
    if unknown is None:  # the actor table lost the row: leave the cell empty rather than invent a name
        return actor1, row.get("inter1")
    return unknown.name, unknown.inter


def acled_row_order(row: Mapping) -> tuple[str, str, str]:
    """The ACLED CSV's row order: by event date, then place name (case-folded), then event id."""
    return (_iso_date(row.get("event_date")) or "", _text(row.get("location")).casefold(), _text(row.get("event_id")))


def acled_csv(
    events: pd.DataFrame,
    generated: dt.datetime | None = None,
    *,
    admin2: str = "Qamishli",
    places: Mapping | None = None,
    area_radius_km: float = 15.0,
    bom: bool = True,
) -> bytes:
    """Events as an ACLED-style CSV.

    Columns: :data:`pipeline.acled_vocab.ACLED_COLUMNS` in ACLED's order, then :data:`EXTRA_COLUMNS`.
    Written with :mod:`csv` (quoting as needed, ``\\r\\n`` line ends); Arabic text is
    written as is, so it round-trips byte for byte, except that a text cell starting with
    ``= + - @`` (or a tab or carriage return) starts with a ``'`` so that a spreadsheet
    never runs it as a formula (:func:`formula_safe`).

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
    bom : bool, default True
        Start with a UTF-8 byte order mark (:data:`UTF8_BOM`): Excel, the analysts' usual
        reader, then reads the Arabic actor, place and notes columns correctly (without it,
        it decodes the file in the local code page: mojibake). ``pandas.read_csv`` skips the
        mark, as do Python's ``encoding="utf-8-sig"`` and the project's ACLED import
        (:func:`pipeline.acled.load_acled`); a reader opening it as plain ``"utf-8"`` gets
        ``"\ufeffevent_id_cnty"`` as the first column name. ``False`` for the bare bytes.

    Returns
    -------
    bytes
        The CSV, UTF-8 (with the mark unless ``bom=False``); only the header row if ``events`` is empty.

    Notes
    -----
    - ``event_id_cnty``: our ``event_id`` (ACLED's ids look like ``SYR12345``).
    - ``year``: from ``event_date``.
    - ``disorder_type``: from ``event_type`` (:data:`pipeline.acled_vocab.DISORDER_TYPES`).
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
    - ``approximate``: ``true`` for a row whose point is approximate (the map's hollow symbols: its place
      has no cited point, its name is not in the gazetteer, or it was reported near the place; whatever
      ``geo_precision``), else ``false``; ``location_note`` says why
      (:func:`mapapp.locating.approximate_reason`: "no cited point of its own, shown at Tayy neighbourhood",
      "reported near Tal Ziwan, not at it"), empty when it is not. Places without a cited point share their
      parent's or their area's point (Tayy, Halko and the Railway roundabout): the project never invents a
      coordinate, so a GIS stacks such rows; filter or symbolise on ``approximate``.
    - ``fatalities``: as coded by the pipeline (conservative figure, 0 when none).
    - ``tags``: joined with "; ".
    - ``timestamp``: the export's generation time (Unix seconds), not the time the
      event was coded.
    - Rows: sorted by ``event_date``, then ``location``, then ``event_id`` (:func:`acled_row_order`).
    - Review (extra columns after ACLED's, so ACLED's own columns keep their meaning):
      ``review_status`` (``unreviewed``, ``confirmed``, ``corrected``, ``curated``; see
      ``curated/README.md``), ``reviewed_by``, ``reviewed_at`` and ``review_reason`` (the analyst's
      reason, empty when none was given) of the decision in force.
      Rejected events are not in ``events.geojson``, so never in this export; a corrected
      event is exported with the analyst's values (the extracted ones stay in the GeoJSON).
    - Sourcing (extra columns, :func:`pipeline.sourcing.event_sourcing`, the counts every view says):
      ``reports`` (articles and curated or ACLED rows, each once), ``outlets`` (the outlets that report
      the event, editions as one) and ``background_outlets`` (outlets a curated row cites only as
      background, not said to report it; ``; ``-joined). ACLED's ``source`` keeps every outlet cited.
    - Trust (extra columns, last): ``confidence`` (``high``/``medium``/``low``, as the extraction gave it;
      on curated rows as the row's sources warrant) and ``rule`` (the trigger and pattern that made the
      event; ``curated`` or ``acled`` for those rows).
    """
    if generated is None:
        generated = dt.datetime.now(dt.UTC)
    elif generated.tzinfo is None:
        generated = generated.replace(tzinfo=dt.UTC)
    timestamp = int(generated.timestamp())
    index = places_index(places)

    buf = io.StringIO(newline="")
    writer = csv.writer(buf)
    writer.writerow(CSV_COLUMNS)
    outside: set[str] = set()
    for row in sorted(_records(events), key=acled_row_order):  # by date, then place: as analysts read ACLED
        event_date = _iso_date(row.get("event_date"))
        lat, lon = _float_or_none(row.get("latitude")), _float_or_none(row.get("longitude"))
        place_id = _text(row.get("place_id"))
        in_syria, in_area, admin3 = True, False, ""
        if index and place_id in index:
            chain = place_chain(place_id, index)
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
        actor1, inter1 = _perpetrator(etype, row)
        inter_code = interaction(inter1, row.get("inter2"))
        notes = summarise(row)
        reports, outlets, _ = report_counts(row)  # the build's counts (pipeline.sourcing), as every view says them
        values = {
            "event_id_cnty": _text(row.get("event_id")),
            "event_date": event_date,
            "year": event_date[:4] if re.match(r"\d{4}", event_date) else "",
            "time_precision": _text(_int_or_none(row.get("time_precision"))),
            "disorder_type": disorder_type(etype),
            "event_type": etype,
            "sub_event_type": _text(row.get("sub_event_type")),
            "actor1": actor1,
            "assoc_actor_1": _text(row.get("assoc_actor_1")),
            "inter1": _text(_int_or_none(inter1)),
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
            "review_status": _text(row.get("review_status")),
            "reviewed_by": _text(row.get("reviewed_by")),
            "reviewed_at": _text(row.get("reviewed_at")),
            "approximate": "true" if is_approximate(row) else "false",
            "location_note": approximate_reason(row, index.get(place_id)),
            "reports": reports,
            "outlets": outlets,
            "background_outlets": "; ".join(_as_list(row.get("background_outlets"))),
            "confidence": _text(row.get("confidence")),
            "rule": _text(row.get("rule")),
            "review_reason": _text(row.get("review_reason")),
        }
        writer.writerow([formula_safe(values[c]) for c in CSV_COLUMNS])
    if outside:
        log.warning("ACLED CSV: places outside Syria, country/admin left empty: %s", ", ".join(sorted(outside)))
    data = buf.getvalue().encode("utf-8")
    log.info("ACLED CSV: %d events, %d bytes", len(events) if events is not None else 0, len(data))
    return (UTF8_BOM + data) if bom else data


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


def _json_cell(value: Any) -> Any:
    """:func:`_jsonable` of one cell, with the common plain types answered first."""
    t = type(value)
    if t is str or t is bool or t is int or value is None:
        return value
    if t is float:
        return None if value != value or math.isinf(value) else value
    return _jsonable(value)


def _whole_cell(value: Any) -> Any:
    """:func:`_json_cell` of a cell of a whole-number field: an integral float is the integer it holds
    (a frame column with a missing value holds its counts as floats: 1, never 1.0); NaN -> None."""
    v = _json_cell(value)
    return int(v) if type(v) is float and v.is_integer() else v


def _json_column(col: pd.Series, whole: bool = False) -> list[Any]:
    """A frame column as JSON-safe values (:func:`_jsonable` of each cell, as ``to_dict`` gives it);
    ``whole``: a field of :data:`pipeline.schema.INTEGER_FIELDS` (:func:`_whole_cell` of each cell)."""
    return [(_whole_cell if whole else _json_cell)(v) for v in col.tolist()]


def events_geojson(events: pd.DataFrame) -> bytes:
    """Events as a GeoJSON FeatureCollection.

    One Point feature per event (``[longitude, latitude]``), with ``id`` = event_id and
    every column as a property except ``geometry`` (a shapely column from parquet).
    Values are made JSON-safe: NaN/NaT/None -> null, numpy scalars -> numbers, arrays
    -> lists, dates -> ISO strings; the whole-number fields (:data:`pipeline.schema.INTEGER_FIELDS`:
    counts, inter codes, precisions, offsets) are integers as in the build's ``events.geojson``
    (``injuries: 1``, not the ``1.0`` of a frame column with a gap). An event without coordinates keeps its feature with
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
    # column by column (a list of plain values each), not row by row: the same values as
    # ``_jsonable`` of every cell of ``to_dict("records")``, at a fraction of the cost at 100k events
    n = 0 if events is None else len(events)
    names = [str(c) for c in events.columns if c != "geometry"] if n else []
    cols = [_json_column(events[c], str(c) in INTEGER_FIELDS) for c in events.columns if c != "geometry"] if n else []
    lats = events["latitude"].tolist() if n and "latitude" in events else [None] * n
    lons = events["longitude"].tolist() if n and "longitude" in events else [None] * n
    for values, lat, lon in zip(zip(*cols) if cols else [()] * n, lats, lons):
        props = dict(zip(names, values))
        lat, lon = _float_or_none(lat), _float_or_none(lon)
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


# --------------------------------------------------------------------------- zones


def zones_geojson(zones: Mapping, as_of: dt.date) -> bytes:
    """The control zones valid on ``as_of`` as a GeoJSON FeatureCollection (what the map draws).

    Each feature keeps its properties (controller, status, interval, confidence, source,
    the events behind it, the zone it replaced); the collection says which day it is for.
    A zone's ``evidence`` is what was reported up to that day (:func:`pipeline.zones.evidence_as_of`):
    the events it cites that began later are in ``later_evidence``, never cited as its evidence,
    and its ``latest_evidence`` is the latest day up to ``as_of`` that its evidence speaks of.
    ``stale`` says the map draws the zone faded (:func:`mapapp.mapview.is_stale` of
    :func:`mapapp.mapview.zone_evidence`: no evidence for more than
    :data:`mapapp.mapview.STALE_EVIDENCE_DAYS` days before ``as_of``), and ``stale_note`` says so
    as the map does ("no evidence since 28 Apr 2021"; null when the zone is not stale).
    """
    from mapapp.mapview import active_zones, is_stale, zone_evidence
    from pipeline.zones import evidence_as_of, latest_evidence_as_of

    feats = []
    active = active_zones(dict(zones), as_of)
    for f, last in zip(active, zone_evidence(dict(zones), active, as_of), strict=True):
        props = dict(f["properties"])
        props["evidence"], props["later_evidence"] = evidence_as_of(props.get("evidence"), as_of)
        props["latest_evidence"] = latest_evidence_as_of(f["properties"], as_of)
        props["stale"] = is_stale(last, as_of)
        props["stale_note"] = ((f"no evidence since {last:%d %b %Y}" if last else "no evidence")
                               if props["stale"] else None)
        feats.append({"type": "Feature", "id": f.get("id") or props.get("zone_id"), "geometry": f["geometry"],
                      "properties": _jsonable(props)})
    fc = {"type": "FeatureCollection", "name": f"control zones as of {as_of.isoformat()}", "as_of": as_of.isoformat(),
          "features": feats}
    return json.dumps(fc, ensure_ascii=False, indent=1).encode("utf-8")


__all__ = [
    "ACLED_COLUMNS", "CSV_COLUMNS", "EXTRA_COLUMNS", "ExportError", "FORMULA_START", "acled_csv", "civilian_targeting", "formula_safe",
    "disorder_type", "events_geojson", "interaction", "summarise", "zones_geojson",
]
