"""What type-ahead promises when the app never looks ready (under load the widgets' queues are
seldom all empty at once): each held key goes through `MAX_HOLD_SECONDS` after it was typed,
not one key per `MAX_HOLD_SECONDS`, and never ahead of the key before it. A small app of two
fields, so that nothing but the type-ahead decides where a key lands; the type-ahead's clock
is a fake one the test moves, so no test waits for real time to pass."""

from __future__ import annotations

import asyncio
from types import SimpleNamespace
from typing import ClassVar

import pytest
from textual import events
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.widgets import Input

from rondom_tui.ui import type_ahead
from rondom_tui.ui.type_ahead import TypeAhead


class Field(Input):
    """A field whose `ctrl+o` moves on, a binding run when the key is back up at the app
    (as `tab`)."""

    BINDINGS: ClassVar[list[BindingType]] = [Binding("ctrl+o", "app.next_field")]


class Slow(Vertical):
    """Holds `ctrl+o` on its way up until the test opens the gate (a slow widget)."""

    async def on_key(self, event: events.Key) -> None:
        if event.key == "ctrl+o":
            app = self.app
            assert isinstance(app, TwoFields)
            app.at_gate = True
            await app.gate.wait()


class TwoFields(TypeAhead):
    """Two fields, and an app that can say it is never ready for keys."""

    busy = False
    at_gate = False

    def __init__(self) -> None:
        super().__init__()
        self.gate = asyncio.Event()
        self.gate.set()

    def compose(self) -> ComposeResult:
        with Slow():
            yield Field(id="one")
            yield Field(id="two")

    def action_next_field(self) -> None:
        self.screen.focus_next()

    def ready_for_keys(self) -> bool:
        return not self.busy and super().ready_for_keys()

    def value(self, name: str) -> str:
        return self.query_one(f"#{name}", Input).value


@pytest.fixture
def clock(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    """The type-ahead's clock, moved by the test (the event loop keeps the real one)."""
    now = [1000.0]
    monkeypatch.setattr(type_ahead, "time", SimpleNamespace(monotonic=lambda: now[0]))
    return now


def burst(app: TwoFields, *keys: str) -> None:
    for key in keys:
        app.post_message(events.Key(key, key if len(key) == 1 else None))


async def until(predicate, rounds: int = 300) -> bool:  # type: ignore[no-untyped-def]
    for _ in range(rounds):
        if predicate():
            return True
        await asyncio.sleep(0.01)
    return bool(predicate())


async def held_while_busy(app: TwoFields, clock: list[float], *keys: str) -> None:
    app.busy = True
    burst(app, *keys)
    assert await until(lambda: app._held is not None and len(app._held) == len(keys))
    assert app.value("one") == ""
    clock[0] += type_ahead.MAX_HOLD_SECONDS + 1


async def test_every_held_key_goes_through_after_the_hold_limit(clock: list[float]) -> None:
    """Counted from when each key was typed, not from when the key before it went."""
    app = TwoFields()
    async with app.run_test() as pilot:
        await pilot.pause()
        await held_while_busy(app, clock, *"abc")
        assert await until(lambda: app.value("one") == "abc")


async def test_a_key_through_by_the_hold_limit_waits_for_the_key_before_it(
    clock: list[float],
) -> None:
    """The letter after `ctrl+o` goes to the field it moves to, though the app never looks
    ready (the key sent by the app, as a terminal's are, is stopped by the screen on its way
    up: in the app's queue it still has its binding to run)."""
    app = TwoFields()
    async with app.run_test() as pilot:
        await pilot.pause()
        app.gate.clear()
        try:
            await held_while_busy(app, clock, "a", "ctrl+o", "b")
            assert await until(lambda: app.at_gate)
            assert not await until(lambda: app.value("one") != "a", rounds=20)
        finally:
            app.gate.set()  # a failed check must not leave the app waiting at the gate
        assert await until(lambda: app.value("two") == "b")
        assert app.value("one") == "a"


async def test_a_key_the_app_took_out_of_its_queue_to_look_at_is_not_done() -> None:
    """Textual's loop takes the next message out of the queue (`_pending_message`) while it
    handles the one before, which may be the release of the next held key: a `tab` waiting
    there has its focus move still to run (the `d` of "de Vries" went to the field being left
    now and then)."""
    app = TwoFields()
    async with app.run_test() as pilot:
        await pilot.pause()
        tab = events.Key("tab", None)
        tab._set_forwarded()
        tab.stop()  # as the screen stops a key the app sent, when it hands it up to the app
        app._in_flight, app._in_flight_since = tab, type_ahead.time.monotonic()
        assert app._key_before_done()  # stopped and nowhere queued: done
        app._pending_message = tab
        try:
            assert not app._key_before_done()
            assert not app.ready_for_keys()
        finally:
            app._pending_message = None
            app._in_flight = None
