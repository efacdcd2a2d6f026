"""Changing the passphrase in the app (palette: "Wachtwoordzin wijzigen"), with the rules of
`rondom passwd`: the current passphrase, the new one twice, at least 12 characters; the key
derivation off the UI thread; the change recorded in the audit trail."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import Input, Label

from rondom_tui.domain.models import AuditAction
from rondom_tui.store.errors import WrongPassphraseOrCorrupt
from rondom_tui.store.repository import Store
from rondom_tui.ui.modals.passphrase_change import PassphraseChangeModal
from rondom_tui.ui.screens.case_list import CaseListScreen
from tests.conftest import PASSPHRASE, secret_case
from tests.ui.conftest import app_on, settle
from tests.ui.screen_text import static_text

NEW = "een nieuwe lange wachtwoordzin"


async def _open(pilot) -> PassphraseChangeModal:  # type: ignore[no-untyped-def]
    [command] = [
        c
        for c in pilot.app.get_system_commands(pilot.app.screen)
        if c.title == "Wachtwoordzin wijzigen"
    ]
    command.callback()
    await pilot.pause()
    modal = pilot.app.screen
    assert isinstance(modal, PassphraseChangeModal)
    assert pilot.app.focused is modal.query_one("#passwd-old", Input)
    return modal


async def _fill(pilot, old: str, new: str, again: str) -> None:  # type: ignore[no-untyped-def]
    screen = pilot.app.screen
    for selector, value in (("#passwd-old", old), ("#passwd-new", new), ("#passwd-again", again)):
        screen.query_one(selector, Input).value = value
    await pilot.press("ctrl+s")
    await settle(pilot)


def _error(pilot) -> str:  # type: ignore[no-untyped-def]
    return static_text(pilot.app.screen.query_one("#passwd-error", Label))


async def test_the_new_passphrase_opens_the_store_and_the_change_is_recorded(
    store: Store, store_path: Path
) -> None:
    store.cases.add(secret_case())
    async with app_on(store).run_test(size=(100, 30)) as pilot:
        await _open(pilot)
        await _fill(pilot, PASSPHRASE, NEW, NEW)
        assert isinstance(pilot.app.screen, CaseListScreen)
    assert store.audit.entries()[-1].action is AuditAction.PASSWD
    store.close()
    with pytest.raises(WrongPassphraseOrCorrupt):
        Store.open(store_path, PASSPHRASE)
    with Store.open(store_path, NEW) as again:
        assert again.cases.count() == 1


async def test_the_rules_of_rondom_passwd_hold_and_nothing_changes_on_a_mistake(
    store: Store, store_path: Path
) -> None:
    before = store_path.read_bytes()
    async with app_on(store).run_test(size=(100, 30)) as pilot:
        await _open(pilot)
        await _fill(pilot, PASSPHRASE, "te kort", "te kort")
        assert "12" in _error(pilot)
        await _fill(pilot, PASSPHRASE, NEW, NEW + "!")
        assert "niet gelijk" in _error(pilot)
        await _fill(pilot, "een verkeerde wachtwoordzin", NEW, NEW)
        assert "klopt niet" in _error(pilot)
        assert pilot.app.screen.query_one("#passwd-old", Input).value == ""
        assert pilot.app.focused is pilot.app.screen.query_one("#passwd-old", Input)
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(pilot.app.screen, CaseListScreen)
    assert store_path.read_bytes() == before
    assert AuditAction.PASSWD not in [e.action for e in store.audit.entries()]


async def test_enter_moves_through_the_fields_and_changes_from_the_last(store: Store) -> None:
    async with app_on(store).run_test(size=(100, 30)) as pilot:
        modal = await _open(pilot)
        for selector, value in (("#passwd-old", PASSPHRASE), ("#passwd-new", NEW)):
            modal.query_one(selector, Input).value = value
            await pilot.press("enter")
        assert pilot.app.focused is modal.query_one("#passwd-again", Input)
        modal.query_one("#passwd-again", Input).value = NEW
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(pilot.app.screen, CaseListScreen)
    assert store.check_passphrase(NEW)
