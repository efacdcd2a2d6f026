"""The summary bars: what they show, and choosing a key by keyboard."""

from __future__ import annotations

from rondom_tui.ui.widgets.score_bars import ScoreBars
from tests.ui.assessment_apps import SummaryApp


def _lines(app: SummaryApp) -> list[str]:
    return app.query_one(ScoreBars).render().plain.splitlines()


async def test_bars_flag_disagreement_and_show_the_change():
    app = SummaryApp()
    async with app.run_test(size=(80, 24)):
        lines = _lines(app)
        key1 = next(line for line in lines if line[1:].startswith("1 "))
        key6 = next(line for line in lines if line[1:].startswith("6 "))
        assert "█" in key1 and "3,0" in key1 and "2–4" in key1 and " ! " in key1
        assert "▲ +1,0" in key1
        assert " ! " not in key6 and "·" in key6  # no earlier score on key 6
        assert any("├" in line and "┤" in line for line in lines)
        assert any(line.startswith("Sterkst: 2. Kind centraal") for line in lines)
        assert any(line.startswith("Zwakst: 4. Ruimte voor samenwerking") for line in lines)
        assert all(len(line) <= 78 for line in lines[:-3])


async def test_ascii_bars_use_no_block_glyphs():
    app = SummaryApp(ascii=True)
    async with app.run_test(size=(80, 24)):
        drawn = "\n".join(_lines(app)[:-3])
        assert "#" in drawn and "[" in drawn and "^ +1,0" in drawn
        assert not any(ch in drawn for ch in "█├┤│▲▼▶")


async def test_up_down_and_enter_choose_a_key():
    app = SummaryApp()
    async with app.run_test() as pilot:
        await pilot.press("down", "down", "enter", "up", "enter", "up", "up", "enter")
        await pilot.pause()
        assert app.selected == [3, 2, 1]
        assert app.query_one(ScoreBars).cursor == 1
