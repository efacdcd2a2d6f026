"""The title band of a meeting page: the key's title in big letters on the projector, as the
key number beside it is; in normal letters where big ones do not fit, never cut."""

from __future__ import annotations

from textual.reactive import reactive
from textual.widgets import Static

from rondom_tui.ui.widgets.big_letters import big_lines


class KeyTitle(Static):
    """The key's title: in big letters while `big` is on and they fit the band's width in
    `max_lines` lines (wrapped between words), else as text (the class `-big` says which)."""

    big: reactive[bool] = reactive(False, init=False)
    """Asked for: the projector theme on a page tall enough."""
    max_lines: reactive[int] = reactive(1, init=False)
    """Lines of big letters the page has room for."""

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__("", id=id, markup=False)
        self._title = ""
        self._shown = ""

    def show_title(self, title: str) -> None:
        self._title = title
        self._draw()

    def watch_big(self) -> None:
        self._draw()

    def watch_max_lines(self) -> None:
        self._draw()

    def on_resize(self) -> None:
        self._draw()

    def _draw(self) -> None:
        width = self.content_size.width
        lines = None
        if self.big and width:
            lines = big_lines(self._title, width, max_lines=self.max_lines)
        self.set_class(lines is not None, "-big")
        shown = "\n".join(lines) if lines else self._title
        if shown != self._shown:
            self._shown = shown
            self.update(shown)
