"""Hypothesis strategies and builders for fictional timeline events (no real person's data)."""

from __future__ import annotations

import calendar
from datetime import date

from hypothesis import settings
from hypothesis import strategies as st

from rondom_tui.domain.dates import PartialDate, Qualifier
from rondom_tui.domain.models import Category, Event, Lane

TODAY = date(2026, 3, 2)
"""A fixed 'today' so that ongoing periods end in the same place on every run."""

SETTINGS = settings(deadline=None, max_examples=60)
"""For every property test of the timeline: no timing assertion (a loaded CI machine is not a
failure) and enough examples to find the edge cases in a few seconds. Applied per test rather
than as a loaded profile, so other areas' tests keep their own settings."""


@st.composite
def partial_dates(draw: st.DrawFn, first_year: int = 2005, last_year: int = 2027) -> PartialDate:
    year = draw(st.integers(first_year, last_year))
    precision = draw(st.sampled_from(["year", "month", "day", "day", "day"]))
    qualifier = draw(st.sampled_from(list(Qualifier)))
    if precision == "year":
        return PartialDate(year, qualifier=qualifier)
    month = draw(st.integers(1, 12))
    if precision == "month":
        return PartialDate(year, month, qualifier=qualifier)
    day = draw(st.integers(1, calendar.monthrange(year, month)[1]))
    return PartialDate(year, month, day, qualifier)


@st.composite
def timeline_events(draw: st.DrawFn) -> Event:
    start = draw(partial_dates())
    shape = draw(st.sampled_from(["point", "period", "ongoing"]))
    end = draw(partial_dates()) if shape == "period" else None
    if end is not None and end < start:
        start, end = end, start
    return Event(
        id=f"e{draw(st.integers(0, 10**9))}",
        lane=draw(st.sampled_from(list(Lane))),
        category=draw(st.sampled_from(list(Category))),
        title="fictief",
        start=start,
        end=end,
        ongoing=shape == "ongoing",
        valence=draw(st.sampled_from([-1, 0, 1])),
        keys=draw(st.lists(st.integers(1, 7), max_size=3, unique=True)),
    )


def event_lists(max_size: int = 25) -> st.SearchStrategy[list[Event]]:
    return st.lists(timeline_events(), max_size=max_size, unique_by=lambda e: e.id)


def event(
    start: str,
    *,
    end: str | None = None,
    lane: Lane = Lane.SCHOOL,
    valence: int = 0,
    category: Category = Category.OTHER,
    ongoing: bool = False,
    keys: tuple[int, ...] = (),
    id: str | None = None,
    title: str = "fictief",
) -> Event:
    """An event from typed dates, e.g. ``event("14-03-2019", valence=1)``."""
    extra = {"id": id} if id is not None else {}
    return Event(
        lane=lane,
        category=category,
        title=title,
        start=PartialDate.parse(start),
        end=PartialDate.parse(end) if end is not None else None,
        ongoing=ongoing,
        valence=valence,
        keys=list(keys),
        **extra,
    )
