"""A checkbox and a radio button whose state shows as a glyph, not only as a colour.

Textual's toggles draw the same mark in both states (X, ●) and tell them apart by colour
alone, which a monochrome terminal or a colour-blind user cannot see.
"""

from __future__ import annotations

from typing import Any, ClassVar

from textual.widgets import Checkbox, RadioButton

TICKED = "✓"
UNTICKED = " "


class _GlyphToggle:
    """Mixin for Textual's toggle buttons: paints ON or OFF as the button's inner mark."""

    ON: ClassVar[str]
    OFF: ClassVar[str]
    value: bool

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._paint_state()

    def watch_value(self) -> None:
        super().watch_value()  # type: ignore[misc]  # the -on class and the Changed message
        self._paint_state()

    def _paint_state(self) -> None:
        self.BUTTON_INNER = self.ON if self.value else self.OFF  # read when the button is drawn
        self.refresh()  # type: ignore[attr-defined]


class TickBox(_GlyphToggle, Checkbox):
    """A checkbox showing ✓ when ticked."""

    ON, OFF = TICKED, UNTICKED


class ChoiceButton(_GlyphToggle, RadioButton):
    """A radio button showing ● when chosen and ○ when not."""

    ON, OFF = "●", "○"
