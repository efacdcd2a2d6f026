"""What a received bundle holds and what an import would do with each case."""

from __future__ import annotations

from rich.text import Text
from textual.widgets import Static

from rondom_tui.bundle import BundlePreview, ImportResult
from rondom_tui.bundle.summary import (
    case_counts,
    case_fate,
    counts_line,
    origin_line,
    outcomes_by_case,
    result_line,
)
from rondom_tui.i18n import t

MAX_CASES_SHOWN = 8
"""Cases named one per line; the rest are counted in the totals."""


class ImportPreview(Static):
    """Who made the bundle and when, the totals, one line per case (by code), the plan."""

    DEFAULT_CSS = """
    ImportPreview {
        height: auto;
        padding: 0 1;
    }
    """

    def show(self, preview: BundlePreview, plan: ImportResult | None) -> None:
        text = Text(origin_line(preview) + "\n")
        text.append(counts_line(len(preview.cases), preview.events, preview.assessments), "bold")
        outcomes = outcomes_by_case(plan)
        # Conflicts first: they are what the user has to decide about.
        ordered = sorted(preview.cases, key=lambda c: not c.exists)
        width = max(len(case.code) for case in ordered[:MAX_CASES_SHOWN])
        for case in ordered[:MAX_CASES_SHOWN]:
            fate = case_fate(case, outcomes.get(case.id))
            text.append(f"\n  {case.code:<{width}}  {case_counts(case)}  ")
            text.append(fate, style="bold" if case.exists else "")
        hidden = len(ordered) - MAX_CASES_SHOWN
        if hidden > 0:
            text.append("\n  " + t("summary.more", n=hidden))
        if plan is not None:
            text.append("\n" + result_line(plan))
        self.update(text)
