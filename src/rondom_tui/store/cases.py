# TinyDB's type stubs assume integer document ids; this store uses its models' string ids
# (tables.IdTable), which TinyDB supports at run time through `document_id_class`.
# mypy: disable-error-code="arg-type,list-item"
"""Case files in the store: the case list's rows, codes, the export screen's choices, and
adding, changing, deleting and erasing cases (each with its audit entry, in one save)."""

from __future__ import annotations

import builtins
import secrets
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from rondom_tui.domain.audit import CaseLabel, erase_detail
from rondom_tui.domain.cases.listing import CaseIndex, CaseSummary
from rondom_tui.domain.models import (
    AssessmentStatus,
    AuditAction,
    Case,
    CaseStatus,
    utc_now,
)
from rondom_tui.i18n.texts import translate, translate_count
from rondom_tui.store.catalogue import PSEUDONYMISED_TAG as PSEUDONYMISED_TAG
from rondom_tui.store.errors import NotFound
from rondom_tui.store.tables import (
    ASSESSMENTS,
    AUDIT,
    CASES,
    EVENTS,
    META,
    Repository,
    changes,
    locked,
    stored_document,
)

CODE_ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ"  # no 0/O, 1/I


def normal_code(code: str) -> str:
    """A code as stored: upper case, no spaces around it (codes are unique regardless of
    case, so ``k-7f3a`` typed or received is ``K-7F3A``)."""
    return code.strip().upper()


def same_code(one: str, other: str) -> bool:
    return normal_code(one) == normal_code(other)


def new_case_code(taken: set[str]) -> str:
    """A random code such as `K-7F3A` that is not in `taken` (upper-case codes)."""
    while True:
        code = "K-" + "".join(secrets.choice(CODE_ALPHABET) for _ in range(4))
        if code not in taken:
            return code


@dataclass(frozen=True, slots=True)
class ExportChoice:
    """A case as the export screen offers it: by code and name, whether a consent covers
    sharing it, and what a bundle of it would hold."""

    id: str
    code: str
    full_name: str
    sharing_consent: bool
    """A recorded consent covers sharing the case on the day asked for."""
    events: int
    assessments: int

    def __repr__(self) -> str:  # never the child's name
        return f"ExportChoice(id={self.id!r})"


@dataclass(frozen=True, slots=True)
class ErasurePlan:
    """What erasing a case removes, counted before it goes (for the confirmation)."""

    case_id: str
    code: str
    events: int
    assessments: int
    """Final self-assessments of the case."""
    drafts: int
    """Self-assessments of the case still in draft."""
    links: int
    """Records of any other table that belong to the case."""

    def what_goes(self, *, lang: str) -> str:
        """The confirmation's sentence: the case with its counts, and what stays."""
        counted = {
            kind: translate_count(lang, f"erase.{kind}", number, n=number)
            for kind, number in (
                ("events", self.events),
                ("assessments", self.assessments),
                ("drafts", self.drafts),
                ("links", self.links),
            )
        }
        return translate(lang, "erase.what_goes", **counted)


@dataclass(frozen=True, slots=True)
class Erasure:
    """A case erased at a moment: kept in the store's meta (`meta.store.erased`) so that a
    backup restored later can erase it again."""

    case_id: str
    at: datetime


class CaseRepository(Repository):
    """Case files."""

    @locked
    def list(self) -> builtins.list[Case]:
        return self._store._decoded_table(CASES, Case)

    @locked
    def summaries(self) -> builtins.list[CaseSummary]:
        """Rows for the case list, with event counts, from the catalogue (`store/catalogue.py`):
        only the fields the list shows are decoded, each checked as the app checks it (a
        malformed case is a `StoreCorrupt`, as `verify` says), and after a change only the
        rows of the cases it touched are made again."""
        return self._store._catalogue().summaries()

    @locked
    def index(self) -> CaseIndex:
        """The case list's search index over `summaries` (`domain.cases.listing.CaseIndex`),
        kept while no case or count changed. Only the UI thread searches it, once it has the
        store (its sort orders and last search are worked out as it is asked)."""
        return self._store._catalogue().index()

    @locked
    def export_choices(self, on: date) -> builtins.list[ExportChoice]:
        """Every case by code, with whether a consent covers sharing it on `on` and its
        counts of events and assessments: one consistent read for the export screen."""
        events = self._store.events.count_by_case()
        assessments = self._store.assessments.count_by_case()
        choices = [
            ExportChoice(
                id=case.id,
                code=case.code,
                full_name=case.full_name,
                sharing_consent=case.has_sharing_consent(on),
                events=events.get(case.id, 0),
                assessments=assessments.get(case.id, 0),
            )
            for case in self.list()
        ]
        choices.sort(key=lambda choice: (choice.code, choice.id))
        return choices

    @locked
    def labels(self) -> dict[str, CaseLabel]:
        """Case id -> code and name of every case (how the audit trail names them)."""
        return {
            ident: CaseLabel(
                code=row.code,
                full_name=" ".join(part for part in (row.given_name, row.family_name) if part),
            )
            for ident, row in self._store._catalogue().rows().items()
        }

    @locked
    def codes(self) -> dict[str, str]:
        """Case id -> code of every case (what an import's preview and plan need)."""
        return {ident: row.code for ident, row in self._store._catalogue().rows().items()}

    @locked
    def get(self, case_id: str) -> Case:
        return self._decoded(CASES, case_id, Case)

    @locked
    def count(self) -> int:
        return len(self._table(CASES))

    @locked
    def find_by_code(self, code: str) -> Case | None:
        """The case with this code, in any case of letters (``k-7f3a`` finds ``K-7F3A``).
        Codes are unique regardless of case; of two from an older store that differ only in
        case, the one written exactly as asked is found, and neither when none is."""
        wanted = code.strip()
        codes = self.codes()
        found = [case_id for case_id, stored in codes.items() if same_code(stored, wanted)]
        exact = [case_id for case_id in found if codes[case_id] == wanted]
        chosen = exact or found
        return self.get(chosen[0]) if len(chosen) == 1 else None

    @changes
    def add(self, case: Case) -> Case:
        """Store a new case (a code is given when it has none) and audit it."""
        return self.add_many([case])[0]

    @changes
    def add_many(self, cases: Iterable[Case], *, audit: bool = True) -> builtins.list[Case]:
        """Store several new cases in one save."""
        taken = {normal_code(code) for code in self.codes().values()}
        stored = []
        now = utc_now()
        with self._store.batch():
            docs = []
            for case in cases:
                case.code = normal_code(case.code)
                if not case.code or case.code in taken:
                    case.code = new_case_code(taken)
                taken.add(case.code)
                case.created_at = case.created_at or now
                case.updated_at = now
                docs.append(stored_document(case, case.id))
                stored.append(case)
            self._table(CASES).insert_multiple(docs)
            if audit:
                self._store.audit.record_many(AuditAction.CREATE, [c.id for c in stored])
        return stored

    @changes
    def update(self, case: Case) -> Case:
        """Save changes to an existing case; bumps its revision."""
        table = self._table(CASES)
        if self._document(CASES, case.id) is None:
            raise NotFound()
        case.revision += 1
        case.updated_at = utc_now()
        with self._store.batch():
            table.upsert(stored_document(case, case.id))
            self._store.audit.record(AuditAction.UPDATE, case.id)
        return case

    @changes
    def set_status(self, case_id: str, status: CaseStatus, on: date | None = None) -> Case:
        """Close or reopen a case."""
        case = self.get(case_id)
        case.status = status
        if status is CaseStatus.CLOSED:
            case.closed_on = on or date.today()
        else:
            case.closed_on = None
        return self.update(case)

    @changes
    def delete(self, case_id: str) -> None:
        """Remove a case with everything that belongs to it, in one save (audited as DELETE;
        `erase` is the removal the law asks for, and the one the app offers)."""
        self.erasure_plan(case_id)  # raises NotFound
        with self._store.batch():
            self._remove_with_records(case_id)
            self._store.audit.record(AuditAction.DELETE, case_id)

    @locked
    def erasure_plan(self, case_id: str) -> ErasurePlan:
        """What `erase` would remove; raises `NotFound`."""
        case = self._document(CASES, case_id)
        if case is None:
            raise NotFound()
        assessments = drafts = links = 0
        for doc in self._store._case_documents(ASSESSMENTS, case_id):
            if doc.get("status") == AssessmentStatus.DRAFT.value:
                drafts += 1
            else:
                assessments += 1
        for name in self._linked_tables():
            if name not in (EVENTS, ASSESSMENTS):
                links += len(self._belonging(name, case_id))
        return ErasurePlan(
            case_id=case_id,
            code=case.get("code", ""),
            events=len(self._store._case_ids(EVENTS, case_id) or ()),
            assessments=assessments,
            drafts=drafts,
            links=links,
        )

    @changes
    def erase(self, case_id: str) -> ErasurePlan:
        """Erase a case for good, in one save: the case, its events, its self-assessments
        (drafts too) and every record of another table that names it. What stays is an ERASE
        audit entry with the case's code (who, when, from where; no content) and, in the
        store's meta, the case id and the time, so that restoring a backup can erase it
        again. Saved as a rewrite of the whole file, not as a journal record: the snapshot
        and the records before it, which still hold the case, are gone from the file at once.
        The backups follow (`Backups.before_erasure`, `after_erasure`): a copy first, then
        every backup rewritten without the case. Raises `NotFound`."""
        plan = self.erasure_plan(case_id)
        backups = self._store.backups
        backups.before_erasure()  # a copy first; then every backup loses the case too
        with self._store._batch_rewritten():
            self._remove_with_records(case_id)
            erased = [*self._erased_documents(), {"case_id": case_id, "at": utc_now().isoformat()}]
            self._table(META).update({"erased": erased}, doc_ids=["store"])
            self._store.audit.record(AuditAction.ERASE, case_id, detail=erase_detail(plan.code))
            self._store._storage.after_saved(backups.after_erasure)
        return plan

    @locked
    def erasures(self) -> builtins.list[Erasure]:
        """Every erasure this store has made, oldest first (`meta.store.erased`)."""
        return [
            Erasure(case_id=str(item["case_id"]), at=datetime.fromisoformat(item["at"]))
            for item in self._erased_documents()
        ]

    def _erased_documents(self) -> builtins.list[dict[str, Any]]:
        meta = self._document(META, "store") or {}
        return [dict(item) for item in meta.get("erased", [])]

    def _linked_tables(self) -> builtins.list[str]:
        """The tables whose records may belong to a case: events, assessments, and any table
        a later version adds (links, plans), which this version keeps as it finds them."""
        return [name for name in self._store._table_names() if name not in (CASES, AUDIT, META)]

    def _remove_with_records(self, case_id: str) -> None:
        """Remove the case and every record that belongs to it (inside the caller's batch)."""
        self._table(CASES).remove(doc_ids=[case_id])
        for name in self._linked_tables():
            belonging = self._belonging(name, case_id)
            if belonging:
                self._table(name).remove(doc_ids=belonging)

    def _belonging(self, name: str, case_id: str) -> builtins.list[str]:
        """The ids of the records of table `name` that belong to the case: from the index of
        a per-case table, else by reading the table (one a later version added)."""
        indexed = self._store._case_ids(name, case_id)
        if indexed is not None:
            return indexed
        return [ident for ident, doc in self._store._items(name) if _belongs(doc, case_id)]

    @changes
    def touch(self, *case_ids: str) -> None:
        """Mark cases as changed now (their events or assessments changed), in one update."""
        table = self._table(CASES)
        known = [case_id for case_id in case_ids if self._document(CASES, case_id) is not None]
        if known:
            table.update({"updated_at": utc_now().isoformat()}, doc_ids=known)


def _belongs(document: dict[str, Any], case_id: str) -> bool:
    return isinstance(document, dict) and document.get("case_id") == case_id
