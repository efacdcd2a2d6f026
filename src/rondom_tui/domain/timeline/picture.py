"""One lane as drawn: glyphs of events and waiting times, their words and the "+N" counts, as
cells with semantic paints; and the few row-level strokes the frame adds on top (words written
again at a window's edge, the selected event's brackets).

Pure; `canvas.Canvas` calls `draw_lane` for every lane, once per zoom level, and `frame.Frame`
cuts windows out of it. The words are placed by `words.place_words` after every glyph is drawn,
so they never cover one.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import NamedTuple, Protocol, SupportsIndex, cast, overload

from rondom_tui.domain.timeline.grid import GLYPHS, VALENCE_PAINT, Paint
from rondom_tui.domain.timeline.stacking import EVALUATION, PLANNED, WAIT, LaneStack, Placement
from rondom_tui.domain.timeline.words import Caption, HiddenCount, Visible, place_words

SPAN_LOOK = {
    WAIT: (GLYPHS["wait"], Paint.WAITING),
    PLANNED: (GLYPHS["planned"], Paint.PLANNED),
    EVALUATION: (GLYPHS["evaluation"], Paint.PLANNED),
}
"""The glyph and paint of each kind of span: a planned period reads as a double line and an
evaluation as a diamond, without colour, so planned never passes for what happened."""


class EventExtent(NamedTuple):
    """Where an event is on screen: its frame row and its visible columns (a named tuple:
    made for every event drawn)."""

    row: int
    first: int
    last: int


PAINTS = tuple(Paint)
"""Every paint, by its code in a `PaintRow` (BLANK, the first, is 0)."""
_CODES = {paint: code for code, paint in enumerate(PAINTS)}
_RUNS = {paint: bytes((code,)) for paint, code in _CODES.items()}


class PaintCells(Protocol):
    """Where the glyphs and words are painted: a list of paints (a frame's row) or a
    `PaintRow` (a canvas's)."""

    @overload
    def __setitem__(self, index: SupportsIndex, value: Paint, /) -> None: ...
    @overload
    def __setitem__(self, index: slice, value: Sequence[Paint], /) -> None: ...


class PaintRow:
    """A canvas row's paints, one byte per cell (its code in `PAINTS`). A canvas keeps
    millions of cells (every level of a case with 2,000 events: 2.7 million), and as lists of
    paints Python's garbage collector walked every one of them in each full collection, some
    30 ms more inside whatever frame it fell in; bytes hold no objects to walk."""

    __slots__ = ("codes",)

    def __init__(self, columns: int) -> None:
        self.codes = bytearray(columns)
        """The code of each cell's paint."""

    @overload
    def __setitem__(self, index: SupportsIndex, value: Paint, /) -> None: ...
    @overload
    def __setitem__(self, index: slice, value: Sequence[Paint], /) -> None: ...
    def __setitem__(self, index: SupportsIndex | slice, value: Paint | Sequence[Paint]) -> None:
        if isinstance(index, slice):
            paints = cast("Sequence[Paint]", value)
            count = len(paints)
            if count and paints.count(paints[0]) == count:  # a run of one paint: most are
                self.codes[index] = _RUNS[paints[0]] * count
            else:
                self.codes[index] = bytes(map(_CODES.__getitem__, paints))
        else:
            self.codes[index] = _CODES[cast("Paint", value)]


@dataclass(slots=True)
class LaneCells:
    """A lane as drawn, all but its cells: which cells of each row are taken, where each event
    is, its words and counts (rows are lane rows). The cells of a row are painted when the row
    is first shown (`paint_row`): a lane has dozens of rows and a frame shows a few."""

    taken: list[bytearray]
    """Per row, 1 where a glyph, words or a count is drawn (what `place_words` filled in)."""
    hit_runs: list[list[tuple[int, int, str]]] = field(default_factory=list)
    """Per row, (first, last, event id) of every glyph run and every word beside a glyph,
    in the order drawn; they never overlap (words inside a bar are on the bar's cells)."""
    extents: dict[str, EventExtent] = field(default_factory=dict)
    wait_extents: dict[str, EventExtent] = field(default_factory=dict)
    placements: dict[str, Placement] = field(default_factory=dict)
    """The events drawn, by id."""
    captions: list[Caption] = field(default_factory=list)
    hidden: list[HiddenCount] = field(default_factory=list)


def visible_part(p: Placement, left: int, columns: int, disputed: Collection[str]) -> Visible:
    """`p` as the window whose first cell is absolute column `left` shows it (lane rows)."""
    right = left + columns - 1
    return Visible(
        p.event_id,
        p.sub_row,
        max(p.first, left) - left,
        min(p.last, right) - left,
        max(p.body_first, left) - left,
        min(p.body_last, right) - left,
        p.body_last > p.body_first,
        p.event_id in disputed,
    )


def draw_lane(
    stack: LaneStack,
    left: int,
    columns: int,
    *,
    words: Mapping[str, str] | None,
    disputed: Collection[str],
) -> LaneCells:
    """Lay `stack` out in the window whose first cell is absolute column `left`, without a
    selection: the cells every glyph takes, then the words placed around them. `words` are
    the titles to write (None: glyphs only). The cells themselves: `paint_row`."""
    right = left + columns - 1
    depth = len(stack.sub_rows)
    taken = [bytearray(columns) for _ in range(depth)]
    cells = LaneCells(taken, [[] for _ in range(depth)])
    extents, wait_extents, placements = cells.extents, cells.wait_extents, cells.placements
    visible: list[Visible] = []
    add = visible.append
    for sub_row, placed in enumerate(stack.sub_rows):
        if not placed:
            continue
        occupied = taken[sub_row]
        hits = cells.hit_runs[sub_row].append
        for p in placed:
            first, last = p.first, p.last
            if last < left or first > right:
                continue
            lo = first - left if first > left else 0
            hi = last - left if last < right else columns - 1
            occupied[lo : hi + 1] = b"\x01" * (hi - lo + 1)
            event_id = p.event_id
            if p.waiting:
                wait_extents[event_id] = EventExtent(sub_row, lo, hi)
                continue
            hits((lo, hi, event_id))
            extents[event_id] = EventExtent(sub_row, lo, hi)
            placements[event_id] = p
            body_first, body_last = p.body_first, p.body_last
            add(
                Visible(
                    event_id,
                    sub_row,
                    lo,
                    hi,
                    (body_first if body_first > left else left) - left,
                    (body_last if body_last < right else right) - left,
                    body_last > body_first,
                    event_id in disputed,
                )
            )
    if words is not None and visible:
        captions, hidden = place_words(taken, visible, words, columns)
        hit_runs = cells.hit_runs
        for caption in captions:
            if not caption.inside:
                hit_runs[caption.row].append((caption.first, caption.last, caption.event_id))
        cells.captions, cells.hidden = captions, hidden
    return cells


def paint_row(
    stack: LaneStack,
    row: int,
    left: int,
    columns: int,
    captions: Iterable[Caption],
    counts: Iterable[HiddenCount],
    valences: Mapping[str, Placement],
) -> tuple[list[str], PaintRow]:
    """The cells and paints of lane row `row` as `draw_lane` laid it out in the window whose
    first cell is absolute column `left`: the glyphs of its events and waiting times, then
    `captions` and `counts` (those of this row) over them; `valences` gives each captioned
    event's placement."""
    chars, paints = [" "] * columns, PaintRow(columns)
    right = left + columns - 1
    for p in stack.sub_rows[row]:
        if p.last < left or p.first > right:
            continue
        draw_glyphs(p, max(p.first, left) - left, min(p.last, right) - left, left, chars, paints)
    for caption in captions:
        write_caption(caption, valences[caption.event_id].valence, chars, paints)
    for count in counts:
        write_count(count, chars, paints)
    return chars, paints


def draw_glyphs(
    p: Placement, lo: int, hi: int, left: int, chars: list[str], paints: PaintCells
) -> None:
    """Cells `lo..hi` of one row (the window starts at absolute column `left`) as `p` draws
    them: valence glyphs over its body, `░` over what its dates leave open, an arrow at the end
    of what goes on; a waiting time or something planned in its own glyph."""
    if lo > hi:
        return
    if p.waiting:
        glyph, paint = SPAN_LOOK[p.kind]
        chars[lo : hi + 1] = [glyph] * (hi - lo + 1)
        paints[lo : hi + 1] = [paint] * (hi - lo + 1)
        if p.ongoing and lo <= p.last - left <= hi:
            chars[p.last - left] = GLYPHS["ongoing"]
        return
    chars[lo : hi + 1] = [GLYPHS["uncertain"]] * (hi - lo + 1)
    paints[lo : hi + 1] = [Paint.UNCERTAIN] * (hi - lo + 1)
    body_lo, body_hi = max(p.body_first - left, lo), min(p.body_last - left, hi)
    if body_lo <= body_hi:
        chars[body_lo : body_hi + 1] = [GLYPHS[p.valence]] * (body_hi - body_lo + 1)
        paints[body_lo : body_hi + 1] = [VALENCE_PAINT[p.valence]] * (body_hi - body_lo + 1)
    if p.ongoing and p.last != p.body_last and lo <= p.last - left <= hi:
        chars[p.last - left] = GLYPHS["ongoing"]
        paints[p.last - left] = VALENCE_PAINT[p.valence]


def write_caption(caption: Caption, valence: int, chars: list[str], paints: PaintCells) -> None:
    """Write the words in their row; inside a bar they take the bar's paint between two blanks,
    beside it the words' own; a disputed event's mark its own."""
    paint = VALENCE_PAINT[valence] if caption.inside else Paint.LABEL
    if caption.inside:
        chars[caption.first - 1] = chars[caption.last + 1] = " "
    chars[caption.first : caption.last + 1] = caption.cells
    paints[caption.first : caption.last + 1] = [paint] * len(caption.cells)
    if caption.disputed:
        paints[caption.first] = Paint.DISPUTED


def write_count(count: HiddenCount, chars: list[str], paints: PaintCells) -> None:
    """Write a "+N" count in its row (one in the lane's gutter is not written here)."""
    if count.first is None:
        return
    text = count.text
    chars[count.first : count.first + len(text)] = list(text)
    paints[count.first : count.first + len(text)] = [Paint.MORE] * len(text)


def mark_selected(first: int, last: int, chars: list[str], paints: list[Paint]) -> None:
    """Reverse video on the selected event's glyphs (cells `first..last` of its row) and
    brackets around them where the cells are free (words keep a blank cell from every glyph,
    so they usually are): the selection shows on a monochrome terminal and on paper."""
    paints[first : last + 1] = [Paint.SELECTED] * (last - first + 1)
    if first > 0 and paints[first - 1] is Paint.BLANK:
        chars[first - 1], paints[first - 1] = GLYPHS["open"], Paint.SELECTED
    if last + 1 < len(paints) and paints[last + 1] is Paint.BLANK:
        chars[last + 1], paints[last + 1] = GLYPHS["close"], Paint.SELECTED


def mark_selection(
    row: int,
    extent: EventExtent | None,
    caption: Caption | None,
    chars: list[str],
    paints: list[Paint],
) -> None:
    """The selected event's marks in frame row `row`: its glyphs (`mark_selected`) if they are
    in it, its words in reverse video if they are."""
    if extent is not None and extent.row == row:
        mark_selected(extent.first, extent.last, chars, paints)
    if caption is not None and caption.row == row:
        paints[caption.first : caption.last + 1] = [Paint.SELECTED] * len(caption.cells)
