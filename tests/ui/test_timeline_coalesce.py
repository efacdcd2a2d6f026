"""Zoom keys that wait together draw only the final level (issue 10): a key changes the window
and scrolls the lanes from the arrangement, and the level is drawn at the next repaint, so a
user who presses + four times quickly never waits for the three levels he skips. No key is
lost: the final zoom is the sum of the keys. Spies count the lanes drawn
(`test_timeline_repaint.py`); nothing here measures time."""

from __future__ import annotations

from textual import events
from textual.pilot import Pilot

from rondom_tui.ui.timeline.view import TimelineView
from tests.ui.test_timeline_ahead import drawing_ahead
from tests.ui.test_timeline_repaint import LANES, SIZE, Spies, TimelineApp, spies

__all__ = ["spies"]  # the fixture, shared with the repaint tests


async def keys_at_once(pilot: Pilot[None], *keys: str) -> None:
    """`keys` queued before any is handled (as a held key or quick presses arrive while the
    app is busy), then the repaint after them."""
    driver = pilot.app._driver
    assert driver is not None
    for key in keys:
        driver.send_message(events.Key(key, {"plus": "+", "minus": "-"}.get(key)))
    await pilot.pause()


def stretches_drawn(spies: Spies) -> set[tuple[object, ...]]:
    return {tuple(at) for _, *at in spies.drawn}


async def test_four_zoom_keys_queued_draw_only_the_final_level(spies: Spies) -> None:
    app = TimelineApp()
    async with app.run_test(size=SIZE) as pilot:
        view = app.query_one(TimelineView)
        await pilot.pause()
        top = view.window.zoom
        assert top >= 4
        spies.reset()
        await keys_at_once(pilot, "plus", "plus", "plus", "plus")
        assert view.window.zoom == top - 4, "no key lost"
        canvas = view.current_frame().canvas
        assert canvas.zoom == top - 4
        assert stretches_drawn(spies) == {(canvas.first, canvas.columns)}, "one level drawn"
        assert spies.lanes_drawn == len(LANES), "each of its lanes once"


async def test_zoom_keys_queued_both_ways_end_where_the_keys_one_by_one_end(
    spies: Spies,
) -> None:
    keys = ("plus", "plus", "minus", "plus", "plus")
    one_by_one = TimelineApp()
    async with one_by_one.run_test(size=SIZE) as pilot:
        view = one_by_one.query_one(TimelineView)
        await pilot.pause()
        view.select_event("e045")
        await pilot.pause()
        for key in keys:
            await pilot.press(key)
            await pilot.pause()
        expected = (view.window, view._lane_scroll, view.selected_id, view.cursor)
        drawn_one_by_one = spies.lanes_drawn
    queued = TimelineApp()
    async with queued.run_test(size=SIZE) as pilot:
        view = queued.query_one(TimelineView)
        await pilot.pause()
        view.select_event("e045")
        await pilot.pause()
        spies.reset()
        await keys_at_once(pilot, *keys)
        assert (view.window, view._lane_scroll, view.selected_id, view.cursor) == expected
        assert view.current_frame().extent("e045") is not None, "the selection stays in view"
        assert spies.lanes_drawn == len(LANES) < drawn_one_by_one


async def test_drawing_ahead_goes_on_for_the_level_a_key_asks_for_and_stops_for_another(
    spies: Spies,
) -> None:
    """Between a key and its repaint the worker drawing ahead looks at the window: the level
    the key asks for is worth going on with (the frame would draw it), another is not."""
    app = TimelineApp()
    async with app.run_test(size=SIZE) as pilot:
        view = await drawing_ahead(pilot, spies)  # the next level in comes first
        start = view.window
        assert start is not None
        drawing = view._ahead_key(start.zoom - 1)
        assert drawing is not None
        assert not view._asked_elsewhere(start, drawing), "no key yet"
        view.action_zoom(-1)  # to the level being drawn, no repaint yet
        assert not view._asked_elsewhere(start, drawing)
        view.action_zoom(1)
        view.action_zoom(1)  # out to the opening picture instead
        assert view._asked_elsewhere(start, drawing)
