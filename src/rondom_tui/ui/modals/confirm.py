"""Ask before anything that cannot be undone."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any, ClassVar

from textual import on
from textual.app import App, ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen, Screen
from textual.widgets import Input, Label, Static

from rondom_tui.i18n import t
from rondom_tui.ui.bindings import Translated
from rondom_tui.ui.widgets.key_footer import KeyFooter


class ConfirmModal(Translated, ModalScreen[bool]):
    """A yes/no question: `y` or `enter` confirms, `n` or `escape` declines."""

    CSS_PATH = "modals.tcss"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("y,j,enter", "answer(True)", "confirm.key.yes", id="confirm.yes"),
        Binding("n,escape", "answer(False)", "confirm.key.no", id="confirm.no"),
    ]

    def __init__(self, question: str, *, detail: str = "") -> None:
        super().__init__()
        self.question = question
        """What is asked, already translated."""
        self.detail = detail
        """A second line with the consequence."""

    def compose(self) -> ComposeResult:
        with Vertical(classes="modal-box"):
            yield Static(self.question, classes="section-title", markup=False)
            if self.detail:
                yield Label(self.detail, classes="hint", markup=False)
            yield Label(t("confirm.hint"), classes="hint", markup=False)
        yield KeyFooter()

    def action_answer(self, answer: bool) -> None:
        self.dismiss(answer)


class QuitQuestion(ConfirmModal):
    """The question whether to quit without saving: yes quits, no goes back to the forms
    (`ui.unsaved`)."""


class TypeToConfirmModal(Translated, ModalScreen[bool]):
    """Confirm by typing a word (the case code) exactly: for deleting a case."""

    CSS_PATH = "modals.tcss"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", "form.key.cancel", id="type_confirm.cancel"),
    ]

    def __init__(self, question: str, expected: str, *, detail: str = "") -> None:
        super().__init__()
        self.question = question
        """What is asked, already translated."""
        self.expected = expected
        """The text the user must type."""
        self.detail = detail
        """What the confirmation does, in a line under the question."""

    def compose(self) -> ComposeResult:
        with Vertical(classes="modal-box"):
            yield Static(self.question, classes="section-title", markup=False)
            if self.detail:
                yield Label(self.detail, id="type-confirm-detail", markup=False)
            yield Label(t("confirm.type_code", code=self.expected), classes="hint", markup=False)
            yield Input(placeholder=self.expected, id="typed")
            yield Label("", id="typed-error", classes="form-error", markup=False)
        yield KeyFooter()

    def on_mount(self) -> None:
        self.query_one("#typed", Input).focus()

    @on(Input.Submitted, "#typed")
    def _submitted(self, event: Input.Submitted) -> None:
        if event.value.strip().upper() == self.expected.upper():
            self.dismiss(True)
        else:
            self.query_one("#typed-error", Label).update("✗ " + t("confirm.type_mismatch"))

    def action_cancel(self) -> None:
        self.dismiss(False)


def leave_form(screen: Screen[Any], *, changed: bool) -> None:
    """Close a form with no result, asking first when something in it was changed."""
    if not changed:
        screen.dismiss(None)
        return

    def answer(discard: bool | None) -> None:
        if discard:
            screen.dismiss(None)

    screen.app.push_screen(
        ConfirmModal(t("form.discard_question"), detail=t("form.discard_detail")), answer
    )


def ask_before_replacing(app: App[Any], path: Path, write: Callable[[bool], object]) -> None:
    """Write an export at `path` (`write(overwrite)`): at once when nothing is there, after a
    yes when a file (or a link) is, never when the answer is no."""
    if not (path.exists() or path.is_symlink()):
        write(False)
        return

    def answer(yes: bool | None) -> None:
        if yes:
            write(True)

    detail = t("assessment.export_dialog.overwrite_detail", name=path.name)
    app.push_screen(
        ConfirmModal(t("assessment.export_dialog.overwrite_question"), detail=detail), answer
    )
