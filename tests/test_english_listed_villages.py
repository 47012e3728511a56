"""English: villages the gazetteer lacks, named in a list with a plural head noun after it
('Zahrat and Bir Nasir villages'), before it without 'of' ('the villages Kasra, Dulaimiya and
Mufti'), after 'including' / 'such as' or a verb 'include', or as the two ends of 'between'.

Every sentence here was written for these tests, not copied from a report; the village names are
made up (none is a gazetteer name).
"""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import english_article

DAY = dt.date(2022, 11, 23)


def _unresolved(pipeline, text):
    return {u.name for u in pipeline.process(english_article(text, DAY)).unresolved}


@pytest.mark.parametrize("text, names", [
    ("Turkish drones struck Zahrat and Bir Nasir villages in the Tal Tamr countryside on Monday.",
     {"Zahrat", "Bir Nasir"}),
    ("Shells fell on Qubayra, Mazraat Sabah and Jarnaz villages west of Tal Tamr on Monday.",
     {"Qubayra", "Mazraat Sabah", "Jarnaz"}),
    ("Clashes broke out on Tuesday around Hulaywa and Kasra areas south of Shaddadi.",
     {"Hulaywa", "Kasra"}),
    ("Clashes broke out on Tuesday around the villages Kasra, Dulaimiya, Muftiya and al-Ghazil south of Shaddadi.",
     {"Kasra", "Dulaimiya", "Muftiya", "al-Ghazil"}),
    ("Several villages were shelled on Monday, including Humaydiya, Kharab Dahir and Umm Khashab, north of Tal Tamr.",
     {"Humaydiya", "Kharab Dahir", "Umm Khashab"}),
    ("Villages shelled by Turkish forces on Monday include Jarnaz, Mazraat Sabah and Umm Khashab, all near Tal Tamr.",
     {"Jarnaz", "Mazraat Sabah", "Umm Khashab"}),
    ("Fighting raged on Monday between Khirbat Dawud and Safiyat west of Tal Tamr.",
     {"Khirbat Dawud", "Safiyat"}),
])
def test_villages_named_in_a_list_with_a_plural_head(pipeline, text, names):
    assert names <= _unresolved(pipeline, text)


@pytest.mark.parametrize("text", [
    "The SDF deployed units in Kurdish and Arab villages near Amuda on Monday.",
    "Clashes erupted on Monday between Asayish and NDF gunmen in Qamishli.",
    "On Monday, Tuesday and Wednesday villages near Amuda were shelled.",
    "Residents of Amuda and Qamishli villages protested on Monday.",
])
def test_sides_peoples_days_and_known_towns_in_such_lists_are_no_new_villages(pipeline, text):
    assert _unresolved(pipeline, text) == set()


@pytest.mark.parametrize("text, names", [
    ("Turkish shells hit the villages of Qubayra, Mazraat Sabah, and Jarnaz west of Tal Tamr on Monday.",
     {"Qubayra", "Mazraat Sabah", "Jarnaz"}),
    ("Drones struck the villages of Hulaywa, Kasra, and Safiyat south of Shaddadi on Tuesday.",
     {"Hulaywa", "Kasra", "Safiyat"}),
    ("Villages shelled on Monday include Jarnaz, Qasr Umm Hanun, Humaydiya and Safiyat, all near Tal Tamr.",
     {"Jarnaz", "Qasr Umm Hanun", "Humaydiya", "Safiyat"}),
])
def test_a_comma_before_and_and_three_word_names_keep_the_list_going(pipeline, text, names):
    assert names <= _unresolved(pipeline, text)


def test_a_comma_and_a_clause_after_the_list_end_it(pipeline):
    names = _unresolved(pipeline, "Shells hit the villages of Qubayra and Jarnaz, and Turkish drones flew over Amuda on Monday.")
    assert names == {"Qubayra", "Jarnaz"}
