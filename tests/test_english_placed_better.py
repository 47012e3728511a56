"""An act told in an area, then at a spot inside it: one act, placed at the spot (issue 10, real reports).

``The SDF arrested two ISIS suspects in the countryside of Hasakah on Tuesday``, then ``the SDF said it
arrested ISIS members in the As Safa area, south of Shaddadi in the countryside of Hasakah``: the same
sides, no day of its own, the area named again beside the spot. Other sides, or a day of its own,
make another act; protests in a list of towns stay one in each. Every sentence here was written for
these tests; none is copied from a report.
"""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import english_events

WED = dt.date(2021, 1, 6)  # a Wednesday
_events = english_events(WED)


@pytest.mark.parametrize("text, place", [
    ("The SDF arrested two ISIS suspects in the countryside of Hasakah on Tuesday.\n"
     "The SDF said its special forces arrested ISIS members in the As Safa area, south of Shaddadi in the "
     "countryside of Hasakah.", "as_safa"),
    ("The Asayish detained three smugglers in the Qamishli countryside on Tuesday.\n"
     "According to the Asayish, its patrol detained smugglers in Tall Kayf village in the Qamishli countryside.",
     "tall_kayf"),
])
def test_a_spot_inside_the_area_told_first_is_the_same_act(pipeline, text, place):
    arrests = [e for e in _events(pipeline, text) if e.sub_event_type == "Arrests"]
    assert [e.place_id for e in arrests] == [place]


def test_other_sides_at_the_spot_are_another_act(pipeline):
    text = ("The SDF arrested two ISIS suspects in the countryside of Hasakah on Tuesday.\n"
            "The Asayish arrested a smuggler in the As Safa area in the countryside of Hasakah.")
    assert len([e for e in _events(pipeline, text) if e.sub_event_type == "Arrests"]) == 2
