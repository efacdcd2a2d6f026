"""The import dialog by keyboard: open, preview by code, conflict policy, invalid bundles,
passphrase bundles; this store's key; nothing decrypted on disk during export and import."""

from __future__ import annotations

from pathlib import Path

import pytest
from pyrage import x25519
from textual.widgets import Input, RadioSet

from rondom_tui.bundle import (
    export_bundle,
    open_bundle_for_store,
    parse_recipient,
    store_recipient,
)
from rondom_tui.domain.links import Link
from rondom_tui.domain.plan.models import PlanItem
from rondom_tui.store.envelope import FAST_KDF
from rondom_tui.store.repository import Store
from rondom_tui.ui.modals.confirm import ConfirmModal
from rondom_tui.ui.modals.identity import IdentityModal
from rondom_tui.ui.screens.case_list import CaseListScreen
from rondom_tui.ui.screens.import_bundle import ImportScreen
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
from tests.written_files import files_under, isolated_folders, recording

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


async def test_the_preview_counts_links_and_plan_items(
    store: Store, colleague: Store, tmp_path: Path
) -> None:
    case_id = add_secret_case(colleague)
    first, second = colleague.events.for_case(case_id)
    colleague.links.add(Link(case_id=case_id, causes=[first.id], effect=second.id))
    colleague.plans.save(PlanItem(case_id=case_id, goal="Rust in de klas"))
    path = bundle_for(store, colleague, tmp_path / "binnen.age")
    async with app_on(store).run_test(size=SIZE) as pilot:
        await open_in_dialog(pilot, path)
        preview = screen_text(pilot, "#import-preview")
        assert "1 zelfevaluatie · 1 verklaring · 1 plandoel" in preview
        # The case's own line (it wraps at 80 columns, before "1 plandoel").
        assert "2 gebeurtenissen, 1 zelfevaluatie, 1 verklaring" in preview


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
        assert "Geen van je sleutels" in error_line(pilot)
        assert not pilot.app.screen.query_one("#import-preview").display
        await pilot.press("ctrl+s")  # nothing to import
        await settle(pilot)
        assert isinstance(pilot.app.screen, ImportScreen)
        await pilot.press("escape")
    assert store.saves == saves and store.path.read_bytes() == before


async def test_an_extra_key_file_opens_a_bundle_for_another_key(
    store: Store, colleague: Store, tmp_path: Path
) -> None:
    add_secret_case(colleague)
    secret = x25519.Identity.generate()  # as age-keygen makes it, kept outside any store
    key_file = tmp_path / "key.txt"
    key_file.write_text(f"# public key: {secret.to_public()}\n{secret}\n")
    public_only = tmp_path / "publiek.txt"
    public_only.write_text(f"{secret.to_public()}\n")
    path = tmp_path / "voor-sleutel.age"
    to = [parse_recipient(str(secret.to_public()))]
    path.write_bytes(export_bundle(colleague, recipients=to).data)
    async with app_on(store).run_test(size=SIZE) as pilot:
        await open_in_dialog(pilot, path)
        assert "Geen van je sleutels" in error_line(pilot)  # the store's own key is not it
        await tab_to(pilot, "import-identity")
        await type_in(pilot, str(public_only))
        await pilot.press("enter")
        await settle(pilot)
        said = error_line(pilot)
        assert "publiek.txt" in said and "publieke sleutel" in said and "\n" not in said
        assert pilot.app.focused.id == "import-identity"
        await type_in(pilot, str(key_file))
        await pilot.press("enter")
        await settle(pilot)
        assert "+ nieuw" in screen_text(pilot, "#import-preview")
        assert str(secret) not in pilot.app.export_screenshot()
        screen = pilot.app.screen
        kept = [v for v in vars(screen).values() if isinstance(v, (list, tuple, x25519.Identity))]
        assert not any(isinstance(v, x25519.Identity) for item in kept for v in _items(item))
        await pilot.press("ctrl+s")
        await settle(pilot)
    assert store.cases.count() == 1


def _items(value: object) -> list[object]:
    return list(value) if isinstance(value, (list, tuple)) else [value]


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


async def test_words_from_the_bundle_and_paths_stay_plain_text(
    store: Store, colleague: Store, tmp_path: Path
) -> None:
    add_secret_case(colleague)
    markup = "[b]juf[/b] [@click=app.quit]x[/]"
    to = [parse_recipient(store_recipient(store))]
    path, escaping = tmp_path / "vreemd.age", tmp_path / "titel.age"
    path.write_bytes(export_bundle(colleague, recipients=to, created_by=markup).data)
    made_by = markup + "\x1b]0;titel\x07"
    escaping.write_bytes(export_bundle(colleague, recipients=to, created_by=made_by).data)
    async with app_on(store).run_test(size=SIZE) as pilot:
        await open_in_dialog(pilot, tmp_path / "[i]map" / "geen.age")
        assert "[i]map" in error_line(pilot)  # the path as typed, not as markup
        await pilot.press("escape")
        await open_in_dialog(pilot, path)
        assert markup in screen_text(pilot, "#import-preview")
        await pilot.press("escape")
        await open_in_dialog(pilot, escaping)  # escape sequences: refused, by field
        assert "$.manifest.created_by" in error_line(pilot)
        assert "titel" not in error_line(pilot)


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
            await open_export(pilot)
            await fill_export(pilot, store_recipient(colleague), outgoing)
            await pilot.press("ctrl+s")
            await settle(pilot)
            await open_in_dialog(pilot, incoming)
            await pilot.press("ctrl+s")
            await settle(pilot)
    assert store.cases.count() == 2 and outgoing.exists()  # both really happened
    store_temp = f".{store.path.name}.tmp-"
    backups = store.backups.folder  # encrypted copies, searched below with everything else
    for path in map(Path, written):
        assert (
            path in (store.path, outgoing)
            or path.name.startswith(store_temp)
            or path.parent == backups
        ), path
    after = files_under(tmp_path)
    new = set(after) - before
    assert outgoing in new and {path.parent for path in new - {outgoing}} == {backups}
    for path, content in after.items():
        for secret in (SECRET_NAME, "Anna", SECRET_FAMILY):
            assert secret.encode() not in content, path
            assert secret.encode("utf-16-le") not in content, path
