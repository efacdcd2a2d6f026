"""The save queue of `RondomApp`: every store call (a save, or a read that must not race one)
runs on one thread in turn, and comes back to the UI thread with its result or its error as one
sentence, never a traceback. The Header's save mark follows it (`RondomApp.save_state`, "✓
bewaard", "… opslaan" once a save takes longer than `saving_shown_after`, "✗ mislukt"); a file
changed behind the session's back is offered to be read again. A part of `RondomApp`, kept
apart so that the app stays the wiring of screens (as `ui.session`).
"""

from __future__ import annotations

import asyncio
import concurrent.futures
from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

from rondom_tui.domain.errors import RondomError
from rondom_tui.i18n import current_language, t
from rondom_tui.store.errors import (
    StoreChangedOnDisk,
    StoreClosed,
    StoreReadOnly,
    StoreWriteFailed,
)
from rondom_tui.ui import screens
from rondom_tui.ui.messages import DataSaved
from rondom_tui.ui.save_state import SaveState

if TYPE_CHECKING:
    from rondom_tui.ui.app import RondomApp

    _Base = RondomApp
else:
    _Base = object

R = TypeVar("R")

NOT_SAVED = (StoreWriteFailed, StoreChangedOnDisk, StoreReadOnly, StoreClosed)
"""The store's errors that leave a change unwritten: the Header says "✗ mislukt" after them
(and after any error no one foresaw); other errors of a job (a bundle that does not open, a
case not found) are told, and the save mark stays as it was."""


class SaveQueue(_Base):
    """The save queue, for `RondomApp` (which sets `_saver`, `_pending`, `saving_shown_after`,
    `_saving_timer` and `_save_failed` in its `__init__`)."""

    def store_call(
        self,
        job: Callable[[], R],
        on_done: Callable[[R], object] | None = None,
        on_error: Callable[[RondomError], object] | None = None,
    ) -> None:
        """Run `job` on the save queue; call back on the UI thread with its result or error.

        Errors are shown as one sentence (a notification unless `on_error` handles them);
        nothing reaches the user as a traceback.
        """
        if self._saver is None:
            self._saver = concurrent.futures.ThreadPoolExecutor(
                max_workers=1, thread_name_prefix="rondom-save"
            )
        future = self._saver.submit(job)
        self._pending.add(future)
        if self._saving_timer is None:
            self._saving_timer = self.set_timer(self.saving_shown_after, self._show_saving)

        async def wait() -> None:
            try:
                result = await asyncio.wrap_future(future)
            except RondomError as exc:
                # Only what left a change unwritten: a wrong bundle passphrase is no failed save.
                self._save_failed = self._save_failed or isinstance(exc, NOT_SAVED)
                self._report(exc, on_error)
            except Exception as exc:
                self._save_failed = True
                # Never a traceback in front of the user; the kind of error (a class name, never
                # its message) gives the user and a developer something to go on.
                self._report(
                    RondomError("error.unexpected_kind", kind=type(exc).__name__), on_error
                )
            else:
                if on_done is not None:
                    on_done(result)
                self._data_changed()
            finally:
                self._pending.discard(future)
                if not self._pending:
                    self._saves_done()

        # The function, not a coroutine: none is left un-awaited when the app ends first.
        self.run_worker(wait, group="store", exit_on_error=False)

    def _show_saving(self) -> None:
        if self._pending:
            self.save_state = SaveState.SAVING

    def _saves_done(self) -> None:
        if self._saving_timer is not None:
            self._saving_timer.stop()
            self._saving_timer = None
        self.save_state = SaveState.FAILED if self._save_failed else SaveState.SAVED
        self._save_failed = False

    def _data_changed(self) -> None:
        """Let the screen in front show what was just saved (it may not be the one that asked)."""
        self.screen.post_message(DataSaved())

    def _report(self, error: RondomError, handler: Callable[[RondomError], object] | None) -> None:
        if handler is not None:
            handler(error)
        else:
            self.notify(error.text(lang=current_language()), severity="error", timeout=10)
        if isinstance(error, StoreChangedOnDisk):
            self._offer_reload(error)

    def _offer_reload(self, error: StoreChangedOnDisk) -> None:
        """The file changed behind this session's back: nothing was saved. Ask whether to read
        it again (losing the change kept in memory) or go on without saving."""
        store = self.store
        if store is None or screens.is_a(self.screen, "ConfirmModal"):
            return

        def answered(reload: bool | None) -> None:
            if reload:
                self.store_call(store.reload, lambda _: self.notify(t("app.reloaded")))

        question = error.text(lang=current_language())
        self.push_screen(screens.ConfirmModal(question, detail=t("app.reload_detail")), answered)

    def finish_saves(self) -> None:
        """Wait for queued saves (called when the app has stopped)."""
        if self._saver is not None:
            self._saver.shutdown(wait=True)
