"""The key page of meeting mode, driven by the keyboard in a tiny app that plays the screen:
it applies every posted score with `assessment_flow` and shows the result again."""

from __future__ import annotations

import io

from rich.console import Console
from textual.app import App
from textual.widgets import Static

from rondom_tui.domain import assessment_flow as flow
from rondom_tui.domain.assessment_stats import summarise
from rondom_tui.ui.widgets.key_page import KeyPage
from tests.ui.assessment_apps import CODE, MeetingApp, fictional_meeting


def shown(app: App) -> str:
    """All text on the page, as a reader of the screen would see it."""
    console = Console(width=100, file=io.StringIO(), record=True, color_system=None)
    for static in app.query(Static):
        console.print(static.content)
    return console.export_text()


def scores(app: MeetingApp, key: int) -> list[int | str | None]:
    given = app.assessment.keys[key - 1].scores
    return [given.get(p.id, "-") for p in app.assessment.participants]


async def test_one_key_press_per_participant_scores_and_passes_the_turn():
    app = MeetingApp(fictional_meeting())
    async with app.run_test() as pilot:
        await pilot.press("4", "2", "0")
        assert scores(app, 1) == [4, 2, None]
        assert [m.score for m in app.posted] == [4, 2, None]
        text = shown(app)
        assert "4  grotendeels" in text and "2  een beetje" in text and "?  weet niet" in text
        assert "3 van 3 ingevuld" in text


async def test_minus_is_dont_know_too_and_the_last_participant_keeps_the_turn():
    app = MeetingApp(fictional_meeting())
    async with app.run_test() as pilot:
        await pilot.press("5", "5", "minus", "3")
        assert scores(app, 1) == [5, 5, 3]


async def test_arrows_and_n_p_turn_the_page_and_say_so():
    app = MeetingApp(fictional_meeting())
    async with app.run_test() as pilot:
        page = app.query_one(KeyPage)
        await pilot.press("n", "right")
        assert page.key == 3
        assert "Versterken van professionals" in shown(app)
        await pilot.press("p", "left", "left")
        assert page.key == 1
        await pilot.pause()
        assert [m.key for m in app.posted if isinstance(m, KeyPage.KeyChanged)] == [2, 3, 2, 1]


async def test_a_whole_meeting_by_keyboard_completes_every_key():
    app = MeetingApp(fictional_meeting())
    async with app.run_test() as pilot:
        for key in range(1, 8):
            await pilot.press(str(key % 5 + 1), "3", "0")
            if key < 7:
                await pilot.press("n")
        assert flow.completion(app.assessment).complete
        summary = summarise(app.assessment)
        assert summary.for_key(1).mean == 2.5
        assert summary.for_key(4).mean == 4.0  # 5 and 3; "weet niet" left out


async def test_up_and_down_choose_whose_turn_it_is_and_backspace_takes_back():
    app = MeetingApp(fictional_meeting())
    async with app.run_test() as pilot:
        await pilot.press("down", "down", "1", "up", "up", "5")
        assert scores(app, 1) == [5, "-", 1]
        await pilot.press("up", "backspace")
        assert scores(app, 1) == ["-", "-", 1]


async def test_note_and_action_are_asked_of_the_screen_for_the_current_key():
    app = MeetingApp(fictional_meeting())
    async with app.run_test() as pilot:
        await pilot.press("n", "e", "a")
        await pilot.pause()
        asked = [(type(m), m.key) for m in app.posted if not isinstance(m, KeyPage.KeyChanged)]
        assert asked == [(KeyPage.NoteRequested, 2), (KeyPage.ActionRequested, 2)]


async def test_a_final_assessment_takes_no_scores():
    first = fictional_meeting()
    final = flow.finalise(flow.set_score(first, first.participants[0].id, 1, 4))
    app = MeetingApp(final)
    async with app.run_test() as pilot:
        await pilot.press("2", "backspace", "e", "a")
        await pilot.pause()
        assert app.posted == []
        assert scores(app, 1) == [4, "-", "-"]
        assert "definitief" in shown(app)


async def test_the_page_shows_the_case_code_the_scale_and_the_key():
    app = MeetingApp(fictional_meeting())
    async with app.run_test(size=(80, 24)):
        text = shown(app)
        assert CODE in text
        assert "Investeren in relaties" in text
        for words in ("nog niet", "een beetje", "deels", "grotendeels", "helemaal", "weet niet"):
            assert words in text
        assert "Xqmoeder · ouder" in text


async def test_anonymous_page_shows_that_someone_answered_not_who_or_what():
    app = MeetingApp(fictional_meeting(anonymous=True))
    async with app.run_test() as pilot:
        await pilot.press("1", "5")
        text = shown(app)
        assert "Xq" not in text
        assert "deelnemer 1" in text and "✓" in text
        assert "grotendeels" not in text.split("weet niet", 1)[1]
        assert "helemaal" not in text.split("weet niet", 1)[1]
        assert scores(app, 1) == [1, 5, "-"]


def test_binding_descriptions_are_message_ids_the_app_can_translate():
    from rondom_tui.i18n import catalog
    from rondom_tui.ui.widgets.score_bars import ScoreBars

    for widget in (KeyPage, ScoreBars):
        for binding in widget.BINDINGS:
            assert binding.description in catalog(), binding.description
            if binding.group is not None:
                assert binding.group.description in catalog()
