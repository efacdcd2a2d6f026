"""The words for the timeline's lanes, categories and valences, in the language asked for.

One place for them, so the picture, the filter header, the exports and the screen's detail
panel always name a thing the same way.
"""

from __future__ import annotations

from rondom_tui.domain.models import Category, Lane
from rondom_tui.domain.timeline.grid import VALENCE_PAINT
from rondom_tui.i18n.texts import translate


def lane_name(lane: Lane, *, lang: str) -> str:
    """``Bestaanszekerheid``."""
    return translate(lang, f"timeline.lane.{lane.value}")


def lane_short_name(lane: Lane, *, lang: str) -> str:
    """``Bestaansz.``: for the timeline's narrow left gutter."""
    return translate(lang, f"timeline.lane_short.{lane.value}")


def category_name(category: Category, *, lang: str) -> str:
    """``Aanmelding``."""
    return translate(lang, f"timeline.category.{category.value}")


def valence_name(valence: int, *, lang: str) -> str:
    """``bevorderend``, ``belemmerend`` or ``neutraal``."""
    return translate(lang, f"timeline.valence.{VALENCE_PAINT[valence].value}")
