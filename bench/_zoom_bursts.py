"""Zoom keys in a row on the Tijdlijn (issue 10), as the user waits for them: a burst of zoom
keys that arrive together (a held + repeats about every 0.03 s, faster than a level can be
placed when nothing is drawn yet), from the keys to the final frame, with nothing drawn ahead
and after a rest in which every level was drawn ahead; and how long that rest must be. The
keys are handled before the repaint, so a burst places only its final level, and of it only
the lanes on screen: lane keys down from there each draw a lane in their frame, measured too.

Helpers of `bench.timeline` (which makes the apps and prints the figures)."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from time import perf_counter, process_time

from textual.pilot import Pilot

from rondom_tui.ui.timeline.view import TimelineView

BURST = 4
"""Zoom keys in one burst: from the whole life about as far in as a user goes at once."""

Frames = tuple[float, float]
"""(wall clock, processor time) in milliseconds."""
FramesOf = Callable[..., Awaitable[Frames]]
"""`bench.timeline._frames_ms`: the median frame of a change made `count` times."""


async def burst_ms(pilot: Pilot[None], view: TimelineView, steps: int) -> Frames:
    """From `BURST` zoom keys (one way, `steps`) arriving together to the final frame on the
    (headless) terminal: what the user waits for after the last key of the burst."""
    start, started = perf_counter(), process_time()
    for _ in range(BURST):
        view.action_zoom(steps)
    await pilot.pause()
    return (perf_counter() - start) * 1000, (process_time() - started) * 1000


async def cold_ms(pilot: Pilot[None], view: TimelineView, frames_ms: FramesOf) -> dict[str, Frames]:
    """On a view that shows the opening picture with nothing drawn ahead: `BURST` zoom keys in
    (`burst_ms`, the final level drawn for the lanes on screen), then lane keys down, each
    into a lane not drawn yet at that level (stacked, its words placed and every line
    repainted, the lanes scrolling)."""
    burst = await burst_ms(pilot, view, -1)
    lanes = len(view.current_frame().lanes) - 1
    return {
        f"zoom, {BURST} keys at once, nothing drawn ahead: to the final frame": burst,
        "lane down, into a lane not drawn yet": await frames_ms(
            pilot, lambda: view.action_lane(1), count=lanes
        ),
    }


async def rested_ms(
    pilot: Pilot[None], view: TimelineView, frames_ms: FramesOf
) -> dict[str, Frames | float]:
    """On a view that shows the opening picture with nothing drawn ahead: the rest that draws
    every level ahead (processor), then frames of zoom keys in a row after it (each key a
    level not shown before), and the same keys as one burst."""
    started = process_time()
    await view.draw_ahead().wait()
    rest = (process_time() - started) * 1000
    await pilot.pause()
    top = view.current_frame().window.zoom
    in_a_row = await frames_ms(pilot, lambda: view.action_zoom(-1), count=BURST)
    while view.current_frame().window.zoom < top:
        view.action_zoom(1)
        await pilot.pause()
    return {
        "rest that draws every zoom level ahead: processor (ms)": rest,
        "zoom, to a level drawn first, keys in a row after a rest": in_a_row,
        f"zoom, {BURST} keys at once after a rest: to the final frame": await burst_ms(
            pilot, view, -1
        ),
    }
