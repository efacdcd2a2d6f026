"""Every theme of the room works with NO_COLOR set: Textual then paints in greys only, and the
case list, a meeting page and the Tijdlijn still say everything in glyphs and words (the
selection, the status, the valence, the overdue flag, whose turn it is), each readable against
the grey it stands on.

Read from the cells Textual paints (its NO_COLOR filter included), not from a snapshot."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from textual.app import App
from textual.color import Color

from rondom_tui.store.repository import Store
from rondom_tui.ui.screens.assessment_meeting import MeetingScreen
from tests.ui.assessment_store_data import fill
from tests.ui.conftest import app_on, settle
from tests.ui.screen_text import screen_text
from tests.ui.test_theme_colours import contrast_ratio
from tests.ui.test_timeline_screen import open_timeline
from tests.ui.timeline_data import store_with_timeline

ROOM_THEMES = ["rondom", "rondom-licht", "rondom-contrast", "rondom-beamer"]
LEAST_CONTRAST = {"rondom-contrast": 7.0}
"""The least contrast of any character against its grey: WCAG AAA in the high-contrast
theme; else 3:1, what WCAG asks of large text and of the marks a reader must tell apart."""


@pytest.fixture(autouse=True)
def _no_color(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NO_COLOR", "1")  # Textual reads (and removes) it when the app starts


def _cells(app: App[object]) -> Iterator[tuple[str, Color, Color]]:
    """Each painted run of text with its colour and background."""
    for strip in app.screen._compositor.render_strips():  # Textual has no public cell export
        for segment in strip:
            style = segment.style
            if segment.text.strip() and style is not None and style.color and style.bgcolor:
                colour = Color.from_rich_color(style.color)
                background = Color.from_rich_color(style.bgcolor)
                yield segment.text.strip(), colour, background


def _assert_grey_and_readable(app: App[object], theme: str) -> None:
    assert app.no_color
    least = LEAST_CONTRAST.get(theme, 3.0)
    for text, colour, background in _cells(app):
        for grey in (colour, background):
            assert grey.r == grey.g == grey.b, (text, grey.hex)  # no colour left
        ratio = contrast_ratio(colour, background)
        assert ratio >= least, (text, colour.hex, background.hex, round(ratio, 2))


@pytest.mark.parametrize("theme", ROOM_THEMES)
async def test_the_case_list_under_no_color(store: Store, theme: str) -> None:
    fill(store)
    app = app_on(store, theme=theme)
    async with app.run_test(size=(100, 24)) as pilot:
        await settle(pilot)
        text = screen_text(app)
        assert "▶ K-7F3A" in text  # the selected case, by a mark
        assert "● open" in text  # the status, by glyph and word
        _assert_grey_and_readable(app, theme)


@pytest.mark.parametrize("theme", ROOM_THEMES)
async def test_a_meeting_page_under_no_color(store: Store, theme: str) -> None:
    _, _, current = fill(store)
    app = app_on(store, theme=theme)
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(pilot)
        app.push_screen(MeetingScreen(current))
        await settle(pilot)
        text = screen_text(app)
        assert "▶  Xqmoeder · ouder             4  grotendeels" in text  # whose turn, by ▶
        assert "2  een beetje" in text  # a score by number and word
        assert "○ Elke zes weken een driegesprek" in text and "⚠ te laat" in text  # overdue
        _assert_grey_and_readable(app, theme)


@pytest.mark.parametrize("theme", ROOM_THEMES)
async def test_the_timeline_under_no_color(store: Store, theme: str) -> None:
    case = store_with_timeline(store)
    app = app_on(store, theme=theme)
    async with app.run_test(size=(120, 36)) as pilot:
        await open_timeline(pilot, case.id)
        await pilot.press("left")  # select the latest event
        await settle(pilot)
        view = "\n".join(screen_text(app).splitlines()[5:26])
        assert "[+]" in view  # the selection, by brackets
        for glyph in ("+", "-", "o", "░", "┊", "!"):  # valence, uncertain span, today, disputed
            assert glyph in view, glyph
        assert "+ bevorderend" in screen_text(app)  # the selected event's valence in words
        _assert_grey_and_readable(app, theme)
