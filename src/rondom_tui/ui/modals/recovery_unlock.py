"""A forgotten passphrase: open the store with its recovery key and set a new passphrase.

Over the unlock screen (`f3`). The key is read forgivingly (any case, spaces and dashes) and
checked before any decryption; the new passphrase follows the rules of every new passphrase.
Opening and the new passphrase slot (a slow key derivation and a rewrite, audited) run in a
thread; the modal dismisses with the open store, or None when cancelled.
"""

from __future__ import annotations

from pathlib import Path
from typing import ClassVar

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Label, LoadingIndicator, Static

from rondom_tui.domain.errors import RondomError
from rondom_tui.i18n import current_language, t
from rondom_tui.store.recovery import RecoveryKey
from rondom_tui.store.repository import Store
from rondom_tui.store.vault import MIN_PASSPHRASE_LENGTH, check_new_passphrase
from rondom_tui.ui.bindings import Translated
from rondom_tui.ui.widgets.key_footer import KeyFooter
from rondom_tui.ui.widgets.secret_input import SecretInput

FIELDS = ("#recovery-key-input", "#recovery-new", "#recovery-again")


class RecoveryUnlockModal(Translated, ModalScreen[Store | None]):
    """Recovery key, new passphrase twice; `ctrl+s` opens the store with the new passphrase."""

    CSS_PATH = "modals.tcss"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("ctrl+s", "open", "recovery_unlock.key.open", id="recovery_unlock.open"),
        Binding("escape", "cancel", "form.key.cancel", id="recovery_unlock.cancel"),
    ]

    def __init__(self, path: Path, *, has_key: bool) -> None:
        super().__init__()
        self.path = path
        """The store to open."""
        self.has_key = has_key
        """The store has a recovery key (a store upgraded from version 1 may have none)."""
        self._busy = False

    def compose(self) -> ComposeResult:
        with Vertical(classes="modal-box"):
            yield Static(t("recovery_unlock.title"), classes="section-title", markup=False)
            if not self.has_key:
                yield Label(t("recovery_unlock.no_key"), classes="form-error", markup=False)
                return
            explain = t("recovery_unlock.explain", minimum=MIN_PASSPHRASE_LENGTH)
            yield Label(explain, classes="hint", markup=False)
            yield SecretInput(placeholder=t("recovery_unlock.key"), id="recovery-key-input")
            yield SecretInput(placeholder=t("recovery_unlock.new"), id="recovery-new")
            yield SecretInput(placeholder=t("recovery_unlock.again"), id="recovery-again")
            yield Label("", id="recovery-error", classes="form-error", markup=False)
            yield LoadingIndicator(id="recovery-working")
        yield KeyFooter()

    def on_mount(self) -> None:
        if self.has_key:
            self.query_one("#recovery-working").display = False
            self.query_one("#recovery-key-input", Input).focus()

    @on(Input.Submitted)
    def _next(self, event: Input.Submitted) -> None:
        ids = [selector.removeprefix("#") for selector in FIELDS]
        if event.input.id == ids[-1]:
            self.action_open()
        elif event.input.id in ids:
            self.query_one("#" + ids[ids.index(event.input.id) + 1], Input).focus()

    def action_open(self) -> None:
        if self._busy or not self.has_key:
            return
        typed, new, again = (self.query_one(selector, Input).value for selector in FIELDS)
        try:
            key = RecoveryKey.parse(typed)
        except RondomError as exc:
            self._error(exc.text(lang=current_language()), "#recovery-key-input")
            return
        try:
            check_new_passphrase(new)
        except RondomError as exc:
            self._error(exc.text(lang=current_language()), "#recovery-new")
            return
        if new != again:
            self._error(t("create.mismatch"), "#recovery-again")
            return
        self._busy = True
        self.query_one("#recovery-working").display = True
        self.query_one("#recovery-error", Label).update("")
        self._open(key, new)

    @work(thread=True, exclusive=True, exit_on_error=False)
    def _open(self, key: RecoveryKey, passphrase: str) -> None:
        try:
            store = Store.open_with_recovery_key(self.path, key, lock=self.app.file_lock)
        except RondomError as exc:
            self.app.call_from_thread(self._failed, exc.text(lang=current_language()))
            return
        try:
            store.change_passphrase(passphrase)
        except RondomError as exc:  # nobody knows the passphrase: no way in without a new one
            store.close()
            self.app.call_from_thread(self._failed, exc.text(lang=current_language()))
            return
        self.app.call_from_thread(self._opened, store)

    def _opened(self, store: Store) -> None:
        self._forget()
        self.dismiss(store)

    def _failed(self, message: str) -> None:
        self._busy = False
        self.query_one("#recovery-working").display = False
        self._error(message, "#recovery-key-input")

    def _error(self, message: str, focus: str) -> None:
        self.query_one("#recovery-error", Label).update("✗ " + message)
        self.query_one(focus, Input).focus()

    def _forget(self) -> None:
        for selector in FIELDS:
            self.query_one(selector, Input).value = ""

    def action_cancel(self) -> None:
        if self._busy:
            return
        if self.has_key:
            self._forget()
        self.dismiss(None)
