"""The version 2 header (221 bytes), its two key slots and the snapshot (docs/FORMAT.md).

    magic | version 2 | flags | kdf id | t m p | salt | wrap nonce | passphrase slot
    | recovery salt | recovery nonce | recovery slot | store id | generation
    | snapshot nonce | snapshot length S | snapshot: AES-256-GCM(data key, body, AD = header)

Each slot wraps the same data key. A slot's associated data holds only what describes the
slot (behind a fixed label), so a rewrite, an upgrade or a change of flags keeps it valid and
one slot cannot stand in for the other; every header byte is authenticated by the snapshot's
tag. `parse_header` reads any version this program knows; it lives in `layout`, with the
header's fields, so that checking a header needs no cryptography (the unlock screen does it
before its first frame).
"""

from __future__ import annotations

import os

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from rondom_tui.store.errors import (
    StoreCorrupt,
    WrongPassphraseOrCorrupt,
    WrongRecoveryKeyOrCorrupt,
)
from rondom_tui.store.layout import (
    FLAG_DEMO,
    FLAG_RECOVERY,
    HEADER_LEN,
    KNOWN_FLAGS,
    MAX_FILE_BYTES,
    NONCE_LEN,
    TAG_LEN,
    VERSION,
    HeaderV2,
    KdfParams,
    parse_header,
)
from rondom_tui.store.recovery import RecoveryKey

__all__ = [
    "FLAG_RECOVERY",
    "HEADER_LEN",
    "KNOWN_FLAGS",
    "MAX_FILE_BYTES",
    "SLOT_LEN",
    "VERSION",
    "HeaderV2",
    "new_header",
    "open_snapshot",
    "open_snapshot_in_place",
    "parse_header",
    "seal_snapshot",
    "unwrap_with_passphrase",
    "unwrap_with_recovery_key",
    "with_passphrase_slot",
    "with_recovery_slot",
]

SLOT_LEN = 32 + TAG_LEN
_PASSPHRASE_SLOT_AD = b"rondom passphrase slot v2"
_RECOVERY_SLOT_AD = b"rondom recovery slot v2"
_KDF_FIELDS = slice(12, 41)  # KDF id, t, m, p and salt: what the passphrase slot describes
_NO_RECOVERY = (bytes(16), bytes(NONCE_LEN), bytes(SLOT_LEN))


def _passphrase_slot_ad(header: HeaderV2) -> bytes:
    return _PASSPHRASE_SLOT_AD + header.to_bytes()[_KDF_FIELDS]


def _recovery_slot_ad(salt: bytes) -> bytes:
    return _RECOVERY_SLOT_AD + salt


def with_passphrase_slot(
    header: HeaderV2, kek: bytes, data_key: bytes, kdf: KdfParams, salt: bytes
) -> HeaderV2:
    """`header` with a new passphrase slot: `data_key` wrapped under `kek` (from `kdf`, `salt`)."""
    header = header._replace(kdf=kdf, salt=salt, wrap_nonce=os.urandom(NONCE_LEN))
    slot = AESGCM(kek).encrypt(header.wrap_nonce, data_key, _passphrase_slot_ad(header))
    return header._replace(passphrase_slot=slot)


def with_recovery_slot(header: HeaderV2, key: RecoveryKey | None, data_key: bytes) -> HeaderV2:
    """`header` with a new recovery slot for `key`, or with none (`key` None)."""
    if key is None:
        salt, nonce, slot = _NO_RECOVERY
        return header._replace(
            flags=header.flags & ~FLAG_RECOVERY,
            recovery_salt=salt,
            recovery_nonce=nonce,
            recovery_slot=slot,
        )
    salt, nonce = os.urandom(16), os.urandom(NONCE_LEN)
    slot = AESGCM(key.wrapping_key(salt)).encrypt(nonce, data_key, _recovery_slot_ad(salt))
    return header._replace(
        flags=header.flags | FLAG_RECOVERY,
        recovery_salt=salt,
        recovery_nonce=nonce,
        recovery_slot=slot,
    )


def new_header(
    kek: bytes,
    data_key: bytes,
    kdf: KdfParams,
    salt: bytes,
    *,
    store_id: bytes,
    flags: int,
    recovery_key: RecoveryKey | None = None,
) -> HeaderV2:
    """A header for a new (or upgraded) store, generation 0: its first rewrite makes it 1."""
    draft = HeaderV2(
        flags & FLAG_DEMO, kdf, salt, b"", b"", *_NO_RECOVERY, store_id, 0, bytes(NONCE_LEN), 0
    )
    draft = with_passphrase_slot(draft, kek, data_key, kdf, salt)
    return with_recovery_slot(draft, recovery_key, data_key)


def unwrap_with_passphrase(header: HeaderV2, kek: bytes) -> bytes:
    """The data key from the passphrase slot, or `WrongPassphraseOrCorrupt`."""
    try:
        return AESGCM(kek).decrypt(
            header.wrap_nonce, header.passphrase_slot, _passphrase_slot_ad(header)
        )
    except InvalidTag:
        raise WrongPassphraseOrCorrupt() from None


def unwrap_with_recovery_key(header: HeaderV2, key: RecoveryKey) -> bytes:
    """The data key from the recovery slot, or `WrongRecoveryKeyOrCorrupt` (also when the
    store has no recovery key)."""
    if not header.has_recovery_key:
        raise WrongRecoveryKeyOrCorrupt()
    try:
        return AESGCM(key.wrapping_key(header.recovery_salt)).decrypt(
            header.recovery_nonce, header.recovery_slot, _recovery_slot_ad(header.recovery_salt)
        )
    except InvalidTag:
        raise WrongRecoveryKeyOrCorrupt() from None


def seal_snapshot(
    header: HeaderV2, data_key: bytes, body: bytes | memoryview | bytearray
) -> tuple[HeaderV2, bytes, bytes | bytearray]:
    """The next generation's header, its bytes and the encrypted snapshot of `body` (with a
    fresh snapshot nonce): the start of a rewritten file, in two parts so that a large store
    is not copied once more to join them. A `bytearray` body is encrypted in place and grows
    by the tag (it is the snapshot returned): a large store is then held once, plaintext
    turning into ciphertext, never as both side by side."""
    size = len(body)
    header = header._replace(
        generation=header.generation + 1,
        snapshot_nonce=os.urandom(NONCE_LEN),
        snapshot_len=size + TAG_LEN,
    )
    head = header.to_bytes()
    if not isinstance(body, bytearray):
        return header, head, AESGCM(data_key).encrypt(header.snapshot_nonce, body, head)
    body.extend(bytes(TAG_LEN))  # a large buffer grows where it lies (mremap), uncopied
    AESGCM(data_key).encrypt_into(header.snapshot_nonce, memoryview(body)[:size], head, body)
    return header, head, body


def open_snapshot_in_place(header: HeaderV2, data_key: bytes, sealed: bytearray) -> memoryview:
    """Like `open_snapshot`, decrypting `sealed` in place: the plaintext is the returned view
    of its first bytes (the tag after it is left). When a byte was changed the buffer is
    wiped before `StoreCorrupt`: what was decrypted is never used, nor kept."""
    plain = memoryview(sealed)[: len(sealed) - TAG_LEN]
    try:
        AESGCM(data_key).decrypt_into(header.snapshot_nonce, sealed, header.to_bytes(), plain)
    except InvalidTag:
        sealed[:] = bytes(len(sealed))
        raise StoreCorrupt("store.body_altered") from None
    return plain


def open_snapshot(header: HeaderV2, data_key: bytes, sealed: bytes) -> bytes:
    """The snapshot's plaintext from its `sealed` bytes, or `StoreCorrupt` when any byte of
    the header or the snapshot was changed."""
    try:
        return AESGCM(data_key).decrypt(header.snapshot_nonce, sealed, header.to_bytes())
    except InvalidTag:
        raise StoreCorrupt("store.body_altered") from None
