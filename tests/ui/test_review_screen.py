"""The casusreview by keyboard: from the case list to the figures, from a figure to its cases
and their timelines, the board's view, the selection, extracts, action points and the report."""

from __future__ import annotations

import stat
from pathlib import Path

from textual.widgets import Select, TextArea

from rondom_tui.bundle import write_bundle_file
from rondom_tui.bundle.review_extract import demo_extract
from rondom_tui.domain.review.models import PolicyStatus
from rondom_tui.store.repository import Store
from rondom_tui.ui.screens.review import ReviewScreen
from rondom_tui.ui.screens.review_cases import ReviewCasesScreen
from rondom_tui.ui.screens.timeline import TimelineScreen
from rondom_tui.ui.widgets.review_chart import ReviewChart
from tests.ui.conftest import app_on, settle, type_text, wait_for_screen
from tests.ui.review_data import TODAY, counted, open_review, store_with_caseload
from tests.ui.screen_text import assert_every_key_on_screen, screen_text


def _chart(app) -> ReviewChart:  # type: ignore[no-untyped-def]
    return app.screen.query_one(ReviewChart)


async def test_R_on_the_case_list_opens_the_review_with_every_key_on_screen_at_80x24(
    store: Store,
) -> None:
    store_with_caseload(store)
    async with app_on(store).run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("R")
        await wait_for_screen(pilot, ReviewScreen)
        screen = pilot.app.screen
        assert isinstance(screen, ReviewScreen)
        await counted(pilot, screen)
        text = screen_text(pilot.app)
        assert "60 dossiers · 6 scholen · alle tijd · team: alle aantallen" in text
        assert "Belemmerend en bevorderend per sleutel" in text
        # c, e, space and d wait for an extract or an action point (check_action)
        assert assert_every_key_on_screen(pilot.app, hint_lines=2) >= 7


async def test_a_figure_opens_its_cases_and_a_case_its_timeline(store: Store) -> None:
    store_with_caseload(store)
    async with app_on(store).run_test(size=(100, 30)) as pilot:
        await open_review(pilot)
        chart = _chart(pilot.app)
        await pilot.press("down", "down")  # key 2, hindering
        line = chart.current
        assert line is not None and line.figure is not None
        assert line.label.startswith("2 ") and line.what == "belemmerend"
        behind = line.figure.case_ids
        await pilot.press("enter")
        await wait_for_screen(pilot, ReviewCasesScreen)
        cases = pilot.app.screen
        assert isinstance(cases, ReviewCasesScreen) and cases.case_ids == behind
        assert len(cases.rows) == len(behind) == int(line.figure.cases)
        shown = screen_text(pilot.app)
        assert cases.rows[0].given_name in shown  # inside the team: names allowed
        await pilot.press("p")  # privacy: the names go at once
        await pilot.pause()
        assert cases.rows[0].full_name not in screen_text(pilot.app)
        await pilot.press("enter")
        await wait_for_screen(pilot, TimelineScreen)
        await pilot.press("escape", "escape")
        await wait_for_screen(pilot, ReviewScreen)


async def test_privacy_shows_the_boards_view_and_opens_no_cases(store: Store) -> None:
    store_with_caseload(store)
    async with app_on(store).run_test(size=(100, 30), notifications=True) as pilot:
        screen = await open_review(pilot)
        team = [line.text for line in _chart(pilot.app).lines]
        await pilot.press("p")
        await pilot.pause()
        board = [line.text for line in _chart(pilot.app).lines]
        assert not any("<5" in line for line in team)
        assert any("<5" in line for line in board)
        assert "bestuur: <5 verborgen" in screen_text(pilot.app)
        await pilot.press("end", "enter")
        await pilot.pause()
        assert pilot.app.screen is screen
        assert "Met privacy aan of met extracten" in screen_text(pilot.app)  # a toast


async def test_the_selection_counts_one_school(store: Store) -> None:
    store_with_caseload(store)
    async with app_on(store).run_test(size=(100, 30)) as pilot:
        screen = await open_review(pilot)
        await pilot.press("f")
        await pilot.pause()
        pilot.app.screen.query_one("#field-school", Select).value = "IKC Duinpieper"
        await pilot.press("tab")
        await type_text(pilot, "2025-01")
        await pilot.press("ctrl+s")
        await counted(pilot, screen)
        assert screen.selection.schools == {"IKC Duinpieper"}
        status = screen_text(pilot.app)
        assert "10 dossiers · 1 school · vanaf jan 2025" in status and "selectie" in status


async def test_an_action_point_is_recorded_and_carried_over_to_the_next_review(
    store: Store,
) -> None:
    store_with_caseload(store)
    async with app_on(store).run_test(size=(100, 34)) as pilot:
        screen = await open_review(pilot)
        await pilot.press("a")
        await pilot.pause()
        form = pilot.app.screen
        form.query_one("#field-bottleneck", TextArea).text = "Lange wachttijd jeugdhulp"
        form.query_one("#field-action", TextArea).text = "Overbruggingshulp inkopen"
        form.query_one("#field-owner").value = "gemeente"  # type: ignore[attr-defined]
        form.query_one("#field-due").value = "2026-06"  # type: ignore[attr-defined]
        form.query_one("#field-key", Select).value = 5
        await pilot.press("ctrl+s")
        await settle(pilot)
        [point] = store.reviews.latest().actions  # type: ignore[union-attr]
        assert (point.action, point.owner, point.due, point.key) == (
            "Overbruggingshulp inkopen", "gemeente", "2026-06", 5,
        )  # fmt: skip
        await pilot.press("tab", "space")  # to the action points; one status step
        await settle(pilot)
        assert store.reviews.latest().actions[0].status is PolicyStatus.STARTED  # type: ignore[union-attr]
        await pilot.press("n", "y")
        await settle(pilot)
        reviews = store.reviews.list()
        assert len(reviews) == 2 and reviews[1].actions[0].carried_from == point.id
        assert "◐ gestart (ongewijzigd)" in screen_text(pilot.app)
        assert screen.review == reviews[1]


async def test_the_board_report_is_written_where_asked(store: Store, tmp_path: Path) -> None:
    store_with_caseload(store)
    names = {c.given_name for c in store.cases.list()}
    target = tmp_path / "bestuur.md"
    async with app_on(store).run_test(size=(100, 30)) as pilot:
        await open_review(pilot)
        await pilot.press("x")
        await pilot.pause()
        await type_text(pilot, str(target))
        await pilot.press("ctrl+s")
        await settle(pilot)
    text = target.read_text()
    assert text.startswith("# Casusreview") and "\\<5" in text
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert not any(f" {name} " in text for name in names)


async def test_an_extract_joins_the_review_by_school_and_together(
    store: Store, tmp_path: Path
) -> None:
    store_with_caseload(store)
    extract = tmp_path / "zuidwijk.age"
    write_bundle_file(extract, demo_extract(store, TODAY))
    async with app_on(store).run_test(size=(100, 30)) as pilot:
        screen = await open_review(pilot)
        await pilot.press("i")
        await pilot.pause()
        await type_text(pilot, str(extract))
        await pilot.press("ctrl+s")
        await counted(pilot, screen)
        for _ in range(20):
            if screen.extracts:
                break
            await settle(pilot)
        text = screen_text(pilot.app)
        assert "9 scholen" in text
        assert "+ 1 extract" in text and "bestuur: <5 verborgen" in text
        await pilot.press("c")
        await counted(pilot, screen)
        assert not screen.extracts and "6 scholen" in screen_text(pilot.app)
