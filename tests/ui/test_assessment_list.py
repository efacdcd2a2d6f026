"""The list of a case's assessments: history per key, open actions, open and delete."""

from __future__ import annotations

from rondom_tui.domain.assessment import flow as flow
from rondom_tui.domain.models import AuditAction
from rondom_tui.store.repository import Store
from rondom_tui.ui.modals.confirm import ConfirmModal
from rondom_tui.ui.screens.assessment_list import AssessmentListScreen
from rondom_tui.ui.screens.assessment_summary import AssessmentSummaryScreen
from tests.conftest import SECRET_NAME
from tests.ui.assessment_store_data import fill
from tests.ui.conftest import app_on, settle
from tests.ui.screen_text import static_text


async def _list(pilot, case_id: str) -> AssessmentListScreen:  # type: ignore[no-untyped-def]
    await settle(pilot)
    screen = AssessmentListScreen(case_id)
    pilot.app.push_screen(screen)
    await settle(pilot)
    return screen


async def test_history_and_open_actions_of_the_case(store: Store) -> None:
    case, before, current = fill(store)
    async with app_on(store).run_test(size=(100, 40)) as pilot:
        screen = await _list(pilot, case.id)
        assert [a.id for a in screen.assessments] == [current.id, before.id]  # newest first
        history = static_text(screen.query_one("#assessments-history"))
        assert "01-09-25  14-03-26*" in history
        assert "1 Investeren in relaties             2,3        3,0  ▃▅" in history
        actions = static_text(screen.query_one("#assessments-actions"))
        assert "○ 1 · Elke zes weken een driegesprek · leerkracht · 30-04-2026" in actions
        await pilot.press("down", "enter")  # the final one opens on its summary
        assert isinstance(pilot.app.screen, AssessmentSummaryScreen)
        assert pilot.app.screen.assessment.id == before.id
    views = [e for e in store.audit.entries(case.id) if e.action is AuditAction.VIEW]
    assert [e.detail for e in views] == ["assessments"]


async def test_delete_asks_first(store: Store) -> None:
    case, before, _ = fill(store)
    async with app_on(store).run_test(size=(100, 40)) as pilot:
        screen = await _list(pilot, case.id)
        await pilot.press("d")
        assert isinstance(pilot.app.screen, ConfirmModal)
        await pilot.press("n")
        await settle(pilot)
        assert len(store.assessments.for_case(case.id)) == 2
        await pilot.press("d", "y")
        await settle(pilot)
        assert [a.id for a in store.assessments.for_case(case.id)] == [before.id]
        assert [a.id for a in screen.assessments] == [before.id]


async def test_open_actions_show_the_case_code_where_the_childs_name_was_typed(
    store: Store,
) -> None:
    case, _, current = fill(store)
    store.assessments.save(flow.add_action(current, 2, f"{SECRET_NAME} mag zelf kiezen"))
    async with app_on(store).run_test(size=(100, 40)) as pilot:
        screen = await _list(pilot, case.id)
        actions = static_text(screen.query_one("#assessments-actions"))
        assert f"○ 2 · {case.code} mag zelf kiezen" in actions
        assert SECRET_NAME not in actions + pilot.app.export_screenshot()
