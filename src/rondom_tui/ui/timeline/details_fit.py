"""The selected event's lines, fitted to the room the details panel has.

The panel under the Tijdlijn has seven lines at 80x24. What the issue asks it to hold (dates,
kind, the source and whether the event is disputed) comes first and is always shown; an
event's "may explain" links come after it and give way when room is short: first each is
shortened to one line, then the ones that do not fit are counted ("Verklaringen: +1 meer").
The note gives way before the links (it is whole in the edit form).

The room is known only when Textual paints the panel (`options.height`), so this is a Rich
renderable that fits itself there; measured without a height, it is every line.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from rich.console import Console, ConsoleOptions, RenderResult
from rich.text import Text


def one_line(text: Text, width: int) -> Text:
    """`text` on one line of `width` cells, shortened with an ellipsis where it must be."""
    line = Text(" ").join(text.split("\n"))
    line.truncate(width, overflow="ellipsis")
    return line


@dataclass(frozen=True, slots=True)
class FittedDetails:
    """`head` always (each text wrapped to the width), then `links`, then `note`, as many of
    their lines as `options.height` leaves; `more(n)` says how many links did not fit."""

    head: Sequence[Text]
    links: Sequence[Text]
    note: Text | None
    more: Callable[[int], Text]

    def lines(self, console: Console, width: int, room: int | None) -> list[Text]:
        """The lines to paint at `width`, at most `room` of them (every line when None)."""

        def wrapped(texts: Sequence[Text]) -> list[Text]:
            return [line for text in texts for line in text.wrap(console, width)]

        head = wrapped(self.head)
        links = wrapped(self.links)
        note = wrapped([self.note]) if self.note is not None else []
        if room is None or len(head) + len(links) + len(note) <= room:
            return head + links + note
        left = max(room - len(head), 0)
        if len(links) > left:  # each link on one line, then count the rest
            links = [one_line(link, width) for link in self.links]
            if len(links) > left:
                shown = max(left - 1, 0)
                counted = [one_line(self.more(len(links) - shown), width)] if left else []
                links = links[:shown] + counted
        return (head + links + note[: max(left - len(links), 0)])[:room]

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        lines = self.lines(console, options.max_width, options.height)
        yield Text("\n").join(lines)
