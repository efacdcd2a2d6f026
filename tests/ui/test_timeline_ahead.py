"""Drawing ahead and painting the first frame cheaply, as behaviour: the zoom levels next to
the picture are drawn while the user looks (a zoom to them then only cuts), a zoom that
comes while they are drawn finishes that drawing, and a canvas row becomes a kept line only
when shown a second time. Spies count the calls (`test_timeline_repaint.py`); nothing here
measures time."""

from __future__ import annotations

import asyncio

import pytest

from rondom_tui.domain.timeline.canvas import Canvas
from rondom_tui.ui.timeline import drawing
from rondom_tui.ui.timeline.view import TimelineView
from tests.ui.test_timeline_repaint import LANES, SIZE, Spies, TimelineApp, spies

__all__ = ["spies"]  # the fixture, shared with the repaint tests


async def drawing_ahead(pilot, spies: Spies) -> TimelineView:  # type: ignore[no-untyped-def]
    """One level finer than the whole life, then drawing ahead begun (counted afresh)."""
    await pilot.press("plus")
    await pilot.pause()
    spies.reset()
    view = pilot.app.query_one(TimelineView)
    view.draw_ahead()
    return view


async def test_the_levels_next_to_the_picture_are_drawn_ahead_and_then_only_cut(
    spies: Spies,
) -> None:
    app = TimelineApp()
    async with app.run_test(size=SIZE) as pilot:
        view = await drawing_ahead(pilot, spies)
        await app.workers.wait_for_complete()
        # the finer level; the coarser one is the opening picture, kept
        assert spies.lanes_drawn == len(LANES)
        spies.reset()
        for key in ("plus", "minus", "minus"):  # each a level drawn ahead
            zoom = view.current_frame().window.zoom
            await pilot.press(key)
            await pilot.pause()
            assert view.current_frame().window.zoom != zoom
        assert spies.lanes_drawn == 0


async def test_a_zoom_while_drawing_ahead_finishes_that_drawing(spies: Spies) -> None:
    app = TimelineApp()
    async with app.run_test(size=SIZE) as pilot:
        view = await drawing_ahead(pilot, spies)
        for _ in range(10_000):  # until two lanes of the finer level are drawn ahead
            if spies.lanes_drawn >= 2:
                break
            await asyncio.sleep(0)
        assert 2 <= spies.lanes_drawn < len(LANES)
        view.action_zoom(-1)  # and the frame at once, with no other turn for the worker
        canvas = view.current_frame().canvas
        assert spies.lanes_drawn == len(LANES), "the frame drew the lanes not drawn ahead"
        await app.workers.wait_for_complete()  # and the next level in, ahead
        assert len(spies.drawn) == len(set(spies.drawn)), "no lane drawn twice"
        assert sum(1 for _, *at in spies.drawn if at == [canvas.first, canvas.columns]) == len(
            LANES
        )
        fresh = Canvas.draw(
            view._arranged(view.window.zoom),
            view.current_frame().canvas.first,
            view.current_frame().canvas.columns,
            words={event.id: event.title for event in view.events},
        )
        assert view.current_frame().canvas == fresh


async def test_a_frame_plans_drawing_ahead_after_a_rest(
    spies: Spies, monkeypatch: pytest.MonkeyPatch
) -> None:
    planned: list[TimelineView] = []
    monkeypatch.setattr(TimelineView, "ahead_after", 0.001)
    monkeypatch.setattr(TimelineView, "draw_ahead", lambda view: planned.append(view))
    app = TimelineApp()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("plus")
        await pilot.pause()
        assert planned, "drawn ahead once the user rests"


async def test_a_row_becomes_a_kept_line_the_second_time_it_is_shown(
    spies: Spies, monkeypatch: pytest.MonkeyPatch
) -> None:
    made: list[object] = []
    of = drawing._CanvasLine.of

    def making(*args: object) -> drawing._CanvasLine:
        made.append(args)
        return of(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(drawing._CanvasLine, "of", making)
    app = TimelineApp()
    async with app.run_test(size=SIZE) as pilot:
        view = app.query_one(TimelineView)
        await pilot.press("plus", "plus", "plus", "plus")
        await pilot.pause()
        made.clear()
        await pilot.press("minus")  # a level shown before: its rows painted for the window
        await pilot.pause()
        assert made == []
        window = view.window
        await pilot.press("shift+left")  # shown again: now worth keeping whole
        await pilot.pause()
        assert view.window != window
        kept = len(made)
        assert kept
        made.clear()
        await pilot.press("shift+left")
        await pilot.pause()
        assert len(made) < kept, "a pan cuts the kept lines (new ones only for rows new here)"
