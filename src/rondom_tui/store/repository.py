"""The store API the app and the command line call: open a store, then work with cases,
events, assessments and the audit log. Widgets never touch TinyDB; they call this.

Every public method takes the store's lock, so a save running in a worker thread and a read
on the UI thread never see half a change. Each change and its audit entry are saved together
in one atomic write. The parts live beside this file: `cases`, `events`, `assessments`,
`audit`, `imports`; `tables` holds what they share.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from tinydb.table import Table

from rondom_tui.domain.codec import DocumentInvalid, from_document, json_encode, to_document
from rondom_tui.domain.models import (
    Assessment,
    AuditAction,
    AuditEntry,
    Case,
    Event,
    new_id,
    utc_now,
)
from rondom_tui.store.assessments import AssessmentRepository
from rondom_tui.store.audit import AuditLog
from rondom_tui.store.cases import CaseRepository
from rondom_tui.store.envelope import DEFAULT_KDF, KdfParams
from rondom_tui.store.errors import StoreClosed, StoreCorrupt
from rondom_tui.store.events import EventRepository
from rondom_tui.store.files import ensure_folder, sweep_temp_files
from rondom_tui.store.imports import IdsInUse, ImportBatch, ids_in_use, tables_after_import
from rondom_tui.store.lock import StoreLock, os_user
from rondom_tui.store.storage import EncryptedStorage
from rondom_tui.store.tables import (
    ASSESSMENTS,
    AUDIT,
    CASES,
    EVENTS,
    META,
    RECORD_TABLES,
    Database,
)
from rondom_tui.store.vault import Vault

FORMAT_TAG = "rondom-store"


class Store:
    """An open, unlocked store. Use `Store.open` or `Store.create`; close it when done."""

    def __init__(self, vault: Vault, plaintext: bytes, lock: StoreLock) -> None:
        self._lock = threading.RLock()
        self._file_lock = lock
        self.vault = vault
        """The encrypted file."""
        self.user = os_user()
        """The OS user the audit log names."""
        self._db = Database(storage=EncryptedStorage, vault=vault, plaintext=plaintext)
        storage = self._db.storage
        assert isinstance(storage, EncryptedStorage)
        self._storage = storage
        meta = self._document(META, "store")
        if meta is None or meta.get("format") != FORMAT_TAG:
            raise StoreCorrupt("store.body_unreadable")
        self._meta = dict(meta)  # written once, when the store was created
        self.cases = CaseRepository(self)
        """Case files."""
        self.events = EventRepository(self)
        """Timeline events."""
        self.assessments = AssessmentRepository(self)
        """Seven-keys self-assessments."""
        self.audit = AuditLog(self)
        """Who did what, when."""

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
        lock: StoreLock | None = None,
    ) -> Store:
        """Create a new, empty store at `path` and open it."""
        from pyrage import x25519

        ensure_folder(path.parent)
        lock = lock or StoreLock(path)
        lock.acquire()
        try:
            meta = {
                "format": FORMAT_TAG,
                "store_id": new_id(),
                "created_at": utc_now().isoformat(),
                "demo": demo,
                "age_identity": str(x25519.Identity.generate()),
            }
            created = AuditEntry(user=os_user(), action=AuditAction.CREATE, detail="store")
            body = json_encode(
                {
                    META: {"store": meta},
                    CASES: {},
                    EVENTS: {},
                    ASSESSMENTS: {},
                    AUDIT: {new_id(): to_document(created)},
                }
            )
            vault = Vault.create(path, passphrase, body, kdf=kdf, demo=demo)
            return cls(vault, body, lock)
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
    ) -> Store:
        """Lock and unlock the store at `path`. A failure releases the lock.

        The opening is audited (one save) unless `record_open` is False: for a caller that
        shows no case data and may leave the file byte for byte as it was (an import's dry
        run, a bundle that turns out invalid); such a caller records OPEN itself when it
        writes after all.
        """
        lock = lock or StoreLock(path)
        lock.acquire()
        try:
            sweep_temp_files(path)
            vault, plaintext = Vault.unlock(path, passphrase, progress)
            store = cls(vault, plaintext, lock)
            if record_open:
                store.audit.record(AuditAction.OPEN)
            return store
        except BaseException:
            lock.release()
            raise

    def close(self) -> None:
        """Forget the decrypted data and the key, then release the lock. Idempotent."""
        with self._lock:
            if not self._storage.closed:
                self._storage.close()
            self._meta = {}  # holds the store's age identity
            self._file_lock.release()

    @property
    def closed(self) -> bool:
        return self._storage.closed

    @contextmanager
    def reading(self) -> Iterator[None]:
        """Hold the store still while several reads must agree (e.g. a bundle preview)."""
        with self._lock:
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
    def saves(self) -> int:
        """Writes of the file in this session."""
        return self._storage.saves

    def meta(self) -> dict[str, Any]:
        """The store's own settings (id, age identity, demo or not). They never change after
        the store was created, so reading them waits for no save (the export and import
        screens show the store's key on the UI thread)."""
        if self._storage.closed:
            raise StoreClosed()
        return dict(self._meta)

    @contextmanager
    def batch(self) -> Iterator[None]:
        """Everything inside is saved in one atomic write, or not at all."""
        with self._lock:
            try:
                with self._storage.batch():
                    yield
            except BaseException:
                self._clear_query_caches()
                raise

    def import_cases(self, batch: ImportBatch) -> None:
        """Apply an import in one pass: every table written once, with one IMPORT audit entry
        per bundled case, in one save (part of the caller's save inside its `batch()`). On
        any error nothing changes, on disk or in memory."""
        with self.batch():
            entries = self.audit.entries_for(AuditAction.IMPORT, batch.audit)
            self._storage.write(tables_after_import(self._storage.read(), batch, entries))
            self._clear_query_caches()

    def ids_in_use(self) -> IdsInUse:
        """The ids, codes and revisions an import must not clash with, read at once."""
        with self._lock:
            return ids_in_use(self._storage.read())

    # -- for the repositories beside this file (store/), never for callers outside it -----

    def _table(self, name: str) -> Table:
        return self._db.table(name)

    def _documents(self, name: str) -> Iterable[dict[str, Any]]:
        """The raw documents of a table, read-only, without TinyDB's per-document wrapping.

        For scans over every event (counts, one case's events): wrapping 70,000 documents
        costs more than the scan itself. Callers must not change what they get.
        """
        tables: dict[str, dict[str, dict[str, Any]]] = self._storage.read()
        return tables.get(name, {}).values()

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
        """Re-wrap the data key under a new passphrase (slow: runs the KDF once)."""
        with self._lock:
            self.audit.record(AuditAction.PASSWD)
            self.vault.rewrap(new_passphrase, self._storage.saved_plaintext(), kdf=kdf)

    def check_passphrase(self, passphrase: str) -> bool:
        return self.vault.check_passphrase(passphrase)

    def verify(self) -> dict[str, int]:
        """Decode every document against its model; returns counts or raises `StoreCorrupt`."""
        with self._lock:
            counts = {}
            for name, model in (
                (CASES, Case),
                (EVENTS, Event),
                (ASSESSMENTS, Assessment),
                (AUDIT, AuditEntry),
            ):
                table = self._db.table(name)
                for doc in table.all():
                    try:
                        from_document(dict(doc), model)
                    except DocumentInvalid:
                        raise StoreCorrupt("store.document_invalid", table=name) from None
                counts[name] = len(table)
            return counts
