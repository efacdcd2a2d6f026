"""Benchmark of the Tijdlijn: how long one frame takes for a case with 2,000 (fictional) events.

Issue 10 asks for a frame with words at 2,000 events within 16 ms, issue 14 for pan, step and
zoom frames within 1.2x the floor: a bare Textual app repainting the same area (200x50), from
lines made beforehand. A line says whether every frame keeps 16 ms of processor time (the
wall clock of a headless frame includes Textual's wait for idle, 20 ms at least: the floor).
Measured here, in milliseconds, medians:
- the pure layout alone (`arrange` + `paint`, every row asked for: since 2026-12-06 lanes are
  drawn when first needed) at the default zoom, and as the widget makes it (a `Stacking`);
- frames on the (headless) terminal, from the key's action to the bytes out, each with its
  processor time and its ratio to the floor measured in the same run (before and after the
  widget, the median of both): a pan of one column (rightwards, every window new), a step to
  the next event, a zoom step between levels drawn before, a zoom step to a level not shown
  before after a rest (the view drew it ahead meanwhile, `TimelineView.draw_ahead`), the same
  pressed by hand (`BY_HAND` apart, each after a frame that planned its rest: drawn ahead as
  far as it got; until 2026-12-05 the first was cold, no rest planned), with the keys in a
  row (nothing drawn ahead: the level stacked and drawn in the frame, the lanes on screen),
  and after an edit (an event of a lane on screen moved). No figure holds work done idle;
- zoom keys in a row as the user waits for them (`bench._zoom_bursts`, issue 10): the rest
  that draws every level ahead (processor), frames of keys in a row after it, and a burst of
  keys arriving together, from the keys to the final frame, after that rest and with nothing
  drawn ahead (the keys are handled before the repaint, so only the final level is placed;
  until 2026-12-05 every level the burst passed was), then lane keys down from there, each
  into a lane not drawn yet (a level is drawn a lane at a time as the frame needs them);
- a full garbage collection with the drawn levels kept (Python's occasional pause, paid by
  whichever frame it falls in); without a terminal: a frame after an edit (stacking and
  drawing again what it touches), a zoom step or a pan with every line of it made; the screen.
On a loaded machine the wall clock also waits for other work: compare the processor times.
Run with ``python -m bench timeline``; `run()` returns the figures for `make bench`.
"""

from __future__ import annotations

import asyncio
import gc
import random
import statistics
from collections.abc import Callable, Mapping
from datetime import date, timedelta
from itertools import cycle
from time import perf_counter, process_time

import msgspec
from rich.segment import Segment
from textual.app import App, ComposeResult
from textual.pilot import Pilot
from textual.strip import Strip
from textual.widget import Widget

from bench._timeline_screen import screen_ms
from bench._zoom_bursts import cold_ms, rested_ms
from rondom_tui.domain.dates import PartialDate, Qualifier
from rondom_tui.domain.models import Category, Event, Lane
from rondom_tui.domain.timeline.analysis import waiting_times
from rondom_tui.domain.timeline.layout import (
    DEFAULT_ZOOM,
    Stacking,
    WaitSpan,
    Window,
    arrange,
    paint,
)
from rondom_tui.ui.timeline.drawing import AHEAD_AFTER
from rondom_tui.ui.timeline.view import TimelineView

EVENTS = 2_000
TODAY = date(2026, 3, 2)
SIZE = (200, 50)
REPEATS = 7
FRAMES = 15
"""Frames measured per figure (the median is reported)."""
BY_HAND = 0.15
"""Seconds between two zoom presses by hand (a held key repeats every 0.03 s or so)."""


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


def _waits(events: list[Event]) -> list[WaitSpan]:
    return [wait.span for wait in waiting_times(events, TODAY)]


def _layout_ms(events: list[Event]) -> tuple[float, float]:
    """(one zoom level arranged and painted, every row; the same from a `Stacking`)."""
    window = Window.showing(date(2016, 1, 1), DEFAULT_ZOOM)
    columns = SIZE[0] - 12
    waits = _waits(events)
    alone = _median_ms(
        lambda: paint(arrange(events, DEFAULT_ZOOM, TODAY), window, columns, lang="nl").rows
    )
    stacked = _median_ms(
        lambda: (
            paint(
                Stacking(events, TODAY, waits=waits).at(DEFAULT_ZOOM), window, columns, lang="nl"
            ).rows
        )
    )
    return alone, stacked


class _BenchApp(App[None]):
    def __init__(self, events: list[Event]) -> None:
        super().__init__()
        self._events = events

    def compose(self) -> ComposeResult:
        view = TimelineView(
            self._events,
            waits=_waits(self._events),
            today=TODAY,
            date_of_birth=PartialDate(2007, 4, 12),
        )
        # Drawn ahead only where a figure says so (`_rested`), from the first frame on: a
        # rest planned by the opening picture would draw levels during the cold figures.
        view.ahead_after = None
        yield view


class _BareLines(Widget):
    """The floor: a widget that repaints the same area from lines made beforehand."""

    def __init__(self) -> None:
        super().__init__()
        self.flip = False
        self.lines = [
            [
                Strip([Segment(f"{'+-o'[(y + n) % 3] * 40} regel {y}".ljust(SIZE[0]))])
                for y in range(SIZE[1])
            ]
            for n in range(2)
        ]

    def render_line(self, y: int) -> Strip:
        return self.lines[self.flip][y] if y < len(self.lines[0]) else Strip.blank(SIZE[0])

    def change(self) -> None:
        self.flip = not self.flip
        self.refresh()


class _BareApp(App[None]):
    def compose(self) -> ComposeResult:
        yield _BareLines()


Frames = tuple[float, float]
"""(wall clock, processor time) of a frame in milliseconds, medians."""


async def _frames_ms(pilot: object, change: Callable[[], object], count: int = FRAMES) -> Frames:
    """Median time from a change to its frame on the (headless) terminal: the key's work, the
    widget's lines, Textual's compositor and the bytes out, as a user waits for them; and the
    processor time of the same (on a loaded machine the wall clock waits for other work)."""
    wall, work = [], []
    for _ in range(count):
        start, started = perf_counter(), process_time()
        change()
        await pilot.pause()  # type: ignore[attr-defined]
        wall.append((perf_counter() - start) * 1000)
        work.append((process_time() - started) * 1000)
    return statistics.median(wall), statistics.median(work)


async def _floor_ms() -> Frames:
    app = _BareApp()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        bare = app.query_one(_BareLines)
        return await _frames_ms(pilot, bare.change)


def _draw(view: TimelineView) -> None:
    """What a repaint costs the widget: the frame and every line of it."""
    view.current_frame()
    for y in range(view.size.height):
        view.render_line(y)


def _repeat(action: Callable[[int], object], *steps: int) -> Callable[[], object]:
    """`action` with the next of `steps`, over and over."""
    again = cycle(steps)
    return lambda: action(next(again))


def _edits(view: TimelineView, events: list[Event], waits: list[WaitSpan]) -> Callable[[], None]:
    """An edit as the screen passes it on, over and over: the event of a lane on screen (as
    the selection is) nearest the middle of the window moved three columns later, then back
    (its lane is drawn again)."""
    frame, top = view.current_frame(), view._lane_scroll
    middle, level = frame.window.day_of(view.columns // 2), frame.window.level
    on_screen = range(frame.axis_rows + top, top + view.size.height)
    shown = {lane for lane in frame.lanes if set(frame.lane_rows(lane)) & set(on_screen)}
    index = min(
        (i for i in range(len(events)) if events[i].lane in shown),
        key=lambda i: abs((events[i].start.anchor() - middle).days),
    )
    event = events[index]
    later = PartialDate.from_date(event.start.anchor() + timedelta(days=3 * level.days_per_column))
    moved = list(events)
    moved[index] = msgspec.structs.replace(event, start=later, end=None, ongoing=False)
    versions = cycle((moved, events))
    return lambda: view.set_events(next(versions), waits)


def _median_frames(frames: list[Frames]) -> Frames:
    return statistics.median(w for w, _ in frames), statistics.median(p for _, p in frames)


async def _rested(pilot: Pilot[None], view: TimelineView) -> None:
    """A user who stops to look: the levels next to the picture are drawn ahead."""
    await view.draw_ahead().wait()
    await pilot.pause()


async def _widget_ms(events: list[Event]) -> dict[str, Frames | float | str]:
    app = _BenchApp(events)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        view = app.query_one(TimelineView)
        waits = _waits(events)
        _draw(view)
        # Zooming in from the whole life, one level at a time, keys in a row: each level drawn
        # for the first time (its words placed over all the time it can show).
        fresh = await _frames_ms(pilot, lambda: view.action_zoom(-1), count=3)
        # Three levels further in by hand, `BY_HAND` seconds apart: drawn ahead meanwhile as
        # far as it got (the frame draws the rest).
        # As after any frame the user sees: the rest is planned (the frames above had none).
        view.ahead_after = AHEAD_AFTER
        view._plan_ahead()
        by_hand = []
        for _ in range(3):
            await asyncio.sleep(BY_HAND)
            by_hand.append(await _frames_ms(pilot, lambda: view.action_zoom(-1), count=1))
        view.ahead_after = None
        # Three levels further in, each after a rest: the level was drawn ahead meanwhile.
        ahead = []
        for _ in range(3):
            await _rested(pilot, view)
            ahead.append(await _frames_ms(pilot, lambda: view.action_zoom(-1), count=1))
        view.action_end(-1)  # the first event, near the left: panning right has room
        await _rested(pilot, view)
        _draw(view)
        zoomed = _repeat(view.action_zoom, 1, -1)
        stepped = _repeat(view.action_step, 1, -1)
        figures: dict[str, Frames | float | str] = {
            # every pan a window not shown before: rightwards, one column at a time
            "pan one column": await _frames_ms(pilot, lambda: view.action_pan(1)),
            "step to the next event": await _frames_ms(pilot, stepped),
            "zoom, to a level drawn before": await _frames_ms(pilot, zoomed),
            "zoom, to a level drawn first, after a rest": _median_frames(ahead),
            "zoom, to a level drawn first, by hand": _median_frames(by_hand),
            "zoom, to a level drawn first, keys in a row": fresh,
            "after an edit (one event moved)": await _frames_ms(pilot, _edits(view, events, waits)),
        }
        edit, panned = _edits(view, events, waits), _repeat(view.action_pan, 1)
        zoom_and_draw = _repeat(view.action_zoom, 1, -1)
        figures |= {
            "a full garbage collection, the levels drawn kept: processor (ms)": _gc_ms(),
            "words placed in one frame (captions / counted)": _words_of(view),
            "paint one frame with words after an edit, no terminal (ms)": _median_ms(
                lambda: (edit(), _draw(view))
            ),
            "zoom one step and paint, no terminal (ms)": _median_ms(
                lambda: (zoom_and_draw(), _draw(view))
            ),
            "scroll one column and paint, no terminal (ms)": _median_ms(
                lambda: (panned(), _draw(view))
            ),
        }
        return figures


async def _bursts_ms(events: list[Event]) -> dict[str, Frames | float | str]:
    """Zoom keys in a row as the user waits for them (`bench._zoom_bursts`): a burst with
    nothing drawn ahead, and after a rest (each on a view just opened)."""
    figures: dict[str, Frames | float | str] = {}
    for rest in (False, True):
        app = _BenchApp(events)
        async with app.run_test(size=SIZE) as pilot:
            await pilot.pause()
            view = app.query_one(TimelineView)
            _draw(view)
            if rest:
                figures |= await rested_ms(pilot, view, _frames_ms)
            else:
                figures |= await cold_ms(pilot, view, _frames_ms)
    return figures


def _gc_ms() -> float:
    """Processor time of a full (oldest generation) garbage collection: Python runs one now
    and then, inside whatever frame is being made, and its cost grows with every container
    the drawings keep. A median of frames hides it; this says how long such a frame waits."""
    gc.collect()
    started = process_time()
    gc.collect()
    return (process_time() - started) * 1000


def _words_of(view: TimelineView) -> str:
    frame = view.current_frame()
    counted = sum(len(h.event_ids) for h in frame.hidden)
    return f"{len(frame.captions)} / {counted}"


BUDGET_MS = 16.0
"""Issue 10: a frame with words at 2,000 events within this (processor time: the wall clock
of a headless frame also holds Textual's idle wait, see the floor)."""


def _budget(widget: Mapping[str, Frames | float | str]) -> str:
    """Whether every frame a user waits for after a key or an edit keeps `BUDGET_MS` of
    processor time: "holds" with the slowest, or "does NOT hold" with every frame kind over
    it (none left out: a zoom to a level not drawn yet before any rest and a burst of keys
    count too, the burst from its keys to its final frame)."""
    frames = {name: value[1] for name, value in widget.items() if isinstance(value, tuple)}
    over = {name: ms for name, ms in frames.items() if ms > BUDGET_MS}
    if not over:
        worst = max(frames, key=frames.__getitem__)
        return f"holds (slowest: {worst}, {frames[worst]:.1f} ms)"
    return "does NOT hold: " + "; ".join(f"{name} {ms:.1f} ms" for name, ms in over.items())


def run() -> dict[str, float | int | str]:
    """The Tijdlijn figures at 2,000 events, in milliseconds (median of several runs); each
    frame with the floor (a bare app repainting the same area) measured in the same run,
    before and after, and the ratio to it."""
    events = fictional_events()
    alone, stacked = _layout_ms(events)
    figures: dict[str, float | int | str] = {
        "events in the case": len(events),
        "layout of one frame, arrange + paint (ms)": alone,
        "layout as the widget makes it, all zoom levels (ms)": stacked,
    }
    before = asyncio.run(_floor_ms())
    widget = asyncio.run(_widget_ms(events)) | asyncio.run(_bursts_ms(events))
    after = asyncio.run(_floor_ms())
    floor = (statistics.median((before[0], after[0])), statistics.median((before[1], after[1])))
    figures["floor: bare app repainting the same area (ms)"] = floor[0]
    figures["floor: processor (ms)"] = floor[1]
    for name, value in widget.items():
        if isinstance(value, tuple):
            figures[f"frame: {name} (ms)"] = value[0]
            figures[f"frame: {name}: processor (ms)"] = value[1]
            figures[f"frame: {name} / floor"] = round(value[0] / floor[0], 2)
        else:
            figures[name] = value
    figures["16 ms of processor per frame"] = _budget(widget)
    figures.update(asyncio.run(screen_ms(events, TODAY, SIZE, _draw, _median_ms, REPEATS)))
    return figures


if __name__ == "__main__":
    for name, value in run().items():
        print(f"{name}: {value:.1f}" if isinstance(value, float) else f"{name}: {value}")
