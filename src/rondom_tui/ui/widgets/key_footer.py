"""The Footer every screen uses: compact, without the palette label, so that a screen's own
keys fit an 80-column terminal. The app's keys (help, palette, lock) are named in the Header."""

from __future__ import annotations

from textual.widgets import Footer


class KeyFooter(Footer):
    """A compact Footer without the command palette label."""

    def __init__(self) -> None:
        super().__init__(compact=True, show_command_palette=False)
