"""Form fields as the user sees them: a ticked choice shows ✓, not only another colour, in
every list of choices (the event's keys, the timeline filter, a case goal's keys)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import pytest
from textual.app import App, ComposeResult

from rondom_tui.domain.dates import PartialDate
from rondom_tui.domain.keys import SEVEN_KEYS
from rondom_tui.domain.models import Event, Lane
from rondom_tui.i18n import set_language
from rondom_tui.ui.modals.assessment_parts import ACTION_FIELDS
from rondom_tui.ui.modals.case_parts import GOAL_FIELDS
from rondom_tui.ui.modals.event_form import event_fields, event_values
from rondom_tui.ui.modals.timeline_filter import filter_fields
from rondom_tui.ui.widgets.form_fields import (
    FieldSpec,
    FormFields,
    MarkedSelectionList,
    seven_key_choices,
)
from tests.ui.screen_text import screen_text, static_text

TICK = MarkedSelectionList.TICK


@pytest.fixture(autouse=True)
def _dutch() -> Iterator[None]:
    set_language("nl")
    yield
    set_language("nl")


class FormApp(App[None]):
    def __init__(self, specs: list[FieldSpec], values: dict[str, Any]) -> None:
        super().__init__()
        self.specs, self.values = specs, values

    def compose(self) -> ComposeResult:
        yield FormFields(self.specs, self.values)


OPTION = re.compile(r"▐(.)▌ (.*?)\s*▎?$")
"""An option line as painted: the button (`▐✓▌` or `▐ ▌`), a space, the option's text."""


def ticked_lines(app: FormApp, name: str) -> dict[str, bool]:
    """Each option of a list of choices as painted, and whether its button shows the tick."""
    widget = app.query_one(f"#field-{name}", MarkedSelectionList)
    options = [OPTION.search(line) for line in static_text(widget).splitlines()]
    return {found[2]: found[1] == TICK for found in options if found is not None}


async def test_the_event_forms_keys_show_a_tick_where_chosen() -> None:
    event = Event(lane=Lane.SCHOOL, title="Overleg", start=PartialDate(2024, 3), keys=[2, 7])
    app = FormApp(event_fields(), event_values(event))
    async with app.run_test(size=(90, 60)) as pilot:
        await pilot.pause()
        lines = ticked_lines(app, "keys")
        assert len(lines) == 7
        assert [text[0] for text, ticked in lines.items() if ticked] == ["2", "7"]
        keys = app.query_one("#field-keys", MarkedSelectionList)
        keys.focus()
        keys.highlighted = 0
        await pilot.press("space")
        await pilot.pause()
        assert [text[0] for text, ticked in ticked_lines(app, "keys").items() if ticked] == [
            "1",
            "2",
            "7",
        ]
        assert sorted(keys.selected) == [1, 2, 7]


async def test_every_filter_list_and_a_goals_keys_show_their_ticks() -> None:
    chosen = {"lanes": ["school"], "valences": [-1], "keys": [3], "categories": []}
    app = FormApp(filter_fields(), chosen)
    async with app.run_test(size=(90, 80)) as pilot:
        await pilot.pause()
        assert [t for t, on in ticked_lines(app, "lanes").items() if on] == ["School"]
        assert [t for t, on in ticked_lines(app, "valences").items() if on] == ["- belemmerend"]
        assert [t[0] for t, on in ticked_lines(app, "keys").items() if on] == ["3"]
        assert not any(ticked_lines(app, "categories").values())
    goal = FormApp(GOAL_FIELDS, {"text": "Samen plannen", "keys": [5]})
    async with goal.run_test(size=(90, 40)) as pilot:
        await pilot.pause()
        assert [t[0] for t, on in ticked_lines(goal, "keys").items() if on] == ["5"]


@pytest.mark.parametrize("lang", ["nl", "en"])
async def test_every_form_offers_the_seven_keys_in_the_same_words(lang: str) -> None:
    set_language(lang)
    words = [f"{key.number}  {key.title(lang)}" for key in SEVEN_KEYS]
    assert [text for text, _ in seven_key_choices()] == words
    for specs in (GOAL_FIELDS, event_fields(), filter_fields()):
        app = FormApp(specs, {"keys": [4]})
        async with app.run_test(size=(90, 80)) as pilot:
            await pilot.pause()
            assert list(ticked_lines(app, "keys")) == words
    action = FormApp(ACTION_FIELDS, {"key": 4})
    async with action.run_test(size=(90, 40)) as pilot:
        await pilot.pause()
        assert words[3] in screen_text(action)  # the chosen key, shown in its Select
