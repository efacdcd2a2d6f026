"""The text on screen, in memory: what a person in the room can read."""

from __future__ import annotations

from textual.app import App
from textual.widget import Widget


def screen_text(app: App[object]) -> str:
    """Every line of the current screen as plain text (modals included)."""
    strips = app.screen._compositor.render_strips()  # Textual has no public text export
    return "\n".join(strip.text.rstrip() for strip in strips)


def static_text(widget: Widget) -> str:
    """The lines one widget paints (a `Static` or `Label`), as plain text."""
    return "\n".join(s.text for s in widget.render_lines(widget.region.reset_offset))
