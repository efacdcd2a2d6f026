"""The recovery key and the backups in the app (issue 9): shown once before a store is made,
`f3` on the unlock screen for a forgotten passphrase, made or replaced from the palette; the
backups listed and one restored from the palette."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import Checkbox, DataTable, Input, Label, Static

from rondom_tui.store.envelope import FAST_KDF
from rondom_tui.store.errors import WrongPassphraseOrCorrupt, WrongRecoveryKeyOrCorrupt
from rondom_tui.store.recovery import RecoveryKey
from rondom_tui.store.repository import Store
from rondom_tui.ui.modals.confirm import ConfirmModal
from rondom_tui.ui.modals.recovery_key import RecoveryKeyModal
from rondom_tui.ui.modals.recovery_unlock import RecoveryUnlockModal
from rondom_tui.ui.screens.backups import BackupsScreen
from rondom_tui.ui.screens.case_list import CaseListScreen
from rondom_tui.ui.screens.create_store import CreateStoreScreen
from rondom_tui.ui.store_commands import StoreCommands
from tests.conftest import PASSPHRASE, files_containing, secret_case
from tests.ui.conftest import app_at, app_on, settle, wait_for_screen

NEW_PASSPHRASE = "de nieuwe wachtwoordzin na het vergeten"
SIZE = (100, 34)


def shown_key(app) -> RecoveryKey:  # type: ignore[no-untyped-def]
    return RecoveryKey.parse(str(app.screen.query_one("#recovery-key", Static).render()))


def commands(pilot):  # type: ignore[no-untyped-def]
    """The palette's commands on the store: (name, help, run)."""
    return StoreCommands(pilot.app.screen)._commands()


def error_of(app, selector: str) -> str:  # type: ignore[no-untyped-def]
    return str(app.screen.query_one(selector, Label).render())


async def test_a_new_store_is_made_only_after_its_recovery_key_is_written_down(
    store_path: Path,
) -> None:
    app = app_at(store_path, new_store_kdf=FAST_KDF)
    async with app.run_test(size=SIZE) as pilot:
        assert isinstance(pilot.app.screen, CreateStoreScreen)
        for field in ("#first", "#second"):
            pilot.app.screen.query_one(field, Input).value = PASSPHRASE
        await pilot.press("ctrl+s")
        await wait_for_screen(pilot, RecoveryKeyModal)
        key = shown_key(pilot.app)
        text = " ".join(str(w.render()) for w in pilot.app.screen.query(Label))
        assert "niemand de gegevens terughalen" in " ".join(text.split())
        assert pilot.app.focused is pilot.app.screen.query_one(Checkbox)
        await pilot.press("ctrl+s")  # not ticked: not yet
        assert "Vink eerst aan" in error_of(pilot.app, "#recovery-error")
        await pilot.press("escape")  # back: nothing made
        assert isinstance(pilot.app.screen, CreateStoreScreen) and not store_path.exists()
        await pilot.press("ctrl+s")
        await wait_for_screen(pilot, RecoveryKeyModal)
        key = shown_key(pilot.app)  # a new key each time it is shown
        await pilot.press("space", "ctrl+s")
        await wait_for_screen(pilot, CaseListScreen)
        await settle(pilot)
    app.close_store()
    with Store.open_with_recovery_key(store_path, key) as store:
        assert store.has_recovery_key
    assert files_containing(store_path.parent, key.text()) == []


async def test_f3_opens_with_the_recovery_key_and_sets_a_new_passphrase(
    store_path: Path,
) -> None:
    key = RecoveryKey.generate()
    with Store.create(store_path, PASSPHRASE, kdf=FAST_KDF, recovery_key=key) as store:
        store.cases.add(secret_case())
    app = app_at(store_path)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("f3")
        await wait_for_screen(pilot, RecoveryUnlockModal)
        screen = pilot.app.screen
        assert pilot.app.focused is screen.query_one("#recovery-key-input", Input)
        screen.query_one("#recovery-key-input", Input).value = "RK2-ABCD"  # mistyped
        await pilot.press("ctrl+s")
        assert "geen geldige herstelsleutel" in error_of(pilot.app, "#recovery-error")
        screen.query_one("#recovery-key-input", Input).value = RecoveryKey.generate().text()
        screen.query_one("#recovery-new", Input).value = NEW_PASSPHRASE
        screen.query_one("#recovery-again", Input).value = NEW_PASSPHRASE
        await pilot.press("ctrl+s")  # a key, but not this store's
        for _ in range(100):
            if "opent de opslag niet" in error_of(pilot.app, "#recovery-error"):
                break
            await pilot.pause(0.05)
        assert "opent de opslag niet" in error_of(pilot.app, "#recovery-error")
        # as written on paper: small letters, spaces instead of dashes
        typed = key.text().lower().replace("-", " ")
        screen.query_one("#recovery-key-input", Input).value = typed
        screen.query_one("#recovery-new", Input).value = NEW_PASSPHRASE
        screen.query_one("#recovery-again", Input).value = NEW_PASSPHRASE
        await pilot.press("ctrl+s")
        await wait_for_screen(pilot, CaseListScreen)
        assert pilot.app.store.cases.count() == 1
        await settle(pilot)
    app.close_store()
    with pytest.raises(WrongPassphraseOrCorrupt):  # the forgotten passphrase opens nothing
        Store.open(store_path, PASSPHRASE)
    Store.open(store_path, NEW_PASSPHRASE).close()


async def test_f3_on_a_store_without_a_recovery_key_says_so(store_path: Path) -> None:
    Store.create(store_path, PASSPHRASE, kdf=FAST_KDF).close()
    async with app_at(store_path).run_test(size=SIZE) as pilot:
        await pilot.press("f3")
        await wait_for_screen(pilot, RecoveryUnlockModal)
        labels = " ".join(str(w.render()) for w in pilot.app.screen.query(Label))
        assert "geen herstelsleutel" in labels
        await pilot.press("escape")
        assert pilot.app.focused is not None and pilot.app.focused.id == "passphrase"


async def test_the_palette_makes_and_replaces_the_recovery_key(store: Store) -> None:
    async with app_on(store).run_test(size=SIZE) as pilot:
        names = [name for name, _, _ in StoreCommands(pilot.app.screen)._commands()]
        assert names == ["Back-ups", "Herstelsleutel maken"]
        [make] = [
            run for name, _, run in StoreCommands(pilot.app.screen)._commands() if "Herstel" in name
        ]
        make()
        await wait_for_screen(pilot, RecoveryKeyModal)
        first = shown_key(pilot.app)
        await pilot.press("space", "ctrl+s")
        await settle(pilot)
        assert store.has_recovery_key
        [replace] = [
            run
            for name, _, run in StoreCommands(pilot.app.screen)._commands()
            if "vervangen" in name
        ]
        replace()
        await wait_for_screen(pilot, ConfirmModal)  # the old one stops working: asked first
        await pilot.press("y")
        await wait_for_screen(pilot, RecoveryKeyModal)
        second = shown_key(pilot.app)
        await pilot.press("escape")  # not written down: nothing changes
        await settle(pilot)
        replace()
        await wait_for_screen(pilot, ConfirmModal)
        await pilot.press("y")
        await wait_for_screen(pilot, RecoveryKeyModal)
        second = shown_key(pilot.app)
        await pilot.press("space", "ctrl+s")
        await settle(pilot)
    path = store.path
    store.close()
    with pytest.raises(WrongRecoveryKeyOrCorrupt):  # the replaced key opens nothing
        Store.open_with_recovery_key(path, first)
    Store.open_with_recovery_key(path, second).close()


async def test_the_backups_are_listed_and_one_is_restored_from_the_palette(store: Store) -> None:
    kept = store.cases.add(secret_case())
    store.cases.add(secret_case(given_name="Tweede"))  # the day's backup: one case
    async with app_on(store).run_test(size=SIZE) as pilot:
        [backups] = [
            run
            for name, _, run in StoreCommands(pilot.app.screen)._commands()
            if name == "Back-ups"
        ]
        backups()
        await wait_for_screen(pilot, BackupsScreen)
        await settle(pilot)
        table = pilot.app.screen.query_one(DataTable)
        assert table.row_count == 1
        row = [str(cell) for cell in table.get_row_at(0)]
        assert row[1] == "dagelijks" and row[2] == "1" and row[4].endswith("-daily.rondom")
        await pilot.press("enter")
        await settle(pilot)
        await wait_for_screen(pilot, ConfirmModal)
        question = str(pilot.app.screen.query_one(".section-title", Static).render())
        assert "terugzetten" in question
        await pilot.press("y")
        await settle(pilot)
        await wait_for_screen(pilot, CaseListScreen)
        assert [c.id for c in store.cases.list()] == [kept.id]
    assert store.verify()["cases"] == 1
    reasons = sorted(f.reason.value for f in store.backups.files())
    assert reasons == ["daily", "restore"]
