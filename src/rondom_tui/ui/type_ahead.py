"""Keys land where they were typed, in the order they were typed, however fast they come.

Textual hands each key to the widget that has focus *when the app reads the key* and posts it
to that widget's queue; a key the widget does not use (`tab`, `ctrl+s`, `enter` on a dropdown)
then bubbles up through the parents' queues to the bindings. Over SSH keys arrive in bursts,
so the app reads the next key before the first has done its work: after `tab` the next letters
were already queued for the field being left, a digit typed as a dropdown opened went to the
closed dropdown, and keys typed as a screen or dialog opened went to the screen before its
first field had focus.

`TypeAhead` (a mixin of the app) holds a key back while the app is not ready for it: while an
earlier key is still on its way through the queues of the screen in front, while that screen
or a widget on it is still being mounted, or while the app has work queued that came from the
earlier key (a focus change, a screen to show). Held keys are let through one by one, each
only when the app is ready again, so each goes to the widget that would have had it had the
user typed slowly. When nothing is held and the app is ready, a key goes through at once, as
before: typing at a normal pace costs nothing. A key typed `MAX_HOLD_SECONDS` ago goes through
even when the app never looks ready (under load the widgets' queues are seldom all empty at
once), as soon as the key before it has done its work: counted from when each key was typed,
so a burst held behind a busy app flows as fast as the app takes it, never one key per
`MAX_HOLD_SECONDS` (which lost the rest of a typed question), and never ahead of the `tab`
before it (which put the `d` of "de Vries" in the field being left).

A bracketed paste is text, never keys: it is held in the same line as the keys, and escape
sequences and control characters are removed from it (a paste into a one-line field becomes
one line). What Textual's queues hold is read through `MessagePump._message_queue.values` and
`_pending_message` (private, see `queued`); `tests/ui/test_type_ahead.py` fails when an upgrade
renames them. A key let through also counts
as busy until it is back up at the app or a widget stopped it (`Message._stop_propagation`,
private): while it passes from one widget's queue to its parent's, every queue is empty.
"""

from __future__ import annotations

import time
from collections import deque
from collections.abc import Iterable
from typing import Any

from textual import events
from textual.app import App
from textual.driver import Driver
from textual.message_pump import MessagePump
from textual.widget import Widget
from textual.widgets import Input

from rondom_tui.domain.text import clean_line, clean_text
from rondom_tui.ui.paste_guard import ESCAPE_SEQUENCE, guard_pastes

MAX_HOLD_SECONDS = 5.0
"""A held key goes through this long after it was typed even when the app seems busy (an
animation or a timer that never lets every queue run empty must not swallow what was typed),
once the key before it has done its work (at most `IN_FLIGHT_SECONDS` more)."""

IN_FLIGHT_SECONDS = 2.0
"""A key let through that has not come back up by then went to a widget that closed: the next
key does not wait for it any longer."""

RETRY_SECONDS = 0.004
"""How soon a held key is looked at again: the widgets' queues run in between."""


def pasted_text(text: str, *, one_line: bool) -> str:
    """Pasted text as text: escape sequences and control characters removed; for a one-line
    field, line breaks and tabs become spaces."""
    text = ESCAPE_SEQUENCE.sub("", text)
    return clean_line(text).strip() if one_line else clean_text(text)


class TypeAhead(App[Any]):
    """Holds keys and pastes until the app is ready for them (see the module's text)."""

    def get_driver_class(self) -> type[Driver]:
        """The terminal's driver, reading each paste as one (`ui.paste_guard`)."""
        guard_pastes()
        return super().get_driver_class()

    _held: deque[tuple[events.Key | events.Paste, float]] | None = None
    """Each held key with the time it was typed."""
    _releasing = False
    _let_through: events.Event | None = None
    _in_flight: events.Key | None = None
    """The last key let through, while it is on its way up from the focused widget."""
    _in_flight_since = 0.0

    async def on_event(self, event: events.Event) -> None:
        fresh = isinstance(event, (events.Key, events.Paste)) and not event.is_forwarded
        if fresh:
            if isinstance(event, events.Paste) and event is not self._let_through:
                event = self._as_text(event)
            if event is self._let_through:
                self._let_through = None
            elif self._held or not self.ready_for_keys():
                self._hold(event)
                return
            if isinstance(event, events.Key):
                self._in_flight, self._in_flight_since = event, time.monotonic()
        await super().on_event(event)
        if event is self._in_flight and (not fresh or not event.is_forwarded):
            # Back up at the app with its bindings done (not before: a held key is let through
            # by a timer, which runs between the awaits of this handler), or the app's own key
            # (a priority binding, never forwarded) done.
            self._in_flight = None

    def _as_text(self, paste: events.Paste) -> events.Paste:
        one_line = isinstance(self.focused, Input)
        return events.Paste(pasted_text(paste.text, one_line=one_line))

    def _hold(self, event: events.Key | events.Paste) -> None:
        if self._held is None:
            self._held = deque()
        self._held.append((event, time.monotonic()))
        if not self._releasing:
            self._releasing = True
            self.set_timer(RETRY_SECONDS, self._release)

    async def _release(self) -> None:
        """Let the first held key through when the app is ready, then come back for the next
        (behind whatever that key set off in the app's queue). Runs in the app's own loop
        (Textual's `set_timer` calls back through `call_next`)."""
        held = self._held
        if not held:
            self._releasing = False
            return
        event, typed_at = held[0]
        overdue = time.monotonic() - typed_at > MAX_HOLD_SECONDS
        if self.ready_for_keys() or (overdue and self._key_before_done()):
            held.popleft()
            self._let_through = event
            await self.on_event(event)
        if held:
            # A timer, not `call_later`: a callback queued at once would keep the app's loop
            # busy without ever letting the widgets' queues run.
            self.set_timer(RETRY_SECONDS, self._release)
        else:
            self._releasing = False

    def ready_for_keys(self) -> bool:
        """True when a key read now goes where the user meant it: the screen in front and all
        its widgets are mounted and have nothing queued, and the app's own queue holds nothing
        but keys (work an earlier key set off, such as a focus change, comes first)."""
        try:
            screen = self.screen
        except Exception:  # no screen yet (starting) or any more (closing)
            return True
        if not self._key_before_done():
            return False
        if not all(self._typed_later(message) for message in queued(self)):
            return False
        return all(
            node.is_mounted and not any(queued(node))
            for node in screen.walk_children(Widget, with_self=True)
        )

    def _key_before_done(self) -> bool:
        """The last key let through has done its work: a widget stopped it, or it is back up
        at the app with the bindings run; or it is lost (`IN_FLIGHT_SECONDS`)."""
        key = self._in_flight
        if key is None or time.monotonic() - self._in_flight_since > IN_FLIGHT_SECONDS:
            return True
        # Between two widgets' queues on its way up (a `tab` a field did not use, going to
        # the bindings) every queue looks empty, but the key has not done its work yet. The
        # screen stops a key sent by the app (a terminal's keys are) as it hands it up to the
        # app: in the app's queue it still has its bindings to run.
        return key._stop_propagation and not any(m is key for m in queued(self))  # private

    @staticmethod
    def _typed_later(message: object) -> bool:
        """A key or paste the app has not read yet (one on its way back up from a widget to
        the bindings has been read: it is `forwarded`)."""
        return isinstance(message, (events.Key, events.Paste)) and not message.is_forwarded


def queued(pump: MessagePump) -> Iterable[object]:
    """What `pump` has still to handle: its queue, and the message its loop took out of the
    queue to look at while it handles the one before (`_pending_message`: a `tab` waiting there
    is not done; a letter let through meanwhile went to the field being left). Private
    attributes: see the module's text."""
    pending = pump._pending_message
    waiting: Iterable[object] = pump._message_queue.values
    return waiting if pending is None else [pending, *waiting]


__all__ = ["MAX_HOLD_SECONDS", "TypeAhead", "pasted_text"]
