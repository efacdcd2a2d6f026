"""Exporting an assessment from its summary: only to the typed path, mode 0600, never over a
file without a yes, the child's name left out with privacy on, and an audit entry."""

from __future__ import annotations

import codecs
import stat
from pathlib import Path

import pytest
from textual.widgets import Checkbox, Input, Select

from rondom_tui.domain.assessment import flow as flow
from rondom_tui.domain.models import AuditAction
from rondom_tui.store.repository import Store
from rondom_tui.ui.modals.assessment_export import ExportModal
from rondom_tui.ui.modals.confirm import ConfirmModal
from rondom_tui.ui.screens.assessment_summary import AssessmentSummaryScreen
from tests.conftest import SECRET_FAMILY, SECRET_NAME, files_containing
from tests.ui.assessment_store_data import CODE, fill
from tests.ui.conftest import app_on, settle, type_text
from tests.ui.screen_text import screen_text, static_text


def current_id(store: Store) -> str:
    """The id of the assessment held on 14-03-2026 (`fill`'s current one)."""
    return max(store.assessments.list(), key=lambda a: a.held_on).id


async def _open_export(pilot, store: Store, current=None):  # type: ignore[no-untyped-def]
    if current is None:
        _, _, current = fill(store)
    pilot.app.push_screen(AssessmentSummaryScreen(current))
    await settle(pilot)
    await pilot.press("x")
    assert isinstance(pilot.app.screen, ExportModal)
    return current


async def _export(pilot, path: Path, *, privacy: bool = True) -> None:  # type: ignore[no-untyped-def]
    assert isinstance(pilot.app.screen, ExportModal)
    assert pilot.app.focused.id == "field-path"
    await type_text(pilot, str(path))
    pilot.app.screen.query_one("#field-privacy", Checkbox).value = privacy
    await pilot.press("ctrl+s")
    await settle(pilot)


async def test_the_dialog_warns_that_the_file_is_not_encrypted(store: Store) -> None:
    async with app_on(store).run_test(size=(80, 24)) as pilot:
        await _open_export(pilot, store)
        assert "NIET versleuteld" in screen_text(pilot.app)
        privacy = pilot.app.screen.query_one("#field-privacy", Checkbox)
        assert privacy.value is True
        assert "✓" in static_text(privacy)  # on a monochrome screen too
        privacy.value = False
        await pilot.pause()
        assert "✓" not in static_text(privacy)
        await pilot.press("escape")
        assert isinstance(pilot.app.screen, AssessmentSummaryScreen)


async def test_markdown_with_privacy_is_written_only_at_the_path_mode_0600(
    store: Store, tmp_path: Path
) -> None:
    out = tmp_path / "out"
    out.mkdir()
    target = out / "zelfevaluatie.md"
    async with app_on(store).run_test(size=(100, 40)) as pilot:
        await _open_export(pilot, store)
        await _export(pilot, target)
        assert isinstance(pilot.app.screen, AssessmentSummaryScreen)
    assert [p.name for p in out.iterdir()] == ["zelfevaluatie.md"]
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    text = target.read_text(encoding="utf-8")
    assert text.startswith("# Zeven sleutels") and CODE in text
    assert "Elke zes weken een driegesprek" in text and "▲ +0,7" in text
    assert files_containing(out, SECRET_NAME, SECRET_FAMILY, "Xqmoeder") == []
    exports = [e for e in store.audit.entries() if e.action is AuditAction.EXPORT]
    assert [e.detail for e in exports] == [
        "assessment-md;export=started",
        "assessment-md;export=done",
    ]
    assert SECRET_NAME not in repr(exports)


async def test_privacy_keeps_the_childs_name_typed_in_a_note_or_action_out_of_every_file(
    store: Store, tmp_path: Path
) -> None:
    _, _, current = fill(store)
    current = flow.set_note(current, 2, f"{SECRET_NAME} wil zelf meepraten")
    current = flow.add_action(current, 2, f"{SECRET_FAMILY} thuis bellen", owner=SECRET_NAME)
    store.assessments.save(current)
    out = tmp_path / "out"
    out.mkdir()
    async with app_on(store).run_test(size=(100, 40)) as pilot:
        for name in ("met-notitie.md", "met-notitie.html", "met-notitie.csv"):
            await _open_export(pilot, store, current)
            await _export(pilot, out / name)
            assert isinstance(pilot.app.screen, AssessmentSummaryScreen)
            pilot.app.pop_screen()
            await settle(pilot)
    assert sorted(p.name for p in out.iterdir()) == [
        "met-notitie.csv", "met-notitie.html", "met-notitie.md"
    ]  # fmt: skip
    assert files_containing(out, SECRET_NAME, SECRET_FAMILY) == []
    markdown = (out / "met-notitie.md").read_text(encoding="utf-8")
    assert f"{CODE} wil zelf meepraten" in markdown and f"{CODE} thuis bellen" in markdown


@pytest.mark.writes_names("*/met-naam.html")  # the plain export asked for, and nothing else
async def test_without_privacy_the_name_is_in_the_file(store: Store, tmp_path: Path) -> None:
    target = tmp_path / "met-naam.html"
    async with app_on(store).run_test(size=(100, 40)) as pilot:
        await _open_export(pilot, store)
        await _export(pilot, target, privacy=False)
    text = target.read_text(encoding="utf-8")
    assert text.startswith("<!DOCTYPE html>")  # the suffix chose HTML
    assert SECRET_NAME in text and "Xqmoeder" in text
    assert stat.S_IMODE(target.stat().st_mode) == 0o600


async def test_an_existing_file_is_replaced_only_after_yes(store: Store, tmp_path: Path) -> None:
    target = tmp_path / "scores.csv"
    target.write_text("van iemand anders\n", encoding="utf-8")
    target.chmod(0o644)
    async with app_on(store).run_test(size=(100, 40)) as pilot:
        await _open_export(pilot, store)
        await _export(pilot, target)
        assert isinstance(pilot.app.screen, ConfirmModal)
        await pilot.press("n")
        await settle(pilot)
        assert target.read_text(encoding="utf-8") == "van iemand anders\n"
        await pilot.press("x")
        await _export(pilot, target)
        await pilot.press("y")
        await settle(pilot)
    data = target.read_bytes()
    assert data.startswith(codecs.BOM_UTF8)  # for a Dutch Excel, unless told otherwise
    lines = data.decode("utf-8-sig").splitlines()
    header = "zelfevaluatie;dossier of team;datum;sleutel;titel;deelnemer;rol;score;antwoord"
    assert lines[0] == header
    assert len(lines) == 1 + 7 * 3 and "ouder" in lines[1] and "Xqmoeder" not in lines[1]
    assert lines[1].startswith(f"{current_id(store)};{CODE};14-03-2026;1;")
    assert stat.S_IMODE(target.stat().st_mode) == 0o600


async def test_the_plain_csv_is_chosen_in_the_dialog(store: Store, tmp_path: Path) -> None:
    target = tmp_path / "scores.csv"
    async with app_on(store).run_test(size=(100, 40)) as pilot:
        await _open_export(pilot, store)
        dialect = pilot.app.screen.query_one("#field-csv_dialect", Select)
        assert dialect.value == "excel-nl"
        dialect.value = "comma"
        await _export(pilot, target)
    data = target.read_bytes()
    assert not data.startswith(codecs.BOM_UTF8)
    header = data.decode("utf-8").splitlines()[0]
    assert (
        header == "zelfevaluatie,dossier of team,datum,sleutel,titel,deelnemer,rol,score,antwoord"
    )


async def test_a_missing_folder_is_named_and_nothing_is_created(
    store: Store, tmp_path: Path
) -> None:
    target = tmp_path / "bestaat-niet" / "x.md"
    async with app_on(store).run_test(size=(100, 40)) as pilot:
        await _open_export(pilot, store)
        await _export(pilot, target)
        assert isinstance(pilot.app.screen, ExportModal)
        assert "bestaat niet" in screen_text(pilot.app)
        pilot.app.screen.query_one("#field-path", Input).value = ""
        await pilot.press("ctrl+s")
        assert "verplicht" in screen_text(pilot.app)
    assert not target.parent.exists()
