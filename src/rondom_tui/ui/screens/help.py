"""Help: the keys of the screen you came from, and a word on how the app works."""

from __future__ import annotations

from typing import Any, ClassVar

from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.screen import ModalScreen, Screen
from textual.widgets import Static

from rondom_tui.i18n import catalog, t
from rondom_tui.ui.bindings import Translated
from rondom_tui.ui.widgets.key_footer import KeyFooter


class HelpScreen(Translated, ModalScreen[None]):
    """The bindings of `screen`, as a table of key and what it does."""

    CSS_PATH = "help.tcss"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,q,question_mark,f1", "dismiss", "help.key.close", id="help.close"),
    ]

    def __init__(self, screen: Screen[Any]) -> None:
        super().__init__()
        self._table = self._bindings_table(screen)

    def _bindings_table(self, screen: Screen[Any]) -> Table:
        table = Table(box=None, show_header=True, header_style="bold", expand=True)
        table.add_column(t("help.col.key"), no_wrap=True)
        table.add_column(t("help.col.action"))
        seen = set()
        # Only keys described in our own words: Textual's editing and scrolling keys inside a
        # field ("Move cursor left", "Scroll Up") are the same in every app and not translated.
        ours = {t(message_id) for message_id in catalog()}
        for key, active in screen.active_bindings.items():
            binding = active.binding
            if not binding.description or binding.system or binding.description not in ours:
                continue
            shown = binding.key_display or self.app.get_key_display(binding) or key
            if (shown, binding.description) in seen:
                continue
            seen.add((shown, binding.description))
            table.add_row(Text(shown), Text(binding.description))
        return table

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="help-box"):
            yield Static(t("help.title"), classes="section-title", markup=False)
            yield Static(self._table, id="help-keys", markup=False)
            yield Static(t("help.general"), classes="hint", id="help-general", markup=False)
        yield KeyFooter()
