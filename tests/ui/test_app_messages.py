"""What the app passes to its screens: the privacy mode as a reactive that screens and widgets
follow, and every finished save as a message to the screen in front."""

from __future__ import annotations

from textual.message import Message

from rondom_tui.domain.models import Case
from rondom_tui.store.repository import Store
from rondom_tui.ui.messages import DataSaved
from rondom_tui.ui.screens.case_list import CaseListScreen
from rondom_tui.ui.screens.case_view import CaseScreen
from rondom_tui.ui.widgets.case_table import CaseTable
from tests.conftest import SECRET_NAME, secret_case
from tests.ui.conftest import app_on, settle


def _painted(table: CaseTable) -> str:
    return "".join(table.render_line(y).text for y in range(4))


async def test_privacy_on_the_case_list_reaches_the_table_through_the_reactive(
    store: Store,
) -> None:
    case = store.cases.add(secret_case())
    async with app_on(store).run_test(size=(100, 30)) as pilot:
        screen = pilot.app.screen
        assert isinstance(screen, CaseListScreen)
        table = screen.query_one(CaseTable)
        assert not table.privacy and SECRET_NAME in _painted(table)
        await pilot.press("p")
        assert pilot.app.privacy_mode and screen.privacy and table.privacy
        assert SECRET_NAME not in _painted(table) and case.code in _painted(table)
        # Nobody pushes it by hand: the app's reactive alone moves screen and table.
        pilot.app.privacy_mode = False
        await pilot.pause()
        assert not screen.privacy and not table.privacy
        assert SECRET_NAME in _painted(table)


async def test_a_screen_opened_later_and_the_screens_below_follow_the_mode(store: Store) -> None:
    store.cases.add(secret_case())
    async with app_on(store).run_test(size=(100, 30)) as pilot:
        await pilot.press("p", "enter")
        case_screen = pilot.app.screen
        assert isinstance(case_screen, CaseScreen) and case_screen.privacy
        await pilot.press("p")  # off again, from the case screen
        assert not case_screen.privacy
        await pilot.press("escape")
        list_screen = pilot.app.screen
        assert isinstance(list_screen, CaseListScreen)
        assert not list_screen.privacy and not list_screen.query_one(CaseTable).privacy


async def test_a_finished_save_is_told_to_the_screen_in_front(store: Store) -> None:
    received: list[Message] = []

    def hook(message: Message) -> None:
        if isinstance(message, DataSaved):
            received.append(message)

    app = app_on(store)
    async with app.run_test(size=(100, 30), message_hook=hook) as pilot:
        screen = pilot.app.screen
        assert isinstance(screen, CaseListScreen)
        assert screen.query_one(CaseTable).rows == []
        added = Case(given_name="Nieuw", family_name="Kind")
        app.store_call(lambda: store.cases.add(added))  # saved without the screen asking
        await settle(pilot)
        assert received, "no DataSaved was sent"
        # The case list handled it: it shows the store as it is now.
        assert [row.id for row in screen.query_one(CaseTable).rows] == [added.id]


async def test_a_failed_save_tells_no_screen_it_was_saved(store: Store) -> None:
    received: list[Message] = []
    app = app_on(store)

    def hook(message: Message) -> None:
        if isinstance(message, DataSaved):
            received.append(message)

    def fail() -> None:
        raise OSError("disk full")

    async with app.run_test(size=(100, 30), message_hook=hook) as pilot:
        app.store_call(fail, on_error=lambda _: None)
        await settle(pilot)
    assert received == []
