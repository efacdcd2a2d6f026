"""Reading a version 2 store file in tests: where its snapshot ends and its records lie
(docs/FORMAT.md), so a test can flip, cut, swap or drop exactly one part."""

from __future__ import annotations

from rondom_tui.store import journal
from rondom_tui.store.header import HEADER_LEN

SNAPSHOT_NONCE_AT = 201
SNAPSHOT_LENGTH_AT = 213


def snapshot_end(data: bytes) -> int:
    """Where the journal starts."""
    return HEADER_LEN + int.from_bytes(data[SNAPSHOT_LENGTH_AT : SNAPSHOT_LENGTH_AT + 8], "big")


def frames(data: bytes) -> list[tuple[int, int]]:
    """(start, end) of every complete record frame (length, check, nonce and ciphertext)."""
    found = journal.find_frames(
        lambda at, size: data[at : at + size], snapshot_end(data), len(data)
    )
    return [(offset - journal.FRAME_HEAD, offset + length) for offset, length in found.spans]


def record_spans(data: bytes) -> list[tuple[int, int]]:
    """(offset, length) of every complete record's ciphertext."""
    found = journal.find_frames(
        lambda at, size: data[at : at + size], snapshot_end(data), len(data)
    )
    return found.spans
