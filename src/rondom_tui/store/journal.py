"""The journal of a version 2 store: one encrypted record per committed change, appended after
the snapshot (docs/FORMAT.md, "Journal records").

    frame: L u32 | CRC-32 of those 4 bytes u32 | nonce 12 | AES-256-GCM(data key, body, AD)
    AD = "rondom journal v2" | store id | generation u64 | sequence u64 | previous tag

The associated data binds a record to its store, the file's generation, its position and the
record before it, so a record flipped, reordered, dropped from the middle, replayed or taken
from another file fails its tag. The CRC of the length tells a damaged length (refused) from
an append that a kill or power cut broke off (dropped and reported). The frames are found
in `layout` (lengths only, no cryptography: the unlock screen checks them before its first
frame).
"""

from __future__ import annotations

import os
import struct
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import msgspec
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from rondom_tui.store.errors import StoreCorrupt
from rondom_tui.store.layout import (
    FRAME_HEAD,
    MAX_RECORD,
    MAX_TORN,
    MIN_RECORD,
    NONCE_LEN,
    TAG_LEN,
    Frames,
    find_frames,
    frame_head,
)

__all__ = [
    "FRAME_HEAD",
    "MAX_RECORD",
    "MAX_TORN",
    "MIN_RECORD",
    "Frames",
    "Op",
    "Position",
    "Record",
    "decode_ops",
    "encode_ops",
    "find_frames",
    "open_records",
    "seal_record",
]

_AD_LABEL = b"rondom journal v2"
_AD = struct.Struct(">16sQQ16s")


@dataclass(frozen=True, slots=True)
class Position:
    """Where the next record goes: what its associated data binds it to."""

    store_id: bytes
    generation: int
    sequence: int
    previous_tag: bytes

    def associated_data(self) -> bytes:
        return _AD_LABEL + _AD.pack(
            self.store_id, self.generation, self.sequence, self.previous_tag
        )

    def after(self, tag: bytes) -> Position:
        return Position(self.store_id, self.generation, self.sequence + 1, tag)


def seal_record(data_key: bytes, at: Position, body: bytes) -> tuple[bytes, bytes]:
    """The frame to append for `body` at `at`, and its tag (the next record's `previous_tag`)."""
    nonce = os.urandom(NONCE_LEN)
    sealed = AESGCM(data_key).encrypt(nonce, body, at.associated_data())
    if len(sealed) > MAX_RECORD:
        raise ValueError("a record this large is written as a rewrite")
    return frame_head(len(sealed)) + nonce + sealed, sealed[-TAG_LEN:]


def open_records(
    data_key: bytes,
    at: Position,
    read_at: Callable[[int, int], bytes],
    spans: list[tuple[int, int]],
) -> tuple[list[bytes], Position]:
    """The plaintext of every record in order, and the position after the last one; raises
    `StoreCorrupt("store.journal_altered")` for any record that fails its tag."""
    aead = AESGCM(data_key)
    bodies = []
    for offset, length in spans:
        frame = read_at(offset - NONCE_LEN, NONCE_LEN + length)
        try:
            bodies.append(aead.decrypt(frame[:NONCE_LEN], frame[NONCE_LEN:], at.associated_data()))
        except InvalidTag:
            raise StoreCorrupt("store.journal_altered") from None
        at = at.after(frame[-TAG_LEN:])
    return bodies, at


# -- what a record holds ----------------------------------------------------------------------


class Op(msgspec.Struct, forbid_unknown_fields=True):
    """Put the whole document `doc` under `id` in `table`, or remove it (`doc` None)."""

    table: str
    id: str
    doc: dict[str, Any] | None


class Record(msgspec.Struct, forbid_unknown_fields=True):
    ops: list[Op]


_decoder = msgspec.json.Decoder(Record)
_encoder = msgspec.json.Encoder()


def encode_ops(
    ops: list[tuple[str, str, dict[str, Any] | msgspec.Raw | None]], limit: int
) -> bytes | None:
    """A record body, `{"ops": [{"table", "id", "doc"}, ...]}` as UTF-8 JSON, or None as soon
    as it would pass `limit` bytes (such a change is written as a rewrite: encoding it whole
    first would be wasted)."""
    parts = []
    size = 0
    for table, ident, doc in ops:
        part = _encoder.encode({"table": table, "id": ident, "doc": doc})
        size += len(part) + 1
        if size > limit:
            return None
        parts.append(part)
    return b'{"ops":[' + b",".join(parts) + b"]}"


def decode_ops(body: bytes) -> list[Op]:
    """The ops of a record body; an authentic record that is not one is damage all the same."""
    try:
        return _decoder.decode(body).ops
    except (msgspec.DecodeError, msgspec.ValidationError, RecursionError):
        raise StoreCorrupt("store.body_unreadable") from None
