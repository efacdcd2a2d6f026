"""Opening a store in the app: unlock, wrong passphrase, damaged file, in use, create."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import pytest
from textual.app import App
from textual.widgets import Input, Label

from rondom_tui.domain.cases.listing import CaseIndex
from rondom_tui.i18n import t
from rondom_tui.store import reading
from rondom_tui.store.cases import CaseRepository
from rondom_tui.store.envelope import FAST_KDF
from rondom_tui.store.errors import StoreCorrupt
from rondom_tui.store.lock import StoreLock
from rondom_tui.store.repository import Store
from rondom_tui.ui.modals.recovery_key import RecoveryKeyModal
from rondom_tui.ui.screens.case_list import CaseListScreen
from rondom_tui.ui.screens.create_store import CreateStoreScreen
from rondom_tui.ui.screens.store_problem import StoreInUseScreen, StoreProblemScreen
from rondom_tui.ui.screens.unlock import UnlockScreen
from tests.conftest import PASSPHRASE, secret_case
from tests.ui.conftest import app_at, settle, type_text


def _closed_store(path: Path, *, demo: bool = False) -> None:
    with Store.create(path, "demo" if demo else PASSPHRASE, kdf=FAST_KDF, demo=demo) as store:
        store.cases.add(secret_case())


def _label(app, selector: str) -> str:  # type: ignore[no-untyped-def]
    return str(app.screen.query_one(selector, Label).render())


async def _wait_for(pilot, kind: type) -> None:  # type: ignore[no-untyped-def]
    for _ in range(100):
        if isinstance(pilot.app.screen, kind):
            return
        await pilot.pause(0.05)


async def test_the_passphrase_field_has_focus_and_enter_unlocks(store_path: Path) -> None:
    _closed_store(store_path)
    app = app_at(store_path)
    async with app.run_test(size=(100, 30)) as pilot:
        assert isinstance(pilot.app.screen, UnlockScreen)
        assert pilot.app.focused.id == "passphrase"  # type: ignore[union-attr]
        assert "demo" not in _label(pilot.app, "#unlock-status")
        await type_text(pilot, PASSPHRASE)
        await pilot.press("enter")
        await _wait_for(pilot, CaseListScreen)
        assert isinstance(pilot.app.screen, CaseListScreen)
    app.close_store()


async def test_a_wrong_passphrase_is_said_and_retried_with_the_file_unchanged(
    store_path: Path,
) -> None:
    _closed_store(store_path)
    before = store_path.read_bytes()
    app = app_at(store_path)
    async with app.run_test(size=(100, 30)) as pilot:
        await type_text(pilot, "helemaal verkeerd")
        await pilot.press("enter")
        for _ in range(100):
            if "onjuist" in _label(pilot.app, "#unlock-error"):
                break
            await pilot.pause(0.05)
        assert "onjuist" in _label(pilot.app, "#unlock-error")
        field = pilot.app.screen.query_one("#passphrase", Input)
        assert field.value == "" and pilot.app.focused is field
        assert store_path.read_bytes() == before
        await type_text(pilot, PASSPHRASE)
        await pilot.press("enter")
        await _wait_for(pilot, CaseListScreen)
        assert isinstance(pilot.app.screen, CaseListScreen)
    app.close_store()


async def test_a_demo_store_says_its_passphrase(tmp_path: Path) -> None:
    path = tmp_path / "demo.rondom"
    _closed_store(path, demo=True)
    async with app_at(path).run_test(size=(100, 30)) as pilot:
        badge = pilot.app.screen.query_one(".demo-badge", Label)
        assert "demo" in str(badge.render()).lower()


async def test_a_damaged_store_gets_a_clear_screen(store_path: Path) -> None:
    _closed_store(store_path)
    data = store_path.read_bytes()[:50]
    store_path.write_bytes(data)
    async with app_at(store_path).run_test(size=(80, 24)) as pilot:
        assert isinstance(pilot.app.screen, StoreProblemScreen)
        assert "afgekapt" in _label(pilot.app, "#problem-message")
        await pilot.press("q")
    assert store_path.read_bytes() == data


async def test_a_body_altered_store_is_refused_after_the_passphrase(store_path: Path) -> None:
    _closed_store(store_path)
    data = bytearray(store_path.read_bytes())
    data[-3] ^= 0x40
    store_path.write_bytes(bytes(data))
    app = app_at(store_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await type_text(pilot, PASSPHRASE)
        await pilot.press("enter")
        for _ in range(100):
            if "beschadigd" in _label(pilot.app, "#unlock-error"):
                break
            await pilot.pause(0.05)
        assert "beschadigd" in _label(pilot.app, "#unlock-error")
        assert isinstance(pilot.app.screen, UnlockScreen)
    assert store_path.read_bytes() == bytes(data)


async def test_a_store_in_use_names_the_holder_and_the_holder_keeps_working(
    store_path: Path,
) -> None:
    _closed_store(store_path)
    with Store.open(store_path, PASSPHRASE) as holder:
        async with app_at(store_path).run_test(size=(100, 30)) as pilot:
            assert isinstance(pilot.app.screen, StoreInUseScreen)
            message = _label(pilot.app, "#problem-message")
            assert "in gebruik" in message and str(__import__("os").getpid()) in message
            await pilot.press("r")
            assert isinstance(pilot.app.screen, StoreInUseScreen)
        holder.cases.add(secret_case(given_name="Nog een"))
        assert holder.cases.count() == 2
    # free again: retry reaches the unlock screen
    lock = StoreLock(store_path)
    lock.acquire()
    lock.release()


async def test_creating_a_store_refuses_short_and_mismatched_passphrases(store_path: Path) -> None:
    app = app_at(store_path, new_store_kdf=FAST_KDF)
    async with app.run_test(size=(100, 30)) as pilot:
        assert isinstance(pilot.app.screen, CreateStoreScreen)
        assert pilot.app.focused.id == "first"  # type: ignore[union-attr]
        await type_text(pilot, "kort")
        await pilot.press("enter")
        await type_text(pilot, "kort")
        await pilot.press("enter")
        assert "12" in _label(pilot.app, "#unlock-error")
        pilot.app.screen.query_one("#first", Input).value = "een lange wachtwoordzin"
        pilot.app.screen.query_one("#second", Input).value = "een andere wachtwoordzin"
        await pilot.press("ctrl+s")
        assert "niet gelijk" in _label(pilot.app, "#unlock-error")
        assert not store_path.exists()
        pilot.app.screen.query_one("#second", Input).value = "een lange wachtwoordzin"
        await pilot.press("ctrl+s")
        await _wait_for(pilot, RecoveryKeyModal)  # the recovery key first (tests/ui/
        await pilot.press("space", "ctrl+s")  # test_recovery_key.py), then the store
        await _wait_for(pilot, CaseListScreen)
        assert isinstance(pilot.app.screen, CaseListScreen)
        await settle(pilot)
    app.close_store()
    Store.open(store_path, "een lange wachtwoordzin").close()


async def _unlock_to_the_list(store_path: Path) -> None:
    """Type the passphrase, Enter, and see the case list; the store closed after."""
    app = app_at(store_path)
    async with app.run_test(size=(100, 30)) as pilot:
        await type_text(pilot, PASSPHRASE)
        await pilot.press("enter")
        await _wait_for(pilot, CaseListScreen)
        assert isinstance(pilot.app.screen, CaseListScreen)
    app.close_store()


async def test_the_passphrase_is_not_kept_in_the_field_after_unlocking(store_path: Path) -> None:
    _closed_store(store_path)
    app = app_at(store_path)
    async with app.run_test(size=(100, 30)) as pilot:
        field = pilot.app.screen.query_one("#passphrase", Input)
        await type_text(pilot, PASSPHRASE)
        await pilot.press("enter")
        await _wait_for(pilot, CaseListScreen)
        assert field.value == ""  # the widget may live on in memory
    app.close_store()


async def test_the_case_lists_rows_are_made_while_unlocking_not_on_the_ui_thread(
    store_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _closed_store(store_path)
    made_on_ui_thread: list[bool] = []
    given: list[CaseIndex] = []
    index = CaseRepository.index

    def spied(self: CaseRepository) -> CaseIndex:
        made_on_ui_thread.append(threading.current_thread() is threading.main_thread())
        given.append(index(self))
        return given[-1]

    monkeypatch.setattr(CaseRepository, "index", spied)
    await _unlock_to_the_list(store_path)
    assert made_on_ui_thread[:2] == [False, True]  # asked in the unlock's thread, then by the list
    assert given[0] is given[1]  # the list took the one made while unlocking


async def test_the_unlock_tells_its_steps_without_waiting_for_the_screen(
    store_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The thread posts its progress; it waits for the UI thread once, to hand over the store
    (`call_from_thread` for each step held the unlock up until the screen was drawn)."""
    _closed_store(store_path)
    waited_for: list[str] = []
    shown = threading.Event()
    call_from_thread, status, decrypt = App.call_from_thread, UnlockScreen._status, reading.decrypt

    def spied_call(self: App[None], callback: Any, *args: Any, **kwargs: Any) -> Any:
        waited_for.append(callback.__name__)
        return call_from_thread(self, callback, *args, **kwargs)

    def spied_status(self: UnlockScreen, text: str) -> None:
        status(self, text)
        if text == t("unlock.decrypting"):
            shown.set()

    def decrypt_once_shown(*args: Any) -> Any:
        assert shown.wait(10)  # the step reached the screen while the thread went on
        return decrypt(*args)

    monkeypatch.setattr(App, "call_from_thread", spied_call)
    monkeypatch.setattr(UnlockScreen, "_status", spied_status)
    monkeypatch.setattr(reading, "decrypt", decrypt_once_shown)
    await _unlock_to_the_list(store_path)
    assert shown.is_set()
    assert waited_for == ["_opened"]


async def test_rows_that_fail_while_unlocking_are_asked_for_again_by_the_list(
    store_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _closed_store(store_path)
    calls: list[bool] = []
    index = CaseRepository.index

    def failing_once(self: CaseRepository) -> CaseIndex:
        calls.append(True)
        if len(calls) == 1:  # in the unlock's thread: as a case that cannot be read would
            raise StoreCorrupt("store.document_invalid", table="cases")
        return index(self)

    monkeypatch.setattr(CaseRepository, "index", failing_once)
    await _unlock_to_the_list(store_path)  # unlocked all the same
    assert len(calls) >= 2  # the list asked again
