"""A modal form built from field specs: `ctrl+s` saves when valid, `escape` cancels."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, ClassVar, Generic, TypeVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static

from rondom_tui.domain.cases.rules import FieldErrors
from rondom_tui.i18n import current_language, t
from rondom_tui.ui.bindings import Translated
from rondom_tui.ui.modals.confirm import leave_form
from rondom_tui.ui.widgets.form_fields import FORM_BREAKPOINTS, FieldSpec, FormFields
from rondom_tui.ui.widgets.key_footer import KeyFooter

T = TypeVar("T")

Builder = Callable[[dict[str, Any], FieldErrors], T]
"""Turns raw field values into a value, recording problems in the errors."""


class FormModal(Translated, ModalScreen[T | None], Generic[T]):
    """Edit one value (a party, a consent, a goal...) and dismiss with it, or None."""

    CSS_PATH = "modals.tcss"
    HORIZONTAL_BREAKPOINTS = FORM_BREAKPOINTS
    """Two columns of fields, in a wider dialog, from 160 columns on (app.tcss)."""
    ASK_BEFORE_DISCARD: ClassVar[bool] = True
    """Ask before `escape` throws away typed data (export dialogs, which hold none, say no)."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("ctrl+s", "save", "form.key.save", id="form.save"),
        Binding("escape", "cancel", "form.key.cancel", id="form.cancel"),
    ]

    def __init__(
        self,
        title: str,
        specs: list[FieldSpec],
        values: dict[str, Any],
        build: Builder[T],
        *,
        holds_data: bool = True,
    ) -> None:
        super().__init__()
        self.title_text = title
        """The dialog's title, already translated."""
        self.holds_data = holds_data
        """What is typed here is data that quitting must not drop unasked (a filter is not)."""
        self._specs = specs
        self._values = values
        self._build = build
        self._initial_values: dict[str, Any] = {}

    def compose(self) -> ComposeResult:
        with VerticalScroll(classes="modal-box form-box"):
            yield Static(self.title_text, classes="section-title", markup=False)
            yield FormFields(self._specs, self._values)
            yield Static(t("form.hint"), classes="hint", markup=False)
        yield KeyFooter()

    def on_mount(self) -> None:
        fields = self.query_one(FormFields)
        fields.focus_first()
        self._initial_values = fields.values()

    def action_save(self) -> None:
        fields = self.query_one(FormFields)
        errors = FieldErrors()
        value = self._build(fields.values(), errors)
        if errors:
            fields.show_errors(errors.messages(lang=current_language()))
            return
        self.dismiss(value)

    def has_unsaved_input(self) -> bool:
        """Something was typed or chosen here and not yet saved (see `ui.unsaved`)."""
        return self.holds_data and self.query_one(FormFields).values() != self._initial_values

    def action_cancel(self) -> None:
        changed = self.query_one(FormFields).values() != self._initial_values
        leave_form(self, changed=changed and self.ASK_BEFORE_DISCARD)
