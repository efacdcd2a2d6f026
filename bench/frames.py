"""What reaches the terminal: bytes and frames per key, start-up, search, memory (issue 14).

Everything here drives the real program in a real pty (`bench/terminal.py`), at 120x36 and
80x24, on a demo store made with `rondom demo --cases N --no-open`:
- bytes and synchronized-output frames per Down in the case list, per score in meeting mode
  and per character typed into the search (the median of several presses);
- start to the unlock screen's first frame, on the demo's 12 cases and on 10,000 (the store's
  header is read before the screen shows), against a bare Textual app started the same way in
  the same run (the median of several starts of each, taken in turns);
- one search character to its rows (from the key to the end of the frame that draws them,
  the burst's largest) and to the last frame of the burst;
- the case list drawn after the store is open (`bench/_opened_app.py` marks the moment the
  unlock finished);
- the peak memory of the `rondom` process after the case list, a timeline and meeting mode
  (its `ru_maxrss`, read when it exits), with the bare Textual app's as its floor;
- the floors issue 14 names, in the same run: Textual's DataTable holding as many rows
  (`bench/_datatable_app.py`: bytes and frames per Down, peak memory), the case list drawn
  after opening a store of 100 cases, and the key derivation of the demo stores (Enter to the
  case list is also given without it).

Sessions run at 1,000 and 10,000 cases (10,000 at both terminal sizes) and, with
RONDOM_BENCH_50K=1, at 50,000.

Run with ``python -m bench frames``; `run()` returns the figures for `make bench`.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from bench._datatable_app import READY as DATATABLE_READY
from bench.terminal import Burst, Terminal
from rondom_tui.store.envelope import derive_key
from rondom_tui.store.store_file import peek_header

CASES = 10_000
"""The size of the start-up figure's large store and of the session at both terminal sizes."""
SMALL = 12
"""The demo's own size: start-up without a large file to look at."""
SIZES = ((120, 36), (80, 24))
STARTS = 5
"""Starts of rondom and of the bare app each, for the median."""
DOWNS = 10
SCORES = 8
SEARCH = "noor wilg"
AFTER_OPEN_RUNS = 3
FLOOR_CASES = 100
"""The small store whose case list, drawn after opening, is the floor of the large ones'."""

Figures = dict[str, float | int | str]
"""Label -> a figure, or `bytes / frames` as text."""

BIN = Path(sys.executable).parent
BENCH = Path(__file__).parent
DEMO_PASSPHRASE = "demo"
DRAFT_CASE_ID = "00000000-0000-4000-8000-000000000001"
"""The demo's second case: it holds the draft assessment of an interrupted meeting."""

UNLOCK_TEXT = "Opslag ontgrendelen"


def sizes() -> tuple[int, ...]:
    """The stores the sessions run on: 1,000 and 10,000 cases; 50,000 too with
    RONDOM_BENCH_50K=1 (making that demo store takes minutes)."""
    return (1_000, CASES, 50_000) if os.environ.get("RONDOM_BENCH_50K") == "1" else (1_000, CASES)


def _list_text(cases: int) -> str:
    return f"{cases:,} dossiers".replace(",", ".")  # "10.000 dossiers"


ASSESSMENTS_TEXT = "concept"
MEETING_TEXT = "sleutel 1 van 7"
TIMELINE_TEXT = "Bestaansz."


def _environment(folder: Path) -> dict[str, str]:
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("TEXTUAL", "RONDOM", "COLUMNS", "LINES"))
    }
    env.update(
        TERM="xterm-256color",
        COLORTERM="truecolor",
        LANG="C.UTF-8",
        RONDOM_LANG="nl",
        RONDOM_IDLE_LOCK="0",
        XDG_CONFIG_HOME=str(folder / "config"),  # no keymap of the one running the bench
        RONDOM_PASSPHRASE_FILE=str(folder / "passphrase"),
    )
    return env


def _median(values: list[float]) -> float:
    return statistics.median(values) if values else float("nan")


def _per_key(bursts: list[Burst]) -> tuple[int, int]:
    """The median bytes and frames of `bursts`."""
    return (
        int(statistics.median(b.bytes for b in bursts)),
        int(statistics.median(b.frames for b in bursts)),
    )


def _make_store(folder: Path, env: dict[str, str], cases: int = CASES) -> tuple[Path, str]:
    """A demo store of `cases` cases, and the code of the case with the draft assessment."""
    store = folder / f"demo-{cases}.rondom"
    (folder / "passphrase").write_text(DEMO_PASSPHRASE + "\n")
    rondom = str(BIN / "rondom")
    subprocess.run(
        [rondom, "demo", "--cases", str(cases), "--no-open", "--store", str(store)],
        env=env,
        check=True,
        capture_output=True,
    )
    listing = subprocess.run(
        [rondom, "list", "--json", "--store", str(store)],
        env=env,
        check=True,
        capture_output=True,
    )
    found = json.loads(listing.stdout)
    code = next(c["code"] for c in found if c["id"] == DRAFT_CASE_ID)
    return store, code


def _unlock(term: Terminal, cases: int) -> float:
    """Type the passphrase; the seconds from Enter to the case list's first frame.

    Issue 14's unlock in the app (docs/DECISIONS.md, "Unlock: the list's rows from the
    opening's own pass"): at 10,000 cases, beyond the KDF, one whole run each at a load of
    0.1 to 1.3 (06-12-2026), 120x36 0.287 -> 0.262 s, 80x24 0.301 -> 0.266 s; alternating
    runs of rondom, medians of 9 at a load of 0.3 to 0.5, KDF included, 0.336 -> 0.286 s."""
    term.wait_for_text(UNLOCK_TEXT)
    term.settle(0.3)
    term.type(DEMO_PASSPHRASE)
    term.settle(0.2)
    begin = len(term.output)
    pressed = time.monotonic()
    term.type("enter")
    shown = term.wait_for_text(_list_text(cases), after=begin, timeout=300)
    term.settle(0.5)
    return shown - pressed


def _start_times(stores: list[Path], env: dict[str, str]) -> tuple[list[float], float, float]:
    """Median seconds from start to the first frame: rondom's unlock screen on each of
    `stores`, and the bare app, started in turns; and the bare app's peak memory (MB), the
    floor of rondom's.

    Issue 14's start (docs/DECISIONS.md, "The unlock screen comes before the store"): at 12
    cases, alternating starts of the code before and after it, medians of 9 at a load of
    about 1 (06-12-2026), rondom / bare 1.46 -> 1.28 (0.244 -> 0.213 s, bare 0.167 s); in one
    whole `bench frames` run each at a load of 3 to 3.5, 1.44 -> 1.25 (12 cases) and
    1.62 -> 1.25 (10,000)."""
    rondom: list[list[float]] = [[] for _ in stores]
    bare: list[float] = []
    bare_rss: list[int] = []
    for _ in range(STARTS):
        runs = [
            ([str(BIN / "rondom"), "--store", str(store)], UNLOCK_TEXT, times)
            for store, times in zip(stores, rondom, strict=True)
        ]
        runs.append(([sys.executable, str(BENCH / "_bare_app.py")], "bare textual app", bare))
        for argv, text, found in runs:
            term = Terminal(argv, columns=120, rows=36, env=env)
            try:
                found.append(term.wait_for_text(text) - term.started)
                term.settle(0.2)
            finally:
                term.close()
            if found is bare and term.max_rss_kib is not None:
                bare_rss.append(term.max_rss_kib)
    peak = statistics.median(bare_rss) / 1024 if bare_rss else float("nan")
    return [_median(times) for times in rondom], _median(bare), peak


def _after_open(store: Path, folder: Path, env: dict[str, str], cases: int) -> float:
    """Median seconds from the store being open to the case list's first frame.

    The unlock screen's thread makes the list's rows before it hands the store to the app
    (docs/DECISIONS.md, "The case list's rows are made while unlocking"): they are counted in
    Enter to the case list, not here. At 10,000 cases, alternating, medians of 5 at a load of
    about 1.3 (06-12-2026): 0.104 -> 0.052 s; in one whole run each at a load of 3 to 3.5,
    0.111 -> 0.082 s. Then the list's index made in that thread too and its sheet read with
    the app's (and `_opened_app.py` reading the app's sheets as rondom does): 0.068 -> 0.033 s
    in one whole run each at a load of 0.1 to 1.3."""
    runs: list[float] = []
    mark = folder / "opened"
    for _ in range(AFTER_OPEN_RUNS):
        term = Terminal(
            [sys.executable, str(BENCH / "_opened_app.py"), str(store), str(mark)],
            columns=120,
            rows=36,
            env=env,
        )
        try:
            term.wait_for_text(UNLOCK_TEXT)
            term.settle(0.3)
            term.type(DEMO_PASSPHRASE)
            term.settle(0.2)
            begin = len(term.output)
            term.type("enter")
            shown = term.wait_for_text(_list_text(cases), after=begin, timeout=300)
            runs.append(shown - float(mark.read_text()))
            term.settle(0.3)
        finally:
            term.close()
    return _median(runs)


def _kdf_seconds(store: Path) -> float:
    """Median seconds of the key derivation with the parameters in `store`'s header (the
    demo's passphrase, a fresh salt): what Enter to the case list spends before any of the
    store is read."""
    kdf = peek_header(store).kdf
    runs = []
    for _ in range(5):
        started = time.perf_counter()
        derive_key(DEMO_PASSPHRASE, kdf, os.urandom(16))
        runs.append(time.perf_counter() - started)
    return _median(runs)


def _datatable_floor(env: dict[str, str], rows: int) -> tuple[int, int, float]:
    """Textual's DataTable of `rows` rows at 120x36: the median bytes and frames per Down,
    and its peak memory (MB)."""
    term = Terminal(
        [sys.executable, str(BENCH / "_datatable_app.py"), str(rows)],
        columns=120,
        rows=36,
        env=env,
    )
    try:
        term.wait_for_text(DATATABLE_READY, timeout=300)
        term.settle(0.5)
        downs = _per_key([term.press("down") for _ in range(DOWNS)])
    finally:
        term.close()
    peak = term.max_rss_kib / 1024 if term.max_rss_kib is not None else float("nan")
    return downs[0], downs[1], peak


def _session(
    store: Path,
    code: str,
    env: dict[str, str],
    columns: int,
    rows: int,
    cases: int,
    kdf: float,
) -> Figures:
    """One `rondom` session: unlock, Down in the list, search, meeting mode, a timeline. A
    step that does not show what it waits for (a loaded machine) is reported, not fatal."""
    figures: Figures = {}
    size = f"{cases:,} cases, {columns}x{rows}"
    term = Terminal(
        [str(BIN / "rondom"), "--store", str(store)], columns=columns, rows=rows, env=env
    )
    try:
        entered = _unlock(term, cases)
        figures[f"{size} Enter to case list (unlock, KDF included)"] = entered
        figures[f"{size} Enter to case list beyond the KDF"] = entered - kdf
        figures[f"{size} bytes / frames per Down in the case list"] = "{} / {}".format(
            *_per_key([term.press("down") for _ in range(DOWNS)])
        )
        term.press("/")
        typed = [term.press(char) for char in SEARCH]
        figures[f"{size} bytes / frames per search character"] = "{} / {}".format(*_per_key(typed))
        # The rows are the burst's largest frame: the field's echo comes before them (Textual
        # lays the screen out again for an Input's new value) and the scrollbar's thumb after.
        figures[f"{size} search character to its rows, median (s)"] = _median(
            [b.largest_seconds for b in typed]
        )
        figures[f"{size} search character to its last frame, median (s)"] = _median(
            [b.seconds for b in typed]
        )
        term.press("escape")
        figures.update(_meeting_and_timeline(term, code, size))
    finally:
        term.close()
    if term.max_rss_kib is not None:
        figures[f"{size} peak memory, list + meeting + timeline (MB)"] = round(
            term.max_rss_kib / 1024
        )
    return figures


def _meeting_and_timeline(term: Terminal, code: str, size: str) -> Figures:
    """The case with the draft assessment, its assessments, the draft in meeting mode, then
    its Tijdlijn."""
    figures: Figures = {}
    try:
        # The case with the draft assessment, its assessments, the draft in meeting mode.
        term.press("/")
        for char in code:
            term.press(char)
        term.press("enter")
        begin = len(term.output)
        term.type("s")
        term.wait_for_text(ASSESSMENTS_TEXT, after=begin)
        term.settle(0.5)
        begin = len(term.output)
        term.type("enter")
        term.wait_for_text(MEETING_TEXT, after=begin)
        term.settle(0.5)
        # Keys 4 and 5 of the demo's interrupted meeting have no answers yet: every digit is a
        # new answer for the next participant (the demo meeting has four).
        scores: list[Burst] = []
        for _ in range(3):
            term.press("right", quiet=0.4)
        for key in range(SCORES // 4):
            scores += [term.press(str(2 + (key + i) % 4), quiet=0.6) for i in range(4)]
            term.press("right", quiet=0.4)
        figures[f"{size} bytes / frames per score in meeting mode"] = "{} / {}".format(
            *_per_key(scores)
        )
        for _ in range(2):
            term.press("escape", quiet=0.4)
        begin = len(term.output)
        term.type("t")
        term.wait_for_text(TIMELINE_TEXT, after=begin)
        term.settle(0.5)
        term.press("escape", quiet=0.4)
    except TimeoutError as exc:
        figures[f"{size} meeting mode and timeline"] = f"not measured: {exc}"
    return figures


def run() -> Figures:
    figures: Figures = {}
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        env = _environment(folder)
        stores = {cases: _make_store(folder, env, cases) for cases in sizes()}
        store, _ = stores[CASES]
        small, _ = _make_store(folder, env, SMALL)
        (on_small, on_large), bare, bare_peak = _start_times([small, store], env)
        figures["start to first frame: bare Textual app (s)"] = bare
        figures["floor: peak memory of the bare Textual app (MB)"] = round(bare_peak)
        figures[f"start to unlock screen: rondom, {SMALL} cases (s)"] = on_small
        figures[f"start: rondom / bare Textual, {SMALL} cases (x)"] = round(on_small / bare, 2)
        figures[f"start to unlock screen: rondom, {CASES:,} cases (s)"] = on_large
        figures[f"start: rondom / bare Textual, {CASES:,} cases (x)"] = round(on_large / bare, 2)
        kdf = _kdf_seconds(store)
        figures["floor: the demo stores' key derivation (s)"] = kdf
        floor, _ = _make_store(folder, env, FLOOR_CASES)
        figures[f"floor: case list drawn after open, {FLOOR_CASES} cases (s)"] = _after_open(
            floor, folder, env, FLOOR_CASES
        )
        for cases, (path, code) in stores.items():
            figures[f"case list drawn after open, {cases:,} cases (s)"] = _after_open(
                path, folder, env, cases
            )
            down_bytes, down_frames, peak = _datatable_floor(env, cases)
            figures[f"floor: DataTable of {cases:,} rows, bytes / frames per Down"] = (
                f"{down_bytes} / {down_frames}"
            )
            figures[f"floor: peak memory of a DataTable of {cases:,} rows (MB)"] = round(peak)
            for columns, rows in SIZES if cases == CASES else SIZES[:1]:
                figures.update(_session(path, code, env, columns, rows, cases, kdf))
    return figures


def main(report: Callable[[str], object] = print) -> None:
    for label, value in run().items():
        report(f"{label:<60} {value}")


if __name__ == "__main__":
    main()
