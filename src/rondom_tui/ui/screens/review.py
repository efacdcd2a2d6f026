"""The casusreview: what the whole caseload teaches, per key, lane, kind of event, wait, score
and action point, by school and together, with the policy action points agreed on it.

Two views of the same figures. The team's (privacy off): every number, and `enter` on a figure
opens the cases behind it, and from there their timelines. The board's (privacy on, or a
review that merges extracts): every figure on fewer than 5 cases reads ``<5``, and no figure
opens cases. The caseload is read and counted on the save queue, so the review includes every
save made before it and the UI never waits on 10,000 cases.
"""

from __future__ import annotations

from datetime import date
from typing import ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.reactive import reactive
from textual.screen import Screen
from textual.widgets import Label, Static

from rondom_tui.bundle import read_bundle_file, read_identity_file
from rondom_tui.bundle.review_extract import open_extract, store_source
from rondom_tui.domain.review.extracts import Extract, as_extract, merged_overview
from rondom_tui.domain.review.facts import Caseload
from rondom_tui.domain.review.figures import Overview, overview
from rondom_tui.domain.review.models import PolicyAction, Review
from rondom_tui.domain.review.policy import (
    add_action,
    next_status,
    remove_action,
    replace_action,
    start_review,
)
from rondom_tui.domain.review.schools import header_facts, school_panels
from rondom_tui.domain.review.sections import sections
from rondom_tui.domain.review.selection import Selection
from rondom_tui.i18n import current_language, t, t_count
from rondom_tui.report.review import review_csv, review_html, review_markdown
from rondom_tui.store.repository import Store
from rondom_tui.ui.bindings import Translated
from rondom_tui.ui.modals.assessment_export import ExportChoice, ExportFormat, save_export
from rondom_tui.ui.modals.confirm import ConfirmModal
from rondom_tui.ui.modals.review_forms import (
    ExtractFiles,
    ReportExportModal,
    extract_modal,
    policy_modal,
    selection_modal,
)
from rondom_tui.ui.privacy import follow_privacy, toggle_privacy
from rondom_tui.ui.screens.review_cases import ReviewCasesScreen
from rondom_tui.ui.widgets.app_header import AppHeader
from rondom_tui.ui.widgets.key_footer import KeyFooter
from rondom_tui.ui.widgets.policy_table import PolicyTable
from rondom_tui.ui.widgets.review_chart import ReviewChart

REPORTS = {ExportFormat.MARKDOWN: review_markdown, ExportFormat.HTML: review_html}
"""The text formats; CSV is bytes in the dialect chosen."""


def _number_of(shown: str) -> int:
    """A number as shown (``60``, ``<5``, ``≥13``) as far as a plural needs it."""
    return int(shown) if shown.isdigit() else 2


Figured = tuple[Overview, Review | None, list[str], list[str]]
"""A review, the latest policy review, and the schools and tags to choose from."""


def _figures(store: Store, selection: Selection, extracts: list[Extract], today: date) -> Figured:
    """On the save queue: the review, the latest policy review, and the schools and tags
    the selection can choose from."""
    caseload: Caseload = store.reviews.caseload()
    own = overview(caseload, selection, today)
    made = own
    if extracts:
        parts = [as_extract(own, store_source(store))] if own.schools else []
        made = merged_overview(
            [*parts, *extracts], selection, own.made_on, own=0 if parts else None
        )
    schools = sorted({c.school_label for c in caseload.cases if c.school_label})
    tags = sorted({tag for c in caseload.cases for tag in c.tags})
    return made, store.reviews.latest(), schools, tags


class ReviewScreen(Translated, Screen[None]):
    """The review over the store's cases (and any extracts added)."""

    CSS_PATH = "review.tcss"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("f", "select", "review.key.select", id="review.select"),
        Binding("x", "export", "review.key.export", id="review.export"),
        Binding("i", "add_extract", "review.key.extract", show=False, id="review.extract"),
        Binding("c", "clear_extracts", "review.key.clear", show=False, id="review.clear"),
        Binding("a", "add_point", "review.key.add", id="review.add"),
        Binding("e", "edit_point", "review.key.edit", show=False, id="review.edit"),
        Binding("space", "point_status", "review.key.status", show=False, id="review.status"),
        Binding("d,delete", "remove_point", "review.key.remove", show=False, id="review.remove"),
        Binding("n", "new_review", "review.key.new", show=False, id="review.new"),
        Binding("p", "toggle_privacy", "caselist.key.privacy", show=False, id="review.privacy"),
        Binding("escape", "back", "review.key.back", id="review.back"),
    ]

    privacy: reactive[bool] = reactive(False)
    """The app's privacy mode: on, the board's view."""

    def __init__(self, *, today: date | None = None) -> None:
        super().__init__()
        self.today = today or date.today()
        """The day of the review (waits still going on are measured up to it)."""
        self.selection = Selection()
        self.extracts: list[Extract] = []
        """Extracts added in this session (decrypted in memory only)."""
        self.overview: Overview | None = None
        self.review: Review | None = None
        """The latest review in the store, with its policy action points."""
        self._schools: list[str] = []
        self._tags: list[str] = []
        self._counting = 0
        """Which count is the latest asked for: an older one that answers late is dropped."""
        self._recount_on_return = True
        """Count again when the screen comes back: first shown, or back from the cases (whose
        timelines may have changed). Not after a dialog, which changes nothing counted."""

    def compose(self) -> ComposeResult:
        yield AppHeader()
        yield Label("", id="review-status", markup=False)
        yield ReviewChart(id="chart")
        yield Static("", id="policy-title", classes="section-title", markup=False)
        yield PolicyTable(id="policy")
        yield Label(t("review.key_hint"), id="review-keys", classes="hint", markup=False)
        yield KeyFooter()

    def on_mount(self) -> None:
        follow_privacy(self)
        self.query_one(ReviewChart).focus()  # the figures are counted when shown (resume)

    @property
    def board(self) -> bool:
        """The board's view: privacy on, or extracts merged in."""
        return self.privacy or bool(self.extracts)

    # -- reading --------------------------------------------------------------------------

    def reload(self) -> None:
        store = self.app.store
        if store is None:
            return
        selection, extracts, today = self.selection, list(self.extracts), self.today
        self._counting += 1
        counting = self._counting
        self.query_one("#review-status", Label).update(t("review.counting"))
        self.app.store_call(
            lambda: _figures(store, selection, extracts, today),
            lambda found: self._loaded(found, counting),
        )

    def _loaded(self, found: Figured, counting: int) -> None:
        if counting != self._counting:
            return
        self.overview, self.review, self._schools, self._tags = found
        self._show()
        self.refresh_bindings()

    def on_screen_resume(self) -> None:
        """Count when first shown and when back from the cases (a timeline opened from there
        may have changed one). Its own changes (action points) it shows at once, so the
        `DataSaved` after each of its saves, and after every read on the queue, needs no
        recount."""
        if self._recount_on_return:
            self._recount_on_return = False
            self.reload()

    def watch_privacy(self) -> None:
        if self.is_mounted:
            self._show()

    def _show(self) -> None:
        if self.overview is None:
            return
        lang = current_language()
        chart = self.query_one(ReviewChart)
        chart.show(
            sections(self.overview, board=self.board, lang=lang),
            school_panels(self.overview, board=self.board, lang=lang),
            t("review.section.schools"),
        )
        facts = dict(header_facts(self.overview, board=self.board, lang=lang))
        cases = facts[t("review.header.cases")]
        schools = len(self.overview.schools)
        status = " · ".join(
            (
                t_count("review.status.cases", _number_of(cases), cases=cases),
                t_count("review.status.schools", schools, schools=schools),
                self.selection.period_text(lang=lang),
                t("review.view.board") if self.board else t("review.view.team"),
            )
        )
        if self.selection.schools or self.selection.status or self.selection.tags:
            status += " · " + t("review.filtered")
        if self.extracts:
            status += " · " + t_count(
                "review.with_extracts", len(self.extracts), n=len(self.extracts)
            )
        self.query_one("#review-status", Label).update(status)
        self._show_policy()

    def _show_policy(self) -> None:
        review = self.review
        title = (
            t(
                "review.policy.title",
                month=review.month.display(current_language()),
                n=len(review.actions),
            )
            if review
            else t("review.policy.title_none")
        )
        self.query_one("#policy-title", Static).update(title)
        self.query_one(PolicyTable).show(review, self.today)

    # -- from figures to the cases ------------------------------------------------------------

    @on(ReviewChart.FigureChosen, "#chart")
    def _open_figure(self, message: ReviewChart.FigureChosen) -> None:
        if self.board:
            self.notify(t("review.cases.board"), severity="warning")
            return
        if not message.figure.case_ids:
            self.notify(t("review.cases.none"))
            return
        title = f"{message.label} {message.figure.value}"
        self._recount_on_return = True
        self.app.push_screen(ReviewCasesScreen(message.figure.case_ids, title))

    # -- the selection and extracts -------------------------------------------------------------

    def action_select(self) -> None:
        def chosen(selection: Selection | None) -> None:
            if selection is not None:
                self.selection = selection
                self.reload()

        self.app.push_screen(selection_modal(self.selection, self._schools, self._tags), chosen)

    def action_add_extract(self) -> None:
        store = self.app.store
        if store is None:
            return

        selection, extracts, today = self.selection, list(self.extracts), self.today

        def read(files: ExtractFiles) -> tuple[Extract, Figured]:
            identities = read_identity_file(files.identity) if files.identity else []
            extract = open_extract(store, read_bundle_file(files.path), identities=identities)
            # Counted with it before it is taken: an extract that overlaps is refused here.
            return extract, _figures(store, selection, [*extracts, extract], today)

        self._counting += 1  # a count asked for before this one no longer applies
        counting = self._counting

        def chosen(files: ExtractFiles | None) -> None:
            if files is not None:
                self.app.store_call(
                    lambda: read(files), lambda found: self._extract_added(found, counting)
                )

        self.app.push_screen(extract_modal(), chosen)

    def _extract_added(self, found: tuple[Extract, Figured], counting: int) -> None:
        extract, figured = found
        self.extracts.append(extract)
        schools = len(extract.units)
        self.notify(t_count("review.extracts.added", schools, schools=schools))
        self._loaded(figured, counting)

    def action_clear_extracts(self) -> None:
        if self.extracts:
            self.extracts = []
            self.refresh_bindings()
            self.reload()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "clear_extracts":
            return bool(self.extracts)
        if action in ("edit_point", "point_status", "remove_point"):
            return self._current_point() is not None
        return True

    # -- the board report ---------------------------------------------------------------------

    def action_export(self) -> None:
        def chosen(choice: ExportChoice | None) -> None:
            if choice is not None:
                self._write_report(choice)

        store = self.app.store  # never over the store
        self.app.push_screen(ReportExportModal(store_path=store.path if store else None), chosen)

    def _write_report(self, choice: ExportChoice) -> None:
        store, made = self.app.store, self.overview
        if store is None or made is None:
            return
        lang = current_language()
        text: str | bytes
        if choice.format is ExportFormat.CSV:
            text = review_csv(made, self.review, lang=lang, dialect=choice.csv_dialect)
        else:
            text = REPORTS[choice.format](made, self.review, lang=lang)
        note = (None, f"review-{choice.format.value}")
        save_export(self, choice.path, text, note, written="review.export.written")

    # -- policy action points -------------------------------------------------------------------

    def _current_point(self) -> PolicyAction | None:
        return self.query_one(PolicyTable).current

    def _save(self, review: Review, message_id: str) -> None:
        store = self.app.store
        if store is None:
            return
        self.review = review
        self._show_policy()
        self.refresh_bindings()
        self.app.store_call(
            lambda: store.reviews.save(review), lambda _: self.notify(t(message_id))
        )

    def _review_now(self) -> Review:
        return self.review or start_review(None, self.today, self.selection)

    def action_add_point(self) -> None:
        def chosen(point: PolicyAction | None) -> None:
            if point is not None:
                self._save(add_action(self._review_now(), point), "review.policy.saved")

        self.app.push_screen(policy_modal(None), chosen)

    def action_edit_point(self) -> None:
        point, review = self._current_point(), self.review
        if point is None or review is None:
            return

        def chosen(changed: PolicyAction | None) -> None:
            if changed is not None and self.review is not None:
                self._save(replace_action(self.review, changed), "review.policy.saved")

        self.app.push_screen(policy_modal(point), chosen)

    @on(PolicyTable.RowSelected, "#policy")
    def _row_chosen(self) -> None:
        self.action_edit_point()

    def action_point_status(self) -> None:
        point = self._current_point()
        if point is not None and self.review is not None:
            self._save(next_status(self.review, point.id), "review.policy.saved")

    def action_remove_point(self) -> None:
        point = self._current_point()
        if point is None:
            return

        def answer(yes: bool | None) -> None:
            if yes and self.review is not None:
                self._save(remove_action(self.review, point.id), "review.policy.removed")

        self.app.push_screen(ConfirmModal(t("review.policy.remove_question")), answer)

    def action_new_review(self) -> None:
        def answer(yes: bool | None) -> None:
            if yes:
                self._save(start_review(self.review, self.today, self.selection), "review.new.done")

        detail = t("review.new.detail")
        self.app.push_screen(ConfirmModal(t("review.new.question"), detail=detail), answer)

    # -- leaving ------------------------------------------------------------------------------

    def action_toggle_privacy(self) -> None:
        toggle_privacy(self.app)

    def action_back(self) -> None:
        self.app.pop_screen()
