"""The keys of a meeting page (`KeyPage`): a digit per score, turning pages and participants,
the note and actions, and scrolling a page that runs past the bottom of the screen."""

from __future__ import annotations

from textual.binding import Binding, BindingType

_SCORE_GROUP = Binding.Group("assessment.key.score", compact=True)

CHANGING_ACTIONS = frozenset({"score", "clear_score", "edit_note", "add_action"})
"""The page's actions that change the assessment: off while it is final."""

PAGE_KEYS: list[BindingType] = [
    *(
        Binding(
            str(value),
            f"score({value})",
            "assessment.key.score",
            group=_SCORE_GROUP,
            id=f"assessment.score.{value}",
        )
        for value in range(1, 6)
    ),
    Binding(
        "0,minus",
        "score(None)",
        "assessment.key.dont_know",
        key_display="0/-",
        id="assessment.score.dont_know",
    ),
    Binding(
        "backspace,delete",
        "clear_score",
        "assessment.key.clear",
        show=False,
        id="assessment.score.clear",
    ),
    Binding("right,n", "next_key", "assessment.key.next", id="assessment.key.next"),
    Binding("left,p", "previous_key", "assessment.key.previous", id="assessment.key.previous"),
    Binding(
        "down",
        "next_participant",
        "assessment.key.next_participant",
        show=False,
        id="assessment.key.next_participant",
    ),
    Binding(
        "up",
        "previous_participant",
        "assessment.key.previous_participant",
        show=False,
        id="assessment.key.previous_participant",
    ),
    Binding("e", "edit_note", "assessment.key.note", id="assessment.key.note"),
    Binding("a", "add_action", "assessment.key.action", id="assessment.key.action"),
    Binding("pageup", "page_up", "assessment.key.page_up", show=False, id="assessment.page.up"),
    Binding(
        "pagedown",
        "page_down",
        "assessment.key.page_down",
        show=False,
        id="assessment.page.down",
    ),
]
