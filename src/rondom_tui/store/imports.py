"""Importing cases in one pass: what an import writes, as typed models, and the tables after it.

An import that wrote case by case through TinyDB grew with the square of the cases (10,000
cases: 100 s). `Store.import_cases` instead works out every document the import puts or
removes (`import_changes`, a pure function over the stored dicts) and hands them to the
storage in one write, inside one save.
The bundle layer plans the import (`bundle/importer.py`) from `IdsInUse` and never sees TinyDB.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, TypeVar

import msgspec

from rondom_tui.domain.codec import Checked, checked_document, json_encode
from rondom_tui.domain.links import Link
from rondom_tui.domain.models import Assessment, AuditEntry, Case, Event, new_id
from rondom_tui.domain.plan.models import PlanItem, PlanVersion
from rondom_tui.store.catalogue import CatalogueRow
from rondom_tui.store.documents import Documents, Encoded
from rondom_tui.store.errors import NotFound
from rondom_tui.store.storage import Change
from rondom_tui.store.tables import (
    ASSESSMENTS,
    AUDIT,
    CASES,
    EVENTS,
    LINKS,
    PLAN_VERSIONS,
    PLANS,
)

Tables = Mapping[str, Mapping[str, Mapping[str, Any]]]
"""The stored document dict: table name -> document id -> document."""

M = TypeVar("M", Case, Event, Assessment, Link, PlanItem, PlanVersion)
Records = Sequence[M | Checked[M]]
"""Records to write: a plain model is checked as it is written (`checked_document`), a
`Checked` one was checked already (a bundle's decoding) and is written as it is."""


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
    plan_cases: dict[str, str] = field(default_factory=dict)
    """Plan item id -> the id of its case."""
    plan_version_cases: dict[str, str] = field(default_factory=dict)
    """Plan version id -> the id of its case."""

    def __repr__(self) -> str:
        return f"IdsInUse(cases={len(self.codes)})"


@dataclass(frozen=True, slots=True)
class ImportBatch:
    """Everything one import writes, applied by `Store.import_cases` in one pass."""

    cases: Records[Case] = ()
    """Cases to store: new ones, copies (with new ids), and the replacements of `replacing`."""
    replacing: frozenset[str] = frozenset()
    """Stored case ids whose case, events and assessments are removed before `cases` go in."""
    events: Records[Event] = ()
    assessments: Records[Assessment] = ()
    links: Records[Link] = ()
    plans: Records[PlanItem] = ()
    plan_versions: Records[PlanVersion] = ()
    audit: Sequence[tuple[str, str]] = ()
    """(case id, detail) of each IMPORT audit entry, one per bundled case, skipped ones too."""

    def __repr__(self) -> str:  # counts only, never content
        return (
            f"ImportBatch(cases={len(self.cases)}, replacing={len(self.replacing)}, "
            f"events={len(self.events)}, assessments={len(self.assessments)}, "
            f"links={len(self.links)}, plans={len(self.plans)})"
        )


def ids_in_use(tables: Tables, rows: Mapping[str, CatalogueRow]) -> IdsInUse:
    """What an import must not clash with: the cases from the catalogue's `rows`, the records'
    cases from the per-case indexes (nothing decoded when the tables are `Documents`)."""
    return IdsInUse(
        codes={case_id: row.code for case_id, row in rows.items()},
        revisions={case_id: row.revision for case_id, row in rows.items()},
        event_cases=_cases_of(tables.get(EVENTS, {})),
        assessment_cases={ident: None for ident in tables.get(ASSESSMENTS, {})}
        | _cases_of(tables.get(ASSESSMENTS, {})),
        link_cases=_cases_of(tables.get(LINKS, {})),
        plan_cases=_cases_of(tables.get(PLANS, {})),
        plan_version_cases=_cases_of(tables.get(PLAN_VERSIONS, {})),
    )


def _cases_of(table: Mapping[str, Mapping[str, Any]]) -> dict[str, str]:
    if isinstance(table, Documents):
        return table.case_of()
    return {ident: doc["case_id"] for ident, doc in table.items() if doc.get("case_id")}


def _belonging(table: Mapping[str, Mapping[str, Any]], case_ids: Collection[str]) -> set[str]:
    if isinstance(table, Documents):
        return {ident for case_id in case_ids for ident in table.ids_of_case(case_id)}
    return {ident for ident, doc in table.items() if doc.get("case_id") in case_ids}


def import_changes(tables: Tables, batch: ImportBatch, audit: Iterable[AuditEntry]) -> list[Change]:
    """What `batch` and its `audit` entries change, as whole documents put or removed (None):
    the replaced cases with their events, assessments, links and plans go, the batch's records and
    the audit entries come. Works from the ids alone and changes nothing, so an error leaves
    the store whole: `NotFound` for a case to replace that is not stored, `ValueError` for a record
    whose id would be stored twice (a plan that is wrong, never the user's input)."""
    cases = tables.get(CASES, {})
    if not batch.replacing <= cases.keys():
        raise NotFound()
    going: dict[str, set[str]] = {CASES: set(batch.replacing)}
    for name in (EVENTS, ASSESSMENTS, LINKS, PLANS, PLAN_VERSIONS):
        going[name] = _belonging(tables.get(name, {}), batch.replacing)
    changes: list[Change] = []
    for name, records in (
        (CASES, batch.cases),
        (EVENTS, batch.events),
        (ASSESSMENTS, batch.assessments),
        (LINKS, batch.links),
        (PLANS, batch.plans),
        (PLAN_VERSIONS, batch.plan_versions),
    ):
        documents = _documents(records)
        stored, arriving = tables.get(name, {}), {ident for ident, _ in documents}
        if len(arriving) != len(records) or any(
            ident in stored and ident not in going[name] for ident in arriving
        ):
            raise ValueError(f"an import would store a record id twice in {name}")
        changes.extend((name, ident, None) for ident in going[name] - arriving)
        changes.extend((name, ident, document) for ident, document in documents)
    changes.extend((AUDIT, new_id(), checked_document(entry)) for entry in audit)
    return changes


_ENCODED_LIST = msgspec.json.Decoder(list[Encoded])


def _documents(records: Sequence[Any]) -> list[tuple[str, dict[str, Any] | Encoded]]:
    """The id and document of each record to write. A plain model is checked
    (`checked_document`); the `Checked` ones are not checked again, and are encoded together
    in one pass into the JSON a store's table holds (`Documents` decodes one when it is
    first read): turning 90,000 models into dicts took a third of an import."""
    checked = [record.model for record in records if type(record) is Checked]
    encoded = iter(_ENCODED_LIST.decode(json_encode(checked)) if checked else ())
    return [
        (record.model.id, next(encoded))
        if type(record) is Checked
        else (record.id, checked_document(record))
        for record in records
    ]
