"""The audit trail (NEN 7513 style): who did what, when, from which computer, to which case.

For the whole store (`A` on the case list, the palette's "Toegangslog") or for one case (`a`
on the case screen). Cases are shown by code; the child's name only while privacy mode is off.
`f` filters by action, user and period, `c` clears the filter, and `x` exports what is shown
as Markdown or CSV for a parent's request to see who accessed the file (inzageverzoek).
Opening the screen is itself recorded (a VIEW entry with detail ``audit``), and the entries
are read on the save queue after that record, so the list ends with this very viewing.
"""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.reactive import reactive
from textual.screen import Screen
from textual.widgets import Label

from rondom_tui.domain.audit import AuditFilter, AuditRow, audit_rows, case_labels, select_rows
from rondom_tui.domain.models import AuditAction
from rondom_tui.i18n import current_language, t, t_count
from rondom_tui.report.audit import AuditReport
from rondom_tui.store.repository import Store
from rondom_tui.ui.bindings import Translated
from rondom_tui.ui.modals.audit_export import AuditExportModal, ExportChoice, write_audit
from rondom_tui.ui.modals.audit_filter import audit_filter_modal
from rondom_tui.ui.privacy import follow_privacy, toggle_privacy
from rondom_tui.ui.widgets.app_header import AppHeader
from rondom_tui.ui.widgets.audit_table import AuditTable
from rondom_tui.ui.widgets.key_footer import KeyFooter

VIEW_DETAIL = "audit"
"""The detail of the VIEW entry that records looking at the audit trail."""


def read_trail(store: Store, case_id: str | None) -> list[AuditRow]:
    """Record that the trail is viewed, then read it (on the save queue)."""
    store.audit.record(AuditAction.VIEW, case_id, detail=VIEW_DETAIL)
    with store.reading():
        entries = store.audit.entries(case_id)
        labels = case_labels(store.cases.labels(), entries)
    return audit_rows(entries, labels)


class AuditScreen(Translated, Screen[None]):
    """The audit trail of the store, or of the case `case_id`."""

    CSS_PATH = "audit.tcss"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("f", "filter", "audit.key.filter", id="audit.filter"),
        Binding("x", "export", "audit.key.export", id="audit.export"),
        Binding("c", "clear_filter", "audit.key.clear", show=False, id="audit.clear_filter"),
        Binding("p", "toggle_privacy", "caselist.key.privacy", show=False, id="audit.privacy"),
        Binding("escape,backspace", "back", "case.key.back", id="audit.back"),
    ]

    privacy: reactive[bool] = reactive(False)
    """Codes only, no names: the app's privacy mode."""

    def __init__(self, case_id: str | None = None) -> None:
        super().__init__()
        self.case_id = case_id
        """The case whose trail is shown; None shows the whole store's."""
        self.rows: list[AuditRow] = []
        """Every entry read, oldest first."""
        self.shown: list[AuditRow] = []
        """The entries the filter lets through, as listed (newest first)."""
        self.filter = AuditFilter()
        """What is shown."""

    def compose(self) -> ComposeResult:
        yield AppHeader()
        yield Label(t("audit.title_store"), id="audit-title", classes="section-title", markup=False)
        yield Label(t("audit.explain"), classes="hint", markup=False)
        yield Label(t("audit.loading"), id="audit-status", markup=False)
        yield AuditTable(id="audit-table").data_bind(AuditScreen.privacy)
        yield Label("", id="audit-empty", classes="hint", markup=False)
        yield Label(t("audit.key_hint"), id="audit-keys", classes="hint", markup=False)
        yield KeyFooter()

    def on_mount(self) -> None:
        self.query_one("#audit-empty").display = False
        follow_privacy(self)
        self.query_one(AuditTable).focus()
        store, case_id = self.app.store, self.case_id
        if store is not None:
            self.app.store_call(lambda: read_trail(store, case_id), self._read)

    def _read(self, rows: list[AuditRow]) -> None:
        if not self.is_attached:  # left before the read came back
            return
        self.rows = rows
        self._show()

    # -- showing ----------------------------------------------------------------------

    def _subject(self, *, names: bool) -> str:
        """The case by code (and name), or the whole store, in words."""
        if self.case_id is None:
            return t("audit.store_subject")
        for row in self.rows:
            if row.case_id == self.case_id:
                return row.case_text(names=names)
        return self.case_id

    def _show(self) -> None:
        """Apply the filter and show the rows, newest first."""
        self.shown = select_rows(self.rows, self.filter)[::-1]
        self.query_one(AuditTable).set_rows(self.shown)
        empty = self.query_one("#audit-empty", Label)
        empty.display = not self.shown
        empty.update(t("audit.empty"))
        self._show_heading()

    def _show_heading(self) -> None:
        """The title (the case with its name unless privacy is on), the count and the filter."""
        title = (
            t("audit.title_store")
            if self.case_id is None
            else t("audit.title_case", case=self._subject(names=not self.privacy))
        )
        self.query_one("#audit-title", Label).update(title)
        total = len(self.rows)
        status = [t_count("audit.count", total, shown=len(self.shown), total=total)]
        described = self.filter.describe(lang=current_language())
        if described:
            status.append(t("audit.filter_on", filter=described))
        if self.privacy:
            status.append(t("caselist.privacy_on"))
        self.query_one("#audit-status", Label).update(" · ".join(status))

    def watch_privacy(self) -> None:
        if self.is_mounted and self.rows:
            self._show_heading()

    # -- actions ----------------------------------------------------------------------

    def action_filter(self) -> None:
        def chosen(wanted: AuditFilter | None) -> None:
            if wanted is not None:
                self.filter = wanted
                self._show()

        self.app.push_screen(audit_filter_modal(self.filter), chosen)

    def action_clear_filter(self) -> None:
        self.filter = AuditFilter()
        self._show()

    def action_toggle_privacy(self) -> None:
        toggle_privacy(self.app)

    def action_export(self) -> None:
        def chosen(choice: ExportChoice | None) -> None:
            if choice is None:
                return
            report = AuditReport(
                rows=self.shown[::-1],  # oldest first in a file, as a log reads
                subject=self._subject(names=not choice.privacy),
                selection=self.filter.describe(lang=current_language()),
                names=not choice.privacy,
                made_by=self.app.store.user if self.app.store is not None else "",
            )
            write_audit(self, choice, report, case_id=self.case_id)

        store = self.app.store
        self.app.push_screen(AuditExportModal(store_path=store.path if store else None), chosen)

    def action_back(self) -> None:
        self.app.pop_screen()
