"""Asking where to export an assessment, in which format, and whether to hide names.

The dialog says plainly that the file will NOT be encrypted. Privacy (case code instead of the
child's name, roles instead of people's names) is on unless switched off. A CSV is made for a
Dutch Excel (semicolons, BOM, decimal comma) unless the plain kind is chosen. It only asks: the
screen checks for an existing file, confirms overwriting and writes.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from functools import partial
from pathlib import Path
from typing import Any

from textual.app import App, ComposeResult
from textual.containers import VerticalScroll
from textual.widgets import Static

from rondom_tui.domain.cases import rules as rules
from rondom_tui.domain.cases.rules import FieldErrors
from rondom_tui.domain.models import Assessment
from rondom_tui.i18n import current_language, t
from rondom_tui.report.assessment import export_csv, export_html, export_markdown
from rondom_tui.report.assessment_summary import ReportOptions
from rondom_tui.report.csv_dialect import DEFAULT_CSV_DIALECT, CsvDialect
from rondom_tui.store.export_file import export_path, is_store_file
from rondom_tui.ui.assessment_subject import Subject
from rondom_tui.ui.modals.confirm import ConfirmModal
from rondom_tui.ui.modals.form import FormModal
from rondom_tui.ui.widgets.form_fields import FieldSpec, FormFields, worded_choices
from rondom_tui.ui.widgets.key_footer import KeyFooter


class ExportFormat(StrEnum):
    MARKDOWN = "md"
    HTML = "html"
    CSV = "csv"


SUFFIXES = {
    ".md": ExportFormat.MARKDOWN,
    ".markdown": ExportFormat.MARKDOWN,
    ".html": ExportFormat.HTML,
    ".htm": ExportFormat.HTML,
    ".csv": ExportFormat.CSV,
}
"""A path ending like this decides the format, whatever the format field says."""

EXPORT_FIELDS = [
    FieldSpec(
        "path", "assessment.export_dialog.path", placeholder="assessment.export_dialog.path_hint"
    ),
    FieldSpec(
        "format",
        "assessment.export_dialog.format",
        kind="select",
        options=worded_choices("assessment.export_dialog.format", ExportFormat),
    ),
    FieldSpec("privacy", "assessment.export_dialog.privacy", kind="checkbox"),
    FieldSpec(
        "csv_dialect",
        "assessment.export_dialog.csv_dialect",
        kind="select",
        options=worded_choices("assessment.export_dialog.csv_dialect", CsvDialect),
    ),
]


@dataclass(frozen=True, slots=True)
class ExportChoice:
    """What the user asked for."""

    path: Path
    """Absolute, ``~`` expanded."""
    format: ExportFormat
    privacy: bool
    csv_dialect: CsvDialect = DEFAULT_CSV_DIALECT
    """For a CSV: which spreadsheet it is made for."""


def build_choice(
    values: dict[str, Any], errors: FieldErrors, *, store_path: Path | None = None
) -> ExportChoice:
    typed = rules.text(values["path"], "path", errors, required=True, limit=4096)
    path = export_path(typed) if typed else Path()
    if typed and path.is_dir():
        errors.add("path", "assessment.export_dialog.is_folder")
    elif typed and not path.parent.is_dir():
        errors.add("path", "assessment.export_dialog.no_folder")
    elif typed and store_path is not None and is_store_file(path, store_path):
        errors.add("path", "timeline.export_form.is_store")
    chosen = ExportFormat(values["format"] or ExportFormat.MARKDOWN.value)
    fmt = SUFFIXES.get(path.suffix.lower(), chosen)
    dialect = CsvDialect(values.get("csv_dialect") or DEFAULT_CSV_DIALECT.value)
    return ExportChoice(path, fmt, bool(values["privacy"]), dialect)


def export_content(
    assessment: Assessment,
    choice: ExportChoice,
    subject: Subject,
    previous: Assessment | None,
    *,
    today: date,
) -> str | bytes:
    """The file's content, in the app's language: the summary and actions (Markdown, HTML;
    actions overdue by `today` flagged) or the scores (CSV, the bytes in the chosen dialect)."""
    lang = current_language()
    options = ReportOptions(
        privacy=choice.privacy,
        case_code=subject.code,
        case_name=subject.full_name,
        child_names=subject.names,
        parties=subject.parties,
        today=today,
    )
    if choice.format is ExportFormat.CSV:
        return export_csv(assessment, options, lang=lang, dialect=choice.csv_dialect)
    render = export_html if choice.format is ExportFormat.HTML else export_markdown
    return render(assessment, options, previous=previous, lang=lang)


class ExportModal(FormModal[ExportChoice]):
    """The export dialog: path, format, privacy, and the warning that the file is plain. Other
    exports of the same kind (the casusreview's board report) give their own title, warning,
    fields and reading of them (`build` takes the `store_path` keyword, as `build_choice`)."""

    ASK_BEFORE_DISCARD = False

    CSS_PATH = ["modals.tcss", "assessment_export.tcss"]

    def __init__(
        self,
        *,
        store_path: Path | None = None,
        title: str | None = None,
        warning: str | None = None,
        fields: list[FieldSpec] | None = None,
        values: dict[str, Any] | None = None,
        build: Callable[..., ExportChoice] = build_choice,
    ) -> None:
        values = values or {
            "format": ExportFormat.MARKDOWN.value,
            "privacy": True,
            "csv_dialect": DEFAULT_CSV_DIALECT.value,
        }
        self.warning = warning or t("assessment.export_dialog.warning")
        """What the dialog says of the file before anything is written."""
        title = title or t("assessment.export_dialog.title")
        # Never over the store itself (nor its lock, journal or backups).
        checked = partial(build, store_path=store_path)
        super().__init__(title, fields or EXPORT_FIELDS, values, checked)

    def compose(self) -> ComposeResult:
        with VerticalScroll(classes="modal-box form-box"):
            yield Static(self.title_text, classes="section-title", markup=False)
            yield Static("⚠ " + self.warning, classes="export-warning", markup=False)
            yield FormFields(self._specs, self._values)
            yield Static(t("assessment.export_dialog.hint"), classes="hint", markup=False)
        yield KeyFooter()


def ask_and_write(
    app: App[Any], dialog: ExportModal, write: Callable[[ExportChoice, bool], None]
) -> None:
    """Show the export dialog, then `write(choice, overwrite)`: at once when nothing is at the
    chosen path, else only after a yes to overwriting it."""

    def chosen(choice: ExportChoice | None) -> None:
        if choice is None:
            return
        if not (choice.path.exists() or choice.path.is_symlink()):
            write(choice, False)
            return

        def answer(yes: bool | None) -> None:
            if yes:
                write(choice, True)

        detail = t("assessment.export_dialog.overwrite_detail", name=choice.path.name)
        question = t("assessment.export_dialog.overwrite_question")
        app.push_screen(ConfirmModal(question, detail=detail), answer)

    app.push_screen(dialog, chosen)
