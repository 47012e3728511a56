"""English spellings of gazetteer places that real reports use (issue 10, real reports).

Outlets write the first word of a "mound" name as Tel, Tell, Tal, Tall or Til, the ``ay``
diphthong as ei, ey or ai, put datelines in capitals, and scholarly writers mark the ayn and the
hamza (``ʿ``, ``ʾ``, ``‘``) and join the article with a non-breaking hyphen. Each is one place
the gazetteer already has. Every sentence here was written for these tests; none is copied from
a report. The near misses must stay no place.
"""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import english_article

from pipeline.english.places import fold, loose_fold

MON = dt.date(2023, 3, 13)  # a Monday


def _places(pipeline, text: str) -> list[tuple[str, str]]:
    res = pipeline.process(english_article(text, MON))
    return [(m.text, m.place_id) for m in res.mentions]


def test_fold_mound_words_and_diphthongs():
    assert fold("Tel") == fold("Tell") == fold("Tall") == fold("Tal") == fold("Til")
    assert fold("Keif") == fold("Kayf") == fold("Keyf")
    assert fold("Tayy") != fold("Tal")
    assert loose_fold("mabada") == loose_fold("muabbada")
    assert loose_fold("tamr") != loose_fold("tmar")


@pytest.mark.parametrize("text, name, place", [
    # a far place named as written no longer drops the town spelt as the gazetteer does not
    ("Turkish artillery shelled Tel Tamr and Tel Rifaat on Sunday.", "Tel Tamr", "tall_tamr"),
    ("Drones were seen over Tell Tamr on Sunday, a day after shells fell on Tal Rifaat.", "Tell Tamr", "tall_tamr"),
    # a dateline in capitals
    ("TELL TAMR, Syria – Shells fell on farmland near the town and on Tal Rifaat on Sunday.", "TELL TAMR",
     "tall_tamr"),
    # the diphthong spelt ei, near a town the report names
    ("Shells landed in Umm al-Keif, north of Tel Tamr, on Sunday, and a drone hit a car in Qamishli.",
     "Umm al-Keif", "umm_al_kayf"),
    ("Rockets fell on Umm al-Keyf near Tell Tamr on Sunday; a drone struck a car in Derik the same day.",
     "Umm al-Keyf", "umm_al_kayf"),
])
def test_spellings_of_a_gazetteer_place(pipeline, text, name, place):
    assert (name, place) in _places(pipeline, text)


@pytest.mark.parametrize("text, name, place", [
    # an ayn mark inside the name, a non-breaking hyphen after the article
    ("Rallies were held on Sunday in al\u2011Maʿbada and in Qamishli.", "al\u2011Maʿbada", "muabbada"),
    ("A rally was held on Sunday in Maʿbada, east of Qamishli.", "Maʿbada", "muabbada"),
    ("Residents of al-Ma‘bada held a sit-in on Sunday.", "al-Ma‘bada", "muabbada"),
])
def test_a_name_with_an_ayn_mark(pipeline, text, name, place):
    assert (name, place) in _places(pipeline, text)


def test_a_list_with_a_marked_name_gives_a_protest_in_each_town(pipeline):
    text = ("Rallies against the draft were held on Sunday in towns such as al\u2011Qamishli, ʿAmudah, "
            "al\u2011Maʿbada (Girkê Legê), and Tall Tamr.")
    events = pipeline.process(english_article(text, MON)).events
    assert sorted(e.place_id for e in events if e.event_type == "Protests") == [
        "amuda", "muabbada", "qamishli", "tall_tamr"]


@pytest.mark.parametrize("text, expected", [
    # "tall" and "tell" as English words are no place
    ("Tall buildings in Qamishli were damaged by the shelling on Sunday.", [("Qamishli", "qamishli")]),
    ("Residents tell of heavy shelling in Amuda on Sunday.", [("Amuda", "amuda")]),
    # an apostrophe before an English ending joins no name
    ("Qamishli’s market was hit by a shell on Sunday.", [("Qamishli", "qamishli")]),
    # a marked word of another sound is no place ("Maʿbad" is not al-Muabbada)
    ("Abu Maʿbad, a local notable, was arrested in Qamishli on Sunday.", [("Qamishli", "qamishli")]),
    # a quotation mark before a word is no ayn
    ("The ‘Mabada’ convoy passed through Qamishli on Sunday.", [("Qamishli", "qamishli")]),
])
def test_near_misses_stay_no_place(pipeline, text, expected):
    assert _places(pipeline, text) == expected


# ---------------------------------------------------------------- a town's villages are its countryside

@pytest.mark.parametrize("text", [
    "Most residents of Tal Tamr's villages fled their homes on Sunday amid shelling.",
    "Families from the Amuda villages fled to the city on Sunday.",
    "Hundreds of families fled the villages of Tal Tamr on Sunday.",
])
def test_a_towns_villages_are_its_countryside(pipeline, text):
    events = pipeline.process(english_article(text, MON)).events
    assert [e.place_id.endswith("_countryside") for e in events] == [True]


@pytest.mark.parametrize("text, place", [
    ("A delegation from the Amuda villages staged a protest outside the governor's office in Hasakah on Sunday.",
     "hasakah"),
    ("Elders of Tal Tamr's villages held a sit-in in Qamishli on Sunday.", "qamishli"),
    ("The council of the villages of Darbasiyah protested in front of the UN office in Qamishli on Sunday.",
     "qamishli"),
    ("Turkish drones struck a car in Qamishli on Sunday, while the Amuda villages remained quiet.", "qamishli"),
    ("Turkish artillery shelled Qamishli on Sunday, Darbasiyah's villages were quiet.", "qamishli"),
    ("A drone hit Hasakah on Sunday, the Amuda villages stayed calm all day.", "hasakah"),
])
def test_villages_people_came_from_or_named_calm_are_not_the_scene(pipeline, text, place):
    events = pipeline.process(english_article(text, MON)).events
    assert [e.place_id for e in events] == [place]


@pytest.mark.parametrize("text", [
    "The Asayish detained four men in the villages of Tal Tamr, Abu Rasin and Darbasiyah on Sunday.",
    "The SDF arrested three men in the villages of Amuda, Darbasiyah, and Tal Tamr on Sunday.",
])
def test_a_list_after_villages_of_keeps_each_town(pipeline, text):
    events = pipeline.process(english_article(text, MON)).events
    assert len(events) == 3
    assert not any(e.place_id.endswith("_countryside") for e in events)


def test_the_town_itself_stays_the_town(pipeline):
    events = pipeline.process(english_article("Families fled their homes in Tal Tamr on Sunday.", MON)).events
    assert [e.place_id for e in events] == ["tall_tamr"]


# ---------------------------------------------------------------- Kurdish Latin spellings

@pytest.mark.parametrize("text, name", [
    ("Shells hit Til Cûma near Tal Tamr on Sunday, wounding a farmer.", "Til Cûma"),
    ("Two farmers were wounded in the fields of Til Cûma, west of Tall Tamr, on Sunday.", "Til Cûma"),
    ("TIL CÛMA – A shell fell near a school in the village on Sunday; Tal Tamr was hit too.", "TIL CÛMA"),
])
def test_a_kurdish_spelling_of_a_gazetteer_village(pipeline, text, name):
    assert (name, "tall_jumah") in _places(pipeline, text)


def test_kurdish_spelt_names_the_gazetteer_lacks_stay_no_place(pipeline):
    text = "Lûey Xelîl was wounded in Tal Tamr on Sunday."
    assert _places(pipeline, text) == [("Tal Tamr", "tall_tamr")]
