"""What an event covers, in days: the earliest and latest day its dates may stand for and
the stretch drawn with its valence glyph.

Pure and cached: a case's dates are laid out again at every zoom step and after every edit,
and each is a few date calculations.
"""

from __future__ import annotations

from datetime import date
from functools import lru_cache

from rondom_tui.domain.dates import PartialDate
from rondom_tui.domain.models import Event


@lru_cache(maxsize=16_384)
def date_range(value: PartialDate) -> tuple[date, date, date]:
    """(earliest, anchor, latest) of a partial date. Cached: a case's dates are laid out again
    at every zoom step and each of these is a few date calculations."""
    earliest, latest = value.earliest(), value.latest()
    return earliest, earliest + (latest - earliest) // 2, latest


def event_days(event: Event, today: date) -> tuple[date, date, date, date]:
    """(earliest, body start, body end, latest) of an event, in days (`span_days`)."""
    return span_days(event.start, event.end, event.ongoing, today)


@lru_cache(maxsize=16_384)
def span_days(
    start: PartialDate, end: PartialDate | None, ongoing: bool, today: date
) -> tuple[date, date, date, date]:
    """(earliest, body start, body end, latest) of what starts at `start` and ends at `end`
    (or goes on, or is a point), in days.

    The body runs from the anchor of the start to the anchor of the end (or today for an
    ongoing period); earliest and latest widen it by what the partial dates leave open. A known
    end wins over the `ongoing` flag. An end written before its start is read as the start.
    Cached: after an edit every event of a case is read again, and all but one are as they
    were; the life span, the stacking and the steps all ask.
    """
    earliest, body_first, start_latest = date_range(start)
    if end is not None:
        _, end_anchor, end_latest = date_range(end)
        body_last = max(body_first, end_anchor)
        return earliest, body_first, body_last, max(body_last, end_latest)
    if ongoing:
        body_last = max(body_first, today)
        return earliest, body_first, body_last, body_last
    return earliest, body_first, body_first, max(body_first, start_latest)
