"""The key page of meeting mode, driven by the keyboard in a tiny app that plays the screen:
it applies every posted score with `assessment_flow` and shows the result again."""

from __future__ import annotations

import io
from datetime import date

import pytest
from rich.color import Color as RichColor
from rich.console import Console
from rich.segment import Segment
from textual.app import App
from textual.widgets import Static

from rondom_tui.domain.assessment import flow as flow
from rondom_tui.domain.assessment.stats import summarise
from rondom_tui.ui.widgets.key_page import KeyPage
from tests.ui.assessment_apps import CODE, MeetingApp, fictional_meeting
from tests.ui.screen_text import screen_text


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


def _bound_keys(app: App) -> set[str]:
    """The keys the Footer and the help offer now (those `check_action` allows)."""
    return set(app.screen.active_bindings)


async def test_a_final_assessment_takes_no_scores_says_so_and_offers_no_such_keys():
    first = fictional_meeting()
    final = flow.finalise(flow.set_score(first, first.participants[0].id, 1, 4))
    app = MeetingApp(final)
    async with app.run_test() as pilot:
        await pilot.press("2", "backspace", "e", "a")
        await pilot.pause()
        assert app.posted == []
        assert scores(app, 1) == [4, "-", "-"]
        notice = "● Definitief: alleen te lezen. Heropenen: s (overzicht), dan r."
        assert notice in screen_text(app)
        keys = _bound_keys(app)
        assert not keys & {"1", "5", "0", "minus", "backspace", "e", "a"}
        assert {"n", "p", "right", "left"} <= keys  # turning the page still works
        page = app.query_one(KeyPage)
        page.show(flow.reopen(final))
        await pilot.pause()
        assert {"1", "5", "0", "e", "a"} <= _bound_keys(app)
        assert "Definitief" not in screen_text(app)


async def test_a_draft_offers_the_scoring_keys_and_no_read_only_notice():
    app = MeetingApp(fictional_meeting())
    async with app.run_test():
        assert {"1", "5", "0", "e", "a"} <= _bound_keys(app)
        assert "Definitief" not in screen_text(app)


async def test_the_keys_actions_are_listed_under_the_note_done_open_and_overdue():
    a = flow.set_note(fictional_meeting(), 1, "Xqnotitie")
    a = flow.add_action(a, 1, "Xqbellen", owner="leerkracht", due=date(2099, 4, 30))
    a = flow.add_action(a, 1, "Xqmailen")
    a = flow.add_action(a, 1, "Xqlaat", due=date(2020, 1, 31))
    a = flow.add_action(a, 2, "Xqelders")
    a = flow.set_action_done(a, a.actions[1].id)
    app = MeetingApp(a)
    async with app.run_test(size=(80, 30)) as pilot:
        text = shown(app)
        assert (
            "Actiepunten:\n  ○ Xqbellen · leerkracht · 30-04-2099\n  ✓ Xqmailen\n"
            "  ○ Xqlaat · 31-01-2020 ⚠ te laat\n"
        ) in text
        assert text.index("Xqnotitie") < text.index("Xqbellen")
        assert "Xqelders" not in text
        await pilot.press("n")
        text = shown(app)
        assert "○ Xqelders" in text and "Xqbellen" not in text
        assert text.index("Xqelders") < text.index("K-7F3A  ·  sleutel 2 van 7")


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


def _luminance(color: RichColor) -> float:
    """WCAG relative luminance of a colour as the terminal gets it."""

    def channel(value: int) -> float:
        c = value / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = color.get_truecolor()
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)


def _contrast(one: RichColor | None, other: RichColor | None) -> float:
    assert one is not None and other is not None
    light, dark = sorted((_luminance(one), _luminance(other)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def _title_band(app: App, title: str) -> tuple[int, list[Segment]]:
    """The screen row holding `title`, and that row's segments."""
    for y, strip in enumerate(app.screen._compositor.render_strips()):
        if title in strip.text:
            return y, list(strip)
    raise AssertionError(f"{title!r} is not on the screen")


@pytest.mark.parametrize("no_color", [False, True])
async def test_the_key_title_is_a_bold_padded_high_contrast_band(monkeypatch, no_color):
    if no_color:
        monkeypatch.setenv("NO_COLOR", "1")  # the app turns every colour into grey
    app = MeetingApp(fictional_meeting())
    async with app.run_test(size=(80, 24)):
        _, segments = _title_band(app, "Investeren in relaties")
        [words] = [s for s in segments if "Investeren in relaties" in s.text]
        assert words.style is not None and words.style.bold
        assert _contrast(words.style.color, words.style.bgcolor) >= 7  # WCAG AAA
        page = segments[0].style  # the page's left padding
        assert page is not None
        assert _contrast(words.style.bgcolor, page.bgcolor) >= 7  # a band, not just bold text
        band = [s for s in segments if s.style and s.style.bgcolor == words.style.bgcolor]
        assert sum(len(s.text) for s in band) >= 60  # across the page, not behind a word
        if no_color:
            assert len(set(words.style.bgcolor.get_truecolor())) == 1  # grey: no colour left


async def test_the_title_band_fits_80x24_and_grows_on_a_tall_screen():
    app = MeetingApp(fictional_meeting())
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("n", "n", "n", "n", "n")  # key 6 has the longest title
        _title_band(app, "Ontschotting van onderwijs en jeugdhulp")  # whole, on one row
        assert app.query_one("#kp-title").region.height == 1
    app = MeetingApp(fictional_meeting())
    async with app.run_test(size=(120, 36)) as pilot:
        await pilot.pause()
        title = app.query_one("#kp-title")
        assert title.region.height == 3  # a line of band above and below the words
        y, _ = _title_band(app, "Investeren in relaties")
        assert title.region.y == y - 1
