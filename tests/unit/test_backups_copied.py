"""Backups copied from the sealed store file (issue 14, `store/sealed_copy.py`): complete also
while the journal holds changes, equal to the store, restorable, rotated, 0600, no plaintext;
a file damaged since it was opened gives no backup; a version 1 store gets a sealed version 2
one; an erasure folds a copy's journal; a kill at any step leaves the old backups whole."""

from __future__ import annotations

import os
import shutil
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from rondom_tui.domain.codec import to_builtins
from rondom_tui.domain.dates import PartialDate
from rondom_tui.domain.models import Case, Event
from rondom_tui.store.backup_files import BackupReason
from rondom_tui.store.backups import BACKUP_META
from rondom_tui.store.envelope import FAST_KDF
from rondom_tui.store.errors import StoreCorrupt
from rondom_tui.store.header import HeaderV2, parse_header
from rondom_tui.store.repository import Store
from rondom_tui.store.vault import Vault
from tests.conftest import (
    PASSPHRASE,
    SECRET_FAMILY,
    SECRET_NAME,
    SECRET_SCHOOL,
    files_containing,
    secret_case,
)
from tests.unit.store_files import record_spans, snapshot_end

NEEDLES = (SECRET_NAME, SECRET_FAMILY, SECRET_SCHOOL)
FIXTURES = Path(__file__).parents[1] / "fixtures"


def decrypted(path: Path, passphrase: str = PASSPHRASE) -> bytes:
    """All a store or backup file holds, decrypted (snapshot and every record)."""
    vault, contents = Vault.unlock(path, passphrase, read_only=True)
    vault.close()
    return b"\n".join([bytes(contents.snapshot), *contents.records])


def held(store: Store) -> tuple[object, object]:
    """Every case and every event a store holds, as stored."""
    cases = sorted(c.id for c in store.cases.list())
    events = [e for case_id in cases for e in store.events.for_case(case_id)]
    return to_builtins([store.cases.get(c) for c in cases]), to_builtins(events)


def backup_bytes(store: Store) -> dict[Path, bytes]:
    return {f.path: f.path.read_bytes() for f in store.backups.files()}


def filled(path: Path) -> Store:
    """A store with two cases in its snapshot, reopened and given a third case and an event
    that stand in its journal only."""
    with Store.create(path, PASSPHRASE, kdf=FAST_KDF) as store:
        store.cases.add(Case(given_name="Eerste"))
        store.cases.add(Case(given_name="Tweede"))
    store = Store.open(path, PASSPHRASE)
    case = store.cases.add(secret_case())
    store.events.add(Event(case_id=case.id, title="Verhuisd", start=PartialDate(2021)))
    return store


def test_a_backup_made_while_the_journal_holds_changes_is_the_whole_store(
    store_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("RONDOM_BACKUPS_EVENTS", "2")
    store = filled(store_path)
    try:
        assert record_spans(store_path.read_bytes())  # the third case is in the journal only
        made = store.backups.make(BackupReason.IMPORT)
        assert made is not None
        assert made.path.read_bytes() == store_path.read_bytes()  # the sealed file, copied
        assert stat.S_IMODE(made.path.stat().st_mode) == 0o600
        with Store.open(made.path, PASSPHRASE, read_only=True) as copy:
            assert held(copy) == held(store) and copy.verify()["cases"] == 3
        contents = store.backups.read(made.path)  # when and why: from its name
        assert contents.reason is BackupReason.IMPORT and contents.at is not None
        store.cases.add(Case(given_name="Later"))
        store.backups.restore(made.path)
        assert store.cases.count() == 3
        for _ in range(3):
            store.backups.make(BackupReason.IMPORT)
        imports = [f for f in store.backups.files() if f.reason is BackupReason.IMPORT]
        assert len(imports) == 2  # rotated
    finally:
        store.close()
    assert files_containing(store_path.parent, *NEEDLES) == []
    assert not [p for p in store.backups.folder.iterdir() if ".tmp-" in p.name]


def flip_on_disk(path: Path, offset: int) -> None:
    """Change one byte of the file in place, keeping its size and modification time (what
    the session's check of the file cannot see: bytes gone bad on the disk)."""
    status = path.stat()
    with open(path, "r+b") as file:
        file.seek(offset)
        byte = file.read(1)[0]
        file.seek(offset)
        file.write(bytes([byte ^ 0x01]))
    os.utime(path, ns=(status.st_atime_ns, status.st_mtime_ns))


@pytest.mark.parametrize("where", ["snapshot", "record"])
def test_a_store_file_damaged_since_it_was_opened_gives_no_backup(
    store_path: Path, where: str
) -> None:
    store = filled(store_path)
    try:
        assert store.backups.make(BackupReason.IMPORT) is not None
        before = backup_bytes(store)  # the day's and this one
        data = store_path.read_bytes()
        offset = snapshot_end(data) - 40 if where == "snapshot" else record_spans(data)[-1][0] + 5
        flip_on_disk(store_path, offset)
        with pytest.raises(StoreCorrupt):
            store.backups.make(BackupReason.IMPORT)
        assert backup_bytes(store) == before
        assert not [p for p in store.backups.folder.iterdir() if ".tmp-" in p.name]
    finally:
        store.close()


def test_a_version_1_store_gets_a_sealed_version_2_backup(tmp_path: Path) -> None:
    path = tmp_path / "old.rondom"
    shutil.copyfile(FIXTURES / "store-v1.rondom", path)
    passphrase = "fixture passphrase v1"
    with Store.open(path, passphrase, record_open=False) as store:
        made = store.backups.make(BackupReason.IMPORT)
        assert made is not None
        assert parse_header(path.read_bytes()).version == 1  # the store is not written
        cases = [c.id for c in store.cases.list()]
    header = parse_header(made.path.read_bytes())
    assert isinstance(header, HeaderV2) and not record_spans(made.path.read_bytes())
    with Store.open(made.path, passphrase, read_only=True) as copy:
        assert [c.id for c in copy.cases.list()] == cases
        assert BACKUP_META in copy._storage.read()["meta"]  # when and why, inside


def test_an_erasure_folds_a_copied_backup_journal_that_held_the_case(store: Store) -> None:
    gone = store.cases.add(secret_case())
    store.cases.delete(gone.id)  # the case stays in the journal's records
    made = store.backups.make(BackupReason.IMPORT)
    assert made is not None and SECRET_NAME.encode() in decrypted(made.path)
    store.cases.add(Case(id=gone.id, given_name="Terug"))  # the same id, back again
    store.cases.erase(gone.id)
    assert store.backups.problem is None
    for backup in store.backups.files():
        assert SECRET_NAME.encode() not in decrypted(backup.path)


KILLED_BACKUP = """
import os, sys
from pathlib import Path
from rondom_tui.store.backup_files import BackupReason
from rondom_tui.store.repository import Store
path, passphrase, stop = Path(sys.argv[1]), sys.argv[2], sys.argv[3]
store = Store.open(path, passphrase, record_open=False)
real = {name: getattr(os, name) for name in ("write", "fsync", "replace")}

def stopping(name):
    def call(*args):
        if stop == name + " half":  # the kernel got half of the bytes, then the kill
            real[name](args[0], args[1][: len(args[1]) // 2])
            os._exit(9)
        if stop == "before " + name:
            os._exit(9)
        result = real[name](*args)
        if stop == "after " + name:
            os._exit(9)
        return result
    return call

for name in real:
    setattr(os, name, stopping(name))
store.backups.make(BackupReason.IMPORT)
os._exit(0)
"""


@pytest.mark.parametrize(
    "stop",
    ["write half", "after write", "before fsync", "after fsync", "before replace", "after replace"],
)
def test_a_kill_at_any_step_of_a_backup_leaves_the_old_backups_and_the_store(
    store_path: Path, stop: str
) -> None:
    store = filled(store_path)
    first = store.backups.make(BackupReason.IMPORT)
    old_backups = backup_bytes(store)
    store.close()  # a compaction: the store's journal held changes
    old_store = store_path.read_bytes()
    assert first is not None and len(old_backups) == 2  # the day's and this one

    done = subprocess.run(
        [sys.executable, "-c", KILLED_BACKUP, str(store_path), PASSPHRASE, stop], timeout=60
    )
    assert done.returncode == 9  # it really stopped there

    assert {p: p.read_bytes() for p in old_backups} == old_backups
    assert store_path.read_bytes() == old_store
    names = sorted(p.name for p in first.path.parent.glob("*.rondom"))
    assert len(names) == (3 if stop == "after replace" else 2)
    for name in names:  # every backup under its name is whole
        with Store.open(first.path.parent / name, PASSPHRASE, read_only=True) as copy:
            assert copy.verify()["cases"] == copy.cases.count() >= 1
    with Store.open(store_path, PASSPHRASE) as reopened:
        assert reopened.cases.count() == 3
        reopened.backups.make(BackupReason.IMPORT)  # and a temp file left is swept
    assert not [p for p in first.path.parent.iterdir() if ".tmp-" in p.name]
