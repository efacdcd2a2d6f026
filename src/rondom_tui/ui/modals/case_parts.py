"""The dialogs for the lists inside a case: involved parties and consents; how a goal (an item
of the plan, or a goal of a case from before the plan) is described."""

from __future__ import annotations

from datetime import date
from typing import Any

from rondom_tui.domain.cases import rules as rules
from rondom_tui.domain.cases.rules import FieldErrors
from rondom_tui.domain.dates import format_day
from rondom_tui.domain.models import Consent, ConsentScope, Goal, GoalStatus, Party
from rondom_tui.i18n import t
from rondom_tui.ui.modals.form import FormModal
from rondom_tui.ui.widgets.form_fields import FieldSpec, worded_choices

ROLE_SUGGESTIONS = (
    "role.parent",
    "role.guardian",
    "role.teacher",
    "role.ib",
    "role.youth_worker",
    "role.school_social_worker",
    "role.attendance_officer",
    "role.gp",
    "role.other",
)

PARTY_FIELDS = [
    FieldSpec(
        "role", "party.role", placeholder="party.role_placeholder", suggestions=ROLE_SUGGESTIONS
    ),
    FieldSpec("name", "party.name"),
    FieldSpec("organisation", "party.organisation"),
    FieldSpec("contact", "party.contact", placeholder="party.contact_placeholder"),
]

CONSENT_FIELDS = [
    FieldSpec("given_by", "consent.given_by", placeholder="consent.given_by_placeholder"),
    FieldSpec("given_on", "consent.given_on", placeholder="form.day_placeholder"),
    FieldSpec(
        "scope",
        "consent.scope",
        kind="select",
        options=worded_choices("consent.scope", ConsentScope),
    ),
    FieldSpec("until", "consent.until", placeholder="form.day_placeholder_optional"),
    FieldSpec("note", "consent.note"),
]


GOAL_FIELDS = [
    FieldSpec("text", "goal.text", kind="textarea"),
    FieldSpec("keys", "goal.keys", kind="keys"),
    FieldSpec(
        "status", "goal.status", kind="select", options=worded_choices("goal.status", GoalStatus)
    ),
]


def build_party(values: dict[str, Any], errors: FieldErrors) -> Party:
    party = Party(
        role=rules.text(values["role"], "role", errors),
        name=rules.text(values["name"], "name", errors),
        organisation=rules.text(values["organisation"], "organisation", errors),
        contact=rules.text(values["contact"], "contact", errors),
    )
    if not (party.role or party.name or party.organisation):
        errors.add("role", "party.need_something")
    return party


def build_consent(values: dict[str, Any], errors: FieldErrors) -> Consent:
    today = date.today()
    given_on = rules.day(values["given_on"], "given_on", errors, required=True, not_after=today)
    until = rules.day(values["until"], "until", errors)
    if given_on and until and until < given_on:
        errors.add("until", "consent.until_before_given")
    return Consent(
        given_by=rules.text(values["given_by"], "given_by", errors, required=True),
        given_on=given_on,
        scope=ConsentScope(values["scope"] or ConsentScope.EXCHANGE.value),
        until=until,
        note=rules.text(values["note"], "note", errors),
    )


def party_modal(party: Party | None) -> FormModal[Party]:
    values = (
        {}
        if party is None
        else {
            "role": party.role,
            "name": party.name,
            "organisation": party.organisation,
            "contact": party.contact,
        }
    )
    title = t("party.new") if party is None else t("party.edit")
    return FormModal(title, PARTY_FIELDS, values, build_party)


def consent_modal(consent: Consent | None) -> FormModal[Consent]:
    if consent is None:
        values: dict[str, Any] = {
            "given_on": format_day(date.today()),
            "scope": ConsentScope.EXCHANGE.value,
        }
    else:
        values = {
            "given_by": consent.given_by,
            "given_on": format_day(consent.given_on),
            "scope": consent.scope.value,
            "until": format_day(consent.until),
            "note": consent.note,
        }
    title = t("consent.new") if consent is None else t("consent.edit")
    return FormModal(title, CONSENT_FIELDS, values, build_consent)


def describe_party(party: Party, *, names: bool = True) -> str:
    who = party.name if names else ""
    parts = [p for p in (party.role, who, party.organisation) if p]
    if names and party.contact:
        parts.append(party.contact)
    return " · ".join(parts) or "—"


def describe_consent(consent: Consent, today: date) -> str:
    valid = consent.covers_sharing(today) or (
        consent.scope not in (ConsentScope.EXCHANGE, ConsentScope.TRANSFER)
        and (consent.until is None or consent.until >= today)
    )
    glyph = "✓" if valid else "✗"
    until = (
        t("consent.until_short", date=format_day(consent.until))
        if consent.until
        else t("consent.no_end")
    )
    state = "" if valid else " " + t("consent.expired")
    return (
        f"{glyph} {t(f'consent.scope.{consent.scope.value}')} · {consent.given_by} · "
        f"{format_day(consent.given_on)} · {until}{state}"
    )


GOAL_GLYPHS = {
    GoalStatus.OPEN: "○",
    GoalStatus.ACTIVE: "◐",
    GoalStatus.ACHIEVED: "●",
    GoalStatus.STOPPED: "✗",
}


def describe_goal(goal: Goal) -> str:
    keys = ",".join(str(k) for k in goal.keys)
    first_line = goal.text.splitlines()[0] if goal.text else ""
    return f"{GOAL_GLYPHS[goal.status]} {t(f'goal.status.{goal.status.value}')} · {first_line}" + (
        f" · 🔑 {keys}" if keys else ""
    )
