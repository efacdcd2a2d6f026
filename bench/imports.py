"""Benchmark: importing a bundle of 1,000 and of 10,000 demo cases into an empty store
(issue 14: the merge used to grow with the square of the cases; the target is 3 s at 10,000).

What is timed is what `rondom import` does once the file is read: decrypt with the store's
own age key, validate, merge, one save. The stores use the cheapest accepted KDF, so Argon2id
is not in the figure. The floor is issue 14's, taken in the same run: opening the store the
import made (decrypt, decode, index; the same cheap KDF). `run()` returns seconds and counts;
`make bench` prints them and nothing asserts on time. Everything is fictional and lives in a
temporary folder removed afterwards.
"""

from __future__ import annotations

import tempfile
import time
from pathlib import Path

from rondom_tui.bundle import (
    export_bundle,
    import_bundle,
    open_bundle_for_store,
    parse_recipient,
    store_recipient,
)
from rondom_tui.domain.demo import demo_cases
from rondom_tui.store.envelope import FAST_KDF
from rondom_tui.store.repository import Store

SIZES = (1_000, 10_000)
_PASSPHRASE = "benchmark passphrase, fictional"


def _bundle_of(folder: Path, cases: int, receiver: Store) -> tuple[bytes, int]:
    """An age bundle of `cases` demo cases (with their events and assessments) for
    `receiver`, and how many events it holds."""
    sender = Store.create(folder / f"sender-{cases}.rondom", _PASSPHRASE, kdf=FAST_KDF)
    try:
        made, events, assessments = demo_cases(cases)
        with sender.batch():
            sender.cases.add_many(made, audit=False)
            sender.events.add_many(events, audit=False)
            for assessment in assessments:
                sender.assessments.save(assessment)
        recipient = parse_recipient(store_recipient(receiver))
        return export_bundle(sender, recipients=[recipient]).data, len(events)
    finally:
        sender.close()


def run() -> dict[str, float | int]:
    figures: dict[str, float | int] = {}
    with tempfile.TemporaryDirectory(prefix="rondom-bench-") as name:
        folder = Path(name)
        for cases in SIZES:
            path = folder / f"receiver-{cases}.rondom"
            receiver = Store.create(path, _PASSPHRASE, kdf=FAST_KDF)
            try:
                data, events = _bundle_of(folder, cases, receiver)
                saves = receiver.saves
                started = time.perf_counter()
                bundle = open_bundle_for_store(receiver, data)
                opened = time.perf_counter()
                result = import_bundle(receiver, bundle)
                merged = time.perf_counter()
                assert len(result.cases) == cases
                assert receiver.verify()["events"] == events
                figures[f"import {cases:,} cases: decrypt + validate"] = opened - started
                figures[f"import {cases:,} cases: merge + one save"] = merged - opened
                figures[f"import {cases:,} cases ({events:,} events): total"] = merged - started
                figures[f"import {cases:,} cases: saves of the store file"] = receiver.saves - saves
            finally:
                receiver.close()
            started = time.perf_counter()
            Store.open(path, _PASSPHRASE).close()
            figures[f"import {cases:,} cases: floor: opening the store it made"] = (
                time.perf_counter() - started
            )
    return figures


if __name__ == "__main__":
    for label, value in run().items():
        print(f"{label:52} {value:>10}")
