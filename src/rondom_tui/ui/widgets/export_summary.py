"""What goes into a bundle: the chosen cases by code, their counts, and their consent."""

from __future__ import annotations

from dataclasses import dataclass

from rich.text import Text
from textual.widgets import Static

from rondom_tui.bundle.summary import counted, counts_line
from rondom_tui.i18n import t

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
        text = Text(
            t(
                "export.goes_in",
                counts=counts_line(
                    len(rows), sum(r.events for r in rows), sum(r.assessments for r in rows)
                ),
            ),
            style="bold",
        )
        ordered = sorted(rows, key=lambda r: r.consent)  # stable: without consent first
        width = max(len(r.code) for r in ordered[:MAX_CASES_SHOWN])
        for row in ordered[:MAX_CASES_SHOWN]:
            counts = f"{counted('events', row.events)}, {counted('assessments', row.assessments)}"
            text.append(f"\n  {row.code:<{width}}  {counts}  ")
            if row.consent:
                text.append("✓ " + t("export.consent_ok"))
            else:
                text.append("⚠ " + t("export.consent_missing"), style="bold reverse")
        if len(rows) > MAX_CASES_SHOWN:
            text.append("\n  " + t("summary.more", n=len(rows) - MAX_CASES_SHOWN))
        self.update(text)
