"""Export cases as an encrypted bundle: which cases, what goes in, consent, keys, where to.

The cases are read on the store's save queue (`store_call`), after any save still queued and
never on the UI thread; the highlighted case is ticked once they are shown, and `a` in the
list ticks all (or none). The summary
names the chosen cases by code with their counts and marks the ones without a recorded consent
for sharing: exporting those needs the confirmation box ticked. The bundle is built, encrypted
and written on the store's save queue (`store_call`), since the export records audit entries
and a passphrase bundle takes seconds of scrypt. Only the encrypted file is written, mode
0600, and an existing file only after the user says so.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import ClassVar

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.widgets import (
    Checkbox,
    Input,
    Label,
    SelectionList,
    Static,
    TextArea,
)

from rondom_tui.bundle import (
    ExportResult,
    KeyInvalid,
    RecipientKey,
    export_bundle,
    recipients_from_arguments,
)
from rondom_tui.bundle.summary import counts_line
from rondom_tui.domain.errors import RondomError, ValidationError
from rondom_tui.i18n import current_language, t
from rondom_tui.store.cases import ExportChoice
from rondom_tui.store.export_file import is_store_file
from rondom_tui.store.vault import check_new_passphrase
from rondom_tui.ui.modals.confirm import ConfirmModal
from rondom_tui.ui.screens.bundle_dialog import BundleDialog
from rondom_tui.ui.widgets.app_header import AppHeader
from rondom_tui.ui.widgets.case_choice import CaseChoice
from rondom_tui.ui.widgets.export_summary import ExportRow, ExportSummary
from rondom_tui.ui.widgets.form_fields import MarkedCheckbox
from rondom_tui.ui.widgets.key_footer import KeyFooter
from rondom_tui.ui.widgets.secret_input import SecretInput


@dataclass(frozen=True, slots=True)
class ExportRequest:
    """Everything an export needs, checked and ready for the save queue."""

    case_ids: tuple[str, ...]
    recipients: tuple[RecipientKey, ...]
    passphrase: str | None
    pseudonymise: bool
    armor: bool
    path: Path

    def __repr__(self) -> str:  # never the passphrase
        return f"ExportRequest(cases={len(self.case_ids)})"


class ExportScreen(BundleDialog[Path]):
    """Make a bundle of one, several or all cases. Dismisses with the written path."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("ctrl+s", "export", "export.key.export", id="export.export"),
        Binding("f2", "copy_own_key", "export.key.copy_own", id="export.copy_key"),
        Binding("escape", "cancel", "form.key.cancel", id="export.cancel"),
    ]

    def __init__(self, case_ids: Sequence[str]) -> None:
        super().__init__()
        self.first_chosen = tuple(case_ids)
        """The cases ticked when the screen opens (the highlighted one)."""
        self._cases: list[ExportChoice] = []
        self._gaps: frozenset[str] = frozenset()
        self._auto_path = ""

    def compose(self) -> ComposeResult:
        yield AppHeader()
        with VerticalScroll(id="bundle-form"):
            yield Static(t("export.title"), classes="section-title", markup=False)
            yield Label(t("export.cases_label"), classes="field-label", markup=False)
            yield CaseChoice(id="export-cases")
            yield ExportSummary(id="export-summary")
            yield Label(
                t("export.consent_explain"), classes="hint", id="export-consent-hint", markup=False
            )
            yield MarkedCheckbox(t("export.consent_confirm"), id="export-consent", compact=True)
            yield Label(t("export.keys_label"), classes="field-label", markup=False)
            yield MarkedCheckbox(
                t("export.use_passphrase"), id="export-use-passphrase", compact=True
            )
            yield TextArea(
                id="export-recipients",
                soft_wrap=True,
                tab_behavior="focus",
                placeholder=t("export.recipients_placeholder"),
            )
            yield Label(
                t("export.recipients_hint"),
                classes="hint",
                id="export-recipients-hint",
                markup=False,
            )
            yield SecretInput(placeholder=t("export.passphrase"), id="export-pass1")
            yield SecretInput(placeholder=t("export.passphrase_again"), id="export-pass2")
            yield Label(t("export.options_label"), classes="field-label", markup=False)
            yield MarkedCheckbox(t("export.pseudonymise"), id="export-pseudonymise", compact=True)
            yield MarkedCheckbox(t("export.armor"), id="export-armor", compact=True)
            yield Label(t("export.path_label"), classes="field-label", markup=False)
            yield Input(id="export-path")
            yield from self.status_lines()
        yield KeyFooter()

    def on_mount(self) -> None:
        self._show_key_fields(passphrase=False)
        self._chosen_changed()  # nothing chosen until the cases are read
        self.query_one(CaseChoice).focus()
        store = self.app.store
        if store is not None:
            today = date.today()
            self.app.store_call(lambda: store.cases.export_choices(today), self._show_cases)

    def _show_cases(self, cases: list[ExportChoice]) -> None:
        self._cases = cases
        names = not self.app.privacy_mode
        choice = self.query_one(CaseChoice)
        choice.add_options(
            [
                # Text, never markup: a name like "[b]" stays as typed.
                (Text(self._label(case, names)), case.id, case.id in self.first_chosen)
                for case in self._cases
            ]
        )
        first = next((i for i, c in enumerate(self._cases) if c.id in self.first_chosen), 0)
        choice.highlighted = first if self._cases else None
        self._chosen_changed()

    @staticmethod
    def _label(case: ExportChoice, names: bool) -> str:
        return f"{case.code}  {case.full_name}" if names and case.full_name else case.code

    # -- what goes in -----------------------------------------------------------------

    def _chosen(self) -> list[ExportChoice]:
        """The ticked cases, in list order (by code)."""
        ticked = set(self.query_one(CaseChoice).selected)
        return [case for case in self._cases if case.id in ticked]

    @on(SelectionList.SelectedChanged, "#export-cases")
    def _chosen_changed(self) -> None:
        chosen = self._chosen()
        rows = [
            ExportRow(
                code=case.code,
                events=case.events,
                assessments=case.assessments,
                consent=case.sharing_consent,
            )
            for case in chosen
        ]
        self.query_one(ExportSummary).show(rows)
        gaps = frozenset(case.id for case, row in zip(chosen, rows, strict=True) if not row.consent)
        box = self.query_one("#export-consent", Checkbox)
        if gaps != self._gaps:  # a confirmation covers the cases it was given for, no others
            box.value = False
            self._gaps = gaps
        box.display = bool(gaps)
        self.query_one("#export-consent-hint").display = bool(gaps)
        self._suggest_path(chosen)

    def _suggest_path(self, chosen: list[ExportChoice]) -> None:
        """Name the file after what goes in, until the user types a path of their own."""
        field = self.query_one("#export-path", Input)
        if field.value != self._auto_path:
            return
        day = date.today().isoformat()
        if len(chosen) == 1:
            name = t("export.file_one", code=chosen[0].code, day=day)
        else:
            name = t("export.file_many", n=len(chosen), day=day)
        self._auto_path = f"~/{name}"
        field.value = self._auto_path

    @on(Checkbox.Changed, "#export-use-passphrase")
    def _mode_changed(self, event: Checkbox.Changed) -> None:
        self._show_key_fields(passphrase=event.value)

    def _show_key_fields(self, *, passphrase: bool) -> None:
        for selector in ("#export-recipients", "#export-recipients-hint"):
            self.query_one(selector).display = not passphrase
        for selector in ("#export-pass1", "#export-pass2"):
            self.query_one(selector).display = passphrase

    # -- exporting --------------------------------------------------------------------

    def action_export(self) -> None:
        if self.busy:
            return
        chosen = self._chosen()
        if not chosen:
            self.show_error(t("export.none_chosen"), "#export-cases")
            return
        if self._gaps and not self.query_one("#export-consent", Checkbox).value:
            self.show_error(t("export.confirm_consent_first"), "#export-consent")
            return
        passphrase_mode = self.query_one("#export-use-passphrase", Checkbox).value
        try:
            recipients, passphrase = self._keys(passphrase_mode)
        except RondomError as exc:
            field = "#export-pass1" if passphrase_mode else "#export-recipients"
            self.show_error(exc.text(lang=current_language()), field)
            return
        typed = self.query_one("#export-path", Input).value.strip()
        path = Path(typed).expanduser()
        if not typed or path.is_dir() or not path.parent.is_dir():
            self.show_error(t("export.bad_path"), "#export-path")
            return
        store = self.app.store
        if store is not None and is_store_file(path, store.path):
            self.show_error(t("bundle.file.is_store", path=typed), "#export-path")
            return
        request = ExportRequest(
            case_ids=tuple(case.id for case in chosen),
            recipients=tuple(recipients),
            passphrase=passphrase,
            pseudonymise=self.query_one("#export-pseudonymise", Checkbox).value,
            armor=self.query_one("#export-armor", Checkbox).value,
            path=path,
        )
        if path.exists():
            self.app.push_screen(
                ConfirmModal(t("export.overwrite_question", path=typed)),
                lambda yes: self._start(request, overwrite=True) if yes else None,
            )
        else:
            self._start(request, overwrite=False)

    def _keys(self, passphrase_mode: bool) -> tuple[list[RecipientKey], str | None]:
        """The recipients typed (keys or key files), or the passphrase typed twice."""
        if passphrase_mode:
            first = self.query_one("#export-pass1", Input).value
            check_new_passphrase(first)
            if first != self.query_one("#export-pass2", Input).value:
                raise ValidationError("create.mismatch")
            return [], first
        lines = [
            line.strip()
            for line in self.query_one("#export-recipients", TextArea).text.splitlines()
            if line.strip() and not line.strip().startswith("#")
        ]
        if not lines:
            raise KeyInvalid("bundle.key.none")
        return recipients_from_arguments(lines), None

    def _start(self, request: ExportRequest, *, overwrite: bool) -> None:
        store = self.app.store
        if store is None:
            return

        def job() -> ExportResult:
            result = export_bundle(
                store,
                request.case_ids,
                recipients=request.recipients,
                passphrase=request.passphrase,
                armor=request.armor,
                pseudonymise=request.pseudonymise,
                output=request.path,
                overwrite=overwrite,
            )
            return result

        slow = "export.busy_passphrase" if request.passphrase else "export.busy"
        self.set_busy(True, t(slow))
        self.app.store_call(job, lambda result: self._done(request.path, result), self.failed)

    def _done(self, path: Path, result: ExportResult) -> None:
        self.set_busy(False)
        counts = counts_line(
            len(result.case_ids), result.events, result.assessments, lang=current_language()
        )
        self.app.notify(t("export.done", path=str(path), counts=counts), timeout=10)
        self.forget()
        self.close_with(path)

    def typed_text(self) -> Iterator[str]:
        """The typed fields; the file name this dialog suggested itself is not typed text."""
        suggested = self.query_one("#export-path", Input).value == self._auto_path
        yield from (
            field.value
            for field in self.query(Input)
            if not (suggested and field.id == "export-path")
        )
        yield self.query_one("#export-recipients", TextArea).text

    def forget(self) -> None:
        for selector in ("#export-pass1", "#export-pass2"):
            self.query_one(selector, Input).value = ""
