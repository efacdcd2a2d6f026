"""The audit trail as Markdown or CSV, for a parent's request to see who accessed the file
(inzageverzoek). Text only: the caller writes the file.

Who, when (local time in Markdown; UTC, ISO 8601, in CSV so that merged files still sort),
which action, from which computer, which case (by code; the child's name only when the
caller allows names) and the fixed detail code. User text is escaped for its format and CSV
cells a spreadsheet would run as a formula are defused, as in the assessment exports.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from rondom_tui.domain.audit import AuditRow, action_name, local_time
from rondom_tui.i18n.texts import translate, translate_count
from rondom_tui.report.assessment import md_escape
from rondom_tui.report.csv_dialect import DEFAULT_CSV_DIALECT, Cell, CsvDialect, csv_bytes


@dataclass(frozen=True, slots=True)
class AuditReport:
    """What the file is about and how it was selected."""

    rows: Sequence[AuditRow]
    subject: str
    """The case by code (``K-7F3A``), or the store as a whole in words."""
    selection: str = ""
    """The filter in words, empty when every entry is shown."""
    names: bool = False
    """Show the child's name next to the code (privacy off)."""
    made_at: datetime | None = None
    made_by: str = ""


def _columns(lang: str, *, names: bool) -> list[str]:
    ids = ["at", "user", "host", "action", "case"] + (["name"] if names else []) + ["detail"]
    return [translate(lang, f"audit.col.{column}") for column in ids]


def audit_markdown(report: AuditReport, *, lang: str) -> str:
    """A heading, what was selected, and one table row per entry (oldest first)."""
    lines = [f"# {md_escape(translate(lang, 'audit.export.title', subject=report.subject))}", ""]
    if report.made_at is not None:
        made = translate(
            lang, "audit.export.made", at=local_time(report.made_at), user=report.made_by
        )
        lines += [md_escape(made), ""]
    if report.selection:
        lines += [md_escape(translate(lang, "audit.export.selection", filter=report.selection)), ""]
    header = _columns(lang, names=report.names)
    lines += ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    for row in report.rows:
        cells = [local_time(row.at), row.user, row.host, action_name(row.action, lang=lang)]
        cells.append(row.case_code or ("—" if row.case_id is None else row.case_id))
        if report.names:
            cells.append(row.case_name)
        cells.append(row.detail)
        lines.append("| " + " | ".join(md_escape(cell) for cell in cells) + " |")
    count = translate_count(lang, "audit.export.count", len(report.rows), count=len(report.rows))
    lines += ["", md_escape(count), ""]
    return "\n".join(lines)


def audit_csv(
    report: AuditReport, *, lang: str, dialect: CsvDialect = DEFAULT_CSV_DIALECT
) -> bytes:
    """One header row, then one row per entry; the action as its fixed code and in words; as a
    CSV file in `dialect` (a Dutch Excel unless told otherwise)."""
    header = _columns(lang, names=report.names)
    rows: list[list[Cell]] = [[*header[:4], translate(lang, "audit.col.action_code"), *header[4:]]]
    for row in report.rows:
        cells: list[Cell] = [row.at.isoformat(), row.user, row.host]
        cells += [action_name(row.action, lang=lang), row.action.value]
        cells.append(row.case_code or (row.case_id or ""))
        if report.names:
            cells.append(row.case_name)
        cells.append(row.detail)
        rows.append(cells)
    return csv_bytes(rows, dialect)
