"""What the meeting and summary screens share: the latest assessment, saving each change, and
asking for the other screen.

Both screens hold the assessment as it is now, ahead of the store by the saves still queued,
and hand it to each other when switching, so neither reads a stale copy from the store. They
ask for each other with a message (`MeetingRequested`, `SummaryRequested`) that the app
answers, so neither module imports the other.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from textual.message import Message
from textual.screen import Screen

from rondom_tui.domain.errors import RondomError
from rondom_tui.domain.models import Assessment
from rondom_tui.i18n import current_language
from rondom_tui.ui.assessment_subject import Subject
from rondom_tui.ui.bindings import Translated


class AssessmentScreen(Translated, Screen[None]):
    """A screen on one assessment that changes it through `assessment_flow` steps."""

    CSS_PATH = "assessment.tcss"

    @dataclass
    class MeetingRequested(Message):
        """Show `assessment` in meeting mode, on the page of `key`, in place of `screen`."""

        screen: AssessmentScreen
        assessment: Assessment
        key: int = 1

    @dataclass
    class SummaryRequested(Message):
        """Show the summary of `assessment` in place of `screen`."""

        screen: AssessmentScreen
        assessment: Assessment

    def __init__(self, assessment: Assessment) -> None:
        super().__init__()
        self.assessment = assessment
        """The latest version: ahead of the store by the saves still queued."""
        self.subject: Subject | None = None
        """The case or team, read from the store when the screen is shown."""

    def change(self, step: Callable[[Assessment], Assessment], *, saved: str = "") -> None:
        """Apply `step`, show the result and queue its save; tell `saved` once it is saved.

        A step the domain refuses (a final assessment, an empty action) is told as a warning
        and changes nothing.
        """
        store = self.app.store
        if store is None:
            return
        try:
            changed = step(self.assessment)
        except RondomError as error:
            self.notify(error.text(lang=current_language()), severity="warning")
            self.show_changes()  # the page may have moved on (the turn) and waits to be drawn
            return
        self.assessment = changed

        def done(_: object) -> None:
            if saved:
                self.notify(saved)

        self.app.store_call(lambda: store.assessments.save(changed), done)
        self.show_changes()

    def show_changes(self) -> None:
        """Paint the assessment again after a change."""
        raise NotImplementedError
