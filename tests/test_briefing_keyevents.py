"""The briefing's "Key events" list, its unreviewed count, partisan warning and sources line
(``mapapp/briefing.py``; the store's query ``EventStore.key_events``).

A new-user probe: the briefing page (and so its PNG and PDF) showed a title, counts, the map, a
legend and a sources line, but no event in words; the header did not say how many events were
unreviewed; a slide whose every source was partisan did not say so; the sources line ran counts
into names ("Kurdistan 24 1 · North Press Agency 1").
"""

from __future__ import annotations

import datetime as dt
import pathlib

import pandas as pd
import pytest
from conftest import QAMISHLI, TAYY, event_row

from mapapp import briefing, data, mapview
from mapapp.filters import Filters
from mapapp.store import EventStore
from pipeline.outlets import source_outlets

ROOT = pathlib.Path(__file__).resolve().parent.parent
NO_TILES = mapview.TileSetting.parse("none")
ASAYISH = ("Asayish: Internal Security Forces (AANES)", "asayish")
NDF = ("NDF: National Defence Forces", "ndf")
NOBODY = ("", "")
CIVILIANS = ("Civilians (Syria)", "civilians")


def _row(template: dict, event_id: str, day: str, etype: str, sub: str, a1, a2, place, *, killed=0, injured=None,
         status="unreviewed", outlets=1, reports=1, approximate=False, part="", source="North Press Agency",
         partisan=False, alignments=("other",), unresolved=""):
    row = event_row(template, event_id, day, etype, sub, a1, a2, place, "Our own words for a test event.",
                    part_of_day=part, fatalities=killed)
    row.update(injuries=injured, review_status=status, outlet_count=outlets, article_count=reports,
               report_count=reports, approximate=approximate, source=source, partisan_only=partisan,
               alignments=list(alignments), unresolved_name=unresolved, source_refs=[],
               reporting_outlets=source_outlets(source), background_outlets=[])
    return row


@pytest.fixture(scope="module")
def template(seed_events) -> dict:
    return seed_events.iloc[0].to_dict()


@pytest.fixture(scope="module")
def twelve(template) -> pd.DataFrame:
    """Twelve events of one week, with tolls, types and statuses to order."""
    rows = [
        _row(template, "k-01", "2021-05-03", "Strategic developments", "Agreement", ASAYISH, NDF, QAMISHLI),
        _row(template, "k-02", "2021-05-04", "Battles", "Armed clash", ASAYISH, NDF, TAYY, killed=2, injured=4,
             part="evening", approximate=True, outlets=3, reports=4, status="confirmed"),
        _row(template, "k-03", "2021-05-05", "Violence against civilians", "Attack", NOBODY, CIVILIANS, QAMISHLI,
             killed=2, status="corrected"),
        _row(template, "k-04", "2021-05-02", "Battles", "Armed clash", NDF, ASAYISH, TAYY, killed=5, outlets=2,
             reports=2),
        _row(template, "k-05", "2021-05-06", "Protests", "Peaceful protest", CIVILIANS, NOBODY, QAMISHLI, killed=2),
        _row(template, "k-06", "2021-05-06", "Battles", "Armed clash", ASAYISH, NDF, TAYY),
        _row(template, "k-07", "2021-05-01", "Strategic developments", "Other", ASAYISH, NOBODY, QAMISHLI),
        _row(template, "k-08", "2021-05-07", "Strategic developments", "Other", ASAYISH, NOBODY, ("", ""),
             unresolved="خربة سليمو"),
        _row(template, "k-09", "2021-05-02", "Riots", "Mob violence", CIVILIANS, NOBODY, QAMISHLI),
        _row(template, "k-10", "2021-05-03", "Protests", "Peaceful protest", CIVILIANS, NOBODY, QAMISHLI),
        _row(template, "k-11", "2021-05-04", "Strategic developments", "Other", NDF, NOBODY, QAMISHLI),
        _row(template, "k-12", "2021-05-05", "Explosions/Remote violence", "Remote explosive/landmine/IED",
             NOBODY, ASAYISH, QAMISHLI, injured=3),
    ]
    return pd.DataFrame(rows)


WEEK = Filters(dt.date(2021, 5, 1), dt.date(2021, 5, 7))


def test_key_events_are_ordered_by_toll_then_violence_then_date(twelve):
    """Most killed first; at the same toll the violent types (battles, explosions, violence against
    civilians) before the others; then the newest first."""
    top, total = briefing.key_events(twelve, limit=8)
    assert total == 12
    assert list(top["event_id"]) == ["k-04", "k-03", "k-02", "k-05", "k-06", "k-12", "k-08", "k-11"]
    # the store's query gives the same events in the same order, without the whole frame
    store = EventStore.from_frame(twelve)
    rows, n = store.key_events(WEEK, limit=8)
    assert n == 12 and list(rows["event_id"]) == list(top["event_id"])


def test_each_key_event_line_says_when_where_what_who_toll_reports_and_status(twelve):
    by_id = twelve.set_index("event_id", drop=False)
    line = briefing.key_event_line(by_id.loc["k-02"])
    assert line == ("4 May 2021 (evening) · Tayy neighbourhood (approx.) · Battles / Armed clash · Asayish vs NDF · "
                    "2 killed, 4 injured · 4 reports from 3 outlets · confirmed")
    assert briefing.key_event_line(by_id.loc["k-03"]) == (
        "5 May 2021 · Qamishli · Violence against civilians / Attack · unnamed attacker vs Civilians (Syria) · "
        "2 killed · 1 report from 1 outlet · corrected")
    # the name the text gives, as the build gives it, when the gazetteer lacks the place
    assert " · خربة سليمو · " in briefing.key_event_line(by_id.loc["k-08"])


def test_the_list_says_its_order_and_how_many_more(twelve):
    top, total = briefing.key_events(twelve, limit=8)
    out = briefing.key_events_html(top, total)
    assert "most killed first, then battles, explosions and violence against civilians, then newest" in out
    assert out.count('<li dir="auto">') == 8
    assert "… and 4 more (in the Events table and the ACLED CSV download)" in out
    top, total = briefing.key_events(twelve.iloc[:3], limit=8)
    assert "more (see" not in briefing.key_events_html(top, total)
    assert "No event" in briefing.key_events_html(twelve.iloc[:0], 0)


def test_every_key_event_string_is_escaped(template):
    hostile = pd.DataFrame([_row(template, "k-h", "2021-05-03", "Battles", "Armed clash",
                                 ("<img src=x onerror=alert(1)>", "x"), NDF, ("p", "Tayy <b>&</b>"), killed=1,
                                 status="<script>")])
    out = briefing.key_events_html(*briefing.key_events(hostile))
    assert "<img" not in out and "<b>&" not in out and "<script>" not in out
    assert "&lt;img src=x onerror=alert(1)&gt;" in out and "Tayy &lt;b&gt;&amp;&lt;/b&gt;" in out


def test_the_header_says_how_many_are_unreviewed_and_the_sources_line_brackets_counts(twelve, template):
    b = briefing.Briefing("t", "", WEEK.date_from, WEEK.date_to)
    three = twelve[twelve["event_id"].isin(["k-02", "k-03", "k-04"])]  # confirmed, corrected, unreviewed
    head, side, _ = briefing.page_html_parts(b, three, {}, None, NO_TILES)
    assert "3 events · 1 of 3 unreviewed · 9 killed (5 in unreviewed reports)" in head
    two = pd.DataFrame([_row(template, "s-1", "2021-05-03", "Battles", "Armed clash", ASAYISH, NDF, TAYY,
                             source="Kurdistan 24 (English)"),
                        _row(template, "s-2", "2021-05-04", "Battles", "Armed clash", ASAYISH, NDF, TAYY,
                             source="North Press Agency (Arabic)", status="confirmed")])
    head, side, _ = briefing.page_html_parts(b, two, {}, None, NO_TILES)
    assert "Kurdistan 24 (1) · North Press Agency (1)" in side
    assert "partisan" not in side
    assert briefing.sources_text([("A", 3), ("B", 1)], low={"B"}) == "A (3) · B (1, low trust)"


def test_a_slide_whose_every_source_is_partisan_says_so(template):
    rows = [_row(template, "p-1", "2021-05-03", "Battles", "Armed clash", ASAYISH, NDF, TAYY,
                 source="Kurdistan 24 (English)", partisan=True, alignments=("AANES-aligned",)),
            _row(template, "p-2", "2021-05-04", "Battles", "Armed clash", ASAYISH, NDF, TAYY,
                 source="Al-Watan (Arabic)", partisan=True, alignments=("pro-government",))]
    b = briefing.Briefing("t", "", WEEK.date_from, WEEK.date_to)
    _, side, _ = briefing.page_html_parts(b, pd.DataFrame(rows), {}, None, NO_TILES)
    assert "all sources are partisan: AANES-aligned, pro-government" in side
    # one event reported by a non-partisan outlet too: no warning
    rows[1].update(partisan_only=False, alignments=["pro-government", "other"])
    _, side, _ = briefing.page_html_parts(b, pd.DataFrame(rows), {}, None, NO_TILES)
    assert "partisan" not in side


@pytest.fixture(scope="module")
def shipped(tmp_path_factory):
    from pipeline.build import build

    out = tmp_path_factory.mktemp("keyevents") / "out"
    build(ROOT / "seeds", ROOT / "geo", out, progress=False, curated_dir=ROOT / "curated")
    return out


def test_the_store_query_matches_the_frame_on_the_shipped_build(shipped):
    ds = data.load_dataset(shipped)
    f = Filters(*ds.default_range)
    shown = ds.store.shown(f)
    top, total = briefing.key_events(shown)
    rows, n = ds.store.key_events(f)
    assert n == total == len(shown) and list(rows["event_id"]) == list(top["event_id"])
    assert len(rows) == briefing.KEY_EVENTS
    assert "events.parquet" in str(ds.store._parquet)  # the parquet store, not a frame
    assert "injuries" in rows and "outlet_count" in rows  # whole records of the few rows listed


def test_the_briefing_view_lists_the_key_events(shipped, monkeypatch, restore_folium):
    """AppTest: the briefing view at the shipped data's default range shows the list under the map."""
    import streamlit as st
    from conftest import app_runner

    st.cache_resource.clear()
    at = app_runner(monkeypatch, shipped)(view="briefing").run()
    assert not at.exception
    page = next(e.proto.srcdoc or e.proto.html for e in at.get("iframe"))
    key = page[page.index('<div id="qkey"'):]
    key = key[:key.index("</div>")]
    assert "Key events" in key and key.count('<li dir="auto">') == briefing.KEY_EVENTS
    first = key[key.index('<li dir="auto">'):key.index("</li>")]
    assert "3 killed" in first and "Tayy neighbourhood (approx.)" in first, first
    assert "… and 28 more (in the Events table and the ACLED CSV download)" in key
    assert " · 36 events · 4 of 36 unreviewed · " in page
    st.cache_resource.clear()
