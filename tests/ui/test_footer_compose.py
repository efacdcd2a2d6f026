"""Issue 14 (start): the Footer makes its keys again only when they change.

Textual asks a Footer to recompose on every change of focus or bindings: eight times before
the unlock screen's first frame, a tenth of rondom's start. `KeyFooter` keeps what it made
the keys from and skips a recompose that would make the same keys.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import Footer

from rondom_tui.store.envelope import FAST_KDF
from rondom_tui.store.repository import Store
from rondom_tui.ui.screens.unlock import UnlockScreen
from rondom_tui.ui.widgets.key_footer import KeyFooter
from tests.conftest import PASSPHRASE
from tests.ui.conftest import app_at, app_on, wait_for_screen


def test_the_footer_still_has_the_flag_it_reads() -> None:
    # `KeyFooter._keys_shown` mirrors `Footer.compose`, which reads this private flag.
    assert hasattr(Footer(), "_bindings_ready")


async def test_the_unlock_screen_makes_its_keys_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "start.rondom"
    Store.create(path, PASSPHRASE, kdf=FAST_KDF).close()
    made: list[int] = []
    compose = Footer.compose

    def counted(self: Footer):  # type: ignore[no-untyped-def]
        made.append(1)
        return compose(self)

    monkeypatch.setattr(Footer, "compose", counted)
    async with app_at(path).run_test(size=(100, 30)) as pilot:
        await wait_for_screen(pilot, UnlockScreen)
        await pilot.pause()
        footer = pilot.app.screen.query_one(KeyFooter)
        keys = [child for child in footer.children if child.display]
        assert keys  # the unlock screen's keys are there
        assert len(made) <= 3  # the first (empty) compose, then the keys once (was 8)
        made.clear()
        pilot.app.screen.focus_next()  # focus moves, the keys stay: nothing made again
        pilot.app.screen.focus_previous()
        await pilot.pause()
        assert made == []


async def test_new_keys_are_still_shown(store: Store) -> None:
    async with app_on(store).run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        before = {child.action for child in pilot.app.screen.query("FooterKey")}  # type: ignore[attr-defined]
        await pilot.press("slash")  # the search field has focus: the table's keys go
        await pilot.press("escape")
        await pilot.press("question_mark")
        await pilot.pause()
        after = {child.action for child in pilot.app.screen.query("FooterKey")}  # type: ignore[attr-defined]
        assert before and after and before != after  # the help screen's own keys
