"""This store's age recipient: the public key a colleague encrypts bundles to."""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Label, Static

from rondom_tui.bundle import store_recipient
from rondom_tui.i18n import t
from rondom_tui.store.repository import Store
from rondom_tui.ui.bindings import Translated
from rondom_tui.ui.widgets.key_footer import KeyFooter


class IdentityModal(Translated, ModalScreen[None]):
    """Shows the `age1...` recipient; `c` copies it to the clipboard (OSC 52)."""

    CSS_PATH = "modals.tcss"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("c", "copy", "identity.key.copy", id="identity.copy"),
        Binding("escape,enter,q", "dismiss", "identity.key.close", id="identity.close"),
    ]

    def __init__(self, recipient: str) -> None:
        super().__init__()
        self.recipient = recipient
        """The public key: safe to show and to hand out."""

    @classmethod
    def of_store(cls, store: Store) -> IdentityModal:
        """The modal showing `store`'s own recipient."""
        return cls(store_recipient(store))

    def compose(self) -> ComposeResult:
        with Vertical(classes="modal-box"):
            yield Static(t("identity.title"), classes="section-title", markup=False)
            yield Label(t("identity.explain"), classes="hint", markup=False)
            yield Static(self.recipient, id="identity-recipient", markup=False)
            yield Label(t("identity.hint"), classes="hint", markup=False)
        yield KeyFooter()

    def action_copy(self) -> None:
        self.app.copy_to_clipboard(self.recipient)
        self.notify(t("identity.copied"))
