"""Words on the line: where each event's title goes in its lane, shortened where it must be.

Pure. `place_words` gets one lane of a painted window: which cells its glyphs take (per lane
row) and the events visible there, and returns a `Caption` per event that gets words and a
`HiddenCount` ("+3") for those that do not, so nothing is lost without a trace.

The rules, in the order they are tried for each event:
1. the whole title inside the event's own bar (a period long enough), else beside its glyph
   (to the right, with a blank cell between), else on another row of the lane starting under
   the glyph or ending over it, else to the left of the glyph;
2. failing all, the longest shortened title (ending in "…") any of those places allows;
3. failing that, the event is counted: "+N" after the run of events without words, or, when
   even that finds no room, under the lane's name in the gutter.
Words never touch a glyph or other words (a blank cell stays between them), so a selected
event always has room for its brackets. Disputed events get their words first and a "!" in
front. Events are handled in a fixed order (disputed first, then by column, row and id), so
the same picture comes out at every run.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Iterator, Mapping, Sequence
from functools import lru_cache
from typing import NamedTuple

WORD_ROWS = 1
"""Rows every lane with events gets beyond what its glyphs need, for words."""
MIN_TEXT = 3
"""Characters a shortened title keeps at least (before its "…"); shorter says nothing."""
DISPUTED_MARK = "!"
"""In front of a disputed event's words (`timeline.legend` names it)."""
ELLIPSIS = "…"
NEAR_ROWS = 2
"""Words may go this many rows below or above their glyph, no further."""


class Visible(NamedTuple):
    """An event as one lane of a window shows it: lane row and relative columns. (Named
    tuples here and below: a picture makes thousands, and they are made faster.)"""

    event_id: str
    row: int
    """Row within the lane (0 is the lane's first row)."""
    first: int
    last: int
    """Visible cells of everything drawn for it (uncertain margins included)."""
    body_first: int
    body_last: int
    """Visible cells of its valence glyphs (`body_first > body_last` when none are visible)."""
    period: bool
    """Drawn as a bar (a period), so its words may go inside."""
    disputed: bool = False


class Caption(NamedTuple):
    """An event's words as drawn: lane row, first cell and the cells (a wide character takes
    two: its text and an empty string)."""

    event_id: str
    row: int
    first: int
    cells: tuple[str, ...]
    shortened: bool
    inside: bool
    """Written inside the event's own bar."""
    disputed: bool = False

    @property
    def last(self) -> int:
        return self.first + len(self.cells) - 1

    @property
    def text(self) -> str:
        return "".join(self.cells)

    def moved(self, rows: int, columns: int) -> Caption:
        """The same words `rows` rows down and `columns` columns to the right."""
        return self._replace(row=self.row + rows, first=self.first + columns)


class HiddenCount(NamedTuple):
    """Events of a lane whose words found no room, counted ("+3")."""

    row: int
    first: int | None
    """First cell of the count; None: in the gutter, under the lane's name."""
    event_ids: tuple[str, ...]

    @property
    def text(self) -> str:
        return f"+{len(self.event_ids)}"


def text_cells(text: str) -> list[str]:
    """`text` as terminal cells (see `_text_cells`); a copy, cached by text."""
    return list(_text_cells(text))


@lru_cache(maxsize=8192)
def _text_cells(text: str) -> tuple[str, ...]:
    """`text` as terminal cells: one line, control and format characters left out, a wide
    character followed by an empty cell, a combining mark kept with the character before."""
    cells: list[str] = []
    for char in " ".join(text.split()):
        category = unicodedata.category(char)
        if category in ("Cc", "Cf", "Cs", "Co", "Cn"):
            continue
        if unicodedata.combining(char) and cells:
            index = len(cells) - 1 if cells[-1] else len(cells) - 2
            cells[index] += char
            continue
        cells.append(char)
        if unicodedata.east_asian_width(char) in ("W", "F"):
            cells.append("")
    return tuple(cells)


def shortened(cells: Sequence[str], room: int, keep: int = MIN_TEXT) -> list[str] | None:
    """`cells` cut to `room` with an ellipsis (never through a wide character), or None when
    fewer than `keep` cells of text would remain."""
    if len(cells) <= room:
        return list(cells)
    if room <= keep:
        return None
    end = room - 1
    while end > 0 and cells[end] == "":
        end -= 1
    cut = list(cells[:end])
    while cut and cut[-1] == " ":
        cut.pop()
    if len(cut) < keep:
        return None
    return [*cut, ELLIPSIS]


# -- free room in a row ------------------------------------------------------------------


def _room_right(row: bytearray, start: int, columns: int) -> int:
    """Cells free from `start` on, keeping a blank cell before `start` and after the words."""
    if start >= columns or start < 0 or (start > 0 and row[start - 1]):
        return 0
    taken = row.find(1, start)
    end = columns if taken == -1 else taken - 1
    return max(0, end - start)


def _room_left(row: bytearray, end: int) -> int:
    """Cells free up to cell `end` (inclusive), keeping a blank cell on both sides."""
    if end < 0 or (end + 1 < len(row) and row[end + 1]):
        return 0
    taken = row.rfind(1, 0, end + 1)
    start = 0 if taken == -1 else taken + 2
    return max(0, end + 1 - start)


class _Slot(NamedTuple):
    row: int
    anchor: int
    """First cell (`right_aligned` False) or last cell (True) of the words."""
    room: int
    right_aligned: bool = False
    inside: bool = False

    def first(self, width: int) -> int:
        return self.anchor - width + 1 if self.right_aligned else self.anchor


def _slots(item: Visible, rows: Sequence[bytearray], columns: int) -> Iterator[_Slot]:
    """Where `item`'s words could go, in the order of preference (each room measured only
    when asked for: most words fit in the first place or two)."""
    if item.period and item.body_last - item.body_first >= 4:
        # "+ words +": a glyph and a blank at each end stay, so the bar still shows.
        room = item.body_last - item.body_first - 3
        yield _Slot(item.row, item.body_first + 2, room, inside=True)
    own = rows[item.row]
    yield _Slot(item.row, item.last + 2, _room_right(own, item.last + 2, columns))
    # The nearest rows only: words far from their glyph do not read as its words, and a busy
    # lane (dozens of rows at a coarse zoom) would make every frame slow.
    below = range(item.row + 1, min(len(rows), item.row + 1 + NEAR_ROWS))
    others = [*below, *range(item.row - 1, max(-1, item.row - 1 - NEAR_ROWS), -1)]
    for r in others:
        yield _Slot(r, item.first, _room_right(rows[r], item.first, columns))
    for r in others:
        yield _Slot(r, item.last, _room_left(rows[r], item.last), right_aligned=True)
    yield _Slot(item.row, item.first - 2, _room_left(own, item.first - 2), True)


def _choose(slots: Iterable[_Slot], cells: list[str], keep: int) -> tuple[_Slot, list[str]] | None:
    """The first slot with room for all of `cells`, else the roomiest that holds a shortened
    form (the first of equals)."""
    best: _Slot | None = None
    for slot in slots:
        if slot.room >= len(cells):
            return slot, cells
        if best is None or slot.room > best.room:
            best = slot
    if best is None:
        return None
    cut = shortened(cells, best.room, keep)
    return (best, cut) if cut is not None else None


def _take(row: bytearray, first: int, width: int) -> None:
    row[first : first + width] = b"\x01" * width


def place_words(
    rows: Sequence[bytearray],
    items: Iterable[Visible],
    texts: Mapping[str, str],
    columns: int,
) -> tuple[list[Caption], list[HiddenCount]]:
    """Captions and hidden counts for one lane of a window.

    `rows` has one entry per lane row, `columns` long, 1 where a glyph (of an event or a
    waiting time) is drawn; it is filled in with the words placed. `items` are the lane's
    visible events; `texts` their words by id (an id without words is counted as hidden).
    """
    ordered = sorted(items, key=lambda i: (not i.disputed, i.first, i.row, i.event_id))
    captions: dict[str, Caption] = {}
    for item in ordered:
        words = texts.get(item.event_id, "")
        cells = text_cells(words)
        if not cells:
            continue
        if item.disputed:
            cells = [DISPUTED_MARK, *cells]
        keep = MIN_TEXT + (1 if item.disputed else 0)
        chosen = _choose(_slots(item, rows, columns), cells, keep)
        if chosen is None:
            continue
        slot, placed = chosen
        first = slot.first(len(placed))
        _take(rows[slot.row], first, len(placed))
        captions[item.event_id] = Caption(
            item.event_id,
            slot.row,
            first,
            tuple(placed),
            len(placed) < len(cells),
            slot.inside,
            item.disputed,
        )
    return list(captions.values()), _count_hidden(rows, ordered, captions, columns)


def _count_hidden(
    rows: Sequence[bytearray],
    items: list[Visible],
    captions: Mapping[str, Caption],
    columns: int,
) -> list[HiddenCount]:
    """ "+N" after each run of events without words (in column order), placed like words; a
    count that finds no room joins the next run, and what is left goes to the gutter."""
    counts: list[HiddenCount] = []
    run: list[Visible] = []
    carried: list[str] = []

    def flush() -> None:
        nonlocal run, carried
        if not run:
            return
        ids = [*carried, *(i.event_id for i in run)]
        text = list(f"+{len(ids)}")
        last = run[-1]
        fitting = (s for s in _slots(last, rows, columns) if not s.inside and s.room >= len(text))
        slot = next(fitting, None)
        if slot is None:
            carried, run = ids, []
            return
        first = slot.first(len(text))
        _take(rows[slot.row], first, len(text))
        counts.append(HiddenCount(slot.row, first, tuple(ids)))
        carried, run = [], []

    for item in sorted(items, key=lambda i: (i.first, i.row, i.event_id)):
        if item.event_id in captions:
            flush()
        else:
            run.append(item)
    flush()
    if carried:
        counts.append(HiddenCount(1 if len(rows) > 1 else 0, None, tuple(carried)))
    return counts
