"""The store file as a whole: unlock it, save it atomically, change its passphrase.

A `Vault` holds the data key of an unlocked store in memory and turns plaintext into a sealed
file and back. It knows nothing of tables or cases.
"""

from __future__ import annotations

import hmac
from collections.abc import Callable
from pathlib import Path

from rondom_tui.store import envelope
from rondom_tui.store.envelope import DEFAULT_KDF, FLAG_DEMO, Header, KdfParams
from rondom_tui.store.errors import (
    PassphraseTooShort,
    StoreClosed,
    StoreCorrupt,
    StoreExists,
    StoreMissing,
    WrongPassphraseOrCorrupt,
)
from rondom_tui.store.files import atomic_write, ensure_folder

MIN_PASSPHRASE_LENGTH = 12
DEMO_PASSPHRASE = "demo"
MAX_STORE_BYTES = 2 * 1024**3


def check_new_passphrase(passphrase: str, *, demo: bool = False) -> None:
    """Refuse a passphrase that is too short for a real store (the demo store is exempt)."""
    if demo and passphrase == DEMO_PASSPHRASE:
        return
    if len(passphrase) < MIN_PASSPHRASE_LENGTH:
        raise PassphraseTooShort(minimum=MIN_PASSPHRASE_LENGTH)


def read_file(path: Path) -> bytes:
    try:
        size = path.stat().st_size
        if size > MAX_STORE_BYTES:
            raise StoreCorrupt("store.too_large")
        return path.read_bytes()
    except FileNotFoundError:
        raise StoreMissing(path=str(path)) from None
    except IsADirectoryError:
        raise StoreCorrupt("store.not_a_file") from None


def peek_header(path: Path) -> Header:
    """The header of the store at `path`, checked but not yet authenticated."""
    return envelope.parse_header(read_file(path))


class Vault:
    """An unlocked store file: its path, its header and its data key."""

    def __init__(self, path: Path, header: Header, data_key: bytes) -> None:
        self.path = path
        """Where the store lives."""
        self._header = header
        self._data_key = data_key

    def __repr__(self) -> str:
        return "Vault(…)"

    @property
    def is_demo(self) -> bool:
        return self._header.is_demo

    @property
    def kdf(self) -> KdfParams:
        return self._header.kdf

    @classmethod
    def create(
        cls,
        path: Path,
        passphrase: str,
        plaintext: bytes,
        *,
        kdf: KdfParams = DEFAULT_KDF,
        demo: bool = False,
    ) -> Vault:
        """Write a new store at `path`; refuses to overwrite one."""
        check_new_passphrase(passphrase, demo=demo)
        if path.exists():
            raise StoreExists(path=str(path))
        ensure_folder(path.parent)
        data_key, salt = envelope.new_secrets()
        kek = envelope.derive_key(passphrase, kdf, salt)
        header = envelope.new_header(kek, data_key, kdf, salt, flags=FLAG_DEMO if demo else 0)
        vault = cls(path, header, data_key)
        vault.save(plaintext)
        return vault

    @classmethod
    def unlock(
        cls, path: Path, passphrase: str, progress: Callable[[str], None] | None = None
    ) -> tuple[Vault, bytes]:
        """Open the store at `path`; returns the vault and the decrypted body."""
        blob = read_file(path)
        header = envelope.parse_header(blob)
        if progress:
            progress("derive")
        kek = envelope.derive_key(passphrase, header.kdf, header.salt)
        data_key = envelope.unwrap_data_key(header, kek)
        if progress:
            progress("decrypt")
        plaintext = envelope.open_body(blob, header, data_key)
        return cls(path, header, data_key), plaintext

    def forget(self) -> None:
        """Drop the data key: this vault can no longer save (after the store is closed)."""
        self._data_key = b""

    def _check_open(self) -> None:
        if not self._data_key:
            raise StoreClosed()

    def check_passphrase(self, passphrase: str) -> bool:
        """True when `passphrase` opens this store (slow: runs the KDF)."""
        kek = envelope.derive_key(passphrase, self._header.kdf, self._header.salt)
        try:
            key = envelope.unwrap_data_key(self._header, kek)
        except WrongPassphraseOrCorrupt:
            return False
        return hmac.compare_digest(key, self._data_key)

    def save(self, plaintext: bytes) -> None:
        """Seal and write atomically; on failure nothing changes (`StoreWriteFailed`)."""
        self._check_open()
        header, blob = envelope.seal(self._header, self._data_key, plaintext)
        atomic_write(self.path, blob)  # the temp file is created 0600; nothing may raise after
        self._header = header

    def rewrap(
        self, new_passphrase: str, plaintext: bytes, *, kdf: KdfParams | None = None
    ) -> None:
        """Change the passphrase: the same data key under a new KEK, then one atomic save."""
        check_new_passphrase(new_passphrase, demo=False)
        kdf = kdf or self._header.kdf
        _, salt = envelope.new_secrets()
        kek = envelope.derive_key(new_passphrase, kdf, salt)
        old = self._header
        self._header = envelope.new_header(
            kek, self._data_key, kdf, salt, flags=old.flags & ~FLAG_DEMO
        )
        try:
            self.save(plaintext)
        except Exception:
            self._header = old
            raise
