"""Snapshots of the Tijdlijn screen: the child's life with the titles on the line at 120x36,
zoomed in on a selected event, and at 80x24 with the details, the analysis and the legend;
with a plan, its periods and evaluations in the future part of the line (120x36 and 80x24).
Fixed fictional data and a fixed today.

Update after a deliberate change of the look with ``pytest --snapshot-update`` and look at
the new SVGs before committing them.
"""

from __future__ import annotations

import pytest

from rondom_tui.store.repository import Store
from rondom_tui.ui.screens.timeline import TimelineScreen
from tests.ui.conftest import app_on, settle
from tests.ui.timeline_data import TODAY, store_with_plan, store_with_timeline


def timeline_app(store: Store, *, plan: bool = False):  # type: ignore[no-untyped-def]
    case = store_with_plan(store) if plan else store_with_timeline(store)

    async def open_timeline(pilot) -> None:  # type: ignore[no-untyped-def]
        await pilot.app.push_screen(TimelineScreen(case.id, today=TODAY))
        await settle(pilot)

    return app_on(store), open_timeline


def test_timeline_fitted_to_the_case(snap_compare, store: Store) -> None:
    app, run_before = timeline_app(store)
    assert snap_compare(
        app, run_before=run_before, press=["home", "right"], terminal_size=(120, 36)
    )


def test_timeline_zoomed_in_on_an_event(snap_compare, store: Store) -> None:
    app, run_before = timeline_app(store)
    press = ["end", "left", "left", "plus", "plus", "plus"]
    assert snap_compare(app, run_before=run_before, press=press, terminal_size=(120, 36))


@pytest.mark.parametrize("press", [["home", "right", "right", "right"], ["s"], ["l"]])
def test_timeline_at_80x24(snap_compare, store: Store, press: list[str]) -> None:
    app, run_before = timeline_app(store)
    assert snap_compare(app, run_before=run_before, press=press, terminal_size=(80, 24))


def test_what_came_before_at_80x24(snap_compare, store: Store) -> None:
    """`b` on Ruzie op het schoolplein: the six months before it, drawn and listed."""
    app, run_before = timeline_app(store)
    press = ["home", *["right"] * 8, "b"]
    assert snap_compare(app, run_before=run_before, press=press, terminal_size=(80, 24))


def test_timeline_with_a_planned_future(snap_compare, store: Store) -> None:
    app, run_before = timeline_app(store, plan=True)
    assert snap_compare(app, run_before=run_before, press=["end"], terminal_size=(120, 36))


@pytest.mark.parametrize("press", [["end"], ["end", "plus", "plus", "l"]])
def test_timeline_with_a_planned_future_at_80x24(
    snap_compare, store: Store, press: list[str]
) -> None:
    app, run_before = timeline_app(store, plan=True)
    assert snap_compare(app, run_before=run_before, press=press, terminal_size=(80, 24))
