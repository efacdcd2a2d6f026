"""One lane of a `canvas.Canvas`: its glyphs, words and counts over the canvas's columns,
drawn when first needed, and its rows as runs of cells, each painted when first shown.

Pure. A zoom level is drawn a lane at a time: placing a lane's words (`picture.draw_lane`) is
the costly part of a picture, and a frame shows two or three of a busy case's lanes (each
dozens of rows tall). A `LaneCanvas` knows its lane, stack and height at once and draws the
rest when anything drawn is first asked of it (the frame asks for the lanes it shows; drawing
ahead, the exports and the whole-picture properties ask for all). A lane is drawn the same
whenever it is drawn: its placement does not depend on the other lanes.

Rows are kept as runs of equal paint (most of a lane is blank, and at a fine zoom a canvas is
thousands of columns wide), so cutting a row is a few slices.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass

from rondom_tui.domain.models import Lane
from rondom_tui.domain.timeline.grid import Paint
from rondom_tui.domain.timeline.picture import PAINTS, EventExtent, PaintRow, draw_lane, paint_row
from rondom_tui.domain.timeline.stacking import LaneStack, Placement
from rondom_tui.domain.timeline.words import Caption, HiddenCount

_DRAWN = re.compile(b"\x01+")
"""A stretch of drawn cells in a row's `taken` bytes."""
_SAME = re.compile(rb"(.)\1*", re.DOTALL)
"""A run of cells with the same paint in a row's paint codes."""


@dataclass(frozen=True, slots=True)
class Runs:
    """One row of a lane as runs of cells with the same paint, blank runs left out."""

    starts: tuple[int, ...]
    """First column of each run, ascending."""
    cells: tuple[tuple[str, ...], ...]
    paints: tuple[Paint, ...]

    @classmethod
    def of(cls, chars: Sequence[str], paints: PaintRow, taken: bytes | bytearray) -> Runs:
        """The runs of a row whose drawn cells are those `taken` marks (a blank cell is never
        taken, a drawn one always): only the drawn stretches are looked at, cell by cell,
        so a row thousands of columns wide with a few events costs a few events."""
        starts: list[int] = []
        cells: list[tuple[str, ...]] = []
        kinds: list[Paint] = []
        codes = paints.codes
        for stretch in _DRAWN.finditer(taken):
            for run in _SAME.finditer(codes, *stretch.span()):
                start, end = run.span()
                starts.append(start)
                cells.append(tuple(chars[start:end]))
                kinds.append(PAINTS[codes[start]])
        return cls(tuple(starts), tuple(cells), tuple(kinds))

    def within(self, left: int, columns: int) -> Iterator[tuple[int, tuple[str, ...], Paint]]:
        """The runs (or their parts) in cells `left .. left + columns - 1`: first cell relative
        to `left`, cells and paint."""
        right = left + columns
        starts = self.starts
        index = max(0, bisect_right(starts, left) - 1)
        while index < len(starts) and starts[index] < right:
            start, cells = starts[index], self.cells[index]
            end = start + len(cells)
            if end > left:
                lo, hi = max(start, left), min(end, right)
                yield lo - left, cells[lo - start : hi - start], self.paints[index]
            index += 1

    def cut(self, left: int, columns: int) -> tuple[list[str], list[Paint]]:
        """Cells `left .. left + columns - 1`: one string and one paint per cell."""
        chars = [" "] * columns
        paints = [Paint.BLANK] * columns
        for first, cells, paint in self.within(left, columns):
            chars[first : first + len(cells)] = cells
            paints[first : first + len(cells)] = [paint] * len(cells)
        return chars, paints


class LaneRows:
    """A lane's rows as `Runs`, each painted when first asked for (`picture.paint_row`): a
    frame shows the rows on screen, and a picture has hundreds (a level drawn for a zoom key
    paints the few dozen on screen, not all)."""

    __slots__ = (
        "_by_row",
        "_captions",
        "_counts",
        "_left",
        "_made",
        "_placements",
        "_stack",
        "_taken",
    )

    def __init__(
        self,
        stack: LaneStack,
        left: int,
        taken: tuple[bytes | bytearray, ...],
        captions: Sequence[Caption],
        counts: Sequence[HiddenCount],
        placements: Mapping[str, Placement],
    ) -> None:
        self._stack, self._left, self._taken = stack, left, taken
        self._captions, self._counts, self._placements = captions, counts, placements
        self._made: dict[int, Runs] = {}
        self._by_row: dict[int, tuple[list[Caption], list[HiddenCount]]] | None = None

    def _words_in(self, row: int) -> tuple[list[Caption], list[HiddenCount]]:
        """The captions and counts of `row` (sorted into rows when first asked)."""
        if self._by_row is None:
            self._by_row = {}
            for caption in self._captions:
                self._by_row.setdefault(caption.row, ([], []))[0].append(caption)
            for count in self._counts:
                self._by_row.setdefault(count.row, ([], []))[1].append(count)
        return self._by_row.get(row, ([], []))

    def __len__(self) -> int:
        return len(self._taken)

    def __getitem__(self, row: int) -> Runs:
        found = self._made.get(row)
        if found is None:
            taken = self._taken[row]
            if any(taken):
                chars, paints = paint_row(
                    self._stack, row, self._left, len(taken), *self._words_in(row), self._placements
                )
                found = Runs.of(chars, paints, taken)
            else:
                found = _NO_RUNS
            self._made[row] = found
        return found

    def __iter__(self) -> Iterator[Runs]:
        return (self[row] for row in range(len(self)))

    def painted(self, rows: range) -> bool:
        """Whether `rows` are painted."""
        return all(row in self._made for row in rows)

    def paint(self, rows: range) -> None:
        """Paint `rows` not painted yet (drawing ahead: the first frame only cuts them)."""
        for row in rows:
            self[row]

    def __eq__(self, other: object) -> bool:
        return isinstance(other, LaneRows) and list(self) == list(other)

    __hash__ = None  # type: ignore[assignment]


_NO_RUNS = Runs((), (), ())
"""A row nothing is drawn in."""


@dataclass(frozen=True, slots=True)
class LaneDrawing:
    """What drawing a lane gives; columns relative to the canvas, rows to the lane."""

    rows: LaneRows
    taken: tuple[bytes | bytearray, ...]
    """Per row, 1 where a glyph, words or a count is drawn."""
    hit_runs: tuple[tuple[tuple[int, int, str], ...], ...]
    """Per row, (first, last, event id) of the cells each event is drawn in (glyphs and
    words), ordered by column."""
    hit_starts: tuple[tuple[int, ...], ...]
    """Per row, the first column of each of `hit_runs`."""
    extents: Mapping[str, EventExtent]
    wait_extents: Mapping[str, EventExtent]
    placements: Mapping[str, Placement]
    """The events drawn, by id (absolute columns)."""
    captions: tuple[Caption, ...]
    counts: tuple[HiddenCount, ...]
    """The "+N" counts in the picture."""
    gutter: HiddenCount | None
    """The events counted under the lane's name, if any."""
    caption_reach: tuple[tuple[int, int, int, int], ...]
    """Per caption: its first and last cell (with the blanks around words inside a bar) and
    its event's, so a window tells at a glance which words its edges cut."""
    count_reach: tuple[tuple[int, int, int, int], ...]
    """Per count: its first and last cell, the lowest last and the highest first cell of its
    events (all of them are on screen when the window holds both)."""
    caption_index: Mapping[str, int]
    """Event id -> its caption's index in `captions`."""


class LaneCanvas:
    """One lane over a canvas's columns, drawn when first needed (`drawing`): what it drew
    (`rows`, `extents`, `captions`, ...) is that drawing's."""

    __slots__ = ("_disputed", "_drawing", "_words", "columns", "first", "lane", "stack")

    def __init__(
        self,
        stack: LaneStack,
        first: int,
        columns: int,
        words: Mapping[str, str] | None,
        disputed: frozenset[str],
    ) -> None:
        self.lane: Lane = stack.lane
        self.stack = stack
        """What is drawn: a canvas made after an edit keeps this lane when its stack is the
        same object (`Stacking` keeps the stacks of lanes an edit does not touch)."""
        self.first, self.columns = first, columns
        """The canvas's first absolute column and width."""
        self._words, self._disputed = words, disputed
        self._drawing: LaneDrawing | None = None

    @property
    def depth(self) -> int:
        """Rows of the lane (its stack's sub-rows), known without drawing or stacking it."""
        return self.stack.depth

    @property
    def drawn(self) -> bool:
        return self._drawing is not None

    def draw(self) -> None:
        """Draw the lane now, if it is not drawn yet."""
        _ = self.drawing

    @property
    def drawing(self) -> LaneDrawing:
        """The lane drawn: its glyphs and words placed (once, when first asked for)."""
        found = self._drawing
        if found is None:
            found = self._drawing = _draw(
                self.stack, self.first, self.columns, self._words, self._disputed
            )
            self._words = None  # the drawing holds what it needs
        return found

    @property
    def rows(self) -> LaneRows:
        return self.drawing.rows

    @property
    def taken(self) -> tuple[bytes | bytearray, ...]:
        return self.drawing.taken

    @property
    def hit_runs(self) -> tuple[tuple[tuple[int, int, str], ...], ...]:
        return self.drawing.hit_runs

    @property
    def extents(self) -> Mapping[str, EventExtent]:
        return self.drawing.extents

    @property
    def wait_extents(self) -> Mapping[str, EventExtent]:
        return self.drawing.wait_extents

    @property
    def placements(self) -> Mapping[str, Placement]:
        return self.drawing.placements

    @property
    def captions(self) -> tuple[Caption, ...]:
        return self.drawing.captions

    @property
    def counts(self) -> tuple[HiddenCount, ...]:
        return self.drawing.counts

    @property
    def gutter(self) -> HiddenCount | None:
        return self.drawing.gutter

    @property
    def caption_reach(self) -> tuple[tuple[int, int, int, int], ...]:
        return self.drawing.caption_reach

    @property
    def count_reach(self) -> tuple[tuple[int, int, int, int], ...]:
        return self.drawing.count_reach

    @property
    def caption_index(self) -> Mapping[str, int]:
        return self.drawing.caption_index

    def hit(self, column: int, row: int) -> str | None:
        """The event drawn in a cell (its glyphs or its words), if any."""
        drawing = self.drawing
        index = bisect_right(drawing.hit_starts[row], column) - 1
        if index < 0:
            return None
        _, last, event_id = drawing.hit_runs[row][index]
        return event_id if column <= last else None

    def __eq__(self, other: object) -> bool:
        """The same lane, stack and stretch, drawn the same (both drawn to tell)."""
        return (
            isinstance(other, LaneCanvas)
            and (self.lane, self.stack, self.first, self.columns)
            == (other.lane, other.stack, other.first, other.columns)
            and self.drawing == other.drawing
        )

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return f"LaneCanvas({self.lane!r}, drawn={self.drawn})"


def _draw(
    stack: LaneStack,
    first: int,
    columns: int,
    words: Mapping[str, str] | None,
    disputed: frozenset[str],
) -> LaneDrawing:
    """One lane drawn over the canvas's columns, glyphs and words."""
    cells = draw_lane(stack, first, columns, words=words, disputed=disputed)
    gutter = [count for count in cells.hidden if count.first is None]
    counts = tuple(count for count in cells.hidden if count.first is not None)
    extents = cells.extents
    taken = tuple(cells.taken)  # never written to again
    captions = tuple(cells.captions)
    hit_runs = tuple(tuple(sorted(runs)) for runs in cells.hit_runs)
    return LaneDrawing(
        LaneRows(stack, first, taken, captions, counts, cells.placements),
        taken,
        hit_runs,
        tuple(tuple(first for first, _, _ in runs) for runs in hit_runs),
        extents,
        cells.wait_extents,
        cells.placements,
        captions,
        counts,
        gutter[0] if gutter else None,
        tuple(_caption_reach(c, extents[c.event_id]) for c in captions),
        tuple(_count_reach(c, extents) for c in counts),
        {c.event_id: i for i, c in enumerate(captions)},
    )


def _caption_reach(caption: Caption, event: EventExtent) -> tuple[int, int, int, int]:
    margin = 1 if caption.inside else 0
    return caption.first - margin, caption.last + margin, event.first, event.last


def _count_reach(
    count: HiddenCount, extents: Mapping[str, EventExtent]
) -> tuple[int, int, int, int]:
    first = count.first or 0
    counted = [extents[event_id] for event_id in count.event_ids]
    return (
        first,
        first + len(count.text) - 1,
        min(extent.last for extent in counted),
        max(extent.first for extent in counted),
    )
