"""What came before an event: the question of an explanatory analysis ("what happened in the
months before the trouble at school?"), asked of the Tijdlijn with `b`.

Pure. The rule, in words a meeting can check (docs/DECISIONS.md, "What came before"):

- The *look-back* runs from `months` months before the earliest day the anchor event may have
  started, up to the latest day it may have started (partial dates stand for a range of days).
- An event *came before* when it may have started no later than the anchor's latest start
  day, and what it may cover (its uncertainty, its period, an ongoing period up to today)
  reaches into the look-back. A period that began long ago and still ran then counts.
- Partial dates are generous, never silent: an event of ``2025-03`` before an anchor on
  ``15-03-2025`` is listed (it may have come first), marked *order unsure*. The order is
  *sure* only when the event's latest possible start lies before the anchor's earliest one.
  Leaving out what may have come first would hide a possible explanation; marking it keeps
  the picture honest.
- The anchor itself is never its own antecedent.
"""

from __future__ import annotations

import calendar
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from rondom_tui.domain.models import Event
from rondom_tui.domain.timeline.navigation import order_key
from rondom_tui.domain.timeline.stacking import date_range, event_days

SPANS = (3, 6, 12, 24)
"""The look-backs offered, in months; `b` opens on `DEFAULT_SPAN`."""
DEFAULT_SPAN = 6


def months_before(day: date, months: int) -> date:
    """`day` moved back `months` calendar months; a day the month lacks becomes its last
    (31 August less six months is 28 or 29 February)."""
    index = day.year * 12 + day.month - 1 - months
    year, month = divmod(index, 12)
    month += 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


@dataclass(frozen=True, slots=True)
class LookBack:
    """The days looked at before an anchor event: `first` to `last`, both included."""

    first: date
    last: date
    anchor_earliest: date
    """The earliest day the anchor may have started: an event wholly before it came first."""

    @classmethod
    def of(cls, anchor: Event, months: int) -> LookBack:
        earliest, _, latest = date_range(anchor.start)
        return cls(months_before(earliest, months), latest, earliest)


@dataclass(frozen=True, slots=True)
class Antecedent:
    """An event that came (or may have come) before the anchor."""

    event: Event
    order_sure: bool
    """False when its start may fall on or after the anchor's (partial dates): listed with a
    mark, since it may be an explanation as much as a consequence."""


def antecedents(
    events: Iterable[Event], anchor: Event, months: int, today: date
) -> tuple[Antecedent, ...]:
    """The events of `events` that came before `anchor` within `months` months, in time order
    (the rule is in the module's docstring). `today` ends ongoing periods."""
    look = LookBack.of(anchor, months)
    found = []
    for event in events:
        if event.id == anchor.id:
            continue
        start_earliest, _, start_latest = date_range(event.start)
        if start_earliest > look.last:
            continue  # began after the anchor, for certain
        if event_days(event, today)[3] < look.first:
            continue  # over before the look-back began
        found.append((event, start_latest < look.anchor_earliest))
    found.sort(key=lambda pair: order_key(pair[0]))
    return tuple(Antecedent(event, sure) for event, sure in found)
