"""The audit screen by keyboard: `A` on the case list (the whole store) and `a` on the case
screen (one case); who, when, action, computer, case by code (names only without privacy);
`f` filters, `c` clears, `x` exports Markdown or CSV (0600, never over a file unasked), and
looking is recorded."""

from __future__ import annotations

import csv
import stat
from pathlib import Path

import pytest
from textual.widgets import Checkbox, Input, Select

from rondom_tui.domain.models import AuditAction
from rondom_tui.store.repository import Store
from rondom_tui.ui.modals.audit_export import AuditExportModal
from rondom_tui.ui.modals.confirm import ConfirmModal
from rondom_tui.ui.modals.form import FormModal
from rondom_tui.ui.screens.audit import AuditScreen
from rondom_tui.ui.screens.case_list import CaseListScreen
from rondom_tui.ui.screens.case_view import CaseScreen
from rondom_tui.ui.widgets.audit_table import AuditTable
from tests.conftest import SECRET_NAME, secret_case
from tests.ui.conftest import app_on, settle, type_text
from tests.ui.screen_text import screen_text


def _cells(app) -> list[list[str]]:  # type: ignore[no-untyped-def]
    """Every row as the table paints it, column by column, newest first."""
    table = app.screen.query_one(AuditTable)
    return [table.row_cells(row) for row in table.rows]


async def _open_store_audit(pilot) -> None:  # type: ignore[no-untyped-def]
    await pilot.press("A")
    await settle(pilot)
    assert isinstance(pilot.app.screen, AuditScreen)


async def test_A_shows_who_did_what_to_which_case_and_records_the_look(store: Store) -> None:
    case = store.cases.add(secret_case())
    async with app_on(store).run_test(size=(120, 30)) as pilot:
        await _open_store_audit(pilot)
        rows = _cells(pilot.app)
        newest = rows[0]
        assert newest[3] == "bekeken" and newest[5] == "audit"  # this very look, on top
        created = next(row for row in rows if row[3] == "aangemaakt" and row[4])
        assert created[4] == f"{case.code} ({SECRET_NAME} Quaakernaat)"
        assert created[1] == store.user and created[2]  # who, and from which computer
        assert "regels" in screen_text(pilot.app)
        await pilot.press("p")  # privacy: codes only
        await pilot.pause()
        assert SECRET_NAME not in screen_text(pilot.app)
        assert any(row[4] == case.code for row in _cells(pilot.app))
        await pilot.press("escape")
        assert isinstance(pilot.app.screen, CaseListScreen)
    views = [e for e in store.audit.entries() if e.action is AuditAction.VIEW]
    assert [(e.case_id, e.detail) for e in views] == [(None, "audit")]


async def test_a_on_the_case_screen_shows_that_case_only(store: Store) -> None:
    case = store.cases.add(secret_case())
    other = store.cases.add(secret_case(given_name="Ander"))
    async with app_on(store).run_test(size=(120, 30)) as pilot:
        pilot.app.push_screen(CaseScreen(case.id))
        await settle(pilot)
        await pilot.press("a")
        await settle(pilot)
        assert isinstance(pilot.app.screen, AuditScreen)
        assert f"dossier {case.code}" in screen_text(pilot.app)
        cases = {row[4].split()[0] for row in _cells(pilot.app)}
        assert cases == {case.code} and other.code not in screen_text(pilot.app)
        await pilot.press("escape")
        assert isinstance(pilot.app.screen, CaseScreen)
    assert store.audit.entries(case.id)[-1].detail == "audit"


async def test_f_filters_by_action_and_c_clears(store: Store) -> None:
    store.cases.add(secret_case())
    async with app_on(store).run_test(size=(120, 30)) as pilot:
        await _open_store_audit(pilot)
        everything = len(_cells(pilot.app))
        await pilot.press("f")
        assert isinstance(pilot.app.screen, FormModal)
        pilot.app.screen.query_one("#field-action", Select).value = "create"
        await pilot.pause()
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert {row[3] for row in _cells(pilot.app)} == {"aangemaakt"}
        assert "filter: actie: aangemaakt" in screen_text(pilot.app)
        await pilot.press("f")
        pilot.app.screen.query_one("#field-since", Input).value = "31-12-2099"
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert _cells(pilot.app) == []
        assert "Geen regels" in screen_text(pilot.app)
        await pilot.press("c")
        await pilot.pause()
        assert len(_cells(pilot.app)) == everything


async def test_a_period_ending_before_it_starts_is_refused(store: Store) -> None:
    async with app_on(store).run_test(size=(120, 30)) as pilot:
        await _open_store_audit(pilot)
        await pilot.press("f")
        pilot.app.screen.query_one("#field-since", Input).value = "10-03-2026"
        pilot.app.screen.query_one("#field-until", Input).value = "01-03-2026"
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert isinstance(pilot.app.screen, FormModal)
        assert "na vanaf" in screen_text(pilot.app)


async def _export(pilot, path: Path, *, privacy: bool = True) -> None:  # type: ignore[no-untyped-def]
    await pilot.press("x")
    assert isinstance(pilot.app.screen, AuditExportModal)
    assert "NIET versleuteld" in screen_text(pilot.app)
    await type_text(pilot, str(path))
    pilot.app.screen.query_one("#field-privacy", Checkbox).value = privacy
    await pilot.press("ctrl+s")
    await settle(pilot)


@pytest.mark.writes_names("*/toegang.csv")  # the CSV with names asked for, and nothing else
async def test_x_exports_markdown_and_csv_for_an_inzageverzoek(
    store: Store, tmp_path: Path
) -> None:
    case = store.cases.add(secret_case())
    markdown, table = tmp_path / "toegang.md", tmp_path / "toegang.csv"
    async with app_on(store).run_test(size=(120, 30)) as pilot:
        pilot.app.push_screen(CaseScreen(case.id))
        await settle(pilot)
        await pilot.press("a")
        await settle(pilot)
        await _export(pilot, markdown)
        await _export(pilot, table, privacy=False)
    text = markdown.read_text(encoding="utf-8")
    assert f"# Toegangslog: {case.code}" in text and "aangemaakt" in text
    assert SECRET_NAME not in text
    rows = list(csv.reader(table.open(encoding="utf-8-sig"), delimiter=";"))  # a Dutch Excel
    assert rows[0][:5] == ["Wanneer", "Wie", "Computer", "Actie", "Actiecode"]
    assert any(row[5] == case.code and SECRET_NAME in row[6] for row in rows[1:])  # names asked
    for path in (markdown, table):
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
    exports = [e for e in store.audit.entries(case.id) if e.action is AuditAction.EXPORT]
    assert [e.detail for e in exports] == [
        "audit-md;export=started",
        "audit-md;export=done",
        "audit-csv;export=started",
        "audit-csv;export=done",
    ]


async def test_a_file_name_that_promises_html_is_refused(store: Store, tmp_path: Path) -> None:
    async with app_on(store).run_test(size=(120, 30)) as pilot:
        await _open_store_audit(pilot)
        await _export(pilot, tmp_path / "toegang.html")
        assert isinstance(pilot.app.screen, AuditExportModal)
        assert "geen HTML" in screen_text(pilot.app)
    assert not (tmp_path / "toegang.html").exists()


async def test_an_existing_file_is_replaced_only_after_yes(store: Store, tmp_path: Path) -> None:
    target = tmp_path / "toegang.md"
    target.write_text("van iemand anders")
    async with app_on(store).run_test(size=(120, 30)) as pilot:
        await _open_store_audit(pilot)
        await _export(pilot, target)
        assert isinstance(pilot.app.screen, ConfirmModal)
        await pilot.press("n")
        await settle(pilot)
        assert target.read_text() == "van iemand anders"
        await _export(pilot, target)
        await pilot.press("y")
        await settle(pilot)
    assert target.read_text(encoding="utf-8").startswith("# Toegangslog: hele opslag")
    assert stat.S_IMODE(target.stat().st_mode) == 0o600


async def test_the_palette_offers_the_audit_and_the_passphrase_only_while_unlocked(
    store: Store,
) -> None:
    async with app_on(store).run_test(size=(120, 30)) as pilot:
        titles = [c.title for c in pilot.app.get_system_commands(pilot.app.screen)]
        assert "Toegangslog" in titles and "Wachtwoordzin wijzigen" in titles
        await pilot.press("ctrl+l")
        await settle(pilot)
        titles = [c.title for c in pilot.app.get_system_commands(pilot.app.screen)]
        assert "Toegangslog" not in titles and "Wachtwoordzin wijzigen" not in titles
        pilot.app.action_audit()  # reached some other way: still nothing behind the lock
        await pilot.pause()
        assert not isinstance(pilot.app.screen, AuditScreen)


async def test_a_long_trail_is_painted_a_screen_at_a_time_and_walked_by_keys(
    store: Store,
) -> None:
    case = store.cases.add(secret_case())
    store.audit.record_many(AuditAction.VIEW, [case.id] * 3000)
    async with app_on(store).run_test(size=(100, 30)) as pilot:
        await _open_store_audit(pilot)
        table = pilot.app.screen.query_one(AuditTable)
        assert len(table.rows) == 3003 and table.cursor == 0
        await pilot.press("down", "down", "end")
        assert table.cursor == 3002
        painted = "\n".join(table.render_line(y).text for y in range(table.size.height))
        assert "aangemaakt" in painted  # the oldest entry, at the bottom
        await pilot.press("home")
        assert table.cursor == 0 and "audit" in table.render_line(1).text
