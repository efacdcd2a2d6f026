"""Erasure reaches the backups (issue 9): an erased case is gone from the store and from every
backup, decrypted; a backup made elsewhere before the erasure brings it back on no restore;
a kill before every backup was rewritten is finished by the next session."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from rondom_tui.cli.program import main
from rondom_tui.domain.dates import PartialDate
from rondom_tui.domain.models import Event
from rondom_tui.store.backup_files import BackupReason
from rondom_tui.store.backups import ERASURES_PENDING, Backups
from rondom_tui.store.errors import NotFound, StoreWriteFailed
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

EVENT_TITLE = "Verhuizing naar Snoezelstee"
TRACES = (SECRET_NAME, SECRET_FAMILY, SECRET_SCHOOL, EVENT_TITLE)


def decrypted(path: Path) -> bytes:
    """All a store or backup file holds, decrypted (snapshot and every record)."""
    vault, contents = Vault.unlock(path, PASSPHRASE, read_only=True)
    vault.close()
    return b"\n".join([contents.snapshot, *contents.records])


def fill(store: Store) -> tuple[str, str]:
    """The case to erase (with an event) and one that stays; the day's backup (made before
    the second case came) and an event backup, both holding the case."""
    case = store.cases.add(secret_case())
    store.events.add(Event(case_id=case.id, title=EVENT_TITLE, start=PartialDate(2021)))
    kept = store.cases.add(
        secret_case(
            given_name="Blijftbestaan",
            family_name="Anders",
            school="De Wilg",
            question="",
            parties=[],
            consents=[],
        )
    )
    store.backups.make(BackupReason.IMPORT)
    return case.id, kept.id


def test_an_erased_case_is_gone_from_the_store_and_from_every_backup(
    store: Store, store_path: Path
) -> None:
    case_id, kept_id = fill(store)
    before = {f.path for f in store.backups.files()}
    assert len(before) == 2 and all(SECRET_NAME.encode() in decrypted(p) for p in before)

    store.cases.erase(case_id)

    files = store.backups.files()
    assert [f.reason for f in files if f.path not in before] == [BackupReason.ERASE]
    for file in [*files, None]:
        plaintext = decrypted(file.path if file else store_path)
        for trace in TRACES:
            assert trace.encode() not in plaintext, (file, trace)
        if file is None or file.reason is not BackupReason.DAILY:
            assert b"Blijftbestaan" in plaintext  # the search would have found it
    for file in files:
        assert case_id not in store.backups.read(file.path).tables["cases"]
    assert not (store.backups.folder / ERASURES_PENDING).exists()
    assert files_containing(store_path.parent, *TRACES) == []
    [imported] = [f for f in files if f.reason is BackupReason.IMPORT]
    store.backups.restore(imported.path)
    with pytest.raises(NotFound):
        store.cases.get(case_id)
    assert store.cases.get(kept_id).given_name == "Blijftbestaan"


def test_a_copy_made_before_the_erasure_brings_the_case_back_on_no_restore(
    store: Store, store_path: Path, tmp_path: Path
) -> None:
    case_id, _ = fill(store)
    outside = tmp_path / "elders" / "kopie.rondom"
    outside.parent.mkdir()
    [imported] = [f for f in store.backups.files() if f.reason is BackupReason.IMPORT]
    shutil.copy(imported.path, outside)  # beyond the app's reach
    store.cases.erase(case_id)

    result = store.backups.restore(outside)

    assert result.erased_again == 1 and result.cases == 1
    with pytest.raises(NotFound):
        store.cases.get(case_id)
    assert SECRET_NAME.encode() not in decrypted(store_path)


def test_a_kill_before_every_backup_was_rewritten_is_finished_by_the_next_session(
    store: Store, store_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    case_id, _ = fill(store)
    with monkeypatch.context() as killed:
        killed.setattr(Backups, "after_erasure", lambda self: None)  # the process died here
        store.cases.erase(case_id)
    assert (store.backups.folder / ERASURES_PENDING).exists()
    held = [f.path for f in store.backups.files() if SECRET_NAME.encode() in decrypted(f.path)]
    assert held  # the case is still in backups: the mark says so
    store.close()

    with Store.open(store_path, PASSPHRASE) as again:  # its first save finishes the job
        for file in again.backups.files():
            assert SECRET_NAME.encode() not in decrypted(file.path), file.name
        assert not (again.backups.folder / ERASURES_PENDING).exists()


def test_an_erasure_goes_on_when_no_backup_can_be_made(store: Store) -> None:
    case_id, _ = fill(store)
    folder = store.backups.folder
    shutil.rmtree(folder)
    folder.write_text("")  # a file where the folder belongs: no backup can be written
    store.cases.erase(case_id)
    with pytest.raises(NotFound):
        store.cases.get(case_id)
    assert isinstance(store.backups.problem, StoreWriteFailed)


def test_rondom_erase_reaches_every_backup(store: Store, store_path: Path, tmp_path: Path) -> None:
    case_id, kept_id = fill(store)
    code = store.cases.get(case_id).code
    store.close()
    passfile = tmp_path / "pass.txt"
    passfile.write_text(PASSPHRASE + "\n")
    args = ["--store", str(store_path), "--passphrase-file", str(passfile)]
    assert main(["erase", code, "--yes", *args]) == 0
    with Store.open(store_path, PASSPHRASE, read_only=True) as again:
        files = again.backups.files()
        assert len(files) == 3
        for file in files:
            assert SECRET_NAME.encode() not in decrypted(file.path), file.name
        assert [c.id for c in again.cases.list()] == [kept_id]
