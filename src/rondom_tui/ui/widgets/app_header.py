"""The Header of every screen: the app's keys in its middle, and at its right end whether what
was changed is on disk ("✓ bewaard"), still being written ("… opslaan", once a save takes
longer than `RondomApp.saving_shown_after`) or could not be written ("✗ mislukt").

The mark takes the place (and the width) of Textual's clock space, so the title stays where it
was. It follows the app's `save_state` on the screen in front only, a redraw of its own nine
cells: a widget redrawn on a screen under the front one makes Textual 8 draw the whole front
screen again. A screen that comes back to the front draws its mark anew (`stack_updates`).
"""

from __future__ import annotations

from textual.app import ComposeResult, RenderResult
from textual.widget import Widget
from textual.widgets import Header
from textual.widgets._header import HeaderIcon, HeaderTitle

from rondom_tui.i18n import t
from rondom_tui.ui.save_state import SaveState

ICON = "◎"
"""The app's mark at the Header's left end (Textual's opens the command palette)."""


class SaveMark(Widget):
    """The save state in words with a glyph (never by colour alone)."""

    DEFAULT_CSS = """
    SaveMark {
        dock: right;
        width: 10;
        padding: 0 0 0 1;
    }
    """

    def on_mount(self) -> None:
        self.watch(self.app, "save_state", self._state_changed, init=False)
        self.watch(self.screen, "stack_updates", self._back_in_front, init=False)

    def _state_changed(self) -> None:
        # Not `Screen.is_current`: it counts the screen under the front one as visible.
        if self.screen is self.app.screen:
            self.refresh()

    def _back_in_front(self) -> None:
        self.refresh()

    def render(self) -> RenderResult:
        state: SaveState = getattr(self.app, "save_state", SaveState.NONE)
        return t(state.value) if state.value else ""


class AppHeader(Header):
    """Textual's Header with the save mark where its clock would be."""

    def __init__(self) -> None:
        super().__init__(icon=ICON)

    def compose(self) -> ComposeResult:
        yield HeaderIcon().data_bind(Header.icon)
        yield HeaderTitle()
        yield SaveMark()
