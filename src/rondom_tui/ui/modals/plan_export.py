"""Exporting the plan from the meeting (`x`): where, in which format (Markdown, HTML, the print
SVG) and whether names may appear; the shared export dialog (`ExportModal`: it says plainly that
the file is NOT encrypted) and the shared writer (`save_export`: 0600, never over a file unasked,
audited before and after).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from textual.screen import Screen

from rondom_tui.domain.cases.rules import FieldErrors
from rondom_tui.i18n import current_language
from rondom_tui.report.plan import PlanReport, plan_file
from rondom_tui.report.timeline_files import NAMED_FORMATS
from rondom_tui.report.timeline_files import ExportFormat as PlanFormat
from rondom_tui.ui.modals.assessment_export import (
    ExportChoice,
    ExportFormat,
    ExportModal,
    checked_path,
    save_export,
)
from rondom_tui.ui.widgets.form_fields import FieldSpec, worded_choices


@dataclass(frozen=True, slots=True)
class PlanExportChoice(ExportChoice):
    """The export dialog's answer, with the plan's own formats (the timeline's: svg too)."""

    plan_format: PlanFormat = PlanFormat.MARKDOWN


EXPORT_FIELDS = [
    FieldSpec("path", "assessment.export_dialog.path", placeholder="plan.export.path_hint"),
    FieldSpec(
        "format",
        "plan.export.format",
        kind="select",
        options=worded_choices("plan.export.format", PlanFormat),
    ),
    FieldSpec("privacy", "assessment.export_dialog.privacy", kind="checkbox"),
]


def build_choice(
    values: dict[str, Any], errors: FieldErrors, *, store_path: Path | None = None
) -> PlanExportChoice:
    """Where (never the store), which format (the file name's ending wins), codes only or not."""
    path = checked_path(values, errors, store_path=store_path)
    chosen = PlanFormat(values["format"] or PlanFormat.MARKDOWN.value)
    fmt = NAMED_FORMATS.get(path.suffix.lower(), chosen)
    # `format` is the assessment dialog's field, unused here: `plan_format` says.
    return PlanExportChoice(path, ExportFormat.MARKDOWN, bool(values["privacy"]), plan_format=fmt)


class PlanExportModal(ExportModal):
    """Path, format (md, html, svg) and privacy of the plan's file."""

    TITLE = "plan.export.title"
    HINT = "plan.export.hint"
    FIELDS = EXPORT_FIELDS
    BUILD = staticmethod(build_choice)

    def first_values(self) -> dict[str, Any]:
        return {"format": PlanFormat.HTML.value, "privacy": True}


def write_plan(screen: Screen[Any], choice: ExportChoice, report: PlanReport) -> None:
    """Write the plan's file on the save queue (asking first when the file exists), audited."""
    assert isinstance(choice, PlanExportChoice)
    fmt = choice.plan_format
    content = plan_file(report, fmt, private=choice.privacy, lang=current_language())
    save_export(screen, choice.path, content, (report.case.id, f"plan-{fmt.value}"))
