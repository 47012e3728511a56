"""A new user's probe of the app (adding a report, the map's first view, the briefing link, old zones).

Each test replays what the probe did with ``streamlit.testing.v1.AppTest`` (no browser) on builds
made here into temporary folders (``QMAP_OUT``).
"""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import ROOT, app_runner, seed_plus_report


@pytest.fixture(scope="module")
def out_dir(tmp_path_factory):
    from pipeline.build import build

    out = tmp_path_factory.mktemp("newuser") / "out"
    build(ROOT / "seeds", ROOT / "geo", out, progress=False)
    return out


@pytest.fixture
def app(out_dir, monkeypatch, restore_folium):
    import streamlit as st

    st.cache_resource.clear()
    yield app_runner(monkeypatch, out_dir)
    st.cache_resource.clear()


def _typed(at) -> tuple[dt.date, dt.date]:
    return at.date_input(key="date_from_typed").value, at.date_input(key="date_to_typed").value


def test_slider_and_typed_dates_agree_after_a_rebuild_moves_the_bounds(app, out_dir, two_episodes, monkeypatch):
    """Probe: after a report of 2024 was added to the 2021 data (a rebuild: the slider's bounds grow), the
    slider showed 19 Apr 2021 → 3 Mar 2024 and the typed dates 19 → 30 Apr 2021. Both keep the range in force."""
    import streamlit as st

    at = app(view="Add report").run()
    before = at.slider(key="dates").value
    assert _typed(at) == before
    monkeypatch.setenv("QMAP_OUT", str(two_episodes))  # the rebuild the added report makes
    st.cache_resource.clear()
    at.run()
    assert not at.exception
    # the bounds did move: the data now span years, and the slider spans the period holding the range
    assert at.selectbox(key="date_period").options[0].startswith("All: ") and "Mar 2024" in " ".join(
        at.selectbox(key="date_period").options)
    assert at.selectbox(key="date_period").value == f"{before[0]:%Y-%m}"
    assert at.slider(key="dates").value == before
    assert _typed(at) == before


def _brief_link(at) -> str:
    import html
    from urllib.parse import parse_qs, urlparse

    text = next(m.value for m in at.sidebar.markdown if "Open briefing view" in m.value)
    return {k: v[0] for k, v in parse_qs(urlparse(html.unescape(text.split("](", 1)[1].rstrip(")"))).query).items()}


def test_open_briefing_view_link_carries_this_runs_map_area_and_title(app, monkeypatch):
    """Probe: the sidebar's "Open briefing view" link carried the previous map area and title (the whole
    governorate while the map showed Qamishli; after a zoom, the area before it). It carries the current ones."""
    import streamlit_folium

    seen = {"bounds": {"_southWest": {"lat": 37.02, "lng": 41.18}, "_northEast": {"lat": 37.08, "lng": 41.27}}}
    monkeypatch.setattr(streamlit_folium, "st_folium", lambda *a, **k: dict(seen))  # the view the browser shows
    at = app().run()
    assert not at.exception
    assert _brief_link(at)["bbox"] == "37.02000,41.18000,37.08000,41.27000"
    seen["bounds"] = {"_southWest": {"lat": 37.04, "lng": 41.2}, "_northEast": {"lat": 37.06, "lng": 41.24}}  # zoomed in
    at.text_input(key="brief_title").set_value("Qamishli centre").run()
    link = _brief_link(at)
    assert link["bbox"] == "37.04000,41.20000,37.06000,41.24000" and link["title"] == "Qamishli centre"
    assert link["view"] == "briefing"


@pytest.fixture(scope="module")
def amuda_added(tmp_path_factory):
    """The shipped seed plus an English report (our own words) of a drone strike at Amuda in March 2024, built."""
    return seed_plus_report(tmp_path_factory.mktemp("amuda"),
                            "Drone strike hits a pickup near Amuda\nA drone fired a missile at a pickup truck "
                            "in Amuda on Saturday, 2 March 2024, killing two SDF fighters inside it, residents "
                            "of the town said.", dt.date(2024, 3, 3), title="Strike near Amuda")


def _folium_view(at) -> tuple[tuple[float, float], int]:
    import json

    els = [e for e in at.get("component_instance") if getattr(e.proto, "component_name", "").endswith("st_folium")]
    args = json.loads(els[0].proto.json_args)
    return tuple(args["center"]), args["zoom"]


AMUDA = (37.104, 40.930)


def test_the_opening_map_frames_the_events_it_counts(app, amuda_added, monkeypatch):
    """Probe: after a report at Amuda of 2 March 2024, ``/`` opened on 1-3 Mar 2024, "1 of 37 events", framed on
    Qamishli with Amuda's symbol off-screen. The opening view frames the events shown, a town's extent at least."""
    from mapapp import framing

    monkeypatch.setenv("QMAP_OUT", str(amuda_added))
    at = app().run()
    assert not at.exception
    assert "**1** of " in next(m.value for m in at.markdown if " of " in m.value and "events" in m.value)
    view = _folium_view(at)
    south, west, north, east = framing.visible(view)
    assert south < AMUDA[0] < north and west < AMUDA[1] < east, view
    assert view[1] <= 13  # a town and its surroundings, not 300 m of blank background
    # a move of the map is the user's: the next runs keep the view
    at.run()
    assert _folium_view(at) == view


def test_the_event_link_opens_on_the_event_at_a_towns_extent(app, amuda_added, monkeypatch):
    from mapapp.data import load_dataset
    from mapapp.filters import Filters

    monkeypatch.setenv("QMAP_OUT", str(amuda_added))
    store = load_dataset(amuda_added).store
    rows = store.rows(Filters(dt.date(2024, 3, 1), dt.date(2024, 3, 3)), ["event_id", "latitude", "longitude"])
    assert len(rows) == 1
    at = app(view="Map", event=str(rows.iloc[0]["event_id"])).run()
    assert not at.exception
    (lat, lon), zoom = _folium_view(at)
    assert abs(lat - rows.iloc[0]["latitude"]) < 1e-4 and abs(lon - rows.iloc[0]["longitude"]) < 1e-4
    assert 12 <= zoom <= 13


def test_framing_rule():
    """One event far from Qamishli: framed, no closer than the default zoom; events in the default view keep it;
    a filter change that leaves no shown event in view reframes; a pan (same filters) is never undone."""
    from mapapp import framing
    from mapapp.mapview import DEFAULT_ZOOM, QAMISHLI

    one = framing.choose([AMUDA], "f1", None, None)
    assert framing.inside(AMUDA, framing.visible(one.view)) and one.view[1] == DEFAULT_ZOOM
    assert framing.choose([(37.05, 41.23), (37.0, 41.2)], "f1", None, None).view == (QAMISHLI, DEFAULT_ZOOM)
    wide = framing.choose([AMUDA, (37.05, 41.23), (36.5, 40.75)], "f1", None, None)  # Hasakah too
    assert all(framing.inside(p, framing.visible(wide.view)) for p in [AMUDA, (36.5, 40.75)]) and wide.view[1] < 12
    home = framing.choose([(37.05, 41.23)], "f1", None, None)
    assert framing.choose([AMUDA], "f1", home, None).view == home.view  # same filters: the user's view stays
    assert framing.choose([AMUDA], "f2", home, None).view == one.view  # new filters, nothing in view: reframed
    assert framing.choose([AMUDA, (37.05, 41.23)], "f2", home, None).view == home.view  # something in view: stays
    shared = (37.0, 41.1, 37.1, 41.3)
    assert framing.inside((37.05, 41.2), framing.visible(framing.choose([AMUDA], "f1", None, shared).view))


def test_zones_with_old_evidence_are_drawn_faded_and_said_so(app, amuda_added, monkeypatch):
    """Probe: with the period in March 2024 the April 2021 zones were drawn at full strength "as of 03 Mar 2024",
    with only "(latest evidence 28 Apr 2021)" as a hint. Zones with no evidence in the STALE_EVIDENCE_DAYS before
    the period's end are drawn faded; the summary line and the legend say "no evidence since …"."""
    import json

    from mapapp import mapview

    monkeypatch.setenv("QMAP_OUT", str(amuda_added))
    at = app().run()
    summary = next(m.value for m in at.markdown if " of " in m.value and "events" in m.value)
    assert summary.endswith("control zones as of 03 Mar 2024: no evidence since 26 Apr 2021 (drawn faded)"), summary
    legend = next(m.value for m in at.markdown if "qlegend" in m.value)
    assert "no evidence since 26 Apr 2021" in legend and "faded: no evidence in the 90 days" in legend
    els = [e for e in at.get("component_instance") if getattr(e.proto, "component_name", "").endswith("st_folium")]
    fg = json.loads(els[0].proto.json_args)["feature_group"]
    assert '"opacity": 0.35' in fg and '"fillOpacity": 0.25' not in fg  # every zone faded
    assert "faded: no evidence since" in fg  # the zone's tooltip
    # in the period of its evidence a zone is drawn at full strength
    at = app(**{"from": "2021-04-24", "to": "2021-04-26"}).run()
    fg = json.loads([e for e in at.get("component_instance")
                     if getattr(e.proto, "component_name", "").endswith("st_folium")][0].proto.json_args)["feature_group"]
    assert '"fillOpacity": 0.25' in fg and "faded: no evidence" not in fg
    tayy = {"controller": "sdf", "status": "controlled", "valid_from": "2021-04-23", "evidence": [{"date": "2021-04-26"}]}
    assert mapview.zone_style(tayy, mapview.is_stale(mapview.last_confirmed(tayy, dt.date(2021, 7, 25)),
                                                     dt.date(2021, 7, 25)))["fillOpacity"] == 0.25
    assert mapview.is_stale(mapview.last_confirmed(tayy, dt.date(2021, 7, 26)), dt.date(2021, 7, 26))


def test_english_evidence_reads_left_to_right_on_the_review_and_articles_pages(app, amuda_added, monkeypatch):
    """Probe: the Review page showed an English sentence right-to-left (its full stop at the left): the page's
    style forced every ``.qarticle`` right-to-left over its ``dir``. The sentence and the article take their
    language's direction; the Arabic seed stays right-to-left."""
    monkeypatch.setenv("QMAP_OUT", str(amuda_added))
    at = app(view="Review").run()
    assert not at.exception
    css = next(m.value for m in at.markdown if ".qarticle{" in m.value)
    rule = css.split(".qarticle{", 1)[1].split("}", 1)[0]
    assert "direction" not in rule and "right" not in rule  # the element's dir decides
    blocks = [m.value for m in at.markdown if m.value.startswith('<div class="qarticle"')]
    assert blocks and blocks[0].startswith('<div class="qarticle" dir="ltr" lang="en">'), blocks[:1]
    assert "Amuda" in blocks[0]
    english = next(a for a in __import__("json").loads((amuda_added / "articles.json").read_text())
                   if a["language"] == "en")
    at = app(view="Articles", article=english["id"]).run()
    assert next(m.value for m in at.markdown if m.value.startswith('<div class="qarticle"')).startswith(
        '<div class="qarticle" dir="ltr" lang="en">')
    arabic = next(a for a in __import__("json").loads((amuda_added / "articles.json").read_text())
                  if a["language"] == "ar")  # (the view opens on the newest article of the range: name the seed)
    at = app(view="Articles", article=arabic["id"]).run()  # the Arabic seed
    assert next(m.value for m in at.markdown if m.value.startswith('<div class="qarticle"')).startswith(
        '<div class="qarticle" dir="rtl" lang="ar">')


def test_the_headline_toll_says_how_much_of_it_is_in_unreviewed_reports(app, amuda_added, monkeypatch):
    """Probe: the header's killed total mixed reviewed and unreviewed events with no warning. It says how many
    of the dead are in unreviewed (extracted, not yet confirmed) events, in the summary line and the briefing."""
    import pandas as pd

    from mapapp.store import Counts

    monkeypatch.setenv("QMAP_OUT", str(amuda_added))
    at = app().run()  # March 2024: the Amuda report, unreviewed, 2 killed
    summary = next(m.value for m in at.markdown if " of " in m.value and "events" in m.value)
    assert " · 2 killed (all in unreviewed reports) · " in summary, summary
    at = app(view="briefing").run()
    page = next(e.proto.srcdoc or e.proto.html for e in at.get("iframe"))
    assert "1 event · 1 of 1 unreviewed · 2 killed (all in unreviewed reports)" in page
    frame = pd.DataFrame({"review_status": ["confirmed", "unreviewed", None, "curated"], "fatalities": [5, 3, 1, 2]})
    assert Counts.of(frame).killed_text() == "11 killed (4 in unreviewed reports)"
    assert Counts.of(frame.iloc[[0, 3]]).killed_text() == "7 killed"
    at = app(view="Events", reviewed="only").run()
    summary = next(m.value for m in at.markdown if " of " in m.value and "events" in m.value)
    assert "unreviewed reports" not in summary


AMUDA_TEXT = ("Drone strike hits a pickup near Amuda\nA drone fired a missile at a pickup truck in Amuda on Saturday, "
              "2 March 2024, killing two SDF fighters inside it, residents of the town said.")


def test_adding_a_report_already_in_the_data_says_which_in_the_pages_words(app, amuda_added, monkeypatch, tmp_path):
    """Probe: adding the same report again said "id '…' already exists; give another --id" (the command line's
    words). The page says the report is already in the data, and which one."""
    import shutil

    seeds = tmp_path / "seeds"
    shutil.copytree(amuda_added.parent / "seeds", seeds)
    before = sorted(p.name for p in seeds.iterdir())
    monkeypatch.setenv("QMAP_OUT", str(amuda_added))
    monkeypatch.setenv("QMAP_SEEDS", str(seeds))
    at = app(view="Add report").run()
    at.text_area(key="add_text").set_value(AMUDA_TEXT).run()
    at.date_input(key="add_published").set_value(dt.date(2024, 3, 3)).run()
    at.text_input(key="add_outlet").set_value("North Press Agency").run()  # no dateline: the page asks for it
    at.button(key="add_go").click().run()
    assert not at.exception
    said = __import__("html").unescape(" ".join(e.value for e in at.error))  # md_safe: entities
    assert "--id" not in said and "This report is already in the data as '20240303_" in said, said
    assert "“Strike near Amuda”, North Press Agency, published 2024-03-03" in said
    # a report added with a wrong date is withdrawn, then added again (test_addflow.py)
    assert "withdraw it (Withdraw a report, below) and add it again" in said
    assert sorted(p.name for p in seeds.iterdir()) == before  # nothing written


def test_acled_csv_rows_are_sorted_by_date_then_place():
    """Probe: the ACLED CSV's rows came in the build's order (by article), not by date and place."""
    import csv
    import io

    import pandas as pd

    from mapapp.exports import acled_csv

    frame = pd.DataFrame({"event_id": ["e3", "e1", "e2", "e4"], "location": ["Tayy", "Qamishli", "amuda", "Halko"],
                          "event_date": ["2021-04-22", "2021-04-20", "2021-04-22", "2021-04-20"],
                          "event_type": ["Battles"] * 4, "sub_event_type": ["Armed clash"] * 4,
                          "latitude": [37.0] * 4, "longitude": [41.2] * 4, "fatalities": [0] * 4})
    rows = list(csv.DictReader(io.StringIO(acled_csv(frame, bom=False).decode("utf-8"))))
    assert [(r["event_date"], r["location"]) for r in rows] == [
        ("2021-04-20", "Halko"), ("2021-04-20", "Qamishli"), ("2021-04-22", "amuda"), ("2021-04-22", "Tayy")]


def test_the_events_table_uses_the_page_not_ten_rows_over_an_empty_area(app, monkeypatch):
    """Probe: the Events table showed ~10 rows (Streamlit's default height) with a large empty area below."""
    import streamlit

    from mapapp.eventstable import VISIBLE_ROWS, table_height

    heights = []
    real = streamlit.dataframe

    def spy(data=None, *args, **kwargs):
        heights.append((len(data) if data is not None else 0, kwargs.get("height")))
        return real(data, *args, **kwargs)

    monkeypatch.setattr(streamlit, "dataframe", spy)
    at = app(view="Events", **{"from": "2021-04-19", "to": "2021-04-30"}).run()
    assert not at.exception
    n, height = heights[0]
    assert n == 7 and height == table_height(7) == 35 * 8 + 3  # every row, no scroll
    assert table_height(500) == 35 * (VISIBLE_ROWS + 1) + 3 and VISIBLE_ROWS >= 20  # then a scroll


@pytest.fixture(scope="module")
def two_editions(amuda_added, tmp_path_factory):
    """The Amuda build's seeds plus an Arabic report (our own words) from the same outlet's Arabic edition."""
    import shutil

    from pipeline.addreport import add_report, from_text
    from pipeline.build import build

    tmp = tmp_path_factory.mktemp("editions")
    seeds = tmp / "seeds"
    shutil.copytree(amuda_added.parent / "seeds", seeds)
    add_report(seeds, from_text("قصفت طائرة مسيرة تركية سيارة عسكرية في مدينة عامودا يوم الاثنين، ما أدى إلى مقتل "
                                "عنصرين من قوات سوريا الديمقراطية بحسب سكان من المدينة."),
               published=dt.date(2024, 3, 5), source="North Press Agency (Arabic)", language="ar")
    out = tmp / "out"
    assert build(seeds, ROOT / "geo", out, progress=False).ok
    return out


def test_sources_filter_lists_an_outlet_once_with_its_languages(app, two_editions, monkeypatch):
    """Probe: the Sources filter listed "Shafaq News" and "Shafaq News (Arabic)" as two entries. An outlet is
    listed once with its editions' languages; choosing it chooses both, in the URL as before."""
    from mapapp import sourcegroups

    monkeypatch.setenv("QMAP_OUT", str(two_editions))
    at = app(**{"from": "2024-03-01", "to": "2024-03-06"}).run()
    assert not at.exception
    box = at.multiselect(key="sources")
    assert box.options.count("North Press Agency (Arabic, English)") == 1, box.options
    assert "North Press Agency (Arabic)" not in box.options
    box.select("North Press Agency").run()
    summary = next(m.value for m in at.markdown if " of " in m.value and "events" in m.value)
    assert summary.startswith("**2** of "), summary  # both editions' events
    assert set(str(at.query_params["sources"][0] if isinstance(at.query_params["sources"], list)
                   else at.query_params["sources"]).split("|")) == {"North Press Agency", "North Press Agency (Arabic)"}
    at = app(**{"from": "2024-03-01", "to": "2024-03-06", "sources": "North Press Agency (Arabic)"}).run()
    assert at.multiselect(key="sources").value == ["North Press Agency"]  # a shared link's edition: its outlet
    grouped = sourcegroups.groups(["Shafaq News", "Shafaq News (Arabic)", "Rudaw"])
    assert grouped == {"Rudaw": ("Rudaw",), "Shafaq News": ("Shafaq News", "Shafaq News (Arabic)")}
    assert sourcegroups.label("Shafaq News", grouped["Shafaq News"], {"Shafaq News": {"English"}}) == \
        "Shafaq News (Arabic, English)"
    assert sourcegroups.sources_of(["Shafaq News"], grouped) == ("Shafaq News", "Shafaq News (Arabic)")


def test_add_report_suggests_a_headline_title_and_a_date_from_the_text(app, monkeypatch, tmp_path):
    """Probe: with a pasted report whose first line is a headline and whose text gives its date, the form's
    Title and Published stayed empty. They are prefilled as suggestions the page asks the user to check."""
    from pipeline.addreport import suggest_published, suggest_title

    monkeypatch.setenv("QMAP_SEEDS", str(tmp_path))
    at = app(view="Add report").run()
    at.text_area(key="add_text").set_value(AMUDA_TEXT).run()
    assert not at.exception
    assert at.text_input(key="add_title").value == "Drone strike hits a pickup near Amuda"
    assert at.date_input(key="add_published").value == dt.date(2024, 3, 2)
    said = " ".join(i.value for i in at.info)
    assert "Title suggested from the text's first line" in said and "(02 Mar 2024): check that it is" in said
    assert suggest_title("One sentence only, and it ends.\nMore text.") == ""
    assert suggest_title("No headline here") == ""
    # a dateline alone on the first line is no headline (a probe was offered "القامشلي – نورث برس" as the title)
    assert suggest_title("عامودا – نورث برس\nسقطت قذيفة على حقل قرب المدينة.") == ""
    assert suggest_title("AMUDA (Hawar)\nA shell fell on a field.") == ""
    assert suggest_title("قذيفة على حقل قرب عامودا\nعامودا – نورث برس\nسقطت قذيفة.") == "قذيفة على حقل قرب عامودا"
    assert suggest_published("قصفت طائرة مسيرة موقعاً في 12 شباط 2024 قرب المدينة، وفي 14 شباط 2024 عادت") == \
        dt.date(2024, 2, 14)
    assert suggest_published("Nothing dated: on Monday a patrol passed.") is None
    # the English stage's abbreviated month names count too
    assert suggest_published("A convoy crossed on 5 Apr 2021; the next one came on Sept. 3, 2022.") == dt.date(2022, 9, 3)
    assert suggest_published("وفي ٢٠ نيسان ٢٠٢١ أغلقت الطرق") == dt.date(2021, 4, 20)


def test_a_view_reopened_from_its_own_link_is_the_same_view():
    """A link's ``bbox`` was fitted again with a margin and a floor, so each reload of a shared view
    opened a zoom level wider (14 → 13 → 12 …) and the briefing followed; the view is now the one
    the map showed, whatever the width of the window that reported it."""
    from mapapp import framing

    for view in [((37.03, 41.22), 14), ((37.05, 41.23), 11), ((36.9, 41.0), 9)]:
        for width in (760, 940, 1280):
            bbox = framing.visible(view, (width, framing.MAP_SIZE_PX[1]))
            again = framing.choose([], "f", None, bbox).view
            assert again[1] == view[1], (view, width, again)
            assert abs(again[0][0] - view[0][0]) < 1e-4 and abs(again[0][1] - view[0][1]) < 1e-4
            # and opening it once more changes nothing
            bbox2 = framing.visible(again, (width, framing.MAP_SIZE_PX[1]))
            assert framing.choose([], "f", None, bbox2).view == again


def test_the_briefing_names_a_grouped_outlet_once():
    """The Sources filter lists an outlet once ("Shafaq News (Arabic, English)") and chooses all its
    editions; the briefing's filter line listed every edition's name ("sources: Shafaq News, Shafaq
    News (Arabic), Shafaq News (English)"). An edition chosen alone keeps its own name."""
    import datetime as dt

    from mapapp.filters import Filters, describe

    day = dt.date(2021, 4, 20)
    every = Filters(day, day, sources=("Shafaq News", "Shafaq News (Arabic)", "Shafaq News (English)", "Zhyan News"))
    assert describe(every) == ["sources: Shafaq News, Zhyan News"]
    one = Filters(day, day, sources=("Shafaq News (Arabic)",))
    assert describe(one) == ["sources: Shafaq News (Arabic)"]


def test_the_name_given_on_add_report_is_offered_on_review_and_back(app, monkeypatch, tmp_path):
    """Probe: the name typed on Add report was not offered on Review (Review and Articles shared the name
    last given in the session; Add report kept its own). Every page that records a name offers the last one."""
    monkeypatch.setenv("QMAP_CURATED", str(tmp_path / "curated"))
    (tmp_path / "curated").mkdir()
    at = app(view="Add report").run()
    at.text_area(key="add_text").set_value("Shots at a bakery queue in Qamishli\nGunmen fired on people queuing at a "
                                           "bakery in the Qamishli market on Monday, wounding three, a witness said.").run()
    at.text_input(key="add_who").set_value("analyst N").run()
    at.radio(key="view_radio").set_value("Review").run()
    assert not at.exception
    assert at.text_input(key="rv_who").value == "analyst N"
    at.text_input(key="rv_who").set_value("analyst M").run()
    at.radio(key="view_radio").set_value("Add report").run()
    at.text_area(key="add_text").set_value("Shots at a bakery queue in Qamishli\nGunmen fired on people queuing.").run()
    assert at.text_input(key="add_who").value == "analyst M"


def test_after_a_correction_is_saved_the_next_event_opens_on_confirm(app, monkeypatch, tmp_path):
    """Probe: after saving a correction on Review, the next event's form stayed on Correct (its fields open,
    ready to write a change the analyst did not mean). The decision starts again from Confirm."""
    monkeypatch.setenv("QMAP_CURATED", str(tmp_path / "curated"))
    (tmp_path / "curated").mkdir()
    at = app(view="Review").run()
    first = at.session_state["rv_event"]
    at.text_input(key="rv_who").set_value("analyst N").run()
    at.radio(key="rv_decision").set_value("correct").run()
    at.number_input(key=f"rv_{first}_fat").set_value(7).run()
    at.button(key="rv_save").click().run()
    assert not at.exception and not at.error
    assert "fatalities=7" in (tmp_path / "curated" / "reviews.csv").read_text(encoding="utf-8")
    assert at.radio(key="rv_decision").value == "confirm"
    # and the browser is told: a key merely dropped left Chromium showing "Correct" over a form for Confirm
    proto = at.radio(key="rv_decision").proto
    assert proto.set_value and proto.raw_value == "✓ Confirm"
    assert not [n for n in at.number_input if n.key and n.key.endswith("_fat")]  # no correction fields open
    assert at.text_input(key="rv_who").value == "analyst N"  # the name stays


def test_a_new_event_type_asks_for_its_sub_type(app, monkeypatch, tmp_path):
    """Probe: changing a correction's Event type set its Sub-event type to the new type's first option,
    said only in the Changes line. A new type now asks for its sub-type, and Save waits for it."""
    from mapapp.reviewview import SUB_TYPE_NEEDED

    monkeypatch.setenv("QMAP_CURATED", str(tmp_path / "curated"))
    (tmp_path / "curated").mkdir()
    at = app(view="Review").run()
    first = at.session_state["rv_event"]
    at.text_input(key="rv_who").set_value("analyst S").run()
    at.radio(key="rv_decision").set_value("correct").run()
    kept = at.selectbox(key=f"rv_{first}_type").value
    other = next(t for t in at.selectbox(key=f"rv_{first}_type").options if t != kept)
    at.selectbox(key=f"rv_{first}_type").set_value(other).run()
    sub = at.selectbox(key=f"rv_{first}_sub_{other}")
    assert sub.value is None and SUB_TYPE_NEEDED in [w.value for w in at.warning]
    assert at.button(key="rv_save").disabled
    sub.set_value(sub.options[-1]).run()
    assert not at.button(key="rv_save").disabled and SUB_TYPE_NEEDED not in [w.value for w in at.warning]


def test_the_timeline_map_frames_the_events_of_the_range(app, amuda_added, monkeypatch):
    """Probe: the Timeline's map opened on Qamishli whatever the range; on 1-3 Mar 2024 (one event, at Amuda) Amuda
    was off its edge. It frames the range's events as the Map view does (framing.choose)."""
    from mapapp import framing

    monkeypatch.setenv("QMAP_OUT", str(amuda_added))
    at = app(view="Timeline").run()
    assert not at.exception
    view = _folium_view(at)
    south, west, north, east = framing.visible(view, framing.TIMELINE_MAP_PX)
    assert south < AMUDA[0] < north and west < AMUDA[1] < east, view
    at.run()
    assert _folium_view(at) == view  # the next run keeps it
