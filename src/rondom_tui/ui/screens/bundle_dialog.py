"""What the export and import screens share: this store's key, one error line, a progress
line while the save queue works, and closing safely when the work is done."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any, Generic, TypeVar

from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.screen import Screen
from textual.widgets import Input, Label, LoadingIndicator, TextArea

from rondom_tui.bundle import store_recipient
from rondom_tui.domain.errors import RondomError
from rondom_tui.i18n import current_language, t
from rondom_tui.ui.bindings import Translated

T = TypeVar("T")


class BundleDialog(Translated, Screen[T], Generic[T]):
    """Base of `ExportScreen` and `ImportScreen`; subclasses compose `status_lines()`."""

    CSS_PATH = "bundle.tcss"

    def __init__(self) -> None:
        super().__init__()
        self.own_key = ""
        """This store's `age1...` recipient, shown so it can be handed to a colleague."""
        self.busy = False
        """Work for this dialog is on the save queue."""
        self._close_pending = False
        self._close_result: Any = None

    def status_lines(self) -> ComposeResult:
        yield Label("", classes="hint", id="bundle-own-key", markup=False)
        yield Label("", id="bundle-error", classes="form-error", markup=False)
        with Horizontal(id="bundle-progress"):
            yield LoadingIndicator()
            yield Label("", id="bundle-progress-text", markup=False)

    def on_mount(self) -> None:
        # Textual calls every class's on_mount: this one runs after the subclass's.
        store = self.app.store
        if store is not None:
            self.own_key = store_recipient(store)
            self.query_one("#bundle-own-key", Label).update(t("bundleui.own_key", key=self.own_key))
        self.query_one("#bundle-progress").display = False

    def set_busy(self, busy: bool, message: str = "") -> None:
        """Show (or hide) the progress line; a new piece of work clears the last error."""
        self.busy = busy
        self.query_one("#bundle-progress").display = busy
        self.query_one("#bundle-progress-text", Label).update(message)
        if busy:
            self.query_one("#bundle-error", Label).update("")
        self.refresh_bindings()

    def show_error(self, message: str, focus: str | None = None) -> None:
        """One sentence under the form; `focus` is the field to fix."""
        self.query_one("#bundle-error", Label).update("✗ " + message)
        if focus is not None:
            self.query_one(focus).focus()

    def failed(self, error: RondomError) -> None:
        """The save queue's error callback: stop the progress line, say what went wrong."""
        self.set_busy(False)
        self.show_error(error.text(lang=current_language()))

    def close_with(self, result: T) -> None:
        """Dismiss now, or when the screen is shown again: if the session was locked while
        the work ran, dismissing now would pop the lock screen instead of this one."""
        if self.is_active:  # top of the stack (is_current is also true behind a screen)
            self.dismiss(result)
        else:
            self._close_pending, self._close_result = True, result

    def on_screen_resume(self) -> None:
        if self._close_pending:
            self.dismiss(self._close_result)

    def forget(self) -> None:
        """Drop whatever decrypted or secret data the dialog holds (subclasses extend)."""

    def typed_text(self) -> Iterator[str]:
        """What the user typed into the dialog's fields (subclasses leave out suggestions)."""
        yield from (field.value for field in self.query(Input))
        yield from (area.text for area in self.query(TextArea))

    def has_unsaved_input(self) -> bool:
        """A path, keys or a passphrase typed here and not yet used (see `ui.unsaved`)."""
        return any(text.strip() for text in self.typed_text())

    def action_copy_own_key(self) -> None:
        self.app.copy_to_clipboard(self.own_key)
        self.notify(t("identity.copied"))

    def action_cancel(self) -> None:
        if self.busy:
            self.notify(t("bundleui.wait"), severity="warning")
            return
        self.forget()
        self.dismiss(None)
