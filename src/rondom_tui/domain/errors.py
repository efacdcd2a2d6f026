"""The base of every named error: it carries a message id, not a sentence.

The sentence is looked up only where the error is shown, in the language the caller passes
(`error.text(lang=...)`), so the domain never depends on who is running the app. `str(error)`
is the message id alone (``store.locked``): a traceback or a log line then names the error
without any parameter, and a parameter (a path, a field) can never leak through it.
"""

from __future__ import annotations

from rondom_tui.i18n.texts import translate


class RondomError(Exception):
    """An error the user is told about in one clear sentence."""

    message_id = "error.unexpected"
    """The catalog id of the sentence; subclasses set their own."""

    def __init__(self, message_id: str | None = None, /, **params: object) -> None:
        if message_id is not None:
            self.message_id = message_id
        self.params = params
        """What the sentence fills in; never case data."""
        super().__init__(self.message_id)

    def text(self, *, lang: str) -> str:
        """The sentence for the user, in `lang`."""
        return translate(lang, self.message_id, **self.params)

    def __str__(self) -> str:
        return self.message_id


class ValidationError(RondomError):
    """Input that does not make a valid value; `field` names the form field."""

    message_id = "error.invalid"

    def __init__(self, message_id: str, /, *, field: str = "", **params: object) -> None:
        super().__init__(message_id, **params)
        self.field = field
