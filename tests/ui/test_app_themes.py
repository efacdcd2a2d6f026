"""Themes are data files registered at start; the default is used unless another is asked."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from textual.color import Color
from textual.css.stylesheet import Stylesheet

from rondom_tui.store.envelope import FAST_KDF
from rondom_tui.store.preferences import read_preferences, remember
from rondom_tui.store.repository import Store
from rondom_tui.ui.screens.unlock import UnlockScreen
from rondom_tui.ui.themes import DEFAULT_THEME, load_themes
from tests.conftest import PASSPHRASE
from tests.ui.conftest import app_at, app_on


def test_theme_files_are_found_and_parsed() -> None:
    names = {theme.name for theme in load_themes()}
    assert {"rondom", "rondom-licht"} <= names


async def test_the_default_theme_is_registered_and_used(store: Store) -> None:
    async with app_on(store).run_test(size=(80, 24)) as pilot:
        assert pilot.app.theme == DEFAULT_THEME
        assert "rondom-licht" in pilot.app.available_themes


async def test_another_theme_can_be_chosen(store: Store) -> None:
    async with app_on(store, theme="rondom-licht").run_test(size=(80, 24)) as pilot:
        assert pilot.app.theme == "rondom-licht"


async def test_an_unknown_theme_falls_back_to_the_default(store: Store) -> None:
    async with app_on(store, theme="bestaat-niet").run_test(size=(80, 24)) as pilot:
        assert pilot.app.theme == DEFAULT_THEME


async def test_the_remembered_theme_opens_and_the_asked_one_wins(store: Store) -> None:
    remember(theme="rondom-contrast")
    async with app_on(store).run_test(size=(80, 24)) as pilot:
        assert pilot.app.theme == "rondom-contrast"
    async with app_on(store, theme="rondom-beamer").run_test(size=(80, 24)) as pilot:
        assert pilot.app.theme == "rondom-beamer"
    assert read_preferences().theme == "rondom-contrast"  # --theme is for one run


async def test_a_theme_chosen_in_the_app_is_remembered(store: Store) -> None:
    async with app_on(store).run_test(size=(80, 24)) as pilot:
        pilot.app.theme = "rondom-beamer"
        await pilot.pause()
    for thread in threading.enumerate():
        if thread.name == "rondom-preferences":
            thread.join(timeout=10)
    assert read_preferences().theme == "rondom-beamer"
    async with app_on(store).run_test(size=(80, 24)) as pilot:
        assert pilot.app.theme == "rondom-beamer"


def _background(name: str) -> Color:
    theme = next(each for each in load_themes() if each.name == name)
    assert theme.background is not None
    return Color.parse(theme.background)


async def test_the_starting_theme_is_drawn_without_reparsing_every_sheet(
    store_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Textual's theme watcher queues a reparse of every sheet; the app gives the stylesheet
    # the theme's variables itself and skips it (ui/app.py `refresh_css`).
    Store.create(store_path, PASSPHRASE, kdf=FAST_KDF).close()
    reparsed: list[bool] = []
    reparse = Stylesheet.reparse

    def spied(self: Stylesheet) -> None:
        reparsed.append(True)
        reparse(self)

    monkeypatch.setattr(Stylesheet, "reparse", spied)
    app = app_at(store_path, theme="rondom-licht")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert isinstance(pilot.app.screen, UnlockScreen)
        assert pilot.app.screen.styles.background == _background("rondom-licht")
        assert pilot.app.has_class("-light-mode", "-theme-rondom-licht")
    app.close_store()
    assert reparsed == []


@pytest.mark.parametrize("starting", ["rondom", "textual-dark"])
async def test_a_theme_chosen_after_start_is_drawn(store: Store, starting: str) -> None:
    async with app_on(store, theme=starting).run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        pilot.app.theme = "rondom-licht"
        await pilot.pause()
        assert pilot.app.screen.styles.background == _background("rondom-licht")
