"""Translated key bindings.

`BINDINGS` are class attributes, made before the user's language is known, so their
descriptions are message ids (``"caselist.key.new"``). `Translated` swaps each id for its text
in the current language when a screen or widget is created; the Footer, the help screen and
the command palette then all show the same words.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from textual.binding import Binding

from rondom_tui.i18n import catalog, t


def translate_binding(binding: Binding) -> Binding:
    changes: dict[str, Any] = {}
    if binding.description in catalog():
        changes["description"] = t(binding.description)
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
        bindings = self._bindings  # type: ignore[attr-defined]
        for key, items in bindings.key_to_bindings.items():
            bindings.key_to_bindings[key] = [translate_binding(b) for b in items]
