"""Backups (issue 9): encrypted copies beside the store, made before an import and a restore
and on the first save of a day, rotated, restored with the audit trail kept, sealed again when
a key changes, and never holding plaintext."""

from __future__ import annotations

import os
import stat
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from rondom_tui.bundle import (
    export_bundle,
    import_bundle,
    open_bundle_for_store,
    parse_recipient,
    store_recipient,
)
from rondom_tui.domain.models import AuditAction, Case
from rondom_tui.store.backup_files import (
    BackupFile,
    BackupPolicy,
    BackupReason,
    configured_policy,
    new_backup_name,
    parse_backup_name,
    to_remove,
)
from rondom_tui.store.envelope import FAST_KDF
from rondom_tui.store.errors import (
    StoreCorrupt,
    StoreWriteFailed,
    UnsupportedFormat,
    WrongPassphraseOrCorrupt,
    WrongRecoveryKeyOrCorrupt,
)
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

NEW_PASSPHRASE = "een nieuwe lange wachtwoordzin"
NEEDLES = (SECRET_NAME, SECRET_FAMILY, SECRET_SCHOOL)


def backups_of(path: Path) -> list[Path]:
    folder = path.with_name(path.name + ".backups")
    return sorted(p for p in folder.iterdir() if p.suffix == ".rondom") if folder.exists() else []


def as_yesterdays(backup: Path) -> Path:
    """Rename a backup as if it was made a day earlier."""
    parsed = parse_backup_name(backup.name)
    assert parsed is not None
    at, reason = parsed
    older = backup.with_name(new_backup_name(at - timedelta(days=1), reason, []))
    backup.rename(older)
    return older


def test_the_first_save_of_a_day_keeps_an_encrypted_copy_and_later_saves_do_not(
    store_path: Path,
) -> None:
    with Store.create(store_path, PASSPHRASE, kdf=FAST_KDF) as store:
        first = store.cases.add(secret_case())
        assert backups_of(store_path) == []  # the store held no case yet: nothing to keep
        store.cases.add(secret_case(given_name="Tweede"))
        store.cases.add(secret_case(given_name="Derde"))
    with Store.open(store_path, PASSPHRASE) as store:  # the OPEN entry is a save, same day
        assert store.cases.count() == 3
    [daily] = backups_of(store_path)
    assert daily.name.endswith("-daily.rondom")
    assert stat.S_IMODE(daily.stat().st_mode) == 0o600
    assert stat.S_IMODE(daily.parent.stat().st_mode) == 0o700
    # A complete store file of the store as it was before that day's first save with a case.
    with Store.open(daily, PASSPHRASE, read_only=True) as copy:
        assert [c.id for c in copy.cases.list()] == [first.id]
    as_yesterdays(daily)
    with Store.open(store_path, PASSPHRASE):  # a new day: a new copy
        pass
    assert len(backups_of(store_path)) == 2
    assert files_containing(store_path.parent, *NEEDLES) == []


def test_an_import_keeps_the_store_as_it_was_and_is_refused_when_it_cannot(
    tmp_path: Path,
) -> None:
    sender = Store.create(tmp_path / "a.rondom", PASSPHRASE, kdf=FAST_KDF)
    receiver = Store.create(tmp_path / "b.rondom", PASSPHRASE, kdf=FAST_KDF)
    try:
        sender.cases.add(secret_case())
        receiver.cases.add(Case(given_name="Al aanwezig"))
        to = [parse_recipient(store_recipient(receiver))]
        bundle = open_bundle_for_store(receiver, export_bundle(sender, recipients=to).data)

        folder = receiver.backups.folder
        folder.write_text("")  # a file where the folder belongs: no backup can be written
        before = receiver.path.read_bytes()
        with pytest.raises(StoreWriteFailed):
            import_bundle(receiver, bundle)
        assert receiver.cases.count() == 1 and receiver.path.read_bytes() == before

        folder.unlink()
        import_bundle(receiver, bundle)
        assert receiver.cases.count() == 2
        [kept] = [f for f in receiver.backups.files() if f.reason is BackupReason.IMPORT]
        assert receiver.backups.read(kept.path).counts["cases"] == 1
    finally:
        sender.close()
        receiver.close()


def test_a_restore_checks_the_backup_keeps_the_store_and_its_audit_trail(
    store: Store, store_path: Path
) -> None:
    kept = store.cases.add(secret_case())
    store.cases.add(secret_case(given_name="Tweede"))  # the day's backup: one case
    [daily] = store.backups.files()
    later = store.cases.add(secret_case(given_name="Later"))
    store.audit.record(AuditAction.VIEW, later.id)

    result = store.backups.restore(daily.path)

    assert [c.id for c in store.cases.list()] == [kept.id] and result.cases == 1
    assert result.reason is BackupReason.DAILY and result.erased_again == 0
    actions = [(e.action, e.case_id) for e in store.audit.entries()]
    assert (AuditAction.VIEW, later.id) in actions  # who looked stays on record
    assert actions[-1] == (AuditAction.RESTORE, None)
    assert result.kept is not None and result.kept.reason is BackupReason.RESTORE
    assert store.backups.read(result.kept.path).counts["cases"] == 3  # undo is possible
    assert store.verify()["cases"] == 1
    store.close()
    with Store.open(store_path, PASSPHRASE) as reopened:  # the restore was written
        assert reopened.cases.count() == 1 and reopened.verify()["cases"] == 1


def test_a_backup_of_another_store_or_a_damaged_one_is_refused_and_nothing_changes(
    store: Store, store_path: Path, tmp_path: Path
) -> None:
    store.cases.add(secret_case())
    store.cases.add(secret_case(given_name="Tweede"))
    other_path = tmp_path / "ander.rondom"
    with Store.create(other_path, PASSPHRASE, kdf=FAST_KDF) as other:
        other.cases.add(Case(given_name="Ander"))
    [daily] = store.backups.files()
    damaged = tmp_path / "kapot.rondom"
    data = bytearray(daily.path.read_bytes())
    data[-3] ^= 0x01
    damaged.write_bytes(bytes(data))
    before = store_path.read_bytes()
    with pytest.raises(UnsupportedFormat):
        store.backups.restore(other_path)
    with pytest.raises(StoreCorrupt):
        store.backups.restore(damaged)
    assert store_path.read_bytes() == before and store.cases.count() == 2
    assert len(store.backups.files()) == 1  # and nothing kept for a restore that never was


def test_a_key_change_seals_every_backup_again(store: Store, store_path: Path) -> None:
    old_key = RecoveryKey.generate()
    store.set_recovery_key(old_key)
    store.cases.add(secret_case())
    store.cases.add(secret_case(given_name="Tweede"))
    assert store.backups.files()
    store.change_passphrase(NEW_PASSPHRASE, kdf=FAST_KDF)
    new_key = RecoveryKey.generate()
    store.set_recovery_key(new_key)
    assert store.backups.problem is None
    for backup in store.backups.files():
        with pytest.raises(WrongPassphraseOrCorrupt):
            Store.open(backup.path, PASSPHRASE, read_only=True)
        with pytest.raises(WrongRecoveryKeyOrCorrupt):
            Store.open_with_recovery_key(backup.path, old_key, read_only=True)
        Store.open(backup.path, NEW_PASSPHRASE, read_only=True).close()
        Store.open_with_recovery_key(backup.path, new_key, read_only=True).close()


def test_a_backup_left_with_old_keys_by_a_kill_is_sealed_again_by_the_next_session(
    store: Store, store_path: Path
) -> None:
    store.cases.add(secret_case())
    store.cases.add(secret_case(given_name="Tweede"))
    [daily] = store.backups.files()
    old_bytes = daily.path.read_bytes()
    store.change_passphrase(NEW_PASSPHRASE, kdf=FAST_KDF)
    store.close()
    daily.path.write_bytes(old_bytes)  # as if killed before this one was sealed again
    Store.open(daily.path, PASSPHRASE, read_only=True).close()
    Store.open(store_path, NEW_PASSPHRASE).close()  # its first save finishes the job
    with pytest.raises(WrongPassphraseOrCorrupt):
        Store.open(daily.path, PASSPHRASE, read_only=True)
    Store.open(daily.path, NEW_PASSPHRASE, read_only=True).close()


def test_no_backup_holds_plaintext(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    work, temp = isolated_folders(tmp_path, monkeypatch)
    path = tmp_path / "data" / "store.rondom"
    with recording() as written, Store.create(path, PASSPHRASE, kdf=FAST_KDF) as store:
        store.cases.add(secret_case())
        store.cases.add(secret_case(question=f"{SECRET_NAME} " * 50))
        [daily] = store.backups.files()
        store.backups.restore(daily.path)
        store.change_passphrase(NEW_PASSPHRASE, kdf=FAST_KDF)
        store.set_recovery_key(RecoveryKey.generate())
        store.backups.summaries()
    backups = {Path(p) for p in written if Path(p).parent == path.with_name("store.rondom.backups")}
    assert len(backups) >= 3  # written, and searched: every file under tmp_path
    assert files_containing(tmp_path, *NEEDLES) == []
    assert not list(work.iterdir()) and not list(temp.iterdir())


# -- the rotation ------------------------------------------------------------------------

STORE_ID = b"s" * 16


def made(at: datetime, reason: BackupReason, store_id: bytes | None = STORE_ID) -> BackupFile:
    return BackupFile(Path(new_backup_name(at, reason, [])), at, reason, 1, store_id)


def test_the_rotation_keeps_seven_daily_four_weekly_and_ten_event_copies() -> None:
    now = datetime(2026, 12, 4, 9, 0, tzinfo=UTC)
    daily = [made(now - timedelta(days=n), BackupReason.DAILY) for n in range(60)]
    events = [made(now - timedelta(hours=n), BackupReason.IMPORT) for n in range(15)]
    foreign = made(now - timedelta(days=90), BackupReason.DAILY, store_id=b"x" * 16)
    unreadable = made(now - timedelta(days=91), BackupReason.DAILY, store_id=None)
    removed = set(to_remove([*daily, *events, foreign, unreadable], BackupPolicy(), STORE_ID))
    kept = [b for b in daily if b not in removed]
    assert kept[:7] == daily[:7]  # the last seven days
    weekly = kept[7:]
    assert len(weekly) == 4  # then the newest of each of four weeks before them
    weeks = [b.at.astimezone().isocalendar()[:2] for b in weekly]
    assert len(set(weeks)) == 4 and all(b.at < daily[6].at for b in weekly)
    assert [b for b in events if b not in removed] == events[:10]
    assert foreign not in removed and unreadable not in removed  # never another store's


def test_the_rotation_follows_the_config_file_and_the_environment(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    config = tmp_path / "config"
    (config / "rondom").mkdir(parents=True)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(config))
    (config / "rondom" / "config.toml").write_text("[backups]\ndaily = 30\nweekly = 0\n")
    assert configured_policy() == BackupPolicy(daily=30, weekly=0, events=10)
    monkeypatch.setenv("RONDOM_BACKUPS_EVENTS", "3")
    monkeypatch.setenv("RONDOM_BACKUPS_DAILY", "veel")  # nonsense keeps the default
    assert configured_policy() == BackupPolicy(daily=7, weekly=0, events=3)
    (config / "rondom" / "config.toml").write_text("[backups\n")  # broken: defaults
    monkeypatch.delenv("RONDOM_BACKUPS_EVENTS")
    assert configured_policy() == BackupPolicy()


def keep(monkeypatch: pytest.MonkeyPatch, daily: int, weekly: int, events: int) -> None:
    """The user's setting, as the environment gives it."""
    for name, count in (("DAILY", daily), ("WEEKLY", weekly), ("EVENTS", events)):
        monkeypatch.setenv(f"RONDOM_BACKUPS_{name}", str(count))


def test_a_policy_that_keeps_no_copies_makes_none(
    store_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    keep(monkeypatch, 0, 0, 0)
    with Store.create(store_path, PASSPHRASE, kdf=FAST_KDF) as store:
        store.cases.add(secret_case())
        store.cases.add(secret_case())
        assert store.backups.make(BackupReason.IMPORT) is None
    assert backups_of(store_path) == []


def test_rotation_removes_old_copies_after_a_new_one(
    store_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    keep(monkeypatch, 1, 0, 2)
    with Store.create(store_path, PASSPHRASE, kdf=FAST_KDF) as store:
        store.cases.add(secret_case())
        store.cases.add(secret_case())
        for _ in range(4):
            store.backups.make(BackupReason.IMPORT)
        [daily] = [f for f in store.backups.files() if f.reason is BackupReason.DAILY]
        as_yesterdays(daily.path)
        store.backups.make(BackupReason.DAILY)
        reasons = sorted(f.reason.value for f in store.backups.files())
    assert reasons == ["daily", "import", "import"]


def test_names_never_clash_and_other_names_are_not_backups() -> None:
    at = datetime(2026, 12, 4, 9, 0, 5, tzinfo=UTC)
    first = new_backup_name(at, BackupReason.IMPORT, [])
    second = new_backup_name(at, BackupReason.IMPORT, [first])
    assert first == "20261204T090005Z-import.rondom" and second.endswith("-import-2.rondom")
    assert parse_backup_name(second) == (at, BackupReason.IMPORT)
    for name in ("notes.txt", "20261204T090005Z-other.rondom", ".x.tmp-ab", "store.rondom"):
        assert parse_backup_name(name) is None


def test_the_backups_folder_is_never_a_link(store: Store, tmp_path: Path) -> None:
    elsewhere = tmp_path / "elders"
    elsewhere.mkdir()
    os.symlink(elsewhere, store.backups.folder)
    store.cases.add(secret_case())
    store.cases.add(secret_case())  # the daily backup fails; the save does not
    assert store.cases.count() == 2 and isinstance(store.backups.problem, StoreWriteFailed)
    assert list(elsewhere.iterdir()) == []
