"""The Tijdlijn widget in a tiny app: it paints the layout, moves, zooms and asks the screen."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from textual import on
from textual.app import App, ComposeResult
from textual.message import Message

from rondom_tui.domain.dates import PartialDate
from rondom_tui.domain.models import Category, Event, Lane
from rondom_tui.domain.timeline.layout import GLYPHS, Cursor
from rondom_tui.domain.timeline.navigation import LIFE_MARGIN
from rondom_tui.i18n import catalog, set_language
from rondom_tui.ui.timeline.view import TimelineView

TODAY = date(2026, 3, 2)
SIZE = (90, 16)


def fictional_events() -> list[Event]:
    """A fictional child's history (no real person)."""
    return [
        Event(
            id="school",
            lane=Lane.SCHOOL,
            category=Category.SCHOOL_CHANGE,
            title="Nieuwe school",
            start=PartialDate(2019, 8, 26),
            valence=1,
        ),
        Event(
            id="divorce",
            lane=Lane.GEZIN,
            category=Category.LIFE_EVENT,
            title="Scheiding",
            start=PartialDate(2020, 2),
            end=PartialDate(2020, 11),
            valence=-1,
        ),
        Event(
            id="referral",
            lane=Lane.JEUGDHULP,
            category=Category.REFERRAL,
            title="Aanmelding",
            start=PartialDate(2021, 1, 11),
        ),
        Event(
            id="help",
            lane=Lane.JEUGDHULP,
            category=Category.HELP_STARTED,
            title="Hulp",
            start=PartialDate(2021, 4, 19),
            ongoing=True,
            valence=1,
        ),
        Event(
            id="debts",
            lane=Lane.BESTAANSZEKERHEID,
            title="Schulden",
            start=PartialDate(2022, 5),
            valence=-1,
        ),
    ]


class TimelineApp(App[None]):
    """Just the widget, recording the messages it posts."""

    def __init__(self, events: list[Event] | None = None) -> None:
        super().__init__()
        self.events = fictional_events() if events is None else events
        self.messages: list[Message] = []

    def compose(self) -> ComposeResult:
        yield TimelineView(
            self.events, today=TODAY, date_of_birth=PartialDate(2013, 6, 1), id="timeline"
        )

    @on(TimelineView.EventSelected, "#timeline")
    @on(TimelineView.AddRequested, "#timeline")
    @on(TimelineView.EditRequested, "#timeline")
    @on(TimelineView.DeleteRequested, "#timeline")
    def record(self, message: Message) -> None:
        self.messages.append(message)

    def last(self, kind: type[Message]) -> Message:
        return [m for m in self.messages if isinstance(m, kind)][-1]


@pytest.fixture(autouse=True)
def _dutch() -> Iterator[None]:
    set_language("nl")
    yield
    set_language("nl")


def selections(app: TimelineApp) -> list[str | None]:
    return [m.event_id for m in app.messages if isinstance(m, TimelineView.EventSelected)]


def screen_lines(view: TimelineView) -> list[str]:
    return [view.render_line(y).text for y in range(view.size.height)]


async def test_the_widget_paints_labels_axis_and_valence_glyphs() -> None:
    app = TimelineApp()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        view = app.query_one(TimelineView)
        lines = screen_lines(view)
        assert all(len(line) == SIZE[0] for line in lines)
        window = view.window
        assert window is not None
        school = next(line for line in lines if line.strip().startswith("School"))
        assert school[view.label_width + window.column_of(date(2019, 8, 26))] == "+"
        family = lines[lines.index(next(x for x in lines if x.strip().startswith("Gezin"))) :]
        assert "--" in family[0] and "Scheiding" in family[0] + family[1]
        youth = lines[lines.index(next(x for x in lines if x.strip().startswith("Jeugdhulp"))) :]
        assert "o Aanmelding" in youth[0] and any(">" in line for line in youth[:3])
        assert any("jr" in line for line in lines[:3])
        assert any(GLYPHS["today"] in line for line in lines)


async def test_left_and_right_step_through_events_in_time_order() -> None:
    app = TimelineApp()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("home", "right", "right", "right", "right", "right", "left")
        await pilot.pause()
        assert selections(app) == ["school", "divorce", "referral", "help", "debts", "help"]
        view = app.query_one(TimelineView)
        assert view.selected_event is not None and view.selected_event.id == "help"
        assert view.cursor.lane is Lane.JEUGDHULP


async def test_from_today_left_selects_the_latest_event_before_it() -> None:
    app = TimelineApp()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("left")
        await pilot.pause()
        assert selections(app) == ["debts"]


async def test_right_with_nothing_later_selects_the_nearest_event_not_nothing() -> None:
    app = TimelineApp()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("right")
        await pilot.pause()
        assert selections(app) == ["debts"], "every event lies before today"
        await pilot.press("t")
        view = app.query_one(TimelineView)
        view.cursor = Cursor(Lane.KIND, date(2010, 1, 1))
        await pilot.press("left")
        await pilot.pause()
        assert selections(app)[-1] == "school", "nothing earlier: the first event"
        view.selected_id = None
        view.cursor = Cursor(Lane.KIND, date(2020, 6, 1))
        await pilot.press("right")
        await pilot.pause()
        assert selections(app)[-1] == "referral"


async def test_a_after_t_proposes_today_to_the_day_whatever_the_zoom() -> None:
    app = TimelineApp([e for e in fictional_events() if e.lane in (Lane.SCHOOL, Lane.JEUGDHULP)])
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("t", "a")
        await pilot.pause()
        view = app.query_one(TimelineView)
        assert view.window is not None and view.window.level.days_per_column > 7
        request = app.last(TimelineView.AddRequested)
        assert isinstance(request, TimelineView.AddRequested)
        assert request.start == PartialDate(2026, 3, 2) and request.day == TODAY
        await pilot.press("down", "a")
        await pilot.pause()
        moved = app.last(TimelineView.AddRequested)
        assert isinstance(moved, TimelineView.AddRequested) and moved.start == request.start
        assert moved.lane is Lane.GEZIN
        await pilot.press("shift+left", "a")
        await pilot.pause()
        pointed = app.last(TimelineView.AddRequested)
        assert isinstance(pointed, TimelineView.AddRequested)
        assert pointed.start == PartialDate(pointed.day.year, pointed.day.month)


async def test_up_and_down_move_between_lanes() -> None:
    app = TimelineApp()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("end", "up")
        await pilot.pause()
        view = app.query_one(TimelineView)
        assert view.cursor.lane is Lane.JEUGDHULP
        assert selections(app)[-1] == "help"
        await pilot.press("up")
        await pilot.pause()
        assert view.cursor.lane is Lane.SCHOOL and view.selected_id == "school"
        await pilot.press("up", "up", "up")
        await pilot.pause()
        assert view.cursor.lane is Lane.KIND and view.selected_id is None
        assert selections(app)[-1] is None


async def test_zoom_keeps_the_selected_event_in_its_column() -> None:
    app = TimelineApp()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("home", "right", "plus", "plus", "plus", "plus")
        await pilot.pause()
        view = app.query_one(TimelineView)
        assert view.window is not None
        before = view.window
        anchor = PartialDate(2020, 2).anchor()
        await pilot.press("plus")
        await pilot.pause()
        assert view.window.zoom == before.zoom - 1
        assert view.window.column_of(anchor) == before.column_of(anchor)
        await pilot.press("minus", "minus")
        await pilot.pause()
        assert view.window.zoom == before.zoom + 1
        assert view.window.column_of(anchor) == before.column_of(anchor)


async def test_pan_page_and_today_move_the_window() -> None:
    app = TimelineApp()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        view = app.query_one(TimelineView)
        await pilot.press("plus", "plus", "plus")  # the whole life fits: zoom in to pan
        await pilot.pause()
        assert view.window is not None
        start = view.window.first_column
        await pilot.press("shift+left")
        await pilot.pause()
        assert view.window.first_column == start - 1
        await pilot.press("pageup")
        await pilot.pause()
        # a page back, but not before the child's birth and its margin
        assert view.window.first_column < start - 1
        assert view.life is not None
        assert view.window.column_of(view.life.first) == LIFE_MARGIN
        await pilot.press("t")
        await pilot.pause()
        # in the middle, unless that shows more future than the margin
        assert view.window.column_of(TODAY) == view.columns - 1 - LIFE_MARGIN
        assert view.cursor.day == TODAY and view.selected_id is None


async def test_add_asks_for_an_event_at_the_cursor() -> None:
    app = TimelineApp()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("end", "a")
        await pilot.pause()
        request = app.last(TimelineView.AddRequested)
        assert isinstance(request, TimelineView.AddRequested)
        assert request.lane is Lane.BESTAANSZEKERHEID
        assert request.day == PartialDate(2022, 5).anchor()
        assert request.start == PartialDate(2022, 5)
        view = app.query_one(TimelineView)
        while view.window is not None and view.window.zoom > 0:
            await pilot.press("plus")
        await pilot.press("a")
        await pilot.pause()
        fine = app.last(TimelineView.AddRequested)
        assert isinstance(fine, TimelineView.AddRequested)
        assert fine.start == PartialDate.from_date(fine.day)


async def test_edit_and_delete_name_the_selected_event_only() -> None:
    app = TimelineApp()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("e", "d")
        await pilot.pause()
        assert not [m for m in app.messages if not isinstance(m, TimelineView.EventSelected)]
        await pilot.press("home", "enter", "delete")
        await pilot.pause()
        edit = app.last(TimelineView.EditRequested)
        delete = app.last(TimelineView.DeleteRequested)
        assert isinstance(edit, TimelineView.EditRequested) and edit.event_id == "school"
        assert isinstance(delete, TimelineView.DeleteRequested) and delete.event_id == "school"
        assert len([m for m in app.messages if isinstance(m, TimelineView.EditRequested)]) == 1


async def test_click_selects_the_event_under_the_mouse() -> None:
    app = TimelineApp()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        view = app.query_one(TimelineView)
        frame = view.current_frame()
        extent = frame.extents["debts"]
        body = extent.first + (extent.last - extent.first) // 2
        await pilot.click(TimelineView, offset=(view.label_width + body, extent.row))
        await pilot.pause()
        assert view.selected_id == "debts"


async def test_selected_event_is_shown_reversed_for_monochrome_terminals() -> None:
    app = TimelineApp()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("home")
        await pilot.pause()
        view = app.query_one(TimelineView)
        row = view.current_frame().extents["school"].row
        segments = [s for s in view.render_line(row) if "+" in s.text and s.text.strip() != "+"]
        assert segments and segments[0].text.startswith("[+]"), "brackets survive monochrome"
        assert segments[0].style is not None and segments[0].style.reverse


async def test_new_events_drop_a_selection_that_is_gone() -> None:
    app = TimelineApp()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("home")
        await pilot.pause()
        view = app.query_one(TimelineView)
        view.set_events([e for e in app.events if e.id != "school"])
        await pilot.pause()
        assert view.selected_id is None and selections(app)[-1] is None
        assert "+" not in next(
            line for line in screen_lines(view) if line.strip().startswith("School")
        )


async def test_on_a_short_terminal_the_cursor_lane_scrolls_into_view() -> None:
    app = TimelineApp()
    async with app.run_test(size=(90, 7)) as pilot:
        await pilot.press("end")
        await pilot.pause()
        view = app.query_one(TimelineView)
        lines = screen_lines(view)
        assert any(line.strip().startswith("Bestaansz.") for line in lines)
        assert lines[0].strip()[:4].isdigit()


async def test_h_hides_and_shows_the_empty_lanes() -> None:
    app = TimelineApp()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        view = app.query_one(TimelineView)

        def labels() -> list[str]:
            return [line.split()[0] for line in screen_lines(view)[3:] if line[:10].strip()]

        assert labels() == ["Kind", "Gezin", "School", "Jeugdhulp", "Bestaansz.", "Overig"]
        await pilot.press("h")
        await pilot.pause()
        assert labels() == ["Gezin", "School", "Jeugdhulp", "Bestaansz."]
        await pilot.press("h")
        await pilot.pause()
        assert "Overig" in labels()


def test_binding_descriptions_are_message_ids_in_the_catalog() -> None:
    descriptions = [binding.description for binding in TimelineView.BINDINGS]
    assert descriptions and all(d in catalog() for d in descriptions)
    assert all(
        binding.id and binding.id.startswith("timeline.") for binding in TimelineView.BINDINGS
    )


async def test_lanes_stay_on_their_screen_rows_when_zooming() -> None:
    close_together = [
        Event(id="visit", lane=Lane.SCHOOL, title="Huisbezoek", start=PartialDate(2021, 3, 2)),
        Event(id="talk", lane=Lane.SCHOOL, title="Gesprek", start=PartialDate(2021, 3, 9)),
        Event(id="help", lane=Lane.JEUGDHULP, title="Hulp", start=PartialDate(2021, 3, 5)),
    ]
    app = TimelineApp(close_together)
    async with app.run_test(size=(90, 30)) as pilot:
        await pilot.press("home")
        view = app.query_one(TimelineView)

        def label_rows() -> dict[str, int]:
            return {
                line.split()[0]: y
                for y, line in enumerate(screen_lines(view))
                if line[: view.label_width].strip()
            }

        rows_by_zoom = []
        assert view.window is not None
        widest = view.window.zoom
        for _ in range(8):
            await pilot.pause()
            rows_by_zoom.append(label_rows())
            await pilot.press("plus")
        assert view.window.zoom == max(0, widest - 8)
        assert all(rows == rows_by_zoom[0] for rows in rows_by_zoom), rows_by_zoom


async def test_selections_waiting_in_the_queue_collapse_into_the_latest() -> None:
    app = TimelineApp()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        view = app.query_one(TimelineView)
        app.messages.clear()
        # As a held-down arrow key does: several selections before the app gets to them.
        for event_id in ("school", "divorce", "referral"):
            view.post_message(TimelineView.EventSelected(view, event_id))
        await pilot.pause()
        assert selections(app) == ["referral"]


def test_only_a_selection_of_the_same_timeline_replaces_another() -> None:
    one, other = TimelineView(), TimelineView()
    newer = TimelineView.EventSelected(one, "b")
    assert newer.can_replace(TimelineView.EventSelected(one, "a"))
    assert not newer.can_replace(TimelineView.EventSelected(other, "a"))
    assert not newer.can_replace(TimelineView.EditRequested(one, "a"))
