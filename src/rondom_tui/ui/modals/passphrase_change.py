"""Changing the store's passphrase from the app, with the rules of `rondom passwd`.

The current passphrase is asked and checked (a slow key derivation), the new one twice and
checked as a new passphrase is everywhere (at least 12 characters). Both derivations run on
the save queue, never on the UI thread, with a progress line; the change re-wraps the data
key and rewrites the file in one atomic save, and the store records it in the audit trail.
"""

from __future__ import annotations

from typing import ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Label, LoadingIndicator, Static

from rondom_tui.domain.errors import RondomError
from rondom_tui.i18n import current_language, t
from rondom_tui.store.repository import Store
from rondom_tui.store.vault import MIN_PASSPHRASE_LENGTH, check_new_passphrase
from rondom_tui.ui.bindings import Translated
from rondom_tui.ui.widgets.key_footer import KeyFooter
from rondom_tui.ui.widgets.secret_input import SecretInput

FIELDS = ("#passwd-old", "#passwd-new", "#passwd-again")


class PassphraseChangeModal(Translated, ModalScreen[bool]):
    """Dismisses with True once the passphrase was changed, False when cancelled."""

    CSS_PATH = ["modals.tcss", "passphrase_change.tcss"]
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("ctrl+s", "change", "passwd.key.change", id="passwd.change"),
        Binding("escape", "cancel", "form.key.cancel", id="passwd.cancel"),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.busy = False
        """The change is on the save queue."""
        self._close_pending = False

    def compose(self) -> ComposeResult:
        with Vertical(classes="modal-box"):
            yield Static(t("passwd.title"), classes="section-title", markup=False)
            explain = t("passwd.explain", minimum=MIN_PASSPHRASE_LENGTH)
            yield Label(explain, classes="hint", markup=False)
            yield SecretInput(placeholder=t("passwd.old"), id="passwd-old")
            yield SecretInput(placeholder=t("passwd.new"), id="passwd-new")
            yield SecretInput(placeholder=t("passwd.again"), id="passwd-again")
            yield Label("", id="passwd-error", classes="form-error", markup=False)
            yield LoadingIndicator(id="passwd-working")
            yield Label("", id="passwd-progress", classes="hint", markup=False)
        yield KeyFooter()

    def on_mount(self) -> None:
        self.query_one("#passwd-working").display = False
        self.query_one("#passwd-old", Input).focus()

    @on(Input.Submitted)
    def _next(self, event: Input.Submitted) -> None:
        ids = [selector.removeprefix("#") for selector in FIELDS]
        if event.input.id == ids[-1]:
            self.action_change()
        elif event.input.id in ids:
            self.query_one("#" + ids[ids.index(event.input.id) + 1], Input).focus()

    def _value(self, selector: str) -> str:
        return self.query_one(selector, Input).value

    def action_change(self) -> None:
        store = self.app.store  # type: ignore[attr-defined]
        if self.busy or store is None:
            return
        old, new, again = (self._value(selector) for selector in FIELDS)
        if not old:
            self._error(t("unlock.empty"), "#passwd-old")
            return
        try:
            check_new_passphrase(new)
        except RondomError as exc:
            self._error(exc.text(lang=current_language()), "#passwd-new")
            return
        if new != again:
            self._error(t("create.mismatch"), "#passwd-again")
            return
        self._set_busy(True, t("passwd.checking"))
        self.app.store_call(
            lambda: self._change(store, old, new),
            self._changed,
            self._failed,  # type: ignore[attr-defined]
        )

    def _change(self, store: Store, old: str, new: str) -> bool:
        """On the save queue: check the current passphrase, then change it."""
        if not store.check_passphrase(old):
            return False
        self.app.call_from_thread(self._set_busy, True, t("passwd.deriving"))
        store.change_passphrase(new)
        return True

    def _changed(self, changed: bool) -> None:
        self._set_busy(False)
        if not changed:
            self.query_one("#passwd-old", Input).value = ""
            self._error(t("passwd.wrong_old"), "#passwd-old")
            return
        self._forget()
        self.app.notify(t("passwd.done"))
        if self.is_active:
            self.dismiss(True)
        else:  # locked meanwhile: dismissing now would pop the lock screen instead
            self._close_pending = True

    def _failed(self, error: RondomError) -> None:
        self._set_busy(False)
        self._error(error.text(lang=current_language()))

    def _set_busy(self, busy: bool, message: str = "") -> None:
        self.busy = busy
        self.query_one("#passwd-working").display = busy
        self.query_one("#passwd-progress", Label).update(message)
        if busy:
            self.query_one("#passwd-error", Label).update("")

    def _error(self, message: str, focus: str | None = None) -> None:
        self.query_one("#passwd-error", Label).update("✗ " + message)
        if focus is not None:
            self.query_one(focus, Input).focus()

    def _forget(self) -> None:
        for selector in FIELDS:
            self.query_one(selector, Input).value = ""

    def on_screen_resume(self) -> None:
        if self._close_pending:
            self.dismiss(True)

    def action_cancel(self) -> None:
        if self.busy:
            self.notify(t("passwd.wait"), severity="warning")
            return
        self._forget()
        self.dismiss(False)
