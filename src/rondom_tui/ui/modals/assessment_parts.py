"""The small dialogs of an assessment: a participant, a key's note, an action (actiepunt)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from rondom_tui.domain import assessment_flow as flow
from rondom_tui.domain import case_rules as rules
from rondom_tui.domain.case_rules import FieldErrors
from rondom_tui.domain.dates import format_day
from rondom_tui.domain.keys import SEVEN_KEYS, key_by_number
from rondom_tui.domain.models import Action, Assessment, Participant
from rondom_tui.i18n import current_language, t
from rondom_tui.ui.modals.case_parts import ROLE_SUGGESTIONS
from rondom_tui.ui.modals.form import FormModal
from rondom_tui.ui.widgets.form_fields import FieldSpec

NOTE_LIMIT = 20_000

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


def action_fields() -> list[FieldSpec]:
    lang = current_language()
    return [
        FieldSpec("text", "assessment.action.text"),
        FieldSpec(
            "owner",
            "assessment.action.owner",
            placeholder="assessment.action.owner_placeholder",
            suggestions=ROLE_SUGGESTIONS,
        ),
        FieldSpec("due", "assessment.action.due", placeholder="form.day_placeholder_optional"),
        FieldSpec(
            "key",
            "assessment.action.key",
            kind="select",
            translate_options=False,
            options=tuple((f"{k.number}  {k.title(lang)}", k.number) for k in SEVEN_KEYS),
        ),
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
    return FormModal(title, action_fields(), values, build_action)


def describe_participant(person: Participant) -> str:
    return " · ".join(p for p in (person.role, person.label) if p) or "—"


def describe_action(action: Action) -> str:
    """``☐ 2 · Elke week bellen · leerkracht · 01-04-2026`` (☑ when done)."""
    parts = [f"{'☑' if action.done else '☐'} {action.key}", action.text]
    if action.owner:
        parts.append(action.owner)
    if action.due:
        parts.append(format_day(action.due))
    return " · ".join(parts)
