# TinyDB's type stubs assume integer document ids; this store uses its models' string ids
# (tables.IdTable), which TinyDB supports at run time through `document_id_class`.
# mypy: disable-error-code="arg-type,list-item"
""" "May explain" links between a case's events in the store (`domain.links`). Every change
is checked against the case's events and its other links (no link to itself, none going
round, none to an event that is gone), marks the case as changed and is audited, in one save.
Deleting an event takes its links along in the same save (`forget_event`)."""

from __future__ import annotations

import builtins
from collections.abc import Collection, Iterable

from rondom_tui.domain.links import Link, check_link, without_event
from rondom_tui.domain.models import AuditAction, utc_now
from rondom_tui.store.errors import NotFound
from rondom_tui.store.tables import (
    EVENTS,
    LINKS,
    Repository,
    changes,
    decode_all,
    locked,
    stored_document,
)


class LinkRepository(Repository):
    """The "may explain" links of the cases."""

    @locked
    def for_case(self, case_id: str) -> builtins.list[Link]:
        """A case's links, oldest first."""
        links = decode_all(self._store._case_documents(LINKS, case_id), Link)
        links.sort(key=lambda link: (link.created_at, link.id))
        return links

    @locked
    def for_cases(self, case_ids: Collection[str]) -> builtins.list[Link]:
        """The links of several cases (only those are decoded; in no order)."""
        return decode_all(
            (doc for case in set(case_ids) for doc in self._store._case_documents(LINKS, case)),
            Link,
        )

    @locked
    def get(self, link_id: str) -> Link:
        return self._decoded(LINKS, link_id, Link)

    @changes
    def add(self, link: Link) -> Link:
        """Save a new link; raises the named error of `domain.links.check_link`."""
        return self._put(link, detail="link+")

    @changes
    def add_many(self, links: Iterable[Link], *, audit: bool = True) -> builtins.list[Link]:
        """Save new links in one save (the demo's); each checked as `add` checks it."""
        with self._store.batch():
            return [self._put(link, detail="link+", audit=audit) for link in links]

    @changes
    def update(self, link: Link) -> Link:
        """Save a changed link; raises `NotFound` when it was deleted meanwhile."""
        if self._document(LINKS, link.id) is None:
            raise NotFound()
        return self._put(link, detail="link")

    def _put(self, link: Link, *, detail: str, audit: bool = True) -> Link:
        event_ids = self._store._case_ids(EVENTS, link.case_id) or []
        others = [other for other in self.for_case(link.case_id) if other.id != link.id]
        check_link(link, others, event_ids)
        link.updated_at = utc_now()
        with self._store.batch():
            self._table(LINKS).upsert(stored_document(link, link.id))
            self._store.cases.touch(link.case_id)
            if audit:
                self._store.audit.record(AuditAction.UPDATE, link.case_id, detail=detail)
        return link

    @changes
    def delete(self, link_id: str) -> None:
        link = self.get(link_id)
        with self._store.batch():
            self._table(LINKS).remove(doc_ids=[link_id])
            self._store.cases.touch(link.case_id)
            self._store.audit.record(AuditAction.UPDATE, link.case_id, detail="link-")

    def forget_event(self, case_id: str, event_id: str) -> None:
        """Inside the batch that deletes an event: its links go too, nothing dangles
        (`domain.links.without_event`)."""
        changed, removed = without_event(self.for_case(case_id), event_id)
        table = self._table(LINKS)
        if removed:
            table.remove(doc_ids=removed)
        for link in changed:
            table.upsert(stored_document(link, link.id))
