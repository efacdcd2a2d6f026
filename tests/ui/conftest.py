"""Helpers for Pilot tests: an app on a fictional store, and waiting for its saves."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from textual.pilot import Pilot

from rondom_tui.store.envelope import FAST_KDF
from rondom_tui.store.repository import Store
from rondom_tui.ui.app import RondomApp
from tests.conftest import PASSPHRASE


def app_on(store: Store, **options: object) -> RondomApp:
    """The app on an already unlocked store (the unlock screen has tests of its own)."""
    return RondomApp(store.path, store=store, idle_lock_minutes=0, **options)  # type: ignore[arg-type]


def app_at(path: Path, **options: object) -> RondomApp:
    """The app as a user starts it: on a path, asking for the passphrase."""
    return RondomApp(path, idle_lock_minutes=0, **options)  # type: ignore[arg-type]


async def settle(pilot: Pilot[object]) -> None:
    """Wait until queued saves and their callbacks are done."""
    for _ in range(3):
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()


async def type_text(pilot: Pilot[object], text: str) -> None:
    """Type text in one go (one key press per character would be slow)."""
    focused = pilot.app.focused
    from textual.widgets import Input

    assert isinstance(focused, Input), focused
    focused.insert_text_at_cursor(text)
    await pilot.pause()


@pytest.fixture
def colleague(tmp_path: Path) -> Iterator[Store]:
    """A colleague's store, to encrypt to and to receive from."""
    other = Store.create(tmp_path / "collega.rondom", PASSPHRASE, kdf=FAST_KDF)
    yield other
    other.close()


async def wait_for_screen(pilot: Pilot[object], kind: type, seconds: float = 5.0) -> None:
    """Wait until a screen of `kind` is in front (a busy machine can be slow to mount one)."""
    for _ in range(int(seconds / 0.05)):
        if isinstance(pilot.app.screen, kind):
            await pilot.pause()
            return
        await pilot.pause(0.05)
    raise AssertionError(f"{kind.__name__} did not come to the front: {pilot.app.screen!r}")
