"""What every store file version shares (magic, version, the Argon2id key derivation), and
format version 1, which is still read but never written (docs/FORMAT.md).

    v1: magic "RONDOMST" | version u16 | flags u16 | kdf id u8 | t u32 | m KiB u32 | p u32
        | salt 16 | wrap nonce 12 | wrapped data key 48 | body nonce 12 | body (AES-256-GCM)

A random 256-bit data key encrypts the body; the data key itself is wrapped with AES-256-GCM
under a key derived from the passphrase with Argon2id. The slow KDF runs once per unlock
(`derive_key`), never per save. Version 2 (`header.py`, `journal.py`) keeps the data key and
the KDF; the first write after opening a version 1 file rewrites it as version 2. The
headers themselves are read in `layout`, without the cryptography (the unlock screen checks
them before its first frame); their names are here too.
"""

from __future__ import annotations

import unicodedata

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

from rondom_tui.store.errors import StoreCorrupt, WrongPassphraseOrCorrupt
from rondom_tui.store.layout import (
    DEFAULT_KDF,
    FAST_KDF,
    FLAG_DEMO,
    KDF_ARGON2ID,
    M_RANGE_KIB,
    MAGIC,
    NONCE_LEN,
    P_RANGE,
    T_RANGE,
    TAG_LEN,
    V1_HEADER_LEN,
    Header,
    KdfParams,
    parse_v1_header,
    read_version,
)

__all__ = [
    "DEFAULT_KDF",
    "FAST_KDF",
    "FLAG_DEMO",
    "KDF_ARGON2ID",
    "MAGIC",
    "M_RANGE_KIB",
    "NONCE_LEN",
    "P_RANGE",
    "TAG_LEN",
    "T_RANGE",
    "Header",
    "KdfParams",
    "derive_key",
    "new_data_key",
    "normalise_passphrase",
    "open_body",
    "parse_v1_header",
    "read_version",
    "unwrap_data_key",
]


def normalise_passphrase(passphrase: str) -> bytes:
    """The bytes a passphrase stands for (NFC, UTF-8), so the same typed text always works."""
    return unicodedata.normalize("NFC", passphrase).encode("utf-8")


def derive_key(passphrase: str, kdf: KdfParams, salt: bytes) -> bytes:
    """The key-encryption key. Slow on purpose."""
    kdf.check()
    return Argon2id(
        salt=salt, length=32, iterations=kdf.t, lanes=kdf.p, memory_cost=kdf.m_kib
    ).derive(normalise_passphrase(passphrase))


# -- version 1: read only (its header is read in `layout`) ---------------------------------


def unwrap_data_key(header: Header, kek: bytes) -> bytes:
    """The data key of a version 1 file, or `WrongPassphraseOrCorrupt`."""
    try:
        return AESGCM(kek).decrypt(header.wrap_nonce, header.wrapped_key, header.prefix_bytes())
    except InvalidTag:
        raise WrongPassphraseOrCorrupt() from None


def open_body(blob: bytes, header: Header, data_key: bytes) -> bytes:
    """The decrypted body of a whole version 1 file, or `StoreCorrupt` when any byte changed."""
    try:
        body, head = blob[V1_HEADER_LEN:], blob[:V1_HEADER_LEN]
        return AESGCM(data_key).decrypt(header.body_nonce, body, head)
    except InvalidTag:
        raise StoreCorrupt("store.body_altered") from None


def new_data_key() -> bytes:
    """A fresh random data key (256 bits)."""
    return AESGCM.generate_key(bit_length=256)
