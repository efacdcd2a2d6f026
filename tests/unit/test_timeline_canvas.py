"""Frames cut out of a canvas (the picture drawn once per zoom level over all the time a window
can show): what a pan, a step or a zoom back paints. Every promise of the words on the line
holds in any window cut from any canvas that holds it, the glyphs are those of the window
painted alone, and words away from the window's edges stay where the canvas put them."""

from __future__ import annotations

import unicodedata
from datetime import date, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from rondom_tui.domain.dates import PartialDate
from rondom_tui.domain.models import Event
from rondom_tui.domain.timeline.axis import axis_row_count
from rondom_tui.domain.timeline.canvas import Canvas
from rondom_tui.domain.timeline.frame import Frame
from rondom_tui.domain.timeline.layout import (
    ZOOM_LEVELS,
    WaitSpan,
    Window,
    arrange,
    layout,
    paint,
)
from rondom_tui.domain.timeline.navigation import LifeSpan
from rondom_tui.domain.timeline.rows import (
    Cursor,
    RowKind,
    mark_today_and_cursor,
    quick_spans,
    spans,
)
from rondom_tui.domain.timeline.words import DISPUTED_MARK, ELLIPSIS, text_cells
from tests.unit.test_timeline_words import cases, glyph_cells
from tests.unit.timeline_strategies import TODAY

SETTINGS = settings(deadline=None, max_examples=60)

Cut = tuple[list[Event], Canvas, Window, int]


@st.composite
def cuts(draw: st.DrawFn) -> Cut:
    """A case, a canvas wider than the window (up to a few hundred columns on either side)
    and the window: as the widget cuts them while the user pans."""
    events, window, columns = draw(cases())
    waits = [
        WaitSpan(
            e.id, e.lane, e.start.anchor(), e.start.anchor() + timedelta(days=days), days > 300
        )
        for e in events[:3]
        for days in [draw(st.integers(0, 700))]
    ]
    before = draw(st.integers(0, 300))
    after = draw(st.integers(0, 300))
    first = max(0, window.first_column - before)
    arrangement = arrange(events, window.zoom, TODAY, waits=waits)
    canvas = Canvas.draw(
        arrangement,
        first,
        window.first_column - first + columns + after,
        words={e.id: e.title for e in events},
        disputed={e.id for e in events if e.disputed},
    )
    return events, canvas, window, columns


def cut(case: Cut, **options: object) -> Frame:
    _, canvas, window, columns = case
    return Frame(canvas, window, columns, lang="nl", **options)  # type: ignore[arg-type]


def bar_words(frame: Frame) -> set[tuple[int, int]]:
    """(row, column) of words written inside a bar, with the blank on either side."""
    return {
        (caption.row, column)
        for caption in frame.captions.values()
        if caption.inside
        for column in range(caption.first - 1, caption.last + 2)
    }


def cells_of(text: str) -> list[str]:
    """A row's text as terminal cells (a wide character takes two)."""
    cells: list[str] = []
    for char in text:
        cells.append(char)
        if unicodedata.east_asian_width(char) in ("W", "F"):
            cells.append("")
    return cells


@SETTINGS
@given(cuts())
def test_words_in_a_cut_never_overlap_touch_or_cover_a_glyph(case: Cut) -> None:
    frame = cut(case)
    glyphs = glyph_cells(frame)
    taken: dict[tuple[int, int], str] = {}
    for caption in frame.captions.values():
        assert caption.first >= 0 and caption.last < frame.columns
        for column in range(caption.first - 1, caption.last + 2):
            assert (caption.row, column) not in taken, "words touch other words"
        for column in range(caption.first, caption.last + 1):
            taken[(caption.row, column)] = caption.event_id
            owner = glyphs.get((caption.row, column))
            assert owner is None or (caption.inside and owner == caption.event_id)
        if not caption.inside:
            assert (caption.row, caption.first - 1) not in glyphs
            assert (caption.row, caption.last + 1) not in glyphs


@SETTINGS
@given(cuts())
def test_every_event_in_a_cut_has_its_words_or_is_counted_once(case: Cut) -> None:
    events, *_ = case
    frame = cut(case)
    counted = [event_id for hidden in frame.hidden for event_id in hidden.event_ids]
    assert len(counted) == len(set(counted))
    assert set(counted).isdisjoint(frame.captions)
    assert set(counted) | set(frame.captions) == set(frame.extents)
    rows = frame.rows
    for hidden in frame.hidden:
        row = rows[hidden.row]
        shown = row.label if hidden.first is None else "".join(cells_of(row.text)[hidden.first :])
        assert shown.strip().startswith(hidden.text)
    by_id = {e.id: e for e in events}
    for caption in frame.captions.values():
        item = by_id[caption.event_id]
        cells = text_cells(item.title)
        if item.disputed:
            cells = [DISPUTED_MARK, *cells]
        if caption.shortened:
            assert caption.cells[-1] == ELLIPSIS
            assert "".join(cells).startswith("".join(caption.cells[:-1]))
        else:
            assert list(caption.cells) == cells
        assert caption.text in rows[caption.row].text
        assert frame.hit(caption.first, caption.row) == caption.event_id


@SETTINGS
@given(cuts())
def test_a_cut_draws_the_glyphs_of_the_window_painted_alone(case: Cut) -> None:
    _, canvas, window, columns = case
    frame = cut(case)
    alone = paint(canvas.arrangement, window, columns, lang="nl")
    assert frame.extents == alone.extents
    assert frame.wait_extents == alone.wait_extents
    assert [len(cells_of(row.text)) for row in frame.rows] == [
        len(cells_of(row.text)) for row in alone.rows
    ]
    words = bar_words(frame) | bar_words(alone)
    for extents in (frame.extents, frame.wait_extents):
        for extent in extents.values():
            ours, theirs = (
                cells_of(frame.rows[extent.row].text),
                cells_of(alone.rows[extent.row].text),
            )
            for column in range(extent.first, extent.last + 1):
                if (extent.row, column) not in words:
                    assert ours[column] == theirs[column]


@SETTINGS
@given(cuts())
def test_words_away_from_the_edges_stay_where_the_canvas_put_them(case: Cut) -> None:
    _, canvas, window, columns = case
    frame = cut(case)
    left = window.first_column - canvas.first
    for lane in canvas.lanes:
        top = frame.lane_rows(lane.lane).start
        for caption in lane.captions:
            margin = 1 if caption.inside else 0
            inside = left <= caption.first - margin and caption.last + margin < left + columns
            if inside and frame.extent(caption.event_id) is not None:
                shown = frame.captions[caption.event_id]
                assert (shown.row, shown.first) == (top + caption.row, caption.first - left)
                assert shown.cells == caption.cells


@SETTINGS
@given(cuts(), st.integers(0, 40), st.dates(date(2004, 1, 1), date(2027, 1, 1)))
def test_only_the_rows_of_the_selection_and_the_cursor_differ_between_steps(
    case: Cut, pick: int, day: date
) -> None:
    events, *_ = case
    plain = cut(case)
    selected = events[pick % len(events)].id if events else None
    lanes = plain.lanes
    cursor = Cursor(lanes[pick % len(lanes)], day) if lanes else None
    marked = cut(case, selected_id=selected, cursor=cursor)
    assert marked.same_picture(plain)
    differ = {i for i, (a, b) in enumerate(zip(plain.rows, marked.rows, strict=True)) if a != b}
    assert differ <= marked.marked_rows()


@SETTINGS
@given(cuts(), st.integers(-1, 400), st.integers(-1, 400))
def test_rows_the_canvas_shows_as_they_are_are_made_from_its_runs_alike(
    case: Cut, today: int, cursor: int
) -> None:
    _, canvas, window, columns = case
    left = window.first_column - canvas.first
    today_column = today if 0 <= today < columns else None
    for lane in canvas.lanes:
        for runs in lane.rows:
            chars, paints = runs.cut(left, columns)
            mark_today_and_cursor(today_column, None, chars, paints)
            assert quick_spans(runs, left, columns, today_column) == spans(chars, paints)


@SETTINGS
@given(
    st.dates(date(2004, 1, 1), date(2020, 1, 1)),
    st.integers(0, 4000),
    st.integers(0, len(ZOOM_LEVELS) - 1),
    st.integers(1, 200),
    st.integers(-100_000, 100_000),
)
def test_every_window_kept_inside_the_life_lies_within_its_reach(
    first: date, days: int, zoom: int, columns: int, where: int
) -> None:
    life = LifeSpan(first, first + timedelta(days=days))
    start, width = life.reach(zoom, columns)
    window = life.keep_inside(Window(zoom, 0).clamped(columns), columns)
    moved = life.keep_inside(Window(zoom, max(0, window.first_column + where)), columns)
    for kept in (window, moved):
        assert start <= kept.first_column <= start + width - columns


def test_the_axis_has_the_rows_it_says() -> None:
    window = Window.showing(date(2019, 1, 1), 7)
    for born in (None, PartialDate(2013, 6, 1)):
        frame = layout([], window, 80, today=TODAY, date_of_birth=born, lang="nl")
        assert (
            frame.axis_rows
            == axis_row_count(born)
            == sum(row.kind is not RowKind.LANE for row in frame.rows)
        )
