"""The encrypted store: opening, saving, refusing damaged files, locking, rolling back."""

from __future__ import annotations

import os
import struct
import subprocess
import sys
from pathlib import Path

import pytest

from rondom_tui.domain.dates import PartialDate
from rondom_tui.domain.models import AuditAction, CaseStatus, Event
from rondom_tui.store import envelope, header
from rondom_tui.store import vault as vault_module
from rondom_tui.store.envelope import FAST_KDF, KdfParams
from rondom_tui.store.errors import (
    NotFound,
    PassphraseTooShort,
    StoreCorrupt,
    StoreExists,
    StoreLocked,
    StoreMissing,
    StoreWriteFailed,
    UnsupportedFormat,
    WrongPassphraseOrCorrupt,
)
from rondom_tui.store.files import temp_prefix
from rondom_tui.store.header import HEADER_LEN
from rondom_tui.store.lock import StoreLock
from rondom_tui.store.recovery import RecoveryKey
from rondom_tui.store.repository import Store
from tests.conftest import (
    PASSPHRASE,
    SECRET_FAMILY,
    SECRET_NAME,
    SECRET_SCHOOL,
    files_containing,
    secret_case,
)
from tests.unit.store_files import SNAPSHOT_NONCE_AT, record_spans


def test_a_store_round_trips_its_cases(store: Store, store_path: Path) -> None:
    case = store.cases.add(secret_case())
    store.events.add(Event(case_id=case.id, title="Verhuizing", start=PartialDate.parse("~2019")))
    store.close()
    with Store.open(store_path, PASSPHRASE) as again:
        loaded = again.cases.get(case.id)
        assert loaded.given_name == SECRET_NAME
        assert loaded.date_of_birth == PartialDate(2016, 3, 14)
        assert loaded.code.startswith("K-") and len(loaded.code) == 6
        assert [e.title for e in again.events.for_case(case.id)] == ["Verhuizing"]
        assert again.verify()["cases"] == 1


def test_no_file_in_the_folder_holds_case_text(store: Store, store_path: Path) -> None:
    store.cases.add(secret_case())
    store.close()
    assert files_containing(store_path.parent, SECRET_NAME, SECRET_FAMILY, SECRET_SCHOOL) == []


def test_files_are_private(store: Store, store_path: Path) -> None:
    store.cases.add(secret_case())
    assert store_path.stat().st_mode & 0o777 == 0o600
    assert (store_path.parent / (store_path.name + ".lock")).stat().st_mode & 0o777 == 0o600


def test_every_write_uses_a_fresh_nonce(store: Store, store_path: Path) -> None:
    snapshot_nonce = slice(SNAPSHOT_NONCE_AT, SNAPSHOT_NONCE_AT + 12)
    first = store_path.read_bytes()
    store.cases.add(secret_case())
    store.cases.add(secret_case())
    appended = store_path.read_bytes()
    assert appended[snapshot_nonce] == first[snapshot_nonce]  # appends leave the snapshot
    nonces = [appended[offset - 12 : offset] for offset, _ in record_spans(appended)]
    assert len(nonces) == 2 and len(set(nonces)) == 2
    store.close()  # compacts: a rewrite
    assert store_path.read_bytes()[snapshot_nonce] != first[snapshot_nonce]


def test_wrong_passphrase_keeps_store_intact(store: Store, store_path: Path) -> None:
    store.cases.add(secret_case())
    store.close()
    before = store_path.read_bytes()
    with pytest.raises(WrongPassphraseOrCorrupt) as caught:
        Store.open(store_path, "not the right passphrase")
    assert caught.value.message_id == "store.wrong_passphrase"
    assert store_path.read_bytes() == before
    # the failed unlock released the lock: a right passphrase works at once
    Store.open(store_path, PASSPHRASE).close()


# Offsets of every header field, from the version 2 layout in docs/FORMAT.md.
HEADER_FIELDS = {
    "magic": 0,
    "version": 8,
    "flags": 10,
    "kdf_id": 12,
    "t": 13,
    "m": 17,
    "p": 21,
    "salt": 25,
    "wrap_nonce": 41,
    "passphrase_slot": 53,
    "recovery_salt": 101,
    "recovery_nonce": 117,
    "recovery_slot": 129,
    "store_id": 177,
    "generation": 193,
    "snapshot_nonce": SNAPSHOT_NONCE_AT,
    "snapshot_length": 213,
    "snapshot": HEADER_LEN + 3,
    "tag": -1,
}


@pytest.mark.parametrize("field", list(HEADER_FIELDS))
def test_a_flipped_byte_anywhere_is_refused(store: Store, store_path: Path, field: str) -> None:
    store.cases.add(secret_case())
    store.close()
    data = bytearray(store_path.read_bytes())
    data[HEADER_FIELDS[field]] ^= 0x01
    store_path.write_bytes(bytes(data))
    with pytest.raises((WrongPassphraseOrCorrupt, StoreCorrupt, UnsupportedFormat)) as caught:
        Store.open(store_path, PASSPHRASE)
    for message in (str(caught.value), caught.value.text(lang="nl")):
        assert SECRET_NAME not in message and "Traceback" not in message
    assert store_path.read_bytes() == bytes(data)  # nothing overwritten


@pytest.mark.parametrize("length", [0, 4, 8, 30, HEADER_LEN - 1, HEADER_LEN, HEADER_LEN + 15, -1])
def test_truncated_files_are_refused(store: Store, store_path: Path, length: int) -> None:
    store.cases.add(secret_case())
    store.close()
    data = store_path.read_bytes()
    cut = data[:length] if length >= 0 else data[:-1]
    store_path.write_bytes(cut)
    with pytest.raises((StoreCorrupt, UnsupportedFormat, WrongPassphraseOrCorrupt)):
        Store.open(store_path, PASSPHRASE)
    assert store_path.read_bytes() == cut


def test_empty_and_foreign_files_are_named(tmp_path: Path) -> None:
    empty = tmp_path / "empty.rondom"
    empty.write_bytes(b"")
    with pytest.raises(StoreCorrupt) as caught:
        Store.open(empty, PASSPHRASE)
    assert caught.value.message_id == "store.empty"
    foreign = tmp_path / "notes.txt"
    foreign.write_text("boodschappenlijst: melk, brood\n")
    with pytest.raises(UnsupportedFormat) as caught_foreign:
        Store.open(foreign, PASSPHRASE)
    assert caught_foreign.value.message_id == "store.not_a_store"
    with pytest.raises(StoreMissing):
        Store.open(tmp_path / "nothing-here.rondom", PASSPHRASE)


def test_a_newer_version_is_named(store: Store, store_path: Path) -> None:
    store.close()
    data = bytearray(store_path.read_bytes())
    data[8:10] = struct.pack(">H", 3)
    store_path.write_bytes(bytes(data))
    with pytest.raises(UnsupportedFormat) as caught:
        Store.open(store_path, PASSPHRASE)
    assert caught.value.message_id == "store.unsupported_version"


def test_a_crafted_kdf_cost_is_refused_before_deriving(
    store: Store, store_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store.close()
    data = bytearray(store_path.read_bytes())
    data[17:21] = struct.pack(">I", 4 * 1024 * 1024)  # 4 GiB of memory
    store_path.write_bytes(bytes(data))

    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("the KDF must not run for out-of-range parameters")

    monkeypatch.setattr(envelope, "Argon2id", refuse)
    with pytest.raises(StoreCorrupt) as caught:
        Store.open(store_path, PASSPHRASE)
    assert caught.value.message_id == "store.kdf_out_of_range"


@pytest.mark.parametrize(
    "params", [KdfParams(0, 8192, 1), KdfParams(3, 1024, 1), KdfParams(3, 8192, 99)]
)
def test_kdf_ranges(params: KdfParams) -> None:
    with pytest.raises(StoreCorrupt):
        params.check()


@pytest.mark.parametrize("broken", ["pwrite", "fsync", "replace"])
def test_a_failed_write_changes_neither_file_nor_memory(
    store: Store, store_path: Path, monkeypatch: pytest.MonkeyPatch, broken: str
) -> None:
    """An append that cannot be written or fsynced, and a rewrite that cannot be renamed into
    place (a change past the journal's bound is a rewrite), leave both as they were."""
    kept = store.cases.add(secret_case())
    before = store_path.read_bytes()
    summaries_before = store.cases.summaries()

    def no_space(*args: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, broken, no_space)
    if broken == "replace":
        monkeypatch.setattr(vault_module, "COMPACT_AFTER_BYTES", 10)  # every change a rewrite
    with pytest.raises(StoreWriteFailed) as caught:
        store.cases.add(secret_case(given_name="Tweede"))
    assert "No space left" in caught.value.text(lang="nl")
    with pytest.raises(StoreWriteFailed):
        store.cases.delete(kept.id)
    monkeypatch.undo()
    assert store_path.read_bytes() == before
    assert store.cases.summaries() == summaries_before
    assert store.cases.get(kept.id).given_name == SECRET_NAME
    assert not [
        p for p in store_path.parent.iterdir() if p.name.startswith(temp_prefix(store_path))
    ]
    # and the store still saves afterwards
    store.cases.add(secret_case(given_name="Derde"))
    assert store.cases.count() == 2
    store.close()
    with Store.open(store_path, PASSPHRASE) as again:
        assert again.cases.count() == 2


def test_a_batch_is_one_save_or_nothing(store: Store) -> None:
    saves = store.saves
    with store.batch():
        for index in range(20):
            store.cases.add(secret_case(given_name=f"Kind {index}"))
    assert store.saves == saves + 1
    assert store.cases.count() == 20
    with pytest.raises(RuntimeError), store.batch():
        store.cases.add(secret_case(given_name="Verdwijnt"))
        raise RuntimeError("stop")
    assert store.cases.count() == 20


def test_add_many_writes_once_with_unique_codes(store: Store) -> None:
    saves = store.saves
    cases = store.cases.add_many([secret_case(given_name=f"Kind {i}") for i in range(300)])
    assert store.saves == saves + 1
    assert len({c.code for c in cases}) == 300


def test_stale_temp_files_are_swept_on_open(store: Store, store_path: Path) -> None:
    store.close()
    stale = store_path.parent / f"{temp_prefix(store_path)}abc123"
    stale.write_bytes(b"half a save")
    Store.open(store_path, PASSPHRASE).close()
    assert not stale.exists()


def test_a_second_opener_is_told_who_holds_the_store(store: Store, store_path: Path) -> None:
    with pytest.raises(StoreLocked) as caught:
        Store.open(store_path, PASSPHRASE)
    assert str(os.getpid()) in caught.value.text(lang="nl")
    store.cases.add(secret_case())  # the first session keeps working
    assert store.cases.count() == 1


def test_a_second_process_is_refused(store: Store, store_path: Path) -> None:
    code = (
        "import sys; from pathlib import Path; from rondom_tui.store.lock import StoreLock\n"
        "from rondom_tui.store.errors import StoreLocked\n"
        f"try:\n    StoreLock(Path({str(store_path)!r})).acquire()\nexcept StoreLocked as e:\n"
        "    print(e.params['pid']); sys.exit(4)\nsys.exit(0)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=30
    )
    assert result.returncode == 4
    assert result.stdout.strip() == str(os.getpid())


def test_the_lock_is_released_on_close(store: Store, store_path: Path) -> None:
    store.close()
    lock = StoreLock(store_path)
    lock.acquire()
    lock.release()


def test_create_refuses_to_overwrite_and_short_passphrases(
    store: Store, store_path: Path, tmp_path: Path
) -> None:
    with pytest.raises((StoreExists, StoreLocked)):
        Store.create(store_path, PASSPHRASE, kdf=FAST_KDF)
    with pytest.raises(PassphraseTooShort):
        Store.create(tmp_path / "kort.rondom", "te kort", kdf=FAST_KDF)
    assert not (tmp_path / "kort.rondom").exists()


def test_passphrase_change_rewraps(store: Store, store_path: Path) -> None:
    store.cases.add(secret_case())
    store.change_passphrase("een heel andere wachtwoordzin")
    store.close()
    with pytest.raises(WrongPassphraseOrCorrupt):
        Store.open(store_path, PASSPHRASE)
    with Store.open(store_path, "een heel andere wachtwoordzin") as again:
        assert again.cases.count() == 1
        assert any(e.action is AuditAction.PASSWD for e in again.audit.entries())


def test_case_lifecycle_and_audit(store: Store) -> None:
    case = store.cases.add(secret_case())
    store.events.add(Event(case_id=case.id, title="Start hulp", start=PartialDate(2024)))
    case.school = "Andere school"
    updated = store.cases.update(case)
    assert updated.revision == 1
    store.cases.set_status(case.id, CaseStatus.CLOSED)
    assert store.cases.get(case.id).closed_on is not None
    store.cases.set_status(case.id, CaseStatus.OPEN)
    assert store.cases.get(case.id).closed_on is None
    store.cases.delete(case.id)
    with pytest.raises(NotFound):
        store.cases.get(case.id)
    assert store.events.for_case(case.id) == []
    actions = [e.action for e in store.audit.entries(case.id)]
    assert actions[0] is AuditAction.CREATE and actions[-1] is AuditAction.DELETE
    for entry in store.audit.entries():
        assert SECRET_NAME not in repr(entry) and SECRET_NAME not in entry.detail


def test_models_never_show_data_in_repr(store: Store) -> None:
    from rich.pretty import pretty_repr

    case = store.cases.add(secret_case())
    for text in (repr(case), str(case), pretty_repr(case), repr(case.parties[0]), repr(store)):
        assert SECRET_NAME not in text and SECRET_FAMILY not in text


FIXTURE_V1 = Path(__file__).parents[1] / "fixtures" / "store-v1.rondom"
"""A format v1 store written once and kept forever: every later version must read it.

Passphrase ``fixture passphrase v1``; one fictional case K-V1V1 with one event.
"""


def test_the_v1_fixture_stays_readable(tmp_path: Path) -> None:
    copy = tmp_path / "store-v1.rondom"
    copy.write_bytes(FIXTURE_V1.read_bytes())
    parsed = header.parse_header(copy.read_bytes())
    assert parsed.version == 1 and not parsed.is_demo
    with Store.open(copy, "fixture passphrase v1") as store:
        case = store.cases.get("11111111-1111-4111-8111-111111111111")
        assert (case.code, case.given_name, case.family_name) == (
            "K-V1V1",
            "Fixtuurtje",
            "Formaatveld",
        )
        assert case.date_of_birth == PartialDate.parse("~2015")
        assert case.consents[0].scope.value == "transfer"
        [item] = store.plans.for_case(case.id)  # its goal became a plan item on opening
        assert (item.goal, item.keys, case.goals) == ("Vast doel", [1, 2], [])
        [event] = store.events.for_case(case.id)
        assert (event.title, event.start.iso(), event.valence, event.keys) == (
            "Schoolwissel",
            "2020-03",
            -1,
            [6],
        )
        assert store.verify() == {"cases": 1, "events": 1, "assessments": 0, "audit": 5}


def test_a_version_1_store_is_upgraded_by_its_first_write(tmp_path: Path) -> None:
    copy = tmp_path / "store-v1.rondom"
    copy.write_bytes(FIXTURE_V1.read_bytes())
    with Store.open(copy, "fixture passphrase v1", record_open=False) as store:
        assert store.vault.version == 1
    assert copy.read_bytes() == FIXTURE_V1.read_bytes()  # opened and closed: not a byte
    with Store.open(copy, "fixture passphrase v1") as store:  # OPEN (goals moved): first write
        assert store.vault.version == 2 and store.rewrites == 1
        store.audit.record(AuditAction.VIEW)  # from now on: appends
        assert len(record_spans(copy.read_bytes())) == 1
    parsed = header.parse_header(copy.read_bytes())
    # the upgrade; closing does not compact a journal of audit entries only (issue 14)
    assert isinstance(parsed, header.HeaderV2) and parsed.generation == 1
    with Store.open(copy, "fixture passphrase v1", read_only=True) as store:
        assert store.cases.get("11111111-1111-4111-8111-111111111111").code == "K-V1V1"
        assert store.verify()["audit"] == 6  # its three, OPEN, goals moved, VIEW


FIXTURE_V2 = Path(__file__).parents[1] / "fixtures" / "store-v2.rondom"
"""A format v2 store with a journal and a recovery key, written once and kept forever.

Passphrase ``fixture passphrase v2``, recovery key in tests/fixtures/README.md; one fictional
case K-V2V2 in the snapshot, and three records after it: an event, a change of the case (its
group) and a VIEW entry."""
FIXTURE_V2_RECOVERY_KEY = "RK2-MXZJ-TT7T-X1K4-0PD5-Q8D8-EWPT-VNST-ETM0-3H"


@pytest.mark.parametrize("opened_with", ["passphrase", "recovery key"])
def test_the_v2_fixture_stays_readable(tmp_path: Path, opened_with: str) -> None:
    copy = tmp_path / "store-v2.rondom"
    copy.write_bytes(FIXTURE_V2.read_bytes())
    parsed = header.parse_header(copy.read_bytes())
    assert isinstance(parsed, header.HeaderV2) and parsed.version == 2
    assert parsed.has_recovery_key and not parsed.is_demo and parsed.generation == 2
    assert len(record_spans(copy.read_bytes())) == 3
    if opened_with == "passphrase":
        store = Store.open(copy, "fixture passphrase v2")
    else:
        key = RecoveryKey.parse(FIXTURE_V2_RECOVERY_KEY)
        store = Store.open_with_recovery_key(copy, key)
    with store:
        case = store.cases.get("22222222-2222-4222-8222-222222222222")
        assert (case.code, case.given_name, case.family_name, case.group) == (
            "K-V2V2",
            "Fixtuurtje",
            "Tweedeversie",
            "groep 5",
        )
        assert case.date_of_birth == PartialDate.parse("~2016") and case.revision == 1
        [event] = store.events.for_case(case.id)
        assert (event.title, event.start.iso(), event.valence, event.keys) == (
            "Naar groep 5",
            "2025-09",
            1,
            [3],
        )
        actions = [e.action for e in store.audit.entries()]
        assert actions[-2:] == [AuditAction.VIEW, AuditAction.OPEN]
        assert store.verify() == {"cases": 1, "events": 1, "assessments": 0, "audit": 6}
