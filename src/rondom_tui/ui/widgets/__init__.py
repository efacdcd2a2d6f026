"""Widgets: they present and post Messages; screens orchestrate and the store persists."""

from rondom_tui.ui.widgets.key_page import KeyPage
from rondom_tui.ui.widgets.score_bars import ScoreBars

__all__ = ["KeyPage", "ScoreBars"]
