"""The export and import dialogs by keyboard: what goes in, consent, keys, the file written
(only where asked, mode 0600, no name in clear), the import preview and conflict policy, and
nothing decrypted on disk on the way."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from textual.pilot import Pilot
from textual.widgets import Input, Label, RadioSet, TextArea

from rondom_tui.bundle import (
    export_bundle,
    open_bundle_for_store,
    parse_recipient,
    store_recipient,
)
from rondom_tui.domain.dates import PartialDate
from rondom_tui.domain.models import (
    Assessment,
    AuditAction,
    Category,
    Event,
    Lane,
)
from rondom_tui.store.envelope import FAST_KDF
from rondom_tui.store.repository import Store
from rondom_tui.ui.modals.confirm import ConfirmModal
from rondom_tui.ui.modals.identity import IdentityModal
from rondom_tui.ui.screens.case_list import CaseListScreen
from rondom_tui.ui.screens.export_bundle import ExportScreen
from rondom_tui.ui.screens.import_bundle import ImportScreen
from rondom_tui.ui.screens.lock import LockScreen
from rondom_tui.ui.widgets.case_choice import CaseChoice
from rondom_tui.ui.widgets.glyph_toggles import ChoiceButton
from tests.conftest import PASSPHRASE, SECRET_FAMILY, SECRET_NAME, secret_case
from tests.ui.conftest import app_on, settle
from tests.written_files import files_under, isolated_folders, recording

BUNDLE_PASSPHRASE = "paarse-olifant-fietst-naar-zee"
SIZE = (80, 24)


@pytest.fixture
def colleague(tmp_path: Path) -> Iterator[Store]:
    """A colleague's store, to encrypt to and to receive from."""
    other = Store.create(tmp_path / "collega.rondom", PASSPHRASE, kdf=FAST_KDF)
    yield other
    other.close()


def add_secret_case(store: Store, *, consent: bool = True, **changes: object) -> str:
    """A fictional case with two events and an assessment; returns its id."""
    if not consent:
        changes["consents"] = []
    case = store.cases.add(secret_case(**changes))
    store.events.add_many(
        [
            Event(
                case_id=case.id,
                lane=Lane.SCHOOL,
                category=Category.OBSERVATION,
                title=f"{SECRET_NAME} vertelt over school",
                start=PartialDate(2024, month),
            )
            for month in (3, 9)
        ]
    )
    store.assessments.save(Assessment(case_id=case.id, held_on=date(2025, 1, 15)))
    return case.id


def screen_text(pilot: Pilot[object], selector: str) -> str:
    widget = pilot.app.screen.query_one(selector)
    return "\n".join(strip.text for strip in widget.render_lines(widget.region.reset_offset))


async def type_in(pilot: Pilot[object], text: str) -> None:
    """Type into the focused Input or TextArea in one go."""
    focused = pilot.app.focused
    if isinstance(focused, TextArea):
        focused.insert(text)
    else:
        assert isinstance(focused, Input), focused
        focused.value = ""
        focused.insert_text_at_cursor(text)
    await pilot.pause()


async def tab_to(pilot: Pilot[object], widget_id: str) -> None:
    """Move the focus with tab until it reaches the widget (as a user would)."""
    for _ in range(12):
        if pilot.app.focused is not None and pilot.app.focused.id == widget_id:
            return
        await pilot.press("tab")
    raise AssertionError(f"tab never reached #{widget_id}")


async def fill_export(pilot: Pilot[object], recipient: str, path: Path) -> None:
    await tab_to(pilot, "export-recipients")
    await type_in(pilot, recipient)
    await tab_to(pilot, "export-path")
    await type_in(pilot, str(path))


def error_line(pilot: Pilot[object]) -> str:
    return str(pilot.app.screen.query_one("#bundle-error", Label).render())


def bundle_for(store: Store, sender: Store, path: Path, **options: object) -> Path:
    """Write a bundle of all the sender's cases, encrypted to `store`."""
    to = [parse_recipient(store_recipient(store))]
    path.write_bytes(export_bundle(sender, recipients=to, **options).data)  # type: ignore[arg-type]
    return path


async def open_in_dialog(pilot: Pilot[object], path: Path) -> None:
    await pilot.press("i")
    assert isinstance(pilot.app.screen, ImportScreen)
    assert pilot.app.focused.id == "import-path"
    await type_in(pilot, str(path))
    await pilot.press("enter")
    await settle(pilot)


# -- export -------------------------------------------------------------------------------


async def test_x_exports_the_highlighted_case_to_a_colleague(
    store: Store, colleague: Store, tmp_path: Path
) -> None:
    case_id = add_secret_case(store)
    code = store.cases.get(case_id).code
    out = tmp_path / "uit" / "dossier.age"
    out.parent.mkdir()
    async with app_on(store).run_test(size=SIZE) as pilot:
        await pilot.press("x")
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
    assert [e.detail for e in exports] == ["consent=yes;pseudo=no"]


async def test_a_case_without_consent_needs_the_box_ticked(
    store: Store, colleague: Store, tmp_path: Path
) -> None:
    case_id = add_secret_case(store, consent=False)
    out = tmp_path / "zonder.age"
    async with app_on(store).run_test(size=SIZE) as pilot:
        await pilot.press("x")
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
    assert [e.detail for e in exports] == ["consent=no;pseudo=no"]


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
        await pilot.press("x")
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
        await pilot.press("x")
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
        await pilot.press("x")
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
        assert isinstance(pilot.app.screen, ExportScreen)
        assert pilot.app.screen.query_one(CaseChoice).selected == [chosen]


async def test_ticks_and_choices_show_as_glyphs_not_only_colours(
    store: Store, colleague: Store, tmp_path: Path
) -> None:
    add_secret_case(store, given_name="Anna")
    add_secret_case(store, given_name="Bram")
    add_secret_case(colleague)
    path = bundle_for(store, colleague, tmp_path / "b.age")
    async with app_on(store).run_test(size=SIZE) as pilot:
        await pilot.press("x")
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


async def test_work_done_while_locked_closes_the_dialog_after_unlocking(store: Store) -> None:
    add_secret_case(store)
    async with app_on(store).run_test(size=SIZE) as pilot:
        await pilot.press("x")
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


# -- import -------------------------------------------------------------------------------


async def test_i_previews_then_imports_a_new_case(
    store: Store, colleague: Store, tmp_path: Path
) -> None:
    add_secret_case(colleague)
    code = colleague.cases.list()[0].code
    path = bundle_for(store, colleague, tmp_path / "binnen.age")
    async with app_on(store).run_test(size=SIZE) as pilot:
        await open_in_dialog(pilot, path)
        preview = screen_text(pilot, "#import-preview")
        assert code in preview and "+ nieuw" in preview and SECRET_NAME not in preview
        assert "1 dossier · 2 gebeurtenissen · 1 zelfevaluatie" in preview
        assert isinstance(pilot.app.focused, RadioSet)
        assert store.cases.count() == 0  # a preview changes nothing
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert isinstance(pilot.app.screen, CaseListScreen)
        assert code in "".join(
            pilot.app.screen.query_one("#cases").render_line(y).text for y in range(4)
        )
    assert [c.code for c in store.cases.list()] == [code]


async def test_conflicts_follow_the_chosen_policy(
    store: Store, colleague: Store, tmp_path: Path
) -> None:
    add_secret_case(colleague)
    first = bundle_for(store, colleague, tmp_path / "eerst.age")
    bundle = open_bundle_for_store(store, first.read_bytes())
    from rondom_tui.bundle import import_bundle

    import_bundle(store, bundle)
    again = bundle_for(store, colleague, tmp_path / "weer.age")
    async with app_on(store).run_test(size=SIZE) as pilot:
        await open_in_dialog(pilot, again)
        preview = screen_text(pilot, "#import-preview")
        assert "⚠ bestaat al" in preview and "= overslaan" in preview
        await pilot.press("down", "down", "enter")  # keep both
        await settle(pilot)
        assert "⧉ kopie" in screen_text(pilot, "#import-preview")
        await pilot.press("ctrl+s")
        await settle(pilot)
    assert store.cases.count() == 2


async def test_replace_asks_first(store: Store, colleague: Store, tmp_path: Path) -> None:
    case_id = add_secret_case(colleague)
    path = bundle_for(store, colleague, tmp_path / "b.age")
    from rondom_tui.bundle import import_bundle

    import_bundle(store, open_bundle_for_store(store, path.read_bytes()))
    store.events.delete_for_case(case_id)  # this store's version differs
    async with app_on(store).run_test(size=SIZE) as pilot:
        await open_in_dialog(pilot, path)
        await pilot.press("down", "enter", "ctrl+s")
        await settle(pilot)
        assert isinstance(pilot.app.screen, ConfirmModal)
        await pilot.press("n")
        assert len(store.events.for_case(case_id)) == 0
        await pilot.press("ctrl+s", "y")
        await settle(pilot)
    assert len(store.events.for_case(case_id)) == 2


async def test_an_invalid_bundle_is_one_sentence_and_changes_nothing(
    store: Store, colleague: Store, tmp_path: Path
) -> None:
    add_secret_case(colleague)
    path = bundle_for(colleague, colleague, tmp_path / "niet-voor-ons.age")  # someone else's
    saves = store.saves
    before = store.path.read_bytes()
    async with app_on(store).run_test(size=SIZE) as pilot:
        await open_in_dialog(pilot, path)
        assert "Geen van uw sleutels" in error_line(pilot)
        assert not pilot.app.screen.query_one("#import-preview").display
        await pilot.press("ctrl+s")  # nothing to import
        await settle(pilot)
        assert isinstance(pilot.app.screen, ImportScreen)
        await pilot.press("escape")
    assert store.saves == saves and store.path.read_bytes() == before


@pytest.fixture(scope="module")
def passphrase_bundle(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One passphrase bundle for the module: scrypt takes seconds."""
    folder = tmp_path_factory.mktemp("passphrase")
    with Store.create(folder / "afzender.rondom", PASSPHRASE, kdf=FAST_KDF) as sender:
        add_secret_case(sender, given_name="Zinnia")
        path = folder / "met-zin.age"
        path.write_bytes(export_bundle(sender, passphrase=BUNDLE_PASSPHRASE).data)
    return path


async def test_a_passphrase_bundle_asks_for_its_passphrase(
    store: Store, passphrase_bundle: Path
) -> None:
    async with app_on(store).run_test(size=SIZE) as pilot:
        await open_in_dialog(pilot, passphrase_bundle)
        assert "wachtwoordzin" in error_line(pilot)
        assert pilot.app.focused.id == "import-passphrase"
        await type_in(pilot, BUNDLE_PASSPHRASE)
        await pilot.press("enter")
        await settle(pilot)
        assert "+ nieuw" in screen_text(pilot, "#import-preview")
        assert pilot.app.screen.query_one("#import-passphrase", Input).value == ""
        await pilot.press("ctrl+s")
        await settle(pilot)
    assert [c.given_name for c in store.cases.list()] == ["Zinnia"]


# -- the store's key, and the disk ----------------------------------------------------------


async def test_the_store_key_can_be_shown_and_copied(store: Store) -> None:
    async with app_on(store).run_test(size=SIZE) as pilot:
        pilot.app.action_identity()
        await pilot.pause()
        assert isinstance(pilot.app.screen, IdentityModal)
        assert store_recipient(store) in screen_text(pilot, "#identity-recipient")
        await pilot.press("c")
        assert pilot.app.clipboard == store_recipient(store)
        await pilot.press("escape")
        await pilot.press("i", "f2")
        assert pilot.app.clipboard == store_recipient(store)


async def test_nothing_decrypted_is_written_during_export_and_import(
    store: Store, colleague: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    isolated_folders(tmp_path, monkeypatch)
    add_secret_case(store)
    add_secret_case(colleague, given_name="Anna")
    incoming = bundle_for(store, colleague, tmp_path / "in.age")
    outgoing = tmp_path / "uit.age"
    before = set(files_under(tmp_path))
    with recording() as written:
        async with app_on(store).run_test(size=SIZE) as pilot:
            await pilot.press("x")
            await fill_export(pilot, store_recipient(colleague), outgoing)
            await pilot.press("ctrl+s")
            await settle(pilot)
            await open_in_dialog(pilot, incoming)
            await pilot.press("ctrl+s")
            await settle(pilot)
    assert store.cases.count() == 2 and outgoing.exists()  # both really happened
    store_temp = f".{store.path.name}.tmp-"
    for path in map(Path, written):
        assert path in (store.path, outgoing) or path.name.startswith(store_temp), path
    after = files_under(tmp_path)
    assert set(after) - before == {outgoing}
    for path, content in after.items():
        for secret in (SECRET_NAME, "Anna", SECRET_FAMILY):
            assert secret.encode() not in content, path
            assert secret.encode("utf-16-le") not in content, path
