"""An unexpected error ends the app with one sentence: never a traceback with local variables,
which would put a child's name on the terminal (and in whatever the terminal keeps).

Textual has no public setting for this; the app overrides its private `App._fatal_error`.
These tests fail loudly when an upgrade of Textual renames that hook or stops calling it: the
default would print the traceback with the name in it.
"""

from __future__ import annotations

import inspect
from typing import ClassVar

import pytest
from textual.app import App
from textual.binding import Binding, BindingType
from textual.screen import Screen
from textual.widgets import Static

from rondom_tui.i18n import t
from rondom_tui.store.repository import Store
from tests.conftest import SECRET_FAMILY, SECRET_NAME
from tests.ui.conftest import app_on


class ChildScreen(Screen[None]):
    """A screen holding a fictional child's name, with a key that fails."""

    BINDINGS: ClassVar[list[BindingType]] = [Binding("k", "fail", id="test.fail")]

    def __init__(self, child: str) -> None:
        super().__init__()
        self.child = child

    def compose(self):  # type: ignore[no-untyped-def]
        yield Static(self.child, markup=False)

    def action_fail(self) -> None:
        name = f"{self.child} {SECRET_FAMILY}"  # a local variable holding the child's name
        raise RuntimeError(f"unexpected ({len(name)})")


async def _crash(store: Store) -> None:
    app = app_on(store)
    async with app.run_test(size=(80, 24)) as pilot:
        await app.push_screen(ChildScreen(SECRET_NAME))
        await pilot.press("k")
        await pilot.pause()


@pytest.mark.parametrize("debug", [False, True])
async def test_a_crash_shows_one_sentence_and_no_names(
    store: Store, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, debug: bool
) -> None:
    if debug:
        monkeypatch.setenv("RONDOM_DEBUG", "1")
    else:
        monkeypatch.delenv("RONDOM_DEBUG", raising=False)
    with pytest.raises(RuntimeError, match="unexpected"):  # Pilot raises it again for the test
        await _crash(store)
    output = capsys.readouterr()
    shown = output.out + output.err
    assert SECRET_NAME not in shown and SECRET_FAMILY not in shown
    assert "locals" not in shown.lower()
    # With RONDOM_DEBUG=1 (developers, fictional data) the traceback comes first, without locals.
    assert ("Traceback" in shown) is debug
    if not debug:
        assert " ".join(shown.split()) == t("app.crashed")


def test_textual_still_calls_the_hook_the_app_overrides() -> None:
    assert callable(getattr(App, "_fatal_error", None)), "Textual renamed App._fatal_error"
    calls = inspect.getsource(App._handle_exception)
    assert "self._fatal_error()" in calls, "Textual no longer reports crashes via _fatal_error"
