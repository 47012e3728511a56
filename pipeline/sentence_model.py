"""A learned score for "does this sentence report a new event?" (issue 10).

The event rules decide *what* an event is (type, place, date, actors, toll). This module holds a
second, independent opinion learned from the annotated development reports: a logistic
regression over the sentence's own words (Arabic words with their proclitics stripped, English
words lower-cased and their endings cut, word pairs, the first four letters of each longer word), trained on which sentences the
annotators coded as a new event. It knows nothing of the rules, so it errs differently: a
sentence full of fear, background, counts or statements scores low even when a rule found a
trigger word in it.

The weights are data (:data:`MODEL_TSV`, written by ``tools/fit_sentence_model.py``); this module
only turns a sentence into features and features into a probability.
"""

from __future__ import annotations

import csv
import functools
import math
import re
from dataclasses import dataclass
from pathlib import Path

from pipeline.arabic import ARTICLE_PREFIXES, PLAIN_PREFIXES, normalise_phrase
from pipeline.errors import SentenceModelError

#: The shipped weights: ``feature<TAB>weight`` rows, the bias as feature ``<bias>``.
MODEL_TSV = Path(__file__).resolve().parent / "data" / "sentence_model.tsv"
#: The weights file's header row, and the feature name its bias is stored under.
HEADER = ("feature", "weight")
BIAS = "<bias>"

_AR_RE = re.compile(r"[\u0621-\u064a\u0671-\u06d3]")
_EN_WORD_RE = re.compile(r"[a-z]+|[0-9]+")
_PREFIXES = sorted(set(PLAIN_PREFIXES + ARTICLE_PREFIXES) - {""}, key=len, reverse=True)
#: English endings stripped for the stem feature, longest first.
_EN_ENDINGS = ("ing", "ed", "s")


@functools.lru_cache(maxsize=1 << 16)  # (words repeat from sentence to sentence: a look-up, not the prefix loop)
def _ar_stem(word: str) -> str:
    """``word`` without its proclitics (و ب ال وال بال لل …), when a stem of 3+ letters is left."""
    for p in _PREFIXES:
        if word.startswith(p) and len(word) - len(p) >= 3:
            return word[len(p):]
    return word


@functools.lru_cache(maxsize=1 << 16)
def _en_stem(word: str) -> str:
    for end in _EN_ENDINGS:
        if word.endswith(end) and len(word) - len(end) >= 3:
            return word[: -len(end)]
    return word


def words(sentence: str) -> list[str]:
    """The sentence's words as the model sees them: stems, digits as ``<n>``.

    Parameters
    ----------
    sentence : str
        One sentence of an article, Arabic or English.

    Returns
    -------
    list of str

    Examples
    --------
    >>> words("وقتل ثلاثة عناصر في القصف")
    ['قتل', 'ثلاثه', 'عناصر', 'في', 'قصف']
    >>> words("Two fighters were killed on 3 May")
    ['two', 'fighter', 'were', 'kill', 'on', '<n>', 'may']
    """
    if _AR_RE.search(sentence):
        toks = normalise_phrase(sentence).split()
        return ["<n>" if t.isdigit() else _ar_stem(t) for t in toks]
    return ["<n>" if t.isdigit() else _en_stem(t) for t in _EN_WORD_RE.findall(sentence.lower())]


def features(sentence: str) -> list[str]:
    """Named features of one sentence: its words, word pairs and word beginnings.

    (A length feature was tried and dropped: it scored short plain event sentences as background
    and gained nothing on blind outputs.)

    Parameters
    ----------
    sentence : str
        One sentence of an article.

    Returns
    -------
    list of str
        Feature names, sorted, each once.
    """
    ws = words(sentence)
    out = {f"w:{w}" for w in ws}
    out.update(f"b:{a}_{b}" for a, b in zip(ws, ws[1:]))
    out.update(f"p:{w[:4]}" for w in ws if len(w) > 4)
    return sorted(out)


@dataclass(frozen=True)
class SentenceModel:
    """Logistic-regression weights by feature name, and the bias."""

    weights: dict[str, float]
    bias: float

    def probability(self, sentence: str) -> float:
        """Probability that ``sentence`` reports a new event.

        Parameters
        ----------
        sentence : str
            One sentence of an article.

        Returns
        -------
        float
            Between 0 and 1.
        """
        return self.probability_of(features(sentence))

    def probability_of(self, names: list[str]) -> float:
        """Probability from already computed feature ``names`` (:func:`features`)."""
        z = self.bias + sum(self.weights.get(f, 0.0) for f in names)
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


@functools.cache
def default_sentence_model() -> SentenceModel:
    """The shipped model (:data:`MODEL_TSV`), read once per process."""
    return load_model(MODEL_TSV)


def load_model(path: str | Path = MODEL_TSV) -> SentenceModel:
    """Read the weights written by ``tools/fit_sentence_model.py``.

    Parameters
    ----------
    path : str or Path
        A ``feature<TAB>weight`` file with a header row (:data:`HEADER`); the bias is the row
        :data:`BIAS`.

    Returns
    -------
    SentenceModel

    Raises
    ------
    SentenceModelError
        A file that cannot be read, a row that is not ``feature<TAB>finite number``, or a
        feature listed twice.
    """
    try:
        with open(path, encoding="utf-8", newline="") as fh:
            weights = _read_weights(path, fh)
    except OSError as e:
        raise SentenceModelError(path, f"cannot read the sentence model's weights ({e.strerror or e}); "
                                 "refit with `python tools/fit_sentence_model.py --write`") from e
    bias = weights.pop(BIAS, 0.0)
    return SentenceModel(weights, bias)


def _read_weights(path: str | Path, fh) -> dict[str, float]:
    """The rows of an open weights file, checked (see :func:`load_model`)."""
    weights: dict[str, float] = {}
    rows = csv.reader(fh, delimiter="\t", quoting=csv.QUOTE_NONE)
    if next(rows, None) != list(HEADER):
        raise SentenceModelError(path, "the first row must be 'feature<TAB>weight'", 1)
    for line, row in enumerate(rows, start=2):
        if len(row) != 2 or not row[0]:
            raise SentenceModelError(path, "each row is 'feature<TAB>weight'; refit with "
                                     "`python tools/fit_sentence_model.py --write`", line)
        try:
            weight = float(row[1])
        except ValueError:
            weight = math.nan
        if not math.isfinite(weight):
            raise SentenceModelError(path, f"weight {row[1]!r} of {row[0]!r} is not a finite number", line)
        if row[0] in weights:
            raise SentenceModelError(path, f"feature {row[0]!r} is listed twice", line)
        weights[row[0]] = weight
    return weights
