"""The Footer never cuts a label: at 80 columns it shows fewer keys, each whole, and `? Help`
for the rest (the help screen lists them all). Read from the rendered screen, in both
languages, on every main screen."""

from __future__ import annotations

from collections.abc import Awaitable, Callable

import pytest
from hypothesis import given
from hypothesis import strategies as st
from textual.pilot import Pilot
from textual.widgets._footer import FooterKey

from rondom_tui.i18n import set_language
from rondom_tui.store.repository import Store
from rondom_tui.ui.screens.assessment_meeting import MeetingScreen
from rondom_tui.ui.screens.case_view import CaseScreen
from rondom_tui.ui.screens.review import ReviewScreen
from rondom_tui.ui.screens.timeline import TimelineScreen
from rondom_tui.ui.widgets.key_footer import Box, items_that_fit, line_width
from tests.ui.assessment_store_data import fill
from tests.ui.conftest import app_on, settle
from tests.ui.review_data import TODAY, counted
from tests.ui.screen_text import screen_text

Opener = Callable[[Pilot[object], str, object], Awaitable[None]]


async def _case_list(pilot: Pilot[object], case_id: str, assessment: object) -> None:
    await settle(pilot)


async def _case(pilot: Pilot[object], case_id: str, assessment: object) -> None:
    await pilot.app.push_screen(CaseScreen(case_id))


async def _timeline(pilot: Pilot[object], case_id: str, assessment: object) -> None:
    await pilot.app.push_screen(TimelineScreen(case_id, today=TODAY))


async def _meeting(pilot: Pilot[object], case_id: str, assessment: object) -> None:
    await pilot.app.push_screen(MeetingScreen(assessment))  # type: ignore[arg-type]


async def _review(pilot: Pilot[object], case_id: str, assessment: object) -> None:
    screen = ReviewScreen(today=TODAY)
    await pilot.app.push_screen(screen)
    await counted(pilot, screen)


SCREENS: dict[str, Opener] = {
    "case list": _case_list,
    "case": _case,
    "timeline": _timeline,
    "meeting page": _meeting,
    "review": _review,
}


async def _footer_settled(pilot: Pilot[object]) -> None:
    """The Footer measures its keys after they are laid out, then hides what does not fit."""
    await settle(pilot)
    for _ in range(5):
        await pilot.pause()


@pytest.mark.parametrize("lang", ["nl", "en"])
@pytest.mark.parametrize("where", list(SCREENS))
async def test_no_footer_label_is_cut_at_80x24(store: Store, where: str, lang: str) -> None:
    set_language(lang)
    case, _, assessment = fill(store)
    async with app_on(store).run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await SCREENS[where](pilot, case.id, assessment)
        await _footer_settled(pilot)
        footer = screen_text(pilot.app).splitlines()[-1]
        assert "…" not in footer
        keys = list(pilot.app.screen.query(FooterKey))
        shown = [key for key in keys if key.display and key.description]
        for key in shown:
            assert f"{key.key_display} {key.description}" in footer, (key.description, footer)
        if len(shown) < len([key for key in keys if key.description]):
            assert footer.rstrip().endswith("? Help"), footer  # the rest is one key away
        assert len(footer.rstrip()) <= 80


async def test_the_footer_shows_every_key_again_when_the_terminal_widens(store: Store) -> None:
    case, _, _ = fill(store)
    async with app_on(store).run_test(size=(80, 24)) as pilot:
        await pilot.app.push_screen(CaseScreen(case.id))
        await _footer_settled(pilot)
        assert "Vergrendelen" not in screen_text(pilot.app).splitlines()[-1]
        await pilot.resize_terminal(140, 24)
        await _footer_settled(pilot)
        footer = screen_text(pilot.app).splitlines()[-1]
        assert "^l Vergrendelen" in footer and "esc Terug" in footer


boxes = st.builds(Box, st.integers(1, 20), st.integers(0, 2), st.integers(0, 2))
items = st.lists(st.lists(boxes, min_size=1, max_size=3), max_size=12)


@given(items, st.integers(0, 120), st.data())
def test_the_items_shown_fit_and_are_the_first_ones(
    row: list[list[Box]], width: int, data: st.DataObject
) -> None:
    keep = data.draw(st.none() | st.integers(0, len(row) - 1)) if row else None
    shown = items_that_fit(row, width, keep)
    kept = [box for item, show in zip(row, shown, strict=True) if show for box in item]
    assert line_width(kept) <= width
    others = [show for index, show in enumerate(shown) if index != keep]
    assert others == sorted(others, reverse=True)  # a run from the first, never a gap
    if keep is not None and line_width(row[keep]) <= width:
        assert shown[keep]
    if line_width([box for item in row for box in item]) <= width:
        assert all(shown)


async def test_every_key_of_the_meeting_screen_is_on_screen_at_80x24(store: Store) -> None:
    """`s` gives way to `? Help` in the Footer and is named on the key line above it."""
    from tests.ui.screen_text import assert_every_key_on_screen

    case, _, assessment = fill(store)
    async with app_on(store).run_test(size=(80, 24)) as pilot:
        await _meeting(pilot, case.id, assessment)
        await _footer_settled(pilot)
        assert assert_every_key_on_screen(pilot.app, hint_lines=1) >= 3
