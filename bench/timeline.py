"""Benchmark of the Tijdlijn: how long one frame takes for a case with 2,000 (fictional) events.

The issue asks that such a case scrolls and zooms without visible lag. Measured here:
- `layout_ms`: the pure layout alone (`arrange` + `paint`) at the default zoom;
- `frame_ms`: what the widget does after the events change: layout plus every `render_line`;
- `zoom_frame_ms`: one zoom step (a new arrangement) plus every `render_line`;
- `pan_frame_ms`: one column of panning (arrangement reused) plus every `render_line`.
Each figure is the median of several runs, in milliseconds, on a 200x50 terminal.

Run with ``python -m bench.timeline``; `run()` returns the figures for `make bench`.
"""

from __future__ import annotations

import asyncio
import random
import statistics
from collections.abc import Callable
from datetime import date, timedelta
from time import perf_counter

from textual.app import App, ComposeResult

from rondom_tui.domain.dates import PartialDate, Qualifier
from rondom_tui.domain.models import Category, Event, Lane
from rondom_tui.domain.timeline import DEFAULT_ZOOM, Window, arrange, paint
from rondom_tui.ui.widgets.timeline_view import TimelineView

EVENTS = 2_000
TODAY = date(2026, 3, 2)
SIZE = (200, 50)
REPEATS = 7


def fictional_events(count: int = EVENTS, seed: int = 7) -> list[Event]:
    """A made-up case history: points, periods and ongoing periods over eighteen years, some
    dates known only to the month or year, some approximate."""
    rng = random.Random(seed)
    first = date(2008, 1, 1)
    span = (TODAY - first).days
    events: list[Event] = []
    for number in range(count):
        day = first + timedelta(days=rng.randrange(span))
        precision = rng.random()
        qualifier = Qualifier.APPROXIMATE if rng.random() < 0.1 else Qualifier.EXACT
        if precision < 0.7:
            start = PartialDate(day.year, day.month, day.day, qualifier)
        elif precision < 0.9:
            start = PartialDate(day.year, day.month, qualifier=qualifier)
        else:
            start = PartialDate(day.year, qualifier=qualifier)
        shape = rng.random()
        end = None
        if shape < 0.25:
            end_day = min(TODAY, day + timedelta(days=rng.randrange(14, 900)))
            end = PartialDate.from_date(end_day)
        events.append(
            Event(
                id=f"bench-{number}",
                lane=rng.choice(list(Lane)),
                category=rng.choice(list(Category)),
                title=f"gebeurtenis {number}",
                start=start,
                end=end,
                ongoing=0.25 <= shape < 0.28,
                valence=rng.choice((-1, 0, 1)),
                keys=rng.sample(range(1, 8), rng.randrange(0, 3)),
            )
        )
    return events


def _median_ms(action: Callable[[], object]) -> float:
    times = []
    for _ in range(REPEATS):
        start = perf_counter()
        action()
        times.append((perf_counter() - start) * 1000)
    return statistics.median(times)


def _layout_ms(events: list[Event]) -> float:
    window = Window.showing(date(2016, 1, 1), DEFAULT_ZOOM)
    columns = SIZE[0] - 12
    return _median_ms(lambda: paint(arrange(events, DEFAULT_ZOOM, TODAY), window, columns))


class _BenchApp(App[None]):
    def __init__(self, events: list[Event]) -> None:
        super().__init__()
        self._events = events

    def compose(self) -> ComposeResult:
        yield TimelineView(self._events, today=TODAY, date_of_birth=PartialDate(2007, 4, 12))


async def _widget_ms(events: list[Event]) -> dict[str, float]:
    app = _BenchApp(events)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        view = app.query_one(TimelineView)

        def draw() -> None:
            view.current_frame()
            for y in range(view.size.height):
                view.render_line(y)

        def after_edit() -> None:
            view.set_events(events)
            draw()

        zoom_steps = iter([-1, 1] * REPEATS)

        def after_zoom() -> None:
            view.action_zoom(next(zoom_steps))
            draw()

        pan_steps = iter([1, -1] * REPEATS)

        def after_pan() -> None:
            view.action_pan(next(pan_steps))
            draw()

        draw()
        return {
            "frame_ms": _median_ms(after_edit),
            "zoom_frame_ms": _median_ms(after_zoom),
            "pan_frame_ms": _median_ms(after_pan),
        }


def run() -> dict[str, float]:
    """The Tijdlijn figures at 2,000 events, in milliseconds (median of several runs)."""
    events = fictional_events()
    figures = {"events": float(len(events)), "layout_ms": _layout_ms(events)}
    figures.update(asyncio.run(_widget_ms(events)))
    return figures


if __name__ == "__main__":
    for name, value in run().items():
        print(f"timeline.{name}: {value:.1f}")
