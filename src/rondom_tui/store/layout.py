"""What a store file says before any key is known, read with `struct` alone (docs/FORMAT.md):
the fields of both header versions and the lengths of the journal's frames.

The unlock screen checks a store's header before its first frame (a missing, foreign,
damaged or too large file is told at once, and a demo store shows its passphrase), so this
module imports neither the cipher nor the record decoder: `envelope`, `header` and `journal`
add the cryptography to these layouts, and are loaded while the passphrase is typed.
`tests/unit/test_start_imports.py` checks that the unlock screen appears without them.

    v1: magic "RONDOMST" | version u16 | flags u16 | kdf id u8 | t u32 | m KiB u32 | p u32
        | salt 16 | wrap nonce 12 | wrapped data key 48 | body nonce 12 | body
    v2: magic | version 2 | flags | kdf id | t m p | salt | wrap nonce | passphrase slot
        | recovery salt | recovery nonce | recovery slot | store id | generation
        | snapshot nonce | snapshot length S | snapshot | journal frames
    frame: L u32 | CRC-32 of those 4 bytes u32 | nonce 12 | L bytes of ciphertext
"""

from __future__ import annotations

import struct
import zlib
from collections.abc import Callable
from typing import NamedTuple

from rondom_tui.store.errors import StoreCorrupt, UnsupportedFormat

# The value types here are NamedTuples, not frozen dataclasses: they are made at every start,
# before the unlock screen's first frame, and a frozen dataclass costs about 0.4 ms to create
# (its methods are generated and compiled), a NamedTuple about 0.06 ms. `_replace` stands in
# for `dataclasses.replace`.

MAGIC = b"RONDOMST"
KDF_ARGON2ID = 1
FLAG_DEMO = 0x0001
TAG_LEN = 16
NONCE_LEN = 12
DEMO_PASSPHRASE = "demo"
"""The passphrase of every demo store (`FLAG_DEMO`): the unlock screen says it."""

_VERSION = struct.Struct(">8sH")
V1_PREFIX = struct.Struct(">8sHHBIII16s12s")  # v1, up to and including the wrap nonce
V1_WRAPPED_LEN = 32 + TAG_LEN
V1_HEADER_LEN = V1_PREFIX.size + V1_WRAPPED_LEN + NONCE_LEN
"""The length of a version 1 header (113 bytes)."""

VERSION = 2
FLAG_RECOVERY = 0x0002
KNOWN_FLAGS = FLAG_DEMO | FLAG_RECOVERY
_LAYOUT = struct.Struct(">8sHHBIII16s12s48s16s12s48s16sQ12sQ")
HEADER_LEN = _LAYOUT.size
"""The length of a version 2 header (221 bytes)."""
MAX_FILE_BYTES = 2 * 1024**3
"""A file over 2 GiB is refused unread."""

# Accepted KDF parameters. A crafted file must not make us allocate gigabytes or spin for
# minutes before the passphrase is even checked.
T_RANGE = (1, 16)
M_RANGE_KIB = (8 * 1024, 1024 * 1024)
P_RANGE = (1, 16)


class KdfParams(NamedTuple):
    """Argon2id cost parameters."""

    t: int = 3
    """Iterations."""
    m_kib: int = 64 * 1024
    """Memory in KiB."""
    p: int = 4
    """Lanes."""

    def check(self) -> None:
        """Refuse parameters outside the accepted ranges (as a corrupt file would have)."""
        ok = (
            T_RANGE[0] <= self.t <= T_RANGE[1]
            and M_RANGE_KIB[0] <= self.m_kib <= M_RANGE_KIB[1]
            and P_RANGE[0] <= self.p <= P_RANGE[1]
            and self.m_kib >= 8 * self.p
        )
        if not ok:
            raise StoreCorrupt("store.kdf_out_of_range")


DEFAULT_KDF = KdfParams()
FAST_KDF = KdfParams(t=1, m_kib=8 * 1024, p=1)
"""Cheapest accepted parameters: for tests and benchmarks, never for real stores."""


def read_version(blob: bytes) -> int:
    """The format version of a file starting with `blob`; refuses what is no store at all."""
    if not blob:
        raise StoreCorrupt("store.empty")
    if len(blob) < len(MAGIC) or blob[: len(MAGIC)] != MAGIC:
        raise UnsupportedFormat("store.not_a_store")
    if len(blob) < _VERSION.size:
        raise StoreCorrupt("store.truncated")
    version: int = _VERSION.unpack_from(blob)[1]
    return version


# -- version 1: read only -------------------------------------------------------------------


class Header(NamedTuple):
    """The parsed, not yet authenticated, header of a version 1 store file."""

    version: int
    flags: int
    kdf: KdfParams
    salt: bytes
    wrap_nonce: bytes
    wrapped_key: bytes
    body_nonce: bytes

    @property
    def is_demo(self) -> bool:
        return bool(self.flags & FLAG_DEMO)

    @property
    def has_recovery_key(self) -> bool:
        return False

    def prefix_bytes(self) -> bytes:
        return V1_PREFIX.pack(
            MAGIC,
            self.version,
            self.flags,
            KDF_ARGON2ID,
            self.kdf.t,
            self.kdf.m_kib,
            self.kdf.p,
            self.salt,
            self.wrap_nonce,
        )

    def to_bytes(self) -> bytes:
        return self.prefix_bytes() + self.wrapped_key + self.body_nonce


def parse_v1_header(blob: bytes, file_size: int | None = None) -> Header:
    """Read a version 1 header from the first bytes of a file of `file_size` bytes."""
    size = len(blob) if file_size is None else file_size
    if len(blob) < V1_PREFIX.size:
        raise StoreCorrupt("store.truncated")
    _magic, version, flags, kdf_id, t, m_kib, p, salt, wrap_nonce = V1_PREFIX.unpack_from(blob)
    if size < V1_HEADER_LEN + TAG_LEN or len(blob) < V1_HEADER_LEN:
        raise StoreCorrupt("store.truncated")
    if kdf_id != KDF_ARGON2ID:
        raise StoreCorrupt("store.kdf_unknown")
    kdf = KdfParams(t=t, m_kib=m_kib, p=p)
    kdf.check()
    offset = V1_PREFIX.size
    wrapped = blob[offset : offset + V1_WRAPPED_LEN]
    body_nonce = blob[offset + V1_WRAPPED_LEN : V1_HEADER_LEN]
    return Header(version, flags, kdf, salt, wrap_nonce, wrapped, body_nonce)


# -- version 2 -------------------------------------------------------------------------------


class HeaderV2(NamedTuple):
    """The parsed, not yet authenticated, header of a version 2 store file."""

    flags: int
    kdf: KdfParams
    salt: bytes
    wrap_nonce: bytes
    passphrase_slot: bytes
    recovery_salt: bytes
    recovery_nonce: bytes
    recovery_slot: bytes
    store_id: bytes
    generation: int
    snapshot_nonce: bytes
    snapshot_len: int

    @property
    def version(self) -> int:
        return VERSION

    @property
    def is_demo(self) -> bool:
        return bool(self.flags & FLAG_DEMO)

    @property
    def has_recovery_key(self) -> bool:
        return bool(self.flags & FLAG_RECOVERY)

    def to_bytes(self) -> bytes:
        return _LAYOUT.pack(
            MAGIC,
            VERSION,
            self.flags,
            KDF_ARGON2ID,
            self.kdf.t,
            self.kdf.m_kib,
            self.kdf.p,
            self.salt,
            self.wrap_nonce,
            self.passphrase_slot,
            self.recovery_salt,
            self.recovery_nonce,
            self.recovery_slot,
            self.store_id,
            self.generation,
            self.snapshot_nonce,
            self.snapshot_len,
        )


def parse_header(blob: bytes, file_size: int | None = None) -> Header | HeaderV2:
    """The header at the start of a file of `file_size` bytes (`blob` holds at least its first
    221 bytes, or the whole file when it is shorter), checked but not yet authenticated."""
    size = len(blob) if file_size is None else file_size
    version = read_version(blob)
    if size > MAX_FILE_BYTES:
        raise StoreCorrupt("store.too_large")
    if version == 1:
        return parse_v1_header(blob, size)
    if version != VERSION:
        raise UnsupportedFormat("store.unsupported_version", version=version)
    if len(blob) < HEADER_LEN:
        raise StoreCorrupt("store.truncated")
    fields = _LAYOUT.unpack_from(blob)
    flags, kdf_id, t, m_kib, p = fields[2:7]
    if flags & ~KNOWN_FLAGS:
        raise StoreCorrupt("store.flags_unknown")
    if kdf_id != KDF_ARGON2ID:
        raise StoreCorrupt("store.kdf_unknown")
    kdf = KdfParams(t=t, m_kib=m_kib, p=p)
    kdf.check()
    header = HeaderV2(flags, kdf, *fields[7:])
    if header.snapshot_len < TAG_LEN:
        raise StoreCorrupt("store.body_altered")
    if header.snapshot_len > size - HEADER_LEN:
        raise StoreCorrupt("store.truncated")
    return header


# -- the journal's frames --------------------------------------------------------------------

_LENGTH = struct.Struct(">II")
FRAME_HEAD = _LENGTH.size + NONCE_LEN
MIN_RECORD = TAG_LEN
MAX_RECORD = 64 * 1024**2
"""Largest record ciphertext; a larger change is written as a rewrite instead."""
MAX_TORN = FRAME_HEAD + MAX_RECORD
"""No broken-off append leaves more bytes than this after the last complete record."""


def frame_head(length: int) -> bytes:
    """The first 8 bytes of a frame whose ciphertext is `length` bytes: the length, its CRC."""
    return _LENGTH.pack(length, zlib.crc32(length.to_bytes(4, "big")))


class Frames(NamedTuple):
    """The complete records found between the snapshot and the end of the file."""

    spans: list[tuple[int, int]]
    """(offset, length) of each record's ciphertext, in order."""
    end: int
    """Where the last complete record ends: the next append goes here."""
    torn: int
    """Bytes after `end` that a broken-off append left (dropped)."""


def find_frames(read_at: Callable[[int, int], bytes], start: int, file_size: int) -> Frames:
    """Walk the frames from `start` reading only their 8-byte lengths, so that sizes are
    checked before anything is read or decrypted; raises `StoreCorrupt` for a length that
    fails its CRC (`store.journal_altered`) or more trailing bytes than any append could have
    left behind (`store.journal_tail`)."""
    spans: list[tuple[int, int]] = []
    offset = start
    while offset < file_size:
        left = file_size - offset
        if left < _LENGTH.size:
            return _tail(read_at, spans, offset, left)
        length, check = _LENGTH.unpack(read_at(offset, _LENGTH.size))
        if check != zlib.crc32(length.to_bytes(4, "big")) or not (
            MIN_RECORD <= length <= MAX_RECORD
        ):
            return _tail(read_at, spans, offset, left, damaged=True)
        if FRAME_HEAD + length > left:
            return _tail(read_at, spans, offset, left)
        spans.append((offset + FRAME_HEAD, length))
        offset += FRAME_HEAD + length
    return Frames(spans, offset, 0)


def _tail(
    read_at: Callable[[int, int], bytes],
    spans: list[tuple[int, int]],
    offset: int,
    left: int,
    *,
    damaged: bool = False,
) -> Frames:
    """The bytes from `offset` on are no complete record: a broken-off append (a prefix of a
    frame, or zeros where a power cut left the file longer than what reached the disk), or
    damage."""
    if left > MAX_TORN:
        raise StoreCorrupt("store.journal_tail")
    if damaged and read_at(offset, left).count(0) != left:
        raise StoreCorrupt("store.journal_altered")
    return Frames(spans, offset, left)
