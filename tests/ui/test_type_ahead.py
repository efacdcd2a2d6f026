"""Keys typed faster than the app can follow (a burst over SSH) land where they were typed, in
order; a paste is text, never keys."""

from __future__ import annotations

from textual import events
from textual.widgets import Input

from rondom_tui.store.repository import Store
from rondom_tui.ui.app import RondomApp
from rondom_tui.ui.screens.case_form import CaseFormScreen
from rondom_tui.ui.type_ahead import pasted_text
from tests.ui.conftest import app_on, settle

NAMED = {"tab": "\t", "enter": "\r", "space": " ", "minus": "-"}


def burst(app: RondomApp, *keys: str) -> None:
    """Every key into the app's queue at once, as a terminal delivers a burst: no waiting
    between them (Pilot's `press` waits for the app after every key)."""
    for key in keys:
        if len(key) == 1:
            name = {"-": "minus", " ": "space"}.get(key, key)
            app.post_message(events.Key(name, key))
        else:
            char = NAMED.get(key)
            if key.startswith("ctrl+"):
                char = None
            app.post_message(events.Key(key, char))


def typed(text: str) -> list[str]:
    return list(text)


async def until_quiet(pilot, rounds: int = 500) -> None:  # type: ignore[no-untyped-def]
    """Until every key of the burst has been read and let through, and the app is ready."""
    app = pilot.app
    for _ in range(rounds):
        await pilot.pause(0.02)
        unread = any(isinstance(m, events.Key) for m in app._message_queue.values)
        if not unread and not app._held and app.ready_for_keys():
            break
    await settle(pilot)


async def test_a_burst_fills_the_new_case_form_field_by_field(store: Store) -> None:
    async with app_on(store).run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        burst(
            pilot.app,
            "n",
            *typed("Pluisje"),
            "tab",
            *typed("de Vries"),
            "tab",
            *typed("14-03-2016"),
            "tab",
            *typed("De Regenboog"),
            "tab",
            *typed("7b"),
            "ctrl+s",
        )
        await until_quiet(pilot)
    [case] = store.cases.list()
    assert (case.given_name, case.family_name) == ("Pluisje", "de Vries")
    assert case.date_of_birth is not None and case.date_of_birth.input_text() == "14-03-2016"
    assert (case.school, case.group) == ("De Regenboog", "7b")


async def test_keys_typed_as_a_form_opens_go_to_its_first_field(store: Store) -> None:
    async with app_on(store).run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        burst(pilot.app, "n", *typed("Pluisje"))
        await until_quiet(pilot)
        assert isinstance(pilot.app.screen, CaseFormScreen)
        assert pilot.app.screen.query_one("#field-given_name", Input).value == "Pluisje"


def test_a_paste_loses_its_escape_sequences_and_control_characters() -> None:
    hostile = "Pluis\x1b[Z\tje\r\x1b[B\x1b]0;titel\x07 \x1b[201~ok\x07"
    assert pasted_text(hostile, one_line=True) == "Pluis je  ok"
    assert pasted_text("regel een\r\nregel\x1bOB twee", one_line=False) == "regel een\nregel twee"


async def test_a_paste_is_text_and_never_moves_focus(store: Store) -> None:
    async with app_on(store).run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await pilot.press("n")
        await settle(pilot)
        first = pilot.app.focused
        assert isinstance(first, Input)
        pilot.app.post_message(events.Paste("Pluis\x1b[Z\tje\r\x1b[B"))
        await until_quiet(pilot)
        assert pilot.app.focused is first
        assert first.value == "Pluis je"
        assert isinstance(pilot.app.screen, CaseFormScreen)


async def test_the_private_queue_it_reads_is_still_there(store: Store) -> None:
    """`ready_for_keys` reads what the app has queued (`MessagePump._message_queue.values`):
    an upgrade that renames it fails here."""
    async with app_on(store).run_test(size=(100, 30)) as pilot:
        queued = pilot.app._message_queue.values
        pilot.app.post_message(events.Key("x", "x"))
        assert any(isinstance(message, events.Key) for message in queued)


def test_the_private_stop_flag_it_reads_is_still_there() -> None:
    """A key let through counts as busy until it is back at the app or stopped, read from
    `Message._stop_propagation`: an upgrade that renames it fails here."""
    key = events.Key("tab", None)
    assert key._stop_propagation is False
    key.stop()
    assert key._stop_propagation is True
