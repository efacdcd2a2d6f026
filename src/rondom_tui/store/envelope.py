"""The encrypted envelope of a store file (format v1, see docs/FORMAT.md).

    magic "RONDOMST" | version u16 | flags u16 | kdf id u8 | t u32 | m KiB u32 | p u32
    | salt 16 | wrap nonce 12 | wrapped data key 48 | body nonce 12 | body (AES-256-GCM)

A random 256-bit data key encrypts the body; the data key itself is wrapped with AES-256-GCM
under a key derived from the passphrase with Argon2id. The wrap authenticates everything
before the wrap nonce; the body authenticates the whole header, so no header byte can be
changed unnoticed. Every write uses a fresh body nonce. The slow KDF runs once per unlock
(`derive_key`), never per save.
"""

from __future__ import annotations

import os
import struct
import unicodedata
from dataclasses import dataclass, replace

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

from rondom_tui.store.errors import StoreCorrupt, UnsupportedFormat, WrongPassphraseOrCorrupt

MAGIC = b"RONDOMST"
VERSION = 1
KDF_ARGON2ID = 1
FLAG_DEMO = 0x0001

_PREFIX = struct.Struct(">8sHHBIII16s12s")  # up to and including the wrap nonce
_WRAPPED_LEN = 32 + 16
_NONCE_LEN = 12
HEADER_LEN = _PREFIX.size + _WRAPPED_LEN + _NONCE_LEN
_TAG_LEN = 16

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


@dataclass(frozen=True, slots=True)
class Header:
    """The parsed, not yet authenticated, header of a store file."""

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


def normalise_passphrase(passphrase: str) -> bytes:
    """The bytes a passphrase stands for (NFC, UTF-8), so the same typed text always works."""
    return unicodedata.normalize("NFC", passphrase).encode("utf-8")


def derive_key(passphrase: str, kdf: KdfParams, salt: bytes) -> bytes:
    """The key-encryption key. Slow on purpose."""
    kdf.check()
    return Argon2id(
        salt=salt, length=32, iterations=kdf.t, lanes=kdf.p, memory_cost=kdf.m_kib
    ).derive(normalise_passphrase(passphrase))


def parse_header(blob: bytes) -> Header:
    """Read the header; refuses files that are not stores, other versions, truncation."""
    if not blob:
        raise StoreCorrupt("store.empty")
    if len(blob) < len(MAGIC) or blob[: len(MAGIC)] != MAGIC:
        raise UnsupportedFormat("store.not_a_store")
    if len(blob) < _PREFIX.size:
        raise StoreCorrupt("store.truncated")
    _magic, version, flags, kdf_id, t, m_kib, p, salt, wrap_nonce = _PREFIX.unpack_from(blob)
    if version != VERSION:
        raise UnsupportedFormat("store.unsupported_version", version=version)
    if len(blob) < HEADER_LEN + _TAG_LEN:
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
    """The data key, or `WrongPassphraseOrCorrupt`."""
    try:
        return AESGCM(kek).decrypt(header.wrap_nonce, header.wrapped_key, header.prefix_bytes())
    except InvalidTag:
        raise WrongPassphraseOrCorrupt() from None


def new_header(kek: bytes, data_key: bytes, kdf: KdfParams, salt: bytes, *, flags: int) -> Header:
    """A header wrapping `data_key` under `kek` (the body nonce is set per write)."""
    wrap_nonce = os.urandom(_NONCE_LEN)
    draft = Header(VERSION, flags, kdf, salt, wrap_nonce, b"", b"")
    wrapped = AESGCM(kek).encrypt(wrap_nonce, data_key, draft.prefix_bytes())
    return replace(draft, wrapped_key=wrapped)


def seal(header: Header, data_key: bytes, plaintext: bytes) -> tuple[Header, bytes]:
    """The whole file for `plaintext`, with a fresh body nonce; returns the header used."""
    header = replace(header, body_nonce=os.urandom(_NONCE_LEN))
    head = header.to_bytes()
    return header, head + AESGCM(data_key).encrypt(header.body_nonce, plaintext, head)


def open_body(blob: bytes, header: Header, data_key: bytes) -> bytes:
    """The decrypted body, or `StoreCorrupt` when any byte was changed."""
    try:
        return AESGCM(data_key).decrypt(header.body_nonce, blob[HEADER_LEN:], blob[:HEADER_LEN])
    except InvalidTag:
        raise StoreCorrupt("store.body_altered") from None


def new_secrets() -> tuple[bytes, bytes]:
    """A fresh (data key, salt)."""
    return AESGCM.generate_key(bit_length=256), os.urandom(16)
