"""A shared link keeps meaning the same view: its dates always in the URL, hand-edited lists
read as meant, one bad date end replaced by the default's and the range shown said.

The probe behind these tests: a link copied on the default view carried no dates (the app
dropped ``from``/``to`` equal to the default range), so after a later report moved the
default range it opened on other days; ``types=Battles|Bombings`` lost "Battles" too and
``types=battles`` was refused; ``from=2021-02-30&to=2021-04-24`` said the start was ignored
and silently showed one day.
"""

from __future__ import annotations

import datetime as dt
import html

import pytest
from conftest import ROOT, app_runner

from mapapp.filters import Filters, read_query_params, to_query_params

D = dt.date
TYPES = {"Battles", "Strategic developments", "Violence against civilians"}
ACTORS = {"ndf", "sdf", "asayish"}
SOURCES = {"Shafaq News", "RT Arabic", "Al-Watan (Damascus, Arabic)"}


# --------------------------------------------------------------------------- the URL always holds the dates
def test_the_url_holds_the_dates_even_when_they_are_the_default_range():
    defaults = Filters(D(2021, 4, 19), D(2021, 4, 30))
    assert to_query_params(defaults) == {"from": "2021-04-19", "to": "2021-04-30"}
    f = Filters(D(2021, 4, 19), D(2021, 4, 30), ("Battles",), sources=("Al-Watan (Damascus, Arabic)",))
    qp = to_query_params(f)
    assert qp == {"from": "2021-04-19", "to": "2021-04-30", "types": "Battles",
                  "sources": "Al-Watan (Damascus, Arabic)"}
    # the same link read after the data grew (a later default range and wider bounds): the same view
    later = Filters(D(2026, 12, 4), D(2026, 12, 7))
    link = read_query_params(qp, later, TYPES, ACTORS, SOURCES, (D(2021, 4, 19), D(2026, 12, 7)))
    assert link.filters == f and link.notes == ()
    # a link from before the fix (no dates) still opens on the default range, without a note
    old = read_query_params({"types": "Battles"}, later, TYPES, bounds=(D(2021, 4, 19), D(2026, 12, 7)))
    assert (old.filters.date_from, old.filters.date_to) == (D(2026, 12, 4), D(2026, 12, 7)) and old.notes == ()


# --------------------------------------------------------------------------- hand-edited lists
APRIL = (D(2021, 4, 19), D(2021, 4, 30))


def _read(qp):
    return read_query_params(qp, Filters(*APRIL), TYPES, ACTORS, SOURCES, APRIL)


def test_types_and_actors_take_either_separator_and_any_case_and_name_only_the_unknown():
    link = _read({"types": "Battles|Bombings"})
    assert link.filters.event_types == ("Battles",)
    assert link.notes == ("The link's event type “Bombings” is not in this data: ignored.",)
    link = _read({"types": "battles", "actors": "NDF|Sdf"})
    assert (link.filters.event_types, link.filters.actors) == (("Battles",), ("ndf", "sdf")) and link.notes == ()
    link = _read({"types": "violence AGAINST civilians, strategic developments|Riots", "actors": "asayish,Nobody"})
    assert link.filters.event_types == ("Violence against civilians", "Strategic developments")
    assert link.filters.actors == ("asayish",)
    assert link.notes == ("The link's event type “Riots” is not in this data: ignored.",
                          "The link's actor “Nobody” is not in this data: ignored.")
    # the same value twice in two spellings is one choice
    assert _read({"types": "Battles,BATTLES"}).filters.event_types == ("Battles",)


def test_sources_keep_their_commas_and_match_any_case():
    link = _read({"sources": "Al-Watan (Damascus, Arabic)|rt arabic"})
    assert link.filters.sources == ("Al-Watan (Damascus, Arabic)", "RT Arabic") and link.notes == ()
    # "," between whole names the build has is read as a separator (no source is named so)
    link = _read({"sources": "Shafaq News,RT Arabic"})
    assert link.filters.sources == ("Shafaq News", "RT Arabic") and link.notes == ()
    # otherwise a name with a comma is one name, named whole when unknown
    link = _read({"sources": "Shafaq News|Daily Nowhere, Evening edition"})
    assert link.filters.sources == ("Shafaq News",)
    assert link.notes == ("The link's source “Daily Nowhere, Evening edition” is not in this data: ignored.",)


def test_case_never_merges_two_values_the_build_tells_apart():
    link = read_query_params({"sources": "north press"}, Filters(D(2021, 4, 19), D(2021, 4, 30)),
                             sources={"North Press", "NORTH PRESS"})
    assert link.filters.sources == () and "“north press” is not in this data" in link.notes[0]
    link = read_query_params({"sources": "NORTH PRESS"}, Filters(D(2021, 4, 19), D(2021, 4, 30)),
                             sources={"North Press", "NORTH PRESS"})
    assert link.filters.sources == ("NORTH PRESS",) and link.notes == ()


# --------------------------------------------------------------------------- one bad end
def test_a_bad_end_takes_the_defaults_end_and_the_note_says_what_is_shown():
    bounds = (D(2021, 4, 19), D(2021, 4, 30))
    link = read_query_params({"from": "2021-02-30", "to": "2021-04-24"}, Filters(*bounds), bounds=bounds)
    assert (link.filters.date_from, link.filters.date_to) == (D(2021, 4, 19), D(2021, 4, 24))
    assert link.notes == ("The link's start date “2021-02-30” is not a day of the calendar: showing 19 Apr 2021 → "
                          "24 Apr 2021 (from the start of the range the app opens on).",)
    link = read_query_params({"from": "2021-04-22", "to": "tomorrow"}, Filters(*bounds), bounds=bounds)
    assert (link.filters.date_from, link.filters.date_to) == (D(2021, 4, 22), D(2021, 4, 30))
    assert link.notes == ("The link's end date “tomorrow” is not a date like 2021-04-20: showing 22 Apr 2021 → "
                          "30 Apr 2021 (to the end of the range the app opens on).",)
    # both bad (or one bad, one missing): the range the app opens on, said
    for qp in ({"from": "x", "to": "2021-13-01"}, {"from": "x"}):
        link = read_query_params(qp, Filters(*bounds), bounds=bounds)
        assert (link.filters.date_from, link.filters.date_to) == bounds
        assert link.notes[-1].endswith("showing the range the app opens on, 19 Apr 2021 → 30 Apr 2021.")


def test_when_the_defaults_other_end_does_not_fit_the_range_keeps_the_defaults_length():
    """After a later report the range the app opens on (4-7 Dec 2026) begins after the link's end
    (24 Apr 2021): its start cannot be used; the view was that one day, without a word."""
    bounds, defaults = (D(2021, 4, 19), D(2026, 12, 7)), Filters(D(2026, 12, 4), D(2026, 12, 7))
    link = read_query_params({"from": "2021-02-30", "to": "2021-04-24"}, defaults, bounds=bounds)
    assert (link.filters.date_from, link.filters.date_to) == (D(2021, 4, 21), D(2021, 4, 24))
    assert link.notes == ("The link's start date “2021-02-30” is not a day of the calendar: showing 21 Apr 2021 → "
                          "24 Apr 2021 (the 4 days up to the link's end date, as many as the range the app "
                          "opens on).",)
    # a link with one end only (as links before the fix could be): the same range, said
    link = read_query_params({"to": "2021-04-24"}, defaults, bounds=bounds)
    assert (link.filters.date_from, link.filters.date_to) == (D(2021, 4, 21), D(2021, 4, 24))
    assert link.notes == ("This link gives no start date: showing 21 Apr 2021 → 24 Apr 2021 (the 4 days up to "
                          "the link's end date, as many as the range the app opens on).",)
    early = Filters(D(2021, 4, 19), D(2021, 4, 22))
    link = read_query_params({"from": "2021-05-01"}, early, bounds=bounds)
    assert (link.filters.date_from, link.filters.date_to) == (D(2021, 5, 1), D(2021, 5, 4))
    assert "(the 4 days from the link's start date, as many as the range the app opens on)" in link.notes[0]


# --------------------------------------------------------------------------- in the app
LATER_REPORT = ("Unknown gunmen fired on a patrol of the Asayish near the Wahda roundabout in Qamishli on "
                "Thursday evening, wounding two members of the force, a local reporter told us. The patrol "
                "returned fire and the attackers fled towards the south of the city.")


@pytest.fixture(scope="module")
def builds(tmp_path_factory):
    """The seed alone, then the seed and a later report (December 2026, our own text), each built."""
    import shutil

    from pipeline.addreport import add_report, from_text
    from pipeline.build import build

    tmp = tmp_path_factory.mktemp("linkdates")
    seeds = tmp / "seeds"
    seeds.mkdir()
    for p in (ROOT / "seeds").glob("000_*"):
        shutil.copy(p, seeds)
    before = tmp / "before"
    assert build(seeds, ROOT / "geo", before, progress=False).ok
    add_report(seeds, from_text(LATER_REPORT), published=D(2026, 12, 4), source="Test Outlet", language="en")
    after = tmp / "after"
    assert build(seeds, ROOT / "geo", after, progress=False).ok
    return before, after


def _qp(at) -> dict[str, str]:
    return {k: (v[0] if isinstance(v, list) else v) for k, v in at.query_params.items()}


def _summary(at) -> str:
    return next(m.value for m in at.markdown if " of " in m.value and "events" in m.value)


def test_a_link_copied_on_the_default_view_opens_on_the_same_days_after_a_later_report(builds, monkeypatch,
                                                                                      restore_folium):
    import streamlit as st

    before, after = builds
    st.cache_resource.clear()
    at = app_runner(monkeypatch, before)(types="Battles").run()
    assert not at.exception
    shown = at.slider(key="dates").value
    copied = _qp(at)  # what the analyst copies from the address bar
    assert (copied["from"], copied["to"]) == (shown[0].isoformat(), shown[1].isoformat())
    count = _summary(at).split(" of ")[0]
    # the data grows: a report of December 2026 moves the range the app opens on
    st.cache_resource.clear()
    fresh = app_runner(monkeypatch, after)().run()
    assert fresh.slider(key="dates").value[0].year == 2026
    at = app_runner(monkeypatch, after)(**copied).run()
    assert not at.exception and not at.warning
    assert at.slider(key="dates").value == shown
    assert _summary(at).split(" of ")[0] == count and at.multiselect(key="types").value == ["Battles"]
    st.cache_resource.clear()


def test_a_link_with_the_default_dates_keeps_them_through_reruns(builds, monkeypatch, restore_folium):
    import streamlit as st

    before, _ = builds
    st.cache_resource.clear()
    at = app_runner(monkeypatch, before)().run()
    lo, hi = at.slider(key="dates").value  # the range the app opens on
    at = app_runner(monkeypatch, before)(**{"from": lo.isoformat(), "to": hi.isoformat()}).run()
    at.checkbox(key="reviewed_only").check().run()
    at.checkbox(key="reviewed_only").uncheck().run()
    assert not at.exception
    assert (_qp(at)["from"], _qp(at)["to"]) == (lo.isoformat(), hi.isoformat())
    st.cache_resource.clear()


def test_hand_edited_lists_and_a_bad_start_in_the_app(builds, monkeypatch, restore_folium):
    import streamlit as st

    _, after = builds
    st.cache_resource.clear()
    make = app_runner(monkeypatch, after)
    at = make(**{"from": "2021-04-19", "to": "2021-04-30"}, types="battles|Bombings").run()
    assert not at.exception
    assert at.multiselect(key="types").value == ["Battles"]
    said = [html.unescape(w.value) for w in at.warning]
    assert said == ["The link's event type “Bombings” is not in this data: ignored."]
    assert _qp(at)["types"] == "Battles"
    # a bad start: the range the app opens on (December 2026) begins after the link's end
    at = make(**{"from": "2021-02-30", "to": "2021-04-24"}).run()
    lo, hi = at.slider(key="dates").value
    assert hi == D(2021, 4, 24) and lo < hi
    assert f"showing {lo:%d %b %Y} → 24 Apr 2021" in html.unescape(at.warning[0].value)
    st.cache_resource.clear()
