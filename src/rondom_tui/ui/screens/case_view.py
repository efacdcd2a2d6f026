"""One case: the child's details, the question, parties, consents, goals and open actions.

From here the case is edited (`e`), closed or reopened (`c`), its audit trail shown (`a`) and
the case erased for good (`d`, after a confirmation that names what goes and typing its code).
In privacy mode the child is shown by code and parties without names or contacts.
"""

from __future__ import annotations

from datetime import date
from typing import ClassVar

from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.reactive import reactive
from textual.screen import Screen
from textual.widgets import Label, Static

from rondom_tui.domain.dates import describe_age, format_day
from rondom_tui.domain.errors import RondomError
from rondom_tui.domain.models import Assessment, AuditAction, Case, CaseStatus
from rondom_tui.i18n import current_language, t
from rondom_tui.store.cases import PSEUDONYMISED_TAG, ErasurePlan
from rondom_tui.store.errors import NotFound
from rondom_tui.ui import screens
from rondom_tui.ui.bindings import Translated
from rondom_tui.ui.modals.assessment_parts import describe_open_actions
from rondom_tui.ui.modals.case_parts import describe_consent, describe_party
from rondom_tui.ui.modals.confirm import ConfirmModal, TypeToConfirmModal
from rondom_tui.ui.modals.plan_form import describe_plan_item
from rondom_tui.ui.privacy import follow_privacy, toggle_privacy
from rondom_tui.ui.widgets.app_header import AppHeader
from rondom_tui.ui.widgets.key_footer import KeyFooter


class CaseScreen(Translated, Screen[None]):
    """Read one case; act on it with keys."""

    CSS_PATH = "case_view.tcss"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("e", "edit", "case.key.edit", id="case.edit"),
        Binding("t", "timeline", "timeline.key.open", id="case.timeline"),
        Binding("s", "assessments", "assessment.caselist.key.case", id="case.assessments"),
        Binding("x", "export", "caselist.key.export", id="case.export"),
        Binding("c", "toggle_status", "case.key.close_reopen", id="case.status"),
        Binding("d", "delete", "case.key.delete", id="case.delete"),
        Binding("escape,backspace", "back", "case.key.back", id="case.back"),
        Binding("p", "toggle_privacy", "caselist.key.privacy", show=False, id="case.privacy"),
        Binding("a", "audit", "audit.key.open", show=False, id="case.audit"),
        Binding("v", "discuss_plan", "plan.key.view", show=False, id="case.plan_meeting"),
    ]

    privacy: reactive[bool] = reactive(False)
    """The child by code, parties without names or contacts: the app's privacy mode."""

    def __init__(self, case_id: str) -> None:
        super().__init__()
        self.case_id = case_id
        """The case shown."""
        self.case: Case | None = None

    def compose(self) -> ComposeResult:
        yield AppHeader()
        with VerticalScroll(id="case-view"):
            yield Static(id="case-details", markup=False)
            yield Static(t("case.section.question"), classes="section-title", markup=False)
            yield Static(id="case-question", classes="case-block", markup=False)
            for kind in ("parties", "consents", "goals"):
                yield Static(t(f"case.section.{kind}"), classes="section-title", markup=False)
                yield Static(id=f"case-{kind}", classes="case-block", markup=False)
            yield Static(t("assessment.case.actions"), classes="section-title", markup=False)
            yield Static(id="case-actions", classes="case-block", markup=False)
        yield Label(t("case.key_hint"), id="case-keys", classes="hint", markup=False)
        yield KeyFooter()

    def on_mount(self) -> None:
        follow_privacy(self)
        store = self.app.store
        if store is not None:
            case_id = self.case_id
            self.app.store_call(lambda: store.audit.record(AuditAction.VIEW, case_id))
        self.refresh_case()

    def on_screen_resume(self) -> None:
        self.refresh_case()

    def refresh_case(self) -> None:
        store = self.app.store
        if store is None:
            return
        try:
            self.case = store.cases.get(self.case_id)
        except NotFound:
            if self.is_current:
                self.app.pop_screen()
            return
        self._paint(self.case)

    def _paint(self, case: Case) -> None:
        today = date.today()
        lang = current_language()
        names = not self.privacy
        table = Table.grid(padding=(0, 2))
        table.add_column(style="bold", no_wrap=True)
        table.add_column()

        def add_row(label: str, value: str) -> None:
            # Text, never markup: a name like "[b]" or "[@click=...]" must stay plain text.
            table.add_row(Text(label), Text(value))

        status = (
            "● " + t("status.open")
            if case.status is CaseStatus.OPEN
            else "○ "
            + t("status.closed")
            + (f" ({format_day(case.closed_on)})" if case.closed_on else "")
        )
        add_row(t("case.code"), case.code)
        if PSEUDONYMISED_TAG in case.tags:  # a case review's copy, never the child's own file
            add_row(t("case.pseudonymised_label"), t("case.pseudonymised_copy"))
        if names:
            add_row(t("case.name"), case.full_name or "—")
        if case.date_of_birth is not None:
            shown = str(case.date_of_birth.year) if not names else case.date_of_birth.display(lang)
            age = describe_age(case.date_of_birth, today, lang=lang)
            add_row(t("case.date_of_birth"), f"{shown}  {age}")
        add_row(t("case.school"), " · ".join(p for p in (case.school, case.group) if p) or "—")
        add_row(t("case.status"), status)
        add_row(t("case.opened_on"), format_day(case.opened_on) or "—")
        if case.retention_until:
            kept = format_day(case.retention_until)
            if case.retention_until < today:  # due for erasure (d)
                kept += "  ⚠ " + t("caselist.filter.retention_passed")
            add_row(t("case.retention_until"), kept)
        if self.app.store is not None:
            add_row(t("case.events"), str(self.app.store.events.count_by_case().get(case.id, 0)))
        self.query_one("#case-details", Static).update(table)
        self.query_one("#case-question", Static).update(Text(case.question or "—"))
        self.query_one("#case-parties", Static).update(
            Text(
                "\n".join(describe_party(p, names=names) for p in case.parties) or t("items.empty")
            )
        )
        consents = "\n".join(describe_consent(c, today) for c in case.consents) or t("items.empty")
        if not case.has_sharing_consent(today):
            consents += "\n⚠ " + t("case.no_sharing_consent")
        self.query_one("#case-consents", Static).update(Text(consents))
        # The goals are the plan's items (case goals from before the plan among them).
        items = self.app.store.plans.for_case(case.id) if self.app.store is not None else []
        self.query_one("#case-goals", Static).update(
            Text("\n".join(describe_plan_item(i, today) for i in items) or t("items.empty"))
        )
        self._show_actions(case)

    def _show_actions(self, case: Case) -> None:
        """The open actions of the case's self-assessments, read after the queued saves."""
        store, privacy, today = self.app.store, self.privacy, date.today()
        if store is None:
            return

        def show(assessments: list[Assessment]) -> None:
            if not self.is_attached:  # left before the read came back
                return
            text = describe_open_actions(assessments, case, privacy=privacy, today=today)
            self.query_one("#case-actions", Static).update(Text(text))

        self.app.store_call(lambda: store.assessments.for_case(case.id), show)

    # -- actions ----------------------------------------------------------------------

    def action_back(self) -> None:
        self.app.pop_screen()

    def action_toggle_privacy(self) -> None:
        toggle_privacy(self.app)

    def watch_privacy(self) -> None:
        if self.case is not None:
            self._paint(self.case)

    def action_edit(self) -> None:
        if self.case is not None:
            self.app.push_screen(screens.CaseFormScreen(self.case))

    def action_timeline(self) -> None:
        self.app.push_screen(screens.TimelineScreen(self.case_id))

    def action_discuss_plan(self) -> None:
        """`v`: the plan, item by item, for the meeting with the parents."""
        self.app.push_screen(screens.PlanMeetingScreen(self.case_id))

    def action_toggle_status(self) -> None:
        case, store = self.case, self.app.store
        if case is None or store is None:
            return
        closing = case.status is CaseStatus.OPEN
        new_status = CaseStatus.CLOSED if closing else CaseStatus.OPEN
        question = (
            t("case.close_question", code=case.code)
            if closing
            else t("case.reopen_question", code=case.code)
        )

        def answer(yes: bool | None) -> None:
            if yes:
                self.app.store_call(
                    lambda: store.cases.set_status(case.id, new_status),
                    lambda _: self.refresh_case() if self.is_current else None,
                )

        self.app.push_screen(ConfirmModal(question), answer)

    def action_delete(self) -> None:
        """Erase the case for good: what goes is counted (after the saves still queued) and
        named, then the code must be typed."""
        case, store = self.case, self.app.store
        if case is None or store is None:
            return

        def failed(error: RondomError) -> None:
            self.notify(error.text(lang=current_language()), severity="error", timeout=10)

        def erased(_: object) -> None:
            self.notify(t("erase.done", code=case.code))
            if self.is_current:
                self.app.pop_screen()
            # otherwise `refresh_case` pops this screen when it is shown again

        def answer(yes: bool | None) -> None:
            if yes:
                self.app.store_call(lambda: store.cases.erase(case.id), erased, failed)

        def ask(plan: ErasurePlan) -> None:
            if not self.is_active:  # locked (or left) meanwhile: never ask over the lock
                return
            detail = plan.what_goes(lang=current_language())
            question = t("erase.question", code=plan.code)
            self.app.push_screen(TypeToConfirmModal(question, plan.code, detail=detail), answer)

        self.app.store_call(lambda: store.cases.erasure_plan(case.id), ask, failed)

    def action_audit(self) -> None:
        self.app.push_screen(screens.AuditScreen(self.case_id))

    def action_assessments(self) -> None:
        self.app.push_screen(screens.AssessmentListScreen(self.case_id))

    def action_export(self) -> None:
        self.app.push_screen(screens.ExportScreen([self.case_id]))
