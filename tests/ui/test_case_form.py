"""The case editor by keyboard: focus order, validation next to the field, saving, lists."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Input, Label

from rondom_tui.store.repository import Store
from rondom_tui.ui.modals.confirm import ConfirmModal
from rondom_tui.ui.modals.form import FormModal
from rondom_tui.ui.screens.case_form import CaseFormScreen
from rondom_tui.ui.screens.case_list import CaseListScreen
from rondom_tui.ui.widgets.item_list import ItemList
from tests.conftest import SECRET_FAMILY, SECRET_NAME, SECRET_SCHOOL, files_containing, secret_case
from tests.ui.conftest import app_on, settle, type_text, wait_for_screen


def _field(app, name: str) -> Input:  # type: ignore[no-untyped-def]
    return app.screen.query_one(f"#field-{name}", Input)


def _error(app, name: str) -> str:  # type: ignore[no-untyped-def]
    label = app.screen.query_one(f"#error-{name}", Label)
    return str(label.render()) if label.display else ""


async def test_new_case_form_starts_at_the_given_name_then_family_name(store: Store) -> None:
    async with app_on(store).run_test(size=(100, 40)) as pilot:
        await pilot.press("n")
        assert pilot.app.focused is _field(pilot.app, "given_name")
        await pilot.press("tab")
        assert pilot.app.focused is _field(pilot.app, "family_name")
        await pilot.press("shift+tab")
        assert pilot.app.focused is _field(pilot.app, "given_name")


async def test_a_new_case_is_saved_with_ctrl_s_and_never_in_plain_text(
    store: Store, store_path: Path
) -> None:
    async with app_on(store).run_test(size=(100, 40)) as pilot:
        await pilot.press("n")
        await type_text(pilot, SECRET_NAME)
        await pilot.press("tab")
        await type_text(pilot, SECRET_FAMILY)
        await pilot.press("tab")
        await type_text(pilot, "~03-2016")
        await pilot.press("tab")
        await type_text(pilot, SECRET_SCHOOL)
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert isinstance(pilot.app.screen, CaseListScreen)
        [case] = store.cases.list()
        assert (case.given_name, case.family_name, case.school) == (
            SECRET_NAME,
            SECRET_FAMILY,
            SECRET_SCHOOL,
        )
        assert case.date_of_birth is not None and case.date_of_birth.iso() == "~2016-03"
        assert pilot.app.screen.query_one("#cases").current.id == case.id  # type: ignore[attr-defined]
    assert files_containing(store_path.parent, SECRET_NAME, SECRET_FAMILY, SECRET_SCHOOL) == []


async def test_an_impossible_date_is_named_next_to_the_field_and_nothing_is_saved(
    store: Store,
) -> None:
    async with app_on(store).run_test(size=(100, 40)) as pilot:
        await pilot.press("n")
        await type_text(pilot, "Pim")
        await pilot.press("tab", "tab")
        await type_text(pilot, "31-02-2016")
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert isinstance(pilot.app.screen, CaseFormScreen)
        assert "bestaat niet" in _error(pilot.app, "date_of_birth")
        assert pilot.app.focused is _field(pilot.app, "date_of_birth")
        assert store.cases.count() == 0
        _field(pilot.app, "date_of_birth").value = "01-01-2099"
        await pilot.press("ctrl+s")
        assert "toekomst" in _error(pilot.app, "date_of_birth")
        _field(pilot.app, "date_of_birth").value = "29-02-2016"
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert store.cases.count() == 1


async def test_the_given_name_is_required(store: Store) -> None:
    async with app_on(store).run_test(size=(100, 40)) as pilot:
        await pilot.press("n", "ctrl+s")
        await settle(pilot)
        assert "verplicht" in _error(pilot.app, "given_name")
        assert store.cases.count() == 0


async def test_escape_asks_before_discarding_changes(store: Store) -> None:
    async with app_on(store).run_test(size=(100, 40)) as pilot:
        await pilot.press("n")
        await pilot.press("escape")  # nothing typed: straight back
        assert isinstance(pilot.app.screen, CaseListScreen)
        await pilot.press("n")
        await type_text(pilot, "Half")
        await pilot.press("escape")
        assert isinstance(pilot.app.screen, ConfirmModal)
        await pilot.press("n")
        assert isinstance(pilot.app.screen, CaseFormScreen)
        await pilot.press("escape", "y")
        assert isinstance(pilot.app.screen, CaseListScreen)
        assert store.cases.count() == 0


async def test_editing_keeps_the_case_and_bumps_its_revision(store: Store) -> None:
    case = store.cases.add(secret_case())
    async with app_on(store).run_test(size=(100, 40)) as pilot:
        await pilot.press("e")
        assert _field(pilot.app, "given_name").value == SECRET_NAME
        assert _field(pilot.app, "date_of_birth").value == "14-03-2016"
        _field(pilot.app, "school").value = "Andere school"
        await pilot.press("ctrl+s")
        await settle(pilot)
    saved = store.cases.get(case.id)
    assert (
        saved.school == "Andere school" and saved.revision == 1 and saved.given_name == SECRET_NAME
    )


async def test_parties_and_consents_are_edited_by_keyboard(store: Store) -> None:
    async with app_on(store).run_test(size=(100, 40)) as pilot:
        await pilot.press("n")
        await type_text(pilot, "Lotje")
        parties = pilot.app.screen.query_one("#list-parties", ItemList)
        parties.focus()
        await pilot.press("a")
        await wait_for_screen(pilot, FormModal)
        assert pilot.app.focused.id == "field-role"  # type: ignore[union-attr]
        await type_text(pilot, "leerkracht")
        await pilot.press("tab")
        await type_text(pilot, "Meester Jansen")
        await pilot.press("ctrl+s")
        await wait_for_screen(pilot, CaseFormScreen)
        consents = pilot.app.screen.query_one("#list-consents", ItemList)
        consents.focus()
        await pilot.press("a")
        await wait_for_screen(pilot, FormModal)
        await type_text(pilot, "moeder")
        await pilot.press("ctrl+s")  # the date is filled in with today
        await wait_for_screen(pilot, CaseFormScreen)
        # Goals are the plan's items (p on the timeline), no longer a list of the case.
        assert not pilot.app.screen.query("#list-goals")
        parties.focus()
        await pilot.press("enter")
        assert isinstance(pilot.app.screen, FormModal)
        await pilot.press("escape")
        await pilot.press("ctrl+s")
        await settle(pilot)
    [case] = store.cases.list()
    assert [(p.role, p.name) for p in case.parties] == [("leerkracht", "Meester Jansen")]
    assert case.consents[0].given_by == "moeder" and case.consents[0].given_on is not None
    assert case.goals == []


async def test_a_consent_needs_a_valid_date(store: Store) -> None:
    async with app_on(store).run_test(size=(100, 40)) as pilot:
        await pilot.press("n")
        consents = pilot.app.screen.query_one("#list-consents", ItemList)
        consents.focus()
        await pilot.press("a")
        await type_text(pilot, "vader")
        pilot.app.screen.query_one("#field-given_on", Input).value = "32-01-2025"
        await pilot.press("ctrl+s")
        assert isinstance(pilot.app.screen, FormModal)
        label = pilot.app.screen.query_one("#error-given_on", Label)
        assert label.display and "bestaat niet" in str(label.render())


async def test_removing_a_party_from_the_list(store: Store) -> None:
    case = store.cases.add(secret_case())
    async with app_on(store).run_test(size=(100, 40)) as pilot:
        await pilot.press("e")
        pilot.app.screen.query_one("#list-parties", ItemList).focus()
        await pilot.press("delete", "ctrl+s")
        await settle(pilot)
    assert store.cases.get(case.id).parties == []


async def test_escape_in_a_party_dialog_asks_before_discarding(store: Store) -> None:
    async with app_on(store).run_test(size=(100, 40)) as pilot:
        await pilot.press("n")
        pilot.app.screen.query_one("#list-parties", ItemList).focus()
        await pilot.press("a")
        await type_text(pilot, "leerkracht")
        await pilot.press("escape")
        assert isinstance(pilot.app.screen, ConfirmModal)
        await pilot.press("n")
        assert isinstance(pilot.app.screen, FormModal)
        await pilot.press("escape", "y")
        assert isinstance(pilot.app.screen, CaseFormScreen)
        assert pilot.app.screen.case.parties == []
