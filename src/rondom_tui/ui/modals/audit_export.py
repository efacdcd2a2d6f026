"""Exporting the audit trail for a parent's request to see who accessed the file.

The dialog asks for the path, the format (Markdown or CSV) and whether names may appear, and
says plainly that the file is NOT encrypted. `write_audit` then writes it like every other
export (`store.export_file.write_export`): only at the typed path (never the store), mode 0600, an
existing file only after a confirmation; recorded in the audit trail before and after.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any

from textual.screen import Screen

from rondom_tui.domain.cases.rules import FieldErrors
from rondom_tui.domain.models import utc_now
from rondom_tui.i18n import current_language
from rondom_tui.report.audit import AuditReport, audit_csv, audit_markdown
from rondom_tui.ui.modals.assessment_export import (
    CSV_DIALECT_FIELD,
    ExportChoice,
    ExportFormat,
    ExportModal,
    checked_path,
    chosen_dialect,
    save_export,
)
from rondom_tui.ui.widgets.form_fields import FieldSpec, worded_choices

AUDIT_FORMATS = (ExportFormat.MARKDOWN, ExportFormat.CSV)
"""The audit trail as a readable table or for a spreadsheet; no HTML."""
SUFFIXES = {
    ".md": ExportFormat.MARKDOWN,
    ".markdown": ExportFormat.MARKDOWN,
    ".csv": ExportFormat.CSV,
}
"""A path ending like this decides the format, whatever the format field says."""

EXPORT_FIELDS = [
    FieldSpec("path", "assessment.export_dialog.path", placeholder="audit.export.path_hint"),
    FieldSpec(
        "format",
        "audit.export.format",
        kind="select",
        options=worded_choices("audit.export.format", AUDIT_FORMATS),
    ),
    FieldSpec("privacy", "audit.export.privacy", kind="checkbox"),
    CSV_DIALECT_FIELD,
]


def build_choice(
    values: dict[str, Any], errors: FieldErrors, *, store_path: Path | None = None
) -> ExportChoice:
    """Where (never the store), in which format, whether codes only (`privacy`), and for
    which spreadsheet."""
    path = checked_path(values, errors, store_path=store_path)
    if path.suffix.lower() in (".html", ".htm"):  # the name would promise what is not inside
        errors.add("path", "audit.export.no_html")
    chosen = ExportFormat(values["format"] or ExportFormat.MARKDOWN.value)
    fmt = SUFFIXES.get(path.suffix.lower(), chosen)
    return ExportChoice(path, fmt, bool(values["privacy"]), chosen_dialect(values))


class AuditExportModal(ExportModal):
    """The export dialog's path, format (Markdown or CSV), privacy and spreadsheet, with the
    warning that the file is plain."""

    TITLE = "audit.export.dialog_title"
    HINT = "audit.export.hint"
    FIELDS = EXPORT_FIELDS
    BUILD = staticmethod(build_choice)


def audit_file(report: AuditReport, choice: ExportChoice) -> str | bytes:
    """The file's content in the app's language: Markdown text, or CSV bytes in the chosen
    spreadsheet's dialect."""
    lang = current_language()
    if choice.format is ExportFormat.CSV:
        return audit_csv(report, lang=lang, dialect=choice.csv_dialect)
    return audit_markdown(report, lang=lang)


def write_audit(
    screen: Screen[Any], choice: ExportChoice, report: AuditReport, *, case_id: str | None
) -> None:
    """Write the export on the save queue (asking first when the file exists) and record it."""
    content = audit_file(replace(report, made_at=utc_now()), choice)
    save_export(screen, choice.path, content, (case_id, f"audit-{choice.format.value}"))
