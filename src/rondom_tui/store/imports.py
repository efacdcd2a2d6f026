"""Importing cases in one pass: what an import writes, as typed models, and the tables after it.

TinyDB rebuilds a table's whole dict on every write, so an import that wrote case by case
grew with the square of the cases (10,000 cases: 100 s). `Store.import_cases` instead works
out every table after the import from the tables before it (`tables_after_import`, a pure
function over the stored dicts) and hands them to the storage in one write, inside one save.
The bundle layer plans the import (`bundle/importer.py`) from `IdsInUse` and never sees TinyDB.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from rondom_tui.domain.codec import to_document
from rondom_tui.domain.models import Assessment, AuditEntry, Case, Event, new_id
from rondom_tui.store.errors import NotFound
from rondom_tui.store.tables import ASSESSMENTS, AUDIT, CASES, EVENTS

Tables = Mapping[str, Mapping[str, Mapping[str, Any]]]
"""The stored document dict: table name -> document id -> document."""


@dataclass(frozen=True, slots=True)
class IdsInUse:
    """What an import plan must know of the store: ids, codes and revisions, never content."""

    codes: dict[str, str]
    """Case id -> code of every stored case."""
    revisions: dict[str, int]
    """Case id -> revision of every stored case."""
    event_cases: dict[str, str]
    """Event id -> the id of its case."""
    assessment_cases: dict[str, str | None]
    """Assessment id -> the id of its case (None for a team's or a school's)."""

    def __repr__(self) -> str:
        return f"IdsInUse(cases={len(self.codes)})"


@dataclass(frozen=True, slots=True)
class ImportBatch:
    """Everything one import writes, applied by `Store.import_cases` in one pass."""

    cases: Sequence[Case] = ()
    """Cases to store: new ones, copies (with new ids), and the replacements of `replacing`."""
    replacing: frozenset[str] = frozenset()
    """Stored case ids whose case, events and assessments are removed before `cases` go in."""
    events: Sequence[Event] = ()
    assessments: Sequence[Assessment] = ()
    audit: Sequence[tuple[str, str]] = ()
    """(case id, detail) of each IMPORT audit entry, one per bundled case, skipped ones too."""

    def __repr__(self) -> str:  # counts only, never content
        return (
            f"ImportBatch(cases={len(self.cases)}, replacing={len(self.replacing)}, "
            f"events={len(self.events)}, assessments={len(self.assessments)})"
        )


def ids_in_use(tables: Tables) -> IdsInUse:
    cases = tables.get(CASES, {})
    return IdsInUse(
        codes={case_id: doc.get("code", "") for case_id, doc in cases.items()},
        revisions={case_id: int(doc.get("revision", 0)) for case_id, doc in cases.items()},
        event_cases={
            ident: doc.get("case_id", "") for ident, doc in tables.get(EVENTS, {}).items()
        },
        assessment_cases={
            ident: doc.get("case_id") for ident, doc in tables.get(ASSESSMENTS, {}).items()
        },
    )


def tables_after_import(
    tables: Tables, batch: ImportBatch, audit: Iterable[AuditEntry]
) -> dict[str, Any]:
    """The document dict after `batch` and its `audit` entries: new dicts for the four record
    tables, the others as they were; `tables` itself is not changed, so an error leaves it
    whole. Raises `NotFound` for a case to replace that is not stored, and `ValueError` for a
    record whose id would be stored twice (a plan that is wrong, never the user's input)."""
    cases = dict(tables.get(CASES, {}))
    events = dict(tables.get(EVENTS, {}))
    assessments = dict(tables.get(ASSESSMENTS, {}))
    if batch.replacing:
        if not batch.replacing <= cases.keys():
            raise NotFound()
        for case_id in batch.replacing:
            del cases[case_id]
        for records in (events, assessments):
            gone = [
                ident for ident, doc in records.items() if doc.get("case_id") in batch.replacing
            ]
            for ident in gone:
                del records[ident]
    _add(cases, batch.cases, CASES)
    _add(events, batch.events, EVENTS)
    _add(assessments, batch.assessments, ASSESSMENTS)
    log = dict(tables.get(AUDIT, {}))
    log.update((new_id(), to_document(entry)) for entry in audit)
    return {**tables, CASES: cases, EVENTS: events, ASSESSMENTS: assessments, AUDIT: log}


def _add(table: dict[str, Any], records: Sequence[Case | Event | Assessment], name: str) -> None:
    before = len(table)
    table.update((record.id, to_document(record)) for record in records)
    if len(table) != before + len(records):  # an id already stored, or twice in the batch
        raise ValueError(f"an import would store a record id twice in {name}")
