"""Asking where to export an assessment, in which format, and whether to hide names.

The dialog says plainly that the file will NOT be encrypted. Privacy (case code instead of the
child's name, roles instead of people's names) is on unless switched off. A CSV is made for a
Dutch Excel (semicolons, BOM, decimal comma) unless the plain kind is chosen. The dialog only
asks; `save_export` (for this export and the audit trail's) confirms overwriting an existing
file and writes, with the audit entries around the file.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from functools import partial
from pathlib import Path
from typing import Any, ClassVar

from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.screen import Screen
from textual.widgets import Static

from rondom_tui.domain.cases import rules as rules
from rondom_tui.domain.cases.rules import FieldErrors
from rondom_tui.domain.models import Assessment
from rondom_tui.domain.plan.models import PlanItem
from rondom_tui.i18n import current_language, t
from rondom_tui.report.assessment import export_csv, export_html, export_markdown
from rondom_tui.report.assessment_summary import ReportOptions
from rondom_tui.report.csv_dialect import DEFAULT_CSV_DIALECT, CsvDialect
from rondom_tui.store.export_file import export_path, is_store_file, remove_export, write_export
from rondom_tui.ui.assessment_subject import Subject
from rondom_tui.ui.modals.confirm import ask_before_replacing
from rondom_tui.ui.modals.form import FormModal
from rondom_tui.ui.widgets.form_fields import FieldSpec, FormFields, worded_choices
from rondom_tui.ui.widgets.key_footer import KeyFooter

AuditNote = tuple[str | None, str]
"""What the audit trail records of an export: the case's id (None for the whole store) and
the detail code (e.g. ``assessment-md``)."""


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

CSV_DIALECT_FIELD = FieldSpec(
    "csv_dialect",
    "assessment.export_dialog.csv_dialect",
    kind="select",
    options=worded_choices("assessment.export_dialog.csv_dialect", CsvDialect),
)
"""Which spreadsheet a CSV export is for (every export dialog that offers CSV)."""

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
    CSV_DIALECT_FIELD,
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


def checked_path(
    values: dict[str, Any], errors: FieldErrors, *, store_path: Path | None = None
) -> Path:
    """The typed file path of an export dialog: required, a file, in a folder that exists, and
    never the store, its lock or a backup."""
    typed = rules.text(values["path"], "path", errors, required=True, limit=4096)
    path = export_path(typed) if typed else Path()
    if typed and path.is_dir():
        errors.add("path", "assessment.export_dialog.is_folder")
    elif typed and not path.parent.is_dir():
        errors.add("path", "assessment.export_dialog.no_folder")
    elif typed and store_path is not None and is_store_file(path, store_path):
        errors.add("path", "timeline.export_form.is_store")
    return path


def build_choice(
    values: dict[str, Any], errors: FieldErrors, *, store_path: Path | None = None
) -> ExportChoice:
    path = checked_path(values, errors, store_path=store_path)
    chosen = ExportFormat(values["format"] or ExportFormat.MARKDOWN.value)
    fmt = SUFFIXES.get(path.suffix.lower(), chosen)
    return ExportChoice(path, fmt, bool(values["privacy"]), chosen_dialect(values))


def chosen_dialect(values: dict[str, Any]) -> CsvDialect:
    """The spreadsheet chosen in `CSV_DIALECT_FIELD` (a Dutch Excel when none)."""
    return CsvDialect(values.get("csv_dialect") or DEFAULT_CSV_DIALECT.value)


def export_content(
    assessment: Assessment,
    choice: ExportChoice,
    subject: Subject,
    previous: Assessment | None,
    *,
    today: date,
    plan: Sequence[PlanItem] = (),
) -> str | bytes:
    """The file's content, in the app's language: the summary, the `plan` items per key they
    serve, and actions (Markdown, HTML; actions overdue by `today` flagged) or the scores (CSV,
    the bytes in the chosen dialect)."""
    lang = current_language()
    options = ReportOptions(
        privacy=choice.privacy,
        case_code=subject.code,
        case_name=subject.full_name,
        child_names=subject.names,
        parties=subject.parties,
        today=today,
        plan=tuple(plan),
    )
    if choice.format is ExportFormat.CSV:
        return export_csv(assessment, options, lang=lang, dialect=choice.csv_dialect)
    render = export_html if choice.format is ExportFormat.HTML else export_markdown
    return render(assessment, options, previous=previous, lang=lang)


class ExportModal(FormModal[ExportChoice]):
    """The export dialog: path, format, privacy, and the warning that the file is plain. Other
    exports of the same kind (the audit trail, the casusreview's board report) change the words,
    fields, first values and checks below."""

    ASK_BEFORE_DISCARD = False
    TITLE: ClassVar[str] = "assessment.export_dialog.title"
    HINT: ClassVar[str] = "assessment.export_dialog.hint"
    WARNING: ClassVar[str] = "assessment.export_dialog.warning"
    """What the dialog says of the file before anything is written."""
    FIELDS: ClassVar[list[FieldSpec]] = EXPORT_FIELDS
    BUILD: ClassVar[Callable[..., ExportChoice]] = staticmethod(build_choice)
    """Checks the values (and that the path is not the store's, `store_path`)."""

    CSS_PATH = ["modals.tcss", "assessment_export.tcss"]

    def __init__(self, *, store_path: Path | None = None) -> None:
        values = self.first_values()
        build = partial(self.BUILD, store_path=store_path)
        super().__init__(t(self.TITLE), self.FIELDS, values, build)

    def first_values(self) -> dict[str, Any]:
        """What the fields hold when the dialog opens."""
        return {
            "format": ExportFormat.MARKDOWN.value,
            "privacy": True,
            "csv_dialect": DEFAULT_CSV_DIALECT.value,
        }

    def compose(self) -> ComposeResult:
        with VerticalScroll(classes="modal-box form-box"):
            yield Static(self.title_text, classes="section-title", markup=False)
            yield Static("⚠ " + t(self.WARNING), classes="export-warning", markup=False)
            yield FormFields(self._specs, self._values)
            yield Static(t(self.HINT), classes="hint", markup=False)
        yield KeyFooter()


def save_export(
    screen: Screen[Any],
    path: Path,
    content: str | bytes,
    note: AuditNote,
    *,
    written: str = "assessment.export_dialog.written",
) -> None:
    """Write an export's `content` at `path` on the save queue, asking first when a file is
    there, with its audit entries (`note`: case id, detail) recorded before and after it, then
    says so (`written`: the message id, given the path)."""
    app = screen.app
    store = app.store  # type: ignore[attr-defined]
    if store is None:
        return

    def write(overwrite: bool) -> None:
        def job() -> None:  # recorded before and after: a file the log misses is removed
            store.audit.export(
                [note],
                write=lambda: write_export(path, content, overwrite=overwrite),
                withdraw=lambda: remove_export(path),
            )

        def done(_: object) -> None:
            screen.notify(t(written, path=str(path)), timeout=10, markup=False)

        app.store_call(job, done)  # type: ignore[attr-defined]

    ask_before_replacing(app, path, write)
