"""When an action (actiepunt) is overdue, and how that is said.

One rule for the case screen, the summary, meeting mode and the exports, so they never disagree:
an action is overdue when it is not done and its due date lies before `today`. Due today is not
overdue yet (the day is not over); an action without a due date never is. `today` is an
argument, so the rule is pure and tests never depend on the clock.
"""

from __future__ import annotations

from datetime import date

from rondom_tui.domain.models import Action
from rondom_tui.i18n.texts import translate

OVERDUE_GLYPH = "⚠"
"""The mark in front of the word, where the terminal or file can show it."""
OVERDUE_GLYPH_PLAIN = "!"
"""The mark on a console whose font lacks ⚠ (the Linux console) and in ASCII exports."""


def is_overdue(action: Action, today: date) -> bool:
    """True when `action` is not done and its due date has passed by `today`."""
    return not action.done and action.due is not None and action.due < today


def overdue_mark(*, lang: str, plain: bool = False) -> str:
    """``⚠ te laat`` (``! te laat`` when `plain`): a mark and a word, so it reads without
    colour and without the glyph."""
    glyph = OVERDUE_GLYPH_PLAIN if plain else OVERDUE_GLYPH
    return f"{glyph} {translate(lang, 'assessment.action.overdue')}"


__all__ = ["OVERDUE_GLYPH", "OVERDUE_GLYPH_PLAIN", "is_overdue", "overdue_mark"]
