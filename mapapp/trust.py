"""What the "About the data" page tells analysts about the extraction's measured quality.

The figures come from ``pipeline/data/quality.toml`` (read and validated by
:func:`pipeline.quality.read_quality`); this module only words them: a table of every
measure and one sentence from the newest measure on real reports. Nothing here imports Streamlit.
"""

from __future__ import annotations

from collections.abc import Sequence

import pandas as pd

from pipeline.quality import CONFIDENCE_LEVELS, Measure

#: The table's columns, in order: the figures first, the long description of the texts last (a
#: narrow page then cuts the description, not the figures).
COLUMNS = ["Kind", "Precision", "Recall", "True events", "Right by confidence", "Blind", "Measured", "Commit", "Texts"]


def measures_table(measures: Sequence[Measure]) -> pd.DataFrame:
    """One row per measure, as the page shows them (newest first, as given).

    Parameters
    ----------
    measures : sequence of Measure
        From :func:`pipeline.quality.read_quality`.

    Returns
    -------
    pandas.DataFrame
        Columns :data:`COLUMNS`; precision and recall as shares (0–1).
    """
    rows = [["real reports" if m.kind == "real" else "our written reports", m.precision, m.recall, m.gold_events,
             by_confidence_text(m), "yes" if m.blind else "no", m.measured.isoformat(), m.commit, m.texts] for m in measures]
    return pd.DataFrame(rows, columns=COLUMNS)


#: How much surer (share of right events) the high-confidence events must have been than the rest
#: for the page to advise showing only them.
SEPARATES = 0.1


def by_confidence_text(m: Measure) -> str:
    """``"high 25/32 · medium 20/33 · low 4/8"``: of the events of each confidence level, how many
    were right (empty when the measure does not give them).

    Parameters
    ----------
    m : Measure
        One measure.

    Returns
    -------
    str
        The levels measured, surest first.
    """
    return " · ".join(f"{level} {right}/{n}" for level in CONFIDENCE_LEVELS
                      if (pair := m.by_confidence.get(level)) for right, n in [pair])


def trust_sentence(measures: Sequence[Measure]) -> str:
    """The page's one-line warning, from the newest blind measure on real reports (or, when there
    is none, on written ones): how many automatic events in ten were right and how many true events
    in ten were found.

    Parameters
    ----------
    measures : sequence of Measure
        Newest first (as :func:`pipeline.quality.read_quality` gives them).

    Returns
    -------
    str
        Markdown; empty when no measure is blind.
    """
    blind = [m for m in measures if m.blind]
    pick = next((m for m in blind if m.kind == "real"), blind[0] if blind else None)
    if pick is None:
        return ""
    what = "real published reports" if pick.kind == "real" else "reports written in outlets' styles"
    return (f"On {pick.gold_events} true events of {what} that no rule was tuned on (measured "
            f"{pick.measured.isoformat()}), about **{round(pick.precision * 10)} in 10** automatic events were right "
            f"(type, dates and place) and **{round(pick.recall * 10)} in 10** true events were found. "
            "Read an event's evidence sentence before relying on it, and confirm or correct it under Review."
            + _confidence_clause(pick))


def _confidence_clause(m: Measure) -> str:
    """The sentence that tells how the events' confidence bore out on that measure (empty without figures)."""
    pairs = [(level, *pair) for level in CONFIDENCE_LEVELS if (pair := m.by_confidence.get(level)) and pair[1]]
    if not pairs:
        return ""
    (level, right, n), rest = pairs[0], pairs[1:]
    told = [f"{right} of the {n} events marked {level} confidence were right"]
    told += [f"{r} of {k} {lv}" for lv, r, k in rest]
    high = m.by_confidence.get("high")
    others = [m.by_confidence[lv] for lv in CONFIDENCE_LEVELS[1:] if lv in m.by_confidence]
    right_else, n_else = sum(r for r, _ in others), sum(k for _, k in others)
    if high and high[1] and n_else and high[0] / high[1] >= right_else / n_else + SEPARATES:
        advice = (": set *Lowest confidence shown* to **high** for the surest dots, knowing that fewer true "
                  "events are then shown.")
    else:
        advice = (", so the confidence level did not tell right events from wrong ones there: read the evidence "
                  "of every dot, whatever its confidence.")
    return " On those reports, " + ", ".join(told) + advice
