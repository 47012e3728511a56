"""A displacement count in the words of its text: ``عشرات العوائل`` is "20+ families", not 20 people.

The event rules read a count of displaced (``displaced``, the most conservative figure the words
allow: ``عشرات`` → 20) and keep the words it came from (``displaced_text``). What was counted
(families or households, else people) and whether the figure is a floor (a vague plural such as
``عشرات``/"dozens", or "more than") come from those words: the unit words are data
(``pipeline/data/displaced_units.csv``), the vague and "more than" words are the count readers'
own (:mod:`pipeline.numbers`, ``pipeline/data/english.toml``). Used by the exports' notes and the
map's popups.
"""

from __future__ import annotations

import csv
import math
import re
import tomllib
from functools import lru_cache
from pathlib import Path
from typing import Any

from .arabic import normalise_phrase

DATA = Path(__file__).resolve().parent / "data"
UNITS_CSV = DATA / "displaced_units.csv"
_WORD_RE = re.compile(r"[\w\u0600-\u06ff]+")


@lru_cache(maxsize=1)
def _tables() -> tuple[dict[str, str], frozenset[str], tuple[str, ...]]:
    from . import numbers

    with UNITS_CSV.open(encoding="utf-8", newline="") as f:
        units = {normalise_phrase(r["word"]).lower(): r["unit"] for r in csv.DictReader(f) if r["word"].strip()}
    english = tomllib.loads((DATA / "english.toml").read_text(encoding="utf-8"))["numbers"]
    about = {w.lower() for w in english["about"]}  # "some 40 families" is about 40, not a floor
    floors = frozenset(numbers._VAGUE) | frozenset(numbers._MORE) | {w.lower() for w in english["vague"]
                                                                      if w.lower() not in about}
    more = tuple(p.lower() for p in english["more"])
    return units, floors, more


def _words(text: str) -> list[str]:
    return [normalise_phrase(w).lower() for w in _WORD_RE.findall(text)]


def _bare(word: str) -> list[str]:
    """A word and its forms without the proclitics و/ف and the article ال."""
    out = [word]
    for w in (word, word[1:] if word[:1] in ("و", "ف") else ""):
        if w:
            out += [w, w.removeprefix("ال")]
    return out


def unit(text: str) -> str:
    """What a displacement count counts, from its words: ``families``, ``households`` or ``people``."""
    units, _, _ = _tables()
    for w in _words(text or ""):
        for form in _bare(w):
            if form in units:
                return units[form]
    return "people"


def is_floor(text: str) -> bool:
    """True when the words give a floor, not a figure (``عشرات``، "dozens", ``أكثر من``, "more than")."""
    _, floors, more = _tables()
    low = (text or "").lower()
    return any(form in floors for w in _words(low) for form in _bare(w)) or any(p in low for p in more)


def displaced_phrase(count: Any, text: Any = "") -> str:
    """``20+ families displaced`` (``عشرات العوائل``), ``35 displaced`` (people, or no words kept);
    empty when there is no count."""
    if count is None or (isinstance(count, float) and math.isnan(count)):
        return ""
    n = int(count)
    if n <= 0:
        return ""
    words = text if isinstance(text, str) else ""
    what = unit(words)
    figure = f"{n}+" if words and is_floor(words) else str(n)
    return f"{figure} displaced" if what == "people" else f"{figure} {what} displaced"
