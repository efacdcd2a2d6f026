"""Drawing ahead and painting the first frame cheaply, as behaviour: the zoom levels next to
the picture are drawn while the user looks (a zoom to them then only cuts), a zoom that
comes while they are drawn draws the lanes it shows (here every lane is on screen), and a
canvas row becomes a kept line only when shown a second time. Spies count the calls
(`test_timeline_repaint.py`); nothing here measures time."""

from __future__ import annotations

import asyncio
import itertools

import pytest

from rondom_tui.domain.timeline.canvas import Canvas
from rondom_tui.domain.timeline.grid import ZOOM_LEVELS
from rondom_tui.ui.timeline import drawing
from rondom_tui.ui.timeline.canvas_line import CanvasLine
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


async def two_lanes_drawn_ahead(spies: Spies) -> None:
    """Turns of the event loop until the worker has drawn two lanes ahead."""
    for _ in range(10_000):
        if spies.lanes_drawn >= 2:
            return
        await asyncio.sleep(0)


async def test_the_levels_next_to_the_picture_are_drawn_ahead_and_then_only_cut(
    spies: Spies,
) -> None:
    app = TimelineApp()
    async with app.run_test(size=SIZE) as pilot:
        view = await drawing_ahead(pilot, spies)
        await app.workers.wait_for_complete()
        # every finer level; the coarser one is the opening picture, kept
        finer = view.window.zoom
        assert spies.lanes_drawn == len(LANES) * finer
        assert [zoom for zoom, _ in itertools.groupby(drawn_levels(view, spies))] == list(
            range(finer - 1, -1, -1)
        ), "the nearest level first, each once"
        spies.reset()
        for key in ("plus", "minus", "minus"):  # each a level drawn ahead
            zoom = view.current_frame().window.zoom
            await pilot.press(key)
            await pilot.pause()
            assert view.current_frame().window.zoom != zoom
        assert spies.lanes_drawn == 0


def drawn_levels(view: TimelineView, spies: Spies) -> list[int]:
    """The zoom level of every lane the spies saw drawn, told by the stretch it covers."""
    keys = [view._ahead_key(zoom) for zoom in range(len(ZOOM_LEVELS))]
    stretches = {key[1:]: key[0] for key in keys if key is not None}
    return [stretches[tuple(at)] for _, *at in spies.drawn]


async def test_keys_in_a_row_after_a_rest_only_cut(spies: Spies) -> None:
    """Issue 10: a held + after a rest reaches levels not shown before, each drawn ahead."""
    app = TimelineApp()
    async with app.run_test(size=SIZE) as pilot:
        view = app.query_one(TimelineView)
        await pilot.pause()
        view.draw_ahead()
        await app.workers.wait_for_complete()
        spies.reset()
        zoom = view.window.zoom
        await pilot.press(*["plus"] * zoom)  # in a row, down to the finest level
        await pilot.pause()
        assert view.window.zoom == 0
        assert spies.lanes_drawn == 0, "no key waited for a placement"
        await pilot.press(*["minus"] * zoom)  # and out again
        await pilot.pause()
        assert view.window.zoom == zoom
        assert spies.lanes_drawn == 0


def test_levels_are_drawn_ahead_nearest_first_the_finer_at_equal_distance() -> None:
    assert drawing.ahead_order(3, 6) == [2, 4, 1, 5, 0]
    assert drawing.ahead_order(0, 3) == [1, 2]
    assert drawing.ahead_order(2, 3) == [1, 0]
    assert drawing.ahead_order(0, 1) == []


async def test_a_zoom_while_drawing_ahead_finishes_that_drawing(spies: Spies) -> None:
    app = TimelineApp()
    async with app.run_test(size=SIZE) as pilot:
        view = await drawing_ahead(pilot, spies)
        await two_lanes_drawn_ahead(spies)
        assert 2 <= spies.lanes_drawn < len(LANES)
        view.action_zoom(-1)  # and the frame at once, with no other turn for the worker
        canvas = view.current_frame().canvas
        for y in range(SIZE[1]):  # its lines: every lane is on screen
            view.render_line(y)
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


async def test_a_frame_stops_drawing_ahead_and_the_next_rest_goes_on_where_it_stopped(
    spies: Spies,
) -> None:
    app = TimelineApp()
    async with app.run_test(size=SIZE) as pilot:
        view = await drawing_ahead(pilot, spies)
        await two_lanes_drawn_ahead(spies)  # of the next level in
        finer = view.window.zoom
        view.action_zoom(1)  # back to the opening picture, kept: a frame
        stopped = spies.lanes_drawn
        await pilot.pause()
        await app.workers.wait_for_complete()
        assert spies.lanes_drawn == stopped < len(LANES), "the frame stopped drawing ahead"
        view.draw_ahead()  # the next rest
        await app.workers.wait_for_complete()
        assert len(spies.drawn) == len(set(spies.drawn)), "no lane drawn twice"
        assert spies.lanes_drawn == len(LANES) * finer, "every finer level, each lane once"
        key = view._ahead_key(finer - 1)  # the level stopped half-way and gone on with
        assert key is not None
        fresh = Canvas.draw(
            view._arranged(key[0]),
            *key[1:],
            words={event.id: event.title for event in view.events},
        )
        assert view._canvases[key][1] == fresh


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
    of = CanvasLine.of

    def making(*args: object) -> CanvasLine:
        made.append(args)
        return of(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(CanvasLine, "of", making)
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
