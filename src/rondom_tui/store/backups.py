"""A store's encrypted backups: made, listed, read back, rotated and kept up to date
(docs/FORMAT.md, "Backups").

A backup is a complete version 2 store file of the same store (its id, its data key, its
current key slots), written atomically with mode 0600 into `<store>.backups/`. It is made
while the store is held still: before an import, a restore and an erasure, and on the first
save of a day (not of a store without cases: there is nothing to keep yet). When memory is
what the file holds, the backup is a checked copy of the sealed file, journal included
(`sealed_copy.py`): encoding and sealing a 50,000-case store held two more copies of it, about
360 MiB. Otherwise (a version 1 file, text cleaned in memory only) it is written from memory,
sealed in place, with an empty journal. The rotation (`backup_files.to_remove`) runs after
each new backup.

Backups follow the store: after a passphrase or recovery-key change every backup is sealed
again with the new slots (so an old passphrase opens none of them), and after an erasure every
backup is rewritten without the erased case. Each rewrite is atomic; a kill between two leaves
some behind, which the session's first save finds and finishes: slots are compared in the
headers (cheap), an erasure left unfinished is marked by an empty file in the folder.
"""

from __future__ import annotations

import contextlib
import os
import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from rondom_tui.domain.models import utc_now
from rondom_tui.i18n.texts import translate_count
from rondom_tui.store.backup_files import (
    BackupFile,
    BackupPolicy,
    BackupReason,
    backup_folder,
    ensure_backup_folder,
    found_backups,
    is_plain_folder,
    new_backup_name,
    parse_backup_name,
    sweep_backup_temp_files,
    to_remove,
)
from rondom_tui.store.documents import encode_tables_into
from rondom_tui.store.erasures import apply_erasures, erasures_of
from rondom_tui.store.errors import (
    StoreCorrupt,
    StoreError,
    StoreMissing,
    StoreReadOnly,
    UnsupportedFormat,
)
from rondom_tui.store.files import write_failed
from rondom_tui.store.header import HeaderV2
from rondom_tui.store.loading import Tables, load
from rondom_tui.store.reading import opened
from rondom_tui.store.tables import (
    ASSESSMENTS,
    CASES,
    EVENTS,
    META,
    checked_counts,
)

if TYPE_CHECKING:
    from rondom_tui.store.repository import Store
    from rondom_tui.store.restoring import RestoreResult

BACKUP_META = "backup"
"""The `meta` document that says, inside a backup, when and why it was made."""
ERASURES_PENDING = ".erasures-pending"
"""An empty file in the backups folder: an erasure has not reached every backup yet."""


@dataclass(frozen=True, slots=True)
class BackupSummary:
    """A backup as `rondom backups` lists it."""

    file: BackupFile
    cases: int | None
    """How many cases it holds; None when it could not be read."""
    problem: StoreError | None = None
    """Why it could not be read: another store's file, damaged, unreadable."""

    @property
    def problem_id(self) -> str:
        """The short words for its problem in a list: another store's, or unreadable."""
        if isinstance(self.problem, UnsupportedFormat):
            return "backups.other_store"
        return "backups.unreadable"


@dataclass(slots=True)
class BackupContents:
    """A backup read back, decrypted and checked (in memory only)."""

    path: Path
    at: datetime | None
    reason: BackupReason | None
    tables: Tables
    counts: dict[str, int]

    def __repr__(self) -> str:
        return f"BackupContents(counts={self.counts})"

    def held(self, *, lang: str) -> str:
        """What it holds, in words: "12 dossiers, 80 gebeurtenissen, 3 zelfevaluaties"."""
        return ", ".join(
            translate_count(lang, f"cli.count.{name}", self.counts[name], n=self.counts[name])
            for name in (CASES, EVENTS, ASSESSMENTS)
        )


class Backups:
    """The backups of one open store."""

    def __init__(self, store: Store, policy: BackupPolicy) -> None:
        self._store = store
        self.policy = policy
        """How many copies the rotation keeps."""
        self.folder = backup_folder(store.path)
        """`<store>.backups/`."""
        self.problem: StoreError | None = None
        """The last failure of work done on the side (a daily backup, bringing backups up to
        date); the store's own save went on."""
        self._done_on: date | None = None
        self._healed = False
        self._lock = threading.RLock()

    def __repr__(self) -> str:
        return "Backups(…)"

    # -- listing and reading -------------------------------------------------------------

    def files(self) -> list[BackupFile]:
        """Every backup in the folder, oldest first (also those of another store)."""
        return found_backups(self.folder)

    def summaries(self) -> list[BackupSummary]:
        """Every backup with the number of cases it holds (each one decrypted in memory)."""
        summaries = []
        for file in self.files():
            try:
                contents = self.read(file.path)
            except StoreError as exc:
                summaries.append(BackupSummary(file, None, exc))
            else:  # as it would be restored: without the cases erased since
                apply_erasures(contents.tables, self._erasures())
                summaries.append(BackupSummary(file, len(contents.tables.get(CASES, {}))))
        return summaries

    def find(self, name_or_path: str) -> Path:
        """The backup a user names: a file name as listed (in the backups folder) or a path."""
        if parse_backup_name(name_or_path) is not None and (self.folder / name_or_path).exists():
            return self.folder / name_or_path
        path = Path(name_or_path).expanduser()
        if not path.exists():
            raise StoreMissing("backup.missing", path=name_or_path)
        return path

    def read(self, path: Path) -> BackupContents:
        """A backup of this store, decrypted with its key and checked through: every record
        decodes, it is this store's (`UnsupportedFormat` otherwise) and whole (`StoreCorrupt`
        otherwise)."""
        contents = self._store.vault.read_copy(path)
        tables = load(contents, for_session=False)
        del contents
        own = tables.get(META, {}).get("store")
        store_meta = self._store.meta()
        if not isinstance(own, dict) or own.get("store_id") != store_meta.get("store_id"):
            raise UnsupportedFormat("backup.other_store")
        about = tables.get(META, {}).get(BACKUP_META)
        at, reason = _when_and_why(about, path.name)
        return BackupContents(path, at, reason, tables, checked_counts(tables))

    def restore(self, backup: Path | BackupContents) -> RestoreResult:
        """Put a backup back (its path, or what `read` made of it; `store/restoring.py`):
        checked first, the current store kept as a backup, the audit trail and the erasures
        kept, one rewrite, audited."""
        from rondom_tui.store.restoring import restore_backup  # it builds on this module

        return restore_backup(self._store, backup)

    # -- making ----------------------------------------------------------------------------

    def make(self, reason: BackupReason) -> BackupFile | None:
        """A backup of the store as it is in memory now (the caller holds the store still,
        with memory equal to the file), then the rotation; None when the policy keeps no
        backup of this kind. Raises `StoreWriteFailed`, or `StoreReadOnly` for a store that
        may not change (the change the backup was for is refused anyway)."""
        if self._store.read_only:
            raise StoreReadOnly()
        daily = reason is BackupReason.DAILY
        if not (self.policy.daily or self.policy.weekly if daily else self.policy.events):
            return None
        with self._lock:
            self._prepare_folder()
            at = utc_now()
            path = self.folder / new_backup_name(at, reason, os.listdir(self.folder))
            storage = self._store._storage
            # Memory is what the file holds: the sealed file itself is the copy (no second
            # and third copy of a large store in memory). Otherwise (a version 1 file, text
            # cleaned in memory only) a rewrite, sealed in place, with when and why inside.
            if not (storage.file_is_memory and self._store.vault.copy_file(path)):
                tables: Tables = storage.read()
                why = {"at": at.isoformat(), "why": reason}
                body = encode_tables_into(
                    {**tables, META: {**tables.get(META, {}), BACKUP_META: why}}
                )
                self._store.vault.write_copy(path, body)
            self.rotate()
            return BackupFile(path, at, reason, path.stat().st_size, self._store_id())

    def rotate(self) -> list[BackupFile]:
        """Remove what the policy no longer keeps (only this store's backups)."""
        removed = []
        with self._lock:
            for backup in to_remove(self.files(), self.policy, self._store_id()):
                with contextlib.suppress(FileNotFoundError):
                    os.unlink(backup.path)
                    removed.append(backup)
        return removed

    def daily_when_due(self) -> None:
        """On the first save of a session, finish what a killed session left (slots,
        erasures); on the first save of a day, the day's backup when there is none yet (not
        while the store holds no case: nothing to keep). A failure is kept in `problem`,
        never raised: the save itself goes on."""
        today = datetime.now().astimezone().date()
        if self._done_on == today:
            return
        try:
            if not self._healed:
                self._healed = True
                pending = self.folder / ERASURES_PENDING
                if is_plain_folder(self.folder):
                    self.bring_up_to_date(erasures=pending.exists())
                    pending.unlink(missing_ok=True)
            if not self._store._storage.read().get(CASES):
                return
            self._done_on = today
            store_id = self._store_id()
            if not any(
                f.reason is BackupReason.DAILY and f.store_id == store_id and f.local_day == today
                for f in self.files()
            ):
                self.make(BackupReason.DAILY)
        except StoreError as exc:
            self.problem = exc
        except OSError as exc:
            self.problem = write_failed(exc)

    # -- following the store -----------------------------------------------------------------

    def after_key_change(self) -> None:
        """Seal every backup again with the store's new key slots."""
        self._on_the_side(lambda: self.bring_up_to_date(erasures=False))

    def before_erasure(self) -> None:
        """Before an erasure (the caller holds the store still, memory equal to the file): a
        copy of the store as it is (what the erasure leaves of the other cases can be
        checked against it; it loses the erased case with the other backups), and the mark
        that the backups hold the case until `after_erasure` has rewritten them all (a kill
        in between is finished by the next session's first save). A failure is kept in
        `problem`, never raised: the law's erasure does not wait for a copy."""

        def prepare() -> None:
            self.make(BackupReason.ERASE)
            if is_plain_folder(self.folder):
                (self.folder / ERASURES_PENDING).touch(mode=0o600)

        self._on_the_side(prepare)

    def after_erasure(self) -> None:
        """Rewrite every backup without the erased cases (once the erasure is on disk)."""

        def update() -> None:
            if is_plain_folder(self.folder):
                self.bring_up_to_date(erasures=True)
                (self.folder / ERASURES_PENDING).unlink(missing_ok=True)

        self._on_the_side(update)

    def bring_up_to_date(self, *, erasures: bool) -> int:
        """Rewrite each backup of this store whose key slots are not the store's or (with
        `erasures`) that misses one of the store's erasures; returns how many were rewritten.
        A backup that cannot be read is left as it is."""
        rewritten = 0
        with self._lock:
            if not is_plain_folder(self.folder):
                return 0
            store_id, wanted = self._store_id(), self._erasures()
            for file in self.files():
                if file.store_id != store_id:
                    continue
                with contextlib.suppress(StoreCorrupt, UnsupportedFormat):
                    rewritten += self._update(file.path, wanted if erasures else None)
        return rewritten

    def _update(self, path: Path, erasures: list[dict[str, Any]] | None) -> int:
        vault = self._store.vault
        with opened(path, writable=False) as file:
            stale = not (isinstance(file.header, HeaderV2) and vault.has_current_slots(file.header))
        if not stale and not erasures:
            return 0
        contents = vault.read_copy(path)
        if erasures:
            tables = load(contents, for_session=False)
            # Applying erasures also lists them in the backup's meta: a copy's journal (which
            # may hold an erased case's documents that a later record removed) is folded in.
            if apply_erasures(tables, erasures) or stale:
                vault.write_copy(path, encode_tables_into(tables))
                return 1
            return 0
        if contents.records:  # a copy made from the store's file: its journal folded in
            vault.write_copy(path, encode_tables_into(load(contents, for_session=False)))
        else:
            vault.write_copy(path, contents.snapshot)
        return 1

    # -- helpers ---------------------------------------------------------------------------

    def _on_the_side(self, work: Callable[[], object]) -> None:
        try:
            work()
        except StoreError as exc:
            self.problem = exc
        except OSError as exc:
            self.problem = write_failed(exc)

    def _prepare_folder(self) -> None:
        try:
            ensure_backup_folder(self.folder)
        except OSError as exc:
            raise write_failed(exc) from None
        sweep_backup_temp_files(self.folder)

    def _store_id(self) -> bytes:
        return self._store.vault.next_header().store_id

    def _erasures(self) -> list[dict[str, Any]]:
        with self._store._guard.reading():
            return erasures_of(self._store._storage.read())


def _when_and_why(about: Any, name: str) -> tuple[datetime | None, BackupReason | None]:
    """When and why a backup was made: from inside it, else from its name."""
    if isinstance(about, dict):
        with contextlib.suppress(KeyError, TypeError, ValueError):
            return datetime.fromisoformat(about["at"]), BackupReason(about["why"])
    parsed = parse_backup_name(name)
    return parsed if parsed else (None, None)
