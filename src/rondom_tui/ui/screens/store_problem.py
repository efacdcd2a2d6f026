"""Screens for a store that cannot be opened: damaged, foreign, or in use by someone else."""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Center, Vertical
from textual.screen import Screen
from textual.widgets import Label, Static

from rondom_tui.i18n import current_language, t
from rondom_tui.store.errors import StoreError, StoreLocked
from rondom_tui.ui.bindings import Translated
from rondom_tui.ui.widgets.key_footer import KeyFooter


class StoreProblemScreen(Translated, Screen[None]):
    """The store file cannot be read; nothing was changed."""

    CSS_PATH = "unlock.tcss"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("q,escape", "app.quit", "unlock.key.quit", id="problem.quit"),
    ]

    def __init__(self, error: StoreError) -> None:
        super().__init__()
        self.error = error
        """What is wrong, as a named error."""

    def compose(self) -> ComposeResult:
        with Center(), Vertical(id="unlock-box"):
            yield Static(t("problem.title"), classes="section-title", markup=False)
            yield Label(
                "✗ " + self.error.text(lang=current_language()),
                id="problem-message",
                classes="form-error",
                markup=False,
            )
            yield Label(t("problem.untouched"), classes="hint", markup=False)
        yield KeyFooter()


class StoreInUseScreen(Translated, Screen[None]):
    """Another session holds the store: say who, and let the user try again or leave."""

    CSS_PATH = "unlock.tcss"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("r", "retry", "problem.key.retry", id="in_use.retry"),
        Binding("q,escape", "app.quit", "unlock.key.quit", id="in_use.quit"),
    ]

    def __init__(self, error: StoreLocked) -> None:
        super().__init__()
        self.error = error
        """Who holds the store."""

    def compose(self) -> ComposeResult:
        with Center(), Vertical(id="unlock-box"):
            yield Static(t("in_use.title"), classes="section-title", markup=False)
            yield Label(
                "⚠ " + self.error.text(lang=current_language()),
                id="problem-message",
                classes="form-error",
                markup=False,
            )
            yield Label(t("in_use.explain"), classes="hint", markup=False)
        yield KeyFooter()

    def action_retry(self) -> None:
        self.app.retry_entry()
