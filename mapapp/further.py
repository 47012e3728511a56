"""An event's further sentences (its ``more_evidence``) as its article says them, and the one its toll
comes from.

The build keeps, beside an event's sentence (``evidence``, ``start``/``end``), the other sentences of
its article that report it as ``[start, end]`` spans (``more_evidence``; a merged event's reports
each keep theirs). When the toll is told in another sentence than the event's, that sentence is
among them (:mod:`pipeline.tollevidence`). The app slices them from the article's text
(``articles.json``) and shows them under the sentence: the one the toll comes from open and
marked ("the toll is from another sentence of the article"), the others folded. The map popup, the
list under the map and the Review page say them alike (:func:`further_html`).

Nothing here imports Streamlit.
"""

from __future__ import annotations

import html
from collections.abc import Mapping
from typing import Any

#: What marks the sentence a toll comes from, wherever it is shown.
TOLL_FROM = "the toll is from another sentence of the article"


def _spans(value: Any) -> list[tuple[int, int]]:
    """``more_evidence`` as ``(start, end)`` pairs (a record's list of pairs, or the parquet's ``start-end;…``)."""
    if isinstance(value, str):
        pairs = [p.split("-") for p in value.split(";") if "-" in p]
        return [(int(a), int(b)) for a, b in pairs if a.strip().isdigit() and b.strip().isdigit()]
    out = []
    try:
        for pair in value or ():
            a, b = (int(x) for x in pair)
            out.append((a, b))
    except (TypeError, ValueError):
        return []
    return out


def further_sentences(r: Any, text: str | None) -> list[tuple[str, bool]]:
    """The further sentences of an event or report ``r`` in its article's ``text``, in their order,
    each with whether its toll comes from it (a toll's words, ``fatalities_text`` or
    ``injuries_text``, that are not in the event's own sentence). Empty without the text.

    Examples
    --------
    >>> text = "Clashes broke out. Four died."
    >>> further_sentences({"evidence": "Clashes broke out.", "more_evidence": [[19, 29]],
    ...                    "fatalities_text": "Four"}, text)
    [('Four died.', True)]
    """
    if not isinstance(text, str) or not text:
        return []
    evidence = r.get("evidence") if isinstance(r.get("evidence"), str) else ""
    tolls = [t for t in (r.get("fatalities_text"), r.get("injuries_text"))
             if isinstance(t, str) and t and t not in evidence]
    out = []
    for s, e in _spans(r.get("more_evidence")):
        if 0 <= s < e <= len(text):
            sentence = text[s:e].strip()
            if sentence:
                out.append((sentence, any(t in sentence for t in tolls)))
    return out


def with_further(records: list[dict], texts: Mapping[str, str]) -> list[dict]:
    """``records`` (event dicts) with ``further`` (:func:`further_sentences`) on each that has further
    sentences, and on each of its article reports that has (new dicts: the store's records are shared)."""
    out = []
    for r in records:
        add = further_fields(r, texts)
        out.append({**r, **add} if add else r)
    return out


def further_fields(r: dict, texts: Mapping[str, str]) -> dict[str, Any]:
    """What :func:`with_further` adds to the record ``r``: ``further`` when it has further sentences, and
    ``reports`` with each article report's own (empty when it adds nothing)."""
    add: dict[str, Any] = {}
    found = further_sentences(r, texts.get(str(r.get("article_id") or "")))
    if found:
        add["further"] = found
    reports = r.get("reports")
    if isinstance(reports, list) and any(isinstance(x, dict) and x.get("more_evidence") for x in reports):
        add["reports"] = [({**x, "further": further_sentences(x, texts.get(str(x.get("article_id") or "")))}
                           if isinstance(x, dict) and x.get("more_evidence") else x) for x in reports]
    return add


def further_html(r: Any, tolls_only: bool = False) -> str:
    """The further sentences of ``r`` (its ``further``, :func:`with_further`) as escaped HTML: the sentence
    its toll comes from open, marked :data:`TOLL_FROM`; the others folded ("2 more sentences of the article
    about it"), unless ``tolls_only``. ``""`` when there are none."""
    from .mapview import text_attrs

    items = r.get("further") if isinstance(r.get("further"), list) else []
    e = html.escape
    toll = [t for t, holds in items if holds]
    rest = [] if tolls_only else [t for t, holds in items if not holds]
    out = ""
    if toll:
        out += (f'<div class="qtollsrc"><small>{TOLL_FROM}:</small>'
                + "".join(f'<div class="qar" {text_attrs(t)}>{e(t)}</div>' for t in toll) + "</div>")
    if rest:
        n = len(rest)
        out += (f'<details class="qfurther"><summary><small>{n} more sentence{"s" if n != 1 else ""} of the article '
                f"about it</small></summary>"
                + "".join(f'<div class="qar" {text_attrs(t)}>{e(t)}</div>' for t in rest) + "</details>")
    return out
