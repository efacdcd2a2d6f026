"""Issue 8, finding 2 in the app: a pseudonymised bundle is never offered to replace a case; the
preview says what such a bundle is; its case comes in as a copy the case list marks."""

from __future__ import annotations

from pathlib import Path

from rondom_tui.bundle import export_bundle, parse_recipient, store_recipient
from rondom_tui.store.repository import Store
from rondom_tui.ui.screens.case_list import CaseListScreen
from rondom_tui.ui.screens.case_view import CaseScreen
from rondom_tui.ui.widgets.case_table import CaseTable
from rondom_tui.ui.widgets.choice_button import ChoiceButton
from tests.ui.bundle_apps import SIZE, add_secret_case, open_in_dialog, screen_text
from tests.ui.conftest import app_on, settle


async def test_replace_is_not_offered_for_a_pseudonymised_bundle_and_the_copy_is_marked(
    store: Store, tmp_path: Path
) -> None:
    case_id = add_secret_case(store)
    original = store.cases.get(case_id)
    path = tmp_path / "casusbespreking.age"
    to = [parse_recipient(store_recipient(store))]
    path.write_bytes(export_bundle(store, [case_id], recipients=to, pseudonymise=True).data)
    async with app_on(store).run_test(size=SIZE) as pilot:
        await open_in_dialog(pilot, path)
        preview = screen_text(pilot, "#import-preview")
        assert "Gepseudonimiseerd: een bundel voor een casusbespreking" in preview
        replace = pilot.app.screen.query_one("#import-policy-replace", ChoiceButton)
        assert not replace.display and replace.disabled
        assert "Vervangen kan niet" in screen_text(pilot, "#import-policy-reason")
        await pilot.press("down", "enter")  # the arrow passes replace by: keep both
        await settle(pilot)
        assert "⧉ kopie" in screen_text(pilot, "#import-preview")
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert isinstance(pilot.app.screen, CaseListScreen)
        table = pilot.app.screen.query_one(CaseTable)
        rows = [table.render_line(y).text for y in range(1, 3)]
        assert sum("[gepseud.]" in row for row in rows) == 1, rows
        await pilot.press("p")  # privacy: the names go, the mark stays
        rows = [table.render_line(y).text for y in range(1, 3)]
        assert sum("[gepseud.]" in row for row in rows) == 1, rows
        [copy] = [c.id for c in store.cases.list() if c.id != case_id]
        await pilot.app.push_screen(CaseScreen(copy))
        await settle(pilot)
        assert "gepseudonimiseerde kopie" in screen_text(pilot, "#case-details")
    assert store.cases.count() == 2
    assert store.cases.get(case_id).given_name == original.given_name


async def test_a_full_bundle_still_offers_replace(
    store: Store, colleague: Store, tmp_path: Path
) -> None:
    add_secret_case(store)
    path = tmp_path / "vol.age"
    to = [parse_recipient(store_recipient(store))]
    path.write_bytes(export_bundle(store, recipients=to).data)
    async with app_on(store).run_test(size=SIZE) as pilot:
        await open_in_dialog(pilot, path)
        replace = pilot.app.screen.query_one("#import-policy-replace", ChoiceButton)
        assert replace.display and not replace.disabled
        assert not pilot.app.screen.query_one("#import-policy-reason").display
