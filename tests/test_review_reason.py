"""A correction says why (a new user's probe: "Reject" asked for a reason, "Correct" had no field for one,
so a toll changed from 2 to 3 was saved with an empty ``reason`` and no word of where 3 came from).

The Review page's Correct form has an optional reason, asked for while it is empty; it is written to the
``reason`` column of ``curated/reviews.csv`` beside who and when (the file's format unchanged, earlier rows
kept), and shown, escaped, wherever a decision is put in words: the popup's review line, the Review table
(those are tested with the other decisions, in ``tests/test_reviews.py``). Replayed here with
``streamlit.testing.v1.AppTest`` on the Review page.
"""

from __future__ import annotations

import csv

import pytest
from conftest import ROOT, app_with_scratch_curated


@pytest.fixture(scope="module")
def out_dir(tmp_path_factory):
    from pipeline.build import build

    out = tmp_path_factory.mktemp("reason") / "out"
    build(ROOT / "seeds", ROOT / "geo", out, progress=False)
    return out


@pytest.fixture
def app(out_dir, monkeypatch, restore_folium, tmp_path):
    yield from app_with_scratch_curated(monkeypatch, out_dir, tmp_path)


def _reviews(tmp_path) -> list[dict]:
    with open(tmp_path / "curated" / "reviews.csv", encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def test_the_correct_form_asks_for_a_reason_and_saves_it(app, tmp_path):
    from mapapp.reviewview import CORRECT_REASON_LABEL, CORRECT_REASON_PROMPT

    at = app(view="Review").run()
    first = at.session_state["rv_event"]
    at.text_input(key="rv_who").set_value("analyst N").run()
    at.radio(key="rv_decision").set_value("correct").run()
    field = at.text_input(key="rv_correct_reason")
    assert field.label == CORRECT_REASON_LABEL and field.value == ""
    assert CORRECT_REASON_PROMPT not in [c.value for c in at.caption]  # no change yet: nothing to explain
    was = at.number_input(key=f"rv_{first}_fat").value
    at.number_input(key=f"rv_{first}_fat").set_value(was + 1).run()
    assert CORRECT_REASON_PROMPT in [c.value for c in at.caption]  # asked for…
    assert not at.button(key="rv_save").disabled  # …not required
    at.text_input(key="rv_correct_reason").set_value("a later report of <i>Hawar</i> gives one more").run()
    assert CORRECT_REASON_PROMPT not in [c.value for c in at.caption]
    at.button(key="rv_save").click().run()
    assert not at.exception and not at.error
    rows = _reviews(tmp_path)
    assert [(r["decision"], r["changes"], r["reason"], r["reviewed_by"]) for r in rows] == \
        [("correct", f"fatalities={was + 1}", "a later report of <i>Hawar</i> gives one more", "analyst N")]
    assert rows[0]["reviewed_at"]
    # the next event's form starts from Confirm, with no reason carried over to its correction
    assert at.radio(key="rv_decision").value == "confirm"
    at.radio(key="rv_decision").set_value("correct").run()
    assert at.text_input(key="rv_correct_reason").value == ""


def test_a_correction_is_saved_without_a_reason(app, tmp_path):
    at = app(view="Review").run()
    first = at.session_state["rv_event"]
    at.text_input(key="rv_who").set_value("analyst N").run()
    at.radio(key="rv_decision").set_value("correct").run()
    at.number_input(key=f"rv_{first}_fat").set_value(9).run()
    at.button(key="rv_save").click().run()
    assert not at.exception and not at.error
    assert [(r["decision"], r["reason"]) for r in _reviews(tmp_path)] == [("correct", "")]
