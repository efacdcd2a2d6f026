"""Nothing typed is lost unasked: quitting looks for forms that hold unsaved text first.

A screen or dialog that holds typed data (the case form, the event form, the assessment set-up,
the note and action dialogs, the export and import dialogs) says so through
`has_unsaved_input()`. Quitting (`ctrl+q`, `q` on the case list, the palette's "Afsluiten")
asks first when any screen in the stack, also one under the lock screen, holds some; a
hang-up (SIGHUP: the SSH connection dropped) cannot ask, so the typed text is dropped with
the process's memory and nothing of it is written anywhere. Locking never touches the forms:
the lock screen lies over them, and unlocking shows them again as they were.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any, Protocol, runtime_checkable

from textual.app import App
from textual.screen import Screen

from rondom_tui.i18n import t, t_count
from rondom_tui.ui import screens


@runtime_checkable
class HoldsTypedInput(Protocol):
    """A screen whose typed text would be lost if the app closed now."""

    def has_unsaved_input(self) -> bool: ...


def unsaved_forms(screens: Iterable[Screen[Any]]) -> int:
    """How many of `screens` hold typed text that is not saved."""
    return sum(
        1
        for screen in screens
        if isinstance(screen, HoldsTypedInput) and screen.has_unsaved_input()
    )


def quit_asking_first(app: App[Any], quit_now: Callable[[], object]) -> None:
    """Quit at once when no form holds unsaved text; otherwise ask, and quit on yes."""
    if any(screens.is_a(screen, "QuitQuestion") for screen in app.screen_stack):
        return  # asked already
    count = unsaved_forms(app.screen_stack)
    if not count:
        quit_now()
        return

    def answer(yes: bool | None) -> None:
        if yes:
            quit_now()

    question = screens.QuitQuestion(
        t("quit.unsaved_question"), detail=t_count("quit.unsaved_detail", count, count=count)
    )
    app.push_screen(question, answer)
