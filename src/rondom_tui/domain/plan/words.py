"""The plan in words, for the meeting screen and the reports alike: an item's period, its
evaluation, its agreement, and what changed since the last version.

Pure: the language is an argument. Every state is a mark and a word, so it reads without colour
(a projector, paper): ✓ agreed, ✗ not agreed, ○ not yet discussed; ⚠ an evaluation overdue,
◷ one due soon (``!`` and ``~`` where the terminal or file has only ASCII).
"""

from __future__ import annotations

from collections.abc import Mapping

from rondom_tui.domain.dates import PartialDate
from rondom_tui.domain.plan.diff import PlanDiff
from rondom_tui.domain.plan.evaluations import Evaluation
from rondom_tui.domain.plan.models import Agreement, PlanItem
from rondom_tui.i18n.texts import translate, translate_count

AGREEMENT_MARKS = {Agreement.AGREED: "✓", Agreement.NOT_AGREED: "✗", Agreement.UNDISCUSSED: "○"}
AGREEMENT_PLAIN = {Agreement.AGREED: "x", Agreement.NOT_AGREED: "!", Agreement.UNDISCUSSED: "o"}
EVALUATION_MARKS = {Evaluation.OVERDUE: "⚠", Evaluation.DUE: "◷"}
EVALUATION_PLAIN = {Evaluation.OVERDUE: "!", Evaluation.DUE: "~"}


def _day(value: PartialDate | None, lang: str) -> str:
    return value.display(lang) if value is not None else "…"


def describe_period(item: PlanItem, *, lang: str) -> str:
    """``apr 2026 – jul 2026``, ``vanaf apr 2026``, ``tot jul 2026``, or empty."""
    if item.start is None and item.until is None:
        return ""
    if item.until is None:
        return translate(lang, "plan.period.from", start=_day(item.start, lang))
    if item.start is None:
        return translate(lang, "plan.period.until", until=_day(item.until, lang))
    return f"{_day(item.start, lang)} – {_day(item.until, lang)}"


def agreement_mark(agreement: Agreement, *, lang: str, plain: bool = False) -> str:
    """``✓ akkoord``: a mark and a word."""
    mark = (AGREEMENT_PLAIN if plain else AGREEMENT_MARKS)[agreement]
    return f"{mark} {translate(lang, f'plan.agreement.{agreement.value}')}"


def evaluation_text(
    item: PlanItem, state: Evaluation | None, *, lang: str, plain: bool = False
) -> str:
    """``evalueren op 15-06-2026 · ⚠ te laat``, or empty without an evaluation date."""
    if item.evaluate_on is None:
        return ""
    text = translate(lang, "plan.evaluate_on", day=item.evaluate_on.display(lang))
    if state is None:
        return text
    mark = (EVALUATION_PLAIN if plain else EVALUATION_MARKS)[state]
    return f"{text} · {mark} {translate(lang, f'plan.evaluation.{state.value}')}"


def changes_summary(diff: PlanDiff, number: int, *, lang: str) -> str:
    """``Sinds versie 2: 1 nieuw, 1 vervallen, 2 data verschoven`` (or that nothing changed)."""
    if diff.is_empty:
        return translate(lang, "plan.changes.none", number=number)
    parts = [
        translate_count(lang, f"plan.changes.{kind}", count, n=count)
        for kind, count in (
            ("added", len(diff.added)),
            ("dropped", len(diff.dropped)),
            ("moved", len(diff.moved)),
        )
        if count
    ]
    return translate(lang, "plan.changes.since", number=number, changes=", ".join(parts))


def item_changes(diff: PlanDiff, item_id: str, *, lang: str) -> list[str]:
    """What changed about one item since the last version: new, or each date moved."""
    if item_id in diff.added:
        return [translate(lang, "plan.changes.item_added")]
    return [
        translate(
            lang,
            f"plan.changes.moved_{move.field}",
            before=_day(move.before, lang),
            after=_day(move.after, lang),
        )
        for move in diff.moved
        if move.item_id == item_id
    ]


def dropped_goals(diff: PlanDiff, before: Mapping[str, PlanItem]) -> list[str]:
    """The goals of the items dropped since the last version, as they were."""
    return [before[ident].goal for ident in diff.dropped if ident in before]


__all__ = [
    "AGREEMENT_MARKS",
    "EVALUATION_MARKS",
    "agreement_mark",
    "changes_summary",
    "describe_period",
    "dropped_goals",
    "evaluation_text",
    "item_changes",
]
