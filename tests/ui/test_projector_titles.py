"""On the projector (rondom-beamer) a meeting page draws the key's title big, like the key
number beside it; where big letters do not fit (a long title, 80x24, another theme, a console
without box lines) the title is normal text, whole. Snapshots at 120x36 and 80x24.

After a deliberate change of the look: ``pytest --snapshot-update`` and look at the SVGs."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from textual.pilot import Pilot

from rondom_tui.domain.keys import SEVEN_KEYS
from rondom_tui.store.repository import Store
from rondom_tui.ui.screens.assessment_meeting import MeetingScreen
from rondom_tui.ui.widgets.big_letters import (
    FONT,
    LETTER_GAP,
    LETTER_ROWS,
    WORD_GAP,
    big_lines,
)
from rondom_tui.ui.widgets.key_title import KeyTitle
from tests.ui.assessment_store_data import fill
from tests.ui.conftest import app_on, settle
from tests.ui.screen_text import screen_text

TITLE = "Investeren in relaties"
LONG_TITLE = "Ontschotting van onderwijs en jeugdhulp"


def test_every_letter_is_three_rows_of_one_width() -> None:
    for character, rows in FONT.items():
        assert len(rows) == LETTER_ROWS, character
        assert len({len(row) for row in rows}) == 1, character


def test_every_key_title_has_its_letters_in_the_font() -> None:
    for key in SEVEN_KEYS:
        for lang in ("nl", "en"):
            assert big_lines(key.title(lang), 10_000, max_lines=1) is not None, key.title(lang)


words = st.text(
    alphabet=st.sampled_from("abcdefghijklmnopqrstuvwxyz()-,'"), min_size=1, max_size=12
)


@given(st.lists(words, min_size=1, max_size=6), st.integers(1, 160), st.integers(1, 3))
def test_big_lines_fit_the_width_and_keep_every_word(
    title_words: list[str], width: int, max_lines: int
) -> None:
    rows = big_lines(" ".join(title_words), width, max_lines=max_lines)
    if rows is None:  # a word too wide, or more lines than allowed: normal text instead
        return
    assert all(len(row) <= width for row in rows)
    lines = (len(rows) + 1) // (LETTER_ROWS + 1)
    assert len(rows) == lines * LETTER_ROWS + lines - 1 and lines <= max_lines
    # Nothing cut or dropped: the lines hold every word, whole, with the gaps between them.
    drawn = sum(len(rows[line * (LETTER_ROWS + 1)]) for line in range(lines))
    word_widths = [
        sum(len(FONT[c][0]) for c in word.upper()) + LETTER_GAP * (len(word) - 1)
        for word in title_words
    ]
    assert drawn == sum(word_widths) + WORD_GAP * (len(title_words) - lines)


def test_a_word_wider_than_the_band_or_a_letter_outside_the_font_gives_normal_text() -> None:
    assert big_lines("Onderwijs", 20) is None  # 9 letters take 35 cells: never cut
    assert big_lines("Café", 200) is None
    assert big_lines(LONG_TITLE, 100, max_lines=1) is None
    two = big_lines(LONG_TITLE, 100, max_lines=2)
    assert two is not None and len(two) == 2 * LETTER_ROWS + 1  # wrapped between words


async def _on_page(pilot: Pilot[object], store: Store, key: int) -> KeyTitle:
    _, _, current = fill(store)
    await settle(pilot)
    pilot.app.push_screen(MeetingScreen(current, key=key))
    await settle(pilot)
    await pilot.pause()
    return pilot.app.screen.query_one("#kp-title", KeyTitle)


async def test_the_projector_draws_the_title_big_at_120x36(store: Store) -> None:
    async with app_on(store, theme="rondom-beamer").run_test(size=(120, 36)) as pilot:
        title = await _on_page(pilot, store, 1)
        assert title.has_class("-big")
        rows = big_lines(TITLE, title.content_size.width, max_lines=1)
        assert rows is not None and rows[0] in screen_text(pilot.app)
        assert TITLE not in screen_text(pilot.app)


@pytest.mark.parametrize(
    ("theme", "size", "key"),
    [
        ("rondom-beamer", (80, 24), 1),  # too short a page: normal letters
        ("rondom-beamer", (120, 36), 6),  # too long a title for one line of big letters
        ("rondom", (120, 36), 1),  # not the projector
    ],
)
async def test_otherwise_the_title_is_normal_text_and_whole(
    store: Store, theme: str, size: tuple[int, int], key: int
) -> None:
    async with app_on(store, theme=theme).run_test(size=size) as pilot:
        title = await _on_page(pilot, store, key)
        assert not title.has_class("-big")
        text = " ".join(screen_text(pilot.app).split())
        assert SEVEN_KEYS[key - 1].title("nl") in text


async def test_choosing_the_projector_theme_draws_the_title_big(store: Store) -> None:
    async with app_on(store, theme="rondom").run_test(size=(120, 36)) as pilot:
        title = await _on_page(pilot, store, 1)
        assert not title.has_class("-big")
        pilot.app.theme = "rondom-beamer"
        await settle(pilot)
        await pilot.pause()
        assert title.has_class("-big")


async def test_a_console_without_box_lines_keeps_normal_letters(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TERM", "linux")
    async with app_on(store, theme="rondom-beamer").run_test(size=(120, 36)) as pilot:
        title = await _on_page(pilot, store, 1)
        assert not title.has_class("-big")


@pytest.mark.parametrize("size", [(120, 36), (80, 24)])
def test_projector_meeting_page(snap_compare, store: Store, size: tuple[int, int]) -> None:  # type: ignore[no-untyped-def]
    _, _, current = fill(store)

    async def on_key_one(pilot: Pilot[object]) -> None:
        await settle(pilot)
        pilot.app.push_screen(MeetingScreen(current, key=1))
        await settle(pilot)

    app = app_on(store, theme="rondom-beamer")
    assert snap_compare(app, run_before=on_key_one, terminal_size=size)
