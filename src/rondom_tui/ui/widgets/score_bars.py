"""The summary bars of an assessment: per key the mean as a bar, lowest to highest under it,
a ``!`` where people disagree and the change since last time.

The widget paints the rows `domain.assessment_bars` computes, so the screen and the text
exports show the same picture. Colour only adds emphasis: every meaning is a glyph too, so the
bars read on a monochrome screen or a washed-out projector.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from rich.style import Style
from rich.text import Text
from textual.binding import Binding
from textual.message import Message
from textual.reactive import reactive
from textual.widget import Widget

from rondom_tui.domain.assessment.bars import (
    DISAGREEMENT_GLYPH,
    bar_row,
    layout,
    row_segments,
    scale_ruler,
)
from rondom_tui.domain.assessment.stats import AssessmentSummary, Direction, KeyChange
from rondom_tui.domain.keys import SEVEN_KEYS, key_by_number
from rondom_tui.i18n import current_language, t
from rondom_tui.ui.glyphs import glyph

_PART_CLASS = {
    "bar": "score-bars--bar",
    "marks": "score-bars--marks",
    "flag": "score-bars--flag",
    "without_score": "score-bars--muted",
    "range": "score-bars--muted",
}


class ScoreBars(Widget, can_focus=True):
    """Seven keys as text bars; up/down choose a key, enter opens it."""

    COMPONENT_CLASSES = {
        "score-bars--bar",
        "score-bars--marks",
        "score-bars--flag",
        "score-bars--up",
        "score-bars--down",
        "score-bars--muted",
        "score-bars--cursor",
    }

    DEFAULT_CSS = """
    ScoreBars {
        height: auto;
        padding: 0 1;
    }
    ScoreBars > .score-bars--bar { color: $primary; }
    ScoreBars > .score-bars--marks { color: $foreground; }
    ScoreBars > .score-bars--flag { color: $warning; text-style: bold; }
    ScoreBars > .score-bars--up { color: $success; text-style: bold; }
    ScoreBars > .score-bars--down { color: $error; text-style: bold; }
    ScoreBars > .score-bars--muted { color: $text-muted; }
    ScoreBars > .score-bars--cursor { text-style: reverse bold; }
    """

    BINDINGS = [
        Binding(
            "down,j", "cursor(1)", "assessment.bars.down", show=False, id="assessment.bars.down"
        ),
        Binding("up,k", "cursor(-1)", "assessment.bars.up", show=False, id="assessment.bars.up"),
        Binding("enter", "select", "assessment.bars.open", id="assessment.bars.open"),
    ]

    @dataclass
    class KeySelected(Message):
        """The user chose a key in the summary (e.g. to see its scores and evidence)."""

        bars: ScoreBars
        key: int

        @property
        def control(self) -> ScoreBars:
            return self.bars

    summary: reactive[AssessmentSummary | None] = reactive(None, layout=True)
    """What to draw; None draws an empty scale."""
    changes: reactive[tuple[KeyChange, ...] | None] = reactive(None)
    """Change per key since the previous assessment, or None without one."""
    cursor: reactive[int] = reactive(1)
    """The chosen key."""

    def __init__(
        self,
        summary: AssessmentSummary | None = None,
        *,
        changes: Sequence[KeyChange] | None = None,
        ascii: bool = False,
        name: str | None = None,
        id: str | None = None,
        classes: str | None = None,
    ) -> None:
        super().__init__(name=name, id=id, classes=classes)
        self.ascii = ascii
        """Plain ASCII glyphs for terminals without block characters."""
        self.set_reactive(ScoreBars.summary, summary)
        self.set_reactive(ScoreBars.changes, tuple(changes) if changes else None)

    def action_cursor(self, step: int) -> None:
        self.cursor = max(1, min(len(SEVEN_KEYS), self.cursor + step))

    def action_select(self) -> None:
        self.post_message(self.KeySelected(self, self.cursor))

    def _style(self, name: str) -> Style:
        return self.get_component_rich_style(name, partial=True)

    def _change_style(self, key: int) -> Style:
        if not self.changes:
            return Style()
        direction = self.changes[key - 1].direction
        if direction is Direction.UP:
            return self._style("score-bars--up")
        if direction is Direction.DOWN:
            return self._style("score-bars--down")
        return Style()

    def render(self) -> Text:
        width = max(60, self.content_size.width or 80)
        lang = current_language()
        title_width, bar_width = layout(width, lang=lang)
        text = Text(no_wrap=True, overflow="crop")
        text.append(
            " " * (3 + title_width + 1) + scale_ruler(bar_width) + "\n",
            self._style("score-bars--muted"),
        )
        if self.summary is None:
            return text
        cursor_style = self._style("score-bars--cursor") if self.has_focus else Style(bold=True)
        for stats in self.summary.keys:
            change = self.changes[stats.key - 1] if self.changes else None
            row = bar_row(stats, bar_width=bar_width, lang=lang, change=change, ascii=self.ascii)
            for segments in row_segments(row, title_width, ascii=self.ascii):
                for piece, part in segments:
                    style = Style()
                    if part in _PART_CLASS:
                        style = self._style(_PART_CLASS[part])
                    if part == "change":
                        style = self._change_style(stats.key)
                    if part == "title" and row.disagreement:
                        style = Style(bold=True)
                    if part in ("number", "title") and stats.key == self.cursor:
                        if part == "number":
                            piece = (">" if self.ascii else glyph("▶")) + piece[1:]
                        style = cursor_style
                    text.append(piece, style)
                text.append("\n")
        text.append(
            t("assessment.bars.legend", glyph=DISAGREEMENT_GLYPH) + "\n",
            self._style("score-bars--muted"),
        )
        text.append(self._picture_line("assessment.summary.strongest", self.summary.strongest))
        text.append(self._picture_line("assessment.summary.weakest", self.summary.weakest))
        return text

    def _picture_line(self, label_id: str, keys: tuple[int, ...]) -> Text:
        lang = current_language()
        names = "; ".join(f"{k}. {key_by_number(k).title(lang)}" for k in keys)
        line = Text(f"{t(label_id)}: ", style="bold")
        line.append((names or t("assessment.export.none")) + "\n")
        return line

    def on_focus(self) -> None:
        self.refresh()

    def on_blur(self) -> None:
        self.refresh()
