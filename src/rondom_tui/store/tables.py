"""What the store's repositories share: the table names, TinyDB tables keyed by our own ids
that change documents in place, the lock every public method takes, and turning models into
stored documents and back.

This module and the repositories beside it are the only code that knows TinyDB.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from functools import wraps
from typing import TYPE_CHECKING, Any, ParamSpec, TypeVar, cast

import msgspec
from tinydb import TinyDB
from tinydb.table import Document, Table

from rondom_tui.domain.codec import (
    DocumentInvalid,
    checked_document,
    clean_document,
    from_document,
    json_decode_as,
)
from rondom_tui.domain.links import Link
from rondom_tui.domain.models import Assessment, AuditEntry, Case, Event
from rondom_tui.domain.plan.models import PlanItem, PlanVersion
from rondom_tui.domain.review.models import Review
from rondom_tui.domain.text import UNSAFE_JSON
from rondom_tui.store.documents import Documents, Encoded, Ref
from rondom_tui.store.errors import NotFound, StoreCorrupt

if TYPE_CHECKING:
    from rondom_tui.store.repository import Store
    from rondom_tui.store.storage import EncryptedStorage

P = ParamSpec("P")
R = TypeVar("R")

CASES, EVENTS, ASSESSMENTS, AUDIT, META = "cases", "events", "assessments", "audit", "meta"
REVIEWS = "reviews"
"""The casusreviews with their policy action points (no case data: `store/reviews.py`)."""
LINKS = "links"
"""The "may explain" links between a case's events (`store/links.py`)."""
PLANS, PLAN_VERSIONS = "plans", "plan_versions"
"""A case's plan items, and the plan as it was saved after each meeting (`store/plans.py`)."""
RECORD_TABLES = (CASES, EVENTS, ASSESSMENTS, AUDIT, REVIEWS, LINKS, PLANS, PLAN_VERSIONS)
"""The tables of records (`meta` holds the store's own settings)."""
MODELS: dict[str, type[msgspec.Struct]] = {
    CASES: Case,
    EVENTS: Event,
    ASSESSMENTS: Assessment,
    AUDIT: AuditEntry,
    REVIEWS: Review,
    LINKS: Link,
    PLANS: PlanItem,
    PLAN_VERSIONS: PlanVersion,
}
"""The model every document of a record table decodes into."""
PER_CASE_TABLES = (EVENTS, ASSESSMENTS, LINKS, PLANS, PLAN_VERSIONS)
"""The tables whose documents belong to a case through their `case_id`: indexed by case when
a store opens (`documents.Documents`), so that one case's records, the case list's counts and
an erasure read only that case's documents. A new table of records that belong to a case
joins by being named here (and in `RECORD_TABLES` and `MODELS`); nothing else changes."""


def new_table(name: str, encoded: dict[str, Encoded], refs: dict[str, Ref] | None) -> Documents:
    """A stored table as a session holds it: documents decoded when first read, indexed by
    case when they belong to one (`PER_CASE_TABLES`), each checked to be under its own id
    (`refs`: their ids and cases, read for the whole snapshot at once by `indexed_tables`)."""
    return Documents(
        name,
        encoded,
        model=MODELS.get(name),
        per_case=name in PER_CASE_TABLES,
        ids_are_keys=name != AUDIT,
        refs=refs,
    )


def indexed_tables(names: Iterable[str]) -> list[str]:
    """Those of the tables `names` whose documents' ids (and cases) are read at opening."""
    return [name for name in names if name not in (META, AUDIT) or name in PER_CASE_TABLES]


def holds_unsafe_text(*parts: bytes | memoryview) -> bool:
    """True when the decrypted JSON `parts` (a snapshot, journal records) may hold a control
    or bidi character: one quick scan of the bytes, so a clean store skips the walk."""
    return any(UNSAFE_JSON.search(part) for part in parts)


def clean_tables(tables: dict[str, Any]) -> None:
    """Clean, in place, every string of every decoded record by the rule of its field
    (`domain.text`): a store written before the rule, or by a version that let a bundle's
    escape sequences in, opens with plain text. What does not fit a model is left for
    decoding to refuse. A `Documents` cleans each document when it decodes it; only the
    plain dicts are walked here."""
    for name, model in MODELS.items():
        records = tables.get(name)
        if isinstance(records, dict):
            for ident, doc in list(records.items()):
                records[ident] = clean_document(doc, model)


def check_records(tables: Mapping[str, Any]) -> None:
    """Every record is a document under its own id: what the quick reads (the case list,
    counts, an import's plan) rely on. Raises `StoreCorrupt` naming the table. The documents
    a `Documents` holds encoded were checked when it was made (`Documents._index`)."""
    for name in RECORD_TABLES:
        records = tables.get(name, {})
        items = records.decoded_items() if isinstance(records, Documents) else records.items()
        for ident, doc in items:
            if not isinstance(doc, dict) or (name != AUDIT and doc.get("id") != ident):
                raise StoreCorrupt("store.document_invalid", table=name)


def checked_counts(tables: Mapping[str, Any]) -> dict[str, int]:
    """The records of a whole database checked as opening a store checks them, and decoded
    as `verify` decodes them (a backup before it is restored): the count per table, or
    `StoreCorrupt` naming the table."""
    check_records(tables)
    return {name: len(decode_table(tables.get(name, {}), model)) for name, model in MODELS.items()}


def decode_table(table: Mapping[str, Any], model: type[R]) -> list[R]:
    """Every document of a table as a model (`verify`, a backup's check): a `Documents` is
    decoded from its stored bytes in one pass (cleaned first where they may need it), not
    document by document; `StoreCorrupt` naming the table when one does not fit."""
    if not isinstance(table, Documents):
        return decode_all(table.values(), model)
    table.clean_unread()
    try:
        return json_decode_as(table.encoded(), list[model])  # type: ignore[valid-type]
    except DocumentInvalid:
        raise StoreCorrupt("store.document_invalid", table=_table_of(model)) from None


class IdTable(Table):
    """A TinyDB table whose document ids are our models' own string ids (uuid4).

    Every document comes in as a `Document` carrying its id (`stored_document`), so TinyDB
    never numbers one itself: its numbering is integer only, and a store must not depend on
    how a TinyDB release picks the next number.
    """

    document_id_class = str  # type: ignore[assignment]  # TinyDB's stubs say int

    def insert(self, document: Mapping[str, Any]) -> int:
        return super().insert(_with_id(document))

    def insert_multiple(self, documents: Iterable[Mapping[str, Any]]) -> list[int]:
        return super().insert_multiple([_with_id(document) for document in documents])

    def _update_table(self, updater: Callable[[dict[Any, Mapping[str, Any]]], None]) -> None:
        """Let TinyDB's `updater` change the stored table in place.

        TinyDB's own version (private, and guarded by tests/unit/test_store_journal.py)
        copies the whole table into a new dict on every write: O(n) per saved edit. Ours hands
        the updater a view of the stored table that notes each document it reaches, so that
        a save writes only those (one journal record per batch). A failing updater leaves the
        table as it was."""
        storage = cast("EncryptedStorage", self.storage)
        with storage.batch():
            changes = storage.table_changes(self.name)
            try:
                updater(changes)  # type: ignore[arg-type]  # a MutableMapping, not a dict
            except BaseException:
                changes.undo()
                raise
            storage.write(storage.read())
        self.clear_cache()


def _with_id(document: Mapping[str, Any]) -> Mapping[str, Any]:
    if not isinstance(document, Document):
        raise TypeError("a stored document carries its own id (stored_document)")
    return document


class Database(TinyDB):
    """TinyDB with `IdTable`s."""

    table_class = IdTable


def stored_document(model: msgspec.Struct, ident: str) -> Document:
    """`model` as a TinyDB document under `ident` (its own id, or a new one for audit
    entries), checked first: raises `RecordInvalid` for a model that would not decode again."""
    # TinyDB's type stubs say document ids are int; `IdTable` makes them str at run time.
    return Document(checked_document(model), doc_id=ident)  # type: ignore[arg-type]


def decode_all(docs: Iterable[Mapping[str, Any]], model: type[R]) -> list[R]:
    """Stored documents as models; a malformed one is a `StoreCorrupt` (as `verify` says)."""
    try:
        return [from_document(dict(doc), model) for doc in docs]
    except DocumentInvalid:
        raise StoreCorrupt("store.document_invalid", table=_table_of(model)) from None


def _table_of(model: type) -> str:
    return next((name for name, kind in MODELS.items() if kind is model), "?")


def locked(method: Callable[P, R]) -> Callable[P, R]:
    """Run a repository method that reads under its store's lock, so that a save in a worker
    thread and a read on the UI thread never see half a change. A read never waits for a
    save's disk write."""

    @wraps(method)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        owner = args[0]
        assert isinstance(owner, Repository)
        with owner._store._guard.reading():
            return method(*args, **kwargs)

    return wrapper


def changes(method: Callable[P, R]) -> Callable[P, R]:
    """Run a repository method that changes the store under its lock, after any save of
    another thread is on disk: what it reads before changing is then what it changes."""

    @wraps(method)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        owner = args[0]
        assert isinstance(owner, Repository)
        with owner._store._guard.changing():
            return method(*args, **kwargs)

    return wrapper


class Repository:
    """One part of an open store (cases, events, assessments, the audit log)."""

    def __init__(self, store: Store) -> None:
        self._store = store

    def _table(self, name: str) -> Table:
        return self._store._table(name)

    def _documents(self, name: str) -> Iterable[dict[str, Any]]:
        return self._store._documents(name)

    def _document(self, name: str, ident: str) -> dict[str, Any] | None:
        return self._store._document(name, ident)

    def _decoded(self, name: str, ident: str, model: type[R]) -> R:
        """The record `ident` of table `name` as a `model`; raises `NotFound`."""
        document = self._document(name, ident)
        if document is None:
            raise NotFound()
        return decode_all([document], model)[0]

    def _remove_for_case(self, name: str, case_id: str) -> None:
        """Remove a case's events or assessments (inside the caller's batch)."""
        ids = self._store._case_ids(name, case_id)
        if ids:
            self._table(name).remove(doc_ids=ids)  # type: ignore[arg-type]  # str ids
