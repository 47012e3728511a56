"""The build's activity summary (pipeline/activity.py: episodes, play days, the latest window)
and the zones' latest evidence (pipeline/zones.py)."""

from __future__ import annotations

import datetime as dt
import json

from pipeline import activity

D = dt.date


def _ev(a: str, b: str | None = None) -> dict:
    return {"date_from": a, "date_to": b or a}


def test_episodes_split_on_gaps_longer_than_a_week_and_the_latest_window_is_at_most_14_days():
    evs = [_ev("2021-04-20"), _ev("2021-04-26", "2021-04-29"), _ev("2021-05-06"),  # 6 empty days: one episode
           _ev("2024-03-10"), _ev("2024-03-03")]
    eps = activity.episodes([activity.event_days(e) for e in evs])
    assert [(e["from"], e["to"], e["events"]) for e in eps] == [
        (D(2021, 4, 20), D(2021, 5, 6), 3), (D(2024, 3, 3), D(2024, 3, 10), 2)]
    assert activity.latest_window(eps) == (D(2024, 3, 3), D(2024, 3, 10))
    # 8 empty days split; a month-long episode opens on its last 14 days
    assert len(activity.episodes([(D(2021, 1, 1), D(2021, 1, 1)), (D(2021, 1, 10), D(2021, 1, 10))])) == 2
    long = activity.episodes([(D(2022, 1, 1) + dt.timedelta(days=i),) * 2 for i in range(40)])
    assert activity.latest_window(long) == (D(2022, 1, 27), D(2022, 2, 9))
    assert activity.latest_window([]) is None


def test_activity_lists_event_days_and_the_latest_window_and_no_play_days():
    """``play_days`` (and its ``play_gap_days``) went: Play asks the event store for its days under the
    filters in force (mapapp.playback.stop_days); nothing read them."""
    zones = {"features": [{"properties": {"valid_from": "2021-04-23", "valid_to": "2021-04-25"}}]}
    out = activity.activity([_ev("2021-04-21", "2021-04-22"), _ev("2021-04-21"), {"event_date": "2024-03-10"}],
                            zones)
    assert out["days"] == [{"day": "2021-04-21", "events": 2}, {"day": "2024-03-10", "events": 1}]
    assert "play_days" not in out and "play_gap_days" not in out
    assert out["latest"] == {"from": "2024-03-10", "to": "2024-03-10"}
    assert activity.activity([])["latest"] is None


def test_the_build_publishes_activity_and_the_zones_latest_evidence(two_episodes):
    act = json.loads((two_episodes / "activity.json").read_text(encoding="utf-8"))
    assert act["latest"] == {"from": "2024-03-10", "to": "2024-03-10"}
    assert [e["from"][:4] for e in act["episodes"]] == ["2021", "2024"]
    assert "play_days" not in act
    zones = json.loads((two_episodes / "zones.geojson").read_text(encoding="utf-8"))
    per_zone = [f["properties"]["latest_evidence"] for f in zones["features"]]
    assert len([d for d in per_zone if d]) >= 10 and zones["latest_evidence"] == max(d for d in per_zone if d)
    assert zones["latest_evidence"].startswith("2021-04")  # the 2024 report says nothing of control
    tayy = next(f["properties"] for f in zones["features"] if f["properties"]["zone_id"] == "gov_tayy")
    assert tayy["latest_evidence"] == "2021-04-22"  # its valid_to and its source's report date


def test_a_build_whose_activity_has_play_days_still_loads(two_episodes, tmp_path):
    """Builds made before play_days went keep it in activity.json: they load and open as before."""
    import shutil

    from mapapp.data import load_dataset

    old = tmp_path / "out"
    shutil.copytree(two_episodes, old, ignore=shutil.ignore_patterns("cache"))
    act = json.loads((old / "activity.json").read_text(encoding="utf-8"))
    act.update(play_gap_days=3, play_days=["2021-04-20", "2024-03-10"])
    (old / "activity.json").write_text(json.dumps(act), encoding="utf-8")
    assert load_dataset(old).default_range == (D(2024, 3, 9), D(2024, 3, 11))


def test_zone_latest_evidence_reads_interval_events_and_dated_sources():
    from shapely.geometry import Point

    from pipeline.zones import Zone, latest_evidence

    z = Zone("z", "sdf", "control", "tayy", Point(0, 0), True, None, None, "medium",
             "Shafaq News 2021-04-22; SOHR 2021-02-30 (no such day)", "", [], "", 1)
    assert latest_evidence(z) == D(2021, 4, 22)
    assert latest_evidence(z, [{"date": "2021-04-27"}, {"date": None}]) == D(2021, 4, 27)
    z.source, z.valid_to = "Timeline, April", D(2021, 4, 25)
    assert latest_evidence(z) == D(2021, 4, 25)
    z.valid_to = None
    assert latest_evidence(z) is None


def test_changes_of_control_belong_to_the_episode_they_fall_in():
    zones = {"features": [{"properties": {"valid_from": "2021-04-26", "valid_to": None}}]}
    out = activity.activity([_ev("2021-04-20", "2021-04-21")], zones)
    assert out["episodes"] == [{"from": "2021-04-20", "to": "2021-04-26", "events": 1}]
    assert out["latest"] == {"from": "2021-04-20", "to": "2021-04-26"}
