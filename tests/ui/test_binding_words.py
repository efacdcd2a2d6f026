"""Textual's own key words (tab on every screen, a Select's menu) in the chosen language."""

from __future__ import annotations

import pytest
from textual.app import App, ComposeResult
from textual.screen import Screen
from textual.widgets import Footer, Select, Static

from rondom_tui.i18n import set_language
from rondom_tui.store.repository import Store
from rondom_tui.ui.bindings import Translated
from rondom_tui.ui.screens.help import HelpScreen
from tests.ui.conftest import app_on

WORDS = [
    ("nl", "Volgend veld", "Vorig veld", "Keuzelijst openen", "Keuzelijst sluiten"),
    ("en", "Next field", "Previous field", "Open the list", "Close the list"),
]
TEXTUAL_WORDS = ("Focus Next", "Focus Previous", "Show menu", "Dismiss menu")


class _ChoiceScreen(Translated, Screen[None]):
    def compose(self) -> ComposeResult:
        yield Static("Kies", markup=False)
        yield Select([("een", 1), ("twee", 2)], allow_blank=False, id="choice")
        yield Footer()


class _ChoiceApp(App[None]):
    def on_mount(self) -> None:
        self.push_screen(_ChoiceScreen())


def _descriptions(screen: Screen[object]) -> set[str]:
    return {active.binding.description for active in screen.active_bindings.values()}


@pytest.mark.parametrize(("lang", "next_field", "previous_field", "open_list", "close_list"), WORDS)
async def test_tab_words_in_the_help_follow_the_language(
    store: Store, lang: str, next_field: str, previous_field: str, open_list: str, close_list: str
) -> None:
    set_language(lang)
    async with app_on(store).run_test(size=(100, 40)) as pilot:
        await pilot.press("question_mark")
        assert isinstance(pilot.app.screen, HelpScreen)
        widget = pilot.app.screen.query_one("#help-keys", Static)
        text = "\n".join(s.text for s in widget.render_lines(widget.region.reset_offset))
        assert next_field in text and previous_field in text
        assert not any(words in text for words in TEXTUAL_WORDS)


@pytest.mark.parametrize(("lang", "next_field", "previous_field", "open_list", "close_list"), WORDS)
async def test_a_selects_menu_words_follow_the_language(
    lang: str, next_field: str, previous_field: str, open_list: str, close_list: str
) -> None:
    set_language(lang)
    app = _ChoiceApp()
    async with app.run_test(size=(80, 12)) as pilot:
        screen = app.screen
        screen.query_one(Select).focus()
        await pilot.pause()
        words = _descriptions(screen)
        assert {next_field, previous_field, open_list} <= words
        await pilot.press("enter")  # opens the menu, which takes the focus
        for _ in range(3):
            await pilot.pause()
        words = _descriptions(screen)
        assert close_list in words and not words & set(TEXTUAL_WORDS)
        footer = [str(key.render()) for key in screen.query("FooterKey")]
        assert any(close_list in shown for shown in footer), footer
        assert not any("Dismiss menu" in shown for shown in footer)
