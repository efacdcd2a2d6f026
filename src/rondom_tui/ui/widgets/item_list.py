"""A keyboard list of items inside a form (parties, consents, goals): add, edit, remove."""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual.binding import Binding, BindingType
from textual.message import Message
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from rondom_tui.i18n import t


class ItemList(OptionList):
    """Shows one line per item; posts requests, the form screen does the editing."""

    DEFAULT_CSS = """
    ItemList {
        height: auto;
        min-height: 3;
        max-height: 10;
        margin: 0 1;
    }
    """
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("a,insert", "add", "items.key.add", id="items.add"),
        Binding("enter", "edit", "items.key.edit", id="items.edit"),
        Binding("delete,x", "remove", "items.key.remove", id="items.remove"),
    ]

    class Requested(Message):
        """The user wants to add (index None), edit or remove an item of list `kind`."""

        def __init__(self, item_list: ItemList, action: str, index: int | None) -> None:
            super().__init__()
            self.item_list = item_list
            self.action = action
            self.index = index

        @property
        def control(self) -> ItemList:
            return self.item_list

    def __init__(self, kind: str, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.kind = kind
        """Which list this is: ``parties``, ``consents`` or ``goals``."""
        self._shown: int | None = None
        """How many items `show_items` showed last (None before the first time)."""

    def show_items(self, lines: list[str]) -> None:
        """Replace the shown lines (an empty list shows a hint). An item just added is
        highlighted and brought into view: at 80x24 a list near the bottom of a form grew
        below the screen (found by the meeting story in tmux)."""
        keep = self.highlighted
        added = self._shown is not None and len(lines) == self._shown + 1
        self._shown = len(lines)
        self.clear_options()
        if lines:
            self.add_options([Option(Text(line)) for line in lines])  # plain text, never markup
            self.highlighted = len(lines) - 1 if added else min(keep or 0, len(lines) - 1)
        else:
            self.add_option(Option(t("items.empty"), disabled=True))
        if added:
            self.call_after_refresh(self.scroll_visible, animate=False)

    def _index(self) -> int | None:
        index = self.highlighted
        if index is None or self.get_option_at_index(index).disabled:
            return None
        return index

    def action_add(self) -> None:
        self.post_message(self.Requested(self, "add", None))

    def action_edit(self) -> None:
        index = self._index()
        if index is not None:
            self.post_message(self.Requested(self, "edit", index))

    def action_remove(self) -> None:
        index = self._index()
        if index is not None:
            self.post_message(self.Requested(self, "remove", index))
