"""Outlets: one name per outlet, and how far its reports are trusted (``curated/outlets.tsv``).

An event's ``source`` lists its outlets as reports name them (``Shafaq News (Arabic)``,
``forum.nef2.com (tag pages)``, a seed's ``source``); an outlet's Arabic and English editions
are one outlet (:func:`outlet_name`).

``curated/outlets.tsv`` (tab-separated, UTF-8: ``outlet, trust, basis``) marks the outlets whose
reports are weak evidence: ``trust`` is ``low`` (user-posted pages such as a forum's tag pages or
a blog, mirrors of an editable page) or ``normal``; ``basis`` says why, in the analyst's words.
An outlet it does not list is ``normal``. The build publishes the trust of every outlet its
events name as ``outlets.json`` (:func:`outlets_output`), so the app only looks it up (the
briefing lists low-trust sources after the others, marked).

A report's dateline often names its outlet ("QAMISHLI, June 17 (Hawar) -", "القامشلي – نورث برس",
"شفق نيوز/"): :func:`dateline_outlet` reads it, matching only names the project knows
(``pipeline/data/outlet_names.csv``: the short and Arabic forms datelines use, each with its
outlet's English name; and any outlet name the caller knows, e.g. the build's), so a word in
brackets that names no outlet is never taken for one.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from .errors import InputError
from .files import read_input

#: Names that datelines give to outlets (short, English and Arabic forms): ``name,outlet``.
OUTLET_NAMES_CSV = Path(__file__).with_name("data") / "outlet_names.csv"

#: Columns of ``curated/outlets.tsv``, in order.
OUTLET_COLUMNS = ("outlet", "trust", "basis")
#: Trust levels of an outlet (``normal`` when not listed).
TRUST_LEVELS = ("normal", "low")

#: Characters an outlet name may not hold: the app's links join the outlets of the Sources filter with
#: ``|`` (``mapapp.filters.SOURCE_SEP``) and a merged event's ``source`` joins its outlets with ``;``.
OUTLET_SEPARATORS = ("|", ";")

#: Direction controls that carry over to the text after them: the embeddings and overrides (LRE, RLE,
#: PDF, LRO, RLO: U+202A–U+202E) and the isolates (LRI, RLI, FSI, PDI: U+2066–U+2069). In a name or a
#: title that the app writes into a line of its own words, an RLO turns the rest of that line backwards
#: (a popup's "North<U+202E> Press · article … · 1 report from 1 outlet"; the briefing's sources line) and an
#: unclosed embedding reorders it. The marks (LRM, RLM, ALM) carry over nothing and stay accepted.
DIRECTION_CONTROLS = re.compile("[\u202a-\u202e\u2066-\u2069]")

#: Language tags that make one outlet look like several ("SOHR (Arabic)", "SOHR (English)").
_LANGUAGE_TAG = re.compile(r"\s*\((Arabic|English|Kurdish|Arabic edition|English edition)\)\s*$", re.IGNORECASE)


class OutletError(InputError):
    """A bad row of ``curated/outlets.tsv`` (file and line)."""


@dataclass(frozen=True, slots=True)
class Outlet:
    """One row of ``curated/outlets.tsv``: the outlet (as :func:`outlet_name` gives it), its trust, why."""

    outlet: str
    trust: str
    basis: str
    line: int = 0


def outlet_name(source: str) -> str:
    """An outlet without its language tag: ``"Shafaq News (English)"`` -> ``"Shafaq News"``."""
    return _LANGUAGE_TAG.sub("", str(source)).strip()


def separator_problem(name: str) -> str:
    """Why an outlet name cannot be used, or "" when it can: it holds ``|`` or ``;``
    (:data:`OUTLET_SEPARATORS`), which separate outlets in the app's links and in merged events.

    Parameters
    ----------
    name : str
        The outlet name as given.

    Returns
    -------
    str
        ``outlet 'A | B' holds '|': an outlet name may not hold '|' or ';' (…); rename it …``, or "".
    """
    held = [c for c in OUTLET_SEPARATORS if c in str(name)]
    if not held:
        return ""
    clipped = str(name) if len(str(name)) <= 80 else str(name)[:80] + "…"
    return (f"outlet {clipped!r} holds {' and '.join(repr(c) for c in held)}: an outlet name may not hold '|' or ';' "
            "(they separate outlets in the app's links and in merged events); rename it, e.g. with '-' or '/' "
            "(\"Radio North - weekend desk\")")


def _char_problem(text: str, i: int) -> str:
    c = text[i]
    clipped = text if len(text) <= 80 else text[:80] + "…"
    return (f"{clipped!r} holds the invisible character U+{ord(c):04X} ({unicodedata.name(c, 'unnamed')}) at "
            f"character {i + 1}")


def direction_control_problem(text: str) -> str:
    r"""Why ``text`` (a title, a note) cannot be shown in the app's lines, or "": it holds a
    direction control that carries over to the text after it (:data:`DIRECTION_CONTROLS`).

    Examples
    --------
    >>> direction_control_problem("Clashes in Halko")
    ''
    >>> print(direction_control_problem("Clashes\u202e in Halko")[:61])
    'Clashes\u202e in Halko' holds the invisible character U+202E
    """
    m = DIRECTION_CONTROLS.search(str(text))
    if m is None:
        return ""
    return (_char_problem(str(text), m.start()) + ": it would reorder or turn backwards the app's words after it on "
            "the map and in the briefing; delete it (retype the value)")


def invisible_problem(name: str) -> str:
    r"""Why an outlet name cannot be used, or "": it holds an invisible format character (Unicode
    category Cf: direction controls and marks, zero-width space and joiners, soft hyphen,
    byte-order mark). A name keys the outlet: "North\u200b Press" looks like "North Press" and is
    another outlet (counted apart, not marked low trust when that one is)."""
    text = str(name)
    i = next((i for i, c in enumerate(text) if unicodedata.category(c) == "Cf"), None)
    if i is None:
        return ""
    return ("outlet " + _char_problem(text, i) + ": an outlet name is its identity (an invisible character makes another "
            "outlet of it, or turns the app's words after it backwards); delete it (retype the name)")


def outlet_problem(name: str) -> str:
    """Why ``name`` cannot be an outlet's name, or "": :func:`separator_problem`, else
    :func:`invisible_problem`."""
    return separator_problem(name) or invisible_problem(name)


def without_invisible(text: str, *, all_format: bool = False) -> str:
    """``text`` without its direction controls (:data:`DIRECTION_CONTROLS`), or, ``all_format``,
    without any invisible format character (category Cf): for what a page or a first line only
    suggests (a title, an outlet), never for an article's text, which is kept as published."""
    if all_format:
        return "".join(c for c in str(text) if unicodedata.category(c) != "Cf").strip()
    return DIRECTION_CONTROLS.sub("", str(text)).strip()


def source_outlets(source: Any) -> list[str]:
    """The outlets of an event's ``source`` (merged events list several, ``; ``-separated), each once,
    by :func:`outlet_name`, in order."""
    return list(_source_outlets(str(source or "")))


@lru_cache(maxsize=4096)
def _source_outlets(source: str) -> tuple[str, ...]:
    """:func:`source_outlets` of a text, remembered: a build asks it of every report (~50k at 5k
    articles) and the outlets' names repeat."""
    names = (outlet_name(s) for s in source.split(";"))
    return tuple(dict.fromkeys(n for n in names if n))


def load_outlets(path: str | Path, errors: list | None = None) -> dict[str, Outlet]:
    """Read ``outlets.tsv``: outlet name -> :class:`Outlet` (a missing file: no outlet marked).

    Parameters
    ----------
    path : str or Path
    errors : list, optional
        Where bad rows go (not UTF-8, wrong number of fields, no outlet, a trust outside
        :data:`TRUST_LEVELS`, no basis for ``low``, a duplicate): each is appended as an
        :class:`OutletError` naming its line and skipped. Without it, the first bad row raises.

    Raises
    ------
    OutletError
        A header other than :data:`OUTLET_COLUMNS` or not UTF-8, or (without ``errors``) the
        first bad row (a row that is not UTF-8 among them).
    """
    path = Path(path)
    if not path.exists() and not path.is_symlink():
        return {}
    try:
        raw = read_input(path).removeprefix("\ufeff".encode())  # a named pipe would block the build
    except OSError as e:
        raise OutletError(str(path), f"cannot read: {e.strerror}") from None
    out: dict[str, Outlet] = {}

    def bad(reason: str, n: int) -> None:
        err = OutletError(str(path), reason, n)
        if errors is None:
            raise err
        errors.append(err)

    header = None
    for n, raw_line in enumerate(raw.split(b"\n"), 1):
        try:
            line = raw_line.decode("utf-8").removesuffix("\r")
        except UnicodeDecodeError as e:
            if header is None:
                raise OutletError(str(path), f"not UTF-8 (byte {e.start} of the header); re-save the file as UTF-8",
                                  n) from None
            bad(f"not UTF-8 (byte {e.start} of the line); re-save the file as UTF-8", n)
            continue  # (one bad byte costs its own row, not every outlet's mark)
        if not line.strip():
            continue
        fields = [f.strip() for f in line.split("\t")]
        if header is None:
            header = tuple(fields)
            if header != OUTLET_COLUMNS:
                raise OutletError(str(path), f"header must be {' TAB '.join(OUTLET_COLUMNS)}; found "
                                             f"{' TAB '.join(fields)}", n)
            continue
        if len(fields) != len(OUTLET_COLUMNS):
            bad(f"row has {len(fields)} tab-separated fields, expected {len(OUTLET_COLUMNS)}", n)
            continue
        name, trust, basis = outlet_name(fields[0]), fields[1], fields[2]
        if not name:
            bad("no outlet named", n)
        elif outlet_problem(fields[0]):
            bad(outlet_problem(fields[0]), n)
        elif trust not in TRUST_LEVELS:
            bad(f"outlet {name!r}: trust {trust!r} is not one of {', '.join(TRUST_LEVELS)}", n)
        elif trust == "low" and not basis:
            bad(f"outlet {name!r}: say why its trust is low (basis)", n)
        elif name in out:
            bad(f"outlet {name!r} listed twice (first at line {out[name].line})", n)
        else:
            out[name] = Outlet(name, trust, basis, n)
    if header is None:
        raise OutletError(str(path), "empty; expected a header row", 1)
    return out


def outlets_output(events: Iterable[Mapping[str, Any]], listed: Mapping[str, Outlet],
                   known: Iterable[str] = (), path: str = "curated/outlets.tsv") -> tuple[list[dict], list[OutletError]]:
    """``outlets.json``: the trust of every outlet the events name, and the rows of ``outlets.tsv`` that
    mark no outlet (a misspelt name would otherwise mark nothing, silently).

    Parameters
    ----------
    events : iterable of mapping
        The build's events (their ``source``).
    listed : mapping
        :func:`load_outlets`.
    known : iterable of str
        Other outlet names (the source index's): a row naming one is not reported.
    path : str
        The file named in the problems.

    Returns
    -------
    (list of dict, list of OutletError)
        ``{"outlet", "trust", "basis"}`` per outlet, by name; the problems.
    """
    named: dict[str, None] = {}
    for ev in events:
        named.update(dict.fromkeys(source_outlets(ev.get("source"))))
    rows = [{"outlet": name, "trust": listed[name].trust if name in listed else "normal",
             "basis": listed[name].basis if name in listed else ""} for name in sorted(named, key=str.lower)]
    seen = set(named) | {outlet_name(k) for k in known}
    problems = [OutletError(path, f"outlet {o.outlet!r} is named by no report and no source index row; check its "
                                  "spelling (it marks nothing)", o.line)
                for o in listed.values() if o.outlet not in seen]
    return rows, problems


#: How far into a report its dateline is looked for (characters of each of its first lines, and lines).
_DATELINE_CHARS, _DATELINE_LINES = 160, 4
#: Arabic marks that do not change a name (diacritics, tatweel).
_MARKS = re.compile("[\u064B-\u0652\u0670\u0640]")


def _name_key(name: str) -> str:
    """A name as datelines are compared: case, Arabic marks, hamza forms and spacing aside."""
    key = _MARKS.sub("", str(name)).casefold()
    key = key.translate(str.maketrans("أإآ", "ااا"))
    return " ".join(key.split())


def dateline_names(known: Iterable[str] = ()) -> dict[str, tuple[str, str]]:
    """The names a dateline may give an outlet: name key -> ``(English outlet name, Arabic name or "")``.

    Parameters
    ----------
    known : iterable of str
        Other outlet names (the build's, the source index's), each read as naming itself
        without its language tag (``"Kurdistan 24 (English)"`` names ``Kurdistan 24``).

    Returns
    -------
    dict
    """
    import csv

    out: dict[str, tuple[str, str]] = {}
    for name in known:
        plain = outlet_name(name)
        if plain and not outlet_problem(plain):
            out.setdefault(_name_key(plain), (plain, ""))
    with OUTLET_NAMES_CSV.open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            name, outlet = row["name"].strip(), row["outlet"].strip()
            arabic = name if re.search("[\u0600-\u06FF]", name) else ""
            out[_name_key(name)] = (outlet, arabic)
    return out


#: A dateline's dash between place and outlet: a hyphen with spaces around it, or a dash.
_DASH_RE = re.compile(r"\s+[-–—]+\s+|\s*[–—]\s*")


def dateline_outlet(text: str, known: Iterable[str] = ()) -> tuple[str, str] | None:
    """The outlet a report's dateline names, as ``(English name, Arabic name or "")``, or None.

    A dateline is looked for in the first lines of the text (a headline may come first), in
    three forms: the name in brackets (``QAMISHLI, June 17 (Hawar) - …``), the name on a short
    line beside the place with a dash (``القامشلي – نورث برس``), or the name before a slash
    opening a line (``شفق نيوز/``). Only a name :func:`dateline_names` knows is taken.

    Parameters
    ----------
    text : str
        The report's text.
    known : iterable of str
        Outlet names besides the shipped list (see :func:`dateline_names`).

    Returns
    -------
    tuple of (str, str) or None
    """
    names = dateline_names(known)
    lines = [line.strip() for line in text.splitlines() if line.strip()][:_DATELINE_LINES]
    for line in lines:
        head = line[:_DATELINE_CHARS]
        candidates = re.findall(r"\(([^()]{2,60})\)", head)  # QAMISHLI, June 17 (Hawar) - …
        slash = re.match(r"([^/]{2,40}?)\s*/", head)  # شفق نيوز/ …
        if slash:  # (after a place and a dash too: القامشلي - شفق نيوز/ …)
            candidates += [slash.group(1), *_DASH_RE.split(slash.group(1))[1:]]
        parts = _DASH_RE.split(line)  # القامشلي – نورث برس (a short line)
        if 2 <= len(parts) <= 3 and len(line.split()) <= 8:
            candidates += parts
        elif len(parts) >= 2:  # "QAMISHLI (North Press) - A drone…": the part before the first dash
            candidates.append(parts[0])
        for c in candidates:
            hit = names.get(_name_key(c))
            if hit:
                return hit
    return None
