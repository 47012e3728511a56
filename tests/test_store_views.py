"""The Review, Feed and Add views' store queries answer as the pandas functions they replace.

The reference is the whole events frame (``events.geojson`` read whole) put through the
views' former pandas code (:func:`mapapp.reviewview.queue`, :func:`mapapp.reviewview.merge_candidates`,
:func:`mapapp.feedview.newest_first`); the store answers from ``events.parquet`` with SQL, and,
for a build without parquet, from the frame (:meth:`mapapp.store.EventStore.from_frame`).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import html
import json

import pytest
from conftest import ROOT, app_runner

from mapapp import data, feedview, reviewview, store
from mapapp.filters import Filters, apply_filters


@pytest.fixture(scope="module")
def out_dir(tmp_path_factory):
    from pipeline.build import build

    out = tmp_path_factory.mktemp("store_views") / "out"
    build(ROOT / "seeds", ROOT / "geo", out, progress=False, curated_dir=ROOT / "curated")
    return out


@pytest.fixture(scope="module")
def ref(out_dir):
    return data.events_frame(json.loads((out_dir / "events.geojson").read_bytes())["features"])


@pytest.fixture(scope="module", params=["parquet", "frame"])
def st_(request, out_dir, ref):
    if request.param == "parquet":
        return store.EventStore.open(out_dir / "events.parquet")
    return store.EventStore.from_frame(ref.copy())


def _ids(frame) -> list[str]:
    return list(frame["event_id"])


def test_status_counts_equal_the_frame(st_, ref):
    assert st_.status_counts() == ref["review_status"].value_counts().to_dict()


def test_review_queue_equals_the_pandas_queue(st_, ref):
    arts = sorted({str(a) for a in ref["article_id"].dropna()})
    assert arts
    cases = [dict(), dict(status="all"), dict(status="confirmed"),
             dict(date_from=dt.date(2021, 4, 20), date_to=dt.date(2021, 4, 22)),
             dict(status="all", types=("Battles",)), *[dict(status="all", article=a) for a in arts[:4]]]
    for case in cases:
        want = reviewview.queue(ref, **{"status": "unreviewed", **case})
        got, total = st_.review_queue(**case)
        assert total == len(want), case
        assert _ids(got) == _ids(want), case
        short, total = st_.review_queue(limit=3, **case)
        assert _ids(short) == _ids(want)[:3] and total == len(want)
    assert any(st_.review_queue(status="all", article=a)[1] for a in arts)


def test_merge_candidates_equal_the_pandas_ones(st_, ref):
    for e in ref.head(8).to_dict("records"):
        want = reviewview.merge_candidates(ref, e)
        got = st_.near(e["event_id"], dt.date.fromisoformat(str(e["date_from"])), e["event_type"])
        assert _ids(got) == _ids(want)
        assert _ids(st_.near(e["event_id"], dt.date.fromisoformat(str(e["date_from"])), e["event_type"],
                             limit=2)) == _ids(want)[:2]


def test_article_events_equal_the_merged_ids(st_, ref):
    for aid in sorted({str(a) for a in ref["article_id"].dropna()})[:6]:
        want = ref[ref["merged_ids"].map(lambda ids, a=aid: any(str(i).startswith(a + "-e") for i in ids or ()))]
        assert _ids(st_.article_events(aid)) == _ids(want)
    assert st_.article_events("no-such-article").empty


def test_feed_pages_equal_newest_first(st_, ref):
    lo = min(ref["day_from"])
    hi = max(ref["day_to"])
    full = Filters(lo, hi)
    for f in (full, dataclasses.replace(full, event_types=("Battles",)), dataclasses.replace(full, query="قوات")):
        want = _ids(feedview.newest_first(apply_filters(ref, f)))
        assert want
        got = _ids(st_.newest(f, limit=5)) + _ids(st_.newest(f, limit=len(want), offset=5))
        assert got == want, f


def test_feed_is_in_the_order_events_began(st_, ref):
    """Newest first means the newest to begin: a multi-day event is placed by its first day, so one that
    began on the 26th and ran to the 29th comes after one of the 28th (by end day it came first)."""
    full = Filters(min(ref["day_from"]), max(ref["day_to"]))
    page = st_.newest(full, limit=len(ref))
    ids = _ids(page)
    assert ids == _ids(feedview.newest_first(ref))
    began = [str(d) for d in page["date_from"]]
    assert began == sorted(began, reverse=True)
    long_ = ref[(ref["date_from"].astype(str) < "2021-04-28") & (ref["date_to"].astype(str) > "2021-04-28")]
    assert len(long_), "the shipped data has an event running past the 28th that began before it"
    for eid in long_["event_id"]:
        assert ids.index("cur-0428-tribal-visit") < ids.index(eid), eid


def test_feed_puts_yesterdays_strike_before_a_clash_that_began_earlier_and_ended_today(ref):
    """A 3-day clash (24-26 April) and a strike on the 25th: the strike began last, so it is first,
    in pandas and in SQL alike (ordered by end day the clash came first); a known time of day
    comes after the day's events without one."""
    rows = ref.iloc[:3].copy()
    rows["event_id"] = ["clash-3-days", "strike", "strike-19h"]
    rows["date_from"] = ["2021-04-24", "2021-04-25", "2021-04-25"]
    rows["date_to"] = ["2021-04-26", "2021-04-25", "2021-04-25"]
    rows["event_date"] = ["2021-04-24", "2021-04-25", "2021-04-25"]
    rows["time_from"] = [None, None, "19:00"]
    rows = store.typed_frame(rows.reset_index(drop=True))
    want = ["strike-19h", "strike", "clash-3-days"]
    assert _ids(feedview.newest_first(rows)) == want
    sql = store.EventStore.from_frame(rows)
    assert _ids(sql.newest(Filters(dt.date(2021, 4, 20), dt.date(2021, 4, 30)), limit=10)) == want


# --------------------------------------------------------------------------- the views, through AppTest
@pytest.fixture
def no_frame_app(out_dir, monkeypatch, restore_folium):
    """``make(**query)`` -> an AppTest of the app on the shipped build in which reading the whole
    events frame fails (the views must work from queries)."""
    import streamlit as st

    def refuse(self):
        raise AssertionError("a view read the whole events frame")

    monkeypatch.setattr(store.EventStore, "frame", refuse)
    st.cache_resource.clear()
    yield app_runner(monkeypatch, out_dir)
    st.cache_resource.clear()


def test_feed_view_pages_from_queries(no_frame_app, ref):
    at = no_frame_app(view="Feed").run()
    assert not at.exception, at.exception
    n_unrev = int((ref["review_status"] == "unreviewed").sum())
    assert any(m.value.startswith(f"**{len(ref)}** events, newest first ({n_unrev} unreviewed)") for m in at.markdown)
    rows = [m.value for m in at.markdown if 'class="qfeed"' in m.value]
    newest = feedview.newest_first(ref).iloc[: len(rows)]
    assert rows == [feedview.row_html(r) for _, r in newest.iterrows()]


def test_review_view_queue_and_merge_from_queries(no_frame_app, ref):
    at = no_frame_app(view="Review").run()
    assert not at.exception, at.exception
    counts = ref["review_status"].value_counts()
    assert any(f"**{counts.get('unreviewed', 0)} unreviewed**" in m.value for m in at.markdown)
    at.selectbox(key="rv_status").set_value("all").run()
    want = reviewview.queue(ref, "all")
    box = at.selectbox(key="rv_event")
    assert list(box.options) == [reviewview.summary(r) for r in want.to_dict("records")]
    assert box.label.startswith(f"Event ({len(want)} in the queue")
    table = at.dataframe[0].value  # the chosen event's fields, headed by what they are (was "proposed")
    assert list(table.columns) == ["field", reviewview.VALUE_HEADINGS["unreviewed"]]
    assert "reviewed_at" in list(table["field"])
    at.radio(key="rv_decision").set_value("merge").run()
    assert not at.exception, at.exception
    chosen = want[want["event_id"] == at.session_state["rv_event"]].iloc[0].to_dict()
    cands = reviewview.merge_candidates(ref, chosen)
    assert list(at.selectbox(key="rv_merge").options) == [reviewview.summary(r) for r in cands.to_dict("records")]


def test_review_queue_lists_a_page_and_says_so(no_frame_app, ref, monkeypatch):
    monkeypatch.setattr(reviewview, "QUEUE_PAGE", 4)
    at = no_frame_app(view="Review").run()
    at.selectbox(key="rv_status").set_value("all").run()
    box = at.selectbox(key="rv_event")
    assert len(box.options) == 4
    assert f"({len(ref)} in the queue, newest first; the newest 4 listed" in box.label


def test_add_view_shows_the_added_reports_events_from_a_query(no_frame_app, ref):
    aid = str(ref["article_id"].dropna().iloc[0])
    at = no_frame_app(view="Add report")
    at.session_state["add_done"] = {"id": aid, "unknown": []}
    at.run()
    assert not at.exception, at.exception
    mine = ref[ref["merged_ids"].map(lambda ids: any(str(i).startswith(aid + "-e") for i in ids or ()))]
    assert mine.shape[0] > 0
    events = f"{len(mine)} event{'' if len(mine) == 1 else 's'} from it on the map"
    assert any(f"Added {aid} and rebuilt: {events}" in html.unescape(s.value) for s in at.success)
    links = [m.value for m in at.markdown if "view=Review" in m.value]
    assert len(links) == len(mine)



def test_events_view_table_from_queries(no_frame_app, ref):
    at = no_frame_app(view="Events", types="Battles").run()
    assert not at.exception, at.exception
    df = at.dataframe[0].value
    want = ref[ref["event_type"] == "Battles"].sort_values(["event_date", "event_id"])
    assert list(df["event_id"]) == list(want["event_id"])
    assert any(m.value.startswith(f"**{len(want)}** of {len(ref)} events") for m in at.markdown)
    assert any(b.label.startswith("Prepare") and "ACLED CSV" in b.label for b in at.button)  # made on request


def test_add_view_names_the_fields_left_empty_without_the_cli_options(no_frame_app, ref, tmp_path):
    from pipeline.addreport import add_report, from_text

    report = from_text("اشتباكات في حي طي بمدينة القامشلي مساء أمس بين الأسايش والدفاع الوطني.\n")
    done = add_report(tmp_path / "seeds", report, published=dt.date(2021, 4, 23))  # no outlet, title or URL
    assert any("--" in u for u in done.unknown)  # the CLI's wording names its options
    aid = str(ref["article_id"].dropna().iloc[0])
    at = no_frame_app(view="Add report")
    at.session_state["add_done"] = {"id": aid, "unknown": done.unknown}
    at.run()
    caption = next(c.value for c in at.caption if c.value.startswith("Not determined"))
    assert "URL" in caption and "--" not in caption
    # the legend is under the small map (a panel over it hid the new event's symbol), not in it
    assert any("qlegend-strip" in m.value for m in at.markdown)
    maps = [e for e in at.get("component_instance") if getattr(e.proto, "component_name", "").endswith("st_folium")]
    assert maps and not any("qlegend" in e.proto.json_args for e in maps)


def test_add_view_report_text_and_title_read_in_their_own_direction(no_frame_app):
    """The trial typed Arabic into the text box and the Title: left-to-right, the full stop at the wrong end.
    Both get dir="auto" (a style and a script scoped to those two widgets); other inputs are left alone."""
    from mapapp import addview

    at = no_frame_app(view="Add report").run()
    assert not at.exception, at.exception
    bodies = [e.proto.body for e in at.get("html")]
    snippet = next(b for b in bodies if "dir" in b and "st-key-" in b)
    assert snippet == addview.bidi_inputs_html()
    assert f".st-key-{addview.TEXT_KEY} textarea" in snippet and f".st-key-{addview.TITLE_KEY} input" in snippet
    assert "setAttribute('dir','auto')" in snippet and "unicode-bidi:plaintext" in snippet
    assert "st-key-add_who" not in snippet and "st-key-add_outlet" not in snippet  # scoped: names, outlets stay as typed
    # the keys it names are the widgets' own
    at.text_area(key=addview.TEXT_KEY).input("اشتباكات في حي طي بمدينة القامشلي مساء أمس بين الأسايش والدفاع الوطني.\n")
    at.run()
    assert at.text_input(key=addview.TITLE_KEY) is not None


def test_add_view_date_notice_goes_once_a_date_is_given(no_frame_app):
    from mapapp import addview

    at = no_frame_app(view="Add report").run()
    at.text_area(key=addview.TEXT_KEY).input("اشتباكات في حي طي بمدينة القامشلي مساء أمس بين الأسايش والدفاع الوطني.\n")
    at.run()
    assert any(i.value == addview.NO_DATE for i in at.info)  # pasted text has no date
    at.date_input(key="add_published").set_value(dt.date(2021, 4, 22)).run()
    assert not at.exception, at.exception
    assert not any(i.value == addview.NO_DATE for i in at.info)  # the trial saw it stay
    assert at.button(key="add_go").disabled  # no outlet yet: the dateline names none (test_addflow.py)
    at.text_input(key="add_outlet").set_value("Hawar News Agency").run()
    assert not at.button(key="add_go").disabled


def test_add_view_fetch_failure_points_to_the_pages_own_upload(no_frame_app):
    """Offline, the page told app users to run `python -m pipeline add PAGE.html`; it points to its upload."""
    at = no_frame_app(view="Add report").run()
    at.radio(key="add_how").set_value("Web address").run()
    at.text_input(key="add_url").input("http://127.0.0.1:9/report.html")  # a closed port: fails as offline does
    at.button(key="add_fetch").click().run()
    assert not at.exception, at.exception
    import html

    shown = at.error[0].value
    assert "http://127.0.0.1" not in shown  # through md_safe: the typed address is no Markdown link
    said = html.unescape(shown)
    assert "could not fetch http://127.0.0.1:9/report.html" in said.lower()
    assert "Upload a file" in said and "save it" in said.lower()
    assert "python -m pipeline" not in said


# --------------------------------------------------------------------------- Play's stops follow the filters
def test_play_stops_on_the_days_with_events_under_the_current_filters(st_, ref):
    """Play stepped through the build's activity days (every event, whatever the filters): with a
    filter on, most of its steps changed nothing on the map. Its stops are now the days on which
    the events the filters show begin (from the range's start), asked of the store."""
    from mapapp import playback

    start, hi = dt.date(2021, 4, 19), dt.date(2021, 4, 30)
    everything = playback.stop_days(st_, Filters(start, start), hi)
    for f in (Filters(start, start), Filters(start, start, ("Violence against civilians",)),
              Filters(dt.date(2021, 4, 23), dt.date(2021, 4, 23), ("Battles",)),
              Filters(start, start, query="no such word anywhere")):
        shown = apply_filters(ref, dataclasses.replace(f, date_to=hi))
        want = tuple(sorted({max(d, f.date_from) for d in shown["day_from"]}))
        assert playback.stop_days(st_, f, hi) == want, f
    civilians = playback.stop_days(st_, Filters(start, start, ("Violence against civilians",)), hi)
    assert civilians and set(civilians) < set(everything)  # the filter leaves days out: Play skips them


def test_play_visits_the_filtered_days_only_and_says_when_there_is_nothing_to_play(no_frame_app, ref,
                                                                                   monkeypatch):
    """Through the app: Play with a type filter on stops on that type's days and ends on the last of
    them (it went on through every day of the build to the slider's end); with no event under the
    filters it does not start, and says why."""
    from mapapp import playback

    seen: list[tuple[dt.date, dt.date]] = []
    real = playback.schedule

    def record() -> None:
        import streamlit as st

        seen.append(tuple(st.session_state["dates"]))
        real()

    monkeypatch.setattr(playback, "schedule", record)
    kind = "Violence against civilians"
    at = no_frame_app(view="Events", **{"from": "2021-04-19", "to": "2021-04-19", "types": kind})
    at.session_state["play_speed"] = "fast (0.3 s a day)"
    at.run()
    assert not at.exception, at.exception
    days = sorted({d for d in ref[ref["event_type"] == kind]["day_from"]})
    seen.clear()
    at.button(key="play_button").click().run(timeout=60)
    assert not at.exception, at.exception
    ends = [e for _, e in seen]
    assert sorted(set(ends)) == days, ends  # one stop a day with such an event, no other
    assert tuple(at.session_state["dates"]) == (dt.date(2021, 4, 19), days[-1])
    assert not at.session_state["play_on"]
    at = no_frame_app(view="Events", **{"from": "2021-04-19", "to": "2021-04-19", "types": kind, "q": "zzzqqq"}).run()
    assert not at.exception, at.exception
    assert at.button(key="play_button").disabled
    assert any("nothing to play" in c.value.lower() for c in at.sidebar.caption)
