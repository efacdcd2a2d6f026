"""A stored table whose documents stay encoded until someone reads them.

Decoding every document of a 50,000-case store into dicts takes seconds and over a gigabyte;
most of them are never looked at in a session (the case list needs a few fields of each case,
the Tijdlijn one case's events). So the snapshot is decoded into `msgspec.Raw` slices, one per
document (a quick pass that only finds where each one ends), and a document becomes a dict the
first time it is read, cleaned by the rule of its model if its bytes may hold an unsafe
character (`domain.text`). The tables whose documents belong to a case through `case_id`
(`tables.PER_CASE_TABLES`) are also indexed by case at opening, so that one case's events,
the event counts of the case list and an erasure touch only that case's documents.

A `Documents` is a `MutableMapping` of document id -> document, so TinyDB and the generic
code over tables (backups, restores, erasures of backups) work on it unchanged; a scan over
all its values decodes them all, which is correct but slow: the store's hot paths use
`of_case`, `counts_by_case` and `encoded` instead.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Collection, Iterator, Mapping, MutableMapping
from functools import cache
from operator import attrgetter
from typing import Any

import msgspec

from rondom_tui.domain.codec import (
    DocumentInvalid,
    clean_document,
    json_decode,
    json_encode,
    to_builtins,
)
from rondom_tui.domain.text import UNSAFE_JSON
from rondom_tui.store.errors import StoreCorrupt

Encoded = msgspec.Raw
"""A document as the snapshot holds it: a slice of the decrypted JSON, not yet decoded."""


class Ref(msgspec.Struct, gc=False):
    """What opening reads of every document of an indexed table: its id and its case."""

    id: Any = None
    case_id: str | None = None


_REFS = msgspec.json.Decoder(Ref)
_ID, _CASE_ID = attrgetter("id"), attrgetter("case_id")


@cache
def _refs_of(
    names: tuple[str, ...], kinds: tuple[tuple[str, Any], ...]
) -> msgspec.json.Decoder[Any]:
    kind_of = dict(kinds)
    fields: list[tuple[str, Any, Any]] = [
        (name, dict[str, kind_of.get(name, Ref)], msgspec.field(default_factory=dict))  # type: ignore[misc]
        for name in names
    ]
    return msgspec.json.Decoder(msgspec.defstruct("Refs", fields, gc=False))


def decode_refs(
    snapshot: bytes | memoryview,
    names: Collection[str],
    kinds: Mapping[str, type[msgspec.Struct]] | None = None,
) -> dict[str, dict[str, Any]]:
    """The `Ref` of every document of the tables `names`, in one pass over the snapshot that
    skips everything else (a loop per document in Python took most of opening at 50,000
    cases). `kinds` reads a table's documents as another struct instead (one with an `id`:
    the case list's rows, made in the same pass); when one does not fit, the pass is made
    again with `Ref` alone. Empty when a document does not fit a `Ref`: each table then reads
    its own, one by one, and names itself in the error."""
    ordered = tuple(sorted(names))
    if kinds:
        chosen = tuple(sorted((name, kind) for name, kind in kinds.items() if name in ordered))
        try:
            found = _refs_of(ordered, chosen).decode(snapshot)
            return {name: getattr(found, name) for name in ordered}
        except (msgspec.ValidationError, msgspec.DecodeError):
            pass
    try:
        found = _refs_of(ordered, ()).decode(snapshot)
    except (msgspec.ValidationError, msgspec.DecodeError):
        return {}
    return {name: getattr(found, name) for name in ordered}


class Documents(MutableMapping[str, Any]):
    """One table: document id -> document, each decoded on first read.

    `model` is the table's model (for the cleaning rule), or None for a table this version
    does not know (kept as found). `per_case` indexes the documents by their `case_id`;
    `ids_are_keys` says every document carries its own key as `id` (not the audit log)."""

    def __init__(
        self,
        name: str,
        encoded: Mapping[str, Any],
        *,
        model: type[msgspec.Struct] | None,
        per_case: bool,
        ids_are_keys: bool,
        refs: Mapping[str, Ref] | None = None,
    ) -> None:
        self.name = name
        self._model = model
        self.per_case = per_case
        """Indexed by case (`tables.PER_CASE_TABLES`)."""
        self._docs: dict[str, Any] = encoded if type(encoded) is dict else dict(encoded)
        """id -> `Encoded` (not read yet) or the decoded dict, in the snapshot's order."""
        self._refs: dict[str, Ref] = {}
        """id -> its `Ref` (per-case tables): the index, as decoding made it."""
        self._members: dict[str, dict[str, None]] | None = None
        """Case -> its documents' ids, made when first asked for (opening needs counts only)."""
        self._plain: set[str] = set()
        """Ids held decoded (read, or put since opening)."""
        self._stale: set[str] = set()
        """Documents handed out to be changed in place: their case is read again."""
        self.changed: set[str] = set()
        """Ids put, removed or handed out for a change since `take_changed` (the catalogue)."""
        self.changed_cases: set[str] = set()
        """Cases that gained or lost a document since `take_changed`."""
        self._raws_clean = False
        self._asked = False
        self.unsafe_bytes: Callable[[], bool] = lambda: True
        """Whether the bytes the encoded documents are slices of may hold an unsafe character
        (one scan of the whole snapshot, shared by its tables, made when first asked)."""
        self.cleaned = False
        """A document was cleaned by the rule as it was read: the file should be written
        clean (closing compacts the journal then)."""
        self.rows_at_opening: dict[str, Any] | None = None
        """id -> the document as the opening's pass read it for the case list
        (`loading.load_journaled`), for the catalogue to take once: true of the stored bytes."""
        if per_case or ids_are_keys:
            self._index(ids_are_keys, refs)

    def __repr__(self) -> str:
        return f"Documents({self.name!r}, {len(self._docs)})"

    def _index(self, ids_are_keys: bool, refs: Mapping[str, Ref] | None) -> None:
        """Every document's id and case (`refs`, read for the whole snapshot at once, or here
        one by one): each must be an object under its own id (`check_records`)."""
        if refs is None or len(refs) != len(self._docs):
            try:
                refs = {ident: _ref_of(value) for ident, value in self._docs.items()}
            except (msgspec.ValidationError, msgspec.DecodeError):
                raise StoreCorrupt("store.document_invalid", table=self.name) from None
        if ids_are_keys and list(map(_ID, refs.values())) != list(refs):
            raise StoreCorrupt("store.document_invalid", table=self.name)
        if self.per_case:
            self._refs = refs if type(refs) is dict else dict(refs)

    # -- the mapping ------------------------------------------------------------------------

    def __getitem__(self, ident: str) -> Any:
        value = self._docs[ident]
        if type(value) is Encoded:
            value = self._docs[ident] = self._decode(value)
            self._plain.add(ident)
        return value

    def _decode(self, value: Encoded) -> Any:
        try:
            document = json_decode(value)
        except DocumentInvalid:
            raise StoreCorrupt("store.document_invalid", table=self.name) from None
        if self._model is not None and UNSAFE_JSON.search(value):
            document = clean_document(document, self._model)
            self.cleaned = True
        return document

    def __setitem__(self, ident: str, document: Any) -> None:
        """Put a document: a dict, or `Encoded` (checked JSON, an import's), read when asked."""
        self._docs[ident] = document
        if type(document) is Encoded:
            self._plain.discard(ident)
        else:
            self._plain.add(ident)
        self._stale.discard(ident)  # placed here, from the document put
        self.changed.add(ident)
        if self.rows_at_opening is not None:  # no longer what the opening read
            self.rows_at_opening.pop(ident, None)
        if self.per_case:
            self._place(ident, _ref_of(document).case_id)

    def __delitem__(self, ident: str) -> None:
        del self._docs[ident]
        self._plain.discard(ident)
        self.changed.add(ident)
        if self.rows_at_opening is not None:
            self.rows_at_opening.pop(ident, None)
        if self.per_case:
            self._place(ident, None)

    def __contains__(self, ident: object) -> bool:
        return ident in self._docs

    def get(self, ident: str, default: Any = None) -> Any:
        """`Mapping.get` without its KeyError for a missing id (an import asks 90,000 times)."""
        if ident not in self._docs:
            return default
        return self[ident]

    def __iter__(self) -> Iterator[str]:
        return iter(self._docs)

    def __len__(self) -> int:
        return len(self._docs)

    def pop(self, ident: str, *default: Any) -> Any:
        """Remove a document without decoding it when it was never read (an erasure)."""
        if ident not in self._docs:
            if default:
                return default[0]
            raise KeyError(ident)
        value = self._docs[ident]
        del self[ident]
        return value

    # -- what the store reads without decoding everything ------------------------------------

    def touch(self, ident: str) -> None:
        """`ident` is about to be changed in place (TinyDB's updates): its case is read again
        before the index is next used, and the catalogue hears of it."""
        self.changed.add(ident)
        if self.per_case:
            self._stale.add(ident)

    def take_changed(self) -> tuple[set[str], set[str]]:
        """The ids and cases changed since the last call (the caller is the only listener)."""
        self._settle()
        changed, cases = self.changed, self.changed_cases
        self.changed, self.changed_cases = set(), set()
        return changed, cases

    def ids_of_case(self, case_id: str) -> list[str]:
        """The ids of the documents that belong to `case_id`, in stored order. The first
        question is answered by a scan of the index (a backup erasing one case asks once);
        from the second on, the groups by case are made and kept (a session opens Tijdlijnen)."""
        self._settle()
        if self._members is None and not self._asked:
            self._asked = True
            return [ident for ident, ref in self._refs.items() if ref.case_id == case_id]
        return list(self._groups().get(case_id, ()))

    def _groups(self) -> dict[str, dict[str, None]]:
        members = self._members
        if members is None:
            members = self._members = {}
            for ident, ref in self._refs.items():
                case_id = ref.case_id
                if not case_id:
                    continue
                group = members.get(case_id)
                if group is None:
                    members[case_id] = {ident: None}
                else:
                    group[ident] = None
        return members

    def of_case(self, case_id: str) -> list[Any]:
        """The documents of one case, decoded (only those)."""
        return [self[ident] for ident in self.ids_of_case(case_id)]

    def of_cases(self, case_ids: Collection[str]) -> list[Any]:
        return [self[ident] for case_id in case_ids for ident in self.ids_of_case(case_id)]

    def case_of(self) -> dict[str, str]:
        """Document id -> its case, for every document that belongs to one."""
        self._settle()
        return {ident: ref.case_id for ident, ref in self._refs.items() if ref.case_id}

    def counts_by_case(self) -> dict[str, int]:
        self._settle()
        if self._members is None:
            counts = Counter(map(_CASE_ID, self._refs.values()))
            counts.pop(None, None)
            counts.pop("", None)
            return dict(counts)
        return {case_id: len(ids) for case_id, ids in self._members.items() if ids}

    def encoded(self, ids: Collection[str] | None = None) -> bytes:
        """The documents `ids` (all when None) as one JSON array, for decoding straight into
        lean structs: a document not read yet is copied as it is stored, never decoded."""
        docs = self._docs
        chosen = docs.values() if ids is None else [docs[ident] for ident in ids]
        return json_encode(list(chosen))

    def stored_values(self, ids: Collection[str] | None = None) -> tuple[bytes, list[Any]]:
        """The documents `ids` (all when None) split as they are held: those not read yet as
        one JSON array of their stored bytes, the decoded ones as they are (re-encoding those
        to decode them again cost more than converting them)."""
        docs = self._docs
        chosen = docs.values() if ids is None else [docs[ident] for ident in ids]
        encoded = [value for value in chosen if type(value) is Encoded]
        decoded = [value for value in chosen if type(value) is not Encoded]
        return json_encode(encoded), decoded

    def raw_value(self, ident: str) -> Any:
        """The stored form of one document: `Encoded` when never read, else the dict."""
        return self._docs[ident]

    def clean_unread(self) -> None:
        """Decode (and so clean) every document not read yet whose bytes may hold a character
        the cleaning rule removes: before the documents are written again or decoded in bulk
        into lean structs. One scan per table and session: stored bytes never change."""
        if self._raws_clean or self._model is None:
            return
        if not self.unsafe_bytes():  # one scan of the snapshot found nothing to clean
            self._raws_clean = True
            return
        docs, unsafe = self._docs, UNSAFE_JSON.search
        for ident, value in docs.items():
            if type(value) is Encoded and unsafe(value):
                docs[ident] = self._decode(value)
                self._plain.add(ident)
        self._raws_clean = True

    def ids_matching(self, pattern: re.Pattern[bytes]) -> list[str]:
        """The ids of the documents that may hold what `pattern` finds in their stored bytes
        (no document decoded): every one held decoded, and every encoded one it matches. The
        caller checks each (a one-off change of the model, such as goals becoming plan items,
        looks for the few documents it concerns without reading 50,000)."""
        return [
            ident
            for ident, value in self._docs.items()
            if type(value) is not Encoded or pattern.search(value)
        ]

    def decoded_items(self) -> Iterator[tuple[str, Any]]:
        """The documents read (or put) so far, without decoding any other."""
        docs = self._docs
        return ((ident, docs[ident]) for ident in self._plain if ident in docs)

    def as_stored(self) -> dict[str, Any]:
        """id -> `Encoded` or dict, for writing a snapshot (msgspec copies `Encoded` as is).
        The caller must not change it."""
        return self._docs

    # -- the index ---------------------------------------------------------------------------

    def _settle(self) -> None:
        stale, self._stale = self._stale, set()
        for ident in stale:
            value = self._docs.get(ident)
            self._place(ident, None if value is None else _ref_of(value).case_id)

    def _place(self, ident: str, case_id: Any) -> None:
        gone = self._refs.pop(ident, None)
        old = gone.case_id if gone is not None else None
        members = self._members
        if old:
            if members is not None:
                members[old].pop(ident, None)
            self.changed_cases.add(old)
        if isinstance(case_id, str) and case_id:
            self._refs[ident] = Ref(ident, case_id)
            if members is not None:
                members.setdefault(case_id, {})[ident] = None
            self.changed_cases.add(case_id)


def _ref_of(value: Any) -> Ref:
    if type(value) is Encoded:
        return _REFS.decode(value)
    if isinstance(value, dict):
        case_id = value.get("case_id")
        return Ref(id=value.get("id"), case_id=case_id if isinstance(case_id, str) else None)
    return Ref()


_INTO = msgspec.json.Encoder(enc_hook=to_builtins)  # what `json_encode` writes, into a buffer


def encode_tables_into(tables: Mapping[str, Any]) -> bytearray:
    """A whole database as the snapshot's JSON (documents never read are copied as stored),
    in a new buffer that can be sealed in place (`header.seal_snapshot`): the body of a
    rewrite is then held once."""
    buffer = bytearray()
    _INTO.encode_into(_as_stored(tables), buffer)
    return buffer


def _as_stored(tables: Mapping[str, Any]) -> dict[str, Any]:
    stored: dict[str, Any] = {}
    for name, table in tables.items():
        if isinstance(table, Documents):
            table.clean_unread()  # a store from before the cleaning rule is written clean
            stored[name] = table.as_stored()
        else:
            stored[name] = table
    return stored
