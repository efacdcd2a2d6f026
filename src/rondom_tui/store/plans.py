# TinyDB's type stubs assume integer document ids; this store uses its models' string ids
# (tables.IdTable), which TinyDB supports at run time through `document_id_class`.
# mypy: disable-error-code="arg-type,list-item"
"""A case's plan in the store: its items, and the versions saved after each meeting.

A change to an item marks its case as changed and is audited (codes only: ``plan+``,
``plan``, ``plan-``, ``plan=vN``), in one save. Erasing a case removes its items and versions
with it (`cases.CaseRepository.erase` reaches every table whose documents carry `case_id`).

Cases from before the plan held loose goals; `move_goals` turns them into items in one save
when a store is opened for writing (goals an import brings, at the next opening). A read-only
store shows them as items without writing (`for_case`), with the same ids the move will give
them.
"""

from __future__ import annotations

import builtins
import re
from collections import Counter
from datetime import date

from rondom_tui.domain.models import AuditAction, Case, utc_now
from rondom_tui.domain.plan.goals import items_from_goals
from rondom_tui.domain.plan.models import PlanItem, PlanVersion, next_version
from rondom_tui.store.errors import NotFound
from rondom_tui.store.tables import (
    CASES,
    PLAN_VERSIONS,
    PLANS,
    Repository,
    changes,
    decode_all,
    locked,
    stored_document,
)

GOALS_MOVED = "goals>plan"
"""The audit detail of a case whose goals became plan items."""


_SOME_GOAL = re.compile(rb'"goals":\s*\[\s*[^\]\s]')
"""A case's stored bytes with a goals list that is not empty (`cases_with_goals`)."""


class PlanRepository(Repository):
    """Plan items and plan versions."""

    @locked
    def for_case(self, case_id: str) -> builtins.list[PlanItem]:
        """The case's plan items, by start (undated last), then as they were made. Goals a
        read-only store could not move yet are among them."""
        items = decode_all(self._store._case_documents(PLANS, case_id), PlanItem)
        case = self._document(CASES, case_id)
        if case is not None and case.get("goals"):
            known = {item.id for item in items}
            moved = items_from_goals(decode_all([case], Case)[0])
            items += [item for item in moved if item.id not in known]
        items.sort(key=_order)
        return items

    @locked
    def for_cases(self, case_ids: builtins.list[str]) -> builtins.list[PlanItem]:
        """The plan items of several cases (only those are decoded; in no order)."""
        return decode_all(
            (doc for case in set(case_ids) for doc in self._store._case_documents(PLANS, case)),
            PlanItem,
        )

    @locked
    def get(self, item_id: str) -> PlanItem:
        return self._decoded(PLANS, item_id, PlanItem)

    @locked
    def count_by_case(self) -> Counter[str]:
        return Counter(self._store._case_counts(PLANS))

    @changes
    def save(self, item: PlanItem) -> PlanItem:
        """Insert or replace a plan item."""
        is_new = self._document(PLANS, item.id) is None
        item.updated_at = utc_now()
        with self._store.batch():
            self._table(PLANS).upsert(stored_document(item, item.id))
            self._store.cases.touch(item.case_id)
            self._store.audit.record(
                AuditAction.UPDATE, item.case_id, detail="plan+" if is_new else "plan"
            )
        return item

    @changes
    def delete(self, item_id: str) -> None:
        item = self.get(item_id)
        with self._store.batch():
            self._table(PLANS).remove(doc_ids=[item_id])
            self._store.cases.touch(item.case_id)
            self._store.audit.record(AuditAction.UPDATE, item.case_id, detail="plan-")

    # -- versions ---------------------------------------------------------------------

    @locked
    def versions(self, case_id: str) -> builtins.list[PlanVersion]:
        """The case's saved versions, oldest first."""
        versions = decode_all(self._store._case_documents(PLAN_VERSIONS, case_id), PlanVersion)
        versions.sort(key=lambda version: version.number)
        return versions

    @locked
    def versions_for_cases(self, case_ids: builtins.list[str]) -> builtins.list[PlanVersion]:
        """The saved versions of several cases (only those are decoded; in no order)."""
        return decode_all(
            (
                doc
                for case in set(case_ids)
                for doc in self._store._case_documents(PLAN_VERSIONS, case)
            ),
            PlanVersion,
        )

    @changes
    def add_version(self, version: PlanVersion) -> PlanVersion:
        """Store a version made elsewhere (the demo's, made as of an earlier day)."""
        with self._store.batch():
            self._table(PLAN_VERSIONS).insert(stored_document(version, version.id))
            self._store.audit.record(
                AuditAction.UPDATE, version.case_id, detail=f"plan=v{version.number}"
            )
        return version

    @changes
    def save_version(self, case_id: str, saved_on: date) -> PlanVersion:
        """Keep the case's plan as it stands now as its next version."""
        if self._document(CASES, case_id) is None:
            raise NotFound()
        version = next_version(
            self.versions(case_id), self.for_case(case_id), case_id=case_id, saved_on=saved_on
        )
        with self._store.batch():
            self._table(PLAN_VERSIONS).insert(stored_document(version, version.id))
            self._store.cases.touch(case_id)
            self._store.audit.record(AuditAction.UPDATE, case_id, detail=f"plan=v{version.number}")
        return version

    # -- goals of cases from before the plan ------------------------------------------

    @locked
    def cases_with_goals(self) -> builtins.list[str]:
        """The cases that still hold goals; at every opening, so only the cases whose stored
        bytes show a goal are read (`Store._ids_matching`)."""
        candidates = self._store._ids_matching(CASES, _SOME_GOAL)
        return [ident for ident in candidates if (self._document(CASES, ident) or {}).get("goals")]

    @changes
    def move_goals(self) -> int:
        """Turn the goals of every case into plan items, in one save (nothing when no case
        has goals); returns how many cases had goals. The cases keep nothing twice: their
        goals list is emptied in the same save."""
        case_ids = self.cases_with_goals()
        if not case_ids:
            return 0
        # One write per table for all the cases (an import of 10,000 cases with goals made
        # three writes per case, each reading every plan item's id: 8 s instead of 2.5).
        stored = self._store._ids(PLANS)
        items: builtins.list[PlanItem] = []
        for case_id in case_ids:
            new = [
                i for i in items_from_goals(self._store.cases.get(case_id)) if i.id not in stored
            ]
            stored.update(item.id for item in new)
            items += new
        with self._store.batch():
            if items:
                self._table(PLANS).insert_multiple([stored_document(i, i.id) for i in items])
            self._table(CASES).update({"goals": []}, doc_ids=case_ids)
            self._store.audit.record_many(AuditAction.UPDATE, case_ids, detail=GOALS_MOVED)
        return len(case_ids)


def _order(item: PlanItem) -> tuple[bool, object, object]:
    return (item.start is None, item.start.anchor() if item.start else None, item.created_at)
