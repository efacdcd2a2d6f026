"""What every store file version shares (magic, version, the Argon2id key derivation), and
format version 1, which is still read but never written (docs/FORMAT.md).

    v1: magic "RONDOMST" | version u16 | flags u16 | kdf id u8 | t u32 | m KiB u32 | p u32
        | salt 16 | wrap nonce 12 | wrapped data key 48 | body nonce 12 | body (AES-256-GCM)

A random 256-bit data key encrypts the body; the data key itself is wrapped with AES-256-GCM
under a key derived from the passphrase with Argon2id. The slow KDF runs once per unlock
(`derive_key`), never per save. Version 2 (`header.py`, `journal.py`) keeps the data key and
the KDF; the first write after opening a version 1 file rewrites it as version 2.
"""

from __future__ import annotations

import struct
import unicodedata
from dataclasses import dataclass

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

from rondom_tui.store.errors import StoreCorrupt, UnsupportedFormat, WrongPassphraseOrCorrupt

MAGIC = b"RONDOMST"
KDF_ARGON2ID = 1
FLAG_DEMO = 0x0001
TAG_LEN = 16
NONCE_LEN = 12

_VERSION = struct.Struct(">8sH")
_PREFIX = struct.Struct(">8sHHBIII16s12s")  # v1, up to and including the wrap nonce
_WRAPPED_LEN = 32 + TAG_LEN
HEADER_LEN = _PREFIX.size + _WRAPPED_LEN + NONCE_LEN
"""The length of a version 1 header (113 bytes)."""

# Accepted KDF parameters. A crafted file must not make us allocate gigabytes or spin for
# minutes before the passphrase is even checked.
T_RANGE = (1, 16)
M_RANGE_KIB = (8 * 1024, 1024 * 1024)
P_RANGE = (1, 16)


@dataclass(frozen=True, slots=True)
class KdfParams:
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


def normalise_passphrase(passphrase: str) -> bytes:
    """The bytes a passphrase stands for (NFC, UTF-8), so the same typed text always works."""
    return unicodedata.normalize("NFC", passphrase).encode("utf-8")


def derive_key(passphrase: str, kdf: KdfParams, salt: bytes) -> bytes:
    """The key-encryption key. Slow on purpose."""
    kdf.check()
    return Argon2id(
        salt=salt, length=32, iterations=kdf.t, lanes=kdf.p, memory_cost=kdf.m_kib
    ).derive(normalise_passphrase(passphrase))


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


@dataclass(frozen=True, slots=True)
class Header:
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
        return _PREFIX.pack(
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
    if len(blob) < _PREFIX.size:
        raise StoreCorrupt("store.truncated")
    _magic, version, flags, kdf_id, t, m_kib, p, salt, wrap_nonce = _PREFIX.unpack_from(blob)
    if size < HEADER_LEN + TAG_LEN or len(blob) < HEADER_LEN:
        raise StoreCorrupt("store.truncated")
    if kdf_id != KDF_ARGON2ID:
        raise StoreCorrupt("store.kdf_unknown")
    kdf = KdfParams(t=t, m_kib=m_kib, p=p)
    kdf.check()
    offset = _PREFIX.size
    wrapped = blob[offset : offset + _WRAPPED_LEN]
    body_nonce = blob[offset + _WRAPPED_LEN : HEADER_LEN]
    return Header(version, flags, kdf, salt, wrap_nonce, wrapped, body_nonce)


def unwrap_data_key(header: Header, kek: bytes) -> bytes:
    """The data key of a version 1 file, or `WrongPassphraseOrCorrupt`."""
    try:
        return AESGCM(kek).decrypt(header.wrap_nonce, header.wrapped_key, header.prefix_bytes())
    except InvalidTag:
        raise WrongPassphraseOrCorrupt() from None


def open_body(blob: bytes, header: Header, data_key: bytes) -> bytes:
    """The decrypted body of a whole version 1 file, or `StoreCorrupt` when any byte changed."""
    try:
        return AESGCM(data_key).decrypt(header.body_nonce, blob[HEADER_LEN:], blob[:HEADER_LEN])
    except InvalidTag:
        raise StoreCorrupt("store.body_altered") from None


def new_data_key() -> bytes:
    """A fresh random data key (256 bits)."""
    return AESGCM.generate_key(bit_length=256)
