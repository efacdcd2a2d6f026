"""Text bars of an assessment summary that read without colour.

A projector washes colours out and some terminals have none, so every meaning is carried by a
glyph: the bar's length is the mean, a marker line under it spans lowest to highest score, a
``!`` flags disagreement and ▲/▼/= the change since last time. All functions return plain
strings of a known width; the summary widget and the text exports paint the same rows.

A score `v` (1..5) ends at the same cell in the bar and in the marker line, so a bar of mean 3
ends exactly above the marker for a 3.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from rondom_tui.domain.assessment.scale import (
    SCALE_MAX,
    SCALE_VALUES,
    format_number,
    round_half_up,
)
from rondom_tui.domain.assessment.stats import (
    AssessmentSummary,
    Direction,
    KeyChange,
    KeyStats,
    direction_glyph,
)
from rondom_tui.domain.keys import SEVEN_KEYS, key_by_number
from rondom_tui.i18n.texts import translate

_EIGHTHS = " ▏▎▍▌▋▊▉"
_SPARKS = "▁▂▃▄▅▆▇█"
DISAGREEMENT_GLYPH = "!"
"""Marks a key whose scores lie far apart; the same in unicode and ascii."""

MIN_BAR = 10
MIN_TITLE = 12
_TAIL = 22
"""Columns right of the bar: mean, range, flag and change (`` 3,4  2–5  ! ▲ +0,5``)."""


def _end_cell(value: float, width: int) -> int:
    """The cell where a bar of `value` ends (0-based); value 0 ends before cell 0."""
    return max(0, round(value / SCALE_MAX * width) - 1)


def mean_bar(mean: float | None, width: int, *, ascii: bool = False) -> str:
    """A horizontal bar `width` cells long, filled in proportion to `mean` on the 0-5 scale.

    Unicode draws eighths of a cell (``████▌``); ascii rounds to whole ``#`` cells.
    """
    if width <= 0:
        return ""
    if mean is None:
        return " " * width
    cells = max(0.0, min(float(SCALE_MAX), mean)) / SCALE_MAX * width
    if ascii:
        full = round(cells)
        return ("#" * full).ljust(width)
    full = int(cells)
    eighths = round((cells - full) * 8)
    if eighths == 8:
        full, eighths = full + 1, 0
    bar = "█" * full + (_EIGHTHS[eighths] if eighths and full < width else "")
    return bar.ljust(width)[:width]


def range_marks(
    minimum: int | None, maximum: int | None, width: int, *, ascii: bool = False
) -> str:
    """A line `width` cells long marking lowest to highest score: ``├────┤`` or ``│``."""
    if width <= 0:
        return ""
    if minimum is None or maximum is None:
        return " " * width
    left, right = _end_cell(minimum, width), _end_cell(maximum, width)
    cells = [" "] * width
    if left == right:
        cells[left] = "|" if ascii else "│"
    else:
        cells[left] = "[" if ascii else "├"
        cells[right] = "]" if ascii else "┤"
        for i in range(left + 1, right):
            cells[i] = "-" if ascii else "─"
    return "".join(cells)


def scale_ruler(width: int) -> str:
    """The numbers 1..5 placed above the cells where those scores end."""
    cells = [" "] * width
    for value in SCALE_VALUES:
        cells[_end_cell(value, width)] = str(value)
    return "".join(cells)


def sparkline(values: Iterable[float | None], *, ascii: bool = False) -> str:
    """One character per value on the fixed 1-5 scale (so two lines compare); ``·`` for none."""
    out = []
    for value in values:
        if value is None:
            out.append("." if ascii else "·")
        elif ascii:
            out.append(f"{round_half_up(value):.0f}"[:1])
        else:
            step = int((max(1.0, min(5.0, value)) - 1) / 4 * (len(_SPARKS) - 1) + 0.5)
            out.append(_SPARKS[step])
    return "".join(out)


def _fit(text: str, width: int, *, ascii: bool = False) -> str:
    if len(text) <= width:
        return text
    return text[: max(0, width - 1)] + ("." if ascii else "…")


@dataclass(frozen=True, slots=True)
class BarRow:
    """The pieces of one key's two summary lines, each a plain string."""

    key: int
    title: str
    bar: str
    """`bar_width` cells: the mean."""
    marks: str
    """`bar_width` cells: lowest to highest score."""
    value: str
    """The mean, e.g. ``3,4``; ``–`` without scores."""
    range_text: str
    """e.g. ``2–5``; empty without scores."""
    flag: str
    """`DISAGREEMENT_GLYPH` when the key is flagged, else empty."""
    change: str
    """e.g. ``▲ +0,5``; empty without a comparison."""
    without_score: str
    """Who gave no score, "weet niet" and not answered yet apart, e.g. ``weet niet 1, open 2``;
    empty when everyone scored."""
    disagreement: bool


def change_text(change: KeyChange | None, *, lang: str, ascii: bool = False) -> str:
    """e.g. ``▲ +0,5``, ``= 0,0``, or ``·`` when one side has no mean; empty without a change."""
    if change is None:
        return ""
    glyph = direction_glyph(change.direction, ascii=ascii)
    if change.delta is None:
        return glyph
    if change.direction is Direction.SAME:
        return f"{glyph} {format_number(abs(change.delta), lang=lang)}"
    sign = "+" if change.delta > 0 else ""
    return f"{glyph} {sign}{format_number(change.delta, lang=lang)}"


def without_score_text(stats: KeyStats, *, lang: str) -> str:
    """``weet niet 1, open 2``: the answers "weet niet" and the participants not asked yet,
    each left out when none; empty when everyone scored. At most 20 columns for one-digit
    counts, the room the second line of a bar leaves."""
    parts = [
        translate(lang, f"assessment.bars.{kind}", count=count)
        for kind, count in (("dont_know", stats.dont_know), ("missing", stats.missing))
        if count
    ]
    return ", ".join(parts)


def bar_row(
    stats: KeyStats,
    *,
    bar_width: int,
    lang: str,
    change: KeyChange | None = None,
    ascii: bool = False,
) -> BarRow:
    """The pieces of one key's bar, its words in `lang`."""
    mean = format_number(stats.mean, lang=lang)
    spread = (
        f"{stats.minimum}–{stats.maximum}"
        if stats.minimum is not None and stats.maximum is not None
        else ""
    )
    return BarRow(
        key=stats.key,
        title=key_by_number(stats.key).title(lang),
        bar=mean_bar(stats.mean, bar_width, ascii=ascii),
        marks=range_marks(stats.minimum, stats.maximum, bar_width, ascii=ascii),
        value=mean.replace("–", "-") if ascii else mean,
        range_text=spread.replace("–", "-") if ascii else spread,
        flag=DISAGREEMENT_GLYPH if stats.disagreement else "",
        change=change_text(change, lang=lang, ascii=ascii),
        without_score=without_score_text(stats, lang=lang),
        disagreement=stats.disagreement,
    )


def layout(total_width: int, *, lang: str) -> tuple[int, int]:
    """(title width, bar width) that fit `total_width` columns, the bar at least `MIN_BAR`, for
    the key titles in `lang`."""
    longest = max(len(k.title(lang)) for k in SEVEN_KEYS)
    room = max(0, total_width - _TAIL - 4)
    bar = max(MIN_BAR, min(40, room - min(longest, 28)))
    title = max(MIN_TITLE, min(longest, room - bar))
    return title, bar


Segment = tuple[str, str]
"""A piece of a line and the part it is (``title``, ``bar``, ``flag`` ...), for styling."""


def row_segments(
    row: BarRow, title_width: int, *, ascii: bool = False
) -> tuple[tuple[Segment, ...], tuple[Segment, ...]]:
    """The two lines of one key as (text, part) pieces; joined they are the plain lines.

    Parts: ``number``, ``title``, ``bar``, ``value``, ``range``, ``flag``, ``change`` on the
    first line; ``indent``, ``marks``, ``without_score`` on the second.
    """
    first = (
        (f"{row.key:>2} ", "number"),
        (f"{_fit(row.title, title_width, ascii=ascii):<{title_width}} ", "title"),
        (row.bar, "bar"),
        (f" {row.value:>3}  ", "value"),
        (f"{row.range_text:<3}  ", "range"),
        (f"{row.flag:1}  ", "flag"),
        (row.change, "change"),
    )
    second = (
        (" " * (3 + title_width + 1), "indent"),
        (row.marks, "marks"),
        (f"  {row.without_score}" if row.without_score else "", "without_score"),
    )
    return first, second


def summary_lines(
    summary: AssessmentSummary,
    *,
    lang: str,
    total_width: int = 80,
    changes: Sequence[KeyChange] | None = None,
    ascii: bool = False,
) -> tuple[str, ...]:
    """The summary as plain text in `lang`: a ruler, two lines per key, a legend. No line but
    the legend is longer than `total_width` (when it is at least 60)."""
    title_width, bar_width = layout(total_width, lang=lang)
    lines = [(" " * (3 + title_width + 1) + scale_ruler(bar_width)).rstrip()]
    for stats in summary.keys:
        change = changes[stats.key - 1] if changes else None
        row = bar_row(stats, bar_width=bar_width, lang=lang, change=change, ascii=ascii)
        for segments in row_segments(row, title_width, ascii=ascii):
            line = "".join(text for text, _ in segments).rstrip()
            lines.append(_fit(line, total_width, ascii=ascii))
    lines.append(translate(lang, "assessment.bars.legend", glyph=DISAGREEMENT_GLYPH))
    return tuple(lines)
