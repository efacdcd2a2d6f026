"""Key bindings in the user's language.

`BINDINGS` are class attributes, made before the user's language is known, so their
descriptions are message ids (``"caselist.key.new"``). A `Translated` screen gives out its
bindings in words through `Screen.active_bindings`, the public property from which the Footer,
the help screen (`?`), the command palette and Textual's key panel all read: one place, so all
of them show the same words. It translates every binding active on the screen, Textual's own
too (tab on every screen, a Select's menu), and leaves the bindings themselves alone, so a
user's keymap (`ui.keymap`) still finds them by id.
"""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache
from typing import Any

from textual.binding import ActiveBinding, Binding

from rondom_tui.i18n import catalog, current_language, t

TEXTUAL_DESCRIPTIONS = {
    "Focus Next": "common.key.focus_next",
    "Focus Previous": "common.key.focus_previous",
    "Show menu": "common.key.show_menu",
    "Dismiss menu": "common.key.dismiss_menu",
}
"""Descriptions of Textual's own bindings that our help and Footer show -> catalog ids."""


def translate_binding(binding: Binding) -> Binding:
    """`binding` with its description, tooltip and group in the current language."""
    return _translated(binding, current_language())


@lru_cache(maxsize=1024)
def _translated(binding: Binding, lang: str) -> Binding:
    # `lang` is part of the cache key only: `t` translates to the current language.
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
    """Mixin for our screens and modals (before `Screen` in the bases): their active bindings
    come out in words."""

    @property
    def active_bindings(self) -> dict[str, ActiveBinding]:
        translated = {}
        bindings: dict[str, ActiveBinding] = super().active_bindings  # type: ignore[misc]
        for key, active in bindings.items():
            binding = translate_binding(active.binding)
            translated[key] = active._replace(binding=binding, tooltip=binding.tooltip)
        return translated
