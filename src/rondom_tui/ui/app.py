"""The rondom application: opens (or creates) a store, then shows the case list.

The app owns the open `Store` and one FIFO save queue (`store_call`): every change is saved in
a background thread in the order it was made (the UI never waits on the disk or the KDF, a
later save never overtakes an earlier one; the screen in front hears of it: `DataSaved`). It
holds privacy mode and keymap (`ui.keymap`); typed-ahead keys wait for it (`ui.type_ahead`).

The first screens (unlock, store in use, lock, help) are imported at the top, every other
through `ui.screens`, which loads it when first shown: the unlock screen appears without the
Tijdlijn, reports, bundles and pyrage loaded. The store itself, the case list and the palette's
store commands are not loaded before the unlock screen either: `ui.deferred` names them and
loads them in a thread once that screen is drawn. Nothing under ui/ imports inside a function.
"""

from __future__ import annotations

import concurrent.futures
import gc
import importlib
import os
import time
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from rich.text import Text
from textual.app import App, SystemCommand
from textual.binding import Binding, BindingType
from textual.command import Provider
from textual.reactive import Reactive, reactive, var
from textual.screen import Screen
from textual.theme import ThemeProvider
from textual.timer import Timer

from rondom_tui.domain.errors import RondomError
from rondom_tui.i18n import t
from rondom_tui.store.errors import StoreError, StoreLocked
from rondom_tui.store.layout import DEFAULT_KDF, KdfParams
from rondom_tui.store.lock import StoreLock
from rondom_tui.store.preferences import user_keymap_file
from rondom_tui.store.store_file import peek_header
from rondom_tui.ui import deferred, screens
from rondom_tui.ui.commands import Palette, ScreenActions
from rondom_tui.ui.save_queue import SaveQueue
from rondom_tui.ui.save_state import SaveState
from rondom_tui.ui.screens.unlock import UnlockScreen
from rondom_tui.ui.session import SessionEnd
from rondom_tui.ui.themes import RememberedTheme, load_themes
from rondom_tui.ui.type_ahead import TypeAhead

if TYPE_CHECKING:
    from rondom_tui.store.repository import Store

R = TypeVar("R")

DEFAULT_IDLE_LOCK_MINUTES = 10

SAVING_SHOWN_AFTER = 1.0
"""Seconds a save may take before the Header says "… opslaan": a quick save goes from "✓ bewaard"
to "✓ bewaard" and draws nothing, so a score in a meeting stays one frame."""


def _store_commands() -> type[Provider]:
    """The palette's commands on the store, loaded when the palette first opens (Textual
    accepts such a function in `COMMANDS`): none of them is offered before the store is open."""
    return deferred.StoreCommands


def _started() -> None:
    """After the first frame: when the garbage collector was paused for start-up (by
    `rondom_tui.cli.main`), keep what start-up made out of every later collection (it lives
    as long as the program) and switch the collector on. A collector that is on (tests, a
    program that embeds the app) is left alone."""
    if not gc.isenabled():
        gc.freeze()
        gc.enable()


class RondomApp(SaveQueue, SessionEnd, TypeAhead, App[int]):
    """Case files, the Tijdlijn and the seven keys, for one store."""

    # The unlock screen's and the case list's sheets too: read with the app's, each spares a
    # parse of every sheet when its screen is pushed (the first frame comes about 3 ms sooner,
    # the list after the unlock about 10 ms); the screens still name them.
    CSS_PATH: ClassVar[list[str]] = ["app.tcss", "screens/unlock.tcss", "screens/case_list.tcss"]
    TITLE = "rondom"
    COMMANDS: ClassVar[set[Any]] = {ScreenActions, _store_commands, *App.COMMANDS}
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("ctrl+q", "quit", "app.key.quit", show=False, priority=True, id="app.quit"),
        Binding("ctrl+c", "help_quit", show=False, system=True, id="app.quit_hint"),
        # priority: a dialog (a ModalScreen) hides the app's other keys, and locking must
        # work from every dialog; no text field uses ctrl+l.
        Binding("ctrl+l", "lock", "app.key.lock", priority=True, id="app.lock"),
        Binding("f1,question_mark", "help", "app.key.help", key_display="?", id="app.help"),
    ]

    sub_title: Reactive[str] = Reactive("", compute=False, repaint=False)
    """The Header's middle: the app's keys. Not `repaint`: Textual's own `sub_title` redraws
    the whole screen on every change; the Header watches it and redraws just its line."""

    save_state: var[SaveState] = var(SaveState.NONE)
    """Whether this session's changes are on disk: the Header's save mark follows it (on the
    screen in front only, so a change redraws nine cells, `AppHeader`)."""

    privacy_mode: reactive[bool] = reactive(False)
    """Show case codes instead of children's names everywhere; screens follow it."""

    def __init__(
        self,
        store_path: Path,
        *,
        store: Store | None = None,
        theme: str | None = None,
        idle_lock_minutes: float = DEFAULT_IDLE_LOCK_MINUTES,
        new_store_kdf: KdfParams = DEFAULT_KDF,
        keymap_file: Path | None = None,
        end_on_hangup: bool = False,
    ) -> None:
        super().__init__()
        self.store_path = store_path
        """The store file this session works on."""
        self.store: Store | None = store
        """The unlocked store, or None before unlocking."""
        self.file_lock = StoreLock(store_path) if store is None else None
        """The session lock, taken before the passphrase is asked."""
        self.new_store_kdf = new_store_kdf
        """Key derivation cost for a store created from the app."""
        self.keymap_file = keymap_file or user_keymap_file()
        """The user's own keys (TOML), read at start when it exists."""
        # Chosen before the first screen: in `on_mount`, Textual parsed every style sheet twice.
        for each in load_themes():
            self.register_theme(each)
        self.remembered = RememberedTheme()
        """The theme of the last session, and where a newly chosen one is written."""
        before = self.theme
        self.theme = self.remembered.starting_theme(theme, self.available_themes)
        # Textual's theme watcher queues a whole `refresh_css` (a reparse of every sheet, 2 ms
        # before the first frame) for a stylesheet that has not been parsed yet: it is given
        # the theme's variables now, and that one refresh is skipped (`refresh_css`).
        self._css_has_theme = self.theme != before
        if self._css_has_theme:
            self.stylesheet.set_variables(self.get_css_variables())
        self._idle_lock_seconds = idle_lock_minutes * 60
        self._last_activity = time.monotonic()
        self._saver: concurrent.futures.ThreadPoolExecutor | None = None
        """The save queue: one thread, started with the first save (`concurrent.futures` loads
        its thread pool on first use, which the unlock screen's first frame does without)."""
        self._pending: set[concurrent.futures.Future[Any]] = set()
        self.saving_shown_after = SAVING_SHOWN_AFTER
        """Seconds before a save still under way is told in the Header."""
        self._saving_timer: Timer | None = None
        self._save_failed = False
        """A job on the save queue failed since the queue was last empty."""
        self._quitting = False
        self._end_on_hangup = end_on_hangup

    # -- start ------------------------------------------------------------------------

    def refresh_css(self, animate: bool = True) -> None:
        if self._css_has_theme:  # the one queued by choosing the theme in `__init__`
            self._css_has_theme = False
            return
        super().refresh_css(animate)

    def get_default_screen(self) -> Screen[Any]:
        return Screen(id="_default")

    def on_mount(self) -> None:
        # The app's own keys, in the Header of every screen: the Footers hold the screen's keys.
        self.sub_title = t("app.key_hint")
        self._apply_keymap()
        if self._end_on_hangup:
            self.end_on_hangup()
        self.theme_changed_signal.subscribe(self, lambda theme: self.remembered.keep(theme.name))
        if self._idle_lock_seconds > 0:
            self.set_interval(15, self._check_idle)
        if self.store is not None:
            self.show_cases()
        else:
            self.push_screen(self._entry_screen())
        self.call_after_refresh(_started)

    def _apply_keymap(self) -> None:
        """Remap keys as the user's keymap file says; what cannot be used is told in one line.

        Checking the file's ids loads every screen (their bindings are the ids): only when there
        is a file, so that a start without one stays light."""
        if not self.keymap_file.exists():
            return
        keymap = deferred.read_keymap(self.keymap_file, deferred.known_binding_ids())
        if keymap.keys:
            self.set_keymap(keymap.keys)
        if keymap.problems:
            self.notify(keymap.report(self.keymap_file), severity="warning", timeout=15)

    def _entry_screen(self) -> Screen[Any]:
        if not self.store_path.exists():
            return screens.CreateStoreScreen(self.store_path)
        try:
            header = peek_header(self.store_path)
        except StoreError as exc:
            return screens.StoreProblemScreen(exc)
        assert self.file_lock is not None
        try:
            self.file_lock.acquire()
        except StoreLocked as exc:
            return screens.StoreInUseScreen(exc)
        except OSError:
            return screens.StoreProblemScreen(StoreError())
        return UnlockScreen(self.store_path, demo=header.is_demo)

    def retry_entry(self) -> None:
        """Try opening the store again (after it was in use, for example)."""
        self.switch_screen(self._entry_screen())

    def store_opened(self, store: Store) -> None:
        """Called by the unlock and create screens with the unlocked store."""
        self.store = store
        self.save_state = SaveState.NONE
        self.show_cases()

    def show_cases(self) -> None:
        if len(self.screen_stack) > 1:
            self.switch_screen(screens.CaseListScreen())
        else:
            self.push_screen(screens.CaseListScreen())

    def close_store(self) -> None:
        """Finish pending saves, then release the store and its lock."""
        self.finish_saves()
        if self.store is not None:
            self.store.close()
            self.store = None
        if self.file_lock is not None:
            self.file_lock.release()

    # -- between the assessment screens -------------------------------------------------

    # Handled by name (`AssessmentScreen.MeetingRequested`): importing the class for `@on`
    # would load the assessment screens at start.

    def on_assessment_screen_meeting_requested(self, request: Any) -> None:
        if self.screen is request.screen:  # not when it was left in the meantime
            self.switch_screen(screens.MeetingScreen(request.assessment, key=request.key))

    def on_assessment_screen_summary_requested(self, request: Any) -> None:
        if self.screen is request.screen:
            self.switch_screen(screens.AssessmentSummaryScreen(request.assessment))

    # -- help and commands ------------------------------------------------------------

    def action_command_palette(self) -> None:
        """Textual's palette in the user's language; not while the session is locked."""
        if (
            self.use_command_palette
            and not Palette.is_open(self)
            and self.check_action("command_palette", ())
        ):
            self.push_screen(Palette(id="--command-palette"))

    def search_themes(self) -> None:
        self.push_screen(
            Palette(providers=[ThemeProvider], placeholder=t("palette.themes_placeholder"))
        )

    def action_help(self) -> None:
        if not screens.is_a(self.screen, "HelpScreen"):
            self.push_screen(screens.HelpScreen(self.screen))

    def action_identity(self) -> None:
        """Show this store's age recipient, ready to copy (not while locked)."""
        if (
            self.store is not None
            and not isinstance(self.screen, screens.IdentityModal)
            and self.check_action("identity", ())
        ):
            self.push_screen(screens.IdentityModal.of_store(self.store))

    def action_audit(self) -> None:
        """The audit trail of the whole store."""
        if self.store is not None and self.check_action("audit", ()):
            self.push_screen(screens.AuditScreen(None))

    def action_change_passphrase(self) -> None:
        if self.store is not None and self.check_action("change_passphrase", ()):
            self.push_screen(screens.PassphraseChangeModal())

    def action_help_quit(self) -> None:
        self.notify(t("app.quit_hint"), title=t("app.quit_hint_title"))

    def get_system_commands(self, screen: Screen[Any]) -> Iterable[SystemCommand]:
        # No "Screenshot": it would write the screen, with case data, to disk unencrypted.
        yield SystemCommand(t("app.cmd.theme"), t("app.cmd.theme_help"), self.action_change_theme)
        yield SystemCommand(t("app.cmd.keys"), t("app.cmd.keys_help"), self.action_help)
        if self.store is not None and self.check_action("identity", ()):
            yield SystemCommand(t("identity.cmd"), t("identity.cmd_help"), self.action_identity)
            yield SystemCommand(t("audit.cmd"), t("audit.cmd_help"), self.action_audit)
            yield SystemCommand(
                t("passwd.cmd"), t("passwd.cmd_help"), self.action_change_passphrase
            )
        yield SystemCommand(t("app.cmd.lock"), t("app.cmd.lock_help"), self.action_lock)
        yield SystemCommand(t("app.cmd.quit"), t("app.cmd.quit_help"), self.action_quit)

    # -- no markup, no screenshots ------------------------------------------------------

    def notify(
        self,
        message: str,
        *,
        title: str = "",
        severity: Any = "information",
        timeout: float | None = None,
        markup: bool = False,
    ) -> None:
        # Messages can hold case codes, paths or names: never read them as markup.
        super().notify(message, title=title, severity=severity, timeout=timeout, markup=False)

    def action_screenshot(self, filename: str | None = None, path: str | None = None) -> None:
        """Disabled: a screenshot would write the screen, with case data, to disk unencrypted."""
        self.notify(t("app.no_screenshots"), severity="warning")

    def deliver_screenshot(
        self, filename: str | None = None, path: str | None = None, time_format: str | None = None
    ) -> str | None:
        return None

    def save_screenshot(self, *args: Any, **kwargs: Any) -> str:
        raise RondomError("app.no_screenshots")

    # -- failure ----------------------------------------------------------------------

    def _fatal_error(self) -> None:
        # Textual's default prints a traceback with local variables, which would put case
        # data on the terminal (and in any log the terminal keeps). One sentence instead.
        # Textual has no public setting for this: `_fatal_error` is private (what it does is
        # public: `panic`), and tests/ui/test_crash.py fails loudly when Textual renames it or
        # stops calling it.
        self.bell()
        # For developers on fictional data only (RONDOM_DEBUG=1): the traceback, without locals.
        debug = []
        if os.environ.get("RONDOM_DEBUG") == "1":
            # Loaded only now: rich.traceback brings pygments, 20 ms at every start otherwise.
            debug = [importlib.import_module("rich.traceback").Traceback(show_locals=False)]
        self.panic(*debug, Text(t("app.crashed")))
