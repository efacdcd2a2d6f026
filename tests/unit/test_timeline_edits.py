"""An edit draws again only what it touches: the stacking and the canvas made after an edit
from those before it are exactly those made afresh, frames cut from them alike, and every
lane the edit left alone is kept as it was (the same objects: its words are not placed
again). Properties over random fictional cases and edits."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

import msgspec
from hypothesis import given, settings
from hypothesis import strategies as st

from rondom_tui.domain.models import Event, Lane
from rondom_tui.domain.timeline.canvas import Canvas
from rondom_tui.domain.timeline.frame import Frame
from rondom_tui.domain.timeline.layout import Stacking, WaitSpan, Window
from tests.unit.test_timeline_words import cases, titles
from tests.unit.timeline_strategies import TODAY, partial_dates, timeline_events

SETTINGS = settings(deadline=None, max_examples=80)


@dataclass
class Edit:
    before: list[Event]
    after: list[Event]
    touched: set[Lane]
    """The lanes of the events the edit changes, before and after it."""
    window: Window
    columns: int
    first: int
    width: int
    """The canvas: from absolute column `first`, `width` wide, holding the window."""


@st.composite
def edits(draw: st.DrawFn) -> Edit:
    """A case, one edit of it as a user makes them (a date moved, another lane, other words,
    disputed or not, an event deleted or added) and a canvas holding a window."""
    before, window, columns = draw(cases())
    after = list(before)
    kind = draw(st.sampled_from(["date", "lane", "title", "disputed", "delete", "add"]))
    if kind == "add" or not before:
        added = draw(timeline_events())
        added.title = draw(titles)
        after.append(added)
        touched = {added.lane}
        if added.id in {e.id for e in before}:  # a new event gets a new id
            after.pop()
            touched = set()
    else:
        index = draw(st.integers(0, len(before) - 1))
        old = before[index]
        touched = {old.lane}
        if kind == "delete":
            del after[index]
        else:
            changes: dict[str, object] = {
                "date": {"start": draw(partial_dates()), "end": None},
                "lane": {"lane": draw(st.sampled_from(list(Lane)))},
                "title": {"title": draw(titles)},
                "disputed": {"disputed": not old.disputed},
            }[kind]
            after[index] = msgspec.structs.replace(old, **changes)  # type: ignore[arg-type]
            touched.add(after[index].lane)
    before_canvas = draw(st.integers(0, 300))
    first = max(0, window.first_column - before_canvas)
    width = window.first_column - first + columns + draw(st.integers(0, 300))
    return Edit(before, after, touched, window, columns, first, width)


def waits_of(events: list[Event]) -> list[WaitSpan]:
    """Waiting times after the first events, so lanes hold them too."""
    return [
        WaitSpan(e.id, e.lane, e.start.anchor(), e.start.anchor() + timedelta(days=90), False)
        for e in events[:2]
    ]


def drawn(events: list[Event], stacking: Stacking, edit: Edit, **previous: Canvas) -> Canvas:
    return Canvas.draw(
        stacking.at(edit.window.zoom),
        edit.first,
        edit.width,
        words={e.id: e.title for e in events},
        disputed={e.id for e in events if e.disputed},
        **previous,
    )


def cut(canvas: Canvas, edit: Edit) -> Frame:
    return Frame(canvas, edit.window, edit.columns, lang="nl")


@SETTINGS
@given(edits())
def test_a_picture_after_an_edit_is_the_picture_drawn_afresh(edit: Edit) -> None:
    old = Stacking(edit.before, TODAY, waits=waits_of(edit.before))
    old_canvas = drawn(edit.before, old, edit)
    cut(old_canvas, edit).rows  # noqa: B018 (the window's edges cut, and kept in the canvas)
    waits = waits_of(edit.after)
    kept = Stacking(edit.after, TODAY, waits=waits, previous=old)
    fresh = Stacking(edit.after, TODAY, waits=waits)
    assert kept.depths == fresh.depths
    assert kept.at(edit.window.zoom) == fresh.at(edit.window.zoom)
    canvas = drawn(edit.after, kept, edit, previous=old_canvas)
    assert canvas == drawn(edit.after, fresh, edit)
    assert cut(canvas, edit).rows == cut(drawn(edit.after, fresh, edit), edit).rows
    assert cut(canvas, edit).captions == cut(drawn(edit.after, fresh, edit), edit).captions


@SETTINGS
@given(edits())
def test_an_edit_keeps_every_lane_it_does_not_touch(edit: Edit) -> None:
    waits_before, waits_after = waits_of(edit.before), waits_of(edit.after)
    if waits_before != waits_after:  # the first events carry waits: their lanes change too
        edit.touched |= {wait.lane for wait in (*waits_before, *waits_after)}
    old = Stacking(edit.before, TODAY, waits=waits_before)
    old_canvas = drawn(edit.before, old, edit)
    kept = Stacking(edit.after, TODAY, waits=waits_after, previous=old)
    assert kept.restacked <= edit.touched
    canvas = drawn(edit.after, kept, edit, previous=old_canvas)
    before = {lane.lane: lane for lane in old_canvas.lanes}
    for lane in canvas.lanes:
        if lane.lane not in edit.touched:
            assert lane is before[lane.lane], f"{lane.lane} drawn again"
