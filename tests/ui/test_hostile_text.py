"""Names and texts that look like markup stay plain text; screenshots never reach the disk;
passphrases never reach the clipboard; late save results do not act on the wrong screen."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from rich.cells import cell_len
from textual.widgets import Input

from rondom_tui.domain.errors import RondomError
from rondom_tui.domain.models import Party
from rondom_tui.store.envelope import FAST_KDF
from rondom_tui.store.repository import Store
from rondom_tui.ui.screens.case_form import CaseFormScreen
from rondom_tui.ui.screens.case_list import CaseListScreen
from rondom_tui.ui.screens.case_view import CaseScreen
from rondom_tui.ui.widgets.case_table import CaseTable
from tests.conftest import PASSPHRASE, secret_case
from tests.ui.conftest import app_at, app_on, settle, type_text


def _hostile(shots: Path) -> dict[str, object]:
    link = f"[@click=app.screenshot('leak.svg','{shots}')]Sanne[/]"
    return {
        "given_name": link,
        "family_name": "[/oops]",
        "school": "[b]School[/b] [red]",
        "parties": [Party(role="ouder", name="Oma [/x]")],
    }


async def test_markup_in_case_data_is_shown_as_text_everywhere(
    store: Store, tmp_path: Path
) -> None:
    shots = tmp_path / "shots"
    case = store.cases.add(secret_case(**_hostile(shots)))
    async with app_on(store).run_test(size=(100, 36)) as pilot:
        row = pilot.app.screen.query_one(CaseTable).render_line(1).text
        assert "[@click=" in row  # shown as typed, not run as a link
        await pilot.press("slash")
        await type_text(pilot, "[/")
        await pilot.press("enter", "enter")
        assert isinstance(pilot.app.screen, CaseScreen)
        await pilot.click("#case-details", offset=(34, 2))
        await pilot.press("e")
        assert isinstance(pilot.app.screen, CaseFormScreen)
        await pilot.press("escape", "escape")
        pilot.app.action_screenshot("leak.svg", str(shots))
        await pilot.pause()
        with pytest.raises(RondomError):
            pilot.app.save_screenshot("leak.svg", str(shots))
    assert not shots.exists()
    assert store.cases.get(case.id).family_name == "[/oops]"


async def test_the_passphrase_cannot_be_copied(tmp_path: Path) -> None:
    path = tmp_path / "store.rondom"
    Store.create(path, PASSPHRASE, kdf=FAST_KDF).close()
    app = app_at(path)
    async with app.run_test(size=(80, 24)) as pilot:
        await type_text(pilot, PASSPHRASE)
        await pilot.press("shift+home", "ctrl+c", "ctrl+x")
        assert PASSPHRASE not in pilot.app.clipboard
        assert pilot.app.screen.query_one("#passphrase", Input).value == PASSPHRASE


def _slow(store: Store, name: str, seconds: float) -> None:
    original = getattr(store.cases, name)

    def slowly(*args: object, **kwargs: object) -> object:
        time.sleep(seconds)
        return original(*args, **kwargs)

    setattr(store.cases, name, slowly)


async def test_escape_during_a_save_does_not_strand_the_form(store: Store) -> None:
    _slow(store, "add", 0.3)
    async with app_on(store).run_test(size=(100, 36)) as pilot:
        await pilot.press("n")
        await type_text(pilot, "Traag")
        await pilot.press("ctrl+s", "escape")
        await settle(pilot)
        assert isinstance(pilot.app.screen, CaseListScreen)
        assert store.cases.count() == 1


async def test_a_delete_that_finishes_after_leaving_the_case_updates_the_list(store: Store) -> None:
    case = store.cases.add(secret_case())
    _slow(store, "delete", 0.3)
    async with app_on(store).run_test(size=(100, 36)) as pilot:
        await pilot.press("enter", "d")
        pilot.app.screen.query_one("#typed", Input).value = case.code
        await pilot.press("enter", "escape")
        await settle(pilot)
        assert isinstance(pilot.app.screen, CaseListScreen)
        assert pilot.app.screen.query_one(CaseTable).rows == []
        assert store.cases.count() == 0


async def test_wide_characters_keep_rows_inside_the_table(store: Store) -> None:
    store.cases.add(
        secret_case(given_name="小明小明小明小明小明小明小明", school="学校学校学校学校学校学校")
    )
    async with app_on(store).run_test(size=(80, 24)) as pilot:
        table = pilot.app.screen.query_one(CaseTable)
        width = table.scrollable_content_region.width
        for y in range(3):
            assert cell_len(table.render_line(y).text) == width


HOSTILE = "[/x] [@click=app.bell]klik[/] [b]vet"
"""Text that crashes a markup parser ([/x] closes nothing) or would run an action if parsed."""


def _hostile_store(store: Store) -> str:
    from datetime import date

    from rondom_tui.domain.assessment import flow as flow
    from rondom_tui.domain.dates import PartialDate
    from rondom_tui.domain.models import HINDERING, Consent, Event, Goal, Lane

    case = store.cases.add(
        secret_case(
            given_name=HOSTILE,
            family_name=HOSTILE,
            school=HOSTILE,
            group=HOSTILE,
            question=HOSTILE,
            parties=[Party(role=HOSTILE, name=HOSTILE, organisation=HOSTILE, contact=HOSTILE)],
            consents=[Consent(given_by=HOSTILE, given_on=date(2025, 9, 1), note=HOSTILE)],
            goals=[Goal(text=HOSTILE, keys=[1])],
        )
    )
    store.events.add_many(
        [
            Event(
                case_id=case.id,
                lane=Lane.SCHOOL,
                title=HOSTILE,
                note=HOSTILE,
                source=HOSTILE,
                start=PartialDate(2025, 10, 1),
                valence=HINDERING,
                keys=[1],
                disputed=True,
            ),
            Event(
                case_id=case.id,
                lane=Lane.JEUGDHULP,
                title=HOSTILE,
                start=PartialDate(2025, 11),
                end=PartialDate(2026, 1),
                keys=[2],
            ),
        ]
    )
    people = [(HOSTILE, HOSTILE), ("Tweede", "ouder")]
    a = flow.start_assessment(
        date(2026, 3, 14), case_id=case.id, facilitator=HOSTILE, participants=people
    )
    for key in range(1, 8):
        for person in a.participants:
            a = flow.set_score(a, person.id, key, 3)
    a = flow.set_note(a, 1, HOSTILE)
    a = flow.add_action(a, 1, HOSTILE, owner=HOSTILE)
    store.assessments.save(a)
    team = flow.start_assessment(date(2026, 3, 1), label=HOSTILE, participants=people)
    store.assessments.save(team)
    return case.id


async def test_every_screen_shows_hostile_text_as_text(store: Store) -> None:
    """Walk the case, timeline, assessments and bundle dialogs with markup in every field."""
    _hostile_store(store)
    async with app_on(store).run_test(size=(100, 36)) as pilot:
        seen = []
        for keys in (
            ("enter",),  # the case screen
            ("escape", "t"),  # the timeline
            ("home", "s"),  # an event's details, the analysis panel
            ("escape", "s"),  # the case's assessments
            ("v",),  # the summary
            ("down", "escape", "enter"),  # back to the list, open the draft in meeting mode
            ("escape", "escape", "S"),  # team assessments
            ("escape", "x"),  # export dialog
            ("escape", "i"),  # import dialog
            ("escape",),
        ):
            await pilot.press(*keys)
            await settle(pilot)
            seen.append(type(pilot.app.screen).__name__)
        assert seen == [
            "CaseScreen", "TimelineScreen", "TimelineScreen", "AssessmentListScreen",
            "AssessmentSummaryScreen", "MeetingScreen", "AssessmentListScreen",
            "ExportScreen", "ImportScreen", "CaseListScreen",
        ]  # fmt: skip
