"""The Tijdlijn in a meeting (`m`): the events one at a time in date order, large, with their
neighbours; the child's names masked; the arrow keys move; back on the event last shown."""

from __future__ import annotations

import pytest

from rondom_tui.domain.timeline.navigation import order_key
from rondom_tui.i18n import set_language
from rondom_tui.store.repository import Store
from rondom_tui.ui.screens.timeline_meeting import TimelineMeetingScreen
from tests.conftest import SECRET_FAMILY, SECRET_NAME
from tests.ui.conftest import app_on, settle
from tests.ui.screen_text import assert_every_key_on_screen
from tests.ui.test_timeline_screen import open_timeline, shown
from tests.ui.timeline_data import CODE, NAMED_EVENT, store_with_timeline


def page(app) -> str:  # type: ignore[no-untyped-def]
    return "\n".join(
        shown(app, f"#meeting-{part}") for part in ("case", "title", "facts", "text", "line")
    )


async def test_the_meeting_view_walks_the_events_in_date_order_with_names_masked(
    store: Store,
) -> None:
    case = store_with_timeline(store)
    ordered = sorted(store.events.for_case(case.id), key=order_key)
    named = [e.id for e in ordered].index(NAMED_EVENT)
    async with app_on(store).run_test(size=(100, 30)) as pilot:
        view = await open_timeline(pilot, case.id)
        await pilot.press("home", "m")
        await pilot.pause()
        assert isinstance(pilot.app.screen, TimelineMeetingScreen)
        text = page(pilot.app)
        assert f"{CODE} · Tijdlijn in het overleg · 1 van {len(ordered)}" in text
        assert ordered[0].title in text and ordered[1].title[:10] in text  # a neighbour
        await pilot.press(*["right"] * named)
        await pilot.pause()
        text = page(pilot.app)
        assert f"{named + 1} van {len(ordered)}" in text
        assert f"{CODE} vertelt trots over de voetbalclub" in text
        assert SECRET_NAME not in text and SECRET_FAMILY not in text
        assert "Moeder Quaakernaat" not in text  # the source names a parent: by role
        await pilot.press("left")
        await pilot.pause()
        assert ordered[named - 1].title in page(pilot.app)
        await pilot.press("escape")
        await pilot.pause()
        assert view.selected_id == ordered[named - 1].id


async def test_at_80_columns_the_line_keeps_words_for_each_neighbour_it_shows(
    store: Store,
) -> None:
    """Five neighbours at 80 columns left room for their dates and "…" only: fewer are shown,
    each with the beginning of its title."""
    case = store_with_timeline(store)
    ordered = sorted(store.events.for_case(case.id), key=order_key)
    async with app_on(store).run_test(size=(80, 24)) as pilot:
        await open_timeline(pilot, case.id)
        await pilot.press("home", "m", *["right"] * 6)
        await pilot.pause()
        line = shown(pilot.app, "#meeting-line").strip()
        parts = line.split(" ─ ")
        assert len(parts) >= 3, line
        assert not any(part.rstrip("]").endswith(" …") for part in parts), line
        for event in ordered[5:8]:  # the current one and a neighbour on each side
            assert event.title[:4] in line, line


@pytest.mark.parametrize("lang", ["nl", "en"])
async def test_every_key_of_the_meeting_view_is_on_screen_at_80x24(store: Store, lang: str) -> None:
    """The way out (`esc`) too: the long words of `home` and `end` pushed it off the Footer."""
    set_language(lang)
    case = store_with_timeline(store)
    async with app_on(store).run_test(size=(80, 24)) as pilot:
        await open_timeline(pilot, case.id)
        await pilot.press("m")
        await settle(pilot)
        for _ in range(5):  # the Footer measures its keys once laid out
            await pilot.pause()
        assert isinstance(pilot.app.screen, TimelineMeetingScreen)
        assert assert_every_key_on_screen(pilot.app) == 5
