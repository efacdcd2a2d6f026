"""On a console without symbols (TERM=linux) every symbol of the glyph table falls back to
plain characters, wherever the text comes from; elsewhere the symbols stay."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from rich.text import Text
from textual.content import Content

from rondom_tui.domain.models import CaseStatus, Goal, GoalStatus
from rondom_tui.store.repository import Store
from rondom_tui.ui.glyphs import GLYPHS, glyph, use_plain_glyphs
from tests.conftest import secret_case
from tests.ui.conftest import app_on, settle
from tests.ui.screen_text import screen_text


@pytest.fixture
def linux_console(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setenv("TERM", "linux")
    use_plain_glyphs()
    yield
    use_plain_glyphs(False)


def test_every_fallback_is_one_plain_character() -> None:
    for symbol, plain in GLYPHS.items():
        assert len(plain) == 1 and plain.isascii() and plain.isprintable(), symbol


def test_the_symbols_stay_on_a_terminal_that_has_them(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TERM", "xterm-256color")
    use_plain_glyphs()
    assert Content("⚠ te laat").plain == "⚠ te laat" and glyph("✓") == "✓"


def test_text_falls_back_wherever_it_is_made(linux_console: None) -> None:
    assert Content("⚠ te laat · 🔑 2").plain == "! te laat · # 2"
    assert Text("✓ klaar").plain == "x klaar"
    assert glyph("●") == "*"


async def test_the_case_list_and_case_show_no_symbol_a_console_lacks(
    store: Store, linux_console: None
) -> None:
    goals = [Goal(text="Elke week lezen", keys=[1, 3], status=GoalStatus.ACTIVE)]
    store.cases.add(secret_case(goals=goals))
    store.cases.add(secret_case(code="K-0002", status=CaseStatus.CLOSED))
    async with app_on(store).run_test(size=(110, 40)) as pilot:
        await settle(pilot)
        shown = screen_text(pilot.app)
        assert "* open" in shown.replace("*  open", "* open")
        await pilot.press("enter")
        await settle(pilot)
        shown += screen_text(pilot.app)
        await pilot.press("e")
        await settle(pilot)
        shown += screen_text(pilot.app)
    assert set(shown) & set(GLYPHS) == set(), shown
