"""Benchmark of the casusreview at 10,000 (fictional) cases.

The issue asks that the review over 10,000 cases opens in under 1 s and that a report of
10,000 cases writes in under 2 s. Measured here, each the median of a few runs, on an unlocked
store of the demo's review caseload (every case with a timeline, referrals and starts of help,
and most with one or two seven-keys self-assessments):
- reading the caseload as lean facts (`store.reviews.caseload`);
- counting it per school and together (`domain.review.figures.overview`);
- laying it out as text charts and small multiples (what the screen paints);
- the review screen in the app at 120x36, from the key press to the figures on screen;
- the board report (read, count, render, write 0600) in Markdown, HTML with SVG and CSV;
- an extract (read, count, encrypt to an age key).
Each figure is ``wall / cpu`` seconds: the wall clock, and the processor time of this process
(which does not wait for other work on a shared machine).

Run with ``python -m bench.review``; `run()` returns the figures for `make bench`.
"""

from __future__ import annotations

import asyncio
import statistics
import tempfile
from collections.abc import Callable
from datetime import date
from pathlib import Path
from time import perf_counter, process_time

from pyrage import x25519

from rondom_tui.bundle.keys import parse_recipient
from rondom_tui.bundle.review_extract import write_extract
from rondom_tui.domain.demo import caseload, demo_cases
from rondom_tui.domain.models import Assessment, Case, Event
from rondom_tui.domain.review.figures import overview
from rondom_tui.domain.review.schools import school_panels
from rondom_tui.domain.review.sections import sections
from rondom_tui.domain.review.selection import Selection
from rondom_tui.domain.review.text_chart import school_lines, section_lines
from rondom_tui.report.review import review_csv, review_html, review_markdown
from rondom_tui.store.envelope import FAST_KDF
from rondom_tui.store.export_file import write_export
from rondom_tui.store.imports import ImportBatch
from rondom_tui.store.repository import Store
from rondom_tui.ui.app import RondomApp
from rondom_tui.ui.screens.review import ReviewScreen

CASES = 10_000
TODAY = date(2026, 3, 2)
REPEATS = 5
PASSPHRASE = "benchmark passphrase only"


def _median(job: Callable[[], object], repeats: int = REPEATS) -> str:
    """``wall / cpu`` seconds, each the median of `repeats` runs: on a shared machine the wall
    clock waits for other people's work, the processor time of this one does not."""
    walls, cpus = [], []
    for _ in range(repeats):
        start, cpu = perf_counter(), process_time()
        job()
        walls.append(perf_counter() - start)
        cpus.append(process_time() - cpu)
    return f"{statistics.median(walls):.3f} / {statistics.median(cpus):.3f}"


def _layout(store: Store) -> None:
    made = overview(store.reviews.caseload(), Selection(), TODAY)
    for section in sections(made, board=False, lang="nl"):
        section_lines(section, 118, lang="nl")
    school_lines("Per school", school_panels(made, board=False, lang="nl"), 118, lang="nl")


async def _open_screen(store: Store) -> str:
    app = RondomApp(store.path, store=store, idle_lock_minutes=0)
    async with app.run_test(size=(120, 36)) as pilot:
        await pilot.pause()
        times, cpus = [], []
        for _ in range(3):
            start, cpu = perf_counter(), process_time()
            screen = ReviewScreen(today=TODAY)
            await app.push_screen(screen)
            while screen.overview is None:
                await asyncio.sleep(0.005)
            await pilot.pause()
            times.append(perf_counter() - start)
            cpus.append(process_time() - cpu)
            app.pop_screen()
            await pilot.pause()
    return f"{statistics.median(times):.3f} / {statistics.median(cpus):.3f}"


def _figures_of(
    name: str, cases: list[Case], events: list[Event], assessments: list[Assessment]
) -> dict[str, float | int | str]:
    figures: dict[str, float | int | str] = {}
    figures["cases / events / self-assessments"] = f"{len(cases)}/{len(events)}/{len(assessments)}"
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "review.rondom"
        store = Store.create(path, PASSPHRASE, kdf=FAST_KDF)
        # One pass, as an import writes: saving 13,000 assessments one by one is quadratic.
        store.import_cases(ImportBatch(cases=cases, events=events, assessments=assessments))
        found = store.reviews.caseload()
        figures["read the caseload as facts"] = _median(store.reviews.caseload)
        figures["count per school and together"] = _median(
            lambda: overview(found, Selection(), TODAY)
        )
        figures["open the review: read, count, lay out"] = _median(lambda: _layout(store))
        figures["review screen at 120x36: key press to figures"] = asyncio.run(_open_screen(store))
        for fmt, render in (("md", review_markdown), ("html", review_html), ("csv", review_csv)):
            target = Path(folder) / f"bestuur.{fmt}"

            def report(render: Callable[..., str | bytes] = render, target: Path = target) -> None:
                made = overview(store.reviews.caseload(), Selection(), TODAY)
                write_export(
                    target, render(made, store.reviews.latest(), lang="nl"), overwrite=True
                )

            figures[f"board report, {fmt}: read, count, render, write"] = _median(report)
        key = parse_recipient(str(x25519.Identity.generate().to_public()))
        figures["extract: read, count, encrypt"] = _median(
            lambda: write_extract(store, Selection(), recipients=[key], today=TODAY)
        )
        store.close()
    return {f"{name} · {label}": value for label, value in figures.items()}


def run() -> dict[str, float | int | str]:
    """The figures, each ``wall / cpu`` seconds, for two caseloads of 10,000 cases: the demo's
    (as the store's benchmark: 70,479 events, four self-assessments) and the review caseload
    (every case with referrals and most with one or two self-assessments: the heavier one)."""
    figures: dict[str, float | int | str] = {}
    figures.update(_figures_of("demo", *demo_cases(CASES, today=TODAY)))
    figures.update(_figures_of("review caseload", *caseload(CASES, today=TODAY)))
    return figures


if __name__ == "__main__":
    for label, value in run().items():
        print(f"{label:<52} {value}")
