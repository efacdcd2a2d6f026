"""The case's plan on the Tijdlijn: planned periods and evaluation dates as spans of their own.

Pure. An item that is not closed (achieved, stopped) is drawn as a period from its start to its
end and as a point on its evaluation date, each with its own glyph (`picture.SPAN_LOOK`), so a
picture never shows what is planned as what happened. An item is drawn in the lane of the
first event it answers (the help planned for a hindering event at school shows in the school
lane), else in the lane `Overig`. A period with only a start is a point there; one with only an
end runs from today. The spans take part in the picture's extent like waiting times, so the
picture opens on, and zooms out to, the planned future too.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date

from rondom_tui.domain.models import Event, Lane
from rondom_tui.domain.plan.models import PlanItem
from rondom_tui.domain.timeline.stacking import EVALUATION, PLANNED, WaitSpan

DEFAULT_LANE = Lane.OVERIG
"""The lane of an item that answers no event on the line."""


def span_id(item_id: str, kind: str) -> str:
    """The id of the span of kind `kind` drawn for plan item `item_id`."""
    return f"{item_id}/{kind}"


def planned_spans(
    items: Iterable[PlanItem], events: Mapping[str, Event], today: date
) -> list[WaitSpan]:
    """The spans that draw `items`; `events` by id, to find each item's lane."""
    spans: list[WaitSpan] = []
    for item in items:
        if item.is_closed:
            continue
        answered = [events[ident] for ident in item.events if ident in events]
        lane = answered[0].lane if answered else DEFAULT_LANE
        if item.start is not None or item.until is not None:
            first = item.start.earliest() if item.start is not None else today
            last = item.until.latest() if item.until is not None else first
            spans.append(
                WaitSpan(span_id(item.id, PLANNED), lane, first, max(first, last), False, PLANNED)
            )
        if item.evaluate_on is not None:
            day = item.evaluate_on.anchor()
            spans.append(WaitSpan(span_id(item.id, EVALUATION), lane, day, day, False, EVALUATION))
    return spans


__all__ = ["DEFAULT_LANE", "planned_spans", "span_id"]
