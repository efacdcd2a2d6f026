"""A radio button that shows its state as a glyph (● chosen, ○ not), not by colour alone."""

from __future__ import annotations

from textual.widgets import RadioButton


class ChoiceButton(RadioButton):
    """Textual's radio button draws ● in both states and tells them apart by colour only."""

    @property  # type: ignore[override]
    def BUTTON_INNER(self) -> str:  # the name Textual reads
        return "●" if self.value else "○"
