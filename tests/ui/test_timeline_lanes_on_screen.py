"""A zoom level not drawn yet is drawn a lane at a time, as the frame needs the lanes: a zoom
key stacks and draws (places the words of) the lanes on screen only, a lane scrolled into view
is drawn then, once, and the picture is the one drawn all at once. Spies count the lanes drawn
(`test_timeline_repaint.py`); nothing here measures time."""

from __future__ import annotations

from rondom_tui.domain.models import Lane
from rondom_tui.domain.timeline.canvas import Canvas
from rondom_tui.domain.timeline.frame import Frame
from rondom_tui.ui.timeline.view import TimelineView
from tests.ui.test_timeline_repaint import LANES, Spies, TimelineApp, spies

__all__ = ["spies"]  # the fixture, shared with the repaint tests

LOW = (100, 12)
"""Fewer rows than the lanes take: some lanes are off screen."""


def lanes_on_screen(view: TimelineView, frame: Frame) -> set[Lane]:
    rows = range(
        frame.axis_rows + view._lane_scroll, frame.axis_rows + view._lane_scroll + LOW[1] - 3
    )
    return {lane for lane in frame.lanes if set(frame.lane_rows(lane)) & set(rows)}


async def test_a_zoom_draws_the_lanes_on_screen_and_the_others_when_they_come_into_view(
    spies: Spies,
) -> None:
    app = TimelineApp()
    async with app.run_test(size=LOW) as pilot:
        view = app.query_one(TimelineView)
        await pilot.pause()
        spies.reset()
        await pilot.press("plus")  # a level not drawn yet, nothing drawn ahead
        await pilot.pause()
        frame = view.current_frame()
        shown = lanes_on_screen(view, frame)
        assert shown and len(shown) < len(LANES)
        assert [lane for lane, *_ in spies.drawn] == [lane for lane in LANES if lane in shown]
        stacked = {stack.lane for stack in frame.canvas.arrangement.lanes if stack.stacked}
        assert stacked == shown, "only the lanes on screen stacked"
        for _ in LANES:  # down through every lane: each drawn once, as it comes into view
            await pilot.press("down")
            await pilot.pause()
            drawn = [lane for lane, *_ in spies.drawn]
            assert len(drawn) == len(set(drawn)), "no lane drawn twice"
            assert lanes_on_screen(view, view.current_frame()) <= set(drawn)
        assert {lane for lane, *_ in spies.drawn} == set(LANES)
        canvas = view.current_frame().canvas
        fresh = Canvas.draw(
            view._arranged(canvas.zoom),
            canvas.first,
            canvas.columns,
            words={event.id: event.title for event in view.events},
        )
        assert canvas == fresh, "the same picture as drawn all at once"


async def test_drawing_ahead_draws_every_lane_and_paints_the_rows_on_screen(spies: Spies) -> None:
    """So the first frame after a rest only cuts: lanes keep their rows at every level, so the
    rows on screen now are those a zoom shows."""
    app = TimelineApp()
    async with app.run_test(size=LOW) as pilot:
        view = app.query_one(TimelineView)
        await pilot.pause()
        await view.draw_ahead().wait()
        key = view._ahead_key(view.current_frame().window.zoom - 1)
        assert key is not None
        canvas = view._canvases[key][1]
        assert canvas.drawn
        shown, top = view._lane_rows_shown(), 0
        assert 0 < len(shown) < sum(lane.depth for lane in canvas.lanes)
        for lane in canvas.lanes:
            for row in range(lane.depth):
                assert lane.rows.painted(range(row, row + 1)) == (top + row in shown)
            top += lane.depth
