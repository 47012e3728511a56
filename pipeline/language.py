"""Which language an article is written in, from its letters.

The pipeline reads Arabic and English reports. When an article's metadata does not say
its language (or ``extract`` is given a bare ``.txt``), :func:`detect_language` decides
from the script of its letters: Arabic-script letters against Latin ones. News copy is
long enough, and the two scripts different enough, that a ratio is all it takes; a
statistical detector would add a dependency and nothing for these two languages (it is
needed only to tell Latin-script languages apart, which the pipeline does not do).
"""

from __future__ import annotations

import re

_ARABIC_LETTER_RE = re.compile(r"[\u0621-\u064a\u0671-\u06d3\u06d5\u0750-\u077f\ufb50-\ufdff\ufe70-\ufefc]")
_LATIN_LETTER_RE = re.compile(r"[A-Za-z\u00c0-\u024f]")

#: The share of Latin letters above which a text is read as English.
LATIN_SHARE = 0.5


def detect_language(text: str) -> str:
    """``"ar"`` or ``"en"``: the script most of the text's letters are written in.

    Parameters
    ----------
    text : str
        The article text.

    Returns
    -------
    str
        ``"en"`` when more than half of the letters are Latin, else ``"ar"`` (also for a
        text without letters: Arabic is the pipeline's first language).

    Examples
    --------
    >>> detect_language("Clashes broke out in Qamishli (القامشلي) on Tuesday.")
    'en'
    >>> detect_language("اشتباكات في القامشلي بين الأسايش والدفاع الوطني (NDF)")
    'ar'
    """
    arabic = len(_ARABIC_LETTER_RE.findall(text))
    latin = len(_LATIN_LETTER_RE.findall(text))
    if arabic + latin == 0:
        return "ar"
    return "en" if latin / (arabic + latin) > LATIN_SHARE else "ar"
