"""The store and the case list at 10,000 cases: demo creation, unlock, save, list, search."""

from __future__ import annotations

import tempfile
import time
from pathlib import Path

from rondom_tui.domain.cases.listing import select_cases
from rondom_tui.domain.demo import demo_cases
from rondom_tui.store.envelope import DEFAULT_KDF
from rondom_tui.store.repository import Store

PASSPHRASE = "benchmark passphrase only"


def _timed(job):  # type: ignore[no-untyped-def]
    start = time.perf_counter()
    result = job()
    return time.perf_counter() - start, result


def run() -> dict[str, float | int]:
    figures: dict[str, float | int] = {}
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "bench.rondom"
        seconds, (cases, events, _) = _timed(lambda: demo_cases(10_000))
        figures["generate 10,000 fictional cases"] = seconds
        figures["events generated"] = len(events)

        def create() -> Store:
            store = Store.create(path, PASSPHRASE, kdf=DEFAULT_KDF)
            with store.batch():
                store.cases.add_many(cases, audit=False)
                store.events.add_many(events, audit=False)
            return store

        seconds, store = _timed(create)
        figures["create store + write 10,000 cases in one save"] = seconds
        figures["store file size (MiB)"] = round(path.stat().st_size / 2**20, 1)
        store.close()

        seconds, store = _timed(lambda: Store.open(path, PASSPHRASE))
        figures["unlock (Argon2id t=3 m=64MiB p=4 + decrypt)"] = seconds
        seconds, rows = _timed(store.cases.summaries)
        figures["case list summaries for 10,000 cases"] = seconds
        seconds, _ = _timed(lambda: select_cases(rows, query="noor wilg"))
        figures["search 10,000 rows (one key press)"] = seconds
        case = store.cases.get(rows[0].id)
        case.school = "Gewijzigd"
        seconds, _ = _timed(lambda: store.cases.update(case))
        figures["save one change (whole store re-encrypted, fsync)"] = seconds
        store.close()
    return figures
