"""The plan in a meeting (`v`): item by item with the arrow keys, names masked, each item agreed
or not and the parents' view written down, the plan saved as a version, what changed since the
last version and the evaluations due or overdue on top."""

from __future__ import annotations

from datetime import date

import msgspec
from textual.widgets import TextArea

from rondom_tui.domain.dates import PartialDate
from rondom_tui.domain.plan.models import Agreement, PlanItem
from rondom_tui.store.repository import Store
from rondom_tui.ui.modals.form import FormModal
from rondom_tui.ui.screens.plan_meeting import PlanMeetingScreen
from rondom_tui.ui.screens.timeline import TimelineScreen
from tests.conftest import SECRET_FAMILY, SECRET_NAME
from tests.ui.conftest import app_on, settle
from tests.ui.screen_text import assert_every_key_on_screen, screen_text
from tests.ui.test_timeline_screen import open_timeline
from tests.ui.timeline_data import CODE, TODAY, store_with_plan


def plan_in_its_second_meeting(store: Store) -> str:
    """The timeline case's plan saved once; since then an evaluation moved and an item was
    added that names the child and is overdue."""
    case = store_with_plan(store)
    store.plans.save_version(case.id, date(2026, 1, 15))
    moved = msgspec.structs.replace(store.plans.get("plan-1"), evaluate_on=PartialDate(2026, 5, 1))
    store.plans.save(moved)
    store.plans.save(
        PlanItem(
            id="plan-0",
            case_id=case.id,
            goal=f"{SECRET_NAME} {SECRET_FAMILY} leest elke dag",
            start=PartialDate(2025, 9),
            evaluate_on=PartialDate(2026, 2, 1),
        )
    )
    return case.id


async def test_v_goes_through_the_plan_item_by_item_with_names_masked(store: Store) -> None:
    case_id = plan_in_its_second_meeting(store)
    async with app_on(store).run_test(size=(100, 32)) as pilot:
        await open_timeline(pilot, case_id)
        await pilot.press("v")
        await settle(pilot)
        assert isinstance(pilot.app.screen, PlanMeetingScreen)
        text = screen_text(pilot.app)
        assert f"Plan · {CODE} · doel 1 van 4 · versie 1 van 15-01-2026" in text
        assert "Sinds versie 1: 1 nieuw, 1 datum verschoven" in text
        assert "⚠ evaluaties te laat: 1" in text
        assert f"{CODE} leest elke dag" in text  # the first item, by start
        assert SECRET_NAME not in text and SECRET_FAMILY not in text
        assert "evalueren op 01-02-2026 · ⚠ te laat" in text
        assert "nieuw sinds de vorige versie" in text
        await pilot.press("right")
        text = screen_text(pilot.app)
        assert "doel 2 van 4" in text and "Rust in de klas" in text
        assert "evaluatie verschoven van 15-06-2026 naar 01-05-2026" in text
        assert "Antwoord op:" in text
        assert_every_key_on_screen(pilot.app)
        await pilot.press("escape")
        await settle(pilot)
        assert isinstance(pilot.app.screen, TimelineScreen)


async def test_the_room_agrees_writes_the_parents_view_and_saves_a_version(
    store: Store,
) -> None:
    case_id = plan_in_its_second_meeting(store)
    async with app_on(store).run_test(size=(100, 32)) as pilot:
        await pilot.app.push_screen(PlanMeetingScreen(case_id, today=TODAY))
        await settle(pilot)
        await pilot.press("a")  # the first item: agreed
        await settle(pilot)
        assert "✓ akkoord" in screen_text(pilot.app)
        await pilot.press("down", "n")  # the second: not agreed
        await settle(pilot)
        await pilot.press("o")
        modal = pilot.app.screen
        assert isinstance(modal, FormModal)
        area = modal.query_one(TextArea)
        area.insert(f"Moeder wil eerst met {SECRET_NAME} praten")
        await pilot.press("ctrl+s")
        await settle(pilot)
        text = screen_text(pilot.app)
        assert "✗ niet akkoord" in text and f"Moeder wil eerst met {CODE} praten" in text
        await pilot.press("s")
        await settle(pilot)
        assert "Niets veranderd sinds versie 2" in screen_text(pilot.app)
    first, second = store.plans.get("plan-0"), store.plans.get("plan-1")
    assert (first.agreement, second.agreement) == (Agreement.AGREED, Agreement.NOT_AGREED)
    assert second.parents_view == f"Moeder wil eerst met {SECRET_NAME} praten"  # as typed
    versions = store.plans.versions(case_id)
    assert [v.number for v in versions] == [1, 2]
    assert {i.id: i.agreement for i in versions[-1].items}["plan-0"] is Agreement.AGREED


async def test_the_meeting_from_the_case_screen_without_a_plan(store: Store) -> None:
    from tests.conftest import secret_case

    case = store.cases.add(secret_case())
    async with app_on(store).run_test(size=(80, 24)) as pilot:
        await pilot.press("enter")
        await settle(pilot)
        await pilot.press("v")
        await settle(pilot)
        assert isinstance(pilot.app.screen, PlanMeetingScreen)
        assert pilot.app.screen.case_id == case.id
        assert "Nog geen plan: + begint hier een doel" in screen_text(pilot.app)
        await pilot.press("a", "right")  # nothing to agree to, nowhere to go: no error
        await pilot.press("plus")  # the first item, made in the meeting
        modal = pilot.app.screen
        assert isinstance(modal, FormModal)
        modal.query_one("#field-goal", TextArea).text = "Xqeerste doel"
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert "1. Xqeerste doel" in screen_text(pilot.app)
        await pilot.press("escape")


async def test_x_exports_the_plan_from_the_meeting(store: Store, tmp_path) -> None:  # type: ignore[no-untyped-def]
    import stat

    from textual.widgets import Input

    from rondom_tui.domain.models import AuditAction
    from rondom_tui.ui.modals.plan_export import PlanExportModal

    case_id = plan_in_its_second_meeting(store)
    target = tmp_path / "plan.svg"
    async with app_on(store).run_test(size=(100, 32)) as pilot:
        await pilot.app.push_screen(PlanMeetingScreen(case_id, today=TODAY))
        await settle(pilot)
        await pilot.press("x")
        modal = pilot.app.screen
        assert isinstance(modal, PlanExportModal)
        modal.query_one("#field-path", Input).value = str(target)
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert isinstance(pilot.app.screen, PlanMeetingScreen)
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    text = target.read_text()
    assert text.startswith("<?xml") and f"Plan van {CODE}" in text  # the svg, by the name
    assert SECRET_NAME not in text  # privacy on unless switched off
    details = [e.detail for e in store.audit.entries(case_id) if e.action is AuditAction.EXPORT]
    assert details and details[0].startswith("plan-svg")


async def test_e_moves_an_items_dates_and_d_drops_it(store: Store) -> None:
    from textual.widgets import Input

    from rondom_tui.ui.modals.confirm import ConfirmModal

    case_id = plan_in_its_second_meeting(store)
    async with app_on(store).run_test(size=(100, 32)) as pilot:
        await pilot.app.push_screen(PlanMeetingScreen(case_id, today=TODAY))
        await settle(pilot)
        await pilot.press("e")  # the first item: its goal names the child
        modal = pilot.app.screen
        assert isinstance(modal, FormModal)
        assert SECRET_NAME not in modal.query_one("#field-goal", TextArea).text
        modal.query_one("#field-evaluate_on", Input).value = "01-04-2026"
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert "evaluatie verschoven" not in screen_text(pilot.app)  # new since v1 anyway
        await pilot.press("right", "d")
        assert isinstance(pilot.app.screen, ConfirmModal)
        await pilot.press("y")
        await settle(pilot)
        assert "doel 2 van 3" in screen_text(pilot.app)
    edited = store.plans.get("plan-0")
    assert edited.evaluate_on == PartialDate(2026, 4, 1)
    assert SECRET_NAME in edited.goal  # left as shown: the stored words stay
    assert "plan-1" not in {i.id for i in store.plans.for_case(case_id)}
    assert "plan-1" in {i.id for i in store.plans.versions(case_id)[0].items}


async def test_every_key_of_the_plan_meeting_is_on_screen_at_80x24(store: Store) -> None:
    from rondom_tui.i18n import set_language

    case_id = plan_in_its_second_meeting(store)
    for lang in ("nl", "en"):
        set_language(lang)
        try:
            async with app_on(store).run_test(size=(80, 24)) as pilot:
                await pilot.app.push_screen(PlanMeetingScreen(case_id, today=TODAY))
                await settle(pilot)
                assert assert_every_key_on_screen(pilot.app) >= 8
        finally:
            set_language("nl")


async def test_plus_adds_an_item_the_meeting_needs_and_shows_it_to_be_agreed(
    store: Store,
) -> None:
    case_id = plan_in_its_second_meeting(store)
    before = len(store.plans.for_case(case_id))
    async with app_on(store).run_test(size=(80, 24)) as pilot:
        await pilot.app.push_screen(PlanMeetingScreen(case_id, today=TODAY))
        await settle(pilot)
        await pilot.press("plus")
        modal = pilot.app.screen
        assert isinstance(modal, FormModal) and "Nieuw plandoel" in modal.title_text
        modal.query_one("#field-goal", TextArea).text = "Xqbijles rekenen na schooltijd"
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert isinstance(pilot.app.screen, PlanMeetingScreen)
        shown = screen_text(pilot.app)
        assert "Xqbijles rekenen na schooltijd" in shown  # the new item is the one on screen
        await pilot.press("a")
        await settle(pilot)
    items = store.plans.for_case(case_id)
    assert len(items) == before + 1
    (added,) = [i for i in items if i.goal == "Xqbijles rekenen na schooltijd"]
    assert added.agreement is Agreement.AGREED
