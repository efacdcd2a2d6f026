"""The lock screen: covers everything until the passphrase is typed again."""

from __future__ import annotations

from typing import ClassVar

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Center, Vertical
from textual.screen import Screen
from textual.widgets import Input, Label, Static

from rondom_tui.i18n import t
from rondom_tui.ui.bindings import Translated
from rondom_tui.ui.widgets.key_footer import KeyFooter
from rondom_tui.ui.widgets.secret_input import SecretInput


class LockScreen(Translated, Screen[None]):
    """A locked session. The data stays in memory; nothing of it is on screen."""

    CSS_PATH = "unlock.tcss"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter", "unlock", "unlock.key.unlock", id="lock.unlock"),
    ]

    def __init__(self) -> None:
        super().__init__()
        self._busy = False

    def compose(self) -> ComposeResult:
        with Center(), Vertical(id="unlock-box"):
            yield Static(t("lock.title"), classes="section-title", markup=False)
            yield Label(t("lock.explain"), classes="hint", markup=False)
            yield SecretInput(placeholder=t("unlock.placeholder"), id="passphrase")
            yield Label("", id="unlock-error", classes="form-error", markup=False)
        yield KeyFooter()

    def on_mount(self) -> None:
        self.query_one("#passphrase", Input).focus()

    @on(Input.Submitted, "#passphrase")
    def _submitted(self) -> None:
        self.action_unlock()

    def action_unlock(self) -> None:
        field = self.query_one("#passphrase", Input)
        if self._busy or not field.value or self.app.store is None:
            return
        self._busy = True
        self.query_one("#unlock-error", Label).update(t("unlock.deriving"))
        self._check(field.value)

    @work(thread=True, exclusive=True, exit_on_error=False)
    def _check(self, passphrase: str) -> None:
        store = self.app.store
        try:
            ok = store is not None and store.check_passphrase(passphrase)
        except Exception:
            ok = False
        self.app.call_from_thread(self._checked, ok)

    def _checked(self, ok: bool) -> None:
        self._busy = False
        if ok:
            self.dismiss()
            return
        field = self.query_one("#passphrase", Input)
        field.value = ""
        field.focus()
        self.query_one("#unlock-error", Label).update("✗ " + t("store.wrong_passphrase"))
