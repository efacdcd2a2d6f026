"""Setting up a seven-keys self-assessment: date, facilitator, participants, anonymous or not.

For a case the subject is fixed (shown by its code); for a team or school the label is typed.
Participants start as those of the previous assessment of the same subject, or else as the
roles of the case's parties (never their names: they could name the child). `ctrl+s` creates
the draft and saves it; the screen dismisses with it, so the caller can start the meeting.
"""

from __future__ import annotations

from datetime import date
from typing import Any, ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.screen import Screen
from textual.widgets import Static

from rondom_tui.domain.assessment import flow as flow
from rondom_tui.domain.cases import rules as rules
from rondom_tui.domain.cases.rules import FieldErrors
from rondom_tui.domain.dates import format_day
from rondom_tui.domain.errors import ValidationError
from rondom_tui.domain.models import Assessment, Participant
from rondom_tui.i18n import current_language, t, t_count
from rondom_tui.ui.assessment_subject import Subject
from rondom_tui.ui.bindings import Translated
from rondom_tui.ui.modals.assessment_parts import describe_participant, participant_modal
from rondom_tui.ui.screens.form_screen import SavingForm
from rondom_tui.ui.widgets.app_header import AppHeader
from rondom_tui.ui.widgets.form_fields import FieldSpec, FormFields
from rondom_tui.ui.widgets.item_list import ItemList
from rondom_tui.ui.widgets.key_footer import KeyFooter


def setup_fields(*, team: bool) -> list[FieldSpec]:
    fields = [
        FieldSpec("held_on", "assessment.setup.held_on", placeholder="form.day_placeholder"),
        FieldSpec("facilitator", "assessment.setup.facilitator"),
        FieldSpec("anonymous", "assessment.setup.anonymous", kind="checkbox"),
    ]
    if team:
        label = FieldSpec(
            "label", "assessment.setup.label", placeholder="assessment.setup.label_placeholder"
        )
        fields.insert(0, label)
    return fields


class AssessmentSetupScreen(SavingForm, Translated, Screen[Assessment | None]):
    """Create a draft assessment; dismisses with it once saved, or None when cancelled."""

    CSS_PATH = "assessment.tcss"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("ctrl+s", "save", "assessment.setup.key.start", id="setup.save"),
        Binding("escape", "cancel", "form.key.cancel", id="setup.cancel"),
    ]

    def __init__(
        self,
        subject: Subject,
        *,
        participants: list[Participant] | None = None,
        today: date | None = None,
    ) -> None:
        super().__init__()
        self.subject = subject
        """The case or team assessed (a team's label can still be changed here)."""
        self.participants: list[Participant] = list(participants or [])
        """Who takes part, in the order they score."""
        self._today = today or date.today()

    @property
    def is_team(self) -> bool:
        return self.subject.case_id is None

    def compose(self) -> ComposeResult:
        yield AppHeader()
        with VerticalScroll(id="setup-form"):
            if self.is_team:
                title = t("assessment.setup.title_team")
            else:
                title = t("assessment.setup.title_case", code=self.subject.shown)
            yield Static(title, classes="section-title", markup=False)
            values = {"held_on": format_day(self._today), "label": self.subject.label}
            yield FormFields(setup_fields(team=self.is_team), values, id="setup-fields")
            yield Static(t("assessment.setup.participants"), classes="section-title", markup=False)
            yield ItemList("participants", id="setup-participants")
            yield Static("", id="error-participants", classes="form-error", markup=False)
            yield Static(t("assessment.setup.hint"), classes="hint", markup=False)
        yield KeyFooter()

    def on_mount(self) -> None:
        self.query_one("#error-participants").display = False
        self._show_participants()
        self.query_one(FormFields).focus_first()
        self._initial = self._snapshot()

    def _snapshot(self) -> Any:
        people = [(p.label, p.role) for p in self.participants]
        return self.query_one(FormFields).values(), people

    def _show_participants(self) -> None:
        lines = [describe_participant(p) for p in self.participants]
        self.query_one(ItemList).show_items(lines)

    @on(ItemList.Requested, "#setup-participants")
    def _participant_requested(self, event: ItemList.Requested) -> None:
        if event.action == "remove" and event.index is not None:
            del self.participants[event.index]
            self._show_participants()
            return
        current = self.participants[event.index] if event.index is not None else None

        def done(person: Participant | None) -> None:
            if person is None:
                return
            if event.index is None:
                self.participants.append(person)
            else:
                self.participants[event.index] = person
            self._show_participants()
            event.item_list.focus()

        self.app.push_screen(participant_modal(current), done)

    # -- save and cancel --------------------------------------------------------------

    def _build(self, errors: FieldErrors) -> Assessment | None:
        values = self.query_one(FormFields).values()
        held_on = rules.day(values["held_on"], "held_on", errors, required=True)
        facilitator = rules.text(values["facilitator"], "facilitator", errors)
        label = rules.text(values.get("label", ""), "label", errors, required=self.is_team)
        if not self.participants:
            errors.add("participants", "assessment.setup.need_participants")
        if errors or held_on is None:
            return None
        try:
            return flow.start_assessment(
                held_on,
                case_id=self.subject.case_id,
                label=label,
                facilitator=facilitator,
                participants=[(p.label, p.role) for p in self.participants],
                anonymous=bool(values["anonymous"]),
            )
        except ValidationError as exc:
            errors.errors.setdefault(exc.field or "held_on", exc)
            return None

    def action_save(self) -> None:
        store = self.app.store
        if self._saving or store is None:
            return
        errors = FieldErrors()
        assessment = self._build(errors)
        messages = errors.messages(lang=current_language())
        self.query_one(FormFields).show_errors(messages)
        problem = self.query_one("#error-participants", Static)
        problem.update(f"✗ {messages['participants']}" if "participants" in messages else "")
        problem.display = "participants" in messages
        if assessment is None:
            self.notify(
                t_count("form.fix_errors", len(messages), count=len(messages)), severity="warning"
            )
            return
        self._saving = True
        self.app.store_call(
            lambda: store.assessments.save(assessment), self._saved, self._save_failed
        )

    def _saved(self, assessment: Assessment) -> None:
        self._saving = False
        if self.is_current:
            self.dismiss(assessment)
