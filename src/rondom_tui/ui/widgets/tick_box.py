"""A checkbox whose state shows as a glyph (✓ or blank), not only as a colour."""

from __future__ import annotations

from typing import Any

from textual.widgets import Checkbox

TICKED = "✓"
UNTICKED = " "


class TickBox(Checkbox):
    """Textual's Checkbox paints an X in both states and tells them apart by colour only,
    which a monochrome terminal or a colour-blind user cannot see."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._paint_tick()

    def watch_value(self) -> None:
        super().watch_value()  # the -on class and the Changed message
        self._paint_tick()

    def _paint_tick(self) -> None:
        self.BUTTON_INNER = TICKED if self.value else UNTICKED  # read when the button is drawn
        self.refresh()
