"""Two defects of the Review page found by a new user's probe.

1. A correction could not set a toll back to "not reported": the analyst emptied "Injuries (empty: not
   reported)" and saved, and the event still had 1 injured. Streamlit gives an emptied number input its
   default back, and the field's default was the event's figure, so the emptied field read as unchanged.
   Now an emptied Injuries field is saved as ``injuries=not reported`` (``pipeline.reviews.NOT_REPORTED``;
   an emptied Fatalities field as ``fatalities=0``) in
   ``curated/reviews.csv`` (an empty ``injuries=``, older rows' way, means the same); the build applies it
   (no injuries; fatalities 0, as ACLED codes a toll none reported), keeping the extracted figure beside it.
2. The Save hint listed "your name" whatever had been typed; it now lists only what is missing, and Save
   is enabled exactly when nothing is.
"""

from __future__ import annotations

import csv
import io
import json
import shutil

import pytest
from conftest import ROOT, app_with_scratch_curated

from pipeline.actors import default_actors

# written for these tests: one bombing with a death toll and one injured
REPORT = ("Blast in Qamishli\n"
          "A roadside bomb exploded in the Tayy neighbourhood of Qamishli on Tuesday, "
          "killing two people and injuring one civilian.\n")
META = 'source = "Test Outlet"\npublished = 2021-04-22\nlanguage = "en"\n'


def _seeds(tmp_path):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "blast.txt").write_text(REPORT, encoding="utf-8")
    (seeds / "blast.toml").write_text(META, encoding="utf-8")
    return seeds


def _events(out) -> dict:
    feats = json.loads((out / "events.geojson").read_text(encoding="utf-8"))["features"]
    return {f["properties"]["event_id"]: f["properties"] for f in feats}


def _rows(curated) -> list[dict]:
    with open(curated / "reviews.csv", encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


# --------------------------------------------------------------------------- the file and the build

@pytest.fixture
def dirs(tmp_path):
    curated = tmp_path / "curated"
    curated.mkdir()
    geo = tmp_path / "geo"
    shutil.copytree(ROOT / "geo", geo)
    return _seeds(tmp_path), geo, curated, tmp_path / "out"


def _build(dirs) -> dict:
    from pipeline.build import build

    seeds, geo, curated, out = dirs
    stats = build(seeds, geo, out, curated_dir=curated, progress=False)
    assert stats.ok, stats.errors
    return _events(out)


def test_a_toll_set_to_not_reported_is_written_applied_and_shown_as_none(dirs, pipeline):
    import pandas as pd

    from mapapp import mapview
    from mapapp.briefing import key_event_line
    from mapapp.exports import acled_csv
    from mapapp.reviewtext import decision_words
    from pipeline.reviews import NOT_REPORTED, record_decision

    (eid, ev), = _build(dirs).items()
    assert (ev["fatalities"], ev["injuries"]) == (2, 1)
    record_decision(dirs[2] / "reviews.csv", eid, "correct", reviewed_by="analyst Q", gazetteer=pipeline.gazetteer,
                    actors=default_actors(), changes={"fatalities": 0, "injuries": None},
                    reason="the hospital says nobody was hurt", event=ev)
    row, = _rows(dirs[2])
    assert row["changes"] == f"fatalities=0; injuries={NOT_REPORTED}"  # explicit, not an empty cell
    assert (row["reviewed_by"], row["reason"]) == ("analyst Q", "the hospital says nobody was hurt")
    c = _build(dirs)[eid]
    assert c["review_status"] == "corrected" and (c["fatalities"], c["injuries"]) == (0, None)
    assert c["extracted"] == {"fatalities": 2, "injuries": 1}  # kept beside the decision, as usual
    assert "1 injured" in decision_words(c) and "reason: the hospital says nobody was hurt" in decision_words(c)
    assert mapview.toll_text(c) == ""  # the popup's tolls
    assert "injured" not in key_event_line(c) and "killed" not in key_event_line(c)  # the briefing
    acled, = csv.DictReader(io.StringIO(acled_csv(pd.DataFrame([c])).decode("utf-8-sig")))
    assert (acled["fatalities"], acled["injuries"]) == ("0", "")


@pytest.mark.parametrize("cell, expected", [
    ("injuries=not reported", {"injuries": None}),
    ("injuries=Not Reported", {"injuries": None}),
    ("injuries=", {"injuries": None}),  # an older row: its meaning kept
    ("fatalities=not reported", {"fatalities": 0}),
    ("injuries=3; fatalities=1", {"injuries": 3, "fatalities": 1}),
])
def test_the_not_reported_marker_is_read(cell, expected, pipeline):
    from pipeline.reviews import check_row

    review, problems = check_row({"event_id": "a-e1", "decision": "correct", "changes": cell, "reviewed_by": "A",
                                  "reviewed_at": "2024-05-01T10:00"}, pipeline.gazetteer, default_actors())
    assert problems == [] and review is not None and review.changes == expected


@pytest.mark.parametrize("cell", ["fatalities=", "injuries=unknown", "fatalities=none"])
def test_other_words_for_a_toll_are_refused_naming_the_marker(cell, pipeline):
    from pipeline.reviews import check_row

    review, problems = check_row({"event_id": "a-e1", "decision": "correct", "changes": cell, "reviewed_by": "A",
                                  "reviewed_at": "2024-05-01T10:00"}, pipeline.gazetteer, default_actors())
    assert review is None and any("'not reported'" in p for p in problems)


def test_format_changes_writes_the_marker_for_a_toll_only():
    from pipeline.reviews import format_changes

    assert format_changes({"injuries": None, "actor2_id": None}) == "actor2_id=; injuries=not reported"
    assert format_changes({"injuries": 0, "fatalities": 3}) == "fatalities=3; injuries=0"


# --------------------------------------------------------------------------- the Review page

@pytest.fixture(scope="module")
def out_dir(tmp_path_factory):
    from pipeline.build import build

    base = tmp_path_factory.mktemp("notreported")
    out = base / "out"
    build(_seeds(base), ROOT / "geo", out, progress=False)
    return out


@pytest.fixture
def app(out_dir, monkeypatch, restore_folium, tmp_path):
    yield from app_with_scratch_curated(monkeypatch, out_dir, tmp_path)


def _hints(at) -> list[str]:
    return [c.value for c in at.caption if c.value.startswith("To save:")]


def test_emptied_toll_fields_are_saved_as_not_reported(app, tmp_path):
    at = app(view="Review").run()
    eid = at.session_state["rv_event"]
    at.text_input(key="rv_who").set_value("analyst Q").run()
    at.radio(key="rv_decision").set_value("correct").run()
    assert at.number_input(key=f"rv_{eid}_inj").value == 1 and at.number_input(key=f"rv_{eid}_fat").value == 2
    at.number_input(key=f"rv_{eid}_inj").set_value(None).run()
    assert at.number_input(key=f"rv_{eid}_inj").value is None  # emptied stays empty (it went back to 1)
    assert any("injured: 1 → not reported" in c.value for c in at.caption)
    at.number_input(key=f"rv_{eid}_fat").set_value(None).run()
    assert any("killed: 2 → 0" in c.value for c in at.caption)
    assert not at.button(key="rv_save").disabled and _hints(at) == []
    at.button(key="rv_save").click().run()
    assert not at.exception and not at.error
    row, = _rows(tmp_path / "curated")
    assert (row["event_id"], row["decision"], row["changes"], row["reviewed_by"]) == \
        (eid, "correct", "fatalities=0; injuries=not reported", "analyst Q")


def test_the_save_hint_names_only_what_is_missing(app):
    at = app(view="Review").run()
    at.text_input(key="rv_who").set_value("analyst Q").run()
    at.radio(key="rv_decision").set_value("reject").run()
    assert _hints(at) == ["To save: a reason."] and at.button(key="rv_save").disabled
    at.text_input(key="rv_reason").set_value("not an event").run()
    assert _hints(at) == [] and not at.button(key="rv_save").disabled
    at.radio(key="rv_decision").set_value("correct").run()
    assert _hints(at) == ["To save: at least one change."] and at.button(key="rv_save").disabled
    at.text_input(key="rv_who").set_value("  ").run()
    assert _hints(at) == ["To save: your name, at least one change."] and at.button(key="rv_save").disabled
    at.radio(key="rv_decision").set_value("confirm").run()
    assert _hints(at) == ["To save: your name."] and at.button(key="rv_save").disabled
    at.text_input(key="rv_who").set_value("analyst Q").run()
    assert _hints(at) == [] and not at.button(key="rv_save").disabled


def test_save_needs():
    import datetime as dt

    from mapapp.reviewview import save_hint, save_needs

    d = dt.date(2021, 4, 20)
    ok = {"sub_event_type": "Armed clash", "date_from": d, "date_to": d}
    assert save_needs("confirm", "A") == [] and save_hint([]) == ""
    assert save_needs("reject", "A") == ["a reason"] and save_needs("reject", "A", reason=" x ") == []
    assert save_needs("merge", "") == ["your name", "the target event"]
    assert save_needs("correct", "A", values=ok, changes={}) == ["at least one change"]
    assert save_needs("correct", "A", values=ok, changes={"fatalities": 3}) == []
    # an incomplete form says what it lacks (its changes are not worked out until it is complete)
    assert save_needs("correct", "A", values={**ok, "sub_event_type": None}) == ["the sub-event type"]
    assert save_needs("correct", "A", values={**ok, "date_from": d + dt.timedelta(days=1)}) == \
        ["a From day on or before the To day"]
    assert save_hint(save_needs("reject", "")) == "To save: your name, a reason."
