"""Erasures on a database's raw tables: what a backup needs to forget the cases the store has
erased since it was made (docs/FORMAT.md, "Erasures" and "Backups").

The store lists every erasure in `meta.store.erased` (`{"case_id", "at"}`, oldest first). A
backup carries the list as it was when the backup was made; an erasure in the store's list that
is missing from a backup's is applied to it: the case goes with every record of another table
that names it (events, self-assessments, drafts, tables a later version adds), the audit
entries stay (they hold no content), and the erasure joins the backup's list. An erasure is
known by its case id and time, so a case that was erased and later imported again is not
erased from a backup made after that import.
"""

from __future__ import annotations

from typing import Any

from rondom_tui.store.documents import Documents
from rondom_tui.store.loading import Tables
from rondom_tui.store.tables import AUDIT, CASES, META

ERASED = "erased"
"""The member of `meta.store` that lists the erasures."""
_STAY = (AUDIT, META)


def erasures_of(tables: Tables) -> list[dict[str, Any]]:
    """The erasures a database lists, oldest first."""
    store = tables.get(META, {}).get("store", {})
    listed = store.get(ERASED, []) if isinstance(store, dict) else []
    return [dict(item) for item in listed if isinstance(item, dict) and "case_id" in item]


def _key(erasure: dict[str, Any]) -> tuple[str, str]:
    return str(erasure.get("case_id")), str(erasure.get("at"))


def missing_erasures(tables: Tables, erasures: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Those of `erasures` that `tables` does not list yet."""
    known = {_key(item) for item in erasures_of(tables)}
    return [item for item in erasures if _key(item) not in known]


def erase_case_records(tables: Tables, case_id: str) -> None:
    """Remove the case and every record of another table that names it (not the audit)."""
    tables.get(CASES, {}).pop(case_id, None)
    for name, table in tables.items():
        if name in _STAY or name == CASES:
            continue
        if isinstance(table, Documents) and table.per_case:  # from its index: nothing decoded
            gone = table.ids_of_case(case_id)
        else:
            gone = [ident for ident, doc in table.items() if _names_case(doc, case_id)]
        for ident in gone:
            del table[ident]


def apply_erasures(tables: Tables, erasures: list[dict[str, Any]]) -> int:
    """Apply to `tables` (in place) the erasures it does not list yet, and list them; returns
    how many were applied."""
    missing = missing_erasures(tables, erasures)
    if not missing:
        return 0
    for erasure in missing:
        erase_case_records(tables, str(erasure["case_id"]))
    store = tables.setdefault(META, {}).setdefault("store", {})
    store[ERASED] = [*erasures_of(tables), *missing]
    return len(missing)


def _names_case(document: Any, case_id: str) -> bool:
    return isinstance(document, dict) and document.get("case_id") == case_id
