"""Snapshots of the Tijdlijn screen: the child's life with the titles on the line at 120x36,
zoomed in on a selected event, and at 80x24 with the details, the analysis and the legend;
with a plan, its periods and evaluations in the future part of the line (120x36 and 80x24).
Fixed fictional data and a fixed today.

Update after a deliberate change of the look with ``pytest --snapshot-update`` and look at
the new SVGs before committing them.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from rondom_tui.domain.links import Link, ViewHolder
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


def linked_timeline_app(store: Store):  # type: ignore[no-untyped-def]
    """The same case with two "may explain" links: the debts and the unrest in class may
    explain the fight (the parents' view), the fight may explain the talk with the parents
    (disputed)."""
    app, run_before = timeline_app(store)
    (case,) = store.cases.list()
    first = Link(
        case_id=case.id,
        causes=["event-06", "event-07"],
        effect="event-08",
        wording="geldzorgen en onrust",
        holder=ViewHolder.PARENTS,
        created_at=datetime(2026, 1, 5, tzinfo=UTC),
    )
    second = Link(
        case_id=case.id,
        causes=["event-08"],
        effect="event-09",
        disputed=True,
        created_at=datetime(2026, 1, 6, tzinfo=UTC),
    )
    store.links.add(first)
    store.links.add(second)
    return app, run_before


def test_timeline_with_links_at_120x36(snap_compare, store: Store) -> None:
    app, run_before = linked_timeline_app(store)
    press = ["home", *["right"] * 8]
    assert snap_compare(app, run_before=run_before, press=press, terminal_size=(120, 36))


@pytest.mark.parametrize("press", [["s", "tab", "tab"], ["l"]])
def test_timeline_with_links_at_80x24(snap_compare, store: Store, press: list[str]) -> None:
    app, run_before = linked_timeline_app(store)
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


def test_the_link_form_at_80x24(snap_compare, store: Store) -> None:
    """`k` on Ruzie op het schoolplein: the direction, the events to tick, the words."""
    app, run_before = timeline_app(store)
    press = ["home", *["right"] * 8, "k", "tab", "down", "space"]
    assert snap_compare(app, run_before=run_before, press=press, terminal_size=(80, 24))
