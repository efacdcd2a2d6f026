"""The unlock screen: the passphrase field has focus, `enter` unlocks.

Key derivation is slow on purpose, so it runs in a thread while a progress line is shown; a
wrong passphrase clears the field for another try and leaves the store file untouched.
"""

from __future__ import annotations

import contextlib
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, ClassVar

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Center, Vertical
from textual.message import Message
from textual.screen import Screen
from textual.widgets import Input, Label, LoadingIndicator, Static

from rondom_tui.i18n import current_language, t
from rondom_tui.store.errors import StoreError, StoreLocked, WrongPassphraseOrCorrupt
from rondom_tui.store.layout import DEMO_PASSPHRASE
from rondom_tui.store.store_file import peek_header
from rondom_tui.ui import deferred, screens
from rondom_tui.ui.bindings import Translated
from rondom_tui.ui.widgets.key_footer import KeyFooter
from rondom_tui.ui.widgets.secret_input import SecretInput

if TYPE_CHECKING:
    from rondom_tui.store.repository import Store


class UnlockScreen(Translated, Screen[None]):
    """Ask the passphrase and open the store."""

    CSS_PATH = "unlock.tcss"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter", "unlock", "unlock.key.unlock", show=True, id="unlock.unlock"),
        Binding("escape", "app.quit", "unlock.key.quit", id="unlock.quit"),
        Binding("f3", "forgotten", "unlock.key.forgotten", id="unlock.forgotten"),
    ]

    def __init__(self, path: Path, *, demo: bool = False) -> None:
        super().__init__()
        self.path = path
        """The store to open."""
        self.demo = demo
        """A demo store: its passphrase is said on screen."""
        self._busy = False
        self._unlocked = False

    def compose(self) -> ComposeResult:
        with Center(), Vertical(id="unlock-box"):
            yield Static(t("unlock.title"), classes="section-title", markup=False)
            yield Label(t("unlock.store", path=str(self.path)), classes="hint", markup=False)
            if self.demo:
                yield Label(
                    t("unlock.demo_hint", passphrase=DEMO_PASSPHRASE),
                    classes="demo-badge",
                    markup=False,
                )
            yield SecretInput(placeholder=t("unlock.placeholder"), id="passphrase")
            yield Label("", id="unlock-error", classes="form-error", markup=False)
            yield LoadingIndicator(id="unlock-progress")
            yield Label("", id="unlock-status", classes="hint", markup=False)
        yield KeyFooter()

    def on_mount(self) -> None:
        self.query_one("#unlock-progress").display = False
        self.query_one("#passphrase", Input).focus()
        # The store and the case list, while the passphrase is typed (after this first frame).
        self.call_after_refresh(deferred.load_in_background)

    @on(Input.Submitted, "#passphrase")
    def _submitted(self) -> None:
        self.action_unlock()

    def action_unlock(self) -> None:
        if self._busy:
            return
        field = self.query_one("#passphrase", Input)
        if not field.value:
            self._show_error(t("unlock.empty"))
            return
        self._busy = True
        field.disabled = True
        self.query_one("#unlock-error", Label).update("")
        self.query_one("#unlock-progress").display = True
        self.query_one("#unlock-status", Label).update(t("unlock.deriving"))
        self._open(field.value)

    @work(thread=True, exclusive=True, exit_on_error=False)
    def _open(self, passphrase: str) -> None:
        def progress(step: str) -> None:
            # Widgets only on the UI thread; told, not waited for (`call_from_thread` held the
            # unlock up until the UI thread was free to draw the line).
            text = t("unlock.deriving") if step == "derive" else t("unlock.decrypting")
            self.post_message(self.Progress(text))

        try:
            store = deferred.Store.open(
                self.path, passphrase, lock=self.app.file_lock, progress=progress
            )
        except WrongPassphraseOrCorrupt as exc:
            self.app.call_from_thread(self._failed, exc.text(lang=current_language()), retry=True)
        except StoreLocked as exc:
            self.app.call_from_thread(self._failed, exc.text(lang=current_language()), retry=True)
        except StoreError as exc:
            self.app.call_from_thread(self._failed, exc.text(lang=current_language()), retry=False)
        except Exception:
            self.app.call_from_thread(self._failed, t("error.unexpected"), retry=False)
        else:
            # The case list's rows, its search index and first order (newest first), made here
            # while the progress still shows and not on the UI thread once the list is pushed
            # (at 10,000 cases about 45 ms). Only a head start: whatever goes wrong here (a case
            # that cannot be read) happens again where the list asks for them, and is told
            # there as before.
            with contextlib.suppress(Exception):
                index = store.cases.index()
                index.select()
                index.retention_passed(date.today())
            self.app.call_from_thread(self._opened, store)

    def _opened(self, store: Store) -> None:
        self._unlocked = True
        # The screen may outlive this moment in memory: the passphrase does not stay in it.
        self.query_one("#passphrase", Input).value = ""
        if not store.has_recovery_key and not store.is_demo:  # a store from before the key
            self.app.notify(t("recovery.none_yet"), severity="warning", timeout=15)
        self.app.store_opened(store)

    def action_forgotten(self) -> None:
        """The passphrase is forgotten: open with the recovery key, set a new passphrase."""
        if self._busy:
            return

        def opened(store: Store | None) -> None:
            if store is not None:
                self.app.notify(t("recovery_unlock.done"))
                self.app.store_opened(store)

        try:
            has_key = peek_header(self.path).has_recovery_key
        except StoreError as exc:
            self._show_error(exc.text(lang=current_language()))
            return
        self.app.push_screen(screens.RecoveryUnlockModal(self.path, has_key=has_key), opened)

    class Progress(Message):
        """A step of the unlock, told by its thread."""

        def __init__(self, text: str) -> None:
            super().__init__()
            self.text = text

    @on(Progress)
    def _progress(self, message: Progress) -> None:
        if self._busy and not self._unlocked:  # not after it failed (its line stays) or ended
            self._status(message.text)

    def _status(self, text: str) -> None:
        self.query_one("#unlock-status", Label).update(text)

    def _failed(self, message: str, *, retry: bool) -> None:
        self._busy = False
        self.query_one("#unlock-progress").display = False
        self.query_one("#unlock-status", Label).update(
            t("unlock.retry") if retry else t("unlock.no_retry")
        )
        field = self.query_one("#passphrase", Input)
        field.value = ""
        field.disabled = not retry
        if retry:
            field.focus()
        self._show_error(message)

    def _show_error(self, message: str) -> None:
        self.query_one("#unlock-error", Label).update("✗ " + message)
