"""No lost update (issue 8, finding 3): a session never writes over a store file that changed
behind its back, and a lock file that was deleted, replaced or has the wrong mode is noticed
and repaired."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from rondom_tui.domain.models import AuditAction
from rondom_tui.store.errors import StoreChangedOnDisk, StoreLocked
from rondom_tui.store.lock import StoreLock, lock_path
from rondom_tui.store.repository import Store
from tests.conftest import PASSPHRASE, secret_case


def test_a_deleted_lock_file_and_a_second_writer_never_lose_an_update(
    store: Store, store_path: Path
) -> None:
    """The issue's story: the app has the store open, the lock file is removed, a second
    session adds cases; the app's next save must not write its older copy over them."""
    mine = store.cases.add(secret_case(given_name="Eerste"))
    lock_path(store_path).unlink()
    with Store.open(store_path, PASSPHRASE) as other:
        theirs = other.cases.add_many([secret_case(given_name=f"Ander {i}") for i in range(5)])
    on_disk = store_path.read_bytes()

    with pytest.raises(StoreChangedOnDisk) as caught:
        store.cases.add(secret_case(given_name="Later"))
    assert caught.value.message_id == "store.changed_on_disk"
    for lang in ("nl", "en"):
        assert "Later" not in caught.value.text(lang=lang)
    assert store_path.read_bytes() == on_disk  # nothing written
    assert store.changed_on_disk and store.cases.count() == 2  # memory keeps the change
    with pytest.raises(StoreChangedOnDisk):  # every later save too, until a reload
        store.audit.record(AuditAction.VIEW)
    assert store_path.read_bytes() == on_disk

    store.reload()
    assert {c.id for c in store.cases.list()} == {mine.id, *(c.id for c in theirs)}
    assert not store.changed_on_disk
    store.cases.add(secret_case(given_name="Na herladen"))
    store.close()
    with Store.open(store_path, PASSPHRASE) as again:
        assert again.cases.count() == 7


@pytest.mark.parametrize("how", ["replaced by a copy", "appended to", "touched"])
def test_a_file_changed_on_disk_is_never_written_over(
    store: Store, store_path: Path, tmp_path: Path, how: str
) -> None:
    store.cases.add(secret_case())
    if how == "replaced by a copy":  # a backup restored by hand, say
        copy = tmp_path / "copy.rondom"
        shutil.copyfile(store_path, copy)
        os.replace(copy, store_path)
    elif how == "appended to":
        with open(store_path, "ab") as file:
            file.write(b"\0" * 10)
    else:
        stat = store_path.stat()
        os.utime(store_path, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000))
    on_disk = store_path.read_bytes()
    with pytest.raises(StoreChangedOnDisk):
        store.cases.add(secret_case(given_name="Tweede"))
    assert store_path.read_bytes() == on_disk
    store.close()  # closing does not compact over it either
    assert store_path.read_bytes() == on_disk


def test_the_close_after_a_refused_save_writes_nothing(store: Store, store_path: Path) -> None:
    store.cases.add(secret_case())
    lock_path(store_path).unlink()
    with Store.open(store_path, PASSPHRASE):
        pass
    on_disk = store_path.read_bytes()
    with pytest.raises(StoreChangedOnDisk):
        store.audit.record(AuditAction.VIEW)
    store.close()
    assert store_path.read_bytes() == on_disk


def test_a_deleted_lock_file_is_made_again_and_locked_before_the_next_write(
    store: Store, store_path: Path
) -> None:
    lock = lock_path(store_path)
    lock.unlink()
    store.audit.record(AuditAction.VIEW)  # nobody else wrote: the save goes on
    assert lock.exists() and lock.stat().st_mode & 0o777 == 0o600
    with pytest.raises(StoreLocked):
        StoreLock(store_path).acquire()


def test_a_replaced_lock_file_is_locked_again(store: Store, store_path: Path) -> None:
    lock = lock_path(store_path)
    replacement = store_path.parent / "other"
    replacement.write_text("")
    os.replace(replacement, lock)
    store.audit.record(AuditAction.VIEW)
    with pytest.raises(StoreLocked):
        StoreLock(store_path).acquire()


def test_a_replaced_lock_file_held_by_another_session_stops_the_write(
    store: Store, store_path: Path
) -> None:
    on_disk = store_path.read_bytes()
    lock_path(store_path).unlink()
    with StoreLock(store_path), pytest.raises(StoreLocked):
        store.audit.record(AuditAction.VIEW)
    assert store_path.read_bytes() == on_disk


def test_a_lock_file_with_the_wrong_mode_is_repaired(store: Store, store_path: Path) -> None:
    lock = lock_path(store_path)
    os.chmod(lock, 0o644)
    store.audit.record(AuditAction.VIEW)
    assert lock.stat().st_mode & 0o777 == 0o600
    store.close()
    os.chmod(lock, 0o666)  # left so by someone else before the next session
    with Store.open(store_path, PASSPHRASE, record_open=False):
        assert lock.stat().st_mode & 0o777 == 0o600
