"""The base of every named error: it carries a message id, not a sentence.

The text is looked up in the current language only when the error is shown, and the
parameters never hold case data, so an error can be logged or printed safely.
"""

from __future__ import annotations

from rondom_tui.i18n import t


class RondomError(Exception):
    """An error the user is told about in one clear sentence."""

    message_id = "error.unexpected"
    """The catalog id of the sentence; subclasses set their own."""

    def __init__(self, message_id: str | None = None, /, **params: object) -> None:
        if message_id is not None:
            self.message_id = message_id
        self.params = params
        super().__init__(self.message_id)

    def __str__(self) -> str:
        return t(self.message_id, **self.params)


class ValidationError(RondomError):
    """Input that does not make a valid value; `field` names the form field."""

    message_id = "error.invalid"

    def __init__(self, message_id: str, /, *, field: str = "", **params: object) -> None:
        super().__init__(message_id, **params)
        self.field = field
