"""A TinyDB storage that keeps the decrypted database in memory and saves what changed.

TinyDB's tables change the stored documents in place (`tables.IdTable`), through a
`TableChanges` view that notes every document a change reaches together with its state
before. When the outermost batch ends, the documents it touched become one journal record,
encoded under the store's lock (`Guard`); the record is appended and fsynced after the lock is
let go, so readers never wait for the disk. A save that fails puts the touched documents back
as they were; a file changed behind the session's back (`StoreChangedOnDisk`) keeps the
change in memory and writes nothing. A change too large for one record, the first write to a
version 1 file and every key change are a rewrite of the whole file instead; the journal is
compacted into a new snapshot when it passes its bound and when the store is closed.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping, MutableMapping, Sequence
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from typing import Any

from tinydb.storages import Storage

from rondom_tui.store.documents import Documents, Encoded, encode_tables_into
from rondom_tui.store.errors import (
    StoreChangedOnDisk,
    StoreClosed,
    StoreError,
    StoreReadOnly,
)
from rondom_tui.store.guard import Guard
from rondom_tui.store.header import HeaderV2
from rondom_tui.store.journal import encode_ops
from rondom_tui.store.loading import Table, Tables, load_journaled, session_table
from rondom_tui.store.reading import Contents
from rondom_tui.store.tables import (
    AUDIT,
)
from rondom_tui.store.vault import COMPACT_AFTER_BYTES, Vault

Change = tuple[str, str, dict[str, Any] | Encoded | None]
"""(table, document id, the whole document, or None for a removal). A document may come
`Encoded` (an import's checked records): a `Documents` decodes it when it is first read."""
HeaderChange = Callable[[HeaderV2], HeaderV2]


class _Missing:
    def __repr__(self) -> str:
        return "MISSING"


MISSING = _Missing()
"""The state before of a document that did not exist."""
Before = dict[tuple[str, str], Any]


class TableChanges(MutableMapping[str, Any]):
    """One stored table as TinyDB's updaters see it while they change it in place: every
    document they reach is noted with its state before (a shallow copy: TinyDB replaces a
    document's fields, it never changes a field's value in place)."""

    def __init__(self, name: str, raw: Table, before: Before) -> None:
        self._name = name
        self._raw = raw
        self._before = before
        self._mine: dict[str, Any] = {}

    def _note(self, ident: str) -> None:
        if ident not in self._mine:
            if isinstance(self._raw, Documents):
                self._raw.touch(ident)  # TinyDB may change the document in place
            old = self._raw.get(ident, MISSING)
            self._mine[ident] = old = dict(old) if isinstance(old, dict) else old
            self._before.setdefault((self._name, ident), old)

    def __getitem__(self, ident: str) -> Any:
        self._note(ident)
        return self._raw[ident]

    def __setitem__(self, ident: str, document: Any) -> None:
        self._note(ident)
        self._raw[ident] = document

    def __delitem__(self, ident: str) -> None:
        self._note(ident)
        del self._raw[ident]

    def __contains__(self, ident: object) -> bool:
        return ident in self._raw

    def __iter__(self) -> Iterator[str]:
        return iter(self._raw)

    def __len__(self) -> int:
        return len(self._raw)

    def undo(self) -> None:
        """Put back what this view changed (a TinyDB write that failed half-way)."""
        _put_back(self._raw, self._mine)


def _held(table: Table, ident: str) -> Any:
    """A document as its table holds it, `Encoded` when it was never read: an import's
    90,000 new documents are not decoded to be noted and written."""
    if isinstance(table, Documents):
        return table.raw_value(ident) if ident in table else MISSING
    return table.get(ident, MISSING)


def _put_back(table: Table, before: dict[str, Any]) -> None:
    for ident, old in before.items():
        if old is MISSING:
            table.pop(ident, None)
        else:
            table[ident] = old


@dataclass(slots=True)
class _Commit:
    """A committed change not yet on disk: its record, or None when it is written as a rewrite
    (too large for a record), and a new header when it changes a key."""

    record: bytes | None
    before: Before
    header_change: HeaderChange | None = None
    after_saved: list[Callable[[], None]] | None = None


class EncryptedStorage(Storage):
    """TinyDB storage over an unlocked `Vault`."""

    def __init__(self, vault: Vault, contents: Contents, guard: Guard) -> None:
        self.vault = vault
        """Where saves go."""
        self._guard = guard
        self._data, self._journaled = load_journaled(contents)
        self._before: Before = {}
        self._batch_depth = 0
        self._unwritten: list[_Commit] = []
        self._compact_from = 0
        self.saves = 0
        """Committed changes written to the file in this session (tests and benchmarks)."""
        self.rewrites = 0
        """Whole-file rewrites in this session (compactions, upgrades, key changes)."""
        self.closed = False
        """True after `close`: every read and write then raises `StoreClosed`."""
        self.changed_on_disk = False
        """A write found the file changed behind this session's back; until `reload`, every
        write is refused and changes stay in memory only."""
        self.on_rollback: Callable[[], None] = lambda: None
        """Called (under the lock) after memory was put back: query caches are stale."""
        self.before_first_change: Callable[[], None] = lambda: None
        """Called (under the lock) when an outermost batch starts on a writable store, while
        memory is what the file holds: the store's daily backup."""
        self._after_saved: list[Callable[[], None]] = []

    # -- TinyDB's interface -----------------------------------------------------------------

    # TinyDB's stubs say plain dicts; any mutable mapping does (`documents.Documents`).
    def read(self) -> Tables:  # type: ignore[override]
        if self.closed:
            raise StoreClosed()
        return self._data

    def write(self, data: Tables) -> None:  # type: ignore[override]
        """TinyDB's signal that a table was changed (in place, through `table_changes`)."""
        if self.closed:
            raise StoreClosed()
        if data is not self._data:
            raise TypeError("the store's documents change in place, never the whole database")

    def table_changes(self, name: str) -> TableChanges:
        """The table `name`, to be changed in place inside a `batch()`."""
        if self.closed:
            raise StoreClosed()
        if self.vault.read_only:
            raise StoreReadOnly()
        assert self._batch_depth, "documents change inside a batch"
        return TableChanges(name, self._table_named(name), self._before)

    def table(self, name: str) -> Table:
        """The table `name`, made empty when the store has none yet."""
        if self.closed:
            raise StoreClosed()
        return self._table_named(name)

    def _table_named(self, name: str) -> Table:
        table = self._data.get(name)
        if table is None:
            table = self._data[name] = session_table(name, {})
        return table

    def replace_all(self, tables: Mapping[str, Mapping[str, Any]]) -> None:
        """Make the database `tables` (a restore), inside a `batch()`: every document that
        differs is put, every one that is not in `tables` removed."""
        changes: list[Change] = []
        for name in self._data.keys() | tables.keys():
            now, new = self._data.get(name, {}), tables.get(name, {})
            changes += [(name, ident, None) for ident in now.keys() - new.keys()]
            changes += [(name, ident, doc) for ident, doc in new.items() if now.get(ident) != doc]
        self.apply(changes)

    def after_saved(self, callback: Callable[[], None]) -> None:
        """Run `callback` once the batch being made is on disk (on the saving thread, after
        the write; changes of other threads wait for it). Dropped when the batch is rolled
        back or its save fails."""
        assert self._batch_depth, "only inside a batch"
        self._after_saved.append(callback)

    def apply(self, changes: list[Change]) -> None:
        """Put or remove whole documents (an import), inside a `batch()`. The documents
        replaced are kept as they were (not copied): nothing changes them in place."""
        for name in {name for name, _, _ in changes}:
            self.table_changes(name)  # the same checks, and the tables made
        data, before = self._data, self._before
        for name, ident, document in changes:
            table = data[name]
            before.setdefault((name, ident), _held(table, ident))
            if document is None:
                table.pop(ident, None)
            else:
                table[ident] = document
        self.write(data)

    # -- batches and saving -------------------------------------------------------------------

    @contextmanager
    def batch(self, header_change: HeaderChange | None = None) -> Iterator[None]:
        """Group changes into one record; an exception inside puts them all back. With
        `header_change`, the batch is saved by a rewrite under the header it makes."""
        with self._guard.changing():
            busy = self._batch_depth or self.closed or self.changed_on_disk
            if not busy and not self.vault.read_only:
                self.before_first_change()
            self._batch_depth += 1
            try:
                yield
            except BaseException:
                self._batch_depth -= 1
                if not self._batch_depth:
                    self._roll_back(self._before)
                    self._before, self._after_saved = {}, []
                raise
            self._batch_depth -= 1
            if not self._batch_depth:
                self._commit(header_change)

    def _commit(self, header_change: HeaderChange | None) -> None:
        before, self._before = self._before, {}
        after_saved, self._after_saved = self._after_saved, []
        changes: list[Change] = []
        for (name, ident), old in before.items():
            now = _held(self._data.get(name, {}), ident)
            if now is not old and now != old:
                changes.append((name, ident, None if now is MISSING else now))
        if changes or header_change:
            self._journaled = self._journaled or any(name != AUDIT for name, _, _ in changes)
            record = encode_ops(changes, self.vault.largest_record())
            self._unwritten.append(_Commit(record, before, header_change, after_saved))
            self._guard.write_on_release()

    def write_committed(self) -> None:
        """Write what was committed (called by the guard, without the lock: readers go on,
        changes wait). On failure memory is put back, unless the file changed on disk."""
        commits, self._unwritten = self._unwritten, []
        written = 0
        try:
            if self.changed_on_disk:
                raise StoreChangedOnDisk()
            if any(c.header_change or c.record is None for c in commits):
                self._rewrite([c.header_change for c in commits if c.header_change])
                self.saves += 1
                written = len(commits)
            for commit in commits[written:]:
                assert commit.record is not None
                self.vault.append(commit.record)
                self.saves += 1
                written += 1
        except StoreChangedOnDisk:
            self.changed_on_disk = True
            raise
        except BaseException:
            with self._guard.reading():
                for commit in reversed(commits[written:]):
                    self._roll_back(commit.before)
            raise
        self._compact_when_due()
        for commit in commits:
            for callback in commit.after_saved or ():
                with suppress(StoreError, OSError):  # the save is done; the callback's own
                    callback()  # failure is its own to report, not the save's

    def _roll_back(self, before: Before) -> None:
        by_table: dict[str, dict[str, Any]] = {}
        for (name, ident), old in before.items():
            by_table.setdefault(name, {})[ident] = old
        for name, olds in by_table.items():
            _put_back(self._table_named(name), olds)
        self.on_rollback()

    def _rewrite(self, header_changes: Sequence[HeaderChange] = ()) -> None:
        """The whole database as a new snapshot (its documents do not change meanwhile:
        changes wait for the write)."""
        next_header = None
        if header_changes:
            next_header = self.vault.next_header()
            for change in header_changes:
                next_header = change(next_header)
        self.vault.rewrite(encode_tables_into(self._data), next_header=next_header)
        self.rewrites += 1
        self._journaled = False

    def _compact_when_due(self) -> None:
        """Compaction after a save: a failure leaves the journal (the data is safe in it) and
        is tried again once the journal has grown by another bound."""
        if not self.vault.wants_compaction() or self.vault.journal_bytes < self._compact_from:
            return
        try:
            self._rewrite()
        except StoreError:
            self._compact_from = self.vault.journal_bytes + COMPACT_AFTER_BYTES

    # -- the file as a whole --------------------------------------------------------------------

    @property
    def file_is_memory(self) -> bool:
        """The file holds what memory holds: every committed change written, none under way
        and no text cleaned in memory only (a backup may be a copy of the file)."""
        tables = self._data.values()
        busy = self._unwritten or self._before or self.changed_on_disk or self.closed
        return not busy and not any(isinstance(t, Documents) and t.cleaned for t in tables)

    def reload(self) -> None:
        """Forget memory and read the file as it is on disk now (under the caller's hold)."""
        self._data, self._journaled = load_journaled(self.vault.reload())
        self._before, self._unwritten = {}, []
        self.changed_on_disk = False
        self.on_rollback()

    def compact(self) -> None:
        """Write the journal into a new snapshot now (under the caller's hold)."""
        if self.closed:
            raise StoreClosed()
        if self.vault.read_only:
            raise StoreReadOnly()
        if self.changed_on_disk:
            raise StoreChangedOnDisk()
        self._rewrite()

    def close(self) -> None:
        """Compact the journal when it is due (past its bound, holding a change other than
        audit entries, or text the session cleaned; a failure leaves it: nothing is lost),
        forget the data and the key. A session that only read and recorded its OPEN and VIEW
        entries leaves the snapshot as it was: rewriting 190 MiB at 50,000 cases for a few
        small audit records took seconds, and they hold no content."""
        if self.closed:
            return
        due = (
            self._journaled
            or self.vault.wants_compaction()
            or any(isinstance(table, Documents) and table.cleaned for table in self._data.values())
        )
        if due and not self.vault.read_only and not self.changed_on_disk:
            with suppress(StoreError):  # the journal keeps everything
                self._rewrite()
        self.closed = True
        self._data = {}
        self.vault.close()
