"""Calendar arithmetic shared by the Arabic (:mod:`pipeline.dates`) and English
(:mod:`pipeline.english.dates`) date rules: a day and month without a year, and a weekday
named without a date, resolved against the article's publication date.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .records import DateSpan


def infer_year(published: dt.date, month: int, day: int) -> dt.date | None:
    """The latest ``month``/``day`` no more than a week after publication.

    Parameters
    ----------
    published : datetime.date
        The article's publication date.
    month, day : int

    Returns
    -------
    datetime.date or None
        In the year before, of or after publication; None when no such day exists
        (``31`` of a 30-day month, ``29`` February in no leap year among the three).

    Examples
    --------
    >>> infer_year(dt.date(2021, 1, 3), 12, 30)
    datetime.date(2020, 12, 30)
    """
    best = None
    for year in (published.year - 1, published.year, published.year + 1):
        try:
            d = dt.date(year, month, day)
        except ValueError:
            continue
        if d <= published + dt.timedelta(days=7) and (best is None or d > best):
            best = d
    return best


def weekday_date(published: dt.date, weekday: int, future: bool = False) -> dt.date:
    """The ``weekday`` (Monday 0) nearest publication: the most recent on or before it, or
    with ``future`` the first after it.

    Examples
    --------
    >>> weekday_date(dt.date(2021, 4, 22), 1)  # a Thursday; Tuesday
    datetime.date(2021, 4, 20)
    >>> weekday_date(dt.date(2021, 4, 22), 3, future=True)
    datetime.date(2021, 4, 29)
    """
    if future:
        return published + dt.timedelta(days=(weekday - published.weekday()) % 7 or 7)
    return published - dt.timedelta(days=(published.weekday() - weekday) % 7)


#: The earliest date an input may carry: the project's reports start in the 2010s.
EARLIEST = dt.date(1990, 1, 1)


def implausible(day: dt.date, today: dt.date | None = None) -> str | None:
    """Why ``day`` cannot be a report's or an event's date (before :data:`EARLIEST` or after
    tomorrow: a typed 1921 or 2201), else None. One rule for metadata, curated rows, ACLED
    exports and review corrections."""
    latest = (today or dt.date.today()) + dt.timedelta(days=1)
    if day < EARLIEST:
        return f"{day} is before {EARLIEST} (a typo in the year?)"
    if day > latest:
        return f"{day} is in the future (a typo in the year?)"
    return None


#: The months of a year's parts as reports name them ("مطلع العام", "in late 2022"): its first
#: quarter, its middle, its last quarter.
EARLY, MIDDLE, LATE = (1, 3), (5, 8), (10, 12)

#: A date span longer than this many days is a year or a part of one ("last year", "أواخر عام
#: 2022"): it says when a summary or an old episode happened, never the day of an event.
YEAR_LEVEL_DAYS = 62


def is_year_level(span: DateSpan) -> bool:
    """Whether a date span (:class:`~pipeline.records.DateSpan`) is a year or a part of one.

    Parameters
    ----------
    span : DateSpan
        A resolved date expression.

    Returns
    -------
    bool
        True when it covers more than :data:`YEAR_LEVEL_DAYS` days and is no ``since``
        interval (``background``: those are handled as intervals). An event whose own clause is
        dated only so is a year's summary or an old episode told by its year, not news: the
        event rules drop it rather than date it to a day or fold its toll into another event.
    """
    return not span.background and spans_a_year(span)


def spans_a_year(span: DateSpan) -> bool:
    """Whether a date expression names a year or a part of one, ``since`` intervals included
    (``منذ بداية العام الجاري``, ``since the end of last year``): more than
    :data:`YEAR_LEVEL_DAYS` days from its first to its last day."""
    return (span.date_to - span.date_from).days > YEAR_LEVEL_DAYS


def months_span(year: int, first_month: int, last_month: int) -> tuple[dt.date, dt.date]:
    """The first day of ``first_month`` and the last day of ``last_month`` of ``year``.

    Parameters
    ----------
    year, first_month, last_month : int

    Returns
    -------
    tuple of datetime.date

    Examples
    --------
    >>> months_span(2022, 10, 12)
    (datetime.date(2022, 10, 1), datetime.date(2022, 12, 31))
    """
    last = (dt.date(year, last_month, 28) + dt.timedelta(days=4)).replace(day=1) - dt.timedelta(days=1)
    return dt.date(year, first_month, 1), last
