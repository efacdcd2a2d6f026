"""The plan in a meeting with the parents: item by item, on a projector.

Like the Tijdlijn's meeting view, the case shows by its code and the names of the child and of
the parties recorded in the case are masked in every text on screen
(`domain.cases.redact.masked_for_meeting`). The facilitator goes through the items with the
arrow keys; for each the room decides: `a` agreed, `n` not agreed, and `o` writes down the
parents' view in their words; `+` adds an item the meeting needs. Each decision is saved at
once. `s` keeps the plan as it stands as a new version; the top line says what changed since
the last version (new, dropped, moved dates: `domain.plan.diff`) and which evaluations are due
or overdue (`domain.plan.evaluations`).
"""

from __future__ import annotations

from datetime import date
from typing import Any, ClassVar

import msgspec
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import Screen
from textual.widgets import Static

from rondom_tui.domain.cases.redact import kept_unless_edited, masked_for_meeting
from rondom_tui.domain.cases.rules import FieldErrors
from rondom_tui.domain.models import Case, Event
from rondom_tui.domain.plan.diff import PlanDiff, plan_diff
from rondom_tui.domain.plan.evaluations import Evaluation, evaluation_state, evaluations_due
from rondom_tui.domain.plan.models import Agreement, PlanItem, PlanVersion
from rondom_tui.domain.plan.words import (
    agreement_mark,
    changes_summary,
    describe_period,
    evaluation_text,
    item_changes,
)
from rondom_tui.domain.timeline.words import shortened, text_cells
from rondom_tui.i18n import current_language, t
from rondom_tui.report.plan import PlanReport
from rondom_tui.store.errors import NotFound
from rondom_tui.ui.bindings import Translated
from rondom_tui.ui.glyphs import plain_glyphs
from rondom_tui.ui.modals.assessment_export import ExportChoice
from rondom_tui.ui.modals.confirm import ConfirmModal
from rondom_tui.ui.modals.form import FormModal
from rondom_tui.ui.modals.plan_export import PlanExportModal, write_plan
from rondom_tui.ui.modals.plan_form import plan_item_modal
from rondom_tui.ui.screens.timeline_meeting import neighbour_line
from rondom_tui.ui.timeline.panels import describe_keys
from rondom_tui.ui.widgets.app_header import AppHeader
from rondom_tui.ui.widgets.form_fields import FieldSpec
from rondom_tui.ui.widgets.key_footer import KeyFooter


class PlanMeetingScreen(Translated, Screen[None]):
    """A case's plan, one item at a time, for the meeting with the parents."""

    CSS_PATH = "plan_meeting.tcss"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("a", "agree(True)", "plan.key.agree", id="plan_meeting.agree"),
        Binding("n", "agree(False)", "plan.key.not_agree", id="plan_meeting.not_agree"),
        Binding("o", "parents_view", "plan.key.parents_view", id="plan_meeting.parents_view"),
        Binding("s", "save_version", "plan.key.save_version", id="plan_meeting.save_version"),
        Binding("x", "export", "plan.key.export", id="plan_meeting.export"),
        Binding("plus", "add", "plan.key.add", show=False, key_display="+", id="plan_meeting.add"),
        Binding("e", "edit", "plan.key.edit", show=False, id="plan_meeting.edit"),
        Binding("d", "delete", "plan.key.delete", show=False, id="plan_meeting.delete"),
        Binding(
            "right,down",
            "move(1)",
            "timeline.meeting.next",
            show=False,
            id="plan_meeting.next",
        ),
        Binding(
            "left,up",
            "move(-1)",
            "timeline.meeting.previous",
            show=False,
            id="plan_meeting.previous",
        ),
        Binding("escape", "back", "case.key.back", show=False, id="plan_meeting.back"),
    ]

    def __init__(self, case_id: str, *, today: date | None = None) -> None:
        super().__init__()
        self.case_id = case_id
        self.today = today or date.today()
        """The day evaluations are due or overdue by, and a new version's date."""
        self.case: Case | None = None
        self.items: list[PlanItem] = []
        self.versions: list[PlanVersion] = []
        self.events: dict[str, Event] = {}
        """The case's events by id: the titles of what an item answers."""
        self.index = 0
        """The item on screen."""

    def compose(self) -> ComposeResult:
        yield AppHeader()
        with Vertical(id="plan-page"):
            yield Static(id="plan-case", markup=False)
            yield Static(id="plan-status", markup=False)
            yield Static(id="plan-goal", markup=False)
            yield Static(id="plan-facts", markup=False)
            yield Static(id="plan-decision", markup=False)
            yield Static(id="plan-line", markup=False)
            yield Static(t("plan.meeting.keys"), id="plan-keys", markup=False)
        yield KeyFooter()

    def on_mount(self) -> None:
        self._read()
        self._show()

    def _read(self) -> None:
        store = self.app.store
        if store is None:
            return
        try:
            self.case = store.cases.get(self.case_id)
        except NotFound:
            self.app.pop_screen()
            return
        self.items = store.plans.for_case(self.case_id)
        self.versions = store.plans.versions(self.case_id)
        self.events = {e.id: e for e in store.events.for_case(self.case_id)}
        self.index = min(self.index, max(0, len(self.items) - 1))

    # -- what the room sees -----------------------------------------------------------

    def masked(self, text: str) -> str:
        """`text` as the room may see it: the child's names by the code, a party's by role."""
        return masked_for_meeting(text, self.case) if self.case is not None else text

    @property
    def current(self) -> PlanItem | None:
        return self.items[self.index] if self.items else None

    def diff(self) -> PlanDiff | None:
        """What changed since the last version (None before the first)."""
        return plan_diff(self.versions[-1].items, self.items) if self.versions else None

    def _show(self) -> None:
        case, lang = self.case, current_language()
        if case is None:
            return
        self.query_one("#plan-case", Static).update(self._heading())
        self.query_one("#plan-status", Static).update(self._status())
        item = self.current
        if item is None:
            self.query_one("#plan-goal", Static).update(t("plan.meeting.empty"))
            for name in ("facts", "decision", "line"):
                self.query_one(f"#plan-{name}", Static).update("")
            return
        goal = self.masked(item.goal) or "—"
        self.query_one("#plan-goal", Static).update(f"{self.index + 1}. {goal}")
        self.query_one("#plan-facts", Static).update("\n".join(self._facts(item)))
        decision = [agreement_mark(item.agreement, lang=lang, plain=plain_glyphs())]
        view = self.masked(item.parents_view.strip())
        decision.append(t("plan.meeting.parents", view=view or t("plan.meeting.parents_none")))
        self.query_one("#plan-decision", Static).update("\n".join(decision))
        self.query_one("#plan-line", Static).update(self._line())

    def _heading(self) -> str:
        assert self.case is not None
        number, count = self.index + 1, len(self.items)
        head = t("plan.meeting.heading", code=self.case.code, number=number, count=count)
        if self.versions:
            last = self.versions[-1]
            saved = last.saved_on.strftime("%d-%m-%Y")
            head += " · " + t("plan.meeting.version", number=last.number, day=saved)
        return head

    def _status(self) -> str:
        """What changed since the last version, and the evaluations due or overdue."""
        lang = current_language()
        parts = []
        diff = self.diff()
        if diff is not None:
            parts.append(changes_summary(diff, self.versions[-1].number, lang=lang))
        due = evaluations_due(self.items, self.today)
        overdue = sum(1 for _, state in due if state is Evaluation.OVERDUE)
        if overdue:
            parts.append(t("plan.meeting.overdue", n=overdue))
        if len(due) > overdue:
            parts.append(t("plan.meeting.due", n=len(due) - overdue))
        return " · ".join(parts)

    def _facts(self, item: PlanItem) -> list[str]:
        lang = current_language()
        facts = []
        if item.action.strip():
            facts.append(t("plan.meeting.action", action=self.masked(item.action.strip())))
        who = [self.masked(item.by_whom), describe_period(item, lang=lang)]
        if any(who):
            facts.append(" · ".join(part for part in who if part))
        state = evaluation_state(item, self.today)
        if evaluation := evaluation_text(item, state, lang=lang, plain=plain_glyphs()):
            facts.append(evaluation)
        if item.keys:
            facts.append(f"{t('timeline.details.keys')}: {describe_keys(item.keys)}")
        answers = [self.masked(self.events[i].title) for i in item.events if i in self.events]
        if answers:
            facts.append(t("plan.meeting.answers", events="; ".join(answers)))
        diff = self.diff()
        if diff is not None:
            facts += item_changes(diff, item.id, lang=lang)
        return facts

    def _line(self) -> Text:
        """The items around the current one, each with its number, agreement mark and a short
        goal; the current one in brackets and reverse video."""
        lang, plain = current_language(), plain_glyphs()

        def words(item: PlanItem, room: int) -> str:
            mark = agreement_mark(item.agreement, lang=lang, plain=plain).split(" ")[0]
            head = f"{self.items.index(item) + 1} {mark} "
            cells = shortened(text_cells(self.masked(item.goal)), room - len(head), 1)
            return head + "".join(cells or ["…"])

        return neighbour_line(self.items, self.index, self.size.width, words, minimum=10)

    def on_resize(self) -> None:
        if self.is_mounted and self.items:
            self.query_one("#plan-line", Static).update(self._line())

    # -- keys -------------------------------------------------------------------------

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action in ("agree", "parents_view", "move", "edit", "delete"):
            return self.current is not None
        return True

    def action_move(self, step: int) -> None:
        """The next or previous item."""
        target = min(max(self.index + step, 0), max(0, len(self.items) - 1))
        if target != self.index:
            self.index = target
            self._show()

    def action_agree(self, agreed: bool) -> None:
        """`a` / `n`: the room agreed to the item, or did not."""
        item = self.current
        if item is None:
            return
        agreement = Agreement.AGREED if agreed else Agreement.NOT_AGREED
        self._save(msgspec.structs.replace(item, agreement=agreement))

    def action_parents_view(self) -> None:
        """`o`: the parents' view in their words (names masked here too)."""
        item = self.current
        if item is None:
            return
        shown = self.masked(item.parents_view)

        def build(values: dict[str, Any], errors: FieldErrors) -> str:
            return str(values["view"]).strip()

        def written(edited: str | None) -> None:
            if edited is not None:
                kept = kept_unless_edited(item.parents_view, shown, edited)
                self._save(msgspec.structs.replace(item, parents_view=kept))

        spec = [FieldSpec("view", "plan.meeting.parents_label", kind="textarea")]
        modal = FormModal(t("plan.meeting.parents_title"), spec, {"view": shown}, build)
        self.app.push_screen(modal, written)

    def action_add(self) -> None:
        """`+`: a new item when the meeting needs one the timeline did not draft; it is shown
        next, to be agreed or not like the others."""

        def added(item: PlanItem | None) -> None:
            if item is not None:
                self._save(item, show=True)

        title = t("plan.item.new")
        modal = plan_item_modal(None, case_id=self.case_id, today=self.today, title=title)
        self.app.push_screen(modal, added)

    def action_edit(self) -> None:
        """`e`: the item's goal, what, who, when, evaluation, keys and state (names masked)."""
        item = self.current
        if item is None:
            return
        shown = msgspec.structs.replace(
            item,
            goal=self.masked(item.goal),
            action=self.masked(item.action),
            by_whom=self.masked(item.by_whom),
        )

        def edited(changed: PlanItem | None) -> None:
            if changed is not None:
                kept = msgspec.structs.replace(
                    changed,
                    goal=kept_unless_edited(item.goal, shown.goal, changed.goal),
                    action=kept_unless_edited(item.action, shown.action, changed.action),
                    by_whom=kept_unless_edited(item.by_whom, shown.by_whom, changed.by_whom),
                )
                self._save(kept)

        modal = plan_item_modal(shown, case_id=self.case_id, today=self.today)
        self.app.push_screen(modal, edited)

    def action_delete(self) -> None:
        """`d`: drop the item from the plan, after a question (saved versions keep it)."""
        item, store = self.current, self.app.store
        if item is None or store is None:
            return

        def answer(yes: bool | None) -> None:
            if yes:
                self.app.store_call(lambda: store.plans.delete(item.id), lambda _: self._after())

        question = t("plan.meeting.delete_question")
        self.app.push_screen(ConfirmModal(question, detail=self.masked(item.goal)), answer)

    def _after(self) -> None:
        self._read()
        self._show()

    def _save(self, item: PlanItem, *, show: bool = False) -> None:
        """Save `item`; with `show`, it is the item on screen afterwards."""
        store = self.app.store
        if store is None:
            return

        def saved(_: object) -> None:
            self._read()
            if show:
                ids = [i.id for i in self.items]
                self.index = ids.index(item.id) if item.id in ids else self.index
            self._show()

        self.app.store_call(lambda: store.plans.save(item), saved)

    def action_save_version(self) -> None:
        """`s`: keep the plan as it stands now as its next version."""
        store, case_id, today = self.app.store, self.case_id, self.today
        if store is None:
            return

        def saved(version: PlanVersion) -> None:
            self.notify(t("plan.meeting.version_saved", number=version.number))
            self._read()
            self._show()

        self.app.store_call(lambda: store.plans.save_version(case_id, today), saved)

    def action_export(self) -> None:
        """`x`: the plan on paper (Markdown, HTML, the print SVG), next to the Tijdlijn."""
        store, case = self.app.store, self.case
        if store is None or case is None:
            return
        report = PlanReport(
            case=case,
            events=list(self.events.values()),
            items=self.items,
            versions=self.versions,
            links=store.links.for_case(self.case_id),
            today=self.today,
        )

        def chosen(choice: ExportChoice | None) -> None:
            if choice is not None:
                write_plan(self, choice, report)

        self.app.push_screen(PlanExportModal(store_path=store.path), chosen)

    def action_back(self) -> None:
        self.dismiss(None)
