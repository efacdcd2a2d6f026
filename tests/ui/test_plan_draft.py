"""Drafting a plan item from the Tijdlijn: `p` on a hindering event opens the plan form that
answers it, saves through the queue, and names the event as privacy mode allows (`P`)."""

from __future__ import annotations

from textual.widgets import Input, SelectionList, TextArea

from rondom_tui.domain.dates import PartialDate
from rondom_tui.domain.links import Link
from rondom_tui.domain.models import HINDERING, AuditAction
from rondom_tui.store.repository import Store
from rondom_tui.ui.modals.form import FormModal
from rondom_tui.ui.screens.timeline import TimelineScreen
from tests.conftest import SECRET_NAME
from tests.ui.conftest import app_on, settle
from tests.ui.test_timeline_screen import open_timeline
from tests.ui.timeline_data import (
    NAMED_EVENT,
    store_with_plan,
    store_with_timeline,
    timeline_case,
)

SIZE = (120, 40)


def hindering_event() -> str:
    _, events = timeline_case()
    return next(e.id for e in events if e.valence == HINDERING and e.keys)


async def test_p_on_a_hindering_event_drafts_a_plan_item_that_answers_it(store: Store) -> None:
    case = store_with_timeline(store)
    event = store.events.get(hindering_event())
    async with app_on(store).run_test(size=SIZE) as pilot:
        view = await open_timeline(pilot, case.id)
        view.select_event(event.id)
        await pilot.press("p")
        modal = pilot.app.screen
        assert isinstance(modal, FormModal)
        assert event.title in modal.title_text
        ticked = modal.query_one("#field-keys", SelectionList).selected
        assert sorted(ticked) == sorted(event.keys)  # it serves the keys the event bears on
        assert isinstance(pilot.app.focused, TextArea)  # the goal, first
        pilot.app.focused.insert("Weer met plezier naar school")
        modal.query_one("#field-by_whom", Input).value = "mentor"
        modal.query_one("#field-start", Input).value = "04-2026"
        modal.query_one("#field-until", Input).value = "02-2026"  # before the start
        await pilot.press("ctrl+s")
        assert pilot.app.screen is modal  # refused, the error beside the field
        modal.query_one("#field-until", Input).value = "07-2026"
        modal.query_one("#field-evaluate_on", Input).value = "15-06-2026"
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert isinstance(pilot.app.screen, TimelineScreen)
        drawn = "".join(view.render_line(y).text for y in range(view.size.height))
        assert "═" in drawn and "◇" in drawn  # on the line at once, as planned
    [item] = store.plans.for_case(case.id)
    assert (item.goal, item.by_whom, item.events) == (
        "Weer met plezier naar school",
        "mentor",
        (event.id,),
    )
    assert (item.start, item.until, item.evaluate_on) == (
        PartialDate(2026, 4),
        PartialDate(2026, 7),
        PartialDate(2026, 6, 15),
    )
    updates = [e.detail for e in store.audit.entries(case.id) if e.action is AuditAction.UPDATE]
    assert "plan+" in updates


async def test_the_draft_names_the_event_as_privacy_mode_allows(store: Store) -> None:
    case = store_with_timeline(store)
    async with app_on(store).run_test(size=SIZE) as pilot:
        view = await open_timeline(pilot, case.id)
        view.select_event(NAMED_EVENT)
        await pilot.press("p")
        assert SECRET_NAME in pilot.app.screen.title_text
        await pilot.press("escape")
        await pilot.press("P", "p")  # privacy on, then the draft again
        modal = pilot.app.screen
        assert isinstance(modal, FormModal) and SECRET_NAME not in modal.title_text
        await pilot.press("escape")
        await settle(pilot)
    assert store.plans.for_case(case.id) == []  # escaped: nothing saved


async def test_a_console_without_the_symbols_shows_the_plan_in_plain_characters(
    store: Store, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    case = store_with_plan(store)
    monkeypatch.setenv("TERM", "linux")
    async with app_on(store).run_test(size=SIZE) as pilot:
        view = await open_timeline(pilot, case.id)
        drawn = "".join(view.render_line(y).text for y in range(view.size.height))
        assert "◇" not in drawn and "═" not in drawn
        assert "E" in drawn and "====" in drawn


async def test_the_draft_also_answers_the_links_that_may_explain_the_event(store: Store) -> None:
    case = store_with_timeline(store)
    effect = store.events.get(hindering_event())
    cause = next(e for e in store.events.for_case(case.id) if e.start < effect.start)
    link = store.links.add(Link(case_id=case.id, causes=[cause.id], effect=effect.id))
    async with app_on(store).run_test(size=SIZE) as pilot:
        view = await open_timeline(pilot, case.id)
        view.select_event(effect.id)
        await pilot.press("p")
        modal = pilot.app.screen
        assert isinstance(modal, FormModal) and "(+ 1 verklaring)" in modal.title_text
        pilot.app.focused.insert("Rust")  # type: ignore[union-attr]
        await pilot.press("ctrl+s")
        await settle(pilot)
    [item] = store.plans.for_case(case.id)
    assert (item.events, item.links) == ((effect.id,), (link.id,))


async def test_p_on_a_link_in_the_analysis_panel_drafts_an_item_that_answers_it(
    store: Store,
) -> None:
    from rondom_tui.ui.screens.timeline_explaining import LINK_LIST
    from rondom_tui.ui.widgets.item_list import ItemList

    case = store_with_timeline(store)
    effect = store.events.get(hindering_event())
    cause = next(e for e in store.events.for_case(case.id) if e.start < effect.start)
    link = store.links.add(
        Link(case_id=case.id, causes=[cause.id], effect=effect.id, wording="geeft onrust")
    )
    async with app_on(store).run_test(size=SIZE) as pilot:
        await open_timeline(pilot, case.id)
        await pilot.press("s")  # the analysis panel, with the links
        links = pilot.app.screen.query_one(f"#{LINK_LIST}", ItemList)
        links.focus()
        links.highlighted = 0
        await pilot.pause()
        await pilot.press("p")
        modal = pilot.app.screen
        assert isinstance(modal, FormModal) and "geeft onrust" in modal.title_text
        pilot.app.focused.insert("Samen de onrust bespreken")  # type: ignore[union-attr]
        await pilot.press("ctrl+s")
        await settle(pilot)
    [item] = store.plans.for_case(case.id)
    assert (item.links, item.events) == ((link.id,), ())
