"""The case list: every case with code, name, school, status, events and last change.

Search is incremental (`/`), filtering (`f`: open, closed, past their keep-until day) and
sorting (`o`, `r`) work on an in-memory list of summaries, so 10,000 cases stay responsive.
Changes are made on the case and form screens; `A` shows the audit trail of the whole store.
"""

from __future__ import annotations

from datetime import date
from typing import ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal
from textual.content import Content
from textual.reactive import reactive
from textual.screen import Screen
from textual.widgets import Input, Label

from rondom_tui.domain.cases.listing import CaseIndex, SortKey, StatusFilter
from rondom_tui.i18n import t, t_count
from rondom_tui.ui import screens
from rondom_tui.ui.bindings import Translated
from rondom_tui.ui.messages import DataSaved
from rondom_tui.ui.privacy import follow_privacy, toggle_privacy
from rondom_tui.ui.widgets.app_header import AppHeader
from rondom_tui.ui.widgets.case_table import CaseTable
from rondom_tui.ui.widgets.key_footer import KeyFooter
from rondom_tui.ui.widgets.search_field import SearchField


class CaseListScreen(Translated, Screen[None]):
    """All cases in the store."""

    CSS_PATH = "case_list.tcss"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("n", "new_case", "caselist.key.new", id="caselist.new"),
        Binding("enter", "open_case", "caselist.key.open", id="caselist.open"),
        Binding("e", "edit_case", "caselist.key.edit", id="caselist.edit"),
        Binding("t", "timeline", "timeline.key.open", id="caselist.timeline"),
        Binding("slash", "search", "caselist.key.search", key_display="/", id="caselist.search"),
        Binding("f", "cycle_filter", "caselist.key.filter", show=False, id="caselist.filter"),
        Binding("o", "cycle_sort", "caselist.key.sort", show=False, id="caselist.sort"),
        Binding("r", "reverse_sort", "caselist.key.reverse", show=False, id="caselist.reverse"),
        Binding("p", "toggle_privacy", "caselist.key.privacy", show=False, id="caselist.privacy"),
        Binding("x", "export", "caselist.key.export", id="caselist.export"),
        Binding("i", "import", "caselist.key.import", id="caselist.import"),
        Binding("q", "app.quit", "caselist.key.quit", show=False, id="caselist.quit"),
        Binding("s", "assessments", "assessment.caselist.key.case", id="caselist.assessments"),
        Binding(
            "S,shift+s",
            "team_assessments",
            "assessment.caselist.key.team",
            key_display="S",
            show=False,
            id="caselist.team_assessments",
        ),
        Binding(
            "A,shift+a", "audit", "audit.key.open", key_display="A", show=False, id="caselist.audit"
        ),
        Binding(
            "R,shift+r",
            "review",
            "review.caselist.key",
            key_display="R",
            show=False,
            id="caselist.review",
        ),
    ]

    privacy: reactive[bool] = reactive(False)
    """Codes instead of names: the app's privacy mode, passed on to the table."""

    def __init__(self) -> None:
        super().__init__()
        self._all = CaseIndex([])
        """Every case, searched on each key press (see `CaseIndex`)."""
        self._status = StatusFilter.ALL
        self._sort = SortKey.UPDATED
        self._descending: bool | None = None

    def compose(self) -> ComposeResult:
        yield AppHeader()
        with Horizontal(id="caselist-top"):
            if self.app.store is not None and self.app.store.is_demo:
                yield Label(t("caselist.demo_badge"), classes="demo-badge", markup=False)
            yield Label("", id="caselist-status", markup=False)
        yield SearchField(placeholder=t("caselist.search_placeholder"), id="search")
        yield CaseTable(id="cases").data_bind(CaseListScreen.privacy)
        yield Label("", id="caselist-empty", classes="hint", markup=False)
        yield Label(self._key_hint(), id="caselist-keys", classes="hint", markup=False)
        yield KeyFooter()

    @staticmethod
    def _key_hint() -> str:
        """The keys the Footer has no room for, on one line."""
        return t("caselist.key_hint")

    def on_mount(self) -> None:
        self.query_one("#search", Input).display = False
        follow_privacy(self)
        self.query_one(CaseTable).focus()  # the rows are read when the screen is shown

    # -- data -------------------------------------------------------------------------

    def reload(self, keep: str | None = None) -> None:
        """Read the summaries again (after a change) and redraw."""
        store = self.app.store
        if store is None:
            return
        self._all = store.cases.index()  # the same while no case changed
        self._refresh_rows(keep)

    def on_screen_resume(self) -> None:
        self._show_store()

    def on_data_saved(self, _: DataSaved) -> None:
        self._show_store()

    def _show_store(self) -> None:
        """Show the store as it is now (back on this screen, or a save finished), keeping the
        cursor's case."""
        table = self.query_one(CaseTable)
        self.reload(keep=table.current.id if table.current else None)

    def _refresh_rows(self, keep: str | None = None) -> None:
        table = self.query_one(CaseTable)
        keep = keep or (table.current.id if table.current else None)
        query = self.query_one("#search", Input).value
        rows = self._all.select(
            query=query,
            status=self._status,
            sort=self._sort,
            descending=self._descending,
            names=not self.privacy,
            today=date.today(),
        )
        table.set_rows(rows, keep=keep)
        self._update_status(len(rows), query)

    def _update_status(self, shown: int, query: str) -> None:
        parts = [
            t_count(
                "caselist.count",
                len(self._all),
                shown=f"{shown:,}".replace(",", "."),
                total=f"{len(self._all):,}".replace(",", "."),
            )
        ]
        if self._status is not StatusFilter.ALL:
            parts.append(t("caselist.filter_on", filter=t(f"caselist.filter.{self._status.value}")))
        if query:
            parts.append(t("caselist.search_on", query=query))
        descending = self._descending
        if descending is None:
            descending = self._sort in (SortKey.UPDATED, SortKey.EVENTS)
        arrow = "↓" if descending else "↑"
        parts.append(
            t("caselist.sorted_by", key=t(f"caselist.sort.{self._sort.value}"), arrow=arrow)
        )
        if self.privacy:
            parts.append(t("caselist.privacy_on"))
        # Each label is drawn again only when its words change: a search key press redraws
        # the rows and the count, not the lines around them.
        passed = self._all.retention_passed(date.today())
        if passed:  # always in view: these files are due for erasure
            parts.append(t("caselist.retention_count", count=passed))
        _show(self.query_one("#caselist-status", Label), " · ".join(parts))
        empty = self.query_one("#caselist-empty", Label)
        empty.display = shown == 0
        _show(empty, t("caselist.empty") if not self._all else t("caselist.no_match"))

    # -- search, filter, sort ---------------------------------------------------------

    def action_search(self) -> None:
        field = self.query_one("#search", Input)
        field.display = True
        field.focus()

    @on(Input.Changed, "#search")
    def _search_changed(self) -> None:
        self._refresh_rows()

    @on(Input.Submitted, "#search")
    def _search_done(self) -> None:
        self.query_one(CaseTable).focus()

    def on_key(self, event) -> None:  # type: ignore[no-untyped-def]
        field = self.query_one("#search", Input)
        if event.key == "escape" and field.has_focus:
            event.stop()
            field.value = ""
            field.display = False
            self.query_one(CaseTable).focus()
        elif event.key == "down" and field.has_focus:
            event.stop()
            self.query_one(CaseTable).focus()

    def action_cycle_filter(self) -> None:
        self._status = self._status.next()
        self._refresh_rows()

    def action_cycle_sort(self) -> None:
        self._sort = self._sort.next()
        self._descending = None
        self._refresh_rows()

    def action_reverse_sort(self) -> None:
        current = self._descending
        if current is None:
            current = self._sort in (SortKey.UPDATED, SortKey.EVENTS)
        self._descending = not current
        self._refresh_rows()

    def action_toggle_privacy(self) -> None:
        toggle_privacy(self.app)

    def watch_privacy(self) -> None:
        self._refresh_rows()

    # -- cases ------------------------------------------------------------------------

    def _current_id(self) -> str | None:
        current = self.query_one(CaseTable).current
        if current is None:
            self.notify(t("caselist.none_selected"), severity="warning")
            return None
        return current.id

    def action_new_case(self) -> None:
        self.app.push_screen(screens.CaseFormScreen(None), self._after_form)

    def action_open_case(self) -> None:
        case_id = self._current_id()
        if case_id:
            self.app.push_screen(screens.CaseScreen(case_id))

    def action_timeline(self) -> None:
        case_id = self._current_id()
        if case_id:
            self.app.push_screen(screens.TimelineScreen(case_id))

    def action_edit_case(self) -> None:
        case_id = self._current_id()
        if case_id and self.app.store is not None:
            self.app.push_screen(
                screens.CaseFormScreen(self.app.store.cases.get(case_id)), self._after_form
            )

    def _after_form(self, case_id: str | None) -> None:
        if case_id:
            self.reload(keep=case_id)

    # -- seven-keys self-assessments ----------------------------------------------------

    def action_assessments(self) -> None:
        case_id = self._current_id()
        if case_id:
            self.app.push_screen(screens.AssessmentListScreen(case_id))

    def action_team_assessments(self) -> None:
        self.app.push_screen(screens.AssessmentListScreen(None))

    def action_audit(self) -> None:
        self.app.push_screen(screens.AuditScreen(None))

    # -- the casusreview ----------------------------------------------------------------

    def action_review(self) -> None:
        self.app.push_screen(screens.ReviewScreen())

    # -- bundles ----------------------------------------------------------------------

    def action_export(self) -> None:
        case_id = self._current_id()
        if case_id:
            self.app.push_screen(screens.ExportScreen([case_id]))

    def action_import(self) -> None:
        self.app.push_screen(screens.ImportScreen())


def _show(label: Label, text: str) -> None:
    """Put `text` on `label` unless it says that already. The screen is laid out again only
    when the label needs another number of lines (a search key press changes the count in
    the status line, not its height: a layout pass per key cost more than the search)."""
    old = str(label.content)
    if old == text:
        return
    width = label.content_region.width
    same_height = width > 0 and label.display and _lines(old, width) == _lines(text, width)
    label.update(text, layout=not same_height)


def _lines(text: str, width: int) -> int:
    return len(Content(text).wrap(width))
