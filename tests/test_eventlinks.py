"""Event links (``?event=ID``, ``?view=Review&review=ID``) that outlive the evidence added after them.

A new user's probe: a report was added and its event's link copied; a second outlet's report of the
same strike was added, the build merged the two ("2 reports from 2 outlets") and the merged event took
the other article's event id, so the first link said "No event … in this build (rejected, or its article
changed)" and its review link "Nothing to review". The build now writes ``event_links.parquet`` (every
id merged into another event, rejected by a reviewer or set aside by screening, and where it went); the
app's event store looks a linked id up there, opens the event it is now part of with a note, and says
truly why an id is gone.

The reports are written for these tests (two outlets' accounts of one drone strike on a car near
Qahtaniyah; an artillery report on Tal Tamr whose second sentence, residents' fear, screening sets aside).
"""

from __future__ import annotations

import datetime as dt
import json
import shutil
from pathlib import Path

import pytest
from conftest import ROOT, app_runner

from pipeline.actors import default_actors
from pipeline.addreport import add_report, from_text
from pipeline.build import build
from pipeline.reviews import record_decision

FIRST = ("Drone hits SDF car near Qahtaniyah\nA Turkish drone struck a car carrying SDF fighters near Qahtaniyah on "
         "Tuesday, 14 May 2024, killing two of them, a medical source in the town told our reporter.")
SECOND = ("Two fighters die in Turkish drone attack\nTwo SDF fighters were killed on Tuesday, 14 May 2024, when a "
          "Turkish drone fired a missile at their vehicle in Qahtaniyah, residents said.")
SECOND_EDITED = ("Two fighters die in Turkish drone attack\nTwo SDF fighters were killed on Tuesday, 14 May 2024, when "
                 "a Turkish drone fired a missile at their car in Qahtaniyah, local people said.")
FEAR = "وتخشى العائلات في تل تمر أن تطال الاشتباكات والقصف بيوتها إذا استمرت المعارك على خطوط التماس"
SHELLING = ("قصف على قرى تل تمر\nقصفت المدفعية التركية مساء الجمعة أطراف بلدة تل تمر، ما أدى إلى جرح امرأة، بحسب "
            f"مصادر محلية.\n{FEAR}.\nودعا مسؤول محلي إلى فتح ملاجئ للأهالي.")


def _events(out: Path) -> dict[str, dict]:
    feats = json.loads((out / "events.geojson").read_text(encoding="utf-8"))["features"]
    return {f["properties"]["event_id"]: f["properties"] for f in feats}


def _add(seeds: Path, text: str, published: dt.date, outlet: str) -> str:
    return add_report(seeds, from_text(text), published=published, source=outlet, language="en",
                      title=text.split("\n", 1)[0]).id


@pytest.fixture(scope="module")
def probe(tmp_path_factory):
    """The probe's steps: the first outlet's report added and built (its event id noted, as a copied link),
    then a second outlet's report of the same strike, published a day earlier, added and built."""
    tmp = tmp_path_factory.mktemp("eventlinks")
    seeds, curated, out = tmp / "seeds", tmp / "curated", tmp / "out"
    seeds.mkdir()
    curated.mkdir()
    first = _add(seeds, FIRST, dt.date(2024, 5, 15), "North Press Agency")
    assert build(seeds, ROOT / "geo", out, curated_dir=curated, progress=False).ok
    (old_id,) = _events(out)
    second = _add(seeds, SECOND, dt.date(2024, 5, 14), "Hawar News Agency")
    assert build(seeds, ROOT / "geo", out, curated_dir=curated, progress=False).ok
    return {"tmp": tmp, "seeds": seeds, "curated": curated, "out": out, "first": first, "second": second,
            "old_id": old_id}


def _merged(out: Path) -> dict:
    (event,) = _events(out).values()
    return event


def test_two_outlets_reports_of_one_strike_merge_and_the_build_says_where_the_first_id_went(probe):
    from mapapp.data import load_dataset

    event, old = _merged(probe["out"]), probe["old_id"]
    assert (event["article_count"], event["outlet_count"]) == (2, 2)  # "2 reports from 2 outlets"
    assert old in event["merged_ids"] and event["event_id"] != old  # the probe's case: the id moved
    assert event["event_id"].startswith(probe["second"] + "-e")
    links = probe["out"] / "event_links.parquet"
    assert links.exists()
    import pyarrow.parquet as pq

    rows = pq.read_table(links).to_pylist()
    assert [(r["id"], r["status"], r["event_id"]) for r in rows] == [(old, "merged", event["event_id"])]
    store = load_dataset(probe["out"]).store
    assert store.link(old)["event_id"] == event["event_id"]
    assert store.link(event["event_id"]) is None  # an event's own id needs no link
    assert store.link(probe["first"] + "-e00000000") is None


def test_a_build_older_than_the_links_file_still_follows_merged_ids(probe, tmp_path):
    """A build without ``event_links.parquet`` (older than it, shown with ``QMAP_SKIP_BUILD=1``): merged ids
    are found in the events' ``merged_ids``; for an id gone, the causes are given as possible ones only."""
    out = tmp_path / "old"
    shutil.copytree(probe["out"], out)
    (out / "event_links.parquet").unlink()
    event = _merged(out)
    assert _follow(out, probe["old_id"]).event_id == event["event_id"]
    gone = _follow(out, probe["first"] + "-e00000000")
    assert gone.event_id is None and gone.cause == "unknown" and "rebuild it to know which" in gone.note


def _app(monkeypatch, probe, out: Path | None = None, **params):
    monkeypatch.setenv("QMAP_CURATED", str(probe["curated"]))
    return app_runner(monkeypatch, out or probe["out"])(**params)


def _map_centre(at) -> tuple[float, float]:
    els = [e for e in at.get("component_instance") if getattr(e.proto, "component_name", "").endswith("st_folium")]
    lat, lon = json.loads(els[0].proto.json_args)["center"]
    return lat, lon


def _said(elements) -> str:
    import html

    return " ".join(html.unescape(e.value) for e in elements)


def test_the_first_reports_map_link_opens_the_merged_event_and_says_it_was_merged(probe, monkeypatch, restore_folium):
    from mapapp import mapview

    opened = []
    layers = mapview.dynamic_layers

    def spy(*a, **k):
        opened.append(k.get("open_event"))
        return layers(*a, **k)

    monkeypatch.setattr(mapview, "dynamic_layers", spy)
    event = _merged(probe["out"])
    at = _app(monkeypatch, probe, view="Map", event=probe["old_id"]).run()
    assert not at.exception
    assert "No event" not in _said(at.warning)
    said = _said(at.info)
    assert "merged with another report" in said and "now combines 2 reports" in said, said
    assert opened[-1] == event["event_id"]  # its popup opens
    (lat, lon) = _map_centre(at)
    assert abs(lat - event["latitude"]) < 1e-4 and abs(lon - event["longitude"]) < 1e-4


@pytest.fixture(scope="module")
def both_confirmed(probe):
    """Both reports confirmed by an analyst (the Review page writes one row per merged id), then rebuilt."""
    curated = probe["tmp"] / "curated-confirmed"
    curated.mkdir()
    from pipeline.gazetteer import load_geo_dir

    gaz = load_geo_dir(ROOT / "geo")
    for eid in _merged(probe["out"])["merged_ids"]:
        record_decision(curated / "reviews.csv", eid, "confirm", reviewed_by="analyst K", gazetteer=gaz,
                        actors=default_actors())
    out = probe["tmp"] / "out-confirmed"
    assert build(probe["seeds"], ROOT / "geo", out, curated_dir=curated, progress=False).ok
    assert _merged(out)["review_status"] == "confirmed"
    return curated, out


def test_the_first_reports_review_link_opens_the_merged_event_whatever_its_status(probe, both_confirmed, monkeypatch,
                                                                                   restore_folium):
    curated, out = both_confirmed
    event = _merged(out)
    monkeypatch.setenv("QMAP_CURATED", str(curated))
    at = app_runner(monkeypatch, out)(view="Review", article=probe["first"], review=probe["old_id"]).run()
    assert not at.exception
    assert "Nothing to review" not in _said(at.info)
    assert at.selectbox(key="rv_status").value == "confirmed"
    assert at.session_state["rv_event"] == event["event_id"]
    assert "now combines 2 reports" in _said(at.info)


def _rebuilt(probe, name: str, edit=None, reviews=None) -> Path:
    """A copy of the probe's seeds changed by ``edit(seeds)`` (and ``reviews(curated)``), built."""
    tmp = probe["tmp"] / name
    seeds, curated, out = tmp / "seeds", tmp / "curated", tmp / "out"
    shutil.copytree(probe["seeds"], seeds)
    curated.mkdir(parents=True)
    if edit:
        edit(seeds)
    if reviews:
        reviews(curated)
    assert build(seeds, ROOT / "geo", out, curated_dir=curated, progress=False).ok
    return out


def _follow(out: Path, event_id: str):
    """:func:`mapapp.eventlinks.follow` on the build in ``out``, its note as the page shows it."""
    import dataclasses
    import html

    from mapapp.data import load_dataset
    from mapapp.eventlinks import follow

    ds = load_dataset(out)
    found = follow(ds.store, ds.articles, event_id)
    return dataclasses.replace(found, note=html.unescape(found.note))


def test_a_link_to_an_event_that_is_gone_says_truly_why(probe, monkeypatch, restore_folium):
    from pipeline.gazetteer import load_geo_dir

    first, second, old = probe["first"], probe["second"], probe["old_id"]
    new = _merged(probe["out"])["event_id"]

    def reject(curated):
        record_decision(curated / "reviews.csv", new, "reject", reviewed_by="analyst K", reason="a rumour",
                        reviewed_at="2024-05-20T08:00:00+00:00", gazetteer=load_geo_dir(ROOT / "geo"),
                        actors=default_actors())

    out = _rebuilt(probe, "rejected", reviews=reject)
    gone = _follow(out, new)
    assert gone.event_id is None and gone.cause == "rejected"
    assert "rejected by analyst K on 20 May 2024 08:00 UTC" in gone.note and "a rumour" in gone.note
    assert _follow(out, old).event_id == old  # the first report, alone again, is its own event
    # the map says it too (the old words blamed a rejection for every missing id)
    at = app_runner(monkeypatch, out)(view="Map", event=new).run()
    assert "rejected by analyst K" in _said(at.warning)
    monkeypatch.setenv("QMAP_CURATED", str(out.parent / "curated"))
    at = app_runner(monkeypatch, out)(view="Review", article=second, review=new).run()
    assert not at.exception and "rejected by analyst K" in _said(at.warning)

    out = _rebuilt(probe, "removed", edit=lambda seeds: [p.unlink() for p in seeds.glob(f"{second}.*")])
    gone = _follow(out, new)
    assert gone.cause == "article removed" and f"article {second} is no longer in the data" in gone.note
    assert "rejected" not in gone.note

    out = _rebuilt(probe, "reworded",
                   edit=lambda seeds: (seeds / f"{second}.txt").write_text(SECOND_EDITED, encoding="utf-8"))
    assert _merged(out)["article_count"] == 2  # still one event of both reports, under the edited sentence's id
    gone = _follow(out, new)  # (the id of a sentence no article says now)
    assert gone.cause == "article changed" and f"article {second} no longer gives this event" in gone.note
    assert _follow(out, old).event_id == _merged(out)["event_id"]  # the first report's link still opens it
    assert _follow(out, f"{first}-ezzzz").cause == "unknown"


def test_a_link_to_an_event_screening_set_aside_says_so_and_where_to_restore_it(probe, tmp_path):
    seeds, out = tmp_path / "seeds", tmp_path / "out"
    seeds.mkdir()
    aid = add_report(seeds, from_text(SHELLING), published=dt.date(2024, 6, 8), source="Test Outlet", language="ar",
                     title="قصف على قرى تل تمر").id
    assert build(seeds, ROOT / "geo", out, progress=False).ok
    arts = json.loads((out / "articles.json").read_text(encoding="utf-8"))
    (aside,) = next(a for a in arts if a["id"] == aid)["set_aside"]
    assert aside["evidence"] == FEAR, "the shipped model no longer sets the fear aside: pick another sentence"
    gone = _follow(out, aside["event_id"])
    assert gone.event_id is None and gone.cause == "set aside"
    assert "set aside by screening" in gone.note and "Articles" in gone.note and aid in gone.note


def test_a_link_followed_after_a_newer_build_replaced_the_links_file_says_reload(probe, tmp_path):
    """The app's store was opened on a build whose ``event_links.parquet`` a newer build then replaced
    (the folder swapped): :meth:`EventStore.link` raises StoreError; following a link must not fail but
    say the cause is unknown and that a newer build is out."""
    from mapapp.data import load_dataset
    from mapapp.eventlinks import follow

    out = tmp_path / "swapped"
    shutil.copytree(probe["out"], out)
    ds = load_dataset(out)
    (out / "event_links.parquet").unlink()
    found = follow(ds.store, ds.articles, probe["first"] + "-e00000000")
    assert found.event_id is None and found.cause == "unknown"
    assert "reload: a newer build is out" in found.note


def test_the_add_page_says_when_an_added_report_joined_an_event_already_on_the_map(probe):
    """Probe: after the second outlet's report of the strike was added, the Add report page said only
    "1 event(s) from it on the map"; the event it joined, and how many reports and outlets it now
    combines, went unsaid."""
    from mapapp.addview import added_words
    from mapapp.data import load_dataset

    store = load_dataset(probe["out"]).store
    import html

    said = html.unescape(added_words(probe["second"], store.article_events(probe["second"])))
    assert said.startswith(f"Added {probe['second']} and rebuilt: 1 event from it on the map")
    assert "joined an event already on the map: now 2 reports from 2 outlets" in said
    assert "event(s)" not in said
    # the first report, when it was added alone: a new event, said so
    first_out = probe["tmp"] / "first_only"
    seeds = probe["tmp"] / "seeds_first"
    shutil.copytree(probe["seeds"], seeds)
    for p in seeds.glob(f"{probe['second']}.*"):
        p.unlink()
    assert build(seeds, ROOT / "geo", first_out, curated_dir=probe["curated"], progress=False).ok
    alone = html.unescape(added_words(probe["first"], load_dataset(first_out).store.article_events(probe["first"])))
    assert alone == f"Added {probe['first']} and rebuilt: 1 event from it on the map (new)."


def test_the_links_file_is_made_without_a_python_row_per_id_and_reads_the_same():
    """``links_file`` (what the build writes: a few dozen bytes a row until it sorts them) gives the
    bytes of ``links_parquet(link_rows(...))`` for ids listed by several sources (the row kept is
    the one ``link_rows`` keeps), across many batches, and with no row at all."""
    from pipeline.eventlinks import link_rows, links_file, links_parquet

    events = [{"event_id": f"art{i % 97:03d}-e{i:08x}",
               "merged_ids": [f"art{i % 97:03d}-e{i:08x}", *(f"art{(i * j) % 89:03d}-e{(i * 31 + j):08x}"
                                                              for j in range(i % 5))]}
              for i in range(400)]
    events.append({"event_id": "cur-12", "merged_ids": ["cur-12", "art001-e00000020", "art003-e00000061"]})  # twice
    rejected = [{"event_id": "art005-e00000099", "article_id": "art005", "reviewed_by": "rana",
                 "reviewed_at": "2026-11-02", "review_reason": "a fear, not an event"},
                {"event_id": "art001-e00000020", "article_id": "art001", "reviewed_by": "omar"}]  # merged later too
    aside = [("art007-e000000aa", "art007", 0.12), ("art005-e00000099", "art005", 0.3),
             ("art008-e000000bb", "art008", None), ("art009-e000000cc", "art009", 0.2)]
    restored = ["art008-e000000bb"]
    want = links_parquet(link_rows(events, rejected, aside, restored))
    merged = [(e["event_id"], e["merged_ids"]) for e in events]
    for batch in (7, 64, 8192):
        assert links_file(merged, rejected, aside, restored, batch=batch) == want, batch
    assert links_file([], [], [], []) == links_parquet(link_rows([]))
    assert links_file([("a-e1", ["a-e1"])]) == links_parquet([])
