"""The Sources filter by outlet: one entry per outlet, its language editions named in it.

The build's source names keep an edition's language tag (``Shafaq News (Arabic)``) beside the
untagged name (``Shafaq News``); listed apart they read as two outlets. The filter lists each
outlet once (:func:`pipeline.outlets.outlet_name`), labelled with its editions' languages
("Shafaq News (Arabic, English)"); choosing it chooses every source name of that outlet, so the
filters and the URL keep the source names they always had.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence

from pipeline.outlets import outlet_name

#: ISO codes of the articles' ``language`` as the label names them.
LANGUAGE_NAMES = {"ar": "Arabic", "en": "English", "ku": "Kurdish"}
_TAG = re.compile(r"\(([^()]*)\)\s*$")


def groups(sources: Sequence[str]) -> dict[str, tuple[str, ...]]:
    """Outlet -> its source names, outlets sorted, names in their given order."""
    out: dict[str, list[str]] = {}
    for s in sources:
        out.setdefault(outlet_name(s) or s, []).append(s)
    return {k: tuple(out[k]) for k in sorted(out, key=str.casefold)}


def article_languages(articles: Iterable[Mapping]) -> dict[str, set[str]]:
    """Source name -> the languages of its articles (``articles.json``), by name (Arabic, English)."""
    out: dict[str, set[str]] = {}
    for a in articles:
        lang = LANGUAGE_NAMES.get(str(a.get("language") or ""))
        if a.get("source") and lang:
            out.setdefault(str(a["source"]), set()).add(lang)
    return out


def label(outlet: str, names: Sequence[str], languages: Mapping[str, set[str]] | None = None) -> str:
    """The entry's text: a single name as it is; an outlet of several names with their languages
    (a name's tag, else its articles' language): ``Shafaq News (Arabic, English)``."""
    if len(names) == 1:
        return names[0]
    langs: set[str] = set()
    for n in names:
        tag = _TAG.search(n) if outlet_name(n) != n else None
        langs |= {tag.group(1).replace(" edition", "").title()} if tag else set((languages or {}).get(n, ()))
    return f"{outlet} ({', '.join(sorted(langs))})" if langs else f"{outlet} ({len(names)} editions)"


def outlets_of(sources: Iterable[str], grouped: Mapping[str, Sequence[str]]) -> list[str]:
    """The outlets whose names are among ``sources`` (a URL's ``sources``), in the groups' order."""
    chosen = set(sources)
    return [o for o, names in grouped.items() if chosen & set(names)]


def sources_of(outlets: Iterable[str], grouped: Mapping[str, Sequence[str]]) -> tuple[str, ...]:
    """Every source name of the chosen outlets (what the filters match)."""
    return tuple(n for o in outlets for n in grouped.get(o, (o,)))
