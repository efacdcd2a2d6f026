"""An import writes each table once, whatever the number of cases (issue 14).

TinyDB rebuilds a whole table on every write, so the number of writes per import is what makes
an import linear or quadratic. These tests count the storage's writes and the file's saves;
they never time anything (`make bench` prints the seconds).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import pytest
from bundle_fixtures import MakeStore, fictional_assessment, fictional_case, fictional_events

from rondom_tui.bundle import (
    ConflictPolicy,
    Outcome,
    export_bundle,
    import_bundle,
    open_bundle_for_store,
    parse_recipient,
    store_recipient,
)
from rondom_tui.store.repository import Store
from rondom_tui.store.storage import EncryptedStorage


@contextmanager
def counting_writes(monkeypatch: pytest.MonkeyPatch, store: Store) -> Iterator[list[int]]:
    """Counts the storage writes (every TinyDB table write is one) and, once the block is
    done, the saves of the store file: yields [writes, saves]."""
    counts = [0, 0]
    write = EncryptedStorage.write

    def counted(storage: EncryptedStorage, data: dict[str, object]) -> None:
        counts[0] += 1
        write(storage, data)

    saves = store.saves
    with monkeypatch.context() as patch:
        patch.setattr(EncryptedStorage, "write", counted)
        yield counts
    counts[1] = store.saves - saves


def sender_with(make_store: MakeStore, cases: int) -> Store:
    """A store with `cases` fictional cases, each with three events and an assessment."""
    sender = make_store(f"sender-{cases}.rondom")
    made = [fictional_case(given=f"Kind{index}") for index in range(cases)]
    with sender.batch():
        sender.cases.add_many(made)
        sender.events.add_many([event for case in made for event in fictional_events(case)])
        for case in made:
            sender.assessments.save(fictional_assessment(case))
    return sender


@pytest.mark.parametrize("policy", list(ConflictPolicy))
def test_an_import_writes_once_however_many_cases_it_holds(
    make_store: MakeStore, monkeypatch: pytest.MonkeyPatch, policy: ConflictPolicy
) -> None:
    for cases in (2, 40):
        receiver = make_store(f"receiver-{cases}.rondom")
        data = export_bundle(
            sender_with(make_store, cases),
            recipients=[parse_recipient(store_recipient(receiver))],
        ).data
        with counting_writes(monkeypatch, receiver) as first:
            result = import_bundle(receiver, open_bundle_for_store(receiver, data))
        assert result.count(Outcome.ADDED) == cases
        # Again, now that every case is in the store: skipped, replaced or copied.
        with counting_writes(monkeypatch, receiver) as again:
            result = import_bundle(receiver, open_bundle_for_store(receiver, data), policy=policy)
        assert len(result.cases) == cases
        assert first == again == [1, 1], (cases, first, again)
        assert (
            receiver.verify()["events"] == (6 if policy is ConflictPolicy.KEEP_BOTH else 3) * cases
        )


def test_a_dry_run_writes_nothing(make_store: MakeStore, monkeypatch: pytest.MonkeyPatch) -> None:
    receiver = make_store("receiver.rondom")
    data = export_bundle(
        sender_with(make_store, 5), recipients=[parse_recipient(store_recipient(receiver))]
    ).data
    with counting_writes(monkeypatch, receiver) as counts:
        import_bundle(receiver, open_bundle_for_store(receiver, data), dry_run=True)
    assert counts == [0, 0]


def test_an_export_records_its_audit_entries_in_one_write(
    make_store: MakeStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    sender = sender_with(make_store, 12)
    to = [parse_recipient(store_recipient(make_store("receiver.rondom")))]
    with counting_writes(monkeypatch, sender) as counts:
        export_bundle(sender, recipients=to)
    assert counts == [2, 2]  # "started" before the file, "done" after: each in one write
