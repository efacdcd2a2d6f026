"""Tiny apps that stand in for the lead's screens in the widget tests. All data is fictional."""

from __future__ import annotations

from datetime import date

from textual import on
from textual.app import App, ComposeResult
from textual.message import Message

from rondom_tui.domain.assessment import flow as flow
from rondom_tui.domain.assessment.stats import compare, summarise
from rondom_tui.domain.models import Assessment
from rondom_tui.ui.widgets.key_page import KeyPage
from rondom_tui.ui.widgets.score_bars import ScoreBars

CODE = "K-7F3A"


def fictional_meeting(*, anonymous: bool = False) -> Assessment:
    return flow.start_assessment(
        date(2026, 3, 14),
        case_id="case-fictional-3",
        participants=[("Xqmoeder", "ouder"), ("Xqjuf", "leerkracht"), ("Xqcoach", "jeugdhulp")],
        anonymous=anonymous,
    )


class MeetingApp(App[None]):
    """Stands in for the assessment screen: holds the draft and applies what the page posts."""

    def __init__(self, assessment: Assessment) -> None:
        super().__init__()
        self.assessment = assessment
        self.posted: list[Message] = []

    def compose(self) -> ComposeResult:
        yield KeyPage(self.assessment, CODE, id="page")

    def on_mount(self) -> None:
        self.query_one(KeyPage).focus()

    @on(KeyPage.ScoreEntered, "#page")
    def apply_score(self, message: KeyPage.ScoreEntered) -> None:
        self.posted.append(message)
        self.assessment = flow.set_score(
            self.assessment, message.participant_id, message.key, message.score
        )
        message.control.show(self.assessment)

    @on(KeyPage.ScoreCleared)
    def clear_score(self, message: KeyPage.ScoreCleared) -> None:
        self.posted.append(message)
        self.assessment = flow.clear_score(self.assessment, message.participant_id, message.key)
        message.control.show(self.assessment)

    @on(KeyPage.KeyChanged)
    @on(KeyPage.NoteRequested)
    @on(KeyPage.ActionRequested)
    def remember(self, message: Message) -> None:
        self.posted.append(message)


def scored_meeting(*, anonymous: bool = False) -> Assessment:
    """A meeting where everyone answered every key, with some disagreement."""
    a = fictional_meeting(anonymous=anonymous)
    pattern = {1: (4, 2, 3), 2: (5, 4, 4), 3: (3, None, 3), 4: (2, 2, 1), 5: (1, 4, 5),
               6: (3, 3, None), 7: (2, 3, 2)}  # fmt: skip
    for key, answers in pattern.items():
        for person, score in zip(a.participants, answers, strict=True):
            a = flow.set_score(a, person.id, key, score)
    return flow.set_note(a, 3, "Scholing over samenwerken staat gepland.")


def earlier_meeting() -> Assessment:
    """The same case half a year before: lower on key 1, higher on key 4."""
    a = fictional_meeting()
    for person in a.participants:
        a = flow.set_score(a, person.id, 1, 2)
        a = flow.set_score(a, person.id, 4, 3)
    a.held_on = date(2025, 9, 1)
    return a


class SummaryApp(App[None]):
    """Shows the summary bars of `scored_meeting`, compared with `earlier_meeting`."""

    def __init__(self, *, ascii: bool = False) -> None:
        super().__init__()
        self.ascii = ascii
        self.selected: list[int] = []

    def compose(self) -> ComposeResult:
        summary = summarise(scored_meeting())
        changes = compare(summary, summarise(earlier_meeting()))
        yield ScoreBars(summary, changes=changes, ascii=self.ascii, id="bars")

    def on_mount(self) -> None:
        self.query_one(ScoreBars).focus()

    @on(ScoreBars.KeySelected, "#bars")
    def remember(self, message: ScoreBars.KeySelected) -> None:
        self.selected.append(message.key)
