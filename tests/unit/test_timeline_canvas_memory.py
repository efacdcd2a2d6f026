"""A canvas keeps its cells where Python's garbage collector does not walk them: every zoom
level of a case with 2,000 events holds millions of cells, and a full collection (which falls
inside whatever frame is being made) walked each of them while they were lists of objects.
Counted, not timed: the references the collector follows from a drawn canvas."""

from __future__ import annotations

import gc
from datetime import date, timedelta
from enum import Enum
from types import FunctionType, ModuleType

from hypothesis import given
from hypothesis import strategies as st

from rondom_tui.domain.dates import PartialDate
from rondom_tui.domain.models import Category, Event, Lane
from rondom_tui.domain.timeline.canvas import Canvas
from rondom_tui.domain.timeline.grid import Paint
from rondom_tui.domain.timeline.layout import arrange
from rondom_tui.domain.timeline.picture import PAINTS, PaintRow
from tests.unit.timeline_strategies import TODAY


def walked_by_collector(root: object) -> int:
    """References a full collection follows from `root`: those of every object it tracks
    that `root` reaches (classes, modules, functions and enum members left out: they are
    the program's, not the canvas's)."""
    seen: set[int] = set()
    stack, walked = [root], 0
    while stack:
        found = stack.pop()
        if id(found) in seen or not gc.is_tracked(found):
            continue
        if isinstance(found, (type, ModuleType, FunctionType, Enum)):
            continue
        seen.add(id(found))
        referents = gc.get_referents(found)
        walked += len(referents)
        stack.extend(referents)
    return walked


def test_the_collector_walks_a_canvas_by_its_events_not_by_its_cells() -> None:
    first = date(2010, 1, 4)
    events = [
        Event(
            id=f"e{number}",
            lane=list(Lane)[number % len(Lane)],
            category=Category.OTHER,
            title=f"gebeurtenis {number}",
            start=PartialDate.from_date(first + timedelta(days=90 * number)),
            end=PartialDate.from_date(first + timedelta(days=90 * number + 200)),
        )
        for number in range(40)
    ]
    arrangement = arrange(events, 0, TODAY)  # a column a day: thousands of columns
    columns = 5_000
    canvas = Canvas.draw(arrangement, arrangement.placements["e0"].first - 10, columns, words={})
    gc.collect()  # as any collection does: tuples of strings are no longer tracked after it
    cells = sum(columns for lane in canvas.lanes for row in lane.taken if any(row))
    assert cells >= 20_000
    assert walked_by_collector(canvas) < cells // 4


@given(
    writes=st.lists(
        st.tuples(
            st.integers(0, 30),
            st.integers(0, 30),
            st.lists(st.sampled_from(list(Paint)), min_size=1, max_size=8),
            st.booleans(),
        ),
        max_size=12,
    )
)
def test_a_paint_row_holds_what_a_list_of_paints_holds(
    writes: list[tuple[int, int, list[Paint], bool]],
) -> None:
    columns = 30
    as_list, row = [Paint.BLANK] * columns, PaintRow(columns)
    for start, width, paints, one in writes:
        if one:  # one cell
            as_list[start % columns] = row[start % columns] = paints[0]
        else:  # a run (of one paint or several), as the drawing writes them
            stop = min(columns, start + width)
            value = (paints * columns)[: max(0, stop - start)]
            as_list[start:stop] = row[start:stop] = value
            assert len(as_list) == columns
    assert [PAINTS[code] for code in row.codes] == as_list
