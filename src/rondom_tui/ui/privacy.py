"""Privacy mode: case codes instead of children's names, on every screen at once.

The app holds the mode (`RondomApp.privacy_mode`, a reactive); `p` on a screen flips it there.
A screen that shows names has a reactive `privacy` of its own that follows the app's, and
passes it down to its widgets with `data_bind` (``CaseTable().data_bind(CaseListScreen.privacy)``),
so a widget repaints itself when the mode changes. The app does not compose its screens, so
`data_bind` cannot reach from the app to a screen: a screen watches the app's reactive instead,
which is what `data_bind` does between a widget and its parent.
"""

from __future__ import annotations

from typing import Any

from textual.app import App
from textual.screen import Screen


def follow_privacy(screen: Screen[Any]) -> None:
    """Keep `screen.privacy` equal to the app's privacy mode, from now on."""

    def follow(on: bool) -> None:
        screen.privacy = on  # type: ignore[attr-defined]

    screen.watch(screen.app, "privacy_mode", follow, init=True)


def toggle_privacy(app: App[Any]) -> None:
    """Switch privacy mode on or off, for every screen."""
    app.privacy_mode = not app.privacy_mode  # type: ignore[attr-defined]
