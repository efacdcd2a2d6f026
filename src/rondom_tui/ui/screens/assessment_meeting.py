"""Meeting mode: one key per page on the projector, one key press per participant's score.

The screen holds the assessment being scored. Each score, note or action the page asks for is
applied with `domain.assessment_flow` and saved at once as a draft (`store_call`), so nothing
is lost when the meeting is interrupted. The page is shown a copy without the child's names
(`Subject.masked`) and the case by its code; the note editor opens that copy's note too, and a
note saved unchanged keeps the stored text (`kept_unless_edited`).
"""

from __future__ import annotations

from typing import ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.widgets import Label

from rondom_tui.domain.assessment import flow as flow
from rondom_tui.domain.cases.redact import kept_unless_edited
from rondom_tui.domain.models import Assessment, AssessmentStatus, Participant
from rondom_tui.i18n import t
from rondom_tui.ui.assessment_subject import subject_of
from rondom_tui.ui.modals.assessment_parts import (
    ActionDraft,
    action_modal,
    note_modal,
    participant_modal,
)
from rondom_tui.ui.screens.assessment_screen import AssessmentScreen
from rondom_tui.ui.widgets.app_header import AppHeader
from rondom_tui.ui.widgets.key_footer import KeyFooter
from rondom_tui.ui.widgets.key_page import KeyPage


class MeetingScreen(AssessmentScreen):
    """Score an assessment key by key; `s` shows the summary."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("s", "summary", "assessment.meeting.key.summary", id="meeting.summary"),
        Binding(
            "plus",
            "add_participant",
            "assessment.meeting.key.add_participant",
            key_display="+",
            show=False,
            id="meeting.add_participant",
        ),
        Binding("escape", "back", "assessment.key.back", show=False, id="meeting.back"),
    ]

    def __init__(self, assessment: Assessment, *, key: int = 1) -> None:
        super().__init__(assessment)
        self._start_key = key

    def compose(self) -> ComposeResult:
        yield AppHeader()
        if self.app.store is not None:
            self.subject = subject_of(self.app.store, self.assessment)
            shown = self.subject.masked(self.assessment)
            yield KeyPage(shown, self.subject.shown, key=self._start_key, id="meeting-page")
        # The page's scoring keys fill the Footer at 80 columns; these two are named here.
        yield Label(self._key_hint(), id="meeting-keys", classes="hint", markup=False)
        yield KeyFooter()

    def on_mount(self) -> None:
        if self.subject is not None:
            self.page.focus()

    @property
    def page(self) -> KeyPage:
        return self.query_one(KeyPage)

    # -- changes from the page --------------------------------------------------------

    def show_changes(self) -> None:
        if self.subject is not None:
            self.page.show(self.subject.masked(self.assessment))
        hint = self.query_one("#meeting-keys", Label)
        if str(hint.content) != self._key_hint():  # it changes only when finished or reopened
            hint.update(self._key_hint())

    def _key_hint(self) -> str:
        """The keys the Footer has no room for (no `+` while the assessment is final)."""
        final = self.assessment.status is AssessmentStatus.FINAL
        return t("assessment.meeting.key_hint_final" if final else "assessment.meeting.key_hint")

    @on(KeyPage.ScoreEntered, "#meeting-page")
    def _score(self, message: KeyPage.ScoreEntered) -> None:
        self.change(lambda a: flow.set_score(a, message.participant_id, message.key, message.score))

    @on(KeyPage.ScoreCleared, "#meeting-page")
    def _clear(self, message: KeyPage.ScoreCleared) -> None:
        self.change(lambda a: flow.clear_score(a, message.participant_id, message.key))

    @on(KeyPage.NoteRequested, "#meeting-page")
    def _note(self, message: KeyPage.NoteRequested) -> None:
        if self.subject is None:
            return
        key = message.key
        stored = _note_of(self.assessment, key)
        shown = _note_of(self.subject.masked(self.assessment), key)

        def done(note: str | None) -> None:
            if note is not None:
                kept = kept_unless_edited(stored, shown, note)
                if kept != stored:
                    self.change(lambda a: flow.set_note(a, key, kept))
            self.page.focus()

        # The projector shows the editor too: it opens without the child's names.
        self.app.push_screen(note_modal(key, shown), done)

    @on(KeyPage.ActionRequested, "#meeting-page")
    def _action(self, message: KeyPage.ActionRequested) -> None:
        def done(draft: ActionDraft | None) -> None:
            if draft is not None:
                added = t("assessment.action.added", key=draft.key)
                self.change(draft.add_to, saved=added)
            self.page.focus()

        self.app.push_screen(action_modal(message.key), done)

    def action_add_participant(self) -> None:
        """Someone joins the meeting late: add them to the draft and score on."""

        def done(person: Participant | None) -> None:
            if person is not None:
                self.change(lambda a: flow.add_participant(a, person.label, person.role))
            self.page.focus()

        self.app.push_screen(participant_modal(None), done)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Nobody joins a final assessment: `+` is off (and out of the Footer) until reopened."""
        if action == "add_participant":
            return self.assessment.status is not AssessmentStatus.FINAL
        return True

    # -- leaving ----------------------------------------------------------------------

    def action_summary(self) -> None:
        self.post_message(self.SummaryRequested(self, self.assessment))

    def action_back(self) -> None:
        self.app.pop_screen()


def _note_of(assessment: Assessment, key: int) -> str:
    return next((ks.note for ks in assessment.keys if ks.key == key), "")
