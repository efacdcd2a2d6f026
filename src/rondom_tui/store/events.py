# TinyDB's type stubs assume integer document ids; this store uses its models' string ids
# (tables.IdTable), which TinyDB supports at run time through `document_id_class`.
# mypy: disable-error-code="arg-type,list-item"
"""Timeline events in the store. A change to an event marks its case as changed and is
audited, in one save; deleting one takes its "may explain" links along (`links.py`)."""

from __future__ import annotations

import builtins
from collections import Counter
from collections.abc import Collection, Iterable

from rondom_tui.domain.models import AuditAction, Event, utc_now
from rondom_tui.store.errors import NotFound
from rondom_tui.store.tables import EVENTS, Repository, changes, decode_all, locked, stored_document


class EventRepository(Repository):
    """Timeline events."""

    @locked
    def for_case(self, case_id: str) -> builtins.list[Event]:
        """One case's events (only those are decoded), in the Tijdlijn's order."""
        events = decode_all(self._store._case_documents(EVENTS, case_id), Event)
        events.sort(key=lambda e: (e.start.order, e.id))  # as (start, id), without comparing dates
        return events

    @locked
    def for_cases(self, case_ids: Collection[str]) -> builtins.list[Event]:
        """The events of several cases (only those are decoded; in no order)."""
        return decode_all(
            (
                doc
                for case_id in set(case_ids)
                for doc in self._store._case_documents(EVENTS, case_id)
            ),
            Event,
        )

    @locked
    def get(self, event_id: str) -> Event:
        return self._decoded(EVENTS, event_id, Event)

    @locked
    def count_by_case(self) -> Counter[str]:
        return Counter(self._store._case_counts(EVENTS))

    @changes
    def add(self, event: Event) -> Event:
        return self.add_many([event])[0]

    @changes
    def add_many(self, events: Iterable[Event], *, audit: bool = True) -> builtins.list[Event]:
        events = list(events)
        now = utc_now()
        with self._store.batch():
            for event in events:
                event.updated_at = now
            self._table(EVENTS).insert_multiple([stored_document(e, e.id) for e in events])
            case_ids = sorted({e.case_id for e in events})
            self._store.cases.touch(*case_ids)
            if audit:
                self._store.audit.record_many(AuditAction.UPDATE, case_ids, detail="event+")
        return events

    @changes
    def update(self, event: Event) -> Event:
        table = self._table(EVENTS)
        if self._document(EVENTS, event.id) is None:
            raise NotFound()
        event.updated_at = utc_now()
        with self._store.batch():
            table.upsert(stored_document(event, event.id))
            self._store.cases.touch(event.case_id)
            self._store.audit.record(AuditAction.UPDATE, event.case_id, detail="event")
        return event

    @changes
    def delete(self, event_id: str) -> None:
        event = self.get(event_id)
        with self._store.batch():
            self._table(EVENTS).remove(doc_ids=[event_id])
            self._store.links.forget_event(event.case_id, event_id)
            self._store.cases.touch(event.case_id)
            self._store.audit.record(AuditAction.UPDATE, event.case_id, detail="event-")

    def delete_for_case(self, case_id: str) -> None:
        self._remove_for_case(EVENTS, case_id)
