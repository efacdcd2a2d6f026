"""Issue 14: a search character shows its rows without laying the screen out again, and only
the lines that show another row are painted again.

What this guards is a number of passes, not a time: a layout pass per key press (the field's
new width, the table's new number of rows, the status line's new count) cost more than the
search at 10,000 cases. The time is in `make bench` (frames: search character to its rows).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import pytest
from textual.screen import Screen

from rondom_tui.store.repository import Store
from rondom_tui.ui.widgets.case_table import CaseTable
from tests.conftest import secret_case
from tests.ui.conftest import app_on


def _fill(store: Store) -> None:
    names = [f"Noor{i:03d}" for i in range(80)] + [f"Sem{i:03d}" for i in range(80)]
    store.cases.add_many(
        [secret_case(given_name=name, school="De Wilg") for name in names], audit=False
    )


@contextmanager
def _counting(monkeypatch: pytest.MonkeyPatch, owner: type, name: str) -> Iterator[list[int]]:
    calls: list[int] = []
    original = getattr(owner, name)

    def counted(self, *args, **kwargs):  # type: ignore[no-untyped-def]
        calls.append(1)
        return original(self, *args, **kwargs)

    monkeypatch.setattr(owner, name, counted)
    yield calls


async def test_a_search_character_lays_nothing_out(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    _fill(store)
    async with app_on(store).run_test(size=(100, 30)) as pilot:
        await pilot.press("slash")
        await pilot.pause()
        table = pilot.app.screen.query_one(CaseTable)
        # Screen._refresh_layout is Textual's layout pass (private: this test fails loudly
        # when it is renamed, and the count must then be found another way).
        with _counting(monkeypatch, Screen, "_refresh_layout") as layouts:
            for char in "noor0":
                await pilot.press(char)
                await pilot.pause()
        assert layouts == []
        assert sorted(row.given_name for row in table.rows) == [f"Noor{i:03d}" for i in range(80)]
        bar = table.vertical_scrollbar
        assert bar.window_virtual_size == len(table.rows) + 1  # the thumb follows the rows
        await pilot.press("0")  # ten rows fit: the scrollbar goes (that one is laid out)
        await pilot.pause()
        assert len(table.rows) == 10 and not table.show_vertical_scrollbar


async def test_a_search_that_keeps_the_top_rows_paints_only_the_lines_that_change(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    _fill(store)
    async with app_on(store).run_test(size=(100, 30)) as pilot:
        await pilot.press("slash", "s", "e", "m")
        await pilot.pause()
        table = pilot.app.screen.query_one(CaseTable)
        shown = [row.given_name for row in table.rows[: table.size.height - 1]]
        with _counting(monkeypatch, CaseTable, "render_line") as painted:
            await pilot.press("0")  # "sem0": every Sem still matches, in the same order
            await pilot.pause()
        assert [row.given_name for row in table.rows[: table.size.height - 1]] == shown
        assert len(painted) <= 2  # the status line and the field; no row of the table
