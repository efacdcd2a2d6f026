"""The Tijdlijn drawn once per zoom level: every lane over the whole stretch of time a window at
that level can show, glyphs and words included, kept so that moving through time only cuts a
window out of it.

Pure. Placing the words (`words.place_words`) is the costly part of a picture: at 2,000 events
it takes a tenth of a second, far more than a frame may. So `Canvas.draw` places them once for
the columns every window at a zoom level can reach (`LifeSpan.reach`), and a pan, a step or a
zoom back to a level already seen only cuts (`frame.Frame`): the words stay where they are
while the user scrolls, and only words cut by the window's edge are placed again
(`edges.cut_lane`). A canvas as wide as its window is exactly the picture of that window.

Rows are kept as runs of equal paint (most of a lane is blank, and at a fine zoom a canvas is
thousands of columns wide), so cutting a row is a few slices.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Collection, Generator, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from itertools import groupby
from typing import TYPE_CHECKING, TypedDict, Unpack, cast

from rondom_tui.domain.models import Lane
from rondom_tui.domain.timeline.grid import Paint, Window
from rondom_tui.domain.timeline.picture import PAINTS, EventExtent, PaintRow, draw_lane, paint_row
from rondom_tui.domain.timeline.stacking import Arrangement, LaneStack, Placement
from rondom_tui.domain.timeline.words import Caption, HiddenCount

if TYPE_CHECKING:
    from rondom_tui.domain.timeline.edges import LaneEdges

_DRAWN = re.compile(b"\x01+")
"""A stretch of drawn cells in a row's `taken` bytes."""

CUTS_KEPT = 64
"""Lane cuts a canvas keeps (a few windows' worth)."""


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
            start, end = stretch.span()
            for code, run in groupby(codes[start:end]):
                length = len(list(run))
                starts.append(start)
                cells.append(tuple(chars[start : start + length]))
                kinds.append(PAINTS[code])
                start += length
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

    __slots__ = ("_captions", "_counts", "_left", "_made", "_placements", "_stack", "_taken")

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

    def __len__(self) -> int:
        return len(self._taken)

    def __getitem__(self, row: int) -> Runs:
        found = self._made.get(row)
        if found is None:
            taken = self._taken[row]
            if any(taken):
                chars, paints = paint_row(
                    self._stack,
                    row,
                    self._left,
                    len(taken),
                    [c for c in self._captions if c.row == row],
                    [c for c in self._counts if c.row == row],
                    self._placements,
                )
                found = Runs.of(chars, paints, taken)
            else:
                found = _NO_RUNS
            self._made[row] = found
        return found

    def __iter__(self) -> Iterator[Runs]:
        return (self[row] for row in range(len(self)))

    def __eq__(self, other: object) -> bool:
        return isinstance(other, LaneRows) and list(self) == list(other)

    __hash__ = None  # type: ignore[assignment]


_NO_RUNS = Runs((), (), ())
"""A row nothing is drawn in."""


@dataclass(frozen=True, slots=True)
class LaneCanvas:
    """One lane drawn over a canvas; columns relative to the canvas, rows to the lane."""

    lane: Lane
    stack: LaneStack
    """What was drawn: a canvas made after an edit keeps this lane when its stack is the same
    object (`Stacking` keeps the stacks of lanes an edit does not touch)."""
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

    @property
    def depth(self) -> int:
        return len(self.rows)

    def hit(self, column: int, row: int) -> str | None:
        """The event drawn in a cell (its glyphs or its words), if any."""
        index = bisect_right(self.hit_starts[row], column) - 1
        if index < 0:
            return None
        _, last, event_id = self.hit_runs[row][index]
        return event_id if column <= last else None


class DrawOptions(TypedDict, total=False):
    """What `Canvas.draw` draws besides the glyphs, and from what."""

    words: Mapping[str, str] | None
    """The words to write (by event id); None (the default): glyphs only."""
    disputed: Collection[str]
    """The events marked disputed."""
    previous: Canvas | None
    """The same stretch drawn before an edit: it lends the lanes it drew from the same
    stacks with the same words, so an edit places the words of its own lane again, not
    those of the whole picture."""


@dataclass(frozen=True, slots=True)
class Canvas:
    """Every lane of an arrangement drawn over `columns` columns from absolute column `first`."""

    arrangement: Arrangement
    first: int
    columns: int
    lanes: tuple[LaneCanvas, ...]
    words: Mapping[str, str] | None
    """The words written (by event id); None: glyphs only."""
    disputed: frozenset[str]
    cuts: dict[tuple[int, int, int], LaneEdges] = field(
        default_factory=dict, compare=False, repr=False
    )
    """What the edges of the windows last cut change, by (lane index, first column, width):
    a step or a pan back cuts the same window again (`frame.Frame` fills it)."""

    @classmethod
    def draw(
        cls, arrangement: Arrangement, first: int, columns: int, **options: Unpack[DrawOptions]
    ) -> Canvas:
        """Draw every lane of `arrangement` from absolute column `first`, `columns` wide."""
        return finished(cls.drawing(arrangement, first, columns, **options))

    @classmethod
    def drawing(
        cls, arrangement: Arrangement, first: int, columns: int, **options: Unpack[DrawOptions]
    ) -> CanvasSteps:
        """`draw`, a lane at a time: the steps yield before each lane drawn and return the
        canvas (`finished` takes the rest at once). A viewer draws the zoom levels next to the
        one on screen this way while the user looks, a few milliseconds per step, so that a
        key pressed meanwhile waits for one lane at most."""
        words, previous = options.get("words"), options.get("previous")
        columns = max(0, columns)
        marked = frozenset(options.get("disputed", ()))
        kept = _kept_lanes(previous, first, columns, words, marked)
        lanes = []
        for stack in arrangement.lanes:
            same = kept.get(stack.lane)
            if same is None or same.stack is not stack or not _same_words(same, previous, words):
                yield
                same = _lane_canvas(stack, first, columns, words, marked)
            lanes.append(same)
        canvas = cls(arrangement, first, columns, tuple(lanes), words, marked)
        if previous is not None:
            canvas._keep_cuts(previous)
        return canvas

    def _keep_cuts(self, previous: Canvas) -> None:
        """The window cuts of `previous` for the lanes this canvas keeps as they were (a lane
        may have moved up or down when another was hidden)."""
        index = {id(lane): i for i, lane in enumerate(self.lanes)}
        for (old, left, width), edges in previous.cuts.items():
            new = index.get(id(previous.lanes[old]))
            if new is not None:
                self.cuts[(new, left, width)] = edges

    @property
    def zoom(self) -> int:
        return self.arrangement.zoom

    def holds(self, window: Window, columns: int) -> bool:
        """Whether a window `columns` wide lies within this canvas (at its zoom level)."""
        return (
            window.zoom == self.zoom
            and self.first <= window.first_column
            and window.first_column + columns <= self.first + self.columns
        )


CanvasSteps = Generator[None, None, "Canvas"]
"""A canvas being drawn (`Canvas.drawing`)."""


def finished(steps: CanvasSteps) -> Canvas:
    """The canvas `steps` draw, their remaining steps taken at once."""
    while True:
        try:
            next(steps)
        except StopIteration as done:
            return cast("Canvas", done.value)


def _lane_canvas(
    stack: LaneStack,
    first: int,
    columns: int,
    words: Mapping[str, str] | None,
    disputed: frozenset[str],
) -> LaneCanvas:
    """One lane drawn over the canvas's columns, glyphs and words."""
    cells = draw_lane(stack, first, columns, words=words, disputed=disputed)
    gutter = [count for count in cells.hidden if count.first is None]
    counts = tuple(count for count in cells.hidden if count.first is not None)
    extents = cells.extents
    taken = tuple(cells.taken)  # never written to again
    captions = tuple(cells.captions)
    return LaneCanvas(
        stack.lane,
        stack,
        LaneRows(stack, first, taken, captions, counts, cells.placements),
        taken,
        tuple(tuple(sorted(runs)) for runs in cells.hit_runs),
        tuple(tuple(first for first, _, _ in sorted(runs)) for runs in cells.hit_runs),
        extents,
        cells.wait_extents,
        cells.placements,
        captions,
        counts,
        gutter[0] if gutter else None,
        tuple(_caption_reach(c, extents[c.event_id]) for c in cells.captions),
        tuple(_count_reach(c, extents) for c in counts),
        {c.event_id: i for i, c in enumerate(cells.captions)},
    )


def _kept_lanes(
    previous: Canvas | None,
    first: int,
    columns: int,
    words: Mapping[str, str] | None,
    disputed: frozenset[str],
) -> dict[Lane, LaneCanvas]:
    """The lanes of `previous` a canvas over the same columns may keep, by lane (none when it
    covers other columns, or writes words where the new one does not or the other way)."""
    if (
        previous is None
        or (previous.first, previous.columns) != (first, columns)
        or (previous.words is None) != (words is None)
    ):
        return {}
    changed = previous.disputed ^ disputed
    return {
        lane.lane: lane
        for lane in previous.lanes
        if not changed or changed.isdisjoint(lane.placements)
    }


def _same_words(lane: LaneCanvas, previous: Canvas | None, words: Mapping[str, str] | None) -> bool:
    """Whether every event drawn in `lane` has the words it had in `previous`."""
    if words is None or previous is None or previous.words is words:
        return True
    before = previous.words or {}
    return all(words.get(event_id) == before.get(event_id) for event_id in lane.placements)


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
