"""The recovery key, shown once: its paper form, the plain warning, and a box to tick.

Shown before anything is written (a new store from the create screen, a new key from the
palette): the caller makes the store or sets the key only when this modal dismisses with True,
after the user ticked that the key is written down. The key is never copied to the clipboard.
"""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Checkbox, Label, Static

from rondom_tui.i18n import t
from rondom_tui.store.recovery import RecoveryKey
from rondom_tui.ui.bindings import Translated
from rondom_tui.ui.widgets.key_footer import KeyFooter


class RecoveryKeyModal(Translated, ModalScreen[bool]):
    """Dismisses with True once the user ticked that the key is written down, False on
    `escape` (nothing is made then)."""

    CSS_PATH = "modals.tcss"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("ctrl+s", "done", "recovery.key.done", id="recovery.done"),
        Binding("escape", "back", "recovery.key.back", id="recovery.back"),
    ]

    def __init__(self, key: RecoveryKey, *, intro: str = "") -> None:
        super().__init__()
        self._key = key
        self.intro = intro
        """A line above the key: what it is for (already translated)."""

    def compose(self) -> ComposeResult:
        with Vertical(classes="modal-box"):
            yield Static(t("recovery.title"), classes="section-title", markup=False)
            if self.intro:
                yield Label(self.intro, classes="hint", markup=False)
            yield Static(self._key.text(), id="recovery-key", markup=False)
            yield Label(t("recovery.warning"), classes="hint", markup=False)
            yield Checkbox(t("recovery.written"), id="recovery-written")
            yield Label("", id="recovery-error", classes="form-error", markup=False)
        yield KeyFooter()

    def on_mount(self) -> None:
        self.query_one("#recovery-written", Checkbox).focus()

    def action_done(self) -> None:
        if not self.query_one("#recovery-written", Checkbox).value:
            self.query_one("#recovery-error", Label).update("✗ " + t("recovery.not_yet"))
            return
        self.dismiss(True)

    def action_back(self) -> None:
        self.dismiss(False)
