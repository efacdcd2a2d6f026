"""Benchmark: export and import of 100 cases with 20 events each (issue 5: about a second).

`run()` returns seconds per step; `make bench` prints them. The stores use the cheapest
accepted KDF, so what is measured is the bundle work (reading, encoding, encrypting to the
receiving store's age key, decrypting, validating, merging in one save), not Argon2id.
Everything is fictional and lives in a temporary folder that is removed afterwards.
"""

from __future__ import annotations

import tempfile
import time
from datetime import date
from pathlib import Path

from rondom_tui.bundle import (
    export_bundle,
    import_bundle,
    open_bundle_for_store,
    parse_recipient,
    read_bundle_file,
    store_recipient,
    write_bundle_file,
)
from rondom_tui.domain.dates import PartialDate
from rondom_tui.domain.models import Case, Category, Consent, ConsentScope, Event, Lane, Party
from rondom_tui.store.envelope import FAST_KDF
from rondom_tui.store.repository import Store

CASES = 100
EVENTS_PER_CASE = 20
_PASSPHRASE = "benchmark passphrase, fictional"


def _fill(store: Store) -> None:
    cases = [
        Case(
            given_name=f"Kind{index}",
            family_name="Benchmarksma",
            date_of_birth=PartialDate(2012 + index % 8, 1 + index % 12),
            school=f"Verzonnen School {index % 7}",
            group=f"groep {1 + index % 8}",
            question="Hoe krijgen we de samenwerking rond dit kind weer op gang? " * 3,
            parties=[Party(role="moeder", name="Ouder Benchmarksma", contact="06-00000000")],
            consents=[
                Consent(given_by="ouder", given_on=date(2024, 1, 1), scope=ConsentScope.TRANSFER)
            ],
        )
        for index in range(CASES)
    ]
    store.cases.add_many(cases)
    events = [
        Event(
            case_id=case.id,
            lane=list(Lane)[number % len(Lane)],
            category=list(Category)[number % len(Category)],
            title=f"Gebeurtenis {number}",
            note="Een verzonnen aantekening van gemiddelde lengte over wat er gebeurde. " * 4,
            start=PartialDate(2014 + number % 10, 1 + number % 12),
            end=PartialDate(2015 + number % 10) if number % 4 == 0 else None,
            valence=number % 3 - 1,
            keys=[1 + number % 7],
            source="Verslag",
        )
        for case in cases
        for number in range(EVENTS_PER_CASE)
    ]
    store.events.add_many(events, audit=False)


def run() -> dict[str, float | int]:
    """Seconds to export (to a file) and to import (from it) 100 cases x 20 events, store to
    store with an X25519 key, as `rondom export` and `rondom import` do."""
    with tempfile.TemporaryDirectory(prefix="rondom-bench-") as folder:
        sender = Store.create(Path(folder) / "sender.rondom", _PASSPHRASE, kdf=FAST_KDF)
        receiver = Store.create(Path(folder) / "receiver.rondom", _PASSPHRASE, kdf=FAST_KDF)
        try:
            _fill(sender)
            recipient = parse_recipient(store_recipient(receiver))

            path = Path(folder) / "bundle.age"
            started = time.perf_counter()
            write_bundle_file(path, export_bundle(sender, recipients=[recipient]).data)
            exported = time.perf_counter()
            bundle = open_bundle_for_store(receiver, read_bundle_file(path))
            result = import_bundle(receiver, bundle)
            imported = time.perf_counter()
            size = path.stat().st_size

            assert len(result.cases) == CASES
            assert receiver.verify()["events"] == CASES * EVENTS_PER_CASE
        finally:
            sender.close()
            receiver.close()
    return {
        "bundle_export_100x20_s": exported - started,
        "bundle_import_100x20_s": imported - exported,
        "bundle_total_100x20_s": imported - started,
        "bundle_size_100x20_kib": size // 1024,
    }


if __name__ == "__main__":
    for name, value in run().items():
        print(f"{name:28} {value:>9}")
