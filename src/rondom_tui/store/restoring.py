"""Putting a backup back (`rondom restore`, the app's backups screen).

The backup is read and checked through first (every record decodes, it is this store's);
then the store as it is now is kept as a backup of its own (`restore`), and the backup's
database becomes the store's in one rewrite, audited. Three things are not rolled back:

- the audit trail: the restored store keeps every entry of the current one (and the
  backup's), so a restore never hides who looked at a file;
- the erasures: the cases the store erased after the backup was made are erased again
  (`meta.store.erased`), so a restore never brings an erased child back;
- the store's own settings (`meta`: its id, its age key, the list of erasures).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from rondom_tui.domain.models import AuditAction
from rondom_tui.store.backup_files import BackupFile, BackupReason
from rondom_tui.store.backups import BACKUP_META, BackupContents
from rondom_tui.store.erasures import apply_erasures, erasures_of
from rondom_tui.store.errors import StoreReadOnly
from rondom_tui.store.loading import Tables
from rondom_tui.store.tables import AUDIT, CASES, META

if TYPE_CHECKING:
    from rondom_tui.store.repository import Store


@dataclass(frozen=True, slots=True)
class RestoreResult:
    """What a restore did."""

    at: datetime | None
    """When the restored backup was made."""
    reason: BackupReason | None
    cases: int
    """Cases in the store after the restore."""
    erased_again: int
    """Erasures made after the backup, applied to it again."""
    kept: BackupFile | None
    """The backup of the store as it was before (None when the policy keeps no such copy)."""


def restored_tables(current: Tables, backup: Tables) -> tuple[Tables, int]:
    """The database after restoring `backup` over `current` (neither is changed), and how
    many erasures were applied again."""
    tables: Tables = {name: dict(table) for name, table in backup.items() if name != META}
    tables[META] = {"store": dict(backup.get(META, {}).get("store", {}))}
    erased_again = apply_erasures(tables, erasures_of(current))
    meta = dict(current.get(META, {}))
    meta.pop(BACKUP_META, None)
    tables[META] = meta
    tables[AUDIT] = {**backup.get(AUDIT, {}), **current.get(AUDIT, {})}
    return tables, erased_again


def restore_backup(store: Store, backup: Path | BackupContents) -> RestoreResult:
    """Restore a backup into `store` (see the module's docstring): its path, or what
    `store.backups.read` made of it. Raises `StoreCorrupt` or `UnsupportedFormat` for a
    backup that cannot be restored (nothing changes then), `StoreWriteFailed` when the
    current store cannot be kept first."""
    if store.read_only:
        raise StoreReadOnly()
    if isinstance(backup, Path):
        backup = store.backups.read(backup)
    storage = store._storage
    with store._guard.changing():
        kept = store.backups.make(BackupReason.RESTORE)
        # A rewrite, also when the change would fit in a record: the restored file starts anew.
        with storage.batch(lambda header: header):
            tables, erased_again = restored_tables(storage.read(), backup.tables)
            storage.replace_all(tables)
            store._clear_query_caches()
            store.audit.record(AuditAction.RESTORE, detail=_detail(backup.at, backup.reason))
        cases = len(storage.read().get(CASES, {}))
    return RestoreResult(backup.at, backup.reason, cases, erased_again, kept)


def _detail(at: datetime | None, reason: BackupReason | None) -> str:
    """The audit entry's detail: which backup, by its time and kind (no content)."""
    stamp = at.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ") if at else "?"
    return f"backup={stamp}-{reason.value if reason else '?'}"
