"""The case screen: details, privacy, close and reopen, erasing after a confirmation that names
what goes and typing the code, and the open actions of its self-assessments."""

from __future__ import annotations

import threading
from datetime import date

import pytest
from textual.widgets import Input, Label, Static

from rondom_tui.domain.assessment import flow as flow
from rondom_tui.domain.dates import PartialDate
from rondom_tui.domain.models import AuditAction, CaseStatus, Event
from rondom_tui.store.repository import Store
from rondom_tui.ui.modals.confirm import ConfirmModal, TypeToConfirmModal
from rondom_tui.ui.screens.case_form import CaseFormScreen
from rondom_tui.ui.screens.case_list import CaseListScreen
from rondom_tui.ui.screens.case_view import CaseScreen
from rondom_tui.ui.screens.lock import LockScreen
from tests.conftest import SECRET_FAMILY, SECRET_NAME, secret_case
from tests.ui.assessment_store_data import current
from tests.ui.conftest import app_on, settle
from tests.ui.screen_text import screen_text

LATER = date(2099, 4, 30)
"""A due date that stays in the future."""


def _text(app, selector: str) -> str:  # type: ignore[no-untyped-def]
    widget = app.screen.query_one(selector, Static)
    return "\n".join(strip.text for strip in widget.render_lines(widget.region.reset_offset))


async def test_the_case_shows_details_and_records_a_view(store: Store) -> None:
    case = store.cases.add(secret_case())
    async with app_on(store).run_test(size=(110, 40)) as pilot:
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(pilot.app.screen, CaseScreen)
        details = _text(pilot.app, "#case-details")
        assert case.code in details and SECRET_NAME in details and "14-03-2016" in details
        assert "Moeder Quaakernaat" in _text(pilot.app, "#case-parties")
        assert "✓" in _text(pilot.app, "#case-consents")
        await pilot.press("p")
        details = _text(pilot.app, "#case-details")
        assert SECRET_NAME not in details and SECRET_FAMILY not in details and "2016" in details
        assert "Moeder Quaakernaat" not in _text(pilot.app, "#case-parties")
    assert AuditAction.VIEW in [e.action for e in store.audit.entries(case.id)]


async def test_close_and_reopen_with_confirmation(store: Store) -> None:
    case = store.cases.add(secret_case())
    async with app_on(store).run_test(size=(110, 40)) as pilot:
        await pilot.press("enter", "c")
        assert isinstance(pilot.app.screen, ConfirmModal)
        await pilot.press("n")
        await settle(pilot)
        assert store.cases.get(case.id).status is CaseStatus.OPEN
        await pilot.press("c", "y")
        await settle(pilot)
        assert store.cases.get(case.id).status is CaseStatus.CLOSED
        assert "○" in _text(pilot.app, "#case-details")
        await pilot.press("c", "enter")
        await settle(pilot)
        assert store.cases.get(case.id).status is CaseStatus.OPEN


async def test_erasing_names_what_goes_and_needs_the_code_typed(store: Store) -> None:
    case = store.cases.add(secret_case())
    store.events.add(Event(case_id=case.id, title="Verhuisd", start=PartialDate(2024)))
    async with app_on(store).run_test(size=(110, 40)) as pilot:
        await pilot.press("enter", "d")
        await settle(pilot)
        assert isinstance(pilot.app.screen, TypeToConfirmModal)
        detail = str(pilot.app.screen.query_one("#type-confirm-detail", Label).render())
        assert "1 gebeurtenis, 0 zelfevaluaties, 0 concepten en 0 koppelingen" in detail
        assert f"Dossier {case.code} definitief wissen?" in screen_text(pilot.app)
        field = pilot.app.screen.query_one("#typed", Input)
        field.value = "K-XXXX"
        await pilot.press("enter")
        assert isinstance(pilot.app.screen, TypeToConfirmModal)
        await pilot.press("escape")
        await settle(pilot)
        assert store.cases.count() == 1
        await pilot.press("d")
        await settle(pilot)
        pilot.app.screen.query_one("#typed", Input).value = case.code.lower()
        await pilot.press("enter")
        await settle(pilot)
        assert store.cases.count() == 0 and store.events.for_case(case.id) == []
        assert isinstance(pilot.app.screen, CaseListScreen)
    erased = store.audit.entries(case.id)[-1]
    assert (erased.action, erased.detail) == (AuditAction.ERASE, f"code={case.code}")
    assert [e.case_id for e in store.cases.erasures()] == [case.id]


async def test_no_erase_question_comes_up_over_the_lock(store: Store) -> None:
    store.cases.add(secret_case())
    held = threading.Event()

    def slow_save() -> None:  # the save queue is busy when d is pressed
        held.wait(timeout=5)

    async with app_on(store).run_test(size=(110, 40)) as pilot:
        await pilot.press("enter")
        await settle(pilot)
        pilot.app.store_call(slow_save)
        await pilot.press("d", "ctrl+l")  # what goes is still being counted: then locked
        held.set()
        await settle(pilot)
        assert isinstance(pilot.app.screen, LockScreen)
        assert not any(isinstance(s, TypeToConfirmModal) for s in pilot.app.screen_stack)
    assert store.cases.count() == 1


async def test_a_passed_keep_until_day_is_marked(store: Store) -> None:
    store.cases.add(secret_case(retention_until=date(2020, 1, 1)))
    async with app_on(store).run_test(size=(110, 40)) as pilot:
        await pilot.press("enter")
        await settle(pilot)
        assert "01-01-2020  ⚠ bewaartermijn voorbij" in _text(pilot.app, "#case-details")


async def test_edit_from_the_case_screen_returns_to_it(store: Store) -> None:
    case = store.cases.add(secret_case())
    async with app_on(store).run_test(size=(110, 40)) as pilot:
        await pilot.press("enter", "e")
        assert isinstance(pilot.app.screen, CaseFormScreen)
        pilot.app.screen.query_one("#field-group", Input).value = "groep 6"
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert isinstance(pilot.app.screen, CaseScreen)
        assert "groep 6" in _text(pilot.app, "#case-details")
    assert store.cases.get(case.id).group == "groep 6"


async def test_the_case_lists_the_open_actions_of_its_assessments(store: Store) -> None:
    case = store.cases.add(secret_case())
    meeting = current(case)  # with an action on key 1 for the "leerkracht", due 30-04-2026
    meeting = flow.add_action(meeting, 3, f"{SECRET_NAME} zelf laten kiezen", owner="Xqmoeder")
    meeting = flow.add_action(meeting, 2, "Xqal gedaan", due=date(2020, 1, 31))
    meeting = flow.set_action_done(meeting, meeting.actions[-1].id)
    meeting = flow.add_action(meeting, 4, "Xqlater", owner="Moeder Quaakernaat", due=LATER)
    store.assessments.save(meeting)
    async with app_on(store).run_test(size=(110, 50)) as pilot:
        await pilot.press("enter")
        await settle(pilot)
        assert "Actiepunten" in screen_text(pilot.app)
        actions = _text(pilot.app, "#case-actions")
        overdue = "○ 1 · Elke zes weken een driegesprek · leerkracht · 30-04-2026 ⚠ te laat"
        assert overdue in actions  # its day has passed: flagged with a glyph and a word
        assert f"○ 3 · {SECRET_NAME} zelf laten kiezen · Xqmoeder" in actions
        later = next(line for line in actions.splitlines() if "Xqlater" in line)
        assert later.strip() == "○ 4 · Xqlater · Moeder Quaakernaat · 30-04-2099"
        assert "Xqal gedaan" not in actions  # done: not open any more
        await pilot.press("p")  # privacy: the code for the child, a role for the owner
        await settle(pilot)
        actions = _text(pilot.app, "#case-actions")
        assert f"○ 3 · {case.code} zelf laten kiezen · ouder" in actions
        assert "○ 4 · Xqlater · ouder · 30-04-2099" in actions  # a party: by role
        assert SECRET_NAME not in actions and "Xqmoeder" not in actions
        assert "Quaakernaat" not in actions
        assert overdue in actions


async def test_a_console_without_symbols_flags_overdue_in_plain_text(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TERM", "linux")
    case = store.cases.add(secret_case())
    store.assessments.save(current(case))
    async with app_on(store).run_test(size=(110, 50)) as pilot:
        await pilot.press("enter")
        await settle(pilot)
        actions = _text(pilot.app, "#case-actions")
        assert "30-04-2026 ! te laat" in actions and "⚠" not in actions


async def test_a_case_without_open_actions_says_so(store: Store) -> None:
    store.cases.add(secret_case())
    async with app_on(store).run_test(size=(110, 50)) as pilot:
        await pilot.press("enter")
        await settle(pilot)
        assert "Geen openstaande actiepunten." in _text(pilot.app, "#case-actions")


async def test_every_key_of_the_case_screen_is_on_screen_at_80x24(store: Store) -> None:
    from tests.ui.screen_text import assert_every_key_on_screen

    store.cases.add(secret_case())
    async with app_on(store).run_test(size=(80, 24)) as pilot:
        await pilot.press("enter")
        await settle(pilot)
        await pilot.pause()
        assert isinstance(pilot.app.screen, CaseScreen)
        assert assert_every_key_on_screen(pilot.app, hint_lines=1) >= 8
