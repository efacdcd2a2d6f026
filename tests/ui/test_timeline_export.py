"""Exporting the Tijdlijn from the screen: only to the file the user names, mode 0600, with a
clear warning before a plain file, never over a file without asking, and as an age file that
only the recipient (or the passphrase) opens."""

from __future__ import annotations

import stat
from pathlib import Path
from typing import Any

import pyrage
import pytest
from pyrage import x25519
from textual.widgets import Checkbox, Input, Select

from rondom_tui.domain.cases.rules import FieldErrors
from rondom_tui.domain.links import Link
from rondom_tui.domain.models import AuditAction
from rondom_tui.report.timeline_files import ExportFormat, named_format
from rondom_tui.store.repository import Store
from rondom_tui.ui.modals.confirm import ConfirmModal
from rondom_tui.ui.modals.timeline_export import TimelineExportModal, build_request
from rondom_tui.ui.screens.timeline import TimelineScreen
from tests.conftest import SECRET_FAMILY, SECRET_NAME
from tests.ui.conftest import app_on, settle
from tests.ui.test_timeline_screen import open_timeline, shown
from tests.ui.timeline_data import CODE, store_with_timeline

SIZE = (120, 40)
PASSPHRASE = "een lange wachtwoordzin voor de export"


def folder_files(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


async def fill_export(pilot, **values: Any) -> TimelineExportModal:  # type: ignore[no-untyped-def]
    """Open the export dialog from the timeline and set its fields."""
    await pilot.press("x")
    modal = pilot.app.screen
    assert isinstance(modal, TimelineExportModal)
    for name, value in values.items():
        widget = modal.query_one(f"#field-{name}")
        if isinstance(widget, Select | Checkbox | Input):
            widget.value = value
    await pilot.pause()
    return modal


@pytest.fixture
def out(tmp_path: Path) -> Path:
    """An empty folder the user exports to, apart from the store's own folder."""
    folder = tmp_path / "exports"
    folder.mkdir()
    return folder


async def test_a_private_markdown_export_is_written_only_where_asked(
    store: Store, out: Path
) -> None:
    case = store_with_timeline(store)
    store.links.add(Link(case_id=case.id, causes=["event-06"], effect="event-08"))
    target = out / "tijdlijn.md"
    store_files = folder_files(store.path.parent)
    async with app_on(store).run_test(size=SIZE) as pilot:
        await open_timeline(pilot, case.id)
        modal = await fill_export(pilot, path=str(target), format=ExportFormat.MARKDOWN.value)
        assert "NIET VERSLEUTELD" in shown(pilot.app, "#export-protection-note")
        await pilot.press("ctrl+s")
        confirm = pilot.app.screen
        assert isinstance(confirm, ConfirmModal) and "Niet versleuteld" in confirm.question
        await pilot.press("n")
        await settle(pilot)
        assert pilot.app.screen is modal and folder_files(out) == []
        await pilot.press("ctrl+s", "y")
        await settle(pilot)
        assert isinstance(pilot.app.screen, TimelineScreen)
    assert folder_files(out) == ["tijdlijn.md"]
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    text = target.read_text(encoding="utf-8")
    assert text.startswith(f"# Tijdlijn van {CODE}")
    assert "Aanmelding bij het wijkteam" in text and "wachttijd 13 weken" in text
    assert "- 1. Schulden: betalingsachterstand huur → Ruzie op het schoolplein" in text
    for name in (SECRET_NAME, SECRET_FAMILY, "Moeder Quaakernaat"):
        assert name not in text
    assert folder_files(store.path.parent) == store_files
    assert AuditAction.EXPORT in [e.action for e in store.audit.entries(case.id)]


@pytest.mark.parametrize(
    ("fmt", "opening"), [(ExportFormat.SVG, "<?xml"), (ExportFormat.HTML, "<!DOCTYPE html>")]
)
@pytest.mark.writes_names("*/tijdlijn.svg", "*/tijdlijn.html")  # the plain export asked for
async def test_a_picture_of_the_whole_timeline_with_names_when_asked(
    store: Store, out: Path, fmt: ExportFormat, opening: str
) -> None:
    case = store_with_timeline(store)
    target = out / f"tijdlijn{fmt.suffix}"
    async with app_on(store).run_test(size=SIZE) as pilot:
        view = await open_timeline(pilot, case.id)
        await pilot.press("plus", "plus", "plus")  # the export does not follow the screen
        assert view.window is not None
        await fill_export(pilot, path=str(target), format=fmt.value, private=False)
        await pilot.press("ctrl+s", "y")
        await settle(pilot)
    text = target.read_text(encoding="utf-8")
    assert text.lstrip().startswith(opening) and "<svg" in text
    assert SECRET_NAME in text  # names were asked for
    for day in ("02-07-2017", "03-11-2025"):  # the first and the last event's dates
        assert day in text
    assert "cdnjs" not in text  # opening the file calls out to nobody
    assert stat.S_IMODE(target.stat().st_mode) == 0o600


async def test_the_drawing_is_on_the_paper_chosen_and_a_table_asks_for_none(
    store: Store, out: Path
) -> None:
    """A4 or A3 landscape, as `rondom timeline --paper`; Markdown hides the choice."""
    case = store_with_timeline(store)
    target = out / "tijdlijn.html"
    async with app_on(store).run_test(size=SIZE) as pilot:
        await open_timeline(pilot, case.id)
        modal = await fill_export(pilot, path=str(target), paper="a3")
        assert modal.query_one("#group-paper").display
        await pilot.press("ctrl+s", "y")
        await settle(pilot)
        assert isinstance(pilot.app.screen, TimelineScreen)
        modal = await fill_export(pilot, path=str(out / "tijdlijn.md"))
        assert not modal.query_one("#group-paper").display
        await pilot.press("escape")
    assert 'width="420mm"' in target.read_text(encoding="utf-8")


async def test_an_existing_file_is_replaced_only_after_confirmation(
    store: Store, out: Path
) -> None:
    case = store_with_timeline(store)
    target = out / "tijdlijn.md"
    target.write_text("oud\n")
    target.chmod(0o644)
    async with app_on(store).run_test(size=SIZE) as pilot:
        await open_timeline(pilot, case.id)
        modal = await fill_export(pilot, path=str(target), format=ExportFormat.MARKDOWN.value)
        await pilot.press("ctrl+s", "y")
        confirm = pilot.app.screen
        assert isinstance(confirm, ConfirmModal) and "bestaat al" in confirm.question
        await pilot.press("n")
        await settle(pilot)
        assert pilot.app.screen is modal and target.read_text() == "oud\n"
        await pilot.press("ctrl+s", "y", "y")
        await settle(pilot)
    assert target.read_text(encoding="utf-8").startswith(f"# Tijdlijn van {CODE}")
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert folder_files(out) == ["tijdlijn.md"]


async def test_an_age_export_opens_with_the_recipients_identity_only(
    store: Store, out: Path
) -> None:
    case = store_with_timeline(store)
    colleague = x25519.Identity.generate()
    target = out / "tijdlijn.md.age"
    async with app_on(store).run_test(size=SIZE) as pilot:
        await open_timeline(pilot, case.id)
        modal = await fill_export(
            pilot,
            path=str(out / "tijdlijn.md"),
            format=ExportFormat.MARKDOWN.value,
            protection="recipient",
            recipient=str(colleague.to_public()),
        )
        assert "versleuteld" in shown(pilot.app, "#export-protection-note")
        await pilot.press("ctrl+s")
        assert pilot.app.screen is modal
        assert "tijdlijn.md.age" in shown(pilot.app, "#error-path")
        modal.query_one("#field-path", Input).value = str(target)
        await pilot.press("ctrl+s")  # encrypted: no warning to confirm
        await settle(pilot)
        assert isinstance(pilot.app.screen, TimelineScreen)
    assert folder_files(out) == ["tijdlijn.md.age"]
    data = target.read_bytes()
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert data.startswith(b"age-encryption.org/v1")
    for secret in (SECRET_NAME, SECRET_FAMILY, CODE, "Aanmelding"):
        assert secret.encode() not in data
    text = pyrage.decrypt(data, [colleague]).decode("utf-8")
    assert text.startswith(f"# Tijdlijn van {CODE}") and SECRET_NAME not in text
    with pytest.raises(pyrage.DecryptError):
        pyrage.decrypt(data, [x25519.Identity.generate()])


async def test_a_passphrase_export_asks_the_passphrase_twice(store: Store, out: Path) -> None:
    case = store_with_timeline(store)
    target = out / "tijdlijn.svg.age"
    async with app_on(store).run_test(size=SIZE) as pilot:
        await open_timeline(pilot, case.id)
        modal = await fill_export(
            pilot,
            path=str(target),
            protection="passphrase",
            passphrase=PASSPHRASE,
            passphrase_again=PASSPHRASE + "!",
        )
        assert modal.query_one("#field-passphrase", Input).password
        await pilot.press("ctrl+s")
        assert "niet gelijk" in shown(pilot.app, "#error-passphrase_again")
        modal.query_one("#field-passphrase_again", Input).value = PASSPHRASE
        await pilot.press("ctrl+s")
        await settle(pilot)
    data = target.read_bytes()
    assert SECRET_NAME.encode() not in data and CODE.encode() not in data
    svg = pyrage.passphrase.decrypt(data, PASSPHRASE).decode("utf-8")
    assert "<svg" in svg and CODE in svg and SECRET_NAME not in svg


# -- what the dialog accepts ------------------------------------------------------------


def request_errors(tmp_path: Path, **changes: Any) -> dict[str, str]:
    values: dict[str, Any] = {
        "path": str(tmp_path / "tijdlijn.svg"),
        "format": "svg",
        "private": True,
        "protection": "none",
        "recipient": "",
        "passphrase": "",
        "passphrase_again": "",
    }
    values.update(changes)
    errors = FieldErrors()
    build_request(values, errors, store_path=tmp_path / "store.rondom")
    return {name: error.message_id for name, error in errors.errors.items()}


def test_the_dialog_refuses_paths_that_would_mislead_or_harm(tmp_path: Path) -> None:
    assert request_errors(tmp_path) == {}
    assert request_errors(tmp_path, path="") == {"path": "form.required"}
    assert request_errors(tmp_path, path=str(tmp_path)) == {
        "path": "timeline.export_form.is_folder"
    }
    assert request_errors(tmp_path, path=str(tmp_path / "nergens" / "t.svg")) == {
        "path": "timeline.export_form.no_folder"
    }
    assert request_errors(tmp_path, path=str(tmp_path / "store.rondom")) == {
        "path": "timeline.export_form.is_store"
    }
    assert request_errors(tmp_path, path=str(tmp_path / "t.svg.age")) == {
        "path": "timeline.export_form.plain_with_age_suffix"
    }


def test_the_dialog_checks_keys_and_passphrases(tmp_path: Path) -> None:
    age_path = str(tmp_path / "t.svg.age")
    assert request_errors(tmp_path, protection="recipient") == {
        "path": "timeline.export_form.need_age_suffix",
        "recipient": "form.required",
    }
    assert request_errors(tmp_path, path=age_path, protection="recipient", recipient="age1xyz") == {
        "recipient": "bundle.key.invalid_recipient"
    }
    assert request_errors(tmp_path, path=age_path, protection="passphrase", passphrase="kort") == {
        "passphrase": "timeline.export_form.passphrase_short"
    }
    recipient = str(x25519.Identity.generate().to_public())
    assert (
        request_errors(tmp_path, path=age_path, protection="recipient", recipient=recipient) == {}
    )


def test_a_name_that_promises_another_format_is_refused_next_to_the_format(
    tmp_path: Path,
) -> None:
    contradiction = {"format": "timeline.export_form.format_contradicts"}
    assert request_errors(tmp_path, path=str(tmp_path / "tl.md"), format="svg") == contradiction
    assert request_errors(tmp_path, path=str(tmp_path / "tl.HTM"), format="md") == contradiction
    assert request_errors(tmp_path, path=str(tmp_path / "tl.htm"), format="html") == {}
    recipient = str(x25519.Identity.generate().to_public())
    sealed = {"protection": "recipient", "recipient": recipient}
    assert request_errors(tmp_path, path=str(tmp_path / "tl.md.age"), **sealed) == contradiction
    assert request_errors(tmp_path, path=str(tmp_path / "tl.age"), format="md", **sealed) == {}
    assert request_errors(tmp_path, path=str(tmp_path / "tl.txt"), format="md") == {}
    assert named_format(Path("tijdlijn 03.2024.svg")) is ExportFormat.SVG
    assert named_format(Path("tijdlijn.age")) is None


async def test_the_typed_suffix_chooses_the_format(store: Store, out: Path) -> None:
    case = store_with_timeline(store)
    async with app_on(store).run_test(size=SIZE) as pilot:
        await open_timeline(pilot, case.id)
        modal = await fill_export(pilot, format=ExportFormat.SVG.value)
        modal.query_one("#field-path", Input).focus()
        await pilot.press(*str(out / "tl.md"))
        await pilot.pause()
        assert modal.query_one("#field-format", Select).value == ExportFormat.MARKDOWN.value
        modal.query_one("#field-format", Select).value = ExportFormat.SVG.value
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert pilot.app.screen is modal and folder_files(out) == []
        error = shown(pilot.app, "#error-format")
        assert "tl.md" in error and "SVG" in error
        modal.query_one("#field-path", Input).value = str(out / "tl.html")
        await pilot.pause()
        assert modal.query_one("#field-format", Select).value == ExportFormat.HTML.value
        await pilot.press("ctrl+s", "y")
        await settle(pilot)
        assert isinstance(pilot.app.screen, TimelineScreen)
    assert folder_files(out) == ["tl.html"]
    assert (out / "tl.html").read_text(encoding="utf-8").lstrip().startswith("<!DOCTYPE html>")
