# TinyDB's type stubs assume integer document ids; this store uses its models' string ids
# (IdTable below), which TinyDB supports at run time through `document_id_class`.
# mypy: disable-error-code="arg-type,call-overload,list-item,assignment"
"""The store API the app and the command line call: open a store, then work with cases,
events, assessments and the audit log. Widgets never touch TinyDB; they call this.

Every public method takes the store's lock, so a save running in a worker thread and a read
on the UI thread never see half a change. Each change and its audit entry are saved together
in one atomic write.
"""

from __future__ import annotations

import builtins
import secrets
import threading
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from datetime import date, datetime
from functools import wraps
from pathlib import Path
from typing import Any, ParamSpec, TypeVar

from tinydb import TinyDB
from tinydb.table import Document, Table

from rondom_tui.domain.cases.listing import CaseSummary
from rondom_tui.domain.codec import DocumentInvalid, from_document, json_encode, to_document
from rondom_tui.domain.models import (
    Assessment,
    AuditAction,
    AuditEntry,
    Case,
    CaseStatus,
    Event,
    new_id,
    utc_now,
)
from rondom_tui.store.envelope import DEFAULT_KDF, KdfParams
from rondom_tui.store.errors import NotFound, StoreCorrupt
from rondom_tui.store.files import ensure_folder, sweep_temp_files
from rondom_tui.store.lock import StoreLock, os_user
from rondom_tui.store.storage import EncryptedStorage
from rondom_tui.store.vault import Vault

P = ParamSpec("P")
R = TypeVar("R")

CASES, EVENTS, ASSESSMENTS, AUDIT, META = "cases", "events", "assessments", "audit", "meta"
FORMAT_TAG = "rondom-store"
CODE_ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ"  # no 0/O, 1/I


class IdTable(Table):
    """A TinyDB table whose document ids are our own string ids (uuid4)."""

    document_id_class = str

    def _get_next_id(self) -> str:
        return new_id()


class _Database(TinyDB):
    table_class = IdTable


def _locked(method: Callable[P, R]) -> Callable[P, R]:
    @wraps(method)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        owner = args[0]
        with owner._store._lock:  # type: ignore[attr-defined]
            return method(*args, **kwargs)

    return wrapper


class Store:
    """An open, unlocked store. Use `Store.open` or `Store.create`; close it when done."""

    def __init__(self, vault: Vault, plaintext: bytes, lock: StoreLock) -> None:
        self._lock = threading.RLock()
        self._file_lock = lock
        self.vault = vault
        """The encrypted file."""
        self.user = os_user()
        """The OS user the audit log names."""
        self._db = _Database(storage=EncryptedStorage, vault=vault, plaintext=plaintext)
        self._storage: EncryptedStorage = self._db.storage
        meta = self._db.table(META).get(doc_id="store")
        if meta is None or meta.get("format") != FORMAT_TAG:
            raise StoreCorrupt("store.body_unreadable")
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
        with self._lock:
            return dict(self._db.table(META).get(doc_id="store") or {})

    @contextmanager
    def batch(self) -> Iterator[None]:
        """Everything inside is saved in one atomic write, or not at all."""
        with self._lock:
            try:
                with self._storage.batch():
                    yield
            except BaseException:
                self._db.clear_cache()
                raise

    def table(self, name: str) -> Table:
        return self._db.table(name)

    def documents(self, name: str) -> Iterable[dict[str, Any]]:
        """The raw documents of a table, read-only, without TinyDB's per-document wrapping.

        For scans over every event (counts, one case's events): wrapping 70,000 documents
        costs more than the scan itself. Callers must not change what they get.
        """
        tables: dict[str, dict[str, dict[str, Any]]] = self._storage.read()
        return tables.get(name, {}).values()

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


class _Repository:
    def __init__(self, store: Store) -> None:
        self._store = store

    def _table(self, name: str) -> Table:
        return self._store.table(name)


def _decode_all(docs: Iterable[dict[str, Any]], model: type[R]) -> builtins.list[R]:
    return [from_document(dict(doc), model) for doc in docs]


class CaseRepository(_Repository):
    """Case files."""

    @_locked
    def list(self) -> builtins.list[Case]:
        return _decode_all(self._table(CASES).all(), Case)

    @_locked
    def summaries(self) -> builtins.list[CaseSummary]:
        """Rows for the case list, with event counts, in one pass over the store."""
        counts = self._store.events.count_by_case()
        rows = []
        for doc in self._store.documents(CASES):
            rows.append(
                CaseSummary(
                    id=doc["id"],
                    code=doc.get("code", ""),
                    given_name=doc.get("given_name", ""),
                    family_name=doc.get("family_name", ""),
                    school=doc.get("school", ""),
                    group=doc.get("group", ""),
                    status=CaseStatus(doc.get("status", "open")),
                    events=counts.get(doc["id"], 0),
                    updated_at=datetime.fromisoformat(doc["updated_at"]),
                )
            )
        return rows

    @_locked
    def get(self, case_id: str) -> Case:
        doc = self._table(CASES).get(doc_id=case_id)
        if doc is None:
            raise NotFound()
        return from_document(dict(doc), Case)

    @_locked
    def count(self) -> int:
        return len(self._table(CASES))

    @_locked
    def find_by_code(self, code: str) -> Case | None:
        wanted = code.strip().upper()
        for doc in self._table(CASES).all():
            if doc.get("code", "").upper() == wanted:
                return from_document(dict(doc), Case)
        return None

    def _new_code(self, taken: set[str]) -> str:
        while True:
            code = "K-" + "".join(secrets.choice(CODE_ALPHABET) for _ in range(4))
            if code not in taken:
                return code

    def _taken_codes(self) -> set[str]:
        return {doc.get("code", "") for doc in self._table(CASES).all()}

    @_locked
    def add(self, case: Case) -> Case:
        """Store a new case (a code is given when it has none) and audit it."""
        return self.add_many([case])[0]

    @_locked
    def add_many(self, cases: Iterable[Case], *, audit: bool = True) -> builtins.list[Case]:
        """Store several new cases in one save."""
        taken = self._taken_codes()
        stored = []
        now = utc_now()
        with self._store.batch():
            table = self._table(CASES)
            docs = []
            for case in cases:
                if not case.code or case.code in taken:
                    case.code = self._new_code(taken)
                taken.add(case.code)
                case.created_at = case.created_at or now
                case.updated_at = now
                docs.append(Document(to_document(case), doc_id=case.id))
                stored.append(case)
            table.insert_multiple(docs)
            if audit:
                self._store.audit.record_many(AuditAction.CREATE, [c.id for c in stored])
        return stored

    @_locked
    def update(self, case: Case) -> Case:
        """Save changes to an existing case; bumps its revision."""
        table = self._table(CASES)
        if not table.contains(doc_id=case.id):
            raise NotFound()
        case.revision += 1
        case.updated_at = utc_now()
        with self._store.batch():
            table.upsert(Document(to_document(case), doc_id=case.id))
            self._store.audit.record(AuditAction.UPDATE, case.id)
        return case

    @_locked
    def set_status(self, case_id: str, status: CaseStatus, on: date | None = None) -> Case:
        """Close or reopen a case."""
        case = self.get(case_id)
        case.status = status
        if status is CaseStatus.CLOSED:
            case.closed_on = on or date.today()
        else:
            case.closed_on = None
        return self.update(case)

    @_locked
    def delete(self, case_id: str) -> None:
        """Remove a case with its events and assessments, in one save."""
        table = self._table(CASES)
        if not table.contains(doc_id=case_id):
            raise NotFound()
        with self._store.batch():
            table.remove(doc_ids=[case_id])
            self._store.events.delete_for_case(case_id)
            self._store.assessments.delete_for_case(case_id)
            self._store.audit.record(AuditAction.DELETE, case_id)

    @_locked
    def touch(self, *case_ids: str) -> None:
        """Mark cases as changed now (their events or assessments changed), in one update."""
        table = self._table(CASES)
        known = [case_id for case_id in case_ids if table.contains(doc_id=case_id)]
        if known:
            table.update({"updated_at": utc_now().isoformat()}, doc_ids=known)


class EventRepository(_Repository):
    """Timeline events."""

    @_locked
    def for_case(self, case_id: str) -> builtins.list[Event]:
        docs = [doc for doc in self._store.documents(EVENTS) if doc.get("case_id") == case_id]
        events = _decode_all(docs, Event)
        events.sort(key=lambda e: (e.start, e.id))
        return events

    @_locked
    def get(self, event_id: str) -> Event:
        doc = self._table(EVENTS).get(doc_id=event_id)
        if doc is None:
            raise NotFound()
        return from_document(dict(doc), Event)

    @_locked
    def count_by_case(self) -> Counter[str]:
        return Counter(doc.get("case_id", "") for doc in self._store.documents(EVENTS))

    @_locked
    def add(self, event: Event) -> Event:
        return self.add_many([event])[0]

    @_locked
    def add_many(self, events: Iterable[Event], *, audit: bool = True) -> builtins.list[Event]:
        events = list(events)
        now = utc_now()
        with self._store.batch():
            for event in events:
                event.updated_at = now
            self._table(EVENTS).insert_multiple(
                [Document(to_document(e), doc_id=e.id) for e in events]
            )
            case_ids = sorted({e.case_id for e in events})
            self._store.cases.touch(*case_ids)
            if audit:
                self._store.audit.record_many(AuditAction.UPDATE, case_ids, detail="event+")
        return events

    @_locked
    def update(self, event: Event) -> Event:
        table = self._table(EVENTS)
        if not table.contains(doc_id=event.id):
            raise NotFound()
        event.updated_at = utc_now()
        with self._store.batch():
            table.upsert(Document(to_document(event), doc_id=event.id))
            self._store.cases.touch(event.case_id)
            self._store.audit.record(AuditAction.UPDATE, event.case_id, detail="event")
        return event

    @_locked
    def delete(self, event_id: str) -> None:
        event = self.get(event_id)
        with self._store.batch():
            self._table(EVENTS).remove(doc_ids=[event_id])
            self._store.cases.touch(event.case_id)
            self._store.audit.record(AuditAction.UPDATE, event.case_id, detail="event-")

    def delete_for_case(self, case_id: str) -> None:
        ids = [doc["id"] for doc in self._store.documents(EVENTS) if doc.get("case_id") == case_id]
        if ids:
            self._table(EVENTS).remove(doc_ids=ids)


class AssessmentRepository(_Repository):
    """Seven-keys self-assessments."""

    @_locked
    def list(self) -> builtins.list[Assessment]:
        items = _decode_all(self._table(ASSESSMENTS).all(), Assessment)
        items.sort(key=lambda a: (a.held_on, a.created_at))
        return items

    @_locked
    def for_case(self, case_id: str) -> builtins.list[Assessment]:
        return [a for a in self.list() if a.case_id == case_id]

    @_locked
    def for_label(self, label: str) -> builtins.list[Assessment]:
        return [a for a in self.list() if a.case_id is None and a.label == label]

    @_locked
    def get(self, assessment_id: str) -> Assessment:
        doc = self._table(ASSESSMENTS).get(doc_id=assessment_id)
        if doc is None:
            raise NotFound()
        return from_document(dict(doc), Assessment)

    @_locked
    def save(self, assessment: Assessment) -> Assessment:
        """Insert or replace an assessment (drafts are saved as the meeting goes)."""
        table = self._table(ASSESSMENTS)
        is_new = not table.contains(doc_id=assessment.id)
        assessment.updated_at = utc_now()
        with self._store.batch():
            table.upsert(Document(to_document(assessment), doc_id=assessment.id))
            if assessment.case_id:
                self._store.cases.touch(assessment.case_id)
            self._store.audit.record(
                AuditAction.CREATE if is_new else AuditAction.UPDATE,
                assessment.case_id,
                detail="assessment",
            )
        return assessment

    @_locked
    def delete(self, assessment_id: str) -> None:
        assessment = self.get(assessment_id)
        with self._store.batch():
            self._table(ASSESSMENTS).remove(doc_ids=[assessment_id])
            self._store.audit.record(AuditAction.DELETE, assessment.case_id, detail="assessment")

    def delete_for_case(self, case_id: str) -> None:
        ids = [
            doc["id"] for doc in self._store.documents(ASSESSMENTS) if doc.get("case_id") == case_id
        ]
        if ids:
            self._table(ASSESSMENTS).remove(doc_ids=ids)


class AuditLog(_Repository):
    """Append-only: who did what to which case, when. Never content."""

    @_locked
    def record(self, action: AuditAction, case_id: str | None = None, *, detail: str = "") -> None:
        entry = AuditEntry(user=self._store.user, action=action, case_id=case_id, detail=detail)
        self._table(AUDIT).insert(Document(to_document(entry), doc_id=new_id()))

    @_locked
    def record_many(
        self, action: AuditAction, case_ids: Iterable[str], *, detail: str = ""
    ) -> None:
        docs = [
            Document(
                to_document(
                    AuditEntry(user=self._store.user, action=action, case_id=cid, detail=detail)
                ),
                doc_id=new_id(),
            )
            for cid in case_ids
        ]
        if docs:
            self._table(AUDIT).insert_multiple(docs)

    @_locked
    def entries(self, case_id: str | None = None) -> builtins.list[AuditEntry]:
        docs = self._table(AUDIT).all()
        if case_id is not None:
            docs = [d for d in docs if d.get("case_id") == case_id]
        entries = _decode_all(docs, AuditEntry)
        entries.sort(key=lambda e: e.at)
        return entries
