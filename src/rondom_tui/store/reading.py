"""Reading a store file safely: a regular file only, the header first, every size checked
against `fstat` before more is read, then the keys, then the snapshot and the journal.

A FIFO, a device, a folder or a link is refused at once (`StoreNotAFile`); a file over 2 GiB,
or one whose journal ends in more bytes than a broken-off append could leave, is refused
before the passphrase is even used. Nothing here writes.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from rondom_tui.store import envelope, header, journal
from rondom_tui.store.envelope import Header
from rondom_tui.store.errors import WrongRecoveryKeyOrCorrupt
from rondom_tui.store.files import open_regular, read_at, read_into
from rondom_tui.store.header import HEADER_LEN, HeaderV2
from rondom_tui.store.recovery import RecoveryKey

_GENERATION_AT = 193


@dataclass(slots=True)
class StoreFile:
    """An open store file and what its sizes say, before or after decryption."""

    path: Path
    fd: int
    """Read-write when `writable`, else read-only; -1 once closed."""
    writable: bool
    size: int
    header: Header | HeaderV2
    frames: journal.Frames | None
    """The journal's complete records (version 2 only)."""
    position: journal.Position | None = None
    """Where the next record goes; known once the journal was decrypted (version 2 only)."""

    def read(self, offset: int, size: int) -> bytes:
        return read_at(self.fd, offset, size)

    def appended(self, length: int, position: journal.Position) -> StoreFile:
        """This file after a record of `length` bytes was appended."""
        assert self.frames is not None
        self.frames = journal.Frames([], self.frames.end + length, 0)
        self.size = self.frames.end
        self.position = position
        return self

    def closed(self) -> StoreFile:
        self.fd = -1
        return self


@dataclass(frozen=True, slots=True)
class Contents:
    """What a store file holds, decrypted: the snapshot's body and the journal's records."""

    snapshot: bytes | memoryview
    """A view of the buffer it was decrypted in, for a version 2 file."""
    records: list[bytes]

    def __repr__(self) -> str:
        return f"Contents(records={len(self.records)})"


def open_store_file(path: Path, *, writable: bool) -> StoreFile:
    """The store file at `path`, its header parsed and its journal's frames found."""
    fd = open_regular(path, writable=writable)
    try:
        size = os.fstat(fd).st_size
        head = read_at(fd, 0, min(size, HEADER_LEN))
        parsed = header.parse_header(head, size)
        frames = None
        if isinstance(parsed, HeaderV2):
            frames = journal.find_frames(
                lambda offset, length: read_at(fd, offset, length),
                HEADER_LEN + parsed.snapshot_len,
                size,
            )
    except BaseException:
        os.close(fd)
        raise
    return StoreFile(path, fd, writable, size, parsed, frames)


@contextmanager
def opened(path: Path, *, writable: bool) -> Iterator[StoreFile]:
    file = open_store_file(path, writable=writable)
    try:
        yield file
    finally:
        os.close(file.fd)


def unwrap_with_passphrase(
    current: Header | HeaderV2, passphrase: str
) -> tuple[bytes, HeaderV2 | None]:
    """The data key (slow: runs the KDF) and, for a version 1 file, the version 2 header its
    first write will have: the passphrase slot is made while the KEK is at hand."""
    kek = envelope.derive_key(passphrase, current.kdf, current.salt)
    if isinstance(current, HeaderV2):
        return header.unwrap_with_passphrase(current, kek), None
    data_key = envelope.unwrap_data_key(current, kek)
    upgrade = header.new_header(
        kek, data_key, current.kdf, current.salt, store_id=os.urandom(16), flags=current.flags
    )
    return data_key, upgrade


def unwrap_with_recovery_key(current: Header | HeaderV2, key: RecoveryKey) -> bytes:
    """The data key from the recovery slot (a version 1 file has none)."""
    if not isinstance(current, HeaderV2):
        raise WrongRecoveryKeyOrCorrupt()
    return header.unwrap_with_recovery_key(current, key)


def decrypt(file: StoreFile, data_key: bytes) -> Contents:
    """The snapshot and every complete record; `StoreCorrupt` when any was altered."""
    current = file.header
    if not isinstance(current, HeaderV2):
        return Contents(envelope.open_body(file.read(0, file.size), current, data_key), [])
    assert file.frames is not None
    sealed = read_into(file.fd, HEADER_LEN, current.snapshot_len)
    tag = bytes(sealed[-envelope.TAG_LEN :])
    snapshot = header.open_snapshot_in_place(current, data_key, sealed)
    start = journal.Position(current.store_id, current.generation, 0, tag)
    records, file.position = journal.open_records(data_key, start, file.read, file.frames.spans)
    return Contents(snapshot, records)


def generation_of(file: StoreFile) -> int | None:
    """The generation the file's header says now (version 2), read from its descriptor."""
    if not isinstance(file.header, HeaderV2):
        return None
    return int.from_bytes(file.read(_GENERATION_AT, 8), "big")
