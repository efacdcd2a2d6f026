"""The actions (actiepunten) of an assessment: add, edit, remove, tick done with space, and
make one an item of the case's plan with `p`."""

from __future__ import annotations

from typing import ClassVar

from textual.binding import Binding, BindingType

from rondom_tui.ui.widgets.item_list import ItemList


class ActionList(ItemList):
    """An `ItemList` that also asks for an action to be ticked done (``done``)."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("space", "toggle_done", "assessment.actions.key.done", id="actions.done"),
        Binding("delete", "remove", "items.key.remove", id="actions.remove"),
        Binding("p", "to_plan", "plan.assessment.key.to_plan", id="actions.to_plan"),
        # `x` removes in a form's list; here it must stay the screen's export key.
        Binding("x", "screen.export", show=False, id="actions.export"),
    ]

    def action_to_plan(self) -> None:
        """`p`: the highlighted action becomes an item of the case's plan."""
        index = self._index()
        if index is not None:
            self.post_message(self.Requested(self, "plan", index))

    def action_toggle_done(self) -> None:
        index = self.highlighted
        if index is not None and not self.get_option_at_index(index).disabled:
            self.post_message(self.Requested(self, "done", index))
