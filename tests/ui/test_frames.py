"""Frames that send only what moved: which parts of the screen a key press redraws.

Every byte of a frame goes to the terminal (over ssh, to a projector), so a key press redraws
what it changed and nothing else. These tests spy on `Widget.refresh`, Textual's one way to
ask for a redraw, and check which widgets and which lines were asked for; the bytes and frames
themselves are measured by `make bench` (bench/frames.py), never here.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import pytest
from textual.geometry import Region
from textual.pilot import Pilot
from textual.widget import Widget

from rondom_tui.domain.errors import RondomError
from rondom_tui.store.errors import StoreWriteFailed
from rondom_tui.store.repository import Store
from rondom_tui.ui.save_state import SaveState
from rondom_tui.ui.screens.assessment_meeting import MeetingScreen
from rondom_tui.ui.widgets.app_header import SaveMark
from rondom_tui.ui.widgets.case_table import CaseTable
from tests.conftest import secret_case
from tests.ui.assessment_store_data import current
from tests.ui.conftest import app_on, settle


@dataclass(frozen=True)
class Redraw:
    """One call of `refresh`: on which widget, which regions (none: all of it), and whether
    it asked for a layout pass."""

    widget: Widget
    regions: tuple[Region, ...]
    layout: bool
    whole: bool


@pytest.fixture
def redraws(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[Redraw]]:
    """Every `refresh` asked for while the test records (`redraws.clear()` starts afresh)."""
    asked: list[Redraw] = []
    refresh = Widget.refresh

    def spy(self: Widget, *regions: Region, **options: Any) -> Any:
        asked.append(
            Redraw(
                self,
                regions,
                layout=bool(options.get("layout")),
                whole=not regions or bool(options.get("repaint")),
            )
        )
        return refresh(self, *regions, **options)

    monkeypatch.setattr(Widget, "refresh", spy)
    yield asked


async def _down_from(pilot: Pilot[object], row: int | None, redraws: list[Redraw]) -> CaseTable:
    """Put the case list's cursor on `row` (None: the last row on screen), forget the redraws
    so far, press Down."""
    await settle(pilot)
    table = pilot.app.screen.query_one(CaseTable)
    table.cursor = table.size.height - 2 if row is None else row
    await pilot.pause()
    redraws.clear()
    await pilot.press("down")
    await pilot.pause()
    return table


async def test_a_cursor_move_redraws_the_two_rows_it_changed_and_nothing_else(
    store: Store, redraws: list[Redraw]
) -> None:
    store.cases.add_many([secret_case(school=f"School {n}") for n in range(8)])
    async with app_on(store).run_test(size=(100, 30)) as pilot:
        table = await _down_from(pilot, 0, redraws)
        assert table.cursor == 1
        # Line 0 is the header: the row left is line 1, the row arrived at line 2.
        assert [(r.widget, r.regions, r.layout) for r in redraws] == [
            (table, (Region(0, 1, table.size.width, 1),), False),
            (table, (Region(0, 2, table.size.width, 1),), False),
        ]


async def test_a_cursor_move_past_the_bottom_scrolls_and_redraws_every_row(
    store: Store, redraws: list[Redraw]
) -> None:
    store.cases.add_many([secret_case(school=f"School {n}") for n in range(40)])
    async with app_on(store).run_test(size=(100, 30)) as pilot:
        table = await _down_from(pilot, None, redraws)
        assert table.scroll_offset.y == 1
        every_row = table.size.region
        assert any(r.widget is table and (r.whole or every_row in r.regions) for r in redraws)


async def test_a_score_in_meeting_mode_redraws_only_the_answers_and_their_count(
    store: Store, redraws: list[Redraw]
) -> None:
    case = store.cases.add(secret_case(code="K-7F3A"))
    draft = current(case, scored=False)
    store.assessments.save(draft)
    app = app_on(store)
    async with app.run_test(size=(120, 36)) as pilot:
        app.saving_shown_after = 60  # a slow test machine must not tell a save here
        app.push_screen(MeetingScreen(draft))
        await settle(pilot)
        page = pilot.app.screen.query_one("#meeting-page")
        redraws.clear()
        await pilot.press("3")
        await settle(pilot)
        assert [(type(r.widget).__name__, r.widget.id, r.whole, r.layout) for r in redraws] == [
            ("Static", "kp-scores", True, False),
            ("Static", "kp-status", True, False),
            ("SaveMark", None, True, False),  # the session's first save: "✓ bewaard"
        ]
        assert page.position.participant == 1  # the turn passed on, in the same redraw
        assert "Xqmoeder · ouder" in str(page.query_one("#kp-scores").render_line(0).text)
        redraws.clear()
        await pilot.press("4")
        await settle(pilot)
        assert [(r.widget.id, r.whole, r.layout) for r in redraws] == [
            ("kp-scores", True, False),
            ("kp-status", True, False),
        ]


async def test_the_turn_passes_on_at_once_so_quick_digits_score_each_participant(
    store: Store,
) -> None:
    case = store.cases.add(secret_case(code="K-7F3A"))
    draft = current(case, scored=False)
    store.assessments.save(draft)
    async with app_on(store).run_test(size=(120, 36)) as pilot:
        pilot.app.push_screen(MeetingScreen(draft))
        await settle(pilot)
        await pilot.press("4", "2", "5")
        await settle(pilot)
        screen = pilot.app.screen
        assert isinstance(screen, MeetingScreen)
        scores = next(ks for ks in screen.assessment.keys if ks.key == 1).scores
        assert [scores.get(p.id) for p in draft.participants] == [4, 2, 5]


async def test_the_header_line_redraws_alone_when_the_app_says_something(
    store: Store, redraws: list[Redraw]
) -> None:
    async with app_on(store).run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        redraws.clear()
        pilot.app.sub_title = "opslaan…"
        await pilot.pause()
        assert redraws
        assert all(type(r.widget).__name__ == "HeaderTitle" for r in redraws)


def _mark(pilot: Pilot[object]) -> str:
    return str(pilot.app.screen.query_one(SaveMark).render_line(0).text).strip()


async def test_a_quick_save_redraws_only_the_save_mark_and_that_once(
    store: Store, redraws: list[Redraw]
) -> None:
    app = app_on(store)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        app.saving_shown_after = 60  # a slow test machine must not make this save a slow one
        assert _mark(pilot) == ""  # nothing saved yet
        redraws.clear()
        app.store_call(lambda: None)
        await settle(pilot)
        assert [type(r.widget).__name__ for r in redraws] == ["SaveMark"]
        assert redraws[0].widget.screen is app.screen  # the one in front, not the one under it
        assert _mark(pilot) == "✓ bewaard"
        redraws.clear()
        app.store_call(lambda: None)
        await settle(pilot)
        assert not redraws  # still "✓ bewaard": nothing to draw


async def test_a_failed_save_says_so_until_a_save_succeeds(store: Store) -> None:
    app = app_on(store)

    def fails() -> None:
        raise OSError("disk full")

    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        app.store_call(fails)
        await settle(pilot)
        assert _mark(pilot) == "✗ mislukt"
        app.store_call(lambda: None)
        await settle(pilot)
        assert _mark(pilot) == "✓ bewaard"


async def test_an_error_that_is_no_failed_save_leaves_the_save_mark(store: Store) -> None:
    app = app_on(store)
    told: list[str] = []

    def wrong_bundle_passphrase() -> None:
        raise RondomError("bundle.wrong_passphrase")

    def disk_full() -> None:
        raise StoreWriteFailed(reason="disk full")

    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        app.store_call(lambda: None)
        await settle(pilot)
        app.store_call(
            wrong_bundle_passphrase, on_error=lambda error: told.append(error.message_id)
        )
        await settle(pilot)
        assert told == ["bundle.wrong_passphrase"]
        assert _mark(pilot) == "✓ bewaard"
        app.store_call(disk_full)
        await settle(pilot)
        assert _mark(pilot) == "✗ mislukt"


async def test_a_screen_back_in_front_shows_the_save_state_of_now(store: Store) -> None:
    store.cases.add(secret_case(code="K-7F3A"))
    app = app_on(store)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        under = app.screen
        await pilot.press("enter")  # the case
        await settle(pilot)
        assert app.screen is not under
        app.save_state = SaveState.FAILED
        await settle(pilot)
        await pilot.press("escape")
        await settle(pilot)
        assert app.screen is under
        assert _mark(pilot) == "✗ mislukt"


async def test_a_slow_save_is_told_in_the_header_until_it_is_done(store: Store) -> None:
    app = app_on(store)
    release = threading.Event()
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        app.saving_shown_after = 0.01
        app.store_call(lambda: release.wait(timeout=10))
        for _ in range(200):  # waiting for the timer, not timing it
            if _mark(pilot) == "… opslaan":
                break
            await pilot.pause(0.02)
        assert _mark(pilot) == "… opslaan"
        release.set()
        await settle(pilot)
        assert _mark(pilot) == "✓ bewaard"
