"""The text parts of the assessment screens: the numbers per key and one key in depth (summary),
and the scale's anchors (meeting mode).

Both are plain Rich renderables painted into `Static`s. Every meaning carries a glyph as well
as a colour (``!`` for disagreement, ▲/▼/= for the change, + and − for evidence), so they read
on a monochrome screen and on a projector.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from rich.console import Group, RenderableType
from rich.table import Table
from rich.text import Text

from rondom_tui.domain.assessment.bars import DISAGREEMENT_GLYPH, change_text
from rondom_tui.domain.assessment.scale import SCALE, SCALE_VALUES, anchor_label, format_number
from rondom_tui.domain.assessment.stats import (
    Answer,
    AssessmentSummary,
    KeyChange,
    KeyEvidence,
    KeyStats,
)
from rondom_tui.domain.keys import key_by_number
from rondom_tui.domain.models import Action, Event
from rondom_tui.i18n import current_language, t
from rondom_tui.ui.modals.assessment_parts import describe_action


def _int(value: int | None) -> str:
    return "–" if value is None else str(value)


def overview_table(summary: AssessmentSummary, changes: Sequence[KeyChange] | None = None) -> Table:
    """Per key: mean, lowest, highest, spread, "weet niet", not answered yet, disagreement and
    change."""
    lang = current_language()
    table = Table(box=None, padding=(0, 1), header_style="bold", show_edge=False)
    table.add_column(t("assessment.summary.col.key"), justify="right", no_wrap=True)
    for column in ("mean", "low", "high", "spread", "dont_know", "missing"):
        table.add_column(t(f"assessment.summary.col.{column}"), justify="right", no_wrap=True)
    table.add_column(t("assessment.summary.col.disagreement"), justify="center", no_wrap=True)
    if changes:
        table.add_column(t("assessment.export.col.change"), no_wrap=True)
    for stats in summary.keys:
        row = [
            str(stats.key),
            format_number(stats.mean, lang=lang),
            _int(stats.minimum),
            _int(stats.maximum),
            _int(stats.spread),
            str(stats.dont_know),
            str(stats.missing),
            Text(DISAGREEMENT_GLYPH, style="bold") if stats.disagreement else "",
        ]
        if changes:
            row.append(change_text(changes[stats.key - 1], lang=lang))
        table.add_row(*row, style="bold" if stats.disagreement else "")
    return table


def _answers(stats: KeyStats, anonymous: bool) -> Text:
    lang = current_language()
    text = Text()
    if anonymous:
        for count, value in zip(stats.distribution, SCALE_VALUES, strict=True):
            text.append(f"  {value} {anchor_label(value, lang=lang)}: {count}\n")
        text.append(f"  {anchor_label(None, lang=lang)}: {stats.dont_know}\n")
        text.append(f"  {t('assessment.answer.missing')}: {stats.missing}\n")
        return text
    for answer in stats.by_participant:
        who = " · ".join(p for p in (answer.role, answer.label) if p) or "—"
        if answer.answer is Answer.SCORED:
            given = f"{answer.score} {anchor_label(answer.score, lang=lang)}"
        elif answer.answer is Answer.DONT_KNOW:
            given = f"? {anchor_label(None, lang=lang)}"
        else:
            given = f"· {t('assessment.answer.missing')}"
        text.append(f"  {given:<16} {who}\n")
    return text


def _events(events: Sequence[Event], glyph: str, label_id: str) -> Text:
    lang = current_language()
    text = Text(f"{glyph} {t(label_id)}: ", style="bold")
    if not events:
        text.append(t("assessment.export.none") + "\n", style="")
        return text
    text.append("\n")
    for event in events:
        text.append(f"  {glyph} {event.start.display(lang)}  {event.title}\n", style="")
    return text


def key_detail(
    stats: KeyStats,
    *,
    anonymous: bool,
    change: KeyChange | None = None,
    evidence: KeyEvidence | None = None,
    actions: Sequence[Action] = (),
    plan: Sequence[str] = (),
    today: date,
) -> RenderableType:
    """One key in depth: its numbers, who gave what, the note, the evidence, the actions and
    the plan items that serve the key (`plan`: one line each, as they may be shown)."""
    lang = current_language()
    key = key_by_number(stats.key)
    title = Text(f"{key.number}. {key.title(lang)}", style="bold")
    if stats.disagreement:
        title.append(f"  {DISAGREEMENT_GLYPH} {t('assessment.summary.disagreements')}")
    numbers = t(
        "assessment.summary.numbers",
        mean=format_number(stats.mean, lang=lang),
        low=_int(stats.minimum),
        high=_int(stats.maximum),
        spread=_int(stats.spread),
    )
    if change is not None:
        numbers += "  " + t("assessment.summary.since_last", change=change_text(change, lang=lang))
    parts: list[RenderableType] = [title, Text(numbers), _answers(stats, anonymous)]
    if stats.note:
        parts.append(Text.assemble((t("assessment.page.note") + ": ", "bold"), stats.note))
    if evidence is not None:
        parts.append(_events(evidence.promoting, "+", "assessment.summary.promoting"))
        parts.append(_events(evidence.hindering, "−", "assessment.summary.hindering"))
    if actions:
        lines = "\n".join("  " + describe_action(a, today=today) for a in actions)
        parts.append(Text(f"{t('assessment.export.actions')}:\n{lines}"))
    if plan:
        lines = "\n".join(f"  {line}" for line in plan)
        parts.append(Text(f"{t('plan.assessment.serving')}:\n{lines}"))
    return Group(*parts)


def scale_legend() -> Text:
    """The anchors of the scale on one line: ``1 nog niet   2 een beetje … 0 weet niet``."""
    text = Text()
    for anchor in SCALE:
        text.append(f" {anchor.value} ", style="bold reverse")
        text.append(f" {anchor.label(lang=current_language())}   ")
    text.append(" 0 ", style="bold reverse")
    text.append(f" {anchor_label(None, lang=current_language())}")
    return text
