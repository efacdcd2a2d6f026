"""What a key press costs the Tijdlijn, as behaviour rather than time: the words are placed
once per zoom level and kept, a step repaints only the rows of the old and the new selection,
a pan cuts the kept drawing and places again only the words its edges cut, zooming back reuses
the level's drawing, and new events, words or lanes draw the picture again. Spies count the
calls; nothing here measures time (that is `make bench`)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, timedelta

import msgspec
import pytest
from textual.app import App, ComposeResult
from textual.geometry import Region

from rondom_tui.domain.dates import PartialDate
from rondom_tui.domain.models import Category, Event, Lane
from rondom_tui.domain.timeline import edges, lane_canvas, picture
from rondom_tui.domain.timeline import frame as framing
from rondom_tui.domain.timeline.words import Visible
from rondom_tui.i18n import set_language
from rondom_tui.ui.timeline.view import TimelineView

TODAY = date(2026, 3, 2)
SIZE = (100, 30)
LANES = list(Lane)


def crowded_case(count: int = 90) -> list[Event]:
    """A fictional child's history with many events, so words crowd and windows cut them."""
    first = date(2014, 1, 6)
    return [
        Event(
            id=f"e{number:03d}",
            lane=LANES[number % len(LANES)],
            category=Category.OTHER,
            title=f"gebeurtenis {number}",
            start=PartialDate.from_date(first + timedelta(days=41 * number)),
            end=(
                PartialDate.from_date(first + timedelta(days=41 * number + 300))
                if number % 7 == 0
                else None
            ),
            valence=(-1, 0, 1)[number % 3],
        )
        for number in range(count)
    ]


class TimelineApp(App[None]):
    def compose(self) -> ComposeResult:
        yield TimelineView(crowded_case(), today=TODAY, date_of_birth=PartialDate(2012, 3, 1))


@dataclass
class Spies:
    """Calls of the costly work: drawing a lane over a canvas, placing words."""

    lanes_drawn: int = 0
    drawn: list[tuple[object, ...]] = field(default_factory=list)
    """(lane, first column, width) of every lane drawn."""
    lanes_cut: int = 0
    """Lanes whose window edges were worked out (`edges.cut_lane`)."""
    placed: list[list[str]] = field(default_factory=list)
    """The events given to `place_words`, call by call."""

    def reset(self) -> None:
        self.lanes_drawn = self.lanes_cut = 0
        self.placed.clear()
        self.drawn.clear()


@pytest.fixture
def spies(monkeypatch: pytest.MonkeyPatch) -> Iterator[Spies]:
    found = Spies()
    draw_lane, place_words = lane_canvas.draw_lane, picture.place_words
    cut_lane = framing.cut_lane

    def drawing(*args: object, **kwargs: object) -> picture.LaneCells:
        found.lanes_drawn += 1
        found.drawn.append((args[0].lane, *args[1:3]))  # type: ignore[attr-defined]
        return draw_lane(*args, **kwargs)  # type: ignore[arg-type]

    def placing(rows: object, items: list[Visible], *args: object) -> object:
        items = list(items)
        found.placed.append([item.event_id for item in items])
        return place_words(rows, items, *args)  # type: ignore[arg-type]

    def cutting(*args: object, **kwargs: object) -> edges.LaneEdges:
        found.lanes_cut += 1
        return cut_lane(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(lane_canvas, "draw_lane", drawing)
    monkeypatch.setattr(framing, "cut_lane", cutting)
    monkeypatch.setattr(picture, "place_words", placing)
    monkeypatch.setattr(edges, "place_words", placing)
    # Drawn ahead only where a test asks for it (`view.draw_ahead`): counts stay exact.
    monkeypatch.setattr(TimelineView, "ahead_after", None)
    set_language("nl")
    yield found
    set_language("nl")


@pytest.fixture
def refreshed(monkeypatch: pytest.MonkeyPatch) -> list[tuple[Region, ...]]:
    """The regions of every refresh of a `TimelineView` (an empty tuple: all of it)."""
    calls: list[tuple[Region, ...]] = []
    refresh = TimelineView.refresh

    def spy(self: TimelineView, *regions: Region, **kwargs: bool) -> TimelineView:
        calls.append(regions)
        return refresh(self, *regions, **kwargs)

    monkeypatch.setattr(TimelineView, "refresh", spy)
    return calls


async def zoomed_in(pilot, view: TimelineView) -> None:  # type: ignore[no-untyped-def]
    """Three levels finer than the whole life, on an event in the middle of the window."""
    await pilot.press("plus", "plus", "plus")
    await pilot.pause()
    frame = view.current_frame()
    middle = frame.window.day_of(frame.columns // 2)
    event = min(view.events, key=lambda e: abs((e.start.anchor() - middle).days))
    view.select_event(event.id)
    await pilot.pause()


async def test_a_step_places_no_words_and_draws_nothing_again(spies: Spies) -> None:
    app = TimelineApp()
    async with app.run_test(size=SIZE) as pilot:
        view = app.query_one(TimelineView)
        await zoomed_in(pilot, view)
        window = view.window
        spies.reset()
        await pilot.press("right", "left", "right")
        await pilot.pause()
        assert view.window == window, "the steps stay inside the window"
        assert spies.lanes_drawn == spies.lanes_cut == 0
        assert spies.placed == []


async def select_marked_below_its_lane_name(pilot, view: TimelineView) -> None:  # type: ignore[no-untyped-def]
    """Select an event in the window whose marks (bar or words) take a row below its lane's
    name: stepping away from it must repaint a row no lane name shares."""
    lanes = {event.id: event.lane for event in view.events}
    for event_id in view.current_frame().extents:
        view.select_event(event_id)
        await pilot.pause()
        frame = view.current_frame()
        if frame.marked_rows() - {frame.lane_rows(lanes[event_id]).start}:
            return
    raise AssertionError("no event marked below its lane's name")


def screen(view: TimelineView) -> list[list[tuple[str, str]]]:
    """Every line of the view as (text, style) segments."""
    return [
        [(segment.text, str(segment.style)) for segment in view.render_line(y)]
        for y in range(view.size.height)
    ]


async def test_a_step_repaints_only_the_lines_that_change(
    refreshed: list[tuple[Region, ...]],
) -> None:
    app = TimelineApp()
    async with app.run_test(size=SIZE) as pilot:
        view = app.query_one(TimelineView)
        await zoomed_in(pilot, view)
        await select_marked_below_its_lane_name(pilot, view)
        window = view.window
        for key in ("right", "left"):  # away from that event, and back to it
            before = screen(view)
            refreshed.clear()
            await pilot.press(key)
            await pilot.pause()
            assert view.window == window
            after = screen(view)
            changed = {
                y for y, (old, new) in enumerate(zip(before, after, strict=True)) if old != new
            }
            assert changed and refreshed and all(refreshed), "lines repainted, never all of them"
            lines = {y for regions in refreshed for region in regions for y in region.line_range}
            assert changed <= lines, "every line that changes is repainted"
            assert len(lines) <= 6, "the old and the new selection, their words and lane names"


async def test_a_pan_cuts_the_drawing_and_places_only_the_words_its_edges_cut(
    spies: Spies,
) -> None:
    app = TimelineApp()
    async with app.run_test(size=SIZE) as pilot:
        view = app.query_one(TimelineView)
        await zoomed_in(pilot, view)
        await pilot.press("shift+left")  # the first pan at this zoom may draw its stretch
        await pilot.pause()
        for _ in range(3):
            spies.reset()
            window = view.window
            await pilot.press("shift+left")
            await pilot.pause()
            frame = view.current_frame()
            assert frame.window != window
            assert spies.lanes_drawn == 0, "a pan draws nothing again"
            left = frame.left
            right = left + frame.columns - 1
            inside = {
                caption.event_id
                for lane in frame.canvas.lanes
                for caption, (first, last, _, _) in zip(
                    lane.captions, lane.caption_reach, strict=True
                )
                if left <= first and last <= right
            }
            placed = {event_id for call in spies.placed for event_id in call}
            assert placed.isdisjoint(inside), "words inside the window stay put"
            assert len(placed) < len(frame.extents) // 2


async def test_zooming_back_reuses_the_drawing_of_that_level(spies: Spies) -> None:
    app = TimelineApp()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("plus", "minus")
        await pilot.pause()
        spies.reset()
        await pilot.press("plus", "minus", "plus")
        await pilot.pause()
        assert spies.lanes_drawn == 0


async def test_new_words_or_events_draw_again_and_hiding_lanes_keeps_the_rest(
    spies: Spies,
) -> None:
    app = TimelineApp()
    async with app.run_test(size=SIZE) as pilot:
        view = app.query_one(TimelineView)
        await pilot.pause()
        spies.reset()
        view.set_words({event.id: f"anders {event.id}" for event in view.events})
        await pilot.pause()
        assert spies.lanes_drawn == len(LANES)
        assert any("anders" in view.render_line(y).text for y in range(SIZE[1]))
        spies.reset()
        view.set_events(view.events[:3])  # three lanes keep an event
        await pilot.pause()
        assert spies.lanes_drawn == len(LANES)
        spies.reset()
        await pilot.press("h")
        await pilot.pause()
        assert len(view.current_frame().lanes) == 3
        assert spies.lanes_drawn == 0, "the lanes left are those drawn before"
        await pilot.press("h")
        await pilot.pause()
        assert len(view.current_frame().lanes) == len(LANES)


def moved(events: list[Event], event_id: str, days: int) -> list[Event]:
    """`events` with one of them `days` later, as an edit saves it."""
    return [
        msgspec.structs.replace(
            event, start=PartialDate.from_date(event.start.anchor() + timedelta(days=days))
        )
        if event.id == event_id
        else event
        for event in events
    ]


async def selected_in_window(pilot, view: TimelineView) -> Event:  # type: ignore[no-untyped-def]
    """Zoomed in on an event in the middle of the window (`zoomed_in`), selected: to edit."""
    await zoomed_in(pilot, view)
    assert view.selected_event is not None
    return view.selected_event


async def test_an_edit_places_again_only_the_words_of_its_lane(spies: Spies) -> None:
    app = TimelineApp()
    async with app.run_test(size=SIZE) as pilot:
        view = app.query_one(TimelineView)
        edited = await selected_in_window(pilot, view)
        lanes = {event.id: event.lane for event in view.events}
        frame = view.current_frame()
        place = frame.extent(edited.id)
        spies.reset()
        view.set_events(moved(view.events, edited.id, 3 * frame.window.level.days_per_column))
        await pilot.pause()
        assert spies.lanes_drawn == 1, "only the edited event's lane is drawn again"
        placed = {event_id for call in spies.placed for event_id in call}
        assert edited.id in placed
        assert {lanes[event_id] for event_id in placed} == {edited.lane}
        assert view.current_frame().extent(edited.id) != place, "the picture shows the edit"
        spies.reset()
        view.set_words({event.id: event.title for event in view.events} | {edited.id: "Nieuw"})
        await pilot.pause()
        assert spies.lanes_drawn == 1, "new words for one event: its lane only"


async def test_an_event_moved_to_another_lane_draws_both_lanes_again(spies: Spies) -> None:
    app = TimelineApp()
    async with app.run_test(size=SIZE) as pilot:
        view = app.query_one(TimelineView)
        edited = await selected_in_window(pilot, view)
        other = next(lane for lane in LANES if lane is not edited.lane)
        spies.reset()
        view.set_events(
            [
                msgspec.structs.replace(event, lane=other) if event.id == edited.id else event
                for event in view.events
            ]
        )
        await pilot.pause()
        assert spies.lanes_drawn == 2
        assert view.current_frame().extent(edited.id) is not None


async def test_an_edit_repaints_only_the_lines_of_the_lanes_it_draws_again(
    refreshed: list[tuple[Region, ...]],
) -> None:
    app = TimelineApp()
    async with app.run_test(size=SIZE) as pilot:
        view = app.query_one(TimelineView)
        selected = await selected_in_window(pilot, view)
        frame = view.current_frame()
        # another event of that lane on screen: its rows are not the selection's
        edited = next(
            event
            for event in view.events
            if event.lane is selected.lane
            and event.id != selected.id
            and frame.extent(event.id) is not None
            and frame.extent(event.id).row not in frame.marked_rows()  # type: ignore[union-attr]
        )
        before = screen(view)
        refreshed.clear()
        view.set_events(moved(view.events, edited.id, 3 * frame.window.level.days_per_column))
        await pilot.pause()
        after = screen(view)
        changed = {y for y, (old, new) in enumerate(zip(before, after, strict=True)) if old != new}
        assert changed and refreshed and all(refreshed), "lines repainted, never all of them"
        lines = {y for regions in refreshed for region in regions for y in region.line_range}
        assert changed <= lines, "every line that changes is repainted"
        shown = view.current_frame()
        rows = {y if y < shown.axis_rows else y + view._lane_scroll for y in lines}
        marked = frame.marked_rows() | shown.marked_rows()
        assert rows <= set(shown.lane_rows(edited.lane)) | marked, "its lane's rows only"


async def test_an_edit_puts_the_events_in_time_order_only_when_a_step_needs_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from rondom_tui.ui.timeline import view as viewing

    made: list[int] = []
    of = viewing.Chronology.of
    monkeypatch.setattr(viewing.Chronology, "of", lambda events: made.append(1) or of(events))
    app = TimelineApp()
    async with app.run_test(size=SIZE) as pilot:
        view = app.query_one(TimelineView)
        edited = await selected_in_window(pilot, view)
        made.clear()
        view.set_events(moved(view.events, edited.id, 1))
        await pilot.pause()
        assert made == [], "the edit's frame sorts nothing"
        assert view.selected_event is not None and view.selected_event.id == edited.id
        await pilot.press("right")
        assert made == [1]
        ordered = sorted(view.events, key=lambda e: (e.start.order, LANES.index(e.lane), e.id))
        after = ordered[[e.id for e in ordered].index(edited.id) + 1]
        assert view.selected_id == after.id
