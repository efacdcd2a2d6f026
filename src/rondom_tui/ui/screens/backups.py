"""The store's backups: when, why, how many cases, how large; `enter` restores one.

The list is read on the save queue (each backup is decrypted in memory to count its cases).
A restore reads the backup through first, says what it holds and what happens to the store as
it is now, asks, and runs on the save queue; then every screen goes back to the case list,
which shows the restored store.
"""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import Screen
from textual.widgets import DataTable, Static

from rondom_tui.domain.errors import RondomError
from rondom_tui.i18n import current_language, t, t_count
from rondom_tui.store.backup_files import local_time, reason_text, size_text
from rondom_tui.store.backups import BackupContents, BackupSummary
from rondom_tui.store.repository import Store
from rondom_tui.store.restoring import RestoreResult
from rondom_tui.ui.bindings import Translated
from rondom_tui.ui.modals.confirm import ConfirmModal
from rondom_tui.ui.widgets.app_header import AppHeader
from rondom_tui.ui.widgets.key_footer import KeyFooter

CASE_LIST_DEPTH = 2
"""The screen stack under an open store: the default screen, then the case list."""


class BackupsScreen(Translated, Screen[None]):
    """The backups of the open store, newest first."""

    CSS_PATH = "backups.tcss"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter,r", "restore", "backups.key.restore", id="backups.restore"),
        Binding("escape", "back", "backups.key.back", id="backups.back"),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.summaries: list[BackupSummary] = []
        """The backups as listed, newest first."""
        self.busy = False
        """A backup is being read or restored: no second one, and no leaving meanwhile."""

    @property
    def store(self) -> Store:
        store: Store | None = self.app.store  # type: ignore[attr-defined]
        assert store is not None
        return store

    def compose(self) -> ComposeResult:
        yield AppHeader()
        with Vertical(id="backups-box"):
            yield Static(t("backups.title"), classes="section-title", markup=False)
            where = t("cli.backups.where", folder=str(self.store.backups.folder))
            yield Static(where, classes="hint", markup=False)
            yield DataTable(id="backups", cursor_type="row", zebra_stripes=True)
            yield Static(t("backups.reading"), id="backups-status", classes="hint", markup=False)
        yield KeyFooter()

    def on_mount(self) -> None:
        table = self.query_one(DataTable)
        for column in ("date", "reason", "cases", "size", "file"):
            table.add_column(t(f"backups.col.{column}"), key=column)
        self.app.store_call(self.store.backups.summaries, self._show)  # type: ignore[attr-defined]

    def _show(self, summaries: list[BackupSummary]) -> None:
        if self not in self.app.screen_stack:  # left before the list was read
            return
        self.summaries = list(reversed(summaries))
        table = self.query_one(DataTable)
        table.clear()
        lang = current_language()
        for summary in self.summaries:
            file = summary.file
            cases = str(summary.cases) if summary.problem is None else t(summary.problem_id)
            table.add_row(
                Text(local_time(file.at)),
                Text(reason_text(file.reason, lang=lang)),
                Text(cases, justify="right"),
                Text(size_text(file.size, lang=lang), justify="right"),
                Text(file.name),
            )
        status = t("cli.backups.none") if not summaries else t("backups.hint")
        problem = self.store.backups.problem
        if problem is not None:
            status += " " + t("backups.problem", reason=problem.text(lang=lang))
        self.query_one("#backups-status", Static).update(status)
        table.focus()

    @on(DataTable.RowSelected, "#backups")
    def _chosen(self) -> None:  # enter on the table
        self.action_restore()

    def action_restore(self) -> None:
        table = self.query_one(DataTable)
        if self.busy or not self.summaries:
            return
        summary = self.summaries[table.cursor_row]
        if summary.problem is not None:
            self.notify(summary.problem.text(lang=current_language()), severity="error")
            return
        self.busy = True
        path = summary.file.path
        self.app.store_call(  # type: ignore[attr-defined]
            lambda: self.store.backups.read(path), self._ask, self._failed
        )

    def _ask(self, backup: BackupContents) -> None:
        self.busy = False
        held = backup.held(lang=current_language())
        question = t(
            "backups.question",
            when=local_time(backup.at),
            reason=reason_text(backup.reason, lang=current_language()),
        )
        now = self.store.cases.count()
        detail = f"{held}. {t_count('cli.restore.replaces', now, n=now)}"

        def answered(yes: bool | None) -> None:
            if yes:
                self.busy = True
                self.query_one("#backups-status", Static).update(t("backups.restoring"))
                self.app.store_call(  # type: ignore[attr-defined]
                    lambda: self.store.backups.restore(backup), self._restored, self._failed
                )

        self.app.push_screen(ConfirmModal(question, detail=detail), answered)

    def _restored(self, result: RestoreResult) -> None:
        self.busy = False
        cases = t_count("cli.count.cases", result.cases, n=result.cases)
        message = t("cli.restore.done", cases=cases)
        if result.erased_again:
            again = result.erased_again
            message += " " + t_count("backups.erased_again", again, n=again)
        self.app.notify(message, timeout=15)
        # Every screen showed the store as it was: back to the case list, which reads it anew.
        while len(self.app.screen_stack) > CASE_LIST_DEPTH:
            self.app.pop_screen()

    def _failed(self, error: RondomError) -> None:
        self.busy = False
        message = "✗ " + error.text(lang=current_language())
        self.query_one("#backups-status", Static).update(message)

    def action_back(self) -> None:
        if self.busy:
            self.notify(t("backups.wait"), severity="warning")
        else:
            self.dismiss()
