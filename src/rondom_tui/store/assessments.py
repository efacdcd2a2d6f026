# TinyDB's type stubs assume integer document ids; this store uses its models' string ids
# (tables.IdTable), which TinyDB supports at run time through `document_id_class`.
# mypy: disable-error-code="arg-type,list-item"
"""Seven-keys self-assessments in the store: of a case, or of a team or school (a label).
Drafts are saved as the meeting goes, each save audited."""

from __future__ import annotations

import builtins
from collections import Counter
from collections.abc import Collection

from rondom_tui.domain.models import Assessment, AuditAction, utc_now
from rondom_tui.store.tables import (
    ASSESSMENTS,
    Repository,
    changes,
    decode_all,
    locked,
    stored_document,
)


class AssessmentRepository(Repository):
    """Seven-keys self-assessments."""

    @locked
    def list(self) -> builtins.list[Assessment]:
        items = self._store._decoded_table(ASSESSMENTS, Assessment)
        items.sort(key=lambda a: (a.held_on, a.created_at))
        return items

    @locked
    def for_case(self, case_id: str) -> builtins.list[Assessment]:
        """One case's assessments (only those are decoded), oldest first."""
        items = decode_all(self._store._case_documents(ASSESSMENTS, case_id), Assessment)
        items.sort(key=lambda a: (a.held_on, a.created_at))
        return items

    @locked
    def for_cases(self, case_ids: Collection[str]) -> builtins.list[Assessment]:
        """The assessments of several cases (only those are decoded; in no order)."""
        return decode_all(
            (
                doc
                for case_id in set(case_ids)
                for doc in self._store._case_documents(ASSESSMENTS, case_id)
            ),
            Assessment,
        )

    @locked
    def for_label(self, label: str) -> builtins.list[Assessment]:
        return [a for a in self.list() if a.case_id is None and a.label == label]

    @locked
    def count_by_case(self) -> Counter[str]:
        """Assessments per case id (those of a team or school are not counted)."""
        return Counter(self._store._case_counts(ASSESSMENTS))

    @locked
    def get(self, assessment_id: str) -> Assessment:
        return self._decoded(ASSESSMENTS, assessment_id, Assessment)

    @changes
    def save(self, assessment: Assessment) -> Assessment:
        """Insert or replace an assessment (drafts are saved as the meeting goes)."""
        table = self._table(ASSESSMENTS)
        is_new = self._document(ASSESSMENTS, assessment.id) is None
        assessment.updated_at = utc_now()
        with self._store.batch():
            table.upsert(stored_document(assessment, assessment.id))
            if assessment.case_id:
                self._store.cases.touch(assessment.case_id)
            self._store.audit.record(
                AuditAction.CREATE if is_new else AuditAction.UPDATE,
                assessment.case_id,
                detail="assessment",
            )
        return assessment

    @changes
    def delete(self, assessment_id: str) -> None:
        assessment = self.get(assessment_id)
        with self._store.batch():
            self._table(ASSESSMENTS).remove(doc_ids=[assessment_id])
            self._store.audit.record(AuditAction.DELETE, assessment.case_id, detail="assessment")

    def delete_for_case(self, case_id: str) -> None:
        self._remove_for_case(ASSESSMENTS, case_id)
