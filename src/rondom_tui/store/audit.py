"""The audit log: append-only, who did what to which case and when. Never content: at most a
fixed code in `detail` (`event+`, `consent=no;pseudo=yes`). Each entry is saved with the
change it belongs to (one journal record); an OPEN or VIEW entry alone is a small append."""

from __future__ import annotations

import builtins
from collections.abc import Iterable

from rondom_tui.domain.models import AuditAction, AuditEntry, new_id
from rondom_tui.store.tables import AUDIT, Repository, changes, decode_all, locked, stored_document


class AuditLog(Repository):
    """Append-only: who did what to which case, when. Never content."""

    @changes
    def record(self, action: AuditAction, case_id: str | None = None, *, detail: str = "") -> None:
        self.record_each(action, [(case_id, detail)])

    @changes
    def record_many(
        self, action: AuditAction, case_ids: Iterable[str], *, detail: str = ""
    ) -> None:
        """One entry per case, with the same detail, in one write."""
        self.record_each(action, ((case_id, detail) for case_id in case_ids))

    @changes
    def record_each(self, action: AuditAction, notes: Iterable[tuple[str | None, str]]) -> None:
        """One entry per (case id, detail), in one write."""
        docs = [stored_document(entry, new_id()) for entry in self.entries_for(action, notes)]
        if docs and self._store.read_only:
            # A read-only store cannot record: the caller was told that this access goes
            # unrecorded (the CLI says so in one line), so reading still works.
            self._store.unrecorded_audit_entries += len(docs)
        elif docs:
            self._table(AUDIT).insert_multiple(docs)

    def entries_for(
        self, action: AuditAction, notes: Iterable[tuple[str | None, str]]
    ) -> builtins.list[AuditEntry]:
        """New entries by this store's user (not yet recorded)."""
        user = self._store.user
        return [
            AuditEntry(user=user, action=action, case_id=case_id, detail=detail)
            for case_id, detail in notes
        ]

    @locked
    def entries(self, case_id: str | None = None) -> builtins.list[AuditEntry]:
        docs = list(self._documents(AUDIT))
        if case_id is not None:
            docs = [d for d in docs if d.get("case_id") == case_id]
        entries = decode_all(docs, AuditEntry)
        entries.sort(key=lambda e: e.at)
        return entries
