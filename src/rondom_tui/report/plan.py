"""The case's plan on paper: Markdown, an HTML page and a print SVG, each with the Tijdlijn
picture (its planned periods and evaluations drawn after today) next to the items.

Pure: domain objects in, text out, in the `lang` given; writing the file is the caller's
business (`cli/plan.py`, the plan meeting's `x`). With `private` the child is named by the case
code and known names in free text are replaced (`report.timeline.redact`), as in the timeline's
export. Every state is a mark and a word, never a colour alone.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from rondom_tui.domain.dates import format_day
from rondom_tui.domain.keys import key_by_number
from rondom_tui.domain.links import Link
from rondom_tui.domain.models import Case, Event
from rondom_tui.domain.plan.diff import plan_diff
from rondom_tui.domain.plan.evaluations import evaluation_state
from rondom_tui.domain.plan.models import PlanItem, PlanVersion
from rondom_tui.domain.plan.words import (
    agreement_mark,
    changes_summary,
    describe_period,
    evaluation_text,
)
from rondom_tui.domain.text import clean_text
from rondom_tui.domain.timeline.planned import planned_spans
from rondom_tui.i18n.texts import translate
from rondom_tui.report.html_page import escape, page_start
from rondom_tui.report.timeline import header_lines, redact, who
from rondom_tui.report.timeline_files import ExportFormat
from rondom_tui.report.timeline_svg import Paper, inline_svg, timeline_pages, timeline_svg

_PAGE_STYLE = """
body { font-family: system-ui, sans-serif; margin: 1.5em; color: #111; }
svg { width: 100%; height: auto; border: 1px solid #ddd; }
section { border-top: 1px solid #ccc; margin-top: 1em; }
@media print { svg { border: none; } section { break-inside: avoid; } }
"""


@dataclass(frozen=True, slots=True)
class PlanReport:
    """Everything the plan's files show: the case, its events and links (what items answer),
    its items and saved versions, and the day it is made."""

    case: Case
    events: Sequence[Event]
    items: Sequence[PlanItem]
    versions: Sequence[PlanVersion] = ()
    links: Sequence[Link] = ()
    today: date = date(2000, 1, 1)

    def __repr__(self) -> str:  # counts only, never content
        return f"PlanReport(items={len(self.items)})"


def _tell(report: PlanReport, private: bool, text: str) -> str:
    return redact(text, report.case) if private else text


def item_facts(
    report: PlanReport, item: PlanItem, *, private: bool, lang: str
) -> list[tuple[str, str]]:
    """(label, value) for one item: what, by whom, when, evaluated when (and whether due),
    keys, what it answers, status, agreement, the parents' view."""

    def tell(text: str) -> str:
        return _tell(report, private, " ".join(text.split()))

    def label(name: str) -> str:
        return translate(lang, f"plan.report.{name}")

    events = {e.id: e for e in report.events}
    links = {link.id: link for link in report.links}
    facts = []
    if item.action.strip():
        facts.append((label("action"), tell(item.action)))
    if item.by_whom.strip():
        facts.append((label("by_whom"), tell(item.by_whom)))
    if period := describe_period(item, lang=lang):
        facts.append((label("period"), period))
    state = evaluation_state(item, report.today)
    if evaluation := evaluation_text(item, state, lang=lang):
        facts.append((label("evaluation"), evaluation))
    if item.keys:
        keys = " · ".join(f"{k} {key_by_number(k).title(lang)}" for k in sorted(set(item.keys)))
        facts.append((label("keys"), keys))
    answers = [tell(events[i].title) for i in item.events if i in events]
    if answers:
        facts.append((label("answers"), "; ".join(answers)))
    explained = [tell(links[i].wording) or "…" for i in item.links if i in links]
    if explained:
        facts.append((label("links"), "; ".join(explained)))
    facts.append((label("status"), translate(lang, f"goal.status.{item.status.value}")))
    facts.append((label("agreement"), agreement_mark(item.agreement, lang=lang)))
    if item.parents_view.strip():
        facts.append((label("parents"), tell(item.parents_view)))
    return facts


def _version_lines(report: PlanReport, *, lang: str) -> list[str]:
    """The last saved version and what changed since."""
    if not report.versions:
        return []
    last = report.versions[-1]
    saved = translate(
        lang, "plan.report.version", number=last.number, day=format_day(last.saved_on)
    )
    return [saved, changes_summary(plan_diff(last.items, report.items), last.number, lang=lang)]


def _heading_lines(report: PlanReport, *, private: bool, lang: str) -> list[str]:
    lines = header_lines(report.case, report.today, private, None, lang)
    return lines + _version_lines(report, lang=lang)


def _title(report: PlanReport, private: bool, lang: str) -> str:
    return translate(lang, "plan.report.title", who=who(report.case, private))


def plan_markdown(report: PlanReport, *, private: bool, lang: str) -> str:
    """The plan as Markdown: a heading per item and its facts as a list."""
    lines = [f"# {_title(report, private, lang)}", ""]
    lines += [f"{line}  " for line in _heading_lines(report, private=private, lang=lang)]
    if not report.items:
        lines += ["", translate(lang, "plan.report.empty")]
    for number, item in enumerate(report.items, start=1):
        goal = _tell(report, private, " ".join(item.goal.split())) or "—"
        lines += ["", f"## {number}. {_markdown(goal)}", ""]
        lines += [
            f"- **{label}:** {_markdown(value)}"
            for label, value in item_facts(report, item, private=private, lang=lang)
        ]
    return clean_text("\n".join(lines) + "\n")


def _markdown(text: str) -> str:
    """One line of user text that Markdown shows as typed."""
    flat = " ".join(text.split())
    for char in "\\`*_[]<>|#":
        flat = flat.replace(char, f"\\{char}")
    return flat


def item_lines(report: PlanReport, *, private: bool, lang: str) -> list[str]:
    """The items as plain lines, for the print drawing."""
    lines = []
    for number, item in enumerate(report.items, start=1):
        goal = _tell(report, private, " ".join(item.goal.split())) or "—"
        lines.append(f"{number}. {goal}")
        lines += [
            f"    {label}: {value}"
            for label, value in item_facts(report, item, private=private, lang=lang)
        ]
    return lines or [translate(lang, "plan.report.empty")]


def plan_svg(report: PlanReport, *, private: bool, lang: str, paper: Paper = Paper.A4) -> str:
    """The print page: the Tijdlijn with the planned future drawn, and the items under it. One
    page of `paper`: items past its foot are in the SVG's `<desc>` only, and the page's foot
    says that the HTML export (`plan_html`) prints every page."""
    planned = planned_spans(report.items, {e.id: e for e in report.events}, report.today)
    return clean_text(
        timeline_svg(
            report.events,
            report.case,
            today=report.today,
            private=private,
            filter_text=" · ".join(_version_lines(report, lang=lang)) or None,
            lang=lang,
            paper=paper,
            planned=planned,
            sections=[
                (
                    translate(lang, "plan.report.items"),
                    item_lines(report, private=private, lang=lang),
                )
            ],
            title_id="plan.report.title",
            list_events=False,
        )
    )


def plan_html(report: PlanReport, *, private: bool, lang: str, paper: Paper = Paper.A4) -> str:
    """A standalone page: the facts, the Tijdlijn picture with the plan drawn, then every item
    with its facts. All text escaped."""
    planned = planned_spans(report.items, {e.id: e for e in report.events}, report.today)
    pages = timeline_pages(
        report.events,
        report.case,
        today=report.today,
        private=private,
        lang=lang,
        paper=paper,
        planned=planned,
        title_id="plan.report.title",
        list_events=False,
    )
    title = _title(report, private, lang)
    facts = [("", line) for line in _heading_lines(report, private=private, lang=lang)]
    parts = page_start(title, lang, _PAGE_STYLE, facts)
    parts += [inline_svg(page) for page in pages]
    if not report.items:
        parts.append(f"<p>{escape(translate(lang, 'plan.report.empty'))}</p>")
    for number, item in enumerate(report.items, start=1):
        goal = _tell(report, private, " ".join(item.goal.split())) or "—"
        parts.append(f"<section><h2>{number}. {escape(goal)}</h2><dl>")
        parts += [
            f"<dt>{escape(label)}</dt><dd>{escape(value)}</dd>"
            for label, value in item_facts(report, item, private=private, lang=lang)
        ]
        parts.append("</dl></section>")
    parts.append("</body></html>")
    return clean_text("\n".join(parts) + "\n")


def plan_file(
    report: PlanReport, fmt: ExportFormat, *, private: bool, lang: str, paper: Paper = Paper.A4
) -> str:
    """The plan in `fmt` (the timeline's formats: md, html, svg)."""
    if fmt is ExportFormat.MARKDOWN:
        return plan_markdown(report, private=private, lang=lang)
    if fmt is ExportFormat.SVG:
        return plan_svg(report, private=private, lang=lang, paper=paper)
    return plan_html(report, private=private, lang=lang, paper=paper)


__all__ = [
    "PlanReport",
    "item_facts",
    "item_lines",
    "plan_file",
    "plan_html",
    "plan_markdown",
    "plan_svg",
]
