# TinyDB's type stubs assume integer document ids; this store uses its models' string ids
# (tables.IdTable), which TinyDB supports at run time through `document_id_class`.
# mypy: disable-error-code="arg-type,list-item"
"""Casusreviews in the store: the facts a review counts, read in one pass, and the reviews
themselves with their policy action points (each save audited, never with content)."""

from __future__ import annotations

import builtins

from rondom_tui.domain.models import AuditAction, utc_now
from rondom_tui.domain.review.facts import AssessmentFact, CaseFact, Caseload, EventFact
from rondom_tui.domain.review.models import Review
from rondom_tui.domain.review.policy import latest_review
from rondom_tui.store.tables import (
    ASSESSMENTS,
    CASES,
    EVENTS,
    REVIEWS,
    Repository,
    decode_all,
    locked,
    stored_document,
)


class ReviewRepository(Repository):
    """The caseload as a review reads it, and the reviews held over it."""

    @locked
    def caseload(self) -> Caseload:
        """Every case, event and case self-assessment as lean facts, in one consistent read.

        Cases and events are decoded straight into `CaseFact` and `EventFact` (no names, no
        notes, no titles): at 70,000 events that is a twentieth of decoding full models."""
        cases = self._store._lean(CASES, list[CaseFact])
        events = self._store._lean(EVENTS, list[EventFact])
        assessments = self._store._lean(ASSESSMENTS, list[AssessmentFact], of_cases=True)
        return Caseload(cases, events, assessments)

    @locked
    def list(self) -> builtins.list[Review]:
        """Every review, oldest first."""
        reviews = decode_all(self._documents(REVIEWS), Review)
        reviews.sort(key=lambda r: (r.held_on, r.created_at, r.id))
        return reviews

    @locked
    def latest(self) -> Review | None:
        return latest_review(self.list())

    @locked
    def save(self, review: Review) -> Review:
        """Insert or replace a review (its action points with it)."""
        is_new = self._document(REVIEWS, review.id) is None
        review.updated_at = utc_now()
        with self._store.batch():
            self._table(REVIEWS).upsert(stored_document(review, review.id))
            self._store.audit.record(
                AuditAction.CREATE if is_new else AuditAction.UPDATE, detail="review"
            )
        return review
