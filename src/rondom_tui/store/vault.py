"""The store file of a session: unlock it, append records, rewrite it, change its keys.

A `Vault` holds an unlocked store's data key and a descriptor of its file, and turns
plaintext into sealed bytes on disk and back. It knows nothing of tables or cases. Before
every write it checks that the lock file is still its own (repairing it) and that the file at
the path is still the one it read or last wrote (`StoreChangedOnDisk` otherwise: no lost
update). Reading a file is in `reading.py`.
"""

from __future__ import annotations

import contextlib
import hmac
import os
import unicodedata
from collections.abc import Callable
from pathlib import Path

from rondom_tui.store import envelope, header, journal, reading, sealed_copy
from rondom_tui.store.envelope import DEFAULT_KDF, FLAG_DEMO, KdfParams
from rondom_tui.store.errors import (
    PassphraseTooShort,
    StoreChangedOnDisk,
    StoreClosed,
    StoreCorrupt,
    StoreExists,
    StoreReadOnly,
    UnsupportedFormat,
    WrongPassphraseOrCorrupt,
)
from rondom_tui.store.files import (
    FileIdentity,
    ensure_folder,
    replace_atomically,
    write_all,
    write_failed,
)
from rondom_tui.store.header import HEADER_LEN, HeaderV2
from rondom_tui.store.layout import DEMO_PASSPHRASE
from rondom_tui.store.lock import StoreLock
from rondom_tui.store.reading import Contents, StoreFile
from rondom_tui.store.recovery import RecoveryKey

MIN_PASSPHRASE_LENGTH = 12
COMPACT_AFTER_BYTES = 4 * 1024**2
"""A journal past 4 MiB is compacted into a new snapshot."""
COMPACT_SMALL_STORE_BYTES = 64 * 1024
"""Below this, a journal is not compacted for passing a quarter of the snapshot."""


def check_new_passphrase(passphrase: str, *, demo: bool = False) -> None:
    """Refuse a passphrase that is too short for a real store (the demo store is exempt)."""
    if demo and passphrase == DEMO_PASSPHRASE:
        return
    # Counted as the key is made (NFC: "é" typed as e + accent is one character), and not
    # blank: twelve spaces guard nothing.
    if len(unicodedata.normalize("NFC", passphrase)) < MIN_PASSPHRASE_LENGTH:
        raise PassphraseTooShort(minimum=MIN_PASSPHRASE_LENGTH)
    if not passphrase.strip():
        raise PassphraseTooShort("store.passphrase_blank")


class Vault:
    """An unlocked store file: its path, its header, its data key and its open descriptor."""

    def __init__(
        self, file: StoreFile, data_key: bytes, *, upgrade: HeaderV2 | None, lock: StoreLock | None
    ) -> None:
        self.path = file.path
        """Where the store lives."""
        self.read_only = not file.writable
        """Opened without the right to write: every write raises `StoreReadOnly`."""
        self._data_key = data_key
        self._lock = lock
        self._upgrade = upgrade
        self._take(file)
        self.dropped_bytes = file.frames.torn if file.frames else 0
        """Bytes of a broken-off append dropped when the file was opened (cut off before
        the next append)."""

    def __repr__(self) -> str:
        return "Vault(…)"

    def _take(self, file: StoreFile) -> None:
        """Work on `file` from now on (after opening, a reload or a rewrite)."""
        self._file = file
        self._header = file.header
        self._identity = FileIdentity.of(os.fstat(file.fd))

    # -- opening --------------------------------------------------------------------------

    @classmethod
    def create(
        cls,
        path: Path,
        passphrase: str,
        body: bytes,
        *,
        store_id: bytes,
        kdf: KdfParams = DEFAULT_KDF,
        demo: bool = False,
        recovery_key: RecoveryKey | None = None,
        lock: StoreLock | None = None,
    ) -> Vault:
        """Write a new store at `path` (generation 1, empty journal); refuses to overwrite."""
        check_new_passphrase(passphrase, demo=demo)
        if os.path.lexists(path):
            raise StoreExists(path=str(path))
        ensure_folder(path.parent)
        data_key, salt = envelope.new_data_key(), os.urandom(16)
        kek = envelope.derive_key(passphrase, kdf, salt)
        draft = header.new_header(
            kek,
            data_key,
            kdf,
            salt,
            store_id=store_id,
            flags=FLAG_DEMO if demo else 0,
            recovery_key=recovery_key,
        )
        sealed, head, snapshot = header.seal_snapshot(draft, data_key, body)
        fd = replace_atomically(path, head, snapshot)
        return cls(_fresh_file(path, fd, sealed, snapshot), data_key, upgrade=None, lock=lock)

    @classmethod
    def unlock(
        cls,
        path: Path,
        passphrase: str,
        progress: Callable[[str], None] | None = None,
        *,
        read_only: bool = False,
        lock: StoreLock | None = None,
    ) -> tuple[Vault, Contents]:
        """Open the store at `path` with its passphrase; returns the vault and what it holds."""
        file = reading.open_store_file(path, writable=not read_only)
        try:
            if progress:
                progress("derive")
            data_key, upgrade = reading.unwrap_with_passphrase(file.header, passphrase)
            if progress:
                progress("decrypt")
            contents = reading.decrypt(file, data_key)
        except BaseException:
            os.close(file.fd)
            raise
        return cls(file, data_key, upgrade=upgrade, lock=lock), contents

    @classmethod
    def unlock_with_recovery_key(
        cls, path: Path, key: RecoveryKey, *, read_only: bool = False, lock: StoreLock | None = None
    ) -> tuple[Vault, Contents]:
        """Open the store at `path` with its recovery key (`WrongRecoveryKeyOrCorrupt`)."""
        file = reading.open_store_file(path, writable=not read_only)
        try:
            data_key = reading.unwrap_with_recovery_key(file.header, key)
            contents = reading.decrypt(file, data_key)
        except BaseException:
            os.close(file.fd)
            raise
        return cls(file, data_key, upgrade=None, lock=lock), contents

    def reload(self) -> Contents:
        """Read the file at the path again (after `StoreChangedOnDisk`), with the data key this
        session holds: the store as it is on disk now."""
        self._check_open()
        if self._lock is not None:
            self._lock.ensure_held()
        file = reading.open_store_file(self.path, writable=not self.read_only)
        try:
            contents = reading.decrypt(file, self._data_key)
        except BaseException:
            os.close(file.fd)
            raise
        os.close(self._file.fd)
        self._upgrade = None
        self._take(file)
        self.dropped_bytes = file.frames.torn if file.frames else 0
        return contents

    def close(self) -> None:
        """Drop the data key and the descriptor: this vault can no longer save. Idempotent."""
        self._data_key = b""
        if self._file.fd >= 0:
            os.close(self._file.fd)
            self._file = self._file.closed()

    # -- what it is -----------------------------------------------------------------------

    @property
    def is_demo(self) -> bool:
        return self._header.is_demo

    @property
    def kdf(self) -> KdfParams:
        return self._header.kdf

    @property
    def has_recovery_key(self) -> bool:
        return self._header.has_recovery_key

    @property
    def version(self) -> int:
        return self._header.version

    @property
    def journal_bytes(self) -> int:
        """Bytes of journal after the snapshot (0 for a version 1 file)."""
        if not isinstance(self._header, HeaderV2) or self._file.frames is None:
            return 0
        return self._file.frames.end - HEADER_LEN - self._header.snapshot_len

    def wants_compaction(self) -> bool:
        """The journal has passed its bound (docs/FORMAT.md, "Writing")."""
        if not isinstance(self._header, HeaderV2):
            return False
        journal_bytes, snapshot = self.journal_bytes, self._header.snapshot_len
        return journal_bytes > COMPACT_AFTER_BYTES or (
            journal_bytes > COMPACT_SMALL_STORE_BYTES and journal_bytes > snapshot // 4
        )

    def largest_record(self) -> int:
        """The largest record body that is appended; a larger change, and every change to a
        version 1 file, is written as a rewrite."""
        if not isinstance(self._header, HeaderV2) or self._file.frames is None:
            return -1
        return min(journal.MAX_RECORD, COMPACT_AFTER_BYTES) - envelope.TAG_LEN

    def check_passphrase(self, passphrase: str) -> bool:
        """True when `passphrase` opens this store (slow: runs the KDF)."""
        self._check_open()
        try:
            key, _ = reading.unwrap_with_passphrase(self._header, passphrase)
        except WrongPassphraseOrCorrupt:
            return False
        return hmac.compare_digest(key, self._data_key)

    # -- writing --------------------------------------------------------------------------

    def append(self, body: bytes) -> None:
        """Append one record and fsync it; on failure the file is cut back to where it was
        (`StoreWriteFailed`). Only after this returns does the change count as saved."""
        self._before_write()
        current = self._header
        frames = self._file.frames
        assert isinstance(current, HeaderV2) and frames is not None
        position = self._file.position
        assert position is not None
        frame, tag = journal.seal_record(self._data_key, position, body)
        fd, end = self._file.fd, frames.end
        try:
            if frames.torn:  # what a broken-off append left goes first
                os.ftruncate(fd, end)
            write_all(fd, frame, end)
            os.fsync(fd)
        except OSError as exc:
            with contextlib.suppress(OSError):
                os.ftruncate(fd, end)
                os.fsync(fd)
            with contextlib.suppress(OSError):
                self._identity = FileIdentity.of(os.fstat(fd))
            raise write_failed(exc) from None
        self._file = self._file.appended(len(frame), position.after(tag))
        self._identity = FileIdentity.of(os.fstat(fd))

    def rewrite(self, body: bytes | bytearray, *, next_header: HeaderV2 | None = None) -> None:
        """Write the whole file anew (generation + 1, `body` as the snapshot, empty journal):
        temp file, fsync, rename over the store, fsync of the folder. A kill at any moment
        leaves the old file or the new one; on failure the old one stays (`StoreWriteFailed`).
        A `bytearray` body is sealed in place."""
        self._before_write()
        base = next_header or self.next_header()
        sealed, head, snapshot = header.seal_snapshot(base, self._data_key, body)
        fd = replace_atomically(self.path, head, snapshot)
        os.close(self._file.fd)
        self._upgrade = None
        self._take(_fresh_file(self.path, fd, sealed, snapshot))

    def with_new_passphrase(
        self, base: HeaderV2, passphrase: str, *, kdf: KdfParams | None = None
    ) -> HeaderV2:
        """`base` with a passphrase slot for `passphrase` (slow: runs the KDF; writes
        nothing); a demo store stops being one."""
        check_new_passphrase(passphrase, demo=False)
        self._check_open()
        kdf = kdf or base.kdf
        salt = os.urandom(16)
        kek = envelope.derive_key(passphrase, kdf, salt)
        changed = header.with_passphrase_slot(base, kek, self._data_key, kdf, salt)
        return changed._replace(flags=changed.flags & ~FLAG_DEMO)

    def with_recovery_key(self, base: HeaderV2, key: RecoveryKey | None) -> HeaderV2:
        """`base` with a recovery slot for `key`, or without one (writes nothing)."""
        self._check_open()
        return header.with_recovery_slot(base, key, self._data_key)

    # -- copies of this store (backups) ---------------------------------------------------

    def write_copy(self, path: Path, body: bytes | memoryview | bytearray) -> None:
        """Write `body` as a complete store file at `path` (a backup): this store's id and
        current key slots, an empty journal; atomic, 0600. Writes over `path` (the caller
        picks a new name, or re-seals a backup of this store). A `bytearray` body is sealed
        in place (it holds the ciphertext afterwards)."""
        self._check_open()
        _, head, snapshot = header.seal_snapshot(self.next_header(), self._data_key, body)
        os.close(replace_atomically(path, head, snapshot))

    def copy_file(self, path: Path) -> bool:
        """Copy the store file as it is on disk to `path` (a backup; `sealed_copy.py`): its
        header, snapshot and complete records, every byte checked on the way. False, and
        nothing written, for a version 1 file: a backup is a version 2 file."""
        self._check_open()
        if self._upgrade is not None or not isinstance(self._header, HeaderV2):
            return False
        self.check_unchanged()
        sealed_copy.copy_sealed_file(self._file, self._data_key, path)
        return True

    def read_copy(self, path: Path) -> Contents:
        """What the store file at `path` holds, decrypted with this store's data key: a
        backup of this store (`StoreCorrupt` when it is damaged, `UnsupportedFormat` when it
        is not a version 2 file of this store)."""
        self._check_open()
        with reading.opened(path, writable=False) as file:
            if not isinstance(file.header, HeaderV2) or not self.is_copy(file.header):
                raise UnsupportedFormat("backup.other_store")
            return reading.decrypt(file, self._data_key)

    def is_copy(self, other: HeaderV2) -> bool:
        """`other` is the header of a file of this store (the same store id)."""
        return hmac.compare_digest(other.store_id, self.next_header().store_id)

    def has_current_slots(self, other: HeaderV2) -> bool:
        """`other` opens with this store's passphrase and recovery key, and no other: its
        key slots are this store's."""
        mine = self.next_header()
        return (other.flags, other.kdf, other.salt, other.wrap_nonce, other.passphrase_slot) == (
            mine.flags,
            mine.kdf,
            mine.salt,
            mine.wrap_nonce,
            mine.passphrase_slot,
        ) and (other.recovery_salt, other.recovery_nonce, other.recovery_slot) == (
            mine.recovery_salt,
            mine.recovery_nonce,
            mine.recovery_slot,
        )

    def next_header(self) -> HeaderV2:
        """The header the next rewrite starts from (made at unlock for a version 1 file)."""
        current = self._upgrade or self._header
        if not isinstance(current, HeaderV2):
            raise StoreReadOnly()  # a version 1 file opened without its passphrase: never
        return current

    def _before_write(self) -> None:
        self._check_open()
        if self.read_only:
            raise StoreReadOnly()
        if self._lock is not None:
            self._lock.ensure_held()
        self.check_unchanged()

    def check_unchanged(self) -> None:
        """Raise `StoreChangedOnDisk` when the file at the path, or the one this session
        holds, is not the one it read or last wrote: device, inode, size, modification time
        and generation."""
        try:
            at_path = FileIdentity.of(os.stat(self.path, follow_symlinks=False))
            held = FileIdentity.of(os.fstat(self._file.fd))
            generation = reading.generation_of(self._file)
        except (OSError, StoreCorrupt):
            raise StoreChangedOnDisk() from None
        if not at_path == held == self._identity or generation != _generation(self._header):
            raise StoreChangedOnDisk()

    def _check_open(self) -> None:
        if not self._data_key:
            raise StoreClosed()


def _generation(current: envelope.Header | HeaderV2) -> int | None:
    return current.generation if isinstance(current, HeaderV2) else None


def _fresh_file(path: Path, fd: int, sealed: HeaderV2, snapshot: bytes | bytearray) -> StoreFile:
    """A file just written whole: a header, a snapshot and an empty journal."""
    size = HEADER_LEN + len(snapshot)
    tag = bytes(snapshot[-envelope.TAG_LEN :])
    start = journal.Position(sealed.store_id, sealed.generation, 0, tag)
    return StoreFile(path, fd, True, size, sealed, journal.Frames([], size, 0), start)
