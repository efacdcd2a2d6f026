"""Whether this session's changes are on disk, as the Header's save mark tells it
(`ui/widgets/app_header.py`). Apart from the widget so that the app, loaded before the unlock
screen's first frame, does not load Textual's Header with it."""

from __future__ import annotations

from enum import Enum


class SaveState(Enum):
    """What the Header says of the saves of this session (the value: its text's id)."""

    NONE = ""
    """Nothing saved yet this session: the mark is blank."""
    SAVING = "app.save_state.saving"
    SAVED = "app.save_state.saved"
    FAILED = "app.save_state.failed"
