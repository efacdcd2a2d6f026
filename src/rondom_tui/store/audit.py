"""The audit log: append-only, who did what to which case, when and from which computer.
Never content: at most a fixed code in `detail` (`event+`, `consent=no;pseudo=yes`). Each entry
is saved with the change it belongs to (one journal record); an OPEN or VIEW entry alone is a
small append.

An export is recorded in two steps around the writing of its file (`AuditLog.export`): first
"started", saved before a byte of the file is written, then "done" once it is; when "done"
cannot be saved, the file is removed again. So the log never misses a file that left the
store, and a failed command never leaves one behind. (A read-only store records neither and
says so, as it does for every access.)
"""

from __future__ import annotations

import builtins
import contextlib
import ipaddress
import os
import socket
from collections.abc import Callable, Iterable, Sequence

from rondom_tui.domain.errors import RondomError
from rondom_tui.domain.models import AuditAction, AuditEntry, new_id
from rondom_tui.domain.text import clean_line
from rondom_tui.store.errors import ExportNotRecorded
from rondom_tui.store.tables import (
    AUDIT,
    Repository,
    changes,
    decode_table,
    locked,
    stored_document,
)

EXPORT_STARTED, EXPORT_DONE, EXPORT_FAILED = "export=started", "export=done", "export=failed"
"""The steps of an export in its audit entries' detail."""

HOST_LIMIT = 200
"""`AuditEntry.host` is short text."""


def this_host() -> str:
    """The computer the session runs on, and, over SSH, the address it is used from
    (``werkplek-12 via 192.0.2.7``): what NEN 7513 calls the source of an access.

    Both come from the environment and the OS, so only a valid IP address is taken from
    `SSH_CONNECTION` and the host name is cleaned like all text from elsewhere.
    """
    name = clean_line(socket.gethostname()) or "?"
    client = (os.environ.get("SSH_CONNECTION") or os.environ.get("SSH_CLIENT") or "").split()
    if client:
        with contextlib.suppress(ValueError):
            name += f" via {ipaddress.ip_address(client[0])}"
    return name[:HOST_LIMIT]


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

    def export(
        self,
        notes: Sequence[tuple[str | None, str]],
        write: Callable[[], None],
        withdraw: Callable[[], None],
    ) -> None:
        """Write an export (`write`) with its audit entries (case id, detail) around it: the
        entries "started" are saved first (when that fails, nothing is written), then the
        file is written, then the entries "done" are saved; when those cannot be, the file
        is taken back (`withdraw`) and `ExportNotRecorded` raised. A failing `write` is
        recorded as "failed" when the log can still be written."""
        self.record_each(AuditAction.EXPORT, _step(notes, EXPORT_STARTED))
        try:
            write()
        except BaseException:
            with contextlib.suppress(RondomError):
                self.record_each(AuditAction.EXPORT, _step(notes, EXPORT_FAILED))
            raise
        try:
            self.record_each(AuditAction.EXPORT, _step(notes, EXPORT_DONE))
        except (RondomError, OSError) as exc:
            withdraw()
            reason = exc.params.get("reason") if isinstance(exc, RondomError) else None
            raise ExportNotRecorded(reason=reason or type(exc).__name__) from None

    def entries_for(
        self, action: AuditAction, notes: Iterable[tuple[str | None, str]]
    ) -> builtins.list[AuditEntry]:
        """New entries by this store's user (not yet recorded)."""
        user, host = self._store.user, this_host()
        return [
            AuditEntry(user=user, host=host, action=action, case_id=case_id, detail=detail)
            for case_id, detail in notes
        ]

    @locked
    def entries(self, case_id: str | None = None) -> builtins.list[AuditEntry]:
        entries = decode_table(self._store._storage.read().get(AUDIT, {}), AuditEntry)
        if case_id is not None:  # decoded in one pass, then chosen: faster than one by one
            entries = [entry for entry in entries if entry.case_id == case_id]
        entries.sort(key=lambda e: e.at)
        return entries


def _step(notes: Sequence[tuple[str | None, str]], step: str) -> list[tuple[str | None, str]]:
    return [(case_id, f"{detail};{step}" if detail else step) for case_id, detail in notes]
