"""The assessments of one case, or of every team and school: open one, start one, see history.

Under the list: the history of the highlighted assessment's series (the mean of every key at
every assessment of the same case or team, with a sparkline) and the actions not yet done.
The list is read through the save queue, so it always includes saves still under way.
"""

from __future__ import annotations

from datetime import date
from typing import ClassVar

from rich.table import Table
from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.screen import Screen
from textual.widgets import DataTable, Static

from rondom_tui.domain.assessment.bars import sparkline
from rondom_tui.domain.assessment.flow import completion, open_actions
from rondom_tui.domain.assessment.scale import format_number
from rondom_tui.domain.assessment.stats import history, key_series, same_subject, summarise
from rondom_tui.domain.dates import format_day
from rondom_tui.domain.keys import SEVEN_KEYS
from rondom_tui.domain.models import Assessment, AssessmentStatus, AuditAction, Participant
from rondom_tui.i18n import current_language, t
from rondom_tui.store.errors import NotFound
from rondom_tui.store.repository import Store
from rondom_tui.ui.assessment_subject import Subject, case_subject, team_subject
from rondom_tui.ui.bindings import Translated
from rondom_tui.ui.modals.assessment_parts import describe_action
from rondom_tui.ui.modals.confirm import ConfirmModal
from rondom_tui.ui.screens.assessment_meeting import MeetingScreen
from rondom_tui.ui.screens.assessment_setup import AssessmentSetupScreen
from rondom_tui.ui.screens.assessment_summary import AssessmentSummaryScreen
from rondom_tui.ui.widgets.app_header import AppHeader
from rondom_tui.ui.widgets.key_footer import KeyFooter

HISTORY_COLUMNS = 4
"""Assessments shown as columns of numbers; the sparkline covers them all."""
LABEL_WIDTH = 24
"""A team's label is cut to this in the list, so the row fits 80 columns."""


def _shorten(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


def _load(store: Store, case_id: str | None) -> list[Assessment]:
    if case_id is not None:
        return store.assessments.for_case(case_id)
    return [a for a in store.assessments.list() if a.case_id is None]


class AssessmentListScreen(Translated, Screen[None]):
    """Assessments of the case `case_id`, or of teams and schools when it is None."""

    CSS_PATH = "assessment.tcss"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("n", "new", "assessment.list.key.new", id="assessments.new"),
        Binding("enter", "open", "assessment.list.key.open", id="assessments.open"),
        Binding("v", "summary", "assessment.list.key.summary", id="assessments.summary"),
        Binding("d", "delete", "assessment.list.key.delete", id="assessments.delete"),
        Binding("escape", "back", "assessment.key.back", id="assessments.back"),
    ]

    def __init__(self, case_id: str | None = None) -> None:
        super().__init__()
        self.case_id = case_id
        """The case whose assessments are listed; None lists teams and schools."""
        self.assessments: list[Assessment] = []
        """Newest first, as shown."""
        self.subject: Subject | None = None

    def compose(self) -> ComposeResult:
        yield AppHeader()
        with VerticalScroll(id="assessment-list"):
            yield Static(id="assessments-title", classes="section-title", markup=False)
            yield DataTable(id="assessments", cursor_type="row", zebra_stripes=True)
            yield Static(id="assessments-empty", classes="hint", markup=False)
            yield Static(t("assessment.list.history"), classes="section-title", markup=False)
            yield Static(id="assessments-history", classes="summary-block", markup=False)
            yield Static(t("assessment.list.open_actions"), classes="section-title", markup=False)
            yield Static(id="assessments-actions", classes="summary-block", markup=False)
        yield KeyFooter()

    def on_mount(self) -> None:
        table = self.query_one(DataTable)
        for column in ("held_on", "subject", "status", "people", "answered", "mean"):
            if column != "subject" or self.case_id is None:  # a case's list is all one case
                table.add_column(t(f"assessment.list.col.{column}"), key=column)
        store = self.app.store
        if store is not None and self.case_id is not None:
            try:
                self.subject = case_subject(store, self.case_id)
            except NotFound:
                self.app.pop_screen()
                return
            case_id = self.case_id
            self.app.store_call(
                lambda: store.audit.record(AuditAction.VIEW, case_id, detail="assessments")
            )
        title = (
            t("assessment.list.title_case", code=self.subject.shown)
            if self.subject
            else t("assessment.list.title_team")
        )
        self.query_one("#assessments-title", Static).update(title)
        table.focus()  # the rows are read when the screen is shown (on_screen_resume)

    def on_screen_resume(self) -> None:
        self.reload()

    def reload(self, keep: str | None = None) -> None:
        """Read the list again, after the saves queued before now."""
        store, case_id = self.app.store, self.case_id
        if store is None:
            return
        current = self._current()
        keep = keep or (current.id if current else None)
        self.app.store_call(lambda: _load(store, case_id), lambda found: self._show(found, keep))

    def _show(self, found: list[Assessment], keep: str | None) -> None:
        self.assessments = sorted(found, key=lambda a: (a.held_on, a.created_at), reverse=True)
        table = self.query_one(DataTable)
        table.clear()
        for a in self.assessments:
            final = a.status is AssessmentStatus.FINAL
            done = completion(a)
            cells = [
                format_day(a.held_on),
                ("● " if final else "○ ") + t(f"assessment.status.{a.status.value}"),
                str(len(a.participants)),
                f"{done.answered}/{done.expected}",
                format_number(summarise(a).overall_mean, lang=current_language()),
            ]
            if self.case_id is None:
                cells.insert(1, _shorten(a.label, LABEL_WIDTH))
            table.add_row(*(Text(cell) for cell in cells), key=a.id)  # plain text, never markup
        empty = self.query_one("#assessments-empty", Static)
        empty.display = not self.assessments
        empty.update(t("assessment.list.empty"))
        rows = [a.id for a in self.assessments]
        if keep in rows:
            table.move_cursor(row=rows.index(keep))
        self._show_series()

    def _current(self) -> Assessment | None:
        table = self.query_one(DataTable)
        if not self.assessments or table.cursor_row >= len(self.assessments):
            return None
        return self.assessments[table.cursor_row]

    @on(DataTable.RowHighlighted, "#assessments")
    def _highlighted(self) -> None:
        self._show_series()

    @on(DataTable.RowSelected, "#assessments")
    def _selected(self) -> None:
        self.action_open()

    # -- history and actions ----------------------------------------------------------

    def _series(self) -> list[Assessment]:
        current = self._current()
        if current is None:
            return []
        return [a for a in self.assessments if same_subject(a, current)]

    def _show_series(self) -> None:
        series = self._series()
        self.query_one("#assessments-history", Static).update(history_table(series))
        # Like every assessment screen, this one may be on the projector: no child's names.
        shown = [self.subject.masked(a) for a in series] if self.subject else series
        today = date.today()
        lines = [describe_action(action, today=today) for _, action in open_actions(shown)]
        actions = "\n".join(lines) or t("assessment.export.no_actions")
        self.query_one("#assessments-actions", Static).update(Text(actions))

    # -- actions ----------------------------------------------------------------------

    def action_new(self) -> None:
        current = self._current()
        subject = self.subject or team_subject(current.label if current else "")
        setup = AssessmentSetupScreen(subject, participants=self._participants())
        self.app.push_screen(setup, self._started)

    def _participants(self) -> list[Participant]:
        """Those of the latest assessment of the subject, else the roles of the case's parties."""
        series = self._series() if self.subject is None else self.assessments
        if series:
            return [Participant(label=p.label, role=p.role) for p in series[0].participants]
        store = self.app.store
        if store is None or self.case_id is None:
            return []
        parties = store.cases.get(self.case_id).parties
        return [Participant(role=p.role) for p in parties if p.role]

    def _started(self, assessment: Assessment | None) -> None:
        if assessment is not None:
            self.app.push_screen(MeetingScreen(assessment))

    def action_open(self) -> None:
        """A draft opens in meeting mode, a final assessment on its summary."""
        current = self._current()
        if current is None:
            return
        if current.status is AssessmentStatus.DRAFT:
            self.app.push_screen(MeetingScreen(current))
        else:
            self.app.push_screen(AssessmentSummaryScreen(current))

    def action_summary(self) -> None:
        current = self._current()
        if current is not None:
            self.app.push_screen(AssessmentSummaryScreen(current))

    def action_delete(self) -> None:
        store, current = self.app.store, self._current()
        if store is None or current is None:
            return

        def answer(yes: bool | None) -> None:
            if yes:
                self.app.store_call(lambda: store.assessments.delete(current.id))
                self.reload()

        question = t("assessment.list.delete_question", date=format_day(current.held_on))
        detail = t("assessment.list.delete_detail")
        self.app.push_screen(ConfirmModal(question, detail=detail), answer)

    def action_back(self) -> None:
        self.app.pop_screen()


def history_table(series: list[Assessment]) -> Table | Text:
    """Keys as rows, the latest assessments as columns of means, and a sparkline of all."""
    if not series:
        return Text(t("assessment.list.no_history"))
    points = history(series)
    shown = points[-HISTORY_COLUMNS:]
    lang = current_language()
    table = Table(box=None, padding=(0, 1), header_style="bold", show_edge=False)
    table.add_column(t("assessment.export.col.key"), no_wrap=True, max_width=30)
    for point in shown:
        draft = "" if point.status is AssessmentStatus.FINAL else "*"
        table.add_column(point.held_on.strftime("%d-%m-%y") + draft, justify="right", no_wrap=True)
    table.add_column(t("assessment.list.col.trend"), no_wrap=True)
    for key in SEVEN_KEYS:
        series_means = key_series(points, key.number)
        cells = [format_number(m, lang=lang) for m in series_means[-HISTORY_COLUMNS:]]
        title = f"{key.number} {key.title(lang)}"
        table.add_row(Text(title), *(Text(c) for c in cells), Text(sparkline(series_means)))
    return table
