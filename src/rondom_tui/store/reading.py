"""Reading a store file with its keys: the data key from a slot, then the snapshot and the
journal decrypted. Opening the file and checking its header and sizes, before any key, is
`store_file`'s (no cryptography there: the unlock screen does it before its first frame).
Nothing here writes.
"""

from __future__ import annotations

import os
from dataclasses import dataclass

from rondom_tui.store import envelope, header, journal
from rondom_tui.store.envelope import Header
from rondom_tui.store.errors import WrongRecoveryKeyOrCorrupt
from rondom_tui.store.files import read_into
from rondom_tui.store.header import HEADER_LEN, HeaderV2
from rondom_tui.store.recovery import RecoveryKey
from rondom_tui.store.store_file import StoreFile, generation_of, open_store_file, opened

__all__ = [
    "Contents",
    "StoreFile",
    "decrypt",
    "generation_of",
    "open_store_file",
    "opened",
    "unwrap_with_passphrase",
    "unwrap_with_recovery_key",
]


@dataclass(frozen=True, slots=True)
class Contents:
    """What a store file holds, decrypted: the snapshot's body and the journal's records."""

    snapshot: bytes | memoryview
    """A view of the buffer it was decrypted in, for a version 2 file."""
    records: list[bytes]

    def __repr__(self) -> str:
        return f"Contents(records={len(self.records)})"


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
