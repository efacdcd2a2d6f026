"""The plan in the seven keys: the summary shows, per key, the plan items that serve it, and
an action point becomes a plan item with `p` on the action list (its text the goal, its owner
who does it, its due date the evaluation, its key the key it serves)."""

from __future__ import annotations

from pathlib import Path

from rondom_tui.domain.assessment import flow as flow
from rondom_tui.domain.dates import PartialDate
from rondom_tui.domain.models import Assessment
from rondom_tui.domain.plan.models import PlanItem
from rondom_tui.store.repository import Store
from rondom_tui.ui.modals.form import FormModal
from rondom_tui.ui.screens.assessment_summary import AssessmentSummaryScreen
from rondom_tui.ui.widgets.action_list import ActionList
from tests.conftest import SECRET_NAME
from tests.ui.assessment_store_data import fill
from tests.ui.conftest import app_on, settle
from tests.ui.screen_text import screen_text, static_text
from tests.ui.test_assessment_export import _export, _open_export
from tests.ui.test_assessment_summary import _summary


async def _plan_form_for_action(  # type: ignore[no-untyped-def]
    pilot, assessment: Assessment, index: int
) -> tuple[AssessmentSummaryScreen, FormModal]:
    """The summary of `assessment` with `p` pressed on its action at `index`."""
    screen = await _summary(pilot, assessment)
    actions = screen.query_one(ActionList)
    actions.focus()
    actions.highlighted = index
    await pilot.press("p")
    modal = pilot.app.screen
    assert isinstance(modal, FormModal)
    return screen, modal


async def test_each_key_shows_the_plan_items_that_serve_it(store: Store) -> None:
    case, _, current = fill(store)
    store.plans.save(PlanItem(case_id=case.id, goal=f"Driegesprek met {SECRET_NAME}", keys=[1, 5]))
    store.plans.save(PlanItem(case_id=case.id, goal="Scholing voor het team", keys=[3]))
    async with app_on(store).run_test(size=(120, 50)) as pilot:
        screen = await _summary(pilot, current)
        detail = static_text(screen.query_one("#summary-key"))
        assert "Plan: doelen voor deze sleutel" in detail and "Driegesprek met" in detail
        assert SECRET_NAME not in detail  # names masked as elsewhere on the summary
        assert "Scholing voor het team" not in detail
        await pilot.press("down", "down")
        detail = static_text(screen.query_one("#summary-key"))
        assert "Scholing voor het team" in detail and "Driegesprek" not in detail


async def test_p_on_an_action_makes_it_a_plan_item(store: Store) -> None:
    case, _, current = fill(store)
    action = current.actions[0]
    async with app_on(store).run_test(size=(120, 50)) as pilot:
        screen, modal = await _plan_form_for_action(pilot, current, 0)
        assert f"actiepunt bij sleutel {action.key}" in modal.title_text
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert pilot.app.screen is screen
        detail = static_text(screen.query_one("#summary-key"))
        assert "Plan: doelen voor deze sleutel" in detail
    [item] = store.plans.for_case(case.id)
    assert (item.goal, item.by_whom, item.keys) == (action.text, action.owner, [action.key])
    assert action.due is not None and item.evaluate_on == PartialDate.from_date(action.due)


async def test_p_on_a_masked_action_stores_its_stored_text_and_owner(store: Store) -> None:
    """The summary hides the child's names (it may be on the projector), and so does the plan
    form that `p` opens; the plan item keeps the action's stored text and owner all the same."""
    case, _, current = fill(store)
    text, owner = f"Driegesprek met {SECRET_NAME} en school", f"moeder van {SECRET_NAME}"
    current = store.assessments.save(flow.add_action(current, 2, text, owner=owner))
    async with app_on(store).run_test(size=(120, 50)) as pilot:
        screen, _ = await _plan_form_for_action(pilot, current, 1)
        assert SECRET_NAME not in screen_text(pilot.app)  # the form shows the masked text
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert pilot.app.screen is screen
    [item] = store.plans.for_case(case.id)
    assert (item.goal, item.by_whom, item.keys) == (text, owner, [2])


async def test_the_summarys_export_lists_the_plan_per_key_without_names(
    store: Store, tmp_path: Path
) -> None:
    case, _, current = fill(store)
    store.plans.save(PlanItem(case_id=case.id, goal=f"Driegesprek met {SECRET_NAME}", keys=[1]))
    target = tmp_path / "zelfevaluatie.md"
    async with app_on(store).run_test(size=(100, 40)) as pilot:
        await _open_export(pilot, store, current)
        await _export(pilot, target)
    text = target.read_text(encoding="utf-8")
    assert "Plan: doelen voor deze sleutel" in text and "- Driegesprek met K-7F3A" in text
    assert SECRET_NAME not in text
