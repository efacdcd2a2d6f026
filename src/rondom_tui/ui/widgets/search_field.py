"""The case list's search field: a typed character shows its rows in one frame.

Textual's `Input` sets its `virtual_size` from `content_width` on every change of its value,
and a new virtual size lays the whole screen out again: at 10,000 cases that layout pass cost
more than the search itself, and it came in a frame of its own before the rows. Here the
content is as wide as the field while the text fits in it, so a typed character changes no
size; a longer text scrolls as in any `Input`.
"""

from __future__ import annotations

from textual import events
from textual.geometry import Size
from textual.widgets import Input


class SearchField(Input):
    """An `Input` whose typed characters lay nothing out (see the module)."""

    @property
    def content_width(self) -> int:
        return max(super().content_width, self.scrollable_content_region.width)

    def on_resize(self, _: events.Resize) -> None:
        # Shown (`/`) or resized: the width the text may take is known only now.
        self.virtual_size = Size(self.content_width, 1)
