"""No plaintext in any file the store writes: appends, compactions, an upgrade from version 1,
key changes, a torn tail cut off. Every file opened for writing is recorded (a Python audit
hook) and every file in the store's folder and the temp folder is searched for the case's
fictional names."""

from __future__ import annotations

from pathlib import Path

import pytest

from rondom_tui.domain.dates import PartialDate
from rondom_tui.domain.models import AuditAction, Event
from rondom_tui.store import vault as vault_module
from rondom_tui.store.envelope import FAST_KDF
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
from tests.written_files import isolated_folders, recording


def test_every_file_the_store_writes_is_encrypted(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    work, temp = isolated_folders(tmp_path, monkeypatch)
    folder = tmp_path / "data"
    folder.mkdir()
    path = folder / "store.rondom"
    v1 = folder / "old.rondom"
    v1.write_bytes((Path(__file__).parents[1] / "fixtures" / "store-v1.rondom").read_bytes())
    monkeypatch.setattr(vault_module, "COMPACT_AFTER_BYTES", 8_000)  # compactions on the way
    with recording() as written:
        key = RecoveryKey.generate()
        with Store.create(path, PASSPHRASE, kdf=FAST_KDF, recovery_key=key) as store:
            for index in range(8):
                case = store.cases.add(secret_case(question=f"{SECRET_NAME} {index} " * 40))
                store.events.add(Event(case_id=case.id, title=SECRET_NAME, start=PartialDate(2020)))
            store.change_passphrase("een nieuwe lange wachtwoordzin", kdf=FAST_KDF)
            store.set_recovery_key(RecoveryKey.generate())
            assert store.rewrites >= 3
        with open(path, "ab") as file:
            file.write(b"\x00\x00\x01")  # a broken-off append, cut off by the next save
        with Store.open(path, "een nieuwe lange wachtwoordzin") as store:
            store.audit.record(AuditAction.VIEW)
        with Store.open(v1, "fixture passphrase v1") as old:  # the upgrade: a rewrite
            old.cases.add(secret_case())
    stores = {"store.rondom", "old.rondom"}
    backups = {folder / f"{s}.backups" for s in stores}  # searched like the rest below
    for name in {Path(p).name for p in written if Path(p).parent not in backups}:
        # the stores, their locks and temp files
        assert name in stores | {f"{s}.lock" for s in stores} or name.startswith(
            tuple(f".{s}.tmp-" for s in stores)
        ), name
    assert any(Path(p).parent in backups for p in written)
    needles = (SECRET_NAME, SECRET_FAMILY, SECRET_SCHOOL)
    assert files_containing(tmp_path, *needles) == []
    assert not list(work.iterdir()) and not list(temp.iterdir())
