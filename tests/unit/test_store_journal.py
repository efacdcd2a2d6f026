"""The journal of a version 2 store: a save appends one authenticated record and leaves the
snapshot alone; any prefix of the file opens to a consistent earlier state; a record that was
flipped, reordered, dropped from the middle or replayed is refused by name, and the file is
left as it was."""

from __future__ import annotations

import copy
import functools
import inspect
import shutil
import tempfile
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from tinydb.table import Table

from rondom_tui.cli.program import main
from rondom_tui.domain.dates import PartialDate
from rondom_tui.domain.models import Assessment, AuditAction, Event
from rondom_tui.store import vault as vault_module
from rondom_tui.store.envelope import FAST_KDF
from rondom_tui.store.errors import StoreCorrupt
from rondom_tui.store.repository import Store
from rondom_tui.store.tables import CASES, IdTable
from tests.conftest import PASSPHRASE, secret_case
from tests.unit.store_files import frames, snapshot_end


def state_of(store: Store) -> dict[str, Any]:
    """Everything the store holds, as plain data (order of documents left out; every document
    decoded, as the tables keep unread ones encoded)."""
    return {
        name: {ident: copy.deepcopy(doc) for ident, doc in table.items()}
        for name, table in store._storage.read().items()
    }


def opened_state(data: bytes, folder: Path) -> tuple[dict[str, Any], int]:
    """What a copy of `data` opens to (read-only: nothing written), with its dropped bytes."""
    path = folder / "copy.rondom"
    path.write_bytes(data)
    with Store.open(path, PASSPHRASE, read_only=True) as store:
        return state_of(store), store.dropped_bytes


@functools.cache
def journal_file() -> tuple[bytes, tuple[dict[str, Any], ...]]:
    """A store file with a snapshot and eight records, and the state after each record
    (index 0: the snapshot's)."""
    folder = Path(tempfile.mkdtemp(prefix="rondom-journal-"))
    try:
        store = Store.create(folder / "s.rondom", PASSPHRASE, kdf=FAST_KDF)
        states = [state_of(store)]
        case = store.cases.add(secret_case())
        states.append(state_of(store))
        event = store.events.add(Event(case_id=case.id, title="Verhuisd", start=PartialDate(2020)))
        states.append(state_of(store))
        case.group = "groep 6"
        store.cases.update(case)
        states.append(state_of(store))
        store.audit.record(AuditAction.VIEW, case.id)
        states.append(state_of(store))
        store.assessments.save(Assessment(case_id=case.id, held_on=date(2025, 1, 9)))
        states.append(state_of(store))
        store.events.delete(event.id)
        states.append(state_of(store))
        other = store.cases.add(secret_case(given_name="Tweede"))
        states.append(state_of(store))
        store.cases.delete(other.id)
        states.append(state_of(store))
        data = (folder / "s.rondom").read_bytes()
        store.close()
        return data, tuple(states)
    finally:
        shutil.rmtree(folder)


def test_each_save_is_one_record_and_the_journal_replays_to_the_same_store(
    tmp_path: Path,
) -> None:
    data, states = journal_file()
    assert len(frames(data)) == len(states) - 1
    assert opened_state(data, tmp_path) == (states[-1], 0)


def test_a_save_appends_to_the_journal_and_leaves_the_snapshot(
    store: Store, store_path: Path
) -> None:
    with store.batch():
        cases = store.cases.add_many([secret_case(given_name=f"Kind {i}") for i in range(200)])
    store.close()
    store = Store.open(store_path, PASSPHRASE, record_open=False)  # compacted: no journal
    try:
        before = store_path.read_bytes()
        assert snapshot_end(before) == len(before)
        rewrites = store.rewrites
        case = store.cases.get(cases[17].id)
        case.school = "Andere school"
        store.cases.update(case)
        after = store_path.read_bytes()
        assert after[: len(before)] == before  # header, snapshot: not one byte changed
        [(start, end)] = frames(after)
        assert (start, end) == (len(before), len(after))
        # only what the save touched: the case and its audit entry, not 200 cases
        assert end - start < 3_000 < len(before) // 20
        assert store.rewrites == rewrites and store.saves == 1
    finally:
        store.close()


def test_tinydb_writes_go_through_update_table_which_we_change_in_place(store: Store) -> None:
    """`IdTable` overrides TinyDB's private `Table._update_table` (which copies the whole table
    on every write). When a TinyDB release renames it or stops calling it for a write, this
    fails loudly instead of the store silently saving nothing or copying again."""
    assert "updater" in inspect.signature(Table._update_table).parameters
    assert IdTable._update_table is not Table._update_table
    table = store._table(CASES)
    raw = store._storage.read()[CASES]
    calls = []
    original = IdTable._update_table

    def counted(self: IdTable, updater: Any) -> None:
        calls.append(updater)
        original(self, updater)

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(IdTable, "_update_table", counted)
        case = store.cases.add(secret_case())  # insert_multiple
        case.group = "groep 3"
        store.cases.update(case)  # upsert: update by doc_ids
        store.cases.touch(case.id)  # update by doc_ids
        store.cases.delete(case.id)  # remove by doc_ids
    assert len(calls) >= 4
    assert store._storage.read()[CASES] is raw  # changed in place, never copied
    assert len(table) == 0


@settings(max_examples=60, deadline=None)
@given(cut=st.integers(min_value=0, max_value=10**6))
def test_any_prefix_of_the_journal_opens_to_a_consistent_earlier_state(
    tmp_path_factory: pytest.TempPathFactory, cut: int
) -> None:
    """A kill or power cut during an append leaves a prefix of the file: it opens to the state
    after the last complete record, and the broken-off bytes are reported as dropped."""
    data, states = journal_file()
    spans = frames(data)
    length = snapshot_end(data) + cut % (len(data) - snapshot_end(data) + 1)
    complete = [end for _, end in spans if end <= length]
    state, dropped = opened_state(data[:length], tmp_path_factory.mktemp("prefix"))
    assert state == states[len(complete)]
    assert dropped == length - (complete[-1] if complete else snapshot_end(data))


def test_zeros_where_a_power_cut_lost_the_last_record_are_dropped(tmp_path: Path) -> None:
    data, states = journal_file()
    start, end = frames(data)[-1]
    assert opened_state(data[:start] + bytes(end - start), tmp_path) == (states[-2], end - start)


def refused(data: bytes, folder: Path) -> str:
    """The message id a store file made of `data` is refused with; the file is not touched."""
    path = folder / "altered.rondom"
    path.write_bytes(data)
    with pytest.raises(StoreCorrupt) as caught:
        Store.open(path, PASSPHRASE)
    assert path.read_bytes() == data
    return caught.value.message_id


@settings(max_examples=150, deadline=None)
@given(offset=st.integers(min_value=0, max_value=10**6), mask=st.integers(1, 255))
def test_a_flipped_byte_in_any_record_is_refused(
    tmp_path_factory: pytest.TempPathFactory, offset: int, mask: int
) -> None:
    data, _ = journal_file()
    start = snapshot_end(data)
    at = start + offset % (len(data) - start)
    changed = bytearray(data)
    changed[at] ^= mask
    assert refused(bytes(changed), tmp_path_factory.mktemp("flip")) == "store.journal_altered"


def test_reordered_dropped_and_replayed_records_are_refused(tmp_path: Path) -> None:
    data, _ = journal_file()
    spans = frames(data)
    parts = [data[start:end] for start, end in spans]
    head = data[: spans[0][0]]
    altered = {
        "swapped": head + parts[1] + parts[0] + b"".join(parts[2:]),
        "dropped from the middle": head + parts[0] + b"".join(parts[2:]),
        "replayed at the end": data + parts[-1],
        "replayed in place": head + parts[0] + parts[0] + b"".join(parts[1:]),
        "the first one dropped": head + b"".join(parts[1:]),
    }
    for name, changed in altered.items():
        assert refused(changed, tmp_path) == "store.journal_altered", name


def test_a_record_of_another_generation_or_store_is_refused(
    store: Store, store_path: Path, tmp_path: Path
) -> None:
    store.cases.add(secret_case())
    old = store_path.read_bytes()
    [(start, end)] = frames(old)
    store.close()  # compaction: a new generation
    newer = store_path.read_bytes()
    assert refused(newer + old[start:end], tmp_path) == "store.journal_altered"
    data, _ = journal_file()  # another store, the same passphrase
    first_start, first_end = frames(data)[0]
    assert refused(newer + data[first_start:first_end], tmp_path) == "store.journal_altered"


def test_an_altered_journal_exits_3_at_the_command_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data, _ = journal_file()
    start, _ = frames(data)[2]
    changed = bytearray(data)
    changed[start + 30] ^= 0x40
    path = tmp_path / "store.rondom"
    path.write_bytes(bytes(changed))
    passfile = tmp_path / "pass.txt"
    passfile.write_text(PASSPHRASE + "\n")
    assert main(["verify", "--store", str(path), "--passphrase-file", str(passfile)]) == 3
    assert path.read_bytes() == bytes(changed)
    assert "Traceback" not in capsys.readouterr().err


def test_verify_reports_the_bytes_a_broken_off_save_left(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data, _ = journal_file()
    start, end = frames(data)[-1]
    path = tmp_path / "store.rondom"
    path.write_bytes(data[: end - 5])
    with Store.open(path, PASSPHRASE, record_open=False) as store:  # cut off at the next save
        assert store.dropped_bytes == end - 5 - start
        store.audit.record(AuditAction.VIEW)
        assert frames(path.read_bytes())[-1][0] == start
    path.write_bytes(data[: end - 5])
    passfile = tmp_path / "pass.txt"
    passfile.write_text(PASSPHRASE + "\n")
    assert main(["verify", "--store", str(path), "--passphrase-file", str(passfile)]) == 0
    assert f"({end - 5 - start} bytes)" in capsys.readouterr().out
    with Store.open(path, PASSPHRASE, read_only=True) as again:
        assert again.dropped_bytes == 0


def test_the_journal_is_compacted_past_its_bound_and_on_close(
    store: Store, store_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(vault_module, "COMPACT_AFTER_BYTES", 20_000)
    generation = store.vault._header.generation  # type: ignore[union-attr]
    for index in range(12):  # each record some 2 KiB
        store.cases.add(secret_case(given_name=f"Kind {index}", question="x" * 1500))
    assert store.rewrites >= 1  # compacted on the save thread, after a save
    assert store.vault.journal_bytes < 20_000
    assert store.vault._header.generation > generation  # type: ignore[union-attr]
    state = state_of(store)
    store.close()
    data = store_path.read_bytes()
    assert frames(data) == [] and snapshot_end(data) == len(data)  # closing compacted it
    with Store.open(store_path, PASSPHRASE, read_only=True) as again:
        assert state_of(again) == state


def test_closing_after_a_session_that_only_read_leaves_the_snapshot(store_path: Path) -> None:
    """Issue 14: the OPEN and VIEW entries of a session that only read are small records
    without content; rewriting the snapshot for them took seconds at 50,000 cases. A session
    that changed a case still compacts at closing (what it changed lingers no longer)."""
    with Store.create(store_path, PASSPHRASE, kdf=FAST_KDF) as store:
        case = store.cases.add(secret_case())
    before = store_path.read_bytes()
    assert frames(before) == []
    with Store.open(store_path, PASSPHRASE) as store:
        store.cases.summaries()
        store.events.for_case(case.id)
        store.audit.record(AuditAction.VIEW, case.id)
    after = store_path.read_bytes()
    assert store.rewrites == 0
    assert after[: snapshot_end(before)] == before  # the same snapshot, the same generation
    assert len(frames(after)) == 2  # OPEN and VIEW, appended
    with Store.open(store_path, PASSPHRASE) as store:
        changed = store.cases.get(case.id)
        changed.school = "Andere school"
        store.cases.update(changed)
    assert frames(store_path.read_bytes()) == [] and store.rewrites == 1
    with Store.open(store_path, PASSPHRASE, read_only=True) as again:
        assert again.cases.get(case.id).school == "Andere school"


def test_a_length_pointing_past_the_end_is_damage_not_a_torn_record(tmp_path: Path) -> None:
    """Without the CRC over the length, this made the second record and all after it look
    like one broken-off append: dropped, and cut off for good by the next save."""
    data, _ = journal_file()
    start, _ = frames(data)[1]
    changed = bytearray(data)
    changed[start] ^= 0x10  # the length's high byte: now past the end of the file
    assert refused(bytes(changed), tmp_path) == "store.journal_altered"
