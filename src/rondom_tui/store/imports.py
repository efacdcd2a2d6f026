"""Importing cases in one pass: what an import writes, as typed models, and the tables after it.

An import that wrote case by case through TinyDB grew with the square of the cases (10,000
cases: 100 s). `Store.import_cases` instead works out every document the import puts or
removes (`import_changes`, a pure function over the stored dicts) and hands them to the
storage in one write, inside one save.
The bundle layer plans the import (`bundle/importer.py`) from `IdsInUse` and never sees TinyDB.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from rondom_tui.domain.codec import checked_document
from rondom_tui.domain.links import Link
from rondom_tui.domain.models import Assessment, AuditEntry, Case, Event, new_id
from rondom_tui.store.errors import NotFound
from rondom_tui.store.tables import ASSESSMENTS, AUDIT, CASES, EVENTS, LINKS

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
    link_cases: dict[str, str] = field(default_factory=dict)
    """Link id -> the id of its case."""

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
    links: Sequence[Link] = ()
    audit: Sequence[tuple[str, str]] = ()
    """(case id, detail) of each IMPORT audit entry, one per bundled case, skipped ones too."""

    def __repr__(self) -> str:  # counts only, never content
        return (
            f"ImportBatch(cases={len(self.cases)}, replacing={len(self.replacing)}, "
            f"events={len(self.events)}, assessments={len(self.assessments)}, "
            f"links={len(self.links)})"
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
        link_cases={ident: doc.get("case_id", "") for ident, doc in tables.get(LINKS, {}).items()},
    )


def import_changes(
    tables: Tables, batch: ImportBatch, audit: Iterable[AuditEntry]
) -> list[tuple[str, str, dict[str, Any] | None]]:
    """What `batch` and its `audit` entries change, as whole documents put or removed (None):
    the replaced cases with their events, assessments and links go, the batch's records and
    the audit entries come. Works from the ids alone and changes nothing, so an error leaves
    the store whole: `NotFound` for a case to replace that is not stored, `ValueError` for a record
    whose id would be stored twice (a plan that is wrong, never the user's input)."""
    cases = tables.get(CASES, {})
    if not batch.replacing <= cases.keys():
        raise NotFound()
    going: dict[str, set[str]] = {CASES: set(batch.replacing)}
    for name in (EVENTS, ASSESSMENTS, LINKS):
        going[name] = {
            ident
            for ident, doc in tables.get(name, {}).items()
            if doc.get("case_id") in batch.replacing
        }
    changes: list[tuple[str, str, dict[str, Any] | None]] = []
    for name, records in (
        (CASES, batch.cases),
        (EVENTS, batch.events),
        (ASSESSMENTS, batch.assessments),
        (LINKS, batch.links),
    ):
        stored, arriving = tables.get(name, {}), {record.id for record in records}
        if len(arriving) != len(records) or any(
            ident in stored and ident not in going[name] for ident in arriving
        ):
            raise ValueError(f"an import would store a record id twice in {name}")
        changes.extend((name, ident, None) for ident in going[name] - arriving)
        changes.extend((name, record.id, checked_document(record)) for record in records)
    changes.extend((AUDIT, new_id(), checked_document(entry)) for entry in audit)
    return changes
