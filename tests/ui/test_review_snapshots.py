"""Snapshots of the casusreview: the team's view at 80x24 and 120x36, the board's view (privacy)
at 80x24 scrolled to the waits and the small multiples. Fixed fictional data and a fixed day.

Update after a deliberate change of the look with ``pytest --snapshot-update`` and look at
the new SVGs before committing them.
"""

from __future__ import annotations

import pytest

from rondom_tui.store.repository import Store
from tests.ui.conftest import app_on
from tests.ui.review_data import open_review, store_with_caseload


@pytest.mark.parametrize("size", [(80, 24), (120, 36)])
def test_review_team_view(snap_compare, store: Store, size: tuple[int, int]) -> None:
    store_with_caseload(store)
    assert snap_compare(app_on(store), run_before=open_review, terminal_size=size)


def test_review_board_view_at_80x24(snap_compare, store: Store) -> None:
    store_with_caseload(store)
    press = ["p", *["down"] * 40]
    assert snap_compare(app_on(store), run_before=open_review, press=press, terminal_size=(80, 24))


def test_review_small_multiples_at_120x36(snap_compare, store: Store) -> None:
    store_with_caseload(store)
    press = ["p", "end", "pagedown", "pagedown"]
    assert snap_compare(app_on(store), run_before=open_review, press=press, terminal_size=(120, 36))
