"""Analyst workflows on the shipped curated rows: truce lifecycle, control changes with evidence."""

from __future__ import annotations

import datetime as dt
import json
import shutil

import pytest
from conftest import ROOT

from mapapp import exports, mapview
from mapapp.data import load_dataset


@pytest.fixture(scope="module")
def ds(tmp_path_factory):
    from pipeline.build import build

    out = tmp_path_factory.mktemp("w") / "out"
    stats = build(ROOT / "seeds", ROOT / "geo", out, progress=False, curated_dir=ROOT / "curated")
    assert stats.ok, stats.errors
    return load_dataset(out)


def _truce(truces, member):
    return truces[truces["event_id"] == member].iloc[0]


def test_truce_chain_of_23_to_25_april(ds):
    truces = ds.truces  # read from the build's truces.json
    humanitarian = _truce(truces, "cur-0423-humanitarian-truce")
    # 19:00 Friday 23 to 10:00 Saturday 24 April (Shafaq AR 2021-04-23, timeline)
    assert humanitarian["start"] == dt.datetime(2021, 4, 23, 19, 0)
    assert humanitarian["end"] == dt.datetime(2021, 4, 24, 10, 0) and not humanitarian["end_approximate"]
    assert humanitarian["status"] == "extended"
    extension = _truce(truces, "cur-0424-truce-extension")
    assert extension["extends"] == "cur-0423-humanitarian-truce"
    permanent = _truce(truces, "cur-0425-permanent-truce")
    assert permanent["status"] == "broken"
    # the clashes of that night are its violation
    assert "cur-0425-tayy-clashes" in permanent["violations"]


def test_control_changes_carry_their_evidence_and_age(ds):
    zones = {f["properties"]["zone_id"]: f["properties"] for f in ds.zones["features"]}
    tayy = zones["sdf_tayy"]
    assert [e["event_id"] for e in tayy["evidence"]][:1] == ["cur-0426-tayy-takeover"]
    assert tayy["evidence"][0]["sub_event_type"] == "Non-state actor overtakes territory"
    # as of 26 April the last confirmation is the takeover; later ones come from the patrols and the visit
    assert mapview.last_confirmed(tayy, dt.date(2021, 4, 26)) == dt.date(2021, 4, 26)
    assert mapview.last_confirmed(tayy, dt.date(2021, 4, 25)) is None  # not yet in force
    assert mapview.last_confirmed(tayy, dt.date(2021, 4, 30)) == dt.date(2021, 4, 28)
    popup = mapview.zone_popup_html(tayy, dt.date(2021, 4, 30))
    assert "Last confirmed" in popup and "2 days before 2021-04-30" in popup
    # a zone with no evidence is confirmed only by its own start (or not at all)
    assert mapview.last_confirmed(zones["gov_airport"], dt.date(2021, 4, 30)) is None


def test_unknown_evidence_id_is_reported_with_the_zone_line(tmp_path):
    from pipeline.build import build

    geo = tmp_path / "geo"
    shutil.copytree(ROOT / "geo", geo)
    lines = (geo / "zones.csv").read_text(encoding="utf-8").splitlines()
    n = next(i for i, line in enumerate(lines) if line.startswith("sdf_halko,"))
    lines[n] = lines[n].replace("cur-0426-halko-takeover", "cur-0426-no-such-event")
    (geo / "zones.csv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    stats = build(ROOT / "seeds", geo, tmp_path / "out", progress=False, curated_dir=ROOT / "curated")
    errs = [e for e in stats.errors if e["kind"] == "zones"]
    assert len(errs) == 1 and errs[0]["line"] == n + 1 and "cur-0426-no-such-event" in errs[0]["reason"]
    zones = json.loads((tmp_path / "out" / "zones.geojson").read_text(encoding="utf-8"))
    assert any(f["properties"]["zone_id"] == "sdf_halko" for f in zones["features"])  # the zone is kept


def test_partisan_filter_hides_claims_only_partisan_outlets_make(ds):
    from mapapp.filters import Filters, apply_filters, date_bounds

    lo, hi = date_bounds(ds.events, ds.zones)
    everything = apply_filters(ds.events, Filters(lo, hi))
    neutral = apply_filters(ds.events, Filters(lo, hi, hide_partisan=True))
    hidden = set(everything["event_id"]) - set(neutral["event_id"])
    assert hidden, "the curated rows include events reported only by partisan outlets"
    assert all(ds.events.set_index("event_id").loc[list(hidden), "partisan_only"])
    # a multi-outlet event matches the source filter by any one of its outlets
    rt = apply_filters(ds.events, Filters(lo, hi, sources=("RT Arabic",)))
    assert len(rt) >= 1 and all("RT Arabic" in s for s in rt["source"])


def test_truce_status_reaches_the_map_popup(ds):
    events = ds.with_truce_status(ds.events)
    truce = events[events["merged_ids"].map(lambda m: "cur-0425-permanent-truce" in (m or []))]
    assert truce.iloc[0]["truce_status"] == "broken (a violation on 25 Apr 2021)"
    assert truce.iloc[0]["truce_violations"] >= 1
    group = next(g for g in mapview.group_events(truce))
    assert "truce: broken (a violation on 25 Apr 2021) (" in mapview.event_popup_html(group)


def test_actual_end_follows_extensions_and_violations(ds):
    truces = ds.truces  # read from the build's truces.json
    humanitarian = _truce(truces, "cur-0423-humanitarian-truce")
    extension = _truce(truces, "cur-0424-truce-extension")
    # planned to end at 10:00 on the 24th, it lasted as long as the chain of extensions after it
    assert humanitarian["end"] == dt.datetime(2021, 4, 24, 10, 0)
    assert humanitarian["actual_end"] == extension["actual_end"] > humanitarian["end"]
    permanent = _truce(truces, "cur-0425-permanent-truce")
    # "permanent", broken: its actual end is its first certain violation, never before its start
    assert permanent["actual_end"] >= permanent["start"]
    assert permanent["actual_end"].date() <= dt.date(2021, 4, 26)


def test_zone_popup_as_of_a_day_cites_no_later_event(ds):
    """The map's zone popup as of 26 April names the takeover as its evidence, not the patrols and the
    visit of 27–28 April (said apart, as later reports)."""
    zones = {f["properties"]["zone_id"]: f["properties"] for f in ds.zones["features"]}
    popup = mapview.zone_popup_html(zones["sdf_tayy"], dt.date(2021, 4, 26))
    evidence_row = popup.split("<b>Evidence</b>")[1].split("</tr>")[0]
    assert "2021-04-26" in evidence_row and "2021-04-27" not in evidence_row and "2021-04-28" not in evidence_row
    assert "2 later reports" in popup or "after 2021-04-26" in popup
    assert "2021-04-28" in mapview.zone_popup_html(zones["sdf_tayy"], dt.date(2021, 4, 30))


def test_zones_geojson_of_a_day_cites_no_evidence_from_after_that_day(ds):
    """A zone drawn as of 26 April rests on what was reported up to 26 April: the events of 27–28 April
    that the zone also cites are listed apart (``later_evidence``), never as its evidence, and its
    ``latest_evidence`` is no later than the day either."""
    day = dt.date(2021, 4, 26)
    fc = json.loads(exports.zones_geojson(ds.zones, day))
    tayy = next(f["properties"] for f in fc["features"] if f["properties"]["zone_id"] == "sdf_tayy")
    assert [x["event_id"] for x in tayy["evidence"]] == ["cur-0426-tayy-takeover"]
    assert {x["event_id"] for x in tayy["later_evidence"]} == {"cur-0428-joint-patrols", "cur-0428-tribal-visit"}
    for f in fc["features"]:
        p = f["properties"]
        assert all((x.get("date") or "") <= day.isoformat() for x in p["evidence"]), p["zone_id"]
        assert all(x["date"] > day.isoformat() for x in p.get("later_evidence") or []), p["zone_id"]
        assert p["latest_evidence"] is None or p["latest_evidence"] <= day.isoformat(), p["zone_id"]
    # a later day cites them
    later = json.loads(exports.zones_geojson(ds.zones, dt.date(2021, 4, 30)))
    tayy = next(f["properties"] for f in later["features"] if f["properties"]["zone_id"] == "sdf_tayy")
    assert len(tayy["evidence"]) == 3 and tayy["later_evidence"] == [] and tayy["latest_evidence"] == "2021-04-28"



def test_acled_csv_says_each_events_reports_and_outlets_as_the_build_counts_them(ds):
    """The download carries the counts every view says: a curated row citing a day's sources is one report
    from no outlet said to report it (its cited outlets listed apart), the Wahda roundabout shooting two
    reports from two outlets (the article's and the monitor whose figure the row gives)."""
    import csv
    import io

    frame = ds.store.frame()
    rows = {r["event_id_cnty"]: r for r in csv.DictReader(io.StringIO(exports.acled_csv(frame).decode("utf-8-sig")))}
    alou = rows["cur-0426-samer-alou-killed"]
    assert (alou["reports"], alou["outlets"]) == ("1", "0") and len(alou["background_outlets"].split("; ")) == 12
    wahda = next(r for eid, r in rows.items() if eid in set(frame[frame["merged_ids"].map(
        lambda m: "cur-0420-wahda-shooting" in m)]["event_id"]))
    assert (wahda["reports"], wahda["outlets"]) == ("2", "2")  # Shafaq's article, SOHR's figure in the row
    assert wahda["background_outlets"] == "RT Arabic; Al-Mayadeen; Zhyan News Network; A24 Now; ANF Español"


@pytest.mark.parametrize("as_of", [None, dt.date(2021, 4, 24), dt.date(2021, 4, 30), dt.date(2021, 7, 1)])
def test_the_popups_truce_status_of_some_records_equals_the_whole_tables(ds, as_of):
    # the map's records and frames get each truce's status worked out for the truces asked about only
    # (Dataset.truce_status, Dataset.with_truce_status); it must say what the whole table's status
    # on that day says (pipeline.truces.status_as_of over every truce)
    from pipeline.truces import status_as_of

    whole = dict(zip(ds.truces["event_id"], status_as_of(ds.truces, as_of), strict=True))
    counts = dict(zip(ds.truces["event_id"], map(len, ds.truces["violations"]), strict=True))
    assert whole, "the seed's build has truces"
    frame = ds.with_truce_status(ds.events, as_of)
    truces = frame[frame["sub_event_type"] == "Agreement"]
    assert len(truces) and list(truces["truce_status"]) == [whole.get(i) for i in truces["event_id"]]
    assert frame.loc[frame["sub_event_type"] != "Agreement", "truce_status"].isna().all()
    records = [{"event_id": i, "sub_event_type": "Agreement"} for i in list(whole)[::-1]]
    records.append({"event_id": "not-a-truce", "sub_event_type": "Armed clash"})
    got = ds.truce_status(records, as_of)
    assert [r["truce_status"] for r in got[:-1]] == [whole[r["event_id"]] for r in records[:-1]]
    assert [r["truce_violations"] for r in got[:-1]] == [counts[r["event_id"]] for r in records[:-1]]
    assert got[-1]["truce_status"] != got[-1]["truce_status"]  # NaN: no truce


def test_further_sentences_are_the_same_when_asked_again(ds):
    rows = ds.events.head(40).to_dict("records")
    first = ds.with_further(rows)
    again = ds.with_further(rows)
    assert first == again
    from mapapp.further import with_further

    assert first == with_further(rows, ds.article_texts)
