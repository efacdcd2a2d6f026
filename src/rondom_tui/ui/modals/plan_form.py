"""The dialog for one plan item: the goal, what will be done, by whom, from when until when,
when it is evaluated, which of the seven keys it serves.

Started from the Tijdlijn (`p` on a hindering event or on a link), it names what it answers in
its title and takes over the keys the event bears on; the dates are typed as on the timeline
(``03-2027``, ``~2027``), and the period may not end before it starts.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import msgspec

from rondom_tui.domain.cases import rules as rules
from rondom_tui.domain.cases.rules import FieldErrors
from rondom_tui.domain.models import Event, GoalStatus, period_problem
from rondom_tui.domain.plan.evaluations import evaluation_state
from rondom_tui.domain.plan.models import PlanItem
from rondom_tui.domain.plan.words import EVALUATION_MARKS, describe_period
from rondom_tui.i18n import current_language, t, t_count
from rondom_tui.ui.modals.case_parts import GOAL_GLYPHS, ROLE_SUGGESTIONS
from rondom_tui.ui.modals.form import FormModal
from rondom_tui.ui.widgets.form_fields import FieldSpec, worded_choices

TEXT_LIMIT = 20_000


def plan_item_fields() -> list[FieldSpec]:
    date_hint = "plan.item.date_placeholder"
    return [
        FieldSpec("goal", "plan.item.goal", kind="textarea"),
        FieldSpec("action", "plan.item.action", kind="textarea"),
        FieldSpec("by_whom", "plan.item.by_whom", suggestions=ROLE_SUGGESTIONS),
        FieldSpec("start", "plan.item.start", placeholder=date_hint),
        FieldSpec("until", "plan.item.until", placeholder=date_hint),
        FieldSpec("evaluate_on", "plan.item.evaluate_on", placeholder=date_hint),
        FieldSpec("keys", "plan.item.keys", kind="keys"),
        FieldSpec(
            "status",
            "plan.item.status",
            kind="select",
            options=worded_choices("goal.status", GoalStatus),
        ),
    ]


def plan_item_values(item: PlanItem) -> dict[str, Any]:
    """The form's raw values for an item."""

    def typed(value: Any) -> str:
        return value.input_text() if value is not None else ""

    return {
        "goal": item.goal,
        "action": item.action,
        "by_whom": item.by_whom,
        "start": typed(item.start),
        "until": typed(item.until),
        "evaluate_on": typed(item.evaluate_on),
        "keys": list(item.keys),
        "status": item.status.value,
    }


def build_plan_item(
    values: dict[str, Any], errors: FieldErrors, *, original: PlanItem, today: date
) -> PlanItem:
    """The item the form describes (a copy of `original`: what it answers, the meeting's
    agreement and the parents' view stay as they were)."""
    start = rules.partial_date(values["start"], "start", errors, today=today)
    until = rules.partial_date(values["until"], "until", errors, today=today)
    if (problem := period_problem(start, until, False)) is not None:
        errors.add("until", problem)
    return msgspec.structs.replace(
        original,
        goal=rules.text(values["goal"], "goal", errors, required=True, limit=TEXT_LIMIT),
        action=rules.text(values["action"], "action", errors, limit=TEXT_LIMIT),
        by_whom=rules.text(values["by_whom"], "by_whom", errors),
        start=start,
        until=until,
        evaluate_on=rules.partial_date(values["evaluate_on"], "evaluate_on", errors, today=today),
        keys=rules.key_numbers(values["keys"], "keys", errors),
        status=GoalStatus(values["status"] or original.status.value),
    )


def plan_item_modal(
    item: PlanItem | None,
    *,
    case_id: str,
    today: date,
    answers: str = "",
    events: tuple[str, ...] = (),
    links: tuple[str, ...] = (),
    keys: tuple[int, ...] = (),
    title: str | None = None,
) -> FormModal[PlanItem]:
    """Edit `item` (or complete a draft made elsewhere, under its own `title`), or draft a new
    one that answers `events` and `links` (their words, as they may be shown now, in
    `answers`) and serves `keys`."""
    if item is None:
        original = PlanItem(case_id=case_id, events=events, links=links, keys=sorted(keys))
        title = title or (
            t("plan.item.new_for", answers=answers) if answers else t("plan.item.new")
        )
    else:
        original = item
        title = title or t("plan.item.edit")

    def build(raw: dict[str, Any], errors: FieldErrors) -> PlanItem:
        return build_plan_item(raw, errors, original=original, today=today)

    return FormModal(title, plan_item_fields(), plan_item_values(original), build)


def draft_from_event(
    event: Event | None,
    *,
    case_id: str,
    today: date,
    tell: Callable[[str], str],
    explained_by: tuple[str, ...] = (),
) -> FormModal[PlanItem]:
    """A new item answering `event` (the timeline's selection; none: a blank item) and the
    links that may explain it (`explained_by`), its title as it may be shown now (`tell`:
    names replaced in privacy mode)."""
    if event is None:
        return plan_item_modal(None, case_id=case_id, today=today)
    answers = tell(event.title)
    if explained_by:
        answers = t_count(
            "plan.item.with_links", len(explained_by), title=answers, n=len(explained_by)
        )
    return plan_item_modal(
        None,
        case_id=case_id,
        today=today,
        answers=answers,
        events=(event.id,),
        links=explained_by,
        keys=tuple(event.keys),
    )


def describe_plan_item(item: PlanItem, today: date) -> str:
    """One line for a plan item, as the case screen lists goals: ``◐ bezig · Rust in de klas ·
    🔑 2,5 · apr 2026 – jul 2026 · ⚠ evaluatie te laat``."""
    lang = current_language()
    first_line = item.goal.splitlines()[0] if item.goal else ""
    parts = [f"{GOAL_GLYPHS[item.status]} {t(f'goal.status.{item.status.value}')}", first_line]
    if item.keys:
        parts.append("🔑 " + ",".join(str(k) for k in item.keys))
    if period := describe_period(item, lang=lang):
        parts.append(period)
    if (state := evaluation_state(item, today)) is not None:
        parts.append(f"{EVALUATION_MARKS[state]} {t(f'plan.case.evaluation_{state.value}')}")
    return " · ".join(parts)
