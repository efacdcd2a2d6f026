"""The case editor: the child's details, the question, parties and consents (the goals are
the plan's items: drafted from the Tijdlijn with `p`).

Opens with the child's given name focused. `ctrl+s` checks every field and saves only when all
are valid (errors appear next to their field); `escape` goes back, asking first when something
was changed. Lists are edited in place with `a`, `enter` and `delete` and saved with the case.
"""

from __future__ import annotations

import copy
from datetime import date
from typing import Any, ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.screen import Screen
from textual.widgets import Static

from rondom_tui.domain.cases import rules as rules
from rondom_tui.domain.cases.rules import FieldErrors
from rondom_tui.domain.dates import format_day
from rondom_tui.domain.models import Case
from rondom_tui.i18n import current_language, t, t_count
from rondom_tui.ui.bindings import Translated
from rondom_tui.ui.modals.case_parts import (
    consent_modal,
    describe_consent,
    describe_party,
    party_modal,
)
from rondom_tui.ui.screens.form_screen import SavingForm
from rondom_tui.ui.widgets.app_header import AppHeader
from rondom_tui.ui.widgets.form_fields import FieldSpec, FormFields
from rondom_tui.ui.widgets.item_list import ItemList
from rondom_tui.ui.widgets.key_footer import KeyFooter

CASE_FIELDS = [
    FieldSpec("given_name", "case.given_name"),
    FieldSpec("family_name", "case.family_name"),
    FieldSpec("date_of_birth", "case.date_of_birth", placeholder="case.date_of_birth_placeholder"),
    FieldSpec("school", "case.school"),
    FieldSpec("group", "case.group", placeholder="case.group_placeholder"),
    FieldSpec("opened_on", "case.opened_on", placeholder="form.day_placeholder"),
    FieldSpec(
        "retention_until", "case.retention_until", placeholder="form.day_placeholder_optional"
    ),
    FieldSpec("question", "case.question", kind="textarea"),
]


def case_values(case: Case) -> dict[str, Any]:
    """The form's raw values for an existing case."""
    return {
        "given_name": case.given_name,
        "family_name": case.family_name,
        "date_of_birth": case.date_of_birth.input_text() if case.date_of_birth else "",
        "school": case.school,
        "group": case.group,
        "opened_on": format_day(case.opened_on),
        "retention_until": format_day(case.retention_until),
        "question": case.question,
    }


def apply_case_values(case: Case, values: dict[str, Any], errors: FieldErrors, today: date) -> None:
    """Check the raw values and write them into `case` (which is only saved without errors)."""
    case.given_name = rules.text(values["given_name"], "given_name", errors, required=True)
    case.family_name = rules.text(values["family_name"], "family_name", errors)
    case.date_of_birth = rules.partial_date(
        values["date_of_birth"], "date_of_birth", errors, today=today, not_future=True
    )
    case.school = rules.text(values["school"], "school", errors)
    case.group = rules.text(values["group"], "group", errors)
    case.opened_on = rules.day(values["opened_on"], "opened_on", errors, not_after=today)
    case.retention_until = rules.day(values["retention_until"], "retention_until", errors)
    if case.opened_on and case.retention_until and case.retention_until < case.opened_on:
        errors.add("retention_until", "case.retention_before_opened")
    if case.date_of_birth and case.opened_on and case.date_of_birth.first_day() > case.opened_on:
        errors.add("opened_on", "case.opened_before_birth")
    case.question = rules.text(values["question"], "question", errors, limit=20_000)


class CaseFormScreen(SavingForm, Translated, Screen[str | None]):
    """Create or edit a case; dismisses with the case id when saved, None when cancelled."""

    CSS_PATH = "case_form.tcss"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("ctrl+s", "save", "form.key.save", id="case_form.save"),
        Binding("escape", "cancel", "form.key.cancel", id="case_form.cancel"),
    ]

    def __init__(self, case: Case | None) -> None:
        super().__init__()
        self.is_new = case is None
        """True when this form creates a case."""
        self.case = copy.deepcopy(case) if case is not None else Case(opened_on=date.today())
        """The case being edited (a copy until saved)."""

    def compose(self) -> ComposeResult:
        yield AppHeader()
        with VerticalScroll(id="case-form"):
            title = (
                t("case.new_title") if self.is_new else t("case.edit_title", code=self.case.code)
            )
            yield Static(title, classes="section-title", markup=False)
            yield FormFields(CASE_FIELDS, case_values(self.case), id="case-fields")
            for kind in ("parties", "consents"):
                yield Static(t(f"case.section.{kind}"), classes="section-title", markup=False)
                yield ItemList(kind, id=f"list-{kind}")
            # Goals are the plan's items now: drafted from the Tijdlijn (`p`), discussed on `v`.
            yield Static(t("case.section.goals"), classes="section-title", markup=False)
            yield Static(t("plan.case.form_hint"), classes="hint", markup=False)
            yield Static(t("case.form_hint"), classes="hint", markup=False)
        yield KeyFooter()

    def on_mount(self) -> None:
        self._show_lists()
        self.query_one(FormFields).focus_first()
        self._initial = self._snapshot()

    def _snapshot(self) -> Any:
        return (
            self.query_one(FormFields).values(),
            [(p.role, p.name, p.organisation, p.contact) for p in self.case.parties],
            [(c.given_by, c.given_on, c.scope, c.until, c.note) for c in self.case.consents],
        )

    def _show_lists(self) -> None:
        today = date.today()
        self.query_one("#list-parties", ItemList).show_items(
            [describe_party(p) for p in self.case.parties]
        )
        self.query_one("#list-consents", ItemList).show_items(
            [describe_consent(c, today) for c in self.case.consents]
        )

    # -- lists ------------------------------------------------------------------------

    @on(ItemList.Requested)
    def _item_requested(self, event: ItemList.Requested) -> None:
        items: list[Any] = getattr(self.case, event.item_list.kind)
        if event.action == "remove" and event.index is not None:
            del items[event.index]
            self._show_lists()
            return
        current = items[event.index] if event.index is not None else None
        modal = {"parties": party_modal, "consents": consent_modal}[event.item_list.kind](current)

        def done(value: Any) -> None:
            if value is None:
                return
            if event.index is None:
                items.append(value)
            else:
                items[event.index] = value
            self._show_lists()
            event.item_list.focus()

        self.app.push_screen(modal, done)

    # -- save and cancel --------------------------------------------------------------

    def action_save(self) -> None:
        if self._saving or self.app.store is None:
            return
        fields = self.query_one(FormFields)
        errors = FieldErrors()
        apply_case_values(self.case, fields.values(), errors, date.today())
        fields.show_errors(errors.messages(lang=current_language()))
        if errors:
            self.notify(
                t_count("form.fix_errors", len(errors.errors), count=len(errors.errors)),
                severity="warning",
            )
            return
        self._saving = True
        store = self.app.store
        case = copy.deepcopy(self.case)
        job = (lambda: store.cases.add(case)) if self.is_new else (lambda: store.cases.update(case))
        self.app.store_call(job, self._saved, self._save_failed)

    def _saved(self, case: Case) -> None:
        self._saving = False
        self.notify(t("case.saved", code=case.code))
        # From now on this form edits the stored case: a second ctrl+s updates, never adds twice.
        self.is_new = False
        self.case.code, self.case.revision = case.code, case.revision
        self._initial = self._snapshot()  # saved: nothing left to lose
        if self.is_current:
            self.dismiss(case.id)
