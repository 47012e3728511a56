"""A displacement count in its text's own unit (pipeline/displaced.py): families are not people."""

from __future__ import annotations

import math

import pytest

from pipeline.displaced import displaced_phrase, is_floor, unit


@pytest.mark.parametrize("words, want", [
    ("عشرات العوائل", "families"), ("خمس عائلات", "families"), ("وعائلتين", "families"),
    ("أكثر من 30 أسرة", "families"), ("dozens of families", "families"), ("40 households", "households"),
    ("35 مدنياً", "people"), ("hundreds of residents", "people"), ("", "people"),
])
def test_the_unit_comes_from_the_words(words, want):
    assert unit(words) == want


@pytest.mark.parametrize("words, want", [
    ("عشرات العوائل", True), ("مئات المدنيين", True), ("أكثر من 15 عائلة", True), ("dozens of families", True),
    ("more than 40 people", True), ("خمس عائلات", False), ("35 people", False), ("some 40 families", False),
])
def test_a_vague_plural_or_more_than_is_a_floor(words, want):
    assert is_floor(words) is want


def test_displaced_phrase():
    assert displaced_phrase(20, "عشرات العوائل") == "20+ families displaced"
    assert displaced_phrase(5.0, "خمس عائلات") == "5 families displaced"
    assert displaced_phrase(35, "35 شخصاً") == "35 displaced"
    assert displaced_phrase(12, "") == "12 displaced"  # no words kept: a plain figure, as before
    assert displaced_phrase(None, "عشرات العوائل") == "" and displaced_phrase(math.nan) == ""
    assert displaced_phrase(0, "") == ""
