"""The command palette: every key binding of the screen at hand, searchable by its words.

The palette follows the active screen: what the Footer shows (and what it hides for lack of
room) can be found and run from `ctrl+p` as well, with the key shown next to it.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from textual.command import DiscoveryHit, Hit, Hits, Provider

from rondom_tui.i18n import t


class ScreenActions(Provider):
    """Commands for the bindings that are active where the palette was opened."""

    def _commands(self) -> list[tuple[str, str, Callable[[], object]]]:
        seen: set[tuple[int, str]] = set()
        commands = []
        for key, active in self.screen.active_bindings.items():
            binding = active.binding
            if not binding.description or not active.enabled:
                continue
            if binding.action in {"command_palette", "app.command_palette"}:
                continue
            ident = (id(active.node), binding.action)
            if ident in seen:
                continue
            seen.add(ident)
            shown_key = binding.key_display or self.app.get_key_display(binding)
            help_text = t("palette.key_help", key=shown_key or key)
            commands.append(
                (binding.description, help_text, partial(active.node.run_action, binding.action))
            )
        commands.sort(key=lambda c: c[0].lower())
        return commands

    async def discover(self) -> Hits:
        for name, help_text, callback in self._commands():
            yield DiscoveryHit(name, callback, help=help_text)

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for name, help_text, callback in self._commands():
            score = matcher.match(name)
            if score > 0:
                yield Hit(score, matcher.highlight(name), callback, help=help_text)
