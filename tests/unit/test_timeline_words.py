"""Words on the line: every event's title placed beside its glyph, shortened or counted, never
over another event or other words, the same at every run. Properties over random fictional
cases, windows and widths, and a few examples that say the rules."""

from __future__ import annotations

import random
from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st
from rich.cells import get_character_cell_size

from rondom_tui.domain.dates import PartialDate
from rondom_tui.domain.models import Event, Lane
from rondom_tui.domain.timeline.layout import Frame, Window, layout
from rondom_tui.domain.timeline.words import (
    DISPUTED_MARK,
    ELLIPSIS,
    Visible,
    place_words,
    shortened,
    text_cells,
)
from tests.unit.timeline_strategies import TODAY, event, event_lists

SETTINGS = settings(deadline=None, max_examples=50)
"""Half of the examples crowd one lane in one year: that is where words collide."""

titles = st.text(
    alphabet=st.sampled_from("abcdefghij klmnop ÉéürstuvwxyzÄ日本"), min_size=1, max_size=40
)


@st.composite
def cases(draw: st.DrawFn) -> tuple[list[Event], Window, int]:
    events = draw(event_lists(max_size=30))
    crowded = draw(st.booleans())
    for item in events:
        item.title = draw(titles)
        item.disputed = draw(st.booleans())
        if crowded:  # one lane, one year: words must shorten, move and be counted
            item.lane = Lane.SCHOOL
            item.start = PartialDate(2020, draw(st.integers(1, 12)), draw(st.integers(1, 28)))
            item.end = None
    # mostly coarse zoom levels over the years the events lie in: crowded lanes
    zoom = draw(st.one_of(st.integers(0, 15), st.integers(10, 15)))
    day = date(2020, 6, 1) if crowded else draw(st.dates(date(2004, 1, 1), date(2027, 12, 31)))
    columns = draw(st.one_of(st.integers(1, 160), st.integers(20, 60)))
    return events, Window.showing(day, zoom, columns // 2).clamped(columns), columns


def frame_of(events: list[Event], window: Window, columns: int) -> Frame:
    return layout(
        events,
        window,
        columns,
        today=TODAY,
        words={e.id: e.title for e in events},
        disputed={e.id for e in events if e.disputed},
        lang="nl",
    )


def from_cell(text: str, first: int) -> str:
    """`text` from terminal cell `first` on (a wide character takes two cells)."""
    cells: list[str] = []
    for char in text:
        cells.append(char)
        if get_character_cell_size(char) == 2:
            cells.append("")
    return "".join(cells[first:])


def glyph_cells(frame: Frame) -> dict[tuple[int, int], str]:
    """(row, column) -> id of the event or waiting time drawn there."""
    cells = {}
    for extents in (frame.extents, frame.wait_extents):
        for item_id, extent in extents.items():
            for column in range(extent.first, extent.last + 1):
                cells[(extent.row, column)] = item_id
    return cells


@SETTINGS
@given(cases())
def test_no_two_captions_overlap_or_touch(case: tuple[list[Event], Window, int]) -> None:
    frame = frame_of(*case)
    taken: dict[tuple[int, int], str] = {}
    for caption in frame.captions.values():
        for column in range(caption.first - 1, caption.last + 2):
            other = taken.get((caption.row, column))
            assert other is None, f"{caption.event_id} touches the words of {other}"
        for column in range(caption.first, caption.last + 1):
            taken[(caption.row, column)] = caption.event_id
        assert caption.first >= 0 and caption.last < frame.columns


@SETTINGS
@given(cases())
def test_a_caption_never_covers_another_events_glyph(case: tuple[list[Event], Window, int]) -> None:
    frame = frame_of(*case)
    glyphs = glyph_cells(frame)
    for caption in frame.captions.values():
        for column in range(caption.first, caption.last + 1):
            owner = glyphs.get((caption.row, column))
            assert owner is None or (caption.inside and owner == caption.event_id)
        if not caption.inside:  # a blank cell between words and any glyph
            for column in (caption.first - 1, caption.last + 1):
                assert (caption.row, column) not in glyphs


@SETTINGS
@given(cases())
def test_every_event_in_the_window_has_words_or_is_counted_once(
    case: tuple[list[Event], Window, int],
) -> None:
    frame = frame_of(*case)
    counted = [event_id for hidden in frame.hidden for event_id in hidden.event_ids]
    assert len(counted) == len(set(counted))
    assert set(counted).isdisjoint(frame.captions)
    assert set(counted) | set(frame.captions) == set(frame.extents)
    for hidden in frame.hidden:
        row = frame.rows[hidden.row]
        # `first` counts terminal cells: a wide character before it takes two
        shown = row.label if hidden.first is None else from_cell(row.text, hidden.first)
        assert shown.strip().startswith(hidden.text)


@SETTINGS
@given(cases())
def test_words_are_the_title_or_its_beginning_with_an_ellipsis(
    case: tuple[list[Event], Window, int],
) -> None:
    events, window, columns = case
    frame = frame_of(events, window, columns)
    by_id = {e.id: e for e in events}
    for caption in frame.captions.values():
        item = by_id[caption.event_id]
        cells = text_cells(item.title)
        if item.disputed:
            assert caption.cells[0] == DISPUTED_MARK
            cells = [DISPUTED_MARK, *cells]
        if caption.shortened:
            assert caption.cells[-1] == ELLIPSIS
            assert "".join(cells).startswith("".join(caption.cells[:-1]))
        else:
            assert list(caption.cells) == cells
        assert frame.hit(caption.first, caption.row) == caption.event_id


@SETTINGS
@given(cases(), st.randoms(use_true_random=False))
def test_words_are_placed_the_same_at_every_run_in_any_order(
    case: tuple[list[Event], Window, int], rng: random.Random
) -> None:
    events, window, columns = case
    first = frame_of(events, window, columns)
    shuffled = list(events)
    rng.shuffle(shuffled)
    again = frame_of(shuffled, window, columns)
    assert first.captions == again.captions and first.hidden == again.hidden
    assert first.rows == again.rows


def test_a_title_goes_beside_its_glyph_when_there_is_room() -> None:
    items = [event("14-03-2019", id="a", title="Nieuwe school", lane=Lane.SCHOOL)]
    frame = frame_of(items, Window.showing(date(2019, 1, 1), 7), 60)
    caption = frame.captions["a"]
    extent = frame.extents["a"]
    assert (caption.row, caption.first) == (extent.row, extent.last + 2)
    assert frame.rows[caption.row].text[extent.first :].startswith("o Nieuwe school")


def test_crowded_titles_take_another_row_then_shorten_then_count() -> None:
    rows = [bytearray(30), bytearray(30)]
    for row in rows[:1]:
        row[0] = row[3] = row[6] = 1
    items = [
        Visible("a", 0, 0, 0, 0, 0, False),
        Visible("b", 0, 3, 3, 3, 3, False),
        Visible("c", 0, 6, 6, 6, 6, False),
    ]
    texts = {"a": "Aanmelding wijkteam", "b": "Gesprek", "c": "Start hulp"}
    captions, hidden = place_words(rows, items, texts, 30)
    placed = {c.event_id: c for c in captions}
    assert placed["a"].row == 1 and placed["a"].text == "Aanmelding wijkteam"
    assert placed["c"].row == 0 and placed["c"].text == "Start hulp"
    assert "b" not in placed and [h.event_ids for h in hidden] == [("b",)]


def test_a_disputed_event_gets_its_words_first_with_the_mark() -> None:
    rows = [bytearray(12)]
    rows[0][0] = rows[0][2] = 1
    items = [Visible("a", 0, 0, 0, 0, 0, False), Visible("b", 0, 2, 2, 2, 2, False, True)]
    captions, hidden = place_words(rows, items, {"a": "Eerste", "b": "Betwist"}, 12)
    assert [c.text for c in captions] == [f"{DISPUTED_MARK}Betwist"]
    assert hidden[0].event_ids == ("a",)


def test_shortening_never_splits_a_wide_character() -> None:
    cells = text_cells("ab日本cd")
    assert cells == ["a", "b", "日", "", "本", "", "c", "d"]
    assert shortened(cells, 4, keep=1) == ["a", "b", ELLIPSIS]
    assert shortened(cells, 2) is None
