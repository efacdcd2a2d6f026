"""Create a new store from the app: the passphrase twice, at least 12 characters, then the
recovery key shown once (the store is made only after the user ticked that it is written
down)."""

from __future__ import annotations

from pathlib import Path
from typing import ClassVar

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Center, Vertical
from textual.screen import Screen
from textual.widgets import Input, Label, LoadingIndicator, Static

from rondom_tui.domain.errors import RondomError
from rondom_tui.i18n import current_language, t
from rondom_tui.store.recovery import RecoveryKey
from rondom_tui.store.repository import Store
from rondom_tui.store.vault import MIN_PASSPHRASE_LENGTH, check_new_passphrase
from rondom_tui.ui.bindings import Translated
from rondom_tui.ui.modals.recovery_key import RecoveryKeyModal
from rondom_tui.ui.widgets.key_footer import KeyFooter
from rondom_tui.ui.widgets.secret_input import SecretInput


class CreateStoreScreen(Translated, Screen[None]):
    """There is no store yet: make one."""

    CSS_PATH = "unlock.tcss"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("ctrl+s", "create", "create.key.create", id="create.create"),
        Binding("escape", "app.quit", "unlock.key.quit", id="create.quit"),
    ]

    def __init__(self, path: Path) -> None:
        super().__init__()
        self.path = path
        """Where the new store will be written."""
        self._busy = False

    def compose(self) -> ComposeResult:
        with Center(), Vertical(id="unlock-box"):
            yield Static(t("create.title"), classes="section-title", markup=False)
            yield Label(t("unlock.store", path=str(self.path)), classes="hint", markup=False)
            yield Label(
                t("create.explain", minimum=MIN_PASSPHRASE_LENGTH), classes="hint", markup=False
            )
            yield SecretInput(placeholder=t("create.first"), id="first")
            yield SecretInput(placeholder=t("create.second"), id="second")
            yield Label("", id="unlock-error", classes="form-error", markup=False)
            yield LoadingIndicator(id="unlock-progress")
        yield KeyFooter()

    def on_mount(self) -> None:
        self.query_one("#unlock-progress").display = False
        self.query_one("#first", Input).focus()

    @on(Input.Submitted, "#first")
    def _next(self) -> None:
        self.query_one("#second", Input).focus()

    @on(Input.Submitted, "#second")
    def _submitted(self) -> None:
        self.action_create()

    def action_create(self) -> None:
        if self._busy:
            return
        first = self.query_one("#first", Input).value
        second = self.query_one("#second", Input).value
        try:
            check_new_passphrase(first)
        except RondomError as exc:
            self._error(exc.text(lang=current_language()))
            return
        if first != second:
            self._error(t("create.mismatch"))
            return
        key = RecoveryKey.generate()

        def written_down(done: bool | None) -> None:
            if done:
                self._busy = True
                self.query_one("#unlock-progress").display = True
                self._create(first, key)

        self.app.push_screen(RecoveryKeyModal(key, intro=t("create.recovery_intro")), written_down)

    @work(thread=True, exclusive=True, exit_on_error=False)
    def _create(self, passphrase: str, key: RecoveryKey) -> None:
        try:
            store = Store.create(
                self.path,
                passphrase,
                kdf=self.app.new_store_kdf,
                lock=self.app.file_lock,
                recovery_key=key,
            )
        except RondomError as exc:
            self.app.call_from_thread(self._failed, exc.text(lang=current_language()))
        except OSError as exc:
            self.app.call_from_thread(self._failed, t("create.os_error", reason=exc.strerror or ""))
        else:
            self.app.call_from_thread(self.app.store_opened, store)

    def _failed(self, message: str) -> None:
        self._busy = False
        self.query_one("#unlock-progress").display = False
        self._error(message)

    def _error(self, message: str) -> None:
        self.query_one("#unlock-error", Label).update("✗ " + message)
