"""Exception types raised by the pipeline.

Every error that comes from bad input names the file (and the line, where there is
one) and says what to fix, so that a build can report it and carry on with the rest.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path


class PipelineError(Exception):
    """Base class for every error the pipeline raises on purpose."""


class InputError(PipelineError):
    """A problem with an input file, located by path and (optionally) line.

    Parameters
    ----------
    path : str or Path
        The offending file.
    message : str
        What is wrong and what to do about it.
    line : int, optional
        1-based line number in ``path``.
    """

    def __init__(self, path: str | Path, message: str, line: int | None = None):
        self.path = str(path)
        self.line = line
        self.reason = message
        where = f"{self.path}:{line}" if line else self.path
        super().__init__(f"{where}: {message}")


class ArticleError(InputError):
    """An article text that cannot be read (empty, not UTF-8, not text)."""


class MetadataError(InputError):
    """Missing or malformed article metadata (the ``.toml`` beside an article)."""


class GazetteerError(InputError):
    """A malformed gazetteer row (duplicate id, unknown kind or parent, bad coordinate...)."""


class ZonesError(InputError):
    """A malformed row in the control-zones file."""


class OutputError(InputError):
    """An output folder the build must not replace: an existing file, or a folder that holds
    other things than a build (``--out`` naming the wrong place)."""


class LexiconError(InputError):
    """A malformed row in a lexicon file shipped with the pipeline (actors...)."""


class SentenceModelError(InputError):
    """A malformed row in the sentence model's weights (``pipeline/data/sentence_model.tsv``)."""


class GazetteerErrors(PipelineError):
    """Several gazetteer problems found in one validation pass.

    Attributes
    ----------
    errors : list of InputError
    """

    def __init__(self, errors: Sequence[InputError]):
        self.errors = list(errors)
        lines = "\n".join(f"  - {e}" for e in errors)
        super().__init__(f"{len(errors)} problem(s) in the gazetteer:\n{lines}")
