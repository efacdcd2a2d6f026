"""One lane of a painted window: glyphs of events and waiting times, their words, the "+N"
counts and the selected event's brackets, as cells with semantic paints.

Pure; `layout.paint` calls `draw_lane` for every lane and adds the axis, today's line and the
cursor. The words are placed by `words.place_words` after every glyph is drawn, so they never
cover one.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from dataclasses import dataclass, field, replace

from rondom_tui.domain.timeline.grid import GLYPHS, VALENCE_PAINT, Paint
from rondom_tui.domain.timeline.stacking import LaneStack, Placement
from rondom_tui.domain.timeline.words import Caption, HiddenCount, Visible, place_words


@dataclass(frozen=True, slots=True)
class EventExtent:
    """Where an event is on screen: its frame row and its visible columns."""

    row: int
    first: int
    last: int


@dataclass(slots=True)
class LaneCells:
    """A lane's rows as cells (`chars[row][column]`, one string per terminal cell) with the
    paint of each, and what the frame needs to know about them (rows are frame rows)."""

    chars: list[list[str]]
    paints: list[list[Paint]]
    hits: dict[tuple[int, int], str] = field(default_factory=dict)
    extents: dict[str, EventExtent] = field(default_factory=dict)
    wait_extents: dict[str, EventExtent] = field(default_factory=dict)
    captions: dict[str, Caption] = field(default_factory=dict)
    hidden: list[HiddenCount] = field(default_factory=list)


def draw_lane(
    stack: LaneStack,
    left: int,
    columns: int,
    top: int,
    *,
    words: Mapping[str, str] | None,
    disputed: Collection[str],
    selected_id: str | None,
) -> LaneCells:
    """Paint `stack` in the window whose first cell is absolute column `left`; `top` is the
    frame row of the lane's first row. `words` are the titles to write (None: glyphs only)."""
    right = left + columns - 1
    depth = len(stack.sub_rows)
    cells = LaneCells(
        [[" "] * columns for _ in range(depth)], [[Paint.BLANK] * columns for _ in range(depth)]
    )
    taken = [bytearray(columns) for _ in range(depth)]
    visible: list[Visible] = []
    shown: dict[str, Placement] = {}
    for sub_row, placed in enumerate(stack.sub_rows):
        chars, paints, occupied = cells.chars[sub_row], cells.paints[sub_row], taken[sub_row]
        for p in placed:
            if p.last < left or p.first > right:
                continue
            lo, hi = max(p.first, left) - left, min(p.last, right) - left
            occupied[lo : hi + 1] = b"\x01" * (hi - lo + 1)
            extent = EventExtent(top + sub_row, lo, hi)
            if p.waiting:
                _draw_wait(p, lo, hi, left, chars, paints)
                cells.wait_extents[p.event_id] = extent
                continue
            _draw_event(p, lo, hi, left, chars, paints)
            for column in range(lo, hi + 1):
                cells.hits[(column, top + sub_row)] = p.event_id
            cells.extents[p.event_id] = extent
            shown[p.event_id] = p
            body_lo, body_hi = max(p.body_first, left) - left, min(p.body_last, right) - left
            visible.append(
                Visible(
                    p.event_id,
                    sub_row,
                    lo,
                    hi,
                    body_lo,
                    body_hi,
                    p.body_last > p.body_first,
                    p.event_id in disputed,
                )
            )
    if words is not None and visible:
        captions, hidden = place_words(taken, visible, words, columns)
        for caption in captions:
            _write_caption(caption, shown[caption.event_id], cells, top)
            cells.captions[caption.event_id] = replace(caption, row=top + caption.row)
        for count in hidden:
            if count.first is not None:
                row = count.row
                for offset, char in enumerate(count.text):
                    cells.chars[row][count.first + offset] = char
                    cells.paints[row][count.first + offset] = Paint.MORE
            cells.hidden.append(replace(count, row=top + count.row))
    if selected_id is not None and selected_id in shown:
        _mark_selected(cells, selected_id, top, columns)
    return cells


def _draw_event(
    p: Placement, lo: int, hi: int, left: int, chars: list[str], paints: list[Paint]
) -> None:
    valence_paint = VALENCE_PAINT[p.valence]
    for cell in range(lo, hi + 1):
        column = cell + left
        if p.body_first <= column <= p.body_last:
            chars[cell], paints[cell] = GLYPHS[p.valence], valence_paint
        elif p.ongoing and column == p.last:
            chars[cell], paints[cell] = GLYPHS["ongoing"], valence_paint
        else:
            chars[cell], paints[cell] = GLYPHS["uncertain"], Paint.UNCERTAIN


def _draw_wait(
    p: Placement, lo: int, hi: int, left: int, chars: list[str], paints: list[Paint]
) -> None:
    for cell in range(lo, hi + 1):
        arrow = p.ongoing and cell + left == p.last
        chars[cell] = GLYPHS["ongoing" if arrow else "wait"]
        paints[cell] = Paint.WAITING


def _write_caption(caption: Caption, placed: Placement, cells: LaneCells, top: int) -> None:
    """Write the words; inside a bar they take the bar's paint between two blanks, beside it
    the words' own, and their cells select the event when clicked."""
    chars, paints = cells.chars[caption.row], cells.paints[caption.row]
    paint = VALENCE_PAINT[placed.valence] if caption.inside else Paint.LABEL
    if caption.inside:
        chars[caption.first - 1] = chars[caption.last + 1] = " "
    for offset, char in enumerate(caption.cells):
        column = caption.first + offset
        chars[column] = char
        paints[column] = paint
        cells.hits[(column, top + caption.row)] = caption.event_id
    if caption.disputed:
        paints[caption.first] = Paint.DISPUTED


def _mark_selected(cells: LaneCells, selected_id: str, top: int, columns: int) -> None:
    """Reverse video on the selected event's glyphs and words, and brackets around its glyphs
    where the cells are free (words keep a blank cell from every glyph, so they usually are):
    the selection shows on a monochrome terminal and on paper."""
    extent = cells.extents[selected_id]
    row = extent.row - top
    chars, paints = cells.chars[row], cells.paints[row]
    for column in range(extent.first, extent.last + 1):
        paints[column] = Paint.SELECTED
    if extent.first > 0 and paints[extent.first - 1] is Paint.BLANK:
        chars[extent.first - 1], paints[extent.first - 1] = GLYPHS["open"], Paint.SELECTED
    if extent.last + 1 < columns and paints[extent.last + 1] is Paint.BLANK:
        chars[extent.last + 1], paints[extent.last + 1] = GLYPHS["close"], Paint.SELECTED
    caption = cells.captions.get(selected_id)
    if caption is not None:
        words = cells.paints[caption.row - top]
        for column in range(caption.first, caption.last + 1):
            words[column] = Paint.SELECTED
