"""Reading a store's database from what its file holds: the snapshot's tables, each document
left encoded until it is read (`documents.Documents`), and the journal's records replayed in
order (out of `storage.py`, which was past 400 lines; no change in behaviour).
"""

from __future__ import annotations

import gc
from collections.abc import MutableMapping
from typing import Any

from rondom_tui.domain.codec import DocumentInvalid, clean_document, json_decode, json_decode_as
from rondom_tui.store.catalogue import CatalogueRow
from rondom_tui.store.documents import Documents, Encoded, Ref, decode_refs
from rondom_tui.store.errors import StoreCorrupt
from rondom_tui.store.journal import decode_ops
from rondom_tui.store.reading import Contents
from rondom_tui.store.tables import (
    AUDIT,
    CASES,
    META,
    MODELS,
    holds_unsafe_text,
    indexed_tables,
    new_table,
)

Table = MutableMapping[str, Any]
"""One table: document id -> document (`documents.Documents`, or a plain dict for `meta`)."""
Tables = dict[str, Table]
_FREEZE_ABOVE_BYTES = 8 * 1024**2


def decode_body(plaintext: bytes | memoryview) -> dict[str, dict[str, Encoded]]:
    """The snapshot's tables, each document left encoded (`documents.Encoded`)."""
    try:
        return json_decode_as(plaintext, dict[str, dict[str, Encoded]])
    except DocumentInvalid:
        raise StoreCorrupt("store.body_unreadable") from None


def load(contents: Contents, *, for_session: bool = True) -> Tables:
    """The database a file holds (see `load_journaled`)."""
    return load_journaled(contents, for_session=for_session)[0]


def load_journaled(contents: Contents, *, for_session: bool = True) -> tuple[Tables, bool]:
    """The database a file holds: its snapshot with every journal record replayed in order.

    The snapshot's documents stay encoded until they are read (`documents.Documents`): opening
    finds where each one ends and reads only the ids and cases the indexes need and, for a
    session, the case list's rows (`catalogue.CatalogueRow`) in the same pass. `meta` is
    decoded at once (the store's settings). The records' documents are decoded (they are few),
    and cleaned by the rule of their model when their bytes may hold an unsafe character.
    The garbage collector is paused meanwhile (a large store makes many small objects that
    hold no cycles) and, for a session, what was made is frozen out of later collections. A
    database read for a moment (a backup, `for_session=False`) is not frozen: it must be freed.
    Also says whether the journal holds any change beyond audit entries.
    """
    large = for_session and len(contents.snapshot) > _FREEZE_ABOVE_BYTES
    if large:
        gc.collect()
    enabled = gc.isenabled()
    gc.disable()
    journaled = False
    try:
        data: Tables = {}
        body = decode_body(contents.snapshot)
        rows = {CASES: CatalogueRow} if for_session else None  # the case list's, in the pass
        refs = decode_refs(contents.snapshot, indexed_tables(body), rows)
        scan = _Scan(contents.snapshot)
        for name, encoded in body.items():
            made = data[name] = session_table(name, encoded, refs.get(name))
            if isinstance(made, Documents):
                made.unsafe_bytes = scan.unsafe
                if name == CASES and _are_rows(refs.get(name)):
                    made.rows_at_opening = refs[name]
        for record in contents.records:
            unsafe = holds_unsafe_text(record)
            for op in decode_ops(record):
                journaled = journaled or op.table != AUDIT
                table = data.get(op.table)
                if table is None:
                    table = data[op.table] = session_table(op.table, {})
                model = MODELS.get(op.table)
                if op.doc is None:
                    table.pop(op.id, None)
                elif unsafe and model and isinstance(table, Documents):
                    table[op.id] = clean_document(op.doc, model)
                    table.cleaned = True
                else:
                    table[op.id] = op.doc
    finally:
        if enabled:
            gc.enable()
    if large:
        gc.freeze()
    return data, journaled


def _are_rows(refs: dict[str, Any] | None) -> bool:
    """The opening's pass read the cases as the case list's rows (not only as `Ref`s)."""
    return refs is not None and type(next(iter(refs.values()), None)) is CatalogueRow


class _Scan:
    """One quick test of a whole snapshot for unsafe text (`tables.holds_unsafe_text`), made
    when a table first needs it (a rewrite, a bulk read), not at opening."""

    def __init__(self, snapshot: bytes | memoryview) -> None:
        self._snapshot: bytes | memoryview | None = snapshot
        self._found = True

    def unsafe(self) -> bool:
        if self._snapshot is not None:
            self._found = holds_unsafe_text(self._snapshot)
            self._snapshot = None
        return self._found


def session_table(
    name: str, encoded: dict[str, Encoded], refs: dict[str, Ref] | None = None
) -> Table:
    """A table as the session holds it: `meta` decoded, every other one a `Documents`."""
    if name == META:
        try:
            return {ident: json_decode(value) for ident, value in encoded.items()}
        except DocumentInvalid:
            raise StoreCorrupt("store.body_unreadable") from None
    return new_table(name, encoded, refs)
