"""The small dialogs of an assessment: a participant, a key's note, an action (actiepunt); and
how a participant or an action is described in one line, on these screens and the case's."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from rondom_tui.domain.assessment import flow as flow
from rondom_tui.domain.assessment.overdue import is_overdue, overdue_mark
from rondom_tui.domain.cases import rules as rules
from rondom_tui.domain.cases.redact import kept_unless_edited
from rondom_tui.domain.cases.rules import FieldErrors
from rondom_tui.domain.dates import format_day
from rondom_tui.domain.keys import key_by_number
from rondom_tui.domain.models import Action, Assessment, Case, Participant
from rondom_tui.i18n import current_language, t
from rondom_tui.report.assessment_summary import ReportOptions, private_view
from rondom_tui.ui.glyphs import plain_glyphs
from rondom_tui.ui.modals.case_parts import ROLE_SUGGESTIONS
from rondom_tui.ui.modals.form import FormModal
from rondom_tui.ui.widgets.form_fields import FieldSpec

NOTE_LIMIT = 20_000

DONE_GLYPH = "✓"
OPEN_GLYPH = "○"
"""An action done or still open: a glyph as well as words, for a monochrome screen."""

PARTICIPANT_FIELDS = [
    FieldSpec(
        "role",
        "assessment.participant.role",
        placeholder="assessment.participant.role_placeholder",
        suggestions=ROLE_SUGGESTIONS,
    ),
    FieldSpec(
        "label", "assessment.participant.label", placeholder="assessment.participant.label_hint"
    ),
]

NOTE_FIELDS = [FieldSpec("note", "assessment.note.label", kind="textarea")]


@dataclass(frozen=True, slots=True)
class ActionDraft:
    """What the action dialog returns: the fields of an `Action` still to be applied."""

    key: int
    text: str
    owner: str
    due: date | None

    def add_to(self, assessment: Assessment) -> Assessment:
        """`assessment` with this as a new action."""
        return flow.add_action(assessment, self.key, self.text, owner=self.owner, due=self.due)

    def replace_in(self, assessment: Assessment, action_id: str) -> Assessment:
        """`assessment` with the action `action_id` changed to this."""
        return flow.update_action(
            assessment, action_id, key=self.key, text=self.text, owner=self.owner, due=self.due
        )

    def keeping_names(self, stored: Action, shown: Action) -> ActionDraft:
        """This draft of `stored`, made in a dialog that showed `shown` (the child's names
        hidden): a text or owner left as shown keeps the stored one, names and all."""
        return replace(
            self,
            text=kept_unless_edited(stored.text, shown.text, self.text),
            owner=kept_unless_edited(stored.owner, shown.owner, self.owner),
        )


ACTION_FIELDS = [
    FieldSpec("text", "assessment.action.text"),
    FieldSpec(
        "owner",
        "assessment.action.owner",
        placeholder="assessment.action.owner_placeholder",
        suggestions=ROLE_SUGGESTIONS,
    ),
    FieldSpec("due", "assessment.action.due", placeholder="form.day_placeholder_optional"),
    FieldSpec("key", "assessment.action.key", kind="key"),
]


def build_participant(values: dict[str, Any], errors: FieldErrors) -> Participant:
    person = Participant(
        role=rules.text(values["role"], "role", errors),
        label=rules.text(values["label"], "label", errors),
    )
    if not (person.role or person.label):
        errors.add("role", "assessment.error.participant_empty")
    return person


def build_note(values: dict[str, Any], errors: FieldErrors) -> str:
    return rules.text(values["note"], "note", errors, limit=NOTE_LIMIT)


def build_action(values: dict[str, Any], errors: FieldErrors) -> ActionDraft:
    return ActionDraft(
        key=int(values["key"] or 1),
        text=rules.text(values["text"], "text", errors, required=True),
        owner=rules.text(values["owner"], "owner", errors),
        due=rules.day(values["due"], "due", errors),
    )


def participant_modal(person: Participant | None) -> FormModal[Participant]:
    values = {} if person is None else {"role": person.role, "label": person.label}
    title = t("assessment.participant.new") if person is None else t("assessment.participant.edit")
    return FormModal(title, PARTICIPANT_FIELDS, values, build_participant)


def note_modal(key: int, note: str) -> FormModal[str]:
    title = t("assessment.note.title", key=key, title=key_by_number(key).title(current_language()))
    return FormModal(title, NOTE_FIELDS, {"note": note}, build_note)


def action_modal(key: int, action: Action | None = None) -> FormModal[ActionDraft]:
    if action is None:
        values: dict[str, Any] = {"key": key}
        title = t("assessment.action.new")
    else:
        values = {
            "key": action.key,
            "text": action.text,
            "owner": action.owner,
            "due": format_day(action.due),
        }
        title = t("assessment.action.edit")
    return FormModal(title, ACTION_FIELDS, values, build_action)


def describe_participant(person: Participant) -> str:
    return " · ".join(p for p in (person.role, person.label) if p) or "—"


def describe_action(action: Action, *, today: date, key: bool = True) -> str:
    """``○ 2 · Elke week bellen · leerkracht · 01-04-2026`` (✓ when done, ``⚠ te laat`` after
    the date when it passed by `today`); without the key number where the key is plain already
    (its own page)."""
    glyph = DONE_GLYPH if action.done else OPEN_GLYPH
    parts = [f"{glyph} {action.key} · {action.text}" if key else f"{glyph} {action.text}"]
    if action.owner:
        parts.append(action.owner)
    if action.due:
        due = format_day(action.due)
        if is_overdue(action, today):
            due += " " + overdue_mark(lang=current_language(), plain=plain_glyphs())
        parts.append(due)
    return " · ".join(parts)


def describe_open_actions(
    assessments: Iterable[Assessment], case: Case, *, privacy: bool, today: date
) -> str:
    """The actions not done yet of a case's assessments, oldest meeting first, one a line,
    those overdue by `today` flagged.

    With `privacy` the child's names typed into an action become the case code and an owner
    shows as the role of a participant or party (else "naam weggelaten"), as in a private
    export.
    """
    if privacy:
        options = ReportOptions(
            privacy=True,
            case_code=case.code,
            child_names=(case.full_name, case.given_name, case.family_name),
            parties=tuple(case.parties),
        )
        lang = current_language()
        assessments = [private_view(a, options, lang=lang) for a in assessments]
    lines = [describe_action(action, today=today) for _, action in flow.open_actions(assessments)]
    return "\n".join(lines) or t("assessment.case.no_open_actions")
