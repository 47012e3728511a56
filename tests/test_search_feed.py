"""Search (Arabic after normalisation, English case-insensitive), the feed's lines, the review
page's helpers, permalinks and review styling on the map: on a real build of written reports."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from conftest import build_reports

from mapapp import feedview, mapview, reviewview
from mapapp.data import load_dataset
from mapapp.filters import Filters, apply_filters, from_query_params, to_query_params
from mapapp.search import search_mask

ROOT = Path(__file__).resolve().parent.parent

# written for these tests
REPORT_A = (
    "اشتباكات في حي حلكو\n"
    "اندلعت اشتباكات عنيفة بين قوات الأسايش وعناصر الدفاع الوطني في حي حلكو بمدينة القامشلي مساء الثلاثاء، "
    "ما أسفر عن مقتل عنصرين وإصابة أربعة آخرين.\n"
)
REPORT_B = (
    "هدنة في القامشلي\n"
    "وأعلن الطرفان هدنةً لمدة 24 ساعة برعاية روسية في مدينة القامشلي يوم الأربعاء.\n"
)


@pytest.fixture(scope="module")
def ds(tmp_path_factory):
    return load_dataset(build_reports(tmp_path_factory.mktemp("search"), [
        ("s_a", REPORT_A, "2021-04-21", "ar"), ("s_b", REPORT_B, "2021-04-22", "ar")]))


def _ids(df) -> set[str]:
    return set(df["event_id"])


def test_arabic_search_matches_spelling_variants(ds):
    ev = ds.events
    clash = _ids(ev[ev["sub_event_type"] == "Armed clash"])
    truce = _ids(ev[ev["sub_event_type"] == "Agreement"])
    assert clash and truce
    # the text has الأسايش (hamza) and حلكو; the queries use other spellings
    for q in ("الاسايش", "الآسايش", "الأسايش", "حلكو", "حلكُو"):
        assert _ids(ev[search_mask(ev, q, ds.search_index)]) == clash, q
    # ta marbuta / tanween: the text writes هدنةً, the query هدنه
    assert _ids(ev[search_mask(ev, "هدنه", ds.search_index)]) == truce
    # alef maqsura and several words (all must occur)
    assert _ids(ev[search_mask(ev, "روسية  القامشلى", ds.search_index)]) == truce
    assert _ids(ev[search_mask(ev, "الأسايش هدنة", ds.search_index)]) == set()


def test_english_search_is_case_insensitive_and_filters_with_the_rest(ds):
    ev = ds.events
    halko = _ids(ev[ev["place_id"] == "halko"])
    assert _ids(ev[search_mask(ev, "HALKO neighbourhood", ds.search_index)]) == halko
    assert _ids(ev[search_mask(ev, "asayish", ds.search_index)]) >= halko
    lo, hi = ds.bounds
    f = Filters(lo, hi, query="halko")
    assert _ids(apply_filters(ev, f, ds.search_index)) == halko
    assert _ids(apply_filters(ev, Filters(lo, hi, event_types=("Strategic developments",), query="halko"))) == set()


def test_search_and_reviewed_only_live_in_the_url():
    d = Filters(dt.date(2021, 4, 1), dt.date(2021, 4, 30))
    f = Filters(d.date_from, d.date_to, query="حي طي", reviewed_only=True)
    qp = to_query_params(f)
    assert qp == {"from": "2021-04-01", "to": "2021-04-30", "q": "حي طي", "reviewed": "only"}
    assert from_query_params(qp, d) == f


def test_reviewed_only_filter(ds):
    ev = ds.events.copy()
    lo, hi = ds.bounds
    assert set(ev["review_status"]) == {"unreviewed"}
    assert apply_filters(ev, Filters(lo, hi, reviewed_only=True)).empty
    ev.loc[ev.index[0], "review_status"] = "corrected"
    assert list(apply_filters(ev, Filters(lo, hi, reviewed_only=True))["event_id"]) == [ev.iloc[0]["event_id"]]


def test_feed_is_newest_first_with_one_line_summaries(ds):
    rows = feedview.newest_first(ds.events)
    assert list(rows["sub_event_type"])[:1] == ["Agreement"]  # the 21st before the 20th
    clash = rows[rows["sub_event_type"] == "Armed clash"].iloc[0].to_dict()
    line = feedview.summary_line(clash)
    assert line == "Armed clash: Asayish vs NDF, 2 killed, 4 injured, in Halko neighbourhood"
    html_row = feedview.row_html(clash)
    assert "? unreviewed" in html_row and "Outlet s_a" in html_row and "<svg" in html_row


def test_review_helpers_highlight_and_diff(ds):
    ev = ds.events
    clash = ev[ev["sub_event_type"] == "Armed clash"].iloc[0].to_dict()
    art = next(a for a in ds.articles if a["id"] == "s_a")
    marked = reviewview.highlight_sentence(clash, art)
    assert '<span class="hl-trigger"' in marked and '<span class="hl-place" title="Halko neighbourhood">' in marked
    assert '<span class="hl-actor"' in marked and '<span class="hl-date"' in marked
    assert reviewview.changes_from(clash, {"fatalities": 2, "injuries": 4, "place_id": "halko"}) == {}
    assert reviewview.changes_from(clash, {"fatalities": 3, "date_from": dt.date(2021, 4, 20)}) == {"fatalities": 3}
    corrected = dict(clash, fatalities=3, extracted={"fatalities": 2})
    assert reviewview.changes_from(corrected, {"fatalities": 3}) == {"fatalities": 3}  # against the extracted value
    assert reviewview.changes_from(corrected, {"fatalities": 2}) == {}
    q = reviewview.queue(ev, "unreviewed", article="s_a")
    assert list(q["event_id"]) == [clash["event_id"]]
    near = reviewview.nearest_place(ds.places, 37.0206, 41.1914)  # a click on the airport's point
    assert near is not None and near[0] == "qamishli_airport" and near[1] < 50


def test_map_marks_unreviewed_symbols_and_opens_a_permalinked_popup(ds):
    ev = ds.events
    clash_id = ev[ev["sub_event_type"] == "Armed clash"].iloc[0]["event_id"]
    layer = mapview.events_layer(ev, open_event=clash_id)
    data = next(c for c in layer._children.values() if isinstance(c, mapview.SymbolLayer)).data
    opened = [d for d in data if d.get("open")]
    assert len(opened) == 1 and f'data-event-id="{clash_id}"' in opened[0]["popup"]
    assert "qsel" in opened[0]["popup"] and "qcopyLink" in opened[0]["popup"]
    assert all(">?</text>" in d["svg"] for d in data)  # nothing reviewed yet: every symbol has the badge
    reviewed = ev.assign(review_status="confirmed", reviewed_by="ana")
    data2 = next(c for c in mapview.events_layer(reviewed)._children.values()
                 if isinstance(c, mapview.SymbolLayer)).data
    assert not any(">?</text>" in d["svg"] for d in data2) and not any(d.get("open") for d in data2)
    assert all("confirmed by ana" in d["popup"] for d in data2)
    assert "not yet reviewed" in mapview.legend_html()
    json.dumps(data)  # the layer's data is plain JSON


def test_a_place_name_finds_its_name_in_the_other_language(ds):
    """'Halko' finds the Arabic sentence that says حي حلكو, and a query of the Arabic name finds an
    English summary that says only 'Halko' (found by a new-user trial: حلكو 2 events, Halko 3)."""
    from mapapp.search import place_synonyms

    ev = ds.events
    clash = _ids(ev[ev["sub_event_type"] == "Armed clash"])
    syn = place_synonyms(ds.places)
    assert "halko" in syn["حلكو"] and "حلكو" in syn["halko"]
    assert "حي طي" in syn["tayy"] and "طي" not in syn["tayy"]  # Arabic names whole: طي is inside other words
    # an English query on Arabic copy: only with the synonyms (the text never says 'Halko')
    assert _ids(ev[search_mask(ev, "halko", ds.search_index)]) == clash  # the place column says Halko
    english_only = ev.assign(location="", place_id="", search_text="")  # nothing English left: only the Arabic sentence
    assert _ids(english_only[search_mask(english_only, "Halko", synonyms=syn)]) == clash
    assert _ids(english_only[search_mask(english_only, "Halko")]) == set()
    # an Arabic query on an English summary
    summary = ev.assign(evidence="Clashes in Halko between the Asayish and the NDF", location="", location_ar="",
                        place_id="", trigger="")
    assert _ids(summary[search_mask(summary, "حلكو", synonyms=syn)]) == set(summary["event_id"])
    # the store (the app's path) answers the same, and every word must still occur
    lo, hi = ds.bounds
    assert _ids(ds.store.shown(Filters(lo, hi, query="حلكو"))) == clash
    assert _ids(ds.store.shown(Filters(lo, hi, query="Halko هدنة"))) == set()


@pytest.mark.parametrize("params", [
    {"view": "Map", "event": "ev-0001", "from": "2021-04-20", "to": "2021-04-22"},
    {"view": "Map", "event": "cur-0423 humanitarian/truce"},
    {"view": "Map", "event": "حدث_١", "from": "2021-04-20"},
    {"a b": "x&y=z", "": "", "k~": "v.~_-", "q": "100%"},
])
def test_the_copy_links_query_is_what_urlencode_makes(params):
    # the popups' copy link skips quoting the values that need none; the string must not change
    from urllib.parse import urlencode

    from mapapp.mapview import _query_string

    assert _query_string(params) == urlencode(params)
