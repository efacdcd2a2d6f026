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
from collections.abc import Iterable, Mapping, Sequence
from functools import lru_cache
from operator import itemgetter
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


def _near(row: int, depth: int) -> tuple[int, ...]:
    """The rows words of a glyph in `row` may go to besides their own, nearest first: below,
    then above. The nearest rows only: words far from their glyph do not read as its words,
    and a busy lane (dozens of rows at a coarse zoom) would make every frame slow."""
    return (
        *range(row + 1, min(depth, row + 1 + NEAR_ROWS)),
        *range(row - 1, max(-1, row - 1 - NEAR_ROWS), -1),
    )


class Slot(NamedTuple):
    """A place for words: their row, first cell (or last, `right_aligned`) and room."""

    row: int
    anchor: int
    room: int
    right_aligned: bool = False
    inside: bool = False

    def first(self, width: int) -> int:
        return self.anchor - width + 1 if self.right_aligned else self.anchor


class _Rows(NamedTuple):
    """The rows `_find` tries for a glyph in one row: to the right its own then the near ones
    (`_near`), to the left the near ones then its own."""

    right: tuple[int, ...]
    left: tuple[int, ...]


def _rows_to_try(depth: int) -> list[_Rows]:
    return [
        _Rows((row, *near), (*near, row))
        for row, near in ((row, _near(row, depth)) for row in range(depth))
    ]


def _find(
    item: Visible,
    rows: Sequence[bytearray],
    columns: int,
    need: int,
    tried: _Rows,
    *,
    inside: bool = True,
    fallback: bool = True,
) -> Slot | None:
    """Where `item`'s words (`need` cells) go, trying in the order of preference: inside its
    own bar (a period long enough: "+ words +", a glyph and a blank at each end stay so the
    bar still shows), beside its glyph to the right, on a near row starting under the glyph,
    on a near row ending over it, beside its glyph to the left (`tried`: the rows, from
    `_rows_to_try`). The first place with room for all of them; else (`fallback`) the
    roomiest, the first of equals, with its room.

    One plain loop, rooms measured with `bytearray.find` and no object per place tried: a
    crowded lane tries all ten places for most of its events, at every zoom level. A room is
    looked for only `need` cells far (plus the blank after): more than `need` is the same
    choice as `need` (the first that fits wins), so a room of `need` stands for any larger.
    """
    best: tuple[int, int, int, bool, bool] | None = None
    best_room = -1
    _, at, first, last, body_first, body_last, period, _ = item
    if inside and period and body_last - body_first >= 4:
        room = body_last - body_first - 3
        if room >= need:
            return Slot(at, body_first + 2, room, False, True)
        best, best_room = (at, body_first + 2, room, False, True), room
    # to the right: beside the glyph on its own row, then from under it on the near rows
    for r in tried.right:
        start = last + 2 if r == at else first
        row = rows[r]
        if start >= columns or start < 0 or (start > 0 and row[start - 1]):
            room = 0
        else:
            taken = row.find(1, start, start + need + 1)
            if taken < 0:
                room = need if start + need <= columns else columns - start
            else:
                room = taken - 1 - start
                if room < 0:
                    room = 0
        if room >= need:
            return Slot(r, start, room)
        if room > best_room:
            best, best_room = (r, start, room, False, False), room
    # to the left: ending over the glyph on the near rows, then beside it on its own row
    for r in tried.left:
        end = first - 2 if r == at else last
        row = rows[r]
        if end < 0 or (end + 1 < len(row) and row[end + 1]):
            room = 0
        else:
            taken = row.rfind(1, end - need if end > need else 0, end + 1)
            if taken < 0:
                room = end + 1
            else:
                room = end - 1 - taken
                if room < 0:
                    room = 0
        if room >= need:
            return Slot(r, end, room, True)
        if room > best_room:
            best, best_room = (r, end, room, True, False), room
    return Slot(*best) if fallback and best is not None else None


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
    by_column = sorted(items, key=_BY_COLUMN)
    # Disputed events first, then by column, row and id (the sort is stable): the same
    # picture at every run.
    ordered = [i for i in by_column if i.disputed] + [i for i in by_column if not i.disputed]
    tries = _rows_to_try(len(rows))
    captions: dict[str, Caption] = {}
    get = texts.get
    for item in ordered:
        cells = _text_cells(get(item.event_id, ""))
        if not cells:
            continue
        if item.disputed:
            cells = (DISPUTED_MARK, *cells)
        need = len(cells)
        slot = _find(item, rows, columns, need, tries[item.row])
        if slot is None:
            continue
        placed = cells
        if slot.room < need:
            cut = shortened(cells, slot.room, MIN_TEXT + (1 if item.disputed else 0))
            if cut is None:
                continue
            placed = tuple(cut)
        width = len(placed)
        first = slot.anchor - width + 1 if slot.right_aligned else slot.anchor
        rows[slot.row][first : first + width] = b"\x01" * width
        captions[item.event_id] = Caption(
            item.event_id, slot.row, first, placed, width < need, slot.inside, item.disputed
        )
    return list(captions.values()), _count_hidden(rows, by_column, captions, columns, tries)


_BY_COLUMN = itemgetter(2, 1, 0)
"""A `Visible`'s column, row and id (`first`, `row`, `event_id`)."""


def _count_hidden(
    rows: Sequence[bytearray],
    items: list[Visible],
    captions: Mapping[str, Caption],
    columns: int,
    tries: Sequence[_Rows],
) -> list[HiddenCount]:
    """ "+N" after each run of events without words (`items` in column order), placed like
    words; a count that finds no room joins the next run, and what is left goes to the
    gutter."""
    counts: list[HiddenCount] = []
    run: list[str] = []
    carried: list[str] = []
    last: Visible | None = None
    for item in (*items, None):
        if item is not None and item.event_id not in captions:
            run.append(item.event_id)
            last = item
            continue
        if not run or last is None:
            continue
        ids = carried + run if carried else run
        text = f"+{len(ids)}"
        slot = _find(last, rows, columns, len(text), tries[last.row], inside=False, fallback=False)
        if slot is None:
            carried, run = ids, []
            continue
        first = slot.first(len(text))
        rows[slot.row][first : first + len(text)] = b"\x01" * len(text)
        counts.append(HiddenCount(slot.row, first, tuple(ids)))
        carried, run = [], []
    if carried:
        counts.append(HiddenCount(1 if len(rows) > 1 else 0, None, tuple(carried)))
    return counts
