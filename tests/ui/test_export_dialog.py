"""The export dialog by keyboard: what goes in, consent, keys, the file written (only where
asked, mode 0600, no name in clear), glyphs for every tick, closing safely after a lock."""

from __future__ import annotations

import threading
from pathlib import Path

from textual.widgets import Input

from rondom_tui.bundle import (
    open_bundle_for_store,
    store_recipient,
)
from rondom_tui.domain.models import (
    AuditAction,
)
from rondom_tui.store.repository import Store
from rondom_tui.ui.modals.confirm import ConfirmModal
from rondom_tui.ui.screens.case_list import CaseListScreen
from rondom_tui.ui.screens.export_bundle import ExportScreen
from rondom_tui.ui.screens.lock import LockScreen
from rondom_tui.ui.widgets.case_choice import CaseChoice
from rondom_tui.ui.widgets.choice_button import ChoiceButton
from tests.conftest import PASSPHRASE, SECRET_FAMILY, SECRET_NAME
from tests.ui.bundle_apps import (
    BUNDLE_PASSPHRASE,
    SIZE,
    add_secret_case,
    bundle_for,
    error_line,
    fill_export,
    open_export,
    open_in_dialog,
    screen_text,
    tab_to,
    type_in,
)
from tests.ui.conftest import app_on, settle

# -- export -------------------------------------------------------------------------------


async def test_x_exports_the_highlighted_case_to_a_colleague(
    store: Store, colleague: Store, tmp_path: Path
) -> None:
    case_id = add_secret_case(store)
    code = store.cases.get(case_id).code
    out = tmp_path / "uit" / "dossier.age"
    out.parent.mkdir()
    async with app_on(store).run_test(size=SIZE) as pilot:
        await open_export(pilot)
        assert isinstance(pilot.app.screen, ExportScreen)
        assert isinstance(pilot.app.focused, CaseChoice)
        summary = screen_text(pilot, "#export-summary")
        assert code in summary and "2 gebeurtenissen" in summary and "1 zelfevaluatie" in summary
        assert "✓ toestemming" in summary
        assert not pilot.app.screen.query_one("#export-consent").display
        assert store_recipient(store) in screen_text(pilot, "#bundle-own-key")
        await fill_export(pilot, store_recipient(colleague), out)
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert isinstance(pilot.app.screen, CaseListScreen)
    assert sorted(p.name for p in out.parent.iterdir()) == ["dossier.age"]
    assert out.stat().st_mode & 0o777 == 0o600
    data = out.read_bytes()
    assert data.startswith(b"age-encryption.org/v1\n")
    for secret in (SECRET_NAME, SECRET_FAMILY):
        assert secret.encode() not in data and secret.encode("utf-16-le") not in data
    bundle = open_bundle_for_store(colleague, data)
    assert [c.code for c in bundle.cases] == [code] and len(bundle.events) == 2
    exports = [e for e in store.audit.entries(case_id) if e.action is AuditAction.EXPORT]
    assert [e.detail for e in exports] == [
        "consent=yes;pseudo=no;export=started",
        "consent=yes;pseudo=no;export=done",
    ]


async def test_a_case_without_consent_needs_the_box_ticked(
    store: Store, colleague: Store, tmp_path: Path
) -> None:
    case_id = add_secret_case(store, consent=False)
    out = tmp_path / "zonder.age"
    async with app_on(store).run_test(size=SIZE) as pilot:
        await open_export(pilot)
        assert "⚠ geen toestemming" in screen_text(pilot, "#export-summary")
        assert pilot.app.screen.query_one("#export-consent").display
        await fill_export(pilot, store_recipient(colleague), out)
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert "Bevestig eerst" in error_line(pilot)
        assert pilot.app.focused.id == "export-consent"
        assert not out.exists()
        await pilot.press("space", "ctrl+s")
        await settle(pilot)
        assert isinstance(pilot.app.screen, CaseListScreen)
    assert out.exists()
    exports = [e for e in store.audit.entries(case_id) if e.action is AuditAction.EXPORT]
    assert [e.detail for e in exports] == [
        "consent=no;pseudo=no;export=started",
        "consent=no;pseudo=no;export=done",
    ]


async def test_a_ticks_every_case_and_options_go_into_the_bundle(
    store: Store, colleague: Store, tmp_path: Path
) -> None:
    add_secret_case(store)
    add_secret_case(store, given_name="Anna")
    add_secret_case(store, given_name="Bram")
    out = tmp_path / "alle.age"
    async with app_on(store).run_test(size=SIZE) as pilot:
        await pilot.press("x", "a")
        summary = screen_text(pilot, "#export-summary")
        assert "3 dossiers · 6 gebeurtenissen · 3 zelfevaluaties" in summary
        assert pilot.app.screen.query_one("#export-path", Input).value.endswith(".age")
        await tab_to(pilot, "export-pseudonymise")
        await pilot.press("space", "tab", "space")  # pseudonymise, armor
        await fill_export(pilot, store_recipient(colleague), out)
        await pilot.press("ctrl+s")
        await settle(pilot)
    data = out.read_bytes()
    assert data.startswith(b"-----BEGIN AGE ENCRYPTED FILE-----")
    bundle = open_bundle_for_store(colleague, data)
    assert len(bundle.cases) == 3 and bundle.manifest.pseudonymised
    assert all(case.given_name == "" for case in bundle.cases)


async def test_an_existing_file_is_overwritten_only_after_yes(
    store: Store, colleague: Store, tmp_path: Path
) -> None:
    add_secret_case(store)
    out = tmp_path / "bestaat.age"
    out.write_bytes(b"eerder")
    out.chmod(0o644)
    async with app_on(store).run_test(size=SIZE) as pilot:
        await open_export(pilot)
        await fill_export(pilot, store_recipient(colleague), out)
        await pilot.press("ctrl+s")
        assert isinstance(pilot.app.screen, ConfirmModal)
        await pilot.press("n")
        await settle(pilot)
        assert isinstance(pilot.app.screen, ExportScreen)
        assert out.read_bytes() == b"eerder"
        await pilot.press("ctrl+s", "y")
        await settle(pilot)
        assert isinstance(pilot.app.screen, CaseListScreen)
    assert out.read_bytes().startswith(b"age-encryption.org/v1")
    assert out.stat().st_mode & 0o777 == 0o600


async def test_bad_keys_and_paths_are_one_sentence_and_write_nothing(
    store: Store, tmp_path: Path
) -> None:
    add_secret_case(store)
    out = tmp_path / "niet.age"
    async with app_on(store).run_test(size=SIZE) as pilot:
        await open_export(pilot)
        await pilot.press("ctrl+s")  # no recipient at all
        assert "ontvanger" in error_line(pilot)
        assert pilot.app.focused.id == "export-recipients"
        await fill_export(pilot, "ecdsa-sha2-nistp256 AAAAE2VjZHNh", out)
        await pilot.press("ctrl+s")
        assert "ecdsa-sha2-nistp256" in error_line(pilot)
        await tab_to(pilot, "export-recipients")
        pilot.app.focused.text = store_recipient(store)
        await tab_to(pilot, "export-path")
        await type_in(pilot, str(tmp_path / "geen-map" / "x.age"))
        await pilot.press("ctrl+s")
        assert "bestaande map" in error_line(pilot)
        await pilot.press("escape")
        assert isinstance(pilot.app.screen, CaseListScreen)
    assert list(tmp_path.glob("*.age")) == []


async def test_passphrase_mode_asks_twice(store: Store, tmp_path: Path) -> None:
    add_secret_case(store)
    async with app_on(store).run_test(size=SIZE) as pilot:
        await open_export(pilot)
        await tab_to(pilot, "export-use-passphrase")
        await pilot.press("space")
        assert not pilot.app.screen.query_one("#export-recipients").display
        await tab_to(pilot, "export-pass1")
        await type_in(pilot, BUNDLE_PASSPHRASE)
        await pilot.press("tab")
        await type_in(pilot, BUNDLE_PASSPHRASE + "!")
        await tab_to(pilot, "export-path")
        await type_in(pilot, str(tmp_path / "zin.age"))
        await pilot.press("ctrl+s")
        assert "niet gelijk" in error_line(pilot)
        assert pilot.app.focused.id == "export-pass1"
    assert not (tmp_path / "zin.age").exists()  # (a real passphrase export costs seconds)


async def test_x_on_the_case_screen_exports_that_case(store: Store) -> None:
    add_secret_case(store, given_name="Anna")
    chosen = add_secret_case(store, given_name="Bram")
    async with app_on(store).run_test(size=SIZE) as pilot:
        table = pilot.app.screen.query_one("#cases")
        while table.current.id != chosen:
            await pilot.press("down")
        await pilot.press("enter", "x")
        await settle(pilot)
        assert isinstance(pilot.app.screen, ExportScreen)
        assert pilot.app.screen.query_one(CaseChoice).selected == [chosen]


async def test_the_cases_are_read_off_the_ui_thread_after_queued_saves(store: Store) -> None:
    code = store.cases.get(add_secret_case(store)).code
    saving, done = threading.Event(), threading.Event()

    def slow_save() -> None:  # holds the store as a long save does, until the test says so
        with store.reading():
            saving.set()
            done.wait(timeout=60)

    async with app_on(store).run_test(size=SIZE) as pilot:
        pilot.app.store_call(slow_save)
        assert saving.wait(timeout=5)
        # Read on the UI thread, the press would wait for the save (until `done.wait` gives up,
        # a minute later) and then show the case: the screen without it proves the read waits.
        await pilot.press("x")
        assert isinstance(pilot.app.screen, ExportScreen)
        assert code not in screen_text(pilot, "#export-cases")
        done.set()
        await settle(pilot)
        assert code in screen_text(pilot, "#export-cases")
        assert code in screen_text(pilot, "#export-summary")


async def test_ticks_and_choices_show_as_glyphs_not_only_colours(
    store: Store, colleague: Store, tmp_path: Path
) -> None:
    add_secret_case(store, given_name="Anna")
    add_secret_case(store, given_name="Bram")
    add_secret_case(colleague)
    path = bundle_for(store, colleague, tmp_path / "b.age")
    async with app_on(store).run_test(size=SIZE) as pilot:
        await open_export(pilot)
        rows = [line for line in screen_text(pilot, "#export-cases").splitlines() if "K-" in line]
        assert sorted("▐✓▌" in row for row in rows) == [False, True]
        assert "▐ ▌ Met een wachtwoordzin" in screen_text(pilot, "#export-use-passphrase")
        await pilot.press("escape")
        await open_in_dialog(pilot, path)
        marks = [
            button.render_lines(button.region.reset_offset)[0].text.strip()[:3]
            for button in pilot.app.screen.query(ChoiceButton)
        ]
        assert marks == ["▐●▌", "▐○▌", "▐○▌"]


async def test_names_that_look_like_markup_are_listed_as_typed(store: Store) -> None:
    add_secret_case(store, given_name="[b]Anna[/b]", family_name="[@click=app.quit]x[/]")
    async with app_on(store).run_test(size=SIZE) as pilot:
        await open_export(pilot)
        assert "[b]Anna[/b] [@click=app.quit]x[/]" in screen_text(pilot, "#export-cases")


async def test_work_done_while_locked_closes_the_dialog_after_unlocking(store: Store) -> None:
    add_secret_case(store)
    async with app_on(store).run_test(size=SIZE) as pilot:
        await open_export(pilot)
        export = pilot.app.screen
        assert isinstance(export, ExportScreen)
        await pilot.press("ctrl+l")
        await settle(pilot)
        assert isinstance(pilot.app.screen, LockScreen)
        export.close_with(Path("klaar.age"))  # as the save queue's callback does
        await pilot.pause()
        assert isinstance(pilot.app.screen, LockScreen)  # the lock stays on top
        await type_in(pilot, PASSPHRASE)
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(pilot.app.screen, CaseListScreen)
