"""Actors (armed groups, governments, mediators): the table and its loader.

The table lives in ``pipeline/data/actors.csv`` (columns ``id,name,name_ar,inter,aliases,
notes,side``; aliases ``;``-separated, any spelling: they are normalised when matched).
``inter`` is ACLED's actor-type code (1 state forces ... 8 external forces). ``side`` is
the armed side an actor counts with when truces and their violations are compared
(:mod:`pipeline.truces`): the id of another actor (Asayish and AANES fight on the SDF's
side, the NDF on the government's), empty for its own side, ``none`` for actors that are
no armed party (civilians).
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from .errors import LexiconError

ACTORS_CSV = Path(__file__).with_name("data") / "actors.csv"

#: Nations, their people and capitals in English (lower case), with the actor of the table each
#: names ("" for none): "Iraqi government officials" are not Syria's (``PlaceFinder.find_actors``),
#: and "Russian and Turkish officers … the two sides" are not the sides of the fight told before
#: (:mod:`pipeline.english.events`).
NATION_ACTORS = {"russian": "russia", "russians": "russia", "russia": "russia", "moscow": "russia",
                 "turkish": "turkey", "turks": "turkey", "turkey": "turkey", "ankara": "turkey",
                 "american": "usa", "americans": "usa", "washington": "usa",
                 "iraqi": "", "iraqis": "", "iraq": "", "baghdad": "", "erbil": "",
                 "iranian": "", "iranians": "", "iran": "", "tehran": "", "israeli": "", "french": "", "british": "",
                 "german": "", "jordanian": "", "lebanese": "", "saudi": "", "qatari": "", "emirati": "", "egyptian": ""}


@dataclass(frozen=True, slots=True)
class Actor:
    """One actor: ACLED-style display name, Arabic name, inter code and aliases."""

    id: str
    name: str
    name_ar: str
    inter: int
    aliases: tuple[str, ...]
    notes: str = ""
    side: str = ""


def load_actors(path: str | Path = ACTORS_CSV) -> dict[str, Actor]:
    """Read and validate the actors table.

    Parameters
    ----------
    path : str or Path

    Returns
    -------
    dict of id -> Actor

    Raises
    ------
    LexiconError
        On a row with a missing id/name, a bad inter code, a duplicate id or a side that is
        neither an actor id nor ``none`` (file and line).
    """
    actors: dict[str, Actor] = {}
    lines: dict[str, int] = {}
    with open(path, encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh)
        for row in reader:
            line = reader.line_num
            aid = (row.get("id") or "").strip()
            if not aid or not (row.get("name") or "").strip():
                raise LexiconError(path, "every actor needs an id and a name", line)
            if aid in actors:
                raise LexiconError(path, f"duplicate actor id '{aid}'", line)
            try:
                inter = int(row.get("inter") or "")
            except ValueError:
                raise LexiconError(path, f"actor '{aid}': inter must be an ACLED code 1-8", line) from None
            if not 1 <= inter <= 8:
                raise LexiconError(path, f"actor '{aid}': inter must be an ACLED code 1-8", line)
            aliases = tuple(a.strip() for a in (row.get("aliases") or "").split(";") if a.strip())
            actors[aid] = Actor(aid, row["name"].strip(), (row.get("name_ar") or "").strip(), inter, aliases,
                                (row.get("notes") or "").strip(), (row.get("side") or "").strip())
            lines[aid] = line
    for a in actors.values():
        if a.side and a.side != "none" and a.side not in actors:
            raise LexiconError(path, f"actor '{a.id}': side '{a.side}' is not an actor id; use one, "
                                     "leave it empty (its own side) or write 'none' (no armed party)", lines[a.id])
    return actors


@lru_cache(maxsize=4)
def default_actors() -> dict[str, Actor]:
    """The shipped actors table (cached)."""
    return load_actors(ACTORS_CSV)


def actor_sides(actors: dict[str, Actor] | None = None) -> dict[str, str]:
    """``actor_id -> side`` (its own id when the table leaves ``side`` empty; ``none``: no armed party).

    Parameters
    ----------
    actors : dict of id -> Actor, optional
        Default: the shipped table.

    Returns
    -------
    dict of str to str
    """
    actors = default_actors() if actors is None else actors
    return {a.id: a.side or a.id for a in actors.values()}
