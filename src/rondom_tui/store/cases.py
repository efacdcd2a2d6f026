# TinyDB's type stubs assume integer document ids; this store uses its models' string ids
# (tables.IdTable), which TinyDB supports at run time through `document_id_class`.
# mypy: disable-error-code="arg-type,list-item"
"""Case files in the store: the case list's rows, codes, the export screen's choices, and
adding, changing and deleting cases (each with its audit entry, in one save)."""

from __future__ import annotations

import builtins
import secrets
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime

from rondom_tui.domain.cases.listing import CaseSummary
from rondom_tui.domain.codec import from_document
from rondom_tui.domain.models import AuditAction, Case, CaseStatus, utc_now
from rondom_tui.store.errors import NotFound
from rondom_tui.store.tables import CASES, Repository, changes, decode_all, locked, stored_document

CODE_ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ"  # no 0/O, 1/I


def new_case_code(taken: set[str]) -> str:
    """A random code such as `K-7F3A` that is not in `taken`."""
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


class CaseRepository(Repository):
    """Case files."""

    @locked
    def list(self) -> builtins.list[Case]:
        return decode_all(self._documents(CASES), Case)

    @locked
    def summaries(self) -> builtins.list[CaseSummary]:
        """Rows for the case list, with event counts, in one pass over the store."""
        counts = self._store.events.count_by_case()
        rows = []
        for doc in self._documents(CASES):
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
    def codes(self) -> dict[str, str]:
        """Case id -> code of every case (what an import's preview and plan need)."""
        return {doc["id"]: doc.get("code", "") for doc in self._documents(CASES)}

    @locked
    def get(self, case_id: str) -> Case:
        return self._decoded(CASES, case_id, Case)

    @locked
    def count(self) -> int:
        return len(self._table(CASES))

    @locked
    def find_by_code(self, code: str) -> Case | None:
        wanted = code.strip().upper()
        for doc in self._documents(CASES):
            if doc.get("code", "").upper() == wanted:
                return from_document(doc, Case)
        return None

    @changes
    def add(self, case: Case) -> Case:
        """Store a new case (a code is given when it has none) and audit it."""
        return self.add_many([case])[0]

    @changes
    def add_many(self, cases: Iterable[Case], *, audit: bool = True) -> builtins.list[Case]:
        """Store several new cases in one save."""
        taken = set(self.codes().values())
        stored = []
        now = utc_now()
        with self._store.batch():
            docs = []
            for case in cases:
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
        """Remove a case with its events and assessments, in one save."""
        table = self._table(CASES)
        if self._document(CASES, case_id) is None:
            raise NotFound()
        with self._store.batch():
            table.remove(doc_ids=[case_id])
            self._store.events.delete_for_case(case_id)
            self._store.assessments.delete_for_case(case_id)
            self._store.audit.record(AuditAction.DELETE, case_id)

    @changes
    def touch(self, *case_ids: str) -> None:
        """Mark cases as changed now (their events or assessments changed), in one update."""
        table = self._table(CASES)
        known = [case_id for case_id in case_ids if self._document(CASES, case_id) is not None]
        if known:
            table.update({"updated_at": utc_now().isoformat()}, doc_ids=known)
