"""What full-screen forms share: one save at a time, and asking before changes are dropped
(by `escape` here, by quitting in `ui.unsaved`)."""

from __future__ import annotations

from typing import Any, ClassVar

from rondom_tui.domain.errors import RondomError
from rondom_tui.i18n import current_language
from rondom_tui.ui.modals.confirm import leave_form
from rondom_tui.ui.widgets.form_fields import FORM_BREAKPOINTS


class SavingForm:
    """Mixin for a form `Screen`: `_snapshot()` says what the user typed; `_saving` is set while
    the save queue holds the form's save, and `escape` waits for that save to decide."""

    HORIZONTAL_BREAKPOINTS: ClassVar[list[tuple[int, str]] | None] = FORM_BREAKPOINTS
    """Two columns of fields from 160 columns on (`-two-columns`, app.tcss)."""

    _saving = False
    _initial: Any = None

    def _snapshot(self) -> Any:
        """What the form holds now, comparable with `_initial`."""
        raise NotImplementedError

    def has_unsaved_input(self) -> bool:
        """Something was typed here and not saved (a save on its way counts as saved: the
        app waits for it before it closes)."""
        return not self._saving and self._snapshot() != self._initial

    def _save_failed(self, error: RondomError) -> None:
        self._saving = False
        message = error.text(lang=current_language())
        self.notify(message, severity="error", timeout=10)  # type: ignore[attr-defined]

    def action_cancel(self) -> None:
        if self._saving:
            return  # the save decides where we go
        leave_form(self, changed=self._snapshot() != self._initial)  # type: ignore[arg-type]
