"""The Articles view's text: an article, escaped, with its places, actors and dates marked.

Places link to the map centred on them (``?view=Map&focus=<place_id>``). Everything from the
article is HTML-escaped; only the marks are markup.
"""

from __future__ import annotations

import html

import pandas as pd

from .mapview import lang_attrs

#: The columns of the set-aside table, as the Articles view shows them.
SET_ASIDE_COLUMNS = {"event_type": "type", "sub_event_type": "sub type", "event_date": "date",
                     "location": "place", "fatalities": "killed", "sentence_score": "sentence score",
                     "confidence": "confidence", "evidence": "sentence", "rule": "rule"}


def highlight_article(art: dict) -> str:
    """The article text, escaped, with places (linked to the map), actors and dates marked."""
    text = art["text"]
    spans = [(m["start"], m["end"], "place", m) for m in art.get("mentions", [])]
    spans += [(a["start"], a["end"], "actor", a) for a in art.get("actors", [])]
    spans += [(d["start"], d["end"], "date", d) for d in art.get("dates", [])]
    spans.sort(key=lambda s: (s[0], -s[1]))
    out, pos = [], 0
    for s, e, kind, item in spans:
        if s < pos:
            continue  # overlapping highlight: keep the first
        out.append(html.escape(text[pos:s]))
        inner = html.escape(text[s:e])
        if kind == "place" and item.get("place_id"):
            title = html.escape(f"{item['name_en']} · precision {item.get('geo_precision')}", quote=True)
            out.append(f'<a class="hl-place" title="{title}" target="_self" '
                       f'href="?view=Map&focus={html.escape(item["place_id"], quote=True)}">{inner}</a>')
        elif kind == "date":
            title = html.escape(f"{item['date_from']}" + (f" → {item['date_to']}" if item['date_to'] != item['date_from'] else ""), quote=True)
            out.append(f'<span class="hl-date" title="{title}">{inner}</span>')
        else:
            out.append(f'<span class="hl-{kind}" title="{html.escape(str(item.get("actor_id", "")), quote=True)}">{inner}</span>')
        pos = e
    out.append(html.escape(text[pos:]))
    return "".join(out).replace("\n", "<br>")


def article_html(art: dict) -> str:
    """The article as a block in its own direction (English left-to-right, Arabic right-to-left)."""
    return (f'<div class="qarticle" {lang_attrs(art.get("text", ""), art.get("language"))}>'
            f"{highlight_article(art)}</div>")


def set_aside_table(art: dict) -> pd.DataFrame:
    """The events the sentence model set aside from this article (``articles.json``'s
    ``set_aside``), one row each, lowest sentence score first; empty for an older build."""
    rows = [{label: item.get(key) for key, label in SET_ASIDE_COLUMNS.items()} for item in art.get("set_aside") or ()]
    frame = pd.DataFrame(rows, columns=list(SET_ASIDE_COLUMNS.values()))
    return frame.sort_values("sentence score", kind="stable").reset_index(drop=True)
