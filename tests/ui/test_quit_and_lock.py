"""Nothing typed is lost unasked: quitting with an unsaved form asks first (every form and
dialog that holds typed text, by its own key path); a hang-up ends at once without writing the
half-typed text anywhere, after the saves already queued; locking and unlocking bring the user
back to the form with what was typed."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from pathlib import Path

import pytest
from textual.pilot import Pilot
from textual.widgets import TextArea

from rondom_tui.domain.models import CaseStatus
from rondom_tui.store.repository import Store
from rondom_tui.ui.modals.confirm import QuitQuestion
from rondom_tui.ui.modals.form import FormModal
from rondom_tui.ui.screens.assessment_meeting import MeetingScreen
from rondom_tui.ui.screens.assessment_setup import AssessmentSetupScreen
from rondom_tui.ui.screens.case_form import CaseFormScreen
from rondom_tui.ui.screens.case_list import CaseListScreen
from rondom_tui.ui.screens.export_bundle import ExportScreen
from rondom_tui.ui.screens.lock import LockScreen
from rondom_tui.ui.session import EXIT_HANGUP
from tests.conftest import PASSPHRASE, files_containing, secret_case
from tests.ui.assessment_store_data import current
from tests.ui.conftest import app_on, settle, type_text, wait_for_screen
from tests.ui.screen_text import screen_text

HALF_TYPED = "Halfgetiktwoord"
"""Typed into a form and never saved: it may not reach any file."""

Opener = Callable[[Pilot[object], Store], Awaitable[None]]


async def _keys(pilot: Pilot[object], *keys: str) -> None:
    for key in keys:
        await pilot.press(key)
        await settle(pilot)


async def _case_form(pilot: Pilot[object], store: Store) -> None:
    await _keys(pilot, "n")
    assert isinstance(pilot.app.screen, CaseFormScreen)


async def _event_form(pilot: Pilot[object], store: Store) -> None:
    await _keys(pilot, "t", "a")
    assert isinstance(pilot.app.screen, FormModal)


async def _assessment_setup(pilot: Pilot[object], store: Store) -> None:
    await _keys(pilot, "s", "n")
    assert isinstance(pilot.app.screen, AssessmentSetupScreen)


async def _note_dialog(pilot: Pilot[object], store: Store) -> None:
    case = store.cases.list()[0]
    pilot.app.push_screen(MeetingScreen(store.assessments.save(current(case))))
    await settle(pilot)
    await _keys(pilot, "e")
    assert isinstance(pilot.app.screen, FormModal)


async def _timeline_export(pilot: Pilot[object], store: Store) -> None:
    await _keys(pilot, "t", "x")
    assert isinstance(pilot.app.screen, FormModal)


async def _bundle_export(pilot: Pilot[object], store: Store) -> None:
    await _keys(pilot, "x")
    assert isinstance(pilot.app.screen, ExportScreen)
    pilot.app.screen.query_one("#export-recipients", TextArea).focus()
    await pilot.pause()


async def _type(pilot: Pilot[object], text: str) -> None:
    focused = pilot.app.focused
    if isinstance(focused, TextArea):
        focused.insert(text)
        await pilot.pause()
    else:
        await type_text(pilot, text)


def _typed(pilot: Pilot[object]) -> str:
    focused = pilot.app.focused
    return focused.text if isinstance(focused, TextArea) else focused.value  # type: ignore[union-attr]


FORMS = {
    "case form (n)": _case_form,
    "event form (t a)": _event_form,
    "assessment set-up (s n)": _assessment_setup,
    "note in meeting mode (e)": _note_dialog,
    "timeline export (t x)": _timeline_export,
    "bundle export (x)": _bundle_export,
}


@pytest.mark.parametrize("open_form", FORMS.values(), ids=FORMS.keys())
async def test_ctrl_q_with_typed_text_asks_and_no_goes_back_to_it(
    store: Store, open_form: Opener
) -> None:
    store.cases.add(secret_case())
    app = app_on(store)
    async with app.run_test(size=(110, 36)) as pilot:
        await open_form(pilot, store)
        form = pilot.app.screen
        await _type(pilot, HALF_TYPED)
        await pilot.press("ctrl+q")
        await pilot.pause()
        assert isinstance(pilot.app.screen, QuitQuestion)
        assert "1 formulier bevat getypte tekst" in screen_text(pilot.app)
        await pilot.press("n")
        await pilot.pause()
        assert pilot.app.screen is form and HALF_TYPED in _typed(pilot)
        await pilot.press("ctrl+q")
        await pilot.pause()
        await pilot.press("y")
        await pilot.pause()
    assert app.return_code == 0


async def test_ctrl_q_quits_at_once_when_nothing_was_typed(store: Store) -> None:
    app = app_on(store)
    async with app.run_test(size=(110, 36)) as pilot:
        await _case_form(pilot, store)
        await pilot.press("ctrl+q")
        await pilot.pause()
        assert not isinstance(pilot.app.screen, QuitQuestion)
    assert app.return_code == 0


async def test_the_palettes_quit_asks_too_also_for_a_form_under_the_lock(store: Store) -> None:
    app = app_on(store)
    async with app.run_test(size=(110, 36)) as pilot:
        await _case_form(pilot, store)
        await _type(pilot, HALF_TYPED)
        await _keys(pilot, "ctrl+l")
        assert isinstance(pilot.app.screen, LockScreen)
        [quit_command] = [
            c for c in pilot.app.get_system_commands(pilot.app.screen) if c.title == "Afsluiten"
        ]
        await quit_command.callback()  # type: ignore[misc]
        await pilot.pause()
        assert isinstance(pilot.app.screen, QuitQuestion)
        assert HALF_TYPED not in screen_text(pilot.app)  # the question shows no form
        await pilot.press("ctrl+p")  # the question lies over the lock: still locked
        await pilot.pause()
        assert isinstance(pilot.app.screen, QuitQuestion)
        pilot.app.action_audit()
        await pilot.pause()
        assert isinstance(pilot.app.screen, QuitQuestion)
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(pilot.app.screen, LockScreen)


@pytest.mark.parametrize("open_form", [_case_form, _event_form], ids=["case form", "event form"])
async def test_lock_and_unlock_return_to_the_form_with_the_typed_text(
    store: Store, store_path: Path, open_form: Opener
) -> None:
    store.cases.add(secret_case())
    async with app_on(store).run_test(size=(110, 36)) as pilot:
        await open_form(pilot, store)
        form, field = pilot.app.screen, pilot.app.focused
        await _type(pilot, HALF_TYPED)
        await _keys(pilot, "ctrl+l")
        assert isinstance(pilot.app.screen, LockScreen)
        assert HALF_TYPED not in screen_text(pilot.app)
        assert files_containing(store_path.parent, HALF_TYPED) == []  # in memory only
        await type_text(pilot, PASSPHRASE)
        await pilot.press("enter")
        await wait_for_screen(pilot, type(form))
        assert pilot.app.screen is form
        assert pilot.app.focused is field and HALF_TYPED in _typed(pilot)
        assert HALF_TYPED in screen_text(pilot.app)


async def test_a_hang_up_ends_without_asking_and_writes_nothing_half_typed(
    store: Store, store_path: Path, tmp_path: Path
) -> None:
    case = store.cases.add(secret_case())
    app = app_on(store)
    async with app.run_test(size=(110, 36)) as pilot:
        await _event_form(pilot, store)
        await _type(pilot, HALF_TYPED)
        # a save made just before the line dropped must still reach the file
        pilot.app.store_call(lambda: store.cases.set_status(case.id, CaseStatus.CLOSED))
        app.hang_up()
        await pilot.pause()
        assert not isinstance(pilot.app.screen, QuitQuestion)
    app.close_store()  # as `rondom` does after the app ends
    assert app.return_code == EXIT_HANGUP
    assert files_containing(tmp_path, HALF_TYPED) == []
    with Store.open(store_path, PASSPHRASE) as again:
        assert again.verify()["cases"] == 1
        assert again.cases.get(case.id).status is CaseStatus.CLOSED


async def test_the_case_list_is_where_q_quits_without_a_question(store: Store) -> None:
    app = app_on(store)
    async with app.run_test(size=(110, 36)) as pilot:
        assert isinstance(pilot.app.screen, CaseListScreen)
        await pilot.press("q")
        await pilot.pause()
    assert app.return_code == 0
