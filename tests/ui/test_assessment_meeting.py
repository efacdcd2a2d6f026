"""A seven-keys meeting by keyboard: from the case list through setup, scoring, a note and an
action, to the summary, finishing (read-only) and reopening. Most keys are scored through the
domain between two visits, so the test presses keys for one whole key page only."""

from __future__ import annotations

from datetime import date

from textual.widgets import Input, TextArea

from rondom_tui.domain.assessment import flow as flow
from rondom_tui.domain.assessment.flow import completion
from rondom_tui.domain.models import AssessmentStatus, AuditAction, Party
from rondom_tui.store.repository import Store
from rondom_tui.ui.commands import ScreenActions
from rondom_tui.ui.modals.confirm import ConfirmModal
from rondom_tui.ui.modals.form import FormModal
from rondom_tui.ui.screens.assessment_list import AssessmentListScreen
from rondom_tui.ui.screens.assessment_meeting import MeetingScreen
from rondom_tui.ui.screens.assessment_setup import AssessmentSetupScreen
from rondom_tui.ui.screens.assessment_summary import AssessmentSummaryScreen
from rondom_tui.ui.screens.case_view import CaseScreen
from rondom_tui.ui.screens.help import HelpScreen
from rondom_tui.ui.widgets.item_list import ItemList
from tests.conftest import SECRET_FAMILY, SECRET_NAME, secret_case
from tests.ui.assessment_store_data import CURRENT_SCORES, current, score_all
from tests.ui.conftest import app_on, settle, type_text
from tests.ui.screen_text import screen_text, static_text


async def _add_participant(pilot, label: str, role: str) -> None:  # type: ignore[no-untyped-def]
    await pilot.press("a")
    assert isinstance(pilot.app.screen, FormModal)
    assert pilot.app.focused.id == "field-role"
    await type_text(pilot, role)
    await pilot.press("tab")
    await type_text(pilot, label)
    await pilot.press("ctrl+s")


async def test_a_whole_meeting_by_keyboard(store: Store) -> None:
    case = store.cases.add(secret_case(code="K-7F3A"))
    async with app_on(store).run_test(size=(100, 40)) as pilot:
        app = pilot.app
        await pilot.press("s")
        await settle(pilot)
        assert isinstance(app.screen, AssessmentListScreen)
        await pilot.press("n")
        assert isinstance(app.screen, AssessmentSetupScreen)
        assert app.focused is app.screen.query_one("#field-held_on", Input)
        app.screen.query_one("#field-held_on", Input).value = "14-03-2026"
        await pilot.press("tab")
        await type_text(pilot, "Xqleider")
        people = app.screen.query_one("#setup-participants", ItemList)
        assert people.option_count == 1  # the party's role: "ouder", without the name
        people.focus()
        await _add_participant(pilot, "Xqjuf", "leerkracht")
        await _add_participant(pilot, "", "jeugdhulpverlener")
        await pilot.press("ctrl+s")
        await settle(pilot)

        # meeting mode: one key press per participant
        assert isinstance(app.screen, MeetingScreen)
        [draft] = store.assessments.for_case(case.id)
        assert (draft.held_on, draft.facilitator) == (date(2026, 3, 14), "Xqleider")
        assert [(p.label, p.role) for p in draft.participants] == [
            ("", "ouder"), ("Xqjuf", "leerkracht"), ("", "jeugdhulpverlener")
        ]  # fmt: skip
        await pilot.press("4", "2", "0")
        await pilot.press("e")
        assert isinstance(app.focused, TextArea)
        app.focused.insert("Xqnotitie over het vertrouwen")
        await pilot.press("ctrl+s")
        await pilot.press("a")
        await type_text(pilot, "Xqactie: elke zes weken samen")
        await pilot.press("tab")
        await type_text(pilot, "leerkracht")
        await pilot.press("ctrl+s")
        await settle(pilot)
        saved = store.assessments.get(draft.id)
        ids = [p.id for p in saved.participants]
        assert saved.keys[0].scores == {ids[0]: 4, ids[1]: 2, ids[2]: None}
        assert saved.keys[0].note == "Xqnotitie over het vertrouwen"
        assert [(a.key, a.text, a.owner) for a in saved.actions] == [
            (1, "Xqactie: elke zes weken samen", "leerkracht")
        ]
        assert "3 van 3 ingevuld" in screen_text(app)

        # the meeting is interrupted; the rest of the keys is scored later
        await pilot.press("escape")
        await settle(pilot)
        later = {k: v for k, v in CURRENT_SCORES.items() if k > 1}
        store.assessments.save(score_all(saved, later))
        app.screen.reload()
        await settle(pilot)
        await pilot.press("enter")  # a draft opens in meeting mode
        assert isinstance(app.screen, MeetingScreen)
        assert completion(app.screen.assessment).complete

        # the summary, then finishing: read-only
        await pilot.press("s")
        assert isinstance(app.screen, AssessmentSummaryScreen)
        text = screen_text(app)
        assert "21/21 ingevuld" in text and "Sterkst: 2. Kind centraal" in text
        await pilot.press("f")
        assert isinstance(app.screen, ConfirmModal)
        await pilot.press("y")
        await settle(pilot)
        assert store.assessments.get(draft.id).status is AssessmentStatus.FINAL
        await pilot.press("m")
        assert isinstance(app.screen, MeetingScreen)
        await pilot.press("1", "e")
        await settle(pilot)
        assert isinstance(app.screen, MeetingScreen)  # no note dialog on a final assessment
        assert store.assessments.get(draft.id).keys[0].scores[ids[0]] == 4
        assert "definitief" in screen_text(app)

        # reopening, after a question
        await pilot.press("s", "r")
        assert isinstance(app.screen, ConfirmModal)
        await pilot.press("n")
        assert app.screen.assessment.status is AssessmentStatus.FINAL
        await pilot.press("r", "y")
        await settle(pilot)
        assert store.assessments.get(draft.id).status is AssessmentStatus.DRAFT
    creates = [e for e in store.audit.entries(case.id) if e.detail == "assessment"]
    assert {e.action for e in creates} == {AuditAction.CREATE, AuditAction.UPDATE}


async def test_the_case_screen_and_shift_s_open_the_lists(store: Store) -> None:
    store.cases.add(secret_case())
    async with app_on(store).run_test(size=(100, 40)) as pilot:
        await pilot.press("enter")
        assert isinstance(pilot.app.screen, CaseScreen)
        await pilot.press("s")
        await settle(pilot)
        assert isinstance(pilot.app.screen, AssessmentListScreen)
        assert pilot.app.screen.case_id is not None
        await pilot.press("escape", "escape", "S")
        await settle(pilot)
        assert isinstance(pilot.app.screen, AssessmentListScreen)
        assert pilot.app.screen.case_id is None


async def test_a_team_assessment_needs_a_label_and_shows_it(store: Store) -> None:
    async with app_on(store).run_test(size=(100, 40)) as pilot:
        await pilot.press("S")
        await settle(pilot)
        await pilot.press("n")
        assert pilot.app.focused.id == "field-label"
        pilot.app.screen.query_one(ItemList).focus()
        await _add_participant(pilot, "", "directeur")
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert isinstance(pilot.app.screen, AssessmentSetupScreen)  # no label yet
        assert "verplicht" in static_text(pilot.app.screen.query_one("#error-label"))
        pilot.app.screen.query_one("#field-label", Input).value = "Zorgteam Xqschool"
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert isinstance(pilot.app.screen, MeetingScreen)
        assert "Zorgteam Xqschool" in screen_text(pilot.app)
    [team] = store.assessments.list()
    assert team.case_id is None and team.label == "Zorgteam Xqschool"


async def test_setup_asks_for_participants(store: Store) -> None:
    store.cases.add(secret_case(parties=[]))
    async with app_on(store).run_test(size=(100, 40)) as pilot:
        await pilot.press("s")
        await settle(pilot)
        await pilot.press("n", "ctrl+s")
        await settle(pilot)
        assert isinstance(pilot.app.screen, AssessmentSetupScreen)
        assert "deelnemer" in static_text(pilot.app.screen.query_one("#error-participants"))
    assert store.assessments.list() == []


async def test_the_meeting_screen_never_shows_the_childs_name(store: Store) -> None:
    case = store.cases.add(
        secret_case(code="K-7F3A", parties=[Party(role="ouder", name=f"moeder {SECRET_NAME}")])
    )
    async with app_on(store).run_test(size=(100, 40)) as pilot:
        app = pilot.app
        await pilot.press("s")
        await settle(pilot)
        await pilot.press("n")
        app.screen.query_one(ItemList).focus()
        await _add_participant(pilot, f"moeder van {SECRET_NAME}", "ouder")
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert isinstance(app.screen, MeetingScreen)
        await pilot.press("e")
        app.focused.insert(f"{SECRET_NAME} {SECRET_FAMILY} wil graag meedoen")
        await pilot.press("ctrl+s")
        await settle(pilot)
        shown = app.export_screenshot()  # an SVG, in memory
        assert "K-7F3A" in shown
        assert SECRET_NAME not in shown and SECRET_FAMILY not in shown
        text = screen_text(app)
        assert "moeder van K-7F3A" in text and "Notitie: K-7F3A wil graag meedoen" in text
        assert SECRET_NAME not in text and SECRET_FAMILY not in text
        await pilot.press("s")  # the summary is shown in the meeting too
        assert SECRET_NAME not in app.export_screenshot() + screen_text(app)
    [draft] = store.assessments.for_case(case.id)
    assert SECRET_NAME in draft.keys[0].note  # stored as typed: only the screen hides it


async def test_help_and_palette_list_the_meeting_keys(store: Store) -> None:
    case = store.cases.add(secret_case())
    draft = store.assessments.save(current(case))
    keys = ("Score", "Weet niet", "Volgende", "Vorige", "Notitie", "Actiepunt", "Overzicht")
    async with app_on(store).run_test(size=(100, 40)) as pilot:
        await settle(pilot)
        pilot.app.push_screen(MeetingScreen(draft))
        await settle(pilot)
        palette = [name for name, _, _ in ScreenActions(pilot.app.screen)._commands()]
        assert [words for words in keys if words not in palette] == []
        await pilot.press("question_mark")
        assert isinstance(pilot.app.screen, HelpScreen)
        text = static_text(pilot.app.screen.query_one("#help-keys"))
        assert [words for words in keys if words not in text] == []


async def test_someone_joining_late_is_added_in_meeting_mode(store: Store) -> None:
    case = store.cases.add(secret_case())
    store.assessments.save(current(case, scored=False))
    async with app_on(store).run_test(size=(100, 40)) as pilot:
        await pilot.press("s")
        await settle(pilot)
        await pilot.press("enter")  # the draft opens in meeting mode
        assert isinstance(pilot.app.screen, MeetingScreen)
        await pilot.press("plus")
        assert isinstance(pilot.app.screen, FormModal)
        await type_text(pilot, "schoolmaatschappelijk werker")
        await pilot.press("tab")
        await type_text(pilot, "Xqlaat")
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert isinstance(pilot.app.screen, MeetingScreen)
        assert "Xqlaat" in screen_text(pilot.app)
    [draft] = store.assessments.for_case(case.id)
    assert [p.label for p in draft.participants][-1] == "Xqlaat"
    assert len(draft.participants) == 4


async def test_the_note_editor_opens_without_the_childs_name(store: Store) -> None:
    case = store.cases.add(secret_case(code="K-7F3A"))
    typed = f"{SECRET_NAME} {SECRET_FAMILY} voelt zich gehoord."
    draft = store.assessments.save(flow.set_note(current(case), 1, typed))
    async with app_on(store).run_test(size=(100, 40)) as pilot:
        app = pilot.app
        await settle(pilot)
        app.push_screen(MeetingScreen(draft))
        await settle(pilot)
        await pilot.press("e")
        editor = app.focused
        assert isinstance(editor, TextArea)
        assert editor.text == "K-7F3A voelt zich gehoord."
        shown = app.export_screenshot() + screen_text(app)
        assert SECRET_NAME not in shown and SECRET_FAMILY not in shown
        await pilot.press("ctrl+s")  # saved unchanged: the note stays as typed
        await settle(pilot)
        assert store.assessments.get(draft.id).keys[0].note == typed
        await pilot.press("e")
        editor = app.focused
        assert isinstance(editor, TextArea)
        editor.move_cursor(editor.document.end)
        editor.insert(" Ook op school.")
        await pilot.press("ctrl+s")  # edited: stored as edited, the code where the name was
        await settle(pilot)
        assert isinstance(app.screen, MeetingScreen)
    saved = store.assessments.get(draft.id).keys[0].note
    assert saved == "K-7F3A voelt zich gehoord. Ook op school."


async def test_an_action_added_in_meeting_mode_shows_on_the_page_with_a_notice(
    store: Store,
) -> None:
    case = store.cases.add(secret_case(code="K-7F3A"))
    draft = store.assessments.save(current(case, scored=False))
    async with app_on(store).run_test(size=(100, 40), notifications=True) as pilot:
        app = pilot.app
        await settle(pilot)
        app.push_screen(MeetingScreen(draft))
        await settle(pilot)
        await pilot.press("n", "a")  # on key 2, which has no actions yet
        await type_text(pilot, f"Xqhuisbezoek bij {SECRET_NAME}")
        await pilot.press("tab")
        await type_text(pilot, "jeugdhulpverlener")
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert isinstance(app.screen, MeetingScreen)
        text = screen_text(app)
        assert "Actiepunten:" in text
        assert "○ Xqhuisbezoek bij K-7F3A · jeugdhulpverlener" in text
        await pilot.pause()
        assert "Actiepunt toegevoegd bij sleutel 2." in screen_text(app)  # a toast
        assert SECRET_NAME not in text + app.export_screenshot()
    [_, added] = store.assessments.get(draft.id).actions
    assert (added.key, added.text) == (2, f"Xqhuisbezoek bij {SECRET_NAME}")


async def test_a_final_assessment_in_meeting_mode_offers_no_changing_keys(store: Store) -> None:
    case = store.cases.add(secret_case())
    final = store.assessments.save(flow.finalise(current(case)))
    async with app_on(store).run_test(size=(120, 40)) as pilot:
        app = pilot.app
        await settle(pilot)
        app.push_screen(MeetingScreen(final))
        await settle(pilot)
        text = screen_text(app)
        footer = "\n".join(text.splitlines()[-2:])  # the Footer and the key line above it
        for gone in ("Score", "Weet niet", "Notitie", "Actiepunt", "deelnemer erbij"):
            assert gone not in footer
        assert "Volgende" in footer and "Overzicht" in footer
        assert "Definitief: alleen te lezen. Heropenen: s (overzicht), dan r." in text
        await pilot.press("1", "e", "a", "plus")
        await settle(pilot)
        assert app.screen.__class__ is MeetingScreen  # no dialog opened
        await pilot.press("s", "r", "y")
        await settle(pilot)
        await pilot.press("m")
        await settle(pilot)
        footer = "\n".join(screen_text(app).splitlines()[-2:])
        assert "Score" in footer and "Notitie" in footer and "deelnemer erbij" in footer
    saved = store.assessments.get(final.id)  # reopened, nothing else changed
    assert saved.status is AssessmentStatus.DRAFT
    assert (saved.keys, saved.participants, saved.actions) == (
        final.keys, final.participants, final.actions
    )  # fmt: skip
