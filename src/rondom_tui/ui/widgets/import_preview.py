"""What a received bundle holds and what an import would do with each case."""

from __future__ import annotations

from rich.console import Group, RenderableType
from rich.table import Table
from rich.text import Text
from textual.widgets import Static

from rondom_tui.bundle import BundlePreview, ImportResult
from rondom_tui.bundle.summary import (
    case_fate,
    origin_line,
    outcomes_by_case,
    preview_case_counts,
    preview_totals,
    pseudonymised_note,
    result_line,
)
from rondom_tui.i18n import current_language, t

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
        # Every part is Text, never markup: the bundle is untrusted input.
        outcomes = outcomes_by_case(plan)
        lang = current_language()
        cases = Table.grid(padding=(0, 2))
        cases.add_column(no_wrap=True)
        cases.add_column()
        cases.add_column(overflow="fold")
        # Conflicts first: they are what the user has to decide about.
        ordered = sorted(preview.cases, key=lambda c: not c.exists)
        for case in ordered[:MAX_CASES_SHOWN]:
            fate = case_fate(case, outcomes.get(case.id), lang=lang)
            cases.add_row(
                Text(case.code),
                Text(preview_case_counts(case, lang=lang)),
                Text(fate, "bold" if case.exists else ""),
            )
        hidden = len(ordered) - MAX_CASES_SHOWN
        if hidden > 0:
            cases.add_row(Text(""), Text(t("bundleui.more", n=hidden)), Text(""))
        totals = preview_totals(preview, lang=lang)
        origin = origin_line(preview, lang=lang)
        parts: list[RenderableType] = [Text(origin), Text(totals, "bold"), cases]
        if note := pseudonymised_note(preview, lang=lang):
            parts.insert(1, Text(note, "italic"))
        if plan is not None:
            parts.append(Text(result_line(plan, lang=lang)))
        self.update(Group(*parts))
