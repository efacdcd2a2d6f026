"""The store API the app and the command line call: open a store, then work with cases,
events, assessments and the audit log. Widgets never touch TinyDB; they call this.

Every public method takes the store's lock (`guard.Guard`), so a save running in a worker
thread and a read on the UI thread never see half a change; the disk write of a save runs after
the lock is let go, so reads never wait for it. Each change and its audit entries are one
journal record, appended and fsynced (docs/FORMAT.md, version 2). The parts live beside this:
`cases`, `events`, `links`, `assessments`, `plans`, `audit`, `backups`, `reviews`, `imports`;
`tables` shares.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TypeVar, cast

from tinydb.table import Table

from rondom_tui.domain.codec import DocumentInvalid, from_document, json_decode_as
from rondom_tui.domain.models import AuditAction
from rondom_tui.store.assessments import AssessmentRepository
from rondom_tui.store.audit import AuditLog
from rondom_tui.store.backup_files import BackupReason, configured_policy
from rondom_tui.store.backups import Backups
from rondom_tui.store.cases import CaseRepository
from rondom_tui.store.catalogue import Catalogue
from rondom_tui.store.documents import Documents
from rondom_tui.store.envelope import DEFAULT_KDF, KdfParams
from rondom_tui.store.errors import StoreClosed, StoreCorrupt, StoreReadOnly, StoreWriteFailed
from rondom_tui.store.events import EventRepository
from rondom_tui.store.files import READ_ONLY_ERRNOS, ensure_folder
from rondom_tui.store.guard import Guard
from rondom_tui.store.imports import IdsInUse, ImportBatch, ids_in_use, import_changes
from rondom_tui.store.links import LinkRepository
from rondom_tui.store.lock import StoreLock
from rondom_tui.store.opening import FORMAT_TAG, Unlock, audit_user, new_store_body, unlock_file
from rondom_tui.store.plans import PlanRepository
from rondom_tui.store.reading import Contents
from rondom_tui.store.recovery import RECOVERY_KEY_OPEN, RecoveryKey
from rondom_tui.store.reviews import ReviewRepository
from rondom_tui.store.storage import EncryptedStorage
from rondom_tui.store.tables import (
    CASES,
    EVENTS,
    LINKS,
    META,
    MODELS,
    PLAN_VERSIONS,
    PLANS,
    RECORD_TABLES,
    REVIEWS,
    Database,
    check_records,
    decode_table,
)
from rondom_tui.store.vault import Vault, check_new_passphrase

T = TypeVar("T")


class Store:
    """An open, unlocked store. Use `Store.open`, `Store.open_with_recovery_key` or
    `Store.create`; close it when done."""

    def __init__(self, vault: Vault, contents: Contents, lock: StoreLock | None) -> None:
        self._guard = Guard(write=lambda: self._storage.write_committed())
        self._file_lock = lock
        self.vault = vault
        """The encrypted file."""
        self.user = audit_user()
        """The OS user the audit log names."""
        self.unrecorded_audit_entries = 0
        """Audit entries a read-only store could not record (the caller says so)."""
        self._rows: Catalogue | None = None
        self._db = Database(
            storage=EncryptedStorage, vault=vault, contents=contents, guard=self._guard
        )
        storage = self._db.storage
        assert isinstance(storage, EncryptedStorage)
        self._storage = storage
        storage.on_rollback = self._clear_query_caches
        # Text from before the cleaning rule is cleaned as each document is read (in memory;
        # written with the next rewrite or compaction: `documents.Documents`), and every
        # record must be a document under its id.
        check_records(storage.read())
        self._meta = self._read_meta()
        # The parts, as the module says; `backups.restore` puts an encrypted copy back.
        self.cases = CaseRepository(self)
        self.events = EventRepository(self)
        self.links = LinkRepository(self)
        self.assessments = AssessmentRepository(self)
        self.audit = AuditLog(self)
        self.backups = Backups(self, configured_policy())
        storage.before_first_change = self.backups.daily_when_due
        self.reviews = ReviewRepository(self)
        self.plans = PlanRepository(self)

    def _read_meta(self) -> dict[str, Any]:
        meta = self._document(META, "store")
        if meta is None or meta.get("format") != FORMAT_TAG:
            raise StoreCorrupt("store.body_unreadable")
        return dict(meta)  # written once, when the store was created

    def __repr__(self) -> str:
        return "Store(…)"

    # -- opening and closing ----------------------------------------------------------

    @classmethod
    def create(
        cls,
        path: Path,
        passphrase: str,
        *,
        kdf: KdfParams = DEFAULT_KDF,
        demo: bool = False,
        recovery_key: RecoveryKey | None = None,
        lock: StoreLock | None = None,
    ) -> Store:
        """Create a new, empty store at `path` and open it. With `recovery_key` (made with
        `RecoveryKey.generate()` and shown to the user once), the store also opens with it."""
        from pyrage import x25519  # only here: opening a store needs no age

        ensure_folder(path.parent)
        lock = lock or StoreLock(path)
        lock.acquire()
        try:
            store_id, body = new_store_body(demo=demo, age_identity=str(x25519.Identity.generate()))
            vault = Vault.create(
                path,
                passphrase,
                body,
                store_id=store_id.bytes,
                kdf=kdf,
                demo=demo,
                recovery_key=recovery_key,
                lock=lock,
            )
            return cls(vault, Contents(body, []), lock)
        except BaseException:
            lock.release()
            raise

    @classmethod
    def open(
        cls,
        path: Path,
        passphrase: str,
        *,
        lock: StoreLock | None = None,
        progress: Callable[[str], None] | None = None,
        record_open: bool = True,
        read_only: bool = False,
        read_only_fallback: bool = False,
    ) -> Store:
        """Lock and unlock the store at `path`. A failure releases the lock.

        The opening is audited (one small append) unless `record_open` is False: for a
        caller that shows no case data and may leave the file byte for byte as it was (an
        import's dry run, a bundle that turns out invalid); such a caller records OPEN itself
        when it writes after all. `read_only` opens without a lock and never writes (no
        audit entry: `unrecorded_audit_entries` counts them); `read_only_fallback` opens
        read-only when the medium refuses the lock file or the opening's audit entry (a
        read-only medium, a folder without write permission, a full disk)."""
        return cls._open(
            path,
            lambda ro, held: Vault.unlock(path, passphrase, progress, read_only=ro, lock=held),
            lock=lock,
            record_open=record_open,
            read_only=read_only,
            fallback=read_only_fallback,
        )

    @classmethod
    def open_with_recovery_key(
        cls,
        path: Path,
        key: RecoveryKey,
        *,
        lock: StoreLock | None = None,
        record_open: bool = True,
        read_only: bool = False,
    ) -> Store:
        """Like `open` (its OPEN entry says so), with the recovery key instead of the
        passphrase; `WrongRecoveryKeyOrCorrupt` when it does not fit."""
        return cls._open(
            path,
            lambda ro, held: Vault.unlock_with_recovery_key(path, key, read_only=ro, lock=held),
            lock=lock,
            record_open=record_open,
            read_only=read_only,
            fallback=False,
            open_detail=RECOVERY_KEY_OPEN,
        )

    @classmethod
    def _open(
        cls,
        path: Path,
        unlock: Unlock,
        *,
        lock: StoreLock | None,
        record_open: bool,
        read_only: bool,
        fallback: bool,
        open_detail: str = "",
    ) -> Store:
        vault, contents, held = unlock_file(
            path, unlock, lock=lock, read_only=read_only, fallback=fallback
        )
        try:
            store = cls(vault, contents, held)
        except BaseException:
            vault.close()
            if held is not None:
                held.release()
            raise
        if record_open:
            try:
                store._record_open(open_detail)
            except StoreWriteFailed as exc:
                if not (fallback and exc.errno in READ_ONLY_ERRNOS):
                    store.close()
                    raise
                store.vault.read_only = True  # a full disk: read on, without recording
                store.unrecorded_audit_entries += 1
            except BaseException:
                store.close()
                raise
        return store

    def _record_open(self, detail: str) -> None:
        """Record the opening and, in the same save, bring records from before a change of
        the model up to date: case goals become plan items. A read-only store records
        nothing and shows the goals as the items they will be (`plans.for_case`)."""
        if self.read_only:
            self.audit.record(AuditAction.OPEN, detail=detail)
            return
        with self.batch():
            self.audit.record(AuditAction.OPEN, detail=detail)
            self.plans.move_goals()

    def close(self) -> None:
        """Compact the journal into a new snapshot when it is due (docs/FORMAT.md, "Writing"),
        forget the decrypted data and the key, then release the lock. Idempotent."""
        with self._guard.changing():
            self._storage.close()
            self._meta = {}  # holds the store's age identity
            if self._file_lock is not None:
                self._file_lock.release()

    def compact(self) -> None:
        """Write the journal into a new snapshot now (a rewrite). The store does this itself
        when the journal passes its bound, after a save or when it closes; a caller needs it
        only to start a fresh file (tests, fixtures)."""
        with self._guard.changing():
            self._storage.compact()

    @property
    def closed(self) -> bool:
        return self._storage.closed

    @contextmanager
    def reading(self) -> Iterator[None]:
        """Hold the store still while several reads must agree (e.g. a bundle preview)."""
        with self._guard.reading():
            yield

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- store-wide -------------------------------------------------------------------

    @property
    def path(self) -> Path:
        return self.vault.path

    @property
    def is_demo(self) -> bool:
        return self.vault.is_demo

    @property
    def read_only(self) -> bool:
        """Opened read-only: reads work, changes raise `StoreReadOnly`, audit entries are
        counted in `unrecorded_audit_entries` instead of written."""
        return self.vault.read_only

    @property
    def has_recovery_key(self) -> bool:
        return self.vault.has_recovery_key

    @property
    def dropped_bytes(self) -> int:
        """Bytes of a broken-off save found at the end of the file when it was opened (0 when
        none); they are cut off before the next save. `rondom verify` reports them."""
        return self.vault.dropped_bytes

    @property
    def changed_on_disk(self) -> bool:
        """A save found the file changed behind this session's back (`StoreChangedOnDisk`):
        changes since then are in memory only, until `reload()`."""
        return self._storage.changed_on_disk

    @property
    def saves(self) -> int:
        """Committed changes written to the file in this session."""
        return self._storage.saves

    @property
    def rewrites(self) -> int:
        """Whole-file rewrites in this session (compaction, upgrade, key changes)."""
        return self._storage.rewrites

    def meta(self) -> dict[str, Any]:
        """The store's own settings (id, age identity, demo or not). They never change after
        the store was created, so reading them waits for no save (the export and import
        screens show the store's key on the UI thread)."""
        if self._storage.closed:
            raise StoreClosed()
        return dict(self._meta)

    @contextmanager
    def batch(self) -> Iterator[None]:
        """Everything inside is one committed change: saved as one journal record (or one
        rewrite), or not at all. The disk write runs when the caller lets go of the store."""
        with self._storage.batch():
            yield

    @contextmanager
    def _batch_rewritten(self) -> Iterator[None]:
        """One committed change saved by a rewrite of the whole file instead of a journal
        record, so that what it removes is gone from the file at once (an erasure)."""
        with self._storage.batch(lambda header: header):
            yield

    def reload(self) -> None:
        """Read the file as it is on disk now, forgetting what this session has in memory
        (after `StoreChangedOnDisk`: the change that was refused is lost)."""
        with self._guard.changing():
            self._storage.reload()
            self._meta = self._read_meta()

    def import_cases(self, batch: ImportBatch) -> None:
        """Apply an import in one pass: every document written once, with one IMPORT audit
        entry per bundled case, in one save (part of the caller's save inside its `batch()`).
        On any error nothing changes, on disk or in memory."""
        with self.batch():
            self.backups.make(BackupReason.IMPORT)
            entries = self.audit.entries_for(AuditAction.IMPORT, batch.audit)
            self._storage.apply(import_changes(self._storage.read(), batch, entries))
            self._clear_query_caches()

    def ids_in_use(self) -> IdsInUse:
        """The ids, codes and revisions an import must not clash with, read at once."""
        with self._guard.reading():
            return ids_in_use(self._storage.read(), self._catalogue().rows())

    # -- for the repositories beside this file (store/), never for callers outside it -----

    def _table(self, name: str) -> Table:
        return self._db.table(name)

    def _documents(self, name: str) -> Iterable[dict[str, Any]]:
        """The raw documents of a table, read-only, without TinyDB's per-document wrapping.

        For scans over every event (counts, one case's events): wrapping 70,000 documents
        costs more than the scan itself. Callers must not change what they get.
        """
        return self._storage.read().get(name, {}).values()

    def _items(self, name: str) -> Iterable[tuple[str, Any]]:
        """The raw documents of a table with their ids, read-only (decodes them all)."""
        return self._storage.read().get(name, {}).items()

    def _indexed(self, name: str) -> Documents | None:
        """The table `name` when it is one of `tables.PER_CASE_TABLES` (indexed by case)."""
        table = self._storage.read().get(name)
        return table if isinstance(table, Documents) and table.per_case else None

    def _case_ids(self, name: str, case_id: str) -> list[str] | None:
        """The ids of the records of a per-case table that belong to `case_id` (from its index,
        nothing decoded), or None for a table that is not per case (or not there)."""
        table = self._indexed(name)
        return None if table is None else table.ids_of_case(case_id)

    def _ids_matching(self, name: str, pattern: re.Pattern[bytes]) -> list[str]:
        """The ids of table `name` whose stored bytes `pattern` may match (see
        `Documents.ids_matching`; the caller checks each document)."""
        table = self._storage.read().get(name)
        if isinstance(table, Documents):
            return table.ids_matching(pattern)
        return list(table or ())

    def _decoded_table(self, name: str, model: type[T]) -> list[T]:
        """Every record of a table as a model, decoded in one pass (`tables.decode_table`)."""
        return decode_table(self._storage.read().get(name, {}), model)

    def _ids(self, name: str) -> set[str]:
        """The ids of table `name` (nothing decoded)."""
        return set(self._storage.read().get(name, ()))

    def _case_documents(self, name: str, case_id: str) -> list[dict[str, Any]]:
        """The raw documents of a per-case table that belong to `case_id` (only those are
        decoded). Callers must not change what they get."""
        table = self._indexed(name)
        return [] if table is None else table.of_case(case_id)

    def _case_counts(self, name: str) -> dict[str, int]:
        """Case id -> how many records of a per-case table belong to it (nothing decoded)."""
        table = self._indexed(name)
        return {} if table is None else table.counts_by_case()

    def _lean(self, name: str, kind: type[T], *, of_cases: bool = False) -> T:
        """Every document of a table (with `of_cases`, those that belong to a case) decoded
        straight into lean structs `kind` (a `list[...]`), without making dicts of those not
        read yet; `StoreCorrupt` naming the table when one does not fit."""
        table = self._storage.read().get(name)
        encoded, decoded = b"[]", list[Any]()
        if isinstance(table, Documents):
            table.clean_unread()  # the lean structs take text as it is
            encoded, decoded = table.stored_values(list(table.case_of()) if of_cases else None)
        elif table is not None:
            decoded = list(table.values())
        try:
            found: Any = json_decode_as(encoded, kind)
            if decoded:
                found += from_document(decoded, kind)
            return cast(T, found)
        except DocumentInvalid:
            raise StoreCorrupt("store.document_invalid", table=name) from None

    def _catalogue(self) -> Catalogue:
        """The case list's rows (`store/catalogue.py`), for the tables held now."""
        tables = self._storage.read()
        cases, events = tables.get(CASES), tables.get(EVENTS)
        if not isinstance(cases, Documents) or not isinstance(events, Documents):
            cases = self._storage.table(CASES)
            events = self._storage.table(EVENTS)
        assert isinstance(cases, Documents) and isinstance(events, Documents)
        if self._rows is None or not self._rows.holds(cases, events):
            self._rows = Catalogue(cases, events)
        return self._rows

    def _table_names(self) -> list[str]:
        """Every table in the body, also those a later version added."""
        return list(self._storage.read())

    def _document(self, name: str, ident: str) -> dict[str, Any] | None:
        """One raw document, read-only, or None."""
        document: dict[str, Any] | None = self._storage.read().get(name, {}).get(ident)
        return document

    def _clear_query_caches(self) -> None:
        # TinyDB caches query results per table; they are stale after a write that did not go
        # through the table (an import) or after a rollback. `TinyDB.clear_cache` would reach
        # only its default table.
        for name in (*RECORD_TABLES, META):
            self._db.table(name).clear_cache()

    def change_passphrase(self, new_passphrase: str, *, kdf: KdfParams | None = None) -> None:
        """A new passphrase for the store (slow: runs the KDF once, on the saving thread): a
        new passphrase slot, audited, in one rewrite. After opening with the recovery key,
        this is how a forgotten passphrase is replaced."""
        check_new_passphrase(new_passphrase)
        if self.read_only:
            raise StoreReadOnly()
        vault = self.vault
        with self._storage.batch(
            lambda base: vault.with_new_passphrase(base, new_passphrase, kdf=kdf)
        ):
            self.audit.record(AuditAction.PASSWD)
            self._storage.after_saved(self.backups.after_key_change)

    def set_recovery_key(self, key: RecoveryKey | None) -> None:
        """A new recovery key for the store (or none), audited, in one rewrite: the old key no
        longer opens it."""
        if self.read_only:
            raise StoreReadOnly()
        vault = self.vault
        with self._storage.batch(lambda base: vault.with_recovery_key(base, key)):
            self.audit.record(AuditAction.PASSWD, detail="recovery" if key else "recovery-")
            self._storage.after_saved(self.backups.after_key_change)

    def check_passphrase(self, passphrase: str) -> bool:
        return self.vault.check_passphrase(passphrase)

    def verify(self) -> dict[str, int]:
        """Decode every document as the app reads it, and the case list as `rondom list`
        reads it; returns the counts per table or raises `StoreCorrupt` naming the table.
        (A broken-off save dropped at opening is in `dropped_bytes`.)"""
        with self._guard.reading():
            tables = self._storage.read()
            counts = {
                name: len(decode_table(tables.get(name, {}), model))
                for name, model in MODELS.items()
            }
            for name in (REVIEWS, LINKS, PLANS, PLAN_VERSIONS):
                del counts[name]  # checked, not counted: `rondom verify` names the case tables
            self.cases.summaries()
            return counts
