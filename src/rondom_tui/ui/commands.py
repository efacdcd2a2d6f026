"""The command palette: every key binding of the screen at hand, searchable by its words.

The palette follows the active screen: what the Footer shows (and what it hides for lack of
room) can be found and run from `ctrl+p` as well, with the key shown next to it. `Palette` is
Textual's palette speaking the user's language: its placeholders and its "no matches" line.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import ClassVar

from rich.align import Align
from rich.text import Text
from textual.command import (
    CommandList,
    CommandPalette,
    DiscoveryHit,
    Hit,
    Hits,
    Provider,
    ProviderSource,
)
from textual.widgets.option_list import Option

from rondom_tui.i18n import t


class Palette(CommandPalette):
    """Textual's command palette with its words translated: "Zoek een opdracht…" (or the
    placeholder given) and "Geen opdracht gevonden".

    Textual writes "No matches found" inside a private method, so that method is replaced here
    by one that does the same in our words; `tests/ui/test_help_lock_palette.py` fails when
    Textual renames it or the names it uses."""

    NO_MATCHES_DELAY: ClassVar[float] = 0.5
    """Seconds of searching without a hit before saying so (Textual's own delay)."""

    def __init__(
        self,
        providers: ProviderSource | None = None,
        *,
        placeholder: str | None = None,
        id: str | None = None,
    ) -> None:
        super().__init__(providers, placeholder=placeholder or t("palette.placeholder"), id=id)

    def _start_no_matches_countdown(self, search_value: str) -> None:
        self._stop_no_matches_countdown()

        def show_no_matches() -> None:
            if search_value:  # an empty search lists what there is; nothing to say
                self.query_one(CommandList).add_option(
                    Option(
                        Align.center(Text(t("palette.no_matches"), style="not bold")),
                        disabled=True,
                        id=self._NO_MATCHES,
                    )
                )
            self._list_visible = bool(search_value)

        self._no_matches_timer = self.set_timer(self.NO_MATCHES_DELAY, show_no_matches)


class NamedCommands(Provider):
    """A provider of (name, help, callback) commands, found by their names."""

    def _commands(self) -> list[tuple[str, str, Callable[[], object]]]:
        raise NotImplementedError

    async def discover(self) -> Hits:
        for name, help_text, callback in self._commands():
            yield DiscoveryHit(name, callback, help=help_text)

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for name, help_text, callback in self._commands():
            score = matcher.match(name)
            if score > 0:
                yield Hit(score, matcher.highlight(name), callback, help=help_text)


class ScreenActions(NamedCommands):
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
