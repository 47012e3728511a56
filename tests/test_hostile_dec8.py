"""A hostile-input probe of the session's new paths (2026-12-08): page source read as a page, the
``repeat_words.csv`` word list, texts of invisible characters only. Every input is written here."""

from __future__ import annotations

import io
import shutil

import pytest
from conftest import ROOT

from pipeline.addreport import AddError, from_html, from_text, read_source
from pipeline.errors import InputError


def test_a_page_the_reader_chokes_on_is_a_clear_error_not_a_traceback(tmp_path):
    page = tmp_path / "map.txt"
    page.write_text('<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"><title>map</title>'
                    "<p>Three civilians were killed.</p><text>x</text></svg>", encoding="utf-8")
    for call in (lambda: read_source(str(page)), lambda: from_html(page.read_text(encoding="utf-8"), origin="map")):
        with pytest.raises(AddError, match="could not be read|no article text"):
            call()


def test_a_text_of_invisible_characters_only_is_refused():
    with pytest.raises(AddError, match="only invisible characters"):
        from_text("\u200b\u200c\u200d\u2060\ufeff\u00ad\u200e\u200f\u2066\u2069" * 5)


def test_stdin_text_opening_with_an_angle_bracket_is_text_not_a_page():
    said = "<< Breaking >> Three civilians were killed in Turkish shelling on Tal Tamr on Tuesday."
    assert read_source("-", stdin=io.StringIO(said)).text == said


@pytest.fixture
def words_file(tmp_path, monkeypatch):
    """A copy of ``repeat_words.csv`` the test edits, read instead of the shipped one."""
    from pipeline import repeats

    path = tmp_path / "repeat_words.csv"
    shutil.copy(ROOT / "pipeline" / "data" / "repeat_words.csv", path)
    repeats.repeat_words.cache_clear()
    yield path
    repeats.repeat_words.cache_clear()


def test_the_word_list_names_the_true_line_and_what_is_wrong(words_file):
    from pipeline.repeats import repeat_words

    base = words_file.read_text(encoding="utf-8")
    n = base.count("\n")
    words_file.write_text(base + "\n\n" + "Another ,en,Another,\n", encoding="utf-8")
    with pytest.raises(InputError) as got:
        repeat_words(words_file)
    assert got.value.line == n + 3 and "role 'Another'" in str(got.value)
    repeat_words.cache_clear()
    words_file.write_text(base + ',en,another,"a note\nover two lines"\n', encoding="utf-8")
    with pytest.raises(InputError, match="the word is empty") as got:
        repeat_words(words_file)
    assert got.value.line == n + 1
    repeat_words.cache_clear()
    words_file.write_bytes(base.encode("utf-8") + b"caf\xe9,en,another,\n")
    with pytest.raises(InputError, match="not UTF-8") as got:
        repeat_words(words_file)
    assert got.value.line == n + 1 and str(words_file) in str(got.value)


def test_the_word_list_saved_with_a_byte_order_mark_still_reads(words_file):
    from pipeline.repeats import repeat_words

    shipped = repeat_words(ROOT / "pipeline" / "data" / "repeat_words.csv")
    words_file.write_bytes(b"\xef\xbb\xbf" + words_file.read_bytes())
    assert repeat_words(words_file) == shipped


def test_one_number_read_by_a_verb_and_its_noun_counts_once(run_text):
    # probe: «قتل 30 قتيلاً» gave 60 (the verb and the noun each read the one number); a number of its own
    # for each kind still counts for each
    (e,) = run_text("قتل 30 قتيلاً جراء قصف تركي على تل تمر اليوم.", "2024-03-14").events
    assert e.fatalities == 30
    (e,) = run_text("قتل ثلاثة أشخاص وأصيب ثلاثة آخرون جراء قصف تركي على تل تمر اليوم.", "2024-03-14").events
    assert (e.fatalities, e.injuries) == (3, 3)
