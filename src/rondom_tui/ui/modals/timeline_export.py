"""The dialog that asks where and how to export the Tijdlijn.

The user names the file; nothing is written anywhere else. While "not encrypted" is chosen the
dialog says so in plain words and offers the two ways to make an age file instead (to a
recipient's key, or to a passphrase typed twice). Saving asks once more before a plain file
is written and before an existing file is replaced. The dialog dismisses with an
`ExportRequest`; the screen writes the file.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any

from textual import on
from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.widgets import Input, Select, Static

from rondom_tui.bundle import KeyInvalid, parse_recipient
from rondom_tui.bundle.export_files import ExportRequest
from rondom_tui.domain.cases.rules import FieldErrors
from rondom_tui.i18n import current_language, t
from rondom_tui.report.timeline_files import AGE_SUFFIX, ExportFormat, named_format
from rondom_tui.report.timeline_svg import Paper
from rondom_tui.store.export_file import is_store_file
from rondom_tui.store.vault import MIN_PASSPHRASE_LENGTH
from rondom_tui.ui.modals.confirm import ConfirmModal
from rondom_tui.ui.modals.form import FormModal
from rondom_tui.ui.widgets.form_fields import FieldSpec, FormFields, worded_choices
from rondom_tui.ui.widgets.key_footer import KeyFooter

PLAIN, RECIPIENT, PASSPHRASE = "none", "recipient", "passphrase"
PROTECTIONS = (PLAIN, RECIPIENT, PASSPHRASE)
KEY_FIELDS = {RECIPIENT: ("recipient",), PASSPHRASE: ("passphrase", "passphrase_again")}
"""The fields each kind of protection needs; the others are hidden."""

EXPORT_FIELDS = [
    FieldSpec(
        "path", "timeline.export_form.path", placeholder="timeline.export_form.path_placeholder"
    ),
    FieldSpec(
        "format",
        "timeline.export_form.format",
        kind="select",
        options=worded_choices("timeline.export_form.format", ExportFormat),
    ),
    FieldSpec(
        "paper",
        "timeline.export_form.paper",
        kind="select",
        options=worded_choices("timeline.export_form.paper", Paper),
    ),
    FieldSpec("private", "timeline.export_form.private", kind="checkbox"),
    FieldSpec(
        "protection",
        "timeline.export_form.protection",
        kind="select",
        options=tuple((f"timeline.export_form.protection.{p}", p) for p in PROTECTIONS),
    ),
    FieldSpec("recipient", "timeline.export_form.recipient"),
    FieldSpec("passphrase", "timeline.export_form.passphrase"),
    FieldSpec("passphrase_again", "timeline.export_form.passphrase_again"),
]


def check_path(
    raw: str, encrypted: bool, fmt: ExportFormat, errors: FieldErrors, store_path: Path | None
) -> Path:
    """The file the user named: in an existing folder, not a folder itself, not the store,
    ending in ``.age`` exactly when it will be encrypted, and not named for another format than
    it will hold (``tijdlijn.md`` holding SVG; the error goes next to the format field)."""
    path = Path(raw.strip()).expanduser()
    if not raw.strip():
        errors.add("path", "form.required")
    elif path.is_dir():
        errors.add("path", "timeline.export_form.is_folder")
    elif not path.parent.is_dir():
        errors.add("path", "timeline.export_form.no_folder", folder=str(path.parent))
    elif store_path is not None and is_store_file(path, store_path):
        errors.add("path", "timeline.export_form.is_store")
    elif encrypted and path.suffix.lower() != AGE_SUFFIX:
        stem = path.name if path.suffix else f"{path.name}{fmt.suffix}"
        errors.add("path", "timeline.export_form.need_age_suffix", example=stem + AGE_SUFFIX)
    elif not encrypted and path.suffix.lower() == AGE_SUFFIX:
        errors.add("path", "timeline.export_form.plain_with_age_suffix")
    elif (named := named_format(path)) is not None and named is not fmt:
        errors.add(
            "format",
            "timeline.export_form.format_contradicts",
            file=path.name,
            format=t(f"timeline.export_form.format.{fmt.value}"),
        )
    return path


def build_request(
    values: dict[str, Any], errors: FieldErrors, *, store_path: Path | None = None
) -> ExportRequest:
    """The export the dialog describes, or errors per field."""
    fmt = ExportFormat(values["format"] or ExportFormat.SVG.value)
    protection = values["protection"] or PLAIN
    path = check_path(values["path"], protection != PLAIN, fmt, errors, store_path)
    paper = Paper(values.get("paper") or Paper.A4.value)
    request = ExportRequest(fmt, path, private=bool(values["private"]), paper=paper)
    if protection == RECIPIENT:
        text = values["recipient"].strip()
        if not text:
            errors.add("recipient", "form.required")
        else:
            try:
                request = replace(request, recipients=(parse_recipient(text),))
            except KeyInvalid as exc:
                errors.add("recipient", exc.message_id, **exc.params)
    elif protection == PASSPHRASE:
        passphrase = values["passphrase"]
        if len(passphrase) < MIN_PASSPHRASE_LENGTH:
            errors.add(
                "passphrase", "timeline.export_form.passphrase_short", minimum=MIN_PASSPHRASE_LENGTH
            )
        elif values["passphrase_again"] != passphrase:
            errors.add("passphrase_again", "timeline.export_form.passphrase_mismatch")
        request = replace(request, passphrase=passphrase)
    return request


class TimelineExportModal(FormModal[ExportRequest]):
    """Format, file, privacy and encryption of a timeline export."""

    ASK_BEFORE_DISCARD = False

    CSS_PATH = ["modals.tcss", "timeline_export.tcss"]

    def __init__(self, *, code: str, selection: str, store_path: Path | None = None) -> None:
        values: dict[str, Any] = {
            "format": ExportFormat.SVG.value,
            "paper": Paper.A4.value,
            "private": True,
            "protection": PLAIN,
        }

        def build(raw: dict[str, Any], errors: FieldErrors) -> ExportRequest:
            return build_request(raw, errors, store_path=store_path)

        super().__init__(t("timeline.export_form.title"), EXPORT_FIELDS, values, build)
        self.intro = t("timeline.export_form.what", code=code, selection=selection)
        """What will be exported: the whole timeline, and the filter when one is on."""

    def compose(self) -> ComposeResult:
        with VerticalScroll(classes="modal-box form-box"):
            yield Static(self.title_text, classes="section-title", markup=False)
            yield Static(self.intro, classes="hint", markup=False)
            yield Static(id="export-protection-note", markup=False)
            yield FormFields(EXPORT_FIELDS, self._values)
            yield Static(t("form.hint"), classes="hint", markup=False)
        yield KeyFooter()

    def on_mount(self) -> None:
        super().on_mount()
        for name in KEY_FIELDS[PASSPHRASE]:
            self.query_one(f"#field-{name}", Input).password = True
        self._show_protection(PLAIN)

    @on(Input.Changed, "#field-path")
    def _path_changed(self, event: Input.Changed) -> None:
        """A name ending in ``.svg``, ``.html``/``.htm`` or ``.md`` (before ``.age`` for an age
        file) chooses the format; other names leave the format field as it is."""
        named = named_format(Path(event.value.strip()))
        if named is not None:
            self.query_one("#field-format", Select).value = named.value

    @on(Select.Changed, "#field-format")
    def _format_changed(self, event: Select.Changed) -> None:
        """A page size only for a drawing: Markdown is a table."""
        drawing = event.value != ExportFormat.MARKDOWN.value
        self.query_one(FormFields).show_field("paper", drawing)

    @on(Select.Changed, "#field-protection")
    def _protection_changed(self, event: Select.Changed) -> None:
        self._show_protection(str(event.value))

    def _show_protection(self, protection: str) -> None:
        """Show the fields the chosen protection needs, and the warning or the reassurance."""
        needed = KEY_FIELDS.get(protection, ())
        fields = self.query_one(FormFields)
        for name in ("recipient", "passphrase", "passphrase_again"):
            fields.show_field(name, name in needed)
            if name not in needed:
                self.query_one(f"#error-{name}").display = False
        note = self.query_one("#export-protection-note", Static)
        plain = protection == PLAIN
        note.set_class(plain, "export-warning")
        note.set_class(not plain, "export-encrypted")
        key = "warning_plain" if plain else "encrypted_hint"
        note.update(t(f"timeline.export_form.{key}"))

    def action_save(self) -> None:
        fields = self.query_one(FormFields)
        errors = FieldErrors()
        request = self._build(fields.values(), errors)
        fields.show_errors(errors.messages(lang=current_language()))
        if errors:
            return
        if request.encrypted:
            self._confirm_overwrite(request)
            return
        self.app.push_screen(
            ConfirmModal(
                t("timeline.export_form.confirm_plain", path=str(request.path)),
                detail=t("timeline.export_form.confirm_plain_detail"),
            ),
            lambda yes: self._confirm_overwrite(request) if yes else None,
        )

    def _confirm_overwrite(self, request: ExportRequest) -> None:
        if not request.path.exists():
            self.dismiss(request)
            return
        self.app.push_screen(
            ConfirmModal(t("timeline.export_form.confirm_overwrite", path=str(request.path))),
            lambda yes: self.dismiss(replace(request, overwrite=True)) if yes else None,
        )
