"""Helpers for the Pilot tests of the export and import dialogs: fictional stores, typing,
moving by tab, and bundles to import."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from textual.pilot import Pilot
from textual.widgets import Input, Label, TextArea

from rondom_tui.bundle import (
    export_bundle,
    parse_recipient,
    store_recipient,
)
from rondom_tui.domain.dates import PartialDate
from rondom_tui.domain.models import (
    Assessment,
    Category,
    Event,
    Lane,
)
from rondom_tui.store.repository import Store
from rondom_tui.ui.screens.import_bundle import ImportScreen
from tests.conftest import SECRET_NAME, secret_case
from tests.ui.conftest import settle

BUNDLE_PASSPHRASE = "paarse-olifant-fietst-naar-zee"
SIZE = (80, 24)


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


async def open_export(pilot: Pilot[object]) -> None:
    """`x`, then wait until the dialog has read the cases (on the save queue)."""
    await pilot.press("x")
    await settle(pilot)


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
