"""The order of a save's system calls, which is what makes it survive a power cut: an append is
written and fsynced before the change counts as saved; a rewrite fsyncs its temp file, renames
it over the store, then fsyncs the folder. And reads never wait for a save's disk write.

Each test records the calls (file descriptors named by their paths through /proc) and fails
when an fsync is taken out or moved."""

from __future__ import annotations

import os
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from rondom_tui.domain.models import AuditAction
from rondom_tui.store.errors import StoreWriteFailed
from rondom_tui.store.recovery import RecoveryKey
from rondom_tui.store.repository import Store
from tests.conftest import secret_case


def _name(fd: int, store_path: Path) -> str:
    target = Path(os.readlink(f"/proc/self/fd/{fd}"))
    if target == store_path:
        return "store"
    if target == store_path.parent:
        return "folder"
    if target.name.startswith(f".{store_path.name}.tmp-"):
        return "temp"
    return str(target)


@contextmanager
def recorded_calls(
    monkeypatch: pytest.MonkeyPatch, store: Store
) -> Iterator[list[tuple[str, str]]]:
    """(call, what) for every write, fsync and rename while the block runs, with the store's
    count of saves at each fsync: ("fsync", "store", saves)."""
    calls: list[tuple[str, str]] = []
    path = store.path
    write, pwrite, fsync, replace = os.write, os.pwrite, os.fsync, os.replace

    def note_write(fd: int) -> None:  # one file's writes in a row count as one
        if not calls or calls[-1] != ("write", _name(fd, path)):
            calls.append(("write", _name(fd, path)))

    def recording_write(fd: int, data: bytes) -> int:
        note_write(fd)
        return write(fd, data)

    def recording_pwrite(fd: int, data: bytes, offset: int) -> int:
        note_write(fd)
        return pwrite(fd, data, offset)

    def recording_fsync(fd: int) -> None:
        calls.append(("fsync", f"{_name(fd, path)} saves={store.saves}"))
        fsync(fd)

    def recording_replace(src: object, dst: object) -> None:
        calls.append(("replace", "temp->store" if Path(str(dst)) == path else str(dst)))
        replace(src, dst)  # type: ignore[arg-type]

    with monkeypatch.context() as patch:
        patch.setattr(os, "write", recording_write)
        patch.setattr(os, "pwrite", recording_pwrite)
        patch.setattr(os, "fsync", recording_fsync)
        patch.setattr(os, "replace", recording_replace)
        yield calls


def test_an_append_is_written_and_fsynced_before_it_counts_as_saved(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    saves = store.saves
    with recorded_calls(monkeypatch, store) as calls:
        store.audit.record(AuditAction.VIEW)
    assert calls == [("write", "store"), ("fsync", f"store saves={saves}")]
    assert store.saves == saves + 1


def test_a_rewrite_fsyncs_the_temp_file_then_renames_then_fsyncs_the_folder(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    store.cases.add(secret_case())
    with recorded_calls(monkeypatch, store) as calls:
        store.set_recovery_key(RecoveryKey.generate())  # a rewrite
    # The backups beside the store (a daily one, then sealed again with the new key) are
    # written by the same rules; tests/unit/test_backups.py follows them.
    calls = [call for call in calls if f"{store.path.name}.backups" not in call[1]]
    assert calls == [
        ("write", "temp"),
        ("fsync", f"temp saves={store.saves - 1}"),
        ("replace", "temp->store"),
        ("fsync", f"folder saves={store.saves - 1}"),
    ]


def test_an_append_whose_fsync_fails_is_cut_off_and_undone(
    store: Store, store_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    before, saves = store_path.read_bytes(), store.saves

    def failing(fd: int) -> None:
        raise OSError(5, "Input/output error")

    monkeypatch.setattr(os, "fsync", failing)
    with pytest.raises(StoreWriteFailed):
        store.cases.add(secret_case())
    monkeypatch.undo()
    assert store_path.read_bytes() == before and store.saves == saves
    assert store.cases.count() == 0


def test_reads_go_on_while_a_save_is_on_its_way_to_disk_and_changes_wait(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A save holds no lock during its write and fsync: a read on another thread (the UI)
    answers meanwhile, a change on another thread waits until the save is on disk, so saves
    keep their order."""
    in_fsync, release, waiting = threading.Event(), threading.Event(), threading.Event()
    fsync = os.fsync
    order: list[str] = []
    condition = store._guard._write_done
    wait = condition.wait

    def noted_wait(timeout: float | None = None) -> bool:
        waiting.set()
        return wait(timeout)

    monkeypatch.setattr(condition, "wait", noted_wait)

    def slow_fsync(fd: int) -> None:
        if threading.current_thread().name == "saver":
            in_fsync.set()
            assert release.wait(30)
        fsync(fd)

    monkeypatch.setattr(os, "fsync", slow_fsync)
    saver = threading.Thread(
        target=lambda: order.append(store.cases.add(secret_case()).id), name="saver"
    )
    saver.start()
    try:
        assert in_fsync.wait(30)
        counted: list[int] = []  # read while the save waits on the disk (a thread of its
        reader = threading.Thread(target=lambda: counted.append(store.cases.count()))
        reader.start()  # own, so that a read that waits fails the test instead of hanging it)
        reader.join(30)
        assert counted == [1]
        second = threading.Thread(target=lambda: order.append(store.cases.add(secret_case()).id))
        second.start()
        assert waiting.wait(30)  # the change waits: the first save is not on disk yet
        assert second.is_alive() and len(order) == 0
    finally:
        release.set()
    saver.join(30)
    second.join(30)
    assert len(order) == 2 and store.cases.count() == 2 and store.saves == 2
