"""A passphrase field whose text never leaves it: no copy, no cut to the clipboard.

Textual's Input copies a selection with ctrl+c / ctrl+x through the terminal (OSC 52) to the
system clipboard, whose managers keep a history on disk. A passphrase must not go there.
"""

from __future__ import annotations

from textual.widgets import Input


class SecretInput(Input):
    """A password `Input` that refuses copy and cut."""

    def __init__(self, **kwargs: object) -> None:
        super().__init__(password=True, **kwargs)  # type: ignore[arg-type]

    def action_copy(self) -> None:
        """Copying a passphrase is refused."""

    def action_cut(self) -> None:
        """Cutting a passphrase is refused (it would copy it first)."""
