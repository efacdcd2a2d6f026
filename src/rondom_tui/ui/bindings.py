"""Translated key bindings.

`BINDINGS` are class attributes, made before the user's language is known, so their
descriptions are message ids (``"caselist.key.new"``). `Translated` swaps each id for its text
in the current language when a screen or widget is created; the Footer, the help screen and
the command palette then all show the same words. A few of Textual's own bindings (tab on
every screen, a Select's menu) are translated too: a Translated screen translates those of the
Textual widget that gets the focus, since that widget is made by Textual, not by us.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from textual import events
from textual.binding import Binding
from textual.dom import DOMNode

from rondom_tui.i18n import catalog, t

TEXTUAL_DESCRIPTIONS = {
    "Focus Next": "common.key.focus_next",
    "Focus Previous": "common.key.focus_previous",
    "Show menu": "common.key.show_menu",
    "Dismiss menu": "common.key.dismiss_menu",
}
"""Descriptions of Textual's own bindings that our help and Footer show -> catalog ids."""


def translate_binding(binding: Binding) -> Binding:
    changes: dict[str, Any] = {}
    message_id = TEXTUAL_DESCRIPTIONS.get(binding.description, binding.description)
    if message_id in catalog():
        changes["description"] = t(message_id)
    if binding.tooltip in catalog():
        changes["tooltip"] = t(binding.tooltip)
    if binding.group is not None and binding.group.description in catalog():
        # A group's words stand in the Footer for all its keys (1-5: "score geven").
        changes["group"] = replace(binding.group, description=t(binding.group.description))
    return replace(binding, **changes) if changes else binding


class Translated:
    """Mixin for screens and widgets whose binding descriptions are message ids."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        # Textual copies the class bindings per node in `_bindings`; translating that copy is
        # the only place where the text can follow the language chosen at start.
        _translate_bindings_of(self)  # type: ignore[arg-type]

    def on_descendant_focus(self, event: events.DescendantFocus) -> None:
        # Textual's widgets (a Select and the menu it opens) are not Translated: their words
        # are translated when they get the focus, before the Footer or the help shows them.
        changed = False
        for node in event.widget.ancestors_with_self:
            if node is self or isinstance(node, Translated):
                break
            changed = _translate_bindings_of(node) or changed
        if changed:
            event.widget.refresh_bindings()


def _translate_bindings_of(node: DOMNode) -> bool:
    """Translate `node`'s own copy of its bindings; True when a description changed."""
    changed = False
    bindings = node._bindings
    for key, items in bindings.key_to_bindings.items():
        translated = [translate_binding(b) for b in items]
        changed = changed or translated != items
        bindings.key_to_bindings[key] = translated
    return changed
