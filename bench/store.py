"""The store at 1,000, 10,000 (and, with RONDOM_BENCH_50K=1, 50,000) cases (issue 14).

For each size: one saved edit (fsync included) with its floor, a write and fsync of the same
number of bytes in the same folder; unlock beyond the key derivation (the Argon2id time is
measured inside the same opening and taken off); opening to the case list's summaries, also
beyond the key derivation; the peak memory of a fresh process that opens the store and builds
the summaries (VmHWM of /proc), and of one that also makes the day's backup (issue 14: the
backup at 50,000 cases once held the store twice more), with the backup's time; and how long
a read of one case takes alone and while edits are being saved on another thread, as the
app's save queue saves them (issue 14 found reads waiting 0.09-0.19 s for a save). The stores
use the real KDF (Argon2id t=3, m=64 MiB, p=4), as a user's would. Nothing here asserts on
time; `make bench` prints the figures. Everything is fictional and lives in a temporary
folder removed afterwards.
"""

from __future__ import annotations

import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from rondom_tui.domain.cases.listing import select_cases
from rondom_tui.domain.demo import demo_cases
from rondom_tui.store.envelope import DEFAULT_KDF
from rondom_tui.store.repository import Store

PASSPHRASE = "benchmark passphrase only"
EDITS = 25
"""Saved edits per size; the median is reported (a compaction now and then is among them)."""
READS = 200
"""Reads of one case timed alone, for the floor of the reads made during saves."""


def sizes() -> tuple[int, ...]:
    """1,000 and 10,000 cases; 50,000 too when RONDOM_BENCH_50K=1 (it takes minutes)."""
    return (1_000, 10_000, 50_000) if os.environ.get("RONDOM_BENCH_50K") == "1" else (1_000, 10_000)


@contextmanager
def bytes_written() -> Iterator[list[int]]:
    """Counts the bytes written with `os.write` and `os.pwrite` while the block runs."""
    counted = [0]
    write, pwrite = os.write, os.pwrite

    def counting_write(fd: int, data: bytes) -> int:  # type: ignore[type-arg]
        done = write(fd, data)
        counted[0] += done
        return done

    def counting_pwrite(fd: int, data: bytes, offset: int) -> int:  # type: ignore[type-arg]
        done = pwrite(fd, data, offset)
        counted[0] += done
        return done

    os.write, os.pwrite = counting_write, counting_pwrite  # type: ignore[assignment]
    try:
        yield counted
    finally:
        os.write, os.pwrite = write, pwrite  # type: ignore[assignment]


def write_and_fsync(folder: Path, size: int) -> float:
    """Seconds to write `size` bytes to a new file in `folder` and fsync it: the floor."""
    path = folder / "floor.bin"
    data = os.urandom(size)
    started = time.perf_counter()
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        view = memoryview(data)
        while view:
            view = view[os.write(fd, view) :]
        os.fsync(fd)
    finally:
        os.close(fd)
    seconds = time.perf_counter() - started
    path.unlink()
    return seconds


def timed_open(path: Path) -> tuple[Store, float, float]:
    """Open the store; returns it, the seconds in all and the seconds of the KDF alone."""
    marks: dict[str, float] = {}

    cpu: dict[str, float] = {}

    def progress(step: str) -> None:
        marks[step] = time.perf_counter()
        cpu[step] = time.process_time()

    started = time.perf_counter()
    store = Store.open(path, PASSPHRASE, progress=progress)
    timed_open.cpu = time.process_time() - cpu["decrypt"]  # type: ignore[attr-defined]
    return store, time.perf_counter() - started, marks["decrypt"] - marks["derive"]


PEAK = """
import sys
from pathlib import Path
from rondom_tui.store.repository import Store
store = Store.open(Path(sys.argv[1]), sys.argv[2])
rows = store.cases.summaries()
# VmHWM, not ru_maxrss: that keeps the forking benchmark's own high-water mark across exec
print(next(line.split()[1] for line in open("/proc/self/status") if line.startswith("VmHWM:")))
"""


def peak_memory_mib(path: Path) -> float:
    """Peak memory (MiB) of a fresh process that opens the store and builds the summaries."""
    done = subprocess.run(
        [sys.executable, "-c", PEAK, str(path), PASSPHRASE],
        capture_output=True,
        text=True,
        check=True,
        timeout=600,
    )
    return int(done.stdout.split()[-1]) / 1024


BACKUP_PEAK = """
import sys, time
from pathlib import Path
from rondom_tui.store.backups import Backups
from rondom_tui.store.repository import Store
timed = []
make = Backups.make

def timed_make(self, reason):
    started, cpu = time.perf_counter(), time.process_time()
    try:
        return make(self, reason)
    finally:
        timed.append((time.perf_counter() - started, time.process_time() - cpu))

Backups.make = timed_make
store = Store.open(Path(sys.argv[1]), sys.argv[2])  # its OPEN entry: the day's first save
rows = store.cases.summaries()
store.events.for_case(rows[len(rows) // 2].id)
assert store.backups.problem is None and len(timed) == 1, "no daily backup was made"
peak = next(line.split()[1] for line in open("/proc/self/status") if line.startswith("VmHWM:"))
print(*timed[0], peak)
"""


def daily_backup_session(path: Path) -> tuple[float, float, float]:
    """A fresh process that opens the store on a day without a backup (the folder removed
    first), so that its OPEN entry makes the daily backup, then builds the summaries and
    reads one case's events: the backup's seconds and processor seconds, and the process's
    peak memory (MiB, VmHWM as `peak_memory_mib`)."""
    shutil.rmtree(path.with_name(path.name + ".backups"), ignore_errors=True)
    done = subprocess.run(
        [sys.executable, "-c", BACKUP_PEAK, str(path), PASSPHRASE],
        capture_output=True,
        text=True,
        check=True,
        timeout=600,
    )
    seconds, cpu, peak = done.stdout.split()[-3:]
    return float(seconds), float(cpu), int(peak) / 1024


def reads_during_saves(store: Store, ids: list[str], rng: random.Random) -> list[float]:
    """Seconds of one case read each: `READS` alone (the floor), then as many as fit while
    `EDITS` edits are saved one after another on another thread. Returns the median alone,
    the median and the slowest during the saves."""

    def read() -> float:
        started = time.perf_counter()
        store.cases.get(rng.choice(ids))
        return time.perf_counter() - started

    def save_edits() -> None:
        for index in range(EDITS):
            case = store.cases.get(ids[index % len(ids)])
            case.school = f"School tijdens het lezen {index}"
            store.cases.update(case)

    alone = [read() for _ in range(READS)]
    saver = threading.Thread(target=save_edits)
    during: list[float] = []
    saver.start()
    while True:  # one read at least, however quick the saves
        during.append(read())
        if not saver.is_alive():
            break
    saver.join()
    return [statistics.median(alone), statistics.median(during), max(during)]


def median_of(times: int, job: Callable[[], float]) -> float:
    return statistics.median(job() for _ in range(times))


def measure(size: int, folder: Path) -> dict[str, float | int]:
    figures: dict[str, float | int] = {}
    label = f"{size:,}"
    path = folder / f"bench-{size}.rondom"
    cases, events, _ = demo_cases(size)
    started = time.perf_counter()
    with Store.create(path, PASSPHRASE, kdf=DEFAULT_KDF) as store, store.batch():
        store.cases.add_many(cases, audit=False)
        store.events.add_many(events, audit=False)
    figures[f"{label}: create, write every case in one save, close"] = time.perf_counter() - started
    del cases, events
    figures[f"{label}: store file (MiB)"] = round(path.stat().st_size / 2**20, 1)

    beyond, to_list, closing, timeline, cpu = [], [], [], [], []
    for _ in range(3):
        started = time.perf_counter()
        store, opened, kdf = timed_open(path)
        beyond.append(opened - kdf)
        cpu.append(timed_open.cpu)  # type: ignore[attr-defined]
        rows = store.cases.summaries()
        to_list.append(time.perf_counter() - started - kdf)
        started = time.perf_counter()
        store.events.for_case(rows[len(rows) // 2].id)
        timeline.append(time.perf_counter() - started)
        started = time.perf_counter()
        store.close()  # a session that only read: its OPEN entry stays a record
        closing.append(time.perf_counter() - started)
    figures[f"{label}: unlock beyond the KDF (median of 3)"] = statistics.median(beyond)
    figures[f"{label}: its processor time, after the KDF"] = statistics.median(cpu)
    figures[f"{label}: open to case-list summaries, beyond the KDF"] = statistics.median(to_list)
    figures[f"{label}: one case's events, first read after opening"] = statistics.median(timeline)
    figures[f"{label}: close after a session that only read"] = statistics.median(closing)
    started = time.perf_counter()
    select_cases(rows, query="noor wilg")
    figures[f"{label}: search the summaries (one key press)"] = time.perf_counter() - started

    store, _, _ = timed_open(path)
    ids = [row.id for row in store.cases.summaries()]
    rng = random.Random(size)
    edits, written = [], []
    for index in range(EDITS):
        case = store.cases.get(rng.choice(ids))
        case.school = f"Gewijzigde school {index}"
        with bytes_written() as counted:
            started = time.perf_counter()
            store.cases.update(case)
            edits.append(time.perf_counter() - started)
        written.append(counted[0])
    typical = int(statistics.median(written))
    figures[f"{label}: one saved edit, fsync included (median of {EDITS})"] = statistics.median(
        edits
    )
    figures[f"{label}: one saved edit, slowest of {EDITS}"] = max(edits)
    figures[f"{label}: bytes written per edit (median)"] = typical
    figures[f"{label}: floor: write + fsync of those bytes"] = median_of(
        5, lambda: write_and_fsync(folder, typical)
    )
    alone, during, slowest = reads_during_saves(store, ids, rng)
    figures[f"{label}: one case read during saves on another thread (median)"] = during
    figures[f"{label}: the same, slowest"] = slowest
    figures[f"{label}: floor: one case read, no save running (median)"] = alone
    started = time.perf_counter()
    store.close()
    figures[f"{label}: close"] = time.perf_counter() - started
    figures[f"{label}: peak memory, open + summaries (MiB)"] = round(peak_memory_mib(path), 1)
    seconds, cpu, peak = daily_backup_session(path)
    figures[f"{label}: peak memory, that + the daily backup (MiB)"] = round(peak, 1)
    figures[f"{label}: the daily backup (in that session)"] = seconds
    figures[f"{label}: the daily backup, processor time"] = cpu
    path.unlink()
    return figures


def run() -> dict[str, float | int]:
    figures: dict[str, float | int] = {}
    with tempfile.TemporaryDirectory(prefix="rondom-bench-") as name:
        for size in sizes():
            figures.update(measure(size, Path(name)))
    return figures


if __name__ == "__main__":
    for label, value in run().items():
        print(f"{label:60} {value:>12}")
