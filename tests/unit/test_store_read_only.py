"""Read-only opening (issue 8, finding 7): on a read-only medium, in a folder without write
permission or on a full disk, the commands that only read still work and say in one line
that this access could not be recorded in the audit log.

The tests run as root, where `chmod 0500` does not stop writing, and mounting a read-only
bind needs privileges a test should not use: the medium is *simulated* by `read_only_medium`,
which makes `os.open` for writing (and so the lock file and the store opened read-write)
fail with EROFS inside the store's folder; the full disk by `full_disk`, appends to the store
(`os.pwrite`) failing with ENOSPC.
"""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest

from rondom_tui.cli.program import main
from rondom_tui.domain.models import AuditAction
from rondom_tui.store.envelope import FAST_KDF
from rondom_tui.store.errors import StoreReadOnly
from rondom_tui.store.lock import lock_path
from rondom_tui.store.repository import Store
from tests.conftest import PASSPHRASE, SECRET_NAME, secret_case

WRITING = os.O_WRONLY | os.O_RDWR | os.O_CREAT | os.O_APPEND | os.O_TRUNC


def read_only_medium(monkeypatch: pytest.MonkeyPatch, folder: Path) -> None:
    """Every open for writing below `folder` fails as on a read-only file system."""
    real_open = os.open

    def refusing_open(path: object, flags: int, *args: object, **kwargs: object) -> int:
        if flags & WRITING and Path(os.fsdecode(path)).is_relative_to(folder):  # type: ignore[arg-type]
            raise OSError(errno.EROFS, "Read-only file system")
        return real_open(path, flags, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "open", refusing_open)


def full_disk(monkeypatch: pytest.MonkeyPatch) -> None:
    """Appending to the store fails as on a full disk (the opening's audit entry is one)."""

    def no_space(*args: object) -> int:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "pwrite", no_space)


@pytest.fixture
def filled(store: Store, store_path: Path) -> Path:
    case = store.cases.add(secret_case())
    store.audit.record(AuditAction.VIEW, case.id)
    store.close()
    lock_path(store_path).unlink()
    return store_path


def test_a_read_only_store_reads_and_refuses_every_change(filled: Path) -> None:
    before = filled.read_bytes()
    with Store.open(filled, PASSPHRASE, read_only=True) as store:
        assert store.read_only and store.cases.list()[0].given_name == SECRET_NAME
        with pytest.raises(StoreReadOnly):
            store.cases.add(secret_case(given_name="Nieuw"))
        with pytest.raises(StoreReadOnly):
            store.change_passphrase("een andere lange wachtwoordzin")
        store.audit.record(AuditAction.VIEW)  # cannot be recorded: counted, not written
        assert store.unrecorded_audit_entries == 2  # the opening's and this one
        assert store.cases.count() == 1
    assert filled.read_bytes() == before
    assert not lock_path(filled).exists()  # no lock file needed


@pytest.mark.parametrize("medium", ["read-only", "full"])
def test_opening_falls_back_to_read_only_when_the_medium_refuses(
    filled: Path, monkeypatch: pytest.MonkeyPatch, medium: str
) -> None:
    before = filled.read_bytes()
    if medium == "read-only":
        read_only_medium(monkeypatch, filled.parent)
    else:
        full_disk(monkeypatch)
    with Store.open(filled, PASSPHRASE, read_only_fallback=True) as store:
        assert store.read_only and store.unrecorded_audit_entries == 1  # its OPEN
        assert store.cases.count() == 1
    assert filled.read_bytes() == before


def test_without_the_fallback_a_read_only_medium_is_an_error(
    filled: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    read_only_medium(monkeypatch, filled.parent)
    with pytest.raises(OSError):
        Store.open(filled, PASSPHRASE)


@pytest.mark.parametrize(
    "command",
    [
        ["list"],
        ["list", "--json"],
        ["verify"],
        ["audit"],
        ["export", "--all", "-o", "{out}", "-r", "{key}", "--yes"],
        ["import", "{bundle}", "--dry-run"],
    ],
)
@pytest.mark.parametrize("medium", ["read-only", "full"])
def test_the_reading_commands_work_and_say_so_in_one_line(
    filled: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    command: list[str],
    medium: str,
) -> None:
    passfile = tmp_path / "pass.txt"
    passfile.write_text(PASSPHRASE + "\n")
    common = ["--store", str(filled), "--passphrase-file", str(passfile)]
    assert main(["id", *common]) == 0
    key = capsys.readouterr().out.strip()
    bundle = tmp_path / "bundle.age"
    assert main(["export", "--all", "-o", str(bundle), "-r", key, "--yes", *common]) == 0
    out = tmp_path / "out" / "export.age"
    out.parent.mkdir()
    before = filled.read_bytes()
    capsys.readouterr()
    if medium == "read-only":
        read_only_medium(monkeypatch, filled.parent)
    else:
        full_disk(monkeypatch)
    args = [part.format(out=out, key=key, bundle=bundle) for part in command]
    assert main([*args, *common]) == 0
    err = capsys.readouterr().err
    assert err.count("audit") == 1 and err.count("\n") == 1, err
    assert filled.read_bytes() == before


def test_a_store_file_on_a_read_only_medium_with_a_lock_held_elsewhere_still_reads(
    store: Store, store_path: Path
) -> None:
    """A read-only opening takes no lock, so it reads beside a session that writes."""
    store.cases.add(secret_case())
    with Store.open(store_path, PASSPHRASE, read_only=True) as reader:
        assert reader.cases.count() == 1


def test_a_version_1_store_opens_read_only_and_stays_version_1(tmp_path: Path) -> None:
    path = tmp_path / "store-v1.rondom"
    path.write_bytes((Path(__file__).parents[1] / "fixtures" / "store-v1.rondom").read_bytes())
    before = path.read_bytes()
    with Store.open(path, "fixture passphrase v1", read_only=True) as store:
        assert store.cases.count() == 1 and store.vault.version == 1
    assert path.read_bytes() == before


def test_creating_needs_a_writable_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    read_only_medium(monkeypatch, tmp_path)
    with pytest.raises(OSError):
        Store.create(tmp_path / "new.rondom", PASSPHRASE, kdf=FAST_KDF)
