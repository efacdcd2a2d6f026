"""The summary: numbers per key, disagreement marked, the change since last time, the evidence
from the timeline per key, and actions that can be ticked done even after finishing."""

from __future__ import annotations

from textual.widgets import Input

from rondom_tui.domain.assessment import flow as flow
from rondom_tui.domain.dates import PartialDate
from rondom_tui.domain.models import Event
from rondom_tui.store.repository import Store
from rondom_tui.ui.modals.assessment_export import ExportModal
from rondom_tui.ui.modals.confirm import ConfirmModal
from rondom_tui.ui.modals.form import FormModal
from rondom_tui.ui.screens.assessment_meeting import MeetingScreen
from rondom_tui.ui.screens.assessment_summary import AssessmentSummaryScreen
from rondom_tui.ui.widgets.action_list import ActionList
from tests.conftest import SECRET_NAME
from tests.ui.assessment_store_data import fill
from tests.ui.conftest import app_on, settle, type_text
from tests.ui.screen_text import screen_text, static_text


async def _summary(pilot, assessment) -> AssessmentSummaryScreen:  # type: ignore[no-untyped-def]
    await settle(pilot)
    screen = AssessmentSummaryScreen(assessment)
    pilot.app.push_screen(screen)
    await settle(pilot)
    return screen


async def test_the_key_under_the_cursor_shows_answers_change_and_evidence(store: Store) -> None:
    case, _, current = fill(store)
    after = PartialDate(2026, 6, 1)  # after the meeting: no evidence for it
    store.events.add(Event(case_id=case.id, title="Xqlater", start=after, keys=[1], valence=1))
    async with app_on(store).run_test(size=(120, 50)) as pilot:
        screen = await _summary(pilot, current)
        detail = static_text(screen.query_one("#summary-key"))
        assert "1. Investeren in relaties  ! Verschil in beleving" in detail
        assert "gemiddeld 3,0 · laagst 2 · hoogst 4 · spreiding 2" in detail
        assert "sinds vorige: ▲ +0,7" in detail
        assert "4 grotendeels" in detail and "ouder · Xqmoeder" in detail
        assert "+ 03-11-2025  Gesprek ouders en school" in detail
        assert "− 20-01-2026  Overleg zonder ouders" in detail
        assert "Elke zes weken een driegesprek" in detail and "Xqlater" not in detail
        await pilot.press("down", "down")
        detail = static_text(screen.query_one("#summary-key"))
        assert detail.lstrip().startswith("3. Versterken van professionals")
        assert "? weet niet" in detail and "Scholing over samenwerken" in detail
        assert "Gesprek ouders" not in detail  # not tagged with key 3
        table = static_text(screen.query_one("#summary-table"))
        assert "spreiding  weet niet  open  !" in table  # two counts, not one "geen score"
        assert "5   3,3       1       5          4          0     0  !  ▲ +0,3" in table
        assert "3   3,0       3       3          0          1     0     = 0,0" in table


async def test_anonymous_summary_shows_the_spread_not_who(store: Store) -> None:
    _, _, current = fill(store)
    anonymous = flow.start_assessment(
        current.held_on, case_id=current.case_id, participants=[("Xqa", "ouder"), ("Xqb", "")],
        anonymous=True,
    )  # fmt: skip
    for person, score in zip(anonymous.participants, (2, 5), strict=True):
        anonymous = flow.set_score(anonymous, person.id, 1, score)
    async with app_on(store).run_test(size=(120, 50)) as pilot:
        screen = await _summary(pilot, anonymous)
        detail = static_text(screen.query_one("#summary-key"))
        assert "2 een beetje: 1" in detail and "5 helemaal: 1" in detail
        assert "Xqa" not in detail and "Xqb" not in detail and "ouder ·" not in detail


async def test_actions_are_ticked_done_after_finishing(store: Store) -> None:
    _, _, current = fill(store)
    final = store.assessments.save(flow.finalise(current))
    async with app_on(store).run_test(size=(120, 50)) as pilot:
        screen = await _summary(pilot, final)
        screen.query_one(ActionList).focus()
        # due 30-04-2026, a day long past: flagged until it is done
        assert "30-04-2026 ⚠ te laat" in static_text(screen.query_one(ActionList))
        assert "30-04-2026 ⚠ te laat" in static_text(screen.query_one("#summary-key"))
        await pilot.press("space")
        await settle(pilot)
        assert store.assessments.get(final.id).actions[0].done
        assert "✓ 1 · Elke zes weken" in static_text(screen.query_one(ActionList))
        assert "te laat" not in static_text(screen.query_one(ActionList))
        await pilot.press("a")  # a new action needs a draft
        assert pilot.app.screen is screen
        await pilot.press("delete")  # only a draft's actions can be removed
        assert isinstance(pilot.app.screen, ConfirmModal)
        await pilot.press("y")
        await settle(pilot)
        assert len(store.assessments.get(final.id).actions) == 1
        await pilot.press("x")  # export, as everywhere on this screen
        assert isinstance(pilot.app.screen, ExportModal)


async def test_enter_on_a_bar_opens_that_key_in_meeting_mode(store: Store) -> None:
    _, _, current = fill(store)
    async with app_on(store).run_test(size=(120, 50)) as pilot:
        await _summary(pilot, current)
        await pilot.press("down", "down", "down", "enter")
        assert isinstance(pilot.app.screen, MeetingScreen)
        assert pilot.app.screen.page.key == 4


async def test_actions_are_added_and_removed_on_a_draft(store: Store) -> None:
    _, _, current = fill(store)
    async with app_on(store).run_test(size=(120, 50)) as pilot:
        screen = await _summary(pilot, current)
        await pilot.press("down")  # key 2 under the cursor: a new action goes there
        screen.query_one(ActionList).focus()
        await pilot.press("a")
        await type_text(pilot, "Xqplan met het wijkteam")
        await pilot.press("ctrl+s")
        await settle(pilot)
        saved = store.assessments.get(current.id).actions
        assert [(a.key, a.text) for a in saved] == [
            (1, "Elke zes weken een driegesprek"),
            (2, "Xqplan met het wijkteam"),
        ]
        await pilot.press("delete", "y")  # the action just added is the highlighted one
        await settle(pilot)
        assert [a.text for a in store.assessments.get(current.id).actions] == [
            "Elke zes weken een driegesprek"
        ]


async def test_dont_know_and_not_answered_yet_show_apart_in_bars_and_table(store: Store) -> None:
    _, _, draft = fill(store, scored=False)
    people = [p.id for p in draft.participants]
    draft = flow.set_score(flow.set_score(draft, people[0], 1, 4), people[1], 1, None)
    async with app_on(store).run_test(size=(120, 50)) as pilot:
        screen = await _summary(pilot, draft)
        bars = static_text(screen.query_one("#summary-bars"))
        assert "weet niet 1, open 1" in bars and "open 3" in bars
        table = static_text(screen.query_one("#summary-table"))
        assert "1   4,0       4       4          0          1     1" in table
        assert "2     –       –       –          –          0     3" in table


async def test_editing_an_action_shows_it_without_the_childs_name(store: Store) -> None:
    case, _, current = fill(store)
    typed, owner = f"{SECRET_NAME} kiest zelf een school", f"moeder van {SECRET_NAME}"
    current = store.assessments.save(flow.add_action(current, 2, typed, owner=owner))
    async with app_on(store).run_test(size=(120, 50)) as pilot:
        app = pilot.app
        screen = await _summary(pilot, current)
        screen.query_one(ActionList).focus()
        await pilot.press("down", "enter")  # the second action
        assert isinstance(app.screen, FormModal)
        text, who = (
            app.screen.query_one("#field-text", Input),
            app.screen.query_one("#field-owner", Input),
        )
        assert (text.value, who.value) == (
            f"{case.code} kiest zelf een school",
            f"moeder van {case.code}",
        )
        assert SECRET_NAME not in app.export_screenshot()
        await pilot.press("ctrl+s")  # unchanged: kept as typed
        await settle(pilot)
        assert store.assessments.get(current.id).actions[1].text == typed
        await pilot.press("enter")
        app.screen.query_one("#field-owner", Input).value = "Xqmoeder"
        await pilot.press("ctrl+s")  # only the owner edited: the text stays as typed
        await settle(pilot)
        saved = store.assessments.get(current.id).actions[1]
        assert (saved.text, saved.owner) == (typed, "Xqmoeder")
        await pilot.press("delete")
        assert isinstance(app.screen, ConfirmModal)
        assert SECRET_NAME not in screen_text(app)
        assert f"{case.code} kiest zelf een school" in screen_text(app)
