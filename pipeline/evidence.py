"""How long evidence speaks for: one window for control zones and truces.

A control zone whose latest evidence is older than :data:`STALE_EVIDENCE_DAYS` before the day it is
drawn for is drawn faded (:mod:`mapapp.mapview`); a truce that no report has spoken of for as long is
no longer called held or in force (:mod:`pipeline.truces`: ``last_evidence`` and ``evidence_until``
of ``build/truces.json``). A season (about three months) is long enough for front lines or a truce
round Qamishli to have changed unreported, short enough that what the period's own weeks confirm is
shown as it was reported.
"""

from __future__ import annotations

import pandas as pd

#: Days a piece of evidence speaks for after its own day.
STALE_EVIDENCE_DAYS = 90


def evidence_until(last: pd.Timestamp | None) -> pd.Timestamp | None:
    """The last day evidence of day ``last`` speaks for (``last`` plus :data:`STALE_EVIDENCE_DAYS`); None for None.

    Parameters
    ----------
    last : pandas.Timestamp or None
        The day of the latest evidence.

    Returns
    -------
    pandas.Timestamp or None
        A day (midnight); from the day after it on, the evidence is stale.
    """
    if last is None or pd.isna(last):
        return None
    return pd.Timestamp(last).normalize() + pd.Timedelta(days=STALE_EVIDENCE_DAYS)
