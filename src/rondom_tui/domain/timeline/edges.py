"""What changes where a window's edge cuts through a lane of the canvas: the words that no
longer fit are placed again inside the window, the "+N" counts count only what is on screen.

Pure. A window shows the canvas's cells as they are, except:
- words of an event off screen are left out;
- words cut by the edge (or lying beyond it while their event is on screen) are taken away and
  placed again by `words.place_words` in the room the window has, with the same rules
  (another row, shortened, or counted);
- a count whose events are partly off screen counts those on screen; one cut by the edge is
  taken away and its events placed again.
So the frame keeps every promise of the words on the line (no overlap, no glyph covered, every
event worded or counted once) while everything away from the edges stays put. The work is in
proportion to what the edges cut, not to the lane: a pan is a few comparisons per caption.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from rondom_tui.domain.timeline.grid import Paint
from rondom_tui.domain.timeline.lane_canvas import LaneCanvas
from rondom_tui.domain.timeline.picture import draw_glyphs, visible_part, write_caption, write_count
from rondom_tui.domain.timeline.stacking import Placement
from rondom_tui.domain.timeline.words import Caption, HiddenCount, place_words


@dataclass(frozen=True, slots=True)
class LaneEdges:
    """The changes to one lane's canvas cells in a window; columns relative to the window,
    rows to the lane."""

    left: int
    """The window's first column, relative to the canvas."""
    columns: int
    erased: tuple[tuple[int, int, int], ...] = ()
    """(row, first, last): cells of words or counts taken away, blank again."""
    restored: tuple[tuple[int, int, int, Placement], ...] = ()
    """(row, first, last, event): cells of words taken out of a bar, drawn as the bar again."""
    captions: tuple[Caption, ...] = ()
    """Words placed again."""
    counts: tuple[HiddenCount, ...] = ()
    """Counts written again (recounted where they were, or placed again)."""
    gutter: HiddenCount | None = None
    """The events counted under the lane's name."""
    dropped: frozenset[str] = frozenset()
    """Events on screen (or with words on screen) whose canvas words are not shown."""
    changed_counts: frozenset[int] = frozenset()
    """Indexes of the canvas's counts not shown as they are."""
    hits: Mapping[tuple[int, int], str] = field(default_factory=dict)
    """(column, row) -> event, for the words placed again."""
    placements: Mapping[str, Placement] = field(default_factory=dict)
    """The events of the words placed again."""
    rows: frozenset[int] = frozenset()
    """The lane rows these changes touch."""

    def paint(
        self, lane_row: int, first_column: int, chars: list[str], paints: list[Paint]
    ) -> None:
        """Make these changes to one row of the window (whose first cell is absolute column
        `first_column`): words and counts taken away or written again, bars drawn again where
        their words were."""
        for at, first, last in self.erased:
            if at == lane_row:
                chars[first : last + 1] = [" "] * (last - first + 1)
                paints[first : last + 1] = [Paint.BLANK] * (last - first + 1)
        for at, first, last, placed in self.restored:
            if at == lane_row:
                draw_glyphs(placed, first, last, first_column, chars, paints)
        for caption in self.captions:
            if caption.row == lane_row:
                write_caption(caption, self.placements[caption.event_id].valence, chars, paints)
        for count in self.counts:
            if count.row == lane_row:
                write_count(count, chars, paints)


def cut_lane(
    lane: LaneCanvas,
    origin: int,
    left: int,
    columns: int,
    *,
    words: Mapping[str, str] | None,
    disputed: frozenset[str],
) -> LaneEdges:
    """The changes a window `columns` wide from canvas column `left` makes to `lane`; the
    canvas starts at absolute column `origin`."""
    right = left + columns - 1
    erased: list[tuple[int, int, int]] = []
    restored: list[tuple[int, int, int, Placement]] = []
    dropped: set[str] = set()
    again: list[str] = []
    for caption, (first, last, event_first, event_last) in zip(
        lane.captions, lane.caption_reach, strict=True
    ):
        shown = event_last >= left and event_first <= right
        if first >= left and last <= right:
            if shown:
                continue  # shown as the canvas has it
        elif (last < left or first > right) and not shown:
            continue  # neither the words nor the event on screen
        dropped.add(caption.event_id)
        if shown:
            again.append(caption.event_id)
        lo, hi = max(first, left) - left, min(last, right) - left
        if lo <= hi and caption.inside:
            restored.append((caption.row, lo, hi, lane.placements[caption.event_id]))
        elif lo <= hi:
            erased.append((caption.row, lo, hi))
    counts: list[HiddenCount] = []
    changed: set[int] = set()
    for index, (count, (first, last, lowest_last, highest_first)) in enumerate(
        zip(lane.counts, lane.count_reach, strict=True)
    ):
        inside = first >= left and last <= right
        if inside and lowest_last >= left and highest_first <= right:
            continue  # every event counted is on screen
        ids = tuple(i for i in count.event_ids if _on_screen(lane, i, left, right))
        if not ids and (last < left or first > right):
            continue
        changed.add(index)
        lo, hi = max(first, left) - left, min(last, right) - left
        if lo <= hi:
            erased.append((count.row, lo, hi))
        if inside and ids:  # recounted where it is: as long or shorter
            counts.append(HiddenCount(count.row, first - left, ids))
        else:
            again += ids
    gutter = (
        [i for i in lane.gutter.event_ids if _on_screen(lane, i, left, right)]
        if lane.gutter
        else []
    )
    captions: list[Caption] = []
    hits: dict[tuple[int, int], str] = {}
    placements = {i: lane.placements[i] for i in again}
    if again:
        taken = [bytearray(row[left : right + 1]) for row in lane.taken]
        for row, lo, hi in erased:
            taken[row][lo : hi + 1] = bytes(hi - lo + 1)
        for count in counts:
            start = count.first or 0
            taken[count.row][start : start + len(count.text)] = b"\x01" * len(count.text)
        items = [visible_part(placements[i], origin + left, columns, disputed) for i in again]
        captions, hidden = place_words(taken, items, words or {}, columns)
        for caption in captions:
            for column in range(caption.first, caption.last + 1):
                hits[(column, caption.row)] = caption.event_id
        counts += [count for count in hidden if count.first is not None]
        gutter += [i for count in hidden if count.first is None for i in count.event_ids]
    rows = {row for row, _, _ in erased} | {row for row, _, _, _ in restored}
    rows |= {caption.row for caption in captions} | {count.row for count in counts}
    return LaneEdges(
        left,
        columns,
        tuple(erased),
        tuple(restored),
        tuple(captions),
        tuple(counts),
        HiddenCount(1 if lane.depth > 1 else 0, None, tuple(gutter)) if gutter else None,
        frozenset(dropped),
        frozenset(changed),
        hits,
        placements,
        frozenset(rows),
    )


def _on_screen(lane: LaneCanvas, event_id: str, left: int, right: int) -> bool:
    extent = lane.extents[event_id]
    return extent.last >= left and extent.first <= right
