"""The Tijdlijn drawn once per zoom level: every lane over the whole stretch of time a window at
that level can show, glyphs and words included, kept so that moving through time only cuts a
window out of it.

Pure. Placing the words (`words.place_words`) is the costly part of a picture: at 2,000 events
it takes a tenth of a second, far more than a frame may. So `Canvas.draw` places them once for
the columns every window at a zoom level can reach (`LifeSpan.reach`), and a pan, a step or a
zoom back to a level already seen only cuts (`frame.Frame`): the words stay where they are
while the user scrolls, and only words cut by the window's edge are placed again
(`edges.cut_lane`). A canvas as wide as its window is exactly the picture of that window.

Each lane is drawn when first needed (`lane_canvas.LaneCanvas`): a frame shows two or three of
a busy case's lanes, so a zoom to a level not drawn yet places the words of those, and the
others when the user scrolls to them or while he looks (`drawing`). Its rows are kept as runs
of equal paint, each painted when first shown.
"""

from __future__ import annotations

from collections.abc import Collection, Iterator, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, TypedDict, Unpack

from rondom_tui.domain.models import Lane
from rondom_tui.domain.timeline.grid import Window
from rondom_tui.domain.timeline.lane_canvas import LaneCanvas, LaneRows, Runs
from rondom_tui.domain.timeline.stacking import Arrangement

if TYPE_CHECKING:
    from rondom_tui.domain.timeline.edges import LaneEdges

__all__ = ["CUTS_KEPT", "Canvas", "DrawOptions", "LaneCanvas", "LaneRows", "Runs"]

CUTS_KEPT = 64
"""Lane cuts a canvas keeps (a few windows' worth)."""


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
        """Every lane of `arrangement` from absolute column `first`, `columns` wide, each
        drawn when first needed (`LaneCanvas`; `drawing` draws them all)."""
        words, previous = options.get("words"), options.get("previous")
        columns = max(0, columns)
        marked = frozenset(options.get("disputed", ()))
        kept = _kept_lanes(previous, first, columns, words, marked)
        lanes = []
        for stack in arrangement.lanes:
            same = kept.get(stack.lane)
            if same is None or same.stack is not stack or not _same_words(same, previous, words):
                same = LaneCanvas(stack, first, columns, words, marked)
            lanes.append(same)
        canvas = cls(arrangement, first, columns, tuple(lanes), words, marked)
        if previous is not None:
            canvas._keep_cuts(previous)
        return canvas

    def drawing(self, shown: range = range(0)) -> Iterator[None]:
        """Draw the lanes not drawn yet, one at a time, and paint their rows among `shown`
        (lane rows, counted from the first lane's first: those on screen, the same at every
        level): the steps yield before each lane drawn and each lane painted. A viewer draws
        the zoom levels next to the one on screen this way while the user looks, a few
        milliseconds per step, so that a key pressed meanwhile waits for one step at most
        (and what a frame drew or painted meanwhile is not done again)."""
        top = 0
        for lane in self.lanes:
            if not lane.drawn:
                yield
                lane.draw()
            rows = range(max(0, shown.start - top), max(0, min(lane.depth, shown.stop - top)))
            if not lane.rows.painted(rows):
                yield
                lane.rows.paint(rows)
            top += lane.depth

    @property
    def drawn(self) -> bool:
        """Whether every lane is drawn."""
        return all(lane.drawn for lane in self.lanes)

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
        if not changed or changed.isdisjoint(_events_of(lane))
    }


def _events_of(lane: LaneCanvas) -> Collection[str]:
    """The events `lane` draws (those of its stack until it is drawn: a few more, never
    fewer)."""
    if lane.drawn:
        return lane.placements
    return {p.event_id for row in lane.stack.sub_rows for p in row if not p.waiting}


def _same_words(lane: LaneCanvas, previous: Canvas | None, words: Mapping[str, str] | None) -> bool:
    """Whether every event drawn in `lane` has the words it had in `previous`."""
    if words is None or previous is None or previous.words is words:
        return True
    before = previous.words or {}
    return all(words.get(event_id) == before.get(event_id) for event_id in _events_of(lane))
