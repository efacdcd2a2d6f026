"""Import a bundle: open it (with the store's own key, an extra key file, or its passphrase),
preview, merge.

Opening decrypts and validates in memory on the store's save queue (`store_call`), together
with a dry run of the chosen conflict policy, so the preview says what will happen to every
case before anything changes. `ctrl+s` then imports: one atomic save, or nothing. A key file
(`age-keygen` or ssh, like `rondom import --identity`) is read in that same job; its keys are
used for this one opening and kept nowhere, and the screen shows only the path typed.
"""

from __future__ import annotations

from pathlib import Path
from typing import ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.widgets import (
    Input,
    Label,
    RadioSet,
    Static,
)

from rondom_tui.bundle import (
    Bundle,
    BundleInvalid,
    BundlePreview,
    ConflictPolicy,
    ImportResult,
    KeyInvalid,
    import_bundle,
    open_bundle_for_store,
    preview_bundle,
    read_bundle_file,
    read_identity_file,
)
from rondom_tui.bundle.summary import result_line
from rondom_tui.domain.errors import RondomError
from rondom_tui.i18n import current_language, t, t_count
from rondom_tui.ui.modals.confirm import ConfirmModal
from rondom_tui.ui.screens.bundle_dialog import BundleDialog
from rondom_tui.ui.widgets.app_header import AppHeader
from rondom_tui.ui.widgets.choice_button import ChoiceButton
from rondom_tui.ui.widgets.import_preview import ImportPreview
from rondom_tui.ui.widgets.key_footer import KeyFooter
from rondom_tui.ui.widgets.secret_input import SecretInput

POLICIES = (ConflictPolicy.SKIP, ConflictPolicy.REPLACE, ConflictPolicy.KEEP_BOTH)
"""The conflict policies in the order the dialog offers them; the first is the default."""


class ImportScreen(BundleDialog[bool]):
    """Bring cases from a bundle into this store. Dismisses with True after an import."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("ctrl+o", "open_bundle", "import.key.open", id="import.open"),
        Binding("ctrl+s", "import", "import.key.import", id="import.import"),
        Binding("f2", "copy_own_key", "export.key.copy_own", id="import.copy_key"),
        Binding("escape", "cancel", "form.key.cancel", id="import.cancel"),
    ]

    def __init__(self) -> None:
        super().__init__()
        self._bundle: Bundle | None = None
        self._preview: BundlePreview | None = None

    def compose(self) -> ComposeResult:
        yield AppHeader()
        with VerticalScroll(id="bundle-form"):
            yield Static(t("import.title"), classes="section-title", markup=False)
            yield Label(t("import.path_label"), classes="field-label", markup=False)
            yield Input(placeholder=t("import.path_placeholder"), id="import-path")
            yield Label(t("import.passphrase_label"), classes="field-label", markup=False)
            yield SecretInput(
                placeholder=t("import.passphrase_placeholder"), id="import-passphrase"
            )
            yield Label(t("import.identity_label"), classes="field-label", markup=False)
            yield Input(placeholder=t("import.identity_placeholder"), id="import-identity")
            yield from self.status_lines()
            yield ImportPreview(id="import-preview")
            yield Label(
                t("import.policy_label"),
                classes="field-label",
                id="import-policy-label",
                markup=False,
            )
            with RadioSet(id="import-policy"):
                for index, policy in enumerate(POLICIES):
                    yield ChoiceButton(
                        t(f"import.policy.{policy.value}"),
                        value=index == 0,
                        id=f"import-policy-{policy.value}",
                    )
            yield Label(
                t("import.no_replace_pseudonymised"), id="import-policy-reason", markup=False
            )
        yield KeyFooter()

    def on_mount(self) -> None:
        self._show_preview(False)
        self.query_one("#import-path", Input).focus()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "import":
            return None if self._bundle is None or self.busy else True
        return True

    # -- opening ----------------------------------------------------------------------

    @on(Input.Submitted, "#import-path")
    @on(Input.Submitted, "#import-passphrase")
    @on(Input.Submitted, "#import-identity")
    def _submitted(self) -> None:
        self.action_open_bundle()

    @on(Input.Changed, "#import-path")
    def _path_changed(self) -> None:
        if self._bundle is not None:  # the preview was of another file
            self.forget()
            self._show_preview(False)

    def action_open_bundle(self) -> None:
        store = self.app.store
        typed = self.query_one("#import-path", Input).value.strip()
        if self.busy or store is None:
            return
        if not typed:
            self.show_error(t("import.no_path"), "#import-path")
            return
        path = Path(typed).expanduser()
        passphrase = self.query_one("#import-passphrase", Input).value or None
        key_file = self.query_one("#import-identity", Input).value.strip()
        policy = self._policy()

        def job() -> tuple[Bundle, BundlePreview, ImportResult]:
            identities = read_identity_file(Path(key_file).expanduser()) if key_file else []
            bundle = open_bundle_for_store(
                store, read_bundle_file(path), identities=identities, passphrase=passphrase
            )
            preview = preview_bundle(store, bundle)
            allowed = policy if policy in preview.policies else ConflictPolicy.SKIP
            return bundle, preview, import_bundle(store, bundle, policy=allowed, dry_run=True)

        self.forget()
        self._show_preview(False)
        self.set_busy(True, t("import.busy_open"))
        self.app.store_call(job, lambda opened: self._opened(typed, opened), self._open_failed)

    def _opened(self, typed: str, opened: tuple[Bundle, BundlePreview, ImportResult]) -> None:
        self.set_busy(False)
        if self.query_one("#import-path", Input).value.strip() != typed:
            return  # the user chose another file meanwhile: this preview is not of it
        self._bundle, self._preview, plan = opened
        self.query_one("#import-passphrase", Input).value = ""
        self.query_one(ImportPreview).show(self._preview, plan)
        self._show_preview(True)
        self._offer(self._preview.policies, plan.policy)
        self._focus_choice()

    def _focus_choice(self, tries: int = 20) -> None:
        """Focus the conflict choice once the shown preview is laid out: before that the choice
        has no place on the screen, and the scroll that brings it (and the preview above it)
        into view does nothing; at 80x24 the preview then stayed below the visible part."""
        choice = self.query_one("#import-policy", RadioSet)
        if not choice.region and tries:
            self.call_after_refresh(self._focus_choice, tries - 1)
            return
        choice.focus()

    def _open_failed(self, error: RondomError) -> None:
        self.set_busy(False)
        reason = error.reason if isinstance(error, BundleInvalid) else ""
        key_file = self.query_one("#import-identity", Input).value.strip()
        field = "#import-path"
        if isinstance(error, KeyInvalid) or (reason == "wrong_key" and key_file):
            field = "#import-identity"  # the key file: unreadable, not a key, or not this one
        elif reason in ("needs_passphrase", "wrong_passphrase"):
            field = "#import-passphrase"
        self.show_error(error.text(lang=current_language()), field)

    # -- the policy and the import ------------------------------------------------------

    def _policy(self) -> ConflictPolicy:
        index = self.query_one("#import-policy", RadioSet).pressed_index
        return POLICIES[index] if 0 <= index < len(POLICIES) else ConflictPolicy.SKIP

    @on(RadioSet.Changed, "#import-policy")
    def _policy_changed(self) -> None:
        store, bundle, preview = self.app.store, self._bundle, self._preview
        if store is None or bundle is None or preview is None or self.busy:
            return
        policy = self._policy()

        def planned(plan: ImportResult) -> None:
            if self._preview is preview:  # not imported or closed meanwhile
                self.query_one(ImportPreview).show(preview, plan)

        self.app.store_call(
            lambda: import_bundle(store, bundle, policy=policy, dry_run=True), planned, self.failed
        )

    def action_import(self) -> None:
        if self.busy or self._bundle is None or self._preview is None:
            return
        policy = self._policy()
        replaced = len(self._preview.conflicts)
        if policy is ConflictPolicy.REPLACE and replaced:
            self.app.push_screen(
                ConfirmModal(
                    t_count("import.replace_question", replaced, n=replaced),
                    detail=t("import.replace_detail"),
                ),
                lambda yes: self._start(policy) if yes else None,
            )
        else:
            self._start(policy)

    def _start(self, policy: ConflictPolicy) -> None:
        store, bundle = self.app.store, self._bundle
        if store is None or bundle is None:
            return
        self.set_busy(True, t("import.busy_import"))
        self.app.store_call(
            lambda: import_bundle(store, bundle, policy=policy), self._done, self.failed
        )

    def _done(self, result: ImportResult) -> None:
        self.set_busy(False)
        self.forget()
        self.app.notify(result_line(result, lang=current_language()), timeout=10)
        self.close_with(True)

    # -- small things -----------------------------------------------------------------

    def forget(self) -> None:
        """Drop the decrypted bundle from memory."""
        self._bundle = None
        self._preview = None
        self.refresh_bindings()

    def _show_preview(self, shown: bool) -> None:
        for selector in ("#import-preview", "#import-policy-label", "#import-policy"):
            self.query_one(selector).display = shown
        if not shown:
            self.query_one("#import-policy-reason").display = False

    def _offer(self, allowed: tuple[ConflictPolicy, ...], chosen: ConflictPolicy) -> None:
        """Offer only the policies this bundle may be imported with (a pseudonymised bundle
        never replaces a case) and say why one is missing; `chosen` is the one planned."""
        for policy in POLICIES:
            button = self.query_one(f"#import-policy-{policy.value}", ChoiceButton)
            button.display = policy in allowed
            button.disabled = policy not in allowed  # and the arrow keys pass it by
            if policy is chosen:
                button.value = True
        self.query_one("#import-policy-reason").display = ConflictPolicy.REPLACE not in allowed
