"""The Tijdlijn on its screen, for `bench.timeline`: an encrypted store and the app around the
view (opening the screen, an edit saved, a step with the details panel, a filter change, the
analysis panel). Out of `bench/timeline.py`, which was past 400 lines. The filter change is
two figures since 2026-12-06, a filter set and taken off again: one median of both in turn
reported one or the other by chance; and the analysis panel after it counts every event (the
odd count of changes before left the filter on: about half the figure). (Underscored: `make
bench` does not run it as a group.)
"""

from __future__ import annotations

import statistics
import tempfile
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from time import perf_counter

import msgspec

from rondom_tui.domain.dates import PartialDate
from rondom_tui.domain.models import HINDERING, Case, Event
from rondom_tui.domain.timeline.analysis import TimelineFilter
from rondom_tui.store.envelope import FAST_KDF
from rondom_tui.store.repository import Store
from rondom_tui.ui.app import RondomApp
from rondom_tui.ui.screens.timeline import TimelineScreen
from rondom_tui.ui.timeline.view import TimelineView


async def screen_ms(
    events: list[Event],
    today: date,
    size: tuple[int, int],
    draw: Callable[[TimelineView], None],
    median_ms: Callable[[Callable[[], object]], float],
    repeats: int,
) -> dict[str, float]:
    """Opening the screen, an edit saved and read again, a step with the details panel, a
    filter change and the analysis panel, in milliseconds."""
    with tempfile.TemporaryDirectory() as folder:
        store = Store.create(
            Path(folder) / "bench.rondom", "benchmark passphrase only", kdf=FAST_KDF
        )
        case = store.cases.add(Case(given_name="Bench", family_name="Mark"))
        for event in events:
            event.case_id = case.id
        store.events.add_many(events)
        app = RondomApp(store.path, store=store, idle_lock_minutes=0)
        async with app.run_test(size=size) as pilot:
            opened = []
            for _ in range(3):
                start = perf_counter()
                await app.push_screen(TimelineScreen(case.id, today=today))
                await pilot.pause()
                opened.append((perf_counter() - start) * 1000)
                await app.workers.wait_for_complete()
                await app.pop_screen()
            screen = TimelineScreen(case.id, today=today)
            await app.push_screen(screen)
            await pilot.pause()
            view = screen.query_one(TimelineView)
            view.action_end(-1)
            steps = iter([1, -1] * repeats)

            def step() -> None:
                view.action_step(next(steps))
                draw(view)

            def filtered(shown: TimelineFilter) -> Callable[[], None]:
                return lambda: (screen.apply_filter(shown), draw(view))

            on, off = TimelineFilter(valences=frozenset({HINDERING})), TimelineFilter()
            # Each way apart: the two cost different amounts, and one median of both in turn
            # told one or the other by chance (which way the first, slower, change went).
            filter_on, filter_off = filter_ms(filtered(on), filtered(off), repeats)
            figures = {
                "open the timeline screen (ms)": statistics.median(opened),
                "an edit saved: the case read again and painted (ms)": reread_ms(
                    store, screen, view, events[len(events) // 2].id, draw, repeats
                ),
                "step to the next event, details included (ms)": median_ms(step),
                "change the filter and paint: a filter on (ms)": filter_on,
                "change the filter and paint: the filter off again (ms)": filter_off,
                "analysis panel: counts, clusters, waits (ms)": median_ms(
                    screen.action_toggle_summary
                ),
            }
            await app.workers.wait_for_complete()
        app.finish_saves()
        store.close()
    return figures


def reread_ms(
    store: Store,
    screen: TimelineScreen,
    view: TimelineView,
    event_id: str,
    draw: Callable[[TimelineView], None],
    repeats: int,
) -> float:
    """After an edit is saved (not timed: a worker does it) the screen reads the case again
    and the view paints it: what the user waits for once the form closes."""
    times = []
    for shift in [30, -30] * repeats:
        event = store.events.get(event_id)
        store.events.update(
            msgspec.structs.replace(
                event, start=PartialDate.from_date(event.start.anchor() + timedelta(days=shift))
            )
        )
        start = perf_counter()
        screen._reload(select=event_id)
        draw(view)
        times.append((perf_counter() - start) * 1000)
    return statistics.median(times)


def filter_ms(
    on: Callable[[], object], off: Callable[[], object], repeats: int
) -> tuple[float, float]:
    """Medians of a filter set and of the filter taken off again, in turn, in milliseconds."""
    times: tuple[list[float], list[float]] = ([], [])
    for _ in range(repeats):
        for change, found in ((on, times[0]), (off, times[1])):
            start = perf_counter()
            change()
            found.append((perf_counter() - start) * 1000)
    return statistics.median(times[0]), statistics.median(times[1])
