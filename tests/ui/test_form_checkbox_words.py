"""A checkbox in a form shows all of its words at 80x24: a label longer than the line wraps
under itself instead of running off the screen (found by the meeting story in tmux: the setup
form's "Anoniem scoren: … niet door wie" was cut after "ni")."""

from __future__ import annotations

from datetime import date

from rondom_tui.i18n import t
from rondom_tui.store.repository import Store
from rondom_tui.ui.assessment_subject import case_subject
from rondom_tui.ui.screens.assessment_setup import AssessmentSetupScreen
from tests.conftest import secret_case
from tests.ui.conftest import app_on, settle
from tests.ui.screen_text import screen_text


async def test_the_anonymous_checkbox_wraps_its_words_at_80x24(store: Store) -> None:
    case = store.cases.add(secret_case())
    async with app_on(store).run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        screen = AssessmentSetupScreen(case_subject(store, case.id), today=date(2026, 3, 14))
        await pilot.app.push_screen(screen)
        await settle(pilot)
        box = screen.query_one("#field-anonymous")
        assert box.region.right <= 80 and box.region.height > 3  # on screen, over two lines
        words = " ".join(screen_text(pilot.app).replace("▊", " ").replace("▎", " ").split())
        assert " ".join(t("assessment.setup.anonymous").split()) in words.replace("▐ ▌ ", "")
