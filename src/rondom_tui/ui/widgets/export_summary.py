"""What goes into a bundle: the chosen cases by code, their counts, and their consent."""

from __future__ import annotations

from dataclasses import dataclass

from rich.console import Group
from rich.table import Table
from rich.text import Text
from textual.widgets import Static

from rondom_tui.bundle.summary import case_counts, counts_line
from rondom_tui.i18n import current_language, t

MAX_CASES_SHOWN = 6
"""Cases named one per line; the rest are counted."""


@dataclass(frozen=True, slots=True)
class ExportRow:
    """One chosen case as the summary shows it: by code, never by name."""

    code: str
    events: int
    assessments: int
    consent: bool
    """A recorded consent covers sharing the case today."""


class ExportSummary(Static):
    """Totals, then one line per case; cases without consent first, marked ⚠."""

    DEFAULT_CSS = """
    ExportSummary {
        height: auto;
        padding: 0 1;
    }
    """

    def show(self, rows: list[ExportRow]) -> None:
        if not rows:
            self.update(Text("✗ " + t("export.none_chosen")))
            return
        lang = current_language()
        title = Text(
            t(
                "export.goes_in",
                counts=counts_line(
                    len(rows),
                    sum(r.events for r in rows),
                    sum(r.assessments for r in rows),
                    lang=lang,
                ),
            ),
            style="bold",
        )
        cases = Table.grid(padding=(0, 2))
        cases.add_column(no_wrap=True)
        cases.add_column()
        cases.add_column(overflow="fold")
        ordered = sorted(rows, key=lambda r: r.consent)  # stable: without consent first
        for row in ordered[:MAX_CASES_SHOWN]:
            consent = (
                Text("✓ " + t("export.consent_ok"))
                if row.consent
                else Text("⚠ " + t("export.consent_missing"), "bold reverse")
            )
            counts = case_counts(row.events, row.assessments, lang=lang)
            cases.add_row(Text(row.code), Text(counts), consent)
        if len(rows) > MAX_CASES_SHOWN:
            more = t("bundleui.more", n=len(rows) - MAX_CASES_SHOWN)
            cases.add_row(Text(""), Text(more), Text(""))
        self.update(Group(title, cases))
