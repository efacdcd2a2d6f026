"""The summary of an assessment: bars per key, the numbers, one key in depth, the actions.

Disagreement stands out (``!``, bold), strongest and weakest keys are named, and a later
assessment shows its change against the previous finished one of the same case or team. The
key under the cursor is shown in depth: who gave what (or only the spread when anonymous), the
note, the timeline events tagged with it (promoting and hindering) and its actions.

Here the assessment is finished (`f`, read-only) or reopened (`r`), both after a question, and
exported (`x`). Actions can be ticked done with space even when the assessment is final.
"""

from __future__ import annotations

from datetime import date
from typing import ClassVar

from msgspec.structs import replace
from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.widgets import Static

from rondom_tui.domain.assessment import flow as flow
from rondom_tui.domain.assessment.stats import (
    KeyChange,
    KeyEvidence,
    compare,
    evidence_by_key,
    summarise,
)
from rondom_tui.domain.cases.redact import hide_names, kept_unless_edited
from rondom_tui.domain.dates import PartialDate, format_day
from rondom_tui.domain.models import Action, Assessment, AssessmentStatus, Event
from rondom_tui.domain.plan.models import PlanItem
from rondom_tui.i18n import t
from rondom_tui.ui.assessment_subject import previous_in_store, subject_of
from rondom_tui.ui.modals.assessment_export import (
    ExportChoice,
    ExportModal,
    export_content,
    save_export,
)
from rondom_tui.ui.modals.assessment_parts import ActionDraft, action_modal, describe_action
from rondom_tui.ui.modals.confirm import ConfirmModal
from rondom_tui.ui.modals.plan_form import describe_plan_item, plan_item_modal
from rondom_tui.ui.screens.assessment_screen import AssessmentScreen
from rondom_tui.ui.widgets.action_list import ActionList
from rondom_tui.ui.widgets.app_header import AppHeader
from rondom_tui.ui.widgets.assessment_details import key_detail, overview_table
from rondom_tui.ui.widgets.key_footer import KeyFooter
from rondom_tui.ui.widgets.score_bars import ScoreBars


class AssessmentSummaryScreen(AssessmentScreen):
    """The outcome of one assessment."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("m", "meeting", "assessment.summary.key.meeting", id="summary.meeting"),
        Binding("f", "finalise", "assessment.summary.key.finalise", id="summary.finalise"),
        Binding("r", "reopen", "assessment.summary.key.reopen", id="summary.reopen"),
        Binding("x", "export", "assessment.summary.key.export", id="summary.export"),
        Binding("escape", "back", "assessment.key.back", id="summary.back"),
    ]

    def __init__(self, assessment: Assessment) -> None:
        super().__init__(assessment)
        self.previous: Assessment | None = None
        """The finished assessment this one is compared with."""
        self._evidence: tuple[KeyEvidence, ...] | None = None
        self._plan: list[PlanItem] = []
        """The case's plan: per key, the items that serve it are shown."""

    def compose(self) -> ComposeResult:
        yield AppHeader()
        with VerticalScroll(id="summary"):
            yield Static(id="summary-title", markup=False)
            yield Static(id="summary-compare", classes="hint", markup=False)
            yield ScoreBars(id="summary-bars")
            yield Static(t("assessment.summary.per_key"), classes="section-title", markup=False)
            yield Static(id="summary-table", classes="summary-block", markup=False)
            yield Static(id="summary-key", classes="summary-block", markup=False)
            yield Static(t("assessment.export.actions"), classes="section-title", markup=False)
            yield ActionList("actions", id="summary-actions")
        yield KeyFooter()

    def on_mount(self) -> None:
        store = self.app.store
        if store is not None:
            self.subject = subject_of(store, self.assessment)
            self.previous = previous_in_store(store, self.assessment)
            if self.assessment.case_id is not None:
                # What had happened by the day of the meeting; later events are no evidence.
                held_on = self.assessment.held_on
                events = store.events.for_case(self.assessment.case_id)
                self._evidence = evidence_by_key(
                    e for e in events if e.start.first_day() <= held_on
                )
                self._plan = store.plans.for_case(self.assessment.case_id)
        bars = self.query_one(ScoreBars)
        self.watch(bars, "cursor", self._show_key, init=False)
        self._paint()
        bars.focus()

    # -- painting ---------------------------------------------------------------------

    def _shown(self) -> Assessment:
        return self.subject.masked(self.assessment) if self.subject else self.assessment

    def _changes(self) -> tuple[KeyChange, ...] | None:
        if self.previous is None:
            return None
        return compare(summarise(self.assessment), summarise(self.previous))

    def _paint(self) -> None:
        shown = self._shown()
        summary = summarise(shown)
        changes = self._changes()
        bars = self.query_one(ScoreBars)
        bars.summary, bars.changes = summary, changes
        self.query_one("#summary-title", Static).update(self._title(shown))
        people = t("assessment.summary.people", count=len(shown.participants))
        if self.previous is not None:
            held_on = format_day(self.previous.held_on)
            compared = people + " · " + t("assessment.summary.compared", date=held_on)
        else:
            compared = people + " · " + t("assessment.summary.no_previous")
        self.query_one("#summary-compare", Static).update(compared)
        self.query_one("#summary-table", Static).update(overview_table(summary, changes))
        today = date.today()
        self.query_one(ActionList).show_items(
            [describe_action(a, today=today) for a in shown.actions]
        )
        self._show_key(bars.cursor)
        self.refresh_bindings()

    def _title(self, shown: Assessment) -> Text:
        final = shown.status is AssessmentStatus.FINAL
        status = ("● " if final else "○ ") + t(f"assessment.status.{shown.status.value}")
        done = flow.completion(shown)
        parts = [
            self.subject.shown if self.subject else "",
            format_day(shown.held_on),
            status,
            t("assessment.summary.answered", done=done.answered, total=done.expected),
        ]
        if shown.anonymous:
            parts.append(t("assessment.summary.anonymous"))
        return Text(t("assessment.summary.title") + " " + " · ".join(p for p in parts if p))

    def _show_key(self, key: int) -> None:
        shown = self._shown()
        changes = self._changes()
        evidence = self._evidence[key - 1] if self._evidence else None
        if evidence is not None and self.subject is not None:
            evidence = self._masked_evidence(evidence)
        detail = key_detail(
            summarise(shown).for_key(key),
            anonymous=shown.anonymous,
            change=changes[key - 1] if changes else None,
            evidence=evidence,
            actions=[a for a in shown.actions if a.key == key],
            plan=self._plan_lines(key),
            today=date.today(),
        )
        self.query_one("#summary-key", Static).update(detail)

    def _plan_lines(self, key: int) -> list[str]:
        """The plan items that serve `key`, one line each, without the child's names."""
        today = date.today()
        lines = [describe_plan_item(i, today) for i in self._plan if key in i.keys]
        if self.subject is None:
            return lines
        return [hide_names(line, self.subject.names, self.subject.shown) for line in lines]

    def _masked_evidence(self, evidence: KeyEvidence) -> KeyEvidence:
        assert self.subject is not None
        names, code = self.subject.names, self.subject.shown

        def clean(events: tuple[Event, ...]) -> tuple[Event, ...]:
            return tuple(replace(e, title=hide_names(e.title, names, code)) for e in events)

        return KeyEvidence(
            evidence.key,
            clean(evidence.promoting),
            clean(evidence.hindering),
            clean(evidence.neutral),
        )

    # -- changes ----------------------------------------------------------------------

    def show_changes(self) -> None:
        self._paint()

    @on(ScoreBars.KeySelected, "#summary-bars")
    def _open_key(self, message: ScoreBars.KeySelected) -> None:
        self.post_message(self.MeetingRequested(self, self.assessment, message.key))

    @on(ActionList.Requested, "#summary-actions")
    def _action_requested(self, event: ActionList.Requested) -> None:
        actions = self.assessment.actions
        current = actions[event.index] if event.index is not None else None
        if event.action == "done" and current is not None:
            self.change(lambda a: flow.set_action_done(a, current.id, not current.done))
        elif event.action == "remove" and current is not None:
            self._remove_action(current)
        elif event.action in ("add", "edit"):
            self._edit_action(current)
        elif event.action == "plan" and current is not None:
            self._action_to_plan(current)

    def _action_to_plan(self, action: Action) -> None:
        """An action point becomes an item of the case's plan: its text the goal, its owner
        who does it, its due date the evaluation, its key the key it serves; the plan form
        opens with them (without the child's names) to be completed. A goal or owner left as
        the form showed it is stored as the action has it, names and all: the mask is for the
        screen, the plan keeps what was agreed."""
        case_id, store = self.assessment.case_id, self.app.store
        if case_id is None or store is None:
            self.notify(t("plan.assessment.no_case"), severity="warning")
            return
        shown = self._shown_action(action)
        draft = PlanItem(
            case_id=case_id,
            goal=shown.text,
            by_whom=shown.owner,
            evaluate_on=PartialDate.from_date(action.due) if action.due else None,
            keys=[action.key],
        )
        title = t("plan.item.new_for", answers=t("plan.assessment.action", key=action.key))

        def save(edited: PlanItem | None) -> None:
            if edited is not None:
                item = replace(
                    edited,
                    goal=kept_unless_edited(action.text, shown.text, edited.goal),
                    by_whom=kept_unless_edited(action.owner, shown.owner, edited.by_whom),
                )

                def saved(_: object) -> None:
                    self.notify(t("plan.item.saved"))
                    self._plan = store.plans.for_case(case_id)
                    self._show_key(self.query_one(ScoreBars).cursor)

                self.app.store_call(lambda: store.plans.save(item), saved)

        modal = plan_item_modal(draft, case_id=case_id, today=date.today(), title=title)
        self.app.push_screen(modal, save)

    def _shown_action(self, action: Action) -> Action:
        """`action` as the screen shows it: without the child's names."""
        return next(a for a in self._shown().actions if a.id == action.id)

    def _remove_action(self, action: Action) -> None:
        def answer(yes: bool | None) -> None:
            if yes:
                self.change(lambda a: flow.remove_action(a, action.id))

        question = t("assessment.action.remove_question")
        detail = self._shown_action(action).text
        self.app.push_screen(ConfirmModal(question, detail=detail), answer)

    def _edit_action(self, action: Action | None) -> None:
        if self.assessment.status is AssessmentStatus.FINAL:
            self.notify(t("assessment.error.read_only"), severity="warning")
            return
        key = action.key if action else self.query_one(ScoreBars).cursor
        # The dialog may be on the projector as well: it opens without the child's names.
        shown = self._shown_action(action) if action else None

        def done(draft: ActionDraft | None) -> None:
            if draft is not None and action is None:
                self.change(draft.add_to, saved=t("assessment.action.added", key=draft.key))
            elif draft is not None and action is not None and shown is not None:
                kept = draft.keeping_names(action, shown)
                self.change(lambda a: kept.replace_in(a, action.id))

        self.app.push_screen(action_modal(key, shown), done)

    # -- keys -------------------------------------------------------------------------

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        final = self.assessment.status is AssessmentStatus.FINAL
        if action == "finalise":
            return not final
        if action == "reopen":
            return final
        return True

    def action_meeting(self) -> None:
        key = self.query_one(ScoreBars).cursor
        self.post_message(self.MeetingRequested(self, self.assessment, key))

    def action_finalise(self) -> None:
        done = flow.completion(self.assessment)
        detail = t("assessment.finalise.detail", done=done.answered, total=done.expected)

        def answer(yes: bool | None) -> None:
            if yes:
                self.change(flow.finalise, saved=t("assessment.finalise.done"))

        self.app.push_screen(ConfirmModal(t("assessment.finalise.question"), detail=detail), answer)

    def action_reopen(self) -> None:
        def answer(yes: bool | None) -> None:
            if yes:
                self.change(flow.reopen, saved=t("assessment.reopen.done"))

        detail = t("assessment.reopen.detail")
        self.app.push_screen(ConfirmModal(t("assessment.reopen.question"), detail=detail), answer)

    def action_export(self) -> None:
        def chosen(choice: ExportChoice | None) -> None:
            subject = self.subject
            if choice is None or subject is None:
                return
            today = date.today()
            content = export_content(
                self.assessment, choice, subject, self.previous, today=today, plan=self._plan
            )
            note = (self.assessment.case_id, f"assessment-{choice.format.value}")
            save_export(self, choice.path, content, note)

        store = self.app.store
        modal = ExportModal(store_path=store.path if store is not None else None)
        self.app.push_screen(modal, chosen)

    def action_back(self) -> None:
        self.app.pop_screen()
