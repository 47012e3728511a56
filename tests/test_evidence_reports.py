"""What the popups and the list under the map say about the reports behind an event (new-user trial):
reports counted by article, each figure told apart by its report with its outlet's tag, whole
numbers, the same newest-first order everywhere, what the popup's overflow hides, and the trigger
as the article wrote it. On the shipped build (seed article + curated rows) where it can be.
"""

from __future__ import annotations

import datetime as dt
import html
import re

import pandas as pd
import pytest

from mapapp import feedview, mapview, reviewview
from mapapp.data import load_dataset
from mapapp.filters import Filters
from mapapp.reportwords import sourcing_words
from mapapp.textsafe import md_safe
from pipeline.merge import merge_reports
from pipeline.outlets import outlet_name


@pytest.fixture(scope="module")
def ds(tmp_path_factory):
    from conftest import ROOT

    from pipeline.build import build

    out = tmp_path_factory.mktemp("b") / "out"
    stats = build(ROOT / "seeds", ROOT / "geo", out, progress=False, curated_dir=ROOT / "curated")
    assert stats.ok, stats.errors
    return load_dataset(out)


def _groups(ds):
    return mapview.store_groups(ds.store, Filters(*ds.bounds))


def _records(ds) -> list[dict]:
    """Every event of the build as the store gives a record (all columns)."""
    return ds.store.records(range(len(ds.events)))


# --------------------------------------------------------------------------- 1. reports are articles


def test_two_sentences_of_one_article_merged_are_one_report(ds):
    """Two events the seed article tells in two sentences, merged as the analysts' merge does (the
    second given the first's date, place, actors and type): one report, two sentences, not "2 reports"."""
    ev = ds.events
    art = ev[ev["article_id"].str.len() > 0 & ev["article_id"].ne("curated")]
    art = art[art["report_count"] == 1]
    a, b = (art.iloc[i].to_dict() for i in range(2))
    assert a["article_id"] == b["article_id"] and a["evidence"] != b["evidence"]
    keys = ("date_from", "date_to", "event_date", "place_id", "actor1_id", "actor2_id", "event_type",
            "sub_event_type", "unresolved_name")
    b.update({k: a[k] for k in keys})
    drop = ("reports", "report_count", "article_count", "outlet_count", "report_ids", "fatalities_by_source",
            "fatalities_range", "merged_ids", "alignments", "day_from", "day_to")
    [merged] = merge_reports([{k: v for k, v in r.items() if k not in drop and not (isinstance(v, float) and v != v)}
                              for r in (a, b)])
    assert merged["report_count"] == 2 and merged["article_count"] == 1 and merged["outlet_count"] == 1
    assert merged["report_ids"] == [a["article_id"]]
    text = mapview._report_lines(dict(merged))
    assert "2 reports" not in text and "1 report from 1 outlet (2 sentences of one article)" in text
    # one report, its two sentences under it
    assert text.count(html.escape(a["source"])) == 1 and "2 sentences" in text
    assert html.escape(b["evidence"]) in text and html.escape(a["evidence"]) in text
    assert "(2 reports)" not in mapview.evidence_item_html(dict(merged))


def test_an_article_and_a_curated_row_are_two_reports_from_their_outlets(ds):
    """The Wahda shooting: Shafaq's article and the analysts' curated row citing seven outlets."""
    r = next(r for r in _records(ds) if r["report_count"] > 1 and r["fatalities_range"][1] == 5
             and any(x.get("origin") == "cited" for x in r["fatalities_by_source"]))
    assert r["article_count"] == 2 and len(r["report_ids"]) == 2
    curated = next(x for x in r["reports"] if x["origin"] == "curated")
    # the outlets that report it: the article's and those the row does not cite as background (pipeline.sourcing)
    reporting = {outlet_name(o["source"]) for o in curated["outlets"] if not o["background"]}
    assert r["outlet_count"] == len(reporting | {r["reports"][0]["source"]}) == len(r["reporting_outlets"])
    assert f"2 reports from {r['outlet_count']} outlets" in mapview._report_lines(r)
    assert f" · {md_safe(sourcing_words(r))} · " in mapview.evidence_item_html(r)
    # article text at the Markdown sink is never markup
    hostile = mapview.evidence_item_html({**r, "evidence": "![x](https://example.org/a.png) <b>$x$</b>",
                                          "source": "[log in](https://example.org)"})
    assert "](" not in hostile and "<b>$" not in hostile and "$x$" not in hostile


def test_each_outlet_a_curated_row_cites_carries_its_own_tag(ds):
    """The tag "pro-government, AANES-aligned, monitor" hung after a list of seven outlets."""
    seen = 0
    for r in _records(ds):
        reps = r.get("reports") or []
        for rep in reps if len(reps) > 1 else []:
            if rep.get("origin") != "curated" or not rep.get("outlets"):
                continue
            lines = mapview._report_lines(r)
            for o in rep["outlets"]:
                tagged = f'{html.escape(o["source"])} <span class="qtag">{html.escape(o["alignment"])}</span>'
                assert (tagged in lines) == (o["alignment"] != "other"), o
                seen += o["alignment"] != "other"
            several = [a for a in rep["alignments"] if a != "other"]
            assert len(several) < 2 or html.escape(", ".join(several)) not in lines  # no joined tag
    assert seen >= 3


def test_briefing_counts_an_article_behind_two_cited_events_once(ds):
    """'(3 reports)' in the changed-hands lines counts distinct reports, not events times reports."""
    lo, hi = dt.date(2021, 4, 19), dt.date(2021, 4, 26)
    counts = ds.store.report_counts(mapview.cited_event_ids(ds.zones))
    changes = mapview.zone_changes(ds.zones, lo, hi, ds.places, report_counts=counts)
    assert changes == mapview.zone_changes(ds.zones, lo, hi, ds.places, ds.events)
    change = next(c for c in changes if len(c["feature"]["properties"].get("evidence") or []) >= 2)
    cited = [x["event_id"] for x in change["feature"]["properties"]["evidence"] if x["date"] <= hi.isoformat()]
    same = {**counts, **{i: ["one-article"] for i in cited}}  # every cited event from one article
    again = next(c for c in mapview.zone_changes(ds.zones, lo, hi, ds.places, report_counts=same)
                 if c["zone_id"] == change["zone_id"])
    assert again["reports"] == 1 and change["reports"] == len({k for i in cited for k in counts.get(i, [i])})


# --------------------------------------------------------------------------- 2. tolls by source


def test_two_figures_of_one_outlet_are_told_apart_by_their_article(ds):
    """Shafaq News (English) gave 5 killed on 21 April and 3 on 22 April: two entries, two dates."""
    r = next(r for r in _records(ds)
             if sum(x["source"] == "Shafaq News (English)" for x in r.get("fatalities_by_source") or []) >= 2)
    line = mapview.toll_sources_line(r)
    entries = re.findall(r"<li>(.*?)</li>", line)
    shafaq = [e for e in entries if e.startswith("Shafaq News (English)")]
    assert len(shafaq) >= 2 and len(set(shafaq)) == len(shafaq)
    assert any("2021-04-21" in e and e.endswith(": 5") for e in shafaq)
    assert any("2021-04-22" in e and e.endswith(": 3") for e in shafaq)
    # the analysts' own figure is the curated summary, not a list of seven outlets with one number
    assert not any("; " in e for e in entries) and any(e.startswith("curated summary") for e in entries)
    # a pro-government outlet's tag is beside it
    assert any(e.startswith("Al-Baath") and '<span class="qtag">pro-government</span>' in e for e in entries)


def test_same_outlet_same_day_two_articles_still_differ():
    by = [{"source": "Desk", "fatalities": 2, "origin": "article", "article_id": "a-111111", "published": "2024-01-02"},
          {"source": "Desk", "fatalities": 4, "origin": "article", "article_id": "b-222222", "published": "2024-01-02"}]
    entries = re.findall(r"<li>(.*?)</li>", mapview.toll_sources_line({"fatalities_range": [2, 4],
                                                                        "fatalities_by_source": by}))
    assert len(set(entries)) == 2 and entries[1] == "Desk (2024-01-02), article 222222: 4"


def test_tags_wrap_inside_the_popup():
    css = mapview.base_map(mapview.TileSetting.parse(None)).get_root().render()
    assert ".qtag{" in css and "white-space:normal" in css.split(".qtag{", 1)[1].split("}", 1)[0]


# --------------------------------------------------------------------------- 3. whole numbers


def test_injuries_are_whole_numbers_in_tables_and_popups(ds):
    rows = ds.store.rows(Filters(*ds.bounds), ["event_id", "injuries", "fatalities"], limit=100)
    assert rows["injuries"].dtype.kind == "f"  # the file's nullable column reads as float
    shown = mapview.whole_number_columns(rows)
    assert str(shown["injuries"].dtype) == "Int64" and 15 in set(shown["injuries"].dropna())
    assert shown["injuries"].isna().sum() == rows["injuries"].isna().sum()
    assert mapview.whole(15.0) == "15" and mapview.whole(None) == "" and mapview.whole(float("nan")) == ""
    assert mapview.whole(2.5) == "2.5" and mapview.whole(pd.NA) == "" and mapview.whole("high") == "high"
    # the Review table and the popup's review line, on a shipped event with 15 injured
    event = next(r for r in _records(ds) if r.get("injuries") == 15)
    assert isinstance(event["injuries"], float)  # as the store gives it
    rows = {x["field"]: x["value"] for x in reviewview.field_rows(event)}
    assert rows["injuries"] == "15"
    r = {"review_status": "corrected", "reviewed_by": "A", "extracted": {"injuries": 15.0}}
    assert "15.0" not in mapview.review_line(r) and "15" in mapview.review_line(r)


# --------------------------------------------------------------------------- 4. one order, the list's details


def test_popup_and_list_under_the_map_run_newest_first_as_the_feed(ds):
    for g in _groups(ds):
        rows = mapview.group_rows(g)
        feed = list(feedview.newest_first(rows.sort_index())["event_id"])  # (file order, as the Feed reads)
        assert list(mapview.newest_first(rows)["event_id"]) == feed
        assert [r["event_id"] for r in g["records"]] == feed[: len(g["records"])]
    # the store's groups and the frame's agree on it
    frame = [(g["id"], [r["event_id"] for r in g["records"]]) for g in mapview.group_events(ds.store.shown(
        Filters(*ds.bounds)))]
    assert frame == [(g["id"], [r["event_id"] for r in g["records"]]) for g in _groups(ds)]


def test_a_clash_that_began_earlier_comes_after_a_strike_of_its_last_day():
    ev = pd.DataFrame([{"event_id": "clash", "date_from": "2021-04-20", "date_to": "2021-04-23", "time_from": None},
                       {"event_id": "strike", "date_from": "2021-04-23", "date_to": "2021-04-23", "time_from": None},
                       {"event_id": "old", "date_from": "2021-04-19", "date_to": "2021-04-19", "time_from": "08:00"}])
    assert list(mapview.newest_first(ev)["event_id"]) == ["strike", "clash", "old"]


def test_list_under_the_map_gives_toll_confidence_and_review_status(ds):
    g = next(g for g in _groups(ds) if g["count"] > 1 and g["fatalities"])
    rows = mapview.newest_first(mapview.group_rows(g))
    for _, r in rows.iterrows():
        item = mapview.evidence_item_html(r)
        toll = mapview.toll_text(r)
        assert (f"<b>{md_safe(toll)}</b>" in item) if toll else "no toll reported" in item
        assert f"{r['confidence']} confidence" in item
        status = r["review_status"]
        assert ("? unreviewed" if status == "unreviewed" else f"✓ {status}") in item
        assert md_safe(r["evidence"]) in item and "<script" not in item  # a Markdown sink: md_safe
    killed = [mapview.toll_text(r) for _, r in rows.iterrows()]
    assert any("killed" in k for k in killed)
    assert "15.0" not in "".join(mapview.evidence_item_html(r) for _, r in rows.iterrows())
    # displacement in the text's own unit, as the popup says it
    said = {"fatalities": 0, "injuries": 15.0, "displaced": 20.0, "displaced_text": "عشرات العوائل"}
    assert mapview.toll_text(said) == "injured 15, 20+ families displaced"


def test_popup_overflow_says_what_it_hides(ds):
    g = next(g for g in _groups(ds) if g["count"] > mapview.MAX_EVENTS_IN_POPUP)
    hidden = mapview.newest_first(mapview.group_rows(g)).iloc[mapview.MAX_EVENTS_IN_POPUP:]
    killed = int(pd.to_numeric(hidden["fatalities"]).fillna(0).sum())
    text = mapview.overflow_text(g)
    assert text == f"and {len(hidden)} more" + (f" ({killed} killed)" if killed else " (no deaths reported)")
    assert html.escape(text) in mapview.event_popup_html(g)
    # a toll the shown events do not carry is named
    fake = {"count": 5, "fatalities": 4, "records": [{"fatalities": 1}, {"fatalities": 0}, {"fatalities": 0}]}
    assert mapview.overflow_text(fake) == "and 2 more (3 killed)"


# --------------------------------------------------------------------------- 5. trigger as written


def test_rule_shows_the_trigger_as_the_article_wrote_it(ds):
    """'هدنه' (normalised, reads as misspelt) is shown as the article's 'هدنة'; the rule id stays."""
    recs = [r for r in _records(ds) if str(r.get("rule", "")).startswith("trigger:")]
    assert recs
    differ = 0
    for r in recs:
        line = mapview.rule_line(r)
        trigger = r["trigger"]
        assert trigger and trigger in r["evidence"]  # the evidence span's own characters
        assert f'class="qtrig">{html.escape(trigger)}</bdi>' in line
        pattern = r["rule"].split("/", 1)[1]
        assert f">{html.escape(pattern)}</code>" in line and f'title="{html.escape(r["rule"], quote=True)}"' in line
        normalised = r["rule"].split("/", 1)[0][len("trigger:"):]
        differ += normalised != trigger
        assert f">{html.escape(normalised)}<" not in line or normalised == trigger
    assert differ >= 2
    truce = next(r for r in recs if r["rule"].startswith("trigger:هدنه"))
    assert "«<bdi" in mapview.rule_line(truce) and ">هدنة</bdi>»" in mapview.rule_line(truce)
    # no trigger known (a rule of another form): the rule as it is
    assert mapview.rule_html("curated") == 'rule <code dir="auto">curated</code>'
    assert "&lt;b&gt;" in mapview.rule_html("trigger:x/pattern:p", "<b>")


def test_the_review_queue_runs_newest_first_by_start_day_as_the_feed():
    """The queue sorted by the last day, so a long clash ending today came before today's strike;
    the Feed, popup and list sort by the day an event began."""
    ev = pd.DataFrame([{"event_id": "clash", "date_from": "2021-04-20", "date_to": "2021-04-24", "time_from": None},
                       {"event_id": "strike", "date_from": "2021-04-23", "date_to": "2021-04-23", "time_from": "07:00"},
                       {"event_id": "old", "date_from": "2021-04-19", "date_to": "2021-04-19", "time_from": "08:00"}])
    ev = ev.assign(review_status="unreviewed", event_type="Battles", article_id="a", merged_ids=[[], [], []],
                   day_from=pd.to_datetime(ev["date_from"]).dt.date, day_to=pd.to_datetime(ev["date_to"]).dt.date)
    queue = list(reviewview.queue(ev)["event_id"])
    assert queue == ["strike", "clash", "old"]
    assert queue == list(mapview.newest_first(ev)["event_id"])
