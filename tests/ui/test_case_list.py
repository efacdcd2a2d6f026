"""The case list by keyboard: open, new, edit, search, filter, sort, privacy, quit."""

from __future__ import annotations

from datetime import date

import pytest
from textual.widgets import Input, Label

from rondom_tui.domain.models import CaseStatus
from rondom_tui.store.repository import Store
from rondom_tui.ui.screens.case_form import CaseFormScreen
from rondom_tui.ui.screens.case_list import CaseListScreen
from rondom_tui.ui.screens.case_view import CaseScreen
from rondom_tui.ui.widgets.case_table import CaseTable
from tests.conftest import secret_case
from tests.ui.conftest import app_on


def _fill(store: Store) -> None:
    store.cases.add_many(
        [
            secret_case(given_name="Anna", family_name="Zeeuw", school="De Wilg"),
            secret_case(given_name="Bert", family_name="Appel", school="Het Anker"),
            secret_case(
                given_name="Zoë",
                family_name="Molen",
                school="De Wilg",
                status=CaseStatus.CLOSED,
                closed_on=date(2026, 1, 1),
            ),
        ]
    )


def _table(app) -> CaseTable:  # type: ignore[no-untyped-def]
    return app.screen.query_one(CaseTable)


def _names(app) -> list[str]:  # type: ignore[no-untyped-def]
    return [row.given_name for row in _table(app).rows]


async def test_the_list_shows_every_case_with_the_table_focused(store: Store) -> None:
    _fill(store)
    async with app_on(store).run_test(size=(100, 30)) as pilot:
        assert isinstance(pilot.app.screen, CaseListScreen)
        assert isinstance(pilot.app.focused, CaseTable)
        assert sorted(_names(pilot.app)) == ["Anna", "Bert", "Zoë"]
        status = str(pilot.app.screen.query_one("#caselist-status", Label).render())
        assert "3 van 3 dossiers" in status


async def test_search_is_incremental_and_accent_blind(store: Store) -> None:
    _fill(store)
    async with app_on(store).run_test(size=(100, 30)) as pilot:
        await pilot.press("slash")
        assert isinstance(pilot.app.focused, Input)
        await pilot.press("z", "o", "e")
        assert _names(pilot.app) == ["Zoë"]
        await pilot.press("escape")
        assert isinstance(pilot.app.focused, CaseTable)
        assert len(_names(pilot.app)) == 3


async def test_filter_cycles_all_open_closed_and_past_keep_until(store: Store) -> None:
    _fill(store)
    store.cases.add(secret_case(given_name="Daan", retention_until=date(2020, 1, 1)))
    store.cases.add(secret_case(given_name="Eva", retention_until=date(2999, 1, 1)))
    async with app_on(store).run_test(size=(100, 30)) as pilot:
        status = str(pilot.app.screen.query_one("#caselist-status", Label).render())
        assert "1 voorbij bewaartermijn" in status  # in view before any filter is chosen
        await pilot.press("f")
        assert sorted(_names(pilot.app)) == ["Anna", "Bert", "Daan", "Eva"]
        await pilot.press("f")
        assert _names(pilot.app) == ["Zoë"]
        status = str(pilot.app.screen.query_one("#caselist-status", Label).render())
        assert "filter: gesloten" in status
        await pilot.press("f")
        assert _names(pilot.app) == ["Daan"]  # only a keep-until day in the past counts
        status = str(pilot.app.screen.query_one("#caselist-status", Label).render())
        assert "filter: bewaartermijn voorbij" in status
        await pilot.press("f")
        assert len(_names(pilot.app)) == 5


async def test_sort_by_name_and_reverse(store: Store) -> None:
    _fill(store)
    async with app_on(store).run_test(size=(100, 30)) as pilot:
        await pilot.press("o", "o")  # updated -> code -> name
        assert _names(pilot.app) == ["Bert", "Zoë", "Anna"]  # Appel, Molen, Zeeuw
        await pilot.press("r")
        assert _names(pilot.app) == ["Anna", "Zoë", "Bert"]


async def test_privacy_mode_hides_names(store: Store) -> None:
    _fill(store)
    async with app_on(store).run_test(size=(100, 30)) as pilot:
        table = _table(pilot.app)
        assert "Anna" in "".join(table.render_line(y).text for y in range(5))
        await pilot.press("p")
        painted = "".join(table.render_line(y).text for y in range(5))
        assert "Anna" not in painted and "Zeeuw" not in painted
        assert table.rows[0].code in painted


async def test_cursor_moves_and_enter_opens_the_case(store: Store) -> None:
    _fill(store)
    async with app_on(store).run_test(size=(100, 30)) as pilot:
        await pilot.press("down")
        chosen = _table(pilot.app).current
        assert chosen is not None and _table(pilot.app).cursor == 1
        await pilot.press("enter")
        assert isinstance(pilot.app.screen, CaseScreen)
        assert pilot.app.screen.case_id == chosen.id
        await pilot.press("escape")
        assert isinstance(pilot.app.screen, CaseListScreen)
        assert _table(pilot.app).current.id == chosen.id


async def test_n_opens_an_empty_form_and_e_the_current_case(store: Store) -> None:
    _fill(store)
    async with app_on(store).run_test(size=(100, 30)) as pilot:
        await pilot.press("n")
        assert isinstance(pilot.app.screen, CaseFormScreen) and pilot.app.screen.is_new
        await pilot.press("escape")
        assert isinstance(pilot.app.screen, CaseListScreen)
        current = _table(pilot.app).current
        assert current is not None
        await pilot.press("e")
        assert isinstance(pilot.app.screen, CaseFormScreen) and not pilot.app.screen.is_new
        assert pilot.app.screen.case.id == current.id


async def test_q_quits(store: Store) -> None:
    async with app_on(store).run_test(size=(100, 30)) as pilot:
        await pilot.press("q")
        await pilot.pause()
    assert pilot.app.return_code == 0


async def test_an_empty_store_says_how_to_start(store: Store) -> None:
    async with app_on(store).run_test(size=(100, 30)) as pilot:
        hint = pilot.app.screen.query_one("#caselist-empty", Label)
        assert hint.display and "n" in str(hint.render())
        await pilot.press("enter")  # nothing selected: a warning, not a crash
        assert isinstance(pilot.app.screen, CaseListScreen)


async def test_ten_thousand_cases_scroll_virtually(store: Store) -> None:
    store.cases.add_many(
        [secret_case(given_name=f"Kind{i:05d}") for i in range(10_000)], audit=False
    )
    async with app_on(store).run_test(size=(100, 30)) as pilot:
        table = _table(pilot.app)
        assert len(table.rows) == 10_000
        await pilot.press("end")
        assert table.cursor == 9_999
        assert "▶" in "".join(table.render_line(y).text for y in range(table.size.height))
        await pilot.press("slash", "k", "i", "n", "d", "0", "9", "9", "9", "9")
        assert _names(pilot.app) == ["Kind09999"]


async def test_every_key_of_the_case_list_is_on_screen_at_80x24(store: Store) -> None:
    """Each key of the screen is in the Footer or on the key line above it, at 80x24."""
    from tests.ui.screen_text import assert_every_key_on_screen

    _fill(store)
    async with app_on(store).run_test(size=(80, 24)) as pilot:
        await pilot.pause()  # the Footer composes its keys after the first refresh
        assert assert_every_key_on_screen(pilot.app, hint_lines=1) >= 13


async def test_showing_the_list_reads_the_summaries_once(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    _fill(store)
    reads: list[int] = []
    index = store.cases.index

    def counted():  # type: ignore[no-untyped-def]
        reads.append(1)
        return index()

    monkeypatch.setattr(store.cases, "index", counted)
    async with app_on(store).run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        assert len(_names(pilot.app)) == 3
        assert len(reads) == 1  # 10,000 cases take a tenth of a second to read
