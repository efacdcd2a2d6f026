"""The audit trail and erasure at 10,000 cases: reading 20,000 entries as rows, filtering,
the inzageverzoek files, and erasing one case (one save of the whole store)."""

from __future__ import annotations

import tempfile
import time
from pathlib import Path

from rondom_tui.domain.audit import AuditFilter, audit_rows, case_labels, select_rows
from rondom_tui.domain.demo import demo_cases
from rondom_tui.domain.models import AuditAction
from rondom_tui.report.audit import AuditReport, audit_csv, audit_markdown
from rondom_tui.store.envelope import FAST_KDF
from rondom_tui.store.repository import Store

PASSPHRASE = "benchmark passphrase only"


def _timed(job):  # type: ignore[no-untyped-def]
    start = time.perf_counter()
    result = job()
    return time.perf_counter() - start, result


def run() -> dict[str, float | int]:
    figures: dict[str, float | int] = {}
    with tempfile.TemporaryDirectory() as folder:
        store = Store.create(Path(folder) / "bench.rondom", PASSPHRASE, kdf=FAST_KDF)
        cases, events, _ = demo_cases(10_000)
        with store.batch():
            store.cases.add_many(cases)  # one CREATE entry per case
            store.events.add_many(events, audit=False)
            store.audit.record_many(AuditAction.VIEW, [case.id for case in cases])
        figures["audit entries"] = len(store.audit.entries())

        def read() -> list:  # type: ignore[type-arg]
            with store.reading():
                entries = store.audit.entries()
                return audit_rows(entries, case_labels(store.cases.labels(), entries))

        seconds, rows = _timed(read)
        figures["read the whole trail as rows (the audit screen)"] = seconds
        seconds, _ = _timed(lambda: store.audit.entries(cases[0].id))
        figures["read one case's entries"] = seconds
        seconds, _ = _timed(lambda: select_rows(rows, AuditFilter(action=AuditAction.CREATE)))
        figures["filter 20,000 rows by action"] = seconds
        report = AuditReport(rows=rows, subject="bench")
        seconds, _ = _timed(lambda: audit_markdown(report, lang="nl"))
        figures["Markdown of 20,000 entries"] = seconds
        seconds, _ = _timed(lambda: audit_csv(report, lang="nl"))
        figures["CSV of 20,000 entries"] = seconds
        seconds, _ = _timed(lambda: store.cases.erase(cases[0].id))
        figures["erase one case (everything of it, one save)"] = seconds
        store.close()
    return figures
