"""A save that finds the store file changed behind the session's back (issue 8, finding 3):
the app says so in one sentence and offers to reload; `y` reads the file as it is on disk,
`n` goes on without saving."""

from __future__ import annotations

from pathlib import Path

from rondom_tui.domain.models import AuditAction
from rondom_tui.store.lock import lock_path
from rondom_tui.store.repository import Store
from rondom_tui.ui.modals.confirm import ConfirmModal
from tests.conftest import PASSPHRASE, secret_case
from tests.ui.conftest import app_on, settle
from tests.ui.screen_text import screen_text


def changed_by_another_session(store: Store, store_path: Path) -> None:
    lock_path(store_path).unlink()
    with Store.open(store_path, PASSPHRASE) as other:
        other.cases.add(secret_case(given_name="Anderkind"))


async def test_the_app_offers_to_reload_and_reloads(store: Store, store_path: Path) -> None:
    store.cases.add(secret_case())
    async with app_on(store).run_test(size=(100, 30)) as pilot:
        changed_by_another_session(store, store_path)
        on_disk = store_path.read_bytes()
        pilot.app.store_call(lambda: store.audit.record(AuditAction.VIEW))
        await settle(pilot)
        modal = pilot.app.screen
        assert isinstance(modal, ConfirmModal)
        assert "buiten deze sessie om gewijzigd" in modal.question
        assert store_path.read_bytes() == on_disk
        await pilot.press("y")
        await settle(pilot)
        assert not isinstance(pilot.app.screen, ConfirmModal)
        assert store.cases.count() == 2 and not store.changed_on_disk
        assert "Anderkind" in screen_text(pilot.app)  # the case list shows the store on disk


async def test_no_keeps_what_is_in_memory_and_saves_nothing(store: Store, store_path: Path) -> None:
    store.cases.add(secret_case())
    async with app_on(store).run_test(size=(100, 30)) as pilot:
        changed_by_another_session(store, store_path)
        on_disk = store_path.read_bytes()
        pilot.app.store_call(lambda: store.cases.add(secret_case(given_name="Eigenkind")))
        await settle(pilot)
        assert isinstance(pilot.app.screen, ConfirmModal)
        await pilot.press("n")
        await settle(pilot)
        assert store.changed_on_disk and store.cases.count() == 2
        assert store_path.read_bytes() == on_disk
