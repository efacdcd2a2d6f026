"""Issue 8, finding 1 in the app: what reaches the terminal holds no control character from
data, the title never changes, and nothing is written to the clipboard or linked.

What a frame sends to the terminal is read from the screen's compositor, as the app's driver
would write it (`render_segments`): the escapes Textual makes itself (colours, cursor moves)
are in it; a title (OSC 0/2), a clipboard write (OSC 52), a link (OSC 8), a cleared screen
(CSI 2J), a bell or a bidi override must not be.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from pathlib import Path

from rich.text import Text
from textual.app import App, ComposeResult
from textual.content import Content
from textual.widgets import Input, Label, Static, TextArea

from rondom_tui.domain.cases.listing import CaseSummary
from rondom_tui.domain.dates import PartialDate
from rondom_tui.domain.models import CaseStatus, Event, Lane
from rondom_tui.store.repository import Store
from rondom_tui.ui.app import RondomApp
from rondom_tui.ui.screens.assessment_meeting import MeetingScreen
from rondom_tui.ui.screens.case_view import CaseScreen
from rondom_tui.ui.screens.timeline import TimelineScreen
from rondom_tui.ui.terminal_text import keep_terminal_text_plain
from rondom_tui.ui.timeline.view import TimelineView
from rondom_tui.ui.widgets.case_table import CaseTable
from tests.conftest import PASSPHRASE
from tests.hostile_data import HOSTILE, hostile_store
from tests.ui.conftest import settle, wait_for_screen

FORBIDDEN = re.compile(
    "\x1b\\]|\x1b\\[2J|\x1bP|\x1b_|\x1b\\^|[\x07\x08\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e"
    "\u2066-\u2069]"
)
"""What a frame may never hold: the start of an OSC, DCS, APC or PM string, a cleared screen,
BEL, backspace, DEL, a C1 control, a bidi control."""


def terminal_output(app: App[object]) -> str:
    """The bytes the driver would write for a full frame of the screen in front."""
    update = app.screen._compositor.render_update(full=True)
    assert update is not None
    return update.render_segments(app.console)  # type: ignore[union-attr]


def test_textual_and_rich_drop_every_unsafe_character_from_text() -> None:
    """Guards the private sets `keep_terminal_text_plain` widens: an upgrade of Textual or
    Rich that renames them, or stops using them, fails here."""
    keep_terminal_text_plain()
    appended = Text()
    appended.append(HOSTILE)
    for plain in (Content(HOSTILE).plain, Text(HOSTILE).plain, appended.plain):
        assert "PWNED" in plain and not FORBIDDEN.search(plain) and "\x1b" not in plain
    assert Content("twee\nregels\tmet tab").plain == "twee\nregels\tmet tab"


class HostileWidgets(App[None]):
    """Every kind of widget that shows data, given text that was never cleaned."""

    def compose(self) -> ComposeResult:
        yield Label(HOSTILE, markup=False)
        yield Static(HOSTILE, markup=False)
        yield Input(value=HOSTILE)
        yield TextArea(HOSTILE)
        yield CaseTable(id="cases")
        events = [
            Event(lane=Lane.SCHOOL, title=HOSTILE, start=PartialDate(2024, 3, 1)),
            Event(
                lane=Lane.GEZIN, title=HOSTILE, start=PartialDate(2024, 1), end=PartialDate(2024, 6)
            ),
        ]
        yield TimelineView(events, today=date(2025, 1, 1), date_of_birth=None, id="timeline")


async def test_every_kind_of_widget_paints_uncleaned_text_plain() -> None:
    app = HostileWidgets()
    keep_terminal_text_plain()
    async with app.run_test(size=(120, 50)) as pilot:
        row = CaseSummary(
            id="c",
            code="K-AAAA",
            given_name=HOSTILE,
            family_name=HOSTILE,
            school=HOSTILE,
            group=HOSTILE,
            status=CaseStatus.OPEN,
            events=1,
            updated_at=datetime(2025, 1, 1),
        )
        app.query_one(CaseTable).set_rows([row])
        app.notify(HOSTILE, markup=False)
        await pilot.press("tab", "tab", "tab", "tab", "plus", "plus", "plus", "plus")
        await pilot.pause()
        output = terminal_output(app)
        assert "PWNED" in output  # the words are drawn
        assert not FORBIDDEN.search(output), FORBIDDEN.search(output)


async def test_the_case_timeline_and_meeting_of_a_hostile_store_leave_the_terminal_plain(
    tmp_path: Path,
) -> None:
    path = tmp_path / "vreemd.rondom"
    hostile_store(path, PASSPHRASE)
    store = Store.open(path, PASSPHRASE)
    app = RondomApp(path, store=store, idle_lock_minutes=0)
    frames: dict[str, str] = {}
    try:
        async with app.run_test(size=(110, 34)) as pilot:
            await settle(pilot)
            frames["case list"] = terminal_output(app)
            await pilot.press("enter")
            await wait_for_screen(pilot, CaseScreen)
            frames["case"] = terminal_output(app)
            await pilot.press("t")
            await wait_for_screen(pilot, TimelineScreen)
            await pilot.press("home", "plus", "plus")
            await settle(pilot)
            frames["timeline"] = terminal_output(app)
            await pilot.press("escape", "s")
            await settle(pilot)
            await pilot.press("enter")
            await wait_for_screen(pilot, MeetingScreen)
            frames["meeting"] = terminal_output(app)
            assert app.title == "rondom" and app.screen.title in (None, "rondom")
            assert app.clipboard == ""
    finally:
        store.close()
    for name, output in frames.items():
        assert "PWNED" in output or name == "meeting", name  # meeting mode hides names
        assert not FORBIDDEN.search(output), (name, FORBIDDEN.search(output))
