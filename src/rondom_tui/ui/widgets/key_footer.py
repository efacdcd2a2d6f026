"""The Footer every screen uses: compact, without the palette label, so that a screen's own
keys fit an 80-column terminal. The app's keys (help, palette, lock) are named in the Header.

Where the keys still do not fit, the Footer shows fewer of them, each whole, and keeps `?` at
the end for the rest (the help screen lists every key). Textual's Footer scrolls sideways
instead, which cuts the last label it can show in the middle of a word ("^l Vergre").
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise
from typing import NamedTuple

from textual.widget import Widget
from textual.widgets import Footer
from textual.widgets._footer import FooterKey, FooterLabel, KeyGroup

HELP_ACTION = "help"
"""The key the Footer keeps when others must go: it opens the list of them all."""

MEASURE_TRIES = 5
"""Refreshes to wait for the keys to be laid out before measuring them as they are."""


class Box(NamedTuple):
    """What one Footer item takes on the line: its own width and its margins. (A NamedTuple,
    cheaper to create than a frozen dataclass, before the unlock screen's first frame.)"""

    width: int
    left: int
    right: int


def line_width(boxes: Sequence[Box]) -> int:
    """The cells a row of boxes paints, with margins between neighbours collapsed (the larger
    of the two counts) as Textual's horizontal layout places them; the last box's right margin
    paints nothing and may fall off the line."""
    if not boxes:
        return 0
    between = sum(max(a.right, b.left) for a, b in pairwise(boxes))
    return boxes[0].left + sum(box.width for box in boxes) + between


def items_that_fit(items: Sequence[Sequence[Box]], width: int, keep: int | None) -> list[bool]:
    """Which items to show on a line of `width` cells: the longest run from the first that fits
    together with the item `keep` (shown whenever it fits at all); the rest is hidden.

    An item is a run of boxes shown or hidden together (a key group and its label)."""
    if keep is not None and line_width(items[keep]) > width:
        keep = None
    shown = [index == keep for index in range(len(items))]
    for index in range(len(items)):
        if index == keep:
            continue
        shown[index] = True
        row = [box for item, show in zip(items, shown, strict=True) if show for box in item]
        if line_width(row) > width:
            shown[index] = False
            break
    return shown


class KeyFooter(Footer):
    """A compact Footer without the command palette label, that never cuts a label."""

    def __init__(self) -> None:
        super().__init__(compact=True, show_command_palette=False)
        self._measured: list[tuple[list[Widget], list[Box]]] = []
        """The Footer's items as composed (each its widgets and their boxes), before hiding."""
        self._composed: tuple[object, ...] | None = None
        """What the keys were made from the last time (see `_keys_shown`)."""

    async def recompose(self) -> None:
        """New keys: measure them once laid out, then hide those that do not fit. Textual asks
        for this on every change of focus or bindings (eight times before the unlock screen's
        first frame, a tenth of its start); keys that are the same are not made again."""
        shown = self._keys_shown()
        if shown is not None and shown == self._composed and self.children:
            return
        self._composed = shown
        self._measured = []
        await super().recompose()
        self.call_after_refresh(self._measure, MEASURE_TRIES)

    def _keys_shown(self) -> tuple[object, ...] | None:
        """Everything `Footer.compose` makes the keys from, or None before the bindings are
        known (then the Footer composes as Textual's does)."""
        if not self._bindings_ready or not self.is_attached:
            return None
        app = self.app
        return (
            self.compact,
            tuple(
                (
                    binding.key,
                    app.get_key_display(binding),
                    binding.description,
                    binding.action,
                    binding.group,
                    enabled,
                    tooltip,
                )
                for (_, binding, enabled, tooltip) in self.screen.active_bindings.values()
                if binding.show
            ),
        )

    def on_resize(self) -> None:
        self._fit()

    def _items(self) -> list[list[Widget]]:
        """The children grouped as they are shown or hidden: a key group with its label."""
        items: list[list[Widget]] = []
        for child in self.children:
            if isinstance(child, FooterLabel) and items and isinstance(items[-1][-1], KeyGroup):
                items[-1].append(child)
            else:
                items.append([child])
        return items

    def _measure(self, tries: int) -> None:
        if not self.is_attached:
            return
        measured = [(item, [_box(widget) for widget in item]) for item in self._items()]
        if tries > 1 and any(box.width == 0 for _, boxes in measured for box in boxes):
            self.call_after_refresh(self._measure, tries - 1)  # not laid out yet
            return
        self._measured = measured
        self._fit()

    def _fit(self) -> None:
        if not self._measured:
            return
        keep = next(
            (
                index
                for index, (item, _) in enumerate(self._measured)
                if isinstance(item[0], FooterKey) and item[0].action == HELP_ACTION
            ),
            None,
        )
        shown = items_that_fit([boxes for _, boxes in self._measured], self.size.width, keep)
        for (item, _), show in zip(self._measured, shown, strict=True):
            for widget in item:
                if widget.display != show:
                    widget.display = show


def _box(widget: Widget) -> Box:
    margin = widget.styles.margin
    return Box(widget.outer_size.width, margin.left, margin.right)
