"""pipeline/data/quality.toml (the measured extraction quality analysts see) and its validator."""

from __future__ import annotations

import datetime as dt

import pytest

from mapapp import trust
from pipeline.quality import QUALITY_FILE, Measure, QualityFileError, read_quality

GOOD = """
[[measure]]
texts = "ten written reports"
kind = "written"
blind = true
measured = 2026-01-02
commit = "abc1234"
command = "python benchmarks/eval_extraction.py --reports x"
gold_events = 20
precision = 0.9
recall = 0.7

[[measure]]
texts = "five real reports"
kind = "real"
blind = true
measured = 2026-01-01
commit = "abc1234"
command = "python benchmarks/eval_extraction.py --reports y"
gold_events = 12
precision = 0.62
recall = 1
"""


def _write(tmp_path, text):
    p = tmp_path / "quality.toml"
    p.write_text(text, encoding="utf-8")
    return p


def test_the_shipped_figures_are_valid_and_newest_first():
    measures = read_quality()
    assert measures and all(isinstance(m, Measure) for m in measures)
    assert [m.measured for m in measures] == sorted((m.measured for m in measures), reverse=True)
    assert any(m.kind == "real" and m.blind for m in measures)  # the page's warning needs one
    assert QUALITY_FILE.name == "quality.toml"


def test_a_good_file_reads_with_ints_as_shares(tmp_path):
    written, real = read_quality(_write(tmp_path, GOOD))
    assert written.measured == dt.date(2026, 1, 2) and real.recall == 1.0 and isinstance(real.recall, float)


def test_of_two_measures_made_on_one_day_the_later_added_comes_first(tmp_path):
    text = GOOD.replace("measured = 2026-01-02", "measured = 2026-01-01")
    text += text.split("[[measure]]")[2].join(["[[measure]]", ""]).replace("precision = 0.62", "precision = 0.7")
    measures = read_quality(_write(tmp_path, text))
    assert [m.precision for m in measures] == [0.7, 0.62, 0.9]
    assert "**7 in 10** automatic events" in trust.trust_sentence(measures)


@pytest.mark.parametrize("edit, message", [
    (("precision = 0.62", "precision = 1.5"), "precision must be between 0 and 1"),
    (('kind = "real"', 'kind = "guess"'), "kind must be one of real, written"),
    (("measured = 2026-01-01", 'measured = "yesterday"'), "measured must be a date"),
    (("gold_events = 12", "gold_events = 0"), "gold_events must be at least 1"),
    (("recall = 1\n", "recall = 1\nnote = 'x'\n"), "unknown keys note"),
    (('commit = "abc1234"\ncommand = "python benchmarks/eval_extraction.py --reports y"', ""), "lacks commit, command"),
    (("blind = true\nmeasured = 2026-01-01", "blind = 1\nmeasured = 2026-01-01"), "blind must be a bool"),
])
def test_a_malformed_measure_names_the_file_the_measure_and_the_fix(tmp_path, edit, message):
    path = _write(tmp_path, GOOD.replace(*edit))
    with pytest.raises(QualityFileError, match=message) as err:
        read_quality(path)
    assert str(path) in str(err.value) and "[[measure]] number 2" in str(err.value)


def test_broken_toml_names_its_line(tmp_path):
    path = _write(tmp_path, GOOD.replace("gold_events = 12", "gold_events = = 12"))
    with pytest.raises(QualityFileError, match="not valid TOML") as err:
        read_quality(path)
    assert err.value.line == GOOD.splitlines().index("gold_events = 12") + 1


def test_a_file_without_measures_or_missing_is_refused(tmp_path):
    with pytest.raises(QualityFileError, match="no \\[\\[measure\\]\\]"):
        read_quality(_write(tmp_path, "# nothing yet\n"))
    with pytest.raises(QualityFileError, match="cannot be read"):
        read_quality(tmp_path / "absent.toml")


def test_the_warning_quotes_the_newest_blind_real_measure(tmp_path):
    measures = read_quality(_write(tmp_path, GOOD))
    line = trust.trust_sentence(measures)
    assert "real published reports" in line and "**6 in 10** automatic events" in line and "**10 in 10**" in line
    assert "2026-01-01" in line and "12 true events" in line
    # no real measure: the written one speaks, and says so
    only_written = [m for m in measures if m.kind == "written"]
    assert "**9 in 10**" in trust.trust_sentence(only_written) and "written" in trust.trust_sentence(only_written)
    assert trust.trust_sentence([]) == ""


def test_the_table_has_a_row_per_measure(tmp_path):
    table = trust.measures_table(read_quality(_write(tmp_path, GOOD)))
    assert list(table.columns) == trust.COLUMNS and len(table) == 2
    assert table.loc[1, "Kind"] == "real reports" and table.loc[0, "Precision"] == 0.9


BY_CONFIDENCE = GOOD + """
[measure.by_confidence]
high = [9, 11]
medium = [3, 6]
low = [0, 2]
"""


def test_figures_by_confidence_are_read_and_told(tmp_path):
    written, real = read_quality(_write(tmp_path, BY_CONFIDENCE))
    assert real.by_confidence == {"high": (9, 11), "medium": (3, 6), "low": (0, 2)} and written.by_confidence == {}
    line = trust.trust_sentence([written, real])
    assert "9 of the 11 events marked high confidence were right, 3 of 6 medium, 0 of 2 low" in line
    assert "Lowest confidence shown" in line and "did not tell" not in line
    table = trust.measures_table([written, real])
    assert table.loc[1, "Right by confidence"] == "high 9/11 · medium 3/6 · low 0/2"
    assert table.loc[0, "Right by confidence"] == ""
    # a measure without the figures says nothing of confidence
    assert "confidence" not in trust.trust_sentence([m for m in read_quality(_write(tmp_path, GOOD)) if m.kind == "real"])


@pytest.mark.parametrize("edit, message", [
    (("high = [9, 11]", "sure = [9, 11]"), "level 'sure' is not one of high, medium, low"),
    (("high = [9, 11]", "high = [12, 11]"), "right no more than extracted"),
    (("high = [9, 11]", "high = [0.8, 11]"), "two whole numbers"),
    (("high = [9, 11]", "high = 9"), "must be \\[right, extracted\\]"),
])
def test_malformed_figures_by_confidence_name_the_fix(tmp_path, edit, message):
    path = _write(tmp_path, BY_CONFIDENCE.replace(*edit))
    with pytest.raises(QualityFileError, match=message) as err:
        read_quality(path)
    assert str(path) in str(err.value) and "[[measure]] number 2" in str(err.value)


def test_confidence_that_did_not_separate_is_said_so_and_no_filter_is_advised(tmp_path):
    text = BY_CONFIDENCE.replace("high = [9, 11]", "high = [6, 10]").replace("medium = [3, 6]", "medium = [12, 20]").replace("low = [0, 2]", "low = [1, 2]")
    real = [m for m in read_quality(_write(tmp_path, text)) if m.kind == "real"]
    line = trust.trust_sentence(real)
    assert "6 of the 10 events marked high confidence were right" in line
    assert "did not tell right events from wrong ones" in line and "Lowest confidence shown" not in line
