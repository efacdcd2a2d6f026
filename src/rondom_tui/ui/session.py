"""How a session is locked and how it ends: the lock (`ctrl+l`, and after a time without
input), what a locked session still offers, quitting (asking first when a form holds typed
text, `ui.unsaved`) and the end nobody can be asked about (SIGHUP of a dropped connection,
SIGTERM). A part of `RondomApp`, kept apart so that the app stays the wiring of screens.
"""

from __future__ import annotations

import asyncio
import signal
import time
from typing import TYPE_CHECKING, Any, ClassVar

from textual import events

from rondom_tui.ui import deferred, screens
from rondom_tui.ui.unsaved import quit_asking_first

if TYPE_CHECKING:
    from rondom_tui.ui.app import RondomApp

    _Base = RondomApp
else:
    _Base = object

EXIT_HANGUP = 128 + signal.SIGHUP
"""The exit code after the terminal went away, as a shell reports a hang-up."""


class SessionEnd(_Base):
    """Locking, quitting and hanging up, for `RondomApp` (which sets `_quitting`,
    `_last_activity` and `_idle_lock_seconds` in its `__init__`)."""

    LOCKED_OUT: ClassVar[frozenset[str]] = frozenset(
        {"command_palette", "help", "lock", "identity", "change_theme"}
        | {"audit", "change_passphrase"}
    )
    """What a locked session does not offer: the lock screen unlocks and quits, nothing else."""

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        # The whole stack: the quit question can lie over the lock screen.
        locked = any(screens.is_a(screen, "LockScreen") for screen in self.screen_stack)
        return not (action in self.LOCKED_OUT and locked)

    async def on_event(self, event: events.Event) -> None:
        if isinstance(event, (events.Key, events.MouseDown)):
            if self._quitting:
                return  # keys typed while the app closes must not open new screens
            self._last_activity = time.monotonic()
        await super().on_event(event)

    def exit(self, *args: Any, **kwargs: Any) -> None:
        self._quitting = True
        super().exit(*args, **kwargs)

    async def action_quit(self) -> None:
        """Quit; when a form holds typed text that is not saved, ask first (`ui.unsaved`)."""
        if not self._quitting:
            quit_asking_first(self, self.exit)

    def end_on_hangup(self) -> None:
        """From now on SIGHUP and SIGTERM end the session (`hang_up`)."""
        loop = asyncio.get_running_loop()
        for hangup in (signal.SIGHUP, signal.SIGTERM):
            loop.add_signal_handler(hangup, self.hang_up)

    def hang_up(self) -> None:
        """The terminal went away (SIGHUP) or the system stops the session (SIGTERM): nobody
        can be asked. Typed text in open forms is dropped with the app's memory, never
        written; saves already queued are finished when the store is closed."""
        if not self._quitting:
            self.exit(return_code=EXIT_HANGUP)

    def _check_idle(self) -> None:
        if (
            self.store is not None
            and time.monotonic() - self._last_activity > self._idle_lock_seconds
        ):
            self.action_lock()

    def action_lock(self) -> None:
        """Hide everything behind the passphrase."""
        if self.store is None or screens.is_a(self.screen, "LockScreen"):
            return
        store = self.store
        self.store_call(lambda: store.audit.record(deferred.AuditAction.LOCK))
        self.push_screen(screens.LockScreen())
