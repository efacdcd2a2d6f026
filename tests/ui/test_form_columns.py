"""Forms on a wide terminal lay their fields out in two columns, row by row (tab goes left,
right, then the next row); long text and lists of choices keep a whole row; at 80x24 the
fields stay in one column. Snapshots at 200x50 of the case, event, action, party and setup
forms (fixed fictional data and dates).

After a deliberate change of the look: ``pytest --snapshot-update`` and look at the SVGs."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime
from typing import Any

import pytest
from textual.pilot import Pilot

from rondom_tui.domain.models import Lane
from rondom_tui.store.repository import Store
from rondom_tui.ui.assessment_subject import case_subject
from rondom_tui.ui.modals.assessment_parts import action_modal
from rondom_tui.ui.modals.case_parts import party_modal
from rondom_tui.ui.modals.event_form import event_modal
from rondom_tui.ui.screens.assessment_setup import AssessmentSetupScreen
from rondom_tui.ui.screens.case_form import CaseFormScreen
from tests.conftest import secret_case
from tests.ui.conftest import app_on, settle

WIDE = (200, 50)
DAY = date(2026, 3, 14)


@pytest.fixture(autouse=True)
def _fixed_clock(monkeypatch: pytest.MonkeyPatch) -> None:
    """The case list under a form shows when a case last changed: the snapshots hold one day."""
    fixed = datetime(2026, 12, 5, 12, 0, tzinfo=UTC)
    monkeypatch.setattr("rondom_tui.store.cases.utc_now", lambda: fixed)


def _region(pilot: Pilot[object], name: str) -> Any:
    return pilot.app.screen.query_one(f"#field-{name}").region


async def _case_form(pilot: Pilot[object]) -> None:
    case = pilot.app.store.cases.list()[0]  # type: ignore[attr-defined]
    await pilot.app.push_screen(CaseFormScreen(case))
    await settle(pilot)


async def test_the_case_form_takes_two_columns_at_200x50_row_by_row(store: Store) -> None:
    store.cases.add(secret_case(code="K-7F3A"))
    async with app_on(store).run_test(size=WIDE) as pilot:
        await _case_form(pilot)
        given, family = _region(pilot, "given_name"), _region(pilot, "family_name")
        assert given.y == family.y and family.x > given.right  # side by side
        birth = _region(pilot, "date_of_birth")
        assert birth.x == given.x and birth.y > given.bottom  # the next row
        question = _region(pilot, "question")
        assert question.width > 150  # long text keeps the whole row
        assert pilot.app.focused and pilot.app.focused.id == "field-given_name"
        await pilot.press("tab")
        assert pilot.app.focused.id == "field-family_name"
        await pilot.press("tab")
        assert pilot.app.focused.id == "field-date_of_birth"


async def test_the_case_form_stays_one_column_at_80x24_and_after_a_resize(store: Store) -> None:
    store.cases.add(secret_case(code="K-7F3A"))
    async with app_on(store).run_test(size=(80, 24)) as pilot:
        await _case_form(pilot)
        given, family = _region(pilot, "given_name"), _region(pilot, "family_name")
        assert family.x == given.x and family.y > given.bottom
        await pilot.resize_terminal(*WIDE)
        await settle(pilot)
        given, family = _region(pilot, "given_name"), _region(pilot, "family_name")
        assert given.y == family.y
        await pilot.resize_terminal(159, 40)  # just under the breakpoint
        await settle(pilot)
        given, family = _region(pilot, "given_name"), _region(pilot, "family_name")
        assert family.x == given.x and family.y > given.bottom


Opener = Callable[[Pilot[object], Store], Any]


async def _event(pilot: Pilot[object], store: Store) -> None:
    case = store.cases.list()[0]
    modal = event_modal(None, case_id=case.id, today=DAY, lane=Lane.SCHOOL)
    await pilot.app.push_screen(modal)


async def _action(pilot: Pilot[object], store: Store) -> None:
    await pilot.app.push_screen(action_modal(2))


async def _party(pilot: Pilot[object], store: Store) -> None:
    await pilot.app.push_screen(party_modal(None))


async def _setup(pilot: Pilot[object], store: Store) -> None:
    case = store.cases.list()[0]
    await pilot.app.push_screen(AssessmentSetupScreen(case_subject(store, case.id), today=DAY))


async def _case(pilot: Pilot[object], store: Store) -> None:
    await _case_form(pilot)


FORMS: dict[str, Opener] = {
    "case": _case,
    "event": _event,
    "action": _action,
    "party": _party,
    "setup": _setup,
}


@pytest.mark.parametrize("form", list(FORMS))
def test_form_at_200x50(snap_compare, store: Store, form: str) -> None:  # type: ignore[no-untyped-def]
    store.cases.add(secret_case(code="K-7F3A"))

    async def opened(pilot: Pilot[object]) -> None:
        await settle(pilot)
        await FORMS[form](pilot, store)
        await settle(pilot)
        for field in pilot.app.screen.query("Input, TextArea"):
            field.cursor_blink = False  # type: ignore[attr-defined]  # the cursor stays drawn
        await pilot.pause()

    assert snap_compare(app_on(store), run_before=opened, terminal_size=WIDE)
