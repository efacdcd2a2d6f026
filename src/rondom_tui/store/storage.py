"""A TinyDB storage that keeps the decrypted database in memory and saves through a `Vault`.

TinyDB changes the dict returned by `read()` in place before calling `write()`. So that a
failed save leaves memory as it was, the last saved plaintext is kept and decoded again when a
save fails (or a batch is rolled back). `write()` is write-through unless a batch is open, in
which case one save happens when the outermost batch ends.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from tinydb.storages import Storage

from rondom_tui.domain.codec import DocumentInvalid, json_decode, json_encode
from rondom_tui.store.errors import StoreClosed, StoreCorrupt
from rondom_tui.store.vault import Vault


def decode_body(plaintext: bytes) -> dict[str, Any]:
    try:
        data = json_decode(plaintext)
    except DocumentInvalid:
        raise StoreCorrupt("store.body_unreadable") from None
    if not isinstance(data, dict) or not all(isinstance(v, dict) for v in data.values()):
        raise StoreCorrupt("store.body_unreadable")
    return data


class EncryptedStorage(Storage):
    """TinyDB storage over an unlocked `Vault`."""

    def __init__(self, vault: Vault, plaintext: bytes) -> None:
        self.vault = vault
        """Where saves go."""
        self._saved_plain = plaintext
        self._data = decode_body(plaintext)
        self._batch_depth = 0
        self._dirty = False
        self.saves = 0
        """How many times the file was written in this session (for tests and benchmarks)."""
        self.closed = False
        """True after `close`: every read and write then raises `StoreClosed`."""

    def read(self) -> dict[str, Any]:
        if self.closed:
            raise StoreClosed()
        return self._data

    def write(self, data: dict[str, Any]) -> None:
        if self.closed:
            raise StoreClosed()
        self._data = data
        if self._batch_depth:
            self._dirty = True
            return
        self._save()

    def _save(self) -> None:
        plaintext = json_encode(self._data)
        try:
            self.vault.save(plaintext)
        except BaseException:
            self.rollback()
            raise
        self._saved_plain = plaintext
        self._dirty = False
        self.saves += 1

    def rollback(self) -> None:
        """Forget unsaved changes: memory goes back to what the file holds."""
        self._data = decode_body(self._saved_plain)
        self._dirty = False

    @contextmanager
    def batch(self) -> Iterator[None]:
        """Group writes into one save; an exception inside rolls the whole group back."""
        self._batch_depth += 1
        try:
            yield
        except BaseException:
            self._batch_depth -= 1
            if self._batch_depth == 0:
                self.rollback()
            raise
        self._batch_depth -= 1
        if self._batch_depth == 0 and self._dirty:
            self._save()

    def saved_plaintext(self) -> bytes:
        """What the file holds, decrypted (for a passphrase change)."""
        return self._saved_plain

    def close(self) -> None:
        self.closed = True
        self._data = {}
        self._saved_plain = b""
        self.vault.forget()
