"""``the town`` tells back the place the sentence before called a town (issue 10, real reports).

``Tal Tamr, a town of some 7,000 people, lies south-east of Ras al-Ayn. The town was shelled …``: the
town is Tal Tamr, the one the text called a town (``X, a town …``, ``the town of X``), not the last
town it named. Only the sentence right before counts. Every sentence here was written for these
tests; none is copied from a report.
"""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import english_events

MON = dt.date(2022, 5, 23)  # a Monday
_events = english_events(MON)


@pytest.mark.parametrize("text, place", [
    ("Tal Tamr, a town of some 7,000 people, lies south-east of Ras al-Ayn.\n"
     "The town was shelled by Turkish artillery on Sunday, wounding two people.", "tall_tamr"),
    ("Shelling hit the town of Amuda, some 30 km west of Qahtaniyah, last week.\n"
     "The town was shelled again by Turkish artillery on Sunday, wounding a child.", "amuda"),
    ("Darbasiyah, a small town on the border, lies east of Ras al-Ayn.\n"
     "The town came under Turkish artillery fire on Sunday, and a woman was wounded.", "darbasiyah"),
])
def test_the_town_is_the_one_called_a_town(pipeline, text, place):
    events = [e for e in _events(pipeline, text) if e.date_from == dt.date(2022, 5, 22)]
    assert [e.place_id for e in events] == [place]


def test_a_town_called_so_two_sentences_back_is_not_told_back(pipeline):
    text = ("Tal Tamr, a town of some 7,000 people, lies on the Khabur.\n"
            "Shells fell on Ras al-Ayn on Saturday.\n"
            "The town was shelled again by Turkish artillery on Sunday, wounding two people.")
    events = [e for e in _events(pipeline, text) if e.date_from == dt.date(2022, 5, 22)]
    assert [e.place_id for e in events] == ["ras_al_ayn"]
