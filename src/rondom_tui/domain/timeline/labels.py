"""The words for the timeline's lanes, categories and valences, in the current language.

One place for them, so the picture, the filter header, the exports and the screen's detail
panel always name a thing the same way.
"""

from __future__ import annotations

from rondom_tui.domain.models import Category, Lane
from rondom_tui.domain.timeline.grid import VALENCE_PAINT
from rondom_tui.i18n import t


def lane_name(lane: Lane) -> str:
    """``Bestaanszekerheid``."""
    return t(f"timeline.lane.{lane.value}")


def lane_short_name(lane: Lane) -> str:
    """``Bestaansz.``: for the timeline's narrow left gutter."""
    return t(f"timeline.lane_short.{lane.value}")


def category_name(category: Category) -> str:
    """``Aanmelding``."""
    return t(f"timeline.category.{category.value}")


def valence_name(valence: int) -> str:
    """``bevorderend``, ``belemmerend`` or ``neutraal``."""
    return t(f"timeline.valence.{VALENCE_PAINT[valence].value}")
