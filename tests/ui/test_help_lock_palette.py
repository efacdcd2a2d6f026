"""Help lists the screen's keys; ctrl+l locks; the palette offers every action of the screen."""

from __future__ import annotations

import inspect

import pytest
from textual.command import CommandInput, CommandList, CommandPalette
from textual.widgets import Input, Label, Static

from rondom_tui.domain.models import AuditAction
from rondom_tui.i18n import set_language
from rondom_tui.store.repository import Store
from rondom_tui.ui.commands import Palette, ScreenActions
from rondom_tui.ui.modals.identity import IdentityModal
from rondom_tui.ui.screens.case_list import CaseListScreen
from rondom_tui.ui.screens.help import HelpScreen
from rondom_tui.ui.screens.lock import LockScreen
from tests.conftest import PASSPHRASE, SECRET_NAME, secret_case
from tests.ui.conftest import app_on, settle, type_text
from tests.ui.screen_text import screen_text


async def test_question_mark_lists_the_keys_of_the_screen(store: Store) -> None:
    async with app_on(store).run_test(size=(100, 30)) as pilot:
        await pilot.press("question_mark")
        assert isinstance(pilot.app.screen, HelpScreen)
        widget = pilot.app.screen.query_one("#help-keys", Static)
        text = "\n".join(s.text for s in widget.render_lines(widget.region.reset_offset))
        for words in ("Nieuw", "Open", "Zoek", "Filter", "Vergrendelen"):
            assert words in text
        await pilot.press("escape")
        assert isinstance(pilot.app.screen, CaseListScreen)


async def test_ctrl_l_locks_until_the_passphrase_is_typed(store: Store) -> None:
    store.cases.add(secret_case())
    async with app_on(store).run_test(size=(100, 30)) as pilot:
        assert SECRET_NAME in pilot.app.export_screenshot()
        await pilot.press("ctrl+l")
        await settle(pilot)
        assert isinstance(pilot.app.screen, LockScreen)
        assert SECRET_NAME not in pilot.app.export_screenshot()  # an in-memory SVG of the screen
        await pilot.press("q", "n")  # typed into the field, not acting on the list below
        assert isinstance(pilot.app.screen, LockScreen)
        pilot.app.screen.query_one("#passphrase", Input).value = "fout fout fout"
        await pilot.press("enter")
        for _ in range(100):
            if "onjuist" in str(pilot.app.screen.query_one("#unlock-error", Label).render()):
                break
            await pilot.pause(0.05)
        assert isinstance(pilot.app.screen, LockScreen)
        await type_text(pilot, PASSPHRASE)
        await pilot.press("enter")
        for _ in range(100):
            if isinstance(pilot.app.screen, CaseListScreen):
                break
            await pilot.pause(0.05)
        assert isinstance(pilot.app.screen, CaseListScreen)
    assert AuditAction.LOCK in [e.action for e in store.audit.entries()]


async def test_idle_sessions_lock_themselves(store: Store) -> None:
    app = app_on(store)
    async with app.run_test(size=(100, 30)) as pilot:
        app._idle_lock_seconds = 0.01
        await pilot.pause(0.05)
        app._check_idle()
        await pilot.pause()
        assert isinstance(pilot.app.screen, LockScreen)


async def test_the_palette_offers_the_screen_actions_with_their_keys(store: Store) -> None:
    async with app_on(store).run_test(size=(100, 30)) as pilot:
        provider = ScreenActions(pilot.app.screen)
        names = [(name, help_text) for name, help_text, _ in provider._commands()]
        assert ("Nieuw", "toets: n") in names
        assert any(name == "Zoek" for name, _ in names)
        assert not any("Screenshot" in name for name, _ in names)
        system = [c.title for c in pilot.app.get_system_commands(pilot.app.screen)]
        assert "Thema" in system and not any("Screenshot" in s for s in system)
        await pilot.press("ctrl+p")
        assert isinstance(pilot.app.screen, CommandPalette)
        await pilot.press("escape")


async def test_bindings_follow_the_language(store: Store) -> None:
    set_language("en")
    async with app_on(store).run_test(size=(100, 30)) as pilot:
        descriptions = {b.binding.description for b in pilot.app.screen.active_bindings.values()}
        assert {"New", "Search", "Lock"} <= descriptions
        assert "Nieuw" not in descriptions


async def test_help_shows_no_untranslated_textual_words(store: Store) -> None:
    from textual.widgets import Input

    async with app_on(store).run_test(size=(100, 30)) as pilot:
        await pilot.press("n")  # a form: a text field has the focus, with Textual's own keys
        assert isinstance(pilot.app.focused, Input)
        await pilot.press("f1")
        assert isinstance(pilot.app.screen, HelpScreen)
        widget = pilot.app.screen.query_one("#help-keys", Static)
        text = "\n".join(s.text for s in widget.render_lines(widget.region.reset_offset))
        assert "Opslaan" in text and "Annuleren" in text
        for english in ("Move cursor", "Scroll", "Page Left", "Delete", "Focus Next"):
            assert english not in text


# -- the palette in the user's language; nothing but unlock and quit while locked ---------


async def test_the_palette_speaks_the_users_language(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(Palette, "NO_MATCHES_DELAY", 0.01)
    async with app_on(store).run_test(size=(100, 30)) as pilot:
        await pilot.press("ctrl+p")
        assert isinstance(pilot.app.screen, Palette)
        assert pilot.app.screen.query_one(CommandInput).placeholder == "Zoek een opdracht…"
        await type_text(pilot, "xqzzqx")
        found = pilot.app.screen.query_one(CommandList)
        for _ in range(100):  # the search runs in a worker: wait for its verdict
            if found.option_count == 1 and found.get_option_at_index(0).disabled:
                break
            await pilot.pause(0.05)
        listed = str(found.get_option_at_index(0).prompt)
        assert "Geen opdracht gevonden" in listed and "No matches" not in listed
        await pilot.press("escape")
        pilot.app.search_themes()
        await pilot.pause()
        assert pilot.app.screen.query_one(CommandInput).placeholder == "Zoek een thema…"


def test_the_palette_still_finds_the_textual_names_it_replaces() -> None:
    """`Palette` replaces a private method of Textual's palette to say "no matches" in the
    user's language; when Textual renames it or what it uses, this fails before users see
    English."""
    source = inspect.getsource(CommandPalette)
    for name in ("_start_no_matches_countdown", "_stop_no_matches_countdown", "_NO_MATCHES"):
        assert hasattr(CommandPalette, name), name
    assert "_no_matches_timer" in source and "_list_visible" in source
    assert "self._start_no_matches_countdown(" in source  # Textual still calls it


async def test_a_locked_session_offers_only_unlock_and_quit(store: Store) -> None:
    async with app_on(store).run_test(size=(100, 30)) as pilot:
        await pilot.press("ctrl+l")
        await settle(pilot)
        assert isinstance(pilot.app.screen, LockScreen)
        text = screen_text(pilot.app)
        assert "druk op enter om verder te gaan, of op ctrl+q om af te sluiten" in " ".join(
            text.replace("│", " ").split()
        )
        shown = [b for b in pilot.app.screen.active_bindings.values() if b.binding.show]
        assert not [b for b in shown if b.enabled and b.node is pilot.app]  # no palette, ?, lock
        await pilot.press("ctrl+p", "f1", "ctrl+l")
        pilot.app.action_identity()  # the palette's "my bundle key", had it opened
        await pilot.pause()
        assert isinstance(pilot.app.screen, LockScreen)
        assert not isinstance(pilot.app.screen, Palette | HelpScreen | IdentityModal)
